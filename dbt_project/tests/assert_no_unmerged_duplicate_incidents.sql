-- The merge rule: two incidents from disjoint sets of articles, of one event type, at one known place, with a
-- shared actor, whose reports together span at most a day, should have been merged into one.
-- A daily run checks the pairs with an incident it changed (macros/test_scope.sql): the other incident of such a
-- pair starts at most a day from it, so it has a report dated no earlier than the day before the changed
-- incidents' first report; only incidents with a report from then on are read. A full refresh checks all pairs.
{% set scoped = not sitrep_test_everything() %}
{% if scoped %}{% set since = changed_incidents_first_date(sitrep_run_changed_incidents()) %}{% endif %}
-- depends_on: {{ ref('int_incident_clusters') }}  (read by the incremental filter, macros/incident_changes.sql)
with incidents as (
    select
        r.incident_id,
        any_value(i.event_type) as event_type,
        any_value(i.location_id) as location_id,
        any_value(i.actor1) as actor1,
        min(r.event_date) as first_date,
        max(r.event_date) as last_date,
        list(distinct r.article_id) as article_ids
    from {{ ref('int_incident_reports') }} r
    join {{ ref('fct_incidents') }} i using (incident_id)
    {% if scoped %}
    where r.incident_id in (
        select incident_id from {{ ref('int_incident_clusters') }}
        where event_date >= {% if since %}cast('{{ since }}' as date) - 2{% else %}date '9999-01-01'{% endif %})
    {% endif %}
    group by r.incident_id
),
-- Two incidents within a day of each other start at most a day apart, so each candidate b is offered under its
-- first date and the days either side, and a.first_date = b.near_date is a join key: without it the join paired
-- every two incidents of one type, place and actor over the whole history (1.9M pairs, ~40 s, on a 1M-article
-- warehouse) before the date condition dropped all but a few thousand. Each pair still meets exactly once.
near as (
    select *, unnest([first_date - 1, first_date, first_date + 1]) as near_date from incidents
)
select a.incident_id, b.incident_id as other_incident_id
from incidents a
join near b
  on a.incident_id < b.incident_id
 and a.event_type = b.event_type
 and a.location_id = b.location_id
 and a.first_date = b.near_date
 and a.location_id <> 'unknown'
 and a.actor1 = b.actor1
 and greatest(a.last_date, b.last_date) - least(a.first_date, b.first_date) <= 1
where len(list_intersect(a.article_ids, b.article_ids)) = 0
{% if scoped %}
  and (a.incident_id in {{ sitrep_run_changed_incidents() }} or b.incident_id in {{ sitrep_run_changed_incidents() }})
{% endif %}
