"""The answer to the reporting doctor, sent through a real SMTP server on loopback, and
its rules one by one: the case (fraud with high confidence, or staff will look), never the
scammer, never an auto-reply or a bounce, reporter domains, never twice, rate limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from campaign_reports import build_report, file_report, load
from pipeline import acknowledge
from pipeline.report import Original, Person
from pipeline.settings import Settings
from pipeline.store import Store
from services.smtp import smtp_server

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def raw_report(report, extra: str = "") -> bytes:
    """The reported message as the mailbox held it (headers matter here, not the body)."""
    return (
        f"From: {report.reporter.name} <{report.reporter.address}>\r\n"
        f"To: signalements@cdom75.example\r\n"
        f"Subject: {report.subject}\r\n"
        f"Date: Fri, 20 Nov 2026 08:30:00 +0100\r\n"
        f"Message-ID: {report.message_id}\r\n"
        f"References: <earlier-thread@cabinet.example>\r\n"
        f"{extra}"
        f"\r\nVoir ci-dessous.\r\n"
    ).encode()


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "triage.db") as s:
        yield s


@pytest.fixture
def server(tmp_path, monkeypatch):
    with smtp_server("starttls", monkeypatch) as s:
        yield s


@pytest.fixture
def settings(server):
    s = Settings()
    s.smtp = server.settings(sender="signalements@cdom75.example")
    return s


def fraud_report(doctor=0, confidence=0.95, n=1):
    data = load()
    report = build_report({"message": "drcp", "doctor": doctor, "style": "attachment", "token": f"T{n}"}, data, n)
    report.confidence = confidence
    return report


def answer(settings, store, report, n=1, extra="", now=NOW):
    rid = file_report(store, report, n)
    return rid, acknowledge.acknowledge(settings, store, rid, report, raw_report(report, extra), now=now)


def test_fraud_with_high_confidence_gets_the_advice_and_official_addresses(settings, store, server):
    report = fraud_report()
    rid, decision = answer(settings, store, report)
    assert decision.send and decision.reason == "fraud"
    (received,) = server.received
    assert received.rcpt_tos == ["dr.martin@cabinet-martin.fr"]
    message = received.message
    assert message["From"] == "signalements@cdom75.example"
    assert message["To"] == "dr.martin@cabinet-martin.fr"
    assert message["Subject"].strip() == "Re: TR: URGENT - Votre certification périodique n'est pas validée"
    assert message["In-Reply-To"] == report.message_id
    assert message["References"] == f"<earlier-thread@cabinet.example> {report.message_id}"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["Date"] and message["Message-ID"]
    body = message.get_content()
    assert body.startswith("Bonjour Martin,")
    assert "Nous avons bien reçu votre signalement" in body
    assert "caractéristiques d'une fraude" in body
    assert "bloquer le correspondant" in body
    assert "ne jamais communiquer les identifiants" in body
    assert "La « direction régionale de certification périodique » n'existe pas." in body
    # the official address is usable, the scam's is not
    assert "https://www.agencedpc.fr/professionnel/" in body
    assert "drcp-certification[.]fr" in body and "drcp-certification.fr" not in body
    assert store.acknowledgement(rid) == ("sent", "fraud")


def test_otherwise_staff_will_look_at_it(settings, store, server):
    _, decision = answer(settings, store, fraud_report(confidence=0.6))
    assert decision.reason == "review"
    body = server.messages[0].get_content()
    assert "Les services du conseil vont l'examiner" in body
    assert "caractéristiques d'une fraude" not in body
    assert "https://www.agencedpc.fr/professionnel/" in body


def test_a_hostile_subject_is_defanged_in_the_answer(settings, store, server):
    report = fraud_report()
    report.originals[0].subject = "Validez ici https://faux-ans.example/login <script>"
    report.reporter.name = "Dr X via https://relais.example"
    answer(settings, store, report)
    body = server.messages[0].get_content()
    assert "hxxps://faux-ans[.]example/login" in body and "https://faux-ans" not in body
    assert body.startswith("Bonjour Dr X via hxxps://relais[.]example,")


def test_never_the_scammer_of_a_direct_report(settings, store, server):
    report = fraud_report()
    report.originals = [Original("direct", Person("secretariat@drcp-certification.fr"), subject="URGENT", text="…")]
    report.reporter.address = "secretariat@drcp-certification.fr"
    rid, decision = answer(settings, store, report)
    assert not decision.send and store.acknowledgement(rid) == ("skipped:direct_report", None)
    assert server.received == []


@pytest.mark.parametrize(
    "header, reason",
    [
        ("Auto-Submitted: auto-replied\r\n", "auto_submitted"),
        ("Auto-Submitted: auto-generated\r\n", "auto_submitted"),
        ("Precedence: bulk\r\n", "precedence_bulk"),
        ("Precedence: junk\r\n", "precedence_bulk"),
        ("Precedence: list\r\n", "precedence_bulk"),
        ("X-Autoreply: yes\r\n", "auto_reply"),
        ("Return-Path: <>\r\n", "bounce"),
        ("Sender: MAILER-DAEMON@mx.cabinet-martin.fr\r\n", "bounce"),
        ("List-Id: <dpc.lists.example>\r\n", "mailing_list"),
    ],
)
def test_never_an_auto_reply_or_a_bounce(settings, store, server, header, reason):
    rid, decision = answer(settings, store, fraud_report(), extra=header)
    assert (decision.send, decision.reason) == (False, reason)
    assert store.acknowledgement(rid)[0] == f"skipped:{reason}"
    assert server.received == []


def test_auto_submitted_no_is_a_person(settings, store, server):
    _, decision = answer(settings, store, fraud_report(), extra="Auto-Submitted: no\r\n")
    assert decision.send


def test_only_the_configured_reporter_domains(settings, store, server):
    settings.acknowledgement = replace(settings.acknowledgement, reporter_domains=["cabinet-martin.fr", "medecin-bernard.fr"])
    _, inside = answer(settings, store, fraud_report(doctor=0), n=1)
    _, outside = answer(settings, store, fraud_report(doctor=1, n=2), n=2)  # c.dubois@wanadoo.fr
    assert inside.send and (outside.send, outside.reason) == (False, "outside_reporter_domains")
    assert [r.rcpt_tos for r in server.received] == [["dr.martin@cabinet-martin.fr"]]


def test_never_twice_for_the_same_report(settings, store, server):
    report = fraud_report()
    rid, first = answer(settings, store, report)
    again = acknowledge.acknowledge(settings, store, rid, report, raw_report(report), now=NOW)
    assert first.send and (again.send, again.reason) == (False, "already_answered")
    assert len(server.received) == 1
    assert store.acknowledgement(rid) == ("sent", "fraud")


def test_rate_limited_per_reporter_per_day(settings, store, server):
    settings.acknowledgement = replace(settings.acknowledgement, max_per_reporter_per_day=2)
    decisions = [answer(settings, store, fraud_report(doctor=0, n=n), n=n)[1] for n in (1, 2, 3)]
    other = answer(settings, store, fraud_report(doctor=2, n=4), n=4)[1]
    assert [d.send for d in decisions] == [True, True, False] and decisions[2].reason == "rate_limited"
    assert other.send
    assert len(server.received) == 3


def test_old_reports_and_disabled_answers_are_skipped_and_recorded(settings, store, server):
    rid, old = answer(settings, store, fraud_report(), now=datetime(2026, 12, 20, tzinfo=timezone.utc))
    assert (old.send, old.reason) == (False, "too_old")
    settings.acknowledgement = replace(settings.acknowledgement, enabled=False)
    rid2, off = answer(settings, store, fraud_report(doctor=1, n=2), n=2)
    assert store.acknowledgement(rid2) == ("skipped:disabled", None)
    assert acknowledge.on_filed_hooks(settings) == []
    assert server.received == []


def test_a_refused_send_is_recorded_as_failed(settings, store, server):
    settings.smtp = replace(settings.smtp, port=1)
    rid, decision = answer(settings, store, fraud_report())
    assert not decision.send
    status, detail = store.acknowledgement(rid)
    assert status == "failed:smtp" and "127.0.0.1:1" in detail


def test_a_server_down_is_not_retried_for_every_report(settings, store, server):
    settings.smtp = replace(settings.smtp, port=1)
    breaker = acknowledge.SmtpBreaker(pause_seconds=60)
    first, second = (fraud_report(doctor=d, n=d + 1) for d in (0, 1))
    for n, report in enumerate((first, second), start=1):
        rid = file_report(store, report, n)
        acknowledge.acknowledge(settings, store, rid, report, raw_report(report), now=NOW, breaker=breaker)
    assert "127.0.0.1:1" in store.acknowledgement(1)[1]
    assert store.acknowledgement(2) == ("failed:smtp", "not tried: the SMTP server failed moments ago")


def test_without_smtp_the_decision_is_recorded(store):
    rid, decision = answer(Settings(), store, fraud_report())
    assert store.acknowledgement(rid) == ("skipped:smtp_not_configured", None)


def test_the_worker_hooks_group_then_answer(settings, store, server):
    from pipeline.poll import filed_hooks

    hooks = filed_hooks(settings)
    assert [h.__name__ for h in hooks] == ["assign_campaign", "answer_reporter"]
    report = fraud_report()
    report.received = datetime.now(timezone.utc).isoformat()  # the hook answers with the real clock
    from pipeline.store import SourceKey

    filed = store.file_delivery(SourceKey("directory", "x", file_key="1.eml"), raw_report(report), sha256="a" * 64,
                                size=10, message_id=report.message_id, report=report)
    for hook in hooks:
        hook(store, filed.report_id, report, raw_report(report))
    assert store.get_report(filed.report_id).campaign_id == filed.report_id
    assert store.acknowledgement(filed.report_id)[0] == "sent"


def test_never_the_councils_own_address(settings, store, server):
    settings.smtp = replace(settings.smtp, sender="Signalements CDOM <signalements@cdom75.example>")
    report = fraud_report()
    report.reporter.address = "Signalements@cdom75.example"  # staff forwarding from the mailbox itself
    rid, decision = answer(settings, store, report)
    assert (decision.send, decision.reason) == (False, "own_address")
    assert server.received == []
