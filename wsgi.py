"""WSGI entry point: ``gunicorn wsgi:app`` (also what ``flask --app wsgi`` loads)."""

import sys

from service import create_app
from service.cli import database_errors
from service.config import load_settings
from service.preflight import report

# gunicorn restarts a worker that exits with any code but its own 3 (worker boot error) and 4 (app load error), so a
# configuration error that stops the app with 2 or 5 would make its master start workers forever, port open and
# nothing served.  gunicorn.conf.py checks the configuration in the master before any worker starts; a worker that
# fails anyway (gunicorn started without that file, or the file changed in between) stops with 4, and the master then
# exits ("App failed to load") with the one-line error above it.  Other callers (flask --app wsgi) keep 2 and 5.
GUNICORN_APP_LOAD_ERROR = 4


def _stop(code: int) -> SystemExit:
    return SystemExit(GUNICORN_APP_LOAD_ERROR if "gunicorn.arbiter" in sys.modules else code)


try:
    settings = load_settings()
    # A malformed DISPUTES_DATABASE_URL fails while the app builds its engine, before any command runs.
    with database_errors(settings.database_url or "sqlite (default)"):
        app = create_app(settings)
except Exception as exc:  # a configuration error is one line and an exit code; anything else stays a traceback
    code = report(exc)
    if code is None:
        raise
    raise _stop(code) from None
