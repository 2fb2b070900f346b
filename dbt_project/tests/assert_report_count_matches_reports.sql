-- report_count must equal the number of distinct article URLs in fct_incident_reports.
with reports as (
    select incident_id, count(distinct url) as n from {{ ref('fct_incident_reports') }} group by incident_id
)
select i.incident_id, i.report_count, r.n
from {{ ref('fct_incidents') }} i
left join reports r using (incident_id)
where r.n is null or r.n <> i.report_count
