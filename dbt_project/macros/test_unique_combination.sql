{#- Generic test: no two rows share the given combination of columns (dbt_utils' version cannot be downloaded). -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
