# -*- coding: utf-8 -*-
"""Build report_NNN.eml + labels.csv for set written_k (stdlib only, deterministic)."""
import base64
import csv
import html
import os
import quopri
import re
import sys
from datetime import timedelta
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import BY_ID  # noqa: E402
from reports import REPORTERS, REPORTS  # noqa: E402

LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
TLDS = "fr|com|net|org|info|io|co|se|us|uk|eu|gl"
DOM_RE = re.compile(r"(?<![@\w.\-/])(?:https?://)?((?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:%s))(?![\w\-])" % TLDS,
                    re.I)
URL_RE = re.compile(r"https?://([a-z0-9.\-]+)", re.I)
PUBLIC2 = {"gouv.fr", "asso.fr", "com.fr", "nom.fr", "co.uk", "org.uk"}


def regdom(host):
    host = host.lower().strip(".")
    parts = host.split(".")
    if ".".join(parts[-2:]) in PUBLIC2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def url_host(u):
    m = URL_RE.match(u)
    if m:
        return m.group(1)
    return u.split("/")[0]


def looks_url(s):
    return bool(DOM_RE.fullmatch(s.strip().rstrip("/")) or URL_RE.match(s))


def e164(p):
    d = re.sub(r"\D", "", p)
    if p.strip().startswith("+"):
        return "+" + d
    assert d.startswith("0") and len(d) == 10, p
    return "+33" + d[1:]


def phone_re(p):
    d = re.sub(r"\D", "", p)
    sep = r"[\s.\-()\u00a0]*"
    if not p.strip().startswith("+"):
        alt = r"(?:\+33" + sep + r"(?:\(0\))?" + sep + "|0)" + sep.join(d[1:])
        return re.compile(alt)
    return re.compile(r"\+?" + sep.join(d))


# ------------------------------------------------------------------ original text renderings
def split_from(frm):
    m = re.match(r"(.*?)\s*<([^>]+)>", frm)
    if m:
        return m.group(1), m.group(2)
    return frm, None


def body_text(o, mode):
    def rep(m):
        a, h = m.group(1), m.group(2)
        if mode == "plain":
            return a
        if a == h:
            return h
        if mode == "outlook":
            return "%s<%s>" % (a, h)
        if mode == "yahoo":
            return "%s [%s]" % (a, h)
        return "%s <%s>" % (a, h)
    return LINK_RE.sub(rep, o["body"])


def body_html(o, hreffn=lambda h: h):
    out, pos = [], 0
    b = o["body"]
    for m in LINK_RE.finditer(b):
        out.append(html.escape(b[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (html.escape(hreffn(m.group(2))), html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(b[pos:], quote=False))
    return "".join(out).rstrip("\n").replace("\n", "<br>\n")


def safelink(h):
    return ("https://eur03.safelinks.protection.outlook.com/?url=" + quote(h, safe="") +
            "&data=05%7C02%7C%7Cb41c9e0f2a7d4c11%7C0%7C0%7C638912%7CUnknown&sdata=k3Jq8vPz%3D&reserved=0")


def domains_of(o, carries_links=True, carries_attach=True, plain_mode=False):
    doms = []
    b = o["body"]
    stripped = LINK_RE.sub(" ", b)
    for m in DOM_RE.finditer(stripped):
        doms.append(regdom(url_host(m.group(0))))
    for m in LINK_RE.finditer(b):
        a, h = m.group(1), m.group(2)
        if carries_links:
            doms.append(regdom(url_host(h)))
        elif plain_mode and looks_url(a):
            assert regdom(url_host(a)) == regdom(url_host(h)), (o["id"], a, h)
            doms.append(regdom(url_host(a)))
    if carries_attach:
        for fn, ct, data in o["attach"]:
            for m in URL_RE.finditer(data):
                doms.append(regdom(m.group(1)))
    res = []
    for d in doms:
        if d not in res:
            res.append(d)
    return res


# ------------------------------------------------------------------ MIME helpers
def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr_hdr(frm):
    name, addr = split_from(frm)
    if addr is None:
        return hdr(name)
    try:
        name.encode("ascii")
        if re.search(r"[,.()<>@:;\"']", name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def enc(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        s = base64.b64encode(data).decode("ascii")
        return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"
    if cte in ("7bit", "8bit"):
        return data.decode(charset)
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    h = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset) if ctype.startswith("text/") else
         "Content-Type: %s" % ctype, "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return "\n".join(h) + "\n\n" + enc(text, charset, cte)


def bin_leaf(ctype, filename, data, disp="attachment"):
    b = base64.b64encode(data if isinstance(data, bytes) else data.encode("utf-8")).decode("ascii")
    b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: %s; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (ctype, filename, disp, filename, b))


def multipart(sub, boundary, parts, preamble=""):
    s = "Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (sub, boundary)
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    s += "--%s--\n" % boundary
    return s


def attach_parts(o, tag):
    return [bin_leaf(ct, fn, data) for fn, ct, data in o["attach"]]


def original_mime(o, n, to_addr, tag="o"):
    """The original as its sender's client produced it (for attachments / direct)."""
    lines = []
    d = parsedate_to_datetime(o["date"])
    lines.append("Return-Path: <%s>" % (split_from(o["frm"])[1] or "unknown@invalid"))
    lines.append("Received: from mail-out.%s (mail-out.%s [203.0.113.%d])\n\tby mx.relay.fr with ESMTPS id %s%03d;\n\t%s" % (
        (split_from(o["frm"])[1] or "x@invalid").split("@")[1], (split_from(o["frm"])[1] or "x@invalid").split("@")[1],
        10 + n % 200, o["id"].upper(), n, o["date"]))
    lines.append("From: " + addr_hdr(o["frm"]))
    lines.append("To: " + to_addr)
    if o["reply_to"]:
        lines.append("Reply-To: " + o["reply_to"])
    lines.append("Subject: " + hdr(o["subject"]))
    lines.append("Date: " + o["date"])
    lines.append("Message-ID: <%s.%d.%s@%s>" % (o["id"], n, tag, (split_from(o["frm"])[1] or "x@mail.invalid").split("@")[1]))
    lines.append("MIME-Version: 1.0")
    alt_parts = [leaf("text/plain", body_text(o, "gmail"))]
    if o["html"]:
        alt_parts.append(leaf("text/html", "<html><body><div>%s</div></body></html>\n" % body_html(o)))
    body = multipart("alternative", "=_alt_%s_%d" % (o["id"], n), alt_parts)
    if o["attach"]:
        body = multipart("mixed", "=_mix_%s_%d" % (o["id"], n), [body] + attach_parts(o, tag))
    return "\n".join(lines) + "\n" + body


def report_headers(n, rep, subject, date, mailer, to, extra=()):
    h = ["From: " + addr_hdr("%s <%s>" % (rep["name"], rep["addr"])),
         "To: " + to,
         "Subject: " + hdr(subject),
         "Date: " + format_datetime(date),
         "Message-ID: <r%03d.%s>" % (n, rep["addr"].split("@")[1]),
         "MIME-Version: 1.0"]
    if mailer:
        h.append(mailer)
    h += list(extra)
    return "\n".join(h) + "\n"


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def fr_date(d, style="long"):
    if style == "long":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if style == "gmail":
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()][:3] + ".", d.day, FR_MONTHS[d.month - 1][:4] + ".",
                                             d.year, d.hour, d.minute)
    if style == "tb":
        return "%02d/%02d/%d à %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)
    if style == "apple":
        return "%d %s %d à %02d:%02d" % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    raise ValueError(style)


def en_date(d, style="long"):
    if style == "long":
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year,
                                              (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")
    if style == "gmail":
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year,
                                                 (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")
    raise ValueError(style)


def esc(t):
    return html.escape(t, quote=False).rstrip("\n").replace("\n", "<br>\n")


# ------------------------------------------------------------------ report renderers
# each returns (raw_text, sender_shown, carries_links, carries_attach, plain_mode, charset)

def r_att822(n, rec, o, rep, comment, ctx):
    """Thunderbird / Outlook 'forward as attachment' (message/rfc822)."""
    date = ctx["rdate"]
    subj = ("Fwd: " if ctx["lang_ui"] == "en" else "TR: ") + o["subject"]
    mailer = rec.get("mailer", "User-Agent: Mozilla Thunderbird")
    raw_o = original_mime(o, n, ctx["doc_to"])
    body = multipart("mixed", "------------%010d%s" % (n * 7919, "AtT"), [
        leaf("text/plain", comment + "\n" + rep["sig"], cte="quoted-printable", extra=()),
        "Content-Type: message/rfc822; name=\"%s.eml\"\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n%s" % (
            ctx["fname"], ctx["fname"], raw_o)])
    return report_headers(n, rep, subj, date, mailer, ctx["council"]) + body, True


def r_att_octet(n, rec, o, rep, comment, ctx):
    raw_o = original_mime(o, n, ctx["doc_to"])
    date = ctx["rdate"]
    body = multipart("mixed", "_=_octet_%d_=_" % n, [
        multipart("alternative", "_=_alt_%d_=_" % n, [
            leaf("text/plain", comment + "\n" + rep["sig"]),
            leaf("text/html", "<html><body><p>%s</p><p>%s</p></body></html>\n" % (esc(comment), esc(rep["sig"])))]),
        bin_leaf("application/octet-stream", ctx["fname"] + ".eml", raw_o)])
    return report_headers(n, rep, "Signalement : " + o["subject"], date, rec.get("mailer", ""), ctx["council"]) + body, True


def fwd_header_block(o, style, show_sender=True):
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = name if (addr is None or not show_sender) else "%s <%s>" % (name, addr)
    to = "moi" if style.endswith("fr") else "me"
    if style == "gmail_fr":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n" %
                (who, fr_date(d, "gmail"), o["subject"], to))
    if style == "gmail_en":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" %
                (who, en_date(d, "gmail"), o["subject"], to))
    raise ValueError(style)


def r_gmail(n, rec, o, rep, comment, ctx):
    en = ctx["lang_ui"] == "en"
    style = "gmail_en" if en else "gmail_fr"
    fh = fwd_header_block(o, style, ctx["show_sender"])
    name, addr = split_from(o["frm"])
    who = name if (addr is None or not ctx["show_sender"]) else "%s <%s>" % (name, addr)
    who_h = ("<strong class=\"gmail_sendername\" dir=\"auto\">%s</strong> <span dir=\"auto\">&lt;<a href=\"mailto:%s\">%s</a>&gt;</span>" %
             (html.escape(name), addr, addr)) if (addr and ctx["show_sender"]) else "<strong class=\"gmail_sendername\" dir=\"auto\">%s</strong>" % html.escape(name)
    d = parsedate_to_datetime(o["date"])
    text = (comment + "\n\n" + fh + "\n\n" + body_text(o, "gmail") + "\n\n" + rep["sig"])
    lab = ("From", "Date", "Subject", "To") if en else ("De", "Date", "Subject", "To")
    hh = ("<div dir=\"ltr\">%s<br><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
          "---------- Forwarded message ---------<br>%s&nbsp;: %s<br>%s: %s<br>%s: %s<br>%s: %s &lt;%s&gt;<br></div><br><br>"
          "<div>%s</div></div><br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
          "<div dir=\"ltr\" class=\"gmail_signature\">%s</div></div>\n") % (
        esc(comment), lab[0], who_h, lab[1], en_date(d, "gmail") if en else fr_date(d, "gmail"), lab[2],
        html.escape(o["subject"]), lab[3], "me" if en else "moi", ctx["doc_to_addr"], body_html(o), esc(rep["sig"]))
    if not en:
        hh = hh.replace("%s&nbsp;:" % lab[0], "De&nbsp;:")
    alt = multipart("alternative", "000000000000%08x%04d" % (n * 104729 % 0xffffffff, n), [
        leaf("text/plain", text), leaf("text/html", hh)])
    if o["attach"]:
        body = multipart("mixed", "000000000000%08xmx%04d" % (n * 130363 % 0xffffffff, n), [alt] + attach_parts(o, "g"))
    else:
        body = alt
    return report_headers(n, rep, "Fwd: " + o["subject"], ctx["rdate"], "", ctx["council"]) + body, True


def outlook_block(o, en, show_sender, mode="desktop"):
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = name if (addr is None or not show_sender) else "%s <%s>" % (name, addr)
    if en:
        return [("From", who), ("Sent", en_date(d)), ("To", "%s" % "Cabinet"), ("Subject", o["subject"])]
    return [("De", who), ("Envoyé", fr_date(d)), ("À", "Cabinet médical"), ("Objet", o["subject"])]


def r_outlook(n, rec, o, rep, comment, ctx):
    en = ctx["lang_ui"] == "en"
    blk = outlook_block(o, en, ctx["show_sender"])
    sep = " : " if not en else ": "
    href = safelink if ctx.get("safelinks") else (lambda h: h)
    text = (comment + "\n\n" + rep["sig"] + "\n\n" + "\n".join(k + sep + v for k, v in blk) + "\n\n" +
            body_text(o, "outlook").replace("\n", "\n") + "\n")
    if ctx.get("safelinks"):
        text = LINK_RE.sub(lambda m: "%s<%s>" % (m.group(1), safelink(m.group(2))) if m.group(1) != m.group(2) else safelink(m.group(2)), o["body"])
        text = (comment + "\n\n" + rep["sig"] + "\n\n" + "\n".join(k + sep + v for k, v in blk) + "\n\n" + text + "\n")
    hb = "".join("<b>%s%s</b>%s<br>\n" % (k, sep.rstrip() if not en else ":", " " + html.escape(v)) for k, v in blk)
    hh = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
          "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
          "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
          "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;"
          "font-family:\"Calibri\",sans-serif;}--></style></head><body lang=FR link=\"#0563C1\" vlink=\"#954F72\">"
          "<div class=WordSection1><p class=MsoNormal>%s<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
          "<p class=MsoNormal>%s<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
          "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
          "<p class=MsoNormal>%s</p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
          "<p class=MsoNormal>%s<o:p></o:p></p></div></body></html>\n") % (
        esc(comment), esc(rep["sig"]), hb, body_html(o, href))
    cs = "windows-1252"
    alt = multipart("alternative", "_000_PR1P264MB%04dEURP264PRODO_" % n, [
        leaf("text/plain", text, cs), leaf("text/html", hh, cs)])
    body = multipart("mixed", "_004_PR1P264MB%04dEURP264PRODO_" % n, [alt] + attach_parts(o, "ol")) if o["attach"] else alt
    subj = ("FW: " if en else "TR: ") + o["subject"]
    return report_headers(n, rep, subj, ctx["rdate"], "X-Mailer: Microsoft Outlook 16.0", ctx["council"],
                          ["Thread-Index: AdxK%04dQmVyYXJk" % n, "Content-Language: fr-FR" if not en else "Content-Language: en-GB"]) + body, True


def r_owa(n, rec, o, rep, comment, ctx):
    en = ctx["lang_ui"] == "en"
    blk = outlook_block(o, en, ctx["show_sender"])
    href = safelink if ctx.get("safelinks") else (lambda h: h)
    sep = "&nbsp;:" if not en else ":"
    hb = "<br>\n".join("<b>%s%s</b> %s" % (k, sep, html.escape(v)) for k, v in blk)
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body dir=\"ltr\">"
          "<div class=\"elementToProof\" style=\"font-family: Aptos, sans-serif; font-size: 12pt\">%s</div>"
          "<div class=\"elementToProof\">%s</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">"
          "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">%s</font>"
          "<div>&nbsp;</div></div><div><div dir=\"ltr\">%s</div></div></body></html>\n") % (
        esc(comment), esc(rep["sig"]), hb, body_html(o, href))
    text = (comment + "\n\n" + rep["sig"] + "\n\n________________________________\n" +
            "\n".join("%s%s %s" % (k, " :" if not en else ":", v) for k, v in blk) + "\n\n" +
            (LINK_RE.sub(lambda m: "%s<%s>" % (m.group(1), href(m.group(2))), o["body"])) + "\n")
    alt = multipart("alternative", "_000_AM9P191MB%04dEURP191PRODO_" % n, [leaf("text/plain", text), leaf("text/html", hh)])
    body = multipart("mixed", "_004_AM9P191MB%04dEURP191PRODO_" % n, [alt] + attach_parts(o, "owa")) if o["attach"] else alt
    subj = ("Fw: " if en else "TR: ") + o["subject"]
    return report_headers(n, rep, subj, ctx["rdate"], "", ctx["council"], ["X-MS-Has-Attach: %s" % ("yes" if o["attach"] else ""),
                                                                           "X-MS-TNEF-Correlator:"]) + body, True


def r_legacy(n, rec, o, rep, comment, ctx):
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = ("%s [mailto:%s]" % (name, addr)) if (addr and ctx["show_sender"]) else name
    text = (comment + "\n\n" + rep["sig"] + "\n\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n" %
            (who, fr_date(d), "cabinet", o["subject"]) + body_text(o, "outlook") + "\n")
    cs = "iso-8859-1"
    part = leaf("text/plain", text, cs)
    body = multipart("mixed", "----=_NextPart_000_%04d_01DC2A1B.5E3F%04d" % (n, n), [part] + attach_parts(o, "lg")) if o["attach"] else part
    return report_headers(n, rep, "TR: " + o["subject"], ctx["rdate"], "X-Mailer: Microsoft Office Outlook 12.0", ctx["council"]) + body, True


def r_apple(n, rec, o, rep, comment, ctx):
    en = ctx["lang_ui"] == "en"
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = "%s <%s>" % (name, addr) if (addr and ctx["show_sender"]) else name
    iphone = rec.get("iphone", True)
    sigline = ("Sent from my iPhone" if en else "Envoyé de mon iPhone") if iphone else rep["sig"]
    if en:
        head = "Begin forwarded message:\n\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n" % (who, en_date(d), ctx["doc_to_addr"], o["subject"])
    else:
        head = "Début du message réexpédié :\n\nDe: %s\nDate: %s\nÀ: %s\nObjet: %s\n" % (who, fr_date(d, "apple"), ctx["doc_to_addr"], o["subject"])
    text = comment + "\n\n" + sigline + "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in body_text(o, "gmail").split("\n")) + "\n"
    hdrs = head.split("\n\n", 1)[1].strip().split("\n")
    hb = "".join("<div style=\"margin:0\"><b>%s</b> %s<br></div>" % (html.escape(l.split(" ", 1)[0]), html.escape(l.split(" ", 1)[1])) for l in hdrs)
    hh = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
          "<div dir=\"ltr\">%s</div><div dir=\"ltr\"><br><div>%s</div><div dir=\"ltr\"><br><blockquote type=\"cite\">%s</blockquote></div>"
          "<blockquote type=\"cite\"><div dir=\"ltr\">%s</div></blockquote></div></body></html>\n") % (
        esc(comment), esc(sigline), html.escape(head.split("\n")[0]) + "<br><br>" + hb, body_html(o))
    alt = multipart("alternative", "Apple-Mail-%04d-%04d-%s" % (n * 13 % 9999, n, "A1B2C3D4"), [
        leaf("text/plain", text), leaf("text/html", hh)])
    body = multipart("mixed", "Apple-Mail-mx-%04d" % n, [alt] + attach_parts(o, "ap")) if o["attach"] else alt
    mailer = "X-Mailer: iPhone Mail (22B91)" if iphone else "X-Mailer: Apple Mail (2.3826.600.51.1.1)"
    return report_headers(n, rep, ("Fwd: " if en else "Tr: ") + o["subject"], ctx["rdate"], mailer, ctx["council"]) + body, True


def r_tb(n, rec, o, rep, comment, ctx):
    en = ctx["lang_ui"] == "en"
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = "%s <%s>" % (name, addr) if (addr and ctx["show_sender"]) else name
    if en:
        blk = [("Subject:", o["subject"]), ("Date:", o["date"]), ("From:", who), ("To:", ctx["doc_to_addr"])]
        line = "-------- Forwarded Message --------"
    else:
        blk = [("Sujet :", o["subject"]), ("Date :", o["date"]), ("De :", who), ("Pour :", ctx["doc_to_addr"])]
        line = "-------- Message transféré --------"
    text = comment + "\n\n\n" + line + "\n" + "\n".join("%s \t%s" % kv for kv in blk) + "\n\n\n\n" + body_text(o, "tb") + "\n\n-- \n" + rep["sig"] + "\n"
    if ctx.get("plain_only"):
        part = leaf("text/plain", text, cte="8bit", extra=[]).replace("charset=\"utf-8\"", "charset=UTF-8; format=flowed")
    else:
        hb = "".join("<tr><th valign=\"BASELINE\" nowrap=\"nowrap\" align=\"RIGHT\">%s </th><td>%s<br></td></tr>" % (
            html.escape(k), html.escape(v)) for k, v in blk)
        hh = ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
              "<p>%s</p><div class=\"moz-forward-container\"><br><br>%s<table class=\"moz-email-headers-table\" border=\"0\" "
              "cellspacing=\"0\" cellpadding=\"0\"><tbody>%s</tbody></table><br><div>%s</div></div>"
              "<pre class=\"moz-signature\" cols=\"72\">-- \n%s</pre></body></html>\n") % (
            esc(comment), line, hb, body_html(o), html.escape(rep["sig"]))
        part = multipart("alternative", "------------%010dTbAlt" % (n * 31337), [leaf("text/plain", text, cte="8bit"), leaf("text/html", hh, cte="8bit")])
    body = multipart("mixed", "------------%010dTbMix" % (n * 31337), [part] + attach_parts(o, "tb")) if o["attach"] else part
    return report_headers(n, rep, "Fwd: " + o["subject"], ctx["rdate"], "User-Agent: Mozilla Thunderbird", ctx["council"],
                          ["Content-Language: " + ("en-US" if en else "fr")]) + body, True


def r_webmail(n, rec, o, rep, comment, ctx):
    """Yahoo / Orange / SFR / La Poste / Free / Samsung variants."""
    kind = rec["client"]
    name, addr = split_from(o["frm"])
    d = parsedate_to_datetime(o["date"])
    who = "%s <%s>" % (name, addr) if (addr and ctx["show_sender"]) else name
    ui_en = ctx["lang_ui"] == "en"
    if kind == "yahoo":
        if ui_en:
            head = "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n" % (who, ctx["doc_to_addr"], en_date(d), o["subject"])
        else:
            head = "----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n" % (who, ctx["doc_to_addr"], fr_date(d), o["subject"])
        tail = "\n\nEnvoyé de Yahoo Mail pour Android" if not ui_en else "\n\nSent from Yahoo Mail on Android"
        mode, mailer, subj = "yahoo", "X-Mailer: WebService/1.1.24652 YMailNorrin", ("Fw: " if ui_en else "Tr : ") + o["subject"]
        bnd = "----=_Part_%d_%d.17%08d" % (n * 101, n * 7, n)
    elif kind == "orange":
        head = "> Message du %s\n> De : %s\n> A : %s\n> Copie à : \n> Objet : %s\n" % (
            "%02d/%02d/%02d %02d:%02d" % (d.day, d.month, d.year % 100, d.hour, d.minute), who, ctx["doc_to_addr"], o["subject"])
        tail = ""
        mode, mailer, subj = "gmail", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "TR: " + o["subject"]
        bnd = "----=_Part_%d_%d.1760%06d" % (n * 11, n * 3, n)
    elif kind == "sfr":
        head = "-------- Message original --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (
            who, fr_date(d, "tb"), ctx["doc_to_addr"], o["subject"])
        tail = ""
        mode, mailer, subj = "gmail", "X-Mailer: SFR Mail", "Fwd: " + o["subject"]
        bnd = "=_sfr_%06d" % (n * 17)
    elif kind == "laposte":
        head = "----- Mail transféré -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n" % (who, ctx["doc_to_addr"], fr_date(d), o["subject"])
        tail = ""
        mode, mailer, subj = "gmail", "X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF131 (Win)/8.8.15_GA_4581)", "Fwd: " + o["subject"]
        bnd = "=_lp%08d" % (n * 4127)
    elif kind == "free":
        head = "----- Mail original -----\nDe: \"%s\" %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n" % (
            name, ("<%s>" % addr) if (addr and ctx["show_sender"]) else "", ctx["doc_to_addr"], fr_date(d), o["subject"])
        tail = ""
        mode, mailer, subj = "gmail", "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)", "Fwd: " + o["subject"]
        bnd = "=_free%07d" % (n * 2719)
    elif kind == "samsung":
        head = "-------- Message d'origine --------\nDe : %s \nDate : %s\nÀ : %s \nObjet : %s \n" % (
            who, "%02d/%02d/%d %02d:%02d (GMT+01:00)" % (d.day, d.month, d.year, d.hour, d.minute), ctx["doc_to_addr"], o["subject"])
        tail = "\n\nEnvoyé depuis mon smartphone Samsung Galaxy."
        mode, mailer, subj = "gmail", "", "Fwd: " + o["subject"]
        bnd = "--_com.samsung.android.email_%d%06d" % (n, n * 97)
    else:
        raise ValueError(kind)
    if kind == "orange":
        body_o = "\n".join("> " + l for l in body_text(o, mode).split("\n"))
        text = comment + "\n\n" + rep["sig"] + "\n\n" + head + ">\n" + body_o + "\n"
    else:
        text = comment + tail + "\n\n" + rep["sig"] + "\n\n" + head + "\n" + body_text(o, mode) + "\n"
    hh = "<html><body><div>%s</div><div><br></div><div>%s</div><br><div>%s</div><div>%s</div></body></html>\n" % (
        esc(comment + tail), esc(rep["sig"]), esc(head), body_html(o))
    if kind == "samsung" or ctx.get("html_only"):
        part = leaf("text/html", hh, cte="base64" if kind == "samsung" else "quoted-printable")
    else:
        part = multipart("alternative", bnd + "a", [leaf("text/plain", text), leaf("text/html", hh)])
    body = multipart("mixed", bnd + "m", [part] + attach_parts(o, kind)) if o["attach"] else part
    return report_headers(n, rep, subj, ctx["rdate"], mailer, ctx["council"]) + body, True


def r_nested(n, rec, o, rep, comment, ctx):
    """A secretary forwards (Outlook) the doctor's Gmail forward."""
    doc = REPORTERS[rec["inner"]]
    d = parsedate_to_datetime(o["date"])
    inner_date = d + timedelta(hours=2, minutes=7)
    inner_c = rec["inner_comment"]
    fh = fwd_header_block(o, "gmail_fr", ctx["show_sender"])
    inner_text = inner_c + "\n\n" + fh + "\n\n" + body_text(o, "gmail") + "\n\n" + doc["sig"]
    text = (comment + "\n\n" + rep["sig"] + "\n\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s <%s>\nObjet : Fwd: %s\n\n" % (
        doc["name"], doc["addr"], fr_date(inner_date), rep["name"], rep["addr"], o["subject"]) + inner_text + "\n")
    hh = ("<html><body><p>%s</p><p>%s</p><div style='border-top:solid #E1E1E1 1.0pt'><p><b>De :</b> %s &lt;%s&gt;<br><b>Envoyé :</b> %s<br>"
          "<b>À :</b> %s<br><b>Objet :</b> Fwd: %s</p></div><div dir=\"ltr\">%s<br><br><div class=\"gmail_quote\">%s<br><br>%s</div>"
          "<br>%s</div></body></html>\n") % (esc(comment), esc(rep["sig"]), html.escape(doc["name"]), doc["addr"], fr_date(inner_date),
                                             html.escape(rep["name"]), html.escape(o["subject"]), esc(inner_c), esc(fh), body_html(o), esc(doc["sig"]))
    alt = multipart("alternative", "_000_nested%04d_" % n, [leaf("text/plain", text, "windows-1252"), leaf("text/html", hh, "windows-1252")])
    body = multipart("mixed", "_004_nested%04d_" % n, [alt] + attach_parts(o, "ns")) if o["attach"] else alt
    return report_headers(n, rep, "TR: Fwd: " + o["subject"], ctx["rdate"], "X-Mailer: Microsoft Outlook 16.0", ctx["council"]) + body, True


def r_pasted(n, rec, o, rep, comment, ctx):
    t = body_text(o, "plain")
    if rec.get("quote"):
        t = "\n".join("> " + l for l in t.split("\n"))
    if rec.get("oneline"):
        t = " ".join(x.strip() for x in t.split("\n") if x.strip())
    full = comment.replace("{PASTE}", t.rstrip("\n")) + "\n\n" + rep["sig"] + "\n"
    if rec.get("html_only"):
        part = leaf("text/html", "<html><body><div>%s</div></body></html>\n" % esc(full))
    else:
        part = leaf("text/plain", full, rec.get("charset", "utf-8"), rec.get("cte", "quoted-printable"))
    subj = rec.get("subject", "Message suspect")
    return report_headers(n, rep, subj, ctx["rdate"], rec.get("mailer", ""), ctx["council"]) + part, False


def r_typed(n, rec, o, rep, comment, ctx):
    full = comment + "\n\n" + rep["sig"] + "\n"
    if rec.get("html"):
        part = multipart("alternative", "typed_%04d" % n, [leaf("text/plain", full), leaf("text/html",
                                                                                           "<html><body><div>%s</div></body></html>\n" % esc(full))])
    else:
        part = leaf("text/plain", full, cte=rec.get("cte", "quoted-printable"))
    return report_headers(n, rep, rec.get("subject", "SMS suspect"), ctx["rdate"], rec.get("mailer", ""), ctx["council"]) + part, False


def r_direct(n, rec, o, rep, comment, ctx):
    return original_mime(o, n, ctx["council"], tag="d"), True


def r_two(n, rec, o, rep, comment, ctx):
    o2 = BY_ID[rec["second"]]
    raw1 = original_mime(o, n, ctx["doc_to"], "a")
    raw2 = original_mime(o2, n, ctx["doc_to"], "b")
    body = multipart("mixed", "------------%010dTwo" % (n * 4441), [
        leaf("text/plain", comment + "\n\n-- \n" + rep["sig"], cte="8bit"),
        "Content-Type: message/rfc822; name=\"%s.eml\"\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n%s" % (
            o["subject"][:30].replace('"', ""), o["subject"][:30].replace('"', ""), raw1),
        "Content-Type: message/rfc822; name=\"%s.eml\"\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n%s" % (
            o2["subject"][:30].replace('"', ""), o2["subject"][:30].replace('"', ""), raw2)])
    return report_headers(n, rep, "2 mails suspects", ctx["rdate"], "User-Agent: Mozilla Thunderbird", ctx["council"]) + body, True


RENDER = {"att822": r_att822, "octet": r_att_octet, "gmail": r_gmail, "outlook": r_outlook, "owa": r_owa,
          "legacy": r_legacy, "apple": r_apple, "tb": r_tb, "web": r_webmail, "nested": r_nested,
          "pasted": r_pasted, "typed": r_typed, "direct": r_direct, "two": r_two}
STYLE = {"att822": "attachment", "octet": "attachment", "two": "attachment", "pasted": "pasted", "typed": "typed",
         "direct": "direct"}


# ------------------------------------------------------------------ checks
def all_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        if ct == "application/octet-stream" and (part.get_filename() or "").endswith(".eml"):
            out.append(all_text(BytesParser(policy=policy.default).parsebytes(payload)))
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        else:
            out.append(payload.decode("latin-1"))
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    return "\n".join(out)


def main():
    rows = []
    seen_orig = {}
    for i, rec in enumerate(REPORTS, 1):
        o = BY_ID[rec["orig"]]
        rep = REPORTERS[rec["rep"]]
        kind = rec["kind"]
        style = STYLE.get(kind, "inline")
        dep = rep["dep"]
        council = "signalement@cdom%s.ordre.medecin.fr" % dep
        base = parsedate_to_datetime(o["date"]) if o["kind"] == "email" else parsedate_to_datetime(rec["when"])
        rdate = base + timedelta(hours=rec.get("delay", 3), minutes=(i * 7) % 53)
        ctx = dict(council=council, rdate=rdate, lang_ui=rec.get("ui", "fr"), show_sender=rec.get("show_sender", True),
                   safelinks=rec.get("safelinks", False), html_only=rec.get("html_only", False),
                   plain_only=rec.get("plain_only", False), fname=re.sub(r"[^\w\-]+", "_", o.get("subject", "sms"))[:40],
                   doc_to="%s <%s>" % (rep["name"], rep.get("doc_addr", rep["addr"])),
                   doc_to_addr=rep.get("doc_addr", rep["addr"]))
        if kind == "direct":
            ctx["doc_to"] = council
        raw, _ = RENDER[kind](i, rec, o, rep, rec.get("comment", ""), ctx)
        data = raw.encode("utf-8") if kind not in ("outlook", "nested", "legacy") else raw.encode("utf-8")
        fn = "report_%03d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        # expected values
        origs = [o] + ([BY_ID[rec["second"]]] if kind == "two" else [])
        labels, senders, doms, phones = [], [], [], []
        for oo in origs:
            labels.append(oo["label"])
            if oo["kind"] == "email":
                carries = kind not in ("pasted",)
                doms += domains_of(oo, carries_links=carries, carries_attach=carries, plain_mode=(kind == "pasted"))
                if kind == "pasted" and not rec.get("keep_phones", True):
                    pass
                phones += [e164(p) for p in oo["phones"]]
                addr = split_from(oo["frm"])[1]
                if addr and kind not in ("pasted",) and rec.get("show_sender", True):
                    senders.append(addr)
            else:
                doms += [regdom(url_host(l)) for l in oo["links"]]
                phones += [e164(p) for p in oo["phones"]]
        for p in rec.get("extra_phones", []):
            phones.append(e164(p))
        label = "fraud" if "fraud" in labels else ("spam" if "spam" in labels else "legitimate")
        doms = list(dict.fromkeys(doms))
        phones = list(dict.fromkeys(phones))
        # ---- checks
        msg = BytesParser(policy=policy.default).parsebytes(data)
        txt = all_text(msg)
        low = txt.lower()
        for d in doms:
            assert d in low, (fn, "domain missing", d)
        for oo in origs:
            for p in oo["phones"]:
                assert phone_re(p).search(txt), (fn, "phone missing", p)
            if oo["kind"] != "email":
                for l in oo["links"]:
                    assert l.lower() in low, (fn, "typed link missing", l)
                if kind == "typed":
                    assert rec["comment"].strip(), fn
        for s in senders:
            assert s.lower() in low, (fn, "sender missing", s)
        for oo in origs:
            if oo["kind"] == "email" and kind != "pasted":
                for m in LINK_RE.finditer(oo["body"]):
                    assert regdom(url_host(m.group(2))) in doms, (fn, m.group(2))
        # reporter signature must not leak into expected values
        for d in rep.get("sig_domains", []):
            assert d not in doms or any(d in domains_of(oo) for oo in origs if oo["kind"] == "email"), (fn, "sig leak", d)
        campaign = rec.get("campaign", "")
        seen_orig.setdefault(o["id"], []).append(fn)
        rows.append([fn, label, campaign, ";".join(senders[:1]), ";".join(doms), ";".join(phones), style,
                     origs[0]["lang"], "+".join(oo["id"] for oo in origs)])
    # campaign consistency
    camp = {}
    for r in rows:
        if r[2]:
            camp.setdefault(r[2], set()).add(r[8])
    for c, ids in camp.items():
        assert len(ids) == 1, (c, ids)
    for oid, fns in seen_orig.items():
        if len(fns) > 1:
            cs = {r[2] for r in rows if r[0] in fns}
            assert len(cs) == 1 and "" not in cs, (oid, "repeated original without campaign")
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"])
        w.writerows(rows)
    print("wrote %d reports" % len(rows))


if __name__ == "__main__":
    main()
