"""Fetch-and-land throughput against a local HTTP server with simulated latency.

    python bench/fetch_bench.py [--pages 200] [--latency-ms 50] [--levels 1,2,4,8,16]

For each concurrency level (per-host concurrency = worker threads = level, no per-host interval) a fresh warehouse
receives every page through the real path: robots.txt, requests, size/type checks, the landing-time extraction
check and a transactional DuckDB insert. Prints pages/s fetched and landed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from sitrep.acquire.acquisition import fetch_and_land  # noqa: E402
from sitrep.warehouse.connection import warehouse  # noqa: E402

TEMPLATE = (ROOT / "tests" / "fixtures" / "acquisition" / "article.html").read_text(encoding="utf-8")


def make_handler(latency: float):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real news sites
        # Headers and body in one segment: otherwise Nagle + delayed ACK add ~40 ms per response.
        wbufsize = 1 << 16
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802
            time.sleep(latency)
            if self.path == "/robots.txt":
                body, ctype = b"User-agent: *\nDisallow: /private/\n", "text/plain"
            else:
                body = TEMPLATE.replace("Militants attack checkpoint near Mosul", f"Report {self.path}").encode()
                ctype = "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass
    return Handler


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--latency-ms", type=float, default=50.0)
    ap.add_argument("--levels", default="1,2,4,8,16")
    args = ap.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(args.latency_ms / 1000))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    candidates = {"candidates": [{"url": f"{base}/news/{i}", "source": "bench"} for i in range(args.pages)],
                  "failures": []}
    print(f"fetch bench: {args.pages} pages, {args.latency_ms:.0f} ms simulated latency per request, "
          f"local server {base}")
    print(f"{'concurrency':>11} {'seconds':>8} {'fetched/s':>10} {'landed':>7} {'landed/s':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for level in [int(x) for x in args.levels.split(",")]:
            cfg = Path(tmp) / f"sources-{level}.yml"
            cfg.write_text(f"fetch: {{allow_private: ['127.0.0.0/8'], per_host_interval: 0, "
                           f"per_host_concurrency: {level}, max_workers: {level}}}\n"
                           f"sources:\n  - {{name: bench, kind: urls, urls: ['{base}/unused']}}\n")
            db = Path(tmp) / f"bench-{level}.duckdb"
            started = time.perf_counter()
            report = fetch_and_land(candidates, db, f"bench-{level}", cfg)
            elapsed = time.perf_counter() - started
            with warehouse(db, read_only=True) as conn:
                rows = conn.execute("SELECT count(*) FROM raw.articles WHERE fetch_error IS NULL").fetchone()[0]
            assert rows == report["landed"]
            print(f"{level:>11} {elapsed:>8.2f} {report['fetched'] / elapsed:>10.1f} {report['landed']:>7} "
                  f"{report['landed'] / elapsed:>9.1f}")
    server.shutdown()


if __name__ == "__main__":
    main()
