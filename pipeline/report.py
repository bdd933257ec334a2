"""The typed values that flow between the stages, and the report contract.

source -> unwrap -> extract -> classify -> store -> campaigns -> digest / review

Every stage in the middle is a pure function over these dataclasses. `Report.to_dict()`
gives the JSON contract documented by `report.schema.json` (shipped in this package);
other parts of the program and its users rely on those keys, so change them only with
the schema and its test.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

Verdict = Literal["fraud", "spam", "legitimate"]
VERDICTS: tuple[str, ...] = ("fraud", "spam", "legitimate")

ForwardStyle = Literal["attachment", "inline", "pasted", "typed", "direct"]
FORWARD_STYLES: tuple[str, ...] = ("attachment", "inline", "pasted", "typed", "direct")


@dataclass
class Person:
    address: str | None = None
    name: str | None = None


@dataclass
class Attachment:
    """An attachment of an original, described but never opened."""

    filename: str | None
    content_type: str
    size: int
    sha256: str


@dataclass
class Origin:
    """The server an attached original really came from, as the reporter's provider recorded
    it in the Received chain (the first hop from outside the receiving providers)."""

    ip: str | None = None
    host: str | None = None


@dataclass
class Original:
    """One suspicious message found inside a report (unwrap's output)."""

    forward_style: str
    sender: Person = field(default_factory=Person)
    reply_to: str | None = None
    return_path: str | None = None
    subject: str | None = None
    date: str | None = None  # ISO 8601 when it could be parsed, else the text as written
    sender_verified: bool | None = None  # None: nothing to verify against (inline, pasted, typed)
    # (name, value) pairs as they stand in the original, for staff; inline forwards give the
    # few headers the mail client printed.
    headers: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    # attached originals only (the only ones with transport headers): None when unknown
    origin: Origin | None = None
    received_hops: int | None = None  # Received headers read


@dataclass
class Reporter:
    address: str | None = None
    name: str | None = None
    comment: str = ""


@dataclass
class Unwrapped:
    """What unwrap finds in one reported message."""

    reporter: Reporter
    originals: list[Original]
    subject: str | None = None
    message_id: str | None = None
    date: str | None = None
    defects: list[str] = field(default_factory=list)


@dataclass
class Url:
    url: str  # de-obfuscated target, as it would be followed
    host: str
    registered_domain: str
    display_text: str | None = None
    official: bool = False
    # lookalike, subdomain_trick, homoglyph, punycode, shortener, ip_literal, mismatch,
    # unrelated, other_official, state_domain, userinfo, non_http (see pipeline/extract/domains.py)
    flags: list[str] = field(default_factory=list)
    lookalike_of: str | None = None
    # where the link was found: text | href | src | form | refresh | header
    found_in: str | None = None


@dataclass
class Phone:
    e164: str
    text: str


@dataclass
class OrganisationMatch:
    name: str  # the organisation's name from the gazetteer
    matched: str  # the words of the message that named it
    official_domain: str | None  # first official domain, None for bodies that do not exist
    id: str = ""
    fake: bool = False  # a body that does not exist (e.g. "direction régionale de certification périodique")


@dataclass
class Indicators:
    urls: list[Url] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    organisations: list[OrganisationMatch] = field(default_factory=list)


@dataclass
class Reason:
    id: str
    text: str
    # which verdict it pleads for and how much, so staff see the balance
    verdict: str | None = None
    weight: float | None = None


@dataclass
class Decision:
    """Classify's output."""

    verdict: str
    confidence: float
    needs_review: bool
    reasons: list[Reason] = field(default_factory=list)
    rule_scores: dict[str, float] = field(default_factory=dict)
    model_probabilities: dict[str, float] = field(default_factory=dict)


PLACEHOLDER_DECISION = Decision(verdict="legitimate", confidence=0.0, needs_review=True)


@dataclass
class Report:
    source: str
    message_id: str | None
    reporter: Reporter
    originals: list[Original]
    indicators: Indicators
    verdict: str
    confidence: float
    needs_review: bool
    reasons: list[Reason] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    subject: str | None = None  # the reporter's own subject line
    received: str | None = None  # the report's Date header, ISO 8601
    model_probabilities: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, data: dict) -> "Report":
        originals = [
            Original(
                **{
                    **o,
                    "sender": Person(**o["sender"]),
                    "headers": [tuple(h) for h in o.get("headers", [])],
                    "attachments": [Attachment(**a) for a in o.get("attachments", [])],
                    "origin": Origin(**o["origin"]) if o.get("origin") else None,
                }
            )
            for o in data["originals"]
        ]
        ind = data["indicators"]
        return cls(
            **{
                **data,
                "reporter": Reporter(**data["reporter"]),
                "originals": originals,
                "indicators": Indicators(
                    urls=[Url(**u) for u in ind.get("urls", [])],
                    phones=[Phone(**p) for p in ind.get("phones", [])],
                    emails=list(ind.get("emails", [])),
                    organisations=[OrganisationMatch(**m) for m in ind.get("organisations", [])],
                ),
                "reasons": [Reason(**r) for r in data.get("reasons", [])],
            }
        )


def report_schema() -> dict:
    """The JSON Schema of `Report.to_dict()`, shipped with the package."""
    return json.loads(resources.files("pipeline").joinpath("report.schema.json").read_text("utf-8"))
