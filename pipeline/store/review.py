"""What the staff review app reads from and writes to the store.

Queue queries with filters and search, the data of the report, campaign and failed pages,
labels, states, notes and the audit log (who did what, when), and `labelled_messages()`
for `triage train`. Every change a person makes is written to audit_log (with the
campaign store's `_audit`) in the same transaction as the change itself, so the log and
the data cannot disagree.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field

import phonenumbers

from ..report import VERDICTS, Report
from .base import utc_now
from .reports import STATES

# confirming a fraud teaches the model as much as labelling it does
LABEL_IMPLIED_BY_STATE = {"confirmed_fraud": "fraud"}
MAX_NOTE_CHARS = 5000
MAX_PER_PAGE = 200


@dataclass
class QueueFilter:
    verdict: str | None = None
    state: str | None = None
    needs_review: bool = False  # only what the classifier doubted and nobody has handled yet
    date_from: str | None = None  # YYYY-MM-DD, on the filing date, inclusive
    date_to: str | None = None
    organisation: str | None = None
    campaign_id: int | None = None
    search: str | None = None  # a domain, phone number, address or words of the subject
    page: int = 1
    per_page: int = 50


@dataclass
class QueuePage:
    rows: list[dict]
    total: int
    page: int
    per_page: int
    pages: int = field(init=False)

    def __post_init__(self):
        self.pages = max(1, -(-self.total // self.per_page))


def _phone_forms(text: str) -> list[str]:
    """The E.164 form of a phone number typed by staff in any usual French or international way."""
    try:
        number = phonenumbers.parse(text, "FR")
    except phonenumbers.NumberParseException:
        return []
    if not phonenumbers.is_possible_number(number):
        return []
    return [phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)]


def _refang(text: str) -> str:
    """What staff copy from the digest or a page (hxxps://exemple[.]fr) searches as the real value."""
    text = re.sub(r"\[(\.|dot)\]|\((\.|dot)\)", ".", text)
    return re.sub(r"\bhxxp(s?)://", r"http\1://", text)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ReviewStore:
    """Mixin of `Store`: uses its `db` (sqlite3, rows as sqlite3.Row), `transaction()`, `raw_message()`
    and `_audit()`."""

    # --- queue -------------------------------------------------------------------------------

    def queue(self, f: QueueFilter) -> QueuePage:
        where, params = ["1=1"], []
        if f.verdict:
            where.append("r.verdict = ?")
            params.append(f.verdict)
        if f.state:
            where.append("r.state = ?")
            params.append(f.state)
        if f.needs_review:
            where.append("r.needs_review = 1 AND r.state = 'new' AND r.label IS NULL")
        if f.date_from:
            where.append("r.created_at >= ?")
            params.append(f.date_from)
        if f.date_to:
            # inclusive: everything filed on that day
            where.append("r.created_at < date(?, '+1 day')")
            params.append(f.date_to)
        if f.organisation:
            where.append("(r.organisation = ? OR EXISTS (SELECT 1 FROM indicators i WHERE i.report_id = r.id"
                         " AND i.kind = 'organisation' AND i.value = ?))")
            params += [f.organisation, f.organisation]
        if f.campaign_id is not None:
            where.append("r.campaign_id = ?")
            params.append(f.campaign_id)
        if f.search and f.search.strip():
            term = _refang(f.search.strip().lower())
            exact = [term, *_phone_forms(term)]
            marks = ",".join("?" * len(exact))
            where.append(
                "(EXISTS (SELECT 1 FROM indicators i WHERE i.report_id = r.id"
                f" AND (lower(i.value) IN ({marks}) OR lower(i.value) LIKE ? ESCAPE '\\'))"
                " OR lower(coalesce(r.subject, '')) LIKE ? ESCAPE '\\'"
                " OR lower(coalesce(r.sender_address, '')) LIKE ? ESCAPE '\\'"
                " OR lower(coalesce(r.reporter_address, '')) LIKE ? ESCAPE '\\')"
            )
            params += [*exact, _like(term), _like(term), _like(term), _like(term)]
        clause = " AND ".join(where)
        total = self.db.execute(f"SELECT count(*) FROM reports r WHERE {clause}", params).fetchone()[0]
        per_page = max(1, min(f.per_page, MAX_PER_PAGE))
        page = max(1, f.page)
        rows = self.db.execute(
            f"""SELECT r.id, r.verdict, r.confidence, r.needs_review, r.state, r.label, r.subject,
                       r.sender_address, r.reporter_address, r.organisation, r.campaign_id, r.created_at,
                       c.title AS campaign_title
                FROM reports r LEFT JOIN campaigns c ON c.id = r.campaign_id
                WHERE {clause}
                ORDER BY (r.needs_review = 1 AND r.state = 'new') DESC,
                         (r.verdict = 'fraud') DESC, r.created_at DESC, r.id DESC
                LIMIT ? OFFSET ?""",
            [*params, per_page, (page - 1) * per_page],
        ).fetchall()
        return QueuePage([dict(r) for r in rows], total, page, per_page)

    def next_to_review(self, after_id: int | None = None) -> int | None:
        """The first report of the "to review" list other than `after_id`, in queue order."""
        rows = self.queue(QueueFilter(needs_review=True, per_page=2)).rows
        return next((r["id"] for r in rows if r["id"] != after_id), None)

    def queue_choices(self) -> dict:
        """The values the queue's filter menus offer."""
        organisations = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT value FROM indicators WHERE kind = 'organisation'"
                " UNION SELECT DISTINCT organisation FROM reports WHERE organisation IS NOT NULL ORDER BY 1"
            )
        ]
        campaigns = [
            dict(r)
            for r in self.db.execute(
                "SELECT id, title, report_count FROM campaigns WHERE merged_into IS NULL ORDER BY last_seen DESC LIMIT 500"
            )
        ]
        return {"organisations": organisations, "campaigns": campaigns}

    def review_counts(self) -> dict:
        row = self.db.execute(
            """SELECT count(*) AS total,
                      sum(needs_review = 1 AND state = 'new' AND label IS NULL) AS to_review,
                      sum(state = 'new') AS new,
                      (SELECT count(*) FROM deliveries WHERE status = 'failed') AS failed
               FROM reports"""
        ).fetchone()
        return {k: row[k] or 0 for k in row.keys()}

    # --- report page ---------------------------------------------------------------------------

    def review_report(self, report_id: int) -> dict | None:
        row = self.db.execute(
            """SELECT r.*, d.received_at, d.size, d.sha256, d.mailbox, d.raw IS NOT NULL AS raw_available,
                      d.raw_truncated, c.title AS campaign_title,
                      c.report_count AS campaign_reports
               FROM reports r JOIN deliveries d ON d.id = r.delivery_id
               LEFT JOIN campaigns c ON c.id = r.campaign_id
               WHERE r.id = ?""",
            (report_id,),
        ).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["report"] = Report.from_dict(json.loads(data.pop("report_json")))
        data["notes"] = self.notes(report_id=report_id)
        data["audit"] = self.audit_entries(report_id=report_id, limit=100)
        answer = self.db.execute(
            "SELECT status, detail, sent_at FROM acknowledgements WHERE report_id = ?", (report_id,)
        ).fetchone()
        data["acknowledgement"] = dict(answer) if answer else None
        return data

    def raw_for_report(self, report_id: int) -> bytes | None:
        """The message a report was made from, as received; None when unknown or purged."""
        row = self.db.execute("SELECT delivery_id FROM reports WHERE id = ?", (report_id,)).fetchone()
        return None if row is None else self.raw_message(row[0])

    # --- campaigns -----------------------------------------------------------------------------

    def review_campaigns(self, limit: int = 200) -> list[dict]:
        return [
            dict(r)
            for r in self.db.execute(
                "SELECT * FROM campaigns WHERE merged_into IS NULL ORDER BY last_seen DESC, id DESC LIMIT ?", (limit,)
            )
        ]

    def review_campaign(self, campaign_id: int) -> dict | None:
        row = self.db.execute("SELECT * FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["reports"] = [
            dict(r)
            for r in self.db.execute(
                """SELECT id, verdict, confidence, needs_review, state, label, subject, sender_address,
                          reporter_address, organisation, created_at
                   FROM reports WHERE campaign_id = ? ORDER BY created_at DESC, id DESC""",
                (campaign_id,),
            )
        ]
        data["indicators"] = [
            dict(r)
            for r in self.db.execute(
                """SELECT i.kind, i.value, count(DISTINCT i.report_id) AS reports
                   FROM indicators i JOIN reports r ON r.id = i.report_id
                   WHERE r.campaign_id = ? GROUP BY i.kind, i.value ORDER BY i.kind, reports DESC, i.value""",
                (campaign_id,),
            )
        ]
        data["notes"] = self.notes(campaign_id=campaign_id)
        data["audit"] = self.audit_entries(campaign_id=campaign_id, limit=100)
        return data

    # --- failed messages -----------------------------------------------------------------------

    def failed_deliveries(self, page: int = 1, per_page: int = 50) -> QueuePage:
        total = self.db.execute("SELECT count(*) FROM deliveries WHERE status = 'failed'").fetchone()[0]
        rows = self.db.execute(
            """SELECT id, source, mailbox, uid, file_key, message_id, size, received_at, error,
                      raw IS NOT NULL AS raw_available, raw_truncated
               FROM deliveries WHERE status = 'failed' ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?""",
            (per_page, (max(1, page) - 1) * per_page),
        ).fetchall()
        return QueuePage([dict(r) for r in rows], total, max(1, page), per_page)

    # --- changes made by staff -----------------------------------------------------------------

    def record_audit(self, user: str, action: str, *, report_id=None, campaign_id=None, detail: str | None = None) -> None:
        """An event with no change of data (a download, a login) for the log."""
        with self.transaction():
            self._audit(self.db, user, action, report_id, campaign_id, detail)

    def _report_row(self, report_id: int):
        row = self.db.execute("SELECT id, state, label, campaign_id FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise KeyError(f"no report {report_id}")
        return row

    def set_label(self, report_id: int, label: str, user: str) -> None:
        """Staff's verdict for a report: what `triage train` learns from. A new report becomes reviewed."""
        self._apply([report_id], user, label=label)

    def set_state(self, report_id: int, state: str, user: str) -> None:
        self._apply([report_id], user, state=state)

    def campaign_report_ids(self, campaign_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM reports WHERE campaign_id = ? ORDER BY id", (campaign_id,))]

    def set_campaign_label(self, campaign_id: int, label: str, user: str) -> int:
        """The same verdict for every report of a campaign (one decision for forty reports)."""
        return self._apply(self.campaign_report_ids(campaign_id), user, label=label)

    def set_campaign_state(self, campaign_id: int, state: str, user: str) -> int:
        return self._apply(self.campaign_report_ids(campaign_id), user, state=state)

    def _apply(self, report_ids: list[int], user: str, *, label: str | None = None, state: str | None = None) -> int:
        """Label and/or move reports, in one transaction, each change audited, and their campaigns'
        stored verdicts recomputed (staff's word outweighs the classifier's). Returns how many changed."""
        if label is not None and label not in VERDICTS:
            raise ValueError(f"unknown label {label!r}")
        if state is not None and state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        changed = 0
        campaigns: set[int] = set()
        with self.transaction():
            for report_id in report_ids:
                row = self._report_row(report_id)
                before = (row["label"], row["state"])
                if label is not None:
                    self._change_label(row, label, user)
                    if row["state"] == "new" and state is None:
                        self._change_state(row, "reviewed", user)
                if state is not None and state != row["state"]:
                    self._change_state(row, state, user)
                    implied = LABEL_IMPLIED_BY_STATE.get(state)
                    if implied and label is None:
                        self._change_label(row, implied, user)
                if before != tuple(self._report_row(report_id)[k] for k in ("label", "state")):
                    changed += 1
                    if row["campaign_id"] is not None:
                        campaigns.add(row["campaign_id"])
            for campaign_id in sorted(campaigns):
                self._refresh(self.db, campaign_id)  # in this transaction: the label and the verdict go together
        return changed

    def _change_label(self, row, label: str, user: str) -> None:
        current = self.db.execute("SELECT label FROM reports WHERE id = ?", (row["id"],)).fetchone()[0]
        if current == label:
            return
        now = utc_now()
        self.db.execute(
            "UPDATE reports SET label = ?, labelled_by = ?, labelled_at = ?, updated_at = ? WHERE id = ?",
            (label, user, now, now, row["id"]),
        )
        self._audit(self.db, user, "label", row["id"], row["campaign_id"], f"{current or '-'} -> {label}")

    def _change_state(self, row, state: str, user: str) -> None:
        current = self.db.execute("SELECT state FROM reports WHERE id = ?", (row["id"],)).fetchone()[0]
        self.db.execute("UPDATE reports SET state = ?, updated_at = ? WHERE id = ?", (state, utc_now(), row["id"]))
        self._audit(self.db, user, "state", row["id"], row["campaign_id"], f"{current} -> {state}")

    def add_note(self, user: str, text: str, *, report_id: int | None = None, campaign_id: int | None = None) -> None:
        text = text.strip()
        if not text:
            raise ValueError("empty note")
        if len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"a note is limited to {MAX_NOTE_CHARS} characters")
        if (report_id is None) == (campaign_id is None):
            raise ValueError("a note belongs to one report or one campaign")
        with self.transaction():
            if report_id is not None:
                self._report_row(report_id)
            elif self.db.execute("SELECT 1 FROM campaigns WHERE id = ?", (campaign_id,)).fetchone() is None:
                raise KeyError(f"no campaign {campaign_id}")
            self.db.execute(
                "INSERT INTO notes (report_id, campaign_id, at, user, text) VALUES (?, ?, ?, ?, ?)",
                (report_id, campaign_id, utc_now(), user, text),
            )
            self._audit(self.db, user, "note", report_id, campaign_id, None)

    def notes(self, *, report_id: int | None = None, campaign_id: int | None = None) -> list[dict]:
        column, value = ("report_id", report_id) if report_id is not None else ("campaign_id", campaign_id)
        return [dict(r) for r in self.db.execute(f"SELECT * FROM notes WHERE {column} = ? ORDER BY at, id", (value,))]

    def audit_entries(self, *, report_id: int | None = None, campaign_id: int | None = None,
                      user: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        where, params = ["1=1"], []
        for column, value in (("report_id", report_id), ("campaign_id", campaign_id), ("user", user)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        return [
            dict(r)
            for r in self.db.execute(
                f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]

    # --- what the model learns from ------------------------------------------------------------

    def labelled_messages(self) -> list[tuple[bytes, str]]:
        """(raw .eml as received, staff label) of every labelled report whose message is still kept."""
        rows = self.db.execute(
            """SELECT d.raw, r.label FROM reports r JOIN deliveries d ON d.id = r.delivery_id
               WHERE r.label IS NOT NULL AND d.raw IS NOT NULL AND d.raw_truncated = 0 ORDER BY r.id"""
        )
        return [(zlib.decompress(raw), label) for raw, label in rows]
