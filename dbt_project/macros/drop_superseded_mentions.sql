{#- Post-hook of the incremental int_incident_mentions: an article version that a newer fetch of the same canonical
    URL superseded, or whose re-extraction found no incident, must no longer have mentions. A full build never
    writes such rows, so after this hook an incremental table equals a full one. -#}
{% macro drop_superseded_mentions(relation) %}
    {%- if is_incremental() -%}
        delete from {{ relation }} as m
        where m.article_id not in (
            select article_id from {{ ref('int_article_texts') }}
            qualify row_number() over (partition by canonical_url order by fetched_at desc, article_id) = 1
        )
        or not exists (
            select 1 from {{ ref('int_article_incidents') }} as a
            where a.article_id = m.article_id and a.extractor_version = m.extractor_version and a.incident_count > 0
        )
    {%- else -%}
        select 1
    {%- endif -%}
{% endmacro %}
