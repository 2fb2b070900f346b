"""Which real-world incident each mention reports: cross-article merging by `sitrep.warehouse.merging`.

Incremental by event date. `sitrep.warehouse.merging.cluster` joins each day only to the next, in date order, so the
incidents before the day W preceding the earliest new, changed or removed mention cannot change: a run re-clusters
the mentions dated W or later (passing the stored incidents that already reach back to W-1 as closed) and replaces
those rows. A daily run therefore touches the last few days, not the whole history, and its result equals a full
pass (tests/warehouse/test_merging.py, tests/faults/test_incremental_equals_full.py). Each row keeps the fingerprint
of the fields merging reads; int_incident_mentions stores the same fingerprint, computed once when a mention is
unnested, so a changed, new or removed mention is found by comparing the two, without hashing the whole history.

Every run that re-clusters appends the incidents it touched (the ids of the replaced rows and of the new ones) to
meta.incident_changes: the incident marts rebuild those, and publish copies those (macros/incident_changes.sql).
"""

from datetime import datetime, timedelta, timezone

import pandas as pd

FIELDS = ["mention_id", "article_id", "url", "published_at", "event_date", "event_type", "actor1", "actor2",
          "location_id", "latitude", "longitude", "admin1", "country_iso2", "geo_precision"]
CHANGES = "meta.incident_changes"
# seq orders the runs (publish records the last one it copied); changed_at is for people reading the log.
CHANGES_COLUMNS = "(seq bigint, changed_at timestamp, incident_id varchar, marts_done boolean)"


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="append")
    from sitrep.warehouse.merging import Mention, cluster

    mentions = dbt.ref("int_incident_mentions")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    session.execute("create schema if not exists meta")
    if not session.sql("select count(*) from duckdb_tables() where database_name = current_database() "
                       "and schema_name = 'meta' and table_name = 'incident_changes'").fetchall()[0][0]:
        # A warehouse from before the log: its marts are whole and current (marts_done), but the serving copy
        # records no position in this log, so the first entry says "everything" to publish.
        session.execute(f"create table {CHANGES} {CHANGES_COLUMNS}")
        session.execute(f"insert into {CHANGES} values (1, ?, null, true)", [now])
    seq = session.sql(f"select coalesce(max(seq), 0) + 1 from {CHANGES}").fetchall()[0][0]
    closed = {}
    if dbt.is_incremental:
        # The mentions that differ from what was clustered: new or changed (the fingerprint or the date differs:
        # both dates count, the row moves from one to the other) and removed ones. A join on mention_id over the
        # stored fingerprints; nothing is hashed here.
        current = mentions.project("mention_id, event_date, fingerprint")
        first_changed = session.sql(f"""
            with cur as ({current.sql_query()}),
            stored as (select mention_id, event_date, fingerprint from {dbt.this})
            select min(least(coalesce(cur.event_date, stored.event_date), coalesce(stored.event_date, cur.event_date)))
            from cur full outer join stored on cur.mention_id = stored.mention_id
            where cur.mention_id is null or stored.mention_id is null
               or cur.fingerprint is distinct from stored.fingerprint or cur.event_date <> stored.event_date
        """).fetchall()[0][0]
        if first_changed is None:
            return _frame(session, [], {})
        window = first_changed - timedelta(days=1)
        closed = dict(session.sql(f"""
            select mention_id, incident_id from {dbt.this}
            where event_date = '{window}'
              and incident_id in (select incident_id from {dbt.this} where event_date = '{window - timedelta(days=1)}')
        """).fetchall())
        replaced = {row[0] for row in session.sql(
            f"select distinct incident_id from {dbt.this} where event_date >= '{window}'").fetchall()}
        # Rows from W on are replaced whole, including those of mentions that no longer exist.
        session.execute(f"delete from {dbt.this} where event_date >= '{window}'")
        mentions = mentions.filter(f"event_date >= '{window}'")
    else:
        # A full build: the log restarts with one row that says "everything" (the marts and the serving copy are
        # rebuilt whole).
        session.execute(f"create or replace table {CHANGES} {CHANGES_COLUMNS}")
        session.execute(f"insert into {CHANGES} values (?, ?, null, false)", [seq, now])

    rows = mentions.project(f"{', '.join(FIELDS)}, fingerprint").fetchall()
    incident_of = cluster([Mention(*row[:-1]) for row in rows], closed)
    if dbt.is_incremental:
        touched = sorted(replaced | set(incident_of.values()))
        if touched:
            session.execute(f"insert into {CHANGES} select ?, ?, unnest(?), false", [seq, now, touched])
    return _frame(session, rows, incident_of)


def _frame(session, rows, incident_of):
    frame = pd.DataFrame({
        "mention_id": [row[0] for row in rows],
        "incident_id": [incident_of[row[0]] for row in rows],
        "event_date": [row[4] for row in rows],
        "fingerprint": [row[-1] for row in rows],
    }, dtype="object")
    # Typed explicitly: an empty frame would otherwise give NULL-typed columns.
    return session.from_df(frame).project(
        "cast(mention_id as varchar) as mention_id, cast(incident_id as varchar) as incident_id, "
        "cast(event_date as date) as event_date, cast(fingerprint as varchar) as fingerprint"
    )
