"""A real store filled with the reports of tests/fixtures/review, for the review app's tests.

Each fixture is filed with the store's own `file_delivery` (raw bytes kept, indicators
indexed) and put in its campaign by the campaign store, as the worker does. The Report
values describe what the analysis finds in each message; the suspicious original's text
and HTML are read from the .eml itself, so the hostile HTML the app must neutralise is
exactly the one in the fixture.
"""

from __future__ import annotations

import email
import hashlib
from email import policy
from pathlib import Path

from pipeline.campaigns import KnownDomains, fingerprint
from pipeline.report import Indicators, OrganisationMatch, Original, Person, Phone, Reason, Report, Reporter, Url
from pipeline.settings import Settings, StorageSettings, WebSettings
from pipeline.store import SourceKey, Store

FIXTURES = Path(__file__).parent / "fixtures" / "review"
OFFICIAL = frozenset({"agencedpc.fr", "esante.gouv.fr", "ordre.medecin.fr"})
ANDPC = OrganisationMatch("Agence nationale du DPC", "Agence nationale du DPC", "agencedpc.fr", "andpc")
ANS = OrganisationMatch("Agence du Numérique en Santé", "Agence du Numerique en Sante", "esante.gouv.fr", "ans")
DRCP = OrganisationMatch(
    "Direction régionale de certification périodique", "Direction Régionale de Certification Périodique", None, "drcp", fake=True
)


def _decoded(part) -> str:
    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")


def _attached_original(raw: bytes, forward_style: str = "attachment") -> Original:
    """The message/rfc822 part of a forward, as unwrap hands it over."""
    outer = email.message_from_bytes(raw, policy=policy.default)
    inner = next(part for part in outer.walk() if part.get_content_type() == "message/rfc822").get_payload()[0]
    text = inner.get_body(("plain",))
    html = inner.get_body(("html",))
    return Original(
        forward_style=forward_style,
        sender=Person(inner["From"].addresses[0].addr_spec, inner["From"].addresses[0].display_name),
        reply_to=str(inner["Reply-To"]) if inner["Reply-To"] else None,
        subject=str(inner["Subject"]),
        date=str(inner["Date"]),
        sender_verified=False,
        headers=[(k, str(v)) for k, v in inner.items()],
        text=_decoded(text) if text else "",
        html=_decoded(html) if html else None,
    )


def _inline_original(raw: bytes, marker: str, sender: Person, subject: str) -> Original:
    body = _decoded(email.message_from_bytes(raw, policy=policy.default).get_body(("plain",)))
    quoted = body.split(marker, 1)[1]
    return Original(
        forward_style="inline",
        sender=sender,
        subject=subject,
        headers=[("De", f"{sender.name} <{sender.address}>"), ("Objet", subject)],
        text=quoted.split("\n\n", 1)[1].strip(),
    )


def _reporter(raw: bytes, comment: str) -> tuple[Reporter, str, str]:
    # the headers carry raw UTF-8 (RFC 6532), as many mail clients send them
    msg = email.message_from_string(raw.decode("utf-8"), policy=policy.default)
    sender = msg["From"].addresses[0]
    return Reporter(sender.addr_spec, sender.display_name, comment), str(msg["Subject"]), str(msg["Message-ID"])


def _url(url: str, domain: str, flags=(), display=None, official=False, lookalike_of=None) -> Url:
    host = url.split("/")[2]
    return Url(url, host, domain, display, official, list(flags), lookalike_of)


def _report(name: str, raw: bytes) -> Report:
    if name == "hostile_html_attached":
        reporter, subject, mid = _reporter(raw, "Je vous transmets ce message reçu ce matin, il me semble louche.")
        return Report(
            name, mid, reporter, [_attached_original(raw)],
            Indicators(
                urls=[_url("https://andpc-validation.com/connexion?u=claire", "andpc-validation.com",
                           ["lookalike", "unrelated_to_named_body"], "Valider mon compte", lookalike_of="agencedpc.fr"),
                      _url("https://tracker.andpc-validation.com/open.gif?id=claire", "andpc-validation.com", ["lookalike"])],
                phones=[Phone("+33186951234", "01 86 95 12 34")],
                emails=["support@andpc-validation.com"],
                organisations=[ANDPC],
            ),
            "fraud", 0.55, True,
            [Reason("asks_credentials", "demande de valider des identifiants", "fraud", 2.0),
             Reason("lookalike_domain", "lien vers andpc-validation.com, qui imite agencedpc.fr", "fraud", 1.5)],
            subject=subject, received="2026-11-16T08:12:44Z",
        )
    if name in ("fr_certification_inline", "fr_certification_attached"):
        comment = "Encore un de ces courriers." if name.endswith("inline") else "Reçu aujourd'hui. Je n'ai rien payé."
        reporter, subject, mid = _reporter(raw, comment)
        original = (
            _inline_original(raw, "-------- Message transféré --------",
                             Person("contact@drcp-sante.fr", "Direction Régionale de Certification Périodique"),
                             "Certification périodique – mise en demeure")
            if name.endswith("inline") else _attached_original(raw)
        )
        return Report(
            name, mid, reporter, [original],
            Indicators(urls=[_url("https://drcp-sante.fr/dossier", "drcp-sante.fr", ["unrelated_to_named_body"])],
                       phones=[Phone("+33970732145", "09 70 73 21 45")], organisations=[DRCP]),
            "fraud", 0.97, False,
            [Reason("fake_body", "se réclame d'un organisme qui n'existe pas", "fraud", 3.0),
             Reason("threat_deadline", "menace de radiation sous 48 heures", "fraud", 1.0)],
            subject=subject, received="2026-11-17T13:30:05Z",
        )
    if name == "en_password_reset_attached":
        reporter, subject, mid = _reporter(raw, "Hello, I never asked for this password reset. Is it genuine?")
        return Report(
            name, mid, reporter, [_attached_original(raw)],
            Indicators(urls=[_url("https://bit.ly/psc-reset-77", "bit.ly", ["shortener"])], organisations=[ANS]),
            "fraud", 0.81, False,
            [Reason("unrequested_reset", "réinitialisation de mot de passe non demandée", "fraud", 1.5)],
            subject=subject, received="2026-11-18T08:45:00Z",
        )
    if name == "fr_andpc_legit":
        reporter, subject, mid = _reporter(raw, "Est-ce un vrai message de l'Agence ?")
        original = _inline_original(raw, "---------- Forwarded message ---------",
                                    Person("ne-pas-repondre@agencedpc.fr", "Agence nationale du DPC"), "Vos actions DPC 2026")
        return Report(
            name, mid, reporter, [original],
            Indicators(urls=[_url("https://www.agencedpc.fr/professionnel/", "agencedpc.fr", official=True)], organisations=[ANDPC]),
            "legitimate", 0.66, True,
            [Reason("official_links", "liens vers le site officiel uniquement", "legitimate", 1.5)],
            subject=subject, received="2026-11-19T10:20:00Z",
        )
    if name == "fr_spam_formation":
        reporter, subject, mid = _reporter(raw, "Publicité reçue par SMS puis par courriel.")
        original = _inline_original(raw, "-----Message d'origine-----",
                                    Person("contact@formaplus-sante.fr", "Formaplus Santé"), "Formation offerte")
        return Report(
            name, mid, reporter, [original],
            Indicators(urls=[_url("https://formaplus-sante.fr/catalogue", "formaplus-sante.fr")],
                       phones=[Phone("+33478123456", "04 78 12 34 56")]),
            "spam", 0.9, False,
            [Reason("cold_offer", "offre commerciale non sollicitée", "spam", 1.0)],
            subject=subject, received="2026-11-20T15:02:00Z",
        )
    raise KeyError(name)


FILED = ("fr_certification_inline", "en_password_reset_attached", "hostile_html_attached",
         "fr_andpc_legit", "fr_spam_formation", "fr_certification_attached")


def fill_store(path: Path) -> tuple[Store, dict[str, int]]:
    """A store at `path` holding every fixture (one failed); returns it and report ids by fixture name."""
    store = Store.open(path)
    ids: dict[str, int] = {}
    known = KnownDomains(official=OFFICIAL)
    for name in FILED:
        raw = (FIXTURES / f"{name}.eml").read_bytes()
        report = _report(name, raw)
        filed = store.file_delivery(
            SourceKey("directory", "tests/fixtures/review", file_key=f"{name}.eml"), raw,
            sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), message_id=report.message_id, report=report,
        )
        store.assign_campaign(filed.report_id, fingerprint(report, known))
        ids[name] = filed.report_id
    raw = (FIXTURES / "malformed.eml").read_bytes()
    filed = store.file_delivery(
        SourceKey("directory", "tests/fixtures/review", file_key="malformed.eml"), raw,
        sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), message_id=None, report=None,
        error="unwrap: the attached message is not a mail (no header block)",
    )
    ids["malformed"] = filed.delivery_id
    return store, ids


STAFF, PASSWORD = "marie.dupont", "correct horse battery staple"


def review_settings(tmp_path: Path, **web) -> Settings:
    """Settings of a review app over tmp_path/triage.db, with one staff account and a secret key file."""
    from pipeline.review.auth import set_password

    secret = tmp_path / "secret_key"
    secret.write_text("k" * 48)
    users = tmp_path / "users.toml"
    set_password(users, STAFF, PASSWORD)
    return Settings(
        storage=StorageSettings(database=str(tmp_path / "triage.db")),
        web=WebSettings(**{"secret_key_env": "", "secret_key_file": str(secret), "users_file": str(users),
                           "secure_cookies": False, **web}),
    )
