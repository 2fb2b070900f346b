"""Admin hints: ACLED-style "Place (Admin2, Admin1)" and "Town, Region" pairs. The parentheses become mentions
of their own, resolved before anything else through the admin step; the countries and regions they name are
the context the rest of the note is resolved in (``HintContext``).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass

from sitrep.geo import gazetteer as gz
from sitrep.geo.admin import AdminRegions, strip_type
from sitrep.geo.candidates import Columns, dist_km
from sitrep.geo.gazetteer import fold
from sitrep.geo.gazetteer_build import GENERIC_REGION_WORDS
from sitrep.geo.mention import Mention
from sitrep.geo.toponym import Toponym, astuple_tail, to_toponym
from sitrep.geo.words import CONNECTORS, MAX_CANDIDATES, NOT_PLACE, OFFICE_WORDS, STATE_ABBREVIATIONS, SUBJECT_WORDS


# How far from its township's town a village named in that township may lie (Myanmar's townships are up to
# ~60 km across; a namesake farther away is another village).
TOWNSHIP_KM = 40.0


@dataclass
class HintContext:
    """What a note's admin hints say, for resolving the rest of it."""
    toponyms: dict[int, Toponym | None]   # mention index -> the hint mention's place
    ccs: dict[str, float]                 # countries of the regions the hints name, one vote per region
    regions: set[int]                     # region entries the hints name
    by_subject: dict[str, Toponym]        # a hinted place's name -> its place (one sense per note)



# Languages a page names its edition by in parentheses ("Evening Bulletin (English)"); some are also places
# (English, Indiana; Somali Region) but never an ACLED-style admin hint.
_LANGUAGES = frozenset(("english", "french", "arabic", "spanish", "portuguese", "swahili", "kiswahili", "somali",
                        "hausa", "amharic", "oromo", "tigrinya", "urdu", "hindi", "bengali", "russian", "ukrainian",
                        "burmese", "pashto", "dari", "farsi", "persian", "turkish", "kurdish", "sorani", "kurmanji",
                        "tamil", "sinhala", "nepali", "thai", "khmer", "lao", "indonesian", "malay", "tagalog",
                        "filipino", "chinese", "mandarin", "german", "italian", "dutch", "polish", "georgian",
                        "armenian", "azerbaijani", "hebrew", "fula", "fulfulde", "wolof", "lingala", "kinyarwanda",
                        "kirundi", "luganda", "shona", "zulu", "yoruba", "igbo", "sango", "bambara", "tigre"))

class AdminHints(Columns):
    _PAREN = re.compile(r"\(([^()\n]{2,80})\)")
    _HINT_PART = re.compile(r"^[A-Z][\w'’.\- ]*$")
    # Words that open the name of a body, not of a place: its parentheses give its acronym or short name
    _BODY = re.compile(r"(?:Secretariat|Ministry|Department|Office|Agency|Commission|Directorate|Committee|Command|"
                       r"Bureau|Service|Institute|Movement|Organi[sz]ation|Union|Federation|Association|Party|Front|"
                       r"Council|Coalition|Network|Observatory|Centre|Center|"
                       # ("the Armed Forces of Mali (FAMa)": an armed body's short name)
                       r"Forces?|Army|Police|Gendarmerie|Guards?|Brigades?|Battalions?|Division|Corps|Militias?)$")

    def __init__(self, admin: AdminRegions):
        super().__init__(admin.g)
        self.admin = admin
        self.c = admin.c
        self._country_names: dict[str, bool] = {}

    def add(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions with the admin hints of ``text`` in place of the names they cover, in text order;
        a town followed by ", Region" is marked for resolution inside that region."""
        kept, extra = self._parenthesised(text, mentions)
        self._comma_regions(text, kept)
        if not extra:
            return kept
        return sorted(kept + extra, key=lambda o: o.start)

    def _parenthesised(self, text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """ACLED-style "Minakulu sub-county (Oyam, Northern)": the parentheses name the place's admin2 and
        admin1 (or admin1 alone). The place and the names inside are resolved together by locate().
        Returns the mentions the hints do not cover, and the hint mentions."""
        extra: list[Mention] = []
        drop: set[int] = set()
        for pm in self._PAREN.finditer(text):
            parts = [x.strip() for x in pm.group(1).split(",")]
            close = pm.end()
            if len(parts) >= 2 and text[pm.end():pm.end() + 1] == ":" and self._names_country(parts[-1]) \
                    and not any(self._names_country(x) for x in parts[:-1]):
                # A log's label "12 Apr – Geladi (Somali region, Ethiopia):": the country closes the hint; the region
                # before it is the place's admin1 (the country stays a mention of its own). (Not a brief's coverage
                # line, "Logone-et-Chari department (Far North, Cameroon); Hadjer-Lamis province (Chad)": read so, it
                # lost the Chadian places after it.)
                close = pm.start(1) + pm.group(1).rfind(",")
                parts = parts[:-1]
            if len(parts) >= 3 and text[pm.end():pm.end() + 1] == ":" and self._country_of_region(parts[-1], parts[-2]):
                # A brief's label "26 AUG - Darey (Ouallam, Tillabéri, NE):": the country, by its code or its name,
                # closes the hint after the region it holds ("Tillabéri, Niger" is no Nigerian state)
                close = pm.start(1) + pm.group(1).rfind(",")
                parts = parts[:-1]
            if not 1 <= len(parts) <= 3 or not all(self._HINT_PART.match(x) for x in parts):
                continue
            if len(parts) == 1 and parts[0].isupper():
                continue   # "RUSSELLVILLE, Ark. (AP)": a news agency, not a region abbreviation
            if any(fold(x) in NOT_PLACE for x in parts):
                continue   # a brief's "14 Aug (Fri)": a weekday, not a region (Greece has a Fri)
            if len(parts) == 1 and fold(parts[0]) in _LANGUAGES:
                continue   # a bulletin's "Evening Bulletin (English)": the edition's language, not a county
            if len(parts) == 1 and fold(parts[0]) in GENERIC_REGION_WORDS:
                continue   # "Wadi al Jufrah (North)": part of ACLED's name for the spot, not a region
            if any(x.isupper() and len(x) <= 5 and fold(x) not in STATE_ABBREVIATIONS for x in parts):
                continue   # "WASHINGTON (RNS)": an agency or party acronym
            if not self.admin.admins(parts[-1], "ADM1", None) and not (len(parts) > 1 and self.admin.admins(parts[-2], "ADM2", None)):
                continue   # nothing in the parentheses is a known region
            if any(self._names_country(x) for x in parts):
                continue   # a brief's "Logone-et-Chari department (Far North, Cameroon)", "Hadjer-Lamis province
                # (Chad)": a country is no ACLED admin hint (its region is resolved in it as any other mention)
            # The subject: capitalised words (and type words such as "sub-county") right before "(".
            head = text[max(0, pm.start() - 80):pm.start()].rstrip()
            if len(head) == pm.start() - max(0, pm.start() - 80):
                continue   # no space before "(": "U.S.(...)" and the like
            words = re.findall(r"[^\s()]+", head)
            subject = []
            for w in reversed(words):
                if w[-1] in ",;:." and subject:
                    break      # "Kongo Trading Center, Minakulu sub-county (...)": the subject is the last one
                w = w.rstrip(",;:")
                if w[:1].isupper() or (subject and w.lower() in CONNECTORS) or w.lower() in SUBJECT_WORDS:
                    subject.insert(0, w)
                    if len(subject) >= 6:
                        break
                else:
                    break
            while subject and subject[0].islower() and subject[0] in CONNECTORS:
                subject.pop(0)     # the six-word limit stopped on a connector ("of Doom Dooma ...")
            if not subject or not subject[0][:1].isupper():
                continue
            if len(parts) == 1 and any(self._BODY.match(w) for w in subject):
                # "the Secretariat of National Defence (Defensa)", "the Defence Secretariat (Sedena)": a body's short
                # name, no region
                continue
            s_end = pm.start() - (len(text[:pm.start()]) - len(text[:pm.start()].rstrip()))
            s_start = text.rfind(subject[0], 0, s_end)
            if s_start < 0:
                continue
            if len(parts) == 1 and gz.spelled_alike(fold(text[s_start:s_end]), fold(parts[0])) \
                    and not self.c.names_region(fold(parts[0])):
                continue   # "Werxele (Werexel) area": another spelling of the name, not its region
            if len(parts) == 1 and text[pm.end():pm.end() + 1] == ":" \
                    and self._abroad(parts[0], [o for o in mentions if o.start < s_end and s_start < o.end]):
                # "22/04 – Maboyo (Beni):", a log's label in Congo: Beni's territory, not Bolivia's El Beni department
                # (ACLED's "in El Alto (La Paz)," keeps its hint)
                continue
            admin2, admin1 = (parts[-2], parts[-1]) if len(parts) >= 2 else (None, parts[0])
            hint_town = parts[0] if len(parts) == 3 else None
            of_town = self._OF_TOWNSHIP.search(text, max(0, pm.start() - 120), pm.start()) if len(parts) < 3 else None
            if of_town is not None:
                # "Kyu Chaung village of Kyaikto township (Thaton district, Mon state)" (or "village, Kyaikto
                # township (...)"): the village is the
                # subject, the township's town the third level, as in "(Kyaikto township, Thaton district, ...)".
                s_start, s_end = of_town.start(1), of_town.end(1)
                hint_town = of_town.group(2)
            m = Mention(s_start, s_end, fold(text[s_start:s_end]), [], True, hint=(admin2, admin1))
            m.hint_town = hint_town
            extra.append(m)
            # The names inside the parentheses are places too: the admin regions themselves.
            pos = pm.start(1)
            for i, part in enumerate(parts):
                off = text.find(part, pos)
                if off < 0:
                    continue
                pos = off + len(part)
                level = "ADM1" if i == len(parts) - 1 else "ADM2"
                if len(parts) == 3 and i == 0:
                    level = "ADM3"
                hm = Mention(off, off + len(part), fold(part), [], True,
                              hint=(admin2 if level == "ADM3" else None, admin1 if level != "ADM1" else None))
                hm.hint_level = level
                extra.append(hm)
            span = (s_start, close)
            drop.update(k for k, o in enumerate(mentions) if o.start < span[1] and span[0] < o.end)
        return [o for k, o in enumerate(mentions) if k not in drop], extra

    def _abroad(self, name: str, subject: list[Mention]) -> bool:
        """Whether every first-level region called ``name`` lies in a country where no reading of the subject's
        names does: a one-name parenthesis that is no region of the subject's country."""
        ccs = {self._cc[c] for o in subject for c in o.cands}
        regions = self.admin.admins(name, "ADM1", None, towns=False)
        if not ccs or not regions or {self._cc[c] for c in regions} & ccs:
            return False
        # (and the name is a town of the subject's country: Beni, the territory's town)
        return any(self._cc[c] in ccs for c in self.g.match_main(fold(name))[0])

    def _country_of_region(self, name: str, region: str) -> bool:
        """Whether ``name`` is a country, by its ISO code or its own name, that holds a first-level region called
        ``region``."""
        if name.isupper() and len(name) == 2:
            cc = name
        else:
            key = fold(name)
            ccs = {self._cc[c] for c in self.g.match_main(key)[0][:MAX_CANDIDATES]
                   if self._fcode[c] in gz.COUNTRY_CODES and self.g.is_primary_name(key, c)}
            if len(ccs) != 1:
                return False
            cc = ccs.pop()
        return any(self._cc[c] == cc for c in self.admin.admins(region, "ADM1", None))

    def _names_country(self, name: str) -> bool:
        """Whether ``name`` is a country's and no region's own name ("Cameroon"; not "Georgia" or "Niger", states
        of the US and Nigeria that ACLED names as admin1). Remembered: every ACLED note ends in such parentheses."""
        key = fold(name)
        known = self._country_names.get(key)
        if known is None:
            # (countries are main entries: the village table is not asked)
            known = any(self._fcode[c] in gz.COUNTRY_CODES and self.g.is_primary_name(key, c)
                        for c in self.g.match_main(key)[0][:MAX_CANDIDATES]) \
                and not any(self.g.is_primary_name(key, c) for c in self.admin.admins(name, "ADM1", None))
            if len(self._country_names) < 50_000:
                self._country_names[key] = known
        return known

    def _spelled_as(self, t: Toponym, name: str) -> bool:
        """Whether the gazetteer's name of ``t`` is ``name`` (its type word aside) nearly letter for letter, not
        just by a loose key (Bushi is not the Bwisha chiefdom)."""
        want = gz.strip_article(strip_type(name)[0]) or strip_type(name)[0]
        have = fold(t.gazetteer_name or "")
        return difflib.SequenceMatcher(None, want, gz.strip_article(have) or have).ratio() >= 0.8

    _OF_TOWNSHIP = re.compile(
        r"\b((?:[A-Z][\w'’\-]*\s+){1,5}(?:village|town|ward|village tract|area))(?:,|\s+(?:of|in))\s+"
        r"((?:[A-Z][\w'’\-]*)(?:[\s\-][A-Z][\w'’\-]*){0,3}\s+township)\s*$")

    _IN_REGION = re.compile(r"(?:,\s+)?\s*in\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
                            r"central|far)\s+)?(?:[A-Z][\w'’\- ]{1,30}(?:'s|’s)\s+)?(?:(?:north|south|east|west)"
                            r"(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?", re.I)

    def _comma_regions(self, text: str, kept: list[Mention]) -> None:
        """ "Popasna, Luhansk" / "Petrivka, Kharkiv region" / "Shyroke district, Mykolaiv": a town (or the district
        named after it) followed by its province."""
        for a, b in zip(kept, kept[1:]):
            if (a.hint is None and b.hint is None and a.demonym is None and b.demonym is None and a.level != "ADM1"
                    and (text[a.end:b.start] == ", " or self._TYPED_COMMA.fullmatch(text, a.end, b.start))
                    and any(self._fcode[c] in ("ADM1", "ADM2") for c in b.cands[:MAX_CANDIDATES])
                    and not any(self._fcode[c] in gz.COUNTRY_CODES for c in a.cands[:5])
                    # "Kidal, Mali": a country's name is the country, not a namesake district abroad
                    and not any(self._fcode[c] in gz.COUNTRY_CODES and self.g.is_primary_name(b.key, c)
                                for c in b.cands)
                    # "Paul Everitt, Enfield Council's head of arts": the region's office, not its town
                    and not self._office_after(text, b.end)
                    # "Hiiraan, Gedo and Bay regions": a list of regions, not a village in the second (unless the
                    # first is also a town: "Donetsk, Donetsk region")
                    and not self._list_of_regions(a, b)):
                a.comma_region = b.end
        # "Léré in Mali's Timbuktu region", "Bama in the Borno state": a place inside the region typed after it
        # (the type word says it is a region, not a list of towns).
        for k, a in enumerate(kept):
            if a.comma_region is not None or a.hint is not None or a.demonym is not None or a.level is not None:
                continue
            for b in kept[k + 1:k + 3]:
                if b.level is None or b.hint is not None or b.demonym is not None:
                    continue
                between = text[a.end:b.start]
                m = self._IN_REGION.fullmatch(between)
                if m is not None and all(any(self._fcode[c] in gz.COUNTRY_CODES for c in o.cands[:5])
                                         for o in kept[k + 1:kept.index(b)]):
                    a.comma_region = b.end
                    a.region_start = b.start
                break

    # "Jiga town, West Gojjam zone": the place's own type word before the comma
    _TYPED_COMMA = re.compile(r" (?:town|village|city|hamlet|settlement|locality), ")

    def _list_of_regions(self, a: Mention, b: Mention) -> bool:
        """Whether "A, B" are two first-level regions of one country as spelled, A being no town of 1,000 people or
        more (not "New York, Donetsk", a village in a region abroad's name)."""
        def regions(m: Mention) -> set[str]:
            return {self._cc[c] for c in m.cands[:MAX_CANDIDATES]
                    if self._fcode[c] == "ADM1" and self.g.is_primary_name(m.key, c)}
        town = any(self._fcode[c] not in ("ADM1", "ADM2") and self._pop[c] >= 1000 and self.g.is_primary_name(a.key, c)
                   for c in a.cands[:MAX_CANDIDATES])
        return not town and bool(regions(a) & regions(b))

    @staticmethod
    def _office_after(text: str, end: int) -> bool:
        m = re.match(r"\s+([A-Za-z]+)", text[end:end + 25])
        return m is not None and m.group(1).lower() in OFFICE_WORDS

    def resolve(self, text: str, mentions: list[Mention], country_hint: str | None) -> HintContext:
        """The hint mentions resolved first: the countries and regions they name are the note's context."""
        ctx = HintContext({}, {}, set(), {})
        for k, m in enumerate(mentions):
            if m.hint is not None:
                t = ctx.toponyms[k] = self._hinted(text, m, country_hint)
                if t is None:
                    continue
                if t.country_iso2 and m.hint_level:
                    ctx.ccs[t.country_iso2] = ctx.ccs.get(t.country_iso2, 0.0) + 1.0
                    region = self.g.by_geonames_id(t.geonames_id) if t.geonames_id else None
                    if region is not None and region.feature_code in ("ADM1", "ADM2"):
                        ctx.regions.add(region.idx)
                elif not m.hint_level and t.in_gazetteer:
                    ctx.by_subject.setdefault(m.key, t)
        return ctx

    def _hinted(self, text: str, m: Mention, country_hint: str | None) -> Toponym | None:
        """A hint mention's place: a region inside the parentheses by its level, the subject inside them."""
        name = text[m.start:m.end]
        admin2, admin1 = m.hint
        if m.hint_level == "ADM1":
            t = self.admin.lookup_admin(name, country_hint)
        elif m.hint_level == "ADM2":
            a1s = self.admin.admins(admin1, "ADM1", country_hint)
            a2s = self.admin.admins(name, "ADM2", country_hint, parents=a1s or None)
            a2s = {c for c in a2s if not a1s or self._a1[c] in a1s} or a2s
            if not a2s:
                return None
            region = max(a2s, key=lambda c: self._pop[c])
            return to_toponym(self.g, text, m, region)
        else:
            t = self.admin.locate(name, admin2, admin1, country_hint)
            if t is not None and m.hint_town:
                town = self.admin.locate(m.hint_town, admin2, admin1, country_hint)
                if town is not None and town.in_gazetteer and (town.feature_code or "").startswith("PPL"):
                    if not t.in_gazetteer:
                        # "San Myo village (Gangaw township, Gangaw district, Magway)", San Myo unknown: the
                        # township's own town is nearer than the district's centre (precision 2).
                        t = dataclasses.replace(town, precision=2)
                    elif dist_km(t.latitude, t.longitude, town.latitude, town.longitude) > TOWNSHIP_KM \
                            and self._spelled_as(town, m.hint_town):
                        # "Myo Haung village (Palaw township, ...)": a namesake elsewhere in the district is not
                        # it; the one by the township's town, else that town (precision 2).
                        near = self.admin.near(name, town.latitude, town.longitude, TOWNSHIP_KM, town.country_iso2)
                        t = near if near is not None else dataclasses.replace(town, precision=2)
        if t is None:
            return None
        return Toponym(m.start, m.end, name, *astuple_tail(t))
