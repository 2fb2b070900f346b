"""Progress of a backfill: day i of N, articles and incidents so far, elapsed and remaining time.

On a terminal one line is redrawn in place (a bar); in a log (not a TTY) it prints plain lines, at most one every
`every` seconds while fetching, and one per finished day, so `sitrep run ... 2>run.log` stays readable.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}"


class BackfillProgress:
    def __init__(self, days: int, stream: TextIO | None = None, every: float = 10.0, width: int = 20):
        self.days, self.stream, self.every, self.width = days, stream or sys.stderr, every, width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.done_days = 0
        self.day_index = 0
        self.day_label = ""
        self.articles = 0  # new document versions landed so far
        self.incidents: int | None = None  # known after a build
        self._last_line = 0.0

    def start_day(self, index: int, label: str) -> None:
        self.day_index, self.day_label = index, label
        self._emit(f"fetching {label}", force=True)

    def fetching(self, fetched: int, landed: int) -> None:
        """Called by the landing loop as outcomes arrive."""
        self._emit(f"fetching {self.day_label}: {fetched} done, {landed} new", landed_now=landed)

    def end_day(self, landed: int, incidents: int | None = None) -> None:
        self.done_days += 1
        self.articles += landed
        if incidents is not None:
            self.incidents = incidents
        self._emit(f"landed {self.day_label}: {landed} new", force=True)

    def building(self, what: str) -> None:
        self._emit(what, force=True)

    def finish(self, incidents: int | None = None) -> None:
        if incidents is not None:
            self.incidents = incidents
        self._emit("done", force=True)
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()

    def _emit(self, what: str, force: bool = False, landed_now: int = 0) -> None:
        now = time.monotonic()
        if not force and now - self._last_line < (0.2 if self.tty else self.every):
            return
        self._last_line = now
        elapsed = now - self.started
        remaining = (elapsed / self.done_days * (self.days - self.done_days)) if self.done_days else None
        incidents = "?" if self.incidents is None else str(self.incidents)
        text = (f"day {self.day_index}/{self.days} | articles {self.articles + landed_now} | incidents {incidents} | "
                f"elapsed {clock(elapsed)} | remaining {'?' if remaining is None else '~' + clock(remaining)} | "
                f"{what}")
        if self.tty:
            filled = int(self.width * self.done_days / max(1, self.days))
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r\x1b[2K[{bar}] {text}")
        else:
            self.stream.write(f"progress: {text}\n")
        self.stream.flush()
