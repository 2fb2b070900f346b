with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        article_id,
        url,
        coalesce(canonical_url, url) as canonical_url,
        source,
        fetched_at,
        http_status,
        lower(split_part(content_type, ';', 1)) as media_type,
        content_type,
        body,
        content_sha256,
        fetch_error,
        published_hint,
        title_hint,
        fetch_error is null and body is not null as is_fetched

    from source

)

select * from renamed
