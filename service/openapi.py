"""The OpenAPI 3.1 document of /api/v1, generated from the pydantic schemas the views validate with.

OpenAPI 3.1 uses JSON Schema 2020-12, which is what pydantic emits, so the component schemas are pydantic's own.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from service import schemas as s
from service.auth import Scope
from service.idempotency import MAX_KEY_LENGTH

# What idempotency._key() takes: printable characters (str.isprintable) of a header value, which arrives as Latin-1.
PRINTABLE_KEY = "^[^\\u0000-\\u001f\\u007f-\\u00a0\\u00ad]*$"

REF = "#/components/schemas/{model}"
JSON = "application/json"

# (model, mode): input models are documented as the validator sees them, outputs as serialised.
_MODELS: list[tuple[type[BaseModel], JsonSchemaMode]] = [
    (s.CaseCreate, "validation"), (s.EventCreate, "validation"), (s.CorrectionCreate, "validation"),
    (s.ExtensionCreate, "validation"),
    (s.ClassifyIn, "validation"),
    (s.CasePublic, "serialization"), (s.CasesPublic, "serialization"), (s.QueuesPublic, "serialization"),
    (s.ErrorBody, "serialization"), (s.HealthPublic, "serialization"), (s.ReadyPublic, "serialization"),
    (s.AssessmentPublic, "serialization"), (s.ModelsPublic, "serialization"),
]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF.format(model=name)}


def _json(name: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": _ref(name)}}}


def _errors(*statuses: int) -> dict[str, Any]:
    names = {400: "请求格式或参数错误", 401: "缺少有效的 API 密钥", 403: "API 密钥没有所需权限", 404: "资源不存在",
             409: "与案件当前状态冲突", 413: "请求过大", 415: "内容类型不是 JSON",
             422: "Idempotency-Key 已用于不同的请求", 503: "模型或数据库不可用"}
    return {str(code): _json("ErrorBody", names[code]) for code in statuses} | {
        "default": _json("ErrorBody", "其他错误（同一错误格式）")}


def _operation(summary: str, scope: Scope | None, responses: dict[str, Any], *, body: str | None = None,
               parameters: list[dict[str, Any]] | None = None, idempotent: bool = False) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "responses": responses}
    params = list(parameters or [])
    if idempotent:
        params.append({"name": "Idempotency-Key", "in": "header", "required": False,
                       "description": "同一密钥、同一路径与相同请求体的重试返回首次响应；路径或请求体不同返回 422",
                       "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH,
                                  "pattern": PRINTABLE_KEY}})
    if params:
        operation["parameters"] = params
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {JSON: {"schema": _ref(body)}}}
    operation["security"] = [{"apiKey": [str(scope)]}, {"bearer": [str(scope)]}] if scope else []
    if scope:
        operation["description"] = f"需要具有 `{scope}` 权限的 API 密钥。"
        # The key is checked in the database, so every keyed operation can meet a database that is down.
        responses.setdefault("503", _json("ErrorBody", "数据库不可用（database_unavailable，未保存任何内容；"
                                                       "按 Retry-After 秒数后重试）"))
    return operation


_CASE_ID = {"name": "public_id", "in": "path", "required": True, "schema": {"type": "string"}}


def _query_parameters() -> list[dict[str, Any]]:
    schema = s.CaseQuery.model_json_schema(ref_template=REF)
    return [{"name": name, "in": "query", "required": False, "schema": prop}
            for name, prop in schema["properties"].items()]


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The document (built once per process; it depends only on code)."""
    _, top = models_json_schema(_MODELS, ref_template=REF)
    paths = {
        "/api/v1/cases": {
            "post": _operation("提交纠纷案件（分类、要素提取、分流并保存）", Scope.submit,
                               {"201": _json("CasePublic", "已创建；Location 指向新案件")} | _errors(
                                   400, 401, 403, 413, 415, 422, 503), body="CaseCreate", idempotent=True),
            "get": _operation("查询案件列表（按去向、状态、类别、日期筛选，分页）", Scope.read,
                              {"200": _json("CasesPublic", "案件列表")} | _errors(400, 401, 403),
                              parameters=_query_parameters()),
        },
        "/api/v1/cases/{public_id}": {
            "get": _operation("查看案件", Scope.read, {"200": _json("CasePublic", "案件详情")} | _errors(401, 403, 404),
                              parameters=[_CASE_ID]),
        },
        "/api/v1/cases/{public_id}/events": {
            "post": _operation("记录状态变更（受理、调解成功/失败、申请司法确认、立案、撤回、结案）", Scope.manage,
                               {"201": _json("CasePublic", "已记录；返回更新后的案件")} | _errors(
                                   400, 401, 403, 404, 409, 413, 415, 422), body="EventCreate", parameters=[_CASE_ID],
                               idempotent=True),
        },
        "/api/v1/cases/{public_id}/corrections": {
            "post": _operation("人工更正类别或去向（须说明理由）", Scope.manage,
                               {"201": _json("CasePublic", "已更正；返回更新后的案件")} | _errors(
                                   400, 401, 403, 404, 409, 413, 415, 422), body="CorrectionCreate",
                               parameters=[_CASE_ID], idempotent=True),
        },
        "/api/v1/cases/{public_id}/extensions": {
            "post": _operation("记录经双方同意延长调解期限（仅限调解中的案件；案件期限随之顺延）", Scope.manage,
                               {"201": _json("CasePublic", "已记录；返回更新后的案件")} | _errors(
                                   400, 401, 403, 404, 409, 413, 415, 422) | {"409": _json(
                                       "ErrorBody", "extension_refused：案件不在调解组织调解中、延长日数超出剩余可延长"
                                       "日数，或延长后期限仍已届满")},
                               body="ExtensionCreate", parameters=[_CASE_ID], idempotent=True),
        },
        "/api/v1/queues": {
            "get": _operation("各去向的待办数量与超期数量", Scope.read,
                              {"200": _json("QueuesPublic", "队列统计")} | _errors(400, 401, 403)),
        },
        "/api/v1/classify": {
            "post": _operation("试分类（不保存任何数据）", None,
                               {"200": _json("AssessmentPublic", "分类与分流结果")} | _errors(400, 413, 415, 503),
                               body="ClassifyIn"),
        },
        "/api/v1/models": {
            "get": _operation("分类模型的各版本、评估分数与当前版本", Scope.read,
                              {"200": _json("ModelsPublic", "模型版本列表")} | _errors(400, 401, 403)),
        },
        "/api/v1/health": {"get": _operation("存活检查", None, {"200": _json("HealthPublic", "进程存活")})},
        "/api/v1/ready": {"get": _operation("就绪检查（数据库与模型；节假日日历缺年份时仅提示）", None, {
            "200": _json("ReadyPublic", "就绪"), "503": _json("ReadyPublic", "未就绪")})},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "mediation-router 案件受理与分流 API", "version": "1.0.0",
                 "description": "移动微法院及其他法院系统提交纠纷、跟踪分流与调解进程的接口。所有错误均为 "
                                "{\"error\": {\"code\", \"message\", \"fields\"}}。"},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": top.get("$defs", {}),
            "securitySchemes": {
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "bearer": {"type": "http", "scheme": "bearer"},
            },
        },
    }
