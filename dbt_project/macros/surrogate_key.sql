{#- A stable hash key over several columns (dbt_utils.generate_surrogate_key cannot be downloaded here).
    Nulls hash as a sentinel, so (null, 'a') and ('', 'a') stay distinct. -#}
{% macro surrogate_key(columns) -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '_sitrep_null_')") -%}
    {%- endfor -%}
    md5({{ parts | join(" || '-' || ") }})
{%- endmacro %}
