select
    {{ string_columns([
        'code as indicator_code', 'fact_type', 'pillar', 'unit', 'name_en', 'name_vi', 'aliases_vi'
    ]) }},
    cast(per_admin_level as boolean) as per_admin_level
from {{ ref('indicators') }}
