"""Helpers shared by the sharded-extraction tests: a landed synthetic corpus and warehouse snapshots."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]


def generate_corpus(out: Path, articles: int, per_day: int, increment: int) -> dict:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus_gen
    finally:
        sys.path.remove(str(REPO / "bench"))
    return corpus_gen.generate(out, articles, per_day=per_day, increment=increment)


def land(settings, corpus: Path, folder: str, first: date, last: date) -> dict:
    """Land the corpus sub-folder through the real discovery + landing code, as `make bench` does."""
    from sitrep import pipeline
    from datetime import datetime, timezone

    previous = os.environ.get("SITREP_CORPUS_DIR")
    os.environ["SITREP_CORPUS_DIR"] = folder
    try:
        start = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
        end = datetime(last.year, last.month, last.day, tzinfo=timezone.utc) + timedelta(days=1)
        found = pipeline.discover(replace(settings, sources=corpus / "sources.yml"), start, end)
        return pipeline.land(replace(settings, sources=corpus / "sources.yml"), found, f"test__{folder}")
    finally:
        if previous is None:
            os.environ.pop("SITREP_CORPUS_DIR", None)
        else:
            os.environ["SITREP_CORPUS_DIR"] = previous


def manifest_days(corpus: Path) -> tuple[date, date, date]:
    m = json.loads((corpus / "manifest.json").read_text())
    return date.fromisoformat(m["days"][0]), date.fromisoformat(m["days"][-1]), date.fromisoformat(m["increment_day"])


def tables(path, schema: str) -> dict[str, list[str]]:
    """Every row of every table in a schema, sorted: equal dicts mean identical tables."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in conn.execute(
            "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' "
            "order by 1", [schema]).fetchall()]
        return {n: sorted(map(repr, conn.execute(f'select * from "{schema}"."{n}"').fetchall())) for n in names}
    finally:
        conn.close()
