"""The model registry in the database: every trained version, the single active pointer, its history.

The active version lives in the database so that every gunicorn worker on every host sharing it sees the same one
(``database_source``); ``<model_dir>/CURRENT`` is still written for single-host, file-only deployments and is what
workers read while the registry is empty.  The artifacts stay on disk under ``DISPUTES_MODEL_DIR``, which in a
multi-host deployment must be a volume every host mounts.

Keyword-only functions, no Flask; callers own the transaction (nothing here commits).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from service.classifier import ActiveVersionSource
from service.tables import ActiveModel, ModelActivation, ModelVersion, utcnow

ACTIVE_ROW_ID = 1


class ActivationKind(StrEnum):
    promote = "promote"  # the candidate passed the gate
    force = "force"  # promoted with --force although the gate said no
    rollback = "rollback"  # an earlier version reactivated
    import_ = "import"  # a version published on disk (CURRENT) before the registry had any


def get_version(*, session: Session, version: str) -> ModelVersion | None:
    return session.get(ModelVersion, version)


def list_versions(*, session: Session) -> Sequence[ModelVersion]:
    """All versions, newest first."""
    statement = select(ModelVersion).order_by(col(ModelVersion.created_at).desc(), col(ModelVersion.version).desc())
    return session.exec(statement).all()


def get_active(*, session: Session) -> ActiveModel | None:
    return session.get(ActiveModel, ACTIVE_ROW_ID)


def active_version(*, session: Session) -> str | None:
    active = get_active(session=session)
    return active.version if active is not None else None


def register(*, session: Session, version: ModelVersion) -> ModelVersion:
    """Add a new version row.  :raise sqlalchemy.exc.IntegrityError: if the version is already registered."""
    session.add(version)
    session.flush()
    return version


def activate(*, session: Session, version: str, actor: str, kind: ActivationKind, note: str | None = None
             ) -> ModelActivation:
    """Point the active row at ``version`` (registered) and record the change in the history.

    :raise LookupError: if ``version`` is not in the registry.
    """
    row = get_version(session=session, version=version)
    if row is None:
        raise LookupError(f"model version {version} is not in the registry")
    # Lock the pointer so two activations at once serialise (PostgreSQL); the history then has both in order.
    active = session.exec(select(ActiveModel).where(ActiveModel.id == ACTIVE_ROW_ID).with_for_update()).first()
    previous = active.version if active is not None else None
    now = utcnow()
    if active is None:
        active = ActiveModel(id=ACTIVE_ROW_ID, version=version, activated_at=now, activated_by=actor)
    else:
        active.version, active.activated_at, active.activated_by = version, now, actor
    if row.promoted_at is None:
        row.promoted_at = now
    event = ModelActivation(version=version, previous_version=previous, kind=str(kind), actor=actor, note=note,
                            created_at=now)
    session.add_all([active, row, event])
    session.flush()
    return event


def rollback_target(*, session: Session) -> str | None:
    """The version a plain ``rollback`` reactivates: the one that was active before the current one came into service.

    "Came into service" is the current version's last promotion, forced promotion or import, not a rollback to it, so
    repeated rollbacks step further back (B → A → the baseline) instead of flipping between two versions.  A version
    that only ever came in by a rollback (``rollback --force`` to try a rejected candidate) goes back to what served
    before it.  Without such history (versions from before it was kept), the newest once-active version older than
    the current one."""
    current = get_active(session=session)
    if current is None:
        return None
    history = session.exec(select(ModelActivation).where(ModelActivation.version == current.version)
                           .order_by(col(ModelActivation.id).desc())).all()
    came_in = next((a for a in history if a.kind != ActivationKind.rollback), history[0] if history else None)
    if came_in is not None and came_in.previous_version not in (None, current.version):
        return came_in.previous_version
    current_row = get_version(session=session, version=current.version)
    assert current_row is not None, "the active row references a registered version"
    statement = (select(ModelVersion.version)
                 .where(col(ModelVersion.promoted_at).is_not(None), ModelVersion.version != current.version,
                        col(ModelVersion.created_at) <= current_row.created_at)
                 .order_by(col(ModelVersion.created_at).desc(), col(ModelVersion.version).desc()).limit(1))
    return session.exec(statement).first()


def activations(*, session: Session, limit: int = 50) -> Sequence[ModelActivation]:
    """The latest changes of the active pointer, newest first."""
    statement = select(ModelActivation).order_by(col(ModelActivation.id).desc()).limit(limit)
    return session.exec(statement).all()


def database_source(engine: Engine, fallback: ActiveVersionSource) -> ActiveVersionSource:
    """Read the active version from the registry with one short query; ``fallback`` (the CURRENT file) while the
    registry has no active row yet."""
    statement = sa.select(sa.column("version", sa.String)).select_from(sa.table("active_model")).where(
        sa.column("id") == ACTIVE_ROW_ID)

    def read() -> str | None:
        with engine.connect() as connection:
            version: str | None = connection.execute(statement).scalar_one_or_none()
        return version if version is not None else fallback()

    return read


def scores_summary(evaluation: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of an evaluation dict ({set: scores}): macro-F1, accuracy, n and per-label recall/F1."""
    summary: dict[str, Any] = {}
    for name, report in evaluation.items():
        if not isinstance(report, dict) or "macro_f1" not in report:
            continue
        summary[name] = {
            "n": report.get("n"), "macro_f1": report["macro_f1"], "accuracy": report.get("accuracy"),
            "per_label": {label: {"recall": s.get("recall"), "f1": s.get("f1"), "support": s.get("support")}
                          for label, s in report.get("per_label", {}).items()},
        }
    return summary
