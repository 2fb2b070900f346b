-- One row per incident per article that reports it, with that article's own evidence sentence.

with

reports as (

    select * from {{ ref('int_incident_reports') }}

),

final as (

    select
        incident_id,
        article_id,
        min(url) as url,
        min(published_at) as published_at,
        arg_max(evidence, confidence) as evidence

    from reports
    group by incident_id, article_id

)

select * from final
