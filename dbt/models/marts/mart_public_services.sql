-- Grain: province × year × indicator × admin level, for public-service indicators only. For each,
-- the latest actual (actual, estimate) and the latest target (target, planned) with their numerator,
-- denominator and evidence, and the national target for that year.
--
-- Which indicators are public-service ones: the explicit list in `service_indicators` below, one
-- service area each. It holds the catalog's `service` counts about online public services
-- (services offered, portal integration, dossiers, e-payments, citizen-data lookups) and the
-- `indicator` rates about them (full-process services, online and full-online dossiers, online
-- payment, portal integration, digitised / synchronised / electronic results, satisfaction, adult
-- usage). Left out on purpose: internal government operations (reporting regimes, video
-- conferencing, one-stop systems, work records), taxes (e_tax_*) and the digital economy, society and
-- infrastructure counts. A new catalog code appears here only once it is added to this list.
--
-- Latest value: the same precedence as mart_indicator_scorecard: submissions first, then the most
-- recently published source, then doc_id. Only single-year facts appear (spans stay in the facts).
with service_indicators as (
    select
        service_list.indicator_code,
        service_list.service_area
    from (
        values
        ('ops_count', 'catalog'),
        ('ops_full_process_rate', 'catalog'),
        ('ops_zero_fee_procedure_count', 'catalog'),
        ('ops_national_portal_integrated_count', 'portal_integration'),
        ('ops_national_portal_integration_rate', 'portal_integration'),
        ('dossier_total_count', 'dossiers'),
        ('dossier_full_online_count', 'dossiers'),
        ('dossier_online_rate', 'dossiers'),
        ('dossier_full_online_rate', 'dossiers'),
        ('tthc_digitization_rate', 'results'),
        ('tthc_result_sync_rate', 'results'),
        ('tthc_e_result_rate', 'results'),
        ('ops_e_payment_transaction_count', 'payments'),
        ('ops_e_payment_amount', 'payments'),
        ('ops_online_payment_rate', 'payments'),
        ('tthc_satisfaction_rate', 'satisfaction'),
        ('citizen_data_auth_lookup_count', 'lookups'),
        ('adult_ops_usage_rate', 'usage')
    ) as service_list (indicator_code, service_area)
),

facts as (
    select facts.*
    from {{ ref('int_facts_ranked') }} as facts
    inner join service_indicators on facts.indicator_code = service_indicators.indicator_code
),

cells as (
    select
        province_key,
        year,
        indicator_code,
        admin_level,
        count(distinct doc_id) as n_source_reports,
        {{ string_agg_distinct('source_kind', ',') }} as source_kinds
    from facts
    group by province_key, year, indicator_code, admin_level
),

-- read from the model, not from `facts` (see mart_indicator_scorecard): PostgreSQL plans the joins with statistics
latest_actual as (
    select * from {{ ref('int_facts_ranked') }}
    where value_role = 'actual' and recency = 1
),

latest_target as (
    select * from {{ ref('int_facts_ranked') }}
    where value_role = 'target' and recency = 1
),

national as (
    select * from {{ ref('fct_national_target') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
)

select
    cells.province_key,
    cells.year,
    cells.indicator_code,
    cells.admin_level,
    service_indicators.service_area,
    indicators.fact_type,
    indicators.unit,
    latest_actual.value as actual_value,
    latest_actual.comparator as actual_comparator,
    latest_actual.value_kind as actual_kind,
    latest_actual.numerator as actual_numerator,
    latest_actual.denominator as actual_denominator,
    case
        when latest_actual.denominator > 0
            then {{ round_double('100 * latest_actual.numerator / latest_actual.denominator', 2) }}
    end as actual_ratio_pct,
    latest_actual.doc_id as actual_doc_id,
    latest_actual.evidence as actual_evidence,
    latest_target.value as target_value,
    latest_target.comparator as target_comparator,
    latest_target.value_kind as target_kind,
    latest_target.numerator as target_numerator,
    latest_target.denominator as target_denominator,
    latest_target.doc_id as target_doc_id,
    latest_target.evidence as target_evidence,
    national.value as national_target_value,
    national.comparator as national_target_comparator,
    national.source_decision as national_target_source,
    national.is_verified as national_target_verified,
    cells.n_source_reports,
    cells.source_kinds,
    coalesce(latest_actual.corrected, false) or coalesce(latest_target.corrected, false) as corrected
from cells
inner join service_indicators on cells.indicator_code = service_indicators.indicator_code
left join indicators on cells.indicator_code = indicators.indicator_code
left join latest_actual
    on
        cells.province_key = latest_actual.province_key and cells.year = latest_actual.year
        and cells.indicator_code = latest_actual.indicator_code and cells.admin_level = latest_actual.admin_level
left join latest_target
    on
        cells.province_key = latest_target.province_key and cells.year = latest_target.year
        and cells.indicator_code = latest_target.indicator_code and cells.admin_level = latest_target.admin_level
left join national
    on
        cells.indicator_code = national.indicator_code and cells.year = national.year
        and cells.admin_level = national.admin_level
