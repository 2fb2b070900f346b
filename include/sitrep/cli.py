"""The `sitrep` command (also `python -m sitrep`): see docs/contract.md for the public part.

Errors are one clear line each (a bad sources file gives one line per problem, naming the key and line); the
traceback is shown only with --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import traceback
from datetime import date
from typing import IO, Iterator, TextIO


@contextlib.contextmanager
def _open_in(path: str) -> Iterator[IO[bytes]]:
    # Binary: a line of invalid UTF-8 is then one skipped line, not a crash that loses the rest of the file.
    if path == "-":
        yield sys.stdin.buffer
    else:
        with open(path, "rb") as handle:
            yield handle


@contextlib.contextmanager
def _open_out(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as handle:
            yield handle


def _extract(args: argparse.Namespace) -> int:
    from sitrep.extract import extract_jsonl

    with _open_in(args.input) as inp, _open_out(args.output) as out:
        return extract_jsonl(inp, out, sys.stderr, name="<stdin>" if args.input == "-" else args.input)


def _geoparse(args: argparse.Namespace) -> int:
    from sitrep.geo.geoparser import geoparse_jsonl

    with _open_in(args.input) as inp, _open_out(args.output) as out:
        return geoparse_jsonl(inp, out, sys.stderr, name="<stdin>" if args.input == "-" else args.input)


def _run(args: argparse.Namespace) -> int:
    import os

    from sitrep import pipeline
    from sitrep.progress import BackfillProgress
    from sitrep.settings import Settings
    from sitrep.acquire.sources import load_sources

    if args.sources:
        os.environ["SITREP_SOURCES"] = args.sources
    settings = Settings.from_env()
    load_sources(settings.sources)  # a bad sources file fails here, before anything is fetched or built
    last = args.to or args.date
    if last < args.date:
        print("sitrep: error: --to must not be before --date", file=sys.stderr)
        return 2
    days = (last - args.date).days + 1
    progress = BackfillProgress(days, sys.stderr)
    echo = (lambda line: print(f"dbt | {line}", file=sys.stderr, flush=True)) if not args.quiet_dbt else None

    def emit(report: dict) -> None:
        print(json.dumps(report, default=str), flush=True)

    if not args.per_day:
        try:
            summary = pipeline.run_range(args.date, last, settings, full_refresh=args.full_refresh,
                                         progress=progress, echo=echo, on_day=emit)
        except pipeline.DbtBuildFailed as exc:
            print(f"sitrep: {exc}", file=sys.stderr)
            return 1
        emit(summary)
        for day, problem in summary["problems"].items():
            print(f"sitrep: {day}: {problem}", file=sys.stderr)
        return 1 if summary["problems"] else 0

    failures = 0
    for i in range(days):  # --per-day: each day built and published on its own, as the daily DAG does
        day = date.fromordinal(args.date.toordinal() + i)
        progress.start_day(i + 1, day.isoformat())
        try:
            report = pipeline.run_day(day, settings, full_refresh=args.full_refresh and i == 0,
                                      progress=progress, echo=echo)
            progress.end_day(report["landing"].get("landed") or 0, pipeline.count_incidents(settings))
            emit(report)
        except pipeline.SourcesUnreachable as exc:
            failures += 1
            progress.end_day(0, pipeline.count_incidents(settings))
            print(f"sitrep: {day}: {exc}", file=sys.stderr)
        except pipeline.DbtBuildFailed as exc:  # later days would build on a broken warehouse: stop here
            print(f"sitrep: {day}: {exc}", file=sys.stderr)
            return 1
    progress.finish()
    return 1 if failures else 0


def _export(args: argparse.Namespace) -> int:
    from sitrep.serve.export import ExportError, export
    from sitrep.settings import Settings

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise SystemExit("--to must not be before --from")
    output = args.output or ("-" if args.format == "acled" else f"sitrep_export_{args.format}")
    try:
        counts = export(args.database or Settings.from_env().serving, args.format, output,
                        date_from=args.date_from, date_to=args.date_to, country=args.country)
    except ExportError as exc:
        print(f"sitrep export: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"output": output, "rows": counts}), file=sys.stderr)
    return 0


def _scrub_secrets(args: argparse.Namespace) -> int:
    from sitrep.acquire.scrub import scrub_and_republish
    from sitrep.settings import Settings

    settings = Settings.from_env()
    report = scrub_and_republish(args.warehouse or settings.warehouse,
                                 None if args.no_publish else (args.serving or settings.serving))
    print(json.dumps(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the full traceback of an error")
    parser = argparse.ArgumentParser(prog="sitrep", description="News articles in, ACLED-style incidents out.",
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", parents=[common],
                       help="incidents from article texts (JSON lines in, JSON lines out)")
    p.add_argument("--input", required=True, help="JSONL file, or - for stdin")
    p.add_argument("--output", required=True, help="JSONL file, or - for stdout")
    p.set_defaults(func=_extract)

    p = sub.add_parser("geoparse", parents=[common],
                       help="toponyms with GeoNames ids from texts (JSON lines in and out)")
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.set_defaults(func=_geoparse)

    p = sub.add_parser("run", parents=[common], help="one daily run outside the scheduler (same code as the DAG)")
    p.add_argument("--date", required=True, type=date.fromisoformat, help="the UTC day to process, YYYY-MM-DD")
    p.add_argument("--to", type=date.fromisoformat,
                   help="last day of a backfill range (inclusive): every day is landed, then one build and publish")
    p.add_argument("--per-day", action="store_true",
                   help="with --to: build and publish after each day, as the daily DAG does")
    p.add_argument("--sources", help="sources YAML (default: $SITREP_SOURCES or include/sources.yml)")
    p.add_argument("--full-refresh", action="store_true", help="rebuild incremental models from raw")
    p.add_argument("--quiet-dbt", action="store_true", help="do not stream dbt's output to stderr")
    p.set_defaults(func=_run)

    p = sub.add_parser("export", help="incidents as files: ACLED's CSV layout, or every mart as CSV / Parquet")
    p.add_argument("--format", choices=["acled", "csv", "parquet"], default="acled",
                   help="acled: one CSV with ACLED's export columns; csv/parquet: a folder, one file per mart")
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, help="first event date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, help="last event date (inclusive)")
    p.add_argument("--country", help="ISO2 or ISO3 code, or ACLED's country name")
    p.add_argument("--output", help="file (acled; default stdout) or folder (csv/parquet)")
    p.add_argument("--database", help="serving copy to read (default: $SITREP_SERVING)")
    p.set_defaults(func=_export)

    p = sub.add_parser("scrub-secrets", parents=[common],
                       help="strip URL credentials from rows stored by older versions, then republish")
    p.add_argument("--warehouse", help="warehouse to scrub (default: $SITREP_WAREHOUSE)")
    p.add_argument("--serving", help="serving copy to replace with a clean one (default: $SITREP_SERVING)")
    p.add_argument("--no-publish", action="store_true", help="scrub the warehouse only")
    p.set_defaults(func=_scrub_secrets)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = getattr(args, "debug", False)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("sitrep: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 -- one clear message; the traceback only on request
        from sitrep.acquire.sources import ConfigError

        if debug:
            traceback.print_exc()
        if isinstance(exc, ConfigError):
            for line in str(exc).splitlines():
                print(f"sitrep: config error: {line}", file=sys.stderr)
            return 2
        print(f"sitrep: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if not debug:
            print("sitrep: run again with --debug for the traceback", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
