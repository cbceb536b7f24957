"""Flask commands: ``flask --app wsgi db-upgrade``, ``flask --app wsgi api-keys create|rotate|revoke|list``,
``flask --app wsgi users ...`` and ``flask --app wsgi model retrain|rollback|unlock``.

Exit codes: 0 success, 1 a refused request (an unknown name, a rule of ``service.users`` broken), 2 bad usage,
5 the database cannot be used: unreachable, a malformed ``DISPUTES_DATABASE_URL`` or, for every command but
``db-upgrade``, a schema that is not migrated to this code's revision.  ``model ...`` exits as
``python -m training`` does (which uses 5 for the same cases).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click
import sqlalchemy as sa
from alembic.util.exc import CommandError
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlmodel import Session, col, select

from service import auth, db, users
from service.classifier import missing_files
from service.errors import DomainError, InvalidInput
from service.extensions import get_settings
from service.tables import ApiClient

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])
DATABASE_UNAVAILABLE = 5
UPGRADE_HINT = "run `flask --app wsgi db-upgrade`"


class DatabaseUnavailable(Exception):
    """The database cannot be used; the message says what failed, where (password masked) and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def masked_url(url: str | sa.URL) -> str:
    """``url`` with its password replaced by ``***`` (also when it does not parse)."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(url))


def _first_line(exc: DBAPIError) -> str:
    return (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]


@contextlib.contextmanager
def database_errors(url: str | sa.URL) -> Iterator[None]:
    """Turn SQLAlchemy's errors about the database at ``url`` into :class:`DatabaseUnavailable`."""
    try:
        yield
    except ArgumentError as exc:  # NoSuchModuleError (an unknown scheme) is one too
        raise DatabaseUnavailable(
            f"DISPUTES_DATABASE_URL is not a usable database URL ({masked_url(url)}): {exc}. Set it to e.g. "
            "postgresql://user:password@host/dbname or sqlite:////absolute/path/disputes.sqlite.") from None
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        raise DatabaseUnavailable(
            f"cannot use the database at {masked_url(url)}: {_first_line(exc)}. Check DISPUTES_DATABASE_URL and "
            "that the database server is running and reachable from here.") from None
    except DBAPIError as exc:
        raise DatabaseUnavailable(
            f"database error at {masked_url(url)}: {_first_line(exc)}. If the schema is out of date, "
            f"{UPGRADE_HINT}.") from None


def check_database(engine: Engine, *, migrated: bool = True) -> None:
    """Connect once; with ``migrated``, also require the schema at this code's migration head.

    :raise DatabaseUnavailable: unreachable, or (``migrated``) not migrated.
    """
    with database_errors(engine.url), engine.connect() as connection:
        current = db.current_revision(connection)
    head = db.head_revision()
    if migrated and current != head:
        state = f"at revision {current}" if current else "not migrated (no tables)"
        raise DatabaseUnavailable(f"the database at {masked_url(engine.url)} is {state}; this code needs revision "
                                  f"{head}: {UPGRADE_HINT} first.")


@contextlib.contextmanager
def usable_database(engine: Engine, *, migrated: bool = True) -> Iterator[None]:
    """Check the database first (:func:`check_database`), then turn database errors of the work done inside into
    :class:`DatabaseUnavailable`."""
    check_database(engine, migrated=migrated)
    with database_errors(engine.url):
        yield


class DatabaseCommandError(click.ClickException):
    exit_code = DATABASE_UNAVAILABLE


def uses_database(*, migrated: bool = True) -> Callable[[F], F]:
    """Run the command only if the app's database can be used (and, with ``migrated``, is migrated); a database
    failure, before or during the command, ends it with one line and exit code 5 instead of a traceback."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                with usable_database(db.get_engine(), migrated=migrated):
                    return command(*args, **kwargs)
            except DatabaseUnavailable as exc:
                raise DatabaseCommandError(exc.message) from None

        return wrapper  # type: ignore[return-value]

    return decorate


api_keys = AppGroup("api-keys", help="Manage API keys of machine clients.")
users_group = AppGroup("users", help="Manage workbench users (clerks, mediators, admins).")


@click.command("db-upgrade")
@with_appcontext
@uses_database(migrated=False)
def db_upgrade() -> None:
    """Apply database migrations up to the latest (safe to run again; concurrent runs wait for each other)."""
    url = get_settings().database_url
    try:
        db.upgrade(url)
    except CommandError as exc:  # e.g. a revision this code does not know: migrated by a newer release
        raise DatabaseCommandError(f"cannot migrate the database at {masked_url(url)}: {exc}") from None
    click.echo(f"database at revision {db.head_revision()}")


@api_keys.command("create")
@click.argument("name")
@click.option("--scopes", default="submit,read", show_default=True, help="comma-separated: submit, read, manage")
@uses_database()
def create_key(name: str, scopes: str) -> None:
    """Create a client NAME; the new key is printed on the last line (it is not stored and cannot be shown again)."""
    try:
        scope_set = auth.parse_scopes(scopes)
    except InvalidInput as exc:
        raise click.BadParameter(exc.message, param_hint="--scopes") from None
    with Session(db.get_engine()) as session:
        try:
            client, key = auth.create_client(session=session, name=name, scopes=scope_set)
            session.commit()
        except IntegrityError:
            session.rollback()
            state = _state(session, name)
            rotate = f"api-keys rotate {name}" + (" --reactivate" if state == "revoked" else "")
            raise click.ClickException(f"a client named {name!r} already exists ({state}); "
                                       f"to give it a new key, run `{rotate}`") from None
        click.echo(f"created client {client.name} with scopes {client.scopes}; store this key now:")
    click.echo(key)


@api_keys.command("rotate")
@click.argument("name")
@click.option("--reactivate", is_flag=True, help="also for a revoked client, which becomes active again")
@uses_database()
def rotate_key(name: str, reactivate: bool) -> None:
    """Give client NAME a new key, printed on the last line: its old key stops working at once (a leaked key, or,
    with --reactivate, a revoked client taken into use again); its name, scopes and history stay."""
    with Session(db.get_engine()) as session:
        if _state(session, name) == "revoked" and not reactivate:
            raise click.ClickException(f"client {name!r} is revoked; to give it a new key and make it active again, "
                                       f"run `api-keys rotate {name} --reactivate`")
        rotated = auth.rotate_client(session=session, name=name)
        if rotated is None:
            raise click.ClickException(f"no client named {name!r}")
        client, key, reactivated = rotated
        session.commit()
        log.warning("API key of client %s rotated%s", name, " and the client reactivated" if reactivated else "")
        click.echo(f"{'reactivated' if reactivated else 'rotated'} client {client.name} with scopes {client.scopes}; "
                   "the old key no longer works; store this key now:")
    click.echo(key)


def _state(session: Session, name: str) -> str:
    client = session.exec(select(ApiClient).where(ApiClient.name == name)).first()
    return "revoked" if client is not None and client.revoked_at is not None else "active"


@api_keys.command("revoke")
@click.argument("name")
@uses_database()
def revoke_key(name: str) -> None:
    """Revoke the key of client NAME (its history is kept)."""
    with Session(db.get_engine()) as session:
        client = auth.revoke_client(session=session, name=name)
        if client is None:
            raise click.ClickException(f"no client named {name!r}")
        session.commit()
    click.echo(f"revoked {name}")


@api_keys.command("list")
@uses_database()
def list_keys() -> None:
    """List clients, their scopes and whether they are revoked."""
    with Session(db.get_engine()) as session:
        for client in session.exec(select(ApiClient).order_by(col(ApiClient.name))).all():
            state = f"revoked {client.revoked_at:%Y-%m-%d}" if client.revoked_at else "active"
            click.echo(f"{client.name}\t{client.scopes}\tmr_{client.key_prefix}_…\t{state}")


model = AppGroup("model", help="Retrain, promote and roll back the classifier (same options as python -m training).")
_PASS_THROUGH = {"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []}


@model.command("retrain", context_settings=_PASS_THROUGH)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def model_retrain(args: tuple[str, ...]) -> None:
    """Retrain on the reviewed cases; promote only if no worse (python -m training retrain --help)."""
    _training("retrain", args)


@model.command("rollback", context_settings=_PASS_THROUGH)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def model_rollback(args: tuple[str, ...]) -> None:
    """Reactivate an earlier version (python -m training rollback --help)."""
    _training("rollback", args)


# Exit codes of ``model active`` that scripts/serve tells apart: none published (train one), files missing (stop).
# Not 1, which any failure (a traceback) exits with: that must stop serve, not make it train.
NO_MODEL, MODEL_FILES_MISSING = 10, 3


@model.command("active")
@with_appcontext
@uses_database()
def model_active() -> None:
    """Print the version workers will serve: the registry's active one, else <model_dir>/CURRENT.  Exit 10 when there
    is none, 3 when its files are not in DISPUTES_MODEL_DIR."""
    settings = get_settings()
    version = current_app.extensions["model_store"].active_version()
    if version is None:
        click.echo(f"no model version is active or published in {settings.model_dir}", err=True)
        raise SystemExit(NO_MODEL)
    missing = missing_files(settings.model_dir, version)
    if missing:
        click.echo(f"the active model version {version} is not in {settings.model_dir} (missing {', '.join(missing)}): "
                   "restore that directory (or mount the shared model volume), or reactivate a version that is there "
                   "with `python -m training rollback VERSION`", err=True)
        raise SystemExit(MODEL_FILES_MISSING)
    click.echo(version)


@model.command("unlock")
def model_unlock() -> None:
    """Clear the retrain/rollback lock a run that died left behind (python -m training unlock)."""
    _training("unlock", (), model_dir=False)


def _training(command: str, args: tuple[str, ...], *, model_dir: bool = True) -> None:
    from training.__main__ import main

    out = ["--out", str(get_settings().model_dir)] if model_dir and "--out" not in args else []
    code = main([command, *out, *args], engine=db.get_engine())
    if code:
        raise SystemExit(code)


@users_group.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice([str(r) for r in users.Role]), required=True)
@click.option("--display-name", default=None, help="the name shown in the workbench and the audit trail")
@click.option("--destination", default=None, help="the queue a mediator works on, e.g. labour_mediation")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="asked for when not given")
@uses_database()
def create_user(name: str, role: str, display_name: str | None, destination: str | None, password: str) -> None:
    """Create the user NAME (the password is stored as an Argon2 hash)."""
    with Session(db.get_engine()) as session:
        try:
            user = users.create_user(session=session, username=name, display_name=display_name or name,
                                     role=users.Role(role), password=password, destination=destination)
            session.commit()
        except DomainError as exc:
            raise click.ClickException(exc.message) from None
        click.echo(f"created {user.role} {user.username}" + (f" for {user.destination}" if user.destination else ""))


@users_group.command("list")
@uses_database()
def list_users() -> None:
    """List users with role, destination and state."""
    with Session(db.get_engine()) as session:
        for user in users.list_users(session=session):
            state = "active" if user.active else "inactive"
            click.echo(f"{user.username}\t{user.display_name}\t{user.role}\t{user.destination or '-'}\t{state}")


@users_group.command("set-password")
@click.argument("name")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@uses_database()
def set_password(name: str, password: str) -> None:
    """Set a new password for NAME (also lifts a sign-in lock)."""
    _change_user(name, functools.partial(users.set_password, password=password), f"password of {name} changed")


@users_group.command("deactivate")
@click.argument("name")
@uses_database()
def deactivate_user(name: str) -> None:
    """Stop NAME from signing in (their history is kept; the last active admin cannot be deactivated)."""
    _change_user(name, users.deactivate, f"deactivated {name}")


@users_group.command("activate")
@click.argument("name")
@uses_database()
def activate_user(name: str) -> None:
    """Let a deactivated NAME sign in again."""
    _change_user(name, users.activate, f"activated {name}")


@users_group.command("unlock")
@click.argument("name")
@uses_database()
def unlock_user(name: str) -> None:
    """Lift NAME's sign-in lock after too many failed attempts."""
    _change_user(name, users.unlock, f"unlocked {name}")


def _change_user(name: str, change: Callable[..., None], done: str) -> None:
    """Apply ``change(session=, user=, by=None)`` to the user NAME and commit; a broken rule is a CLI error."""
    with Session(db.get_engine()) as session:
        user = users.get_user(session=session, username=name)
        if user is None:
            raise click.ClickException(f"no user named {name!r}")
        try:
            change(session=session, user=user, by=None)
        except DomainError as exc:
            raise click.ClickException(exc.message) from None
        session.commit()
    click.echo(done)


def init_app(app: Flask) -> None:
    app.cli.add_command(db_upgrade)
    app.cli.add_command(api_keys)
    app.cli.add_command(model)
    app.cli.add_command(users_group)
