"""Campaigns: reports of the same message grouped, incrementally and deterministically.

Pure: a report gives a `Fingerprint` (its strong indicators as keys, plus MinHash bands of
its original's normalised text); `link` decides, from what an index finds for those keys,
whether the report founds a campaign, joins one, or joins several (which are then merged).
The same reports fed in the same order always give the same campaigns: every choice is
made on sorted ids and a campaign's id is the smallest report id it holds.

Strong keys: the registered domain of a non-official link (the full link for shorteners and
shared hosting platforms, where the domain says nothing), the sender address, the sender's
domain unless it is a free-mail or official one, Reply-To, phone numbers and e-mail
addresses written in the original. Official domains and free-mail domains are never keys on
their own: a genuine ANDPC mailing forwarded by forty doctors is grouped by its text; nor
are the phone numbers and addresses written in a mail from an official domain (the body's
own switchboard and mailboxes, in every letter it sends). Which domains are official,
free-mail, shorteners or shared hosting is the extract stage's `Gazetteer`
(config/organisations.toml and config/domains.toml).

A campaign is one message (one scam wave, one mailing) forwarded by several doctors, not
everything one sender sends: a council's cotisation call and its conciliation notice share
its switchboard number, a training body's confirmation and newsletter its domain. So a
campaign found through keys is joined only when the texts do not contradict it: when either
text cannot judge (shorter than MIN_TEXT_WORDS, or pasted or typed by the doctor, who may
copy a part or tell it in their own words: a call or an SMS keeps linking by the number or
link it gives), or when the new text is at least KEY_TEXT_FLOOR near one member's. Chosen
from the training corpus (models/training: train, heldout, written/*), over pairs of
verbatim reports sharing a key: copies of one message, personalised or reworded, are at
0.28 and above (0.37 but for one), different messages of one sender at 0.02 and below. The
floor stands between, where two letters of one sender sharing a whole signature block
(about 0.12) still stay apart.

`CampaignIndex` is the in-memory index (rebuilds, tests); the store implements the same
three look-ups over SQLite (`pipeline.store.campaigns`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Protocol, Sequence

import numpy as np

from .extract.organisations import Gazetteer, load_gazetteer
from .report import Original, Report

NUM_HASHES = 64
BAND_ROWS = 4  # 16 bands of 4 rows: texts with Jaccard 0.6 meet in a band with p ~ 0.9
SHINGLE_WORDS = 3
MIN_TEXT_WORDS = 12  # shorter texts (a typed "I got a call") carry no usable text key
TEXT_THRESHOLD = 0.5  # estimated Jaccard of shingles above which two texts are one message
# Estimated Jaccard below which two verbatim texts sharing a strong key are different messages
# of one sender. Copies of one message differ by names, tokens, a paragraph at most, and stay
# far above it; two letters of one body share their signature block and little else, and
# fall to 0.0-0.1 (see the module docstring for the figures it was chosen from).
KEY_TEXT_FLOOR = 0.2
# Originals whose text is the message as its sender wrote it: forwarded with its headers or
# delivered to the mailbox. A pasted or typed text is the doctor's rendering (a part of it,
# a summary in their own words): it cannot say the message was another one.
VERBATIM_STYLES = frozenset({"attachment", "inline", "direct"})
_PRIME = (1 << 31) - 1


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Coefficients derived from fixed names by a hash, not drawn from a random generator:
    # the fingerprints stored today must still match those computed after any upgrade.
    def coefficient(name: str, low: int) -> int:
        return low + int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big") % (_PRIME - low)

    a = np.array([coefficient(f"minhash-a-{i}", 1) for i in range(NUM_HASHES)], dtype=np.uint64)
    b = np.array([coefficient(f"minhash-b-{i}", 0) for i in range(NUM_HASHES)], dtype=np.uint64)
    return a, b


@dataclass(frozen=True)
class Fingerprint:
    keys: frozenset[str]  # exact strong indicators, "kind:value"
    bands: tuple[str, ...] = ()  # LSH band keys of the text, "text:band:hash"
    signature: tuple[int, ...] = ()  # MinHash of the text shingles (empty: no text key)
    verbatim: bool = False  # the text is the message as sent (see VERBATIM_STYLES)

    @property
    def judges_text(self) -> bool:
        """Whether this text can contradict a link by keys: a verbatim copy long enough to compare."""
        return self.verbatim and bool(self.signature)


@lru_cache(maxsize=1)
def _extractor():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    parts = _extractor()(host)
    return ".".join(p for p in (parts.domain, parts.suffix) if p) or host


def _domain_of(address: str) -> str:
    return registered_domain(address.rpartition("@")[2]) if "@" in address else ""


def _host_of(address: str | None) -> str:
    """The host part of an address, as written (official domains are matched with their sub-domains)."""
    return (address or "").strip().lower().rpartition("@")[2] if "@" in (address or "") else ""


def _is_official(host: str, gazetteer: Gazetteer) -> bool:
    """A host of an official domain or of the State's suffix (sub-domains included: ars.sante.fr
    covers www.ars.sante.fr)."""
    return bool(gazetteer.official_domain_of(host) or gazetteer.is_state_domain(host))


# --- text -----------------------------------------------------------------------------------

_URL = re.compile(r"\b(?:https?|hxxps?|ftp)://\S+|\bwww\.\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[a-z0-9]+")
_GREETING = re.compile(
    r"^\s*(bonjour|bonsoir|madame|monsieur|cher|chere|chers|docteur|dr|pr|professeur|dear|hello|hi|"
    r"salut|mme|mr|m\.)\b",
)


def normalise_text(text: str) -> list[str]:
    """The words of a message that stay the same from one recipient to the next.

    Lower case without accents; links, addresses and numbers replaced by placeholders (they
    carry per-recipient tracking tokens and names); greeting lines dropped (they carry the
    doctor's name).
    """
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _URL.sub(" zurl ", text)
    text = _EMAIL.sub(" zemail ", text)
    text = _DIGITS.sub("0", text)
    words: list[str] = []
    for line in text.splitlines():
        if _GREETING.match(line) and len(line.split()) <= 8:
            continue
        words.extend(_WORD.findall(line))
    return words


def text_signature(words: Sequence[str]) -> tuple[int, ...]:
    if len(words) < MIN_TEXT_WORDS:
        return ()
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big") & _PRIME for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    a, b = _permutations()
    permuted = (hashes[:, None] * a[None, :] + b[None, :]) % _PRIME
    return tuple(int(v) for v in permuted.min(axis=0))


def signature_bands(signature: Sequence[int]) -> tuple[str, ...]:
    bands = []
    for start in range(0, len(signature), BAND_ROWS):
        chunk = ",".join(str(v) for v in signature[start : start + BAND_ROWS])
        bands.append(f"text:{start // BAND_ROWS}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return tuple(bands)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two texts' shingles."""
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


MAX_TEXT_CHARS = 20_000  # the head of a long message identifies it as well as the whole


def original_text(original: Original) -> str:
    body = original.text
    if original.html and len(body.split()) < 4 * MIN_TEXT_WORDS:
        # a short text/plain part may be a stub ("Votre client de messagerie ne peut pas
        # afficher ce message") standing for the HTML one; otherwise it is kept, the HTML
        # may also hold the forward around the message
        html_text = _html_text(original.html)
        if len(html_text.split()) > 2 * len(body.split()):
            body = html_text
    return "\n".join(p for p in (original.subject, body) if p)[:MAX_TEXT_CHARS]


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


# --- keys -----------------------------------------------------------------------------------


def fingerprints(report: Report, gazetteer: Gazetteer) -> list[Fingerprint]:
    """One fingerprint per original (forwarded ones first, the doctor's description last)."""
    originals = sorted(report.originals, key=lambda o: o.forward_style == "typed")
    return [_original_fingerprint(report, o, gazetteer) for o in originals] or [Fingerprint(frozenset())]


def fingerprint(report: Report, gazetteer: Gazetteer) -> Fingerprint:
    """The fingerprint of the report's first original."""
    return fingerprints(report, gazetteer)[0]


def _original_fingerprint(report: Report, original: Original, gazetteer: Gazetteer) -> Fingerprint:
    reporter = (report.reporter.address or "").lower()
    keys: set[str] = set()
    # Phone numbers and addresses a body writes from its official domain are its own contacts
    # (the switchboard, a service's mailbox), printed in every letter it sends: they say which
    # body wrote, not which message, and are no keys. Were the sender spoofed, the copies of
    # the scam still meet by their text and the domains of their links.
    official_sender = _is_official(_host_of(original.sender.address), gazetteer)

    def add_address(kind: str, address: str | None) -> None:
        address = (address or "").strip().lower()
        if "@" not in address or address == reporter:
            return
        domain = _domain_of(address)
        if _is_official(address.rpartition("@")[2], gazetteer):
            return  # possibly spoofed, possibly genuine: the text decides
        keys.add(f"{kind}:{address}")
        if kind == "sender" and not gazetteer.is_freemail(domain):
            keys.add(f"sender_domain:{domain}")

    add_address("sender", original.sender.address)
    add_address("reply_to", original.reply_to)
    text = original_text(original)
    # the report's indicators that stand in this original (not in another one, nor in the
    # doctor's own signature)
    written = f"{original.text}\n{original.html or ''}".lower()
    alone = len(report.originals) == 1
    for url in report.indicators.urls:
        domain = (url.registered_domain or registered_domain(url.host or "")).lower()
        host = (url.host or domain).lower()
        if url.official or not domain or _is_official(host, gazetteer) or gazetteer.is_freemail(domain):
            continue
        if not (alone or host in written):
            continue
        if gazetteer.is_shared_hosting(host) or gazetteer.is_shortener(host) or "shortener" in url.flags:
            keys.add(f"url:{url.url.split('?')[0].split('#')[0].rstrip('/')}")
        else:
            keys.add(f"domain:{domain}")
    if not official_sender:
        digits_of_text = re.sub(r"\D", "", original.text)
        for phone in report.indicators.phones:
            digits = re.sub(r"\D", "", phone.text)
            if digits and digits in digits_of_text:
                keys.add(f"phone:{phone.e164}")
        for email in report.indicators.emails:
            if email.lower() in written:
                add_address("email", email)
    signature = text_signature(normalise_text(text))
    return Fingerprint(frozenset(keys), signature_bands(signature), signature, original.forward_style in VERBATIM_STYLES)


# --- linking --------------------------------------------------------------------------------


class Index(Protocol):
    def campaigns_for_keys(self, keys: Iterable[str]) -> set[int]:
        """Ids of the campaigns holding a report with one of these exact keys."""

    def signatures_for_bands(self, bands: Iterable[str]) -> list[tuple[int, tuple[int, ...]]]:
        """(campaign id, signature) of the reports sharing one of these text bands."""

    def member_signatures(self, campaign_id: int) -> Iterable[tuple[int, ...]]:
        """The signature of each report of a campaign whose text can judge (`judges_text`),
        an empty one for each report whose text cannot."""


def choose(fps: Sequence[Fingerprint], index: Index) -> tuple[Fingerprint, list[int]]:
    """The original a report is grouped by, and the campaigns it links: the first original
    that belongs to a known campaign, else the first one. A report carrying several scams
    joins one campaign; grouping by all of them would merge unrelated campaigns through one
    doctor's mail."""
    for fp in fps:
        if linked := link(fp, index):
            return fp, linked
    return fps[0], []


def link(fp: Fingerprint, index: Index) -> list[int]:
    """The campaigns a new report belongs to, sorted; empty when it founds a new one.

    Several campaigns mean the report links them: the caller merges them into the first
    (the one with the smallest id, hence the oldest).
    """
    linked = set()
    if fp.bands:
        for campaign_id, signature in index.signatures_for_bands(fp.bands):
            if campaign_id not in linked and similarity(fp.signature, signature) >= TEXT_THRESHOLD:
                linked.add(campaign_id)
    if fp.keys:
        linked.update(c for c in sorted(index.campaigns_for_keys(fp.keys) - linked) if texts_agree(fp, c, index))
    return sorted(linked)


def texts_agree(fp: Fingerprint, campaign_id: int, index: Index) -> bool:
    """Whether a campaign found through strong keys may be joined: its texts do not contradict
    the new one. They cannot when either side cannot judge (too short, or the doctor's own
    rendering); else the new text must be near one member's (a campaign is one message, not
    everything its sender sends)."""
    if not fp.judges_text:
        return True
    return any(not s or similarity(fp.signature, s) >= KEY_TEXT_FLOOR for s in index.member_signatures(campaign_id))


@dataclass
class CampaignIndex:
    """The in-memory index: reports in, campaign ids out (campaign id = its smallest report id)."""

    campaign_of: dict[int, int] = field(default_factory=dict)
    _by_key: dict[str, set[int]] = field(default_factory=dict)
    _signature: dict[int, tuple[int, ...]] = field(default_factory=dict)
    _judges_text: dict[int, bool] = field(default_factory=dict)

    def campaigns_for_keys(self, keys):
        return {self.campaign_of[r] for k in keys for r in self._by_key.get(k, ())}

    def signatures_for_bands(self, bands):
        reports = sorted({r for b in bands for r in self._by_key.get(b, ())})
        return [(self.campaign_of[r], self._signature[r]) for r in reports]

    def member_signatures(self, campaign_id):
        members = sorted(r for r, c in self.campaign_of.items() if c == campaign_id)
        return [self._signature[r] if self._judges_text[r] else () for r in members]

    def add(self, report_id: int, fps: Sequence[Fingerprint]) -> int:
        fp, linked = choose(fps, self)
        target = min([report_id, *linked])
        for r, c in self.campaign_of.items():
            if c in linked:
                self.campaign_of[r] = target
        self.campaign_of[report_id] = target
        for key in (*fp.keys, *fp.bands):
            self._by_key.setdefault(key, set()).add(report_id)
        self._signature[report_id] = fp.signature
        self._judges_text[report_id] = fp.judges_text
        return target

    def campaigns(self) -> dict[int, list[int]]:
        groups: dict[int, list[int]] = {}
        for r in sorted(self.campaign_of):
            groups.setdefault(self.campaign_of[r], []).append(r)
        return groups


def gazetteer_for(settings) -> Gazetteer:
    """The gazetteer the campaigns are grouped with: the one the analysis uses."""
    return load_gazetteer(settings.path(settings.classifier.organisations_file))


def assign_hook(settings) -> Callable:
    """The worker's hook (see pipeline.poll): each report filed joins its campaign."""
    gazetteer = gazetteer_for(settings)

    def assign_campaign(store, report_id: int, report: Report, raw: bytes) -> None:
        store.assign_campaign(report_id, fingerprints(report, gazetteer))

    return assign_campaign


def on_filed_hooks(settings) -> list[Callable]:
    return [assign_hook(settings)]


def group(reports: Iterable[tuple[int, Report]], gazetteer: Gazetteer) -> dict[int, list[int]]:
    """Campaign id -> report ids, for reports given in filing order."""
    index = CampaignIndex()
    for report_id, report in reports:
        index.add(report_id, fingerprints(report, gazetteer))
    return index.campaigns()


# --- what staff see of a campaign ------------------------------------------------------------

SEVERITY = {"fraud": 2, "spam": 1, "legitimate": 0}
_CREDENTIAL_OR_PAYMENT = re.compile(
    r"credential|password|login|identifiant|mot[s]? de passe|connexion|account|compte|payment|paiement|"
    r"pay|iban|bank|banc|carte|card|virement|transfer|rib",
    re.IGNORECASE,
)
_LOOKALIKE_FLAGS = {"lookalike", "homoglyph", "punycode", "subdomain_trick"}
# review states that settle the verdict
STATE_VERDICT = {"confirmed_fraud": "fraud", "false_positive": "legitimate"}


@dataclass
class Member:
    report_id: int
    report: Report
    filed_at: str  # ISO 8601, UTC
    state: str = "new"
    label: str | None = None  # the verdict staff gave it, if any


@dataclass
class CampaignSummary:
    id: int
    verdict: str
    confidence: float
    organisation: str | None  # the organisation it impersonates (or names, when legitimate)
    fake_organisation: bool
    first_seen: str
    last_seen: str
    report_ids: list[int]
    reporters: int
    subjects: list[str]
    senders: list[str]
    reply_tos: list[str]
    links: list[str]
    domains: list[str]
    lookalike_domains: list[str]
    phones: list[str]
    reasons: list[str]
    asks_credentials_or_payment: bool
    danger: int  # higher is worse; see `danger_score`

    @property
    def reports(self) -> int:
        return len(self.report_ids)


def most_common(values: Iterable[str], limit: int) -> list[str]:
    counts = Counter(v for v in values if v)
    return [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]


def campaign_verdict(votes: Iterable[tuple[str, float, str, str | None]]) -> tuple[str, float]:
    """The verdict most of the weight pleads for, from (verdict, confidence, state, label) of
    each report; a staff correction outweighs the classifier."""
    weight: Counter[str] = Counter()
    for verdict, confidence, state, label in votes:
        corrected = label or STATE_VERDICT.get(state)
        weight[corrected or verdict] += 2.0 if corrected else max(confidence, 0.01)
    verdict = max(weight, key=lambda v: (weight[v], SEVERITY.get(v, 0)))
    return verdict, weight[verdict] / sum(weight.values())


def danger_score(verdict: str, asks_credentials_or_payment: bool, lookalikes: bool, fake_org: bool) -> int:
    """Fraud asking for identifiers or money comes first, then through a look-alike domain or in
    the name of a body that does not exist (the threat of radiation by a fake authority)."""
    if verdict != "fraud":
        return SEVERITY.get(verdict, 0)
    return 10 + 4 * asks_credentials_or_payment + 3 * lookalikes + 3 * fake_org


def summarise(campaign_id: int, members: Sequence[Member], limit: int = 8) -> CampaignSummary:
    members = sorted(members, key=lambda m: m.report_id)
    verdict, confidence = campaign_verdict((m.report.verdict, m.report.confidence, m.state, m.label) for m in members)
    orgs = [o for m in members for o in m.report.indicators.organisations]
    # a body invented by the scammers (the "direction régionale…") is the one they pose as
    fakes = [o for o in orgs if o.fake]
    organisation = most_common((o.name for o in (fakes or orgs)), 1)
    urls = [u for m in members for u in m.report.indicators.urls]
    reasons = [r for m in members for r in m.report.reasons if (r.verdict in (None, verdict))]
    asks = any(_CREDENTIAL_OR_PAYMENT.search(f"{r.id} {r.text}") for r in reasons) if verdict == "fraud" else False
    lookalikes = most_common((u.registered_domain for u in urls if _LOOKALIKE_FLAGS & set(u.flags)), limit)
    fake = bool(fakes)
    return CampaignSummary(
        id=campaign_id,
        verdict=verdict,
        confidence=round(confidence, 2),
        organisation=organisation[0] if organisation else None,
        fake_organisation=fake,
        first_seen=min(m.filed_at for m in members),
        last_seen=max(m.filed_at for m in members),
        report_ids=[m.report_id for m in members],
        reporters=len({(m.report.reporter.address or f"#{m.report_id}").lower() for m in members}),
        subjects=most_common((o.subject for m in members for o in m.report.originals), limit),
        senders=most_common((o.sender.address for m in members for o in m.report.originals), limit),
        reply_tos=most_common((o.reply_to for m in members for o in m.report.originals), limit),
        links=most_common((u.url for u in urls if not u.official), limit),
        domains=most_common((u.registered_domain for u in urls), limit),
        lookalike_domains=lookalikes,
        phones=most_common((p.e164 for m in members for p in m.report.indicators.phones), limit),
        reasons=most_common((r.text for r in reasons), 5),
        asks_credentials_or_payment=asks,
        danger=danger_score(verdict, asks, bool(lookalikes), fake),
    )
