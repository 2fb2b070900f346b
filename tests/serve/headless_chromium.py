"""Drive Debian's headless Chromium over the DevTools protocol, as a person's browser would load a page.

`chromium --headless --dump-dom/--screenshot` captures a page as soon as it has loaded, even with
`--virtual-time-budget`: a Streamlit page only draws after the script's output arrives over a websocket, which
virtual time does not wait for. So we start the same headless Chromium with a debugging port, wait until the page
shows what we expect, then take the DOM and a screenshot. The websocket client is `websockets`, which Streamlit
itself depends on; nothing else is needed.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

import websockets

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")

# The brief's isolation flags: no GPU, no QUIC, no background fetches, a fresh profile per run.
BASE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@contextmanager
def chromium(binary: str, *, width: int = 1400, height: int = 1000) -> Iterator[int]:
    """Run headless Chromium with a DevTools port on loopback; yields the port."""
    profile = Path(tempfile.mkdtemp(prefix="sitrep-chromium-"))
    proc = subprocess.Popen(
        [binary, *BASE_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if proc.poll() is not None:
                raise RuntimeError(f"chromium exited with status {proc.returncode} before opening DevTools")
            if time.monotonic() > deadline:
                raise RuntimeError("chromium did not open its DevTools port within 30 s")
            time.sleep(0.1)
        yield int(port_file.read_text().splitlines()[0])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


class _Page:
    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []  # protocol events seen while waiting for replies

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        await self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            reply = json.loads(await self.ws.recv())
            if "method" in reply:
                self.events.append(reply)
            elif reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


# True once Streamlit finished the script run and every Vega chart has drawn its canvas or SVG.
_READY_JS = """
(() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning') return false;
  const charts = document.querySelectorAll('.vega-embed');
  for (const c of charts) { if (!c.querySelector('canvas, svg')) return false; }
  return true;
})()
"""


class Page:
    """One browser tab. Use through `open_page`."""

    def __init__(self, cdp: _Page, width: int) -> None:
        self.cdp = cdp
        self.width = width

    async def goto(self, url: str) -> None:
        await self.cdp.call("Page.navigate", url=url)

    async def requested_urls(self) -> list[str]:
        """Every URL the page asked for so far (documents, scripts, styles, fonts, images, websockets)."""
        await self.cdp.evaluate("1")  # drain events queued behind the last reply
        urls = []
        for event in self.cdp.events:
            if event["method"] == "Network.requestWillBeSent":
                urls.append(event["params"]["request"]["url"])
            elif event["method"] == "Network.webSocketCreated":
                urls.append(event["params"]["url"])
        return urls

    async def text(self) -> str:
        return await self.cdp.evaluate("document.body ? document.body.innerText : ''") or ""

    async def wait_for(self, expect: list[str], *, timeout: float = 60.0, absent: list[str] = ()) -> str:
        """Wait until the page finished drawing and its text has every `expect` and none of `absent`."""
        deadline = time.monotonic() + timeout
        while True:
            text = await self.text()
            if (all(e in text for e in expect) and not any(a in text for a in absent)
                    and await self.cdp.evaluate(_READY_JS)):
                await asyncio.sleep(0.5)  # let the last chart transitions settle
                return text
            if time.monotonic() > deadline:
                missing = [e for e in expect if e not in text]
                present = [a for a in absent if a in text]
                raise TimeoutError(
                    f"within {timeout} s the page never showed {missing} / still showed {present}; "
                    f"its text: {text[:2000]!r}"
                )
            await asyncio.sleep(0.25)

    async def download(self, button_text: str, directory: Path, *, timeout: float = 30.0) -> Path:
        """Click the button whose text contains `button_text` and return the file the browser saved."""
        directory.mkdir(parents=True, exist_ok=True)
        await self.cdp.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(directory))
        clicked = await self.cdp.evaluate(
            "(() => { const b = [...document.querySelectorAll('button')]"
            f".find(b => b.innerText.includes({json.dumps(button_text)}));"
            " if (!b) return false; b.click(); return true; })()"
        )
        if not clicked:
            raise AssertionError(f"no button with text {button_text!r} on the page")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [f for f in directory.iterdir() if not f.name.endswith(".crdownload")]
            if done:
                return done[0]
            await asyncio.sleep(0.25)
        raise TimeoutError(f"nothing was downloaded into {directory} within {timeout} s")

    async def dom(self) -> str:
        return await self.cdp.evaluate("document.documentElement.outerHTML")

    async def screenshot(self, path: Path) -> None:
        # Streamlit scrolls inside its own container, so grow the viewport to the content instead.
        height = await self.cdp.evaluate(
            "Math.max(document.body.scrollHeight, "
            "(document.querySelector('[data-testid=stMainBlockContainer]') || document.body).scrollHeight + 120)"
        )
        await self.cdp.call("Emulation.setDeviceMetricsOverride", width=self.width,
                            height=int(min(height, 8000)), deviceScaleFactor=1, mobile=False)
        await asyncio.sleep(0.5)
        shot = await self.cdp.call("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


@asynccontextmanager
async def open_page(port: int, width: int = 1400) -> AsyncIterator[Page]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
        targets = [t for t in json.load(resp) if t.get("type") == "page"]
    async with websockets.connect(targets[0]["webSocketDebuggerUrl"], max_size=None) as ws:
        cdp = _Page(ws)
        await cdp.call("Page.enable")
        await cdp.call("Network.enable")
        yield Page(cdp, width)


def render(binary: str, url: str, *, expect: list[str], screenshot: Path | None = None, timeout: float = 60.0,
           width: int = 1400) -> tuple[str, list[str]]:
    """Open `url`, wait until its text contains every string in `expect`; return the DOM and every URL the
    page requested (and save a PNG)."""

    async def run(port: int) -> tuple[str, list[str]]:
        async with open_page(port, width) as page:
            await page.goto(url)
            await page.wait_for(expect, timeout=timeout)
            if screenshot is not None:
                await page.screenshot(screenshot)
            return await page.dom(), await page.requested_urls()

    with chromium(binary, width=width) as port:
        return asyncio.run(run(port))
