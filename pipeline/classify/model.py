"""The small scikit-learn model: words, characters and facts -> calibrated P(verdict).

One Pipeline for training and prediction:
    ColumnTransformer(
        words: TF-IDF of word 1-2-grams over the subject and body,
        chars: TF-IDF of character 3-5-grams (within words) over their beginning,
        facts: the yes/no facts of facts.FACTS and the link/phone counts, max-abs scaled),
    CalibratedClassifierCV(LinearSVC, sigmoid, 3 folds that keep each group of messages together)
Saved with skops (models/classifier.skops) and loaded with an explicit list of trusted types:
a model file that holds anything else is refused, never unpickled. Loading needs no data.
"""

from __future__ import annotations

import copy
import datetime as dt
import operator
import os
import zipfile
from collections import Counter
from functools import lru_cache, partial
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from ..report import VERDICTS
from ..settings import SettingsError
from ..textutil import strip_accents
from .facts import FACTS, Facts

SEED = 20240601
WORD_TEXT_CHARS = 6000  # what the word n-grams read
CHAR_TEXT_CHARS = 800  # character n-grams read only the beginning: they are the costly part
FACT_NAMES: tuple[str, ...] = tuple(FACTS)
FORMAT_VERSION = 1

# Every type a model file written by `build_pipeline` contains; anything else is refused.
TRUSTED_TYPES = [
    "builtins.dict", "builtins.list", "builtins.str", "builtins.int", "builtins.float", "builtins.tuple",
    "numpy.ndarray", "numpy.dtype", "numpy.float64", "numpy.int64", "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.preprocessing._data.MaxAbsScaler",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.preprocessing._label.LabelEncoder",
    "sklearn.model_selection._split.StratifiedGroupKFold",
]

# Words too common to explain anything; only used to choose the words shown to staff.
_FILLER = frozenset(
    "le la les un une des du de d l et ou en au aux a à ce ces cet cette votre vos nous vous il ils elle "
    "est sont pour par sur dans avec pas plus que qui ne se sa son ses leur leurs the a an of to and or in "
    "on for with your you we is are be this that it at by from as our will https http www com fr org net html".split()
)


def _readable(term: str) -> bool:
    """A term worth showing staff: no filler word or piece of web address in it, one real word at least."""
    tokens = term.split()
    return all(t not in _FILLER and len(t) >= 3 for t in tokens) and any(len(t) >= 4 for t in tokens)


VERDICT_WORDS = {"fraud": "des fraudes", "spam": "du démarchage commercial", "legitimate": "des messages légitimes"}


def row(facts: Facts) -> list:
    """One report as the model's input row: text, its beginning, then the facts and counts."""
    values = [1.0 if name in facts.true else 0.0 for name in FACT_NAMES]
    return [facts.raw_text[:WORD_TEXT_CHARS], facts.raw_text[:CHAR_TEXT_CHARS], *values,
            float(np.log1p(facts.link_count)), float(np.log1p(facts.phone_count))]


def build_pipeline():
    """The untrained model, with fixed seeds."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import StratifiedGroupKFold
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import MaxAbsScaler
    from sklearn.svm import LinearSVC

    features = ColumnTransformer([
        ("words", TfidfVectorizer(strip_accents="unicode", ngram_range=(1, 2), min_df=2, max_df=0.9,
                                  sublinear_tf=True, max_features=40_000, dtype=np.float64), 0),
        ("chars", TfidfVectorizer(strip_accents="unicode", analyzer="char_wb", ngram_range=(3, 5), min_df=3,
                                  sublinear_tf=True, max_features=40_000, dtype=np.float64), 1),
        ("facts", MaxAbsScaler(), list(range(2, 2 + len(FACT_NAMES) + 2))),
    ], sparse_threshold=1.0)
    svm = LinearSVC(C=1.0, class_weight="balanced", random_state=SEED, max_iter=5000)
    # calibration folds keep each group (the forwards of one original message) together, or
    # the sigmoid would be fitted on near-copies of the training messages and be overconfident
    folds = StratifiedGroupKFold(n_splits=3, shuffle=True, random_state=SEED)
    return Pipeline([("features", features), ("classifier", CalibratedClassifierCV(svm, method="sigmoid", cv=folds))])


def group_codes(groups: list[str] | None, count: int) -> np.ndarray:
    """Groups as integers; without groups every row is its own."""
    if groups is None:
        return np.arange(count)
    codes: dict[str, int] = {}
    return np.array([codes.setdefault(g, len(codes)) for g in groups])


def as_matrix(rows: list[list]) -> np.ndarray:
    matrix = np.empty((len(rows), len(rows[0]) if rows else 2 + len(FACT_NAMES) + 2), dtype=object)
    for i, r in enumerate(rows):
        matrix[i, :] = r
    return matrix


WORDS_REMEMBERED = 16384  # words whose character n-grams are kept (about 5 MB at most: the worker stays under 300 MB)


def term_indices(vectoriser):
    """For the fitted vectoriser, a function giving the vocabulary indices of a text's terms, in the
    order its analyser gives the terms, unknown terms left out. Faster than the analyser, the same
    terms: accents stripped by textutil, and for character n-grams within words, each word's known
    n-grams (by the vectoriser's own function) remembered, since the same words come back from report
    to report. tests/test_classify_model.py compares it with scikit-learn over the training corpus."""
    analysing = copy.copy(vectoriser)  # the saved pipeline keeps its plain parameters
    if vectoriser.strip_accents == "unicode":  # the same transformation, several times faster
        analysing.strip_accents = strip_accents
    lookup, known = vectoriser.vocabulary_.get, partial(operator.le, 0)

    def indices(terms) -> tuple[int, ...]:
        return tuple(filter(known, map(lookup, terms, repeat(-1))))  # looked up in one pass in C

    if analysing.analyzer != "char_wb":
        analyse = analysing.build_analyzer()
        return lambda text: indices(analyse(text))
    preprocess = analysing.build_preprocessor()
    of_word = lru_cache(maxsize=WORDS_REMEMBERED)(lambda word: indices(analysing._char_wb_ngrams(word)))
    # as _char_wb_ngrams splits a text: runs of white space made one, then split into words
    return lambda text: chain.from_iterable(
        map(of_word, analysing._white_spaces.sub(" ", preprocess(analysing.decode(text))).split()))


class TextModel:
    """A fitted pipeline, and a fast path that predicts one report without sklearn's per-call checks.

    scikit-learn validates its input on every call (about 10 ms for one row here, twice the whole
    analysis budget), so prediction redoes the fitted pipeline's arithmetic directly: the
    vectorisers' own analysers and vocabularies, sublinear TF times IDF, L2 norm, max-abs scaled
    facts, each calibrated fold's LinearSVC decision and sigmoid, normalised and averaged.
    tests/test_classify_model.py checks that it gives the pipeline's own predict_proba.
    """

    def __init__(self, pipeline, trained: str):
        self.pipeline, self.trained = pipeline, trained
        features = pipeline.named_steps["features"]
        calibrated = pipeline.named_steps["classifier"]
        self.classes = [str(c) for c in calibrated.classes_]
        if self.classes != sorted(VERDICTS):
            raise ValueError(f"the model must know the three verdicts, not {self.classes}")
        self.feature_names = list(features.get_feature_names_out())
        self._explainable = np.array([not name.startswith("chars__") for name in self.feature_names])
        self._vectorisers = []
        offset = 0
        for name in ("words", "chars"):
            vec = features.named_transformers_[name]
            self._vectorisers.append((term_indices(vec), vec.idf_, offset))
            offset += len(vec.vocabulary_)
        self._facts_offset = offset
        self._facts_scale = features.named_transformers_["facts"].scale_
        folds = calibrated.calibrated_classifiers_
        for fold in folds:
            if [str(c) for c in fold.estimator.classes_] != self.classes:
                raise ValueError("a calibration fold does not know the three verdicts")
        self._weights = np.vstack([f.estimator.coef_ for f in folds])  # (folds * 3, features)
        self._intercepts = np.concatenate([f.estimator.intercept_ for f in folds])
        self._sigmoid_a = np.concatenate([[c.a_ for c in f.calibrators] for f in folds])
        self._sigmoid_b = np.concatenate([[c.b_ for c in f.calibrators] for f in folds])
        self._folds = len(folds)
        # for explanations: the mean linear weights of the folds, one row per class
        self.coefficients = self._weights.reshape(self._folds, len(self.classes), -1).mean(axis=0)

    @classmethod
    def fit(cls, rows: list[list], labels: list[str], groups: list[str] | None = None) -> "TextModel":
        """Fit on rows (see `row`); `groups` names, for each row, the original message it forwards."""
        import sklearn

        with sklearn.config_context(enable_metadata_routing=True):  # groups reach the calibration folds
            pipeline = build_pipeline().fit(as_matrix(rows), np.array(labels), groups=group_codes(groups, len(rows)))
        return cls(pipeline, dt.date.today().isoformat())

    def vector(self, facts: Facts) -> tuple[np.ndarray, np.ndarray]:
        """The report's feature vector as (indices, values), as the pipeline's ColumnTransformer gives it."""
        values = row(facts)
        indices_parts, value_parts = [], []
        for (indices_of, idf, offset), text in zip(self._vectorisers, values[:2]):
            counts = Counter(indices_of(text))  # counted in C, in the order the terms first appear
            if counts:
                idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
                tfidf = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[idx]
                tfidf /= np.sqrt(np.dot(tfidf, tfidf))
                indices_parts.append(idx + offset)
                value_parts.append(tfidf)
        fact_values = np.asarray(values[2:], dtype=np.float64) / self._facts_scale
        nonzero = np.flatnonzero(fact_values)
        indices_parts.append(nonzero + self._facts_offset)
        value_parts.append(fact_values[nonzero])
        return np.concatenate(indices_parts), np.concatenate(value_parts)

    def opinion(self, facts: Facts, words: int) -> tuple[dict[str, float], str]:
        """P(verdict) for this report, and why the most probable verdict (see `explain`)."""
        indices, values = self.vector(facts)
        probabilities = self.probabilities(indices, values)
        verdict = max(probabilities, key=probabilities.__getitem__)
        return probabilities, self.explain(indices, values, verdict, words)

    def probabilities(self, indices: np.ndarray, values: np.ndarray) -> dict[str, float]:
        decisions = self._weights[:, indices] @ values + self._intercepts
        proba = (1.0 / (1.0 + np.exp(self._sigmoid_a * decisions + self._sigmoid_b))).reshape(self._folds, -1)
        sums = proba.sum(axis=1, keepdims=True)
        proba = np.where(sums > 0, proba / np.where(sums > 0, sums, 1.0), 1.0 / len(self.classes))
        return {c: float(p) for c, p in zip(self.classes, proba.mean(axis=0))}

    def explain(self, indices: np.ndarray, values: np.ndarray, verdict: str, count: int) -> str:
        """The features of this report that weigh most for `verdict`, in French words for staff."""
        contributions = values * self.coefficients[self.classes.index(verdict)][indices]
        order = np.argsort(-contributions)
        # the features for the verdict, strongest first; character n-grams are never shown
        order = order[(contributions[order] > 0) & self._explainable[indices[order]]]
        words, clues, shown = [], [], []
        for i in order:
            if len(words) + len(clues) >= count:
                break
            group, _, name = self.feature_names[indices[i]].partition("__")
            if group == "words" and _readable(name) and not any(name in w or w in name for w in shown):
                shown.append(name)
                words.append(f"« {name} »")
            elif group == "facts":
                index = int(name.lstrip("x")) - 2
                if index < len(FACT_NAMES):
                    clues.append(FACTS[FACT_NAMES[index]])
        parts = []
        if words:
            parts.append(f"mots typiques {VERDICT_WORDS[verdict]} : {', '.join(words)}")
        if clues:
            parts.append(f"indices : {'; '.join(clues)}")
        return " ; ".join(parts)

    def save(self, path: str | os.PathLike) -> None:
        import skops.io as sio

        for name in ("words", "chars"):
            vec = self.pipeline.named_steps["features"].named_transformers_[name]
            # plain ints are written as one JSON table; numpy scalars would be one file each
            vec.vocabulary_ = {term: int(index) for term, index in vec.vocabulary_.items()}
            if hasattr(vec, "stop_words_"):  # the terms left out, only kept for introspection
                del vec.stop_words_
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        sio.dump({"format": FORMAT_VERSION, "trained": self.trained, "facts": list(FACT_NAMES),
                  "pipeline": self.pipeline}, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)


def load_model(path: str | os.PathLike) -> TextModel:
    """Load a model file written by `triage train`, refusing any type not in TRUSTED_TYPES."""
    import skops.io as sio

    try:
        untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
        if untrusted:
            raise SettingsError(path, "classifier.model_file",
                                f"the model file holds types that are not trusted: {', '.join(sorted(untrusted))}")
        data = sio.load(path, trusted=TRUSTED_TYPES)
    except SettingsError:
        raise
    except Exception as exc:  # a damaged or foreign file: say so, and how to rebuild it
        raise SettingsError(path, "classifier.model_file", f"cannot read the model ({exc}): run `triage train`") from None
    if data.get("format") != FORMAT_VERSION or data.get("facts") != list(FACT_NAMES):
        raise SettingsError(path, "classifier.model_file",
                            "the model was built by another version of the program: run `triage train`")
    return TextModel(data["pipeline"], data["trained"])
