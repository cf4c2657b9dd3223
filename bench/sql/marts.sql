-- The dbt models int_facts_resolved, fct_indicator_value, fct_budget, fct_public_service and
-- mart_indicator_scorecard written as one plain DuckDB script over the same staged tables, into schema
-- bench_sql. bench/run_bench.py times it against `dbt run` of the same five models (dbt overhead).
-- The benchmark sources carry no curators' corrections (seeds/fact_corrections.csv ships empty), so the
-- script reads the staged facts directly and every fact has corrected = false.
create schema if not exists bench_sql;

create or replace table bench_sql.int_facts_resolved as
-- Every extracted fact with its era-aware province key, its period split into years,
-- and the publication date of its source (used to pick the latest value).
with facts as (
    select * from staging.stg_extracted_facts
    union all
    select * from staging.stg_submission_facts
),

reports as (
    select * from staging.stg_reports
),

periods as (
    select
        facts.*,
        regexp_extract(facts.period, '^(\d{4})', 1) as start_text,
        coalesce(
            nullif(regexp_extract(facts.period, '^\d{4}\s*-\s*(\d{4})$', 1), ''),
            regexp_extract(facts.period, '^(\d{4})', 1)
        ) as end_text
    from facts
)

select
    md5(concat_ws(
        '|', periods.doc_id, periods.province_era, periods.province_code, periods.indicator_code,
        coalesce(periods.admin_level, 'all'), coalesce(periods.period, ''), periods.value_kind
    ))
        as fact_id,
    periods.doc_id,
    'vn' || periods.province_era || '_' || periods.province_code as province_key,
    periods.province_era,
    periods.province_code as gso_code,
    periods.province_vi,
    periods.fact_type,
    periods.indicator_code,
    coalesce(periods.admin_level, 'all') as admin_level,
    periods.period,
    periods.period_source,
    cast(nullif(periods.start_text, '') as integer) as period_start_year,
    cast(nullif(periods.end_text, '') as integer) as period_end_year,
    case
        when nullif(periods.start_text, '') is not null and periods.start_text = periods.end_text
            then cast(periods.start_text as integer)
    end as year,
    periods.value_kind,
    periods.comparator,
    periods.value,
    periods.unit,
    periods.numerator,
    periods.denominator,
    periods.evidence,
    periods.char_start,
    periods.char_end,
    coalesce(periods.source_kind, 'report') as source_kind,
    periods.source_ref,
    false as corrected,
    cast(null as varchar) as correction_note,
    reports.published,
    reports.published_date,
    reports.published_precision,
    reports.sha256 as source_sha256
from periods
left join reports on periods.doc_id = reports.doc_id;

create or replace table bench_sql.fct_indicator_value as
-- Grain: report × province × indicator × admin level × period × value kind (indicator facts).
select
    fact_id,
    doc_id,
    province_key,
    indicator_code,
    admin_level,
    period,
    period_source,
    year,
    period_start_year,
    period_end_year,
    value_kind,
    comparator,
    value,
    unit,
    numerator,
    denominator,
    evidence,
    char_start,
    char_end,
    source_kind,
    source_ref,
    corrected,
    correction_note,
    published,
    published_date,
    published_precision
from bench_sql.int_facts_resolved
where fact_type = 'indicator';

create or replace table bench_sql.fct_budget as
-- Grain: report × province × indicator × admin level × period × value kind (budget facts).
select
    fact_id,
    doc_id,
    province_key,
    indicator_code,
    admin_level,
    period,
    period_source,
    year,
    period_start_year,
    period_end_year,
    value_kind,
    comparator,
    value,
    unit,
    numerator,
    denominator,
    evidence,
    char_start,
    char_end,
    source_kind,
    source_ref,
    corrected,
    correction_note,
    published,
    published_date,
    published_precision
from bench_sql.int_facts_resolved
where fact_type = 'budget';

create or replace table bench_sql.fct_public_service as
-- Grain: report × province × indicator × admin level × period × value kind (service facts).
select
    fact_id,
    doc_id,
    province_key,
    indicator_code,
    admin_level,
    period,
    period_source,
    year,
    period_start_year,
    period_end_year,
    value_kind,
    comparator,
    value,
    unit,
    numerator,
    denominator,
    evidence,
    char_start,
    char_end,
    source_kind,
    source_ref,
    corrected,
    correction_note,
    published,
    published_date,
    published_precision
from bench_sql.int_facts_resolved
where fact_type = 'service';

create or replace table bench_sql.mart_indicator_scorecard as
-- Grain: province × year × indicator × admin level. For each, the latest target and the latest
-- actual (submissions before news reports, then the most recently published source), the national
-- target for that year, the gaps and a status.
with facts as (
    select * from bench_sql.int_facts_resolved
    where year is not null
),

ranked as (
    select
        facts.*,
        case when value_kind in ('target', 'planned') then 'target' else 'actual' end as role,
        row_number() over (
            partition by
                province_key, year, indicator_code, admin_level,
                case when value_kind in ('target', 'planned') then 'target' else 'actual' end
            order by source_kind = 'submission' desc, published_date desc nulls last, doc_id desc
        ) as recency
    from facts
),

cells as (
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        count(distinct doc_id) as n_source_reports,
        string_agg(distinct source_kind, ',' order by source_kind) as source_kinds
    from facts
    group by province_key, year, indicator_code, admin_level
),

latest_target as (
    select * from ranked
    where role = 'target' and recency = 1
),

latest_actual as (
    select * from ranked
    where role = 'actual' and recency = 1
),

national as (
    select * from marts.fct_national_target
),

indicators as (
    select * from marts.dim_indicator
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
from with_reference;
