{#- Every non-null value is one of vocabulary `vocabulary` of seeds/vocabularies.csv (or of `also`): the one
    home of the value kinds, comparators, admin levels, units and fact types. -#}
{% test in_vocabulary(model, column_name, vocabulary, also=[]) %}
select * from {{ model }}
where {{ column_name }} is not null
  and {{ column_name }} not in (
      select value from {{ ref('vocabularies') }} where vocabulary = '{{ vocabulary }}'
      {%- for extra in also %} union all select '{{ extra }}'{% endfor %}
  )
{% endtest %}
