"""The JSON API under /api/v1."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request

from service.errors import EmptyText, InvalidInput
from service.extensions import get_model_store, get_settings
from service.health import health, ready

bp = Blueprint("api", __name__)
bp.add_url_rule("/health", view_func=health, endpoint="health")
bp.add_url_rule("/ready", view_func=ready, endpoint="ready")


def json_body() -> dict[str, Any]:
    """The request's JSON object.  :raise InvalidInput: wrong content type, invalid JSON, not an object."""
    if not request.is_json:
        raise InvalidInput("请求的内容类型必须是 application/json。", fields={"Content-Type": "应为 application/json"})
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InvalidInput("请求体必须是 JSON 对象。", fields={"body": "不是有效的 JSON 对象"})
    return body


def text_field(body: dict[str, Any], name: str = "text") -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise InvalidInput(f"缺少字段 {name} 或类型错误。", fields={name: "必填，须为字符串"})
    if not value.strip():
        raise EmptyText(name)
    limit = get_settings().max_text_chars
    if len(value) > limit:
        raise InvalidInput(f"纠纷描述过长（最多 {limit} 字）。", fields={name: f"最多 {limit} 个字符"})
    return value


@bp.post("/classify")
def classify() -> dict[str, Any]:
    """Classify a text; nothing is stored."""
    text = text_field(json_body())
    return {"prediction": get_model_store().get().predict(text).to_dict()}
