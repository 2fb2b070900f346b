"""Main text and metadata of every fetched document version, extracted by `sitrep.acquire.article_text`.

Incremental on article_id: a document version is immutable, so each is extracted once; `--full-refresh`
re-extracts everything from raw (e.g. after upgrading the text extractor).
"""

import pandas as pd

COLUMNS = {
    "article_id": "string", "canonical_url": "string", "url": "string", "source": "string",
    "fetched_at": "datetime64[us]", "title": "string", "text": "string", "published_date": "string",
    "language": "string", "author": "string", "extraction_error": "string",
}


def model(dbt, session):
    dbt.config(materialized="incremental", unique_key="article_id", incremental_strategy="delete+insert")
    from sitrep.acquire.article_text import extract_article

    documents = dbt.ref("stg_articles").filter("is_fetched")
    if dbt.is_incremental:
        documents = documents.filter(f"article_id not in (select article_id from {dbt.this})")
    rows = documents.project(
        "article_id, canonical_url, url, source, fetched_at, body, content_type, published_hint, title_hint"
    ).fetchall()

    out = []
    for article_id, canonical_url, url, source, fetched_at, body, content_type, published_hint, title_hint in rows:
        art = extract_article(body, content_type, url, published_hint)
        out.append({
            "article_id": article_id, "canonical_url": canonical_url, "url": url, "source": source,
            "fetched_at": fetched_at, "title": art.title or title_hint, "text": art.text,
            "published_date": art.published, "language": art.language, "author": art.author,
            "extraction_error": art.error,
        })
    return pd.DataFrame(out, columns=list(COLUMNS)).astype(COLUMNS)
