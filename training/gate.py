"""The promotion gate: a candidate replaces the active model only when it is measurably no worse.

Pure: two score reports (``training.evaluate.scores``) of the candidate and the active model on the same held-out
data in, a verdict with its reasons out.  Messages are in Chinese because the workbench's dashboard shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scipy.stats import binomtest

from service.labels import LABELS


@dataclass(frozen=True)
class GateSettings:
    """``tolerance``: how far the candidate's macro-F1 may fall below the active model's.  ``recall_margin``: how far
    any label's recall may fall.  Labels with fewer than ``min_support`` held-out cases are reported but do not gate
    (one case more or less would swing their recall by more than the margin)."""

    tolerance: float = 0.01
    recall_margin: float = 0.05
    min_support: int = 1
    # 1.0 (the default): every drop beyond the thresholds rejects the candidate, as the promotion rule says.  Below
    # 1.0 a drop only counts when the two models' disagreements on the same cases make it significant at this level
    # (one-sided sign test): an opt-in for small held-out sets, where one or two cases swing the scores.
    significance: float = 1.0


@dataclass(frozen=True)
class Paired:
    """The two models' predictions on the same held-out cases."""

    truth: list[str]
    candidate: list[str]
    active: list[str]

    def sign_test(self, label: str | None = None) -> dict[str, Any]:
        """Cases only the active model gets right vs. only the candidate (of true ``label``, or all), and the
        one-sided p-value of "the candidate is worse"."""
        lost = won = 0
        for truth, new, old in zip(self.truth, self.candidate, self.active, strict=True):
            if label is not None and truth != label:
                continue
            lost += old == truth != new
            won += new == truth != old
        p_value = float(binomtest(lost, lost + won, 0.5, alternative="greater").pvalue) if lost + won else 1.0
        return {"lost": lost, "won": won, "p_value": round(p_value, 4)}


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "reasons": self.reasons}


def judge(candidate: dict[str, Any] | None, active: dict[str, Any] | None, settings: GateSettings,
          paired: Paired | None = None) -> Verdict:
    """Compare the candidate with the active model on the same data.

    A macro-F1 drop beyond the tolerance, or a label's recall drop beyond the margin, rejects the candidate, unless
    ``paired`` predictions show the drop rests on too few cases to be significant (then it is reported only).
    No active model: the candidate passes (there is nothing to be worse than).  No held-out data: it fails, because
    "no worse" cannot be shown.
    """
    if active is None:
        return Verdict(True, [_reason("no_active_model", "当前没有可比较的在用模型，候选模型直接启用。")])
    if candidate is None or not candidate.get("n"):
        return Verdict(False, [_reason("no_evaluation_data", "没有留出的评估数据（未提供 --eval 文件，且没有留出的"
                                       "已复核案件），无法证明候选模型不差于在用模型。")])
    reasons: list[dict[str, Any]] = []
    noted: list[dict[str, Any]] = []
    drop = round(active["macro_f1"] - candidate["macro_f1"], 4)
    if drop > settings.tolerance:
        reason = _reason("macro_f1_drop", f"macro-F1 由 {active['macro_f1']} 降至 {candidate['macro_f1']}"
                         f"（下降 {drop}，容许 {settings.tolerance}）", drop=drop)
        _sort(reason, paired.sign_test() if paired else None, settings, reasons, noted)
    for label in LABELS:
        now, before = candidate["per_label"][label], active["per_label"][label]
        if now["support"] < settings.min_support:
            continue
        recall_drop = round(before["recall"] - now["recall"], 4)
        if recall_drop > settings.recall_margin:
            reason = _reason("recall_drop", f"类别 {label} 的召回率由 {before['recall']} 降至 {now['recall']}"
                             f"（下降 {recall_drop}，容许 {settings.recall_margin}）", label=label, drop=recall_drop)
            _sort(reason, paired.sign_test(label) if paired else None, settings, reasons, noted)
    if reasons:
        return Verdict(False, reasons + noted)
    return Verdict(True, [_reason("no_worse", f"macro-F1 {active['macro_f1']} → {candidate['macro_f1']}，"
                                  "没有显著超出容许范围的下降。")] + noted)


def _sort(reason: dict[str, Any], test: dict[str, Any] | None, settings: GateSettings,
          reasons: list[dict[str, Any]], noted: list[dict[str, Any]]) -> None:
    """A drop rejects the candidate if it is significant (or untested); otherwise it is only noted."""
    if test is None:
        reason["message"] += "。"
        reasons.append(reason)
        return
    reason["sign_test"] = test
    detail = f"；只有在用模型判对 {test['lost']} 件、只有候选模型判对 {test['won']} 件，p = {test['p_value']}"
    if test["p_value"] < settings.significance or settings.significance >= 1.0:
        reason["message"] += detail + "。"
        reasons.append(reason)
    else:
        reason["code"] = "not_significant_" + reason["code"]
        reason["message"] += detail + f"，不显著（显著性水平 {settings.significance}），不阻止启用。"
        noted.append(reason)


def _reason(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "message": message, **extra}
