"""Child process for the fault tests: one pipeline step, the same calls `sitrep run` makes, with progress markers.

    python driver.py land  START END     discover + fetch + land the local corpus for [START, END)
    python driver.py build [--full-refresh]
    python driver.py publish AS_OF

Settings come from the environment (SITREP_WAREHOUSE, SITREP_SOURCES, ...), as in production. The only addition is
a line on stdout after each committed landing batch ("BATCH n committed"), so a test knows the run is mid-way and
can SIGKILL it there; the batches themselves go through the unchanged landing code.
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    from sitrep import pipeline
    from sitrep.acquire import acquisition
    from sitrep.settings import Settings

    settings = Settings.from_env()
    step = argv[0]
    if step == "land":
        real, committed = acquisition._land_batch, [0]

        def observed(path, rows):
            inserted = real(path, rows)
            committed[0] += 1
            print(f"BATCH {committed[0]} committed", flush=True)
            return inserted

        acquisition._land_batch = observed
        if len(argv) > 3:  # smaller batches make more kill points in a small corpus
            acquisition.BATCH_SIZE = int(argv[3])
        candidates = pipeline.discover(settings, argv[1], argv[2])
        print(f"DISCOVERED {len(candidates['candidates'])}", flush=True)
        report = pipeline.land(settings, candidates, f"fault_test__{argv[1][:10]}")
        print("REPORT " + json.dumps(report, default=str), flush=True)
    elif step == "build":
        pipeline.build(settings, full_refresh="--full-refresh" in argv)
        print("BUILT", flush=True)
    elif step == "publish":
        print("PUBLISHED " + pipeline.publish(settings, as_of=argv[1]), flush=True)
    else:
        raise SystemExit(f"unknown step {step!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
