"""The inline-forward detector measured on another project's fixtures.

../shared/corpora/email-forward-parser holds bodies of messages forwarded inline by a dozen
mail clients in twenty-odd languages, and expected_results.json the values that project
asserts (subject, sender name and address, original body, the forwarder's message). Each
body is wrapped here in a report from a doctor to the council, as it would reach the
mailbox, and unwrapped.
"""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.analyze import Budget
from pipeline.settings import LimitsSettings
from pipeline.unwrap import inline, unwrap

CORPUS = Path(__file__).parents[2] / "shared" / "corpora" / "email-forward-parser"
COUNCIL = "signalement@cdom-exemple.fr"
REPORTER = ("Dr Claire Martin", "claire.martin@gmail.com")


def _cases():
    data = json.loads((CORPUS / "expected_results.json").read_text("utf-8"))
    return data["cases"]


def _fixture(name: str | None) -> str | None:
    if not name:
        return None
    return (CORPUS / "fixtures" / Path(name).name).read_text("utf-8")


def wrap(body: str, subject: str | None) -> bytes:
    """The report a doctor's client would send: the forwarded body under the doctor's headers."""
    msg = EmailMessage()
    msg["From"] = f"{REPORTER[0]} <{REPORTER[1]}>"
    msg["To"] = COUNCIL
    msg["Subject"] = (subject or "TR: message suspect").strip()
    msg["Date"] = "Mon, 18 Mar 2024 09:12:00 +0100"
    msg["Message-ID"] = "<report-1@gmail.com>"
    msg.set_content(body)
    return msg.as_bytes()


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip()


def _nested(case) -> bool:
    return case["test"] in ("testVariant14", "testVariant15")


def check_case(case) -> list[str]:
    """The fields of one case that unwrap gets wrong (empty when it passes)."""
    expected = case["expected"]
    body = _fixture(case["body_file"])
    subject = _fixture(case["subject_file"])
    result = unwrap(wrap(body, subject), Budget.start(LimitsSettings()), frozenset({COUNCIL}))
    wrong = []
    if _nested(case):
        # unwrap goes to the innermost original; the corpus asserts the first level, which
        # is what the detector reads first
        first = inline.find_forward(body)
        got = {
            "subject": first and first.fields.get("subject"),
            "name": first and first.sender_name,
            "address": first and first.sender_address,
            "body": first and first.body,
            "comment": first and first.before,
        }
    else:
        original = result.originals[0]
        if expected["forwarded"] and original.forward_style != "inline":
            wrong.append(f"style {original.forward_style}")
        got = {
            "subject": original.subject,
            "name": original.sender.name,
            "address": original.sender.address,
            "body": original.text,
            "comment": result.reporter.comment,
        }
    if "email.subject" in expected and _norm(got["subject"]) != _norm(expected["email.subject"]):
        wrong.append(f"subject {got['subject']!r}")
    if "email.from" in expected:
        want = expected["email.from"]
        if (got["address"] or None) != want["address"]:
            wrong.append(f"address {got['address']!r}")
        if _norm(got["name"]) != _norm(want["name"]):
            wrong.append(f"name {got['name']!r}")
    if expected.get("email.body"):
        # the original's text starts as expected (our text ends where the reporter's
        # client footer or disclaimer starts, which the corpus keeps)
        want = _norm(expected["email.body"])[:200]
        if not _norm(got["body"]).startswith(want):
            wrong.append(f"body {_norm(got['body'])[:80]!r}")
    if "message" in expected:
        want = _norm(expected["message"])
        have = _norm(got["comment"])
        # our comment drops the reporter's signature: it must be the start of theirs
        if bool(want) != bool(have) or not want.startswith(have):
            wrong.append(f"comment {have[:60]!r}")
    return wrong


def test_forward_corpus_pass_rate():
    cases = _cases()
    failures = {c["body_file"]: w for c in cases if (w := check_case(c))}
    passed = len(cases) - len(failures)
    print(f"\nemail-forward-parser corpus: {passed}/{len(cases)} cases pass")
    for name, wrong in sorted(failures.items()):
        print(f"  {Path(name).name}: {'; '.join(wrong)}")
    assert passed / len(cases) >= 0.95, failures


@pytest.mark.parametrize(
    "name, sender, date",
    [
        # read off the last header block of each fixture
        ("gmail_en_body_variant_15.txt", "john.doe@acme.com", "2021-10-27T09:31"),
        ("outlook_live_en_body_variant_15.txt", "john.doe@acme.com", "2021-10-27T09:31"),
        ("thunderbird_en_body_variant_14.txt", "thibault@acme.com", "2023-02-21T16:49"),
    ],
)
def test_nested_inline_forward_gives_innermost_original(name, sender, date):
    body = (CORPUS / "fixtures" / name).read_text("utf-8")
    result = unwrap(wrap(body, None), Budget.start(LimitsSettings()), frozenset({COUNCIL}))
    (original,) = result.originals
    assert original.forward_style == "inline"
    assert original.sender.address == sender
    assert original.date.startswith(date)
    assert "Forwarded" not in original.text and "From:" not in original.text
    # the reporter's note first; the intermediate forwarders' notes follow
    assert result.reporter.comment.startswith("Praesent suscipit egestas hendrerit.")


def wrap_html(body: str, subject: str | None) -> bytes:
    """The same report sent as HTML only, as webmails do: the body's lines as <br>-separated text."""
    msg = EmailMessage()
    msg["From"] = f"{REPORTER[0]} <{REPORTER[1]}>"
    msg["To"] = COUNCIL
    msg["Subject"] = (subject or "TR: message suspect").strip()
    lines = (html_escape(line).replace("  ", "&nbsp; ") for line in body.replace("\r\n", "\n").split("\n"))
    msg.set_content("<html><body><div>" + "<br>\n".join(lines) + "</div></body></html>", subtype="html")
    return msg.as_bytes()


def test_forward_corpus_as_html_only_reports():
    cases = [c for c in _cases() if not _nested(c) and c["expected"]["forwarded"]]
    passed = 0
    failures = []
    for case in cases:
        expected = case["expected"]
        raw = wrap_html(_fixture(case["body_file"]), _fixture(case["subject_file"]))
        result = unwrap(raw, Budget.start(LimitsSettings()), frozenset({COUNCIL}))
        original = result.originals[0]
        ok = (
            original.forward_style == "inline"
            and original.sender.address == expected["email.from"]["address"]
            and _norm(original.sender.name) == _norm(expected["email.from"]["name"])
            and _norm(original.text).startswith(_norm(expected.get("email.body"))[:200])
        )
        passed += ok
        if not ok:
            failures.append(Path(case["body_file"]).name)
    print(f"\nemail-forward-parser corpus as HTML: {passed}/{len(cases)} cases pass; failing: {failures}")
    assert passed / len(cases) >= 0.95, failures
