#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the unseen_c acceptance set: report_NNN.eml + labels.csv, then self-check.
stdlib only, deterministic. Never imports or runs the classifier."""
import base64, csv, hashlib, html, io, os, quopri, re, sys, urllib.parse
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parsedate_to_datetime, format_datetime
from datetime import timedelta
from originals import O
from plan import PLAN, REPORTERS, CAMPAIGNS, MAILBOX

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- registered domains (PSL, ICANN part)
_FALLBACK = """fr gouv.fr asso.fr com.fr com net org info io eu biz xyz top click shop online app me co
us uk co.uk ac.uk gov nih.gov ru dev help store ly site""".split()
def _load_psl():
    rules = set()
    path = "/usr/share/publicsuffix/public_suffix_list.dat"
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if "===BEGIN PRIVATE DOMAINS===" in line:
                break
            if line and not line.startswith("//"):
                rules.add(line)
    else:
        rules.update(_FALLBACK)
    # brief's convention: medecin.fr is a registered domain (ordre.medecin.fr -> medecin.fr)
    rules.discard("medecin.fr")
    return rules
PSL = _load_psl()

def regdom(host):
    host = host.lower().strip(".")
    labels = host.split(".")
    best = 1
    for i in range(len(labels)):
        cand = ".".join(labels[i:])
        if cand in PSL or ("*." + ".".join(labels[i + 1:])) in PSL:
            best = len(labels) - i
            break
    if best >= len(labels):
        return host
    return ".".join(labels[-(best + 1):])

def host_of(url):
    u = url if re.match(r"^[a-z]+://", url) else "http://" + url
    return urllib.parse.urlsplit(u).hostname or ""

URLISH = re.compile(r"^(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?$", re.I)

# ---------------------------------------------------------------- helpers
def token(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:10]

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")

def qp(text, cs="utf-8"):
    raw = text.encode(cs, errors="xmlcharrefreplace" if cs != "utf-8" else "strict")
    return quopri.encodestring(raw).decode("ascii")

def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def leaf(ctype, text, cs="utf-8", extra=""):
    if cs == "windows-1252":
        text = text.replace("\U0001f4c4", "?").replace("\U0001f393", "?")
    return ("Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            % (ctype, cs, extra, qp(text, cs)))

def multi(kind, boundary, parts):
    out = "Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (kind, boundary)
    for p in parts:
        out += "--%s\n%s" % (boundary, p)
    return out + "--%s--\n" % boundary

def safelink(url, n):
    return ("https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C0%%7C0&sdata=%s&reserved=0"
            % (n % 5 + 1, urllib.parse.quote(url, safe=""), token("d", url), token("s", url)))

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def dfr(d, style):
    if style == "outlook":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MON[d.month - 1], d.year, d.hour, d.minute)
    if style == "gmail":
        ab = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()][:3] + ".", d.day, ab[d.month - 1], d.year, d.hour, d.minute)
    if style == "apple":
        return "%d %s %d à %02d:%02d:%02d UTC+%d" % (d.day, FR_MON[d.month - 1], d.year, d.hour, d.minute, d.second, d.utcoffset().seconds // 3600)
    if style == "yahoo":
        return "%s %d %s %d à %02d:%02d:%02d UTC+%d" % (FR_DAYS[d.weekday()], d.day, FR_MON[d.month - 1], d.year, d.hour, d.minute, d.second, d.utcoffset().seconds // 3600)
    if style == "zimbra":
        return "%s %d %s %d %02d:%02d:%02d" % (FR_DAYS[d.weekday()].capitalize(), d.day, FR_MON[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second)
    if style == "short":
        return "%02d/%02d/%02d %02d:%02d" % (d.day, d.month, d.year % 100, d.hour, d.minute)
    if style == "android":
        return "%02d/%02d/%d %02d:%02d (GMT+%02d:00)" % (d.day, d.month, d.year, d.hour, d.minute, d.utcoffset().seconds // 3600)
    raise ValueError(style)

def den(d, style):
    h12 = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if style == "outlook":
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12, d.minute, ap)
    if style == "gmail":
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12, d.minute, ap)
    raise ValueError(style)

# ---------------------------------------------------------------- original rendering
def body_of(o, var, mode, sl=None):
    """mode: text (shown <href>), paste (shown only), html."""
    text = o["body"].replace("{G}", var["G"])
    if mode == "html":
        text = html.escape(text, quote=False)
    for i, (shown, href) in enumerate(o["links"]):
        href = href.replace("{T}", var["T"])
        if sl is not None:
            href = safelink(href, sl)
        if mode == "paste":
            rep = shown
        elif mode == "text":
            rep = shown if shown == href else "%s <%s>" % (shown, href)
        else:
            rep = '<a href="%s">%s</a>' % (html.escape(href), html.escape(shown))
        text = text.replace("{L%d}" % i, rep)
    text = text.replace("{T}", var["T"])
    if mode == "html":
        paras = [p.replace("\n", "<br>\n") for p in text.split("\n\n")]
        text = "\n".join("<p>%s</p>" % p for p in paras)
    return text

def orig_mime(o, var, to, bnd):
    d = var["date"]
    h = []
    h.append("Return-Path: <%s>" % (o["reply_to"] and o["addr"] or o["addr"]))
    relay = host_of("x@" + o["addr"]) if False else o["addr"].split("@")[1]
    h.append("Received: from mail.%s (mail.%s [%s])\n\tby mx.ordre.medecin.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (relay, relay, "185.%d.%d.%d" % tuple(int(token(o["id"], k)[:2], 16) for k in "abc"),
                token(o["id"], var["T"]).upper()[:9], to, o["date"]))
    h.append("From: %s" % addr(o["name"], o["addr"]))
    if o["reply_to"]:
        h.append("Reply-To: %s" % o["reply_to"])
    h.append("To: %s" % to)
    h.append("Subject: %s" % hdr(o["subj"]))
    h.append("Date: %s" % o["date"])
    h.append("Message-ID: <%s.%s@%s>" % (token("mid", o["id"]), var["T"], relay))
    if o.get("xmailer"):
        h.append("X-Mailer: %s" % o["xmailer"])
    h.append("MIME-Version: 1.0")
    if o["html"]:
        hb = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n%s\n</body></html>" % body_of(o, var, "html")
        body = multi("alternative", bnd, [leaf("text/plain", body_of(o, var, "text")), leaf("text/html", hb)])
    else:
        body = leaf("text/plain", body_of(o, var, "text"))
    return "\n".join(h) + "\n" + body

# ---------------------------------------------------------------- quoted header blocks
def qhead_text(client, o, var, to):
    d = parsedate_to_datetime(o["date"])
    n, a, s = o["name"], var["shown_addr"], o["subj"]
    na = ("%s <%s>" % (n, a)) if a else n
    if client == "gmail_fr":
        return "---------- Message transféré ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: <%s>\n" % (na, dfr(d, "gmail"), s, to)
    if client == "gmail_en":
        return "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n" % (na, den(d, "gmail"), s, to)
    if client in ("outlook_fr", "owa_fr"):
        pre = "________________________________\n" if client == "owa_fr" else ""
        return pre + "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (na, dfr(d, "outlook"), to, s)
    if client == "outlook_en":
        return "From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (na, den(d, "outlook"), to, s)
    if client == "legacy":
        na = ("%s [mailto:%s]" % (n, a)) if a else n
        return "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (na, dfr(d, "outlook"), to, s)
    if client in ("apple", "iphone"):
        return "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n" % (na, s, dfr(d, "apple"), to)
    if client == "tb_fr":
        return "-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n" % (s, o["date"], na, to)
    if client == "tb_en":
        return "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n" % (s, o["date"], na, to)
    if client == "yahoo":
        return "----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n" % (na, to, dfr(d, "yahoo"), s)
    if client == "orange":
        return "> Message du %s\n> De : \"%s\" <%s>\n> A : %s\n> Copie à : \n> Objet : %s\n>" % (dfr(d, "short"), n, a, to, s)
    if client == "sfr":
        return "----- Mail d'origine -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n" % (na, to, dfr(d, "zimbra"), s)
    if client == "laposte":
        return "-------- Message original --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (na, dfr(d, "short"), to, s)
    if client == "free":
        return "----- Mail transféré -----\nDe: \"%s\" <%s>\nÀ: %s\nEnvoyé: %s\nObjet: %s\n" % (n, a, to, dfr(d, "zimbra"), s)
    if client == "android":
        return "-------- Message d'origine --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (na, dfr(d, "android"), to, s)
    raise ValueError(client)

def qhead_html(client, o, var, to):
    t = qhead_text(client, o, var, to)
    lines = [html.escape(l) for l in t.rstrip("\n").split("\n")]
    if client.startswith("gmail"):
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>'
                % "<br>".join(lines))
    if client in ("outlook_fr", "outlook_en"):
        rows = []
        for l in lines:
            k, _, v = l.partition(" : " if client == "outlook_fr" else ": ")
            rows.append("<b>%s%s</b> %s" % (k, "&nbsp;:" if client == "outlook_fr" else ":", v))
        return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                "<p class=MsoNormal><b><span lang=FR>%s</span></b></p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                % "<br>".join(rows)).replace("<b><span lang=FR><b>", "<b><span lang=FR><b>")
    if client == "owa_fr":
        rows = ["<b>%s :</b> %s" % tuple(l.split(" : ", 1)) for l in lines[1:]]
        return ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>'
                % "<br>".join(rows))
    if client in ("apple", "iphone"):
        rows = lines[2:]
        return ('<div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br>'
                '<div style="margin:0">%s</div><br>' % "<br>".join("<b>" + r.replace(": ", ":</b> ", 1) for r in rows))
    if client in ("tb_fr", "tb_en"):
        return ('<div class="moz-forward-container"><br><br>%s<br><br>' % "<br>".join(lines))
    if client == "yahoo":
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#26282a;">%s<br><br>'
                % (token(o["id"], to), "<br>".join(lines)))
    return "<div>%s<br><br>" % "<br>".join(lines)

CLOSERS = {"gmail_fr": "</div>", "gmail_en": "</div>", "apple": "</blockquote></div>", "iphone": "</blockquote></div>",
           "tb_fr": "</div>", "tb_en": "</div>", "yahoo": "</div></div>"}

MAILERS = {
    "gmail_fr": ("", "Fwd: "), "gmail_en": ("", "Fwd: "),
    "outlook_fr": ("X-Mailer: Microsoft Outlook 16.0", "TR: "), "outlook_en": ("X-Mailer: Microsoft Outlook 16.0", "FW: "),
    "owa_fr": ("X-MS-Exchange-Organization-SCL: 1", "TR: "), "legacy": ("X-Mailer: Microsoft Office Outlook 12.0", "TR: "),
    "apple": ("X-Mailer: Apple Mail (2.3826.500.181.1.5)", "Fwd: "), "iphone": ("X-Mailer: iPhone Mail (22B91)", "Fwd: "),
    "tb_fr": ("User-Agent: Mozilla Thunderbird", "Fwd: "), "tb_en": ("User-Agent: Mozilla Thunderbird", "Fwd: "),
    "yahoo": ("X-Mailer: WebService/1.1.23187 YMailNorrin", "Fwd: "), "orange": ("X-Originating-IP: [90.12.44.8]\nX-Mailer: Orange Messagerie", "TR : "),
    "sfr": ("X-Mailer: Zimbra 8.8.15_GA (SFR Mail)", "Tr: "), "laposte": ("X-Mailer: Laposte.net Webmail", "TR: "),
    "free": ("X-Mailer: Zimbra 9.0.0_GA (Free webmail)", "Tr: "), "android": ("X-Mailer: Samsung Email", "Fwd: "),
}

def outer_headers(rep, subj, date, mid, extra_hdr, to=None):
    h = ["From: %s" % addr(rep["name"], rep["addr"]), "To: %s" % (to or MAILBOX),
         "Subject: %s" % hdr(subj), "Date: %s" % format_datetime(date), "Message-ID: <%s>" % mid]
    if extra_hdr:
        h.append(extra_hdr)
    h.append("MIME-Version: 1.0")
    return "\n".join(h) + "\n"

def html_wrap(client, inner):
    if client.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
                '<body lang=FR link="#0563C1" vlink="#954F72"><div class=WordSection1>%s</div></body></html>' % inner)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s</body></html>' % inner

def txt2html(t):
    return "<br>\n".join(html.escape(t).split("\n"))

# ---------------------------------------------------------------- reports
def build_one(n, entry):
    ids, client, rkey, comment = entry[0], entry[1], entry[2], entry[3]
    opt = entry[4] if len(entry) > 4 else {}
    rep = REPORTERS[rkey]
    origs = [O[i] for i in ids.split("+")]
    sig = rep.get("sig", "")
    fullc = comment + ("\n\n" if comment and sig else "") + sig
    o = origs[0]
    base = parsedate_to_datetime(o["date"]) if o["date"] else parsedate_to_datetime(opt["date"])
    date = base + timedelta(hours=1 + (n * 7) % 50, minutes=(n * 13) % 60)
    mid = "%s@%s" % (token("rep", n), rep["addr"].split("@")[1])
    bnd = lambda k: "----=_Part_%d_%s.%s" % (n, k, token(n, k))
    sn = rep["name"].split()[-1]
    greet = opt.get("G")
    var = {"T": token(o["id"], n) if o["id"].startswith("c") else "a3f09",
           "G": greet if greet is not None else o["G"], "date": date,
           "shown_addr": None if opt.get("nameonly") else o["addr"]}
    if o["id"].startswith("c") and greet is None and o["G"] in ("Bonjour,", "Hello,") and n % 2:
        var["G"] = ("Bonjour Docteur %s," if o["lang"] == "fr" else "Dear Dr %s,") % sn
    to_orig = rep["addr"]
    style = opt.get("style")
    carried = "full"
    if client == "direct":
        style = "direct"
        raw = orig_mime(o, var, MAILBOX, bnd("d")).replace("To: %s" % rep["addr"], "To: %s" % MAILBOX)
    elif client in ("attach", "octet"):
        style = "attachment"
        mua = opt.get("mua", "tb")
        parts = [leaf("text/plain", fullc + "\n", extra="; format=flowed" if mua == "tb" else "")]
        for k, oo in enumerate(origs):
            v2 = dict(var); v2["T"] = var["T"]
            om = orig_mime(oo, v2, to_orig, bnd("o%d" % k))
            fname = re.sub(r"[^A-Za-z0-9]+", "_", oo["subj"])[:40] + ".eml"
            if client == "attach":
                parts.append("Content-Type: message/rfc822; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n\n%s"
                             % (fname, fname, om))
            else:
                parts.append("Content-Type: application/octet-stream; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n"
                             % (fname, fname, b64(om.replace("\n", "\r\n").encode("ascii"))))
        xm = {"tb": "User-Agent: Mozilla Thunderbird", "outlook": "X-Mailer: Microsoft Outlook 16.0", "gmail": ""}[mua]
        subj = ("Fwd: " if mua != "outlook" else "TR: ") + (origs[0]["subj"] if len(origs) == 1 else "deux messages suspects")
        if opt.get("subj"):
            subj = opt["subj"]
        raw = outer_headers(rep, subj, date, mid, xm) + multi("mixed", bnd("m"), parts)
    elif client in ("pasted", "typed"):
        style = client
        env = opt.get("env", rep["client"])
        if client == "pasted":
            body = comment + "\n\n" + "\n\n".join(opt.get("pre", "") + body_of(oo, var, "paste") for oo in origs) + ("\n\n" + opt["post"] if opt.get("post") else "") + ("\n\n" + sig if sig else "")
            subj = opt.get("subj", "message suspect")
        else:
            body = "\n\n".join(oo["typed"][opt.get("k", 0)] for oo in origs) + ("\n\n" + sig if sig else "")
            subj = opt.get("subj", "signalement")
        xm = MAILERS.get(env, ("", ""))[0]
        cs = "windows-1252" if env.startswith("outlook") else "utf-8"
        if env.startswith(("gmail", "outlook", "owa", "apple", "iphone", "yahoo")):
            hb = html_wrap(env, "<div>%s</div>" % txt2html(body))
            payload = multi("alternative", bnd("a"), [leaf("text/plain", body, cs), leaf("text/html", hb, cs)])
        else:
            payload = leaf("text/plain", body, cs)
        raw = outer_headers(rep, subj, date, mid, xm) + payload
        carried = client
    elif client == "nested":
        style = "inline"
        sec = REPORTERS[opt["by"]]
        inner_client = rep["client"]
        t_inner = fullc + "\n\n" + qhead_text(inner_client, o, var, to_orig) + "\n" + body_of(o, var, "text")
        d1 = date - timedelta(minutes=35)
        outer_q = "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s%s\n" % (rep["name"], rep["addr"], dfr(d1, "outlook"), sec["addr"], MAILERS[inner_client][1], o["subj"])
        stext = opt["sec_comment"] + "\n\n" + sec.get("sig", "") + "\n\n" + outer_q + "\n" + t_inner
        h_inner = (txt2html(fullc) + qhead_html(inner_client, o, var, to_orig) + body_of(o, var, "html") + CLOSERS.get(inner_client, "</div>"))
        shtml = html_wrap("outlook_fr", "<p class=MsoNormal>%s</p><p class=MsoNormal>%s</p>%s%s" % (
            txt2html(opt["sec_comment"]), txt2html(sec.get("sig", "")),
            qhead_html("outlook_fr", {"date": format_datetime(d1), "name": rep["name"], "subj": MAILERS[inner_client][1] + o["subj"], "id": "x"}, {"shown_addr": rep["addr"]}, sec["addr"]),
            h_inner))
        payload = multi("alternative", bnd("a"), [leaf("text/plain", stext, "windows-1252"), leaf("text/html", shtml, "windows-1252")])
        raw = outer_headers(sec, "TR: " + MAILERS[inner_client][1] + o["subj"], date, mid, "X-Mailer: Microsoft Outlook 16.0") + payload
    else:
        style = "inline"
        xm, pre = MAILERS[client]
        sl = n if opt.get("safelinks") else None
        cs = "windows-1252" if client.startswith("outlook") or client == "legacy" else "utf-8"
        texts, htmls = [], []
        for oo in origs:
            qt = qhead_text(client, oo, var if oo is o else dict(var, shown_addr=oo["addr"]), to_orig)
            bt = body_of(oo, var, "text", sl)
            if client == "orange":
                bt = "\n".join("> " + l if l else ">" for l in bt.split("\n"))
            texts.append(qt + "\n" + bt)
            htmls.append(qhead_html(client, oo, var if oo is o else dict(var, shown_addr=oo["addr"]), to_orig) + body_of(oo, var, "html", sl) + CLOSERS.get(client, "</div>"))
        top = fullc
        if client == "iphone":
            top = comment + ("\n\n" if comment else "") + "Envoyé de mon iPhone"
        if client == "android":
            top = comment + ("\n\n" if comment else "") + "\n\nEnvoyé depuis mon appareil Galaxy"
        text = top + "\n\n" + "\n\n".join(texts) + ("\n" + sig if client in ("iphone",) and sig and False else "")
        hbody = html_wrap(client, "<div>%s</div>" % txt2html(top) + "".join(htmls))
        if opt.get("htmlonly"):
            payload = leaf("text/html", hbody, cs)
        elif client in ("orange", "sfr", "laposte", "free", "legacy") or opt.get("textonly"):
            payload = leaf("text/plain", text, cs)
        else:
            payload = multi("alternative", bnd("a"), [leaf("text/plain", text, cs), leaf("text/html", hbody, cs)])
        subj = pre + (o["subj"] if len(origs) == 1 else opt.get("subj", o["subj"]))
        raw = outer_headers(rep, subj, date, mid, xm) + payload
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
    return raw, style, var, carried

# ---------------------------------------------------------------- expected values
def expected(origs, var, carried, rep_text):
    doms, phones = [], []
    for o in origs:
        cands = []
        for shown, href in o["links"]:
            href = href.replace("{T}", var["T"])
            if carried == "full":
                cands.append(href)
            # a URL shown as the text of a link to elsewhere is the link's display, not a link of its
            # own, when the link itself is carried (convention of the project's other sets)
            if URLISH.match(shown) and carried != "full":
                cands.append(shown)
        cands += o["tdoms"]
        for c in cands:
            if carried == "typed" and host_of(c) not in rep_text:
                continue
            r = regdom(host_of(c))
            if r not in doms:
                doms.append(r)
        digits = re.sub(r"\D", "", rep_text)
        for p in o["phones"]:
            nat = "0" + p[3:] if p.startswith("+33") else p[1:]
            if nat in digits or p[1:] in digits:
                phones.append(p)
            elif carried != "typed":
                raise SystemExit("phone %s missing for %s" % (p, o["id"]))
    return doms, phones

def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            pass  # walk() descends into it
        elif ct == "application/octet-stream":
            inner = BytesParser(policy=policy.default).parsebytes(part.get_payload(decode=True))
            out.append(all_text(inner))
            out.append(str(inner["From"]))
        for k in ("From", "Reply-To", "Subject"):
            if part[k]:
                out.append(str(part[k]))
    return "\n".join(out)

def main():
    rows = []
    counts = {}
    use = {}
    for e in PLAN:
        for i in e[0].split("+"):
            use[i] = use.get(i, 0) + 1
    for n, e in enumerate(PLAN, 1):
        raw, style, var, carried = build_one(n, e)
        fn = "report_%03d.eml" % n
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        text = all_text(msg)
        html_unesc = html.unescape(text)
        origs = [O[i] for i in e[0].split("+")]
        doms, phones = expected(origs, var, carried, html_unesc)
        for dm in doms:
            if dm not in html_unesc and urllib.parse.quote(dm) not in text:
                raise SystemExit("%s: domain %s not in report" % (fn, dm))
        if carried == "full":
            for o in origs:
                for shown, href in o["links"]:
                    if regdom(host_of(href.replace("{T}", var["T"]))) not in doms:
                        raise SystemExit("%s: link %s not covered" % (fn, href))
        sev = {"fraud": 3, "spam": 2, "legitimate": 1}
        lab = max((o["label"] for o in origs), key=lambda l: sev[l])
        main_o = max(origs, key=lambda o: sev[o["label"]])
        show_sender = style in ("attachment", "direct") or (style == "inline" and not (len(e) > 4 and e[4].get("nameonly")))
        sender = main_o["addr"] if (show_sender and main_o["addr"]) else ""
        if sender and sender not in text:
            raise SystemExit("%s: sender missing" % fn)
        camp = ""
        if len(origs) == 1 and use[e[0]] > 1:
            camp = CAMPAIGNS[e[0]]
        langs = sorted(set(o["lang"] for o in origs))
        rows.append([fn, lab, camp, sender, ";".join(doms), ";".join(phones), style, "+".join(langs), e[0]])
        counts[(lab, style, "+".join(langs))] = counts.get((lab, style, "+".join(langs)), 0) + 1
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"])
        w.writerows(rows)
    # sanity: weekday of original dates
    for o in O.values():
        if o["date"]:
            d = parsedate_to_datetime(o["date"])
            if o["date"][:3] != format_datetime(d)[:3]:
                raise SystemExit("bad weekday in %s" % o["id"])
    unused = sorted(set(O) - set(use))
    if unused:
        raise SystemExit("unused originals: %s" % unused)
    for k in sorted(counts):
        print(k, counts[k])
    print(len(rows), "reports,", len(use), "originals")

if __name__ == "__main__":
    main()
