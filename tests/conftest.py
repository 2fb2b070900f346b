"""Shared fixtures: an isolated Airflow home and warehouse per test session, never the developer's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def airflow_env(tmp_path_factory) -> dict[str, str]:
    """Environment for `airflow` subprocesses: a fresh SQLite metadata DB with the duckdb pool."""
    home = tmp_path_factory.mktemp("airflow_home")
    data = tmp_path_factory.mktemp("warehouse")
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
        "SITREP_WAREHOUSE": str(data / "sitrep.duckdb"),
        "SITREP_SERVING": str(data / "serving" / "sitrep.duckdb"),
        "SITREP_DBT_PROJECT_DIR": str(REPO / "dbt_project"),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    airflow = shutil.which("airflow", path=str(BIN))
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([airflow, "pools", "set", "duckdb", "1", "DuckDB writer"], env=env, check=True, capture_output=True)
    return env


@pytest.fixture(scope="session")
def _http_server():
    """A real HTTP server on loopback (threaded: the fetcher talks to it concurrently)."""
    from pytest_httpserver import HTTPServer

    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def server(_http_server):
    """The shared loopback server, with its expectations cleared after each test."""
    yield _http_server
    _http_server.clear()
