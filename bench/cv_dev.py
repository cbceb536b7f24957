"""Benchmark (b): 5-fold stratified cross-validation of the shipped pipeline on the court's dev texts.

    python bench/cv_dev.py

Two set-ups, both scored on the held-out fold only:
- dev only: the pipeline trained on the other four folds (the issue's set-up);
- corpus + dev: the shipped corpus (sample weight CORPUS_WEIGHT) plus the other four folds, which is what
  `python -m training retrain` does once the court's reviewed cases are in the database.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from common import environment, is_civil, load_dev, write_result
from sklearn.model_selection import StratifiedKFold

from service.labels import LABELS
from training.data import dedupe, load_files, shipped_corpus_files
from training.evaluate import scores
from training.pipeline import build_pipeline

FOLDS = 5
CORPUS_WEIGHT = 0.3


def cross_validate(texts: np.ndarray, labels: np.ndarray, extra: tuple[list[str], list[str]] | None
                   ) -> tuple[np.ndarray, list[float]]:
    predicted = np.empty(len(texts), dtype=object)
    fold_f1 = []
    for fold, (train, test) in enumerate(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(texts, labels)):
        x, y = list(texts[train]), list(labels[train])
        weights = [1.0] * len(x)
        if extra is not None:
            x, y = extra[0] + x, extra[1] + y
            weights = [CORPUS_WEIGHT] * len(extra[0]) + weights
        pipeline = build_pipeline(random_state=0).fit(x, y, classifier__sample_weight=np.array(weights))
        predicted[test] = pipeline.predict(list(texts[test]))
        fold_f1.append(scores(list(labels[test]), list(predicted[test]))["macro_f1"])
        print(f"fold {fold + 1}/{FOLDS}: macro-F1 {fold_f1[-1]}", flush=True)
    return predicted, fold_f1


def section(title: str, labels: np.ndarray, predicted: np.ndarray, civil: np.ndarray, fold_f1: list[float]
            ) -> tuple[list[str], dict[str, Any]]:
    everything = scores(list(labels), list(predicted))
    civil_only = scores(list(labels[civil]), list(predicted[civil]))
    lines = [
        f"## {title}", "",
        f"- pooled out-of-fold macro-F1, all lines: **{everything['macro_f1']}** (accuracy {everything['accuracy']})",
        f"- pooled out-of-fold macro-F1, civil lines only: **{civil_only['macro_f1']}**",
        f"- per-fold macro-F1 (all lines): {fold_f1} (mean {np.mean(fold_f1):.4f})", "",
        "| label | precision | recall | F1 | support |", "|---|---|---|---|---|",
    ]
    for label in LABELS:
        s = everything["per_label"][label]
        lines.append(f"| {label} | {s['precision']} | {s['recall']} | {s['f1']} | {s['support']} |")
    return lines + [""], {"all": everything, "civil": civil_only, "fold_macro_f1": fold_f1}


def main() -> None:
    rows = load_dev()
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["label"] for r in rows])
    civil = np.array([is_civil(r) for r in rows])
    corpus = dedupe(load_files(shipped_corpus_files()))
    started = time.perf_counter()
    dev_pred, dev_folds = cross_validate(texts, labels, None)
    mix_pred, mix_folds = cross_validate(texts, labels, ([s.text for s in corpus], [s.label for s in corpus]))
    seconds = time.perf_counter() - started
    dev_lines, dev_data = section("Dev texts only (the issue's set-up)", labels, dev_pred, civil, dev_folds)
    mix_lines, mix_data = section(
        f"Shipped corpus (weight {CORPUS_WEIGHT}) + dev folds (what retraining on reviewed cases does)",
        labels, mix_pred, civil, mix_folds)
    lines = [
        "# 5-fold cross-validation on the court's dev texts", "",
        f"`python bench/cv_dev.py` · {environment()} · {seconds:.0f} s", "",
        "The shipped pipeline (training/pipeline.py) refit on each fold of ../shared/data/disputes_dev.jsonl "
        f"({len(rows)} lines; same folds for both set-ups). Target: macro-F1 at least 0.85.", "",
        *dev_lines, *mix_lines,
    ]
    write_result("cv_dev", "\n".join(lines), {"dev_only": dev_data, "corpus_plus_dev": mix_data, "seconds": seconds})


if __name__ == "__main__":
    main()
