"""The staff digest, sent through a real SMTP server on loopback and read back: headers,
both alternatives, French text, defanged links, no remote URL, hostile subjects escaped;
the day with no report; the schedule with a frozen clock and a missed run."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from campaign_reports import build_report, file_report, load, reports
from pipeline import digest
from pipeline.report import Person
from pipeline.settings import Settings
from pipeline.store import Store
from services.smtp import smtp_server

PARIS = ZoneInfo("Europe/Paris")
DAY = date(2026, 11, 20)
REVIEW = "https://triage.cdom75.example"


def paris(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=PARIS)


def utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "triage.db") as s:
        yield s


@pytest.fixture
def settings(tmp_path):
    s = Settings()
    s.digest = replace(s.digest, output_dir=str(tmp_path / "digests"), recipients=["permanence@cdom75.example", "presidence@cdom75.example"])
    return s


def file_fixture_day(store, day=DAY):
    """The fixture's reports, filed through the day from 07:00 (Paris), ten minutes apart."""
    ids = {}
    for n, (name, report) in enumerate(reports(), start=1):
        at = utc(paris(day.year, day.month, day.day, 7) + timedelta(minutes=10 * n))
        ids.setdefault(name, []).append(file_report(store, report, n, at))
    return ids


def subject(message) -> str:
    # Python folds a long subject right after "Subject:"; the leading blank is not part of it
    return message["Subject"].strip()


URL = re.compile(r"\b(?:https?|ftp)://[^\s\"'<>]+", re.IGNORECASE)


def test_digest_sent_over_smtp_has_both_alternatives_in_french(tmp_path, monkeypatch, store, settings):
    ids = file_fixture_day(store)
    settings.web = replace(settings.web, public_url=REVIEW)
    with smtp_server("starttls", monkeypatch) as server:
        settings.smtp = server.settings(sender="triage@cdom75.example")
        output = digest.send(settings, store, DAY, paris(2026, 11, 21, 8, 0))
    (received,) = server.received
    assert sorted(received.rcpt_tos) == ["permanence@cdom75.example", "presidence@cdom75.example"]
    message = received.message
    assert message["From"] == "triage@cdom75.example"
    assert message["To"] == "permanence@cdom75.example, presidence@cdom75.example"
    assert subject(message) == "Signalements du vendredi 20 novembre 2026 : 18 signalement(s), 11 fraude(s)"
    assert message["Date"] and message["Message-ID"]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert output.html_path.read_text("utf-8") == output.rendered.html
    assert output.text_path.name == "digest-2026-11-20.txt"
    for body in (text, html):
        assert "ampagnes (7), les plus dangereuses d'abord" in body.replace("CAMPAGNES", "Campagnes")
        assert "bloquer le correspondant" in body
        assert "ne jamais communiquer les identifiants" in body
        assert "hxxps://espace[.]drcp-certification[.]fr/validation?ref=" in body
        assert "drcp-certification.fr" not in body  # nowhere live, not even as a bare domain
        assert "+33184801234" in body
    # the only live URLs of the HTML are the council's own review pages; nothing is loaded
    assert {u for u in URL.findall(html) if not u.startswith(REVIEW + "/")} == set()
    assert not re.search(r"<(img|link|script|iframe|object|embed|style)\b", html, re.IGNORECASE)
    assert "url(" not in html
    drcp = ids["drcp"]
    assert f'<a href="{REVIEW}/signalements/{drcp[0]}"' in html
    assert f"{REVIEW}/campagnes/{drcp[0]}" in text
    # fraud asking for identifiers or money first, the genuine mailings last
    order = [int(m) for m in re.findall(r"Campagne n° (\d+)", text)]
    verdicts = [store.campaign_summary(c).verdict for c in order]
    assert verdicts == sorted(verdicts, key=lambda v: {"fraud": 0, "spam": 1, "legitimate": 2}[v])
    assert order[0] in (ids["ans_activation"][0], ids["gmail_iban"][0], ids["drcp"][0], ids["password_reset"][0])
    assert "Légitime" in text and "Fraude" in text
    assert store.digest_sent_at("2026-11-20")


def test_hostile_subjects_and_display_names_stay_text(tmp_path, store, settings):
    data = load()
    hostile = build_report({"message": "drcp", "doctor": 0, "style": "attachment", "token": "X"}, data)
    hostile.originals[0].subject = '<script>alert("x")</script> <a href="https://evil.example/">cliquez</a>'
    hostile.originals[0].sender = Person("contact@evil-sender.example", "https://evil.example/login <b>ANDPC</b>")
    hostile.needs_review = True
    file_report(store, hostile, 1, utc(paris(2026, 11, 20, 9)))
    output = digest.write(settings, store, DAY, paris(2026, 11, 21, 8))
    html, text = output.rendered.html, output.rendered.text
    assert "<script" not in html and "<a href=\"https://evil" not in html
    assert "&lt;script&gt;" in html
    assert "evil.example" not in html and "evil[.]example" in html
    assert not URL.findall(html)  # no public_url configured: no live URL at all
    assert '<script>alert("x")</script>' in text  # plain text is not markup; its links are defanged
    assert "hxxps://evil[.]example/" in text


def test_a_day_without_reports_still_gives_a_short_digest(tmp_path, monkeypatch, store, settings):
    with smtp_server("implicit", monkeypatch) as server:
        settings.smtp = server.settings()
        digest.send(settings, store, DAY, paris(2026, 11, 21, 8))
    message = server.messages[0]
    assert subject(message) == "Signalements du vendredi 20 novembre 2026 : aucun signalement"
    assert "Aucun signalement n'a été reçu pendant cette période." in message.get_body(("plain",)).get_content()
    assert (tmp_path / "digests" / "digest-2026-11-20.html").is_file()


def test_the_period_is_the_local_day(store, settings):
    # 23:30 in Paris on the 19th is 22:30 UTC: it belongs to the 19th, not the 20th
    data = load()
    file_report(store, build_report(data["reports"][0], data, 1), 1, "2026-11-19T22:30:00Z")
    file_report(store, build_report(data["reports"][1], data, 2), 2, "2026-11-20T23:30:00Z")  # 00:30 on the 21st
    assert digest.write(settings, store, date(2026, 11, 19), paris(2026, 11, 22, 8)).digest.total == 1
    assert digest.write(settings, store, date(2026, 11, 20), paris(2026, 11, 22, 8)).digest.total == 0
    assert digest.write(settings, store, date(2026, 11, 21), paris(2026, 11, 22, 8)).digest.total == 1


def test_waiting_reports_and_failed_messages_are_listed(store, settings):
    data = load()
    typed = build_report(data["reports"][11], data, 1)  # typed: needs review
    rid = file_report(store, typed, 1, utc(paris(2026, 11, 20, 10)))
    from pipeline.store import SourceKey

    failed = store.file_delivery(SourceKey("directory", "samples", file_key="bad.eml"), b"\x00garbage", sha256="f" * 64,
                                 size=8, message_id=None, report=None, error="analysis took longer than 20 s (in unwrap)")
    with store.transaction() as db:
        db.execute("UPDATE deliveries SET received_at = ? WHERE id = ?", (utc(paris(2026, 11, 20, 11)), failed.delivery_id))
    text = digest.write(settings, store, DAY, paris(2026, 11, 21, 8)).rendered.text
    assert f"SIGNALEMENTS À EXAMINER (1)\n  - n° {rid}," in text
    assert f"MESSAGES NON ANALYSÉS (1)\n  - réception n° {failed.delivery_id}" in text
    assert "analysis took longer than 20 s" in text


# --- the schedule --------------------------------------------------------------------------------


def test_scheduled_digest_with_a_frozen_clock_and_a_missed_run(tmp_path, monkeypatch, store, settings):
    data = load()
    for n, day in enumerate((22, 23, 24, 25), start=1):
        file_report(store, build_report(data["reports"][n], data, n), n, utc(paris(2026, 11, day, 15)))
    with smtp_server("starttls", monkeypatch) as server:
        settings.smtp = server.settings()
        # before 08:00 on the 23rd: the 22nd is not due yet; the first run ever sends only the latest due day
        assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 7, 59)) == [date(2026, 11, 21)]
        assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 8, 0)) == [date(2026, 11, 22)]
        assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 8, 0)) == []  # restarted: nothing twice
        # the machine is off from the 23rd at noon to the 26th at 10:00: the 23rd, 24th and 25th are sent once
        assert digest.run_scheduled(settings, store, paris(2026, 11, 26, 10)) == [date(2026, 11, d) for d in (23, 24, 25)]
        assert digest.run_scheduled(settings, store, paris(2026, 11, 26, 10, 5)) == []
        assert digest.run_scheduled(settings, store, paris(2026, 11, 27, 7, 30)) == []
    subjects = [subject(m) for m in server.messages]
    assert subjects == [
        "Signalements du samedi 21 novembre 2026 : aucun signalement",
        "Signalements du dimanche 22 novembre 2026 : 1 signalement(s), 1 fraude(s)",
        "Signalements du lundi 23 novembre 2026 : 1 signalement(s), 1 fraude(s)",
        "Signalements du mardi 24 novembre 2026 : 1 signalement(s), 0 fraude(s)",
        "Signalements du mercredi 25 novembre 2026 : 1 signalement(s), 0 fraude(s)",
    ]


def test_catch_up_is_bounded(store, settings):
    settings.digest = replace(settings.digest, catch_up_days=3)
    store.mark_digest_sent("2026-11-01", "x")
    assert digest.due_days(settings, store, paris(2026, 11, 26, 9)) == [date(2026, 11, d) for d in (23, 24, 25)]


def test_a_failed_send_is_retried_on_the_next_run(tmp_path, monkeypatch, store, settings):
    store.mark_digest_sent("2026-11-21", "x")
    with smtp_server("starttls", monkeypatch) as server:
        settings.smtp = replace(server.settings(), port=1)  # nobody listens there
        with pytest.raises(digest.mailer.MailerError):
            digest.run_scheduled(settings, store, paris(2026, 11, 23, 9))
        settings.smtp = server.settings()
        assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 9, 5)) == [date(2026, 11, 22)]
    assert len(server.received) == 1


def test_without_smtp_the_scheduled_digest_is_written_only(store, settings, tmp_path):
    assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 9)) == [date(2026, 11, 22)]
    assert (tmp_path / "digests" / "digest-2026-11-22.txt").read_text("utf-8").startswith("Signalements du dimanche 22 novembre 2026")
    assert digest.run_scheduled(settings, store, paris(2026, 11, 23, 9)) == []


# --- the command ---------------------------------------------------------------------------------


def write_config(tmp_path, smtp: str = "") -> str:
    path = tmp_path / "settings.toml"
    path.write_text(
        f'[storage]\ndatabase = "{tmp_path / "triage.db"}"\n'
        f'[digest]\noutput_dir = "{tmp_path / "out"}"\nrecipients = ["permanence@cdom75.example"]\n{smtp}',
        "utf-8",
    )
    return str(path)


def test_command_writes_the_digest_and_prints_its_path(tmp_path, capsys):
    from pipeline.cli import main

    with Store.open(tmp_path / "triage.db") as s:
        file_fixture_day(s)
    assert main(["digest", "--date", "2026-11-20", "--config", write_config(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Synthèse du 2026-11-20 : 18 signalement(s), 7 campagne(s), 2 à examiner, 0 en échec"  # the two typed reports
    assert out[1] == str(tmp_path / "out" / "digest-2026-11-20.html")
    assert (tmp_path / "out" / "digest-2026-11-20.txt").is_file()


def test_command_send_without_smtp_is_a_clear_error(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["digest", "--send", "--config", write_config(tmp_path)]) == 2
    assert "smtp.host: no SMTP server configured" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_command_send_mails_it(tmp_path, monkeypatch, capsys):
    from pipeline.cli import main

    with smtp_server("implicit", monkeypatch) as server:
        smtp = server.settings(sender="triage@cdom75.example")
        section = (f'[smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\ntls = "implicit"\nca_file = "{smtp.ca_file}"\n'
                   f'username = "{smtp.username}"\npassword_env = "{smtp.password_env}"\nsender = "{smtp.sender}"\n')
        assert main(["digest", "--date", "2026-11-20", "--send", "--config", write_config(tmp_path, section)]) == 0
    assert "envoyée à permanence@cdom75.example" in capsys.readouterr().out
    assert [r.rcpt_tos for r in server.received] == [["permanence@cdom75.example"]]


def test_a_large_campaign_references_its_latest_reports(store, settings):
    data = load()
    ids = [file_report(store, build_report({"message": "ans_activation", "doctor": n % 6, "style": "inline", "token": f"u{n}"}, data, n),
                       n, utc(paris(2026, 11, 20, 8) + timedelta(minutes=n))) for n in range(1, 41)]
    text = digest.write(settings, store, DAY, paris(2026, 11, 21, 8)).rendered.text
    assert "Signalements : 40 dont 40 sur la période, par 6 médecins" in text
    assert f"Signalements n° … {', '.join(map(str, ids[-30:]))}" in text


def test_a_broken_template_is_reported_with_its_file_and_line(tmp_path, settings):
    import shutil

    from pipeline.digest.render import check_templates
    from pipeline.settings import SettingsError

    folder = tmp_path / "templates"
    shutil.copytree(Settings.path(Settings().digest.templates_dir), folder)
    settings.digest = replace(settings.digest, templates_dir=str(folder))
    assert check_templates(settings).advice[0] == "bloquer le correspondant ;"
    html = folder / "digest.html.j2"
    html.write_text(html.read_text("utf-8").replace("{% endfor %}", "{% endfro %}", 1), "utf-8")
    with pytest.raises(SettingsError) as exc:
        check_templates(settings)
    assert exc.value.file.endswith("digest.html.j2") and exc.value.key.startswith("line ")
    (folder / "texts.toml").write_text('[council]\nname = "CDOM"\n', "utf-8")
    with pytest.raises(SettingsError, match="council.signature"):
        check_templates(settings)


def test_from_the_mailbox_to_the_digest(tmp_path, monkeypatch, settings):
    """The fixture's reports as mail files, polled by the worker with its real hooks (campaigns,
    answers through the SMTP server), then the day's digest: one campaign per message, one
    answer per doctor's report, threaded on it."""
    from campaign_reports import build_eml
    from pipeline.analyze import Analyzer
    from pipeline.poll import Poller

    data = load()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, entry in enumerate(data["reports"], start=1):
        (inbox / f"{n:03d}.eml").write_bytes(build_eml(entry, data, n))
    settings.mailbox = replace(settings.mailbox, kind="directory", path=str(inbox))
    settings.storage = replace(settings.storage, database=str(tmp_path / "triage.db"))
    with smtp_server("starttls", monkeypatch) as server, Store.open(tmp_path / "triage.db") as store:
        settings.smtp = server.settings(sender="signalements@cdom75.example")
        settings.acknowledgement = replace(settings.acknowledgement, max_age_days=100_000)  # the fixture is dated
        result = Poller(settings, store, analyzer=Analyzer(settings, with_model=False)).poll()
        assert result.count("filed") == 18
        now = datetime.now(timezone.utc)
        output = digest.write(settings, store, now.astimezone(PARIS).date(), now)
    answers = server.messages
    assert len(answers) == 18
    assert sorted(m["In-Reply-To"] for m in answers) == sorted(f"<report-{n}@{data['doctors'][e['doctor']][0].split('@')[1]}>"
                                                            for n, e in enumerate(data["reports"], start=1))
    assert output.digest.total == 18
    assert len(output.digest.campaigns) == len(data["messages"])
    assert "drcp-certification[.]fr" in output.rendered.html


def test_a_campaign_seen_before_is_growing(store, settings):
    data = load()
    first = file_report(store, build_report(data["reports"][0], data, 1), 1, utc(paris(2026, 11, 19, 15)))
    file_report(store, build_report(data["reports"][2], data, 2), 2, utc(paris(2026, 11, 20, 9)))  # the same scam
    file_report(store, build_report(data["reports"][1], data, 3), 3, utc(paris(2026, 11, 20, 10)))  # another one
    output = digest.write(settings, store, DAY, paris(2026, 11, 21, 8))
    status = {c.summary.id: (c.status, c.reports_in_period, c.summary.reports) for c in output.digest.campaigns}
    assert status == {first: ("growing", 1, 2), 3: ("new", 1, 1)}
    assert f"Campagne n° {first} (en cours)" in output.rendered.text
    assert "Signalements : 2 dont 1 sur la période, par 2 médecins" in output.rendered.text
