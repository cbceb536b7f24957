"""The workbench's pages.  Views parse the form, check the role, call a flow of service.intake (the same functions
the API calls), commit, and redirect or render."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any

from flask import current_app, flash, g, redirect, render_template, request, url_for
from flask import session as cookie_session
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from service import crud, intake, stats, users
from service.cases import today
from service.db import get_session
from service.errors import Conflict, InvalidInput, InvalidTransition, ModelUnavailable, NotFound
from service.extensions import get_model_store, get_rules, get_settings
from service.lifecycle import COURT_TIMEZONE, OPEN, STATUS_NAMES, TERMINAL, CaseStatus
from service.model_views import models_overview
from service.rules import Destination
from service.schemas import MAX_PAGE, CaseCreate, CaseFieldsIn, Channel
from service.tables import Case, new_public_id, utcnow
from service.text import compact
from service.users import ROLE_NAMES, Role
from service.web import bp, forms, pages
from service.web.access import (
    can_review,
    can_see_case,
    can_see_destination,
    current_actor,
    current_user,
    forbidden,
    login_required,
    safe_next,
    sign_in,
    sign_out,
)

log = logging.getLogger(__name__)
Page = str | tuple[str, int] | Response
QUEUE_PAGE_SIZE = 50


@bp.app_context_processor
def _globals() -> dict[str, Any]:
    return {"ROLE_NAMES": ROLE_NAMES, "Role": Role}


@bp.app_template_filter("local")
def local_time(value: dt.datetime) -> str:
    """A timestamp in the court's time zone, to the minute."""
    return value.astimezone(COURT_TIMEZONE).strftime("%Y-%m-%d %H:%M")


@bp.get("/")
@login_required()
def index() -> Response:
    user = current_user()
    if Role(user.role) == Role.mediator and user.destination:
        return redirect(url_for("web.queue", destination=user.destination))
    return redirect(url_for("web.intake_page"))


@bp.route("/login", methods=["GET", "POST"])
def login() -> Page:
    if request.method == "GET":
        if g.user is not None:  # already signed in: where the sign-in would have led
            return redirect(safe_next(request.args.get("next")) or url_for("web.index"))
        return render_template("web/login.html", username="")
    username = request.form.get("username", "").strip()
    session = get_session()
    user = users.authenticate(session=session, username=username, password=request.form.get("password", ""))
    session.commit()  # failed attempts count even though the sign-in fails
    if user is None:
        locked = users.is_locked(users.get_user(session=session, username=username))
        message = (f"登录失败次数过多，账号已暂时锁定，请 {users.LOCK_MINUTES} 分钟后再试或联系管理员。" if locked
                   else "用户名或密码错误。")
        return render_template("web/login.html", username=username, error=message), 401
    sign_in(user)
    return redirect(safe_next(request.args.get("next")) or url_for("web.index"))


@bp.post("/logout")
def logout() -> Response:
    sign_out()
    flash("您已安全退出。", "info")
    return redirect(url_for("web.login"))


# --- intake ---------------------------------------------------------------------------------------------------


@bp.get("/intake")
@login_required(Role.clerk, Role.admin)
def intake_page() -> Page:
    return render_template("web/intake.html", form={}, errors={}, channels=_channels(), form_token=_new_form_token())


@bp.post("/intake")
@login_required(Role.clerk, Role.admin)
def intake_submit() -> Page:
    """Register a case.  The form carries a one-time token naming the case number it registers under, so a form
    sent twice (a double Ctrl+Enter, a reload that re-posts) registers one case and the repeat opens that case."""
    session = get_session()
    token = request.form.get("form_token", "")
    try:
        number = _reserved_number(token)
        case_in = forms.intake_form(request.form, max_text_chars=get_settings().max_text_chars)
        first = crud.get_case(session=session, public_id=number) if number else None
        if first is not None:
            return _sent_again(first, case_in)
        earlier = _registered_just_now(case_in)
        if earlier is not None:
            registered_at = earlier.created_at.astimezone(COURT_TIMEZONE).strftime("%H:%M")
            flash(f"该纠纷已于 {registered_at} 登记为 {earlier.public_id}，未重复登记。", "info")
            return _registered(earlier)
        case = intake.submit_case(session=session, case_in=case_in, actor=current_actor(),
                                  model=get_model_store().get(), rules=get_rules(), today=today(), public_id=number)
        session.commit()
    except InvalidInput as exc:
        return _intake_again(token, errors=exc.fields, message=exc.message, status=exc.status)
    except ModelUnavailable as exc:
        return _intake_again(token, message=_model_down(exc, "案件未登记"), status=exc.status)
    except IntegrityError:
        # The same form, sent again while its first copy was being registered, registered under its number first.
        session.rollback()
        first = crud.get_case(session=session, public_id=number) if number else None
        if first is None:
            raise
        return _sent_again(first, case_in)
    flash(f"已登记为 {case.public_id}。请核对分流结果，确认或更正。", "success")
    return _registered(case)


# The session names the case an intake form was just registered as: its page then tells the browser to drop the
# intake form's draft (web.js keeps one while the clerk types, so a session that ends before sending loses nothing).
REGISTERED_KEY = "registered_case"


def _registered(case: Case) -> Response:
    cookie_session[REGISTERED_KEY] = case.public_id
    return redirect(url_for("web.case_page", public_id=case.public_id))


# A text the same clerk registered this recently is taken to be the same dispute sent again on a fresh form (Back
# after submitting fetches a new form, and the browser fills the text back in).
DUPLICATE_MINUTES = 10


def _same_text(text: str) -> str:
    return "".join(text.split())


def _registered_just_now(case_in: CaseCreate) -> Case | None:
    """The case the signed-in user registered in the last ``DUPLICATE_MINUTES`` with the same text (whitespace aside)
    and the same fields (amount, parties, consent ...): another dispute described in the same stock words, with other
    parties or another amount, is a new case."""
    user_id = current_user().id
    assert user_id is not None
    since = utcnow() - dt.timedelta(minutes=DUPLICATE_MINUTES)
    session = get_session()
    text = _same_text(case_in.text)
    # Its fields as submitted count too: a clerk who corrected the amount and then sent the old form again.
    return next((case for case in crud.cases_by_user_since(session=session, user_id=user_id, since=since)
                 if _same_text(case.text) == text
                 and intake.assessed_with(session=session, case=case, fields=case_in.fields)), None)


def _intake_again(token: str, *, errors: dict[str, str] | None = None, message: str,
                  status: int) -> tuple[str, int]:
    """The intake form again with what the clerk typed, why it was not registered, and the same token (nothing was
    registered under it), or a new one if it was not valid."""
    if not token or _reserved_number(token, strict=False) is None:
        token = _new_form_token()
    return render_template("web/intake.html", form=request.form, errors=errors or {}, message=message,
                           channels=_channels(), form_token=token, focus=first_error_field(errors or {})), status


# The intake form's fields in the order a clerk meets them, by the error keys the flows use.
_INTAKE_FIELD_ORDER = ("text", "fields.amount", "channel", "submitter")  # consent: a choice that cannot be wrong
_PARTY_ERROR = re.compile(r"^fields\.parties(?:\.(\d+)(?:\.(\w+))?)?")
_PARTY_INPUTS = {"name": "party_name", "role": "party_role", "kind": "party_kind", "id_number": "party_id_number"}


def first_error_field(errors: dict[str, str]) -> str | None:
    """Which field of the intake form gets the focus after ``errors``: the first in error in the form's order, as
    its error key, or ``party_<input>.<row>`` for a party row's field (row 0 and its name for the parties as a whole);
    ``None`` when no field is in error (the description box keeps the focus)."""
    for key in _INTAKE_FIELD_ORDER:
        if key in errors:
            return key
    rows = []
    for key in errors:
        match = _PARTY_ERROR.match(key)
        if match:
            row, field = int(match.group(1) or 0), match.group(2) or "name"
            rows.append((row, list(_PARTY_INPUTS).index(field) if field in _PARTY_INPUTS else 0,
                         _PARTY_INPUTS.get(field, "party_name")))
    if not rows:
        return None
    row, _, name = min(rows)
    return f"{name}.{row}"


FORM_TOKEN_SALT = "web.intake-form"


def _form_tokens() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=FORM_TOKEN_SALT)


def _new_form_token() -> str:
    """A signed token reserving a fresh case number for one intake form of the signed-in user."""
    return str(_form_tokens().dumps({"case": new_public_id(), "user": current_user().id}))


def _reserved_number(token: str, *, strict: bool = True) -> str | None:
    """The case number an intake form's token reserves; ``None`` for a form without one.

    :raise InvalidInput: (``strict``) a token that is not ours, or another user's.
    """
    if not token:
        return None
    try:
        data = _form_tokens().loads(token)
    except BadSignature:
        data = None
    if not isinstance(data, dict) or data.get("user") != current_user().id or not isinstance(data.get("case"), str):
        if strict:
            raise InvalidInput("登记表已失效（可能来自其他账号或已过期的页面），未登记。"
                               "已保留填写内容，请核对后重新提交。")
        return None
    number: str = data["case"]
    return number


def _sent_again(first: Case, case_in: CaseCreate) -> Page:
    """A form already registered as ``first`` was sent again: the same content opens ``first``; changed content is
    not registered silently over it: the form comes back, with a new token, to be sent deliberately."""
    if first.text == case_in.text and intake.assessed_with(session=get_session(), case=first, fields=case_in.fields):
        flash(f"该登记表已提交过，案件已登记为 {first.public_id}，未重复登记。", "info")
        return _registered(first)
    return render_template(
        "web/intake.html", form=request.form, errors={}, channels=_channels(), form_token=_new_form_token(),
        message=(f"这张登记表已登记为 {first.public_id}，修改后的内容未登记。"
                 "如需将其登记为另一件新案件，请核对后再次提交。")), 409


def _model_down(exc: ModelUnavailable, outcome: str) -> str:
    """What a clerk reads when the classifier cannot be used: no version numbers, file names or server paths (the
    reason is logged, and admins see it on the dashboard)."""
    log.warning("classifier unavailable: %s", exc.message)
    return f"分类模型暂时无法使用，{outcome}。请稍后重试；如仍不行，请联系管理员。"


def _channels() -> list[tuple[str, str]]:
    return [(str(c), pages.CHANNEL_NAMES[str(c)]) for c in Channel]


# --- cases ----------------------------------------------------------------------------------------------------


def _load(public_id: str, *, for_update: bool = False) -> Case:
    """:raise NotFound: no such case (also for a mediator asking for another centre's case: nothing leaks)."""
    case = crud.get_case(session=get_session(), public_id=public_id.upper(), for_update=for_update)
    if case is None or not can_see_case(current_user(), case):
        raise NotFound(f"案件 {public_id} 不存在或不在您的队列中。")
    return case


def _case_page(case: Case, *, errors: dict[str, str] | None = None, form: str | None = None,
               message: str | None = None, status: int = 200) -> tuple[str, int]:
    """The case page; after a refused action ``form`` names the form and ``message``/``errors`` say why.  Status
    codes in the flows' messages are shown by their Chinese names; a form the page no longer offers (the case moved
    on meanwhile) gets its message at the top of the page instead."""
    view = pages.case_view(session=get_session(), case=case, rules=get_rules(), today=today())
    reviewer = can_review(current_user())
    shown = {"amount"} if reviewer and view["reroutable"] else set()
    if shown and not view["elements"].get("filed"):
        shown.add("register")
    if reviewer and view["open"]:
        shown |= {"accept", "override"}
    if view["actions"]:
        shown.add("status")
    if view["extension"]:
        shown.add("extension")
    if message is not None:
        message = _stale_note(case) + pages.chinese_statuses(message)
    errors = {key: pages.chinese_statuses(text) for key, text in (errors or {}).items()}
    just_registered = cookie_session.pop(REGISTERED_KEY, None) == case.public_id
    return render_template("web/case.html", **view, errors=errors, failed_form=form, message=message,
                           shown_forms=shown, values=request.form if form else {}, can_review=reviewer,
                           just_registered=just_registered), status


def _stale_note(case: Case) -> str:
    """A sentence saying the page was out of date, when the form was posted from a page showing another status,
    destination or routing decision (a re-routing after an amount correction) than the case has now."""
    seen_status = request.form.get("seen_status", "")
    seen_destination = request.form.get("seen_destination", "")
    seen_decision = request.form.get("seen_decision", "")
    assert case.id is not None  # a stored case
    if seen_status and seen_status != case.status:
        now = f"当前状态为「{STATUS_NAMES[CaseStatus(case.status)]}」"
    elif seen_destination and seen_destination != case.destination:
        now = f"当前去向为「{pages.destination_names(get_rules()).get(case.destination, case.destination)}」"
    elif seen_decision and seen_decision != str(crud.latest_decision(session=get_session(), case_id=case.id).id):
        now = "分流结果已重新计算（如金额更正后重新分流）"
    else:
        return ""
    return f"页面已过期：该案件已在其他窗口或由他人处理，{now}，本次操作未执行。"


def _refused_if_stale(case: Case, form: str) -> Page | None:
    """The case page, saying nothing was done, when the form came from a page that no longer shows the case as it
    is: a confirmation, withdrawal or extension is never applied to a case its sender did not see (another tab or
    another clerk moved it meanwhile).  ``None`` when the page was up to date."""
    if not _stale_note(case):
        return None
    return _case_page(case, form=form, message="请核对案件当前情况后重新操作。", status=409)


@bp.get("/cases/<public_id>")
@login_required()
def case_page(public_id: str) -> Page:
    return _case_page(_load(public_id))


@bp.post("/cases/<public_id>/accept")
@login_required(Role.clerk, Role.admin)
def accept(public_id: str) -> Page:
    case = _load(public_id, for_update=True)
    if (stale := _refused_if_stale(case, "accept")) is not None:
        return stale
    try:
        intake.review_case(session=get_session(), case=case, actor=current_actor(), rules=get_rules())
    except InvalidTransition as exc:
        return _case_page(case, form="accept", message=exc.message, status=exc.status)
    return _done(case, "已确认分流结果。")


@bp.post("/cases/<public_id>/override")
@login_required(Role.clerk, Role.admin)
def override(public_id: str) -> Page:
    case = _load(public_id, for_update=True)
    if (stale := _refused_if_stale(case, "override")) is not None:
        return stale
    try:
        correction_in = forms.correction_form(request.form)
        made = intake.correct_case(session=get_session(), case=case, correction_in=correction_in,
                                   actor=current_actor(), rules=get_rules())
    except (InvalidInput, InvalidTransition) as exc:
        return _case_page(case, form="override", errors=exc.fields, message=exc.message, status=exc.status)
    return _done(case, f"已更正 {len(made)} 项并记录理由。" if made else "未作更改：所选分类和去向与当前相同。")


@bp.post("/cases/<public_id>/amount")
@login_required(Role.clerk, Role.admin)
def correct_amount(public_id: str) -> Page:
    return _reroute(public_id, "amount", lambda case: forms.amount_form(request.form, case.fields),
                    lambda fields: f"金额更正为 {fields.amount} 元", not_done="金额未更正",
                    done="金额已更正，已按新金额重新分流。")


@bp.post("/cases/<public_id>/register")
@login_required(Role.clerk, Role.admin)
def register_filing(public_id: str) -> Page:
    """A case submitted before it was filed has been registered (登记立案): routed again as filed, so that under the
    2025 policy it is entrusted to mediation inside its 审限 rather than mediated outside court."""
    return _reroute(public_id, "register", lambda case: forms.filed_fields(case.fields),
                    lambda _fields: "已登记立案，按立案后委托调解重新分流", not_done="未记录登记立案",
                    done="已记录登记立案，已按立案后委托调解重新分流。")


def _reroute(public_id: str, form: str, fields_of: Callable[[Case], CaseFieldsIn],
             note_of: Callable[[CaseFieldsIn], str], *, not_done: str, done: str) -> Page:
    """Route a case again with corrected structured fields (``fields_of`` the case; the decision's note from them):
    the case page with the reason when refused (``not_done`` says what did not happen when the model is down)."""
    case = _load(public_id, for_update=True)
    if (stale := _refused_if_stale(case, form)) is not None:
        return stale
    try:
        fields = fields_of(case)
        intake.reassess_case(session=get_session(), case=case, fields=fields, actor=current_actor(),
                             model=get_model_store().get(), rules=get_rules(), today=today(), note=note_of(fields))
    except (InvalidInput, InvalidTransition) as exc:
        return _case_page(case, form=form, errors=exc.fields, message=exc.message, status=exc.status)
    except ModelUnavailable as exc:
        return _case_page(case, form=form, message=_model_down(exc, not_done), status=exc.status)
    return _done(case, done)


@bp.post("/cases/<public_id>/status")
@login_required()
def change_status(public_id: str) -> Page:
    case = _load(public_id, for_update=True)
    if (stale := _refused_if_stale(case, "status")) is not None:
        return stale
    try:
        event_in = forms.event_form(request.form)
        current, target = CaseStatus(case.status), CaseStatus(event_in.status)
        if target not in pages.status_targets(current) and not (
                target == CaseStatus.confirmation_applied and current == CaseStatus.routed):
            raise InvalidTransition(_refusal(current, target))  # record_event decides the rest, with its reasons
        intake.record_event(session=get_session(), case=case, event_in=event_in, actor=current_actor(),
                            rules=get_rules())
    except (InvalidInput, InvalidTransition) as exc:
        return _case_page(case, form="status", errors=exc.fields, message=exc.message, status=exc.status)
    return _done(case, f"状态已变更为「{STATUS_NAMES[CaseStatus(case.status)]}」。")


@bp.post("/cases/<public_id>/extension")
@login_required()
def extend_mediation(public_id: str) -> Page:
    case = _load(public_id, for_update=True)
    if (stale := _refused_if_stale(case, "extension")) is not None:
        return stale
    try:
        extension_in = forms.extension_form(request.form)
        extension = intake.extend_mediation(session=get_session(), case=case, extension_in=extension_in,
                                            actor=current_actor(), rules=get_rules())
    except (InvalidInput, Conflict) as exc:
        return _case_page(case, form="extension", errors=exc.fields, message=exc.message, status=exc.status)
    warning = f"（{extension.calendar_warning}）" if extension.calendar_warning else ""
    return _done(case, f"已记录延长调解期限 {extension.days} 日，期限届满日为 {extension.due_date}{warning}。")


def _refusal(current: CaseStatus, target: CaseStatus) -> str:
    """Why the workbench does not move a case from ``current`` to ``target``, in the clerk's words."""
    now = STATUS_NAMES[current]
    if current in TERMINAL:
        return f"案件当前状态为「{now}」，已经终结，不能再变更状态。"
    if current == CaseStatus.under_review and target != CaseStatus.routed:
        return (f"该案件待人工复核，尚未分配去向，不能「{pages.ACTION_NAMES[target]}」："
                "请先在「审核」中确认分流结果或更正去向。")
    offered = "、".join(f"「{pages.ACTION_NAMES[s]}」" for s in pages.status_targets(current))
    return f"案件当前状态为「{now}」，不能变更为「{STATUS_NAMES[target]}」。当前可以：{offered}。"


def _done(case: Case, message: str) -> Response:
    """Commit, say what was done, and show the case; a case the user can no longer see (a mediator's case filed with
    a trial team, moved to another centre) is said to have left, and the user's queue shown instead."""
    get_session().commit()
    user = current_user()
    if not can_see_case(user, case):
        gone = pages.destination_names(get_rules()).get(case.destination, case.destination)
        flash(f"案件 {case.public_id}：{message.rstrip('。')}，已移送{gone}，不再在您的队列中。", "success")
        return redirect(url_for("web.queue", destination=user.destination) if user.destination
                        else url_for("web.queues"))
    flash(message, "success")
    return redirect(url_for("web.case_page", public_id=case.public_id))


# --- queues and dashboard -------------------------------------------------------------------------------------


@bp.get("/queues")
@login_required()
def queues() -> Page:
    user = current_user()
    if Role(user.role) == Role.mediator and user.destination:
        return redirect(url_for("web.queue", destination=user.destination))
    counts = stats.open_and_overdue(session=get_session(), today=today())
    names = pages.destination_names(get_rules())
    rows = [(str(d), names[str(d)], *counts.get(str(d), (0, 0))) for d in Destination]
    return render_template("web/queues.html", rows=rows)


@bp.get("/queues/<destination>")
@login_required()
def queue(destination: str) -> Page:
    if destination not in set(Destination):
        raise NotFound("没有这个队列。")
    if not can_see_destination(current_user(), destination):
        return forbidden("调解员只能查看本中心的队列。")
    query = _queue_query()
    found = _found(destination, query)
    if isinstance(found, Response):
        return found
    rows, total = found
    return render_template(
        "web/queue.html", destination=destination, destination_name=pages.destination_names(get_rules())[destination],
        rows=rows, total=total, pages=_page_count(total),
        status_options=[(str(s), STATUS_NAMES[s]) for s in CaseStatus], **query)


def _found(destination: str | None, query: dict[str, Any]) -> tuple[list[dict[str, Any]], int] | Response:
    """The rows of ``query``'s page among ``destination``'s cases (every queue's when ``None``) and how many match in
    all; a page past the last one (an old link, a hand-typed number) is sent to the last page instead: it showed
    「共 5 件」 over 「没有符合条件的案件」, with no pager back."""
    as_of, now = today(), utcnow()
    cases, total = crud.search_cases(session=get_session(), destination=destination, statuses=query["statuses"],
                                     overdue=query["overdue"], text=query["q"] or None, today=as_of,
                                     page=query["page"], per_page=QUEUE_PAGE_SIZE)
    if not cases and total:
        # Built from the filters as read (``_queue_query``) and the route's own arguments, never from other names in
        # the query string.
        assert request.endpoint is not None
        filters = {"q": query["q"] or None, "status": query["status"], "overdue": 1 if query["overdue"] else None}
        return redirect(url_for(request.endpoint, **(request.view_args or {}), **filters, page=_page_count(total)))
    return [pages.row(c, today=as_of, now=now, rules=get_rules()) for c in cases], total


def _page_count(total: int) -> int:
    return max(1, -(-total // QUEUE_PAGE_SIZE))


def _queue_query(default_status: str = "open") -> dict[str, Any]:
    """The queue's filters from the query string: status (``default_status`` when absent, "open", "all", or one
    status), overdue only, a search text, the page.  An unknown status is read as the default, as the filter box then
    shows it."""
    status = request.args.get("status", default_status)
    if status not in ("all", "open") and status not in set(CaseStatus):
        status = default_status
    statuses = None if status == "all" else [str(s) for s in OPEN] if status == "open" else [status]
    page = min(MAX_PAGE, max(1, request.args.get("page", 1, type=int) or 1))
    return {"status": status, "statuses": statuses, "overdue": True if request.args.get("overdue") == "1" else None,
            "q": request.args.get("q", "").strip()[:100], "page": page}


@bp.get("/search")
@login_required()
def search() -> Page:
    """Every queue at once, for a clerk who has a case number or a party's name but not the queue: the same filters
    as a queue, all statuses by default (a party may ask about a closed case).  A mediator searches their own centre
    only.  Without a search text nothing is listed; a text that is a case number the user may see opens the case."""
    user = current_user()
    destination: str | None = None
    if Role(user.role) == Role.mediator:
        if not user.destination:
            return forbidden("调解员只能查看本中心的案件。")
        destination = user.destination
    query = _queue_query(default_status="all")
    rows: list[dict[str, Any]] = []
    total = 0
    if query["q"]:
        # A case number read out on the phone and typed in full width or with spaces is still that number.
        exact = crud.get_case(session=get_session(), public_id=compact(query["q"]).upper())
        if exact is not None and can_see_case(user, exact):
            return redirect(url_for("web.case_page", public_id=exact.public_id))
        found = _found(destination, query)
        if isinstance(found, Response):
            return found
        rows, total = found
    scope = pages.destination_names(get_rules()).get(destination, destination) if destination else None
    return render_template(
        "web/search.html", rows=rows, total=total, scope=scope, pages=_page_count(total),
        status_options=[(str(s), STATUS_NAMES[s]) for s in CaseStatus], **query)


@bp.get("/dashboard")
@login_required()
def dashboard() -> Page:
    admin = Role(current_user().role) == Role.admin
    view = pages.dashboard(session=get_session(), rules=get_rules(), today=today(), zone=COURT_TIMEZONE,
                           for_admin=admin)
    model = versions = None
    if admin:
        try:
            loaded = get_model_store().get()
            model = pages.model_view(loaded.metadata, loaded.version)
        except ModelUnavailable as exc:
            model = {"error": pages.without_paths(exc.message)}
        versions = pages.registry_view(models_overview(session=get_session(), serving=get_model_store().status()))
    return render_template("web/dashboard.html", **view, model=model, versions=versions)
