"""Helpers for the fault-injection tests: isolated environments, the step driver, warehouse snapshots."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("driver.py")
WINDOW = ("2021-03-01T00:00:00+00:00", "2021-03-03T00:00:00+00:00")  # the corpus's two days
# Columns that record wall-clock time of the run, not data: they legitimately differ between two runs.
# acled_events.timestamp is ACLED's "row last changed", here the latest fetch of its reports: a run-time value too.
RUN_TIME_COLUMNS = {"fetched_at", "first_fetched_at", "last_fetched_at", "run_id", "timestamp"}


def corpus_gen():
    spec = importlib.util.spec_from_file_location("corpus_gen", REPO / "bench" / "corpus_gen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_env(corpus: Path, where: Path) -> dict[str, str]:
    where.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "SITREP_WAREHOUSE": str(where / "sitrep.duckdb"),
        "SITREP_SERVING": str(where / "serving" / "sitrep.duckdb"),
        "SITREP_SOURCES": str(corpus / "sources.yml"),
        "SITREP_CORPUS_DIR": "docs",
        "SITREP_DBT_PROJECT_DIR": str(REPO / "dbt_project"),
        # Each test gets its own dbt target/ and logs/: the tests watch the log, and never touch the shared ones.
        "DBT_TARGET_PATH": str(where / "dbt_target"),
        "DBT_LOG_PATH": str(where / "dbt_logs"),
        "PYTHONUNBUFFERED": "1",
    }


def run_driver(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(DRIVER), *args], env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, f"driver {args} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def popen_driver(env: dict[str, str], *args: str) -> subprocess.Popen:
    # Own session, so a SIGKILL to the group also takes the dbt grandchild, as a killed Airflow task would.
    return subprocess.Popen([sys.executable, str(DRIVER), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


def snapshot(path: str | Path, schemas: tuple[str, ...] = ("marts",)) -> dict[str, list[str]]:
    """Every row of every table in `schemas`, sorted, without run-time columns: equal snapshots = equal data."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        tables = conn.execute(
            "select table_schema, table_name from information_schema.tables where table_catalog = current_database()"
            " and table_type = 'BASE TABLE' and table_schema in (select unnest(?)) order by 1, 2",
            [list(schemas)]).fetchall()
        out = {}
        for schema, table in tables:
            cols = [r[0] for r in conn.execute(
                "select column_name from information_schema.columns where table_catalog = current_database() "
                "and table_schema = ? and table_name = ? order by ordinal_position", [schema, table]).fetchall()]
            keep = ", ".join(f'"{c}"' for c in cols if c not in RUN_TIME_COLUMNS)
            out[f"{schema}.{table}"] = sorted(map(repr, conn.execute(f'select {keep} from "{schema}"."{table}"')
                                                  .fetchall()))
        return out
    finally:
        conn.close()


def raw_keys(path: str | Path) -> list[tuple]:
    """The landed documents as data (ids, urls, content hashes, errors), with duplicates kept visible."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(conn.execute(
            "select article_id, url, content_sha256, text_sha256, fetch_error from raw.articles").fetchall())
    finally:
        conn.close()
