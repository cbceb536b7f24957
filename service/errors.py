"""Domain errors and the one JSON error shape of the API.

The core raises ``DomainError`` subclasses; ``register_error_handlers`` turns
them, and every HTTP error, into ``{"error": {"code", "message", "fields"}}``.
Messages are in Chinese because clerks and parties read them; codes are stable
English slugs for client code.
"""

from __future__ import annotations

import logging
import re
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

from flask import Flask, Response, jsonify
from pydantic import BaseModel
from pydantic_core import ErrorDetails
from werkzeug.exceptions import HTTPException, MethodNotAllowed

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


class ExtensionRefused(Conflict):
    """A mediation limit that cannot be extended: the case is not in mediation at a centre, or the days agreed go
    beyond what the rules allow."""

    code = "extension_refused"


class ModelUnavailable(DomainError):
    status = 503
    code = "model_unavailable"


class DatabaseDown(DomainError):
    """The database cannot be reached or is not at this release's schema: the request changed nothing; retry."""

    status = 503
    code = "database_unavailable"

    def __init__(self) -> None:
        super().__init__("数据库暂时不可用，本次请求未保存任何内容，请稍后重试。")
        self.headers = {"Retry-After": str(DATABASE_RETRY_AFTER)}


# Seconds a client is asked to wait before retrying a request the database could not serve.
DATABASE_RETRY_AFTER = 10
# Errors that say the database is down, unreachable or not at this release's schema (a table or column missing), not
# that the request is wrong; SQLite reports a missing table as an OperationalError too.
_SCHEMA_ERRORS = ("UndefinedTable", "UndefinedColumn")


def is_database_down(exc: BaseException) -> bool:
    import sqlalchemy.exc as sa_exc  # imported here: this module is imported by code that never touches a database

    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
        return True
    return isinstance(exc, sa_exc.ProgrammingError) and type(exc.orig).__name__ in _SCHEMA_ERRORS


def database_down(exc: BaseException) -> DatabaseDown | None:
    """``exc`` as the error a client or a clerk is shown when the database is at fault (logged once, as one line for
    the operator: which request, and what the database said), or ``None`` when it is not."""
    from flask import request

    if not is_database_down(exc):
        return None
    detail = (str(getattr(exc, "orig", exc)).strip().splitlines() or [type(exc).__name__])[0]
    log.error("database unavailable during %s %s: %s: %s", request.method, request.path, type(exc).__name__, detail)
    return DatabaseDown()


class InvalidRules(DomainError):
    status = 500
    code = "invalid_rules"


# Chinese messages for the pydantic error types; ``{name}`` is filled from the error's context.  Any type missing here
# gets ``GENERIC_MESSAGE``: pydantic's own (English) text never reaches a client.
_PYDANTIC_MESSAGES = {
    "missing": "必填字段",
    "extra_forbidden": "不允许的字段",
    "string_type": "须为字符串",
    "string_unicode": "不能包含控制字符或无效的 Unicode 字符",
    "string_sub_type": "须为字符串",
    "string_too_short": "不能为空",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不正确",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "bool_type": "须为 true 或 false",
    "bool_parsing": "须为 true 或 false",
    "int_type": "须为整数",
    "int_parsing": "须为整数",
    "int_parsing_size": "须为整数，且位数不能过多",
    "int_from_float": "须为整数",
    "float_type": "须为数字",
    "float_parsing": "须为数字",
    "finite_number": "须为有限的数字",
    "decimal_type": "须为数字或数字字符串",
    "decimal_parsing": "须为数字或数字字符串",
    "decimal_max_digits": "数字位数过多",
    "decimal_max_places": "最多两位小数",
    "decimal_whole_digits": "整数部分位数过多",
    "date_type": "须为 YYYY-MM-DD 格式的日期",
    "date_parsing": "须为 YYYY-MM-DD 格式的日期",
    "date_from_datetime_parsing": "须为 YYYY-MM-DD 格式的日期",
    "date_from_datetime_inexact": "须为 YYYY-MM-DD 格式的日期",
    "date_past": "须为过去的日期",
    "date_future": "须为将来的日期",
    "datetime_type": "须为日期时间",
    "datetime_parsing": "须为日期时间",
    "list_type": "须为数组",
    "tuple_type": "须为数组",
    "set_type": "须为数组",
    "dict_type": "须为 JSON 对象",
    "model_type": "须为 JSON 对象",
    "model_attributes_type": "须为 JSON 对象",
    "dataclass_type": "须为 JSON 对象",
    "none_required": "须为 null",
    "literal_error": "取值不在允许范围内",
    "enum": "取值不在允许范围内",
    "union_tag_invalid": "取值不在允许范围内",
    "union_tag_not_found": "缺少类型字段",
    "greater_than": "须大于 {gt}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than": "须小于 {lt}",
    "less_than_equal": "不能大于 {le}",
    "multiple_of": "须为 {multiple_of} 的倍数",
    "json_invalid": "不是有效的 JSON",
    "json_type": "须为 JSON 字符串",
    "url_type": "须为网址",
    "url_parsing": "须为网址",
    "uuid_type": "须为 UUID",
    "uuid_parsing": "须为 UUID",
    "is_instance_of": "类型不正确",
    "frozen_field": "不可修改",
    "frozen_instance": "不可修改",
}
GENERIC_MESSAGE = "取值无效"
# Error types of the project's own validators whose message is already Chinese (raised as PydanticCustomError).
# Both concern a combination of fields (context ``fields="a,b"``): reported under each of them.
_OWN_TYPES = {"at_least_one_of", "fields_conflict"}
_CJK = re.compile(r"[\u3400-\u9fff]")


def _context_value(value: Any) -> str:
    """A bound from an error's context as a person writes it: ``1000000000000``, not ``1E+12``."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    try:
        return format(Decimal(str(value)).normalize(), "f")
    except InvalidOperation:
        return str(value)


def error_message(error: ErrorDetails) -> str:
    """The Chinese message for one pydantic error."""
    kind = str(error.get("type"))
    context = error.get("ctx") or {}
    if kind == "value_error":  # the project's validators raise ValueError with a Chinese message
        text = str(context.get("error", ""))
        return text if _CJK.search(text) else GENERIC_MESSAGE
    if kind in _OWN_TYPES:
        return str(error.get("msg") or GENERIC_MESSAGE)
    if kind == "too_long" and context.get("field_type") not in ("List", "Tuple", "Set"):
        kind = "string_too_long"  # a length limit on a validated string is reported as too_long
    if kind == "too_short" and context.get("field_type") not in ("List", "Tuple", "Set"):
        kind = "string_too_short"
    template = _PYDANTIC_MESSAGES.get(kind, GENERIC_MESSAGE)
    try:
        return template.format_map({k: _context_value(v) for k, v in context.items()})
    except (KeyError, ValueError, IndexError):
        return GENERIC_MESSAGE


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds (``PartyIn`` in ``list[PartyIn] | None``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model that validates the object at ``loc`` (list indices are stepped over), or None if unknown."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        found = _model_in(field.annotation) if field is not None else None
        if found is None:
            return None
        current = found
    return current


def _developer_hint(error: ErrorDetails, model: type[BaseModel]) -> str:
    """What a client developer needs to fix an unknown field or value: the names the API accepts at that place,
    as the API spells them.  Empty if there is nothing to list."""
    kind = error.get("type")
    if kind in ("literal_error", "enum"):  # pydantic's context spells them "'a', 'b' or 'c'"
        values = re.findall(r"'([^']*)'", str((error.get("ctx") or {}).get("expected", "")))
        return f"；可选值：{'、'.join(values)}" if values else ""
    if kind == "extra_forbidden":
        holder = _model_at(model, tuple(error.get("loc", ()))[:-1])
        if holder is None:
            return ""
        names = list(holder.model_fields)
        return f"；可用字段：{'、'.join(names)}" if names else "；此处不接受任何字段"
    return ""


def invalid_input(errors: list[ErrorDetails], message: str = "请求参数有误。", *,
                  model: type[BaseModel] | None = None) -> InvalidInput:
    """A pydantic error list as one ``InvalidInput`` whose ``fields`` maps dotted paths to Chinese messages.

    An error about a combination of fields (types ``_OWN_TYPES``, context ``fields="a,b"``) is listed under
    each of them rather than under the object that holds them.  With ``model`` (the API's input model), an unknown
    field or value also lists what the API accepts there, in its English spelling, for the client's developer; the
    workbench's forms leave it out, since a clerk picks from lists and never types those names.
    """
    fields: dict[str, str] = {}
    for error in errors:
        loc = [str(part) for part in error.get("loc", ())]
        text = error_message(error) + (_developer_hint(error, model) if model is not None else "")
        names = str((error.get("ctx") or {}).get("fields", "")) if error.get("type") in _OWN_TYPES else ""
        paths = [".".join([*loc, name]) for name in names.split(",") if name] or [".".join(loc) or "body"]
        for path in paths:
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
        response, status = error_response(status, code, message)
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            response.headers["Allow"] = ", ".join(sorted(exc.valid_methods))
        return response, status

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> tuple[Response, int]:
        down = database_down(exc)
        if down is not None:
            response, status = error_response(down.status, down.code, down.message)
            response.headers.update(down.headers)
            return response, status
        log.exception("unhandled error")
        return error_response(500, "internal_error", "服务器内部错误，请稍后重试。")
