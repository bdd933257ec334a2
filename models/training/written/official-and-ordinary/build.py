#!/usr/bin/env python3
"""Lay out the hand-written originals (originals.py) as forwarded reports.

Deterministic: fixed boundaries, message ids and dates.  stdlib only.
Writes report_NNN.eml and labels.csv next to this file, then checks its own data.
Usage: python3 build.py
"""
import base64, csv, datetime as dt, hashlib, html, io, os, quopri, re, sys
from email import policy, utils
from email.header import Header
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import ORIGINALS  # noqa: E402
from reports import REPORTERS, REPORTS  # noqa: E402

MAILBOX = "signalement@cdom56.ordre.medecin.fr"
OBYID = {o["id"]: o for o in ORIGINALS}

# ---------------------------------------------------------------- domains
# ICANN public suffixes of more than one label used in this set (no private section).
MULTI = {"gouv.fr", "co.uk", "org.uk", "ac.uk", "com.br", "com.au", "co.za", "com.ng",
         "co.in", "asso.fr", "com.fr", "nom.fr", "com.tr", "co.ke", "com.gh", "com.cn"}


def regdom(host):
    host = host.lower().strip(".")
    labels = host.split(".")
    if ".".join(labels[-2:]) in MULTI:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


TLDS = ("fr|com|org|net|info|eu|io|app|dev|co|uk|be|ch|us|me|site|online|xyz|top|link|ly|gle|"
        "sh|biz|pro|care|health|live|shop|cc|ru|cn|de|es|it|in|ng|br|tk|ml|bnpparibas|icu|"
        "support|cloud|today|click|lat|help|network|services|zip|re|lu|bj|ci|ma|sn|tn|page")
DOM_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![\w-])" % TLDS, re.I)
LINK_RE = re.compile(r"\[\[(.+?)\]\]", re.S)


def split_link(tok):
    if "|" in tok:
        shown, url = tok.split("|", 1)
    else:
        shown = url = tok
    return shown, url


def url_host(url):
    u = url if "://" in url else "http://" + url
    return re.match(r"[a-z]+://([^/:?#]+)", u, re.I).group(1)


def original_domains(o):
    """registered domains of every link and plain-text domain of an original body."""
    doms = set()
    body = o["body"]
    for tok in LINK_RE.findall(body):
        shown, url = split_link(tok)
        doms.add(regdom(url_host(url)))
        for m in DOM_RE.findall(shown):
            doms.add(regdom(m))
    plain = LINK_RE.sub(" ", body)
    for m in DOM_RE.findall(plain):
        doms.add(regdom(m))
    return doms


# ---------------------------------------------------------------- phones
PHONE_RE = re.compile(r"(?<![\d\w])(?:(?:\+|00)\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?\d(?:[ .\-]?\d){6,11}"
                      r"|0\d(?:[ .\-]?\d{2}){4}|0 [1-9]\d{2}(?: \d{2}){3})(?![\d])")


def norm_phone(s):
    zero = "(0)" in s
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if s.strip().startswith("+"):
        e = "+" + d
    elif d.startswith("00"):
        e = "+" + d[2:]
    elif d.startswith("0") and len(d) == 10:
        e = "+33" + d[1:]
    else:
        return None
    if e.startswith("+330"):
        e = "+33" + e[4:]
    return e


def phones_in(text):
    out = set()
    for m in PHONE_RE.findall(text):
        p = norm_phone(m)
        if p:
            out.add(p)
    return out


# ---------------------------------------------------------------- dates
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def mkdate(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if 4 <= d.month <= 10 else 1
    if d.month == 3 and d.day >= 30 or d.month == 10 and d.day >= 27:
        off = 1 if d.month == 10 else 2
    return d.replace(second=(d.minute * 7 + d.hour) % 60,
                     tzinfo=dt.timezone(dt.timedelta(hours=off)))


def rfc(d):
    return utils.format_datetime(d)


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def fmt(d, style):
    tz = int(d.utcoffset().total_seconds() // 3600)
    if style == "outlook_fr":
        return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)
    if style == "outlook_en":
        return "%s, %s %d, %d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12(d))
    if style == "gmail_fr":
        return "%s. %d %s %d à %02d:%02d" % (JOURS[d.weekday()][:3], d.day, MOIS_AB[d.month - 1], d.year, d.hour, d.minute)
    if style == "gmail_en":
        return "%s, %s %d, %d at %s" % (DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year, h12(d))
    if style == "apple":
        return "%d %s %d à %02d:%02d:%02d UTC+%d" % (d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, d.second, tz)
    if style == "yahoo":
        return "%s %d %s %d à %02d:%02d:%02d UTC+%d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, d.second, tz)
    if style == "orange":
        return "%02d/%02d/%02d %02d:%02d" % (d.day, d.month, d.year % 100, d.hour, d.minute)
    if style == "zimbra":
        return "%s %d %s %d %02d:%02d:%02d" % (JOURS[d.weekday()].capitalize(), d.day, MOIS[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second)
    if style == "android":
        return "%02d/%02d/%d %02d:%02d (GMT+%02d:00)" % (d.day, d.month, d.year, d.hour, d.minute, tz)
    if style == "owa_fr":
        return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)
    return rfc(d)


# ---------------------------------------------------------------- text / html of an original
def body_text(o, style="angle"):
    def rep(m):
        shown, url = split_link(m.group(1))
        if shown == url:
            return url
        if style == "angle":
            return "%s <%s>" % (shown, url)
        if style == "bracket":
            return "%s [%s]" % (shown, url)
        return "%s (%s)" % (shown, url)
    return LINK_RE.sub(rep, o["body"]).strip("\n")


def body_html(o, safelinks=False):
    out = []
    for para in o["body"].strip("\n").split("\n\n"):
        pieces, last = [], 0
        for m in LINK_RE.finditer(para):
            pieces.append(html.escape(para[last:m.start()], quote=False))
            shown, url = split_link(m.group(1))
            href = url if "://" in url else "http://" + url
            if safelinks:
                href = safelink(href)
            pieces.append('<a href="%s">%s</a>' % (html.escape(href), html.escape(shown, quote=False)))
            last = m.end()
        pieces.append(html.escape(para[last:], quote=False))
        out.append("<p>" + "".join(pieces).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def safelink(url):
    from urllib.parse import quote
    h = hashlib.sha1(url.encode()).hexdigest()
    return ("https://eur03.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C0%%7C0%%7C638%s"
            "&sdata=%s%%3D&reserved=0" % (quote(url, safe=""), h[:24], h[24:36], h[:40]))


def text_safelinks(text):
    return re.sub(r"(https?://[^\s>\)\]]+)", lambda m: safelink(m.group(1)), text)


# ---------------------------------------------------------------- MIME helpers
def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    return utils.formataddr((name, a), charset="utf-8")


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:  # Outlook switches to UTF-8 when the text needs it
        charset = "utf-8"
        text = text.replace("charset=windows-1252", "charset=utf-8")
        data = text.encode(charset)
    hdr = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset)]
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = b64(data)
    elif cte == "8bit":
        body = data.decode(charset)
    else:
        body = data.decode("ascii")
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    hdr.extend(extra)
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n") + "\n"


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def multipart(sub, parts, boundary):
    out = ["Content-Type: multipart/%s;\n\tboundary=\"%s\"" % (sub, boundary), "", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def headers(pairs):
    return "\n".join("%s: %s" % (k, v) for k, v in pairs if v is not None)


def hx(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


# ---------------------------------------------------------------- full original message
def original_message(o, to_addr, n):
    d = mkdate(o["date"])
    name, a = o["frm"]
    dom = a.split("@")[-1] if "@" in a else "localhost"
    hid = hx(o["id"], n)
    hs = [("Return-Path", "<%s>" % (o.get("envelope") or a)),
          ("Received", "from %s (%s [%s])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s" % (
              o.get("relay", "mail." + dom), o.get("relay", "mail." + dom),
              o.get("ip", "185.%d.%d.%d" % (int(hid[0:2], 16), int(hid[2:4], 16), int(hid[4:6], 16))),
              to_addr.split("@")[-1], hid[6:18], to_addr, rfc(d + dt.timedelta(seconds=3))))]
    hs += [("From", addr(name, a)), ("Reply-To", addr(*o["reply_to"]) if o.get("reply_to") else None),
           ("To", o.get("to") or to_addr), ("Subject", enc_header(o["subject"])), ("Date", rfc(d)),
           ("Message-ID", "<%s.%s@%s>" % (hid[:16], hid[16:24], o.get("mid_dom", dom))),
           ("MIME-Version", "1.0")]
    if o.get("xmailer"):
        hs.append(("X-Mailer", o["xmailer"]))
    bnd = "=_alt_" + hid[:20]
    if o.get("html", True):
        htmlbody = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</body></html>" % body_html(o)
        body = multipart("alternative", [part("text/plain", body_text(o)), part("text/html", htmlbody)], bnd)
        return headers(hs) + "\n" + body
    return headers(hs) + "\n" + part("text/plain", body_text(o)).replace("\n\n", "\n\n", 1)


# ---------------------------------------------------------------- forward header blocks
def fwd_block(client, o, to_addr):
    """Return (text_block, html_block) announcing the forwarded original."""
    d = mkdate(o["date"])
    name, a = o["frm"]
    nameonly = o.get("nameonly")
    subj = o["subject"]
    e = html.escape
    if client in ("gmail_fr", "gmail_en", "android_gmail"):
        fr = client != "gmail_en"
        who = "%s <%s>" % (name, a) if name else "<%s>" % a
        whoh = '<strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span>' % (e(name), e(a)) if name else '<span dir="auto">&lt;%s&gt;</span>' % e(a)
        if fr:
            t = "---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: <%s>\n" % (who, fmt(d, "gmail_fr"), subj, to_addr)
            hb = '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De&nbsp;: %s<br>Date: %s<br>Subject: %s<br>To:  &lt;%s&gt;<br></div><br><br>' % (whoh, e(fmt(d, "gmail_fr")), e(subj), e(to_addr))
        else:
            t = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n" % (who, fmt(d, "gmail_en"), subj, to_addr)
            hb = '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: %s<br>Date: %s<br>Subject: %s<br>To:  &lt;%s&gt;<br></div><br><br>' % (whoh, e(fmt(d, "gmail_en")), e(subj), e(to_addr))
        return t, hb
    if client in ("outlook_fr", "outlook_en", "owa_fr", "owa_en"):
        fr = client.endswith("fr")
        L = ("De", "Envoyé", "À", "Objet") if fr else ("From", "Sent", "To", "Subject")
        sp = " :" if fr else ":"
        who = name if nameonly else ("%s <%s>" % (name, a) if name else a)
        date = fmt(d, "outlook_fr" if fr else "outlook_en")
        t = "%s%s %s\n%s%s %s\n%s%s %s\n%s%s %s\n" % (L[0], sp, who, L[1], sp, date, L[2], sp, to_addr, L[3], sp, subj)
        if client.startswith("owa"):
            t = "________________________________\n" + t
            hb = ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s%s</b> %s<br><b>%s%s</b> %s<br>'
                  '<b>%s%s</b> %s<br><b>%s%s</b> %s</font><div>&nbsp;</div></div>') % (
                L[0], sp, e(who), L[1], sp, e(date), L[2], sp, e(to_addr), L[3], sp, e(subj))
        else:
            hb = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  '<p class="MsoNormal"><b><span lang="%s">%s%s</span></b><span lang="%s"> %s<br><b>%s%s</b> %s<br>'
                  '<b>%s%s</b> %s<br><b>%s%s</b> %s<o:p></o:p></span></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>') % (
                "FR" if fr else "EN-US", L[0], sp, "FR" if fr else "EN-US", e(who), L[1], sp, e(date), L[2], sp, e(to_addr), L[3], sp, e(subj))
        return t, hb
    if client == "legacy":
        who = "%s [mailto:%s]" % (name, a) if name else a
        return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (who, fmt(d, "outlook_fr"), to_addr, subj)), None
    if client in ("apple", "ios"):
        who = "%s <%s>" % (name, a) if name else a
        t = "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n" % (who, subj, fmt(d, "apple"), to_addr)
        hb = ('<div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br></blockquote></div>'
              '<blockquote type="cite"><div dir="ltr"><b>De:</b> %s<br><b>Objet:</b> <b>%s</b><br><b>Date:</b> %s<br><b>À:</b> %s<br><br></div></blockquote>') % (
            e(who), e(subj), e(fmt(d, "apple")), e(to_addr))
        return t, hb
    if client in ("thunderbird_fr", "thunderbird_en"):
        fr = client.endswith("fr")
        who = "%s <%s>" % (name, a) if name else a
        if fr:
            t = "-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n" % (subj, rfc(d), who, to_addr)
            rows = (("Sujet&nbsp;: ", subj), ("Date&nbsp;: ", rfc(d)), ("De&nbsp;: ", who), ("Pour&nbsp;: ", to_addr))
            title = "Message transféré"
        else:
            t = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n" % (subj, rfc(d), who, to_addr)
            rows = (("Subject: ", subj), ("Date: ", rfc(d)), ("From: ", who), ("To: ", to_addr))
            title = "Forwarded Message"
        hb = '<div class="moz-forward-container"><br><br>-------- %s --------\n<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>%s</tbody></table><br>' % (
            title, "".join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s</th><td>%s</td></tr>' % (k, e(v)) for k, v in rows))
        return t, hb
    if client == "yahoo":
        who = "%s <%s>" % (name, a) if name else a
        t = "----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n" % (who, to_addr, fmt(d, "yahoo"), subj)
        hb = ('<div class="yahoo_quoted"><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;">'
              '----- Message transféré ----- <div><b>De :</b> %s<br><b>À :</b> %s<br><b>Envoyé :</b> %s<br><b>Objet :</b> %s</div><br>') % (
            e(who), e(to_addr), e(fmt(d, "yahoo")), e(subj))
        return t, hb
    if client == "orange":
        who = '"%s" <%s>' % (name, a) if name else a
        t = "> Message du %s\n> De : %s\n> A : %s\n> Copie à : \n> Objet : %s\n" % (fmt(d, "orange"), who, to_addr, subj)
        hb = ('<br><br><blockquote style="border-left:2px solid #ff6600;padding-left:5px"><div>&gt; Message du %s<br>&gt; De : %s<br>'
              '&gt; A : %s<br>&gt; Copie à : <br>&gt; Objet : %s<br></div>') % (e(fmt(d, "orange")), e(who), e(to_addr), e(subj))
        return t, hb
    if client in ("sfr", "laposte"):
        who = "%s <%s>" % (name, a) if name else a
        head = "-------- Message d'origine --------" if client == "sfr" else "-------- Message transféré --------"
        t = "%s\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (head, who, fmt(d, "outlook_fr"), to_addr, subj)
        hb = "<div>%s<br>De : %s<br>Date : %s<br>À : %s<br>Objet : %s<br><br></div>" % (e(head), e(who), e(fmt(d, "outlook_fr")), e(to_addr), e(subj))
        return t, hb
    if client == "free":
        who = '"%s" <%s>' % (name, a) if name else a
        t = "----- Mail transféré -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n" % (who, to_addr, fmt(d, "zimbra"), subj)
        hb = ('<div><br></div><div>----- Mail transféré -----<br><b>De: </b>%s<br><b>À: </b>%s<br><b>Envoyé: </b>%s<br>'
              '<b>Objet: </b>%s<br></div><div><br></div>') % (e(who), e(to_addr), e(fmt(d, "zimbra")), e(subj))
        return t, hb
    if client == "samsung":
        who = "%s <%s>" % (name, a) if name else a
        t = "-------- Message d'origine --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (who, fmt(d, "android"), to_addr, subj)
        hb = "<div>-------- Message d'origine --------</div><div>De : %s </div><div>Date : %s </div><div>À : %s </div><div>Objet : %s </div><div><br></div>" % (
            e(who), e(fmt(d, "android")), e(to_addr), e(subj))
        return t, hb
    raise ValueError(client)


CLIENT_META = {
    "gmail_fr": ("Fwd: ", "utf-8", None), "gmail_en": ("Fwd: ", "utf-8", None),
    "android_gmail": ("Fwd: ", "utf-8", None),
    "outlook_fr": ("TR: ", "windows-1252", "Microsoft Outlook 16.0"),
    "outlook_en": ("FW: ", "windows-1252", "Microsoft Outlook 16.0"),
    "owa_fr": ("TR: ", "utf-8", None), "owa_en": ("Fw: ", "utf-8", None),
    "legacy": ("TR: ", "windows-1252", "Microsoft Office Outlook 12.0"),
    "apple": ("Fwd: ", "utf-8", "Apple Mail (2.3774.600.62)"), "ios": ("Fwd: ", "utf-8", "iPhone Mail (21G93)"),
    "thunderbird_fr": ("Fwd: ", "utf-8", None), "thunderbird_en": ("Fwd: ", "utf-8", None),
    "yahoo": ("Fwd: ", "utf-8", "WebService/1.1.22645 YMailNorrin"),
    "orange": ("TR: ", "utf-8", "Orange Messagerie"), "sfr": ("TR: ", "utf-8", None),
    "laposte": ("TR : ", "utf-8", None), "free": ("Fwd: ", "utf-8", "Zimbra 8.8.15_GA (ZimbraWebClient - FF128 (Linux)/8.8.15_GA)"),
    "samsung": ("TR: ", "utf-8", None),
}
UA = {"thunderbird_fr": "Mozilla Thunderbird", "thunderbird_en": "Mozilla Thunderbird"}


def sig_html(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def comment_html(c):
    if not c:
        return ""
    return "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>") for l in c.split("\n"))


def inline_body(client, comment, sig, o, to_addr, safelinks=False, inner=None):
    """Text and HTML bodies of an inline forward of original o (or of an inner forward)."""
    t_hdr, h_hdr = fwd_block(client, o, to_addr)
    if inner is not None:
        o_text, o_html = inner
    else:
        o_text = body_text(o, "angle")
        o_html = body_html(o)
        if safelinks:
            o_text = text_safelinks(o_text)
            o_html = body_html(o, safelinks=True)
    top = (comment + "\n\n" if comment else "") + (sig + "\n\n" if sig else "")
    if client == "ios" and not sig:
        top = (comment + "\n\n" if comment else "") + "Envoyé de mon iPhone\n\n"
    if client == "samsung":
        top = (comment + "\n\n" if comment else "") + "\n\nEnvoyé depuis mon appareil Galaxy\n\n"
    if client == "orange":
        text = top + t_hdr + "> \n" + "\n".join("> " + l for l in o_text.split("\n")) + "\n"
    else:
        text = top + t_hdr + "\n" + o_text + "\n"
    if h_hdr is None:
        return text, None
    ch = comment_html(comment)
    sh = '<div><br></div><div>%s</div>' % sig_html(sig) if sig else ""
    if client.startswith("outlook"):
        hb = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
              '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
              '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
              '<body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
              + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l, quote=False) or "&nbsp;") for l in (comment or "").split("\n"))
              + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              + ("".join('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">%s</span></p>' % html.escape(l, quote=False) for l in sig.split("\n")) if sig else "")
              + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' + h_hdr + o_html + "</div></body></html>")
    elif client.startswith("gmail") or client == "android_gmail":
        hb = '<div dir="ltr">%s%s<br><div class="gmail_quote">%s%s</div></div>' % (ch, sh, h_hdr, o_html)
    elif client in ("apple", "ios"):
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s%s%s<blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>' % (ch, sh, h_hdr, o_html)
    elif client.startswith("thunderbird"):
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body><p>%s</p>%s%s%s</div></body></html>' % (
            ch, ('<div class="moz-signature">-- <br>%s</div>' % sig_html(sig)) if sig else "", h_hdr, o_html)
    elif client == "yahoo":
        hb = '<html><head></head><body><div class="ydp-container" style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;">%s%s</div><div id="yahoo_quoted_1">%s%s</div></div></div></body></html>' % (ch, sh, h_hdr, o_html)
    elif client == "orange":
        hb = '<html><head></head><body><div style="font-family:Arial;font-size:13px">%s%s%s%s</blockquote></div></body></html>' % (ch, sh, h_hdr, o_html)
    elif client.startswith("owa"):
        hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
              '<div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">%s%s</div>%s<div>%s</div></body></html>') % (ch, sh, h_hdr, o_html)
    else:
        hb = '<html><head><meta charset="utf-8"></head><body>%s%s<br>%s<div>%s</div></body></html>' % (ch, sh, h_hdr, o_html)
    return text, hb


# ---------------------------------------------------------------- report layout
def report_headers(n, rep, subject, d, client, extra=()):
    prefix, cs, xm = CLIENT_META.get(client, ("", "utf-8", None))
    hid = hx("report", n)
    dom = rep["email"].split("@")[1]
    hs = [("Return-Path", "<%s>" % rep["email"]),
          ("Received", "from %s (unknown [10.%d.%d.%d])\n\tby mx1.ordre.medecin.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
              "smtp." + dom, int(hid[0:2], 16), int(hid[2:4], 16), int(hid[4:6], 16), hid[6:16].upper(), MAILBOX, rfc(d + dt.timedelta(seconds=2)))),
          ("From", addr(rep["name"], rep["email"])), ("To", MAILBOX)]
    hs += list(extra)
    hs += [("Subject", enc_header(subject)), ("Date", rfc(d)),
           ("Message-ID", "<%s@%s>" % (hid[:24].upper() if client.startswith("outlook") else hid[:28], "mail.gmail.com" if client.startswith("gmail") or client == "android_gmail" else dom)),
           ("MIME-Version", "1.0")]
    if xm:
        hs.append(("X-Mailer", xm))
    if client in UA:
        hs.append(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"))
    if client.startswith("outlook"):
        hs.append(("Thread-Index", "A" + base64.b64encode(bytes.fromhex(hid[:30])).decode()))
        hs.append(("Content-Language", "fr" if client.endswith("fr") else "en-us"))
    return headers(hs)


def fwd_date(o, r):
    d = mkdate(r.get("date") or o["date"])
    if not r.get("date"):
        d = d + dt.timedelta(hours=int(hx(r["n"], "d")[:2], 16) % 40 + 1, minutes=int(hx(r["n"], "m")[:2], 16) % 50)
    return d


def build_report(r):
    n = r["n"]
    rep = REPORTERS[r["rep"]]
    origs = [OBYID[i] for i in r["o"]]
    if r.get("nameonly"):
        origs = [dict(x, nameonly=True) for x in origs]
    o = origs[0]
    style = r["style"]
    client = r.get("client", "")
    comment = r.get("c", "")
    sig = rep.get("sig", "") if not r.get("nosig") else ""
    d = fwd_date(o, r)
    to_addr = rep["email"]
    hid = hx("b", n)
    if style == "direct":
        msg = original_message(dict(o, to=MAILBOX), MAILBOX, n)
        return msg
    if style in ("typed", "pasted"):
        text = r["text"].replace("{body}", o["body"].strip("\n"))
        body = (comment + "\n\n" if comment else "") + text + ("\n\n" + sig if sig else "") + "\n"
        subj = r.get("subj") or "Signalement"
        cs = "utf-8"
        if r.get("html"):
            hb = '<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>") for l in body.split("\n"))
            b = multipart("alternative", [part("text/plain", body), part("text/html", hb)], "000000000000" + hid[:12])
        else:
            b = part("text/plain", body, cte=r.get("cte", "quoted-printable"))
        if r.get("scan"):
            b = multipart("mixed", [b, scan_part(r["scan"])], "mixed_" + hid[:20])
        return report_headers(n, rep, subj, d, client or "plain") + "\n" + b
    if style == "attachment":
        kind = r.get("att", "rfc822")
        subj = r.get("subj") or (("TR: " if kind != "eml_octet" else "Fwd: ") + o["subject"])
        parts = [part("text/plain", (comment or "") + ("\n\n" + sig if sig else "") + "\n")]
        for k, oo in enumerate(origs):
            om = original_message(oo, to_addr, n * 10 + k)
            fname = r.get("fname") or re.sub(r"[^\w\- ]", "", oo["subject"])[:50].strip() + ".eml"
            if kind == "rfc822":
                parts.append("Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename=\"%s\"\n\n%s" % (enc_fname(fname), om))
            else:
                parts.append("Content-Type: application/octet-stream; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n" % (
                    enc_fname(fname), enc_fname(fname), b64(om.encode("utf-8"))))
        b = multipart("mixed", parts, "------------" + hid[:24])
        return report_headers(n, rep, subj, d, client or "thunderbird_fr") + "\n" + b
    # inline forwards
    prefix, cs, _ = CLIENT_META[client]
    subj = r.get("subj") or prefix + o["subject"]
    if len(origs) == 2 and not r.get("nested"):
        t1, h1 = inline_body(client, comment, sig, origs[0], to_addr)
        t2, h2 = inline_body(client, "", "", origs[1], to_addr)
        text = t1 + "\n\n" + t2
        hb = (h1 + "<br><br>" + h2) if h1 and h2 else None
        subj = r.get("subj") or subj
    elif r.get("nested"):
        # the doctor forwarded to a secretary (inner), who forwards to the council (outer)
        inner_rep = REPORTERS[r["nested"]]
        t_in, h_in = inline_body(r["inner_client"], r.get("inner_c", ""), inner_rep.get("sig", ""), o, inner_rep["email"])
        inner_pseudo = {"frm": (inner_rep["name"], inner_rep["email"]), "subject": CLIENT_META[r["inner_client"]][0] + o["subject"],
                        "date": (mkdate(o["date"]) + dt.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")}
        text, hb = inline_body(client, comment, sig, inner_pseudo, to_addr, inner=(t_in, h_in or "<pre>%s</pre>" % html.escape(t_in)))
        subj = r.get("subj") or prefix + inner_pseudo["subject"]
    else:
        text, hb = inline_body(client, comment, sig, o, to_addr, safelinks=r.get("safelinks", False))
    cte = "quoted-printable"
    if r.get("htmlonly") or hb is not None and client == "laposte":
        b = part("text/html", hb, charset=cs, cte=cte)
    elif hb is None:
        b = part("text/plain", text, charset=cs, cte=cte)
    else:
        b = multipart("alternative", [part("text/plain", text, charset=cs, cte=cte),
                                      part("text/html", hb, charset=cs, cte="base64" if client in ("gmail_en", "yahoo") else cte)],
                      boundary_for(client, hid))
    if r.get("scan"):
        b = multipart("mixed", [b, scan_part(r["scan"])], "mixed_" + hid[:20])
    return report_headers(n, rep, subj, d, client) + "\n" + b


def scan_part(name):
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")
    return ("Content-Type: image/png; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (name.replace(".jpg", ".png"), name.replace(".jpg", ".png"), b64(png)))


def enc_fname(f):
    try:
        f.encode("ascii")
        return f
    except UnicodeEncodeError:
        return Header(f, "utf-8").encode()


def boundary_for(client, hid):
    if client.startswith("gmail") or client == "android_gmail":
        return "000000000000" + hid[:12]
    if client.startswith("outlook"):
        return "_000_%s_" % hid[:30].upper()
    if client in ("apple", "ios"):
        return "Apple-Mail-%s-%s" % (hid[:8].upper(), hid[8:12].upper())
    if client.startswith("owa"):
        return "_000_%sPR3P195MB%s_" % (hid[:12].upper(), hid[12:20])
    return "----=_Part_%d_%d.%s" % (int(hid[:4], 16), int(hid[4:10], 16), hid[10:23])


# ---------------------------------------------------------------- decoding for checks
def decoded_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("multipart/"):
            continue
        if ct == "message/rfc822":
            continue
        if ct == "application/octet-stream" and (p.get_filename() or "").endswith(".eml"):
            inner = BytesParser(policy=policy.default).parsebytes(p.get_payload(decode=True))
            out.append(str(inner["From"] or ""))
            out.append(decoded_text(inner))
            continue
        if ct.startswith("text/"):
            out.append(p.get_content())
    for k in ("From", "Reply-To", "Subject"):
        out.append(str(msg.get(k, "")))
    return "\n".join(out)


def main():
    rows = []
    errors = []
    seen = set()
    for o in ORIGINALS:
        assert o["id"] not in seen, o["id"]
        seen.add(o["id"])
        comp = original_domains(o)
        hand = set(filter(None, o["doms"].split(";")))
        if comp != hand:
            errors.append("%s: domains hand %s vs computed %s" % (o["id"], sorted(hand), sorted(comp)))
        ph = set(filter(None, o["phones"].split(";")))
        bp = phones_in(LINK_RE.sub(" ", o["body"])) | set(filter(None, o.get("from_phone", "").split(";")))
        if ph != bp:
            errors.append("%s: phones hand %s vs body %s" % (o["id"], sorted(ph), sorted(bp)))
    used = set()
    for r in REPORTS:
        n = r["n"]
        raw = build_report(r)
        if REPORTS and r["client"] in ("outlook_fr", "outlook_en"):
            try:
                raw.encode("ascii")
            except UnicodeEncodeError as ex:
                errors.append("report %d non-ascii raw: %s" % (n, ex))
        data = raw.encode("utf-8")
        fn = "report_%03d.eml" % n
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        txt = decoded_text(msg)
        origs = [OBYID[i] for i in r["o"]]
        used.update(r["o"])
        order = {"fraud": 3, "spam": 2, "legitimate": 1}
        label = max((o["label"] for o in origs), key=order.get)
        if r["style"] in ("typed", "pasted") and "doms" in r:
            doms = set(filter(None, r["doms"].split(";")))
        else:
            doms = set().union(*[set(filter(None, o["doms"].split(";"))) for o in origs])
        if r["style"] in ("typed", "pasted") and "phones" in r:
            phones = set(filter(None, r["phones"].split(";")))
        else:
            phones = set().union(*[set(filter(None, o["phones"].split(";"))) for o in origs])
        low = txt.lower()
        for dm in doms:
            if dm.lower() not in low:
                errors.append("%s: domain %s absent" % (fn, dm))
        found = phones_in(txt)
        for p in phones:
            if p not in found:
                errors.append("%s: phone %s absent" % (fn, p))
        if r["style"] not in ("typed", "pasted"):
            for o in origs:
                for tok in LINK_RE.findall(o["body"]):
                    url = split_link(tok)[1]
                    from urllib.parse import quote
                    if url not in txt and quote(url if "://" in url else "http://" + url, safe="") not in txt:
                        errors.append("%s: link %s absent" % (fn, url))
        # sender
        sender = ""
        if r["style"] not in ("typed", "pasted") and len(origs) == 1 and not r.get("nameonly") and "@" in origs[0]["frm"][1]:
            sender = origs[0]["frm"][1]
        if len(origs) == 2 and r["style"] not in ("typed", "pasted"):
            sender = ""  # two originals: no single sender
        if r.get("sender") is not None:
            sender = r["sender"]
        if sender and sender.lower() not in low and sender.lower() not in raw.lower():
            errors.append("%s: sender %s absent" % (fn, sender))
        rows.append({"file": fn, "label": label, "campaign": r.get("camp", ""), "sender": sender,
                     "link_domains": ";".join(sorted(doms)), "phones": ";".join(sorted(phones)),
                     "style": r["style"], "lang": origs[0]["lang"], "original": "+".join(r["o"])})
    unused = [o["id"] for o in ORIGINALS if o["id"] not in used]
    if unused:
        errors.append("unused originals: %s" % unused)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    from collections import Counter
    print("reports:", len(rows), "originals:", len(ORIGINALS))
    print("labels:", dict(Counter(r["label"] for r in rows)))
    print("styles:", dict(Counter(r["style"] for r in rows)))
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("orig labels:", dict(Counter(o["label"] for o in ORIGINALS)), "orig lang:", dict(Counter(o["lang"] for o in ORIGINALS)))
    print("clients:", dict(Counter(r.get("client", "") for r in REPORTS)))
    if errors:
        print("ERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
