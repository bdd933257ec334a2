"""De-obfuscation and windowed scanning."""

import pytest

from pipeline.extract.text import refang, windows


@pytest.mark.parametrize(
    "written, meant",
    [
        ("hxxps://exemple[.]fr/a", "https://exemple.fr/a"),
        ("hXXp://exemple(.)fr", "http://exemple.fr"),
        ("h**ps://exemple[dot]fr", "https://exemple.fr"),
        ("https[:]//exemple{.}fr", "https://exemple.fr"),
        ("contact [at] exemple [dot] fr", "contact@exemple.fr"),
        ("exemple . fr", "exemple.fr"),
        ("a&amp;b", "a&b"),
        ("agence\u200bdpc", "agencedpc"),
        ("https://exemple.fr/va=\nlidation=3D1 et=\n fin", "https://exemple.fr/validation=3D1 et fin"),
    ],
)
def test_refang(written, meant):
    assert refang(written) == meant


@pytest.mark.parametrize("text", ["Fin de phrase. Nouvelle phrase.", "Le rendez-vous (voir plus bas) est fixé.", "a = b\nc"])
def test_refang_leaves_ordinary_text_alone(text):
    assert refang(text) == text


def test_windows_cut_at_whitespace_and_cover_the_text():
    text = " ".join(f"mot{i}" for i in range(20000))
    pieces = list(windows(text, size=1000))
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p[-1] != "m" or p is pieces[-1] for p in pieces)  # no word cut in two
