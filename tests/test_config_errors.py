"""The sources file is validated against a schema (issue 16, item 5): unknown keys, wrong types and out-of-range
values are rejected when it is loaded, one line per problem naming the key and its line, with no traceback unless
--debug; and a run in which nothing at all could be fetched exits non-zero."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from sitrep import pipeline
from sitrep.settings import Settings
from sitrep.acquire.sources import ConfigError, load_sources

SITREP = str(Path(sys.executable).with_name("sitrep"))


def errors_of(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "sources.yml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    return [line.removeprefix(str(path)) for line in str(info.value).splitlines()]


@pytest.mark.parametrize("body, expected", [
    ("sources:\n  - name: a\n    kind: rss\n    url: http://a.example/f\n    enabeld: false\n",
     " line 5: sources[0] ('a').enabeld: unknown key (did you mean 'enabled'?)"),
    ("fetchh: {max_workers: 2}\nsources: []\n", " line 1: fetchh: unknown key (did you mean 'fetch'?)"),
    ("sources:\n  - {name: u, kind: urls, urls: 'http://a.example/one-url'}\n",
     " line 2: sources[0] ('u').urls: Input should be a valid list (got 'http://a.example/one-url')"),
    ("sources:\n  - {name: f, kind: rss, url: 'http://a.example/f', max_items: 0}\n",
     " line 2: sources[0] ('f').max_items: Input should be greater than 0 (got 0)"),
    ("sources:\n  - {name: g, kind: gdelt, query: q, max_pages: -3}\n",
     " line 2: sources[0] ('g').max_pages: Input should be greater than 0 (got -3)"),
    ("sources:\n  - {name: g, kind: gdelt, query: q, max_pages: ten}\n",
     " line 2: sources[0] ('g').max_pages: Input should be a valid integer, unable to parse string as an "
     "integer (got 'ten')"),
    ("fetch:\n  max_workers: 0\nsources: []\n",
     " line 2: fetch.max_workers: Input should be greater than or equal to 1 (got 0)"),
    ("fetch:\n  total_timeout: -1\nsources: []\n",
     " line 2: fetch.total_timeout: Input should be greater than 0 (got -1)"),
    ("sources:\n  - {name: x, kind: ftp, url: 'http://a.example'}\n",
     " line 2: sources[0] ('x').kind: kind must be one of rss, gdelt, urls, local, got 'ftp'"),
    ("sources:\n  - {name: r, kind: rss, url: 'gopher://a.example'}\n",
     " line 2: sources[0] ('r').url: must be an http:// or https:// URL"),
])
def test_each_bad_value_is_one_line_naming_key_and_line(tmp_path, body, expected):
    assert errors_of(tmp_path, body) == [expected]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    lines = errors_of(tmp_path, (
        "fetch: {max_retries: -1, speed: 3}\n"
        "sources:\n"
        "  - {name: a, kind: rss, url: 'http://a.example', fetchh: 1}\n"
        "  - {name: b, kind: local}\n"))
    assert len(lines) == 4, lines
    assert any("fetch.max_retries" in line for line in lines) and any("fetch.speed" in line for line in lines)
    assert any(line.startswith(" line 3: sources[0] ('a').fetchh: unknown key") for line in lines)
    assert any(line.startswith(" line 4: sources[1] ('b').path: required key is missing") for line in lines)


def test_a_disabled_source_is_still_checked(tmp_path):
    assert errors_of(tmp_path, "sources:\n  - {name: a, kind: rss, enabled: false, url: 'http://a.example', "
                               "max_itemz: 3}\n")[0].endswith("max_itemz: unknown key (did you mean 'max_items'?)")


def test_cli_prints_config_errors_without_traceback_unless_debug(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("sources:\n  - {name: a, kind: rss, url: 'http://a.example', enabeld: false}\n"
                    "  - {name: b, kind: urls, urls: 'http://b.example'}\n")
    env = {**os.environ, "SITREP_WAREHOUSE": str(tmp_path / "w.duckdb")}
    proc = subprocess.run([SITREP, "run", "--date", "2021-03-02", "--sources", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines == [f"sitrep: config error: {path} line 2: sources[0] ('a').enabeld: unknown key "
                     "(did you mean 'enabled'?)",
                     f"sitrep: config error: {path} line 3: sources[1] ('b').urls: Input should be a valid list "
                     "(got 'http://b.example')"], proc.stderr
    assert not (tmp_path / "w.duckdb").exists(), "nothing may run on a bad config"
    debug = subprocess.run([SITREP, "run", "--date", "2021-03-02", "--sources", str(path), "--debug"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert debug.returncode == 2 and "Traceback" in debug.stderr


def test_a_run_where_nothing_could_be_fetched_fails(server, tmp_path):
    server.expect_request("/a").respond_with_data("gone", status=404)
    server.expect_request("/b").respond_with_data("gone", status=410)
    sources = tmp_path / "sources.yml"
    sources.write_text("fetch: {allow_private: ['127.0.0.0/8'], per_host_interval: 0, respect_robots: false}\n"
                       f"sources:\n  - {{name: u, kind: urls, urls: ['{server.url_for('/a')}', "
                       f"'{server.url_for('/b')}']}}\n")
    settings = Settings(warehouse=tmp_path / "w.duckdb", serving=tmp_path / "s.duckdb", sources=sources,
                        dbt_project_dir=tmp_path, dbt_profiles_dir=tmp_path)
    start = datetime(2021, 3, 2, tzinfo=timezone.utc)
    report = pipeline.land(settings, pipeline.discover(settings, start, start.replace(day=3)), "r")
    assert report["failed"] == 2 and not report["unreachable_sources"]  # 404/410 are not unreachability
    with pytest.raises(pipeline.NothingFetched, match="nothing could be fetched: 2 failure"):
        pipeline.check_sources(report)
    assert pipeline.nothing_fetched(report)
    pipeline.check_sources({**report, "landed": 1})  # one success is a run that worked
