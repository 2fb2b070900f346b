"""A real cluster on this machine (issue 18): Airflow's CeleryExecutor, Redis as the broker, two Celery workers.

The test starts a throw-away PostgreSQL (metadata database) and Redis (broker), both Debian packages installed by
scripts/install_postgres.sh and scripts/install_redis.sh, on loopback ports; then the api-server, dag-processor,
scheduler and two `airflow celery worker` processes (concurrency 1 each) with SITREP_EXTRACTION=sharded. It runs the
full-refresh DAG over a landed synthetic corpus, and as soon as a shard task is running kills the whole worker that
runs it (SIGKILL to its process group: no clean-up, as a lost machine). The scheduler must find the task dead, retry
it on the surviving worker, and the run must succeed with marts equal to the single-process (local) build of the
same warehouse, every article extracted exactly once.

Size: SITREP_CLUSTER_ARTICLES (default 400) keeps `make test` short; `make bench-cluster` runs it on 10k and prints
the timings.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sharded_fixtures import generate_corpus, land, tables  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
AIRFLOW = str(BIN / "airflow")
ARTICLES = int(os.environ.get("SITREP_CLUSTER_ARTICLES", "400"))
SHARDS = int(os.environ.get("SITREP_CLUSTER_SHARDS", "4"))
WAIT_FOR_RUN = 30 * 60  # bounds a hang only


def _tail(path: Path, n: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return f"({path} missing)"


def _task_logs(home: Path, n: int = 6) -> str:
    logs = sorted((home / "logs").rglob("*.log"), key=lambda p: p.stat().st_mtime)
    return "\n".join(f"--- {p.relative_to(home)}\n{_tail(p, 30)}" for p in logs[-n:])


def _stop(procs):
    for proc, _log in procs:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for proc, _log in procs:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def test_full_refresh_on_two_celery_workers_survives_a_killed_worker(postgres, redis_url, tmp_path):
    import psycopg2

    from sitrep import pipeline
    from sitrep.extract import sharded as sharded_extract
    from sitrep.extract import EXTRACTOR_VERSION
    from sitrep.settings import Settings

    timings: dict[str, float] = {"articles": ARTICLES, "shards": SHARDS}
    corpus, data, home = tmp_path / "corpus", tmp_path / "data", tmp_path / "airflow"
    data.mkdir()
    home.mkdir()
    generate_corpus(corpus, ARTICLES, per_day=max(1, ARTICLES // 2), increment=0)
    first, last = manifest_days_base(corpus)
    base = replace(Settings.from_env(), warehouse=data / "sitrep.duckdb", serving=data / "serving" / "sitrep.duckdb",
                   extraction="local")
    land(base, corpus, "docs", first, last)
    # The single-process reference: the same landed warehouse, built locally.
    reference = replace(base, warehouse=tmp_path / "reference.duckdb")
    shutil.copy(base.warehouse, reference.warehouse)
    t = time.monotonic()
    pipeline.build(reference, full_refresh=True)
    timings["local_full_refresh_s"] = round(time.monotonic() - t, 1)

    api_port = _free_port()
    shards_dir = tmp_path / "shards"
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": postgres,
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": redis_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + postgres,
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API_AUTH__JWT_SECRET": "cluster-test-jwt-secret-not-for-production-0123456789",
        "AIRFLOW__API__SECRET_KEY": "cluster-test-secret-key",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
        # A killed worker stops heartbeating its task: found dead after 20 s (default 5 min), then retried.
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "20",
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
        "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
        "AIRFLOW__COSMOS__CACHE_DIR": str(tmp_path / "cosmos"),
        "SITREP_WAREHOUSE": str(base.warehouse),
        "SITREP_SERVING": str(base.serving),
        "SITREP_DBT_PROJECT_DIR": str(REPO / "dbt_project"),
        "SITREP_EXTRACTION": "sharded",
        "SITREP_SHARDS": str(shards_dir),
        "SITREP_SHARD_COUNT": str(SHARDS),
        "SITREP_EXTRACT_WORKERS": "1",  # one Celery slot per core: a shard task uses one process
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=600)
    assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]
    subprocess.run([AIRFLOW, "pools", "set", "duckdb", "1", "DuckDB writer"], env=env, check=True,
                   capture_output=True, timeout=120)

    pg_url = postgres.replace("postgresql+psycopg2", "postgresql")

    def query(sql: str, *args):
        with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall()

    procs: list[tuple[subprocess.Popen, Path]] = []
    workers: dict[int, str] = {}
    killed: dict = {}
    try:
        components = [["api-server", "--port", str(api_port)], ["dag-processor"], ["scheduler"],
                      ["celery", "worker", "--celery-hostname", "worker1@%h", "--skip-serve-logs", "-c", "1"],
                      ["celery", "worker", "--celery-hostname", "worker2@%h", "--skip-serve-logs", "-c", "1"]]
        for component in components:
            name = component[3].split("@")[0] if component[0] == "celery" else component[0]
            log = tmp_path / f"{name}.log"
            proc = subprocess.Popen([AIRFLOW, *component], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                                    start_new_session=True)
            procs.append((proc, log))
            if component[0] == "celery":
                workers[proc.pid] = name
        dag_id = "sitrep_dbt_full_refresh"
        deadline = time.monotonic() + 300
        while True:  # the dag-processor serialises the DAG (created paused) before it can be unpaused
            row = query("select is_paused from dag where dag_id = %s", dag_id)
            if row and row[0][0] is False:
                break
            if row:
                subprocess.run([AIRFLOW, "dags", "unpause", dag_id], env=env, capture_output=True, timeout=120)
            assert time.monotonic() < deadline, "the DAG never appeared unpaused:\n" + _tail(procs[1][1])
            time.sleep(2)
        trigger = subprocess.run([AIRFLOW, "dags", "trigger", dag_id], env=env, capture_output=True, text=True,
                                 timeout=120)
        assert trigger.returncode == 0, trigger.stdout[-2000:] + trigger.stderr[-2000:]
        started = time.monotonic()

        deadline = started + WAIT_FOR_RUN
        state = None
        while time.monotonic() < deadline:
            if not killed:
                running = query("select map_index, pid, try_number, start_date from task_instance "
                                "where dag_id = %s and task_id = 'extract_shard' and state = 'running' "
                                "and pid is not null", dag_id)
                for map_index, pid, try_number, _start in running:
                    group = _worker_of(pid, workers)
                    if group is None:
                        continue
                    target = Path(sharded_extract.output_dir(str(shards_dir), EXTRACTOR_VERSION)) / \
                        sharded_extract.shard_name(map_index, SHARDS)
                    published_before = target.exists()
                    os.killpg(group, signal.SIGKILL)  # the whole worker, as a lost machine: no clean-up
                    killed = {"map_index": map_index, "worker": workers[group], "try": try_number,
                              "published_before_kill": published_before,
                              "after_s": round(time.monotonic() - started, 1)}
                    break
            rows = query("select state from dag_run where dag_id = %s", dag_id)
            state = rows[0][0] if rows else None
            if state in ("success", "failed"):
                break
            for proc, log in procs:
                if proc.pid not in workers or workers[proc.pid] != killed.get("worker"):
                    assert proc.poll() is None, f"{log.stem} exited:\n{_tail(log)}"
            time.sleep(0.2 if not killed else 2)
        timings["cluster_full_refresh_s"] = round(time.monotonic() - started, 1)
        tis = query("select task_id, map_index, state, try_number from task_instance where dag_id = %s "
                    "order by task_id, map_index", dag_id)
        assert state == "success", (f"run {state}: {tis}\n{_task_logs(home)}\n{_tail(procs[2][1])}")
    finally:
        _stop(procs)

    print("cluster test:", json.dumps({**timings, "killed": killed}))
    assert killed, "no shard task was ever seen running"
    assert not killed["published_before_kill"], f"the worker was killed after its shard was written: {killed}"
    shard_tis = {m: (s, t) for task_id, m, s, t in tis if task_id == "extract_shard"}
    assert sorted(shard_tis) == list(range(SHARDS))
    assert all(s == "success" for s, _ in shard_tis.values()), shard_tis
    assert shard_tis[killed["map_index"]][1] > killed["try"], "the killed shard was not retried"

    # Every article once, in exactly one file per shard; no staging file left by the killed try counts.
    files = sorted(Path(sharded_extract.output_dir(str(shards_dir), EXTRACTOR_VERSION)).glob("*.parquet"))
    assert [f.name for f in files] == [sharded_extract.shard_name(i, SHARDS) for i in range(SHARDS)]
    ids = [r[0] for r in duckdb.connect().execute(
        f"select article_id from read_parquet({[str(f) for f in files]})").fetchall()]
    assert len(ids) == len(set(ids))
    conn = duckdb.connect(str(base.warehouse), read_only=True)
    try:
        texts = conn.execute("select count(*) from intermediate.int_article_texts where text is not null"
                             ).fetchone()[0]
        extracted = conn.execute("select count(*), count(distinct article_id) from "
                                 "intermediate.int_article_incidents").fetchone()
    finally:
        conn.close()
    assert len(ids) == texts == extracted[0] == extracted[1]
    marts = tables(base.warehouse, "marts")
    assert marts["fct_incidents"], "the corpus should yield incidents"
    assert marts == tables(reference.warehouse, "marts")
    assert base.serving.exists(), "publish did not run"


def _worker_of(pid: int, workers: dict[int, str]) -> int | None:
    """The worker (its process-group leader) whose process tree runs `pid`."""
    import psutil

    for leader in workers:
        try:
            tree = {p.pid for p in psutil.Process(leader).children(recursive=True)}
        except psutil.NoSuchProcess:
            continue
        if pid in tree:
            return leader
    return None


def manifest_days_base(corpus: Path):
    m = json.loads((corpus / "manifest.json").read_text())
    from datetime import date

    return date.fromisoformat(m["days"][0]), date.fromisoformat(m["days"][-1])


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
