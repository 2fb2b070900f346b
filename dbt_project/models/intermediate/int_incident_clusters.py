"""Which real-world incident each mention reports: cross-article merging by `sitrep.merging`.

Rebuilt whole on every run. Clusters may span a day and no more, so whether a mention joins yesterday's incident
depends on whether yesterday's joined the day before: a re-clustered window of recent days can disagree with the
history at its edge (the merge-rule test caught it), so only a whole pass is consistent. Blocking by event type
and day keeps it near-linear (~0.5 ms a mention); see docs/performance.md for its share of the daily run.
"""

import pandas as pd

FIELDS = ["mention_id", "article_id", "url", "published_at", "event_date", "event_type", "actor1", "actor2",
          "location_id", "latitude", "longitude", "admin1", "country_iso2", "geo_precision"]


def model(dbt, session):
    dbt.config(materialized="table")
    from sitrep.merging import Mention, cluster

    rows = dbt.ref("int_incident_mentions").project(", ".join(FIELDS)).fetchall()
    incident_of = cluster([Mention(*row) for row in rows])
    return pd.DataFrame(
        {"mention_id": list(incident_of), "incident_id": list(incident_of.values())},
        columns=["mention_id", "incident_id"],
    ).astype("string")
