"""Messages and settings for the worker's tests (source, poll, worker).

Reports are built here (French scams forwarded in several styles, and real phishing from
../shared/corpora forwarded as attachments), the malformed one is read from
../shared/corpora, the 30 MB one is built here.
"""

from __future__ import annotations

import email
import email.policy
import functools
import re
from email.message import EmailMessage
from pathlib import Path

from pipeline.analyze import Analyzer
from pipeline.settings import parse_settings

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(__file__).parents[2] / "shared" / "corpora"
MALFORMED = CORPORA / "mail-parser" / "mails" / "mail_malformed_1"


def crlf(raw: bytes) -> bytes:
    """Line ends as on the wire (an IMAP server hands messages back with CRLF)."""
    return re.sub(rb"\r?\n", b"\r\n", raw)


DOCTORS = [
    ("Dr Claire Petit", "claire.petit@cabinet-petit.fr"),
    ("Dr Rémi André", "cabinet.andre@hotmail.fr"),
    ("Dr Sophie Nguyen", "s.nguyen@orange.fr"),
    ("Secrétariat Dr Lefèvre", "secretariat.lefevre@gmail.com"),
]
SCAMS = [
    ("Direction régionale de certification périodique", "dossier@certif-periodique-{n}.com",
     "Certification périodique : dossier incomplet",
     "Votre dossier de certification périodique est incomplet. Sans régularisation sous 48 h "
     "sur https://certif-periodique-{n}.com/dossier vous serez radié du tableau."),
    ("ANDPC", "no-reply@agencedpc-{n}.fr",
     "Activez votre compte DPC",
     "Vos droits DPC 2026 expirent. Activez votre compte sur http://agencedpc.fr.compte-{n}.com/activer "
     "ou appelez le 01 84 60 {n2} 12."),
    ("Formation DPC Santé", "contact@formation-sante-{n}.fr",
     "Formations DPC prises en charge",
     "Nos sessions DPC sont financées par vos droits ANDPC. Inscriptions sur https://www.formation-sante-{n}.fr/catalogue."),
    ("Ordre des médecins", "ne-pas-repondre@ordre-medecins-{n}.org",
     "Mise à jour de vos identifiants RPPS",
     "Merci de confirmer vos identifiants e-CPS et votre mot de passe sur https://ordre-medecins-{n}.org/rpps."),
]


def reports(count: int, start: int = 0) -> list[bytes]:
    """`count` distinct reports (CRLF line ends): doctors forwarding French scams inline
    (Gmail, Outlook) or as an attached message, and real phishing from ../shared/corpora
    forwarded as attachments."""
    phishing = sorted((CORPORA / "phishing_pot" / "eml").glob("*.eml"))
    made = []
    for i in range(start, start + count):
        name, address = DOCTORS[i % len(DOCTORS)]
        sender_name, sender, subject, body = SCAMS[i % len(SCAMS)]
        sender, body = sender.format(n=i), body.format(n=i, n2=f"{i % 100:02d}")
        report = EmailMessage()
        report["From"] = f"{name} <{address}>"
        report["To"] = "signalements@cdom-exemple.fr"
        report["Date"] = f"Mon, 16 Nov 2026 {8 + i % 10:02d}:{i % 60:02d}:00 +0100"
        report["Message-ID"] = f"<report-{i}@{address.partition('@')[2]}>"
        style = i % 3
        if style == 0:
            report["Subject"] = f"Fwd: {subject}"
            report.set_content(
                f"Bonjour,\nEst-ce une arnaque ?\n{name}\n\n---------- Forwarded message ---------\n"
                f"De : {sender_name} <{sender}>\nDate: lun. 16 nov. 2026 à 07:{i % 60:02d}\n"
                f"Subject: {subject}\nTo: <{address}>\n\n{body}\n"
            )
        elif style == 1:
            report["Subject"] = f"TR: {subject}"
            report.set_content(
                f"Je vous transmets ce message reçu ce matin.\n\n________________________________\n"
                f"De : {sender_name} <{sender}>\nEnvoyé : lundi 16 novembre 2026 07:{i % 60:02d}\n"
                f"À : {address}\nObjet : {subject}\n\n{body}\n"
            )
        else:
            report["Subject"] = "Message suspect"
            report.set_content("Bonjour, je vous signale le message ci-joint.\nCordialement")
            original = phishing[i % len(phishing)].read_bytes() if phishing else b""
            if not original:
                original = f"From: {sender_name} <{sender}>\nSubject: {subject}\n\n{body}\n".encode()
            report.add_attachment(email.message_from_bytes(original, policy=email.policy.default))
        made.append(crlf(report.as_bytes(policy=email.policy.SMTP)))
    return made


def big_report(size: int = 30 * 1024 * 1024) -> bytes:
    """A doctor forwarding a scam with a large scanned attachment (`size` bytes in all)."""
    head = (
        b"From: Dr Claire Petit <claire.petit@cabinet-petit.fr>\r\n"
        b"To: signalements@cdom-exemple.fr\r\n"
        b"Subject: Fwd: Certification periodique - dossier incomplet\r\n"
        b"Message-ID: <big-30mb@cabinet-petit.fr>\r\n"
        b"Date: Mon, 16 Nov 2026 09:12:00 +0100\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=\"sep\"\r\n\r\n"
        b"--sep\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Bonjour, je recois ceci avec un scan en piece jointe, est-ce serieux ?\r\n"
        b"---------- Forwarded message ---------\r\n"
        b"De : Direction regionale de certification periodique <dossier@certif-periodique-ars.com>\r\n"
        b"Objet : Dossier incomplet\r\n\r\n"
        b"Completez votre dossier sous 48 h sur https://certif-periodique-ars.com/dossier sous peine de radiation.\r\n"
        b"--sep\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    )
    line = b"JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+\r\n"
    tail = b"--sep--\r\n"
    return head + line * ((size - len(head) - len(tail)) // len(line)) + tail


def malformed() -> bytes:
    return crlf(MALFORMED.read_bytes())


def settings(tmp_path: Path, mailbox: dict, **sections):
    data = {"mailbox": mailbox, "storage": {"database": str(tmp_path / "var" / "triage.db")}, **sections}
    return parse_settings(data)


@functools.lru_cache(maxsize=None)
def _analyzer(max_seconds: float) -> Analyzer:
    return Analyzer(parse_settings({"limits": {"max_seconds": max_seconds}}), with_model=False)


def analyzer(s) -> Analyzer:
    """The real analysis (rules only: the model is not what these tests are about; loading
    it once per test would only slow them down)."""
    return _analyzer(s.limits.max_seconds)
