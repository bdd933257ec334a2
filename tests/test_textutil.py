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


def test_strip_accents_character_by_character_equals_one_pass_over_the_text():
    """The fast path replaces each distinct character by its own stripped decomposition; it must give
    what NFKD over the whole text then removing every combining mark gives, for every code point
    (in runs, so that neighbours and reordered marks are covered) and for mixed texts."""
    import random
    import sys

    from pipeline.textutil import _MAX_CHARACTER_REPLACEMENTS, _strip_accents_everywhere, strip_accents

    run = _MAX_CHARACTER_REPLACEMENTS // 2  # runs short enough for the character-by-character path
    points = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    for start in range(0, len(points), run):
        text = "".join(points[start:start + run])
        assert strip_accents(text) == _strip_accents_everywhere(text), hex(ord(points[start]))
    marks = "\u0301\u0327\u0308\u0323\u0345\u05b0\u093c"  # combining marks of several classes
    rng = random.Random(7)
    letters = "aeiouAEIOUçÇéÉœß한국ﬁ½ǅÅḳ́ذक़ \u2019«»€"
    for _ in range(2000):
        text = "".join(rng.choice(letters + marks) for _ in range(rng.randint(0, 40)))
        assert strip_accents(text) == _strip_accents_everywhere(text), repr(text)
    many = "".join(points[0xAC00:0xAC00 + 4 * _MAX_CHARACTER_REPLACEMENTS])  # Hangul: the one-pass path
    assert strip_accents(many) == _strip_accents_everywhere(many)
