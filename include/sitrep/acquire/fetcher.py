"""Fetch candidates concurrently (HTTP via an HttpClient, file:// from disk) into raw.articles rows.

Politeness (per-host rate and concurrency, robots.txt, retries) lives in the client; this module decides what a
result means for the warehouse: a new version, unchanged (304 or same bytes), or a failure with its reason.
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from sitrep.acquire.article_text import extract_article
from sitrep.acquire.http_client import HTML_TYPES, HttpClient
from sitrep.acquire.landing import RawArticle, article_id_for, sha256_hex
from sitrep.acquire.redact import redact_text, redact_url
from sitrep.acquire.sources import jsonl_fragment, jsonl_records

LOCAL_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".jsonl": "application/json"}
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, tracking parameters and (for http) the fragment."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, 80 if parts.scheme == "http" else 443) else None
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port else ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def dedupe(candidates: Iterable[dict]) -> list[dict]:
    """Keep the first candidate per canonical URL (feeds repeat items; sources overlap)."""
    out, seen = [], set()
    for cand in candidates:
        url = cand.get("url") if isinstance(cand, dict) else None
        if not isinstance(url, str) or not url.strip():
            continue
        key = canonicalize(url)
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out


@dataclass
class Outcome:
    candidate: dict
    status: str  # "new" (a document version to land), "unchanged", "failed"
    row: RawArticle | None
    reason: str | None = None
    transport_failure: bool = False


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class _LocalFiles:
    """Reads file:// candidates; a .jsonl file is parsed once however many of its records are wanted."""

    def __init__(self, max_bytes: int, roots: Iterable[Path] = ()):
        self.max_bytes = max_bytes
        # Feeds are untrusted: a file:// link in one must not read arbitrary local files.
        self.roots = [Path(r).resolve() for r in roots]
        self._jsonl: dict[Path, dict[str, str]] = {}
        self._lock = threading.Lock()

    def read(self, url: str) -> tuple[bytes | None, str | None, str | None]:
        """(body, content_type, error)."""
        parts = urlsplit(url)
        path = Path(unquote(parts.path)).resolve()
        if not any(path == root or root in path.parents for root in self.roots):
            return None, None, "refused: file URL outside the configured local folders"
        ctype = LOCAL_TYPES.get(path.suffix.lower())
        if ctype is None:
            return None, None, f"unsupported local file type: {path.suffix or '(none)'}"
        if not path.is_file():
            return None, ctype, "local file not found"
        if path.suffix.lower() != ".jsonl":
            if path.stat().st_size > self.max_bytes:
                return None, ctype, f"oversize: body exceeds {self.max_bytes} bytes"
            return path.read_bytes(), ctype, None
        with self._lock:
            if path not in self._jsonl:
                index: dict[str, str] = {}
                for n, line, rec, _err in jsonl_records(path):
                    index[f"line={n}"] = line
                    if rec is not None:
                        index.setdefault(jsonl_fragment(n, rec), line)
                self._jsonl[path] = index
        line = self._jsonl[path].get(parts.fragment)
        if line is None:
            return None, ctype, f"jsonl record not found: {parts.fragment or '(no fragment)'}"
        return line.encode("utf-8"), ctype, None


class Fetcher:
    def __init__(self, client: HttpClient, run_id: str, *, max_workers: int = 8, max_body_bytes: int = 5_000_000,
                 validators: dict[str, dict] | None = None, check_extraction: bool = True,
                 local_roots: Iterable[Path] = ()):
        self.client = client
        self.run_id = run_id
        self.max_workers = max(1, max_workers)
        self.validators = validators or {}
        self.check_extraction = check_extraction
        self.local = _LocalFiles(max_body_bytes, local_roots)

    def _row(self, cand: dict, **kw) -> RawArticle:
        # Credentials in the URL (user:pass@, ?api_key=...) were needed to fetch it; nothing stored keeps them.
        url = redact_url(cand["url"].strip())
        final_url = redact_url(kw.get("final_url"))
        body, text_sha = kw.get("body"), kw.get("text_sha256")
        error = redact_text(kw.get("fetch_error"))
        sha = sha256_hex(body) if body is not None else None
        return RawArticle(
            article_id=article_id_for(url, text_sha or sha, error), text_sha256=text_sha,
            extract_warning=redact_text(kw.get("extract_warning")), url=url, source=cand.get("source"),
            fetched_at=_now(), http_status=kw.get("http_status"), content_type=kw.get("content_type"), body=body,
            content_sha256=sha, fetch_error=error, canonical_url=canonicalize(final_url or url),
            final_url=final_url, etag=kw.get("etag"), last_modified=kw.get("last_modified"),
            published_hint=cand.get("published_hint"), title_hint=redact_text(cand.get("title_hint")),
            run_id=self.run_id,
            attempts=kw.get("attempts"))

    def fetch_one(self, cand: dict) -> Outcome:
        try:
            outcome = self._fetch_one(cand)
        except Exception as exc:  # one broken candidate never stops the run
            reason = f"unexpected: {type(exc).__name__}: {exc}"[:200]
            outcome = Outcome(cand, "failed", self._row(cand, fetch_error=reason), reason)
        outcome.reason = redact_text(outcome.reason)
        return outcome

    def _fetch_one(self, cand: dict) -> Outcome:
        url = cand["url"].strip()
        prior = self.validators.get(redact_url(url), {})  # validators are keyed by the stored (redacted) URL
        if urlsplit(url).scheme == "file":
            body, ctype, error = self.local.read(url)
            if error:
                return Outcome(cand, "failed", self._row(cand, content_type=ctype, fetch_error=error), error)
            fields = {"content_type": ctype, "final_url": url, "attempts": 1}
        else:
            res = self.client.fetch(url, accept=HTML_TYPES, etag=prior.get("etag"),
                                    last_modified=prior.get("last_modified"))
            if res.not_modified:
                return Outcome(cand, "unchanged", None)
            if res.error:
                row = self._row(cand, http_status=res.status, content_type=res.content_type, fetch_error=res.error,
                                final_url=res.final_url, attempts=res.attempts)
                return Outcome(cand, "failed", row, res.error, res.transport_failure)
            body = res.body
            fields = {"http_status": res.status, "content_type": res.content_type, "final_url": res.final_url,
                      "etag": res.etag, "last_modified": res.last_modified, "attempts": res.attempts}
        if prior.get("content_sha256") and prior["content_sha256"] == sha256_hex(body):
            return Outcome(cand, "unchanged", None)
        error, warning, text_sha = None, None, None
        if not body:
            error = "empty body"
        elif self.check_extraction:
            # Record extraction problems at landing time; the body is kept so it can be re-extracted later.
            # No text is a failure; a problem with usable text (a bad date) is only a warning.
            art = extract_article(body, fields.get("content_type"), url, cand.get("published_hint"))
            error = f"extraction: {art.error}" if art.error and not art.text else None
            warning = art.error if art.error and art.text else None
            if art.text:
                text_sha = sha256_hex(f"{art.title or ''}\n{art.text}".encode("utf-8"))
                if prior.get("text_sha256") == text_sha:
                    return Outcome(cand, "unchanged", None)
        row = self._row(cand, body=body, fetch_error=error, text_sha256=text_sha, extract_warning=warning, **fields)
        return Outcome(cand, "failed" if error else "new", row, error or warning)

    def run(self, candidates: Iterable[dict]) -> Iterator[Outcome]:
        """Outcomes in completion order; the client enforces per-host limits across the worker threads.

        Only a bounded window of candidates is in flight, so a large run never holds every body in memory."""
        window = self.max_workers * 4
        todo = iter(candidates)
        with ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="sitrep-fetch") as pool:
            inflight = set()
            for cand in itertools.islice(todo, window):
                inflight.add(pool.submit(self.fetch_one, cand))
            while inflight:
                done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    nxt = next(todo, None)
                    if nxt is not None:
                        inflight.add(pool.submit(self.fetch_one, nxt))
                    yield fut.result()
