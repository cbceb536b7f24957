"""``flask api-keys ...`` and ``flask db-upgrade``, including concurrent migration runs."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from service import db
from tests.conftest import _admin_url

ROOT = Path(__file__).resolve().parent.parent


def test_create_key_prints_it_last_and_it_works(runner: FlaskCliRunner, client: FlaskClient) -> None:
    result = runner.invoke(args=["api-keys", "create", "mobile-court", "--scopes", "submit,read"])
    assert result.exit_code == 0, result.output
    key = result.output.strip().splitlines()[-1]
    assert key.startswith("mr_")
    auth = {"Authorization": f"Bearer {key}"}
    assert client.get("/api/v1/queues", headers=auth).status_code == 200
    assert client.post("/api/v1/cases/MR-X/events", json={"status": "accepted"}, headers=auth).status_code == 403

    listed = runner.invoke(args=["api-keys", "list"])
    assert "mobile-court\tread,submit" in listed.output and key not in listed.output

    revoked = runner.invoke(args=["api-keys", "revoke", "mobile-court"])
    assert revoked.exit_code == 0
    assert client.get("/api/v1/queues", headers=auth).status_code == 401
    assert "revoked" in runner.invoke(args=["api-keys", "list"]).output


def test_create_key_errors(runner: FlaskCliRunner) -> None:
    assert runner.invoke(args=["api-keys", "create", "x", "--scopes", "submit,admin"]).exit_code != 0
    assert runner.invoke(args=["api-keys", "create", "dup"]).exit_code == 0
    duplicate = runner.invoke(args=["api-keys", "create", "dup"])
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output
    assert runner.invoke(args=["api-keys", "revoke", "nobody"]).exit_code != 0


def test_db_upgrade_is_repeatable(runner: FlaskCliRunner, app: Flask) -> None:
    for _ in range(2):
        result = runner.invoke(args=["db-upgrade"])
        assert result.exit_code == 0, result.output
    with app.app_context(), db.get_engine().connect() as conn:
        assert db.current_revision(conn) == db.head_revision()


def test_ready_is_503_before_migrations(tmp_path: Path, model_dir: Path) -> None:
    from service import create_app
    from service.config import Settings

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite'}", model_dir=model_dir,
                              environment="test", testing=True))
    response = app.test_client().get("/api/v1/ready")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"]["ok"] is False
    app.extensions["db_engine"].dispose()


def _upgrade_concurrently(url: str, processes: int = 3) -> None:
    code = f"from service import db; db.upgrade({url!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.PIPE, text=True)
             for _ in range(processes)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    engine = db.make_engine(url)
    with engine.connect() as conn:
        assert db.current_revision(conn) == db.head_revision()
        assert "dispute_case" in sa.inspect(conn).get_table_names()
    engine.dispose()


def test_concurrent_upgrades_on_sqlite(tmp_path: Path) -> None:
    _upgrade_concurrently(f"sqlite:///{tmp_path / 'race.sqlite'}")


@pytest.mark.postgres
def test_concurrent_upgrades_on_postgres() -> None:
    admin = _admin_url()
    if admin == "skip":
        pytest.skip("DISPUTES_TEST_POSTGRES_URL=skip")
    conninfo = admin.replace("postgresql+psycopg://", "postgresql://")
    name = f"mr_race_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = sa.make_url(conninfo).set(drivername="postgresql+psycopg", database=name).render_as_string(False)
        _upgrade_concurrently(url)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_real_commands_through_wsgi(tmp_path: Path, model_dir: Path) -> None:
    """What the README tells an operator to run: ``flask --app wsgi db-upgrade`` then ``api-keys create``."""
    env = {**os.environ, "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite'}",
           "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test"}
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    upgrade = subprocess.run([*flask, "db-upgrade"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert upgrade.returncode == 0, upgrade.stderr
    created = subprocess.run([*flask, "api-keys", "create", "ops", "--scopes", "read"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip().splitlines()[-1].startswith("mr_")
