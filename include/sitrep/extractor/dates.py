"""Resolve the date an incident happened from explicit or relative expressions against the publication date."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def _month(name: str) -> int | None:
    # IGNORECASE also matches "ı" / "ſ" for i / s ("Aprıl"), which lower() keeps as they are.
    return _MONTHS.get(name.lower().rstrip(".").replace("ı", "i").replace("ſ", "s"))
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_FIRST = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:(last|this|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_AGO = re.compile(r"\b(two|three|four|five|six|\d)\s+days?\s+ago\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told \w+|reported|announced|confirmed|added|stated|claimed)\s+"
                         r"(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def parse_published(value: dt.date | dt.datetime | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        # "2021-03-02" or an ISO timestamp "2021-03-02T10:00:00Z"; an impossible day raises ValueError.
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])", value)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(f"published must be a date or 'YYYY-MM-DD', got {value!r}")


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date) -> int:
    # A yearless date in a report refers to the past: "on 28 December" read on 3 January is last year.
    cand = _safe_date(published.year, month, day)
    if cand and cand > published + dt.timedelta(days=7):
        return published.year - 1
    return published.year


def resolve_date(text: str, published: dt.date) -> dt.date | None:
    """The first date expression in `text` resolved against `published`; None when there is none."""
    best: tuple[int, dt.date] | None = None

    def offer(pos: int, value: dt.date | None) -> None:
        nonlocal best
        if value is not None and (best is None or pos < best[0]):
            best = (pos, value)

    for m in _ISO.finditer(text):
        offer(m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _DAY_FIRST.finditer(text):
        day, month = int(m.group(1)), _month(m.group(2))
        if month is None:
            continue
        year = int(m.group(3)) if m.group(3) else _year_for(month, day, published)
        offer(m.start(), _safe_date(year, month, day))
    for m in _MONTH_FIRST.finditer(text):
        if m.group(1).lower() == "may" and not m.group(3):
            # "may 3" is rare and "may" is mostly a verb; require a capital letter.
            if m.group(1)[0] != "M":
                continue
        day, month = int(m.group(2)), _month(m.group(1))
        if month is None:
            continue
        year = int(m.group(3)) if m.group(3) else _year_for(month, day, published)
        offer(m.start(), _safe_date(year, month, day))
    low = text.lower()
    for word, delta in (("the day before yesterday", 2), ("yesterday", 1), ("last night", 1), ("overnight", 1),
                        ("today", 0), ("this morning", 0), ("earlier today", 0), ("tonight", 0),
                        ("last week", 7), ("last weekend", None)):
        i = low.find(word)
        if i >= 0:
            if delta is None:
                # Last weekend: the Saturday before the publication week.
                back = (published.weekday() - 5) % 7 or 7
                offer(i, published - dt.timedelta(days=back))
            else:
                offer(i, published - dt.timedelta(days=delta))
    for m in _AGO.finditer(text):
        n = m.group(1).lower()
        offer(m.start(), published - dt.timedelta(days=int(n) if n.isdigit() else _SMALL[n]))
    for m in _WEEKDAY.finditer(text):
        if _SAID_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "residents said on Monday": when it was reported, not when it happened
        wd = _WEEKDAYS.index(m.group(2).lower())
        back = (published.weekday() - wd) % 7
        if (m.group(1) or "").lower() in ("last", "past") and back == 0:
            back = 7
        offer(m.start(), published - dt.timedelta(days=back))
    return best[1] if best else None


def has_explicit_date(text: str) -> bool:
    return bool(_ISO.search(text) or _DAY_FIRST.search(text) or _MONTH_FIRST.search(text))


_SAID_ON = re.compile(r"\b(?:said|says|told \w+|reported|announced|confirmed|added|stated|claimed)\s+(?:late\s+|early\s+)?"
                      r"(?:on\s+)?(?:last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def reported_date(text: str, published: dt.date) -> dt.date | None:
    """The day a source spoke ("officials said Tuesday"): the best date left for an event that names none."""
    m = _SAID_ON.search(text)
    if m is None:
        return None
    return published - dt.timedelta(days=(published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7)
