"""Backfill progress (issue 16, item 7): day i of N, articles and incidents so far, elapsed and remaining time; a
bar redrawn in place on a terminal, plain throttled lines in a log."""

from __future__ import annotations

import io

from sitrep.progress import BackfillProgress, clock


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_lines_name_day_articles_incidents_and_times():
    out = io.StringIO()
    p = BackfillProgress(3, out, every=3600)
    p.start_day(1, "2021-03-01")
    for n in range(50):
        p.fetching(n, n // 2)  # throttled: no line per outcome in a log
    p.end_day(25)
    p.start_day(2, "2021-03-02")
    p.end_day(5, incidents=7)
    p.finish(incidents=9)
    lines = out.getvalue().splitlines()
    assert len(lines) == 5, lines
    assert lines[0].startswith("progress: day 1/3 | articles 0 | incidents ? | elapsed 0:00:00 | remaining ?")
    assert "day 1/3 | articles 25 |" in lines[1] and "remaining ~0:00:0" in lines[1]
    assert "day 2/3 | articles 30 | incidents 7 |" in lines[3]
    assert lines[-1].endswith("| done") and "incidents 9" in lines[-1]


def test_a_terminal_gets_one_redrawn_bar():
    term = Terminal()
    p = BackfillProgress(4, term)
    p.start_day(1, "d1")
    p.end_day(3)
    p.finish()
    text = term.getvalue()
    assert text.count("\r\x1b[2K[") == 3 and text.endswith("\n") and text.count("\n") == 1
    assert "[#####---------------] day 1/4 | articles 3" in text


def test_clock_format():
    assert clock(0) == "0:00:00" and clock(3725.9) == "1:02:05"
