-- One row per incident per article that reports it, with that article's own evidence sentence, its outlet and
-- headline (for the source links analysts follow).

with

reports as (

    select * from {{ ref('int_incident_reports') }}

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

final as (

    select
        with_host.incident_id,
        with_host.article_id,
        with_host.url,
        with_host.published_at,
        with_host.evidence,
        -- an outlet the seed knows by name, else its web host ("example.com")
        coalesce(outlets.outlet, nullif(with_host.host, '')) as outlet,
        outlets.scale as outlet_scale,
        with_host.headline,
        with_host.fetched_at

    from with_host
    left join outlets
        on with_host.host = outlets.host or with_host.host like '%.' || outlets.host
    -- a host matching two seed rows (news.example.com, example.com) takes the most specific
    qualify row_number() over (
        partition by with_host.incident_id, with_host.article_id order by length(outlets.host) desc nulls last
    ) = 1

)

select * from final
