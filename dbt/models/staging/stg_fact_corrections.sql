-- Curators' corrections of extracted facts (seeds/fact_corrections.csv), trimmed and typed.
select
    row_number() over (order by doc_id, evidence, indicator_code, action, field) as correction_id,
    cast(trim(doc_id) as varchar) as doc_id,
    cast(evidence as varchar) as evidence,
    cast(nullif(trim(indicator_code), '') as varchar) as indicator_code,
    cast(lower(trim(action)) as varchar) as action,
    cast(nullif(lower(trim(field)), '') as varchar) as field,
    cast(nullif(trim(value), '') as varchar) as new_value,
    cast(note as varchar) as note
from {{ ref('fact_corrections') }}
