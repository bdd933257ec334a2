"""Parse one message's MIME structure within limits, and split attached messages out of it.

The main parse uses the standard library's `email` package with the compat32 policy, not
mail-parser, for three reasons. mail-parser decodes every part and merges the text of an
attached message/rfc822 original into the outer body (so the reporter's note and the
scam's text become one); it would have to be run again on each attached message; and its
header handling (addresses, dates, every Received header) is most of its cost, spent on
the reporter's own headers that we do not need. The stdlib parser gives the MIME tree
once, each attached message as its own sub-tree, and only the parts we read are decoded
(compat32 is also the cheapest policy: headers are decoded on demand, by `header_text`).

mail-parser is used where it serves: its Received parser on the Received headers of each
attached original, the only messages whose transport headers reach us (`received.py`), to
read the chain and its defects. Measured on the 1,052 typical reports of `make bench` (CPU
time, one core): unwrap costs about 0.9x a bare mail-parser parse of the same bytes, of
which this parse is 0.4x, the Received chains of the 205 attached originals about 0.03x.

Everything malformed becomes a short string in `defects`, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header
from email.message import Message
from email.policy import compat32

from ..report import Attachment

_RFC822_START = re.compile(
    rb"\A(?:\s*(?:[!-9;-~]+):[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}", re.ASCII
)
# content types under which clients send a whole message (or, for bounces, its headers)
_MAY_HOLD_A_MESSAGE = ("application/octet-stream", "text/plain", "message/global", "text/rfc822-headers", "message/rfc822-headers")
# signatures of the reporter's own message, never the original's attachments
SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature")
_FOLDING = re.compile(r"\r?\n[ \t]+")
_MESSAGE_HEADER_NAMES = re.compile(rb"^(?:from|subject|date|message-id|received|return-path|to):", re.I | re.M)


@dataclass
class Content:
    """What a message holds: its own text, its HTML, attachments, attached messages."""

    message: Message
    text: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    attached: list[Message] = field(default_factory=list)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes of a part as text: declared charset, else UTF-8, else Windows-1252 (never fails)."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):  # ValueError: "utf\0-8"
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def header_text(value) -> str:
    """A header value as readable text: RFC 2047 words decoded, 8-bit bytes guessed, folding removed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # raw 8-bit bytes, kept by the parser as surrogates
        value = decode_bytes(value.encode("utf-8", "surrogateescape"), None)
    if "\n" in value:
        value = _FOLDING.sub(" ", value)
    if "=?" not in value:
        return value.strip()
    try:
        parts = decode_header(value)
    except Exception:  # malformed encoded words: keep them as written
        return value.strip()
    out = []
    for chunk, charset in parts:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return "".join(out).strip()


def get_header(msg: Message, name: str) -> str:
    """A header's value as received (raw 8-bit bytes kept, for `header_text`), or ''."""
    values = get_all_headers(msg, name)
    return values[0] if values else ""


def get_all_headers(msg: Message, name: str) -> list[str]:
    # raw_items() bypasses compat32's conversion of 8-bit headers into unreadable Header
    # objects; the index is built once per message
    index = getattr(msg, "_triage_header_index", None)
    if index is None:
        index = {}
        for key, value in msg.raw_items():
            index.setdefault(key.lower(), []).append(value)
        msg._triage_header_index = index
    return index.get(name.lower(), [])


def parse_bytes(raw: bytes, limits, defects: list[str]) -> Message:
    """Parse raw bytes into a message tree, after cutting what exceeds the limits."""
    if len(raw) > limits.max_message_bytes:
        defects.append(f"message of {len(raw)} bytes cut to the first {limits.max_message_bytes} bytes")
        raw = raw[: limits.max_message_bytes]
    raw = _cut_excess_parts(raw, limits, defects)
    try:
        return message_from_bytes(raw, policy=compat32)
    except RecursionError:
        defects.append("MIME structure too deeply nested to parse: read as one text part")
    except Exception as exc:  # the stdlib parser is lenient; anything else is a defect
        defects.append(f"MIME parse error ({type(exc).__name__}): read as one text part")
    msg = Message()
    msg.set_payload(raw.decode("utf-8", "surrogateescape"))
    return msg


def _cut_excess_parts(raw: bytes, limits, defects: list[str]) -> bytes:
    """Cut the bytes after the max_parts-th part header or multipart boundary declaration,
    so that the parser never builds 100,000 parts or a tree 1,000 levels deep."""
    lowered = raw.lower()
    for needle, what in ((b"content-type:", "MIME parts"), (b"boundary=", "multipart containers")):
        if lowered.count(needle) <= limits.max_parts:  # the usual case: one fast count
            continue
        position = -1
        for _ in range(limits.max_parts + 1):
            position = lowered.find(needle, position + 1)
        defects.append(f"more than {limits.max_parts} {what}: the rest of the message was not read")
        raw, lowered = raw[:position], lowered[:position]
    return raw


def _decode_base64(text: str, defects: list[str]) -> bytes:
    try:
        return binascii.a2b_base64(text.encode("ascii", "ignore"))  # skips line breaks, stray bytes
    except binascii.Error:
        defects.append("badly encoded base64 part (truncated or corrupt): decoded what could be")
    data = re.sub(r"[^A-Za-z0-9+/]", "", text)
    return base64.b64decode(data[: len(data) - len(data) % 4])


def _payload_bytes(part: Message, defects: list[str]) -> bytes:
    """The decoded content of a leaf part. Base64 is decoded here so that a truncated or
    corrupt one still gives what it holds (the stdlib gives back the encoded text)."""
    if _transfer_encoding(part) == "base64":
        raw = part.get_payload(decode=False)
        return _decode_base64(raw if isinstance(raw, str) else "", defects)
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def part_filename(part: Message) -> str | None:
    # the stdlib parses the whole header at each look-up: skipped when the parameter's name
    # is not even in the header (the usual text part)
    may_have_name = _may_have_param(part, "content-type", "name")
    name = part.get_filename(None) if may_have_name or _may_have_param(part, "content-disposition", "filename") else None
    if not name and may_have_name:
        name = part.get_param("name", None)
    if isinstance(name, tuple):  # RFC 2231 value
        name = name[2] if len(name) == 3 else name[-1]
    return header_text(name) if name else None


def _may_have_param(part: Message, header: str, param: str) -> bool:
    """False when no `header` of the part holds `param` (plain or RFC 2231 `param*0`)."""
    return any(param in value.lower() for value in get_all_headers(part, header))


def looks_like_message(data: bytes) -> bool:
    """True when bytes start like an RFC 822 message (an .eml sent as octet-stream)."""
    head = data[:4096].lstrip()
    if not _RFC822_START.match(head):
        return False
    names = {m.group(0).lower() for m in _MESSAGE_HEADER_NAMES.finditer(head)}
    return b"from:" in names and len(names) >= 2


def read_content(msg: Message, limits, budget, defects: list[str], depth: int) -> Content:
    """The parts of one message (not of its attached messages) read into a `Content`."""
    content = Content(message=msg)
    texts: list[str] = []
    htmls: list[str] = []
    stack: list[tuple[Message, int]] = [(msg, depth)]
    parts_seen = 0
    while stack:
        part, level = stack.pop()
        parts_seen += 1
        if parts_seen % 64 == 0:
            budget.check("unwrap")
        if parts_seen > limits.max_parts:
            defects.append(f"more than {limits.max_parts} MIME parts: the rest was not read")
            break
        ctype = part.get_content_type()
        maintype = ctype.split("/")[0]  # get_content_maintype() would parse the header again
        if ctype == "message/delivery-status" or ctype == "message/disposition-notification":
            continue  # a bounce's or a read receipt's machine report: nothing to read for staff
        if part.is_multipart() and ctype != "message/rfc822" and maintype != "message":
            if level >= limits.max_depth:
                defects.append(f"MIME nested deeper than {limits.max_depth} levels: inner parts not read")
                continue
            children = part.get_payload()
            if not isinstance(children, list):
                continue
            # multipart/alternative: read the plain text and the HTML; otherwise every child
            stack.extend((child, level + 1) for child in reversed(children))
            continue
        try:
            _read_leaf(part, ctype, maintype, content, texts, htmls, defects)
        except (ValueError, LookupError, TypeError, AttributeError, UnicodeError) as exc:
            # a part the stdlib cannot give back (bogus charset name, broken parameters)
            defects.append(f"unreadable {ctype} part ({type(exc).__name__}): skipped")
    content.text = "\n".join(t for t in texts if t.strip())
    content.html = "\n".join(htmls) if htmls else None
    return content


def _read_leaf(part: Message, ctype: str, maintype: str, content: Content, texts: list[str], htmls: list[str], defects: list[str]) -> None:
    """One part that is not a container: an attached message, the text, or an attachment."""
    if ctype == "message/rfc822" or (maintype == "message" and isinstance(part.get_payload(), list)):
        payload = part.get_payload()
        if isinstance(payload, list) and payload:
            inner = payload[0]
            encoded = inner.get_payload()
            if not inner.keys() and isinstance(encoded, str) and _transfer_encoding(part) == "base64":
                # message/rfc822 may not be base64-encoded (RFC 2046), but some clients do it
                inner = message_from_bytes(_decode_base64(encoded, defects), policy=compat32)
            content.attached.append(inner)
        return
    disposition = (part.get_content_disposition() or "").lower()
    filename = part_filename(part)
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not _is_message_name(filename):
        text = decode_bytes(_payload_bytes(part, defects), part.get_content_charset())
        (texts if ctype == "text/plain" else htmls).append(text)
        return
    data = _payload_bytes(part, defects)
    if (_is_message_name(filename) or ctype in _MAY_HOLD_A_MESSAGE) and looks_like_message(data):
        content.attached.append(message_from_bytes(data, policy=compat32))
        return
    if filename and filename.lower().endswith(".msg"):
        defects.append(f"Outlook .msg attachment {filename!r} is not read (ask the reporter to forward as .eml)")
    content.attachments.append(
        Attachment(filename=filename, content_type=ctype, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    )


def _transfer_encoding(part: Message) -> str:
    return header_text(get_header(part, "Content-Transfer-Encoding")).lower()


def _is_message_name(filename: str | None) -> bool:
    return bool(filename) and filename.lower().endswith(".eml")


def message_headers(msg: Message, limit: int = 200) -> list[tuple[str, str]]:
    """The headers of a message, decoded, for staff (at most `limit`)."""
    return [(name, header_text(value)) for name, value in list(msg.raw_items())[:limit]]
