"""A single-document fast path for the shipped pipeline.

scikit-learn's per-call overhead (input validation, sparse matrix assembly,
three separate normalisations of the same text) costs several times more than
the arithmetic for one short text.  ``LinearScorer`` reads the fitted
pipeline's parameters once and computes the same calibrated probabilities
directly.  tests/test_fastpath.py checks it agrees with
``pipeline.predict_proba`` to 1e-9; a pipeline of another shape is rejected
with ``UnsupportedPipeline`` and the caller falls back to scikit-learn.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from service.features import LexiconCounts, area_counts
from service.neighbours import NeighbourVote
from service.text import _SPACE, _tokenizer, normalize


class UnsupportedPipeline(Exception):
    """The pipeline is not the words + chars + lexicon / calibrated linear SVM shape this fast path knows."""


def calibrated_part(classifier: Any) -> Any:
    """The calibrated linear classifier of a pipeline's last step: the step itself in models trained before the
    neighbour vote, the vote's fitted ``estimator_`` since."""
    return classifier.estimator_ if isinstance(classifier, NeighbourVote) else classifier


class LinearScorer:
    """Features, calibrated probabilities and per-feature contributions for one text."""

    def __init__(self, pipeline: Pipeline) -> None:
        try:
            blocks = dict(pipeline.named_steps["features"].transformer_list)
            words, chars, lexicon = blocks["words"], blocks["chars"], blocks["lexicon"]
            step = pipeline.named_steps["classifier"]
            calibrated = calibrated_part(step)
            (member,) = calibrated.calibrated_classifiers_
        except (KeyError, ValueError, AttributeError) as exc:
            raise UnsupportedPipeline(str(exc)) from exc
        if list(blocks) != ["words", "chars", "lexicon"] or not isinstance(lexicon, LexiconCounts):
            raise UnsupportedPipeline("feature blocks differ")
        if words.ngram_range != (1, 1) or words.analyzer != "word" or chars.analyzer != "char":
            raise UnsupportedPipeline("n-gram settings differ")
        if member.method != "sigmoid" or not (words.sublinear_tf and chars.sublinear_tf):
            raise UnsupportedPipeline("calibration or tf weighting differs")
        if words.norm != "l2" or chars.norm != "l2" or len(calibrated.classes_) < 3:
            raise UnsupportedPipeline("normalisation or class count differs")
        # term -> (column in the union's output, idf), as plain Python numbers: indexing numpy
        # arrays one scalar at a time would cost more than the whole computation.
        char_offset = len(words.vocabulary_)
        self._word_table = _table(words.vocabulary_, words.idf_, 0)
        self._char_table = _table(chars.vocabulary_, chars.idf_, char_offset)
        self._char_range = chars.ngram_range
        self._lexicon_offset = char_offset + len(chars.vocabulary_)
        self._lexicon_scale = lexicon.scale
        svm = member.estimator
        order = [list(calibrated.classes_).index(c) for c in svm.classes_]
        if order != list(range(len(order))):
            raise UnsupportedPipeline("class order differs")
        self.coef = np.asarray(svm.coef_, dtype=np.float64)
        self._intercept = np.asarray(svm.intercept_, dtype=np.float64)
        self._a = np.array([c.a_ for c in member.calibrators])
        self._b = np.array([c.b_ for c in member.calibrators])
        self._vote = step if isinstance(step, NeighbourVote) else None
        if self._vote is not None and self._vote.n_searched_features != self._lexicon_offset:
            raise UnsupportedPipeline("the neighbour vote searches other columns than the two TF-IDF blocks")

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's non-zero feature indices and values, as the pipeline's FeatureUnion would give them."""
        normalised = normalize(text)
        indices: list[int] = []
        values: list[float] = []
        tokens = Counter(_tokenizer().lcut(normalised, HMM=False))
        _tfidf_block(tokens, self._word_table, indices, values)
        _tfidf_block(self._char_ngrams(normalised), self._char_table, indices, values)
        for area, count in enumerate(area_counts(normalised)):
            if count:
                indices.append(self._lexicon_offset + area)
                values.append(math.log1p(count) * self._lexicon_scale)
        return np.fromiter(indices, dtype=np.int64, count=len(indices)), np.array(values, dtype=np.float64)

    def _char_ngrams(self, normalised: str) -> Counter[str]:
        text = _SPACE.sub(" ", normalised)
        low, high = self._char_range
        grams: Counter[str] = Counter(text) if low == 1 else Counter()
        for n in range(max(low, 2), high + 1):
            # zip over shifted copies builds every n-gram without slicing the string n times.
            grams.update(map("".join, zip(*(text[k:] for k in range(n)), strict=False)))
        return grams

    def predict_proba(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Calibrated probabilities in the pipeline's class order, with the neighbour vote where the pipeline has it
        and takes it."""
        return self.decide(indices, values)[0]

    def decide(self, indices: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """``predict_proba`` and the neighbours' vote it averaged in (``NeighbourVote.shares``), or ``None`` when the
        calibrated SVM decided alone."""
        proba = self._calibrated_proba(indices, values)
        return (proba, None) if self._vote is None else self._vote.decide(proba, indices, values)

    def _calibrated_proba(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        scores = self.coef[:, indices] @ values + self._intercept
        proba: np.ndarray = 1.0 / (1.0 + np.exp(self._a * scores + self._b))
        total = proba.sum()
        if total == 0:
            return np.full_like(proba, 1.0 / len(proba))
        proba = proba / total
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba


def _table(vocabulary: dict[str, int], idf: np.ndarray, offset: int) -> dict[str, tuple[int, float]]:
    return {term: (offset + j, float(idf[j])) for term, j in vocabulary.items()}


def _tfidf_block(counts: Counter[str], table: dict[str, tuple[int, float]],
                 indices: list[int], values: list[float]) -> None:
    """Append one TF-IDF block: sublinear tf (1 + log count) times idf, L2-normalised within the block."""
    start = len(values)
    lookup, log = table.get, math.log
    for term, count in counts.items():
        entry = lookup(term)
        if entry is not None:
            indices.append(entry[0])
            # 1 + log(1) is exactly 1: skip the logarithm for the (most common) single occurrence.
            values.append(entry[1] if count == 1 else (1.0 + log(count)) * entry[1])
    if len(values) > start:
        norm = math.hypot(*values[start:])
        values[start:] = [v / norm for v in values[start:]]
