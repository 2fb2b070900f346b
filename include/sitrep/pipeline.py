"""The daily run, step by step: discover -> fetch and land -> dbt build -> publish.

The Airflow DAG calls each step from its own task; `sitrep run` calls them in sequence. One code path for both.
"""

from __future__ import annotations

import collections
import logging
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable

from sitrep.settings import Settings

log = logging.getLogger(__name__)


class DbtBuildFailed(RuntimeError):
    pass


class SourcesUnreachable(RuntimeError):
    pass


class NothingFetched(SourcesUnreachable):
    """Every candidate and every source failed: a run that produced nothing must not look like a quiet day."""


def day_interval(day: date) -> tuple[datetime, datetime]:
    """The data interval of the daily run for `day`: that UTC calendar day, as the DAG's cron interval."""
    start = datetime.combine(day, time(0), tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def discover(settings: Settings, start: datetime, end: datetime) -> dict:
    from sitrep.acquire.acquisition import discover_candidates

    return discover_candidates(settings.sources, start, end)


def stash_candidates(settings: Settings, candidates: dict, run_id: str) -> dict:
    """Keep discovered candidates out of Airflow's metadata DB: their URLs may carry credentials (a feed link with
    ?api_key=...), which must be fetched as given but never stored. They go to a file beside the warehouse,
    readable by its owner only; XCom gets this reference and the counts. `land` reads and then removes it."""
    import json
    import re

    folder = settings.warehouse.parent / "candidates"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^A-Za-z0-9_.-]", "_", run_id) + ".json")
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(candidates, fh, default=str)
    os.replace(tmp, path)
    return {"candidates_file": str(path), "candidates": len(candidates.get("candidates") or []),
            "failures": len(candidates.get("failures") or []), "window": candidates.get("window")}


def land(settings: Settings, candidates: dict, run_id: str,
         progress: Callable[[int, int], None] | None = None) -> dict:
    """Fetch and land; a source that stayed unreachable is reported, not raised, so the rest still gets built.
    `candidates` is what `discover` returned, or the reference `stash_candidates` made of it."""
    from sitrep.acquire.acquisition import SourceUnreachable, fetch_and_land
    from sitrep.acquire.scrub import scrub_once

    # Once, after an upgrade: rows stored before URL secrets were stripped are scrubbed in every layer, so this
    # run's build and publication come out clean too.
    scrub_once(settings.warehouse)
    stash = None
    if isinstance(candidates, dict) and candidates.get("candidates_file"):
        import json

        stash = Path(candidates["candidates_file"])
        if not stash.exists():
            raise FileNotFoundError(f"{stash} is gone (removed after a successful landing): clear `discover` too")
        candidates = json.loads(stash.read_text(encoding="utf-8"))
    try:
        report = fetch_and_land(candidates, settings.warehouse, run_id, settings.sources, progress=progress)
    except SourceUnreachable as exc:
        report = dict(getattr(exc, "report", None) or {})
        report.setdefault("unreachable_sources", [str(exc)])
    if stash is not None:  # landed; a failed landing keeps the file for the task's retry
        stash.unlink(missing_ok=True)
    return report


def dbt_env(settings: Settings) -> dict[str, str]:
    return {**os.environ, "SITREP_WAREHOUSE": str(settings.warehouse), "DBT_PROFILES_DIR": str(settings.dbt_profiles_dir),
            "SITREP_EXTRACTION": settings.extraction, "SITREP_SHARDS": settings.shards}


# With sharded extraction, dbt builds in two steps around the shard stage: the texts, then everything after them.
TEXTS_SELECTOR = "+int_article_texts"


def dbt_pidfile(settings: Settings) -> Path:
    return settings.warehouse.with_name(settings.warehouse.name + ".dbt.pid")


def build(settings: Settings, *, full_refresh: bool = False, echo: Callable[[str], None] | None = None) -> None:
    """`dbt build` (seeds, models, tests) in a child process: dbt's global state stays out of the worker.

    dbt's output is streamed line by line as it runs (to the log, and to `echo` when given): a full refresh can
    take an hour and must not look hung. With SITREP_EXTRACTION=sharded the shards are extracted here, one after
    the other (the full-refresh DAG spreads them over workers instead: sitrep.extract.sharded)."""
    if settings.extraction != "sharded":
        return dbt_build(settings, full_refresh=full_refresh, echo=echo)
    from sitrep.extract import sharded as sharded_extract

    dbt_build(settings, full_refresh=full_refresh, echo=echo, select=TEXTS_SELECTOR)
    sharded_extract.run_all(settings, full_refresh=full_refresh)
    dbt_build(settings, full_refresh=full_refresh, echo=echo, exclude=TEXTS_SELECTOR)


def dbt_build(settings: Settings, *, full_refresh: bool = False, echo: Callable[[str], None] | None = None,
              select: str | None = None, exclude: str | None = None) -> None:
    """One `dbt build`. dbt dies with this process, and a dbt left running by a killed earlier attempt is
    stopped first (sitrep.warehouse.child_process): a retry never waits on, or races, a ghost holding the lock."""
    from sitrep.warehouse import child_process

    dbt = Path(sys.executable).with_name("dbt")
    args = [str(dbt), "build", "--project-dir", str(settings.dbt_project_dir),
            "--profiles-dir", str(settings.dbt_profiles_dir)]
    if full_refresh:
        args.append("--full-refresh")
    if select:
        # cautious: a test that also reads a model outside the selection (a relationship) waits for that model
        args += ["--select", select, "--indirect-selection", "cautious"]
    if exclude:
        args += ["--exclude", exclude]
    pidfile = dbt_pidfile(settings)
    pidfile.parent.mkdir(parents=True, exist_ok=True)
    child_process.stop_stale(pidfile, log=log)
    tail: collections.deque[str] = collections.deque(maxlen=40)
    with subprocess.Popen(child_process.guarded(args), env={**dbt_env(settings), "PYTHONUNBUFFERED": "1"},
                          cwd=settings.dbt_project_dir, text=True, errors="replace", stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, bufsize=1) as proc:
        child_process.record(pidfile, proc.pid)
        try:
            for line in proc.stdout:
                line = line.rstrip("\n")
                tail.append(line)
                log.info("dbt: %s", line)
                if echo is not None:
                    echo(line)
            returncode = proc.wait()
        except BaseException:  # interrupted, timed out: stop dbt rather than wait for it to finish
            proc.kill()
            proc.wait()
            raise
        finally:
            child_process.forget(pidfile, proc.pid)
    if returncode != 0:
        raise DbtBuildFailed(f"dbt build failed (exit {returncode}); nothing was published.\n" + "\n".join(tail))


def publish(settings: Settings, *, as_of: str) -> str:
    from sitrep.warehouse import motherduck
    from sitrep.warehouse.publish import publish as publish_copy

    if motherduck.is_motherduck(settings.serving):
        return motherduck.publish(settings.warehouse, settings.serving, as_of=as_of)
    return str(publish_copy(settings.warehouse, settings.serving, as_of=as_of))


def check_sources(landing_report: dict) -> None:
    """Fail loudly, after everything else was built, when a whole source was unreachable or nothing at all could
    be fetched (every candidate and every discovery failed)."""
    unreachable = landing_report.get("unreachable_sources") or []
    if nothing_fetched(landing_report):
        raise NothingFetched(f"nothing could be fetched: {landing_report.get('failed', 0)} failure(s)"
                             + (f"; unreachable: {', '.join(map(str, unreachable))}" if unreachable else ""))
    if unreachable:
        raise SourcesUnreachable(f"unreachable for the whole retry budget: {', '.join(map(str, unreachable))}")


def nothing_fetched(landing_report: dict) -> bool:
    worked = (landing_report.get("landed") or 0) + (landing_report.get("unchanged") or 0)
    return not worked and (landing_report.get("failed") or 0) > 0


def count_incidents(settings: Settings) -> int | None:
    """Incidents in the published copy (None before the first publication)."""
    import duckdb

    from sitrep.warehouse import motherduck

    if motherduck.is_motherduck(settings.serving):
        return motherduck.count_incidents(settings.serving)
    if not settings.serving.exists():
        return None
    try:
        with duckdb.connect(str(settings.serving), read_only=True) as conn:
            return conn.execute("select count(*) from marts.fct_incidents").fetchone()[0]
    except duckdb.Error:
        return None


def run_day(day: date, settings: Settings | None = None, *, full_refresh: bool = False,
            progress=None, echo: Callable[[str], None] | None = None) -> dict:
    settings = settings or Settings.from_env()
    start, end = day_interval(day)
    run_id = f"sitrep_run__{day.isoformat()}"
    candidates = discover(settings, start, end)
    report = land(settings, candidates, run_id, progress=progress.fetching if progress else None)
    if progress:
        progress.building(f"dbt build for {day.isoformat()}")
    build(settings, full_refresh=full_refresh, echo=echo)
    serving = publish(settings, as_of=end.isoformat())
    check_sources(report)
    return {"day": day.isoformat(), "landing": report, "serving": serving}


def run_range(first: date, last: date, settings: Settings | None = None, *, full_refresh: bool = False,
              progress=None, echo: Callable[[str], None] | None = None,
              on_day: Callable[[dict], None] | None = None) -> dict:
    """A backfill: land every day of [first, last] (each day its own run id, idempotent), then build and publish
    once. Building after each day redoes the incremental models and the publication N times for nothing.
    Unreachable sources and days where nothing could be fetched are listed under "problems" (the caller decides
    the exit status); a failed build raises DbtBuildFailed and publishes nothing."""
    settings = settings or Settings.from_env()
    days = []
    day = first
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    reports, problems = [], []
    for i, day in enumerate(days, 1):
        if progress:
            progress.start_day(i, day.isoformat())
        start, end = day_interval(day)
        candidates = discover(settings, start, end)
        report = land(settings, candidates, f"sitrep_run__{day.isoformat()}",
                      progress=progress.fetching if progress else None)
        reports.append(report)
        if progress:
            progress.end_day(report.get("landed") or 0)
        if on_day:
            on_day({"day": day.isoformat(), "landing": report})
        try:
            check_sources(report)
        except SourcesUnreachable as exc:
            problems.append((day, exc))
    if progress:
        progress.building(f"dbt build for {len(days)} day(s)")
    build(settings, full_refresh=full_refresh, echo=echo)
    serving = publish(settings, as_of=day_interval(last)[1].isoformat())
    totals = {k: sum(r.get(k) or 0 for r in reports) for k in ("fetched", "landed", "unchanged", "failed")}
    summary = {"from": first.isoformat(), "to": last.isoformat(), "days": len(days), "landing": totals,
               "serving": serving, "incidents": count_incidents(settings),
               "problems": {d.isoformat(): str(e) for d, e in problems}}
    summary["nothing_fetched"] = bool(problems) and len(problems) == len(days) and all(
        isinstance(e, NothingFetched) for _, e in problems)
    if progress:
        progress.finish(summary["incidents"])
    return summary
