"""Serving copy identity, read-only sessions and clear errors (sitrep.serve.serving), on real DuckDB files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.serve.filters import load_options
from sitrep.serve.page import ServingReader, load_dashboard
from sitrep.serve.serving import ServingUnavailable, open_serving, serving_version
from sitrep.serve.tables import load_incidents

from .conftest import INCIDENTS, build_serving_fixture


def test_version_changes_on_atomic_rename_even_with_same_mtime(tmp_path: Path) -> None:
    path = build_serving_fixture(tmp_path / "a.duckdb")
    before = serving_version(path)
    other = build_serving_fixture(tmp_path / "b.duckdb", incidents=INCIDENTS[:1])
    os.utime(other, ns=(before.mtime_ns, before.mtime_ns))
    os.replace(other, path)
    assert serving_version(path) != before  # the inode differs


def _open_fds_on(path: Path) -> list[str]:
    target = str(path.resolve())
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            if os.readlink(fd) == target:
                found.append(fd.name)
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to list open files")
def test_file_is_closed_after_each_load(serving_db: Path) -> None:
    load_dashboard(serving_db)
    load_options(serving_db)
    load_incidents(serving_db)
    assert _open_fds_on(serving_db) == []
    # Another process can take the write lock straight away: nothing of ours still holds the file.
    code = (
        "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
        "c.execute('CREATE TABLE marts.touched AS SELECT 1 AS x'); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(serving_db)], check=True, timeout=60)


def test_connection_is_read_only(serving_db: Path) -> None:
    conn = open_serving(serving_db)
    try:
        with pytest.raises(duckdb.Error, match="(?i)read.only"):
            conn.execute("DELETE FROM marts.fct_incidents")
    finally:
        conn.close()


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ServingUnavailable, match="no serving copy"):
        load_dashboard(tmp_path / "nothing.duckdb")
    with pytest.raises(ServingUnavailable, match="no serving copy"):
        ServingReader(tmp_path / "nothing.duckdb").load()


def test_file_without_marts_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(ServingUnavailable, match="marts.fct_incidents"):
        load_dashboard(path)


def test_file_that_is_not_duckdb_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ServingUnavailable, match="cannot open"):
        load_dashboard(path)
