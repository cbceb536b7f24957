"""Workbench users: roles, Argon2 password hashes, sign-in with a lock after repeated failures, and the admin's
changes to accounts (create, reset a password, deactivate and reactivate, lift a lock).

Keyword-only service functions without Flask; the caller owns the transaction.  The command line (service.cli) and
the admin's page (service.web.admin) call the same functions, so both apply the same rules; every change to an
account is logged with who made it (never with a password).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import string
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from service.errors import Conflict, InvalidInput
from service.rules import Destination
from service.tables import User, utcnow

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
MAX_USERNAME_LENGTH = 64  # app_user.username
MAX_DISPLAY_NAME_LENGTH = 100  # app_user.display_name
# Where a mediator's queue can be: not the clerks' review desk, nor the labour arbitration referral (told to apply to
# the commission, nothing is mediated or filed here).
MEDIATION_CENTRES: tuple[str, ...] = tuple(
    d.value for d in Destination if d not in (Destination.clerk_review, Destination.labour_arbitration))


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


def password_problem(password: str) -> str | None:
    """Why ``password`` may not be used for an account (a Chinese sentence), or ``None`` if it may."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"密码至少 {MIN_PASSWORD_LENGTH} 位。"
    return None


def check_new_password(password: str) -> None:
    """:raise InvalidInput: if ``password`` is too short."""
    problem = password_problem(password)
    if problem is not None:
        raise InvalidInput(problem, fields={"password": problem})


def new_user_problems(*, username: str, display_name: str, role: Role, password: str,
                      destination: str | None) -> dict[str, str]:
    """Every rule a new account would break, as {field: Chinese sentence}; empty if there is none.

    A mediator must be bound to one destination (a mediation centre or a trial queue); nobody else may be.
    """
    problems: dict[str, str] = {}
    if not username or len(username) > MAX_USERNAME_LENGTH or any(c.isspace() for c in username):
        problems["username"] = f"用户名须为 1 至 {MAX_USERNAME_LENGTH} 个字符，且不含空格。"
    if not display_name.strip() or len(display_name) > MAX_DISPLAY_NAME_LENGTH:
        problems["display_name"] = f"姓名须为 1 至 {MAX_DISPLAY_NAME_LENGTH} 个字符。"
    password_error = password_problem(password)
    if password_error is not None:
        problems["password"] = password_error
    if role == Role.mediator and destination not in MEDIATION_CENTRES:
        problems["destination"] = "调解员必须指定所属的去向（调解中心或审判队列）。"
    if role != Role.mediator and destination is not None:
        problems["destination"] = "只有调解员绑定去向，其他角色请留空。"
    return problems


def create_user(*, session: Session, username: str, display_name: str, role: Role, password: str,
                destination: str | None = None, by: User | None = None) -> User:
    """Create a user (``by``: the admin who does it; ``None`` for the command line).

    :raise InvalidInput: a rule of ``new_user_problems`` is broken (all of them are reported at once).
    :raise Conflict: the username is taken.
    """
    problems = new_user_problems(username=username, display_name=display_name, role=role, password=password,
                                 destination=destination)
    if problems:
        raise InvalidInput("".join(problems.values()), fields=problems)
    taken = Conflict(f"用户名 {username} 已存在。", fields={"username": "该用户名已被使用。"})
    if "\x00" not in username and _same_name_any_case(session, username):
        raise taken  # the same name in other letter case is the same name (CLERK1 beside clerk1)
    user = User(username=username, display_name=display_name, role=str(role), destination=destination,
                password_hash=hash_password(password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # two admins created the same name at once: the unique index decides; caller rolls back
        raise taken from None
    log.info("user %s created as %s%s by %s", username, role, f" of {destination}" if destination else "",
             _who(by))
    return user


# Letter case is folded for A-Z only, on SQLite and PostgreSQL alike: SQLite's lower() folds nothing else, while
# PostgreSQL's folds every letter, so the database only narrows the candidates and the rule is applied here.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _same_name_any_case(session: Session, username: str) -> list[User]:
    """The users whose name differs from ``username`` at most in the case of its letters A-Z."""
    folded = username.translate(_ASCII_LOWER)
    candidates = session.exec(select(User).where(func.lower(col(User.username)) == func.lower(username))
                              .order_by(col(User.id))).all()
    return [user for user in candidates if user.username.translate(_ASCII_LOWER) == folded]


def get_user(*, session: Session, username: str) -> User | None:
    """The user named exactly ``username``, else the one user whose name differs from it only in the case of its
    letters A-Z (wangli signs in as Wangli; accounts that differ only so, made before this rule, are each found by
    their exact name and by no other spelling)."""
    if "\x00" in username:  # in no username; PostgreSQL refuses to even compare a text holding NUL
        return None
    exact = session.exec(select(User).where(User.username == username)).first()
    if exact is not None:
        return exact
    alike = _same_name_any_case(session, username)
    return alike[0] if len(alike) == 1 else None


def list_users(*, session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.username))).all())


def set_password(*, session: Session, user: User, password: str, by: User | None = None) -> None:
    """Give ``user`` a new password and lift a sign-in lock (``by``: the admin; ``None`` for the command line).

    :raise InvalidInput: the password breaks the rules.
    """
    check_new_password(password)
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    user.session_epoch += 1  # sessions signed in with the old password end
    session.add(user)
    log.info("password of user %s reset by %s", user.username, _who(by))


def deactivate(*, session: Session, user: User, by: User | None) -> None:
    """Stop ``user`` from signing in (their history stays; a signed-in session ends with its next request).

    Nobody may deactivate themself, and at least one active admin must remain.  Concurrent deactivations of the
    last two admins cannot both succeed: PostgreSQL serialises them on the admins' rows, SQLite on its write lock,
    and the remaining admins are counted after the change is written.

    :raise Conflict: ``user`` is ``by``, or the last active admin; the session may then hold the flushed change,
        so the caller must roll back.
    """
    if by is not None and by.id == user.id:
        raise Conflict("不能停用自己的账号。请由另一名管理员操作。")
    if not user.active:
        return
    is_admin = Role(user.role) == Role.admin
    if is_admin:
        _active_admins(session=session, lock=True)  # waits for another admin's deactivation in flight (PostgreSQL)
    user.active = False
    session.add(user)
    session.flush()
    if is_admin and not _active_admins(session=session):
        raise Conflict(f"不能停用 {user.username}：这是最后一名启用的管理员。请先新建或启用另一名管理员。")
    log.info("user %s deactivated by %s", user.username, _who(by))


def activate(*, session: Session, user: User, by: User | None) -> None:
    """Let a deactivated ``user`` sign in again (a lock, if any, runs on)."""
    if user.active:
        return
    user.active = True
    session.add(user)
    log.info("user %s reactivated by %s", user.username, _who(by))


def unlock(*, session: Session, user: User, by: User | None) -> None:
    """Lift the sign-in lock of ``user`` and forget their failed attempts."""
    user.failed_logins, user.locked_until = 0, None
    session.add(user)
    log.info("sign-in lock of user %s lifted by %s", user.username, _who(by))


def _active_admins(*, session: Session, lock: bool = False) -> list[User]:
    query = select(User).where(User.role == str(Role.admin), col(User.active).is_(True)).order_by(col(User.id))
    # FOR UPDATE in one order (by id), so two requests lock the admins' rows one after the other, never crosswise.
    return list(session.exec(query.with_for_update() if lock else query).all())


def _who(by: User | None) -> str:
    return by.username if by is not None else "the command line"


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
            log.warning("user %s locked for %d minutes after %d failed sign-ins", user.username, LOCK_MINUTES,
                        MAX_FAILED_LOGINS)
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
