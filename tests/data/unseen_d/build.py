# -*- coding: utf-8 -*-
"""Build the unseen_d report set: report_NNN.eml + labels.csv + README counts.

python3 build.py      (stdlib only, deterministic; never imports the program)
"""
import base64
import csv
import datetime as DT
import hashlib
import html as H
import io
import os
import quopri
import re
import sys
from collections import Counter
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from originals import O  # noqa: E402
from reports import REPORTERS, REPORTS, GREETS  # noqa: E402

OR = {o['id']: o for o in O}
COUNCIL = 'signalement@cdom71.ordre.medecin.fr'
SEVER = {'fraud': 3, 'spam': 2, 'legitimate': 1}

# ------------------------------------------------------------------ registered domain
MULTI = {'gouv.fr', 'co.uk', 'com.fr', 'asso.fr', 'org.uk', 'ac.uk', 'nhs.uk'}


def regdom(host):
    host = host.lower().strip('.')
    parts = host.split('.')
    if '.'.join(parts[-2:]) in MULTI:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def url_host(u):
    m = re.match(r'(?:https?://)?([^/?#:]+)', u)
    return m.group(1)


# ------------------------------------------------------------------ dates
JF = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
MF = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
JE = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ME = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December']


def last_sunday(y, m):
    d = DT.date(y, m, 31)
    while d.weekday() != 6:
        d -= DT.timedelta(days=1)
    return d


def tzh(dt):
    s = DT.datetime.combine(last_sunday(dt.year, 3), DT.time(2))
    e = DT.datetime.combine(last_sunday(dt.year, 10), DT.time(3))
    return 2 if s <= dt < e else 1


def aware(dt):
    return dt.replace(tzinfo=DT.timezone(DT.timedelta(hours=tzh(dt))))


def h12(dt):
    h = dt.hour % 12 or 12
    return '%d:%02d %s' % (h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def fmt(dt, style):
    wd, d, m, y = dt.weekday(), dt.day, dt.month, dt.year
    hm = '%02d:%02d' % (dt.hour, dt.minute)
    hms = '%02d:%02d:%02d' % (dt.hour, dt.minute, dt.second)
    if style == 'rfc':
        return format_datetime(aware(dt))
    if style == 'gmail_fr':
        return '%s. %d %s %d à %s' % (JF[wd][:3], d, MF[m - 1], y, hm)
    if style == 'gmail_en':
        return '%s, %s %d, %d at %s' % (JE[wd][:3], ME[m - 1][:3], d, y, h12(dt))
    if style == 'long_fr':
        return '%s %d %s %d %s' % (JF[wd], d, MF[m - 1], y, hm)
    if style == 'long_en':
        return '%s, %s %d, %d %s' % (JE[wd], ME[m - 1], d, y, h12(dt))
    if style == 'apple_fr':
        return '%d %s %d à %s UTC+%d' % (d, MF[m - 1], y, hms, tzh(dt))
    if style == 'apple_en':
        return '%s %d, %d at %s GMT+%d' % (ME[m - 1], d, y, h12(dt).replace(' ', ':%02d ' % dt.second, 1), tzh(dt))
    if style == 'yahoo':
        return '%s %d %s %d à %s UTC+%d' % (JF[wd], d, MF[m - 1], y, hms, tzh(dt))
    if style == 'orange':
        return '%02d/%02d/%02d %s' % (d, m, y % 100, hm)
    if style == 'zimbra':
        return '%s %d %s %d %s' % (JF[wd].capitalize(), d, MF[m - 1].capitalize(), y, hms)
    if style == 'samsung':
        return '%02d/%02d/%d %s (GMT+%02d:00)' % (d, m, y, hm, tzh(dt))
    if style == 'slash':
        return '%02d/%02d/%d %s' % (d, m, y, hm)
    raise ValueError(style)


# ------------------------------------------------------------------ helpers
def hx(seed, n=16):
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def hnum(seed, mod):
    return int(hashlib.md5(seed.encode()).hexdigest(), 16) % mod


def esc(s):
    return H.escape(s, quote=False)


LINK = re.compile(r'\[\[(.+?)\]\]')


def parse_body(text):
    """-> list of lines, each a list of tokens: str or ('a', shown, target)."""
    lines = []
    for raw in text.split('\n'):
        toks, pos = [], 0
        for m in LINK.finditer(raw):
            if m.start() > pos:
                toks.append(raw[pos:m.start()])
            inner = m.group(1)
            if '|' in inner:
                sh, tg = inner.split('|', 1)
            else:
                sh = tg = inner
            toks.append(('a', sh, tg))
            pos = m.end()
        if pos < len(raw):
            toks.append(raw[pos:])
        lines.append(toks)
    return lines


def txt_lines(text):
    return [[l] if l else [] for l in text.split('\n')]


def rtext(segs, style='angle'):
    out = []
    for line in segs:
        s = ''
        for t in line:
            if isinstance(t, str):
                s += t
            else:
                _, sh, tg = t
                if style == 'bare' or sh == tg:
                    s += sh
                elif style == 'outlook':
                    s += '%s<%s>' % (sh, tg)
                elif style == 'paren':
                    s += '%s (%s)' % (sh, tg)
                else:
                    s += '%s <%s>' % (sh, tg)
        out.append(s)
    return '\n'.join(out)


def rhtml_line(line):
    s = ''
    for t in line:
        if isinstance(t, str):
            s += esc(t)
        else:
            _, sh, tg = t
            s += '<a href="%s">%s</a>' % (H.escape(tg), esc(sh))
    return s


def rhtml(segs, wrap='div'):
    """paragraph-ish html for a segment list."""
    out = []
    for line in segs:
        s = rhtml_line(line)
        if wrap == 'div':
            out.append('<div>%s</div>' % (s or '<br>'))
        elif wrap == 'p':
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (s or '<o:p>&nbsp;</o:p>'))
        elif wrap == 'auto':
            out.append('<div dir="auto">%s</div>' % (s or '<br>'))
        else:
            out.append(s + '<br>')
    return '\n'.join(out)


def quote(segs, pre='> '):
    return [([pre] + l) if l else [pre.rstrip()] for l in segs]


# ------------------------------------------------------------------ messages
class Msg(object):
    def __init__(self, **kw):
        self.name = ''
        self.addr = ''
        self.reply_to = ''
        self.to = []
        self.cc = []
        self.date = None
        self.subject = ''
        self.segs = []
        self.html = None
        self.client = 'orig'
        self.atts = []
        self.seed = ''
        self.lang = 'fr'
        self.__dict__.update(kw)


def orig_html(o, segs):
    paras, cur = [], []
    for l in segs + [[]]:
        if l:
            cur.append(rhtml_line(l))
        elif cur:
            paras.append('<p style="margin:0 0 12px 0">%s</p>' % '<br>\n'.join(cur))
            cur = []
    body = '\n'.join(paras)
    n = hnum(o['id'], 3)
    if n == 0:
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
                '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table width="600" cellpadding="24" cellspacing="0" style="background:#fff"><tr><td>\n%s\n'
                '</td></tr></table>\n</td></tr></table>\n</body></html>') % (esc(o['subject']), body)
    if n == 1:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body><div style="font-family:Verdana,sans-serif;font-size:13px">\n%s\n</div></body></html>') % body
    return '<html><body>\n%s\n</body></html>' % body


def personalise(o, spec):
    greet = spec.get('greet', '')
    tk = spec.get('tk', '')
    rep = lambda s: s.replace('{GREET}', greet).replace('{TK}', tk)
    return rep(o['body']), rep(o['subject'])


def orig_msg(o, spec, to_addr, to_name=''):
    body, subject = personalise(o, spec)
    segs = parse_body(body)
    y, mo, d, h, mi = o['date']
    dt = DT.datetime(y, mo, d, h, mi, hnum(o['id'] + 's', 60))
    return Msg(name=o['name'], addr=o['addr'], reply_to=o['reply_to'], to=[(to_name, to_addr)], date=dt,
               subject=subject, segs=segs, html=orig_html(o, segs) if o['html'] else None,
               client='orig', seed=o['id'] + spec.get('tk', ''), lang=o['lang'], orig=o)


def who(m, with_addr=True, quotes=False):
    if not with_addr or not m.addr:
        return m.name
    if not m.name:
        return m.addr
    return ('"%s" <%s>' % (m.name, m.addr)) if quotes else ('%s <%s>' % (m.name, m.addr))


def who_html(m, with_addr=True):
    if not with_addr or not m.addr:
        return esc(m.name)
    if not m.name:
        return '<a href="mailto:%s">%s</a>' % (m.addr, m.addr)
    return '%s &lt;<a href="mailto:%s">%s</a>&gt;' % (esc(m.name), m.addr, m.addr)


def to_str(m):
    return ', '.join(('%s <%s>' % (n, a)) if n else a for n, a in m.to)


def prefix_subject(subj, pre):
    return subj if subj.lower().startswith(pre.lower().strip()) else pre + subj


# ------------------------------------------------------------------ forward clients
def header_block(kind, m, no_addr):
    """returns (text lines, html) of the forwarded header block for client `kind`."""
    w = who(m, not no_addr)
    if kind == 'gmail_fr':
        t = ['---------- Message transféré ---------', 'De : %s' % w, 'Date: %s' % fmt(m.date, 'gmail_fr'),
             'Subject: %s' % m.subject, 'To: %s' % to_str(m)]
        hh = ('<div dir="ltr" class="gmail_attr">---------- Message transféré ---------<br>De : <strong '
              'class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>'
              '&gt;</span><br>Date: %s<br>Subject: %s<br>To: %s<br></div><br>') % (
            esc(m.name or m.addr), m.addr, m.addr, fmt(m.date, 'gmail_fr'), esc(m.subject), esc(to_str(m)))
        return t, hh
    if kind == 'gmail_en':
        t = ['---------- Forwarded message ---------', 'From: %s' % w, 'Date: %s' % fmt(m.date, 'gmail_en'),
             'Subject: %s' % m.subject, 'To: %s' % to_str(m)]
        hh = ('<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong '
              'class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>'
              '&gt;</span><br>Date: %s<br>Subject: %s<br>To: %s<br></div><br>') % (
            esc(m.name or m.addr), m.addr, m.addr, fmt(m.date, 'gmail_en'), esc(m.subject), esc(to_str(m)))
        return t, hh
    if kind in ('outlook_fr', 'owa_fr', 'legacy'):
        labels = ['De', 'Envoyé', 'À', 'Objet']
        vals = [w if kind != 'legacy' or no_addr else '%s [mailto:%s] ' % (m.name, m.addr),
                fmt(m.date, 'long_fr'), to_str(m), m.subject]
        t = ['%s : %s' % (a, b) for a, b in zip(labels, vals)]
        hv = [who_html(m, not no_addr), fmt(m.date, 'long_fr'), esc(to_str(m)), esc(m.subject)]
        if kind == 'owa_fr':
            hh = '<br>'.join('<b>%s :</b> %s' % (a, b) for a, b in zip(labels, hv))
        else:
            hh = '<br>\n'.join('<b>%s&nbsp;:</b> %s' % (esc(a), b) for a, b in zip(labels, hv))
        return t, hh
    if kind in ('outlook_en', 'owa_en'):
        labels = ['From', 'Sent', 'To', 'Subject']
        vals = [w, fmt(m.date, 'long_en'), to_str(m), m.subject]
        t = ['%s: %s' % (a, b) for a, b in zip(labels, vals)]
        hv = [who_html(m, not no_addr), fmt(m.date, 'long_en'), esc(to_str(m)), esc(m.subject)]
        hh = '<br>\n'.join('<b>%s:</b> %s' % (a, b) for a, b in zip(labels, hv))
        return t, hh
    if kind in ('apple_fr', 'ios_fr', 'apple_en'):
        fr = kind != 'apple_en'
        labels = ['De', 'Objet', 'Date', 'À'] if fr else ['From', 'Subject', 'Date', 'To']
        vals = [w, m.subject, fmt(m.date, 'apple_fr' if fr else 'apple_en'), to_str(m)]
        t = ['%s: %s' % (a, b) for a, b in zip(labels, vals)]
        hv = [who_html(m, not no_addr), '<b>%s</b>' % esc(m.subject), vals[2], esc(vals[3])]
        hh = ''.join('<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
                     '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; '
                     'color:rgba(0, 0, 0, 1.0);"><b>%s: </b></span><span style="font-family: -webkit-system-font,'
                     ' Helvetica Neue, Helvetica, sans-serif;">%s<br></span></div>\n' % (a, b)
                     for a, b in zip(labels, hv))
        return t, hh
    if kind in ('tb_fr', 'tb_en'):
        fr = kind == 'tb_fr'
        rows = [('Sujet :' if fr else 'Subject:', m.subject), ('Date :' if fr else 'Date:', fmt(m.date, 'rfc')),
                ('De :' if fr else 'From:', w)]
        if m.reply_to:
            rows.append(('Répondre à :' if fr else 'Reply-To:', m.reply_to))
        rows.append(('Pour :' if fr else 'To:', to_str(m)))
        t = ['-------- Message transféré --------' if fr else '-------- Forwarded Message --------']
        t += ['%s \t%s' % r for r in rows]
        hh = ('<div class="moz-forward-container"><br>\n<br>\n%s\n<table class="moz-email-headers-table" border="0"'
              ' cellspacing="0" cellpadding="0">\n<tbody>\n' % esc(t[0]))
        for a, b in rows:
            hh += ('<tr>\n<th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s </th>\n<td>%s</td>\n</tr>\n'
                   % (esc(a).replace(' :', '&nbsp;:'), esc(b)))
        hh += '</tbody>\n</table>\n<br>\n<br>\n'
        return t, hh
    if kind == 'yahoo':
        t = ['----- Message transféré ----- De : %sÀ : %sEnvoyé : %sObjet : %s' % (
            w, to_str(m), fmt(m.date, 'yahoo'), m.subject)]
        hh = ('<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
              '<div>----- Message transféré ----- </div><div><b>De :</b> %s</div><div><b>À :</b> %s</div>'
              '<div><b>Envoyé :</b> %s</div><div><b>Objet :</b> %s</div><br>\n') % (
            who_html(m, not no_addr), esc(to_str(m)), fmt(m.date, 'yahoo'), esc(m.subject))
        return t, hh
    if kind == 'orange':
        t = ['Message du %s' % fmt(m.date, 'orange'), 'De : %s' % who(m, not no_addr, quotes=True),
             'A : %s' % to_str(m), 'Copie à : ', 'Objet : %s' % m.subject, '']
        hh = ''.join('<p>%s</p>' % esc(x) for x in t if x)
        return t, hh
    if kind in ('free', 'sfr'):
        if kind == 'free':
            t = ['----- Mail transféré -----', 'De: %s' % who(m, not no_addr, quotes=True), 'À: %s' % to_str(m),
                 'Envoyé: %s' % fmt(m.date, 'zimbra'), 'Objet: %s' % m.subject]
        else:
            t = ['---- Message d\'origine ----', 'De : %s' % w, 'À : %s' % to_str(m),
                 'Date : %s' % fmt(m.date, 'slash'), 'Objet : %s' % m.subject]
        hh = '<br>'.join(esc(x) for x in t) + '<br><br>'
        return t, hh
    if kind == 'laposte':
        t = ['-------- Message original --------', 'De : %s' % w, 'Date : %s' % fmt(m.date, 'long_fr'),
             'À : %s' % to_str(m), 'Objet : %s' % m.subject]
        hh = '<div>' + '<br>'.join(esc(x) for x in t) + '</div><br>'
        return t, hh
    if kind == 'samsung':
        t = ["-------- Message d'origine --------", 'De : %s' % w, 'Date : %s' % fmt(m.date, 'samsung'),
             'À : %s' % to_str(m), 'Objet : %s' % m.subject]
        hh = ('<div align="left" dir="auto" style="font-size:100%;color:#000000"><!-- originalMessage -->'
              + ''.join('<div>%s</div>' % esc(x) for x in t) + '</div><br>')
        return t, hh
    raise ValueError(kind)


SUBJ_PRE = {'gmail_fr': 'Fwd: ', 'gmail_en': 'Fwd: ', 'outlook_fr': 'TR: ', 'outlook_en': 'FW: ',
            'owa_fr': 'TR : ', 'owa_en': 'Fw: ', 'legacy': 'TR: ', 'apple_fr': 'Fwd: ', 'ios_fr': 'Fwd: ',
            'apple_en': 'Fwd: ', 'tb_fr': 'Fwd: ', 'tb_en': 'Fwd: ', 'yahoo': 'Fwd: ', 'orange': 'TR : ',
            'free': 'Fwd: ', 'sfr': 'Tr: ', 'laposte': 'TR: ', 'samsung': 'TR: '}
TEXT_STYLE = {'outlook_fr': 'outlook', 'outlook_en': 'outlook', 'legacy': 'outlook', 'owa_fr': 'outlook',
              'owa_en': 'outlook', 'samsung': 'paren'}


def sig_segs(rep, kind):
    sig = rep.get('sig', '')
    if not sig:
        return []
    lines = txt_lines(sig)
    if kind in ('gmail_fr', 'gmail_en', 'tb_fr', 'tb_en'):
        return [['-- ']] + lines
    return lines


def forward(kind, inners, rep, comment, dt, to, opts):
    """Inline forward of one or more messages by client `kind`."""
    no_addr = opts.get('name_only', False)
    ts = TEXT_STYLE.get(kind, 'angle')
    cseg = txt_lines(comment) if comment else []
    sseg = sig_segs(rep, kind)
    segs = list(cseg)
    hpart = rhtml(cseg, 'p' if kind.startswith('outlook') else 'div') if cseg else ''
    if kind == 'ios_fr':
        sseg = [['Envoyé de mon iPhone']]
    if kind == 'samsung':
        sseg = sseg or [['Envoyé depuis mon appareil Galaxy']]
    if sseg:
        segs += [[]] + sseg
        hs = rhtml(sseg, 'br')
        if kind.startswith('gmail'):
            hpart += ('<br clear="all"><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                      'class="gmail_signature">%s</div>' % rhtml(sseg[1:], 'br'))
        elif kind.startswith('tb'):
            hpart += '<div class="moz-signature">-- <br>%s</div>' % rhtml(sseg[1:], 'br')
        elif kind.startswith('outlook'):
            hpart += rhtml(sseg, 'p')
        else:
            hpart += '<div><br></div><div id="signature">%s</div>' % hs
    for inner in inners:
        ht, hh = header_block(kind, inner, no_addr)
        itext = txt_lines(rtext(inner.segs, ts)) if ts != 'angle' else inner.segs
        ihtml = inner_html(inner)
        if kind in ('apple_fr', 'ios_fr', 'apple_en'):
            intro = 'Début du message réexpédié :' if kind != 'apple_en' else 'Begin forwarded message:'
            segs += [[], [intro], []] + quote(txt_lines('\n'.join(ht)) + [[]] + itext)
            hpart += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">%s<br>'
                      '<div>%s</div></blockquote></div>' % (intro, hh, ihtml))
        elif kind == 'orange':
            segs += [[], []] + quote(txt_lines('\n'.join(ht)) + itext)
            hpart += ('<br><br><blockquote style="border-left:2px solid #ff6600;margin-left:5px;padding-left:5px">'
                      '%s%s</blockquote>' % (hh, ihtml))
        elif kind.startswith('gmail'):
            segs += [[]] + txt_lines('\n'.join(ht)) + [[], []] + itext
            hpart += '<br><div class="gmail_quote gmail_quote_container">%s<br>%s</div>' % (hh, ihtml)
        elif kind.startswith('outlook'):
            segs += [[]] + txt_lines('\n'.join(ht)) + [[]] + itext
            hpart += ('<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style=\'border:none;border-top:solid '
                      '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal>%s<o:p></o:p></p></div></div>'
                      '<p class=MsoNormal><o:p>&nbsp;</o:p></p>%s' % (hh, ihtml))
        elif kind.startswith('owa'):
            segs += [[], ['________________________________']] + txt_lines('\n'.join(ht)) + [[]] + itext
            hpart += ('<div><br></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg"'
                      ' dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                      '<div>&nbsp;</div></div>%s' % (hh, ihtml))
        elif kind == 'legacy':
            segs += [[], ["-----Message d'origine-----"]] + txt_lines('\n'.join(ht)) + [[]] + itext
        elif kind.startswith('tb'):
            segs += [[], []] + txt_lines('\n'.join(ht)) + [[], []] + itext
            hpart += '%s%s</div>' % (hh, ihtml)
        elif kind == 'yahoo':
            segs += [[], []] + txt_lines('\n'.join(ht)) + [[]] + itext
            hpart += ('<div id="yahoo_quoted_%s" class="yahoo_quoted">%s%s</div></div>'
                      % (hnum(inner.seed, 10 ** 10), hh, ihtml))
        else:
            segs += [[], []] + txt_lines('\n'.join(ht)) + [[]] + itext
            hpart += '<br><br>%s<div>%s</div>' % (hh, ihtml)
    subj = prefix_subject(inners[0].subject, SUBJ_PRE[kind])
    if opts.get('subject'):
        subj = opts['subject']
    return Msg(name=rep['name'], addr=rep['addr'], to=to, date=dt, subject=subj, segs=segs,
               html=None if kind == 'legacy' else hpart, client=kind, seed=rep['addr'] + str(dt),
               lang=inners[0].lang, inners=inners)


def inner_html(m):
    if m.html is None:
        return '<div>%s</div>' % rhtml(m.segs, 'br')
    h = m.html
    mb = re.search(r'<body[^>]*>(.*)</body>', h, re.S)
    return mb.group(1) if mb else h


def compose(kind, rep, text_segs, dt, to, subject, lang='fr', atts=None):
    """A new message (pasted/typed reports, attachment forwards)."""
    sseg = sig_segs(rep, kind)
    if kind == 'ios_fr':
        sseg = [['Envoyé de mon iPhone']]
    segs = list(text_segs) + ([[]] + sseg if sseg else [])
    html = rhtml(segs, 'p' if kind.startswith('outlook') else 'div')
    return Msg(name=rep['name'], addr=rep['addr'], to=to, date=dt, subject=subject, segs=segs,
               html=None if kind in ('legacy', 'tb_plain') else html, client=kind,
               seed=rep['addr'] + str(dt) + subject, lang=lang, atts=atts or [])


# ------------------------------------------------------------------ serialisation
def enc_part(text, ctype, charset, cte, extra=''):
    b = text.encode(charset)
    if cte == 'quoted-printable':
        body = quopri.encodestring(b).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(b).decode('ascii')
    else:
        body = b.decode(charset)
        cte = '8bit' if any(ord(c) > 127 for c in body) else '7bit'
    return 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s' % (
        ctype, charset, extra, cte, body.rstrip('\n') + '\n')


def hdr(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()


def addr_hdr(name, addr, charset='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


CLIENT = {
    'gmail_fr': dict(cs='utf-8', cte='quoted-printable', mid='gmail', ua=None, html_wrap='gmail'),
    'gmail_en': dict(cs='utf-8', cte='quoted-printable', mid='gmail', ua=None, html_wrap='gmail'),
    'outlook_fr': dict(cs='windows-1252', cte='quoted-printable', mid='outlook', ua='Microsoft Outlook 16.0',
                       html_wrap='word'),
    'outlook_en': dict(cs='windows-1252', cte='quoted-printable', mid='outlook', ua='Microsoft Outlook 16.0',
                       html_wrap='word'),
    'owa_fr': dict(cs='iso-8859-1', cte='quoted-printable', mid='owa', ua=None, html_wrap='owa'),
    'owa_en': dict(cs='iso-8859-1', cte='quoted-printable', mid='owa', ua=None, html_wrap='owa'),
    'legacy': dict(cs='iso-8859-1', cte='quoted-printable', mid='outlook', ua='Microsoft Office Outlook 12.0',
                   html_wrap=None),
    'apple_fr': dict(cs='utf-8', cte='quoted-printable', mid='apple', ua='Apple Mail (2.3774.600.62)',
                     html_wrap='apple'),
    'apple_en': dict(cs='utf-8', cte='quoted-printable', mid='apple', ua='Apple Mail (2.3774.600.62)',
                     html_wrap='apple'),
    'ios_fr': dict(cs='utf-8', cte='quoted-printable', mid='apple', ua='iPhone Mail (21G93)', html_wrap='apple'),
    'tb_fr': dict(cs='UTF-8', cte='8bit', mid='tb', ua='Mozilla Thunderbird', html_wrap='tb'),
    'tb_en': dict(cs='UTF-8', cte='8bit', mid='tb', ua='Mozilla Thunderbird', html_wrap='tb'),
    'tb_plain': dict(cs='UTF-8', cte='8bit', mid='tb', ua='Mozilla Thunderbird', html_wrap=None),
    'yahoo': dict(cs='UTF-8', cte='quoted-printable', mid='yahoo', ua='WebService/1.1.22645 YMailNorrin',
                  html_wrap='yahoo'),
    'orange': dict(cs='UTF-8', cte='quoted-printable', mid='orange', ua=None, html_wrap='plain'),
    'free': dict(cs='utf-8', cte='quoted-printable', mid='zimbra', ua='Zimbra 8.8.15_GA_4508 (zclient/8.8.15)',
                 html_wrap='plain'),
    'sfr': dict(cs='UTF-8', cte='base64', mid='sfr', ua=None, html_wrap='plain'),
    'laposte': dict(cs='utf-8', cte='quoted-printable', mid='laposte', ua=None, html_wrap='plain'),
    'samsung': dict(cs='UTF-8', cte='base64', mid='samsung', ua=None, html_wrap='plain'),
    'orig': dict(cs='utf-8', cte='quoted-printable', mid='orig', ua=None, html_wrap=None),
}


def msgid(m, kind, n):
    s = m.seed + str(n)
    dom = m.addr.split('@')[1] if '@' in m.addr else 'localhost'
    if kind == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (base64.b64encode(hashlib.sha1(s.encode()).digest()).decode()[:18]
                                          .replace('/', '_').replace('+', '-'), hx(s + 'g', 14).upper())
    if kind == 'outlook':
        return '<%s$%s$%s@%s>' % (hx(s, 12), hx(s + 'a', 8), hx(s + 'b', 8), dom)
    if kind == 'owa':
        box = 'PAXP193MB%04d' % hnum(s, 10000)
        return '<%s%s@%s.EURP193.PROD.OUTLOOK.COM>' % (box, hx(s, 24).upper(), box)
    if kind == 'apple':
        h = hx(s, 32).upper()
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    if kind == 'tb':
        h = hx(s, 32)
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    if kind == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (hnum(s, 10 ** 9), hnum(s + 'x', 10 ** 7), 1700000000000 + hnum(s, 10 ** 9))
    if kind == 'orange':
        return '<%d.%d.%d.JavaMail.www@wwinf%04d>' % (hnum(s, 10 ** 9), hnum(s + 'a', 10 ** 4),
                                                       1700000000000 + hnum(s, 10 ** 10), hnum(s, 9999))
    if kind == 'zimbra':
        return '<%d.%d.%d.JavaMail.root@zimbra%02d-e2.priv.proxad.net>' % (
            hnum(s, 10 ** 9), hnum(s + 'a', 10 ** 7), 1700000000000 + hnum(s, 10 ** 10), hnum(s, 90))
    if kind == 'samsung':
        return '<%s.%s@email.android.com>' % (hx(s, 10), hx(s + 'z', 10))
    if kind == 'sfr':
        return '<%s@webmail.sfr.fr>' % hx(s, 20)
    if kind == 'laposte':
        return '<%s.%s@laposte.net>' % (hx(s, 16), hnum(s, 10 ** 6))
    return '<%s.%s@%s>' % (hx(s, 20), hnum(s, 10 ** 6), dom)


def wrap_html(m, kind):
    body = m.html
    w = CLIENT[m.client]['html_wrap']
    if w == 'word':
        cs = CLIENT[m.client]['cs']
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n'
                '\t{color:#0563C1;\n\ttext-decoration:underline;}\n--></style></head><body lang=FR link="#0563C1" '
                'vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>'
                % (cs, body))
    if w == 'gmail':
        return '<div dir="ltr">%s</div>\n' % body
    if w == 'apple':
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                'line-break: after-white-space;">%s</body></html>' % body)
    if w == 'tb':
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                '\n</head>\n<body>\n<p>%s</p>\n</body>\n</html>\n' % body)
    if w == 'owa':
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n'
                '</html>\n' % body)
    if w == 'yahoo':
        return ('<html><head></head><body><div class="ydp3f1e2a9cyahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>'
                '</body></html>' % body)
    if w == 'plain':
        return '<html><body>%s</body></html>' % body
    return body


def text_of(m):
    st = 'outlook' if m.client in ('outlook_fr', 'outlook_en', 'legacy', 'owa_fr', 'owa_en') else \
        ('paren' if m.client == 'samsung' else 'angle')
    return rtext(m.segs, st) + '\n'


def choose_cs(m, text, html, cs):
    try:
        text.encode(cs)
        if html:
            html.encode(cs)
        return cs
    except UnicodeEncodeError:
        return 'utf-8'


def serialize(m, n, extra_headers=(), struct=None, received=None):
    """Full RFC 5322 message text (str, LF line ends, ASCII safe except tb 8bit)."""
    c = CLIENT[m.client]
    seed = m.seed + str(n)
    text = text_of(m)
    html = wrap_html(m, c['html_wrap']) if m.html is not None else None
    cs = choose_cs(m, text, html, c['cs'])
    if html and cs.lower() == 'utf-8' and m.client.startswith('outlook'):
        html = html.replace('charset=windows-1252', 'charset=utf-8')
    struct = struct or ('alt' if html is not None else 'text')
    hs = []
    if received:
        hs += received
    hs += extra_headers
    if m.client == 'orig':
        hs.append('Date: %s' % fmt(m.date, 'rfc'))
        hs.append('From: %s' % addr_hdr(m.name, m.addr))
        if m.reply_to:
            hs.append('Reply-To: %s' % m.reply_to)
        hs.append('To: %s' % ', '.join(addr_hdr(a, b) for a, b in m.to))
        hs.append('Subject: %s' % hdr(m.subject))
        hs.append('Message-ID: %s' % msgid(m, 'orig', n))
    else:
        hs.append('From: %s' % addr_hdr(m.name, m.addr, 'utf-8'))
        hs.append('To: %s' % ', '.join(addr_hdr(a, b) for a, b in m.to))
        hs.append('Subject: %s' % hdr(m.subject, 'utf-8' if cs.lower() == 'utf-8' else cs))
        hs.append('Date: %s' % fmt(m.date, 'rfc'))
        hs.append('Message-ID: %s' % msgid(m, c['mid'], n))
        if c['ua']:
            hs.append(('User-Agent: %s' if m.client.startswith('tb') else 'X-Mailer: %s') % c['ua'])
    hs.append('MIME-Version: 1.0')
    b1 = {'outlook': '----=_NextPart_001_%04X_01DB%s' % (hnum(seed, 65536), hx(seed, 8).upper()),
          'gmail': '0000000000%s' % hx(seed, 16),
          'apple': 'Apple-Mail=_%s' % hx(seed, 32).upper(),
          'tb': '------------%s' % hx(seed, 24)}.get(c['mid'], '----=_Part_%d_%d.%d' % (
        hnum(seed, 10 ** 6), hnum(seed + 'q', 10 ** 9), 1700000000000 + hnum(seed, 10 ** 9)))
    tcte = c['cte']
    parts_alt = None
    if struct == 'text' or html is None:
        body_ct = enc_part(text, 'text/plain', cs, tcte, '; format=flowed' if m.client.startswith('tb') else '')
    elif struct == 'html':
        body_ct = enc_part(html, 'text/html', cs, tcte)
    else:
        parts_alt = [enc_part(text, 'text/plain', cs, tcte), enc_part(html, 'text/html', cs, tcte)]
        body_ct = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b1
        for p in parts_alt:
            body_ct += '--%s\n%s\n' % (b1, p)
        body_ct += '--%s--\n' % b1
    if m.atts:
        b0 = 'mixed_' + b1 if c['mid'] != 'outlook' else '----=_NextPart_000_%04X_01DB%s' % (
            hnum(seed + 'm', 65536), hx(seed + 'm', 8).upper())
        out = 'Content-Type: multipart/mixed; boundary="%s"\n\n' % b0
        if c['mid'] == 'outlook':
            out += 'This is a multipart message in MIME format.\n\n'
        out += '--%s\n%s\n' % (b0, body_ct)
        for ctype, fname, data in m.atts:
            out += '--%s\n' % b0
            qn = fname.replace('"', "'")
            if ctype == 'message/rfc822':
                out += ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n'
                        '%s\n' % (hdr(qn), hdr(qn), data.rstrip('\n')))
            else:
                out += ('Content-Type: application/octet-stream; name="%s"\nContent-Transfer-Encoding: base64\n'
                        'Content-Disposition: attachment; filename="%s"\n\n%s' % (
                            qn, qn, base64.encodebytes(data.encode('utf-8')).decode('ascii')))
        out += '--%s--\n' % b0
        return '\n'.join(hs) + '\n' + out
    return '\n'.join(hs) + '\n' + body_ct


PROVIDER_HOST = {
    'gmail.com': 'mail-wr1-f54.google.com', 'orange.fr': 'smtp-out.orange.fr', 'wanadoo.fr': 'smtp-out.orange.fr',
    'sfr.fr': 'smtp-out.sfr.fr', 'free.fr': 'smtp1-g21.free.fr', 'laposte.net': 'smtp.laposte.net',
    'yahoo.fr': 'sonic301-21.consmr.mail.ir2.yahoo.com', 'icloud.com': 'qs51p00im-qukt01072101.me.com',
    'me.com': 'qs51p00im-qukt01072101.me.com', 'outlook.fr': 'mail-db8eur05olkn2012.outbound.protection.outlook.com',
    'hotmail.fr': 'mail-db8eur05olkn2012.outbound.protection.outlook.com',
}


def received_for(addr, dt, n, host=None):
    dom = addr.split('@')[1]
    h = host or PROVIDER_HOST.get(dom, 'smtp.%s' % dom)
    ip = '%d.%d.%d.%d' % ([192, 198, 203][n % 3], [0, 51, 0][n % 3], [2, 100, 113][n % 3], 10 + n % 200)
    return ['Return-Path: <%s>' % addr,
            'Received: from %s (%s [%s])\n\tby mx2.ordre.medecin.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                h, h, ip, hx(str(n) + addr, 11).upper(), COUNCIL, fmt(dt + DT.timedelta(seconds=3), 'rfc'))]


# ------------------------------------------------------------------ reports
STYLE_OF = {'att822_tb': 'attachment', 'att822_ol': 'attachment', 'att_octet': 'attachment', 'pasted': 'pasted',
            'typed': 'typed', 'direct': 'direct'}


def report_dt(orig_dt, n, spec):
    dh = spec.get('delay_h', 1 + hnum('d%d' % n, 70))
    dt = orig_dt + DT.timedelta(hours=dh, minutes=hnum('m%d' % n, 59), seconds=hnum('s%d' % n, 60) - orig_dt.second)
    if dt.hour < 7 or dt.hour >= 23:  # doctors report in waking hours
        day = dt.date() + DT.timedelta(days=1 if dt.hour >= 23 else 0)
        dt = DT.datetime.combine(day, DT.time(7 + hnum('h%d' % n, 14), dt.minute, dt.second))
    return dt


def build_report(n, spec):
    oids = spec['orig'].split('+')
    style = spec['style']
    rep = REPORTERS[spec['rep']]
    comment = spec.get('comment', '')
    opts = spec.get('opts', {})
    council = [('', COUNCIL)] if not opts.get('council_name') else [(opts['council_name'], COUNCIL)]
    origs = [OR[i] for i in oids]
    victim = REPORTERS[opts['nest'][1]] if 'nest' in opts else REPORTERS[opts.get('victim', spec['rep'])]
    # personalisation
    for o in origs:
        if o['campaign'] and 'greet' not in spec:
            spec['greet'] = GREETS[o['campaign']](victim)
        if o['campaign'] and 'tk' not in spec:
            spec['tk'] = hx('tk%d' % n, 10)
    msgs = [orig_msg(o, spec, victim['addr'], victim['name'] if hnum(o['id'], 2) else '') for o in origs]
    dt = report_dt(max(m.date for m in msgs), n, spec)
    sender_shown = True
    if style in ('pasted', 'typed'):
        sender_shown = False
        kind = opts.get('client', 'gmail_fr')
        if style == 'pasted':
            segs = txt_lines(comment) + [[]] if comment else []
            for m in msgs:
                if opts.get('paste_subject'):
                    segs += [[opts['paste_subject'] % m.subject], []]
                if m.orig['kind'] == 'email':
                    segs += txt_lines(rtext(m.segs, 'bare'))
                else:
                    segs += txt_lines(opts.get('sms_pre', '') + rtext(m.segs, 'bare'))
                segs += [[]]
            if opts.get('after'):
                segs += txt_lines(opts['after'])
        else:
            segs = txt_lines(comment)
        subj = opts.get('subject', 'Signalement')
        top = compose(kind, rep, segs, dt, council, subj, msgs[0].lang)
        raw = serialize(top, n, received=received_for(rep['addr'], dt, n))
    elif style == 'direct':
        m = msgs[0]
        m.to = [('', COUNCIL)] if not opts.get('bcc') else [('', 'undisclosed-recipients:;')]
        rcv = received_for(m.addr, m.date, n, host=opts.get('host'))
        raw = serialize(m, n, received=rcv)
        dt = m.date
        if opts.get('bcc'):
            raw = raw.replace('To: undisclosed-recipients:;', 'To: undisclosed-recipients:;')
    elif style in ('att822_tb', 'att822_ol', 'att_octet'):
        atts = []
        for m in msgs:
            inner_raw = serialize(m, n, received=received_for(m.addr, m.date, n + 500, host=opts.get('host')))
            fname = re.sub(r'[\\/:*?"<>|]', '_', m.subject)[:60] + '.eml'
            if style == 'att_octet':
                fname = opts.get('fname', fname)
            atts.append(('application/octet-stream' if style == 'att_octet' else 'message/rfc822', fname, inner_raw))
        kind = {'att822_tb': 'tb_plain', 'att822_ol': 'outlook_fr'}.get(style, opts.get('client', 'gmail_fr'))
        subj = opts.get('subject', prefix_subject(msgs[0].subject, 'TR: ' if kind.startswith('outlook') else 'Fwd: '))
        top = compose(kind, rep, txt_lines(comment) if comment else [], dt, council, subj, msgs[0].lang, atts)
        raw = serialize(top, n, received=received_for(rep['addr'], dt, n))
    else:
        # inline forward, optionally nested
        if opts.get('name_only'):
            sender_shown = False
        if 'nest' in opts:
            k1, rep1key, com1 = opts['nest']
            rep1 = REPORTERS[rep1key]
            dt1 = dt
            dt = dt1 + DT.timedelta(hours=2 + hnum('n%d' % n, 20))
            first = forward(k1, msgs, rep1, com1, dt1, [(rep['name'], rep['addr'])], opts)
            top = forward(style, [first], rep, comment, dt, council, {})
        else:
            top = forward(style, msgs, rep, comment, dt, council, opts)
        struct = 'html' if opts.get('html_only') else None
        raw = serialize(top, n, struct=struct, received=received_for(rep['addr'], dt, n))
    data = raw.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8')
    return data, msgs, sender_shown, dt


def decoded_content(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue
        if ct == 'application/octet-stream':
            sub = BytesParser(policy=policy.default).parsebytes(part.get_content())
            out.append(decoded_content(sub))
            hdrs = '\n'.join('%s: %s' % (k, v) for k, v in sub.items())
            out.append(hdrs)
            continue
        if ct.startswith('text/'):
            c = part.get_content()
            out.append(H.unescape(c) if ct == 'text/html' else c)
    for k, v in msg.items():
        out.append('%s: %s' % (k, v))
    # headers of attached rfc822
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            for sub in part.iter_parts():
                out.append('\n'.join('%s: %s' % (k, v) for k, v in sub.items()))
    return '\n'.join(out)


def norm_digits(s):
    return re.sub(r'[\s.\-\u00a0()]', '', s)


def phone_forms(p):
    if p.startswith('+33'):
        return [p, '0' + p[3:]]
    if p.startswith('+44'):
        return [p, '0' + p[3:]]
    return [p]


def check_originals():
    errs = []
    for o in O:
        segs = parse_body(o['body'])
        link_doms = set()
        plain = '\n'.join(''.join(t for t in l if isinstance(t, str)) for l in segs).lower()
        for l in segs:
            for t in l:
                if not isinstance(t, str):
                    d = regdom(url_host(t[2].replace('{TK}', 'x')))
                    link_doms.add(d)
                    if d not in o['domains']:
                        errs.append('%s: link domain %s not in hand list' % (o['id'], d))
        for d in o['domains']:
            if d not in link_doms and d not in plain:
                errs.append('%s: text domain %s absent from body' % (o['id'], d))
        # plain-text domains not listed
        for m in re.finditer(r'(?:https?://)?((?:[a-z0-9-]+\.)+(?:fr|com|net|org|io|eu|info|xyz|top|site|online|'
                             r'app|me|ly|us|uk|de))\b', plain):
            host = m.group(1)
            if '@' in plain[max(0, m.start() - 1):m.start()]:
                d = regdom(host)
            else:
                d = regdom(host)
            if d not in o['domains']:
                errs.append('%s: plain domain %s not in hand list' % (o['id'], d))
        for p in o['phones']:
            if not any(f in norm_digits(o['body'] + o['name']) for f in phone_forms(p)):
                errs.append('%s: phone %s absent' % (o['id'], p))
    return errs


def main():
    errs = check_originals()
    rows = []
    used = Counter()
    for f in os.listdir(HERE):
        if re.match(r'report_\d{3}\.eml$', f):
            os.remove(os.path.join(HERE, f))
    for i, spec in enumerate(REPORTS, 1):
        spec = dict(spec)
        data, msgs, sender_shown, dt = build_report(i, spec)
        fn = 'report_%03d.eml' % i
        with open(os.path.join(HERE, fn), 'wb') as fh:
            fh.write(data)
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        content = decoded_content(parsed)
        nd = norm_digits(content)
        style = STYLE_OF.get(spec['style'], 'inline')
        origs = [m.orig for m in msgs]
        for o in origs:
            used[o['id']] += 1
        label = max((o['label'] for o in origs), key=lambda l: SEVER[l])
        camps = sorted(set(o['campaign'] for o in origs if o['campaign']))
        doms, phones = [], []
        for m in msgs:
            o = m.orig
            link_targets = [t[2] for l in m.segs for t in l if not isinstance(t, str)]
            link_doms = set(regdom(url_host(t)) for t in link_targets)
            for d in o['domains']:
                if d in link_doms:
                    carried = [t for t in link_targets if regdom(url_host(t)) == d and t in content]
                    ok = bool(carried)
                    # a masked link's domain may ALSO be plain text in the body
                    plain = '\n'.join(''.join(t for t in l if isinstance(t, str)) for l in m.segs)
                    if not ok and d in plain and d in content:
                        ok = True
                else:
                    ok = d in content.lower()
                if ok:
                    if d not in doms:
                        doms.append(d)
                elif style not in ('pasted', 'typed'):
                    errs.append('%s: domain %s of %s not carried' % (fn, d, o['id']))
            for p in o['phones']:
                if any(f in nd for f in phone_forms(p)):
                    phones.append(p)
                else:
                    errs.append('%s: phone %s of %s not in report' % (fn, p, o['id']))
        if spec.get('expect_domains') is not None and sorted(spec['expect_domains']) != sorted(doms):
            errs.append('%s: expected domains %s but report carries %s' % (fn, spec['expect_domains'], doms))
        sender = ''
        if sender_shown and style not in ('pasted', 'typed'):
            sender = ';'.join(o['addr'] for o in origs if o['kind'] == 'email' and o['addr'])
            for s in sender.split(';'):
                if s and s not in content:
                    errs.append('%s: sender %s not shown' % (fn, s))
        # reporter indicators must not leak into expected values
        rep = REPORTERS[spec['rep']]
        for p in rep.get('phones', []):
            if p in phones:
                errs.append('%s: reporter phone %s in expected' % (fn, p))
        langs = sorted(set(o['lang'] for o in origs))
        rows.append(dict(file=fn, label=label, campaign=';'.join(camps), sender=sender,
                         link_domains=';'.join(sorted(doms)), phones=';'.join(phones), style=style,
                         lang=langs[0] if len(langs) == 1 else '+'.join(langs), original='+'.join(o['id'] for o in origs)))
    for o in O:
        if not used[o['id']]:
            errs.append('original %s unused' % o['id'])
        if o['campaign'] and used[o['id']] < 3:
            errs.append('campaign original %s used %d times' % (o['id'], used[o['id']]))
        if not o['campaign'] and used[o['id']] > 1:
            errs.append('non-campaign original %s used %d times' % (o['id'], used[o['id']]))
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.DictWriter(fh, ['file', 'label', 'campaign', 'sender', 'link_domains', 'phones', 'style', 'lang',
                                'original'], lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow(r)
    write_readme(rows)
    if errs:
        print('\n'.join(errs))
        print('%d ERRORS' % len(errs))
        sys.exit(1)
    print('%d reports, %d originals, OK' % (len(rows), len(used)))


def write_readme(rows):
    lab = Counter(r['label'] for r in rows)
    sty = Counter(r['style'] for r in rows)
    lng = Counter(r['lang'] for r in rows)
    grid = Counter((r['label'], r['style'], r['lang']) for r in rows)
    camps = Counter(r['campaign'] for r in rows if r['campaign'])
    ol = Counter()
    seen = set()
    for r in rows:
        for oid in r['original'].split('+'):
            if oid not in seen:
                seen.add(oid)
                ol[OR[oid]['lang']] += 1
    lines = ['# unseen_d - final acceptance set (CDOM 71 reporting mailbox, April 2024 - March 2025)', '',
             'Hand-written originals (`originals.py`) laid out by `build.py` as the MIME real clients produce',
             'when doctors forward them to `%s`. Never tuned on; do not use for training.' % COUNCIL, '',
             'Rebuild: `python3 build.py` (stdlib only, deterministic, byte-identical; it checks every expected',
             'domain/phone appears in its report, every link of an original is covered by its hand-written',
             'domain list, and every .eml parses back with BytesParser(policy=default)).', '',
             '## Counts', '',
             '- reports: %d, distinct originals: %d (%s)' % (len(rows), len(seen),
                                                              ', '.join('%s %d' % kv for kv in sorted(ol.items()))),
             '- campaigns: %d (%s)' % (len(camps), ', '.join('%s x%d' % kv for kv in sorted(camps.items()))),
             '- labels: ' + ', '.join('%s %d (%.0f%%)' % (k, v, 100.0 * v / len(rows)) for k, v in sorted(lab.items())),
             '- styles: ' + ', '.join('%s %d' % kv for kv in sorted(sty.items())),
             '- report languages: ' + ', '.join('%s %d' % kv for kv in sorted(lng.items())), '',
             '| label | style | lang | n |', '|---|---|---|---|']
    for (a, b, c), v in sorted(grid.items()):
        lines.append('| %s | %s | %s | %d |' % (a, b, c, v))
    lines += ['', '## Conventions', '',
              '- `link_domains`: registered domains (PSL public section only: `ordre.medecin.fr` -> `medecin.fr`,',
              '  `ars.sante.fr` -> `sante.fr`, `sante.gouv.fr` stays, `xyz.web.app` -> `web.app`,',
              '  `sites.google.com` -> `google.com`) of the real link targets of the original that the report carries,',
              '  plus domains the original writes as plain text. A URL shown as the text of a link to another place',
              '  is not counted (e.g. shown `www.ameli.fr/amelipro`, target `ameli-compte-pro.fr`). When a doctor',
              '  pastes the text of a mail, masked link targets are lost and not expected.',
              '- `sender`: empty for pasted/typed reports, SMS/calls and forwards that show only a display name.',
              '- two originals in one report: `original` = `a+b`, label = most severe, sender/domains/phones joined.',
              '- reporters\' signatures carry their own phones, addresses and links: never expected values.',
              '- nested forwards: a secretary forwards the doctor\'s forward; sender = innermost original.', '',
              '## Files', '', '- `originals.py` the originals; `reports.py` reporters, comments and layout choices;',
              '- `build.py` builder and checks; `report_NNN.eml`; `labels.csv`.', '']
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))


if __name__ == '__main__':
    main()
