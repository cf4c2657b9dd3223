-- Grain: province × year × indicator × admin level. For each, the latest target and the latest
-- actual (int_latest_values: submissions before news reports, then the most recently published source),
-- the national target for that year, the gaps and a status.
with cells as (
    select * from {{ ref('int_latest_values') }}
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
        cells.target_value,
        cells.target_comparator,
        cells.target_doc_id,
        cells.target_evidence,
        cells.actual_value,
        cells.actual_comparator,
        cells.actual_kind,
        cells.actual_doc_id,
        cells.actual_evidence,
        cells.corrected,
        national.value as national_target_value,
        national.comparator as national_target_comparator,
        national.source_decision as national_target_source,
        national.is_verified as national_target_verified,
        coalesce(indicators.higher_is_better, true) as higher_is_better,
        cells.n_source_reports,
        cells.source_kinds
    from cells
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
