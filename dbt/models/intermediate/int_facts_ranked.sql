-- Facts for a single year with their role (`target`: target or planned; `actual`: actual or estimate)
-- and their rank among the sources of the same province × year × indicator × admin level × role
-- (recency 1 = the value the marts show). One ranking for every mart that picks the latest value.
select
    facts.*,
    case when facts.value_kind in ('target', 'planned') then 'target' else 'actual' end as value_role,
    row_number() over (
        partition by
            facts.province_key, facts.year, facts.indicator_code, facts.admin_level,
            case when facts.value_kind in ('target', 'planned') then 'target' else 'actual' end
        order by facts.source_precedence
    ) as recency
from {{ ref('int_facts_resolved') }} as facts
where facts.year is not null
