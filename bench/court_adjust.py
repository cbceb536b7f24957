"""Two more ways the court's corrections might teach the model, on issue 6's learning-curve samples (point 4).

    python bench/court_adjust.py [--seeds 0 1 2]

For each seed, the shipped pipeline is trained as ``retrain`` trains a candidate from all 400 cases of
bench/learning_curve.py's stratified sample (corpus weight 0.3, court weight 1), and scored on the rest of
../shared/data/disputes_dev.jsonl, civil lines, as in the target.  Then:

1. **Prior shift** (Saerens et al. 2002): the court's label mix is not the corpus's (about 73% ``other`` among the
   corrections against 36% in the weighted training data), so each probability is multiplied by the ratio of the
   court's label share (from the corrections, add-one smoothed) to the training share, in full or in square root;
   or by the court share over the model's mean probability on the corrections; or the court mix is estimated on the
   rest itself by EM, without labels.
2. **A vote of the court's own cases**: the shipped vote searches every training text, corpus and court; here the k
   most similar corrections alone (cosine on the word and character TF-IDF blocks, distance-weighted) vote, averaged
   into the SVM's or the shipped pipeline's probabilities where the SVM is unsure (top probability below 0.9), as the
   shipped vote is.
"""

from __future__ import annotations

import collections
import sys
from typing import Any

import numpy as np
from learning_curve import court_split, macro_f1, run_on_samples, versus_shipped
from sklearn.preprocessing import normalize

from service.features import LEXICON
from training.data import Sample
from training.pipeline import VOTE_BELOW
from training.train import fit

CORPUS_WEIGHT = 0.3


def _court_vote(similarity: np.ndarray, court_labels: np.ndarray, n_classes: int, k: int) -> np.ndarray:
    """Each row's distance-weighted vote of its ``k`` most similar corrections, as shares per class."""
    nearest = np.argsort(-similarity, axis=1)[:, :k]
    closeness = 1.0 / np.maximum(1.0 - np.take_along_axis(similarity, nearest, axis=1), 1e-6)
    votes = np.zeros((similarity.shape[0], n_classes))
    for j in range(k):
        np.add.at(votes, (np.arange(similarity.shape[0]), court_labels[nearest[:, j]]), closeness[:, j])
    return votes / votes.sum(axis=1, keepdims=True)


def run_seed(seed: int, rows: list[dict[str, Any]], corpus: list[Sample]) -> dict[str, Any]:
    split = court_split(rows, seed)
    court, rest, truth, civil = split.court, split.rest, split.truth, split.civil
    weights = [CORPUS_WEIGHT] * len(corpus) + [1.0] * len(court)
    model = fit(corpus + court, weights=weights)
    features, vote = model.named_steps["features"], model.named_steps["classifier"]
    classes = np.array(vote.classes_)

    def score(proba: np.ndarray) -> float:
        return macro_f1(truth[civil], classes[proba.argmax(axis=1)][civil])

    texts = [r["text"] for r in rest]
    rest_x, court_x = features.transform(texts), features.transform([s.text for s in court])
    svm = vote.estimator_.predict_proba(rest_x)
    shipped = model.predict_proba(texts)
    scores = {"shipped pipeline (as retrain trains it)": score(shipped), "its SVM alone": score(svm)}

    weighted: collections.Counter[str] = collections.Counter()
    for s, w in zip(corpus + court, weights, strict=True):
        weighted[s.label] += w
    train_share = np.array([weighted[c] / sum(weighted.values()) for c in classes])
    counts = collections.Counter(s.label for s in court)
    court_share = np.array([(counts[c] + 1) / (len(court) + len(classes)) for c in classes])
    mean_on_court = model.predict_proba([s.text for s in court]).mean(axis=0)
    for name, ratio in [("court share / training share", court_share / train_share),
                        ("court share / mean probability on the corrections", court_share / mean_on_court)]:
        for power, how in [(1.0, "in full"), (0.5, "square root")]:
            scores[f"prior shift: {name}, {how}"] = score(shipped * ratio ** power)
    prior, adjusted = train_share.copy(), shipped.copy()
    for _ in range(50):  # EM on the rest, unlabelled
        adjusted = shipped * (prior / train_share)
        adjusted /= adjusted.sum(axis=1, keepdims=True)
        prior = adjusted.mean(axis=0)
    scores["prior shift: court mix estimated on the rest by EM"] = score(adjusted)

    searched = rest_x.shape[1] - len(LEXICON)
    similarity = (normalize(rest_x[:, :searched]) @ normalize(court_x[:, :searched]).T).toarray()
    court_labels = np.array([list(classes).index(s.label) for s in court])
    unsure = (svm.max(axis=1) < VOTE_BELOW)[:, None]
    for k in (3, 5, 10):
        own = _court_vote(similarity, court_labels, len(classes), k)
        scores[f"court-only vote, k={k}, with the SVM"] = score(np.where(unsure, (svm + own) / 2, shipped))
        scores[f"court-only vote, k={k}, with the shipped pipeline (1:1)"] = score(
            np.where(unsure, (shipped + own) / 2, shipped))
        scores[f"court-only vote, k={k}, with the shipped pipeline (2:1)"] = score(
            np.where(unsure, (2 * shipped + own) / 3, shipped))
    print(f"seed {seed}: {scores}", file=sys.stderr)
    return {"rest": len(rest), "rest_civil": int(civil.sum()),
            "court_share": {str(c): round(float(v), 3) for c, v in zip(classes, court_share, strict=True)},
            "training_share": {str(c): round(float(v), 3) for c, v in zip(classes, train_share, strict=True)},
            "scores": scores}


def markdown(result: dict[str, Any]) -> str:
    return versus_shipped(result, title="Prior shift and a court-only vote (issue 6, point 4)",
                          script="court_adjust.py", best="Best variant",
                          intro="Trained as retrain trains a candidate, from all 400 cases of each learning-curve "
                                "sample (same seeds); ")


def main() -> None:
    run_on_samples("court_adjust", __doc__.splitlines()[0], run_seed, markdown)


if __name__ == "__main__":
    main()
