with reports as (
    select
        *,
        cast(published as {{ dbt.type_string() }}) as published_text
    from {{ source('raw', 'reports') }}
)

select
    cast(doc_id as {{ dbt.type_string() }}) as doc_id,
    cast(source_path as {{ dbt.type_string() }}) as source_path,
    cast(sha256 as {{ dbt.type_string() }}) as sha256,
    cast(size_bytes as bigint) as size_bytes,
    published_text as published,
    cast(case
        when {{ regexp_full_match('published_text', '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then published_text
        when {{ regexp_full_match('published_text', '[0-9]{4}-[0-9]{2}') }} then published_text || '-01'
        when {{ regexp_full_match('published_text', '[0-9]{4}') }} then published_text || '-01-01'
    end as date) as published_date,
    cast(case
        when {{ regexp_full_match('published_text', '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then 'day'
        when {{ regexp_full_match('published_text', '[0-9]{4}-[0-9]{2}') }} then 'month'
        when {{ regexp_full_match('published_text', '[0-9]{4}') }} then 'year'
    end as {{ dbt.type_string() }}) as published_precision,
    cast(title as {{ dbt.type_string() }}) as title,
    cast(outlet as {{ dbt.type_string() }}) as outlet,
    cast(source_kind as {{ dbt.type_string() }}) as source_kind,
    cast(loaded_at as timestamp) as loaded_at
from reports
