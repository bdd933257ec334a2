"""The French words staff read for the program's codes (verdicts, states, flags, actions)."""

from __future__ import annotations

VERDICT_LABELS = {"fraud": "Fraude", "spam": "Indésirable", "legitimate": "Légitime"}
VERDICT_HINTS = {
    "fraud": "escroquerie ou hameçonnage",
    "spam": "publicité ou démarchage sans danger immédiat",
    "legitimate": "message authentique",
}
STATE_LABELS = {
    "new": "Nouveau",
    "reviewed": "Examiné",
    "confirmed_fraud": "Fraude confirmée",
    "false_positive": "Faux positif",
    "closed": "Clos",
}
FORWARD_STYLE_LABELS = {
    "attachment": "joint en pièce jointe",
    "inline": "transféré dans le corps du message",
    "pasted": "copié-collé par le médecin",
    "typed": "décrit par le médecin",
    "direct": "reçu directement",
}
URL_FLAG_LABELS = {
    "lookalike": "imite un domaine officiel",
    "subdomain_trick": "nom officiel placé en sous-domaine",
    "homoglyph": "caractères trompeurs",
    "punycode": "nom internationalisé (punycode)",
    "shortener": "raccourcisseur de liens",
    "ip_literal": "adresse IP au lieu d'un nom",
    "state_domain": "site de l'État (gouv.fr)",
    "other_official": "site officiel d'un autre organisme",
    "unrelated": "sans rapport avec l'organisme cité",
    "mismatch": "le texte affiché ne correspond pas au lien",
    "non_http": "lien qui n'est pas une page web",
    "userinfo": "fausse adresse avant « @ » dans le lien",
}
INDICATOR_KIND_LABELS = {
    "sender_address": "Adresse de l'expéditeur",
    "sender_domain": "Domaine de l'expéditeur",
    "reply_to": "Adresse de réponse",
    "url": "Lien",
    "url_domain": "Domaine des liens",
    "phone": "Téléphone",
    "email": "Adresse citée",
    "organisation": "Organisme cité",
}
AUDIT_ACTION_LABELS = {
    "label": "Verdict du personnel",
    "state": "Changement d'état",
    "note": "Note ajoutée",
    "merge_campaigns": "Fusion de campagnes",
    "campaign_merged": "Campagne réunie à une autre",
    "split_report": "Retrait d'une campagne",
    "download": "Téléchargement du message",
    "login": "Connexion",
}


def describe_code(code: str) -> str:
    """A verdict or state code in words, other values as they are."""
    return VERDICT_LABELS.get(code) or STATE_LABELS.get(code) or code


def audit_detail(action: str, detail: str | None) -> str:
    """'spam -> fraud' becomes 'Indésirable → Fraude' for label and state changes."""
    if not detail:
        return ""
    if action in ("label", "state") and " -> " in detail:
        before, _, after = detail.partition(" -> ")
        return f"{describe_code(before) if before != '-' else 'aucun'} → {describe_code(after)}"
    return detail


def acknowledgement_text(answer: dict | None) -> str:
    """What became of the answer to the doctor (sent | skipped:<why> | failed:<why> | pending)."""
    if answer is None:
        return "aucune réponse enregistrée"
    status, _, why = answer["status"].partition(":")
    if status == "sent":
        return "envoyée"
    if status == "skipped":
        return f"non envoyée ({why})"
    if status == "failed":
        return f"échec de l'envoi ({why})"
    return "en cours d'envoi"
