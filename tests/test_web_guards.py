"""The workbench when things go wrong: actions on a page another tab made stale, forms sent twice, input it cannot
take, HTTP errors outside its views, a missing model, empty or odd queries.  Everything a clerk reads is Chinese:
no status codes, no English validation text, no server paths."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, select

from service import create_app, db
from service.config import Settings
from service.lifecycle import COURT_TIMEZONE, CaseStatus
from service.tables import Case, RoutingDecision, utcnow
from tests.test_web import INTAKE, WAGES, _case, _submit
from tests.web_helpers import csrf_token, make_user, post_form, set_case_status, sign_in

HTML = {"Accept": "text/html,application/xhtml+xml"}
STATUS_CODE = re.compile(r"(?<![A-Za-z_])(" + "|".join(CaseStatus) + r")(?![A-Za-z_])")
FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


def _alert(page: str) -> str:
    """The text of the page's first alert (the one that says why an action was refused)."""
    match = re.search(r'<p class="alert" role="alert"[^>]*>(.*?)</p>', page, flags=re.S)
    assert match, "no alert on the page"
    return re.sub(r"<[^>]+>", " ", match.group(1))


# A debt between friends: routed to a mediation centre, which can accept it.  (The wage text goes to the labour
# arbitration referral, which nobody here mediates or files.)
LOAN = "朋友借了我五万块钱一直不还，有借条，能起诉吗"


def _routed_case(app: Flask, clerk: FlaskClient, text: str = LOAN) -> str:
    public_id = _submit(clerk, {**INTAKE, "text": text})
    post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}")  # routes a case held for review
    case = _case(app, public_id)
    assert case.status == "routed" and case.destination.endswith("_mediation"), (case.status, case.destination)
    return public_id


# --- item 1 and 3: a refused action says why, in Chinese, wherever its form has gone -------------------------------


def test_an_action_from_a_stale_tab_says_why_in_chinese(app: Flask, clerk: FlaskClient) -> None:
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    # Tab A withdraws the case; tab B, still showing 已分流待受理, then tries each of its actions.
    assert post_form(clerk, f"{page}/status", {"status": "withdrawn", "seen_status": "routed"}, page
                     ).status_code == 302
    for action, data in (("status", {"status": "accepted"}), ("accept", {}),
                         ("override", {"label": "sme", "reason": "实为货款纠纷"}), ("amount", {"amount": "500"})):
        response = post_form(clerk, f"{page}/{action}", {**data, "seen_status": "routed"}, page)
        assert response.status_code == 409, action
        alert = _alert(response.get_data(as_text=True))
        assert "页面已过期" in alert and "「已撤回」" in alert and "未执行" in alert, (action, alert)
        assert not STATUS_CODE.search(alert), (action, alert)
    assert _case(app, public_id).status == "withdrawn"


def test_an_illegal_status_change_names_statuses_and_actions_in_chinese(app: Flask, clerk: FlaskClient) -> None:
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    post_form(clerk, f"{page}/status", {"status": "accepted"}, page)
    again = post_form(clerk, f"{page}/status", {"status": "accepted"}, page)
    assert again.status_code == 409
    alert = _alert(again.get_data(as_text=True))
    assert "案件当前状态为「调解中」，不能变更为「调解中」" in alert and "「调解成功」" in alert
    assert not STATUS_CODE.search(alert) and "页面已过期" not in alert  # sent from an up-to-date page


def test_amount_is_offered_only_while_the_case_can_be_rerouted(app: Flask, clerk: FlaskClient) -> None:
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    assert 'id="amount-form"' in clerk.get(page).get_data(as_text=True)
    post_form(clerk, f"{page}/status", {"status": "accepted"}, page)
    assert 'id="amount-form"' not in clerk.get(page).get_data(as_text=True)
    late = post_form(clerk, f"{page}/amount", {"amount": "100"}, page)
    assert late.status_code == 409
    alert = _alert(late.get_data(as_text=True))
    assert "已不能重新分流" in alert and "状态：「调解中」" in alert and not STATUS_CODE.search(alert)


def test_correction_and_amount_errors_are_chinese(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    page = f"/cases/{public_id}"
    nothing = post_form(clerk, f"{page}/override", {"reason": "看错了"}, page).get_data(as_text=True)
    assert "分类：分类和去向至少选择一项" in _alert(nothing)
    assert "label" not in _alert(nothing) and "destination" not in _alert(nothing)
    both = _alert(post_form(clerk, f"{page}/override", {"reason": ""}, page).get_data(as_text=True))
    assert "至少选择一项" in both and "理由：不能为空" in both
    huge = post_form(clerk, f"{page}/amount", {"amount": "999999999999999999999"}, page)
    assert huge.status_code == 400
    alert = _alert(huge.get_data(as_text=True))
    assert "金额：不能大于" in alert and "amount" not in alert


def test_an_amount_too_long_to_compute_is_a_format_error(app: Flask, clerk: FlaskClient) -> None:
    # Found by fuzzing: 27 digits or more made the amount form fail with a 500 (Decimal's InvalidOperation).
    public_id = _submit(clerk)
    page = f"/cases/{public_id}"
    for amount in ("9" * 27, "9" * 5_000, "九" * 5_000):
        response = post_form(clerk, f"{page}/amount", {"amount": amount}, page)
        assert response.status_code == 400
        assert "金额格式不正确" in _alert(response.get_data(as_text=True))


# --- item 5: a case waiting for review is confirmed or corrected before anything else --------------------------------


def test_a_case_waiting_for_review_can_only_be_reviewed_or_withdrawn(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    set_case_status(app, public_id, "under_review", "clerk_review")
    page = f"/cases/{public_id}"
    html = clerk.get(page).get_data(as_text=True)
    assert 'value="withdrawn"' in html and 'value="accepted"' not in html and 'value="filed"' not in html
    assert 'id="accept"' in html  # 确认分流结果: the way out of the review
    for target in ("accepted", "filed"):
        response = post_form(clerk, f"{page}/status", {"status": target}, page)
        assert response.status_code == 409
        assert "待人工复核" in _alert(response.get_data(as_text=True))
    assert _case(app, public_id).status == "under_review"
    assert post_form(clerk, f"{page}/status", {"status": "withdrawn"}, page).status_code == 302


# --- item 2: a form sent twice registers one case ------------------------------------------------------------------


def _form_token(client: FlaskClient) -> str:
    match = FORM_TOKEN.search(client.get("/intake").get_data(as_text=True))
    assert match
    return match.group(1)


def _count_cases(app: Flask) -> int:
    with app.app_context(), Session(db.get_engine()) as session:
        return len(session.exec(select(Case)).all())


def test_the_same_intake_form_sent_twice_registers_one_case(app: Flask, clerk: FlaskClient) -> None:
    token = _form_token(clerk)
    first = post_form(clerk, "/intake", {**INTAKE, "form_token": token})
    assert first.status_code == 302
    again = post_form(clerk, "/intake", {**INTAKE, "form_token": token})
    assert again.status_code == 302 and again.headers["Location"] == first.headers["Location"]
    assert "已提交过" in clerk.get(again.headers["Location"]).get_data(as_text=True)
    assert _count_cases(app) == 1
    # Changed content under the same form is not registered over the first case: the form comes back to be sent
    # again on purpose, with a new token.
    changed = post_form(clerk, "/intake", {**INTAKE, "text": WAGES + "另有加班费未付。", "form_token": token})
    assert changed.status_code == 409
    body = changed.get_data(as_text=True)
    assert "修改后的内容未登记" in body and "另有加班费未付" in body
    new_token = FORM_TOKEN.search(body)
    assert new_token and new_token.group(1) != token
    assert _count_cases(app) == 1
    assert post_form(clerk, "/intake", {**INTAKE, "text": WAGES + "另有加班费未付。",
                                        "form_token": new_token.group(1)}).status_code == 302
    assert _count_cases(app) == 2


def test_a_second_copy_racing_the_first_lands_on_the_first_case(app: Flask, clerk: FlaskClient,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies in flight: the second does not see the first case yet; the case number is unique, so its insert
    fails and it opens the first case."""
    from service.web import views

    token = _form_token(clerk)
    first = post_form(clerk, "/intake", {**INTAKE, "form_token": token})
    real_get_case = views.crud.get_case
    calls: list[str] = []

    def not_yet(**kwargs: object) -> Case | None:
        calls.append(str(kwargs["public_id"]))
        return None if len(calls) == 1 else real_get_case(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(views.crud, "get_case", not_yet)
    # Nor is it among the clerk's recent cases (the check for the same text sent again on a fresh form).
    monkeypatch.setattr(views.crud, "cases_by_user_since", lambda **kwargs: [])
    again = post_form(clerk, "/intake", {**INTAKE, "form_token": token})
    assert again.status_code == 302 and again.headers["Location"] == first.headers["Location"]
    assert len(calls) == 2 and _count_cases(app) == 1


def test_a_forged_or_foreign_form_token_registers_nothing(app: Flask, clerk: FlaskClient) -> None:
    token = _form_token(clerk)
    forged = post_form(clerk, "/intake", {**INTAKE, "form_token": token[:-2] + "xx"})
    assert forged.status_code == 400 and "登记表已失效" in forged.get_data(as_text=True)
    post_form(clerk, "/logout", {})
    make_user(app, "li", "clerk")
    sign_in(clerk, "li")
    foreign = post_form(clerk, "/intake", {**INTAKE, "form_token": token})
    assert foreign.status_code == 400 and "登记表已失效" in foreign.get_data(as_text=True)
    assert _count_cases(app) == 0


# --- item 6: party rows are never dropped silently -----------------------------------------------------------------


def test_party_rows_beyond_the_limit_or_without_a_name_are_form_errors(clerk: FlaskClient,
                                                                       count_rows: Callable) -> None:
    before = count_rows()
    many = {**INTAKE, "party_name": [f"当事人{i}" for i in range(21)], "party_role": ["defendant"] * 21,
            "party_kind": ["person"] * 21, "party_id_number": [""] * 21}
    response = post_form(clerk, "/intake", many)
    assert response.status_code == 400 and "当事人：最多登记 20 位当事人" in response.get_data(as_text=True)
    nameless = {**INTAKE, "party_name": ["张某", ""], "party_id_number": ["", "620102199001011014"]}
    response = post_form(clerk, "/intake", nameless)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "第 2 位当事人：填写了身份证号，请同时填写姓名或名称" in page
    assert count_rows() == before


def test_a_mistyped_id_number_is_caught_on_the_intake_form(app: Flask, clerk: FlaskClient,
                                                            count_rows: Callable) -> None:
    """One digit wrong (…1014 typed …1024): the check character no longer matches, and the clerk is told so on the
    party's row instead of registering a number rule K1 can never match."""
    before = count_rows()
    typo = {**INTAKE, "party_name": ["张某", "李某"], "party_id_number": ["", "620102199001011024"]}
    response = post_form(clerk, "/intake", typo)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "第 2 位当事人：身份证号校验位不符，号码中有录入错误，请对照证件核对" in page
    assert count_rows() == before
    # Typed with a Chinese input method left in full width, in groups: the number meant.
    fixed = post_form(clerk, "/intake", {**typo, "party_id_number": ["", "６２０１０２ １９９００１０１ １０９ｘ"]})
    assert fixed.status_code == 302
    case_id = fixed.headers["Location"].rsplit("/", 1)[-1]
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == case_id)).one()
        assert [p.get("id_number") for p in case.fields["parties"]] == [None, "62010219900101109X"]


def test_an_id_number_stored_before_the_check_does_not_block_an_amount_correction(app: Flask,
                                                                                  clerk: FlaskClient) -> None:
    """Fields stored before the GB 11643 check are validated again when the amount is corrected: a number that
    passed then must not make the correction fail now (review of 2026-11-29)."""
    case_id = post_form(clerk, "/intake", {**INTAKE, "party_name": ["张某", "李某"],
                                           "party_id_number": ["", "620102199001011014"]}).headers["Location"][7:]
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == case_id)).one()
        parties = [dict(p) for p in case.fields["parties"]]
        parties[1]["id_number"] = "620102199001011234"  # the pattern's, not the check character's
        case.fields = {**case.fields, "parties": parties}
        session.add(case)
        session.commit()
    set_case_status(app, case_id, "routed")
    corrected = post_form(clerk, f"/cases/{case_id}/amount", {"amount": "25000"}, f"/cases/{case_id}")
    assert corrected.status_code == 302, corrected.get_data(as_text=True)


def test_a_party_error_is_shown_on_the_row_it_belongs_to(clerk: FlaskClient) -> None:
    """An empty first row is skipped; the bad ID number of the second row is reported on the second row."""
    response = post_form(clerk, "/intake", {**INTAKE, "party_name": ["", "李某"],
                                            "party_id_number": ["", "12345"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "第 2 位当事人：身份证号格式不正确" in page and "第 1 位当事人" not in page


# --- item 4: HTTP errors outside the views -------------------------------------------------------------------------


def test_a_form_address_opened_in_the_browser_is_a_chinese_page(clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    response = clerk.get(f"/cases/{public_id}/override", headers=HTML)
    assert response.status_code == 405 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "不能这样打开" in page and f'href="/cases/{public_id}"' in page and "退出" in page  # signed-in menu
    assert response.headers["Allow"] == "POST" or "POST" in response.headers["Allow"]
    machine = clerk.get(f"/cases/{public_id}/override", headers={"Accept": "application/json"})
    assert machine.status_code == 405 and machine.get_json()["error"]["code"] == "method_not_allowed"
    api = clerk.delete("/api/v1/classify", headers=HTML)
    assert api.status_code == 405 and api.get_json()["error"]["code"] == "method_not_allowed"


# --- item 7 and 8: queue filter and an empty dashboard ---------------------------------------------------------------


def test_an_unknown_status_filter_shows_the_open_cases_as_the_box_says(app: Flask, clerk: FlaskClient) -> None:
    open_case = _routed_case(app, clerk)
    gone = _routed_case(app, clerk, LOAN.replace("朋友", "同事"))  # the same text would open the first case
    destination = _case(app, gone).destination
    post_form(clerk, f"/cases/{gone}/status", {"status": "withdrawn"}, f"/cases/{gone}")
    page = clerk.get(f"/queues/{destination}?status=bogus").get_data(as_text=True)
    assert open_case in page and gone not in page
    assert '<option value="open" selected>' in page
    assert gone in clerk.get(f"/queues/{destination}?status=all").get_data(as_text=True)


def test_an_odd_queue_page_or_search_shows_a_page(app: Flask, clerk: FlaskClient) -> None:
    # Found by fuzzing: a page number past 64 bits overflowed the database's OFFSET, and a search with a NUL character
    # is refused by PostgreSQL; both were a 500.
    public_id = _routed_case(app, clerk)
    destination = _case(app, public_id).destination
    row = f'href="/cases/{public_id}"'
    for query in ("q=%00", f"q={public_id}%00"):
        response = clerk.get(f"/queues/{destination}?{query}")
        assert response.status_code == 200, query
        assert row not in response.get_data(as_text=True), query
    for query in ("page=99999999999999999999", "page=100001"):  # past the last page: the last page
        response = clerk.get(f"/queues/{destination}?{query}")
        assert response.status_code == 302 and response.headers["Location"].endswith("page=1"), query
        assert row in clerk.get(response.headers["Location"]).get_data(as_text=True), query
    assert row in clerk.get(f"/queues/{destination}?q={public_id}").get_data(as_text=True)


def test_an_empty_dashboard_says_there_is_nothing_open(clerk: FlaskClient) -> None:
    page = clerk.get("/dashboard").get_data(as_text=True)
    section = page[page.index("未结与逾期 · 按队列"):].split("</section>")[0]
    assert "目前没有未结案件" in section


# --- item 3: no model ------------------------------------------------------------------------------------------------


@pytest.fixture
def modelless_app(settings: Settings, tmp_path: Path) -> Iterator[Flask]:
    empty = tmp_path / "no-models"
    empty.mkdir()
    app = create_app(settings.model_copy(update={"model_dir": empty}))
    yield app
    app.extensions["db_engine"].dispose()


def test_without_a_model_clerks_read_chinese_and_no_server_paths(modelless_app: Flask, tmp_path: Path) -> None:
    client = modelless_app.test_client()
    make_user(modelless_app, "wang", "clerk")
    make_user(modelless_app, "root", "admin")
    sign_in(client, "wang")
    response = client.post("/intake", data={**INTAKE, "csrf_token": csrf_token(client, "/intake")})
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and "分类模型暂时无法使用，案件未登记" in page
    assert str(tmp_path) not in page and "no-models" not in page
    post_form(client, "/logout", {})
    sign_in(client, "root")
    dashboard = client.get("/dashboard").get_data(as_text=True)
    assert str(tmp_path) not in dashboard and "None" not in dashboard


# --- the same dispute sent again on a fresh form (Back, then submit) -------------------------------------------------


def _set_created_at(app: Flask, public_id: str, minutes_ago: int) -> None:
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        case.created_at = utcnow() - dt.timedelta(minutes=minutes_ago)
        session.add(case)
        session.commit()


def test_the_same_text_on_a_fresh_form_opens_the_case_registered_minutes_ago(app: Flask, clerk: FlaskClient,
                                                                             count_rows: Callable) -> None:
    """Back after submitting fetches the form again with a new token and the browser fills the text back in:
    sending it again opens the case already registered and stores nothing."""
    first = _submit(clerk)
    _set_created_at(app, first, 9)
    before = count_rows()
    spaced = "  " + WAGES.replace("，", "， \n", 1) + "\n"
    again = post_form(clerk, "/intake", {**INTAKE, "text": spaced, "form_token": _form_token(clerk)})
    assert again.status_code == 302 and again.headers["Location"] == f"/cases/{first}"
    registered_at = _case(app, first).created_at.astimezone(COURT_TIMEZONE).strftime("%H:%M")
    page = clerk.get(again.headers["Location"]).get_data(as_text=True)
    assert f"该纠纷已于 {registered_at} 登记为 {first}，未重复登记。" in page
    assert count_rows() == before
    # Another clerk's case, or one registered more than 10 minutes ago, is no reason to refuse.
    _set_created_at(app, first, 11)
    assert _submit(clerk, {**INTAKE, "form_token": _form_token(clerk)}) != first
    post_form(clerk, "/logout", {})
    make_user(app, "li", "clerk")
    sign_in(clerk, "li")
    other = _submit(clerk, {**INTAKE, "form_token": _form_token(clerk)})
    assert other != first and _count_cases(app) == 3


def test_the_form_sent_again_after_an_amount_correction_opens_the_case(app: Flask, clerk: FlaskClient) -> None:
    """The clerk corrects the amount of a case just registered (the case's fields change), then Back and submit: the
    form as first sent, under its own token or a fresh one, is still that case, not a second one nor "changed
    content".  Each decision keeps the fields it assessed."""
    token = _form_token(clerk)
    form = {**INTAKE, "amount": "8000"}
    first = post_form(clerk, "/intake", {**form, "form_token": token})
    assert first.status_code == 302
    page = first.headers["Location"]
    assert post_form(clerk, f"{page}/amount", {"amount": "12000"}, page).status_code == 302
    public_id = page.rsplit("/", 1)[1]
    assert _case(app, public_id).fields["amount"] == "12000.00"
    with app.app_context(), Session(db.get_engine()) as session:
        case_id = _case(app, public_id).id
        decisions = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case_id)
                                 .order_by(RoutingDecision.id)).all()
        assert [d.fields["amount"] for d in decisions] == ["8000.00", "12000.00"]
    for again_token in (token, _form_token(clerk)):
        again = post_form(clerk, "/intake", {**form, "form_token": again_token})
        assert again.status_code == 302 and again.headers["Location"] == page, again.get_data(as_text=True)[:300]
    assert _count_cases(app) == 1
    # The corrected amount on a fresh form is the same case too; another amount is another dispute.
    assert post_form(clerk, "/intake", {**form, "amount": "12000", "form_token": _form_token(clerk)}
                     ).headers["Location"] == page
    assert _submit(clerk, {**form, "amount": "9999", "form_token": _form_token(clerk)}) != public_id
    assert _count_cases(app) == 2


def test_the_same_words_with_another_amount_or_party_are_a_new_case(app: Flask, clerk: FlaskClient) -> None:
    """A stock description (老板拖欠工资…) registered again with another amount is another dispute: registered, not
    taken for the first one sent twice."""
    first = _submit(clerk)
    second = _submit(clerk, {**INTAKE, "amount": "9999", "form_token": _form_token(clerk)})
    assert second != first and _count_cases(app) == 2


# --- every mistake of the intake form at once, each naming its field ------------------------------------------------


def test_the_intake_form_reports_every_mistake_at_once(clerk: FlaskClient, count_rows: Callable) -> None:
    before = count_rows()
    response = post_form(clerk, "/intake", {**INTAKE, "text": " ", "amount": "abc", "party_name": ["", "李某"],
                                            "party_id_number": ["620102199001011014", "12345"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    alert = page[page.index('<div class="alert"'):].split("</div>")[0]
    for line in ("纠纷描述：不能为空或只含空白字符", "争议金额：请填写金额，如 42250 或 4.2万",
                 "第 1 位当事人：填写了身份证号，请同时填写姓名或名称",
                 "第 2 位当事人：身份证号格式不正确，应为 18 位居民身份证号码"):
        assert line in alert, line
    assert "第 2 位当事人：身份证号格式不正确" in page.split('id="parties"')[1]  # and on its row
    assert "电话" not in page  # the form has no phone field
    assert count_rows() == before


# --- 2026-11-29 integration review: where a case is decides what can happen to it -------------------------------


def test_a_referral_offers_only_closing_and_says_why(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk, {**INTAKE, "text": WAGES})
    post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}")
    assert _case(app, public_id).destination == "labour_arbitration"
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    offered = set(re.findall(r'name="status" value="(\w+)"', page))
    assert offered == {"withdrawn", "closed"}
    assert 'id="referral"' in page and "法院不受理调解、不立案" in page
    refused = post_form(clerk, f"/cases/{public_id}/status", {"status": "accepted"}, f"/cases/{public_id}")
    assert refused.status_code == 409 and _case(app, public_id).status == "routed"


def test_a_confirmation_case_offers_the_application(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk, {**INTAKE, "text": "我和邻居在社区人民调解委员会达成了调解协议，想申请法院司法确认"})
    post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}")
    assert _case(app, public_id).destination == "judicial_confirmation"
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'value="confirmation_applied"' in page and 'id="referral"' not in page
    applied = post_form(clerk, f"/cases/{public_id}/status", {"status": "confirmation_applied"},
                        f"/cases/{public_id}")
    assert applied.status_code == 302, applied.get_data(as_text=True)
    assert _case(app, public_id).status == "confirmation_applied"


def test_the_deadline_table_says_when_the_current_deadline_was_counted_again(app: Flask, clerk: FlaskClient) -> None:
    """Workbench review: after 调解成功 (or filing) the header's 当前期限 and the routing's deadline table disagreed
    without a word."""
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    assert 'id="deadline-moved"' not in clerk.get(page).get_data(as_text=True)
    for status in ("accepted", "mediation_succeeded"):
        assert post_form(clerk, f"{page}/status", {"status": status}, page).status_code == 302
    shown = clerk.get(page).get_data(as_text=True)
    due = _case(app, public_id).due_date
    assert due is not None and 'id="deadline-moved"' in shown and f"本案当前期限为 <strong>{due}</strong>" in shown


def test_a_status_form_sent_without_a_choice_is_answered_in_chinese(app: Flask, clerk: FlaskClient) -> None:
    """The browser's own "Please select one of these options." was the only answer (workbench review): the form is
    novalidate, like the others, and the server names the field in Chinese."""
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    assert re.search(r'action="/cases/[^"]+/status" novalidate', clerk.get(page).get_data(as_text=True))
    refused = post_form(clerk, f"{page}/status", {}, page)
    assert refused.status_code == 400
    assert "状态" in _alert(refused.get_data(as_text=True)) and _case(app, public_id).status == "routed"


def test_an_amount_correction_routes_by_the_label_a_clerk_corrected(app: Flask, clerk: FlaskClient) -> None:
    """Re-routing after an amount correction keeps the clerk's label: the category rules follow it, not the model's
    label again (helper review: a case corrected to 其他 was routed as 商事 by S1).  The model's own prediction stays
    on record."""
    public_id = _submit(clerk)  # the wage text
    page = f"/cases/{public_id}"
    corrected = post_form(clerk, f"{page}/override", {"label": "sme", "reason": "实为承揽合同纠纷"}, page)
    assert corrected.status_code == 302
    assert post_form(clerk, f"{page}/amount", {"amount": "25000"}, page).status_code == 302
    shown = clerk.get(page).get_data(as_text=True)
    assert "25,000.00 元</strong>\n          <small class=\"muted\">（已人工更正）" in shown
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        rows = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case.id)
                            .order_by(RoutingDecision.id)).all()
    first, last = rows[0], rows[-1]
    rules = [reason["rule_id"] for reason in last.decision["reasons"]]
    assert "S1" in rules and "L1" not in rules, rules  # 中小企业 centre by the clerk's label, not labour arbitration
    assert (case.label, case.destination) == ("sme", "sme_mediation")
    assert last.label == first.label  # the model's label, as predicted


def test_a_stale_tab_never_withdraws_or_confirms_what_it_did_not_show(app: Flask, clerk: FlaskClient) -> None:
    """Helper review: a tab still showing 已分流待受理 withdrew a case another tab had taken into mediation, and a tab
    showing the old destination confirmed one it never displayed.  Both are refused, nothing written."""
    public_id = _routed_case(app, clerk)
    page = f"/cases/{public_id}"
    centre = _case(app, public_id).destination
    assert post_form(clerk, f"{page}/status", {"status": "accepted", "seen_status": "routed"}, page).status_code == 302
    stale = post_form(clerk, f"{page}/status", {"status": "withdrawn", "seen_status": "routed",
                                                 "seen_destination": centre}, page)
    assert stale.status_code == 409
    alert = _alert(stale.get_data(as_text=True))
    assert "页面已过期" in alert and "「调解中」" in alert and "未执行" in alert, alert
    assert _case(app, public_id).status == "accepted"

    other = _routed_case(app, clerk, LOAN + "，至今分文未还")  # another text: the same one opens the first case
    page = f"/cases/{other}"
    old = _case(app, other).destination
    moved = post_form(clerk, f"{page}/override", {"destination": "fast_track", "reason": "不同意调解",
                                                  "seen_status": "routed", "seen_destination": old}, page)
    assert moved.status_code == 302
    reviewed_before = _case(app, other).reviewed_at
    confirm = post_form(clerk, f"{page}/accept", {"seen_status": "routed", "seen_destination": old}, page)
    assert confirm.status_code == 409
    assert "当前去向为「速裁团队（简案快审）」" in _alert(confirm.get_data(as_text=True))
    assert _case(app, other).reviewed_at == reviewed_before


def test_an_amount_correction_keeps_the_running_review_limit(app: Flask, clerk: FlaskClient) -> None:
    """Code review: correcting the amount of a case waiting for review restarted its 7 days (a held case) or dropped
    them (a case sent back, whose new decision routes it).  The limit runs on from the receipt or the send-back."""
    held = _submit(clerk, {**INTAKE, "text": "abc 123"})  # no Chinese text: held (R0)
    page = f"/cases/{held}"
    earlier = _case(app, held).due_date - dt.timedelta(days=3)
    with app.app_context(), Session(db.get_engine()) as session:  # as if received three days earlier
        case = session.exec(select(Case).where(Case.public_id == held)).one()
        case.due_date = earlier
        session.add(case)
        session.commit()
    assert post_form(clerk, f"{page}/amount", {"amount": "3000"}, page).status_code == 302
    assert (_case(app, held).status, _case(app, held).due_date) == ("under_review", earlier)

    sent_back = _routed_case(app, clerk, LOAN + "，已催过多次")
    page = f"/cases/{sent_back}"
    assert post_form(clerk, f"{page}/override", {"destination": "clerk_review", "reason": "需要再看"},
                     page).status_code == 302
    review_until = _case(app, sent_back).due_date
    assert review_until is not None
    assert post_form(clerk, f"{page}/amount", {"amount": "3000"}, page).status_code == 302
    assert (_case(app, sent_back).status, _case(app, sent_back).due_date) == ("under_review", review_until)


def test_a_stale_tab_does_not_confirm_a_routing_recomputed_since(app: Flask, clerk: FlaskClient) -> None:
    """Code review: another clerk's amount correction re-routes a held case (its provisional destination changes,
    its status and destination stay under review); a tab showing the old routing must not confirm the new one."""
    held = _submit(clerk, {**INTAKE, "text": "abc 123"})
    page = f"/cases/{held}"
    shown = re.search(r'name="seen_decision" value="(\d+)"', clerk.get(page).get_data(as_text=True))
    assert shown
    seen = {"seen_status": "under_review", "seen_destination": "clerk_review", "seen_decision": shown.group(1)}
    assert post_form(clerk, f"{page}/amount", {"amount": "3000", **seen}, page).status_code == 302  # the other tab
    stale = post_form(clerk, f"{page}/accept", seen, page)
    assert stale.status_code == 409
    assert "分流结果已重新计算" in _alert(stale.get_data(as_text=True))
    assert _case(app, held).status == "under_review"


def test_a_case_registered_after_it_was_submitted_is_routed_again_as_filed(app: Flask, clerk: FlaskClient) -> None:
    """Integrator review: a case the mobile app sent before filing could not be recorded as filed while it stays for
    entrusted mediation (the filed event moves it to a trial team).  已登记立案 on the case page routes it again as
    filed: the fields and the new decision say so, the case stays open for mediation, and the button goes."""
    public_id = _routed_case(app, clerk, LOAN + "，已经一年了")
    page = f"/cases/{public_id}"
    html = clerk.get(page).get_data(as_text=True)
    assert 'id="register-form"' in html and "未立案" in html
    registered = post_form(clerk, f"{page}/register", {}, page)
    assert registered.status_code == 302, registered.get_data(as_text=True)
    case = _case(app, public_id)
    assert case.fields["filed"] is True and case.status == "routed"
    with app.app_context(), Session(db.get_engine()) as session:
        rows = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case.id)
                            .order_by(RoutingDecision.id)).all()
    assert len(rows) == 2 and rows[-1].elements["filed"] is True
    assert rows[-1].note == "已登记立案，按立案后委托调解重新分流"
    assert rows[0].elements["filed"] is not True
    html = clerk.get(page).get_data(as_text=True)
    assert 'id="register-form"' not in html and "已立案（立案后委托调解）" in html
    post_form(clerk, f"{page}/status", {"status": "accepted"}, page)
    late = post_form(clerk, f"{page}/register", {}, page)  # taken up: no longer re-routed
    assert late.status_code == 409 and "已不能重新分流" in _alert(late.get_data(as_text=True))
