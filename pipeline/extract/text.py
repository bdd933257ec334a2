"""Text helpers for extraction: undoing obfuscation, and scanning large texts in windows.

Every regex of the extract package is linear in its input (bounded repetitions, no
nested unbounded quantifiers); on top of that, texts are scanned in windows cut at
whitespace so that the time budget is checked between windows and a huge body cannot
hold the worker (eml_parser's URL regex hang, its issue #48).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

WINDOW_CHARS = 32_768

# hxxp://, hXXps://, h**p://, http[:]// ...
_SCHEME = re.compile(r"\bh(?:xx|\*\*|tt)p(s?)(?:\[:\]|\(:\)|\{:\}|:)//", re.IGNORECASE)
# [.] (.) {.} [dot] (dot) [point], with or without spaces around
_DOT = re.compile(r" ?[\[({](?:\.|dot|point)[\])}] ?", re.IGNORECASE)
# [at] (at) [@] (arobase)
_AT = re.compile(r" ?[\[({](?:at|@|arobase)[\])}] ?", re.IGNORECASE)
# zero-width characters and soft hyphens slipped into links and addresses to defeat filters
# (soft hyphen, zero-width spaces and joiners, word joiner, BOM)
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_BRACKETED_WORD = re.compile(r"[\[({](?:\.|dot|point|at|@|arobase)[\])}]", re.IGNORECASE)
# "agencedpc . fr", "agencedpc .fr", "agencedpc. fr": only before a common suffix, so that
# ordinary sentences are left alone
COMMON_TLDS = (
    "fr|com|net|org|info|eu|io|co|xyz|online|site|top|be|ch|de|uk|us|biz|me|app|live|shop|club|pro|icu|"
    "ru|cn|tk|ml|ga|cf|gq|cc|website|space|store|tech|link|click|support|help|services|host|vip|sbs|cfd"
)
# (the letter before is checked after the space or dot, so that the regex starts with a
# space or a dot and the engine skips to those at once: a scan of every text)
_SPACED_DOT = re.compile(r"(?: (?<=[a-z0-9] )\. ?|\.(?<=[a-z0-9]\.) )(?=(?:" + COMMON_TLDS + r")\b(?![.\w-]))")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
_QP_HINT = re.compile(r"=(?:3D|20|0A|E9|C3)", re.IGNORECASE)


def refang(text: str) -> str:
    """Undo the usual obfuscations of links and addresses (hxxp, [.], [dot], [at], spaced dots,
    HTML entities, zero-width characters, quoted-printable soft breaks left in a text)."""
    if "&" in text and ";" in text:
        text = html.unescape(text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if "=\n" in text or "=\r\n" in text:
        if _QP_HINT.search(text) or text.count("=\n") + text.count("=\r\n") >= 2:
            text = _QP_SOFT_BREAK.sub("", text)
    if "xx" in text.lower() or "**" in text or "[:]" in text or "(:)" in text:
        text = _SCHEME.sub(lambda m: f"http{m.group(1)}://", text)
    if _BRACKETED_WORD.search(text):  # fast: starts with a character class
        text = _DOT.sub(".", text)
        text = _AT.sub("@", text)
    if " ." in text or ". " in text:
        text = _SPACED_DOT.sub(".", text)
    return text


def windows(text: str, size: int = WINDOW_CHARS) -> Iterator[str]:
    """The text in pieces of about `size` characters, cut at whitespace (so that no link,
    address or number is cut in two, bar a single 'word' longer than the window)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = max(text.rfind(" ", start + size // 2, end), text.rfind("\n", start + size // 2, end))
            if cut > start:
                end = cut
        yield text[start:end]
        start = end
