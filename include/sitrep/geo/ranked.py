"""Cities named by their rank in a country: "Ukraine's second-largest city" is Kharkiv.

News names a city by its rank as often as by its name once the reader is expected to know it. The gazetteer's
populations rank a country's populated places; the phrase becomes one toponym, the city, in place of the country
it starts with. The geoparser's own output keeps the country (its benchmarks tag the country's name); the
extractor reads the phrase as the city, where the incident happened.
"""
from __future__ import annotations

import re
import threading

from sitrep.geo import gazetteer as gz
from sitrep.geo.mention import Mention
from sitrep.geo.toponym import Toponym, to_toponym

_RANKED_CITY = re.compile(r"\s*['’]s\s+(?:(?P<rank>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?"
                          r"(?:largest|biggest|most populous) (?:city|town)\b", re.I)
_RANKS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}

_TOWNS = {"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL", "PPLG"}   # not sections (PPLX) nor ruins

_lock = threading.Lock()
_largest: dict[str, list[int]] = {}   # ISO2 -> its five most populous populated places


def _ranking(g: gz.Gazetteer, cc: str) -> list[int]:
    """The country's five most populous populated places (computed once per process, when first asked)."""
    if not _largest:
        with _lock:
            if not _largest:
                by_cc: dict[str, list[tuple[int, int]]] = {}
                for idx in range(g.main_size):
                    if g._fcode[idx] in _TOWNS and g._cc[idx] and g._pop[idx]:
                        by_cc.setdefault(g._cc[idx], []).append((-g._pop[idx], idx))
                for c, rows in by_cc.items():
                    kept: list[int] = []
                    for _, idx in sorted(rows):
                        # a district or borough of a bigger city counted apart is still that city
                        if all(abs(g._lat[idx] - g._lat[k]) + abs(g._lon[idx] - g._lon[k]) > 0.2 for k in kept):
                            kept.append(idx)
                        if len(kept) == 5:
                            break
                    _largest[c] = kept
    return _largest.get(cc, [])


def ranked_cities(text: str, toponyms: list[Toponym], g: gz.Gazetteer | None = None) -> list[Toponym]:
    """``toponyms`` with each "<country>'s (n-th) largest city" read as that city."""
    if "largest" not in text and "biggest" not in text and "populous" not in text:
        return toponyms
    g = g or gz.default()
    out = []
    for t in toponyms:
        m = _RANKED_CITY.match(text, t.end) if t.feature_code in gz.COUNTRY_CODES and t.country_iso2 else None
        ranking = _ranking(g, t.country_iso2) if m else []
        rank = _RANKS.get((m.group("rank") or "").lower(), 1) if m else 1
        if m and re.match(r",?\s*(?-i:[A-Z])", text[m.end():m.end() + 3]):
            ranking = []  # "Pakistan's biggest city, Karachi": the name that follows says which
        if m and len(ranking) >= rank:
            idx = ranking[rank - 1]
            t = to_toponym(g, text, Mention(t.start, m.end(), gz.fold(text[t.start:m.end()]), [idx], True), idx)
        out.append(t)
    return out
