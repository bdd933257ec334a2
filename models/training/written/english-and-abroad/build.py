#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py / reports in this file.
stdlib only, deterministic. Never imports the classification program."""
import base64, csv, html, io, os, quopri, re, sys, urllib.parse
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from originals import ORIGINALS, REPORTERS, REPORTS  # noqa

OBY = {o['id']: o for o in ORIGINALS}
SEV = {'fraud': 3, 'spam': 2, 'legitimate': 1}
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MOIS_AB = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
TZ = timezone(timedelta(hours=1))

# ---------------------------------------------------------------- helpers

def dt(o):
    y, m, d, h, mi = o['date']
    return datetime(y, m, d, h, mi, 17, tzinfo=TZ)

def rfc(d):
    return d.strftime('%a, %d %b %Y %H:%M:%S +0100')

def fr_long(d):  # lundi 3 février 2025 10:12
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month-1]} {d.year} {d:%H:%M}"

def en_long(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year} {d:%I:%M %p}"

def gm_fr(d):
    return f"{JOURS[d.weekday()][:3]}. {d.day} {MOIS_AB[d.month-1]} {d.year} à {d:%H:%M}"

def gm_en(d):
    return f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month-1][:3]} {d.year} at {d:%H:%M}"

def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(name, a):
    if not name:
        return a
    try:
        name.encode('ascii')
        if re.search(r'[(),:;<>@\[\]"]', name):
            return f'"{name}" <{a}>'
        return f'{name} <{a}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{a}>'

def qp(text, charset='utf-8'):
    b = text.replace('\n', '\r\n').encode(charset, errors='replace')
    out = quopri.encodestring(b).decode('ascii')
    return out.replace('\r\n', '\n').replace('=0D\n', '\n')

def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i+76] for i in range(0, len(s), 76))

def part_text(text, sub='plain', charset='utf-8', enc='qp', extra=''):
    if enc == 'qp':
        return (f'Content-Type: text/{sub}; charset="{charset}"{extra}\n'
                f'Content-Transfer-Encoding: quoted-printable\n\n{qp(text, charset)}\n')
    if enc == 'b64':
        return (f'Content-Type: text/{sub}; charset="{charset}"{extra}\n'
                f'Content-Transfer-Encoding: base64\n\n{b64(text.encode(charset))}\n')
    return (f'Content-Type: text/{sub}; charset="{charset}"{extra}\n'
            f'Content-Transfer-Encoding: 8bit\n\n{text}\n')

def alt(bnd, text, htm, charset='utf-8'):
    return (f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
            f'--{bnd}\n{part_text(text, "plain", charset)}\n--{bnd}\n{part_text(htm, "html", charset)}\n--{bnd}--\n')

def safelink(url, region='eur03'):
    return (f'https://{region}.safelinks.protection.outlook.com/?url={urllib.parse.quote(url, safe="")}'
            '&data=05%7C02%7C%7C3f1c0a2b9d7e4c1a08dd%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C638700000000000000'
            '%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata=Zk3xQ%2Fq1v0%3D&reserved=0')

# ---------------------------------------------------------------- originals rendering

LINK = re.compile(r'\[\[(\d+)\]\]')

def o_text(o, style='angle', wrap=None):
    """plain text of the original. style: angle (text <url>), paren, bare (shown text only)."""
    def rep(m):
        t, u = o['links'][int(m.group(1)) - 1]
        u2 = wrap(u) if wrap else u
        if t == u or style == 'bare':
            return t
        if style == 'paren':
            return f'{t} ( {u2} )'
        if style == 'bracket':
            return f'{t} [{u2}]'
        return f'{t} <{u2}>'
    return LINK.sub(rep, o['body']).strip('\n')

def o_html(o, wrap=None, font='Arial, sans-serif'):
    paras = o['body'].strip('\n').split('\n\n')
    out = []
    for p in paras:
        p = html.escape(p, quote=False).replace('\n', '<br>\n')
        def rep(m):
            t, u = o['links'][int(m.group(1)) - 1]
            u2 = wrap(u) if wrap else u
            return f'<a href="{html.escape(u2)}" target="_blank">{html.escape(t, quote=False)}</a>'
        out.append('<p>' + LINK.sub(rep, p) + '</p>')
    return f'<div style="font-family:{font};font-size:14px;color:#222">\n' + '\n'.join(out) + '\n</div>'

def o_from(o):
    return addr(o['frm'][0], o['frm'][1])

def o_eml(o, to, n):
    """the original as a complete RFC822 message (string)."""
    d = dt(o)
    dom = o['frm'][1].split('@')[1]
    h = [f'Return-Path: <{o.get("envfrom", o["frm"][1])}>',
         f'Received: from mail.{dom} (mail.{dom} [185.{n % 200}.{(n*7) % 250}.{(n*13) % 250}])\n'
         f'\tby mx.local with ESMTPS id 4Y{n:04d}Qz; {rfc(d)}',
         f'From: {o_from(o)}', f'To: {to}', f'Subject: {hdr(o["subj"])}', f'Date: {rfc(d)}',
         f'Message-ID: <{o["id"]}.{n:04d}.{d:%Y%m%d%H%M}@{dom}>']
    if o.get('rt'):
        h.append(f'Reply-To: {o["rt"]}')
    h.append('MIME-Version: 1.0')
    if o.get('html', True):
        body = alt(f'=_orig_{o["id"]}_{n:03d}', o_text(o, 'paren'), '<html><body>' + o_html(o) + '</body></html>')
    else:
        body = part_text(o_text(o, 'bare'), 'plain')
    return '\n'.join(h) + '\n' + body

# ---------------------------------------------------------------- report envelope

def envelope(rep, n, subject, content_type_block, to=None, frm=None, extra=()):
    r = REPORTERS[rep['who']]
    d = rep['_date']
    to = to or f'signalement@cdom{r["dep"]}.ordre.medecin.fr'
    frm = frm or addr(r['name'], r['addr'])
    dom = (r['addr'].split('@')[1])
    h = [f'Return-Path: <{r["addr"]}>',
         f'Received: from smtp.{dom} ([10.{n % 250}.3.{(n*3) % 250}])\n\tby mx.ordre.medecin.fr with ESMTP id r{n:05d}; {rfc(d)}',
         f'From: {frm}', f'To: {to}', f'Subject: {hdr(subject)}', f'Date: {rfc(d)}',
         f'Message-ID: <rep{n:04d}.{d:%Y%m%d%H%M%S}@{dom}>']
    h += list(extra)
    h.append('MIME-Version: 1.0')
    return '\n'.join(h) + '\n' + content_type_block

def sig(rep, html_=False):
    r = REPORTERS[rep['who']]
    s = r.get('sig', r['name'])
    if html_:
        return html.escape(s, quote=False).replace('\n', '<br>\n')
    return s

def comment(rep, html_=False):
    c = rep.get('c', '')
    if not html_:
        return c
    return '\n'.join('<div>' + (html.escape(l, quote=False) or '<br>') + '</div>' for l in c.split('\n'))

def prefix(o, lang):
    return ('TR: ' if lang == 'fr' else 'FW: ')

def to_of(rep):
    r = REPORTERS[rep['who']]
    return r['addr']

# ---------------------------------------------------------------- styles

def s_attach(rep, n, os_):
    o = os_[0]
    r = REPORTERS[rep['who']]
    b = f'=_mixed_rep{n:03d}'
    txt = (rep.get('c', '') + '\n\n' + sig(rep)).strip() + '\n'
    parts = [f'--{b}\n' + part_text(txt)]
    for i, oo in enumerate(os_):
        parts.append(f'--{b}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="{fname(oo)}.eml"\n\n'
                     + o_eml(oo, to_of(rep), n * 10 + i))
    body = f'Content-Type: multipart/mixed; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n' + '\n'.join(parts) + f'\n--{b}--\n'
    subj = rep.get('subj', ('Fwd: ' if rep.get('lang', 'fr') == 'en' else 'TR: ') + o['subj'])
    return envelope(rep, n, subj, body, extra=['X-Mailer: ' + rep.get('mailer', 'Microsoft Outlook 16.0')])

def fname(o):
    s = re.sub(r'[^A-Za-z0-9 _-]', '', o['subj'])[:40].strip() or 'message'
    return s

def s_octet(rep, n, os_):
    o = os_[0]
    b = f'------------rep{n:03d}OctetBoundary'
    txt = (rep.get('c', '') + '\n\n-- \n' + sig(rep)).strip() + '\n'
    raw = o_eml(o, to_of(rep), n).encode('utf-8')
    body = (f'Content-Type: multipart/mixed; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n'
            f'--{b}\n' + part_text(txt, extra='; format=flowed') +
            f'--{b}\nContent-Type: application/octet-stream; name="{fname(o)}.eml"\nContent-Disposition: attachment; filename="{fname(o)}.eml"\n'
            f'Content-Transfer-Encoding: base64\n\n{b64(raw)}\n--{b}--\n')
    return envelope(rep, n, rep.get('subj', 'Fwd: ' + o['subj']), body,
                    extra=['User-Agent: Mozilla Thunderbird'])

def fwd_headers(o, rep, kind):
    d = dt(o)
    to = to_of(rep)
    name, a = o['frm'] if o.get('frm') else ('', '')
    nm = rep.get('nameonly')
    if kind == 'gmail_fr':
        return ['---------- Message transféré ---------', f'De : {name} <{a}>' if not nm else f'De : {name}',
                f'Date: {gm_fr(d)}', f'Subject: {o["subj"]}', f'To: <{to}>']
    if kind == 'gmail_en':
        return ['---------- Forwarded message ---------', f'From: {name} <{a}>' if not nm else f'From: {name}',
                f'Date: {gm_en(d)}', f'Subject: {o["subj"]}', f'To: <{to}>']
    if kind in ('outlook_fr', 'owa'):
        return [f'De : {name} <{a}>' if not nm else f'De : {name}', f'Envoyé : {fr_long(d)}', f'À : {to}', f'Objet : {o["subj"]}']
    if kind == 'outlook_en':
        return [f'From: {name} <{a}>' if not nm else f'From: {name}', f'Sent: {en_long(d)}', f'To: {to}', f'Subject: {o["subj"]}']
    if kind == 'legacy_fr':
        return ["-----Message d'origine-----", f'De : {name} [mailto:{a}]', f'Envoyé : {fr_long(d)}', f'À : {to}', f'Objet : {o["subj"]}']
    if kind == 'legacy_en':
        return ['-----Original Message-----', f'From: {name} [mailto:{a}]', f'Sent: {en_long(d)}', f'To: {to}', f'Subject: {o["subj"]}']
    if kind == 'apple_fr':
        return ['Début du message réexpédié :', '', f'De: {name} <{a}>' if not nm else f'De: {name}', f'Objet: {o["subj"]}',
                f'Date: {d.day} {MOIS[d.month-1]} {d.year} à {d:%H:%M:%S} UTC+1', f'À: {to}']
    if kind == 'apple_en':
        return ['Begin forwarded message:', '', f'From: {name} <{a}>', f'Subject: {o["subj"]}',
                f'Date: {d.day} {MONTHS[d.month-1]} {d.year} at {d:%H:%M:%S} CET', f'To: {to}']
    if kind == 'tb_fr':
        return ['-------- Message transféré --------', f'Sujet : \t{o["subj"]}', f'Date : \t{d:%a, %d %b %Y %H:%M:%S} +0100',
                f'De : \t{name} <{a}>', f'Pour : \t{to}']
    if kind == 'tb_en':
        return ['-------- Forwarded Message --------', f'Subject: \t{o["subj"]}', f'Date: \t{d:%a, %d %b %Y %H:%M:%S} +0100',
                f'From: \t{name} <{a}>', f'To: \t{to}']
    if kind == 'yahoo':
        return ['----- Message transféré -----', f'De : {name} <{a}>', f'À : {to}',
                f'Envoyé : {fr_long(d)}:17 UTC+1', f'Objet : {o["subj"]}']
    if kind == 'orange':
        return [f'> Message du {d:%d/%m/%y %H:%M}', f'> De : "{name}" <{a}>', f'> A : {to}', '> Copie à : ', f'> Objet : {o["subj"]}', '>']
    if kind == 'sfr':
        return ['========================================', f'Message du : {d:%d/%m/%Y}', f'De : "{name}" <{a}>',
                f'A : {to}', f'Sujet : {o["subj"]}', '========================================']
    if kind == 'laposte':
        return ["-------- Message d'origine --------", f'De : {name} <{a}>', f'Date : {d:%d/%m/%Y %H:%M}', f'À : {to}', f'Objet : {o["subj"]}']
    if kind == 'free':
        return ['----- Mail transféré -----', f'De: "{name}" <{a}>', f'À: {to}',
                f'Envoyé: {fr_long(d).capitalize()}:17', f'Objet: {o["subj"]}']
    if kind == 'android':
        return ['', '-------- Message d\'origine --------', f'De : {name} <{a}>', f'Date : {d:%d/%m/%Y %H:%M} (GMT+01:00)',
                f'À : {to}', f'Objet : {o["subj"]}']
    if kind == 'android_en':
        return ['', '-------- Original message --------', f'From: {name} <{a}>', f'Date: {d:%d/%m/%Y %H:%M} (GMT+01:00)',
                f'To: {to}', f'Subject: {o["subj"]}']
    raise ValueError(kind)

def s_inline(rep, n, os_):
    """generic inline forward; client chosen by rep['client']"""
    o = os_[0]
    k = rep['client']
    fh = fwd_headers(o, rep, k)
    lang_en = k.endswith('_en')
    wrap = safelink if rep.get('safelinks') else None
    c = rep.get('c', '')
    s = sig(rep)
    subj = rep.get('subj')
    b = f'=_alt_rep{n:03d}'
    if k.startswith('gmail'):
        subj = subj or ('Fwd: ' + o['subj'])
        txt = (c + '\n\n' if c else '') + '\n'.join(fh) + '\n\n\n' + o_text(o) + '\n\n-- \n' + s + '\n'
        hh = [('From: ' if lang_en else 'De : ') + (f'<strong class="gmail_sendername" dir="auto">{html.escape(o["frm"][0])}</strong>'
              + ('' if rep.get('nameonly') else f' <span dir="auto">&lt;<a href="mailto:{o["frm"][1]}">{o["frm"][1]}</a>&gt;</span>'))]
        hh += [html.escape(x) for x in fh[2:]]
        htm = (f'<div dir="ltr">{comment(rep, True)}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(fh[0])}<br>'
               + '<br>'.join(hh) + '<br></div><br><br>' + o_html(o) + '</div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
               f'<div dir="ltr" class="gmail_signature">{sig(rep, True)}</div></div>')
        body = alt(b, txt, '<div dir="ltr">' + htm + '</div>')
        return envelope(rep, n, subj, body)
    if k.startswith('outlook'):
        subj = subj or (('FW: ' if lang_en else 'TR : ') + o['subj'])
        txt = (c + '\n\n' + s + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o, 'angle', wrap) + '\n')
        lab = [re.match(r'^([^:]+:)\s?(.*)$', x) for x in fh]
        hh = '<br>\n'.join(f'<b>{html.escape(m.group(1)).replace(" :", "&nbsp;:")}</b> {html.escape(m.group(2))}' for m in lab)
        cm = '\n'.join(f'<p class=MsoNormal>{html.escape(l) or "&nbsp;"}<o:p></o:p></p>' for l in (c + '\n\n' + s).split('\n'))
        htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
               'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
               '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;'
               'font-family:"Calibri",sans-serif;}--></style></head><body lang=FR link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
               + cm + '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
               f'<p class=MsoNormal>{hh}<o:p></o:p></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
               + o_html(o, wrap, 'Calibri, sans-serif') + '\n</div></body></html>')
        body = alt(b, txt, htm, 'windows-1252')
        return envelope(rep, n, subj, body, extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdsL' + f'{n:04d}' + 'qQ2m0xkZ9TT6W4x1bYp3Cg==', 'Content-Language: fr'])
    if k == 'owa':
        subj = subj or ('TR: ' + o['subj'])
        fh = fwd_headers(o, rep, 'outlook_fr')
        if rep.get('nameonly'):
            fh[0] = f'De : {o["frm"][0]}'
        txt = c + '\n\n' + s + '\n' + '_' * 32 + '\n' + '\n'.join(fh) + '\n\n' + o_text(o, 'angle', wrap) + '\n'
        hh = '<br>\n'.join(f'<b>{html.escape(x.split(" : ", 1)[0])} :</b> {html.escape(x.split(" : ", 1)[1])}' for x in fh)
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
               f'<div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">{comment(rep, True)}<br>{sig(rep, True)}</div>'
               '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
               f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hh}</font><div>&nbsp;</div></div>'
               + o_html(o, wrap) + '</body></html>')
        if rep.get('htmlonly'):
            body = part_text(htm, 'html')
        else:
            body = alt(b, txt, htm)
        return envelope(rep, n, subj, body, extra=['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: fr-FR'])
    if k.startswith('legacy'):
        subj = subj or (('FW: ' if lang_en else 'TR: ') + o['subj'])
        txt = c + '\n\n' + s + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o, 'bracket') + '\n'
        return envelope(rep, n, subj, part_text(txt, 'plain', 'windows-1252' if not lang_en else 'utf-8'),
                        extra=['X-Mailer: Microsoft Office Outlook 12.0'])
    if k.startswith('apple'):
        subj = subj or ('Fwd: ' + o['subj'])
        iphone = rep.get('iphone')
        tail = ('Envoyé de mon iPhone' if not lang_en else 'Sent from my iPhone') if iphone else s
        txt = (c + '\n\n' if c else '') + tail + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o) + '\n'
        hh = '<br>'.join(html.escape(x) for x in fh[2:])
        htm = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
               f'<div dir="ltr">{comment(rep, True)}<br><br><div dir="ltr">{html.escape(tail)}</div><div dir="ltr"><br>'
               f'<blockquote type="cite">{html.escape(fh[0])}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{hh}<br><br>'
               + o_html(o) + '</div></blockquote></div></body></html>')
        if rep.get('htmlonly'):
            body = part_text(htm, 'html')
        else:
            body = alt(b, txt, htm)
        return envelope(rep, n, subj, body, extra=['X-Mailer: iPhone Mail (21F90)' if iphone else 'X-Mailer: Apple Mail (2.3774.600.62)'])
    if k.startswith('tb'):
        subj = subj or ('Fwd: ' + o['subj'])
        txt = (c + '\n\n' if c else '') + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o) + '\n\n-- \n' + s + '\n'
        if rep.get('html'):
            rows = ''.join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{html.escape(x.split(chr(9))[0].strip())} </th>'
                           f'<td>{html.escape(x.split(chr(9))[1])}</td></tr>' for x in fh[1:])
            htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><p>{comment(rep, True)}</p>'
                   f'<div class="moz-forward-container"><br><br>{html.escape(fh[0])}<table class="moz-email-headers-table" border="0" '
                   f'cellpadding="0" cellspacing="0">{rows}</table><br><br>' + o_html(o) + f'</div><pre class="moz-signature" cols="72">-- \n{sig(rep, True)}</pre></body></html>')
            body = alt(b, txt, htm)
        else:
            body = part_text(txt, 'plain', 'UTF-8', extra='; format=flowed')
        return envelope(rep, n, subj, body, extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: ' + ('en-US' if lang_en else 'fr')])
    if k == 'yahoo':
        subj = subj or ('Fw: ' + o['subj'])
        txt = c + '\n\n\n' + '\n'.join(fh) + '\n\n' + o_text(o) + '\n'
        hh = '<br>'.join(html.escape(x) for x in fh[1:])
        htm = (f'<html><head></head><body><div class="ydp6e1b2a9cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
               f'<div dir="ltr" data-setdir="false">{comment(rep, True)}</div><div><br></div><div><br></div>'
               f'<div id="ydp6e1b2a9cyahoo_quoted_{n:04d}" class="ydp6e1b2a9cyahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
               f'<div>{html.escape(fh[0])}</div><div>{hh}</div><div><br></div>' + o_html(o) + '</div></div></div></body></html>')
        return envelope(rep, n, subj, alt(b, txt, htm), extra=['X-Mailer: WebService/1.1.23040 YMailNorrin'])
    if k in ('orange', 'sfr', 'laposte', 'free'):
        subj = subj or {'orange': 'TR: ', 'sfr': 'Tr : ', 'laposte': 'Fwd: ', 'free': 'Fwd: '}[k] + o['subj']
        if k == 'orange':
            q = '\n'.join('> ' + l if l else '>' for l in o_text(o).split('\n'))
            txt = c + '\n\n' + s + '\n\n\n' + '\n'.join(fh) + '\n' + q + '\n'
            htm = (f'<html><head></head><body><p>{comment(rep, True)}</p><p>{sig(rep, True)}</p><br><br>'
                   f'<blockquote style="margin-left:5px;padding-left:5px;border-left:2px solid #ff6600">'
                   + '<br>'.join(html.escape(x.lstrip('> ')) for x in fh[:-1]) + '<br><br>' + o_html(o) + '</blockquote></body></html>')
            return envelope(rep, n, subj, alt(b, txt, htm), extra=['X-Mailer: Orange Messagerie', 'X-Originating-IP: [90.12.34.56]'])
        txt = c + '\n\n' + s + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o) + '\n'
        mailer = {'sfr': 'SFR Mail', 'laposte': 'La Poste Mail', 'free': 'Zimbra 8.8.15_GA (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4562)'}[k]
        if k == 'free':
            hh = '<br>'.join('<b>' + html.escape(x.split(': ', 1)[0]) + ': </b>' + html.escape(x.split(': ', 1)[1]) if ': ' in x else html.escape(x) for x in fh)
            htm = (f'<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                   f'<div>{comment(rep, True)}</div><br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">{hh}</div><br>'
                   f'<div data-marker="__QUOTED_TEXT__">' + o_html(o) + '</div></div></body></html>')
            return envelope(rep, n, subj, alt(b, txt, htm), extra=['X-Mailer: ' + mailer])
        return envelope(rep, n, subj, part_text(txt), extra=['X-Mailer: ' + mailer])
    if k.startswith('android'):
        subj = subj or ('Fwd: ' + o['subj'])
        tail = 'Envoyé depuis mon appareil Galaxy' if k == 'android' else 'Sent from my Galaxy'
        txt = (c + '\n\n' if c else '') + '\n\n' + tail + '\n\n' + '\n'.join(fh) + '\n\n' + o_text(o) + '\n'
        htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{comment(rep, True)}</div>'
               f'<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{tail}</div></div>'
               f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>' + '</div><div>'.join(html.escape(x) for x in fh[1:] if x)
               + '</div></div>' + o_html(o) + '</body></html>')
        return envelope(rep, n, subj, alt(b, txt, htm))
    raise ValueError(k)

def s_nested(rep, n, os_):
    """secretary (Outlook desktop) forwards the doctor's Gmail forward."""
    o = os_[0]
    doc = REPORTERS[rep['doc']]
    inner = dict(rep, who=rep['doc'], c=rep.get('c_doc', ''))
    fh = fwd_headers(o, inner, 'gmail_fr')
    d0 = rep['_date'] - timedelta(hours=2)
    in_txt = (inner['c'] + '\n\n' + '\n'.join(fh) + '\n\n\n' + o_text(o) + '\n')
    sec = REPORTERS[rep['who']]
    txt = (rep.get('c', '') + '\n\n' + sig(rep) + '\n\n' + f'De : {doc["name"]} <{doc["addr"]}>\nEnvoyé : {fr_long(d0)}\n'
           f'À : {sec["addr"]}\nObjet : Fwd: {o["subj"]}\n\n' + in_txt)
    htm = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body lang=FR><div class=WordSection1>'
           + comment(rep, True) + '<br>' + sig(rep, True) +
           f'<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal><b>De&nbsp;:</b> {html.escape(doc["name"])} &lt;{doc["addr"]}&gt;<br>'
           f'<b>Envoy\u00e9&nbsp;:</b> {fr_long(d0)}<br><b>\u00c0&nbsp;:</b> {sec["addr"]}<br><b>Objet&nbsp;:</b> Fwd: {html.escape(o["subj"])}</p></div>'
           f'<div dir="ltr">{comment(inner, True)}<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + '<br>'.join(html.escape(x) for x in fh) +
           '<br></div><br>' + o_html(o) + '</div></div></div></body></html>')
    return envelope(rep, n, rep.get('subj', 'TR: Fwd: ' + o['subj']), alt(f'=_alt_rep{n:03d}', txt, htm, 'windows-1252'),
                    extra=['X-Mailer: Microsoft Outlook 16.0'])

def s_pasted(rep, n, os_):
    o = os_[0]
    body_txt = (o['subj'] + '\n\n' if rep.get('with_subj') else '') + o_text(o, 'bare')
    txt = rep.get('c', '') + '\n\n' + body_txt + '\n\n' + (rep.get('c2', '') + '\n\n' if rep.get('c2') else '') + sig(rep) + '\n'
    subj = rep.get('subj', 'Message suspect')
    if rep.get('rich'):
        htm = ('<html><body><div>' + comment(rep, True) + '</div><br>'
               + (f'<div><b>{html.escape(o["subj"])}</b></div>' if rep.get('with_subj') else '') + o_html(o)
               + '<br><div>' + sig(rep, True) + '</div></body></html>')
        txt = rep.get('c', '') + '\n\n' + (o['subj'] + '\n\n' if rep.get('with_subj') else '') + o_text(o, 'angle') + '\n\n' + sig(rep) + '\n'
        return envelope(rep, n, subj, alt(f'=_alt_rep{n:03d}', txt, htm))
    return envelope(rep, n, subj, part_text(txt))

def s_typed(rep, n, os_):
    o = os_[0]
    txt = o['body'].strip('\n') + '\n\n' + sig(rep) + '\n'
    if rep.get('html'):
        htm = '<div dir="ltr">' + ''.join(f'<div>{html.escape(l) or "<br>"}</div>' for l in txt.split('\n')) + '</div>'
        return envelope(rep, n, rep.get('subj', o['subj']), alt(f'=_alt_rep{n:03d}', txt, htm))
    return envelope(rep, n, rep.get('subj', o['subj']), part_text(txt))

def s_direct(rep, n, os_):
    o = os_[0]
    r = REPORTERS[rep['who']]
    raw = o_eml(o, f'signalement@cdom{r["dep"]}.ordre.medecin.fr', n)
    return raw

STYLES = {'attachment': s_attach, 'octet': s_octet, 'inline': s_inline, 'nested': s_nested,
          'pasted': s_pasted, 'typed': s_typed, 'direct': s_direct}
STYLE_LABEL = {'attachment': 'attachment', 'octet': 'attachment', 'inline': 'inline', 'nested': 'inline',
               'pasted': 'pasted', 'typed': 'typed', 'direct': 'direct'}

# ---------------------------------------------------------------- PSL (ICANN part, the suffixes used here)
MULTI = {'gouv.fr', 'co.uk', 'org.uk', 'nhs.uk', 'ac.uk', 'gov.uk', 'com.au', 'asso.fr', 'com.fr', 'co.in', 'com.ng', 'co.za', 'com.br', 'gov.ie'}

def regdom(host):
    host = host.lower().strip('.')
    parts = host.split('.')
    if '.'.join(parts[-2:]) in MULTI:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])

def href_dom(u):
    return regdom(urllib.parse.urlsplit(u).hostname)

# ---------------------------------------------------------------- main

def main():
    rows = []
    errors = []
    usage = {}
    for rp in REPORTS:
        for oid in rp['o'].split('+'):
            usage[oid] = usage.get(oid, 0) + 1
    for oid in OBY:
        if oid not in usage:
            errors.append(f'original {oid} unused')
    for i, rp in enumerate(REPORTS, 1):
        os_ = [OBY[x] for x in rp['o'].split('+')]
        o = os_[0]
        rp['_date'] = dt(o) + timedelta(hours=2 + (i * 7) % 40, minutes=(i * 13) % 60)
        if o['kind'] != 'email' and rp['style'] != 'typed':
            errors.append(f'{i}: non-email original in style {rp["style"]}')
        raw = STYLES[rp['style']](rp, i, os_)
        raw = raw.replace('\r\n', '\n')
        data = raw.replace('\n', '\r\n').encode('utf-8')
        fn = f'report_{i:03d}.eml'
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
        label = max((x['label'] for x in os_), key=lambda l: SEV[l])
        camp = ''
        if usage[o['id']] > 1:
            camp = o.get('campaign') or o['id']
        st = STYLE_LABEL[rp['style']]
        show_sender = st in ('attachment', 'inline', 'direct') and not rp.get('nameonly') and o['kind'] == 'email'
        sender = o['frm'][1] if show_sender else ''
        doms, phones = [], []
        for x in os_:
            for dmn in x['domains']:
                if dmn not in doms:
                    doms.append(dmn)
            for p in x['phones']:
                if p not in phones:
                    phones.append(p)
            if st != 'typed':
                for t, u in x['links']:
                    if href_dom(u) not in x['domains']:
                        errors.append(f'{fn}: link {u} of {x["id"]} not covered')
        rows.append([fn, label, camp, sender, ';'.join(doms), ';'.join(phones), st, o['lang'], rp['o']])
        # --- self checks
        msg = BytesParser(policy=policy.default).parsebytes(data)
        texts = []
        def walk(m):
            if m.get_content_type() == 'message/rfc822':
                inner = m.get_payload()[0] if isinstance(m.get_payload(), list) else m.get_content()
                walk(inner)
                return
            if m.is_multipart():
                for p in m.iter_parts():
                    walk(p)
                return
            if m.get_filename() and m.get_filename().endswith('.eml'):
                texts.append(m.get_content().decode('utf-8', 'replace'))
                walk(BytesParser(policy=policy.default).parsebytes(m.get_content()))
                return
            if m.get_content_maintype() == 'text':
                texts.append(m.get_content())
        walk(msg)
        full = '\n'.join(texts) + '\n' + raw
        low = urllib.parse.unquote(full).lower()
        digits = re.sub(r'\D', '', full)
        for dmn in doms:
            if dmn.lower() not in low:
                errors.append(f'{fn}: domain {dmn} missing')
        for p in phones:
            nsn = p[1:]
            for cc in ('353', '234', '971', '33', '44', '41', '32', '34', '49', '91', '1'):
                if p[1:].startswith(cc):
                    nsn = p[1 + len(cc):]
                    break
            if not p.startswith('+'):
                errors.append(f'{fn}: bad phone {p}')
            if nsn not in digits:
                errors.append(f'{fn}: phone {p} missing')
        if sender and sender.lower() not in low:
            errors.append(f'{fn}: sender missing')
        if msg['From'] is None or msg['Subject'] is None:
            errors.append(f'{fn}: header parse')
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'campaign', 'sender', 'link_domains', 'phones', 'style', 'lang', 'original'])
        w.writerows(rows)
    from collections import Counter
    print('reports', len(rows), 'originals', len(OBY))
    print(Counter(r[1] for r in rows), Counter(r[6] for r in rows), Counter(r[7] for r in rows))
    print('orig langs', Counter(o['lang'] for o in ORIGINALS))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('all checks OK')

if __name__ == '__main__':
    main()
