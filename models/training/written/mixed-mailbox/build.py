#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py and reports.py.

Deterministic (fixed boundaries, ids and dates), stdlib only, never imports the
classification program.  Run:  python3 build.py
"""
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import re
import sys
import urllib.parse
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parsedate_to_datetime, format_datetime

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import ORIGINALS  # noqa: E402
from reports import REPORTS, REPORTERS, COUNCIL  # noqa: E402

OBY = {o["id"]: o for o in ORIGINALS}

# --------------------------------------------------------------------------
# registered domain (small public-suffix subset, enough for this set)
SUFFIX2 = {"gouv.fr", "medecin.fr", "co.uk", "org.uk", "ac.uk", "nhs.uk",
           "com.au", "co.za", "com.br", "co.in", "asso.fr", "com.fr"}


def regdom(url_or_host):
    h = url_or_host
    if "://" in h:
        h = urllib.parse.urlsplit(h).hostname or ""
    h = h.lower().strip(".")
    parts = h.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in SUFFIX2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


# --------------------------------------------------------------------------
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS3 = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def tzlabel(d):
    off = int(d.utcoffset().total_seconds() // 3600)
    return "UTC%+d" % off


def fmt_date(d, kind):
    if kind == "rfc":
        return format_datetime(d)
    if kind == "gmail_fr":
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS3[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if kind == "gmail_en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM")
    if kind == "outlook_fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if kind == "outlook_en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM")
    if kind == "apple_fr":
        return "%d %s %d à %02d:%02d:%02d UTC%+d" % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, d.utcoffset().total_seconds() // 3600)
    if kind == "yahoo_fr":
        return "%s %d %s %d à %02d:%02d:%02d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, tzlabel(d))
    if kind == "zimbra":
        return "%s %d %s %d %02d:%02d:%02d" % (FR_DAYS[d.weekday()].capitalize(), d.day, FR_MONTHS[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second)
    if kind == "orange":
        return "%02d/%02d/%02d %02d:%02d" % (d.day, d.month, d.year % 100, d.hour, d.minute)
    if kind == "samsung":
        return "%02d/%02d/%d %02d:%02d (GMT%+03d:00)" % (d.day, d.month, d.year, d.hour, d.minute, d.utcoffset().total_seconds() // 3600)
    if kind == "short_fr":
        return "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)
    raise ValueError(kind)


# --------------------------------------------------------------------------
# MIME helpers (hand-laid, deterministic)

def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=(), params=""):
    if ctype == "text/html":
        data = text.encode(charset, errors="xmlcharrefreplace")
    else:
        data = text.encode(charset, errors="replace")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        body = data.decode(charset)
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", '%s; charset="%s"%s' % (ctype, charset, params)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hdrs, body)


def multi(subtype, boundary, parts, extra=()):
    out = []
    for p in parts:
        out.append("--%s\n%s\n" % (boundary, ser(p)))
    out.append("--%s--\n" % boundary)
    return ([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))] + list(extra), "".join(out))


def ser(ent):
    hdrs, body = ent
    return "".join("%s: %s\n" % (k, v) for k, v in hdrs) + "\n" + body


def h8(*bits):
    return hashlib.md5("|".join(str(b) for b in bits).encode()).hexdigest()


def cp1252_ok(s):
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# originals -> generic message dicts

def safelink(url, rid):
    return ("https://eur%02d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C84df9e7fe9f640afb435aaaaaaaaaaaa%%7C1%%7C0%%7C63878%s&sdata=%s%%3D&reserved=0"
            % (int(h8(rid)[:2], 16) % 6 + 1, urllib.parse.quote(url, safe=""), h8(rid, url)[:32], h8(url)[:12].translate(str.maketrans("abcdef", "123456")), h8("s", url)[:40]))


def render_original(o, rep, to_addr):
    greet = rep.get("greet", o.get("greet", ""))
    trk = rep.get("trk", o.get("trk", "x7Kp2"))
    body = o["body"].replace("{greet}", greet).replace("{to}", to_addr)
    links = [(s.replace("{greet}", greet), t.replace("{trk}", trk).replace("{to}", urllib.parse.quote(to_addr))) for s, t in o.get("links", [])]
    text = body
    for i, (s, t) in enumerate(links):
        text = text.replace("{L%d}" % i, t if s == t else "%s <%s>" % (s, t))
    hbody = html.escape(body, quote=False)
    paras = [p for p in re.split(r"\n\s*\n", hbody)]
    hb = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in paras)
    for i, (s, t) in enumerate(links):
        hb = hb.replace("{L%d}" % i, '<a href="%s">%s</a>' % (html.escape(t), html.escape(s, quote=False)))
    style = o.get("style", "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222")
    htm = '<div style="%s">\n%s</div>\n' % (style, hb)
    d = parsedate_to_datetime(rep.get("odate", o["date"]))
    return {
        "from_name": o["from"][0], "from_addr": o["from"][1], "reply_to": o.get("reply_to"),
        "to": o.get("to", to_addr), "date": d, "subject": o["subject"].replace("{to}", to_addr),
        "text": text, "html": None if o.get("text_only") else htm,
        "html_only": o.get("html_only", False), "links": links, "o": o,
    }


def original_mime(m, rid, to_override=None):
    """Full MIME of an original, as it sat in the doctor's mailbox."""
    o = m["o"]
    dom = m["from_addr"].split("@")[-1]
    mx = o.get("mx", "mwinf5c%02d.me-wanadoo.net" % (int(h8(rid)[:2], 16) % 80))
    relay = o.get("relay", "mail.%s" % dom)
    ip = o.get("ip", "185.%d.%d.%d" % tuple(int(h8(rid, k)[:2], 16) for k in "abc"))
    hdrs = [("Return-Path", "<%s>" % o.get("return_path", m["from_addr"])),
            ("Received", "from %s ([%s])\n\tby %s with ESMTP\n\tid %s; %s" % (relay, ip, mx, h8(rid, "q")[:12], format_datetime(m["date"] + dt.timedelta(seconds=3))))]
    hdrs += o.get("xhdr", [])
    hdrs += [("Date", format_datetime(m["date"])),
             ("From", addr(m["from_name"], m["from_addr"]))]
    if m["reply_to"]:
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs += [("To", to_override or m["to"]),
             ("Subject", enc_hdr(m["subject"])),
             ("Message-ID", "<%s.%s@%s>" % (h8(rid, "mid")[:16], h8(rid, "m2")[:8], dom)),
             ("MIME-Version", "1.0")]
    if m["html"] is None:
        ent = leaf("text/plain", m["text"], cte="quoted-printable")
    elif m["html_only"]:
        ent = leaf("text/html", m["html"], cte="base64" if o.get("b64") else "quoted-printable")
    else:
        ent = multi("alternative", "----=_Part_%s" % h8(rid, "ob")[:20],
                    [leaf("text/plain", m["text"]), leaf("text/html", "<html><body>\n" + m["html"] + "</body></html>\n")])
    return (hdrs + ent[0], ent[1])


# --------------------------------------------------------------------------
# forward block renderers.  Each returns (text, html) for the doctor's message.

def t2h(s):
    s = html.escape(s, quote=False)
    return s.replace("\n", "<br>\n")


def quote_lines(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.split("\n"))


def who(m, ctx, style="angle"):
    if ctx.get("name_only"):
        return m["from_name"]
    if style == "mailto":
        return "%s [mailto:%s]" % (m["from_name"], m["from_addr"]) if m["from_name"] else m["from_addr"]
    if style == "quoted":
        return '"%s" <%s>' % (m["from_name"], m["from_addr"]) if m["from_name"] else m["from_addr"]
    return "%s <%s>" % (m["from_name"], m["from_addr"]) if m["from_name"] else m["from_addr"]


def who_h(m, ctx):
    if ctx.get("name_only"):
        return html.escape(m["from_name"])
    if not m["from_name"]:
        return '&lt;<a href="mailto:%s">%s</a>&gt;' % (m["from_addr"], m["from_addr"])
    return '%s &lt;<a href="mailto:%s">%s</a>&gt;' % (html.escape(m["from_name"]), m["from_addr"], m["from_addr"])


def orig_html(m):
    return m["html"] if m["html"] is not None else "<div>%s</div>" % t2h(m["text"])


def fw_gmail(m, ctx):
    en = ctx["lang"] == "en"
    head = "---------- Forwarded message ---------" if en else "---------- Message transféré ---------"
    dk = "gmail_en" if en else "gmail_fr"
    frm = "From:" if en else "De :"
    lines = [head, "%s %s" % (frm, who(m, ctx)), "Date: %s" % fmt_date(m["date"], dk),
             "Subject: %s" % m["subject"], "To: <%s>" % m["to"]]
    text = ctx["comment"] + ("\n\n" if ctx["comment"] else "") + (ctx["sig"] and "--\n" + ctx["sig"] + "\n\n" or "") + "\n".join(lines) + "\n\n\n" + m["text"] + "\n"
    h = '<div dir="ltr">%s%s<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>%s <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">%s</span><br>Date: %s<br>Subject: %s<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div></div>\n' % (
        t2h(ctx["comment"]) + "<br>" if ctx["comment"] else "",
        ('<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div><br>' % t2h(ctx["sig"])) if ctx["sig"] else "",
        head, frm, html.escape(m["from_name"] or m["from_addr"]),
        "" if ctx.get("name_only") else '&lt;<a href="mailto:%s">%s</a>&gt;' % (m["from_addr"], m["from_addr"]),
        fmt_date(m["date"], dk), html.escape(m["subject"]), m["to"], m["to"], orig_html(m))
    return text, h


def fw_outlook(m, ctx):
    en = ctx["lang"] == "en"
    L = ("From:", "Sent:", "To:", "Subject:") if en else ("De :", "Envoyé :", "À :", "Objet :")
    d = fmt_date(m["date"], "outlook_en" if en else "outlook_fr")
    text = "%s\n\n%s\n\n%s %s\n%s %s\n%s %s\n%s %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], L[0], who(m, ctx), L[1], d, L[2], m["to"], L[3], m["subject"], m["text"])
    Lh = [x.replace(" :", "&nbsp;:") for x in L]
    body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (t2h(l) or "&nbsp;") for l in ctx["comment"].split("\n"))
    body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    body += "".join('<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">%s<o:p></o:p></span></p>\n' % (t2h(l) or "&nbsp;") for l in ctx["sig"].split("\n"))
    body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b><span lang="FR">%s</span></b><span lang="FR"> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></span></p>\n</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % (
        Lh[0], html.escape(who(m, ctx)), Lh[1], d, Lh[2], html.escape(m["to"]), Lh[3], html.escape(m["subject"]))
    oh = orig_html(m)
    if ctx.get("safelinks"):
        oh = re.sub(r'href="([^"]+)"', lambda mm: 'href="%s" originalsrc="%s"' % (html.escape(safelink(html.unescape(mm.group(1)), ctx["rid"])), mm.group(1)) if mm.group(1).startswith("http") else mm.group(0), oh)
        text = re.sub(r"<(https?://[^>]+)>", lambda mm: "<%s>" % safelink(mm.group(1), ctx["rid"]), text)
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
         '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
         'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
         '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (
        ctx["cs"], "EN-US" if en else "FR", body, oh)
    return text, h


def fw_owa(m, ctx):
    en = ctx["lang"] == "en"
    L = ("From:", "Sent:", "To:", "Subject:") if en else ("De :", "Envoyé :", "À :", "Objet :")
    d = fmt_date(m["date"], "outlook_en" if en else "outlook_fr")
    text = "%s\n\n%s\n________________________________\n%s %s\n%s %s\n%s %s\n%s %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], L[0], who(m, ctx), L[1], d, L[2], m["to"], L[3], m["subject"], m["text"])
    oh = orig_html(m)
    if ctx.get("safelinks"):
        oh = re.sub(r'href="([^"]+)"', lambda mm: 'href="%s" originalsrc="%s"' % (html.escape(safelink(html.unescape(mm.group(1)), ctx["rid"])), mm.group(1)) if mm.group(1).startswith("http") else mm.group(0), oh)
        text = re.sub(r"<(https?://[^>]+)>", lambda mm: "<%s>" % safelink(mm.group(1), ctx["rid"]), text)
    h = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
         '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n'
         '<div id="Signature"><div style="font-size:10pt">%s</div></div>\n'
         '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s</font>\n<div>&nbsp;</div>\n</div>\n%s</body>\n</html>\n') % (
        t2h(ctx["comment"]), t2h(ctx["sig"]), L[0], html.escape(who(m, ctx)), L[1], d, L[2], html.escape(m["to"]), L[3], html.escape(m["subject"]), oh)
    return text, h


def fw_legacy(m, ctx):
    d = fmt_date(m["date"], "outlook_fr")
    text = "%s\n\n%s\n\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], who(m, ctx, "mailto"), d, m["to"], m["subject"], m["text"])
    return text, None


def fw_apple(m, ctx, ios):
    d = fmt_date(m["date"], "apple_fr")
    sent = "Envoyé de mon iPhone" if ios else ""
    hdr = ["De: %s" % who(m, ctx), "Date: %s" % d, "À: %s" % m["to"], "Objet: %s" % m["subject"]]
    if ios:
        text = "%s\n\n%s\n\nDébut du message réexpédié :\n\n%s\n" % (ctx["comment"], sent, quote_lines("\n".join(hdr) + "\n\n" + m["text"]))
    else:
        text = "%s\n\n%s\n\nDébut du message réexpédié :\n\n%s\n\n%s\n" % (ctx["comment"], ctx["sig"], "\n".join(hdr), m["text"])
    hh = '<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>%s</b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s<br></span></div>\n'
    heads = "".join(hh % (k + ": ", html.escape(v)) for k, v in (("De", who(m, ctx)), ("Objet", m["subject"]), ("Date", d), ("À", m["to"])))
    if ios:
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">%s</div><div dir="ltr"><br><div dir="ltr">%s</div><div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br></blockquote></div>'
             '<blockquote type="cite"><div dir="ltr">%s<br></div></blockquote><blockquote type="cite">%s</blockquote></div></body></html>\n') % (t2h(ctx["comment"]), sent, heads, orig_html(m))
    else:
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s<br><div>%s</div><div><br><blockquote type="cite"><div>Début du message réexpédié&nbsp;:</div><br class="Apple-interchange-newline">'
             '%s<br><div>%s</div></blockquote></div><br></body></html>\n') % (t2h(ctx["comment"]), t2h(ctx["sig"]), heads, orig_html(m))
    return text, h


def fw_thunderbird(m, ctx):
    en = ctx["lang"] == "en"
    if en:
        head, L = "-------- Forwarded Message --------", ("Subject:", "Date:", "From:", "To:")
    else:
        head, L = "-------- Message transféré --------", ("Sujet :", "Date :", "De :", "Pour :")
    vals = (m["subject"], format_datetime(m["date"]), who(m, ctx), m["to"])
    w = max(len(x) for x in L)
    text = "%s\n\n%s\n\n\n%s\n%s\n\n\n%s\n\n-- \n%s\n" % (
        ctx["comment"], head, head, "\n".join("%s\t%s" % (l.rjust(w), v) for l, v in zip(L, vals)), m["text"], ctx["sig"])
    rows = "".join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s </th><td>%s</td></tr>\n' % (l.replace(" :", "&nbsp;:"), html.escape(v)) for l, v in zip(L, vals))
    h = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n</head>\n<body>\n<p>%s</p>\n<div class="moz-forward-container"><br><br>%s\n<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0">\n<tbody>\n%s</tbody>\n</table>\n<br>\n%s</div>\n'
         '<div class="moz-signature">-- <br>%s</div>\n</body>\n</html>\n') % (t2h(ctx["comment"]), head, rows, orig_html(m), t2h(ctx["sig"]))
    return text, h


def fw_yahoo(m, ctx):
    d = fmt_date(m["date"], "yahoo_fr")
    text = "%s\n\n%s\n\n----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], who(m, ctx), m["to"], d, m["subject"], m["text"])
    h = ('<html><head></head><body><div class="ydp3f0a2b1cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div><div><br></div><div class="signature">%s</div><div><br></div>'
         '<div id="ydp3f0a2b1cyahoo_quoted_%s" class="ydp3f0a2b1cyahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>----- Message transféré -----</div><div><b>De :</b> %s</div><div><b>À :</b> %s</div><div><b>Envoyé :</b> %s</div><div><b>Objet :</b> %s</div><div><br></div>%s</div></div></div></body></html>\n') % (
        t2h(ctx["comment"]), t2h(ctx["sig"]), h8(ctx["rid"])[:10], who_h(m, ctx), html.escape(m["to"]), d, html.escape(m["subject"]), orig_html(m))
    return text, h


def fw_orange(m, ctx):
    d = fmt_date(m["date"], "orange")
    block = "Message du %s\nDe : %s\nA : %s\nCopie à : \nObjet : %s\n\n%s" % (d, who(m, ctx, "quoted"), m["to"], m["subject"], m["text"])
    text = "%s\n\n%s\n\n\n========================================\n\n%s\n" % (ctx["comment"], ctx["sig"], quote_lines(block))
    h = ('<html><head></head><body><p>%s</p><p>%s</p><br><br>\n<div><blockquote style="margin-left:5px;border-left:2px solid #1010ff;padding-left:5px">\n<pre>&gt; Message du %s\n&gt; De : %s\n&gt; A : %s\n&gt; Copie à : \n&gt; Objet : %s\n&gt;</pre>\n%s</blockquote></div></body></html>\n') % (
        t2h(ctx["comment"]), t2h(ctx["sig"]), d, html.escape(who(m, ctx, "quoted")), html.escape(m["to"]), html.escape(m["subject"]), orig_html(m))
    return text, h


def fw_zimbra(m, ctx):
    d = fmt_date(m["date"], "zimbra")
    text = "%s\n\n%s\n\n----- Mail transféré -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], who(m, ctx, "quoted"), m["to"], d, m["subject"], m["text"])
    h = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>%s</div><div><br></div><div data-marker="__SIG_PRE__">%s</div><div><br></div>'
         '<div data-marker="__HEADERS__">----- Mail transféré -----<br><b>De: </b>%s<br><b>À: </b>%s<br><b>Envoyé: </b>%s<br><b>Objet: </b>%s<br></div><div><br></div><div data-marker="__QUOTED_TEXT__">%s</div></div></body></html>\n') % (
        t2h(ctx["comment"]), t2h(ctx["sig"]), html.escape(who(m, ctx, "quoted")), html.escape(m["to"]), d, html.escape(m["subject"]), orig_html(m))
    return text, h


def fw_laposte(m, ctx):
    d = fmt_date(m["date"], "short_fr")
    text = "%s\n\n%s\n\n-------- Message d'origine --------\nDe : %s\nÀ : %s\nDate : %s\nObjet : %s\n\n%s\n" % (
        ctx["comment"], ctx["sig"], who(m, ctx), m["to"], d, m["subject"], m["text"])
    h = ('<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div><div class="default-style"><br></div><div class="io-ox-signature">%s</div>'
         '<blockquote type="cite"><div>-------- Message d\'origine --------</div><div>De : %s</div><div>À : %s</div><div>Date : %s</div><div>Objet : %s</div><div><br></div>%s</blockquote></body></html>\n') % (
        t2h(ctx["comment"]), t2h(ctx["sig"]), html.escape(who(m, ctx)), html.escape(m["to"]), d, html.escape(m["subject"]), orig_html(m))
    return text, h


def fw_samsung(m, ctx):
    d = fmt_date(m["date"], "samsung")
    text = "%s\n\n\n\nEnvoyé depuis mon appareil Galaxy\n\n\n-------- Message d'origine --------\nDe : %s \nDate : %s \nÀ : %s \nObjet : %s \n\n%s\n" % (
        ctx["comment"], who(m, ctx), d, m["to"], m["subject"], m["text"])
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">Envoyé depuis mon appareil Galaxy</div></div><div dir="auto"><br></div>'
         '<div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>-------- Message d\'origine --------</div><div>De : %s </div><div>Date : %s </div><div>À : %s </div><div>Objet : %s </div><div><br></div></div>%s</body></html>\n') % (
        t2h(ctx["comment"]), html.escape(who(m, ctx)), d, html.escape(m["to"]), html.escape(m["subject"]), orig_html(m))
    return text, h


CLIENTS = {
    "gmail": (fw_gmail, "Fwd: ", "Fwd: "),
    "outlook": (fw_outlook, "TR : ", "FW: "),
    "owa": (fw_owa, "TR : ", "Fw: "),
    "legacy": (fw_legacy, "TR: ", "FW: "),
    "ios": (lambda m, c: fw_apple(m, c, True), "Fwd: ", "Fwd: "),
    "applemail": (lambda m, c: fw_apple(m, c, False), "Fwd: ", "Fwd: "),
    "thunderbird": (fw_thunderbird, "Fwd: ", "Fwd: "),
    "yahoo": (fw_yahoo, "Fwd: ", "Fwd: "),
    "orange": (fw_orange, "TR: ", "TR: "),
    "sfr": (fw_zimbra, "Fwd: ", "Fwd: "),
    "free": (fw_zimbra, "Fwd: ", "Fwd: "),
    "laposte": (fw_laposte, "Fwd: ", "Fwd: "),
    "samsung": (fw_samsung, "Fwd: ", "Fwd: "),
}

MAILERS = {
    "gmail": [],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "legacy": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "ios": [("X-Mailer", "iPhone Mail (22D72)")],
    "applemail": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.23369 YMailNorrin")],
    "orange": [("X-Originating-IP", "[90.%d.%d.%d]"), ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|")],
    "sfr": [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4581)")],
    "free": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC122 (Win)/9.0.0_GA_4546)")],
    "laposte": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev60")],
    "samsung": [],
}


def boundary_for(client, rid, n=0):
    x = h8(rid, client, n)
    if client == "gmail":
        return "0000000000" + x[:16]
    if client in ("outlook", "owa"):
        return "_%03d_PAXPR08MB%s%s_" % (n, x[:4].upper(), x[4:14].upper())
    if client in ("ios", "applemail"):
        return "Apple-Mail-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:24].upper())
    if client == "thunderbird":
        return "------------" + x[:24]
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (int(x[:6], 16), int(x[6:12], 16), 1700000000000 + int(x[12:20], 16) % 99999999999)
    if client in ("sfr", "free"):
        return "=_%s-%s" % (x[:8], x[8:16])
    return "----=_Part_%s" % x[:22]


def assemble(rep, client, frm, to, date, subject, text, htm, attachments=(), cs="utf-8", lang="fr", html_only=False, extra=()):
    rid = rep["rid"]
    hdrs = []
    if client == "orange":
        hdrs += [(k, v % tuple(int(h8(rid, i)[:2], 16) for i in range(3)) if "%d" in v else v) for k, v in MAILERS["orange"]]
    hdrs += [("Date", format_datetime(date)), ("From", addr(*frm)), ("To", to)]
    if rep.get("cc"):
        hdrs.append(("Cc", rep["cc"]))
    hdrs += [("Subject", enc_hdr(subject)),
             ("Message-ID", "<%s@%s>" % (h8(rid, "msgid")[:24], frm[1].split("@")[1] if client != "gmail" else "mail.gmail.com"))]
    if client in ("outlook", "owa"):
        hdrs += [("Thread-Topic", enc_hdr(subject.split(": ", 1)[-1])), ("Thread-Index", base64.b64encode(bytes.fromhex(h8(rid, "ti")[:44] if len(h8(rid)) >= 44 else h8(rid, "ti") + h8(rid, "tj")[:12])).decode()),
                 ("Accept-Language", "fr-FR, en-US" if lang == "fr" else "en-GB, fr-FR"), ("Content-Language", "fr-FR" if lang == "fr" else "en-US")]
    if client != "orange":
        hdrs += [(k, v) for k, v in MAILERS.get(client, [])]
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    cte = "base64" if client in ("samsung",) else "quoted-printable"
    if client == "thunderbird":
        cte = "8bit"
    if htm is None:
        body = leaf("text/plain", text, charset=cs, cte=cte if client != "legacy" else "quoted-printable")
    elif html_only:
        body = leaf("text/html", htm, charset=cs, cte=cte)
    else:
        body = multi("alternative", boundary_for(client, rid, 1),
                     [leaf("text/plain", text, charset=cs, cte=cte), leaf("text/html", htm, charset=cs, cte=cte)])
    if attachments:
        body = multi("mixed", boundary_for(client, rid, 2), [body] + list(attachments))
    return ser((hdrs + body[0], body[1]))


def ctx_for(rep, reporter, lang):
    return {"comment": rep.get("comment", ""), "sig": rep.get("sig", reporter.get("sig", "")), "lang": lang,
            "name_only": rep.get("name_only", False), "rid": rep["rid"], "safelinks": rep.get("safelinks", False),
            "cs": "utf-8"}


def fwd_date(m, rep):
    return m["date"] + dt.timedelta(minutes=rep.get("delay", 47 + int(h8(rep["rid"])[:3], 16) % 900))


def build_inline(rep, reporter, m, lang_client):
    client = rep["client"]
    fn, pfr, pen = CLIENTS[client]
    ctx = ctx_for(rep, reporter, lang_client)
    cs = "utf-8"
    if client in ("outlook",) and lang_client == "fr":
        cs = "windows-1252"
    if client == "legacy":
        cs = "iso-8859-1"
    ctx["cs"] = cs
    text, htm = fn(m, ctx)
    if cs != "utf-8" and not (cp1252_ok(text) and (htm is None or True)):
        cs = "utf-8"
        ctx["cs"] = cs
        text, htm = fn(m, ctx)
    if client == "legacy" and not cp1252_ok(text):
        cs = "utf-8"
    subj = rep.get("subject", (pen if lang_client == "en" else pfr) + m["subject"])
    return {"text": text, "html": htm, "cs": cs, "subject": subj, "client": client}


def build_report(rep):
    reporter = REPORTERS[rep["by"]]
    style = rep["style"]
    oids = rep["o"] if isinstance(rep["o"], list) else [rep["o"]]
    origs = [OBY[i] for i in oids]
    to_doc = rep.get("to_doc", COUNCIL if style == "direct" else reporter["addr"])
    ms = [render_original(o, rep, to_doc) for o in origs]
    m = ms[0]
    lang_client = rep.get("lang_client", reporter.get("lang", "fr"))
    frm = (reporter["name"], reporter["addr"])
    if style == "direct":
        raw = ser(original_mime(m, rep["rid"], to_override=rep.get("to", COUNCIL)))
        shown = [m]
        return raw, shown, m["text"]
    date = fwd_date(m, rep) if "date" not in rep else parsedate_to_datetime(rep["date"])
    to = rep.get("to", COUNCIL)
    if style == "inline":
        if rep.get("nested"):
            sec = REPORTERS[rep["nested"]["by"]]
            inner_rep = dict(rep, client=rep["nested"]["client"], comment=rep["nested"].get("comment", ""), sig=sec.get("sig", ""))
            inner = build_inline(inner_rep, sec, m, sec.get("lang", "fr"))
            im = {"from_name": sec["name"], "from_addr": sec["addr"], "to": reporter["addr"], "date": date - dt.timedelta(minutes=30),
                  "subject": inner["subject"], "text": inner["text"], "html": inner["html"], "reply_to": None}
            out = build_inline(rep, reporter, im, lang_client)
        else:
            out = build_inline(rep, reporter, m, lang_client)
        raw = assemble(rep, out["client"], frm, to, date, out["subject"], out["text"], out["html"], cs=out["cs"], lang=lang_client, html_only=rep.get("html_only", False))
        return raw, ms, out["text"]
    if style == "attachment":
        client = rep["client"]
        atts = []
        for k, (mm, o) in enumerate(zip(ms, origs)):
            raw_o = ser(original_mime(mm, "%s-%d" % (rep["rid"], k)))
            fname = re.sub(r'[\\/:*?"<>|]', "_", mm["subject"])[:60] + ".eml"
            if rep.get("octet"):
                atts.append(([("Content-Type", 'application/octet-stream; name="%s"' % enc_hdr(fname) if False else 'application/octet-stream;\n\tname="%s"' % ("message%d.eml" % (k + 1) if rep.get("plainname") else fname.encode("ascii", "replace").decode().replace("?", "_"))),
                              ("Content-Disposition", 'attachment;\n\tfilename="%s"' % ("message%d.eml" % (k + 1) if rep.get("plainname") else fname.encode("ascii", "replace").decode().replace("?", "_"))),
                              ("Content-Transfer-Encoding", "base64")],
                             base64.encodebytes(raw_o.encode("utf-8")).decode()))
            else:
                atts.append(([("Content-Type", "message/rfc822"),
                              ("Content-Disposition", 'attachment;\n\tfilename="%s"' % fname.encode("ascii", "replace").decode().replace("?", "_"))], raw_o))
        ctx = ctx_for(rep, reporter, lang_client)
        text = ctx["comment"] + ("\n\n" + ctx["sig"] if ctx["sig"] else "") + "\n"
        htm = None if client in ("thunderbird_plain", "legacy") else "<html><body><div>%s</div><div><br></div><div>%s</div></body></html>\n" % (t2h(ctx["comment"]), t2h(ctx["sig"]))
        subj = rep.get("subject", ("TR : " if client == "outlook" else "Fwd: ") + m["subject"])
        raw = assemble(rep, client, frm, to, date, subj, text, htm, attachments=atts, lang=lang_client)
        return raw, ms, text + "".join(mm["text"] for mm in ms)
    if style in ("pasted", "typed"):
        client = rep.get("client", "gmail")
        if style == "pasted":
            segs = []
            for mm in ms:
                segs.append(pasted_text(mm, rep))
            body_orig = "\n\n".join(segs)
            text = (rep.get("comment", "") + "\n\n" if rep.get("comment") else "") + body_orig + ("\n\n" + reporter.get("sig", "") if rep.get("with_sig", True) and reporter.get("sig") else "") + "\n"
        else:
            body_orig = rep["typed"]
            text = body_orig + ("\n\n" + reporter.get("sig", "") if rep.get("with_sig", True) and reporter.get("sig") else "") + "\n"
        htm = None
        if rep.get("as_html"):
            htm = '<html><body><div dir="ltr">%s</div></body></html>\n' % t2h(text)
        subj = rep.get("subject", "Signalement")
        raw = assemble(rep, client, frm, to, date, subj, text, htm, lang=lang_client)
        return raw, [], body_orig
    raise ValueError(style)


def pasted_text(m, rep):
    mode = rep.get("paste", "full")
    links = m["links"]
    o = m["o"]
    body = o["body"].replace("{greet}", rep.get("greet", o.get("greet", ""))).replace("{to}", m["to"])
    for i, (s, t) in enumerate(links):
        if rep.get("paste_links") == "url":
            rep_s = t if s == t else "%s (%s)" % (s, t)
        else:
            rep_s = s
        body = body.replace("{L%d}" % i, rep_s)
    if mode == "frag":
        paras = re.split(r"\n\s*\n", body)
        body = "\n\n".join(paras[i] for i in rep["frag"] if i < len(paras))
    if mode == "headers":
        hd = rep.get("hdr_style", "outlook")
        if hd == "outlook":
            head = "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n" % (m["from_name"], m["from_addr"], fmt_date(m["date"], "outlook_fr"), m["to"], m["subject"])
        elif hd == "name":
            head = "De : %s\nDate : %s\nObjet : %s\n\n" % (m["from_name"], fmt_date(m["date"], "short_fr"), m["subject"])
        else:
            head = "From: %s <%s>\nDate: %s\nSubject: %s\n\n" % (m["from_name"], m["from_addr"], fmt_date(m["date"], "gmail_en"), m["subject"])
        body = head + body
    return body


# --------------------------------------------------------------------------
# checks

def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "application/octet-stream":
            inner = BytesParser(policy=policy.default).parsebytes(part.get_payload(decode=True))
            out.append("\n".join("%s: %s" % (k, v) for k, v in inner.items()))
            out.append(all_text(inner))
        elif ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append("\n".join("%s: %s" % (k, v) for k, v in inner.items()))
    out.append("\n".join("%s: %s" % (k, v) for k, v in msg.items()))
    return "\n".join(out)


def digits_present(phone, text):
    flat = re.sub(r"[\s.\-()\u00a0/]", "", text)
    nat = None
    if phone.startswith("+33") or phone.startswith("+44") or phone.startswith("+41") or phone.startswith("+32"):
        nat = "0" + phone[3:]
    return phone in flat or ("00" + phone[1:]) in flat or (nat is not None and nat in flat)


def main():
    os.chdir(HERE)
    rows = []
    errors = []
    seen = set()
    for n, rep in enumerate(REPORTS, 1):
        rid = "report_%03d" % n
        rep = dict(rep, rid=rid)
        raw, ms, carried = build_report(rep)
        data = raw.encode("utf-8")
        with open(rid + ".eml", "wb") as f:
            f.write(data)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        txt = all_text(msg)
        utxt = urllib.parse.unquote(html.unescape(txt)).lower()
        oids = rep["o"] if isinstance(rep["o"], list) else [rep["o"]]
        origs = [OBY[i] for i in oids]
        style = rep["style"]
        full = style in ("inline", "attachment", "direct")
        # expected link domains: links of the original carried by the report
        doms, phones = [], []
        ctext = (urllib.parse.unquote(carried) if style in ("pasted", "typed") else utxt).lower()
        if style in ("pasted", "typed"):
            ctext = re.sub(r"[\w.+-]+@[\w.-]+", " ", ctext)  # a sender address is not a link
        trk = rep.get("trk", None)
        for o in origs:
            for s, t in o.get("links", []):
                t = t.replace("{trk}", trk or o.get("trk", "x7Kp2"))
                host = urllib.parse.urlsplit(t).hostname
                d = regdom(t)
                present = (host in ctext) or (d in ctext)
                if full and not present:
                    errors.append("%s: link %s of %s not in report" % (rid, t, o["id"]))
                if present and d not in doms:
                    doms.append(d)
            for p in o.get("phones", []):
                present = digits_present(p, carried if style in ("pasted", "typed") else txt)
                if full and not present:
                    errors.append("%s: phone %s of %s not in report" % (rid, p, o["id"]))
                if present and p not in phones:
                    phones.append(p)
        for p in rep.get("expect_phones", []):
            if p not in phones:
                errors.append("%s: expected phone %s not found" % (rid, p))
        for d in rep.get("expect_domains", []):
            if d not in doms:
                errors.append("%s: expected domain %s not found" % (rid, d))
        for d in doms:
            if d not in utxt:
                errors.append("%s: domain %s not in report" % (rid, d))
        for p in phones:
            if not digits_present(p, txt):
                errors.append("%s: phone %s not in report" % (rid, p))
        # sender
        sender = ""
        o0 = origs[0]
        if style in ("inline", "attachment", "direct") and not rep.get("name_only") and "@" in o0["from"][1]:
            sender = o0["from"][1]
        if style in ("pasted", "typed") and o0["from"][1] and o0["from"][1].lower() in carried.lower():
            sender = o0["from"][1]
        if sender and sender.lower() not in txt.lower():
            errors.append("%s: sender %s not in report" % (rid, sender))
        labels = [o["label"] for o in origs]
        label = "fraud" if "fraud" in labels else ("spam" if "spam" in labels else "legitimate")
        if rep.get("label") and rep["label"] != label:
            errors.append("%s: label mismatch" % rid)
        camp = rep.get("campaign", "")
        langs = {o["lang"] for o in origs}
        rows.append({"file": rid + ".eml", "label": label, "campaign": camp, "sender": sender,
                     "link_domains": ";".join(doms), "phones": ";".join(phones), "style": style,
                     "lang": origs[0]["lang"], "original": "+".join(oids)})
        seen.update(oids)
    # campaign consistency
    counts = {}
    for r in rows:
        if "+" not in r["original"]:
            counts[r["original"]] = counts.get(r["original"], 0) + 1
    for r in rows:
        if "+" not in r["original"] and counts[r["original"]] > 1 and not r["campaign"]:
            errors.append("%s: original %s used %d times without campaign" % (r["file"], r["original"], counts[r["original"]]))
        if r["campaign"] and counts.get(r["original"], 0) < 2:
            errors.append("%s: campaign with single use" % r["file"])
    unused = [o["id"] for o in ORIGINALS if o["id"] not in seen]
    if unused:
        errors.append("unused originals: %s" % unused)
    ids = [o["id"] for o in ORIGINALS]
    if len(ids) != len(set(ids)):
        errors.append("duplicate original ids")
    with open("labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # stale files
    for fn in sorted(os.listdir(".")):
        if re.match(r"report_\d{3}\.eml$", fn) and int(fn[7:10]) > len(REPORTS):
            os.remove(fn)
    from collections import Counter
    print("reports:", len(rows), " originals:", len(seen))
    print("labels:", dict(Counter(r["label"] for r in rows)))
    print("styles:", dict(Counter(r["style"] for r in rows)))
    print("langs (reports):", dict(Counter(r["lang"] for r in rows)))
    print("langs (originals):", dict(Counter(OBY[i]["lang"] for i in seen)))
    print("label x style:", dict(Counter((r["label"], r["style"]) for r in rows)))
    print("label x lang:", dict(Counter((r["label"], r["lang"]) for r in rows)))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
