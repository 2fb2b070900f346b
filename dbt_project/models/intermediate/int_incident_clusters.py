"""Which real-world incident each mention reports: cross-article merging by `sitrep.merging`.

Rebuilt as a whole each run: a new report can join or bridge clusters from earlier days, and blocking by
event type and day keeps the pairwise comparison near-linear.
"""

import pandas as pd

FIELDS = ["mention_id", "article_id", "url", "published_at", "event_date", "event_type", "actor1", "actor2",
          "location_id", "latitude", "longitude", "admin1", "country_iso2", "geo_precision"]


def model(dbt, session):
    dbt.config(materialized="table")
    from sitrep.merging import Mention, cluster

    rows = dbt.ref("int_incident_mentions").project(", ".join(FIELDS)).fetchall()
    mentions = [Mention(*row) for row in rows]
    incident_of = cluster(mentions)
    return pd.DataFrame(
        {"mention_id": list(incident_of), "incident_id": list(incident_of.values())},
        columns=["mention_id", "incident_id"],
    ).astype("string")
