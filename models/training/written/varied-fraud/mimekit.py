"""Layout helpers: originals -> MIME, forwards as produced by real mail clients.
Stdlib only, deterministic (no clock, no random)."""
import base64
import hashlib
import html
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

# ---------------------------------------------------------------- domains / phones
SUFFIX2 = {"gouv.fr", "medecin.fr", "com.fr", "asso.fr", "co.uk", "ac.uk", "org.uk",
           "com.br", "co.za", "com.ng", "web.app", "pages.dev", "r2.dev", "github.io",
           "netlify.app", "vercel.app", "blogspot.com", "azurewebsites.net", "wixsite.com",
           "herokuapp.com", "firebaseapp.com", "workers.dev", "glitch.me", "com.tr", "co.in"}


def host_of(url):
    u = url.strip()
    if "://" not in u:
        u = "http://" + u
    h = u.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    h = h.split("@")[-1].split(":")[0].lower().strip(".")
    return h


def etld1(url):
    h = host_of(url)
    parts = h.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in SUFFIX2:
        return ".".join(parts[-3:])
    # three-label suffixes used here
    return ".".join(parts[-2:])


SAFE = "https://eur{n:02d}.safelinks.protection.outlook.com/?url={u}&data=05%7C02%7C{d}%7C{h}%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C63866{n:04d}{t}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata={s}%3D&reserved=0"


def safelink(url, n, rcpt):
    from urllib.parse import quote
    hh = hashlib.md5((url + str(n)).encode()).hexdigest()
    return SAFE.format(n=(n % 5) + 1, u=quote(url, safe=""), d=quote(rcpt, safe=""),
                       h=hh[:32], t=hh[:8].translate(str.maketrans("abcdef", "123456")),
                       s=base64.b64encode(bytes.fromhex(hh)).decode().rstrip("=").replace("+", "%2B").replace("/", "%2F"))


# ---------------------------------------------------------------- dates
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def parse_date(s):
    """'2025-03-12 09:14 +0100' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    dt = datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off))
    return dt


def fdate(dt, fmt):
    wd, mo = dt.weekday(), dt.month - 1
    off = int(dt.utcoffset().total_seconds() // 3600)
    sec = (dt.minute * 7 + dt.hour * 13) % 60
    if fmt == "rfc":
        return format_datetime(dt)
    if fmt == "gmail_fr":
        return f"{JOURS[wd][:3]}. {dt.day} {MOIS_ABR[mo]} {dt.year} à {dt:%H:%M}"
    if fmt == "gmail_en":
        h12 = dt.hour % 12 or 12
        return f"{DAYS[wd][:3]}, {MONTHS[mo][:3]} {dt.day}, {dt.year} at {h12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    if fmt == "outlook_fr":
        return f"{JOURS[wd]} {dt.day} {MOIS[mo]} {dt.year} {dt:%H:%M}"
    if fmt == "outlook_en":
        h12 = dt.hour % 12 or 12
        return f"{DAYS[wd]}, {MONTHS[mo]} {dt.day}, {dt.year} {h12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    if fmt == "apple":
        return f"{dt.day} {MOIS[mo]} {dt.year} à {dt:%H:%M}:{sec:02d} UTC{off:+d}"
    if fmt == "yahoo":
        return f"{JOURS[wd]} {dt.day} {MOIS[mo]} {dt.year} à {dt:%H:%M}:{sec:02d} UTC{off:+d}"
    if fmt == "orange":
        return f"{dt:%d/%m/%y %H:%M}"
    if fmt == "sfr":
        return f"{dt:%d/%m/%Y %H:%M}"
    if fmt == "zimbra":
        return f"{JOURS[wd].capitalize()} {dt.day} {MOIS[mo].capitalize()} {dt.year} {dt:%H:%M}:{sec:02d}"
    if fmt == "samsung":
        return f"{dt:%d/%m/%Y %H:%M} (GMT{off:+03d}:00)"
    if fmt == "tb":
        return format_datetime(dt)
    raise ValueError(fmt)


# ---------------------------------------------------------------- original rendering
LINK_RE = re.compile(r"\[\[(\d+)\]\]")


def is_url_text(t):
    return bool(re.match(r"^(https?://|www\.)", t.strip()))


def body_text(o, mode="full"):
    """mode full: 'shown <target>' ; visible: shown text only."""
    def rep(m):
        txt, url = o["links"][int(m.group(1))]
        if mode == "visible":
            return txt
        if txt.strip().rstrip("/") == url.strip().rstrip("/"):
            return url
        return f"{txt} <{url}>"
    return LINK_RE.sub(rep, o["body"])


def body_html(o, rewrite=None):
    out = []
    for para in o["body"].split("\n\n"):
        esc = html.escape(para, quote=False)

        def rep(m):
            txt, url = o["links"][int(m.group(1))]
            href = rewrite(url) if rewrite else url
            style = ' style="color:#1a5fb4"' if not is_url_text(txt) else ""
            return f'<a href="{html.escape(href)}"{style}>{html.escape(txt, quote=False)}</a>'
        esc = LINK_RE.sub(rep, esc).replace("\n", "<br>\n")
        out.append(f"<p>{esc}</p>")
    head = ""
    if o.get("banner"):
        head = (f'<div style="background:{o.get("color") or "#003b80"};color:#fff;padding:12px 18px;'
                f'font-size:18px;font-weight:bold">{html.escape(o["banner"])}</div>\n')
    return (f'<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:640px">\n'
            + head + "\n".join(out) + "\n</div>")


def links_visible(o):
    """links that survive a plain visible-text paste: those whose shown text is a URL"""
    res = []
    for txt, url in o["links"]:
        if is_url_text(txt):
            res.append(txt if "://" in txt else "http://" + txt)
    return res


# ---------------------------------------------------------------- MIME primitives
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def qp(text, charset="utf-8", errors="strict"):
    data = text.encode(charset, errors=errors)
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, content, charset="utf-8", cte="quoted-printable", extra=""):
    ct = f"{ctype}; charset=\"{charset}\"" if ctype.startswith("text/") else ctype
    if cte == "quoted-printable":
        payload = qp(content, charset, "xmlcharrefreplace" if ctype == "text/html" else "replace")
    elif cte == "base64":
        payload = b64(content.encode(charset) if isinstance(content, str) else content)
    else:
        payload = content
    return f"Content-Type: {ct}{extra}\nContent-Transfer-Encoding: {cte}\n\n{payload}\n"


def multipart(sub, boundary, parts, preamble=""):
    s = f"Content-Type: multipart/{sub};\n boundary=\"{boundary}\"\n\n"
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{boundary}\n{p}"
    s += f"--{boundary}--\n"
    return s


def hid(*a):
    return hashlib.md5("|".join(str(x) for x in a).encode()).hexdigest()


def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
