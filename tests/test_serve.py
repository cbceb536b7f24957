"""End to end: ``scripts/serve`` migrates once, starts gunicorn workers, and the API answers over HTTP."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlmodel import Session

from service import create_app, db, registry
from service.config import Settings
from service.registry import ActivationKind
from service.tables import ModelVersion

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str, headers: dict[str, str] | None = None, body: dict[str, object] | None = None
         ) -> tuple[int, dict[str, object]]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.slow
def test_serve_script(tmp_path: Path, model_dir: Path) -> None:
    port = _free_port()
    # Its own runtime directory: gunicorn 25.1+ would put its control socket there (operator review: two instances
    # on one host shared ~/.gunicorn/gunicorn.ctl); gunicorn.conf.py turns the socket off.
    runtime = tmp_path / "run"
    runtime.mkdir()
    env = {**os.environ, "PYTHON": sys.executable, "BIND": f"127.0.0.1:{port}", "WORKERS": "2",
           "DISPUTES_DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite'}", "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_ENVIRONMENT": "test", "XDG_RUNTIME_DIR": str(runtime)}
    access_log = tmp_path / "access.log"
    with access_log.open("wb") as log:
        server = subprocess.Popen([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=env, stdout=log,
                                  stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(f"{base}/ready")
                break
            except OSError:  # refused, or a worker still starting answered too slowly (TimeoutError): poll again
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        assert status == 200, body
        assert list(runtime.iterdir()) == []  # no control socket
        created = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "api-keys", "create", "e2e",
                                  "--scopes", "submit,read"], cwd=ROOT, env=env, capture_output=True, text=True,
                                 timeout=120, check=True)
        auth = {"Authorization": f"Bearer {created.stdout.strip().splitlines()[-1]}"}
        assert _get(f"{base}/cases", body={"text": "老板拖欠工资"})[0] == 401
        status, case = _get(f"{base}/cases", auth, {"text": "老板拖欠我三个月工资共15000元"})
        assert status == 201, case
        assert _get(f"{base}/cases/{case['id']}", auth)[1]["id"] == case["id"]
        # A search string (a name, a phone number) never reaches the access log; the path does.
        searched = {"Referer": "http://x/queues?q=%E5%BC%A0%E4%B8%89"}
        assert _get(f"{base}/ready?q=13912345678", headers=searched)[0] == 200
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    logged = access_log.read_text(encoding="utf-8")
    assert f'"GET /api/v1/cases/{case["id"]} HTTP/1.1" 200' in logged
    assert '"GET /api/v1/ready HTTP/1.1" 200' in logged
    # Each access line ends with the request's id, the one its application log lines and its response carry.
    assert re.search(rf'"GET /api/v1/cases/{case["id"]} HTTP/1.1" 200 .* [0-9a-f]{{32}}$', logged, re.MULTILINE)
    assert "13912345678" not in logged and "%E5%BC%A0" not in logged and "q=" not in logged


def test_serve_stops_on_an_unreadable_model_directory_instead_of_training(tmp_path: Path) -> None:
    """A CURRENT that cannot be read (here a directory) is a failure to report, not 'no model': serve must not train
    over it (code review: any traceback exited 1, which meant 'train')."""
    models = tmp_path / "models"
    (models / "CURRENT").mkdir(parents=True)
    url = f"sqlite:///{tmp_path / 'served.sqlite'}"
    env = {**os.environ, "PYTHON": sys.executable, "BIND": f"127.0.0.1:{_free_port()}", "DISPUTES_DATABASE_URL": url,
           "DISPUTES_MODEL_DIR": str(models), "DISPUTES_MODEL_SOURCE": "file", "DISPUTES_ENVIRONMENT": "test"}
    served = subprocess.run([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert served.returncode not in (0, 10), served.stderr
    assert "training one" not in served.stderr and "IsADirectoryError" in served.stderr
    assert sorted(p.name for p in models.iterdir()) == ["CURRENT"]  # nothing trained


def test_serve_stops_when_the_active_versions_files_are_gone(tmp_path: Path, model_dir: Path) -> None:
    """The registry names a version this host's model directory lacks (a volume not mounted, a directory deleted):
    serve says so and stops instead of training a model the workers would never serve (operator review)."""
    models = tmp_path / "models"
    shutil.copytree(model_dir, models)
    url = f"sqlite:///{tmp_path / 'served.sqlite'}"
    db.upgrade(url)
    app = create_app(Settings(database_url=url, model_dir=models, environment="test"))
    gone = "20990101-000000-elsewhere"
    with app.app_context(), Session(db.get_engine()) as session:
        registry.register(session=session, version=ModelVersion(
            version=gone, trained_by="t", data_hash="", counts={}, details={}, evaluation={}, decision={}))
        registry.activate(session=session, version=gone, actor="t", kind=ActivationKind.promote)
        session.commit()
    app.extensions["db_engine"].dispose()
    before = sorted(p.name for p in models.iterdir())
    env = {**os.environ, "PYTHON": sys.executable, "BIND": f"127.0.0.1:{_free_port()}", "DISPUTES_DATABASE_URL": url,
           "DISPUTES_MODEL_DIR": str(models), "DISPUTES_ENVIRONMENT": "test"}
    served = subprocess.run([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert served.returncode == 3, served.stderr
    assert f"the active model version {gone} is not in {models}" in served.stderr
    assert "python -m training rollback" in served.stderr and "training one" not in served.stderr
    assert sorted(p.name for p in models.iterdir()) == before  # nothing trained
