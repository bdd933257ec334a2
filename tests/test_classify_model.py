"""The model: loading the shipped file without training data, its fast path, its safety, its training."""

from __future__ import annotations

import re
import shutil

import pytest
import skops.io as sio
from classify_support import RULES_FILE, gazetteer, report, url

from pipeline.classify import Classifier, FactFinder, load_rules
from pipeline.classify.model import FACT_NAMES, TextModel, as_matrix, load_model, row
from pipeline.settings import Settings, SettingsError

SHIPPED = Settings.path("models/classifier.skops")
FINDER = FactFinder(gazetteer())

REPORTS = [
    report("Votre certification périodique n'est pas validée : confirmez vos identifiants sous 24 h ou vous serez radié.",
           subject="Dernier avis", sender="contact@certif-medecins.org", name="Direction régionale de certification périodique",
           urls=(url("https://certif-medecins.org/login", "unrelated_to_named_body"),)),
    report("L'Agence nationale du DPC vous informe que votre forfait 2026 est disponible sur https://www.agencedpc.fr/professionnel/",
           sender="ne-pas-repondre@agencedpc.fr", verified=True, style="attachment",
           urls=(url("https://www.agencedpc.fr/professionnel/", official=True),)),
    report("Inscrivez-vous à nos sessions DPC de l'automne. Organisme de formation Qualiopi. Se désinscrire.",
           sender="news@formapro-sante.fr", urls=(url("https://www.formapro-sante.fr/sessions"),)),
    report("Dear Doctor, please find the minutes of Tuesday's staff meeting attached.", sender="secretary@hospital.example"),
    report("", style="typed"),
]


@pytest.fixture(scope="module")
def shipped_copy(tmp_path_factory):
    """The model file alone in an empty folder: loading must not need anything else."""
    folder = tmp_path_factory.mktemp("model-only")
    shutil.copy(SHIPPED, folder / "classifier.skops")
    return load_model(folder / "classifier.skops")


def test_shipped_model_loads_without_training_data_and_classifies(shipped_copy):
    classifier = Classifier(load_rules(RULES_FILE), gazetteer(), shipped_copy)
    scam, genuine = (classifier.decide(r) for r in REPORTS[:2])
    assert scam.verdict == "fraud" and genuine.verdict == "legitimate"
    for decision in (scam, genuine):
        assert sum(decision.model_probabilities.values()) == pytest.approx(1.0, abs=1e-3)
        assert any(r.id == "model" and r.text.startswith("Modèle (") for r in decision.reasons)


def test_fast_path_gives_the_pipeline_s_own_probabilities(shipped_copy):
    facts = [FINDER.facts(r) for r in REPORTS]
    expected = shipped_copy.pipeline.predict_proba(as_matrix([row(f) for f in facts]))
    for f, probabilities in zip(facts, expected):
        indices, values = shipped_copy.vector(f)
        got = shipped_copy.probabilities(indices, values)
        assert [got[c] for c in shipped_copy.classes] == pytest.approx(list(probabilities), abs=1e-9)


def test_explanation_names_words_of_the_message(shipped_copy):
    facts = FINDER.facts(REPORTS[0])
    probabilities, explanation = shipped_copy.opinion(facts, 6)
    assert max(probabilities, key=probabilities.get) == "fraud"
    quoted = re.findall(r"« ([^»]+) »", explanation)
    assert quoted and all(all(token in facts.text for token in w.split()) for w in quoted)


class Payload:
    """Anything a model file should not hold."""


def test_model_file_with_untrusted_content_is_refused(tmp_path):
    path = tmp_path / "evil.skops"
    sio.dump({"format": 1, "trained": "2026-01-01", "facts": list(FACT_NAMES), "pipeline": Payload()}, path)
    with pytest.raises(SettingsError, match="not trusted"):
        load_model(path)


def test_model_from_another_version_or_damaged_is_refused(tmp_path):
    stale = tmp_path / "stale.skops"
    sio.dump({"format": 1, "trained": "2020-01-01", "facts": ["has_links"], "pipeline": None}, stale)
    with pytest.raises(SettingsError, match="another version"):
        load_model(stale)
    damaged = tmp_path / "damaged.skops"
    damaged.write_bytes(b"not a zip file")
    with pytest.raises(SettingsError, match="triage train"):
        load_model(damaged)


def test_training_is_reproducible_and_saves_a_loadable_model(tmp_path):
    texts = {
        "fraud": ["confirmez vos identifiants sous peine de radiation", "votre compte sera suspendu, vérifiez votre mot de passe",
                  "régularisez votre certification, frais de dossier", "verify your password now or lose access",
                  "votre carte vitale expire, payez les frais", "send your bank details to receive the refund"],
        "spam": ["inscrivez-vous à notre webinaire gratuit", "offre spéciale sur nos formations DPC",
                 "register now for the congress early bird", "catalogue de formation, se désinscrire",
                 "démonstration gratuite de notre logiciel", "newsletter du mois : nouveaux produits"],
        "legitimate": ["compte rendu de la réunion de mardi", "votre patiente est passée aux urgences",
                       "the referral has been received", "l'ANDPC vous informe de votre forfait annuel",
                       "merci pour les diapositives de la soirée", "convocation à l'assemblée générale"],
    }
    rows, labels = [], []
    for label, items in texts.items():
        for text in items:
            rows.append(row(FINDER.facts(report(text, sender="someone@example.org"))))
            labels.append(label)
    first, second = TextModel.fit(rows, labels), TextModel.fit(rows, labels)
    probe = FINDER.facts(report("confirmez votre mot de passe sous peine de radiation"))
    assert first.opinion(probe, 3) == second.opinion(probe, 3)
    first.save(tmp_path / "m.skops")
    assert load_model(tmp_path / "m.skops").opinion(probe, 3) == first.opinion(probe, 3)


def test_fast_term_indices_are_scikit_learns_terms_in_order_over_the_training_corpus(shipped_copy):
    """The model's own term lookup (accents stripped by textutil, known character n-grams remembered
    per word) gives exactly the known terms, in the same order, of the fitted vectorisers' analysers."""
    import email
    from email import policy

    corpus = SHIPPED.parent / "training" / "train"
    texts = ["", "  \t\n ", "Épée à l’œil — ça coûte 12 € !\n\n  ﬁn  ½ 한국어", "a b c dd"]
    for path in sorted(corpus.rglob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        for part in message.walk():
            if part.get_content_type() in ("text/plain", "text/html"):
                try:
                    texts.append(part.get_content())
                except (LookupError, UnicodeError):
                    continue
    assert len(texts) > 600
    features = shipped_copy.pipeline.named_steps["features"]
    for (indices_of, *_), name in zip(shipped_copy._vectorisers, ("words", "chars")):
        vectoriser = features.named_transformers_[name]
        reference, vocabulary = vectoriser.build_analyzer(), vectoriser.vocabulary_
        for _ in range(2):  # the second time from the words remembered
            for text in texts:
                assert list(indices_of(text)) == [vocabulary[t] for t in reference(text) if t in vocabulary]
