"""Who is signed in, and what each role may see and do.

* clerk: intake, every queue and case, corrections, status changes;
* mediator: only the queue of the destination they are bound to, and its cases (status changes there);
* admin: everything a clerk may, plus the model section of the dashboard and user management (``service.web.admin``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import current_app, flash, g, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, default_exceptions

from service.actors import Actor
from service.db import get_session
from service.errors import DomainError, database_down
from service.logs import current_request_id
from service.tables import Case, User
from service.users import Role
from service.web import bp

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])
SESSION_KEY = "user_id"
EPOCH_KEY = "epoch"


@bp.before_request
def load_user() -> None:
    """Put the signed-in, still active user on ``g.user`` (``None`` otherwise)."""
    g.user = None
    user_id = session.get(SESSION_KEY)
    if user_id is None:
        return
    user = get_session().get(User, user_id)
    if user is None or not user.active or session.get(EPOCH_KEY) != user.session_epoch:
        session.clear()  # gone, deactivated, or signed out since (a copied cookie)
        return
    g.user = user


def current_user() -> User:
    user: User = g.user
    return user


def current_actor() -> Actor:
    return Actor.of_user(current_user())


def sign_in(user: User) -> None:
    session.clear()  # a fresh session: nothing from before the sign-in survives it
    session.permanent = True
    session[SESSION_KEY] = user.id
    session[EPOCH_KEY] = user.session_epoch


def sign_out() -> None:
    """End this session and every other of the same user: the epoch moves on, so no copy of the cookie works."""
    user = g.get("user")
    if user is not None:
        user.session_epoch += 1
        db_session = get_session()
        db_session.add(user)
        db_session.commit()
    session.clear()


def safe_next(target: str | None) -> str | None:
    """``target`` if it is a path on this site (never another host), else ``None``."""
    if not target:
        return None
    parts = urlsplit(target)
    # Browsers read "/\\host" like "//host": both would leave the site.
    if parts.scheme or parts.netloc or not target.startswith("/") or target[1:2] in ("/", "\\"):
        return None
    return target


def login_required(*roles: Role) -> Callable[[F], F]:
    """Let the view run for a signed-in user with one of ``roles`` (any role when none are given).

    :raise 403: signed in with another role.  Not signed in: redirect to the sign-in page.
    """

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if g.get("user") is None:
                flash("请先登录。", "info")
                return redirect(url_for("web.login", next=request.full_path.rstrip("?")))
            if roles and Role(current_user().role) not in roles:
                return forbidden("您的角色无权访问此页面。")
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def can_see_destination(user: User, destination: str) -> bool:
    return Role(user.role) != Role.mediator or user.destination == destination


def can_see_case(user: User, case: Case) -> bool:
    return can_see_destination(user, case.destination)


def can_review(user: User) -> bool:
    """Accept or override a routing, correct elements: clerks and admins."""
    return Role(user.role) in (Role.clerk, Role.admin)


def forbidden(message: str) -> tuple[str, int]:
    return render_template("web/error.html", title="无权访问", message=message), 403


@bp.errorhandler(CSRFError)
def csrf_error(_exc: CSRFError) -> tuple[str, int]:
    """A form whose CSRF token does not match the session.  Without a session (it timed out, or the cookies were
    cleared) a refresh would only fail again: the page offers to sign in, and back to the form's page."""
    if "user" not in g:  # the CSRF check runs before the blueprint's hooks
        load_user()
    if g.user is not None:
        return render_template(
            "web/error.html", title="页面已过期",
            message="表单校验失败（页面可能已过期或在其他窗口重新登录过）。请刷新页面后重新提交。"), 400
    intake = request.path == url_for("web.intake_submit")
    kept = "登记表中填写的内容已保存在本浏览器中，重新登录后会自动恢复。" if intake else ""
    return render_template("web/error.html", title="页面已过期",
                           message=f"登录已失效（长时间未操作或已在其他窗口退出），本次提交未执行。{kept}"
                                   "请重新登录后再提交。",
                           sign_in_next=_page_of_form(request.path)), 400


def _page_of_form(path: str) -> str | None:
    """The page whose form posts to ``path`` (a case's actions are on the case page), to return to after signing in;
    ``None`` for the sign-in and sign-out forms."""
    action = _ACTION_PATH.match(path)
    if action is not None:
        return url_for("web.case_page", public_id=action.group(1))
    if path.startswith("/admin/users"):
        return url_for("web.users_page")
    if path in (url_for("web.login"), url_for("web.logout")):
        return None
    return safe_next(path)


@bp.errorhandler(DomainError)
def domain_error(exc: DomainError) -> tuple[str, int]:
    return render_template("web/error.html", title="操作未完成", message=exc.message), exc.status


@bp.errorhandler(Exception)
def unexpected_error(exc: Exception) -> tuple[str, int, dict[str, str]]:
    """A failure inside a workbench view: a Chinese page for the clerk, never the API's JSON (HTTP errors and domain
    errors have their own handlers, which Flask prefers as the closer match)."""
    down = database_down(exc)
    if down is not None:
        page = render_template("web/error.html", title="系统暂时不可用",
                               message=f"{down.message}（错误编号 {current_request_id()}）")
        return page, down.status, down.headers
    log.exception("unhandled error in the workbench")
    return render_template("web/error.html", title="出错了", message="系统内部错误，本次操作未完成，请稍后重试；"
                           f"问题持续时请将错误编号 {current_request_id()} 告知系统管理员。"), 500, {}


# Pages for HTTP errors outside the views (an unknown address, a form address opened with GET ...): title, message.
HTTP_ERROR_PAGES: dict[int, tuple[str, str]] = {
    400: ("请求有误", "请求无法处理，请返回上一页重新操作。"),
    403: ("无权访问", "您无权执行此操作。"),
    404: ("页面不存在", "您访问的页面不存在，请从上方菜单进入。"),
    405: ("不能这样打开", "这个地址只用于提交表单，不能直接打开（例如提交后在地址栏按了回车或刷新）。请返回重新操作。"),
    413: ("内容过大", "提交的内容过大，请精简后重新提交。"),
    414: ("地址过长", "访问的地址过长，请从菜单重新进入。"),
    429: ("操作过于频繁", "操作过于频繁，请稍后再试。"),
}
_ACTION_PATH = re.compile(r"^/cases/([^/]+)/")


def _error_page(exc: HTTPException) -> tuple[str, int, dict[str, str]]:
    if "user" not in g:  # an address no view matched: the blueprint's hooks did not run, but the menu needs the user
        load_user()
    status = exc.code or 400
    title, message = HTTP_ERROR_PAGES.get(status, ("出错了", f"请求无法处理（错误 {status}），请返回上一页重新操作。"))
    back = None
    action = _ACTION_PATH.match(request.path)
    if action is not None:
        back = (url_for("web.case_page", public_id=action.group(1)), "返回案件页面")
    elif request.path.startswith("/admin/users/"):
        back = (url_for("web.users_page"), "返回用户管理")
    headers = {"Allow": ", ".join(exc.valid_methods)} if isinstance(exc, MethodNotAllowed) and exc.valid_methods else {}
    return render_template("web/error.html", title=title, message=message, back=back), status, headers


def http_error_anywhere(exc: HTTPException) -> Any:
    """An HTTP error outside the views: a Chinese page for a person in the browser; the API's JSON error shape (the
    app's own handler, service.errors) for /api/ and for clients that do not ask for HTML."""
    if request.path.startswith("/api/") or not request.accept_mimetypes.accept_html:
        handler = current_app.error_handler_spec[None][None].get(HTTPException)
        return handler(exc) if handler is not None else exc
    return _error_page(exc)


for _code in sorted(code for code in default_exceptions if 400 <= code < 500):
    bp.app_errorhandler(_code)(http_error_anywhere)


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException) -> tuple[str, int, dict[str, str]]:
    """An HTTP error inside a workbench view."""
    return _error_page(exc)
