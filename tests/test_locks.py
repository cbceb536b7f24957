"""The job lock that keeps two retrains (or a retrain and a rollback) from overlapping on any host, on SQLite and
PostgreSQL: one holder at a time, a clear refusal naming the holder, takeover of a dead run's lock, manual unlock."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from service import db, locks, registry
from service.tables import JobLock, ModelVersion
from tests.helpers import writable_copy
from training.__main__ import main as training_main

ROOT = Path(__file__).resolve().parent.parent

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def model_dir(model_dir: Path, tmp_path: Path) -> Path:
    """A copy of the session's tiny model, so a run that wrongly went ahead could not touch the shared one."""
    return writable_copy(model_dir, tmp_path)


@pytest.fixture
def engine(app: Flask) -> Engine:
    with app.app_context():
        return db.get_engine()


def _current(engine: Engine, name: str) -> locks.LockInfo | None:
    with Session(engine) as session:
        return locks.current(session=session, name=name)


def _backdate(engine: Engine, name: str, by: dt.timedelta) -> None:
    with Session(engine) as session:
        row = session.get(JobLock, name)
        assert row is not None
        row.acquired_at -= by
        session.add(row)
        session.commit()


def test_one_holder_at_a_time_and_the_refusal_names_it(engine: Engine) -> None:
    first = locks.acquire(engine=engine, name="job", holder="clerk@host-a", stale_after=HOUR)
    with pytest.raises(locks.LockBusy) as refused:
        locks.acquire(engine=engine, name="job", holder="clerk@host-b", stale_after=HOUR)
    assert refused.value.held.holder == "clerk@host-a"
    assert refused.value.held.acquired_at == first.info.acquired_at
    other = locks.acquire(engine=engine, name="other-job", holder="x", stale_after=HOUR)  # names are independent
    locks.release(engine=engine, lock=first)
    again = locks.acquire(engine=engine, name="job", holder="clerk@host-b", stale_after=HOUR)
    assert again.took_over is None
    assert _current(engine, "job") == again.info
    locks.release(engine=engine, lock=again)
    locks.release(engine=engine, lock=other)
    assert _current(engine, "job") is None


def test_the_context_manager_releases_when_the_job_fails(engine: Engine) -> None:
    with pytest.raises(RuntimeError), locks.held(engine=engine, name="job", holder="a", stale_after=HOUR):
        raise RuntimeError("training crashed")
    assert _current(engine, "job") is None


def test_a_lock_the_database_would_not_let_go_is_released_when_it_is_back(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Operator review, 2026-11-29: the database dropped during a retrain; the run ended with exit 5 but left its lock,
    and every later run was refused for hours.  The release is tried again while the database comes back."""
    real_release = locks.release
    failures = iter([True, True])

    def flaky(*, engine: Engine, lock: locks.Acquired) -> None:
        if next(failures, False):
            raise OperationalError("DELETE", {}, Exception("connection refused"))
        real_release(engine=engine, lock=lock)

    monkeypatch.setattr(locks, "release", flaky)
    lock = locks.acquire(engine=engine, name="job", holder="a", stale_after=HOUR)
    locks.release_patiently(engine=engine, lock=lock, waits=(0.0, 0.0, 0.0))
    assert locks.acquire(engine=engine, name="job", holder="b", stale_after=HOUR).took_over is None


def test_a_lock_left_behind_is_said_with_the_way_out(app: Flask, engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def gone(*, engine: Engine, lock: locks.Acquired) -> None:
        raise OperationalError("DELETE", {}, Exception("connection refused"))

    monkeypatch.setattr(locks, "release", gone)
    monkeypatch.setattr(locks, "RELEASE_RETRY_WAITS", (0.0,))
    with app.app_context():
        code = training_main(["rollback"], engine=engine)
    err = capsys.readouterr().err
    assert code == 5 and "could not be released" in err and "python -m training unlock" in err, err


def test_a_stale_lock_is_taken_over_and_its_old_holder_cannot_release_the_new_one(engine: Engine) -> None:
    dead = locks.acquire(engine=engine, name="job", holder="dead@host", stale_after=HOUR)
    _backdate(engine, "job", 2 * HOUR)
    fresh = locks.acquire(engine=engine, name="job", holder="alive@host", stale_after=HOUR)
    assert fresh.took_over is not None and fresh.took_over.holder == "dead@host"
    locks.release(engine=engine, lock=dead)  # the dead run waking up must not free the new holder's lock
    held = _current(engine, "job")
    assert held is not None and held.holder == "alive@host"
    locks.release(engine=engine, lock=fresh)


def test_concurrent_takers_get_exactly_one_lock(engine: Engine) -> None:
    results: list[Any] = []
    barrier = threading.Barrier(6)

    def take(i: int) -> None:
        barrier.wait()
        try:
            results.append(locks.acquire(engine=engine, name="job", holder=f"worker-{i}", stale_after=HOUR))
        except locks.LockBusy as exc:
            results.append(exc)

    threads = [threading.Thread(target=take, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [r for r in results if isinstance(r, locks.Acquired)]
    assert len(won) == 1 and len(results) == 6
    assert all(r.held.holder == won[0].info.holder for r in results if isinstance(r, locks.LockBusy))


def _train(app: Flask, *args: str) -> int:
    with app.app_context():
        return training_main(list(args), engine=db.get_engine())


def test_retrain_and_rollback_refuse_while_another_run_holds_the_lock(
        app: Flask, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    model_dir = str(app.extensions["settings"].model_dir)
    versions_before = (model_dir, sorted(p.name for p in Path(model_dir).iterdir()))
    lock = locks.acquire(engine=engine, name=locks.MODEL_MAINTENANCE, holder="data@host-b", stale_after=HOUR)
    assert _train(app, "retrain", "--out", model_dir, "--no-corpus", "--by", "tester") == 4
    err = capsys.readouterr().err
    assert "data@host-b" in err and "python -m training unlock" in err
    assert _train(app, "rollback", "--out", model_dir, "--by", "tester") == 4
    with Session(engine) as session:
        assert session.exec(select(ModelVersion)).all() == []  # nothing trained, registered or activated
        assert registry.get_active(session=session) is None
    assert (model_dir, sorted(p.name for p in Path(model_dir).iterdir())) == versions_before
    held = _current(engine, locks.MODEL_MAINTENANCE)
    assert held is not None and held.holder == "data@host-b"  # the refused runs did not release someone else's lock
    locks.release(engine=engine, lock=lock)


def test_unlock_clears_a_dead_runs_lock_and_says_whose_it_was(app: Flask, engine: Engine,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    locks.acquire(engine=engine, name=locks.MODEL_MAINTENANCE, holder="data@host-b", stale_after=HOUR)
    assert _train(app, "unlock") == 0
    assert "data@host-b" in capsys.readouterr().out
    assert _current(engine, locks.MODEL_MAINTENANCE) is None
    assert _train(app, "unlock") == 0
    assert "no retrain or rollback lock" in capsys.readouterr().out


def test_flask_model_unlock(app: Flask, engine: Engine) -> None:
    locks.acquire(engine=engine, name=locks.MODEL_MAINTENANCE, holder="data@host-b", stale_after=HOUR)
    result = app.test_cli_runner().invoke(args=["model", "unlock"])
    assert result.exit_code == 0, result.output
    assert "data@host-b" in result.output
    assert _current(engine, locks.MODEL_MAINTENANCE) is None


def test_the_models_endpoint_and_the_dashboard_show_a_running_retrain(
        app: Flask, engine: Engine, client: FlaskClient, make_key: Callable[..., dict[str, str]]) -> None:
    from tests.web_helpers import make_user, sign_in

    headers = make_key("read")
    assert client.get("/api/v1/models", headers=headers).get_json()["running"] is None
    lock = locks.acquire(engine=engine, name=locks.MODEL_MAINTENANCE, holder="data@host-b", stale_after=HOUR)
    running = client.get("/api/v1/models", headers=headers).get_json()["running"]
    assert running["holder"] == "data@host-b"
    assert dt.datetime.fromisoformat(running["started_at"]) == lock.info.acquired_at
    make_user(app, "root", "admin")
    sign_in(client, "root")
    page = client.get("/dashboard").get_data(as_text=True)
    notice = page[page.index('id="retrain-running"'):].split("</p>")[0]
    started = lock.info.acquired_at.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    assert "data@host-b" in notice and started in notice  # in the court's time (UTC+8), as everywhere on the page
    locks.release(engine=engine, lock=lock)
    assert 'id="retrain-running"' not in client.get("/dashboard").get_data(as_text=True)


@pytest.mark.slow
def test_a_retrain_stopped_with_sigterm_releases_its_lock(model_dir: Path, tmp_path: Path) -> None:
    """A supervisor's SIGTERM (or ``kill``) ends the run like Ctrl+C: the lock goes with it, so the next retrain or
    rollback is not refused until someone runs ``unlock`` (operator review)."""
    url = f"sqlite:///{tmp_path / 'retrain.sqlite'}"
    db.upgrade(url)
    env = {**os.environ, "DISPUTES_DATABASE_URL": url, "DISPUTES_MODEL_DIR": str(model_dir),
           "DISPUTES_ENVIRONMENT": "test"}
    run = subprocess.Popen([sys.executable, "-m", "training", "retrain", "--by", "night-job"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    engine = db.make_engine(url)
    try:
        deadline = time.monotonic() + 60
        while _current(engine, locks.MODEL_MAINTENANCE) is None:  # training the shipped corpus takes seconds
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.05)
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=60)
        assert run.returncode == 128 + signal.SIGTERM, err
        assert _current(engine, locks.MODEL_MAINTENANCE) is None
    finally:
        if run.poll() is None:
            run.kill()
        engine.dispose()
