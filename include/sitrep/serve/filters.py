"""What narrows the page: the sidebar's choices (dates, places, event types, actors) and the charts' selections
(weeks brushed on the timeline, circles clicked on the map), as one hashable `Filters` that every query takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from sitrep.serve.serving import reading

# ACLED's event types in a fixed order so every chart gives a type the same colour.
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
# Colour-blind-safe (Okabe-Ito) colours, one per event type above.
EVENT_COLOURS: tuple[str, ...] = ("#D55E00", "#E69F00", "#CC79A7", "#0072B2", "#009E73", "#56B4E9")


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to. Empty tuples mean 'all'. Hashable so it can key a cache."""

    start: dt.date | None = None
    end: dt.date | None = None
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()  # location_ids picked on the map

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start date {self.start} is after end date {self.end}")

    def where(self) -> tuple[str, list[Any]]:
        """SQL predicate over aliases i (fct_incidents) and l (dim_locations), with its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append("i.event_date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("i.event_date <= ?")
            params.append(self.end)
        for column, values in (
            ("l.country", self.countries),
            ("l.admin1", self.admin1),
            ("i.event_type", self.event_types),
            ("i.location_id", self.locations),
        ):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if self.actors:
            marks = ", ".join("?" for _ in self.actors)
            clauses.append(f"(i.actor1 IN ({marks}) OR i.actor2 IN ({marks}))")
            params.extend(self.actors)
            params.extend(self.actors)
        return (" AND ".join(clauses) if clauses else "TRUE"), params


@dataclass
class FilterOptions:
    min_date: dt.date | None
    max_date: dt.date | None
    countries: list[str]
    admin1_by_country: dict[str, list[str]]
    event_types: list[str]
    actors: list[str]


def _sorted_unique(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values.dropna() if str(v) != ""})


def _options(conn: duckdb.DuckDBPyConnection) -> FilterOptions:
    dates = conn.execute("SELECT min(event_date), max(event_date) FROM marts.fct_incidents").fetchone()
    places = conn.execute(
        "SELECT DISTINCT l.country, l.admin1 FROM marts.fct_incidents i "
        "JOIN marts.dim_locations l USING (location_id) WHERE l.country IS NOT NULL"
    ).df()
    admin1_by_country = {
        country: _sorted_unique(group["admin1"]) for country, group in places.groupby("country", sort=True)
    }
    types = conn.execute("SELECT DISTINCT event_type FROM marts.fct_incidents").df()["event_type"]
    actors = conn.execute(
        "SELECT actor1 AS a FROM marts.fct_incidents UNION SELECT actor2 FROM marts.fct_incidents"
    ).df()["a"]
    found = _sorted_unique(types)
    # Known types first in ACLED order, then anything unexpected so it can still be filtered on.
    event_types = [t for t in EVENT_TYPES if t in found] + [t for t in found if t not in EVENT_TYPES]
    return FilterOptions(
        min_date=dates[0],
        max_date=dates[1],
        countries=sorted(admin1_by_country),
        admin1_by_country=admin1_by_country,
        event_types=event_types,
        actors=_sorted_unique(actors),
    )


def load_options(path: str | Path) -> FilterOptions:
    """The values the filter widgets offer, read over the whole serving copy."""
    with reading(Path(path)) as conn:
        return _options(conn)


def brushed_dates(event: Any) -> tuple[dt.date, dt.date] | None:
    """The weeks brushed on the time series as (first day, last day), from Streamlit's selection event."""
    try:
        lo, hi = list(event["selection"]["brush"]["week"])[:2]
    except (KeyError, TypeError, ValueError, IndexError):
        return None

    def day(value: Any) -> dt.date:
        if isinstance(value, (int, float)):  # Vega-Lite hands times over as epoch milliseconds
            return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).date()
        return pd.Timestamp(value).date()

    first, last = sorted((day(lo), day(hi)))
    return first, last


def clicked_places(event: Any) -> tuple[str, ...]:
    """location_ids of the circles clicked on the map."""
    try:
        return tuple(sorted({p["location_id"] for p in event["selection"]["place"] if p.get("location_id")}))
    except (KeyError, TypeError, AttributeError):
        return ()
