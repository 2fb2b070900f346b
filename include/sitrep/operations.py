"""Operating the pipeline under Airflow: the Asset on the published copy, the failure alert hook and the source
freshness check. Airflow is imported lazily, so `sitrep` itself still runs without it.

Alerting is a hook, not a product: set SITREP_ALERT_COMMAND to any command (a mail or chat CLI, a script posting to
your on-call tool). It is run with the alert as JSON on stdin and as SITREP_ALERT_* environment variables; a
failing or slow hook is logged and never fails the task it reports on.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sitrep.acquire.redact import redact_text
from sitrep.settings import Settings

log = logging.getLogger(__name__)
SERVING_ASSET_NAME = "sitrep_serving"
ALERT_TIMEOUT = 60


def serving_asset():
    """The published serving copy as an Airflow Asset: downstream DAGs can use `schedule=[serving_asset()]`."""
    from airflow.sdk import Asset

    serving = Settings.from_env().serving
    # A MotherDuck database has no file URI: the asset is named by its md: path.
    uri = f"motherduck://{serving[3:]}" if isinstance(serving, str) else serving.as_uri()
    return Asset(name=SERVING_ASSET_NAME, uri=uri, group="sitrep")


def send_alert(alert: dict[str, Any]) -> bool:
    """Log the alert and hand it to SITREP_ALERT_COMMAND when set. True when a hook ran and succeeded."""
    alert = {k: redact_text(str(v)) if v is not None else None for k, v in alert.items()}
    log.error("sitrep alert: %s", json.dumps(alert, sort_keys=True))
    command = os.environ.get("SITREP_ALERT_COMMAND", "").strip()
    if not command:
        return False
    env = {**os.environ, **{f"SITREP_ALERT_{k.upper()}": "" if v is None else v for k, v in alert.items()}}
    try:
        proc = subprocess.run(shlex.split(command), input=json.dumps(alert), text=True, env=env,
                              capture_output=True, timeout=ALERT_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.error("SITREP_ALERT_COMMAND could not run: %s", exc)
        return False
    if proc.returncode != 0:
        log.error("SITREP_ALERT_COMMAND exited %s: %s", proc.returncode, proc.stderr[-500:])
        return False
    return True


def on_failure(context: dict) -> None:
    """Airflow on_failure_callback: one alert per failed task try (after its retries ran out)."""
    ti = context.get("task_instance") or context.get("ti")
    dag_run = context.get("dag_run")
    send_alert({
        "kind": "task_failed",
        "dag_id": getattr(ti, "dag_id", None) or getattr(context.get("dag"), "dag_id", None),
        "task_id": getattr(ti, "task_id", None),
        "run_id": getattr(ti, "run_id", None) or getattr(dag_run, "run_id", None),
        "try_number": getattr(ti, "try_number", None),
        "error": f"{type(context['exception']).__name__}: {context['exception']}"[:1000]
        if context.get("exception") is not None else None,
    })


def source_freshness(settings: Settings) -> dict:
    """`dbt source freshness` on raw.articles (thresholds in models/staging/_sources.yml). Stale sources are
    warned about (log + alert hook), never raised: a quiet news day must not fail the DAG. Returns
    {"stale": [...], "results": [{"source", "status", "age_hours"}]}."""
    from sitrep.warehouse.child_process import guarded
    from sitrep.pipeline import dbt_env

    dbt = Path(sys.executable).with_name("dbt")
    with tempfile.TemporaryDirectory(prefix="sitrep-freshness-") as tmp:
        out = Path(tmp) / "sources.json"
        proc = subprocess.run(  # guarded: dbt dies with the task, never holding the warehouse lock after it
            guarded([str(dbt), "source", "freshness", "--project-dir", str(settings.dbt_project_dir),
                     "--profiles-dir", str(settings.dbt_profiles_dir), "--output", str(out)]),
            env=dbt_env(settings), cwd=settings.dbt_project_dir, text=True, capture_output=True)
        for line in proc.stdout.splitlines():
            log.info("dbt: %s", line)
        if not out.exists():  # dbt could not even run: that is a real failure
            raise RuntimeError(f"dbt source freshness failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}")
        data = json.loads(out.read_text())
    results = []
    for res in data.get("results", []):
        age = res.get("max_loaded_at_time_ago_in_s")
        if age is not None and age > 50 * 365 * 86400:  # an empty table: dbt measures from the epoch
            age = None
        results.append({"source": res.get("unique_id", "?").removeprefix("source.sitrep."),
                        "status": res.get("status"), "age_hours": round(age / 3600, 1) if age is not None else None})
    stale = [r for r in results if r["status"] != "pass"]
    for r in stale:
        log.warning("stale source %s: status %s, newest row %s", r["source"], r["status"],
                    "missing (no rows)" if r["age_hours"] is None else f"{r['age_hours']} hours old")
        send_alert({"kind": "stale_source", "source": r["source"], "status": r["status"],
                    "age_hours": r["age_hours"]})
    return {"stale": [r["source"] for r in stale], "results": results}
