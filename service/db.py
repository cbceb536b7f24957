"""The database: one engine per app, one session per request, migrations applied under a lock.

Tables come from Alembic migrations (``flask --app wsgi db-upgrade``), never from ``create_all``: the same
schema then exists on SQLite in development and on PostgreSQL in production.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask, current_app, g
from sqlalchemy.engine import Engine
from sqlmodel import Session

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same for every process migrating this database.
PG_MIGRATION_LOCK_ID = 0x6D725F6D6967  # "mr_mig"
SQLITE_BUSY_TIMEOUT_S = 30


def make_engine(url: str) -> Engine:
    """An engine for ``url``.  SQLite gets WAL mode, foreign keys and a busy timeout on every connection."""
    # hide_parameters: values (ID numbers, phone numbers) never appear in exception messages or logs.
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, hide_parameters=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return sa.create_engine(url, hide_parameters=True, pool_pre_ping=True)
    except ImportError as exc:
        # postgresql+psycopg2://, mysql://: SQLAlchemy knows the dialect but its driver is not installed.  An
        # ArgumentError, like an unknown scheme, so that every caller reports it as an unusable URL.
        raise sa.exc.NoSuchModuleError(
            f"its database driver ({exc.name or exc}) is not installed; this service installs psycopg 3 and SQLite: "
            "use postgresql://… (read as postgresql+psycopg://) or sqlite:///…") from None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.close()


def init_app(app: Flask, database_url: str) -> None:
    app.extensions["db_engine"] = make_engine(database_url)
    app.teardown_appcontext(close_session)


def get_engine() -> Engine:
    engine: Engine = current_app.extensions["db_engine"]
    return engine


def get_session() -> Session:
    """This request's session (created on first use, closed at teardown)."""
    if "db_session" not in g:
        g.db_session = Session(get_engine(), expire_on_commit=False)
    session: Session = g.db_session
    return session


def close_session(_exc: BaseException | None = None) -> None:
    # Anything not committed explicitly by the view is rolled back here: a failed request leaves no row.
    session: Session | None = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()


# --- migrations -------------------------------------------------------------------------------------------------


def alembic_config(database_url: str) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(database_url: str) -> None:
    """Apply all migrations up to head.  Safe to run again and from several processes at once:
    PostgreSQL serialises them with an advisory lock, SQLite with a file lock beside the database."""
    engine = make_engine(database_url)
    try:
        with _migration_lock(engine), engine.begin() as connection:
            config = alembic_config(database_url)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as lock_connection:
            lock_connection.execute(sa.select(sa.func.pg_advisory_lock(PG_MIGRATION_LOCK_ID)))
            try:
                yield
            finally:
                lock_connection.execute(sa.select(sa.func.pg_advisory_unlock(PG_MIGRATION_LOCK_ID)))
                lock_connection.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    lock_path = Path(database).with_name(Path(database).name + ".migrate.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)
