"""Phone numbers: French and international formats in E.164, and nothing that only looks like one."""

import pytest

from pipeline.extract.phones import find_phones, parse_phone_link


def e164s(text):
    return [p.e164 for p in find_phones(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rappelez-nous au 06 12 34 56 78 rapidement.", "+33612345678"),
        ("Tél. : 01.84.60.12.34", "+33184601234"),
        ("appelez le 01-84-60-12-34", "+33184601234"),
        ("SMS au 0612345678", "+33612345678"),
        ("Numéro vert 0 800 288 038 du lundi au vendredi", "+33800288038"),
        ("Service au 09 70 80 90 00 (non surtaxé)", "+33970809000"),
        ("Contact : +33 6 12 34 56 78", "+33612345678"),
        ("Contact : +33 (0)1 84 60 12 34", "+33184601234"),
        ("Contact : 0033 6 12 34 56 78", "+33612345678"),
        ("Contact : (+33) 6 12 34 56 78", "+33612345678"),
        ("Call us on +44 20 7946 0958", "+442079460958"),
        ("Bureau de Bruxelles : +32 2 555 12 34", "+3225551234"),
        ("Genève : +41 22 123 45 67", "+41221234567"),
        ("Assistance\u00a0: 07\u00a081\u00a023\u00a045\u00a067", "+33781234567"),
        # a reference word on the line above does not reach the number
        ("Order form: shop.example/order\nWhatsApp: +44 7451 220 918", "+447451220918"),
    ],
)
def test_phone_numbers_are_found_in_e164(text, expected):
    phones = find_phones(text)
    assert [p.e164 for p in phones] == [expected]
    assert phones[0].text in " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous le 01/02/2025 à 10:30, ou le 12.03.2025",
        "Cabinet médical, 12 rue de la Paix, 75008 Paris",
        "SIRET : 123 456 789 00012 – SIREN 123 456 789",
        "N° RPPS : 10101234567, n° ADELI : 751234567",
        "RPPS 0 612 345 678 9",
        "Montant dû : 1 250,00 €, soit 0612345678 € au total",
        "Référence de commande : 06 12 34 56 78",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "Serveur 192.168.100.200 et 10.0.0.1",
        "Dossier n° 2024-06-123456",
        "Version 3.12.0, build 0612345678901",
        "Votre code : 01 23 45 67 89",
    ],
)
def test_numbers_that_are_not_phones_are_not_taken(text):
    assert e164s(text) == []


def test_several_numbers_in_one_text_keep_their_order():
    text = "Appelez le 01 84 60 12 34 ou, en cas d'absence, le 06 12 34 56 78."
    assert e164s(text) == ["+33184601234", "+33612345678"]


def test_tel_links():
    assert parse_phone_link("tel:+33184601235").e164 == "+33184601235"
    assert parse_phone_link("tel:01%2084%2060%2012%2035").e164 == "+33184601235"
    assert parse_phone_link("sms:0612345678?body=STOP").e164 == "+33612345678"
    assert parse_phone_link("tel:12") is None


@pytest.mark.parametrize("text", ["Numéro de dossier : 06 12 34 56 78", "Commande n° 0612345678", "n° client 01 23 45 67 89",
                                  "Code d'accès : 0612345678"])
def test_reference_words_with_a_number_marker_exclude_the_digits(text):
    assert e164s(text) == []


@pytest.mark.parametrize("text", ["Service client : 09 77 42 18 63", "Votre dossier est suivi au 01 84 60 12 34",
                                  "Votre conseiller dossier : 06 12 34 56 78"])
def test_the_same_words_without_a_number_marker_leave_a_phone(text):
    assert len(e164s(text)) == 1


@pytest.mark.parametrize("text, expected", [("Call our billing team at 1-888-441-4083 today", "+18884414083"),
                                            ("Support: (205) 782-8186", "+12057828186"),
                                            ("call 770.255.3136 now", "+17702553136")])
def test_north_american_numbers_in_their_usual_grouping(text, expected):
    assert e164s(text) == [expected]


@pytest.mark.parametrize("text", ["SIRET 123 456 789 00012", "Order 123-456-7890-12", "ISBN 978-2-07-036822-8",
                                  "(123) 123-4567"])
def test_digit_groups_that_are_not_north_american_numbers(text):
    assert e164s(text) == []


def test_digits_inside_a_link_are_not_a_phone():
    assert e164s("https://suivi.example.com/?id=0612345678&ref=0184601234#0612345678") == []
