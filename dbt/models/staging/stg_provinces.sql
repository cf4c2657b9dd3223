select
    cast(province_key as varchar) as province_key,
    cast(era as varchar) as era,
    cast(code as varchar) as gso_code,
    cast(name_vi as varchar) as name_vi,
    cast(full_name_vi as varchar) as full_name_vi,
    cast(slug as varchar) as slug,
    cast(name_en as varchar) as name_en,
    cast(province_type as varchar) as province_type,
    cast(region as varchar) as region_vi,
    cast(region_en as varchar) as region_en,
    cast(valid_from as date) as valid_from,
    cast(valid_to as date) as valid_to,
    cast(successor_key as varchar) as successor_key
from {{ ref('provinces') }}
