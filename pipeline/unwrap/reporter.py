"""The reporter's own words: signature and footers stripped, and what kind of report it is.

A doctor's note above a forward ends with a greeting, their name, title, practice address
and phone ("Bien confraternellement, Dr Martin, 12 rue …, 04 …"), then a mobile footer
("Envoyé de mon iPhone") or a hospital disclaimer. None of it may be taken for the scam's
content: extraction would file the doctor's own phone number as the scammer's.
"""

from __future__ import annotations

import re

# Footers mail apps add under what the user typed (one line each, any language we saw).
MOBILE_FOOTERS = (
    r"envoy[ée] (?:de|depuis|à partir de) (?:mon|ma|mon appareil|l'application|outlook|yahoo|orange|sfr)\b.*",
    r"envoy[ée] de mon (?:iphone|ipad|smartphone|mobile|t[ée]l[ée]phone).*",
    r"sent from (?:my|mail for|outlook|yahoo|the)\b.*",
    r"get outlook for (?:ios|android).*",
    r"t[ée]l[ée]charger outlook pour (?:ios|android).*",
    r"obtenir outlook pour (?:ios|android).*",
    r"provenance\s*:\s*courrier pour windows.*",
    r"envoy[ée] avec (?:l'application|gmail|mail).*",
    r"von meinem (?:iphone|ipad|smartphone) gesendet.*",
    r"enviado desde mi (?:iphone|ipad|m[óo]vil).*",
    r"inviato da (?:iphone|ipad|outlook).*",
    r"enviado do meu (?:iphone|ipad).*",
    r"verzonden (?:vanaf|met) (?:mijn )?(?:iphone|ipad).*",
)
# Closing formulas; the signature starts at the line holding one.
VALEDICTIONS = (
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "bien a vous",
    "confraternellement", "bien confraternellement", "très confraternellement",
    "salutations", "sincères salutations", "meilleures salutations", "bonne journée",
    "bonne soirée", "merci d'avance", "merci par avance", "merci", "merci beaucoup",
    "merci pour votre aide", "merci de votre aide", "merci pour votre retour", "amicalement", "bàv", "bav",
    "regards", "best regards", "kind regards", "best", "thanks", "thank you", "many thanks",
    "sincerely", "yours sincerely", "cheers", "mit freundlichen grüßen", "saludos",
    "cordiali saluti", "atenciosamente",
)
# Disclaimers: from the line holding one of these, the rest is boilerplate.
DISCLAIMER_STARTS = (
    r"ce (?:message|courriel|mail|e-mail)(?: et (?:toutes )?(?:les|ses) pi[èe]ces jointes)? (?:est|sont|peut|contient).*confidenti",
    r"ce (?:message|courriel) (?:et (?:toutes )?(?:les|ses) pi[èe]ces jointes )?(?:est|sont) (?:[ée]tabli|destin|strictement)",
    r"avertissement\s*:", r"avis de confidentialit[ée]", r"confidentialit[ée]\s*:",
    r"this (?:e-?mail|message)(?: and any (?:files|attachments)(?: transmitted with it)?)? (?:is|are|may|contains?) (?:confidential|intended|privileged)",
    r"disclaimer\s*:", r"pensez [àa] l'environnement", r"think before you print",
    r"please consider the environment",
)

_FOOTER = re.compile(r"^[ \t>]*(?:" + "|".join(MOBILE_FOOTERS) + r")\s*$", re.IGNORECASE | re.MULTILINE)
_DISCLAIMER = re.compile(r"^[ \t>]*(?:" + "|".join(DISCLAIMER_STARTS) + r")", re.IGNORECASE | re.MULTILINE)
_VALEDICTION = re.compile(
    # the formula alone on its line, or followed by a titled name ("Cordialement, Dr Roux");
    # "Merci de vérifier ce mail" is a request, not a closing
    r"^[ \t]*(?:" + "|".join(re.escape(v) for v in sorted(VALEDICTIONS, key=len, reverse=True))
    + r")[ \t,.!]*(?:(?:dr\.?|docteur|pr\.?)[ \t]+[\w' .-]{1,40})?$",
    re.IGNORECASE | re.MULTILINE,
)
_SIG_DELIMITER = re.compile(r"^-- ?$", re.MULTILINE)

# Words a doctor uses to describe what happened, rather than to paste it.
_TYPED_CUES = re.compile(
    r"\b(?:j'ai re[çc]u|je viens de recevoir|on m'a (?:appel|t[ée]l[ée]phon|contact)|"
    r"(?:un|cet?|le) (?:appel|coup de (?:fil|t[ée]l[ée]phone)|sms|texto|message vocal|d[ée]marchage)|"
    r"m'a (?:appel|t[ée]l[ée]phon|contact|demand)|appel (?:t[ée]l[ée]phonique|re[çc]u)|"
    r"(?:une|la) (?:personne|dame|femme|homme|monsieur|interlocut)|se pr[ée]sentant|se disant|"
    r"re[çc]ue? (?:par|en|sur (?:mon|le)) (?:sms|texto|t[ée]l[ée]phone|whatsapp|message vocal|messagerie vocale|portable)|"
    r"(?:sms|texto|appel|message vocal|mms) re[çc]u|m'appel(?:le|lent|ait|aient)\b|disant (?:appeler|[êe]tre|travailler|venir)|"
    r"i (?:got|received|had) (?:a|an) (?:call|phone call|text|sms|voicemail)|someone called|a caller|"
    r"(?:got|received)(?: this| it| the following)? (?:by|via|as an?) (?:sms|text)|(?:text|sms|call) (?:message )?received|"
    r"(?:called|phoned|texted) me|claiming to (?:be|work|call|represent))\w*",  # a cue may end inside its word: "m'a appel-é"
    re.IGNORECASE,
)
_CALL_OR_SMS = re.compile(r"\b(?:appel|appel[ée]|t[ée]l[ée]phon|sms|texto|vocal|call|called|phone|text message|(?:by|via) text|texted|voicemail)", re.IGNORECASE)
# An opening note by which the reporter hands over what follows: the act of passing it on
# ("voici le message", "je vous transmets", "below is the email") or a question about it
# ("est-ce une arnaque ?"). Words such as "phishing" alone are not enough: scams use them.
_PASTE_INTRO = re.compile(
    r"(?:voici (?:le|un|ce|l')|ci-dessous|ci-apr[èe]s|je vous (?:transmets|transf[èe]re|copie|colle|signale|envoie)|"
    r"copi[ée][- ]coll[ée]|(?:texte|copie|contenu) (?:du|de ce|d'un|de l'|d'une) (?:message|mail|e-mail|courriel|sms|texto)|"
    r"(?:message|mail|courriel|sms|texto) (?:re[çc]u|copi[ée])[^\n]{0,30}:|"
    r"j'ai re[çc]u (?:ce|le|ceci|un|cet)|re[çc]u (?:ce matin|hier|aujourd'hui|ce jour)|"
    r"below is|here is the|pasted|i (?:received|got) (?:this|the following)|"
    r"(?:arnaque|phishing|hame[çc]onnage|scam|fraude?|frauduleu\w*|suspect\w*|faux|fake|legit\w*|s[ée]rieux|vrai)[^\n?]{0,40}\?)",
    re.IGNORECASE,
)
# The reporter speaking of what they send: an attachment or screenshot, a report, a question.
_REPORTER_ACT = re.compile(
    r"(?:voir (?:la |le |les )?(?:capture|copie d'[ée]cran|pi[èe]ce jointe|ci-joint)|capture d'[ée]cran|copie d'[ée]cran|"
    r"je (?:vous )?(?:signale|transmets|transf[èe]re|joins)|pour (?:info|information)\b|[àa] v[ée]rifier\s*\?|"
    r"qu'en pensez-vous|est-ce (?:normal|vrai|une arnaque|un faux|s[ée]rieux|fiable|officiel)|"
    r"screenshot|\bfyi\b|for your information|is this (?:real|legit|genuine|a scam|safe|official)|"
    r"i(?: am|'m) forwarding|see (?:the )?(?:attached|enclosed) (?:e-?mail|message|mail|screenshot)|"
    # what the reporter did or asks about it
    r"que (?:dois-je|faut-il|dois je) faire|je n'ai (?:pas cliqu|pas r[ée]pondu|rien demand|jamais demand|pas donn)|"
    r"merci de (?:votre vigilance|pr[ée]venir)|pouvez-vous (?:faire quelque chose|v[ée]rifier|me dire|confirmer)|"
    r"c'est (?:bien (?:ça|cela|vous|normal|officiel)|normal)\s*\?|\bnormal\s*\?|"
    r"what should i do|i did(?:n't| not) (?:click|reply|answer|ask|request)|can you (?:check|confirm|tell me))",
    re.IGNORECASE,
)
# A line opening a message: the reporter's own, then the pasted message's.
_GREETING = re.compile(
    r"^[ \t]*(?:bonjour|bonsoir|madame|monsieur|docteur|cher|ch[èe]re|chers|dear|hello|hi)\b[^\n]{0,50}[,!:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:fwd?|tr|trans|fw|wg|rv|i|enc|doorst|vs|vb|pd|rif|reenv|\u8f6c\u53d1)\s*:\s*)+", re.IGNORECASE)


def strip_footers(text: str) -> str:
    """Remove mobile footers and disclaimers (and all that follows a disclaimer)."""
    if not text:
        return ""
    text = _FOOTER.sub("", text)
    m = _DISCLAIMER.search(text)
    if m:
        text = text[: m.start()]
    return text.strip()


def strip_signature(text: str, reporter_name: str | None = None, *, at_closing: bool = True) -> str:
    """The reporter's words without their signature: cut at '-- ', at a closing formula
    ("Cordialement"; not with at_closing=False, for pasted text that has its own), or at a
    line holding only the reporter's name, whichever comes first after the first line."""
    text = strip_footers(text)
    if not text:
        return ""
    cuts = []
    m = _SIG_DELIMITER.search(text)
    if m:
        cuts.append(m.start())
    for m in _VALEDICTION.finditer(text) if at_closing else ():
        if m.start() > 0 or len(text) > 200:
            cuts.append(m.start())
            break
    name_words = _name_words(reporter_name)
    offset = 0
    lines = text.split("\n")
    last_line = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    for index, line in enumerate(lines):
        # a line's words are read only where a name could end the note: not a greeting that names
        # the doctor ("Docteur Noël," opening a pasted scam)
        greeting = line.rstrip().endswith((",", ":"))
        words = _name_words(line) if offset > 0 and not greeting and (name_words or index == last_line) else None
        if words and (
            (name_words and words <= name_words)  # "Paul Martin" under a note from "MARTIN Paul"
            or (index == last_line and _TITLED_NAME.match(line))  # a closing "Dr Roux"
        ):
            cuts.append(offset)
            break
        offset += len(line) + 1
    if cuts:
        text = text[: min(cuts)]
    return text.strip()


_TITLE = re.compile(r"^(?:dr\.?|docteur|pr\.?|professeur|mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|md)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_TITLED_NAME = re.compile(r"^[ \t]*(?:dr\.?|docteur|pr\.?|professeur)[ \t]+[\w'. -]{2,40}$", re.IGNORECASE)


def _name_words(text: str | None) -> set[str]:
    """The words of a person's name, titles left out, lower-cased."""
    if not text or len(text) > 60:
        return set()
    return {w for w in _WORD.findall(text.lower()) if not _TITLE.match(w)}


def is_forward_subject(subject: str | None) -> bool:
    return bool(subject and _FORWARD_SUBJECT.match(subject))


def strip_forward_prefix(subject: str | None) -> str | None:
    if not subject:
        return subject
    return _FORWARD_SUBJECT.sub("", subject).strip() or subject


def describes_something(text: str) -> bool:
    """True when a text reads as a person describing a call, SMS or message they received."""
    return bool(_TYPED_CUES.search(text[:3000]))


def _only_a_signature(text: str) -> bool:
    """A few short lines without a sentence (a name, a title, a phone): what follows a reporter's
    whole note, not a pasted message ("SMS reçu : « … »\nJe n'ai rien commandé.\n\nDr Henry\n07 …")."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    return len(lines) <= 4 and all(len(line) <= 60 and not line.endswith((".", "!", "?", ":", "»", '"')) for line in lines)


def split_paste(text: str) -> tuple[str, str] | None:
    """(intro, pasted) when the text opens with a short note handing over what follows, or
    when a second greeting opens a new message ("Bonjour, … \n\nDocteur, …")."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip(), maxsplit=1)
    if len(paragraphs) == 2:
        intro, rest = paragraphs
        if len(intro) <= 400 and _PASTE_INTRO.search(intro) and rest.strip() and not _only_a_signature(rest):
            return intro.strip(), rest.strip()
    # "Docteur Agnès BRUN" ending the text is the reporter's signature, not a greeting
    greetings = [m for m in _GREETING.finditer(text[:5000]) if not _TITLED_NAME.match(m.group(0))]
    if len(greetings) >= 2 and greetings[1].start() <= 600:
        intro, rest = text[: greetings[1].start()].strip(), text[greetings[1].start():].strip()
        if intro and rest:
            return intro, rest
    return None


# A subject by which a reporter titles what they send: what it is (an SMS, a call) or what
# they think of it. Enough on its own only when nothing in the headers says the message is
# the suspicious one itself (see `direct.py`): "Activité suspecte", "New voicemail" are also
# scams' subjects, but taking a scam for a paste loses its sender, while taking a paste for
# the scam would name the reporter as the scammer.
_REPORT_SUBJECT = re.compile(
    r"\b(?:signalement|signaler|arnaque|escroquerie|fraude|frauduleu\w*|suspect\w*|douteu\w*|bizarre|louche|"
    r"phishing|hame[çc]onnage|spam|d[ée]marchage|tentative|scam|suspicious|fake|sms|texto|appel|message vocal|"
    r"whatsapp|call|text message|voicemail)\b|\?\s*$",
    re.IGNORECASE,
)


def is_report_subject(subject: str | None) -> bool:
    return bool(subject and _REPORT_SUBJECT.search(subject))


def signed_by(text: str, sender_name: str | None) -> bool:
    """True when the text ends with a doctor's signature carrying the sender's name ("Dr
    Hélène Martin", "Docteur Nathalie BOYER" from "Nathalie Boyer"): the sender wrote it as a
    doctor, and scams impersonate bodies, not the doctor writing to the council."""
    name_words = _name_words(sender_name)
    if not name_words:
        return False
    lines = [line for line in strip_footers(text).split("\n") if line.strip()][-8:]
    return any(_TITLED_NAME.match(line) and _name_words(line) & name_words for line in lines)


def reads_as_report(text: str) -> bool:
    """True when the reporter speaks about what they send (rather than the text being the
    suspicious message itself): describes a call or a message, hands over a paste or an
    attachment, or asks whether it is genuine."""
    head = text[:3000]
    return bool(describes_something(head) or _REPORTER_ACT.search(head) or split_paste(text))


def typed_or_pasted(text: str) -> str:
    """'typed' when the reporter describes a call or an SMS in their own words, else 'pasted'."""
    if describes_something(text) and _CALL_OR_SMS.search(text[:3000]) and (split_paste(text) is None or len(text) < 1500):
        return "typed"
    return "pasted"
