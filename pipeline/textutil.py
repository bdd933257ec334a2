"""Small text helpers shared by the stages and the outputs meant for people."""

from __future__ import annotations

import re

_SCHEME = re.compile(r"\b(http|ftp)(s?)://", re.IGNORECASE)


def defang(text: str) -> str:
    """Make every URL and domain in a text unclickable: https://a.fr/x -> hxxps://a[.]fr/x.

    Used for anything shown to people (digest, answers, review pages, summaries); the
    stored indicators keep the real value.
    """
    text = _SCHEME.sub(lambda m: ("hxxp" if m.group(1).lower() == "http" else "fxp") + m.group(2) + "://", text)
    return re.sub(r"(?<=[\w-])\.(?=[a-zA-Z])", "[.]", text)
