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


def test_strip_accents_is_scikit_learns_unicode_stripping():
    from sklearn.feature_extraction.text import strip_accents_unicode

    from pipeline.textutil import strip_accents

    samples = ["Épée à l’œil, ça coûte 12 €", "ﬁn ½ ǅ Å ḳ́", "ذِ क़ 한국어 Ελληνικά", "plain ascii", "", "e\u0301\u0327"]
    for text in samples:
        assert strip_accents(text) == strip_accents_unicode(text)
    assert strip_accents("Épée") == "Epee"
