"""DuckDB connections to the warehouse file.

DuckDB allows one writing process per file. The DAG serialises writers with a 1-slot pool, but a CLI run or a
stray notebook may still hold the lock, so opening waits and retries instead of failing or corrupting anything.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Iterator

import duckdb


class WarehouseLocked(RuntimeError):
    """Another process held the warehouse lock for longer than we were willing to wait."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text


def open_warehouse(
    path: str | Path, *, read_only: bool = False, wait_seconds: float = 60.0
) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                if _is_lock_error(exc):
                    raise WarehouseLocked(f"{path} is locked by another process: {exc}") from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


@contextlib.contextmanager
def warehouse(path: str | Path, *, read_only: bool = False, wait_seconds: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open, yield and always close, so the lock is released even when a task fails."""
    conn = open_warehouse(path, read_only=read_only, wait_seconds=wait_seconds)
    try:
        yield conn
    finally:
        conn.close()
