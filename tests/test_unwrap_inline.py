"""Forward headers in text, as French webmails and mobile apps print them."""

from __future__ import annotations

import pytest

from pipeline.unwrap.inline import find_forward, parse_mailbox


@pytest.mark.parametrize(
    "text, address, name, subject",
    [
        (  # La Poste webmail (OX App Suite)
            "Bonjour\n\n---------- Message d'origine ----------\nDe: \"Mon Espace Santé\" <info@monespace-sante.net>\n"
            "À: dr.leroy@laposte.net\nDate: 18 mars 2024 à 10:15\nObjet: Document en attente\n\nCliquez ici",
            "info@monespace-sante.net", "Mon Espace Santé", "Document en attente",
        ),
        (  # Free / Zimbra
            "----- Mail transféré -----\nDe: \"URSSAF\" <contact@urssaf-recouvrement.org>\nÀ: \"Dr Blanc\" <blanc@free.fr>\n"
            "Envoyé: Mardi 19 Mars 2024 08:02:11\nObjet: Majoration de retard\n\nPayez avant jeudi.",
            "contact@urssaf-recouvrement.org", "URSSAF", "Majoration de retard",
        ),
        (  # Outlook's text of an HTML forward: bold labels, mailto links
            "*De :* ANS <securite@ans-verif.com <mailto:securite@ans-verif.com>>\n*Envoyé :* lundi 18 mars 2024 09:00\n"
            "*À :* Dr X <x@exemple.fr>\n*Objet :* Carte CPS\n\nRenouvelez-la.",
            "securite@ans-verif.com", "ANS", "Carte CPS",
        ),
        (  # iOS Mail in English with a display name in quotes
            "Sent from my iPhone\n\nBegin forwarded message:\n\n> From: \"HAS\" <noreply@has-certif.com>\n"
            "> Date: March 18, 2024 at 9:00:00 AM GMT+1\n> To: doc@exemple.fr\n> Subject: Certification\n>\n> Text",
            "noreply@has-certif.com", "HAS", "Certification",
        ),
        (  # Outlook for Mac, reply-style intro
            "Le 18/03/2024 09:15, « Service DPC » <dpc@service-dpc.info> a écrit :\n\n    Vos droits expirent.",
            "dpc@service-dpc.info", "Service DPC", None,
        ),
    ],
)
def test_french_webmail_and_app_forwards(text, address, name, subject):
    found = find_forward(text)
    assert found is not None
    assert (found.sender_address, found.sender_name) == (address, name)
    assert found.fields.get("subject") == subject
    assert found.body and "De:" not in found.body and "From:" not in found.body


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\nDe : mon point de vue, ce message est étrange.\nMerci de vérifier.",
        "Subject: the agenda for Monday\nPlease read it.",
        "Le rendez-vous est à 10:30, merci.",
        "",
    ],
)
def test_ordinary_text_is_not_a_forward(text):
    assert find_forward(text) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Doe, John <john@x.fr>", ("Doe, John", "john@x.fr")),
        ("=?utf-8?q?x?= <a@b.fr>", ("=?utf-8?q?x?=", "a@b.fr")),
        ("John [mailto:JOHN@X.FR]", ("John", "john@x.fr")),
        ("Jean (jean@x.fr)", ("Jean", "jean@x.fr")),
        ("'a@b.fr' <a@b.fr>", (None, "a@b.fr")),
        ("Service Formation", ("Service Formation", None)),
    ],
)
def test_parse_mailbox(value, expected):
    assert parse_mailbox(value) == expected
