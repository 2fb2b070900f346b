"""Extract: article text + publication date -> ACLED-style incidents (rules and lexicons), one article at a time
or many (batch: all cores; sharded: one Parquet file per shard on any Airflow worker)."""
from __future__ import annotations

from .incident import CONTRACT_KEYS, Incident
from .jsonl import extract_jsonl
from .pipeline import extract_incidents

# Bump when behaviour changes: dbt re-extracts stored articles on a full refresh when it differs.
EXTRACTOR_VERSION = "1.59.0"

__all__ = ["CONTRACT_KEYS", "EXTRACTOR_VERSION", "Incident", "extract_incidents", "extract_jsonl"]
