"""Main text and metadata from one landed document. Pure (no network), never raises on bad input.

Used by the fetcher (to record empty extractions at landing time) and by the dbt Python model that re-extracts
every raw.articles row, so improving this module and re-running dbt re-processes the whole archive.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime

import lxml.html

# trafilatura logs every page it finds too short at WARNING; the caller records our own reason instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_MIN_YEAR, _MAX_YEAR = 1900, 2100
# trafilatura falls back to whatever text a page has (a nav link, a consent button); fewer words than this from
# an HTML page is boilerplate, not an article. Plain-text and JSON records are taken as given.
MIN_HTML_WORDS = 15
# A page of link labels (a section front, a sitemap) has many words and no sentences; articles end a sentence
# every few dozen words in any script. Fewer sentence ends than one per this many words is not prose.
MAX_WORDS_PER_SENTENCE_END = 150
_SENTENCE_END = re.compile(r"[.!?\u3002\u061f\u0964\uff01\uff1f]")


def _looks_like_prose(text: str) -> bool:
    return len(_SENTENCE_END.findall(text)) >= len(text.split()) // MAX_WORDS_PER_SENTENCE_END


@dataclass(frozen=True)
class ArticleText:
    title: str | None
    text: str | None
    published: str | None  # YYYY-MM-DD
    language: str | None
    author: str | None
    error: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def normalise_date(value: object) -> str | None:
    """YYYY-MM-DD from a date, datetime, ISO string, RFC 822 string or GDELT seendate; None if unparseable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        text = str(value).strip()
        if not text:
            return None
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T\d{6}Z", text)  # GDELT seendate
        if m:
            text = "-".join(m.groups())
        try:
            day = date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", text) else None
        except ValueError:
            day = None
        if day is None:
            from dateutil import parser as dateparser

            try:
                day = dateparser.parse(text).date()
            except (ValueError, OverflowError, TypeError):
                return None
    if not _MIN_YEAR <= day.year <= _MAX_YEAR:
        return None
    return day.isoformat()


def _decode(body: bytes | str, content_type: str | None) -> str:
    if isinstance(body, str):
        return body
    m = re.search(r"charset=([\w.:-]+)", content_type or "", re.I)
    if m:
        try:
            return body.decode(m.group(1), errors="replace")
        except LookupError:
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        return str(best) if best is not None else body.decode("latin-1")


def _html_language(html: str) -> str | None:
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for value in (root.get("lang"), *root.xpath("//meta[@http-equiv='content-language']/@content"),
                  *root.xpath("//meta[@property='og:locale']/@content")):
        if value and value.strip():
            return re.split(r"[-_]", value.strip())[0].lower()[:8]
    return None


def _dates(hint: str | None, page_date: str | None) -> tuple[str | None, str | None]:
    """(published, error). The feed's date wins: page dates guessed by htmldate are noisier."""
    hinted = normalise_date(hint)
    if hinted:
        return hinted, None
    found = normalise_date(page_date)
    if found:
        return found, None
    if hint and str(hint).strip():
        return None, f"unparseable date: {str(hint).strip()[:80]}"
    if page_date:
        return None, f"unparseable date: {str(page_date)[:80]}"
    return None, None


def _from_html(html: str, url: str, hint: str | None) -> ArticleText:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params={"original_date": True,
                                                                                    "extensive_search": False})
    language = _html_language(html)
    if doc is None:
        return ArticleText(None, None, normalise_date(hint), language, None, "no article text")
    text = (doc.text or "").strip() or None
    if text and (len(text.split()) < MIN_HTML_WORDS or not _looks_like_prose(text)):
        text = None
    published, date_error = _dates(hint, doc.date)
    error = "no article text" if not text else date_error
    return ArticleText(doc.title or None, text, published, doc.language or language, doc.author or None, error)


def _from_plain(text: str, hint: str | None) -> ArticleText:
    text = text.strip() or None
    published, date_error = _dates(hint, None)
    return ArticleText(None, text, published, None, None, "no article text" if not text else date_error)


def _from_json(raw: str, hint: str | None) -> ArticleText:
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as exc:
        return ArticleText(None, None, None, None, None, f"malformed JSON record: {exc.msg}")
    if not isinstance(rec, dict):
        return ArticleText(None, None, None, None, None, "JSON record is not an object")
    text = rec.get("text") if isinstance(rec.get("text"), str) else None
    text = text.strip() if text else None
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    published, date_error = _dates(rec.get("published") or hint, None)
    lang = rec.get("language") if isinstance(rec.get("language"), str) else None
    author = rec.get("author") if isinstance(rec.get("author"), str) else None
    return ArticleText(title, text, published, lang, author, "no article text" if not text else date_error)


def extract_article(body: bytes | str | None, content_type: str | None, url: str,
                    published_hint: str | None = None) -> ArticleText:
    try:
        if body is None or len(body) == 0:
            return ArticleText(None, None, normalise_date(published_hint), None, None, "empty body")
        if isinstance(body, (bytearray, memoryview)):
            body = bytes(body)
        text = _decode(body, content_type)
        mtype = (content_type or "").split(";", 1)[0].strip().lower()
        if mtype in ("application/json", "text/json") or (not mtype and url.split("#")[0].endswith(".jsonl")):
            return _from_json(text, published_hint)
        if mtype == "text/plain" or (not mtype and not re.search(r"<(html|body|p|div)\b", text[:4096], re.I)):
            return _from_plain(text, published_hint)
        if mtype and mtype not in ("text/html", "application/xhtml+xml"):
            return ArticleText(None, None, None, None, None, f"unsupported content type: {mtype}")
        return _from_html(text, url, published_hint)
    except Exception as exc:  # extraction of one bad document must never stop a run or a dbt model
        return ArticleText(None, None, None, None, None, f"extraction failed: {type(exc).__name__}: {exc}"[:200])
