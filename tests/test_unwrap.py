"""unwrap on realistic reports, one per forward style and mail client, French and English.

Each fixture in tests/fixtures/unwrap/ is a report as a doctor's mail client would send it
to the council; the expectations below are read off the message itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyze import Budget
from pipeline.settings import LimitsSettings
from pipeline.unwrap import unwrap

FIXTURES = Path(__file__).parent / "fixtures" / "unwrap"
COUNCIL = frozenset({"signalement@cdom-exemple.fr"})


def run(name: str, own=COUNCIL, **limits):
    return unwrap((FIXTURES / name).read_bytes(), Budget.start(LimitsSettings(**limits)), own)


# fixture, style, sender address, sender name, subject, date (ISO prefix), words of the
# original's text, words of the reporter's comment
INLINE_CASES = [
    ("gmail_fr_inline.eml", "certification@drcp-sante.fr", "Direction Régionale de Certification Périodique",
     "Dernier rappel avant radiation", "2024-03-18T08:47", "transmis pour radiation", "est-ce sérieux ?"),
    ("gmail_en_inline.eml", "support@doctolib-verification.com", "Doctolib Support",
     "Action required: verify your Doctolib account", "2024-03-28T21:14", "unusual activity", "does not look like Doctolib"),
    ("outlook_desktop_fr.eml", "noreply@andpc-validation.com", "ANDPC",
     "Activation de votre compte DPC", "2024-03-18T09:15", "confirmant vos identifiants", "reçu ce matin"),
    ("owa_html_only_en.eml", "securite@esante-ans.info", "Agence du Numérique en Santé",
     "Urgent: e-CPS card renewal required", "2024-03-19T13:48", "e-CPS will expire", "phishing attempt"),
    ("apple_iphone_fr.eml", "ne-pas-repondre@ordre-medecins-cotisation.com", "Ordre des Médecins",
     "Cotisation ordinale impayée", "2024-03-19T10:02", "FR76 3000 4000", "Arnaque ?"),
    ("thunderbird_fr.eml", "no-reply@prosante-connect.eu", "Pro Santé Connect",
     "Réinitialisation de votre mot de passe", "2024-03-18T11:20", "annulez-la immédiatement", "aucune réinitialisation"),
    ("yahoo_fr.eml", "contact@sante-formation-conseil.fr", "Santé Formation Conseil",
     "Formation DPC offerte", "2024-03-19T16:40", "09 70 12 34 56", "voulaient mes identifiants"),
    ("orange_webmail_fr.eml", "info@mondpc-formation.fr", "Mon DPC",
     "Vos droits DPC 2024 expirent", "2024-03-20T07:58", "https://bit.ly/3dpc2024", "je vous transfère"),
    ("sfr_zimbra_fr.eml", "ameli@remboursement-ameli.info", "Assurance Maladie",
     "Remboursement en attente", "2024-03-21T08:30", "coordonnées bancaires", "faux mail"),
    ("android_samsung_fr.eml", "greffe@chambre-disciplinaire-ordre.com", "Chambre disciplinaire",
     "Convocation disciplinaire", "2024-03-29T15:40", "frais de dossier", "aucune procédure"),
]


@pytest.mark.parametrize("name, address, sender_name, subject, date, text, comment", INLINE_CASES, ids=[c[0] for c in INLINE_CASES])
def test_inline_forward(name, address, sender_name, subject, date, text, comment):
    result = run(name)
    (original,) = result.originals
    assert original.forward_style == "inline"
    assert original.sender.address == address
    assert original.sender.name == sender_name
    assert original.subject == subject
    assert original.date.startswith(date)
    assert original.sender_verified is None  # nothing to verify an inline forward against
    assert text in original.text
    assert comment in result.reporter.comment
    # the forward header and the reporter's note stay out of the original's text
    assert comment not in original.text
    assert "De :" not in original.text and "From:" not in original.text


def test_reporter_is_the_outer_sender_with_decoded_name():
    result = run("thunderbird_fr.eml")
    assert result.reporter.address == "dr.garnier@laposte.net"
    assert result.reporter.name == "Dr Julien Garnier"
    assert result.subject == "Tr: Réinitialisation de votre mot de passe"  # RFC 2047, base64
    assert result.message_id == "<9b2e41f0-1c3a-4d27-a2b1-5c0f6d8e7a12@laposte.net>"
    assert result.date == "2024-03-18T11:45:00+01:00"


@pytest.mark.parametrize(
    "name, leaked",
    [
        ("gmail_fr_inline.eml", ["04 78 12 34 56", "rue des Lilas", "Cordialement"]),
        ("thunderbird_fr.eml", ["Pédiatre", "place du Marché"]),
        ("outlook_desktop_fr.eml", ["Cardiologue", "confidentiels"]),
        ("apple_iphone_fr.eml", ["iPhone"]),
        ("android_samsung_fr.eml", ["Samsung"]),
        ("owa_html_only_en.eml", ["+33 6 11 22 33 44", "Best regards"]),
        ("typed_sms_fr.eml", ["02 40 11 22 33", "Envoyé depuis", "Cordialement"]),
        ("typed_call_en.eml", ["Sent from my iPhone", "Best regards"]),
    ],
)
def test_reporter_signature_footer_and_disclaimer_are_stripped(name, leaked):
    result = run(name)
    for words in leaked:
        assert words not in result.reporter.comment
        assert all(words not in o.text for o in result.originals)


def test_outlook_disclaimer_is_not_part_of_the_original():
    (original,) = run("outlook_desktop_fr.eml").originals
    assert original.text.rstrip().endswith("L'équipe ANDPC")


def test_gmail_html_fragment_is_the_quoted_original_without_header():
    (original,) = run("gmail_fr_inline.eml").originals
    assert 'href="https://drcp-sante.fr/regularisation"' in original.html
    assert "gmail_attr" not in original.html and "Forwarded message" not in original.html
    assert "est-ce sérieux" not in original.html


def test_outlook_web_html_fragment_follows_the_header_block():
    (original,) = run("owa_html_only_en.eml").originals
    assert 'href="https://esante-ans.info/renew?u=jw"' in original.html
    assert "divRplyFwdMsg" not in original.html and "phishing attempt" not in original.html
    # the text of a link is shown beside its real target, for extraction
    assert "https://esante.gouv.fr/e-cps/renew <https://esante-ans.info/renew?u=jw>" in original.text


def test_apple_mail_reply_to_is_kept():
    (original,) = run("apple_iphone_fr.eml").originals
    assert original.reply_to == "recouvrement@cotisation-cnom.net"


def test_attached_original_with_failed_authentication():
    result = run("attached_rfc822_fr.eml")
    (original,) = result.originals
    assert original.forward_style == "attachment"
    assert original.sender.address == "securite@esante.gouv.fr"
    assert original.sender.name == "Agence du Numérique en Santé"
    assert original.reply_to == "support-cps@esante-securite.com"
    assert original.return_path == "bounce@esante-securite.com"
    assert original.subject == "Votre carte CPS expire : action requise"
    assert original.date == "2024-03-21T21:39:55+01:00"
    assert original.sender_verified is False  # dmarc=fail for esante.gouv.fr
    assert "confirmez votre code PIN" in original.text
    assert 'href="https://esante-securite.com/cps/renouveler"' in original.html
    assert ("Reply-To", "support-cps@esante-securite.com") in original.headers
    (pdf,) = original.attachments
    assert (pdf.filename, pdf.content_type) == ("Procedure_CPS.pdf", "application/pdf")
    assert pdf.size > 0 and len(pdf.sha256) == 64
    # the reporter's note is kept apart, without signature or phone number
    assert result.reporter.comment.startswith("Bonjour,")
    assert "demande ma carte CPS" in result.reporter.comment
    assert "06 12 34 56 78" not in result.reporter.comment
    assert "Ci-joint" not in original.text


def test_attached_eml_sent_as_octet_stream_with_aligned_dkim_is_verified():
    result = run("attached_octet_eml.eml")
    (original,) = result.originals
    assert original.forward_style == "attachment"
    assert original.sender.address == "contact@andpc-eu.com"
    # verified means "really sent by andpc-eu.com", which says nothing of being the ANDPC
    assert original.sender_verified is True
    assert result.reporter.comment == "See attached, received this morning."


def test_nested_attachments_give_innermost_original_and_every_forwarders_note():
    result = run("nested_secretary_fr.eml")
    (original,) = result.originals
    assert original.sender.address == "validation@certification-medecins.org"
    assert original.subject == "Validation de votre certification"
    assert result.reporter.address == "secretariat@cabinet-dupont.fr"
    assert result.reporter.name == "Secrétariat Cabinet Dupont"
    assert "Le Dr Dupont me demande" in result.reporter.comment
    assert "Je pense que c'est une arnaque" in result.reporter.comment
    assert "marc.dupont@cabinet-dupont.fr" in result.reporter.comment  # who wrote that note


def test_several_attached_originals_in_one_report():
    result = run("two_originals_en.eml")
    assert [o.sender.address for o in result.originals] == [
        "accreditation@has-sante-europe.com",
        "remboursement@urssaf-regul.fr",
    ]
    assert all(o.forward_style == "attachment" for o in result.originals)
    assert result.reporter.comment == "Hello, I received these two emails this week. Both look fake to me."


# several messages forwarded inline one after another in one report: fixture, then for each
# original its sender, subject, date, words of its own text and words of the other's text
SEQUENCE_CASES = [
    ("gmail_two_forwards_fr.eml", [
        ("securite@psc-authentification.fr", "Votre compte Pro Santé Connect sera désactivé", "2024-04-08T07:12",
         "psc-authentification.fr/valider", "01 86 95 42 17"),
        ("contact@andpc-espace-pro.com", "Dernier rappel : vos heures de DPC 2023-2025", "2024-04-10T06:55",
         "01 86 95 42 17", "e-CPS"),
    ]),
    ("apple_two_forwards_en.eml", [
        ("renewals@med-licence-office.eu", "Your medical licence renewal is overdue", "2024-04-10T22:41",
         "EUR 249", "RPPS"),
        ("no-reply@ordre-medecins-certification.org", "Certification periodique - action required", "2024-04-11T02:17",
         "RPPS number", "EUR 249"),
    ]),
    ("apple_two_forwards_fr.eml", [
        ("greffe@chambre-disciplinaire-ordre.fr", "Convocation devant la chambre disciplinaire", "2024-04-11T16:05",
         "frais de dossier", "ROSP"),
        ("remboursement@ameli-praticiens.info", "Trop-perçu de la ROSP 2023", "2024-04-12T08:12",
         "ameli-praticiens.info/rib", "frais de dossier"),
    ]),
]


@pytest.mark.parametrize("name, expected", SEQUENCE_CASES, ids=[c[0] for c in SEQUENCE_CASES])
def test_messages_forwarded_one_after_another_are_each_an_original(name, expected):
    result = run(name)
    assert len(result.originals) == len(expected)
    for original, (address, subject, date, own_words, other_words) in zip(result.originals, expected):
        assert original.forward_style == "inline"
        assert (original.sender.address, original.subject) == (address, subject)
        assert original.date.startswith(date)
        assert own_words in original.text and other_words not in original.text
        # the next forward header is not part of the previous original
        assert "transféré" not in original.text and "forwarded" not in original.text and "réexpédié" not in original.text
        if original.html:
            assert own_words.split()[0] in original.html and other_words not in original.html
    assert "Message transféré" not in result.reporter.comment and "Dernier rappel" not in result.reporter.comment


def test_gmail_sequence_keeps_each_originals_html():
    first, second = run("gmail_two_forwards_fr.eml").originals
    assert "psc-authentification.fr/valider" in first.html and "andpc-espace-pro.com" not in first.html
    assert "andpc-espace-pro.com/reserver" in second.html and "psc-authentification.fr" not in second.html


def test_a_forward_of_a_forward_under_the_same_gmail_title_stays_nested():
    # the secretary forwards the doctor's Gmail forward: same separator, but the inner message
    # was addressed to the doctor, who titled the outer "Fwd:"
    raw = (
        "From: Secrétariat <secretariat@cabinet-roux.fr>\nTo: signalement@cdom-exemple.fr\nSubject: Fwd: Fwd: Radiation\n\n"
        "Transmis à la demande du Dr Roux.\n\n"
        "---------- Forwarded message ---------\nFrom: Dr Paul Roux <paul.roux@gmail.com>\nDate: mar. 2 avr. 2024 à 10:00\n"
        "Subject: Fwd: Radiation\nTo: <secretariat@cabinet-roux.fr>\n\nPouvez-vous signaler ceci ?\n\n"
        "---------- Forwarded message ---------\nFrom: DRCP <notification@drcp-occitanie.fr>\nDate: lun. 1 avr. 2024 à 08:00\n"
        "Subject: Radiation\nTo: <paul.roux@gmail.com>\n\nVotre certification périodique est incomplète.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.sender.address, original.subject) == ("notification@drcp-occitanie.fr", "Radiation")
    assert original.text == "Votre certification périodique est incomplète."


def test_two_untitled_outlook_blocks_addressed_to_the_same_doctor_are_two_originals():
    # the doctor pasted two mails received the same day, each under Outlook's bare header block
    raw = (
        "From: Dr Mathieu Fabre <mathieu.fabre@msp-lesvignes.fr>\nTo: signalement@cdom-exemple.fr\nSubject: TR: cotisations\n\n"
        "Deux mails reçus le même jour au sujet de cotisations. Pouvez-vous regarder ?\n\n"
        "De : URSSAF <urssaf@notification-cotisant.fr>\nEnvoyé : mardi 18 février 2025 08:02\n"
        "À : mathieu.fabre@msp-lesvignes.fr\nObjet : Avis de régularisation\n\n"
        "Un montant de 1 248,00 € reste dû : https://urssaf-regularisation.info/avis\n\n"
        "De : CARMF <ne-pas-repondre@carmf.fr>\nEnvoyé : mercredi 22 janvier 2025 08:30\n"
        "À : mathieu.fabre@msp-lesvignes.fr\nObjet : Votre appel de cotisations 2025 est en ligne\n\n"
        "Votre appel de cotisations 2025 est disponible sur carmf.fr.\n"
    ).encode()
    result = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL)
    assert [o.sender.address for o in result.originals] == ["urssaf@notification-cotisant.fr", "ne-pas-repondre@carmf.fr"]
    assert "URSSAF" not in result.reporter.comment and "cotisations" in result.reporter.comment


def test_max_originals_is_a_recorded_cut():
    result = run("two_originals_en.eml", max_originals=1)
    assert len(result.originals) == 1
    assert any("originals" in d for d in result.defects)


def test_pasted_scam_text():
    result = run("pasted_fr.eml")
    (original,) = result.originals
    assert original.forward_style == "pasted"
    assert original.sender.address is None and original.sender.name is None
    assert original.text.startswith("Madame, Monsieur le Docteur,")
    assert "registre-certification.fr" in original.text
    assert "Médecin du travail" not in original.text  # the reporter's signature
    assert result.reporter.comment == "Bonjour, voici le texte du message reçu sur ma boîte professionnelle :"


@pytest.mark.parametrize("name, words", [("typed_sms_fr.eml", "07 56 78 90 12"), ("typed_call_en.eml", "+33 1 86 95 00 00")])
def test_typed_report_of_an_sms_or_a_call(name, words):
    result = run(name)
    (original,) = result.originals
    assert original.forward_style == "typed"
    assert original.sender.address is None
    assert words in original.text  # the number the scammer used, not the doctor's own
    assert words in result.reporter.comment


def test_redirect_keeps_the_scammers_from_and_names_the_redirector_as_reporter():
    result = run("redirect_resent_fr.eml")
    (original,) = result.originals
    assert original.forward_style == "direct"
    assert original.sender.address == "service@ameli.fr"
    assert original.reply_to == "ameli-pro@ameli-pro-securite.com"
    assert original.subject == "Mise à jour obligatoire de vos coordonnées"  # raw 8-bit UTF-8 header
    assert original.sender_verified is False
    assert result.reporter.address == "luc.fabre@medecin-exemple.fr"


def test_the_council_and_the_reporter_are_never_the_original_sender():
    raw = (
        "From: Dr Alice Noel <alice.noel@gmail.com>\nTo: signalement@cdom-exemple.fr\n"
        "Subject: TR: ma question\n\nVoici mon message précédent.\n\n"
        "---------- Forwarded message ---------\nFrom: Dr Alice Noel <alice.noel@gmail.com>\n"
        "Date: Mon, 18 Mar 2024 at 09:00\nSubject: question\nTo: signalement@cdom-exemple.fr\n\n"
        "Est-ce que le mail de la DRCP est vrai ?\n"
    ).encode()
    result = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL)
    (original,) = result.originals
    assert original.sender.address is None
    assert any("reporter or the council" in d for d in result.defects)


def test_name_only_sender_and_mailto_forms():
    raw = (
        "From: Dr Bruno Petit <b.petit@wanadoo.fr>\nTo: signalement@cdom-exemple.fr\nSubject: TR: DPC\n\n"
        "A voir.\n\n-----Message d'origine-----\nDe : Service DPC\nEnvoyé : mardi 2 avril 2024 10:00\n"
        "À : Petit Bruno\nObjet : Vos heures DPC\n\nAppelez le 01 23 45 67 89.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.sender.name, original.sender.address) == ("Service DPC", None)
    assert original.date == "2024-04-02T10:00:00"


def test_html_only_gmail_forward_carries_the_originals_attachments():
    raw = (
        b"From: Dr Eva Roche <eva.roche@gmail.com>\r\nTo: signalement@cdom-exemple.fr\r\n"
        b"Subject: Fwd: Facture ANDPC\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\n'
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b'<div dir="ltr">Faux ?<br><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>'
        b"From: <b>ANDPC Facturation</b> &lt;<a href=\"mailto:facture@andpc-paiement.com\">facture@andpc-paiement.com</a>&gt;<br>"
        b"Date: Tue, Apr 2, 2024 at 8:05 AM<br>Subject: Facture impay\xc3\xa9e<br>To: &lt;eva.roche@gmail.com&gt;<br></div><br>"
        b'<p>Reglez la facture jointe sur <a href="https://andpc-paiement.com/pay">andpc.fr</a>.</p></div></div>\r\n'
        b'--m\r\nContent-Type: application/pdf; name="facture.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        b"JVBERi0xLjQK\r\n--m--\r\n"
    )
    result = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL)
    (original,) = result.originals
    assert original.forward_style == "inline"
    assert (original.sender.name, original.sender.address) == ("ANDPC Facturation", "facture@andpc-paiement.com")
    assert original.subject == "Facture impayée"
    assert "andpc.fr <https://andpc-paiement.com/pay>" in original.text
    assert [a.filename for a in original.attachments] == ["facture.pdf"]
    assert result.reporter.comment == "Faux ?"


def test_attached_message_encoded_in_base64():
    import base64

    inner = b"From: Faux CNOM <cnom@ordre-paiement.fr>\r\nSubject: Cotisation\r\nTo: x@y.fr\r\n\r\nPayez ici.\r\n"
    raw = (
        b"From: Dr Y <y@exemple.fr>\r\nTo: signalement@cdom-exemple.fr\r\nSubject: faux mail\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nCi-joint.\r\n'
        b"--z\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(inner)
        + b"--z--\r\n"
    )
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert original.forward_style == "attachment"
    assert original.sender.address == "cnom@ordre-paiement.fr"
    assert "Payez ici." in original.text


def _attach(outer_from: str, outer_text: str, inner: bytes, boundary: str = "w") -> bytes:
    return (
        f"From: {outer_from}\r\nTo: signalement@cdom-exemple.fr\r\nSubject: TR: signalement\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n--{boundary}\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{outer_text}\r\n"
        f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n"
    ).encode() + inner + f"\r\n--{boundary}--\r\n".encode()


def test_three_levels_of_attached_forwards_keep_the_notes_outermost_first():
    scam = b"From: Faux ARS <ars@ars-sante-gouv.com>\r\nSubject: Controle\r\n\r\nEnvoyez votre RPPS.\r\n"
    doctor = _attach("Dr C <c@cab.fr>", "note du docteur", scam, "w1").replace(b"To: signalement@cdom-exemple.fr", b"To: b@cab.fr")
    assistant = _attach("Assistante B <b@cab.fr>", "note de l'assistante", doctor, "w2").replace(b"To: signalement@cdom-exemple.fr", b"To: a@cab.fr")
    report = _attach("Secretariat A <a@cab.fr>", "note du secretariat", assistant, "w3")
    result = unwrap(report, Budget.start(LimitsSettings()), COUNCIL)
    (original,) = result.originals
    assert original.sender.address == "ars@ars-sante-gouv.com"
    comment = result.reporter.comment
    assert comment.index("secretariat") < comment.index("assistante") < comment.index("docteur")


def test_the_reporters_own_attached_message_is_kept_without_naming_them():
    own = b"From: Dr D <d@cab.fr>\r\nSubject: mon brouillon\r\n\r\nTexte du SMS recu : payez au 0612345678.\r\n"
    result = unwrap(_attach("Dr D <d@cab.fr>", "voir ci-joint", own), Budget.start(LimitsSettings()), COUNCIL)
    (original,) = result.originals
    assert original.sender.address is None
    assert "0612345678" in original.text
    assert "0612345678" not in result.reporter.comment


def test_a_reply_to_the_scam_sent_to_the_council_reports_the_quoted_message():
    raw = (
        "From: Dr Anne Vidal <anne.vidal@gmail.com>\nTo: signalement@cdom-exemple.fr\nSubject: RE: Votre dossier DPC\n\n"
        "Je n'ai jamais demandé ce dossier.\n\n"
        "Le mar. 2 avr. 2024 à 10:12, Service DPC <dossier@dpc-gestion.fr> a écrit :\n"
        "> Docteur, envoyez-nous votre numéro RPPS et votre mot de passe.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.forward_style, original.sender.address, original.sender.name) == ("inline", "dossier@dpc-gestion.fr", "Service DPC")
    assert original.date == "2024-04-02T10:12:00"
    assert original.text == "Docteur, envoyez-nous votre numéro RPPS et votre mot de passe."


def test_a_hijacked_thread_sent_elsewhere_stays_the_message_itself():
    raw = (
        "From: Compta <compta@fournisseur-pirate.com>\nTo: dr.x@exemple.fr\nSubject: RE: facture\n\n"
        "Voici notre nouveau RIB.\n\n"
        "On Tue, Apr 2, 2024 at 10:12 AM Dr X <dr.x@exemple.fr> wrote:\n> Merci pour la facture.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert original.forward_style == "direct"
    assert original.sender.address == "compta@fournisseur-pirate.com"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.eml")))
def test_output_fits_the_report_contract(name):
    import json

    import jsonschema

    from pipeline.report import PLACEHOLDER_DECISION, Indicators, Report, report_schema

    result = run(name)
    report = Report(
        source=name, message_id=result.message_id, reporter=result.reporter, originals=result.originals,
        indicators=Indicators(), verdict=PLACEHOLDER_DECISION.verdict, confidence=0.0, needs_review=True,
        defects=result.defects, subject=result.subject, received=result.date,
    )
    jsonschema.validate(json.loads(report.to_json()), report_schema())


def test_a_bounce_with_the_scams_headers_gives_its_sender():
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.cabinet.fr>\r\nTo: signalement@cdom-exemple.fr\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n'
        b"--r\r\nContent-Type: text/plain\r\n\r\nThis is the mail system.\r\n"
        b"--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.cabinet.fr\r\n\r\n"
        b"--r\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        b"From: CPAM <remboursement@cpam-rembourse.fr>\r\nSubject: Remboursement\r\nDate: Tue, 2 Apr 2024 10:00:00 +0200\r\n"
        b"\r\n--r--\r\n"
    )
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.forward_style, original.sender.address) == ("attachment", "remboursement@cpam-rembourse.fr")


def test_header_like_lines_in_a_message_that_is_not_a_forward():
    raw = (
        "From: Facturation <factures@fournisseur-faux.com>\nTo: dr.x@exemple.fr\nSubject: Facture 2024-118\n\n"
        "Madame, Monsieur,\n\nFrom: Fournisseur Médical SARL\nTo: Cabinet du Dr X\nDate: 02/04/2024\n\n"
        "Merci de régler la facture sur notre nouveau compte.\n"
    ).encode()
    (original,) = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (original.forward_style, original.sender.address) == ("direct", "factures@fournisseur-faux.com")


def test_a_reminder_forwarded_after_the_first_message_is_an_original_of_its_own():
    # the second subject contains the first: still two messages the doctor received
    raw = (
        "From: Dr Anne Vidal <anne.vidal@gmail.com>\nTo: signalement@cdom-exemple.fr\nSubject: Fwd: Votre compte DPC\n\n"
        "Reçus à deux jours d'intervalle.\n\n"
        "---------- Message transféré ---------\nDe : Mon DPC <info@mondpc-relance.fr>\nDate: lun. 1 avr. 2024 à 08:00\n"
        "Subject: Votre compte DPC\nTo: <anne.vidal@gmail.com>\n\nActivez votre compte avant vendredi.\n\n"
        "---------- Message transféré ---------\nDe : Mon DPC <rappel@mondpc-relance.fr>\nDate: mer. 3 avr. 2024 à 08:00\n"
        "Subject: Rappel : Votre compte DPC\nTo: <anne.vidal@gmail.com>\n\nDernier rappel : activez votre compte.\n"
    ).encode()
    first, second = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (first.sender.address, first.text) == ("info@mondpc-relance.fr", "Activez votre compte avant vendredi.")
    assert (second.sender.address, second.subject) == ("rappel@mondpc-relance.fr", "Rappel : Votre compte DPC")


def test_an_html_only_gmail_forward_of_two_messages():
    # the same report as Gmail sends it without its text alternative
    from email import message_from_bytes
    from email.policy import compat32

    message = message_from_bytes((FIXTURES / "gmail_two_forwards_fr.eml").read_bytes(), policy=compat32)
    headers = "".join(f"{k}: {v}\n" for k, v in message.items() if k.lower() not in ("content-type", "mime-version"))
    html = message.get_payload()[1].get_payload(decode=True)
    raw = headers.encode() + b"MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n" + html
    first, second = unwrap(raw, Budget.start(LimitsSettings()), COUNCIL).originals
    assert (first.sender.address, second.sender.address) == ("securite@psc-authentification.fr", "contact@andpc-espace-pro.com")
    assert "andpc-espace-pro.com" not in first.text + first.html and "psc-authentification.fr" not in second.text + second.html
