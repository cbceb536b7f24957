"""WSGI entry point: ``gunicorn wsgi:app`` (also what ``flask --app wsgi`` loads)."""

import sys

from service import create_app
from service.cli import DatabaseUnavailable, database_errors
from service.config import Settings
from service.errors import InvalidRules

try:
    # A malformed DISPUTES_DATABASE_URL fails while the app builds its engine, before any command runs:
    # say so in one line and exit 5, like the database commands do.
    with database_errors(Settings().database_url or "sqlite (default)"):
        app = create_app()
except DatabaseUnavailable as exc:
    sys.stderr.write(f"error: {exc.message}\n")
    raise SystemExit(5) from None
except InvalidRules as exc:
    # A broken DISPUTES_RULES_FILE or DISPUTES_HOLIDAYS_FILE: the message names the file and the entry at fault.
    sys.stderr.write(f"error: invalid routing configuration: {exc.message}\n")
    raise SystemExit(2) from None
