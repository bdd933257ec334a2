"""Links in text and HTML: found, de-obfuscated, with their displayed text; nothing spurious."""

import pytest

from pipeline.extract.links import find_in_text, parse_html, split_target


def targets(text):
    return [link.url for link in find_in_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Connectez-vous sur https://agencedpc-validation.com/compte?id=42.", "https://agencedpc-validation.com/compte?id=42"),
        ("lien : hxxps://agencedpc-validation[.]com/login", "https://agencedpc-validation.com/login"),
        ("lien : hXXp://ameli-remboursement(.)fr/dossier", "http://ameli-remboursement.fr/dossier"),
        ("site : https[:]//certif-dpc[dot]fr/valider", "https://certif-dpc.fr/valider"),
        ("Rendez-vous sur agencedpc-validation . com pour valider", "agencedpc-validation.com"),
        ("voir www.mondpc-activation.fr, puis validez", "www.mondpc-activation.fr"),
        ("Votre espace : agencedpc-validation.com", "agencedpc-validation.com"),
        ("(voir https://fr.wikipedia.org/wiki/DPC_(France))", "https://fr.wikipedia.org/wiki/DPC_(France)"),
        ("« https://esante-connexion.com/e-cps »", "https://esante-connexion.com/e-cps"),
        ("https://ameli-fr.com/a?b=1&amp;c=2", "https://ameli-fr.com/a?b=1&c=2"),
    ],
)
def test_link_in_text_is_found_and_de_obfuscated(text, expected):
    assert targets(text) == [expected]


def test_url_wrapped_by_the_mail_client_is_joined_again():
    text = (
        "Pour activer votre compte cliquez sur le lien suivant avant vendredi : https://certification-periodique-\n"
        "validation.fr/espace/activation?token=8f3a9c\n"
        "Cordialement,\nLe service"
    )
    assert targets(text) == ["https://certification-periodique-validation.fr/espace/activation?token=8f3a9c"]


def test_bracketed_url_spanning_lines_is_joined():
    text = "Lien: <https://agencedpc-validation.com/compte/\n  activation?id=77>\nMerci"
    assert targets(text) == ["https://agencedpc-validation.com/compte/activation?id=77"]


def test_quoted_printable_soft_breaks_left_in_text_are_removed():
    text = "Cliquez ici : https://ameli-remboursement.fr/dossier/valid=\nation?ref=3D12 pour recevoir=\n votre remboursement"
    assert targets(text) == ["https://ameli-remboursement.fr/dossier/validation?ref=3D12"]


def test_a_url_ending_a_short_line_is_not_glued_to_the_next_sentence():
    text = "Voir https://www.agencedpc.fr/professionnel/\nBien cordialement"
    assert targets(text) == ["https://www.agencedpc.fr/professionnel/"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour M.Dupont, voici le document.",
        "Pièce jointe : facture.pdf et script.py, voir README.md",
        "Version 2.4.1 du logiciel, le 12.03.2025 à 10.30",
        "Merci.Cordialement",
        "Dr.Martin a écrit:",
        "contact@agencedpc.fr",
        "Le montant est de 1.250,00 euros.",
    ],
)
def test_ordinary_words_are_not_links(text):
    assert targets(text) == []


def test_html_links_keep_their_displayed_text_and_every_kind_of_target():
    html = """<html><head><meta http-equiv="refresh" content="5; URL='https://redirect-dpc.com/go'">
    <base href="https://phish.example.net/base/"></head><body>
    <p>Cliquez sur <a href="https://agencedpc-validation.com/login">https://www.agencedpc.fr/professionnel</a></p>
    <a href="relative/page">relatif</a>
    <form action="https://collect.example.org/post"><button formaction="https://btn.example.org/x">OK</button></form>
    <img src="https://pixel.example.com/o.gif"><img src="data:image/png;base64,AAAA"><img src="cid:image001.png@01D">
    <table background="https://bg.example.com/bg.jpg"><tr><td>x</td></tr></table>
    <a href="#top">haut</a><a href="javascript:void(0)">js</a>
    <script src="https://cdn.example.com/x.js"></script>
    </body></html>"""
    content = parse_html(html)
    found = {(link.target, link.found_in, link.display_text) for link in content.links}
    assert found == {
        ("https://redirect-dpc.com/go", "refresh", None),
        ("https://agencedpc-validation.com/login", "href", "https://www.agencedpc.fr/professionnel"),
        ("https://phish.example.net/base/relative/page", "href", "relatif"),
        ("https://collect.example.org/post", "form", None),
        ("https://btn.example.org/x", "form", None),
        ("https://pixel.example.com/o.gif", "src", None),
        ("https://bg.example.com/bg.jpg", "src", None),
        ("javascript:void(0)", "href", "js"),
        ("https://cdn.example.com/x.js", "src", None),
    }


def test_html_visible_text_keeps_blocks_apart_and_drops_scripts():
    content = parse_html("<div>06 12 34 56 78</div><div>01 23 45 67 89</div><script>var a='secret';</script><style>p{}</style>")
    assert "06 12 34 56 78" in content.text and "01 23 45 67 89" in content.text
    assert "7801" not in content.text
    assert "secret" not in content.text


@pytest.mark.parametrize("markup", ["", "   ", "<?xml version='1.0' encoding='utf-8'?><html><body><a href='https://a.example.com'>a</a></body></html>",
                                    "<<<>>>" * 1000, "<a href='" + "x" * 100000])
def test_odd_html_gives_a_result_not_an_error(markup):
    parse_html(markup)


def test_split_target_lowercases_the_host_and_spots_userinfo():
    assert split_target("HTTPS://AgenceDPC.fr@Evil.Example.com:8443/Path?Q=1") == (
        "https://AgenceDPC.fr@evil.example.com:8443/Path?Q=1", "evil.example.com", True)
    assert split_target("www.Ameli.fr/x") == ("http://www.ameli.fr/x", "www.ameli.fr", False)
    assert split_target("http://[::1") is None


@pytest.mark.parametrize(
    "wrapped, real",
    [
        ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmailbox-quota-center.com%2Fupgrade%2F%3Fu%3Dd38c&data=05%7C02&reserved=0",
         "https://mailbox-quota-center.com/upgrade/?u=d38c"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__ameli-2Dremboursement.fr_dossier&d=DwMF&c=x",
         "https://ameli-remboursement.fr/dossier"),
        ("https://urldefense.com/v3/__https://agence-dpc.fr/login__;!!ABC!xyz$", "https://agence-dpc.fr/login"),
        ("https://www.google.com/url?q=https://esante-connexion.com/e-cps&sa=D", "https://esante-connexion.com/e-cps"),
        ("https://www.google.com/search?q=ameli", "https://www.google.com/search?q=ameli"),
        ("https://nam12.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)", "https://nam12.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)"),
    ],
)
def test_links_rewritten_by_mail_security_lead_to_the_senders_link(wrapped, real):
    from pipeline.extract.links import real_target
    assert real_target(wrapped) == real


def test_css_selectors_are_not_domains_but_exotic_suffixes_with_a_scheme_are_links():
    css = "table.menu {\n width: 100% !important;\n}\n table.menu td, a.button { color: red }"
    assert targets(css) == []
    assert targets("Paiement sur https://banco.bradesco/login") == ["https://banco.bradesco/login"]


def test_a_word_glued_to_www_is_left_out():
    assert targets("billets achetés surwww.oncf-voyages.ma Copyright") == ["www.oncf-voyages.ma"]


def test_a_link_printed_as_text_keeps_its_label():
    text = ("Régulariser mon dossier <https://drcp-nouvelle-aquitaine.fr/dossier?ref=1>\n"
            "Voir https://www.agencedpc.fr/professionnel/ <https://agencedpc-validation.com/x>\n"
            "Pour régulariser votre situation au plus vite, merci de bien vouloir cliquer sur le lien <https://a.example.com/>")
    found = [(link.url, link.display_text) for link in find_in_text(text)]
    assert found == [
        ("https://drcp-nouvelle-aquitaine.fr/dossier?ref=1", "Régulariser mon dossier"),
        ("https://agencedpc-validation.com/x", "https://www.agencedpc.fr/professionnel/"),
        ("https://a.example.com/", None),  # a whole sentence is not a label
    ]
