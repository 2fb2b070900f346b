"""Batch extraction: the process pool gives the same rows as one process, and bad articles are recorded."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extract import batch as batch_extract

SEED = (Path(__file__).parents[1] / "fixtures" / "seed_article.txt").read_text()


def test_pool_and_single_process_agree(monkeypatch):
    monkeypatch.setattr(batch_extract, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(batch_extract, "CHUNK_SIZE", 2)
    items = [(f"a{i}", SEED, None, "2020-01-14") for i in range(4)] + [("bad", SEED, None, "not a date")]
    pooled = batch_extract.extract_many(items, workers=2)
    single = batch_extract.extract_many(items, workers=1)
    assert pooled == single
    assert [r["article_id"] for r in pooled] == [i[0] for i in items]
    assert json.loads(pooled[0]["incidents_json"]) and pooled[0]["incident_count"] == 3
    assert pooled[-1]["incident_count"] == 0 and "not a date" in pooled[-1]["extraction_error"]
