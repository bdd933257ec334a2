"""The long-running worker and the commands around it: a worker killed with SIGKILL in
the middle of a batch loses and duplicates nothing, SIGTERM stops it cleanly, two runs
never overlap, the scheduler's jobs, `triage run --once` and `triage status`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.poll import Poller
from pipeline.settings import parse_settings
from pipeline.store import Store
from pipeline.worker import AlreadyRunning, Worker, exclusive_lock
from services.dovecot import dovecot  # noqa: F401  (fixture)
from worker_mail import analyzer, reports, settings

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent

# One poll in a child process, as `triage run --once` does, with the rules-only analysis
# and an `on_filed` hook as slow as an SMTP acknowledgement can be, so that the test can
# kill it in the middle of a batch.
POLL_CHILD = """
import json, sys, time
sys.path.insert(0, {tests!r})
from pipeline.poll import Poller
from pipeline.settings import parse_settings
from pipeline.store import Store
from worker_mail import analyzer
s = parse_settings(json.loads({settings!r}))
store = Store.open(s.path(s.storage.database))
Poller(s, store, analyzer=analyzer(s), hooks=[lambda *a: time.sleep({delay})]).poll()
"""


def child_poll(settings_dict: dict, delay: float) -> subprocess.Popen:
    code = POLL_CHILD.format(tests=str(TESTS), settings=json.dumps(settings_dict), delay=delay)
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.PIPE)


def count_rows(database: Path, sql: str) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(database, timeout=30) as db:
        try:
            return db.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # tables not created yet
            return 0


def test_sigkill_in_the_middle_of_a_batch_then_restart_loses_and_duplicates_nothing(dovecot, tmp_path):
    messages = reports(12)
    dovecot.append("INBOX", messages)
    database = tmp_path / "var" / "triage.db"
    config = {"mailbox": dovecot.mailbox_settings(batch_size=50), "storage": {"database": str(database)}}
    child = child_poll(config, delay=0.3)
    deadline = time.monotonic() + 60
    while count_rows(database, "SELECT COUNT(*) FROM reports") < 4:
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline, "the child filed nothing"
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    filed_before = count_rows(database, "SELECT COUNT(*) FROM reports")
    assert 4 <= filed_before < 12
    assert dovecot.count("INBOX") == 12  # the batch was never marked: nothing moved yet
    restarted = child_poll(config, delay=0)
    assert restarted.wait(120) == 0, restarted.stderr.read().decode()
    with Store.open(database) as store:
        rows = store.db.execute(
            "SELECT d.message_id, COUNT(r.id) FROM deliveries d LEFT JOIN reports r ON r.delivery_id = d.id GROUP BY d.message_id"
        ).fetchall()
        assert len(rows) == 12 and {count for _, count in rows} == {1}
        assert store.counts()["deliveries_by_status"] == {"filed": 12}
        assert store.counts()["not_marked_at_source"] == 0
    assert dovecot.count("INBOX") == 0 and dovecot.count("Traites") == 12
    assert sorted(m[b"BODY[]"] for m in dovecot.folder_messages("Traites").values()) == sorted(messages)


def write_config(tmp_path: Path, mailbox: dict, **sections) -> Path:
    def toml_value(v):
        return json.dumps(v) if not isinstance(v, bool) else str(v).lower()

    lines = []
    for name, values in {"mailbox": mailbox, "storage": {"database": str(tmp_path / "var" / "triage.db")}, **sections}.items():
        lines.append(f"[{name}]")
        lines.extend(f"{k} = {toml_value(v)}" for k, v in values.items())
    path = tmp_path / "settings.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def triage(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, **kwargs)


def test_run_once_prints_a_table_and_status_the_totals(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, raw in enumerate(reports(3)):
        (folder / f"r{i}.eml").write_bytes(raw)
    (folder / "broken.eml").write_bytes(b"\x00\x01 not a mail at all" * 10)
    config = write_config(tmp_path, {"kind": "directory", "path": str(folder)})
    done = triage("run", "--once", "--config", str(config))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:2] == ["Message", "Verdict"]
    assert len(lines) == 1 + 4 + 1
    assert "dossier@certif-periodique-0[.]com" in done.stdout  # defanged for people
    assert lines[-1].startswith("4 signalement(s) classé(s)") or lines[-1].startswith("3 signalement(s) classé(s), 1 en échec")
    # logging: one key=value line per event, no message body, no secret
    assert "event=poll_done" in done.stderr and "radié" not in done.stderr
    status = triage("status", "--config", str(config), "--format", "json")
    info = json.loads(status.stdout)
    assert info["waiting"] == 0 and info["last_poll_at"]
    assert sum(info["reports_by_state"].values()) == info["deliveries_by_status"].get("filed", 0)
    text = triage("status", "--config", str(config)).stdout
    assert "Dernière relève" in text and "En attente dans la boîte : 0" in text


def test_run_once_with_a_refused_login_exits_with_one_line(dovecot, tmp_path):
    config = write_config(tmp_path, dovecot.mailbox_settings(password_env="TRIAGE_WRONG_PASSWORD"))
    done = triage("run", "--once", "--config", str(config), env={**os.environ, "TRIAGE_WRONG_PASSWORD": "nope-nope"})
    assert done.returncode == 3
    assert done.stderr.strip().splitlines()[-1] == "triage run: 127.0.0.1: login refused for signalements ([AUTHENTICATIONFAILED] Authentication failed.)"
    assert "nope-nope" not in done.stderr


def test_a_bad_setting_stops_with_the_key_and_the_reason(tmp_path):
    config = write_config(tmp_path, {"kind": "imap", "host": "mail.example", "username": "x", "tls": "ssl"})
    done = triage("run", "--once", "--config", str(config))
    assert done.returncode == 2
    assert done.stderr.strip() == f"triage: configuration error: {config}: mailbox.tls: must be implicit or starttls"
    config = write_config(tmp_path, {"kind": "directory", "pth": "x"})
    done = triage("status", "--config", str(config))
    assert done.returncode == 2 and "mailbox.pth: unknown key" in done.stderr


def test_the_worker_stops_cleanly_on_sigterm_and_holds_the_lock_meanwhile(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, raw in enumerate(reports(4)):
        (folder / f"r{i}.eml").write_bytes(raw)
    config = write_config(tmp_path, {"kind": "directory", "path": str(folder)}, schedule={"poll_minutes": 60})
    database = tmp_path / "var" / "triage.db"
    worker = subprocess.Popen([sys.executable, "-m", "pipeline", "worker", "--config", str(config)], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while count_rows(database, "SELECT COUNT(*) FROM deliveries WHERE done_at IS NOT NULL") < 4:
            assert worker.poll() is None, worker.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        other = triage("run", "--once", "--config", str(config))
        assert other.returncode == 4 and "another triage worker or run" in other.stderr
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(30) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
    log = worker.stderr.read()
    assert "event=stop_requested signal=SIGTERM" in log and "event=worker_stopped status=0" in log
    assert triage("run", "--once", "--config", str(config)).returncode == 0  # the lock is free again


def test_the_lock_is_exclusive(tmp_path):
    database = tmp_path / "t.db"
    with exclusive_lock(database):
        with pytest.raises(AlreadyRunning):
            with exclusive_lock(database):
                pass
    with exclusive_lock(database):
        pass


def test_the_scheduler_polls_coalesced_with_jitter_purges_daily_and_sends_the_digest(tmp_path):
    s = settings(tmp_path, {"kind": "directory", "path": str(tmp_path)},
                 schedule={"poll_minutes": 7, "jitter_seconds": 20, "digest_time": "07:45", "timezone": "Europe/Paris"})
    store = Store.open(s.path(s.storage.database))
    worker = Worker(s, poller=Poller(s, store, analyzer=analyzer(s), hooks=[]))
    scheduler = worker.build_scheduler()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"poll", "retention", "digest"}
    poll = jobs["poll"]
    assert poll.trigger.interval == timedelta(minutes=7) and poll.trigger.jitter == 20
    assert poll.coalesce is True and poll.max_instances == 1
    paris = ZoneInfo("Europe/Paris")
    now = datetime.now(paris)
    assert abs((poll.next_run_time - now).total_seconds()) < 5  # first poll at start-up
    assert abs((jobs["digest"].next_run_time - now).total_seconds()) < 5  # missed digest at start-up
    fire = jobs["digest"].trigger.get_next_fire_time(None, datetime(2026, 3, 29, 12, 0, tzinfo=paris))
    assert (fire.hour, fire.minute, fire.utcoffset()) == (7, 45, timedelta(hours=2))  # summer time
    fire = jobs["retention"].trigger.get_next_fire_time(None, datetime(2026, 1, 5, 12, 0, tzinfo=paris))
    assert (fire.day, fire.hour, fire.minute) == (6, 3, 30)
    store.close()


def test_the_retention_job_purges_old_raw_messages(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.eml").write_bytes(reports(1)[0])
    s = settings(tmp_path, {"kind": "directory", "path": str(folder)}, storage={"database": str(tmp_path / "t.db"), "retention_days": 30})
    store = Store.open(s.path(s.storage.database))
    worker = Worker(s, poller=Poller(s, store, analyzer=analyzer(s), hooks=[]))
    worker.poll()
    store.db.execute("UPDATE deliveries SET received_at = '2020-01-01T00:00:00Z'")
    worker.purge()
    assert store.raw_message(store.deliveries()[0].id) is None
    store.close()


def test_example_settings_documents_every_key():
    example = ROOT / "config" / "settings.example.toml"
    from pipeline.settings import Settings, load_settings
    import dataclasses
    import tomllib

    load_settings(example)  # valid as shipped
    text = example.read_text("utf-8")
    data = tomllib.loads(text)
    for section in dataclasses.fields(Settings):
        assert section.name in data, f"[{section.name}] missing from the example"
        for key in dataclasses.fields(section.default_factory):
            assert key.name in data[section.name], f"{section.name}.{key.name} missing from the example"
    # every key carries a comment just above it
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line and not line.startswith(("#", "[")) and "=" in line and not line.startswith((" ", "]")):
            assert lines[i - 1].startswith("#"), f"no comment above {line!r}"


@pytest.mark.parametrize("section, values, key, reason", [
    ("mailbox", {"kind": "imap", "host": "h", "username": "u", "after": "keep"}, "mailbox.after", "must be auto or move or keyword when kind = imap"),
    ("mailbox", {"kind": "imap", "username": "u"}, "mailbox.host", "is required when kind = imap"),
    ("mailbox", {"kind": "imap", "host": "h", "username": "u", "auth": "xoauth2"}, "mailbox.oauth2_token_command", "is required when auth = xoauth2"),
    ("mailbox", {"keyword": "Triage Filed"}, "mailbox.keyword", "must be an IMAP keyword"),
    ("mailbox", {"failed_folder": "Traites"}, "mailbox.failed_folder", "must differ from processed_folder"),
    ("mailbox", {"batch_size": 0}, "mailbox.batch_size", "must be between 1 and 1000"),
    ("mailbox", {"port": "993"}, "mailbox.port", "expected int"),
    ("mailbox", {"password": "secret"}, "mailbox.password", "unknown key"),
    ("storage", {"retention_days": 0}, "storage.retention_days", "must be at least 1"),
    ("schedule", {"purge_time": "25:00"}, "schedule.purge_time", "must be HH:MM"),
    ("schedule", {"timezone": "Europe/Pariss"}, "schedule.timezone", "unknown time zone"),
    ("limits", {"max_message_bytes": -1}, "limits.max_message_bytes", "must be positive"),
])
def test_settings_errors_name_the_key_and_the_reason(section, values, key, reason):
    from pipeline.settings import SettingsError

    with pytest.raises(SettingsError) as error:
        parse_settings({section: values}, file=Path("/etc/triage/settings.toml"))
    assert error.value.key == key and reason in error.value.reason
    assert str(error.value).startswith(f"/etc/triage/settings.toml: {key}: ")


def test_the_worker_stops_when_the_server_refuses_the_login(dovecot, tmp_path, monkeypatch):
    s = settings(tmp_path, dovecot.mailbox_settings())
    monkeypatch.setenv(s.mailbox.password_env, "wrong-password")
    store = Store.open(s.path(s.storage.database))
    worker = Worker(s, poller=Poller(s, store, analyzer=analyzer(s), hooks=[]))
    started = time.monotonic()
    assert worker.run() == 3
    assert time.monotonic() - started < 30
    assert worker.fatal.startswith("127.0.0.1: login refused for signalements")
    with exclusive_lock(s.path(s.storage.database)):  # released on the way out
        pass


# A child whose analysis of one message gets stuck in a call that ignores its time limit.
HUNG_CHILD = """
import json, sys, time
sys.path.insert(0, {tests!r})
import pipeline.poll
from pipeline.poll import Poller
from pipeline.settings import parse_settings
from pipeline.store import Store
from worker_mail import analyzer
pipeline.poll.WATCHDOG_GRACE_SECONDS = 0.5
s = parse_settings(json.loads({settings!r}))
real = analyzer(s)
class StuckOnOne:
    def analyse(self, raw, source):
        if b"report-1@" in raw:
            time.sleep(3600)  # a C call that never checks the budget
        return real.analyse(raw, source)
Poller(s, Store.open(s.path(s.storage.database)), analyzer=StuckOnOne(), hooks=[]).poll()
"""


def test_a_message_whose_analysis_hangs_ends_the_process_then_is_filed_failed(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, raw in enumerate(reports(3)):
        (folder / f"r{i}.eml").write_bytes(raw)
    database = tmp_path / "var" / "triage.db"
    config = {"mailbox": {"kind": "directory", "path": str(folder), "after": "move"},
              "storage": {"database": str(database)}, "limits": {"max_seconds": 0.1}}
    code = HUNG_CHILD.format(tests=str(TESTS), settings=json.dumps(config))
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120) for _ in range(3)]
    assert [r.returncode for r in runs] == [70, 70, 0]
    assert "event=analysis_hung" in runs[0].stderr
    with Store.open(database) as store:
        assert store.counts()["deliveries_by_status"] == {"filed": 2, "failed": 1}
        (failed,) = store.deliveries(status="failed")
        assert "never finished in 2 earlier attempts" in failed.error
    assert sorted(p.name for p in (folder / "Traites").iterdir()) == ["r0.eml", "r2.eml"]
    assert [p.name for p in (folder / "Echecs").iterdir()] == ["r1.eml"]


def test_the_summary_table_has_one_line_per_message_and_the_totals():
    from pipeline.cli.worker import summary_table
    from pipeline.poll import FiledLine, PollResult

    result = PollResult(started_at="2026-11-22T08:00:00Z", marked_late=1, reconnects=2)
    result.lines = [
        FiledLine(1, 1, "imap://u@h/INBOX;UIDVALIDITY=9;UID=41", "filed", "fraud", 0.97, "dossier@certif-ars.com",
                  "ANDPC", "Votre compte sera <b>suspendu</b> http://certif-ars.com/x"),
        FiledLine(2, None, "imap://u@h/INBOX;UIDVALIDITY=9;UID=42", "failed", error="AnalysisTimeout: analysis took longer than 20 s"),
        FiledLine(3, None, "directory:/srv/in/2026/a.eml", "duplicate"),
    ]
    lines = summary_table(result).splitlines()
    assert len(lines) == 5
    assert lines[1].startswith("UID 41") and "fraud" in lines[1] and "97%" in lines[1]
    assert "certif-ars[.]com" in lines[1] and "http://" not in lines[1]  # nothing clickable
    assert lines[2].startswith("UID 42") and "ÉCHEC" in lines[2] and "AnalysisTimeout" in lines[2]
    assert lines[3].startswith("a.eml") and "doublon" in lines[3]
    assert lines[4] == "1 signalement(s) classé(s), 1 en échec, 1 doublon(s), 1 déjà classé(s) rangé(s), 2 reconnexion(s)"
