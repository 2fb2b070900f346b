"""Source configuration (one YAML file) and candidate discovery per source kind.

Kinds: ``rss`` (RSS/Atom via feedparser), ``gdelt`` (GDELT DOC 2.0 ArtList), ``urls`` (a plain list, inline or in a
file) and ``local`` (a folder of .html/.txt/.jsonl files, for archives and evaluation). Discovery only lists what
to fetch; fetching and landing live in fetcher.py / landing.py.

String values may contain ``${VAR}`` or ``${VAR:-default}``; they are expanded from the environment at load time,
so a config can point at a sample site served on a random loopback port.
"""

from __future__ import annotations

import calendar
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlencode

import feedparser
import yaml

from sitrep.acquire.http_client import FetchPolicy, HttpClient

KINDS = ("rss", "gdelt", "urls", "local")
LOCAL_SUFFIXES = (".html", ".htm", ".txt", ".jsonl")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
    "application/feed+json", "text/html", "text/plain", "application/octet-stream",
)
JSON_TYPES = ("application/json", "text/json", "text/plain", "text/html")
GDELT_API = "https://api.gdeltproject.org/api/v2/doc/doc"
GDELT_MAX_RECORDS = 250  # hard cap of the DOC API per request
RSS_MAX_ITEMS = 500  # per feed and run, unless the source sets max_items

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class ConfigError(ValueError):
    """The sources file is missing, malformed, or refers to an unset environment variable."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    options: dict[str, Any]
    base_dir: Path  # relative paths in options resolve against the config file's folder

    def opt(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass(frozen=True)
class SourcesConfig:
    sources: list[Source]
    policy: FetchPolicy
    path: Path


@dataclass
class Discovery:
    candidates: list[dict] = field(default_factory=list)
    # failure dicts: {"source", "url", "reason", "http_status", "unreachable"}
    failures: list[dict] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- config loading

def _expand(value: Any, where: str) -> Any:
    if isinstance(value, str):
        def sub(m: re.Match) -> str:
            name, default = m.group(1), m.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is not None:
                return default
            raise ConfigError(f"{where}: environment variable {name} is not set (use ${{{name}:-default}})")
        return _ENV.sub(sub, value)
    if isinstance(value, list):
        return [_expand(v, where) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, f"{where}.{k}") for k, v in value.items()}
    return value


def load_sources(path: str | Path) -> SourcesConfig:
    """Load and validate the sources file (sitrep.acquire.sources_schema); every problem is one line of the ConfigError."""
    from pydantic import ValidationError

    from sitrep.acquire.sources_schema import SourcesFile, describe_errors

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except FileNotFoundError as exc:
        raise ConfigError(f"sources file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise ConfigError(f"{path}: expected a mapping with a 'sources' list")
    raw = _expand(raw, path.name)
    try:
        checked = SourcesFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError("\n".join(describe_errors(exc, raw, text, str(path)))) from None
    names = [item.name for item in checked.sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError("\n".join(f"{path}: duplicate source name {n!r}" for n in duplicates))
    fetch = checked.fetch.model_dump(exclude_none=True) if checked.fetch else {}
    try:
        policy = FetchPolicy.from_dict(fetch)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: fetch: {exc}") from exc
    sources = []
    for item in checked.sources:
        if not item.enabled:
            continue
        options = item.model_dump(exclude_none=True, exclude={"name", "kind", "enabled"})
        sources.append(Source(item.name, item.kind, options, path.resolve().parent))
    return SourcesConfig(sources, policy, path)


# ------------------------------------------------------------------------------------------------------ dates

def as_utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _in_window(published: datetime | None, start: datetime, end: datetime) -> bool:
    return published is None or start <= published < end


def _parse_loose_date(value: Any) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    from dateutil import parser as dateparser  # local: only needed for local/jsonl records

    try:
        return as_utc(dateparser.parse(value))
    except (ValueError, OverflowError):
        return None


# -------------------------------------------------------------------------------------------------- discovery

def _candidate(source: Source, url: str, published: datetime | None, raw_date: str | None, title: str | None,
               **extra: Any) -> dict:
    hint = published.isoformat() if published else (raw_date or None)
    cand = {"url": url, "source": source.name, "published_hint": hint, "title_hint": title or None}
    cand.update({k: v for k, v in extra.items() if v is not None})
    return cand


def _failure(source: Source, url: str, reason: str, status: int | None = None, unreachable: bool = False) -> dict:
    return {"source": source.name, "url": url, "reason": reason, "http_status": status, "unreachable": unreachable}


def discover_rss(source: Source, client: HttpClient, start: datetime, end: datetime) -> Discovery:
    out = Discovery()
    url = source.opt("url")
    res = client.fetch(url, accept=FEED_TYPES)
    if res.error:
        out.failures.append(_failure(source, url, f"feed: {res.error}", res.status, res.transport_failure))
        return out
    # The final URL lets feedparser resolve relative item links.
    feed = feedparser.parse(res.body, response_headers={"content-location": res.final_url or url,
                                                        "content-type": res.content_type or "application/xml"})
    if not feed.entries:
        why = f"malformed feed: {feed.get('bozo_exception')}" if feed.bozo else "feed has no entries"
        out.failures.append(_failure(source, url, why, res.status))
        return out
    cap, skipped = int(source.opt("max_items", RSS_MAX_ITEMS)), 0
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            continue
        if len(out.candidates) >= cap:  # feeds list newest first; 10,000 items at 1 request/s would take hours
            skipped += 1
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        raw_date = entry.get("published") or entry.get("updated")
        published = datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc) if parsed else None
        if not _in_window(published, start, end):
            continue
        author = entry.get("author")
        out.candidates.append(_candidate(source, link, published, raw_date, entry.get("title"), author_hint=author))
    if skipped:
        out.failures.append(_failure(source, url, f"feed: item cap max_items={cap} reached; {skipped} more "
                                                  f"item(s) not fetched"))
    return out


def _gdelt_ts(dt: datetime) -> str:
    return as_utc(dt).strftime("%Y%m%d%H%M%S")


def discover_gdelt(source: Source, client: HttpClient, start: datetime, end: datetime) -> Discovery:
    """Page through the DOC API by time: sorted by date, a full 250-record page moves the window start to the
    last record's date, since the API has no offset parameter."""
    out = Discovery()
    base = source.opt("api_base", GDELT_API)
    max_pages = int(source.opt("max_pages", 20))
    page_size = min(int(source.opt("max_records", GDELT_MAX_RECORDS)), GDELT_MAX_RECORDS)
    seen: set[str] = set()
    cursor = start
    for _ in range(max_pages):
        params = {"query": source.opt("query"), "mode": "ArtList", "format": "json", "sort": "DateAsc",
                  "maxrecords": page_size, "startdatetime": _gdelt_ts(cursor), "enddatetime": _gdelt_ts(end)}
        url = f"{base}?{urlencode(params)}"
        res = client.fetch(url, accept=JSON_TYPES)
        if res.error:
            out.failures.append(_failure(source, url, f"gdelt: {res.error}", res.status, res.transport_failure))
            return out
        try:
            # strict=False: GDELT titles sometimes carry raw control characters.
            data = json.loads(res.body.decode("utf-8", errors="replace") or "{}", strict=False)
        except json.JSONDecodeError:
            # The API answers query errors with a plain-text sentence instead of JSON.
            text = res.body.decode("utf-8", errors="replace").strip()[:200]
            out.failures.append(_failure(source, url, f"gdelt: not JSON: {text}", res.status))
            return out
        articles = data.get("articles") or [] if isinstance(data, dict) else []
        last = None
        for art in articles:
            link = art.get("url") if isinstance(art, dict) else None
            if not link:
                continue
            try:
                seen_at = datetime.strptime(art.get("seendate", ""), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            except ValueError:
                seen_at = None
            last = seen_at or last
            if link in seen or not _in_window(seen_at, start, end):
                continue
            seen.add(link)
            out.candidates.append(_candidate(source, link, seen_at, art.get("seendate"), art.get("title"),
                                             language_hint=art.get("language"), domain=art.get("domain")))
        if len(articles) < page_size or last is None:
            return out
        # Same-second pile-ups could loop forever; always move forward by at least a second.
        cursor = max(last, cursor + timedelta(seconds=1))
        if cursor >= end:
            return out
    out.failures.append(_failure(source, base, f"gdelt: stopped after max_pages={max_pages}; results truncated"))
    return out


def discover_urls(source: Source, client: HttpClient, start: datetime, end: datetime) -> Discovery:
    out = Discovery()
    urls = list(source.opt("urls") or [])
    if source.opt("file"):
        path = source.base_dir / source.opt("file")
        try:
            urls += path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            out.failures.append(_failure(source, path.as_uri(), f"url list unreadable: {exc.strerror}",
                                         unreachable=True))
    for line in urls:
        line = str(line).strip()
        if line and not line.startswith("#"):
            out.candidates.append(_candidate(source, line, None, None, None))
    return out


def _iter_local_files(root: Path, recursive: bool) -> Iterator[Path]:
    pattern = root.rglob("*") if recursive else root.glob("*")
    yield from sorted(p for p in pattern if p.is_file() and p.suffix.lower() in LOCAL_SUFFIXES)


def jsonl_records(path: Path) -> Iterator[tuple[int, str, dict | None, str | None]]:
    """(line number, raw line, record or None, error or None) for each non-blank line. Read as bytes and parsed
    one line at a time (sitrep.acquire.jsonl_input), so bad UTF-8, deep nesting or a lone surrogate costs one line."""
    from sitrep.acquire.jsonl_input import BadLine, parse_line

    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            line = raw.decode("utf-8", errors="replace").strip()
            try:
                rec = parse_line(raw)
            except BadLine as exc:
                yield n, line, None, f"{path.name}: line {n}: skipped: {exc}"
                continue
            if not isinstance(rec.get("text"), str):
                yield n, line, None, f"{path.name}: line {n}: skipped: expected an object with a 'text' string"
                continue
            yield n, line, rec, None


def jsonl_fragment(n: int, rec: dict) -> str:
    # Address records by id when they have one, so edits elsewhere in the file keep URLs stable.
    rid = rec.get("id")
    return f"id={rid}" if rid not in (None, "") else f"line={n}"


def local_root(source: Source) -> Path:
    return (source.base_dir / os.path.expanduser(str(source.opt("path")))).resolve()


def discover_local(source: Source, client: HttpClient, start: datetime, end: datetime) -> Discovery:
    out = Discovery()
    root = local_root(source)
    if not root.is_dir():
        out.failures.append(_failure(source, root.as_uri(), "local folder not found", unreachable=True))
        return out
    filter_dates = bool(source.opt("filter_by_date", True))
    for path in _iter_local_files(root, bool(source.opt("recursive", True))):
        if path.suffix.lower() != ".jsonl":
            out.candidates.append(_candidate(source, path.as_uri(), None, None, None))
            continue
        seen_ids: set[str] = set()
        for n, _line, rec, error in jsonl_records(path):
            if error:
                out.failures.append(_failure(source, f"{path.as_uri()}#line={n}", error))
                continue
            raw_date = rec.get("published") if isinstance(rec.get("published"), str) else None
            published = _parse_loose_date(raw_date)
            if filter_dates and not _in_window(published, start, end):
                continue
            title = rec.get("title") if isinstance(rec.get("title"), str) else None
            fragment = jsonl_fragment(n, rec)
            if fragment in seen_ids:  # a repeated id is addressed by line so no record is lost
                fragment = f"line={n}"
            seen_ids.add(fragment)
            out.candidates.append(_candidate(source, f"{path.as_uri()}#{fragment}", published,
                                             raw_date, title, record_id=rec.get("id")))
    return out


DISCOVERERS = {"rss": discover_rss, "gdelt": discover_gdelt, "urls": discover_urls, "local": discover_local}


def discover(source: Source, client: HttpClient, start: datetime, end: datetime) -> Discovery:
    try:
        return DISCOVERERS[source.kind](source, client, as_utc(start), as_utc(end))
    except Exception as exc:  # a broken source must not stop the others
        out = Discovery()
        where = source.opt("url") or source.opt("path") or source.opt("api_base") or source.name
        out.failures.append(_failure(source, str(where), f"discovery error: {type(exc).__name__}: {exc}"))
        return out
