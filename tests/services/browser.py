"""Headless Chromium (Debian's package, driven by Playwright), for tests and scripts.

`chromium` is a session fixture: tests that need a browser FAIL when it cannot start (the
package is installed by tests/services/install.sh, which `make test` runs); they never skip.
Use it from a test module with `from services.browser import chromium  # noqa: F401`.
"""

from __future__ import annotations

import contextlib
import os
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


class BrowserUnavailable(RuntimeError):
    pass


@contextlib.contextmanager
def launched_chromium():
    """Headless Chromium for a script or a test; BrowserUnavailable when it cannot start."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise BrowserUnavailable(f"{CHROMIUM} is missing: run `bash tests/services/install.sh` (installs Debian's chromium)")
    playwright = sync_playwright().start()
    try:
        try:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # any launch failure is a broken environment
            raise BrowserUnavailable(f"cannot start {CHROMIUM}: {exc}") from exc
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def chromium():
    try:
        with launched_chromium() as browser:
            yield browser
    except BrowserUnavailable as exc:
        pytest.fail(str(exc))
