"""Registered domains and the look-alike checks against the gazetteer's official domains."""

import pytest

from pipeline.extract.domains import DomainJudge, decode_idna, edit_distance, registered_domain
from tests.extract_support import gazetteer


@pytest.fixture(scope="module")
def judge():
    return DomainJudge(gazetteer())


@pytest.mark.parametrize(
    "host, expected",
    [
        ("www.agencedpc.fr", "agencedpc.fr"),
        ("paca.ars.sante.fr", "sante.fr"),
        ("wallet.esw.esante.gouv.fr", "esante.gouv.fr"),
        ("www.conseil-national.medecin.fr", "medecin.fr"),  # medecin.fr is no longer a public suffix
        ("forums.bbc.co.uk", "bbc.co.uk"),
        ("192.168.1.10", "192.168.1.10"),
        ("intranet", ""),
    ],
)
def test_registered_domain_uses_the_public_suffix_list_offline(host, expected):
    assert registered_domain(host) == expected


@pytest.mark.parametrize("host", ["www.agencedpc.fr", "mondpc.fr", "paca.ars.sante.fr", "espacepro.ameli.fr",
                                  "www.conseil-national.medecin.fr", "cdom75.ordre.medecin.fr", "www.urssaf.fr"])
def test_official_hosts_are_recognised_and_not_flagged(judge, host):
    result = judge.assess_host(host)
    assert result.official_domain is not None and result.flags == [] and result.lookalike_of is None


@pytest.mark.parametrize(
    "host, imitated",
    [
        ("agence-dpc.fr", "agencedpc.fr"),  # hyphen inserted
        ("agencedpc2.fr", "agencedpc.fr"),  # digit appended
        ("agencedpc.com", "agencedpc.fr"),  # another suffix
        ("agncedpc.fr", "agencedpc.fr"),  # typo
        ("ameli-sante.com", "ameli.fr"),  # combo-squatting
        ("agencedpc-validation.com", "agencedpc.fr"),
        ("mon-ameli.fr", "ameli.fr"),
        ("impots-gouv.fr", "impots.gouv.fr"),
        ("esante-connexion.com", "esante.gouv.fr"),
        ("ordre-medecin.org", "ordre.medecin.fr"),
        ("andpc-droits-formation.fr", "agencedpc.fr"),  # an acronym as one word of the name
        ("cpam-remboursement.com", "ameli.fr"),
        ("ans-certification.info", "esante.gouv.fr"),  # a short acronym beside a bait word
        ("ars-idf-gouv.fr", "ars.sante.fr"),
    ],
)
def test_lookalike_domains_are_flagged_with_the_domain_they_imitate(judge, host, imitated):
    result = judge.assess_host(host)
    assert "lookalike" in result.flags and result.lookalike_of == imitated and result.official_domain is None


@pytest.mark.parametrize("host", ["www.leboncoin.fr", "www.sncf-connect.com", "cabinet-dupont.fr", "www.lemonde.fr",
                                  "formation-medicale-continue.fr", "www.santeclair.fr", "www.medecin-direct.fr",
                                  "www.cnam.fr", "30-ans-de-medecine.fr", "has-been-vintage.com", "www.amelie-durand.fr"])
def test_ordinary_domains_are_not_lookalikes(judge, host):
    result = judge.assess_host(host)
    assert "lookalike" not in result.flags and "subdomain_trick" not in result.flags and result.lookalike_of is None


@pytest.mark.parametrize("host, imitated", [("agencedpc.fr.compte-verif.com", "agencedpc.fr"),
                                            ("ameli.secure-login.net", "ameli.fr"),
                                            ("www.impots.gouv.fr.paiement-amende.info", "impots.gouv.fr")])
def test_official_name_in_the_subdomains_is_a_subdomain_trick(judge, host, imitated):
    result = judge.assess_host(host)
    assert "subdomain_trick" in result.flags and result.lookalike_of == imitated


def test_subdomain_of_an_ordinary_site_is_no_trick(judge):
    assert "subdomain_trick" not in judge.assess_host("newsletter.formation-dpc-sante.fr").flags


@pytest.mark.parametrize("host", ["аmeli.fr",  # Cyrillic а
                                  "arneli.fr",  # rn for m
                                  "agencedpc.fr".replace("e", "е", 1)])
def test_homoglyphs_are_flagged(judge, host):
    result = judge.assess_host(host)
    assert "homoglyph" in result.flags and "lookalike" in result.flags and result.lookalike_of is not None


def test_punycode_is_decoded_and_judged(judge):
    host = "ameli.fr".replace("a", "а").encode("idna").decode("ascii")  # xn--...
    assert host.startswith("xn--")
    assert decode_idna(host) == "аmeli.fr"
    result = judge.assess_host(host)
    assert {"punycode", "homoglyph", "lookalike"} <= set(result.flags) and result.lookalike_of == "ameli.fr"


def test_plain_idn_without_imitation_is_only_punycode(judge):
    assert judge.assess_host("xn--caf-dma.fr").flags == ["punycode"]  # café.fr


@pytest.mark.parametrize("host", ["192.168.1.10", "3232235777", "[2001:db8::1]", "0x7f000001"])
def test_ip_literals(judge, host):
    assert judge.assess_host(host).flags == ["ip_literal"]


def test_shortener_and_state_domain(judge):
    assert "shortener" in judge.assess_host("bit.ly").flags
    assert "shortener" in judge.assess_host("j.bit.ly").flags
    assert judge.assess_host("www.legifrance.gouv.fr").flags == ["state_domain"]


def test_edit_distance_stops_early():
    assert edit_distance("agencedpc", "agncedpc", 2) == 1
    assert edit_distance("abc", "xyzxyz", 1) == 2


@pytest.mark.parametrize("host, imitated", [("pro-sante-connect.net", "esante.gouv.fr"), ("ameli-carte-vitale.info", "ameli.fr"),
                                            ("office365-verification.online", "microsoft.com")])
def test_longer_aliases_of_an_organisation_are_imitated_too(judge, host, imitated):
    result = judge.assess_host(host)
    assert "lookalike" in result.flags and result.lookalike_of == imitated


@pytest.mark.parametrize("host", ["www.bpl-banque-sante.fr", "www.assurpro-sante.fr", "outlook.fr", "laposte.net"])
def test_generic_words_and_free_mail_providers_are_not_lookalikes(judge, host):
    assert "lookalike" not in judge.assess_host(host).flags
