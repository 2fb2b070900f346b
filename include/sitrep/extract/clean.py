"""Page debris out of an article before anything reads it: datelines, bylines, teasers, captions, sign-offs and
the forward-looking or contextual sections of briefs and situation reports.

Blanked text is replaced by spaces, never removed, so every offset into the cleaned text is an offset into the
original (evidence spans are cut from the original). News conventions, not any outlet's quirks:
- a dateline ("ERBIL, Iraq (AFP) —", "RAIPUR:", "KYIV, Ukraine, March 3 (AFP) -") names where the reporter
  filed from, not where it happened;
- bylines, "Read more"/"Related" teasers, captions, share bars and editors' sign-offs report nothing;
- under "OUTLOOK", "ANALYSIS", "BACKGROUND" or "FUNDING" a brief forecasts, explains or asks for money.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fastregex import filtered

# "ERBIL, Iraq (AFP) — ", "BAMAKO, Mali, Sept 19 (Reuters) - ", "IMPHAL: ", "MOSCOW, Sept 3 (Reuters) - "
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+(?:(?: ?/ ?| )[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+){0,3}"    # the city, in capitals ("CAP-HAÏTIEN")
    # or a rights group's release: "(Bangkok, 9 April 2026) – ", "(Beirut, March 5, 2026) - "
    r"|\([A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}\)"
    # or in title case when a wire's tag follows: "Deir Ezzor (Syria) (AFP) -"
    r"|[A-Z][a-zà-ÿ'’.\-]+(?: [A-Z][a-zà-ÿ'’.\-]+){0,2}(?=(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Z][\w ]{1,30}\))?\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Anadolu|Bernama|Yonhap|Kyodo|Antara|dpa|efe|afp)\))"
    # or a translated local paper's "Constantine - Two terrorists ...": the town, a spaced dash, the story
    # ("Al-Bayda - A woman and her child were killed ...")
    r"|[A-Z][a-zà-ÿ'’.\-]+(?:-[A-Z][a-zà-ÿ'’.\-]+)?(?: [A-Z][a-zà-ÿ'’.\-]+){0,2}(?=[ \t]+[—–-][ \t]+[A-Z])"
    # or a radio's "Kuajok, 13 August 2026 (Mayardit FM) –": the town, the full date, the outlet, a dash (a
    # release's "Paris, 25 June 2026 –" has no outlet)
    r"|[A-Z][a-zà-ÿ'’.\-]+(?:-[A-Z][a-zà-ÿ'’.\-]+)?(?: [A-Z][a-zà-ÿ'’.\-]+){0,2}(?=,?\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?"
    r"\s+\d{4}\s*(?:\([A-Z][\w .'’&]{1,30}\)\s*)?[—–-]))"
    r"(?:,\s*[A-Z][\w.'’\-]*(?: (?:of |the |and |del |de |la |el |al |do |da |des |du )?[A-Z][\w.'’\-]*){0,3})?"  # ", Iraq" / ", Republic of Congo" / ", Agusan del Sur"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # ", Sept 19"
    r"(?:\s*\((?:[A-Z][\w&.'’ -]{1,30}|dpa|efe|afp)\)){0,2}"             # "(Syria) (AFP)", "(Reuters)", "(Sawt al-Saeed)"
    r"(?:[ \t]*\.?(?:[—–-]{1,2}|:)[ \t]*(?=\S)|(?P<bare>(?<=\))[ \t]+(?=[A-Z])))")  # "(EFE).-"; "(PTI) Two"
_WEEKDAY_LABEL = re.compile(r"\s*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s*[—–-]\s")
# Indian agencies put no dash after their tag: "Guwahati, Nov 18 (PTI) Two suspected militants ...".
_AGENCY_TAG_END = re.compile(r"\((?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|dpa|Xinhua|Bernama|Antara|EFE|AA|APP|NNA|WAM|SPA|"
                             r"KUNA|Yonhap|Kyodo|TASS|IRNA|Anadolu)\)\s*$")
# Whole lines that carry no report: a label and its tail ("Read more: ...", "PHOTO: ..."), a byline, a sign-off.
_DEBRIS_LINE = re.compile(
    r"^\s*(?:(?:read (?:more|also)|also read|related(?: stories| articles)?|see also|more on this|"
    r"recommended|watch|listen|(?:photo|picture|image) caption|photo|picture|caption|file|video|share(?: this(?: article)?)?|follow us|"
    r"subscribe|sign up|copyright|media contact|contact|editing by|reporting by|additional reporting|"
    r"cookie settings|advertisement|editor'?s'? note|correction|clarification)\s*(?:\([^)\n]*\))?\s*"
    r"(?:[:|›]|[-—–]\s)[^\n]*"
    r"|\((?:reporting|writing|editing|additional reporting|photo|file)\b[^\n]*\)\s*"
    r"|\[(?:translated|listen|watch|photo|video)\b[^\n]*\]\s*"
    # a translation's credit line: "Translated from Russian by the Border Regions Media Digest. Original: ..."
    r"|translated from [A-Z][a-z]+\b[^\n]*"
    # a cookie banner: "We use cookies to improve your experience on our site. ... ACCEPT"
    r"|[^\n]*\b(?:we|this (?:site|website|page)|our (?:site|website)) uses? cookies\b[^\n]*"
    r"|(?-i:By (?:[A-Z][\w'’.-]+ ?){1,4})(?:[,|] ?[^\n.!?]{0,70}| in [A-Z][^\n.!?]{0,40})?"
    r"|(?-i:From [A-Z][\w'’.-]+ [A-Z][\w'’.-]+), [A-Z][^\n.!?]{0,40}"
    r"|[a-z]{2,4}(?:/[a-z]{2,4}){1,5}|_{3,}|[-—–]\s*ends\s*[-—–]"
    # "Updated May 19, 2026 – 11:10 a.m.", "Published: 6 May 2026, 11:05 (EAT)": the page's timestamp line
    r"|(?:last )?(?:updated|published|posted|modified)(?: on)?\s*:?\s+[^\n]{0,40}?(?:\d{1,2}[:.]\d{2}|\b(?:19|20)\d\d\b)[^\n]{0,30}"
    r"|home\s*›[^\n]*|[^\n]*\|\s*(?:\d+ min read|facebook|whatsapp|x)\s*(?:\|[^\n]*)?)\s*$",
    re.I)
# Section headings whose content forecasts, explains or appeals rather than reports. Topic words that also
# title a report's own sections ("Health", "Election") count only in capitals, as briefs set their headings.
_SKIP_SECTION = re.compile(
    r"^\s*(?:(?:security |30-day |weekly )?outlook|forecast|watchpoints?|what to watch|looking ahead|"
    r"analysis|assessment|commentary|context(?: and trends)?|background|trends|bottom line|"
    r"recommendations?)\s*(?:\([^)]*\))?\s*:?\s*$", re.I)
_SKIP_SECTION_CAPS = re.compile(
    r"^\s*(?:FUNDING|HUMANITARIAN (?:NEEDS|RESPONSE|IMPACT)[A-Z ]*|(?:NEEDS|ACCESS|RESPONSE)(?: AND [A-Z]+)?|"
    r"PRIORITIES[A-Z ]*|ABOUT [A-Z ]+|(?:BY )?THE NUMBERS|(?:THE )?WEEK IN NUMBERS|TRADE AND MARKETS|HEALTH|EDUCATION|SHELTER[A-Z ,-]*|"
    r"FLOODS?|COURTS?|ELECTIONS?)\s*:?\s*$")


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cleaned:
    body: str  # the text with debris blanked, same length
    headings: list[Heading]  # section titles kept: they may name the region or the day of what follows
    dateline: str | None  # "ERBIL, Iraq (AFP) —": not where it happened, but it hints at the country


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation: a section title, a live blog's time stamp, a headline."""
    s = line.strip()
    if not s or s[0] in "•·*-–—" or _NUMBERED.match(s):
        return False  # a bullet or a numbered item reports
    return len(s.split()) <= 12 and (not _CLOSED.search(s) or bool(_CAPS_WITH_PERIOD.match(s))
                                     or s.endswith(")") and bool(_PLACE_TITLE.match(s)))


_NUMBERED = re.compile(r"^\d+\.\s")


def _numbered_title(line: str, following: str) -> bool:
    """A release's numbered item title on its own line, its report on the next ("2. IED blast on police mobile,
    District Hangu" / "On 8th April at 10:15 hours, an improvised explosive device ..."): the item's heading, whose
    place is the region of what follows, not an event of its own."""
    s, f = line.strip(), following.strip()
    return bool(_NUMBERED.match(s)) and len(s.split()) <= 12 and not _CLOSED.search(s) and len(f.split()) > 12 \
        and not _NUMBERED.match(f) and f[0] not in "•·*-–—"
# "INCIDENTS (6-13 April)": a section title in capitals with the period it covers in brackets
_CAPS_WITH_PERIOD = re.compile(r"^[A-Z][A-Z&/ -]{2,40}\s\([^()]{1,40}\)$")
_CLOSED = re.compile(r"[.!?\"”’)]$")
# A digest's section title of a day and a place, its country in brackets: "Sunday - Rashad locality, South Kordofan
# (Sudan)", "Tuesday: Panyijiar county, Unity State (South Sudan)"
_PLACE_TITLE = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^\n()]{0,12}?\s*[—–:-]\s*)?[A-Z][\w'’.-]*"
                          r"(?:,?\s+(?:[A-Z][\w'’.-]*|locality|county|state|region|district|province|governorate|"
                          r"territory|department|division|zone|of|and|el|al|de))*\s*\([A-Z][^()]{1,30}\)$")


_TOLL_RISE_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]*\b(?:(?:bringing|raising|taking|pushing) the (?:death )?toll to|"
                                 r"death toll (?:rose|has risen|had risen|climbed|increased) to)\b[^.!?]*[.!?]", re.I)


# A translator's or editor's bracketed note, a gloss of the text around it: "[T.N.: "Vampire" is the Czech-made RM-70
# multiple rocket launcher, supplied to Ukraine.]"
_TRANSLATORS_NOTE = re.compile(r"\[(?:T\.\s?N\.|TN|N\.\s?d(?:el)?\.\s?T\.|Translator['’]s note|Editor['’]s note)\s*:[^\]\n]*\]")


def clean(text: str) -> Cleaned:
    """The article body with its debris blanked, the headings it keeps and its dateline."""
    chars = list(text)
    headings: list[Heading] = []
    skipping = False
    first_body = True
    dateline = None
    pos = 0
    for m in _TRANSLATORS_NOTE.finditer(text) if "[" in text else ():
        _blank(chars, m.start(), m.end())
    lines = text.split("\n")
    for k, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip() or not "".join(chars[start:end]).strip():
            continue
        if _DEBRIS_LINE.match(line):
            _blank(chars, start, end)
            continue
        if is_heading(line) or _numbered_title(line, lines[k + 1] if k + 1 < len(lines) else ""):
            skipping = bool(_SKIP_SECTION.match(line) or _SKIP_SECTION_CAPS.match(line))
            if skipping:
                _blank(chars, start, end)
                # "ANALYSIS" above the first paragraph is the story's rubric, not a section to leave out.
                skipping = not first_body
            else:
                headings.append(Heading(start, end, line.strip()))
            continue
        if skipping:
            # "HUMANITARIAN IMPACT: One of the people injured in the PK3 attack died ..., bringing the death toll to
            # four": a section left out may still carry the new toll of an event told above; that sentence stays.
            kept = _TOLL_RISE_SENTENCE.search(line)
            _blank(chars, start, start + kept.start() if kept else end)
            if kept:
                _blank(chars, start + kept.end(), end)
        elif first_body and line.strip().startswith("(") and line.strip().endswith(")"):
            continue   # "(Translated from the Afaan Oromoo edition of 24 February ...)": a note above the dateline
        elif first_body:
            # A letterhead's short lines ("Syrian Emergency Medical Network (SEMN)") come before the first
            # paragraph; the dateline opens the first line that reads as prose.
            # (a masthead's "Radyo Bandilyo Agusan 98.7 FM | Balita | July 9, 2026, 4:15 PM" too, however long)
            first_body = (len(line.split()) <= 12 or line.count(" | ") >= 2) and not re.search(r"[.!?\"”]\s*$", line)
            m = _DATELINE.match(line)
            if m and m.group("bare") is not None and not _AGENCY_TAG_END.search(line, 0, m.end()):
                m = None  # "UN (United Nations) Secretary-General ...": a name and its gloss, no dateline
            if m and _WEEKDAY_LABEL.match(line):
                m = None  # "Tue – Gusau (Zamfara): ...": a digest item's weekday, no city
            if m and m.end() < 100:
                first_body = False
                dateline = line[:m.end()]
                _blank(chars, start, start + m.end())
    return Cleaned("".join(chars), headings, dateline)


# Most lines lack its literals, and it has case-sensitive parts: filtered first (fastregex.LiteralFiltered).
_TOLL_RISE_SENTENCE = filtered(_TOLL_RISE_SENTENCE)
