-- Calendar years from var calendar_first_year to calendar_last_year (dbt_project.yml): reports look back to the
-- 2000s and ahead to Resolution 57's 2045.
with years as (
    select n as year from ({{ integer_series(var('calendar_first_year'), var('calendar_last_year')) }}) as series
)

select
    year,
    year <= 2025 as in_programme_2021_2025,
    year between 2026 and 2030 as in_programme_2026_2030,
    make_date(year, 12, 31) < date '2025-07-01' as before_merger
from years
