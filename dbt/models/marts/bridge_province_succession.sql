-- Legacy province -> the current province it became on 2025-07-01 (its successor_key), readable without a join.
with provinces as (
    select * from {{ ref('stg_provinces') }}
)

select
    legacy.province_key as legacy_province_key,
    legacy.gso_code as legacy_gso_code,
    legacy.name_vi as legacy_name_vi,
    current_province.province_key as current_province_key,
    current_province.gso_code as current_gso_code,
    current_province.name_vi as current_name_vi,
    count(*) over (partition by current_province.province_key) as n_legacy_in_current
from provinces as legacy
inner join provinces as current_province on legacy.successor_key = current_province.province_key
where legacy.era = '63'
