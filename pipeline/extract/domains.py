"""Registered domains and what a link's domain says: official, look-alike, tricks.

The registered domain (eTLD+1) comes from tldextract with its bundled Public Suffix List
snapshot, never fetched (`suffix_list_urls=()`, `cache_dir=None`); results are cached.

Flags set on a host (see `assess_host`), documented in report.schema.json too:

- `lookalike`: the registered domain imitates an official one (its name with hyphens or
  digits inserted: agence-dpc.fr, agencedpc2.fr; another suffix: agencedpc.com; a typo
  within a small edit distance: agncedpc.fr; the official name combined with other words:
  ameli-sante.com, agencedpc-validation.com, impots-gouv.fr; the body's acronym or a longer
  alias as words of the name: andpc-droits-formation.fr, pro-sante-connect.net, a
  three-letter acronym only beside a bait word: ans-certification.info). Free-mail
  providers are never look-alikes. `lookalike_of` names the official domain.
- `subdomain_trick`: an official name sits in the sub-domains of an unrelated domain
  (agencedpc.fr.compte-verif.com, ameli.secure-login.net).
- `homoglyph`: the name only matches an official one once look-alike characters are
  mapped (Cyrillic "а" for "a", "rn" for "m", "1" for "l", "0" for "o").
- `punycode`: an internationalised host name (xn--... or non-ASCII letters).
- `shortener`: a URL shortener (config/domains.toml) hides the real target.
- `ip_literal`: the host is an IP address, not a name.
- `state_domain`: under a State-only suffix (gouv.fr): a public service's site.
- `other_official`: the official domain of a gazetteer organisation that the message
  does not name (e.g. an ANDPC mail linking to the ANS).
- `unrelated`: the message names a public body (or a fake one), and this domain is
  official for none of the gazetteer's organisations nor a State domain.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from functools import lru_cache

import tldextract

from .organisations import Gazetteer, alias_key, fold

_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_HEX_IP = re.compile(r"0x[0-9a-f]{1,8}")

# fold() already maps non-Latin look-alike letters (Cyrillic а, Greek ο ...) to Latin ones;
# the skeleton also merges the ASCII letters and digits that are confused for each other.
_CONFUSABLES = str.maketrans({"i": "l", "1": "l", "|": "l", "0": "o"})
_MULTI_CONFUSABLES = (("rn", "m"), ("vv", "w"), ("cl", "d"))
# First labels of official domains too common to be imitated on their own (ars.sante.fr is
# compared as "arssante", not as "sante").
_GENERIC_LABELS = frozenset({"sante", "social", "economie", "office", "annuaire", "ordre", "live", "conseilnational", "travailemploi", "www"})


# words scammers put beside an official acronym in a domain name
_BAIT_WORDS = frozenset(
    "gouv gov sante certif certification periodique dpc compte comptes validation valider verif verification "
    "securite secure activation activer espace pro connexion login dossier remboursement paiement formation".split()
)


@dataclass(frozen=True)
class HostParts:
    host: str
    registered_domain: str  # eTLD+1, or the address itself for an IP literal
    label: str  # the registered domain without its public suffix (agence-dpc for agence-dpc.fr)
    subdomain: str
    is_ip: bool
    known_suffix: bool


@lru_cache(maxsize=16384)
def host_parts(host: str) -> HostParts:
    host = host.lower().strip().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        return HostParts(host, host, host, "", True, True)
    if _is_ip(host):
        return HostParts(host, host, host, "", True, True)
    ext = _TLD(host)
    if not ext.suffix or not ext.domain:
        return HostParts(host, "", ext.domain, ext.subdomain, False, False)
    return HostParts(host, f"{ext.domain}.{ext.suffix}", ext.domain, ext.subdomain, False, True)


def registered_domain(host: str) -> str:
    return host_parts(host).registered_domain


def _is_ip(host: str) -> bool:
    if host.isdigit():  # http://3232235777/ is an IPv4 address written as one number
        return 0 < len(host) <= 10 and int(host) < 2**32
    if host.startswith("0x") and _HEX_IP.fullmatch(host):
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def decode_idna(host: str) -> str:
    """xn-- labels decoded to Unicode (unchanged when they do not decode)."""
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


def _plain(label: str) -> str:
    return label.replace("-", "")


def skeleton(text: str) -> str:
    text = fold(text).translate(_CONFUSABLES)
    for seq, repl in _MULTI_CONFUSABLES:
        text = text.replace(seq, repl)
    return text.replace("-", "")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class _Target:
    """One name an official domain can be imitated by."""

    name: str  # without hyphens: "agencedpc", "arssante", "impotsgouv"
    skeleton: str
    domain: str  # the official domain


def _targets(gazetteer: Gazetteer) -> tuple[_Target, ...]:
    """The names official domains can be imitated by: each official domain's first label
    (agencedpc), its whole name without the last suffix (ordre.medecin.fr -> ordremedecin,
    impots.gouv.fr -> impotsgouv), and the organisation's longer aliases (Pro Santé Connect
    -> prosanteconnect, carte Vitale -> cartevitale), which point at its first domain."""
    targets: dict[str, _Target] = {}

    def add(name: str, domain: str):
        if len(name) >= 4 and name not in _GENERIC_LABELS and name not in targets:
            targets[name] = _Target(name, skeleton(name), domain)

    for org in gazetteer.organisations:
        for domain in org.official_domains:
            add(_plain(domain.split(".")[0]), domain)
            add(_plain(domain.rsplit(".", 1)[0].replace(".", "")), domain)
    for org in gazetteer.organisations:
        for alias in org.aliases if org.official_domains else ():
            key = alias_key(alias)
            if "." not in key and len(name := key.replace(" ", "").replace("'", "")) >= 7:
                add(name, org.official_domains[0])
    return tuple(targets.values())


@dataclass
class HostAssessment:
    official_domain: str | None  # the official domain it falls under, if any
    flags: list[str] = field(default_factory=list)
    lookalike_of: str | None = None


def _imitated(candidate: str, tokens: list[str], by_name: dict[str, "_Target"], *, fuzzy: bool) -> "_Target | None":
    """The target a name (hyphens removed) imitates, strongest evidence first: the official
    name itself or with digits appended; one of its hyphen-separated words (combo-squatting,
    ameli-sante); a long official name inside it (agencedpcvalidation); a typo (fuzzy)."""
    for key in (candidate, candidate.rstrip("0123456789")):
        if key in by_name:
            return by_name[key]
    for token in tokens:
        if len(token) >= 5 and token in by_name:
            return by_name[token]
    for name, target in by_name.items():
        if len(name) >= 7 and name in candidate:
            return target
    if fuzzy:
        letters = set(candidate)
        for name, target in by_name.items():
            limit = 1 if len(name) <= 8 else 2
            # cheap tests first: the distance is computed for few pairs
            if len(name) < 5 or abs(len(candidate) - len(name)) > limit or len(letters ^ set(name)) > 2 * limit:
                continue
            if edit_distance(candidate, name, limit) <= limit:
                return target
    return None


class DomainJudge:
    """Judges hosts against the gazetteer's official domains (built once per gazetteer)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.targets = _targets(gazetteer)
        self._by_name = {t.name: t for t in self.targets}
        self._by_skeleton = {}
        for t in self.targets:
            self._by_skeleton.setdefault(t.skeleton, t)
        # acronyms as words of a longer name: andpc-droits-formation.fr, cpam-remboursement.com
        self._by_acronym: dict[str, _Target] = {}
        for org in gazetteer.organisations:
            if org.official_domains:
                for acronym in org.acronyms:
                    target = _Target(acronym.lower(), skeleton(acronym), org.official_domains[0])
                    self._by_acronym.setdefault(target.name, target)
        self._assess = lru_cache(maxsize=8192)(self._assess_uncached)

    def warm_up(self) -> None:
        host_parts("agencedpc.fr")

    def lookalike(self, name: str) -> tuple[_Target | None, bool]:
        """The official domain a label imitates, and whether only through look-alike characters."""
        folded = fold(name)
        tokens = [t for t in folded.replace(".", "-").split("-") if t]
        tokens += [t.rstrip("0123456789") for t in tokens]
        target = _imitated(_plain(folded), tokens, self._by_name, fuzzy=True) or self._acronym_in(tokens)
        if target:
            return target, not name.isascii()
        target = _imitated(skeleton(name), [skeleton(t) for t in tokens], self._by_skeleton, fuzzy=False)
        return target, target is not None

    def _acronym_in(self, tokens: list[str]) -> _Target | None:
        """An official body's acronym as one word of a name of several words; a three-letter
        one (ans, ars, has: also ordinary words) only beside a bait word (ans-certification)."""
        words = set(tokens)
        if len(words) < 2:
            return None  # cnam.fr alone is another body (the Conservatoire), not a look-alike
        for token in tokens:
            target = self._by_acronym.get(token)
            if target and (len(token) >= 4 or words & _BAIT_WORDS):
                return target
        return None

    def _assess_uncached(self, host: str) -> tuple[str | None, tuple[str, ...], str | None]:
        parts = host_parts(host)
        if parts.is_ip:
            return None, ("ip_literal",), None
        flags = []
        decoded = decode_idna(host)
        if decoded != host or not host.isascii():
            flags.append("punycode")
        official = self.gazetteer.official_domain_of(host)
        if official:
            return official, tuple(flags), None
        if self.gazetteer.is_shortener(host):
            flags.append("shortener")
        if self.gazetteer.is_state_domain(host):
            flags.append("state_domain")
            return None, tuple(flags), None
        if self.gazetteer.is_freemail(host):
            return None, tuple(flags), None  # outlook.fr, laposte.net: a known provider, not a look-alike
        named = host_parts(decoded) if decoded != host else parts
        lookalike_of = None
        if named.label:
            target, by_glyph = self.lookalike(named.label)
            if target:
                flags.append("lookalike")
                if by_glyph:
                    flags.append("homoglyph")
                lookalike_of = target.domain
        if named.subdomain:
            # agencedpc.fr.compte-verif.com, ameli.secure-login.net: the official name is only
            # a sub-domain of somebody else's domain
            sub = f".{named.subdomain}."
            hit = next((t.domain for t in self.targets if f".{t.domain}." in sub), None)
            for label in named.subdomain.split("."):
                if hit:
                    break
                if label not in _GENERIC_LABELS:
                    target = self.lookalike(label)[0]
                    hit = target.domain if target else None
            if hit:
                flags.append("subdomain_trick")
                lookalike_of = lookalike_of or hit
        return None, tuple(flags), lookalike_of

    def assess_host(self, host: str) -> HostAssessment:
        """Official domain, look-alike flags and the imitated domain for one host (cached)."""
        official, flags, lookalike_of = self._assess(host.lower().rstrip("."))
        return HostAssessment(official, list(flags), lookalike_of)
