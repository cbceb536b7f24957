"""Scores of a model on labelled data: macro-F1, accuracy, per-label scores, confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from service.labels import LABELS


def scores(y_true: Sequence[str], y_pred: Sequence[str], proba: np.ndarray | None = None) -> dict[str, Any]:
    """The evaluation report.  ``proba`` (n x len(LABELS), columns in LABELS order) adds calibration figures."""
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=list(LABELS), zero_division=0
    )
    # Macro-F1 over the labels the truth holds: a small held-out set without any "housing" case would otherwise count
    # housing as F1 0 for every model.  Not over the labels a model predicts as well: two models scored on the same
    # cases must average over the same labels, or one wrong "housing" costs the model that made it a whole label's
    # F1 of 0, and a candidate right on every case the active model got right scored lower (operator review,
    # 2026-11-29).  A prediction of an absent label still counts, as a miss of the true one.
    present = [label for label in LABELS if label in set(y_true)] or [label for label in LABELS if label in set(y_pred)]
    report: dict[str, Any] = {
        "n": len(y_true),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "per_label": {
            label: {
                "precision": round(float(p), 4), "recall": round(float(r), 4),
                "f1": round(float(f), 4), "support": int(s),
            }
            for label, p, r, f, s in zip(LABELS, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": {
            "labels": list(LABELS),
            "rows_true_cols_pred": confusion_matrix(y_true, y_pred, labels=list(LABELS)).tolist(),
        },
    }
    if proba is not None:
        report["calibration"] = calibration(y_true, proba)
    return report


def calibration(y_true: Sequence[str], proba: np.ndarray, bins: int = 10) -> dict[str, Any]:
    """Expected calibration error of the top label, and accuracy per confidence band."""
    index = {label: i for i, label in enumerate(LABELS)}
    truth = np.array([index[y] for y in y_true])
    confidence = proba.max(axis=1)
    correct = proba.argmax(axis=1) == truth
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece, table = 0.0, []
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > low) & (confidence <= high)
        if mask.any():
            gap = abs(correct[mask].mean() - confidence[mask].mean())
            ece += gap * mask.mean()
            table.append({"band": f"{low:.1f}-{high:.1f}", "n": int(mask.sum()),
                          "accuracy": round(float(correct[mask].mean()), 4),
                          "mean_confidence": round(float(confidence[mask].mean()), 4)})
    return {"ece": round(float(ece), 4), "bands": table}


def align_proba(proba: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """Reorder probability columns from the model's class order to LABELS order."""
    out = np.zeros((proba.shape[0], len(LABELS)))
    for j, label in enumerate(classes):
        out[:, LABELS.index(label)] = proba[:, j]
    return out
