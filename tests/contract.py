"""Contract check: a response of /api/v1 must be JSON and match the OpenAPI document's schema for its status."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
from flask import Flask
from werkzeug.exceptions import HTTPException

from service.openapi import openapi_document

_CONVERTER = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")
UNDOCUMENTED = {"/api/v1/openapi.json"}


def path_template(app: Flask, method: str, path: str) -> str | None:
    """The documented path template of a request (``/api/v1/cases/{public_id}``), or None if no route matches."""
    try:
        rule, _ = app.url_map.bind("localhost").match(path, method=method, return_rule=True)
    except HTTPException:
        return None
    return _CONVERTER.sub(r"{\1}", rule.rule)


def response_schema(method: str, template: str | None, status: int) -> dict[str, Any]:
    document = openapi_document()
    if template is None:  # unknown route or method: the one error shape
        return {"$ref": "#/components/schemas/ErrorBody"}
    operation = document["paths"][template][method.lower()]
    responses = operation["responses"]
    if str(status) not in responses and status < 400:
        raise AssertionError(f"{method} {template} answered {status}, which is not documented")
    documented = responses.get(str(status), responses.get("default"))
    assert documented is not None, f"{method} {template} {status}: no documented response"
    schema: dict[str, Any] = documented["content"]["application/json"]["schema"]
    return schema


def check_response(app: Flask, response: Any) -> None:
    request = response.request
    if not request.path.startswith("/api/v1") or request.path in UNDOCUMENTED:
        return
    assert response.mimetype == "application/json", f"{request.method} {request.path}: {response.mimetype}"
    template = path_template(app, request.method, request.path)
    if template is not None and template not in openapi_document()["paths"]:
        raise AssertionError(f"route {template} is not in the OpenAPI document")
    schema = {**response_schema(request.method, template, response.status_code),
              "components": openapi_document()["components"]}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(response.get_json())
