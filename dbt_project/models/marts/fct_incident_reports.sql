-- One row per incident per article that reports it, with that article's own evidence sentence.

with

mentions as (

    select * from {{ ref('int_incident_mentions') }}

),

clusters as (

    select * from {{ ref('int_incident_clusters') }}

),

keyed as (

    select
        clusters.incident_id,
        mentions.*

    from mentions
    inner join clusters on clusters.mention_id = mentions.mention_id

),

final as (

    select
        incident_id,
        article_id,
        min(url) as url,
        min(published_at) as published_at,
        arg_max(evidence, confidence) as evidence

    from keyed
    group by incident_id, article_id

)

select * from final
