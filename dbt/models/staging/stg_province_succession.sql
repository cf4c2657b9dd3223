select
    cast(legacy_key as varchar) as legacy_province_key,
    cast(legacy_code as varchar) as legacy_gso_code,
    cast(current_key as varchar) as current_province_key,
    cast(current_code as varchar) as current_gso_code
from {{ ref('province_succession') }}
