"""One wall-clock deadline per fetch, against a real server on 127.0.0.1 that drips bytes (issue 16, item 1).

The server is a raw socket loop, not an HTTP framework: it sends a byte, sleeps, sends the next, so every single
read succeeds well within the socket read timeout and only a deadline on the whole fetch can cut it. Deadlines are
short so the tests run fast; the server would drip for a minute.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from contextlib import contextmanager

import pytest

from sitrep.acquire.http_client import FetchPolicy, RequestsHttpClient, embedded_ipv4, is_public

PAGE = b"<html><head><title>Fine</title></head><body><p>" + b"A healthy page. " * 40 + b"</p></body></html>"


class DripServer:
    """Answers each path with a scripted behaviour: 'drip-body', 'drip-headers', 'ok', 'drip-robots'."""

    def __init__(self, routes: dict[str, str], interval: float = 0.2, total_seconds: float = 60.0):
        self.routes, self.interval, self.total = routes, interval, total_seconds
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.hits: list[str] = []
        self.closed_early: list[str] = []
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket, data: bytes, path: str) -> bool:
        ends = time.monotonic() + self.total
        for i in range(len(data)):
            if self._stop.is_set() or time.monotonic() > ends:
                return False
            try:
                conn.sendall(data[i:i + 1])
            except OSError:
                self.closed_early.append(path)  # the client hung up: what the deadline should cause
                return False
            time.sleep(self.interval)
        return True

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            path = request.split(b" ", 2)[1].decode()
            self.hits.append(path)
            mode = self.routes.get(path, "404")
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
            if mode == "ok":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                             b"Connection: close\r\n\r\n" % len(PAGE) + PAGE)
            elif mode == "drip-body":  # no Content-Length: the body ends when the server closes
                conn.sendall(head)
                self._drip(conn, PAGE * 20, path)
            elif mode == "drip-headers":
                self._drip(conn, head + PAGE, path)
            elif mode == "drip-robots":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
                self._drip(conn, b"User-agent: *\nDisallow: /private\n" * 50, path)
            else:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def stop(self) -> None:
        self._stop.set()
        self.sock.close()


@contextmanager
def drip_server(routes: dict[str, str], **kw):
    srv = DripServer(routes, **kw)
    try:
        yield srv
    finally:
        srv.stop()


def policy(**overrides) -> FetchPolicy:
    base = dict(backoff_base=0.01, backoff_max=0.05, per_host_interval=0.0, max_retries=0, respect_robots=False,
                allow_private=("127.0.0.0/8",), connect_timeout=2, read_timeout=5, total_timeout=1.5)
    base.update(overrides)
    return FetchPolicy(**base)


def timed_fetch(client: RequestsHttpClient, url: str):
    began = time.monotonic()
    res = client.fetch(url)
    return res, time.monotonic() - began


def test_body_dripping_one_byte_at_a_time_is_cut_at_the_deadline():
    with drip_server({"/drip": "drip-body"}) as srv:
        res, took = timed_fetch(RequestsHttpClient(policy(total_timeout=1.5)), srv.url("/drip"))
        assert res.error == "timeout: body not received within 1.5s"
        assert res.transport_failure and res.body is None
        assert 1.4 <= took < 3.0, f"fetch took {took:.1f}s against a 1.5s deadline"
        time.sleep(0.5)
        assert "/drip" in srv.closed_early, "the client kept the dripping connection open"


def test_headers_dripping_are_cut_at_the_deadline_too():
    with drip_server({"/slowhead": "drip-headers"}) as srv:
        res, took = timed_fetch(RequestsHttpClient(policy(total_timeout=1.0)), srv.url("/slowhead"))
        assert res.error == "timeout: fetch not done within 1s" and res.transport_failure
        assert took < 2.5


def test_deadline_covers_redirect_hops_and_retries():
    """Retries stop when the next attempt could not finish inside the deadline."""
    with drip_server({"/drip": "drip-body"}) as srv:
        res, took = timed_fetch(RequestsHttpClient(policy(total_timeout=1.0, max_retries=5)), srv.url("/drip"))
        assert res.error.startswith("timeout:") and took < 2.5
        assert srv.hits.count("/drip") == 1


def test_dripping_robots_txt_has_its_own_budget_and_the_page_is_still_fetched():
    with drip_server({"/robots.txt": "drip-robots", "/page": "ok", "/page2": "ok"}) as srv:
        client = RequestsHttpClient(policy(respect_robots=True, robots_timeout=0.5, total_timeout=3))
        res, took = timed_fetch(client, srv.url("/page"))
        assert res.error is None and res.body == PAGE, res.error
        assert took < 2.0, f"robots.txt held the fetch {took:.1f}s despite its 0.5s budget"
        # The verdict (unavailable: allow) is cached; the next page of that origin does not wait again.
        res2, took2 = timed_fetch(client, srv.url("/page2"))
        assert res2.error is None and took2 < 0.5 and srv.hits.count("/robots.txt") == 1


def test_robots_budget_never_exceeds_the_fetch_deadline():
    with drip_server({"/robots.txt": "drip-robots", "/page": "ok"}) as srv:
        client = RequestsHttpClient(policy(respect_robots=True, robots_timeout=30, total_timeout=1.0))
        res, took = timed_fetch(client, srv.url("/page"))
        assert took < 2.5, f"robots.txt outlived the page's 1s deadline ({took:.1f}s)"
        assert res.error is None or res.error.startswith("timeout:")


def test_a_healthy_page_is_unaffected_by_the_watchdog():
    with drip_server({"/ok": "ok"}) as srv:
        client = RequestsHttpClient(policy(total_timeout=1.0))
        for _ in range(3):  # keep-alive off, but the pool and timers must not leak state between fetches
            res = client.fetch(srv.url("/ok"))
            assert res.error is None and res.body == PAGE
        time.sleep(1.2)  # a timer left armed from an earlier fetch would cut this one
        assert client.fetch(srv.url("/ok")).body == PAGE


def test_politeness_waits_do_not_count_against_the_servers_deadline():
    with drip_server({"/ok": "ok"}) as srv:
        client = RequestsHttpClient(policy(total_timeout=0.8, per_host_interval=1.0, per_host_concurrency=1))
        results = [client.fetch(srv.url("/ok")) for _ in range(2)]  # the second waits 1s for its slot
        assert [r.error for r in results] == [None, None]


@pytest.mark.parametrize("address", [
    "64:ff9b::7f00:1",        # NAT64 well-known prefix -> 127.0.0.1
    "64:ff9b::a9fe:a9fe",     # NAT64 -> 169.254.169.254 (cloud metadata)
    "64:ff9b:1::a00:1",       # NAT64 local-use prefix -> 10.0.0.1
    "::ffff:10.0.0.1",        # IPv4-mapped
    "::7f00:1",               # IPv4-compatible (deprecated)
    "2002:7f00:1::1",         # 6to4 of 127.0.0.1
    "2002:c0a8:101::1",       # 6to4 of 192.168.1.1
])
def test_ssrf_guard_refuses_ipv6_forms_embedding_private_ipv4(address):
    assert not is_public(ipaddress.ip_address(address))
    res = RequestsHttpClient(policy(allow_private=())).fetch(f"http://[{address}]/latest/meta-data/")
    assert res.error.startswith("refused:") and "non-public address" in res.error


def test_nat64_of_a_public_address_is_allowed():
    ip = ipaddress.ip_address("64:ff9b::808:808")  # 8.8.8.8 through NAT64
    assert embedded_ipv4(ip) == [ipaddress.ip_address("8.8.8.8")] and is_public(ip)
