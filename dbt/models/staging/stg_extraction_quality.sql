-- How the extractor did on texts it had never seen, per indicator (seeds/extraction_quality.csv, `make fresh`).
select
    cast(indicator_code as {{ dbt.type_string() }}) as indicator_code,
    cast(unseen_true as integer) as unseen_true,
    cast(unseen_false as integer) as unseen_false,
    cast(unseen_missed as integer) as unseen_missed
from {{ ref('extraction_quality') }}
