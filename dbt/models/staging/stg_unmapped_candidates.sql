select
    cast(doc_id as varchar) as doc_id,
    cast(province_code as varchar) as province_code,
    cast(sentence as varchar) as sentence,
    cast(number_text as varchar) as number_text,
    cast(phrase as varchar) as phrase,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(reason as varchar) as reason
from {{ source('raw', 'unmapped_candidates') }}
