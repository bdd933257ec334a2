"""`triage evaluate DIR` and `triage train` on a small labelled folder, and staff labels from the store."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest

from pipeline.analyze import Analyzer
from pipeline.cli import main
from pipeline.settings import load_settings
from pipeline.store import SourceKey, Store

FIXTURES = Path(__file__).parent / "fixtures" / "classify"


def labelled_copy(tmp_path, relabel: dict[str, str] | None = None) -> Path:
    """The fixture folder copied, with some labels changed."""
    folder = tmp_path / "labelled"
    shutil.copytree(FIXTURES, folder)
    rows = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    for r in rows:
        r["label"] = (relabel or {}).get(r["file"], r["label"])
    with (folder / "labels.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def settings_file(tmp_path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(
        f'[storage]\ndatabase = "{tmp_path / "triage.db"}"\n'
        f'[classifier]\nmodel_file = "{tmp_path / "model" / "classifier.skops"}"\n'
        f'rules_file = "{Path(__file__).parents[1] / "config" / "rules.toml"}"\n'
        f'organisations_file = "{Path(__file__).parents[1] / "config" / "organisations.toml"}"\n',
        "utf-8",
    )
    return path


@pytest.mark.parametrize("options", [["--rules-only"], []])
def test_evaluate_prints_figures_confusion_matrix_and_mistakes(capsys, tmp_path, options):
    folder = labelled_copy(tmp_path, {"fraud-sms-typed-fr.eml": "legitimate"})  # one label made wrong on purpose
    assert main(["evaluate", str(folder), *options]) == 0
    out = capsys.readouterr().out
    assert "15 messages classified" in out
    for verdict in ("fraud", "spam", "legitimate"):
        assert f"\n| {verdict} | " in out
    assert "| true \\ given | fraud | spam | legitimate |" in out
    assert "Misclassified: 1" in out
    mistake = out.split("Misclassified: 1", 1)[1]
    assert "fraud-sms-typed-fr.eml: labelled legitimate, classified fraud" in mistake
    assert "menace_sanction" in mistake or "contact_direct_certification" in mistake


def test_evaluate_refuses_a_folder_without_good_labels(capsys, tmp_path):
    folder = labelled_copy(tmp_path, {"spam-congress-en.eml": "junk"})
    assert main(["evaluate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "labels.csv" in err and "line 8" in err and "'junk'" in err
    assert main(["evaluate", str(tmp_path / "absent")]) == 2
    assert main(["evaluate"]) == 2


def test_train_writes_model_and_card_and_uses_staff_labels(capsys, tmp_path):
    config = settings_file(tmp_path)
    settings = load_settings(config)
    # a staff member relabelled one stored report: training must include it
    raw = (FIXTURES / "legit-colleague-fr.eml").read_bytes()
    report = Analyzer(settings, with_model=False).analyse(raw, "inbox/1.eml")
    with Store.open(settings.path(settings.storage.database)) as store:
        filed = store.file_delivery(SourceKey("directory", "inbox", file_key="1.eml"), raw,
                                    sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), message_id=report.message_id,
                                    report=report)
        store.set_label(filed.report_id, "legitimate", "secretariat")

    assert main(["train", "--config", str(config), "--data", str(FIXTURES), "--heldout", str(FIXTURES)]) == 0
    captured = capsys.readouterr()
    assert "1 labels set by staff" in captured.err
    card = (tmp_path / "model" / "MODEL_CARD.md").read_text("utf-8")
    assert "16 labelled messages" in card and "staff correction" in card
    assert "The model alone:" in card and "Held-out figures" in card and "| legitimate | " in card
    assert (tmp_path / "model" / "classifier.skops").is_file()

    assert main(["evaluate", "--store", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "1 messages classified" in out and "| legitimate | 1.000 | 1.000 | 1.000 | 1 |" in out


def test_train_reads_several_labelled_folders_and_keeps_their_originals_apart(capsys, tmp_path):
    config = settings_file(tmp_path)
    first = labelled_copy(tmp_path)
    second = tmp_path / "written"
    shutil.copytree(FIXTURES, second)
    assert main(["train", "--config", str(config), "--no-store", "--data", str(first), "--data", str(second),
                 "--heldout", str(FIXTURES)]) == 0
    card = (tmp_path / "model" / "MODEL_CARD.md").read_text("utf-8")
    assert "30 labelled messages" in card and "labelled, written" in card


def test_group_of_keeps_same_original_ids_of_two_folders_apart():
    from pipeline.classify.evaluation import Labelled
    from pipeline.classify.training import group_of

    a = Labelled("r1.eml", b"", "fraud", {"origin": "train", "original": "o7"})
    b = Labelled("r1.eml", b"", "fraud", {"origin": "written_a", "original": "o7"})
    c = Labelled("r2.eml", b"", "spam", {"origin": "train", "original": "o7"})
    assert group_of(a) != group_of(b)
    assert group_of(a) == group_of(c)


def test_default_training_data_is_the_corpus_and_every_written_folder(tmp_path, monkeypatch):
    from pipeline.cli import model as cli_model

    for name in ("b", "a"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "labels.csv").write_text("file,label\n", "utf-8")
    (tmp_path / "notes").mkdir()  # no labels file: not a labelled folder
    monkeypatch.setattr(cli_model, "WRITTEN_FOLDERS", tmp_path)
    assert cli_model.training_folders() == [cli_model.TRAINING_FOLDER, tmp_path / "a", tmp_path / "b"]
