"""The staff review app (Flask): work the queue, read a report safely, label, take notes.

`create_app(settings, store=None)` builds the app; `triage serve` runs it. Every page needs
a logged-in member of staff (accounts file, or a trusted reverse proxy's user header), every
form carries a per-session CSRF token, every response carries a strict Content-Security-
Policy (no script anywhere), and a message's HTML is only ever shown sanitised, from its
own route, with a CSP that forbids every load, inside a sandboxed frame.
"""

from __future__ import annotations

import logging
import queue
from datetime import timedelta

from flask import Flask

from ..settings import Settings, read_secret
from .auth import LoginThrottle

log = logging.getLogger(__name__)

# no script, no remote anything; frames only from this app (the sanitised original)
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


class StorePool:
    """Open stores (SQLite connections) lent to one request at a time."""

    def __init__(self, open_store, keep: int = 8):
        self._open, self._idle, self._keep = open_store, queue.LifoQueue(), keep

    def borrow(self):
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return self._open()

    def give_back(self, store) -> None:
        if self._idle.qsize() < self._keep:
            self._idle.put(store)
        else:
            store.close()


def create_app(settings: Settings, store=None) -> Flask:
    from ..store import Store
    from . import views

    app = Flask(__name__)
    web = settings.web
    app.config.update(
        SECRET_KEY=read_secret(web.secret_key_env, web.secret_key_file, "web.secret_key"),
        SESSION_COOKIE_NAME="triage_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE=web.cookie_samesite,
        SESSION_COOKIE_SECURE=web.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=web.session_hours),
        MAX_CONTENT_LENGTH=256 * 1024,  # forms only: labels, states, notes
        TEMPLATES_AUTO_RELOAD=False,
    )
    if len(app.config["SECRET_KEY"]) < 32:
        from ..settings import SettingsError

        raise SettingsError(None, "web.secret_key", "must be at least 32 characters (e.g. `python3 -c 'import secrets; print(secrets.token_hex(32))'`)")
    database = settings.path(settings.storage.database)
    app.extensions["triage"] = {
        "settings": settings,
        # a given store is shared (tests, one thread); otherwise each request thread borrows
        # its own connection from a pool, as SQLite connections are not shared between threads
        "store": store,
        "pool": None if store is not None else StorePool(lambda: Store.open(database)),
        "throttle": LoginThrottle(web.max_login_attempts_per_minute),
    }
    if store is None:
        pool = app.extensions["triage"]["pool"]
        pool.give_back(pool.borrow())  # a database that cannot be opened stops the start, not the first page
    views.register(app)
    return app
