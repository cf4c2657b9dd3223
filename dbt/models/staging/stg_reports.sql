with reports as (
    select
        *,
        cast(published as varchar) as published_text
    from {{ source('raw', 'reports') }}
)

select
    cast(doc_id as varchar) as doc_id,
    cast(source_path as varchar) as source_path,
    cast(sha256 as varchar) as sha256,
    cast(size_bytes as bigint) as size_bytes,
    published_text as published,
    cast(case
        when published_text similar to '\d{4}-\d{2}-\d{2}' then published_text
        when published_text similar to '\d{4}-\d{2}' then published_text || '-01'
        when published_text similar to '\d{4}' then published_text || '-01-01'
    end as date) as published_date,
    cast(case
        when published_text similar to '\d{4}-\d{2}-\d{2}' then 'day'
        when published_text similar to '\d{4}-\d{2}' then 'month'
        when published_text similar to '\d{4}' then 'year'
    end as varchar) as published_precision,
    cast(title as varchar) as title,
    cast(outlet as varchar) as outlet,
    cast(source_kind as varchar) as source_kind,
    cast(loaded_at as timestamp) as loaded_at
from reports
