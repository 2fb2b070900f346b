{#- dbt-duckdb's incremental Python models stage each batch in a real table named <model>__dbt_tmp<timestamp>
    and leave it behind; without this post-hook every run would add one table per model. -#}
{% macro drop_dbt_tmp_tables(relation) %}
    {%- if execute -%}
        {%- set leftovers = run_query(
            "select table_schema, table_name from information_schema.tables where table_catalog = '"
            ~ relation.database ~ "' and starts_with(table_name, '" ~ relation.identifier ~ "__dbt_tmp')") -%}
        {%- for row in leftovers.rows -%}
            {%- do run_query('drop table if exists "' ~ relation.database ~ '"."' ~ row[0] ~ '"."' ~ row[1] ~ '"') -%}
        {%- endfor -%}
    {%- endif -%}
    select 1
{% endmacro %}
