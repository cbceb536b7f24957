"""Benchmark (a): the shipped model on the court's dev texts, all lines and civil-only.

    python bench/dev_eval.py [--model DIR]

Without --model a model is trained from the shipped corpus (exactly what
`python -m training train` publishes) into a temp dir.  The texts are read
from ../shared/data and never copied into the repo.
"""

from __future__ import annotations

import argparse
import collections
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from common import environment, is_civil, labels_agree, load_dev, load_or_train, write_result

from service.labels import LABELS
from training.evaluate import align_proba, scores


def table(report: dict[str, Any]) -> list[str]:
    lines = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in LABELS:
        s = report["per_label"][label]
        lines.append(f"| {label} | {s['precision']} | {s['recall']} | {s['f1']} | {s['support']} |")
    matrix = report["confusion_matrix"]["rows_true_cols_pred"]
    lines += ["", "Confusion (rows true, columns predicted): " + ", ".join(LABELS), "", "```"]
    lines += [f"{label:>8} " + " ".join(f"{n:5d}" for n in row) for label, row in zip(LABELS, matrix, strict=True)]
    return lines + ["```"]


def threshold_table(confidence: np.ndarray, correct: np.ndarray) -> list[str]:
    """What a clerk-review threshold would do: share sent to review, accuracy of what is routed automatically."""
    lines = ["| review below | sent to clerk | accuracy of the rest | accuracy of those reviewed |",
             "|---|---|---|---|"]
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        low = confidence < threshold
        rest = f"{correct[~low].mean():.3f}" if (~low).any() else "-"
        held = f"{correct[low].mean():.3f}" if low.any() else "-"
        lines.append(f"| {threshold} | {low.mean():.1%} | {rest} | {held} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    rows = load_dev()
    with tempfile.TemporaryDirectory() as scratch:
        model = load_or_train(args.model, Path(scratch))
    proba = model.pipeline.predict_proba([r["text"] for r in rows])
    classes = [str(c) for c in model.pipeline.classes_]
    predicted = [classes[i] for i in np.argmax(proba, axis=1)]
    truth = [r["label"] for r in rows]
    aligned = align_proba(proba, classes)

    def subset(keep: list[bool]) -> dict[str, Any]:
        idx = [i for i, k in enumerate(keep) if k]
        return scores([truth[i] for i in idx], [predicted[i] for i in idx], aligned[idx])

    civil = [is_civil(r) for r in rows]
    civil_confidence = np.array([p.max() for p, c in zip(proba, civil, strict=True) if c])
    civil_correct = np.array([p == t for p, t, c in zip(predicted, truth, civil, strict=True) if c])
    reports = {
        "all": subset([True] * len(rows)),
        "civil": subset(civil),
        "civil_without_generic_contract": subset([labels_agree(r) for r in rows]),
    }
    misses = collections.Counter(
        (r["source_label"], r["label"], p)
        for r, p, c in zip(rows, predicted, civil, strict=True) if c and p != r["label"]
    )
    lines = [
        "# Shipped model on the court's dev texts", "",
        f"`python bench/dev_eval.py` · {environment()} · model {model.version} "
        f"(trained on {model.metadata['data']['total']['samples']} corpus lines)", "",
        "Real first-instance judgment texts (CAIL2019 CJRC dev+test, ../shared/data/disputes_dev.jsonl), never seen in "
        "training. Target: civil-only macro-F1 at least 0.80.", "",
        f"- **civil lines only** ({reports['civil']['n']}): macro-F1 **{reports['civil']['macro_f1']}**, "
        f"accuracy {reports['civil']['accuracy']}, calibration ECE {reports['civil']['calibration']['ece']}",
        f"- all lines ({reports['all']['n']}, half criminal): macro-F1 **{reports['all']['macro_f1']}**, "
        f"accuracy {reports['all']['accuracy']}",
        f"- civil lines without the 40 generic 合同纠纷 lines ({reports['civil_without_generic_contract']['n']}; "
        "39 of them are motor-insurance claims that the dataset files under sme and our label definitions under "
        f"finance): macro-F1 {reports['civil_without_generic_contract']['macro_f1']}", "",
        "## Civil lines", "", *table(reports["civil"]), "",
        "## Confidence on civil lines: the clerk-review trade-off", "",
        "Reliability bands (top-label confidence → accuracy): " + ", ".join(
            f"{b['band']}: {b['accuracy']} (n={b['n']})" for b in reports["civil"]["calibration"]["bands"]), "",
        *threshold_table(civil_confidence, civil_correct), "",
        "## All lines", "", *table(reports["all"]), "",
        "## Most frequent civil misses (案由, true → predicted, count)", "",
        *[f"- {sl}: {t} → {p}: {n}" for (sl, t, p), n in misses.most_common(15)], "",
    ]
    write_result("dev_eval", "\n".join(lines), reports | {"model_version": model.version})


if __name__ == "__main__":
    main()
