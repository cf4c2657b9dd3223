-- Legacy province -> the current province it became on 2025-07-01, readable without a join.
with succession as (
    select * from {{ ref('stg_province_succession') }}
),

provinces as (
    select * from {{ ref('stg_provinces') }}
)

select
    succession.legacy_province_key,
    succession.legacy_gso_code,
    legacy.name_vi as legacy_name_vi,
    succession.current_province_key,
    succession.current_gso_code,
    current_province.name_vi as current_name_vi,
    count(*) over (partition by succession.current_province_key) as n_legacy_in_current
from succession
inner join provinces as legacy on succession.legacy_province_key = legacy.province_key
inner join provinces as current_province on succession.current_province_key = current_province.province_key
