{{ config(materialized="table") }}

-- Which real-world incident each mention belongs to. Mentions of one event (same day, place and sub-event type)
-- from several articles share an incident_id; the marts aggregate on it.

with

mentions as (

    select * from {{ ref('int_incident_mentions') }}

),

clustered as (

    select
        mention_id,
        {{ surrogate_key(['event_date', 'event_type', 'sub_event_type', 'location_id']) }} as incident_id

    from mentions

)

select * from clustered
