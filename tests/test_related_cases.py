"""Rule K1: a case sharing a party (name or ID number) with an open case is linked to it; the link alone never moves
it (a clerk decides where a related case routed elsewhere goes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from flask.testing import FlaskClient

from service import cases, intake
from service.lifecycle import COURT_TIMEZONE

Headers = dict[str, str]


def submit(client: FlaskClient, headers: Headers, text: str, parties: list[dict[str, Any]]) -> dict[str, Any]:
    parties = [{"kind": "person", "role": "defendant", **party} for party in parties]
    response = client.post("/api/v1/cases", headers=headers, json={"text": text, "fields": {"parties": parties}})
    assert response.status_code == 201, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def test_a_related_case_routed_elsewhere_is_held_for_a_clerk(client: FlaskClient, headers: Headers) -> None:
    """Linked by a company's name or an ID number, a case whose own route differs from its related case's goes to a
    clerk with its own route provisional; the link never moves it by itself (a loan is no labour dispute because the
    same company owes wages)."""
    first = submit(client, headers, "老板拖欠我三个月工资不给怎么办",
                   [{"name": "兰州某物流有限公司", "kind": "company", "role": "defendant"}])
    client.post(f"/api/v1/cases/{first['id']}/corrections", headers=headers,
                json={"destination": "labour_mediation", "reason": "劳动争议"})
    second = submit(client, headers, "朋友借了我五万块钱一直不还",
                    [{"name": "王 某", "id_number": "62010219900101109x", "role": "plaintiff"},
                     {"name": "兰州某物流有限公司", "kind": "company"}])
    assert second["destination"] == "clerk_review" and second["status"] == "under_review"
    # Held like any case the router holds: the review's seven days run (helper review: K1 cases had no deadline).
    review = second["decision"]["due_dates"][0]
    assert review["kind"] == "review_deadline" and second["due_date"] == review["date"]
    assert review["counted_from"] == dt.datetime.now(COURT_TIMEZONE).date().isoformat()
    own = second["decision"]["provisional_destination"]
    assert own not in (None, "clerk_review", "labour_mediation")
    assert second["related_cases"] == [{"id": first["id"], "matched_on": "name", "status": "routed",
                                        "status_name": "已分流待受理", "destination": "labour_mediation",
                                        "destination_name": "劳动争议诉调工作室（法院+工会）"}]
    k1 = [r for r in second["decision"]["reasons"] if r["rule_id"] == "K1"]
    assert len(k1) == 1 and first["id"] in k1[0]["explanation"] and "劳动争议诉调工作室" in k1[0]["explanation"]
    assert "法发〔2016〕21号" in k1[0]["basis"]
    # The link shows from the other side too.
    linked = client.get(f"/api/v1/cases/{first['id']}", headers=headers).get_json()["related_cases"]
    assert [r["id"] for r in linked] == [second["id"]]

    third = submit(client, headers, "网贷利息太高了", [{"name": "王五", "id_number": "62010219900101109X"}])
    matched = {r["id"]: r["matched_on"] for r in third["related_cases"]}
    assert matched == {second["id"]: "id_number"}
    assert third["destination"] == "clerk_review"
    assert "身份证号码相同" in next(r["explanation"] for r in third["decision"]["reasons"] if r["rule_id"] == "K1")


def test_a_person_sharing_only_a_name_does_not_move_the_case(client: FlaskClient, headers: Headers) -> None:
    """张小军 is a common name: a labour dispute never arbitrated still goes to arbitration (L1), not where an open
    case with a party of that name went; K1 names the possible link for the clerk."""
    first = submit(client, headers, "物业费一直在交，可电梯坏了半年没人修，能不交物业费吗",
                   [{"name": "张小军", "role": "plaintiff"}])
    second = submit(client, headers, "老板拖欠我三个月工资不给怎么办", [{"name": "张小军", "role": "plaintiff"}])
    assert first["destination"] != second["destination"] == "labour_arbitration"
    assert second["related_cases"][0]["id"] == first["id"]
    k1 = next(r for r in second["decision"]["reasons"] if r["rule_id"] == "K1")
    assert "同名当事人" in k1["explanation"] and "核实" in k1["explanation"]


def test_a_related_case_routed_alike_keeps_its_route(client: FlaskClient, headers: Headers) -> None:
    first = submit(client, headers, "物业费一直在交，可电梯坏了半年没人修，能不交物业费吗",
                   [{"name": "金河苑物业", "kind": "company"}])
    second = submit(client, headers, "租的房子到期了房东不退押金", [{"name": "金河苑物业", "kind": "company"}])
    assert second["destination"] == first["destination"] != "clerk_review"
    assert any(r["rule_id"] == "K1" and "去向相同" in r["explanation"] for r in second["decision"]["reasons"])


def test_a_related_case_filed_from_the_same_centre_is_routed_alike(client: FlaskClient, headers: Headers) -> None:
    """A repeat party (a bank, a property company): its earlier case, filed from the centre after mediation failed,
    sits with a trial team now, but it was routed where the new case goes; the new case is not held for a clerk
    (integrator review: 694 of 706 loan cases of one bank went to review)."""
    bank = [{"name": "兰州某银行股份有限公司", "kind": "company", "role": "plaintiff"}]
    first = submit(client, headers, "信用卡逾期了银行说要起诉我，欠款本金48000元", bank)
    assert first["destination"] == "finance_mediation"
    for status in ("accepted", "mediation_failed", "filed"):
        assert client.post(f"/api/v1/cases/{first['id']}/events", headers=headers,
                           json={"status": status}).status_code == 201
    filed = client.get(f"/api/v1/cases/{first['id']}", headers=headers).get_json()
    assert (filed["filed_from"], filed["status"]) == ("finance_mediation", "filed")
    second = submit(client, headers, "信用卡逾期了银行说要起诉我，欠款本金48000元", bank)  # another cardholder
    assert second["destination"] == "finance_mediation" and second["status"] == "routed", second["decision"]["reasons"]
    assert any(r["rule_id"] == "K1" and "去向相同" in r["explanation"] for r in second["decision"]["reasons"])
    # ... nor one that goes straight to the trial team the filed case is with now (code review)
    refused = client.post("/api/v1/cases", headers=headers, json={
        "text": "信用卡逾期了银行说要起诉我，欠款本金48000元",
        "fields": {"parties": [{"kind": "person", "role": "defendant", **party} for party in bank],
                   "consent_to_mediation": False}}).get_json()
    assert (refused["destination"], refused["status"]) == (filed["destination"], "routed"), refused["decision"]


def test_a_related_case_waiting_for_review_holds_no_one(client: FlaskClient, headers: Headers) -> None:
    """The oldest related case is itself waiting for a clerk: it has gone nowhere yet, so a new case of the same
    party is routed as its own dispute says, the link named (code review: every one was held)."""
    bank = [{"name": "兰州某银行股份有限公司", "kind": "company", "role": "plaintiff"}]
    first = submit(client, headers, "abc 123", bank)  # held (R0)
    assert first["status"] == "under_review"
    second = submit(client, headers, "信用卡逾期了银行说要起诉我，欠款本金48000元", bank)
    assert second["destination"] == "finance_mediation" and second["status"] == "routed"
    k1 = next(r for r in second["decision"]["reasons"] if r["rule_id"] == "K1")
    assert first["id"] in k1["explanation"] and "尚待人工复核" in k1["explanation"]


def test_closed_cases_are_not_related(client: FlaskClient, headers: Headers) -> None:
    first = submit(client, headers, "物业费一直在交，电梯坏了没人修", [{"name": "金河苑物业"}])
    client.post(f"/api/v1/cases/{first['id']}/events", headers=headers, json={"status": "withdrawn"})
    second = submit(client, headers, "物业费一直在交，电梯坏了没人修", [{"name": "金河苑物业"}])
    assert second["related_cases"] == []
    assert all(r["rule_id"] != "K1" for r in second["decision"]["reasons"])


def test_no_parties_no_links(client: FlaskClient, headers: Headers) -> None:
    submit(client, headers, "物业费一直在交", [])
    assert submit(client, headers, "物业费一直在交", [])["related_cases"] == []


def test_a_party_in_many_cases_links_a_bounded_number(client: FlaskClient, headers: Headers,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A bank in 150 open cases: the 150th was linked to all 149 and its answer listed them (21 KB), growing with the
    square of the cases (integration review, 2026-11-29).  A new case is linked to the case K1 names and the newest
    others; a case body lists the newest links and counts them all."""
    monkeypatch.setattr(intake, "MAX_LINKS", 3)
    monkeypatch.setattr(cases, "RELATED_SHOWN", 2)
    bank = [{"name": "兰州某银行股份有限公司", "kind": "company"}]
    ids = [submit(client, headers, f"信用卡欠款{n}万元逾期未还", bank)["id"] for n in range(1, 7)]
    last = client.get(f"/api/v1/cases/{ids[-1]}", headers=headers).get_json()
    assert last["related_total"] == 3  # the oldest (K1 names it) and the two newest before it
    assert [r["id"] for r in last["related_cases"]] == ids[3:5]  # the newest two shown
    k1 = next(r for r in last["decision"]["reasons"] if r["rule_id"] == "K1")
    assert ids[0] in k1["explanation"]
    first = client.get(f"/api/v1/cases/{ids[0]}", headers=headers).get_json()
    assert first["related_total"] == 5 and [r["id"] for r in first["related_cases"]] == ids[4:6]


def test_a_related_case_waiting_for_review_does_not_hide_one_routed_elsewhere(client: FlaskClient,
                                                                              headers: Headers) -> None:
    """Second review: the oldest related case waits for review, a newer one went elsewhere; the new case is held, K1
    naming the one that went somewhere."""
    bank = [{"name": "兰州某银行股份有限公司", "kind": "company", "role": "plaintiff"}]
    waiting = submit(client, headers, "abc 123", bank)
    elsewhere = submit(client, headers, "物业费一直在交，可电梯坏了半年没人修，能不交物业费吗", bank)
    client.post(f"/api/v1/cases/{elsewhere['id']}/corrections", headers=headers,
                json={"destination": "housing_mediation", "reason": "物业纠纷"})
    new = submit(client, headers, "信用卡逾期了银行说要起诉我，欠款本金48000元", bank)
    assert waiting["status"] == "under_review" and new["destination"] == "clerk_review"
    k1 = next(r for r in new["decision"]["reasons"] if r["rule_id"] == "K1")
    assert elsewhere["id"] in k1["explanation"] and "房产物业纠纷调解" in k1["explanation"]


def test_k1_says_a_name_may_be_anothers_and_where_a_filed_case_is(client: FlaskClient, headers: Headers) -> None:
    """Second review: a person's name alone, that case waiting for review, still warns it may be another person; a
    filed related case is named with the team that has it and the centre it came from."""
    submit(client, headers, "abc 123", [{"name": "张伟"}])
    named = submit(client, headers, "朋友借了我五万块钱一直不还", [{"name": "张伟"}])
    k1 = next(r for r in named["decision"]["reasons"] if r["rule_id"] == "K1")
    assert "仅姓名相同，可能并非同一人" in k1["explanation"] and "尚待人工复核" in k1["explanation"]

    bank = [{"name": "兰州某物流有限公司", "kind": "company", "role": "defendant"}]
    first = submit(client, headers, "信用卡逾期了银行说要起诉我，欠款本金48000元", bank)
    for status in ("accepted", "mediation_failed", "filed"):
        assert client.post(f"/api/v1/cases/{first['id']}/events", headers=headers,
                           json={"status": status}).status_code == 201
    held = submit(client, headers, "老板拖欠我三个月工资不给怎么办", bank)
    k1 = next(r for r in held["decision"]["reasons"] if r["rule_id"] == "K1")
    assert "该案去向为速裁团队（简案快审）（原调解组织：金融纠纷调解办公室）" in k1["explanation"], k1
