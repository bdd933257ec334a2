"""Where an attached original really came from: its Received chain, read with mail-parser.

Only an attached original keeps its transport headers (an inline forward prints a few
headers, never Received), so only its origin can be told. The Received headers are
written bottom-up by each server the message went through; all but the top ones can be
forged by the sender. The top hop was written by the reporter's own provider, the only
server we can trust. From there the chain is followed down while each hop comes from a
server of the providers already seen (their `by` domains) or from a private address
(internal relays: Microsoft 365 passes a message through half a dozen of its own servers);
the first hop that comes from elsewhere names the real sender's server, as the receiving
server recorded it: its IP address and host name.

mail-parser does the hard part, parsing each Received header into clauses (from, by,
with, id, date) and recording what it could not parse or recover (malformed trace fields,
impossible dates): those are kept as the report's defects. Only its Received
parser is called (`receiveds_parsing`, what `MailParser.parse` runs on them), on the
header values already parsed: the body and the other headers were read already, and
parsing the message again would cost twice as much.
`get_server_ipaddress(trust)` is not used: it stops at the first public address of the
trusted provider's own hops, which for Microsoft 365 is one of Microsoft's relays.
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from dataclasses import dataclass, field
from email.message import Message
from functools import lru_cache

import tldextract
from mailparser.utils import receiveds_parsing

_GROUP = re.compile(r"\(([^()]*)\)|\[([^\[\]()]*)\]")  # "(rdns [ip])", "([ip])", "(ip)", "[ip]"
_HOST = re.compile(r"^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}\.?$", re.IGNORECASE)


@dataclass
class Trace:
    """What the Received chain of an attached original says."""

    hops: int = 0  # Received headers mail-parser read
    origin: dict | None = None  # {"ip", "host"} of the first server outside the receiving providers
    defects: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list: never fetched


@lru_cache(maxsize=4096)
def _domain(host: str) -> str:
    parts = _extractor()(host.rstrip(".").lower())
    return parts.top_domain_under_public_suffix or host.rstrip(".").lower()


def trace(msg: Message, max_headers: int = 200) -> Trace:
    """The Received chain of an attached original (its first `max_headers` Received
    headers), and the server it came from. Never raises: what mail-parser cannot read is a
    defect."""
    values = list(itertools.islice((value for name, value in msg.raw_items() if name.lower() == "received"), max_headers))
    if not values:
        return Trace()
    header_defects: list = []
    date_defects: list = []
    try:
        hops = receiveds_parsing(values, defects=header_defects, date_defects=date_defects)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input
        return Trace(defects=[f"attached original: its Received headers could not be read ({type(exc).__name__})"])
    chain = [hop for hop in hops if isinstance(hop, dict)]
    result = Trace(hops=len(chain), origin=_origin(chain))
    seen = set()
    for what, defects in (("Received header", header_defects), ("date", date_defects)):
        for defect in defects or ():
            header = defect.get("header", "") if isinstance(defect, dict) else ""
            reason = defect.get("reason", "unreadable") if isinstance(defect, dict) else str(defect)
            text = f"attached original: {what} defect ({header}: {reason})" if header else f"attached original: {what} defect ({reason})"
            if text not in seen:
                seen.add(text)
                result.defects.append(text)
    return result


def _origin(chain: list[dict]) -> dict | None:
    """The first hop, from the top, that comes from outside the receiving providers."""
    trusted: set[str] = set()
    for hop in reversed(chain):  # mail-parser lists the first hop first
        by_host = _first_host(hop.get("by", ""))
        if by_host:
            trusted.add(_domain(by_host))
        source = hop.get("from")
        if not source:
            continue  # handed over inside one server ("by … with SMTP id")
        host, ip = _source(source)
        if ip is not None and not ip.is_global:
            continue  # a private relay of the provider
        if host and _domain(host) in trusted:
            continue
        if host is None and ip is None:
            return None  # nothing the receiving server vouched for
        return {"ip": str(ip) if ip else None, "host": host}
    return None


def _first_host(clause: str) -> str | None:
    token = clause.split(None, 1)[0] if clause.strip() else ""
    return token.lower().rstrip(".") if _HOST.match(token) else None


def _source(clause: str) -> tuple[str | None, ipaddress.IPv4Address | ipaddress.IPv6Address | None]:
    """(host, IP) of a `from` clause: what the receiving server wrote in its brackets (the
    reverse-DNS name and the address it saw), else the name the sender gave (HELO)."""
    host = ip = None
    for group in (a or b for a, b in _GROUP.findall(clause)):
        for token in re.split(r"[\s\[\]]+", group):
            token = token.strip(".,;")
            if token.lower().startswith("ipv6:"):
                token = token[5:]
            if ip is None:
                try:
                    ip = ipaddress.ip_address(token)
                    continue
                except ValueError:
                    pass
            if host is None and _HOST.match(token) and not token.lower().startswith("helo="):
                host = token.lower().rstrip(".")
    return host or _first_host(clause), ip
