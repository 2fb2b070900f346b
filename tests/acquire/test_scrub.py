"""Warehouses from before URL secrets were stripped get scrubbed (issue 16, item 4, for existing data).

The old-style warehouse is made the way older versions made it: real pages fetched over HTTP through links that
carry credentials, landed, then the stored rows put back to what the old fetcher stored (the link as given, its
canonical form, an article_id hashed from it, the reason as raised), built by dbt and published. Then the secrets
must be gone from every table of every layer and from the serving copy (database and Parquet files), after the
first run of the new version (automatic) or after `sitrep scrub-secrets` (on demand), with nothing else changed.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from sitrep import pipeline
from sitrep.cli import main as cli_main
from sitrep.acquire.fetcher import canonicalize
from sitrep.acquire.landing import article_id_for
from sitrep.acquire.redact import redact_text, redact_url
from sitrep.demo.sample_server import serve_sample_site
from sitrep.acquire.scrub import MIGRATION, scrub, scrub_once
from sitrep.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SECRETS = ("hunter2", "SECRETKEY1", "SECRETTOKEN2", "SECRETFRAG3", "SECRETSIG4", "FEEDPASS5")
DAY = date(2021, 3, 1)


def _secret_links(base: str) -> tuple[list[str], str]:
    host = base.removeprefix("http://")
    return [
        f"http://reporter:hunter2@{host}/articles/iraq-hunt-for-isis-resumes.html",
        f"{base}/articles/qaim-border-post-attack.html?id=7&api_key=SECRETKEY1",
        f"{base}/articles/lower-shabelle-base-attack.html?token=SECRETTOKEN2",
        f"{base}/articles/lagos-fuel-protest.html#access_token=SECRETFRAG3",
        f"{base}/articles/no-such-page.html?sig=SECRETSIG4",
    ], f"http://editor:FEEDPASS5@{host}/no-feed.xml"


def _un_redact(warehouse: Path, originals: list[str]) -> int:
    """Put the landed rows back to what the fetcher stored before redaction: every redacted form of a link becomes
    the link again, in the columns and the article_id the old code wrote."""
    back = {redact_url(url): url for url in originals}
    conn = duckdb.connect(str(warehouse))
    try:
        conn.execute("drop schema if exists meta cascade")  # older versions kept no migration record
        rows = conn.execute("select article_id, url, final_url, fetch_error, text_sha256, content_sha256 "
                            "from raw.articles").fetchall()
        changed = 0
        for article_id, url, final_url, error, text_sha, sha in rows:
            old_url, old_final = back.get(url, url), back.get(final_url, final_url)
            old_error = error
            for redacted, original in back.items():
                if error and redacted in error:
                    old_error = old_error.replace(redacted, original)
            if (old_url, old_final, old_error) == (url, final_url, error):
                continue
            changed += 1
            conn.execute("update raw.articles set article_id = ?, url = ?, final_url = ?, canonical_url = ?, "
                         "fetch_error = ? where article_id = ?",
                         [article_id_for(old_url, text_sha or sha, old_error), old_url, old_final,
                          canonicalize(old_final or old_url), old_error, article_id])
        return changed
    finally:
        conn.close()


def _secrets_in(path: Path) -> dict[str, list[str]]:
    """Every secret found in any text column of any table (the raw body aside), as {table.column: [secrets]}."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        cols = conn.execute("""
            select c.table_schema, c.table_name, c.column_name from information_schema.columns c
            join information_schema.tables t using (table_catalog, table_schema, table_name)
            where t.table_type = 'BASE TABLE' and c.table_catalog = current_database() and c.data_type = 'VARCHAR'
        """).fetchall()
        found = {}
        for schema, table, column in cols:
            hits = [s for s in SECRETS if conn.execute(
                f'select count(*) from "{schema}"."{table}" where contains("{column}", ?)', [s]).fetchone()[0]]
            if hits:
                found[f"{schema}.{table}.{column}"] = hits
        return found
    finally:
        conn.close()


def _secrets_in_parquet(serving: Path) -> dict[str, list[str]]:
    found = {}
    for part in sorted((serving.parent / "parquet").glob("*.parquet")):
        rows = duckdb.sql(f"select * from read_parquet('{part}')").fetchall()
        text = repr(rows)
        hits = [s for s in SECRETS if s in text]
        if hits:
            found[part.name] = hits
    return found


@pytest.fixture(scope="module")
def old_warehouse(tmp_path_factory):
    """An old-style warehouse and serving copy holding the secrets in every layer, and the site they came from."""
    where = tmp_path_factory.mktemp("old_style")
    with serve_sample_site() as base:
        links, feed = _secret_links(base)
        sources = where / "sources.yml"
        sources.write_text(
            "fetch: {allow_private: ['127.0.0.1/32'], per_host_interval: 0, max_retries: 0}\n"
            "sources:\n"
            f"  - {{name: wire, kind: urls, urls: {json.dumps(links)}}}\n"
            f"  - {{name: feed, kind: rss, url: '{feed}'}}\n")
        settings = Settings(warehouse=where / "sitrep.duckdb", serving=where / "serving" / "sitrep.duckdb",
                            sources=sources, dbt_project_dir=REPO / "dbt_project", dbt_profiles_dir=REPO / "dbt_project")
        start, end = pipeline.day_interval(DAY)
        pipeline.land(settings, pipeline.discover(settings, start, end), "old_run")
        assert _un_redact(settings.warehouse, [*links, feed]) >= 5
        pipeline.build(settings)
        pipeline.publish(settings, as_of=end.isoformat())
        yield {"settings": settings, "base": base, "where": where}


def _copy(old: dict, to: Path) -> Settings:
    shutil.copytree(old["where"], to)
    s = old["settings"]
    return Settings(warehouse=to / "sitrep.duckdb", serving=to / "serving" / "sitrep.duckdb", sources=to / "sources.yml",
                    dbt_project_dir=s.dbt_project_dir, dbt_profiles_dir=s.dbt_profiles_dir)


def test_the_old_style_warehouse_really_holds_the_secrets_everywhere(old_warehouse):
    """The premise: without this, the tests below would prove nothing."""
    settings = old_warehouse["settings"]
    found = _secrets_in(settings.warehouse)
    for table in ("raw.articles.url", "raw.articles.final_url", "raw.articles.canonical_url",
                  "intermediate.int_article_texts.url",
                  "intermediate.int_incident_mentions.url"):
        assert table in found, f"{table} holds no secret: {found}"
    assert {s for hits in found.values() for s in hits} == set(SECRETS)
    assert any(t.startswith("marts.") for t in found), found
    assert _secrets_in(settings.serving) and _secrets_in_parquet(settings.serving)


def test_the_first_run_after_the_upgrade_scrubs_every_layer_and_the_serving_copy(old_warehouse, tmp_path):
    settings = _copy(old_warehouse, tmp_path / "wh")
    with duckdb.connect(str(settings.warehouse), read_only=True) as conn:
        raw_before = conn.execute("select count(*) from raw.articles").fetchone()[0]
        incidents_before = conn.execute("select count(*) from marts.fct_incidents").fetchone()[0]
    assert incidents_before > 0
    # The site still runs (the fixture's): the next day's run fetches the same links.
    report = pipeline.run_day(date(2021, 3, 2), settings)
    printed = json.dumps(report, default=str)
    assert not [s for s in SECRETS if s in printed]
    assert _secrets_in(settings.warehouse) == {}
    assert _secrets_in(settings.serving) == {}
    assert _secrets_in_parquet(settings.serving) == {}
    with duckdb.connect(str(settings.warehouse), read_only=True) as conn:
        assert conn.execute("select count(*) from meta.migrations where name = ?", [MIGRATION]).fetchone()[0] == 1
        # The unchanged pages were recognised under their scrubbed links: no second version, no lost incident.
        fetched = conn.execute("select count(*) from raw.articles where body is not null").fetchone()[0]
        assert fetched == 4, "an unchanged page landed again as a new version"
        assert conn.execute("select count(*) from raw.articles").fetchone()[0] <= raw_before + 2  # new failure rows
        assert conn.execute("select count(*) from marts.fct_incidents").fetchone()[0] == incidents_before
        urls = {r[0] for r in conn.execute("select url from intermediate.int_article_texts").fetchall()}
    base = old_warehouse["base"]
    assert f"{base}/articles/qaim-border-post-attack.html?id=7&api_key=REDACTED" in urls
    assert f"{base}/articles/iraq-hunt-for-isis-resumes.html" in urls
    # Once only: the migration is recorded and does not run again.
    assert scrub_once(settings.warehouse) is None


def test_scrub_secrets_command_cleans_now_keeps_the_publication_date_and_is_idempotent(old_warehouse, tmp_path,
                                                                                        capsys, monkeypatch):
    settings = _copy(old_warehouse, tmp_path / "wh")
    with duckdb.connect(str(settings.serving), read_only=True) as conn:
        as_of = conn.execute("select as_of from meta.publication").fetchone()[0]
        marts_before = conn.execute("select count(*) from marts.fct_incidents").fetchone()[0]
    monkeypatch.setenv("SITREP_WAREHOUSE", str(settings.warehouse))
    monkeypatch.setenv("SITREP_SERVING", str(settings.serving))
    assert cli_main(["scrub-secrets"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"] > 0 and report["republished"] == str(settings.serving)
    assert "raw.articles.url" in report["changed"] and any(k.startswith("marts.") for k in report["changed"])
    assert _secrets_in(settings.warehouse) == {}
    assert _secrets_in(settings.serving) == {} and _secrets_in_parquet(settings.serving) == {}
    with duckdb.connect(str(settings.serving), read_only=True) as conn:
        assert conn.execute("select as_of from meta.publication").fetchone()[0] == as_of
        assert conn.execute("select count(*) from marts.fct_incidents").fetchone()[0] == marts_before
    # Again: nothing left to change.
    assert cli_main(["scrub-secrets", "--no-publish"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 0


def test_scrub_leaves_clean_values_and_the_raw_body_alone(tmp_path):
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema raw")
        conn.execute("create table raw.articles (article_id varchar, url varchar, body blob, text varchar, "
                     "fetch_error varchar)")
        conn.execute("insert into raw.articles values "
                     "('a', 'https://h.example/a?token=T1', 'see https://h.example/?token=B1'::blob, "
                     " 'visit https://h.example/?token=X1', 'http 500 at https://u:P1@h.example/f'), "
                     "('b', 'https://h.example/story?author=smith&keyword=attack', null, null, null)")
        changed = scrub(conn)
        rows = conn.execute("select article_id, url, body::varchar, text, fetch_error from raw.articles "
                            "order by 1").fetchall()
    assert changed == {"raw.articles.url": 1, "raw.articles.fetch_error": 1}
    assert rows == [
        ("a", "https://h.example/a?token=REDACTED", "see https://h.example/?token=B1",
         "visit https://h.example/?token=X1", "http 500 at https://h.example/f"),
        ("b", "https://h.example/story?author=smith&keyword=attack", None, None, None),
    ]
    assert redact_text("x") == "x"


def test_a_new_warehouse_is_marked_done_at_its_first_run(tmp_path):
    """Otherwise the mark would appear at the second run and change a warehouse that a same-day re-run must
    leave identical (test_pipeline_e2e)."""
    path = tmp_path / "new.duckdb"
    assert scrub_once(path) == {}
    assert scrub_once(path) is None
