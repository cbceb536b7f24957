"""Hot swap across hosts: two gunicorn instances (two workers each) on one PostgreSQL database and one model
directory.  A promotion in the registry reaches every worker within the check interval, with no failed or torn
request; a version that fails to load is reported and the workers keep serving the one they have."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session

from service import db, registry
from service.registry import ActivationKind
from service.tables import ModelVersion
from tests.conftest import throwaway_postgres
from tests.helpers import TINY, train_tiny
from training.data import read_jsonl
from training.publish import save_version
from training.train import train_model

ROOT = Path(__file__).resolve().parent.parent
CHECK_SECONDS = 1.0
# A worker notices within CHECK_SECONDS of its next request, then loads the artifact (well under a second here).
SWAP_DEADLINE_S = 6.0

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@pytest.fixture
def shared_database() -> Iterator[str]:
    """A throwaway PostgreSQL database of its own (the two instances play two hosts sharing it)."""
    with throwaway_postgres("mr_swap") as url:
        yield url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _call(url: str, body: dict[str, str] | None = None) -> tuple[int, dict[str, object]]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@dataclass(frozen=True)
class Answer:
    port: int
    started: float
    status: int
    version: str | None


class Hammer:
    """Threads posting /classify to every instance until stopped, recording each answer."""

    def __init__(self, ports: list[int], threads_per_port: int = 2) -> None:
        self.answers: list[Answer] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(port,), daemon=True)
                         for port in ports for _ in range(threads_per_port)]

    def _run(self, port: int) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                status, body = _call(f"http://127.0.0.1:{port}/api/v1/classify", {"text": "老板拖欠我三个月工资不给"})
            except (OSError, ValueError) as exc:  # a refused connection or a torn response is a failure too
                with self._lock:
                    self.errors.append(f"{port}: {exc!r}")
                continue
            prediction = body.get("prediction")
            version = prediction.get("model_version") if isinstance(prediction, dict) else None
            with self._lock:
                self.answers.append(Answer(port, started, status, version))

    def __enter__(self) -> Hammer:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=15)

    def since(self, moment: float) -> list[Answer]:
        with self._lock:
            return [a for a in self.answers if a.started >= moment]


def _start(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
                             "wsgi:app"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _wait_ready(port: int, deadline: float) -> None:
    while True:
        try:
            if _call(f"http://127.0.0.1:{port}/ready")[0] == 200:
                return
        except OSError:  # refused, or a worker still starting answered too slowly (TimeoutError): poll again
            pass
        assert time.monotonic() < deadline, f"instance on {port} did not become ready"
        time.sleep(0.2)


def _wait_until(condition: object, deadline_s: float) -> bool:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def _register(url: str, version: str, *, activate: bool) -> None:
    engine = db.make_engine(url)
    with Session(engine) as session:
        if registry.get_version(session=session, version=version) is None:
            registry.register(session=session, version=ModelVersion(
                version=version, trained_by="test", data_hash="", counts={}, details={}, evaluation={}, decision={}))
        if activate:
            registry.activate(session=session, version=version, actor="test", kind=ActivationKind.promote)
        session.commit()
    engine.dispose()


def test_promotion_reaches_every_worker_on_every_instance(shared_database: str, tmp_path: Path) -> None:
    model_dir = tmp_path / "models"
    old = train_tiny(model_dir)
    pipeline, metadata = train_model(read_jsonl(TINY)[:-2], holdout=False)  # other data: another version
    new = str(metadata["version"])
    save_version(model_dir, new, pipeline, metadata)
    _register(shared_database, old, activate=True)
    _register(shared_database, new, activate=False)

    env = {**os.environ, "DISPUTES_DATABASE_URL": shared_database, "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_MODEL_CHECK_SECONDS": str(CHECK_SECONDS), "DISPUTES_ENVIRONMENT": "test"}
    ports = [_free_port(), _free_port()]
    servers = [_start(port, env) for port in ports]
    try:
        for port in ports:
            _wait_ready(port, time.monotonic() + 60)
        with Hammer(ports) as hammer:
            time.sleep(1.5)
            assert {a.version for a in hammer.since(0)} == {old}

            promoted_at = time.monotonic()
            _register(shared_database, new, activate=True)
            assert _wait_until(lambda: _settled(hammer, ports, new), SWAP_DEADLINE_S + 2), \
                "not every instance answered with the promoted version in time"
            time.sleep(max(0.0, promoted_at + SWAP_DEADLINE_S + 1.0 - time.monotonic()))
            late = hammer.since(promoted_at + SWAP_DEADLINE_S)
            last_old = max((a.started for a in hammer.since(promoted_at) if a.version == old), default=promoted_at)
            print(f"last answer by the old version {last_old - promoted_at:.2f} s after the promotion")  # noqa: T201
            assert late and {a.version for a in late} == {new}, "an instance still answered with the old version"

            # A version whose files do not load: reported, and the workers keep serving the promoted one.
            broken = "20991231-000000-broken"
            (model_dir / broken).mkdir()
            (model_dir / broken / "model.skops").write_bytes(b"not a zip file")
            (model_dir / broken / "metadata.json").write_text("{}", encoding="utf-8")
            broken_at = time.monotonic()
            _register(shared_database, broken, activate=True)
            time.sleep(3 * CHECK_SECONDS + 1)
        after = [a for a in hammer.answers if a.started >= broken_at]
        assert after and {a.version for a in after} == {new}

        answers = hammer.answers
        assert not hammer.errors, hammer.errors[:5]
        assert answers and all(a.status == 200 for a in answers), [a for a in answers if a.status != 200][:5]
        assert {a.version for a in answers} == {old, new}  # each answer names exactly one of the two versions
        assert {a.port for a in answers} == set(ports)
        for port in ports:  # every worker has checked by now; ask each instance several times (both workers)
            for _ in range(6):
                status, ready = _call(f"http://127.0.0.1:{port}/ready")
                model = ready["checks"]["model"]  # type: ignore[index]
                assert status == 200 and model["version"] == new and model["active_version"] == broken
                assert broken in model["last_error"]
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)


def _settled(hammer: Hammer, ports: list[int], version: str) -> bool:
    """Both instances answered with ``version`` for the last second (with both workers busy)."""
    recent = hammer.since(time.monotonic() - 1.0)
    return {a.port for a in recent} == set(ports) and {a.version for a in recent} == {version}
