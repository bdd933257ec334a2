"""E-mail addresses written in a message's content (and its mailto: links).

Lower-cased; obfuscations undone by `text.refang` ("contact [at] exemple [dot] fr");
only addresses whose domain ends in a known public suffix are kept, so that Outlook
content ids ("image001.png@01DA12AB.34CD56EF") and similar tokens are not taken.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from .domains import host_parts
from .text import refang, windows

_EMAIL = re.compile(
    r"(?<![\w.%+\-/])([a-z0-9!#$%&'*+=?^_`{|}~\-]{1,64}(?:\.[a-z0-9!#$%&'*+=?^_`{|}~\-]{1,64}){0,8})"
    r"@((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24})(?![\w\-]|\.[a-z0-9])",
    re.IGNORECASE,
)


def normalise_address(local: str, domain: str) -> str | None:
    domain = domain.lower().rstrip(".")
    if not host_parts(domain).known_suffix or host_parts(domain).is_ip:
        return None
    return f"{local.lower()}@{domain}"


def find_emails(text: str, budget=None) -> list[str]:
    found = []
    if not text or "@" not in text and "[at]" not in text.lower() and "(at)" not in text.lower():
        return found
    for window in windows(text):
        if budget is not None:
            budget.check("extract e-mail addresses")
        clean = refang(window)
        # The regex runs only between the "@" before and the "@" after each "@" (neither part
        # of an address holds one), so that every character is read a bounded number of times
        # even in "a@a@a@...".
        done = 0
        previous = -1
        at = clean.find("@")
        while at != -1:
            following = clean.find("@", at + 1)
            end = min(len(clean), at + 260, following if following != -1 else len(clean))
            for m in _EMAIL.finditer(clean, max(done, previous + 1, at - 600), end):
                address = normalise_address(m.group(1), m.group(2))
                if address:
                    found.append(address)
                done = max(done, m.end())
            previous, at = at, following
    return found


def mailto_addresses(target: str) -> list[str]:
    """The addresses of a mailto: link (several may be given, separated by commas)."""
    body = unquote(target.split(":", 1)[1]).split("?", 1)[0]
    return [a for part in body.split(",") for a in find_emails(part.strip())]
