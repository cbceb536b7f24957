"""TEMPORARY stand-in for the routing work's ``service/assess.py`` (branch ``routing``).

It produces the contract's shape (/work/notes/contract.md) from the prediction alone so the intake API can be built
and tested before the real element extraction and rules land.  It is replaced wholesale when ``main`` (with the
routing work) is merged into ``api``: on a conflict, take the routing branch's version of this file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from service.classifier import LoadedModel, Prediction

_DESTINATION_BY_LABEL = {
    "labour": "labour_mediation",
    "finance": "finance_mediation",
    "housing": "housing_mediation",
    "sme": "sme_mediation",
    "other": "people_mediation",
}
DESTINATION_NAMES = {
    "labour_mediation": "劳动争议诉调工作室",
    "finance_mediation": "金融纠纷调解办公室",
    "housing_mediation": "住建/物业纠纷调解",
    "sme_mediation": "中小企业商事调解",
    "people_mediation": "人民调解/特邀调解",
    "fast_track": "速裁",
    "ordinary_trial": "精审（普通程序）",
    "judicial_confirmation": "司法确认",
    "clerk_review": "人工复核",
}
REVIEW_BELOW = 0.5


@dataclass(frozen=True)
class TemporaryRuleSet:
    version: str = "temporary-0"


@dataclass(frozen=True)
class Assessment:
    prediction: Prediction
    elements: dict[str, Any]
    decision: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"prediction": self.prediction.to_dict(), "elements": self.elements, "decision": self.decision}


def assess(*, text: str, fields: Any, model: LoadedModel, rules: Any, today: dt.date) -> Assessment:
    prediction = model.predict(text)
    review = prediction.confidence < REVIEW_BELOW
    destination = "clerk_review" if review else _DESTINATION_BY_LABEL[prediction.label]
    days = 30 if destination in ("people_mediation", "clerk_review") else 15
    decision = {
        "destination": destination,
        "destination_name": DESTINATION_NAMES[destination],
        "track": "mediation",
        "track_name": "调解",
        "reasons": [{"rule_id": "TEMP", "basis": "临时规则", "explanation": "按纠纷类别分配调解机构（临时实现）。"}],
        "notices": [],
        "complexity": {"score": 0.0, "threshold": 60.0, "is_complex": False, "factors": []},
        "due_dates": [{"kind": "mediation_deadline", "name": "调解期限", "date": (today + dt.timedelta(days=days))
                       .isoformat(), "basis": "临时规则"}],
        "needs_review": review,
        "rules_version": getattr(rules, "version", "temporary-0"),
    }
    return Assessment(prediction=prediction, elements={"amount": None, "flags": {}}, decision=decision)
