"""dbt cannot outlive the task that started it (issue 16: a task killed mid-run under the scheduler).

When the task process dies by SIGKILL, the dbt child it started must die too, releasing the DuckDB lock at once;
and where a dbt was left running anyway (no parent-death signal: not Linux), the next build stops it instead of
waiting on its lock or racing it. tests/scheduled/ checks the same under Airflow's scheduler with its retries."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sitrep import pipeline
from sitrep.warehouse import child_process
from sitrep.settings import Settings



def _alive(pid: int) -> bool:
    return child_process._start_time(pid) is not None


def _settings(tmp_path: Path, model_sql: str = "select 1 as one") -> Settings:
    """A real dbt project of one model on a real warehouse file: the lock and the stale child are what is tested
    here, not the Sitrep models. (tests/scheduled/ kills the task running the real build under Airflow and checks
    dbt dies with it; the guard itself is tested below on a silent child.)"""
    project = tmp_path / "dbt"
    (project / "models").mkdir(parents=True)
    (project / "dbt_project.yml").write_text("name: lockcheck\nversion: '1.0'\nprofile: lockcheck\n"
                                             "flags: {send_anonymous_usage_stats: false}\n")
    (project / "profiles.yml").write_text(
        "lockcheck:\n  target: duckdb\n  outputs:\n    duckdb:\n      type: duckdb\n"
        "      path: \"{{ env_var('SITREP_WAREHOUSE') }}\"\n      threads: 1\n")
    (project / "models" / "one.sql").write_text(model_sql)
    warehouse = tmp_path / "wh" / "sitrep.duckdb"
    warehouse.parent.mkdir()
    duckdb.connect(str(warehouse)).close()
    return Settings(warehouse=warehouse, serving=tmp_path / "serving.duckdb", sources=tmp_path / "sources.yml",
                    dbt_project_dir=project, dbt_profiles_dir=project)


@pytest.fixture
def dbt_paths(tmp_path, monkeypatch):
    """A dbt target/ and logs/ of this test's own (the shared ones belong to other runs)."""
    monkeypatch.setenv("DBT_TARGET_PATH", str(tmp_path / "dbt_target"))
    monkeypatch.setenv("DBT_LOG_PATH", str(tmp_path / "dbt_logs"))
    return tmp_path / "dbt_logs" / "dbt.log"


def _wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_dbt_left_running_by_a_dead_task_is_stopped_before_the_next_build(tmp_path, dbt_paths):
    """Without the kernel's parent-death signal the orphan lives on holding the lock; dbt alone would wait ~2 min
    for it and fail. The next build finds it in the pid file, sees its owner is gone, and stops it."""
    settings = _settings(tmp_path)
    pidfile = pipeline.dbt_pidfile(settings)
    # An owner that starts an unguarded lock holder, records it as build() does, and exits without cleaning up.
    owner = subprocess.run(
        [sys.executable, "-c", "import subprocess, sys; from pathlib import Path; from sitrep.warehouse import child_process\n"
         "holder = subprocess.Popen([sys.executable, '-c', 'import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
         " print(1, flush=True); time.sleep(600)', sys.argv[1]], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)\n"
         "holder.stdout.readline()\n"
         "child_process.record(Path(sys.argv[2]), holder.pid)\n"
         "print(holder.pid)", str(settings.warehouse), str(pidfile)],
        capture_output=True, text=True, timeout=60, check=True)
    holder = int(owner.stdout.split()[-1])
    try:
        assert _alive(holder)
        with pytest.raises(duckdb.IOException, match="(?i)lock"):
            duckdb.connect(str(settings.warehouse))  # the orphan really holds the warehouse
        pipeline.build(settings)
        assert not _alive(holder), "the stale lock holder was not stopped"
        with duckdb.connect(str(settings.warehouse), read_only=True) as conn:
            assert conn.execute("select one from main.one").fetchone() == (1,)  # dbt built after it
        assert not pidfile.exists()
    finally:
        if _alive(holder):
            os.kill(holder, signal.SIGKILL)


def test_a_live_owners_child_and_a_recycled_pid_are_left_alone(tmp_path):
    pidfile = tmp_path / "x.dbt.pid"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        child_process.record(pidfile, sleeper.pid)  # owned by this (live) process
        assert child_process.stop_stale(pidfile) is None and _alive(sleeper.pid)
        info = json.loads(pidfile.read_text())
        # Owner gone, but the pid's start time differs: the pid now names some other process.
        pidfile.write_text(json.dumps({**info, "owner": 2 ** 22 + 1, "started": "1"}))
        assert child_process.stop_stale(pidfile) is None and _alive(sleeper.pid)
        assert not pidfile.exists()
        # Owner gone, same process: stopped.
        pidfile.write_text(json.dumps({**info, "owner": 2 ** 22 + 1}))
        assert child_process.stop_stale(pidfile) == sleeper.pid
        sleeper.wait(timeout=10)
        assert sleeper.returncode == -signal.SIGKILL
    finally:
        if sleeper.poll() is None:
            sleeper.kill()


def test_a_guarded_child_dies_with_its_parent_even_when_silent(tmp_path):
    """The kernel guard itself, on a child that never writes (a dbt deep in a long Python model): a broken pipe
    cannot stop it, only the parent-death signal does. The unguarded twin shows it would otherwise live on."""
    sleep = [sys.executable, "-c", "import time; time.sleep(120)"]
    parent = subprocess.Popen(
        [sys.executable, "-c", "import json, subprocess, sys, time; from sitrep.warehouse.child_process import guarded\n"
         "cmd = json.loads(sys.argv[1])\n"
         "a = subprocess.Popen(guarded(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
         "b = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)\n"
         "print(a.pid, b.pid, flush=True); time.sleep(120)", json.dumps(sleep)],
        stdout=subprocess.PIPE, text=True)
    guarded_pid, unguarded_pid = map(int, parent.stdout.readline().split())
    try:
        def execed() -> bool:
            cmdline = Path(f"/proc/{guarded_pid}/cmdline").read_text(errors="replace")
            return "time.sleep" in cmdline and "sitrep.warehouse.child_process" not in cmdline

        _wait(execed, 30, "the guarded child to exec its command")
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        _wait(lambda: not _alive(guarded_pid), 10, "the guarded child to die")
        time.sleep(0.5)
        assert _alive(unguarded_pid), "control: an unguarded child outlives its parent"
    finally:
        for pid in (guarded_pid, unguarded_pid):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
