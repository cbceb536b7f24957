"""The case endpoints, on SQLite and on PostgreSQL (every test runs on both through the ``database_url`` fixture)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, select

from service import auth, create_app, db
from service.config import Settings
from service.lifecycle import COURT_TIMEZONE
from service.periods import default_calendar, load_calendar, period_end
from service.rules import load_rules
from service.tables import Case, RoutingDecision, StatusEvent
from tests.helpers import placeholder_calendar

WAGE_TEXT = "老板拖欠我三个月工资不给怎么办，我手里有工资欠条"
LOAN_TEXT = "朋友借了我五万块钱一直不还，有借条，能起诉吗"

Headers = dict[str, str]


def submit(client: FlaskClient, headers: Headers, text: str = WAGE_TEXT, **extra: Any) -> dict[str, Any]:
    response = client.post("/api/v1/cases", json={"text": text, **extra}, headers=headers)
    assert response.status_code == 201, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def set_due_date(app: Flask, public_id: str, due: dt.date) -> None:
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        case.due_date = due
        session.add(case)
        session.commit()


def test_submit_case_stores_case_decision_and_first_event(app: Flask, client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases", headers=headers, json={
        "text": WAGE_TEXT, "channel": "mobile_micro_court", "submitter": "wx-openid-123",
        "fields": {"amount": "24000", "consent_to_mediation": True,
                   "parties": [{"name": "张三", "kind": "person", "role": "plaintiff"}]},
    })
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"] == f"/api/v1/cases/{body['id']}"
    assert body["id"].startswith("MR-")
    assert set(body) >= {"prediction", "elements", "decision", "status", "status_name", "due_date", "events"}
    assert body["prediction"]["label"] in {"labour", "finance", "housing", "sme", "other"}
    assert body["destination"] == body["decision"]["destination"]
    assert body["status"] in {"routed", "under_review"}
    assert body["status_name"] in {"已分流待受理", "待人工复核"}
    assert body["fields"] == {"amount": "24000", "consent_to_mediation": True,
                              "parties": [{"name": "张三", "kind": "person", "role": "plaintiff"}]}
    assert [e["to_status"] for e in body["events"]] == [body["status"]]
    assert body["events"][0]["actor"] == "micro-court"
    assert dt.datetime.fromisoformat(body["created_at"]).tzinfo is not None
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case)).one()
        decision = session.exec(select(RoutingDecision)).one()
        assert decision.case_id == case.id
        assert decision.model_version == body["prediction"]["model_version"]
        assert decision.rules_version == body["decision"]["rules_version"]
        assert decision.probabilities == body["prediction"]["probabilities"]
        assert case.created_at.tzinfo is not None
        assert len(session.exec(select(StatusEvent)).all()) == 1


def test_get_case(client: FlaskClient, headers: Headers) -> None:
    created = submit(client, headers)
    response = client.get(f"/api/v1/cases/{created['id']}", headers=headers)
    assert response.status_code == 200
    assert response.get_json() == created


def test_get_unknown_case_is_404(client: FlaskClient, headers: Headers) -> None:
    response = client.get("/api/v1/cases/MR-0000000000", headers=headers)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_list_cases_filters_and_paginates(app: Flask, client: FlaskClient, headers: Headers) -> None:
    ids = [submit(client, headers, f"{WAGE_TEXT} 第{i}件")["id"] for i in range(5)]
    page = client.get("/api/v1/cases?per_page=2", headers=headers).get_json()
    assert page["total"] == 5 and page["page"] == 1 and page["per_page"] == 2
    assert [item["id"] for item in page["items"]] == ids[::-1][:2]  # newest first
    last = client.get("/api/v1/cases?per_page=2&page=3", headers=headers).get_json()
    assert [item["id"] for item in last["items"]] == [ids[0]]

    destination = page["items"][0]["destination"]
    by_destination = client.get(f"/api/v1/cases?destination={destination}", headers=headers).get_json()
    assert by_destination["total"] == 5
    other = "ordinary_trial" if destination != "ordinary_trial" else "fast_track"
    assert client.get(f"/api/v1/cases?destination={other}", headers=headers).get_json()["total"] == 0
    label = page["items"][0]["label"]
    assert client.get(f"/api/v1/cases?label={label}", headers=headers).get_json()["total"] >= 1

    client.post(f"/api/v1/cases/{ids[0]}/events", json={"status": "withdrawn"}, headers=headers)
    withdrawn = client.get("/api/v1/cases?status=withdrawn", headers=headers).get_json()
    assert [item["id"] for item in withdrawn["items"]] == [ids[0]]

    today = dt.datetime.now(COURT_TIMEZONE).date()
    assert client.get(f"/api/v1/cases?created_from={today}&created_to={today}",
                      headers=headers).get_json()["total"] == 5
    tomorrow = today + dt.timedelta(days=1)
    assert client.get(f"/api/v1/cases?created_from={tomorrow}", headers=headers).get_json()["total"] == 0

    set_due_date(app, ids[1], today - dt.timedelta(days=1))
    overdue = client.get("/api/v1/cases?overdue=true", headers=headers).get_json()
    assert [item["id"] for item in overdue["items"]] == [ids[1]]
    assert overdue["items"][0]["overdue"] is True


@pytest.mark.parametrize("query", [
    "destination=moon", "status=lost", "label=tax", "created_from=yesterday", "page=0", "per_page=101",
    "page=abc", "colour=red", "page=1&page=2",
])
def test_list_cases_rejects_bad_query(client: FlaskClient, headers: Headers, query: str) -> None:
    response = client.get(f"/api/v1/cases?{query}", headers=headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["fields"]


def test_lifecycle_happy_path(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    steps = ["accepted", "mediation_succeeded", "confirmation_applied", "closed"]
    if case["status"] == "under_review":
        steps.insert(0, "routed")
    for status in steps:
        response = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers,
                               json={"status": status, "note": "调解员已签收", "actor": "调解员李四"})
        assert response.status_code == 201, response.get_json()
        assert response.get_json()["status"] == status
    final = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert [e["to_status"] for e in final["events"]][-4:] == steps[-4:]
    assert final["events"][-1]["actor"] == "调解员李四"
    assert final["status_name"] == "已结案"
    assert final["due_date"] is None and final["overdue"] is False


def test_failed_mediation_goes_to_filing(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    for status in ["accepted", "mediation_failed", "filed"]:
        assert client.post(f"/api/v1/cases/{case['id']}/events", headers=headers,
                           json={"status": status}).status_code == 201


def test_a_routed_case_can_be_closed_before_anyone_takes_it_up(client: FlaskClient, headers: Headers) -> None:
    """A referral done (告知当事人申请劳动仲裁) or a dispute settled before acceptance closes the case at once."""
    case = submit(client, headers)
    steps = (["routed"] if case["status"] == "under_review" else []) + ["closed"]
    for status in steps:
        response = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers,
                               json={"status": status, "note": "已告知当事人向劳动人事争议仲裁委员会申请仲裁"})
        assert response.status_code == 201, response.get_json()
    body = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert (body["status"], body["due_date"], body["events"][-1]["from_status"]) == ("closed", None, "routed")


@pytest.mark.parametrize("status", ["mediation_succeeded", "mediation_failed", "confirmation_applied"])
def test_illegal_transition_is_409_and_changes_nothing(client: FlaskClient, headers: Headers, status: str,
                                                       count_rows: Callable[[], dict[str, int]]) -> None:
    case = submit(client, headers)
    before = count_rows()
    response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": status}, headers=headers)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "invalid_transition"
    assert count_rows() == before
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["status"] == case["status"]


def test_no_transition_out_of_a_terminal_status(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    assert client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "withdrawn"},
                       headers=headers).status_code == 201
    response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert response.status_code == 409


def test_concurrent_status_changes_of_one_case_serialise(app: Flask, client: FlaskClient, headers: Headers) -> None:
    """Found by fuzzing with two workers: on SQLite, which has no SELECT ... FOR UPDATE, two requests read the same
    status and both moved the case on from it (two routed → accepted events, or routed → accepted and routed →
    withdrawn)."""
    case = submit(client, headers, LOAN_TEXT)
    start = case["status"]
    targets = ["accepted", "withdrawn"] * 3 if start == "routed" else ["routed", "withdrawn"] * 3
    barrier = threading.Barrier(len(targets))
    statuses: list[int] = []
    lock = threading.Lock()

    def post(status: str) -> None:
        worker = app.test_client()
        barrier.wait()
        response = worker.post(f"/api/v1/cases/{case['id']}/events", json={"status": status}, headers=headers)
        with lock:
            statuses.append(response.status_code)

    threads = [threading.Thread(target=post, args=(status,)) for status in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(statuses) == len(targets) and set(statuses) <= {201, 409}, statuses
    events = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()["events"]
    assert [e["from_status"] for e in events[1:]] == [e["to_status"] for e in events[:-1]], events
    assert len({e["from_status"] for e in events}) == len(events), events


def test_event_on_unknown_case_is_404(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases/MR-NOPE/events", json={"status": "accepted"}, headers=headers)
    assert response.status_code == 404


@pytest.mark.parametrize("body", [{}, {"status": "teleported"}, {"status": "accepted", "when": "now"},
                                  {"status": 3}, {"status": "accepted", "note": ""}])
def test_bad_event_is_400(client: FlaskClient, headers: Headers, body: dict[str, Any]) -> None:
    case = submit(client, headers)
    response = client.post(f"/api/v1/cases/{case['id']}/events", json=body, headers=headers)
    assert response.status_code == 400


def test_correction_overrides_label_and_destination(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    new_label = "finance" if case["label"] != "finance" else "other"
    response = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers, json={
        "label": new_label, "destination": "finance_mediation", "reason": "实为民间借贷纠纷", "actor": "书记员王五"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["label"] == new_label and body["destination"] == "finance_mediation"
    assert "金融纠纷调解" in body["destination_name"]
    assert {(c["field"], c["old_value"], c["new_value"]) for c in body["corrections"]} >= {
        ("label", case["label"], new_label)}
    assert all(c["reason"] == "实为民间借贷纠纷" and c["actor"] == "书记员王五" for c in body["corrections"])
    # The model's own prediction is kept for audit and retraining.
    assert body["prediction"] == case["prediction"]
    assert body["status"] == "routed"


def test_a_corrected_destination_brings_its_own_track_and_deadline(client: FlaskClient, headers: Headers) -> None:
    """Sent by a person to a trial team, a case no longer shows 调解 and a mediation limit as its current deadline;
    sent back to a mediation centre, it shows them again (the decision's own due dates, which it keeps for audit)."""
    case = submit(client, headers)
    mediation_due = [d["date"] for d in case["decision"]["due_dates"] if d["kind"] == "mediation_deadline"]
    assert mediation_due  # the wage IOU goes to the labour studio with a 30-day limit
    to_court = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                           json={"destination": "fast_track", "reason": "当事人不同意调解"}).get_json()
    assert to_court["track"] in ("small_claims", "small_claims_by_consent", "simple")
    assert to_court["due_date"] not in mediation_due
    ordinary = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                           json={"destination": "ordinary_trial", "reason": "案情复杂"}).get_json()
    assert ordinary["track"] == "ordinary" and ordinary["due_date"] not in mediation_due
    back = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                       json={"destination": "labour_mediation", "reason": "当事人又同意调解"}).get_json()
    assert back["track"] == "mediation" and back["due_date"] == min(mediation_due)
    referral = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                           json={"destination": "labour_arbitration", "reason": "实为未经仲裁的劳动争议"}).get_json()
    assert referral["track"] is None and referral["due_date"] is None


def test_a_case_taken_up_keeps_its_running_deadline_when_its_destination_is_corrected(
        client: FlaskClient, headers: Headers) -> None:
    """Accepted, its mediation limit was counted again from the acceptance; a correction must not put back the limit
    counted at routing (code review)."""
    case = submit(client, headers, fields={"case_date": "2026-01-05"})  # routing counted from then
    if case["status"] == "under_review":
        client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                    json={"destination": "labour_mediation", "reason": "劳动争议"})
    accepted = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers, json={"status": "accepted"})
    assert accepted.status_code == 201, accepted.get_json()
    routed_due = min(d["date"] for d in case["decision"]["due_dates"] if d["kind"] == "mediation_deadline")
    assert accepted.get_json()["due_date"] > routed_due  # counted again from today's acceptance
    moved = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                        json={"destination": "people_mediation", "reason": "改由人民调解"}).get_json()
    # The new centre's own limit (人民调解: 30 days, not the studio's entrusted 7), still from the acceptance day, not
    # from the case date (workbench review, 2026-11-29: the case kept the studio's limit, or none).
    accepted_on = dt.date.fromisoformat(accepted.get_json()["events"][-1]["created_at"][:10])
    assert moved["status"] == "accepted" and moved["due_date"] > routed_due
    assert 29 <= (dt.date.fromisoformat(moved["due_date"]) - accepted_on).days <= 31
    # Another kind of destination is refused once the case is accepted (integration review, 2026-11-29): it left an
    # accepted case at a referral or a trial team with no deadline at all.  Nothing changes.
    referral = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                           json={"destination": "labour_arbitration", "reason": "未经仲裁"})
    assert referral.status_code == 409
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert (after["destination"], after["due_date"]) == ("people_mediation", moved["due_date"])


def test_a_case_filed_from_a_centre_says_where_it_went(client: FlaskClient, headers: Headers) -> None:
    """Filing moves the case to its trial team; the filing event says so, with the centre it came from, so that an
    API client sees why its destination changed."""
    case = submit(client, headers)
    client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                json={"destination": "labour_mediation", "reason": "劳动争议"})
    for status in ("accepted", "mediation_failed", "filed"):
        body = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers, json={"status": status})
        assert body.status_code == 201, body.get_json()
    filed = body.get_json()
    assert filed["destination"] in ("fast_track", "ordinary_trial")
    moved = f"移送{filed['destination_name']}（原调解组织：劳动争议诉调工作室（法院+工会））"
    assert moved in filed["events"][-1]["note"]
    # The body says it too, for a client that reads fields rather than notes; so does the list.
    assert (filed["filed_from"], filed["filed_from_name"]) == ("labour_mediation", "劳动争议诉调工作室（法院+工会）")
    assert filed["track"] == filed["decision"]["trial_period"]["track"]
    assert filed["track_name"] == filed["decision"]["trial_period"]["track_name"]
    listed = client.get("/api/v1/cases?status=filed", headers=headers).get_json()["items"]
    assert [(item["id"], item["filed_from"]) for item in listed] == [(case["id"], "labour_mediation")]
    assert (case["filed_from"], case["filed_from_name"]) == (None, None)


def test_a_case_with_a_missing_party_is_filed_not_mediated(client: FlaskClient, headers: Headers) -> None:
    """G5: the trial team cannot accept for mediation a case whose defendant cannot be found (409 saying why and what
    is allowed, nothing written); it files it.  Corrected to a mediation centre (the party was found), it mediates."""
    text = "朋友借了我五万块钱一直不还，有借条，他现在下落不明，电话打不通"
    case = submit(client, headers, text, fields={"consent_to_mediation": True})
    assert case["decision"]["mediation_excluded"] is True
    if case["status"] == "under_review":  # the test model may be unsure of the label: the clerk confirms the route
        assert case["decision"]["provisional_destination"] == "ordinary_trial"
        _events(client, headers, case["id"], "routed")
    else:
        assert case["destination"] == "ordinary_trial"
    refused = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert refused.status_code == 409
    error = refused.get_json()["error"]
    assert error["code"] == "invalid_transition" and "下落不明" in error["message"] and "转立案" in error["message"]
    assert "已立案（filed）" in error["fields"]["status"] and "accepted" not in error["fields"]["status"]
    unchanged = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert unchanged["status"] == "routed" and [e["to_status"] for e in unchanged["events"]][-1] == "routed"
    filed = _events(client, headers, case["id"], "filed")
    assert filed["status"] == "filed" and filed["destination"] == "ordinary_trial"
    # A special procedure (G2) takes no mediation either; the refusal gives G2's own reason.
    special = submit(client, headers, "朋友借了我五万块钱一直不还，有借条，我想申请法院向他发出支付令")
    assert special["decision"]["reasons"][0]["rule_id"] == "G2" and special["decision"]["mediation_excluded"]
    if special["status"] == "under_review":  # the test model may be unsure of the label (R1)
        _events(client, headers, special["id"], "routed")
    refused = client.post(f"/api/v1/cases/{special['id']}/events", json={"status": "accepted"}, headers=headers)
    assert refused.status_code == 409 and "特别程序" in refused.get_json()["error"]["message"]

    found = submit(client, headers, text, fields={"consent_to_mediation": True})
    client.post(f"/api/v1/cases/{found['id']}/corrections", headers=headers,
                json={"destination": "people_mediation", "reason": "已联系上被告，同意调解"})
    assert _events(client, headers, found["id"], "accepted")["status"] == "accepted"


def test_a_trial_teams_case_keeps_its_trial_limit_while_it_mediates(client: FlaskClient, headers: Headers) -> None:
    """A case routed straight to a trial team (here: mediation refused) that the team still mediates keeps its 审限
    running: accepted and after mediation fails (smoke test: the deadline vanished)."""
    case = submit(client, headers, text="朋友借了我3万元一直不还，有借条",
                  fields={"consent_to_mediation": False, "case_date": "2026-03-02"})
    if case["destination"] != "fast_track":
        client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                    json={"destination": "fast_track", "reason": "当事人拒绝调解"})
        case = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    trial = [d["date"] for d in case["decision"]["due_dates"] if d["kind"] == "trial_deadline"]
    assert trial and case["due_date"] == trial[0]
    for status in ("accepted", "mediation_failed"):
        body = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers, json={"status": status}).get_json()
        assert (body["status"], body["due_date"]) == (status, trial[0])


def test_a_referral_is_not_filed(client: FlaskClient, headers: Headers) -> None:
    """Only a case leaving a mediation centre or 司法确认 moves to a trial team on filing, never the arbitration
    referral, which would then name the arbitration commission its 原调解组织 (code review).  Since the 2026-11-29
    integration review a referral is not filed at all: it stays where it is, routed."""
    case = submit(client, headers)
    client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                json={"destination": "labour_arbitration", "reason": "未经仲裁"})
    filed = client.post(f"/api/v1/cases/{case['id']}/events", headers=headers, json={"status": "filed"})
    assert filed.status_code == 409
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert (after["status"], after["destination"], after["filed_from"]) == ("routed", "labour_arbitration", None)


def test_correction_of_a_case_under_review_routes_it(app: Flask, client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.exec(select(Case).where(Case.public_id == case["id"])).one()
        row.status, row.destination = "under_review", "clerk_review"
        session.add(row)
        session.commit()
    body = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                       json={"destination": "labour_mediation", "reason": "劳动争议"}).get_json()
    assert body["status"] == "routed"
    assert body["events"][-1]["from_status"] == "under_review"
    assert body["events"][-1]["to_status"] == "routed"


def _put_under_review(app: Flask, public_id: str, provisional: str | None) -> None:
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.exec(select(Case).where(Case.public_id == public_id)).one()
        decision = session.exec(select(RoutingDecision).where(RoutingDecision.case_id == row.id)).one()
        # No provisional destination: the router itself chose the clerk (J4, G6), with nowhere to confirm to.
        decision.decision = {**decision.decision, "provisional_destination": provisional,
                             **({} if provisional else {"destination": "clerk_review"})}
        row.status, row.destination = "under_review", "clerk_review"
        session.add_all([row, decision])
        session.commit()


def test_routing_a_case_out_of_review_sends_it_to_its_provisional_destination(
        app: Flask, client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    _put_under_review(app, case["id"], "labour_mediation")
    refused = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert refused.status_code == 409 and "待人工复核" in refused.get_json()["error"]["message"]
    routed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "routed"}, headers=headers)
    assert routed.status_code == 201
    assert (routed.get_json()["status"], routed.get_json()["destination"]) == ("routed", "labour_mediation")


def test_routing_out_of_review_without_a_provisional_destination_is_409(
        app: Flask, client: FlaskClient, headers: Headers, count_rows: Callable[[], dict[str, int]]) -> None:
    case = submit(client, headers)
    _put_under_review(app, case["id"], None)
    before = count_rows()
    response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "routed"}, headers=headers)
    assert response.status_code == 409 and "destination" in response.get_json()["error"]["message"] + str(
        response.get_json()["error"]["fields"])
    assert count_rows() == before
    body = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert (body["status"], body["destination"]) == ("under_review", "clerk_review")


def test_correction_back_to_the_clerk_puts_the_case_under_review(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers, fields={"case_date": "2026-03-02"})  # its route's limits ran from then
    if case["status"] == "under_review":
        client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                    json={"destination": "labour_mediation", "reason": "劳动争议"})
    body = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                       json={"destination": "clerk_review", "reason": "需要再看"}).get_json()
    assert (body["status"], body["destination"]) == ("under_review", "clerk_review")
    assert (body["events"][-1]["from_status"], body["events"][-1]["to_status"]) == ("routed", "under_review")
    # The clerk has the review's seven days from the send-back, not the limit it was routed with (from 2026-03-02).
    today = dt.datetime.now(COURT_TIMEZONE).date()
    assert body["due_date"] == period_end(today, days=7, calendar=default_calendar()).date.isoformat()
    # Confirmed as it stands, it goes where the router had sent it (it answered 409: no provisional destination).
    routed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "routed"}, headers=headers)
    assert routed.status_code == 201, routed.get_json()
    router_said = case["decision"]["provisional_destination"] or case["decision"]["destination"]
    assert (routed.get_json()["status"], routed.get_json()["destination"]) == ("routed", router_said)


def test_a_case_held_for_review_runs_the_review_limit_not_the_provisional_one(
        client: FlaskClient, headers: Headers) -> None:
    """A case held for a clerk is not overdue for a mediation that has not begun; once sent on, the route's limit
    runs (from the mediator's receipt once accepted)."""
    case = submit(client, headers, text="abc 123", fields={"case_date": "2026-03-02"})  # no Chinese: held (R0)
    assert (case["status"], case["decision"]["provisional_destination"]) == ("under_review", "people_mediation")
    due = {d["kind"]: d["date"] for d in case["decision"]["due_dates"]}
    assert due["review_deadline"] == "2026-03-09" and case["due_date"] == "2026-03-09"
    provisional = due.get("mediation_deadline")
    routed = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "routed"}, headers=headers).get_json()
    assert routed["status"] == "routed" and routed["due_date"] == provisional


@pytest.mark.parametrize("body", [
    {"reason": "没有更正内容"}, {"label": "finance"}, {"label": "tax", "reason": "x"},
    {"destination": "moon", "reason": "x"}, {"label": "finance", "reason": "x", "extra": 1},
])
def test_bad_correction_is_400(client: FlaskClient, headers: Headers, body: dict[str, Any]) -> None:
    case = submit(client, headers)
    response = client.post(f"/api/v1/cases/{case['id']}/corrections", json=body, headers=headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["fields"]


def test_correction_of_a_closed_case_is_409(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "withdrawn"}, headers=headers)
    response = client.post(f"/api/v1/cases/{case['id']}/corrections", headers=headers,
                           json={"label": "finance", "reason": "x"})
    assert response.status_code == 409


def test_correction_of_unknown_case_is_404(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases/MR-NOPE/corrections", json={"label": "finance", "reason": "x"},
                           headers=headers)
    assert response.status_code == 404


def test_queues_count_open_and_overdue(app: Flask, client: FlaskClient, headers: Headers) -> None:
    cases = [submit(client, headers, f"{LOAN_TEXT} {i}") for i in range(3)]
    client.post(f"/api/v1/cases/{cases[2]['id']}/events", json={"status": "withdrawn"}, headers=headers)
    set_due_date(app, cases[0]["id"], dt.datetime.now(dt.UTC).date() - dt.timedelta(days=3))
    response = client.get("/api/v1/queues", headers=headers)
    assert response.status_code == 200
    queues = {q["destination"]: q for q in response.get_json()["queues"]}
    assert len(queues) == 10
    destination = cases[0]["destination"]
    assert queues[destination]["open"] == 2
    assert queues[destination]["overdue"] == 1
    assert sum(q["open"] for q in queues.values()) == 2
    assert queues["fast_track"]["destination_name"].startswith("速裁")
    detail = client.get(f"/api/v1/cases/{cases[0]['id']}", headers=headers).get_json()
    assert detail["overdue"] is True


def test_due_date_comes_from_the_decision(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers)
    dates = [d["date"] for d in case["decision"]["due_dates"]]
    if dates:
        assert case["due_date"] == min(dates)


def test_classify_stores_nothing(client: FlaskClient, count_rows: Callable[[], dict[str, int]]) -> None:
    before = count_rows()
    response = client.post("/api/v1/classify", json={"text": LOAN_TEXT})
    assert response.status_code == 200
    assert set(response.get_json()) >= {"prediction", "elements", "decision"}
    assert count_rows() == before


def test_health_and_ready(client: FlaskClient) -> None:
    assert client.get("/api/v1/health").get_json() == {"status": "ok"}
    response = client.get("/api/v1/ready")
    assert response.status_code == 200
    checks = response.get_json()["checks"]
    assert checks["database"]["ok"] and checks["model"]["ok"]
    calendar = checks["holiday_calendar"]
    assert calendar["ok"] and calendar["years"] == [y.year for y in default_calendar().years]
    gaps = load_rules().calendar_gaps(dt.datetime.now(COURT_TIMEZONE).date())
    assert ("warning" in calendar) is bool(gaps)
    for year in gaps:
        assert f"{year}" in calendar["warning"]


def test_ready_reads_the_holiday_calendar_the_operator_names(settings: Settings, tmp_path: Path) -> None:
    """DISPUTES_HOLIDAYS_FILE: an operator adds a year's notice without a release, and the warning goes away."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    gaps = load_rules().calendar_gaps(today)
    # The packaged calendar plus a placeholder entry for each year it lacks.
    new_years = [(dt.date(year, 1, 1), dt.date(year, 1, 1)) for year in gaps]
    path = placeholder_calendar(tmp_path / "holidays.toml", new_years, on_packaged=True)
    app = create_app(settings.model_copy(update={"holidays_file": path}))
    try:
        calendar = app.test_client().get("/api/v1/ready").get_json()["checks"]["holiday_calendar"]
    finally:
        app.extensions["db_engine"].dispose()
    assert calendar["years"] == [y.year for y in default_calendar().years] + gaps
    assert "warning" not in calendar


def test_status_events_are_append_only(app: Flask, client: FlaskClient, headers: Headers) -> None:
    submit(client, headers)
    with app.app_context(), db.get_engine().connect() as conn:
        for statement in ("UPDATE status_event SET actor = 'x'", "DELETE FROM status_event"):
            with pytest.raises(sa.exc.DatabaseError):
                conn.execute(sa.text(statement))
            conn.rollback()


def test_acceptance_restarts_the_mediation_limit(client: FlaskClient, headers: Headers) -> None:
    """2025 意见 §3: the 15/7-day limit runs from the mediator's receipt (the acceptance), not from the day the case
    was routed, nor from a case date sent with it months earlier."""
    case = submit(client, headers, WAGE_TEXT,
                  fields={"consent_to_mediation": True, "filed": True, "case_date": "2026-01-10"})
    mediation = {d["kind"]: d for d in case["decision"]["due_dates"]}
    assert mediation["mediation_deadline"]["date"] == "2026-01-19"  # 7 days = Saturday 2026-01-17 → Monday
    response = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": "accepted"}, headers=headers)
    assert response.status_code == 201, response.get_json()
    accepted = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    receipt = dt.datetime.now(COURT_TIMEZONE).date()
    days = mediation["mediation_deadline"]["period"]["days"]
    assert accepted["due_date"] == period_end(receipt, days=days, calendar=default_calendar()).date.isoformat()
    assert accepted["overdue"] is False


def _events(client: FlaskClient, headers: Headers, case_id: str, *statuses: str) -> dict[str, Any]:
    for status in statuses:
        response = client.post(f"/api/v1/cases/{case_id}/events", json={"status": status}, headers=headers)
        assert response.status_code == 201, response.get_json()
    body: dict[str, Any] = client.get(f"/api/v1/cases/{case_id}", headers=headers).get_json()
    return body


def test_filing_after_failed_mediation_sets_the_trial_deadline(client: FlaskClient, headers: Headers) -> None:
    """民事诉讼法第一百六十四条等: the 审限 runs from the day after filing, in the track the case takes at filing."""
    case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": True})
    period = case["decision"]["trial_period"]
    assert period["months"] in (2, 3, 6) and not any(d["kind"] == "trial_deadline"
                                                    for d in case["decision"]["due_dates"])
    steps = (["routed"] if case["status"] == "under_review" else []) + ["accepted", "mediation_failed", "filed"]
    filed = _events(client, headers, case["id"], *steps)
    expected = period_end(dt.datetime.now(COURT_TIMEZONE).date(), months=period["months"], calendar=default_calendar())
    assert filed["status"] == "filed" and filed["due_date"] == expected.date.isoformat()
    assert filed["overdue"] is False
    note = filed["events"][-1]["note"]
    assert f"审理期限届满日（{period['track_name']}" in note
    year = dt.date.fromisoformat(filed["due_date"]).year
    assert (f"{year}年法定节假日安排尚未录入" in note) is not default_calendar().covers(year)
    listed = client.get("/api/v1/cases?status=filed", headers=headers).get_json()["items"]
    assert [(item["id"], item["due_date"]) for item in listed] == [(case["id"], filed["due_date"])]


def test_filing_counts_the_trial_deadline_with_the_operators_calendar(settings: Settings, tmp_path: Path) -> None:
    """DISPUTES_HOLIDAYS_FILE reaches the deadlines counted later in the case's life, not only those at routing."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    # A placeholder calendar (not a real notice): a 12-day holiday from the nominal last day of every trial limit a
    # case counted from today can have, so the one the case gets moves at least 12 days; the packaged calendar moves
    # a last day by at most 10.
    nominal = [period_end(today, months=months, calendar=None).date for months in (2, 3, 6)]
    path = placeholder_calendar(tmp_path / "holidays.toml", [(day, day + dt.timedelta(days=11)) for day in nominal],
                                on_packaged=False)
    app = create_app(settings.model_copy(update={"holidays_file": path}))
    try:
        with app.app_context(), Session(db.get_engine()) as session:
            _, key = auth.create_client(session=session, name="micro-court",
                                        scopes=auth.parse_scopes("submit,read,manage"))
            session.commit()
        client, headers = app.test_client(), {"Authorization": f"Bearer {key}"}
        case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": False})
        steps = (["routed"] if case["status"] == "under_review" else []) + ["filed"]
        filed = _events(client, headers, case["id"], *steps)
    finally:
        app.extensions["db_engine"].dispose()
    months = case["decision"]["trial_period"]["months"]
    expected = period_end(today, months=months, calendar=load_calendar(path))
    assert expected.nominal is not None and expected.date >= expected.nominal + dt.timedelta(days=12)
    assert filed["due_date"] == expected.date.isoformat()
    assert filed["due_date"] != period_end(today, months=months, calendar=default_calendar()).date.isoformat()


def test_court_route_counts_the_trial_deadline_from_filing_not_routing(client: FlaskClient, headers: Headers) -> None:
    case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": False, "case_date": "2026-01-07"})
    routed_trial = [d for d in case["decision"]["due_dates"] if d["kind"] == "trial_deadline"]
    assert routed_trial and routed_trial[0]["counted_from"] == "2026-01-07"
    steps = (["routed"] if case["status"] == "under_review" else []) + ["filed"]
    filed = _events(client, headers, case["id"], *steps)
    today = dt.datetime.now(COURT_TIMEZONE).date()
    months = case["decision"]["trial_period"]["months"]
    assert filed["due_date"] == period_end(today, months=months, calendar=default_calendar()).date.isoformat()
    assert filed["overdue"] is False


@pytest.mark.parametrize("case_date", ["2026-01-07", "2026-11-20"])
def test_a_deadline_in_a_year_without_listed_holidays_carries_a_warning(client: FlaskClient, headers: Headers,
                                                                       case_date: str) -> None:
    """Only weekends move a last day in a year the holiday calendar does not list: the answer must say so."""
    case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": False, "case_date": case_date})
    trial = next(d for d in case["decision"]["due_dates"] if d["kind"] == "trial_deadline")
    year = dt.date.fromisoformat(trial["date"]).year
    if default_calendar().covers(year):
        assert trial["calendar_warning"] is None
    else:
        assert trial["calendar_warning"].startswith(f"{year}年法定节假日安排尚未录入")
    stored = client.get(f"/api/v1/cases/{case['id']}", headers=headers).get_json()
    assert next(d for d in stored["decision"]["due_dates"] if d["kind"] == "trial_deadline") == trial


def test_a_case_filed_before_mediation_keeps_its_filing_day_and_goes_overdue(client: FlaskClient,
                                                                              headers: Headers) -> None:
    """2025 rule: filed first, then entrusted mediation (inside the 审限): the 审限 runs from that filing."""
    case = submit(client, headers, LOAN_TEXT, fields={"consent_to_mediation": True, "filed": True,
                                                      "case_date": "2025-01-10"})
    steps = (["routed"] if case["status"] == "under_review" else []) + ["accepted", "mediation_failed", "filed"]
    filed = _events(client, headers, case["id"], *steps)
    months = case["decision"]["trial_period"]["months"]
    expected = period_end(dt.date(2025, 1, 10), months=months, calendar=default_calendar()).date
    assert filed["due_date"] == expected.isoformat() and filed["overdue"] is True
    queues = {q["destination"]: q for q in client.get("/api/v1/queues", headers=headers).get_json()["queues"]}
    assert queues[filed["destination"]]["overdue"] == 1
    overdue = client.get("/api/v1/cases?overdue=true", headers=headers).get_json()["items"]
    assert [item["id"] for item in overdue] == [case["id"]]
