"""The geoparser's output: a resolved place name (Toponym), and how a gazetteer entry becomes one."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sitrep.geo import gazetteer as gz
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.mention import Mention


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
        # (a Who's On First village GeoNames lacks, known inside by its negated WOF id, has no GeoNames id)
        return {"id": doc_id, "start": self.start, "end": self.end, "name": self.name,
                "geonames_id": self.geonames_id if (self.geonames_id or 0) > 0 else None, "latitude": self.latitude,
                "longitude": self.longitude, "country_iso2": self.country_iso2, "feature_code": self.feature_code}

    def as_dict(self) -> dict:
        return asdict(self)


def to_toponym(g: Gazetteer, text: str, m: Mention, idx: int, *, in_gazetteer: bool = True,
               precision: int | None = None) -> Toponym:
    """Entry ``idx`` as the Toponym of mention ``m``; precision 1 a place, 2 a district, 3 a province or more."""
    f = g._fcode[idx]
    a1 = g._a1[idx]
    a2 = g._a2[idx]
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
    cc = g._cc[idx] or None
    seat = g.seat(idx) if f in ("ADM1", "ADM2") else None
    return Toponym(m.start, m.end, text[m.start:m.end], g._gid[idx], g._lat[idx], g._lon[idx], cc,
                   g.country_name(cc), admin1, admin2, f, gz.display_name(g._name[idx]), precision, in_gazetteer,
                   g._pop[idx], m.demonym is not None, *(seat or (None, None)))


def astuple_tail(t: Toponym) -> tuple:
    """A Toponym's fields after start, end and name (to move a resolution onto another span)."""
    return (t.geonames_id, t.latitude, t.longitude, t.country_iso2, t.country, t.admin1, t.admin2,
            t.feature_code, t.gazetteer_name, t.precision, t.in_gazetteer, t.population, t.is_demonym,
            t.seat_latitude, t.seat_longitude)
