import pytest

from pipeline.textutil import defang


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://www.agencedpc.fr/professionnel/", "hxxps://www[.]agencedpc[.]fr/professionnel/"),
        ("http://bit.ly/3xYz", "hxxp://bit[.]ly/3xYz"),
        ("HTTPS://Ameli-Remboursement.info", "hxxpS://Ameli-Remboursement[.]info"),
        ("écrire à contact@dpc-formation.fr", "écrire à contact@dpc-formation[.]fr"),
        ("ftp://files.example.org/a", "fxp://files[.]example[.]org/a"),
    ],
)
def test_defang_makes_urls_and_domains_unclickable(text, expected):
    assert defang(text) == expected


def test_defang_leaves_numbers_and_prose_alone():
    assert defang("Version 1.2, le 03.04.2025. Fin.") == "Version 1.2, le 03.04.2025. Fin."
