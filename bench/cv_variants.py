"""How far other models get on the court's dev texts: benchmark (b)'s 5-fold cross-validation for variants of the
pipeline, on the same folds.

    python bench/cv_variants.py

Benchmark (b) (bench/cv_dev.py) sits at its 0.85 target.  This runs the shipped pipeline's linear part (the
calibrated SVM) and the variants one would try instead (other C, other classifiers, other n-gram ranges, no
calibration, naive-Bayes-weighted SVM, chi2 feature selection, an ensemble of two feature views, nearest
neighbours, training on the court's finer 案由 classes, which only court data that carries its cause of action
could offer), the shipped pipeline (the SVM averaged with 5 nearest neighbours where it is unsure), the same vote
taken on every text with neighbours on words and characters, on words alone or in an LSA projection, and, as an
upper bound nobody could deploy, the linear part with per-label probability weights tuned on the very out-of-fold
predictions they are scored on.  Texts are normalised and tokenised once with the service's own functions; every
fold refits its vectorisers on its training part only.  The shipped pipeline and the votes are also run on two
other fold splits and, as in benchmark (a), trained on the shipped corpus and scored on the dev texts, with the
calibration of their probabilities.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from common import environment, is_civil, load_dev, write_result
from sklearn.base import ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer
from sklearn.svm import LinearSVC

from service.features import area_counts
from service.labels import LABELS
from service.rules import load_rules
from service.text import normalize, tokenize
from training import pipeline as shipped
from training.data import load_files, shipped_corpus_files
from training.evaluate import calibration as top_label_calibration

FOLDS = 5
TARGET = 0.85
REVIEW_THRESHOLD = float(load_rules().settings["review_threshold"])


def _identity(tokens: list[str]) -> list[str]:
    return tokens


@dataclass
class Variant:
    """Word + char TF-IDF (+ lexicon counts) into ``make_classifier``, optionally calibrated like the pipeline."""

    name: str
    make_classifier: Callable[[], ClassifierMixin]
    words: tuple[int, int] = shipped.WORD_NGRAMS
    chars: tuple[int, int] | None = shipped.CHAR_NGRAMS  # None: no character block
    min_df: int = shipped.MIN_DF
    lexicon: float = shipped.LEXICON_SCALE
    calibrate: bool = True
    select_k: int | None = None
    nb_weights: bool = False
    # Train on the court's 案由 (source_label; every criminal charge one class) and map each prediction to its label.
    by_cause: bool = False
    # In an ensemble: this member votes only on the texts whose top probability from the first member is below it
    # (the shipped pipeline's neighbour vote, service/neighbours.py); None: on every text.
    only_below: float | None = None
    fitted: dict[str, Any] = field(default_factory=dict)

    def features(self, words: list[list[str]], texts: list[str], fit: bool) -> sp.csr_matrix:
        if fit:
            self.fitted["words"] = TfidfVectorizer(analyzer=_identity, min_df=self.min_df, sublinear_tf=True) \
                if self.words == (1, 1) else TfidfVectorizer(
                    tokenizer=_identity, preprocessor=_identity, token_pattern=None, lowercase=False,
                    ngram_range=self.words, min_df=self.min_df, sublinear_tf=True)
            blocks = [self.fitted["words"].fit_transform(words)]
            if self.chars is not None:
                self.fitted["chars"] = TfidfVectorizer(analyzer="char", lowercase=False, ngram_range=self.chars,
                                                       min_df=self.min_df, sublinear_tf=True)
                blocks.append(self.fitted["chars"].fit_transform(texts))
        else:
            blocks = [self.fitted["words"].transform(words)]
            if self.chars is not None:
                blocks.append(self.fitted["chars"].transform(texts))
        if self.lexicon:
            counts = np.log1p(np.array([area_counts(t) for t in texts], dtype=float))
            blocks.append(sp.csr_matrix(self.lexicon * counts))
        matrix: sp.csr_matrix = sp.hstack(blocks).tocsr()
        return matrix

    def fit(self, words: list[list[str]], texts: list[str], y: np.ndarray, causes: list[str]) -> Variant:
        x = self.features(words, texts, fit=True)
        if self.select_k is not None:
            self.fitted["select"] = SelectKBest(chi2, k=min(self.select_k, x.shape[1])).fit(x, y)
            x = self.fitted["select"].transform(x)
        if self.nb_weights:  # one-vs-rest SVMs on features scaled by naive-Bayes log-count ratios (NB-SVM)
            binary = (x > 0).astype(float)
            self.fitted["nb"] = []
            for label in LABELS:
                pos = y == label
                p = np.asarray(binary[pos].sum(0)).ravel() + 1.0
                q = np.asarray(binary[~pos].sum(0)).ravel() + 1.0
                ratio = np.log((p / p.sum()) / (q / q.sum()))
                model = self.make_classifier().fit(x.multiply(ratio).tocsr(), pos.astype(int))
                self.fitted["nb"].append((ratio, model))
            return self
        if self.by_cause:
            self.fitted["cause_label"] = dict(zip(causes, y, strict=True))
            y = np.asarray(causes)
        model = self.make_classifier()
        if self.calibrate:
            model = CalibratedClassifierCV(model, method="sigmoid", cv=shipped.CALIBRATION_FOLDS, ensemble=False)
        self.fitted["model"] = model.fit(x, y)
        return self

    def scores(self, words: list[list[str]], texts: list[str]) -> tuple[np.ndarray, list[str]]:
        """(n x classes) scores and the class order."""
        x = self.features(words, texts, fit=False)
        if "select" in self.fitted:
            x = self.fitted["select"].transform(x)
        if self.nb_weights:
            return (np.column_stack([m.decision_function(x.multiply(r).tocsr()) for r, m in self.fitted["nb"]]),
                    list(LABELS))
        model = self.fitted["model"]
        values = model.predict_proba(x) if hasattr(model, "predict_proba") else model.decision_function(x)
        if self.by_cause:  # a label scores as its best-scoring cause
            owner = np.array([self.fitted["cause_label"][c] for c in model.classes_])
            return np.column_stack([values[:, owner == label].max(axis=1) for label in LABELS]), list(LABELS)
        return values, [str(c) for c in model.classes_]


def svm(c: float = shipped.SVM_C) -> Callable[[], ClassifierMixin]:
    return lambda: LinearSVC(C=c, class_weight="balanced", random_state=0)


def logistic(c: float) -> Callable[[], ClassifierMixin]:
    return lambda: LogisticRegression(C=c, class_weight="balanced", max_iter=3000)


def knn(k: int) -> Callable[[], ClassifierMixin]:
    return lambda: KNeighborsClassifier(n_neighbors=k, metric="cosine", weights="distance")


def variants() -> list[list[Variant]]:
    """Each entry is one model; an entry of two is an ensemble averaging their probabilities."""
    return [
        [Variant("linear part of the shipped pipeline (words 1, chars 1-2, lexicon, LinearSVC C=1, sigmoid)", svm())],
        [Variant("LinearSVC C=0.3", svm(0.3))],
        [Variant("LinearSVC C=3", svm(3.0))],
        [Variant("no calibration (LinearSVC decision)", svm(), calibrate=False)],
        [Variant("logistic regression C=20", logistic(20.0), calibrate=False)],
        [Variant("chars 1-3", svm(), chars=(1, 3))],
        [Variant("chars 2-4", svm(), chars=(2, 4))],
        [Variant("words 1-2", svm(), words=(1, 2))],
        [Variant("min_df 1", svm(), min_df=1)],
        [Variant("chi2 selection, 20k features", svm(), select_k=20_000)],
        [Variant("NB-SVM (C=1)", svm(), nb_weights=True, calibrate=False)],
        [Variant("view A: chars 1-3, no lexicon", svm(), chars=(1, 3), lexicon=0.0),
         Variant("view B: words 1-2, chars 1, lexicon", svm(), words=(1, 2), chars=(1, 1))],
        [Variant("5 nearest neighbours (cosine, distance-weighted), no lexicon", knn(5), lexicon=0.0,
                 calibrate=False)],
        [Variant("trained on the 案由 (criminal charges as one class), mapped to labels; LinearSVC, no calibration",
                 svm(), by_cause=True, calibrate=False)],
        shipped_vote(),
        ensemble_with_knn(),
        ensemble_with_word_knn(),
        ensemble_with_lsa_knn(),
    ]


def shipped_vote() -> list[Variant]:
    """The shipped pipeline: its linear part, averaged with 5 nearest neighbours where it is unsure."""
    return [Variant("shipped pipeline: linear part", svm()),
            Variant(f"5 nearest neighbours where its top probability is below {shipped.VOTE_BELOW}", knn(5),
                    lexicon=0.0, calibrate=False, only_below=shipped.VOTE_BELOW)]


def ensemble_with_knn() -> list[Variant]:
    """The linear part and 5 nearest neighbours, probabilities averaged on every text (a soft vote)."""
    return [Variant("linear part", svm()),
            Variant("5 nearest neighbours (no lexicon) on every text", knn(5), lexicon=0.0, calibrate=False)]


def ensemble_with_word_knn() -> list[Variant]:
    """As ``ensemble_with_knn``, but the neighbours are searched on the jieba-word block only.

    Character unigrams occur in nearly every text, so they make an exact search touch most of the stored vectors;
    the word block alone is about a fifth of them (bench/latency.py times both searches).
    """
    return [Variant("linear part", svm()),
            Variant("5 nearest neighbours on words only", knn(5), chars=None, lexicon=0.0, calibrate=False)]


def lsa_knn(dimensions: int, k: int) -> Callable[[], ClassifierMixin]:
    """k nearest neighbours among the texts projected on ``dimensions`` latent semantic directions (truncated SVD)."""
    return lambda: make_pipeline(TruncatedSVD(dimensions, random_state=0), Normalizer(),
                                 KNeighborsClassifier(n_neighbors=k, weights="distance", algorithm="brute"))


def ensemble_with_lsa_knn() -> list[Variant]:
    """As ``ensemble_with_knn``, but the neighbours are searched in a 256-dimensional LSA projection: a dense search
    that costs a fraction of the exact one (bench/latency.py), for a model artifact with a dense 256 x vocabulary
    projection matrix in it."""
    return [Variant("linear part", svm()),
            Variant("5 nearest neighbours in 256 LSA dimensions", lsa_knn(256, 5), lexicon=0.0, calibrate=False)]


# (key, title) of the ensembles compared on other fold splits and in benchmark (a)'s set-up.
ENSEMBLES = [("shipped", "shipped (linear + 5-NN below 0.9)"), ("ensemble", "linear + 5-NN always"),
             ("ensemble_words", "linear + 5-NN on words always"),
             ("ensemble_lsa", "linear + 5-NN in 256 LSA dimensions always")]


def models_compared() -> list[tuple[str, list[Variant]]]:
    """The linear part, the shipped pipeline and the other ensembles, for the other fold splits and benchmark (a)'s
    set-up."""
    return [("linear", [Variant("linear part of the shipped pipeline", svm())]), ("shipped", shipped_vote()),
            ("ensemble", ensemble_with_knn()),
            ("ensemble_words", ensemble_with_word_knn()), ("ensemble_lsa", ensemble_with_lsa_knn())]


def corpus_trained(rows: list[dict[str, Any]], words: list[list[str]], texts: list[str], y: np.ndarray,
                   civil: np.ndarray) -> list[dict[str, Any]]:
    """Benchmark (a)'s set-up for the shipped pipeline and the ensemble: fit on the shipped corpus, score dev."""
    corpus = load_files(shipped_corpus_files())
    c_words = [tokenize(s.text) for s in corpus]
    c_texts = [normalize(s.text) for s in corpus]
    c_y = np.array([s.label for s in corpus])
    out = []
    for _, models in models_compared():
        members = []
        for model in models:
            model.fit(c_words, c_texts, c_y, list(c_y))
            values, order = model.scores(words, texts)
            members.append(values[:, [order.index(label) for label in LABELS]])
        proba = combine(models, members)
        predicted = np.array(LABELS)[proba.argmax(axis=1)]
        out.append({"variant": " + ".join(m.name for m in models), "macro_f1": macro(y, predicted),
                    "civil_macro_f1": macro(y, predicted, civil), **calibration(y, proba)})
        print(f"corpus-trained {out[-1]['variant']}: {out[-1]}", flush=True)
    return out


def cross_validate(models: list[Variant], words: list[list[str]], texts: list[str], y: np.ndarray,
                   causes: list[str], folds: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Pooled out-of-fold predictions and (for single calibrated models) probabilities in LABELS order."""
    predicted = np.empty(len(y), dtype=object)
    proba = np.zeros((len(y), len(LABELS)))
    for train, test in folds:
        members = []
        for model in models:
            model.fit([words[i] for i in train], [texts[i] for i in train], y[train], [causes[i] for i in train])
            values, order = model.scores([words[i] for i in test], [texts[i] for i in test])
            members.append(values[:, [order.index(label) for label in LABELS]])
        proba[test] = combine(models, members)
        predicted[test] = np.array(LABELS)[proba[test].argmax(axis=1)]
    return predicted, proba


def combine(models: list[Variant], members: list[np.ndarray]) -> np.ndarray:
    """The ensemble's scores: the members' mean, except that a member with ``only_below`` is left out of the texts
    the first member is sure of (top probability at least ``only_below``)."""
    mean = sum(members) / len(members)
    for model in models[1:]:
        if model.only_below is not None:
            assert len(models) == 2, "a conditional vote is defined for a pair"
            sure = members[0].max(axis=1) >= model.only_below
            mean[sure] = members[0][sure]
    result: np.ndarray = mean
    return result


def calibration(y: np.ndarray, proba: np.ndarray) -> dict[str, float]:
    """Expected calibration error of the top probability (as `training evaluate` reports it), Brier score, and the
    share of texts whose top probability is below the review threshold of service/rules.toml: what a clerk would
    see.  ``proba`` is in LABELS order."""
    brier = ((proba - (np.array(LABELS)[None, :] == y[:, None])) ** 2).sum(axis=1).mean()
    return {"ece": top_label_calibration(list(y), proba)["ece"], "brier": round(float(brier), 4),
            "below_review_threshold": round(float((proba.max(axis=1) < REVIEW_THRESHOLD).mean()), 4)}


def macro(y: np.ndarray, predicted: np.ndarray, mask: np.ndarray | None = None) -> float:
    if mask is not None:
        y, predicted = y[mask], predicted[mask]
    return round(float(f1_score(y, predicted, labels=list(LABELS), average="macro", zero_division=0)), 4)


def tuned_upper_bound(y: np.ndarray, proba: np.ndarray) -> tuple[float, list[float]]:
    """Per-label probability weights chosen on the scored predictions themselves (leaky: an upper bound)."""
    grid = [0.5, 0.7, 0.85, 1.0, 1.2, 1.5, 2.0, 3.0]
    weights = np.ones(len(LABELS))
    labels = np.array(LABELS)
    best = macro(y, labels[proba.argmax(axis=1)])
    for _, k in itertools.product(range(3), range(len(LABELS))):
        for g in grid:
            trial = weights.copy()
            trial[k] = g
            score = macro(y, labels[(proba * trial).argmax(axis=1)])
            if score > best:
                best, weights = score, trial
    return best, [float(w) for w in weights]


def _conclusion(results: list[dict[str, Any]], bound: float, seeds: list[dict[str, float]]) -> str:
    best = max(results, key=lambda r: r["macro_f1"])
    spread = max(r["macro_f1"] for r in results) - min(r["macro_f1"] for r in results)
    if best["macro_f1"] >= TARGET:
        key = next((k for k, models in models_compared() if " + ".join(m.name for m in models) == best["variant"]),
                   "ensemble")
        others = [r[key] for r in seeds if key in r]
        held = all(score >= TARGET for score in others)
        return (f"{best['variant']} reaches the target on these folds ({best['macro_f1']}); on two other splits of "
                f"the same file it scores {' and '.join(map(str, others))}"
                + (", also above it." if held else ", below it: the margin is within the noise of the split."))
    return (f"The best variant ({best['variant']}) scores {best['macro_f1']}; all {len(results)} lie within "
            f"{spread:.3f} of each other, below {TARGET}"
            + (", and even per-label weights fitted to the answers stay below it" if bound < TARGET else "")
            + ": with these labels (by 案由; 46 housing and 55 labour lines) bag-of-n-gram models have reached "
            "their ceiling on this file.")


def main() -> None:
    rows = load_dev()
    started = time.perf_counter()
    texts = [normalize(r["text"]) for r in rows]
    words = [tokenize(r["text"]) for r in rows]
    y = np.array([r["label"] for r in rows])
    civil = np.array([is_civil(r) for r in rows])
    causes = [r["source_label"] if is_civil(r) else "罪" for r in rows]
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(texts, y))
    results: list[dict[str, Any]] = []
    linear_proba: np.ndarray | None = None
    for models in variants():
        t0 = time.perf_counter()
        predicted, proba = cross_validate(models, words, texts, y, causes, folds)
        if linear_proba is None:
            linear_proba = proba
        per_label = f1_score(y, predicted, labels=list(LABELS), average=None, zero_division=0)
        results.append({"variant": " + ".join(m.name for m in models), "macro_f1": macro(y, predicted),
                        "civil_macro_f1": macro(y, predicted, civil),
                        "f1": {label: round(float(v), 4) for label, v in zip(LABELS, per_label, strict=True)},
                        "seconds": round(time.perf_counter() - t0, 1)})
        print(f"{results[-1]['variant']}: {results[-1]['macro_f1']} (civil {results[-1]['civil_macro_f1']})",
              flush=True)
    assert linear_proba is not None
    bound, weights = tuned_upper_bound(y, linear_proba)
    # The best row gains on the 0.85 line by little: check it on two other fold splits, side by side.
    seeds = []
    for seed in (1, 2):
        other = list(StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(texts, y))
        row: dict[str, float] = {"seed": seed}
        for name, models in models_compared():
            predicted, _ = cross_validate(models, words, texts, y, causes, other)
            row[name] = macro(y, predicted)
            row[f"{name}_civil"] = macro(y, predicted, civil)
        seeds.append(row)
        print(f"fold seed {seed}: {row}", flush=True)
    corpus_rows = corpus_trained(rows, words, texts, y, civil)
    seconds = time.perf_counter() - started
    data = {"environment": environment(), "lines": len(rows), "variants": results,
            "tuned_upper_bound": {"macro_f1": bound, "weights": weights}, "other_fold_seeds": seeds,
            "corpus_trained": corpus_rows, "seconds": round(seconds, 1)}
    write_result("cv_variants", render(data), data)


def render(data: dict[str, Any]) -> str:
    results, seeds, corpus_rows = data["variants"], data["other_fold_seeds"], data["corpus_trained"]
    bound, weights = data["tuned_upper_bound"]["macro_f1"], data["tuned_upper_bound"]["weights"]
    lines = [
        "# Other models on the court's dev texts (5-fold cross-validation)", "",
        f"`python bench/cv_variants.py` · {data['environment']} · {data['seconds']:.0f} s", "",
        "Benchmark (b)'s set-up (bench/cv_dev.py): 5 stratified folds of ../shared/data/disputes_dev.jsonl "
        f"({data['lines']} lines), pooled out-of-fold macro-F1; the same folds for every row.  Texts are tokenised "
        "once with the service's functions; vectorisers are refit on each fold's training part.  The first row is the "
        "shipped pipeline's linear part (the calibrated SVM) rebuilt from its parts; the row starting \"shipped "
        "pipeline\" is the shipped pipeline, the SVM averaged with 5 nearest neighbours where it is unsure (it can "
        "differ from bench/cv_dev.py in the last digit).  "
        "Target of (b): 0.85.", "",
        "| variant | macro-F1 | civil macro-F1 | " + " | ".join(f"F1 {label}" for label in LABELS) + " | seconds |",
        "|---|---|---|" + "---|" * len(LABELS) + "---|",
    ]
    for r in results:
        lines.append(f"| {r['variant']} | {r['macro_f1']} | {r['civil_macro_f1']} | "
                     + " | ".join(str(r["f1"][label]) for label in LABELS) + f" | {r['seconds']} |")
    lines += [
        "", f"Upper bound, not deployable: the linear part's out-of-fold probabilities with per-label weights "
        f"tuned on those same predictions reach **{bound}** (weights {dict(zip(LABELS, weights, strict=True))}).", "",
        _conclusion(results, bound, seeds), "",
        "## The linear part, the shipped pipeline and the 5-NN ensembles on other fold splits (same set-up, folds "
        "shuffled with another seed)", "",
        "| fold seed | linear part macro-F1 (civil) | "
        + " | ".join(f"{title} macro-F1 (civil)" for _, title in ENSEMBLES) + " |",
        "|---|---|" + "---|" * len(ENSEMBLES),
        *[f"| {r['seed']} | {r['linear']} ({r['linear_civil']}) | "
          + " | ".join(f"{r[key]} ({r[f'{key}_civil']})" if key in r else "–" for key, _ in ENSEMBLES) + " |"
          for r in seeds],
        "", "## Trained on the shipped corpus only, scored on every dev line (benchmark (a)'s set-up)", "",
        "Calibration of the (averaged) probabilities: expected calibration error of the top probability (10 bins), "
        f"Brier score, and the share of lines below the review threshold {REVIEW_THRESHOLD}, which go to a clerk.", "",
        f"| model | macro-F1, all lines | civil macro-F1 | ECE | Brier | below {REVIEW_THRESHOLD} |",
        "|---|---|---|---|---|---|",
        *[f"| {r['variant']} | {r['macro_f1']} | {r['civil_macro_f1']} | {r.get('ece', '–')} | "
          f"{r.get('brier', '–')} | {r.get('below_review_threshold', '–')} |" for r in corpus_rows],
        "", f"The shipped model is the vote below {shipped.VOTE_BELOW}: it searches the stored texts only for the "
        "texts its SVM is unsure of, so its median latency stays the SVM's (bench/results/latency.md); the votes on "
        "every text search on every call.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] == ["--render"]:  # rewrite the report from its JSON after a change to the wording
        path = Path(__file__).parent / "results" / "cv_variants.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        write_result("cv_variants", render(data), data)
    else:
        main()
