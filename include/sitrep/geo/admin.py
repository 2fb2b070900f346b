"""Admin regions by name: "Oyam", "Dibis district", "Ninewa" (misspelt), and places inside named regions.

ACLED-style notes name a place's regions ("Minakulu (Oyam, Northern)"); ``locate`` looks for the place inside
them only, ``lookup_admin`` resolves a region's own name, ``admins`` gives the regions a name may be.
"""

from __future__ import annotations

import difflib
import threading

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import Candidates, Columns, dist_km
from sitrep.geo.gazetteer import fold
from sitrep.geo.mention import Mention
from sitrep.geo.toponym import Toponym, to_toponym
from sitrep.geo.words import ADM2_WORDS, SUBJECT_WORDS, TYPE_WORDS


# How far from the middle of a district a note names a place filed under another district may lie.
DISTRICT_KM = 40.0


def strip_type(name: str) -> tuple[str, str | None]:
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


class AdminRegions(Columns):
    def __init__(self, candidates: Candidates):
        super().__init__(candidates.g)
        self.c = candidates
        # The countries of the text being parsed on this thread: a province given by WOF's spelling of it is
        # looked for there (parse sets them; a lone locate() call sees the last parse's).
        self._text = threading.local()
        self._admins_by_cc: dict[str, list[tuple[str, int, str]]] | None = None
        self._admin_ids_by_cc: dict[str, list[int]] = {}
        self._fuzzy_seen: dict[tuple[str, str], tuple[int, ...]] = {}   # the same misspelt region recurs across notes

    def set_text_countries(self, ccs: frozenset[str] | None) -> None:
        self._text.village_ccs = ccs

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
        m = Mention(0, len(name), key, admins, True, level=level if level in ("ADM1", "ADM2") else None)
        if admins:
            best = max(admins, key=lambda c: self.c.prior(m, c))
            return to_toponym(self.g, name, m, best)
        towns = [c for c in cands if self._fcode[c] not in gz.COUNTRY_CODES and self._fcode[c] != "CONT"]
        if towns:
            # A town's name used for its district (Dibis -> Dabes district).
            best = max(towns, key=lambda c: self._pop[c])
            region = self._a2[best] if self._a2[best] >= 0 and level != "ADM1" else self._a1[best]
            if region >= 0:
                return to_toponym(self.g, name, m, region)
        return None

    def admins(self, name: str | None, level: str, cc: str | None, parents: set[int] | None = None,
                spellings: bool = False, towns: bool = True) -> set[int]:
        """Admin regions called ``name`` at ``level`` (else the other level), inside ``parents`` when given;
        ``spellings``: also a province by WOF's spelling of it, for a name the text gives as a region;
        ``towns``: else the region of a town of that name."""
        if not name or not name.strip():
            return set()
        # The full name first ("Leningrad Oblast"), then without its type word ("Leningrad" is a city too).
        pool: list[int] = []
        for key in dict.fromkeys((fold(name), strip_type(name)[0])):
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
            ccs = {cc} if cc else getattr(self._text, "village_ccs", None)
            for key in dict.fromkeys((fold(name), strip_type(name)[0])) if ccs else ():
                if len(gz.translit_key(key)) < 5:
                    continue   # a short key ("Boalia" ~ Bhola) meets too many names
                found, same_key = self.g.village_match(key, ccs)
                pool = [c for c in found if same_key and self._fcode[c] == "ADM1"
                        and (not parents or c in parents or self._a1[c] in parents)]
                if pool:
                    break
        if not pool and towns:
            # A district named after its town ("Dibis" for Dabes district): the town's region.
            towns = [c for c in cands if self._fcode[c].startswith("PPL") and (not cc or self._cc[c] == cc)
                     and (not parents or self._a1[c] in parents)]
            pool = [self._a2[c] if level == "ADM2" and self._a2[c] >= 0 else self._a1[c] for c in towns]
            pool = [c for c in pool if c >= 0]
        same = {c for c in pool if self._fcode[c] == level}
        return same or set(pool)

    def same_region(self, named: str | None, admin1: str | None, country_iso2: str | None) -> bool:
        """Is the province ``named`` (by any of its gazetteer names: "Niedersachsen", "Lower Shabelle") the one
        called ``admin1`` ("State of Lower Saxony", "Shabeellaha Hoose") in that country?"""
        if not named or not admin1 or not country_iso2:
            return False
        want = fold(admin1)
        # Provinces only: a district of that name inside the province is another level (ACLED's admin1 in
        # Ireland is a county, GeoNames' a province).
        return any(self._fcode[c] == "ADM1" and fold(self.g.admin_name(c) or "") == want
                   for c in self.admins(named, "ADM1", country_iso2.upper(), towns=False))

    def located_in(self, name: str, region_name: str) -> Toponym | None:
        """ "Léré in Mali's Timbuktu region": the gazetteer's place of that name inside the region the text names
        (in whatever country holds it: the outlet's country is no border), or None."""
        # The region as a province first, then as a district ("Loyoro in Kaabong District": the village filed under
        # that district, not a town elsewhere that bears the name among its alternates)
        for admin2, admin1 in ((None, region_name), (region_name, None)):
            t = self.locate(name, admin2, admin1, None)
            place = self.g.by_geonames_id(t.geonames_id) if t is not None and t.in_gazetteer and t.geonames_id else None
            if place is None:
                continue
            cc = t.country_iso2
            regions = self.admins(region_name, "ADM1", cc, spellings=True) | self.admins(region_name, "ADM2", cc)
            if self._a1[place.idx] in regions or self._a2[place.idx] in regions:
                return t
        return None

    def locate(self, name: str, admin2: str | None = None, admin1: str | None = None,
               country_iso2: str | None = None) -> Toponym | None:
        """Resolve a place given its admin regions, as ACLED writes them ("Minakulu", "Oyam", "Northern").

        The place is looked for inside the named regions only; a name the gazetteer lacks there resolves to
        the district (precision 2) or the province (precision 3), never to a namesake elsewhere."""
        if not isinstance(name, str) or not name.strip():
            return None
        cc = country_iso2.upper() if country_iso2 else None
        a1s = self.admins(admin1, "ADM1", cc, spellings=True)
        a2s = self.admins(admin2, "ADM2", cc, parents=a1s or None)
        if a1s and a2s:
            consistent = {c for c in a2s if self._a1[c] in a1s or c in a1s}
            if consistent:
                a2s = consistent
                a1s = {c for c in a1s if any(self._a1[x] == c or x == c for x in a2s)} or a1s
        if a2s and not a1s:
            a1s = {self._a1[c] for c in a2s if self._a1[c] >= 0}
        stripped, level = strip_type(name)
        words = fold(name).split()
        town_word = len(words) > 1 and words[-1] in ("city", "town", "village", "township")
        # The districts named, where the note names one: a place filed under another district is a namesake.
        # Only districts inside the province named: a misspelt district matched abroad says nothing.
        districts = {c for c in a2s if self._fcode[c] == "ADM2" and (not a1s or self._a1[c] in a1s)} if admin2 else set()
        best, best_score, m = None, -1e9, None
        # The full name first ("Kansas City"), then without its type word ("Mashegu town" -> "Mashegu").
        for key in dict.fromkeys((fold(name), stripped)):
            m = Mention(0, len(name), key, [], True, level=level if level in ("ADM1", "ADM2") else None)
            cands, m.exact = self.g.match_main(key)
            region_ccs = {cc} if cc else {self._cc[r] for r in a1s | a2s}
            if region_ccs:
                extra, same_key = self.g.village_match(key, region_ccs)
                # WOF's spellings of main towns point at those towns, some wrongly ("Karlivka" at Horlivka): where
                # a place inside the named regions bears the name itself, a town it points at under a name spelled
                # unlike its own is out.
                regions = a1s | a2s
                if any(fold(self.g._name[c]) == key and (not regions or {c, self._a1[c], self._a2[c]} & regions)
                       for c in list(cands) + extra):
                    extra = [c for c in extra if self.g.is_village(c) or gz.spelled_alike(key, fold(self.g._name[c]))]
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
                if not (in1 or in2) and self._a2[c] < 0 and self._a1[c] >= 0 and f.startswith("PPL") and any(
                        self._fcode[r] == "ADM2" and self._a1[r] == self._a1[c] for r in a1s | a2s):
                    # "Djohong (Mbéré)": a town the gazetteer files under no district, in the province of the
                    # district named, is the one meant
                    in1 = True
                if (a1s or a2s) and not (in1 or in2):
                    continue    # a namesake outside the named regions
                if districts and not in2 and self._a2[c] >= 0 and self._a2[c] not in districts \
                        and not self.c.strong(c) and not any(
                        dist_km(self._lat[c], self._lon[c], self._lat[d], self._lon[d]) <= DISTRICT_KM for d in districts):
                    # "Al Jabaliyah (At Tuhayat, Al Hudaydah)": not the namesake filed under another district, far
                    # from the one named (one filed next door, near it, may be WOF's border choice; a city is
                    # itself, whatever district a reform has moved it to)
                    continue
                score = self.c.prior(m, c) + (4.0 if in2 else 0.0) + (3.0 if in1 else 0.0)
                if f in ("ADM1", "ADM2") and not m.level:
                    score -= 4.0    # the subject of a note is a town unless it says "district" / "province"
                if score > best_score:
                    best, best_score = c, score
            if best is not None:
                break
        if best is not None:
            return to_toponym(self.g, name, m, best)
        region = max(a2s, key=lambda c: self._pop[c]) if a2s else max(a1s, key=lambda c: self._pop[c]) if a1s else None
        if region is None:
            return None
        precision = 2 if self._fcode[region] == "ADM2" else 3
        return to_toponym(self.g, name, m, region, in_gazetteer=False, precision=precision)

    def near(self, name: str, lat: float, lon: float, km: float, cc: str | None) -> Toponym | None:
        """The place called ``name`` (its type word aside) within ``km`` of a point, in country ``cc``: the
        nearest of those spelled closest ("Myo Haung village" by Palaw)."""
        stripped, _ = strip_type(name)
        for key in dict.fromkeys((fold(name), stripped)):
            cands, exact = self.g.match_main(key)
            if cc:
                extra, same_key = self.g.village_match(key, frozenset((cc,)))
                if extra and (same_key or not cands):
                    cands = list(cands) + [c for c in extra if c not in set(cands)]
            inside = [c for c in cands[:2000] if (not cc or self._cc[c] == cc)
                      and self._fcode[c] not in gz.COUNTRY_CODES and self._fcode[c] != "CONT"
                      and dist_km(lat, lon, self._lat[c], self._lon[c]) <= km]
            if inside:
                m = Mention(0, len(name), key, inside, exact)
                best = max(inside, key=lambda c: (round(self.c._spelling(key, c), 1),
                                                  -dist_km(lat, lon, self._lat[c], self._lon[c])))
                return to_toponym(self.g, name, m, best)
        return None

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


