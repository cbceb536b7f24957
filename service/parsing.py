"""Reading request bodies and query strings into the schemas, with one error shape for every kind of bad input."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError

from service.errors import InvalidInput, InvalidJson, UnsupportedMediaType, invalid_input

M = TypeVar("M", bound=BaseModel)

# The deepest JSON body accepted: the schemas need four levels (body, fields, parties, party); anything much deeper
# is refused before it reaches code that recurses.
MAX_JSON_DEPTH = 32


def _reject_constant(name: str) -> Any:
    raise ValueError(f"JSON does not allow {name}")


def json_depth_exceeds(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if objects and arrays in ``value`` nest deeper than ``limit`` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _too_deep() -> InvalidJson:
    return InvalidJson("请求体的 JSON 嵌套层数过多。", fields={"body": f"嵌套不能超过 {MAX_JSON_DEPTH} 层"})


def json_object() -> dict[str, Any]:
    """The request body as a JSON object.

    :raise UnsupportedMediaType: if the content type is not JSON.
    :raise InvalidJson: if the body is not UTF-8, not valid JSON (NaN and Infinity included), nested too deeply or
        not an object.
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
    except RecursionError:  # nested beyond what the parser can follow
        raise _too_deep() from None
    if json_depth_exceeds(body):
        raise _too_deep()
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
