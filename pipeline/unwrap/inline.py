"""Forward headers printed in a message's text: find them, read them, split around them.

Mail clients forward "inline" by printing a few headers of the original above its text:
Gmail (``---------- Forwarded message ---------`` / ``Message transféré``), Outlook desktop
(``-----Original Message-----`` / ``De : … Envoyé : … À : … Objet :``, or a line of
underscores), Outlook web, Apple Mail (``Début du message réexpédié :``), Thunderbird
(``-------- Message transféré --------`` with tab-aligned labels), Yahoo (all headers on one
line), Orange / SFR / La Poste webmails (``-------- Message original --------``,
``> Message du 12/03/24 09:15``), iOS / Android apps, reply-style intros ("Le … a écrit :").

Rather than one pattern per client, the labels each client prints in each language are kept
as data (``LABELS``, ``INTRO_PHRASES``, ``WROTE_VERBS``) and a header block is recognised by
its shape: consecutive "Label: value" lines holding a sender and at least one of date,
subject or recipient. That shape is shared by every client, so a new client or language
usually needs only a word added here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reporter import is_forward_subject, strip_forward_prefix

# Header labels printed by mail clients, by meaning. Lower-cased; matched case-insensitively.
LABELS: dict[str, tuple[str, ...]] = {
    "from": (
        "from", "de", "de la", "von", "van", "da", "od", "fra", "från", "lähettäjä", "feladó",
        "от", "від", "від кого", "отправитель", "kimden", "gönderen", "mittente", "nadawca",
        "saatja", "šalje", "expeditorul", "afzender", "remitente", "absender", "expéditeur",
        "envoyé par", "sender", "差出人", "送信者", "送信元", "发件人", "寄件者", "보낸 사람", "de parte de",
    ),
    "to": (
        "to", "à", "a", "pour", "an", "aan", "para", "til", "till", "komu", "кому", "kime",
        "vastaanottaja", "címzett", "do", "destinatarul", "către", "adresat", "prima", "pre",
        "destinataire", "destinataires", "empfänger", "destinatario", "destinatari", "宛先",
        "收件人", "받는 사람", "送信先", "recipient", "recipients",
    ),
    "cc": (
        "cc", "copie à", "copie", "kopie", "kopie (cc)", "kopia", "kopi", "kopio", "копия",
        "копія", "bilgi", "másolat", "másolatot kap", "dw", "kópia", "cópia", "copia", "cci",
        "bcc", "抄送",
    ),
    "date": (
        "date", "sent", "envoyé", "envoyé le", "datum", "data", "dátum", "dato", "дата", "fecha",
        "päivämäärä", "päiväys", "tarih", "dată", "gesendet", "verzonden", "enviado", "enviada",
        "enviado el", "inviato", "wysłano", "wysłane", "odesláno", "sendt", "skickat",
        "lähetetty", "elküldve", "отправлено", "gönderildi", "trimis", "poslano", "odoslané",
        "datum odeslání", "日付", "日期", "发送时间", "날짜", "reçu le", "送信日時",
    ),
    "subject": (
        "subject", "objet", "sujet", "betreff", "onderwerp", "oggetto", "asunto", "assunto",
        "emne", "ämne", "aihe", "tárgy", "předmět", "predmet", "temat", "тема", "konu", "subiect",
        "subiectul", "naslov", "件名", "主题", "主旨", "제목", "titre",
    ),
    "reply-to": ("reply-to", "répondre à", "antwort an", "responder a"),
}

# Phrases that introduce a forwarded or quoted original, on their own line (dashes around
# them are allowed), lower-cased.
INTRO_PHRASES: tuple[str, ...] = (
    "forwarded message", "forwarded message:", "begin forwarded message", "original message",
    "message transféré", "message transmis", "message d'origine", "message original",
    "début du message réexpédié", "début du message transféré", "message réexpédié",
    "courriel original", "message initial", "mail transféré", "e-mail transféré",
    "mail original", "mail d'origine", "courriel d'origine", "courriel transféré",
    "weitergeleitete nachricht", "ursprüngliche nachricht", "anfang der weitergeleiteten nachricht",
    "doorgestuurd bericht", "oorspronkelijk bericht", "begin doorgestuurd bericht",
    "mensaje reenviado", "mensaje original", "inicio del mensaje reenviado",
    "messaggio inoltrato", "messaggio originale", "inizio messaggio inoltrato",
    "mensagem encaminhada", "mensagem original", "início da mensagem encaminhada",
    "videresendt melding", "videresendt besked", "start på videresendt besked",
    "vidarebefordrat mejl", "vidarebefordrat meddelande", "välitetty viesti alkaa",
    "välitetty viesti", "alkuperäinen viesti", "továbbított levél kezdete", "továbbított üzenet",
    "přeposlaná zpráva", "začátek přeposílané zprávy", "začiatok preposlanej správy",
    "preposlaná správa", "započni proslijeđenu poruku", "proslijeđena poruka",
    "wiadomość przekazana dalej", "przekazana wiadomość", "oryginalna wiadomość",
    "începe mesajul redirecționat", "mesaj redirecționat", "mesaj original",
    "пересылаемое сообщение", "пересланное сообщение", "исходное сообщение",
    "переслане повідомлення", "початок листа, що пересилається",
    "i̇leti başlangıcı", "ileti başlangıcı", "iletilen ileti", "orijinal ileti",
    "転送されたメッセージ", "转发的邮件", "원본 메시지",
)

# Verbs of reply-style intros ("Le 12/03/2024 à 09:15, X <x@y> a écrit :").
WROTE_VERBS: tuple[str, ...] = (
    "wrote", "a écrit", "schrieb", "escribió", "ha scritto", "geschreven", "schreef", "escreveu",
    "skrev", "napisał", "napsal", "napsal(a)", "kirjoitti", "írta", "ezt írta", "написал",
    "написала", "написав", "napísal", "yazdı", "şunu yazdı", "a scris", "je napisao", "écrivait",
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL_KIND = {w: kind for kind, words in LABELS.items() for w in words}
# "*From:* x", "De : x", "De :\tx", "Subject：x"; a label never starts past column 4.
_LABEL_LINE = re.compile(
    r"^[ \t]{0,4}\*{0,2}(?P<label>" + _alternation(_LABEL_KIND) + r")\*{0,2}[ \t\u00a0]*[:：]\*{0,2}[ \t\u00a0]*(?P<value>.*)$",
    re.IGNORECASE,
)
_INTRO_LINE = re.compile(
    r"^[ \t]*[-_=*~<>\s]*(?:" + _alternation(INTRO_PHRASES) + r")[ \t]*[:：]?[-_=*~<>\s]*$",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^[ \t]*(?:_{8,}|-{8,}|={8,})[ \t]*$")
# "-------- Videresendt meddelelse --------", "--- Treść przekazanej wiadomości ---": a title
# between dashes is a separator in any language.
_DASHED_TITLE = re.compile(r"^[ \t]*[-=_*]{2,}[ \t]*(?P<title>[^-=_*\s][^=_*\n]{0,78}[^-=_*\s])[ \t]*[-=_*]{2,}[ \t]*$")
# "Początek przekazywanej wiadomości:" - a short line ending with a colon just above the block
_COLON_TITLE = re.compile(r"^[ \t]*[^\s@:][^@:]{2,80}[:：][ \t]*$")
# "Message du 12/03/24 09:15" (Orange, SFR webmails print it above "De : … A : … Objet :")
_MESSAGE_DU = re.compile(r"^[ \t]*(?:message du|courriel du|mail du)\s+(?P<date>\d.*?)\s*$", re.IGNORECASE)
_ADDRESS = r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"
_WROTE_VERB = re.compile(r"(?<!\w)(?:" + _alternation(WROTE_VERBS) + r")(?!\w)", re.IGNORECASE)
# Yahoo prints every header on the separator's line ("…<a@b>To: …MEZBetreff: …"): split
# before each capitalised label (case-sensitive, so that "agenda:" is not split at "Da:").
_INLINE_LABEL = re.compile(
    r"(?<=\S)(?=(?:" + _alternation(w.capitalize() for w in _LABEL_KIND if len(w) > 1) + r")[ \t]?[:：])"
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|antw|rif|r|odp|yn|ynt|vá|ref)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_ONE_LINE_FORWARD = re.compile(r"^[ \t]*-{3,}\s*[^-]{3,60}?\s*-{3,}\s*(?P<rest>\S.*)$")
_SUBJECT_TAGS = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]\s*)+")  # "[EXTERNAL] ", "[SPAM] "
_QUOTE_PREFIX = re.compile(r"^(?:[ \t]?>)+[ \t]?")
_MAILTO = re.compile(r"\s*[<\[(]?mailto:(" + _ADDRESS + r")[>\])]?", re.IGNORECASE)
_ADDRESS_RE = re.compile(_ADDRESS)
_DIGIT = re.compile(r"\d")
_DOUBLED_ADDRESS = re.compile(r"<\s*(" + _ADDRESS + r")\s*<\1>\s*>")  # Outlook's "<a@b<mailto:a@b>>"
_PARENTHESISED_ADDRESS = re.compile(r"\(\s*<?(" + _ADDRESS + r")>?\s*\)")
_ANGLE_ADDRESS = re.compile(r"<\s*(" + _ADDRESS + r")\s*>")
_NOISE_WORDS = {
    "on", "le", "am", "el", "il", "giorno", "op", "em", "den", "dnia", "dne", "d.", "at", "à",
    "a", "um", "heeft", "időpontban", "používateľ", "użytkownik", "пользователь", "користувач",
    "am", "pm", "de", "la", "el", "följande", "den", "tarihinde", "le", "à", "klo",
    *WROTE_VERBS,
}


@dataclass
class InlineForward:
    """One forward header found in a text, and the text around it."""

    before: str  # the forwarder's note above the header
    headers: list[tuple[str, str]]  # (label as printed, value)
    fields: dict[str, str]  # from, to, cc, date, subject, reply-to -> value
    body: str  # the forwarded text below the header, quote marks removed
    style: str = "header"  # header | wrote (reply-style intro line)
    sender_name: str | None = None
    sender_address: str | None = None
    introduced: bool = False  # under a forward title ("Message transféré"), not a bare rule
    separated: bool = False  # under a forward title or a rule line
    intro: str | None = None  # the separator line above the header, normalised ("forwarded message")

    def is_quoted_reply(self) -> bool:
        """A quoted earlier message of a conversation ("Le … a écrit :", "RE: …") rather
        than a forward: inside an original, it is part of the original's text."""
        if self.introduced:
            return False
        return self.style == "wrote" or bool(_REPLY_SUBJECT.match(self.fields.get("subject", "")))


def _unquote_lines(lines: list[str]) -> list[str]:
    """Lines with their leading '>' quote marks removed."""
    # a quote mark is in the first two characters of a quoted line: most lines skip the regex
    return [line[m.end():] if ">" in line[:2] and (m := _QUOTE_PREFIX.match(line)) else line for line in lines]


def _label_kind(line: str) -> tuple[str, str, str] | None:
    if ":" not in line and "：" not in line:
        return None  # no label without its colon: most lines skip the regex
    m = _LABEL_LINE.match(line)
    if not m:
        return None
    label = m.group("label")
    return _LABEL_KIND[label.lower()], label, m.group("value").strip().strip("*").strip()


def _split_one_line_headers(line: str) -> list[str]:
    """Yahoo-style 'From: a <a@x>To: b@y Sent: … Subject: …' on one line -> one per label."""
    return [p for p in _INLINE_LABEL.split(line) if p.strip()]


def parse_mailbox(value: str) -> tuple[str | None, str | None]:
    """(name, address) of the first mailbox in a header value as printed: 'Name <a@b>',
    'Doe, John <a@b>', 'Name [mailto:a@b]', 'Name <a@b<mailto:a@b>>', 'Name (a@b)', 'a@b', 'Name'."""
    if ":" in value:  # "mailto:" in any case
        value = _MAILTO.sub(lambda m: f" <{m.group(1)}>", value)
    value = value.strip()
    if "<" in value:
        value = _DOUBLED_ADDRESS.sub(r"<\1>", value)
    if "(" in value:
        value = _PARENTHESISED_ADDRESS.sub(r"<\1>", value)
    angle = _ANGLE_ADDRESS.search(value) if "<" in value else None
    if angle:
        name, address = value[: angle.start()], angle.group(1)
    else:
        bare = _ADDRESS_RE.search(value)
        if not bare:
            name = value.strip(" \t\"'«»„“”<>[]()")
            return (name or None), None
        name, address = value[: bare.start()], bare.group(0)
    name = name.strip(" \t\"'«»„“”,;").strip() or None
    if name and name.lower().strip("'\"") == address.lower():
        name = None
    return name, address.lower()


def _name_before(text: str) -> str | None:
    """The sender's name in a reply intro: the words just before the address."""
    quoted = re.findall(r"[\"«„“']\s*([^\"«»„“”']+?)\s*[\"»”']", text)
    if quoted:
        return quoted[-1].strip() or None
    text = text.rsplit(",", 1)[-1] if "," in text else text
    words = [w for w in re.split(r"\s+", text.strip(" \t<([")) if w]
    name: list[str] = []
    for w in reversed(words):
        if any(ch.isdigit() for ch in w) or w.lower().strip(",.") in _NOISE_WORDS:
            break
        name.insert(0, w)
        if len(name) == 5:
            break
    return " ".join(name).strip(" ,") or None


def _find_wrote(lines: list[str]) -> tuple[int, int, str, str | None, str] | None:
    """A reply-style intro ("Le 12/03/2024 09:15, X <x@y> a écrit :"): (first line, last
    line, address, name, the intro's text before the address, which holds the date)."""
    # an intro ends with a colon, on its line or on the next one (Gmail wraps it)
    colon_ends = [i for i, line in enumerate(lines) if line.rstrip().endswith((":", "："))]
    for i in sorted({i for end in colon_ends for i in (end - 1, end) if i >= 0}):
        line = lines[i]
        candidates = [line]
        if i + 1 < len(lines) and not line.rstrip().endswith((":", "：")) and lines[i + 1].rstrip().endswith((":", "：")):
            candidates.append(line.rstrip() + " " + lines[i + 1].strip())
        for last, text in enumerate(candidates, start=i):
            text = text.strip()
            if len(text) > 300 or not text.endswith((":", "：")) or not _DIGIT.search(text):
                continue
            address = _ADDRESS_RE.search(text)
            if address and _WROTE_VERB.search(text):
                before = text[: address.start()].rstrip(" <([")
                return i, last, address.group(0).lower(), _name_before(before) if before else None, before
    return None


def find_forward(text: str) -> InlineForward | None:
    """The first forward header of `text` (the outermost forward), or None.

    The forwarded body is everything below the header, with '>' quote marks removed; nested
    forwards stay inside it (call again on `body`).
    """
    if not text:
        return None
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").split("\n")
    lines = _unquote_lines(raw_lines)
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        # Yahoo: separator and every header on one line
        if "@" in line and len(line) > 30 and _INTRO_LINE.match(line) is None:
            intro = _ONE_LINE_FORWARD.match(line)
            if intro:
                parts = _split_one_line_headers(intro.group("rest"))
                block = [_label_kind(p) for p in parts]
                if all(block) and any(b[0] == "from" for b in block):
                    fw = _build(lines, i, block, i + 1, raw_lines)
                    fw.introduced = fw.separated = True
                    fw.intro = _normalised_intro(line[: intro.start("rest")])
                    return fw
        kind = _label_kind(line)
        if kind and kind[0] in ("from", "date", "subject", "to") and kind[2]:
            block, j = _read_block(lines, i)
            kinds = {b[0] for b in block}
            if "from" in kinds and len(kinds & {"date", "subject", "to"}) >= 1 and _starts_block(lines, i):
                intro_start = _intro_above(lines, i)
                fw = _build(lines, intro_start, block, j, raw_lines)
                fw.separated = intro_start < i
                fw.introduced = fw.separated and not _RULE_LINE.match(lines[intro_start])
                fw.intro = _normalised_intro(lines[intro_start]) if fw.separated else None
                message_du = _MESSAGE_DU.match(lines[intro_start])
                if message_du and "date" not in fw.fields:
                    fw.fields["date"] = message_du.group("date")
                return fw
            i = max(j, i + 1)
            continue
        i += 1
    wrote = _find_wrote(lines)
    if wrote:
        first, last, address, name, intro = wrote
        printed = f"{name} <{address}>" if name else address
        fields = {"from": printed}
        if re.search(r"\d", intro.replace(name or "", "")):
            fields["date"] = intro.replace(name or "", "").strip(" ,\"'«»„“”")
        return InlineForward(
            before=_join(raw_lines[:first]),
            headers=[("From", printed)] + ([("Date", fields["date"])] if "date" in fields else []),
            fields=fields,
            body=_dedent(lines[last + 1:]),
            style="wrote",
            sender_name=name,
            sender_address=address,
        )
    return None


def _normalised_intro(line: str) -> str:
    """A separator line without its dashes, spaces and case: the same client prints the same."""
    return re.sub(r"[\W_]+", " ", line).strip().lower()


def nests_in(outer: InlineForward, inner: InlineForward) -> bool:
    """Is `inner` (the next forward header found in `outer.body`) a message that outer's
    sender had forwarded (nested), rather than the next of several messages the reporter
    forwarded one after another (a Gmail conversation, Apple Mail's forward of a selection)?

    The mail client that forwards several messages in one mail prints each under the same
    forward title, each after the whole of the previous one. A nested forward shows instead
    that the outer message was itself a forward: the inner message was addressed (To, Cc)
    to the outer's sender, or the outer's subject is "Fwd:/TR:", or the inner was itself forwarded
    or answered ("TR: X") in the thread the outer continues ("X"), or the outer holds
    nothing of its own before the inner header. Without a forward title (a bare rule, a
    reply intro), the inner header is part of the outer message, as before, unless both
    messages were addressed to the same person and not the inner one to the outer's sender:
    then the reporter pasted two messages they received one under the other."""
    if not (inner.introduced and outer.introduced and inner.intro == outer.intro):
        outer_to, inner_to = addresses_in(outer.fields.get("to", "")), addresses_in(inner.fields.get("to", ""))
        received_both = bool(outer_to & inner_to) and outer.sender_address not in inner_to
        return not (received_both and not is_forward_subject(outer.fields.get("subject", "")))
    if not inner.before.strip():
        return True
    recipients = addresses_in(inner.fields.get("to", "") + " " + inner.fields.get("cc", ""))
    if outer.sender_address and outer.sender_address in recipients:
        return True
    outer_subject = outer.fields.get("subject", "")
    if is_forward_subject(outer_subject):
        return True
    inner_subject = _SUBJECT_TAGS.sub("", inner.fields.get("subject", ""))  # "[EXTERNAL] RE: …"
    if not (is_forward_subject(inner_subject) or _REPLY_SUBJECT.match(inner_subject)):
        return False
    topics = [_topic(outer_subject), _topic(inner_subject)]
    return all(topics) and (topics[0] in topics[1] or topics[1] in topics[0])


def _topic(subject: str) -> str:
    """A subject without its forward and reply prefixes, for comparing two subjects."""
    subject = _REPLY_SUBJECT.sub("", strip_forward_prefix(_SUBJECT_TAGS.sub("", subject)) or "")
    return re.sub(r"\W+", " ", subject).strip().lower()


def addresses_in(value: str) -> set[str]:
    return {a.lower() for a in _ADDRESS_RE.findall(value or "")}


def _is_separator(line: str) -> bool:
    return bool(
        _INTRO_LINE.match(line) or _RULE_LINE.match(line) or _MESSAGE_DU.match(line)
        or _DASHED_TITLE.match(line) or _COLON_TITLE.match(line)
    )


def _starts_block(lines: list[str], i: int) -> bool:
    """A header block starts a text, follows a blank line or a separator."""
    return i == 0 or not lines[i - 1].strip() or _is_separator(lines[i - 1])


def _intro_above(lines: list[str], i: int) -> int:
    """Index of the separator line just above a header block (skipping blank lines), else i."""
    k = i - 1
    while k >= 0 and not lines[k].strip() and i - k <= 3:
        k -= 1
    if k >= 0 and _is_separator(lines[k]):
        return k
    return i


def _read_block(lines: list[str], i: int) -> tuple[list[tuple[str, str, str]], int]:
    """Consecutive 'Label: value' lines from i (with wrapped recipient lists)."""
    block: list[tuple[str, str, str]] = []
    j = i
    while j < len(lines) and len(block) < 12:
        kind = _label_kind(lines[j])
        if kind:
            if any(b[0] == kind[0] for b in block) and kind[0] in ("from", "subject"):
                break  # a second sender: the next header block
            block.append(kind)
            j += 1
            continue
        line = lines[j].strip()
        if block and line and block[-1][0] in ("to", "cc", "from") and ("@" in line or block[-1][2].endswith((",", ";"))):
            k, label, value = block[-1]
            block[-1] = (k, label, f"{value} {line}")
            j += 1
            continue
        if block and line and block[-1][0] == "subject" and j + 1 < len(lines) and _label_kind(lines[j + 1]):
            k, label, value = block[-1]  # a subject wrapped on two lines, followed by more headers
            block[-1] = (k, label, f"{value} {line}")
            j += 1
            continue
        if block and line and block[-1][0] == "date" and "@" in line and j + 1 < len(lines) and _label_kind(lines[j + 1]):
            j += 1  # Outlook's text of a mailto link split off its line
            continue
        break
    return block, j


def _build(lines, intro_start, block, body_start, raw_lines) -> InlineForward:
    fields: dict[str, str] = {}
    for kind, _label, value in block:
        fields.setdefault(kind, value)
    name, address = parse_mailbox(fields.get("from", ""))
    body_lines = lines[body_start:]
    return InlineForward(
        before=_join(raw_lines[:intro_start]),
        headers=[(label, value) for _kind, label, value in block],
        fields=fields,
        body=_dedent(body_lines),
        sender_name=name,
        sender_address=address,
    )


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip()


def _dedent(lines: list[str]) -> str:
    """The forwarded text: leading blank lines dropped, a common indent (Outlook's 4 spaces) removed."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] if l.strip() else "" for l in lines).strip()
