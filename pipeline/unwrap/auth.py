"""Is an attached original's sender verified? Read from the authentication results its
receiving server recorded (Authentication-Results, ARC-Authentication-Results,
Received-SPF), aligned with the domain of its From address. Nothing is looked up: a DKIM
signature alone cannot be checked without DNS, so it does not count.

Verified when DMARC passed for the From domain, or DKIM or SPF passed for a domain aligned
with it (same organisational domain, approximated as one domain being the other or a
subdomain of it). Anything else, including no results at all, is "not verified". Only the
results above the second Received header count: those lower down were written before the
last hop, possibly by the sender itself.
"""

from __future__ import annotations

import re

_RESULT = re.compile(r"\b(dmarc|dkim|spf)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(header\.from|header\.d|header\.i|smtp\.mailfrom|smtp\.helo|envelope-from)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)
_RECEIVED_SPF = re.compile(r"^\s*(pass|fail|softfail|neutral|none|temperror|permerror)\b(.*)", re.IGNORECASE | re.DOTALL)


def _domain(value: str) -> str:
    value = value.strip().strip("<>").lower()
    return value.rsplit("@", 1)[-1].rstrip(".")


def aligned(domain: str, from_domain: str) -> bool:
    if not domain or not from_domain:
        return False
    if domain == from_domain:
        return True
    shorter, longer = sorted((domain, from_domain), key=len)
    return shorter.count(".") >= 1 and longer.endswith("." + shorter)


def _receivers_results(headers: list[tuple[str, str]]):
    """(lower-cased name, value) of the authentication results recorded above the second
    Received header: results written lower down were not added by the receiving server,
    the sender could have forged them."""
    received = 0
    for name, value in headers:
        lname = name.lower()
        if lname == "received":
            received += 1
            if received >= 2:
                return
        elif lname in ("authentication-results", "arc-authentication-results", "received-spf"):
            yield lname, value


def sender_verified(headers: list[tuple[str, str]], from_address: str | None) -> bool:
    if not from_address or "@" not in from_address:
        return False
    from_domain = _domain(from_address)
    for lname, value in _receivers_results(headers):
        if lname == "received-spf":
            m = _RECEIVED_SPF.match(value)
            if m and m.group(1).lower() == "pass":
                props = {k.lower(): _domain(v) for k, v in _PROPERTY.findall(m.group(2))}
                if aligned(props.get("envelope-from") or props.get("smtp.mailfrom", ""), from_domain):
                    return True
            continue
        for method, result, rest in _RESULT.findall(value):
            if result.lower() != "pass":
                continue
            props = {k.lower(): _domain(v) for k, v in _PROPERTY.findall(rest)}
            method = method.lower()
            if method == "dmarc" and aligned(props.get("header.from", from_domain), from_domain):
                return True
            if method == "dkim" and aligned(props.get("header.d") or props.get("header.i", ""), from_domain):
                return True
            if method == "spf" and aligned(props.get("smtp.mailfrom", ""), from_domain):
                return True
    return False


def failed(headers: list[tuple[str, str]]) -> bool:
    """True when the receiving server recorded a DMARC or SPF failure (fail, softfail; not
    "none": small practices publish no SPF record)."""
    for lname, value in _receivers_results(headers):
        if lname == "received-spf":
            m = _RECEIVED_SPF.match(value)
            if m and m.group(1).lower() in ("fail", "softfail"):
                return True
            continue
        if any(method.lower() in ("dmarc", "spf") and result.lower() in ("fail", "softfail") for method, result, _ in _RESULT.findall(value)):
            return True
    return False
