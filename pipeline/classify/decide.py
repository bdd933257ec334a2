"""The decision: rules and model combined into a verdict, a confidence and the reasons.

The verdicts: VERDICT_DEFINITIONS below (the same definitions everywhere in the program).

How the two are combined. The model gives calibrated probabilities P(verdict | text, facts).
Each rule that fires adds its weight to the log-odds of the verdict it pleads for:
    score(v) = log P_model(v) + sum of the weights of the fired rules pleading v
and the scores are normalised back into probabilities (a weight of 1 multiplies the odds of
its verdict by e ≈ 2.7; a weight of 3 by 20). Without a model (while training, or before the
first `triage train`), the rules start from NO_MODEL_PRIOR instead. The rules describe how
frauds deceive: when none of the rules pleading fraud fires (they weigh less than 1 in all),
fraud's log-odds are lowered by NO_FRAUD_SIGN_WEIGHT (1.5), so that the model alone, reading
words, calls fraud only when it is fairly sure. For a typed report (the doctor's own account of
a call or SMS) the model's probabilities are first damped towards even odds
(TYPED_REPORT_MODEL_TRUST): it reads the doctor's words there, not the caller's.

The verdict is then the one with the smallest expected cost under COSTS, not simply the most
probable one, because the errors are not equally bad: missing a fraud is the worst error
(cost 10, whether it is called legitimate or spam); calling a genuine message fraud is the
second worst (cost 4: doctors would learn to ignore real ANDPC, ANS or Ordre obligations);
confusing spam and legitimate costs 1. In practice fraud wins as soon as its probability
passes about 0.29 against legitimate, or about 0.23 against spam. Genuine official messages are
protected by the rules pleading legitimate (a verified sender on the body's own domain with
only official links), whose weight must be overcome by real evidence of fraud.

needs_review is true when the rules and the model disagree (the rules, on their own, lean to
another verdict than the model's), when the confidence (the combined probability of the
verdict chosen) is below `classifier.review_below_confidence`, or when, without a model, no
rule weighs enough to have an opinion.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..extract.organisations import Gazetteer, load_gazetteer
from ..report import VERDICTS, Decision, Reason, Report
from ..settings import Settings, SettingsError
from .facts import FactFinder, Facts
from .model import TextModel, load_model
from .rules import Rule, RuleSet, load_rules

VERDICT_DEFINITIONS = """\
- fraud: deceives. Impersonates an official body (ANDPC, ANS, Ordre des médecins, Assurance
  Maladie, URSSAF, HAS, ARS, ministry, …) or invents one ("direction régionale de
  certification périodique" does not exist), threatens sanctions (radiation, suspension: only
  the Ordre's disciplinary chamber can pronounce a radiation), asks for credentials,
  identifiers, payment or bank details, sends an unsolicited password reset, or links to a
  look-alike or unrelated domain under an official-looking name. Generic credential phishing
  and advance-fee or payment scams are fraud too.
- spam: unsolicited but not deceptive: a real, identifiable sender's commercial offer or
  newsletter (a training organisation advertising DPC-eligible sessions honestly, a vendor, a
  congress), with no false authority, no threat, no credential request.
- legitimate: genuinely from the body it names, from that body's own domain, with links
  consistent with it, or ordinary correspondence the doctor doubted.
"""

# COSTS[true verdict][verdict given]
COSTS: dict[str, dict[str, float]] = {
    "fraud": {"fraud": 0.0, "spam": 10.0, "legitimate": 10.0},
    "spam": {"fraud": 3.0, "spam": 0.0, "legitimate": 1.0},
    "legitimate": {"fraud": 4.0, "spam": 1.0, "legitimate": 0.0},
}
# Where the rules start without a model: most reports are harmless (see PEERS.md), and
# without evidence nothing should be called fraud; every such decision needs review anyway.
NO_MODEL_PRIOR: dict[str, float] = {"fraud": 0.1, "spam": 0.2, "legitimate": 0.7}
# Below this total weight the rules have no opinion of their own (no disagreement possible).
RULES_OPINION_MIN_WEIGHT = 1.0
# The rules describe how frauds deceive; a message that shows none of those signs (the rules
# pleading fraud weigh less than RULES_OPINION_MIN_WEIGHT) has its fraud log-odds lowered by
# this much, so that the model alone calls fraud only when it is fairly sure (odds divided by 4.5;
# 1.5 keeps as few genuine messages called fraud as 2.5 did and misses fewer frauds, cross-validated
# over the training data and the reports written by other hands):
# the model also reads the style of a message (a colleague's hurried note with a phone number).
NO_FRAUD_SIGN_WEIGHT = 1.5
MODEL_REASONS = 6  # words shown for the model's opinion
# A typed report is the doctor's own account of a call or SMS: the model reads the doctor's words
# and manner (which are alike for scams and genuine calls), not the caller's, so its opinion
# counts for this share only, the rest spread evenly over the verdicts; the rules still read
# what the caller said and asked.
TYPED_REPORT_MODEL_TRUST = 0.6


def trusted(model_probabilities: dict[str, float], facts: Facts) -> dict[str, float]:
    """The model's probabilities as far as they can be trusted for this report."""
    if "typed_report" not in facts.true:
        return model_probabilities
    return {v: TYPED_REPORT_MODEL_TRUST * p + (1 - TYPED_REPORT_MODEL_TRUST) / len(VERDICTS)
            for v, p in model_probabilities.items()}


def combine(model_probabilities: dict[str, float], rule_scores: dict[str, float]) -> dict[str, float]:
    """Rule weights added to the model's log-probabilities, normalised back to probabilities."""
    logits = {v: math.log(max(model_probabilities.get(v, 0.0), 1e-6)) + rule_scores.get(v, 0.0) for v in VERDICTS}
    top = max(logits.values())
    exp = {v: math.exp(s - top) for v, s in logits.items()}
    total = sum(exp.values())
    return {v: exp[v] / total for v in VERDICTS}


def least_costly(probabilities: dict[str, float]) -> str:
    """The verdict with the smallest expected cost under COSTS (a tie goes to fraud, then spam)."""

    def expected_cost(given: str) -> float:
        return sum(probabilities[true] * COSTS[true][given] for true in VERDICTS)

    return min(VERDICTS, key=expected_cost)


def rules_opinion(rule_scores: dict[str, float]) -> str | None:
    """The verdict the fired rules lean to on their own, if they weigh enough to have an opinion."""
    verdict = max(VERDICTS, key=lambda v: rule_scores.get(v, 0.0))
    return verdict if rule_scores.get(verdict, 0.0) >= RULES_OPINION_MIN_WEIGHT else None


@dataclass
class Classifier:
    """Rules (always) and model (optional) over the facts of a report."""

    rules: RuleSet
    gazetteer: Gazetteer
    model: TextModel | None = None
    review_below_confidence: float = 0.7

    def __post_init__(self):
        self.finder = FactFinder(self.gazetteer, self.rules.neutral_link_domains)

    @classmethod
    def from_settings(cls, settings: Settings, with_model: bool = True) -> "Classifier":
        """Load the rules, the organisations and (with_model) the trained model named by the settings."""
        conf = settings.classifier
        rules = load_rules(settings.path(conf.rules_file))
        gazetteer = load_gazetteer(settings.path(conf.organisations_file))
        model = None
        if with_model:
            model_path = settings.path(conf.model_file)
            if not model_path.is_file():
                raise SettingsError(
                    model_path, "classifier.model_file",
                    "the model file does not exist: run `triage train` to build it",
                )
            model = load_model(model_path)
        return cls(rules, gazetteer, model, conf.review_below_confidence)

    def facts(self, report: Report) -> Facts:
        return self.finder.facts(report)

    def decide(self, report: Report) -> Decision:
        facts = self.facts(report)
        if self.model is None:
            return self.judge(facts, None, "")
        return self.judge(facts, *self.model.opinion(facts, MODEL_REASONS))

    def judge(self, facts: Facts, model_probabilities: dict[str, float] | None, explanation: str) -> Decision:
        """The decision from the facts and the model's opinion (None: rules only)."""
        fired = self.rules.fired(facts)
        rule_scores = {v: 0.0 for v in VERDICTS}
        for rule in fired:
            rule_scores[rule.verdict] += rule.weight
        reasons = [_rule_reason(r) for r in fired]
        if rule_scores["fraud"] < RULES_OPINION_MIN_WEIGHT:
            rule_scores["fraud"] -= NO_FRAUD_SIGN_WEIGHT
            reasons.append(Reason(id="aucun_signe_de_fraude", verdict="fraud", weight=-NO_FRAUD_SIGN_WEIGHT,
                                  text="Aucun des signes de fraude décrits par les règles n'est présent."))
        model_verdict = None
        if model_probabilities is not None:
            model_verdict = max(VERDICTS, key=model_probabilities.__getitem__)
            if explanation:
                reasons.append(Reason(
                    id="model", text=f"Modèle ({model_probabilities[model_verdict]:.0%} {FRENCH[model_verdict]}) : {explanation}",
                    verdict=model_verdict, weight=round(model_probabilities[model_verdict], 3),
                ))
        probabilities = combine(trusted(model_probabilities, facts) if model_probabilities else NO_MODEL_PRIOR, rule_scores)
        verdict = least_costly(probabilities)
        confidence = probabilities[verdict]
        opinion = rules_opinion(rule_scores)
        disagree = model_verdict is not None and opinion is not None and opinion != model_verdict
        unsupported = model_verdict is None and opinion is None  # no model and no rule: nothing to go on
        if disagree:
            reasons.append(Reason(
                id="disagreement",
                text=f"Les règles penchent pour « {FRENCH[opinion]} », le modèle pour « {FRENCH[model_verdict]} » : à vérifier.",
            ))
        return Decision(
            verdict=verdict,
            confidence=round(confidence, 4),
            needs_review=disagree or unsupported or confidence < self.review_below_confidence,
            reasons=reasons,
            rule_scores=rule_scores,
            model_probabilities={v: round(p, 4) for v, p in (model_probabilities or {}).items()},
        )


FRENCH = {"fraud": "fraude", "spam": "démarchage commercial", "legitimate": "légitime"}


def _rule_reason(rule: Rule) -> Reason:
    return Reason(id=rule.id, text=rule.text, verdict=rule.verdict, weight=rule.weight)
