-- Every province of both maps: the 63 in force until 2025-06-30 and the 34 from 2025-07-01.
with provinces as (
    select * from {{ ref('stg_provinces') }}
)

select
    provinces.province_key,
    provinces.era,
    provinces.gso_code,
    provinces.name_vi,
    provinces.full_name_vi,
    provinces.slug,
    provinces.name_en,
    provinces.province_type,
    provinces.region_vi,
    provinces.region_en,
    provinces.valid_from,
    provinces.valid_to,
    provinces.era = '34' as is_current,
    provinces.successor_key as current_province_key,
    successor.name_vi as current_name_vi
from provinces
left join provinces as successor on provinces.successor_key = successor.province_key
