-- Calendar years 2015–2035, the horizon of the national programmes (749/QĐ-TTg, 411/QĐ-TTg).
select
    cast(year as integer) as year,
    cast(year as integer) <= 2025 as in_programme_2021_2025,
    cast(year as integer) between 2026 and 2030 as in_programme_2026_2030,
    cast(year as integer) <= 2025 and make_date(cast(year as integer), 12, 31) < date '2025-07-01' as before_merger
from range(2015, 2036) as years (year)
