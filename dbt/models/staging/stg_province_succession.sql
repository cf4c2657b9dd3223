select
    cast(legacy_key as {{ dbt.type_string() }}) as legacy_province_key,
    cast(legacy_code as {{ dbt.type_string() }}) as legacy_gso_code,
    cast(current_key as {{ dbt.type_string() }}) as current_province_key,
    cast(current_code as {{ dbt.type_string() }}) as current_gso_code
from {{ ref('province_succession') }}
