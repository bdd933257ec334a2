"""The "facts" view of a report: what the rules and the model look at.

A fixed set of named yes/no facts computed once per report from its originals and its
indicators (the rules file refers to them by name, see FACTS), plus the text of the
suspicious content normalised for matching (lower case, no accents, one space).

Facts that raise suspicion hold when they hold for ANY original of the report; facts that
reassure (verified sender, official links) hold only when they hold for ALL of them, so
that one genuine message forwarded beside a scam never vouches for the scam.
"""

from __future__ import annotations

import dataclasses
import html
import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.domains import DomainJudge, host_parts, registered_domain
from ..extract.organisations import Gazetteer
from ..report import Original, Report
from ..textutil import strip_accents

# name -> what it means, in French: shown to staff (model explanations, rules documentation)
FACTS: dict[str, str] = {
    "names_official_body": "le message nomme un organisme officiel",
    "names_fake_body": "le message nomme un organisme qui n'existe pas",
    "sender_known": "l'adresse de l'expéditeur est connue",
    "sender_freemail": "l'expéditeur écrit d'une messagerie gratuite (gmail, outlook, orange…)",
    "sender_official": "l'expéditeur écrit d'un domaine officiel",
    "sender_official_for_named_body": "l'expéditeur écrit du domaine officiel de l'organisme nommé",
    "sender_not_official_for_named_body": "l'organisme nommé n'est pas celui du domaine de l'expéditeur",
    "sender_name_claims_official_body": "le nom affiché de l'expéditeur se réclame d'un organisme officiel qui n'est pas le sien",
    "sender_lookalike_domain": "l'adresse de l'expéditeur ou de réponse est sur un domaine sosie d'un domaine officiel",
    "domain_uses_body_name": "un lien ou l'expéditeur utilise le nom d'un organisme officiel dans un domaine qui n'est pas le sien",
    "sender_verified": "l'authenticité de l'expéditeur est vérifiée (SPF/DKIM)",
    "sender_authentication_failed": "le serveur qui l'a reçu a noté l'échec de la vérification de l'expéditeur (SPF/DKIM/DMARC)",
    "reply_to_differs": "l'adresse de réponse (Reply-To) est d'un autre domaine que l'expéditeur",
    "reply_to_freemail": "l'adresse de réponse (Reply-To) est une messagerie gratuite",
    "sender_domain_bait_words": "le domaine de l'expéditeur est fait de mots d'hameçonnage (account-protect-center.com)",
    "sender_name_in_bait_domain": "le nom affiché de l'expéditeur est repris dans son domaine ou celui d'un lien, à côté de mots d'hameçonnage (docusign-verification.net)",
    "has_links": "le message contient des liens (hors réseaux sociaux et services d'envoi de lettres d'information)",
    "links_all_official": "tous les liens mènent aux sites officiels d'organismes connus (pas à un service où chacun publie : formulaires, partage de fichiers)",
    "links_match_sender": "tous les liens mènent au domaine de l'expéditeur (pas à un service où chacun publie)",
    "links_elsewhere_than_named_body": "un organisme officiel est nommé, mais aucun lien ne mène à ses sites ni au domaine de l'expéditeur",
    "link_lookalike": "lien vers un domaine sosie d'un domaine officiel",
    "link_punycode": "lien vers un domaine en punycode (caractères trompeurs)",
    "link_shortener": "lien raccourci qui cache sa destination",
    "link_ip": "lien vers une adresse IP au lieu d'un nom de domaine",
    "link_mismatch": "le texte affiché d'un lien ne correspond pas à sa destination",
    "link_unrelated": "lien vers un domaine sans rapport avec l'organisme nommé",
    "has_phone": "le message donne un numéro de téléphone",
    "has_list_unsubscribe": "le message porte un en-tête de désinscription (liste de diffusion)",
    "risky_attachment": "pièce jointe d'un type souvent piégé (page HTML, programme, archive)",
    "typed_report": "le médecin décrit un SMS ou un appel (pas de message transmis)",
}

SUSPICIOUS_LINK_FLAGS = {
    "link_lookalike": {"lookalike", "subdomain_trick", "homoglyph"},
    "link_punycode": {"punycode"},
    "link_shortener": {"shortener"},
    "link_ip": {"ip_literal"},
    "link_mismatch": {"mismatch"},
    "link_unrelated": {"unrelated"},
}

RISKY_EXTENSIONS = (".html", ".htm", ".shtml", ".svg", ".exe", ".scr", ".js", ".vbs", ".bat", ".cmd",
                    ".iso", ".img", ".zip", ".rar", ".7z", ".msi", ".lnk", ".hta", ".docm", ".xlsm")

# The part of the text the rules and the model read, bounded so that matching stays cheap.
MAX_TEXT_CHARS = 20_000

_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
# "not verified" only says nothing could be checked; a failure must be written by the receiving server
_AUTH_RESULT_FAIL = re.compile(r"\b(dmarc|spf|dkim)\s*=\s*(fail|softfail)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")


def domain_of(address: str | None) -> str | None:
    """The domain of an e-mail address (also when written 'Name <a@b.fr>'), lower case."""
    if not address:
        return None
    m = _ADDRESS.search(address)
    return m.group(1).lower() if m else None


def _normalised(text: str) -> str:
    text = strip_accents(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00ab", '"').replace("\u00bb", '"')
    return _SPACES.sub(" ", text).strip().lower()


# names of organisations and senders come back report after report: remembered (texts are not)
_normalised_name = lru_cache(maxsize=4096)(_normalised)
NAME_CHARS = 200


def normalise(text: str) -> str:
    """Lower case, accents removed, typographic quotes made plain, whitespace collapsed."""
    return _normalised_name(text) if len(text) <= NAME_CHARS else _normalised(text)


# Mobile mail apps' signatures: the device a message was written on, not what it says (the
# model would learn which phone the reporters of a corpus used)
_DEVICE_SIGNATURE = re.compile(
    r"^[ \t>]*(envoye|envoyé|sent|get|obtenir|télécharger|telecharger)\b[^\n]{0,40}"
    r"\b(iphone|ipad|android|samsung|galaxy|huawei|xiaomi|mobile|outlook pour|outlook for|smartphone)\b[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE)


def without_device_signatures(text: str) -> str:
    return _DEVICE_SIGNATURE.sub("", text)


# A text part shorter than this beside an HTML part is taken for a stub ("view the HTML version")
STUB_TEXT_CHARS = 200


def body_text(original: Original) -> str:
    """The original's words: its text part, or its HTML without tags when the text is missing or a stub."""
    text = original.text.strip()
    if original.html and len(text) < STUB_TEXT_CHARS:
        from_html = _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", original.html[: 4 * MAX_TEXT_CHARS]))).strip()
        if len(from_html) > len(text):
            return from_html[:MAX_TEXT_CHARS]
    return text[:MAX_TEXT_CHARS]


@dataclass(frozen=True)
class Facts:
    """What the rules and the model see of one report."""

    true: frozenset[str]  # names (from FACTS) of the facts that hold
    subject: str  # normalised subjects of the originals
    text: str  # normalised subjects and bodies of the originals (not the reporter's comment)
    raw_text: str  # the same, as written (for the model's word features)
    link_count: int
    phone_count: int
    sender_names: str = ""  # normalised displayed names of the originals' senders


def _authentication_failed(name: str, value: str) -> bool:
    name = name.lower()
    if name in ("authentication-results", "arc-authentication-results"):
        return bool(_AUTH_RESULT_FAIL.search(value))
    return name == "received-spf" and value.strip().lower().startswith(("fail", "softfail"))


def official_by_registered_domain(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Registered domain -> ids of the organisations with an official domain under it (medecin.fr ->
    the Ordre), leaving out the registered domains where anybody can have a name."""
    ids: dict[str, set[str]] = {}
    for org in gazetteer.organisations:
        for domain in org.official_domains:
            registered = registered_domain(domain)
            if registered and not (gazetteer.is_shared_hosting(registered) or gazetteer.is_freemail(registered)):
                ids.setdefault(registered, set()).add(org.id)
    return {domain: frozenset(found) for domain, found in ids.items()}


def _official_ids(gazetteer, domain: str | None, by_registered: dict[str, frozenset[str]]) -> set[str]:
    """Ids of the organisations that officially use this domain: its parent domains included, and
    the sub-domains of the registered domain an official one belongs to (the departmental councils
    write from 69.medecin.fr, the Ordre's site is ordre.medecin.fr: only the holder of medecin.fr
    can create either)."""
    if not domain:
        return set()
    return {org.id for org in gazetteer.official_organisations(domain)} or set(by_registered.get(registered_domain(domain), ()))


# Local parts only a mail provider itself writes from (nobody can open such a mailbox there)
_PROVIDER_ROLE = re.compile(r"^(ne[-_.]?pas[-_.]?repondre|no[-_.]?reply|do[-_.]?not[-_.]?reply|nepasrepondre)$")

# Words scammers put beside a brand in a domain name (docusign-review.net, paypal-secure-login.com)
BAIT_WORDS = frozenset(
    "secure security securite verify verif verification login signin account accounts compte comptes update "
    "review confirm confirmation validation valider alert alerte support auth authentification billing facturation "
    "payment paiement reactivation activation unlock deblocage recovery restore "
    "envelope mailbox quota webmail renouvellement renewal renew expiration abonnement subscription".split()
)
# ... and the words beside a brand's name in a domain built to look like its mail service
# (linkedin-notifications-mail.com, zoom-recordings-share.com): too common alone to accuse a domain
BRAND_DOMAIN_WORDS = BAIT_WORDS | frozenset(
    "notification notifications notify mail mailer message messages share sharing shared document documents "
    "docs file files cloud portal access online service services team helpdesk recording recordings drive storage "
    "meeting meetings invite invitation webinar".split()
)


def _public_bodies(gazetteer: Gazetteer, organisations) -> set[str]:
    """Ids of the named organisations that are public bodies (not companies)."""
    return {o.id or o.name for o in organisations
            if (org := gazetteer.organisation(o.id)) is not None and org.kind == "public"}


def _provider_writing_as_itself(gazetteer: Gazetteer, domain: str, local_part: str, organisations) -> set[str]:
    """Ids of the named organisations that are this free-mail provider writing from its own
    no-reply address (La Poste from ne-pas-repondre@laposte.net): same name as one of their
    official domains, another suffix. Anybody can have an address there, but not that one."""
    if not _PROVIDER_ROLE.match(local_part.lower()):
        return set()
    label = host_parts(domain).label

    def official_domains(match) -> list[str]:
        org = gazetteer.organisation(match.id)
        return (org.official_domains if org else None) or [match.official_domain or ""]

    return {o.id or o.name for o in organisations if any(host_parts(d).label == label for d in official_domains(o))}


def _provider_name(display_name: str, domain: str, local_part: str) -> bool:
    """"Orange" <ne-pas-repondre@orange.fr>: the free-mail provider itself, by its name and no-reply address."""
    name = normalise(display_name).replace(" ", "")
    return bool(_PROVIDER_ROLE.match(local_part.lower())) and len(name) >= 3 and host_parts(domain).label in name


def _within(host: str, domains: frozenset[str]) -> bool:
    """The host is one of the domains or under one of them."""
    if not domains:
        return False
    host = host.lower()
    while host not in domains:  # the host, then each of its parent domains
        dot = host.find(".")
        if dot < 0:
            return False
        host = host[dot + 1:]
    return True


def _label_words(domain: str) -> list[str]:
    """The words of a domain's name, without its suffix: account-protect-center.com -> account, protect, center."""
    return [w for w in re.split(r"[-\d]+", host_parts(domain).label) if w]


def _bait_words(domain: str) -> bool:
    """A domain name of several words, one of them a phishing bait word (account-protect-center.com):
    a service writes from its own name (google.com), not from a description of a security check."""
    words = _label_words(domain)
    return len(words) >= 2 and any(w in BAIT_WORDS for w in words)


def _name_in_bait_domain(display_name: str, domain: str) -> bool:
    """The sender's displayed name (a brand: "DocuSign") is one word of its domain's name beside a
    phishing bait word (docusign-envelope-review.net): a brand never writes from such a name."""
    words = _label_words(domain)
    name = normalise(display_name).replace(" ", "").replace("-", "")
    return len(words) >= 2 and len(name) >= 4 and name in words and any(w in BRAND_DOMAIN_WORDS for w in words if w != name)


def _claims(name: str, organisations) -> set[str]:
    """Ids of the named organisations whose name or matched words appear in `name`."""
    name = normalise(name)
    return {
        o.id or o.name
        for o in organisations
        if (o.matched and normalise(o.matched) in name) or normalise(o.name) in name
    }


LOOKALIKE_FLAGS = {"lookalike", "homoglyph", "subdomain_trick", "punycode"}


# Labels of official domains too common to mean the body on their own in another domain.
_COMMON_LABELS = frozenset({"sante", "medecin", "medecins", "social", "economie", "office", "annuaire", "ordre",
                            "live", "outlook", "laposte", "service-public", "travail-emploi", "impots"})


def body_names(gazetteer: Gazetteer) -> frozenset[str]:
    """Names of bodies as they would appear inside a domain: acronyms of four letters or more
    (andpc, urssaf, cnom) and the distinctive labels of their official domains (agencedpc, ameli)."""
    names = {a.lower() for org in gazetteer.organisations for a in org.acronyms if len(a) >= 4}
    for org in gazetteer.organisations:
        for domain in org.official_domains:
            label = host_parts(domain).label
            if len(label) >= 5 and label not in _COMMON_LABELS:
                names.add(label)
    return frozenset(names)


class FactFinder:
    """Computes the facts of reports against the organisations (built once: it caches domain judgements)."""

    def __init__(self, gazetteer: Gazetteer, neutral_domains: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.neutral_domains = neutral_domains
        self.official_by_registered = official_by_registered_domain(gazetteer)
        self.judge = DomainJudge(gazetteer)
        self.body_names = body_names(gazetteer)

    def uses_body_name(self, host: str) -> bool:
        """A domain that is not official but carries a body's name as one of its words (andpc-reactivation.fr)."""
        if self.gazetteer.official_domain_of(host) or self.gazetteer.is_freemail(host):
            return False
        words = re.split(r"[-.\d]+", host_parts(host).label)
        return any(w in self.body_names for w in words)

    def facts(self, report: Report) -> Facts:
        facts = facts_of(report, self.gazetteer, self.judge, self.neutral_domains, self.official_by_registered)
        hosts = [u.host for u in report.indicators.urls if not u.official]
        hosts += [d for o in report.originals for d in (domain_of(o.sender.address), domain_of(o.reply_to)) if d]
        if any(self.uses_body_name(h) for h in hosts):
            return dataclasses.replace(facts, true=facts.true | {"domain_uses_body_name"})
        return facts


def facts_of(report: Report, gazetteer: Gazetteer, judge: DomainJudge, neutral_domains: frozenset[str],
             by_registered: dict[str, frozenset[str]]) -> Facts:
    """Compute the facts of a report; links to `neutral_domains` (social networks, mailing
    services: found in genuine and fake messages alike) count for no link fact; `by_registered`
    is `official_by_registered_domain(gazetteer)`, built once by FactFinder."""
    orgs = report.indicators.organisations
    real = [o for o in orgs if not o.fake]
    named_ids = {o.id or o.name for o in real}
    true: set[str] = set()
    if real:
        true.add("names_official_body")
    if any(o.fake for o in orgs):
        true.add("names_fake_body")

    originals = report.originals
    verified = []
    official_for_named = []
    sender_domains = set()  # registered domains of the senders not at a free-mail provider
    for o in originals:
        sender_domain = domain_of(o.sender.address)
        if sender_domain:
            true.add("sender_known")
        local_part = (o.sender.address or "").partition("@")[0]
        # anybody can open an address at outlook.com or laposte.net: it vouches for nobody; but
        # mailboxes exist only at the provider's own domain (info.laposte.net is the provider)
        freemail = bool(sender_domain) and sender_domain in gazetteer.freemail
        official = set() if freemail else _official_ids(gazetteer, sender_domain, by_registered)
        if freemail and (itself := _provider_writing_as_itself(gazetteer, sender_domain, local_part, real)):
            freemail, official = False, itself
        elif freemail and _provider_name(o.sender.name or "", sender_domain, local_part):
            freemail = False
        elif sender_domain and gazetteer.is_state_domain(sender_domain):
            # only the State registers under gouv.fr: a public service writes for the public
            # bodies it names (dgfip.finances.gouv.fr for the tax office), whatever its exact domain
            official |= _public_bodies(gazetteer, real)
        if official:
            true.add("sender_official")
        if freemail:
            true.add("sender_freemail")
        elif sender_domain:
            sender_domains.add(registered_domain(sender_domain))
        official_for_named.append(bool(official & named_ids))
        if sender_domain and named_ids and not official & named_ids:
            true.add("sender_not_official_for_named_body")
        claimed = _claims(f"{o.sender.name or ''} {local_part.replace('.', ' ').replace('-', ' ')}", real)
        if sender_domain and claimed - official:
            true.add("sender_name_claims_official_body")
        if sender_domain and not official and _bait_words(sender_domain):
            true.add("sender_domain_bait_words")
        # the sender's own domain, or where its links lead ("DocuSign" <x@mail.com> -> docusign-review.net)
        bait_hosts = [sender_domain] if sender_domain and not official else []
        bait_hosts += [u.host for u in report.indicators.urls if not u.official]
        if any(_name_in_bait_domain(o.sender.name or "", host) for host in bait_hosts):
            true.add("sender_name_in_bait_domain")
        verified.append(o.sender_verified is True)
        if any(_authentication_failed(name, value) for name, value in o.headers):
            true.add("sender_authentication_failed")
        reply_domain = domain_of(o.reply_to)
        for domain in (sender_domain, reply_domain):
            if domain and LOOKALIKE_FLAGS.intersection(judge.assess_host(domain).flags):
                true.add("sender_lookalike_domain")
        if reply_domain and sender_domain and registered_domain(reply_domain) != registered_domain(sender_domain):
            true.add("reply_to_differs")
        if reply_domain and gazetteer.is_freemail(reply_domain):
            true.add("reply_to_freemail")
        if any(name.lower() == "list-unsubscribe" for name, _ in o.headers):
            true.add("has_list_unsubscribe")
        if any((a.filename or "").lower().endswith(RISKY_EXTENSIONS) for a in o.attachments):
            true.add("risky_attachment")
        if o.forward_style == "typed":
            true.add("typed_report")
    if originals and all(verified):
        true.add("sender_verified")
    if originals and all(official_for_named):
        true.add("sender_official_for_named_body")

    urls = [u for u in report.indicators.urls if not _within(u.host, neutral_domains)]
    if urls:
        true.add("has_links")
        official_links = [u.official or bool(_official_ids(gazetteer, u.host, by_registered)) for u in urls]
        # a Google form, a SharePoint or Dropbox share is anybody's page, even when Google sends the mail
        anybodys = any(gazetteer.is_shared_hosting(u.registered_domain) for u in urls)
        if all(official_links) and not anybodys:
            true.add("links_all_official")
        if sender_domains and all(u.registered_domain in sender_domains for u in urls) and not anybodys:
            true.add("links_match_sender")
        elif real and not any(o or u.registered_domain in sender_domains for o, u in zip(official_links, urls)):
            true.add("links_elsewhere_than_named_body")
    for fact, flags in SUSPICIOUS_LINK_FLAGS.items():
        if any(flags.intersection(u.flags) for u in urls):
            true.add(fact)
    if report.indicators.phones:
        true.add("has_phone")

    # a typed or pasted report's "original" carries the report's own subject ("SMS frauduleux ?"):
    # the doctor's opinion, not the suspicious message's words
    subjects = " \n".join(o.subject or "" for o in originals if o.subject != report.subject)
    raw = without_device_signatures(subjects + " \n" + " \n".join(body_text(o) for o in originals))[:MAX_TEXT_CHARS]
    return Facts(
        true=frozenset(true),
        subject=normalise(subjects),
        text=normalise(raw),
        raw_text=raw,
        sender_names=normalise(" \n".join(o.sender.name or "" for o in originals)),
        link_count=len(urls),
        phone_count=len(report.indicators.phones),
    )
