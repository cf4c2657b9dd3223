select
    cast(province_key as {{ dbt.type_string() }}) as province_key,
    cast(era as {{ dbt.type_string() }}) as era,
    cast(code as {{ dbt.type_string() }}) as gso_code,
    cast(name_vi as {{ dbt.type_string() }}) as name_vi,
    cast(full_name_vi as {{ dbt.type_string() }}) as full_name_vi,
    cast(slug as {{ dbt.type_string() }}) as slug,
    cast(name_en as {{ dbt.type_string() }}) as name_en,
    cast(province_type as {{ dbt.type_string() }}) as province_type,
    cast(region as {{ dbt.type_string() }}) as region_vi,
    cast(region_en as {{ dbt.type_string() }}) as region_en,
    cast(valid_from as date) as valid_from,
    cast(valid_to as date) as valid_to,
    cast(successor_key as {{ dbt.type_string() }}) as successor_key
from {{ ref('provinces') }}
