-- Grain: report × province × indicator × admin level × period × value kind (service facts).
{{ fact_table('service') }}
