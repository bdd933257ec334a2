"""Render the staff digest to a PNG for the README, in headless Chromium (Debian's
/usr/bin/chromium driven by Playwright).

    .venv/bin/python scripts/render_digest.py [--html FILE] [--output docs/images/digest.png]

Without --html, the sample reports (samples/reports) are filed into a throwaway store
with the embedded defaults, as `make run` does, and that day's digest is rendered. Every
request the page makes other than the file itself is refused and counted: the digest must
load nothing remote, and the script fails if it tries.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def digest_of_samples(folder: Path) -> Path:
    from pipeline.cli import main

    config = folder / "settings.toml"
    config.write_text(
        f'[mailbox]\npath = "{ROOT / "samples" / "reports"}"\n'
        f'[storage]\ndatabase = "{folder / "triage.db"}"\n'
        f'[digest]\noutput_dir = "{folder / "digests"}"\n',
        "utf-8",
    )
    for command in (["run", "--once"], ["digest"]):
        status = main([*command, "--config", str(config)])
        if status:
            sys.exit(f"render_digest: triage {' '.join(command)} failed ({status})")
    return max((folder / "digests").glob("digest-*.html"))


def screenshot(html: Path, output: Path, width: int = 820, max_height: int = 0) -> int:
    from playwright.sync_api import sync_playwright

    refused = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)

        def guard(route):
            if route.request.url == html.as_uri():
                route.continue_()
            else:
                refused.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.goto(html.as_uri(), wait_until="load")
        output.parent.mkdir(parents=True, exist_ok=True)
        height = page.evaluate("document.documentElement.scrollHeight")
        if max_height and height > max_height:  # the top of a long digest, for the README
            page.screenshot(path=str(output), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": max_height})
        else:
            page.screenshot(path=str(output), full_page=True)
        browser.close()
    if refused:
        sys.exit(f"render_digest: the digest tried to load {len(refused)} remote resource(s): {refused[:5]}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", type=Path, help="a digest HTML file (default: the digest of the sample reports)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "images" / "digest.png")
    parser.add_argument("--max-height", type=int, default=1800, help="keep the top of a longer page (0: all of it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="triage-digest-") as tmp:
        html = args.html.resolve() if args.html else digest_of_samples(Path(tmp))
        screenshot(html, args.output, max_height=args.max_height)
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
