{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_changed_incidents(this) }}",
) }}

-- One row per real-world incident. Mentions that int_incident_clusters merged (several articles reporting one
-- event) become one row; the most precisely located, most confident report supplies place, actors and evidence.
-- Incremental: a daily run rebuilds only the incidents int_incident_clusters re-clustered (meta.incident_changes,
-- macros/incident_changes.sql); a full refresh rebuilds all.

-- depends_on: {{ ref('int_incident_clusters') }}  (read by the incremental filter, macros/incident_changes.sql)
with

reports as (

    select * from {{ ref('int_incident_reports') }}
    {{ where_incident_changed(date_column='event_date') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by incident_id
            order by location_id = 'unknown', geo_precision nulls last, confidence desc, published_at, url, mention_id
        ) as rank_in_incident

    from reports

),

merged as (

    select
        incident_id,
        -- outlets date an event by when they heard of it; the earliest date is closest to the event
        min(event_date) as event_date,
        count(distinct url) as report_count,
        min(published_at) as first_reported_at,
        -- reports that do not mention a toll say 0; the highest reported figure is the one that was counted
        max(fatalities) as fatalities,
        max(injuries) as injuries,
        max(arrests) as arrests,
        max(confidence) as confidence

    from reports
    group by incident_id

),

final as (

    select
        ranked.incident_id,
        merged.event_date,
        ranked.event_type,
        ranked.sub_event_type,
        ranked.actor1,
        ranked.actor2,
        ranked.location_id,
        ranked.geo_precision,
        merged.fatalities,
        merged.injuries,
        merged.arrests,
        merged.report_count,
        merged.first_reported_at,
        ranked.evidence,
        ranked.url as source_url,
        merged.confidence

    from ranked
    inner join merged on merged.incident_id = ranked.incident_id
    where ranked.rank_in_incident = 1

)

select * from final
