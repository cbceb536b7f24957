"""The workbench over the Flask test client: sign-in, CSRF, intake, corrections, queues, roles, dashboard.

The browser tests (test_browser.py) drive the same pages in Chromium; these check the rows behind them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, col, select

from service import create_app, db
from service.config import Settings
from service.labels import DISPLAY_NAMES
from service.lifecycle import COURT_TIMEZONE
from service.periods import default_calendar, period_end
from service.tables import Case, Correction, RoutingDecision, StatusEvent
from tests.web_helpers import csrf_token, make_user, post_form, set_case_status, sign_in

WAGES = "兰州某物流有限公司拖欠我三个月工资，每月8000元，共计24000元，老板一直不给。"
INTAKE = {"text": WAGES, "consent_to_mediation": "yes", "channel": "counter",
          "party_name": ["张某", "兰州某物流有限公司"], "party_role": ["plaintiff", "defendant"],
          "party_kind": ["person", "company"], "party_id_number": ["", ""]}


def _case(app: Flask, public_id: str) -> Case:
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        session.expunge(case)
        return case


def _rows(app: Flask, table: type, public_id: str) -> list:  # noqa: ANN401 (any table)
    case_id = _case(app, public_id).id
    with app.app_context(), Session(db.get_engine()) as session:
        rows = session.exec(select(table).where(table.case_id == case_id).order_by(col(table.id))).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _submit(client: FlaskClient, data: dict[str, object] | None = None) -> str:
    response = post_form(client, "/intake", data or INTAKE)
    assert response.status_code == 302, response.get_data(as_text=True)
    match = re.fullmatch(r"/cases/(MR-[0-9A-F]{10})", response.headers["Location"])
    assert match
    return match.group(1)


# Every workbench route but sign-in and sign-out: (method, path, route template).
SIGNED_IN_ROUTES = [
    ("GET", "/", "/"),
    ("GET", "/intake", "/intake"),
    ("POST", "/intake", "/intake"),
    ("GET", "/cases/MR-0000000000", "/cases/<public_id>"),
    ("POST", "/cases/MR-0000000000/accept", "/cases/<public_id>/accept"),
    ("POST", "/cases/MR-0000000000/override", "/cases/<public_id>/override"),
    ("POST", "/cases/MR-0000000000/amount", "/cases/<public_id>/amount"),
    ("POST", "/cases/MR-0000000000/register", "/cases/<public_id>/register"),
    ("POST", "/cases/MR-0000000000/status", "/cases/<public_id>/status"),
    ("POST", "/cases/MR-0000000000/extension", "/cases/<public_id>/extension"),
    ("GET", "/queues", "/queues"),
    ("GET", "/queues/labour_mediation", "/queues/<destination>"),
    ("GET", "/search", "/search"),
    ("GET", "/dashboard", "/dashboard"),
    ("GET", "/admin/users", "/admin/users"),
    ("POST", "/admin/users", "/admin/users"),
    ("POST", "/admin/users/1/password", "/admin/users/<int:user_id>/password"),
    ("POST", "/admin/users/1/deactivate", "/admin/users/<int:user_id>/deactivate"),
    ("POST", "/admin/users/1/activate", "/admin/users/<int:user_id>/activate"),
    ("POST", "/admin/users/1/unlock", "/admin/users/<int:user_id>/unlock"),
]
WEB_OPEN_ROUTES = {"/login", "/logout"}


@pytest.mark.parametrize(("method", "path", "template"), SIGNED_IN_ROUTES)
def test_pages_need_sign_in(client: FlaskClient, method: str, path: str, template: str) -> None:
    data = {"csrf_token": csrf_token(client)} if method == "POST" else None
    response = client.open(path, method=method, data=data)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next="), template


def test_sign_in_wrong_password_then_right_then_out(app: Flask, client: FlaskClient) -> None:
    make_user(app, "wang")
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True))
    assert token
    bad = client.post("/login", data={"username": "wang", "password": "nope", "csrf_token": token.group(1)})
    assert bad.status_code == 401 and "用户名或密码错误" in bad.get_data(as_text=True)
    sign_in(client, "wang")
    assert client.get("/intake").status_code == 200
    assert post_form(client, "/logout", {}).status_code == 302
    assert client.get("/intake").status_code == 302


def test_sign_in_redirects_only_to_this_site(app: Flask, client: FlaskClient) -> None:
    make_user(app, "wang")
    for target, expected in (("/queues", "/queues"), ("https://evil.example/", "/"), ("//evil.example", "/"),
                             ("/\\evil.example", "/")):
        client = app.test_client()  # signed out: a signed-in clerk is sent on from /login without a form
        token = re.search(r'value="([^"]+)"', client.get("/login").get_data(as_text=True))
        assert token
        response = client.post(f"/login?next={target}", data={"username": "wang", "password": "correct horse 1",
                                                               "csrf_token": token.group(1)})
        assert response.headers["Location"] == expected


def test_forms_without_csrf_token_are_refused(app: Flask, clerk: FlaskClient, count_rows: Callable) -> None:
    before = count_rows()
    response = clerk.post("/intake", data=INTAKE)
    assert response.status_code == 400
    assert "页面已过期" in response.get_data(as_text=True)
    assert count_rows() == before
    # The JSON API is exempt: it authenticates with keys, not cookies.
    assert clerk.post("/api/v1/classify", json={"text": WAGES}).status_code == 200


def test_session_cookie_flags(app: Flask, clerk: FlaskClient, settings: Settings) -> None:
    cookie = clerk.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"
    assert not cookie.secure  # environment "test"
    production = create_app(settings.model_copy(update={"environment": "production", "secret_key": "s" * 32}))
    assert production.config["SESSION_COOKIE_SECURE"] is True
    production.extensions["db_engine"].dispose()


def test_intake_errors_are_in_chinese_and_store_nothing(clerk: FlaskClient, count_rows: Callable) -> None:
    before = count_rows()
    response = post_form(clerk, "/intake", {**INTAKE, "text": "  ", "amount": "很多钱",
                                            "party_id_number": ["12345", ""]})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "争议金额：请填写金额，如 42250 或 4.2万" in page  # with the other mistakes, all at once
    response = post_form(clerk, "/intake", {**INTAKE, "text": "  ", "party_id_number": ["12345", ""]})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "纠纷描述：不能为空或只含空白字符" in page
    assert "第 1 位当事人：身份证号格式不正确，应为 18 位居民身份证号码" in page
    response = post_form(clerk, "/intake", {**INTAKE, "amount": "很多钱"})
    assert response.status_code == 400 and "金额格式不正确。" in response.get_data(as_text=True)
    assert "兰州某物流有限公司" in page  # what the clerk typed is kept
    # A tampered choice gets the Chinese message, without the API's list of English names meant for developers.
    response = post_form(clerk, "/intake", {**INTAKE, "channel": "fax"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "取值不在允许范围内" in page and "可选值" not in page
    assert count_rows() == before


def test_intake_stores_the_case_as_the_user_and_shows_the_result(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk, {**INTAKE, "amount": "2.4万"})
    case = _case(app, public_id)
    assert case.user_id is not None and case.client_id is None and case.reviewed_at is None
    assert case.fields is not None and case.fields["amount"] == "24000.00"
    assert case.fields["parties"][1] == {"name": "兰州某物流有限公司", "kind": "company", "role": "defendant"}
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert "（登记时填写）" in page and "（已人工更正）" not in page
    decision = _rows(app, RoutingDecision, public_id)[0]
    assert decision.actor == "王书记员（wang）"
    assert f"{decision.confidence * 100:.0f}%" in page
    assert '<mark class="amount"' in page and '<mark class="term"' in page
    for reason in decision.reasons:
        assert reason["basis"] in page
    for due in decision.due_dates:
        assert due["date"] in page
    assert "24,000.00 元" in page and "待审核" in page


def test_corrected_amount_reruns_the_routing(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    response = post_form(clerk, f"/cases/{public_id}/amount", {"amount": "1200000"}, f"/cases/{public_id}")
    assert response.status_code == 302
    first, second = _rows(app, RoutingDecision, public_id)
    assert second.elements["amount"]["total"] == 1200000 and second.elements["amount"]["source"] == "fields"
    assert second.note == "金额更正为 1200000.00 元" and second.actor == "王书记员（wang）"
    assert second.decision != first.decision
    case = _case(app, public_id)
    assert case.fields is not None and case.fields["amount"] == "1200000.00"
    assert case.destination == second.destination
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert "重新分流：金额更正为 1200000.00 元" in page
    bad = post_form(clerk, f"/cases/{public_id}/amount", {"amount": "abc"}, f"/cases/{public_id}")
    assert bad.status_code == 400 and "金额格式不正确" in bad.get_data(as_text=True)


def test_override_is_a_correction_and_a_review(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    missing = post_form(clerk, f"/cases/{public_id}/override", {"label": "sme", "reason": ""},
                        f"/cases/{public_id}")
    assert missing.status_code == 400 and "理由：不能为空" in missing.get_data(as_text=True)
    nothing = post_form(clerk, f"/cases/{public_id}/override", {"reason": "看错了"}, f"/cases/{public_id}")
    assert nothing.status_code == 400 and "分类和去向至少选择一项" in nothing.get_data(as_text=True)
    assert _rows(app, Correction, public_id) == []
    response = post_form(clerk, f"/cases/{public_id}/override",
                         {"label": "sme", "destination": "sme_mediation", "reason": "实为货款纠纷"},
                         f"/cases/{public_id}")
    assert response.status_code == 302
    label, destination = _rows(app, Correction, public_id)
    assert (label.field, label.new_value, destination.field, destination.new_value) == (
        "label", "sme", "destination", "sme_mediation")
    assert label.user_id is not None and label.client_id is None and label.reason == "实为货款纠纷"
    case = _case(app, public_id)
    assert (case.label, case.destination) == ("sme", "sme_mediation")
    assert case.reviewed_at is not None and case.reviewed_by == "王书记员（wang）"
    # A later amount correction re-runs the routing but keeps the clerk's choices.
    post_form(clerk, f"/cases/{public_id}/amount", {"amount": "500"}, f"/cases/{public_id}")
    case = _case(app, public_id)
    assert (case.label, case.destination) == ("sme", "sme_mediation")
    timeline = clerk.get(f"/cases/{public_id}").get_data(as_text=True).split('id="timeline"')[1]
    for entry in ("自动分流", "更正分类", "更正去向", "已人工审核", "重新分流"):
        assert entry in timeline


def test_accept_marks_reviewed_and_routes_a_case_under_review(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    assert post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}").status_code == 302
    case = _case(app, public_id)
    assert case.reviewed_at is not None and case.reviewed_by == "王书记员（wang）"
    # A case waiting for review with a provisional destination goes there on acceptance.
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.get(Case, case.id)
        assert row is not None
        decision = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case.id)).one()
        decision.decision = {**decision.decision, "provisional_destination": "labour_mediation"}
        row.status, row.destination, row.reviewed_at = "under_review", "clerk_review", None
        session.add_all([row, decision])
        session.commit()
    assert post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}").status_code == 302
    case = _case(app, public_id)
    assert (case.status, case.destination) == ("routed", "labour_mediation") and case.reviewed_at is not None
    assert _rows(app, StatusEvent, public_id)[-1].to_status == "routed"


def test_status_actions_follow_the_lifecycle(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    set_case_status(app, public_id, "under_review", "clerk_review")  # waiting for review: nobody may mediate it yet
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'value="accepted"' not in page and 'value="withdrawn"' in page
    refused = post_form(clerk, f"/cases/{public_id}/status", {"status": "accepted"}, f"/cases/{public_id}")
    assert refused.status_code == 409 and "待人工复核" in refused.get_data(as_text=True)
    set_case_status(app, public_id, "routed", "labour_mediation")
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'value="accepted"' in page and 'value="mediation_succeeded"' not in page
    illegal = post_form(clerk, f"/cases/{public_id}/status", {"status": "mediation_failed"}, f"/cases/{public_id}")
    assert illegal.status_code == 409 and "不能变更为" in illegal.get_data(as_text=True)
    ok = post_form(clerk, f"/cases/{public_id}/status", {"status": "accepted", "note": "已联系双方"},
                   f"/cases/{public_id}")
    assert ok.status_code == 302
    event = _rows(app, StatusEvent, public_id)[-1]
    assert (event.to_status, event.note, event.actor, event.client_id) == ("accepted", "已联系双方",
                                                                          "王书记员（wang）", None)
    # Once taken up, a case cannot be re-routed by an amount correction.
    late = post_form(clerk, f"/cases/{public_id}/amount", {"amount": "100"}, f"/cases/{public_id}")
    assert late.status_code == 409 and "已不能重新分流" in late.get_data(as_text=True)


def test_a_case_with_a_missing_party_offers_filing_not_mediation(app: Flask, clerk: FlaskClient) -> None:
    """G5: the case page of a routed case whose defendant cannot be found offers 转立案 but no 受理，开始调解, and a
    forged acceptance is refused with the reason (the case stays routed)."""
    public_id = _submit(clerk, {**INTAKE, "text": "朋友借了我五万块钱一直不还，有借条，他现在下落不明，电话打不通"})
    set_case_status(app, public_id, "routed", "ordinary_trial")
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'value="filed"' in page and 'value="accepted"' not in page and "受理，开始调解" not in page
    assert '<p class="hint" id="no-mediation">一方当事人下落不明' in page and "请「转立案」" in page
    refused = post_form(clerk, f"/cases/{public_id}/status", {"status": "accepted"}, f"/cases/{public_id}")
    assert refused.status_code == 409 and "下落不明" in refused.get_data(as_text=True)
    assert _case(app, public_id).status == "routed"
    # A case whose decision allows mediation, at the same trial team, offers it.
    other = _submit(clerk)
    set_case_status(app, other, "routed", "ordinary_trial")
    page = clerk.get(f"/cases/{other}").get_data(as_text=True)
    assert 'value="accepted"' in page and 'id="no-mediation"' not in page
    set_case_status(app, public_id, "filed", "ordinary_trial")  # filed: nothing to accept any more, no hint
    assert 'id="no-mediation"' not in clerk.get(f"/cases/{public_id}").get_data(as_text=True)


def test_queue_lists_filters_and_searches(app: Flask, clerk: FlaskClient) -> None:
    first = _submit(clerk)
    second = _submit(clerk, {**INTAKE, "text": "包工头欠我们工地工人工资两万元不给", "party_name": ["李某"],
                             "party_role": ["plaintiff"], "party_kind": ["person"], "party_id_number": [""]})
    destination = _case(app, first).destination
    page = clerk.get(f"/queues/{destination}").get_data(as_text=True)
    assert first in page
    searched = clerk.get(f"/queues/{_case(app, second).destination}?q=包工头").get_data(as_text=True)
    assert second in searched and first not in searched
    assert first in clerk.get(f"/queues/{destination}?q={first[3:7].lower()}").get_data(as_text=True)
    assert "没有符合条件的案件" in clerk.get(f"/queues/{destination}?overdue=1").get_data(as_text=True)
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.get(Case, _case(app, first).id)
        assert row is not None
        row.due_date = row.created_at.date().replace(year=2020)
        session.add(row)
        session.commit()
    overdue = clerk.get(f"/queues/{destination}?overdue=1").get_data(as_text=True)
    assert first in overdue and "is-overdue" in overdue and "逾期" in overdue
    assert clerk.get("/queues/nowhere").status_code == 404
    overview = clerk.get("/queues").get_data(as_text=True)
    assert "1 件逾期" in overview


def test_mediator_sees_and_acts_on_their_centre_only(app: Flask, client: FlaskClient) -> None:
    make_user(app, "wang", "clerk")
    sign_in(client, "wang")
    # A debt between friends reaches a mediation centre (the wage text goes to the arbitration referral).
    public_id = _submit(client, {**INTAKE, "text": "朋友借了我五万块钱一直不还，有借条，能起诉吗"})
    # The clerk accepts the classification first, so a case held for review reaches its centre's queue.
    post_form(client, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}")
    mine = _case(app, public_id).destination
    assert mine != "clerk_review"
    other = "housing_mediation" if mine != "housing_mediation" else "finance_mediation"
    post_form(client, "/logout", {})
    make_user(app, "li", "mediator", destination=mine)
    make_user(app, "zhou", "mediator", destination=other)
    sign_in(client, "li")
    assert client.get("/").headers["Location"] == f"/queues/{mine}"
    assert public_id in client.get(f"/queues/{mine}").get_data(as_text=True)
    assert client.get(f"/queues/{other}").status_code == 403
    assert client.get("/intake").status_code == 403
    page = client.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'id="accept"' not in page and "更正分类或去向" not in page  # review is the clerks' job
    assert post_form(client, f"/cases/{public_id}/override", {"label": "sme", "reason": "x"},
                     f"/queues/{mine}").status_code == 403
    assert post_form(client, f"/cases/{public_id}/status", {"status": "accepted"}, f"/queues/{mine}"
                     ).status_code == 302
    assert _case(app, public_id).status == "accepted"
    post_form(client, "/logout", {})
    sign_in(client, "zhou")
    assert client.get(f"/cases/{public_id}").status_code == 404
    assert post_form(client, f"/cases/{public_id}/status", {"status": "withdrawn"}, f"/queues/{other}"
                     ).status_code == 404


def test_api_and_workbench_share_the_flows(app: Flask, clerk: FlaskClient, headers: dict[str, str]) -> None:
    """A case from the API is reviewed in the workbench; an API correction marks a case reviewed too."""
    created = clerk.post("/api/v1/cases", json={"text": WAGES}, headers=headers).get_json()
    assert post_form(clerk, f"/cases/{created['id']}/accept", {}, f"/cases/{created['id']}").status_code == 302
    case = _case(app, created["id"])
    assert case.client_id is not None and case.user_id is None and case.reviewed_by == "王书记员（wang）"
    public_id = _submit(clerk)
    response = clerk.post(f"/api/v1/cases/{public_id}/corrections", headers=headers,
                          json={"label": "sme", "reason": "货款", "actor": "张法官"})
    assert response.status_code == 201
    case = _case(app, public_id)
    assert case.reviewed_by == "张法官" and case.reviewed_at is not None
    body = clerk.get(f"/api/v1/cases/{public_id}", headers=headers).get_json()
    assert [c["actor"] for c in body["corrections"]] == ["张法官"]
    assert body["events"][0]["actor"] == "王书记员（wang）"


def test_dashboard_charts_and_model_section_for_admins(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    routed = post_form(clerk, f"/cases/{public_id}/override",
                       {"destination": "labour_mediation", "reason": "劳动争议"}, f"/cases/{public_id}")
    assert routed.status_code == 302
    for status in ("accepted", "mediation_succeeded"):
        moved = post_form(clerk, f"/cases/{public_id}/status", {"status": status}, f"/cases/{public_id}")
        assert moved.status_code == 302, moved.get_data(as_text=True)
    page = clerk.get("/dashboard").get_data(as_text=True)
    assert page.count("<svg") == 5
    assert "成功率 100%" in page and 'id="model"' not in page
    post_form(clerk, "/logout", {})
    make_user(app, "root", "admin")
    sign_in(clerk, "root")
    page = clerk.get("/dashboard").get_data(as_text=True)
    assert 'id="model"' in page and app.extensions["model_store"].get().version in page


@pytest.mark.parametrize(("day", "gap"), [(dt.date(2026, 3, 1), None), (dt.date(2026, 11, 28), "2027")])
def test_dashboard_warns_of_a_year_missing_from_the_holiday_calendar(app: Flask, clerk: FlaskClient,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     day: dt.date, gap: str | None) -> None:
    """From July on, a 6-month trial limit can end in next year: if its holidays are not listed, everybody is told;
    clerks and mediators in plain Chinese, admins (who can add the year) with the file to add it to."""
    monkeypatch.setattr("service.web.views.today", lambda: day)
    make_user(app, "li", "mediator", destination="labour_mediation")
    make_user(app, "root", "admin")
    for username in ("wang", "li", "root"):
        post_form(clerk, "/logout", {})
        sign_in(clerk, username)
        page = clerk.get("/dashboard").get_data(as_text=True)
        line = re.search(r'<p class="alert" id="calendar-gap">([^<]*)</p>', page)
        if gap is None:
            assert line is None
        elif username == "root":
            assert line and line.group(1).startswith(f"节假日日历缺少 {gap} 年")
            assert "DISPUTES_HOLIDAYS_FILE" in line.group(1)
        else:
            assert line and line.group(1) == f"{gap} 年节假日安排尚未录入，期限按周末顺延计算，请以人工核对为准。"


def test_unknown_case_is_a_chinese_404_page(clerk: FlaskClient) -> None:
    response = clerk.get("/cases/MR-FFFFFFFFFF")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "不存在" in response.get_data(as_text=True)


def test_case_page_shows_the_warning_of_a_deadline_in_an_unlisted_year(clerk: FlaskClient,
                                                                       headers: dict[str, str]) -> None:
    case = {"text": "朋友借了我五万块钱一直不还，有借条",
            "fields": {"consent_to_mediation": False, "case_date": "2026-11-20"}}
    response = clerk.post("/api/v1/cases", headers=headers, json=case)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    warnings = [d["calendar_warning"] for d in body["decision"]["due_dates"] if d.get("calendar_warning")]
    page = clerk.get(f"/cases/{body['id']}").get_data(as_text=True)
    for warning in warnings:
        assert f'<small class="warning">⚠ {warning}</small>' in page
    covered = {dt.date.fromisoformat(d["date"]).year for d in body["decision"]["due_dates"]
               if d.get("postpone_on_rest_day")} <= {y.year for y in default_calendar().years}
    assert bool(warnings) is not covered


def test_case_page_shows_the_neighbour_vote_of_an_unsure_prediction(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    decision = _rows(app, RoutingDecision, public_id)[0]
    vote = decision.prediction["neighbour_vote"]
    assert vote, "the tiny test model is unsure of the wage text, so the neighbours voted"
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    line = re.search(r'<p class="muted" id="neighbour-vote">([^<]*)</p>', page)
    assert line and line.group(1).startswith("模型把握不足")
    for label, share in vote.items():
        assert f"{DISPLAY_NAMES[label]} {share * 100:.0f}%" in line.group(1)
    # A decision stored before the vote existed has no such key: the page shows no vote line.
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.get(RoutingDecision, decision.id)
        assert row is not None
        row.prediction = {k: v for k, v in row.prediction.items() if k != "neighbour_vote"}
        session.add(row)
        session.commit()
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'id="neighbour-vote"' not in page and "模型判断" in page


def test_api_reports_an_empty_reason_in_chinese(clerk: FlaskClient, headers: dict[str, str]) -> None:
    """Found through the workbench's override form: the shared model's message was pydantic's English."""
    public_id = _submit(clerk)
    response = clerk.post(f"/api/v1/cases/{public_id}/corrections", headers=headers,
                          json={"label": "sme", "reason": ""})
    assert response.status_code == 400
    assert response.get_json()["error"]["fields"] == {"reason": "不能为空"}


def test_status_change_without_a_choice_is_refused(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    before = [e.to_status for e in _rows(app, StatusEvent, public_id)]
    assert len(before) == 1 and before[0] in {"routed", "under_review"}
    response = post_form(clerk, f"/cases/{public_id}/status", {"note": "x"}, f"/cases/{public_id}")
    assert response.status_code == 400 and "状态：必填字段" in response.get_data(as_text=True)
    assert [e.to_status for e in _rows(app, StatusEvent, public_id)] == before


def test_an_expired_session_page_offers_to_sign_in_again_back_to_the_page(app: Flask, clerk: FlaskClient) -> None:
    """The session ended (timed out, or cookies cleared) while a form was open: the page says so and links to the
    sign-in page, which leads back to the form's page (a refresh alone would only fail again)."""
    public_id = _submit(clerk)
    intake_token = csrf_token(clerk, "/intake")
    case_token = csrf_token(clerk, f"/cases/{public_id}")
    clerk.delete_cookie("session")
    for path, data, back in (("/intake", {**INTAKE, "csrf_token": intake_token}, "/intake"),
                             (f"/cases/{public_id}/status", {"status": "withdrawn", "csrf_token": case_token},
                              f"/cases/{public_id}")):
        response = clerk.post(path, data=data)
        page = response.get_data(as_text=True)
        assert response.status_code == 400 and "页面已过期" in page
        assert "登录已失效" in page and "请刷新页面后重新提交" not in page
        assert f'<a href="/login?next={back}" id="sign-in-again">重新登录</a>' in page
    assert _case(app, public_id).status != "withdrawn"
    # Signed in, a form whose token is not this session's (another window signed out and in again) says refresh.
    sign_in(clerk, "wang")
    response = clerk.post("/intake", data={**INTAKE, "csrf_token": intake_token})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "请刷新页面后重新提交" in page and 'id="sign-in-again"' not in page


def test_queue_search_finds_a_party_by_name(app: Flask, clerk: FlaskClient) -> None:
    """A party named only in the form's party rows, not in the text, is found by their name (or part of it)."""
    public_id = _submit(clerk, {**INTAKE, "party_name": ["张小军", "兰州某物流有限公司"]})
    other = _submit(clerk, {**INTAKE, "text": "包工头欠我们工地工人工资两万元不给"})
    destination = _case(app, public_id).destination
    assert "张小军" not in _case(app, public_id).text
    for query in ("张小军", "小军", "张 小军"):
        page = clerk.get(f"/queues/{destination}", query_string={"q": query}).get_data(as_text=True)
        assert f'href="/cases/{public_id}"' in page, query
        assert f'href="/cases/{other}"' not in page, query


def test_a_filed_case_moves_from_the_centre_to_its_trial_team(app: Flask, clerk: FlaskClient) -> None:
    """转立案: the case leaves the mediation centre's queue and its 未结 count for the trial team of its trial track
    (速裁 for small claims and 简易程序, 精审 for 普通程序); the centre keeps the mediation outcome on the dashboard."""
    public_id = _submit(clerk, {**INTAKE, "text": "朋友借了我五万块钱一直不还，有借条，能起诉吗",
                                "party_name": ["张某", "李某"], "party_kind": ["person", "person"]})
    assert post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}").status_code == 302
    centre = _case(app, public_id).destination
    assert centre.endswith("_mediation"), centre
    for status in ("accepted", "mediation_failed", "filed"):
        moved = post_form(clerk, f"/cases/{public_id}/status", {"status": status}, f"/cases/{public_id}")
        assert moved.status_code == 302, moved.get_data(as_text=True)
    trial_track = _rows(app, RoutingDecision, public_id)[-1].decision["trial_period"]["track"]
    team = "ordinary_trial" if trial_track in {"ordinary", "collegial"} else "fast_track"
    assert f'href="/cases/{public_id}"' in clerk.get(f"/queues/{team}").get_data(as_text=True)
    for status in ("open", "all", "filed"):
        listed = clerk.get(f"/queues/{centre}", query_string={"status": status}).get_data(as_text=True)
        assert f'href="/cases/{public_id}"' not in listed, status
    overview = clerk.get("/queues").get_data(as_text=True)
    counts = dict(re.findall(r'href="/queues/(\w+)">\s*<span class="name">[^<]*</span>\s*'
                             r'<span class="count">(\d+)<small>', overview))
    assert (counts[centre], counts[team]) == ("0", "1")
    assert "0%（0/1）" in clerk.get("/dashboard").get_data(as_text=True)  # the centre's failed mediation
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert 'id="filed-from">已转立案，原调解组织：' in page and "已人工更正" not in page
    case = _case(app, public_id)
    assert (case.status, case.destination, case.filed_from, case.track) == ("filed", team, centre, trial_track)
    # Sent on to the other team by a person after filing: that is a correction, and the page says so.
    other = "ordinary_trial" if team == "fast_track" else "fast_track"
    corrected = post_form(clerk, f"/cases/{public_id}/override", {"destination": other, "reason": "案情复杂"},
                          f"/cases/{public_id}")
    assert corrected.status_code == 302, corrected.get_data(as_text=True)
    assert "已人工更正" in clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    # Sent back out of court to a centre: refused since the 2026-11-29 integration review (a filed case at a centre,
    # with no mediation to run and no 审限, was stuck); it stays filed with its team, filed from the first centre.
    back = post_form(clerk, f"/cases/{public_id}/override", {"destination": "people_mediation", "reason": "转人民调解"},
                     f"/cases/{public_id}")
    assert back.status_code == 409
    assert "本案已立案，不能改送人民调解" in back.get_data(as_text=True)
    assert (_case(app, public_id).destination, _case(app, public_id).filed_from) == (other, centre)


def test_only_a_case_under_review_is_marked_as_awaiting_review(app: Flask, clerk: FlaskClient) -> None:
    """A withdrawn or closed case no longer waits for anyone's review: neither its page nor its queue row says 待审核,
    though nobody confirmed its routing."""
    public_id = _submit(clerk)
    assert _case(app, public_id).status == "under_review", "the tiny test model is unsure of the wage text"
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    queue = clerk.get("/queues/clerk_review").get_data(as_text=True)
    assert '<span class="badge pending">待审核</span>' in page and 'title="待审核"' in queue
    withdrawn = post_form(clerk, f"/cases/{public_id}/status", {"status": "withdrawn"}, f"/cases/{public_id}")
    assert withdrawn.status_code == 302
    for status, destination in (("withdrawn", "clerk_review"), ("closed", "labour_arbitration")):
        set_case_status(app, public_id, status, destination)
        assert _case(app, public_id).reviewed_at is None
        page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
        queue = clerk.get(f"/queues/{destination}?status=all").get_data(as_text=True)
        assert f'href="/cases/{public_id}"' in queue
        assert "待审核" not in page and "待审核" not in queue, status


def test_a_wrong_password_keeps_the_username_and_focuses_the_password(app: Flask, client: FlaskClient) -> None:
    make_user(app, "wang")
    page = client.get("/login").get_data(as_text=True)
    assert re.search(r'<input id="username"[^>]* autofocus', page)
    bad = client.post("/login", data={"username": "wang", "password": "nope", "csrf_token": csrf_token(client)})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 401
    username = re.search(r'<input id="username"[^>]*>', page)
    password = re.search(r'<input id="password"[^>]*>', page)
    assert username and password
    assert 'value="wang"' in username.group(0) and "autofocus" not in username.group(0)
    assert "autofocus" in password.group(0) and 'aria-invalid="true"' in password.group(0)


def test_the_awaiting_review_dot_is_read_out(app: Flask, clerk: FlaskClient) -> None:
    """The amber dot of a case under review has visually hidden text, so a screen reader says 待审核 (a title alone
    is not read)."""
    public_id = _submit(clerk)
    assert _case(app, public_id).status == "under_review"
    queue = clerk.get("/queues/clerk_review").get_data(as_text=True)
    row = re.search(rf'<a href="/cases/{public_id}">{public_id}</a>(.*?)</td>', queue)
    assert row and '<span class="visually-hidden">待审核</span>' in row.group(1)
    css = clerk.get("/static/web.css")
    assert ".visually-hidden" in css.get_data(as_text=True)
    css.close()


def test_the_review_button_names_the_provisional_destination_it_confirms(app: Flask, clerk: FlaskClient) -> None:
    public_id = _submit(clerk)
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        decision = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case.id)).one()
        decision.decision = {**decision.decision, "provisional_destination": "finance_mediation",
                             "provisional_destination_name": "金融纠纷调解办公室"}
        case.status, case.destination, case.reviewed_at = "under_review", "clerk_review", None
        session.add_all([case, decision])
        session.commit()
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    button = re.search(r'<button [^>]*id="accept">([^<]*)</button>', page)
    assert button and button.group(1) == "确认分流至：金融纠纷调解办公室"


def test_a_case_under_review_shows_its_review_limit(app: Flask, clerk: FlaskClient) -> None:
    """Held for a clerk, the case's deadline is the review's; the provisional route's limits are shown as such."""
    public_id = _submit(clerk, {**INTAKE, "text": "abc 123"})  # no Chinese: held (R0), provisionally 人民调解
    case = _case(app, public_id)
    today = dt.datetime.now(COURT_TIMEZONE).date()
    assert (case.status, case.due_date) == ("under_review", period_end(today, days=7, calendar=default_calendar()).date)
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert "人工审核期限" in page
    assert page.count('class="muted provisional-due"') == 1  # the 人民调解 month, not the review limit
    post_form(clerk, f"/cases/{public_id}/accept", {}, f"/cases/{public_id}")
    assert _case(app, public_id).status == "routed"
    assert "provisional-due" not in clerk.get(f"/cases/{public_id}").get_data(as_text=True)


def test_a_case_sent_back_to_review_waits_for_it_and_can_be_confirmed(app: Flask, clerk: FlaskClient) -> None:
    """Sent back to 立案人工复核 by a correction: shown as waiting (not 已审核), its running review limit stated, and
    确认 sends it where the router had sent it (helper review: the only button answered 没有暂定去向)."""
    public_id = _submit(clerk, {**INTAKE, "text": "abc 123"})  # held (R0), provisionally 人民调解
    with app.app_context(), Session(db.get_engine()) as session:  # as if the router had sent it there itself
        row = session.exec(select(RoutingDecision).join(Case).where(Case.public_id == public_id)).one()
        row.decision = {**row.decision, "destination": "people_mediation", "provisional_destination": None,
                        "due_dates": [d for d in row.decision["due_dates"] if d["kind"] != "review_deadline"]}
        row.destination, row.due_dates = "people_mediation", row.decision["due_dates"]
        session.add(row)
        session.commit()
    set_case_status(app, public_id, "routed", "people_mediation")
    page = f"/cases/{public_id}"
    back = post_form(clerk, f"{page}/override", {"destination": "clerk_review", "reason": "需要再看"}, page)
    assert back.status_code == 302
    case = _case(app, public_id)
    assert (case.status, case.destination) == ("under_review", "clerk_review")
    html = clerk.get(page).get_data(as_text=True)
    assert '<span class="badge pending">待审核</span>' in html and ">已审核<" not in html
    assert "已人工审核" not in html  # the send-back is in the timeline as a correction, not as a review
    assert f"本案当前期限为 <strong>{case.due_date}</strong>" in html
    assert "确认分流至：人民调解/特邀调解" in html
    assert post_form(clerk, f"{page}/accept", {}, page).status_code == 302  # it answered 没有暂定去向
    assert (_case(app, public_id).status, _case(app, public_id).destination) == ("routed", "people_mediation")
    assert ">已审核<" in clerk.get(page).get_data(as_text=True)


def test_the_intake_form_takes_a_partys_mobile_number_and_the_case_page_shows_it(app: Flask,
                                                                                 clerk: FlaskClient) -> None:
    """Mediators call the parties: the form has a 手机号码 column (the API took phone numbers, the form did not), a
    bad number is refused on its row, and the case page shows the number as a link to call."""
    form = clerk.get("/intake").get_data(as_text=True)
    assert 'name="party_phone"' in form and "手机号码（选填）" in form
    bad = post_form(clerk, "/intake", {**INTAKE, "party_phone": ["1390000", ""]})
    assert bad.status_code == 400 and "第 1 位当事人" in bad.get_data(as_text=True)
    public_id = _submit(clerk, {**INTAKE, "party_phone": ["139 0931 2345", ""]})  # spaces, as people write it
    assert [p.get("phone") for p in _case(app, public_id).fields["parties"]] == ["13909312345", None]
    page = clerk.get(f"/cases/{public_id}").get_data(as_text=True)
    assert '<a class="phone" href="tel:13909312345">13909312345</a>' in page


def test_the_intake_form_records_a_case_already_filed(app: Flask, clerk: FlaskClient) -> None:
    """The 2025 flow (立案后委托调解) from the counter: 已登记立案 is sent as the API's fields.filed (the form had no
    way to say it, integrator review), kept when the form comes back with an error, and absent when unticked."""
    form = clerk.get("/intake").get_data(as_text=True)
    assert 'name="filed" value="yes"' in form
    refused = post_form(clerk, "/intake", {**INTAKE, "filed": "yes", "amount": "很多钱"})
    assert refused.status_code == 400 and 'name="filed" value="yes" checked' in refused.get_data(as_text=True)
    filed = _submit(clerk, {**INTAKE, "filed": "yes"})
    plain = _submit(clerk, {**INTAKE, "text": WAGES + "，已经三个月了"})
    assert _case(app, filed).fields["filed"] is True and "filed" not in (_case(app, plain).fields or {})
    decision = _rows(app, RoutingDecision, filed)[0]
    assert decision.elements["filed"] is True
