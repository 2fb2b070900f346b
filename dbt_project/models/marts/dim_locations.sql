-- Places that incidents use, one row per location_id, plus an "unknown" member for incidents without a place.

with

mentions as (

    select * from {{ ref('int_incident_mentions') }}

),

places as (

    select
        location_id,
        -- several articles may spell one GeoNames place differently; pick one deterministically
        min(location_name) as name,
        min(feature_code) as feature_type,
        min(admin1) as admin1,
        min(admin2) as admin2,
        min(country_iso2) as country_iso2,
        min(country) as country,
        min(latitude) as latitude,
        min(longitude) as longitude,
        min(geonames_id) as geonames_id

    from mentions
    where location_id <> 'unknown'
    group by location_id

),

unknown_member as (

    select
        'unknown' as location_id,
        'Unknown' as name,
        cast(null as varchar) as feature_type,
        cast(null as varchar) as admin1,
        cast(null as varchar) as admin2,
        cast(null as varchar) as country_iso2,
        cast(null as varchar) as country,
        cast(null as double) as latitude,
        cast(null as double) as longitude,
        cast(null as bigint) as geonames_id

),

final as (

    select * from places
    union all
    select * from unknown_member

)

select * from final
