"""The single-document fast path computes exactly what the scikit-learn pipeline computes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from service.classifier import LoadedModel, load_version
from service.fastpath import LinearScorer, UnsupportedPipeline
from tests.helpers import TINY, train_tiny
from training.data import read_jsonl

EXTRA = [
    "ＡＢＣ公司  欠我货款３万元！！",       # full-width, repeated spaces and punctuation
    "x",                                   # one character, probably no known feature
    "经审理查明：张x1于2019年3月5日向李某某借款&times;元，约定月息2%。" * 5,
    "😀😀😀",                               # nothing in any vocabulary
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> LoadedModel:
    directory: Path = tmp_path_factory.mktemp("models")
    version = train_tiny(directory)
    return load_version(directory, version)


def test_fast_path_matches_pipeline(model: LoadedModel) -> None:
    scorer = LinearScorer(model.pipeline)
    texts = [s.text for s in read_jsonl(TINY)] + EXTRA
    expected = model.pipeline.predict_proba(texts)
    for text, row in zip(texts, expected, strict=True):
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


def test_other_pipeline_shapes_are_rejected(model: LoadedModel) -> None:
    with pytest.raises(UnsupportedPipeline):
        LinearScorer(Pipeline([("classifier", model.pipeline.named_steps["classifier"])]))
