"""Which real-world incident each mention reports: cross-article merging by `sitrep.merging`.

Incremental: a new mention can only join incidents dated within a day of it, so each run re-clusters just the
mentions dated within MERGE_WINDOW_DAYS of the new ones (old and new together) and replaces their rows; the rest
of the history is left alone, which keeps the daily run near-constant as the warehouse grows. A chain of reports
longer than the window can split at its edge; `--full-refresh` clusters everything at once.
"""

import pandas as pd

FIELDS = ["mention_id", "article_id", "url", "published_at", "event_date", "event_type", "actor1", "actor2",
          "location_id", "latitude", "longitude", "admin1", "country_iso2", "geo_precision"]
MERGE_WINDOW_DAYS = 2


def model(dbt, session):
    dbt.config(materialized="incremental", unique_key="mention_id", incremental_strategy="delete+insert")
    from sitrep.merging import Mention, cluster

    mentions = dbt.ref("int_incident_mentions")
    if dbt.is_incremental:
        first, last = session.sql(
            f"select min(event_date), max(event_date) from ({mentions.sql_query()}) "
            f"where mention_id not in (select mention_id from {dbt.this})").fetchall()[0]
        if first is None:
            mentions = mentions.filter("false")
        else:
            mentions = mentions.filter(
                f"event_date between date '{first}' - interval {MERGE_WINDOW_DAYS} day "
                f"and date '{last}' + interval {MERGE_WINDOW_DAYS} day")
    incident_of = cluster([Mention(*row) for row in mentions.project(", ".join(FIELDS)).fetchall()])
    return pd.DataFrame(
        {"mention_id": list(incident_of), "incident_id": list(incident_of.values())},
        columns=["mention_id", "incident_id"],
    ).astype("string")
