"""The answer to the doctor who reported: received, and what to do meanwhile.

`decide` (pure) applies the rules — never the scammer, never an auto-reply or a bounce,
never outside [acknowledgement] reporter_domains, never twice, at most
max_per_reporter_per_day a day — and picks the template: the council's advice and the
official addresses when the verdict is fraud with [classifier] high_confidence, else
"staff will look at it". `acknowledge` records every decision in the store (sent /
skipped:<why> / failed:<why>) and sends through the SMTP edge.

Links: a link from the reported message is ALWAYS defanged (hxxps://faux[.]fr) — the
doctor must not click it from our answer. The official addresses come from
config/templates/texts.toml, never from a message, and are left usable: the point of
the advice is that the doctor goes to the genuine site by a link they can trust.
"""

from __future__ import annotations

import email.parser
import email.policy
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from time import monotonic
from typing import Callable
from zoneinfo import ZoneInfo

from . import mailer
from .digest.render import check_templates, load_texts, render
from .report import Report
from .settings import Settings
from .store.base import utc_iso

log = logging.getLogger("triage.acknowledge")

TEMPLATES = {"fraud": "acknowledgement_fraud.txt.j2", "review": "acknowledgement_review.txt.j2"}
_BULK_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
_DAEMONS = ("mailer-daemon@", "postmaster@", "noreply@", "no-reply@", "ne-pas-repondre@", "nepasrepondre@")


@dataclass(frozen=True)
class Decision:
    send: bool
    reason: str  # the template's case when sending, why not otherwise
    recipient: str | None = None

    @property
    def status(self) -> str:
        return "sent" if self.send else f"skipped:{self.reason}"


def report_headers(raw: bytes) -> Message:
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


def automatic_reason(headers: Message) -> str | None:
    """Why the reported message looks sent by a machine (auto-reply, bounce, list), or None."""
    auto = (headers.get("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        return "auto_submitted"
    if (headers.get("Precedence") or "").strip().lower() in _BULK_PRECEDENCE:
        return "precedence_bulk"
    if any(headers.get(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply")):
        return "auto_reply"
    return_path = headers.get("Return-Path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "bounce"
    senders = [a.lower() for _, a in getaddresses(headers.get_all("From", []) + headers.get_all("Sender", []))]
    if any(a.startswith(_DAEMONS) for a in senders):
        return "bounce"
    if (headers.get_content_type() or "") == "multipart/report":
        return "bounce"
    if headers.get("List-Id") or headers.get("List-Unsubscribe"):
        return "mailing_list"
    return None


def _domain_allowed(address: str, domains: list[str]) -> bool:
    host = address.rpartition("@")[2].lower()
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in domains)


def _report_date(report: Report, headers: Message) -> datetime | None:
    for value in (report.received, headers.get("Date")):
        if not value:
            continue
        try:
            moment = datetime.fromisoformat(value) if "T" in value else parsedate_to_datetime(value)
        except (TypeError, ValueError):
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return None


def decide(
    settings: Settings, report: Report, headers: Message, *, answered: bool, sent_today: int, now: datetime
) -> Decision:
    """Whether to answer this report, and with which case; the first rule that applies wins."""
    ack = settings.acknowledgement
    address = (report.reporter.address or "").strip()
    lowered = address.lower()

    def skip(reason):
        return Decision(False, reason, address or None)

    if not ack.enabled:
        return skip("disabled")
    if answered:
        return skip("already_answered")
    if "@" not in address:
        return skip("no_reporter_address")
    if report.originals and all(o.forward_style == "direct" for o in report.originals):
        return skip("direct_report")  # sent straight to the mailbox: the "reporter" is the sender of the scam
    if any((o.sender.address or "").lower() == lowered or (o.reply_to or "").lower() == lowered
           for o in report.originals if o.forward_style == "attachment"):
        return skip("reporter_is_sender")
    if lowered == mailer.sender_address(settings.smtp):
        return skip("own_address")
    if reason := automatic_reason(headers):
        return skip(reason)
    if ack.reporter_domains and not _domain_allowed(lowered, ack.reporter_domains):
        return skip("outside_reporter_domains")
    dated = _report_date(report, headers)
    if dated and now - dated > timedelta(days=ack.max_age_days):
        return skip("too_old")
    if sent_today >= ack.max_per_reporter_per_day:
        return skip("rate_limited")
    if not mailer.is_configured(settings.smtp):
        return skip("smtp_not_configured")
    high = settings.classifier.high_confidence
    case = "fraud" if report.verdict == "fraud" and report.confidence >= high else "review"
    return Decision(True, case, address)


def build_answer(settings: Settings, report: Report, headers: Message, decision: Decision) -> EmailMessage:
    texts = load_texts(settings.path(settings.digest.templates_dir))
    subject = (report.subject or "").strip() or "votre signalement"
    if not subject.lower().startswith(("re:", "re :")):
        subject = texts.reply_prefix + subject
    message = mailer.new_message(settings.smtp, [decision.recipient], subject)
    message.replace_header("Auto-Submitted", "auto-replied")  # RFC 3834: an automatic reply
    if report.message_id:
        references = " ".join((headers.get("References") or "").split() + [report.message_id])
        message["In-Reply-To"] = report.message_id
        message["References"] = references
    urls = [u for u in report.indicators.urls if not u.official]
    message.set_content(
        render(
            settings,
            TEMPLATES[decision.reason],
            report=report,
            texts=texts,
            reporter_name=(report.reporter.name or "").strip(),
            original_subjects=[o.subject for o in report.originals if o.subject],
            suspicious_domains=sorted({u.registered_domain for u in urls if u.registered_domain}),
            organisations=sorted({o.name for o in report.indicators.organisations}),
        )
    )
    return message


class SmtpBreaker:
    """After a failed send, the next answers are not tried for a while (recorded as failed):
    a mail server that is down must not hold every report of a poll for its time-out."""

    def __init__(self, pause_seconds: float = 300.0):
        self.pause_seconds = pause_seconds
        self.down_until = 0.0

    def is_open(self) -> bool:
        return monotonic() < self.down_until

    def trip(self) -> None:
        self.down_until = monotonic() + self.pause_seconds


def acknowledge(
    settings: Settings, store, report_id: int, report: Report, raw: bytes,
    now: datetime | None = None, breaker: SmtpBreaker | None = None,
) -> Decision:
    """Decide, record and (when due) send the answer to the reporter of one filed report."""
    now = now or datetime.now(timezone.utc)
    headers = report_headers(raw)
    tz = ZoneInfo(settings.schedule.timezone)
    day_start = utc_iso(datetime.combine(now.astimezone(tz).date(), time(0), tz))
    address = report.reporter.address or ""
    decision = decide(
        settings, report, headers,
        answered=store.acknowledgement(report_id) is not None,
        sent_today=store.acknowledgements_sent(address, day_start) if address else 0,
        now=now,
    )
    if not decision.send:
        if decision.reason != "already_answered":
            store.record_acknowledgement(report_id, decision.recipient, decision.status)
        log.info("event=acknowledgement report=%d status=%s", report_id, decision.status)
        return decision
    if not store.claim_acknowledgement(report_id, decision.recipient):
        return Decision(False, "already_answered", decision.recipient)
    if breaker and breaker.is_open():
        store.record_acknowledgement(report_id, decision.recipient, "failed:smtp", "not tried: the SMTP server failed moments ago")
        return Decision(False, "failed", decision.recipient)
    try:
        mailer.send(settings.smtp, build_answer(settings, report, headers, decision))
    except mailer.MailerError as exc:
        if breaker:
            breaker.trip()
        store.record_acknowledgement(report_id, decision.recipient, "failed:smtp", str(exc)[:500])
        log.error("event=acknowledgement report=%d status=failed error=%s", report_id, exc)
        return Decision(False, "failed", decision.recipient)
    store.record_acknowledgement(report_id, decision.recipient, "sent", decision.reason)
    log.info("event=acknowledgement report=%d status=sent case=%s", report_id, decision.reason)
    return decision


def acknowledge_hook(settings: Settings) -> Callable:
    """The worker's hook (see pipeline.poll): each report filed gets its answer."""
    check_templates(settings)
    breaker = SmtpBreaker()

    def answer_reporter(store, report_id: int, report: Report, raw: bytes) -> None:
        acknowledge(settings, store, report_id, report, raw, breaker=breaker)

    return answer_reporter


def on_filed_hooks(settings: Settings) -> list[Callable]:
    return [acknowledge_hook(settings)] if settings.acknowledgement.enabled else []
