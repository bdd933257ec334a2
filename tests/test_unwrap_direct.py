"""A report without any forward: the reporter's own paste or description (the sender of
the original is unknown, never the reporter), or the suspicious message itself (direct)."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import compat32
from pathlib import Path

import pytest

from pipeline.analyze import Budget
from pipeline.report import Person
from pipeline.settings import LimitsSettings
from pipeline.unwrap import unwrap
from pipeline.unwrap.direct import is_the_message_itself

FIXTURES = Path(__file__).parent / "fixtures" / "unwrap"
COUNCIL = frozenset({"signalement@cdom-exemple.fr"})


def run(name: str, own=COUNCIL):
    return unwrap((FIXTURES / name).read_bytes(), Budget.start(LimitsSettings()), own)


@pytest.mark.parametrize(
    "name, style, words",
    [
        # typed: "Reçu par SMS…", signed, CRLF line ends
        ("typed_sms_crlf_fr.eml", "typed", "certif-medecins.fr/v/SM2291"),
        # nothing but the SMS and a phone's footer: the subject says what it is
        ("pasted_sms_bare_fr.eml", "pasted", "andpc-reactivation.fr/c/TG5518"),
        # a neutral subject, the text signed by the doctor who sends it
        ("pasted_signed_en.eml", "pasted", "nhs-smartcard-renewal.co/verify"),
    ],
)
@pytest.mark.parametrize("own", [COUNCIL, frozenset()], ids=["council known", "council unknown"])
def test_a_reporters_paste_or_description_never_names_the_reporter(name, style, words, own):
    result = run(name, own=own)
    (original,) = result.originals
    assert original.forward_style == style
    assert original.sender.address is None and original.sender.name is None
    assert result.reporter.address and result.reporter.address not in (original.text or "")
    assert words in original.text
    assert "02 40 12 34 56" not in original.text and "+33 4 93 11 22 33" not in original.text  # signatures


@pytest.mark.parametrize(
    "name, address",
    [
        # bulk-mail headers outweigh a subject that reads like a reporter's
        ("direct_bulk_scam_fr.eml", "alerte@securite-compte-pro.com"),
        # the council's server recorded an authentication failure of the From domain
        ("direct_spoofed_en.eml", "paul.meyer.cardio@gmail.com"),
    ],
)
@pytest.mark.parametrize("own", [COUNCIL, frozenset()], ids=["council known", "council unknown"])
def test_a_scam_delivered_straight_to_the_council_is_direct(name, address, own):
    (original,) = run(name, own=own).originals
    assert (original.forward_style, original.sender.address) == ("direct", address)


ANNE = Person("a.vidal@orange.fr", "Anne Vidal")


def _message(headers: str, body: str):
    return message_from_bytes(f"{headers}\n\n{body}".encode(), policy=compat32), body


@pytest.mark.parametrize(
    "subject, body, itself",
    [
        ("Urgent", "Votre mot de passe expire aujourd'hui. Cliquez ici.", True),  # no sign: the From sent it
        ("SMS bizarre", "Votre colis est en attente : https://colis-suivi.info", False),
        ("Appel reçu ce jour", "Un homme disant appeler de l'ANDPC voulait mes identifiants.", False),
        ("Re", "Texto reçu de +33 6 12 34 56 78 :\nVotre compte DPC est bloqué.", False),
        ("Info", "Your account is locked.\n\nWhat should I do?", False),
        ("Info", "Votre compte DPC est bloqué.\n\nDocteur Anne VIDAL\nPédiatre", False),  # the sender signs as a doctor
        ("Info", "Votre compte DPC est bloqué.\n\nService Mon DPC", True),
    ],
)
def test_signs_of_a_reporter(subject, body, itself):
    msg, text = _message(f"From: Anne Vidal <a.vidal@orange.fr>\nTo: signalement@cdom-exemple.fr\nSubject: {subject}", body)
    assert is_the_message_itself(msg, text, subject, ANNE, {"signalement@cdom-exemple.fr"}, COUNCIL) is itself


@pytest.mark.parametrize(
    "header",
    [
        "List-Unsubscribe: <mailto:unsubscribe@news.example>",
        "Precedence: bulk",
        "Auto-Submitted: auto-generated",
        "Received-SPF: fail (mx.cdom-exemple.fr: domain does not designate 1.2.3.4)",
    ],
)
def test_headers_of_the_message_itself_outweigh_a_reporting_subject(header):
    msg, text = _message(f"From: Alerte <alerte@compte-pro.info>\nTo: signalement@cdom-exemple.fr\n{header}", "Connexion suspecte.")
    assert is_the_message_itself(msg, text, "Alerte fraude ?", Person("alerte@compte-pro.info", "Alerte"), {"signalement@cdom-exemple.fr"}, COUNCIL)


def test_a_text_naming_its_recipients_mailbox_is_the_message_itself():
    msg, text = _message("From: Admin <admin@quota-mail.info>\nTo: signalement@cdom-exemple.fr", "Dear signalement@cdom-exemple.fr, your mailbox is full?")
    assert is_the_message_itself(msg, text, "Mailbox full?", Person("admin@quota-mail.info", "Admin"), {"signalement@cdom-exemple.fr"}, COUNCIL)


def test_a_reporter_copying_themselves_is_not_named_in_their_own_text():
    msg, text = _message(
        "From: Anne Vidal <a.vidal@orange.fr>\nTo: signalement@cdom-exemple.fr\nCc: a.vidal@orange.fr",
        "Votre colis est en attente : https://colis-suivi.info\n\nA. Vidal - a.vidal@orange.fr",
    )
    assert not is_the_message_itself(msg, text, "SMS bizarre", ANNE, {"signalement@cdom-exemple.fr", "a.vidal@orange.fr"}, COUNCIL)


def test_the_words_of_a_reporter_win_over_bulk_headers():
    # a council whose reporting address is a list alias: every report carries List-Id
    raw = (
        "From: Dr Anne Vidal <a.vidal@orange.fr>\nTo: signalement@cdom-exemple.fr\nList-Id: <signalement.cdom-exemple.fr>\n"
        "Subject: Appel suspect\n\nOn m'a appelé ce matin en se disant de l'ANDPC pour me demander mes identifiants.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.forward_style, original.sender.address) == ("typed", None)
