"""Another process holds the DuckDB write lock: writers wait (or fail cleanly and retry), never corrupt."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from faultlib import WINDOW, make_env, popen_driver, raw_keys, run_driver, snapshot
from sitrep.warehouse.connection import WarehouseLocked, open_warehouse

# Holds the write lock until its stdin closes (or a timeout), after committing a row of its own.
HOLDER = """
import sys, duckdb
conn = duckdb.connect(sys.argv[1])
conn.execute("create table if not exists main.lock_holder (n integer)")
conn.execute("insert into main.lock_holder values (42)")
print("LOCKED", flush=True)
sys.stdin.read()
conn.close()
"""


class Holder:
    def __init__(self, path: str):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, path], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "LOCKED"
        self.released_at: float | None = None

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
            self.released_at = time.monotonic()


@pytest.fixture
def holder_factory():
    holders: list[Holder] = []

    def make(path: str) -> Holder:
        holders.append(Holder(path))
        return holders[-1]

    yield make
    for h in holders:
        h.release()


def _holder_row_intact(path: str) -> bool:
    conn = duckdb.connect(path, read_only=True)
    try:
        return conn.execute("select n from main.lock_holder").fetchall() == [(42,)]
    finally:
        conn.close()


def test_landing_waits_for_the_other_writer_then_lands_everything(corpus, clean_run, tmp_path, holder_factory):
    env = make_env(corpus, tmp_path)
    holder = holder_factory(env["SITREP_WAREHOUSE"])
    proc = popen_driver(env, "land", *WINDOW)
    first = proc.stdout.readline()
    assert first.startswith("DISCOVERED"), first
    # The landing step now needs the warehouse while the other writer still holds it: it must wait, not fail.
    time.sleep(2.0)
    assert proc.poll() is None, "landing did not wait for the lock:\n" + proc.stdout.read()[-3000:]
    holder.release()
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out[-3000:]
    assert raw_keys(env["SITREP_WAREHOUSE"]) == clean_run["raw"]
    assert _holder_row_intact(env["SITREP_WAREHOUSE"])


def test_a_writer_that_cannot_get_the_lock_gives_up_with_a_clear_error(tmp_path, holder_factory):
    path = str(tmp_path / "w.duckdb")
    holder = holder_factory(path)
    started = time.monotonic()
    with pytest.raises(WarehouseLocked, match="locked by another process"):
        open_warehouse(path, wait_seconds=1.0)
    assert time.monotonic() - started >= 1.0, "gave up without waiting"
    holder.release()
    assert _holder_row_intact(path)


def _wait_for_dbt_connection(log: Path, proc, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if log.exists() and "Acquiring new duckdb connection" in log.read_text(errors="replace"):
            return
        time.sleep(0.05)


def test_dbt_build_waits_for_the_other_writer(corpus, tmp_path, holder_factory):
    env = make_env(corpus, tmp_path)
    run_driver(env, "land", *WINDOW)
    holder = holder_factory(env["SITREP_WAREHOUSE"])
    proc = popen_driver(env, "build")
    _wait_for_dbt_connection(Path(env["DBT_LOG_PATH"]) / "dbt.log", proc)
    time.sleep(3.0)  # dbt is now trying to open the warehouse the holder keeps locked
    holder.release()
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out[-2000:]


def test_a_dbt_build_blocked_by_a_lock_corrupts_nothing_and_the_retry_succeeds(corpus, clean_run, tmp_path,
                                                                             holder_factory):
    env = make_env(corpus, tmp_path)
    run_driver(env, "land", *WINDOW)
    before = raw_keys(env["SITREP_WAREHOUSE"])
    holder = holder_factory(env["SITREP_WAREHOUSE"])
    proc = popen_driver(env, "build")
    _wait_for_dbt_connection(Path(env["DBT_LOG_PATH"]) / "dbt.log", proc)
    time.sleep(3.0)
    holder.release()
    out, _ = proc.communicate(timeout=300)
    if proc.returncode != 0:
        # Today the task fails and Airflow retries it: the failure must name the lock, and nothing may be half-done.
        assert "lock" in out.lower(), out[-3000:]
        run_driver(env, "build")  # the retry
    assert raw_keys(env["SITREP_WAREHOUSE"]) == before
    assert _holder_row_intact(env["SITREP_WAREHOUSE"])
    assert snapshot(env["SITREP_WAREHOUSE"]) == clean_run["marts"]
