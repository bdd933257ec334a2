"""Build the labelled training corpus from the hand-written originals.

    python models/training/build.py

Each original (models/training/originals/*.toml) is a suspicious message as a doctor
received it: an e-mail, an SMS or a phone call. This script wraps every original into
REPORTS as the council's reporting mailbox receives them: a doctor forwards it as an
attachment (message/rfc822 or a .eml sent as application/octet-stream), inline in the way
each mail client really writes a forward (Gmail, Outlook desktop and web, Apple Mail and
iOS, Thunderbird, Yahoo, the Orange / La Poste / SFR webmails, Android), pasted without
headers, or typed in the doctor's own words; sometimes a secretary forwards the doctor's
forward, sometimes two originals travel in one report.

The output is `train/` and `heldout/`, each a folder of .eml files plus `labels.csv`
(file,label,family,style,lang,original,sender). An original belongs to one split only
(its `split` key), so the held-out figures are measured on messages training never saw.

Deterministic: one seeded random generator, explicit MIME boundaries, Message-IDs and
dates drawn from it; running the script twice writes identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import shutil
import tomllib
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SEED = 20261122
PARIS = ZoneInfo("Europe/Paris")
# Reports per label in each split: about 45% fraud, 25% spam, 30% legitimate.
TARGETS = {
    "train": {"fraud": 310, "spam": 172, "legitimate": 208},
    "heldout": {"fraud": 81, "spam": 45, "legitimate": 54},
}
LABELS = ("fraud", "spam", "legitimate")

# --- the people who report -------------------------------------------------------------

FIRST_NAMES = (
    "Claire Julien Nathalie Olivier Sophie Laurent Isabelle Thierry Camille Antoine Hélène "
    "Philippe Émilie François Céline Mathieu Aurélie Stéphane Valérie Nicolas Sandrine Yves "
    "Karim Leïla Mehdi Nadia Thomas Anne-Sophie Jean-Marc Marie-Claude Bertrand Agnès Rémi "
    "Gaëlle Hugo Inès Pierre-Yves Solène Benoît Catherine Youssef Amina Grégoire Delphine "
    "Vincent Brigitte Loïc Maëlle Xavier Chantal Dominique Fabrice Ophélie Arnaud Mireille"
).split()
LAST_NAMES = (
    "Lefèvre Martin Bernard Dubois Moreau Laurent Girard Bonnet Dupont Lambert Fontaine "
    "Rousseau Vincent Muller Faure André Mercier Blanc Guérin Boyer Garnier Chevalier "
    "François Legrand Gauthier Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu "
    "Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier "
    "Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez "
    "Benali Haddad Nguyen Ferreira Kowalski Le Goff Le Gall Poirier Caron Lacroix Hoarau "
    "Abitbol Sanchez Renaud Picard Carpentier Collet Prévost Bertin Lemoine Charpentier"
).split()
# (domain, weight): where French doctors' mail really lives.
REPORTER_DOMAINS = (
    ("orange.fr", 6), ("wanadoo.fr", 4), ("free.fr", 3), ("gmail.com", 8), ("laposte.net", 3),
    ("hotmail.fr", 3), ("icloud.com", 2), ("yahoo.fr", 2), ("sfr.fr", 2), ("outlook.fr", 2),
    ("aphp.fr", 1), ("chu-lyon.fr", 1), ("chu-bordeaux.fr", 1), ("chru-strasbourg.fr", 1),
    ("ch-valence.fr", 1), ("clinique-saint-roch.fr", 1), ("medecin.mssante.fr", 1),
    ("cabinet-medical-des-tilleuls.fr", 1), ("msp-les-coteaux.fr", 1), ("neuf.fr", 1),
)
SPECIALTIES = (
    "Médecin généraliste", "Médecine générale", "Pédiatre", "Cardiologue", "Dermatologue",
    "Psychiatre", "Gynécologue-obstétricien", "Ophtalmologiste", "Rhumatologue",
    "Médecin du travail", "Anesthésiste-réanimateur", "Gastro-entérologue", "Radiologue",
    "Endocrinologue", "Pneumologue", "ORL", "Gériatre", "Médecin urgentiste",
)
STREETS = (
    "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Pasteur",
    "place de la Mairie", "rue des Tilleuls", "allée des Peupliers", "rue du Général Leclerc",
    "chemin des Vignes", "rue Gambetta", "quai de la Loire", "rue Nationale", "cours Lafayette",
)
# (department number, town, telephone prefix): the council the report goes to.
DEPARTMENTS = (
    ("75", "Paris", "01"), ("69", "Lyon", "04"), ("13", "Marseille", "04"),
    ("33", "Bordeaux", "05"), ("31", "Toulouse", "05"), ("59", "Lille", "03"),
    ("44", "Nantes", "02"), ("67", "Strasbourg", "03"), ("35", "Rennes", "02"),
    ("34", "Montpellier", "04"), ("06", "Nice", "04"), ("38", "Grenoble", "04"),
    ("21", "Dijon", "03"), ("29", "Brest", "02"), ("63", "Clermont-Ferrand", "04"),
    ("974", "Saint-Denis", "02"), ("26", "Valence", "04"), ("87", "Limoges", "05"),
    ("45", "Orléans", "02"), ("57", "Metz", "03"), ("64", "Pau", "05"), ("80", "Amiens", "03"),
)
COUNCIL_MAILBOXES = ("signalement@cdom{d}.ordre.medecin.fr", "fraude@cdom{d}.ordre.medecin.fr",
                     "signalements.cdom{d}@ordre.medecin.fr", "securite@cdom{d}.ordre.medecin.fr")

COMMENTS_FR = (
    "Bonjour, est-ce une arnaque ?",
    "Pour info",
    "",
    "",
    "Bonjour,\n\nJe vous transmets ce courriel reçu ce matin. Je ne sais pas s'il est authentique, pouvez-vous vérifier ?\n\nCordialement",
    "Bonjour,\nvrai ou faux ?\nMerci",
    "Signalement.",
    "Bonjour,\n\nSuite à votre circulaire sur les démarchages, je vous fais suivre ce message.\n\nBien confraternellement",
    "Bonjour\nMerci de me dire si je dois répondre à ce message ou l'ignorer.",
    "Bonjour,\n\nJ'ai un doute sur ce mail. Je n'ai cliqué sur rien.\n\nBonne journée",
    "Encore un...",
    "Est-ce que c'est sérieux ? Je ne voudrais pas rater une obligation.",
    "Bonjour, je préfère vérifier avant de faire quoi que ce soit. Merci de votre retour.",
    "Madame, Monsieur,\n\nVeuillez trouver ci-dessous un message que j'ai reçu et qui m'interroge. Pouvez-vous me confirmer sa provenance ?\n\nRespectueusement",
    "Pour vérification svp",
    "Bonjour,\nJe reçois ceci, je vous laisse juger.\nBien à vous",
    "Ce message est-il bien de vous / de l'organisme cité ?",
    "Bonjour, un collègue m'a dit avoir reçu la même chose. Qu'en pensez-vous ?",
    "A vérifier",
    "Bonjour,\n\nJe transfère pour avis. Je ne connais pas cet expéditeur.\n\nMerci d'avance",
)
COMMENTS_EN = (
    "FYI - is this genuine?",
    "Hello, I received this, could you check whether it is a scam? Thanks",
    "Forwarding for your review.",
    "",
)
SIGN_OFFS = ("Cordialement", "Bien cordialement", "Bien confraternellement", "Bonne journée",
             "Merci", "Cdlt", "Bien à vous")


@dataclass
class Reporter:
    name: str
    address: str
    signature: str  # may be empty
    department: tuple[str, str, str]


def pick_reporter(rng: random.Random) -> Reporter:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = rng.choices([d for d, _ in REPORTER_DOMAINS], [w for _, w in REPORTER_DOMAINS])[0]
    local = rng.choice((f"{first}.{last}", f"dr.{last}", f"{first[0]}{last}", f"{last}{first[0]}",
                        f"docteur.{last}", f"{first}.{last}{rng.randint(1, 99)}", f"cabinet.{last}"))
    local = re.sub(r"[^a-z0-9.]", "", _ascii(local).lower())
    department = rng.choice(DEPARTMENTS)
    name = f"{first} {last}"
    style = rng.random()
    if style < 0.25:
        signature = ""
    elif style < 0.5:
        signature = f"Dr {name}"
    else:
        phone = f"{department[2]} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        mobile = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        lines = [rng.choice((f"Dr {name}", f"Docteur {first} {last.upper()}", f"{name}")),
                 rng.choice(SPECIALTIES),
                 f"{rng.randint(1, 140)} {rng.choice(STREETS)}, {department[0]}{rng.randint(0, 9)}00 {department[1]}"
                 if department[0] not in ("974",) else f"{rng.randint(1, 40)} rue de Paris, 97400 Saint-Denis",
                 rng.choice((f"Tél. {phone}", f"Tel : {phone}", f"{phone}", f"Secrétariat : {phone} - Portable : {mobile}"))]
        if rng.random() < 0.3:
            lines.append(f"RPPS {rng.randint(10000000000, 10999999999)}")
        if rng.random() < 0.25:
            slug = _ascii(f"{first}-{last}").lower().replace(" ", "-")
            lines.append(f"Prise de rendez-vous : https://www.doctolib.fr/medecin-generaliste/{_ascii(department[1]).lower()}/{slug}")
        signature = "\n".join(lines)
    return Reporter(name, f"{local}@{domain}", signature, department)


def secretary_of(doctor: Reporter, rng: random.Random) -> Reporter:
    """The practice's secretariat, who forwards the doctor's report on."""
    last = doctor.name.split(" ", 1)[1]
    slug = re.sub(r"[^a-z0-9]", "", _ascii(last).lower())
    domain = rng.choice((doctor.address.rsplit("@", 1)[-1], "orange.fr", "gmail.com", f"cabinet-{slug}.fr"))
    name = rng.choice((f"Secrétariat Dr {last}", f"Secrétariat médical {last}", "Secrétariat du cabinet"))
    return Reporter(name, f"{rng.choice(('secretariat', 'accueil', 'secretariat.medical'))}.{slug}@{domain}", "", doctor.department)


def _ascii(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# --- the originals ---------------------------------------------------------------------

@dataclass
class Original:
    id: str
    split: str
    label: str
    family: str
    lang: str
    kind: str  # email | sms | call
    body: str
    sender: str = ""  # "Name <address>" for e-mail, a number or a name for SMS, "" for calls
    subject: str = ""
    reply_to: str = ""
    return_path: str = ""
    auth: str = "pass"  # Authentication-Results of the original: pass | fail | none
    html: bool = True  # also send an HTML alternative
    unsubscribe: str = ""
    comment: str = ""  # the reporter's own words when they matter to the label


def load_originals() -> list[Original]:
    originals = []
    for path in sorted((HERE / "originals").glob("*.toml")):
        with path.open("rb") as handle:
            for entry in tomllib.load(handle)["original"]:
                originals.append(Original(**entry))
    ids = [o.id for o in originals]
    duplicated = {i for i in ids if ids.count(i) > 1}
    if duplicated:
        raise SystemExit(f"duplicated original ids: {sorted(duplicated)}")
    for original in originals:
        if original.label not in LABELS or original.split not in TARGETS:
            raise SystemExit(f"{original.id}: bad label or split")
    return originals


LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
PLACEHOLDER = re.compile(r"\{(NOM|PRENOM|EMAIL|REF|RPPS|DATE|MONTANT)\}")


def personalise(text: str, reporter: Reporter, rng: random.Random, when: dt.datetime) -> str:
    first, last = reporter.name.split(" ", 1)
    later = when + dt.timedelta(days=rng.randint(3, 20))
    values = {
        "NOM": last.upper() if rng.random() < 0.5 else last, "PRENOM": first,
        "EMAIL": reporter.address, "REF": f"{rng.choice('ABCDFHKMPRTX')}{rng.randint(100000, 999999)}",
        "RPPS": str(rng.randint(10000000000, 10999999999)), "DATE": later.strftime("%d/%m/%Y"),
        "MONTANT": f"{rng.randint(40, 480)},{rng.randint(10, 99)}",
    }
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def as_text(body: str) -> str:
    """The plain-text rendering of `[shown](target)` links, as mail programs write it."""
    return LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} <{m.group(2)}>", body)


def as_html(body: str, skin: int, title: str) -> str:
    paragraphs = []
    for block in body.strip().split("\n\n"):
        parts = []
        last = 0
        for match in LINK.finditer(block):
            parts.append(escape(block[last:match.start()], quote=False))
            parts.append(f'<a href="{escape(match.group(2))}">{escape(match.group(1))}</a>')
            last = match.end()
        parts.append(escape(block[last:], quote=False))
        html = "".join(parts)
        html = re.sub(r"(?<![\"'>=])(https?://[^\s<]+)", r'<a href="\1">\1</a>', html)
        paragraphs.append(html.replace("\n", "<br>\n"))
    if skin == 0:
        inner = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<html><body>\n{inner}\n</body></html>"
    if skin == 1:
        inner = "\n".join(f'<p style="margin:0 0 12px 0">{p}</p>' for p in paragraphs)
        return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
                '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td '
                f'style="background:#00558c;color:#fff;padding:14px;font-size:18px">{escape(title)}</td></tr>'
                f'<tr><td style="padding:18px">\n{inner}\n</td></tr></table></body></html>')
    inner = "\n".join(f'<div>{p}</div><div><br></div>' for p in paragraphs)
    return f'<html><body><div style="font-family:Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">\n{inner}\n</div></body></html>'


# --- a message as a forwarding client sees it ---------------------------------------------

@dataclass
class View:
    """What a mail client prints of a message it forwards inline."""

    sender_name: str
    sender_address: str
    to: str
    date: dt.datetime
    subject: str
    text: str
    html: str


MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_FR_SHORT = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _utc_offset(when: dt.datetime, prefix: str) -> str:
    return f"{prefix}+{int(when.utcoffset().total_seconds() // 3600)}"


def _en_time(when: dt.datetime, seconds: bool = False) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when:%M}{':%02d' % when.second if seconds else ''} {'AM' if when.hour < 12 else 'PM'}"


DATE_FORMATS = {
    "gmail_fr": lambda w: f"{DAYS_FR[w.weekday()][:3]}. {w.day} {MONTHS_FR_SHORT[w.month - 1]} {w.year} à {w:%H:%M}",
    "gmail_en": lambda w: f"{DAYS_EN[w.weekday()][:3]}, {MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year} at {_en_time(w)}",
    "outlook_fr": lambda w: f"{DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year} {w:%H:%M}",
    "outlook_en": lambda w: f"{DAYS_EN[w.weekday()]}, {MONTHS_EN[w.month - 1]} {w.day}, {w.year} {_en_time(w)}",
    "apple_fr": lambda w: f"{w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M:%S} {_utc_offset(w, 'UTC')}",
    "apple_en": lambda w: f"{MONTHS_EN[w.month - 1]} {w.day}, {w.year} at {_en_time(w, True)} {_utc_offset(w, 'GMT')}",
    "rfc": lambda w: format_datetime(w),
    "yahoo_fr": lambda w: f"{DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year}, {w:%H:%M:%S} {_utc_offset(w, 'UTC')}",
    "yahoo_en": lambda w: f"{DAYS_EN[w.weekday()]}, {MONTHS_EN[w.month - 1]} {w.day}, {w.year}, {_en_time(w, True)} {_utc_offset(w, 'GMT')}",
    "numeric": lambda w: f"{w:%d/%m/%Y %H:%M} (GMT{w:%z}"[:-2] + ":" + f"{w:%z}"[-2:] + ")",
    "ox_fr": lambda w: f"{w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M}",
}


@dataclass
class Client:
    """How one mail client writes an inline forward (text and HTML) and signs its mail."""

    lang: str
    separator: str
    fields: tuple[tuple[str, str], ...]  # (label, which) with which in from|date|subject|to
    date_format: str
    html_shape: str  # gmail | outlook | owa | apple | thunderbird | yahoo | plain
    subject_prefix: str
    mailer: tuple[str, str] | None = None  # (header, value)
    footer: str = ""
    sender_form: str = "angle"  # angle: Name <a@b> | mailto: Name [mailto:a@b]
    quote_text: bool = False  # the text part quotes the original with "> "
    inline_fields: bool = False  # Yahoo prints the header fields on one line


CLIENTS = {
    "gmail_fr": Client("fr", "---------- Forwarded message ---------",
                       (("De :", "from"), ("Date:", "date"), ("Subject:", "subject"), ("To:", "to")),
                       "gmail_fr", "gmail", "Fwd: "),
    "gmail_fr_old": Client("fr", "---------- Message transféré ---------",
                           (("De :", "from"), ("Date :", "date"), ("Objet :", "subject"), ("À :", "to")),
                           "gmail_fr", "gmail", "Fwd: "),
    "gmail_en": Client("en", "---------- Forwarded message ---------",
                       (("From:", "from"), ("Date:", "date"), ("Subject:", "subject"), ("To:", "to")),
                       "gmail_en", "gmail", "Fwd: "),
    "outlook_fr": Client("fr", "________________________________",
                         (("De :", "from"), ("Envoyé :", "date"), ("À :", "to"), ("Objet :", "subject")),
                         "outlook_fr", "outlook", "TR : ", ("X-Mailer", "Microsoft Outlook 16.0")),
    "outlook_en": Client("en", "________________________________",
                         (("From:", "from"), ("Sent:", "date"), ("To:", "to"), ("Subject:", "subject")),
                         "outlook_en", "outlook", "FW: ", ("X-Mailer", "Microsoft Outlook 16.0")),
    "outlook_2013_fr": Client("fr", "-----Message d'origine-----",
                              (("De :", "from"), ("Envoyé :", "date"), ("À :", "to"), ("Objet :", "subject")),
                              "outlook_fr", "outlook", "TR: ", ("X-Mailer", "Microsoft Outlook 15.0"), sender_form="mailto"),
    "owa_fr": Client("fr", "", (("De :", "from"), ("Envoyé :", "date"), ("À :", "to"), ("Objet :", "subject")),
                     "outlook_fr", "owa", "TR : "),
    "owa_en": Client("en", "", (("From:", "from"), ("Sent:", "date"), ("To:", "to"), ("Subject:", "subject")),
                     "outlook_en", "owa", "Fw: "),
    "apple_fr": Client("fr", "Début du message réexpédié :",
                       (("De:", "from"), ("Objet:", "subject"), ("Date:", "date"), ("À:", "to")),
                       "apple_fr", "apple", "Tr: ", ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")),
    "apple_en": Client("en", "Begin forwarded message:",
                       (("From:", "from"), ("Subject:", "subject"), ("Date:", "date"), ("To:", "to")),
                       "apple_en", "apple", "Fwd: ", ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")),
    "ios_fr": Client("fr", "Début du message réexpédié :",
                     (("De:", "from"), ("Date:", "date"), ("À:", "to"), ("Objet:", "subject")),
                     "apple_fr", "apple", "Tr: ", ("X-Mailer", "iPhone Mail (21G93)"),
                     footer="Envoyé de mon iPhone", quote_text=True),
    "thunderbird_fr": Client("fr", "-------- Message transféré --------",
                             (("Sujet :\t", "subject"), ("Date :\t", "date"), ("De :\t", "from"), ("Pour :\t", "to")),
                             "rfc", "thunderbird", "Fwd: ",
                             ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2")),
    "thunderbird_en": Client("en", "-------- Forwarded Message --------",
                             (("Subject:\t", "subject"), ("Date:\t", "date"), ("From:\t", "from"), ("To:\t", "to")),
                             "rfc", "thunderbird", "Fwd: ",
                             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")),
    "yahoo_fr": Client("fr", "----- Message transmis -----",
                       (("De :", "from"), ("À :", "to"), ("Envoyé :", "date"), ("Objet :", "subject")),
                       "yahoo_fr", "yahoo", "Fwd: ", inline_fields=True),
    "yahoo_en": Client("en", "----- Forwarded Message -----",
                       (("From:", "from"), ("To:", "to"), ("Sent:", "date"), ("Subject:", "subject")),
                       "yahoo_en", "yahoo", "Fwd: ", inline_fields=True),
    "orange_webmail": Client("fr", "-------- Message original --------",
                             (("De :", "from"), ("Date :", "date"), ("À :", "to"), ("Objet :", "subject")),
                             "rfc", "plain", "TR: ", ("X-Mailer", "Orange Mail")),
    "laposte_webmail": Client("fr", "---------- Message d'origine ----------",
                              (("De :", "from"), ("À :", "to"), ("Date :", "date"), ("Objet :", "subject")),
                              "ox_fr", "plain", "Fwd: ", ("X-Mailer", "Open-Xchange Mailer v7.10.6")),
    "sfr_webmail": Client("fr", "========== Message transféré ==========",
                          (("De :", "from"), ("Envoyé le :", "date"), ("À :", "to"), ("Objet :", "subject")),
                          "ox_fr", "plain", "Tr: "),
    "android_fr": Client("fr", "-------- Message d'origine --------",
                         (("De :", "from"), ("Date :", "date"), ("À :", "to"), ("Objet :", "subject")),
                         "numeric", "plain", "Fwd: ", footer="Envoyé depuis mon appareil Galaxy"),
}
# How often each style is drawn for an e-mail original.
EMAIL_STYLES = {
    "attached_rfc822": 12, "attached_eml": 5, "gmail_fr": 9, "gmail_fr_old": 3, "gmail_en": 3,
    "outlook_fr": 8, "outlook_en": 2, "outlook_2013_fr": 3, "owa_fr": 5, "owa_en": 1,
    "apple_fr": 5, "apple_en": 1, "ios_fr": 6, "thunderbird_fr": 5, "thunderbird_en": 1,
    "yahoo_fr": 3, "yahoo_en": 1, "orange_webmail": 4, "laposte_webmail": 3, "sfr_webmail": 2,
    "android_fr": 3, "pasted": 5, "nested_attached": 4, "nested_inline": 3, "two_attached": 3,
    "two_inline": 2,
}


def format_sender(view: View, client: Client) -> str:
    if client.sender_form == "mailto":
        return f"{view.sender_name} [mailto:{view.sender_address}]" if view.sender_name else view.sender_address
    return f"{view.sender_name} <{view.sender_address}>" if view.sender_name else view.sender_address


def header_values(view: View, client: Client) -> list[tuple[str, str]]:
    values = {"from": format_sender(view, client), "date": DATE_FORMATS[client.date_format](view.date),
              "subject": view.subject, "to": view.to}
    return [(label, values[which]) for label, which in client.fields]


def inline_text(view: View, client: Client) -> str:
    headers = header_values(view, client)
    if client.inline_fields:
        block = f"   {client.separator} " + "".join(f"{label} {value}" for label, value in headers) + "\n"
    else:
        block = (client.separator + "\n" if client.separator else "") + "\n".join(
            f"{label} {value}" if not label.endswith("\t") else f"{label}{value}" for label, value in headers) + "\n"
    quoted = f"{block}\n{view.text.strip()}\n"
    if client.quote_text:
        quoted = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines()) + "\n"
    return quoted


def _body_of(html: str) -> str:
    match = re.search(r"<body[^>]*>(.*)</body>", html, re.S)
    return match.group(1) if match else html


def inline_html(view: View, client: Client) -> str:
    headers = [(escape(label.strip()), escape(value)) for label, value in header_values(view, client)]
    original = _body_of(view.html)
    shape = client.html_shape
    if shape == "gmail":
        lines = [escape(client.separator)]
        for label, value in headers:
            if label in ("De :", "From:"):
                value = (f'<strong class="gmail_sendername" dir="auto">{escape(view.sender_name)}</strong> '
                         f'<span dir="auto">&lt;<a href="mailto:{escape(view.sender_address)}">{escape(view.sender_address)}</a>&gt;</span>')
            lines.append(f"{label} {value}")
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{"<br>".join(lines)}<br></div><br><br>'
                f"{original}</div>")
    if shape == "outlook":
        fields = "<br>\n".join(f"<b>{label.replace(' :', '&nbsp;:')}</b> {value}" for label, value in headers)
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><b><span lang="FR">{escape(client.separator) if client.separator.startswith("-") else ""}</span></b><br>\n{fields}</p></div></div>'
                f'<p class="MsoNormal">&nbsp;</p>\n{original}')
    if shape == "owa":
        fields = "<br>\n".join(f"<b>{label}</b> {value}" for label, value in headers)
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{fields}</font>'
                f"<div>&nbsp;</div></div>\n{original}")
    if shape == "apple":
        fields = "".join(f'<div style="margin:0px"><span><b>{label} </b></span><span>{value}</span></div>' for label, value in headers)
        return (f'<div><br><blockquote type="cite"><div>{escape(client.separator)}</div><br>'
                f"{fields}<br>{original}</blockquote></div>")
    if shape == "thunderbird":
        rows = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{label}</th><td>{value}</td></tr>'
                       for label, value in headers)
        return (f'<div class="moz-forward-container"><br><br>{escape(client.separator)}\n'
                f'<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0"><tbody>{rows}</tbody></table><br>\n'
                f"{original}</div>")
    if shape == "yahoo":
        fields = "".join(f"<div><b>{label}</b> {value}</div>" for label, value in headers)
        return (f'<div class="yahoo_quoted"><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px">'
                f"<div>{escape(client.separator)}</div>{fields}<br>{original}</div></div>")
    fields = "<br>".join(f"{label} {value}" for label, value in headers)
    return f"<div><br>{escape(client.separator)}<br>{fields}<br><br><blockquote style=\"margin-left:8px\">{original}</blockquote></div>"


# --- building messages -------------------------------------------------------------------

class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def token(self, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def message_id(self, domain: str) -> str:
        shape = self.rng.random()
        if domain.endswith("gmail.com") or shape < 0.2:
            return f"<CA{self.token(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{self.token(38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')}@mail.gmail.com>"
        if shape < 0.5:
            return f"<{self.token(8)}-{self.token(4)}-{self.token(4)}-{self.token(4)}-{self.token(12)}@{domain}>".upper().replace("@" + domain.upper(), "@" + domain)
        return f"<{self.token(12)}.{self.rng.randint(1000, 99999)}@{domain}>"

    def when(self) -> dt.datetime:
        start = dt.datetime(2025, 9, 1, tzinfo=PARIS)
        moment = start + dt.timedelta(minutes=self.rng.randint(0, 440 * 24 * 60))
        if moment.hour < 7:
            moment += dt.timedelta(hours=8)
        return moment.replace(second=self.rng.randint(0, 59))

    def set_body(self, msg: EmailMessage, text: str, html: str | None) -> None:
        charset = "utf-8"
        if self.rng.random() < 0.1:
            try:
                text.encode("iso-8859-1") and (html or "").encode("iso-8859-1")
                charset = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        cte = self.rng.choice(("quoted-printable", "quoted-printable", "base64", "8bit"))
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)

    def original_message(self, original: Original, reporter: Reporter, when: dt.datetime) -> tuple[EmailMessage, View]:
        rng = self.rng
        name, address = parseaddr(original.sender)
        domain = address.rsplit("@", 1)[-1]
        body = personalise(original.body, reporter, rng, when)
        subject = personalise(original.subject, reporter, rng, when)
        text = as_text(body)
        html = as_html(body, rng.randrange(3), name or subject) if original.html else None
        # Some senders put only a stub in the text part; mail clients forwarding inline
        # still print the text they render from the HTML, hence `text` in the View below.
        plain = text
        if original.html and rng.random() < 0.12:
            plain = ("Votre client de messagerie ne peut pas afficher ce message. Consultez la version HTML."
                     if original.lang == "fr" else "To view this message, please use an HTML-capable email client.")
        msg = EmailMessage()
        return_path = original.return_path or address
        msg["Return-Path"] = f"<{return_path}>"
        relay = rng.choice(("smtp-out", "mail", "mx", "relay", "o1"))
        msg["Received"] = (f"from {relay}.{return_path.rsplit('@', 1)[-1]} ({relay}.{return_path.rsplit('@', 1)[-1]} "
                           f"[{rng.randint(5, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]) "
                           f"by mx{rng.randint(1, 4)}.{reporter.address.rsplit('@', 1)[-1]} with ESMTPS; {format_datetime(when)}")
        if original.auth != "none":
            verdict = original.auth
            msg["Authentication-Results"] = (f"mx.{reporter.address.rsplit('@', 1)[-1]}; spf={verdict} smtp.mailfrom={return_path}; "
                                             f"dkim={verdict if verdict == 'pass' else 'none'} header.d={domain}; dmarc={verdict} header.from={domain}")
        msg["From"] = formataddr((name, address)) if name else address
        if original.reply_to:
            msg["Reply-To"] = original.reply_to
        msg["To"] = reporter.address if rng.random() < 0.85 else formataddr((reporter.name, reporter.address))
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = self.message_id(domain)
        if original.unsubscribe:
            msg["List-Unsubscribe"] = f"<{original.unsubscribe}>"
        self.set_body(msg, plain, html)
        self.set_boundaries(msg)
        view = View(name, address, reporter.address, when, subject, text, html or as_html(body, 0, subject))
        return msg, view

    def report_envelope(self, reporter: Reporter, council: str, subject: str, when: dt.datetime,
                        client: Client | None) -> EmailMessage:
        msg = EmailMessage()
        titled = reporter.name.startswith("Secrétariat") or self.rng.random() < 0.8
        msg["From"] = formataddr((reporter.name if titled else f"Dr {reporter.name}", reporter.address))
        msg["To"] = council
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = self.message_id(reporter.address.rsplit("@", 1)[-1])
        if client and client.mailer:
            msg[client.mailer[0]] = client.mailer[1]
        return msg

    def set_boundaries(self, msg: EmailMessage) -> None:
        """Boundaries from our generator: the email package would draw them at random."""
        for part in msg.walk():
            if part.get_content_maintype() == "multipart" and "_Part_" not in (part.get_boundary() or ""):
                part.set_boundary(f"{'=' * self.rng.randint(0, 4)}_Part_{self.token(24, '0123456789ABCDEFabcdef')}")

    def finish(self, msg: EmailMessage) -> bytes:
        self.set_boundaries(msg)
        return msg.as_bytes(policy=policy.default)


def comment_for(original: Original, rng: random.Random, english: bool) -> str:
    if original.comment:
        return original.comment
    return rng.choice(COMMENTS_EN if english else COMMENTS_FR)


def reporter_text(comment: str, reporter: Reporter, rng: random.Random, footer: str = "") -> str:
    parts = [comment] if comment else []
    if reporter.signature and rng.random() < 0.7:
        parts.append(("-- \n" if rng.random() < 0.3 else "") + reporter.signature)
    if footer:
        parts.append(footer)
    return "\n\n".join(parts)


def reporter_html(text: str) -> str:
    return "".join(f"<div>{escape(line) or '<br>'}</div>" for line in text.splitlines())


def build_report(builder: Builder, style: str, originals: list[Original], reporter: Reporter, council: str) -> bytes:
    """One report of `originals` (one, or two for the two_* styles) in `style`."""
    rng = builder.rng
    first_when = builder.when()
    english = originals[0].lang == "en" and rng.random() < 0.3
    comment = comment_for(originals[0], rng, english)
    if len(originals) == 2 and not originals[0].comment:
        comment = rng.choice(("Bonjour,\n\nDeux messages reçus cette semaine, même genre. Pouvez-vous vérifier ?",
                              "Pour info, j'ai reçu ces deux-là.", "Bonjour, voici 2 courriels douteux.",
                              "Deux de plus..."))
    pairs = []
    for offset, original in enumerate(originals):
        when = first_when + dt.timedelta(hours=offset * rng.randint(2, 60))
        pairs.append(builder.original_message(original, reporter, when))
    sent = pairs[-1][1].date + dt.timedelta(minutes=rng.randint(3, 60 * 30))

    if style in ("attached_rfc822", "attached_eml", "two_attached"):
        client = CLIENTS[rng.choice(("outlook_fr", "thunderbird_fr", "gmail_fr", "apple_fr", "outlook_en"))]
        subject = client.subject_prefix + pairs[0][1].subject if rng.random() < 0.7 else rng.choice(
            ("Signalement", "arnaque ?", "Mail suspect", "A vérifier", "Message douteux", "Tentative de phishing ?"))
        msg = builder.report_envelope(reporter, council, subject, sent, client)
        text = reporter_text(comment, reporter, rng, client.footer)
        builder.set_body(msg, text or " ", reporter_html(text) if rng.random() < 0.5 else None)
        for original_msg, view in pairs:
            if style == "attached_eml":
                filename = re.sub(r"[^\w\- ]", "", view.subject)[:60].strip() or "message"
                msg.add_attachment(original_msg.as_bytes(policy=policy.default), maintype="application",
                                   subtype="octet-stream", filename=f"{filename}.eml")
            else:
                msg.add_attachment(original_msg)
        return builder.finish(msg)

    if style == "nested_attached":
        inner_style = rng.choice(("attached_rfc822", "gmail_fr", "outlook_fr", "ios_fr", "orange_webmail"))
        secretary = secretary_of(reporter, rng)
        inner = build_report(builder, inner_style, originals, reporter, secretary.address)
        msg = builder.report_envelope(secretary, council, "TR: " + pairs[0][1].subject, sent + dt.timedelta(hours=2), CLIENTS["outlook_fr"])
        builder.set_body(msg, rng.choice(("Bonjour,\n\nDe la part du Dr " + reporter.name + ", qui souhaite votre avis sur le message joint.\n\nLe secrétariat",
                                          "Transmis à la demande du docteur.", "Bonjour, le Dr " + reporter.name.split(' ', 1)[1] + " me demande de vous transférer ceci.")), None)
        msg.add_attachment(_parse(inner))
        return builder.finish(msg)

    if style == "pasted":
        view = pairs[0][1]
        lead = rng.choice(("Bonjour,\n\nVoici le message reçu :", "Copie du mail reçu ce jour :", "Bonjour, je colle ci-dessous le texte du courriel :",
                           "Reçu ce matin :", "Bonjour\n\nJe vous copie le message (je l'ai supprimé ensuite) :"))
        text = reporter_text(f"{lead}\n\n{view.text.strip()}\n\n{comment}".strip(), reporter, rng)
        msg = builder.report_envelope(reporter, council, rng.choice(("Mail suspect", "arnaque", "Signalement courriel", view.subject)), sent, None)
        builder.set_body(msg, text, None)
        return builder.finish(msg)

    if style == "nested_inline":
        inner_client = CLIENTS[rng.choice(("gmail_fr", "ios_fr", "orange_webmail", "apple_fr"))]
        doctor_text = reporter_text(comment, reporter, rng, inner_client.footer) + "\n\n" + inline_text(pairs[0][1], inner_client)
        doctor_html = reporter_html(reporter_text(comment, reporter, rng)) + inline_html(pairs[0][1], inner_client)
        secretary = secretary_of(reporter, rng)
        doctor_view = View(reporter.name, reporter.address, secretary.address, sent,
                           inner_client.subject_prefix + pairs[0][1].subject, doctor_text, doctor_html)
        client = CLIENTS[rng.choice(("outlook_fr", "owa_fr", "thunderbird_fr"))]
        note = rng.choice(("Bonjour,\n\nJe vous transfère le message du Dr " + reporter.name + ".\n\nCordialement,\nLe secrétariat",
                           "Pour suite à donner.", "Transmis pour signalement."))
        msg = builder.report_envelope(secretary, council, client.subject_prefix + doctor_view.subject, sent + dt.timedelta(hours=1), client)
        builder.set_body(msg, note + "\n\n" + inline_text(doctor_view, client), reporter_html(note) + inline_html(doctor_view, client))
        return builder.finish(msg)

    client = CLIENTS["gmail_fr" if style == "two_inline" else style]
    text = reporter_text(comment, reporter, rng, client.footer)
    html = reporter_html(text)
    for _, view in pairs:
        text += "\n\n" + inline_text(view, client)
        html += inline_html(view, client)
    subject = client.subject_prefix + pairs[0][1].subject
    msg = builder.report_envelope(reporter, council, subject, sent, client)
    with_html = client.html_shape != "plain" or rng.random() < 0.3
    builder.set_body(msg, text, f'<html><body><div dir="ltr">{html}</div></body></html>' if with_html else None)
    return builder.finish(msg)


def _parse(raw: bytes) -> EmailMessage:
    from email import message_from_bytes
    return message_from_bytes(raw, policy=policy.default)


SMS_LEADS = (
    "Bonjour,\n\nJ'ai reçu ce SMS {when} du {sender} :\n\n« {text} »",
    "Bonjour, SMS reçu {when} (expéditeur : {sender}) :\n\n{text}",
    "Reçu par SMS {when}, numéro {sender} :\n\n\"{text}\"",
    "Bonjour,\nje vous recopie un SMS arrivé {when} sur mon portable, envoyé par {sender} :\n\n{text}",
    "Texto reçu de {sender} :\n{text}",
)
WHEN_WORDS = ("ce matin", "hier soir", "hier", "cet après-midi", "lundi", "ce week-end", "tout à l'heure", "aujourd'hui")
SMS_TAILS = ("Est-ce une arnaque ?", "Je n'ai pas cliqué.", "Que dois-je faire ?", "", "Pour info.",
             "Je n'ai rien demandé de tel.", "Merci de votre vigilance.")


def build_typed_report(builder: Builder, original: Original, reporter: Reporter, council: str) -> tuple[bytes, str]:
    """A doctor's own description of an SMS or a call (no forward at all)."""
    rng = builder.rng
    when = builder.when()
    body = personalise(original.body, reporter, rng, when)
    if original.kind == "sms":
        style = rng.choice(("typed_sms", "typed_sms", "pasted_sms"))
        if style == "pasted_sms":
            text = as_text(body) + ("\n\n" + original.comment if original.comment else "")
        else:
            text = rng.choice(SMS_LEADS).format(when=rng.choice(WHEN_WORDS), sender=original.sender, text=as_text(body).strip())
            text += "\n\n" + (original.comment or rng.choice(SMS_TAILS))
        subject = rng.choice(("SMS suspect", "SMS frauduleux ?", "Signalement SMS", "sms bizarre", "Fwd: SMS", "Arnaque par SMS ?"))
    else:
        style = "typed_call"
        text = as_text(body)
        subject = rng.choice(("Appel suspect", "Démarchage téléphonique", "Signalement appel", "Appel frauduleux ?",
                              "Démarchage DPC", "Appel reçu ce jour", "Signalement"))
    footer = "Envoyé de mon iPhone" if rng.random() < 0.25 else ""
    text = reporter_text(text.strip(), reporter, rng, footer)
    msg = builder.report_envelope(reporter, council, subject, when + dt.timedelta(hours=rng.randint(0, 30)), None)
    builder.set_body(msg, text, reporter_html(text) if rng.random() < 0.4 else None)
    return builder.finish(msg), style


# --- the corpus ---------------------------------------------------------------------------

def plan(originals: list[Original], split: str, rng: random.Random) -> list[tuple[str, list[Original]]]:
    """(style, originals) for every report of `split`, label targets met by cycling the originals."""
    jobs = []
    for label in LABELS:
        pool = [o for o in originals if o.split == split and o.label == label]
        if not pool:
            continue
        styles_used: dict[str, list[str]] = {o.id: [] for o in pool}
        order: list[Original] = []
        while len(order) < TARGETS[split][label]:
            batch = pool[:]
            rng.shuffle(batch)
            order.extend(batch)
        order = order[:TARGETS[split][label]]
        emails = [o for o in pool if o.kind == "email"]
        for original in order:
            if original.kind != "email":
                jobs.append(("typed", [original]))
                continue
            styles = [s for s in EMAIL_STYLES if s not in styles_used[original.id]] or list(EMAIL_STYLES)
            style = rng.choices(styles, [EMAIL_STYLES[s] for s in styles])[0]
            styles_used[original.id].append(style)
            if style.startswith("two_"):
                other = rng.choice([o for o in emails if o.id != original.id and not o.comment] or [original])
                jobs.append((style, [original, other]))
            else:
                jobs.append((style, [original]))
    rng.shuffle(jobs)
    return jobs


def write_split(originals: list[Original], split: str, rng: random.Random) -> list[dict]:
    out = HERE / split
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    builder = Builder(rng)
    rows = []
    for number, (style, group) in enumerate(plan(originals, split, rng), 1):
        reporter = pick_reporter(rng)
        council = rng.choice(COUNCIL_MAILBOXES).format(d=reporter.department[0])
        if style == "typed":
            raw, style = build_typed_report(builder, group[0], reporter, council)
            senders = ""
        else:
            raw = build_report(builder, style, group, reporter, council)
            # a pasted original has no header left: its sender cannot be known
            senders = "" if style == "pasted" else " ".join(parseaddr(o.sender)[1] for o in group)
        name = f"{number:04d}-{style}.eml"
        (out / name).write_bytes(raw)
        rows.append({"file": name, "label": group[0].label, "family": group[0].family, "style": style,
                     "lang": group[0].lang, "original": "+".join(o.id for o in group), "sender": senders})
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "label", "family", "style", "lang", "original", "sender"])
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main() -> None:
    originals = load_originals()
    for split in TARGETS:
        rows = write_split(originals, split, random.Random(f"{SEED}-{split}"))
        counts = {label: sum(1 for r in rows if r["label"] == label) for label in LABELS}
        print(f"{split}: {len(rows)} reports {counts}")


if __name__ == "__main__":
    main()
