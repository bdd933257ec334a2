"""Unwrap a report: find the suspicious original(s) inside the reporter's message.

A report is the reporter's message; the originals are inside it, in one of five styles:

- attachment: an attached message (message/rfc822, or an .eml sent as octet-stream), nested
  to any depth: the secretary forwards the doctor's forward; the innermost is the original,
  and every forwarder's note goes to the reporter's comment;
- inline: printed under a forward header by the reporter's mail client (`inline.py`), in
  the text or the HTML (`html.py`); nested (a forward of a forward: the innermost is the
  original) or one after another (several messages forwarded in one mail: each is one);
- pasted: no forward header, the reporter pasted the scam's text;
- typed: the reporter describes a call or an SMS in their own words;
- direct: the report is the suspicious message itself (redirected with Resent-* headers, or
  delivered to the mailbox as it was sent); a reporter's own message is never direct, its
  From never the scammer (`direct.py` tells them apart).

Bounded by `settings.limits` (size, depth, parts, text length, originals) and the budget's
deadline; everything cut or malformed is recorded in `Unwrapped.defects`. Nothing is fetched
and attachments are only described.

Modules: `mime` (parse within limits, split attached messages out, decode), `inline` (forward
headers in text, labels and phrases of each language kept as data), `html` (HTML to text,
the quoted original in a reporter's HTML), `reporter` (the reporter's note: signature,
footers, typed or pasted), `direct` (a report without a forward: the reporter's words or
the suspicious message itself), `auth` (sender_verified), `received` (where an attached
original really came from: its Received chain, read with mail-parser).
"""

from __future__ import annotations

import re
from datetime import datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from ..analyze import AnalysisTimeout
from ..report import Origin, Original, Person, Reporter, Unwrapped
from . import auth, direct, html, inline, mime, received, reporter
from .inline import InlineForward

__all__ = ["unwrap"]


class _Context:
    """What one unwrap call carries around: limits, budget, defects, addresses never taken for the scammer's."""

    def __init__(self, budget, own_addresses: frozenset[str]):
        self.budget = budget
        self.own_addresses = own_addresses
        self.limits = budget.limits
        self.defects: list[str] = []
        self.excluded = set(own_addresses)
        self.notes: list[str] = []

    def defect(self, text: str) -> None:
        if text not in self.defects and len(self.defects) < 100:
            self.defects.append(text)


def unwrap(raw: bytes, budget, own_addresses: frozenset[str]) -> Unwrapped:
    """The reporter, their comment and the original(s) of one reported message.

    Never raises on bad input (only AnalysisTimeout when the budget's time is spent): a
    message that breaks the reading below still gives its text as one original, and says why.
    """
    try:
        return _unwrap(raw, budget, own_addresses)
    except AnalysisTimeout:
        raise
    except Exception as exc:  # noqa: BLE001 - the last resort, recorded in defects (RecursionError, MemoryError too)
        data = bytes(raw[: budget.limits.max_text_chars]) if isinstance(raw, (bytes, bytearray)) else b""
        return Unwrapped(
            reporter=Reporter(),
            originals=[Original(forward_style="direct", text=mime.decode_bytes(data, None))],
            defects=[f"message could not be unwrapped ({type(exc).__name__}): its raw text is kept as the original"],
        )


def _unwrap(raw: bytes, budget, own_addresses: frozenset[str]) -> Unwrapped:
    own_addresses = frozenset(a.lower() for a in own_addresses)
    ctx = _Context(budget, own_addresses)
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not raw or not raw.strip():
        return Unwrapped(reporter=Reporter(), originals=[], defects=["empty message"])
    msg = mime.parse_bytes(bytes(raw), ctx.limits, ctx.defects)
    if not msg.keys():
        ctx.defect("no mail headers: read as plain text")
    _record_parse_defects(msg, ctx)

    resent_from = _person(mime.get_header(msg, "Resent-From"))
    sender = _person(mime.get_header(msg, "From"))
    reporter_person = resent_from if resent_from.address else sender
    report_recipients = _addresses(msg, "To", "Cc", "Resent-To", "Resent-Cc", "Delivered-To", "X-Original-To")
    if reporter_person.address:
        ctx.excluded.add(reporter_person.address)
    ctx.excluded |= report_recipients
    subject = mime.header_text(mime.get_header(msg, "Subject")) or None
    result = Unwrapped(
        reporter=Reporter(address=reporter_person.address, name=reporter_person.name),
        originals=[],
        subject=subject,
        message_id=mime.header_text(mime.get_header(msg, "Message-ID")).strip() or None,
        date=_iso_date(mime.header_text(mime.get_header(msg, "Date"))),
        defects=ctx.defects,
    )

    content = mime.read_content(msg, ctx.limits, budget, ctx.defects, depth=0)
    text = _content_text(content, ctx)
    if resent_from.address:
        result.originals.append(_attached_original(msg, content, text, ctx, style="direct"))
        return _finish(result, ctx)

    originals: list[Original] = []
    for inner in content.attached:
        originals.extend(_from_attached(inner, 1, ctx))
    # sent to the council, or titled as a forward: a quoted message in it is what is reported
    forwarding = reporter.is_forward_subject(subject) or bool(own_addresses & report_recipients)
    found = _from_inline(text, content.html, ctx, forwarding)
    if found is None and content.text.strip() and content.html:
        # some clients put the quoted original only in the HTML alternative
        found = _from_inline(_html_text(content.html, ctx), content.html, ctx, forwarding)
    own_note = found[0] if found else text
    if found:
        inline_originals = found[1]
        if len(inline_originals) == 1 and not inline_originals[0].subject and forwarding:
            # reply-style intros print no subject: the reporter's "TR: …" keeps it
            inline_originals[0].subject = reporter.strip_forward_prefix(subject)
        # mail clients forward the original's attachments with it (not the report's
        # signature); with several, which one carried them is not shown: the first keeps them
        inline_originals[0].attachments = [a for a in content.attachments if a.content_type not in mime.SIGNATURE_TYPES]
        originals.extend(inline_originals)
    elif not originals:
        own_note, original = _without_forward(msg, content, text, subject, reporter_person, report_recipients, ctx)
        originals.append(original)
    if len(originals) > ctx.limits.max_originals:
        ctx.defect(f"{len(originals)} originals found: only the first {ctx.limits.max_originals} kept")
        originals = originals[: ctx.limits.max_originals]
    result.originals = originals
    note = reporter.strip_signature(own_note, reporter_person.name)
    result.reporter.comment = "\n\n".join(p for p in [note, *ctx.notes] if p)
    return _finish(result, ctx)


def _finish(result: Unwrapped, ctx: _Context) -> Unwrapped:
    # the MIME reader appends to the list directly: the same defect may come once per part
    result.defects = list(dict.fromkeys(ctx.defects))[:100]
    return result


def _record_parse_defects(msg: Message, ctx: _Context) -> None:
    try:
        for count, part in enumerate(msg.walk()):
            if count > ctx.limits.max_parts:
                break
            for defect in part.defects[:10]:
                ctx.defect(f"MIME defect: {type(defect).__name__}")
    except RecursionError:  # walk() recurses; the depth is reported by read_content
        pass
    if msg.is_multipart() and not isinstance(msg.get_payload(), list):
        ctx.defect("multipart message without parts")


def _person(value) -> Person:
    text = mime.header_text(value)
    if not text:
        return Person()
    name, address = inline.parse_mailbox(text)
    return Person(address=address, name=name)


def _addresses(msg: Message, *names: str) -> set[str]:
    values = [mime.header_text(v) for n in names for v in mime.get_all_headers(msg, n)]
    return {a.lower() for _, a in getaddresses(values) if "@" in a}


def _html_text(source: str, ctx: _Context) -> str:
    return html.html_text(source, ctx.limits.max_text_chars * 4, ctx.budget)


def _content_text(content: mime.Content, ctx: _Context) -> str:
    """A message's own text (from its HTML when it has no text part), with Unix line ends
    (the line patterns below end at "\n"), cut to twice max_text_chars so that every
    pattern below runs on bounded input."""
    text = content.text if content.text.strip() or not content.html else _html_text(content.html, ctx)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    limit = 2 * ctx.limits.max_text_chars
    if len(text) > limit:
        ctx.defect(f"text of a message cut to {limit} characters before reading it")
        text = text[:limit]
    return text


def _clip(text: str | None, ctx: _Context, what: str = "text", factor: int = 1) -> str | None:
    limit = ctx.limits.max_text_chars * factor
    if text and len(text) > limit:
        ctx.defect(f"{what} of an original cut to {limit} characters")
        return text[:limit]
    return text


def _from_attached(msg: Message, depth: int, ctx: _Context) -> list[Original]:
    """The originals inside one attached message: itself, or, when it is a forward in turn
    (it holds attached messages or a forward header, or comes from the reporter), what it
    forwards. Each forwarder's note goes to the comment, outermost first."""
    ctx.budget.check("unwrap")
    if depth > ctx.limits.max_depth:
        ctx.defect(f"attached messages nested deeper than {ctx.limits.max_depth}: inner ones not read")
        return []
    _record_parse_defects(msg, ctx)
    content = mime.read_content(msg, ctx.limits, ctx.budget, ctx.defects, depth=depth)
    text = _content_text(content, ctx)
    sender = _person(mime.get_header(msg, "From"))
    forwarder = bool(sender.address) and sender.address in ctx.excluded
    if not (content.attached or forwarder or _reads_as_forward(msg, text)):
        return [_attached_original(msg, content, text, ctx, style="attachment")]
    position = len(ctx.notes)
    found = _from_inline(text, content.html, ctx, True)
    if sender.address:
        ctx.excluded.add(sender.address)
    inner = [original for child in content.attached for original in _from_attached(child, depth + 1, ctx)]
    if found:
        inner.extend(found[1])
    note = reporter.strip_signature(found[0] if found else text, sender.name) if inner else ""
    if note:
        who = " ".join(p for p in (sender.name, f"<{sender.address}>" if sender.address else None) if p)
        ctx.notes.insert(position, f"[{who or 'transfert'}] {note}")
    if not inner:
        # the reporter's own message, attached with nothing inside: keep its content, never
        # name the reporter as its sender
        original = _attached_original(msg, content, text, ctx, style="attachment")
        original.sender = Person()
        ctx.defect("an attached message was sent by the reporter or the council: not taken as its sender")
        return [original]
    return inner


def _reads_as_forward(msg: Message, text: str) -> bool:
    """An attached message that is itself a forward (the doctor's, attached by a secretary)."""
    return reporter.is_forward_subject(mime.header_text(mime.get_header(msg, "Subject"))) and inline.find_forward(text) is not None


def _attached_original(msg: Message, content: mime.Content, text: str, ctx: _Context, style: str) -> Original:
    headers = mime.message_headers(msg)
    transport = received.trace(msg) if style == "attachment" else received.Trace()
    for defect in transport.defects:
        ctx.defect(defect)
    sender = _person(mime.get_header(msg, "From"))
    reply_to = _person(mime.get_header(msg, "Reply-To"))
    return_path = mime.header_text(mime.get_header(msg, "Return-Path")).strip().strip("<>") or None
    return Original(
        forward_style=style,
        sender=sender,
        reply_to=reply_to.address or reply_to.name,
        return_path=return_path,
        subject=mime.header_text(mime.get_header(msg, "Subject")) or None,
        date=_iso_date(mime.header_text(mime.get_header(msg, "Date"))),
        sender_verified=auth.sender_verified(headers, sender.address),
        headers=headers,
        text=_clip(text, ctx),
        html=_clip(content.html, ctx, "HTML", factor=4),
        attachments=content.attachments,
        origin=Origin(**transport.origin) if transport.origin else None,
        received_hops=transport.hops if style == "attachment" else None,
    )


def _from_inline(text: str, html_source: str | None, ctx: _Context, forwarding: bool = True) -> tuple[str, list[Original]] | None:
    """(the reporter's note, the inline original(s)) of a text, or None.

    Forward headers are read one inside the other. Each next header is either nested in the
    previous forwarded message (a forward of a forward: the innermost whose sender is not the
    reporter, a forwarder or the council is the original) or follows it (several messages
    forwarded in one mail: each is an original of its own); `inline.nests_in` tells which.

    A quoted reply ("RE: …" header, "… a écrit :") is taken for the reported message only at
    the top of a report (titled as a forward, or sent to the council); elsewhere it is the
    quoted conversation of the message that holds it (scammers reply into hijacked threads).
    At the top of a message that is neither, a header block counts only under a separator
    ("Message transféré", a rule): an invoice's "From: … To: …" lines are not a forward."""
    chains: list[list[InlineForward]] = []  # one chain of nested forwards per original
    current: list[InlineForward] = []
    body = text
    depth = 0
    while depth < ctx.limits.max_depth:
        ctx.budget.check("unwrap inline")
        found = inline.find_forward(body)
        started = bool(current or chains)
        if found is None or ((started or not forwarding) and found.is_quoted_reply()):
            break
        if not (started or forwarding or found.separated):
            break  # "From: … To: …" lines inside a message that is not a forward
        if current and not (current[-1].sender_address in ctx.excluded or inline.nests_in(current[-1], found)):
            current[-1].body = found.before  # the previous message ends where the next begins
            chains.append(current)
            current = []
        current.append(found)
        body = found.body
        depth += 1
    if current:
        chains.append(current)
    if not chains:
        return None
    if len(chains) > ctx.limits.max_originals:
        ctx.defect(f"{len(chains)} messages forwarded one after another: only the first {ctx.limits.max_originals} read")
        chains = chains[: ctx.limits.max_originals]
    fragments = html.quoted_originals(html_source, ctx.limits.max_text_chars * 4) if html_source else []
    originals = []
    for index, levels in enumerate(chains):
        fragment = fragments[index] if len(fragments) == len(chains) else (fragments[-1] if fragments and len(chains) == 1 else None)
        originals.append(_inline_original(levels, _clip(fragment, ctx, "HTML", 4), ctx))
    return chains[0][0].before, originals


def _inline_original(levels: list[InlineForward], html_fragment: str | None, ctx: _Context) -> Original:
    """The original of one chain of nested forwards: the innermost level whose sender is not
    the reporter, a forwarder or the council; the forwarders' notes go to the comment."""
    chosen = next(
        (i for i in range(len(levels) - 1, -1, -1) if levels[i].sender_address not in ctx.excluded),
        None,
    )
    sender = None
    if chosen is None:
        # every forwarded sender is the reporter, a forwarder or the council: keep the
        # innermost content, but never name one of them as its sender
        chosen = len(levels) - 1
        sender = Person()
        ctx.defect("the forwarded message's sender is the reporter or the council: not taken as its sender")
    for level in levels[1 : chosen + 1]:
        note = reporter.strip_signature(level.before)
        if note:
            ctx.notes.append(note)
    fw = levels[chosen]
    ctx.excluded.update(level.sender_address for level in levels[:chosen] if level.sender_address)
    return Original(
        forward_style="inline",
        sender=sender or Person(address=fw.sender_address, name=fw.sender_name),
        reply_to=inline.parse_mailbox(fw.fields["reply-to"])[1] if fw.fields.get("reply-to") else None,
        subject=fw.fields.get("subject") or None,
        date=_iso_date(fw.fields.get("date", "")) if fw.fields.get("date") else None,
        sender_verified=None,
        headers=fw.headers,
        text=_clip(reporter.strip_footers(fw.body), ctx),
        html=html_fragment,
    )


def _without_forward(msg, content, text, subject, reporter_person, recipients, ctx) -> tuple[str, Original]:
    """No attached message and no forward header: typed, pasted or the message itself
    (`direct.py` tells which). Returns (the reporter's note, the original)."""
    body = reporter.strip_footers(text)
    if direct.is_the_message_itself(msg, body, subject, reporter_person, recipients, ctx.own_addresses):
        return "", _attached_original(msg, content, text, ctx, style="direct")
    split = reporter.split_paste(body)
    style = reporter.typed_or_pasted(body)
    note = ""
    if style == "typed":
        # the doctor's description is both their comment and the only account of the scam
        note = body = reporter.strip_signature(body, reporter_person.name)
    else:
        if split:
            note, body = split
        # the pasted scam keeps its own closing formula; the reporter's name ends it
        body = reporter.strip_signature(body, reporter_person.name, at_closing=False)
    return note, Original(
        forward_style=style,
        subject=reporter.strip_forward_prefix(subject),
        text=_clip(body, ctx),
        html=None,
        attachments=content.attachments,
    )


_MONTHS = {
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    **{m: i for i, m in enumerate(("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"), 1)},
    "fev": 2, "fév": 2, "aou": 8, "dec": 12, "janvier": 1, "février": 2, "fevrier": 2, "avril": 4,
    "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_WORDY_DATE = re.compile(
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[a-zéû]{3,9})\.?,?\s+(?P<y1>\d{4})|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))"
    r"(?:\D{0,6}?(?P<h>\d{1,2})[:h.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_RFC5322_DATE = re.compile(r"^\s*(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-+]\d{4}|\s*[A-Z]{2,5})?")
_NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4})(?:\D{1,4}(?P<h>\d{1,2})[:h](?P<mi>\d{2}))?")


def _iso_date(value: str) -> str | None:
    """ISO 8601 when the date can be read (RFC 5322, or as French and English clients print
    it: "mer. 27 oct. 2021 à 09:31", "Wed, Oct 27, 2021 at 9:31 AM", "28/10/2021 12:46"),
    else the text as written."""
    value = (value or "").strip()
    if not value:
        return None
    if _RFC5322_DATE.match(value):
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    m = _WORDY_DATE.search(value)
    try:
        if m:
            month = _MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
            if month is None:
                month = _MONTHS.get((m.group("m1") or m.group("m2")).lower()[:3])
            if month:
                hour = int(m.group("h") or 0)
                if m.group("ampm") and m.group("ampm").lower().startswith("p") and hour < 12:
                    hour += 12
                return datetime(
                    int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")),
                    hour, int(m.group("mi") or 0), int(m.group("s") or 0),
                ).isoformat()
        m = _NUMERIC_DATE.search(value)
        if m:
            year = int(m.group("y"))
            year += 2000 if year < 100 else 0
            return datetime(year, int(m.group("m")), int(m.group("d")), int(m.group("h") or 0), int(m.group("mi") or 0)).isoformat()
    except ValueError:
        pass
    return value
