"""Geoparser: find place names in text and resolve them to GeoNames entries of the offline gazetteer.

Recognition scans runs of capitalised tokens (with lower-case connectors such as "ez", "al", "de") and
looks each sub-span up in the gazetteer's folded-name index, longest match first; demonyms ("Iraqi")
map to their country; cues ("the villages of A, B and C", "X district") add places the gazetteer lacks.
Resolution scores each candidate by kind and population, then re-scores with the article's context:
its dominant countries, admin regions mentioned nearby and distance to the other places.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import json
import math
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import TextIO

from sitrep.geo import gazetteer as gz
from sitrep.geo.gazetteer import Gazetteer, fold
from sitrep.geo.gazetteer_build import GENERIC_REGION_WORDS, REGION_ABBREVIATIONS
from sitrep.geo.outlet_country import country_of_url

__all__ = ["Toponym", "Geoparser", "geoparse", "geoparse_jsonl", "lookup_admin", "locate"]


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    country_iso2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    feature_code: str | None
    gazetteer_name: str | None
    precision: int
    in_gazetteer: bool
    population: int | None
    is_demonym: bool = False   # "Iraqi": resolved to the country, but not a location of an event
    # For an admin region: its seat (namesake or largest town), where ACLED-style coding puts region-level
    # events; latitude/longitude are the region's middle.
    seat_latitude: float | None = None
    seat_longitude: float | None = None

    def to_contract(self, doc_id) -> dict:
        return {"id": doc_id, "start": self.start, "end": self.end, "name": self.name,
                "geonames_id": self.geonames_id, "latitude": self.latitude, "longitude": self.longitude,
                "country_iso2": self.country_iso2, "feature_code": self.feature_code}

    def as_dict(self) -> dict:
        return asdict(self)


# Tokens: acronyms with dots (U.S., U.K.) or words with inner hyphens/apostrophes (Al-Qa'im, ez-Zor).
# Hyphens split tokens ("London-based", "Canada-wide"); a span may still join them ("Al-Qa'im").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’]*\w)?")
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”]\s*$")
CONNECTORS = frozenset("of de del della la le el al ez az es ad ar as at an ash ath du des da do dos das di upon e "
                       "on sur en van der von am im bin ibn y".split())
# Words after a name that say what kind of region it is; they select ADM2 / ADM1 readings.
ADM2_WORDS = frozenset("district districts sub-county subcounty county municipality division department "
                       "qadaa qada raion rayon woreda lga regency upazila".split())
ADM1_WORDS = frozenset("province provinces governorate governorates region state oblast prefecture".split())
TYPE_WORDS = ADM2_WORDS | ADM1_WORDS
# Words that may end the name of the place an ACLED note describes, before "(admin2, admin1)".
SUBJECT_WORDS = TYPE_WORDS | frozenset("township town city village villages area camp neighborhood neighbourhood "
                                       "groupement commune ward locality sector chiefdom zone junction market "
                                       "road bridge border crossing checkpoint island hill".split())
# Capitalised words after a name that say it is a place ("Zugdidi City"), not part of a longer proper name.
_PLACE_KIND_WORDS = frozenset("city town village district province region governorate county municipality "
                              "regency township prefecture oblast state".split())
# Capitalised words that start a clause and are never places on their own.
_NOT_PLACE = frozenset(fold(w) for w in (
    "The A An In On At Of For From By With And But Or If As It Its This That These Those He She They We I You "
    "His Her Their Our Mr Mrs Ms Dr Gen General President Minister Prime Police Army Forces Force "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December State Islamic God Allah Prophet Isis Daesh Is Are Was "
    "Were Be Not No Yes Back Top Main Content Skip News Reuters Update Breaking Photo Video "
    "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays "
    "Taliban Houthi Houthis Hezbollah Hamas ISIL Shabaab Haram Xinhua").split())
# Nouns that name organisations far more often than the small towns called so ("the Confederation of
# Korean Unions", "People's Alliance", "Forest Division"): places only as a weak word is.
_ORG_WORDS = frozenset(
    "confederation alliance federation coalition union front movement council congress party association league "
    "assembly committee brigade brigades division corps command solidarity forest unity progress liberty "
    "freedom justice independence".split())
# Words before a name that make a person or organisation reading likely ("President Jordan").
_TITLES = frozenset(fold(w) for w in (
    "Mr Mrs Ms Miss Dr Sir Lord Lady Saint St Gen General Col Colonel Capt Captain Lt Sgt Maj Major "
    "President Minister Senator Sen Rep Gov Governor Mayor King Queen Prince Princess Sheikh Imam Pope "
    "Judge Justice Chief Officer Commander Bishop Rev Father Brother Sister Coach Professor Prof").split())
# A town this small in a country that nothing else in the article mentions is a namesake, not the place.
FOREIGN_POP = 20_000
# Prior weights of the kinds of place (a town scores log10 of its population).
ADM1_BASE, ADM2_BASE, PRIMARY_BONUS = 3.0, 2.0, 1.0
_CONTRACTION = re.compile(r"^\w+['’](ve|m|ll|d|re|t)$", re.I)
_STATE_ABBREVIATIONS = frozenset(fold(a) for table in REGION_ABBREVIATIONS.values()
                                 for forms in table.values() for a in forms)
_VILLAGE_CUE = re.compile(
    r"\b(?:villages?|towns?|hamlets?|localit(?:y|ies)|neighbou?rhoods?|areas?|settlements?|camps?|"
    r"trading cent(?:er|re)s?|sub-count(?:y|ies)|parish(?:es)?)\s+(?:of|called|named)\s+$", re.I)


_CONSONANTS = re.compile(r"[aeiouyw]")   # what translit_key folds to "a": removing it leaves the consonants


@dataclass
class _Mention:
    start: int
    end: int
    key: str
    cands: list[int]
    exact: bool
    demonym: int | None = None      # country entry for a demonym
    level: str | None = None        # "ADM1"/"ADM2" when a type word followed the name
    cued: bool = False              # preceded by "village of" and the like: a place even if unknown
    scores: dict[int, float] = field(default_factory=dict)
    bonus: dict[int, float] = field(default_factory=dict)
    best: int | None = None
    own: float = 0.0                # this mention's share of the country weights
    hint: tuple[str | None, str | None] | None = None   # (admin2, admin1) from "Name (Admin2, Admin1)"
    hint_level: str | None = None   # for a name inside the parentheses: the admin level it stands for
    comma_region: int | None = None  # end of a following ", Region" that may contain this place
    loose: bool = False             # matched a village by consonant skeleton only
    from_villages: bool = False     # found through the village table (a village, or WOF's spelling of a town)
    hint_town: str | None = None    # the township of a three-part hint "(Pauk township, Pakokku district, Magway)"


def _dist_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Geoparser:
    MAX_SPAN = 6
    MAX_CANDIDATES = 60

    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer
        self._fcode = gazetteer._fcode
        self._pop = gazetteer._pop
        self._cc = gazetteer._cc
        self._a1 = gazetteer._a1
        self._a2 = gazetteer._a2
        self._lat = gazetteer._lat
        self._lon = gazetteer._lon
        # Per-call state (country weights, surname words) lives per thread: one parser serves all threads.
        self._local = threading.local()
        self._admins_by_cc: dict[str, list[tuple[str, int, str]]] | None = None
        self._admin_ids_by_cc: dict[str, list[int]] = {}
        self._fuzzy_seen: dict[tuple[str, str], tuple[int, ...]] = {}   # the same misspelt region recurs across notes
        self._blocked: dict[tuple[str, bool], bool] = {}   # words a village span may not contain
        self._namesakes: dict[tuple[str, bool, frozenset[str]], tuple[list[int], bool]] = {}
        self._village_ccs = frozenset(gazetteer.villages.ccs) if gazetteer.villages is not None else frozenset()

    # ------------------------------------------------------------------ recognition
    def _tokens(self, text: str) -> list[tuple[int, int, str]]:
        toks = []
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            word = m.group()
            if word.endswith(("'s", "’s")):   # Russia's -> Russia
                e -= 2
                word = word[:-2]
            toks.append((s, e, word))
        return toks

    def _village_countries(self, mentions: list[_Mention], country_hint: str | None) -> frozenset[str]:
        """Countries whose villages the text may name: those of its places' likeliest readings, its demonyms
        and the outlet's, among the village table's countries (a village needs its country in the text)."""
        ccs = {country_hint.upper()} if country_hint else set()
        for m in mentions:
            if m.cands:
                ccs.add(self._cc[max(m.cands[:self.MAX_CANDIDATES], key=lambda c: self._prior(m, c))])
        return frozenset(ccs) & self._village_ccs

    def _recognise(self, text: str, vccs: frozenset[str] | None = None) -> list[_Mention]:
        """Place mentions; with ``vccs``, also villages of those countries."""
        g = self.g
        if vccs is None:   # the village pass reuses the main pass's tokens and person names
            toks = self._tokens(text)
            lower_words = {fold(w) for _, _, w in toks if w[:1].islower()}
            self._local.tokens = (text, toks, lower_words)
            self._local.person_words = self._person_names(text, toks)
        else:
            cached = getattr(self._local, "tokens", None)
            if cached is not None and cached[0] is text:
                toks, lower_words = cached[1], cached[2]
            else:
                toks = self._tokens(text)
                lower_words = {fold(w) for _, _, w in toks if w[:1].islower()}
        n = len(toks)
        mentions: list[_Mention] = []
        i = 0
        while i < n:
            s0, e0, w0 = toks[i]
            if not (w0[:1].isupper()):
                i += 1
                continue
            found = None
            # Longest span first: "Deir ez-Zor" before "Deir", "American Samoa" before "American".
            for j in range(self._span_end(text, toks, i, n), i - 1, -1):
                ws = toks[j][2]
                if not ws[:1].isupper():
                    continue
                surface = text[s0:toks[j][1]]
                key = fold(surface)
                if key in _NOT_PLACE:
                    continue
                dem = g.demonyms.get(key)
                if dem is not None:
                    found = _Mention(s0, toks[j][1], key, [dem], True, demonym=dem)
                    break
                cands, exact = g.match_main(key)
                if cands:
                    found = _Mention(s0, toks[j][1], key, cands, exact)
                    break
            if vccs and found is not None and found.demonym is None \
                    and not any(self._very_strong(c) for c in found.cands[:self.MAX_CANDIDATES]):
                # "Tal Madeeq" over "Tal": a longer span naming a village by its transliteration key wins over
                # a part of it that names a lesser town (which a capitalised neighbour would veto anyway).
                longer = self._village_span(text, toks, i, n, vccs, after=found.end)
                if longer is not None and not longer.loose:
                    found = longer
            if vccs and found is not None and found.demonym is None and not found.from_villages:
                # Villages of the same name compete with the towns abroad. Where the name is a main entry's own
                # spelling ("Milano", "Loule"), only villages spelled nearly so (Dardarah for "Dardara"), not
                # every one its loose key covers (Malyn, Lalovo).
                extra, same_key = self._namesake_villages(found, vccs)
                if extra and same_key:
                    have = set(found.cands)
                    found.cands = list(found.cands) + [c for c in extra if c not in have]
            elif vccs and found is None:
                # Only where no main-gazetteer name starts here: the longest span naming a village.
                found = self._village_span(text, toks, i, n, vccs)
            if found is not None and found.demonym is None and self._TOWN_AFTER.match(text, found.end):
                # "Amara city", "Hamra town": a populated place, not the region of that name (Amhara).
                found.cands = [c for c in found.cands if self._fcode[c] != "ADM1"] or found.cands
            if found is not None and found.from_villages and self._hyphen_compound(text, found.end):
                found = None   # "Anti-Terrorism Act", "Counter-Terrorism Department": a prefix, not the village Anti
            if found is None:
                i += 1
                continue
            last = next(k for k in range(i, n) if toks[k][1] == found.end)
            self._annotate(text, toks, i, last, found)
            if self._keep(text, toks, i, last, found, lower_words):
                mentions.append(found)
            i = last + 1
        mentions.extend(self._cued_unknowns(text, toks, mentions))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _namesake_villages(self, found: _Mention, vccs: frozenset[str]) -> tuple[list[int], bool]:
        """Villages sharing the key of a main-gazetteer name, spelled nearly as it where that name is exact.
        Cached: the same names ("Baghdad", "Gaza") recur in every article and each has dozens of namesakes."""
        memo = (found.key, found.exact, vccs)
        hit = self._namesakes.get(memo)
        if hit is None:
            extra, same_key = self.g.village_match(found.key, vccs)
            if extra and same_key and found.exact:
                # Villages spelled nearly as the name; a town of the main table only under the name's own key
                # (Al Karamah for "Karama", not Luhansk, pop. 400,000, for the exact "Luhanske").
                tk = gz.translit_key(self._bare(found.key))
                extra = [c for c in self._spelled_nearly(found.key, extra, 0.8)
                         if self.g.is_village(c) or gz.translit_key(self._bare(fold(self.g._name[c]))) == tk]
            if len(self._namesakes) > 50_000:
                self._namesakes.clear()
            hit = self._namesakes[memo] = (extra, same_key)
        return hit

    def _span_end(self, text: str, toks, i: int, n: int) -> int:
        """The last token a name starting at token i may reach: within MAX_SPAN, never across punctuation or a
        line break, and past no lower-case word but a connector ("Deir ez-Zor", "Bay of Bengal")."""
        last = min(n, i + self.MAX_SPAN) - 1
        for k in range(i + 1, last + 1):
            if text[toks[k - 1][1]:toks[k][0]] not in (" ", "-"):
                return k - 1
            w = toks[k][2]
            if not w[:1].isupper() and fold(w) not in CONNECTORS:
                return k - 1
        return last

    _HYPHEN_WORD = re.compile(r"-([A-Z][a-z]+)")
    # Not "the Hunan city of Yueyang", where the name is the province the city lies in.
    _TOWN_AFTER = re.compile(r"\s+(?:city|town|village|hamlet)\b(?!\s+of\b)", re.I)

    def _hyphen_compound(self, text: str, end: int) -> bool:
        """Whether a name ends in a hyphen and a capitalised word that names no place ("Anti-Terrorism"),
        unlike a road between two places ("Beni-Butembo")."""
        m = self._HYPHEN_WORD.match(text, end)
        return bool(m) and not self.g.match_main(fold(m.group(1)))[0]

    def _village_span(self, text, toks, i, n, vccs, after: int = -1) -> _Mention | None:
        """The longest span from token i (ending past ``after``) whose name is in the village table."""
        s0 = toks[i][0]
        for j in range(self._span_end(text, toks, i, n), i - 1, -1):
            if toks[j][1] <= after:
                break
            if not toks[j][2][:1].isupper():
                continue
            key = fold(text[s0:toks[j][1]])
            # Never across a stop word, demonym or famous name ("A Turkish", "The Kenya Medical"): only the
            # village's own words.
            # An article inside the span is the village's own ("Ghadir al Bostan").
            words = [(k, fold(toks[k][2])) for k in range(i, j + 1)]
            # "Al Kawukli": a leading article belongs to a longer name.
            if any(self._not_village_word(w, j > i) for k, w in words
                   if not (i < k < j and w in CONNECTORS) and not (k == i < j and w in gz.ARTICLES)):
                continue
            cands, same_key = self.g.village_match(key, vccs)
            if cands:
                exact = same_key and any(fold(self.g._name[c]) == key for c in cands)
                m = _Mention(s0, toks[j][1], key, cands, exact)
                m.loose = not same_key
                m.from_villages = True
                return m
        return None

    def _not_village_word(self, w: str, in_span: bool) -> bool:
        found = self._blocked.get((w, in_span))
        if found is None:
            found = w in _NOT_PLACE or w in self.g.demonyms or w in self.g.weak or (
                in_span and w not in CONNECTORS
                and any(self._very_strong(c) for c in self.g.match_main(w)[0][:self.MAX_CANDIDATES]))
            if len(self._blocked) > 100_000:
                self._blocked.clear()
            self._blocked[(w, in_span)] = found
        return found

    def _person_names(self, text, toks) -> set[str]:
        """Later words of multi-word proper names that are not places ("Andrew Brunson"): alone elsewhere
        in the text, those words name the person, not a namesake town."""
        out: set[str] = set()
        run: list[str] = []

        def flush():
            if len(run) >= 2:
                keys = [fold(w) for w in run]
                if not (set(keys) & (TYPE_WORDS | _NOT_PLACE | CONNECTORS)) and not self.g.match_main(" ".join(keys))[0] \
                        and not any(k in self.g.demonyms for k in keys):
                    # Surname positions only: "Vancouver Art Gallery" says nothing against Vancouver.
                    out.update(keys[1:])
            run.clear()

        for k, (s, e, w) in enumerate(toks):
            if w[:1].isupper() and not w.isupper() and "." not in w:
                if run and text[toks[k - 1][1]:s] != " ":
                    flush()
                run.append(w)
            else:
                flush()
        flush()
        return out

    def _annotate(self, text, toks, i, last, m: _Mention) -> None:
        """Type word after the name ("Dibis district") and village cues before it."""
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] in (" ", "-"):
            nxt = fold(toks[last + 1][2])
            if nxt in ADM2_WORDS or nxt.replace(" ", "-") in ADM2_WORDS:
                m.level = "ADM2"
            elif nxt in ADM1_WORDS:
                m.level = "ADM1"
            if m.level and m.demonym is None:
                m.end = toks[last + 1][1]
        m.cued = self._cued(text, toks, i)

    @staticmethod
    def _cued(text, toks, k) -> bool:
        """Whether token k follows "the villages of", directly or as part of a list ("of A, B and C")."""
        j = k
        while j > 0:
            gap = text[toks[j - 1][1]:toks[j][0]]
            prev = toks[j - 1][2]
            if gap.strip() == "," and prev[:1].isupper():
                j -= 1
                continue
            if gap == " " and prev.lower() in ("and", "or") and j >= 2 and toks[j - 2][2][:1].isupper():
                j -= 2
                continue
            if gap == " " and prev[:1].isupper() and j >= 2 and text[toks[j - 2][1]:toks[j - 1][0]] in (" ", ", "):
                j -= 1       # a multi-word name inside the list
                continue
            break
        return bool(_VILLAGE_CUE.search(text[max(0, toks[j][0] - 40):toks[j][0]]))

    def _keep(self, text, toks, i, last, m: _Mention, lower_words) -> bool:
        if m.demonym is not None or m.level or m.cued:
            return True
        key = m.key
        word = text[m.start:m.end]
        if word.isupper() and len(word.replace(".", "")) <= 4 and key not in _STATE_ABBREVIATIONS and not any(
                self._fcode[c] in gz.COUNTRY_CODES for c in m.cands[:3]):
            return False      # acronyms: "SUD" (a union), "SNA" (an army), not places
        if key in _STATE_ABBREVIATIONS:
            if "." in word:
                return True   # "B.C.", "N.Y."
            # "Lewisburg, Pa." is Pennsylvania; a bare "Pa" or "Mo" is not.
            return text[max(0, m.start - 2):m.start] == ", " and text[m.end:m.end + 1] == "."
        strong = any(self._strong(c) for c in m.cands[:self.MAX_CANDIDATES])
        if key in self.g.weak or (key in _ORG_WORDS and not any(self._very_strong(c) for c in m.cands[:5])):
            # A common word ("Nice", "Mobile", "Reading") is the city only right after a place preposition
            # and only for a sizeable city.
            prep = re.search(r"\b(in|at|near|from|outside)\s+$", text[max(0, m.start - 8):m.start])
            return bool(prep) and any(self._pop[c] >= 100_000 and self._fcode[c].startswith("PPL")
                                      for c in m.cands[:self.MAX_CANDIDATES])
        single = last == i
        at_start = i == 0 or bool(_SENTENCE_END.search(text[max(0, toks[i][0] - 3):toks[i][0]]))
        very_strong = any(self._very_strong(c) for c in m.cands[:self.MAX_CANDIDATES])
        if single and key in self._local.person_words and not very_strong:
            return False      # "Brunson said" after "Andrew Brunson"; "Vladimir" of "Vladimir Putin"
        if single and _CONTRACTION.match(word):
            return False      # "I've", "we'd"
        if single and key in lower_words and not strong:
            return False      # the same word is used as a common word in this text
        # Part of a longer proper name: "Mevlut Mert Altintas", "President Jordan", "Boston Globe".
        if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " ":
            prev = toks[i - 1][2]
            if fold(prev) in _TITLES and not very_strong:
                return False
            if prev[:1].isupper() and not at_start and fold(prev) not in _NOT_PLACE and not strong:
                return False
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] == " ":
            nxt = toks[last + 1][2]
            typed = fold(toks[last][2]) in TYPE_WORDS   # "Metcalfe County Sheriff's Office"
            kind = fold(nxt) in _PLACE_KIND_WORDS        # "Zugdidi City", "Garut Regency"
            if nxt[:1].isupper() and fold(nxt) not in _NOT_PLACE and not typed and not kind and not very_strong:
                return False      # "Vladimir Putin", "Boston Globe"
        if strong:
            return True
        if single and at_start and len(m.cands) and all(self._pop[c] < 5000 for c in m.cands[:self.MAX_CANDIDATES]):
            return False
        return True

    def _very_strong(self, idx: int) -> bool:
        """Places famous enough to keep even next to another capitalised word ("Baghdad Airport")."""
        f = self._fcode[idx]
        return (f in gz.COUNTRY_CODES or f == "CONT" or (f == "ADM1" and self._pop[idx] >= 500_000)
                or self._pop[idx] >= 1_000_000)

    def _strong(self, idx: int) -> bool:
        f = self._fcode[idx]
        return f in gz.COUNTRY_CODES or f == "CONT" or (f == "ADM1" and self._pop[idx] > 0) or self._pop[idx] >= 100_000

    def _cued_unknowns(self, text, toks, mentions) -> list[_Mention]:
        """Capitalised names after "the villages of" etc. that the gazetteer lacks: kept, resolved later."""
        covered = {(m.start, m.end) for m in mentions}
        taken = [(m.start, m.end) for m in mentions]
        out = []
        for k, (s, e, w) in enumerate(toks):
            if not w[:1].isupper() or any(a <= s < b for a, b in taken):
                continue
            if not self._cued(text, toks, k):
                continue
            end = e
            q = k
            while q + 1 < len(toks) and text[toks[q][1]:toks[q + 1][0]] == " " and toks[q + 1][2][:1].isupper():
                q += 1
                end = toks[q][1]
            if (s, end) in covered:
                continue
            out.append(_Mention(s, end, fold(text[s:end]), [], False, cued=True))
            taken.append((s, end))
        return out

    # ------------------------------------------------------------------ resolution
    def _prior(self, m: _Mention, idx: int) -> float:
        f = self._fcode[idx]
        pop = self._pop[idx]
        if f in gz.COUNTRY_CODES:
            score = 12.0
        elif f == "CONT":
            score = 11.0
        elif f == "ADM1":
            score = ADM1_BASE + 0.5 * math.log10(pop + 10)
        elif f == "ADM2":
            score = ADM2_BASE + 0.4 * math.log10(pop + 10)
        else:
            score = math.log10(pop + 10) + (1.5 if f == "PPLC" else 0.0)
        if self.g.is_primary_name(m.key, idx):
            score += PRIMARY_BONUS
        if m.level:
            if f == m.level:
                score += 8.0
            elif f in ("ADM1", "ADM2"):
                score += 3.0
        return score

    # Words before a name that say a place follows ("in X", "the village of X", "near X").
    _PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|into|(?:village|town|area|locality|outskirts) of)\s+$",
                               re.I)

    # "Oqayba town", "Saida village", "Rukban camp": the type word after the name introduces it as a place.
    _PLACE_AFTER = re.compile(r"\s+(?:village|town|hamlet|area|camp|axis|neighbou?rhood|settlement|sub-?district)s?\b",
                              re.I)

    def _village_gate(self, text: str, mentions: list[_Mention], weights: dict[str, float],
                      country_hint: str | None, hint_regions: set[int] = frozenset()) -> None:
        """A village (WOF entry) stands only where the text supports its region: another place of the text lies
        in its admin1/admin2 or within 100 km, or its country is the article's (named, dominant or the outlet's)
        and a cue or place preposition introduces it. Otherwise the best other reading stands, if any: a bare
        capitalised word never becomes a village in a country the article does not speak of."""
        g = self.g
        total = sum(weights.values()) or 1.0
        placed = [m for m in mentions if m.best is not None and m.demonym is None and not g.is_village(m.best)
                  and not m.from_villages]
        # "(Mawlamyine district, Mon State)": the regions a note's admin hints name count as placed.
        regions = {r for m in placed for r in (m.best, self._a1[m.best], self._a2[m.best]) if r >= 0} | hint_regions
        region_ccs = {self._cc[r] for r in regions if self._fcode[r] not in gz.COUNTRY_CODES}
        for m in mentions:
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None or not (g.is_village(b) or m.from_villages):
                continue
            b = self._village_in_region(text, m, mentions)
            self._move_weight(weights, m, self._cc[m.best], self._cc[b])
            m.best = b
            cc = self._cc[b]
            others = (weights.get(cc, 0.0) - m.own) / total
            cue = m.cued or bool(m.level) or bool(self._PLACE_BEFORE.search(text[max(0, m.start - 14):m.start])) \
                or bool(self._PLACE_AFTER.match(text, m.end))
            in_region = (self._a1[b] >= 0 and self._a1[b] in regions) or (self._a2[b] >= 0 and self._a2[b] in regions)
            near = any(o.key != m.key and self._cc[o.best] == cc and self._fcode[o.best] not in gz.COUNTRY_CODES
                       and _dist_km(self._lat[b], self._lon[b], self._lat[o.best], self._lon[o.best]) < 100
                       for o in placed)
            country = cc == (country_hint or "").upper() or others >= 0.5
            if m.loose:
                ok = (in_region or near) and cue    # a skeleton match needs its region named nearby
            else:
                # The country and a cue suffice only where the text places nothing else inside that country:
                # "Ah Baw village, Ye township (Mon State)" is not a namesake in Rakhine.
                ok = (in_region or near) and (cue or others >= 0.3) or (country and cue and cc not in region_ccs)
            region = self._named_region(text, m, mentions, comma=False)
            if ok and not m.exact and region is None and not (m.cued or m.level or self._PLACE_AFTER.match(text, m.end)) \
                    and len(_CONSONANTS.sub("", gz.translit_key(m.key))) <= 2:
                # A two-consonant key ("Issue" ~ `Isa, "Anti" ~ Anta) matches dozens of villages in any country: a
                # village spelled otherwise needs its type word or the region that follows, not just "in".
                ok = False
            if region is None:
                region = self._region_after(text, m, mentions)
            if region is not None and region not in (self._a1[b], self._a2[b]):
                ok = False   # "the villages of A, B and C in the Dibis district": a namesake elsewhere is not A
            town = self._named_town(text, m, mentions)
            if town is not None and not self._near(b, town, self.TOWN_COUNTRYSIDE_KM):
                ok = False   # "Salibi village in the countryside of Tell Abiad": not a Salibi 80 km away
            if ok:
                continue
            rest = [] if m.from_villages else [c for c in m.cands if not g.is_village(c)]
            m.best = max(rest, key=lambda c: m.scores.get(c, 0.0) + m.bonus.get(c, 0.0)) if rest else None

    # "Oqayba town in Aleppo countryside", "Werxele (Werexel) area in Al Amadiya district", "Karama in the
    # countryside of Ar-Raqqa": only an alias, a type word or a countryside phrase between the name and region.
    _TYPE_THEN_IN = re.compile(
        r"(?:\s*\))?(?:\s*\([^()]{1,40}\))?(?:(?:\s+(?:village|town|city|hamlet|area|camp|axis|neighbou?rhood|sub-?district))?"
        r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|rural\s+areas?)\s+of\s+|rural\s+)?"
        r"|\s+(?:village|town|city|hamlet|area|camp|neighbou?rhood|sub-?district),\s+)$",
        re.I)

    def _following_place(self, text: str, m: _Mention, mentions: list[_Mention], comma: bool = True) -> _Mention | None:
        """The name a directly following "[town] in Y", "Y countryside", "town, Y" or, after a district,
        ", Y province" places ``m`` in."""
        after = [o for o in mentions if o.start >= m.end]
        if after and re.fullmatch(r"\s*\(\s*", text[m.end:after[0].start]):
            after = after[1:]   # "Werxele (Werexel)": the alias is the same place
        if not after:
            return None
        gap = text[m.end:after[0].start]
        if not comma and "," in gap:
            return None
        if not self._TYPE_THEN_IN.fullmatch(text, m.end, after[0].start) and not (
                m.level and after[0].level and re.fullmatch(r",\s+", text[m.end:after[0].start])):
            return None
        o = after[0]
        if o.best is None and o.level and len(after) > 1 and re.fullmatch(r",\s+", text[o.end:after[1].start]):
            return self._following_place(text, o, mentions, comma)   # "Zinana subdistrict, Tuz Khurma district, ..."
        return o

    def _named_region(self, text: str, m: _Mention, mentions: list[_Mention], comma: bool = True) -> int | None:
        """The region of a directly following "[town] in Y" (Y's own entry when a region, else its district or
        province); ``comma``: also of "town, Y"."""
        o = self._following_place(text, m, mentions, comma)
        if o is None or o.best is None or o.demonym is not None or o.from_villages:
            return None
        f = self._fcode[o.best]
        if f in gz.COUNTRY_CODES or f == "CONT":
            return None
        # "Salibi village in the countryside of Tell Abiad": a town names its own district, not its province,
        # unless it is a province's namesake ("Zmiivka village, Kherson"); of a city that is a region itself
        # (Kyiv), the province around it.
        provinces = self._provinces_named(o)
        around = [c for c in provinces if c != self._a1[o.best]]
        for r in (o.best,) if f in ("ADM1", "ADM2") else around[:1] if around \
                else (self._a1[o.best],) if provinces else (self._a2[o.best], self._a1[o.best]):
            if r >= 0:
                return r
        return None

    # How far "the countryside of" a town reaches: beyond it a village of that name is a namesake.
    TOWN_COUNTRYSIDE_KM = 40.0

    def _named_town(self, text: str, m: _Mention, mentions: list[_Mention]) -> int | None:
        """The town of a directly following "in (the countryside of) T" when T names a town and no province
        ("Tell Abiad", "Al Bab"; not "Aleppo", whose countryside is the governorate's)."""
        o = self._following_place(text, m, mentions)
        if o is None or o.best is None or o.demonym is not None or o.from_villages or o.level:
            return None
        t = o.best
        if self._fcode[t] in ("ADM1", "ADM2", "CONT") or self._fcode[t] in gz.COUNTRY_CODES:
            return None
        if self._provinces_named(o):
            return None
        return t

    def _provinces_named(self, o: _Mention) -> list[int]:
        """First-level regions a town's name also names: among its readings, or its own province spelled as
        it ("Idleb": Idlib town and Idlib governorate)."""
        t = o.best
        found = [c for c in o.cands if self._fcode[c] == "ADM1" and self._cc[c] == self._cc[t]]
        a1 = self._a1[t]
        if a1 >= 0 and a1 not in found and gz.translit_key(fold(self.g._name[a1])) == gz.translit_key(fold(self.g._name[t])):
            found.append(a1)
        return found

    def _near(self, c: int, t: int, km: float) -> bool:
        return _dist_km(self._lat[c], self._lon[c], self._lat[t], self._lon[t]) <= km

    def _village_in_region(self, text: str, m: _Mention, mentions: list[_Mention]) -> int:
        """Among villages sharing a transliteration key ("Oqayba": `Aqibah, Al `Uqaybah, Al `Aqabah), the one
        inside the region that follows ("in Aleppo countryside"), or by the town that follows ("in the
        countryside of Al Bab"): nearest in spelling, then best-scored. The current choice when none is inside."""
        b = m.best
        town = self._named_town(text, m, mentions)
        if town is not None:
            if self._near(b, town, self.TOWN_COUNTRYSIDE_KM):
                return b
            inside = [c for c in m.cands if c != b and (self.g.is_village(c) or m.from_villages)
                      and self._near(c, town, self.TOWN_COUNTRYSIDE_KM)]
            return self._likeliest(m, inside) if inside else b
        region = self._named_region(text, m, mentions)
        if region is None or region in (self._a1[b], self._a2[b]):
            return b
        inside = [c for c in m.cands if c != b and (self.g.is_village(c) or m.from_villages)
                  and region in (c, self._a1[c], self._a2[c])]
        return self._likeliest(m, inside) if inside else b

    def _spelling(self, key: str, c: int) -> float:
        """How close entry c's name is spelled to ``key``, articles aside (0..1)."""
        return difflib.SequenceMatcher(None, self._bare(key), self._bare(fold(self.g._name[c]))).ratio()

    def _spelled_nearly(self, key: str, cands: list[int], floor: float) -> list[int]:
        """The entries c with ``_spelling(key, c) >= floor``, the cheap upper bounds first (length, then letters
        against a matcher indexed once for the key): most villages under a key fail on those."""
        a = self._bare(key)
        bound = difflib.SequenceMatcher(None, "", a)
        kept = []
        for c in cands:
            b = self._bare(fold(self.g._name[c]))
            if 2 * min(len(a), len(b)) < floor * (len(a) + len(b)):
                continue
            bound.set_seq1(b)
            if bound.quick_ratio() >= floor and difflib.SequenceMatcher(None, a, b).ratio() >= floor:
                kept.append(c)
        return kept

    @staticmethod
    def _bare(name: str) -> str:
        return gz.strip_article(name) or name

    def _likeliest(self, m: _Mention, cands: list[int]) -> int:
        # Spelling to one decimal first: a key shared by several villages of one region says little else.
        return max(cands, key=lambda c: (round(self._spelling(m.key, c), 1), m.scores.get(c, 0.0) + m.bonus.get(c, 0.0)))

    @staticmethod
    def _move_weight(weights: dict[str, float], m: _Mention, old_cc: str, new_cc: str) -> None:
        """A mention re-resolved to another country takes its share of the country weights with it."""
        if old_cc != new_cc:
            weights[old_cc] = weights.get(old_cc, 0.0) - m.own
            weights[new_cc] = weights.get(new_cc, 0.0) + m.own

    def _outside_named_region(self, text: str, mentions: list[_Mention], weights: dict[str, float]) -> None:
        """"Saida town in Ar Raqqa countryside": a namesake in another country (Saida, Algeria) is wrong by
        construction. A candidate inside the named region replaces it, else the name stays unresolved (the
        region that follows still places the event); either way its weight goes to the region's country."""
        for m in reversed(mentions):   # the regions a chain ends on settle first
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None:
                continue
            region = self._named_region(text, m, mentions)
            if region is None or self._cc[region] == self._cc[b]:
                continue
            # Type words around ("Saida town in Ar Raqqa countryside") settle it. Without them a famous place,
            # or a text that speaks more of the name's country, makes the region the namesake; after a district
            # ("Ituri district, Orientale province", Orientale read in Morocco) only a region read exactly counts.
            o = self._following_place(text, m, mentions)
            typed = o is not None and bool(self._TYPED_GAP.search(text, m.end, o.start) or self._AREA_AFTER.match(text, o.end))
            outvoted = weights.get(self._cc[region], 0.0) < weights.get(self._cc[b], 0.0) - m.own
            if o is not None and o.level:
                settled = o.exact and not outvoted
            else:
                settled = not (self._very_strong(b) or outvoted)
            if not (typed or settled):
                continue
            # Inside the region, or by the place that names it: WOF files some border villages under the
            # neighbouring province (Al Karamah, 25 km from Ar Raqqah, under Deir ez-Zor).
            inside = [c for c in m.cands if c != region and (
                region in (self._a1[c], self._a2[c]) or (
                    o is not None and o.best is not None and self._cc[c] == self._cc[region]
                    and self._near(c, o.best, self.TOWN_COUNTRYSIDE_KM)))]
            self._move_weight(weights, m, self._cc[b], self._cc[region])
            m.best = self._likeliest(m, inside) if inside else None

    # "Saida town in Ar Raqqa countryside": the words around say one place lies in the other.
    _TYPED_GAP = re.compile(r"\b(?:village|town|city|hamlet|area|camp|countryside|outskirts|suburbs|rural)\b", re.I)
    _AREA_AFTER = re.compile(r"\s+(?:countryside|governorate|province|district)\b", re.I)
    _IN_REGION = re.compile(r"\b(?:in|of)\s+(?:the\s+)?$")

    def _region_after(self, text: str, m: _Mention, mentions: list[_Mention]) -> int | None:
        """The region a following "in Y district" / "in Y countryside" puts ``m`` in (Y's own entry when Y is a
        region, else Y's province), or None."""
        for o in mentions:
            if o.start < m.end:
                continue
            gap = text[m.end:o.start]
            if len(gap) > 100 or any(ch in gap for ch in ".!?\n()"):
                return None
            # Past the other names of a list ("A, B and C in Y"): Y is what "in" introduces.
            if o.best is None or o.demonym is not None or o.from_villages or not self._IN_REGION.search(gap):
                continue
            f = self._fcode[o.best]
            if f in gz.COUNTRY_CODES or f == "CONT":
                return None
            return o.best if f in ("ADM1", "ADM2") else (self._a1[o.best] if self._a1[o.best] >= 0 else None)
        return None

    def _far_from_all(self, m: _Mention, mentions: list[_Mention], km: float = 1000.0) -> bool:
        b = m.best
        others = [o.best for o in mentions if o is not m and o.best is not None and o.demonym is None
                  and self._fcode[o.best] not in gz.COUNTRY_CODES and self._fcode[o.best] != "CONT"]
        return bool(others) and all(_dist_km(self._lat[b], self._lon[b], self._lat[o], self._lon[o]) > km
                                    for o in others)

    def _is_seat(self, c: int, regions: set[int]) -> bool:
        """Whether town ``c`` is the seat of its first- or second-level region, if that is in ``regions``."""
        pt = (self._lat[c], self._lon[c])
        return any(r in regions and self.g.seat(r) == pt for r in (self._a1[c], self._a2[c]))

    def _sole_place(self, text: str, m: _Mention) -> bool:
        """ "in Cetinje": an exact name that places of only one country bear, after a place preposition."""
        return (m.exact and m.best is not None and len({self._cc[c] for c in m.cands}) == 1
                and self.g.is_primary_name(m.key, m.best)
                and bool(re.search(r"\b(?:in|at|near|outside)\s+$", text[max(0, m.start - 8):m.start])))

    def _resolve(self, mentions: list[_Mention], country_hint: str | None,
                 context: dict[str, float] | None = None, context_regions: set[int] = frozenset()) -> None:
        known = [m for m in mentions if m.cands]
        for m in known:
            cands = m.cands
            if len(cands) > self.MAX_CANDIDATES:
                cands = sorted(cands, key=lambda c: -self._pop[c])[:self.MAX_CANDIDATES]
            m.cands = cands
            m.scores = {c: self._prior(m, c) for c in cands}
            # A city and the region named after it (Baghdad, Kirkuk): news means the city.
            cset = set(cands)
            for c in cands:
                # Only a city bearing the name itself or the region's seat (New York City): "Montana City"
                # is not what "Montana" means.
                if (self._fcode[c] not in ("ADM1", "ADM2") and (self._a1[c] in cset or self._a2[c] in cset)
                        and (self.g.is_primary_name(m.key, c) or self._is_seat(c, cset))):
                    m.scores[c] = max(m.scores[c], max(m.scores[a] for a in (self._a1[c], self._a2[c]) if a in cset) + (0.5 if not m.level else -2))
            m.best = max(cands, key=m.scores.__getitem__)

        for _ in range(2):
            weights: dict[str, float] = {}
            if country_hint:
                weights[country_hint.upper()] = 3.0
            for cc, w in (context or {}).items():
                weights[cc] = weights.get(cc, 0.0) + w
            regions: dict[int, set[str]] = {}   # region entry -> names placing something in it
            named: dict[int, set[str]] = {r: {"#hint"} for r in context_regions}  # entry -> names resolved to it
            by_key: dict[str, tuple[str, float]] = {}   # a name repeated counts once, for its own country
            for m in known:
                b = m.best
                cc = self._cc[b]
                ranked = sorted(m.scores.values(), reverse=True)
                sure = len(ranked) == 1 or ranked[0] - ranked[1] > 2.0
                solid = self._fcode[b] in gz.COUNTRY_CODES or m.demonym is not None or self._strong(b) or self._pop[b] >= 1000
                m.own = (1.0 if m.demonym is not None else 2.0 if self._fcode[b] in gz.COUNTRY_CODES else 1.0 if sure and solid and m.exact else 0.3) if cc else 0.0
                if m.loose:
                    m.own = 0.0   # a consonant-skeleton guess ("Security" ~ Sakruta) says nothing of the country
                if cc and m.key not in by_key:
                    by_key[m.key] = (cc, m.own)
                    weights[cc] = weights.get(cc, 0.0) + m.own
                named.setdefault(b, set()).add(m.key)
                for r in (self._a1[b], self._a2[b]):
                    if r >= 0:
                        regions.setdefault(r, set()).add(m.key)
            total = sum(weights.values()) or 1.0
            points = sorted(((self._lat[m.best], self._lon[m.best], m) for m in known
                             if self._fcode[m.best] not in gz.COUNTRY_CODES and self._fcode[m.best] != "CONT"),
                            key=lambda p: p[0])
            point_lats = [p[0] for p in points]
            for m in known:
                # Context is what the *other* names say: this name's own vote is taken out.
                own_cc, own = by_key.get(m.key, (None, 0.0))
                rest = (total - own) or 1.0
                # Countries holding a first-level region of exactly this name ("Florida", "Wyoming"): there a
                # village namesake is not picked over the region just because the text names its state.
                region_cc = {self._cc[c] for c in m.cands
                             if self._fcode[c] == "ADM1" and self._pop[c] > 0 and self.g.is_primary_name(m.key, c)}
                for c in m.cands:
                    score = self._prior(m, c) if c not in m.scores else m.scores[c]
                    cc = self._cc[c]
                    # Scaled by how much evidence the other names give: two tiny namesakes are not a context.
                    bonus = (5.0 * (weights.get(cc, 0.0) - (own if cc == own_cc else 0.0)) / rest
                             * min(1.0, (total - own) / 2.0)) if cc else 0.0
                    # A region the text names counts more than one that merely holds another place
                    # (all of England holds London).
                    a1, a2 = self._a1[c], self._a2[c]
                    if self._cc[c] in region_cc and self._fcode[c] not in ("ADM1", "ADM2") and self._pop[c] < 10_000:
                        a1 = a2 = -1
                    if a1 >= 0 and a1 != c:
                        if named.get(a1, set()) - {m.key}:
                            bonus += 2.5
                        elif regions.get(a1, set()) - {m.key}:
                            bonus += 1.0
                    if a2 >= 0 and a2 != c:
                        if named.get(a2, set()) - {m.key}:
                            bonus += 2.0
                        elif regions.get(a2, set()) - {m.key}:
                            bonus += 1.5
                    if self._fcode[c] not in gz.COUNTRY_CODES:
                        lat_c, lon_c = self._lat[c], self._lon[c]
                        # 250 km is under 2.3 degrees of latitude: only the points in that band are measured.
                        band = points[bisect.bisect_left(point_lats, lat_c - 2.3):bisect.bisect_right(point_lats, lat_c + 2.3)]
                        near = any(o.key != m.key and _dist_km(lat_c, lon_c, la, lo) < 250 for la, lo, o in band)
                        if near:
                            bonus += 1.0
                    m.scores[c] = score
                    m.bonus[c] = bonus
                m.best = max(m.cands, key=lambda c: m.scores[c] + m.bonus[c])
        self._named_country_namesakes(known, weights, by_key)
        self._local.weights = weights

    # A namesake this large in the country the text names beats a famous place in a country it never names.
    NAMED_COUNTRY_POP = 100_000

    def _named_country_namesakes(self, known: list[_Mention], weights: dict[str, float],
                                 by_key: dict[str, tuple[str, float]]) -> None:
        """ "A London rally ... thanked Canada": a Canadian paper's London is London, Ontario. The population
        prior favours the world's London, and one country name is too weak a context to outweigh it, so a
        city's namesake of 100,000+ people wins when the text names the namesake's country (by its name,
        not a demonym) and nothing but this name speaks for the famous place's country."""
        named = {self._cc[m.best] for m in known
                 if m.demonym is None and self._fcode[m.best] in gz.COUNTRY_CODES and self._cc[m.best]}
        if not named:
            return
        for m in known:
            b = m.best
            cc = self._cc[b]
            if not cc or self._fcode[b] in gz.COUNTRY_CODES or self._fcode[b] == "CONT" or (
                    self._fcode[b] == "ADM1" and not m.level):
                continue
            # "WASHINGTON ... U.S. ... Britain": the capital of a country the text names, over a town.
            capital = [c for c in m.cands if self._fcode[c] == "PPLC" and self._cc[c] in named and c != b
                       and self.g.is_primary_name(m.key, c)]
            if capital and (cc not in named or self._pop[b] < self.NAMED_COUNTRY_POP):
                m.best = capital[0]
                continue
            if cc in named:
                continue
            own_cc, own = by_key.get(m.key, (None, 0.0))
            if weights.get(cc, 0.0) - (own if own_cc == cc else 0.0) > 0.0:
                continue
            # "the Karak district" in a story that names Jordan: a typed name (district, province) is an
            # admin unit of any size, so any same-name place of a named country beats one of an unnamed one.
            alt = [c for c in m.cands if self._cc[c] in named and self._fcode[c] not in gz.COUNTRY_CODES
                   and (m.level or (self._fcode[c] not in ("ADM1", "ADM2") and self._pop[c] >= self.NAMED_COUNTRY_POP
                                    and self.g.is_primary_name(m.key, c)))]
            if alt:
                m.best = max(alt, key=lambda c: m.scores[c] + m.bonus.get(c, 0.0))

    _PAREN = re.compile(r"\(([^()\n]{2,80})\)")
    _HINT_PART = re.compile(r"^[A-Z][\w'’.\- ]*$")

    def _names_region(self, key: str) -> bool:
        cands, exact = self.g.match_main(key)
        return exact and any(self._fcode[c] in ("ADM1", "ADM2") for c in cands)

    def _join_aliases(self, text: str, mentions: list[_Mention]) -> None:
        """"Edine (Edin) area", "Sergele (Sargali) village": two spellings of one place; each takes the other's
        readings."""
        for a, b in zip(mentions, mentions[1:]):
            if a.hint is None and b.hint is None and a.demonym is None and b.demonym is None \
                    and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) and re.match(r"\s*\)", text[b.end:]) \
                    and gz.spelled_alike(a.key, b.key) and not self._names_region(b.key):
                for x, y in ((a, b), (b, a)):
                    have = set(x.cands)
                    x.cands = list(x.cands) + [c for c in y.cands if c not in have]
                    x.from_villages = x.from_villages and y.from_villages

    def _admin_hints(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """ACLED-style "Minakulu sub-county (Oyam, Northern)": the parentheses name the place's admin2 and
        admin1 (or admin1 alone). The place and the names inside are resolved together by locate()."""
        extra: list[_Mention] = []
        drop: set[int] = set()
        for pm in self._PAREN.finditer(text):
            parts = [x.strip() for x in pm.group(1).split(",")]
            if not 1 <= len(parts) <= 3 or not all(self._HINT_PART.match(x) for x in parts):
                continue
            if len(parts) == 1 and parts[0].isupper():
                continue   # "RUSSELLVILLE, Ark. (AP)": a news agency, not a region abbreviation
            if len(parts) == 1 and fold(parts[0]) in GENERIC_REGION_WORDS:
                continue   # "Wadi al Jufrah (North)": part of ACLED's name for the spot, not a region
            if any(x.isupper() and len(x) <= 5 and fold(x) not in _STATE_ABBREVIATIONS for x in parts):
                continue   # "WASHINGTON (RNS)": an agency or party acronym
            if not self._admins(parts[-1], "ADM1", None) and not (len(parts) > 1 and self._admins(parts[-2], "ADM2", None)):
                continue   # nothing in the parentheses is a known region
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
            s_end = pm.start() - (len(text[:pm.start()]) - len(text[:pm.start()].rstrip()))
            s_start = text.rfind(subject[0], 0, s_end)
            if s_start < 0:
                continue
            if len(parts) == 1 and gz.spelled_alike(fold(text[s_start:s_end]), fold(parts[0])) \
                    and not self._names_region(fold(parts[0])):
                continue   # "Werxele (Werexel) area": another spelling of the name, not its region
            admin2, admin1 = (parts[-2], parts[-1]) if len(parts) >= 2 else (None, parts[0])
            m = _Mention(s_start, s_end, fold(text[s_start:s_end]), [], True, hint=(admin2, admin1))
            m.hint_town = parts[0] if len(parts) == 3 else None
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
                hm = _Mention(off, off + len(part), fold(part), [], True,
                              hint=(admin2 if level == "ADM3" else None, admin1 if level != "ADM1" else None))
                hm.hint_level = level
                extra.append(hm)
            span = (s_start, pm.end())
            drop.update(k for k, o in enumerate(mentions) if o.start < span[1] and span[0] < o.end)
        kept = [o for k, o in enumerate(mentions) if k not in drop]
        # "Popasna, Luhansk" / "Petrivka, Kharkiv region": a town followed by its province.
        for a, b in zip(kept, kept[1:]):
            if (a.hint is None and b.hint is None and a.demonym is None and b.demonym is None and not a.level
                    and text[a.end:b.start] == ", "
                    and any(self._fcode[c] in ("ADM1", "ADM2") for c in b.cands[:self.MAX_CANDIDATES])
                    and not any(self._fcode[c] in gz.COUNTRY_CODES for c in a.cands[:5])
                    # "Kidal, Mali": a country's name is the country, not a namesake district abroad
                    and not any(self._fcode[c] in gz.COUNTRY_CODES and self.g.is_primary_name(b.key, c)
                                for c in b.cands)):
                a.comma_region = b.end
        if not extra:
            return kept
        return sorted(kept + extra, key=lambda o: o.start)

    _OF = re.compile(r"\s+(?:de|du|del|della|of)\s+$")

    def _of_another_country(self, text: str, mentions: list[_Mention]) -> None:
        """ "Stade de France", "Banque du Liban": a name bound to another country by "de"/"of" names a venue
        or an institution of that country, not the namesake town abroad (Stade in Germany)."""
        for a, b in zip(mentions, mentions[1:]):
            if (a.best is not None and b.best is not None and b.demonym is None
                    and self._fcode[b.best] in gz.COUNTRY_CODES and self._fcode[a.best] not in gz.COUNTRY_CODES
                    and self._cc[a.best] != self._cc[b.best] and self._OF.match(text[a.end:b.start])):
                a.best = None

    _LIST_AFTER = re.compile(r",\s|\s(?:and|or)\s")

    def _comma_country(self, text: str, mentions: list[_Mention]) -> None:
        """ "Queensland, Australia" / "Tripoli, Lebanon": a place followed by its country lies in that country,
        whatever the rest of the article leans to; a list ("Paris, Germany and Italy") says nothing."""
        for a, b in zip(mentions, mentions[1:]):
            if (a.best is None or b.best is None or b.demonym is not None or a.demonym is not None
                    or text[a.end:b.start] != ", " or self._fcode[b.best] not in gz.COUNTRY_CODES):
                continue
            cc = self._cc[b.best]
            if self._cc[a.best] == cc or self._LIST_AFTER.match(text[b.end:b.end + 5]) \
                    or text[max(0, a.start - 2):a.start] == ", ":
                continue
            inside = [c for c in a.cands if self._cc[c] == cc and self._fcode[c] not in gz.COUNTRY_CODES
                      and self.g.is_primary_name(a.key, c)]
            if inside:
                a.best = max(inside, key=lambda c: a.scores.get(c, 0.0) + a.bonus.get(c, 0.0))

    def _comma_located(self, text: str, m: _Mention, region: _Mention, country_hint: str | None) -> Toponym | None:
        """The town of "Town, Region" inside that region; None when the pair is a list ("Kirkuk, Baghdad")."""
        name = text[m.start:m.end]
        region_name = text[region.start:region.end]
        t = self.locate(name, None, region_name, country_hint)
        if t is None:
            return None
        if not t.in_gazetteer:
            # Unknown there: the region stands in, unless the pair looks like a list ("Kirkuk, Baghdad and
            # Basra") or the name is a big town elsewhere.
            listing = re.match(r",\s|\s(and|or)\s", text[region.end:region.end + 5])
            if (listing and not region.level) or any(self._pop[c] >= 100_000 for c in m.cands[:self.MAX_CANDIDATES]):
                return None
        elif m.best is not None and t.geonames_id != self.g._gid[m.best] and self._pop[m.best] >= 100_000 \
                and self._fcode[m.best].startswith("PPL"):
            return None  # a big city named in a list next to a region, not a namesake inside it
        return Toponym(m.start, m.end, name, *astuple_tail(t))

    def _hinted(self, text: str, m: _Mention, country_hint: str | None) -> Toponym | None:
        name = text[m.start:m.end]
        admin2, admin1 = m.hint
        if m.hint_level == "ADM1":
            t = self.lookup_admin(name, country_hint)
        elif m.hint_level == "ADM2":
            a1s = self._admins(admin1, "ADM1", country_hint)
            a2s = self._admins(name, "ADM2", country_hint, parents=a1s or None)
            a2s = {c for c in a2s if not a1s or self._a1[c] in a1s} or a2s
            if not a2s:
                return None
            region = max(a2s, key=lambda c: self._pop[c])
            return self._to_toponym(text, m, region)
        else:
            t = self.locate(name, admin2, admin1, country_hint)
            if t is not None and not t.in_gazetteer and m.hint_town:
                # "San Myo village (Gangaw township, Gangaw district, Magway)", San Myo unknown: the township's
                # own town is nearer than the district's centre (precision 2).
                town = self.locate(m.hint_town, admin2, admin1, country_hint)
                if town is not None and town.in_gazetteer and (town.feature_code or "").startswith("PPL"):
                    t = dataclasses.replace(town, precision=2)
        if t is None:
            return None
        return Toponym(m.start, m.end, name, *astuple_tail(t))

    def _to_toponym(self, text: str, m: _Mention, idx: int, *, in_gazetteer: bool = True,
                    precision: int | None = None) -> Toponym:
        g = self.g
        f = self._fcode[idx]
        a1 = self._a1[idx]
        a2 = self._a2[idx]
        if f == "ADM1":
            admin1, admin2 = g._name[idx], None
        elif f == "ADM2":
            admin1, admin2 = g.admin_name(a1), g._name[idx]
        elif f in gz.COUNTRY_CODES or f == "CONT":
            admin1 = admin2 = None
        else:
            admin1, admin2 = g.admin_name(a1), g.admin_name(a2)
        if precision is None:
            precision = 2 if f == "ADM2" else 3 if f in ("ADM1", "CONT") or f in gz.COUNTRY_CODES else 1
        cc = self._cc[idx] or None
        seat = g.seat(idx) if f in ("ADM1", "ADM2") else None
        return Toponym(m.start, m.end, text[m.start:m.end], g._gid[idx], self._lat[idx], self._lon[idx], cc,
                       g.country_name(cc), admin1, admin2, f, g._name[idx], precision, in_gazetteer,
                       self._pop[idx], m.demonym is not None, *(seat or (None, None)))

    # "the village of Olan in the countryside of Al Bab": an unknown village lies by the town that follows, closer
    # than that town's district centre.
    _NEAR_TOWN = re.compile(
        r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:village|hamlet|area|camp|neighbou?rhood))?\s+(?:in|of|near)\s+(?:the\s+)?"
        r"(?:(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|vicinity|rural\s+areas?)\s+of\s+|rural\s+)", re.I)

    def _enclosing(self, mentions: list[_Mention], k: int, text: str) -> int | None:
        """Region holding an unknown place: the district/province named after it in the same sentence, else
        the closest place named before it, else the article's main country."""
        m = mentions[k]
        sent_end = re.search(r"[.!?\n]", text[m.end:])
        limit = m.end + (sent_end.start() if sent_end else len(text))
        for o in mentions[k + 1:]:
            if o.start > limit:
                break
            if o.cued:
                continue   # another village of the same list
            if o.best is not None and o.demonym is None and self._fcode[o.best] not in gz.COUNTRY_CODES:
                return o.best
        sent_start = max(text.rfind(ch, 0, m.start) for ch in ".!?\n") + 1
        for o in reversed(mentions[:k]):
            if (o.best is not None and not o.cued and o.demonym is None and o.start >= sent_start
                    and self._fcode[o.best] not in gz.COUNTRY_CODES):
                return o.best
        weights = getattr(self._local, "weights", {})
        if weights:
            cc = max(weights, key=weights.get)
            return self.g.countries.get(cc)
        return None

    def parse(self, text: str, country_hint: str | None = None) -> list[Toponym]:
        if not isinstance(text, str) or not text.strip():
            return []
        self._local.weights = {}
        mentions = self._recognise(text)
        vccs = self._village_countries(mentions, country_hint) if self._village_ccs else None
        self._local.village_ccs = vccs
        if vccs:
            mentions = self._recognise(text, vccs)
        mentions = self._admin_hints(text, mentions)
        self._join_aliases(text, mentions)
        # "(Admin2, Admin1)" hints are resolved first: the countries they name are the note's context.
        hinted: dict[int, Toponym | None] = {}
        hint_ccs: dict[str, float] = {}
        hint_regions: set[int] = set()
        by_subject: dict[str, Toponym] = {}
        for k, m in enumerate(mentions):
            if m.hint is not None:
                t = hinted[k] = self._hinted(text, m, country_hint)
                if t is None:
                    continue
                if t.country_iso2 and m.hint_level:
                    hint_ccs[t.country_iso2] = hint_ccs.get(t.country_iso2, 0.0) + 1.0
                    region = self.g.by_geonames_id(t.geonames_id) if t.geonames_id else None
                    if region is not None and region.feature_code in ("ADM1", "ADM2"):
                        hint_regions.add(region.idx)
                elif not m.hint_level and t.in_gazetteer:
                    by_subject.setdefault(m.key, t)
        self._resolve(mentions, country_hint, hint_ccs, hint_regions)
        self._comma_country(text, mentions)
        self._of_another_country(text, mentions)
        weights = self._local.weights
        total = sum(weights.values()) or 1.0
        self._village_gate(text, mentions, weights, country_hint, hint_regions)
        self._outside_named_region(text, mentions, weights)
        # Small places in a country the rest of the article never mentions are unknown local names (or
        # not places at all), and a spelling-variant match counts only inside the article's countries.
        for m in mentions:
            if m.best is None or m.demonym is not None or m.hint is not None:
                continue
            cc = self._cc[m.best]
            others = (weights.get(cc, 0.0) - m.own) / total if cc else 1.0
            small = self._pop[m.best] < FOREIGN_POP and self._fcode[m.best] not in gz.COUNTRY_CODES
            elsewhere = total - weights.get(cc, 0.0)
            if (small and others < 0.1 and elsewhere >= 1.0 and not m.level and not self._sole_place(text, m)) \
                    or (not m.exact and others < 0.1 and not (
                        self._TOWN_AFTER.match(text, m.end) and self._fcode[m.best].startswith("PPL")
                        and self._pop[m.best] >= FOREIGN_POP)):   # "Ar-Raqqa city": a town, however spelled
                m.best = None
            elif hint_ccs and cc not in hint_ccs and not self._very_strong(m.best):
                m.best = None   # a namesake abroad in a note whose admin hints place it elsewhere
            elif others < 0.05 and elsewhere >= 1.0 and not m.level and not self._strong(m.best) \
                    and self._fcode[m.best] not in gz.COUNTRY_CODES and self._far_from_all(m, mentions):
                m.best = None   # "Wadi" in an Iraqi story: a town of a country nothing else names, far away
        out: list[Toponym] = []
        for k, m in enumerate(mentions):
            if m.hint is not None:
                t = hinted.get(k)
                if t is not None:
                    out.append(t)
                continue
            if m.comma_region is not None:
                t = self._comma_located(text, m, mentions[k + 1], country_hint)
                if t is not None:
                    out.append(t)
                    continue
            if m.key in by_subject and m.demonym is None:
                # One sense per note: the name the "(Admin2, Admin1)" hint placed is that place again.
                out.append(Toponym(m.start, m.end, text[m.start:m.end], *astuple_tail(by_subject[m.key])))
                continue
            if m.best is not None:
                if m.level == "ADM2" and self._fcode[m.best] not in ("ADM1", "ADM2"):
                    # "Dibis district" where only the town Dibis is known: its district, precision 2.
                    a2 = self._a2[m.best]
                    # Only a district of that name: "Pokrovske district" after a reform is not the old raion
                    # that holds the town Pokrovske; the town stands in for it.
                    if a2 >= 0 and gz.spelled_alike(self._strip_type(self.g._name[a2])[0], gz.strip_article(m.key) or m.key):
                        out.append(self._to_toponym(text, m, a2))
                    else:
                        out.append(self._to_toponym(text, m, m.best, precision=2))
                    continue
                out.append(self._to_toponym(text, m, m.best))
            elif m.cued:
                enc = self._enclosing(mentions, k, text)
                if enc is None:
                    continue
                f = self._fcode[enc]
                if f not in ("ADM1", "ADM2") and f not in gz.COUNTRY_CODES and f != "CONT" \
                        and not self._NEAR_TOWN.fullmatch(text, m.end, mentions[k + 1].start if k + 1 < len(mentions) else m.end):
                    enc = self._a2[enc] if self._a2[enc] >= 0 else self._a1[enc] if self._a1[enc] >= 0 else enc
                f = self._fcode[enc]
                precision = 2 if f == "ADM2" else 3 if f in ("ADM1", "CONT") or f in gz.COUNTRY_CODES else 2
                out.append(self._to_toponym(text, m, enc, in_gazetteer=False, precision=precision))
        return out

    # ------------------------------------------------------------------ admin names
    def lookup_admin(self, name: str, country_iso2: str | None = None) -> Toponym | None:
        """Resolve an admin-region name ("Oyam", "Northern", "Dibis district", "Deir-ez-Zor") to ADM2/ADM1."""
        if not isinstance(name, str) or not name.strip():
            return None
        key = fold(name)
        words = key.split()
        level = None
        while words and (words[-1] in TYPE_WORDS or " ".join(words[-2:]) in ("sub county",)):
            if " ".join(words[-2:]) == "sub county":
                words = words[:-2]
                level = level or "ADM3"
                continue
            level = level or ("ADM2" if words[-1] in ADM2_WORDS else "ADM1")
            words = words[:-1]
        key = " ".join(words) or key
        cc = country_iso2.upper() if country_iso2 else None
        g = self.g
        cands, _ = g.match_main(key)   # regions, and the towns they are named after, are all main entries
        cands = [c for c in cands if not cc or self._cc[c] == cc]
        admins = [c for c in cands if self._fcode[c] in ("ADM1", "ADM2")]
        if not admins and cc:
            admins = self._fuzzy_admin(key, cc)
        m = _Mention(0, len(name), key, admins, True, level=level if level in ("ADM1", "ADM2") else None)
        if admins:
            best = max(admins, key=lambda c: self._prior(m, c))
            return self._to_toponym(name, m, best)
        towns = [c for c in cands if self._fcode[c] not in gz.COUNTRY_CODES and self._fcode[c] != "CONT"]
        if towns:
            # A town's name used for its district (Dibis -> Dabes district).
            best = max(towns, key=lambda c: self._pop[c])
            region = self._a2[best] if self._a2[best] >= 0 and level != "ADM1" else self._a1[best]
            if region >= 0:
                return self._to_toponym(name, m, region)
        return None

    @staticmethod
    def _strip_type(name: str) -> tuple[str, str | None]:
        """("Minakulu sub-county") -> ("minakulu", "ADM3"); ("Dibis district") -> ("dibis", "ADM2")."""
        words = fold(name).split()
        level = None
        if len(words) > 1 and words[0] in ("barangay", "kebele", "village", "camp"):
            words = words[1:]
        while len(words) > 1:
            if words[-2:] == ["sub", "county"]:
                words, level = words[:-2], level or "ADM3"
            elif words[-1] in TYPE_WORDS:
                level = level or ("ADM2" if words[-1] in ADM2_WORDS else "ADM1")
                words = words[:-1]
            elif words[-1] in SUBJECT_WORDS:
                words = words[:-1]
            else:
                break
        return " ".join(words), level

    def _admins(self, name: str | None, level: str, cc: str | None, parents: set[int] | None = None,
                spellings: bool = False) -> set[int]:
        """Admin regions called ``name`` at ``level`` (else the other level), inside ``parents`` when given;
        ``spellings``: also a province by WOF's spelling of it, for a name the text gives as a region."""
        if not name or not name.strip():
            return set()
        # The full name first ("Leningrad Oblast"), then without its type word ("Leningrad" is a city too).
        pool: list[int] = []
        for key in dict.fromkeys((fold(name), self._strip_type(name)[0])):
            cands, exact = self.g.match_main(key)
            if not exact and not cc:
                continue    # spelling-variant matches of a bare region name hit namesakes worldwide
            pool = [c for c in cands if self._fcode[c] in ("ADM1", "ADM2") and (not cc or self._cc[c] == cc)]
            if pool:
                break
        if parents:
            inside = [c for c in pool if c in parents or self._a1[c] in parents]
            parent_ccs = {self._cc[p] for p in parents}
            pool = inside or [c for c in pool if self._cc[c] in parent_ccs]
        if not pool:
            ccs = {cc} if cc else {self._cc[p] for p in parents or ()}
            pool = [c for k in ccs for c in self._fuzzy_admin(key, k)]
        if not pool and spellings:
            # WOF's spellings of the region ("Zaporizhia" for Zaporizka oblast), found by transliteration key
            # among the countries the text speaks of.
            ccs = {cc} if cc else getattr(self._local, "village_ccs", None)
            for key in dict.fromkeys((fold(name), self._strip_type(name)[0])) if ccs else ():
                if len(gz.translit_key(key)) < 5:
                    continue   # a short key ("Boalia" ~ Bhola) meets too many names
                found, same_key = self.g.village_match(key, ccs)
                pool = [c for c in found if same_key and self._fcode[c] == "ADM1"
                        and (not parents or c in parents or self._a1[c] in parents)]
                if pool:
                    break
        if not pool:
            # A district named after its town ("Dibis" for Dabes district): the town's region.
            towns = [c for c in cands if self._fcode[c].startswith("PPL") and (not cc or self._cc[c] == cc)
                     and (not parents or self._a1[c] in parents)]
            pool = [self._a2[c] if level == "ADM2" and self._a2[c] >= 0 else self._a1[c] for c in towns]
            pool = [c for c in pool if c >= 0]
        same = {c for c in pool if self._fcode[c] == level}
        return same or set(pool)

    def locate(self, name: str, admin2: str | None = None, admin1: str | None = None,
               country_iso2: str | None = None) -> Toponym | None:
        """Resolve a place given its admin regions, as ACLED writes them ("Minakulu", "Oyam", "Northern").

        The place is looked for inside the named regions only; a name the gazetteer lacks there resolves to
        the district (precision 2) or the province (precision 3), never to a namesake elsewhere."""
        if not isinstance(name, str) or not name.strip():
            return None
        cc = country_iso2.upper() if country_iso2 else None
        a1s = self._admins(admin1, "ADM1", cc, spellings=True)
        a2s = self._admins(admin2, "ADM2", cc, parents=a1s or None)
        if a1s and a2s:
            consistent = {c for c in a2s if self._a1[c] in a1s or c in a1s}
            if consistent:
                a2s = consistent
                a1s = {c for c in a1s if any(self._a1[x] == c or x == c for x in a2s)} or a1s
        if a2s and not a1s:
            a1s = {self._a1[c] for c in a2s if self._a1[c] >= 0}
        stripped, level = self._strip_type(name)
        words = fold(name).split()
        town_word = len(words) > 1 and words[-1] in ("city", "town", "village", "township")
        best, best_score, m = None, -1e9, None
        # The full name first ("Kansas City"), then without its type word ("Mashegu town" -> "Mashegu").
        for key in dict.fromkeys((fold(name), stripped)):
            m = _Mention(0, len(name), key, [], True, level=level if level in ("ADM1", "ADM2") else None)
            cands, m.exact = self.g.match_main(key)
            region_ccs = {cc} if cc else {self._cc[r] for r in a1s | a2s}
            if region_ccs:
                extra, same_key = self.g.village_match(key, region_ccs)
                if extra and (same_key or not cands):
                    have = set(cands)
                    cands = list(cands) + [c for c in extra if c not in have]
                    m.exact = m.exact or (same_key and any(fold(self.g._name[c]) == key for c in extra))
            for c in cands[:2000]:
                f = self._fcode[c]
                if f in gz.COUNTRY_CODES or f == "CONT":
                    continue
                if cc and self._cc[c] != cc:
                    continue
                if (c in a1s or c in a2s or town_word) and f in ("ADM1", "ADM2") and not m.level:
                    continue    # "Kermanshah city (Kermanshah)": the town, not the province it names
                # ACLED's admin levels do not always match GeoNames' (Cadiz is an ADM2 in GeoNames, an
                # admin1 in the note): a region named at either level may hold the place at either level.
                mine = {c, self._a1[c], self._a2[c]}
                in2 = bool(mine & a2s)
                in1 = bool(mine & a1s)
                if (a1s or a2s) and not (in1 or in2):
                    continue    # a namesake outside the named regions
                score = self._prior(m, c) + (4.0 if in2 else 0.0) + (3.0 if in1 else 0.0)
                if f in ("ADM1", "ADM2") and not m.level:
                    score -= 4.0    # the subject of a note is a town unless it says "district" / "province"
                if score > best_score:
                    best, best_score = c, score
            if best is not None:
                break
        if best is not None:
            return self._to_toponym(name, m, best)
        region = max(a2s, key=lambda c: self._pop[c]) if a2s else max(a1s, key=lambda c: self._pop[c]) if a1s else None
        if region is None:
            return None
        precision = 2 if self._fcode[region] == "ADM2" else 3
        return self._to_toponym(name, m, region, in_gazetteer=False, precision=precision)

    def _fuzzy_admin(self, key: str, cc: str) -> list[int]:
        """Admin regions of one country whose names are spelled close to ``key`` (Ninewa ~ Ninawa)."""
        if self._admins_by_cc is None:   # region indices by country; their folded names per country, on demand
            by_cc: dict[str, list[int]] = {}
            for i, f in enumerate(self._fcode):
                if f in ("ADM1", "ADM2"):
                    by_cc.setdefault(self._cc[i], []).append(i)
            self._admin_ids_by_cc, self._admins_by_cc = by_cc, {}
        if cc not in self._admins_by_cc:
            admins: list[tuple[str, int, str]] = []
            for i in self._admin_ids_by_cc.get(cc, []):
                names = [fold(self.g._name[i])]
                if str(i) in self.g.native:   # "Ninewa" is spelled like Ninawa, not like Nineveh
                    names.append(fold(self.g.native[str(i)]))
                admins.extend((name, i, gz.strip_article(name) or name) for name in names)
            self._admins_by_cc[cc] = admins
        hit = self._fuzzy_seen.get((key, cc))
        if hit is not None:
            return list(hit)
        bare = gz.strip_article(key) or key
        # real_quick_ratio() and quick_ratio() bound ratio() from above: most names are ruled out by their
        # length or letters before the quadratic match.
        # The key is the matchers' second sequence, whose index is built once; the bounds are symmetric, and
        # ratio() is taken in the original order for the few names that pass them.
        full, short = difflib.SequenceMatcher(None, "", key), difflib.SequenceMatcher(None, "", bare)
        scored = []
        for name, i, name_bare in self._admins_by_cc.get(cc, []):
            r = 0.0
            for sm, mine, other in ((full, key, name), (short, bare, name_bare)):
                sm.set_seq1(other)
                if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8:
                    r = max(r, difflib.SequenceMatcher(None, mine, other).ratio())
            if r >= 0.8:
                scored.append((r, i))
        top = max((r for r, _ in scored), default=0.0)
        found = tuple(i for r, i in scored if r >= top - 0.02)
        if len(self._fuzzy_seen) < 50_000:
            self._fuzzy_seen[(key, cc)] = found
        return list(found)


def astuple_tail(t: Toponym) -> tuple:
    """A Toponym's fields after start, end and name (to move a resolution onto another span)."""
    return (t.geonames_id, t.latitude, t.longitude, t.country_iso2, t.country, t.admin1, t.admin2,
            t.feature_code, t.gazetteer_name, t.precision, t.in_gazetteer, t.population, t.is_demonym,
            t.seat_latitude, t.seat_longitude)


_lock = threading.Lock()
_default: Geoparser | None = None


def _parser() -> Geoparser:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Geoparser(gz.default())
    return _default


def geoparse(text: str, country_hint: str | None = None) -> list[Toponym]:
    """Toponyms of ``text`` resolved to GeoNames entries (the gazetteer is loaded on first call)."""
    return _parser().parse(text, country_hint)


def lookup_admin(name: str, country_iso2: str | None = None) -> Toponym | None:
    """An admin region by name ("Oyam", "Northern", "Dibis district"), ADM2 or ADM1."""
    return _parser().lookup_admin(name, country_iso2)


def locate(name: str, admin2: str | None = None, admin1: str | None = None,
           country_iso2: str | None = None) -> Toponym | None:
    """A place inside named admin regions (ACLED's "Minakulu (Oyam, Northern)"); see Geoparser.locate."""
    return _parser().locate(name, admin2, admin1, country_iso2)


def geoparse_jsonl(inp: TextIO, out: TextIO, err: TextIO, name: str = "<input>") -> int:
    """`sitrep geoparse`: {"id","text"[,"url"]} lines in, one line per toponym out (see CONTRACT.md). An
    optional "url" gives the outlet's country (its country-code domain) as a prior for ambiguous names.

    A malformed line (bad JSON or UTF-8, too deep, lone surrogates; see sitrep.acquire.jsonl_input) is reported on ``err``
    with its file and line number and skipped. Returns 1 when input lines existed but none could be read, else 0.
    """
    from sitrep.acquire.jsonl_input import iter_records

    seen = ok = 0
    for lineno, rec, bad in iter_records(inp):
        seen += 1
        try:
            if bad:
                raise ValueError(bad)
            doc_id, text = rec.get("id"), rec.get("text")
            if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
                raise ValueError('"id" missing or not a string')
            if not isinstance(text, str):
                raise ValueError('"text" missing or not a string')
            url = rec.get("url")
            lines = [json.dumps(t.to_contract(doc_id), ensure_ascii=False) + "\n"
                     for t in geoparse(text, country_of_url(url if isinstance(url, str) else None))]
        except Exception as exc:  # noqa: BLE001 -- one line never stops the rest of the file
            why = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {str(exc)[:200]}"
            err.write(f"{name}: line {lineno}: skipped malformed input: {why}\n")
            continue
        ok += 1
        out.writelines(lines)
    return 1 if seen and not ok else 0
