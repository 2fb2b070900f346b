"""A small serving copy with the contract's marts, for the dashboard tests.

`build_serving_fixture(path)` is the one place the data comes from: once the pipeline can publish a serving copy
from the seed article offline, swap its body for that and every dashboard test runs on real pipeline output.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

SEED_URL = "https://www.difesaonline.example/iraq-hunt-for-isis-resumes"
FOLLOWUP_URL = "https://news.example.org/iraq/qaim-border-police-attack"

# The three incidents of the seed article. Coordinates and ids are GeoNames' (Aţ Ţārmīyah 98403, Dibis 97001,
# Al Qā'im 92138). The Qaim fatalities are illustrative (the article gives none) so the map has sizes to vary.
INCIDENTS = [
    # incident_id, event_date, event_type, sub_event_type, actor1, actor2, location_id, geo_precision,
    # fatalities, injuries, arrests, report_count, first_reported_at, evidence, source_url, confidence
    ("inc-tarmiyah", "2020-01-09", "Strategic developments", "Arrests", "Military Forces of Iraq",
     "Islamic State (Iraq)", "gn-98403", 1, 0, None, None, 1, "2020-01-10",
     "One was carried out in Tarmiyah, north of Baghdad and led to the arrest of some wanted militiamen.",
     SEED_URL, 0.9),
    ("inc-dibis", "2020-01-09", "Strategic developments", "Disrupted weapons use", "Military Forces of Iraq",
     "Islamic State (Iraq)", "gn-97001", 2, 0, None, None, 1, "2020-01-10",
     "The raids involved the mountain area of Mama and the villages of Kubaiba, Mzirir and Mansuriya in the "
     "Dibis district.", SEED_URL, 0.8),
    ("inc-qaim", "2020-01-13", "Battles", "Armed clash", "Islamic State (Iraq)", "Military Forces of Iraq",
     "gn-92138", 2, 3, None, None, 2, "2020-01-10",
     "Finally, Iraqi soldiers repelled an attack on the border police headquarters on the border with Syria, "
     "northeast of Qaim.", SEED_URL, 0.85),
]

LOCATIONS = [
    # location_id, name, feature_type, admin1, admin2, country_iso2, country, latitude, longitude, geonames_id
    ("gn-98403", "Tarmiyah", "PPL", "Baghdad", "Tarmiyah District", "IQ", "Iraq", 33.67444, 44.39583, 98403),
    ("gn-97001", "Dibis", "PPL", "Kirkuk", "Dibis District", "IQ", "Iraq", 35.67482, 44.07067, 97001),
    ("gn-92138", "Al Qa'im", "PPL", "Al Anbar", "Al Qa'im District", "IQ", "Iraq", 34.39251, 40.98945, 92138),
    ("unknown", "Unknown", None, None, None, None, None, None, None, None),
]

REPORTS = [
    # incident_id, article_id, url, published_at, evidence
    ("inc-tarmiyah", "a4e2cb6841aaa89b", SEED_URL, "2020-01-10", INCIDENTS[0][13]),
    ("inc-dibis", "a4e2cb6841aaa89b", SEED_URL, "2020-01-10", INCIDENTS[1][13]),
    ("inc-qaim", "a4e2cb6841aaa89b", SEED_URL, "2020-01-10", INCIDENTS[2][13]),
    ("inc-qaim", "0f1e2d3c4b5a6978", FOLLOWUP_URL, "2020-01-14",
     "Border guards fought off militants near Al Qaim on Monday."),
]

_DDL = """
CREATE SCHEMA IF NOT EXISTS marts;
CREATE TABLE marts.fct_incidents (
    incident_id VARCHAR, event_date DATE, event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR,
    actor2 VARCHAR, location_id VARCHAR, geo_precision INTEGER, fatalities INTEGER, injuries INTEGER,
    arrests INTEGER, report_count BIGINT, first_reported_at DATE, evidence VARCHAR, source_url VARCHAR,
    confidence DOUBLE);
CREATE TABLE marts.fct_incident_reports (
    incident_id VARCHAR, article_id VARCHAR, url VARCHAR, published_at DATE, evidence VARCHAR);
CREATE TABLE marts.dim_locations (
    location_id VARCHAR, name VARCHAR, feature_type VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    country_iso2 VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE, geonames_id BIGINT);
CREATE TABLE marts.dim_actors AS
    SELECT md5(actor) AS actor_id, actor, NULL::VARCHAR AS actor_type, NULL::VARCHAR AS aliases FROM (
        SELECT actor1 AS actor FROM marts.fct_incidents UNION SELECT actor2 FROM marts.fct_incidents)
    WHERE actor IS NOT NULL;
CREATE TABLE marts.dim_event_types AS
    SELECT DISTINCT md5(event_type || sub_event_type) AS event_type_id, event_type, sub_event_type,
           NULL::VARCHAR AS description
    FROM marts.fct_incidents;
"""


def build_serving_fixture(path: str | Path, incidents=INCIDENTS) -> Path:
    """Write a serving copy at `path` and publish it the way the pipeline does: build aside, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    tmp.unlink(missing_ok=True)
    conn = duckdb.connect(str(tmp))
    try:
        ddl = _DDL.split("CREATE TABLE marts.dim_actors")
        conn.execute(ddl[0])
        conn.executemany(f"INSERT INTO marts.fct_incidents VALUES ({', '.join('?' * 16)})", incidents)
        conn.executemany(f"INSERT INTO marts.dim_locations VALUES ({', '.join('?' * 10)})", LOCATIONS)
        ids = {row[0] for row in incidents}
        reports = [r for r in REPORTS if r[0] in ids]
        if reports:
            conn.executemany("INSERT INTO marts.fct_incident_reports VALUES (?, ?, ?, ?, ?)", reports)
        conn.execute("CREATE TABLE marts.dim_actors" + ddl[1])
    finally:
        conn.close()
    os.replace(tmp, path)
    return path


@pytest.fixture
def serving_db(tmp_path: Path) -> Path:
    return build_serving_fixture(tmp_path / "serving" / "sitrep.duckdb")
