"""One page render's data: every panel's query run in one short read-only session (`load_dashboard`), and the
same per-version cache the app uses, for code outside Streamlit (`ServingReader`)."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sitrep.serve import mapping, overview, tables, timeline
from sitrep.serve.filters import Filters
from sitrep.serve.serving import ServingUnavailable, ServingVersion, reading, serving_version


@dataclass
class DashboardData:
    """Everything one page render shows, read in one short read-only session.

    Only aggregates and the first `table_limit` incidents are fetched, so the page stays light however many
    incidents match.
    """

    version: ServingVersion
    total_incidents: int  # in the whole serving copy
    summary: dict[str, int]  # incidents, fatalities, places, reports, unmapped: over all matching incidents
    incidents: pd.DataFrame  # the most recent matching incidents, joined with locations (the table)
    map_points: pd.DataFrame  # one row per (place, event type) with coordinates: incidents, fatalities
    weekly: pd.DataFrame  # week, event_type, incidents
    top_places: pd.DataFrame
    top_actors: pd.DataFrame
    reports: pd.DataFrame  # incident_id, url, published_at for the incidents in the table
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))



def load_dashboard(
    path: str | Path,
    filters: Filters = Filters(),
    *,
    top_n: int = 10,
    table_limit: int = tables.DEFAULT_TABLE_LIMIT,
) -> DashboardData:
    """Read everything one page shows, then close the file.

    One connection serves the whole batch so all panels describe the same published copy (a rename between
    two panels' queries would otherwise mix versions); it is closed before returning.
    """
    path = Path(path)
    version = serving_version(path)
    if version is None:
        raise ServingUnavailable(f"no serving copy at {path}; run the pipeline to publish one")
    with reading(path) as conn:
        where, params = filters.where()
        incidents = tables.incidents(conn, where, params, table_limit)
        summary_row = overview.summary_row(conn, where, params)
        map_points = mapping.map_points(conn, where, params)
        weekly = timeline.weekly(conn, where, params)
        top_places = overview.top_places(conn, where, params, top_n)
        top_actors = overview.top_actors(conn, where, params, top_n)
        reports = tables.reports(conn, incidents["incident_id"].astype(str).tolist())
        total = overview.total_incidents(conn)
    return DashboardData(
        version=version,
        total_incidents=int(total),
        summary=overview.summary(summary_row),
        incidents=incidents,
        map_points=map_points,
        weekly=weekly,
        top_places=top_places,
        top_actors=top_actors,
        reports=reports,
    )


class ServingReader:
    """Caches page data per (published version, filters); a new publish is a cache miss.

    Streamlit's own cache does the same in the app; this class is the same policy for code that runs outside
    Streamlit (tests, notebooks) and is what the app keys its cache on.
    """

    def __init__(self, path: str | Path, *, max_entries: int = 32) -> None:
        self.path = Path(path)
        self.max_entries = max_entries
        self._cache: OrderedDict[tuple[ServingVersion, Filters], DashboardData] = OrderedDict()
        self.loads = 0  # how many times the file was actually read; tests use it to prove caching

    def version(self) -> ServingVersion | None:
        return serving_version(self.path)

    def load(self, filters: Filters = Filters()) -> DashboardData:
        version = self.version()
        if version is None:
            raise ServingUnavailable(f"no serving copy at {self.path}; run the pipeline to publish one")
        key = (version, filters)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        data = load_dashboard(self.path, filters)
        self.loads += 1
        # Entries for superseded versions can never be hit again.
        for old in [k for k in self._cache if k[0] != data.version]:
            del self._cache[old]
        self._cache[(data.version, filters)] = data
        while len(self._cache) > self.max_entries:
            self._cache.popitem(last=False)
        return data

