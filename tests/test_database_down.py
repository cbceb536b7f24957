"""A database that is down, unreachable or not migrated: 503 database_unavailable with Retry-After for the API, a
Chinese page for the workbench, one log line naming the request; never a bare 500."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from flask import Flask

from service import create_app
from service.config import Settings
from service.logs import LOG_FORMAT, RequestIdFilter
from service.openapi import openapi_document
from tests.web_helpers import csrf_token

UNREACHABLE = "postgresql+psycopg://nobody:s3cret-pw@127.0.0.1:1/nowhere"


def _app(url: str, model_dir: Path) -> Flask:
    return create_app(Settings(database_url=url, model_dir=model_dir, environment="test", testing=True,
                               model_check_seconds=3600))


@pytest.fixture(params=["unreachable", "not-migrated"])
def down_app(request: pytest.FixtureRequest, tmp_path: Path, model_dir: Path) -> Flask:
    url = UNREACHABLE if request.param == "unreachable" else f"sqlite:///{tmp_path / 'empty.sqlite'}"
    app = _app(url, model_dir)
    yield app
    app.extensions["db_engine"].dispose()


def test_api_answers_503_with_retry_after(down_app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    client = down_app.test_client()
    with caplog.at_level(logging.ERROR):
        response = client.post("/api/v1/cases", json={"text": "朋友借了我3万元一直不还"},
                               headers={"Authorization": "Bearer mr_abcdef_0123456789"})
    assert response.status_code == 503, response.get_json()
    assert response.get_json()["error"]["code"] == "database_unavailable"
    assert "未保存任何内容" in response.get_json()["error"]["message"]
    assert int(response.headers["Retry-After"]) > 0
    lines = [r.getMessage() for r in caplog.records if "database unavailable" in r.getMessage()]
    assert len(lines) == 1 and "POST /api/v1/cases" in lines[0] and "s3cret-pw" not in lines[0]
    assert not [r for r in caplog.records if r.getMessage() == "unhandled error"]
    # Classifying needs no database and keeps working.
    assert client.post("/api/v1/classify", json={"text": "朋友借了我3万元一直不还"}).status_code == 200


def test_workbench_shows_a_chinese_page(down_app: Flask) -> None:
    client = down_app.test_client()
    response = client.post("/login", data={"username": "wangli", "password": "x" * 12,
                                           "csrf_token": csrf_token(client)}, headers={"Accept": "text/html"})
    assert response.status_code == 503 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "系统暂时不可用" in page and "请稍后重试" in page and "database_unavailable" not in page


def test_every_keyed_operation_documents_the_503() -> None:
    for path, item in openapi_document()["paths"].items():
        for method, operation in item.items():
            if operation.get("security"):
                assert "503" in operation["responses"], (method, path)


def test_a_missing_table_on_postgresql_counts_as_down_but_a_bad_query_does_not() -> None:
    import psycopg.errors
    import sqlalchemy.exc

    from service.errors import is_database_down

    missing = sqlalchemy.exc.ProgrammingError("SELECT 1 FROM api_client", {}, psycopg.errors.UndefinedTable())
    syntax = sqlalchemy.exc.ProgrammingError("SELEC 1", {}, psycopg.errors.SyntaxError())
    assert is_database_down(missing) and not is_database_down(syntax)
    assert not is_database_down(ValueError("no database here"))


def test_the_request_id_is_echoed_logged_and_shown_to_the_clerk(down_app: Flask) -> None:
    """X-Request-Id: the client's own id is kept (a proxy's, the mobile app's), otherwise one is made up; it comes
    back on the response, on the log lines written while serving it and on the workbench's error page."""
    client = down_app.test_client()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)  # as configure_logging sets up the process's own handler
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RequestIdFilter())
    logging.getLogger("service").addHandler(handler)
    try:
        response = client.get("/api/v1/cases", headers={"Authorization": "Bearer mr_abcdef_0123456789",
                                                        "X-Request-Id": "app-7f3a.42"})
    finally:
        logging.getLogger("service").removeHandler(handler)
    assert response.status_code == 503 and response.headers["X-Request-Id"] == "app-7f3a.42"
    assert "[app-7f3a.42] database unavailable during GET /api/v1/cases" in stream.getvalue()
    # not an id; a phone or ID number, in any spelling, is no id to log in clear
    for refused in ("bad id with spaces", "13912345678", "139.1234.5678", "620102.19900101.1234"):
        made_up = client.get("/health", headers={"X-Request-Id": refused}).headers["X-Request-Id"]
        assert made_up != refused and len(made_up) == 32
    page = client.post("/login", data={"username": "wangli", "password": "x" * 12, "csrf_token": csrf_token(client)},
                       headers={"Accept": "text/html", "X-Request-Id": "desk-3"})
    assert page.status_code == 503 and "错误编号 desk-3" in page.get_data(as_text=True)
