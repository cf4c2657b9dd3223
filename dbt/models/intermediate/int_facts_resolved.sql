-- Every fact (after curators' corrections) with its era-aware province key, its period split into
-- years, the publication date of its source, and `source_precedence`: the one order in which the sources of
-- a figure are preferred, which every mart that picks "the latest value" sorts by, and its role (`target`:
-- target or planned; `actual`: actual or estimate).
with reports as (
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
    from {{ ref('int_facts_corrected') }} as facts
),

resolved as (
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
),

-- one number per source document: a province's own submission first, then the most recently published
-- report, then the doc id (so ties break the same way every run); 1 is preferred
documents as (
    select
        facts.doc_id,
        max(case when facts.source_kind = 'submission' then 1 else 0 end) as is_submission
    from {{ ref('int_facts_corrected') }} as facts
    group by facts.doc_id
),

precedence as (
    select
        documents.doc_id,
        row_number() over (
            order by documents.is_submission desc, reports.published_date desc nulls last, documents.doc_id desc
        ) as source_precedence
    from documents
    left join reports on documents.doc_id = reports.doc_id
)

select
    resolved.*,
    precedence.source_precedence,
    case when resolved.value_kind in ('target', 'planned') then 'target' else 'actual' end as value_role
from resolved
inner join precedence on resolved.doc_id = precedence.doc_id
