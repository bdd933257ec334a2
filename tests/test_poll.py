"""One poll against a real Dovecot: file every report exactly once, mark only after the
commit, survive the server going away, a UIDVALIDITY reset, huge and broken messages."""

from __future__ import annotations

import threading

import pytest

from pipeline.analyze import AnalysisTimeout
from pipeline.poll import Poller, header_message_id
from pipeline.store import Store
from services.dovecot import dovecot  # noqa: F401  (fixture)
from worker_mail import analyzer, big_report, malformed, reports, settings

INBOX, PROCESSED, FAILED = "INBOX", "Traites", "Echecs"


def poller(s, **kwargs):
    store = Store.open(s.path(s.storage.database))
    return Poller(s, store, analyzer=kwargs.pop("analyzer", analyzer(s)), hooks=kwargs.pop("hooks", []), **kwargs)


def report_ids_by_message_id(store) -> dict[str, list[int]]:
    rows = store.db.execute(
        "SELECT d.message_id, r.id FROM reports r JOIN deliveries d ON d.id = r.delivery_id ORDER BY r.id"
    ).fetchall()
    found: dict[str, list[int]] = {}
    for message_id, report_id in rows:
        found.setdefault(message_id, []).append(report_id)
    return found


def test_new_messages_become_reports_and_are_moved_only_after_the_commit(dovecot, tmp_path):
    messages = reports(6)
    dovecot.append(INBOX, messages)
    s = settings(tmp_path, dovecot.mailbox_settings(batch_size=4))
    seen = []

    def check_order(store, report_id, report, raw):
        # when the hook runs the report is committed (another connection sees it) and
        # the message is still in the inbox (it is moved after the batch)
        with Store.open(s.path(s.storage.database)) as other:
            assert other.get_report(report_id).report.source == report.source
        in_inbox = [m[b"BODY[]"] for m in dovecot.folder_messages(INBOX).values()]
        seen.append(raw in in_inbox)

    p = poller(s, hooks=[check_order])
    result = p.poll()
    assert result.count("filed") == 6 and result.count("failed") == 0
    assert seen == [True] * 6
    assert dovecot.count(INBOX) == 0
    moved = [m[b"BODY[]"] for m in dovecot.folder_messages(PROCESSED).values()]
    assert sorted(moved) == sorted(messages)
    for flags in (m[b"FLAGS"] for m in dovecot.folder_messages(PROCESSED).values()):
        assert b"\\Seen" not in flags  # BODY.PEEK: nothing marked read
    stored = {p.store.raw_message(d.id) for d in p.store.deliveries()}
    assert stored == set(messages)
    assert all(d.done_at and d.key.uid for d in p.store.deliveries())
    assert {len(ids) for ids in report_ids_by_message_id(p.store).values()} == {1}


def test_a_second_run_files_nothing_twice_and_a_message_put_back_is_a_duplicate(dovecot, tmp_path):
    dovecot.append(INBOX, reports(3))
    s = settings(tmp_path, dovecot.mailbox_settings())
    p = poller(s)
    assert p.poll().count("filed") == 3
    assert p.poll().totals() == {"filed": 0, "failed": 0, "duplicate": 0, "marked_late": 0, "reconnects": 0}
    # staff drag a processed message back into the inbox: same bytes, new UID
    with dovecot.session() as c:
        c.select_folder(PROCESSED)
        c.copy(c.search(["ALL"])[:1], INBOX)
    again = p.poll()
    assert again.count("duplicate") == 1 and again.count("filed") == 0
    assert p.store.counts()["reports_by_state"] == {"new": 3}
    assert dovecot.count(INBOX) == 0 and dovecot.count(PROCESSED) == 4


def test_the_server_going_away_mid_poll_and_coming_back(dovecot, tmp_path):
    messages = reports(8)
    dovecot.append(INBOX, messages)
    s = settings(tmp_path, dovecot.mailbox_settings(batch_size=2, reconnect_attempts=6))
    restarted = threading.Event()

    def outage(store, report_id, report, raw):
        if report_id == 3 and not restarted.is_set():
            dovecot.stop()  # the connection dies with the server
            timer = threading.Timer(1.5, lambda: (dovecot.start(), restarted.set()))
            timer.start()

    p = poller(s, hooks=[outage])
    result = p.poll()
    assert restarted.is_set() and result.reconnects >= 1
    assert result.count("filed") == 8
    assert {len(ids) for ids in report_ids_by_message_id(p.store).values()} == {1}
    assert len(report_ids_by_message_id(p.store)) == 8
    assert dovecot.count(INBOX) == 0 and dovecot.count(PROCESSED) == 8


def test_the_server_staying_away_abandons_the_poll_without_losing_anything(dovecot, tmp_path):
    dovecot.append(INBOX, reports(2))
    s = settings(tmp_path, dovecot.mailbox_settings(reconnect_attempts=1))
    p = poller(s)
    dovecot.stop()
    from pipeline.source import SourceUnavailable

    with pytest.raises(SourceUnavailable):
        p.poll()
    assert "SourceUnavailable" in p.store.meta_get("last_poll_error")
    dovecot.start()
    assert p.poll().count("filed") == 2
    assert p.store.meta_get("last_poll_error") == ""


def test_uidvalidity_reset_files_nothing_twice(dovecot, tmp_path):
    messages = reports(4)
    dovecot.append(INBOX, messages)
    s = settings(tmp_path, dovecot.mailbox_settings(after="keyword"))
    p = poller(s)
    first = p.poll()
    assert first.count("filed") == 4
    before = dovecot.doveadm("mailbox", "status", "-u", "signalements", "uidvalidity", INBOX).split("=")[1].strip()
    # the server rebuilds the mailbox: new UIDVALIDITY, keywords lost, one new report arrives
    dovecot.doveadm("mailbox", "update", "-u", "signalements", "--uid-validity", str(int(before) + 1000), INBOX)
    dovecot.doveadm("flags", "remove", "-u", "signalements", "TriageFiled", "mailbox", INBOX, "ALL")
    dovecot.append(INBOX, reports(1, start=10))
    moving = poller(settings(tmp_path, dovecot.mailbox_settings(after="move")))
    second = moving.poll()
    assert second.count("duplicate") == 4 and second.count("filed") == 1
    assert moving.store.counts()["reports_by_state"] == {"new": 5}
    assert {d.key.uidvalidity for d in moving.store.deliveries(status="duplicate")} == {int(before) + 1000}
    assert dovecot.count(INBOX) == 0 and dovecot.count(PROCESSED) == 5


def test_a_30_mb_message_and_a_malformed_one_among_good_ones(dovecot, tmp_path):
    good = reports(3)
    huge = big_report()
    dovecot.append(INBOX, [good[0], huge, good[1], malformed(), good[2]])
    s = settings(tmp_path, dovecot.mailbox_settings(batch_size=10))
    p = poller(s)
    result = p.poll()
    assert len(result.lines) == 5
    assert result.count("filed") + result.count("failed") == 5 and result.count("filed") >= 4
    assert dovecot.count(INBOX) == 0
    assert sorted(p.store.raw_message(d.id) for d in p.store.deliveries()) == sorted([*good, huge, malformed()])
    big = next(line for line in result.lines if line.status == "filed" and "certif" in (line.subject or "").lower() + str(line.sender))
    assert big.verdict == "fraud"


def test_a_message_over_the_size_limit_is_kept_truncated_and_set_aside(dovecot, tmp_path):
    good = reports(2)
    huge = big_report(3 * 1024 * 1024)
    dovecot.append(INBOX, [good[0], huge, good[1]])
    s = settings(tmp_path, dovecot.mailbox_settings(), limits={"max_message_bytes": 1024 * 1024})
    p = poller(s)
    result = p.poll()
    assert result.count("filed") == 2 and result.count("failed") == 1
    (failed,) = p.store.deliveries(status="failed")
    assert "max_message_bytes" in failed.error and failed.size == len(huge)
    assert p.store.raw_message(failed.id) == huge[: 1024 * 1024]
    # the whole message stays at the source, in the failed folder
    assert [m[b"BODY[]"] for m in dovecot.folder_messages(FAILED).values()] == [huge]


def test_a_message_that_cannot_be_analysed_is_stored_failed_and_never_blocks_the_next(dovecot, tmp_path):
    messages = reports(4)
    dovecot.append(INBOX, messages)
    s = settings(tmp_path, dovecot.mailbox_settings())
    real = analyzer(s)

    class CrashesOnTheSecond:
        def analyse(self, raw, source):
            if raw == messages[1]:
                raise RecursionError("maximum recursion depth exceeded")
            if raw == messages[2]:
                raise AnalysisTimeout("analysis took longer than 20 s (in extract)")
            return real.analyse(raw, source)

    p = poller(s, analyzer=CrashesOnTheSecond())
    result = p.poll()
    assert [line.status for line in result.lines] == ["filed", "failed", "failed", "filed"]
    errors = sorted(d.error for d in p.store.deliveries(status="failed"))
    assert errors == ["AnalysisTimeout: analysis took longer than 20 s (in extract)", "RecursionError: maximum recursion depth exceeded"]
    failed_raw = sorted(m[b"BODY[]"] for m in dovecot.folder_messages(FAILED).values())
    assert failed_raw == sorted(messages[1:3])
    assert dovecot.count(PROCESSED) == 2


def test_the_time_limit_files_messages_as_failed(dovecot, tmp_path):
    dovecot.append(INBOX, reports(2))
    s = settings(tmp_path, dovecot.mailbox_settings(), limits={"max_seconds": 0.000001})
    result = poller(s).poll()
    assert result.count("failed") == 2
    assert all("longer than" in line.error for line in result.lines)
    assert dovecot.count(FAILED) == 2


def test_a_failing_hook_never_undoes_the_filing(dovecot, tmp_path):
    dovecot.append(INBOX, reports(2))
    s = settings(tmp_path, dovecot.mailbox_settings())
    calls = []

    def broken(store, report_id, report, raw):
        raise ConnectionRefusedError("smtp down")

    p = poller(s, hooks=[broken, lambda store, rid, report, raw: calls.append(rid)])
    assert p.poll().count("filed") == 2
    assert len(calls) == 2 and dovecot.count(PROCESSED) == 2
    logged = p.store.db.execute("SELECT detail FROM processing_log WHERE event = 'hook_failed'").fetchall()
    assert len(logged) == 2 and "smtp down" in logged[0][0]


def test_a_stop_request_finishes_the_current_message_and_marks_it(dovecot, tmp_path):
    dovecot.append(INBOX, reports(5))
    s = settings(tmp_path, dovecot.mailbox_settings())
    stop = threading.Event()
    p = poller(s, stop=stop, hooks=[lambda store, rid, report, raw: rid == 2 and stop.set()])
    result = p.poll()
    assert result.stopped and result.count("filed") == 2
    assert dovecot.count(PROCESSED) == 2 and dovecot.count(INBOX) == 3
    stop.clear()
    assert p.poll().count("filed") == 3


def test_header_message_id_reads_only_the_headers():
    assert header_message_id(b"Subject: x\r\nMessage-ID:\r\n <a@b>\r\n\r\nMessage-ID: <body@x>") == "<a@b>"
    assert header_message_id(b"\x00\xff garbage") is None
