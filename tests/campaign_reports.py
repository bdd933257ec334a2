"""Reports built from tests/fixtures/campaigns/scams.json: the same messages forwarded by
several doctors in several styles, as unwrap and extract would hand them over.

The indicators are written here from the text (links, phone numbers, organisations) so
that the campaign and digest tests do not depend on the extraction stage's heuristics.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import phonenumbers

from extract_support import gazetteer  # the shipped config/organisations.toml and config/domains.toml
from pipeline.campaigns import registered_domain
from pipeline.report import Indicators, OrganisationMatch, Original, Person, Phone, Reason, Report, Reporter, Url

FIXTURE = Path(__file__).parent / "fixtures" / "campaigns" / "scams.json"
OFFICIAL = {"agencedpc.fr", "esante.gouv.fr", "ordre.medecin.fr"}
ORGANISATIONS = [
    ("direction régionale de certification périodique", "Direction régionale de certification périodique", None, True),
    ("agence du numérique en santé", "Agence du Numérique en Santé", "esante.gouv.fr", False),
    ("mondpc", "Agence nationale du DPC", "agencedpc.fr", False),
    ("agence nationale du dpc", "Agence nationale du DPC", "agencedpc.fr", False),
    ("agence nationale du développement professionnel continu", "Agence nationale du DPC", "agencedpc.fr", False),
    ("conseil national", "Conseil national de l'Ordre des médecins", "ordre.medecin.fr", False),
]
REASONS = {
    "fraud": [Reason("asks_credentials", "demande des identifiants ou des coordonnées bancaires", "fraud", 2.0),
              Reason("threat_deadline", "menace et délai court", "fraud", 1.0)],
    "spam": [Reason("cold_offer", "offre commerciale non sollicitée", "spam", 1.0)],
    "legitimate": [Reason("official_links", "liens vers le site officiel uniquement", "legitimate", 1.5)],
}


def load() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


def indicators_of(text: str) -> Indicators:
    urls = []
    for url in re.findall(r"https?://[^\s]+", text):
        host = re.match(r"https?://([^/?#]+)", url).group(1).lower()
        domain = registered_domain(host)
        urls.append(Url(url=url, host=host, registered_domain=domain, official=domain in OFFICIAL,
                        flags=[] if domain in OFFICIAL else ["unrelated_to_named_body"]))
    phones = [Phone(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164), m.raw_string)
              for m in phonenumbers.PhoneNumberMatcher(text, "FR")]
    lowered = text.lower()
    organisations = [OrganisationMatch(name, words, domain, id=name, fake=fake)
                     for words, name, domain, fake in ORGANISATIONS if words in lowered]
    return Indicators(urls=urls, phones=phones, organisations=organisations)


def build_report(entry: dict, data: dict | None = None, number: int = 0) -> Report:
    data = data or load()
    message = data["messages"][entry["message"]]
    address, name = data["doctors"][entry["doctor"]]
    style = entry["style"]
    if style == "typed":
        original = Original(forward_style="typed", text=entry["typed"])
    else:
        text = message["text"].format(name=name, token=entry.get("token", ""))
        if style == "pasted":  # pasted into the doctor's mail: lines re-wrapped, no headers
            text = " ".join(text.split("\n\n")[1:]).replace("\n", " ")
        original = Original(
            forward_style=style,
            sender=Person(None if style == "pasted" else message["sender"], "Service certification"),
            reply_to=message.get("reply_to") if style == "attachment" else None,
            subject=None if style == "pasted" else message["subject"],
            sender_verified=False if style == "attachment" else None,
            text=text,
        )
    verdict = message["verdict"]
    return Report(
        source=f"directory:{number:03d}.eml",
        message_id=f"<report-{number}@{address.split('@')[1]}>",
        reporter=Reporter(address, name, "Est-ce une arnaque ?"),
        originals=[original],
        indicators=indicators_of(original.text),
        verdict=verdict,
        confidence=0.9,
        needs_review=style == "typed",
        reasons=list(REASONS[verdict]),
        subject=f"TR: {message['subject']}",
        received="2026-11-20T08:30:00+01:00",
    )


def reports() -> list[tuple[str, Report]]:
    """(message name, report) in the fixture's order."""
    data = load()
    return [(e["message"], build_report(e, data, i)) for i, e in enumerate(data["reports"], start=1)]


def file_report(store, report: Report, number: int, filed_at: str | None = None) -> int:
    """File one report as the worker would (delivery + report), at `filed_at` (UTC ISO) when
    given, then put it in its campaign. Returns the report id."""
    from pipeline.campaigns import fingerprints
    from pipeline.store import SourceKey

    filed = store.file_delivery(
        SourceKey("directory", "samples", file_key=f"{number:04d}.eml"), f"raw {number}".encode(),
        sha256=f"{number:064x}", size=10, message_id=report.message_id, report=report,
    )
    if filed_at:  # the clock of the test, not the machine's
        with store.transaction() as db:
            db.execute("UPDATE reports SET created_at = ? WHERE id = ?", (filed_at, filed.report_id))
            db.execute("UPDATE deliveries SET received_at = ? WHERE id = ?", (filed_at, filed.delivery_id))
    store.assign_campaign(filed.report_id, fingerprints(report, gazetteer()))
    return filed.report_id


# --- the same reports as the mailbox receives them (for the whole chain) -------------------------

FORWARD_HEADERS = (  # how three mail clients quote a forwarded message, in French
    "-----Message d'origine-----\nDe : {name} <{sender}>\nEnvoyé : vendredi 20 novembre 2026 08:12\n"
    "À : {doctor}\nObjet : {subject}\n\n",
    "---------- Forwarded message ---------\nDe : {name} <{sender}>\nDate: ven. 20 nov. 2026 à 08:12\n"
    "Subject: {subject}\nTo: <{doctor}>\n\n",
    "-------- Message transféré --------\nSujet : \t{subject}\nDate : \tFri, 20 Nov 2026 08:12:00 +0100\n"
    "De : \t{name} <{sender}>\nPour : \t{doctor}\n\n",
)


def build_eml(entry: dict, data: dict, number: int) -> bytes:
    """One report as a doctor's mail client sends it: the original attached, quoted inline,
    pasted, or described in the doctor's own words."""
    from email.message import EmailMessage

    message = data["messages"][entry["message"]]
    address, name = data["doctors"][entry["doctor"]]
    text = message["text"].format(name=name, token=entry.get("token", ""))
    report = EmailMessage()
    report["From"] = f"Dr {name} <{address}>"
    report["To"] = "signalements@cdom75.example"
    report["Date"] = "Fri, 20 Nov 2026 09:30:00 +0100"
    report["Message-ID"] = f"<report-{number}@{address.split('@')[1]}>"
    comment = "Bonjour,\nJe vous transmets ce message reçu ce matin, est-ce une arnaque ?\nCordialement\n"
    style = entry["style"]
    if style == "typed":
        report["Subject"] = "Appel suspect"
        report.set_content(entry["typed"] + "\n")
        return report.as_bytes()
    report["Subject"] = f"TR: {message['subject']}"
    quoted = {"name": "Service certification", "sender": message["sender"], "doctor": address, "subject": message["subject"]}
    if style == "inline":
        report.set_content(comment + "\n" + FORWARD_HEADERS[number % 3].format(**quoted) + text + "\n")
    elif style == "pasted":
        report.set_content("Bonjour, j'ai reçu ceci, je vous le copie :\n\n" + " ".join(text.split("\n\n")[1:]) + "\n")
    else:
        original = EmailMessage()
        original["From"] = f"Service certification <{message['sender']}>"
        if message.get("reply_to"):
            original["Reply-To"] = message["reply_to"]
        original["To"] = address
        original["Subject"] = message["subject"]
        original["Date"] = "Fri, 20 Nov 2026 08:12:00 +0100"
        original["Message-ID"] = f"<{entry['message']}-{number}@{message['sender'].split('@')[1]}>"
        original.set_content(text + "\n")
        report.set_content(comment)
        report.add_attachment(original)
    return report.as_bytes()
