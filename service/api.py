"""The JSON API under /api/v1."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint

from service import intake
from service.assess import assess
from service.extensions import get_model_store, get_rules, get_settings
from service.health import health, ready
from service.lifecycle import COURT_TIMEZONE
from service.openapi import openapi_document
from service.parsing import parse_body
from service.schemas import ClassifyIn

bp = Blueprint("api", __name__)
bp.add_url_rule("/health", view_func=health, endpoint="health")
bp.add_url_rule("/openapi.json", view_func=lambda: openapi_document(), endpoint="openapi")
bp.add_url_rule("/ready", view_func=ready, endpoint="ready")


@bp.post("/classify")
def classify() -> dict[str, Any]:
    """Classify a text, extract its elements and route it; nothing is stored.

    The body is validated by ``ClassifyIn``, the schema the OpenAPI document shows, with the same rules for the text
    and the structured fields as ``POST /cases``.
    """
    body = parse_body(ClassifyIn, max_text_chars=get_settings().max_text_chars)
    result = assess(text=body.text, fields=intake.case_fields(body.fields), model=get_model_store().get(),
                    rules=get_rules(), today=dt.datetime.now(COURT_TIMEZONE).date())
    return result.to_dict()
