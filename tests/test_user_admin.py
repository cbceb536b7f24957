"""The admin's user management (/admin/users) and the service functions behind it, shared with ``flask users``.

Every test runs on SQLite and on PostgreSQL (the ``database_url`` fixture)."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlmodel import Session, col, select

from service import db, users
from service.errors import Conflict
from service.tables import User
from service.web.views import local_time
from tests.web_helpers import PASSWORD, csrf_token, make_user, post_form, sign_in

PAGE = "/admin/users"
NEW_PASSWORD = "lanzhou-2026-new"
NEW_USER = {"username": "zhao", "display_name": "赵书记员", "role": "clerk", "destination": "",
            "password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD}


@pytest.fixture
def admin(app: Flask, client: FlaskClient) -> FlaskClient:
    make_user(app, "root", "admin", display_name="管理员甲")
    sign_in(client, "root")
    return client


def _user(app: Flask, username: str) -> User:
    with app.app_context(), Session(db.get_engine()) as session:
        user = users.get_user(session=session, username=username)
        assert user is not None, username
        session.expunge(user)
        return user


def _id(app: Flask, username: str) -> int:
    user_id = _user(app, username).id
    assert user_id is not None
    return user_id


def _usernames(app: Flask) -> list[str]:
    with app.app_context(), Session(db.get_engine()) as session:
        return list(session.exec(select(User.username).order_by(col(User.username))).all())


def _can_sign_in(app: Flask, username: str, password: str) -> bool:
    """Signs in with a fresh client (a browser of its own), as the user would."""
    client = app.test_client()
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": csrf_token(client)})
    return response.status_code == 302


def _post(client: FlaskClient, path: str, data: dict[str, object] | None = None):  # noqa: ANN202
    return post_form(client, path, data or {}, PAGE)


def _centre_name(app: Flask, destination: str) -> str:
    return str(app.extensions["rules"].destinations[destination].name)


# --- the page and who may see it ------------------------------------------------------------------------------


def test_admin_sees_every_user_with_role_centre_state_and_last_sign_in(app: Flask, admin: FlaskClient) -> None:
    make_user(app, "li", "mediator", destination="labour_mediation", display_name="李调解员")
    make_user(app, "wang", "clerk", display_name="王书记员")
    response = admin.get(PAGE)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    for heading in ("用户名", "姓名", "角色", "所属调解中心", "状态", "最近登录"):
        assert f"<th>{heading}</th>" in page
    li = page.split(f'id="user-{_id(app, "li")}"')[1].split("</tr>")[0]
    assert "李调解员" in li and "调解员" in li and _centre_name(app, "labour_mediation") in li
    assert "启用" in li and "从未登录" in li
    root = _user(app, "root")
    assert root.last_login_at is not None
    row = page.split(f'id="user-{root.id}"')[1].split("</tr>")[0]
    assert "管理员" in row and local_time(root.last_login_at) in row and "（本人）" in row
    assert ">停用</button>" not in row  # an admin is not offered to deactivate themself
    wang = page.split(f'id="user-{_id(app, "wang")}"')[1].split("</tr>")[0]
    assert "立案书记员" in wang and "—" in wang and ">停用</button>" in wang
    assert f'href="{PAGE}" aria-current="page">用户管理</a>' in page  # the admin's navigation links to it


@pytest.mark.parametrize(("role", "destination"), [("clerk", None), ("mediator", "labour_mediation")])
def test_other_roles_are_refused_and_not_shown_the_link(app: Flask, client: FlaskClient, count_rows: Callable,
                                                        role: str, destination: str | None) -> None:
    make_user(app, "someone", role, destination=destination)
    make_user(app, "root", "admin")
    sign_in(client, "someone")
    response = client.get(PAGE)
    assert response.status_code == 403 and "您的角色无权访问此页面" in response.get_data(as_text=True)
    assert "用户管理" not in client.get("/dashboard").get_data(as_text=True)
    before = count_rows()
    root_id = _id(app, "root")
    token = csrf_token(client, "/dashboard")
    for path, data in ((PAGE, NEW_USER), (f"{PAGE}/{root_id}/password", {"password": NEW_PASSWORD,
                                                                         "password_confirm": NEW_PASSWORD}),
                       (f"{PAGE}/{root_id}/deactivate", {}), (f"{PAGE}/{root_id}/unlock", {})):
        assert client.post(path, data={**data, "csrf_token": token}).status_code == 403, path
    assert count_rows() == before
    assert _user(app, "root").active and _can_sign_in(app, "root", PASSWORD)


def test_unknown_user_is_a_chinese_404(admin: FlaskClient) -> None:
    # 2**31 and beyond found by fuzzing: past PostgreSQL's integer the lookup itself failed, a 500.
    for user_id in (999999, 2**31, 10**20):
        for action in ("deactivate", "activate", "unlock", "password"):
            response = _post(admin, f"{PAGE}/{user_id}/{action}")
            assert response.status_code == 404 and "该用户不存在" in response.get_data(as_text=True), (user_id, action)


# --- creating users -------------------------------------------------------------------------------------------


def test_create_clerk_and_mediator_who_can_then_sign_in(app: Flask, admin: FlaskClient) -> None:
    response = _post(admin, PAGE, NEW_USER)
    assert response.status_code == 302 and response.headers["Location"] == PAGE
    assert "已新建用户 zhao（立案书记员）" in admin.get(PAGE).get_data(as_text=True)
    mediator = {**NEW_USER, "username": "li", "display_name": "李调解员", "role": "mediator",
                "destination": "housing_mediation"}
    assert _post(admin, PAGE, mediator).status_code == 302
    zhao, li = _user(app, "zhao"), _user(app, "li")
    assert (zhao.display_name, zhao.role, zhao.destination, zhao.active) == ("赵书记员", "clerk", None, True)
    assert (li.role, li.destination) == ("mediator", "housing_mediation")
    assert zhao.password_hash.startswith("$argon2id$") and NEW_PASSWORD not in zhao.password_hash
    assert _can_sign_in(app, "zhao", NEW_PASSWORD) and _can_sign_in(app, "li", NEW_PASSWORD)


@pytest.mark.parametrize(("change", "status", "field", "error"), [
    ({"username": "root"}, 409, "username", "该用户名已被使用"),
    ({"role": "mediator"}, 400, "destination", "调解员必须指定所属的去向"),
    ({"destination": "labour_mediation"}, 400, "destination", "只有调解员绑定去向"),
    ({"password": "short", "password_confirm": "short"}, 400, "password", "密码至少 8 位"),
    ({"password_confirm": NEW_PASSWORD + "x"}, 400, "password_confirm", "两次输入的密码不一致"),
    ({"username": "zhao wei"}, 400, "username", "不含空格"),
    ({"display_name": "  "}, 400, "display_name", "姓名须为"),
    ({"role": "judge"}, 400, "role", "请选择角色"),
], ids=["duplicate", "mediator-without-centre", "clerk-with-centre", "weak-password", "mismatch", "space",
        "no-name", "unknown-role"])
def test_create_refusals_are_chinese_next_to_the_field_and_write_nothing(
        app: Flask, admin: FlaskClient, count_rows: Callable, change: dict[str, str], status: int, field: str,
        error: str) -> None:
    before, names = count_rows(), _usernames(app)
    response = _post(admin, PAGE, {**NEW_USER, **change})
    page = response.get_data(as_text=True)
    assert response.status_code == status
    message = re.search(rf'<span class="field-error" id="err-create-{field}">([^<]+)</span>', page)
    assert message and error in message.group(1)
    assert f'aria-describedby="err-create-{field}"' in page
    assert count_rows() == before and _usernames(app) == names
    # What the admin typed is kept, but never a password.
    assert f'name="username" value="{change.get("username", NEW_USER["username"])}"' in page
    assert NEW_PASSWORD not in page


def test_create_reports_every_broken_rule_at_once(app: Flask, admin: FlaskClient, count_rows: Callable) -> None:
    before = count_rows()
    response = _post(admin, PAGE, {**NEW_USER, "username": "", "role": "mediator", "password": "short",
                                   "password_confirm": "other"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    for field in ("username", "destination", "password", "password_confirm"):
        assert f'id="err-create-{field}"' in page, field
    assert count_rows() == before


# --- passwords, deactivation, locks ---------------------------------------------------------------------------


def test_reset_password_then_sign_in_with_the_new_one(app: Flask, admin: FlaskClient) -> None:
    make_user(app, "zhao", "clerk")
    path = f"{PAGE}/{_id(app, 'zhao')}/password"
    response = _post(admin, path, {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert "已重置 zhao 的密码。" in admin.get(PAGE).get_data(as_text=True)
    assert _can_sign_in(app, "zhao", NEW_PASSWORD)
    assert not _can_sign_in(app, "zhao", PASSWORD)


@pytest.mark.parametrize(("password", "confirm", "field", "error"), [
    ("short", "short", "password", "密码至少 8 位"),
    (NEW_PASSWORD, "something else", "password_confirm", "两次输入的密码不一致"),
])
def test_refused_reset_keeps_the_old_password(app: Flask, admin: FlaskClient, password: str, confirm: str,
                                              field: str, error: str) -> None:
    make_user(app, "zhao", "clerk")
    zhao = _user(app, "zhao")
    response = _post(admin, f"{PAGE}/{zhao.id}/password", {"password": password, "password_confirm": confirm})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'id="err-password-{zhao.id}-{field}"' in page and error in page
    assert "zhao：密码未重置" in page
    assert _user(app, "zhao").password_hash == zhao.password_hash
    assert _can_sign_in(app, "zhao", PASSWORD)


def test_deactivated_user_cannot_sign_in_and_is_signed_out_until_reactivated(app: Flask, admin: FlaskClient
                                                                             ) -> None:
    make_user(app, "zhao", "clerk")
    theirs = app.test_client()
    sign_in(theirs, "zhao")
    assert theirs.get("/intake").status_code == 200
    zhao_id = _id(app, "zhao")
    assert _post(admin, f"{PAGE}/{zhao_id}/deactivate").status_code == 302
    page = admin.get(PAGE).get_data(as_text=True)
    assert "已停用 zhao，该用户不能再登录。" in page
    row = page.split(f'id="user-{zhao_id}"')[1].split("</tr>")[0]
    assert "停用</span>" in row and ">启用</button>" in row
    assert not _user(app, "zhao").active
    assert not _can_sign_in(app, "zhao", PASSWORD)
    assert theirs.get("/intake").status_code == 302  # the open session ends with its next request
    assert _post(admin, f"{PAGE}/{zhao_id}/activate").status_code == 302
    assert _user(app, "zhao").active and _can_sign_in(app, "zhao", PASSWORD)


def test_admin_cannot_deactivate_themself(app: Flask, admin: FlaskClient, count_rows: Callable) -> None:
    before = count_rows()
    response = _post(admin, f"{PAGE}/{_id(app, 'root')}/deactivate")
    assert response.status_code == 409
    assert "root：不能停用自己的账号" in response.get_data(as_text=True)
    assert _user(app, "root").active and count_rows() == before
    assert admin.get(PAGE).status_code == 200  # still signed in


def test_admin_can_deactivate_another_admin_but_not_the_last_one(app: Flask, admin: FlaskClient,
                                                                  runner: FlaskCliRunner) -> None:
    make_user(app, "chief", "admin")
    assert _post(admin, f"{PAGE}/{_id(app, 'chief')}/deactivate").status_code == 302
    assert not _user(app, "chief").active
    # root is now the only active admin: the command line refuses too (it has no "self" to protect).
    result = runner.invoke(args=["users", "deactivate", "root"])
    assert result.exit_code != 0 and "最后一名启用的管理员" in result.output
    assert _user(app, "root").active
    with app.app_context(), Session(db.get_engine()) as session:
        root = users.get_user(session=session, username="root")
        assert root is not None
        with pytest.raises(Conflict, match="最后一名启用的管理员"):
            users.deactivate(session=session, user=root, by=None)
        session.rollback()
        assert root.active


def test_two_admins_deactivating_each_other_at_once_leave_one_active(app: Flask) -> None:
    """The last-admin rule holds under concurrency: the second deactivation waits for the first and is refused."""
    make_user(app, "root", "admin")
    make_user(app, "chief", "admin")
    engine = app.extensions["db_engine"]
    outcome: dict[str, str] = {}

    def chief_deactivates_root() -> None:
        with Session(engine) as session:
            root = users.get_user(session=session, username="root")
            chief = users.get_user(session=session, username="chief")
            assert root is not None and chief is not None
            try:
                users.deactivate(session=session, user=root, by=chief)
                session.commit()
                outcome["result"] = "deactivated"
            except Conflict as exc:
                outcome["result"] = exc.message

    with Session(engine) as first:
        root = users.get_user(session=first, username="root")
        chief = users.get_user(session=first, username="chief")
        assert root is not None and chief is not None
        users.deactivate(session=first, user=chief, by=root)  # written, not yet committed
        other = threading.Thread(target=chief_deactivates_root)
        other.start()
        other.join(timeout=1.0)
        assert other.is_alive(), outcome  # it waits for the first transaction
        first.commit()
    other.join(timeout=30)
    assert not other.is_alive()
    assert "最后一名启用的管理员" in outcome["result"]
    assert (_user(app, "root").active, _user(app, "chief").active) == (True, False)


def _lock_out(app: Flask, username: str) -> None:
    """Wrong passwords at the sign-in page until the account locks."""
    client = app.test_client()
    for _ in range(users.MAX_FAILED_LOGINS):
        response = client.post("/login", data={"username": username, "password": "wrong password",
                                               "csrf_token": csrf_token(client)})
        assert response.status_code == 401
    response = client.post("/login", data={"username": username, "password": PASSWORD,
                                           "csrf_token": csrf_token(client)})
    assert response.status_code == 401 and "账号已暂时锁定" in response.get_data(as_text=True)


def test_unlock_after_a_lockout_lets_the_user_sign_in(app: Flask, admin: FlaskClient) -> None:
    make_user(app, "zhao", "clerk")
    _lock_out(app, "zhao")
    zhao = _user(app, "zhao")
    assert zhao.locked_until is not None
    row = admin.get(PAGE).get_data(as_text=True).split(f'id="user-{zhao.id}"')[1].split("</tr>")[0]
    assert f"已锁定至 {local_time(zhao.locked_until)}" in row and "解除锁定" in row
    assert _post(admin, f"{PAGE}/{zhao.id}/unlock").status_code == 302
    page = admin.get(PAGE).get_data(as_text=True)
    assert "已解除 zhao 的登录锁定。" in page
    assert "已锁定至" not in page.split(f'id="user-{zhao.id}"')[1].split("</tr>")[0]
    unlocked = _user(app, "zhao")
    assert (unlocked.failed_logins, unlocked.locked_until) == (0, None)
    assert _can_sign_in(app, "zhao", PASSWORD)


def test_password_reset_also_lifts_a_lock(app: Flask, admin: FlaskClient) -> None:
    make_user(app, "zhao", "clerk")
    _lock_out(app, "zhao")
    response = _post(admin, f"{PAGE}/{_id(app, 'zhao')}/password",
                     {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert "已重置 zhao 的密码，并解除了登录锁定。" in admin.get(PAGE).get_data(as_text=True)
    assert _user(app, "zhao").locked_until is None
    assert _can_sign_in(app, "zhao", NEW_PASSWORD)


# --- CSRF and the audit log -----------------------------------------------------------------------------------


def test_forms_without_csrf_token_are_refused(app: Flask, admin: FlaskClient, count_rows: Callable) -> None:
    make_user(app, "zhao", "clerk")
    zhao = _user(app, "zhao")
    before = count_rows()
    for path, data in ((PAGE, NEW_USER), (f"{PAGE}/{zhao.id}/deactivate", {}),
                       (f"{PAGE}/{zhao.id}/password", {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD})):
        response = admin.post(path, data=data)
        assert response.status_code == 400 and "页面已过期" in response.get_data(as_text=True), path
    assert count_rows() == before
    after = _user(app, "zhao")
    assert after.active and after.password_hash == zhao.password_hash


def test_every_change_is_logged_with_who_and_whom_but_no_password(app: Flask, admin: FlaskClient,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="service.users")
    assert _post(admin, PAGE, NEW_USER).status_code == 302
    zhao_id = _id(app, "zhao")
    _lock_out(app, "zhao")
    for action, data in (("password", {"password": PASSWORD, "password_confirm": PASSWORD}), ("deactivate", {}),
                         ("activate", {}), ("unlock", {})):
        assert _post(admin, f"{PAGE}/{zhao_id}/{action}", data).status_code == 302, action
    messages = [r.getMessage() for r in caplog.records if r.name == "service.users"]
    assert messages == [
        "user zhao created as clerk by root",
        f"user zhao locked for {users.LOCK_MINUTES} minutes after {users.MAX_FAILED_LOGINS} failed sign-ins",
        "password of user zhao reset by root",
        "user zhao deactivated by root",
        "user zhao reactivated by root",
        "sign-in lock of user zhao lifted by root",
    ]
    assert not any(NEW_PASSWORD in r.getMessage() or PASSWORD in r.getMessage() for r in caplog.records)


def test_a_name_taken_between_the_check_and_the_insert_is_a_409_not_a_500(
        app: Flask, admin: FlaskClient, count_rows: Callable, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(app, "zhao", "clerk")  # as if another admin created it just after this request's check
    monkeypatch.setattr(users, "get_user", lambda **_: None)
    before = count_rows()
    response = _post(admin, PAGE, NEW_USER)
    assert response.status_code == 409
    assert "该用户名已被使用" in response.get_data(as_text=True)
    assert count_rows() == before
