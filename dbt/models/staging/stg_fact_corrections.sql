-- Curators' corrections of extracted facts (seeds/fact_corrections.csv), trimmed and typed.
select
    row_number() over (order by doc_id, evidence, indicator_code, action, field) as correction_id,
    cast(trim(doc_id) as {{ dbt.type_string() }}) as doc_id,
    cast(evidence as {{ dbt.type_string() }}) as evidence,
    cast(nullif(trim(indicator_code), '') as {{ dbt.type_string() }}) as indicator_code,
    cast(lower(trim(action)) as {{ dbt.type_string() }}) as action,
    cast(nullif(lower(trim(field)), '') as {{ dbt.type_string() }}) as field,
    cast(nullif(trim(value), '') as {{ dbt.type_string() }}) as new_value,
    cast(note as {{ dbt.type_string() }}) as note
from {{ ref('fact_corrections') }}
