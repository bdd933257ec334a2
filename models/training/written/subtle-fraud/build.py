#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py and reports.py (stdlib only, deterministic)."""
import base64, csv, html, io, os, re, sys, urllib.parse
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import O          # noqa: E402
from reports import R            # noqa: E402

MULTI = {"gouv.fr", "co.uk", "org.uk", "ac.uk", "com.br", "com.au", "asso.fr", "com.tr",
         "co.in", "web.app", "pages.dev", "netlify.app", "github.io", "firebaseapp.com",
         "r2.dev", "vercel.app", "com.ng", "co.za"}


def regdom(host):
    host = host.lower().strip(".")
    if host.startswith("www."):
        host = host[4:]
    parts = host.split(".")
    for n in (3, 2):
        if len(parts) > n and ".".join(parts[-n:]) in MULTI:
            return ".".join(parts[-(n + 1):])
    return ".".join(parts[-2:])


def host_of(url):
    u = url if "://" in url else "http://" + url
    return urllib.parse.urlsplit(u).hostname


def e164(p):
    return p


def phone_regex(p):
    assert p.startswith("+33")
    nat = p[3:]
    sep = r"[\s.\-\u00a0]?"
    body = sep.join(nat)
    return re.compile(r"(?:0|\+33" + sep + r"(?:\(0\))?" + sep + r"|0033" + sep + ")" + sep + body + r"(?!\d)")


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
import datetime as _dt  # noqa: E402


def pdate(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def tz(d):
    # France: CEST from last Sunday of March to last Sunday of October (approx. by month/day)
    y = d.year
    def lastsun(m):
        x = _dt.date(y, m, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    return "+0200" if lastsun(3) <= d.date() < lastsun(10) else "+0100"


def rfc(d):
    return f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][d.weekday()]}, {d.day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.month-1]} {d.year} {d:%H:%M:%S} {tz(d)}"


def fmt_date(d, style):
    j, m = JOURS[d.weekday()], MOIS[d.month - 1]
    if style == "gmail_fr":
        ab = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][d.month - 1]
        return f"{j[:3]}. {d.day} {ab} {d.year} à {d:%H:%M}"
    if style == "gmail_en":
        return f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month-1][:3]} {d.day}, {d.year} at {d.strftime('%I:%M').lstrip('0')} {'AM' if d.hour < 12 else 'PM'}"
    if style == "outlook_fr":
        return f"{j} {d.day} {m} {d.year} {d:%H:%M}"
    if style == "outlook_en":
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year} {d.strftime('%I:%M').lstrip('0')} {'AM' if d.hour < 12 else 'PM'}"
    if style == "apple_fr":
        return f"{d.day} {m} {d.year} à {d:%H:%M:%S} UTC{'+2' if tz(d) == '+0200' else '+1'}"
    if style == "tb_fr":
        return f"{j[:3]}, {d.day:02d} {m[:4]} {d.year} {d:%H:%M:%S} {tz(d)}".replace("  ", " ")
    if style == "tb_en":
        return rfc(d)
    if style == "zimbra":
        return f"{j.capitalize()} {d.day} {m.capitalize()} {d.year} {d:%H:%M:%S}"
    if style == "orange":
        return f"{d:%d/%m/%y %H:%M}"
    if style == "android":
        return f"{d:%d/%m/%Y %H:%M} (GMT{'+02:00' if tz(d) == '+0200' else '+01:00'})"
    if style == "yahoo":
        return f"{j} {d.day} {m} {d.year} à {d:%H:%M:%S} UTC{'+2' if tz(d) == '+0200' else '+1'}"
    return rfc(d)


# ---------------------------------------------------------------- rendering of an original
LINK = re.compile(r"\{(\d+)\}")


def orig_text(o, mode="full", safelinks=False):
    """plain text of the original body. mode full: 'shown <url>'; pasted: shown only."""
    links = o.get("links", [])

    def rep(m):
        shown, url = links[int(m.group(1))]
        if safelinks:
            url = safelink(url)
        if mode == "pasted" or shown == url:
            return shown
        if mode == "outlook":
            return f"{shown}<{url}>"
        return f"{shown} <{url}>"
    return LINK.sub(rep, o["body"])


def orig_html(o, safelinks=False):
    links = o.get("links", [])
    out = []
    for para in o["body"].split("\n\n"):
        t = html.escape(para)
        t = t.replace("\n", "<br>\n")
        def rep(m):
            shown, url = links[int(m.group(1))]
            if safelinks:
                url = safelink(url)
            return f'<a href="{html.escape(url)}">{html.escape(shown)}</a>'
        t = LINK.sub(rep, t)
        out.append(f"<p>{t}</p>")
    return "\n".join(out)


def safelink(url):
    q = urllib.parse.quote(url, safe="")
    return ("https://eur03.safelinks.protection.outlook.com/?url=" + q +
            "&data=05%7C02%7C%7C4f1c2e7a9b0d4c55a3e808dd1b2f7c11%7C8b3d6f1a2c4e4d7f9a0b1c2d3e4f5a6b%7C0%7C0%7C638712345678901234"
            "&sdata=Qm9ndXNTZGF0YUZvclRlc3RpbmdPbmx5MTIzNDU%3D&reserved=0")


def addr_hdr(name, addr):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name) or any(c in name for c in ',.:;()'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text, charset="utf-8"):
    import quopri
    raw = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(raw).decode("ascii")


def text_part(text, subtype="plain", charset="utf-8", enc="qp"):
    if enc == "b64":
        return (f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: base64\n\n'
                + b64(text.encode(charset)) + "\n")
    if enc == "8bit":
        return (f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: 8bit\n\n'
                + text + "\n")
    return (f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(text, charset) + "\n")


def alt(text, htm, bnd, charset="utf-8", enc="qp"):
    return (f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
            f"--{bnd}\n" + text_part(text, "plain", charset, enc) +
            f"\n--{bnd}\n" + text_part(htm, "html", charset, enc) + f"\n--{bnd}--\n")


def enc_hdr(v):
    from email.header import Header
    if all(ord(c) < 128 for c in v):
        return v
    return Header(v, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return addr_hdr(name, addr)
    from email.header import Header
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


def fake_pdf(lines):
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines) + " ET"
    content = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + ob + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


# 1x1 grey PNG standing for a QR code picture (content not decodable on purpose)
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")


def attachment_parts(o, bnd):
    parts = []
    for a in o.get("atts", []):
        if a["type"] == "pdf":
            data = fake_pdf(a["text"].split("\n"))
            ct = "application/pdf"
        elif a["type"] == "html":
            data = a["text"].encode("utf-8")
            ct = "text/html"
        elif a["type"] == "png":
            data = PNG
            ct = "image/png"
        else:
            raise ValueError(a)
        parts.append(f"--{bnd}\nContent-Type: {ct}; name=\"{a['name']}\"\nContent-Disposition: attachment; filename=\"{a['name']}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")
    return parts


def original_mime(o, to_addr, idx):
    """full MIME of an e-mail original as received (for attachment and direct styles)."""
    d = pdate(o["date"])
    fname, faddr = o["frm"]
    dom = faddr.split("@")[1]
    h = [f"Return-Path: <{o.get('return_path', faddr)}>",
         f"Received: from {o.get('relay', 'mail.' + dom)} ({o.get('relay', 'mail.' + dom)} [{o.get('ip', '185.%d.%d.%d' % (40 + idx % 50, 10 + idx % 200, 3 + idx % 250))}])\n\tby mx{1 + idx % 3}.mail-in.example.net (Postfix) with ESMTPS id {idx:05X}{d:%H%M}; {rfc(d)}",
         f"From: {enc_addr(fname, faddr)}"]
    if o.get("reply_to"):
        h.append(f"Reply-To: {o['reply_to']}")
    h += [f"To: {to_addr}", f"Subject: {enc_hdr(o['subject'])}", f"Date: {rfc(d)}",
          f"Message-ID: <{o['id']}.{d:%Y%m%d%H%M}.{idx:04d}@{dom}>", "MIME-Version: 1.0"]
    fmt = o.get("fmt", "alt")
    if fmt == "text":
        body = text_part(orig_text(o), "plain")
    elif fmt == "html":
        body = text_part(wrap_html(orig_html(o)), "html")
    else:
        body = alt(orig_text(o), wrap_html(orig_html(o)), f"=_alt_{o['id']}_{idx:04d}")
    if o.get("atts"):
        bnd = f"=_mix_{o['id']}_{idx:04d}"
        body = (f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n--{bnd}\n' + body + "\n" +
                "\n".join(attachment_parts(o, bnd)) + f"\n--{bnd}--\n")
    return "\n".join(h) + "\n" + body


def wrap_html(inner):
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body></html>'


# ---------------------------------------------------------------- forward blocks per client
def hdr_lines(o, style, to_addr, name_only=False):
    d = pdate(o["date"])
    n, a = o["frm"]
    frm_t = n if name_only else (f"{n} <{a}>" if n else a)
    rt = o.get("reply_to")
    S = o["subject"]
    if style == "gmail_fr":
        L = ["---------- Forwarded message ---------", f"De : {frm_t}", f"Date: {fmt_date(d, 'gmail_fr')}", f"Subject: {S}", f"To: <{to_addr}>"]
    elif style == "gmail_en":
        L = ["---------- Forwarded message ---------", f"From: {frm_t}", f"Date: {fmt_date(d, 'gmail_en')}", f"Subject: {S}", f"To: <{to_addr}>"]
    elif style == "outlook_fr":
        L = [f"De : {frm_t}", f"Envoyé : {fmt_date(d, 'outlook_fr')}", f"À : {to_addr}", f"Objet : {S}"]
    elif style == "outlook_en":
        L = [f"From: {frm_t}", f"Sent: {fmt_date(d, 'outlook_en')}", f"To: {to_addr}", f"Subject: {S}"]
    elif style == "legacy":
        L = ["-----Message d'origine-----", f"De : {n} [mailto:{a}]" if n else f"De : {a} [mailto:{a}]", f"Envoyé : {fmt_date(d, 'outlook_fr')}", f"À : {to_addr}", f"Objet : {S}"]
    elif style == "apple_fr":
        L = ["Début du message réexpédié :", "", f"De: {frm_t}", f"Objet: {S}", f"Date: {fmt_date(d, 'apple_fr')}", f"À: {to_addr}"]
        if rt:
            L.append(f"Répondre à: {rt}")
    elif style == "tb_fr":
        L = ["-------- Message transféré --------", f"Sujet : \t{S}", f"Date : \t{fmt_date(d, 'tb_fr')}", f"De : \t{frm_t}"]
        if rt:
            L.append(f"Répondre à : \t{rt}")
        L.append(f"Pour : \t{to_addr}")
    elif style == "tb_en":
        L = ["-------- Forwarded Message --------", f"Subject: \t{S}", f"Date: \t{fmt_date(d, 'tb_en')}", f"From: \t{frm_t}"]
        if rt:
            L.append(f"Reply-To: \t{rt}")
        L.append(f"To: \t{to_addr}")
    elif style == "yahoo":
        L = ["----- Message transféré -----", f"De : {frm_t}", f"À : {to_addr}", f"Envoyé : {fmt_date(d, 'yahoo')}", f"Objet : {S}"]
    elif style == "free":
        L = ["----- Mail transféré -----", f"De: \"{n}\" <{a}>" if n and not name_only else f"De: {frm_t}", f"À: {to_addr}", f"Envoyé: {fmt_date(d, 'zimbra')}", f"Objet: {S}"]
    elif style == "sfr":
        L = ["----- Mail original -----", f"De: {frm_t}", f"À: {to_addr}", f"Envoyé: {fmt_date(d, 'zimbra')}", f"Objet: {S}"]
    elif style == "laposte":
        L = ["-------- Message original --------", f"Objet : {S}", f"Date : {fmt_date(d, 'outlook_fr')}", f"De : {frm_t}", f"Pour : {to_addr}"]
    elif style == "android":
        L = ["-------- Message d'origine --------", f"De : {frm_t}", f"Date : {fmt_date(d, 'android')}", f"À : {to_addr}", f"Objet : {S}"]
    elif style == "orange":
        L = [f"> Message du {fmt_date(d, 'orange')}", f"> De : \"{n}\" <{a}>" if n and not name_only else f"> De : {frm_t}", f"> A : {to_addr}", "> Copie à : ", f"> Objet : {S}", ">"]
    else:
        raise ValueError(style)
    return L


HTML_WRAP = {
}


def fwd_html_block(o, style, to_addr, inner_html, name_only=False):
    L = hdr_lines(o, "outlook_fr" if style == "owa" else style, to_addr, name_only)
    esc = [html.escape(x) for x in L]
    if style in ("gmail_fr", "gmail_en"):
        n, a = o["frm"]
        lab = "De&nbsp;:" if style == "gmail_fr" else "From:"
        who = f'<strong class="gmail_sendername" dir="auto">{html.escape(n or a)}</strong>' + ("" if name_only else f' <span dir="auto">&lt;<a href="mailto:{a}">{a}</a>&gt;</span>')
        return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc[0]}<br>{lab} {who}<br>'
                + "<br>".join(esc[2:]) + f'<br></div><br><br>{inner_html}</div>')
    if style in ("outlook_fr", "outlook_en"):
        rows = []
        for x in L:
            k, _, v = x.partition(":")
            rows.append(f"<b>{html.escape(k.strip())}&nbsp;:</b> {html.escape(v.strip())}" if style == "outlook_fr" else f"<b>{html.escape(k)}:</b> {html.escape(v.strip())}")
        return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                "<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>" + "<br>\n".join(rows) +
                "<o:p></o:p></span></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + inner_html)
    if style == "owa":
        L = hdr_lines(o, "outlook_fr", to_addr, name_only)
        rows = []
        for x in L:
            k, _, v = x.partition(":")
            rows.append(f"<b>{html.escape(k.strip())} :</b> {html.escape(v.strip())}")
        return ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + "<br>".join(rows) +
                '</font><div>&nbsp;</div></div>' + inner_html)
    if style == "apple_fr":
        rows = "".join(f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>{html.escape(x.split(":",1)[0])}: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">{html.escape(x.split(":",1)[1].strip())}</span></div>' for x in L[2:])
        return (f'<div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br>{rows}<br>{inner_html}</blockquote></div>')
    if style in ("tb_fr", "tb_en"):
        rows = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{html.escape(x.split(":",1)[0].strip())} : </th><td>{html.escape(x.split(":",1)[1].strip())}</td></tr>' for x in L[1:])
        return (f'<div class="moz-forward-container"><br><br>{esc[0]}<br><table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>{rows}</tbody></table><br>{inner_html}</div>')
    if style == "yahoo":
        return ('<div id="yahoo_quoted_4471" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                + "<div>" + "</div><div>".join(esc) + f"</div><div><br></div><div><br></div>{inner_html}</div></div>")
    if style in ("free", "sfr", "laposte", "android", "orange", "legacy"):
        return "<div>" + "<br>".join(esc) + f"<br></div><br>{inner_html}"
    raise ValueError(style)


# ---------------------------------------------------------------- report assembly
def sig_text(r):
    return r.get("sig", "")


def report_headers(r, n, subject, d):
    rep_name, rep_addr = r["rep"]
    to = r.get("to", f"signalement@cdom{r.get('dep','69')}.ordre.medecin.fr")
    h = [f"From: {enc_addr(rep_name, rep_addr)}", f"To: {to}", f"Subject: {enc_hdr(subject)}",
         f"Date: {rfc(d)}", f"Message-ID: <r{n:03d}.{d:%Y%m%d%H%M%S}@{rep_addr.split('@')[1]}>", "MIME-Version: 1.0"]
    if r.get("xmailer"):
        h.append(f"X-Mailer: {r['xmailer']}")
    if r.get("ua"):
        h.append(f"User-Agent: {r['ua']}")
    return h


def report_date(r, o):
    if r.get("rdate"):
        return pdate(r["rdate"])
    return pdate(o["date"]) + _dt.timedelta(hours=r.get("delay", 3), minutes=17)


def fw_prefix(client):
    return {"gmail_fr": "Fwd: ", "gmail_en": "Fwd: ", "outlook_fr": "TR: ", "outlook_en": "FW: ", "owa": "TR: ",
            "legacy": "TR: ", "apple_fr": "Fwd: ", "tb_fr": "Fwd: ", "tb_en": "Fwd: ", "yahoo": "Fwd: ",
            "free": "Fwd: ", "sfr": "TR: ", "laposte": "Fwd: ", "android": "Fwd: ", "orange": "TR : "}[client]


def build_inline(r, o, n, client, inner=None):
    """inline forward. inner: optional (text, html, pseudo-original) for nested forwards."""
    to_addr = r.get("orig_to", r["rep"][1])
    name_only = r.get("name_only", False)
    sl = r.get("safelinks", False)
    if inner is None:
        otext = orig_text(o, "outlook" if client.startswith("outlook") else "full", safelinks=sl)
        ohtml = orig_html(o, safelinks=sl)
        hobj = o
    else:
        otext, ohtml, hobj = inner
    comment = r.get("comment", "")
    sig = sig_text(r)
    L = hdr_lines(hobj, "outlook_fr" if client == "owa" else client, to_addr, name_only)
    if client == "orange":
        quoted = "\n".join("> " + x if x else ">" for x in otext.split("\n"))
        text = f"{comment}\n\n{sig}\n\n" + "\n".join(L) + "\n" + quoted + "\n"
    elif client == "apple_fr":
        text = f"{comment}\n\n{sig}\n\n" + "\n".join(L) + "\n\n" + otext + "\n"
    else:
        text = f"{comment}\n\n{sig}\n\n" + "\n".join(L) + "\n\n" + otext + "\n"
    text = re.sub(r"\n{4,}", "\n\n\n", text).lstrip("\n")
    ch = html.escape(comment).replace("\n", "<br>\n")
    sh = html.escape(sig).replace("\n", "<br>\n")
    block = fwd_html_block(hobj, client, to_addr, ohtml, name_only)
    if client.startswith("outlook"):
        htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
               'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
               '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
               'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
               'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n--></style></head>'
               f'<body lang={"FR" if client == "outlook_fr" else "EN-US"} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>'
               f"<p class=MsoNormal>{ch}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>{sh}<o:p></o:p></p>"
               f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{block}</div></body></html>")
        charset = "windows-1252"
        try:
            (text + htm).encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
    elif client == "legacy":
        htm = ""
        charset = "windows-1252"
    elif client.startswith("gmail"):
        htm = f'<div dir="ltr">{ch}<br><br>{sh}<br><br>{block}</div>'
        charset = "UTF-8"
    elif client == "owa":
        htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
               f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">{ch}</div>'
               f'<div id="Signature"><div style="font-size:12pt">{sh}</div></div><div id="appendonsend"></div>{block}</body></html>')
        charset = "utf-8"
    elif client == "apple_fr":
        htm = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
               f'<div dir="ltr">{ch}</div><div dir="ltr"><br>{sh}</div>{block}</body></html>')
        charset = "utf-8"
    elif client in ("tb_fr", "tb_en"):
        htm = (f'<!DOCTYPE html>\n<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n<body>\n'
               f'<p>{ch}</p>\n<div class="moz-signature">-- <br>{sh}</div>\n{block}\n</body>\n</html>')
        charset = "UTF-8"
    else:
        htm = f'<html><body><div style="font-family: arial; font-size: 13px">{ch}<br><br>{sh}<br><br>{block}</div></body></html>'
        charset = "utf-8"
    d = r["_date"]
    subj = r.get("subject", fw_prefix(client) + hobj["subject"])
    h = report_headers(r, n, subj, d)
    enc = "b64" if client in ("yahoo", "android") else "qp"
    if r.get("html_only"):
        body = text_part(htm, "html", charset, enc)
    elif r.get("text_only") or client == "legacy":
        body = text_part(text, "plain", charset, enc)
    else:
        body = alt(text, htm, f"000000000000{n:04d}a1b2c3d4e5f6" if client.startswith("gmail") else f"_000_r{n:03d}alt_", charset, enc)
    atts = (inner is None) and o.get("atts") and r.get("keep_atts", True)
    if atts:
        bnd = f"_mix_r{n:03d}_"
        body = (f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n--{bnd}\n' + body + "\n" +
                "\n".join(attachment_parts(o, bnd)) + f"\n--{bnd}--\n")
    return "\n".join(h) + "\n" + body, text + htm, bool(atts)


def build_attach(r, os_, n):
    to_addr = r.get("orig_to", r["rep"][1])
    d = r["_date"]
    subj = r.get("subject", "Fwd: " + os_[0]["subject"] if len(os_) == 1 else "signalements")
    h = report_headers(r, n, subj, d)
    bnd = f"----=_Part_{n:03d}_1740.17{n:03d}"
    text = r.get("comment", "") + ("\n\n" + r["sig"] if r.get("sig") else "") + "\n"
    parts = [f"--{bnd}\n" + text_part(text, "plain")]
    full = text
    for k, o in enumerate(os_):
        m = original_mime(o, to_addr, n * 10 + k)
        full += m
        if r.get("eml_octet"):
            fn = r.get("fname", re.sub(r"[^\w\- ]", "", o["subject"])[:40].strip() + ".eml")
            parts.append(f'--{bnd}\nContent-Type: application/octet-stream; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                         f"Content-Transfer-Encoding: base64\n\n{b64(m.encode('utf-8'))}\n")
        else:
            parts.append(f"--{bnd}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"{enc_hdr(o['subject'])[:60]}.eml\"\n\n{m}\n")
    body = f'Content-Type: multipart/mixed; boundary="{bnd}"\n\nThis is a multi-part message in MIME format.\n\n' + "\n".join(parts) + f"--{bnd}--\n"
    return "\n".join(h) + "\n" + body, full


def build_direct(r, o, n):
    m = original_mime(o, r.get("to", f"signalement@cdom{r.get('dep','69')}.ordre.medecin.fr"), n)
    return m, m


def build_plain(r, n, text, subject, htmlalso=False):
    d = r["_date"]
    h = report_headers(r, n, subject, d)
    if htmlalso:
        htm = '<div dir="ltr">' + html.escape(text).replace("\n", "<br>\n") + "</div>"
        body = alt(text, htm, f"000000000000{n:04d}ffeeddcc", "UTF-8")
    else:
        body = text_part(text, "plain", "utf-8", r.get("enc", "qp"))
    return "\n".join(h) + "\n" + body


# ---------------------------------------------------------------- main
def carried(o, mode, visible_text, atts_kept):
    doms, phones = [], []
    for i, (shown, url) in enumerate(o.get("links", [])):
        if mode == "full" or (mode in ("pasted", "typed") and (regdom(host_of(url)) in visible_text.lower())):
            doms.append(regdom(host_of(url)))
    for a in o.get("atts", []):
        if atts_kept:
            for url in a.get("links", []):
                doms.append(regdom(host_of(url)))
    for p in o.get("phones", []):
        if mode == "full" or phone_regex(p).search(visible_text):
            phones.append(p)
    return doms, phones


def uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "application/octet-stream":
            sub = BytesParser(policy=policy.default).parsebytes(part.get_payload(decode=True))
            out.append(all_text(sub))
        for k in ("From", "Reply-To", "Subject"):
            if part.get(k):
                out.append(str(part.get(k)))
    return "\n".join(out)


def main():
    rows = []
    errors = []
    for n, r in enumerate(R, 1):
        ids = r["o"].split("+")
        os_ = [O[i] for i in ids]
        o = os_[0]
        r["_date"] = report_date(r, o)
        style = r["style"]
        atts_kept = False
        senders = []
        if style == "attachment":
            mime, vis = build_attach(r, os_, n)
            mode = "full"
            atts_kept = True
            senders = [x["frm"][1] for x in os_]
        elif style == "direct":
            mime, vis = build_direct(r, o, n)
            mode = "full"
            atts_kept = True
            senders = [o["frm"][1]]
        elif style == "inline":
            if r.get("nested"):
                # inner forward by the doctor, then forwarded by the secretary (r['nested'] = inner spec)
                inn = dict(r["nested"])
                inn["_date"] = r["_date"] - _dt.timedelta(hours=2)
                _, itext, _ = build_inline(inn, o, n, inn["client"])
                ihtml_full = itext  # not used
                t_in, h_in = inline_parts(inn, o, n)
                pseudo = {"frm": inn["rep"], "subject": fw_prefix(inn["client"]) + o["subject"],
                          "date": inn["_date"].strftime("%Y-%m-%d %H:%M"), "reply_to": None}
                mime, vis, atts_kept = build_inline(r, o, n, r["client"], inner=(t_in, h_in, pseudo))
            else:
                mime, vis, atts_kept = build_inline(r, o, n, r["client"])
            mode = "full"
            if not r.get("name_only"):
                senders = [o["frm"][1]]
        elif style == "pasted":
            ptxt = r.get("pasted") or orig_text(o, "pasted")
            text = r.get("comment", "") + "\n\n" + ptxt + ("\n\n" + r["sig"] if r.get("sig") else "") + "\n"
            mime = build_plain(r, n, text, r.get("subject", o.get("subject", "signalement")), r.get("htmlalso", False))
            vis = ptxt
            mode = "pasted"
        elif style == "typed":
            text = r["text"] + ("\n\n" + r["sig"] if r.get("sig") else "") + "\n"
            mime = build_plain(r, n, text, r["subject"], r.get("htmlalso", False))
            vis = r["text"]
            mode = "typed"
        else:
            raise ValueError(style)
        doms, phones = [], []
        for ox in os_:
            dd, pp = carried(ox, mode, vis, atts_kept)
            doms += dd
            phones += pp
        doms, phones = uniq(doms), uniq(phones)
        label = max((x["label"] for x in os_), key=["legitimate", "spam", "fraud"].index)
        lang = os_[0]["lang"]
        fname = f"report_{n:03d}.eml"
        data = mime.replace("\r\n", "\n").encode("utf-8")
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        # ---- checks
        msg = BytesParser(policy=policy.default).parsebytes(data)
        txt = all_text(msg)
        low = txt.lower()
        for dmn in doms:
            if dmn not in low:
                errors.append(f"{fname}: domain {dmn} not in report")
        for p in phones:
            if not phone_regex(p).search(txt):
                errors.append(f"{fname}: phone {p} not in report")
        for s in senders:
            if s.lower() not in low:
                errors.append(f"{fname}: sender {s} not in report")
        if mode == "full":
            for ox in os_:
                for shown, url in ox.get("links", []):
                    if regdom(host_of(url)) not in doms:
                        errors.append(f"{fname}: link {url} not covered")
        for ox in os_:  # every url-like string in an original body is a declared link
            body = LINK.sub("", ox["body"])
            for m in re.finditer(r"(?:https?://|www\.)[^\s<>\")]+", body):
                errors.append(f"{fname}: undeclared url {m.group(0)} in {ox['id']}")
        for p in r.get("_forbid", []):
            pass
        rows.append([fname, label, r.get("campaign", ""), ";".join(senders), ";".join(doms), ";".join(phones),
                     style, lang, "+".join(ids)])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"])
        w.writerows(rows)
    # campaigns must group reports of one original
    camp = {}
    for row in rows:
        if row[2]:
            camp.setdefault(row[2], set()).add(row[8])
    for c, s in camp.items():
        if len(s) != 1:
            errors.append(f"campaign {c} mixes originals {s}")
    used = set()
    for row in rows:
        used |= set(row[8].split("+"))
    for k in O:
        if k not in used:
            errors.append(f"original {k} unused")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    from collections import Counter
    print(len(rows), "reports,", len(used), "originals")
    print(Counter(r[1] for r in rows), Counter(r[6] for r in rows), Counter(r[7] for r in rows))


def inline_parts(inn, o, n):
    client = inn["client"]
    otext = orig_text(o, "outlook" if client.startswith("outlook") else "full")
    ohtml = orig_html(o)
    L = hdr_lines(o, "outlook_fr" if client == "owa" else client, inn.get("orig_to", inn["rep"][1]), inn.get("name_only", False))
    t = f"{inn.get('comment','')}\n\n{inn.get('sig','')}\n\n" + "\n".join(L) + "\n\n" + otext
    t = re.sub(r"\n{4,}", "\n\n\n", t).lstrip("\n")
    h = ('<div>' + html.escape(inn.get('comment', '')).replace("\n", "<br>") + '<br><br>' + html.escape(inn.get('sig', '')).replace("\n", "<br>")
         + '</div>' + fwd_html_block(o, client, inn.get("orig_to", inn["rep"][1]), ohtml, inn.get("name_only", False)))
    return t, h


if __name__ == "__main__":
    main()
