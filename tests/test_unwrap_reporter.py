"""The reporter's own words: signatures, footers, disclaimers; typed or pasted."""

from __future__ import annotations

import pytest

from pipeline.unwrap.reporter import reads_as_report, split_paste, strip_footers, strip_signature, typed_or_pasted


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Est-ce une arnaque ?\n\nBien confraternellement,\nDr Paul Morel\n06 01 02 03 04", "Paul Morel", "Est-ce une arnaque ?"),
        ("Pour info.\n-- \nDr Morel\nCabinet médical", None, "Pour info."),
        ("Pour info.\nMorel Paul\nGénéraliste", "Dr Paul MOREL", "Pour info."),
        ("Voir ci-dessous.\nDr Morel", None, "Voir ci-dessous."),
        ("Thanks for checking.\n\nKind regards,\nJohn", None, "Thanks for checking."),
    ],
)
def test_signature_is_cut(text, name, kept):
    assert strip_signature(text, name) == kept


@pytest.mark.parametrize(
    "footer",
    [
        "Envoyé de mon iPhone", "Sent from my Galaxy", "Télécharger Outlook pour Android",
        "Provenance : Courrier pour Windows", "Get Outlook for iOS",
    ],
)
def test_mobile_footers_are_removed(footer):
    assert strip_footers(f"C'est un faux.\n\n{footer}\n") == "C'est un faux."


def test_disclaimer_and_what_follows_are_removed():
    text = "A vérifier.\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive.\nSuite."
    assert strip_footers(text) == "A vérifier."


def test_typed_or_pasted():
    assert typed_or_pasted("On m'a appelé ce matin en se présentant comme l'ANDPC, la personne voulait mes identifiants.") == "typed"
    assert typed_or_pasted("Madame, Monsieur,\nVotre compte DPC expire. Cliquez ici.") == "pasted"


def test_split_paste_needs_the_reporter_to_hand_it_over():
    assert split_paste("Voici le message reçu :\n\nDocteur, payez.") == ("Voici le message reçu :", "Docteur, payez.")
    assert split_paste("Is this a scam?\n\nDear doctor, pay now.") == ("Is this a scam?", "Dear doctor, pay now.")
    assert split_paste("Bonjour,\nCopie du message :\n\nCher confrère, rappelez-moi.") == (
        "Bonjour,\nCopie du message :", "Cher confrère, rappelez-moi.")
    assert split_paste("Bonjour\nMail reçu hier soir :\n\nDocteur, payez.") == ("Bonjour\nMail reçu hier soir :", "Docteur, payez.")
    # the whole note, SMS quoted inside, then only the reporter's signature: nothing to split
    assert split_paste("SMS « ANS-CPS » reçu ce matin :\nANS: des frais de port de 2,99EUR restent a regler.\n"
                       "Je n'ai rien commandé.\n\nDr Gaëlle Henry\nRemplaçante en médecine générale\n07 68 12 44 03") is None
    # a scam that talks of phishing is not a reporter's note
    assert split_paste("Protect yourself against phishing.\n\nClick here to secure your account.") is None


def test_a_second_greeting_opens_the_pasted_message():
    text = "Bonjour,\nQu'en pensez-vous\n\nDocteur,\nVotre compte sera suspendu. Cliquez ici."
    assert split_paste(text) == ("Bonjour,\nQu'en pensez-vous", "Docteur,\nVotre compte sera suspendu. Cliquez ici.")


@pytest.mark.parametrize(
    "text, report",
    [
        ("Voir la capture d'écran ci-jointe.", True),
        ("Pour information, reçu sur ma messagerie.", True),
        ("Is this real? Screenshot attached.", True),
        ("Dear customer, your account is suspended. Click here to restore access.", False),
        ("Madame, Monsieur,\nVotre cotisation est impayée. Réglez sous 48 heures.", False),
    ],
)
def test_reads_as_report(text, report):
    assert reads_as_report(text) is report


def test_a_request_starting_with_merci_is_not_a_signature():
    text = "Bonjour,\nMerci de vérifier ce mail.\nCordialement, Dr Roux\n04 00 00 00 00"
    assert strip_signature(text) == "Bonjour,\nMerci de vérifier ce mail."


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\nLa CPAM m'a appelé cet après-midi pour un rendez-vous, est-ce bien eux ?",
        "Un courtier m'appelle régulièrement au cabinet pour revoir ma prévoyance.",
        "Reçu par SMS ce matin, numéro ANDPC-INFO :\n\"ANDPC: votre compte doit etre reactive\"",
        "Texto reçu de +33 6 45 70 28 19 :\nDocteur, votre enveloppe formation sera perdue.",
        "Ma secrétaire a reçu trois appels d'un homme disant appeler de la part de l'Ordre.",
        "Got this by text last night: your parcel is waiting, pay the fees.",
    ],
)
def test_descriptions_of_a_call_or_an_sms_are_typed(text):
    assert typed_or_pasted(text) == "typed"


def test_a_scam_asking_to_be_called_is_not_a_description():
    assert not reads_as_report("Docteur, votre dossier est bloqué. N'hésitez pas à m'appeler au 01 89 16 42 70.")


def test_a_titled_signature_is_not_a_second_greeting():
    text = "Bonjour,\nOn m'a appelé trois fois pour ma certification.\n\nDocteur Agnès BRUN\nOphtalmologiste"
    assert split_paste(text) is None


def test_a_greeting_naming_the_doctor_does_not_end_a_pasted_scam():
    pasted = ("Objet : Votre obligation de certification périodique\n\nDocteur Noël,\n\n"
              "Votre dossier sera transmis pour suspension. Un conseiller au 01 84 80 43 12.\n\nDirection régionale")
    assert strip_signature(pasted, "Pauline Noël", at_closing=False) == pasted
    assert strip_signature("Je vous signale ce mail.\n\nPauline Noël\nMédecin scolaire", "Pauline Noël") == "Je vous signale ce mail."
