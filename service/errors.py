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


class NotFound(DomainError):
    status = 404
    code = "not_found"


class Conflict(DomainError):
    status = 409
    code = "conflict"


class ModelUnavailable(DomainError):
    status = 503
    code = "model_unavailable"


class InvalidRules(DomainError):
    status = 500
    code = "invalid_rules"


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
        return error_response(exc.status, exc.code, exc.message, exc.fields)

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
