"""gunicorn reads this file from the working directory (scripts/serve runs it from the repository's root).

``on_starting`` checks the configuration once in the master, before any worker starts: a broken DISPUTES_* value,
rules file, holiday calendar or database URL stops gunicorn with one line and exit code 2 (5 for the database URL).
Without it each worker failed on its own; gunicorn restarts a worker that exits with any code but its 3 and 4, and
halts with a traceback of its own when two fail at once.
"""

import sys

from service.preflight import check_configuration, describe


def on_starting(server: object) -> None:
    try:
        check_configuration()
    except Exception as exc:
        described = describe(exc)
        if described is None:
            raise
        message, code = described
        sys.stderr.write(message + "\n")
        sys.exit(code)
