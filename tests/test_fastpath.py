"""The single-document fast path computes exactly what the scikit-learn pipeline computes."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from service.classifier import LoadedModel, load_version
from service.fastpath import LinearScorer, UnsupportedPipeline
from service.neighbours import NeighbourVote
from tests.helpers import TINY, train_tiny
from training.data import read_jsonl

EXTRA = [
    "ＡＢＣ公司  欠我货款３万元！！",       # full-width, repeated spaces and punctuation
    "x",                                   # one character, probably no known feature
    "经审理查明：张x1于2019年3月5日向李某某借款&times;元，约定月息2%。" * 5,
    "😀😀😀",                               # nothing in any vocabulary
]
# Texts mixing two areas, which the tiny model is unsure of.
UNSURE = [
    "公司拖欠货款，我去要工资也不给，房租也交不上了",
    "借钱给朋友买房，他把房子租出去了却不还钱",
    "物业公司的保安受伤了，向物业要工伤赔偿",
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> LoadedModel:
    directory: Path = tmp_path_factory.mktemp("models")
    version = train_tiny(directory)
    return load_version(directory, version)


@pytest.mark.parametrize("vote_below", ["shipped", "median"])
def test_fast_path_matches_pipeline(model: LoadedModel, vote_below: str) -> None:
    pipeline = copy.deepcopy(model.pipeline)
    vote = pipeline.named_steps["classifier"]
    assert isinstance(vote, NeighbourVote)
    texts = [s.text for s in read_jsonl(TINY)] + EXTRA + UNSURE
    sure = vote.estimator_.predict_proba(pipeline[:-1].transform(texts)).max(axis=1)
    if vote_below == "median":
        # The tiny model is unsure of nearly everything: move the threshold so that both branches are compared,
        # texts the calibrated SVM decides alone and texts the neighbours vote on.
        vote.vote_below = float(np.median(sure))
        assert (sure >= vote.vote_below).any() and (sure < vote.vote_below).any()
    scorer = LinearScorer(pipeline)
    expected = pipeline.predict_proba(texts)
    for text, row in zip(texts, expected, strict=True):
        np.testing.assert_allclose(scorer.predict_proba(*scorer.features(text)), row, rtol=0, atol=1e-9)


def test_fast_path_of_a_model_trained_before_the_neighbour_vote(model: LoadedModel) -> None:
    # Artifacts published before the vote end in the calibrated SVM itself; they keep their fast path.
    vote = model.pipeline.named_steps["classifier"]
    older = Pipeline([("features", model.pipeline.named_steps["features"]), ("classifier", vote.estimator_)])
    scorer = LinearScorer(older)
    texts = EXTRA + UNSURE
    for text, row in zip(texts, older.predict_proba(texts), strict=True):
        np.testing.assert_allclose(scorer.predict_proba(*scorer.features(text)), row, rtol=0, atol=1e-9)


def test_fast_path_features_match_feature_union(model: LoadedModel) -> None:
    scorer = LinearScorer(model.pipeline)
    union = model.pipeline.named_steps["features"]
    for text in EXTRA:
        indices, values = scorer.features(text)
        dense = np.zeros(union.transform([text]).shape[1])
        dense[indices] = values
        np.testing.assert_allclose(dense, union.transform([text]).toarray()[0], atol=1e-12)


def test_predict_uses_fast_path_and_agrees_with_slow_path(model: LoadedModel) -> None:
    fast = model.predict("物业费一直在交，可电梯坏了半年没人修")
    slow_model = LoadedModel(version=model.version, pipeline=model.pipeline, metadata=model.metadata)
    slow_model._scorer = None
    slow = slow_model.predict("物业费一直在交，可电梯坏了半年没人修")
    assert fast.label == slow.label
    assert fast.probabilities == pytest.approx(slow.probabilities, abs=1e-9)
    assert [t.term for t in fast.terms] == [t.term for t in slow.terms]
    assert fast.neighbour_vote is not None and slow.neighbour_vote is not None
    assert fast.neighbour_vote == pytest.approx(slow.neighbour_vote, abs=1e-9)


def test_prediction_reports_the_vote_it_averaged_in(model: LoadedModel) -> None:
    vote = model.pipeline.named_steps["classifier"]
    for text in UNSURE + ["借钱不还"]:
        prediction = model.predict(text)
        row = model.pipeline[:-1].transform([text])
        linear = vote.estimator_.predict_proba(row)[0]
        if vote.decides_alone(linear):
            assert prediction.neighbour_vote is None
            expected = linear
        else:
            assert prediction.neighbour_vote is not None
            expected = (linear + np.array([prediction.neighbour_vote[label] for label in model.labels])) / 2
        np.testing.assert_allclose([prediction.probabilities[label] for label in model.labels], expected, atol=1e-9)
    pipeline = copy.deepcopy(model.pipeline)
    pipeline.named_steps["classifier"].vote_below = 0.0
    sure = LoadedModel(version=model.version, pipeline=pipeline, metadata=model.metadata)
    assert sure.predict(UNSURE[0]).neighbour_vote is None


def test_other_pipeline_shapes_are_rejected(model: LoadedModel) -> None:
    with pytest.raises(UnsupportedPipeline):
        LinearScorer(Pipeline([("classifier", model.pipeline.named_steps["classifier"])]))
