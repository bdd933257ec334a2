#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py / reports in this file.
Deterministic, stdlib only. Run: python3 build.py"""
import csv, os, re, sys, base64, html, urllib.parse
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from email.generator import BytesGenerator
from email.utils import format_datetime
import io, datetime, hashlib
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from originals import ORIGINALS, REPORTERS, REPORTS, NN

OUT = os.path.dirname(os.path.abspath(__file__))
COUNCIL = f"signalement@cdom{NN}.ordre.medecin.fr"

# Multi-label public suffixes (PSL ICANN section, subset relevant here; medecin.fr is NOT one).
SUFFIXES = {"gouv.fr", "asso.fr", "com.fr", "nom.fr", "tm.fr", "co.uk", "org.uk", "com.br",
            "com.au", "co.in", "com.ng", "co.za", "com.tr", "net.in", "com.cn", "com.hk", "co.nz", "org.nz"}
TLDS = ("fr|com|net|org|eu|io|co|info|biz|xyz|top|online|site|be|ch|de|uk|us|app|live|shop|ru|cn|me|ly|gl|"
        "icu|click|link|cc|pro|health|care|support|services|dev|cloud|store|tech|email|ink|vip|sbs|cfd|"
        "lat|bond|es|it|ma|tn|sn|ci|in|ng|tr|br|au|za|ca|nl|lu|pl|ws|to|gd|page|fit|work|one|life|today|fun|hk|nz")
DOM_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![\w-])" % TLDS, re.I)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+33\s?\(?0?\)?\s?[1-9](?:[\s.-]?\d{2}){4}|0[1-9](?:[\s.-]?\d{2}){4}|\+(?!33)[1-9]\d{0,2}(?:[\s.()-]{0,2}\d){6,12})(?!\d)")

def regdom(host):
    host = host.lower().strip(".")
    parts = host.split(".")
    for i in range(len(parts)):
        suf = ".".join(parts[i:])
        if suf in SUFFIXES:
            return ".".join(parts[max(i-1, 0):])
    return ".".join(parts[-2:])

def e164(s):
    d = re.sub(r"[^\d+]", "", s)
    if d.startswith("+33"):
        d = d[3:]
        if d.startswith("0"):
            d = d[1:]
        return "+33" + d
    if d.startswith("+"):
        return d
    if d.startswith("0") and len(d) == 10:
        return "+33" + d[1:]
    raise ValueError(s)

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]", re.S)

def host_of(url):
    u = url if "://" in url else "http://" + url
    return urllib.parse.urlsplit(u).hostname or ""

def text_of(o, mode="plain"):
    """mode plain: links as 'shown <target>'; pasted: shown text only."""
    def rep(m):
        shown, tgt = m.group(1), m.group(2)
        if mode == "pasted":
            return shown
        if shown == tgt:
            return tgt
        return f"{shown} <{tgt}>"
    return LINK_RE.sub(rep, o["body"])

def html_of(o):
    body = o["body"]
    out = []
    for para in body.split("\n\n"):
        pos = 0; chunk = ""
        for m in LINK_RE.finditer(para):
            chunk += html.escape(para[pos:m.start()], quote=False)
            chunk += f'<a href="{html.escape(m.group(2))}">{html.escape(m.group(1), quote=False)}</a>'
            pos = m.end()
        chunk += html.escape(para[pos:], quote=False)
        out.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    style = o.get("css", "font-family:Arial,sans-serif;font-size:14px;color:#222")
    return f'<div style="{style}">\n' + "\n".join(out) + "\n</div>"

def plain_domains(text):
    return [regdom(m.group(1)) for m in DOM_RE.finditer(text)]

def expected(o, style):
    """link domains the report carries + phones."""
    doms = []
    if style in ("pasted", "typed") or o["kind"] != "mail":
        doms = plain_domains(text_of(o, "pasted"))
    else:
        shown_stripped = LINK_RE.sub(lambda m: " " if DOM_RE.search(m.group(1)) else m.group(1), o["body"])
        doms = [regdom(host_of(m.group(2))) for m in LINK_RE.finditer(o["body"])] + plain_domains(shown_stripped)
    seen = []
    for d in doms:
        if d not in seen:
            seen.append(d)
    phones = []
    for m in PHONE_RE.finditer(text_of(o, "pasted")):
        p = e164(m.group(0))
        if p not in phones:
            phones.append(p)
    return seen, phones

# ---------------------------------------------------------------- dates
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_MON_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
TZ = datetime.timezone(datetime.timedelta(hours=2))

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)

def d_rfc(d): return format_datetime(d)
def d_outlook_fr(d): return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month-1]} {d.year} {d:%H:%M}"
def d_outlook_en(d): return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month-1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
def d_gmail_fr(d): return f"{FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MON_AB[d.month-1]} {d.year} à {d:%H:%M}"
def d_gmail_en(d): return f"{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month-1][:3]} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}"
def d_apple_fr(d): return f"{d.day} {FR_MONTHS[d.month-1]} {d.year} à {d:%H:%M:%S} UTC+2"
def d_tb(d): return f"{d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}"

# ---------------------------------------------------------------- MIME helpers
BCOUNT = [0]
def bnd(tag):
    BCOUNT[0] += 1
    h = hashlib.sha1(f"{tag}-{BCOUNT[0]}".encode()).hexdigest()
    return f"{h[:28]}"

def set_text(msg, text, charset="utf-8", cte="quoted-printable", subtype="plain"):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg.set_content(text, subtype=subtype, charset=charset, cte=cte)

def alt(text, htm, charset="utf-8", tag="alt", bfmt="{}"):
    m = EmailMessage()
    set_text(m, text, charset)
    h = EmailMessage(); set_text(h, htm, charset, subtype="html")
    m.make_alternative()
    m.attach(h)
    m.set_boundary(bfmt.format(bnd(tag)))
    return m

def headers(m, hdrs):
    for k, v in hdrs:
        if v is None:
            continue
        m[k] = v

def addr(name, a):
    if not a:
        return name
    if not name:
        return a
    if re.search(r'[,.;:()"]', name):
        return f'"{name}" <{a}>'
    return f"{name} <{a}>"

def original_message(o, rep):
    """the original as a full MIME message (for attachments / direct)."""
    d = dt(o["date"])
    to = rep["addr"] if rep else COUNCIL
    if o.get("html_only"):
        m = EmailMessage(); set_text(m, html_of(o), subtype="html")
    else:
        m = alt(text_of(o), html_of(o), tag="orig" + o["id"], bfmt="----=_Part_{}")
    host = (o["addr"] or "x@unknown.example").split("@")[1]
    hd = [("Return-Path", f"<{o.get('return_path') or o['addr']}>"),
          ("Received", f"from {o.get('relay', 'mail.' + host)} ([{o.get('ip', '185.23.114.7')}]) by mx.{rep['addr'].split('@')[1] if rep else 'ordre.medecin.fr'} with ESMTPS; {d_rfc(d)}"),
          ("From", addr(o["name"], o["addr"])), ("Reply-To", o.get("reply_to")), ("To", o.get("to") or to),
          ("Subject", o["subject"]), ("Date", d_rfc(d)),
          ("Message-ID", f"<{hashlib.md5(o['id'].encode()).hexdigest()[:20]}@{host}>"), ("MIME-Version", "1.0")]
    body_m = m
    out = EmailMessage()
    headers(out, hd)
    # move content from body_m into out
    for k, v in body_m.items():
        if k.lower() in ("content-type", "content-transfer-encoding"):
            out[k] = v
    if body_m.is_multipart():
        out.set_payload(body_m.get_payload())
        out.set_boundary(body_m.get_boundary())
    else:
        out.set_payload(body_m.get_payload())
    del out["MIME-Version"]; out["MIME-Version"] = "1.0"
    return out

def to_bytes(m):
    b = io.BytesIO()
    BytesGenerator(b, policy=policy.default.clone(linesep="\n", max_line_length=998)).flatten(m)
    return b.getvalue()


def main():
    from forwards import render_report
    byid = {o["id"]: o for o in ORIGINALS}
    assert len(byid) == len(ORIGINALS), "dup ids"
    used = {}
    for r in REPORTS:
        for oid in r["orig"]:
            used[oid] = used.get(oid, 0) + 1
    missing = [o["id"] for o in ORIGINALS if o["id"] not in used]
    assert not missing, missing
    rows = []
    errors = []
    for i, r in enumerate(REPORTS, 1):
        fn = f"report_{i:03d}.eml"
        origs = [byid[x] for x in r["orig"]]
        rep = REPORTERS[r["rep"]] if r.get("rep") is not None else None
        msg, shows_sender = render_report(i, r, origs, rep)
        data = to_bytes(msg)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        # checks
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        alltext = flatten_text(parsed)
        norm = re.sub(r"\s+", " ", html.unescape(alltext))
        digits_text = re.sub(r"[\s.\-()]", "", html.unescape(alltext))
        doms, phones, senders = [], [], []
        for o in origs:
            for o_ in [o]:
                if "@" in LINK_RE.sub("", o_["body"]):
                    errors.append(f"{fn}: '@' in body of {o_['id']}")
            dd, pp = expected(o, r["style"])
            for d_ in dd:
                if d_ not in doms: doms.append(d_)
            for p in pp:
                if p not in phones: phones.append(p)
            if shows_sender and o["kind"] == "mail" and o["addr"]:
                senders.append(o["addr"])
        for d_ in doms:
            if d_.lower() not in norm.lower():
                errors.append(f"{fn}: domain {d_} not in report")
        for p in phones:
            nat = "0" + p[3:] if p.startswith("+33") else p
            if nat not in digits_text and p not in digits_text and p[1:] not in digits_text:
                errors.append(f"{fn}: phone {p} not in report")
        # every link (href) in report's original portion is covered
        for o in origs:
            if o["kind"] == "mail" and r["style"] not in ("pasted", "typed"):
                for m in LINK_RE.finditer(o["body"]):
                    if regdom(host_of(m.group(2))) not in doms:
                        errors.append(f"{fn}: link {m.group(2)} uncovered")
        for s in senders:
            if s.lower() not in norm.lower():
                errors.append(f"{fn}: sender {s} not shown")
        labs = [o["label"] for o in origs]
        label = "fraud" if "fraud" in labs else ("spam" if "spam" in labs else "legitimate")
        camp = ""
        if len(origs) == 1 and used[origs[0]["id"]] > 1:
            camp = origs[0].get("campaign") or ("camp_" + origs[0]["id"])
        langs = sorted({o["lang"] for o in origs})
        rows.append(dict(file=fn, label=label, campaign=camp, sender=";".join(senders),
                         link_domains=";".join(doms), phones=";".join(phones), style=r["style"],
                         lang=langs[0] if len(langs) == 1 else origs[0]["lang"], original="+".join(r["orig"])))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "label", "campaign", "sender", "link_domains", "phones", "style", "lang", "original"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # stats
    from collections import Counter
    print("reports", len(rows), "originals", len(ORIGINALS))
    print("labels(reports)", Counter(r["label"] for r in rows))
    print("labels(originals)", Counter(o["label"] for o in ORIGINALS), "lang(originals)", Counter(o["lang"] for o in ORIGINALS))
    print("styles", Counter(r["style"] for r in rows))
    print("lang(reports)", Counter(r["lang"] for r in rows))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

def flatten_text(m):
    out = []
    for part in m.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            pass  # walk() descends
        elif part.get_filename() and part.get_filename().endswith(".eml"):
            sub = BytesParser(policy=policy.default).parsebytes(part.get_payload(decode=True))
            out.append(flatten_text(sub))
            for k in ("From", "Reply-To"):
                if sub[k]: out.append(str(sub[k]))
    for part in m.walk():
        for k in ("From", "Reply-To", "Subject"):
            if part[k]: out.append(str(part[k]))
    return "\n".join(out)

if __name__ == "__main__":
    main()
