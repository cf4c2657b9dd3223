select
    cast(path as varchar) as source_path,
    cast(sha256 as varchar) as sha256,
    cast(size_bytes as bigint) as size_bytes,
    cast(reason as varchar) as reason,
    cast(stage as varchar) as stage,
    cast(first_seen as timestamp) as first_seen,
    cast(last_seen as timestamp) as last_seen
from {{ source('raw', 'ingest_errors') }}
union all
select
    cast(path as varchar) as source_path,
    cast(sha256 as varchar) as sha256,
    cast(size_bytes as bigint) as size_bytes,
    cast(reason as varchar) as reason,
    cast(stage as varchar) as stage,
    cast(first_seen as timestamp) as first_seen,
    cast(last_seen as timestamp) as last_seen
from {{ source('raw', 'submission_errors') }}
