"""Landing in raw.articles: versions, idempotence, transactions, recorded failures, unreachable sources."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from werkzeug import Response

from sitrep.acquire.acquisition import SourceUnreachable, discover_candidates, fetch_and_land
from sitrep.acquire.landing import COLUMNS, RawArticle, article_id_for, ensure_schema, land
from sitrep.warehouse.connection import warehouse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "acquisition"
ARTICLE = (FIXTURES / "article.html").read_text(encoding="utf-8")
HTML = "text/html; charset=utf-8"
CONTRACT_COLUMNS = ["article_id", "url", "source", "fetched_at", "http_status", "content_type", "body",
                    "content_sha256", "fetch_error"]
FETCH = "fetch: {allow_private: ['127.0.0.0/8'], per_host_interval: 0, per_host_concurrency: 4, " \
        "respect_robots: false, max_retries: 1, backoff_base: 0.01}"


def page(headline: str) -> str:
    return ARTICLE.replace("Militants attack checkpoint near Mosul", headline)


def config(tmp_path: Path, sources: str) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(FETCH + "\nsources:\n" + textwrap.indent(textwrap.dedent(sources), "  "), encoding="utf-8")
    return path


def table(db: Path) -> list[tuple]:
    with warehouse(db, read_only=True) as conn:
        return conn.execute("SELECT * FROM raw.articles ORDER BY article_id").fetchall()


def run(cfg: Path, db: Path, run_id: str = "r1") -> dict:
    cands = discover_candidates(cfg, datetime(2021, 3, 2), datetime(2021, 3, 3))
    return fetch_and_land(cands, db, run_id, cfg)


# --------------------------------------------------------------------------------------------------- schema

def test_ensure_schema_creates_contract_columns_and_upgrades_old_tables(tmp_path):
    with warehouse(tmp_path / "w.duckdb") as conn:
        conn.execute("CREATE SCHEMA raw")
        conn.execute("CREATE TABLE raw.articles (article_id VARCHAR, url VARCHAR, source VARCHAR, fetched_at TIMESTAMP,"
                     " http_status INTEGER, content_type VARCHAR, body BLOB, content_sha256 VARCHAR, fetch_error VARCHAR)")
        ensure_schema(conn)
        ensure_schema(conn)  # idempotent
        cols = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns WHERE "
                                           "table_schema='raw' AND table_name='articles' ORDER BY ordinal_position").fetchall()]
    assert cols[:len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS and sorted(cols) == sorted(COLUMNS)


def test_a_failing_batch_lands_nothing(tmp_path):
    def row(url):
        return RawArticle(article_id=article_id_for(str(url), "s", None), url=url, source="s",
                          fetched_at=datetime(2021, 3, 2), http_status=200, content_type="text/html", body=b"x",
                          content_sha256="s", fetch_error=None)
    with warehouse(tmp_path / "w.duckdb") as conn:
        with pytest.raises(duckdb.Error):
            land(conn, [row("http://a.example/1"), row(None), row("http://a.example/3")])  # NOT NULL violated
        assert conn.execute("SELECT count(*) FROM raw.articles").fetchone()[0] == 0
        assert land(conn, [row("http://a.example/1")]) == {article_id_for("http://a.example/1", "s", None)}


# ------------------------------------------------------------------------------------------------ end to end

def test_runs_are_idempotent_and_changed_pages_add_versions(server, tmp_path):
    versions = {"story": page("First version of the story about the checkpoint")}
    server.expect_request("/story").respond_with_handler(lambda r: Response(versions["story"], content_type=HTML))
    etag_hits: list = []

    def tagged(request):
        etag_hits.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"t1"':
            return Response(status=304)
        return Response(page("A page with an ETag"), content_type=HTML, headers={"ETag": '"t1"'})
    server.expect_request("/tagged").respond_with_handler(tagged)
    server.expect_request("/gone").respond_with_data("no", status=404)
    server.expect_request("/broken").respond_with_data("err", status=500)
    server.expect_request("/nav").respond_with_data("<html><body><a href='/'>Home</a></body></html>", content_type=HTML)
    base = server.url_for("").rstrip("/")
    cfg = config(tmp_path, f"""
        - name: list
          kind: urls
          urls: ["{base}/story", "{base}/tagged", "{base}/gone", "{base}/broken", "{base}/nav", "{base}/story#dup"]
    """)
    db = tmp_path / "w.duckdb"

    first = run(cfg, db, "day-1")
    assert (first["fetched"], first["landed"], first["failed"], first["unchanged"]) == (5, 2, 3, 0)
    rows = table(db)
    reasons = sorted(r[COLUMNS.index("fetch_error")] for r in rows if r[COLUMNS.index("fetch_error")])
    assert reasons == ["extraction: no article text", "http 404", "http 500 after 2 attempts"]
    for r in rows:  # every landed body matches its hash
        body = r[COLUMNS.index("body")]
        assert body is None or hashlib.sha256(body).hexdigest() == r[COLUMNS.index("content_sha256")]

    second = run(cfg, db, "day-1-again")
    assert table(db) == rows  # exactly as after one run, failures included
    # The nav-only page is byte-identical to its landed version, so it counts as unchanged, not as a new failure.
    assert second["landed"] == 0 and second["unchanged"] == 3 and second["failed"] == 2
    assert etag_hits == [None, '"t1"']  # conditional GET on the second run

    versions["story"] = page("Second version: the toll rose overnight after more fighting")
    third = run(cfg, db, "day-2")
    assert third["landed"] == 1
    story = [r for r in table(db) if r[COLUMNS.index("url")] == f"{base}/story"]
    assert len(story) == 2 and {r[COLUMNS.index("run_id")] for r in story} == {"day-1", "day-2"}
    assert len(table(db)) == len(rows) + 1


def test_boilerplate_churn_is_not_a_new_version(server, tmp_path):
    calls = {"n": 0}

    def churning(request):  # same article, new nonce and "generated at" stamp on every request
        calls["n"] += 1
        html = page("Stable story about a roadside bomb").replace(
            "</body>", f"<script nonce='n{calls['n']}'>var t={calls['n']};</script><!-- gen {calls['n']} --></body>")
        return Response(html, content_type=HTML)
    server.expect_request("/churn").respond_with_handler(churning)
    cfg = config(tmp_path, f"- {{name: c, kind: urls, urls: ['{server.url_for('/churn')}']}}\n")
    db = tmp_path / "w.duckdb"
    assert run(cfg, db)["landed"] == 1
    again = run(cfg, db)
    assert calls["n"] == 2 and again["landed"] == 0 and again["unchanged"] == 1
    assert len(table(db)) == 1


def test_local_archive_lands_one_row_per_jsonl_record(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.html").write_text(ARTICLE, encoding="utf-8")
    (docs / "b.jsonl").write_text('{"id": "1", "text": "Clashes in Kidal left 4 dead.", "published": "2021-03-02"}\n'
                                  '{"id": "2", "text": "Protest in Bamako.", "published": "not a date"}\n'
                                  '{"id": "3", "text": "   ", "published": "2021-03-02"}\n')
    cfg = config(tmp_path, "- {name: archive, kind: local, path: docs}\n")
    db = tmp_path / "w.duckdb"
    report = run(cfg, db)
    rows = {r[COLUMNS.index("url")].rsplit("/", 1)[1]: r for r in table(db)}
    assert set(rows) == {"a.html", "b.jsonl#id=1", "b.jsonl#id=2", "b.jsonl#id=3"}
    get = lambda key, col: rows[key][COLUMNS.index(col)]  # noqa: E731
    assert get("b.jsonl#id=1", "content_type") == "application/json" and get("b.jsonl#id=1", "fetch_error") is None
    assert get("b.jsonl#id=1", "body") == b'{"id": "1", "text": "Clashes in Kidal left 4 dead.", "published": "2021-03-02"}'
    # A bad date leaves a usable document: landed with a warning, not as a failure.
    assert get("b.jsonl#id=2", "fetch_error") is None
    assert get("b.jsonl#id=2", "extract_warning") == "unparseable date: not a date"
    assert get("b.jsonl#id=3", "fetch_error") == "extraction: no article text"
    assert get("a.html", "http_status") is None and get("a.html", "fetch_error") is None
    assert report["by_source"]["archive"] == {"candidates": 4, "landed": 3, "unchanged": 0, "failed": 1}
    assert report["warnings"] == 1
    run(cfg, db)
    assert len(table(db)) == 4


def test_file_links_from_feeds_cannot_read_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not land me")
    (tmp_path / "docs").mkdir()
    cfg = config(tmp_path, "- {name: archive, kind: local, path: docs}\n")
    cands = {"candidates": [{"url": secret.as_uri(), "source": "evil-feed"}], "failures": []}
    report = fetch_and_land(cands, tmp_path / "w.duckdb", "r", cfg)
    assert report["failed"] == 1
    [row] = table(tmp_path / "w.duckdb")
    assert row[COLUMNS.index("body")] is None
    assert row[COLUMNS.index("fetch_error")] == "refused: file URL outside the configured local folders"


def test_unreachable_source_fails_the_run_after_landing_everything_else(server, tmp_path):
    server.expect_request("/ok").respond_with_data(page("Reachable page about a raid"), content_type=HTML)
    server.expect_request("/missing").respond_with_data("no", status=404)
    base = server.url_for("").rstrip("/")
    cfg = config(tmp_path, f"""
        - {{name: good, kind: urls, urls: ["{base}/ok"]}}
        - {{name: notfound, kind: urls, urls: ["{base}/missing"]}}
        - {{name: dead, kind: urls, urls: ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"]}}
        - {{name: deadfeed, kind: rss, url: "http://127.0.0.1:9/feed.xml"}}
    """)
    db = tmp_path / "w.duckdb"
    with pytest.raises(SourceUnreachable) as info:
        run(cfg, db)
    assert info.value.sources == ["dead", "deadfeed"]  # a 404 is a failure, not unreachability
    assert "dead: connection refused after 2 attempts" in str(info.value)
    assert "deadfeed: feed: connection refused after 2 attempts" in str(info.value)
    landed = {(r[COLUMNS.index("source")], r[COLUMNS.index("fetch_error")]) for r in table(db)}
    assert landed == {("good", None), ("notfound", "http 404"), ("dead", "connection refused after 2 attempts"),
                      ("deadfeed", "feed: connection refused after 2 attempts")}
    assert len(table(db)) == 5 and info.value.report["landed"] == 1
    with pytest.raises(SourceUnreachable):
        run(cfg, db)
    assert len(table(db)) == 5  # the identical failures were not recorded twice


CRASHING_RUN = """
import sys
from sitrep.acquire import acquisition
acquisition.BATCH_SIZE = 2
cands = acquisition.discover_candidates(sys.argv[1], "2021-03-02T00:00:00", "2021-03-03T00:00:00")
acquisition.fetch_and_land(cands, sys.argv[2], "crashed", sys.argv[1])
"""


def test_a_crash_mid_run_leaves_whole_rows_and_the_next_run_completes(server, tmp_path):
    served: list = []

    def slow(request):
        served.append(request.path)
        time.sleep(0.05)
        return Response(page(f"Story {request.path} about shelling in the north"), content_type=HTML)
    server.expect_request(re.compile(r"^/s\d+$")).respond_with_handler(slow)
    base = server.url_for("").rstrip("/")
    urls = ", ".join(f'"{base}/s{i}"' for i in range(30))
    cfg = config(tmp_path, f"- {{name: many, kind: urls, urls: [{urls}]}}\n").read_text()
    cfg_path = tmp_path / "sources.yml"
    cfg_path.write_text(cfg.replace("per_host_concurrency: 4", "per_host_concurrency: 1"))
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_RUN, str(cfg_path), str(db)], env=dict(os.environ))
    deadline = time.monotonic() + 30
    while len(served) < 9 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before we could crash it"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with warehouse(db) as conn:
        ensure_schema(conn)
        partial = conn.execute("SELECT url, body, content_sha256 FROM raw.articles").fetchall()
    # Batches of 2 rows are landed in one transaction each: only whole batches survive the kill.
    assert 2 <= len(partial) < 30 and len(partial) % 2 == 0
    assert all(hashlib.sha256(body).hexdigest() == sha for _, body, sha in partial)

    report = run(cfg_path, db, "next")
    rows = table(db)
    assert sorted(r[COLUMNS.index("url")] for r in rows) == sorted(f"{base}/s{i}" for i in range(30))
    assert report["landed"] == 30 - len(partial) and report["unchanged"] == len(partial)


def test_a_landing_batch_closes_at_its_row_count_or_at_its_body_bytes(monkeypatch, tmp_path):
    # Batches are large (each costs a warehouse open and a checkpoint on close), but big bodies close one early,
    # so a batch never holds more than about BATCH_BYTES of pages in memory.
    from types import SimpleNamespace

    from sitrep.acquire import acquisition

    batches: list[int] = []
    monkeypatch.setattr(acquisition, "_land_batch", lambda path, rows: batches.append(len(rows)) or set())
    monkeypatch.setattr(acquisition, "BATCH_SIZE", 4)
    monkeypatch.setattr(acquisition, "BATCH_BYTES", 1000)
    tally = acquisition._Tally(tmp_path / "w.duckdb")
    for size in [10, 10, 10, 10, 10, 600, 600, 10, 999, 1, 10]:
        row = RawArticle(article_id=f"a{len(batches)}", url="u", source="s", fetched_at=datetime(2021, 3, 3),
                         http_status=200, content_type="text/html", body=b"x" * size, content_sha256=None,
                         fetch_error=None)
        tally.fetched(SimpleNamespace(candidate={"source": "s", "url": "u"}, status="new", reason=None,
                                      transport_failure=False, row=row))
    tally.flush()
    assert batches == [4, 3, 2, 2]  # 4 rows; 10+600+600 bytes; 10+999 bytes; the rest
