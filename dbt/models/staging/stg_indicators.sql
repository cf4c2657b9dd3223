select
    {{ string_columns([
        'code as indicator_code', 'fact_type', 'pillar', 'unit', 'name_en', 'name_vi', 'aliases_vi'
    ]) }}
from {{ ref('indicators') }}
