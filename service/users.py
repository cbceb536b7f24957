"""Workbench users: roles, Argon2 password hashes, sign-in with a lock after repeated failures.

Keyword-only service functions without Flask; the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from service.errors import Conflict, InvalidInput
from service.rules import Destination
from service.tables import User, utcnow

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
MEDIATION_CENTRES: tuple[str, ...] = tuple(d.value for d in Destination if d != Destination.clerk_review)


class Role(StrEnum):
    clerk = "clerk"  # 诉讼服务中心书记员: intake, all queues, corrections
    mediator = "mediator"  # 调解员: the queue of one destination
    admin = "admin"  # everything, and the model section of the dashboard


ROLE_NAMES: dict[Role, str] = {Role.clerk: "立案书记员", Role.mediator: "调解员", Role.admin: "管理员"}


def _hasher() -> PasswordHasher:
    # argon2-cffi's defaults follow RFC 9106's second recommended profile.
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_new_password(password: str) -> None:
    """:raise InvalidInput: if ``password`` is too short."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"密码至少 {MIN_PASSWORD_LENGTH} 位。",
                           fields={"password": f"至少 {MIN_PASSWORD_LENGTH} 位"})


def create_user(*, session: Session, username: str, display_name: str, role: Role, password: str,
                destination: str | None = None) -> User:
    """Create a user.  A mediator must be bound to one destination; others must not be.

    :raise InvalidInput: bad password or destination.  :raise Conflict: the username is taken.
    """
    check_new_password(password)
    if role == Role.mediator and destination not in MEDIATION_CENTRES:
        raise InvalidInput("调解员必须指定所属的去向（调解中心或审判队列）。",
                           fields={"destination": "、".join(MEDIATION_CENTRES)})
    if role != Role.mediator and destination is not None:
        raise InvalidInput("只有调解员绑定去向。", fields={"destination": "仅限调解员"})
    if get_user(session=session, username=username) is not None:
        raise Conflict(f"用户名 {username} 已存在。", fields={"username": username})
    user = User(username=username, display_name=display_name, role=str(role), destination=destination,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def get_user(*, session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username)).first()


def list_users(*, session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.username))).all())


def set_password(*, session: Session, user: User, password: str) -> None:
    check_new_password(password)
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    session.add(user)


def authenticate(*, session: Session, username: str, password: str, now: dt.datetime | None = None) -> User | None:
    """The active user ``username`` if ``password`` is right, else ``None``.

    Each wrong password counts; after ``MAX_FAILED_LOGINS`` in a row the account is locked for ``LOCK_MINUTES``
    (even the right password is refused meanwhile).  An unknown username still costs one hash verification, so the
    answer time does not tell which usernames exist.
    """
    now = now or utcnow()
    user = get_user(session=session, username=username)
    if user is None or not user.active:
        _verify(_dummy_hash(), password)
        return None
    if user.locked_until is not None and user.locked_until > now:
        return None
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until, user.failed_logins = now + dt.timedelta(minutes=LOCK_MINUTES), 0
        session.add(user)
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    session.add(user)
    return user


def is_locked(user: User | None, now: dt.datetime | None = None) -> bool:
    return user is not None and user.locked_until is not None and user.locked_until > (now or utcnow())


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown users; computed once per process (read-only afterwards)."""
    return hash_password("not a password of anyone")
