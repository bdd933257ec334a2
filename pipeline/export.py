"""`triage export`: the campaigns seen since a date and their indicators, for the national
council or a national reporting platform (CSV or JSON).

The indicators are exported RAW (https://faux-site.fr/…, not defanged): the readers are
machines (block lists, platforms' importers) that need the real values. Do not paste
the file's content into a mail or a document read by people; the digest and the review
pages are the defanged views. Reporters are never exported: no doctor's address or name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from .settings import Settings
from .store.base import utc_iso

# kind of indicator -> field of CampaignSummary
INDICATOR_FIELDS = (
    ("sender", "senders"),
    ("reply_to", "reply_tos"),
    ("url", "links"),
    ("domain", "domains"),
    ("lookalike_domain", "lookalike_domains"),
    ("phone", "phones"),
    ("subject", "subjects"),
)
CSV_COLUMNS = ("campaign_id", "verdict", "organisation", "first_seen", "last_seen", "reports", "reporters", "kind", "value")
NOTE = "Indicators are raw values, not defanged: for machines. Reporters are not included."


@dataclass
class ExportedCampaign:
    id: int
    verdict: str
    confidence: float
    organisation: str | None
    fake_organisation: bool
    first_seen: str
    last_seen: str
    reports: int
    reporters: int
    asks_credentials_or_payment: bool
    indicators: dict[str, list[str]]


def collect(settings: Settings, store, since: date) -> list[ExportedCampaign]:
    tz = ZoneInfo(settings.schedule.timezone)
    out = []
    for campaign_id in store.campaigns_seen_since(utc_iso(datetime.combine(since, time(0), tz))):
        members = store.campaign_members(campaign_id)
        if not members:
            continue
        summary = store.campaign_summary(campaign_id)
        reporters = {(m.report.reporter.address or "").lower() for m in members} - {""}
        indicators = {
            kind: [v for v in getattr(summary, name) if v and not any(r in v.lower() for r in reporters)]
            for kind, name in INDICATOR_FIELDS
        }
        out.append(
            ExportedCampaign(
                id=summary.id, verdict=summary.verdict, confidence=summary.confidence,
                organisation=summary.organisation, fake_organisation=summary.fake_organisation,
                first_seen=summary.first_seen, last_seen=summary.last_seen, reports=summary.reports,
                reporters=summary.reporters, asks_credentials_or_payment=summary.asks_credentials_or_payment,
                indicators={k: v for k, v in indicators.items() if v},
            )
        )
    return out


def to_json(campaigns: list[ExportedCampaign], since: date, now: datetime | None = None) -> str:
    document = {
        "generated_at": utc_iso(now or datetime.now(timezone.utc)),
        "since": since.isoformat(),
        "note": NOTE,
        "campaigns": [c.__dict__ for c in campaigns],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(campaigns: list[ExportedCampaign]) -> str:
    """One row per indicator, with its campaign's columns repeated (spreadsheet-friendly)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in campaigns:
        for kind, _ in INDICATOR_FIELDS:
            for value in c.indicators.get(kind, []):
                writer.writerow((c.id, c.verdict, c.organisation or "", c.first_seen, c.last_seen, c.reports, c.reporters, kind,
                                 _safe_cell(value) if kind == "subject" else value))
    return buffer.getvalue()


def _safe_cell(value: str) -> str:
    """A scammer's subject a spreadsheet would take for a formula (=, +, -, @) gets a quote in
    front; the other indicators are machine values that never start so, except E.164 phones."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
