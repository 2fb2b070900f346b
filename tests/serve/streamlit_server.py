"""Start the dashboard with a real `streamlit run` on a free loopback port, over a given serving copy."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def run_streamlit(serving: Path, tmp_path: Path, *, startup_timeout: float = 60) -> Iterator[str]:
    """Yield the app's URL once its health check answers; stop the server on exit."""
    port = _free_port()
    env = {
        **os.environ,
        "SITREP_SERVING": str(serving),
        "SITREP_DASHBOARD_POLL_SECONDS": "1",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "HOME": str(tmp_path),  # keep Streamlit's per-user files out of the real home
    }
    log_path = tmp_path / "streamlit.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--client.toolbarMode", "minimal"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            try:
                with urllib.request.urlopen(url + "_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(f"streamlit did not come up: {log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
