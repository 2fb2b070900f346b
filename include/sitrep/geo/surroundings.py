"""Surroundings: what the words right after a name say about where it lies. "Oqayba town in Aleppo countryside",
"Salibi village in the countryside of Tell Abiad", "A, B and C in the Dibis district": the region or town that
follows, read from the mentions already resolved. The checks use these; none changes a mention.
"""

from __future__ import annotations

import re

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import Columns
from sitrep.geo.gazetteer import fold
from sitrep.geo.mention import Mention


class Surroundings(Columns):
    # Compiled once: asked of every pair of neighbouring names.
    _OPEN_PAREN = re.compile(r"\s*\(\s*")
    _COMMA = re.compile(r",\s+")
    # "Oqayba town in Aleppo countryside", "Werxele (Werexel) area in Al Amadiya district", "Karama in the
    # countryside of Ar-Raqqa": only an alias, a type word or a countryside phrase between the name and region.
    _TYPE_THEN_IN = re.compile(
        r"(?:\s*\))?(?:\s*\([^()]{1,40}\))?(?:(?:\s+(?:village|town|city|hamlet|area|camp|axis|front(?:line)?|badia|"
        r"neighbou?rhood|sub-?district))?"
        r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|rural\s+areas?)\s+of\s+|rural\s+)?"
        r"|\s+(?:village|town|city|hamlet|area|camp|neighbou?rhood|sub-?district|cell|parish|ward|sub-?county|"
        r"zone|quarter),\s+)$",
        re.I)

    # "about 10 km from Kilo, in Djugu territory": an appositive that places the town (asked only of a namesake abroad)
    _COMMA_IN = re.compile(r",\s+in\s+(?:the\s+)?")

    def following_place(self, text: str, m: Mention, mentions: list[Mention], comma: bool = True,
                        comma_in: bool = False) -> Mention | None:
        """The name a directly following "[town] in Y", "Y countryside", "town, Y" or, after a district,
        ", Y province" places ``m`` in; with ``comma_in``, also "town, in Y"."""
        # The mentions after it, in list order, taken one at a time: only the first two can matter.
        after = (o for o in mentions if o.start >= m.end)
        o = next(after, None)
        if o is not None and self._OPEN_PAREN.fullmatch(text[m.end:o.start]):
            o = next(after, None)   # "Werxele (Werexel)": the alias is the same place
        if o is None:
            return None
        gap = text[m.end:o.start]
        if not comma and "," in gap:
            return None
        if not self._TYPE_THEN_IN.fullmatch(text, m.end, o.start) and not (
                m.level and o.level and self._COMMA.fullmatch(gap)) and not (comma_in and self._COMMA_IN.fullmatch(gap)):
            return None
        if o.best is None and o.level:
            nxt = next(after, None)
            if nxt is not None and self._COMMA.fullmatch(text[o.end:nxt.start]):
                return self.following_place(text, o, mentions, comma)   # "Zinana subdistrict, Tuz Khurma district, ..."
        return o

    def named_region(self, text: str, m: Mention, mentions: list[Mention], comma: bool = True,
                     comma_in: bool = False) -> int | None:
        """The region of a directly following "[town] in Y" (Y's own entry when a region, else its district or
        province); ``comma``: also of "town, Y"; ``comma_in``: also of "town, in Y"."""
        o = self.following_place(text, m, mentions, comma, comma_in)
        if o is None or o.best is None or o.demonym is not None or o.from_villages:
            return None
        f = self._fcode[o.best]
        if f in gz.COUNTRY_CODES or f == "CONT":
            return None
        # "Salibi village in the countryside of Tell Abiad": a town names its own district, not its province,
        # unless it is a province's namesake ("Zmiivka village, Kherson"); of a city that is a region itself
        # (Kyiv), the province around it.
        provinces = self.provinces_named(o)
        around = [c for c in provinces if c != self._a1[o.best]]
        for r in (o.best,) if f in ("ADM1", "ADM2") else around[:1] if around \
                else (self._a1[o.best],) if provinces else (self._a2[o.best], self._a1[o.best]):
            if r >= 0:
                return r
        return None

    def named_town(self, text: str, m: Mention, mentions: list[Mention]) -> int | None:
        """The town of a directly following "in (the countryside of) T" when T names a town and no province
        ("Tell Abiad", "Al Bab"; not "Aleppo", whose countryside is the governorate's)."""
        o = self.following_place(text, m, mentions)
        if o is None or o.best is None or o.demonym is not None or o.from_villages or o.level \
                or self._UNIT_AFTER.match(text, o.end):
            return None   # (nor "in Bagata territory": the territory, not its town)
        t = o.best
        if self._fcode[t] in ("ADM1", "ADM2", "CONT") or self._fcode[t] in gz.COUNTRY_CODES:
            return None
        if self.provinces_named(o):
            return None
        return t

    def provinces_named(self, o: Mention) -> list[int]:
        """First-level regions a town's name also names: among its readings, or its own province spelled as
        it ("Idleb": Idlib town and Idlib governorate)."""
        t = o.best
        found = [c for c in o.cands if self._fcode[c] == "ADM1" and self._cc[c] == self._cc[t]]
        a1 = self._a1[t]
        if a1 >= 0 and a1 not in found and gz.translit_key(fold(self.g._name[a1])) == gz.translit_key(fold(self.g._name[t])):
            found.append(a1)
        return found

    _UNIT_AFTER = re.compile(r"\s+(?:territory|territoire|tehsil|taluka|circle)\b", re.I)
    _IN_REGION = re.compile(r"\b(?:in|of)\s+(?:the\s+)?$")
    _DISTANCE = re.compile(r"\b(?:km|kilomet(?:er|re)s?|miles?)\b", re.I)
    _BEARING_OF = re.compile(r"(?<!\bthe )\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$", re.I)

    def region_after(self, text: str, m: Mention, mentions: list[Mention]) -> int | None:
        """The region a following "in Y district" / "in Y countryside" puts ``m`` in (Y's own entry when Y is a
        region, else Y's province), or None."""
        for o in mentions:
            if o.start < m.end:
                continue
            gap = text[m.end:o.start]
            if len(gap) > 100 or any(ch in gap for ch in ".!?\n()") or self._DISTANCE.search(gap) \
                    or self._BEARING_OF.search(gap):
                # "Soumpi, a village 60 km east of Léré", "Dhanaane, a coastal village south-west of Mogadishu": a
                # bearing from Y, not a place inside it (but "in the north of Y" is)
                return None
            # Past the other names of a list ("A, B and C in Y"): Y is what "in" introduces.
            if o.best is None or o.demonym is not None or o.from_villages or not self._IN_REGION.search(gap):
                continue
            f = self._fcode[o.best]
            if f in gz.COUNTRY_CODES or f == "CONT":
                return None
            return o.best if f in ("ADM1", "ADM2") else (self._a1[o.best] if self._a1[o.best] >= 0 else None)
        return None
