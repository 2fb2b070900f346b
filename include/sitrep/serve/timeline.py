"""The 'Incidents per week' chart: matching incidents counted by week (Monday) and event type. Weeks brushed on
it become a date filter (`filters.brushed_dates`)."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

_WEEKLY_SQL = """
SELECT CAST(date_trunc('week', i.event_date) AS DATE) AS week, i.event_type, count(*) AS incidents
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where}
GROUP BY ALL ORDER BY week, i.event_type
"""


def weekly(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> pd.DataFrame:
    """week, event_type, incidents."""
    return conn.execute(_WEEKLY_SQL.format(where=where), params).df()
