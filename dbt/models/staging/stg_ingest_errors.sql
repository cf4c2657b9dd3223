-- Files rejected at load (raw.ingest_errors) and submission rows rejected by validation
-- (raw.submission_errors): one layout, each side cast on its own (an empty raw table has text columns).
{% for rejected in ['ingest_errors', 'submission_errors'] %}
    select
        cast(path as {{ dbt.type_string() }}) as source_path,
        cast(sha256 as {{ dbt.type_string() }}) as sha256,
        cast(size_bytes as bigint) as size_bytes,
        cast(reason as {{ dbt.type_string() }}) as reason,
        cast(stage as {{ dbt.type_string() }}) as stage,
        cast(first_seen as timestamp) as first_seen,
        cast(last_seen as timestamp) as last_seen
    from {{ source('raw', rejected) }}
    {% if not loop.last %}union all{% endif %}
{% endfor %}
