"""Workbench users: Argon2 hashes, sign-in with lockout, the ``flask users`` commands."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlmodel import Session

from service import db, users
from service.errors import Conflict, InvalidInput
from service.tables import User
from tests.web_helpers import PASSWORD, csrf_token, make_user


def _session(app: Flask) -> Session:
    return Session(db.get_engine())


def test_password_is_stored_as_argon2_hash(app: Flask) -> None:
    make_user(app, "wang")
    with app.app_context(), _session(app) as session:
        user = users.get_user(session=session, username="wang")
        assert user is not None
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash


def test_authenticate_right_wrong_unknown_inactive(app: Flask) -> None:
    make_user(app, "wang")
    with app.app_context(), _session(app) as session:
        assert users.authenticate(session=session, username="wang", password=PASSWORD) is not None
        assert users.authenticate(session=session, username="wang", password="wrong password") is None
        assert users.authenticate(session=session, username="nobody", password=PASSWORD) is None
        user = users.get_user(session=session, username="wang")
        assert user is not None
        user.active = False
        session.add(user)
        assert users.authenticate(session=session, username="wang", password=PASSWORD) is None


def test_a_username_with_a_nul_character_signs_nobody_in(app: Flask, client: FlaskClient) -> None:
    # Found by fuzzing: PostgreSQL refuses to compare a text holding NUL, and the sign-in form answered 500.
    make_user(app, "wang")
    for username in ("\x00", "wang\x00"):
        response = client.post("/login", data={"username": username, "password": PASSWORD,
                                               "csrf_token": csrf_token(client)})
        assert response.status_code == 401 and "用户名或密码错误" in response.get_data(as_text=True)


def test_account_locks_after_repeated_failures_and_unlocks_later(app: Flask,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    make_user(app, "wang")
    now = dt.datetime(2026, 11, 28, 9, tzinfo=dt.UTC)
    caplog.set_level(logging.INFO, logger="service.users")
    with app.app_context(), _session(app) as session:
        for _ in range(users.MAX_FAILED_LOGINS):
            assert users.authenticate(session=session, username="wang", password="nope", now=now) is None
        # The lock is logged once (for the operator), never the password tried.
        locked = [r for r in caplog.records if r.name == "service.users" and "locked" in r.getMessage()]
        assert len(locked) == 1 and locked[0].levelno == logging.WARNING and "wang" in locked[0].getMessage()
        assert "nope" not in caplog.text
        # Locked: even the right password is refused until the lock runs out.
        assert users.authenticate(session=session, username="wang", password=PASSWORD, now=now) is None
        later = now + dt.timedelta(minutes=users.LOCK_MINUTES, seconds=1)
        user = users.authenticate(session=session, username="wang", password=PASSWORD, now=later)
        assert user is not None and user.failed_logins == 0 and user.locked_until is None


def test_create_user_rules(app: Flask) -> None:
    with app.app_context(), _session(app) as session:
        with pytest.raises(InvalidInput, match="至少"):
            users.create_user(session=session, username="a", display_name="a", role=users.Role.clerk, password="short")
        with pytest.raises(InvalidInput, match="调解员必须指定"):
            users.create_user(session=session, username="m", display_name="m", role=users.Role.mediator,
                              password=PASSWORD)
        with pytest.raises(InvalidInput, match="只有调解员"):
            users.create_user(session=session, username="c", display_name="c", role=users.Role.clerk,
                              password=PASSWORD, destination="labour_mediation")
        with pytest.raises(InvalidInput, match="调解员必须指定"):  # a referral: nothing is mediated there
            users.create_user(session=session, username="m", display_name="m", role=users.Role.mediator,
                              password=PASSWORD, destination="labour_arbitration")
        users.create_user(session=session, username="c", display_name="c", role=users.Role.clerk, password=PASSWORD)
        for taken in ("c", "C"):  # a name differing only in letter case is the same name (workbench review)
            with pytest.raises(Conflict):
                users.create_user(session=session, username=taken, display_name="c", role=users.Role.admin,
                                  password=PASSWORD)


def test_a_username_signs_in_in_any_letter_case(app: Flask) -> None:
    make_user(app, "Clerk1")
    make_user(app, "ÄRGER")  # a capital outside A-Z, and a full-width name as a Chinese input method types it
    make_user(app, "ＷＡＮＧ")
    with app.app_context(), _session(app) as session:
        for typed in ("Clerk1", "clerk1", "CLERK1"):
            user = users.authenticate(session=session, username=typed, password=PASSWORD)
            assert user is not None and user.username == "Clerk1", typed
        for name in ("ÄRGER", "ＷＡＮＧ"):  # found by their exact names on SQLite and PostgreSQL alike (code review)
            user = users.authenticate(session=session, username=name, password=PASSWORD)
            assert user is not None and user.username == name
        # Only A-Z fold, on both databases (PostgreSQL's lower() folds Ä too): ärger is another name (second review).
        assert users.get_user(session=session, username="ärger") is None
        found = users.get_user(session=session, username="Ärger")  # only R, G, E, R folded: the same name
        assert found is not None and found.username == "ÄRGER"
        created = users.create_user(session=session, username="ärger", display_name="ä", role=users.Role.clerk,
                                    password=PASSWORD)
        assert created.username == "ärger"


def test_accounts_that_differ_only_in_case_from_before_are_each_found_by_their_own_name(app: Flask) -> None:
    """Made before names were compared in any case: each is found by its exact name, neither by a third spelling
    (code review: deactivating CLERK1 deactivated clerk1)."""
    with app.app_context(), _session(app) as session:
        for name in ("clerk1", "CLERK1"):
            session.add(User(username=name, display_name=name, role="clerk",
                             password_hash=users.hash_password(PASSWORD)))
        session.commit()
        for name in ("clerk1", "CLERK1"):
            found = users.get_user(session=session, username=name)
            assert found is not None and found.username == name
        assert users.get_user(session=session, username="Clerk1") is None


def test_cli_create_list_set_password_deactivate(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["users", "create", "li", "--role", "mediator", "--destination",
                                 "labour_mediation", "--display-name", "李调解员", "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    # Without --password the password is asked for (twice), never echoed.
    result = runner.invoke(args=["users", "create", "zhao", "--role", "clerk"], input="pass-word-1\npass-word-1\n")
    assert result.exit_code == 0, result.output
    assert "pass-word-1" not in result.output
    result = runner.invoke(args=["users", "create", "zhao", "--role", "clerk", "--password", PASSWORD])
    assert result.exit_code != 0 and "已存在" in result.output
    listing = runner.invoke(args=["users", "list"]).output
    assert "li\t李调解员\tmediator\tlabour_mediation\tactive" in listing
    assert runner.invoke(args=["users", "set-password", "zhao", "--password", "new-password-2"]).exit_code == 0
    assert runner.invoke(args=["users", "deactivate", "zhao"]).exit_code == 0
    with app.app_context(), _session(app) as session:
        assert users.authenticate(session=session, username="zhao", password="new-password-2") is None
        user = session.get(User, users.get_user(session=session, username="zhao").id)  # type: ignore[union-attr]
        assert user is not None and not user.active and user.password_hash.startswith("$argon2id$")


def test_cli_activate_and_unlock(app: Flask, runner: FlaskCliRunner) -> None:
    make_user(app, "zhao", "clerk")
    assert runner.invoke(args=["users", "deactivate", "zhao"]).exit_code == 0
    result = runner.invoke(args=["users", "activate", "zhao"])
    assert result.exit_code == 0 and "activated zhao" in result.output
    with app.app_context(), _session(app) as session:
        for _ in range(users.MAX_FAILED_LOGINS):  # lock the account through real failed sign-ins
            assert users.authenticate(session=session, username="zhao", password="wrong-password") is None
        session.commit()
        assert users.authenticate(session=session, username="zhao", password=PASSWORD) is None  # locked
    result = runner.invoke(args=["users", "unlock", "zhao"])
    assert result.exit_code == 0 and "unlocked zhao" in result.output
    with app.app_context(), _session(app) as session:
        assert users.authenticate(session=session, username="zhao", password=PASSWORD) is not None
    missing = runner.invoke(args=["users", "unlock", "nobody"])
    assert missing.exit_code != 0 and "no user named 'nobody'" in missing.output


def test_signing_out_ends_every_copy_of_the_session(app: Flask, client: FlaskClient) -> None:
    """The session is a signed cookie: before, a copy taken before 退出 still opened the workbench (smoke test). Now
    signing out moves the user's session epoch on, and a new password does the same."""
    from tests.web_helpers import post_form, sign_in

    make_user(app, "wang", "clerk")
    sign_in(client, "wang")
    name = app.config["SESSION_COOKIE_NAME"]
    copied = client.get_cookie(name)
    assert copied is not None and client.get("/dashboard").status_code == 200
    assert post_form(client, "/logout", {}, "/dashboard").status_code == 302
    thief = app.test_client()
    thief.set_cookie(name, copied.value)
    assert thief.get("/dashboard").status_code == 302  # to the sign-in page
    # A password reset ends the sessions signed in with the old one.
    sign_in(client, "wang")
    assert client.get("/dashboard").status_code == 200
    with app.app_context(), Session(db.get_engine()) as session:
        user = users.get_user(session=session, username="wang")
        assert user is not None
        users.set_password(session=session, user=user, password="a-new-long-password-2026")
        session.commit()
    assert client.get("/dashboard").status_code == 302


def test_the_sign_in_page_sends_a_signed_in_clerk_on(app: Flask, client: FlaskClient) -> None:
    from tests.web_helpers import sign_in

    make_user(app, "wang", "clerk")
    assert client.get("/login").status_code == 200
    sign_in(client, "wang")
    assert client.get("/login").headers["Location"] == "/"
    assert client.get("/login?next=/queues").headers["Location"] == "/queues"
    assert client.get("/login?next=https://evil.example/").headers["Location"] == "/"
