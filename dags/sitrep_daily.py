"""Daily Sitrep run: discover article URLs -> fetch and land raw -> dbt build -> publish the serving copy.

Each run owns one data interval (a UTC day). Tasks that write the DuckDB warehouse share the 1-slot `duckdb`
pool, and `max_active_runs=1` keeps backfills from overlapping, because DuckDB allows one writer per file.
Imports of sitrep happen inside tasks so parsing this file stays fast.

Params (Trigger DAG w/ config): `sources` (a sources YAML inside the container, default $SITREP_SOURCES) and
`full_refresh` (rebuild the incremental models from raw). `publish` updates the Asset `sitrep_serving`, so
downstream DAGs can run whenever a new copy is published. A failed task calls sitrep.operations.on_failure (set
SITREP_ALERT_COMMAND to be told); `source_freshness` warns the same way when raw data is getting stale.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task
from airflow.timetables.interval import CronDataIntervalTimetable

from sitrep.operations import on_failure, serving_asset

DUCKDB_POOL = "duckdb"
# A deployment (or the scheduler test) can start the schedule elsewhere and catch up on the days since.
START_DATE = pendulum.parse(os.environ.get("SITREP_DAG_START_DATE", "2020-01-01"), tz="UTC")
CATCHUP = os.environ.get("SITREP_DAG_CATCHUP", "false").strip().lower() in ("1", "true", "yes")
# First retry delay (doubling after each try, at most 10 min); the scheduler test shortens it.
RETRY_DELAY = timedelta(seconds=float(os.environ.get("SITREP_DAG_RETRY_DELAY_SECONDS", "30")))

default_args = {
    "owner": "sitrep",
    "retries": 2,
    "retry_delay": RETRY_DELAY,
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(hours=2),
    "on_failure_callback": on_failure,
}


def _settings(params: dict | None):
    from dataclasses import replace
    from pathlib import Path

    from sitrep.settings import Settings

    settings = Settings.from_env()
    sources = (params or {}).get("sources")
    return replace(settings, sources=Path(sources).expanduser().resolve()) if sources else settings


@dag(
    dag_id="sitrep_daily",
    # A cron *data interval* timetable: each run covers the previous day ("@daily" would give a zero-length interval).
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=START_DATE,
    catchup=CATCHUP,
    max_active_runs=1,
    default_args=default_args,
    params={
        "sources": Param(None, type=["null", "string"],
                         description="sources YAML path inside the workers (default: $SITREP_SOURCES)"),
        "full_refresh": Param(False, type="boolean", description="dbt build --full-refresh"),
    },
    tags=["sitrep"],
    doc_md=__doc__,
)
def sitrep_daily():
    @task
    def discover(data_interval_start=None, data_interval_end=None, run_id=None, params=None) -> dict:
        from sitrep import pipeline

        # XCom carries a reference, not the URLs: those may hold credentials (see pipeline.stash_candidates).
        settings = _settings(params)
        found = pipeline.discover(settings, data_interval_start, data_interval_end)
        return pipeline.stash_candidates(settings, found, run_id)

    @task(pool=DUCKDB_POOL)
    def fetch_and_land(candidates: dict, run_id=None, params=None) -> dict:
        from sitrep import pipeline

        return pipeline.land(_settings(params), candidates, run_id)

    @task(pool=DUCKDB_POOL)
    def dbt_build(params=None) -> None:
        from sitrep import pipeline

        pipeline.build(_settings(params), full_refresh=bool((params or {}).get("full_refresh")))

    @task(pool=DUCKDB_POOL, outlets=[serving_asset()])
    def publish(data_interval_end=None, params=None) -> str:
        from sitrep import pipeline

        return pipeline.publish(_settings(params), as_of=data_interval_end.isoformat())

    @task(pool=DUCKDB_POOL)
    def source_freshness(params=None) -> dict:
        from sitrep.operations import source_freshness as check

        return check(_settings(params))

    @task
    def check_sources(landing_report: dict) -> None:
        from sitrep import pipeline

        pipeline.check_sources(landing_report)

    landed = fetch_and_land(discover())
    published = publish()
    landed >> dbt_build() >> published >> [check_sources(landed), source_freshness()]


sitrep_daily()
