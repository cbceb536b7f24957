"""GET /api/v1/models: the registry's versions with their scores and the gate's verdicts, which one is active,
and what this worker serves (with the last load error, if any)."""

from __future__ import annotations

import contextlib
from typing import Any

from flask import Blueprint
from sqlmodel import Session

from service import locks, registry
from service.auth import Scope, require_scope
from service.db import get_session
from service.errors import ModelUnavailable
from service.extensions import get_model_store
from service.parsing import parse_query
from service.schemas import (
    ActivationPublic,
    ActiveModelPublic,
    ModelsPublic,
    ModelVersionPublic,
    NoQuery,
    RunningJobPublic,
    ServingPublic,
)
from service.tables import ModelVersion

bp = Blueprint("models", __name__)


@bp.get("/models")
@require_scope(Scope.read)
def list_models() -> dict[str, Any]:
    parse_query(NoQuery)
    store = get_model_store()
    with contextlib.suppress(ModelUnavailable):  # no model at all is shown as serving null with the reason
        store.get()  # the usual periodic check, so "serving" is current
    return models_overview(session=get_session(), serving=store.status()).model_dump(mode="json")


def models_overview(*, session: Session, serving: dict[str, Any]) -> ModelsPublic:
    """The registry as the API and the workbench's dashboard show it."""
    active = registry.get_active(session=session)
    active_version = active.version if active is not None else serving.get("version")
    running = locks.current(session=session, name=locks.MODEL_MAINTENANCE)
    return ModelsPublic(
        active=ActiveModelPublic.model_validate(active, from_attributes=True) if active is not None else None,
        serving=ServingPublic.model_validate(serving),
        items=[version_public(row, active=row.version == active_version)
               for row in registry.list_versions(session=session)],
        activations=[ActivationPublic.model_validate(a, from_attributes=True)
                     for a in registry.activations(session=session)],
        running=(RunningJobPublic(holder=running.holder, started_at=running.acquired_at)
                 if running is not None else None),
    )


def version_public(row: ModelVersion, *, active: bool) -> ModelVersionPublic:
    return ModelVersionPublic(
        version=row.version, active=active, created_at=row.created_at, trained_by=row.trained_by,
        data_hash=row.data_hash, counts=row.counts, scores=registry.scores_summary(row.evaluation),
        decision={**row.decision, "compared_scores": registry.scores_summary(row.decision.get("compared_scores", {}))},
        forced=row.forced, promoted_at=row.promoted_at, notes=row.notes,
    )
