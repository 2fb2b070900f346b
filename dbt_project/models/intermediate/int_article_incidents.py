"""Incidents found in each article text by `sitrep.extract`: one row per article, incidents as a JSON list.

One row per article (even when it reports nothing) lets the incremental run skip articles already read by this
extractor version; bumping EXTRACTOR_VERSION re-extracts them all on the next run. Large batches (a full refresh)
are spread over all cores by sitrep.extract.batch.

With SITREP_EXTRACTION=sharded (config `extraction`) the extraction already ran as one Airflow task per article_id
shard (sitrep.extract.sharded): this model only reads the current version's rows from the source
extraction_shards.article_incidents, and fails if a text was left out, so a skipped shard cannot pass unnoticed.
"""

import pandas as pd

COLUMNS = {
    "article_id": "string", "extractor_version": "string", "event_date_basis": "string",
    "incident_count": "int64", "incidents_json": "string", "extraction_error": "string",
}


def model(dbt, session):
    dbt.config(materialized="incremental", unique_key="article_id", incremental_strategy="delete+insert")
    from sitrep.extract.batch import extract_many
    from sitrep.extract import EXTRACTOR_VERSION

    if dbt.config.get("extraction") == "sharded":
        return _from_shards(dbt, session, EXTRACTOR_VERSION)
    # Every readable text, including those flagged with a problem that leaves the text usable (an unparseable
    # date: its flag stays in int_article_texts.extraction_error and the fetch day stands in below).
    texts = dbt.ref("int_article_texts").filter("text is not null")
    if dbt.is_incremental:
        texts = texts.filter(
            f"article_id not in (select article_id from {dbt.this} where extractor_version = '{EXTRACTOR_VERSION}')"
        )
    # Relative dates ("on Tuesday") resolve against publication; without one, the fetch day is the best bound.
    # The URL's country-code domain tells the outlet's country, a prior for ambiguous place names.
    rows = texts.project(
        "article_id, text, title, coalesce(published_date, strftime(cast(fetched_at as date), '%Y-%m-%d')), "
        "coalesce(canonical_url, url)"
    ).fetchall()
    return pd.DataFrame(extract_many(rows), columns=list(COLUMNS)).astype(COLUMNS)


def _from_shards(dbt, session, version):
    from sitrep.extract.sharded import register_filesystem

    register_filesystem(session, dbt.config.get("shards"))  # object storage is read through fsspec
    texts = dbt.ref("int_article_texts").filter("text is not null").project("article_id")
    shards = dbt.source("extraction_shards", "article_incidents").filter(f"extractor_version = '{version}'")
    rows = shards.project(", ".join(f"cast({name} as {'bigint' if kind == 'int64' else 'varchar'}) as {name}"
                                    for name, kind in COLUMNS.items()))
    missing = texts.except_(rows.project("article_id")).aggregate("count(*)").fetchall()[0][0]
    if missing:
        raise RuntimeError(f"{missing} article text(s) have no extraction by version {version} in the shard files: "
                           "run the shard stage (sitrep.extract.sharded) before dbt, or set SITREP_EXTRACTION=local")
    if dbt.is_incremental:
        rows = rows.filter(
            f"article_id not in (select article_id from {dbt.this} where extractor_version = '{version}')"
        )
    return rows.order("article_id")
