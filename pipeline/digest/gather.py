"""What the digest of one day says, read from the store (no formatting here).

The digest of day D covers the reports filed on D, midnight to midnight in the council's
time zone ([schedule] timezone); it is sent on the morning of D+1 at [schedule]
digest_time. Asked for during D itself, it covers D up to now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ..campaigns import CampaignSummary
from ..report import VERDICTS
from ..settings import Settings
from ..store.base import utc_iso

MAX_WAITING = 50  # reports waiting for review listed one by one; the rest are counted
MAX_REPORT_LINKS = 30  # the latest reports of a campaign are referenced; the rest are counted


@dataclass
class DigestCampaign:
    summary: CampaignSummary
    status: str  # new | growing
    reports_in_period: int
    url: str | None  # review page of the campaign
    report_links: list[tuple[int, str | None]]  # (report id, review page)


@dataclass
class WaitingReport:
    id: int
    filed_at: str
    subject: str | None
    sender: str | None
    verdict: str
    confidence: float
    url: str | None


@dataclass
class FailedMessage:
    delivery_id: int
    received_at: str
    message_id: str | None
    error: str | None
    url: str | None


@dataclass
class Digest:
    day: date
    start: datetime  # local, aware
    end: datetime  # local, aware (now, for a day not over yet)
    generated_at: datetime
    counts: dict[str, int]  # reports of the period by verdict
    reporters: int
    campaigns: list[DigestCampaign] = field(default_factory=list)
    waiting: list[WaitingReport] = field(default_factory=list)
    waiting_total: int = 0
    failed: list[FailedMessage] = field(default_factory=list)
    review_url: str | None = None

    @property
    def complete(self) -> bool:
        """The whole day is covered (it is over)."""
        return self.end.date() > self.day

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def period(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The local day, midnight to midnight."""
    return datetime.combine(day, time(0), tz), datetime.combine(day + timedelta(days=1), time(0), tz)


def _url(base: str, path: str) -> str | None:
    return f"{base.rstrip('/')}{path}" if base else None


def gather(settings: Settings, store, day: date, now: datetime | None = None) -> Digest:
    tz = ZoneInfo(settings.schedule.timezone)
    now = now or datetime.now(timezone.utc)
    start, end = period(day, tz)
    # the whole day is read even when it is not over (what is filed up to now, this very
    # second included); the digest says it stops now
    since, until = utc_iso(start), utc_iso(end)
    end = min(end, now.astimezone(tz))
    base = settings.web.public_url
    reports = store.reports_since(since, until)
    counts = {v: 0 for v in VERDICTS}
    for stored in reports:
        counts[stored.report.verdict] = counts.get(stored.report.verdict, 0) + 1
    reporters = {(s.report.reporter.address or f"#{s.id}").lower() for s in reports}

    campaigns = []
    for campaign_id, in_period in store.campaigns_active(since, until):
        summary = store.campaign_summary(campaign_id)
        campaigns.append(
            DigestCampaign(
                summary=summary,
                status="new" if summary.first_seen >= since else "growing",
                reports_in_period=in_period,
                url=_url(base, f"/campagnes/{campaign_id}"),
                report_links=[(rid, _url(base, f"/signalements/{rid}")) for rid in summary.report_ids[-MAX_REPORT_LINKS:]],
            )
        )
    # the most dangerous first, then the one that reached the most doctors
    campaigns.sort(key=lambda c: (-c.summary.danger, -c.summary.reporters, -c.summary.reports, c.summary.id))

    waiting_rows, waiting_total = store.reports_waiting_review(until, MAX_WAITING)
    waiting = [
        WaitingReport(s.id, s.created_at, _subject(s.report), _sender(s.report), s.report.verdict,
                      s.report.confidence, _url(base, f"/signalements/{s.id}"))
        for s in waiting_rows
    ]
    failed = [
        FailedMessage(d.id, d.received_at, d.message_id, d.error, _url(base, "/echecs"))
        for d in reversed(store.deliveries(status="failed", since=since))
        if d.received_at < until
    ]
    return Digest(
        day=day, start=start, end=end, generated_at=now.astimezone(tz), counts=counts, reporters=len(reporters),
        campaigns=campaigns, waiting=waiting, waiting_total=waiting_total, failed=failed, review_url=base or None,
    )


def _subject(report) -> str | None:
    return next((o.subject for o in report.originals if o.subject), report.subject)


def _sender(report) -> str | None:
    return next((o.sender.address for o in report.originals if o.sender.address), None)
