"""Extraction sharded by article_id: one task per shard, on any Airflow worker, writing one Parquet file each.

The single-machine path extracts inside the dbt Python model int_article_incidents (a process pool on one
machine). With SITREP_EXTRACTION=sharded the work is split so that it can run on many machines:

1. `plan` (a warehouse task, in the 1-slot pool) writes the article texts to (re-)extract as one input Parquet file
   per shard, shard = md5(article_id) mod SITREP_SHARD_COUNT, and says which shards have work.
2. `extract_shard` (one Airflow task per shard, any worker, never opens the DuckDB file) reads its input, runs the
   extractor through sitrep.extract.batch, and writes `incidents/extractor_version=V/shard-i-of-n.parquet` by
   atomic rename: a re-run (a retry after a killed worker) replaces exactly that file, never adds a second copy.
3. dbt reads every shard file as the source `extraction_shards.article_incidents` (read_parquet); the model
   int_article_incidents keeps the rows of the current extractor version and the rest of the graph is unchanged.

A shard file always holds every article of its shard extracted by that version (a daily run merges the new
articles into it), so the files of one version are the whole extraction output and a full refresh can rebuild
them from nothing. The location may be a folder (a shared volume) or an fsspec URL (object storage).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import duckdb

from sitrep.settings import Settings

log = logging.getLogger(__name__)

INPUT_COLUMNS = "article_id, text, title, event_date_basis, url"
OUTPUT_COLUMNS = {
    "article_id": "string", "extractor_version": "string", "event_date_basis": "string",
    "incident_count": "int64", "incidents_json": "string", "extraction_error": "string",
}


def shard_of(article_id: str, count: int) -> int:
    """The shard of one article: the first 8 hex digits of md5(article_id), mod count (same as SHARD_SQL)."""
    return int(hashlib.md5(article_id.encode()).hexdigest()[:8], 16) % count


def shard_sql(count: int, column: str = "article_id") -> str:
    return f"(('0x' || left(md5({column}), 8))::ubigint % {int(count)})"


def _fs(location: str):
    import fsspec

    fs, root = fsspec.core.url_to_fs(location)
    return fs, root.rstrip("/")


def _is_local(fs) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def register_filesystem(conn: duckdb.DuckDBPyConnection, location: str) -> None:
    """Let DuckDB read shard files at an fsspec URL (object storage) through fsspec, as every worker writes them:
    the same backend and settings (FSSPEC_<PROTOCOL>_<OPTION> variables, credentials) for writers and readers, and
    no DuckDB extension to download. A local folder needs nothing."""
    fs, _ = _fs(location)
    if not _is_local(fs):
        conn.register_filesystem(fs)


def _duckdb_path(fs, path: str) -> str:
    """A path from fs.glob as DuckDB must be given it: with its protocol for a remote store (registered above)."""
    return (path if _is_local(fs) else fs.unstrip_protocol(path)).replace("'", "''")


def _version() -> str:
    from sitrep.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def shard_name(shard: int, count: int) -> str:
    return f"shard-{shard:04d}-of-{count:04d}.parquet"


def output_dir(root: str, version: str) -> str:
    return f"{root}/incidents/extractor_version={version}"


def input_dir(root: str, version: str) -> str:
    return f"{root}/input/extractor_version={version}"


def output_glob(location: str) -> str:
    """What dbt reads (every version; the model keeps the current one)."""
    return f"{location.rstrip('/')}/incidents/*/*.parquet"


def _put(fs, local: Path, target: str) -> None:
    """Make `target` appear whole or not at all: a rename within the folder locally; object stores publish a put
    atomically, so a remote target is written once, by the put itself."""
    if _is_local(fs):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        staging = f"{target}.tmp-{uuid.uuid4().hex}"
        shutil.move(str(local), staging)  # may cross devices: a copy, so only the rename below publishes
        os.replace(staging, target)
    else:
        fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
        fs.put_file(str(local), target)


def _local_copy(fs, path: str, tmp: Path, prefix: str) -> Path:
    if _is_local(fs):
        return Path(path)
    dest = tmp / f"{prefix}-{Path(path).name}"
    fs.get_file(path, str(dest))
    return dest


def plan(settings: Settings, *, full_refresh: bool = False) -> list[dict]:
    """Write the input of every shard that has work; returns [{"shard", "count", "replace"}] for task mapping.

    Full refresh: every article text, every shard replaced. Otherwise the texts not yet in this version's shard
    files, plus any shard whose file is missing (so the files of one version always cover every shard). Reads the
    warehouse: run it in the warehouse pool, after int_article_texts is built."""
    version, count = _version(), settings.shard_count
    fs, root = _fs(settings.shards)
    out_dir, in_dir = output_dir(root, version), input_dir(root, version)
    # Files of this version cut into another number of shards would duplicate articles: they go.
    stale = [p for p in fs.glob(f"{out_dir}/shard-*.parquet") if not p.endswith(f"-of-{count:04d}.parquet")]
    if stale:
        log.info("removing %d shard files of another shard count", len(stale))
        fs.rm(stale)
        full_refresh = True
    existing = {int(Path(p).name.split("-")[1]) for p in fs.glob(f"{out_dir}/shard-*-of-{count:04d}.parquet")}
    for old in fs.glob(f"{in_dir}/*.parquet"):  # a previous plan's leftovers: this plan supersedes them
        fs.rm(old)

    conn = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        register_filesystem(conn, settings.shards)
        texts = ("select article_id, text, title, "
                 "coalesce(published_date, strftime(cast(fetched_at as date), '%Y-%m-%d')) as event_date_basis, "
                 "coalesce(canonical_url, url) as url from intermediate.int_article_texts where text is not null")
        if not full_refresh and existing:
            done = ", ".join(f"'{_duckdb_path(fs, p)}'" for p in fs.glob(f"{out_dir}/shard-*-of-{count:04d}.parquet"))
            texts += f" and article_id not in (select article_id from read_parquet([{done}]))"
        rows = conn.sql(f"select {shard_sql(count)} as shard, * from ({texts})")
        per_shard = dict(conn.sql("select shard, count(*) from rows group by shard").fetchall())
        tasks = []
        with tempfile.TemporaryDirectory(prefix="sitrep-plan-") as tmp:
            for shard in range(count):
                n = per_shard.get(shard, 0)
                if not (full_refresh or n or shard not in existing):
                    continue
                local = Path(tmp) / shard_name(shard, count)
                conn.sql(f"select {INPUT_COLUMNS} from rows where shard = {shard} order by article_id") \
                    .write_parquet(str(local))
                _put(fs, local, f"{in_dir}/{shard_name(shard, count)}")
                tasks.append({"shard": shard, "count": count, "replace": bool(full_refresh), "articles": int(n)})
    finally:
        conn.close()
    log.info("planned %d shard(s), %d article(s) to extract", len(tasks), sum(t["articles"] for t in tasks))
    return tasks


def extract_shard(settings: Settings, shard: int, count: int, replace: bool = False, workers: int | None = None,
                  **_ignored) -> dict:
    """Extract one shard's input and publish its file. Never opens the warehouse. Idempotent: the input stays until
    the output is in place, and the output is keyed by article_id, so a retry gives the same file."""
    from sitrep.extract.batch import extract_many

    import pandas as pd

    version = _version()
    fs, root = _fs(settings.shards)
    name = shard_name(shard, count)
    source, target = f"{input_dir(root, version)}/{name}", f"{output_dir(root, version)}/{name}"
    if not fs.exists(source):
        if fs.exists(target):  # already done by an earlier try that died after publishing
            return {"shard": shard, "extracted": 0, "path": target}
        raise FileNotFoundError(f"no input for shard {shard} of {count} at {source}: run the plan first")
    conn = duckdb.connect()  # in memory: the warehouse file is never opened here
    try:
        with tempfile.TemporaryDirectory(prefix="sitrep-shard-") as tmp:
            tmp = Path(tmp)
            items = conn.sql(f"select {INPUT_COLUMNS} from read_parquet('{_sql_str(_local_copy(fs, source, tmp, 'in'))}')"
                             ).fetchall()
            log.info("shard %d of %d: extracting %d article(s)", shard, count, len(items))
            new = pd.DataFrame(extract_many(items, workers), columns=list(OUTPUT_COLUMNS)).astype(OUTPUT_COLUMNS)
            conn.register("new_rows", new)
            merged = "select * from new_rows"
            if not replace and fs.exists(target):
                old = _sql_str(_local_copy(fs, target, tmp, "old"))
                merged += (f" union all by name select * from read_parquet('{old}') "
                           "where article_id not in (select article_id from new_rows)")
            local = tmp / f"out-{name}"
            conn.sql(f"select * from ({merged}) order by article_id").write_parquet(str(local))
            total = conn.execute(f"select count(*) from read_parquet('{_sql_str(local)}')").fetchall()[0][0]
            _put(fs, local, target)
    finally:
        conn.close()
    fs.rm(source)
    return {"shard": shard, "extracted": len(items), "rows": int(total), "path": target}


def _sql_str(path) -> str:
    return str(path).replace("'", "''")


def run_all(settings: Settings, *, full_refresh: bool = False) -> list[dict]:
    """Plan and extract every shard in this process, one after the other (the daily DAG, the CLI, tests)."""
    return [extract_shard(settings, **task) for task in plan(settings, full_refresh=full_refresh)]
