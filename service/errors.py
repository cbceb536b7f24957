"""Domain errors and the one JSON error shape of the API.

The core raises ``DomainError`` subclasses; ``register_error_handlers`` turns
them, and every HTTP error, into ``{"error": {"code", "message", "fields"}}``.
Messages are in Chinese because clerks and parties read them; codes are stable
English slugs for client code.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
from pydantic_core import ErrorDetails
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class DomainError(Exception):
    """A failure the client can understand and act on."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}


class InvalidInput(DomainError):
    status = 400
    code = "invalid_input"


class EmptyText(InvalidInput):
    def __init__(self, field: str = "text") -> None:
        super().__init__("纠纷描述不能为空。", fields={field: "不能为空或只含空白字符"})


class InvalidJson(InvalidInput):
    code = "invalid_json"


class UnsupportedMediaType(DomainError):
    status = 415
    code = "unsupported_media_type"


class Unauthorized(DomainError):
    status = 401
    code = "unauthorized"


class Forbidden(DomainError):
    status = 403
    code = "forbidden"


class IdempotencyKeyReused(DomainError):
    status = 422
    code = "idempotency_key_reused"


class NotFound(DomainError):
    status = 404
    code = "not_found"


class Conflict(DomainError):
    status = 409
    code = "conflict"


class InvalidTransition(Conflict):
    code = "invalid_transition"


class ModelUnavailable(DomainError):
    status = 503
    code = "model_unavailable"


class InvalidRules(DomainError):
    status = 500
    code = "invalid_rules"


_PYDANTIC_MESSAGES = {
    "missing": "必填字段",
    "extra_forbidden": "不允许的字段",
    "string_type": "须为字符串",
    "bool_type": "须为 true 或 false",
    "int_type": "须为整数",
    "int_parsing": "须为整数",
    "bool_parsing": "须为 true 或 false",
    "decimal_type": "须为数字或数字字符串",
    "decimal_parsing": "须为数字或数字字符串",
    "decimal_max_places": "最多两位小数",
    "date_type": "须为 YYYY-MM-DD 格式的日期",
    "date_from_datetime_parsing": "须为 YYYY-MM-DD 格式的日期",
    "date_parsing": "须为 YYYY-MM-DD 格式的日期",
    "list_type": "须为数组",
    "model_type": "须为 JSON 对象",
    "model_attributes_type": "须为 JSON 对象",
    "dict_type": "须为 JSON 对象",
    "string_too_short": "不能为空",
    "too_short": "不能为空",  # an Annotated str with min_length reports this type, not string_too_short
    "string_too_long": "过长",
    "too_long": "项目过多",
    "string_pattern_mismatch": "格式不正确",
    "literal_error": "取值不在允许范围内",
    "enum": "取值不在允许范围内",
    "greater_than_equal": "不能小于下限",
    "less_than_equal": "不能超过上限",
}


def invalid_input(errors: list[ErrorDetails], message: str = "请求参数有误。") -> InvalidInput:
    """A pydantic error list as one ``InvalidInput`` whose ``fields`` maps dotted paths to Chinese messages."""
    fields: dict[str, str] = {}
    for error in errors:
        path = ".".join(str(part) for part in error.get("loc", ())) or "body"
        if error.get("type") == "value_error":
            text = str(error.get("ctx", {}).get("error", error.get("msg", "")))
        else:
            text = _PYDANTIC_MESSAGES.get(str(error.get("type")), str(error.get("msg", "取值无效")))
        fields.setdefault(path, text)
    return InvalidInput(message, fields=fields)


def error_response(status: int, code: str, message: str, fields: dict[str, Any] | None = None) -> tuple[Response, int]:
    """The API's single error body."""
    return jsonify({"error": {"code": code, "message": message, "fields": fields or {}}}), status


_HTTP_MESSAGES = {
    400: "请求格式错误。",
    401: "缺少有效的 API 密钥。",
    403: "没有执行此操作的权限。",
    404: "请求的资源不存在。",
    405: "不支持该请求方法。",
    409: "请求与当前状态冲突。",
    413: "请求内容过大。",
    415: "请求的内容类型必须是 application/json。",
    422: "请求无法处理。",
    429: "请求过于频繁。",
}


def register_error_handlers(app: Flask) -> None:
    """Answer every error with the JSON error shape; never leak a stack trace."""

    @app.errorhandler(DomainError)
    def _domain(exc: DomainError) -> tuple[Response, int]:
        response, status = error_response(exc.status, exc.code, exc.message, exc.fields)
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="mediation-router"'
        return response, status

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> tuple[Response, int]:
        status = exc.code or 500
        message = _HTTP_MESSAGES.get(status, exc.description or "请求失败。")
        code = (exc.name or "error").lower().replace(" ", "_")
        return error_response(status, code, message)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> tuple[Response, int]:
        log.exception("unhandled error")
        return error_response(500, "internal_error", "服务器内部错误，请稍后重试。")
