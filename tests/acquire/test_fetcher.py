"""The polite HTTP client and the fetcher against a real local HTTP server (threaded pytest-httpserver)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from werkzeug import Response

from sitrep.acquire.fetcher import Fetcher, canonicalize, dedupe
from sitrep.acquire.http_client import FetchPolicy, RequestsHttpClient, retry_after_seconds

FIXTURES = Path(__file__).parents[1] / "fixtures" / "acquisition"
ARTICLE = (FIXTURES / "article.html").read_bytes()
HTML = "text/html; charset=utf-8"


def policy(**overrides) -> FetchPolicy:
    base = dict(backoff_base=0.01, backoff_max=0.05, per_host_interval=0.0, per_host_concurrency=4, max_retries=2,
                respect_robots=False, allow_private=("127.0.0.0/8",), read_timeout=5, total_timeout=10)
    base.update(overrides)
    return FetchPolicy(**base)


def counting(handler_response, hits: list):
    def handler(request):
        hits.append(request)
        return handler_response if isinstance(handler_response, Response) else handler_response(request)
    return handler


def test_good_page_sends_user_agent_and_keeps_validators(server):
    server.expect_request("/a").respond_with_data(ARTICLE, headers={"ETag": '"v1"', "Last-Modified":
                                                                    "Tue, 14 Jan 2020 10:00:00 GMT"}, content_type=HTML)
    client = RequestsHttpClient(policy(user_agent="SitrepTest/9 (+http://example.org)"))
    res = client.fetch(server.url_for("/a"))
    assert res.error is None and res.status == 200 and res.body == ARTICLE
    assert res.etag == '"v1"' and res.last_modified.startswith("Tue, 14 Jan 2020")
    request, _ = server.log[0]
    assert request.headers["User-Agent"] == "SitrepTest/9 (+http://example.org)"


def test_conditional_get_returns_not_modified(server):
    def handler(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(ARTICLE, headers={"ETag": '"v1"'}, content_type=HTML)
    server.expect_request("/a").respond_with_handler(handler)
    client = RequestsHttpClient(policy())
    first = client.fetch(server.url_for("/a"))
    again = client.fetch(server.url_for("/a"), etag=first.etag)
    assert first.body == ARTICLE and not first.not_modified
    assert again.not_modified and again.body is None and again.error is None


def test_500_is_retried_for_the_whole_budget_then_reported(server):
    hits: list = []
    server.expect_request("/down").respond_with_handler(counting(Response("boom", status=500), hits))
    res = RequestsHttpClient(policy(max_retries=2)).fetch(server.url_for("/down"))
    assert len(hits) == 3 and res.attempts == 3
    assert res.error == "http 500 after 3 attempts" and res.status == 500 and res.transport_failure


def test_503_then_success_recovers(server):
    hits: list = []
    server.expect_request("/flaky").respond_with_handler(counting(
        lambda r: Response("busy", status=503) if len(hits) <= 2 else Response(ARTICLE, content_type=HTML), hits))
    res = RequestsHttpClient(policy(max_retries=3)).fetch(server.url_for("/flaky"))
    assert res.error is None and res.body == ARTICLE and res.attempts == 3


def test_429_honours_retry_after(server):
    hits: list = []
    times: list = []

    def handler(request):
        hits.append(request)
        times.append(time.monotonic())
        if len(hits) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(ARTICLE, content_type=HTML)
    server.expect_request("/limited").respond_with_handler(handler)
    res = RequestsHttpClient(policy(backoff_base=0.01)).fetch(server.url_for("/limited"))
    assert res.error is None and res.body == ARTICLE
    # Backoff alone would retry after ~10 ms; the server asked for a second.
    assert times[1] - times[0] >= 0.95


def test_retry_after_beyond_cap_fails_without_stalling(server):
    hits: list = []
    server.expect_request("/limited").respond_with_handler(
        counting(Response("later", status=429, headers={"Retry-After": "3600"}), hits))
    res = RequestsHttpClient(policy(max_retry_after=5)).fetch(server.url_for("/limited"))
    assert len(hits) == 1
    assert res.error == "http 429: Retry-After 3600s exceeds 5s" and res.transport_failure


def test_retry_after_parses_seconds_and_http_dates():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None


def test_redirects_are_followed_and_loops_detected(server):
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data(ARTICLE, content_type=HTML)
    server.expect_request("/loop-a").respond_with_data("", status=302, headers={"Location": "/loop-b"})
    server.expect_request("/loop-b").respond_with_data("", status=302, headers={"Location": "/loop-a"})
    for i in range(10):
        server.expect_request(f"/chain{i}").respond_with_data("", status=302, headers={"Location": f"/chain{i + 1}"})
    client = RequestsHttpClient(policy(max_redirects=3))
    moved = client.fetch(server.url_for("/old"))
    assert moved.error is None and moved.final_url == server.url_for("/new") and moved.body == ARTICLE
    assert client.fetch(server.url_for("/loop-a")).error == "redirect loop"
    assert client.fetch(server.url_for("/chain0")).error == "too many redirects (> 3)"


def test_redirect_to_private_address_is_refused(server):
    # The allow-list covers 127.0.0.0/8 only; a feed page redirecting to 0.0.0.0 / localhost-ish targets is refused.
    server.expect_request("/jump").respond_with_data("", status=302, headers={"Location": "http://169.254.169.254/x"})
    res = RequestsHttpClient(policy()).fetch(server.url_for("/jump"))
    assert res.error == "refused: 169.254.169.254 resolves to non-public address 169.254.169.254"


def test_private_addresses_refused_unless_allow_listed(server):
    server.expect_request("/a").respond_with_data(ARTICLE, content_type=HTML)
    refused = RequestsHttpClient(policy(allow_private=())).fetch(server.url_for("/a"))
    assert refused.error.startswith("refused: 127.0.0.1 resolves to non-public address")
    assert not server.log  # refused before any request was sent
    assert RequestsHttpClient(policy(allow_private=("127.0.0.1",))).fetch(server.url_for("/a")).error is None


def test_huge_bodies_are_refused(server):
    big = b"<html><body>" + b"x" * 200_000 + b"</body></html>"
    server.expect_request("/declared").respond_with_data(big, content_type=HTML)

    def stream(request):  # chunked, no Content-Length: the cap must hold while reading
        return Response((b"y" * 10_000 for _ in range(50)), content_type=HTML, direct_passthrough=True)
    server.expect_request("/streamed").respond_with_handler(stream)
    client = RequestsHttpClient(policy(max_body_bytes=100_000))
    assert client.fetch(server.url_for("/declared")).error == "oversize: Content-Length exceeds 100000 bytes"
    assert client.fetch(server.url_for("/streamed")).error == "oversize: body exceeds 100000 bytes"


def test_binary_content_is_refused(server):
    server.expect_request("/img").respond_with_data(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
    server.expect_request("/untyped").respond_with_handler(
        lambda r: Response(b"\x00\x01\x02binary", headers={"Content-Type": ""}))
    client = RequestsHttpClient(policy())
    img = client.fetch(server.url_for("/img"))
    assert img.error == "unsupported content type: image/png" and img.body is None and not img.transport_failure
    assert client.fetch(server.url_for("/untyped")).error == "unsupported content type: binary without Content-Type"


def test_slow_page_times_out_and_counts_as_transport_failure(server):
    def slow(request):
        time.sleep(1.0)
        return Response(ARTICLE, content_type=HTML)
    server.expect_request("/slow").respond_with_handler(slow)
    res = RequestsHttpClient(policy(read_timeout=0.2, max_retries=1)).fetch(server.url_for("/slow"))
    assert res.error == "timeout: read timed out after 2 attempts" and res.transport_failure


def test_slow_drip_body_hits_the_total_timeout(server):
    def drip(request):  # each chunk arrives within the read timeout, the whole body never does in time
        def chunks():
            for _ in range(30):
                time.sleep(0.05)
                yield b"<p>" + b"word " * 20 + b"</p>"
        return Response(chunks(), content_type=HTML, direct_passthrough=True)
    server.expect_request("/drip").respond_with_handler(drip)
    res = RequestsHttpClient(policy(read_timeout=1, total_timeout=0.4)).fetch(server.url_for("/drip"))
    assert res.error == "timeout: body not received within 0.4s" and res.transport_failure and res.body is None


def test_connection_refused_and_dns_failures_are_transport_failures():
    client = RequestsHttpClient(policy(max_retries=1))
    refused = client.fetch("http://127.0.0.1:9/nothing-listens-here")
    assert refused.error == "connection refused after 2 attempts" and refused.transport_failure
    dns = client.fetch("http://no-such-host.invalid/x")
    assert dns.error == "dns: cannot resolve no-such-host.invalid" and dns.transport_failure
    assert client.fetch("ftp://example.org/x").error == "unsupported URL: ftp://example.org/x"


def test_robots_txt_is_obeyed(server):
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n",
                                                           content_type="text/plain")
    server.expect_request("/private/a").respond_with_data(ARTICLE, content_type=HTML)
    server.expect_request("/public/a").respond_with_data(ARTICLE, content_type=HTML)
    client = RequestsHttpClient(policy(respect_robots=True))
    assert client.fetch(server.url_for("/private/a")).error == "robots.txt disallows"
    assert client.fetch(server.url_for("/public/a")).error is None
    paths = [req.path for req, _ in server.log]
    assert "/private/a" not in paths and paths.count("/robots.txt") == 1


def test_robots_txt_redirects_and_crawl_delay(server):
    server.expect_request("/robots.txt").respond_with_data("", status=301, headers={"Location": "/real-robots.txt"})
    server.expect_request("/real-robots.txt").respond_with_data(
        "User-agent: SitrepTest\nCrawl-delay: 1\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /\n",
        content_type="text/plain")
    server.expect_request("/drafts/x").respond_with_data(ARTICLE, content_type=HTML)
    server.expect_request("/news/x").respond_with_data(ARTICLE, content_type=HTML)
    client = RequestsHttpClient(policy(respect_robots=True, user_agent="SitrepTest/1.0 (+http://example.org)"))
    assert client.fetch(server.url_for("/drafts/x")).error == "robots.txt disallows"
    started = time.monotonic()
    assert client.fetch(server.url_for("/news/x")).error is None  # our own group applies, not "*"
    assert client.fetch(server.url_for("/news/x")).error is None
    assert time.monotonic() - started >= 0.95  # Crawl-delay (whole seconds in urllib) raised the host interval


def test_per_host_concurrency_and_interval_are_enforced(server):
    lock, state = threading.Lock(), {"now": 0, "max": 0}
    starts: list = []

    def handler(request):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])

        def body():  # headers go out at once; the slow part is the body, which the limit must cover too
            yield ARTICLE[:100]
            time.sleep(0.15)
            yield ARTICLE[100:]
            with lock:
                state["now"] -= 1
        return Response(body(), content_type=HTML, direct_passthrough=True)
    server.expect_request("/p").respond_with_handler(handler)
    client = RequestsHttpClient(policy(per_host_concurrency=2, per_host_interval=0.0))
    outcomes = list(Fetcher(client, "t", max_workers=8).run(
        [{"url": server.url_for(f"/p?i={i}"), "source": "s"} for i in range(8)]))
    assert all(o.status == "new" for o in outcomes)
    assert state["max"] == 2

    # Interval: 6 request starts 0.1 s apart span at least 0.5 s even with 8 workers and no concurrency limit.
    starts.clear()
    server.expect_request("/q").respond_with_handler(
        lambda r: (starts.append(time.monotonic()), Response(ARTICLE, content_type=HTML))[1])
    client = RequestsHttpClient(policy(per_host_concurrency=8, per_host_interval=0.1))
    list(Fetcher(client, "t", max_workers=8).run([{"url": server.url_for(f"/q?i={i}"), "source": "s"}
                                                  for i in range(6)]))
    assert len(starts) == 6 and max(starts) - min(starts) >= 0.45


def test_fetcher_outcomes_for_good_empty_and_missing_pages(server, tmp_path):
    server.expect_request("/good").respond_with_data(ARTICLE, content_type=HTML)
    server.expect_request("/empty").respond_with_data("<html><body><nav>Home</nav></body></html>", content_type=HTML)
    server.expect_request("/gone").respond_with_data("nope", status=404)
    fetcher = Fetcher(RequestsHttpClient(policy()), "run-1")
    got = {o.candidate["url"].rsplit("/", 1)[1]: o for o in fetcher.run(
        [{"url": server.url_for(p), "source": "s", "published_hint": "2020-01-14"} for p in ("/good", "/empty", "/gone")])}
    assert got["good"].status == "new" and got["good"].row.body == ARTICLE and got["good"].row.fetch_error is None
    assert got["good"].row.run_id == "run-1" and got["good"].row.http_status == 200
    # The body is kept so it can be re-extracted later, but the failure is recorded.
    assert got["empty"].status == "failed" and got["empty"].row.fetch_error == "extraction: no article text"
    assert got["empty"].row.body is not None
    assert got["gone"].status == "failed" and got["gone"].row.fetch_error == "http 404" and got["gone"].row.body is None
    assert not got["gone"].transport_failure


def test_fetcher_skips_bytes_identical_to_the_last_version(server):
    server.expect_request("/a").respond_with_data(ARTICLE, content_type=HTML)  # no validators offered
    fetcher = Fetcher(RequestsHttpClient(policy()), "r")
    first = next(fetcher.run([{"url": server.url_for("/a"), "source": "s"}]))
    fetcher.validators = {server.url_for("/a"): {"content_sha256": first.row.content_sha256}}
    assert next(fetcher.run([{"url": server.url_for("/a"), "source": "s"}])).status == "unchanged"


def test_canonicalize_and_dedupe():
    assert canonicalize("HTTP://Example.COM:80/a?utm_source=x&id=3#frag") == "http://example.com/a?id=3"
    assert canonicalize("https://example.com:8443") == "https://example.com:8443/"
    cands = [{"url": "https://e.org/a?utm_medium=rss", "source": "one"}, {"url": "https://E.org/a", "source": "two"},
             {"url": "", "source": "bad"}, {"url": "https://e.org/b", "source": "two"}]
    assert [(c["url"], c["source"]) for c in dedupe(cands)] == [("https://e.org/a?utm_medium=rss", "one"),
                                                                ("https://e.org/b", "two")]
