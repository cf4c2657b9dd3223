{{ staged_facts('submission_facts', period_source='text', held_back=false) }}
