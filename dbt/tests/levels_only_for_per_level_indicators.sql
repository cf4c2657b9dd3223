-- A fact for one level of government (admin_level province, district or commune) of an indicator the
-- catalog measures for the province as a whole is a mislabelled level (an extractor rule or a submission
-- gone wrong); warn so the operator sees it.
{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'fct_indicator_value'}}}) }}
with facts as (
    select doc_id, indicator_code, admin_level from {{ ref('fct_indicator_value') }}
    union all
    select doc_id, indicator_code, admin_level from {{ ref('fct_public_service') }}
    union all
    select doc_id, indicator_code, admin_level from {{ ref('fct_budget') }}
)

select facts.*
from facts
inner join {{ ref('dim_indicator') }} as indicators on facts.indicator_code = indicators.indicator_code
where facts.admin_level != 'all' and not indicators.per_admin_level
