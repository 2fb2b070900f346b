"""Serve the bundled sample news site on a free loopback port.

Feed and pages are templates: `{base_url}` is filled in per request so absolute links point back at whatever port
the server got. Used by `make run` and by the end-to-end tests, so both exercise real HTTP.
"""

from __future__ import annotations

import contextlib
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

SITE_DIR = Path(__file__).parent / "sample_site"
SOURCES_FILE = SITE_DIR / "sources.yml"
_TYPES = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class _Handler(BaseHTTPRequestHandler):
    server_version = "SampleWire/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        path = self.path.split("?", 1)[0].lstrip("/") or "index.html"
        target = (SITE_DIR / path).resolve()
        if SITE_DIR.resolve() not in target.parents or not target.is_file() or target.suffix not in _TYPES:
            self.send_error(HTTPStatus.NOT_FOUND, "No such page")
            return
        base_url = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        body = target.read_text(encoding="utf-8").replace("{base_url}", base_url).encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", _TYPES[target.suffix])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test and demo output quiet
        pass


@contextlib.contextmanager
def serve_sample_site(host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Yield the base URL of the running sample site; shut it down on exit.

    Article URLs embed the port, so a caller that wants re-runs to see the *same* site (idempotency) passes the
    port of the earlier run; port 0 takes any free one.
    """
    server = ThreadingHTTPServer((host, port), _Handler)
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
