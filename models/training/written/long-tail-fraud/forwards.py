"""Report layouts of the mail clients doctors use (deterministic)."""
import html, hashlib, re, urllib.parse, datetime
from email.message import EmailMessage
import build as B

H = html.escape

def esc_lines(t):
    return "<br>\n".join(H(x, quote=False) for x in t.split("\n"))

def safelink(url):
    return ("https://eur03.safelinks.protection.outlook.com/?url=" + urllib.parse.quote(url, safe="")
            + "&data=05%7C02%7C%7C" + hashlib.md5(url.encode()).hexdigest()[:24] + "%7C0&reserved=0")

def orig_html(o, safe=False):
    h = B.html_of(o)
    if safe:
        h = re.sub(r'href="([^"]+)"', lambda m: 'href="' + H(safelink(html.unescape(m.group(1)))) + '"', h)
    return h

def orig_text(o, safe=False):
    if not safe:
        return B.text_of(o)
    def rep(m):
        return f"{m.group(1)}<{safelink(m.group(2))}>"
    return B.LINK_RE.sub(rep, o["body"])

def fromline(o, nameonly=False, fmt="{n} <{a}>"):
    if nameonly or not o["addr"]:
        return o["name"]
    return fmt.format(n=o["name"], a=o["addr"])

def rdate(o, r, i):
    d = B.dt(o["date"]) + datetime.timedelta(hours=r.get("delay_h", 1 + (i * 7) % 40), minutes=(i * 13) % 60)
    return d

def mk_outer(rep, subj, d, i, extra=()):
    m = EmailMessage()
    m["From"] = B.addr(rep["name"], rep["addr"])
    m["To"] = B.COUNCIL
    m["Subject"] = subj
    m["Date"] = B.d_rfc(d)
    m["Message-ID"] = f"<{hashlib.md5(('r%d' % i).encode()).hexdigest()}@{rep['addr'].split('@')[1]}>"
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m

def graft(outer, inner):
    for k, v in inner.items():
        if k.lower() in ("content-type", "content-transfer-encoding"):
            outer[k] = v
    outer.set_payload(inner.get_payload())
    if inner.is_multipart():
        outer.set_boundary(inner.get_boundary())
    return outer

def comment_of(r, rep, lang="fr"):
    c = r.get("comment", "")
    sig = rep.get("sig", "")
    parts = [c] if c else []
    if sig and not r.get("nosig"):
        parts.append(sig)
    return "\n\n".join(parts)

# ---------------------------------------------------------------- header blocks per client
def hdr_block(client, o, rep, lang):
    d = B.dt(o["date"]); to = rep["addr"]
    n, a = o["name"], o["addr"]
    if client == "gmail_fr":
        t = f"---------- Message transféré ---------\nDe : {n} <{a}>\nDate: {B.d_gmail_fr(d)}\nSubject: {o['subject']}\nTo: <{to}>\n"
        h = (f'<div dir="ltr" class="gmail_attr">---------- Message transféré ---------<br>De : <strong class="gmail_sendername" dir="auto">{H(n)}</strong> '
             f'<span dir="auto">&lt;<a href="mailto:{a}">{a}</a>&gt;</span><br>Date: {B.d_gmail_fr(d)}<br>Subject: {H(o["subject"])}<br>To: &lt;<a href="mailto:{to}">{to}</a>&gt;<br></div><br><br>')
        return t, h, True
    if client == "gmail_en":
        t = f"---------- Forwarded message ---------\nFrom: {n} <{a}>\nDate: {B.d_gmail_en(d)}\nSubject: {o['subject']}\nTo: <{to}>\n"
        h = (f'<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">{H(n)}</strong> '
             f'<span dir="auto">&lt;<a href="mailto:{a}">{a}</a>&gt;</span><br>Date: {B.d_gmail_en(d)}<br>Subject: {H(o["subject"])}<br>To: &lt;<a href="mailto:{to}">{to}</a>&gt;<br></div><br><br>')
        return t, h, True
    if client in ("outlook_fr", "outlook_fr_name", "owa", "owa_html"):
        nameonly = client == "outlook_fr_name"
        f = fromline(o, nameonly)
        t = f"De : {f}\nEnvoyé : {B.d_outlook_fr(d)}\nÀ : {rep['name']} <{to}>\nObjet : {o['subject']}\n"
        fh = H(f).replace("&lt;", "&lt;")
        if client.startswith("owa"):
            h = (f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                 f'<b>De :</b> {fh}<br><b>Envoyé :</b> {B.d_outlook_fr(d)}<br><b>À :</b> {H(rep["name"])} &lt;{to}&gt;<br><b>Objet :</b> {H(o["subject"])}</font><div>&nbsp;</div></div>')
        else:
            h = (f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>De&nbsp;:</b> {fh}<br>"
                 f"<b>Envoyé&nbsp;:</b> {B.d_outlook_fr(d)}<br><b>À&nbsp;:</b> {H(rep['name'])} &lt;{to}&gt;<br><b>Objet&nbsp;:</b> {H(o['subject'])}<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        return t, h, not nameonly
    if client == "outlook_en":
        f = fromline(o)
        t = f"From: {f}\nSent: {B.d_outlook_en(d)}\nTo: {rep['name']} <{to}>\nSubject: {o['subject']}\n"
        h = (f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> {H(f)}<br>"
             f"<b>Sent:</b> {B.d_outlook_en(d)}<br><b>To:</b> {H(rep['name'])} &lt;{to}&gt;<br><b>Subject:</b> {H(o['subject'])}<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        return t, h, True
    if client in ("apple", "ios"):
        t = f"Début du message réexpédié :\n\nDe: {n} <{a}>\nObjet: {o['subject']}\nDate: {B.d_apple_fr(d)}\nÀ: {to}\n"
        if o.get("reply_to"):
            t += f"Répondre à: {o['reply_to']}\n"
        h = (f'<div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
             f'<b>De:</b> {H(n)} &lt;{a}&gt;<br><b>Objet:</b> <b>{H(o["subject"])}</b><br><b>Date:</b> {B.d_apple_fr(d)}<br><b>À:</b> {to}<br></div></blockquote>')
        return t, h, True
    if client in ("tb_fr", "tb_en"):
        if client == "tb_fr":
            t = f"-------- Message transféré --------\nSujet : \t{o['subject']}\nDate : \t{B.d_rfc(d)}\nDe : \t{n} <{a}>\nPour : \t{to}\n"
        else:
            t = f"-------- Forwarded Message --------\nSubject: \t{o['subject']}\nDate: \t{B.d_rfc(d)}\nFrom: \t{n} <{a}>\nTo: \t{to}\n"
        rows = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{H(k)}</th><td>{H(v)}</td></tr>' for k, v in
                       [x.split(" \t", 1) for x in t.strip().split("\n")[1:]])
        h = f'<div class="moz-forward-container"><br><br>{H(t.split(chr(10))[0])}<table class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table><br>'
        return t, h, True
    if client == "yahoo":
        t = f"----- Message transféré -----\nDe : {n} <{a}>\nÀ : {to}\nEnvoyé : {B.d_outlook_fr(d)}:00 UTC+2\nObjet : {o['subject']}\n"
        h = (f'<div id="yahoo_quoted_{int(hashlib.md5(o["id"].encode()).hexdigest()[:8], 16):010d}" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
             f'<div>----- Message transféré -----</div><div><b>De :</b> {H(n)} &lt;{a}&gt;</div><div><b>À :</b> {to}</div><div><b>Envoyé :</b> {B.d_outlook_fr(d)}:00 UTC+2</div><div><b>Objet :</b> {H(o["subject"])}</div><div><br></div>')
        return t, h, True
    if client == "orange":
        t = f"> Message du {d:%d/%m/%y %H:%M}\n> De : \"{n}\" <{a}>\n> A : {to}\n> Copie à : \n> Objet : {o['subject']}\n>\n"
        h = (f'<br><br><blockquote style="border-left:2px solid #ff6600;padding-left:6px;margin:0"><b>&gt; Message du {d:%d/%m/%y %H:%M}</b><br>&gt; De : "{H(n)}" &lt;{a}&gt;<br>'
             f'&gt; A : {to}<br>&gt; Copie à : <br>&gt; Objet : {H(o["subject"])}<br>&gt;<br>')
        return t, h, True
    if client in ("laposte", "free", "sfr"):
        head = {"laposte": "----- Mail original -----", "free": "-------- Message original --------", "sfr": "========== Message transféré =========="}[client]
        t = f"{head}\nDe: \"{n}\" <{a}>\nÀ: {to}\nEnvoyé: {B.d_outlook_fr(d)}\nObjet: {o['subject']}\n"
        h = f'<div>{H(head)}<br><b>De: </b>"{H(n)}" &lt;{a}&gt;<br><b>À: </b>{to}<br><b>Envoyé: </b>{B.d_outlook_fr(d)}<br><b>Objet: </b>{H(o["subject"])}<br></div><br>'
        return t, h, True
    if client == "samsung":
        t = f"-------- Message d'origine --------\nDe : {n} <{a}>\nDate : {d:%d/%m/%Y %H:%M} (GMT+01:00)\nÀ : {to}\nObjet : {o['subject']}\n"
        h = (f'<div>-------- Message d\'origine --------</div><div>De : {H(n)} &lt;{a}&gt; </div><div>Date : {d:%d/%m/%Y %H:%M} (GMT+01:00) </div>'
             f'<div>À : {to} </div><div>Objet : {H(o["subject"])} </div><div><br></div>')
        return t, h, True
    if client == "legacy":
        t = f"-----Message d'origine-----\nDe : {n} [mailto:{a}] \nEnvoyé : {B.d_outlook_fr(d)}\nÀ : {to}\nObjet : {o['subject']}\n"
        return t, None, True
    raise KeyError(client)

PREFIX = {"gmail_fr": "Fwd: ", "gmail_en": "Fwd: ", "outlook_fr": "TR : ", "outlook_fr_name": "TR : ", "owa": "TR: ", "owa_html": "TR: ",
          "outlook_en": "FW: ", "apple": "Fwd: ", "ios": "Fwd: ", "tb_fr": "Fwd: ", "tb_en": "Fwd: ", "yahoo": "Fwd: ", "orange": "TR: ",
          "laposte": "Fwd: ", "free": "Fwd: ", "sfr": "TR: ", "samsung": "TR: ", "legacy": "TR : "}
MAILER = {"outlook_fr": ("X-Mailer", "Microsoft Outlook 16.0"), "outlook_fr_name": ("X-Mailer", "Microsoft Outlook 16.0"),
          "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"), "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
          "ios": ("X-Mailer", "iPhone Mail (21E236)"), "tb_fr": ("User-Agent", "Mozilla Thunderbird"), "tb_en": ("User-Agent", "Mozilla Thunderbird"),
          "orange": ("X-Mailer", "Orange Messagerie"), "legacy": ("X-Mailer", "Microsoft Office Outlook 12.0"), "laposte": ("X-Mailer", "Zimbra 8.8.15_GA (ZimbraWebClient - FF115)"),
          "free": ("User-Agent", "Roundcube Webmail/1.6.5"), "yahoo": ("X-Mailer", "WebService/1.1.22077 YMailNorrin"), "samsung": ("X-Mailer", "Samsung Mobile")}

def outlook_wrap(comment_html, inner_html, lang="FR", charset="windows-1252"):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>'
            f'<body lang={lang} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>'
            + "".join(f"<p class=MsoNormal>{H(x, quote=False) or '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>" for x in comment_html.split("\n"))
            + f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{inner_html}</div></body></html>")

def inline_parts(client, origs, rep, r):
    """returns text, html(or None), shows_sender"""
    safe = r.get("safelinks", False)
    com = comment_of(r, rep)
    tparts, hparts, shows = [com, ""], [], True
    for o in origs:
        t, h, s = hdr_block(client, o, rep, o["lang"])
        shows = shows and s
        body_t = orig_text(o, safe)
        if client == "orange":
            body_t = "\n".join("> " + x for x in body_t.split("\n"))
        tparts.append(t + "\n" + body_t + "\n")
        if h is not None:
            if client in ("apple", "ios"):
                hparts.append(h + f'<blockquote type="cite"><div dir="ltr">{orig_html(o, safe)}</div></blockquote>')
            elif client.startswith("gmail"):
                hparts.append(f'<div class="gmail_quote">{h}{orig_html(o, safe)}</div>')
            elif client == "yahoo":
                hparts.append(h + orig_html(o, safe) + "</div></div>")
            elif client == "orange":
                hparts.append(h + orig_html(o, safe) + "</blockquote>")
            elif client == "tb_fr" or client == "tb_en":
                hparts.append(h + orig_html(o, safe) + "</div>")
            else:
                hparts.append(h + orig_html(o, safe))
    text = "\n".join(tparts)
    if client == "ios":
        text = (r.get("comment", "") + "\n\nEnvoyé de mon iPhone\n\n" + "\n".join(tparts[2:]))
    if client == "samsung":
        text = (r.get("comment", "") + "\n\n\nEnvoyé depuis mon appareil Galaxy\n\n\n" + "\n".join(tparts[2:]))
    if client == "legacy":
        return text, None, shows
    chtml = esc_lines(com)
    if client in ("outlook_fr", "outlook_fr_name", "outlook_en"):
        htm = outlook_wrap(com, "".join(hparts), "FR" if client != "outlook_en" else "EN-US")
    elif client.startswith("gmail"):
        htm = f'<div dir="ltr">{chtml}</div><br>' + "".join(hparts)
    elif client == "ios":
        htm = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">{esc_lines(r.get("comment",""))}<br><br><div dir="ltr">Envoyé de mon iPhone</div></div>' + "".join(hparts) + "</body></html>"
    elif client == "samsung":
        htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{esc_lines(r.get("comment",""))}</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Envoyé depuis mon appareil Galaxy</div></div><div dir="auto"><br></div>' + "".join(hparts) + "</body></html>"
    elif client.startswith("owa"):
        htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">{chtml}</div><div id="appendonsend"></div>' + "".join(hparts) + "</body></html>"
    else:
        htm = f'<html><body><div>{chtml}</div>' + "".join(hparts) + "</body></html>"
    return text, htm, shows

def render_report(i, r, origs, rep):
    style = r["style"]; client = r.get("client")
    o0 = origs[0]
    d = rdate(o0, r, i)
    if style == "direct":
        m = B.original_message(o0, None)
        return m, True
    if style == "typed":
        subj = r.get("subject") or ("SMS suspect" if o0["kind"] == "sms" else "Appel suspect")
        m = mk_outer(rep, subj, d, i, [MAILER.get(client, ("X-Mailer", "iPhone Mail (21E236)"))])
        text = (r.get("comment", "") + "\n\n" if r.get("comment") else "") + "\n\n".join(B.text_of(o, "pasted") for o in origs) + "\n\n" + rep.get("sig", "")
        if client in ("gmail_fr", "outlook_fr", "apple"):
            inner = B.alt(text, "<div>" + esc_lines(text) + "</div>", tag=f"t{i}")
            graft(m, inner)
        else:
            B.set_text(m, text)
        return m, False
    if style == "pasted":
        subj = r.get("subject") or o0["subject"]
        m = mk_outer(rep, subj, d, i, [MAILER.get(client, ("X-Mailer", "Microsoft Outlook 16.0"))])
        pasted = "\n\n".join(B.text_of(o, "pasted") for o in origs)
        if r.get("paste_subject"):
            pasted = f"Objet : {o0['subject']}\n\n" + pasted
        text = r.get("comment", "") + "\n\n" + ("-" * 20 if r.get("dashes") else "") + "\n" + pasted + "\n\n" + rep.get("sig", "")
        B.set_text(m, text, "utf-8")
        return m, False
    if style == "attachment":
        subj = r.get("subject") or (PREFIX.get(client, "Fwd: ") + o0["subject"])
        m = mk_outer(rep, subj, d, i, [MAILER.get(client, ("User-Agent", "Mozilla Thunderbird"))])
        com = comment_of(r, rep)
        body = B.alt(com, "<html><body><p>" + esc_lines(com) + "</p></body></html>", tag=f"c{i}")
        m.set_content("x"); m.clear_content()
        m.make_mixed()
        m.attach(body)
        for k, o in enumerate(origs):
            om = B.original_message(o, rep)
            if r.get("octet"):
                a = EmailMessage()
                fn = re.sub(r"[^\w\- ]", "", o["subject"])[:40].strip() + ".eml"
                a.set_content(B.to_bytes(om), maintype="application", subtype="octet-stream", filename=fn)
                m.attach(a)
            else:
                a = EmailMessage()
                a.set_content(om)
                m.attach(a)
        m.set_boundary(f"------------{B.bnd('att%d' % i)[:24]}")
        return m, True
    if style == "inline" and client == "nested":
        sec = r["sec"]  # secretary reporter dict
        inner_r = dict(r); inner_r["comment"] = r.get("doc_comment", "")
        t, h, shows = inline_parts("gmail_fr", origs, rep, inner_r)
        d1 = B.dt(o0["date"]) + datetime.timedelta(hours=2)
        fake = {"name": rep["name"], "addr": rep["addr"], "subject": "Fwd: " + o0["subject"], "date": d1.strftime("%Y-%m-%d %H:%M"), "id": "n" + str(i)}
        t2 = f"De : {rep['name']} <{rep['addr']}>\nEnvoyé : {B.d_outlook_fr(d1)}\nÀ : {sec['name']} <{sec['addr']}>\nObjet : Fwd: {o0['subject']}\n"
        h2 = (f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>De&nbsp;:</b> {H(rep['name'])} &lt;{rep['addr']}&gt;<br>"
              f"<b>Envoyé&nbsp;:</b> {B.d_outlook_fr(d1)}<br><b>À&nbsp;:</b> {H(sec['name'])} &lt;{sec['addr']}&gt;<br><b>Objet&nbsp;:</b> Fwd: {H(o0['subject'])}</p></div>")
        com = r.get("comment", "") + "\n\n" + sec.get("sig", "")
        text = com + "\n\n" + t2 + "\n" + t
        htm = outlook_wrap(com, h2 + h)
        d = max(d, d1 + datetime.timedelta(hours=3, minutes=i % 50))
        m = mk_outer(sec, "TR : Fwd: " + o0["subject"], d, i, [("X-Mailer", "Microsoft Outlook 16.0")])
        graft(m, B.alt(text, htm, charset="windows-1252", tag=f"n{i}", bfmt="----=_NextPart_000_{}"))
        return m, shows
    # inline
    text, htm, shows = inline_parts(client, origs, rep, r)
    subj = r.get("subject") or (PREFIX[client] + o0["subject"])
    extra = [MAILER[client]] if client in MAILER else []
    if client.startswith("outlook"):
        extra.append(("Thread-Index", "Ad" + hashlib.md5(str(i).encode()).hexdigest()[:26]))
    m = mk_outer(rep, subj, d, i, extra)
    cs = "windows-1252" if client.startswith("outlook") else ("iso-8859-1" if client in ("legacy", "laposte") else "utf-8")
    if htm is None:
        B.set_text(m, text, cs)
    elif client == "owa_html":
        B.set_text(m, htm, "utf-8", subtype="html")
    else:
        bf = "----=_NextPart_000_{}" if client.startswith("outlook") else ("Apple-Mail={}" if client in ("apple", "ios") else "{}")
        graft(m, B.alt(text, htm, charset=cs, tag=f"i{i}", bfmt=bf))
    return m, shows
