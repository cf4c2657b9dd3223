-- Grain: one row per input that could not be turned into facts at a stage.
select * from {{ ref('stg_ingest_errors') }}
