"""Classify, extract, route: the one call the API makes for a dispute text (nothing is stored here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from service.classifier import LoadedModel, Prediction
from service.elements import CaseFields, Elements, extract_elements
from service.routing import Confirmed, Decision, route
from service.rules import RuleSet


@dataclass(frozen=True)
class Assessment:
    prediction: Prediction
    elements: Elements
    decision: Decision

    def to_dict(self) -> dict[str, Any]:
        return {"prediction": self.prediction.to_dict(), "elements": self.elements.to_dict(),
                "decision": self.decision.to_dict()}


def assess(*, text: str, fields: CaseFields | None, model: LoadedModel, rules: RuleSet,
           today: dt.date, label: str | None = None) -> Assessment:
    """Classify ``text``, extract its elements (``fields`` override them) and route the case: by the model's label,
    or by ``label`` when a person corrected it (the prediction is still the model's, for the record).

    :raise EmptyText: if ``text`` is blank.
    """
    prediction = model.predict(text)
    elements = extract_elements(text=text, fields=fields)
    return Assessment(prediction=prediction, elements=elements,
                      # route() counts from the case date
                      decision=route(Confirmed(label) if label else prediction, elements, rules, today))
