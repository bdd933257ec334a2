"""A real IMAP server for the tests: the operating system's Dovecot (/usr/sbin/dovecot,
installed by tests/services/install.sh), started as a throwaway instance on free loopback
ports with its own base_dir and config, TLS with a self-signed certificate made by openssl
at test time, passwd-file users and Maildir storage under a temporary folder.
It fails loudly — never skips — when it cannot start.

    def test_x(dovecot):                      # the pytest fixture
        dovecot.append("INBOX", [raw1, raw2])
        settings = parse_settings({"mailbox": dovecot.mailbox_settings(), ...})
"""

from __future__ import annotations

import contextlib
import os
import pwd
import grp
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
USER = "signalements"
PASSWORD = "Tr1age-test-pass"
PASSWORD_ENV = "TRIAGE_TEST_IMAP_PASSWORD"
HOST = "127.0.0.1"

# Dovecot 2.3's default capabilities without MOVE, to exercise COPY + \Deleted + UID EXPUNGE
CAPABILITIES_WITHOUT_MOVE = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
    "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS "
    "LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH "
    "LIST-STATUS BINARY SPECIAL-USE LITERAL+"
)


class DovecotError(RuntimeError):
    """The test Dovecot could not start."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=localhost", "-addext", f"subjectAltName=DNS:localhost,IP:{HOST}"],
        check=True, capture_output=True,
    )
    return cert, key


class Dovecot:
    def __init__(self, root: Path, *, capabilities: str | None = None):
        self.root = root
        self.imap_port = free_port()  # STARTTLS
        self.imaps_port = free_port()  # implicit TLS
        self.users = {USER: PASSWORD}
        self.capabilities = capabilities
        self.process: subprocess.Popen | None = None
        # Dovecot never runs mail processes as root: as root, mail belongs to nobody
        self.as_root = os.getuid() == 0
        self.mail_uid = pwd.getpwnam("nobody").pw_uid if self.as_root else os.getuid()
        self.mail_gid = pwd.getpwnam("nobody").pw_gid if self.as_root else os.getgid()
        (root / "run").mkdir(parents=True)
        (root / "mail").mkdir()
        os.chown(root / "mail", self.mail_uid, self.mail_gid)
        self.cert, self.key = make_certificate(root)
        self.ca_file = self.cert  # self-signed: the certificate is its own CA
        self.config = root / "dovecot.conf"
        self.log = root / "dovecot.log"
        self.write_config()

    def add_user(self, name: str, password: str) -> None:
        self.users[name] = password
        self.write_config()

    def write_config(self) -> None:
        uid, gid = self.mail_uid, self.mail_gid
        user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
        (self.root / "users").write_text("".join(f"{u}:{{PLAIN}}{p}::::\n" for u, p in self.users.items()))
        # as root, the auth processes run as root too so that they can read the users file
        # in a private temporary folder; otherwise every service runs as the current user
        service_users = (
            "service auth {\n  user = root\n}\nservice auth-worker {\n  user = root\n}\n" if self.as_root
            else f"default_login_user = {user}\ndefault_internal_user = {user}\n"
        )
        capability = f"imap_capability = {self.capabilities}\n" if self.capabilities else ""
        self.config.write_text(f"""\
base_dir = {self.root}/run
state_dir = {self.root}/run/state
log_path = {self.log}
protocols = imap
listen = {HOST}
{service_users}first_valid_uid = 1
first_valid_gid = 1
mail_uid = {user}
mail_gid = {group}
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.key}
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
mail_location = maildir:{self.root}/mail/%u/Maildir
{capability}namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")

    def start(self) -> None:
        if not os.path.exists(DOVECOT):
            raise DovecotError(f"{DOVECOT} not found: run tests/services/install.sh (as root) to install dovecot-imapd")
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends every Dovecot process
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode(errors="replace")
                raise DovecotError(f"dovecot exited with {self.process.returncode}: {output}{self._log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.imaps_port), timeout=0.5):
                with contextlib.suppress(OSError), socket.create_connection((HOST, self.imap_port), timeout=0.5):
                    return
            time.sleep(0.05)
        self.stop()
        raise DovecotError(f"dovecot did not listen on {HOST}:{self.imaps_port} within 15 s{self._log_tail()}")

    def stop(self) -> None:
        """The server goes away: the master and every child (open connections die too)."""
        if self.process is None:
            return
        group = self.process.pid  # the group's id is the master's pid (start_new_session)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)  # children that outlived the master
        self.process.wait()
        self.process = None

    def _log_tail(self) -> str:
        return "\n" + self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def doveadm(self, *args: str) -> str:
        done = subprocess.run([DOVEADM, "-c", str(self.config), *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise DovecotError(f"doveadm {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def client(self, user: str = USER) -> IMAPClient:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient(HOST, self.imaps_port, ssl=True, ssl_context=context, timeout=30)
        client.login(user, self.users[user])
        return client

    @contextlib.contextmanager
    def session(self, user: str = USER):
        client = self.client(user)
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, folder: str, messages: list[bytes], user: str = USER, flags: tuple = ()) -> None:
        with self.session(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for raw in messages:
                c.append(folder, raw, flags=flags)

    def folder_messages(self, folder: str, user: str = USER) -> dict[int, dict]:
        """{uid: {b"BODY[]": ..., b"FLAGS": ...}} of a folder, read without changing anything."""
        with self.session(user) as c:
            if not c.folder_exists(folder):
                return {}
            c.select_folder(folder, readonly=True)
            uids = c.search(["ALL"])
            return c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}

    def count(self, folder: str, user: str = USER) -> int:
        with self.session(user) as c:
            if not c.folder_exists(folder):
                return 0
            return c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]

    def maildir(self, user: str = USER) -> Path:
        return self.root / "mail" / user / "Maildir"

    def mailbox_settings(self, tls: str = "implicit", user: str = USER, **overrides) -> dict:
        """The [mailbox] section for this server (the password in PASSWORD_ENV)."""
        os.environ[PASSWORD_ENV] = self.users[user]
        return {
            "kind": "imap", "host": HOST, "port": self.imaps_port if tls == "implicit" else self.imap_port,
            "tls": tls, "ca_file": str(self.ca_file), "username": user, "password_env": PASSWORD_ENV,
            "timeout_seconds": 10, **overrides,
        }


@contextlib.contextmanager
def dovecot_server(**options):
    """A started Dovecot in a fresh folder, stopped and removed afterwards. The folder is
    made with mode 755 under /tmp: Dovecot's unprivileged processes must reach it, which
    they cannot under pytest's private (700) temporary folders."""
    root = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    os.chmod(root, 0o755)
    server = Dovecot(root / "server", **options)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        os.environ.pop(PASSWORD_ENV, None)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot():
    with dovecot_server() as server:
        yield server
