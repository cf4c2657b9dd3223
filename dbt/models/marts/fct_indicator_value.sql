-- Grain: report × province × indicator × admin level × period × value kind (indicator facts).
{{ fact_table('indicator') }}
