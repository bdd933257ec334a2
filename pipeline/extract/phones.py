"""Phone numbers in French and international formats, normalised to E.164.

A cheap pre-compiled regex proposes candidates (10-digit French numbers in any grouping:
06 12 34 56 78, 01.23.45.67.89, 0 800 288 038, 0612345678; international numbers:
+33 6 12 34 56 78, +33 (0)6 ..., 0033 6 ..., +44 20 7946 0958, +32 ..., +41 ...; North
American numbers in their usual grouping: (888) 441-4083, 1-888-441-4083); each
is then checked with the phonenumbers library (`is_valid_number`) and formatted in E.164.

What must not become a phone: dates (01/02/2024, 01.02.2024), times, postcodes,
SIRET/SIREN, RPPS/ADELI numbers, IBAN, amounts, order or reference numbers, IP addresses.
The digit-count and boundary rules of the regex exclude most; the words just before a
candidate ("SIRET", "n° de commande", "réf.", "IBAN" ...) and a currency after it exclude
the rest. Short numbers (3646, 15, 112) have no E.164 form and are not reported.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

import phonenumbers

from ..report import Phone
from .organisations import fold
from .text import windows

_SEP = r"[ .\-\u00a0\u202f]"
_CANDIDATE = re.compile(
    r"(?P<intl>(?:\+|(?<![\w+])00)" + _SEP + r"?[1-9]\d{0,2}\)?(?:" + _SEP + r"{0,2}\(0\))?(?:" + _SEP + r"{0,2}\(?\d{1,5}\)?){1,6})(?![\w]|" + _SEP + r"\d)"
    r"|(?P<fr>(?<![\w+.,/:=?&#%-])(?<!\d" + _SEP + r")0" + _SEP + r"?[1-9](?:" + _SEP + r"{0,2}\d){8})(?![\w/]|" + _SEP + r"{1,2}\d|[.,:]\d)"
    # North American numbers in their usual grouping only: (888) 441-4083, 1-888-441-4083, 888.441.4083
    r"|(?P<nanp>(?<![\w+.,/:=?&#%-])(?:1[ .\-])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .\-])\d{3}[ .\-]\d{4})(?![\w/]|[ .\-]\d|[.,:]\d)"
)
_REGIONS = {"intl": None, "fr": "FR", "nanp": "US"}
_DIGIT_RUN = re.compile(r"[+(\d][\d ().\-\u00a0\u202f]{6,40}\d")
# identifiers and references that look like phone numbers when written with spaces
_NUMBER_WORD = r"(?:n\W{0,2}|no\.?|num(?:ero)?\.?|number|#)"
_NOT_A_PHONE_BEFORE = re.compile(
    # identifiers whose name alone says the digits are not a phone
    r"(?:(?:siret|siren|rpps|adeli|finess|iban|bic|rib|tva|nir|insee|securite sociale|matricule|identifiant|login|"
    r"code|ref(?:erence)?|montant|total|somme|order|invoice|tracking|ticket|licence|mot de passe|password)"
    r"(?:\W{1,3}[a-z']{1,12}){0,2}\W{0,3}(?:" + _NUMBER_WORD + r")?"  # "référence de commande", "code d'accès"
    # words that need a number marker: "n° de dossier", "commande n°" (but "service client : 09 ..." is a phone)
    r"|" + _NUMBER_WORD + r"\W{0,3}(?:de |du |d')?(?:commande|dossier|facture|client|contrat|colis|suivi|transaction|adherent|compte|account|order)"
    r"|(?:commande|dossier|facture|client|contrat|colis|suivi|transaction|adherent|compte|account)\W{0,3}" + _NUMBER_WORD + r")"
    r"\W{0,4}$"
)
_CURRENCY_AFTER = re.compile(r"^\s{0,2}(?:€|eur\b|euros?\b|\$|usd\b|chf\b|£)", re.IGNORECASE)
_LINK_PARAMETERS = re.compile(r"[;?,]")
MAX_DIGITS = 15


# An original's text and its HTML's visible text are both scanned and mostly say the same:
# the second look-up of a number is free. Small: the numbers of the last few messages.
@lru_cache(maxsize=64)
def _parse(candidate: str, region: str | None) -> str | None:
    number = candidate.replace("(0)", "")
    if region is None and number.startswith("00"):
        number = "+" + number[2:]
    digits = sum(c.isdigit() for c in number)
    if not 8 <= digits <= MAX_DIGITS:
        return None
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    # a number written with "+" and its country code is meant as a phone even in a range the
    # library does not know as allocated; national and 00 forms must be valid numbers
    explicit = candidate.lstrip().startswith("+")
    if not (phonenumbers.is_valid_number(parsed) or explicit and phonenumbers.is_possible_number(parsed)):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def parse_phone_link(value: str) -> Phone | None:
    """A tel: or sms: link's number."""
    number = _LINK_PARAMETERS.split(unquote(value.split(":", 1)[-1]), maxsplit=1)[0]
    e164 = _parse(number.strip(), None if number.strip().startswith(("+", "00")) else "FR")
    return Phone(e164=e164, text=value) if e164 else None


def _candidates(text: str):
    """_CANDIDATE's matches, looked for only in runs of digits and separators long enough to
    be a phone number (found with a fast character-class search)."""
    for run in _DIGIT_RUN.finditer(text):
        yield from _CANDIDATE.finditer(text, max(0, run.start() - 2), min(len(text), run.end() + 3))


def find_phones(text: str, budget=None) -> list[Phone]:
    """Phone numbers written in a text, in order, as written and in E.164."""
    phones = []
    if not text:
        return phones
    for window in windows(text):
        if budget is not None:
            budget.check("extract phones")
        for m in _candidates(window):
            # the words just before, on the same line ("Order form: …\nWhatsApp: +44 …" is a phone)
            before = fold(window[max(0, m.start() - 40) : m.start()].rpartition("\n")[2])
            if _NOT_A_PHONE_BEFORE.search(before) or _CURRENCY_AFTER.match(window[m.end() : m.end() + 8]):
                continue
            e164 = _parse(m.group(), _REGIONS[m.lastgroup])
            if e164:
                phones.append(Phone(e164=e164, text=" ".join(m.group().split())))
    return phones
