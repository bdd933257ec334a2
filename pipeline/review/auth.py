"""Who may use the review app: staff accounts, login throttling, CSRF tokens.

Accounts live in a small TOML file (`[web] users_file`) holding salted password hashes
(werkzeug's scrypt), written by `triage user add`. Alternatively a TLS reverse proxy that
authenticates staff itself passes the user's name in a header (`[web] trusted_user_header`);
the app then answers only the proxy's addresses (`[web] trusted_proxies`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
import time
from collections import deque
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

from ..settings import SettingsError, read_toml

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD_LENGTH = 10
# checked when the account does not exist, so that an unknown name costs as long as a wrong password
_DUMMY_HASH = generate_password_hash("not a password of anyone")


def load_users(path: Path) -> dict[str, str]:
    """name -> password hash; a missing file means no account yet."""
    data = read_toml(path, missing={})
    users = data.get("users", {})
    if not isinstance(users, dict) or set(data) - {"users"}:
        raise SettingsError(path, None, "expected only [users.NAME] tables")
    accounts = {}
    for name, entry in users.items():
        if not USER_NAME.match(name):
            raise SettingsError(path, f"users.{name}", "invalid user name")
        if not isinstance(entry, dict) or not isinstance(entry.get("password_hash"), str):
            raise SettingsError(path, f"users.{name}.password_hash", "missing (create accounts with `triage user add`)")
        if set(entry) != {"password_hash"}:
            raise SettingsError(path, f"users.{name}", f"unknown keys {sorted(set(entry) - {'password_hash'})}")
        accounts[name] = entry["password_hash"]
    return accounts


def save_users(path: Path, accounts: dict[str, str]) -> None:
    """Write the accounts file atomically, readable by its owner only."""
    lines = ["# Comptes du personnel pour `triage serve` : écrits par `triage user add`, ne pas modifier à la main.", ""]
    for name in sorted(accounts):
        # names are checked against USER_NAME and hashes are werkzeug's ASCII: no TOML escaping needed
        lines += [f'[users."{name}"]', f'password_hash = "{accounts[name]}"', ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    os.replace(tmp, path)


def set_password(path: Path, name: str, password: str) -> bool:
    """Create or update an account; True when it is new."""
    if not USER_NAME.match(name):
        raise ValueError("le nom d'utilisateur ne peut contenir que lettres, chiffres, . _ @ - (64 au plus)")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"le mot de passe doit faire au moins {MIN_PASSWORD_LENGTH} caractères")
    accounts = load_users(path)
    is_new = name not in accounts
    accounts[name] = generate_password_hash(password)
    save_users(path, accounts)
    return is_new


def remove_user(path: Path, name: str) -> bool:
    accounts = load_users(path)
    if accounts.pop(name, None) is None:
        return False
    save_users(path, accounts)
    return True


def check_credentials(accounts: dict[str, str], name: str, password: str) -> bool:
    stored = accounts.get(name)
    ok = check_password_hash(stored or _DUMMY_HASH, password)
    return ok and stored is not None


class LoginThrottle:
    """At most `limit` failed logins per minute for one client address and for one account."""

    def __init__(self, limit: int, window_seconds: float = 60.0, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window_seconds, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> int:
        """Failures of `key` within the window; keys with none are forgotten (memory stays bounded)."""
        failures = self._failures.get(key)
        if failures is None:
            return 0
        horizon = self.clock() - self.window
        while failures and failures[0] < horizon:
            failures.popleft()
        if not failures:
            del self._failures[key]
        return len(failures)

    def blocked(self, *keys: str) -> bool:
        with self._lock:
            return any(self._recent(k) >= self.limit for k in keys)

    def failed(self, *keys: str) -> None:
        with self._lock:
            now = self.clock()
            for k in keys:
                self._recent(k)
                self._failures.setdefault(k, deque()).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


def session_stamp(password_hash: str) -> str:
    """Kept in the session at login: a new password (or a removed account) ends older sessions."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:32]


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token_valid(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(expected, given)
