"""`triage digest` (the staff digest of a day), `triage export` (campaigns and indicators) and
`triage campaigns --rebuild` (group every report again)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from .. import digest, export
from ..campaigns import gazetteer_for
from ..mailer import MailerError
from ..settings import load_settings
from ..store import Store


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _command(sub, name: str, handler, help: str, description: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=description)
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.set_defaults(handler=handler)
    return p


def register(sub) -> None:
    p = _command(
        sub, "digest", run_digest,
        help="write the staff digest of a day (and send it with --send)",
        description="Writes the digest of a day (default: today so far) to [digest] output_dir as "
        "digest-YYYY-MM-DD.html and .txt and prints their paths; --send also mails it to [digest] "
        "recipients through [smtp].",
    )
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="the day (local time, [schedule] timezone); default today")
    p.add_argument("--send", action="store_true", help="mail it to [digest] recipients (needs [smtp] host and sender)")

    p = _command(
        sub, "export", run_export,
        help="campaigns seen since a date and their indicators, as CSV or JSON",
        description="Exports the campaigns seen since DATE with their indicators, for the national "
        "council or a national reporting platform. The indicators are RAW, not defanged (the readers "
        "are machines); reporters are never included.",
    )
    p.add_argument("--since", type=_day, required=True, metavar="YYYY-MM-DD", help="campaigns seen on or after this day")
    p.add_argument("--format", choices=("csv", "json"), required=True)
    p.add_argument("--output", metavar="FILE", help="write here instead of the standard output")

    p = _command(
        sub, "campaigns", run_campaigns,
        help="group every report into campaigns again (after changing official or free-mail domains)",
        description="Groups every stored report again, in filing order, from its content and the "
        "current domain lists. Merges and splits made by hand in the review app are not replayed.",
    )
    p.add_argument("--rebuild", action="store_true", required=True, help="regroup every report")


def run_campaigns(args) -> int:
    settings = load_settings(args.config)
    gazetteer = gazetteer_for(settings)  # a configuration error before the store is touched
    with Store.open(settings.path(settings.storage.database)) as store:
        count = store.rebuild_campaigns(gazetteer)
    print(f"{count} campagne(s) après regroupement de tous les signalements")
    return 0


def run_digest(args) -> int:
    settings = load_settings(args.config)
    if args.send:
        digest.require_sendable(settings)  # a clear configuration error before any work
    now = datetime.now(timezone.utc)
    day = args.date or now.astimezone(ZoneInfo(settings.schedule.timezone)).date()
    with Store.open(settings.path(settings.storage.database)) as store:
        try:
            output = (digest.send if args.send else digest.write)(settings, store, day, now)
        except MailerError as exc:
            print(f"triage digest: not sent: {exc}", file=sys.stderr)
            return 1
    d = output.digest
    print(f"Synthèse du {day.isoformat()} : {d.total} signalement(s), {len(d.campaigns)} campagne(s), "
          f"{d.waiting_total} à examiner, {len(d.failed)} en échec")
    print(output.html_path)
    print(output.text_path)
    if args.send:
        print(f"envoyée à {', '.join(settings.digest.recipients)}")
    return 0


def run_export(args) -> int:
    settings = load_settings(args.config)
    with Store.open(settings.path(settings.storage.database)) as store:
        campaigns = export.collect(settings, store, args.since)
    content = export.to_json(campaigns, args.since) if args.format == "json" else export.to_csv(campaigns)
    if args.output:
        Path(args.output).write_text(content, "utf-8", newline="")
        print(f"{len(campaigns)} campagne(s) exportée(s) dans {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(content)
    return 0
