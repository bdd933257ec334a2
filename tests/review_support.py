"""A real store filled through the real pipeline from tests/fixtures/review, for the review
app's tests and the screenshot script.

The fixtures are polled from their folder like any directory mailbox (the worker's Poller:
analysis by unwrap -> extract -> classify rules, filing, campaign assignment), so the pages
are tested on what the program really stores. The statistical model is left out so that
these tests do not depend on the state of models/classifier.skops. One message is larger
than the limit the settings give here, so it is filed as failed.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.analyze import Analyzer
from pipeline.campaigns import on_filed_hooks
from pipeline.poll import run_once
from pipeline.settings import LimitsSettings, MailboxSettings, Settings, StorageSettings, WebSettings
from pipeline.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "review"
STAFF, PASSWORD = "marie.dupont", "correct horse battery staple"
MAX_MESSAGE_BYTES = 32 * 1024  # oversized_attachment.eml (64 KB) is over it, the others far under


def review_settings(tmp_path: Path, reports: Path = FIXTURES, **web) -> Settings:
    """Settings of a review app over tmp_path/triage.db fed from the folder `reports`, with one
    staff account (STAFF, PASSWORD) and a secret key file."""
    from pipeline.review.auth import set_password

    secret = tmp_path / "secret_key"
    secret.write_text("k" * 48)
    users = tmp_path / "users.toml"
    if not users.exists():
        set_password(users, STAFF, PASSWORD)
    return Settings(
        mailbox=MailboxSettings(kind="directory", path=str(reports)),
        storage=StorageSettings(database=str(tmp_path / "triage.db")),
        limits=LimitsSettings(max_message_bytes=MAX_MESSAGE_BYTES),
        web=WebSettings(**{"secret_key_env": "", "secret_key_file": str(secret), "users_file": str(users),
                           "secure_cookies": False, **web}),
    )


def fill_store(settings: Settings) -> tuple[Store, dict[str, int]]:
    """The store of `settings` after one poll of its folder; report ids by file name (without
    .eml), or the delivery id for a message that failed."""
    store = Store.open(settings.path(settings.storage.database))
    result = run_once(settings, store, analyzer=Analyzer(settings, with_model=False), hooks=on_filed_hooks(settings))
    assert result.count("failed") + result.count("filed") == len(list(Path(settings.mailbox.path).rglob("*.eml")))
    ids = {}
    for row in store.db.execute(
        "SELECT d.id, d.file_key, d.status, r.id AS report_id FROM deliveries d LEFT JOIN reports r ON r.delivery_id = d.id"
    ):
        ids[Path(row["file_key"]).stem] = row["report_id"] if row["status"] == "filed" else row["id"]
    return store, ids
