#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py. Deterministic, stdlib only."""
import os, re, csv, io, html, hashlib, quopri, base64, urllib.parse
from email import policy
from email.parser import BytesParser
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime, format_datetime
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'originals.py'), encoding='utf-8').read())

# ------------------------------------------------------------------ domains
# ICANN suffixes used here (checked against the system PSL below when present).
# Per the brief, medecin.fr is treated as a registered domain (not a suffix).
SUFFIXES = {'fr', 'com', 'org', 'net', 'info', 'io', 'eu', 'us', 'uk', 'co.uk', 'gouv.fr', 'gle'}
def reg_domain(host):
    host = host.lower().strip('.')
    labels = host.split('.')
    for i in range(len(labels)):
        if '.'.join(labels[i:]) in SUFFIXES:
            return '.'.join(labels[max(i - 1, 0):])
    raise ValueError(host)

def psl_check(domains):
    path = '/usr/share/publicsuffix/public_suffix_list.dat'
    if not os.path.exists(path):
        return
    rules = set()
    for line in open(path, encoding='utf-8'):
        if 'BEGIN PRIVATE DOMAINS' in line:
            break
        line = line.strip()
        if line and not line.startswith('//'):
            rules.add(line)
    rules.discard('medecin.fr')  # brief: medecin.fr is the registered domain of ordre.medecin.fr
    for d in domains:
        labels = d.split('.')
        # d must be suffix + one label
        assert '.'.join(labels[1:]) in rules, ('PSL', d)
        assert d not in rules, ('PSL suffix', d)

LINK_RE = re.compile(r'\[\[(.+?)\|(.+?)\]\]', re.S)
TLDS = r'(?:fr|com|org|net|info|io|eu|us|uk)'
DOM_RE = re.compile(r'(?<![@\w.-])(?:https?://)?((?:[a-z0-9-]+\.)+' + TLDS + r')(?![\w-])', re.I)

def links(body):
    return LINK_RE.findall(body)

def text_domains(text):
    return [m.group(1).lower() for m in DOM_RE.finditer(text)]

def urlish(s):
    return bool(DOM_RE.fullmatch(s.split('/')[0].replace('https://', '').replace('http://', '')) or re.match(r'https?://', s)) or bool(DOM_RE.match(s))

# ------------------------------------------------------------------ rendering of an original body
def body_text(body, mode='gmail'):
    def rep(m):
        t, u = m.group(1), m.group(2)
        if mode == 'plain':
            return t
        if mode == 'outlook':
            return '%s<%s>' % (t, u)
        if t == u:
            return u
        return '%s <%s>' % (t, u)
    return LINK_RE.sub(rep, body)

def body_html(body, wrap=None, font=None):
    out, pos = [], 0
    for m in LINK_RE.finditer(body):
        out.append(html.escape(body[pos:m.start()], quote=False))
        href = m.group(2) if wrap is None else wrap(m.group(2))
        out.append('<a href="%s">%s</a>' % (html.escape(href), html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(body[pos:], quote=False))
    s = ''.join(out)
    paras = s.split('\n\n')
    tag = '<p style="margin:0 0 12px 0">%s</p>' if font is None else '<p class="MsoNormal">%s<o:p></o:p></p>'
    return '\n'.join(tag % p.replace('\n', '<br>\n') for p in paras)

def safelink(u):
    return ('https://eur03.safelinks.protection.outlook.com/?url=' + urllib.parse.quote(u, safe='')
            + '&data=05%7C02%7C%7Cc2f1a9%7C0%7C0%7C638712&sdata=Zq8%2Bx3%3D&reserved=0')

# ------------------------------------------------------------------ MIME helpers
def qp(s, charset='utf-8'):
    return quopri.encodestring(s.encode(charset)).decode('ascii')

def b64(b):
    return '\n'.join(textwrap_b64(base64.b64encode(b).decode('ascii')))

def textwrap_b64(s):
    return [s[i:i + 76] for i in range(0, len(s), 76)]

def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', maxlinelen=76).encode()

def addr(name, a):
    if not a:
        return hdr(name)
    return formataddr((name, a), charset='utf-8') if name else a

def text_part(s, charset='utf-8', subtype='plain'):
    try:
        enc = s.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: quoted-printable\n\n%s'
            % (subtype, charset, qp(s, charset)))

def alt(bnd, txt, htm, charset='utf-8'):
    return ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
            % (bnd, bnd, text_part(txt, charset), bnd, text_part(htm, charset, 'html'), bnd))

def bnd(tag, n):
    return '----=_Part_%s_%s' % (hashlib.md5(('%s-%s' % (tag, n)).encode()).hexdigest()[:16], n)

# ------------------------------------------------------------------ dates
FR_DAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_DAYS_L = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MON = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
FR_MON_L = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_DAYS_L = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
EN_MON_L = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def dfmt(d, style):
    wd, m = d.weekday(), d.month - 1
    if style == 'gmail_fr':
        return '%s %d %s %d à %02d:%02d' % (FR_DAYS[wd], d.day, FR_MON[m], d.year, d.hour, d.minute)
    if style == 'gmail_en':
        return '%s, %s %d, %d at %d:%02d %s' % (EN_DAYS[wd], EN_MON[m], d.day, d.year, (d.hour % 12) or 12, d.minute, 'AM' if d.hour < 12 else 'PM')
    if style == 'outlook_fr':
        return '%s %d %s %d %02d:%02d' % (FR_DAYS_L[wd], d.day, FR_MON_L[m], d.year, d.hour, d.minute)
    if style == 'outlook_en':
        return '%s, %s %d, %d %d:%02d %s' % (EN_DAYS_L[wd], EN_MON_L[m], d.day, d.year, (d.hour % 12) or 12, d.minute, 'AM' if d.hour < 12 else 'PM')
    if style == 'apple_fr':
        return '%d %s %d à %02d:%02d:%02d UTC+%d' % (d.day, FR_MON_L[m], d.year, d.hour, d.minute, d.second, int(d.utcoffset().total_seconds() // 3600))
    if style == 'num':
        return '%02d/%02d/%d %02d:%02d' % (d.day, d.month, d.year, d.hour, d.minute)
    if style == 'num2':
        return '%02d/%02d/%02d %02d:%02d' % (d.day, d.month, d.year % 100, d.hour, d.minute)
    return format_datetime(d)

# ------------------------------------------------------------------ reporters
REPORTERS = [
 # name, address, signature (their own phones/sites: NOT indicators)
 ('Dr Anne Briand', 'anne.briand@gmail.com', 'Dr Anne Briand\nMédecin généraliste\n3 place du Marché, 49300 Cholet\nTél. 02 41 62 18 90'),
 ('Pierre-Yves Lemaître', 'py.lemaitre@orange.fr', 'Dr P.-Y. Lemaître - Cardiologue\nCabinet de cardiologie du Ralliement\n02 41 88 04 15 - www.cardio-ralliement.fr'),
 ('Dr Sophie Nguyen', 'sophie.nguyen@cabinet-les-tilleuls.fr', 'Dr Sophie Nguyen\nMaison de santé Les Tilleuls\n06 71 20 45 88\nhttps://www.msp-lestilleuls.fr'),
 ('Marc Delorme', 'marc.delorme49@wanadoo.fr', 'Marc Delorme\nMG - Saumur'),
 ('Dr Isabelle Ferrand', 'i.ferrand@free.fr', '--\nDr Isabelle Ferrand, pédiatre\n12 rue Saint-Aubin, Angers\n02 41 25 63 07'),
 ('Thomas Girard', 'thomas.girard.med@yahoo.fr', 'Thomas Girard'),
 ('Dr Nadia Benali', 'nadia.benali@sfr.fr', 'Dr N. Benali\nDermatologue\n02 41 39 77 12'),
 ('Cabinet médical du Lac', 'secretariat.cabinetdulac@laposte.net', 'Secrétariat du Cabinet médical du Lac\nOuvert du lundi au vendredi 8h-18h\n02 41 70 55 31'),
 ('Dr Luc Hamon', 'luc.hamon@outlook.fr', 'Dr Luc Hamon | Médecin généraliste\n06 08 47 93 21'),
 ('Claire Moreau', 'claire.moreau@chu-angers.fr', 'Dr Claire Moreau\nPraticien hospitalier - Service de médecine interne\nCHU d\'Angers - 4 rue Larrey - 49933 Angers Cedex 9\nPoste 35 412'),
 ('Dr Julien Petit', 'julien.petit.mg@gmail.com', 'Julien Petit\nMédecin généraliste - Doué-en-Anjou\ndrpetit-doue.fr'),
 ('Hélène Roussel', 'h.roussel@hotmail.fr', 'H. Roussel'),
 ('Dr Antoine Faure', 'antoine.faure@icloud.com', 'Dr Antoine Faure\nRhumatologue'),
 ('Dr Camille Lebon', 'camille.lebon@medecin-lebon.fr', 'Dr Camille Lebon\nGynécologue médicale\n15 boulevard Foch, 49000 Angers\nRDV : 02 41 87 60 44'),
 ('François Tessier', 'francois.tessier@orange.fr', 'F. Tessier'),
 ('Dr Mathilde Aubry', 'mathilde.aubry@gmail.com', 'Mathilde Aubry - médecin généraliste remplaçante\n07 68 12 40 93'),
 ('Dr Olivier Marchal', 'olivier.marchal@free.fr', 'O. Marchal\nORL - Clinique de l\'Anjou'),
 ('Dr Emma Lambert', 'emma.lambert@ch-cholet.fr', 'Dr Emma Lambert\nUrgences - Centre hospitalier de Cholet\n02 41 49 60 00'),
 ('Secrétariat Dr Vidal', 'secretariat.drvidal@gmail.com', 'Secrétariat du Dr Vidal\n02 41 66 31 58'),
 ('Dr Paul Weber', 'paul.weber@yahoo.com', 'Paul Weber, MD'),
]
CDOMS = ['49', '44', '33', '59', '35', '72', '53', '85']

COMMENTS_FR = [
 'Bonjour,\n\nEst-ce une arnaque ?\n\nCordialement',
 'Pour info.',
 '',
 'Bonjour,\nJe vous transfère ce message reçu ce matin, je ne sais pas quoi en penser. Pouvez-vous me dire s\'il est authentique ?\nMerci',
 'Bonjour,\n\nSuite à votre circulaire sur les démarchages abusifs, je vous transmets ce courriel. Je n\'ai pas cliqué sur le lien.\n\nBien confraternellement',
 'Vrai ou faux ?',
 'Bonjour, je reçois beaucoup de mails de ce type depuis quelques semaines, je ne sais plus distinguer le vrai du faux avec cette histoire de certification. Celui-ci me paraît bizarre. Merci de votre retour.',
 'Bonjour\nA signaler\nBonne journée',
 'Bonjour,\n\nUn doute sur ce message. Je préfère vérifier avant de faire quoi que ce soit.\n\nMerci d\'avance',
 'Chers confrères du CDOM,\n\nJe me permets de vous adresser ce message que j\'ai reçu sur ma boîte professionnelle. Avec toutes les alertes que vous nous envoyez je préfère avoir votre avis : je dois avouer que je n\'ai pas encore eu le temps de m\'occuper de ma certification périodique et ce genre de message m\'inquiète un peu.\n\nBien à vous',
 'Je vous le transmets, à toutes fins utiles.',
 'bjr, c\'est normal ça ?',
 'Bonjour,\nMessage reçu hier soir. Pouvez-vous confirmer qu\'il vient bien de l\'organisme indiqué ?\nCordialement',
 'Signalement.',
]
COMMENTS_EN = [
 'FYI',
 'Hello, is this legitimate? Thanks',
 'Bonjour, reçu en anglais, je ne sais pas trop ce que c\'est. Spam ?',
 '',
]
NESTED_NOTE = ['Bonjour,\n\nLe Dr %s me demande de vous transférer le message ci-dessous.\n\nCordialement,\nLe secrétariat',
               'Je transmets de la part du docteur %s, qui est en consultation.\nMerci']

# ------------------------------------------------------------------ reports table
# (originals, style, client, extra)
CAMPAIGN = {'f01': 4, 'f02': 3, 'f03': 3, 'f05': 3, 'f06': 2, 'f07': 2, 'f08': 3, 'f22': 3, 'f31': 2,
            'f43': 2, 'f33': 2, 'f14': 2, 's01': 3, 's24': 2, 's06': 2, 'l01': 3, 'l03': 2, 'l04': 3, 'l16': 2}
PASTED = {'f09': 'paste_plain', 'f12': 'paste_plain', 'f24': 'paste_plain', 'f47': 'paste_rich', 'f58': 'paste_plain',
          's04': 'paste_rich', 's12': 'paste_plain', 's15': 'paste_plain', 'l18': 'paste_plain', 'l22': 'paste_plain',
          'l37': 'paste_plain', 'l30': 'paste_plain', 'f28': 'paste_plain', 'l34': 'paste_rich'}
DIRECT = {'f10', 'f44', 'f46', 'f53', 'f40', 'f39', 'f48'}
PAIRS = [('l02', 'f21'), ('s02', 'l09')]
INLINE = ['gmail_fr', 'outlook_fr', 'apple', 'tb_fr', 'owa', 'iphone', 'orange', 'legacy', 'gmail_fr', 'yahoo',
          'outlook_fr', 'android', 'free', 'laposte', 'sfr', 'nested', 'tb_en', 'gmail_en', 'outlook_en']
ATTACH = ['att_rfc822', 'att_eml']

def plan():
    reports = []
    paired = {x for p in PAIRS for x in p}
    ids = list(ORIGINALS)
    k = 0
    for oid in ids:
        o = ORIGINALS[oid]
        if oid in paired:
            if oid == [p for p in PAIRS if oid in p][0][0]:
                pr = [p for p in PAIRS if oid in p][0]
                reports.append((list(pr), 'inline', ['gmail_fr', 'outlook_fr'][PAIRS.index(pr)]))
            continue
        n = CAMPAIGN.get(oid, 1)
        for i in range(n):
            if o['kind'] in ('sms', 'call'):
                reports.append(([oid], 'typed', 'typed%d' % i))
            elif oid in PASTED and i == 0:
                reports.append(([oid], 'pasted', PASTED[oid]))
            elif oid in DIRECT and i == 0:
                reports.append(([oid], 'direct', 'direct'))
            else:
                k += 1
                if k % 5 == 0 and o['frm'][1]:
                    reports.append(([oid], 'attachment', ATTACH[(k // 5) % 2]))
                else:
                    c = INLINE[k % len(INLINE)]
                    if o['lang'] == 'en' and c in ('gmail_fr',) and k % 2:
                        c = 'gmail_en'
                    reports.append(([oid], 'inline', c))
    return reports

# ------------------------------------------------------------------ building one report
def odate(o):
    return parsedate_to_datetime(o['date'])

def orig_headers_block(o, lang):
    pass

def original_rfc822(o, n, to_addr):
    name, a = o['frm']
    b = bnd('orig' + o['id'], n)
    h = ['Return-Path: <%s>' % (a or 'bounce@mail.invalid'),
         'Received: from mail%d.%s (mail%d.%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\t; %s'
         % (n % 7 + 1, a.split('@')[1] if a else 'mail.invalid', n % 7 + 1, a.split('@')[1] if a else 'mail.invalid',
            n % 250 + 2, to_addr.split('@')[1], hashlib.md5(o['id'].encode()).hexdigest()[:12].upper(), o['date']),
         'From: ' + addr(name, a), 'To: ' + to_addr, 'Subject: ' + hdr(o['subj']), 'Date: ' + o['date'],
         'Message-ID: <%s.%d@%s>' % (hashlib.md5((o['id'] + 'mid').encode()).hexdigest()[:20], n, a.split('@')[1] if a else 'mail.invalid')]
    if o['reply']:
        h.insert(5, 'Reply-To: ' + o['reply'])
    h.append('MIME-Version: 1.0')
    if o['html']:
        return '\n'.join(h) + '\n' + alt(b, body_text(o['body']), '<html><body style="font-family:Arial,sans-serif;font-size:14px">\n' + body_html(o['body']) + '\n</body></html>')
    return '\n'.join(h) + '\n' + text_part(body_text(o['body']))

def fwd_block(o, client, to_addr, show_addr=True):
    """Return (text_header_lines, html_header) for the quoted original."""
    name, a = o['frm']
    d = odate(o)
    nm = name or a
    full = ('%s <%s>' % (name, a) if name else a) if (a and show_addr) else nm
    subj = o['subj']
    if client == 'gmail_fr':
        t = '---------- Message transféré ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: <%s>\n' % (full, dfmt(d, 'gmail_fr'), subj, to_addr)
    elif client == 'gmail_en':
        t = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n' % (full, dfmt(d, 'gmail_en'), subj, to_addr)
    elif client in ('outlook_fr',):
        t = '________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n' % (('%s <%s>' % (name, a)) if a and show_addr else nm, dfmt(d, 'outlook_fr'), to_addr, subj)
    elif client == 'outlook_en':
        t = 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (('%s <%s>' % (name, a)) if a and show_addr else nm, dfmt(d, 'outlook_en'), to_addr, subj)
    elif client == 'owa':
        t = '________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n' % (full, dfmt(d, 'outlook_fr'), to_addr, subj)
    elif client == 'legacy':
        t = '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n' % (('%s [mailto:%s]' % (name, a)) if a else nm, dfmt(d, 'outlook_fr'), to_addr, subj)
    elif client in ('apple', 'iphone'):
        t = 'Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n' % (full, subj, dfmt(d, 'apple_fr'), to_addr)
    elif client == 'tb_fr':
        t = '-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n' % (subj, format_datetime(d), full, to_addr)
    elif client == 'tb_en':
        t = '-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n' % (subj, format_datetime(d), full, to_addr)
    elif client == 'yahoo':
        t = '----- Message transféré -----\nDe : %s\nÀ : %s\nEnvoyé : %s\nObjet : %s\n' % (full, to_addr, dfmt(d, 'outlook_fr'), subj)
    elif client == 'orange':
        t = '> Message du %s\n> De : "%s" <%s>\n> A : %s\n> Copie à : \n> Objet : %s\n' % (dfmt(d, 'num2'), name, a, to_addr, subj) if a else '> Message du %s\n> De : %s\n> A : %s\n> Objet : %s\n' % (dfmt(d, 'num2'), nm, to_addr, subj)
    elif client == 'free':
        t = '----- Mail transféré -----\nDe: "%s" <%s>\nÀ: %s\nEnvoyé: %s\nObjet: %s\n' % (name, a, to_addr, dfmt(d, 'outlook_fr'), subj)
    elif client == 'laposte':
        t = '-------- Message original --------\nObjet : %s\nDate : %s\nDe : %s\nÀ : %s\n' % (subj, dfmt(d, 'num'), full, to_addr)
    elif client == 'sfr':
        t = '======== Message transféré ========\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n' % (full, dfmt(d, 'num'), to_addr, subj)
    elif client == 'android':
        t = '-------- Message d\'origine --------\nDe : %s\nDate : %s (GMT+01:00)\nÀ : %s\nObjet : %s\n' % (full, dfmt(d, 'num'), to_addr, subj)
    else:
        raise ValueError(client)
    return t

def report_build(n, rep):
    oids, style, client = rep
    origs = [ORIGINALS[x] for x in oids]
    o = origs[0]
    h = int(hashlib.md5(('r%d' % n).encode()).hexdigest(), 16)
    want = {'gmail_fr': 'gmail.com', 'gmail_en': 'gmail.com', 'nested': 'gmail.com', 'orange': 'orange.fr',
            'free': 'free.fr', 'laposte': 'laposte.net', 'sfr': 'sfr.fr', 'yahoo': 'yahoo.', 'apple': 'icloud.com',
            'owa': 'outlook.fr'}.get(client)
    cands = [r for r in REPORTERS if want and want in r[1]] or REPORTERS
    rname, raddr, sig = cands[h % len(cands)]
    cdom = CDOMS[(h >> 8) % len(CDOMS)]
    to_cdom = 'signalement@cdom%s.ordre.medecin.fr' % cdom
    doc_to = raddr
    lang = o['lang']
    pool = COMMENTS_EN if (lang == 'en' and (h >> 12) % 2) else COMMENTS_FR
    comment = pool[(h >> 16) % len(pool)]
    base = odate(o) if o['date'] else parsedate_to_datetime('Mon, 16 Sep 2024 09:00:00 +0200') + timedelta(days=(h % 200))
    rdate = base + timedelta(hours=2 + (h >> 20) % 70, minutes=(h >> 28) % 59)
    wrap = None
    show_addr = bool(o['frm'][1])
    B = bnd('rep', n)
    mid = '<%s@%s>' % (hashlib.sha1(('m%d' % n).encode()).hexdigest()[:24], raddr.split('@')[1])
    fwd_prefix = 'TR: ' if client in ('outlook_fr', 'legacy', 'owa', 'android', 'sfr') else ('Fw: ' if client == 'yahoo' else ('Fwd: ' if client not in ('direct',) else ''))
    subj = fwd_prefix + (o['subj'] if o['kind'] == 'email' else '')
    ua = {'gmail_fr': None, 'gmail_en': None, 'outlook_fr': 'X-Mailer: Microsoft Outlook 16.0',
          'outlook_en': 'X-Mailer: Microsoft Outlook 16.0', 'legacy': 'X-Mailer: Microsoft Office Outlook 12.0',
          'apple': 'X-Mailer: Apple Mail (2.3774.500.171.1.1)', 'iphone': 'X-Mailer: iPhone Mail (21G93)',
          'tb_fr': 'User-Agent: Mozilla Thunderbird', 'tb_en': 'User-Agent: Mozilla Thunderbird',
          'yahoo': 'X-Mailer: WebService/1.1.22645 YMailNorrin', 'orange': 'X-Mailer: Webmail Orange',
          'free': 'X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)',
          'laposte': 'X-Mailer: La Poste webmail', 'sfr': 'X-Mailer: SFR Mail', 'android': None,
          'owa': 'X-MS-Has-Attach: \nX-MS-TNEF-Correlator: '}
    exp_domains, exp_phones = [], []

    def add_link_domains(orig, carried_all=True):
        text_wo_links = LINK_RE.sub(' ', orig['body'])
        for t, u in links(orig['body']):
            if carried_all:
                exp_domains.append(reg_domain(urllib.parse.urlsplit(u).hostname))
            elif DOM_RE.match(t):
                assert reg_domain(DOM_RE.match(t).group(1)) == reg_domain(urllib.parse.urlsplit(u).hostname), ('pasted deceptive text', orig['id'])
                exp_domains.append(reg_domain(DOM_RE.match(t).group(1)))
        for d in text_domains(text_wo_links):
            exp_domains.append(reg_domain(d))
        for e in re.findall(r'[\w.-]+@([\w.-]+)', text_wo_links):
            assert reg_domain(e) in exp_domains, ('email domain not among links', orig['id'], e)
        exp_phones.extend(orig['ph'])

    headers = []
    parts_text, parts_html = None, None
    attach = None
    if style == 'typed':
        i = int(client[5:])
        narr = o['narr'][i]
        for d in text_domains(narr):
            exp_domains.append(reg_domain(d))
        exp_phones.extend(o['ph'])
        subj = ['Signalement SMS', 'Démarchage téléphonique', 'arnaque ?', 'Appel suspect certification', 'SMS suspect', 'signalement', 'Fraude DPC ?'][h % 7]
        txt = 'Bonjour,\n\n' + narr + '\n\n' + sig + '\n' if h % 3 else narr + '\n\nDr ' + rname.split()[-1] + '\n'
        if (h >> 4) % 3 == 0:
            txt += '\nEnvoyé de mon iPhone\n'
        parts_text = txt
        sender_col = ''
    elif style == 'direct':
        name, a = o['frm']
        msg = original_rfc822(o, n, to_cdom)
        add_link_domains(o)
        data = msg
        sender_col = a
        return data, dict(label=o['label'], sender=sender_col, doms=exp_domains, phones=exp_phones), rdate
    elif style == 'pasted':
        add_link_domains(o, carried_all=(client == 'paste_rich'))
        intro = comment or 'Bonjour,'
        hdrline = ''
        if (h >> 3) % 2:
            hdrline = 'Objet : %s\n' % o['subj'] + ('Expéditeur : %s\n' % o['frm'][0] if o['frm'][0] else '')
        pre = ['Voici le message (copié-collé, je ne peux pas le transférer depuis mon téléphone) :',
               'Je vous colle le texte du mail :', 'Texte reçu :', 'Contenu du courriel reçu ce jour :'][h % 4]
        txt = intro + '\n\n' + pre + '\n\n' + hdrline + body_text(o['body'], 'plain') + '\n\n' + sig + '\n'
        parts_text = txt
        if client == 'paste_rich':
            parts_html = ('<div dir="ltr"><div>%s</div><div><br></div><div>%s</div><div><br></div><div>%s</div>%s<div><br></div><div>-- <br>%s</div></div>'
                          % (html.escape(intro).replace('\n', '<br>'), html.escape(pre), html.escape(hdrline).replace('\n', '<br>'),
                             body_html(o['body']), html.escape(sig).replace('\n', '<br>')))
        sender_col = ''
        subj = ['Mail suspect', 'TR: ' + o['subj'], 'message reçu', 'A vérifier svp'][h % 4]
    elif style == 'attachment':
        add_link_domains(o)
        inner = original_rfc822(o, n, doc_to)
        body = (comment or 'Voir pièce jointe.') + '\n\n' + sig + '\n'
        if client == 'att_rfc822':
            attach = ('Content-Type: message/rfc822; name="%s.eml"\nContent-Disposition: attachment; filename="%s.eml"\n\n%s'
                      % ('message', 'message', inner))
            headers.append('User-Agent: Mozilla Thunderbird')
        else:
            fn = re.sub(r'[^A-Za-z0-9]+', '_', o['subj'])[:40] + '.eml'
            attach = ('Content-Type: application/octet-stream; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n'
                      % (fn, fn, b64(inner.replace('\n', '\r\n').encode('utf-8'))))
        parts_text = body
        sender_col = o['frm'][1]
    else:  # inline
        nested = client == 'nested'
        if nested:
            client_in = 'gmail_fr'
        else:
            client_in = client
        blocks_t, blocks_h = [], []
        for oo in origs:
            add_link_domains(oo)
            fb = fwd_block(oo, client_in, doc_to, show_addr=bool(oo['frm'][1]))
            if client_in.startswith('outlook') and (h >> 5) % 3 == 0:
                wrap = safelink
            tmode = 'outlook' if client_in.startswith('outlook') or client_in in ('owa', 'legacy') else 'gmail'
            bt = body_text(oo['body'], tmode)
            if tmode == 'outlook' and wrap:
                bt = LINK_RE.sub(lambda m: '%s<%s>' % (m.group(1), wrap(m.group(2))), oo['body'])
            if client_in == 'orange':
                blocks_t.append(fb + '>\n' + '\n'.join('> ' + l if l else '>' for l in bt.split('\n')))
            elif client_in in ('apple', 'iphone'):
                blocks_t.append(fb + '\n' + bt)
            else:
                blocks_t.append(fb + '\n' + bt)
            bh = body_html(oo['body'], wrap=wrap)
            fbh = html.escape(fb).replace('\n', '<br>\n')
            if client_in.startswith('gmail'):
                blocks_h.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div>' % (fbh, bh))
            elif client_in.startswith('outlook'):
                blocks_h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>\n%s' % (fbh.replace('________________________________<br>\n', ''), body_html(oo['body'], wrap=wrap, font=1)))
            elif client_in == 'owa':
                blocks_h.append('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>' % (fbh.replace('________________________________<br>\n', ''), bh))
            elif client_in in ('apple', 'iphone'):
                blocks_h.append('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div>%s</div></blockquote>' % (fbh, bh))
            elif client_in == 'yahoo':
                blocks_h.append('<div class="yahoo_quoted" id="yahoo_quoted_%d">%s<div>%s</div></div>' % (n, fbh, bh))
            elif client_in in ('tb_fr', 'tb_en'):
                blocks_h.append('<div class="moz-forward-container"><br><br>%s<br>%s</div>' % (fbh, bh))
            else:
                blocks_h.append('<div>%s<br>%s</div>' % (fbh, bh))
        if nested:
            inner_t = (comment or '') + '\n\n' + '\n\n'.join(blocks_t)
            doc = rname
            rname2, raddr2, sig2 = REPORTERS[(h >> 6) % len(REPORTERS)]
            if raddr2 == raddr:
                rname2, raddr2, sig2 = REPORTERS[(h % len(REPORTERS) + 1) % len(REPORTERS)]
            note = NESTED_NOTE[h % 2] % doc.replace('Dr ', '')
            outer_fb = '---------- Message transféré ---------\nDe : %s <%s>\nDate: %s\nSubject: Fwd: %s\nTo: %s <%s>\n' % (rname, raddr, dfmt(rdate - timedelta(minutes=40), 'gmail_fr'), o['subj'], rname2, raddr2)
            parts_text = note + '\n\n' + outer_fb + '\n' + inner_t + '\n'
            parts_html = '<div dir="ltr">%s<br><br><div class="gmail_quote">%s<br><div dir="ltr">%s<br><br>%s</div></div></div>' % (
                html.escape(note).replace('\n', '<br>'), html.escape(outer_fb).replace('\n', '<br>'), html.escape(comment).replace('\n', '<br>'), '<br>'.join(blocks_h))
            rname, raddr, sig = rname2, raddr2, sig2
            subj = 'Fwd: Fwd: ' + o['subj']
        else:
            intro = comment
            if client_in == 'iphone':
                parts_text = (intro + '\n\n' if intro else '') + 'Envoyé de mon iPhone\n\n' + '\n\n'.join(blocks_t) + '\n'
                parts_html = '<html><body dir="auto">%s<div dir="ltr">Envoyé de mon iPhone</div>%s</body></html>' % (html.escape(intro).replace('\n', '<br>'), ''.join(blocks_h))
            elif client_in == 'android':
                parts_text = (intro + '\n\n' if intro else '') + '\n\nEnvoyé depuis mon appareil Galaxy\n\n' + '\n\n'.join(blocks_t) + '\n'
                parts_html = None
            else:
                sigsep = '-- \n' if client_in in ('tb_fr', 'tb_en') else ''
                parts_text = (intro + '\n\n' if intro else '') + sigsep + sig + '\n\n' + '\n\n'.join(blocks_t) + '\n'
                if client_in.startswith('outlook'):
                    parts_html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1"><p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s</div></body></html>'
                                  % (html.escape(intro).replace('\n', '<br>'), html.escape(sig).replace('\n', '<br>'), '\n'.join(blocks_h)))
                elif client_in in ('laposte', 'sfr', 'free', 'orange', 'legacy') and h % 2:
                    parts_html = None
                else:
                    parts_html = '<html><body><div>%s</div><div><br></div><div>%s</div><br>%s</body></html>' % (
                        html.escape(intro).replace('\n', '<br>'), html.escape(sig).replace('\n', '<br>'), '<br>'.join(blocks_h))
        if client_in == 'owa':
            parts_text = None  # OWA forwards sent HTML-only here
        sender_col = o['frm'][1] if show_addr else ''
        if len(origs) > 1:
            sev = {'fraud': 0, 'spam': 1, 'legitimate': 2}
            worst = sorted(origs, key=lambda x: sev[x['label']])[0]
            sender_col = worst['frm'][1]
        if ua.get(client_in):
            headers.append(ua[client_in])
    # ---- assemble envelope
    charset = 'windows-1252' if client in ('outlook_fr', 'outlook_en', 'legacy') else ('iso-8859-1' if client in ('orange', 'laposte') and h % 2 else 'utf-8')
    env = ['From: ' + addr(rname, raddr), 'To: ' + to_cdom, 'Subject: ' + hdr(subj.strip() or 'Signalement'),
           'Date: ' + format_datetime(rdate), 'Message-ID: ' + mid, 'MIME-Version: 1.0'] + headers
    if client in ('outlook_fr', 'outlook_en'):
        env += ['Thread-Index: AQH' + hashlib.md5(('t%d' % n).encode()).hexdigest()[:20], 'Content-Language: fr']
    if attach:
        inner_alt = text_part(parts_text, charset)
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (B, B, inner_alt, B, attach, B))
    elif parts_html and parts_text:
        body = alt(B, parts_text, parts_html, charset)
    elif parts_html:
        body = text_part(parts_html, charset, 'html')
    else:
        body = text_part(parts_text, charset)
    data = '\n'.join(env) + '\n' + body
    lab = sorted([x['label'] for x in origs], key=lambda l: {'fraud': 0, 'spam': 1, 'legitimate': 2}[l])[0]
    return data, dict(label=lab, sender=sender_col, doms=exp_domains, phones=exp_phones, rsig=sig, raddr=raddr), rdate

# ------------------------------------------------------------------ checks
def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ('text/plain', 'text/html'):
            out.append(part.get_content())
        elif ct == 'application/octet-stream' and (part.get_filename() or '').endswith('.eml'):
            inner = BytesParser(policy=policy.default).parsebytes(part.get_payload(decode=True))
            out.append(all_text(inner))
        for k, v in part.items():
            out.append('%s: %s' % (k, v))
    return '\n'.join(out)

def digits(s):
    return re.sub(r'[^0-9+]', '', s)

def main():
    reps = plan()
    rows = []
    all_doms = set()
    # remove old outputs
    for f in os.listdir(HERE):
        if f.startswith('report_') and f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    for n, rep in enumerate(reps, 1):
        data, info, rdate = report_build(n, rep)
        raw = data.replace('\n', '\r\n').encode('utf-8')
        fn = 'report_%03d.eml' % n
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        txt = all_text(msg)
        low = txt.lower()
        doms = sorted(set(info['doms']))
        phones = sorted(set(info['phones']))
        all_doms.update(doms)
        for d in doms:
            assert d in low, (fn, 'domain missing', d)
        dg = digits(txt)
        for p in phones:
            nat = '0' + p[3:] if p.startswith('+33') else None
            assert p in dg or (nat and nat in dg) or ('0' + p[3:] in dg), (fn, 'phone missing', p)
        if info['sender']:
            assert info['sender'].lower() in low, (fn, 'sender missing')
        # reporter signature indicators must not collide with expected values
        sig = info.get('rsig', '')
        for d in text_domains(sig):
            assert reg_domain(d) not in doms, (fn, 'signature domain in expected', d)
        for p in re.findall(r'0\d(?: \d\d){4}', sig):
            assert '+33' + p.replace(' ', '')[1:] not in phones, (fn, 'signature phone')
        oids, style, client = rep
        camp = ''
        if len(oids) == 1 and CAMPAIGN.get(oids[0], 1) > 1:
            camp = 'camp_' + oids[0]
        o = ORIGINALS[oids[0]]
        rows.append([fn, info['label'], camp, info['sender'], ';'.join(doms), ';'.join(phones), style,
                     o['lang'], '+'.join(oids)])
    # every link of every original is a covered domain somewhere
    for o in ORIGINALS.values():
        for t, u in links(o['body']):
            assert reg_domain(urllib.parse.urlsplit(u).hostname) in all_doms, (o['id'], u)
    psl_check(all_doms)
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'campaign', 'sender', 'link_domains', 'phones', 'style', 'lang', 'original'])
        w.writerows(rows)
    # summary
    from collections import Counter
    c = Counter((r[1], r[6], r[7]) for r in rows)
    print('reports', len(rows), 'originals', len({x for r in rows for x in r[8].split('+')}))
    print(Counter(r[1] for r in rows), Counter(r[6] for r in rows), Counter(r[7] for r in rows))
    for k in sorted(c):
        print(k, c[k])

if __name__ == '__main__':
    main()
