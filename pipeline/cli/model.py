"""`triage train` and `triage evaluate DIR`: build the classifier's model, measure the program."""

from __future__ import annotations

import sys
from pathlib import Path

from ..analyze import Analyzer
from ..classify.evaluation import read_labelled_folder, read_store_labels
from ..classify.training import TrainingDataError, evaluate, train
from ..settings import PROJECT_ROOT, load_settings

TRAINING_FOLDER = PROJECT_ROOT / "models" / "training" / "train"
# reports written by other hands than the corpus generator, one labelled folder each
WRITTEN_FOLDERS = PROJECT_ROOT / "models" / "training" / "written"
HELDOUT_FOLDER = PROJECT_ROOT / "models" / "training" / "heldout"


def training_folders() -> list[Path]:
    """The default training data: models/training/train and every labelled folder of models/training/written."""
    written = sorted(p.parent for p in WRITTEN_FOLDERS.glob("*/labels.csv"))
    return [TRAINING_FOLDER, *written]


def register(sub) -> None:
    p = sub.add_parser("train", help="rebuild the classifier's model (models/classifier.skops) and its card",
                       description="Analyse the labelled training corpus (and the labels staff set in the review app, "
                                   "when the database exists), fit the model, write it and models/MODEL_CARD.md.")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.add_argument("--data", metavar="DIR", action="append",
                   help="labelled folder to train on (labels.csv: file,label), repeatable; default: "
                        "models/training/train and every folder of models/training/written")
    p.add_argument("--heldout", metavar="DIR",
                   help="labelled folder never trained on, measured for the card; default: models/training/heldout if present")
    p.add_argument("--no-store", action="store_true", help="leave out the labels stored by staff")
    p.set_defaults(handler=run_train)

    p = sub.add_parser("evaluate", help="measure the classification on a labelled folder (or on staff labels)",
                       description="Analyse and classify every message of DIR as production does, then print per-class "
                                   "precision, recall and F1, the confusion matrix and the misclassified messages.")
    p.add_argument("folder", nargs="?", metavar="DIR", help="a folder of .eml files with labels.csv (file,label)")
    p.add_argument("--store", action="store_true", help="measure against the labels staff set in the review app")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.add_argument("--rules-only", action="store_true", help="classify with the rules alone, without the model")
    p.add_argument("--show", type=int, default=50, metavar="N", help="misclassified messages listed (default 50)")
    p.set_defaults(handler=run_evaluate)


def run_train(args) -> int:
    settings = load_settings(args.config)
    examples = [e for folder in args.data or training_folders() for e in read_labelled_folder(folder)]
    database = settings.path(settings.storage.database)
    if not args.no_store and database.is_file():
        corrections = read_store_labels(database)
        print(f"{len(corrections)} labels set by staff in {database}", file=sys.stderr)
        examples += corrections
    if args.heldout:
        heldout = read_labelled_folder(args.heldout)  # named: it must be there
    else:
        heldout = read_labelled_folder(HELDOUT_FOLDER) if HELDOUT_FOLDER.is_dir() else None
    try:
        result = train(settings, examples, heldout)
    except TrainingDataError as exc:
        print(f"triage train: {exc}", file=sys.stderr)
        return 1
    print(f"Model written to {result.model_path} and its card to {result.card_path} ({result.seconds:.0f} s).")
    print(f"\nCross-validated, rules + model, {sum(result.cv_combined.support.values())} messages:\n")
    print(result.cv_combined.table())
    if result.heldout:
        print(f"\nHeld-out ({len(result.heldout.analysed)} messages never trained on):\n")
        print(result.heldout.scores.table())
    return 0


def run_evaluate(args) -> int:
    if not args.folder and not args.store:
        print("triage evaluate: name a labelled folder DIR, or --store", file=sys.stderr)
        return 2
    settings = load_settings(args.config)
    examples = []
    if args.folder:
        if not Path(args.folder).is_dir():
            print(f"triage evaluate: no such folder: {args.folder}", file=sys.stderr)
            return 2
        examples += read_labelled_folder(args.folder)
    if args.store:
        database = settings.path(settings.storage.database)
        if not database.is_file():
            print(f"triage evaluate: no database at {database}", file=sys.stderr)
            return 2
        examples += read_store_labels(database)
    if not examples:
        print("triage evaluate: no labelled message to measure", file=sys.stderr)
        return 2
    result = evaluate(examples, Analyzer(settings, with_model=not args.rules_only))
    print(f"{len(result.analysed)} messages classified{' by the rules alone' if args.rules_only else ''}.\n")
    print(result.text(args.show))
    return 0
