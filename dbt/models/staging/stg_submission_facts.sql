{{ staged_facts('submission_facts', period_source='text') }}
