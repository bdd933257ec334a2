"""The store: one report per delivery, duplicates, transactions, retention, migrations."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.report import Indicators, OrganisationMatch, Original, Person, Phone, Report, Reporter, Url
from pipeline.store import SourceKey, Store
from pipeline.store import base as store_base

REPORTER = "dr.martin@cabinet-martin.fr"


def make_report(subject="Votre certification périodique", reporter=REPORTER) -> Report:
    return Report(
        source="imap:INBOX/1",
        message_id="<abc@cabinet-martin.fr>",
        reporter=Reporter(address=reporter, name="Dr Martin", comment="Encore une arnaque ? Dr Martin, " + reporter),
        originals=[
            Original(
                forward_style="inline",
                sender=Person("contact@certification-dpc-gouv.com", "Direction régionale"),
                reply_to="dossier@gmail.com",
                subject=subject,
                headers=[("À", reporter), ("De", "contact@certification-dpc-gouv.com")],
                text="Votre compte sera radié. Rappelez le 01 23 45 67 89.",
            )
        ],
        indicators=Indicators(
            urls=[Url("https://agencedpc.fr.compte-verif.com/login", "agencedpc.fr.compte-verif.com", "compte-verif.com", flags=["subdomain_trick"])],
            phones=[Phone("+33123456789", "01 23 45 67 89")],
            emails=["dossier@gmail.com", REPORTER],
            organisations=[OrganisationMatch("ANDPC", "agence du DPC", "agencedpc.fr")],
        ),
        verdict="fraud",
        confidence=0.93,
        needs_review=False,
    )


def imap_key(uid, uidvalidity=7, mailbox="imap://triage@mail/INBOX") -> SourceKey:
    return SourceKey("imap", mailbox, uidvalidity, uid)


def file_one(store, key, raw=b"From: a@b\r\n\r\nhello", report=None, **kw):
    return store.file_delivery(
        key, raw, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), message_id=kw.pop("message_id", "<m1@x>"),
        report=report if report is not None else make_report(), **kw,
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "var" / "triage.db") as s:
        yield s


def test_open_creates_the_folder_and_uses_wal_and_foreign_keys(tmp_path):
    with Store.open(tmp_path / "deep" / "er" / "t.db") as s:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.schema_version == max([1, *(number for number, _, _ in store_base._migrations())])
        with pytest.raises(sqlite3.IntegrityError):
            with s.transaction() as db:
                db.execute("INSERT INTO reports (delivery_id, report_json, verdict, confidence, needs_review, created_at, updated_at)"
                           " VALUES (999, '{}', 'fraud', 1, 0, 'x', 'x')")


def test_a_filed_report_comes_back_whole_with_its_raw_message(store):
    raw = b"From: dr.martin@cabinet-martin.fr\r\nSubject: Fwd\r\n\r\n" + "é".encode() * 1000
    filed = file_one(store, imap_key(1), raw)
    assert filed.status == "filed" and filed.report_id
    stored = store.get_report(filed.report_id)
    assert stored.report == make_report()
    assert stored.state == "new" and stored.label is None
    assert store.raw_message(filed.delivery_id) == raw
    # compressed: the stored blob is smaller than the message
    blob = store.db.execute("SELECT raw FROM deliveries WHERE id = ?", (filed.delivery_id,)).fetchone()[0]
    assert len(blob) < len(raw) / 5
    assert store.find_reports_by_indicator("url_domain", "compte-verif.com") == [filed.report_id]
    assert store.find_reports_by_indicator("phone", "+33123456789") == [filed.report_id]
    # the reporter is never an indicator of the scam
    assert store.find_reports_by_indicator("email", REPORTER) == []


def test_the_same_place_filed_twice_gives_one_delivery_and_one_report(store):
    first = file_one(store, imap_key(5))
    again = file_one(store, imap_key(5))
    assert (again.delivery_id, again.report_id, again.status) == (first.delivery_id, first.report_id, "filed")
    assert first.new and not again.new  # nothing written the second time (no hook runs again)
    assert store.counts()["deliveries_by_status"] == {"filed": 1}
    assert store.known_uids("imap://triage@mail/INBOX", 7)[5].report_id == first.report_id


def test_same_content_under_a_new_uidvalidity_is_a_duplicate_without_a_second_report(store):
    first = file_one(store, imap_key(5, uidvalidity=7))
    again = file_one(store, imap_key(1, uidvalidity=8))
    assert again.status == "duplicate" and again.report_id is None and again.duplicate_of == first.delivery_id
    assert store.raw_message(again.delivery_id) == store.raw_message(first.delivery_id)
    assert store.counts()["reports_by_state"] == {"new": 1}


def test_same_scam_from_two_doctors_gives_two_reports(store):
    a = file_one(store, imap_key(1), b"From: a@x\r\n\r\nscam", message_id="<a@x>")
    b = file_one(store, imap_key(2), b"From: b@y\r\n\r\nscam", message_id="<b@y>", report=make_report(reporter="b@y.fr"))
    assert a.report_id != b.report_id
    assert store.find_reports_by_indicator("url_domain", "compte-verif.com") == [a.report_id, b.report_id]


def test_a_failed_message_is_kept_raw_with_its_error(store):
    raw = b"\x00\xff not mail"
    filed = store.file_delivery(imap_key(3), raw, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw),
                                message_id=None, report=None, error="AnalysisTimeout: too long")
    assert filed.status == "failed" and filed.report_id is None
    (failed,) = store.deliveries(status="failed")
    assert failed.error == "AnalysisTimeout: too long"
    assert store.raw_message(filed.delivery_id) == raw


def test_a_rolled_back_transaction_leaves_nothing(store, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert_report", boom)
    with pytest.raises(RuntimeError):
        file_one(store, imap_key(9))
    assert store.counts()["deliveries_by_status"] == {}


def test_files_are_remembered_by_path_and_content(store):
    key = SourceKey("directory", "/srv/reports", file_key="a/1.eml")
    first = file_one(store, key, b"one")
    assert store.find_delivery(key, hashlib.sha256(b"one").hexdigest()).id == first.delivery_id
    assert store.find_delivery(key, hashlib.sha256(b"two").hexdigest()) is None
    changed = file_one(store, key, b"two", message_id="<m2@x>")
    assert changed.status == "filed" and changed.delivery_id != first.delivery_id
    assert set(store.known_file_keys("/srv/reports")) == {("a/1.eml", hashlib.sha256(b).hexdigest()) for b in (b"one", b"two")}


def test_purge_drops_raw_and_reporter_but_keeps_indicators(store):
    old = file_one(store, imap_key(1), b"old message", message_id="<old@x>")
    recent = file_one(store, imap_key(2), b"recent message", message_id="<new@x>")
    store.db.execute("UPDATE deliveries SET received_at = '2020-01-01T00:00:00Z' WHERE id = ?", (old.delivery_id,))
    store.db.execute("INSERT INTO acknowledgements (report_id, recipient, status) VALUES (?, ?, 'sent')", (old.report_id, REPORTER))
    assert store.purge(365) == 1
    assert store.raw_message(old.delivery_id) is None
    assert store.raw_message(recent.delivery_id) == b"recent message"
    row = store.db.execute("SELECT report_json, reporter_address FROM reports WHERE id = ?", (old.report_id,)).fetchone()
    assert row["reporter_address"] is None
    assert REPORTER not in row["report_json"].lower() and "Dr Martin" not in row["report_json"]
    purged = store.get_report(old.report_id).report
    assert purged.reporter.address is None and purged.verdict == "fraud"
    assert purged.originals[0].sender.address == "contact@certification-dpc-gouv.com"
    assert store.find_reports_by_indicator("url_domain", "compte-verif.com") == [old.report_id, recent.report_id]
    assert store.db.execute("SELECT recipient FROM acknowledgements").fetchone()[0] is None
    assert store.get_report(recent.report_id).report.reporter.address == REPORTER
    assert store.purge(365) == 0  # nothing left to purge


def test_purge_honours_the_retention_period(store):
    filed = file_one(store, imap_key(1))
    later = datetime.now(timezone.utc) + timedelta(days=31)
    assert store.purge(60, now=later) == 0
    assert store.purge(30, now=later) == 1
    assert store.raw_message(filed.delivery_id) is None


def test_migrations_are_applied_once_in_order(tmp_path, monkeypatch):
    path = tmp_path / "t.db"
    Store.open(path).close()
    shipped = store_base._migrations()
    last = max([1, *(number for number, _, _ in shipped)])
    monkeypatch.setattr(store_base, "_migrations", lambda: [
        *shipped,
        (last + 1, "add_colour", "ALTER TABLE reports ADD COLUMN colour TEXT"),
        (last + 2, "default_colour", "UPDATE reports SET colour = 'red'; CREATE INDEX reports_colour ON reports (colour)"),
    ])
    with Store.open(path) as s:
        assert s.schema_version == last + 2
    with Store.open(path) as s:  # not applied again (ALTER would fail)
        assert "colour" in [r[1] for r in s.db.execute("PRAGMA table_info(reports)")]


def test_a_reader_sees_committed_reports_while_the_writer_works(tmp_path):
    path = tmp_path / "t.db"
    writer, reader = Store.open(path), Store.open(path)
    file_one(writer, imap_key(1))
    with writer.transaction():
        writer.db.execute("UPDATE meta SET value = value WHERE key = 'schema_version'")
        assert reader.counts()["reports_by_state"] == {"new": 1}  # WAL: readers are not blocked
    done = []
    threading.Thread(target=lambda: done.append(file_one(Store.open(path), imap_key(2), b"other", message_id="<o@x>"))).start()
    for _ in range(100):
        if done:
            break
        threading.Event().wait(0.05)
    assert done and reader.counts()["reports_by_state"] == {"new": 2}


def test_meta_values_persist(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        s.meta_set("last_poll_at", "2026-11-22T08:00:00Z")
    with Store.open(tmp_path / "t.db") as s:
        assert s.meta_get("last_poll_at") == "2026-11-22T08:00:00Z"
        assert json.loads(json.dumps(s.counts()))["needs_review"] == 0


def test_a_failed_message_seen_again_is_tried_again(store):
    raw = b"From: a@b\r\n\r\nbroken then fixed"
    sha = hashlib.sha256(raw).hexdigest()
    failed = store.file_delivery(imap_key(1), raw, sha256=sha, size=len(raw), message_id="<f@x>", report=None, error="boom")
    again = store.file_delivery(imap_key(2), raw, sha256=sha, size=len(raw), message_id="<f@x>", report=make_report())
    assert failed.status == "failed" and again.status == "filed" and again.report_id


def test_a_database_of_version_1_gains_the_campaign_text_check(tmp_path, monkeypatch):
    path = tmp_path / "t.db"
    with monkeypatch.context() as patched:  # a database created before any migration shipped
        patched.setattr(store_base, "_migrations", lambda: [])
        with Store.open(path) as s:
            assert "judges_text" not in [r[1] for r in s.db.execute("PRAGMA table_info(report_signatures)")]
    with Store.open(path) as s:
        assert "judges_text" in [r[1] for r in s.db.execute("PRAGMA table_info(report_signatures)")]
        assert s.schema_version >= 2
