"""Scheduled for real (issue 16): Airflow's scheduler, dag-processor and api-server, on a PostgreSQL metadata
database as in production, run sitrep_daily by its schedule; every other test uses `airflow dags test`.

The test starts a throw-away PostgreSQL cluster (Debian's packages, installed by scripts/install_postgres.sh) on a
loopback port, serves the sample site, starts the three Airflow components with the LocalExecutor, unpauses the DAG
with its start date two days back and catch-up on, and waits until both scheduled runs (the day before yesterday
and yesterday) have published. Slow by nature (a few minutes): it is the only test of the real scheduling path.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest

from sitrep.sample_server import SOURCES_FILE, serve_sample_site

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
AIRFLOW = str(BIN / "airflow")
WAIT_FOR_RUNS = 25 * 60  # generous: two runs normally finish in a few minutes; this only bounds a hang


def _required() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _unavailable(reason: str):
    if _required():
        pytest.fail(f"{reason}, and CI is set (scripts/install_postgres.sh installs it)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres():
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdbs:
        _unavailable("PostgreSQL server not installed")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        _unavailable("psycopg2 not installed (requirements-test.txt)")
    pg_bin = Path(initdbs[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use the account Debian's package created
        as_postgres = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    subprocess.run([*as_postgres, str(pg_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
    subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-l", str(root / "postgres.log"), "-w",
                    "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([str(pg_bin / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c",
                        "create database airflow"], check=True, capture_output=True)
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/airflow"
    finally:
        subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _tail(path: Path, n: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return f"({path} missing)"


def _task_logs(home: Path) -> str:
    logs = sorted((home / "logs").rglob("*.log"), key=lambda p: p.stat().st_mtime)
    return "\n".join(f"--- {p.relative_to(home)}\n{_tail(p, 30)}" for p in logs[-4:])


def test_scheduler_runs_both_scheduled_days_and_publishes(postgres, tmp_path):
    import psycopg2

    home, data = tmp_path / "airflow", tmp_path / "data"
    home.mkdir()
    api_port = _free_port()
    # Should midnight UTC pass during the test, a third run becomes due: only the first two are checked.
    today = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=2)
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": postgres,
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API_AUTH__JWT_SECRET": "scheduler-test-jwt-secret-not-for-production-0123456789",
        "AIRFLOW__API__SECRET_KEY": "scheduler-test-secret-key",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
        "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
        "AIRFLOW__COSMOS__CACHE_DIR": str(tmp_path / "cosmos"),
        "SITREP_WAREHOUSE": str(data / "sitrep.duckdb"),
        "SITREP_SERVING": str(data / "serving" / "sitrep.duckdb"),
        "SITREP_DBT_PROJECT_DIR": str(REPO / "dbt_project"),
        "SITREP_SOURCES": str(SOURCES_FILE),
        "SITREP_DAG_START_DATE": start.date().isoformat(),
        "SITREP_DAG_CATCHUP": "true",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=600)
    assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]
    subprocess.run([AIRFLOW, "pools", "set", "duckdb", "1", "DuckDB writer"], env=env, check=True,
                   capture_output=True, timeout=120)

    procs: list[tuple[subprocess.Popen, Path]] = []
    with serve_sample_site() as base_url:
        env["SITREP_SAMPLE_BASE_URL"] = base_url
        try:
            for component in (["api-server", "--port", str(api_port)], ["dag-processor"], ["scheduler"]):
                log = tmp_path / f"{component[0]}.log"
                procs.append((subprocess.Popen([AIRFLOW, *component], env=env, stdout=log.open("w"),
                                               stderr=subprocess.STDOUT, start_new_session=True), log))
            pg_url = postgres.replace("postgresql+psycopg2", "postgresql")
            deadline = time.monotonic() + 300
            while True:  # the dag-processor has to serialise the DAG (created paused) before it can be unpaused
                with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
                    cur.execute("select is_paused from dag where dag_id = 'sitrep_daily'")
                    row = cur.fetchone()
                if row is not None and row[0] is False:  # checked in the DB: the CLI also exits 0 for no DAG
                    break
                if row is not None:
                    subprocess.run([AIRFLOW, "dags", "unpause", "sitrep_daily"], env=env, capture_output=True,
                                   timeout=120)
                assert time.monotonic() < deadline, "sitrep_daily never appeared unpaused:\n" + _tail(procs[1][1])
                time.sleep(3)

            deadline = time.monotonic() + WAIT_FOR_RUNS
            runs: list = []
            while time.monotonic() < deadline:
                with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
                    cur.execute("select run_id, run_type, state, data_interval_end from dag_run "
                                "where dag_id = 'sitrep_daily' order by data_interval_end")
                    runs = cur.fetchall()
                assert not [r for r in runs if r[2] == "failed"], (
                    f"a run failed: {runs}\n{_task_logs(home)}\n{_tail(procs[2][1])}")
                if len(runs) >= 2 and all(r[2] == "success" for r in runs[:2]):
                    break
                for proc, log in procs:
                    assert proc.poll() is None, f"{log.stem} exited:\n{_tail(log)}"
                time.sleep(5)
            else:
                pytest.fail(f"runs not done in {WAIT_FOR_RUNS}s: {runs}\n{_task_logs(home)}\n{_tail(procs[2][1])}")
        finally:
            for proc, _log in procs:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
            for proc, _log in procs:
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=30)

    assert [r[1] for r in runs[:2]] == ["scheduled", "scheduled"]
    ends = [r[3].astimezone(timezone.utc) for r in runs[:2]]
    assert ends == [today - timedelta(days=1), today], ends
    conn = duckdb.connect(env["SITREP_SERVING"], read_only=True)
    try:
        as_of = conn.execute("select as_of from meta.publication").fetchone()[0]
    finally:
        conn.close()
    # The later run published last (or a third one, had midnight passed meanwhile).
    assert as_of[:10] in (today.date().isoformat(), (today + timedelta(days=1)).date().isoformat()), as_of
