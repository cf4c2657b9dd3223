select
    cast(code as varchar) as indicator_code,
    cast(fact_type as varchar) as fact_type,
    cast(pillar as varchar) as pillar,
    cast(unit as varchar) as unit,
    cast(name_en as varchar) as name_en,
    cast(name_vi as varchar) as name_vi,
    cast(aliases_vi as varchar) as aliases_vi
from {{ ref('indicators') }}
