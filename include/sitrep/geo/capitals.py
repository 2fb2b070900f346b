"""Capitals: "the state capital", "the provincial capital" told without its name is the seat town of the region the
text is about there (the region of the place named last before it), as a reader of the local press takes it."""

from __future__ import annotations

import re
from types import SimpleNamespace

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import dist_km
from sitrep.geo.toponym import Toponym, to_toponym

_CAPITAL = re.compile(r"\bthe (?:(?:state|provincial|regional|departmental) capital|"
                      r"capital of the (?:state|province|region|department))\b", re.I)
_NAMED_AFTER = re.compile(r"\s*(?:city|town)?\s*[,(:]?\s*(?:of\s+)?", re.I)
# How far from the region's seat point its town's entry may lie (the seat is that town's own point).
_SEAT_KM = 5.0
# A seat town this many times smaller than the region's largest town is a namesake hamlet, not the capital.
_HAMLET_SHARE = 5


class Capitals:
    def __init__(self, g: gz.Gazetteer):
        self.g = g
        self._memo: dict[int, int | None] = {}
        self._a1s = None   # numpy array of the main entries' admin1, made at the first region asked of

    def add(self, text: str, toponyms: list[Toponym]) -> list[Toponym]:
        """``toponyms`` with each unnamed capital phrase resolved, in text order."""
        if "capital" not in text:
            return toponyms
        extra = []
        for m in _CAPITAL.finditer(text):
            a, b = m.span()
            # "Popayán, the provincial capital" / "the provincial capital city, Kananga": the capital is named itself.
            if any(t.end <= a and a - t.end <= 4 or t.start >= b and _NAMED_AFTER.fullmatch(text, b, t.start)
                   for t in toponyms):
                continue
            before = [t for t in toponyms if t.end <= a and not t.is_demonym and t.admin1 and t.in_gazetteer
                      and t.feature_code not in gz.COUNTRY_CODES]
            # (a country's capital is seldom the region a "regional capital" is of: "..., as Moscow kept up pressure
            # on the front line south-east of the regional capital" is Zaporizhzhia's)
            before = [t for t in before if t.feature_code != "PPLC"] or before
            if not before:
                continue
            place = self.g.by_geonames_id(before[-1].geonames_id) if before[-1].geonames_id else None
            if place is None:
                continue
            region = place.idx if self.g._fcode[place.idx] == "ADM1" else self.g._a1[place.idx]
            town = self._capital(region) if region >= 0 else None
            if town is not None:
                extra.append(to_toponym(self.g, text, SimpleNamespace(start=a, end=b, demonym=None), town))
        return sorted(toponyms + extra, key=lambda t: t.start) if extra else toponyms

    def _capital(self, region: int) -> int | None:
        """The town at the region's seat (its namesake or largest town), unless that is a hamlet beside the region's
        largest town (Cauca's namesake, not Popayán): then the largest town."""
        if region not in self._memo:
            g = self.g
            if self._a1s is None:   # the main table's regions as an array, once: a new region costs no full scan
                import numpy as np
                self._a1s = np.array(g._a1[:g.main_size], dtype=np.int64)
            towns = [i for i in (self._a1s == region).nonzero()[0].tolist() if g._fcode[i] in ("PPL", "PPLC")]
            largest = max(towns, key=lambda i: g._pop[i], default=None)
            seat = g.seat(region)
            at_seat = [i for i in towns if seat is not None and dist_km(g._lat[i], g._lon[i], *seat) <= _SEAT_KM]
            best = max(at_seat, key=lambda i: g._pop[i], default=None)
            if best is None or largest is not None and g._pop[best] * _HAMLET_SHARE < g._pop[largest]:
                best = largest
            self._memo[region] = best
        return self._memo[region]
