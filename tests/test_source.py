"""The sources one by one: IMAP login and TLS modes, keyword mode, servers without MOVE,
the directory and Maildir sources (same behaviour, no mail server)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.poll import Poller
from pipeline.settings import SettingsError
from pipeline.source import LoginRefused, SourceError, open_source
from pipeline.store import Store
from services.dovecot import CAPABILITIES_WITHOUT_MOVE, PASSWORD, dovecot, dovecot_server  # noqa: F401
from worker_mail import analyzer, big_report, malformed, reports, settings

INBOX, PROCESSED, FAILED = "INBOX", "Traites", "Echecs"


def poll(s, **kwargs):
    store = Store.open(s.path(s.storage.database))
    return Poller(s, store, analyzer=analyzer(s), hooks=[], **kwargs).poll(), store


# --- IMAP ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_imap_over_implicit_tls_and_starttls_with_the_ca_file(dovecot, tmp_path, tls):
    dovecot.append(INBOX, reports(2))
    result, _ = poll(settings(tmp_path, dovecot.mailbox_settings(tls=tls)))
    assert result.count("filed") == 2 and dovecot.count(PROCESSED) == 2


def test_an_untrusted_certificate_is_refused_with_a_clear_reason(dovecot, tmp_path):
    s = settings(tmp_path, dovecot.mailbox_settings(ca_file=""))
    with pytest.raises(SourceError, match="certificate is not trusted.*mailbox.ca_file"):
        poll(s)
    # checking switched off explicitly (a test server): connects
    s = settings(tmp_path, dovecot.mailbox_settings(ca_file="", verify_certificate=False))
    assert poll(s)[0].count("filed") == 0


def test_a_wrong_password_stops_with_a_clear_message_and_no_secret(dovecot, tmp_path, monkeypatch):
    s = settings(tmp_path, dovecot.mailbox_settings())
    monkeypatch.setenv(s.mailbox.password_env, "not-the-password")
    with pytest.raises(LoginRefused) as refused:
        poll(s)
    message = str(refused.value)
    assert "login refused for signalements" in message and "not-the-password" not in message
    assert "\n" not in message


def test_a_missing_password_is_a_configuration_error(dovecot, tmp_path, monkeypatch):
    s = settings(tmp_path, dovecot.mailbox_settings())
    monkeypatch.delenv(s.mailbox.password_env)
    with pytest.raises(SettingsError, match="no secret"):
        poll(s)


def test_the_password_may_come_from_a_file(dovecot, tmp_path, monkeypatch):
    secret = tmp_path / "imap.secret"
    secret.write_text(PASSWORD + "\n")
    secret.chmod(0o600)
    dovecot.append(INBOX, reports(1))
    s = settings(tmp_path, dovecot.mailbox_settings(password_env="", password_file=str(secret)))
    assert poll(s)[0].count("filed") == 1


def test_xoauth2_login_with_a_token_command(dovecot, tmp_path):
    # Dovecot's passwd-file checks the XOAUTH2 token like a password: the token command
    # prints it, as a Microsoft 365 / Google token helper would print an access token
    token_script = tmp_path / "token.sh"
    token_script.write_text(f"#!/bin/sh\necho '{PASSWORD}'\n")
    token_script.chmod(0o700)
    dovecot.append(INBOX, reports(1))
    s = settings(tmp_path, dovecot.mailbox_settings(password_env="", auth="xoauth2", oauth2_token_command=str(token_script)))
    assert poll(s)[0].count("filed") == 1
    assert "method=XOAUTH2" in dovecot.log.read_text()


def test_a_failing_token_command_is_reported(dovecot, tmp_path):
    s = settings(tmp_path, dovecot.mailbox_settings(auth="xoauth2", oauth2_token_command="false"))
    with pytest.raises(SourceError, match="oauth2_token_command exited with status 1"):
        poll(s)


def test_a_missing_folder_is_reported(dovecot, tmp_path):
    s = settings(tmp_path, dovecot.mailbox_settings(folder="Signalements"))
    with pytest.raises(SourceError, match="cannot open folder 'Signalements'"):
        poll(s)


def test_processed_and_failed_folders_are_created_when_absent(dovecot, tmp_path):
    dovecot.append(INBOX, reports(1))
    s = settings(tmp_path, dovecot.mailbox_settings(processed_folder="Archives/Signalements", failed_folder="Archives/Echecs"))
    poll(s)
    assert dovecot.count("Archives/Signalements") == 1
    with dovecot.session() as c:
        assert c.folder_exists("Archives/Echecs")


def test_keyword_mode_flags_messages_and_leaves_them_in_place(dovecot, tmp_path):
    messages = reports(3)
    dovecot.append(INBOX, messages)
    s = settings(tmp_path, dovecot.mailbox_settings(after="keyword"))
    first, store = poll(s)
    assert first.count("filed") == 3
    flags = [m[b"FLAGS"] for m in dovecot.folder_messages(INBOX).values()]
    assert all(b"TriageFiled" in f and b"\\Seen" not in f for f in flags)
    with dovecot.session() as c:
        assert not c.folder_exists(PROCESSED)
    assert poll(s)[0].count("filed") == 0
    assert {d.done_at is not None for d in store.deliveries()} == {True}


def test_keyword_mode_flags_failed_messages_apart(dovecot, tmp_path):
    dovecot.append(INBOX, reports(1))
    s = settings(tmp_path, dovecot.mailbox_settings(after="keyword"), limits={"max_seconds": 0.000001})
    assert poll(s)[0].count("failed") == 1
    (message,) = dovecot.folder_messages(INBOX).values()
    assert b"TriageFailed" in message[b"FLAGS"]


def test_a_server_without_move_gets_copy_delete_expunge(tmp_path):
    with dovecot_server(capabilities=CAPABILITIES_WITHOUT_MOVE) as server:
        with server.session() as c:
            assert not c.has_capability("MOVE")
        messages = reports(3)
        server.append(INBOX, messages)
        result, _ = poll(settings(tmp_path, server.mailbox_settings()))
        assert result.count("filed") == 3
        assert server.count(INBOX) == 0
        moved = server.folder_messages(PROCESSED)
        assert sorted(m[b"BODY[]"] for m in moved.values()) == sorted(messages)
        assert all(b"\\Deleted" not in m[b"FLAGS"] for m in moved.values())


def test_waiting_counts_what_the_next_poll_will_take(dovecot, tmp_path):
    dovecot.append(INBOX, reports(4))
    s = settings(tmp_path, dovecot.mailbox_settings())
    with Store.open(s.path(s.storage.database)) as store, open_source(s) as source:
        pending = source.pending(store)
    assert len(pending.new) == 4 and pending.unfinished == []


# --- directory -----------------------------------------------------------------------------


def make_folder(root: Path, messages: list[bytes]) -> dict[Path, tuple[bytes, float]]:
    written = {}
    for i, raw in enumerate(messages):
        path = root / ("2026-11" if i % 2 else "") / f"report-{i}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        written[path] = (raw, path.stat().st_mtime_ns)
    return written


def test_directory_default_files_each_report_once_and_leaves_the_files_untouched(tmp_path):
    root = tmp_path / "reports"
    written = make_folder(root, reports(5))
    s = settings(tmp_path, {"kind": "directory", "path": str(root)})
    assert s.mailbox.resolved_after == "keep"
    first, store = poll(s)
    assert first.count("filed") == 5
    for path, (raw, mtime) in written.items():
        assert path.read_bytes() == raw and path.stat().st_mtime_ns == mtime
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == sorted(
        ["2026-11", *[p.relative_to(root).as_posix() for p in written]]
    )
    assert poll(s)[0].count("filed") == 0
    # a file whose content changes is a new message; a new file is filed
    changed = next(iter(written))
    changed.write_bytes(reports(1, start=40)[0])
    (root / "new.eml").write_bytes(reports(1, start=41)[0])
    third, store = poll(s)
    assert third.count("filed") == 2
    assert store.counts()["reports_by_state"] == {"new": 7}


def test_directory_move_mode_sorts_into_processed_and_failed(tmp_path):
    root = tmp_path / "inbox"
    good = reports(2)
    make_folder(root, [good[0], big_report(2 * 1024 * 1024), good[1], malformed()])
    s = settings(tmp_path, {"kind": "directory", "path": str(root), "after": "move"}, limits={"max_message_bytes": 1024 * 1024})
    result, store = poll(s)
    assert result.count("filed") == 3 and result.count("failed") == 1
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*.eml")) == [
        "Echecs/2026-11/report-1.eml", "Traites/2026-11/report-3.eml", "Traites/report-0.eml", "Traites/report-2.eml",
    ]
    assert poll(s)[0].totals()["filed"] == 0  # the subfolders are never read again


def test_directory_30_mb_report_is_filed(tmp_path):
    root = tmp_path / "inbox"
    make_folder(root, [big_report(), reports(1)[0]])
    result, store = poll(settings(tmp_path, {"kind": "directory", "path": str(root)}))
    assert result.count("filed") == 2
    assert {line.verdict for line in result.lines} == {"fraud"}


def test_directory_missing_is_reported(tmp_path):
    with pytest.raises(SourceError, match="does not exist"):
        poll(settings(tmp_path, {"kind": "directory", "path": str(tmp_path / "nowhere")}))


def test_directory_crash_after_commit_is_marked_on_the_next_run(tmp_path, monkeypatch):
    root = tmp_path / "inbox"
    make_folder(root, reports(2))
    s = settings(tmp_path, {"kind": "directory", "path": str(root), "after": "move"})
    from pipeline.source.files import DirectorySource

    def dies(self, outcomes):
        raise KeyboardInterrupt  # the process is stopped between the commit and the move

    monkeypatch.setattr(DirectorySource, "finish", dies)
    with pytest.raises(KeyboardInterrupt):
        poll(s)
    monkeypatch.undo()
    result, store = poll(s)
    assert result.count("filed") == 0 and result.marked_late == 2
    assert len(list((root / "Traites").rglob("*.eml"))) == 2
    assert store.counts()["reports_by_state"] == {"new": 2}


# --- Maildir -------------------------------------------------------------------------------


def test_maildir_move_and_seen_by_imap(dovecot, tmp_path):
    """The Maildir source on the very Maildir Dovecot serves: moved messages show up in
    the IMAP processed folder."""
    dovecot.append(INBOX, reports(3))
    s = settings(tmp_path, {"kind": "maildir", "path": str(dovecot.maildir())})
    result, store = poll(s)
    assert result.count("filed") == 3
    assert dovecot.count(INBOX) == 0 and dovecot.count(PROCESSED) == 3
    assert poll(s)[0].count("filed") == 0


def test_maildir_keyword_mode_sets_a_dovecot_keyword(dovecot, tmp_path):
    dovecot.append(INBOX, reports(2))
    s = settings(tmp_path, {"kind": "maildir", "path": str(dovecot.maildir()), "after": "keyword"})
    assert poll(s)[0].count("filed") == 2
    flags = [m[b"FLAGS"] for m in dovecot.folder_messages(INBOX).values()]
    assert len(flags) == 2 and all(b"TriageFiled" in f for f in flags)
    assert poll(s)[0].count("filed") == 0


def test_maildir_keep_mode_and_failures(tmp_path):
    root = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True)
    good = reports(2)
    for i, raw in enumerate([good[0], malformed(), good[1]]):
        (root / "new" / f"1700000000.M{i}P1.host").write_bytes(raw)
    before = sorted(os.listdir(root / "new"))
    s = settings(tmp_path, {"kind": "maildir", "path": str(root), "after": "keep"})
    result, store = poll(s)
    assert len(result.lines) == 3 and result.count("filed") >= 2
    assert sorted(os.listdir(root / "new")) == before
    assert poll(s)[0].lines == []


def test_not_a_maildir_is_reported(tmp_path):
    with pytest.raises(SourceError, match="is not a Maildir"):
        poll(settings(tmp_path, {"kind": "maildir", "path": str(tmp_path)}))


def test_the_embedded_default_reads_the_samples_and_leaves_them_in_place():
    from pipeline.settings import Settings

    s = Settings()
    source = open_source(s)
    assert s.mailbox.kind == "directory" and s.mailbox.resolved_after == "keep"
    assert source.root == (Path(__file__).resolve().parents[1] / "samples" / "reports")


def test_status_asks_the_mailbox_how_many_messages_wait(dovecot, tmp_path):
    import json
    import subprocess
    import sys

    dovecot.append(INBOX, reports(3))
    box = dovecot.mailbox_settings()
    config = tmp_path / "settings.toml"
    config.write_text("[mailbox]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in box.items())
                      + f"[storage]\ndatabase = {json.dumps(str(tmp_path / 'triage.db'))}\n")
    done = subprocess.run([sys.executable, "-m", "pipeline", "status", "--config", str(config), "--format", "json"],
                          capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["waiting"] == 3 and info["last_poll_at"] is None
    assert dovecot.count(INBOX) == 3  # asking changed nothing


def test_no_secret_and_no_message_body_in_the_logs(dovecot, tmp_path, caplog):
    import logging

    dovecot.append(INBOX, reports(2))
    s = settings(tmp_path, dovecot.mailbox_settings())
    with caplog.at_level(logging.DEBUG):
        poll(s)
    text = caplog.text
    assert "event=filed" in text and "event=poll_done" in text
    assert PASSWORD not in text
    assert "Activez votre compte" not in text and "dossier incomplet" not in text.lower()


def test_a_folder_the_server_refuses_to_create_is_reported(dovecot, tmp_path):
    dovecot.append(INBOX, reports(1))
    s = settings(tmp_path, dovecot.mailbox_settings(processed_folder="~Traites"))
    with pytest.raises(SourceError, match="cannot create folder '~Traites'.*Begins with '~'"):
        poll(s)
    assert dovecot.count(INBOX) == 1
