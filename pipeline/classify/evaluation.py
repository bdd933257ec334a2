"""Labelled messages and the figures measured on them (`triage evaluate`, the model card).

A labelled folder holds .eml files (at any depth) and `labels.csv` at its root, with the
header `file,label` (file relative to the folder, label fraud|spam|legitimate); other
columns (family, style, lang …) are allowed and summarised in the model card. Each
message's `origin` is its folder's name unless the labels file says otherwise.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..report import VERDICTS
from ..settings import SettingsError


@dataclass
class Labelled:
    """One labelled message."""

    source: str  # the file relative to its folder, or "store:N" for a staff correction
    raw: bytes
    label: str
    columns: dict[str, str] = field(default_factory=dict)  # the labels file's other columns


def read_labelled_folder(folder: str | Path) -> list[Labelled]:
    """The messages of a labelled folder, in the order of its labels file; clear errors for bad files."""
    folder = Path(folder)
    labels_file = folder / "labels.csv"
    if not labels_file.is_file():
        raise SettingsError(labels_file, None, "no labels file: a labelled folder needs labels.csv with the header file,label")
    with labels_file.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or not {"file", "label"} <= set(reader.fieldnames):
            raise SettingsError(labels_file, None, "the first line must name the columns file and label")
        examples = []
        for line, row in enumerate(reader, start=2):
            name, label = (row.get("file") or "").strip(), (row.get("label") or "").strip()
            if label not in VERDICTS:
                raise SettingsError(labels_file, f"line {line}", f"label {label!r} is not one of {', '.join(VERDICTS)}")
            path = (folder / name).resolve()
            if not name or not path.is_relative_to(folder.resolve()) or not path.is_file():
                raise SettingsError(labels_file, f"line {line}", f"no such message file {name!r} in {folder}")
            others = {"origin": folder.name} | {k: v for k, v in row.items() if k not in ("file", "label") and k and v}
            examples.append(Labelled(name, path.read_bytes(), label, others))
    if not examples:
        raise SettingsError(labels_file, None, "no labelled message")
    return examples


def read_store_labels(database: str | Path) -> list[Labelled]:
    """Staff corrections: every labelled report whose raw message the store still keeps."""
    from ..store import Store

    with Store.open(database) as store:
        return [Labelled(f"store:{i}", raw, label, {"origin": "staff correction"})
                for i, (raw, label) in enumerate(store.labelled_messages(), start=1)]


@dataclass
class Scores:
    """Per-class precision, recall, F1 and support, the confusion matrix, and the asymmetric error rates."""

    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    support: dict[str, int]
    confusion: dict[str, dict[str, int]]  # confusion[true][predicted]

    @classmethod
    def of(cls, truth: list[str], predicted: list[str]) -> "Scores":
        confusion = {t: {p: 0 for p in VERDICTS} for t in VERDICTS}
        for t, p in zip(truth, predicted):
            confusion[t][p] += 1
        precision, recall, f1, support = {}, {}, {}, {}
        for v in VERDICTS:
            hits = confusion[v][v]
            called = sum(confusion[t][v] for t in VERDICTS)
            support[v] = sum(confusion[v].values())
            precision[v] = hits / called if called else 0.0
            recall[v] = hits / support[v] if support[v] else 0.0
            f1[v] = 2 * precision[v] * recall[v] / (precision[v] + recall[v]) if precision[v] + recall[v] else 0.0
        return cls(precision, recall, f1, support, confusion)

    @property
    def macro_f1(self) -> float:
        present = [v for v in VERDICTS if self.support[v]]
        return sum(self.f1[v] for v in present) / len(present) if present else 0.0

    @property
    def accuracy(self) -> float:
        total = sum(self.support.values())
        return sum(self.confusion[v][v] for v in VERDICTS) / total if total else 0.0

    @property
    def legitimate_called_fraud(self) -> float:
        n = self.support["legitimate"]
        return self.confusion["legitimate"]["fraud"] / n if n else 0.0

    def table(self) -> str:
        """Per-class figures and the confusion matrix as aligned plain text (also valid Markdown)."""
        lines = ["| verdict | precision | recall | F1 | messages |", "|---|---:|---:|---:|---:|"]
        for v in VERDICTS:
            lines.append(f"| {v} | {self.precision[v]:.3f} | {self.recall[v]:.3f} | {self.f1[v]:.3f} | {self.support[v]} |")
        lines.append(f"| macro average | {sum(self.precision.values()) / 3:.3f} | {sum(self.recall.values()) / 3:.3f} "
                     f"| {self.macro_f1:.3f} | {sum(self.support.values())} |")
        lines += ["", "Confusion matrix (rows: true label, columns: verdict given):", "",
                  "| true \\ given | " + " | ".join(VERDICTS) + " |", "|---|" + "---:|" * len(VERDICTS)]
        for t in VERDICTS:
            lines.append(f"| {t} | " + " | ".join(str(self.confusion[t][p]) for p in VERDICTS) + " |")
        lines += ["", f"Accuracy {self.accuracy:.3f}; fraud recall {self.recall['fraud']:.3f}; "
                      f"legitimate messages called fraud: {self.confusion['legitimate']['fraud']} of "
                      f"{self.support['legitimate']} ({self.legitimate_called_fraud:.1%})."]
        return "\n".join(lines)


PER_MESSAGE_COLUMNS = ("original", "sender", "campaign", "link_domains", "phones")


def summarise(examples: list[Labelled]) -> str:
    """Counts of a training set by label and by each extra column, for the model card."""
    lines = ["| label | messages |", "|---|---:|"]
    labels = Counter(e.label for e in examples)
    lines += [f"| {v} | {labels[v]} |" for v in VERDICTS] + [f"| total | {len(examples)} |"]
    # what identifies single messages (their original, sender, links, phones) says nothing of the set
    columns = sorted({k for e in examples for k in e.columns if k not in PER_MESSAGE_COLUMNS})
    for column in columns:
        counts = Counter(e.columns.get(column, "(none)") for e in examples)
        shown = ", ".join(f"{name} {n}" for name, n in sorted(counts.items(), key=lambda c: (-c[1], c[0])))
        lines.append(f"\nBy {column} ({len(counts)} values): {shown}.")
    return "\n".join(lines)
