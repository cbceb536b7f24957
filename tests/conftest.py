"""Shared fixtures: a tiny model trained once, a database per test (SQLite and PostgreSQL), app/client/runner, keys.

The PostgreSQL variant uses a throwaway database created on the server at DISPUTES_TEST_POSTGRES_URL (default: the
local server, user postgres) for this session and dropped at the end.  Set DISPUTES_TEST_POSTGRES_URL=skip to skip
those tests; otherwise an unreachable server is an error, not a skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlmodel import Session, SQLModel

from service import auth, create_app, db
from service.config import Settings
from tests.contract import check_response
from tests.helpers import train_tiny
from tests.web_helpers import make_user, sign_in

PG_ENV = "DISPUTES_TEST_POSTGRES_URL"
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model trained once per session from tests/data/tiny.jsonl."""
    directory = tmp_path_factory.mktemp("models")
    train_tiny(directory)
    return directory


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating every time)."""
    path = tmp_path_factory.mktemp("sqlite") / "template.sqlite"
    db.upgrade(f"sqlite:///{path}")
    return path


def _admin_url() -> str:
    return os.environ.get(PG_ENV, DEFAULT_PG_URL)


@contextlib.contextmanager
def throwaway_postgres(prefix: str) -> Iterator[str]:
    """Create a migrated PostgreSQL database on the test server, yield its URL, drop it afterwards."""
    admin = _admin_url()
    if admin == "skip":
        pytest.skip(f"{PG_ENV}=skip")
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    conninfo = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = Settings(database_url=sa.make_url(conninfo).set(database=name).render_as_string(False)).database_url
    try:
        db.upgrade(url)
        yield url
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated throwaway PostgreSQL database for this session."""
    with throwaway_postgres("mr_test") as url:
        yield url


def _truncate(url: str) -> None:
    engine = sa.create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path / "disputes.sqlite"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    url: str = request.getfixturevalue("postgres_url")
    yield url
    _truncate(url)


@pytest.fixture
def settings(database_url: str, model_dir: Path) -> Settings:
    return Settings(database_url=database_url, model_dir=model_dir, testing=True, environment="test",
                    model_check_seconds=3600)


class ContractClient(FlaskClient):
    """A test client that checks every /api/v1 response against the OpenAPI document."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        response = super().open(*args, **kwargs)
        check_response(self.application, response)
        return response


@pytest.fixture
def app(settings: Settings) -> Iterator[Flask]:
    app = create_app(settings)
    app.test_client_class = ContractClient
    yield app
    db_engine: sa.Engine = app.extensions["db_engine"]
    db_engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def make_key(app: Flask) -> Callable[..., dict[str, str]]:
    """``make_key("read")`` → headers carrying a new key with those scopes."""

    def make(scopes: str = "submit,read,manage", name: str | None = None) -> dict[str, str]:
        with app.app_context(), Session(db.get_engine()) as session:
            _, key = auth.create_client(session=session, name=name or f"client-{uuid.uuid4().hex[:8]}",
                                        scopes=auth.parse_scopes(scopes))
            session.commit()
        return {"Authorization": f"Bearer {key}"}

    return make


@pytest.fixture
def headers(make_key: Callable[..., dict[str, str]]) -> dict[str, str]:
    """A key with every scope, as the mobile micro-court would hold."""
    return make_key("submit,read,manage", "micro-court")


@pytest.fixture
def count_rows(app: Flask) -> Callable[[], dict[str, int]]:
    """Row counts of every table, to show a failed request left nothing behind."""

    def count() -> dict[str, int]:
        with app.app_context(), db.get_engine().connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in SQLModel.metadata.sorted_tables if t.name != "api_client"}

    return count


@pytest.fixture
def clerk(app: Flask, client: FlaskClient) -> FlaskClient:
    """The test client, signed in to the workbench as a clerk (王书记员, user wang)."""
    make_user(app, "wang", "clerk", display_name="王书记员")
    sign_in(client, "wang")
    return client
