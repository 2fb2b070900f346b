"""Checks after scoring: each mention's reading is tested against what the words around its name say.

"Tripoli, Lebanon" puts Tripoli in Lebanon; "Stade de France" is no town in Germany; a village stands only where
the text supports its region; "Saida town in Ar Raqqa countryside" is no Saida abroad; a small town in a
country nothing else names is a namesake. Each rule may move a reading, or drop it (``best = None``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import Candidates, Columns, dist_km
from sitrep.geo.mention import Mention
from sitrep.geo.surroundings import Surroundings
from sitrep.geo.words import ACTOR_ADJECTIVE_AFTER, CONSONANTS, TOWN_AFTER

# How far "the countryside of" a town reaches: beyond it a village of that name is a namesake.
TOWN_COUNTRYSIDE_KM = 40.0
# How far from the town it is told from a place given by its bearing may lie ("30 km east of Sittwe").
BEARING_KM = 150.0
BEARING_CLOSE_KM = 50.0   # "X, west of T", no distance told: X lies this close to T
# "Bounou (Kompienga, Kompienga)": a note's admin hint names the village's regions.
_ADMIN_HINT_AFTER = re.compile(r"\s*\([^()]*,")
# How near the centre of the region a text names a village spelled as written may lie when the gazetteer files it
# under another region, where no village is filed under the named one (carved out since the rows were made).
REDRAWN_REGION_KM = 100.0
# How near a district's point a village spelled as written, introduced as a place ("near Lorengedwat in
# Nakapiripirit district"), may lie when the gazetteer files it under a neighbouring district of the same region:
# districts are split and renamed faster than the gazetteer's rows follow.
NEIGHBOUR_DISTRICT_KM = 60.0
# How near another place of the text a village spelled as written must lie to replace a looser reading.
SPELLED_NEAR_KM = 60.0
# How near a district's point one of several namesakes, filed under another district, may lie and still be read
# as the place the text tells in that district.
NAMESAKE_DISTRICT_KM = 25.0
# How far from the town that holds it a quarter ("the X neighbourhood") may lie.
QUARTER_KM = 15.0
# A town this small in a country that nothing else in the article mentions is a namesake, not the place.
FOREIGN_POP = 20_000


@dataclass
class _Support:
    """What the village gate weighs a village against: the places the text names outside the village table."""
    placed: list[Mention]
    regions: set[int]        # their entries and regions, and the regions admin hints name
    region_ccs: set[str]     # the countries of those regions


# How far from a district's centroid its town of the same name may lie, filed under a neighbouring district.
TOWN_OF_DISTRICT_KM = 30.0
# How far from it where the district's point is coarse and the town's district unknown.
TOWN_OF_COARSE_DISTRICT_KM = 150.0
# "Matta police station in Swat", "Dhirkot in Bagh": the words between a place and the district it lies in
_CONTAINER_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+in\s+(?:the\s+)?", re.I)


def _bare(key: str) -> str:
    """A key without its spaces, hyphens, apostrophes and accents: "Lu-uk" is spelled as "Luuk", "Shashemenē" as
    "Shashemene"."""
    key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return re.sub(r"[\s'’`-]", "", key.lower())


class Checks(Columns):
    def __init__(self, candidates: Candidates):
        super().__init__(candidates.g)
        self.c = candidates
        self.around = Surroundings(candidates.g)

    def apply(self, text: str, mentions: list[Mention], weights: dict[str, float], country_hint: str | None,
              hint_ccs: dict[str, float], hint_regions: set[int]) -> None:
        """All the checks, in order; ``weights`` (the country votes) follow the readings they move."""
        self._comma_country(text, mentions)
        self._of_another_country(text, mentions)
        total = sum(weights.values()) or 1.0   # before the moves below, as the veto of namesakes abroad reads it
        self._village_gate(text, mentions, weights, country_hint, hint_regions)
        self._outside_named_region(text, mentions, weights)
        self._namesakes_abroad(text, mentions, weights, total, hint_ccs)
        self._town_of_a_region(text, mentions)
        self._town_in_named_region(text, mentions)
        self._country_that_is_a_town_here(mentions)
        self._town_in_framing_region(text, mentions)
        self._bearing_from_a_town(text, mentions)
        self._region_after_its_town(text, mentions)
        self._quarter_of_a_town(text, mentions)
        self._part_of_a_town(text, mentions)
        self._village_of_a_towns_unit(text, mentions)
        self._city_spelled_otherwise(mentions)
        self._spelled_as_written(text, mentions)
        self._one_sense_per_text(text, mentions)

    # "Zin Ba village in Launglon Township", "Kuje village of Kuje LGA": a village told by the unit its town heads.
    _VILLAGE_IN = re.compile(r"\s+(?:village|hamlet|settlement|locality|bazaa?r|market)\s+(?:in|of)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'-]+(?:['’]s)?\s+)?", re.I)
    _POSSESSOR = re.compile(r"[\w'-]+['’]s\s+")
    _TOWNS_UNIT_END = re.compile(r"\s(?:township|upazila|tehsil|lga|sub-?district)$", re.I)
    _TOWNS_UNIT_AFTER = re.compile(r"\s+(?:township|district|county|local government area|lga|sub-?district|tehsil|"
                                   r"upazila|municipality|commune|sub-?county)\b", re.I)

    def _village_of_a_towns_unit(self, text: str, mentions: list[Mention]) -> None:
        """A village read farther than TOWN_COUNTRYSIDE_KM from the town whose township it is told in is a namesake:
        its reading there, else none (the township's town then places the event)."""
        for k, m in enumerate(mentions[:-1]):
            n = mentions[k + 1]
            if k + 2 < len(mentions) and self._POSSESSOR.fullmatch(text, n.start, mentions[k + 2].start) \
                    and self._VILLAGE_IN.fullmatch(text, m.end, n.start):
                n = mentions[k + 2]  # "Katabari bazar in Gaibandha's Gobindaganj upazila": the unit after the district
            b, t = m.best, n.best
            if b is None or t is None or m.demonym is not None or not self._fcode[t].startswith("PPL") \
                    or not self._VILLAGE_IN.fullmatch(text, m.end, n.start) or not (
                        self._TOWNS_UNIT_AFTER.match(text, n.end) or self._TOWNS_UNIT_END.search(text, n.start, n.end)):
                continue
            near = [c for c in m.cands if self._fcode[c].startswith("PPL")
                    and dist_km(self._lat[c], self._lon[c], self._lat[t], self._lon[t]) <= TOWN_COUNTRYSIDE_KM]
            if b not in near:
                m.best = self.c.likeliest(m, near) if near else None

    # ", about 20 km north-east of Buulobarde": a place told by its distance from another
    _TOLD_BY_DISTANCE = re.compile(r",?\s+(?:about |some |around |roughly |nearly )?\d+\s*(?:km|kilomet(?:re|er)s?|miles)\b")

    def _placed(self, text: str, m: Mention, mentions: list[Mention]) -> bool:
        """Whether the text places the mention itself: a region after it, "Town, Region", or a distance from a town."""
        return m.comma_region is not None or self._TOLD_BY_DISTANCE.match(text, m.end) is not None \
            or self.around.named_region(text, m, mentions) is not None

    def _spelled_as_written(self, text: str, mentions: list[Mention]) -> None:
        """A village read through a looser spelling (Membe, in Cabo Delgado, for "Muembe") gives way to one spelled as
        written in a province the text names (Muembe, in Niassa): the writer's spelling and region both agree. (Not a
        town of the main gazetteer: "Mirpur" is the district's town, not a namesake hamlet spelled so.)"""
        regions = {m.best if self._fcode[m.best] == "ADM1" else self._a1[m.best] for m in mentions
                   if m.best is not None and m.demonym is None and self._fcode[m.best] not in gz.COUNTRY_CODES}
        named = {m.best for m in mentions if m.best is not None and m.demonym is None and self._fcode[m.best] == "ADM1"}
        moved: dict[tuple[str, int], int] = {}
        for m in mentions:
            b = m.best
            # (a town of the main table too, read through another spelling outside the provinces the text names, for
            # a place spelled as written in one it names: "Sinder", in the Tillaberi region, is not Zinder)
            town = b is not None and not self.g.is_village(b) and self._a1[b] not in named
            if b is None or m.demonym is not None or m.hint is not None or m.level \
                    or not self._fcode[b].startswith("PPL") or not (self.g.is_village(b) or town) \
                    or _bare(gz.fold(self.g._name[b])) == _bare(m.key) \
                    or not (m.cued or self._PLACE_BEFORE.search(text[max(0, m.start - 14):m.start])):
                continue   # (introduced as a place: not "the Kibira forest area")
            exact = [c for c in m.cands if c != b and self._fcode[c].startswith("PPL") and self._cc[c] == self._cc[b]
                     and _bare(gz.fold(self.g._name[c])) == _bare(m.key) and self._a1[c] in (named if town else regions)
                     and any(o.key != m.key and o.best is not None and o.demonym is None
                             and self._fcode[o.best] not in gz.COUNTRY_CODES and self._fcode[o.best] != "ADM1"
                             and self._near(c, o.best, SPELLED_NEAR_KM) for o in mentions)]
            if exact:
                moved[(m.key, b)] = self.c.likeliest(m, exact)
        for m in mentions:   # one sense per text: "with Myinmu police station hit" too, not Myinmye
            if (m.key, m.best) in moved and m.demonym is None and m.hint is None and not m.level:
                m.best = moved[(m.key, m.best)]

    def _one_sense_per_text(self, text: str, mentions: list[Mention]) -> None:
        """A place named again is the place named first where the text placed it: "Al-Shabaab overran Aborey, about
        20 km north-east of Buulobarde in Hiiraan", then a log's "24 Apr – Aborey: ... took control of the village", is
        not another Aborey the log's neighbouring lines pull south. (Not where the later mention is placed itself:
        "Aborey, in Sablaale district"; nor after a bare first mention, which may be the one read wrong.)"""
        first: dict[str, Mention] = {}
        for m in mentions:
            if m.best is None or m.demonym is not None or m.hint is not None or m.level:
                continue
            f = first.setdefault(m.key, m)
            if f is m or f.best == m.best or not self._placed(text, f, mentions) or not self._fcode[m.best].startswith("PPL") \
                    or not self._fcode[f.best].startswith("PPL") or self._cc[f.best] != self._cc[m.best] \
                    or m.comma_region is not None or self.around.named_region(text, m, mentions) is not None:
                continue
            if f.best in m.cands:
                m.best = f.best

    def _city_spelled_otherwise(self, mentions: list[Mention]) -> None:
        """"A glide bomb attack on Zaporizhzhia": a hamlet of 656 people spelled exactly so is no match for the city
        of 710,000 that GeoNames spells "Zaporizhzhya", in the same province: news names the city."""
        for m in mentions:
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None or m.level \
                    or not self._fcode[b].startswith("PPL") or self._pop[b] >= 5_000:
                continue
            cities = [c for c in m.cands if c != b and self._fcode[c].startswith("PPL") and self._cc[c] == self._cc[b]
                      and self._a1[c] == self._a1[b] and self._pop[c] >= max(100_000, 100 * self._pop[b])]
            if cities:
                m.best = max(cities, key=lambda c: self._pop[c])

    # "the Élevage neighbourhood", "Al Woroud neighborhood of Qodsayya": a quarter, by the type word after its name
    # (not "a Houston suburb": the town a suburb lies by).
    _QUARTER_AFTER = re.compile(r"\s+(?-i:neighbou?rhood|quarter)(?:\s+of\b)?")
    _THE_BEFORE = re.compile(r"\bthe\s+$", re.I)

    def _quarter_of_a_town(self, text: str, mentions: list[Mention]) -> None:
        """A quarter lies in a town the text names: a reading farther than QUARTER_KM from all of them is a
        namesake (Yalego, 60 km from Bambari, for "the Élevage neighbourhood" of a story set in Bambari)."""
        def typed(m: Mention) -> bool:
            q = self._QUARTER_AFTER.match(text, m.end)
            return q is not None and (q.group(0).endswith("of") or self._THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                                      is not None)

        # One sense per text: a name typed as a quarter once ("the Munhava neighbourhood") is that quarter where
        # it stands alone too ("a police post burning in Munhava").
        quarters = {m.key for m in mentions if m.best is not None and typed(m)}
        for m in mentions:
            b = m.best
            if b is None or m.key not in quarters or m.demonym is not None or m.hint is not None \
                    or not self._fcode[b].startswith("PPL"):
                continue
            towns = [o.best for o in mentions if o is not m and o.best is not None and o.key != m.key
                     and self._fcode[o.best].startswith("PPL")]
            if towns and not any(self._near(b, t, QUARTER_KM) for t in towns):
                m.best = None

    # "the Complexo do Salgueiro in São Gonçalo", "Kawangware estate in Nairobi": a name told inside a town.
    _UNIT_AFTER = re.compile(r"\s+(?:territory|province|region|state|governorate|department|prefecture|oblast|"
                             r"raion|zone|woreda|division|circle|cercle)\b", re.I)
    _PART_IN_TOWN = re.compile(r"\s+(?:(?:complex|favela|neighbou?rhood|quarter|estate|slum|settlement|camp|area)\s+)?"
                               r"in\s+(?:the\s+)?(?:(?:city|town|municipality) of\s+)?", re.I)

    def _part_of_a_town(self, text: str, mentions: list[Mention]) -> None:
        """A town read in another province than the town it is told in ("the Complexo do Salgueiro in São Gonçalo",
        read as Salgueiro in Pernambuco) is a namesake: its reading near that town, else none (the town then places
        the event); one sense per text, so "the bodies taken from the Salgueiro" follows. (Within one province the
        other checks judge: a town may be told "in" a bigger one nearby.)"""
        moved: dict[tuple[str, int], int | None] = {}
        for k, m in enumerate(mentions[:-1]):
            n = mentions[k + 1]
            b, t = m.best, n.best
            if b is None or t is None or m.demonym is not None or m.hint is not None or m.level \
                    or not self._fcode[b].startswith("PPL") or not self._fcode[t].startswith("PPL") \
                    or self._cc[b] != self._cc[t] or self._a1[b] == self._a1[t] or self._near(b, t, TOWN_COUNTRYSIDE_KM) \
                    or not self._PART_IN_TOWN.fullmatch(text, m.end, n.start) or n.level \
                    or self._TOWNS_UNIT_AFTER.match(text, n.end) or self._UNIT_AFTER.match(text, n.end):
                continue   # (not "Fatundu in Bagata territory": a unit, which the other checks read)
            near = [c for c in m.cands if self._fcode[c].startswith("PPL") and self._near(c, t, TOWN_COUNTRYSIDE_KM)]
            moved[(m.key, b)] = self.c.likeliest(m, near) if near else None
        for m in mentions:
            if (m.key, m.best) in moved:
                m.best = moved[(m.key, m.best)]

    def _town_in_named_region(self, text: str, mentions: list[Mention]) -> None:
        """"Pazar city, Rize": a town read outside the province that follows it, in the same country (Pazar in
        Tokat, the bigger), is its namesake inside that province where one exists."""
        for m in mentions:
            b = m.best
            # ("Sherpur upazila of Bogura district": a sub-district read as the district of another province)
            if b is None or m.demonym is not None or m.hint is not None \
                    or not (self._fcode[b].startswith("PPL") and not m.level or m.level and self._fcode[b] == "ADM2"):
                continue
            region = self.around.named_region(text, m, mentions)
            if region is None or region == b or self._cc[region] != self._cc[b] \
                    or region in (self._a1[b], self._a2[b]) or (m.level and self._fcode[region] != "ADM2"):
                continue
            inside = [c for c in m.cands if self._fcode[c].startswith("PPL") and region in (self._a1[c], self._a2[c])]
            if inside:
                m.best = self.c.likeliest(m, inside)
            elif self._fcode[region] == "ADM2" and not m.level and self._fcode[b].startswith("PPL") \
                    and self.around.named_region(text, m, mentions, comma=False) == region \
                    and sum(self._fcode[c].startswith("PPL") for c in m.cands) > 1 \
                    and not self._near(b, region, NAMESAKE_DISTRICT_KM) \
                    and not (self._a2[b] < 0 and self._a1[b] >= 0 and self._a1[b] == self._a1[region]):
                # (a town the gazetteer files under no district, in the district's province, is not disowned by the
                # district's coarse point: "the Fiche area of North Shewa zone" is Fichē, North Shewa's seat)
                # "near the village of Yenidoğan in Silvan district": one of the many Yenidoğans, read in the next
                # district for want of one in Silvan, is not the place; the district is (a name with no namesake
                # stands: "near Lorengedwat in Nakapiripirit district")
                m.best = None

    def _country_that_is_a_town_here(self, mentions: list[Mention]) -> None:
        """"the police station of Puerto Rico", in a Meta governor's statement on Mesetas and Uribe: a country that
        nothing else of the text is in, named as a town of the province the text is about, is that town."""
        placed = [m for m in mentions if m.best is not None and m.demonym is None
                  and self._fcode[m.best] not in gz.COUNTRY_CODES]
        for m in mentions:
            b = m.best
            if b is None or m.demonym is not None or self._fcode[b] not in gz.COUNTRY_CODES:
                continue
            if any(self._cc[o.best] == self._cc[b] for o in placed):
                continue   # the country's own places are named: it is the country
            # the province named as such, and two or more of the text's towns in it
            named = {o.best for o in placed if o.key != m.key and self._fcode[o.best] == "ADM1"}
            regions = {r for r in named if sum(self._a1[o.best] == r for o in placed) >= 2}
            towns = [c for c in m.cands if (self._fcode[c].startswith("PPL") or self._fcode[c] == "ADM2")
                     and self._a1[c] in regions and gz.fold(self.g._name[c]) == m.key]
            if len({self._a1[c] for c in towns}) == 1:
                m.best = self.c.likeliest(m, towns)

    _SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
    # "In Helmand, ...", "16:20 – In Helmand, ...", "Meanwhile, in Helmand province, ...": a sentence opening on its region
    _OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:\d{1,2}[:.]\d\d\s*[–—-]\s*)?(?:(?:meanwhile|elsewhere|also),?\s+)?in\s+"
                             r"(?:the\s+)?$", re.I)
    _REGION_COMMA = re.compile(r"(?:\s+(?:province|state|region|governorate|district))?,")

    def _opens_sentence(self, text: str, o: Mention) -> bool:
        return bool(self._OPENING_IN.search(text, max(0, o.start - 40), o.start)) and bool(self._REGION_COMMA.match(text, o.end))

    def _town_in_framing_region(self, text: str, mentions: list[Mention]) -> None:
        """"In the Grande Sido department, gendarmes arrested eleven men ... outside Maro": a town read outside
        the region its sentence named by type before it (a Maro of another province, with a population) is
        its namesake inside that region where one exists."""
        for k, m in enumerate(mentions):
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None or m.level \
                    or not self._fcode[b].startswith("PPL"):
                continue
            frame = next((o for o in reversed(mentions[:k]) if o.best is not None and o.demonym is None and (
                (o.level or self._opens_sentence(text, o)) and self._fcode[o.best] in ("ADM1", "ADM2")
                # ("12:30 – In Afghanistan, ... near Utmanzai": the country the sentence opens on)
                or self._fcode[o.best] in gz.COUNTRY_CODES and self._opens_sentence(text, o))
                          and not self._SENTENCE_END.search(text, o.end, m.start)), None)
            region = frame.best if frame is not None else None
            # (only a namesake of another province: a town of the region's own province may just lack its district;
            # a town abroad only when the sentence opens on the region: "16:20 – In Helmand, gunmen shot dead a
            # police commander in Musa Qala", in a story about Pakistan, is Helmand's Musa Qala)
            if region is None or region in (self._a1[b], self._a2[b]) \
                    or (self._cc[region] != self._cc[b] and not self._opens_sentence(text, frame)) \
                    or self._a1[b] == (region if self._fcode[region] == "ADM1" else self._a1[region]):
                continue
            if self._fcode[region] in gz.COUNTRY_CODES:
                if self._cc[region] == self._cc[b]:
                    continue
                inside = [c for c in m.cands if self._fcode[c].startswith("PPL") and self._cc[c] == self._cc[region]]
            else:
                inside = [c for c in m.cands if self._fcode[c].startswith("PPL") and region in (self._a1[c], self._a2[c])]
            if inside:
                m.best = self.c.likeliest(m, inside)

    # "Pauktaw Township, east of Sittwe", "a village 30 km south of Gao": a place told by its bearing from a town.
    _DISTANCE_IN_GAP = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\b", re.I)
    _BEARING_GAP = re.compile(r"(?:\s+(?:township|district|town|village|city|area|county))?,?\s+(?:about\s+|some\s+|"
                              r"around\s+|nearly\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?(?:north|south|"
                              r"east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|capital)\s+"
                              r"(?:of\s+)?)?", re.I)

    def _bearing_from_a_town(self, text: str, mentions: list[Mention]) -> None:
        """A place told by its bearing from a town lies near it, in that town's country: a namesake farther than
        BEARING_KM away, or across a border ("Beit Jinn, southwest of Damascus" is not Israel's Beit Jann), is
        replaced by the reading near that town, where the gazetteer has one."""
        for m, o in zip(mentions, mentions[1:]):
            b, t = m.best, o.best
            if (b is None and not m.cands) or t is None or m.demonym is not None or m.hint is not None \
                    or o.demonym is not None or self._fcode[t] in gz.COUNTRY_CODES or self._fcode[t] in ("ADM1", "CONT") \
                    or not self._BEARING_GAP.fullmatch(text, m.end, o.start):
                continue
            if b is None:
                # a namesake abroad was dropped: the reading near the town, if any, is the place
                near = [c for c in m.cands if self._cc[c] == self._cc[t] and self._near(c, t, BEARING_KM)]
            elif self._near(b, t, BEARING_KM):
                near = [] if self._cc[b] == self._cc[t] else \
                    [c for c in m.cands if self._cc[c] == self._cc[t] and self._near(c, t, BEARING_KM)]
            else:
                near = [c for c in m.cands if self._near(c, t, BEARING_KM)]
            # (a bearing told without a distance is from close by: "Al-Qabu, west of Homs" is Al Qabw, 28 km off,
            # not Qabuh, 120 km off in Latakia, however nearly each is spelled)
            close = [c for c in near if self._near(c, t, BEARING_CLOSE_KM)]
            if close and not self._DISTANCE_IN_GAP.search(text, m.end, o.start):
                near = close
            if near:
                m.best = self.c.likeliest(m, near)
            # "Varzaneh, east of Isfahan": of two namesakes near the town, the one on the side the text names
            side = self._side(text[m.end:o.start])
            if side and m.best is not None and not self._lies(m.best, t, side):
                # (a namesake spelled as closely: not "Al Amran" for the "Omran" of "Wadi Omran, east of Mudiyah")
                spelt = self.c._spelling(m.key, m.best)
                along = [c for c in m.cands if self._cc[c] == self._cc[t] and self._near(c, t, BEARING_KM)
                         and self._lies(c, t, side) and self.c._spelling(m.key, c) >= spelt]
                if along:
                    m.best = self.c.likeliest(m, along)

    def _region_after_its_town(self, text: str, mentions: list[Mention]) -> None:
        """"in El Estor municipality, Izabal": the name after a town and a comma is the first-level region that
        holds the town, not a hamlet of that name (Izabal, Los Amates, no population) that happens to lie near."""
        for m, o in zip(mentions, mentions[1:]):
            b, t = m.best, o.best
            if b is None or t is None or o.demonym is not None or o.level or text[m.end:o.start] != ", " \
                    or not self._fcode[t].startswith("PPL") or self._pop[t] >= 1000:
                continue
            region = [c for c in o.cands if self._fcode[c] == "ADM1" and self._a1[b] == c
                      and self.g.is_primary_name(o.key, c)]
            if region:
                o.best = region[0]

    _SIDE = re.compile(r"\b(north|south)?-?(east|west)?(?:ern)?\s+of\b", re.I)

    def _side(self, gap: str) -> tuple[int, int] | None:
        """The direction a bearing names, as (north +1 / south -1, east +1 / west -1); None if none."""
        m = self._SIDE.search(gap)
        if m is None or not (m.group(1) or m.group(2)):
            return None
        ns = {"north": 1, "south": -1}.get((m.group(1) or "").lower(), 0)
        return ns, {"east": 1, "west": -1}.get((m.group(2) or "").lower(), 0)

    def _lies(self, c: int, t: int, side: tuple[int, int]) -> bool:
        """Whether c lies on the named side of t, within 67.5 degrees of the bearing (a compass point's sector
        and its neighbours' halves)."""
        dy = self._lat[c] - self._lat[t]
        dx = (self._lon[c] - self._lon[t]) * math.cos(math.radians(self._lat[t]))
        if dx == 0 and dy == 0:
            return True
        want = math.atan2(side[0], side[1])
        got = math.atan2(dy, dx)
        off = abs((got - want + math.pi) % (2 * math.pi) - math.pi)
        return off <= math.radians(67.5)

    # "a village about 25 km east of Balama": a bearing is taken from a town
    _BEARING_BEFORE = re.compile(r"\b(?:\d+|a few|several)\s*(?:km|kms|kilometres|kilometers|miles)(?:\s*\([^()]{0,20}\))?\s+"
                                 r"(?:\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.I)

    def _town_of_a_region(self, text: str, mentions: list[Mention]) -> None:
        """"Yenisehir town, Diyarbakir": a district read where the text says town or city, or takes a bearing from
        it ("25 km east of Balama"), is the town of that name inside the district's province (the district's
        centroid may lie 25 km from it)."""
        for m in mentions:
            b = m.best
            if b is None or m.level or m.demonym is not None or self._fcode[b] != "ADM2":
                continue
            if not (TOWN_AFTER.match(text, m.end) or self._BEARING_BEFORE.search(text, max(0, m.start - 60), m.start)):
                # A bare name ("In Chereponi, irate youth ...") is the district's town where the village table holds
                # one of that very spelling in the district's province: districts are named for their towns, and
                # ACLED codes the town.
                # (the village table may file the town under a neighbouring district, districts' points being rough
                # centroids, as Bafwasende's and Niangara's are; not a district told as where a place named before
                # it lies: "the Matta police station in Swat")
                container = any(o is not m and o.best is not None and 0 < m.start - o.end <= 40
                                and _CONTAINER_GAP.fullmatch(text, o.end, m.start) for o in mentions)
                seats = [c for c in m.cands if self._fcode[c].startswith("PPL") and self.g.is_village(c)
                         and self._cc[c] == self._cc[b] and self._a1[b] >= 0 and self._a1[c] == self._a1[b]
                         and (self._a2[c] in (-1, b) or not container)
                         and gz.fold(self.g.place(c).name) == m.key
                         and self._near(c, b, TOWN_OF_COARSE_DISTRICT_KM)]
                if len(seats) == 1:
                    m.best = seats[0]
                continue
            # Inside the district, or next to it: WOF's town may sit under a neighbouring district.
            towns = [c for c in m.cands if self._fcode[c].startswith("PPL")
                     and (self._a2[c] == b or (self._a1[b] >= 0 and self._a1[c] == self._a1[b]
                                               and self._near(c, b, TOWN_OF_DISTRICT_KM)))]
            if not towns:
                # (a district's point may be a rough centroid, 100 km from its town, and a village's district
                # unknown: "near Maúa town", in Maúa district)
                towns = [c for c in m.cands if self._fcode[c].startswith("PPL") and self._cc[c] == self._cc[b]
                         and self._a2[c] in (-1, b) and self._near(c, b, TOWN_OF_COARSE_DISTRICT_KM)]
            if towns:
                m.best = min(towns, key=lambda c: (self._a2[c] != b, -round(self.c._spelling(m.key, c), 1),
                                                   dist_km(self._lat[c], self._lon[c], self._lat[b], self._lon[b])))

    def _namesakes_abroad(self, text: str, mentions: list[Mention], weights: dict[str, float], total: float,
                          hint_ccs: dict[str, float]) -> None:
        # Small places in a country the rest of the article never mentions are unknown local names (or
        # not places at all), and a spelling-variant match counts only inside the article's countries.
        for m in mentions:
            if m.best is None or m.demonym is not None or m.hint is not None:
                continue
            cc = self._cc[m.best]
            others = (weights.get(cc, 0.0) - m.own) / total if cc else 1.0
            small = self._pop[m.best] < FOREIGN_POP and self._fcode[m.best] not in gz.COUNTRY_CODES
            elsewhere = total - weights.get(cc, 0.0)
            # A type word ("Salah district") shields a region of that level, not a village that shares the name.
            typed_region = bool(m.level) and self._fcode[m.best] in gz.ADMIN_CODES
            if (small and others < 0.1 and elsewhere >= 1.0 and not typed_region and not self._sole_place(text, m)
                and not self._country_named_near(m, mentions)) \
                    or (not m.exact and others < 0.1 and not (
                        TOWN_AFTER.match(text, m.end) and self._fcode[m.best].startswith("PPL")
                        and self._pop[m.best] >= FOREIGN_POP)):   # "Ar-Raqqa city": a town, however spelled
                m.best = None
            elif hint_ccs and cc not in hint_ccs and not self.c.very_strong(m.best) and self._in_hinted_line(text, m, mentions):
                m.best = None   # a namesake abroad in a note whose admin hints place it elsewhere
            elif others < 0.05 and elsewhere >= 1.0 and self._FEATURE_AFTER.match(text, m.end) \
                    and not self.c.very_strong(m.best):
                m.best = None   # "the Saranda forest" in a story from Jharkhand: the forest's name, not Albania's town
            elif others < 0.05 and elsewhere >= 1.0 and not typed_region and not self.c.strong(m.best) \
                    and self._fcode[m.best] not in gz.COUNTRY_CODES \
                    and self._far_from_all(m, mentions, own_name=not self._names_other_country(m, mentions)):
                m.best = None   # "Wadi" in an Iraqi story: a town of a country nothing else names, far away

    @staticmethod
    def _in_hinted_line(text: str, m: Mention, mentions: list[Mention]) -> bool:
        """Whether ``m`` stands in a line (an ACLED note, a log entry) whose own "(Admin2, Admin1)" hint places it:
        a log's "17 Jun – Gwalla (Jonglei, South Sudan):" says nothing of the Ethiopian towns of its other entries."""
        line = text.count("\n", 0, m.start)
        return any(o.hint is not None and text.count("\n", 0, o.start) == line for o in mentions)

    # A landscape noun after the name: the name is the feature's ("the Saranda forest", "the Mekong river")
    _FEATURE_AFTER = re.compile(r" (?i:forests?|rivers?|valley|hills|mountains|range|plateau|desert|reserve|wetlands?|"
                                r"swamps?|jungle|bush)\b")

    # How near a country's name must stand to vouch for a small town of it.
    _NEAR_CHARS = 400

    def _country_named_near(self, m: Mention, mentions: list[Mention]) -> bool:
        """Whether its country is named just around it ("DJIBOUTI" heading a roundup's section): a roundup's
        minority country is still that town's, however many others the article names. A nationality is no
        such voucher ("French troops" near the Chateau quarter of Gao), unless the people share the country's
        name ("Djibouti", "Myanmar")."""
        cc = self._cc[m.best]
        return any(o is not m and o.best is not None and self._cc[o.best] == cc
                   and self._fcode[o.best] in gz.COUNTRY_CODES
                   and (o.demonym is None or o.key == gz.fold(self.g._name[o.best]))
                   and (0 <= m.start - o.end <= self._NEAR_CHARS or 0 <= o.start - m.end <= self._NEAR_CHARS)
                   for o in mentions)

    _LIST_AFTER = re.compile(r",\s|\s(?:and|or)\s")
    # A country abbreviation before a common noun ("U.S. officials", "UK troops") is an adjective, no place.
    _ATTRIBUTIVE = re.compile(r"(?:[A-Z]\.){2,}\s[a-z]|[A-Z]{2,3}\s[a-z]")

    def _comma_country(self, text: str, mentions: list[Mention]) -> None:
        """ "Queensland, Australia" / "Tripoli, Lebanon": a place followed by its country lies in that country,
        whatever the rest of the article leans to; a list ("Paris, Germany and Italy") says nothing."""
        for a, b in zip(mentions, mentions[1:]):
            if (a.best is None or b.best is None or b.demonym is not None or a.demonym is not None
                    or text[a.end:b.start] != ", " or self._fcode[b.best] not in gz.COUNTRY_CODES):
                continue
            cc = self._cc[b.best]
            if self._ATTRIBUTIVE.match(text, b.start, b.end + 2):
                continue   # "entanglements in Russia, U.S. officials said": the country qualifies the noun after it
            if self._cc[a.best] == cc or self._LIST_AFTER.match(text[b.end:b.end + 5]) \
                    or text[max(0, a.start - 2):a.start] == ", ":
                continue
            inside = [c for c in a.cands if self._cc[c] == cc and self._fcode[c] not in gz.COUNTRY_CODES
                      and self.g.is_primary_name(a.key, c)]
            if inside:
                a.best = max(inside, key=lambda c: a.scores.get(c, 0.0) + a.bonus.get(c, 0.0))

    _OF = re.compile(r"\s+(?:de|du|del|della|of)\s+$")

    def _of_another_country(self, text: str, mentions: list[Mention]) -> None:
        """ "Stade de France", "Banque du Liban": a name bound to another country by "de"/"of" names a venue
        or an institution of that country, not the namesake town abroad (Stade in Germany)."""
        for a, b in zip(mentions, mentions[1:]):
            if (a.best is not None and b.best is not None and b.demonym is None
                    and self._fcode[b.best] in gz.COUNTRY_CODES and self._fcode[a.best] not in gz.COUNTRY_CODES
                    and self._cc[a.best] != self._cc[b.best] and self._OF.match(text[a.end:b.start])):
                a.best = None

    # Words before a name that say a place follows ("in X", "the village of X", "near X").
    _PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|into|(?:village|town|area|locality|outskirts|residents|"
                               r"inhabitants|villagers) of)\s+$",
                               re.I)

    # "Oqayba town", "Saida village", "Rukban camp": the type word after the name introduces it as a place.
    # ACLED's Syrian notes also place fighting on a named "front", "axis" or "badia" (desert) of a village.
    _PLACE_AFTER = re.compile(r"\s+(?:village|town|hamlet|area|camp|axis|front(?:line)?|badia|neighbou?rhood|settlement|"
                              r"sub-?district)s?\b",
                              re.I)

    def _village_gate(self, text: str, mentions: list[Mention], weights: dict[str, float],
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
        support = _Support(placed, regions, {self._cc[r] for r in regions if self._fcode[r] not in gz.COUNTRY_CODES})
        for m in mentions:
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None or not (g.is_village(b) or m.from_villages):
                continue
            b = self._village_in_region(text, m, mentions)
            self._move_weight(weights, m, self._cc[m.best], self._cc[b])
            m.best = b
            if self._village_stands(text, m, mentions, support, (weights.get(self._cc[b], 0.0) - m.own) / total,
                                    country_hint):
                continue
            # "a grazing area near Turbi", in a statement on Moyale and Marsabit: of several villages of the name,
            # the one near the text's places, when the likeliest stands nowhere near them.
            # (only a village spelled as the text spells it, introduced as a place: "near Turbi")
            cued = m.cued or bool(self._PLACE_BEFORE.search(text[max(0, m.start - 14):m.start])) \
                or bool(self._PLACE_AFTER.match(text, m.end))
            open_to_others = cued and not m.loose and self.around.named_region(text, m, mentions) is None \
                and not _ADMIN_HINT_AFTER.match(text, m.end) and not ACTOR_ADJECTIVE_AFTER.match(text, m.end)
            near = [c for c in m.cands if c != b and (g.is_village(c) or m.from_villages)
                    and gz.fold(g._name[c]) == m.key and self._supported(c, m, support)] if open_to_others else []
            if near:
                c = self.c.likeliest(m, near)
                self._move_weight(weights, m, self._cc[b], self._cc[c])
                m.best = c
                if self._village_stands(text, m, mentions, support,
                                        (weights.get(self._cc[c], 0.0) - m.own) / total, country_hint):
                    continue
                self._move_weight(weights, m, self._cc[c], self._cc[b])   # as before: no alternative stands
                m.best = b
            rest = [] if m.from_villages else [c for c in m.cands if not g.is_village(c)]
            m.best = max(rest, key=lambda c: m.scores.get(c, 0.0) + m.bonus.get(c, 0.0)) if rest else None

    def _supported(self, c: int, m: Mention, support: _Support) -> bool:
        """Whether the reading lies in a region another name of the text names, or within 100 km of its place."""
        return any(o.key != m.key and self._cc[o.best] == self._cc[c] and self._fcode[o.best] not in gz.COUNTRY_CODES
                   and (o.best in (self._a1[c], self._a2[c]) or self._a1[c] >= 0 and self._a1[c] == self._a1[o.best]
                        or dist_km(self._lat[c], self._lon[c], self._lat[o.best], self._lon[o.best]) < 100)
                   for o in support.placed)

    def _village_stands(self, text: str, m: Mention, mentions: list[Mention], support: _Support, others: float,
                        country_hint: str | None) -> bool:
        """Whether the village ``m.best`` is supported; ``others``: the other names' share of its country."""
        b = m.best
        cc = self._cc[b]
        # (a village spelled as the text spells it is an exact reading, whatever main town the name first matched
        # loosely: "near Al Biere", not a transliteration of Bere)
        exact = m.exact or gz.fold(self.g._name[b]) == m.key or (
            # ("the village of al-Qihaf": the article the text writes in lower case is the gazetteer's "Al Qihaf")
            text[max(0, m.start - 3):m.start].lower() in ("al-", "el-") and gz.fold(self.g._name[b]) in (
                "al " + m.key, "el " + m.key))
        start, end = self._glossed_span(text, m, mentions)
        cue = m.cued or bool(m.level) or bool(self._PLACE_BEFORE.search(text[max(0, start - 14):start])) \
            or bool(self._PLACE_AFTER.match(text, end))
        in_region = (self._a1[b] >= 0 and self._a1[b] in support.regions) or (
            self._a2[b] >= 0 and self._a2[b] in support.regions)
        near = any(o.key != m.key and self._cc[o.best] == cc and self._fcode[o.best] not in gz.COUNTRY_CODES
                   and dist_km(self._lat[b], self._lon[b], self._lat[o.best], self._lon[o.best]) < 100
                   for o in support.placed)
        country = cc == (country_hint or "").upper() or others >= 0.5
        if m.loose:
            ok = (in_region or near) and cue    # a skeleton match needs its region named nearby
        else:
            # The country and a cue suffice only where the text places nothing else inside that country:
            # "Ah Baw village, Ye township (Mon State)" is not a namesake in Rakhine.
            ok = (in_region or near) and (cue or others >= 0.3) or (country and cue and cc not in support.region_ccs)
        if not ok:
            return False
        typed = m.cued or m.level or self._PLACE_AFTER.match(text, m.end)
        if not exact and not typed and any(self._far_from_its_sentence(text, o, support, b) for o in mentions
                                             if o.key == m.key and o.demonym is None):
            # "at Kondele", in a sentence on the Kisumu–Kakamega road: not Kandolo, 300 km off in Makueni, whose
            # name only a transliteration's vowels join to it (a village spelled as written may lie anywhere, and so
            # may one its type word introduces: "in Sosyan village in Aleppo governorate", beside "Ahrar al Sham")
            return False
        region = self.around.named_region(text, m, mentions, comma=False)
        if not exact and region is None and not (m.cued or m.level or self._PLACE_AFTER.match(text, m.end)) \
                and len(CONSONANTS.sub("", gz.translit_key(m.key))) <= 2:
            # A two-consonant key ("Issue" ~ `Isa, "Anti" ~ Anta) matches dozens of villages in any country: a
            # village spelled otherwise needs its type word or the region that follows, not just "in".
            return False
        if region is None:
            region = self.around.region_after(text, m, mentions)
        if region is not None and region not in (self._a1[b], self._a2[b]) and not (
                exact and self._fcode[region] == "ADM2" and self._a1[region] >= 0
                and self._a1[region] == self._a1[b] and (m.cued or (
                    self._PLACE_BEFORE.search(text[max(0, start - 14):start])
                    and self._near(b, region, NEIGHBOUR_DISTRICT_KM)))) and not (
                exact and self._cc[region] == self._cc[b] and self._near(b, region, REDRAWN_REGION_KM)
                and self.g.villages is not None and region not in self.g.villages.filed_regions):
            # "the villages of A, B and C in the Dibis district": a namesake elsewhere is not A (but "the village
            # of Fatundu in Bagata territory", spelled so, in the territory's province: districts are redrawn
            # more often than the gazetteer follows, as in DR Congo since 2015; and "Kpassa, in the Nkwanta North
            # district of the Oti Region", spelled so, near that region's centre: Oti was carved out of Volta in
            # 2019, where the gazetteer still files the village; and "near Lorengedwat in Nakapiripirit district", a
            # village the gazetteer files under the neighbouring district of the same region)
            return False
        town = self.around.named_town(text, m, mentions)
        if town is not None and not self._near(b, town, TOWN_COUNTRYSIDE_KM) and not (
                region is not None and region in (self._a1[b], self._a2[b])):
            # (but "Jabra village in Bara locality": the unit named holds the village, wherever its town lies)
            return False   # "Salibi village in the countryside of Tell Abiad": not a Salibi 80 km away
        return True

    def _far_from_its_sentence(self, text: str, m: Mention, support: _Support, b: int) -> bool:
        """Whether the towns the sentence of ``m`` names in the country of village ``b``, two or more lying
        together (within 100 km), all lie far (> 150 km) from it (any mention of the name decides for all: one
        sense a text)."""
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
        hi = min([k for k in (text.find(". ", m.end), text.find("\n", m.end)) if k >= 0] or [len(text)])
        towns = [o for o in support.placed if lo < o.start < hi and o.key != m.key and self._cc[o.best] == self._cc[b]
                 and self._fcode[o.best].startswith("PPL")]
        # (a sentence about one area: its towns lie together, not "from Daqahliya and ... from Beni Suef")
        if len({o.best for o in towns}) < 2:
            return False
        together = all(dist_km(self._lat[o.best], self._lon[o.best], self._lat[p.best], self._lon[p.best]) <= 100
                       for o in towns for p in towns)
        return together and all(dist_km(self._lat[b], self._lon[b], self._lat[o.best], self._lon[o.best]) > 150
                                for o in towns)

    @staticmethod
    def _glossed_span(text: str, m: Mention, mentions: list[Mention]) -> tuple[int, int]:
        """The span whose surroundings introduce ``m``: for an alias in parentheses ("in Saca (Shaca) area"),
        from the name it glosses to the closing parenthesis; else the mention itself."""
        if text[m.end:m.end + 1] != ")":
            return m.start, m.end
        prev = next((o for o in reversed(mentions) if o.end <= m.start), None)
        if prev is None or not re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]):
            return m.start, m.end
        return prev.start, m.end + 1

    def _near(self, c: int, t: int, km: float) -> bool:
        return dist_km(self._lat[c], self._lon[c], self._lat[t], self._lon[t]) <= km


    def _village_in_region(self, text: str, m: Mention, mentions: list[Mention]) -> int:
        """Among villages sharing a transliteration key ("Oqayba": `Aqibah, Al `Uqaybah, Al `Aqabah), the one
        inside the region that follows ("in Aleppo countryside"), or by the town that follows ("in the
        countryside of Al Bab"): nearest in spelling, then best-scored. The current choice when none is inside."""
        b = m.best
        town = self.around.named_town(text, m, mentions)
        if town is not None:
            # Several readings in the town's countryside: the one spelled nearest ("Olan": `Awlan, not `Uwaylin).
            inside = [c for c in m.cands if (c == b or self.g.is_village(c) or m.from_villages)
                      and self._near(c, town, TOWN_COUNTRYSIDE_KM)]
            return self.c.likeliest(m, inside) if inside else b
        region = self.around.named_region(text, m, mentions)
        if region is None:
            return b
        if region in (self._a1[b], self._a2[b]):
            # Several readings inside the region: the one spelled nearest ("Sosyan": Susiyan before Susan).
            inside = [c for c in m.cands if (c == b or self.g.is_village(c) or m.from_villages)
                      and region in (c, self._a1[c], self._a2[c])]
            return self.c.likeliest(m, inside) if len(inside) > 1 else b
        inside = [c for c in m.cands if c != b and (self.g.is_village(c) or m.from_villages)
                  and region in (c, self._a1[c], self._a2[c])]
        return self.c.likeliest(m, inside) if inside else b

    @staticmethod
    def _move_weight(weights: dict[str, float], m: Mention, old_cc: str, new_cc: str) -> None:
        """A mention re-resolved to another country takes its share of the country weights with it."""
        if old_cc != new_cc:
            weights[old_cc] = weights.get(old_cc, 0.0) - m.own
            weights[new_cc] = weights.get(new_cc, 0.0) + m.own

    def _outside_named_region(self, text: str, mentions: list[Mention], weights: dict[str, float]) -> None:
        """"Saida town in Ar Raqqa countryside": a namesake in another country (Saida, Algeria) is wrong by
        construction. A candidate inside the named region replaces it, else the name stays unresolved (the
        region that follows still places the event); either way its weight goes to the region's country."""
        for m in reversed(mentions):   # the regions a chain ends on settle first
            b = m.best
            if b is None or m.demonym is not None or m.hint is not None:
                continue
            region = self.around.named_region(text, m, mentions, comma_in=True)
            if region is None or self._cc[region] == self._cc[b]:
                continue
            # Type words around ("Saida town in Ar Raqqa countryside") settle it. Without them a famous place,
            # or a text that speaks more of the name's country, makes the region the namesake; after a district
            # ("Ituri district, Orientale province", Orientale read in Morocco) only a region read exactly counts.
            o = self.around.following_place(text, m, mentions)
            typed = o is not None and bool(self._TYPED_GAP.search(text, m.end, o.start) or self._AREA_AFTER.match(text, o.end))
            outvoted = weights.get(self._cc[region], 0.0) < weights.get(self._cc[b], 0.0) - m.own
            if o is not None and o.level:
                settled = o.exact and not outvoted
            else:
                settled = not (self.c.very_strong(b) or outvoted)
            if not (typed or settled):
                continue
            # Inside the region, or by the place that names it: WOF files some border villages under the
            # neighbouring province (Al Karamah, 25 km from Ar Raqqah, under Deir ez-Zor).
            inside = [c for c in m.cands if c != region and (
                region in (self._a1[c], self._a2[c]) or (
                    o is not None and o.best is not None and self._cc[c] == self._cc[region]
                    and self._near(c, o.best, TOWN_COUNTRYSIDE_KM)))]
            self._move_weight(weights, m, self._cc[b], self._cc[region])
            m.best = self.c.likeliest(m, inside) if inside else None

    # "Saida town in Ar Raqqa countryside": the words around say one place lies in the other.
    _TYPED_GAP = re.compile(r"\b(?:village|town|city|hamlet|area|camp|front(?:line)?|badia|countryside|outskirts|suburbs|"
                            r"rural)\b", re.I)
    _AREA_AFTER = re.compile(r"\s+(?:countryside|governorate|province|district)\b", re.I)

    def _far_from_all(self, m: Mention, mentions: list[Mention], km: float = 1000.0, own_name: bool = True) -> bool:
        b = m.best
        # (without ``own_name``, the name's other mentions are no neighbours: "Tina ... Tina" in a brief on Sudan,
        # both read in Tunisia)
        others = [o.best for o in mentions if o is not m and o.best is not None and o.demonym is None
                  and (own_name or o.key != m.key)
                  and self._fcode[o.best] not in gz.COUNTRY_CODES and self._fcode[o.best] != "CONT"]
        return bool(others) and all(dist_km(self._lat[b], self._lon[b], self._lat[o], self._lon[o]) > km
                                    for o in others)

    def _names_other_country(self, m: Mention, mentions: list[Mention]) -> bool:
        """Whether the text names a country by name, and never ``m``'s."""
        named = {self._cc[o.best] for o in mentions if o.best is not None and o.demonym is None
                 and self._fcode[o.best] in gz.COUNTRY_CODES}
        return bool(named) and self._cc[m.best] not in named

    def _sole_place(self, text: str, m: Mention) -> bool:
        """ "in Cetinje": an exact name that places of only one country bear, after a place preposition."""
        return (m.exact and m.best is not None and len({self._cc[c] for c in m.cands}) == 1
                and self.g.is_primary_name(m.key, m.best)
                and bool(re.search(r"\b(?:in|at|near|outside)\s+$", text[max(0, m.start - 8):m.start])))
