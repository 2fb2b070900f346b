"""Output: the resolved mentions as Toponyms. A hint's subject is where its hint put it, "Town, Region" is the
town inside that region, "X district" known only as a town is its district, and a cued name the gazetteer lacks
("the village of Olan") stands for the region around it, at that region's precision.
"""

from __future__ import annotations

import re

from sitrep.geo import gazetteer as gz
from sitrep.geo.admin import AdminRegions, strip_type
from sitrep.geo.candidates import Columns, dist_km
from sitrep.geo.hints import HintContext
from sitrep.geo.mention import Mention
from sitrep.geo.toponym import Toponym, astuple_tail, to_toponym
from sitrep.geo.words import MAX_CANDIDATES

_NEXT_DISTRICT_KM = 100.0   # how far from a district's point a village spelled as written may lie and be "in" it


class Output(Columns):
    def __init__(self, admin: AdminRegions):
        super().__init__(admin.g)
        self.admin = admin

    def toponyms(self, text: str, mentions: list[Mention], hints: HintContext, weights: dict[str, float],
                 country_hint: str | None) -> list[Toponym]:
        out: list[Toponym] = []
        # One sense per text: a name that "Town, Region" placed is that place when it comes again alone.
        placed: dict[str, Toponym] = {}
        for k, m in enumerate(mentions):
            t = self._toponym(text, mentions, k, hints, weights, country_hint)
            if t is not None and m.comma_region is not None and t.in_gazetteer and m.level is None:
                placed.setdefault(m.key, t)   # (not "Santa Ana department, ...": the region, not its town)
            elif (m.key in placed and m.comma_region is None and m.hint is None and m.demonym is None
                  and m.level is None):
                t = Toponym(m.start, m.end, text[m.start:m.end], *astuple_tail(placed[m.key]))
            if t is not None:
                out.append(t)
        return out

    def _toponym(self, text: str, mentions: list[Mention], k: int, hints: HintContext, weights: dict[str, float],
                 country_hint: str | None) -> Toponym | None:
        m = mentions[k]
        if m.hint is not None:
            return hints.toponyms.get(k)
        if m.comma_region is not None:
            if m.region_start is not None:
                # "Léré in Mali's Timbuktu region"
                region = next((o for o in mentions[k + 1:] if o.start == m.region_start), None)
                t = self.admin.located_in(text[m.start:m.end], text[region.start:region.end]) if region else None
                place = self.g.by_geonames_id(t.geonames_id) if t is not None and t.geonames_id else None
                if place is not None and m.best is not None and self._a1[m.best] == self._a1[place.idx] and (
                        self._a2[m.best] == self._a2[place.idx] or self._a1[place.idx] in self.admin.admins(
                            text[region.start:region.end], "ADM1", place.country_iso2, spellings=True)):
                    # the reading already lies in that region: the resolver's choice among its namesakes (a
                    # district named is narrower than its province: "Loyoro in Kaabong District", not Lira)
                    t = None
                elif place is not None and m.best is not None and self._cc[m.best] == place.country_iso2 \
                        and self._a1[m.best] == self._a1[place.idx] \
                        and gz.fold(self.g._name[m.best]) == m.key != gz.fold(self.g._name[place.idx]):
                    # "near Ako, Donga-Mantung division": the village spelled as written, in the region's province,
                    # not Oku, which the region's looser lookup finds
                    t = None
                t = Toponym(m.start, m.end, text[m.start:m.end], *astuple_tail(t)) if t is not None else None
            else:
                t = self._comma_located(text, m, mentions[k + 1], country_hint)
            if t is not None and m.level == "ADM2" and t.in_gazetteer and t.feature_code not in ("ADM1", "ADM2"):
                # "Pokrovske district, Dnipropetrovsk": the town found there stands for its district.
                place = self.g.by_geonames_id(t.geonames_id) if t.geonames_id else None
                if place is not None:
                    return self._district_of_town(text, m, place.idx)
            if t is not None:
                return t
        if m.key in hints.by_subject and m.demonym is None:
            # One sense per note: the name the "(Admin2, Admin1)" hint placed is that place again.
            return Toponym(m.start, m.end, text[m.start:m.end], *astuple_tail(hints.by_subject[m.key]))
        if m.best is not None:
            if m.level == "ADM2" and self._fcode[m.best] not in ("ADM1", "ADM2"):
                return self._district_of_town(text, m)
            return to_toponym(self.g, text, m, m.best)
        if m.cued:
            return self._unknown_in_region(text, mentions, k, weights)
        return None

    def _district_of_town(self, text: str, m: Mention, town: int | None = None) -> Toponym:
        """ "Dibis district" where only the town Dibis (``town``, else the mention's reading) is known: its
        district, precision 2."""
        town = m.best if town is None else town
        a2 = self._a2[town]
        # Only a district of that name: "Pokrovske district" after a reform is not the old raion
        # that holds the town Pokrovske; the town stands in for it.
        if a2 >= 0 and gz.spelled_alike(strip_type(self.g._name[a2])[0], gz.strip_article(m.key) or m.key):
            return to_toponym(self.g, text, m, a2)
        return to_toponym(self.g, text, m, town, precision=2)

    def _unknown_in_region(self, text: str, mentions: list[Mention], k: int, weights: dict[str, float]) -> Toponym | None:
        """A cued name the gazetteer lacks ("the villages of A, B"): the region around it, at its precision; by
        a town only when the text says the place lies in that town's countryside."""
        m = mentions[k]
        enc = self._enclosing(mentions, k, text, weights)
        if enc is None:
            return None
        f = self._fcode[enc]
        if f not in ("ADM1", "ADM2") and f not in gz.COUNTRY_CODES and f != "CONT" \
                and not self._NEAR_TOWN.fullmatch(text, m.end, mentions[k + 1].start if k + 1 < len(mentions) else m.end):
            enc = self._a2[enc] if self._a2[enc] >= 0 else self._a1[enc] if self._a1[enc] >= 0 else enc
        f = self._fcode[enc]
        precision = 2 if f == "ADM2" else 3 if f in ("ADM1", "CONT") or f in gz.COUNTRY_CODES else 2
        return to_toponym(self.g, text, m, enc, in_gazetteer=False, precision=precision)

    def _comma_located(self, text: str, m: Mention, region: Mention, country_hint: str | None) -> Toponym | None:
        """The town of "Town, Region" inside that region; None when the pair is a list ("Kirkuk, Baghdad")."""
        name = text[m.start:m.end]
        region_name = text[region.start:region.end]
        t = self.admin.locate(name, None, region_name, country_hint)
        if t is None:
            return None
        # (a list goes on with another name: not "Kamianske, Zaporizhia, hitting a local gymnasium")
        listing = re.match(r",\s(?:(?:and|or)\s)?(?-i:[A-Z])|\s(?:and|or)\s(?-i:[A-Z])", text[region.end:region.end + 10])
        if not t.in_gazetteer:
            # Unknown there: the region stands in, unless the pair looks like a list ("Kirkuk, Baghdad and
            # Basra") or the name is a big town elsewhere.
            if (listing and not region.level) or any(self._pop[c] >= 100_000 for c in m.cands[:MAX_CANDIDATES]):
                return None
            if m.best is not None and region.best is not None and self._a1[m.best] >= 0 and self._a1[m.best] == (
                    region.best if self._fcode[region.best] == "ADM1" else self._a1[region.best]) \
                    and (self._fcode[region.best] == "ADM1" or self._a2[m.best] < 0
                         # (or files it under a neighbouring district, districts' points being rough: "clashed in
                         # Luizi, Kabalo territory", the one Luizi spelled so, 60 km from Kabalo's point, under Moba)
                         or gz.fold(self.g._name[m.best]) == m.key and dist_km(
                             self._lat[m.best], self._lon[m.best], self._lat[region.best],
                             self._lon[region.best]) <= _NEXT_DISTRICT_KM):
                # "Batibo, Momo division": the town the reading found lies in the division's province and the
                # gazetteer knows no district of it (not Roundwood, Wicklow, also "Togher", for "Togher, Co Louth")
                return None
        elif m.best is not None and t.geonames_id != self.g._gid[m.best] and t.country_iso2 == self._cc[m.best] \
                and gz.fold(t.admin1 or "") == gz.fold(self.g.admin_name(self._a1[m.best]) or "-") \
                and gz.fold(self.g._name[m.best]) == m.key != gz.fold(t.gazetteer_name or ""):
            # "near Ako, Donga-Mantung division": the village spelled as written, in the division's province, not
            # Oku, which the division's looser lookup finds
            return None
        elif m.best is not None and t.geonames_id != self.g._gid[m.best] and self._pop[m.best] >= 100_000 \
                and self._fcode[m.best].startswith("PPL") and (self.g.is_primary_name(m.key, m.best) or listing):
            # A big city named in a list next to a region, not a namesake inside it; outside a list, only a city
            # named by its own name: "Oleksandrivka, Kharkiv" is a village of Kharkiv oblast, not Donetsk (an
            # old name of the city).
            return None
        return Toponym(m.start, m.end, name, *astuple_tail(t))

    # "the village of Olan in the countryside of Al Bab": an unknown village lies by the town that follows, closer
    # than that town's district centre.
    _NEAR_TOWN = re.compile(
        r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:village|hamlet|area|camp|neighbou?rhood))?\s+(?:in|of|near)\s+(?:the\s+)?"
        r"(?:(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|vicinity|rural\s+areas?)\s+of\s+|rural\s+)", re.I)

    def _enclosing(self, mentions: list[Mention], k: int, text: str, weights: dict[str, float]) -> int | None:
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
        if weights:
            cc = max(weights, key=weights.get)
            return self.g.countries.get(cc)
        return None
