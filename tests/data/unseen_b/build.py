#!/usr/bin/env python3
"""Build the unseen_b acceptance set: report_NNN.eml + labels.csv.

stdlib only, deterministic (fixed boundaries, ids, dates). Never imports the program.
Usage: python3 build.py
"""
import base64, csv, datetime as dt, hashlib, html, io, os, quopri, re, sys, urllib.parse
from email import policy
from email.parser import BytesParser
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from originals import ORIGINALS  # noqa: E402
from reports import REPORTERS, REPORTS, COUNCIL  # noqa: E402

ORIG = {o['id']: o for o in ORIGINALS}

# ---------------------------------------------------------------- helpers
MULTI_SUFFIX = {'gouv.fr', 'medecin.fr', 'asso.fr', 'com.fr', 'co.uk', 'org.uk', 'ac.uk',
                'com.br', 'com.au', 'co.in', 'co.za', 'com.tr', 'com.cn', 'co.jp'}


def etld1(host):
    host = host.lower().strip('.')
    parts = host.split('.')
    if len(parts) >= 3 and '.'.join(parts[-2:]) in MULTI_SUFFIX:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


LINK_RE = re.compile(r'\[([^\]]*)\]\(([^)\s]+)\)')


def links_of(body):
    return [(t, u) for t, u in LINK_RE.findall(body)]


def fill(s, o, r):
    return s.replace('{greet}', r.get('greet', 'Docteur')).replace('{tk}', r.get('tk', '7f3a91'))


def H(s):
    return html.escape(s, quote=False)


def safelink(url, seed):
    h = hashlib.sha1((url + seed).encode()).hexdigest()
    return ('https://eur03.safelinks.protection.outlook.com/?url=' + urllib.parse.quote(url, safe='')
            + '&data=05%7C02%7C%7C' + h[:32] + '%7C0%7C0%7C638' + str(int(h[:8], 16))[:12]
            + '%7CUnknown&sdata=' + base64.b64encode(bytes.fromhex(h[:30])).decode().replace('=', '%3D')
            + '&reserved=0')


def body_text(body, style='angle', wrap=None):
    """plain-text alternative of an original; links per mailer convention"""
    def rep(m):
        t, u = m.group(1), m.group(2)
        if wrap:
            u = wrap(u)
        if not t or t == m.group(2):
            return u
        if style == 'outlook':
            return '%s<%s>' % (t, u)
        if style == 'paren':
            return '%s ( %s )' % (t, u)
        if style == 'lost':
            return t
        return '%s <%s>' % (t, u)
    return LINK_RE.sub(rep, body)


def body_html(body, wrap=None, font=None):
    out = []
    for para in body.strip('\n').split('\n\n'):
        segs = []
        pos = 0
        esc = ''
        for m in LINK_RE.finditer(para):
            esc += H(para[pos:m.start()])
            t, u = m.group(1), m.group(2)
            uu = wrap(u) if wrap else u
            esc += '<a href="%s">%s</a>' % (html.escape(uu), H(t or u))
            pos = m.end()
        esc += H(para[pos:])
        esc = esc.replace('\n', '<br>\n')
        out.append('<p>%s</p>' % esc)
    inner = '\n'.join(out)
    if font:
        inner = '<div style="font-family:%s;font-size:14px">%s</div>' % (font, inner)
    return inner


FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
FR_MON_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.',
               'oct.', 'nov.', 'déc.']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


def pdate(s):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M')


def tz(d):
    return '+0200' if (d.month, d.day) >= (3, 30) and d.month < 11 else '+0100'


def rfc2822(d):
    return '%s, %d %s %d %02d:%02d:%02d %s' % (EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3],
                                             d.year, d.hour, d.minute, d.second, tz(d))


def fmt_date(d, kind):
    h12 = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    utc = 'UTC+2' if tz(d) == '+0200' else 'UTC+1'
    if kind == 'gmail_fr':
        return '%s. %d %s %d à %02d:%02d' % (FR_DAYS[d.weekday()][:3], d.day, FR_MON_ABBR[d.month - 1], d.year, d.hour, d.minute)
    if kind == 'gmail_en':
        return '%s, %s %d, %d at %d:%02d %s' % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, h12, d.minute, ap)
    if kind == 'outlook_fr':
        return '%s %d %s %d %02d:%02d' % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if kind == 'outlook_en':
        return '%s, %s %d, %d %d:%02d %s' % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, h12, d.minute, ap)
    if kind == 'apple_fr':
        return '%d %s %d à %02d:%02d:%02d UTC+1' % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second) if utc == 'UTC+1' else \
            '%d %s %d à %02d:%02d:%02d UTC+2' % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second)
    if kind == 'yahoo':
        return '%s %d %s %d à %02d:%02d:%02d %s' % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, utc)
    if kind == 'orange':
        return '%02d/%02d/%02d %02d:%02d' % (d.day, d.month, d.year % 100, d.hour, d.minute)
    if kind == 'zimbra':
        return '%s %d %s %d %02d:%02d:%02d' % (FR_DAYS[d.weekday()].capitalize(), d.day, FR_MONTHS[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second)
    if kind == 'samsung':
        return '%02d/%02d/%d %02d:%02d (GMT+%s) ' % (d.day, d.month, d.year, d.hour, d.minute, '01:00' if utc == 'UTC+1' else '02:00')
    if kind == 'numeric':
        return '%02d/%02d/%d %02d:%02d' % (d.day, d.month, d.year, d.hour, d.minute)
    return rfc2822(d)


def msgid(seed, dom):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24].upper(), dom)


def hdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset='utf-8')


def qp(text, cs):
    data = text.encode(cs, errors='replace')
    return quopri.encodestring(data).decode('ascii')


def b64(text, cs='utf-8'):
    data = text.encode(cs) if isinstance(text, str) else text
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, text, cs='utf-8', cte='quoted-printable'):
    if cte == 'base64':
        enc = b64(text, cs)
    elif cte == '8bit':
        enc = text
    else:
        enc = qp(text, cs)
    return 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s\n' % (ctype, cs, cte, enc)


def alternative(text, htm, bnd, cs='utf-8', cte='quoted-printable'):
    if htm is None:
        return part('text/plain', text, cs, cte)
    if text is None:
        return part('text/html', htm, cs, cte)
    return ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
            % (bnd, bnd, part('text/plain', text, cs, cte), bnd, part('text/html', htm, cs, cte), bnd))


def html_doc(inner, head_extra=''):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>'
            '<body>\n%s\n</body></html>' % (head_extra, inner))


# ---------------------------------------------------------------- the original as a message
def original_msg(o, r, to_addr):
    """full MIME text of an email original (for attachments and direct sends)"""
    d = pdate(o['date'])
    body = fill(o['body'], o, r)
    txt = body_text(body)
    htm = html_doc(body_html(body, font='Arial, sans-serif'))
    dom = o['from'][1].split('@')[1]
    bnd = '----=_Part_%s' % hashlib.md5(o['id'].encode()).hexdigest()[:18]
    lines = ['Return-Path: <%s>' % o.get('return_path', o['from'][1]),
             'Received: from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (o.get('helo', 'mail.' + dom), o.get('helo', 'mail.' + dom), o.get('ip', '185.62.%d.%d' % (len(o['id']) * 7 % 250, len(o['subject']) % 250)),
                to_addr.split('@')[1], hashlib.md5((o['id'] + to_addr).encode()).hexdigest()[:10].upper(), to_addr, rfc2822(d)),
             'From: %s' % addr(o['from'][0], o['from'][1]),
             'To: %s' % to_addr]
    if o.get('reply_to'):
        lines.append('Reply-To: %s' % o['reply_to'])
    lines += ['Subject: %s' % hdr(fill(o['subject'], o, r)),
              'Date: %s' % rfc2822(d),
              'Message-ID: %s' % msgid(o['id'] + to_addr, dom),
              'MIME-Version: 1.0']
    if o.get('text_only'):
        lines.append(part('text/plain', txt).rstrip('\n'))
    else:
        lines.append(alternative(txt, htm, bnd).rstrip('\n'))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- forward blocks per client
def fwd_block(client, o, r, rep, text_style='angle', wrap=None, quote_inner=None):
    """return (text, html) of the forwarded block of original o as client renders it.
    quote_inner: (text, html) of an already forwarded message (nested forward)"""
    if quote_inner is not None:
        inner_t, inner_h, fname, faddr, subj, d = quote_inner
    else:
        body = fill(o['body'], o, r)
        inner_t = body_text(body, text_style, wrap)
        inner_h = body_html(body, wrap)
        fname, faddr = o['from']
        subj = fill(o['subject'], o, r)
        d = pdate(o['date'])
    name_only = r.get('name_only')
    to_a = r.get('orig_to', rep['email'])
    shown = (fname if name_only else ('%s <%s>' % (fname, faddr) if fname else faddr))
    shown_h = H(fname) if name_only else ('%s &lt;<a href="mailto:%s">%s</a>&gt;' % (H(fname), faddr, faddr) if fname else '<a href="mailto:%s">%s</a>' % (faddr, faddr))
    rt = o.get('reply_to') if quote_inner is None else None
    if client in ('gmail_fr', 'gmail_en'):
        fr = client == 'gmail_fr'
        head = '---------- %s ---------' % ('Message transféré' if fr else 'Forwarded message')
        lines = [head, '%s %s' % ('De :' if fr else 'From:', shown), 'Date: ' + fmt_date(d, client),
                 'Subject: ' + subj, 'To: <%s>' % to_a]
        t = '\n'.join(lines) + '\n\n\n' + inner_t
        gh = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>%s <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div>'
              % (head, 'De&nbsp;:' if fr else 'From:', H(fname or faddr), faddr, faddr, fmt_date(d, client), H(subj), to_a, to_a, inner_h))
        return t, gh
    if client in ('outlook_fr', 'outlook_en', 'owa_fr', 'owa_en', 'legacy'):
        fr = client.endswith('_fr') or client == 'legacy'
        L = ('De', 'Envoyé', 'À', 'Objet') if fr else ('From', 'Sent', 'To', 'Subject')
        sep = ' : ' if fr else ': '
        dd = fmt_date(d, 'outlook_fr' if fr else 'outlook_en')
        to_shown = rep['name'] if client.startswith('outlook') else '%s <%s>' % (rep['name'], to_a)
        if client == 'legacy':
            who = '%s [mailto:%s]' % (fname, faddr) if fname and not name_only else shown
            t = ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                 % (who, dd, to_a, subj, inner_t))
            return t, None
        t = ('%s%s%s\n%s%s%s\n%s%s%s\n%s%s%s\n\n%s'
             % (L[0], sep, shown, L[1], sep, dd, L[2], sep, to_shown, L[3], sep, subj, inner_t))
        if client.startswith('owa'):
            t = '________________________________\n' + t
            h = ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s%s</b>%s<br><b>%s%s</b>%s<br><b>%s%s</b>%s<br><b>%s%s</b>%s</font><div>&nbsp;</div></div><div>%s</div>'
                 % (L[0], sep.rstrip(), ' ' + shown_h.replace('<a href="mailto:%s">%s</a>' % (faddr, faddr), faddr), L[1], sep.rstrip(), ' ' + dd, L[2], sep.rstrip(), ' ' + H(to_shown), L[3], sep.rstrip(), ' ' + H(subj), inner_h))
        else:
            nb = '&nbsp;:' if fr else ':'
            h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b><span lang="FR">%s%s</span></b><span lang="FR"> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<o:p></o:p></span></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s'
                 % (L[0], nb, H(shown), L[1], nb, dd, L[2], nb, H(to_shown), L[3], nb, H(subj), inner_h.replace('<p>', '<p class="MsoNormal">')))
        return t, h
    if client in ('apple_fr', 'iphone_fr', 'iphone_en'):
        fr = client != 'iphone_en'
        head = 'Début du message réexpédié :' if fr else 'Begin forwarded message:'
        L = ('De', 'Objet', 'Date', 'À') if fr else ('From', 'Subject', 'Date', 'To')
        dd = fmt_date(d, 'apple_fr') if fr else '%s %d, %d at %d:%02d:%02d %s GMT+1' % (EN_MONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second, 'AM' if d.hour < 12 else 'PM')
        hl = ['%s: %s' % (L[0], shown), '%s: %s' % (L[2], dd), '%s: %s' % (L[3], to_a), '%s: %s' % (L[1], subj)]
        if client == 'apple_fr':
            hl = ['%s: %s' % (L[0], shown), '%s: %s' % (L[1], subj), '%s: %s' % (L[2], dd), '%s: %s' % (L[3], to_a)]
            if rt:
                hl.insert(1, 'Répondre à: %s' % rt)
            t = head + '\n\n' + '\n'.join(hl) + '\n\n' + inner_t
        else:
            q = '\n'.join(('> ' + x) if x else '>' for x in ('\n'.join(hl) + '\n\n' + inner_t).split('\n'))
            t = head + '\n\n' + q
        hh = '<br>'.join('<b>%s:</b> %s' % (x.split(': ', 1)[0], H(x.split(': ', 1)[1])) for x in hl)
        h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
             % (head.replace(' :', '&nbsp;:') + '<br><br>' + hh, inner_h))
        return t, h
    if client in ('thunderbird_fr', 'thunderbird_en'):
        fr = client.endswith('fr')
        head = '-------- %s --------' % ('Message transféré' if fr else 'Forwarded Message')
        rows = [('Sujet' if fr else 'Subject', subj), ('Date', rfc2822(d)), ('De' if fr else 'From', shown)]
        if rt:
            rows.append(('Répondre à' if fr else 'Reply-To', rt))
        rows.append(('Pour' if fr else 'To', to_a))
        sep = ' : ' if fr else ': '
        t = head + '\n' + '\n'.join('%s%s%s' % (k, sep, v) for k, v in rows) + '\n\n\n' + inner_t
        h = ('<div class="moz-forward-container"><br><br>%s<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>%s</tbody></table><br><br>%s</div>'
             % (head, ''.join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s%s</th><td>%s</td></tr>' % (k, '&nbsp;:' if fr else ':', H(v)) for k, v in rows), inner_h))
        return t, h
    if client == 'yahoo':
        lines = ['----- Message transféré -----', 'De : %s' % shown, 'À : %s' % to_a,
                 'Envoyé : %s' % fmt_date(d, 'yahoo'), 'Objet : %s' % subj]
        t = '\n'.join(lines) + '\n\n' + inner_t
        h = ('<div id="ydp%s yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">%s</div><div>%s</div></div>'
             % (hashlib.md5(o['id'].encode()).hexdigest()[:8], hashlib.md5(rep['email'].encode()).hexdigest()[:10],
                ''.join('<div>%s</div>' % H(x) for x in lines), inner_h))
        return t, h
    if client == 'orange':
        lines = ['Message du %s' % fmt_date(d, 'orange'), 'De : %s' % ('"%s" <%s>' % (fname, faddr) if fname and not name_only else shown),
                 'A : %s' % to_a, 'Copie à : ', 'Objet : %s' % subj]
        q = '\n'.join(('> ' + x) if x else '>' for x in ('\n'.join(lines) + '\n\n' + inner_t).split('\n'))
        h = ('<blockquote style="margin-left:8px;padding-left:8px;border-left:2px solid #ff6600;">%s<br><br>%s</blockquote>'
             % ('<br>'.join('&gt; ' + H(x) for x in lines), inner_h))
        return q, h
    if client in ('free', 'sfr'):
        head = '----- Mail transféré -----' if client == 'free' else '----- Mail d\'origine -----'
        lines = [head, 'De: "%s" <%s>' % (fname, faddr) if fname and not name_only else 'De: %s' % shown, 'À: %s' % to_a,
                 'Envoyé: %s' % fmt_date(d, 'zimbra'), 'Objet: %s' % subj]
        t = '\n'.join(lines) + '\n\n' + inner_t
        h = ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>%s<br><b>À: </b>%s<br><b>Envoyé: </b>%s<br><b>Objet: </b>%s<br></div><br><div data-marker="__QUOTED_TEXT__">%s</div>'
             % (H(lines[1][4:]), H(to_a), fmt_date(d, 'zimbra'), H(subj), inner_h))
        return t, h
    if client == 'laposte':
        lines = ['-------- Message transféré --------', 'De : %s' % shown, 'Date : %s' % fmt_date(d, 'numeric'),
                 'À : %s' % to_a, 'Objet : %s' % subj]
        t = '\n'.join(lines) + '\n\n' + inner_t
        h = '<div class="lp-fwd">%s</div><br>%s' % ('<br>'.join(H(x) for x in lines), inner_h)
        return t, h
    if client == 'samsung':
        lines = ["-------- Message d'origine --------", 'De : %s ' % shown, 'Date : %s' % fmt_date(d, 'samsung'),
                 'À : %s ' % to_a, 'Objet : %s ' % subj]
        t = '\n'.join(lines) + '\n\n' + inner_t
        h = '<div align="left" dir="auto" style="font-size:100%%;color:#000000">%s</div><div dir="auto">%s</div>' % ('<br>'.join(H(x) for x in lines), inner_h)
        return t, h
    raise ValueError(client)


MUA_HEADERS = {
    'gmail_fr': [], 'gmail_en': [],
    'outlook_fr': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtR3kq0Zq2VxYw1Sg2p0c1Jm9l2Qw==', 'Content-Language: fr'],
    'outlook_en': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtS1bq4Y8fK2ZxLTeW0b1Nq7p3mUg==', 'Content-Language: en-gb'],
    'owa_fr': ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: fr-FR', 'msip_labels: '],
    'owa_en': ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: en-US'],
    'legacy': ['X-Mailer: Microsoft Office Outlook 12.0', 'Thread-Index: Acm1f2B7t4l8aQ9nRyW5bZkJ0xN1vA=='],
    'apple_fr': ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'], 'iphone_fr': ['X-Mailer: iPhone Mail (22C152)'],
    'iphone_en': ['X-Mailer: iPhone Mail (21H221)'],
    'thunderbird_fr': ['User-Agent: Mozilla Thunderbird', 'Content-Language: fr'],
    'thunderbird_en': ['User-Agent: Mozilla Thunderbird', 'Content-Language: en-US'],
    'yahoo': ['X-Mailer: WebService/1.1.23187 YMailNorrin'], 'orange': ['X-Originating-IP: [90.12.44.17]', 'X-Mailer: Orange Mail'],
    'free': ['X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Linux)/9.0.0_ZEXTRAS_20240927)'],
    'sfr': ['X-Mailer: SFR Mail'], 'laposte': ['X-Mailer: LaPoste Webmail'],
    'samsung': [], 'plain': [], 'octet': [], 'rfc822': [],
}

CLIENT_CS = {'outlook_fr': 'windows-1252', 'outlook_en': 'windows-1252', 'legacy': 'iso-8859-1'}
TEXT_STYLE = {'outlook_fr': 'outlook', 'outlook_en': 'outlook', 'owa_fr': 'outlook', 'owa_en': 'outlook',
              'legacy': 'outlook', 'free': 'paren', 'sfr': 'paren'}


def sig_of(rep, client):
    s = rep.get('sig', '')
    if client.startswith('iphone'):
        s = ('Envoyé de mon iPhone' if client == 'iphone_fr' else 'Sent from my iPhone')
    if client == 'samsung':
        s = 'Envoyé depuis mon appareil Galaxy'
    return s


def headers_block(frm, to, subj, d, mid, client, extra=()):
    lines = ['From: %s' % frm, 'To: %s' % to, 'Subject: %s' % hdr(subj), 'Date: %s' % rfc2822(d),
             'Message-ID: %s' % mid, 'MIME-Version: 1.0']
    lines += MUA_HEADERS.get(client, [])
    lines += list(extra)
    return '\n'.join(lines)


def fwd_prefix(client, lang):
    if client in ('gmail_en', 'outlook_en', 'owa_en', 'thunderbird_en', 'iphone_en'):
        return 'Fwd: ' if client in ('gmail_en', 'thunderbird_en', 'iphone_en') else 'FW: '
    if client in ('outlook_fr', 'owa_fr', 'legacy'):
        return 'TR : '
    if client in ('gmail_fr',):
        return 'Fwd: '
    return 'Fwd: ' if client in ('iphone_fr', 'apple_fr', 'samsung') else 'TR: '


def build_report(n, r):
    rep = REPORTERS[r['by']]
    oids = r['orig'].split('+')
    os_ = [ORIG[x] for x in oids]
    o = os_[0]
    client = r['client']
    d0 = pdate(o['date'])
    d = d0 + dt.timedelta(minutes=r.get('delay', 95 + (n * 37) % 600))
    mid_dom = rep['email'].split('@')[1]
    mid = msgid('report%d%s' % (n, rep['email']), mid_dom)
    to = r.get('to', COUNCIL)
    comment = r.get('comment', '')
    sig = sig_of(rep, client)
    frm = addr(rep['name'], rep['email'])
    bnd = '000000000000%s' % hashlib.md5(('b%d' % n).encode()).hexdigest()[:16]
    style = r['style']
    carried = ''  # text used for checks; computed by parsing later

    if style in ('typed', 'pasted'):
        text = comment
        if style == 'pasted':
            paste = r.get('paste')
            if paste is None:
                paste = body_text(fill(o['body'], o, r), 'lost') if o['kind'] == 'email' else fill(o['body'], o, r)
            text = comment + ('\n\n' if comment else '') + paste + '\n'
        if sig:
            text = text.rstrip('\n') + '\n\n' + sig + '\n'
        cs = 'utf-8'
        subj = r.get('subject', 'Signalement')
        body = part('text/plain', text, cs, r.get('cte', 'quoted-printable')) if not r.get('as_html') else \
            alternative(text, html_doc('<div>%s</div>' % H(text).replace('\n', '<br>\n')), bnd)
        return headers_block(frm, to, subj, d, mid, client) + '\n' + body

    if style == 'direct':
        return original_msg(o, r, to)

    if style == 'attachment':
        att_bnd = '_004_%s_' % hashlib.md5(('a%d' % n).encode()).hexdigest()[:20]
        ctext = (comment + '\n\n' + sig if sig else comment) + '\n'
        chtml = html_doc('<div dir="ltr">%s</div>' % H(ctext).replace('\n', '<br>\n'))
        mua = r.get('mua', 'thunderbird_fr')
        subj = r.get('subject', (fwd_prefix(mua, o['lang']) + fill(o['subject'], o, r)) if len(oids) == 1 else 'Signalements')
        parts = ['--%s\n%s' % (att_bnd, alternative(ctext, chtml, bnd + 'c', CLIENT_CS.get(mua, 'utf-8')))]
        for i, oo in enumerate(os_):
            raw = original_msg(oo, r, r.get('orig_to', rep['email']))
            fname = r.get('fname', re.sub(r'[^A-Za-z0-9]+', '_', fill(oo['subject'], oo, r))[:40].strip('_') + '.eml')
            if r['client'] == 'octet':
                parts.append('--%s\nContent-Type: application/octet-stream; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n'
                             % (att_bnd, fname, fname, b64(raw)))
            else:
                parts.append('--%s\nContent-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n%s'
                             % (att_bnd, fname, fname, raw))
        body = 'Content-Type: multipart/mixed; boundary="%s"\n\n%s\n--%s--\n' % (att_bnd, '\n'.join(parts), att_bnd)
        return headers_block(frm, to, subj, d, mid, mua) + '\n' + body

    # ---- inline forward (possibly nested, possibly two originals)
    tstyle = TEXT_STYLE.get(client, 'angle')
    wrap = (lambda u: safelink(u, rep['email'])) if r.get('safelinks') else None
    blocks = []
    for oo in os_:
        blocks.append(fwd_block(client, oo, r, rep, tstyle, wrap))
    subj = r.get('subject', fwd_prefix(client, o['lang']) + fill(o['subject'], o, r))
    ctext = comment
    if sig and client not in ('iphone_fr', 'iphone_en'):
        ctext = (comment + '\n\n' if comment else '') + ('-- \n' if client.startswith('thunderbird') else '') + sig
    elif sig:
        ctext = (comment + '\n\n' if comment else '') + sig
    text = ctext + '\n\n' + '\n\n'.join(b[0] for b in blocks) + '\n'
    hparts = [b[1] for b in blocks]
    if any(x is None for x in hparts):
        htm = None
    else:
        chh = H(ctext).replace('\n', '<br>\n')
        if client.startswith('outlook'):
            htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1"><p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s</div></body></html>'
                   % (chh, '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'.join(hparts)))
        else:
            htm = html_doc('<div dir="ltr">%s</div><br>%s' % (chh, '<br>'.join(hparts)))
    if r.get('html_only'):
        text = None
    if r.get('text_only'):
        htm = None
    cs = CLIENT_CS.get(client, 'utf-8')
    extra = []
    if r.get('nested'):
        # the doctor forwarded to someone (e.g. secretary) who forwards to the council
        outer = REPORTERS[r['nested']]
        inner_msg = (text or re.sub(r'<[^>]+>', '', htm), htm if htm else H(text).replace('\n', '<br>\n'),
                     rep['name'], rep['email'], subj, d)
        ocl = r['outer_client']
        ob = fwd_block(ocl, o, dict(r, orig_to=outer['email'], name_only=False), outer, TEXT_STYLE.get(ocl, 'angle'), None, quote_inner=inner_msg)
        osig = sig_of(outer, ocl)
        oc = r.get('outer_comment', '')
        otext = (oc + '\n\n' if oc else '') + (osig + '\n\n' if osig else '') + ob[0] + '\n'
        ohtm = None if ob[1] is None else html_doc('<div>%s</div><br>%s' % (H((oc + '\n\n' if oc else '') + osig).replace('\n', '<br>\n'), ob[1]))
        d2 = d + dt.timedelta(minutes=r.get('delay2', 180))
        mid2 = msgid('outer%d' % n, outer['email'].split('@')[1])
        subj2 = fwd_prefix(ocl, 'fr') + subj
        cs2 = CLIENT_CS.get(ocl, 'utf-8')
        return headers_block(addr(outer['name'], outer['email']), to, subj2, d2, mid2, ocl) + '\n' + alternative(otext, ohtm, bnd, cs2)
    cte = r.get('cte', 'base64' if client in ('gmail_fr', 'gmail_en') and n % 3 == 0 else 'quoted-printable')
    return headers_block(frm, to, subj, d, mid, client, extra) + '\n' + alternative(text, htm, bnd, cs, cte)


# ---------------------------------------------------------------- checks
def all_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith('text/'):
            out.append(p.get_content())
        elif ct == 'application/octet-stream':
            inner = BytesParser(policy=policy.default).parsebytes(p.get_content())
            out.append(all_text(inner))
            for k in ('From', 'Subject', 'Reply-To'):
                out.append(str(inner.get(k, '')))
        elif ct == 'message/rfc822':
            pass  # walk() descends
        for k in ('From', 'Subject', 'Reply-To'):
            if p.get(k):
                out.append(str(p.get(k)))
    return '\n'.join(out)


def digits(s):
    return re.sub(r'[\s.\-()\u00a0/]', '', s)


def main():
    rows = []
    errors = []
    counts = {}
    for o in ORIGINALS:
        # each original link must be covered by hand-written domains
        for t, u in links_of(o['body']):
            dom = etld1(urllib.parse.urlsplit(u.replace('{tk}', 'x')).hostname)
            if dom not in o['domains']:
                errors.append('%s: link %s not covered by %s' % (o['id'], u, o['domains']))
        for p in o.get('phones', []):
            if not p.startswith('+'):
                errors.append('%s: phone not E.164 %s' % (o['id'], p))
    seen = {}
    used = set()
    for r in REPORTS:
        for x in r['orig'].split('+'):
            used.add(x)
        if '+' not in r['orig']:
            seen[r['orig']] = seen.get(r['orig'], 0) + 1
    for o in ORIGINALS:
        if o['id'] not in used:
            errors.append('original unused: ' + o['id'])
    for n, r in enumerate(REPORTS, 1):
        fn = 'report_%03d.eml' % n
        raw = build_report(n, r).replace('\r\n', '\n').encode('utf-8')
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            errors.append('%s: defects %s' % (fn, msg.defects))
        txt = all_text(msg)
        utxt = urllib.parse.unquote(txt)
        oids = r['orig'].split('+')
        os_ = [ORIG[x] for x in oids]
        label = max((o['label'] for o in os_), key=['legitimate', 'spam', 'fraud'].index)
        if r['style'] in ('typed', 'pasted'):
            o0 = os_[0]
            if r['style'] == 'pasted' and 'domains' not in r:
                bare = [u for t, u in links_of(fill(o0['body'], o0, r)) if not t or t == u]
                doms = sorted({etld1(urllib.parse.urlsplit(u).hostname) for u in bare})
            else:
                doms = r.get('domains', [])
            phones = r.get('phones', o0.get('phones', []) if r['style'] == 'pasted' else [])
            sender = ''
        else:
            doms, phones = [], []
            for o in os_:
                doms += [x for x in o['domains'] if x not in doms]
                phones += [x for x in o.get('phones', []) if x not in phones]
            sender = '' if r.get('name_only') else ';'.join(o['from'][1] for o in os_)
        if r['style'] in ('typed',) and r.get('domains') is None:
            pass
        for dm in doms:
            if dm.lower() not in utxt.lower():
                errors.append('%s: domain %s absent' % (fn, dm))
        dt_ = digits(txt)
        for p in phones:
            nat = '0' + p[3:] if p.startswith('+33') else p
            if nat not in dt_ and p not in dt_ and p[1:] not in dt_:
                errors.append('%s: phone %s absent' % (fn, p))
        if sender:
            for s in sender.split(';'):
                if s.lower() not in txt.lower():
                    errors.append('%s: sender %s absent' % (fn, s))
        # reporter's own indicators must not leak into expected values
        rep = REPORTERS[r['by']]
        for v in rep.get('own', []):
            if v in doms or v in phones:
                errors.append('%s: reporter indicator %s in expected' % (fn, v))
        camp = ''
        if len(oids) == 1 and seen[oids[0]] > 1:
            camp = os_[0].get('campaign', oids[0])
        lang = os_[0]['lang']
        rows.append([fn, label, camp, sender, ';'.join(doms), ';'.join(phones), r['style'], lang, r['orig']])
        k = (label, r['style'], lang)
        counts[k] = counts.get(k, 0) + 1
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'campaign', 'sender', 'link_domains', 'phones', 'style', 'lang', 'original'])
        w.writerows(rows)
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    by = lambda i: {k: sum(1 for row in rows if row[i] == k) for k in sorted({row[i] for row in rows})}
    print('%d reports, %d originals' % (len(rows), len(ORIGINALS)))
    print('label', by(1)); print('style', by(6)); print('lang', by(7))
    print('campaigns', len({row[2] for row in rows if row[2]}))
    for k in sorted(counts):
        print(' ', k, counts[k])


if __name__ == '__main__':
    main()
