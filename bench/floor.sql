-- The floor of the benchmark: the fastest plain-DuckDB program we could write that produces the same rows
-- as dbt's fct_indicator_value, fct_budget, mart_indicator_scorecard and mart_budget_summary from the raw
-- tables (and the small seed tables dbt loaded). One connection, one pass over the facts, no dbt.
-- bench/floor.py runs it and checks every row against the marts. Written by hand for speed: the dbt models
-- stay the one definition of the warehouse, this file only measures how far they are from the floor.
create schema if not exists floor;

create or replace temp table floor_reports as
select
    doc_id,
    published::varchar as published,
    case
        when regexp_full_match(published::varchar, '[0-9]{4}-[0-9]{2}-[0-9]{2}') then published::varchar
        when regexp_full_match(published::varchar, '[0-9]{4}-[0-9]{2}') then published::varchar || '-01'
        when regexp_full_match(published::varchar, '[0-9]{4}') then published::varchar || '-01-01'
    end::date as published_date,
    case
        when regexp_full_match(published::varchar, '[0-9]{4}-[0-9]{2}-[0-9]{2}') then 'day'
        when regexp_full_match(published::varchar, '[0-9]{4}-[0-9]{2}') then 'month'
        when regexp_full_match(published::varchar, '[0-9]{4}') then 'year'
    end as published_precision,
    sha256
from raw.reports;

-- corrections touch few reports: only their facts take the slow path (numbered, matched, overwritten)
create or replace temp table floor_corrections as
select
    trim(doc_id) as doc_id,
    evidence,
    nullif(trim(indicator_code), '') as indicator_code,
    lower(trim(action)) as action,
    nullif(lower(trim(field)), '') as field,
    nullif(trim(value), '') as new_value,
    note
from seeds.fact_corrections;

create or replace temp view floor_staged as
select
    doc_id, province_era, province_code, province_vi, fact_type, indicator_code,
    nullif(admin_level, '') as admin_level, nullif(period, '') as period,
    nullif(period_source, '') as period_source, value_kind, comparator, value::double as value, unit,
    numerator::double as numerator, denominator::double as denominator, evidence,
    char_start::integer as char_start, char_end::integer as char_end, source_kind, source_ref,
    nullif(held_back, '') as held_back
from raw.extracted_facts
union all
select
    doc_id, province_era, province_code, province_vi, fact_type, indicator_code,
    nullif(admin_level, ''), nullif(period, ''), 'text', value_kind, comparator, value::double, unit,
    numerator::double, denominator::double, evidence, char_start::integer, char_end::integer, source_kind,
    source_ref, null::varchar
from raw.submission_facts;

create or replace temp table floor_touched as
with facts as (
    select
        *,
        row_number() over (
            order by doc_id, char_start, indicator_code, province_era, province_code, admin_level, period, value_kind
        ) as fact_row
    from floor_staged
    where doc_id in (select doc_id from floor_corrections)
),

matches as (
    select facts.fact_row, c.action, c.field, c.new_value, c.note
    from facts
    inner join floor_corrections as c
        on facts.doc_id = c.doc_id and position(c.evidence in facts.evidence) > 0
        and (c.indicator_code is null or facts.indicator_code = c.indicator_code)
),

-- one row per replaced fact, a column per field (DuckDB's pivot; the dbt model spells it out for three engines)
replaced as (
    pivot (select fact_row, field, new_value from matches where action in ('replace', 'accept'))
    on field in (
        'province_era', 'province_code', 'indicator_code', 'admin_level', 'period', 'value_kind', 'comparator',
        'value', 'numerator', 'denominator'
    )
    using max(new_value)
    group by fact_row
),

notes as (
    select fact_row, string_agg(note, '; ' order by note) as correction_note
    from matches where action in ('replace', 'accept')
    group by fact_row
)

select
    facts.doc_id, coalesce(r.province_era, facts.province_era) as province_era,
    coalesce(r.province_code, facts.province_code) as province_code, facts.province_vi, facts.fact_type,
    coalesce(r.indicator_code, facts.indicator_code) as indicator_code,
    nullif(coalesce(r.admin_level, facts.admin_level), 'all') as admin_level, coalesce(r.period, facts.period) as period,
    case when r.period is not null then 'correction' else facts.period_source end as period_source,
    coalesce(r.value_kind, facts.value_kind) as value_kind, coalesce(r.comparator, facts.comparator) as comparator,
    coalesce(r.value::double, facts.value) as value, facts.unit,
    coalesce(r.numerator::double, facts.numerator) as numerator,
    coalesce(r.denominator::double, facts.denominator) as denominator,
    facts.evidence, facts.char_start, facts.char_end, facts.source_kind, facts.source_ref,
    notes.fact_row is not null as corrected,
    notes.correction_note
from facts
left join replaced as r on facts.fact_row = r.fact_row
left join notes on facts.fact_row = notes.fact_row
where
    facts.fact_row not in (select fact_row from matches where action = 'reject')
    -- a fact the extractor held back only when a curator accepted it
    and (facts.held_back is null or facts.fact_row in (select fact_row from matches where action = 'accept'));

-- every fact once, resolved: province key, years, source, and the precedence of its report
create or replace temp table floor_facts as
with corrected as (
    select
        doc_id, province_era, province_code, province_vi, fact_type, indicator_code,
        nullif(admin_level, 'all') as admin_level, period, period_source, value_kind, comparator, value, unit,
        numerator, denominator, evidence, char_start, char_end, source_kind, source_ref,
        false as corrected, null::varchar as correction_note
    from floor_staged
    where doc_id not in (select doc_id from floor_corrections) and held_back is null
    union all
    select * from floor_touched
),

facts as (
    select
        c.* exclude (fact_type, unit),
        coalesce(i.fact_type, c.fact_type) as fact_type,
        coalesce(i.unit, c.unit) as unit,
        regexp_extract(c.period, '^([0-9]{4})', 1) as start_text,
        coalesce(nullif(regexp_extract(c.period, '^[0-9]{4} *- *([0-9]{4})$', 1), ''),
            regexp_extract(c.period, '^([0-9]{4})', 1)) as end_text,
        coalesce(c.source_kind, 'report') as kind
    from corrected as c
    left join seeds.indicators as i on c.indicator_code = i.code
),

precedence as (
    select
        d.doc_id,
        row_number() over (order by d.is_submission desc, r.published_date desc nulls last, d.doc_id desc)
            as source_precedence
    from (select doc_id, max((kind = 'submission')::int) as is_submission from facts group by doc_id) as d
    left join floor_reports as r on d.doc_id = r.doc_id
)

select
    md5(concat_ws('|', f.doc_id, f.province_era, f.province_code, f.indicator_code,
        coalesce(f.admin_level, 'all'), coalesce(f.period, ''), f.value_kind)) as fact_id,
    f.doc_id,
    'vn' || f.province_era || '_' || f.province_code as province_key,
    f.fact_type,
    f.indicator_code,
    coalesce(f.admin_level, 'all') as admin_level,
    f.period,
    f.period_source,
    case when nullif(f.start_text, '') is not null and f.start_text = f.end_text then f.start_text::integer end
        as year,
    nullif(f.start_text, '')::integer as period_start_year,
    nullif(f.end_text, '')::integer as period_end_year,
    f.value_kind, f.comparator, f.value, f.unit, f.numerator, f.denominator, f.evidence, f.char_start,
    f.char_end, f.kind as source_kind, f.source_ref, f.corrected, f.correction_note,
    r.published, r.published_date, r.published_precision,
    p.source_precedence
from facts as f
left join floor_reports as r on f.doc_id = r.doc_id
inner join precedence as p on f.doc_id = p.doc_id;

create or replace table floor.fct_indicator_value as
select * exclude (fact_type) from floor_facts where fact_type = 'indicator';

create or replace table floor.fct_budget as
select * exclude (fact_type) from floor_facts where fact_type = 'budget';

-- the latest target and actual of each cell: arg_min by precedence instead of a window over every fact
create or replace table floor.mart_indicator_scorecard as
with cells as (
    select
        province_key, year, indicator_code, admin_level,
        count(distinct doc_id) as n_source_reports,
        string_agg(distinct source_kind, ',' order by source_kind) as source_kinds,
        arg_min({v: value, c: comparator, d: doc_id, e: evidence, x: corrected}, source_precedence)
            filter (where value_kind in ('target', 'planned')) as t,
        arg_min({v: value, c: comparator, k: value_kind, d: doc_id, e: evidence, x: corrected}, source_precedence)
            filter (where value_kind not in ('target', 'planned')) as a
    from floor_facts
    where year is not null
    group by all
),

joined as (
    select
        cells.*,
        n.target_value as national_value,
        n.comparator as national_comparator,
        n.source as national_source,
        n.verified = 'yes' as national_verified,
        coalesce(i.unit != 'rank', true) as higher_is_better,
        coalesce(cells.t.v, n.target_value) as reference_value
    from cells
    left join (
        select indicator_code, coalesce(nullif(admin_level, ''), 'all') as admin_level, year::integer as year,
            comparator, value::double as target_value, source, verified
        from seeds.national_targets
    ) as n
        on cells.indicator_code = n.indicator_code and cells.year = n.year and cells.admin_level = n.admin_level
    left join seeds.indicators as i on cells.indicator_code = i.code
)

select
    province_key, year, indicator_code, admin_level,
    t.v as target_value, t.c as target_comparator,
    a.v as actual_value, a.c as actual_comparator, a.k as actual_kind,
    national_value as national_target_value, national_comparator as national_target_comparator,
    national_source as national_target_source, national_verified as national_target_verified,
    a.v - t.v as gap_actual_vs_target,
    a.v - national_value as gap_actual_vs_national,
    t.v - national_value as gap_target_vs_national,
    case
        when a.v is null or reference_value is null then 'no_data'
        when higher_is_better and a.v >= reference_value then 'met'
        when not higher_is_better and a.v <= reference_value then 'met'
        when higher_is_better and a.v >= 0.9 * reference_value then 'on_track'
        when not higher_is_better and a.v <= 1.1 * reference_value then 'on_track'
        else 'behind'
    end as status,
    n_source_reports, source_kinds,
    t.d as target_doc_id, t.e as target_evidence, a.d as actual_doc_id, a.e as actual_evidence,
    coalesce(t.x, false) or coalesce(a.x, false) as corrected
from joined;

create or replace table floor.mart_budget_summary as
with latest as (
    select
        province_key, period, admin_level, indicator_code,
        value_kind,
        arg_min({v: value, c: comparator, d: doc_id}, source_precedence) as pick
    from floor.fct_budget
    where period is not null
    group by province_key, period, admin_level, indicator_code, value_kind
),

scopes as (
    select
        province_key, period, admin_level as admin_scope,
        max(pick.v) filter (where indicator_code = 'dx_budget' and value_kind = 'planned') as planned_billion_vnd,
        max(pick.c) filter (where indicator_code = 'dx_budget' and value_kind = 'planned') as planned_comparator,
        max(pick.v) filter (where indicator_code = 'dx_budget' and value_kind in ('actual', 'estimate')) as actual_billion_vnd,
        max(pick.c) filter (where indicator_code = 'dx_budget' and value_kind in ('actual', 'estimate')) as actual_comparator,
        max(pick.v) filter (where indicator_code = 'dx_task_count' and value_kind = 'planned') as planned_task_count,
        max(pick.v) filter (where indicator_code = 'dx_task_count' and value_kind in ('actual', 'estimate')) as actual_task_count,
        string_agg(distinct pick.d, ',' order by pick.d) as doc_ids
    from latest
    group by all
),

parts as (
    select
        province_key, period,
        sum(planned_billion_vnd) as parts_planned_billion_vnd,
        sum(actual_billion_vnd) as parts_actual_billion_vnd,
        sum(planned_task_count) as parts_planned_task_count,
        count(*) as n_parts
    from scopes where admin_scope != 'all'
    group by all
)

select
    s.* exclude (doc_ids),
    case when s.admin_scope = 'all' then p.parts_planned_billion_vnd end as parts_planned_billion_vnd,
    case when s.admin_scope = 'all' then p.parts_actual_billion_vnd end as parts_actual_billion_vnd,
    case when s.admin_scope = 'all' then p.parts_planned_task_count end as parts_planned_task_count,
    case when s.admin_scope = 'all' then coalesce(p.n_parts, 0) end as n_parts,
    s.doc_ids
from scopes as s
left join parts as p on s.province_key = p.province_key and s.period = p.period;
