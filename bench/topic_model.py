"""Would the corpus's scenario topics help?  A classifier over the shipped corpus's topics, on issue 6's learning-curve
samples (point 4).

    python bench/topic_model.py [--seeds 0 1 2]

Every line of the shipped corpus carries a ``topic`` (378 scenarios such as ``wage_iou`` or ``heir_debt_bank``) under
its label.  The court's 案由 are finer than our five labels too, and cross-validation trained on the dev file's own
案由 scored better than on its labels (bench/results/cv_variants.md), but a clerk's correction gives a label only.
Here a calibrated LinearSVC learns the corpus's topics, with the court's corrections as one class per label
(``finance/court``), and its probabilities are summed per label.  For each seed the shipped pipeline is trained as
``retrain`` trains a candidate from all 400 cases of bench/learning_curve.py's stratified sample (corpus weight 0.3,
court weight 1; the topic model uses the same weights and the pipeline's fitted features), and every model is scored
as civil macro-F1 on the rest of ../shared/data/disputes_dev.jsonl, as in the target.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import numpy as np
from learning_curve import court_split, macro_f1, run_on_samples, versus_shipped
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from training.data import Sample, shipped_corpus_files
from training.pipeline import CALIBRATION_FOLDS, SVM_C, VOTE_BELOW
from training.train import fit

CORPUS_WEIGHT = 0.3


def corpus_topics() -> dict[str, str]:
    """Text -> ``label/topic`` for every line of the shipped corpus (the last file naming a text wins, as dedupe)."""
    topics: dict[str, str] = {}
    for path in shipped_corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                topics[row["text"]] = f"{row['label']}/{row['topic']}"
    return topics


def run_seed(seed: int, rows: list[dict[str, Any]], corpus: list[Sample]) -> dict[str, Any]:
    split = court_split(rows, seed)
    court, rest, truth, civil = split.court, split.rest, split.truth, split.civil
    weights = np.array([CORPUS_WEIGHT] * len(corpus) + [1.0] * len(court))
    model = fit(corpus + court, weights=list(weights))
    features, vote = model.named_steps["features"], model.named_steps["classifier"]
    classes = np.array(vote.classes_)

    def score(proba: np.ndarray) -> float:
        return macro_f1(truth[civil], classes[proba.argmax(axis=1)][civil])

    texts = [r["text"] for r in rest]
    rest_x = features.transform(texts)
    svm = vote.estimator_.predict_proba(rest_x)
    shipped = model.predict_proba(texts)
    unsure = (svm.max(axis=1) < VOTE_BELOW)[:, None]
    # The shipped vote averages the SVM 1:1 with the neighbours where the SVM is unsure: the neighbours' share is
    # recovered from the two, to average them into another model's probabilities in the same way.
    neighbours = np.where(unsure, 2 * shipped - svm, 0.0)

    topics = corpus_topics()
    fine = np.array([topics.get(s.text, f"{s.label}/untopical") for s in corpus] + [f"{s.label}/court" for s in court])
    topic_svm = CalibratedClassifierCV(LinearSVC(C=SVM_C, class_weight="balanced", random_state=0),
                                       method="sigmoid", cv=CALIBRATION_FOLDS)
    topic_svm.fit(features.transform([s.text for s in corpus + court]), fine, sample_weight=weights)
    owner = np.array([str(c).split("/")[0] for c in topic_svm.classes_])
    fine_proba = topic_svm.predict_proba(rest_x)
    by_topic = np.stack([fine_proba[:, owner == label].sum(axis=1) for label in classes], axis=1)
    averaged = (svm + by_topic) / 2

    scores = {
        "shipped pipeline (as retrain trains it)": score(shipped),
        "its SVM alone": score(svm),
        "topic SVM alone, summed per label": score(by_topic),
        "topic SVM averaged 1:1 with the shipped SVM": score(averaged),
        "the same, with the shipped neighbour vote where the SVM is unsure":
            score(np.where(unsure, (averaged + neighbours) / 2, averaged)),
        "topic SVM averaged 1:1 with the shipped pipeline": score((shipped + by_topic) / 2),
    }
    print(f"seed {seed}: {scores}", file=sys.stderr)
    return {"rest": len(rest), "rest_civil": int(civil.sum()), "topics": len(topic_svm.classes_), "scores": scores}


def markdown(result: dict[str, Any]) -> str:
    classes = result["seeds"][next(iter(result["seeds"]))]["topics"]
    return versus_shipped(result, title="A classifier over the corpus's scenario topics (issue 6, point 4)",
                          script="topic_model.py", best="Best topic variant",
                          intro=f"{classes} classes (corpus topics, and one class of court corrections per label); "
                                "trained as retrain trains a candidate, from all 400 cases of each learning-curve "
                                "sample (same seeds); ")


def main() -> None:
    run_on_samples("topic_model", __doc__.splitlines()[0], run_seed, markdown)


if __name__ == "__main__":
    main()
