"""Small text helpers shared by the stages and the outputs meant for people."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

_SCHEME = re.compile(r"\b(http|ftp)(s?)://", re.IGNORECASE)


def defang(text: str) -> str:
    """Make every URL and domain in a text unclickable: https://a.fr/x -> hxxps://a[.]fr/x.

    Used for anything shown to people (digest, answers, review pages, summaries); the
    stored indicators keep the real value.
    """
    text = _SCHEME.sub(lambda m: ("hxxp" if m.group(1).lower() == "http" else "fxp") + m.group(2) + "://", text)
    return re.sub(r"(?<=[\w-])\.(?=[a-zA-Z])", "[.]", text)


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern:
    # every code point unicodedata calls combining, as one character class: removing them
    # with one regex is several times faster than testing each character in Python
    marks = "".join(re.escape(chr(c)) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))
    return re.compile(f"[{marks}]+")


def _strip_accents_everywhere(text: str) -> str:
    return _combining_marks().sub("", unicodedata.normalize("NFKD", text))


_ASCII = frozenset(map(chr, range(128)))
# Beyond this many distinct characters to change, one pass over the whole text is cheaper.
_MAX_CHARACTER_REPLACEMENTS = 48


@lru_cache(maxsize=8192)
def _stripped_character(char: str) -> str:
    return _strip_accents_everywhere(char)


def strip_accents(text: str) -> str:
    """NFKD, then every combining mark removed: "Épée" -> "Epee" (scikit-learn's
    strip_accents="unicode", computed faster).

    Both steps act on each character alone (NFKD only reorders the combining marks, which go),
    so the few distinct accented characters of a text are replaced one by one, each by its own
    stripped decomposition, which contains only characters that stay as they are."""
    if text.isascii():
        return text
    changes = []
    for char in set(text) - _ASCII:
        stripped = _stripped_character(char)
        if stripped != char:
            changes.append((char, stripped))
            if len(changes) > _MAX_CHARACTER_REPLACEMENTS:
                return _strip_accents_everywhere(text)
    for char, stripped in changes:
        text = text.replace(char, stripped)
    return text
