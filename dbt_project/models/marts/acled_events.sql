{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook=["{{ log_acled_dimension_changes(this) }}", "{{ delete_changed_incidents(this) }}"],
    post_hook="{{ mark_incident_changes_done() }}",
) }}

-- One row per incident in ACLED's export layout: the columns, names and types of an ACLED CSV, so notebooks and
-- tools written against ACLED (acledR, pandas or R scripts, dashboards) read Sitrep's incidents unchanged.
-- Incremental like fct_incidents: a daily run rebuilds the changed incidents, and those whose place or actor codes
-- changed in the dimensions (the pre-hook logs them); its post-hook marks the logged changes done.

-- depends_on: {{ ref('int_incident_clusters') }}  (read by the incremental filter, macros/incident_changes.sql)
with

incidents as (

    select * from {{ ref('fct_incidents') }}
    {{ where_incident_changed(date_column='event_date') }}

),

locations as (

    select * from {{ ref('dim_locations') }}

),

actors as (

    select * from {{ ref('dim_actors') }}

),

reports as (

    select * from {{ ref('fct_incident_reports') }}
    {{ where_incident_changed() }}

),

countries as (

    select * from {{ ref('countries') }}

),

per_incident_sources as (

    select
        incident_id,
        -- ACLED lists the outlets that reported the event, separated by "; "
        string_agg(distinct outlet, '; ' order by outlet) as source,
        string_agg(distinct outlet_scale, '-' order by outlet_scale) as source_scale,
        max(fetched_at) as last_fetched_at

    from reports
    group by incident_id

),

further_evidence as (

    -- the other reports' own sentences, once each, in the order they were published
    select
        reports.incident_id,
        string_agg(reports.evidence, ' ' order by reports.first_published_at, reports.evidence) as more_evidence

    from (
        select incident_id, evidence, min(published_at) as first_published_at
        from reports
        group by incident_id, evidence
    ) as reports
    inner join incidents on incidents.incident_id = reports.incident_id
    where reports.evidence <> incidents.evidence
    group by reports.incident_id

),

joined as (

    select
        incidents.*,
        locations.name as location,
        locations.admin1,
        locations.admin2,
        locations.country_iso2,
        locations.latitude,
        locations.longitude,
        countries.country_iso3,
        countries.iso,
        countries.country,
        countries.region,
        a1.inter_code as inter1,
        coalesce(a2.inter_code, 0) as inter2,
        per_incident_sources.source,
        per_incident_sources.source_scale,
        further_evidence.more_evidence,
        per_incident_sources.last_fetched_at

    from incidents
    left join locations on locations.location_id = incidents.location_id
    left join countries on countries.country_iso2 = locations.country_iso2
    left join actors as a1 on a1.actor = incidents.actor1
    left join actors as a2 on a2.actor = incidents.actor2
    left join per_incident_sources on per_incident_sources.incident_id = incidents.incident_id
    left join further_evidence on further_evidence.incident_id = incidents.incident_id

),

final as (

    select
        -- ACLED: ISO3 and a number. Here the number is read from the incident's stable key, so an event keeps
        -- its id across runs and full refreshes (48 bits: collisions are negligible at a million events).
        coalesce(country_iso3, 'XXX')
            || cast(cast(('0x' || substr(md5(incident_id), 1, 12)) as bigint) as varchar) as event_id_cnty,
        event_date,
        cast(year(event_date) as integer) as year,
        -- 1: the day is known; the extractor resolves every event to a day (relative dates against publication)
        1 as time_precision,
        case
            when event_type = 'Strategic developments' then 'Strategic developments'
            when event_type = 'Protests'
                or sub_event_type in ('Violent demonstration', 'Excessive force against protesters')
                then 'Demonstrations'
            else 'Political violence'
        end as disorder_type,
        event_type,
        sub_event_type,
        actor1,
        cast(null as varchar) as assoc_actor_1,
        inter1,
        actor2,
        cast(null as varchar) as assoc_actor_2,
        inter2,
        case when least(inter1, inter2) = 0 then 10 * greatest(inter1, inter2)
             else 10 * least(inter1, inter2) + greatest(inter1, inter2) end as interaction,
        case when event_type in ('Battles', 'Explosions/Remote violence', 'Violence against civilians')
                  and inter2 = 7 then 'Civilian targeting' end as civilian_targeting,
        iso,
        region,
        country,
        admin1,
        admin2,
        cast(null as varchar) as admin3,
        location,
        latitude,
        longitude,
        geo_precision,
        source,
        source_scale,
        -- ACLED's notes open with the date and place; then the evidence of every report, first the best one
        'On ' || strftime(event_date, '%-d %B %Y')
            || coalesce(', in ' || location || coalesce(' (' || admin1 || ')', ''), '') || ': '
            || regexp_replace(evidence || coalesce(' ' || more_evidence, ''), '\s+', ' ', 'g') as notes,
        fatalities,
        cast(null as varchar) as tags,
        -- ACLED: when the row last changed; here when its latest report was fetched (Unix seconds)
        cast(epoch(coalesce(last_fetched_at, cast(first_reported_at as timestamp))) as bigint) as timestamp,
        incident_id

    from joined

)

select * from final
