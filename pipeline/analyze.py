"""One reported message, from raw bytes to a Report: unwrap -> extract -> classify.

Pure: no network, no files written. The `Analyzer` holds what is loaded once at start-up
(organisations, rules, model, limits) so that analysing a message costs only the message.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .report import PLACEHOLDER_DECISION, Indicators, Report, Unwrapped
from .settings import LimitsSettings, Settings


class AnalysisTimeout(Exception):
    """The message took longer than limits.max_seconds: it is filed as failed."""


@dataclass
class Budget:
    """The bounds on the work for one message, passed down to every stage."""

    limits: LimitsSettings
    deadline: float  # time.monotonic() value

    @classmethod
    def start(cls, limits: LimitsSettings) -> "Budget":
        return cls(limits, time.monotonic() + limits.max_seconds)

    def check(self, stage: str) -> None:
        """Called between units of work; stops the analysis once the time is spent."""
        if time.monotonic() > self.deadline:
            raise AnalysisTimeout(f"analysis took longer than {self.limits.max_seconds:g} s (in {stage})")


class Analyzer:
    def __init__(self, settings: Settings, *, own_addresses: frozenset[str] = frozenset(), with_model: bool = True):
        from .classify import Classifier
        from .extract.organisations import load_gazetteer

        self.settings = settings
        self.limits = settings.limits
        # the council's own addresses are never taken for the scammer's
        self.own_addresses = frozenset(a.lower() for a in own_addresses)
        self.gazetteer = load_gazetteer(settings.path(settings.classifier.organisations_file))
        self.classifier = Classifier.from_settings(settings, with_model=with_model)

    def unwrap_and_extract(self, raw: bytes) -> tuple[Unwrapped, Indicators]:
        """The originals of a report and their indicators (issue 2's analysis core), within the limits."""
        from .extract import extract
        from .unwrap import unwrap

        budget = Budget.start(self.limits)
        unwrapped = unwrap(raw, budget, self.own_addresses)
        budget.check("unwrap")
        indicators = extract(unwrapped, self.gazetteer, budget)
        budget.check("extract")
        return unwrapped, indicators

    def analyse(self, raw: bytes, source: str) -> Report:
        unwrapped, indicators = self.unwrap_and_extract(raw)
        report = Report(
            source=source,
            message_id=unwrapped.message_id,
            reporter=unwrapped.reporter,
            originals=unwrapped.originals,
            indicators=indicators,
            verdict=PLACEHOLDER_DECISION.verdict,
            confidence=PLACEHOLDER_DECISION.confidence,
            needs_review=PLACEHOLDER_DECISION.needs_review,
            defects=unwrapped.defects,
            subject=unwrapped.subject,
            received=unwrapped.date,
        )
        decision = self.classifier.decide(report)
        report.verdict = decision.verdict
        report.confidence = decision.confidence
        report.needs_review = decision.needs_review
        report.reasons = decision.reasons
        report.model_probabilities = decision.model_probabilities
        return report
