"""Named locks in the database for jobs that must not run twice at once, on any host that shares it.

Retraining reads the active model, trains for minutes and then promotes; two runs at once would both compare with
the same active version and the later promotion would silently win.  A lock row (``job_lock``) makes the second
run stop at once with who holds the lock and since when.  Inserting the row is the atomic step (its name is the
primary key), so this works the same on SQLite and PostgreSQL and across hosts.

A job that dies without releasing leaves its row behind: a lock older than ``stale_after`` is taken over (compared
on the old token, so two takers cannot both win), and ``force_release`` clears one by hand
(``python -m training unlock``).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlmodel import Session, col, delete, update

from service.tables import JobLock, utcnow

MODEL_MAINTENANCE = "model-maintenance"
# Waits (seconds) before trying again to release a lock the database would not let go: a database that failed during
# the job (a restart, a network blip) is often back within seconds, while a lock left behind blocks every later run
# until someone runs unlock or the stale limit (hours) passes.  30 s of waiting, plus what each attempt takes to fail
# (a connect timeout).
RELEASE_RETRY_WAITS = (1.0, 2.0, 4.0, 8.0, 15.0)

log = logging.getLogger(__name__)


class LockLeft(Exception):
    """The job ended but its lock could not be released: the database stayed unavailable."""

    def __init__(self, lock: LockInfo, cause: BaseException) -> None:
        super().__init__(f"{lock.name} (held by {lock.holder}) could not be released: {cause}")
        self.lock = lock


@dataclass(frozen=True)
class LockInfo:
    name: str
    holder: str
    acquired_at: dt.datetime


@dataclass(frozen=True)
class Acquired:
    """A lock this process holds; ``took_over`` names the stale holder it replaced, if any."""

    info: LockInfo
    token: str
    took_over: LockInfo | None = None


class LockBusy(Exception):
    """Another job holds the lock."""

    def __init__(self, held: LockInfo) -> None:
        super().__init__(f"{held.name} is held by {held.holder} since {held.acquired_at.isoformat(timespec='seconds')}")
        self.held = held


def _info(row: JobLock) -> LockInfo:
    return LockInfo(name=row.name, holder=row.holder, acquired_at=row.acquired_at)


def acquire(*, engine: Engine, name: str, holder: str, stale_after: dt.timedelta) -> Acquired:
    """Take the lock ``name`` or raise :class:`LockBusy`; a lock held longer than ``stale_after`` is taken over."""
    token = secrets.token_hex(16)
    for _ in range(3):  # the holder may release between our insert and our read: try again
        now = utcnow()
        with Session(engine) as session:
            session.add(JobLock(name=name, token=token, holder=holder, acquired_at=now))
            try:
                session.commit()
                return Acquired(info=LockInfo(name, holder, now), token=token)
            except IntegrityError:
                session.rollback()
            existing = session.get(JobLock, name)
            if existing is None:
                continue
            held = _info(existing)
            if now - held.acquired_at < stale_after:
                raise LockBusy(held)
            result = session.connection().execute(
                update(JobLock).where(col(JobLock.name) == name, col(JobLock.token) == existing.token)
                .values(token=token, holder=holder, acquired_at=now))
            session.commit()
            if result.rowcount == 1:
                return Acquired(info=LockInfo(name, holder, now), token=token, took_over=held)
    raise LockBusy(LockInfo(name, "another job", utcnow()))


def release(*, engine: Engine, lock: Acquired) -> None:
    """Give the lock back (a no-op if someone has since taken it over as stale)."""
    with Session(engine) as session:
        session.execute(delete(JobLock).where(col(JobLock.name) == lock.info.name, col(JobLock.token) == lock.token))
        session.commit()


@contextmanager
def held(*, engine: Engine, name: str, holder: str, stale_after: dt.timedelta) -> Iterator[Acquired]:
    """``with held(...) as lock:`` run the job while holding ``name``; released however the block ends."""
    lock = acquire(engine=engine, name=name, holder=holder, stale_after=stale_after)
    try:
        yield lock
    finally:
        release_patiently(engine=engine, lock=lock)


def release_patiently(*, engine: Engine, lock: Acquired, waits: Sequence[float] | None = None) -> None:
    """``release``, trying again after each of ``waits`` (``RELEASE_RETRY_WAITS``) while the database is unavailable.

    :raise LockLeft: still unavailable after the last wait.
    """
    for wait in (*(RELEASE_RETRY_WAITS if waits is None else waits), None):
        try:
            release(engine=engine, lock=lock)
            return
        except (OperationalError, InterfaceError) as exc:  # unreachable, dropped: not an error in the statement
            if wait is None:
                raise LockLeft(lock.info, exc.orig or exc) from None
            log.warning("could not release the %s lock (database unavailable); trying again in %.0f s",
                        lock.info.name, wait)
            time.sleep(wait)


def current(*, session: Session, name: str) -> LockInfo | None:
    """Who holds ``name`` now, if anyone."""
    row = session.get(JobLock, name)
    return _info(row) if row is not None else None


def force_release(*, engine: Engine, name: str) -> LockInfo | None:
    """Remove the lock whoever holds it (an operator who knows the holder died); returns what was removed."""
    with Session(engine) as session:
        row = session.get(JobLock, name)
        if row is None:
            return None
        info = _info(row)
        session.execute(delete(JobLock).where(col(JobLock.name) == name, col(JobLock.token) == row.token))
        session.commit()
        return info
