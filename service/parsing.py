"""Reading request bodies and query strings into the schemas, with one error shape for every kind of bad input."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from service.errors import InvalidInput, InvalidJson, UnsupportedMediaType, invalid_input

M = TypeVar("M", bound=BaseModel)

# The deepest JSON body accepted: the schemas need four levels (body, fields, parties, party); anything much deeper
# is refused before it reaches code that recurses.
MAX_JSON_DEPTH = 32
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


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


def _cut_at_the_limit(raw: bytes) -> bool:
    """True if more than the app's size limit was sent without a Content-Length (chunked): werkzeug then stops reading
    at the limit without a word, and what it read would pass for the whole body."""
    limit = request.max_content_length
    return (request.content_length is None and limit is not None and len(raw) >= limit
            and bool(request.environ["wsgi.input"].read(1)))


def json_object() -> dict[str, Any]:
    """The request body as a JSON object.

    :raise UnsupportedMediaType: if the content type is not JSON.
    :raise RequestEntityTooLarge: if the body is over the size limit (one with a Content-Length is refused before).
    :raise InvalidJson: if the body is not UTF-8, not valid JSON (NaN and Infinity included), nested too deeply or
        not an object.
    """
    if not request.is_json:
        raise UnsupportedMediaType("请求的内容类型必须是 application/json。",
                                   fields={"Content-Type": "应为 application/json"})
    raw = request.get_data(cache=True)
    if _cut_at_the_limit(raw):
        raise RequestEntityTooLarge()
    try:
        # A byte-order mark before the JSON (Windows tools write one) may be ignored (RFC 8259 §8.1): it is.
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InvalidJson("请求体不是有效的 UTF-8 编码。", fields={"body": "编码无效"}) from None
    try:
        body = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses integers of more than 4300 digits: not a syntax error
            raise InvalidJson("请求体中的数字位数过多。", fields={"body": "数字位数过多"}) from None
        raise InvalidJson("请求体不是有效的 JSON。", fields={"body": "JSON 语法错误"}) from None
    except RecursionError:  # nested beyond what the parser can follow
        raise _too_deep() from None
    if json_depth_exceeds(body):
        raise _too_deep()
    if not isinstance(body, dict):
        raise InvalidJson("请求体必须是 JSON 对象。", fields={"body": "须为 JSON 对象"})
    return body


def _escaped(key: str) -> str:
    """A key with its lone surrogates written as ``\\udxxx``, so that the error can name it in valid UTF-8."""
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", key)


def unreadable_keys(body: Any) -> list[str]:
    """Dotted paths of the object keys in ``body`` that hold lone surrogates.  pydantic cannot read such a key and
    reports the object holding it instead; these paths name the key itself."""
    found: list[str] = []
    stack: list[tuple[Any, str]] = [(body, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                name = f"{path}.{_escaped(key)}" if path else _escaped(key)
                if _LONE_SURROGATE.search(key):
                    found.append(name)
                else:
                    stack.append((child, name))
        elif isinstance(item, list):
            stack.extend((child, f"{path}.{i}" if path else str(i)) for i, child in enumerate(item))
    return sorted(found)


def parse_body(model: type[M], **context: Any) -> M:
    """The JSON body validated by ``model``.  :raise InvalidInput: listing every offending field."""
    body = json_object()
    try:
        return model.model_validate(body, context=context)
    except ValidationError as exc:
        keys = unreadable_keys(body)
        if keys:
            raise InvalidInput("请求参数有误。", fields=dict.fromkeys(keys, "字段名含有无效的 Unicode 字符")) from None
        raise invalid_input(exc.errors(include_url=False), model=model) from None


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
        raise invalid_input(exc.errors(include_url=False), "查询参数有误。", model=model) from None
