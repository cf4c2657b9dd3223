select
    {{ string_columns([
        'province_key', 'era', 'code as gso_code', 'name_vi', 'full_name_vi', 'slug', 'name_en',
        'province_type', 'region as region_vi', 'region_en'
    ]) }},
    cast(valid_from as date) as valid_from,
    cast(valid_to as date) as valid_to,
    {{ string_columns(['successor_key']) }}
from {{ ref('provinces') }}
