"""How each mail client lays out a forward / a report. Stdlib only, deterministic."""
import html as H
from datetime import timedelta

from mimekit import (addr, body_html, body_text, enc_header, fdate, hid, leaf, multipart,
                     qlines, safelink, b64)

PNG_QR = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000100000001008000000003a98a0bd0000002a4944415478"
    "9c63fccf80048c0c0c0c4c0c0c0c3032fc676060f80f14fc07210686ff0c0c1804b0030043fd0b0d47a1"
    "c3910000000049454e44ae426082")


def esc(s):
    return H.escape(s, quote=False)


def text_to_html(t):
    return "<br>\n".join(esc(l) for l in t.split("\n"))


# ------------------------------------------------------------------ message objects
def msg_from_original(o, to_addr, rewrite=None):
    """a dict describing the original as a mail client would display it"""
    from mimekit import parse_date
    m = dict(name=o["name"], addr=o.get("addr"), to=to_addr, date=parse_date(o["date"]),
             subject=o["subject"], reply_to=o.get("reply_to"))
    m["text"] = body_text(o)
    if rewrite:
        m["text"] = body_text(dict(o, links=[(t, rewrite(u)) for t, u in o["links"]]))
    m["html"] = body_html(o, rewrite) if o.get("html") else None
    return m


def hdr_from(m, style="angle"):
    if not m.get("addr"):
        return m["name"]
    if style == "mailto":
        return f'{m["name"]} [mailto:{m["addr"]}]' if m["name"] else m["addr"]
    if style == "quoted":
        return f'"{m["name"]}" <{m["addr"]}>' if m["name"] else m["addr"]
    return f'{m["name"]} <{m["addr"]}>' if m["name"] else m["addr"]


def inner_html(m):
    return m["html"] if m.get("html") else f'<div style="white-space:normal">{text_to_html(m["text"])}</div>'


# ------------------------------------------------------------------ forward blocks
def fwd_block(client, m):
    """-> (text, html) of one forwarded message as `client` writes it"""
    d = m["date"]
    frm = hdr_from(m)
    to = m["to"]
    s = m["subject"]
    t_in, h_in = m["text"], inner_html(m)
    if client in ("gmail_fr", "gmail_en", "gmail_android"):
        if client == "gmail_en":
            lab = ("---------- Forwarded message ---------", "From", "Date", "Subject", "To", fdate(d, "gmail_en"))
            fl = "From: "
        else:
            lab = ("---------- Forwarded message ---------" if client == "gmail_fr" else "---------- Message transféré ---------",
                   "De", "Date", "Subject", "To", fdate(d, "gmail_fr"))
            fl = "De : "
        sender = (f'<strong class="gmail_sendername" dir="auto">{esc(m["name"])}</strong> <span dir="auto">&lt;<a href="mailto:{m["addr"]}">{m["addr"]}</a>&gt;</span>'
                  if m.get("addr") else f'<strong class="gmail_sendername" dir="auto">{esc(m["name"])}</strong>')
        text = f"{lab[0]}\n{fl}{frm}\n{lab[2]}: {lab[5]}\n{lab[3]}: {s}\n{lab[4]}: <{to}>\n\n\n{t_in}\n"
        htm = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{lab[0]}<br>{esc(fl)}{sender}<br>'
               f'{lab[2]}: {lab[5]}<br>{lab[3]}: {esc(s)}<br>{lab[4]}:  &lt;<a href="mailto:{to}">{to}</a>&gt;<br></div><br><br>{h_in}</div>')
        return text, htm
    if client in ("outlook_fr", "outlook_en", "owa_fr", "owa_en"):
        fr = client.endswith("fr")
        L = ("De", "Envoyé", "À", "Objet") if fr else ("From", "Sent", "To", "Subject")
        sep = " : " if fr else ": "
        dd = fdate(d, "outlook_fr" if fr else "outlook_en")
        text = (("________________________________\n" if client.startswith("owa") else "") +
                f"{L[0]}{sep}{frm}\n{L[1]}{sep}{dd}\n{L[2]}{sep}{to}\n{L[3]}{sep}{s}\n\n{t_in}\n")
        nb = "&nbsp;:" if fr else ":"
        if client.startswith("owa"):
            htm = (f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                   f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                   f'<b>{L[0]}{nb}</b> {esc(frm)}<br><b>{esc(L[1])}{nb}</b> {dd}<br><b>{esc(L[2])}{nb}</b> {esc(to)}<br>'
                   f'<b>{L[3]}{nb}</b> {esc(s)}</font><div>&nbsp;</div></div>{h_in}')
        else:
            htm = (f"<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                   f"<p class=MsoNormal><b><span lang={'FR' if fr else 'EN-US'}>{L[0]}{nb}</span></b><span lang=FR> {esc(frm)} <br>"
                   f"<b>{esc(L[1])}{nb}</b> {dd}<br><b>{esc(L[2])}{nb}</b> {esc(to)}<br><b>{L[3]}{nb}</b> {esc(s)}<o:p></o:p></span></p></div></div>"
                   f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{h_in}")
        return text, htm
    if client == "legacy_fr":
        text = (f"-----Message d'origine-----\nDe : {hdr_from(m, 'mailto')} \nEnvoyé : {fdate(d, 'outlook_fr')}\n"
                f"À : {to}\nObjet : {s}\n\n{t_in}\n")
        return text, None
    if client in ("apple_mac",):
        text = (f"Début du message réexpédié :\n\nDe: {frm}\nObjet: {s}\nDate: {fdate(d, 'apple')}\nÀ: {to}\n\n{t_in}\n")
        rows = "".join(
            f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>{k}: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">{esc(v)}<br></span></div>'
            for k, v in (("De", frm), ("Objet", s), ("Date", fdate(d, "apple")), ("À", to)))
        htm = (f'<div><br><blockquote type="cite"><div>Début du message réexpédié&nbsp;:</div><br class="Apple-interchange-newline">'
               f'{rows}<br><div>{h_in}</div></blockquote></div>')
        return text, htm
    if client == "ios":
        hd = f"De: {frm}\nDate: {fdate(d, 'apple')}\nÀ: {to}\nObjet: {s}\n\n{t_in}"
        text = f"Début du message réexpédié :\n\n{qlines(hd)}\n"
        htm = (f'<div dir="ltr"><br><blockquote type="cite">Début du message réexpédié&nbsp;:<br><br></blockquote></div>'
               f'<blockquote type="cite"><div dir="ltr"><b>De:</b> {esc(frm)}<br><b>Date:</b> {fdate(d, "apple")}<br>'
               f'<b>À:</b> {esc(to)}<br><b>Objet:</b> <b>{esc(s)}</b><br><br></div></blockquote>'
               f'<blockquote type="cite"><div dir="ltr">{h_in}</div></blockquote>')
        return text, htm
    if client in ("tb_fr", "tb_en"):
        fr = client == "tb_fr"
        L = ("-------- Message transféré --------", "Sujet :", "Date :", "De :", "Pour :") if fr else \
            ("-------- Forwarded Message --------", "Subject:", "Date:", "From:", "To:")
        text = (f"\n\n{L[0]}\n{L[1]} \t{s}\n{L[2]} \t{fdate(d, 'tb')}\n{L[3]} \t{frm}\n{L[4]} \t{to}\n\n\n\n{t_in}\n")
        rows = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{k} </th><td>{esc(v)}</td></tr>'
                       for k, v in ((L[1], s), (L[2], fdate(d, "tb")), (L[3], frm), (L[4], to)))
        htm = (f'<div class="moz-forward-container"><br><br>{L[0]}<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>'
               f'{rows}</tbody></table><br><br>{h_in}</div>')
        return text, htm
    if client == "yahoo":
        dd = fdate(d, "yahoo")
        text = f"\n\n   ----- Message transféré ----- De : {frm}À : {to}Envoyé : {dd}Objet : {s}\n \n{t_in}\n"
        htm = (f'<div id="yahoo_quoted_{hid(s)[:10]}" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
               f'<div>----- Message transféré ----- </div><div><b>De :</b> {esc(frm)}</div><div><b>À :</b> {esc(to)}</div>'
               f'<div><b>Envoyé :</b> {dd}</div><div><b>Objet :</b> {esc(s)}</div><div><br></div>{h_in}</div></div>')
        return text, htm
    if client == "orange":
        hd = f"Message du {fdate(d, 'orange')}\nDe : {hdr_from(m, 'quoted')}\nA : {to}\nCopie à : \nObjet : {s}\n\n{t_in}"
        text = f"\n\n{qlines(hd)}\n"
        htm = (f'<br><br><blockquote style="border-left:2px solid #ff6600;padding-left:5px;margin-left:5px;">'
               f'&gt; Message du {fdate(d, "orange")}<br>&gt; De : {esc(hdr_from(m, "quoted"))}<br>&gt; A : {esc(to)}<br>'
               f'&gt; Copie à : <br>&gt; Objet : {esc(s)}<br>&gt;<br>{h_in}</blockquote>')
        return text, htm
    if client == "sfr":
        text = (f"\n---- Message d'origine ----\nDe : {hdr_from(m, 'quoted')}\nDate : {fdate(d, 'sfr')}\n"
                f"À : {to}\nObjet : {s}\n\n{t_in}\n")
        htm = (f'<br><div>---- Message d\'origine ----<br>De : {esc(hdr_from(m, "quoted"))}<br>Date : {fdate(d, "sfr")}<br>'
               f'À : {esc(to)}<br>Objet : {esc(s)}<br><br>{h_in}</div>')
        return text, htm
    if client == "laposte":
        text = (f"\n\n> ----- Message transféré -----\n> Expéditeur : {frm}\n> Date : {fdate(d, 'sfr')}\n"
                f"> Destinataire : {to}\n> Objet : {s}\n\n{t_in}\n")
        htm = (f'<br><br><div class="fwd">----- Message transféré -----<br><b>Expéditeur :</b> {esc(frm)}<br>'
               f'<b>Date :</b> {fdate(d, "sfr")}<br><b>Destinataire :</b> {esc(to)}<br><b>Objet :</b> {esc(s)}<br><br>{h_in}</div>')
        return text, htm
    if client == "free":
        text = (f"\n----- Mail transféré -----\nDe: {hdr_from(m, 'quoted')}\nÀ: {to}\nEnvoyé: {fdate(d, 'zimbra')}\n"
                f"Objet: {s}\n\n{t_in}\n")
        htm = (f'<br><div data-marker="__FORWARDED__">----- Mail transféré -----<br><b>De: </b>{esc(hdr_from(m, "quoted"))}<br>'
               f'<b>À: </b>{esc(to)}<br><b>Envoyé: </b>{fdate(d, "zimbra")}<br><b>Objet: </b>{esc(s)}<br></div>'
               f'<div data-marker="__QUOTED_TEXT__">{h_in}</div>')
        return text, htm
    if client == "samsung":
        text = (f"\n\n\n-------- Message d'origine --------\nDe : {frm} \nDate : {fdate(d, 'samsung')} \n"
                f"À : {to} \nObjet : {s} \n\n{t_in}\n")
        htm = (f'<div><br></div><div style="font-size:100%;color:#000000" align="left"><!-- originalMessage -->'
               f'<div>-------- Message d\'origine --------</div><div>De : {esc(frm)} </div><div>Date : {fdate(d, "samsung")} </div>'
               f'<div>À : {esc(to)} </div><div>Objet : {esc(s)} </div><div><br></div></div>{h_in}')
        return text, htm
    raise ValueError(client)


SUBJ_PREFIX = {"gmail_fr": "Fwd: ", "gmail_en": "Fwd: ", "gmail_android": "Fwd: ", "outlook_fr": "TR : ",
               "outlook_en": "FW: ", "owa_fr": "TR: ", "owa_en": "Fw: ", "legacy_fr": "TR: ", "apple_mac": "Fwd: ",
               "ios": "Fwd: ", "tb_fr": "Fwd: ", "tb_en": "Fwd: ", "yahoo": "Fwd: ", "orange": "TR: ",
               "sfr": "Fwd: ", "laposte": "Fwd: ", "free": "Fwd: ", "samsung": "TR: "}


def compose(client, comment, sig, inners, html_only=False):
    """text + html body of a report written with `client`"""
    blocks = [fwd_block(client, m) for m in inners]
    ctext = comment.rstrip()
    if sig and "\n" not in sig and ctext and ctext.split("\n")[-1].strip() == sig.strip():
        sig = ""   # the reporter already signed by hand
    if client == "ios":
        sig = (sig + "\n\n" if sig else "") + "Envoyé de mon iPhone"
    if client == "samsung":
        sig = (sig + "\n\n" if sig else "") + "Envoyé depuis mon appareil Galaxy"
    if client == "gmail_android" and not sig:
        sig = ""
    sep_sig = "-- \n" if client in ("gmail_fr", "gmail_en", "tb_fr", "tb_en") and sig else ""
    text = ctext + ("\n\n" if ctext else "") + (sep_sig + sig + "\n\n" if sig else "")
    text += "\n".join(b[0] for b in blocks)
    if any(b[1] is None for b in blocks):
        return text, None
    chtml = text_to_html(ctext)
    shtml = text_to_html(sig) if sig else ""
    if client.startswith("outlook"):
        ch = "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>" for l in ctext.split("\n"))
        sh = "".join(f"<p class=MsoNormal><span style='font-size:10.0pt;color:#1F3864'>{esc(l)}</span><o:p></o:p></p>" for l in sig.split("\n")) if sig else ""
        body = (f"<div class=WordSection1>{ch}<p class=MsoNormal><o:p>&nbsp;</o:p></p>{sh}"
                f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>" + "".join(b[1] for b in blocks) + "</div>")
        htm = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
               "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
               "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
               "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n/* Style Definitions */\n"
               "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
               "--></style></head><body lang=FR link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>" + body + "</body></html>")
        return text, htm
    if client.startswith("gmail"):
        sh = f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{shtml}</div>' if sig else ""
        htm = f'<div dir="ltr">{chtml}{sh}<br><br>' + "<br>".join(b[1] for b in blocks) + "</div>\n"
        return text, htm
    if client.startswith("tb"):
        sh = f'<div class="moz-signature">-- <br>{shtml}</div>' if sig else ""
        htm = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
               f'    <p>{chtml}</p>\n{sh}\n' + "".join(b[1] for b in blocks) + "\n  </body>\n</html>\n")
        return text, htm
    if client in ("apple_mac", "ios"):
        htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               f'<body dir="auto"><div dir="ltr">{chtml}</div><div dir="ltr"><br>{shtml}</div>' + "".join(b[1] for b in blocks) + "</body></html>")
        return text, htm
    htm = (f'<html><body><div style="font-family:Arial;font-size:13px">{chtml}</div><div><br>{shtml}</div>'
           + "".join(b[1] for b in blocks) + "</body></html>")
    return text, htm


# ------------------------------------------------------------------ serialisation
X_MAILER = {
    "gmail_fr": None, "gmail_en": None, "gmail_android": None,
    "outlook_fr": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: Adt{h}\nContent-Language: fr",
    "outlook_en": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: Adt{h}\nContent-Language: en-us",
    "owa_fr": "Thread-Topic: {subj}\nThread-Index: AQHb{h}\nAccept-Language: fr-FR, en-US\nContent-Language: fr-FR\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nx-ms-exchange-organization-authas: Internal",
    "owa_en": "Thread-Topic: {subj}\nThread-Index: AQHb{h}\nAccept-Language: en-US\nContent-Language: en-US\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: ",
    "legacy_fr": "X-Mailer: Microsoft Office Outlook 12.0\nThread-Index: Acq{h}\nContent-Language: fr",
    "apple_mac": "X-Mailer: Apple Mail (2.3774.500.171.1.1)",
    "ios": "X-Mailer: iPhone Mail (22D82)",
    "tb_fr": "User-Agent: Mozilla Thunderbird\nContent-Language: fr",
    "tb_en": "User-Agent: Mozilla Thunderbird\nContent-Language: en-US",
    "yahoo": "X-Mailer: WebService/1.1.23187 YMailNorrin",
    "orange": "X-Originating-IP: [90.12.{n}.{n2}]\nX-Mailer: Orange Mail ver. 1.0\nX-WUM-FROM: |~|\nX-WUM-TO: |~|",
    "sfr": "X-Mailer: SFR Mail",
    "laposte": "X-Mailer: Laposte.net Webmail",
    "free": "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)\nThread-Topic: {subj}\nThread-Index: {h}",
    "samsung": "X-Mailer: Samsung Email",
}
CHARSET = {"outlook_fr": "windows-1252", "outlook_en": "windows-1252", "legacy_fr": "windows-1252"}


def boundary(client, n, k=0):
    h = hid(client, n, k)
    if client.startswith("gmail"):
        return "0000000000" + h[:16]
    if client.startswith("outlook") or client == "legacy_fr":
        return f"----=_NextPart_00{k}_{h[:4].upper()}_01DB{h[4:8].upper()}.{h[8:16].upper()}"
    if client.startswith("owa"):
        return f"_00{k}_PAWPR02MB{h[:4]}{h[4:8].upper()}_"
    if client in ("apple_mac", "ios"):
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if client.startswith("tb"):
        return "------------" + h[:24]
    if client == "free":
        return f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1700000000000 + n}"


def message_id(client, n, dom):
    h = hid("mid", client, n)
    if client.startswith("gmail"):
        return f"<CA+{h[:6]}Q{h[6:20]}vX{h[20:30]}=Q@mail.gmail.com>"
    if client.startswith("outlook") or client == "legacy_fr":
        return f"<00{h[:4]}01db{h[4:8]}${h[8:16]}${h[16:24]}@{dom}>"
    if client.startswith("owa"):
        return f"<PAWPR02MB{h[:4].upper()}{h[4:16].upper()}@PAWPR02MB{h[16:20].upper()}.eurprd02.prod.outlook.com>"
    if client in ("apple_mac", "ios"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    if client.startswith("tb"):
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{1700000000 + n}@{dom}>"


def serialize(client, n, frm_name, frm_addr, to, subject, date, text, htm, attachments=(), html_only=False,
              extra_headers=""):
    from mimekit import fdate as _fd
    dom = frm_addr.split("@")[1]
    cs = CHARSET.get(client, "utf-8")
    heads = []
    if client.startswith("owa") or client.startswith("outlook"):
        heads += [f"From: {addr(frm_name, frm_addr)}", f"To: {to}", f"Subject: {enc_header(subject)}",
                  f"Date: {_fd(date, 'rfc')}", f"Message-ID: {message_id(client, n, dom)}"]
    else:
        heads += [f"Date: {_fd(date, 'rfc')}", f"From: {addr(frm_name, frm_addr)}", f"To: {to}",
                  f"Subject: {enc_header(subject)}", f"Message-ID: {message_id(client, n, dom)}"]
    xm = X_MAILER.get(client)
    if xm:
        h = hid("ti", n)
        heads.append(xm.format(h=h[:22], subj=enc_header(subject.split(": ", 1)[-1]), n=int(h[:2], 16), n2=int(h[2:4], 16)))
    heads.append("MIME-Version: 1.0")
    if extra_headers:
        heads.append(extra_headers)
    cte = "8bit" if client.startswith("tb") else "quoted-printable"
    if htm is None:
        body = leaf("text/plain", text, cs, cte, "; format=flowed" if client.startswith("tb") else "")
    elif html_only:
        body = leaf("text/html", htm, cs, cte)
    else:
        body = multipart("alternative", boundary(client, n, 1),
                         [leaf("text/plain", text, cs, cte, "; format=flowed" if client.startswith("tb") else ""),
                          leaf("text/html", htm, cs, cte)])
    if attachments:
        body = multipart("mixed", boundary(client, n, 0), [body] + list(attachments),
                         "This is a multi-part message in MIME format." if client.startswith("tb") else "")
    out = "\n".join(heads) + "\n" + body
    return out.encode("utf-8")


def att_rfc822(raw, client):
    if client.startswith("outlook") or client.startswith("owa"):
        return f"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n{raw}\n"
    return f"Content-Type: message/rfc822; name=\"message.eml\"\nContent-Disposition: attachment;\n filename=\"message.eml\"\n\n{raw}\n"


def att_octet(raw, fname):
    return (f"Content-Type: application/octet-stream;\n name=\"{fname}\"\nContent-Disposition: attachment;\n"
            f" filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n{b64(raw.encode('utf-8'))}\n")


# ------------------------------------------------------------------ the original as raw MIME
RELAYS = ["mail-relay{0}.mx-out{1}.net", "smtp{0}.sendgrid-mta{1}.com", "vps{0}{1}.ovh-hosted.net",
          "mta{0}.mailjet-out{1}.com", "srv{0}.contabo-host{1}.net"]


def original_raw(o, to_addr, n, direct=False):
    from mimekit import parse_date, body_html as bh, body_text as bt
    d = parse_date(o["date"])
    h = hid("orig", o["id"], n)
    dom = o["addr"].split("@")[1]
    relay = RELAYS[int(h[0], 16) % len(RELAYS)].format(int(h[1:3], 16), int(h[3], 16))
    ip = f"{int(h[4:6], 16) % 200 + 20}.{int(h[6:8], 16)}.{int(h[8:10], 16)}.{int(h[10:12], 16)}"
    mx = "mx1.ordre.medecin.fr" if direct else "mx.recipient.example"
    rcv_to = to_addr
    heads = [f"Return-Path: <bounce-{h[:8]}@{dom}>",
             f"Received: from {relay} ({relay} [{ip}])\n\tby {mx} with ESMTPS id {h[12:24].upper()}\n\tfor <{rcv_to}>; {format_dt(d + timedelta(seconds=4))}",
             f"Received: from localhost (localhost [127.0.0.1])\n\tby {relay} (Postfix) with ESMTP id {h[24:32].upper()};\n\t{format_dt(d)}",
             f"From: {addr(o['name'], o['addr'])}"]
    if o.get("reply_to"):
        heads.append(f"Reply-To: {o['reply_to']}")
    heads += [f"To: {o.get('to') or to_addr}", f"Subject: {enc_header(o['subject'])}", f"Date: {format_dt(d)}",
              f"Message-ID: <{h[:20]}.{h[20:28]}@{dom}>", "MIME-Version: 1.0"]
    b = "=_" + h[:24]
    txt = bt(o)
    if o.get("html"):
        body = multipart("alternative", b + "alt",
                         [leaf("text/plain", txt), leaf("text/html", "<html><body>\n" + bh(o) + "\n</body></html>")])
    else:
        body = leaf("text/plain", txt)
    if o.get("attach") == "qr":
        body = multipart("mixed", b + "mix", [body,
                         f"Content-Type: image/png; name=\"qrcode.png\"\nContent-Disposition: inline; filename=\"qrcode.png\"\n"
                         f"Content-ID: <qr{h[:8]}@{dom}>\nContent-Transfer-Encoding: base64\n\n{b64(PNG_QR)}\n"])
    return "\n".join(heads) + "\n" + body


def format_dt(d):
    from email.utils import format_datetime
    return format_datetime(d)
