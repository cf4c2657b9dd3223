select
    {{ string_columns(['doc_id', 'province_code', 'sentence', 'number_text', 'phrase']) }},
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    {{ string_columns(['reason']) }}
from {{ source('raw', 'unmapped_candidates') }}
