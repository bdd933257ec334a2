"""Extract: the indicators of the suspicious original(s) of a report.

    extract(unwrapped, gazetteer, budget) -> Indicators

Reads each original's subject, sender name, text, HTML and list headers (never the
reporter's comment or signature: for pasted and typed reports unwrap already gives the
reporter's text as the original) and returns, deduplicated across originals:

- `urls`: every link (text, HTML href/src/action, meta refresh, List-Unsubscribe), with
  the text displayed next to it, host, registered domain, `official`, `flags` and
  `lookalike_of`. `official` is true when the host falls under an official domain of an
  organisation the message names (or, when it names none, of any gazetteer
  organisation). Flags: see `domains` (lookalike, subdomain_trick, homoglyph, punycode,
  shortener, ip_literal, state_domain, other_official, unrelated) plus `mismatch` (the
  displayed text shows a URL or domain whose registered domain differs from the
  target's), `non_http` (javascript:, data:, tel:, sms:, file: ...), `userinfo`
  (http://agencedpc.fr@evil.example/: the part before "@" is not the host);
- `phones` in E.164 with the text as written (tel:/sms: links too);
- `emails`: addresses in the content and mailto: links, lower-cased;
- `organisations` named, from config/organisations.toml.

The work is bounded: texts are cut at limits.max_text_chars and scanned in windows, the
number of each indicator is capped, budget.check() runs between units of work. What is
cut is appended to `unwrapped.defects` (which becomes the report's `defects`).
"""

from __future__ import annotations

import re

from ..report import Indicators, OrganisationMatch, Phone, Reporter, Unwrapped, Url
from .domains import host_parts
from .emails import find_emails, mailto_addresses
from .links import MAX_HTML_CHARS, MAX_HTML_LINKS, RawLink, find_in_text, parse_html, real_target, split_target, url_scheme
from .organisations import Gazetteer, load_gazetteer
from .phones import find_phones, parse_phone_link
from .signature import cut_signature, reporter_name

__all__ = ["extract", "load_gazetteer", "Gazetteer", "MAX_URLS", "MAX_PHONES", "MAX_EMAILS"]

MAX_URLS = 300
MAX_PHONES = 100
MAX_EMAILS = 300
_LIST_HEADERS = ("list-unsubscribe", "list-help", "list-subscribe", "list-post")
_HEADER_URI = re.compile(r"<([^<>\s]{1,2048})>")
_PHONE_SCHEMES = ("tel", "sms", "callto", "facetime")
_DROP_SCHEMES = ("cid", "mid", "about")


class _Collector:
    """Indicators of all originals, deduplicated, capped."""

    def __init__(self, defects: list[str]):
        self.links: dict[str, tuple[RawLink, str, bool]] = {}  # url -> (raw link, host, userinfo)
        self.non_http: dict[str, RawLink] = {}
        self.phones: dict[str, Phone] = {}
        self.emails: dict[str, None] = {}
        self.organisations: dict[str, OrganisationMatch] = {}
        self.defects = defects
        self._cut: set[str] = set()

    def _full(self, kind: str, count: int, cap: int) -> bool:
        if count < cap:
            return False
        if kind not in self._cut:
            self._cut.add(kind)
            self.defects.append(f"extract: more than {cap} {kind}; the others were not kept")
        return True

    def add_link(self, link: RawLink) -> None:
        scheme = url_scheme(link.target)
        if scheme == "mailto":
            for address in mailto_addresses(link.target):
                self.add_email(address)
            return
        if scheme in _DROP_SCHEMES:
            return
        if scheme in _PHONE_SCHEMES:
            phone = parse_phone_link(link.target)
            if phone:
                self.add_phone(phone)
        if scheme and scheme not in ("http", "https", "ftp"):
            key = link.target[:500]
            if key not in self.non_http and not self._full("links", len(self.links) + len(self.non_http), MAX_URLS):
                self.non_http[key] = RawLink(key, link.display_text, link.found_in)
            return
        split = split_target(real_target(link.target))
        if split is None:
            return
        url, host, userinfo = split
        if not host_parts(host).known_suffix:
            return  # "http://intranet/", "http://localhost": no registrable domain
        known = self.links.get(url)
        if known is not None:
            if known[0].display_text is None and link.display_text:
                self.links[url] = (link, host, userinfo)
            return
        if not self._full("links", len(self.links) + len(self.non_http), MAX_URLS):
            self.links[url] = (link, host, userinfo)

    def add_phone(self, phone: Phone) -> None:
        if phone.e164 not in self.phones and not self._full("phone numbers", len(self.phones), MAX_PHONES):
            self.phones[phone.e164] = phone

    def add_email(self, address: str) -> None:
        if address not in self.emails and not self._full("e-mail addresses", len(self.emails), MAX_EMAILS):
            self.emails[address] = None

    def add_organisation(self, match: OrganisationMatch) -> None:
        self.organisations.setdefault(match.id or match.name, match)


def _cap_text(text: str, limit: int, what: str, defects: list[str]) -> str:
    if len(text) > limit:
        defects.append(f"extract: {what} longer than {limit} characters; only the first {limit} were searched")
        return text[:limit]
    return text


def _scan_text(text: str, collector: _Collector, budget, skip: frozenset[str] = frozenset()) -> None:
    for link in find_in_text(text, budget):
        if link.raw not in skip and link.url not in skip:
            collector.add_link(RawLink(link.url, link.display_text, "text"))
    for phone in find_phones(text, budget):
        collector.add_phone(phone)
    for address in find_emails(text, budget):
        collector.add_email(address)


def _collect_original(original, reporter: Reporter, gazetteer: Gazetteer, collector: _Collector, budget) -> None:
    limit = budget.limits.max_text_chars
    # the reporter's signature is not part of what they report (their phone, their site)
    signer = reporter_name(original, reporter)
    text = cut_signature(_cap_text(original.text or "", limit, "text of an original", collector.defects), signer)
    named_in = [original.subject or "", original.sender.name or "", text]
    displayed: set[str] = set()
    if original.html:
        content = parse_html(_cap_text(original.html, 4 * limit, "HTML of an original", collector.defects), budget)
        if content.truncated:
            collector.defects.append(f"extract: HTML over {MAX_HTML_CHARS} characters or {MAX_HTML_LINKS} links; only the first part was read")
        visible = cut_signature(content.text, signer)
        signature = content.text[len(visible) :]
        for link in content.links:
            if signature and link.display_text and link.display_text in signature:
                continue  # the reporter's own site, linked in their signature
            collector.add_link(link)
            if link.display_text:
                displayed.add(link.display_text)
        hrefs = {link.target for link in content.links}
        # a URL shown as the text of a link to somewhere else is the display, not a link
        skip = frozenset(d for d in displayed if d not in hrefs)
        _scan_text(visible, collector, budget, skip)
        if not text.strip():
            named_in.append(visible)
    else:
        skip = frozenset()
    _scan_text(text, collector, budget, skip)
    if original.subject:  # "SMS du 06 12 34 56 78", "Votre compte sur ameli-remboursement.fr"
        _scan_text(original.subject, collector, budget)
    for name, value in original.headers:
        if name.lower() in _LIST_HEADERS:
            for uri in _HEADER_URI.findall(value):
                collector.add_link(RawLink(uri, None, "header"))
    for part in named_in:
        budget.check("extract organisations")
        for match in gazetteer.find(_cap_text(part, limit, "text", [])):
            collector.add_organisation(match)


def _display_domains(display: str) -> set[str]:
    domains = set()
    for link in find_in_text(display):
        split = split_target(link.url)
        if split:
            domains.add(host_parts(split[1]).registered_domain)
    domains.discard("")
    return domains


def _judge_links(collector: _Collector, gazetteer: Gazetteer, budget) -> list[Url]:
    judge = gazetteer.judge
    named = [gazetteer.organisation(m.id) for m in collector.organisations.values()]
    named = [o for o in named if o is not None]
    named_ids = {o.id for o in named if not o.fake}  # a fake body has no domain: it names no real one
    claims_authority = any(o.claims_authority for o in named)
    urls = []
    for count, (url, (link, host, userinfo)) in enumerate(collector.links.items()):
        if count % 50 == 0:
            budget.check("extract links")
        parts = host_parts(host)
        assessment = judge.assess_host(host)
        flags = list(assessment.flags)
        official = False
        if assessment.official_domain:
            owners = {o.id for o in gazetteer.official_organisations(host)}
            official = not named_ids or bool(owners & named_ids)
            if not official:
                flags.append("other_official")
        elif claims_authority and "state_domain" not in flags:
            flags.append("unrelated")
        if userinfo:
            flags.append("userinfo")
        if link.display_text:
            shown = _display_domains(link.display_text)
            if shown and parts.registered_domain not in shown:
                flags.append("mismatch")
        urls.append(
            Url(
                url=url,
                host=host,
                registered_domain=parts.registered_domain,
                display_text=link.display_text,
                official=official,
                flags=flags,
                lookalike_of=assessment.lookalike_of,
                found_in=link.found_in,
            )
        )
    for target, link in collector.non_http.items():
        urls.append(Url(url=target, host="", registered_domain="", display_text=link.display_text, flags=["non_http"], found_in=link.found_in))
    return urls


def extract(unwrapped: Unwrapped, gazetteer: Gazetteer, budget) -> Indicators:
    """The indicators of every original of a report, deduplicated across originals."""
    collector = _Collector(unwrapped.defects)
    for original in unwrapped.originals:
        budget.check("extract")
        _collect_original(original, unwrapped.reporter, gazetteer, collector, budget)
    reporter = (unwrapped.reporter.address or "").lower()
    return Indicators(
        urls=_judge_links(collector, gazetteer, budget),
        phones=list(collector.phones.values()),
        # the doctor's own address ("Dear dr.martin@orange.fr", a forward's To: line) is no indicator
        emails=[address for address in collector.emails if address != reporter],
        organisations=list(collector.organisations.values()),
    )
