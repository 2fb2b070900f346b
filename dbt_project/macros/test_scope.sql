{#- Tests on a daily run check what the run changed; on a full refresh, everything.

    Every generic test's `where` holds the token __scope__ (dbt_project.yml; a test with its own `where` adds it),
    which this override of dbt's get_where_subquery replaces at run time (never at parse time, which partial
    parsing caches) by the rows the run changed in the tested table:
      tables keyed by incident_id (INCIDENT_TABLES)   the incidents this run re-clustered (meta.incident_changes);
      any other table                                 every row (no filter). A full refresh, an "everything" entry in the log, a warehouse without the log, or
    `--vars '{full_tests: true}'` test every row. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if where and '__scope__' in where -%}
        {%- set where = where | replace('__scope__', sitrep_scope_condition(relation)) -%}
    {%- endif -%}
    {%- if where == 'true' -%}{%- set where = '' -%}{%- endif -%}
    {%- if where -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{#- The changes of this dbt invocation, and those a failed earlier run left for the marts; also those logged within
    the hour before the latest entry, so a test run as its own invocation (the full-refresh DAG's per-model test
    tasks) still sees the changes of the build just before it. -#}
{% macro sitrep_this_runs_changes() -%}
    (changed_at >= cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S") }}' as timestamp) or not marts_done
     or changed_at >= (select max(changed_at) from {{ incident_changes_relation() }}) - interval 1 hour)
{%- endmacro %}

{% macro sitrep_test_everything() %}
    {%- if not execute or flags.FULL_REFRESH or var('full_tests', false) -%}{{ return(true) }}{%- endif -%}
    {%- set found = run_query(
        "select count(*) from information_schema.tables where table_catalog = '" ~ target.database
        ~ "' and table_schema = 'meta' and table_name = 'incident_changes'") -%}
    {%- if found.rows[0][0] == 0 -%}{{ return(true) }}{%- endif -%}
    {%- set everything = run_query("select count(*) from " ~ incident_changes_relation()
                                   ~ " where incident_id is null and " ~ sitrep_this_runs_changes()) -%}
    {{ return(everything.rows[0][0] > 0) }}
{% endmacro %}

{% macro sitrep_changed_incidents_condition() -%}
    {%- if sitrep_test_everything() -%}
        true
    {%- else -%}
        incident_id in (select incident_id from {{ incident_changes_relation() }} where {{ sitrep_this_runs_changes() }})
    {%- endif -%}
{%- endmacro %}

{% macro sitrep_scope_condition(relation) -%}
    {%- set incident_tables = ['fct_incidents', 'fct_incident_reports', 'acled_events', 'int_incident_clusters',
                               'int_incident_reports'] -%}
    {%- if relation.identifier in incident_tables -%}
        {{ sitrep_changed_incidents_condition() }}
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- This run's changed incidents (a subquery), for singular tests. -#}
{% macro sitrep_run_changed_incidents() -%}
    (select incident_id from {{ incident_changes_relation() }} where {{ sitrep_this_runs_changes() }})
{%- endmacro %}

{#- The earliest event date of the changed incidents' mentions (a date literal), or none when there is none. -#}
{% macro changed_incidents_first_date(incidents) %}
    {%- if not execute -%}{{ return(none) }}{%- endif -%}
    {%- set found = run_query("select cast(min(event_date) as varchar) from " ~ ref('int_incident_clusters')
                              ~ " where incident_id in " ~ incidents) -%}
    {{ return(found.rows[0][0]) }}
{% endmacro %}
