"""The reporter's signature, left out of what they report.

Typed and pasted reports (and a "direct" message the reporter wrote to introduce what they
received) are the reporter's own words: unwrap gives them as the original, but the
signature at their end (the doctor's phone, address, web site) is not the scam's and must
not become an indicator. A scam's own signature always stays.
"""

from __future__ import annotations

import re

from ..report import Reporter
from .organisations import fold

_TITLES = frozenset({"dr", "dr.", "docteur", "pr", "pr.", "professeur"})
# the reporter's own words introducing what they received ("J'ai reçu ce SMS", "pasting the text")
_REPORTING_CUE = re.compile(
    # (« nous avons reçu une demande » is the scam speaking, not the reporter)
    r"\b(?:j'ai recu|ai recu|(?<!avons )(?<!avez )recu (?:un|une|ce|cet|cette|le|la|par|de|du|hier|ce matin|aujourd'hui)|recu le|voici|pour info|"
    r"sent me|forwarded me|called (?:me|my)|(?:a man|a woman|someone|somebody) called|for info|fyi|ci-dessous|je vous (?:transmets|colle|copie|signale)|"
    r"m'a (?:envoye|transmis|appele)|signale|signalement|appel (?:ce|recu|du|de)|arnaque|escroquerie|frauduleu\w*|"
    r"est-ce (?:une|un|vraiment)|received|i got|pasting|pasted|below|forwarding|is this (?:a|genuine|real|legit)|scam)\b"
)


def signature_start(text: str, name: str) -> int | None:
    """Where the reporter's signature begins: a short line near the end giving their name
    ("Pierre Lefebvre", "Dr Lefebvre", "Docteur P. Lefebvre", "Lefebvre")."""
    words = fold(name).replace(",", " ").split()
    if not words:
        return None
    full, surname = " ".join(words), words[-1]
    tail_start = max(0, len(text) - 3000)  # a signature is at the end
    lines = text[tail_start:].splitlines(keepends=True)
    offsets, position = [], tail_start
    for line in lines:
        offsets.append(position)
        position += len(line)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for i in nonblank[-12:]:
        line_words = fold(lines[i]).split()
        line = " ".join(line_words)
        if offsets[i] == 0 or len(line) > 80 or lines[i].rstrip().endswith((",", ":")):  # "Docteur Noël," greets
            continue
        if line.startswith(full) or line == surname or line_words[0] in _TITLES and surname in line_words[1:4]:
            return offsets[i]
    return None


def reporter_name(original, reporter: Reporter) -> str | None:
    """The reporter's name when this original is the reporter's own text (typed, pasted, or a
    'direct' message from the reporter that introduces what they received) or an inline forward
    the reporter may have signed below, else None: a scam's own signature (its phone) must stay."""
    if original.forward_style in ("typed", "pasted"):
        return reporter.name or original.sender.name
    if original.forward_style == "inline":  # a doctor who signs below the message they forward
        return reporter.name
    sender = (original.sender.address or "").lower()
    if (
        original.forward_style == "direct"
        and sender
        and sender == (reporter.address or "").lower()
        and _REPORTING_CUE.search(fold(original.text[:400]))
    ):
        return reporter.name or original.sender.name
    return None


def cut_signature(text: str, name: str | None) -> str:
    start = signature_start(text, name) if name and text else None
    return text[:start] if start is not None else text
