"""The page's headline: the figures row (incidents, fatalities, places, reports, unmapped) and the top places and
top actors tables, all over every incident that matches the filters."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

_SUMMARY_SQL = """
SELECT count(*) AS incidents,
       CAST(coalesce(sum(coalesce(i.fatalities, 0)), 0) AS BIGINT) AS fatalities,
       count(DISTINCT CASE WHEN l.latitude IS NOT NULL THEN i.location_id END) AS places,
       CAST(coalesce(sum(coalesce(i.report_count, 0)), 0) AS BIGINT) AS reports,
       count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL) AS unmapped
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where}
"""

_TOP_PLACES_SQL = """
SELECT l.name AS place, l.admin1, l.country, count(*) AS incidents,
       CAST(sum(coalesce(i.fatalities, 0)) AS BIGINT) AS fatalities
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where} AND l.latitude IS NOT NULL
GROUP BY ALL ORDER BY incidents DESC, fatalities DESC, place LIMIT ?
"""

_TOP_ACTORS_SQL = """
WITH f AS (
    SELECT i.* FROM marts.fct_incidents i LEFT JOIN marts.dim_locations l USING (location_id) WHERE {where}
), a AS (
    SELECT actor1 AS actor, fatalities FROM f WHERE actor1 IS NOT NULL AND actor1 <> ''
    UNION ALL
    SELECT actor2, fatalities FROM f WHERE actor2 IS NOT NULL AND actor2 <> '' AND actor2 IS DISTINCT FROM actor1
)
SELECT actor, count(*) AS incidents, CAST(sum(coalesce(fatalities, 0)) AS BIGINT) AS fatalities
FROM a GROUP BY actor ORDER BY incidents DESC, fatalities DESC, actor LIMIT ?
"""


def summary_row(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> tuple:
    """(incidents, fatalities, places, reports, unmapped) over the matching incidents."""
    return conn.execute(_SUMMARY_SQL.format(where=where), params).fetchone()


def summary(row: tuple) -> dict[str, int]:
    return dict(zip(("incidents", "fatalities", "places", "reports", "unmapped"), map(int, row)))


def top_places(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any], n: int) -> pd.DataFrame:
    return conn.execute(_TOP_PLACES_SQL.format(where=where), [*params, n]).df()


def top_actors(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any], n: int) -> pd.DataFrame:
    """Each actor counted once per incident, whether it is actor1 or actor2."""
    return conn.execute(_TOP_ACTORS_SQL.format(where=where), [*params, n]).df()


def total_incidents(conn: duckdb.DuckDBPyConnection) -> int:
    return conn.execute("SELECT count(*) FROM marts.fct_incidents").fetchone()[0]
