"""Source configuration and discovery per kind (RSS/Atom, GDELT DOC API, URL lists, local folders)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from werkzeug import Response

from sitrep.acquire.acquisition import discover_candidates
from sitrep.acquire.http_client import FetchPolicy, RequestsHttpClient
from sitrep.settings import PROJECT_ROOT
from sitrep.acquire.sources import ConfigError, Source, discover, load_sources

FIXTURES = Path(__file__).parents[1] / "fixtures" / "acquisition"
DAY_START = datetime(2021, 3, 2, tzinfo=timezone.utc)
DAY_END = DAY_START + timedelta(days=1)


def client() -> RequestsHttpClient:
    return RequestsHttpClient(FetchPolicy(per_host_interval=0, backoff_base=0.01, max_retries=1,
                                          respect_robots=False, allow_private=("127.0.0.0/8",)))


def fixture_text(name: str, base: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", base.rstrip("/"))


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(body, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------- configuration

def test_env_placeholders_are_expanded_at_load_time(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_SAMPLE_BASE_URL", "http://127.0.0.1:4321")
    path = write_config(tmp_path, """
fetch: {allow_private: ["127.0.0.0/8"], per_host_interval: "0.5"}
sources:
  - {name: sample, kind: rss, url: "${SITREP_SAMPLE_BASE_URL}/feed.xml"}
  - {name: other, kind: rss, url: "${SITREP_UNSET_FOR_TEST:-http://fallback.example}/rss"}
""")
    cfg = load_sources(path)
    assert [s.opt("url") for s in cfg.sources] == ["http://127.0.0.1:4321/feed.xml", "http://fallback.example/rss"]
    assert cfg.policy.allow_private == ("127.0.0.0/8",) and cfg.policy.per_host_interval == 0.5


@pytest.mark.parametrize("body, message", [
    ("sources:\n  - {name: a, kind: rss, url: '${SITREP_NOT_SET_ANYWHERE}/x'}\n", "SITREP_NOT_SET_ANYWHERE is not set"),
    ("sources:\n  - {name: a, kind: ftp, url: x}\n", "kind must be one of"),
    ("sources:\n  - {name: a, kind: rss, url: 'http://x.example'}\n  - {name: a, kind: rss, url: 'http://y.example'}\n",
     "duplicate source name 'a'"),
    ("sources:\n  - {name: a, kind: rss}\n", "line 2: sources[0] ('a').url: required key is missing"),
    ("sources:\n  - {name: a, kind: urls}\n", "needs 'urls' or 'file'"),
    ("fetch: {speed: 11}\nsources: []\n", "line 1: fetch.speed: unknown key"),
    ("sources: [unclosed\n", "invalid YAML"),
    ("just a string\n", "expected a mapping with a 'sources' list"),
])
def test_bad_configs_give_clear_errors(tmp_path, body, message):
    with pytest.raises(ConfigError, match=None) as info:
        load_sources(write_config(tmp_path, body))
    assert message in str(info.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="sources file not found"):
        load_sources(tmp_path / "nope.yml")


def test_default_sources_file_is_valid():
    cfg = load_sources(PROJECT_ROOT / "include" / "sources.yml")
    kinds = {s.kind for s in cfg.sources}
    assert len(cfg.sources) >= 4 and {"rss", "gdelt"} <= kinds
    assert all(s.opt("url", "https://").startswith("https://") for s in cfg.sources)
    assert cfg.policy.host_intervals["api.gdeltproject.org"] >= 5


# --------------------------------------------------------------------------------------------------------- RSS

def rss_source(url: str) -> Source:
    return Source("wire", "rss", {"url": url}, FIXTURES)


def test_rss_discovery_filters_by_window_and_keeps_undated(server):
    server.expect_request("/feed.xml").respond_with_data(fixture_text("feed.xml", server.url_for("")),
                                                         content_type="application/rss+xml")
    found = discover(rss_source(server.url_for("/feed.xml")), client(), DAY_START, DAY_END)
    assert not found.failures
    links = [c["url"].rsplit("/", 1)[1] for c in found.candidates]
    assert links == ["mosul?utm_source=rss", "basra", "mosul", "undated"]  # dedupe happens later, across sources
    first = found.candidates[0]
    assert first["source"] == "wire" and first["title_hint"] == "Militants attack checkpoint near Mosul"
    assert first["published_hint"] == "2021-03-02T08:15:00+00:00"
    assert found.candidates[-1]["published_hint"] is None


def test_atom_feeds_work(server):
    server.expect_request("/atom").respond_with_data(fixture_text("atom.xml", server.url_for("")),
                                                     content_type="application/atom+xml")
    found = discover(rss_source(server.url_for("/atom")), client(), DAY_START, DAY_END)
    assert [(c["title_hint"], c["url"]) for c in found.candidates] == [
        ("Shelling reported in the north", server.url_for("/atom/shelling")),
        ("Relative link resolved against the feed URL", server.url_for("/atom/relative"))]


def test_malformed_feed_and_dead_feed_are_failures_not_crashes(server):
    server.expect_request("/bad").respond_with_data((FIXTURES / "malformed_feed.xml").read_bytes(),
                                                    content_type="application/rss+xml")
    server.expect_request("/down").respond_with_data("oops", status=502)
    bad = discover(rss_source(server.url_for("/bad")), client(), DAY_START, DAY_END)
    assert not bad.candidates and bad.failures[0]["reason"].startswith("malformed feed:")
    assert bad.failures[0]["unreachable"] is False
    down = discover(rss_source(server.url_for("/down")), client(), DAY_START, DAY_END)
    assert down.failures == [{"source": "wire", "url": server.url_for("/down"), "http_status": 502,
                              "reason": "feed: http 502 after 2 attempts", "unreachable": True}]


def test_feed_item_cap_stops_a_huge_feed_and_records_why(server):
    items = "".join(f"<item><title>Item {i}</title><link>{server.url_for(f'/a/{i}')}</link></item>"
                    for i in range(30))
    server.expect_request("/huge.xml").respond_with_data(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        content_type="application/rss+xml")
    src = Source("wire", "rss", {"url": server.url_for("/huge.xml"), "max_items": 10}, FIXTURES)
    found = discover(src, client(), DAY_START, DAY_END)
    assert [c["url"].rsplit("/", 1)[1] for c in found.candidates] == [str(i) for i in range(10)]
    assert [f["reason"] for f in found.failures] == [
        "feed: item cap max_items=10 reached; 20 more item(s) not fetched"]
    assert found.failures[0]["unreachable"] is False


# ------------------------------------------------------------------------------------------------------- GDELT

def test_gdelt_fixture_served_locally(server):
    body = fixture_text("gdelt_artlist.json", "https://testwire.example")
    server.expect_request("/api/v2/doc/doc").respond_with_data(body, content_type="application/json")
    src = Source("gdelt", "gdelt", {"query": "attack sourcelang:english", "api_base": server.url_for("/api/v2/doc/doc")},
                 FIXTURES)
    found = discover(src, client(), DAY_START, DAY_END)
    assert [c["title_hint"] for c in found.candidates] == [
        "Two soldiers killed in attack on checkpoint near Mosul", "Protesters block road in Basra over power cuts",
        "Shelling hits villages in southern Idlib"]
    assert found.candidates[0]["published_hint"] == "2021-03-02T08:15:00+00:00"
    assert found.candidates[2]["domain"] == "othernews.example"
    args = parse_qs(server.log[0][0].query_string.decode())
    assert args["mode"] == ["ArtList"] and args["format"] == ["json"] and args["maxrecords"] == ["250"]
    assert args["startdatetime"] == ["20210302000000"] and args["enddatetime"] == ["20210303000000"]
    assert args["query"] == ["attack sourcelang:english"]


def test_gdelt_pages_past_the_record_cap_by_time(server):
    # 230 articles, one per 5 minutes; the API serves at most `maxrecords` per request, oldest first.
    arts = [{"url": f"https://n.example/a{i}", "title": f"A{i}", "language": "English",
             "seendate": (DAY_START + timedelta(minutes=5 * i)).strftime("%Y%m%dT%H%M%SZ")} for i in range(230)]

    def api(request):
        q = parse_qs(request.query_string.decode())
        start = datetime.strptime(q["startdatetime"][0], "%Y%m%d%H%M%S").strftime("%Y%m%dT%H%M%SZ")
        page = [a for a in arts if a["seendate"] >= start][: int(q["maxrecords"][0])]
        return Response(json.dumps({"articles": page}), content_type="application/json")
    server.expect_request("/doc").respond_with_handler(api)
    src = Source("gdelt", "gdelt", {"query": "x", "api_base": server.url_for("/doc"), "max_records": 100}, FIXTURES)
    found = discover(src, client(), DAY_START, DAY_END)
    assert not found.failures
    assert sorted(c["url"] for c in found.candidates) == sorted(a["url"] for a in arts)
    assert len(server.log) == 3


def test_gdelt_error_text_and_truncation_are_reported(server):
    server.expect_request("/doc").respond_with_data("Your search contained a phrase that was too short.",
                                                    content_type="text/html")
    src = Source("g", "gdelt", {"query": "x", "api_base": server.url_for("/doc")}, FIXTURES)
    found = discover(src, client(), DAY_START, DAY_END)
    assert found.failures[0]["reason"] == "gdelt: not JSON: Your search contained a phrase that was too short."

    server.clear()
    full = [{"url": f"https://n.example/{i}", "seendate": f"20210302T{10 + i // 60:02d}{i % 60:02d}00Z"}
            for i in range(5)]
    server.expect_request("/doc").respond_with_json({"articles": full})  # always a full page: never finishes
    src = Source("g", "gdelt", {"query": "x", "api_base": server.url_for("/doc"), "max_records": 5, "max_pages": 2},
                 FIXTURES)
    found = discover(src, client(), DAY_START, DAY_END)
    assert len(found.candidates) == 5 and "max_pages=2" in found.failures[0]["reason"]


# ------------------------------------------------------------------------------------------ URL lists and folders

def test_url_lists_inline_and_from_file(tmp_path):
    (tmp_path / "list.txt").write_text("# comment\nhttps://a.example/1\n\nhttps://a.example/2\n")
    src = Source("l", "urls", {"urls": ["https://b.example/x"], "file": "list.txt"}, tmp_path)
    found = discover(src, client(), DAY_START, DAY_END)
    assert [c["url"] for c in found.candidates] == ["https://b.example/x", "https://a.example/1", "https://a.example/2"]
    missing = discover(Source("l", "urls", {"file": "nope.txt"}, tmp_path), client(), DAY_START, DAY_END)
    assert missing.failures[0]["reason"].startswith("url list unreadable") and missing.failures[0]["unreachable"]


def test_local_folder_lists_html_txt_and_jsonl_records(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (docs / "sub" / "b.txt").write_text("Plain text report.")
    (docs / "ignored.pdf").write_bytes(b"%PDF")
    (docs / "c.jsonl").write_text("\n".join([
        json.dumps({"id": "in", "text": "Clashes in Kidal.", "published": "2021-03-02", "title": "K"}),
        json.dumps({"id": "out", "text": "Old.", "published": "2021-02-01"}),
        "{broken",
        json.dumps({"text": "No id, undated."}),
        json.dumps({"id": "x", "body": "no text field"}),
        json.dumps({"id": "in", "text": "Same id again, another record.", "published": "2021-03-02"}),
    ]) + "\n")
    src = Source("arch", "local", {"path": "docs"}, tmp_path)
    found = discover(src, client(), DAY_START, DAY_END)
    urls = [c["url"].replace(docs.as_uri(), "") for c in found.candidates]
    assert urls == ["/a.html", "/c.jsonl#id=in", "/c.jsonl#line=4", "/c.jsonl#line=6", "/sub/b.txt"]
    assert found.candidates[1]["title_hint"] == "K" and found.candidates[1]["published_hint"].startswith("2021-03-02")
    reasons = sorted(f["reason"] for f in found.failures)
    assert reasons == ["c.jsonl: line 3: skipped: malformed JSON: Expecting property name enclosed in double quotes "
                       "at column 2", "c.jsonl: line 5: skipped: expected an object with a 'text' string"]
    everything = discover(Source("arch", "local", {"path": "docs", "filter_by_date": False}, tmp_path), client(),
                          DAY_START, DAY_END)
    assert len(everything.candidates) == 6
    gone = discover(Source("arch", "local", {"path": "nowhere"}, tmp_path), client(), DAY_START, DAY_END)
    assert gone.failures[0]["reason"] == "local folder not found" and gone.failures[0]["unreachable"]


def test_discover_candidates_is_json_serialisable_and_dedupes_across_sources(server, tmp_path, monkeypatch):
    base = server.url_for("").rstrip("/")
    server.expect_request("/feed.xml").respond_with_data(fixture_text("feed.xml", base),
                                                         content_type="application/rss+xml")
    monkeypatch.setenv("TEST_WIRE", base)
    path = write_config(tmp_path, """
fetch: {allow_private: ["127.0.0.0/8"], per_host_interval: 0, respect_robots: false, max_retries: 1, backoff_base: 0.01}
sources:
  - {name: wire, kind: rss, url: "${TEST_WIRE}/feed.xml"}
  - {name: list, kind: urls, urls: ["${TEST_WIRE}/world/basra", "${TEST_WIRE}/world/extra"]}
  - {name: dead, kind: rss, url: "http://127.0.0.1:9/feed.xml"}
""")
    out = discover_candidates(path, datetime(2021, 3, 2), datetime(2021, 3, 3))  # naive datetimes are UTC
    assert json.loads(json.dumps(out)) == out
    by_url = {c["url"].replace(base, ""): c["source"] for c in out["candidates"]}
    assert by_url == {"/world/mosul?utm_source=rss": "wire", "/world/basra": "wire", "/world/undated": "wire",
                      "/world/extra": "list"}
    assert [(f["source"], f["unreachable"]) for f in out["failures"]] == [("dead", True)]
