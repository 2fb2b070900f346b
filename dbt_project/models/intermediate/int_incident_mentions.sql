{{ config(
    materialized="incremental",
    unique_key="article_id",
    incremental_strategy="delete+insert",
    on_schema_change="append_new_columns",
) }}

-- One row per incident mention: an incident as one article version reports it.
-- Only the latest version of each article counts, so an edited story does not double its incidents.
-- Incremental: unnesting the extractor's JSON is the costly part, so a run unnests only articles extracted since
-- the last one (new, or re-extracted by a new extractor version); the post-hook drops the mentions of versions
-- that a newer one superseded, or that a re-extraction left without incidents. Each row carries the fingerprint of
-- the fields clustering reads, computed here once, so int_incident_clusters notices changed mentions without hashing
-- the whole history on every run.

with

article_incidents as (

    select * from {{ ref('int_article_incidents') }}

),

article_texts as (

    select * from {{ ref('int_article_texts') }}

),

latest_versions as (

    select article_id, canonical_url, source, published_date, fetched_at
    from article_texts
    qualify row_number() over (partition by canonical_url order by fetched_at desc, article_id) = 1

),

exploded as (

    select
        article_incidents.article_id,
        article_incidents.extractor_version,
        unnest(cast(json(article_incidents.incidents_json) as json[])) as incident,
        generate_subscripts(cast(json(article_incidents.incidents_json) as json[]), 1) as mention_index

    from article_incidents
    where article_incidents.incident_count > 0
    {% if is_incremental() %}
      and not exists (
          select 1 from {{ this }} as done
          where done.article_id = article_incidents.article_id
            and done.extractor_version = article_incidents.extractor_version
      )
    {% endif %}

),

mentions as (

    select
        {{ surrogate_key(['exploded.article_id', 'exploded.mention_index']) }} as mention_id,
        exploded.article_id,
        exploded.extractor_version,
        latest_versions.canonical_url as url,
        latest_versions.source,
        cast(coalesce(try_cast(latest_versions.published_date as date), cast(latest_versions.fetched_at as date)) as date) as published_at,
        cast(incident ->> 'event_date' as date) as event_date,
        incident ->> 'event_type' as event_type,
        incident ->> 'sub_event_type' as sub_event_type,
        incident ->> 'actor1' as actor1,
        incident ->> 'actor2' as actor2,
        incident ->> 'location' as location_name,
        incident ->> 'admin1' as admin1,
        incident ->> 'admin2' as admin2,
        incident ->> 'country_iso2' as country_iso2,
        incident ->> 'country' as country,
        cast(incident ->> 'latitude' as double) as latitude,
        cast(incident ->> 'longitude' as double) as longitude,
        cast(incident ->> 'geo_precision' as integer) as geo_precision,
        cast(incident ->> 'geonames_id' as bigint) as geonames_id,
        incident ->> 'feature_code' as feature_code,
        coalesce(cast(incident ->> 'fatalities' as integer), 0) as fatalities,
        coalesce(cast(incident ->> 'injuries' as integer), 0) as injuries,
        coalesce(cast(incident ->> 'arrests' as integer), 0) as arrests,
        incident ->> 'evidence' as evidence,
        cast(incident ->> 'confidence' as double) as confidence

    from exploded
    inner join latest_versions on latest_versions.article_id = exploded.article_id

),

located as (

    select
        *,
        case
            when geonames_id is not null then {{ surrogate_key(['geonames_id']) }}
            when location_name is not null then {{ surrogate_key(['location_name', 'admin1', 'country_iso2']) }}
            else 'unknown'
        end as location_id

    from mentions

)

select *, {{ mention_fingerprint() }} as fingerprint from located
