-- report_count must equal the number of distinct article URLs in fct_incident_reports.
-- A daily run checks the incidents it changed (macros/test_scope.sql), a full refresh all of them.
{% set scoped = not sitrep_test_everything() %}
with reports as (
    select incident_id, count(distinct url) as n from {{ ref('fct_incident_reports') }}
    {% if scoped %} where incident_id in {{ sitrep_run_changed_incidents() }} {% endif %}
    group by incident_id
)
select i.incident_id, i.report_count, r.n
from {{ ref('fct_incidents') }} i
left join reports r using (incident_id)
where (r.n is null or r.n <> i.report_count)
{% if scoped %} and i.incident_id in {{ sitrep_run_changed_incidents() }} {% endif %}
