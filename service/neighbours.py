"""A nearest-neighbour vote for the texts the linear model is unsure of.

The linear model weighs single terms; the training texts most like a new one also carry what the terms say
together.  ``NeighbourVote`` wraps the calibrated classifier: when its top probability
is below ``vote_below`` (about a fifth of court texts), the probabilities are averaged with a distance-weighted
vote of the ``n_neighbors`` most similar training texts (cosine on the TF-IDF blocks, as scikit-learn's
``KNeighborsClassifier(metric="cosine", weights="distance")`` computes it; tests/test_neighbours.py checks the
two agree).  A confident prediction is left exactly as it was and costs no search, so the median latency stays
the linear model's.  bench/results/cv_variants.md, dev_eval.md and cv_dev.md measure what the vote adds.

Part of saved artifacts by dotted path (``service.neighbours.NeighbourVote``): do not move it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, clone

# A stored text at cosine distance this small is the same text: it alone decides the vote (scikit-learn's rule for
# zero distances, with room for rounding).
SAME_TEXT = 1e-9


class NeighbourVote(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """``estimator``'s probabilities, averaged with a nearest-neighbour vote where they are unsure.

    :param estimator: a classifier with ``predict_proba``; ``fit`` fits a clone of it on the same rows.
    :param n_neighbors: how many of the most similar training texts vote.
    :param vote_below: the vote is taken only when ``estimator``'s top probability is below this (0: never;
        above 1: always).
    :param ignore_last: trailing feature columns left out of the similarity (the dense lexicon counts, which would
        make every text of an area look alike).
    :param max_memory: at most this many training texts are kept to search (a fixed random sample beyond it), so
        that a model trained on 100,000 texts stays a reasonable size in every worker.
    :param random_state: seed of that sample.
    """

    def __init__(self, estimator: Any, n_neighbors: int = 5, vote_below: float = 0.9, ignore_last: int = 0,
                 max_memory: int = 20_000, random_state: int = 0) -> None:
        self.estimator = estimator
        self.n_neighbors = n_neighbors
        self.vote_below = vote_below
        self.ignore_last = ignore_last
        self.max_memory = max_memory
        self.random_state = random_state

    def fit(self, X: Any, y: Any, sample_weight: np.ndarray | None = None) -> NeighbourVote:
        matrix = sp.csr_matrix(X, dtype=np.float64)
        labels = np.asarray(y)
        params = {} if sample_weight is None else {"sample_weight": sample_weight}
        self.estimator_ = clone(self.estimator).fit(matrix, labels, **params)
        self.classes_ = self.estimator_.classes_
        self.n_features_in_ = matrix.shape[1]
        self._store(matrix, labels, sample_weight)
        return self

    def _store(self, matrix: sp.csr_matrix, labels: np.ndarray, sample_weight: np.ndarray | None) -> None:
        """Keep the (unit-length) training texts to search, with their labels and weights."""
        weights = np.ones(len(labels)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        keep = np.arange(len(labels))
        if len(keep) > self.max_memory:
            keep = np.sort(np.random.default_rng(self.random_state).choice(len(keep), self.max_memory, replace=False))
        stored = matrix[keep][:, :matrix.shape[1] - self.ignore_last]
        norms = np.sqrt(np.asarray(stored.multiply(stored).sum(axis=1)).ravel())
        unit = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ stored
        # An inverted index, one row per feature listing the stored texts that have it (so a search reads only the
        # query's rows), kept as plain arrays: skops stores them without trusting another type.
        index = sp.csr_matrix(unit.T)
        self.index_indptr_ = index.indptr
        self.index_texts_ = index.indices
        self.index_weights_ = index.data
        self.n_stored_ = len(keep)
        class_of = {c: i for i, c in enumerate(self.classes_)}
        self.memory_labels_ = np.array([class_of[c] for c in labels[keep]], dtype=np.int64)
        self.memory_weights_ = weights[keep]

    def predict_proba(self, X: Any) -> np.ndarray:
        matrix = sp.csr_matrix(X, dtype=np.float64)
        proba: np.ndarray = self.estimator_.predict_proba(matrix)
        for i in range(matrix.shape[0]):  # ``decide`` leaves the sure rows as they are, without a search
            row = slice(matrix.indptr[i], matrix.indptr[i + 1])
            proba[i] = self.decide(proba[i], matrix.indices[row], matrix.data[row])[0]
        return proba

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.predict_proba(X), axis=1)])

    def decide(self, proba: np.ndarray, indices: np.ndarray, values: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray | None]:
        """One text's probabilities, from ``estimator_``'s (``proba``, in ``classes_`` order) and the text's non-zero
        feature ``indices`` and ``values``, and the neighbours' vote averaged into them (``shares``), or ``None``
        when ``proba`` is sure enough or the text shares no feature with the stored ones.  The fast path
        (service/fastpath.py) and ``LoadedModel.predict`` call this too."""
        if self.decides_alone(proba):
            return proba, None
        shares = self.shares(indices, values)
        return (proba, None) if shares is None else (np.asarray((proba + shares) / 2.0), shares)

    def shares(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray | None:
        """The distance-weighted vote of one text's ``n_neighbors`` most similar stored texts, as each class's share
        (``classes_`` order, summing to 1), from the text's non-zero feature ``indices`` and ``values``; ``None`` when
        it shares no feature with them."""
        keep = indices < self.n_searched_features
        query = values[keep]
        norm = float(np.sqrt(query @ query))
        if norm == 0.0:
            return None
        similarity = self._similarity(indices[keep], query / norm)
        k = min(self.n_neighbors, len(similarity))
        nearest = np.argpartition(-similarity, k - 1)[:k]
        distance = np.maximum(1.0 - similarity[nearest], 0.0)
        same = distance <= SAME_TEXT
        closeness = same.astype(np.float64) if same.any() else 1.0 / distance
        votes = np.bincount(self.memory_labels_[nearest], weights=closeness * self.memory_weights_[nearest],
                            minlength=len(self.classes_))
        total = votes.sum()
        if total <= 0.0:
            return None
        return np.asarray(votes / total)

    @property
    def n_searched_features(self) -> int:
        """How many leading feature columns the similarity reads."""
        return len(self.index_indptr_) - 1

    def _similarity(self, features: np.ndarray, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of a unit query (its non-zero ``features`` and their values) with every stored text."""
        # The query's rows of the inverted index, transposed, times the query: scipy does this in C, about twice as
        # fast as gathering the rows with numpy and summing with bincount (bench/latency.py times the search on every
        # call).  Double precision, so that the fast path and the pipeline, whose queries differ in the last bits,
        # agree to 1e-9.
        rows = self._index_matrix()[features]
        return np.asarray(rows.T @ query, dtype=np.float64).ravel()

    def _index_matrix(self) -> sp.csr_matrix:
        """The inverted index as a scipy matrix sharing the stored arrays, made once per loaded model and never
        saved (``__getstate__`` leaves it out, so artifacts hold only plain arrays)."""
        matrix: sp.csr_matrix | None = self.__dict__.get("_index_cache")
        if matrix is None:
            matrix = sp.csr_matrix((self.index_weights_, self.index_texts_, self.index_indptr_),
                                   shape=(self.n_searched_features, self.n_stored_), copy=False)
            self.__dict__["_index_cache"] = matrix
        return matrix

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = super().__getstate__()
        state.pop("_index_cache", None)
        return state

    def decides_alone(self, proba: np.ndarray) -> bool:
        """Whether ``proba`` (one text's, from ``estimator_``) stands without a vote."""
        return bool(proba.max() >= self.vote_below)
