"""One bad JSON line costs that line only, in every JSONL reader (issue 16, item 2): `sitrep extract`,
`sitrep geoparse` and local sources skip it with file and line number and process the lines after it.

The hostile lines are the ones that used to crash a reader or drop a whole source: nesting beyond the recursion
limit, invalid UTF-8, a lone surrogate, a date out of range. The hypothesis tests mix such lines with good ones at
random and check that every good line is processed and every bad one reported by number.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.cli import main as cli_main
from sitrep.acquire.http_client import FetchPolicy, RequestsHttpClient
from sitrep.acquire.sources import Source, discover

SITREP = str(Path(sys.executable).with_name("sitrep"))
TEXT = "Gunmen killed three civilians in Gao on Monday, local officials said."
DEEP = b'{"id": "deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
BAD_UTF8 = b'{"id": "utf", "text": "caf\xe9 \xff\xfe attack", "published": "2021-03-02"}'
SURROGATE = b'{"id": "sur", "text": "bad \\ud800 surrogate", "published": "2021-03-02"}'
YEAR_ONE = b'{"id": "old", "text": "' + TEXT.encode() + b'", "published": "0001-01-01"}'
HOSTILE = {"deep": DEEP, "utf8": BAD_UTF8, "surrogate": SURROGATE, "year_one": YEAR_ONE,
           "not_json": b"{nope", "list": b"[1, 2]"}
START = datetime(2021, 3, 2, tzinfo=timezone.utc)
END = datetime(2021, 3, 3, tzinfo=timezone.utc)
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def good(i: int) -> bytes:
    return json.dumps({"id": f"good{i}", "text": TEXT, "published": "2021-03-02"}).encode()


def run_cli(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([SITREP, *args], input=stdin, capture_output=True, timeout=300)


def test_extract_cli_skips_each_hostile_line_by_number_and_processes_the_rest(tmp_path):
    lines = [good(1), DEEP, BAD_UTF8, SURROGATE, YEAR_ONE, good(2)]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    proc = run_cli(["extract", "--input", str(src), "--output", "-"])
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    ids = {json.loads(line)["id"] for line in proc.stdout.decode().splitlines()}
    assert ids == {"good1", "good2"}, (ids, err)
    for n, why in ((2, "nested deeper"), (3, "invalid UTF-8"), (4, "surrogate"), (5, "line 5")):
        assert f"{src}: line {n}: skipped" in err and why in err, err
    # The same through stdin names the stream.
    proc = run_cli(["extract", "--input", "-", "--output", "-"], src.read_bytes())
    assert proc.returncode == 0 and "<stdin>: line 3: skipped: invalid UTF-8" in proc.stderr.decode()


def test_geoparse_cli_skips_each_hostile_line_by_number_and_processes_the_rest(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Clashes in Kirkuk."}).encode(), DEEP, BAD_UTF8, SURROGATE,
             json.dumps({"id": "b", "text": "Shelling near Mosul."}).encode()]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    proc = run_cli(["geoparse", "--input", str(src), "--output", "-"])
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err, err
    names = {(r["id"], r["name"]) for r in map(json.loads, proc.stdout.decode().splitlines())}
    assert {("a", "Kirkuk"), ("b", "Mosul")} <= names
    for n in (2, 3, 4):
        assert f"{src}: line {n}: skipped" in err, err


def local_source(root: Path) -> Source:
    return Source("archive", "local", {"path": str(root), "filter_by_date": False}, root)


def client() -> RequestsHttpClient:
    return RequestsHttpClient(FetchPolicy(respect_robots=False))


def test_one_hostile_line_no_longer_drops_the_whole_local_source(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.jsonl").write_bytes(b"\n".join([good(1), DEEP, BAD_UTF8, SURROGATE, good(2)]) + b"\n")
    (docs / "b.txt").write_text(TEXT)
    found = discover(local_source(docs), client(), START, END)
    assert not any("discovery error" in f["reason"] for f in found.failures), found.failures
    urls = sorted(c["url"].rsplit("/", 1)[1] for c in found.candidates)
    assert urls == ["a.jsonl#id=good1", "a.jsonl#id=good2", "b.txt"]
    assert sorted(f["url"].rsplit("#", 1)[1] for f in found.failures) == ["line=2", "line=3", "line=4"]
    assert all(f["reason"].startswith("a.jsonl: line ") for f in found.failures)


lines_strategy = st.lists(
    st.one_of(st.integers(0, 10_000).map(lambda i: ("good", good(i))),
              st.sampled_from(sorted(HOSTILE)).map(lambda k: (k, HOSTILE[k])),
              st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b).map(lambda b: ("bytes", b)),
              st.text(max_size=30).filter(lambda t: "\n" not in t and "\r" not in t and t.strip())
              .map(lambda t: ("text", json.dumps({"id": "t", "text": t, "published": "2021-03-02"}).encode()))),
    min_size=1, max_size=8)


def _numbered(lines: list[tuple[str, bytes]]) -> tuple[bytes, dict[int, str]]:
    data = b"\n".join(b for _, b in lines) + b"\n"
    kinds = {n: kind for n, (kind, b) in enumerate(lines, 1) if b.strip()}
    return data, kinds


@FUZZ
@given(lines=lines_strategy)
def test_fuzz_extract_cli_never_crashes_and_loses_only_bad_lines(tmp_path_factory, lines):
    tmp = tmp_path_factory.mktemp("fuzz")
    data, kinds = _numbered(lines)
    src, out = tmp / "in.jsonl", tmp / "out.jsonl"
    src.write_bytes(data)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = cli_main(["extract", "--input", str(src), "--output", str(out)])
    found = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    expected = {f"good{json.loads(b)['id'][4:]}" for kind, b in lines if kind == "good"}
    assert expected <= found, err.getvalue()  # every good line was processed (each has one incident)
    reported = err.getvalue()
    for n, kind in kinds.items():
        if kind in ("deep", "utf8", "surrogate", "year_one", "not_json", "list"):
            assert f"{src}: line {n}: skipped" in reported, (n, kind, reported)
    assert "Traceback" not in reported
    if "good" in kinds.values():
        assert status == 0
    elif set(kinds.values()) <= {"deep", "utf8", "surrogate", "not_json", "list"}:
        assert status == 1  # no line could be read


@FUZZ
@given(lines=lines_strategy)
def test_fuzz_local_source_lists_every_good_line_and_reports_every_bad_one(tmp_path_factory, lines):
    root = tmp_path_factory.mktemp("docs")
    data, kinds = _numbered(lines)
    (root / "f.jsonl").write_bytes(data)
    (root / "after.txt").write_text(TEXT)  # a file after the hostile one is still listed
    found = discover(local_source(root), client(), START, END)
    assert not any("discovery error" in f["reason"] for f in found.failures), found.failures
    listed = {c["url"].rsplit("#", 1)[-1] for c in found.candidates}
    assert any(c["url"].endswith("after.txt") for c in found.candidates)
    failed_lines = {int(f["url"].rsplit("#line=", 1)[1]) for f in found.failures}
    for n, kind in kinds.items():
        if kind in ("deep", "utf8", "surrogate", "not_json", "list"):
            assert n in failed_lines, (n, kind, found.failures)
        elif kind == "good":
            rid = json.loads(lines[n - 1][1])["id"]
            assert f"id={rid}" in listed or f"line={n}" in listed, (n, listed)
