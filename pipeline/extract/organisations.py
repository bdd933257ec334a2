"""The gazetteer: organisations a message may name or impersonate, and the domain lists.

Loaded once at start-up from two staff-editable files (see their headers for the format):

- `config/organisations.toml`: each body's names (aliases, capitalised acronyms, optional
  regular expressions), its official domains, its kind (public body or company) and
  whether it is a FAKE body that does not exist ("direction régionale de certification
  périodique");
- `config/domains.toml` (beside it): free-mail providers, URL shorteners, shared hosting
  platforms (forms, file sharing, site builders: their domain is everybody's) and the state
  suffixes (gouv.fr) whose registration is closed to the public.

Both are validated at load; an error raises `SettingsError(file, key, reason)`.

The API other stages use (the classifier among them):

- `Gazetteer.find(text)` -> the organisations named in a text (`OrganisationMatch`, in
  order of first appearance, one per organisation);
- `Gazetteer.official_for(domain)` -> the `Organisation` that officially uses this domain
  or host (sub-domains included), else None; `official_domain_of(domain)` gives the
  official domain itself;
- `Gazetteer.is_freemail(domain)`, `is_shortener(domain)`, `is_shared_hosting(domain)`,
  `is_state_domain(domain)`;
- `Gazetteer.organisation(id)`, `Gazetteer.organisations`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..report import OrganisationMatch
from ..settings import SettingsError, read_toml

KINDS = ("public", "company")
_ORG_KEYS = {"id", "name", "aliases", "acronyms", "patterns", "official_domains", "kind", "fake", "note"}
_DOMAIN_KEYS = {"freemail", "shorteners", "shared_hosting", "state_suffixes"}
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")


def _fold_table() -> dict[int, str]:
    """Case and accent folding that keeps every character in place (one for one), so that
    a match in the folded text points at the same words in the text as written."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    for ch in "\u2019\u2018\u02bc\u00b4`":
        table[ord(ch)] = "'"
    for ch in "\u00a0\u202f\u2009\u2007":
        table[ord(ch)] = " "
    for ch in "\u2010\u2011\u2012\u2013":
        table[ord(ch)] = "-"
    # Cyrillic, Greek and IPA letters that look like Latin ones in a mail client's font:
    # "Аgence du numérique" written with a Cyrillic А still names the ANS, and аmeli.fr is
    # judged as ameli.fr
    for lookalike, latin in zip(LATIN_LOOKALIKES, LATIN_LOOKALIKES_AS):
        table[ord(lookalike)] = latin
    return table


LATIN_LOOKALIKES = "аеорсухіјѕԁвкмнтёїԛԝոАВЕКМНОРСТХІЈЅαβεηικνορτυχωΑΒΕΖΗΙΚΜΝΟΡΤΥΧɡɩı"
LATIN_LOOKALIKES_AS = "aeopcyxijsdbkmhteiqwnabekmhopctxijsabenikvoptuxwabezhikmnoptyxgli"


_FOLD = _fold_table()
_FOLDED = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def fold(text: str) -> str:
    """Lower case without accents, same length as the text whenever Python's lower() keeps it."""
    if text.isascii():
        return text.lower()
    return _FOLDED.sub(lambda m: _FOLD[ord(m.group())], text).lower()


_SEPARATORS = re.compile(r"[\s'\-]+")
_SEPARATOR = r"[\s'\-]{1,3}"


def alias_key(words: str) -> str:
    """An alias or the words matching it, folded, words separated by one space."""
    return " ".join(w for w in _SEPARATORS.split(fold(words)) if w)


def _trie_regex(keys) -> str:
    """One regex for many aliases, their common beginnings factored (a trie), so that the
    engine does not try every alias at every position; longest alias first."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [(_SEPARATOR if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    official_domains: tuple[str, ...] = ()
    kind: str = "public"
    fake: bool = False
    note: str = ""

    @property
    def claims_authority(self) -> bool:
        """A public body, or a fake one pretending to be: links elsewhere are 'unrelated'."""
        return self.fake or self.kind == "public"


@dataclass
class Gazetteer:
    organisations: list[Organisation]
    freemail: frozenset[str] = frozenset()
    shorteners: frozenset[str] = frozenset()
    state_suffixes: frozenset[str] = frozenset()
    shared_hosting: frozenset[str] = frozenset()
    _by_id: dict[str, Organisation] = field(init=False, repr=False)
    _by_domain: dict[str, list[Organisation]] = field(init=False, repr=False)
    _names: re.Pattern | None = field(init=False, repr=False)
    _acronyms: re.Pattern | None = field(init=False, repr=False)
    _judge: object = field(init=False, repr=False, default=None)

    def __post_init__(self):
        self._by_id = {o.id: o for o in self.organisations}
        self._by_domain = {}
        for org in self.organisations:
            for domain in org.official_domains:
                self._by_domain.setdefault(domain, []).append(org)
        # Aliases: one trie-shaped regex over the folded text, the words found map back to
        # their organisation. Patterns: one regex per organisation that has some.
        self._alias_org = {}
        for org in self.organisations:
            for alias in org.aliases:
                self._alias_org.setdefault(alias_key(alias), org)
        self._names = re.compile(r"(?<![\w@])" + _trie_regex(self._alias_org) + r"(?![\w@])") if self._alias_org else None
        self._patterns = [(re.compile("|".join(org.patterns)), org) for org in self.organisations if org.patterns]
        acronyms = {a: org for org in self.organisations for a in org.acronyms}
        self._acronym_org = acronyms
        self._acronyms = (
            # the guard against a glued word before is written after each acronym's first
            # capital: a regex starting with those lets the engine skip to them, one starting
            # with a lookbehind is tried at every position (twice as slow)
            re.compile(
                "(" + "|".join(re.escape(a[0]) + r"(?<![\w@./-].)" + re.escape(a[1:]) for a in sorted(acronyms, key=len, reverse=True))
                + r")(?![\w@-]|\.[A-Za-z0-9])"
            )
            if acronyms
            else None
        )

    @property
    def judge(self):
        """The `domains.DomainJudge` of these official domains, built once (its caches live
        as long as the gazetteer)."""
        if self._judge is None:
            from .domains import DomainJudge  # domains imports this module

            self._judge = DomainJudge(self)
        return self._judge

    def organisation(self, org_id: str) -> Organisation | None:
        return self._by_id.get(org_id)

    def find(self, text: str) -> list[OrganisationMatch]:
        """The organisations a text names, one match per organisation, in order of appearance."""
        if not text:
            return []
        folded = fold(text)
        same_length = len(folded) == len(text)
        found: dict[str, tuple[int, OrganisationMatch]] = {}

        def add(org: Organisation, start: int, matched: str):
            if org.id not in found or start < found[org.id][0]:
                found[org.id] = (start, _match(org, matched))

        if self._names is not None:
            for m in self._names.finditer(folded):
                add(self._alias_org[alias_key(m.group())], m.start(), text[m.start() : m.end()] if same_length else m.group())
        for pattern, org in self._patterns:
            m = pattern.search(folded)
            if m:
                add(org, m.start(), text[m.start() : m.end()] if same_length else m.group())
        if self._acronyms is not None:
            for m in self._acronyms.finditer(text):
                if len(m.group(1)) <= 3 and _shouting(text, m.start(), m.end()):
                    continue  # "DEPUIS 10 ANS": in upper-case text a short acronym is just a word
                add(self._acronym_org[m.group(1)], m.start(), m.group(1))
        return [match for _, match in sorted(found.values(), key=lambda f: f[0])]

    def _walk(self, domain: str):
        """The domain and each parent domain: a.b.c.fr, b.c.fr, c.fr, fr."""
        domain = domain.lower().rstrip(".")
        while domain:
            yield domain
            _, _, domain = domain.partition(".")

    def official_domain_of(self, domain: str) -> str | None:
        """The official domain (from the gazetteer) this host or domain falls under, else None."""
        for candidate in self._walk(domain):
            if candidate in self._by_domain:
                return candidate
        return None

    def official_organisations(self, domain: str) -> list[Organisation]:
        official = self.official_domain_of(domain)
        return list(self._by_domain[official]) if official else []

    def official_for(self, domain: str) -> Organisation | None:
        """The organisation that officially uses this domain or host (sub-domains included)."""
        orgs = self.official_organisations(domain)
        return orgs[0] if orgs else None

    def _in(self, domain: str, domains: frozenset[str]) -> bool:
        return any(candidate in domains for candidate in self._walk(domain))

    def is_freemail(self, domain: str) -> bool:
        """A free e-mail provider (gmail.com, orange.fr, laposte.net ...): anybody can have an address there."""
        return self._in(domain, self.freemail)

    def is_shortener(self, domain: str) -> bool:
        """A URL shortener or redirector (bit.ly ...): the real target is hidden."""
        return self._in(domain, self.shorteners)

    def is_shared_hosting(self, domain: str) -> bool:
        """A platform anybody can publish on (docs.google.com, sharepoint.com, github.io ...):
        its domain tells nothing about who is behind a page."""
        return self._in(domain, self.shared_hosting)

    def is_state_domain(self, domain: str) -> bool:
        """Under a suffix only the State can register (gouv.fr)."""
        return self._in(domain, self.state_suffixes)


def _match(org: Organisation, matched: str) -> OrganisationMatch:
    return OrganisationMatch(
        name=org.name,
        matched=" ".join(matched.split()),
        official_domain=org.official_domains[0] if org.official_domains else None,
        id=org.id,
        fake=org.fake,
    )


def _shouting(text: str, start: int, end: int) -> bool:
    around = text[max(0, start - 25) : start] + text[end : end + 25]
    letters = [c for c in around if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _strings(value, file, key, *, allow_empty=True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SettingsError(file, key, "must be a list of non-empty strings")
    if not allow_empty and not value:
        raise SettingsError(file, key, "must not be empty")
    return tuple(v.strip() for v in value)


def _domains(value, file, key) -> tuple[str, ...]:
    domains = _strings(value, file, key)
    for d in domains:
        if not _DOMAIN.match(d):
            raise SettingsError(file, key, f"{d!r} is not a domain name (lower case, no scheme, no path, e.g. agencedpc.fr)")
    return domains


def _parse_organisation(entry, index: int, file: Path) -> Organisation:
    where = f"organisation[{index}]"
    if not isinstance(entry, dict):
        raise SettingsError(file, where, "must be a table ([[organisation]])")
    if isinstance(entry.get("id"), str):
        where = f"organisation[{index}] ({entry['id']})"
    unknown = set(entry) - _ORG_KEYS
    if unknown:
        raise SettingsError(file, f"{where}.{sorted(unknown)[0]}", f"unknown key (known: {', '.join(sorted(_ORG_KEYS))})")
    for key in ("id", "name"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise SettingsError(file, f"{where}.{key}", "is required and must be a non-empty string")
    if not _ID.match(entry["id"]):
        raise SettingsError(file, f"{where}.id", "must be lower-case letters, digits, '-' or '_'")
    aliases = _strings(entry.get("aliases", []), file, f"{where}.aliases")
    acronyms = _strings(entry.get("acronyms", []), file, f"{where}.acronyms")
    for a in acronyms:
        if not re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,15}", a) or a.lower() == a:
            raise SettingsError(file, f"{where}.acronyms", f"{a!r} must be one word with capitals (e.g. ANDPC)")
    patterns = _strings(entry.get("patterns", []), file, f"{where}.patterns")
    for p in patterns:
        try:
            compiled = re.compile(p)
        except re.error as exc:
            raise SettingsError(file, f"{where}.patterns", f"{p!r} is not a valid regular expression: {exc}") from None
        if compiled.groups:
            # capturing groups would break the one-pass matching; (?:...) does the same job
            raise SettingsError(file, f"{where}.patterns", f"{p!r}: use (?:...) instead of capturing groups (...)")
        if compiled.match(""):
            raise SettingsError(file, f"{where}.patterns", f"{p!r} matches empty text")
    if not (aliases or acronyms or patterns):
        raise SettingsError(file, where, "needs at least one of aliases, acronyms or patterns")
    domains = _domains(entry.get("official_domains", []), file, f"{where}.official_domains")
    kind = entry.get("kind", "public")
    if kind not in KINDS:
        raise SettingsError(file, f"{where}.kind", f"must be one of {', '.join(KINDS)}")
    fake = entry.get("fake", False)
    if not isinstance(fake, bool):
        raise SettingsError(file, f"{where}.fake", "must be true or false")
    if fake and domains:
        raise SettingsError(file, f"{where}.official_domains", "a fake body (fake = true) has no official domain")
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise SettingsError(file, f"{where}.note", "must be a string")
    return Organisation(entry["id"], entry["name"].strip(), aliases, acronyms, patterns, domains, kind, fake, note)


def load_gazetteer(path, domains_path=None) -> Gazetteer:
    """Read and validate config/organisations.toml and the config/domains.toml beside it."""
    path = Path(path)
    domains_path = Path(domains_path) if domains_path else path.with_name("domains.toml")
    data = read_toml(path)
    unknown = set(data) - {"organisation"}
    if unknown:
        raise SettingsError(path, sorted(unknown)[0], "unknown key (the file holds [[organisation]] blocks only)")
    entries = data.get("organisation")
    if not isinstance(entries, list) or not entries:
        raise SettingsError(path, "organisation", "no [[organisation]] block")
    organisations = [_parse_organisation(e, i, path) for i, e in enumerate(entries)]
    seen: set[str] = set()
    names: dict[str, str] = {}
    for i, org in enumerate(organisations):
        if org.id in seen:
            raise SettingsError(path, f"organisation[{i}].id", f"duplicate id {org.id!r}")
        seen.add(org.id)
        # one name, one body: otherwise which of the two a message names would depend on the order
        for key, name in [("aliases", alias_key(a)) for a in org.aliases] + [("acronyms", a) for a in org.acronyms]:
            if names.setdefault(name, org.id) != org.id:
                raise SettingsError(path, f"organisation[{i}] ({org.id}).{key}", f"{name!r} already names {names[name]!r}")

    lists = read_toml(domains_path)
    unknown = set(lists) - _DOMAIN_KEYS
    if unknown:
        raise SettingsError(domains_path, sorted(unknown)[0], f"unknown key (known: {', '.join(sorted(_DOMAIN_KEYS))})")
    values = {key: frozenset(_domains(lists.get(key, []), domains_path, key)) for key in _DOMAIN_KEYS}
    gazetteer = Gazetteer(organisations, values["freemail"], values["shorteners"], values["state_suffixes"],
                          values["shared_hosting"])
    gazetteer.judge.warm_up()  # loads the Public Suffix List snapshot now, not on the first message
    return gazetteer
