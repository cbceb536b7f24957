"""Training data from the court's own cases: only cases a clerk reviewed, with the label the clerk settled on.

A case counts as reviewed when a person confirmed or corrected its routing (``reviewed_at``: the workbench's accept
and override, ``POST /cases/{id}/corrections``), or when it has a label correction (also those made before
``reviewed_at`` existed).  Its label is the last corrected
label if there is one, else the label of the decision the clerk accepted.  A case no one reviewed is never used:
the model's own prediction is not a label.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col

from service.labels import LABELS
from service.tables import Case, Correction
from training.data import Sample

SOURCE = "court_reviewed"


@dataclass(frozen=True)
class ReviewedCase:
    public_id: str
    text: str
    label: str

    def sample(self) -> Sample:
        return Sample(text=self.text, label=self.label, source=SOURCE)


def reviewed_cases(engine: Engine) -> list[ReviewedCase]:
    """Every reviewed case with its final label, in case order."""
    last_label = (sa.select(col(Correction.new_value))
                  .where(col(Correction.case_id) == col(Case.id), col(Correction.field) == "label")
                  .order_by(col(Correction.id).desc()).limit(1).scalar_subquery())
    # A label correction also counts on its own: corrections made before reviewed_at existed have none.
    corrected = sa.exists().where(col(Correction.case_id) == col(Case.id), col(Correction.field) == "label")
    statement = (sa.select(col(Case.public_id), col(Case.text), sa.func.coalesce(last_label, col(Case.label)))
                 .where(sa.or_(col(Case.reviewed_at).is_not(None), corrected)).order_by(col(Case.id)))
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
    return [ReviewedCase(public_id=p, text=t, label=label) for p, t, label in rows if label in LABELS]


def is_held_out(text: str, share: float) -> bool:
    """Whether a case belongs to the evaluation share.  Decided by a hash of its text, so the same cases are held
    back at every retraining (the active model was never trained on the cases it is compared on), identical texts
    are never split between training and evaluation, and runs are repeatable."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def split_reviewed(cases: list[ReviewedCase], share: float) -> tuple[list[Sample], list[Sample]]:
    """(training samples, held-out samples)."""
    train: list[Sample] = []
    held: list[Sample] = []
    for case in cases:
        (held if is_held_out(case.text, share) else train).append(case.sample())
    return train, held
