-- Every reported period (a year or a span) with the years it covers. A span keeps its own
-- value: this table says which years it covers, it never splits a value into yearly values.
with periods as (
    select distinct
        period,
        period_start_year,
        period_end_year
    from {{ ref('int_facts_resolved') }}
    where period is not null
)

select
    period,
    period_start_year as start_year,
    period_end_year as end_year,
    period_end_year - period_start_year + 1 as n_years,
    period_start_year = period_end_year as is_single_year,
    {{ integer_range_array('period_start_year', 'period_end_year') }} as covered_years
from periods
