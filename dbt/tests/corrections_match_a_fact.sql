-- A curator's correction that matches no fact (the report changed, or a typo in the evidence) does
-- nothing, and an `accept` that matches no held-back fact only marks facts that were already in as
-- corrected; warn so the curator sees it.
{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'stg_fact_corrections'}}}) }}
select corrections.*
from {{ ref('stg_fact_corrections') }} as corrections
where not exists (
    select 1
    from (
        select doc_id, evidence, indicator_code, held_back from {{ ref('stg_extracted_facts') }}
        union all
        select doc_id, evidence, indicator_code, held_back from {{ ref('stg_submission_facts') }}
    ) as facts
    where
        facts.doc_id = corrections.doc_id
        and {{ dbt.position('corrections.evidence', 'facts.evidence') }} > 0
        and (corrections.indicator_code is null or corrections.indicator_code = facts.indicator_code)
        and (corrections.action <> 'accept' or facts.held_back is not null)
)
