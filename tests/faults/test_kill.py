"""kill -9 in the middle of landing and of the dbt build, then re-run: nothing duplicated, nothing lost, and the
marts are identical to those of a run that was never interrupted."""

from __future__ import annotations

import os
import re
import signal
import time
from collections import Counter
from pathlib import Path

import duckdb
import psutil

from faultlib import WINDOW, make_env, popen_driver, raw_keys, run_driver, snapshot


def _kill_group(proc) -> None:
    """SIGKILL the child and its descendants (dbt), and wait until all are gone and their locks released."""
    try:
        tree = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        tree = []
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    psutil.wait_procs(tree, timeout=30)


def _wait_for_line(proc, pattern: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if re.search(pattern, line):
            return line
    _kill_group(proc)
    raise AssertionError(f"child never printed {pattern!r} (exit {proc.returncode})")


def test_kill_mid_landing_then_rerun_matches_a_clean_run(corpus, clean_run, tmp_path):
    env = make_env(corpus, tmp_path)
    # Batches of 20: the 240 records land in 12 transactions, and we kill the run after the 3rd commits.
    proc = popen_driver(env, "land", *WINDOW, "20")
    _wait_for_line(proc, r"^BATCH 3 committed")
    _kill_group(proc)
    assert proc.returncode == -signal.SIGKILL

    partial = raw_keys(env["SITREP_WAREHOUSE"])
    total = len(clean_run["raw"])
    assert 60 <= len(partial) < total, "the kill did not land mid-way"
    assert len(partial) % 20 == 0, "a batch is one transaction: only whole batches survive a kill"
    assert set(partial) <= set(clean_run["raw"])

    out = run_driver(env, "land", *WINDOW, "20").stdout
    assert '"landed": %d' % (total - len(partial)) in out and '"unchanged": %d' % len(partial) in out
    rerun = raw_keys(env["SITREP_WAREHOUSE"])
    assert not [k for k, n in Counter(r[0] for r in rerun).items() if n > 1], "duplicate article_id"
    assert rerun == clean_run["raw"], "landed documents differ from the clean run"

    run_driver(env, "build")
    assert snapshot(env["SITREP_WAREHOUSE"]) == clean_run["marts"]


def test_kill_mid_dbt_build_then_rerun_matches_a_clean_run(corpus, clean_run, tmp_path):
    env = make_env(corpus, tmp_path)
    run_driver(env, "land", *WINDOW)
    log = Path(env["DBT_LOG_PATH"]) / "dbt.log"
    proc = popen_driver(env, "build")
    # Kill while the incremental Python model that extracts incidents is running, after int_article_texts was
    # already built by this run: the warehouse is left half-built.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if log.exists() and re.search(r"START python incremental model \w+\.int_article_incidents",
                                      log.read_text(errors="replace")):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "dbt finished before it could be killed:\n" + proc.stdout.read()[-3000:]
    time.sleep(1.0)
    _kill_group(proc)

    conn = duckdb.connect(env["SITREP_WAREHOUSE"], read_only=True)
    try:
        built = {r[0] for r in conn.execute(
            "select table_schema || '.' || table_name from information_schema.tables").fetchall()}
        assert "marts.fct_incidents" not in built, "the kill came too late: the marts were already built"
        assert "intermediate.int_article_texts" in built, "the kill came too early: nothing was built yet"
    finally:
        conn.close()

    run_driver(env, "build")
    wh = env["SITREP_WAREHOUSE"]
    assert snapshot(wh) == clean_run["marts"]
    conn = duckdb.connect(wh, read_only=True)
    try:
        for table in ("intermediate.int_article_texts", "intermediate.int_article_incidents"):
            total, distinct = conn.execute(f"select count(*), count(distinct article_id) from {table}").fetchone()
            assert total == distinct, f"{table} has duplicate articles after the re-run"
        leftovers = conn.execute("select table_schema || '.' || table_name from information_schema.tables "
                                 "where table_name like '%dbt_tmp%' or table_name like '%dbt_backup%'").fetchall()
        assert not leftovers, f"temporary relations left behind: {leftovers}"
    finally:
        conn.close()
    assert snapshot(wh, ("intermediate",)) == snapshot(clean_run["env"]["SITREP_WAREHOUSE"], ("intermediate",))
