"""The reporter's signature is left out of typed and pasted reports; a scam's signature stays."""

import pytest

from pipeline.extract import extract
from pipeline.report import Reporter, Unwrapped
from tests.extract_support import budget, gazetteer, original, run


def extract_with_reporter(o, name, address="dr.martin@orange.fr"):
    unwrapped = Unwrapped(reporter=Reporter(address, name, ""), originals=[o])
    return extract(unwrapped, gazetteer(), budget()), unwrapped


def test_the_reporters_signature_in_a_typed_report_is_not_an_indicator():
    typed = original(text="Bonsoir,\nappel ce jour de la « direction régionale de certification périodique » (tel 04 28 29 61 73).\n"
                          "Je vous le signale.\n\nValérie Roux\nMédecin généraliste à Blagnac\nTél : 05.61.71.20.54\n"
                          "www.cabinet-roux-blagnac.fr\n", style="typed")
    indicators, _ = run(typed, comment="")
    indicators_named, _ = extract_with_reporter(typed, "Valérie Roux")
    assert [p.e164 for p in indicators_named.phones] == ["+33428296173"] and indicators_named.urls == []
    # without knowing the reporter's name nothing is cut
    assert {p.e164 for p in indicators.phones} == {"+33428296173", "+33561712054"}


@pytest.mark.parametrize("signature", ["Dr Marc DURAND\nCabinet : 05 61 42 90 03", "Docteur M. Durand\n05 61 42 90 03",
                                       "Marc Durand, MD\n+33 5 61 42 90 03", "Durand\n05 61 42 90 03"])
def test_signature_forms(signature):
    pasted = original(text=f"Reçu ce matin :\n« Rappelez le 01 73 29 84 56 pour vos droits DPC »\n\n{signature}\n", style="pasted")
    indicators, _ = extract_with_reporter(pasted, "Marc Durand")
    assert [p.e164 for p in indicators.phones] == ["+33173298456"]


def test_a_direct_message_keeps_its_signature_unless_the_reporter_introduces_it():
    scam = original(text="Docteur,\nvos droits DPC expirent. Votre conseillère :\n\nSophie Martin\n06 12 34 56 78\n",
                    style="direct", sender="sophie.martin@formation-dpc.example", sender_name="Sophie Martin")
    indicators, _ = extract_with_reporter(scam, "Sophie Martin", address="sophie.martin@formation-dpc.example")
    assert [p.e164 for p in indicators.phones] == ["+33612345678"]
    reported = original(text="J'ai reçu ce SMS : « appelez le 09 70 19 34 52 »\n\nSophie Martin\n06 12 34 56 78\n",
                        style="direct", sender="sophie.martin@orange.fr", sender_name="Sophie Martin")
    indicators, _ = extract_with_reporter(reported, "Sophie Martin", address="sophie.martin@orange.fr")
    assert [p.e164 for p in indicators.phones] == ["+33970193452"]


def test_links_in_the_signature_of_an_html_typed_report_are_left_out():
    html = ("<div>J'ai reçu ce SMS : « rappelez le 01 73 29 84 56, voir droits-dpc-formation.fr »</div>"
            "<div>Marc Durand</div><div>05 61 42 90 03</div>"
            "<div><a href='https://www.cabinet-durand.fr/'>www.cabinet-durand.fr</a></div>")
    indicators, _ = extract_with_reporter(original(html=html, style="typed"), "Marc Durand")
    assert [u.host for u in indicators.urls] == ["droits-dpc-formation.fr"]
    assert [p.e164 for p in indicators.phones] == ["+33173298456"]


def test_a_scam_saying_we_received_a_request_keeps_its_links():
    """« Nous avons reçu une demande » is the scam's own voice, not a reporter introducing a paste:
    the line with its sender's name in the middle of the text does not cut the rest away."""
    scam = original(text="Bonjour,\nNous avons reçu une demande de réinitialisation du mot de passe associé à votre compte\n"
                         "Mon DPC.\n\nCliquez ici : https://mondpc-securite.com/reset?t=1\n",
                    style="direct", sender="ne-pas-repondre@mondpc-securite.com", sender_name="Mon DPC")
    indicators, _ = extract_with_reporter(scam, "Mon DPC", address="ne-pas-repondre@mondpc-securite.com")
    assert [u.host for u in indicators.urls] == ["mondpc-securite.com"]


def test_a_doctor_signing_below_an_inline_forward_is_not_an_indicator():
    forwarded = original(text="Vous avez demandé l'activation de votre e-CPS. Votre code : 418 207.\n\nAgence du Numérique en Santé\n\n"
                              "Julien Petit\nMédecin généraliste - Doué-en-Anjou\n06 12 34 56 78\ndrpetit-doue.fr\n", style="inline",
                         sender=None, sender_name="e-CPS")
    indicators, _ = extract_with_reporter(forwarded, "Julien Petit", address="julien.petit@orange.fr")
    assert indicators.urls == [] and indicators.phones == []
