"""Training a model version: data in, evaluated artifact with metadata out."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import platform
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from service.labels import LABELS
from training.data import DataError, Sample, counts, data_hash
from training.evaluate import align_proba, scores
from training.pipeline import CALIBRATION_FOLDS, build_pipeline

HOLDOUT_SHARE = 0.15
RANDOM_STATE = 0


def progress(message: str) -> None:
    print(f"[training] {message}", file=sys.stderr, flush=True)


def fit(samples: Sequence[Sample], random_state: int = RANDOM_STATE, weights: Sequence[float] | None = None
        ) -> Pipeline:
    """Fit a new pipeline; ``weights`` (one per sample) weigh each sample's loss in the SVM and its calibration."""
    pipeline = build_pipeline(random_state=random_state)
    params = {"classifier__sample_weight": np.asarray(weights, dtype=np.float64)} if weights is not None else {}
    pipeline.fit([s.text for s in samples], [s.label for s in samples], **params)
    return pipeline


def evaluate_pipeline(pipeline: Pipeline, samples: Sequence[Sample]) -> dict[str, Any]:
    texts = [s.text for s in samples]
    proba = pipeline.predict_proba(texts)
    classes = [str(c) for c in pipeline.classes_]
    predicted = [classes[i] for i in np.argmax(proba, axis=1)]
    return scores([s.label for s in samples], predicted, align_proba(proba, classes))


def make_version(samples: Sequence[Sample]) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{data_hash(samples)[:6]}"


def data_problem(samples: Sequence[Sample], *, holdout: bool) -> str | None:
    """Why ``samples`` are too few to train on, or ``None``: the calibration needs ``CALIBRATION_FOLDS`` examples of
    every label (one more when a share is held out first), and the held-out share at least one example per label."""
    per_label = Counter(s.label for s in samples)
    need = CALIBRATION_FOLDS + (1 if holdout else 0)
    counts_text = ", ".join(f"{label} {n}" for label, n in sorted(per_label.items())) or "none"
    if len(per_label) < 2:
        return f"not enough training data ({counts_text}): at least two labels are needed"
    thin = sorted(label for label, n in per_label.items() if n < need)
    if thin:
        return (f"not enough training data ({counts_text}): each label needs at least {need} examples "
                f"({', '.join(thin)} {'has' if len(thin) == 1 else 'have'} fewer)")
    if holdout and math.ceil(HOLDOUT_SHARE * len(samples)) < len(per_label):
        least = next(n for n in itertools.count(len(samples)) if math.ceil(HOLDOUT_SHARE * n) >= len(per_label))
        return (f"not enough training data ({counts_text}): the {HOLDOUT_SHARE:.0%} held out to measure the model "
                f"needs one example of each of the {len(per_label)} labels, so at least {least} examples in all")
    return None


def train_model(
    samples: Sequence[Sample], *, holdout: bool = True, extra_eval: Mapping[str, Sequence[Sample]] | None = None
) -> tuple[Pipeline, dict[str, Any]]:
    """Fit on ``samples`` and return the pipeline with its metadata.

    With ``holdout`` a stratified 15% share is held back first to measure the
    pipeline, then the final model is refit on everything.

    :raise DataError: too little data to train on (see ``data_problem``).
    """
    problem = data_problem(samples, holdout=holdout)
    if problem is not None:
        raise DataError(problem)
    evaluation: dict[str, Any] = {}
    started = time.perf_counter()
    if holdout:
        train, held = train_test_split(
            list(samples), test_size=HOLDOUT_SHARE, random_state=RANDOM_STATE, stratify=[s.label for s in samples]
        )
        progress(f"fitting on {len(train)} samples, holding out {len(held)} ...")
        evaluation["holdout"] = evaluate_pipeline(fit(train), held)
        progress(f"holdout macro-F1 {evaluation['holdout']['macro_f1']}")
    progress(f"fitting the final model on {len(samples)} samples ...")
    pipeline = fit(samples)
    for name, eval_samples in (extra_eval or {}).items():
        evaluation[name] = evaluate_pipeline(pipeline, eval_samples)
        progress(f"{name} macro-F1 {evaluation[name]['macro_f1']}")
    metadata = build_metadata(samples, pipeline, evaluation, seconds=time.perf_counter() - started)
    return pipeline, metadata


def build_metadata(samples: Sequence[Sample], pipeline: Pipeline, evaluation: dict[str, Any], *, seconds: float
                   ) -> dict[str, Any]:
    """metadata.json: the data snapshot, scores, library versions and code revision of a trained version."""
    return {
        "version": make_version(samples),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "labels": [label for label in LABELS if label in {s.label for s in samples}],
        "data": {"hash": data_hash(samples), **counts(samples)},
        "evaluation": evaluation,
        "training_seconds": round(seconds, 2),
        "random_state": RANDOM_STATE,
        "pipeline": repr(pipeline.named_steps["classifier"]),
        "git_sha": _git_sha(),
        "versions": {
            "python": platform.python_version(),
            **{pkg: importlib_metadata.version(pkg) for pkg in ("scikit-learn", "skops", "jieba", "numpy", "scipy")},
        },
    }


def _git_sha() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5,
            cwd=Path(__file__).resolve().parent, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None
