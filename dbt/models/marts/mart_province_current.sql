-- Grain: current province × year × indicator × admin level × value role × source province.
-- Facts keep the province they were reported for; this mart rolls them up to the 34 current
-- provinces through bridge_province_succession. Counts and money add up across merged provinces
-- (`current_total`); percentages are never averaged: each source province keeps its own row, and
-- `current_weighted_rate` is given only when every source row states its numerator and denominator.
-- The latest target and actual of each cell come from int_latest_values, one row per role.
with latest as (
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        'target' as value_role,
        target_kind as value_kind,
        target_comparator as comparator,
        target_value as value,
        target_numerator as numerator,
        target_denominator as denominator,
        target_doc_id as doc_id,
        target_evidence as evidence
    from {{ ref('int_latest_values') }}
    where target_doc_id is not null
    union all
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        'actual' as value_role,
        actual_kind as value_kind,
        actual_comparator as comparator,
        actual_value as value,
        actual_numerator as numerator,
        actual_denominator as denominator,
        actual_doc_id as doc_id,
        actual_evidence as evidence
    from {{ ref('int_latest_values') }}
    where actual_doc_id is not null
),

mapped as (
    select
        coalesce(bridge.current_province_key, latest.province_key) as current_province_key,
        latest.province_key as source_province_key,
        latest.year,
        latest.indicator_code,
        latest.admin_level,
        latest.value_role,
        latest.value_kind,
        latest.comparator,
        latest.value,
        indicators.unit,
        latest.numerator,
        latest.denominator,
        latest.doc_id,
        latest.evidence
    from latest
    left join {{ ref('bridge_province_succession') }} as bridge
        on latest.province_key = bridge.legacy_province_key
    left join {{ ref('dim_indicator') }} as indicators
        on latest.indicator_code = indicators.indicator_code
)

select
    mapped.*,
    current_province.name_vi as current_name_vi,
    source_province.name_vi as source_name_vi,
    case
        when mapped.unit in ('count', 'billion_vnd') then 'sum'
        else 'per_source_province'
    end as aggregation,
    case
        when mapped.unit in ('count', 'billion_vnd')
            then sum(mapped.value) over (
                partition by
                    mapped.current_province_key, mapped.year, mapped.indicator_code,
                    mapped.admin_level, mapped.value_role
            )
    end as current_total,
    case
        when
            mapped.unit = 'percent'
            and count(*) over w = count(mapped.numerator * mapped.denominator) over w
            then 100.0 * sum(mapped.numerator) over w / nullif(sum(mapped.denominator) over w, 0)
    end as current_weighted_rate,
    count(*) over w as n_source_provinces
from mapped
left join {{ ref('dim_province') }} as current_province
    on mapped.current_province_key = current_province.province_key
left join {{ ref('dim_province') }} as source_province
    on mapped.source_province_key = source_province.province_key
window w as (
    partition by
        mapped.current_province_key, mapped.year, mapped.indicator_code,
        mapped.admin_level, mapped.value_role
)
