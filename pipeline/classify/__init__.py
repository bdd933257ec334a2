"""Classify a report: fraud, spam or legitimate, how sure, and why.

- facts.py: the named facts of a report that rules and model look at;
- rules.py: the staff-editable rules file (config/rules.toml), checked at start-up;
- model.py: the small scikit-learn model (models/classifier.skops), its training and card;
- decide.py: the combination of both into a Decision (verdict definitions are there);
- evaluation.py: labelled folders (and staff labels from the store) and their figures;
- training.py: `triage train` (analysis, grouped cross-validation, model card) and `triage evaluate`.
"""

from .decide import Classifier
from .facts import FACTS, FactFinder, Facts
from .rules import RuleFileError, RuleSet, load_rules

__all__ = ["Classifier", "FACTS", "FactFinder", "Facts", "RuleFileError", "RuleSet", "load_rules"]
