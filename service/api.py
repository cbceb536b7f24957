"""The JSON API under /api/v1."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint
from pydantic import ValidationError

from service.assess import assess
from service.elements import CaseFields
from service.errors import EmptyText, InvalidInput
from service.extensions import get_model_store, get_rules, get_settings
from service.health import health, ready
from service.lifecycle import COURT_TIMEZONE
from service.openapi import openapi_document
from service.parsing import json_object
from service.schemas import FORBIDDEN_CHARS

bp = Blueprint("api", __name__)
bp.add_url_rule("/health", view_func=health, endpoint="health")
bp.add_url_rule("/openapi.json", view_func=lambda: openapi_document(), endpoint="openapi")
bp.add_url_rule("/ready", view_func=ready, endpoint="ready")


def json_body() -> dict[str, Any]:
    """The request's JSON object.  :raise DomainError: wrong content type (415), invalid UTF-8 or JSON (400)."""
    return json_object()


def text_field(body: dict[str, Any], name: str = "text") -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise InvalidInput(f"缺少字段 {name} 或类型错误。", fields={name: "必填，须为字符串"})
    if not value.strip():
        raise EmptyText(name)
    if FORBIDDEN_CHARS.search(value):
        raise InvalidInput("纠纷描述含有控制字符或无效字符。", fields={name: "不能包含控制字符或无效的 Unicode 字符"})
    limit = get_settings().max_text_chars
    if len(value) > limit:
        raise InvalidInput(f"纠纷描述过长（最多 {limit} 字）。", fields={name: f"最多 {limit} 个字符"})
    return value


def case_fields(body: dict[str, Any], name: str = "fields") -> CaseFields | None:
    """The optional structured fields.  :raise InvalidInput: listing each invalid field."""
    value = body.get(name)
    if value is None:
        return None
    try:
        return CaseFields.model_validate(value)
    except ValidationError as exc:
        problems = {".".join(str(p) for p in (name, *e["loc"])): e["msg"] for e in exc.errors()}
        raise InvalidInput("结构化字段 fields 有误。", fields=problems) from exc


@bp.post("/classify")
def classify() -> dict[str, Any]:
    """Classify a text, extract its elements and route it; nothing is stored."""
    body = json_body()
    text = text_field(body)
    result = assess(text=text, fields=case_fields(body), model=get_model_store().get(), rules=get_rules(),
                    today=dt.datetime.now(COURT_TIMEZONE).date())
    return result.to_dict()
