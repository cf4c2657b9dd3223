-- Grain: province × year × indicator × admin level. For each cell, how many reports speak of it and the
-- latest target (target or planned) and latest actual (actual or estimate), by source_precedence: the one
-- choice of "the latest value" that the scorecard and the public-service mart show.
with facts as (
    select * from {{ ref('int_facts_resolved') }}
    where year is not null
),

cells as (
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        count(distinct doc_id) as n_source_reports,
        {{ string_agg_distinct('source_kind', ',') }} as source_kinds
    from facts
    group by province_key, year, indicator_code, admin_level
),

-- read from the model, not from `facts`: a CTE read three times is materialised by PostgreSQL, which then
-- has no statistics to plan the joins below with
latest_target as (
    select * from {{ ref('int_facts_resolved') }}
    where value_role = 'target' and recency = 1
),

latest_actual as (
    select * from {{ ref('int_facts_resolved') }}
    where value_role = 'actual' and recency = 1
)

select
    cells.province_key,
    cells.year,
    cells.indicator_code,
    cells.admin_level,
    cells.n_source_reports,
    cells.source_kinds,
    latest_target.value as target_value,
    latest_target.comparator as target_comparator,
    latest_target.value_kind as target_kind,
    latest_target.numerator as target_numerator,
    latest_target.denominator as target_denominator,
    latest_target.doc_id as target_doc_id,
    latest_target.evidence as target_evidence,
    latest_actual.value as actual_value,
    latest_actual.comparator as actual_comparator,
    latest_actual.value_kind as actual_kind,
    latest_actual.numerator as actual_numerator,
    latest_actual.denominator as actual_denominator,
    latest_actual.doc_id as actual_doc_id,
    latest_actual.evidence as actual_evidence,
    coalesce(latest_target.corrected, false) or coalesce(latest_actual.corrected, false) as corrected
from cells
left join latest_target
    on
        cells.province_key = latest_target.province_key and cells.year = latest_target.year
        and cells.indicator_code = latest_target.indicator_code and cells.admin_level = latest_target.admin_level
left join latest_actual
    on
        cells.province_key = latest_actual.province_key and cells.year = latest_actual.year
        and cells.indicator_code = latest_actual.indicator_code and cells.admin_level = latest_actual.admin_level
