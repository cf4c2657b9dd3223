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
-- Latest value: int_latest_values, as in mart_indicator_scorecard (submissions first, then the most recently
-- published source, then doc_id). Only single-year facts appear (spans stay in the facts).
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

cells as (
    select latest.*
    from {{ ref('int_latest_values') }} as latest
    inner join service_indicators on latest.indicator_code = service_indicators.indicator_code
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
    cells.actual_value,
    cells.actual_comparator,
    cells.actual_kind,
    cells.actual_numerator,
    cells.actual_denominator,
    case
        when cells.actual_denominator > 0
            then {{ round_double('100 * cells.actual_numerator / cells.actual_denominator', 2) }}
    end as actual_ratio_pct,
    cells.actual_doc_id,
    cells.actual_evidence,
    cells.target_value,
    cells.target_comparator,
    cells.target_kind,
    cells.target_numerator,
    cells.target_denominator,
    cells.target_doc_id,
    cells.target_evidence,
    national.value as national_target_value,
    national.comparator as national_target_comparator,
    national.source_decision as national_target_source,
    national.is_verified as national_target_verified,
    cells.n_source_reports,
    cells.source_kinds,
    cells.corrected
from cells
inner join service_indicators on cells.indicator_code = service_indicators.indicator_code
left join indicators on cells.indicator_code = indicators.indicator_code
left join national
    on
        cells.indicator_code = national.indicator_code and cells.year = national.year
        and cells.admin_level = national.admin_level
