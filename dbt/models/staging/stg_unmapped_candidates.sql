select
    cast(doc_id as {{ dbt.type_string() }}) as doc_id,
    cast(province_code as {{ dbt.type_string() }}) as province_code,
    cast(sentence as {{ dbt.type_string() }}) as sentence,
    cast(number_text as {{ dbt.type_string() }}) as number_text,
    cast(phrase as {{ dbt.type_string() }}) as phrase,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(reason as {{ dbt.type_string() }}) as reason
from {{ source('raw', 'unmapped_candidates') }}
