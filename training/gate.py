"""The promotion gate: a candidate replaces the active model only when it is measurably no worse.

Pure: two score reports (``training.evaluate.scores``) of the candidate and the active model on the same held-out
data in, a verdict with its reasons out.  Messages are in Chinese because the workbench's dashboard shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.labels import LABELS


@dataclass(frozen=True)
class GateSettings:
    """``tolerance``: how far the candidate's macro-F1 may fall below the active model's.  ``recall_margin``: how far
    any label's recall may fall.  Labels with fewer than ``min_support`` held-out cases are reported but do not gate
    (one case more or less would swing their recall by more than the margin)."""

    tolerance: float = 0.01
    recall_margin: float = 0.05
    min_support: int = 5


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "reasons": self.reasons}


def judge(candidate: dict[str, Any] | None, active: dict[str, Any] | None, settings: GateSettings) -> Verdict:
    """Compare the candidate with the active model on the same data.

    No active model: the candidate passes (there is nothing to be worse than).  No held-out data: it fails, because
    "no worse" cannot be shown.
    """
    if active is None:
        return Verdict(True, [_reason("no_active_model", "当前没有可比较的在用模型，候选模型直接启用。")])
    if candidate is None or not candidate.get("n"):
        return Verdict(False, [_reason("no_evaluation_data", "没有留出的评估数据（未提供 --eval 文件，且没有留出的"
                                       "已复核案件），无法证明候选模型不差于在用模型。")])
    reasons = []
    drop = round(active["macro_f1"] - candidate["macro_f1"], 4)
    if drop > settings.tolerance:
        reasons.append(_reason("macro_f1_drop", f"macro-F1 由 {active['macro_f1']} 降至 {candidate['macro_f1']}"
                               f"（下降 {drop}，容许 {settings.tolerance}）。", drop=drop))
    for label in LABELS:
        now, before = candidate["per_label"][label], active["per_label"][label]
        if now["support"] < settings.min_support:
            continue
        recall_drop = round(before["recall"] - now["recall"], 4)
        if recall_drop > settings.recall_margin:
            reasons.append(_reason("recall_drop", f"类别 {label} 的召回率由 {before['recall']} 降至 {now['recall']}"
                                   f"（下降 {recall_drop}，容许 {settings.recall_margin}）。",
                                   label=label, drop=recall_drop))
    if reasons:
        return Verdict(False, reasons)
    return Verdict(True, [_reason("no_worse", f"macro-F1 {active['macro_f1']} → {candidate['macro_f1']}，"
                                  f"各类别召回率的下降均不超过 {settings.recall_margin}。")])


def _reason(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "message": message, **extra}
