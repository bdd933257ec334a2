"""The SMTP edge against a real server on loopback: STARTTLS and implicit TLS with the
certificate checked, login with the secret from the environment, clear errors."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.mailer import MailerError, new_message, send
from pipeline.settings import SettingsError, SmtpSettings
from services.smtp import smtp_server


def hello(smtp: SmtpSettings):
    message = new_message(smtp, ["permanence@cdom75.example"], "Essai d'envoi – été")
    message.set_content("Bonjour,\nceci est un essai accentué : é à ç.\n")
    return message


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_sends_over_tls_with_login(tmp_path, monkeypatch, tls):
    with smtp_server(tls, monkeypatch) as server:
        smtp = server.settings()
        send(smtp, hello(smtp))
    assert server.logins == ["triage"]
    (received,) = server.received
    assert received.rcpt_tos == ["permanence@cdom75.example"]
    message = received.message
    assert message["Subject"] == "Essai d'envoi – été"
    assert message["From"] == "signalements@cdom75.example"
    assert message["Message-ID"].endswith("@cdom75.example>")
    assert message["Date"] and message["Auto-Submitted"] == "auto-generated"
    assert "accentué" in message.get_content()


def test_wrong_password_is_a_clear_error(tmp_path, monkeypatch):
    with smtp_server("starttls", monkeypatch) as server:
        monkeypatch.setenv("TRIAGE_TEST_SMTP_PASSWORD", "wrong")
        smtp = server.settings()
        with pytest.raises(MailerError, match="login refused"):
            send(smtp, hello(smtp))
    assert server.received == []


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_an_untrusted_certificate_is_refused(tmp_path, monkeypatch, tls):
    with smtp_server(tls, monkeypatch) as server:
        smtp = replace(server.settings(), ca_file="")
        with pytest.raises(MailerError, match="certificate"):
            send(smtp, hello(smtp))
    assert server.received == []


def test_missing_secret_names_the_setting(tmp_path, monkeypatch):
    with smtp_server("starttls") as server:  # password not in the environment
        monkeypatch.delenv("TRIAGE_TEST_SMTP_PASSWORD", raising=False)
        smtp = server.settings()
        with pytest.raises(SettingsError, match="smtp.password"):
            send(smtp, hello(smtp))


def test_plain_smtp_only_to_loopback(tmp_path):
    with smtp_server("none") as server:
        smtp = server.settings(login=False)
        send(smtp, hello(smtp))
    assert len(server.received) == 1
    with pytest.raises(SettingsError, match="smtp.tls"):
        send(replace(smtp, host="smtp.example.org"), hello(smtp))


def test_no_server_configured_is_a_settings_error():
    smtp = SmtpSettings()
    with pytest.raises(SettingsError, match="smtp.host"):
        send(smtp, hello(replace(smtp, sender="a@b.example")))


def test_a_sender_with_a_display_name(tmp_path, monkeypatch):
    with smtp_server("starttls", monkeypatch) as server:
        smtp = server.settings(sender="Signalements CDOM <signalements@cdom75.example>")
        send(smtp, hello(smtp))
    (received,) = server.received
    assert received.mail_from == "signalements@cdom75.example"
    assert received.message["From"] == "Signalements CDOM <signalements@cdom75.example>"
    assert received.message["Message-ID"].endswith("@cdom75.example>")
