"""Liveness and readiness probes (also mounted under /api/v1)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from flask import Blueprint

from service import db
from service.errors import ModelUnavailable
from service.extensions import get_model_store, get_rules
from service.lifecycle import COURT_TIMEZONE
from service.periods import calendar_gap_warning

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> dict[str, Any]:
    """The process is up.  Says nothing about the model or the database."""
    return {"status": "ok"}


def _database_check() -> dict[str, Any]:
    """The database answers and its schema is at the latest migration."""
    try:
        with db.get_engine().connect() as connection:
            connection.execute(sa.text("SELECT 1"))
            revision = db.current_revision(connection)
    except sa.exc.SQLAlchemyError as exc:
        return {"ok": False, "message": f"数据库不可用：{type(exc).__name__}"}
    head = db.head_revision()
    if revision != head:
        message = f"数据库结构版本为 {revision}，应为 {head}；请运行 flask --app wsgi db-upgrade。"
        return {"ok": False, "message": message}
    return {"ok": True, "revision": revision}


def _model_check() -> dict[str, Any]:
    """A model is loaded.  A newer active version that failed to load is reported, but this worker still serves the
    one it has, so it stays ready."""
    store = get_model_store()
    try:
        check: dict[str, Any] = {"ok": True, "version": store.get().version}
    except ModelUnavailable as exc:
        return {"ok": False, "message": exc.message}
    status = store.status()
    check["active_version"] = status["active_version"]
    if status["last_error"]:
        check["last_error"] = status["last_error"]
    return check


def _holiday_calendar_check() -> dict[str, Any]:
    """The holiday calendar lists every year today's deadlines can end in.  A gap never makes the service unready
    (those deadlines still move off weekends, and say so); it is reported so that an operator adds the notice."""
    rules = get_rules()
    check: dict[str, Any] = {"ok": True, "years": [y.year for y in rules.calendar.years]}
    warning = calendar_gap_warning(rules.calendar_gaps(dt.datetime.now(COURT_TIMEZONE).date()))
    if warning:
        check["warning"] = warning
    return check


@bp.get("/ready")
def ready() -> tuple[dict[str, Any], int]:
    """Ready to serve: the database is reachable and migrated, and a model is loaded.  503 with the reasons if not.

    ``checks.holiday_calendar`` only informs: a missing year adds a ``warning`` but never a 503."""
    checks: dict[str, Any] = {"database": _database_check(), "model": _model_check(),
                              "holiday_calendar": _holiday_calendar_check()}
    ok = all(check["ok"] for check in checks.values())
    return {"status": "ready" if ok else "unavailable", "checks": checks}, 200 if ok else 503
