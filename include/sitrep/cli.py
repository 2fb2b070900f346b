"""The `sitrep` command (also `python -m sitrep`): see docs/contract.md for the public part."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date, timedelta
from typing import Iterator, TextIO


@contextlib.contextmanager
def _open(path: str, mode: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdin if "r" in mode else sys.stdout
    else:
        with open(path, mode, encoding="utf-8") as handle:
            yield handle


def _extract(args: argparse.Namespace) -> int:
    from sitrep.extractor import extract_jsonl

    with _open(args.input, "r") as inp, _open(args.output, "w") as out:
        return extract_jsonl(inp, out, sys.stderr)


def _geoparse(args: argparse.Namespace) -> int:
    from sitrep.geoparser import geoparse_jsonl

    with _open(args.input, "r") as inp, _open(args.output, "w") as out:
        return geoparse_jsonl(inp, out, sys.stderr)


def _run(args: argparse.Namespace) -> int:
    import os

    from sitrep import pipeline
    from sitrep.settings import Settings

    if args.sources:
        os.environ["SITREP_SOURCES"] = args.sources
    settings = Settings.from_env()
    last = args.to or args.date
    if last < args.date:
        raise SystemExit("--to must not be before --date")
    day, failures = args.date, 0
    while day <= last:  # a backfill is a sequence of daily runs, each idempotent
        try:
            report = pipeline.run_day(day, settings, full_refresh=args.full_refresh and day == args.date)
            print(json.dumps(report, default=str))
        except pipeline.SourcesUnreachable as exc:
            failures += 1
            print(f"{day}: {exc}", file=sys.stderr)
        except pipeline.DbtBuildFailed as exc:  # later days would build on a broken warehouse: stop here
            print(f"{day}: {exc}", file=sys.stderr)
            return 1
        day += timedelta(days=1)
    return 1 if failures else 0


def _export(args: argparse.Namespace) -> int:
    from sitrep.export import ExportError, export
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="News articles in, ACLED-style incidents out.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="incidents from article texts (JSON lines in, JSON lines out)")
    p.add_argument("--input", required=True, help="JSONL file, or - for stdin")
    p.add_argument("--output", required=True, help="JSONL file, or - for stdout")
    p.set_defaults(func=_extract)

    p = sub.add_parser("geoparse", help="toponyms with GeoNames ids from texts (JSON lines in and out)")
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.set_defaults(func=_geoparse)

    p = sub.add_parser("run", help="one daily run outside the scheduler (same code as the DAG)")
    p.add_argument("--date", required=True, type=date.fromisoformat, help="the UTC day to process, YYYY-MM-DD")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a backfill range (inclusive)")
    p.add_argument("--sources", help="sources YAML (default: $SITREP_SOURCES or include/sources.yml)")
    p.add_argument("--full-refresh", action="store_true", help="rebuild incremental models from raw")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
