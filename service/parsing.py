"""Reading request bodies and query strings into the schemas, with one error shape for every kind of bad input."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError

from service.errors import InvalidInput, InvalidJson, UnsupportedMediaType, invalid_input

M = TypeVar("M", bound=BaseModel)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"JSON does not allow {name}")


def json_object() -> dict[str, Any]:
    """The request body as a JSON object.

    :raise UnsupportedMediaType: if the content type is not JSON.
    :raise InvalidJson: if the body is not UTF-8, not valid JSON (NaN and Infinity included) or not an object.
    """
    if not request.is_json:
        raise UnsupportedMediaType("请求的内容类型必须是 application/json。",
                                   fields={"Content-Type": "应为 application/json"})
    raw = request.get_data(cache=True)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidJson("请求体不是有效的 UTF-8 编码。", fields={"body": "编码无效"}) from None
    try:
        body = json.loads(text, parse_constant=_reject_constant)
    except ValueError:
        raise InvalidJson("请求体不是有效的 JSON。", fields={"body": "JSON 语法错误"}) from None
    if not isinstance(body, dict):
        raise InvalidJson("请求体必须是 JSON 对象。", fields={"body": "须为 JSON 对象"})
    return body


def parse_body(model: type[M], **context: Any) -> M:
    """The JSON body validated by ``model``.  :raise InvalidInput: listing every offending field."""
    try:
        return model.model_validate(json_object(), context=context)
    except ValidationError as exc:
        raise invalid_input(exc.errors(include_url=False)) from None


def parse_query(model: type[M]) -> M:
    """The query string validated by ``model``; a repeated parameter is an error, an unknown one too."""
    args: dict[str, Any] = {}
    for key, values in request.args.lists():
        if len(values) > 1:
            raise InvalidInput("查询参数重复。", fields={key: "只能出现一次"})
        args[key] = values[0]
    try:
        return model.model_validate(args)
    except ValidationError as exc:
        raise invalid_input(exc.errors(include_url=False), "查询参数有误。") from None
