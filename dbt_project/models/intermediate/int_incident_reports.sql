-- Every mention with the incident it was merged into: the grain both incident marts aggregate from.

with

mentions as (

    select * from {{ ref('int_incident_mentions') }}

),

clusters as (

    select * from {{ ref('int_incident_clusters') }}

),

joined as (

    select
        clusters.incident_id,
        mentions.*

    from mentions
    inner join clusters on clusters.mention_id = mentions.mention_id

)

select * from joined
