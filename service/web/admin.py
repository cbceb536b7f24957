"""The admin's page for workbench accounts (用户管理, ``/admin/users``): list them, create one, reset a password,
deactivate and reactivate, lift a sign-in lock.  The rules live in service.users, shared with ``flask users``;
these views parse, call, commit and redirect (or re-render the page with the errors and write nothing)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service import users
from service.db import get_session
from service.errors import Conflict, DomainError, InvalidInput, NotFound
from service.extensions import get_rules
from service.tables import User, utcnow
from service.users import ROLE_NAMES, Role
from service.web import bp, forms, pages
from service.web.access import current_user, login_required

Page = str | tuple[str, int] | Response


@bp.get("/admin/users")
@login_required(Role.admin)
def users_page() -> Page:
    return _page()


@bp.post("/admin/users")
@login_required(Role.admin)
def user_create() -> Page:
    try:
        new = forms.new_user_form(request.form)
        user = users.create_user(session=get_session(), username=new.username, display_name=new.display_name,
                                 role=new.role, password=new.password, destination=new.destination,
                                 by=current_user())
    except (InvalidInput, Conflict) as exc:
        return _refused(exc, "create")
    return _done(f"已新建用户 {user.username}（{ROLE_NAMES[Role(user.role)]}），请将初始密码告知本人。")


@bp.post("/admin/users/<int:user_id>/password")
@login_required(Role.admin)
def user_password(user_id: int) -> Page:
    user = _user(user_id)
    was_locked = users.is_locked(user)
    try:
        users.set_password(session=get_session(), user=user, password=forms.new_password_form(request.form),
                           by=current_user())
    except InvalidInput as exc:
        return _refused(exc, f"password-{user_id}", user)
    return _done(f"已重置 {user.username} 的密码" + ("，并解除了登录锁定。" if was_locked else "。"))


@bp.post("/admin/users/<int:user_id>/deactivate")
@login_required(Role.admin)
def user_deactivate(user_id: int) -> Page:
    user = _user(user_id)
    try:
        users.deactivate(session=get_session(), user=user, by=current_user())
    except Conflict as exc:
        return _refused(exc, f"status-{user_id}", user)
    return _done(f"已停用 {user.username}，该用户不能再登录。")


@bp.post("/admin/users/<int:user_id>/activate")
@login_required(Role.admin)
def user_activate(user_id: int) -> Page:
    user = _user(user_id)
    users.activate(session=get_session(), user=user, by=current_user())
    return _done(f"已启用 {user.username}。")


@bp.post("/admin/users/<int:user_id>/unlock")
@login_required(Role.admin)
def user_unlock(user_id: int) -> Page:
    user = _user(user_id)
    users.unlock(session=get_session(), user=user, by=current_user())
    return _done(f"已解除 {user.username} 的登录锁定。")


# The largest id the user table holds (PostgreSQL's INTEGER): a larger one is no account, and the database would
# refuse to even look it up.
MAX_USER_ID = 2**31 - 1


def _user(user_id: int) -> User:
    """:raise NotFound: no account with this id."""
    user = get_session().get(User, user_id) if user_id <= MAX_USER_ID else None
    if user is None:
        raise NotFound("该用户不存在。")
    return user


def _page(*, failed_form: str | None = None, failed_user: str | None = None, message: str | None = None,
          errors: dict[str, str] | None = None, status: int = 200) -> tuple[str, int]:
    rules = get_rules()
    return render_template(
        "web/users.html", rows=pages.user_rows(session=get_session(), rules=rules, now=utcnow()),
        role_options=[(str(r), ROLE_NAMES[r]) for r in Role], centre_options=pages.centre_options(rules),
        limits={"max_failed": users.MAX_FAILED_LOGINS, "lock_minutes": users.LOCK_MINUTES,
                "min_password": users.MIN_PASSWORD_LENGTH},
        me=current_user(), failed_form=failed_form, failed_user=failed_user, message=message, errors=errors or {},
        values=request.form if failed_form == "create" else {}), status


def _refused(exc: DomainError, form: str, user: User | None = None) -> tuple[str, int]:
    """The page again with why ``form`` was refused; whatever the attempt flushed is rolled back first."""
    username = user.username if user is not None else None
    get_session().rollback()
    return _page(failed_form=form, failed_user=username, message=exc.message, errors=exc.fields, status=exc.status)


def _done(message: str) -> Response:
    get_session().commit()
    flash(message, "success")
    return redirect(url_for("web.users_page"))
