"""gunicorn reads this file from the working directory (scripts/serve runs it from the repository's root).

``on_starting`` checks the configuration once, before any worker starts: a broken DISPUTES_* value, rules file,
holiday calendar or database URL stops gunicorn with one line and exit code 2 (5 for the database URL).  Without it
each worker failed on its own; gunicorn restarts a worker that exits with any code but its 3 and 4, and halts with a
traceback of its own when two fail at once.

The check runs in a child process, so that the master imports nothing of the project (no scikit-learn, no model
code): its workers, forked on a reload (HUP), then load the code as it is on disk.
"""

import subprocess
import sys
from typing import Any


def on_starting(server: Any) -> None:
    done = subprocess.run([sys.executable, "-m", "service.preflight"], check=False)
    if done.returncode != 0:
        if getattr(server, "pidfile", None) is not None:
            server.pidfile.unlink()  # written before this hook runs: leave no stale pid file behind
        sys.exit(done.returncode)


# gunicorn 25.1+ opens a control socket for `gunicornc` at one path per user ($XDG_RUNTIME_DIR or ~/.gunicorn):
# two instances on one host (a second port, a staging copy) took it over from each other, and stopping one removed
# the other's.  Nothing here uses gunicornc; signals (HUP, TERM) manage the master.
control_socket_disable = True
