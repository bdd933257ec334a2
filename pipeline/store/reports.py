"""The core of the store: deliveries (raw messages as received), reports, indicators,
the processing log, retention.

A delivery is one message as a source handed it over; it has at most one report
(UNIQUE reports.delivery_id). `file_delivery` writes a delivery, its report and its
indicators in one transaction: after it returns, the message may be moved at the source.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..report import Report
from .base import utc_iso, utc_now

STATES = ("new", "reviewed", "confirmed_fraud", "false_positive", "closed")
PURGED = "[supprimé]"  # what replaces a reporter's address in a purged report


@dataclass(frozen=True)
class SourceKey:
    """Where a message sits in its source; what the store remembers to never file it twice."""

    source: str  # imap | maildir | directory
    mailbox: str  # identity of the mailbox or folder
    uidvalidity: int | None = None  # IMAP
    uid: int | None = None  # IMAP
    file_key: str | None = None  # directory: relative path; maildir: unique name

    def __str__(self) -> str:
        if self.uid is not None:
            return f"{self.mailbox};UIDVALIDITY={self.uidvalidity};UID={self.uid}"
        return f"{self.mailbox}/{self.file_key}"


@dataclass(frozen=True)
class Delivery:
    id: int
    key: SourceKey
    message_id: str | None
    sha256: str
    size: int
    received_at: str
    status: str  # filed | failed | duplicate
    error: str | None
    done_at: str | None
    report_id: int | None


@dataclass(frozen=True)
class Filed:
    """What `file_delivery` did."""

    delivery_id: int
    status: str  # filed | failed | duplicate
    report_id: int | None
    duplicate_of: int | None = None
    new: bool = True  # False: this place in the source was already stored, nothing written


@dataclass(frozen=True)
class StoredReport:
    id: int
    delivery_id: int
    report: Report
    state: str
    label: str | None
    campaign_id: int | None
    created_at: str
    source: str
    mailbox: str


def report_indicators(report: Report) -> set[tuple[str, str]]:
    """The anonymised (kind, value) pairs kept for search and campaigns: the scam's traces,
    never the reporter's."""
    reporter = (report.reporter.address or "").lower()
    pairs: set[tuple[str, str]] = set()
    for original in report.originals:
        address = (original.sender.address or "").lower()
        if address and address != reporter:
            pairs.add(("sender_address", address))
            pairs.add(("sender_domain", address.rpartition("@")[2]))
        if original.reply_to and original.reply_to.lower() != reporter:
            pairs.add(("reply_to", original.reply_to.lower()))
    ind = report.indicators
    for url in ind.urls:
        pairs.add(("url", url.url))
        if url.registered_domain:
            pairs.add(("url_domain", url.registered_domain.lower()))
    pairs.update(("phone", p.e164) for p in ind.phones)
    pairs.update(("email", e.lower()) for e in ind.emails if e.lower() != reporter)
    pairs.update(("organisation", o.name) for o in ind.organisations)
    return {(k, v) for k, v in pairs if v}


def _first_original_fields(report: Report) -> tuple[str | None, str | None]:
    for original in report.originals:
        return original.subject or report.subject, original.sender.address
    return report.subject, None


class ReportStore:
    # --- what the sources and the poll need -------------------------------------------------

    def find_delivery(self, key: SourceKey, sha256: str | None = None) -> Delivery | None:
        """The delivery already stored for this place in the source (IMAP: UIDVALIDITY+UID;
        files: path or unique name, with the same content when `sha256` is given)."""
        sql = _DELIVERY_SELECT + " WHERE d.mailbox = ? AND "
        if key.uid is not None:
            row = self.db.execute(sql + "d.uidvalidity = ? AND d.uid = ?", (key.mailbox, key.uidvalidity, key.uid)).fetchone()
        elif sha256 is not None:
            row = self.db.execute(sql + "d.file_key = ? AND d.sha256 = ?", (key.mailbox, key.file_key, sha256)).fetchone()
        else:
            row = self.db.execute(sql + "d.file_key = ? ORDER BY d.id DESC LIMIT 1", (key.mailbox, key.file_key)).fetchone()
        return _delivery(row) if row else None

    def known_uids(self, mailbox: str, uidvalidity: int) -> dict[int, Delivery]:
        """Every delivery stored for this IMAP mailbox under this UIDVALIDITY, by UID."""
        rows = self.db.execute(_DELIVERY_SELECT + " WHERE d.mailbox = ? AND d.uidvalidity = ? AND d.uid IS NOT NULL", (mailbox, uidvalidity))
        return {row["uid"]: _delivery(row) for row in rows}

    def known_file_keys(self, mailbox: str) -> dict[tuple[str, str], Delivery]:
        """Every delivery stored for this folder, by (file key, sha256)."""
        rows = self.db.execute(_DELIVERY_SELECT + " WHERE d.mailbox = ? AND d.file_key IS NOT NULL", (mailbox,))
        return {(row["file_key"], row["sha256"]): _delivery(row) for row in rows}

    def file_delivery(
        self,
        key: SourceKey,
        raw: bytes,
        *,
        sha256: str,
        size: int,
        message_id: str | None,
        report: Report | None,
        error: str | None = None,
        truncated: bool = False,
    ) -> Filed:
        """Store one message as received and its report (or the error that prevented one),
        in one transaction. A message whose content (SHA-256 + Message-ID) is already filed
        for the same mailbox — UIDVALIDITY reset, a message moved back — is recorded as a
        duplicate of the first delivery and gets no second report (one that failed is tried
        again). Calling it again for the
        same place in the source returns what was stored the first time."""
        now = utc_now()
        with self.transaction() as db:
            existing = self.find_delivery(key, sha256)
            if existing:
                return Filed(existing.id, existing.status, existing.report_id, new=False)
            # a message that failed before is analysed again (staff put it back after a fix)
            first = db.execute(
                "SELECT id FROM deliveries WHERE mailbox = ? AND sha256 = ? AND message_id IS ? AND status = 'filed'"
                " ORDER BY id LIMIT 1",
                (key.mailbox, sha256, message_id),
            ).fetchone()
            status = "duplicate" if first else ("failed" if report is None else "filed")
            cur = db.execute(
                "INSERT INTO deliveries (source, mailbox, uidvalidity, uid, file_key, message_id, sha256, raw,"
                " raw_truncated, size, received_at, status, error, duplicate_of)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key.source, key.mailbox, key.uidvalidity, key.uid, key.file_key, message_id, sha256,
                    None if first else zlib.compress(raw, 6), int(truncated), size, now, status,
                    error if status == "failed" else None, first[0] if first else None,
                ),
            )
            delivery_id = cur.lastrowid
            report_id = None
            if status == "filed":
                report_id = self._insert_report(db, delivery_id, report, now)
            detail = f"duplicate_of={first[0]}" if first else (error or f"report={report_id}")
            self._log(db, delivery_id, status, detail)
        return Filed(delivery_id, status, report_id, first[0] if first else None)

    def _insert_report(self, db, delivery_id: int, report: Report, now: str) -> int:
        subject, sender = _first_original_fields(report)
        organisation = report.indicators.organisations[0].name if report.indicators.organisations else None
        cur = db.execute(
            "INSERT INTO reports (delivery_id, report_json, verdict, confidence, needs_review, reporter_address,"
            " subject, sender_address, organisation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                delivery_id, report.to_json(), report.verdict, report.confidence, int(report.needs_review),
                report.reporter.address, subject, sender, organisation, now, now,
            ),
        )
        report_id = cur.lastrowid
        db.executemany(
            "INSERT OR IGNORE INTO indicators (report_id, kind, value) VALUES (?, ?, ?)",
            [(report_id, kind, value) for kind, value in sorted(report_indicators(report))],
        )
        return report_id

    def mark_done(self, actions: dict[int, str]) -> None:
        """Record, per delivery id, what the source did once it was filed (moved:FOLDER, keyword:KW, kept)."""
        now = utc_now()
        with self.transaction() as db:
            for delivery_id, action in actions.items():
                db.execute("UPDATE deliveries SET done_at = ?, done_action = ? WHERE id = ?", (now, action, delivery_id))
                self._log(db, delivery_id, "done", action)

    def log(self, event: str, detail: str | None = None, delivery_id: int | None = None) -> None:
        with self.transaction() as db:
            self._log(db, delivery_id, event, detail)

    @staticmethod
    def _log(db, delivery_id: int | None, event: str, detail: str | None) -> None:
        db.execute(
            "INSERT INTO processing_log (at, delivery_id, event, detail) VALUES (?, ?, ?, ?)",
            (utc_now(), delivery_id, event, detail),
        )

    # --- reading ------------------------------------------------------------------------------

    def raw_message(self, delivery_id: int) -> bytes | None:
        """The bytes as received (the first delivery's for a duplicate); None once purged."""
        row = self.db.execute("SELECT raw, duplicate_of FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
        if row is None:
            raise KeyError(delivery_id)
        if row["duplicate_of"] is not None:
            return self.raw_message(row["duplicate_of"])
        return zlib.decompress(row["raw"]) if row["raw"] is not None else None

    def get_report(self, report_id: int) -> StoredReport:
        row = self.db.execute(_REPORT_SELECT + " WHERE r.id = ?", (report_id,)).fetchone()
        if row is None:
            raise KeyError(report_id)
        return _stored_report(row)

    def report_for_delivery(self, delivery_id: int) -> StoredReport | None:
        row = self.db.execute(_REPORT_SELECT + " WHERE r.delivery_id = ?", (delivery_id,)).fetchone()
        return _stored_report(row) if row else None

    def reports_since(self, since: str, until: str | None = None) -> list[StoredReport]:
        """Reports created in [since, until) (UTC ISO strings), oldest first."""
        rows = self.db.execute(
            _REPORT_SELECT + " WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.id",
            (since, until or "9999"),
        )
        return [_stored_report(row) for row in rows]

    def deliveries(self, status: str | None = None, since: str | None = None, limit: int = 1000) -> list[Delivery]:
        """Deliveries, newest first; `status` = failed lists the messages staff must look at."""
        clauses, params = [], []
        if status:
            clauses.append("d.status = ?")
            params.append(status)
        if since:
            clauses.append("d.received_at >= ?")
            params.append(since)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(_DELIVERY_SELECT + where + " ORDER BY d.id DESC LIMIT ?", (*params, limit))
        return [_delivery(row) for row in rows]

    def counts(self) -> dict:
        """Totals for `triage status`: reports by state and by verdict, deliveries by status."""
        by_state = dict(self.db.execute("SELECT state, COUNT(*) FROM reports GROUP BY state").fetchall())
        by_verdict = dict(self.db.execute("SELECT verdict, COUNT(*) FROM reports GROUP BY verdict").fetchall())
        deliveries = dict(self.db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status").fetchall())
        needs_review = self.db.execute("SELECT COUNT(*) FROM reports WHERE needs_review AND state = 'new'").fetchone()[0]
        not_done = self.db.execute("SELECT COUNT(*) FROM deliveries WHERE done_at IS NULL").fetchone()[0]
        return {
            "reports_by_state": by_state,
            "reports_by_verdict": by_verdict,
            "deliveries_by_status": deliveries,
            "needs_review": needs_review,
            "not_marked_at_source": not_done,
        }

    def processing_log(self, delivery_id: int) -> list[tuple[str, str, str | None]]:
        rows = self.db.execute("SELECT at, event, detail FROM processing_log WHERE delivery_id = ? ORDER BY id", (delivery_id,))
        return [tuple(r) for r in rows]

    def find_reports_by_indicator(self, kind: str, value: str) -> list[int]:
        rows = self.db.execute("SELECT DISTINCT report_id FROM indicators WHERE kind = ? AND value = ? ORDER BY report_id", (kind, value))
        return [r[0] for r in rows]

    # --- retention ----------------------------------------------------------------------------

    def purge(self, retention_days: int, now: datetime | None = None) -> int:
        """Drop the raw messages and the reporters' addresses (also inside the stored report
        and the acknowledgements) of deliveries older than `retention_days`. Indicators,
        verdicts and states stay. Returns the number of deliveries purged."""
        cutoff = utc_iso((now or datetime.now(timezone.utc)) - timedelta(days=retention_days))
        purged = 0
        with self.transaction() as db:
            rows = db.execute(
                "SELECT d.id, r.id AS report_id, r.report_json, r.reporter_address FROM deliveries d"
                " LEFT JOIN reports r ON r.delivery_id = d.id WHERE d.received_at < ? AND d.purged_at IS NULL",
                (cutoff,),
            ).fetchall()
            stamp = utc_now()
            for row in rows:
                db.execute("UPDATE deliveries SET raw = NULL, purged_at = ? WHERE id = ?", (stamp, row["id"]))
                if row["report_id"] is not None:
                    db.execute(
                        "UPDATE reports SET report_json = ?, reporter_address = NULL WHERE id = ?",
                        (_anonymised_json(row["report_json"], row["reporter_address"]), row["report_id"]),
                    )
                    db.execute("UPDATE acknowledgements SET recipient = NULL WHERE report_id = ?", (row["report_id"],))
                purged += 1
            if purged:
                self._log(db, None, "purge", f"deliveries={purged} before={cutoff}")
        return purged


def _anonymised_json(report_json: str, reporter_address: str | None) -> str:
    """The report without who reported it: reporter fields emptied, their address removed
    wherever it appears (headers of inline forwards, e-mail indicators...)."""
    data = json.loads(report_json)
    address = (reporter_address or data["reporter"].get("address") or "").lower()
    data["reporter"] = {"address": None, "name": None, "comment": ""}
    if not address:
        return json.dumps(data, ensure_ascii=False)

    def scrub(value):
        if isinstance(value, str):
            return _replace_ci(value, address, PURGED)
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        return value

    return json.dumps(scrub(data), ensure_ascii=False)


def _replace_ci(text: str, needle: str, replacement: str) -> str:
    lowered = text.lower()
    if needle not in lowered:
        return text
    out, start = [], 0
    while (i := lowered.find(needle, start)) >= 0:
        out.append(text[start:i] + replacement)
        start = i + len(needle)
    return "".join(out) + text[start:]


_DELIVERY_SELECT = (
    "SELECT d.*, r.id AS report_id FROM deliveries d LEFT JOIN reports r ON r.delivery_id = d.id"
)
_REPORT_SELECT = (
    "SELECT r.*, d.source, d.mailbox FROM reports r JOIN deliveries d ON d.id = r.delivery_id"
)


def _delivery(row) -> Delivery:
    return Delivery(
        id=row["id"],
        key=SourceKey(row["source"], row["mailbox"], row["uidvalidity"], row["uid"], row["file_key"]),
        message_id=row["message_id"],
        sha256=row["sha256"],
        size=row["size"],
        received_at=row["received_at"],
        status=row["status"],
        error=row["error"],
        done_at=row["done_at"],
        report_id=row["report_id"],
    )


def _stored_report(row) -> StoredReport:
    return StoredReport(
        id=row["id"],
        delivery_id=row["delivery_id"],
        report=Report.from_dict(json.loads(row["report_json"])),
        state=row["state"],
        label=row["label"],
        campaign_id=row["campaign_id"],
        created_at=row["created_at"],
        source=row["source"],
        mailbox=row["mailbox"],
    )
