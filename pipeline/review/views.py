"""The pages and actions of the review app, and the checks every request goes through."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import (
    Response, abort, current_app, flash, g, redirect, render_template, request, session, url_for,
)
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from ..report import VERDICTS
from ..store.reports import STATES
from ..store.review import QueueFilter
from ..textutil import defang
from . import PAGE_CSP, texts
from .auth import check_credentials, csrf_token_valid, load_users, new_csrf_token, session_stamp
from .sanitize import sanitise_html

log = logging.getLogger(__name__)

ORIGINAL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
OPEN_ENDPOINTS = {"login", "static"}


def _ctx():
    return current_app.extensions["triage"]


def _store():
    if "store" not in g:
        pool = _ctx()["pool"]
        g.store = _ctx()["store"] if pool is None else pool.borrow()
    return g.store


def _give_back_store(exc) -> None:
    store, pool = g.pop("store", None), _ctx()["pool"]
    if store is not None and pool is not None:
        pool.give_back(store)


def _user() -> str:
    return g.user


# --- every request ----------------------------------------------------------------------------


def _identify():
    """Login (or trusted proxy) for every page, CSRF for every form."""
    web = _ctx()["settings"].web
    g.user = None
    if web.trusted_user_header:
        if request.remote_addr not in web.trusted_proxies:
            log.warning("refused a request from %s: not a trusted proxy", request.remote_addr)
            abort(403)
        g.user = request.headers.get(web.trusted_user_header, "").strip() or None
        if g.user is None and request.endpoint != "static":
            abort(401)
    else:
        name = session.get("user")
        accounts = load_users(_ctx()["settings"].path(web.users_file)) if name else {}
        if name and name in accounts and session.get("stamp") == session_stamp(accounts[name]):
            g.user = name
        elif name:
            session.clear()  # the account was removed or its password changed since
        if g.user is None and request.endpoint not in OPEN_ENDPOINTS:
            if request.method == "GET":
                return redirect(url_for("login", suivant=request.full_path.rstrip("?")))
            abort(403)
    if "csrf" not in session:
        session["csrf"] = new_csrf_token()
    if request.method == "POST" and not csrf_token_valid(session.get("csrf"), request.form.get("csrf_token")):
        log.warning("refused a form without a valid CSRF token from %s (%s)", request.remote_addr, request.path)
        abort(400, "Formulaire expiré ou invalide : rechargez la page et recommencez.")
    return None


def _secure_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def _error_page(exc: HTTPException):
    description = exc.description if isinstance(exc.description, str) and exc.code in (400, 404, 429) else None
    return render_template("error.html", code=exc.code, description=description), exc.code


# --- template helpers -------------------------------------------------------------------------


def _local_time(value: str | None) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.strftime("%d/%m/%Y %H:%M")
    zone = ZoneInfo(_ctx()["settings"].schedule.timezone)
    return moment.astimezone(zone).strftime("%d/%m/%Y %H:%M")


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


def _size(value: int | None) -> str:
    if value is None:
        return ""
    for unit in ("octets", "Ko", "Mo"):
        if value < 1024 or unit == "Mo":
            return f"{value:.0f} {unit}" if unit == "octets" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def _context():
    return {
        "user": g.get("user"),
        "csrf_token": session.get("csrf", ""),
        "proxy_mode": bool(_ctx()["settings"].web.trusted_user_header),
    }


# --- login ------------------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    """Only a path of this app: never an open redirect to another site."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("queue")


def login():
    settings = _ctx()["settings"]
    if settings.web.trusted_user_header or g.user:
        return redirect(_safe_next(request.values.get("suivant")))
    error, status = None, 200
    name = ""
    if request.method == "POST":
        name = request.form.get("utilisateur", "").strip()
        password = request.form.get("mot_de_passe", "")
        throttle = _ctx()["throttle"]
        keys = (f"ip:{request.remote_addr}", f"user:{name.lower()}")
        if throttle.blocked(*keys):
            log.warning("login throttled for %r from %s", name, request.remote_addr)
            error, status = "Trop de tentatives. Attendez une minute avant de réessayer.", 429
        elif check_credentials(accounts := load_users(settings.path(settings.web.users_file)), name, password):
            throttle.succeeded(keys[1])
            session.clear()
            session.permanent = True
            session["user"] = name
            session["stamp"] = session_stamp(accounts[name])
            session["csrf"] = new_csrf_token()
            _store().record_audit(name, "login", detail=request.remote_addr)
            log.info("login of %r from %s", name, request.remote_addr)
            return redirect(_safe_next(request.form.get("suivant")))
        else:
            throttle.failed(*keys)
            log.warning("failed login for %r from %s", name, request.remote_addr)
            error, status = "Identifiant ou mot de passe incorrect.", 401
    return render_template("login.html", error=error, name=name, suivant=request.values.get("suivant", "")), status


def logout():
    session.clear()
    flash("Vous êtes déconnecté.")
    return redirect(url_for("login"))


# --- queue ------------------------------------------------------------------------------------


def _int_arg(name: str, default: int | None = None) -> int | None:
    value = request.args.get(name, "").strip()
    return int(value) if value.isdigit() else default


def _date_arg(name: str, problems: list[str]) -> str | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        problems.append(f"Date non comprise : « {value} » (attendu AAAA-MM-JJ).")
        return None


def queue():
    problems: list[str] = []
    verdict = request.args.get("verdict") or None
    state = request.args.get("etat") or None
    filters = QueueFilter(
        verdict=verdict if verdict in VERDICTS else None,
        state=state if state in STATES else None,
        needs_review=request.args.get("a_revoir") == "1",
        date_from=_date_arg("du", problems),
        date_to=_date_arg("au", problems),
        organisation=request.args.get("organisme") or None,
        campaign_id=_int_arg("campagne"),
        search=(request.args.get("q") or "").strip()[:200] or None,
        page=_int_arg("page", 1),
    )
    page = _store().queue(filters)
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template(
        "queue.html", page=page, filters=filters, args=args, problems=problems,
        choices=_store().queue_choices(), counts=_store().review_counts(),
    )


# --- report -----------------------------------------------------------------------------------


def _report_or_404(report_id: int) -> dict:
    data = _store().review_report(report_id)
    if data is None:
        abort(404, "Ce signalement n'existe pas.")
    return data


def report(report_id: int):
    data = _report_or_404(report_id)
    shown_html = _int_arg("html")
    originals = data["report"].originals
    if shown_html is not None and not (shown_html < len(originals) and originals[shown_html].html):
        shown_html = None
    return render_template("report.html", r=data, shown_html=shown_html,
                           next_id=_store().next_to_review(report_id))


def original_html(report_id: int, index: int):
    """The sanitised HTML of one original, for the sandboxed frame of the report page only."""
    originals = _report_or_404(report_id)["report"].originals
    if index >= len(originals) or not originals[index].html:
        abort(404, "Ce message n'a pas de version HTML.")
    # the one place markup from a message reaches a page: after the allow-list sanitiser,
    # under a CSP that forbids scripts and every load, in a frame without scripts or origin
    body = Markup(sanitise_html(originals[index].html))
    response = Response(render_template("original.html", body=body), mimetype="text/html")
    response.headers["Content-Security-Policy"] = ORIGINAL_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _attachment(raw: bytes, filename: str) -> Response:
    response = Response(raw, mimetype="message/rfc822")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def report_eml(report_id: int):
    _report_or_404(report_id)
    raw = _store().raw_for_report(report_id)
    if raw is None:
        abort(404, "Le message d'origine a été supprimé à la fin de la durée de conservation.")
    _store().record_audit(_user(), "download", report_id=report_id)
    return _attachment(raw, f"signalement-{report_id}.eml")


def _back_to(report_id: int):
    return redirect(url_for("report", report_id=report_id) + "#actions")


def report_label(report_id: int):
    label = request.form.get("verdict", "")
    if label not in VERDICTS:
        abort(400, "Verdict inconnu.")
    _report_or_404(report_id)
    _store().set_label(report_id, label, _user())
    flash(f"Verdict enregistré : {texts.VERDICT_LABELS[label]}. Il servira au prochain entraînement du modèle.")
    return _back_to(report_id)


def report_state(report_id: int):
    state = request.form.get("etat", "")
    if state not in STATES:
        abort(400, "État inconnu.")
    _report_or_404(report_id)
    _store().set_state(report_id, state, _user())
    flash(f"État : {texts.STATE_LABELS[state]}.")
    return _back_to(report_id)


def _note_text() -> str:
    text = request.form.get("note", "").strip()
    if not text:
        abort(400, "La note est vide.")
    if len(text) > 5000:
        abort(400, "La note est trop longue (5 000 caractères au plus).")
    return text


def report_note(report_id: int):
    text = _note_text()
    _report_or_404(report_id)
    _store().add_note(_user(), text, report_id=report_id)
    flash("Note ajoutée.")
    return _back_to(report_id)


def report_split(report_id: int):
    data = _report_or_404(report_id)
    if data["campaign_id"] is None or data["campaign_reports"] < 2:
        abort(400, "Ce signalement est seul dans sa campagne : il n'y a rien à séparer.")
    new_campaign = _store().split_report(report_id, _user())
    flash("Le signalement a été retiré de sa campagne.")
    if isinstance(new_campaign, int):
        return redirect(url_for("campaign", campaign_id=new_campaign))
    return _back_to(report_id)


# --- campaigns --------------------------------------------------------------------------------


def campaigns():
    return render_template("campaigns.html", campaigns=_store().review_campaigns())


def campaign(campaign_id: int):
    data = _store().review_campaign(campaign_id)
    if data is None:
        abort(404, "Cette campagne n'existe pas.")
    if data["merged_into"] is not None:
        flash(f"La campagne n° {campaign_id} a été fusionnée dans celle-ci.")
        return redirect(url_for("campaign", campaign_id=data["merged_into"]))
    return render_template("campaign.html", c=data)


def campaign_note(campaign_id: int):
    text = _note_text()
    _campaign_or_404(campaign_id)
    _store().add_note(_user(), text, campaign_id=campaign_id)
    flash("Note ajoutée.")
    return redirect(url_for("campaign", campaign_id=campaign_id))


def _campaign_or_404(campaign_id: int) -> dict:
    data = _store().review_campaign(campaign_id)
    if data is None or data["merged_into"] is not None:
        abort(404, "Cette campagne n'existe pas (ou a été fusionnée dans une autre).")
    return data


def campaign_label(campaign_id: int):
    label = request.form.get("verdict", "")
    if label not in VERDICTS:
        abort(400, "Verdict inconnu.")
    _campaign_or_404(campaign_id)
    changed = _store().set_campaign_label(campaign_id, label, _user())
    flash(f"Verdict « {texts.VERDICT_LABELS[label]} » enregistré pour les signalements de la campagne ({changed} modifiés).")
    return redirect(url_for("campaign", campaign_id=campaign_id))


def campaign_state(campaign_id: int):
    state = request.form.get("etat", "")
    if state not in STATES:
        abort(400, "État inconnu.")
    _campaign_or_404(campaign_id)
    changed = _store().set_campaign_state(campaign_id, state, _user())
    flash(f"État « {texts.STATE_LABELS[state]} » pour les signalements de la campagne ({changed} modifiés).")
    return redirect(url_for("campaign", campaign_id=campaign_id))


def campaigns_merge():
    chosen = request.form.getlist("campagnes") + re.findall(r"\d+", request.form.get("autres", ""))
    ids = sorted({int(v) for v in chosen if v.isdigit()})
    if len(ids) < 2:
        abort(400, "Choisissez au moins deux campagnes à fusionner.")
    for campaign_id in ids:
        found = _store().review_campaign(campaign_id)
        if found is None or found["merged_into"] is not None:
            abort(400, f"La campagne n° {campaign_id} n'existe pas ou a déjà été fusionnée.")
    target = _store().merge_campaigns(ids, _user())
    flash("Campagnes fusionnées : " + ", ".join(f"n° {i}" for i in ids) + ".")
    return redirect(url_for("campaign", campaign_id=target if isinstance(target, int) else ids[0]))


# --- failed messages and journal ----------------------------------------------------------------


def failed():
    return render_template("failed.html", page=_store().failed_deliveries(_int_arg("page", 1)))


def failed_eml(delivery_id: int):
    try:
        raw = _store().raw_message(delivery_id)
    except KeyError:
        abort(404, "Ce message n'existe pas.")
    if raw is None:
        abort(404, "Le message a été supprimé à la fin de la durée de conservation.")
    _store().record_audit(_user(), "download", detail=f"message en échec n° {delivery_id}")
    return _attachment(raw, f"message-{delivery_id}.eml")


def journal():
    page = _int_arg("page", 1)
    per_page = 100
    who = request.args.get("utilisateur") or None
    entries = _store().audit_entries(user=who, limit=per_page + 1, offset=(page - 1) * per_page)
    return render_template("journal.html", entries=entries[:per_page], has_more=len(entries) > per_page,
                           page=page, who=who)


def register(app) -> None:
    app.before_request(_identify)
    app.after_request(_secure_headers)
    app.teardown_appcontext(_give_back_store)
    app.register_error_handler(HTTPException, _error_page)
    app.context_processor(_context)
    app.add_template_filter(_local_time, "heure")
    app.add_template_filter(_percent, "pourcent")
    app.add_template_filter(_size, "taille")
    app.add_template_filter(defang, "defang")
    app.add_template_global(texts.audit_detail, "audit_detail")
    app.add_template_global(texts, "texts")
    app.add_template_global(VERDICTS, "VERDICTS")
    app.add_template_global(STATES, "STATES")
    routes = [
        ("/connexion", login, ["GET", "POST"]),
        ("/deconnexion", logout, ["POST"]),
        ("/", queue, ["GET"]),
        ("/signalements/<int:report_id>", report, ["GET"]),
        ("/signalements/<int:report_id>/originaux/<int:index>/html", original_html, ["GET"]),
        ("/signalements/<int:report_id>/message.eml", report_eml, ["GET"]),
        ("/signalements/<int:report_id>/verdict", report_label, ["POST"]),
        ("/signalements/<int:report_id>/etat", report_state, ["POST"]),
        ("/signalements/<int:report_id>/note", report_note, ["POST"]),
        ("/signalements/<int:report_id>/retirer-de-la-campagne", report_split, ["POST"]),
        ("/campagnes", campaigns, ["GET"]),
        ("/campagnes/fusion", campaigns_merge, ["POST"]),
        ("/campagnes/<int:campaign_id>", campaign, ["GET"]),
        ("/campagnes/<int:campaign_id>/note", campaign_note, ["POST"]),
        ("/campagnes/<int:campaign_id>/verdict", campaign_label, ["POST"]),
        ("/campagnes/<int:campaign_id>/etat", campaign_state, ["POST"]),
        ("/echecs", failed, ["GET"]),
        ("/echecs/<int:delivery_id>/message.eml", failed_eml, ["GET"]),
        ("/journal", journal, ["GET"]),
    ]
    for rule, view, methods in routes:
        app.add_url_rule(rule, view.__name__, view, methods=methods)
