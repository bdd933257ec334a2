"""The SMTP edge: sends the digest and the answers to doctors through the configured server.

STARTTLS or implicit TLS with the certificate checked (a CA file may be named for a
self-hosted server); plain SMTP only towards a relay on the loopback interface. The login
secret comes from the environment or a file (`read_secret`), never from the settings, and
is never logged.
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid, parseaddr

from .settings import SettingsError, SmtpSettings, Settings, read_secret

log = logging.getLogger("triage.mail")


class MailerError(RuntimeError):
    """The message could not be handed to the SMTP server (says which server and why)."""


def is_configured(smtp: SmtpSettings) -> bool:
    return bool(smtp.host and smtp.sender)


def require_configured(smtp: SmtpSettings) -> None:
    if not smtp.host:
        raise SettingsError(None, "smtp.host", "no SMTP server configured: set [smtp] host (and sender) to send mail")
    if not smtp.sender:
        raise SettingsError(None, "smtp.sender", "no sender address configured for [smtp]")


def sender_address(smtp: SmtpSettings) -> str:
    """The bare address of [smtp] sender, which may be written "Name <address>"."""
    return parseaddr(smtp.sender)[1].lower()


def new_message(smtp: SmtpSettings, to: list[str], subject: str) -> EmailMessage:
    """An empty message with the headers every mail we send carries."""
    message = EmailMessage()
    message["From"] = smtp.sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain=sender_address(smtp).rpartition("@")[2] or None)
    # automatic mail: well-behaved auto-responders do not answer it (RFC 3834)
    message["Auto-Submitted"] = "auto-generated"
    return message


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _tls_context(smtp: SmtpSettings) -> ssl.SSLContext:
    cafile = str(Settings.path(smtp.ca_file)) if smtp.ca_file else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise SettingsError(smtp.ca_file, "smtp.ca_file", f"cannot load the CA file: {exc}") from None


def send(smtp: SmtpSettings, message: EmailMessage) -> None:
    """Hand one message to the server; raises MailerError with the reason when it fails."""
    require_configured(smtp)
    if smtp.tls == "none" and not _is_loopback(smtp.host):
        raise SettingsError(None, "smtp.tls", "none is only allowed for a relay on the loopback interface")
    password = read_secret(smtp.password_env, smtp.password_file, "smtp.password") if smtp.username else None
    where = f"{smtp.host}:{smtp.port}"
    try:
        if smtp.tls == "implicit":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_seconds, context=_tls_context(smtp))
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds)
        with client:
            client.ehlo()
            if smtp.tls == "starttls":
                client.starttls(context=_tls_context(smtp))
                client.ehlo()
            if smtp.username:
                client.login(smtp.username, password)
            refused = client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailerError(f"{where}: login refused for {smtp.username!r} ({exc.smtp_code})") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailerError(f"{where}: the server does not offer what is needed: {exc}") from None
    except ssl.SSLCertVerificationError as exc:
        raise MailerError(f"{where}: the server's certificate is not trusted: {exc.verify_message}") from None
    except (smtplib.SMTPException, ssl.SSLError, socket.timeout, OSError) as exc:
        raise MailerError(f"{where}: cannot send: {exc}") from None
    if refused:
        raise MailerError(f"{where}: recipients refused: {', '.join(sorted(refused))}")
    recipients = getaddresses(message.get_all("To", []))
    log.info("event=mail_sent recipients=%d server=%s message_id=%s", len(recipients), where, message["Message-ID"])
