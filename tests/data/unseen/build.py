"""Assemble the unseen evaluation set: one .eml per report and labels.csv.

The content of every original (sender, subject, body, links, phones) and every expected
value (label, campaign, sender, link domains, phones) is hand-written in `originals.py`;
`reports.py` says who forwarded which original(s), with which mail client, and what they
wrote. This script only lays that out as the MIME each client really produces, so the set
can be rebuilt byte for byte: `python tests/data/unseen/build.py`.

It never runs the program under test. It checks its own data: every expected link domain
and phone number is written in the original, every link in the original is covered by an
expected domain, and every .eml parses back with the stdlib email package.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from originals import ORIGINALS  # noqa: E402
from reports import COUNCILS, REPORTERS, REPORTS  # noqa: E402

LINK = re.compile(r"\[\[(?P<label>[^|\]]+)\|(?P<url>[^\]]+)\]\]")
BARE_URL = re.compile(r"https?://[^\s<>\"')]+")

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def token(*parts: str, n: int = 10) -> str:
    """A stable pseudo-random value (tracking ids, Message-IDs) derived from the report."""
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- the original itself

def personalise(text: str, report: dict, doctor: dict) -> str:
    return (text.replace("{name}", doctor["last"]).replace("{first}", doctor["first"])
            .replace("{email}", doctor["email"]).replace("{tid}", token(report["file"], "tid", n=8)))


def original_text(body: str, link_style: str) -> str:
    """The original's text as a mail client shows it: links as label plus target."""
    def render(m: re.Match) -> str:
        label, url = m["label"], m["url"]
        if label == url:
            return url
        return {"plain": f"{label} : {url}", "angle": f"{label} <{url}>",
                "outlook": f"{label}<{url}>", "paren": f"{label} ( {url} )"}[link_style]
    return LINK.sub(render, body)


def original_html(body: str, o: dict) -> str:
    """The original's HTML body (inner part, without <html>/<body>)."""
    paras = []
    for para in body.strip().split("\n\n"):
        parts, pos = [], 0
        for m in re.finditer(f"{LINK.pattern}|{BARE_URL.pattern}", para):
            parts.append(html.escape(para[pos:m.start()]))
            if m["url"]:
                parts.append(f'<a href="{html.escape(m["url"])}">{html.escape(m["label"])}</a>')
            else:
                parts.append(f'<a href="{html.escape(m[0])}">{html.escape(m[0])}</a>')
            pos = m.end()
        parts.append(html.escape(para[pos:]))
        paras.append("<p>" + "".join(parts).replace("\n", "<br>\n") + "</p>")
    top = o.get("html_top", "")
    bottom = o.get("html_bottom", "")
    font = o.get("font", "Arial, Helvetica, sans-serif")
    return f'<div style="font-family:{font};font-size:14px;color:#222">{top}\n' + "\n".join(paras) + f"\n{bottom}</div>"


def wrap_html(inner: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f"<body>\n{inner}\n</body></html>\n")


def sender_header(o: dict) -> str:
    name, addr = o["from"]
    if not addr:
        return name
    return f'"{name}" <{addr}>' if name else addr


def sender_shown(o: dict, form: str = "angle") -> str:
    """The sender as a forwarding client prints it."""
    name, addr = o["from"]
    if not addr:
        return name
    if not name:
        return addr
    if form == "mailto":
        return f"{name} [mailto:{addr}]"
    if form == "quoted":
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def build_original(o: dict, report: dict, doctor: dict) -> EmailMessage:
    """The original as it reached the doctor (for attachment and direct styles)."""
    body = personalise(o["body"], report, doctor)
    msg = EmailMessage(policy=policy.SMTP)
    name, addr = o["from"]
    sdomain = addr.split("@")[1]
    recipient = doctor["email"] if report["style"] != "direct" else report["council"]
    mx = recipient.split("@")[1]
    date = parsedate_to_datetime(o["date"])
    msg["Return-Path"] = f"<{o.get('return_path', addr)}>"
    msg["Received"] = (f"from {o.get('relay', 'mail.' + sdomain)} ({o.get('relay', 'mail.' + sdomain)} "
                       f"[{o.get('ip', '185.23.' + str(int(token(addr, n=2), 16) % 250) + '.17')}]) by mx.{mx} "
                       f"with ESMTPS id {token(report['file'], 'rcv', n=12).upper()}; {format_datetime(date)}")
    auth = o.get("auth", "pass")
    rp_domain = o.get("return_path", addr).split("@")[1]
    if auth == "pass":
        results = f"spf=pass smtp.mailfrom={rp_domain}; dkim=pass header.d={sdomain}; dmarc=pass header.from={sdomain}"
    elif auth == "softfail":
        results = f"spf=softfail smtp.mailfrom={rp_domain}; dkim=none; dmarc=fail header.from={sdomain}"
    else:
        results = f"spf=none smtp.mailfrom={rp_domain}; dkim=none; dmarc=none header.from={sdomain}"
    msg["Authentication-Results"] = f"mx.{mx}; {results}"
    msg["From"] = sender_header(o)
    if o.get("reply_to"):
        msg["Reply-To"] = o["reply_to"]
    msg["To"] = recipient if not o.get("to_undisclosed") else "undisclosed-recipients:;"
    msg["Subject"] = personalise(o["subject"], report, doctor)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{token(report['file'], o['key'], n=16)}@{o.get('mid_domain', sdomain)}>"
    if o.get("list_unsubscribe"):
        msg["List-Unsubscribe"] = o["list_unsubscribe"]
    if o.get("html", True):
        msg.set_content(original_text(body, o.get("text_links", "plain")))
        msg.add_alternative(wrap_html(original_html(body, o)), subtype="html")
    else:
        msg.set_content(original_text(body, "plain"))
    return msg


# ---------------------------------------------------------------- forward headers per client

def fr_long(d) -> str:
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def en_long(d) -> str:
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%-I:%M %p}"


def fwd_header_lines(client: str, o: dict, report: dict, doctor: dict) -> tuple[str | None, list[tuple[str, str]]]:
    """The separator line and the (label, value) header lines a client writes above a forward."""
    client = CLIENT_ALIASES.get(client, client)
    d = parsedate_to_datetime(o["date"])
    subject = personalise(o["subject"], report, doctor)
    to = doctor["email"]
    tz = "UTC+1" if d.utcoffset().total_seconds() == 3600 else "UTC+2"
    fr_short = f"{FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS_SHORT[d.month - 1]} {d.year} à {d:%H:%M}"
    table = {
        "gmail_fr": ("---------- Forwarded message ---------",
                     [("De :", sender_shown(o)), ("Date:", fr_short), ("Subject:", subject), ("To:", f"<{to}>")]),
        "gmail_fr_new": ("---------- Message transféré ---------",
                         [("De :", sender_shown(o)), ("Date :", fr_short), ("Objet :", subject), ("À :", f"<{to}>")]),
        "gmail_en": ("---------- Forwarded message ---------",
                     [("From:", sender_shown(o)), ("Date:", f"{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {d:%-I:%M %p}"),
                      ("Subject:", subject), ("To:", f"<{to}>")]),
        "outlook_fr": ("________________________________",
                       [("De :", sender_shown(o)), ("Envoyé :", fr_long(d)), ("À :", f"{doctor['first']} {doctor['last']} <{to}>"), ("Objet :", subject)]),
        "outlook_en": ("________________________________",
                       [("From:", sender_shown(o)), ("Sent:", en_long(d)), ("To:", f"{doctor['first']} {doctor['last']} <{to}>"), ("Subject:", subject)]),
        "outlook_desktop_fr": (None,
                               [("De :", sender_shown(o)), ("Envoyé :", fr_long(d)), ("À :", f"{doctor['first']} {doctor['last']} <{to}>"), ("Objet :", subject)]),
        "outlook_desktop_en": (None,
                               [("From:", sender_shown(o)), ("Sent:", en_long(d)), ("To:", f"{doctor['first']} {doctor['last']} <{to}>"), ("Subject:", subject)]),
        "outlook_legacy_fr": ("-----Message d'origine-----",
                              [("De :", sender_shown(o, "mailto")), ("Envoyé :", fr_long(d)), ("À :", to), ("Objet :", subject)]),
        "outlook_legacy_en": ("-----Original Message-----",
                              [("From:", sender_shown(o, "mailto")), ("Sent:", en_long(d)), ("To:", to), ("Subject:", subject)]),
        "new_outlook_fr": (None, [("De :", sender_shown(o)), ("Date :", f"{FR_DAYS[d.weekday()]}, {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M}"),
                                  ("À :", f"{to} <{to}>"), ("Objet :", subject)]),
        "apple_fr": ("Début du message réexpédié :",
                     [("De:", sender_shown(o)), ("Objet:", subject), ("Date:", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M:%S} {tz}"), ("À:", to)]),
        "apple_en": ("Begin forwarded message:",
                     [("From:", sender_shown(o)), ("Subject:", subject), ("Date:", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {d:%-I:%M:%S %p} GMT+{int(d.utcoffset().total_seconds() // 3600)}"), ("To:", to)]),
        "thunderbird_fr": ("-------- Message transféré --------",
                           [("Sujet :", subject), ("Date :", format_datetime(d)), ("De :", sender_shown(o)), ("Pour :", to)]),
        "thunderbird_en": ("-------- Forwarded Message --------",
                           [("Subject:", subject), ("Date:", format_datetime(d)), ("From:", sender_shown(o)), ("To:", to)]),
        "yahoo_fr": ("----- Message transmis -----",
                     [("De :", sender_shown(o)), ("À :", f'"{to}" <{to}>'), ("Envoyé :", f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}, {d:%H:%M:%S} {tz}"), ("Objet :", subject)]),
        "yahoo_en": ("----- Forwarded Message -----",
                     [("From:", sender_shown(o)), ("To:", f'"{to}" <{to}>'), ("Sent:", f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}, {d:%I:%M:%S %p} GMT+1"), ("Subject:", subject)]),
        "orange_fr": ("-------- Message transféré --------",
                      [("> Message du", f"{d:%d/%m/%y %H:%M}"), ("> De :", sender_shown(o, "quoted")), ("> A :", to), ("> Copie à :", ""), ("> Objet :", subject)]),
        "sfr_fr": ("-----Message d'origine-----",
                   [("De :", sender_shown(o)), ("Envoyé le :", fr_long(d)), ("À :", to), ("Objet :", subject)]),
        "laposte_fr": ("----- Mail original -----",
                       [("De:", sender_shown(o, "quoted")), ("À:", to), ("Envoyé:", f"{FR_DAYS[d.weekday()].capitalize()} {d.day} {FR_MONTHS[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}"), ("Objet:", subject)]),
        "free_fr": ("----- Mail transféré -----",
                    [("De:", sender_shown(o, "quoted")), ("À:", to), ("Envoyé:", f"{FR_DAYS[d.weekday()].capitalize()} {d.day} {FR_MONTHS[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}"), ("Objet:", subject)]),
        "samsung_fr": ("-------- Message d'origine --------",
                       [("De :", sender_shown(o)), ("Date :", f"{d:%d/%m/%Y %H:%M} (GMT+01:00)"), ("À :", to), ("Objet :", subject)]),
        "ios_fr": ("Début du message réexpédié :",
                   [("De:", sender_shown(o)), ("Date:", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M:%S} {tz}"), ("À:", to), ("Objet:", subject)]),
        "ios_en": ("Begin forwarded message:",
                   [("From:", sender_shown(o)), ("Date:", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {d:%-I:%M:%S %p} GMT+1"), ("To:", to), ("Subject:", subject)]),
    }
    return table[client]


# Mobile and webmail clients that put a tag line under the reporter's comment.
CLIENT_TAGLINES = {
    "ios_fr": "Envoyé de mon iPhone", "ios_en": "Sent from my iPhone",
    "samsung_fr": "Envoyé depuis mon smartphone Galaxy",
    "outlook_mobile_fr": "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
}

# How each client prints a link of the HTML original in its text/plain alternative.
CLIENT_LINK_STYLE = {"gmail": "angle", "outlook": "outlook", "new_outlook": "outlook", "apple": "angle",
                     "thunderbird": "angle", "yahoo": "angle", "orange": "plain", "sfr": "plain",
                     "laposte": "plain", "free": "plain", "samsung": "angle", "ios": "angle"}


# Clients whose forward header is another client's.
CLIENT_ALIASES = {"outlook_mobile_fr": "outlook_fr"}


def client_family(client: str) -> str:
    client = CLIENT_ALIASES.get(client, client)
    return client.split("_")[0] if not client.startswith("new_outlook") else "new_outlook"


def inline_text(client: str, o: dict, report: dict, doctor: dict) -> str:
    sep, lines = fwd_header_lines(client, o, report, doctor)
    body = original_text(personalise(o["body"], report, doctor), CLIENT_LINK_STYLE[client_family(client)])
    if client.startswith("yahoo"):
        head = f" {sep} " + "".join(f"{k} {v}" for k, v in lines) + "\n"
        return head + " " + body
    if client.startswith("thunderbird"):
        head = sep + "\n" + "\n".join(f"{k} \t{v}" for k, v in lines) + "\n\n\n\n"
        return head + body
    if client.startswith("orange"):
        head = sep + "\n" + "\n".join(f"{k} {v}".rstrip() for k, v in lines) + "\n>\n"
        return head + "\n".join("> " + line if line else ">" for line in body.split("\n"))
    if client.startswith("ios"):
        head = sep + "\n\n" + "\n".join(f"> {k} {v}" for k, v in lines) + "\n> \n"
        return head + "\n".join("> " + line if line else "> " for line in body.split("\n"))
    if client.startswith("apple"):
        return sep + "\n\n" + "\n".join(f"{k} {v}" for k, v in lines) + "\n\n" + body
    head = (sep + "\n" if sep else "") + "\n".join(f"{k} {v}" for k, v in lines) + "\n\n"
    return head + body


def inline_html(client: str, o: dict, report: dict, doctor: dict) -> str:
    sep, lines = fwd_header_lines(client, o, report, doctor)
    body = original_html(personalise(o["body"], report, doctor), o)
    e = html.escape
    name, addr = o["from"]

    def sender_html() -> str:
        if not addr:
            return e(name)
        return f'{e(name)} &lt;<a href="mailto:{e(addr)}">{e(addr)}</a>&gt;' if name else f'<a href="mailto:{e(addr)}">{e(addr)}</a>'

    fam = client_family(client)
    if fam == "gmail":
        rows = []
        for k, v in lines:
            if k.startswith(("De", "From")):
                rows.append(f'{e(k)} <strong class="gmail_sendername" dir="auto">{e(name)}</strong> <span dir="auto">&lt;<a href="mailto:{e(addr)}">{e(addr)}</a>&gt;</span>')
            elif k.startswith(("To", "À")):
                rows.append(f'{e(k)} &lt;<a href="mailto:{e(doctor["email"])}">{e(doctor["email"])}</a>&gt;')
            else:
                rows.append(f"{e(k)} {e(v)}")
        return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{e(sep)}<br>'
                + "<br>".join(rows) + f"<br></div><br><br>{body}</div>")
    if fam in ("outlook", "new_outlook"):
        rows = "<br>".join(f"<b>{e(k)}</b> {sender_html() if k.startswith(('De', 'From')) else e(v)}" for k, v in lines)
        return ('<hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>'
                f"<div>&nbsp;</div></div>{body}")
    if fam in ("apple", "ios"):
        rows = "".join(f'<div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>{e(k)} </b></span>'
                       f'<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">{sender_html() if k.startswith(("De", "From")) else e(v)}</span></div>'
                       for k, v in lines)
        return (f'<div><br><blockquote type="cite"><div>{e(sep)}</div><br class="Apple-interchange-newline">'
                f"{rows}<br>{body}</blockquote></div>")
    if fam == "thunderbird":
        rows = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{e(k).replace(" :", "&nbsp;:")} </th><td>{sender_html() if k.startswith(("De", "From")) else e(v)}</td></tr>'
                       for k, v in lines)
        return (f'<div class="moz-forward-container"><br><br>{e(sep)}<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>'
                f"{rows}</tbody></table><br><br>{body}</div>")
    if fam == "yahoo":
        rows = "".join(f"<div><b>{e(k)}</b> {sender_html() if k.startswith(('De', 'From')) else e(v)}</div>" for k, v in lines)
        return (f'<div class="yahoo_quoted" id="yahoo_quoted_{token(report["file"], n=10)}"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f"<div>{e(sep)}</div>{rows}<div><br></div><div><br></div>{body}</div></div>")
    # webmails and Android clients: headers as plain lines, body in a blockquote
    rows = "<br>".join(e(f"{k} {v}".rstrip()) for k, v in lines)
    return f'<div><br>{e(sep)}<br>{rows}<br><br><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{body}</blockquote></div>'


# ---------------------------------------------------------------- the report around it

def reporter_text(report: dict, doctor: dict) -> str:
    parts = []
    if report.get("comment"):
        parts.append(report["comment"].strip())
    if report.get("signature", True) and doctor.get("signature"):
        # Thunderbird writes the signature separator "-- " itself
        dashes = report.get("client", "").startswith("thunderbird") and not doctor["signature"].startswith("--")
        parts.append(("-- \n" if dashes else "") + doctor["signature"].strip())
    tag = CLIENT_TAGLINES.get(report.get("client", ""))
    if tag:
        parts.append(tag)
    return "\n\n".join(parts)


def text_to_html(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        esc = html.escape(para)
        esc = re.sub(r"&lt;(https?://[^&\s]+)&gt;", r'&lt;<a href="\1">\1</a>&gt;', esc)
        esc = re.sub(r"(?<![\"/&;])(https?://[^\s<&]+)", r'<a href="\1">\1</a>', esc)
        out.append("<div>" + esc.replace("\n", "<br>\n") + "</div>")
    return "\n<div><br></div>\n".join(out)


# What each client adds to the messages it sends (family -> headers), and its Message-ID's right side.
CLIENT_HEADERS = {
    "outlook": [("Thread-Topic", None), ("Thread-Index", "AQHcW{tok}=="), ("Accept-Language", "fr-FR, en-US"),
                ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "new_outlook": [("Thread-Topic", None), ("Thread-Index", "AQHcX{tok}=="), ("Content-Language", "fr-FR")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "ios": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.24562 YMailNorrin")],
    "orange": [("X-Mailer", "Orange Mail")],
    "laposte": [("X-Mailer", "Zimbra 8.8.15_GA_4508 (ZimbraWebClient - FF131 (Win)/8.8.15_GA_4508)")],
    "free": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC130 (Linux)/9.0.0_ZEXTRAS_20240927)")],
    "sfr": [("X-Mailer", "SFR Mail")],
}
MESSAGE_ID_DOMAIN = {"gmail": "mail.gmail.com", "outlook": "PR3P192MB0866.EURP192.PROD.OUTLOOK.COM",
                     "new_outlook": "AM9P192MB1412.EURP192.PROD.OUTLOOK.COM"}


def outer_message(report: dict, doctor: dict, subject: str, date, client: str | None = None) -> EmailMessage:
    fam = client_family(client if client is not None else report.get("client") or "")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{doctor['first']} {doctor['last']} <{doctor['email']}>" if not doctor.get("display") else f"{doctor['display']} <{doctor['email']}>"
    msg["To"] = report["council"]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    tok = token(report["file"], "outer", doctor["email"], n=20)
    mid_domain = MESSAGE_ID_DOMAIN.get(fam, doctor["email"].split("@")[1])
    msg["Message-ID"] = f"<{tok.upper() if fam in MESSAGE_ID_DOMAIN else tok}@{mid_domain}>"
    msg["MIME-Version"] = "1.0"
    for name, value in CLIENT_HEADERS.get(fam, []):
        msg[name] = subject.split(": ", 1)[-1] if value is None else value.format(tok=tok)
    if doctor.get("agent") and "User-Agent" not in msg and "X-Mailer" not in msg:
        msg["User-Agent" if "Thunderbird" in doctor["agent"] else "X-Mailer"] = doctor["agent"]
    return msg


def fwd_prefix(client: str) -> str:
    if client.startswith(("outlook", "new_outlook")) and client.endswith("_fr") or client in ("sfr_fr", "samsung_fr"):
        return "TR: "
    if client.startswith(("outlook", "new_outlook")):
        return "FW: "
    if client.startswith(("orange", "laposte", "free")):
        return "Tr : "
    return "Fwd: "


def report_date(report: dict, o: dict):
    from datetime import timedelta
    return parsedate_to_datetime(o["date"]) + timedelta(minutes=17 + int(token(report["file"], "delay", n=4), 16) % 900)


SAFELINKS = "https://eur02.safelinks.protection.outlook.com/?url={url}&data=05%7C02%7C{mailbox}%7C{tid}%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C638{tid2}%7CUnknown&sdata={sdata}%3D&reserved=0"


def safelinked(o: dict, report: dict, doctor: dict) -> dict:
    """The original as a Microsoft 365 mailbox delivers it: every link rewritten by Safe Links."""
    from urllib.parse import quote

    def wrap(url: str) -> str:
        return SAFELINKS.format(url=quote(url, safe=""), mailbox=quote(doctor["email"], safe=""),
                                tid=token(report["file"], url, n=16), tid2=token(url, n=12).upper(),
                                sdata=token(report["file"], "sdata", url, n=30))

    body = personalise(o["body"], report, doctor)
    body = LINK.sub(lambda m: f"[[{m['label']}|{wrap(m['url'])}]]", body)
    body = re.sub(r"(?<![|\[])" + BARE_URL.pattern, lambda m: f"[[{m[0]}|{wrap(m[0])}]]", body)
    return dict(o, body=body)


def word_html(intro: str, client: str, o: dict, report: dict, doctor: dict) -> str:
    """Outlook desktop's HTML: Word's MsoNormal paragraphs and its bordered header block."""
    _, lines = fwd_header_lines(client, o, report, doctor)
    e = html.escape
    paras = "".join(f"<p class=MsoNormal>{e(line) or '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for line in intro.split("\n"))
    rows = "<br>\n".join(f"<b>{e(k).replace(' :', '&nbsp;:')}</b> {e(v)}" for k, v in lines)
    body = original_html(personalise(o["body"], report, doctor), o)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style></head><body lang=FR link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            f"<div class=WordSection1>{paras}<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal>{rows}<o:p></o:p></p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>\n{body}</div></body></html>\n")


def render_inline(report: dict, doctor: dict, originals: list[dict]) -> EmailMessage:
    """One forward quoted inline; several when the client forwards a selection (Apple Mail does)."""
    client = report["client"]
    if report.get("safelinks"):
        originals = [safelinked(o, report, doctor) for o in originals]
    o = originals[0]
    intro = reporter_text(report, doctor)
    fwd_txt = "\n\n".join(inline_text(client, each, report, doctor) for each in originals)
    subject = report.get("subject") or fwd_prefix(client) + personalise(o["subject"], report, doctor)
    msg = outer_message(report, doctor, subject, report_date(report, o))
    text = (intro + "\n\n" if intro else "\n") + fwd_txt + "\n"
    if client.startswith("outlook_desktop"):
        # Outlook desktop in France writes Windows-1252, not UTF-8
        msg.set_content(text, charset="windows-1252")
        msg.add_alternative(word_html(intro, client, o, report, doctor), subtype="html", charset="windows-1252")
        return msg
    if client.startswith(("ios", "samsung", "orange", "sfr", "laposte", "free")) and not report.get("html_part"):
        msg.set_content(text)
        return msg
    msg.set_content(text)
    fam = client_family(client)
    intro_html = text_to_html(intro) if intro else ""
    quoted = "".join(inline_html(client, each, report, doctor) for each in originals)
    if fam == "gmail":
        html_body = f'<div dir="ltr"><div>{intro_html}</div><br>{quoted}</div>'
    elif fam in ("outlook", "new_outlook"):
        html_body = (f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{intro_html}</div>'
                     f'<div id="appendonsend"></div>{quoted}')
    else:
        html_body = f"<div>{intro_html}</div>{quoted}"
    if report.get("html_only"):
        # some webmails and mobile apps send the forward as HTML alone
        msg.clear_content()
        msg.set_content(wrap_html(html_body), subtype="html")
        return msg
    msg.add_alternative(wrap_html(html_body), subtype="html")
    return msg


def fix_boundaries(msg: EmailMessage, seed: str) -> None:
    """The stdlib draws random boundaries: fix them so the set rebuilds byte for byte."""
    for i, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"----=_Part_{i}_{token(seed, 'boundary', str(i), n=24)}")


def attach(msg: EmailMessage, inner: EmailMessage, as_octet: bool, filename: str) -> None:
    if as_octet:
        fix_boundaries(inner, str(inner["Message-ID"]))
        drop_part_mime_version(inner)
        msg.add_attachment(inner.as_bytes(policy=policy.SMTP), maintype="application", subtype="octet-stream", filename=filename)
    else:
        msg.add_attachment(inner, filename=filename) if filename else msg.add_attachment(inner)


def safe_filename(subject: str) -> str:
    return re.sub(r"[\\/:*?\"<>|]", "_", subject)[:60].strip() + ".eml"


def render_attachment(report: dict, doctor: dict, originals: list[dict], as_octet: bool = False) -> EmailMessage:
    inners = [build_original(o, report, doctor) for o in originals]
    first = originals[0]
    client = report.get("client", "thunderbird_fr")
    subject = report.get("subject") or fwd_prefix(client) + personalise(first["subject"], report, doctor)
    msg = outer_message(report, doctor, subject, report_date(report, first))
    intro = reporter_text(report, doctor) or ""
    msg.set_content(intro + "\n")
    if report.get("html_part"):
        msg.add_alternative(wrap_html(text_to_html(intro)), subtype="html")
    for o, inner in zip(originals, inners):
        attach(msg, inner, as_octet, safe_filename(personalise(o["subject"], report, doctor)) if (as_octet or report.get("named_attachment", not client.startswith("outlook"))) else "")
    return msg


def render_pasted(report: dict, doctor: dict, originals: list[dict]) -> EmailMessage:
    o = originals[0]
    assert not [m for m in LINK.finditer(o["body"]) if m["label"] != m["url"]], f"{o['key']}: a pasted text loses hidden links"
    body = original_text(personalise(o["body"], report, doctor), "plain")
    if report.get("pasted_subject"):
        body = personalise(o["subject"], report, doctor) + "\n\n" + body
    intro = report.get("comment", "").strip()
    sig = doctor.get("signature", "").strip() if report.get("signature", True) else ""
    text = "\n\n".join(p for p in (intro, body.strip(), sig) if p) + "\n"
    msg = outer_message(report, doctor, report["subject"], report_date(report, o))
    msg.set_content(text)
    return msg


def render_typed(report: dict, doctor: dict, originals: list[dict]) -> EmailMessage:
    o = originals[0]
    sig = doctor.get("signature", "").strip() if report.get("signature", True) else ""
    text = personalise(o["body"], report, doctor).strip() + ("\n\n" + sig if sig else "") + "\n"
    msg = outer_message(report, doctor, report["subject"], report_date(report, o))
    msg.set_content(text)
    if report.get("html_part"):
        msg.add_alternative(wrap_html(text_to_html(text)), subtype="html")
    return msg


def render_direct(report: dict, doctor: dict, originals: list[dict]) -> EmailMessage:
    return build_original(originals[0], report, doctor)


def render_nested(report: dict, doctor: dict, originals: list[dict]) -> EmailMessage:
    """A secretary (or colleague) forwards the doctor's own forward to the council."""
    inner_report = dict(report, council=report["nested_to"], subject=None)
    inner_doc = doctor
    relay = REPORTERS[report["relay"]]
    if report["inner"] == "inline":
        inner_msg = render_inline(dict(inner_report, client=report["client"]), inner_doc, originals)
    else:
        inner_msg = render_attachment(dict(inner_report, client=report["client"]), inner_doc, originals)
    outer_report = dict(report, comment=report["relay_comment"])
    date = report_date(report, originals[0])
    from datetime import timedelta
    date = date + timedelta(hours=2)
    subj = report.get("subject") or fwd_prefix(report["relay_client"]) + str(inner_msg["Subject"])
    msg = outer_message(outer_report, relay, subj, date, client=report["relay_client"])
    intro = reporter_text(dict(outer_report, client=report["relay_client"]), relay)
    if report["relay_mode"] == "attach":
        msg.set_content(intro + "\n")
        msg.add_attachment(inner_msg, filename=safe_filename(str(inner_msg["Subject"])))
        return msg
    # inline: the relay's client quotes the doctor's forward (text part only, as it came)
    inner_text = inner_msg.get_body(("plain",)).get_content()
    fake_o = {"from": (f"{doctor['first']} {doctor['last']}", doctor["email"]), "date": inner_msg["Date"],
              "subject": str(inner_msg["Subject"]), "body": inner_text, "key": "relay"}
    fwd = inline_text(report["relay_client"], fake_o, report, {**relay, "email": report["nested_to"]})
    msg.set_content(intro + "\n\n" + fwd)
    inner_html = inner_msg.get_body(("html",))
    if inner_html is not None:
        fam = client_family(report["relay_client"])
        body_html = re.sub(r"(?s).*<body>\n|\n</body>.*", "", inner_html.get_content())
        sep, lines = fwd_header_lines(report["relay_client"], fake_o, report, {**relay, "email": report["nested_to"]})
        rows = "<br>".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in lines)
        wrapper = (f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>'
                   if fam in ("outlook", "new_outlook") else
                   f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(sep or "")}<br>{rows}<br></div><br><br>')
        msg.add_alternative(wrap_html(f"<div>{text_to_html(intro)}</div>{wrapper}{body_html}" + ("</div>" if fam == "gmail" else "")), subtype="html")
    return msg


RENDERERS = {
    "attachment": render_attachment,
    "octet": lambda r, d, o: render_attachment(r, d, o, as_octet=True),
    "inline": render_inline,
    "pasted": render_pasted,
    "typed": render_typed,
    "direct": render_direct,
    "nested": render_nested,
}

LABEL_STYLE = {"attachment": "attachment", "octet": "attachment", "inline": "inline", "pasted": "pasted",
               "typed": "typed", "direct": "direct"}

def drop_part_mime_version(msg: EmailMessage, is_root: bool = True) -> None:
    """Mail clients write MIME-Version once per message, not on every part as EmailMessage does."""
    if not is_root:
        del msg["MIME-Version"]
    if msg.get_content_type() == "message/rfc822":
        for inner in msg.get_payload():
            drop_part_mime_version(inner, True)
    elif msg.is_multipart():
        for part in msg.get_payload():
            drop_part_mime_version(part, False)


SEVERITY = {"fraud": 0, "spam": 1, "legitimate": 2}


# ---------------------------------------------------------------- self-checks of the data

def check_original(o: dict) -> None:
    body = o["body"] + o.get("html_top", "") + o.get("html_bottom", "")
    urls = [m["url"] for m in LINK.finditer(body)] + BARE_URL.findall(LINK.sub(" ", body))
    urls += re.findall(r'(?:src|href)="(https?://[^"]+)"', o.get("html_top", "") + o.get("html_bottom", ""))
    domains = [d for d in o["domains"].split(";") if d]
    for url in urls:
        host = re.sub(r"^https?://", "", url).split("/")[0].split("?")[0].split(":")[0].lower()
        assert any(host == d or host.endswith("." + d) for d in domains), f"{o['key']}: link host {host} not in expected {domains}"
    for d in domains:
        assert d in body.lower() or d in body.lower().replace("[.]", "."), f"{o['key']}: expected domain {d} not written in the original"
    digits = re.sub(r"\D", "", body)
    for p in [p for p in o["phones"].split(";") if p]:
        assert p.startswith("+"), p
        national = "0" + p[3:] if p.startswith("+33") else p[1:]
        assert national in digits or p[1:] in digits, f"{o['key']}: phone {p} not written in the original"
    assert o["label"] in SEVERITY, o["key"]


def delivered_text(msg: EmailMessage) -> str:
    """Everything a reader of the report can see: every text part, attached messages included."""
    from urllib.parse import unquote

    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() == "application/octet-stream" and (part.get_filename() or "").endswith(".eml"):
            out.append(delivered_text(BytesParser(policy=policy.default).parsebytes(part.get_content())))
    text = "\n".join(out)
    return (text + "\n" + unquote(text)).lower().replace("[.]", ".")


def delivered_domains(o: dict, msg: EmailMessage, file: str) -> list[str]:
    """The original's link domains that the report really carries.

    A client that forwards the text alone drops the images of the original's HTML: their
    domains are not in the report. Any other expected domain missing is an error of this data.
    """
    text = delivered_text(msg)
    # host names written in the report, e-mail addresses' domains excepted
    hosts = set(re.findall(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", text))
    decor = (o.get("html_top", "") + o.get("html_bottom", "")).lower()
    kept = []
    for d in (d for d in o["domains"].split(";") if d):
        if any(h == d or h.endswith("." + d) for h in hosts):
            kept.append(d)
        else:
            assert d in decor, f"{file}: expected domain {d} of {o['key']} is not in the report"
    digits = re.sub(r"\D", "", text)
    for p in (p for p in o["phones"].split(";") if p):
        assert ("0" + p[3:] if p.startswith("+33") else p[1:]) in digits or p[1:] in digits, f"{file}: phone {p} not in the report"
    return kept


def main() -> int:
    originals = {o["key"]: o for o in ORIGINALS}
    assert len(originals) == len(ORIGINALS), "duplicate original keys"
    for o in ORIGINALS:
        check_original(o)
    used = Counter()
    rows, stats = [], Counter()
    for old in HERE.glob("report_*.eml"):
        old.unlink()
    for n, spec in enumerate(REPORTS, 1):
        report = dict(spec, file=f"report_{n:03d}.eml")
        report["council"] = COUNCILS[report.get("council", n % len(COUNCILS))]
        doctor = REPORTERS[report["doctor"]]
        origs = [originals[k] for k in report["originals"]]
        if report.get("name_only"):
            origs = [dict(o, **{"from": (o["from"][0], "")}) for o in origs]
        for k in report["originals"]:
            used[k] += 1
        msg = RENDERERS[report["style"]](report, doctor, origs)
        drop_part_mime_version(msg)
        fix_boundaries(msg, report["file"])
        # the stdlib folds "word =?utf-8?...?=" leaving the space before the line break, which
        # unfolds to two spaces; mail clients fold before the space
        raw = re.sub(rb" \r\n (=\?)", rb"\r\n \1", msg.as_bytes(policy=policy.SMTP))
        back = BytesParser(policy=policy.default).parsebytes(raw)
        assert not back.defects, (report["file"], back.defects)
        assert back["From"] and back["Subject"], report["file"]
        (HERE / report["file"]).write_bytes(raw)
        style = LABEL_STYLE[report["style"] if report["style"] != "nested" else ("attachment" if report["inner"] == "attach" else "inline")]
        label = min((o["label"] for o in origs), key=SEVERITY.get)
        known_senders = [o["from"][1].lower() for o in origs if o["from"][1] and report["style"] not in ("pasted", "typed")]
        campaigns = {o.get("campaign", "") for o in origs}
        rows.append({
            "file": report["file"], "label": label,
            "campaign": ";".join(sorted(c for c in campaigns if c)),
            "sender": ";".join(known_senders),
            "link_domains": ";".join(dict.fromkeys(d for o in origs for d in delivered_domains(o, back, report["file"]))),
            "phones": ";".join(dict.fromkeys(p for o in origs for p in o["phones"].split(";") if p)),
            "style": style,
        })
        stats["label:" + label] += 1
        stats["style:" + style] += 1
        stats["lang:" + origs[0]["lang"]] += 1
        stats["client:" + report.get("client", report["style"])] += 1
    unused = [k for k in originals if not used[k]]
    uncampaigned = [k for k, n in used.items() if n > 1 and not originals[k].get("campaign")]
    assert not uncampaigned, f"originals reported several times need a campaign: {uncampaigned}"
    assert not unused, f"originals never reported: {unused}"
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "label", "campaign", "sender", "link_domains", "phones", "style"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    camp = Counter(r["campaign"] for r in rows if r["campaign"])
    print(f"{len(rows)} reports from {len(originals)} originals")
    for k, v in sorted(stats.items()):
        print(f"  {k:28} {v}")
    print("campaigns:", dict(sorted(camp.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
