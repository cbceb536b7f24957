"""Benchmark (b): 5-fold stratified cross-validation of the shipped pipeline trained on the court's dev texts.

    python bench/cv_dev.py
"""

from __future__ import annotations

import time

import numpy as np
from common import environment, is_civil, load_dev, write_result
from sklearn.model_selection import StratifiedKFold

from service.labels import LABELS
from training.evaluate import scores
from training.pipeline import build_pipeline

FOLDS = 5


def main() -> None:
    rows = load_dev()
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["label"] for r in rows])
    civil = np.array([is_civil(r) for r in rows])
    predicted = np.empty(len(rows), dtype=object)
    fold_f1 = []
    started = time.perf_counter()
    for fold, (train, test) in enumerate(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(texts, labels)):
        pipeline = build_pipeline(random_state=0).fit(list(texts[train]), list(labels[train]))
        predicted[test] = pipeline.predict(list(texts[test]))
        fold_f1.append(scores(list(labels[test]), list(predicted[test]))["macro_f1"])
        print(f"fold {fold + 1}/{FOLDS}: macro-F1 {fold_f1[-1]}", flush=True)
    seconds = time.perf_counter() - started
    everything = scores(list(labels), list(predicted))
    civil_only = scores(list(labels[civil]), list(predicted[civil]))
    lines = [
        "# 5-fold cross-validation on the court's dev texts", "",
        f"`python bench/cv_dev.py` · {environment()} · {seconds:.0f} s", "",
        "The shipped pipeline (training/pipeline.py), refit on each fold of ../shared/data/disputes_dev.jsonl "
        f"({len(rows)} lines). Target: macro-F1 at least 0.85.", "",
        f"- pooled out-of-fold macro-F1, all lines: **{everything['macro_f1']}** (accuracy {everything['accuracy']})",
        f"- pooled out-of-fold macro-F1, civil lines only: **{civil_only['macro_f1']}**",
        f"- per-fold macro-F1: {fold_f1} (mean {np.mean(fold_f1):.4f}, min {min(fold_f1)})", "",
        "| label | precision | recall | F1 | support |", "|---|---|---|---|---|",
    ]
    for label in LABELS:
        s = everything["per_label"][label]
        lines.append(f"| {label} | {s['precision']} | {s['recall']} | {s['f1']} | {s['support']} |")
    write_result("cv_dev", "\n".join(lines) + "\n",
                 {"all": everything, "civil": civil_only, "fold_macro_f1": fold_f1, "seconds": seconds})


if __name__ == "__main__":
    main()
