"""The settings file (TOML), validated at start-up.

One dataclass per section. Every key has a type and a default; an unknown key, a value of
the wrong type or out of range stops the program with the file, the key and the reason
(`SettingsError`). `config/settings.example.toml` documents every key and is checked
against these classes by the tests.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = PROJECT_ROOT / "config"


def _path(default: str):
    """A path key: relative values in a settings file are resolved against that file's folder."""
    return field(default=default, metadata={"path": True})


class SettingsError(ValueError):
    """A settings, rules or organisations file is invalid: says which file, key and why."""

    def __init__(self, file: str | os.PathLike | None, key: str | None, reason: str):
        self.file, self.key, self.reason = (str(file) if file else None), key, reason
        where = ": ".join(p for p in (self.file, self.key) if p)
        super().__init__(f"{where}: {reason}" if where else reason)


def read_toml(path: str | os.PathLike, *, missing: dict | None = None, named_by: str | None = None) -> dict:
    """The content of a TOML file staff edit, or `SettingsError(file, None, why)` saying what
    is wrong with it (absent, unreadable, not UTF-8, not TOML with the line and column).
    `missing`: what an absent file means, when it may be absent (e.g. no account yet);
    `named_by`: the settings key that names the file, for the error."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        if missing is not None:
            return dict(missing)
        raise SettingsError(path, None, f"file not found ({named_by})" if named_by else "file not found") from None
    except OSError as exc:
        raise SettingsError(path, None, f"cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise SettingsError(path, None, f"not valid TOML: not UTF-8 text ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(path, None, f"not valid TOML: {exc}") from None


@dataclass
class MailboxSettings:
    kind: str = "directory"  # directory | maildir | imap
    path: str = _path("samples/reports")  # directory or Maildir source (relative to the settings file)
    host: str = ""
    port: int = 993
    tls: str = "implicit"  # implicit | starttls
    ca_file: str = _path("")  # CA bundle trusted instead of the system's (self-hosted server)
    verify_certificate: bool = True
    username: str = ""
    auth: str = "password"  # password | xoauth2
    password_env: str = ""  # name of the environment variable holding the password
    password_file: str = _path("")  # or a file holding it (mode 600)
    oauth2_token_command: str = ""  # a command printing a fresh access token (xoauth2)
    folder: str = "INBOX"
    # what is done to a message once its report is stored: move (to processed_folder /
    # failed_folder), keyword (imap, maildir: set a keyword), keep (directory, maildir: leave
    # it, the store remembers it); auto = keep for a directory, move otherwise
    after: str = "auto"
    processed_folder: str = "Traites"
    failed_folder: str = "Echecs"
    keyword: str = "TriageFiled"
    failed_keyword: str = "TriageFailed"
    batch_size: int = 50  # messages fetched per round trip
    timeout_seconds: int = 60  # network timeout of one IMAP command
    reconnect_attempts: int = 5  # per poll, on network errors, with exponential backoff
    reconnect_max_seconds: int = 300  # longest wait between two attempts

    @property
    def resolved_after(self) -> str:
        if self.after != "auto":
            return self.after
        return "keep" if self.kind == "directory" else "move"

    def _check(self, err):
        if self.kind not in ("directory", "maildir", "imap"):
            err("kind", "must be directory, maildir or imap")
        if self.tls not in ("implicit", "starttls"):
            err("tls", "must be implicit or starttls")
        if self.auth not in ("password", "xoauth2"):
            err("auth", "must be password or xoauth2")
        allowed = {"imap": ("move", "keyword"), "maildir": ("move", "keyword", "keep"), "directory": ("move", "keep")}[self.kind]
        if self.after not in ("auto", *allowed):
            err("after", f"must be auto or {' or '.join(allowed)} when kind = {self.kind}")
        if self.kind == "imap":
            if not self.host:
                err("host", "is required when kind = imap")
            if not self.username:
                err("username", "is required when kind = imap")
            if self.auth == "xoauth2" and not self.oauth2_token_command:
                err("oauth2_token_command", "is required when auth = xoauth2")
        if not 1 <= self.port <= 65535:
            err("port", "must be between 1 and 65535")
        for name in ("processed_folder", "failed_folder", "keyword", "failed_keyword", "folder"):
            if not getattr(self, name).strip():
                err(name, "must not be empty")
        for name in ("keyword", "failed_keyword"):
            value = getattr(self, name)
            if not value.isascii() or any(c in value for c in ' ()]{%*"\\') or value.startswith("\\"):
                err(name, "must be an IMAP keyword: ASCII, no spaces or ( ) ] { % * \" \\")
        if self.processed_folder == self.failed_folder:
            err("failed_folder", "must differ from processed_folder")
        if not 1 <= self.batch_size <= 1000:
            err("batch_size", "must be between 1 and 1000")
        for name in ("timeout_seconds", "reconnect_max_seconds"):
            if getattr(self, name) < 1:
                err(name, "must be at least 1")
        if self.reconnect_attempts < 0:
            err("reconnect_attempts", "must be 0 or more")


@dataclass
class StorageSettings:
    database: str = _path("var/triage.db")  # the SQLite file (WAL mode)
    retention_days: int = 365  # raw messages and reporter addresses are purged after this

    def _check(self, err):
        if self.retention_days < 1:
            err("retention_days", "must be at least 1")


@dataclass
class ScheduleSettings:
    timezone: str = "Europe/Paris"
    poll_minutes: int = 5
    jitter_seconds: int = 30
    digest_time: str = "08:00"
    purge_time: str = "03:30"  # daily retention purge (storage.retention_days)

    def _check(self, err):
        import zoneinfo

        try:
            zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            err("timezone", f"unknown time zone {self.timezone!r}")
        if self.poll_minutes < 1:
            err("poll_minutes", "must be at least 1")
        if self.jitter_seconds < 0:
            err("jitter_seconds", "must be 0 or more")
        for name in ("digest_time", "purge_time"):
            hh, _, mm = getattr(self, name).partition(":")
            if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
                err(name, "must be HH:MM")


@dataclass
class LimitsSettings:
    """Bounds on the work spent on one message; what they cut is recorded in `defects`."""

    max_message_bytes: int = 48 * 1024 * 1024  # a 30 MB attachment is 41 MB once base64-encoded
    max_depth: int = 20  # nesting of MIME parts and attached messages
    max_parts: int = 500
    max_text_chars: int = 200_000  # text of one original kept for extraction
    max_originals: int = 20
    max_seconds: float = 20.0  # wall time for one message before it is filed as failed

    def _check(self, err):
        for f in dataclasses.fields(self):
            if getattr(self, f.name) <= 0:
                err(f.name, "must be positive")


@dataclass
class ClassifierSettings:
    rules_file: str = _path("config/rules.toml")
    organisations_file: str = _path("config/organisations.toml")
    model_file: str = _path("models/classifier.skops")
    review_below_confidence: float = 0.7  # needs_review when confidence is under this
    high_confidence: float = 0.85  # "fraud with high confidence" for the doctor's answer

    def _check(self, err):
        for name in ("review_below_confidence", "high_confidence"):
            if not 0 <= getattr(self, name) <= 1:
                err(name, "must be between 0 and 1")


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    tls: str = "starttls"  # starttls | implicit | none (none only for a relay on loopback)
    ca_file: str = _path("")
    username: str = ""
    password_env: str = ""
    password_file: str = _path("")
    sender: str = ""  # From: of the digest and of the answers to doctors
    timeout_seconds: int = 30

    def _check(self, err):
        if self.tls not in ("starttls", "implicit", "none"):
            err("tls", "must be starttls, implicit or none")


@dataclass
class DigestSettings:
    recipients: list[str] = field(default_factory=list)
    output_dir: str = _path("var/digests")
    templates_dir: str = _path("config/templates")  # digest and answer templates, texts.toml
    catch_up_days: int = 7  # after the machine was off, the missed digests of at most this many days are sent

    def _check(self, err):
        for r in self.recipients:
            if "@" not in r:
                err("recipients", f"{r!r} is not an e-mail address")
        if not 1 <= self.catch_up_days <= 60:
            err("catch_up_days", "must be between 1 and 60")


@dataclass
class AcknowledgementSettings:
    enabled: bool = True
    reporter_domains: list[str] = field(default_factory=list)  # empty: any reporter domain
    max_per_reporter_per_day: int = 10
    max_age_days: int = 7  # reports dated longer ago get no answer (a first import of an old mailbox)

    def _check(self, err):
        if self.max_per_reporter_per_day < 0:
            err("max_per_reporter_per_day", "must be 0 or more")
        if self.max_age_days < 1:
            err("max_age_days", "must be at least 1")


@dataclass
class WebSettings:
    listen: str = "127.0.0.1:8080"
    public_url: str = ""  # e.g. https://triage.cdom75.example: the digest links to the review pages
    secret_key_env: str = "TRIAGE_SECRET_KEY"
    secret_key_file: str = _path("")
    users_file: str = _path("config/users.toml")
    trusted_user_header: str = ""  # e.g. X-Remote-User, only behind a reverse proxy that sets it
    trusted_proxies: list[str] = field(default_factory=lambda: ["127.0.0.1", "::1"])  # header mode: the only clients answered
    secure_cookies: bool = True  # false only for plain-http tests on loopback
    cookie_samesite: str = "Lax"  # Lax | Strict
    session_hours: int = 12  # a login lasts this long
    max_login_attempts_per_minute: int = 5  # failed logins per client address and per account

    def _check(self, err):
        host, _, port = self.listen.rpartition(":")
        if not host or not port.isdigit():
            err("listen", "must be HOST:PORT")
        if self.public_url and not self.public_url.startswith(("https://", "http://")):
            err("public_url", "must start with https:// (or http://)")
        if self.cookie_samesite not in ("Lax", "Strict"):
            err("cookie_samesite", "must be Lax or Strict")
        if not 1 <= self.session_hours <= 24 * 31:
            err("session_hours", "must be between 1 and 744")
        if self.max_login_attempts_per_minute < 1:
            err("max_login_attempts_per_minute", "must be at least 1")
        if self.trusted_user_header and not self.trusted_proxies:
            err("trusted_proxies", "must list the reverse proxy's addresses when trusted_user_header is set")


@dataclass
class Settings:
    mailbox: MailboxSettings = field(default_factory=MailboxSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    acknowledgement: AcknowledgementSettings = field(default_factory=AcknowledgementSettings)
    web: WebSettings = field(default_factory=WebSettings)
    @staticmethod
    def path(value: str) -> Path:
        """A path key's value as a path; defaults are relative to the project folder."""
        p = Path(value)
        return p if p.is_absolute() else PROJECT_ROOT / p


def _type_ok(value, annotation) -> bool:
    hint = eval(annotation, vars(typing)) if isinstance(annotation, str) else annotation
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_type_ok(v, item) for v in value)
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, a) for a in typing.get_args(hint))
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _build_section(cls, data: dict, file: Path | None, base_dir: Path | None, section: str):
    if not isinstance(data, dict):
        raise SettingsError(file, section, "must be a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in data.items():
        if key not in known:
            raise SettingsError(file, f"{section}.{key}", f"unknown key (known: {', '.join(known)})")
        if not _type_ok(value, known[key].type):
            raise SettingsError(file, f"{section}.{key}", f"expected {known[key].type}, got {value!r}")
    for key, value in data.items():
        if known[key].metadata.get("path") and value and base_dir and not Path(value).is_absolute():
            data = {**data, key: str(base_dir / value)}
    obj = cls(**data)

    def err(key, reason):
        raise SettingsError(file, f"{section}.{key}", reason)

    obj._check(err)
    return obj


def parse_settings(data: dict, file: Path | None = None, base_dir: Path | None = None) -> Settings:
    sections = {f.name: f for f in dataclasses.fields(Settings)}
    values = {}
    for name, value in data.items():
        if name not in sections:
            raise SettingsError(file, name, f"unknown section (known: {', '.join(sections)})")
        values[name] = _build_section(sections[name].default_factory, value, file, base_dir, name)
    return Settings(**values)


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Read and validate a settings file; None gives the embedded defaults (project folder)."""
    if path is None:
        return Settings()
    path = Path(path)
    return parse_settings(read_toml(path), path, path.resolve().parent)


def read_secret(env_name: str, file_name: str, what: str) -> str:
    """A password from the environment variable or the file the settings name, never from the settings."""
    if env_name:
        value = os.environ.get(env_name)
        if value:
            return value
    if file_name:
        try:
            return Settings.path(file_name).read_text("utf-8").strip()
        except OSError as exc:
            raise SettingsError(file_name, what, f"cannot read the secret file: {exc.strerror}") from None
    raise SettingsError(None, what, f"no secret: set the environment variable {env_name or '(none named)'} or a password file")
