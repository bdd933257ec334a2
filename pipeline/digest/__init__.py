"""The daily digest for staff: gather (store) -> render (templates) -> save (file) -> send (SMTP).

`triage digest` writes the digest of a day to [digest] output_dir and, with --send, mails
it to [digest] recipients. The worker calls `run_scheduled` every day at [schedule]
digest_time and at start-up: every day whose digest is due and was not sent yet is sent
once (a machine that was off catches up, at most [digest] catch_up_days days); the days
sent are recorded in the store's meta.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from .. import mailer
from ..settings import Settings, SettingsError
from .gather import Digest, gather
from .render import RenderedDigest, render_digest

log = logging.getLogger("triage.digest")

__all__ = ["Digest", "DigestOutput", "build", "due_days", "run_scheduled", "save", "send", "to_message"]


@dataclass(frozen=True)
class DigestOutput:
    digest: Digest
    rendered: RenderedDigest
    html_path: Path
    text_path: Path


def build(settings: Settings, store, day: date, now: datetime) -> tuple[Digest, RenderedDigest]:
    digest = gather(settings, store, day, now)
    return digest, render_digest(settings, digest)


def save(settings: Settings, day: date, rendered: RenderedDigest) -> tuple[Path, Path]:
    """Write the two alternatives as digest-YYYY-MM-DD.html / .txt (replacing an earlier run)."""
    folder = settings.path(settings.digest.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext, content in (("html", rendered.html), ("txt", rendered.text)):
        path = folder / f"digest-{day.isoformat()}.{ext}"
        tmp = path.with_suffix(f".{ext}.tmp")
        tmp.write_text(content, "utf-8")
        tmp.replace(path)  # a reader never sees half a file
        paths.append(path)
    return paths[0], paths[1]


def to_message(settings: Settings, rendered: RenderedDigest) -> EmailMessage:
    message = mailer.new_message(settings.smtp, settings.digest.recipients, rendered.subject)
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def require_sendable(settings: Settings) -> None:
    mailer.require_configured(settings.smtp)
    if not settings.digest.recipients:
        raise SettingsError(None, "digest.recipients", "no recipient configured for the digest")


def write(settings: Settings, store, day: date, now: datetime) -> DigestOutput:
    digest, rendered = build(settings, store, day, now)
    html_path, text_path = save(settings, day, rendered)
    return DigestOutput(digest, rendered, html_path, text_path)


def send(settings: Settings, store, day: date, now: datetime) -> DigestOutput:
    """Write the digest of `day` and mail it; a day that is over is then recorded as sent
    (a digest of today so far does not stand for tomorrow morning's)."""
    require_sendable(settings)
    output = write(settings, store, day, now)
    mailer.send(settings.smtp, to_message(settings, output.rendered))
    if output.digest.complete:
        store.mark_digest_sent(day.isoformat(), str(output.html_path))
    log.info("event=digest_sent day=%s reports=%d campaigns=%d", day, output.digest.total, len(output.digest.campaigns))
    return output


def last_due_day(settings: Settings, now: datetime) -> date:
    """The latest day whose digest should have gone out by `now`."""
    tz = ZoneInfo(settings.schedule.timezone)
    local = now.astimezone(tz)
    hh, mm = (int(x) for x in settings.schedule.digest_time.split(":"))
    return local.date() - timedelta(days=1 if local.time() >= time(hh, mm) else 2)


def due_days(settings: Settings, store, now: datetime) -> list[date]:
    """Days whose digest is due and was not sent, oldest first. The first run ever sends
    only the latest due day (not a digest for every empty day since installation)."""
    latest = last_due_day(settings, now)
    last_sent = store.meta_get("last_digest_date")
    if last_sent is None:
        candidates = [latest]
    else:
        first = max(date.fromisoformat(last_sent) + timedelta(days=1), latest - timedelta(days=settings.digest.catch_up_days - 1))
        candidates = [first + timedelta(days=i) for i in range((latest - first).days + 1)]
    return [d for d in candidates if not store.digest_sent_at(d.isoformat())]


def run_scheduled(settings: Settings, store, now: datetime) -> list[date]:
    """Send every due digest not sent yet (see `due_days`); returns the days handled.

    Without an SMTP server configured the digest is only written to its file, and the day
    counts as done. A sending failure stops here; the next run tries that day again."""
    handled = []
    for day in due_days(settings, store, now):
        if mailer.is_configured(settings.smtp) and settings.digest.recipients:
            send(settings, store, day, now)
        else:
            output = write(settings, store, day, now)
            store.mark_digest_sent(day.isoformat(), str(output.html_path))
            log.warning("event=digest_written day=%s file=%s reason='no SMTP server or recipients configured'", day, output.html_path)
        handled.append(day)
    return handled
