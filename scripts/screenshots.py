"""Screenshots of the review app for the README: docs/images/queue.png and docs/images/report.png.

Files the sample reports (samples/reports) into a throwaway database through the real
pipeline (the worker's poll: analysis, filing, campaigns), starts the real app on a
loopback port with a throwaway staff account, logs in with headless Chromium (Debian's
package) and photographs the queue and the report page of the most reported fraud.

    .venv/bin/python scripts/screenshots.py [--rules-only] [--out docs/images]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Chromium launcher shared with the browser tests

from pipeline.analyze import Analyzer  # noqa: E402
from pipeline.campaigns import on_filed_hooks  # noqa: E402
from pipeline.poll import run_once  # noqa: E402
from pipeline.review import create_app  # noqa: E402
from pipeline.review.auth import set_password  # noqa: E402
from pipeline.review.server import serving_in_thread  # noqa: E402
from pipeline.settings import MailboxSettings, Settings, StorageSettings, WebSettings  # noqa: E402
from pipeline.store import Store  # noqa: E402
from services.browser import launched_chromium  # noqa: E402

STAFF = "demo.personnel"
VIEWPORT = {"width": 1366, "height": 900}
MAX_REPORT_HEIGHT = 2400


def demo_settings(workdir: Path, reports: Path) -> tuple[Settings, str]:
    """Settings over a throwaway database and accounts file, and the demo account's password."""
    password = secrets.token_urlsafe(16)
    set_password(workdir / "users.toml", STAFF, password)
    os.environ["TRIAGE_SCREENSHOT_SECRET"] = secrets.token_hex(32)
    settings = Settings(
        mailbox=MailboxSettings(kind="directory", path=str(reports)),
        storage=StorageSettings(database=str(workdir / "demo.db")),
        web=WebSettings(secret_key_env="TRIAGE_SCREENSHOT_SECRET", users_file=str(workdir / "users.toml"),
                        secure_cookies=False),
    )
    return settings, password


def file_samples(settings: Settings, with_model: bool) -> int:
    """File the sample reports; returns the id of the report to photograph."""
    with Store.open(settings.path(settings.storage.database)) as store:
        result = run_once(settings, store, analyzer=Analyzer(settings, with_model=with_model),
                          hooks=on_filed_hooks(settings))
        print(f"filed {result.count('filed')} sample reports, {result.count('failed')} failed", file=sys.stderr)
        row = store.db.execute(
            """SELECT r.id FROM reports r LEFT JOIN campaigns c ON c.id = r.campaign_id
               WHERE r.verdict = 'fraud' ORDER BY coalesce(c.report_count, 1) DESC, r.confidence DESC, r.id LIMIT 1"""
        ).fetchone()
        if row is None:
            raise SystemExit("no fraud among the sample reports: nothing to photograph")
        return row[0]


def photograph(settings: Settings, password: str, report_id: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serving_in_thread(create_app(settings)) as base, launched_chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="fr-FR", device_scale_factor=1)
        page.goto(base + "/")
        page.fill("#utilisateur", STAFF)
        page.fill("#mot_de_passe", password)
        with page.expect_navigation():
            page.click("button:has-text('Se connecter')")
        if not page.url.rstrip("/") == base:
            raise SystemExit(f"login failed: {page.url}")
        page.screenshot(path=str(out / "queue.png"))
        page.goto(f"{base}/signalements/{report_id}")
        page.wait_for_load_state("networkidle")
        height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_REPORT_HEIGHT)
        page.screenshot(path=str(out / "report.png"), clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height},
                        full_page=True)
    print(f"wrote {out / 'queue.png'} and {out / 'report.png'}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=ROOT / "samples" / "reports", help="folder of .eml reports")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="where the PNG files go")
    parser.add_argument("--rules-only", action="store_true", help="classify without the statistical model")
    args = parser.parse_args(argv)
    if not any(args.reports.rglob("*.eml")):
        raise SystemExit(f"no .eml file under {args.reports}")
    with tempfile.TemporaryDirectory(prefix="triage-screenshots-") as workdir:
        settings, password = demo_settings(Path(workdir), args.reports)
        report_id = file_samples(settings, with_model=not args.rules_only)
        photograph(settings, password, report_id, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
