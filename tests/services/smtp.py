"""A real SMTP server on loopback for the tests: aiosmtpd, with STARTTLS or implicit TLS
(a throwaway self-signed certificate made with openssl), a login, and the list of the
messages it received. It fails loudly — never skips — when it cannot start.

    with smtp_server("starttls", monkeypatch) as server:
        settings.smtp = server.settings(sender="triage@cdom.example")
        ...
        message = server.messages[0]  # email.message.EmailMessage
"""

from __future__ import annotations

import contextlib
import functools
import email
import email.policy
import socket
import ssl
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pipeline.settings import SmtpSettings

USERNAME = "triage"
PASSWORD = "s3cret-smtp-pass"
PASSWORD_ENV = "TRIAGE_TEST_SMTP_PASSWORD"


class SmtpServerError(RuntimeError):
    """The test SMTP server could not start."""


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)


@dataclass
class SmtpServer:
    host: str
    port: int
    tls: str  # starttls | implicit | none
    ca_file: Path | None
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return [r.message for r in self.received]

    def settings(self, sender: str = "signalements@cdom75.example", login: bool = True) -> SmtpSettings:
        return SmtpSettings(
            host=self.host, port=self.port, tls=self.tls, ca_file=str(self.ca_file or ""),
            username=USERNAME if login else "", password_env=PASSWORD_ENV if login else "",
            sender=sender, timeout_seconds=10,
        )


class _Handler:
    def __init__(self, server: SmtpServer):
        self.server = server
        self.lock = threading.Lock()

    async def handle_DATA(self, smtp, session, envelope):
        with self.lock:
            self.server.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK"


@functools.lru_cache(maxsize=1)
def make_certificate() -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (openssl from the OS packages),
    made once per test run."""
    folder = Path(tempfile.mkdtemp(prefix="triage-smtp-cert-"))
    cert, key = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True, timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise SmtpServerError(f"cannot make a test certificate with openssl: {exc}") from exc
    return cert, key


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def smtp_server(tls: str = "starttls", monkeypatch=None):
    """Start aiosmtpd on 127.0.0.1; `tls` is starttls, implicit or none (no login then).
    With `monkeypatch`, the login password is put in the environment variable the
    settings name."""
    server = SmtpServer("127.0.0.1", _free_port(), tls, None)
    kwargs = {}
    if tls in ("starttls", "implicit"):
        cert, key = make_certificate()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        server.ca_file = cert

        def authenticate(smtp, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USERNAME and auth_data.password.decode() == PASSWORD
            if ok:
                server.logins.append(USERNAME)
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticate, auth_required=True)
        if tls == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            # the whole connection is TLS, but aiosmtpd only counts STARTTLS as such
            kwargs.update(ssl_context=context, auth_require_tls=False)
    if monkeypatch is not None:
        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    controller = Controller(_Handler(server), hostname=server.host, port=server.port, server_hostname="localhost", **kwargs)
    try:
        controller.start()
    except Exception as exc:  # aiosmtpd raises several kinds; the test must stop here, loudly
        raise SmtpServerError(f"cannot start the test SMTP server on {server.host}:{server.port}: {exc}") from exc
    try:
        yield server
    finally:
        controller.stop()
