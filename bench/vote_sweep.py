"""The neighbour vote's three settings, side by side: how many neighbours vote, how much the vote weighs against the
SVM, and below which SVM confidence it is taken.

    python bench/vote_sweep.py

training/pipeline.py ships 5 neighbours, an equal average of SVM and vote, taken below 0.9.  This scores every
combination of ``NEIGHBOURS`` x ``VOTE_SHARES`` x ``THRESHOLDS`` in two set-ups:
- benchmark (b): 5-fold cross-validation on ../shared/data/disputes_dev.jsonl with the fold seed of bench/cv_dev.py
  (0) and two others (1, 2): pooled out-of-fold macro-F1, all lines and civil only;
- benchmark (a): trained on the shipped corpus, scored on every dev line (civil only and all).
Each fold's pipeline is fitted once; the settings only change how its stored texts vote, through the vote's own
``shares``.  The court's texts are read from ../shared and never stored.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import scipy.sparse as sp
from common import environment, is_civil, load_dev, write_result
from cv_variants import macro
from sklearn.model_selection import StratifiedKFold

from service.neighbours import NeighbourVote
from training import pipeline as shipped
from training.data import dedupe, load_files, shipped_corpus_files

NEIGHBOURS = (3, 5, 7, 10)
VOTE_SHARES = (0.5, 0.6, 0.7)  # the vote's weight in the average; the SVM has the rest
THRESHOLDS = (0.9, 0.95, 1.01)  # 1.01: the vote on every text
FOLD_SEEDS = (0, 1, 2)
TARGET = 0.85
Setting = tuple[int, float, float]
SHIPPED: Setting = (shipped.NEIGHBOURS, 0.5, shipped.VOTE_BELOW)


def settings() -> Iterator[Setting]:
    return itertools.product(NEIGHBOURS, VOTE_SHARES, THRESHOLDS)


def predictions(texts_train: list[str], y_train: np.ndarray, texts_test: list[str]) -> dict[Setting, np.ndarray]:
    """Every setting's predicted labels for ``texts_test``, from one pipeline fitted on the training part."""
    pipeline = shipped.build_pipeline(random_state=0).fit(texts_train, y_train)
    vote: NeighbourVote = pipeline.named_steps["classifier"]
    matrix = sp.csr_matrix(pipeline.named_steps["features"].transform(texts_test), dtype=np.float64)
    svm = vote.estimator_.predict_proba(matrix)
    rows = [(matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]], matrix.data[matrix.indptr[i]:matrix.indptr[i + 1]])
            for i in range(matrix.shape[0])]
    shares: dict[int, list[np.ndarray | None]] = {}
    for k in NEIGHBOURS:
        vote.n_neighbors = k
        shares[k] = [vote.shares(indices, values) for indices, values in rows]
    out: dict[Setting, np.ndarray] = {}
    for k, weight, below in settings():
        proba = svm.copy()
        for i, share in enumerate(shares[k]):
            if share is not None and proba[i].max() < below:
                proba[i] = (1.0 - weight) * proba[i] + weight * share
        out[(k, weight, below)] = vote.classes_[proba.argmax(axis=1)]
    return out


def name(setting: Setting) -> str:
    k, weight, below = setting
    when = "every text" if below > 1 else f"below {below}"
    return f"{k} neighbours, vote weight {weight}, {when}" + (" (shipped)" if setting == SHIPPED else "")


def main() -> None:
    started = time.perf_counter()
    rows = load_dev()
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["label"] for r in rows])
    civil = np.array([is_civil(r) for r in rows])
    scores: dict[Setting, dict[str, Any]] = {s: {"b": {}, "b_civil": {}} for s in settings()}
    for seed in FOLD_SEEDS:
        pooled = {s: np.empty(len(rows), dtype=labels.dtype) for s in settings()}
        for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(texts, labels):
            for setting, predicted in predictions(list(texts[train]), labels[train], list(texts[test])).items():
                pooled[setting][test] = predicted
        for setting, predicted in pooled.items():
            scores[setting]["b"][seed] = macro(labels, predicted)
            scores[setting]["b_civil"][seed] = macro(labels, predicted, civil)
    corpus = dedupe(load_files(shipped_corpus_files()))
    for setting, predicted in predictions([s.text for s in corpus], np.array([s.label for s in corpus]),
                                          list(texts)).items():
        scores[setting]["a_civil"] = macro(labels, predicted, civil)
        scores[setting]["a_all"] = macro(labels, predicted)
    for entry in scores.values():
        entry["b_mean"] = round(float(np.mean(list(entry["b"].values()))), 4)
        entry["b_min"] = min(entry["b"].values())
    seconds = time.perf_counter() - started

    ranked = sorted(scores, key=lambda s: -scores[s]["b_mean"])
    seeds = " / ".join(str(s) for s in FOLD_SEEDS)
    lines = [
        "# The neighbour vote's settings", "",
        f"`python bench/vote_sweep.py` · {environment()} · {seconds:.0f} s", "",
        f"Benchmark (b): pooled out-of-fold macro-F1 of 5-fold cross-validation on the {len(rows)} dev lines, fold "
        f"seeds {seeds} (seed 0 is bench/cv_dev.py's split). Benchmark (a): trained on the {len(corpus)} corpus lines, "
        f"scored on the dev lines. Sorted by the mean of (b) over the three splits. Target of (b): {TARGET}.", "",
        f"| setting | (b) seed {seeds} | (b) mean | (b) civil, seed {seeds} | (a) civil | (a) all |",
        "|---|---|---|---|---|---|",
    ]
    for setting in ranked:
        entry = scores[setting]
        label = f"**{name(setting)}**" if setting == SHIPPED else name(setting)
        lines.append(f"| {label} | {' / '.join(str(entry['b'][s]) for s in FOLD_SEEDS)} | {entry['b_mean']} | "
                     f"{' / '.join(str(entry['b_civil'][s]) for s in FOLD_SEEDS)} | {entry['a_civil']} | "
                     f"{entry['a_all']} |")
    meets = [s for s in ranked if scores[s]["b_min"] >= TARGET]
    best_a = max(scores, key=lambda s: scores[s]["a_civil"])
    lines += ["",
              f"- settings that reach {TARGET} on all three splits: "
              + ("; ".join(name(s) for s in meets) if meets else "none"),
              f"- best mean on (b): {name(ranked[0])}, {scores[ranked[0]]['b_mean']} "
              f"(shipped: {scores[SHIPPED]['b_mean']}); (a) civil there {scores[ranked[0]]['a_civil']} "
              f"(shipped: {scores[SHIPPED]['a_civil']})",
              f"- best (a) civil: {name(best_a)}, {scores[best_a]['a_civil']}", ""]
    data = {"settings": [{"neighbours": s[0], "vote_weight": s[1], "vote_below": s[2], **scores[s]} for s in ranked],
            "shipped": {"neighbours": SHIPPED[0], "vote_weight": SHIPPED[1], "vote_below": SHIPPED[2]},
            "seconds": seconds}
    write_result("vote_sweep", "\n".join(lines), data)


if __name__ == "__main__":
    main()
