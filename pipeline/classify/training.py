"""`triage train` and `triage evaluate`: labelled messages through the real analysis, then
the model fitted, cross-validated, measured on the held-out part and described in its card.

Every message goes through the same path as in production (`pipeline.analyze.Analyzer`:
unwrap, extract, then the facts), so the model learns from what it will see.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..analyze import AnalysisTimeout, Analyzer
from ..report import VERDICTS, Decision
from ..settings import Settings
from .decide import COSTS, VERDICT_DEFINITIONS, Classifier
from .evaluation import Labelled, Scores, summarise
from .facts import Facts
from .model import FACT_NAMES, SEED, TextModel, as_matrix, build_pipeline, group_codes, row

log = logging.getLogger(__name__)
CV_FOLDS = 5
# labels-file columns naming the message a file forwards: the forwards of one original stay
# in one fold, so that the figures measure messages the model has not seen in another wrapping
GROUP_COLUMNS = ("original", "campaign")


def group_of(example: Labelled) -> str:
    """The original a labelled message forwards; names are only unique within one labelled folder."""
    origin = example.columns.get("origin", "")
    return next((f"{origin}/{c}:{example.columns[c]}" for c in GROUP_COLUMNS if example.columns.get(c)),
                f"{origin}/{example.source}")


class TrainingDataError(Exception):
    """The labelled messages cannot train a model (a verdict with too few examples)."""


@dataclass
class Analysed:
    example: Labelled
    facts: Facts
    decision: Decision | None = None


def analyse_all(examples: list[Labelled], analyzer: Analyzer) -> tuple[list[Analysed], list[str]]:
    """Each example analysed (its facts, and the analyzer's own decision); the failures as messages."""
    done, failures = [], []
    for example in examples:
        try:
            report = analyzer.analyse(example.raw, example.source)
        except AnalysisTimeout as exc:
            failures.append(f"{example.source}: {exc}")
            continue
        facts = analyzer.classifier.facts(report)
        decision = Decision(report.verdict, report.confidence, report.needs_review, report.reasons,
                            model_probabilities=report.model_probabilities)
        done.append(Analysed(example, facts, decision))
    return done, failures


@dataclass
class Evaluation:
    scores: Scores
    analysed: list[Analysed]
    failures: list[str]

    @property
    def mistakes(self) -> list[Analysed]:
        return [a for a in self.analysed if a.decision.verdict != a.example.label]

    @property
    def needs_review(self) -> int:
        return sum(a.decision.needs_review for a in self.analysed)

    def text(self, show: int) -> str:
        """What `triage evaluate` prints: the figures, then the misclassified messages with their reasons."""
        lines = [self.scores.table(), "",
                 f"{self.needs_review} of {len(self.analysed)} decisions are marked for review (needs_review)."]
        if self.failures:
            lines += ["", f"{len(self.failures)} messages could not be analysed:"] + [f"  {f}" for f in self.failures]
        mistakes = self.mistakes
        lines += ["", f"Misclassified: {len(mistakes)}"]
        for a in mistakes[:show]:
            d = a.decision
            lines.append(f"\n{a.example.source}: labelled {a.example.label}, classified {d.verdict} "
                         f"({d.confidence:.0%}{', needs review' if d.needs_review else ''})")
            for r in d.reasons:
                weight = f" [{r.verdict} {r.weight:g}]" if r.verdict and r.weight is not None else ""
                lines.append(f"  - {r.id}{weight}: {r.text}")
        if len(mistakes) > show:
            lines.append(f"\n… and {len(mistakes) - show} more (--show N to list them).")
        return "\n".join(lines)


def evaluate(examples: list[Labelled], analyzer: Analyzer) -> Evaluation:
    """Analyse and classify labelled messages as production does, and score the verdicts."""
    analysed, failures = analyse_all(examples, analyzer)
    scores = Scores.of([a.example.label for a in analysed], [a.decision.verdict for a in analysed])
    return Evaluation(scores, analysed, failures)


@dataclass
class TrainingResult:
    examples: list[Labelled]
    failures: list[str]
    cv_model: Scores  # the model alone, cross-validated
    cv_combined: Scores  # rules + model, with the model's cross-validated probabilities
    heldout: Evaluation | None
    seconds: float
    model_path: Path
    card_path: Path


def train(settings: Settings, examples: list[Labelled], heldout: list[Labelled] | None) -> TrainingResult:
    """Fit the model on `examples`, measure it, save it to the settings' model file, write its card."""
    import sklearn
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    started = time.monotonic()
    analyzer = Analyzer(settings, with_model=False)
    analysed, failures = analyse_all(examples, analyzer)
    labels = [a.example.label for a in analysed]
    missing = [v for v in VERDICTS if labels.count(v) < CV_FOLDS]
    if missing:
        raise TrainingDataError(f"too few training messages labelled {', '.join(missing)} (at least {CV_FOLDS} each)")
    rows = [row(a.facts) for a in analysed]
    log.info("training on %d messages (%d could not be analysed)", len(rows), len(failures))

    groups = [group_of(a.example) for a in analysed]
    folds = StratifiedGroupKFold(n_splits=CV_FOLDS, shuffle=True, random_state=SEED + 1)
    with sklearn.config_context(enable_metadata_routing=True):
        probabilities = cross_val_predict(build_pipeline(), as_matrix(rows), np.array(labels), cv=folds,
                                          method="predict_proba", n_jobs=2,
                                          params={"groups": group_codes(groups, len(rows))})
    classes = sorted(VERDICTS)  # predict_proba's column order
    rules_only = analyzer.classifier
    cv_model, cv_combined = [], []
    for a, p in zip(analysed, probabilities):
        opinion = {c: float(x) for c, x in zip(classes, p)}
        cv_model.append(max(opinion, key=opinion.__getitem__))
        cv_combined.append(rules_only.judge(a.facts, opinion, "").verdict)

    model = TextModel.fit(rows, labels, groups)
    model_path = settings.path(settings.classifier.model_file)
    model.save(model_path)
    held = None
    if heldout:
        analyzer.classifier = Classifier(rules_only.rules, rules_only.gazetteer, model,
                                         settings.classifier.review_below_confidence)
        held = evaluate(heldout, analyzer)
    result = TrainingResult(
        examples=examples, failures=failures,
        cv_model=Scores.of(labels, cv_model), cv_combined=Scores.of(labels, cv_combined),
        heldout=held, seconds=time.monotonic() - started,
        model_path=model_path, card_path=model_path.with_name("MODEL_CARD.md"),
    )
    result.card_path.write_text(model_card(result, model), "utf-8")
    return result


def model_card(result: TrainingResult, model: TextModel) -> str:
    """models/MODEL_CARD.md: what the model is, what it learned from, how well it does."""
    sources = sorted({e.columns.get("origin", "labelled folder") for e in result.examples})
    held = result.heldout
    held_text = (f"{len(held.analysed)} messages the training never saw (`models/training/heldout/`), analysed "
                 f"and classified exactly as in production (rules + model):\n\n{held.scores.table()}\n\n"
                 f"{held.needs_review} of {len(held.analysed)} decisions marked for review."
                 if held else "No held-out folder was given.")
    costs = "\n".join(f"| {t} | " + " | ".join(f"{COSTS[t][g]:g}" for g in VERDICTS) + " |" for t in VERDICTS)
    return f"""# Model card: the report classifier (`{result.model_path.name}`)

Written by `triage train` on {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} (model dated {model.trained});
training took {result.seconds:.0f} s. Rebuild it with `triage train` (fixed seeds: the same data gives
the same model). Loading it needs no training data: `models/{result.model_path.name}` is a skops file
loaded with an explicit list of trusted types (`pipeline/classify/model.py`).

## What it does

It says whether a reported message is **fraud**, **spam** or **legitimate**, with calibrated
probabilities, for the classifier (`pipeline/classify/decide.py`), which adds the weights of the
rules of `config/rules.toml` and chooses the verdict of least expected cost.

{VERDICT_DEFINITIONS}
Costs of the errors used for the decision (rows: true verdict, columns: verdict given): missing
a fraud is the worst error, calling a genuine message fraud the second worst.

| true \\ given | {' | '.join(VERDICTS)} |
|---|---:|---:|---:|
{costs}

## Inputs and model

The suspicious original(s) of each report after unwrap and extract (never the reporter's own
comment, nor the report's own subject that a typed or pasted report carries): TF-IDF of word 1-2-grams over subject and body, TF-IDF of character 3-5-grams over
their beginning, and the {len(FACT_NAMES)} yes/no facts (plus link and phone counts) of `pipeline/classify/facts.py` (sender domain against the organisation named, free-mail
sender, look-alike / shortener / IP / punycode / mismatched / unrelated links, Reply-To, …).
Mobile mail apps' signatures ("Envoyé de mon iPhone") are left out of the text; links to the
neutral domains of `config/rules.toml` ([links]: social networks, mailing services) count for no link fact.
Linear SVM (balanced class weights) calibrated by sigmoid over 3 folds (`CalibratedClassifierCV`).
{len(model.feature_names)} features.

## Training data

{len(result.examples)} labelled messages from: {', '.join(sources)}
(`models/training/train/`, the reports written by other hands in `models/training/written/`, and,
when the database exists, the labels staff set in the review app).
{len(result.failures)} could not be analysed and were left out{': ' + '; '.join(result.failures) if result.failures else ''}.

{summarise(result.examples)}

## Cross-validated figures ({CV_FOLDS} stratified folds over the training data)

The folds keep together the forwards of one original message (labels-file column
{' or '.join(GROUP_COLUMNS)}), so each message is judged by a model that never saw its original.

The model alone:

{result.cv_model.table()}

Rules + model, as production decides (the model's probabilities are the cross-validated ones):

{result.cv_combined.table()}

## Held-out figures

{held_text}

## Limits

- The training messages are realistic reconstructions, not the council's real mail; measure the
  program on your own labelled mail with `triage evaluate DIR`, and retrain with the labels staff
  set in the review app.
- The figures above are measured on the kinds of mail the corpus holds, and the rules were
  written while reading it: they overstate what happens on mail written by others. The four
  acceptance sets written apart from it (`tests/data/unseen*`, `pytest tests/test_unseen.py -s`)
  measure that; their figures are in the README.
- It reads French and English; other languages fall back on the rules and the facts.
- A scam that copies a genuine message exactly, sent from the body's real domain (a hacked
  account), looks legitimate to both rules and model: staff review stays necessary.
- A genuine body the organisations file does not know (or one of its domains it does not list)
  has no official domain to vouch for it: its messages lean to spam, or to fraud when its display
  name claims a known body. Add its domains to `config/organisations.toml`.
- A doctor's own description of a genuine call or SMS reads much like the descriptions of scams
  the corpus holds: such reports are often marked for review.
"""
