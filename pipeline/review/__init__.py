"""The staff review app (Flask): work the queue, read a report safely, label, take notes.

`create_app(settings, store=None)` builds the app; `triage serve` runs it. Every page needs
a logged-in member of staff (accounts file, or a trusted reverse proxy's user header), every
form carries a per-session CSRF token, every response carries a strict Content-Security-
Policy (no script anywhere), and a message's HTML is only ever shown sanitised, from its
own route, with a CSP that forbids every load, inside a sandboxed frame.
"""

from __future__ import annotations

import logging
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
    app.extensions["triage"] = {
        "settings": settings,
        "store": store if store is not None else Store.open(settings.path(settings.storage.database)),
        "throttle": LoginThrottle(web.max_login_attempts_per_minute),
    }
    views.register(app)
    return app
