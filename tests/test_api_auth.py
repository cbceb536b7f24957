"""API keys: 401 without a valid key, 403 outside its scope; no endpoint that reads or changes cases is open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.test_web import SIGNED_IN_ROUTES, WEB_OPEN_ROUTES

Headers = dict[str, str]
CASE_ENDPOINTS = [
    ("POST", "/api/v1/cases", "submit"),
    ("GET", "/api/v1/cases", "read"),
    ("GET", "/api/v1/cases/MR-X", "read"),
    ("POST", "/api/v1/cases/MR-X/events", "manage"),
    ("POST", "/api/v1/cases/MR-X/corrections", "manage"),
    ("POST", "/api/v1/cases/MR-X/extensions", "manage"),
    ("GET", "/api/v1/queues", "read"),
    ("GET", "/api/v1/models", "read"),
]
OPEN_ENDPOINTS = {"/api/v1/health", "/api/v1/ready", "/api/v1/openapi.json", "/api/v1/classify", "/health", "/ready",
                  "/static/<path:filename>"}


def test_every_other_route_is_listed_here(app: Flask) -> None:
    """A new endpoint must be added to CASE_ENDPOINTS (so its auth is tested) or consciously left open; the
    workbench's pages to tests/test_web.py's SIGNED_IN_ROUTES (so their sign-in is tested)."""
    listed = {"/api/v1/cases", "/api/v1/cases/<public_id>", "/api/v1/cases/<public_id>/events",
              "/api/v1/cases/<public_id>/corrections", "/api/v1/cases/<public_id>/extensions", "/api/v1/queues",
              "/api/v1/models"}
    web = {template for _, _, template in SIGNED_IN_ROUTES} | WEB_OPEN_ROUTES
    assert {rule.rule for rule in app.url_map.iter_rules()} == listed | OPEN_ENDPOINTS | web


@pytest.mark.parametrize(("method", "path", "scope"), CASE_ENDPOINTS)
@pytest.mark.parametrize("auth", [{}, {"Authorization": "Bearer mr_deadbeef_nope"}, {"X-API-Key": "garbage"},
                                  {"Authorization": "Basic dXNlcjpwYXNz"}])
def test_missing_or_invalid_key_is_401(client: FlaskClient, method: str, path: str, scope: str,
                                       auth: Headers) -> None:
    response = client.open(path, method=method, json={"text": "x"}, headers=auth)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "path", "scope"), CASE_ENDPOINTS)
def test_key_without_scope_is_403(client: FlaskClient, make_key: Callable[..., Headers], method: str, path: str,
                                  scope: str) -> None:
    others = ",".join(s for s in ("submit", "read", "manage") if s != scope)
    response = client.open(path, method=method, json={"text": "x"}, headers=make_key(others))
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(("method", "path", "scope"), CASE_ENDPOINTS)
def test_key_with_scope_gets_through(client: FlaskClient, make_key: Callable[..., Headers], method: str, path: str,
                                     scope: str) -> None:
    response = client.open(path, method=method, json={"text": "拖欠工资"}, headers=make_key(scope))
    assert response.status_code not in (401, 403)


def test_x_api_key_header_works(client: FlaskClient, make_key: Callable[..., Headers]) -> None:
    key = make_key("read")["Authorization"].removeprefix("Bearer ")
    assert client.get("/api/v1/queues", headers={"X-API-Key": key}).status_code == 200


def test_tampered_key_with_a_real_prefix_is_401(client: FlaskClient, make_key: Callable[..., Headers]) -> None:
    key = make_key("read")["Authorization"]
    assert client.get("/api/v1/queues", headers={"Authorization": key[:-2] + "zz"}).status_code == 401


def test_revoked_key_is_401(app: Flask, client: FlaskClient, make_key: Callable[..., Headers]) -> None:
    from sqlmodel import Session

    from service import auth, db

    headers = make_key("read", "old-client")
    assert client.get("/api/v1/queues", headers=headers).status_code == 200
    with app.app_context(), Session(db.get_engine()) as session:
        auth.revoke_client(session=session, name="old-client")
        session.commit()
    assert client.get("/api/v1/queues", headers=headers).status_code == 401


def test_keys_are_stored_hashed(app: Flask, make_key: Callable[..., Headers]) -> None:
    from sqlmodel import Session, select

    from service import db
    from service.tables import ApiClient

    key = make_key("read", "hashed")["Authorization"].removeprefix("Bearer ")
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.exec(select(ApiClient).where(ApiClient.name == "hashed")).one()
    assert key not in (row.key_hash, row.key_prefix, row.scopes)
    assert len(row.key_hash) == 64
