"""The rules file (config/rules.toml): what each rule looks for and what it weighs.

A rule is a table in the `[[rules]]` array:

    id      short name, letters/digits/_/-, unique                  "menace_radiation"
    text    the French explanation shown to staff when it fires     "Menace de radiation…"
    verdict the verdict it pleads for: fraud | spam | legitimate
    weight  how much it pleads (a positive number, at most 10; in log-odds, see decide.py)
    when    its condition (below)
    enabled optional, false switches the rule off without deleting it
    ignore_negated  optional, true: its keywords and expressions do not count in a sentence
            that says "jamais", "never", "en aucun cas" … ("ne communiquez jamais vos
            identifiants" is advice, not a request for them), nor just after a negation
            ("ne vous demandera pas de communiquer", "will not ask you to confirm"), unless
            that negation is a condition ("si vous ne confirmez pas …": a threat)

A condition is a table with one or more of these keys; with several keys, all must hold:

    fact = "name"  or  fact = ["a", "b"]      the named facts hold (see facts.FACTS)
    keywords = ["mot", "deux mots", …]        one of them appears as whole words in the subject or body
    subject_keywords = [...]                  the same, in the subject only
    sender_keywords = [...]                   the same, in the senders' displayed names ("Google Drive")
    matches = "regex"  or  [...]              one regular expression matches the subject or body
    subject_matches = "regex"  or  [...]      the same, in the subject only
    any = [condition, …]                      at least one holds
    all = [condition, …]                      every one holds
    not = condition                           it does not hold

An optional `[links]` table names `neutral_domains` (social networks, mailing services): links
there count for no link fact (facts.facts_of).

Keywords and regular expressions ignore case and accents ("securite" finds "Sécurité").
Expressions are Python `re` syntax, compiled once when the file is loaded. A file that is
not valid stops the program at start-up with the file, the line and the reason.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as sre_constants, _parser as sre_parser
from typing import Callable

from ..report import VERDICTS
from ..settings import SettingsError
from ..textutil import strip_accents
from .facts import FACTS, Facts, normalise

RULE_KEYS = {"id", "text", "verdict", "weight", "when", "enabled", "ignore_negated"}
TEXT_KEYS = {"keywords": "text", "subject_keywords": "subject", "sender_keywords": "sender_names",
             "matches": "text", "subject_matches": "subject"}
CONDITION_KEYS = {"fact", "any", "all", "not", *TEXT_KEYS}
MAX_WEIGHT = 10.0
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# what makes a sentence advice rather than a demand (the text is already without accents)
_NEGATION = re.compile(r"\b(jamais|en aucun cas|aucunement|sous aucun pretexte|a personne|never|under no circumstances|(to|with) anyone)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
# a negation just before the words matched ("ne vous demandera pas de communiquer", "n'avez pas a
# transmettre", "aucun agent ne", "will not ask you to confirm", "do not share") ...
_NEGATION_BEFORE = re.compile(r"(\bne\b|\bn'|\bnot\b|n't\b|\bno one\b|\bnobody\b|\baucun\w*\b|\bpersonne ne\b)[^.!?\n:;,]*$"
                              # "sans frais de dossier", "no processing fee": only what it governs directly
                              # (the text read ends three characters into the match)
                              r"|\b(sans|without|no)\s+(\w+\s+)?\w{0,3}$")
# ... unless it is the condition of a threat ("si vous ne confirmez pas votre mot de passe, …")
_CONDITIONAL = re.compile(r"\b(si|s'il|faute de|sans quoi|if|unless|otherwise)\b")
NEGATION_REACH = 40  # characters before the match where a negation governs it

Condition = Callable[[Facts], bool]


class RuleFileError(SettingsError):
    """The rules file is invalid: which file, which line, which rule key and why."""

    def __init__(self, file: str | os.PathLike, line: int | None, key: str | None, reason: str):
        super().__init__(file, key, reason)
        self.line = line
        where = f"{file}, line {line}" if line else str(file)
        self.args = (f"{where}: {key}: {reason}" if key else f"{where}: {reason}",)


@dataclass(frozen=True)
class Rule:
    id: str
    text: str
    verdict: str
    weight: float
    condition: Condition

    def fires(self, facts: Facts) -> bool:
        return self.condition(facts)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    file: str
    # [links] neutral_domains: social networks and mailing services, counted for no link fact
    neutral_link_domains: frozenset[str] = frozenset()

    def fired(self, facts: Facts) -> list[Rule]:
        """The rules whose condition holds, in file order."""
        return [r for r in self.rules if r.condition(facts)]


class _Invalid(Exception):
    """Raised while compiling one rule: `key` is the path of the offending key, `value` a text to find its line."""

    def __init__(self, key: str, reason: str, value: str | None = None):
        super().__init__(reason)
        self.key, self.reason, self.value = key, reason, value


def _strings(value, key: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) and v.strip() for v in items):
        raise _Invalid(key, "must be a non-empty text or a list of non-empty texts")
    return items


def _affirmative(text: str, match: re.Match) -> bool:
    """The match is not in a sentence that says "jamais", "never" …"""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, match.start() - 300), match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    if _NEGATION.search(text, start, end.start() if end else len(text)):
        return False
    before = text[max(start, match.start() - NEGATION_REACH):match.start() + 3]  # "ne " may open the match
    return not (_NEGATION_BEFORE.search(before) and not _CONDITIONAL.search(text, start, match.start()))


# The non-ASCII characters that re.IGNORECASE matches with an ASCII one (tests/test_classify_rules.py
# checks over every code point that there are no others): "ſ" is an "s" to an expression.
_ASCII_CASE_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


@lru_cache(maxsize=16)  # the few texts of the report being judged, folded once for all its rules
def _folded(text: str) -> str:
    """The text as a case-insensitive expression sees its ASCII letters: lower case, twins made ASCII."""
    if not text.isascii():
        for twin, letter in _ASCII_CASE_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    return text.lower()


def _best_literals(choices: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several literal sets that a match needs, the most telling: the longest shortest literal."""
    return max(choices, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _needed_literals(parsed) -> list[frozenset[str]]:
    """Sets of lower-case ASCII literals, each such that every match of this parsed sequence contains
    one of its literals (case aside); [] when nothing is certain. Lookarounds and optional parts are
    left out: they only make the conditions weaker, never wrong."""
    needed: list[frozenset[str]] = []
    run = ""
    for op, arg in list(parsed) + [(None, None)]:
        if op is sre_constants.LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        if run:
            needed.append(frozenset([run]))
            run = ""
        if op is sre_constants.SUBPATTERN:
            needed += _needed_literals(arg[-1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT) and arg[0] >= 1:
            needed += _needed_literals(arg[2])
        elif op is sre_constants.BRANCH:
            branches = [_best_literals(_needed_literals(branch)) for branch in arg[1]]
            if all(branches):
                needed.append(frozenset().union(*branches))
    return needed


def _without_longer(literals: frozenset[str]) -> tuple[str, ...]:
    """The literals that contain no other one (if "radie" is not there, "radiee" is not either)."""
    return tuple(sorted(x for x in literals if not any(y != x and y in x for y in literals)))


def _common(literal: str) -> bool:
    """A literal found in nearly every text (" ", "d", "in", "ez"): not worth a test (digits are rarer: "24")."""
    return len(literal.strip()) < 2 or (len(literal) < 3 and literal.isalpha())


def _literal_clue(pattern: str) -> Callable[[str], bool]:
    """A cheap necessary condition for the case-insensitive expression to match a text: each of the
    literal sets its matches need has one literal in the folded text (a few substring tests instead
    of trying every alternative of the expression at every word)."""
    try:
        needed = _needed_literals(sre_parser.parse(pattern, re.IGNORECASE))
    except Exception:  # an expression the parser of this Python reads otherwise: no shortcut
        needed = []
    sets = sorted({_without_longer(s) for s in needed if not any(map(_common, s))}, key=len)
    if not sets:
        return lambda text: True

    def may_match(text: str) -> bool:
        contains = _folded(text).__contains__
        for literals in sets:
            if not any(map(contains, literals)):  # the substring tests run in C
                return False
        return True

    return may_match


def _text_condition(kind: str, value, key: str, ignore_negated: bool) -> Condition:
    items = _strings(value, key)
    if kind.endswith("keywords"):
        keywords = tuple(dict.fromkeys(normalise(k) for k in items))
        pattern = "|".join(re.escape(k) for k in keywords)
        # a keyword is found as whole words, so it is at least in the text
        searches = [(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), lambda text: any(map(text.__contains__, keywords)))]
    else:
        searches = []
        for item in items:
            try:
                # accents are removed from the text, so from the expression's literals too
                regex = re.compile(normalise_pattern(item), re.IGNORECASE)
            except re.error as exc:
                raise _Invalid(key, f"invalid regular expression {item!r}: {exc}", item) from None
            searches.append((regex, _literal_clue(regex.pattern)))
    field = TEXT_KEYS[kind]
    if ignore_negated:
        def holds_affirmed(facts: Facts) -> bool:
            text = getattr(facts, field)
            for regex, may in searches:
                if may(text) and any(_affirmative(text, m) for m in regex.finditer(text)):
                    return True
            return False

        return holds_affirmed

    def holds(facts: Facts) -> bool:
        text = getattr(facts, field)
        for regex, may in searches:
            if may(text) and regex.search(text):
                return True
        return False

    return holds


def normalise_pattern(pattern: str) -> str:
    """A regular expression with the accents of its literals removed (case is handled by IGNORECASE)."""
    return strip_accents(pattern.replace("\u2019", "'"))


def _cost(item: tuple[str, object]) -> int:
    """A rough cost of evaluating one key of a condition table: to evaluate the cheap ones first."""
    name, value = item
    if name == "fact":
        return 0
    if name in TEXT_KEYS:
        return 1 if name.endswith("keywords") else 4 * len(value if isinstance(value, list) else [value])
    nodes = value if isinstance(value, list) else [value]
    return sum(_cost(entry) for node in nodes if isinstance(node, dict) for entry in node.items())


def compile_condition(node, key: str, ignore_negated: bool = False) -> Condition:
    """A condition table of the rules file as a function of the facts."""
    if not isinstance(node, dict) or not node:
        raise _Invalid(key, "a condition must be a non-empty table such as { fact = \"link_lookalike\" }")
    parts: list[tuple[int, Condition]] = []
    for name, value in sorted(node.items(), key=lambda item: item[0] != "fact"):
        sub = f"{key}.{name}"
        if name not in CONDITION_KEYS:
            raise _Invalid(sub, f"unknown condition {name!r} (known: {', '.join(sorted(CONDITION_KEYS))})", name)
        if name == "fact":
            names = _strings(value, sub)
            for fact in names:
                if fact not in FACTS:
                    raise _Invalid(sub, f"unknown fact {fact!r} (known: {', '.join(FACTS)})", fact)
            parts.append((0, lambda facts, names=frozenset(names): names <= facts.true))
        elif name in ("any", "all"):
            if not isinstance(value, list) or not value:
                raise _Invalid(sub, "must be a non-empty list of conditions")
            compiled = [(_cost(("all", [v])), compile_condition(v, f"{sub}[{i}]", ignore_negated)) for i, v in enumerate(value)]
            subs = tuple(c for _, c in sorted(compiled, key=lambda pair: pair[0]))  # the cheapest first
            parts.append((_cost((name, value)), _any(subs) if name == "any" else _all(subs)))
        elif name == "not":
            inner = compile_condition(value, sub, ignore_negated)
            parts.append((_cost((name, value)), lambda facts, inner=inner: not inner(facts)))
        else:
            parts.append((_cost((name, value)), _text_condition(name, value, sub, ignore_negated)))
    # the cheapest first (a fact is a set lookup, an expression a scan of the text): the result is the same
    conditions = tuple(c for _, c in sorted(parts, key=lambda pair: pair[0]))
    return conditions[0] if len(conditions) == 1 else _all(conditions)


def _any(conditions: tuple[Condition, ...]) -> Condition:
    def holds(facts: Facts) -> bool:
        for condition in conditions:  # a plain loop: cheaper than any() over a generator
            if condition(facts):
                return True
        return False

    return holds


def _all(conditions: tuple[Condition, ...]) -> Condition:
    def holds(facts: Facts) -> bool:
        for condition in conditions:
            if not condition(facts):
                return False
        return True

    return holds


def _compile_rule(data, index: int, seen: set[str]) -> Rule | None:
    key = f"rules[{index}]"
    if not isinstance(data, dict):
        raise _Invalid(key, "a rule must be a table")
    label = f"rule {data.get('id')!r}" if isinstance(data.get("id"), str) else key
    for name in data:
        if name not in RULE_KEYS:
            raise _Invalid(f"{label}.{name}", f"unknown key (known: {', '.join(sorted(RULE_KEYS))})", name)
    for name in ("id", "text", "verdict", "weight", "when"):
        if name not in data:
            raise _Invalid(label, f"missing key {name!r}")
    rule_id = data["id"]
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise _Invalid(f"{label}.id", "must be lower-case letters, digits, _ or -, e.g. \"menace_radiation\"", "id")
    if rule_id in seen:
        raise _Invalid(f"{label}.id", "this id is already used by another rule", "id")
    seen.add(rule_id)
    if not isinstance(data["text"], str) or not data["text"].strip():
        raise _Invalid(f"{label}.text", "must be a non-empty French explanation for staff", "text")
    if data["verdict"] not in VERDICTS:
        raise _Invalid(f"{label}.verdict", f"must be one of {', '.join(VERDICTS)}", "verdict")
    weight = data["weight"]
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= MAX_WEIGHT:
        raise _Invalid(f"{label}.weight", f"must be a number above 0 and at most {MAX_WEIGHT:g}", "weight")
    for name in ("enabled", "ignore_negated"):
        if not isinstance(data.get(name, False), bool):
            raise _Invalid(f"{label}.{name}", "must be true or false", name)
    condition = compile_condition(data["when"], f"{label}.when", data.get("ignore_negated", False))
    if not data.get("enabled", True):
        return None
    return Rule(rule_id, data["text"].strip(), data["verdict"], float(weight), condition)


def _rule_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indexes of each [[rules]] table, in order."""
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*\[\[\s*rules\s*\]\]", line)]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _line_of(lines: list[str], index: int | None, key: str, value: str | None) -> int | None:
    """The line (1-based) of the offending rule, and within it of the value or key, as well as can be found."""
    spans = _rule_spans(lines)
    if index is None or index >= len(spans):
        found = next((i for i, line in enumerate(lines) if re.match(r"\s*rules\s*=", line)), None)
        return found + 1 if found is not None else None
    first, end = spans[index]
    if value:
        literal = value.replace("\\", "\\\\")  # as written in a TOML "basic string"
        for needle in (re.compile(rf"^\s*{re.escape(value)}\s*[=.]"), literal, value):
            for i in range(first, end):
                hit = needle.search(lines[i]) if isinstance(needle, re.Pattern) else needle in lines[i]
                if hit:
                    return i + 1
    last = key.rsplit(".", 1)[-1].split("[")[0]
    for i in range(first, end):
        if re.search(rf"(^|[\s{{,.]){re.escape(last)}\s*[=.]", lines[i]):
            return i + 1
    return first + 1


def load_rules(path: str | os.PathLike) -> RuleSet:
    """Read, check and compile the rules file; RuleFileError (a SettingsError) when it is invalid."""
    path = Path(path)
    try:
        source = path.read_text("utf-8")
    except FileNotFoundError:
        raise RuleFileError(path, None, None, "rules file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, None, None, f"cannot read the rules file: {exc}") from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise RuleFileError(path, int(m.group(1)) if m else None, None, f"not valid TOML: {exc}") from None
    lines = source.splitlines()
    unknown = set(data) - {"rules", "links"}
    if unknown:
        name = sorted(unknown)[0]
        raise RuleFileError(path, _line_of_table(lines, name), name,
                            "unknown top-level key (only [links] and [[rules]] tables are allowed)")
    neutral = _neutral_domains(data.get("links", {}), path, lines)
    entries = data.get("rules")
    if not isinstance(entries, list) or not entries:
        raise RuleFileError(path, None, "rules", "the file declares no rule ([[rules]] tables)")
    rules, seen = [], set()
    for index, entry in enumerate(entries):
        try:
            rule = _compile_rule(entry, index, seen)
        except _Invalid as exc:
            raise RuleFileError(path, _line_of(lines, index, exc.key, exc.value), exc.key, exc.reason) from None
        if rule is not None:
            rules.append(rule)
    return RuleSet(tuple(rules), str(path), neutral)


_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _line_of_table(lines: list[str], name: str) -> int | None:
    return next((i + 1 for i, text in enumerate(lines) if re.match(rf"\s*\[?\s*{re.escape(name)}\b", text)), None)


def _neutral_domains(table, path: Path, lines: list[str]) -> frozenset[str]:
    """The [links] table: `neutral_domains`, lower-case domain names."""
    if not isinstance(table, dict) or set(table) - {"neutral_domains"}:
        raise RuleFileError(path, _line_of_table(lines, "links"), "links",
                            "the [links] table only holds neutral_domains (a list of domain names)")
    domains = table.get("neutral_domains", [])
    if not isinstance(domains, list):
        raise RuleFileError(path, _line_of_table(lines, "neutral_domains"), "links.neutral_domains",
                            "must be a list of domain names")
    for domain in domains:
        if not isinstance(domain, str) or not _DOMAIN.match(domain):
            line = next((i + 1 for i, text in enumerate(lines) if f'"{domain}"' in text), None)
            raise RuleFileError(path, line, "links.neutral_domains",
                                f"{domain!r} is not a domain name in lower case (example: linkedin.com)")
    return frozenset(domains)
