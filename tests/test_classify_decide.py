"""The decision: rules and model combined, needs_review, and the asymmetry of the errors."""

from __future__ import annotations

import math

import pytest
from classify_support import RULES_FILE, gazetteer, report, url

from pipeline.classify import Classifier, load_rules
from pipeline.classify.decide import COSTS, NO_FRAUD_SIGN_WEIGHT, TYPED_REPORT_MODEL_TRUST, combine, least_costly
from pipeline.settings import Settings, SettingsError

CLASSIFIER = Classifier(load_rules(RULES_FILE), gazetteer(), None, review_below_confidence=0.7)

SCAM = report(
    "Votre certification périodique n'est pas validée. Sans régularisation sous 48h, vous vous exposez à une radiation. "
    "Connectez-vous et confirmez vos identifiants Mon DPC : https://agencedpc.fr.validation-compte.com/login",
    subject="Dernier rappel : certification périodique", sender="service@validation-compte.com", name="ANDPC Certification",
    urls=(url("https://agencedpc.fr.validation-compte.com/login", "subdomain_trick", "unrelated_to_named_body"),),
)
GENUINE = report(
    "L'Agence nationale du DPC vous informe que votre espace Mon DPC est ouvert. Rendez-vous sur https://www.agencedpc.fr/professionnel/ "
    "Ne communiquez jamais vos identifiants.",
    subject="Votre espace Mon DPC", sender="ne-pas-repondre@agencedpc.fr", verified=True, style="attachment",
    urls=(url("https://www.agencedpc.fr/professionnel/", official=True),),
)
PLAIN = report("Cher confrère, pouvez-vous me rappeler au sujet de Mme D. ? Bien à vous.", sender="dr.roux@gmail.com")
CALL = report("On m'a laissé un message vocal sans donner de nom, je n'ai pas rappelé.", style="typed")
PASTED = report("Bonjour, voici le document dont nous avons parlé.", style="pasted")


def judge(rep, fraud, spam, legitimate, explanation=""):
    return CLASSIFIER.judge(CLASSIFIER.facts(rep), {"fraud": fraud, "spam": spam, "legitimate": legitimate}, explanation)


def test_rule_weights_add_to_the_model_log_odds():
    p = combine({"fraud": 0.2, "spam": 0.3, "legitimate": 0.5}, {"fraud": 1.0})
    expected_fraud = 0.2 * math.e / (0.2 * math.e + 0.3 + 0.5)
    assert p["fraud"] == pytest.approx(expected_fraud)
    assert p["spam"] / p["legitimate"] == pytest.approx(0.3 / 0.5)


def test_missing_a_fraud_costs_more_than_a_false_alarm():
    # fraud is chosen although it is the less probable verdict: missing it is the worst error
    assert least_costly({"fraud": 0.4, "spam": 0.0, "legitimate": 0.6}) == "fraud"
    assert least_costly({"fraud": 0.15, "spam": 0.0, "legitimate": 0.85}) == "legitimate"
    # and a false alarm on a genuine message costs more than one on spam
    assert COSTS["legitimate"]["fraud"] > COSTS["spam"]["fraud"]
    assert COSTS["fraud"]["legitimate"] > COSTS["legitimate"]["fraud"]


def test_agreement_gives_a_confident_verdict_without_review():
    decision = judge(SCAM, 0.9, 0.05, 0.05)
    assert decision.verdict == "fraud" and not decision.needs_review
    assert decision.confidence > 0.99
    fired = {r.id for r in decision.reasons}
    assert {"lien_sosie", "menace_sanction", "demande_identifiants", "urgence", "nom_officiel_autre_domaine"} <= fired


def test_rules_overrule_a_model_that_misses_a_fraud_and_ask_for_review():
    decision = judge(SCAM, 0.05, 0.05, 0.9)
    assert decision.verdict == "fraud"
    assert decision.needs_review
    assert any(r.id == "disagreement" for r in decision.reasons)


def test_genuine_official_message_is_protected_from_a_model_leaning_to_fraud():
    decision = judge(GENUINE, 0.6, 0.05, 0.35)
    assert decision.verdict == "legitimate"
    assert decision.needs_review  # rules and model disagree: staff look at it


def test_the_model_alone_needs_to_be_very_sure_to_call_fraud():
    # no fraud sign at all: the model's 0.6 is not enough ...
    assert judge(PASTED, 0.6, 0.1, 0.3).verdict == "legitimate"
    assert judge(PASTED, 0.9, 0.02, 0.08).verdict == "fraud"
    # ... but one sign (a threat of radiation) is
    threat = report("On m'a appelé : si je ne valide pas, je serai radié, m'a-t-on dit. Vous risquez la radiation.", style="typed")
    assert judge(threat, 0.6, 0.1, 0.3).verdict == "fraud"


def test_low_confidence_needs_review():
    decision = judge(PASTED, 0.1, 0.3, 0.6)
    assert decision.verdict == "legitimate" and [r.id for r in decision.reasons] == ["aucun_signe_de_fraude"]
    assert decision.confidence == pytest.approx(0.6 / (0.1 * math.exp(-NO_FRAUD_SIGN_WEIGHT) + 0.9), abs=1e-4) and decision.needs_review
    confident = judge(PLAIN, 0.01, 0.02, 0.97)
    assert confident.verdict == "legitimate" and not confident.needs_review


def test_reasons_list_every_fired_rule_and_the_model_in_words():
    decision = judge(SCAM, 0.9, 0.05, 0.05, "mots typiques des fraudes : « radiation »")
    rule_reasons = [r for r in decision.reasons if r.id not in ("model", "disagreement")]
    fired = CLASSIFIER.rules.fired(CLASSIFIER.facts(SCAM))
    assert [(r.id, r.text, r.verdict, r.weight) for r in rule_reasons] == [(r.id, r.text, r.verdict, r.weight) for r in fired]
    model = next(r for r in decision.reasons if r.id == "model")
    assert model.verdict == "fraud" and "« radiation »" in model.text and "90 %" not in model.text
    assert decision.rule_scores["fraud"] == pytest.approx(sum(r.weight for r in fired if r.verdict == "fraud"))
    assert decision.model_probabilities == {"fraud": 0.9, "spam": 0.05, "legitimate": 0.05}


def test_rules_alone_decide_without_a_model():
    assert CLASSIFIER.decide(SCAM).verdict == "fraud"
    nothing = CLASSIFIER.decide(report("Bonjour", style="typed"))
    assert nothing.verdict == "legitimate" and nothing.needs_review and nothing.model_probabilities == {}


def test_missing_model_file_says_to_run_train(tmp_path):
    settings = Settings()
    settings.classifier.model_file = str(tmp_path / "absent.skops")
    with pytest.raises(SettingsError, match="triage train"):
        Classifier.from_settings(settings)
    assert Classifier.from_settings(settings, with_model=False).model is None


def test_the_model_counts_less_for_a_doctors_own_account_of_a_call():
    """A typed report holds the doctor's words, not the caller's: the model's opinion is damped."""
    trust = TYPED_REPORT_MODEL_TRUST
    damped = {v: trust * p + (1 - trust) / 3 for v, p in {"fraud": 0.7, "spam": 0.02, "legitimate": 0.28}.items()}
    decision = judge(CALL, 0.7, 0.02, 0.28)
    expected = combine(damped, {"fraud": -NO_FRAUD_SIGN_WEIGHT})
    assert decision.verdict == "legitimate" and decision.confidence == pytest.approx(expected["legitimate"], abs=1e-4)
    assert judge(PASTED, 0.7, 0.02, 0.28).verdict == "fraud"  # the same opinion on a pasted message
    # the rules still read what the caller asked
    asked = report("Il m'a demandé de lui communiquer mon mot de passe Mon DPC pour valider ma formation.", style="typed")
    assert judge(asked, 0.2, 0.2, 0.6).verdict == "fraud"
