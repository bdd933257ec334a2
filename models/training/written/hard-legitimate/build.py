#!/usr/bin/env python3
"""Lay out the hand-written originals (originals.py) as reports forwarded to a
CDOM's signalement@ address, write report_NNN.eml + labels.csv, and check them.

python3 stdlib only, deterministic (fixed boundaries, ids and dates).
Usage: python3 build.py
"""
import base64
import csv
import datetime as dt
import io
import os
import quopri
import re
import sys
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr
from urllib.parse import quote, unquote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import ORIGINALS, REPORTERS  # noqa: E402
from reports import REPORTS  # noqa: E402

BY_ID = {o['id']: o for o in ORIGINALS}

# --------------------------------------------------------------------------
# registered domain (eTLD+1): tiny suffix list covering the domains used here.
# medecin.fr and gouv.fr are public suffixes (so ordre.medecin.fr,
# sante.gouv.fr, impots.gouv.fr are registered domains); ars.sante.fr is NOT
# treated specially (sante.fr is the registered domain of ars.sante.fr).
MULTI_SUFFIXES = {'gouv.fr', 'medecin.fr', 'co.uk', 'org.uk', 'ac.uk', 'com.br',
                  'co.za', 'com.ng', 'com.au', 'co.in'}


def reg_domain(url_or_host):
    host = url_or_host
    if '://' in host:
        host = urlsplit(host).hostname or ''
    host = host.lower().strip('.')
    parts = host.split('.')
    if len(parts) >= 3 and '.'.join(parts[-2:]) in MULTI_SUFFIXES:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def e164(p):
    assert p.startswith('+'), p
    return p


def national_forms(p):
    """digit strings under which a +33 number may appear once separators are removed"""
    d = p[1:]
    forms = {p, '00' + d}
    if d.startswith('33'):
        forms.add('0' + d[2:])
        forms.add('+33' + d[2:])
        forms.add('+330' + d[2:])
    return forms


# --------------------------------------------------------------------------
# dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MOIS_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août',
             'sept.', 'oct.', 'nov.', 'déc.']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
JOURS_ABBR = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def parse_date(s):
    """'2024-03-12 09:41:07 +0100' -> (datetime, '+0100')"""
    m = re.match(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-]\d{4})$', s)
    assert m, s
    y, mo, d, h, mi, se, tz = m.groups()
    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(se or 0)), tz


def fmt(s, kind):
    t, tz = parse_date(s)
    wd = t.weekday()
    utc = 'UTC' + (tz[0] + str(int(tz[1:3])))
    h12 = t.hour % 12 or 12
    ampm = 'AM' if t.hour < 12 else 'PM'
    if kind == 'rfc':
        return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[wd][:3], t.day, MONTHS[t.month - 1][:3],
                                                  t.year, t.hour, t.minute, t.second, tz)
    if kind == 'fr_long':      # Outlook FR
        return '%s %d %s %d %02d:%02d' % (JOURS[wd], t.day, MOIS[t.month - 1], t.year, t.hour, t.minute)
    if kind == 'en_long':      # Outlook EN
        return '%s, %s %d, %d %d:%02d %s' % (DAYS[wd], MONTHS[t.month - 1], t.day, t.year, h12, t.minute, ampm)
    if kind == 'gmail_fr':
        return '%s %d %s %d à %02d:%02d' % (JOURS_ABBR[wd], t.day, MOIS_ABBR[t.month - 1], t.year, t.hour, t.minute)
    if kind == 'gmail_en':
        return '%s, %s %d, %d at %d:%02d %s' % (DAYS[wd][:3], MONTHS[t.month - 1][:3], t.day, t.year, h12, t.minute, ampm)
    if kind == 'apple_fr':
        return '%d %s %d à %02d:%02d:%02d UTC%s' % (t.day, MOIS[t.month - 1], t.year, t.hour, t.minute, t.second, utc[3:])
    if kind == 'apple_en':
        return '%s %d, %d at %d:%02d:%02d %s %s' % (MONTHS[t.month - 1], t.day, t.year, h12, t.minute, t.second, ampm, utc)
    if kind == 'tb':           # Thunderbird
        return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[wd][:3], t.day, MONTHS[t.month - 1][:3], t.year,
                                                  t.hour, t.minute, t.second, tz)
    if kind == 'yahoo_fr':
        return '%s %d %s %d à %02d:%02d:%02d %s' % (JOURS[wd], t.day, MOIS[t.month - 1], t.year, t.hour, t.minute, t.second, utc)
    if kind == 'orange':       # Orange / La Poste webmail "Message du"
        return '%02d/%02d/%02d %02d:%02d' % (t.day, t.month, t.year % 100, t.hour, t.minute)
    if kind == 'zimbra':       # SFR / Free
        return '%s %d %s %d %02d:%02d:%02d' % (JOURS[wd].capitalize(), t.day, MOIS[t.month - 1].capitalize(),
                                              t.year, t.hour, t.minute, t.second)
    if kind == 'android':
        return '%02d/%02d/%d %02d:%02d (GMT%s:00)' % (t.day, t.month, t.year, t.hour, t.minute, tz[:3])
    if kind == 'owa_fr':
        return '%s %d %s %d %02d:%02d' % (JOURS[wd], t.day, MOIS[t.month - 1], t.year, t.hour, t.minute)
    raise ValueError(kind)


# --------------------------------------------------------------------------
# encodings
def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset='utf-8')


def qp(text, charset):
    raw = text.replace('\r\n', '\n').encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode('ascii')
    return out


def b64(text, charset):
    raw = text.encode(charset)
    return base64.encodebytes(raw).decode('ascii')


def pick_charset(text, pref):
    try:
        text.encode(pref)
        return pref
    except UnicodeEncodeError:
        return 'utf-8'


def part(ctype, text, charset='utf-8', cte='quoted-printable', extra=''):
    charset = pick_charset(text, charset)
    if cte == 'base64':
        body = b64(text, charset)
    elif cte == '7bit':
        text.encode('ascii')
        body = text if text.endswith('\n') else text + '\n'
    else:
        body = qp(text, charset)
        if not body.endswith('\n'):
            body += '\n'
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s' % (ctype, charset, cte, extra)
    return h + '\n' + body


def multipart(subtype, boundary, parts, preamble=''):
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)
    if preamble:
        out += preamble + '\n'
    for p in parts:
        out += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    out += '--%s--\n' % boundary
    return out


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# --------------------------------------------------------------------------
# rendering of an original's body
LINK_RE = re.compile(r'\[\[(\w+)\]\]')


def safelink(url, n):
    return ('https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7Cc3a1f%d%%7C84df9e7fe9f640afb435aaaaaaaaaaaa%%7C1%%7C0%%7C638%d&sdata=Xq%dR7kq0vZ%%2BfAk%%3D&reserved=0'
            % (n % 9 + 1, quote(url, safe=''), n, 400000000000000 + n * 7919, n))


def render_text(o, mode='angle', safelinks=False):
    """mode: angle 'shown <url>', outlook 'shown<url>', shown (targets lost), url (url only)"""
    def sub(m):
        shown, url = o['links'][m.group(1)]
        if safelinks:
            url = safelink(url, len(shown))
        if mode == 'shown':
            return shown
        if mode == 'url' or shown == url:
            return url
        if mode == 'outlook':
            return '%s<%s>' % (shown, url)
        return '%s <%s>' % (shown, url)
    return LINK_RE.sub(sub, o['body']).strip('\n') + '\n'


def render_html_body(o, safelinks=False, pstyle=''):
    text = o['body'].strip('\n')
    paras = text.split('\n\n')
    out = []
    for p in paras:
        h = esc(p)
        def sub(m):
            shown, url = o['links'][m.group(1)]
            if safelinks:
                url = safelink(url, len(shown))
            return '<a href="%s"%s>%s</a>' % (esc(url), ' originalsrc="%s"' % esc(o['links'][m.group(1)][1]) if safelinks else '', esc(shown))
        h = LINK_RE.sub(sub, h).replace('\n', '<br>\n')
        out.append('<p%s>%s</p>' % (pstyle, h))
    return '\n'.join(out)


def original_html_doc(o):
    brand = o.get('brand', '')
    head = ''
    if brand:
        head = ('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:%s;color:#ffffff;'
                'font-family:Arial,sans-serif;font-size:18px;padding:14px 20px"><b>%s</b></td></tr></table>\n'
                % (o.get('brand_color', '#1f4e8c'), esc(brand)))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n%s'
            '<div style="max-width:640px;padding:10px 20px">\n%s\n</div>\n</body></html>\n'
            % (o['lang'], esc(o['subject']), head, render_html_body(o)))


def original_to(o, rep):
    return o.get('to') or rep['addr']


def original_mime(o, rep, idx):
    """the original as its sender's mailer produced it (for attachments / direct)."""
    frm = addr(o['from_name'], o['from_addr']) if o.get('from_name') else o['from_addr']
    hs = []
    hs.append('Return-Path: <%s>' % (o.get('return_path') or o['from_addr']))
    for r in o.get('received', []):
        hs.append('Received: ' + r)
    hs.append('Received: from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4T%05dQ%dzK\n\tfor <%s>; %s'
              % (o.get('helo', 'mail.' + o['from_addr'].split('@')[1]), o.get('helo', 'mail.' + o['from_addr'].split('@')[1]),
                 o.get('ip', '185.%d.%d.%d' % (idx % 200 + 10, idx * 7 % 250, idx * 13 % 250)),
                 original_to(o, rep).split('@')[-1].rstrip('>'), idx * 37, idx % 9,
                 original_to(o, rep).split('<')[-1].rstrip('>'), fmt(o['date'], 'rfc')))
    hs.append('From: ' + frm)
    hs.append('To: ' + original_to(o, rep))
    if o.get('reply_to'):
        hs.append('Reply-To: ' + o['reply_to'])
    hs.append('Subject: ' + hdr(o['subject']))
    hs.append('Date: ' + fmt(o['date'], 'rfc'))
    hs.append('Message-ID: <%s>' % o.get('msgid', '%s.%d@%s' % (o['id'].replace('_', ''), idx, o['from_addr'].split('@')[1])))
    for extra in o.get('headers', []):
        hs.append(extra)
    hs.append('MIME-Version: 1.0')
    text = render_text(o)
    if o.get('html', True):
        body = multipart('alternative', '----=_Part_%d_%d.17%08d' % (idx * 3 + 1, idx * 11 + 5, idx * 997),
                         [part('text/plain', text, 'utf-8', 'quoted-printable'),
                          part('text/html', original_html_doc(o), 'utf-8', 'quoted-printable')])
    else:
        body = part('text/plain', text, 'utf-8', 'quoted-printable')
    return '\n'.join(hs) + '\n' + body


# --------------------------------------------------------------------------
# forward clients: header block (text, html) for one original
def fwd_blocks(client, o, rep, nameonly=False):
    name, a = o.get('from_name') or '', o['from_addr']
    to = original_to(o, rep)
    to_name = rep['name'] if to == rep['addr'] else ''
    subj = o['subject']
    d = o['date']
    who_txt = lambda style: (name if nameonly else style)
    if client in ('gmail_fr', 'gmail_en'):
        sep = '---------- Forwarded message ---------' if client == 'gmail_en' else '---------- Message transféré ---------'
        de = 'From' if client == 'gmail_en' else 'De'
        sp = '' if client == 'gmail_en' else ' '
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else '<%s>' % a)
        dte = fmt(d, 'gmail_en' if client == 'gmail_en' else 'gmail_fr')
        tt = '%s\n%s%s: %s\nDate: %s\nSubject: %s\nTo: <%s>\n' % (sep, de, sp, frm, dte, subj, to)
        fh = ('<b class="gmail_sendername" dir="auto">%s</b>' % esc(name) if name else '') + \
             ('' if nameonly else ' <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span>' % (a, a))
        th = ('<div dir="ltr" class="gmail_attr">%s<br>%s%s: %s<br>Date: %s<br>Subject: %s<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>'
              % (sep, de, sp, fh, dte, esc(subj), to, to))
        return tt, th
    if client in ('outlook_fr', 'outlook_en', 'legacy_fr', 'legacy_en'):
        fr = client.endswith('fr')
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        if client.startswith('legacy'):
            frm = name if nameonly else ('%s [mailto:%s]' % (name, a) if name else '[mailto:%s]' % a)
        labels = ('De\u00a0:', 'Envoyé\u00a0:', 'À\u00a0:', 'Objet\u00a0:') if fr else ('From:', 'Sent:', 'To:', 'Subject:')
        dte = fmt(d, 'fr_long' if fr else 'en_long')
        tname = to_name or to
        sep = '-----Message d\'origine-----\n' if client == 'legacy_fr' else ('-----Original Message-----\n' if client == 'legacy_en' else '')
        tt = '%s%s %s\n%s %s\n%s %s\n%s %s\n' % (sep, labels[0], frm, labels[1], dte, labels[2], tname, labels[3], subj)
        hfrm = esc(name) if nameonly else (esc(name) + ' &lt;<a href="mailto:%s">%s</a>&gt;' % (a, a) if name else '<a href="mailto:%s">%s</a>' % (a, a))
        th = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal"><b><span lang="%s">%s</span></b><span lang="%s"> %s<br>\n<b>%s</b> %s<br>\n'
              '<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></span></p>\n</div>\n'
              % ('FR' if fr else 'EN-US', labels[0].replace('\u00a0', '&nbsp;'), 'FR' if fr else 'EN-US', hfrm,
                 labels[1].replace('\u00a0', '&nbsp;'), dte, labels[2].replace('\u00a0', '&nbsp;'), esc(tname),
                 labels[3].replace('\u00a0', '&nbsp;'), esc(subj)))
        return tt, th
    if client in ('owa_fr', 'owa_en'):
        fr = client == 'owa_fr'
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        dte = fmt(d, 'owa_fr' if fr else 'en_long')
        lab = ('De :', 'Envoyé :', 'À :', 'Objet :') if fr else ('From:', 'Sent:', 'To:', 'Subject:')
        tt = '________________________________\n%s %s\n%s %s\n%s %s\n%s %s\n' % (lab[0], frm, lab[1], dte, lab[2], to_name or to, lab[3], subj)
        th = ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
              '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s</b> %s<br>\n<b>%s</b> %s<br>\n'
              '<b>%s</b> %s<br>\n<b>%s</b> %s</font>\n<div>&nbsp;</div>\n</div>\n'
              % (lab[0], esc(frm), lab[1], dte, lab[2], esc(to_name or to), lab[3], esc(subj)))
        return tt, th
    if client in ('apple_fr', 'ios_fr', 'apple_en', 'ios_en'):
        fr = client.endswith('fr')
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        dte = fmt(d, 'apple_fr' if fr else 'apple_en')
        if fr:
            tt = 'Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n' % (frm, subj, dte, to_name and '%s <%s>' % (to_name, to) or to)
        else:
            tt = 'Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n' % (frm, subj, dte, to_name and '%s <%s>' % (to_name, to) or to)
        lab = ('De', 'Objet', 'Date', 'À') if fr else ('From', 'Subject', 'Date', 'To')
        th = ('<div dir="ltr">%s</div><blockquote type="cite"><div dir="ltr"><b>%s:</b> %s<br>'
              '<b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br></div></blockquote>'
              % ('Début du message réexpédié&nbsp;:' if fr else 'Begin forwarded message:',
                 lab[0], esc(frm), lab[1], esc(subj), lab[2], dte, lab[3], esc(to)))
        return tt, th
    if client in ('tb_fr', 'tb_en'):
        fr = client == 'tb_fr'
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        dte = fmt(d, 'tb')
        if fr:
            tt = '-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n' % (subj, dte, frm, to)
            lab = ('Sujet&nbsp;: ', 'Date&nbsp;: ', 'De&nbsp;: ', 'Pour&nbsp;: ')
            sep = '-------- Message transféré --------'
        else:
            tt = '-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n' % (subj, dte, frm, to)
            lab = ('Subject: ', 'Date: ', 'From: ', 'To: ')
            sep = '-------- Forwarded Message --------'
        rows = ''.join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s</th><td>%s</td></tr>\n' % (l, v)
                       for l, v in zip(lab, (esc(subj), dte, esc(frm), esc(to))))
        th = ('<div class="moz-forward-container"><br><br>%s\n<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0">\n<tbody>\n%s</tbody>\n</table>\n<br>\n'
              % (sep, rows))
        return tt, th
    if client == 'yahoo_fr':
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        dte = fmt(d, 'yahoo_fr')
        tt = '----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n' % (frm, to, dte, subj)
        th = ('<div id="yahoo_quoted_%d" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
              '<div>----- Message transféré -----</div><div>De : %s</div><div>À : %s</div><div>Envoyé : %s</div><div>Objet : %s</div><div><br></div>\n'
              % (len(subj) * 131, esc(frm), esc(to), dte, esc(subj)))
        return tt, th
    if client in ('orange', 'laposte'):
        frm = name if nameonly else ('"%s" <%s>' % (name, a) if name else a)
        dte = fmt(d, 'orange')
        tt = '> Message du %s\n> De : %s\n> A : %s\n> Copie à : \n> Objet : %s\n>\n' % (dte, frm, to, subj)
        th = ('<div class="%s"><br><br>&gt; Message du %s<br>&gt; De : %s<br>&gt; A : %s<br>&gt; Copie &agrave; : <br>&gt; Objet : %s<br>&gt;<br></div>'
              % ('ox-quote' if client == 'orange' else 'lp-quote', dte, esc(frm), esc(to), esc(subj)))
        return tt, th
    if client in ('sfr', 'free'):
        frm = name if nameonly else ('"%s" <%s>' % (name, a) if name else a)
        dte = fmt(d, 'zimbra')
        sep = '----- Mail transféré -----' if client == 'free' else '----- Mail original -----'
        tt = '%s\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n' % (sep, frm, to, dte, subj)
        th = ('<div><br></div><div data-marker="__HEADERS__">%s<br><b>De: </b>%s<br><b>À: </b>%s<br><b>Envoyé: </b>%s<br><b>Objet: </b>%s<br></div><div><br></div>'
              % (sep, esc(frm), esc(to), dte, esc(subj)))
        return tt, th
    if client == 'android':
        frm = name if nameonly else ('%s <%s>' % (name, a) if name else a)
        dte = fmt(d, 'android')
        tt = '-------- Message d\'origine --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n' % (frm, dte, to, subj)
        th = ('<div>-------- Message d\'origine --------</div><div>De : %s </div><div>Date : %s </div><div>À : %s </div><div>Objet : %s </div><div><br></div>'
              % (esc(frm), dte, esc(to), esc(subj)))
        return tt, th
    raise ValueError(client)


FWD_PREFIX = {'gmail_fr': 'Fwd: ', 'gmail_en': 'Fwd: ', 'outlook_fr': 'TR: ', 'outlook_en': 'FW: ',
              'legacy_fr': 'TR: ', 'legacy_en': 'FW: ', 'owa_fr': 'TR: ', 'owa_en': 'Fw: ',
              'apple_fr': 'Fwd: ', 'ios_fr': 'Fwd: ', 'apple_en': 'Fwd: ', 'ios_en': 'Fwd: ',
              'tb_fr': 'Fwd: ', 'tb_en': 'Fwd: ', 'yahoo_fr': 'Fwd: ', 'orange': 'TR : ', 'laposte': 'TR: ',
              'sfr': 'Fwd: ', 'free': 'Tr: ', 'android': 'TR: '}

CLIENT_HEADERS = {
    'gmail': [],
    'outlook': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdpUq3c%sAAAAw==', 'Content-Language: fr'],
    'legacy': ['X-Mailer: Microsoft Office Outlook 12.0', 'Thread-Index: AcpUq3c%sBBBBw==', 'Content-Language: fr'],
    'owa': ['x-ms-exchange-messagesentrepresentingtype: 1', 'x-ms-publictraffictype: Email', 'Content-Language: fr-FR'],
    'apple': ['X-Mailer: Apple Mail (2.3774.300.61)'],
    'ios': ['X-Mailer: iPhone Mail (21D61)'],
    'tb': ['User-Agent: Mozilla Thunderbird', 'Content-Language: fr'],
    'yahoo': ['X-Mailer: WebService/1.1.22077 YMailNorrin'],
    'orange': ['X-Mailer: Orange Mail', 'X-Originating-IP: 90.12.%d.14'],
    'laposte': ['X-Mailer: La Poste Mail'],
    'sfr': ['X-Mailer: Zimbra 8.8.15_GA (ZimbraWebClient - FF120 (Win)/8.8.15_GA)'],
    'free': ['X-Mailer: Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - GC121 (Linux)/9.0.0_ZEXTRAS)'],
    'android': ['X-Mailer: Samsung Email'],
}


def family(client):
    return client.split('_')[0]


# --------------------------------------------------------------------------
# report assembly
def report_headers(n, rep, dept, subj, date, client_fam, to=None):
    to = to or 'signalement@cdom%s.ordre.medecin.fr' % dept
    hs = ['Return-Path: <%s>' % rep['addr'],
          'Received: from %s by mx.cdom%s.ordre.medecin.fr with ESMTPS id R%04dX%d;\n\t%s'
          % (rep['addr'].split('@')[1], dept, n * 17, n % 7, fmt(date, 'rfc')),
          'From: ' + addr(rep['name'], rep['addr']),
          'To: ' + to,
          'Subject: ' + hdr(subj),
          'Date: ' + fmt(date, 'rfc')]
    dom = rep['addr'].split('@')[1]
    if client_fam == 'gmail':
        mid = 'CAH%dq+Wx%04dkL=Pz%d@mail.gmail.com' % (n * 7, n * 31, n)
    elif client_fam in ('outlook', 'legacy', 'owa'):
        mid = '%s%04d$%05d$%d@%s' % ('000101da', n * 13, n * 271, n, dom)
    elif client_fam in ('apple', 'ios'):
        mid = '%08X-%04X-4C1B-9E2A-%012X@%s' % (n * 2654435, n * 17, n * 99991, dom)
    else:
        mid = '%d.%d.%d@%s' % (1700000000 + n * 86413, n, n * 3, dom)
    hs.append('Message-ID: <%s>' % mid)
    for h in CLIENT_HEADERS.get(client_fam, []):
        hs.append(h % (chr(65 + n % 26) * 4) if 'Thread-Index' in h else (h % (n % 250) if '%d' in h else h))
    hs.append('MIME-Version: 1.0')
    return '\n'.join(hs) + '\n'


def html_comment(comment, sig):
    c = esc(comment).replace('\n', '<br>\n') if comment else ''
    s = esc(sig).replace('\n', '<br>\n') if sig else ''
    out = '<div dir="ltr">%s</div>' % c if c else '<div dir="ltr"><br></div>'
    if s:
        out += '<div><br></div><div>-- <br><div class="signature">%s</div></div>' % linkify(s)
    return out


def linkify(s):
    return re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', s)


def inline_block(client, o, rep, nameonly, safelinks, linkmode=None):
    tt, th = fwd_blocks(client, o, rep, nameonly)
    fam = family(client)
    mode = linkmode or ('outlook' if fam in ('outlook', 'legacy', 'owa') else 'angle')
    body_t = render_text(o, mode, safelinks)
    if fam in ('orange', 'laposte'):
        body_t = ''.join('> ' + l if l else '>' for l in body_t.splitlines(True))
        body_t = '\n'.join(('> ' + l) if l else '>' for l in render_text(o, mode, safelinks).rstrip('\n').split('\n')) + '\n'
    body_h = render_html_body(o, safelinks, ' class="MsoNormal"' if fam in ('outlook', 'legacy') else '')
    if fam in ('apple', 'ios'):
        th = th + '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % body_h
    elif fam == 'tb':
        th = th + '<div class="moz-text-html">%s</div></div>' % body_h
    elif fam == 'yahoo':
        th = th + '<div id="yiv%d"><div>%s</div></div></div></div>' % (len(o['id']) * 7717, body_h)
    elif fam == 'gmail':
        th = '<div class="gmail_quote">' + th + '<div>%s</div></div>' % body_h
    elif fam in ('orange', 'laposte'):
        th = th + '<blockquote style="margin-left:0;padding-left:5px;border-left:2px solid #cccccc">%s</blockquote>' % body_h
    else:
        th = th + body_h
    return tt + '\n\n' + body_t, th


def sig_for(rep, fam):
    return rep.get('sig', '')


def comment_text(comment, rep, fam, lang='fr'):
    sig = rep.get('sig', '')
    t = (comment or '').rstrip('\n')
    if sig:
        t += ('\n\n' if t else '') + '-- \n' + sig if fam not in ('ios', 'android') else ('\n\n' if t else '') + sig
    if fam == 'ios':
        t += ('\n\n' if t else '') + ('Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my iPhone')
    if fam == 'android':
        t += ('\n\n' if t else '') + 'Envoyé depuis mon appareil Galaxy'
    return t


def build_inline(n, spec, rep):
    client = spec['client']
    fam = family(client)
    origs = [BY_ID[i] for i in spec['orig'].split('+')]
    blocks = [inline_block(client, o, rep, spec.get('nameonly', False), spec.get('safelinks', False), spec.get('linkmode'))
              for o in origs]
    comment = comment_text(spec.get('comment', ''), rep, fam, spec.get('clang', 'fr'))
    text = comment + '\n\n' + '\n\n'.join(b[0] for b in blocks)
    html_c = esc(comment).replace('\n', '<br>\n')
    if fam in ('outlook', 'legacy'):
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Style Definitions */\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n</div>\n</body>\n</html>\n'
                % (html_c, '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'.join(b[1] for b in blocks)))
        cs = 'windows-1252'
    else:
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>\n<div dir="ltr">%s</div><br>\n%s\n</body></html>\n' % (
            html_c, '<br>\n'.join(b[1] for b in blocks))
        cs = 'utf-8'
    subj = spec.get('subject') or (FWD_PREFIX[client] + origs[0]['subject'])
    hs = report_headers(n, rep, spec['dept'], subj, spec['date'], fam)
    b = '%s_%03d' % ({'gmail': '000000000000', 'outlook': '_000_', 'legacy': '----=_NextPart_000_', 'owa': '_000_DB9PR',
                      'apple': 'Apple-Mail=_', 'ios': 'Apple-Mail-', 'tb': '------------', 'yahoo': '----=_Part_',
                      'orange': '=_OXmail', 'laposte': '=_LPmail', 'sfr': '=_zimbra', 'free': '=_zimbra',
                      'android': '--_com.samsung.android.email_'}[fam], n) + 'b7f3e%04d' % (n * 37)
    if spec.get('html_only'):
        return hs + part('text/html', html, cs, 'quoted-printable')
    if spec.get('text_only'):
        return hs + part('text/plain', text, cs, 'quoted-printable' if fam != 'tb' else 'quoted-printable',
                         extra='Content-Disposition: inline\n' if fam == 'tb' else '')
    cte_t = 'base64' if fam in ('gmail',) and spec.get('b64') else 'quoted-printable'
    return hs + multipart('alternative', b, [part('text/plain', text, cs, cte_t), part('text/html', html, cs, 'quoted-printable')])


def build_nested(n, spec, rep):
    """secretary (outer rep) forwards the doctor's inline forward."""
    inner_rep = REPORTERS[spec['inner_rep']]
    o = BY_ID[spec['orig']]
    ic, oc = spec['inner_client'], spec['client']
    tt, th = inline_block(ic, o, inner_rep, False, False)
    inner_comment = comment_text(spec.get('inner_comment', ''), inner_rep, family(ic))
    inner_subject = FWD_PREFIX[ic] + o['subject']
    inner_text = inner_comment + '\n\n' + tt
    # outer forward wraps the doctor's message as if it were an original
    pseudo = {'id': o['id'] + '_fw', 'from_name': inner_rep['name'], 'from_addr': inner_rep['addr'],
              'subject': inner_subject, 'date': spec['inner_date'], 'to': rep['addr'], 'links': {},
              'body': inner_text.replace('[[', '[ ['), 'lang': 'fr'}
    ott, oth = fwd_blocks(oc, pseudo, rep)
    comment = comment_text(spec.get('comment', ''), rep, family(oc))
    text = comment + '\n\n' + ott + '\n\n' + inner_text
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>\n'
            '<div dir="ltr">%s</div><br>\n%s<div>%s</div><br>\n%s\n</body></html>\n'
            % (esc(comment).replace('\n', '<br>\n'), oth, esc(inner_comment).replace('\n', '<br>\n'), th))
    subj = FWD_PREFIX[oc] + inner_subject
    hs = report_headers(n, rep, spec['dept'], subj, spec['date'], family(oc))
    return hs + multipart('alternative', '=_nest%03d_%08d' % (n, n * 7919),
                          [part('text/plain', text, 'utf-8', 'quoted-printable'), part('text/html', html, 'utf-8', 'quoted-printable')])


def build_attachment(n, spec, rep):
    client = spec['client']  # tb_fr / tb_en / outlook_fr / gmail_fr / octet_*
    fam = family(client)
    origs = [BY_ID[i] for i in spec['orig'].split('+')]
    comment = comment_text(spec.get('comment', ''), rep, fam if fam != 'octet' else 'gmail')
    subj = spec.get('subject') or ((FWD_PREFIX.get(client, 'Fwd: ')) + origs[0]['subject'])
    hs = report_headers(n, rep, spec['dept'], subj, spec['date'], fam if fam != 'octet' else spec.get('fam', 'gmail'))
    parts = [part('text/plain', comment + '\n', 'utf-8' if fam != 'outlook' else 'windows-1252', 'quoted-printable')]
    for k, o in enumerate(origs):
        raw = original_mime(o, rep, n * 10 + k)
        fname = spec.get('fname') or (re.sub(r'[^\w\- ]', '', o['subject'])[:60].strip() + '.eml')
        fname_h = fname if all(ord(c) < 128 for c in fname) else None
        if fam == 'octet':
            data = base64.encodebytes(raw.encode('utf-8')).decode('ascii')
            disp = ('attachment; filename="%s"' % fname) if fname_h else "attachment;\n\tfilename*=utf-8''%s" % quote(fname)
            ctn = ('application/octet-stream; name="%s"' % fname) if fname_h else "application/octet-stream;\n\tname*=utf-8''%s" % quote(fname)
            parts.append('Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s' % (ctn, disp, data))
        else:
            disp = ('attachment; filename="%s"' % fname) if fname_h else "attachment;\n\tfilename*=utf-8''%s" % quote(fname)
            ctn = 'message/rfc822' + ('; name="%s"' % fname if fname_h else '')
            parts.append('Content-Type: %s\nContent-Disposition: %s\n\n%s' % (ctn, disp, raw))
    return hs + multipart('mixed', '------------%03dMIXa%08d' % (n, n * 104729), parts,
                          preamble='This is a multi-part message in MIME format.' if fam == 'tb' else '')


def build_direct(n, spec, rep_unused):
    o = BY_ID[spec['orig']]
    fake_rep = {'addr': spec.get('to') or 'signalement@cdom%s.ordre.medecin.fr' % spec['dept'], 'name': ''}
    o2 = dict(o)
    o2['to'] = o.get('to_direct') or fake_rep['addr']
    return original_mime(o2, fake_rep, n)


def build_plain(n, spec, rep):
    """pasted / typed: the doctor's own new message, text (and sometimes HTML)."""
    client = spec.get('client', 'gmail_fr')
    fam = family(client)
    o = BY_ID[spec['orig']]
    if spec['style'] == 'typed':
        body = o['typed'][spec.get('typed_idx', 0)]['text']
        pre = spec.get('comment', '')
        text = (pre + '\n\n' if pre else '') + body
    else:  # pasted
        mode = spec.get('linkmode', 'angle')
        if o['kind'] == 'sms':
            pasted = o['body'].strip('\n') + '\n'
            pasted = LINK_RE.sub(lambda m: o['links'][m.group(1)][1] if mode != 'shown' else o['links'][m.group(1)][0], pasted)
        else:
            pasted = render_text(o, mode)
            if spec.get('with_subject'):
                pasted = o['subject'] + '\n\n' + pasted
        text = spec.get('comment', '').rstrip('\n') + '\n\n' + pasted.rstrip('\n') + ('\n\n' + spec['after'] if spec.get('after') else '')
    text = comment_text(text, rep, fam)
    subj = spec.get('subject', 'Signalement')
    hs = report_headers(n, rep, spec['dept'], subj, spec['date'], fam)
    if spec.get('html'):
        h = '<html><body><div dir="ltr">%s</div></body></html>\n' % linkify(esc(text)).replace('\n', '<br>\n')
        return hs + multipart('alternative', '000000000000%03dpst%08d' % (n, n * 31), [part('text/plain', text, 'utf-8', 'quoted-printable'),
                                                                                      part('text/html', h, 'utf-8', 'quoted-printable')])
    cs = 'windows-1252' if fam in ('outlook', 'legacy') else 'utf-8'
    return hs + part('text/plain', text, cs, 'quoted-printable', extra='Content-Disposition: inline\n' if fam == 'tb' else '')


STYLE_OF = {'inline': 'inline', 'nested': 'inline', 'attachment': 'attachment', 'pasted': 'pasted',
            'typed': 'typed', 'direct': 'direct'}


def build_one(n, spec):
    rep = REPORTERS.get(spec.get('rep', ''), {'name': '', 'addr': ''})
    st = spec['style']
    if st == 'inline':
        return build_inline(n, spec, rep)
    if st == 'nested':
        return build_nested(n, spec, rep)
    if st == 'attachment':
        return build_attachment(n, spec, rep)
    if st == 'direct':
        return build_direct(n, spec, rep)
    return build_plain(n, spec, rep)


# --------------------------------------------------------------------------
# expected values
SEV = {'fraud': 3, 'spam': 2, 'legitimate': 1}


def decoded_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith('text/'):
            out.append(p.get_content())
        elif ct == 'message/rfc822':
            pass
        elif ct == 'application/octet-stream':
            inner = BytesParser(policy=policy.default).parsebytes(p.get_payload(decode=True))
            out.append(decoded_text(inner))
            out.append(str(inner.get('From', '')))
        for k in ('From', 'Reply-To'):
            if p.get(k):
                out.append(str(p.get(k)))
    return '\n'.join(out)


def expected(spec, report_text):
    origs = [BY_ID[i] for i in spec['orig'].split('+')]
    label = max((o['label'] for o in origs), key=lambda l: SEV[l])
    camps = [o.get('campaign', '') for o in origs]
    campaign = ';'.join(c for c in camps if c)
    st = spec['style']
    senders = []
    if st in ('inline', 'nested', 'attachment', 'direct') and not spec.get('nameonly'):
        senders = [o['from_addr'] for o in origs if o.get('from_addr')]
    doms, phones = [], []
    unq = unquote(report_text)
    for o in origs:
        links = o.get('links', {})
        carried = spec.get('carried_links')
        if st == 'typed':
            t = o['typed'][spec.get('typed_idx', 0)]
            carried = t.get('links', [])
            spec = dict(spec, carried_phones=t.get('phones', []))
        for k, (shown, url) in links.items():
            if carried is not None:
                if k not in carried:
                    continue
            elif st == 'typed':
                continue  # typed reports declare what they carry
            elif spec.get('linkmode') == 'shown':
                continue
            d = reg_domain(url)
            if d not in doms:
                doms.append(d)
        for p in o.get('phones', []):
            if st == 'typed' and spec.get('carried_phones') is not None and p not in spec['carried_phones']:
                continue
            if p not in phones:
                phones.append(p)
    return dict(label=label, campaign=campaign, sender=';'.join(senders), link_domains=';'.join(doms),
                phones=';'.join(phones), style=STYLE_OF[st], lang='+'.join(sorted({o['lang'] for o in origs})) if len({o['lang'] for o in origs}) > 1 else origs[0]['lang'],
                original=spec['orig'])


def squash(s):
    return re.sub(r'[\s.\-()\u00a0/]', '', s)


def check(n, spec, raw, exp):
    errs = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects:
        errs.append('defects %r' % msg.defects)
    txt = decoded_text(msg)
    # rfc822 attachments: include their text
    for p in msg.walk():
        if p.get_content_type() == 'message/rfc822':
            inner = p.get_payload()[0] if isinstance(p.get_payload(), list) else p.get_payload()
            txt += '\n' + decoded_text(inner)
    utxt = unquote(txt).lower()
    for d in filter(None, exp['link_domains'].split(';')):
        if d not in utxt:
            errs.append('domain %s not in report' % d)
    sq = squash(txt)
    for ph in filter(None, exp['phones'].split(';')):
        if not any(f in sq for f in national_forms(ph)):
            errs.append('phone %s not in report' % ph)
    for s in filter(None, exp['sender'].split(';')):
        if s.lower() not in txt.lower() and s.lower() not in str(msg.get('From', '')).lower():
            errs.append('sender %s not in report' % s)
    # every link of the original found in the report is covered
    doms = set(filter(None, exp['link_domains'].split(';')))
    for o in [BY_ID[i] for i in spec['orig'].split('+')]:
        for k, (shown, url) in o.get('links', {}).items():
            host = urlsplit(url).hostname
            if url.lower() in utxt or (spec['style'] == 'typed' and host and host.lower() in utxt):
                if reg_domain(url) not in doms:
                    errs.append('link %s carried but not expected' % url)
    # reporter signature domains must not leak into expected
    rep = REPORTERS.get(spec.get('rep', ''), {})
    for u in re.findall(r'https?://[^\s>]+', rep.get('sig', '')):
        d = reg_domain(u)
        own = any(reg_domain(l[1]) == d for o in [BY_ID[i] for i in spec['orig'].split('+')] for l in o.get('links', {}).values())
        if d in doms and not own:
            errs.append('signature domain %s in expected' % d)
    return errs


def main():
    rows, all_errs = [], []
    seen_orig = {}
    for n, spec in enumerate(REPORTS, 1):
        raw = build_one(n, spec).encode('utf-8')
        fn = 'report_%03d.eml' % n
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        txt = decoded_text(msg)
        exp = expected(spec, txt)
        for e in check(n, spec, raw, exp):
            all_errs.append('%s: %s' % (fn, e))
        for i in spec['orig'].split('+'):
            seen_orig.setdefault(i, []).append(spec['orig'])
        rows.append(dict(file=fn, **exp))
    for i, groups in seen_orig.items():
        if len(set(groups)) > 1:
            all_errs.append('original %s appears under several ids %s' % (i, sorted(set(groups))))
    for i, groups in seen_orig.items():
        camp = BY_ID[i].get('campaign', '')
        if len(groups) > 1 and not camp:
            all_errs.append('original %s reported %d times without campaign' % (i, len(groups)))
        if len(groups) == 1 and camp:
            all_errs.append('original %s has campaign %s but one report' % (i, camp))
    unused = [o['id'] for o in ORIGINALS if o['id'] not in seen_orig]
    if unused:
        all_errs.append('unused originals: %s' % unused)
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['file', 'label', 'campaign', 'sender', 'link_domains', 'phones', 'style', 'lang', 'original'],
                           lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow(r)
    # counts
    from collections import Counter
    c = Counter((r['label'], r['style'], r['lang']) for r in rows)
    print('reports:', len(rows), ' originals:', len(seen_orig))
    print('labels:', dict(Counter(r['label'] for r in rows)))
    print('styles:', dict(Counter(r['style'] for r in rows)))
    print('langs:', dict(Counter(r['lang'] for r in rows)))
    ol = Counter(BY_ID[i]['label'] for i in seen_orig)
    print('original labels:', dict(ol), ' english originals:', sum(1 for i in seen_orig if BY_ID[i]['lang'] == 'en'))
    for k in sorted(c):
        print('  %-11s %-10s %s %d' % (k + (c[k],)))
    if all_errs:
        print('\n'.join(all_errs))
        sys.exit(1)
    print('all checks OK')


if __name__ == '__main__':
    main()
