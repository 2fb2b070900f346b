"""Incident extraction over many articles at once, on every core: what the dbt model int_article_incidents runs.

Extraction is pure CPU-bound Python, so a full refresh over a large warehouse uses a process pool. Workers are
spawned, not forked: the dbt process holds a DuckDB connection and threads that a fork would copy mid-flight.
Small batches (a normal daily run) stay in-process, where a pool's start-up (each worker loads the gazetteer)
would cost more than it saves.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
from typing import Iterable

PARALLEL_MIN_ARTICLES = 400
CHUNK_SIZE = 50


def default_workers() -> int:
    return int(os.environ.get("SITREP_EXTRACT_WORKERS") or os.cpu_count() or 1)


def extract_one(item: tuple) -> dict:
    """(article_id, text, title, date basis[, url]) -> one row of int_article_incidents; never raises."""
    from sitrep.extract import EXTRACTOR_VERSION, extract_incidents

    article_id, text, title, basis, *rest = item
    url = rest[0] if rest else None
    try:
        incidents = [dataclasses.asdict(i) for i in extract_incidents(text, basis, title, url)]
        error = None
    except Exception as exc:  # one bad article must not stop the run: record why and go on
        incidents, error = [], f"{type(exc).__name__}: {exc}"
    return {
        "article_id": article_id, "extractor_version": EXTRACTOR_VERSION, "event_date_basis": basis,
        "incident_count": len(incidents), "incidents_json": json.dumps(incidents, ensure_ascii=False),
        "extraction_error": error,
    }


def extract_many(items: Iterable[tuple], workers: int | None = None) -> list[dict]:
    items = list(items)
    workers = max(1, min(workers or default_workers(), len(items) // CHUNK_SIZE or 1))
    if workers == 1 or len(items) < PARALLEL_MIN_ARTICLES:
        return [extract_one(item) for item in items]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return pool.map(extract_one, items, chunksize=CHUNK_SIZE)
