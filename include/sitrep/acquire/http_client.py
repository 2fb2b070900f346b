"""A polite HTTP client behind a small interface.

``HttpClient.fetch(url, ...)`` never raises for network trouble: it returns a ``FetchResult`` whose ``error`` is a
short, deterministic reason (no timings, no object addresses), so an identical failure re-recorded on a later run
hashes to the same warehouse row. The requests-backed implementation adds: per-host rate limit and concurrency,
robots.txt (with Crawl-delay), retries with exponential backoff on 429/5xx/transport errors honouring Retry-After,
conditional GET, a body size cap, content-type checks, manually bounded redirects (each hop re-checked), and a
refusal of private / loopback / link-local addresses unless allow-listed (feeds are untrusted input: SSRF), including
IPv4 addresses embedded in IPv6 ones (NAT64, 6to4, Teredo, mapped and compatible forms).

Every fetch has one wall-clock deadline (``total_timeout``) covering robots.txt, connects, redirects, retries and
every byte of headers and body. Socket timeouts alone cannot enforce it (a server dripping one byte a second never
trips a read timeout), so a watchdog shuts down the fetch's sockets when the deadline passes and the blocked read
returns; robots.txt gets a smaller budget of its own inside that deadline.
"""

from __future__ import annotations

import email.utils
import ipaddress
import random
import re
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Collection, Iterator, Protocol
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from sitrep import __version__
from sitrep.acquire.redact import redact_url

# Operators should add a contact (fetch.user_agent in sources.yml); the product token is what robots.txt matches.
DEFAULT_USER_AGENT = f"SitrepBot/{__version__} (open-source news-to-incident pipeline; python-requests)"
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # wall clock for the whole fetch, so a slow-drip server cannot hold a worker
    robots_timeout: float = 15.0  # wall clock for one robots.txt (inside total_timeout); on expiry: allow-all
    max_retries: int = 3  # extra attempts after the first
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is a failure, not a stall
    max_body_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host_interval: float = 1.0  # minimum seconds between request starts to one host
    per_host_concurrency: int = 2
    max_workers: int = 8
    respect_robots: bool = True
    max_crawl_delay: float = 30.0
    allow_private: tuple[str, ...] = ()  # IPs, CIDRs or host names exempt from the private-address refusal
    host_intervals: dict = field(default_factory=dict)  # per-host overrides of per_host_interval

    @classmethod
    def from_dict(cls, data: dict) -> "FetchPolicy":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fetch settings: {', '.join(sorted(unknown))}")
        data = dict(data)
        if "allow_private" in data:
            value = data["allow_private"] or ()
            data["allow_private"] = tuple([value] if isinstance(value, str) else value)
        data["host_intervals"] = {str(k): float(v) for k, v in (data.get("host_intervals") or {}).items()}
        for f in fields(cls):
            if f.name in data and f.type in ("float", "int") and data[f.name] is not None:
                data[f.name] = (float if f.type == "float" else int)(data[f.name])
        return cls(**data)


@dataclass
class FetchResult:
    url: str
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    # True when the host could not be reached for the whole retry budget (DNS, connect, timeout, 5xx, 429).
    transport_failure: bool = False
    not_modified: bool = False
    attempts: int = 0


class HttpClient(Protocol):
    def fetch(self, url: str, *, accept: Collection[str] | None = None, etag: str | None = None,
              last_modified: str | None = None) -> FetchResult: ...

    def close(self) -> None: ...


# ------------------------------------------------------------------------------------------------- helpers

def media_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() or None if content_type else None


def _clean(exc: BaseException) -> str:
    """A stable message: drop object addresses and collapse whitespace."""
    text = re.sub(r" object at 0x[0-9a-f]+", "", str(exc))
    return re.sub(r"\s+", " ", text).strip()[:200]


def _transport_reason(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.ConnectTimeout):
        return "timeout: connect timed out"
    if isinstance(exc, (requests.ReadTimeout, requests.Timeout)):
        return "timeout: read timed out"
    if isinstance(exc, requests.exceptions.SSLError):
        return "tls error"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        if "Connection refused" in text:
            return "connection refused"
        if "RemoteDisconnected" in text or "Connection aborted" in text or "reset" in text.lower():
            return "connection reset by peer"
        return "connection error"
    return f"request error: {type(exc).__name__}"


def _deadline_reason(total: float) -> str:
    return f"timeout: fetch not done within {total:g}s"


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _HostGate:
    """Per-host concurrency slots and a minimum interval between request starts."""

    def __init__(self, concurrency: int, interval: float):
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.interval = interval
        self.lock = threading.Lock()
        self.next_start = 0.0

    def push_back(self, seconds: float) -> None:
        # Retry-After applies to the host, not just to the request that got it.
        with self.lock:
            self.next_start = max(self.next_start, time.monotonic() + seconds)

    def acquire(self) -> None:
        self.slots.acquire()
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.interval
        if start > now:
            time.sleep(start - now)

    def release(self) -> None:
        self.slots.release()

    @contextmanager
    def slot(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()


class _Refused(Exception):
    pass


# ---------------------------------------------------------------------------------------------- deadlines

class _Deadline:
    """A wall-clock limit for one fetch (or one robots.txt). Sockets opened or read under it are registered; when
    it expires a timer shuts them down, so a read blocked on a dripping server returns at once."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + max(0.0, seconds)
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self.fired = self._closed = False
        self._paused_at: float | None = None
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def remaining(self) -> float:
        now = time.monotonic()
        paused = now - self._paused_at if self._paused_at is not None else 0.0
        return self.ends + paused - now

    @property
    def expired(self) -> bool:
        return self.fired or self.remaining() <= 0

    def register(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.fired:
                _shutdown(sock)
            elif all(s is not sock for s in self._socks):
                self._socks.append(sock)

    def _fire(self) -> None:
        with self._lock:
            left = self.remaining()
            if left > 0 and not self._closed:  # extended by a politeness wait: sleep on
                self._timer = threading.Timer(left, self._fire)
                self._timer.daemon = True
                self._timer.start()
                return
            self.fired = True
            socks, self._socks = self._socks, []
        for sock in socks:
            _shutdown(sock)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Time spent waiting for our own per-host politeness slot is not the server's time."""
        with self._lock:
            nested = self._paused_at is not None
            if not nested:
                self._paused_at = time.monotonic()
        try:
            yield
        finally:
            if not nested:
                with self._lock:
                    self.ends += time.monotonic() - self._paused_at
                    self._paused_at = None

    def __enter__(self) -> "_Deadline":
        self._outer = getattr(_current, "deadline", None)
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._lock:
            self._closed = True
            self._timer.cancel()
        _current.deadline = self._outer


_current = threading.local()


def _current_deadline() -> "_Deadline | None":
    return getattr(_current, "deadline", None)


@contextmanager
def _politeness_wait() -> Iterator[None]:
    deadline = _current_deadline()
    if deadline is None:
        yield
    else:
        with deadline.paused():
            yield


def _shutdown(sock: socket.socket) -> None:
    try:
        # The plain socket's shutdown, also for TLS sockets: it wakes the blocked recv without tearing down the
        # SSL object under the reading thread.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


def _register_current(sock: socket.socket | None) -> None:
    deadline = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.register(sock)


class _DeadlineHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _register_current(self.sock)

    def getresponse(self, *args, **kwargs):  # a reused keep-alive connection never calls connect()
        _register_current(self.sock)
        return super().getresponse(*args, **kwargs)


class _DeadlineHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _register_current(self.sock)

    def getresponse(self, *args, **kwargs):
        _register_current(self.sock)
        return super().getresponse(*args, **kwargs)


class _DeadlineHTTPPool(HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _DeadlineHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


class _DeadlineAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}


# ------------------------------------------------------------------------------------------------- SSRF

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries and a translator or tunnel would deliver to."""
    if ip.version != 6:
        return []
    out = []
    if ip.ipv4_mapped:
        out.append(ip.ipv4_mapped)
    if ip.sixtofour:
        out.append(ip.sixtofour)
    if ip.teredo:
        out.extend(ip.teredo)
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if any(ip in net for net in _NAT64) or int(ip) >> 32 == 0:  # NAT64 well-known / local-use; IPv4-compatible
        out.append(low32)
    return out


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if not ip.is_global or ip.is_multicast:
        return False
    return all(v4.is_global and not v4.is_multicast for v4 in embedded_ipv4(ip))


class RequestsHttpClient:
    """The real client. Thread-safe: one requests.Session per thread, shared per-host gates and robots cache."""

    def __init__(self, policy: FetchPolicy | None = None):
        self.policy = policy or FetchPolicy()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._allowed_nets, self._allowed_hosts = [], set()
        for entry in self.policy.allow_private:
            try:
                self._allowed_nets.append(ipaddress.ip_network(str(entry), strict=False))
            except ValueError:
                self._allowed_hosts.add(str(entry).lower())
        self._ua_token = self.policy.user_agent.split("/", 1)[0].split()[0]

    # -- plumbing
    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.policy.user_agent
            session.headers["Accept-Encoding"] = "gzip, deflate"
            adapter = _DeadlineAdapter(pool_connections=16, pool_maxsize=max(4, self.policy.per_host_concurrency),
                                  max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            for s in self._sessions:
                s.close()
            self._sessions.clear()

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                interval = float(self.policy.host_intervals.get(host, self.policy.per_host_interval))
                gate = self._gates[host] = _HostGate(self.policy.per_host_concurrency, interval)
            return gate

    def _check_address(self, host: str) -> None:
        """Refuse hosts resolving to non-public addresses unless allow-listed (raises _Refused)."""
        if host.lower() in self._allowed_hosts:
            return
        p = self.policy
        for attempt in range(p.max_retries + 1):
            try:
                infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
                break
            except socket.gaierror as exc:
                # "Temporary failure in name resolution" is worth the retry budget; "no such name" is not.
                if exc.errno != socket.EAI_AGAIN:
                    raise _Refused(f"dns: cannot resolve {host}") from exc
                if attempt == p.max_retries:
                    raise _Refused(f"dns: temporary failure resolving {host} after {attempt + 1} attempts") from exc
                time.sleep(min(p.backoff_max, p.backoff_base * 2 ** attempt))
        for info in infos:
            ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
            if is_public(ip):
                continue
            if any(ip in net for net in self._allowed_nets):
                continue
            raise _Refused(f"refused: {host} resolves to non-public address {ip}")

    def _robots_allows(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt fetch per origin even with many workers (the wait is bounded by its budget)
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin, parts.hostname or "")
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self._ua_token, url)

    def _load_robots(self, origin: str, host: str) -> RobotFileParser | None:
        # RFC 9309 says a 5xx robots.txt means "disallow all"; we treat unavailable robots.txt as allow-all and
        # let the page fetch itself report the real failure, which is a more useful reason in the warehouse.
        # A robots.txt that does not arrive within its own budget is unavailable too: the page keeps the rest of
        # its deadline, and the verdict is cached so the next page of that origin does not wait again.
        outer = _current_deadline()
        budget = self.policy.robots_timeout if outer is None else min(self.policy.robots_timeout, outer.remaining())
        url = f"{origin}/robots.txt"
        try:
            with _Deadline(budget) as deadline:
                for _hop in range(5):  # RFC 9309: follow at least five redirects, each re-checked like a page
                    hop_host = urlsplit(url).hostname or ""
                    if urlsplit(url).scheme not in ("http", "https"):
                        return None
                    self._check_address(hop_host)
                    gate = self._gate(hop_host)
                    with deadline.paused():
                        gate.acquire()
                    try:
                        left = deadline.remaining()
                        if left <= 0:
                            return None
                        resp = self._session().get(url, timeout=(min(self.policy.connect_timeout, left),
                                                                 min(10.0, left)),
                                                   allow_redirects=False, stream=True)
                        try:
                            body = self._read_capped(resp, 500_000, deadline) if resp.status_code == 200 else b""
                        finally:
                            resp.close()
                    finally:
                        gate.release()
                    if deadline.expired:
                        return None
                    if not resp.is_redirect:
                        break
                    url = urljoin(url, resp.headers.get("Location", ""))
        except (requests.RequestException, _Refused, OSError):
            return None
        if resp.status_code != 200:
            return None
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self._ua_token)
        if delay:
            gate = self._gate(host)
            gate.interval = max(gate.interval, min(float(delay), self.policy.max_crawl_delay))
        return parser

    @staticmethod
    def _read_capped(resp: requests.Response, limit: int, deadline: "_Deadline") -> bytes:
        chunks, size = [], 0
        for chunk in resp.iter_content(8192):
            if deadline.expired:
                raise _Refused("timeout")
            size += len(chunk)
            chunks.append(chunk)
            if size >= limit:
                break
        if deadline.expired:
            raise _Refused("timeout")
        return b"".join(chunks)[:limit]

    # -- one hop, with retries
    def _get_with_retries(self, url: str, headers: dict, result: FetchResult, gate: _HostGate,
                          deadline: _Deadline) -> requests.Response | None:
        """Returns a streaming response while still holding a slot of `gate` (the caller releases it after the
        body is read, so per-host concurrency covers downloads too), or None, holding nothing."""
        p = self.policy
        for attempt in range(p.max_retries + 1):
            result.attempts += 1
            wait = None
            with deadline.paused():
                gate.acquire()
            try:
                left = deadline.remaining()
                if left <= 0:
                    raise _Refused(_deadline_reason(p.total_timeout))
                resp = self._session().get(url, headers=headers, allow_redirects=False, stream=True,
                                           timeout=(min(p.connect_timeout, left), min(p.read_timeout, left)))
            except BaseException as exc:
                gate.release()  # never leak a host slot, whatever went wrong
                if deadline.expired:
                    raise _Refused(_deadline_reason(p.total_timeout)) from exc
                if not isinstance(exc, requests.RequestException):
                    raise
                result.error, result.transport_failure = _transport_reason(exc), True
            else:
                if resp.status_code != 429 and resp.status_code < 500:
                    result.error, result.transport_failure = None, False
                    return resp
                gate.release()
                result.status = resp.status_code
                wait = retry_after_seconds(resp.headers.get("Retry-After"))
                resp.close()
                result.error, result.transport_failure = f"http {resp.status_code}", True
                if wait is not None and wait > p.max_retry_after:
                    result.error = f"http {resp.status_code}: Retry-After {int(wait)}s exceeds {int(p.max_retry_after)}s"
                    return None
                if wait is not None:
                    gate.push_back(wait)
            if attempt == p.max_retries:
                break
            if wait is None:
                wait = min(p.backoff_max, p.backoff_base * 2 ** attempt) * (0.75 + random.random() / 2)
            if wait >= deadline.remaining():  # the next attempt could not finish in time: report what we have
                break
            time.sleep(wait)
        if result.attempts > 1:
            result.error = f"{result.error} after {result.attempts} attempts"
        return None

    def _read_body(self, resp: requests.Response, deadline: _Deadline) -> bytes:
        p = self.policy
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > p.max_body_bytes:
            raise _Refused(f"oversize: Content-Length exceeds {p.max_body_bytes} bytes")
        chunks, size = [], 0
        try:
            for chunk in resp.iter_content(65536):
                size += len(chunk)
                if size > p.max_body_bytes:
                    raise _Refused(f"oversize: body exceeds {p.max_body_bytes} bytes")
                if deadline.expired:
                    break
                chunks.append(chunk)
        except (requests.RequestException, OSError) as exc:
            if not deadline.expired:
                raise _Refused(_transport_reason(exc) if isinstance(exc, requests.RequestException)
                               else "connection error") from exc
        except Exception:  # urllib3/http.client errors on a socket the watchdog shut down
            if not deadline.expired:
                raise
        if deadline.expired:  # the watchdog cut the socket, or the deadline passed between chunks
            raise _Refused(f"timeout: body not received within {p.total_timeout:g}s")
        return b"".join(chunks)

    # -- the interface
    def fetch(self, url: str, *, accept: Collection[str] | None = HTML_TYPES, etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        result = FetchResult(url=url)
        with _Deadline(self.policy.total_timeout) as deadline:
            return self._fetch(url, accept, etag, last_modified, result, deadline)

    def _fetch(self, url: str, accept: Collection[str] | None, etag: str | None, last_modified: str | None,
               result: FetchResult, deadline: _Deadline) -> FetchResult:
        headers = {"Accept": ", ".join(accept) + ", */*;q=0.1" if accept else "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen, current = set(), url
        try:
            for _hop in range(self.policy.max_redirects + 1):
                parts = urlsplit(current)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    raise _Refused(f"unsupported URL: {redact_url(current)[:200]}")
                seen.add(current)
                self._check_address(parts.hostname)
                if self.policy.respect_robots and not self._robots_allows(current):
                    raise _Refused("robots.txt disallows")
                gate = self._gate(parts.hostname)
                resp = self._get_with_retries(current, headers, result, gate, deadline)
                if resp is None:
                    return result
                try:
                    result.status, result.final_url = resp.status_code, current
                    if resp.status_code == 304:
                        result.not_modified = True
                        result.etag, result.last_modified = etag, last_modified
                        return result
                    if not resp.is_redirect:
                        return self._finish(resp, result, accept, deadline)
                    nxt = urljoin(current, resp.headers.get("Location", ""))
                finally:
                    resp.close()
                    gate.release()
                if nxt in seen:
                    raise _Refused("redirect loop")
                current = nxt
            raise _Refused(f"too many redirects (> {self.policy.max_redirects})")
        except _Refused as exc:
            result.error = str(exc)
            result.transport_failure = result.error.startswith(("dns:", "timeout:", "connection"))
            return result
        except Exception as exc:  # never let one URL crash the run
            if deadline.expired:
                result.error, result.transport_failure = _deadline_reason(self.policy.total_timeout), True
                return result
            result.error = f"unexpected: {type(exc).__name__}: {_clean(exc)}"
            return result

    def _finish(self, resp: requests.Response, result: FetchResult, accept: Collection[str] | None,
                deadline: _Deadline) -> FetchResult:
        result.content_type = resp.headers.get("Content-Type")
        result.etag, result.last_modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
        try:
            if resp.status_code >= 400:
                result.error = f"http {resp.status_code}"
                return result
            mtype = media_type(result.content_type)
            if accept and mtype and mtype not in accept:
                result.error = f"unsupported content type: {mtype}"
                return result
            body = self._read_body(resp, deadline)
            if not mtype and b"\x00" in body[:2048]:
                result.error = "unsupported content type: binary without Content-Type"
                return result
            result.body = body
            return result
        finally:
            resp.close()
