"""Credentials in URLs are stripped before anything is logged or stored (issue 16, item 4): the rule itself and
the fetch/landing layer. The dbt layers and the serving copy are checked end to end in test_operations_run.py."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from werkzeug import Response

from sitrep.acquire.acquisition import fetch_and_land
from sitrep.acquire.fetcher import Fetcher
from sitrep.acquire.http_client import FetchPolicy, RequestsHttpClient
from sitrep.acquire.redact import redact_text, redact_url

ARTICLE = (b"<html><body><article><p>" + b"Gunmen attacked an army checkpoint near Mosul on Monday. " * 10
           + b"</p></article></body></html>")


@pytest.mark.parametrize("url, expected", [
    ("http://user:pass@host.example/a?x=1", "http://host.example/a?x=1"),
    ("https://host.example/a?api_key=S3CR3T&page=2", "https://host.example/a?api_key=REDACTED&page=2"),
    ("https://h.example/a?token=abc&sig=def&password=ghi&auth=jkl&key=mno",
     "https://h.example/a?token=REDACTED&sig=REDACTED&password=REDACTED&auth=REDACTED&key=REDACTED"),
    ("https://h.example/a?accessToken=abc&client_secret=x&X-Amz-Signature=y&X-Amz-Credential=z",
     "https://h.example/a?accessToken=REDACTED&client_secret=REDACTED&X-Amz-Signature=REDACTED"
     "&X-Amz-Credential=REDACTED"),
    ("https://h.example/story?author=smith&keyword=attack&id=7",
     "https://h.example/story?author=smith&keyword=attack&id=7"),
    ("https://h.example/a#access_token=abc&state=1", "https://h.example/a#access_token=REDACTED&state=1"),
    ("file:///data/docs/a.jsonl#id=7", "file:///data/docs/a.jsonl#id=7"),
    ("https://h.example/a?utm_source=rss", "https://h.example/a?utm_source=rss"),
])
def test_redact_url_strips_credentials_and_secret_looking_parameters(url, expected):
    assert redact_url(url) == expected


def test_redact_text_finds_urls_inside_error_reasons():
    assert redact_text("feed: unsupported URL: ftp://u:p@h.example/x?token=1 (bad)") == \
        "feed: unsupported URL: ftp://h.example/x?token=REDACTED (bad)"
    assert redact_text("no url here") == "no url here"


def test_fetcher_stores_no_credentials_but_fetches_with_them(server, tmp_path):
    seen_auth = []

    def handler(request):
        seen_auth.append((request.authorization.username if request.authorization else None,
                          request.args.get("api_key")))
        return Response(ARTICLE, content_type="text/html")
    server.expect_request("/a").respond_with_handler(handler)
    server.expect_request("/gone").respond_with_data("no", status=404)
    port = server.port
    secret_ok = f"http://reporter:hunter2@127.0.0.1:{port}/a?id=1&api_key=SECRETKEY"
    secret_bad = f"http://127.0.0.1:{port}/gone?token=SECRETTOKEN"
    sources = tmp_path / "sources.yml"
    sources.write_text("fetch: {allow_private: ['127.0.0.0/8'], per_host_interval: 0, max_retries: 0, "
                       "respect_robots: false}\nsources:\n  - {name: s, kind: urls, urls: [x]}\n")
    warehouse = tmp_path / "w.duckdb"
    cands = {"candidates": [{"url": secret_ok, "source": "s"}, {"url": secret_bad, "source": "s"}],
             "failures": [{"source": "s", "url": f"http://127.0.0.1:{port}/feed?key=FEEDKEY",
                           "reason": f"feed: http 500 at http://u:PASSWORD@127.0.0.1:{port}/feed"}]}
    report = fetch_and_land(cands, warehouse, "run1", sources)
    assert seen_auth == [("reporter", "SECRETKEY")]  # the server got what the link carried
    printed = repr(report)
    for secret in ("hunter2", "SECRETKEY", "SECRETTOKEN", "FEEDKEY", "PASSWORD"):
        assert secret not in printed, secret
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = conn.execute("select url, canonical_url, final_url, fetch_error from raw.articles").fetchall()
    finally:
        conn.close()
    stored = repr(rows)
    for secret in ("hunter2", "SECRETKEY", "SECRETTOKEN", "FEEDKEY", "PASSWORD"):
        assert secret not in stored, secret
    assert f"http://127.0.0.1:{port}/a?id=1&api_key=REDACTED" in {r[0] for r in rows}
    # A second run finds the stored validators under the redacted URL: unchanged, not a new version.
    again = fetch_and_land({"candidates": [{"url": secret_ok, "source": "s"}]}, warehouse, "run2", sources)
    assert again["landed"] == 0 and again["unchanged"] == 1


def test_fetcher_outcome_reason_is_redacted():
    client = RequestsHttpClient(FetchPolicy(respect_robots=False))
    out = Fetcher(client, "r").fetch_one({"url": "gopher://u:SECRETPW@h.example/x?token=T0K", "source": "s"})
    assert out.status == "failed" and "SECRETPW" not in out.reason and "T0K" not in out.reason
    assert "SECRETPW" not in out.row.url and "T0K" not in out.row.url


def test_dag_xcom_carries_a_reference_not_the_secret_urls(server, tmp_path):
    """The daily DAG passes discover -> fetch_and_land through XCom, stored in Airflow's metadata DB: the URLs
    (with their credentials) stay in an owner-only file beside the warehouse, removed once landed."""
    import json
    import stat

    from sitrep import pipeline
    from sitrep.settings import Settings

    server.expect_request("/a").respond_with_data(ARTICLE, content_type="text/html")
    sources = tmp_path / "sources.yml"
    sources.write_text("fetch: {allow_private: ['127.0.0.0/8'], per_host_interval: 0, respect_robots: false}\n"
                       "sources:\n  - {name: s, kind: urls, urls: [x]}\n")
    settings = Settings(warehouse=tmp_path / "w.duckdb", serving=tmp_path / "s.duckdb", sources=sources,
                        dbt_project_dir=tmp_path, dbt_profiles_dir=tmp_path)
    found = {"candidates": [{"url": f"http://u:PASSW0RD@127.0.0.1:{server.port}/a?token=T0KEN", "source": "s"}],
             "failures": [], "window": {}}
    ref = pipeline.stash_candidates(settings, found, "scheduled__2021-03-02T00:00:00+00:00")
    xcom = json.dumps(ref)
    assert "PASSW0RD" not in xcom and "T0KEN" not in xcom and ref["candidates"] == 1
    stash = Path(ref["candidates_file"])
    assert stat.S_IMODE(stash.stat().st_mode) == 0o600
    report = pipeline.land(settings, ref, "r")
    assert report["landed"] == 1 and not stash.exists()
    with pytest.raises(FileNotFoundError, match="clear `discover` too"):
        pipeline.land(settings, ref, "r")
