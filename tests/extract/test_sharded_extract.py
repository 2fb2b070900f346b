"""Sharded extraction (SITREP_EXTRACTION=sharded) gives the same warehouse as the single-machine path.

One synthetic corpus is landed once; two copies of the warehouse are built, one with extraction inside dbt (a
process pool), one with the shard stage (sitrep.extract.sharded) writing Parquet files that dbt reads as a source.
Both then take the next day incrementally. The cluster test (tests/cluster) runs the same stage over Celery workers.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import fsspec
import pytest

from sitrep import pipeline
from sitrep.extract import sharded as sharded_extract
from sitrep.settings import Settings
from sharded_fixtures import generate_corpus, land, manifest_days, tables

SHARDS = 3


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("sharded")
    corpus = root / "corpus"
    generate_corpus(corpus, 240, per_day=120, increment=60)
    first, last, inc = manifest_days(corpus)
    base = Settings.from_env()
    local = replace(base, warehouse=root / "local.duckdb", extraction="local")
    land(local, corpus, "docs", first, last)
    shutil.copy(local.warehouse, root / "sharded.duckdb")
    sharded = replace(base, warehouse=root / "sharded.duckdb", extraction="sharded", shards=str(root / "shards"),
                      shard_count=SHARDS)
    pipeline.build(local, full_refresh=True)
    pipeline.build(sharded, full_refresh=True)
    full = {"local": tables(local.warehouse, "marts"), "sharded": tables(sharded.warehouse, "marts"),
            "local_int": tables(local.warehouse, "intermediate"),
            "sharded_int": tables(sharded.warehouse, "intermediate")}
    return {"root": root, "corpus": corpus, "inc": inc, "local": local, "sharded": sharded, "full": full}


def _shard_files(settings) -> list[Path]:
    from sitrep.extract import EXTRACTOR_VERSION

    return sorted(Path(sharded_extract.output_dir(settings.shards, EXTRACTOR_VERSION)).glob("*"))


def test_full_refresh_gives_identical_marts(built):
    full = built["full"]
    assert full["local"]["fct_incidents"], "the corpus should yield incidents"
    assert full["sharded"] == full["local"]
    assert full["sharded_int"]["int_article_incidents"] == full["local_int"]["int_article_incidents"]


def test_one_file_per_shard_each_article_once_in_its_shard(built):
    files = _shard_files(built["sharded"])
    assert [f.name for f in files] == [sharded_extract.shard_name(i, SHARDS) for i in range(SHARDS)]
    conn = duckdb.connect()
    rows = conn.execute(f"select article_id, filename from read_parquet({[str(f) for f in files]}, filename = true)"
                        ).fetchall()
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    for article_id, filename in rows:
        assert Path(filename).name == sharded_extract.shard_name(sharded_extract.shard_of(article_id, SHARDS), SHARDS)
    texts = duckdb.connect(str(built["sharded"].warehouse), read_only=True).execute(
        "select count(*) from intermediate.int_article_texts where text is not null").fetchone()[0]
    assert len(ids) == texts
    # The planner's SQL hash and the Python one agree.
    sql = conn.execute(f"select article_id, {sharded_extract.shard_sql(7)} from (select unnest(?) as article_id)",
                       [ids[:50]]).fetchall()
    assert all(shard == sharded_extract.shard_of(a, 7) for a, shard in sql)
    # Nothing of the plan is left behind once every shard is in place.
    assert not list(Path(built["sharded"].shards).glob("input/*/*.parquet"))


def test_rerunning_a_shard_replaces_exactly_its_file(built, tmp_path):
    settings = replace(built["sharded"], shards=str(tmp_path / "shards"))
    shutil.copytree(built["sharded"].shards, settings.shards)
    before = {f.name: f.read_bytes() for f in _shard_files(settings)}
    # Re-plan everything, then run shard 1 twice (a retry after a worker died after publishing).
    planned = sharded_extract.plan(settings, full_refresh=True)
    assert [p["shard"] for p in planned] == list(range(SHARDS))
    task = planned[1]
    source = Path(sharded_extract.input_dir(settings.shards, _version())) / sharded_extract.shard_name(1, SHARDS)
    shutil.copy(source, tmp_path / "input-copy.parquet")
    sharded_extract.extract_shard(settings, **task)
    assert not source.exists()  # the input goes once the output is in place
    shutil.copy(tmp_path / "input-copy.parquet", source)
    sharded_extract.extract_shard(settings, **task)
    after = {f.name: f.read_bytes() for f in _shard_files(settings)}
    assert sorted(after) == sorted(before)  # no second copy, no staging file left
    name = sharded_extract.shard_name(1, SHARDS)
    same = duckdb.connect().execute(
        f"select count(*) from (select * from read_parquet('{tmp_path}/shards/incidents/*/{name}') "
        f"except select * from read_parquet('{built['sharded'].shards}/incidents/*/{name}'))").fetchone()[0]
    assert same == 0


def _version() -> str:
    from sitrep.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def test_next_day_incrementally_still_identical(built):
    inc = built["inc"]
    # Landed once (fetched_at is part of the marts), copied into the sharded warehouse.
    land(built["local"], built["corpus"], f"increment/{inc.isoformat()}", inc, inc)
    conn = duckdb.connect(str(built["sharded"].warehouse))
    try:
        conn.execute(f"attach '{built['local'].warehouse}' as landed (read_only)")
        conn.execute("insert into raw.articles select * from landed.raw.articles "
                     "where article_id not in (select article_id from raw.articles)")
    finally:
        conn.close()
    for key in ("local", "sharded"):
        pipeline.build(built[key])
    local, sharded = tables(built["local"].warehouse, "marts"), tables(built["sharded"].warehouse, "marts")
    assert len(local["fct_incident_reports"]) > len(built["full"]["local"]["fct_incident_reports"])
    assert sharded == local
    conn = duckdb.connect()
    ids = [r[0] for r in conn.execute(
        f"select article_id from read_parquet({[str(f) for f in _shard_files(built['sharded'])]})").fetchall()]
    assert len(ids) == len(set(ids)) == 300 - _without_text(built["sharded"].warehouse)


def _without_text(warehouse) -> int:
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        return conn.execute("select count(*) from intermediate.int_article_texts where text is null").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def object_storage():
    """A real S3 API (moto's server) on a loopback port: object storage without a network. Workers and dbt reach it
    the way a deployment configures s3fs, through FSSPEC_S3_* variables and AWS credentials in the environment."""
    pytest.importorskip("s3fs")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {"AWS_ACCESS_KEY_ID": "sitrep", "AWS_SECRET_ACCESS_KEY": "sitrep", "AWS_DEFAULT_REGION": "us-east-1",
           "FSSPEC_S3_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    fsspec.config.set_conf_env(fsspec.config.conf)  # fsspec read its variables when first imported
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "moto's S3 server did not start"
                time.sleep(0.1)
        fs = fsspec.filesystem("s3")
        fs.mkdir("sitrep-shards")
        yield fs
    finally:
        server.terminate()
        server.wait(timeout=30)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        fsspec.config.conf.pop("s3", None)


def test_shards_on_object_storage_give_identical_marts(built, object_storage, tmp_path):
    """Workers write the shard files to an s3:// URL; the planner and dbt read them there through fsspec."""
    settings = replace(built["sharded"], warehouse=tmp_path / "s3.duckdb", shards="s3://sitrep-shards/sitrep")
    shutil.copy(built["local"].warehouse, settings.warehouse)  # raw.articles as landed, marts rebuilt below
    pipeline.build(settings, full_refresh=True)
    assert tables(settings.warehouse, "marts") == tables(built["local"].warehouse, "marts")
    files = object_storage.glob(f"sitrep-shards/sitrep/incidents/extractor_version={_version()}/*.parquet")
    assert [f.rsplit("/", 1)[1] for f in files] == [sharded_extract.shard_name(i, SHARDS) for i in range(SHARDS)]
    # An incremental plan reads the files where they are: every text is extracted, so no shard has work.
    assert sum(task["articles"] for task in sharded_extract.plan(settings)) == 0


def test_a_missing_shard_fails_the_build_with_a_clear_error(built, tmp_path):
    settings = replace(built["sharded"], warehouse=tmp_path / "w.duckdb", shards=str(tmp_path / "shards"))
    shutil.copy(built["sharded"].warehouse, settings.warehouse)
    shutil.copytree(built["sharded"].shards, settings.shards)
    _shard_files(settings)[0].unlink()
    with pytest.raises(pipeline.DbtBuildFailed, match="no extraction by version"):
        pipeline.dbt_build(settings, full_refresh=True, select="int_article_incidents")


def test_settings_reject_an_unknown_mode(monkeypatch):
    monkeypatch.setenv("SITREP_EXTRACTION", "spark")
    with pytest.raises(ValueError, match="SITREP_EXTRACTION"):
        Settings.from_env()
    monkeypatch.setenv("SITREP_EXTRACTION", "sharded")
    monkeypatch.setenv("SITREP_SHARDS", "s3://bucket/sitrep/shards/")
    monkeypatch.setenv("SITREP_SHARD_COUNT", "16")
    s = Settings.from_env()
    assert (s.extraction, s.shards, s.shard_count) == ("sharded", "s3://bucket/sitrep/shards", 16)
