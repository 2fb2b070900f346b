"""Daily Sitrep run: discover article URLs -> fetch and land raw -> dbt build -> publish the serving copy.

Each run owns one data interval (a UTC day). Tasks that write the DuckDB warehouse share the 1-slot `duckdb`
pool, and `max_active_runs=1` keeps backfills from overlapping, because DuckDB allows one writer per file.
Imports of sitrep happen inside tasks so parsing this file stays fast.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import dag, task
from airflow.timetables.interval import CronDataIntervalTimetable

DUCKDB_POOL = "duckdb"

default_args = {
    "owner": "sitrep",
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(hours=2),
}


@dag(
    dag_id="sitrep_daily",
    # A cron *data interval* timetable: each run covers the previous day ("@daily" would give a zero-length interval).
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2020, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["sitrep"],
    doc_md=__doc__,
)
def sitrep_daily():
    @task
    def discover(data_interval_start=None, data_interval_end=None) -> dict:
        from sitrep import pipeline
        from sitrep.settings import Settings

        return pipeline.discover(Settings.from_env(), data_interval_start, data_interval_end)

    @task(pool=DUCKDB_POOL)
    def fetch_and_land(candidates: dict, run_id=None) -> dict:
        from sitrep import pipeline
        from sitrep.settings import Settings

        return pipeline.land(Settings.from_env(), candidates, run_id)

    @task(pool=DUCKDB_POOL)
    def dbt_build() -> None:
        from sitrep import pipeline
        from sitrep.settings import Settings

        pipeline.build(Settings.from_env())

    @task(pool=DUCKDB_POOL)
    def publish(data_interval_end=None) -> str:
        from sitrep import pipeline
        from sitrep.settings import Settings

        return pipeline.publish(Settings.from_env(), as_of=data_interval_end.isoformat())

    @task
    def check_sources(landing_report: dict) -> None:
        from sitrep import pipeline

        pipeline.check_sources(landing_report)

    landed = fetch_and_land(discover())
    published = publish()
    landed >> dbt_build() >> published >> check_sources(landed)


sitrep_daily()
