"""Incidents found in each article text by `sitrep.extractor`: one row per article, incidents as a JSON list.

One row per article (even when it reports nothing) lets the incremental run skip articles already read by this
extractor version; bumping EXTRACTOR_VERSION re-extracts them all on the next run.
"""

import dataclasses
import json

import pandas as pd

COLUMNS = {
    "article_id": "string", "extractor_version": "string", "event_date_basis": "string",
    "incident_count": "int64", "incidents_json": "string", "extraction_error": "string",
}


def model(dbt, session):
    dbt.config(materialized="incremental", unique_key="article_id", incremental_strategy="delete+insert")
    from sitrep.extractor import EXTRACTOR_VERSION, extract_incidents

    texts = dbt.ref("int_article_texts").filter("extraction_error is null and text is not null")
    if dbt.is_incremental:
        texts = texts.filter(
            f"article_id not in (select article_id from {dbt.this} where extractor_version = '{EXTRACTOR_VERSION}')"
        )
    rows = texts.project("article_id, text, title, published_date, cast(fetched_at as date)").fetchall()

    out = []
    for article_id, text, title, published_date, fetched_date in rows:
        # Relative dates ("on Tuesday") resolve against publication; without one, the fetch day is the best bound.
        basis = published_date or fetched_date.isoformat()
        try:
            incidents = [dataclasses.asdict(i) for i in extract_incidents(text, basis, title)]
            error = None
        except Exception as exc:  # one bad article must not stop the run: record why and go on
            incidents, error = [], f"{type(exc).__name__}: {exc}"
        out.append({
            "article_id": article_id, "extractor_version": EXTRACTOR_VERSION, "event_date_basis": basis,
            "incident_count": len(incidents), "incidents_json": json.dumps(incidents, ensure_ascii=False),
            "extraction_error": error,
        })
    return pd.DataFrame(out, columns=list(COLUMNS)).astype(COLUMNS)
