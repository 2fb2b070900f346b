{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_changed_incidents(this) }}",
) }}

-- One row per incident per article that reports it, with that article's own evidence sentence, its outlet and
-- headline (for the source links analysts follow). Incremental like fct_incidents: a daily run rebuilds the rows of the
-- incidents that changed.

-- depends_on: {{ ref('int_incident_clusters') }}  (read by the incremental filter, macros/incident_changes.sql)
with

reports as (

    select * from {{ ref('int_incident_reports') }}
    {{ where_incident_changed(date_column='event_date') }}

),

article_texts as (

    select * from {{ ref('int_article_texts') }}

),

outlets as (

    select * from {{ ref('outlets') }}

),

per_article as (

    select
        incident_id,
        article_id,
        min(url) as url,
        min(published_at) as published_at,
        arg_max(evidence, confidence) as evidence

    from reports
    group by incident_id, article_id

),

with_host as (

    select
        per_article.*,
        article_texts.title as headline,
        article_texts.fetched_at,
        regexp_replace(lower(regexp_extract(per_article.url, '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)', 1)),
                       '^www\.', '') as host

    from per_article
    left join article_texts on article_texts.article_id = per_article.article_id

),

-- Each distinct host's outlet, matched once: the join's OR/LIKE condition cannot hash, so matching every report
-- row (millions at 1M articles) took a nested-loop join and a window over all rows; there are only as many hosts
-- as sites. Outlet hosts are unique, so a host has one best match and each report row gets the same outlet.
host_outlets as (

    select
        hosts.host,
        outlets.outlet,
        outlets.scale

    from (select distinct host from with_host) as hosts
    left join outlets
        on hosts.host = outlets.host or hosts.host like '%.' || outlets.host
    -- a host matching two seed rows (news.example.com, example.com) takes the most specific
    qualify row_number() over (partition by hosts.host order by length(outlets.host) desc nulls last) = 1

),

final as (

    select
        with_host.incident_id,
        with_host.article_id,
        with_host.url,
        with_host.published_at,
        with_host.evidence,
        -- an outlet the seed knows by name, else its web host ("example.com")
        coalesce(host_outlets.outlet, nullif(with_host.host, '')) as outlet,
        host_outlets.scale as outlet_scale,
        with_host.headline,
        with_host.fetched_at

    from with_host
    left join host_outlets on host_outlets.host = with_host.host

)

select * from final
