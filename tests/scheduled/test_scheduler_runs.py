"""Scheduled for real (issue 16): Airflow's scheduler, dag-processor and api-server, on a PostgreSQL metadata
database as in production, run sitrep_daily by its schedule; every other test uses `airflow dags test`.

The test starts a throw-away PostgreSQL cluster (Debian's packages, installed by scripts/install_postgres.sh) on a
loopback port, serves a small news site whose feed has articles on each of the two scheduled days, starts the three
Airflow components with the LocalExecutor, unpauses the DAG with its start date two days back and catch-up on, and
waits until both scheduled runs (the day before yesterday and yesterday) have published.

On the way it kills task processes with SIGKILL, as the OOM killer or a lost worker would: the first day's
`fetch_and_land` while it is fetching, the second day's `dbt_build` while dbt is building. Airflow's retries
re-run them, and the warehouse (raw, intermediate and marts) and the serving copy must then equal those of an
uninterrupted run of the same two days (`sitrep run`, the DAG's code path): nothing duplicated, nothing
lost. Slow by nature (a few minutes): it is the only test of the real scheduling path.
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from sitrep.demo.sample_server import SITE_DIR

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


def _faultlib():
    """The fault tests' snapshot helpers (tests/faults/faultlib.py): one definition of "the same data"."""
    spec = importlib.util.spec_from_file_location("faultlib", REPO / "tests" / "faults" / "faultlib.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _NewsSite:
    """The sample site's article pages behind a feed dated on the two scheduled days (three articles each), so each
    run lands new articles. `armed` makes the first article request after it set `article_requested`."""

    def __init__(self, days: list[datetime]):
        pages = sorted((SITE_DIR / "articles").glob("*.html"))
        self.items = [(page.name, day + timedelta(hours=9 + 3 * i))
                      for d, day in enumerate(days) for i, page in enumerate(pages[3 * d:3 * d + 3])]
        self.armed = threading.Event()
        self.article_requested = threading.Event()

    def _feed(self, base: str) -> bytes:
        items = "".join(
            f"<item><title>{name[:-5].replace('-', ' ')}</title><link>{base}/articles/{name}</link>"
            f"<guid>{base}/articles/{name}</guid><pubDate>{format_datetime(when)}</pubDate></item>"
            for name, when in self.items)
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
                f"<link>{base}/</link><description>test wire</description>{items}</channel></rss>").encode()

    @contextmanager
    def serve(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                path = self.path.split("?", 1)[0]
                if path == "/feed.xml":
                    body, ctype = site._feed(base), "application/rss+xml"
                elif path == "/robots.txt":
                    body, ctype = (SITE_DIR / "robots.txt").read_bytes(), "text/plain"
                elif path.startswith("/articles/") and (SITE_DIR / path.lstrip("/")).is_file():
                    if site.armed.is_set():
                        site.article_requested.set()
                    body = (SITE_DIR / path.lstrip("/")).read_text().replace("{base_url}", base).encode()
                    ctype = "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()


def _alive(pid: int) -> bool:
    from sitrep.warehouse.child_process import _start_time

    return _start_time(pid) is not None


def _running_task_pid(cur, task_id: str, interval_end: datetime) -> int | None:
    """The pid of the task process (Airflow's task runner) of a running task instance, from the metadata DB."""
    cur.execute("select ti.pid from task_instance ti join dag_run r on r.dag_id = ti.dag_id and r.run_id = ti.run_id "
                "where ti.dag_id = 'sitrep_daily' and ti.task_id = %s and ti.state = 'running' "
                "and r.data_interval_end = %s", (task_id, interval_end))
    row = cur.fetchone()
    return row[0] if row and row[0] else None


def _kill_task(pid: int) -> None:
    """SIGKILL the task process alone (not its group): whatever it started must not outlive it on its own."""
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while _alive(pid):
        assert time.monotonic() < deadline, f"task process {pid} survived SIGKILL"
        time.sleep(0.05)


def test_scheduler_runs_both_days_and_killed_tasks_retry_to_an_uninterrupted_result(postgres, tmp_path):
    import psycopg2

    faultlib = _faultlib()
    home, data, ref = tmp_path / "airflow", tmp_path / "data", tmp_path / "reference"
    home.mkdir()
    api_port = _free_port()
    # Should midnight UTC pass during the test, a third run becomes due: only the first two are checked.
    today = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=2)
    site = _NewsSite([start, start + timedelta(days=1)])
    dbt_log = tmp_path / "dbt_logs" / "dbt.log"
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
        "SITREP_SOURCES": str(tmp_path / "sources.yml"),
        "SITREP_DAG_START_DATE": start.date().isoformat(),
        "SITREP_DAG_CATCHUP": "true",
        "SITREP_DAG_RETRY_DELAY_SECONDS": "3",  # the killed tasks' retries need not wait 30 s here
        # dbt's target/ and log of this test's own: the log shows which model dbt is building.
        "DBT_TARGET_PATH": str(tmp_path / "dbt_target"),
        "DBT_LOG_PATH": str(dbt_log.parent),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=600)
    assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]
    subprocess.run([AIRFLOW, "pools", "set", "duckdb", "1", "DuckDB writer"], env=env, check=True,
                   capture_output=True, timeout=120)

    procs: list[tuple[subprocess.Popen, Path]] = []
    kills: dict[str, dict] = {}
    with site.serve() as base_url:
        # Paced fetching (1 s between requests to the host) keeps a landing running long enough to be killed in.
        (tmp_path / "sources.yml").write_text(
            "fetch: {allow_private: ['127.0.0.1/32'], per_host_interval: 1.0, max_retries: 1}\n"
            f"sources:\n  - {{name: wire, kind: rss, url: '{base_url}/feed.xml'}}\n")
        # The reference: the same two days, uninterrupted, through the DAG's code path (land, build, publish),
        # built once for both days: incremental builds equal a full one (tests/faults/test_incremental_equals_full).
        ref_env = {**env, "SITREP_WAREHOUSE": str(ref / "sitrep.duckdb"),
                   "SITREP_SERVING": str(ref / "serving" / "sitrep.duckdb"),
                   "DBT_TARGET_PATH": str(ref / "dbt_target"), "DBT_LOG_PATH": str(ref / "dbt_logs")}
        reference = subprocess.run(
            [sys.executable, "-m", "sitrep", "run", "--date", start.date().isoformat(), "--to",
             (start + timedelta(days=1)).date().isoformat(), "--quiet-dbt"],
            env=ref_env, capture_output=True, text=True, timeout=900)
        assert reference.returncode == 0, reference.stdout[-3000:] + reference.stderr[-3000:]
        site.armed.set()

        pg = psycopg2.connect(postgres.replace("postgresql+psycopg2", "postgresql"))
        pg.autocommit = True
        cur = pg.cursor()
        try:
            for component in (["api-server", "--port", str(api_port)], ["dag-processor"], ["scheduler"]):
                log = tmp_path / f"{component[0]}.log"
                procs.append((subprocess.Popen([AIRFLOW, *component], env=env, stdout=log.open("w"),
                                               stderr=subprocess.STDOUT, start_new_session=True), log))
            deadline = time.monotonic() + 300
            while True:  # the dag-processor has to serialise the DAG (created paused) before it can be unpaused
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
            log_offset = None
            next_status = 0.0
            while time.monotonic() < deadline:
                # Day 1: kill fetch_and_land once it is fetching the articles.
                if "landing" not in kills and site.article_requested.is_set():
                    pid = _running_task_pid(cur, "fetch_and_land", start + timedelta(days=1))
                    assert pid, "an article was requested but no fetch_and_land is running"
                    _kill_task(pid)
                    with duckdb.connect(env["SITREP_WAREHOUSE"], read_only=True) as conn:
                        landed = conn.execute("select count(*) from raw.articles").fetchone()[0]
                    kills["landing"] = {"pid": pid, "landed_before_retry": landed}
                # Day 2: kill dbt_build once dbt is building the incident models on top of day 1.
                if "landing" in kills and "dbt" not in kills:
                    pid = _running_task_pid(cur, "dbt_build", today)
                    if pid and log_offset is None:
                        log_offset = dbt_log.stat().st_size if dbt_log.exists() else 0
                    pidfile = Path(env["SITREP_WAREHOUSE"] + ".dbt.pid")
                    if pid and log_offset is not None and pidfile.exists() and dbt_log.exists():
                        with dbt_log.open(errors="replace") as fh:
                            fh.seek(log_offset)
                            building = re.search(r"START python incremental model \w+\.int_article_incidents",
                                                 fh.read())
                        try:
                            info = json.loads(pidfile.read_text())
                        except (OSError, ValueError):  # replaced or removed just now: look again
                            info = {}
                        if building and info.get("owner") == pid:
                            dbt_pid = info["pid"]
                            assert _alive(dbt_pid)
                            _kill_task(pid)
                            died = time.monotonic()
                            while _alive(dbt_pid):
                                assert time.monotonic() - died < 10, "dbt outlived its killed task by 10 s"
                                time.sleep(0.05)
                            kills["dbt"] = {"pid": pid, "dbt_pid": dbt_pid}
                if time.monotonic() >= next_status:
                    next_status = time.monotonic() + 2
                    cur.execute("select run_id, run_type, state, data_interval_end from dag_run "
                                "where dag_id = 'sitrep_daily' order by data_interval_end")
                    runs = cur.fetchall()
                    assert not [r for r in runs if r[2] == "failed"], (
                        f"a run failed: {runs}\n{_task_logs(home)}\n{_tail(procs[2][1])}")
                    if len(runs) >= 2 and all(r[2] == "success" for r in runs[:2]):
                        break
                    for proc, log in procs:
                        assert proc.poll() is None, f"{log.stem} exited:\n{_tail(log)}"
                time.sleep(0.1)
            else:
                pytest.fail(f"runs not done in {WAIT_FOR_RUNS}s: {runs}\n{_task_logs(home)}\n{_tail(procs[2][1])}")
            cur.execute("select r.data_interval_end, ti.task_id, ti.state, ti.try_number from task_instance ti "
                        "join dag_run r on r.dag_id = ti.dag_id and r.run_id = ti.run_id "
                        "where ti.dag_id = 'sitrep_daily' and ti.task_id in ('fetch_and_land', 'dbt_build')")
            tries = {(end.astimezone(timezone.utc), task): (state, n) for end, task, state, n in cur.fetchall()}
        finally:
            pg.close()
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

    # Both kills happened where intended, and Airflow's retry (a second try) finished each task.
    assert set(kills) == {"landing", "dbt"}, kills
    assert tries[(ends[0], "fetch_and_land")] == ("success", 2), tries
    assert tries[(ends[1], "dbt_build")] == ("success", 2), tries
    reference_raw = faultlib.raw_keys(ref / "sitrep.duckdb")
    assert len(reference_raw) == 6 and all(r[2] for r in reference_raw), "the reference did not land 6 articles"
    assert kills["landing"]["landed_before_retry"] < len(reference_raw), "the landing kill came after it landed"

    # The warehouse after the retries equals the uninterrupted one: raw, every intermediate table, the marts.
    raw = faultlib.raw_keys(env["SITREP_WAREHOUSE"])
    assert not [k for k, n in Counter(r[0] for r in raw).items() if n > 1], "duplicate article_id in raw"
    assert raw == reference_raw
    layers = ("intermediate", "marts")
    got, want = faultlib.snapshot(env["SITREP_WAREHOUSE"], layers), faultlib.snapshot(ref / "sitrep.duckdb", layers)
    assert set(got) == set(want) and got == want
    assert want["marts.fct_incidents"], "the reference has no incidents: nothing was compared"
    assert faultlib.snapshot(env["SITREP_SERVING"]) == faultlib.snapshot(ref / "serving" / "sitrep.duckdb")
    assert not Path(env["SITREP_WAREHOUSE"] + ".dbt.pid").exists(), "the last build left its pid file behind"
