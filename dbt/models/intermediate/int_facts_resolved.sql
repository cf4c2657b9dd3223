-- Every fact (after curators' corrections) with its era-aware province key, its period split into
-- years, and the publication date of its source (used to pick the latest value).
with facts as (
    select * from {{ ref('int_facts_corrected') }}
),

reports as (
    select * from {{ ref('stg_reports') }}
),

periods as (
    select
        facts.*,
        {{ regexp_group('facts.period', '^([0-9]{4})') }} as start_text,
        coalesce(
            nullif({{ regexp_group('facts.period', '^[0-9]{4} *- *([0-9]{4})$') }}, ''),
            {{ regexp_group('facts.period', '^([0-9]{4})') }}
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
    {{ province_key('periods.province_era', 'periods.province_code') }} as province_key,
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
    periods.corrected,
    periods.correction_note,
    reports.published,
    reports.published_date,
    reports.published_precision,
    reports.sha256 as source_sha256
from periods
left join reports on periods.doc_id = reports.doc_id
