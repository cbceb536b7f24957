"""WSGI entry point: ``gunicorn wsgi:app`` (also what ``flask --app wsgi`` loads)."""

import sys

from service import create_app
from service.cli import DatabaseUnavailable, database_errors
from service.config import InvalidSettings, load_settings
from service.errors import InvalidRules

# gunicorn restarts a worker that exits with any code but its own 3 (worker boot error) and 4 (app load error), so a
# configuration error that stops the app with 2 or 5 would make its master start workers forever, port open and
# nothing served.  Under gunicorn the app stops with 4 instead: the master then exits ("App failed to load"), with the
# one-line error above it.  Other callers (flask --app wsgi) keep 2 and 5.
GUNICORN_APP_LOAD_ERROR = 4


def _stop(code: int) -> SystemExit:
    return SystemExit(GUNICORN_APP_LOAD_ERROR if "gunicorn.arbiter" in sys.modules else code)


try:
    settings = load_settings()
    # A malformed DISPUTES_DATABASE_URL fails while the app builds its engine, before any command runs:
    # say so in one line and exit 5, like the database commands do.
    with database_errors(settings.database_url or "sqlite (default)"):
        app = create_app(settings)
except InvalidSettings as exc:
    # A DISPUTES_* value of the wrong type or out of range, or the placeholder secret in production.
    sys.stderr.write(f"error: invalid settings: {exc.message}\n")
    raise _stop(2) from None
except DatabaseUnavailable as exc:
    sys.stderr.write(f"error: {exc.message}\n")
    raise _stop(5) from None
except InvalidRules as exc:
    # A broken DISPUTES_RULES_FILE or DISPUTES_HOLIDAYS_FILE: the message names the file and the entry at fault.
    sys.stderr.write(f"error: invalid routing configuration: {exc.message}\n")
    raise _stop(2) from None
