"""Sitrep dashboard: a thin Streamlit page over the published serving copy.

Run with `make dashboard` (see docs/dashboard.md). All queries live in sitrep.dashboard_data; this file only
lays out widgets and charts. Charts are Altair (Vega-Lite), which Streamlit bundles and renders without any
network access: the map is country outlines shipped in the package plus incident circles, no tile basemap.
"""

from __future__ import annotations

import datetime as dt
import os

import altair as alt
import pandas as pd
import streamlit as st

from sitrep import dashboard_data as dd



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
def cached_load(path: str, version: dd.ServingVersion, filters: dd.Filters) -> dd.DashboardData:
    # `version` is part of the cache key only: a newly published file (new inode/mtime) misses the cache.
    return dd.load_dashboard(path, filters)


@st.cache_data(max_entries=4, show_spinner=False)
def cached_csv(path: str, version: dd.ServingVersion, filters: dd.Filters) -> bytes:
    return dd.load_incidents(path, filters, limit=CSV_LIMIT).to_csv(index=False).encode("utf-8")


@st.cache_data(max_entries=8, show_spinner=False)
def cached_options(path: str, version: dd.ServingVersion) -> dd.FilterOptions:
    return dd.load_options(path)


def colour_scale(types: list[str] | None = None) -> alt.Scale:
    """Each ACLED type keeps its colour whatever subset is shown; unknown types get grey."""
    types = types or list(dd.EVENT_TYPES)
    colours = dict(zip(dd.EVENT_TYPES, dd.EVENT_COLOURS))
    return alt.Scale(domain=types, range=[colours.get(t, "#999999") for t in types])


def size_legend_values(max_fatalities: int) -> list[int]:
    return sorted({0, max_fatalities // 2, max_fatalities}) if max_fatalities > 1 else [0, 1]


def incident_map(data: dd.DashboardData) -> alt.LayerChart | None:
    points = data.map_points
    if points.empty:
        return None
    extent = dd.map_extent(points["latitude"], points["longitude"])
    features = dd.outlines_in(extent)
    outlines = alt.InlineData(
        values={"type": "FeatureCollection", "features": features},
        format=alt.DataFormat(property="features", type="json"),
    )
    land = alt.Chart(outlines).mark_geoshape(fill="#f3f1ea", stroke="#7a7a7a", strokeWidth=0.8, clip=True)
    countries = (
        alt.Chart(pd.DataFrame(dd.country_labels(features, extent)))
        .mark_text(fontSize=13, fontStyle="italic", color="#9a9a9a", clip=True)
        .encode(longitude="longitude:Q", latitude="latitude:Q", text="name:N")
    )
    frame = points.assign(
        dates=points["first_date"].astype(str).str[:10].where(
            points["first_date"] == points["last_date"],
            points["first_date"].astype(str).str[:10] + " to " + points["last_date"].astype(str).str[:10],
        ),
        evidence_short=points["evidence"].fillna("").str.slice(0, 160),
    )[["longitude", "latitude", "incidents", "fatalities", "event_type", "dates", "place", "admin1",
       "evidence_short"]]
    max_fatalities = max(1, int(frame["fatalities"].max() or 0))
    found = set(frame["event_type"])
    present = [t for t in dd.EVENT_TYPES if t in found] + sorted(found - set(dd.EVENT_TYPES))
    circles = (
        alt.Chart(frame)
        .mark_circle(opacity=0.8, stroke="#333333", strokeWidth=0.6, clip=True)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            size=alt.Size(
                "fatalities:Q",
                scale=alt.Scale(domain=[0, max_fatalities], range=[80, 1400]),
                legend=alt.Legend(title="Fatalities", format="d", values=size_legend_values(max_fatalities)),
            ),
            color=alt.Color("event_type:N", scale=colour_scale(present), title="Event type"),
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
    )
    # Name each distinct place once, beside its circles; the deadliest first where names would collide.
    places = dd.spaced_labels(
        frame.sort_values("fatalities", ascending=False).drop_duplicates(subset=["place", "latitude", "longitude"]),
        extent,
    )
    names = (
        alt.Chart(places)
        .mark_text(align="left", dx=12, dy=-8, fontSize=12, color="#333333", clip=True)
        .encode(longitude="longitude:Q", latitude="latitude:Q", text="place:N")
    )
    return (
        alt.layer(land, countries, circles, names)
        .project(type="mercator", fit=dd.extent_feature(extent))
        .properties(height=480)
    )


def weekly_chart(weekly: pd.DataFrame) -> alt.Chart:
    frame = weekly.assign(week_label=weekly["week"].astype(str).str[:10])
    found = set(frame["event_type"])
    present = [t for t in dd.EVENT_TYPES if t in found] + sorted(found - set(dd.EVENT_TYPES))
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week_label:O", title="Week starting (Monday)", sort="ascending", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("sum(incidents):Q", title="Incidents"),
            color=alt.Color("event_type:N", scale=colour_scale(present), title="Event type"),
            tooltip=["week_label:N", "event_type:N", "incidents:Q"],
        )
        .properties(height=260)
    )


def sidebar_filters(options: dd.FilterOptions) -> dd.Filters:
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
    return dd.Filters(
        start=start,
        end=end,
        countries=tuple(countries),
        admin1=tuple(admin1),
        event_types=tuple(event_types),
        actors=tuple(actors),
    )


@st.fragment(run_every=POLL_SECONDS)
def watch_for_new_copy(path: str, shown: dd.ServingVersion | None) -> None:
    """Re-render the whole page when the pipeline has published a new serving copy since this page was drawn."""
    if dd.serving_version(path) != shown:
        st.rerun(scope="app")


def main() -> None:
    path = str(dd.serving_path())
    version = dd.serving_version(path)
    watch_for_new_copy(path, version)

    st.title("Sitrep: incidents from the news")
    if version is None:
        st.info(f"No serving copy has been published at `{path}` yet. Run the pipeline; this page will notice it.")
        return
    try:
        options = cached_options(path, version)
        filters = sidebar_filters(options)
        data = cached_load(path, version, filters)
    except dd.ServingUnavailable as exc:
        st.error(str(exc))
        return
    except ValueError as exc:  # e.g. a start date after the end date
        st.warning(str(exc))
        return

    published = dt.datetime.fromtimestamp(version.mtime_ns / 1e9, tz=dt.timezone.utc)
    st.caption(f"Serving copy `{path}`, published {published:%Y-%m-%d %H:%M:%S} UTC.")

    summary = data.summary
    cols = st.columns(4)
    cols[0].metric("Incidents", f"{summary['incidents']:,}", help=f"{data.total_incidents:,} in the serving copy")
    cols[1].metric("Fatalities", f"{summary['fatalities']:,}")
    cols[2].metric("Places", f"{summary['places']:,}")
    cols[3].metric("Source reports", f"{summary['reports']:,}")

    if summary["incidents"] == 0:
        st.info("No incidents match these filters.")
        return

    st.subheader("Map")
    chart = incident_map(data)
    if chart is None:
        st.info("None of the selected incidents has coordinates.")
    else:
        st.altair_chart(chart, width="stretch")
    if summary["unmapped"]:
        st.caption(f"{summary['unmapped']:,} incident(s) with an unknown location are not on the map.")

    st.subheader("Incidents per week")
    st.altair_chart(weekly_chart(data.weekly), width="stretch")

    left, right = st.columns(2)
    with left:
        st.subheader("Top places")
        st.dataframe(data.top_places.fillna(""), hide_index=True, width="stretch")
    with right:
        st.subheader("Top actors")
        st.dataframe(data.top_actors, hide_index=True, width="stretch")

    st.subheader("Incidents")
    shown = len(data.incidents)
    if shown < summary["incidents"]:
        st.caption(f"Showing the {shown:,} most recent of {summary['incidents']:,}; narrow the filters to see others.")
    st.html(dd.incident_table_html(data))
    st.download_button(
        "Download these incidents (CSV)" + (f", first {CSV_LIMIT:,}" if summary["incidents"] > CSV_LIMIT else ""),
        # Built only when clicked (Streamlit runs the callable on download), so filtering stays fast.
        lambda: cached_csv(path, version, filters),
        file_name="sitrep_incidents.csv",
        mime="text/csv",
    )

main()
