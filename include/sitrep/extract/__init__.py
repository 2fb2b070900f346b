"""Extract: article text + publication date -> ACLED-style incidents (rules and lexicons), one article at a time
or many (batch: all cores; sharded: one Parquet file per shard on any Airflow worker).

The rules load on first use (`extract_incidents`, `extract_jsonl`): a caller that only needs EXTRACTOR_VERSION, as a
daily dbt run with nothing new to read does, pays no import of them."""
from __future__ import annotations

from .incident import CONTRACT_KEYS, Incident
from .version import EXTRACTOR_VERSION

__all__ = ["CONTRACT_KEYS", "EXTRACTOR_VERSION", "Incident", "extract_incidents", "extract_jsonl"]


def __getattr__(name: str):
    if name == "extract_incidents":
        from .pipeline import extract_incidents
        return extract_incidents
    if name == "extract_jsonl":
        from .jsonl import extract_jsonl
        return extract_jsonl
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
