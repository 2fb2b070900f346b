{#- Change tracking for the daily run: what a run changed, so the marts, the tests and the publication touch that
    and not the whole history.

    - int_incident_mentions stores each mention's fingerprint (the fields merging reads), computed once when the
      mention is unnested; int_incident_clusters finds changed mentions by comparing it with the fingerprint it
      stored, with no hashing of the whole history.
    - int_incident_clusters appends to meta.incident_changes the incidents each run re-clustered (old and new ids
      of every row from its window start on); a full refresh leaves one row with a null incident_id: everything.
    - The incident marts (fct_incidents, fct_incident_reports, acled_events) are incremental: they rebuild the
      incidents of the rows not yet marts_done, which acled_events' post-hook then marks done. A run that fails
      before that leaves them to the next run, which redoes them (rebuilding an incident twice is harmless).
    - publish updates the serving copy with the incidents logged after the seq it recorded there, and copies it
      whole when the log was restarted (a full refresh), has an "everything" row, or is missing.
-#}

{#- The md5 of the fields sitrep.warehouse.merging reads: int_incident_mentions stores it, int_incident_clusters
    compares it with its own copy (FIELDS in that model, same order). -#}
{% macro mention_fingerprint() -%}
    md5(cast((mention_id, article_id, url, published_at, event_date, event_type, actor1, actor2, location_id,
              latitude, longitude, admin1, country_iso2, geo_precision) as varchar))
{%- endmacro %}

{#- Post-hook of int_incident_mentions: rows stored before the column existed (an upgraded warehouse), or whose
    fields sitrep.acquire.scrub rewrote, get their fingerprint (once; later runs find none to fill). -#}
{% macro fill_mention_fingerprints(relation) %}
    update {{ relation }} set fingerprint = {{ mention_fingerprint() }} where fingerprint is null
{% endmacro %}

{%- macro incident_changes_relation() -%}
    "{{ target.database }}"."meta"."incident_changes"
{%- endmacro -%}

{#- True when the incident marts must be rebuilt whole: no change log yet (a warehouse from before it), or a
    pending "everything changed" row (a full refresh of the clusters, a scrub). -#}
{% macro incident_marts_rebuild_all() %}
    {%- if not execute -%}{{ return(true) }}{%- endif -%}
    {%- set found = run_query(
        "select count(*) from information_schema.tables where table_catalog = '" ~ target.database
        ~ "' and table_schema = 'meta' and table_name = 'incident_changes'") -%}
    {%- if found.rows[0][0] == 0 -%}{{ return(true) }}{%- endif -%}
    {%- set everything = run_query("select count(*) from " ~ incident_changes_relation()
                                   ~ " where not marts_done and incident_id is null") -%}
    {{ return(everything.rows[0][0] > 0) }}
{% endmacro %}

{#- The incidents the incident marts must rebuild on this run (a subquery). -#}
{% macro changed_incidents() -%}
    (select distinct incident_id from {{ incident_changes_relation() }} where not marts_done)
{%- endmacro %}

{#- `where` filter of an incident mart's rows on an incremental run: the changed incidents only. With
    `date_column`, also the rows dated no earlier than the changed incidents' first mention (a literal, so the
    scan skips older row groups by their min/max; every row of a changed incident is dated so). -#}
{% macro where_incident_changed(date_column=none) -%}
    {%- if is_incremental() and not incident_marts_rebuild_all() -%}
        where incident_id in {{ changed_incidents() }}
        {%- if date_column and execute -%}
            {%- set since = run_query("select cast(min(event_date) as varchar) from " ~ ref('int_incident_clusters')
                                      ~ " where incident_id in " ~ changed_incidents()).rows[0][0] -%}
            {{ " " }}and {{ date_column }} >= {% if since %}cast('{{ since }}' as date){% else %}date '9999-01-01'{% endif %}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

{#- Pre-hook of an incident mart: drop the rows of the incidents it is about to rebuild (or all of them). -#}
{% macro delete_changed_incidents(relation) %}
    {%- if is_incremental() -%}
        {%- if incident_marts_rebuild_all() -%}
            delete from {{ relation }}
        {%- else -%}
            delete from {{ relation }} where incident_id in {{ changed_incidents() }}
        {%- endif -%}
    {%- else -%}
        select 1
    {%- endif -%}
{% endmacro %}

{#- The change log's table (int_incident_clusters creates it; a run that skipped that model finds it too). -#}
{% macro ensure_incident_changes() %}
    create schema if not exists "{{ target.database }}"."meta";
    create table if not exists {{ incident_changes_relation() }}
        (seq bigint, changed_at timestamp, incident_id varchar, marts_done boolean)
{% endmacro %}

{#- Post-hook of acled_events, the last incident mart: the logged changes are in the marts now. -#}
{% macro mark_incident_changes_done() %}
    {{ ensure_incident_changes() }};
    update {{ incident_changes_relation() }} set marts_done = true where not marts_done
{% endmacro %}

{#- Pre-hook of acled_events: its rows also show the place and the actors' codes (dim_locations, dim_actors, the
    countries seed), which change without the incident changing (a new report spells the place first, an actor
    gets a type). Incidents whose stored values differ from the dimensions' are logged as changed, so this run
    rebuilds them and publish copies them. Compares one row per incident, reads no report. -#}
{% macro log_acled_dimension_changes(relation) %}
    {%- if is_incremental() and not incident_marts_rebuild_all() -%}
    insert into {{ incident_changes_relation() }}
    select
        (select coalesce(max(seq), 0) + 1 from {{ incident_changes_relation() }}),
        now() at time zone 'UTC',
        stored.incident_id,
        false
    from {{ relation }} as stored
    inner join {{ ref('fct_incidents') }} as incidents on incidents.incident_id = stored.incident_id
    left join {{ ref('dim_locations') }} as locations on locations.location_id = incidents.location_id
    left join {{ ref('countries') }} as countries on countries.country_iso2 = locations.country_iso2
    left join {{ ref('dim_actors') }} as a1 on a1.actor = incidents.actor1
    left join {{ ref('dim_actors') }} as a2 on a2.actor = incidents.actor2
    where stored.location is distinct from locations.name
       or stored.admin1 is distinct from locations.admin1
       or stored.admin2 is distinct from locations.admin2
       or stored.latitude is distinct from locations.latitude
       or stored.longitude is distinct from locations.longitude
       or stored.country is distinct from countries.country
       or stored.iso is distinct from countries.iso
       or stored.region is distinct from countries.region
       or left(stored.event_id_cnty, 3) is distinct from coalesce(countries.country_iso3, 'XXX')
       or stored.inter1 is distinct from a1.inter_code
       or stored.inter2 is distinct from coalesce(a2.inter_code, 0)
    {%- else -%}
    select 1
    {%- endif -%}
{% endmacro %}
