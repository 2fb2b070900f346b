{#- Use the configured schema name as-is (staging, intermediate, marts), not "<target>_<schema>":
    the contract names `marts.fct_incidents`, and dashboards query it by that name. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
