"""The Incident record and its contract serialisation."""
from __future__ import annotations

from dataclasses import asdict, dataclass

CONTRACT_KEYS = ("id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
                 "admin2", "country_iso2", "latitude", "longitude", "geo_precision", "geonames_id", "fatalities",
                 "injuries", "arrests", "evidence", "confidence")


@dataclass
class Incident:
    event_date: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: str | None
    admin1: str | None
    admin2: str | None
    country_iso2: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    geonames_id: int | None
    feature_code: str | None
    fatalities: int
    injuries: int
    arrests: int
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float

    def to_contract(self, doc_id: str) -> dict:
        d = asdict(self)
        d["id"] = doc_id
        return {k: d[k] for k in CONTRACT_KEYS}
