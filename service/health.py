"""Liveness and readiness probes (also mounted under /api/v1)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from service.errors import ModelUnavailable
from service.extensions import get_model_store

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> dict[str, Any]:
    """The process is up.  Says nothing about the model or the database."""
    return {"status": "ok"}


@bp.get("/ready")
def ready() -> tuple[dict[str, Any], int]:
    """Ready to serve: a model is loaded.  503 with the reason otherwise."""
    checks: dict[str, Any] = {}
    status = 200
    try:
        checks["model"] = {"ok": True, "version": get_model_store().get().version}
    except ModelUnavailable as exc:
        checks["model"] = {"ok": False, "message": exc.message}
        status = 503
    return {"status": "ready" if status == 200 else "unavailable", "checks": checks}, status
