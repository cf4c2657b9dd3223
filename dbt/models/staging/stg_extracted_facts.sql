{{ staged_facts('extracted_facts') }}
