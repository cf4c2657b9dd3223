select
    cast(doc_id as varchar) as doc_id,
    cast(source_path as varchar) as source_path,
    cast(sha256 as varchar) as sha256,
    cast(size_bytes as bigint) as size_bytes,
    cast(published as varchar) as published,
    cast(title as varchar) as title,
    cast(source_kind as varchar) as source_kind,
    cast(loaded_at as timestamp) as loaded_at
from {{ source('raw', 'reports') }}
