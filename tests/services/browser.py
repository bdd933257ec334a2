"""Headless Chromium (Debian's package, driven by Playwright) and a WSGI app on a loopback port.

`chromium` is a session fixture: tests that need a browser FAIL when it cannot start (the
package is installed by tests/services/install.sh, which `make test` runs); they never skip.
Use it from a test module with `from services.browser import chromium  # noqa: F401`.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("TRIAGE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's own sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",  # nothing but the page's own requests on the wire
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextlib.contextmanager
def launched_chromium():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash tests/services/install.sh` (installs Debian's chromium)")
    playwright = sync_playwright().start()
    try:
        try:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # any launch failure is a broken environment, reported as a failure
            pytest.fail(f"cannot start {CHROMIUM}: {exc}")
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def chromium():
    with launched_chromium() as browser:
        yield browser


@contextlib.contextmanager
def serving(app, host: str = "127.0.0.1"):
    """Serve a WSGI app on a free loopback port in a thread; yields its base URL."""
    from werkzeug.serving import make_server

    server = make_server(host, 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="wsgi-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
