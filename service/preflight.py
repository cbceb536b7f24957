"""The configuration checks that stop the app before it serves, and their one-line reports, in one place: for
``wsgi`` (which builds the app), ``python -m training``, and gunicorn (``gunicorn.conf.py`` runs
``python -m service.preflight`` before it starts any worker).

A worker that fails to boot makes gunicorn's master restart it (or, with two failing at once, halt with a traceback of
its own); checking before any worker starts gives one line and one exit code, and no worker is started.
"""

from __future__ import annotations

import sys

from service.cli import DatabaseUnavailable, database_errors
from service.config import InvalidSettings, Settings, load_settings, unknown_variables
from service.errors import InvalidRules
from service.rules import RuleSet

# Exit codes, as the database commands (5) and the other configuration errors (2) use them.
CONFIGURATION_ERROR = 2
DATABASE_ERROR = 5


def describe(exc: BaseException) -> tuple[str, int] | None:
    """The one-line message and exit code for a configuration error that stops the app; ``None`` for anything else."""
    if isinstance(exc, InvalidSettings):
        # A DISPUTES_* value of the wrong type or out of range, or the placeholder secret in production.
        return f"error: invalid settings: {exc.message}", CONFIGURATION_ERROR
    if isinstance(exc, InvalidRules):
        # A broken DISPUTES_RULES_FILE or DISPUTES_HOLIDAYS_FILE: the message names the file and the entry at fault.
        return f"error: invalid routing configuration: {exc.message}", CONFIGURATION_ERROR
    if isinstance(exc, DatabaseUnavailable):
        return f"error: {exc.message}", DATABASE_ERROR
    return None


def report(exc: BaseException) -> int | None:
    """Print ``exc``'s one line to stderr and return its exit code, if it is a configuration error (``describe``)."""
    described = describe(exc)
    if described is None:
        return None
    message, code = described
    sys.stderr.write(message + "\n")
    return code


def routing_rules(settings: Settings) -> RuleSet:
    """The rules the app routes by: the rules file and the holiday calendar the settings name (the packaged ones by
    default), with the settings' overrides.  :raise InvalidRules: naming the file and the entry at fault."""
    from service import periods, rules

    calendar = periods.load_calendar(settings.holidays_file)
    return rules.load_rules(settings.rules_file, calendar=calendar).with_overrides(
        review_threshold=settings.review_threshold, mediation_policy=settings.mediation_policy,
        complexity_threshold=settings.complexity_threshold,
    )


def check_configuration(settings: Settings | None = None) -> None:
    """Everything ``create_app`` validates before it serves, without building the app or connecting anywhere:
    the settings, the secret, the holiday calendar, the rules and the database URL's form.

    :raise InvalidSettings, InvalidRules, DatabaseUnavailable: as ``create_app`` would.
    """
    from service import db

    settings = settings if settings is not None else load_settings()
    settings.check_secrets()
    routing_rules(settings)
    if settings.database_url:
        with database_errors(settings.database_url):
            db.make_engine(settings.database_url).dispose()


def main() -> int:
    """``python -m service.preflight``: check the configuration; print the one-line error and return its exit code."""
    for name in unknown_variables():
        sys.stderr.write(f"warning: {name} names no setting and is ignored (misspelt?)\n")
    try:
        check_configuration()
    except Exception as exc:
        code = report(exc)
        if code is None:
            raise
        return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
