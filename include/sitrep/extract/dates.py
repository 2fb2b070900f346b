"""Resolve the date an incident happened from explicit or relative expressions against the publication date."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .fastregex import speed_up

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
# A weekday that is a given name: after a title ("Mr. Sunday Ochepo") or before a surname where no preposition
# makes it a day ("Sunday Ochepo said", not "on Sunday Police ...", "Sunday Morning").
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Chief|Rev|Pastor|Alhaji|Hon|Comrade|Barr|Engr|Prof|Sgt|Cpl|Insp)\.?\s+$")
_SURNAME_AFTER = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Morning|Afternoon|Evening|Night|Mass|Prayers?|Service|Times|Telegraph|Trust|"
                            r"Market|Club|Post|Standard|Tribune|Nation)\b)[A-Z][a-z]{2,}\b")
_DAY_WORD_BEFORE = re.compile(r"\b(?:on|last|this|past|next|since|by|until|till|from|of|early|late|every|each|that|"
                              r"before|after|and|or|to|between|through)\s+$", re.I)


def _named_person(text: str, m: re.Match) -> bool:
    """Whether the weekday matched at `m` is a person's given name ("Mr. Sunday Ochepo", "Monday Okpebholo")."""
    day = m.group(2)
    if not day[:1].isupper():
        return False
    before = text[max(0, m.start() - 12):m.start()]
    if _TITLE_BEFORE.search(before):
        return True
    return _SURNAME_AFTER.match(text, m.end()) is not None and not _DAY_WORD_BEFORE.search(before)


_AGO = re.compile(r"\b(two|three|four|five|six|\d)\s+days?\s+ago\b", re.I)
# A reporting verb, its addressee or medium ("told Arewa Voice FM", "said in a statement", "told Reuters by phone")
# and the day it is dated by: "officials said on Tuesday" dates the report, not the event.
_REPORT_VERB = (r"(?:said|says|told|tells|reported|reports|announced|confirmed|added|stated|claimed|wrote|posted|"
                r"tweeted|denied|acknowledged|disclosed|revealed|briefed|"
                # a statement's own verbs: "SACPN today condemned ... the air strike on a school in Tonzang on Sunday"
                r"condemned|condemns|denounced|denounces|deplored|deplores)")
_MEDIUM = (r"(?:(?:the|a|an|our|its|his|her|their|in|by|to|at|during|via|on|through|local|state|news|press|"
           r"statement|statements|reporters|journalists|phone|telephone|conference|briefing|interview|agency|radio|"
           r"television|channel|station|broadcaster|newspaper|outlet|website|programme|program|correspondent|reporter|"
           r"newsroom|newsdesk|bulletin|listeners|viewers|"
           r"media|message|post|video|social|X|Telegram|dpa|efe|ansa|read|aired|broadcast|issued|released|published|"
           r"[A-Z][\w.'&-]*),?\s+)")
# (not a passive report: "Fighting between the SAF and RSF was reported on 27 May" dates the fighting)
_SAID_BEFORE = re.compile(rf"\b{_REPORT_VERB}(?<!\bwas reported)(?<!\bwere reported)(?<!\bbeen reported)"
                          rf"(?<!\bis reported)(?<!\bare reported)\s+{_MEDIUM}{{0,9}}?(?:late\s+|early\s+)?(?:on\s+)?(?:last\s+)?$")
# "On Wednesday, Kasereka said the toll had risen": a day that opens a sentence whose main verb reports.
# (not a passive: "On 12 October, fighting was reported between the FACA and the CPC" dates the fighting)
_SAID_AFTER = re.compile(rf",?\s+(?:(?:the|a|an|[\w'-]+)\s+){{0,6}}?(?<!\bwas )(?<!\bwere )(?<!\bbeen ){_REPORT_VERB}\b")
# A participle clause that opens the sentence and sets the scene of a source's statement: "Parading the suspects
# at the naval base on Monday, the commander said they were intercepted on Sunday".
_SPEAKING = re.compile(rf"\s*(?P<clause>[A-Z][a-z]+ing (?:the|a|an|to|reporters|journalists|his|her|their)\b[^,.;]*),\s+(?:[\w'’.-]+,?\s+){{0,6}}?{_REPORT_VERB}\b")
# Day-first numbers: "13/02/2024", "13.02.2024".
# ("On 26-08-2026 at about 9:40 pm": an Indian police note's day, month and year with hyphens)
_NUMERIC = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
# A day and month without a year, as security briefs label their items: "29/09 (Tue) – Zalingei town:"; only with
# its weekday in brackets (which also says which number is the day), never a bare "24/7" or "3/4".
_DAY_MONTH_WEEKDAY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])\s*\((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)", re.I)
# A log's entry labelled by day and month and a dash: "22/04 – Maboyo (Beni): ..." (at the line's start only)
_DAY_MONTH_LABEL = re.compile(r"^\W{0,3}(\d{1,2})/(\d{1,2})\s*[–—-]\s")
# "on Monday 29/6", "on 22/3": a short day/month after its weekday or "on" (day first, as the outlets that write it
# do; month first only where day first cannot be)
_ON_DAY_MONTH = re.compile(r"\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?|on\s+(?:the\s+)?)"
                           r"(\d{1,2})/(\d{1,2})(?![\d/])", re.I)
_WD = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?)?"
# "the night of 26 to 27 January": the day the night began, before the range's own month
# ("On the night of 10th/11th April 2026": the same, slashed)
# ("in the night of Saturday 21 to Sunday 22 March": each day with its weekday; "On night 5/6 April")
_NIGHT_OF_DAYS = re.compile(rf"\bnight (?:of )?(?:the )?{_WD}(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:to|and|-|–|into)\s+|\s*/\s*)"
                            rf"(?:the )?{_WD}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\b", re.I)
# "Between 18 and 19 July, clashes ... were reported in Kuac": a fight over two days, dated by its first
_DAY_SPAN = re.compile(rf"\b(?:between|from) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|-|–)\s+(?:the )?"
                       rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\b", re.I)
# "on Sunday, the 17th", "the following day, the 19th", "on Saturday the 21st of this month", "on the 14th of this
# month": a day of the month the story is published in (or of the one before, when that day is still to come), as
# translated local press writes it (not "the 5th Brigade", "the 21st century", "on the 3rd floor")
_DAY_OF_THIS_MONTH = re.compile(r"\b(?:(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)|on\s+|(?<=day, ))"
                                r"the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                                r"(?:\s+of\s+(?:this|the current|the same|last|the previous|the past) month\b)?"
                                rf"(?!\s*(?:of\s+)?(?:{_MON})\b|\s+(?-i:[A-Z])|\s+(?:floor|anniversary|century|time|round|"
                                r"edition|session|day|week|of\b))", re.I)
# (", at about 01:30", ", shortly after midnight", " 2026, at around 2 a.m.": an hour of the second day)
_SMALL_HOURS = re.compile(r"(?:,?\s+\d{4})?,?\s*(?:at (?:about |around )?(?:0?[0-4][:.h]?\d\d\b(?! ?(?:p\.?m|pm))|"
                          r"[1-4](?:[:.]\d\d)?\s*a\.?m\b)|shortly after midnight|after midnight)", re.I)
# A weekday abbreviated as an item's label, a dash after it: "Wed – Chinácota (Norte de Santander): ..." (not "Mon
# State", nor a bare "Sat" in a sentence).
_WEEKDAY_LABEL = re.compile(r"\W{0,3}(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s*[–—-]\s", re.I)
# A weekday the date right after it names: "on Saturday, 9 November", "Tuesday 13/02/2024".
_DATE_AFTER_WEEKDAY = re.compile(rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\b|{_MON}\s+\d)", re.I)
_DIGIT = re.compile(r"\d")  # what the numeric date forms all contain
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


# "All times are Quito time (UTC−5)": a live page's declared time zone, near its top.
# ("All times GMT.": the zone of the stamp itself)
_TIME_ZONE = re.compile(r"\b(?:all )?times?(?: (?:are|in))?\b[^\n]{0,40}?\(?(?:UTC|GMT)(?: ?([+\-−–]) ?(\d{1,2})(?::?(\d{2}))?)?\b\)?",
                        re.I)
_UTC_STAMP = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|\+00:?00)?\s*$")


def local_published(published: dt.date | dt.datetime | str, text: str) -> dt.date | None:
    """The day a page was published where its times are told, when it declares their zone ("All times are Quito
    time (UTC−5)") and the timestamp is UTC: 03:15Z on the 14th is still the 13th in Quito, the day its entries
    tell."""
    if not isinstance(published, str):
        return None
    m, z = _UTC_STAMP.match(published), _TIME_ZONE.search(text[:600])
    if m is None or z is None:
        return None
    offset = dt.timedelta(hours=int(z.group(2) or 0), minutes=int(z.group(3) or 0))
    stamp = dt.datetime(*(int(g) for g in m.groups()))
    return (stamp - offset if z.group(1) != "+" else stamp + offset).date()


# Standard time of the countries news of political violence comes from, in hours east of UTC (summer time and a large
# country's other zones aside: one hour matters only within an hour of midnight). A page stamped in UTC tells its
# "today" and "yesterday" in the time of the place it was written for.
_UTC_OFFSET = {
    **dict.fromkeys("MX GT HN SV NI CR BZ".split(), -6.0), **dict.fromkeys("PA CO EC PE HT CU JM US CA".split(), -5.0),
    **dict.fromkeys("VE BO CL PY DO PR".split(), -4.0), **dict.fromkeys("BR AR UY".split(), -3.0),
    **dict.fromkeys("ML BF SN GN SL LR CI GH TG GM MR GB IE PT".split(), 0.0),
    **dict.fromkeys("NG CM TD NE CF CG GA AO DZ TN MA BJ FR DE ES IT BE NL PL RS BA XK".split(), 1.0),
    **dict.fromkeys("EG LY IL PS LB ZA MZ ZW ZM MW RW BI CD UA SD SS GR MD".split(), 2.0),
    **dict.fromkeys("IQ SA YE KW QA BH SY JO RU TR KE ET SO UG TZ ER DJ MG BY".split(), 3.0),
    "IR": 3.5, **dict.fromkeys("AE OM AZ GE AM".split(), 4.0), "AF": 4.5, **dict.fromkeys("PK UZ TJ TM KZ".split(), 5.0),
    **dict.fromkeys("IN LK".split(), 5.5), "NP": 5.75, **dict.fromkeys("BD KG BT".split(), 6.0), "MM": 6.5,
    **dict.fromkeys("TH VN KH LA ID".split(), 7.0), **dict.fromkeys("PH MY CN TW SG MN".split(), 8.0),
    **dict.fromkeys("JP KR KP".split(), 9.0), **dict.fromkeys("PG AU".split(), 10.0),
}


def zone_local_date(published: dt.date | dt.datetime | str, country: str | None) -> dt.date | None:
    """The day a UTC-stamped page was published in the country it was written for ("2026-05-21T03:10:00Z" is still
    20 May in Mexico, "2026-07-23T23:05:00Z" already 24 July in Thailand); None without a time or a known zone."""
    offset = _UTC_OFFSET.get(country or "")
    if offset is None or not isinstance(published, str):
        return None
    m = _UTC_STAMP.match(published)
    if m is None:
        return None
    return (dt.datetime(*(int(g) for g in m.groups())) + dt.timedelta(hours=offset)).date()


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


_ZONE_BEFORE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|Z)\s+(?:on\s+)?$")


@lru_cache(maxsize=4096)
def _candidates(text: str, published: dt.date) -> tuple[tuple[int, dt.date, bool], ...]:
    """Every date expression in `text`: (position, day, whether it dates a report rather than an event).
    Cached: the pipeline asks about the same sentence several times."""
    out: list[tuple[int, dt.date, bool]] = []

    def offer(start: int, value: dt.date | None) -> None:
        # (the start of a state that lasts dates no event, not even as a report's day)
        if value is not None and not _LASTED_SINCE.search(text[max(0, start - 70):start]):
            out.append((start, value, _is_reporting(text, start)))

    # The four numeric forms all need a digit: most sentences have none and skip their searches.
    numbered = _DIGIT.search(text) is not None
    if numbered:
        for m in _ISO.finditer(text):
            offer(m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        for m in _NUMERIC.finditer(text):
            offer(m.start(), _numeric_date(int(m.group(1)), int(m.group(3)), int(m.group(4)), published))
        for m in _DAY_MONTH_WEEKDAY.finditer(text):
            offer(m.start(), _day_month_on(int(m.group(1)), int(m.group(2)), m.group(3), published))
        for m in _DAY_MONTH_LABEL.finditer(text):
            # "22/04 – Maboyo (Beni): ...": a log's entry labelled by its day and month, a dash after them
            offer(m.start(1), _safe_date(_year_for(int(m.group(2)), int(m.group(1)), published), int(m.group(2)),
                                         int(m.group(1))) if 1 <= int(m.group(2)) <= 12 else None)
        for m in _ON_DAY_MONTH.finditer(text):
            a, b = int(m.group(2)), int(m.group(3))
            offer(m.start(2), _day_month_on(a, b, m.group(1), published) if m.group(1) else day_month(f"{a}/{b}", published))
        for m in _NIGHT_OF_DAYS.finditer(text):
            # "On the night of 26 to 27 January", "the night of 7th and 8th April, at about 23:30 hours": the night
            # began on the first day (an hour after midnight, told as such, is the second day's)
            month = _month(m.group(3))
            if month is not None and not _SMALL_HOURS.match(text, m.end()) \
                    and not _AFTER_MIDNIGHT_ON.search(text, max(0, m.start() - 40), m.start()):
                offer(m.start(), _safe_date(_year_for(month, int(m.group(1)), published), month, int(m.group(1))))
        for m in _DAY_SPAN.finditer(text) if "etween" in text or "rom " in text else ():
            month = _month(m.group(3))
            if month is not None and int(m.group(2)) - int(m.group(1)) == 1:
                offer(m.start(), _safe_date(_year_for(month, int(m.group(1)), published), month, int(m.group(1))))
        for m in _DAY_OF_THIS_MONTH.finditer(text):
            offer(m.start(2), _day_of_this_month(int(m.group(2)), m.group(1), "last month" in m.group(0).lower()
                                                 or "previous month" in m.group(0).lower()
                                                 or "past month" in m.group(0).lower(), published))
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
    label = _WEEKDAY_LABEL.match(text)
    if label is not None:
        # "Sun – Toledo (Norte de Santander): An ELN drone ...": a digest's item labelled by its weekday
        back = (published.weekday() - [w[:3] for w in _WEEKDAYS].index(label.group(1)[:3].lower())) % 7
        offer(label.start(1), published - dt.timedelta(days=back))
    low = text.lower()
    # (each word below holds "day", "night", "this " or "last week": a sentence with none of them skips the finds)
    for word, delta in (("the day before yesterday", 2), ("yesterday", 1), ("last night", 1), ("overnight", 1),
                        ("today", 0), ("this morning", 0), ("this afternoon", 0), ("this evening", 0),
                        ("earlier today", 0), ("tonight", 0),
                        ("last week", 7), ("last weekend", None)) \
            if "day" in low or "night" in low or "this " in low or "last week" in low else ():
        i = low.find(word)
        if i >= 0 and word == "overnight" and _WEEKDAY_AFTER_OVERNIGHT.match(text, i + len(word)):
            continue   # "overnight on Thursday", "overnight into Wednesday": the weekday says which night
        if i >= 0 and word in ("overnight", "tonight") and _STILL_TO_COME.search(low, max(0, i - 120), i):
            continue   # "they will keep the roads closed overnight": a night still to come dates nothing
        if i >= 0:
            if word == "overnight" and (_SMALL_HOURS_AFTER.match(text, i + len(word))
                                        or _SMALL_HOURS_LATER.search(text, i + len(word), i + len(word) + 90)):
                # "struck a residential street overnight, at around 02:30", "attacked a post overnight near the
                # village of Waydar, east of Kirkuk city, at around 1 a.m.": the small hours of today
                delta = 0
            if delta is None:
                # Last weekend: the Saturday before the publication week.
                back = (published.weekday() - 5) % 7 or 7
                offer(i, published - dt.timedelta(days=back))
            else:
                offer(i, published - dt.timedelta(days=delta))
    # "ago" and the weekdays' "day" are in every match of these two (no other character pairs with their
    # letters under IGNORECASE): most sentences skip both searches.
    for m in _AGO.finditer(text) if "ago" in low else ():
        n = m.group(1).lower()
        offer(m.start(), published - dt.timedelta(days=int(n) if n.isdigit() else _SMALL[n]))
    # "during the night from Monday to Tuesday, around 1 a.m.": the night's hour after midnight is the second day's
    # ("shortly after midnight on the night of Wednesday to Thursday": the same)
    night = (_NIGHT_AFTER_MIDNIGHT.search(text) or _MIDNIGHT_THEN_NIGHT.search(text)) if "night" in low else None
    spans = {n.start(1) for n in _NIGHT_SPAN.finditer(text)} if "night" in low else None
    for m in _WEEKDAY.finditer(text) if "day" in low else ():
        if night is not None and m.start() == night.start(1):
            continue
        if _DATE_AFTER_WEEKDAY.match(text, m.end()):
            continue  # "on Saturday, 9 November": the date that follows says which Saturday
        if _ZONE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "at about 7:20 am (2320 GMT Sunday)": the same moment in another time zone
        if not m.group(1) and _named_person(text, m):
            continue  # "the Chairman, Mr. Sunday Ochepo": a given name (West Africa names children by weekday)
        wd = _WEEKDAYS.index(m.group(2).lower())
        back = (published.weekday() - wd) % 7
        if (m.group(1) or "").lower() in ("last", "past") and back == 0:
            back = 7
        elif back == 0 and spans is not None and m.start() in spans:
            back = 7   # "on the night of Saturday to Sunday", told on a Saturday: a night over, so last week's
        offer(m.start(), published - dt.timedelta(days=back))
    return tuple(sorted(out, key=lambda c: c[0]))


# "overnight on Thursday", "overnight into Wednesday", "overnight Saturday"
# "... say they will keep the roads closed overnight": a night still to come
_STILL_TO_COME = re.compile(r"\b(?:will|would|shall|plans? to|planned to|intends? to|vowed to|to (?:keep|stay|remain))\b"
                            r"[^.;]*$")
# ("overnight from Thursday to Friday": the night the two weekdays name)
_WEEKDAY_AFTER_OVERNIGHT = re.compile(r"\s+(?:on\s+|into\s+|from\s+|between\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                                      re.I)
# A clock time after midnight right after "overnight" (", at around 02:30", " at 3 a.m.")
_SMALL_HOURS_AFTER = re.compile(r",?\s+(?:at\s+)?(?:around\s+|about\s+)?(?:0?[0-4][:.h]\d\d\b|[1-4](?:[:.]\d\d)?\s*a\.?m\b)",
                                re.I)
# (further on in the clause, the time needs its "at": "at around 1 a.m.", "at 03:15")
_SMALL_HOURS_LATER = re.compile(r"\bat\s+(?:around\s+|about\s+)?(?:0?[0-4]:\d\d\b|[1-4](?:[:.]\d\d)?\s*a\.?m\b)(?![^.;]{0,40}"
                                r"\b(?:yesterday|last night|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))", re.I)
# "the night of Saturday to Sunday": a night that ends on the second day
_NIGHT_SPAN = re.compile(r"\b(?:over)?night (?:from|of|between) ((?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:to|and|into) "
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_NIGHT_AFTER_MIDNIGHT = re.compile(r"\b(?:over)?night (?:from|of|between) ((?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:to|and|into) "
                                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?=[^.;]{0,30}?\b(?:(?:0?[0-4]|1)"
                                   r"(?:[:.]\d\d)?\s*(?:a\.m\.|am\b|hrs?\b)|0[0-4][:h]?\d\d\b))", re.I)

# ("Shortly after midnight on the night of 11 to 12 July": the second day's small hours)
_AFTER_MIDNIGHT_ON = re.compile(r"\bafter midnight,? (?:on|in|during) (?:the )?$", re.I)
_MIDNIGHT_THEN_NIGHT = re.compile(r"\bafter midnight (?:on|in|during) the night (?:from|of|between) ((?:mon|tues|wednes|thurs|fri|"
                                  r"satur|sun)day) (?:to|and|into) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


# "... were killed before the shooting died down on Tuesday evening": the day the event ended, not the day it is
# told as happening; the sentence goes on telling the fighting already dated.
_ENDED_BY = re.compile(r"\b(?:before|until|till|by the time)\b[^.;]{0,50}?\b(?:died down|subsided|ended|stopped|ceased|"
                       r"calmed|eased|(?:was|were) restored|returned to normal|withdrew|retreated|pulled back)\b"
                       r"[^.;]{0,25}$", re.I)


# A day's event named as an object, after the sentence's own verb: "suspected of taking part in Monday's attack",
# "in connection with Sunday's bombing".
_OF_ANOTHER_DAY = re.compile(r"\b(?:of|in|for|over|after|since|following|behind|into|about|with|to) (?:the )?$", re.I)
# "gave more details of Wednesday night's gunfight": the sentence tells of that day's event itself
_TOLD_OF = re.compile(r"\b(?:details|account|accounts|footage|images|video|update|news) (?:of|about|on) (?:the )?$", re.I)
_POSSESSIVE_DAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|"
                             r"evening|night))?['’]s\b", re.I)


# "JNIM claimed the attack in a message on its channels on Tuesday": the day of the claim, a report of the event.
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing) (?:responsibility (?:for )?)?(?:the |a |an |its )?(?:[\w-]+ ){0,2}?"
                             r"(?:attacks?|killings?|bombings?|ambush(?:es)?|raids?|strikes?|kidnappings?|abductions?|"
                             r"assaults?|operations?|it|them)\b(?:[^.;,]{0,70}?\s)?(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


# "... arrested 12 people, who are expected to be arraigned today": the day of what is still to come (a hearing,
# a funeral), not of the event told.
_PROSPECT_BEFORE = re.compile(r"\b(?:(?:is|are|was|were) (?:expected|due|scheduled|set|slated) to|will|(?:is|are) to) "
                              r"(?:[\w-]+ ){0,4}(?:(?:on|later|by|from) )?$", re.I)


# "... were demanding the release of a former commander detained by Taliban intelligence last week": the day of
# what the demand is about, not of the event told.
_DEMANDED_BEFORE = re.compile(r"\b(?:demand\w*|call(?:s|ed|ing)? for|seek\w*|sought|urg\w*) (?:the )?(?:release|return|"
                              r"freedom) of\b[^.;]{0,90}$", re.I)


# "... and a ceasefire brokered by tribal elders has held since Friday", "comuneros had blocked the road since
# Monday": the start of a state that lasts (a perfect tense, then "since"), not an event
_LASTED_SINCE = re.compile(r"\b(?:ha(?:s|ve)|had) (?:\w+ )?[a-z]+\b"
                           r"[^.;,]{0,30}?\bsince (?:late |early )?$", re.I)


# "..., according to the state Commissioner for Internal Security, who visited the area today": the source's day
_SOURCES_CLAUSE_BEFORE = re.compile(r"\baccording to [^.;]{0,80}?,\s+who\b[^.;,]{0,60}$", re.I)
# "six were detained, including two minors, who were released on Tuesday", "Police detained four people, who were
# fined by a court on Monday morning": the day of what befell them later, not of the detention told
_RELEASED_BEFORE = re.compile(r"\b(?:who|which|that|and|but|were|was|been) (?:were |was |have been |had been )?(?:later )?"
                              r"(?:released|freed|let go|fined|sentenced|charged|convicted|arraigned|jailed|remanded)\b"
                              r"[^.;,]{0,40}?(?:on\s+)?$", re.I)


# "a FAMa statement on 13 March said the strike had destroyed a 'terrorist meeting'", "in a communique on Tuesday":
# the day the source spoke (not "a report on Monday's attack", which names the event's day)
_STATEMENT_BEFORE = re.compile(r"\b(?:statement|communiqu[ée]|press release|(?:press|news) conference|briefing|bulletin|"
                               r"report)s? (?:(?:issued|released|published|given|made|dated) )?(?:late |early )?on $|"
                               # "in a statement issued this afternoon": when it was said
                               r"\b(?:statement|communiqu[ée]|press release|bulletin|report)s? (?:issued|released|published)"
                               r" (?:late |early )?$", re.I)


# "The mayor's office had reported five dead on Thursday morning": the day of an earlier count, not of the event
_EARLIER_COUNT_BEFORE = re.compile(r"\b(?:had|initially|first|earlier) (?:reported|given|put|counted|announced)\b"
                                   r"[^.;]{0,40}?\s(?:late |early )?on $", re.I)


_DAY_THEN_REPORT = re.compile(rf"(?:on\s+)?(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+{_REPORT_VERB}\b",
                              re.I)


_BURIED_BEFORE = re.compile(r"\b(?:buried|laid to rest|funerals? (?:was|were) held)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


def _is_reporting(text: str, start: int) -> bool:
    """Whether the date expression at `start` dates when a source spoke ("police said on Monday", "told Reuters
    on Monday", "On Wednesday, officials said ...") or what is still to come, rather than the event."""
    if _SAID_BEFORE.search(text[max(0, start - 70):start]) or _ENDED_BY.search(text[max(0, start - 90):start]) \
            or _CLAIMED_BEFORE.search(text[max(0, start - 110):start]) \
            or _PROSPECT_BEFORE.search(text[max(0, start - 60):start]) \
            or _DEMANDED_BEFORE.search(text[max(0, start - 130):start]) \
            or _RELEASED_BEFORE.search(text[max(0, start - 60):start]) \
            or _SOURCES_CLAUSE_BEFORE.search(text[max(0, start - 150):start]) \
            or _STATEMENT_BEFORE.search(text[max(0, start - 50):start]) and not _POSSESSIVE_DAY.match(text, start) \
            or _EARLIER_COUNT_BEFORE.search(text[max(0, start - 80):start]):
        return True
    if _OF_ANOTHER_DAY.search(text, 0, start) and _POSSESSIVE_DAY.match(text, start) \
            and not _TOLD_OF.search(text, max(0, start - 30), start):
        return True  # "arrested two men suspected of taking part in Monday's attack": the day of the event named
    if _BURIED_BEFORE.search(text, max(0, start - 30), start):
        return True  # "... were beheaded on their farms and buried on Friday": the day of the burial, not the killing
    if _DAY_THEN_REPORT.match(text, start):
        return True  # "SACPN today condemned ...", "the army on Monday said ...": the day the source spoke
    m = _SPEAKING.match(text)
    if m and start < m.end("clause"):
        return True  # "Speaking to reporters on Monday, the governor said ...": when the source spoke
    opening = re.match(r"\s*(?:(?:late|early)\s+)?(?:on\s+)?$", text[:start], re.I)
    if opening:
        m = re.match(r"[\w ,./-]*?(?=,|\s[a-z])", text[start:start + 40])  # the date expression itself
        return bool(m and _SAID_AFTER.match(text, start + m.end()))
    return False


def _day_month_on(a: int, b: int, weekday: str, published: dt.date) -> dt.date | None:
    """"29/09 (Tue)": the reading (day first, else month first) that falls on the weekday, in the year before
    publication."""
    wd = [w[:3] for w in _WEEKDAYS].index(weekday[:3].lower())
    for day, month in ((a, b), (b, a)):
        if 1 <= month <= 12:
            d = _safe_date(_year_for(month, day, published), month, day)
            if d is not None and d.weekday() == wd:
                return d
    return None


def _day_of_this_month(day: int, weekday: str | None, last_month: bool, published: dt.date) -> dt.date | None:
    """Day ``day`` of the publication's month (of the month before when that day has not come yet, or when told
    "of last month"); with a weekday, the month in which the day falls on it, if only one of the two does."""
    this = published.replace(day=1)
    before = (this - dt.timedelta(days=1)).replace(day=1)
    options = [d for d in (_safe_date(m.year, m.month, day) for m in ((before,) if last_month else (this, before)))
               if d is not None and d <= published]
    if weekday:
        wd = [w[:3] for w in _WEEKDAYS].index(weekday[:3].lower())
        fits = [d for d in options if d.weekday() == wd]
        if not fits:
            # "on Tuesday, the 12th of this month [3 November]": a day of another calendar (a Dari weekly's solar
            # month) that falls on that weekday in neither month; the weekday, the latest one, tells the day
            return published - dt.timedelta(days=(published.weekday() - wd) % 7)
        options = fits
    return options[0] if options else None


def day_month(text: str, published: dt.date) -> dt.date | None:
    """"29/09" (day first, as the briefs that write it do; month first only where day first cannot be), in the
    year before publication."""
    a, _, b = text.partition("/")
    for day, month in ((int(a), int(b)), (int(b), int(a))):
        if 1 <= month <= 12 and (d := _safe_date(_year_for(month, day, published), month, day)) is not None:
            return d
    return None


def _numeric_date(a: int, b: int, year: int, published: dt.date) -> dt.date | None:
    """"13/02/2024" is day first; when both readings exist, the one closest before publication."""
    readings = [d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d is not None]
    past = [d for d in readings if d <= published + dt.timedelta(days=1)]
    return max(past) if past else (readings[0] if readings else None)


def resolve_date(text: str, published: dt.date, with_reported: bool = False) -> dt.date | None:
    """The first date expression in `text` resolved against `published`; None when there is none.

    A day that dates a source's report ("officials said on Tuesday") is skipped unless `with_reported`: an event
    told in the same sentence ("said on Thursday that it had struck on Wednesday") has its own day.
    """
    found = [(pos, day) for pos, day, reporting in _candidates(text, published) if with_reported or not reporting]
    if not found and " day" in text:
        # "RTB reported on Monday evening that the air force had struck a base near Boudieri earlier that day": the
        # source's day is the event's
        told = next(((pos, day) for pos, day, reporting in _candidates(text, published) if reporting), None)
        if told is not None and _THAT_SAME_DAY.search(text, told[0]):
            return told[1]
    if found and "protest" in text:
        # "gathered in the main square to protest against the arrest of young men in overnight raids": the day of
        # what the protest is against, not of the protest
        causes = [m.span() for m in _PROTEST_CAUSE.finditer(text)]
        found = [(pos, day) for pos, day in found if not any(a <= pos < b for a, b in causes)]
    if len(found) > 1 and (_AFTERMATH.search(text, 0, found[1][0]) or _BURIAL.search(text, 0, found[1][0])):
        # ("Hundreds of mourners gathered at a mosque on Tuesday morning to bury two men killed when a bomb
        # exploded on Monday evening": the burial's day, then the killing's)
        # "Villagers are burying their dead this morning after a military aircraft bombed the village yesterday
        # afternoon": the day of what they are living through now is not the day of the event it follows
        after = _AFTER_EVENT.search(text, found[0][0])
        later = [day for pos, day in found[1:] if after is not None and pos > after.start() and day < found[0][1]]
        if later:
            return later[0]
    if len(found) == 1 and _BURIAL.search(text):
        # "attended the funeral prayers on Tuesday of six policemen killed when a suicide bomber blew himself up
        # ... a day earlier": the killing's day, counted back from the funeral's
        after = _AFTER_EVENT.search(text, found[0][0])
        shift = relative_day(text[after.start():], clause=True) if after is not None else None
        if shift is not None and shift < 0:
            return found[0][1] + dt.timedelta(days=shift)
    if len(found) == 1 and (came := _CAME_AFTER.search(text, found[0][0])) is not None:
        # "Wednesday's attack came a day after three soldiers were wounded when their vehicle struck a bomb": the
        # day named is the later event's; what the sentence tells came before it
        n = came.group(1).lower()
        return found[0][1] - dt.timedelta(days=int(n) if n.isdigit() else _COUNT[n])
    if len(found) > 1 and _PERIOD_START.search(text, max(0, found[0][0] - 12), found[0][0]):
        # "Fighting for Shadaw intensified from 5 April, and on 7 April the KNDF took the town": the start of a
        # period, then the day of the event told
        later = sorted((pos, day) for pos, day in found[1:] if pos > found[0][0] + 12)
        if later:
            return later[0][1]
    return found[0][1] if found else None


_PROTEST_CAUSE = re.compile(r"\bprotest(?:s|ed|ing)? (?:against|over) (?:the |a |an |their |his |her )?(?:[\w'’-]+ ){0,3}?"
                            r"(?:arrests?|detentions?|killings?|killing|deaths?|murders?|abductions?|kidnappings?|raids?|"
                            r"shootings?|demolitions?|evictions?)\b[^.;,]{0,80}", re.I)
# ("Residents of Gumel were yesterday burying seven people killed when bandits stormed the village on Monday night")
_AFTERMATH = re.compile(r"\b(?:are|is|were|was) (?:still |yesterday |today |on (?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:burying|mourning|counting|clearing|cleaning up|searching|"
                        r"recovering|rebuilding|returning|fleeing|assessing)\b", re.I)
_BURIAL = re.compile(r"\b(?:to (?:bury|mourn)|buried|burials? of|funerals? of|funeral (?:prayers|procession|service)s?)\b",
                     re.I)
_THAT_SAME_DAY = re.compile(r"\b(?:earlier|later) (?:that|the same|in the) day\b|\b(?:that|the) same day\b", re.I)
_AFTER_EVENT = re.compile(r"\b(?:after|when|since)\b", re.I)
_PERIOD_START = re.compile(r"\b(?:from|since)\s+(?:early\s+|late\s+|mid-)?$", re.I)


def has_explicit_date(text: str) -> bool:
    return _DIGIT.search(text) is not None and bool(_ISO.search(text) or _DAY_FIRST.search(text) or _MONTH_FIRST.search(text)
                                                    or _NUMERIC.search(text) or _DAY_MONTH_WEEKDAY.search(text)
                                                    or _DAY_MONTH_LABEL.match(text))


def reported_date(text: str, published: dt.date) -> dt.date | None:
    """The day a source spoke ("officials said Tuesday"): the best date left for an event that names none."""
    return next((day for _, day, reporting in _candidates(text, published) if reporting), None)


# "The army said on Wednesday that it had repelled an attack on its base ... the previous night": counted from the
# day the source spoke
_SAID_SOMETHING = re.compile(r"\b(?:said|says|reported|reports|told|announced|stated)\b", re.I)
_BEFORE_THE_TELLING = re.compile(r"\b(?:the (?:previous|preceding) (?:day|night|evening|afternoon|morning)|"
                                 r"the (?:day|night) before|a day earlier)\b(?! (?:yesterday|last)\b)", re.I)


def told_day_before(text: str, published: dt.date) -> dt.date | None:
    """The day an event told only through its source's day took place: that day, or the one before it when the
    sentence says so after naming the source's day."""
    found = next(((pos, day) for pos, day, reporting in _candidates(text, published) if reporting), None)
    if found is None:
        # "the SDF said a Turkish drone struck one of their vehicles ... the previous evening": a source that spoke
        # on the day of publication, of the evening before it
        before = _BEFORE_THE_TELLING.search(text)
        said = _SAID_SOMETHING.search(text, 0, before.start()) if before is not None and before.start() > 0 else None
        return published - dt.timedelta(days=1) if said is not None else None
    pos, day = found
    return day - dt.timedelta(days=1) if _BEFORE_THE_TELLING.search(text, pos) else day


_N_DAYS = r"(a|one|two|three|four|\d)"
# "The following day, militants abducted ...": a day counted from the incident told before.
# (after a section's place label: "SUBAYKHAN – The next day, clashes broke out ...")
_LABEL = r"(?:(?-i:[A-Z][A-Z'’ -]{2,40}) [–—-]\s+)?"
# (or told after the event, by its name: "gunmen abducted 11 worshippers in Dabage, a day before the Farakuwa attack")
_NAMED_EVENT = r"the (?:[\w'’-]+ ){0,2}?(?:attack|raid|ambush|bombing|blast|killings?|massacre|clash(?:es)?|fighting|" \
               r"abduction|kidnapping|assault|strike|shooting)\b"
_DAYS_LATER = re.compile(rf"^{_LABEL}(?:the (?:following|next) day|the day after|{_N_DAYS} days? later)\b"
                         rf"|,\s+{_N_DAYS} days? after {_NAMED_EVENT}", re.I)
_DAYS_EARLIER = re.compile(rf"^{_LABEL}(?:the (?:previous|preceding) day|the day before|{_N_DAYS} days? (?:earlier|before))\b"
                           rf"|\b(?:came|comes|followed|follows|was|is) {_N_DAYS} days? after\b"
                           rf"|,\s+{_N_DAYS} days? before {_NAMED_EVENT}", re.I)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_CAME_HOURS_AFTER = re.compile(r"\b(?:came|comes|followed|follows) (?:just |only )?(?:hours|minutes|shortly|moments) after\b",
                               re.I)
_CAME_AFTER = re.compile(rf"\b(?:came|comes|followed|follows) {_N_DAYS} days? after\b", re.I)


# "..., and police detained six people the following day at a protest": inside a lead's second clause, the day
# counts from the first clause's
# (and "soldiers pursuing the raiders killed three of them ... the following morning")
_DAYS_LATER_IN = re.compile(rf"\b(?:the (?:following|next) (?:day|morning)|{_N_DAYS} days? later)\b", re.I)
# (and "..., where a roadside bomb killed four civilians a day earlier")
_DAYS_EARLIER_IN = re.compile(rf"\b(?:the (?:previous|preceding) day|the day before|{_N_DAYS} days? (?:earlier|before))"
                              rf"(?=\s*[,.;]|\s*$)", re.I)


def relative_day(text: str, clause: bool = False) -> int | None:
    """Days from the incident told before to the one this sentence tells: "The following day" +1; "The unrest
    came a day after gunmen shot dead ..." -1 (the shooting came first); None when it says nothing of the kind.
    A clause cut from a lead (`clause`) may say it anywhere: "police detained six people the following day"."""
    for pattern, sign in ((_DAYS_LATER_IN if clause else _DAYS_LATER, 1),
                          (_DAYS_EARLIER_IN if clause else _DAYS_EARLIER, -1)):
        m = pattern.search(text)
        if m:
            n = next((g for g in m.groups() if g), "a").lower()
            return sign * (int(n) if n.isdigit() else _COUNT[n])
    m = _CAME_HOURS_AFTER.search(text) if not clause and "after" in text else None
    if m:
        # "The clash came hours after an explosive device went off the previous evening in M'lang": the event
        # before it, on its day or, so told, on the evening before
        return -1 if _BEFORE_THE_TELLING.search(text, m.end()) else 0
    return None


# Compiled patterns above answer through their faster twins, with the same results (fastregex.FastPattern).
speed_up(globals())
