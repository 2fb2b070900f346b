"""The daily run, step by step: discover -> fetch and land -> dbt build -> publish.

The Airflow DAG calls each step from its own task; `sitrep run` calls them in sequence. One code path for both.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sitrep.settings import Settings

log = logging.getLogger(__name__)


class DbtBuildFailed(RuntimeError):
    pass


class SourcesUnreachable(RuntimeError):
    pass


def day_interval(day: date) -> tuple[datetime, datetime]:
    """The data interval of the daily run for `day`: that UTC calendar day, as the DAG's cron interval."""
    start = datetime.combine(day, time(0), tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def discover(settings: Settings, start: datetime, end: datetime) -> dict:
    from sitrep.acquisition import discover_candidates

    return discover_candidates(settings.sources, start, end)


def land(settings: Settings, candidates: dict, run_id: str) -> dict:
    """Fetch and land; a source that stayed unreachable is reported, not raised, so the rest still gets built."""
    from sitrep.acquisition import SourceUnreachable, fetch_and_land

    try:
        return fetch_and_land(candidates, settings.warehouse, run_id, settings.sources)
    except SourceUnreachable as exc:
        report = dict(getattr(exc, "report", None) or {})
        report.setdefault("unreachable_sources", [str(exc)])
        return report


def dbt_env(settings: Settings) -> dict[str, str]:
    return {**os.environ, "SITREP_WAREHOUSE": str(settings.warehouse), "DBT_PROFILES_DIR": str(settings.dbt_profiles_dir)}


def build(settings: Settings, *, full_refresh: bool = False) -> None:
    """`dbt build` (seeds, models, tests) in a child process: dbt's global state stays out of the worker."""
    dbt = Path(sys.executable).with_name("dbt")
    args = [str(dbt), "build", "--project-dir", str(settings.dbt_project_dir),
            "--profiles-dir", str(settings.dbt_profiles_dir)]
    if full_refresh:
        args.append("--full-refresh")
    proc = subprocess.run(args, env=dbt_env(settings), cwd=settings.dbt_project_dir, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    log.info("dbt build output:\n%s", proc.stdout)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise DbtBuildFailed(f"dbt build failed (exit {proc.returncode}); nothing was published.\n{tail}")


def publish(settings: Settings, *, as_of: str) -> str:
    from sitrep.publish import publish as publish_copy

    return str(publish_copy(settings.warehouse, settings.serving, as_of=as_of))


def check_sources(landing_report: dict) -> None:
    """Fail loudly, after everything else was built, when a whole source was unreachable."""
    unreachable = landing_report.get("unreachable_sources") or []
    if unreachable:
        raise SourcesUnreachable(f"unreachable for the whole retry budget: {', '.join(map(str, unreachable))}")


def run_day(day: date, settings: Settings | None = None, *, full_refresh: bool = False) -> dict:
    settings = settings or Settings.from_env()
    start, end = day_interval(day)
    run_id = f"sitrep_run__{day.isoformat()}"
    candidates = discover(settings, start, end)
    report = land(settings, candidates, run_id)
    build(settings, full_refresh=full_refresh)
    serving = publish(settings, as_of=end.isoformat())
    check_sources(report)
    return {"day": day.isoformat(), "landing": report, "serving": serving}
