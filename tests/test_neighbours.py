"""The nearest-neighbour vote: scikit-learn's cosine, distance-weighted neighbours, taken only where unsure."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
import skops.io as sio
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier

from service.classifier import TRUSTED_TYPES
from service.neighbours import NeighbourVote

LABELS = np.array(["finance", "housing", "labour"])


def sparse_data(rows: int, columns: int, seed: int) -> tuple[sp.csr_matrix, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = sp.random(rows, columns, density=0.2, random_state=rng, format="csr")
    x.data = rng.random(len(x.data)) + 0.1
    return x, LABELS[rng.integers(0, len(LABELS), rows)]


def test_vote_is_scikit_learns_cosine_distance_weighted_neighbours() -> None:
    x, y = sparse_data(60, 40, seed=1)
    queries, _ = sparse_data(25, 40, seed=2)
    ignore_last = 4
    vote = NeighbourVote(LogisticRegression(), n_neighbors=5, vote_below=1.1, ignore_last=ignore_last).fit(x, y)
    base = LogisticRegression().fit(x, y).predict_proba(queries)
    knn = KNeighborsClassifier(n_neighbors=5, metric="cosine", weights="distance", algorithm="brute")
    neighbours = knn.fit(x[:, :-ignore_last], y).predict_proba(queries[:, :-ignore_last])
    assert list(vote.classes_) == list(knn.classes_)
    np.testing.assert_allclose(vote.predict_proba(queries), (base + neighbours) / 2, rtol=0, atol=1e-6)


def test_confident_predictions_are_left_exactly_as_they_were() -> None:
    x, y = sparse_data(60, 40, seed=3)
    base = LogisticRegression().fit(x, y).predict_proba(x)
    threshold = float(np.median(base.max(axis=1)))
    voted = NeighbourVote(LogisticRegression(), vote_below=threshold).fit(x, y).predict_proba(x)
    confident = base.max(axis=1) >= threshold
    assert confident.any() and (~confident).any()
    np.testing.assert_array_equal(voted[confident], base[confident])
    assert not np.allclose(voted[~confident], base[~confident])
    never = NeighbourVote(LogisticRegression(), vote_below=0.0).fit(x, y).predict_proba(x)
    np.testing.assert_array_equal(never, base)


def test_sample_weights_weigh_each_stored_text_s_vote() -> None:
    # Three stored texts, at cosine distances 0.5 (finance, weight 1), 0.5 (labour, weight 3) and 1 (housing, weight
    # 1) from the query; the base model answers the weighted class shares.
    root3 = np.sqrt(3.0)
    x = sp.csr_matrix(np.array([[1.0, root3, 0.0], [1.0, 0.0, root3], [0.0, 1.0, 1.0]]))  # query: [1, 0, 0]
    y = np.array(["finance", "labour", "housing"])
    weights = np.array([1.0, 3.0, 1.0])
    vote = NeighbourVote(DummyClassifier(strategy="prior"), n_neighbors=3, vote_below=1.1).fit(x, y, weights)
    query = sp.csr_matrix(np.array([[1.0, 0.0, 0.0]]))
    closeness = {"finance": 1 / 0.5 * 1, "labour": 1 / 0.5 * 3, "housing": 1 / 1.0 * 1}
    total = sum(closeness.values())
    prior = {"finance": 0.2, "housing": 0.2, "labour": 0.6}
    expected = [(prior[c] + closeness[c] / total) / 2 for c in vote.classes_]
    np.testing.assert_allclose(vote.predict_proba(query)[0], expected, atol=1e-6)


def test_a_stored_copy_of_the_text_decides_the_vote_alone() -> None:
    x, y = sparse_data(30, 20, seed=4)
    vote = NeighbourVote(DummyClassifier(strategy="uniform"), n_neighbors=5, vote_below=1.1).fit(x, y)
    proba = vote.predict_proba(x[7])[0]
    own = list(vote.classes_).index(y[7])
    assert proba[own] == pytest.approx((1 / 3 + 1.0) / 2)


def test_a_text_sharing_no_feature_keeps_its_probabilities() -> None:
    x, y = sparse_data(30, 20, seed=5)
    vote = NeighbourVote(LogisticRegression(), vote_below=1.1).fit(x, y)
    empty = sp.csr_matrix((1, 20))
    np.testing.assert_array_equal(vote.predict_proba(empty), vote.estimator_.predict_proba(empty))


def test_memory_is_a_fixed_sample_beyond_max_memory() -> None:
    x, y = sparse_data(50, 20, seed=6)
    first = NeighbourVote(LogisticRegression(), max_memory=10, random_state=3).fit(x, y)
    second = NeighbourVote(LogisticRegression(), max_memory=10, random_state=3).fit(x, y)
    assert first.n_stored_ == 10 and len(first.memory_labels_) == 10
    np.testing.assert_array_equal(first.index_texts_, second.index_texts_)
    np.testing.assert_array_equal(first.predict_proba(x), second.predict_proba(x))
    assert NeighbourVote(LogisticRegression()).fit(x, y).n_stored_ == 50


def test_saved_vote_holds_plain_arrays_only(tmp_path: Path) -> None:
    # The search's scipy matrix is made on first use; an artifact saved after a prediction must not carry it, or
    # loading would need a type outside the trusted list.
    x, y = sparse_data(40, 20, seed=7)
    vote = NeighbourVote(LogisticRegression(), vote_below=1.1).fit(x, y)
    expected = vote.predict_proba(x)
    sio.dump(vote, tmp_path / "vote.skops")
    loaded = sio.load(tmp_path / "vote.skops", trusted=TRUSTED_TYPES)
    np.testing.assert_array_equal(loaded.predict_proba(x), expected)
