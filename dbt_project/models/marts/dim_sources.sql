-- Configured sources and how their fetches went.

with

articles as (

    select * from {{ ref('stg_articles') }}

),

final as (

    select
        {{ surrogate_key(['source']) }} as source_id,
        source,
        count(*) as documents,
        count(*) filter (where is_fetched) as fetched_ok,
        count(*) filter (where not is_fetched) as fetch_failures,
        min(fetched_at) as first_fetched_at,
        max(fetched_at) as last_fetched_at

    from articles
    group by source

)

select * from final
