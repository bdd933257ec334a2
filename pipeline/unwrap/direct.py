"""A report without any forward: the reporter's own words, or the suspicious message itself?

A message in the reporting mailbox that holds no attached or quoted message is either

- a reporter's: a doctor pasted the scam's text or described an SMS or a call. Its From is
  the reporter, never the scammer: the original's sender is unknown (styles pasted, typed);
- or the suspicious message itself, delivered to the mailbox as it was sent: a scam mailed
  straight to the council's address, or redirected to it without Resent-* headers (style
  direct, its From is the sender).

The To line does not tell them apart (both are addressed to the council), nor does the
From alone. What does:

- the reporter's signs: a forward subject ("TR: …"), the text speaking of what was received
  or asking about it (`reporter.reads_as_report`), a doctor's signature with the sender's
  own name; and, weaker, a subject that names an SMS, a call or a doubt ("SMS suspect",
  "Arnaque ?");
- the message's own signs, in its headers: bulk-mail headers no person's mail carries
  (List-Unsubscribe, List-Id, Feedback-ID, Precedence: bulk, Auto-Submitted), an
  authentication failure of its From domain recorded by the receiving server, a text that
  names its recipient's mailbox ("Dear user signalement@…", a mass mailing's personalisation),
  or, when the council's addresses are known, a message not addressed to them at all.

Strong reporter signs win (the reporter is never named as the scammer); then the message's
own signs; then the weak ones. With no sign either way, the From is taken as the sender.
"""

from __future__ import annotations

import re
from email.message import Message

from ..report import Person
from . import auth, mime, reporter

# Headers of mass mailings and automated mail, never of a message a person writes.
_BULK_HEADERS = ("list-unsubscribe", "list-id", "feedback-id", "x-campaign", "x-campaign-id", "x-mailgun-tag", "x-ses-outgoing")
_BULK_PRECEDENCE = re.compile(r"^\s*(?:bulk|junk|list)\b", re.IGNORECASE)


def shows_itself(msg: Message, text: str, sender: Person, recipients: set[str], own_addresses: frozenset[str]) -> bool:
    """True when the headers or the text show the report to be the suspicious message itself."""
    named = recipients - {sender.address}  # a reporter copying themselves signs with their address
    precedence = mime.header_text(mime.get_header(msg, "Precedence"))
    auto_submitted = mime.header_text(mime.get_header(msg, "Auto-Submitted")).lower()
    lowered = text[:20_000].lower()
    return (
        any(mime.get_header(msg, name) for name in _BULK_HEADERS)
        or bool(_BULK_PRECEDENCE.match(precedence))
        or (bool(auto_submitted) and not auto_submitted.startswith("no"))
        or auth.failed(mime.message_headers(msg))
        or any(address in lowered for address in named)  # "Dear user signalement@…"
        or bool(own_addresses and not own_addresses & recipients)  # not sent to the council
    )


def is_the_message_itself(msg: Message, text: str, subject: str | None, sender: Person,
                          recipients: set[str], own_addresses: frozenset[str]) -> bool:
    """True for the suspicious message itself (direct), False for a reporter's paste or
    description (see the module docstring for the order of the signs)."""
    if reporter.is_forward_subject(subject) or reporter.reads_as_report(text) or reporter.signed_by(text, sender.name):
        return False
    if shows_itself(msg, text, sender, recipients, own_addresses):
        return True
    return not reporter.is_report_subject(subject)
