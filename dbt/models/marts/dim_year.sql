-- Calendar years 2015–2035, the horizon of the national programmes (749/QĐ-TTg, 411/QĐ-TTg).
with years as (
    select n as year from ({{ integer_series(2015, 2035) }}) as series
)

select
    year,
    year <= 2025 as in_programme_2021_2025,
    year between 2026 and 2030 as in_programme_2026_2030,
    make_date(year, 12, 31) < date '2025-07-01' as before_merger
from years
