-- Grain: report × province × indicator × admin level × period × value kind (budget facts).
{{ fact_table('budget') }}
