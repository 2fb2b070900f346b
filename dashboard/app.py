"""Sitrep dashboard: a thin Streamlit page over the published serving copy.

Run with `make dashboard` (see docs/dashboard.md). All queries live in sitrep.serve, one module per part of the
page (filters, overview, timeline, mapping, tables; page reads them all in one session); this file only lays out
widgets and charts. Charts are Altair (Vega-Lite), which Streamlit bundles and renders without any network access:
the map is country outlines shipped in the package plus incident circles, no tile basemap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import altair as alt
import pandas as pd
import streamlit as st

from sitrep.serve.filters import (
    EVENT_COLOURS, EVENT_TYPES, FilterOptions, Filters, brushed_dates, clicked_places, load_options,
)
from sitrep.serve.mapping import country_labels, map_extent, outline_paths, outlines_in, spaced_labels
from sitrep.serve.page import DashboardData, load_dashboard
from sitrep.serve.serving import ServingUnavailable, ServingVersion, serving_path, serving_version
from sitrep.serve.tables import EVIDENCE_ROWS, incident_grid, incident_table_html, load_incidents


def _poll_seconds(default: float = 30.0) -> float:
    """How often an open page checks whether the pipeline published a new copy."""
    raw = os.environ.get("SITREP_DASHBOARD_POLL_SECONDS", "")
    try:
        value = float(raw) if raw else default
    except ValueError:
        value = -1.0
    if value <= 0:
        print(f"SITREP_DASHBOARD_POLL_SECONDS={raw!r} is not a positive number; using {default:g}")
        return default
    return value


POLL_SECONDS = _poll_seconds()
CSV_LIMIT = 100_000

st.set_page_config(page_title="Sitrep incidents", page_icon=None, layout="wide")


# Few entries: a superseded version's entries can never be hit again and are evicted first.
@st.cache_data(max_entries=16, show_spinner="Reading the serving copy...")
def cached_load(path: str, version: ServingVersion, filters: Filters) -> DashboardData:
    # `version` is part of the cache key only: a newly published file (new inode/mtime) misses the cache.
    return load_dashboard(path, filters)


@st.cache_data(max_entries=4, show_spinner=False)
def cached_csv(path: str, version: ServingVersion, filters: Filters) -> bytes:
    return load_incidents(path, filters, limit=CSV_LIMIT).to_csv(index=False).encode("utf-8")


@st.cache_data(max_entries=8, show_spinner=False)
def cached_options(path: str, version: ServingVersion) -> FilterOptions:
    return load_options(path)


def colour_scale(types: list[str] | None = None) -> alt.Scale:
    """Each ACLED type keeps its colour whatever subset is shown; unknown types get grey."""
    types = types or list(EVENT_TYPES)
    colours = dict(zip(EVENT_TYPES, EVENT_COLOURS))
    return alt.Scale(domain=types, range=[colours.get(t, "#999999") for t in types])


def size_legend_values(max_fatalities: int) -> list[int]:
    return sorted({0, max_fatalities // 2, max_fatalities}) if max_fatalities > 1 else [0, 1]


def incident_map(data: DashboardData) -> alt.LayerChart | None:
    """Circles per place and event type over country outlines, on plain longitude/latitude scales so the map
    zooms (wheel) and pans (drag); clicking a circle selects its place (`place`), double-click clears."""
    points = data.map_points
    if points.empty:
        return None
    extent = map_extent(points["latitude"], points["longitude"])
    west, south, east, north = extent
    features = outlines_in(extent)
    x_scale = alt.Scale(domain=[west, east], nice=False, zero=False)
    y_scale = alt.Scale(domain=[south, north], nice=False, zero=False)
    no_axis = alt.Axis(title=None, labels=False, ticks=False, domain=False, grid=False)
    land = (
        alt.Chart(outline_paths(features))
        .mark_line(color="#7a7a7a", strokeWidth=0.8, clip=True)
        .encode(x=alt.X("longitude:Q", scale=x_scale, axis=no_axis),
                y=alt.Y("latitude:Q", scale=y_scale, axis=no_axis), detail="ring:N", order="order:Q")
    )
    countries = (
        alt.Chart(pd.DataFrame(country_labels(features, extent)))
        .mark_text(fontSize=13, fontStyle="italic", color="#9a9a9a", clip=True)
        .encode(x="longitude:Q", y="latitude:Q", text="name:N")
    )
    frame = points.assign(
        dates=points["first_date"].astype(str).str[:10].where(
            points["first_date"] == points["last_date"],
            points["first_date"].astype(str).str[:10] + " to " + points["last_date"].astype(str).str[:10],
        ),
        evidence_short=points["evidence"].fillna("").str.slice(0, 160),
    )[["location_id", "longitude", "latitude", "incidents", "fatalities", "event_type", "dates", "place",
       "admin1", "evidence_short"]]
    max_fatalities = max(1, int(frame["fatalities"].max() or 0))
    found = set(frame["event_type"])
    present = [t for t in EVENT_TYPES if t in found] + sorted(found - set(EVENT_TYPES))
    zoom = alt.selection_interval(bind="scales", name="zoom")
    place = alt.selection_point(fields=["location_id"], name="place", on="click", clear="dblclick")
    circles = (
        alt.Chart(frame)
        .mark_circle(stroke="#333333", strokeWidth=0.6, clip=True, cursor="pointer")
        .encode(
            x="longitude:Q",
            y="latitude:Q",
            size=alt.Size(
                "fatalities:Q",
                scale=alt.Scale(domain=[0, max_fatalities], range=[80, 1400]),
                legend=alt.Legend(title="Fatalities", format="d", values=size_legend_values(max_fatalities)),
            ),
            color=alt.Color("event_type:N", scale=colour_scale(present), title="Event type"),
            opacity=alt.condition(place, alt.value(0.85), alt.value(0.25)),
            # Bigger circles first so small ones stay visible on top.
            order=alt.Order("fatalities:Q", sort="descending"),
            tooltip=[
                alt.Tooltip("place:N", title="Place"),
                alt.Tooltip("admin1:N", title="Admin1"),
                alt.Tooltip("event_type:N", title="Event type"),
                alt.Tooltip("incidents:Q", title="Incidents"),
                alt.Tooltip("fatalities:Q", title="Fatalities"),
                alt.Tooltip("dates:N", title="Dates"),
                alt.Tooltip("evidence_short:N", title="Latest evidence"),
            ],
        )
        .add_params(zoom, place)
    )
    # Name each distinct place once, beside its circles; the deadliest first where names would collide.
    places = spaced_labels(
        frame.sort_values("fatalities", ascending=False).drop_duplicates(subset=["place", "latitude", "longitude"]),
        extent,
    )
    names = (
        alt.Chart(places)
        .mark_text(align="left", dx=12, dy=-8, fontSize=12, color="#333333", clip=True)
        .encode(x="longitude:Q", y="latitude:Q", text="place:N")
    )
    return alt.layer(land, countries, circles, names).properties(height=480).configure_view(fill="#f7f6f1")


def weekly_chart(weekly: pd.DataFrame) -> alt.Chart:
    """Incidents per week, stacked by type; dragging across it (`brush`) narrows the other panels to those weeks."""
    frame = weekly.assign(week=pd.to_datetime(weekly["week"]))
    frame = frame.assign(week_end=frame["week"] + pd.Timedelta(days=7),
                         week_label=frame["week"].dt.strftime("%Y-%m-%d"))
    found = set(frame["event_type"])
    present = [t for t in EVENT_TYPES if t in found] + sorted(found - set(EVENT_TYPES))
    brush = alt.selection_interval(encodings=["x"], name="brush")
    return (
        alt.Chart(frame)
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("week:T", title="Week starting (Monday)", axis=alt.Axis(format="%Y-%m-%d", labelAngle=0)),
            x2="week_end:T",
            y=alt.Y("sum(incidents):Q", title="Incidents"),
            color=alt.Color("event_type:N", scale=colour_scale(present), title="Event type"),
            tooltip=[alt.Tooltip("week_label:N", title="Week of"), "event_type:N", "incidents:Q"],
        )
        .add_params(brush)
        .properties(height=260)
    )


def sidebar_filters(options: FilterOptions) -> Filters:
    st.sidebar.header("Filters")
    start = end = None
    if options.min_date and options.max_date:
        lo, hi = pd.Timestamp(options.min_date).date(), pd.Timestamp(options.max_date).date()
        picked = st.sidebar.date_input("Date range", value=(lo, hi), min_value=lo, max_value=hi)
        # While the user is mid-way through picking a range Streamlit returns one date.
        if isinstance(picked, (tuple, list)):
            start = picked[0] if len(picked) > 0 else None
            end = picked[1] if len(picked) > 1 else None
        elif isinstance(picked, dt.date):
            start = picked
    countries = st.sidebar.multiselect("Country", options.countries)
    admin1_choices = sorted(
        {a for c, names in options.admin1_by_country.items() if not countries or c in countries for a in names}
    )
    admin1 = st.sidebar.multiselect("Admin1 (province / governorate)", admin1_choices)
    event_types = st.sidebar.multiselect("Event type", options.event_types)
    actors = st.sidebar.multiselect("Actor", options.actors)
    return Filters(
        start=start,
        end=end,
        countries=tuple(countries),
        admin1=tuple(admin1),
        event_types=tuple(event_types),
        actors=tuple(actors),
    )


@st.fragment(run_every=POLL_SECONDS)
def watch_for_new_copy(path: str, shown: ServingVersion | None) -> None:
    """Re-render the whole page when the pipeline has published a new serving copy since this page was drawn."""
    if serving_version(path) != shown:
        st.rerun(scope="app")


def figures_row(data: DashboardData) -> None:
    summary = data.summary
    cols = st.columns(4)
    cols[0].metric("Incidents", f"{summary['incidents']:,}", help=f"{data.total_incidents:,} in the serving copy")
    cols[1].metric("Fatalities", f"{summary['fatalities']:,}")
    cols[2].metric("Places", f"{summary['places']:,}")
    cols[3].metric("Source reports", f"{summary['reports']:,}")


def timeline_section(path: str, version: ServingVersion, filters: Filters,
                     data: DashboardData) -> tuple[Filters, DashboardData]:
    """The weekly chart; weeks brushed on it narrow everything below, so the narrowed filters and data are returned."""
    st.subheader("Incidents per week")
    st.caption("Drag across weeks to narrow the map and the tables to them; double-click to clear.")
    weekly = st.altair_chart(weekly_chart(data.weekly), width="stretch", on_select="rerun",
                             selection_mode=["brush"], key="weekly")
    weeks = brushed_dates(weekly)
    if weeks:
        start = max(weeks[0], filters.start) if filters.start else weeks[0]
        end = min(weeks[1], filters.end) if filters.end else weeks[1]
        if start <= end:
            filters = dataclasses.replace(filters, start=start, end=end)
            data = cached_load(path, version, filters)
            st.caption(f"Brushed {start} to {end}: {data.summary['incidents']:,} incident(s).")
    return filters, data


def map_section(data: DashboardData) -> tuple[str, ...]:
    """The map; gives the location_ids of the circles clicked on it."""
    st.subheader("Map")
    chart = incident_map(data)
    picked: tuple[str, ...] = ()
    if chart is None:
        st.info("None of the selected incidents has coordinates.")
    else:
        st.caption("Scroll to zoom, drag to pan, click a circle to list that place's incidents below "
                   "(double-click to clear).")
        event = st.altair_chart(chart, width="stretch", on_select="rerun", selection_mode=["place"], key="map")
        picked = clicked_places(event)
    if data.summary["unmapped"]:
        st.caption(f"{data.summary['unmapped']:,} incident(s) with an unknown location are not on the map.")
    return picked


def top_tables(data: DashboardData) -> None:
    left, right = st.columns(2)
    with left:
        st.subheader("Top places")
        st.dataframe(data.top_places.fillna(""), hide_index=True, width="stretch")
    with right:
        st.subheader("Top actors")
        st.dataframe(data.top_actors, hide_index=True, width="stretch")


def incident_tables(path: str, version: ServingVersion, filters: Filters, data: DashboardData,
                    picked: tuple[str, ...]) -> None:
    """The sortable grid, the evidence table and the CSV download, narrowed to the places picked on the map."""
    if picked:
        filters = dataclasses.replace(filters, locations=picked)
        data = cached_load(path, version, filters)
        names = sorted(set(data.incidents["place"].dropna()))
        st.caption(f"Places picked on the map: {', '.join(names)}.")
    st.subheader("Incidents")
    matching, shown = data.summary["incidents"], len(data.incidents)
    st.caption(f"{shown:,} of {matching:,} matching incident(s)"
               + ("" if shown == matching else " (the most recent; narrow the filters for the rest)")
               + ". Click a column header to sort; the table's search icon finds text in any column.")
    st.dataframe(
        incident_grid(data), hide_index=True, width="stretch", height=min(420, 35 * (shown + 1) + 3),
        column_config={
            "date": st.column_config.DateColumn("Date"),
            "geo_precision": st.column_config.NumberColumn("Geo precision", help="1 the town, 2 near it, 3 region"),
            "evidence": st.column_config.TextColumn("Evidence", width="large"),
            "source": st.column_config.TextColumn("First source (outlet: headline)", width="medium"),
            "link": st.column_config.LinkColumn("Link"),
        },
    )
    st.subheader("Evidence and sources")
    if shown > EVIDENCE_ROWS:
        st.caption(f"The {EVIDENCE_ROWS} most recent, with every report's outlet and headline.")
    st.html(incident_table_html(data))
    st.download_button(
        "Download these incidents (CSV)" + (f", first {CSV_LIMIT:,}" if matching > CSV_LIMIT else ""),
        # Built only when clicked (Streamlit runs the callable on download), so filtering stays fast.
        lambda: cached_csv(path, version, filters),
        file_name="sitrep_incidents.csv",
        mime="text/csv",
    )


def main() -> None:
    path = str(serving_path())
    version = serving_version(path)
    watch_for_new_copy(path, version)

    st.title("Sitrep: incidents from the news")
    if version is None:
        st.info(f"No serving copy has been published at `{path}` yet. Run the pipeline; this page will notice it.")
        return
    try:
        options = cached_options(path, version)
        filters = sidebar_filters(options)
        data = cached_load(path, version, filters)
    except ServingUnavailable as exc:
        st.error(str(exc))
        return
    except ValueError as exc:  # e.g. a start date after the end date
        st.warning(str(exc))
        return

    published = dt.datetime.fromtimestamp(version.mtime_ns / 1e9, tz=dt.timezone.utc)
    st.caption(f"Serving copy `{path}`, published {published:%Y-%m-%d %H:%M:%S} UTC.")
    figures_row(data)
    if data.summary["incidents"] == 0:
        st.info("No incidents match these filters.")
        return
    filters, data = timeline_section(path, version, filters, data)
    picked = map_section(data)
    top_tables(data)
    incident_tables(path, version, filters, data, picked)

main()
