"""``flask api-keys ...`` and ``flask db-upgrade``, including concurrent migration runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlmodel import Session

from service import create_app, db, registry
from service.config import InvalidSettings, Settings, unknown_variables
from service.registry import ActivationKind
from service.tables import ModelVersion
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


def test_rotate_gives_a_client_a_new_key_and_kills_the_old_one(runner: FlaskCliRunner, client: FlaskClient) -> None:
    """A leaked key: the operator rotates it; the old key is refused at once, the new one works with the same scopes,
    and what the client submitted stays recorded under the same name."""
    old = runner.invoke(args=["api-keys", "create", "mobile-court", "--scopes", "submit,read"]).output.split()[-1]
    submitted = client.post("/api/v1/cases", json={"text": "老板拖欠我三个月工资"}, headers={"X-API-Key": old})
    assert submitted.status_code == 201
    rotated = runner.invoke(args=["api-keys", "rotate", "mobile-court"])
    assert rotated.exit_code == 0, rotated.output
    new = rotated.output.strip().splitlines()[-1]
    assert new.startswith("mr_") and new != old and "old key no longer works" in rotated.output
    assert client.get("/api/v1/queues", headers={"X-API-Key": old}).status_code == 401
    assert client.get("/api/v1/queues", headers={"X-API-Key": new}).status_code == 200
    assert client.post("/api/v1/cases/MR-X/events", json={"status": "accepted"},
                       headers={"X-API-Key": new}).status_code == 403  # still submit,read only
    case = client.get(f"/api/v1/cases/{submitted.get_json()['id']}", headers={"X-API-Key": new}).get_json()
    assert case["events"][0]["actor"] == "mobile-court"
    assert runner.invoke(args=["api-keys", "list"]).output.count("mobile-court") == 1


def test_a_revoked_client_is_taken_into_use_again_by_rotating_it(runner: FlaskCliRunner,
                                                                  client: FlaskClient) -> None:
    old = runner.invoke(args=["api-keys", "create", "ops", "--scopes", "read"]).output.split()[-1]
    assert runner.invoke(args=["api-keys", "revoke", "ops"]).exit_code == 0
    again = runner.invoke(args=["api-keys", "create", "ops"])
    assert again.exit_code == 1 and "already exists (revoked)" in again.output
    assert "api-keys rotate ops --reactivate" in again.output
    # A revoked client is not brought back by a plain rotate (someone revoked it on purpose): it takes the flag.
    plain = runner.invoke(args=["api-keys", "rotate", "ops"])
    assert plain.exit_code == 1 and "--reactivate" in plain.output
    assert "revoked" in runner.invoke(args=["api-keys", "list"]).output
    rotated = runner.invoke(args=["api-keys", "rotate", "ops", "--reactivate"])
    assert rotated.exit_code == 0 and rotated.output.startswith("reactivated client ops with scopes read")
    new = rotated.output.strip().splitlines()[-1]
    assert client.get("/api/v1/queues", headers={"X-API-Key": new}).status_code == 200
    assert client.get("/api/v1/queues", headers={"X-API-Key": old}).status_code == 401
    assert "active" in runner.invoke(args=["api-keys", "list"]).output
    unknown = runner.invoke(args=["api-keys", "rotate", "nobody"])
    assert unknown.exit_code == 1 and "no client named 'nobody'" in unknown.output


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


# --- a database that cannot be used: one line, exit code 5, never a traceback ----------------------------------------

UNREACHABLE = "postgresql://nobody:s3cret-pw@127.0.0.1:1/nowhere"
DATABASE_COMMANDS = [
    ["db-upgrade"], ["users", "list"], ["users", "create", "zhao", "--role", "clerk", "--password", "lanzhou-2026"],
    ["users", "set-password", "zhao", "--password", "lanzhou-2026"], ["users", "deactivate", "zhao"],
    ["users", "activate", "zhao"], ["users", "unlock", "zhao"], ["api-keys", "create", "ops"], ["api-keys", "list"],
    ["api-keys", "revoke", "ops"], ["api-keys", "rotate", "ops"], ["model", "retrain", "--no-corpus"],
    ["model", "rollback"], ["model", "unlock"],
]


def _app_on(url: str, model_dir: Path) -> Flask:
    from service import create_app
    from service.config import Settings

    return create_app(Settings(database_url=url, model_dir=model_dir, environment="test", testing=True))


@pytest.mark.parametrize("args", DATABASE_COMMANDS, ids=" ".join)
def test_an_unreachable_database_is_one_line_and_exit_5(args: list[str], model_dir: Path) -> None:
    app = _app_on(UNREACHABLE, model_dir)
    result = app.test_cli_runner().invoke(args=args)
    app.extensions["db_engine"].dispose()
    assert result.exit_code == 5, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "cannot use the database at postgresql+psycopg://nobody:***@127.0.0.1:1/nowhere" in (
        lines[0]) and "Connection refused" in lines[0]
    assert "s3cret-pw" not in result.output


@pytest.mark.parametrize("args", [a for a in DATABASE_COMMANDS if a != ["db-upgrade"]], ids=" ".join)
def test_an_unmigrated_database_says_run_db_upgrade(args: list[str], tmp_path: Path, model_dir: Path) -> None:
    app = _app_on(f"sqlite:///{tmp_path / 'empty.sqlite'}", model_dir)
    result = app.test_cli_runner().invoke(args=args)
    app.extensions["db_engine"].dispose()
    assert result.exit_code == 5, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "is not migrated (no tables)" in lines[0]
    assert "run `flask --app wsgi db-upgrade`" in lines[0]


def test_the_real_commands_fail_cleanly_on_a_bad_database(tmp_path: Path, model_dir: Path) -> None:
    """``flask --app wsgi ...`` and ``python -m training ...`` as an operator runs them."""
    env = {**os.environ, "DISPUTES_DATABASE_URL": UNREACHABLE, "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_ENVIRONMENT": "test"}
    runs = {
        "flask db-upgrade": [sys.executable, "-m", "flask", "--app", "wsgi", "db-upgrade"],
        "training unlock": [sys.executable, "-m", "training", "unlock"],
    }
    for name, command in runs.items():
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 5, (name, done.stderr)
        assert "Traceback" not in done.stderr and "s3cret-pw" not in done.stderr
        assert "nobody:***@127.0.0.1:1/nowhere" in done.stderr, name
    malformed = subprocess.run([sys.executable, "-m", "training", "rollback"], cwd=ROOT, capture_output=True,
                               env={**env, "DISPUTES_DATABASE_URL": "bogus://who:pw@x/y"}, text=True, timeout=120)
    assert malformed.returncode == 5 and "Traceback" not in malformed.stderr
    assert "not a usable database URL (bogus://who:***@x/y)" in malformed.stderr
    # flask --app wsgi builds the app (and its engine) before any command: a malformed URL stops there, cleanly.
    flask_malformed = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "users", "list"], cwd=ROOT,
                                     capture_output=True, env={**env, "DISPUTES_DATABASE_URL": "bogus://who:pw@x/y"},
                                     text=True, timeout=120)
    assert flask_malformed.returncode == 5 and "Traceback" not in flask_malformed.stderr, flask_malformed.stderr
    assert flask_malformed.stderr.strip().splitlines() == [
        line for line in flask_malformed.stderr.strip().splitlines() if line.startswith("error: ")]
    assert "not a usable database URL (bogus://who:***@x/y)" in flask_malformed.stderr


@pytest.mark.parametrize("command", [["-m", "flask", "--app", "wsgi", "db-upgrade"], ["-m", "service.preflight"],
                                     ["-m", "training", "retrain"]])
def test_a_url_whose_driver_is_not_installed_is_one_line(model_dir: Path, command: list[str]) -> None:
    """postgresql+psycopg2:// is the form most documentation shows; psycopg2 is not installed here (psycopg 3 is).
    It gave a ModuleNotFoundError traceback, and flask then "No such command 'db-upgrade'" (operator review)."""
    env = {**os.environ, "DISPUTES_DATABASE_URL": "postgresql+psycopg2://who:pw@127.0.0.1/x",
           "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test"}
    done = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 5 and "Traceback" not in done.stderr, done.stderr
    assert "driver (psycopg2) is not installed" in done.stderr and "who:***@" in done.stderr


def test_a_broken_holidays_file_stops_wsgi_with_one_line(tmp_path: Path, model_dir: Path) -> None:
    """gunicorn and ``flask --app wsgi`` import wsgi: a calendar the operator broke is named, without a traceback."""
    broken = tmp_path / "holidays-2027.toml"
    broken.write_text("[[years]\n", encoding="utf-8")
    env = {**os.environ, "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite'}",
           "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test", "DISPUTES_HOLIDAYS_FILE": str(broken)}
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "users", "list"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: invalid routing configuration: ")
    assert f"节假日日历 {broken} 不是有效的 TOML" in lines[0]


def test_db_upgrade_refuses_a_database_from_a_newer_release(tmp_path: Path, model_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.sqlite'}"  # its own database: the shared ones keep their revision
    db.upgrade(url)
    app = _app_on(url, model_dir)
    with app.app_context(), db.get_engine().begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    runner = app.test_cli_runner()
    result = runner.invoke(args=["db-upgrade"])
    assert result.exit_code == 5 and "cannot migrate the database" in result.output
    assert "9999_from_the_future" in result.output and "Traceback" not in result.output
    assert runner.invoke(args=["users", "list"]).exit_code == 5  # not at this code's revision either
    app.extensions["db_engine"].dispose()


def test_masked_url_hides_the_password_even_in_a_url_that_does_not_parse() -> None:
    from service.cli import masked_url

    assert masked_url("postgresql+psycopg://u:p%40ss@h:5432/d") == "postgresql+psycopg://u:***@h:5432/d"
    assert masked_url("sqlite:////srv/disputes.sqlite") == "sqlite:////srv/disputes.sqlite"
    assert masked_url("post gres://u:pw@h/d") == "post gres://u:***@h/d"


def test_gunicorn_stops_on_a_broken_rules_file_instead_of_restarting_workers(tmp_path: Path, model_dir: Path) -> None:
    """A worker exiting with 2 made gunicorn's master restart it forever, port open and nothing served.  Now the
    master checks the configuration before it starts any worker (gunicorn.conf.py): one line, exit 2, no worker.  A
    worker that fails anyway (gunicorn run without that file) exits with gunicorn's APP_LOAD_ERROR (4), which stops
    the master too."""
    broken = tmp_path / "rules.toml"
    broken.write_text("this is [not toml\n", encoding="utf-8")
    env = {**os.environ, "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite'}",
           "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test", "DISPUTES_RULES_FILE": str(broken)}
    gunicorn = [str(Path(sys.executable).with_name("gunicorn")), "--no-control-socket", "-b", "127.0.0.1:0"]
    pid_file = tmp_path / "gunicorn.pid"
    master = subprocess.run([*gunicorn, "-w", "4", "--pid", str(pid_file), "wsgi:app"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert master.returncode == 2, master.stderr[-2000:]
    assert master.stderr.count("error: invalid routing configuration: ") == 1 and "Traceback" not in master.stderr
    assert "Booting worker" not in master.stderr and not pid_file.exists()  # no stale pid file either
    worker = subprocess.run([*gunicorn, "-c", "/dev/null", "-w", "1", "wsgi:app"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert worker.returncode == 4, worker.stderr[-2000:]
    assert "error: invalid routing configuration: " in worker.stderr and "Traceback" not in worker.stderr


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("DISPUTES_MAX_TEXT_CHARS", "-1", "DISPUTES_MAX_TEXT_CHARS='-1': Input should be greater than or equal to 1"),
    ("DISPUTES_MODEL_SOURCE", "db", "DISPUTES_MODEL_SOURCE='db': Input should be 'database' or 'file'"),
    ("DISPUTES_LOG_LEVEL", "verbose", "DISPUTES_LOG_LEVEL='verbose': Value error, must be one of DEBUG"),
    ("DISPUTES_SESSION_HOURS", "-1", "DISPUTES_SESSION_HOURS='-1': Input should be greater than 0"),
    ("DISPUTES_ENVIRONMENT", "production", "DISPUTES_SECRET_KEY is still the placeholder"),
])
def test_an_invalid_setting_is_one_line_and_exit_2(tmp_path: Path, model_dir: Path, variable: str, value: str,
                                                   message: str) -> None:
    """A DISPUTES_* value of the wrong type or out of range stops flask --app wsgi and python -m training with one
    line naming the variable; before, a 50-line pydantic traceback (or, for -1, an app that refused every text)."""
    env = {**os.environ, "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'ops.sqlite'}",
           "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test", variable: value}
    env.pop("DISPUTES_SECRET_KEY", None)
    runs = [[sys.executable, "-m", "flask", "--app", "wsgi", "users", "list"]]
    if variable != "DISPUTES_ENVIRONMENT":  # the secret is the web app's; training never uses it
        runs.append([sys.executable, "-m", "training", "unlock"])
    for command in runs:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, (command, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: invalid settings: ") and message in lines[0], lines


def test_a_misspelt_variable_is_named(model_dir: Path) -> None:
    """DISPUTES_DATABSE_URL was ignored in silence, and production ran on the default SQLite file (operator review)."""
    assert unknown_variables({"DISPUTES_DATABSE_URL": "x", "DISPUTES_MODEL_DIR": "m", "DISPUTES_TEST_POSTGRES_URL": "y",
                              "HOME": "/root"}) == ["DISPUTES_DATABSE_URL"]
    env = {**os.environ, "DISPUTES_DATABSE_URL": "postgresql://x/y", "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_ENVIRONMENT": "test"}
    done = subprocess.run([sys.executable, "-m", "service.preflight"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert "warning: DISPUTES_DATABSE_URL names no setting and is ignored" in done.stderr


def test_an_empty_variable_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """DISPUTES_MODEL_DIR= made the workers look for their model in the working directory, while scripts/serve
    (${DISPUTES_MODEL_DIR:-models}) trained one in models/ (operator review)."""
    for name in ("DISPUTES_MODEL_DIR", "DISPUTES_RULES_FILE", "DISPUTES_HOLIDAYS_FILE", "DISPUTES_DATABASE_URL"):
        monkeypatch.setenv(name, "")
    settings = Settings()
    assert (settings.model_dir, settings.rules_file, settings.holidays_file, settings.database_url) == (
        Path("models"), None, None, "")
    # ... but not for the environment: empty is no "development", so the placeholder secret is still refused
    monkeypatch.setenv("DISPUTES_ENVIRONMENT", "")
    monkeypatch.delenv("DISPUTES_SECRET_KEY", raising=False)
    with pytest.raises(InvalidSettings):
        Settings().check_secrets()


def test_training_with_the_placeholder_secret_in_production_is_one_line(tmp_path: Path, model_dir: Path) -> None:
    """The secret is checked when the app is built, after the settings were read: that was a traceback (exit 1)."""
    env = {**os.environ, "DISPUTES_ENVIRONMENT": "production", "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite'}"}
    env.pop("DISPUTES_SECRET_KEY", None)
    done = subprocess.run([sys.executable, "-m", "training", "retrain"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: invalid settings: DISPUTES_SECRET_KEY is still the placeholder 'changethis'; set a real secret in "
        "production."]


def test_model_active_names_what_workers_will_serve(tmp_path: Path, settings: Settings) -> None:
    """scripts/serve asks it whether to train: 0 with a version to serve (the registry's, else CURRENT), 10 with none
    (train), 3 when the active version's files are gone (stop: a new model would not be the one served)."""
    own = tmp_path / "models"
    shutil.copytree(settings.model_dir, own)
    app = create_app(settings.model_copy(update={"model_dir": own}))
    runner = app.test_cli_runner()
    shipped = (own / "CURRENT").read_text(encoding="utf-8").strip()

    def active() -> tuple[int, str]:
        result = runner.invoke(args=["model", "active"])
        return result.exit_code, result.output

    assert active() == (0, shipped + "\n")  # the registry is empty: CURRENT
    (own / "CURRENT").unlink()
    code, output = active()
    assert code == 10 and "no model version" in output
    with app.app_context(), Session(db.get_engine()) as session:
        registry.register(session=session, version=ModelVersion(
            version=shipped, trained_by="t", data_hash="", counts={}, details={}, evaluation={}, decision={}))
        registry.activate(session=session, version=shipped, actor="t", kind=ActivationKind.import_)
        session.commit()
    assert active() == (0, shipped + "\n")  # CURRENT deleted, the registry still says which: nothing to train
    shutil.rmtree(own / shipped)
    code, output = active()
    assert code == 3 and shipped in output and "python -m training rollback" in output
    app.extensions["db_engine"].dispose()
