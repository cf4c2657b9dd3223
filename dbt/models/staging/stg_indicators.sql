select
    cast(code as {{ dbt.type_string() }}) as indicator_code,
    cast(fact_type as {{ dbt.type_string() }}) as fact_type,
    cast(pillar as {{ dbt.type_string() }}) as pillar,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(name_en as {{ dbt.type_string() }}) as name_en,
    cast(name_vi as {{ dbt.type_string() }}) as name_vi,
    cast(aliases_vi as {{ dbt.type_string() }}) as aliases_vi
from {{ ref('indicators') }}
