"""Entry points called by the DAG and `sitrep run`: discover candidates, then fetch and land them.

Both return JSON-serialisable dicts (they travel through Airflow XCom).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Callable

from sitrep.acquire.fetcher import Fetcher, Outcome, _now, canonicalize, dedupe
from sitrep.acquire.http_client import RequestsHttpClient
from sitrep.acquire.landing import RawArticle, article_id_for, ensure_schema, land, latest_validators
from sitrep.acquire.redact import redact_text, redact_url
from sitrep.acquire.sources import as_utc, discover, load_sources, local_root
from sitrep.warehouse.connection import warehouse

log = logging.getLogger(__name__)
# Rows per landing transaction, or fewer when their bodies reach BATCH_BYTES. Each batch opens the warehouse,
# commits and closes it (the lock is not held while fetching), and that open + checkpoint-on-close costs ~0.1 s
# whatever the batch holds: at 200 rows it was half of a 10,000-article day's landing. Bytes bound the memory a
# batch of big pages holds (200 rows of 5 MB bodies could reach 1 GB before).
BATCH_SIZE = 1000
BATCH_BYTES = 64 * 2**20
MAX_REPORTED_FAILURES = 50


class SourceUnreachable(RuntimeError):
    """A whole source was unreachable for the whole retry budget. Raised after everything else was landed."""

    def __init__(self, sources: list[str], reasons: dict[str, str], report: dict | None = None):
        self.sources = sources
        self.reasons = reasons
        self.report = report or {}  # the full run report: everything else was landed
        detail = "; ".join(f"{s}: {reasons.get(s, 'unreachable')}" for s in sources)
        super().__init__(f"unreachable source(s): {detail}")


def _as_datetime(value: datetime | str) -> datetime:
    return as_utc(value if isinstance(value, datetime) else datetime.fromisoformat(str(value)))


def discover_candidates(sources_path: str | Path, start: datetime, end: datetime) -> dict:
    cfg = load_sources(sources_path)
    start, end = _as_datetime(start), _as_datetime(end)
    client = RequestsHttpClient(cfg.policy)
    try:
        # Sources are usually on different hosts, so discover them in parallel; per-host limits still apply.
        with ThreadPoolExecutor(max_workers=max(1, min(cfg.policy.max_workers, len(cfg.sources) or 1))) as pool:
            results = list(pool.map(lambda s: discover(s, client, start, end), cfg.sources))
    finally:
        client.close()
    candidates, failures = [], []
    for res in results:
        candidates.extend(res.candidates)
        failures.extend(res.failures)
    candidates = dedupe(candidates)
    log.info("discovered %d candidates, %d discovery failures", len(candidates), len(failures))
    return {"candidates": candidates, "failures": failures,
            "window": {"start": start.isoformat(), "end": end.isoformat()}}


def _failure_row(failure: dict, run_id: str) -> RawArticle:
    url = redact_url(str(failure.get("url") or failure.get("source")))
    reason = redact_text(str(failure.get("reason") or "unknown failure"))
    return RawArticle(article_id=article_id_for(url, None, reason), url=url, source=failure.get("source"),
                      fetched_at=_now(), http_status=failure.get("http_status"), content_type=None, body=None,
                      content_sha256=None, fetch_error=reason, canonical_url=canonicalize(url), run_id=run_id)


def _land_batch(warehouse_path: str | Path, rows: list[RawArticle]) -> set[str]:
    with warehouse(warehouse_path) as conn:
        return land(conn, rows)


class _Tally:
    """What one fetch-and-land run counts: totals, per-source counts, the failures it reports, each source's
    health, and the rows waiting for the next landing batch."""

    def __init__(self, warehouse_path: str | Path) -> None:
        self.warehouse_path = warehouse_path
        self.by_source: dict[str, Counter] = defaultdict(Counter)
        self.failures: list[dict] = []
        # source -> [any success, any non-transport failure, first transport reason]
        self.health: dict[str, list] = defaultdict(lambda: [False, False, None])
        self.totals = Counter()
        self.pending: list[tuple[RawArticle, Outcome | None]] = []
        self.pending_bytes = 0

    def flush(self) -> None:
        """Land the pending rows in one transaction and count which were new."""
        if not self.pending:
            return
        inserted = _land_batch(self.warehouse_path, [row for row, _ in self.pending])
        for row, outcome in self.pending:
            if outcome is not None and outcome.status == "new":
                key = "landed" if row.article_id in inserted else "unchanged"
                self.totals[key] += 1
                self.by_source[row.source or "?"][key] += 1
        self.pending.clear()
        self.pending_bytes = 0

    def discovery_failure(self, failure: dict, run_id: str) -> None:
        src = str(failure.get("source") or "?")
        self.pending.append((_failure_row(failure, run_id), None))
        self.totals["failed"] += 1
        self.by_source[src]["failed"] += 1
        self.failures.append({"source": src, "url": redact_url(failure.get("url")),
                              "reason": redact_text(failure.get("reason"))})
        if failure.get("unreachable"):
            self.health[src][2] = self.health[src][2] or redact_text(failure.get("reason"))
        else:
            self.health[src][1] = True

    def fetched(self, outcome: Outcome) -> None:
        """Count one fetch outcome and queue its row; a full batch is landed at once."""
        src = outcome.candidate.get("source") or "?"
        totals, by_source, failures, health = self.totals, self.by_source, self.failures, self.health
        totals["fetched"] += 1
        by_source[src]["candidates"] += 1
        if outcome.status == "failed":
            totals["failed"] += 1
            by_source[src]["failed"] += 1
            failures.append({"source": src, "url": redact_url(outcome.candidate["url"]), "reason": outcome.reason})
            if outcome.transport_failure:
                health[src][2] = health[src][2] or outcome.reason
            else:
                health[src][1] = True
        else:
            health[src][0] = True
            if outcome.reason:  # landed with a warning (e.g. an unparseable date)
                totals["warnings"] += 1
                failures.append({"source": src, "url": redact_url(outcome.candidate["url"]),
                                 "reason": outcome.reason, "warning": True})
            if outcome.status == "unchanged":
                totals["unchanged"] += 1
                by_source[src]["unchanged"] += 1
        if outcome.row is not None:
            self.pending.append((outcome.row, outcome))
            self.pending_bytes += len(outcome.row.body or b"")
        if len(self.pending) >= BATCH_SIZE or self.pending_bytes >= BATCH_BYTES:
            self.flush()

    def unreachable(self) -> list[str]:
        # A source is unreachable when nothing of it worked and its failures were all transport failures
        # (DNS, connect, timeout, 5xx/429 after every retry) -- a 404 or a bad page is not unreachability.
        return sorted(s for s, (ok, other, transport) in self.health.items() if transport and not ok and not other)

    def report(self, run_id: str, unreachable: list[str]) -> dict:
        totals = self.totals
        return {
            "run_id": run_id,
            "fetched": totals["fetched"], "landed": totals["landed"], "unchanged": totals["unchanged"],
            "failed": totals["failed"], "warnings": totals["warnings"],
            "by_source": {s: {k: c.get(k, 0) for k in ("candidates", "landed", "unchanged", "failed")}
                          for s, c in sorted(self.by_source.items())},
            "unreachable_sources": unreachable,
            "failures": self.failures[:MAX_REPORTED_FAILURES],
        }


def fetch_and_land(candidates: dict, warehouse_path: str | Path, run_id: str, sources_path: str | Path,
                   progress: Callable[[int, int], None] | None = None) -> dict:
    """Fetch every candidate and land the outcomes in batches; `progress(fetched, landed)` is called as they come."""
    cfg = load_sources(sources_path)
    items = dedupe((candidates or {}).get("candidates") or [])
    discovery_failures = [f for f in (candidates or {}).get("failures") or [] if isinstance(f, dict)]

    with warehouse(warehouse_path) as conn:
        ensure_schema(conn)
        validators = latest_validators(conn, [redact_url(c["url"].strip()) for c in items])

    client = RequestsHttpClient(cfg.policy)
    fetcher = Fetcher(client, run_id, max_workers=cfg.policy.max_workers, max_body_bytes=cfg.policy.max_body_bytes,
                      validators=validators, local_roots=[local_root(s) for s in cfg.sources if s.kind == "local"])
    tally = _Tally(warehouse_path)
    for failure in discovery_failures:
        tally.discovery_failure(failure, run_id)
    try:
        for outcome in fetcher.run(items):
            tally.fetched(outcome)
            if progress is not None:
                progress(tally.totals["fetched"], tally.totals["landed"])
        tally.flush()
    finally:
        client.close()

    unreachable = tally.unreachable()
    report = tally.report(run_id, unreachable)
    log.info("acquisition report: %s", {k: v for k, v in report.items() if k != "failures"})
    if unreachable:
        raise SourceUnreachable(unreachable, {s: tally.health[s][2] for s in unreachable}, report)
    return report
