"""Agreed extensions of a running mediation limit (POST /api/v1/cases/{id}/extensions), on SQLite and PostgreSQL.

2025 意见 §3: 委托调解 runs 15 days (普通) or 7 (简易) from the mediator's receipt, and both parties may agree to thirty
days more, not counted in the trial limit.  Before this endpoint, a case whose parties agreed showed as overdue after
the first limit, with no way to record the agreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, select

from service import db, stats
from service.lifecycle import COURT_TIMEZONE
from service.periods import default_calendar, period_end
from service.tables import Case
from tests.test_api_cases import LOAN_TEXT, WAGE_TEXT, Headers, submit
from tests.web_helpers import make_user, post_form, sign_in

AGREED = "双方当事人书面同意延长调解期限"


def _accepted(client: FlaskClient, headers: Headers, text: str = WAGE_TEXT, **fields: Any) -> dict[str, Any]:
    """A case in mediation at a centre (entrusted mediation after filing unless ``fields`` say otherwise)."""
    case = submit(client, headers, text, fields=fields or {"consent_to_mediation": True, "filed": True})
    if case["status"] == "under_review":
        client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "routed"}, headers=headers)
    response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert response.status_code == 201, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def _extend(client: FlaskClient, headers: Headers, case_id: str, days: int = 10, **body: Any) -> Any:
    return client.post(f"/api/v1/cases/{case_id}/extensions", json={"note": AGREED, "days": days, **body},
                       headers=headers)


def _limit(case: dict[str, Any]) -> dict[str, Any]:
    """The decision's mediation limit, as counted at routing (its period and rest-day rule)."""
    limit: dict[str, Any] = next(d for d in case["decision"]["due_dates"] if d["kind"] == "mediation_deadline")
    return limit


def _counted(limit: dict[str, Any], days: int) -> str:
    """``limit``'s period lengthened by ``days``, counted from today (the acceptance), by its own rest-day rule."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    calendar = default_calendar() if limit["postpone_on_rest_day"] else None
    return period_end(today, days=limit["period"]["days"] + days, calendar=calendar).date.isoformat()


def test_an_agreed_extension_lengthens_the_running_mediation_limit(client: FlaskClient, headers: Headers) -> None:
    case = _accepted(client, headers)
    limit = _limit(case)
    assert limit["period"]["days"] in (7, 15)  # entrusted mediation: the 2025 rule's limits
    assert case["due_date"] == _counted(limit, 0)
    response = _extend(client, headers, case["id"], days=30, actor="王调解员")
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    # All thirty days the rule allows, added to the period (not a second period after the first).
    assert body["due_date"] == _counted(limit, 30)
    assert body["status"] == "accepted" and body["overdue"] is False
    [extension] = body["extensions"]
    assert extension["days"] == 30 and extension["previous_due"] == case["due_date"]
    assert extension["due_date"] == body["due_date"]
    # A last day in a year whose holidays are not listed says so, as the deadlines counted at routing do.
    year = dt.date.fromisoformat(extension["due_date"]).year
    warned = extension["calendar_warning"] is not None and extension["calendar_warning"].startswith(f"{year}年")
    assert warned is (limit["postpone_on_rest_day"] and not default_calendar().covers(year))
    assert (extension["note"], extension["actor"]) == (AGREED, "王调解员")
    stored = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert stored["due_date"] == body["due_date"] and stored["extensions"] == body["extensions"]
    listed = client.get("/api/v1/cases?status=accepted", headers=headers).get_json()["items"]
    assert [(item["id"], item["due_date"]) for item in listed] == [(case["id"], body["due_date"])]


def test_extensions_add_up_to_the_rules_cap_and_no_further(client: FlaskClient, headers: Headers,
                                                           count_rows: Callable[[], dict[str, int]]) -> None:
    case = _accepted(client, headers)
    limit = _limit(case)
    first = _extend(client, headers, case["id"], days=10)
    assert first.status_code == 201 and first.get_json()["due_date"] == _counted(limit, 10)
    before = count_rows()
    too_many = _extend(client, headers, case["id"], days=21)
    assert too_many.status_code == 409
    error = too_many.get_json()["error"]
    assert error["code"] == "extension_refused" and "还可延长20日" in error["message"]
    assert error["fields"] == {"days": "最多20日"}
    assert count_rows() == before
    second = _extend(client, headers, case["id"], days=20)
    assert second.status_code == 201
    body = second.get_json()
    assert body["due_date"] == _counted(limit, 30)
    assert [(e["days"], e["previous_due"]) for e in body["extensions"]] == [(10, case["due_date"]),
                                                                            (20, first.get_json()["due_date"])]
    spent = _extend(client, headers, case["id"], days=1)
    assert spent.status_code == 409 and spent.get_json()["error"]["fields"] == {"days": "已延长30日，上限30日"}
    assert "调解失败" in spent.get_json()["error"]["message"]


def test_only_a_case_in_mediation_can_be_extended(client: FlaskClient, headers: Headers,
                                                   count_rows: Callable[[], dict[str, int]]) -> None:
    case = submit(client, headers, WAGE_TEXT, fields={"consent_to_mediation": True, "filed": True})
    before = count_rows()
    response = _extend(client, headers, case["id"])
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "extension_refused" and "只有调解中的案件" in error["message"]
    assert set(error["fields"]) == {"status"}
    assert count_rows() == before
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["due_date"] == case["due_date"]


def test_after_mediation_ends_the_extension_no_longer_applies(client: FlaskClient, headers: Headers) -> None:
    case = _accepted(client, headers)
    assert _extend(client, headers, case["id"], days=5).status_code == 201
    failed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "mediation_failed"}, headers=headers)
    assert failed.status_code == 201
    assert _extend(client, headers, case["id"], days=5).status_code == 409


def test_a_trial_teams_own_mediation_is_not_extended_here(client: FlaskClient,
                                                                              headers: Headers) -> None:
    """A case the 速裁/精审 team mediates itself: its mediation before the answer may go on with everyone's consent,
    the extra time not counted in the 审限 (民事调解规定第四条), but the trial team keeps that, not this service."""
    case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": True})
    client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                json={"destination": "fast_track", "reason": "速裁团队径行调解"})
    accepted = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert accepted.status_code == 201, accepted.get_json()
    response = _extend(client, headers, case["id"])
    assert response.status_code == 409
    assert set(response.get_json()["error"]["fields"]) == {"destination"}
    message = response.get_json()["error"]["message"]
    assert "延长的调解期间不计入审理期限" in message and "第四条" in message and "本系统不记录" in message
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert after["due_date"] == accepted.get_json()["due_date"] and after["extensions"] == []


def test_the_extension_stays_when_another_centre_takes_the_mediation_over(client: FlaskClient,
                                                                         headers: Headers) -> None:
    """The parties agreed to more time for their mediation, not for one centre: the new centre's limit (人民调解 before
    filing, 30 days from the acceptance) is lengthened by the days already agreed."""
    case = _accepted(client, headers, WAGE_TEXT, consent_to_mediation=True)
    assert case["destination"] != "people_mediation"
    assert _extend(client, headers, case["id"], days=12).status_code == 201
    moved = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                        json={"destination": "people_mediation", "reason": "改由人民调解"}).get_json()
    assert moved["destination"] == "people_mediation"
    today = dt.datetime.now(COURT_TIMEZONE).date()
    due = dt.date.fromisoformat(moved["due_date"])
    assert 30 + 12 <= (due - today).days <= 30 + 12 + 10  # 30 + 12 days, moved off a rest day at most
    again = _extend(client, headers, case["id"], days=19)
    assert again.status_code == 409 and again.get_json()["error"]["fields"] == {"days": "最多18日"}


@pytest.mark.parametrize("filed_first", [True, False])
def test_the_extension_is_not_counted_in_the_trial_limit(app: Flask, client: FlaskClient, headers: Headers,
                                                         filed_first: bool) -> None:
    """2025 意见 §3, 民事调解规定第四条: a case filed and then entrusted to mediation has its 审限 running from that
    filing; the time the mediation ran into the extension the parties agreed to is not counted in it, so its trial
    deadline moves by those days.  A case filed only after mediation counts its 审限 from that later filing, untouched
    by the extension."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    routed_on = today - dt.timedelta(days=60)
    case = _accepted(client, headers, LOAN_TEXT, consent_to_mediation=True, filed=filed_first,
                     case_date=routed_on.isoformat())
    limit = _limit(case)
    ago = limit["period"]["days"] + 10  # accepted long enough ago that its first limit ended 10 days ago
    accepted_on = today - dt.timedelta(days=ago)
    _accepted_days_ago(app, case["id"], ago)
    first_end = period_end(accepted_on, days=limit["period"]["days"],
                           calendar=default_calendar() if limit["postpone_on_rest_day"] else None).date
    assert _extend(client, headers, case["id"], days=30).status_code == 201
    for status in ("mediation_failed", "filed"):
        response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": status}, headers=headers)
        assert response.status_code == 201, response.get_json()
    filed = response.get_json()
    months = case["decision"]["trial_period"]["months"]
    used = (today - first_end).days  # mediation ran past its first limit until it failed today
    assert 0 < used <= 30
    expected = (period_end(routed_on, months=months, days=used, calendar=default_calendar()) if filed_first
                else period_end(today, months=months, calendar=default_calendar()))
    assert filed["status"] == "filed" and filed["due_date"] == expected.date.isoformat()
    assert (f"进行的{used}日不计入审限" in filed["events"][-1]["note"]) is filed_first


def _accepted_days_ago(app: Flask, case_id: str, days: int) -> None:
    """Record, as the last acceptance of ``case_id``, one made ``days`` ago (status events can be added, never
    changed): its mediation limit then runs from that day."""
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == case_id)).one()
        then = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        session.execute(sa.text("INSERT INTO status_event (case_id, from_status, to_status, actor, created_at) "
                                "VALUES (:case, 'routed', 'accepted', 'test', :then)"), {"case": case.id, "then": then})
        session.commit()


def test_a_limit_that_would_still_have_run_out_is_not_extended(app: Flask, client: FlaskClient,
                                                               headers: Headers) -> None:
    """Consent to more time belongs before the limit ends: an extension that leaves the deadline in the past is
    refused (it was recorded, and the case stayed overdue, review of 2026-11-29); one that reaches past today is
    recorded, counted from the acceptance."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    routed_on = today - dt.timedelta(days=60)  # routed then (its case date), accepted later, 25 days ago
    case = _accepted(client, headers, WAGE_TEXT, consent_to_mediation=True, filed=True, case_date=routed_on.isoformat())
    limit = _limit(case)["period"]["days"]
    assert limit < 20
    _accepted_days_ago(app, case["id"], 25)
    late = _extend(client, headers, case["id"], days=5)
    assert late.status_code == 409 and "仍早于今天" in late.get_json()["error"]["message"]
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["extensions"] == []
    enough = _extend(client, headers, case["id"], days=30)
    assert enough.status_code == 201, enough.get_json()
    accepted_on = today - dt.timedelta(days=25)
    assert dt.date.fromisoformat(enough.get_json()["due_date"]) >= accepted_on + dt.timedelta(days=limit + 30)
    assert enough.get_json()["overdue"] is False


def test_a_case_filed_first_keeps_its_trial_limit_when_mediation_fails(client: FlaskClient, headers: Headers) -> None:
    """Filed, then entrusted to mediation (2025 rule): when mediation fails its 审限 is still running (it showed no
    deadline until the filed event, review of 2026-11-29).  It failed within its first limit, so none of the 15 days
    agreed were used, and none are left out of the 审限 (code review: all were)."""
    case = _accepted(client, headers, LOAN_TEXT, consent_to_mediation=True, filed=True)
    assert _extend(client, headers, case["id"], days=15).status_code == 201
    failed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "mediation_failed"}, headers=headers)
    months = case["decision"]["trial_period"]["months"]
    today = dt.datetime.now(COURT_TIMEZONE).date()
    expected = period_end(today, months=months, calendar=default_calendar()).date.isoformat()
    assert failed.status_code == 201 and failed.get_json()["due_date"] == expected


def test_a_case_not_filed_first_has_no_deadline_after_mediation_fails(client: FlaskClient, headers: Headers) -> None:
    case = _accepted(client, headers, LOAN_TEXT, consent_to_mediation=True)
    failed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "mediation_failed"}, headers=headers)
    assert failed.status_code == 201 and failed.get_json()["due_date"] is None  # its 审限 starts when it is filed


@pytest.mark.parametrize(("body", "field"), [
    ({"note": AGREED, "days": 0}, "days"),
    ({"note": AGREED, "days": "30"}, "days"),
    ({"note": AGREED, "days": 1.5}, "days"),
    ({"note": AGREED, "days": -3}, "days"),
    ({"note": AGREED}, "days"),  # the parties agree to a number of days: it is never guessed
    ({"days": 10}, "note"),
    ({"note": "   ", "days": 10}, "note"),
    ({"note": AGREED, "until": "2026-12-31"}, "until"),
])
def test_a_bad_extension_is_400_naming_the_field(client: FlaskClient, headers: Headers, body: dict[str, Any],
                                                 field: str, count_rows: Callable[[], dict[str, int]]) -> None:
    case = _accepted(client, headers)
    before = count_rows()
    response = client.post(f"/api/v1/cases/{case['id']}/extensions", json=body, headers=headers)
    assert response.status_code == 400
    assert field in response.get_json()["error"]["fields"]
    assert count_rows() == before


def test_extension_needs_the_manage_scope_and_a_known_case(client: FlaskClient, headers: Headers,
                                                           make_key: Callable[..., dict[str, str]]) -> None:
    case = _accepted(client, headers)
    reader = make_key("read", "reader")
    assert _extend(client, reader, case["id"]).status_code == 403
    missing = _extend(client, headers, "MR-0000000000")
    assert missing.status_code == 404 and missing.get_json()["error"]["fields"] == {"id": "MR-0000000000"}
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["extensions"] == []


def test_a_retried_extension_with_its_idempotency_key_is_recorded_once(client: FlaskClient,
                                                                       headers: Headers) -> None:
    case = _accepted(client, headers)
    keyed = {**headers, "Idempotency-Key": "ext-1"}
    first = _extend(client, keyed, case["id"], days=10)
    again = _extend(client, keyed, case["id"], days=10)
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    stored = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert [e["days"] for e in stored["extensions"]] == [10]


def test_extensions_are_append_only(app: Flask, client: FlaskClient, headers: Headers) -> None:
    case = _accepted(client, headers)
    assert _extend(client, headers, case["id"], days=3).status_code == 201
    with app.app_context(), db.get_engine().connect() as conn:
        for statement in ("UPDATE mediation_extension SET days = 30", "DELETE FROM mediation_extension"):
            with pytest.raises(sa.exc.DatabaseError):
                conn.execute(sa.text(statement))
            conn.rollback()


# --- the workbench's 延长调解期限 form ------------------------------------------------------------------------------


def test_the_workbench_records_an_extension_and_shows_it(client: FlaskClient, headers: Headers,
                                                         clerk: FlaskClient) -> None:
    routed = submit(client, headers, WAGE_TEXT, fields={"consent_to_mediation": True, "filed": True})
    page = clerk.get(f"/cases/{routed['id']}").get_data(as_text=True)
    assert 'id="h-extension"' not in page  # not in mediation yet
    # The decision's longest possible extension is no deadline by itself: the table says so.
    assert any(d["kind"] == "mediation_extended_deadline" for d in routed["decision"]["due_dates"])
    assert "双方同意延长时最长可至此日" in page
    case = _accepted(client, headers, LOAN_TEXT, consent_to_mediation=True, filed=True)
    path = f"/cases/{case['id']}"
    page = clerk.get(path).get_data(as_text=True)
    assert 'id="h-extension"' in page and "还可延长 <strong>30</strong> 日" in page
    bad = post_form(clerk, f"{path}/extension", {"days": "十", "note": AGREED}, path)
    assert bad.status_code == 400 and "延长日数：请填写双方同意延长的日数（整数）" in bad.get_data(as_text=True)
    blank = post_form(clerk, f"{path}/extension", {"days": "", "note": AGREED}, path)
    assert blank.status_code == 400 and "延长日数：必填" in blank.get_data(as_text=True)
    no_note = post_form(clerk, f"{path}/extension", {"days": "10", "note": " "}, path)
    assert no_note.status_code == 400 and 'id="extension-note-error"' in no_note.get_data(as_text=True)
    assert "依据：" in no_note.get_data(as_text=True)
    too_many = post_form(clerk, f"{path}/extension", {"days": "31", "note": AGREED}, path)
    assert too_many.status_code == 409 and "还可延长30日" in too_many.get_data(as_text=True)
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["extensions"] == []
    done = post_form(clerk, f"{path}/extension", {"days": "１０", "note": AGREED}, path)  # a Chinese input method
    assert done.status_code == 302
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert after["due_date"] == _counted(_limit(case), 10)
    assert [(e["days"], e["actor"]) for e in after["extensions"]] == [(10, "王书记员（wang）")]
    page = clerk.get(path).get_data(as_text=True)
    assert "延长调解期限 10 日" in page and f"→ {after['due_date']}" in page  # the timeline
    assert "还可延长 <strong>20</strong> 日" in page


def test_a_mediator_extends_only_cases_of_their_own_centre(app: Flask, client: FlaskClient,
                                                          headers: Headers) -> None:
    case = _accepted(client, headers, LOAN_TEXT, consent_to_mediation=True, filed=True)
    other = "housing_mediation" if case["destination"] != "housing_mediation" else "finance_mediation"
    make_user(app, "li", "mediator", destination=case["destination"])
    make_user(app, "zhou", "mediator", destination=other)
    path = f"/cases/{case['id']}"
    sign_in(client, "zhou")
    assert post_form(client, f"{path}/extension", {"days": "5", "note": AGREED}, f"/queues/{other}").status_code == 404
    post_form(client, "/logout", {}, f"/queues/{other}")
    sign_in(client, "li")
    assert post_form(client, f"{path}/extension", {"days": "5", "note": AGREED}, path).status_code == 302
    stored = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert [(e["days"], e["actor"]) for e in stored["extensions"]] == [(5, "li（li）")]


def test_the_dashboard_counts_extended_mediations_per_centre(app: Flask, client: FlaskClient, headers: Headers,
                                                             clerk: FlaskClient) -> None:
    """Of the cases a centre finished mediating, how many needed the parties' extension (stats.mediation_outcomes)."""
    extended, plain, open_ = (_accepted(client, headers) for _ in range(3))
    assert extended["destination"] == plain["destination"] == open_["destination"] == "labour_mediation"
    for case in (extended, open_):
        assert _extend(client, headers, case["id"]).status_code == 201
    for case, outcome in ((extended, "mediation_failed"), (plain, "mediation_succeeded")):
        moved = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": outcome}, headers=headers)
        assert moved.status_code == 201
    with app.app_context(), Session(db.get_engine()) as session:
        outcomes = stats.mediation_outcomes(session=session)
    assert [(o.destination, o.succeeded, o.failed, o.extended) for o in outcomes] == [("labour_mediation", 1, 1, 1)]
    assert "50%（1/2） · 延长 1 件" in clerk.get("/dashboard").get_data(as_text=True)


def test_a_mediator_filing_a_case_returns_to_the_queue_told_where_it_went(app: Flask, client: FlaskClient,
                                                                          headers: Headers) -> None:
    """转立案 moves the case to a trial team, out of the mediator's sight: the mediator sees the centre's queue and
    where the case went, not a success message above a 'not in your queue' error (helper review)."""
    case = _accepted(client, headers)
    centre = case["destination"]
    assert client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "mediation_failed"},
                       headers=headers).status_code == 201
    make_user(app, "li", "mediator", destination=centre)
    sign_in(client, "li")
    path = f"/cases/{case['id']}"
    filed = post_form(client, f"{path}/status", {"status": "filed"}, path)
    assert filed.status_code == 302 and filed.headers["Location"] == f"/queues/{centre}"
    page = client.get(filed.headers["Location"]).get_data(as_text=True)
    assert f"案件 {case['id']}：状态已变更为「已立案」，已移送速裁团队（简案快审），不再在您的队列中。" in page
    assert "不存在或不在您的队列中" not in page
