"""Training data from the court's own cases: only cases a clerk reviewed, with the label the clerk settled on.

A case counts as reviewed when a clerk corrected or confirmed its label (a ``correction`` row on the field
``label``; ``POST /cases/{id}/corrections`` with the label unchanged records a confirmation), or when it has
``reviewed_at`` set (the workbench's accept button, where that column exists).  Its label is the last corrected
label if there is one, else the label of the decision the clerk accepted.  A case no one reviewed is never used:
the model's own prediction is not a label.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from service.labels import LABELS
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
    case = sa.table("dispute_case", sa.column("id"), sa.column("public_id"), sa.column("text"), sa.column("label"),
                    sa.column("reviewed_at"))
    correction = sa.table("correction", sa.column("id"), sa.column("case_id"), sa.column("field"),
                          sa.column("new_value"))
    last_label = (sa.select(correction.c.new_value).where(correction.c.case_id == case.c.id,
                                                          correction.c.field == "label")
                  .order_by(correction.c.id.desc()).limit(1).scalar_subquery())
    reviewed = sa.exists().where(correction.c.case_id == case.c.id, correction.c.field == "label")
    if _has_column(engine, "dispute_case", "reviewed_at"):
        reviewed = sa.or_(reviewed, case.c.reviewed_at.is_not(None))
    statement = (sa.select(case.c.public_id, case.c.text, sa.func.coalesce(last_label, case.c.label))
                 .where(reviewed).order_by(case.c.id))
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
    return [ReviewedCase(public_id=p, text=t, label=label) for p, t, label in rows if label in LABELS]


def _has_column(engine: Engine, table: str, column: str) -> bool:
    return any(c["name"] == column for c in sa.inspect(engine).get_columns(table))


def is_held_out(text: str, share: float) -> bool:
    """Whether a case belongs to the evaluation share.  Decided by a hash of its text, so the same cases are held
    back at every retraining (the active model was never trained on the cases it is compared on), identical texts
    are never split between training and evaluation, and runs are repeatable."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def split_reviewed(cases: list[ReviewedCase], share: float) -> tuple[list[Sample], list[Sample]]:
    """(training samples, held-out samples)."""
    train, held = [], []
    for case in cases:
        (held if is_held_out(case.text, share) else train).append(case.sample())
    return train, held
