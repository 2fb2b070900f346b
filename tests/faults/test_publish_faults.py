"""The serving copy under faults: missing, corrupt, read while replaced, publish killed, disk full.

The warehouse here is a real DuckDB file with a `marts` schema written by SQL (publish copies whatever the marts
hold), so these tests need no dbt run and stay fast; the real `sitrep.warehouse.publish.publish` does the work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sitrep.warehouse.publish import publish


def make_warehouse(path: Path, rows: int, *, payload_bytes: int = 16) -> None:
    """marts.fct_incidents (+ a dimension) with `rows` rows; payload_bytes of incompressible text per row."""
    conn = duckdb.connect(str(path))
    try:
        conn.execute("create schema if not exists marts")
        evidence = " || ".join(f"md5(range::varchar || '-{i}')" for i in range(max(1, payload_bytes // 32)))
        conn.execute(f"create or replace table marts.fct_incidents as select range as incident_id, {evidence} "
                     "as evidence from range(?)", [rows])
        conn.execute("create or replace table marts.dim_locations as select 'loc' || range as location_id "
                     "from range(10)")
    finally:
        conn.close()


def serving_state(path: Path) -> tuple[str, int]:
    """(as_of, incident count) of a serving copy, opened the way a dashboard opens it."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return (conn.execute("select as_of from meta.publication").fetchone()[0],
                conn.execute("select count(*) from marts.fct_incidents").fetchone()[0])
    finally:
        conn.close()


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".tmp.wal")))


@pytest.fixture
def warehouse_path(tmp_path) -> Path:
    path = tmp_path / "wh.duckdb"
    make_warehouse(path, 100)
    return path


def test_missing_serving_copy_is_rebuilt(warehouse_path, tmp_path):
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    serving.unlink()
    publish(warehouse_path, serving, as_of="2021-03-03")
    assert serving_state(serving) == ("2021-03-03", 100)
    assert litter(serving.parent) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_corrupt_serving_copy_is_replaced(warehouse_path, tmp_path, damage):
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    data = serving.read_bytes()
    serving.write_bytes({"garbage": os.urandom(len(data)), "truncated": data[: len(data) // 3],
                         "empty": b""}[damage])
    with pytest.raises(duckdb.Error):
        serving_state(serving)  # the damage is real: a dashboard could not read it
    publish(warehouse_path, serving, as_of="2021-03-03")
    assert serving_state(serving) == ("2021-03-03", 100)


def test_a_reader_keeps_the_old_copy_while_a_new_one_is_published(warehouse_path, tmp_path):
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    reader = duckdb.connect(str(serving), read_only=True)
    try:
        make_warehouse(warehouse_path, 250)
        publish(warehouse_path, serving, as_of="2021-03-03")
        # The open dashboard connection still sees a complete, consistent old copy ...
        assert reader.execute("select as_of from meta.publication").fetchone()[0] == "2021-03-02"
        assert reader.execute("select count(*) from marts.fct_incidents").fetchone()[0] == 100
    finally:
        reader.close()
    assert serving_state(serving) == ("2021-03-03", 250)  # ... and the next one sees the new copy


KILLED_PUBLISH = """
import sys
from sitrep.warehouse.publish import publish
publish(sys.argv[1], sys.argv[2], as_of="2021-03-03")
"""


def _kill_mid_publish(warehouse_path: Path, serving: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_PUBLISH, str(warehouse_path), str(serving)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and not litter(serving.parent):
        time.sleep(0.005)
    assert proc.poll() is None, "publish finished before it could be killed"
    time.sleep(0.1)  # let it write part of the copy
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_a_publish_killed_mid_copy_leaves_the_old_copy_serving(warehouse_path, tmp_path):
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    make_warehouse(warehouse_path, 600_000, payload_bytes=64)  # big enough to be caught mid-copy
    _kill_mid_publish(warehouse_path, serving)
    assert serving_state(serving) == ("2021-03-02", 100)
    publish(warehouse_path, serving, as_of="2021-03-04")
    assert serving_state(serving) == ("2021-03-04", 600_000)


def test_the_next_publish_removes_what_a_killed_publish_left(warehouse_path, tmp_path):
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    make_warehouse(warehouse_path, 600_000, payload_bytes=64)
    _kill_mid_publish(warehouse_path, serving)
    assert litter(serving.parent), "the killed publish left no temp file to clean"
    publish(warehouse_path, serving, as_of="2021-03-04")
    assert litter(serving.parent) == []


@pytest.fixture
def small_disk(tmp_path):
    """A real 4 MB filesystem (tmpfs) for the serving copy; needs root (CAP_SYS_ADMIN), skipped otherwise."""
    mnt = tmp_path / "small_disk"
    mnt.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({proc.stderr.strip() or 'not permitted'})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_on_publish_leaves_the_old_copy_serving(tmp_path, small_disk):
    warehouse_path = tmp_path / "wh.duckdb"
    make_warehouse(warehouse_path, 1_000)
    serving = small_disk / "sitrep.duckdb"
    publish(warehouse_path, serving, as_of="2021-03-02")
    old_size = serving.stat().st_size
    # The new marts (~12 MB of incompressible text) cannot fit beside the old copy on the 4 MB disk.
    make_warehouse(warehouse_path, 100_000, payload_bytes=128)
    with pytest.raises(Exception) as failure:
        publish(warehouse_path, serving, as_of="2021-03-03")
    assert "space" in str(failure.value).lower() or isinstance(failure.value, OSError), failure.value
    assert serving_state(serving) == ("2021-03-02", 1_000)
    assert serving.stat().st_size == old_size
    assert litter(small_disk) == [], "a failed publish must not leave its partial copy filling the disk"
    # Once space is available again (here: smaller marts), publishing works without manual repair.
    make_warehouse(warehouse_path, 2_000)
    publish(warehouse_path, serving, as_of="2021-03-04")
    assert serving_state(serving) == ("2021-03-04", 2_000)
