-- Grain: province × year × indicator × admin level. For each cell, how many reports speak of it and the
-- latest target (target or planned) and latest actual (actual or estimate), by source_precedence: the one
-- choice of "the latest value" that the scorecard, the public-service mart and the current-province mart
-- show. One pass: the facts of a single year are ranked within their cell and role on the columns the cell
-- needs, then each cell takes the columns of its rank-1 target and rank-1 actual.
with ranked as (
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        doc_id,
        source_kind,
        value_role,
        value_kind,
        comparator,
        value,
        numerator,
        denominator,
        evidence,
        corrected,
        row_number() over (
            partition by province_key, year, indicator_code, admin_level, value_role
            order by source_precedence
        ) as recency
    from {{ ref('int_facts_resolved') }}
    where year is not null
)

select
    province_key,
    year,
    indicator_code,
    admin_level,
    count(distinct doc_id) as n_source_reports,
    {{ string_agg_distinct('source_kind', ',') }} as source_kinds,
    max(case when value_role = 'target' and recency = 1 then value end) as target_value,
    max(case when value_role = 'target' and recency = 1 then comparator end) as target_comparator,
    max(case when value_role = 'target' and recency = 1 then value_kind end) as target_kind,
    max(case when value_role = 'target' and recency = 1 then numerator end) as target_numerator,
    max(case when value_role = 'target' and recency = 1 then denominator end) as target_denominator,
    max(case when value_role = 'target' and recency = 1 then doc_id end) as target_doc_id,
    max(case when value_role = 'target' and recency = 1 then evidence end) as target_evidence,
    max(case when value_role = 'actual' and recency = 1 then value end) as actual_value,
    max(case when value_role = 'actual' and recency = 1 then comparator end) as actual_comparator,
    max(case when value_role = 'actual' and recency = 1 then value_kind end) as actual_kind,
    max(case when value_role = 'actual' and recency = 1 then numerator end) as actual_numerator,
    max(case when value_role = 'actual' and recency = 1 then denominator end) as actual_denominator,
    max(case when value_role = 'actual' and recency = 1 then doc_id end) as actual_doc_id,
    max(case when value_role = 'actual' and recency = 1 then evidence end) as actual_evidence,
    max(case when recency = 1 and corrected then 1 else 0 end) = 1 as corrected
from ranked
group by province_key, year, indicator_code, admin_level
