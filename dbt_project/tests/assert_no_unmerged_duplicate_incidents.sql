-- The merge rule: two incidents from disjoint sets of articles, of one event type, at one known place, a day or
-- less apart and with a shared actor should have been merged into one.
with articles as (
    select incident_id, list(distinct article_id) as article_ids
    from {{ ref('fct_incident_reports') }}
    group by incident_id
),
incidents as (
    select i.*, a.article_ids from {{ ref('fct_incidents') }} i join articles a using (incident_id)
)
select a.incident_id, b.incident_id as other_incident_id
from incidents a
join incidents b
  on a.incident_id < b.incident_id
 and a.event_type = b.event_type
 and a.location_id = b.location_id
 and a.location_id <> 'unknown'
 and abs(a.event_date - b.event_date) <= 1
 and a.actor1 = b.actor1
where len(list_intersect(a.article_ids, b.article_ids)) = 0
