"""Campaign storage (tables campaigns, campaign_keys, report_signatures, reports.campaign_id),
the answers to reporters (acknowledgements) and the digest's sent days (meta).

Owned by the digest engineer (issue 5). Mixed into `pipeline.store.Store`; uses only
`self.db`, `self.transaction()` and the helpers of `pipeline.store.base`.

A campaign's id is the smallest id of the reports it holds (see `pipeline.campaigns`): the
same reports filed in the same order give the same campaigns, and `rebuild_campaigns` gives
them back. A campaign merged into another keeps its row with `merged_into` set, so links
to it can be followed.
"""

from __future__ import annotations

import json
from typing import Sequence

import numpy as np

from ..campaigns import (
    CampaignSummary,
    Fingerprint,
    Member,
    campaign_verdict,
    choose,
    fingerprints,
    summarise,
)
from ..extract.organisations import Gazetteer
from ..report import Report
from .base import utc_now

SIGNATURES_PER_BAND = 20


def _signature(blob: bytes) -> tuple[int, ...]:
    return tuple(np.frombuffer(blob, dtype="<u4").tolist())


class CampaignStore:
    """Methods that read and write campaigns, acknowledgements and digest days."""

    # --- the index pipeline.campaigns.link looks things up in ---------------------------------

    def campaigns_for_keys(self, keys) -> set[int]:
        # every report holding a key is in the same campaign (a report that links two merges
        # them; a report split out by hand keeps no key), so the latest one tells
        found = set()
        for key in sorted(keys):
            row = self.db.execute(
                "SELECT r.campaign_id FROM campaign_keys k JOIN reports r ON r.id = k.report_id"
                " WHERE k.key = ? AND r.campaign_id IS NOT NULL ORDER BY k.report_id DESC LIMIT 1",
                (key,),
            ).fetchone()
            if row:
                found.add(row[0])
        return found

    def signatures_for_bands(self, bands) -> list[tuple[int, tuple[int, ...]]]:
        # the latest texts sharing each band are enough to recognise a campaign, and keep one
        # of thousands of reports as cheap to join as a small one
        reports: set[int] = set()
        for band in sorted(bands):
            reports.update(r[0] for r in self.db.execute(
                "SELECT report_id FROM campaign_keys WHERE key = ? ORDER BY report_id DESC LIMIT ?",
                (band, SIGNATURES_PER_BAND),
            ))
        if not reports:
            return []
        ids = sorted(reports)
        rows = self.db.execute(
            f"SELECT r.id, r.campaign_id, s.signature FROM reports r JOIN report_signatures s ON s.report_id = r.id"
            f" WHERE r.id IN ({','.join('?' * len(ids))}) AND r.campaign_id IS NOT NULL ORDER BY r.id",
            ids,
        )
        return [(row["campaign_id"], _signature(row["signature"])) for row in rows]

    def member_signatures(self, campaign_id: int):
        # a generator: the check stops at the first member whose text agrees; the newest first,
        # the likeliest to be near the next copy (the answer does not depend on the order)
        rows = self.db.execute(
            "SELECT s.signature, s.judges_text FROM reports r LEFT JOIN report_signatures s ON s.report_id = r.id"
            " WHERE r.campaign_id = ? ORDER BY r.id DESC",
            (campaign_id,),
        )
        return (_signature(row["signature"]) if row["judges_text"] else () for row in rows)

    # --- assignment -----------------------------------------------------------------------------

    def assign_campaign(self, report_id: int, fps: Sequence[Fingerprint]) -> int:
        """Put a filed report in its campaign (founding, joining or merging campaigns) from the
        fingerprints of its originals (`pipeline.campaigns.fingerprints`); returns its id."""
        with self.transaction() as db:
            fp, linked = choose(fps, self)
            db.execute("DELETE FROM campaign_keys WHERE report_id = ?", (report_id,))
            db.executemany(
                "INSERT OR IGNORE INTO campaign_keys (key, report_id) VALUES (?, ?)",
                [(key, report_id) for key in sorted({*fp.keys, *fp.bands})],
            )
            if fp.signature:
                db.execute(
                    "INSERT OR REPLACE INTO report_signatures (report_id, signature, judges_text) VALUES (?, ?, ?)",
                    (report_id, np.asarray(fp.signature, dtype="<u4").tobytes(), int(fp.judges_text)),
                )
            target = min([report_id, *linked])
            self._ensure_campaign(db, target)
            db.execute("UPDATE reports SET campaign_id = ? WHERE id = ?", (target, report_id))
            for other in linked:
                if other != target:
                    self._move_campaign(db, other, target, "system", "linked by report %d" % report_id)
            self._refresh(db, target)
        return target

    def rebuild_campaigns(self, gazetteer: Gazetteer) -> int:
        """Group every report again from its stored content and the gazetteer's domain lists, in
        filing order (manual merges and splits are not replayed). Returns the number of campaigns."""
        with self.transaction() as db:
            db.execute("UPDATE reports SET campaign_id = NULL")
            db.execute("UPDATE campaigns SET merged_into = NULL, report_count = 0, reporter_count = 0")
            db.execute("DELETE FROM campaign_keys")
            db.execute("DELETE FROM report_signatures")
            rows = db.execute("SELECT id, report_json FROM reports ORDER BY id").fetchall()
        for row in rows:
            self.assign_campaign(row["id"], fingerprints(Report.from_dict(json.loads(row["report_json"])), gazetteer))
        with self.transaction() as db:
            # rows kept for the audit log: an old id now leads to the campaign of its founding report
            db.execute(
                "UPDATE campaigns SET merged_into = (SELECT r.campaign_id FROM reports r WHERE r.id = campaigns.id)"
                " WHERE report_count = 0 AND EXISTS (SELECT 1 FROM reports r WHERE r.id = campaigns.id AND r.campaign_id != campaigns.id)"
            )
        return self.db.execute("SELECT COUNT(*) FROM campaigns WHERE merged_into IS NULL").fetchone()[0]

    # --- staff actions ---------------------------------------------------------------------------

    def merge_campaigns(self, ids, user: str) -> int:
        """Merge campaigns by hand into the oldest of them; returns its id."""
        ids = sorted({int(i) for i in ids})
        if len(ids) < 2:
            raise ValueError("at least two campaigns are needed to merge")
        with self.transaction() as db:
            found = {r[0] for r in db.execute(
                f"SELECT id FROM campaigns WHERE merged_into IS NULL AND id IN ({','.join('?' * len(ids))})", ids
            )}
            if missing := [i for i in ids if i not in found]:
                raise KeyError(f"no such campaign: {missing}")
            # the target must stay the smallest report id of its reports
            target = db.execute(
                f"SELECT MIN(id) FROM reports WHERE campaign_id IN ({','.join('?' * len(ids))})", ids
            ).fetchone()[0]
            for other in ids:
                if other != target:
                    self._move_campaign(db, other, target, user, "merged by hand")
            self._refresh(db, target)
            self._audit(db, user, "merge_campaigns", None, target, f"merged {ids} into {target}")
        return target

    def split_report(self, report_id: int, user: str) -> int:
        """Take one report out of its campaign into a campaign of its own; returns the new id.
        The report loses its campaign keys: the next reports of the campaign it left join that
        campaign, never bring it back."""
        with self.transaction() as db:
            row = db.execute("SELECT campaign_id FROM reports WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise KeyError(report_id)
            old = row[0]
            db.execute("DELETE FROM campaign_keys WHERE report_id = ?", (report_id,))
            db.execute("DELETE FROM report_signatures WHERE report_id = ?", (report_id,))
            db.execute("UPDATE reports SET campaign_id = NULL WHERE id = ?", (report_id,))
            if old is not None:
                rest = db.execute("SELECT MIN(id) FROM reports WHERE campaign_id = ?", (old,)).fetchone()[0]
                if rest is not None and rest != old:  # the split report founded it: the rest is renumbered
                    self._ensure_campaign(db, rest)
                    self._move_campaign(db, old, rest, user, f"report {report_id} split out")
                    self._refresh(db, rest)
                elif rest is not None:
                    self._refresh(db, old)
            self._ensure_campaign(db, report_id)
            db.execute("UPDATE reports SET campaign_id = ? WHERE id = ?", (report_id, report_id))
            self._refresh(db, report_id)
            self._audit(db, user, "split_report", report_id, report_id, f"out of campaign {old}")
        return report_id

    # --- reading ----------------------------------------------------------------------------------

    def campaign_members(self, campaign_id: int) -> list[Member]:
        rows = self.db.execute(
            "SELECT id, report_json, created_at, state, label FROM reports WHERE campaign_id = ? ORDER BY id", (campaign_id,)
        )
        return [
            Member(r["id"], Report.from_dict(json.loads(r["report_json"])), r["created_at"], r["state"], r["label"])
            for r in rows
        ]

    def campaign_summary(self, campaign_id: int) -> CampaignSummary:
        campaign_id = self.resolve_campaign(campaign_id)
        members = self.campaign_members(campaign_id)
        if not members:
            raise KeyError(campaign_id)
        return summarise(campaign_id, members)

    def resolve_campaign(self, campaign_id: int) -> int:
        """The campaign an id stands for now, following merges."""
        for _ in range(100):
            row = self.db.execute("SELECT merged_into FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
            if row is None or row[0] is None:
                return campaign_id
            campaign_id = row[0]
        return campaign_id

    def campaigns_active(self, since: str, until: str) -> list[tuple[int, int]]:
        """(campaign id, reports filed in [since, until)) of the campaigns that had reports then."""
        rows = self.db.execute(
            "SELECT campaign_id, COUNT(*) FROM reports WHERE created_at >= ? AND created_at < ? AND campaign_id IS NOT NULL"
            " GROUP BY campaign_id ORDER BY campaign_id",
            (since, until),
        )
        return [(r[0], r[1]) for r in rows]

    def campaigns_seen_since(self, since: str) -> list[int]:
        rows = self.db.execute(
            "SELECT id FROM campaigns WHERE merged_into IS NULL AND last_seen >= ? ORDER BY id", (since,)
        )
        return [r[0] for r in rows]

    def reports_waiting_review(self, until: str, limit: int):
        """(the newest `limit` reports filed before `until` that await a review, how many await)."""
        where = "FROM reports WHERE needs_review AND state = 'new' AND created_at < ?"
        total = self.db.execute(f"SELECT COUNT(*) {where}", (until,)).fetchone()[0]
        ids = [r[0] for r in self.db.execute(f"SELECT id {where} ORDER BY id DESC LIMIT ?", (until, limit))]
        return [self.get_report(i) for i in ids], total

    # --- acknowledgements ---------------------------------------------------------------------

    def acknowledgement(self, report_id: int) -> tuple[str, str | None] | None:
        """(status, detail) of the decision taken for a report's answer, None when none yet."""
        row = self.db.execute("SELECT status, detail FROM acknowledgements WHERE report_id = ?", (report_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def claim_acknowledgement(self, report_id: int, recipient: str | None) -> bool:
        """Reserve the one answer a report may get; False when a decision exists already.
        `sent_at` holds the time of the decision, whatever it was."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO acknowledgements (report_id, recipient, sent_at, status) VALUES (?, ?, ?, 'pending')",
                (report_id, recipient, utc_now()),
            )
            return cur.rowcount == 1

    def record_acknowledgement(self, report_id: int, recipient: str | None, status: str, detail: str | None = None) -> None:
        """sent | skipped:<why> | failed:<why>, with the time."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO acknowledgements (report_id, recipient, sent_at, status, detail) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (report_id) DO UPDATE SET recipient = excluded.recipient, sent_at = excluded.sent_at,"
                " status = excluded.status, detail = excluded.detail",
                (report_id, recipient, utc_now(), status, detail),
            )

    def acknowledgements_sent(self, recipient: str, since: str) -> int:
        return self.db.execute(
            "SELECT COUNT(*) FROM acknowledgements WHERE lower(recipient) = lower(?) AND status = 'sent' AND sent_at >= ?",
            (recipient, since),
        ).fetchone()[0]

    # --- digest days ---------------------------------------------------------------------------

    def digest_sent_at(self, day: str) -> str | None:
        return self.meta_get(f"digest_sent:{day}")

    def mark_digest_sent(self, day: str, path: str) -> None:
        with self.transaction() as db:
            self._meta_set(db, f"digest_sent:{day}", utc_now())
            self._meta_set(db, "last_digest_date", day)
            self._meta_set(db, "last_digest_file", path)

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _ensure_campaign(db, campaign_id: int) -> None:
        now = utc_now()
        db.execute(
            "INSERT INTO campaigns (id, first_seen, last_seen, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET merged_into = NULL",
            (campaign_id, now, now, now),
        )

    def _move_campaign(self, db, source: int, target: int, user: str, why: str) -> None:
        db.execute("UPDATE reports SET campaign_id = ? WHERE campaign_id = ?", (target, source))
        db.execute("UPDATE campaigns SET merged_into = ? WHERE merged_into = ?", (target, source))
        db.execute(
            "UPDATE campaigns SET merged_into = ?, report_count = 0, reporter_count = 0, updated_at = ? WHERE id = ?",
            (target, utc_now(), source),
        )
        self._audit(db, user, "campaign_merged", None, target, f"campaign {source} into {target}: {why}")

    def _refresh(self, db, campaign_id: int) -> None:
        """Recompute the stored aggregates staff pages sort and filter on, in SQL over the
        reports' columns (cheap enough to run for every report filed)."""
        totals = db.execute(
            "SELECT MIN(created_at), MAX(created_at), COUNT(*),"
            " COUNT(DISTINCT COALESCE(lower(reporter_address), '#' || id)) FROM reports WHERE campaign_id = ?",
            (campaign_id,),
        ).fetchone()
        if not totals[2]:
            return
        verdict, _ = campaign_verdict(db.execute(
            "SELECT verdict, confidence, state, label FROM reports WHERE campaign_id = ?", (campaign_id,)
        ))

        def most_frequent(column: str) -> str | None:
            row = db.execute(
                f"SELECT {column} FROM reports WHERE campaign_id = ? AND {column} IS NOT NULL"
                f" GROUP BY {column} ORDER BY COUNT(*) DESC, {column} LIMIT 1",
                (campaign_id,),
            ).fetchone()
            return row[0] if row else None

        db.execute(
            "UPDATE campaigns SET first_seen = ?, last_seen = ?, verdict = ?, organisation = ?, title = ?,"
            " report_count = ?, reporter_count = ?, updated_at = ? WHERE id = ?",
            (*totals[:2], verdict, most_frequent("organisation"), most_frequent("subject"), totals[2], totals[3],
             utc_now(), campaign_id),
        )

    @staticmethod
    def _audit(db, user: str, action: str, report_id: int | None, campaign_id: int | None, detail: str) -> None:
        db.execute(
            "INSERT INTO audit_log (at, user, action, report_id, campaign_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (utc_now(), user, action, report_id, campaign_id, detail),
        )
