"""Resolution: each mention's likeliest reading. Candidates start from their priors (kind, population, own
name; a city over the region named after it); then, twice, every name votes for its reading's country and
regions (``Votes``), and each candidate gains by what the *other* names say: their countries, the regions they
name or lie in, and places within 250 km. Last, a large namesake in a country the text names beats a famous
place in a country it never names.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import Candidates, Columns, dist_km
from sitrep.geo.mention import Mention
from sitrep.geo.words import MAX_CANDIDATES


@dataclass
class Votes:
    """What the text's names say together, each name's reading counted once."""
    weights: dict[str, float]               # country -> weight (outlet and hints, then each name's ``own``)
    regions: dict[int, set[str]]            # region entry -> names of places lying in it
    named: dict[int, set[str]]              # entry -> names resolved to it ("#hint" for a hint's region)
    by_key: dict[str, tuple[str, float]]    # name -> (its country, its weight), the first time it occurs


# The haversine term of 250 km: a point is nearer when its term is below (distances near the bound are measured
# in full, so the answer is dist_km's to the last bit).
_NEAR_KM = 250
_NEAR_A = math.sin(_NEAR_KM / (2 * 6371.0)) ** 2
_NEAR_LO, _NEAR_HI = _NEAR_A * (1 - 1e-9), _NEAR_A * (1 + 1e-9)


def _near_any(key: str, lat: float, lon: float, band: list[tuple]) -> bool:
    """Whether a point of ``band`` (lat, lon, mention, cos lat, lat in radians) other than ``key``'s own lies
    within 250 km: dist_km's arithmetic, its cosines and radians computed once per point, without the square root
    and arcsine."""
    p1 = math.radians(lat)
    cp1 = math.cos(p1)
    sin, radians = math.sin, math.radians
    for la, lo, o, cp2, p2 in band:
        if o.key == key:
            continue
        a = sin((p2 - p1) / 2) ** 2 + cp1 * cp2 * sin(radians(lo - lon) / 2) ** 2
        if a < _NEAR_LO or (a <= _NEAR_HI and dist_km(lat, lon, la, lo) < _NEAR_KM):
            return True
    return False


def _other_than(names: set[str] | None, key: str) -> bool:
    """Whether ``names`` holds a name besides ``key`` (``names - {key}`` without building the set)."""
    return names is not None and (len(names) > 1 or (len(names) == 1 and key not in names))


# What a reading found only through a looser key loses to one spelled as the text spells it.
SPELLED_OTHERWISE = 1.5


class Resolver(Columns):
    # A namesake this large in the country the text names beats a famous place in a country it never names.
    NAMED_COUNTRY_POP = 100_000

    def __init__(self, candidates: Candidates):
        super().__init__(candidates.g)
        self.c = candidates

    def resolve(self, mentions: list[Mention], country_hint: str | None,
                context: dict[str, float] | None = None, context_regions: set[int] = frozenset()) -> dict[str, float]:
        """Sets ``best`` (and scores) of every mention with candidates; returns the country weights.
        ``context``: countries the note's admin hints name; ``context_regions``: the regions they name."""
        known = [m for m in mentions if m.cands]
        self._priors(known)
        for _ in range(2):
            chosen = [m.best for m in known]
            votes = self._votes(known, country_hint, context, context_regions)
            self._rescore(known, votes)
            if all(m.best == b for m, b in zip(known, chosen)):
                # No reading changed: the votes read off the readings, so a second round would count the same
                # votes and set the same scores.
                break
        self._named_country_namesakes(known, votes.weights, votes.by_key)
        return votes.weights

    def _priors(self, known: list[Mention]) -> None:
        for m in known:
            cands = m.cands
            if len(cands) > MAX_CANDIDATES:
                cands = sorted(cands, key=lambda c: -self._pop[c])[:MAX_CANDIDATES]
            m.cands = cands
            m.scores = {c: self.c.prior(m, c) for c in cands}
            # A city and the region named after it (Baghdad, Kirkuk): news means the city.
            cset = set(cands)
            for c in cands:
                # Only a city bearing the name itself or the region's seat (New York City): "Montana City"
                # is not what "Montana" means.
                # (nor a hamlet of the region's name: "Niassa and Nampula Provinces" is no village of Niassa)
                if (self._fcode[c] not in ("ADM1", "ADM2") and (self._a1[c] in cset or self._a2[c] in cset)
                        and (self.g.is_primary_name(m.key, c) and not self.g.is_village(c) or self._is_seat(c, cset))):
                    m.scores[c] = max(m.scores[c], max(m.scores[a] for a in (self._a1[c], self._a2[c]) if a in cset) + (0.5 if not m.level else -2))
            # "Buur Dheere", a village of that very name: not the town Baardheere that only a transliteration key
            # (vowels and spaces aside) finds
            if len(cands) > 1:
                own = self.g.names.get(m.key, ())
                bare = gz.squash(gz.strip_article(m.key) or m.key)
                # (the Arabic article and spacing aside: "Barh" is Al Barh as spelled, "Banibangou" Bani Bangou)
                spelled = [c for c in cands if c in own or self.g.is_primary_name(m.key, c)
                           or gz.squash(gz.strip_article(n := gz.fold(self.g._name[c])) or n) == bare]
                if spelled and len(spelled) < len(cands):
                    for c in cands:
                        if c not in spelled:
                            m.scores[c] -= SPELLED_OTHERWISE
            m.best = max(cands, key=m.scores.__getitem__)

    def _votes(self, known: list[Mention], country_hint: str | None, context: dict[str, float] | None,
               context_regions: set[int]) -> Votes:
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
            solid = self._fcode[b] in gz.COUNTRY_CODES or m.demonym is not None or self.c.strong(b) or self._pop[b] >= 1000
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
        return Votes(weights, regions, named, by_key)

    def _rescore(self, known: list[Mention], votes: Votes) -> None:
        total = sum(votes.weights.values()) or 1.0
        points = sorted(((self._lat[m.best], self._lon[m.best], m, math.cos(math.radians(self._lat[m.best])),
                          math.radians(self._lat[m.best]))
                         for m in known
                         if self._fcode[m.best] not in gz.COUNTRY_CODES and self._fcode[m.best] != "CONT"),
                        key=lambda p: p[0])
        point_lats = [p[0] for p in points]
        near: dict[tuple[str, int], bool] = {}
        # A candidate's context bonus depends on the name and its candidates only: a name repeated (or sharing
        # its readings with another mention) is scored once.
        bonuses: dict[tuple, dict[int, float]] = {}
        for m in known:
            sig = (m.key, tuple(m.cands))
            bonus = bonuses.get(sig)
            if bonus is None:
                bonus = bonuses[sig] = self._bonuses(m.key, m.cands, votes, total, points, point_lats, near)
            scores = m.scores
            for c in m.cands:
                if c not in scores:
                    scores[c] = self.c.prior(m, c)
            # (`bonus` holds exactly the mention's candidates, in their order: the signature is of those)
            m.bonus.update(bonus)
            m.best = max(m.cands, key=lambda c: scores[c] + bonus[c])
            if m.level and self._fcode[m.best] != m.level:
                # "Kherson region" is the region, however near the other places its seat lies: the seat holds
                # the region's reading only where no type word says which is meant
                region = next((c for c in m.cands if self._fcode[c] == m.level
                               and c in (self._a1[m.best], self._a2[m.best])), None)
                if region is not None:
                    m.best = region

    def _bonuses(self, key: str, cands: list[int], votes: Votes, total: float, points: list[tuple],
                 point_lats: list[float], near: dict[tuple[str, int], bool]) -> dict[int, float]:
        """What the other names say for each candidate of ``key``: their countries, the regions they name or
        lie in, and whether one lies within 250 km (``points``: the others' places by latitude)."""
        weights, regions, named, by_key = votes.weights, votes.regions, votes.named, votes.by_key
        # Context is what the *other* names say: this name's own vote is taken out.
        own_cc, own = by_key.get(key, (None, 0.0))
        rest = (total - own) or 1.0
        # Countries holding a first-level region of exactly this name ("Florida", "Wyoming"): there a
        # village namesake is not picked over the region just because the text names its state.
        region_cc = {self._cc[c] for c in cands
                     if self._fcode[c] == "ADM1" and self._pop[c] > 0 and self.g.is_primary_name(key, c)}
        out: dict[int, float] = {}
        # Scaled by how much evidence the other names give: two tiny namesakes are not a context.
        scale = min(1.0, (total - own) / 2.0)
        by_country: dict[str, float] = {}  # the country term, the same for every candidate of a country
        # (the columns as locals: this loop runs for every candidate of every name, twice)
        col_cc, col_a1, col_a2, col_fcode, col_pop = self._cc, self._a1, self._a2, self._fcode, self._pop
        is_village = self.g.is_village
        regions_read = {c for c in cands if col_fcode[c] == "ADM1"}
        for c in cands:
            cc = col_cc[c]
            bonus = by_country.get(cc)
            if bonus is None:
                bonus = by_country[cc] = (5.0 * (weights.get(cc, 0.0) - (own if cc == own_cc else 0.0)) / rest
                                          * scale) if cc else 0.0
            # A region the text names counts more than one that merely holds another place
            # (all of England holds London).
            a1, a2 = col_a1[c], col_a2[c]
            fcode = col_fcode[c]
            if cc in region_cc and fcode not in ("ADM1", "ADM2") and col_pop[c] < 10_000:
                a1 = a2 = -1
            elif is_village(c) and a1 in regions_read:
                # A hamlet named like its own province ("Niassa and Nampula Provinces"): the places the text puts in
                # the province speak for the province, which is a reading of this name too, not for the hamlet
                a1 = -1
            if a1 >= 0 and a1 != c:
                if _other_than(named.get(a1), key):
                    bonus += 2.5
                elif _other_than(regions.get(a1), key):
                    bonus += 1.0
            if a2 >= 0 and a2 != c:
                if _other_than(named.get(a2), key):
                    bonus += 2.0
                elif _other_than(regions.get(a2), key):
                    bonus += 1.5
            if fcode not in gz.COUNTRY_CODES:
                hit = near.get((key, c))
                if hit is None:
                    lat_c, lon_c = self._lat[c], self._lon[c]
                    # 250 km is under 2.3 degrees of latitude: only the points in that band are measured.
                    band = points[bisect.bisect_left(point_lats, lat_c - 2.3):
                                  bisect.bisect_right(point_lats, lat_c + 2.3)]
                    hit = near[key, c] = bool(band) and _near_any(key, lat_c, lon_c, band)
                if hit:
                    bonus += 1.0
            out[c] = bonus
        return out

    def _is_seat(self, c: int, regions: set[int]) -> bool:
        """Whether town ``c`` is the seat of its first- or second-level region, if that is in ``regions``."""
        pt = (self._lat[c], self._lon[c])
        return any(r in regions and self.g.seat(r) == pt for r in (self._a1[c], self._a2[c]))

    def _named_country_namesakes(self, known: list[Mention], weights: dict[str, float],
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
