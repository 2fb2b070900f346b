"""Operating the DAGs (issue 16, item 6): the full refresh ends in publish, publish updates an Asset downstream
DAGs can schedule on, DAG params choose the sources file and a full refresh, every task alerts through one
failure hook, and a freshness task warns (never fails) when raw data is stale."""

from __future__ import annotations

import json
import shlex
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from sitrep import operations
from sitrep.acquire.landing import ensure_schema
from sitrep.settings import Settings

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS_DIR))


def _outlet_names(task) -> set[str]:
    return {getattr(o, "name", None) for o in task.outlets}


def test_full_refresh_dag_ends_in_publish_after_every_model(dagbag):
    dag = dagbag.dags["sitrep_dbt_full_refresh"]
    publish = dag.get_task("publish")
    assert [t.task_id for t in dag.leaves] == ["publish"]
    assert publish.pool == "duckdb" and operations.SERVING_ASSET_NAME in _outlet_names(publish)
    upstream = publish.get_flat_relative_ids(upstream=True)
    models = {t.task_id for t in dag.tasks if t.task_id.endswith(".run")}
    assert models and models <= upstream, models - upstream


def test_daily_publish_updates_the_serving_asset_and_freshness_follows(dagbag):
    dag = dagbag.dags["sitrep_daily"]
    assert operations.SERVING_ASSET_NAME in _outlet_names(dag.get_task("publish"))
    assert "publish" in dag.get_task("source_freshness").upstream_task_ids
    assert dag.get_task("source_freshness").pool == "duckdb"


def test_daily_params_choose_sources_and_full_refresh(dagbag):
    params = dagbag.dags["sitrep_daily"].params
    assert params["sources"] is None and params["full_refresh"] is False
    spec = params.get_param("full_refresh").schema
    assert spec["type"] == "boolean"


def test_every_task_alerts_through_the_failure_hook(dagbag):
    for dag_id in ("sitrep_daily", "sitrep_dbt_full_refresh"):
        for t in dagbag.dags[dag_id].tasks:
            callbacks = t.on_failure_callback
            callbacks = callbacks if isinstance(callbacks, list) else [callbacks]
            assert operations.on_failure in callbacks, f"{dag_id}.{t.task_id} has no failure alert"


def _recording_hook(tmp_path: Path, monkeypatch) -> Path:
    out = tmp_path / "alerts.jsonl"
    script = tmp_path / "hook.py"
    script.write_text("import json, os, sys\n"
                      f"with open({str(out)!r}, 'a') as fh:\n"
                      "    alert = json.load(sys.stdin)\n"
                      "    alert['env_task'] = os.environ.get('SITREP_ALERT_TASK_ID')\n"
                      "    fh.write(json.dumps(alert) + '\\n')\n")
    monkeypatch.setenv("SITREP_ALERT_COMMAND", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    return out


def test_failure_callback_runs_the_alert_command_with_the_details(tmp_path, monkeypatch):
    out = _recording_hook(tmp_path, monkeypatch)
    ti = SimpleNamespace(dag_id="sitrep_daily", task_id="fetch_and_land", run_id="scheduled__2021", try_number=3)
    operations.on_failure({"task_instance": ti,
                           "exception": RuntimeError("fetch of https://h.example/a?token=SECRET failed")})
    alert = json.loads(out.read_text())
    assert alert["kind"] == "task_failed" and alert["task_id"] == "fetch_and_land" and alert["try_number"] == "3"
    assert alert["env_task"] == "fetch_and_land"
    assert "token=REDACTED" in alert["error"] and "SECRET" not in alert["error"]


def test_a_broken_alert_command_never_fails_the_task(monkeypatch):
    monkeypatch.setenv("SITREP_ALERT_COMMAND", "/nonexistent/alert-tool --now")
    assert operations.send_alert({"kind": "task_failed"}) is False
    monkeypatch.setenv("SITREP_ALERT_COMMAND", f"{sys.executable} -c 'raise SystemExit(3)'")
    assert operations.send_alert({"kind": "task_failed"}) is False


def _warehouse_with_rows_fetched(tmp_path: Path, age: timedelta) -> Settings:
    path = tmp_path / "w.duckdb"
    conn = duckdb.connect(str(path))
    try:
        ensure_schema(conn)
        conn.execute("insert into raw.articles (article_id, url, source, fetched_at) values ('a', 'https://x', 's', ?)",
                     [datetime.now(timezone.utc).replace(tzinfo=None) - age])
    finally:
        conn.close()
    base = Settings.from_env()
    return Settings(warehouse=path, serving=tmp_path / "s.duckdb", sources=base.sources,
                    dbt_project_dir=base.dbt_project_dir, dbt_profiles_dir=base.dbt_profiles_dir)


def test_freshness_warns_and_alerts_on_stale_raw_data_without_failing(tmp_path, monkeypatch):
    out = _recording_hook(tmp_path, monkeypatch)
    report = operations.source_freshness(_warehouse_with_rows_fetched(tmp_path, timedelta(days=10)))
    assert report["stale"] == ["raw.articles"]
    assert report["results"][0]["status"] == "error" and report["results"][0]["age_hours"] >= 240
    alert = json.loads(out.read_text())
    assert alert["kind"] == "stale_source" and alert["source"] == "raw.articles"


def test_freshness_passes_quietly_on_fresh_data(tmp_path, monkeypatch):
    out = _recording_hook(tmp_path, monkeypatch)
    report = operations.source_freshness(_warehouse_with_rows_fetched(tmp_path, timedelta(hours=1)))
    assert report["stale"] == [] and report["results"][0]["status"] == "pass"
    assert not out.exists()
