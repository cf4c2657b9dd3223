-- Grain: province × period × admin scope. Planned and actual money (billion VND) and task counts,
-- and for the whole-province row the sum of its per-level parts, to compare parts with the total.
with budget as (
    select * from {{ ref('fct_budget') }}
    where period is not null
),

latest as (
    select
        budget.*,
        row_number() over (
            partition by province_key, period, admin_level, indicator_code, value_kind
            order by source_precedence
        ) as recency
    from budget
),

scopes as (
    select
        province_key,
        period,
        admin_level as admin_scope,
        max(case when indicator_code = 'dx_budget' and value_kind = 'planned' then value end) as planned_billion_vnd,
        max(case when indicator_code = 'dx_budget' and value_kind = 'planned' then comparator end) as planned_comparator,
        max(case when indicator_code = 'dx_budget' and value_kind in ('actual', 'estimate') then value end)
            as actual_billion_vnd,
        max(case when indicator_code = 'dx_budget' and value_kind in ('actual', 'estimate') then comparator end)
            as actual_comparator,
        max(case when indicator_code = 'dx_task_count' and value_kind = 'planned' then value end) as planned_task_count,
        max(case when indicator_code = 'dx_task_count' and value_kind in ('actual', 'estimate') then value end)
            as actual_task_count,
        {{ string_agg_distinct('doc_id', ',') }} as doc_ids
    from latest
    where recency = 1
    group by province_key, period, admin_level
),

parts as (
    select
        province_key,
        period,
        sum(planned_billion_vnd) as parts_planned_billion_vnd,
        sum(actual_billion_vnd) as parts_actual_billion_vnd,
        sum(planned_task_count) as parts_planned_task_count,
        count(*) as n_parts
    from scopes
    where admin_scope != 'all'
    group by province_key, period
)

select
    scopes.province_key,
    scopes.period,
    scopes.admin_scope,
    scopes.planned_billion_vnd,
    scopes.planned_comparator,
    scopes.actual_billion_vnd,
    scopes.actual_comparator,
    scopes.planned_task_count,
    scopes.actual_task_count,
    case when scopes.admin_scope = 'all' then parts.parts_planned_billion_vnd end as parts_planned_billion_vnd,
    case when scopes.admin_scope = 'all' then parts.parts_actual_billion_vnd end as parts_actual_billion_vnd,
    case when scopes.admin_scope = 'all' then parts.parts_planned_task_count end as parts_planned_task_count,
    case when scopes.admin_scope = 'all' then coalesce(parts.n_parts, 0) end as n_parts,
    scopes.doc_ids
from scopes
left join parts on scopes.province_key = parts.province_key and scopes.period = parts.period
