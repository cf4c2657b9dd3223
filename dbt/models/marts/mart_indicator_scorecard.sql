-- Grain: province × year × indicator × admin level. For each, the latest target and the latest
-- actual (submissions before news reports, then the most recently published source), the national
-- target for that year, the gaps and a status.
with facts as (
    select * from {{ ref('int_facts_ranked') }}
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
    select * from {{ ref('int_facts_ranked') }}
    where value_role = 'target' and recency = 1
),

latest_actual as (
    select * from {{ ref('int_facts_ranked') }}
    where value_role = 'actual' and recency = 1
),

national as (
    select * from {{ ref('fct_national_target') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

joined as (
    select
        cells.province_key,
        cells.year,
        cells.indicator_code,
        cells.admin_level,
        latest_target.value as target_value,
        latest_target.comparator as target_comparator,
        latest_target.doc_id as target_doc_id,
        latest_target.evidence as target_evidence,
        latest_actual.value as actual_value,
        latest_actual.comparator as actual_comparator,
        latest_actual.value_kind as actual_kind,
        latest_actual.doc_id as actual_doc_id,
        latest_actual.evidence as actual_evidence,
        coalesce(latest_target.corrected, false) or coalesce(latest_actual.corrected, false) as corrected,
        national.value as national_target_value,
        national.comparator as national_target_comparator,
        national.source_decision as national_target_source,
        national.is_verified as national_target_verified,
        coalesce(indicators.higher_is_better, true) as higher_is_better,
        cells.n_source_reports,
        cells.source_kinds
    from cells
    left join latest_target
        on
            cells.province_key = latest_target.province_key and cells.year = latest_target.year
            and cells.indicator_code = latest_target.indicator_code and cells.admin_level = latest_target.admin_level
    left join latest_actual
        on
            cells.province_key = latest_actual.province_key and cells.year = latest_actual.year
            and cells.indicator_code = latest_actual.indicator_code and cells.admin_level = latest_actual.admin_level
    left join national
        on
            cells.indicator_code = national.indicator_code and cells.year = national.year
            and cells.admin_level = national.admin_level
    left join indicators on cells.indicator_code = indicators.indicator_code
),

with_reference as (
    select
        joined.*,
        coalesce(target_value, national_target_value) as reference_value
    from joined
)

select
    province_key,
    year,
    indicator_code,
    admin_level,
    target_value,
    target_comparator,
    actual_value,
    actual_comparator,
    actual_kind,
    national_target_value,
    national_target_comparator,
    national_target_source,
    national_target_verified,
    actual_value - target_value as gap_actual_vs_target,
    actual_value - national_target_value as gap_actual_vs_national,
    target_value - national_target_value as gap_target_vs_national,
    case
        when actual_value is null or reference_value is null then 'no_data'
        when higher_is_better and actual_value >= reference_value then 'met'
        when not higher_is_better and actual_value <= reference_value then 'met'
        when higher_is_better and actual_value >= 0.9 * reference_value then 'on_track'
        when not higher_is_better and actual_value <= 1.1 * reference_value then 'on_track'
        else 'behind'
    end as status,
    n_source_reports,
    source_kinds,
    target_doc_id,
    target_evidence,
    actual_doc_id,
    actual_evidence,
    corrected
from with_reference
