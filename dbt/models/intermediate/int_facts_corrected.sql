-- Extracted and submitted facts after the curators' corrections: a `reject` removes every fact of the
-- report whose evidence contains the correction's evidence (and whose indicator matches, when one is
-- given); a `replace` overwrites one field of those facts; an `accept` lets in a fact the extractor held
-- back (`held_back`: its value kind in doubt), which no fact table shows otherwise. Keyed on text, so
-- corrections survive re-extraction. Fact type and unit follow the (possibly corrected) indicator from the catalog.
-- A view (read by int_facts_resolved and by marts.unmapped_candidates, which drops the held-back facts a
-- curator accepted): only the facts of corrected reports are numbered (`fact_row`), so the millions of
-- others pass straight through without a sort.
{{ config(materialized='view') }}

with corrections as (
    select * from {{ ref('stg_fact_corrections') }}
),

-- the facts of the reports a curator corrected, numbered so that each can be matched and overwritten
touched as (
    select
        *,
        row_number() over (
            order by doc_id, char_start, indicator_code, province_era, province_code, admin_level, period, value_kind
        ) as fact_row
    from (
        select * from {{ ref('stg_extracted_facts') }}
        union all
        select * from {{ ref('stg_submission_facts') }}
    ) as unioned
    where doc_id in (select corrections.doc_id from corrections)
),

-- every fact; the millions of others pass straight through (the union is written twice on purpose: a CTE
-- read twice would be materialised whole)
facts as (
    select * from touched
    union all
    select
        *,
        cast(null as bigint) as fact_row
    from (
        select * from {{ ref('stg_extracted_facts') }}
        union all
        select * from {{ ref('stg_submission_facts') }}
    ) as unioned
    where doc_id not in (
        select corrections.doc_id from corrections
        where corrections.doc_id is not null
    )
),

matches as (
    select
        touched.fact_row,
        corrections.action,
        corrections.field,
        corrections.new_value,
        corrections.note
    from touched
    inner join corrections
        on
            touched.doc_id = corrections.doc_id
            and {{ dbt.position('corrections.evidence', 'touched.evidence') }} > 0
            and (corrections.indicator_code is null or touched.indicator_code = corrections.indicator_code)
),

rejected as (
    select distinct fact_row from matches
    where action = 'reject'
),

accepted as (
    select distinct fact_row from matches
    where action = 'accept'
),

replaced as (
    select
        fact_row,
        max(case when field = 'province_era' then new_value end) as province_era,
        max(case when field = 'province_code' then new_value end) as province_code,
        max(case when field = 'indicator_code' then new_value end) as indicator_code,
        max(case when field = 'admin_level' then new_value end) as admin_level,
        max(case when field = 'period' then new_value end) as period,
        max(case when field = 'value_kind' then new_value end) as value_kind,
        max(case when field = 'comparator' then new_value end) as comparator,
        max(case when field = 'value' then new_value end) as value,
        max(case when field = 'numerator' then new_value end) as numerator,
        max(case when field = 'denominator' then new_value end) as denominator,
        {{ dbt.listagg('note', "'; '", 'order by note') }} as correction_note
    from matches
    where action in ('replace', 'accept')
    group by fact_row
),

indicators as (
    select * from {{ ref('stg_indicators') }}
),

corrected as (
    select
        facts.doc_id,
        coalesce(replaced.province_era, facts.province_era) as province_era,
        coalesce(replaced.province_code, facts.province_code) as province_code,
        facts.province_vi,
        coalesce(replaced.indicator_code, facts.indicator_code) as indicator_code,
        nullif(coalesce(replaced.admin_level, facts.admin_level), 'all') as admin_level,
        coalesce(replaced.period, facts.period) as period,
        case when replaced.period is not null then 'correction' else facts.period_source end as period_source,
        coalesce(replaced.value_kind, facts.value_kind) as value_kind,
        coalesce(replaced.comparator, facts.comparator) as comparator,
        coalesce(cast(replaced.value as {{ type_double() }}), facts.value) as value,
        coalesce(cast(replaced.numerator as {{ type_double() }}), facts.numerator) as numerator,
        coalesce(cast(replaced.denominator as {{ type_double() }}), facts.denominator) as denominator,
        facts.fact_type,
        facts.unit,
        facts.evidence,
        facts.char_start,
        facts.char_end,
        facts.source_kind,
        facts.source_ref,
        facts.held_back,
        replaced.fact_row is not null as corrected,
        replaced.correction_note
    from facts
    left join replaced on facts.fact_row = replaced.fact_row
    where
        (facts.fact_row is null or facts.fact_row not in (select rejected.fact_row from rejected))
        and (facts.held_back is null or facts.fact_row in (select accepted.fact_row from accepted))
)

select
    corrected.doc_id,
    corrected.province_era,
    corrected.province_code,
    corrected.province_vi,
    coalesce(indicators.fact_type, corrected.fact_type) as fact_type,
    corrected.indicator_code,
    corrected.admin_level,
    corrected.period,
    corrected.period_source,
    corrected.value_kind,
    corrected.comparator,
    corrected.value,
    coalesce(indicators.unit, corrected.unit) as unit,
    corrected.numerator,
    corrected.denominator,
    corrected.evidence,
    corrected.char_start,
    corrected.char_end,
    corrected.source_kind,
    corrected.source_ref,
    corrected.held_back,
    corrected.corrected,
    corrected.correction_note
from corrected
left join indicators on corrected.indicator_code = indicators.indicator_code
