"""raw.articles: every fetched document version and every failure, landed transactionally and idempotently.

article_id = sha256(url, version key) for documents and sha256(url, "error", reason) for failures, so an
unchanged page or an identical failure re-recorded on a later run hashes to an existing row and adds nothing,
while a changed page adds a version. The version key is the hash of the extracted title + text when extraction
worked (text_sha256), else of the raw bytes: news pages embed nonces, timestamps and rotating ads, and that churn
must not add a "version" of an article whose text did not change. Each batch is one transaction: a crash leaves only whole batches behind and
the next run lands the rest (already-landed ids are skipped).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from datetime import datetime

import duckdb
import pandas as pd

COLUMNS_SQL = """
    article_id     VARCHAR NOT NULL,  -- sha256 of url + content_sha256 (or url + error)
    url            VARCHAR NOT NULL,  -- the URL we were asked to fetch (file:// for local documents)
    source         VARCHAR,           -- source name from sources.yml
    fetched_at     TIMESTAMP,         -- UTC
    http_status    INTEGER,           -- NULL for local files and transport failures
    content_type   VARCHAR,
    body           BLOB,              -- raw bytes as received; NULL for failures
    content_sha256 VARCHAR,
    fetch_error    VARCHAR,           -- NULL when fine
    canonical_url  VARCHAR,           -- normalised URL (tracking parameters and fragments dropped)
    final_url      VARCHAR,           -- after redirects
    etag           VARCHAR,
    last_modified  VARCHAR,
    published_hint VARCHAR,           -- feed / API / record date, ISO 8601 when parseable
    title_hint     VARCHAR,
    run_id         VARCHAR,
    attempts       INTEGER,
    text_sha256    VARCHAR,           -- sha256 of extracted title + text (NULL when extraction failed)
    extract_warning VARCHAR           -- a usable document with a problem, e.g. "unparseable date: ..."
"""
COLUMNS = [line.split()[0] for line in COLUMNS_SQL.strip().splitlines()]


@dataclass
class RawArticle:
    article_id: str
    url: str
    source: str | None
    fetched_at: datetime
    http_status: int | None
    content_type: str | None
    body: bytes | None
    content_sha256: str | None
    fetch_error: str | None
    canonical_url: str | None = None
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    published_hint: str | None = None
    title_hint: str | None = None
    run_id: str | None = None
    attempts: int | None = None
    text_sha256: str | None = None
    extract_warning: str | None = None


assert [f.name for f in fields(RawArticle)] == COLUMNS


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id_for(url: str, version_key: str | None, error: str | None) -> str:
    key = f"{url}\x00{version_key}" if version_key else f"{url}\x00error\x00{error}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("CREATE SCHEMA IF NOT EXISTS raw")
    conn.execute(f"CREATE TABLE IF NOT EXISTS raw.articles ({COLUMNS_SQL})")
    # Older warehouses may predate a column; adding is safe, renaming/dropping is not (see CONTRACT.md).
    existing = {r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema='raw' AND table_name='articles'"
    ).fetchall()}
    for line in COLUMNS_SQL.strip().splitlines():
        name, sql_type = line.split()[:2]
        if name not in existing:
            conn.execute(f"ALTER TABLE raw.articles ADD COLUMN {name} {sql_type.rstrip(',')}")


def land(conn: duckdb.DuckDBPyConnection, rows: list[RawArticle]) -> set[str]:
    """Insert rows whose article_id is new, in one transaction. Returns the article_ids actually inserted."""
    if not rows:
        return set()
    ensure_schema(conn)
    cols = ", ".join(COLUMNS)
    conn.execute("BEGIN TRANSACTION")
    try:
        # Stage in a temp table typed like the target, then insert the new ids in one statement.
        conn.execute(f"CREATE OR REPLACE TEMP TABLE sitrep_staged_articles AS SELECT {cols} FROM raw.articles LIMIT 0")
        # A pandas frame is ~20x faster to hand to DuckDB than executemany; object dtype keeps bytes as BLOB.
        frame = pd.DataFrame({c: [getattr(r, c) for r in rows] for c in COLUMNS}, dtype=object)
        conn.register("sitrep_frame", frame)
        try:
            conn.execute("INSERT INTO sitrep_staged_articles SELECT * FROM sitrep_frame")
        finally:
            conn.unregister("sitrep_frame")
        new_ids = {r[0] for r in conn.execute(
            "SELECT DISTINCT s.article_id FROM sitrep_staged_articles s "
            "WHERE NOT EXISTS (SELECT 1 FROM raw.articles a WHERE a.article_id = s.article_id)").fetchall()}
        conn.execute(f"""
            INSERT INTO raw.articles ({cols})
            SELECT {cols} FROM sitrep_staged_articles s
            WHERE NOT EXISTS (SELECT 1 FROM raw.articles a WHERE a.article_id = s.article_id)
            QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY fetched_at) = 1
        """)
        conn.execute("DROP TABLE sitrep_staged_articles")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return new_ids


def latest_validators(conn: duckdb.DuckDBPyConnection, urls: list[str]) -> dict[str, dict]:
    """For each url, the ETag / Last-Modified / sha of its latest successfully fetched version."""
    if not urls:
        return {}
    ensure_schema(conn)
    rows = conn.execute("""
        SELECT a.url, a.etag, a.last_modified, a.content_sha256, a.text_sha256
        FROM raw.articles a JOIN (SELECT unnest(?::VARCHAR[]) AS url) w USING (url)
        WHERE a.body IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY a.url ORDER BY a.fetched_at DESC) = 1
    """, [sorted(set(urls))]).fetchall()
    return {u: {"etag": e, "last_modified": lm, "content_sha256": s, "text_sha256": t} for u, e, lm, s, t in rows}


def row_dict(row: RawArticle) -> dict:
    return asdict(row)
