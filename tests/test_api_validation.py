"""Bad input gets a 4xx in the one error shape, never a stack trace, and leaves no row behind."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, run_wsgi_app

from service import create_app
from service.config import Settings
from service.labels import LABELS
from service.openapi import openapi_document
from service.schemas import EARLIEST_DATE, CaseCreate, CaseQuery, Channel, ClassifyIn, PartyIn, latest_date
from tests.conftest import ContractClient

Headers = dict[str, str]
GOOD = {"text": "老板拖欠我三个月工资不给"}


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fields"}
    if code:
        assert body["error"]["code"] == code
    assert "Traceback" not in response.get_data(as_text=True)
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.parametrize(("data", "content_type", "status", "code"), [
    (b'{"text": "x"', "application/json", 400, "invalid_json"),
    (b"", "application/json", 400, "invalid_json"),
    (b'["text"]', "application/json", 400, "invalid_json"),
    (b'{"text": NaN}', "application/json", 400, "invalid_json"),
    ('{"text": "工资"}'.encode("gbk"), "application/json", 400, "invalid_json"),
    (b'{"text": "\xff\xfe"}', "application/json", 400, "invalid_json"),
    (b"text=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    (b'{"text": "x"}', "text/plain", 415, "unsupported_media_type"),
])
def test_unreadable_bodies(client: FlaskClient, headers: Headers, count_rows: Callable[[], dict[str, int]],
                           data: bytes, content_type: str, status: int, code: str) -> None:
    before = count_rows()
    response = client.post("/api/v1/cases", data=data, content_type=content_type, headers=headers)
    assert_error(response, status, code)
    assert count_rows() == before


@pytest.mark.parametrize(("body", "field"), [
    ({}, "text"),
    ({"text": None}, "text"),
    ({"text": 42}, "text"),
    ({"text": ["工资"]}, "text"),
    ({"text": ""}, "text"),
    ({"text": " \n\t "}, "text"),
    ({"text": "工资\x00拖欠"}, "text"),
    ({"text": "工资\x1b[31m拖欠"}, "text"),
    ({"text": "x" * 20_001}, "text"),
    ({**GOOD, "priority": "high"}, "priority"),
    ({**GOOD, "channel": "fax"}, "channel"),
    ({**GOOD, "submitter": 7}, "submitter"),
    ({**GOOD, "fields": []}, "fields"),
    ({**GOOD, "fields": {"amount": "lots"}}, "fields.amount"),
    ({**GOOD, "fields": {"amount": -1}}, "fields.amount"),
    ({**GOOD, "fields": {"amount": "1.005"}}, "fields.amount"),
    # Strings Python's Decimal would take but no client means: separators, full-width digits, signs, exponents, spaces.
    *[({**GOOD, "fields": {"amount": text}}, "fields.amount") for text in ("1_000", "４２", "-0", "+5", "1e3", " 5 ")],
    ({**GOOD, "fields": {"consent_to_mediation": "yes"}}, "fields.consent_to_mediation"),
    ({**GOOD, "fields": {"case_date": "31/12/2025"}}, "fields.case_date"),
    ({**GOOD, "fields": {"parties": [{"kind": "person"}]}}, "fields.parties.0.name"),
    ({**GOOD, "fields": {"parties": [{"name": "张三", "id_number": "12345"}]}}, "fields.parties.0.id_number"),
    # GB 11643: one digit mistyped (…1014 → …1234), two swapped, an impossible birth date (2月30日, 13月, 1899年, one
    # in the future: 2030, check character right).
    *[({**GOOD, "fields": {"parties": [{"name": "张三", "id_number": number}]}}, "fields.parties.0.id_number")
      for number in ("620102199001011234", "620102199001010114", "620102199002301011", "620102199013011018",
                     "620102189901011016", "110105203001011231")],
    ({**GOOD, "fields": {"parties": [{"name": "张三", "phone": "911"}]}}, "fields.parties.0.phone"),
    ({**GOOD, "fields": {"parties": [{"name": "张三", "role": "judge"}]}}, "fields.parties.0.role"),
    ({**GOOD, "fields": {"parties": [{"name": "张三", "age": 30}]}}, "fields.parties.0.age"),
])
def test_invalid_fields(client: FlaskClient, headers: Headers, count_rows: Callable[[], dict[str, int]],
                        body: dict[str, Any], field: str) -> None:
    before = count_rows()
    error = assert_error(client.post("/api/v1/cases", json=body, headers=headers), 400, "invalid_input")
    assert field in error["fields"], error
    assert count_rows() == before


def test_an_id_number_is_checked_for_its_birth_date_and_check_character(client: FlaskClient,
                                                                        headers: Headers) -> None:
    """A mistyped ID number passed the pattern and made rule K1 miss the party's other cases; now it is refused
    where it is typed, saying what is wrong.  Valid numbers pass in either case of the X."""
    def party(number: str) -> dict[str, Any]:
        return {**GOOD, "fields": {"parties": [{**PARTY, "id_number": number}]}}

    typo = assert_error(client.post("/api/v1/cases", json=party("620102199001011034"), headers=headers), 400)
    assert typo["fields"] == {"fields.parties.0.id_number": "校验位不符，号码中有录入错误，请对照证件核对"}
    date = assert_error(client.post("/api/v1/cases", json=party("620102199002301011"), headers=headers), 400)
    assert "出生日期" in date["fields"]["fields.parties.0.id_number"]
    old_card = assert_error(client.post("/api/v1/cases", json=party("620102900101101"), headers=headers), 400)
    assert old_card["fields"] == {"fields.parties.0.id_number": "15 位的第一代居民身份证已停止使用，请填写 18 位号码"}
    for number in ("620102199001011014", "62010219900101109X", "62010219900101109x"):
        assert client.post("/api/v1/cases", json=party(number), headers=headers).status_code == 201, number


def test_numbers_typed_with_a_chinese_input_method_are_read_as_digits(client: FlaskClient, headers: Headers) -> None:
    """Full-width digits and spaces between groups, as a phone user types them, are read as the digits (integrator
    review: refused as 格式不正确 although the workbench's form reads them)."""
    body = {**GOOD, "fields": {"parties": [{**PARTY, "id_number": "６２０１０２ １９９００１０１ １０１４",
                                            "phone": "１３９ ０９３１ ２３４５"}]}}
    response = client.post("/api/v1/cases", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    [stored] = response.get_json()["fields"]["parties"]
    assert (stored["id_number"], stored["phone"]) == ("620102199001011014", "13909312345")
    old_card = assert_error(client.post("/api/v1/cases", json={**GOOD, "fields": {"parties": [
        {**PARTY, "id_number": "６２０１０２９００１０１１０１"}]}}, headers=headers), 400)
    assert "15 位的第一代居民身份证" in old_card["fields"]["fields.parties.0.id_number"]


def test_lone_surrogate_escape_is_rejected(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases", data=b'{"text": "\\ud800 \\u5de5\\u8d44"}', content_type="application/json",
                           headers=headers)
    assert "text" in assert_error(response, 400, "invalid_input")["fields"]


def test_text_at_the_limit_is_accepted(client: FlaskClient, headers: Headers) -> None:
    assert client.post("/api/v1/cases", json={"text": "工" * 20_000}, headers=headers).status_code == 201


def test_text_limit_is_configurable(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"max_text_chars": 10}))
    app.test_client_class = ContractClient
    client = app.test_client()
    from sqlmodel import Session

    from service import auth, db

    with app.app_context(), Session(db.get_engine()) as session:
        _, key = auth.create_client(session=session, name="small", scopes=auth.parse_scopes("submit"))
        session.commit()
    headers = {"Authorization": f"Bearer {key}"}
    error = assert_error(client.post("/api/v1/cases", json={"text": "工资" * 6}, headers=headers), 400)
    assert "10" in error["fields"]["text"]
    assert client.post("/api/v1/cases", json={"text": "工资" * 5}, headers=headers).status_code == 201
    app.extensions["db_engine"].dispose()


def test_oversized_request_is_413(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases", data=b'{"text": "' + b"x" * 2_000_000 + b'"}',
                           content_type="application/json", headers=headers)
    assert_error(response, 413)


def _post_streamed(app: Flask, path: str, body: bytes, headers: Headers) -> tuple[int, dict[str, Any]]:
    """POST ``body`` as a server passes a chunked request on: no Content-Length, the stream's end marked instead."""
    environ = EnvironBuilder(path=path, method="POST", input_stream=io.BytesIO(body), content_type="application/json",
                             headers=headers).get_environ()
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input_terminated"] = True
    app_iter, status, _ = run_wsgi_app(app, environ, buffered=True)
    return int(status.split()[0]), json.loads(b"".join(app_iter))


def test_oversized_streamed_request_is_413(app: Flask, headers: Headers,
                                           count_rows: Callable[[], dict[str, int]]) -> None:
    """Found by fuzzing: a body sent chunked was cut at the limit and then read: a 400 "not valid JSON" for valid
    JSON, or, with enough trailing spaces, a case stored from a body over the limit."""
    before = count_rows()
    small = '{"text": "老板拖欠工资"}'.encode()
    for body in (b'{"text": "' + b"x" * 2_000_000 + b'"}', small + b" " * 1_200_000):
        for path in ("/api/v1/cases", "/api/v1/classify"):
            status, answer = _post_streamed(app, path, body, headers)
            assert (status, answer["error"]["code"]) == (413, "request_entity_too_large"), answer
    assert count_rows() == before
    assert _post_streamed(app, "/api/v1/cases", small, headers)[0] == 201


def test_unknown_route_and_method_use_the_error_shape(client: FlaskClient, headers: Headers) -> None:
    assert_error(client.get("/api/v1/nope", headers=headers), 404)
    assert_error(client.delete("/api/v1/cases", headers=headers), 405)


def test_unexpected_failure_is_a_bare_500_and_leaves_no_row(app: Flask, client: FlaskClient, headers: Headers,
                                                            count_rows: Callable[[], dict[str, int]],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from service import intake

    original = intake.submit_case

    def explode(**kwargs: Any) -> Any:
        original(**kwargs)  # the rows are added and flushed ...
        raise RuntimeError("disk on fire 620102199001011014")  # ... then something breaks

    monkeypatch.setattr(intake, "submit_case", explode)
    before = count_rows()
    response = client.post("/api/v1/cases", json=GOOD, headers=headers)
    error = assert_error(response, 500, "internal_error")
    assert "disk on fire" not in error["message"]
    assert count_rows() == before


def test_classify_rejects_bad_input(client: FlaskClient) -> None:
    assert_error(client.post("/api/v1/classify", json={"text": ""}), 400)
    assert_error(client.post("/api/v1/classify", json={"text": "a\x07b"}), 400)
    assert_error(client.post("/api/v1/classify", data="x", content_type="text/plain"), 415)


def test_instance_folder_default_database(tmp_path: Path) -> None:
    app = create_app(Settings(model_dir=tmp_path, testing=True, environment="test"))
    assert app.extensions["settings"].database_url.endswith("disputes.sqlite")
    app.extensions["db_engine"].dispose()


# --- review findings: every message Chinese, dates, nesting, blanks, /classify as strict as documented ------------
# (Cases are looped inside a test rather than parametrised where each would otherwise build an app and a database.)

CJK = re.compile(r"[\u3400-\u9fff]")
CASE_TEXT = "公司拖欠我三个月工资共24000元"
PARTY = {"name": "张三", "kind": "person", "role": "plaintiff"}


def assert_chinese(error: dict[str, Any]) -> None:
    """The message and every field's message are Chinese (pydantic's English never reaches a client)."""
    assert CJK.search(error["message"]), error
    for path, text in error["fields"].items():
        assert CJK.search(text), (path, text)


def invalid(response: Any, *fields: str, code: str = "invalid_input") -> dict[str, Any]:
    """A 400 naming exactly ``fields``, in Chinese."""
    error = assert_error(response, 400, code)
    assert set(error["fields"]) == set(fields), error
    assert_chinese(error)
    return error


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.fixture
def case_id(client: FlaskClient, headers: Headers) -> str:
    response = client.post("/api/v1/cases", json={"text": CASE_TEXT}, headers=headers)
    assert response.status_code == 201
    public_id: str = response.get_json()["id"]
    return public_id


def bad_dates() -> list[Any]:
    """Dates the API refuses: out of range, numbers (once read as Unix timestamps), times, offsets, other forms."""
    after = (latest_date() + dt.timedelta(days=1)).isoformat()
    return ["9999-12-31", "0001-01-01", "1999-12-31", after, 0, 20240101, 1704067200, 1.5, True, "20240101",
            "1704067200", "2024-01-01T00:00:00", "2024-01-01T00:00:00-05:00", "2024-01-01 ", "2024-1-1",
            "2024-02-30", "２０２４-０１-０１", ""]


@pytest.mark.parametrize("endpoint", ["/api/v1/cases", "/api/v1/classify"])
def test_case_date_must_be_a_recent_yyyy_mm_dd_string(client: FlaskClient, headers: Headers,
                                                       count_rows: Callable[[], dict[str, int]], endpoint: str) -> None:
    before = count_rows()
    for case_date in bad_dates():
        response = client.post(endpoint, json={"text": CASE_TEXT, "fields": {"case_date": case_date}},
                               headers=headers)
        assert response.status_code == 400, case_date
        invalid(response, "fields.case_date")
    assert count_rows() == before
    for day in (EARLIEST_DATE, latest_date()):
        response = client.post(endpoint, json={"text": CASE_TEXT, "fields": {"case_date": day.isoformat()}},
                               headers=headers)
        assert response.status_code in (200, 201), response.get_json()


def test_date_filters_must_be_recent_yyyy_mm_dd(client: FlaskClient, headers: Headers, case_id: str) -> None:
    for parameter in ("created_from", "created_to"):
        for value in bad_dates():
            if isinstance(value, str):
                response = client.get("/api/v1/cases", query_string={parameter: value}, headers=headers)
                assert response.status_code == 400, (parameter, value)
                invalid(response, parameter)
    query = {"created_from": EARLIEST_DATE.isoformat(), "created_to": latest_date().isoformat()}
    response = client.get("/api/v1/cases", query_string=query, headers=headers)
    assert response.status_code == 200
    assert [item["id"] for item in response.get_json()["items"]] == [case_id]
    # Swapped ends: said so under both names, not an empty page that reads as "no cases" (integrator review).
    swapped = {"created_from": "2026-11-20", "created_to": "2026-11-01"}
    fields = invalid(client.get("/api/v1/cases", query_string=swapped, headers=headers), "created_from",
                     "created_to")["fields"]
    assert fields["created_from"] == fields["created_to"] == "提交日期下限晚于上限（created_from 晚于 created_to）"
    same_day = client.get("/api/v1/cases", query_string={"created_from": "2026-11-01", "created_to": "2026-11-01"},
                          headers=headers)
    assert same_day.status_code == 200


def test_listing_with_the_ends_of_the_calendar_does_not_overflow(app: Flask, case_id: str) -> None:
    from sqlmodel import Session

    from service import crud, db
    from service.lifecycle import COURT_TIMEZONE

    # Such a query cannot come through the API any more; the database layer copes with it all the same.
    query = CaseQuery.model_construct(created_from=dt.date.min, created_to=dt.date.max, page=1, per_page=20)
    with app.app_context(), Session(db.get_engine()) as session:
        cases, total = crud.list_cases(session=session, query=query, today=dt.date.today(), zone=COURT_TIMEZONE)
    assert total == 1 and [c.public_id for c in cases] == [case_id]


DEEP_BODIES = [nested(1_000), nested(100_000), b'{"text": "x", "fields": ' + nested(2_000) + b"}",
               b'{"text": ' + b'{"a": ' * 33 + b"1" + b"}" * 33 + b"}"]


@pytest.mark.parametrize("path", ["/api/v1/cases", "/api/v1/classify", "/api/v1/cases/{id}/events",
                                  "/api/v1/cases/{id}/corrections"])
def test_deeply_nested_json_is_invalid_json(client: FlaskClient, headers: Headers, case_id: str,
                                            count_rows: Callable[[], dict[str, int]], path: str) -> None:
    before = count_rows()
    for body in DEEP_BODIES:
        for sent in (headers, {**headers, "Idempotency-Key": "deep-1"}):
            response = client.post(path.format(id=case_id), data=body, content_type="application/json", headers=sent)
            assert response.status_code == 400, body[:40]
            invalid(response, "body", code="invalid_json")
    assert count_rows() == before


def test_json_nesting_within_the_limit_is_read() -> None:
    from service.parsing import MAX_JSON_DEPTH, json_depth_exceeds

    assert not json_depth_exceeds({"fields": {"parties": [{"name": "张三"}]}})
    assert not json_depth_exceeds(json.loads(nested(MAX_JSON_DEPTH)))
    assert json_depth_exceeds(json.loads(nested(MAX_JSON_DEPTH + 1)))


# Bodies with the fields POST /cases names in its 400 (none: accepted); all of them a JSON schema can judge ...
SCHEMA_BODIES: list[tuple[dict[str, Any], set[str]]] = [
    ({"text": CASE_TEXT, "foo": 1}, {"foo"}),
    ({"text": CASE_TEXT, "fields": {"consent_to_mediation": "yes"}}, {"fields.consent_to_mediation"}),
    ({"text": CASE_TEXT, "fields": {"filed": 1}}, {"fields.filed"}),
    ({"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "id_number": "abc"}]}}, {"fields.parties.0.id_number"}),
    ({"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "phone": "x"}]}}, {"fields.parties.0.phone"}),
    ({"text": CASE_TEXT, "fields": {"parties": [PARTY] * 1000}}, {"fields.parties"}),
    ({"text": CASE_TEXT, "fields": {"parties": [{"name": "张三"}]}},
     {"fields.parties.0.kind", "fields.parties.0.role"}),
    ({"text": CASE_TEXT, "fields": {"amount": 99999999999999}}, {"fields.amount"}),
    ({"text": CASE_TEXT, "fields": {"amount": 1.5}}, set()),
    ({"text": CASE_TEXT, "fields": {"amount": "1_000"}}, {"fields.amount"}),
    ({"text": CASE_TEXT, "fields": {"amount": "４２"}}, {"fields.amount"}),
    ({"text": CASE_TEXT, "fields": {"amount": "42250"}}, set()),
    ({"text": CASE_TEXT, "fields": {"amount": "42250.00", "consent_to_mediation": True, "filed": False,
                                    "parties": [{**PARTY, "id_number": "62010219900101109X", "phone": "13912345678"}]}},
     set()),
    # Found by fuzzing (schemathesis, positive data): the document allowed control characters, blank strings and
    # string amounts over the limit, which the service refuses.
    ({"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "name": "张\x00三"}]}}, {"fields.parties.0.name"}),
    ({"text": "\x8f"}, {"text"}),
    ({"text": "工资\x85拖欠"}, {"text"}),
    ({"text": " \u3000\u200b\ufeff\u3164"}, {"text"}),
    ({"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "name": "\u00a0"}]}}, {"fields.parties.0.name"}),
    ({"text": "\u200b工资\t拖欠\n\u3000"}, set()),
    ({"text": CASE_TEXT, "fields": {"amount": "1000000000000.01"}}, {"fields.amount"}),
    ({"text": CASE_TEXT, "fields": {"amount": "99999999999999"}}, {"fields.amount"}),
    ({"text": CASE_TEXT, "fields": {"amount": "1000000000000.00"}}, set()),
    ({"text": CASE_TEXT, "fields": {"amount": "000999999999999.5"}}, set()),
]
# ... and some a JSON schema cannot judge (the decimals of a binary floating-point number; a date's range, which moves
# with today).
STRICT_BODIES = [*SCHEMA_BODIES,
                 ({"text": CASE_TEXT, "fields": {"amount": 292793895484.69055}}, {"fields.amount"}),
                 ({"text": CASE_TEXT, "fields": {"case_date": "0319-11-15"}}, {"fields.case_date"})]


def test_classify_validates_like_cases(client: FlaskClient, headers: Headers) -> None:
    for body, fields in STRICT_BODIES:
        classify = client.post("/api/v1/classify", json=body)
        cases = client.post("/api/v1/cases", json=body, headers=headers)
        if fields:
            assert classify.status_code == 400, body
            from_cases = invalid(cases, *fields)["fields"]
            for path, text in invalid(classify, *fields)["fields"].items():
                if "." not in path and text.startswith("不允许的字段"):  # each lists its own fields
                    assert text == "不允许的字段；可用字段：" + "、".join(ClassifyIn.model_fields), body
                else:
                    assert text == from_cases[path], body
        else:
            assert (classify.status_code, cases.status_code) == (200, 201), classify.get_json()


def test_classify_accepts_what_its_document_accepts(client: FlaskClient) -> None:
    """One source of truth: the OpenAPI document's ClassifyIn says yes exactly when the endpoint does (for what a
    JSON schema can express)."""
    document = openapi_document()
    schema = document["components"]["schemas"]["ClassifyIn"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["fields"]["anyOf"][0] == {"$ref": "#/components/schemas/CaseFieldsIn"}
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/components/schemas/ClassifyIn", "components": document["components"]},
        format_checker=jsonschema.FormatChecker())
    for body, _ in SCHEMA_BODIES:
        assert validator.is_valid(body) == (client.post("/api/v1/classify", json=body).status_code == 200), body


UNREADABLE_VALUES = [
    (b'{"text": "x", "fields": {"amount": 1e309}}', "fields.amount"),
    (b'{"text": "x", "fields": {"amount": -1e309}}', "fields.amount"),
    (b'{"text": "x", "fields": {"amount": "NaN"}}', "fields.amount"),
    (b'{"text": "x", "fields": {"amount": "inf"}}', "fields.amount"),
    (b'{"text": "x", "fields": {"amount": "-Infinity"}}', "fields.amount"),
    (b'{"text": "x", "fields": {"amount": 1e13}}', "fields.amount"),
    (b'{"text": "x", "fields": {"case_date": 20240101}}', "fields.case_date"),
    (b'{"text": "x", "channel": "\\ud800"}', "channel"),
    (b'{"text": "x", "channel": "counter\\udfff"}', "channel"),
    (b'{"text": "x", "\\ud800": 1}', "\\ud800"),
    (b'{"text": "x", "fields": {"\\udc00amount": 1}}', "fields.\\udc00amount"),
    (b'{"text": "x", "fields": {"parties": [{"name": "a", "kind": "person", "role": "plaintiff", "\\ud83d": 1}]}}',
     "fields.parties.0.\\ud83d"),
    (b'{"text": "x", "fields": {"parties": [{"name": "a", "kind": "\\ud800", "role": "plaintiff"}]}}',
     "fields.parties.0.kind"),
]


@pytest.mark.parametrize("endpoint", ["/api/v1/cases", "/api/v1/classify"])
def test_every_message_is_chinese_and_names_the_field(client: FlaskClient, headers: Headers, endpoint: str) -> None:
    for raw, field in UNREADABLE_VALUES:
        response = client.post(endpoint, data=raw, content_type="application/json", headers=headers)
        assert response.status_code == 400, raw
        invalid(response, field)


OVERLONG = [
    ("/api/v1/cases", {"text": CASE_TEXT, "submitter": "张" * 201}, "submitter", 200),
    ("/api/v1/cases", {"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "name": "张" * 201}]}},
     "fields.parties.0.name", 200),
    ("/api/v1/cases/{id}/events", {"status": "accepted", "note": "记" * 2001}, "note", 2000),
    ("/api/v1/cases/{id}/events", {"status": "accepted", "actor": "王" * 201}, "actor", 200),
    ("/api/v1/cases/{id}/corrections", {"label": "finance", "reason": "因" * 2001}, "reason", 2000),
    ("/api/v1/cases/{id}/corrections", {"label": "finance", "reason": "核实", "actor": "王" * 201}, "actor", 200),
]


def test_overlong_strings_say_how_long_they_may_be(client: FlaskClient, headers: Headers, case_id: str) -> None:
    for path, body, field, limit in OVERLONG:
        error = invalid(client.post(path.format(id=case_id), json=body, headers=headers), field)
        assert error["fields"][field] == f"最多 {limit} 个字符"


def test_correction_without_label_or_destination_names_both(client: FlaskClient, headers: Headers,
                                                            case_id: str) -> None:
    response = client.post(f"/api/v1/cases/{case_id}/corrections", json={"reason": "核实后更正"}, headers=headers)
    invalid(response, "label", "destination")


def test_correction_document_asks_for_a_label_or_a_destination(client: FlaskClient, headers: Headers,
                                                                case_id: str) -> None:
    # Found by fuzzing (schemathesis, positive data): the document accepted a correction with neither.
    document = openapi_document()
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/components/schemas/CorrectionCreate", "components": document["components"]})
    for body in ({"reason": "核实"}, {"reason": "核实", "label": None, "destination": None},
                 {"reason": "核实", "label": "finance"}, {"reason": "核实", "label": "other", "destination": None},
                 {"reason": "核实", "destination": "clerk_review"}):
        response = client.post(f"/api/v1/cases/{case_id}/corrections", json=body, headers=headers)
        assert validator.is_valid(body) == (response.status_code == 201), (body, response.get_json())


def test_unknown_values_and_fields_list_what_the_api_accepts(client: FlaskClient, headers: Headers, case_id: str,
                                                           count_rows: Callable[[], dict[str, int]]) -> None:
    """A client developer who sends a value or field the API does not know is told the accepted names, as the API
    spells them, for the place of the mistake (a party's fields for a party, not the case's)."""
    before = count_rows()
    body = {"text": CASE_TEXT, "channel": "fax", "priority": "high",
            "fields": {"parties": [{**PARTY, "role": "judge", "age": 30}]}}
    fields = invalid(client.post("/api/v1/cases", json=body, headers=headers),
                     "channel", "priority", "fields.parties.0.role", "fields.parties.0.age")["fields"]
    assert fields["channel"] == "取值不在允许范围内；可选值：" + "、".join(channel.value for channel in Channel)
    assert fields["fields.parties.0.role"] == "取值不在允许范围内；可选值：plaintiff、defendant、third_party"
    assert fields["priority"] == "不允许的字段；可用字段：" + "、".join(CaseCreate.model_fields)
    assert fields["fields.parties.0.age"] == "不允许的字段；可用字段：" + "、".join(PartyIn.model_fields)
    assert count_rows() == before

    fields = invalid(client.post(f"/api/v1/cases/{case_id}/corrections", json={"label": "tax", "reason": "核实"},
                                 headers=headers), "label")["fields"]
    assert fields["label"] == "取值不在允许范围内；可选值：" + "、".join(LABELS)
    fields = invalid(client.get("/api/v1/cases", query_string={"limit": "5"}, headers=headers), "limit")["fields"]
    assert fields["limit"] == "不允许的字段；可用字段：" + "、".join(CaseQuery.model_fields)
    fields = invalid(client.get("/api/v1/queues", query_string={"page": "2"}, headers=headers), "page")["fields"]
    assert fields["page"] == "不允许的字段；此处不接受任何字段"


def test_query_errors_are_chinese(client: FlaskClient, headers: Headers) -> None:
    for query in ({"page": "9" * 5000}, {"page": "1e400"}, {"per_page": "1.5"}, {"overdue": "maybe"},
                  {"status": "\u4e71"}, {"page": "100001"},
                  # int() reads these as 10, 2 and 3; a query string's number is digits only
                  {"page": "1_0"}, {"page": " 2"}, {"per_page": "+3"}):
        invalid(client.get("/api/v1/cases", query_string=query, headers=headers), *query)


def test_error_messages_for_any_pydantic_error() -> None:
    from pydantic_core import ErrorDetails

    from service.errors import GENERIC_MESSAGE, error_message

    def message(kind: str, **ctx: Any) -> str:
        return error_message(ErrorDetails(type=kind, loc=("x",), msg="English text", input=None, ctx=ctx))

    assert message("some_future_pydantic_type") == GENERIC_MESSAGE
    assert message("value_error", error=ValueError("English only")) == GENERIC_MESSAGE
    assert message("value_error", error=ValueError("须为整数")) == "须为整数"
    assert message("too_long", field_type="List", max_length=50, actual_length=51) == "最多 50 项"
    assert message("too_long", field_type="Value", max_length=200, actual_length=201) == "最多 200 个字符"
    assert message("less_than_equal", le=Decimal("1E+12")) == "不能大于 1000000000000"
    assert message("greater_than_equal", ge=1) == "不能小于 1"
    assert message("less_than_equal") == GENERIC_MESSAGE  # a template whose context is missing
    for kind in ("finite_number", "string_too_long", "date_from_datetime_inexact", "date_parsing", "string_unicode",
                 "int_parsing_size", "missing", "extra_forbidden"):
        assert CJK.search(message(kind, max_length=1)), kind


BLANKS = ["   ", "\u3000", " \u3000 ", "\u200b\u200b", "\ufeff", "\u200d\u2060", "\t\n", "\u3164",
          # integration review 2026-11-29: the blank braille pattern, variation selectors, accents with nothing to mark
          "\u2800\u2800", "\ufe0f\ufe0f", "\u0301\u0301"]


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/api/v1/cases", {"text": "{blank}"}, "text"),
    ("/api/v1/classify", {"text": "{blank}"}, "text"),
    ("/api/v1/cases", {"text": CASE_TEXT, "submitter": "{blank}"}, "submitter"),
    ("/api/v1/cases", {"text": CASE_TEXT, "fields": {"parties": [{**PARTY, "name": "{blank}"}]}},
     "fields.parties.0.name"),
    ("/api/v1/cases/{id}/events", {"status": "accepted", "actor": "{blank}"}, "actor"),
    ("/api/v1/cases/{id}/events", {"status": "accepted", "note": "{blank}"}, "note"),
    ("/api/v1/cases/{id}/corrections", {"label": "finance", "reason": "{blank}"}, "reason"),
    ("/api/v1/cases/{id}/corrections", {"label": "finance", "reason": "核实", "actor": "{blank}"}, "actor"),
])
def test_blank_strings_count_as_empty(client: FlaskClient, headers: Headers, case_id: str,
                                      count_rows: Callable[[], dict[str, int]], path: str, body: dict[str, Any],
                                      field: str) -> None:
    before = count_rows()
    for blank in BLANKS:
        sent = json.loads(json.dumps(body).replace('"{blank}"', json.dumps(blank)))
        response = client.post(path.format(id=case_id), json=sent, headers=headers)
        assert response.status_code == 400, repr(blank)
        assert invalid(response, field)["fields"][field] == "不能为空或只含空白字符"
    assert count_rows() == before


def test_text_with_invisible_characters_and_words_is_accepted(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases", headers=headers, json={
        "text": "\u200b" + CASE_TEXT + "\u3000", "submitter": " 王丽 ",
        "fields": {"parties": [{**PARTY, "name": "\ufeff张三"}]}})
    assert response.status_code == 201, response.get_json()


def test_identity_numbers_take_no_other_scripts_digits(client: FlaskClient, headers: Headers) -> None:
    """Full-width digits are the ASCII ones typed with a Chinese input method and are read as such
    (test_numbers_typed_with_a_chinese_input_method_are_read_as_digits); another script's digits are refused."""
    for party, field in [({"id_number": "٦٢٠١٠٢١٩٩٠٠١٠١١٠١٤"}, "id_number"),  # Arabic-Indic digits
                         ({"id_number": "62010219900101101٤"}, "id_number"),
                         ({"phone": "١٣٩٠٩٣١٢٣٤٥"}, "phone")]:
        body = {"text": CASE_TEXT, "fields": {"parties": [{**PARTY, **party}]}}
        invalid(client.post("/api/v1/cases", json=body, headers=headers), f"fields.parties.0.{field}")


@pytest.mark.parametrize("endpoint", ["/api/v1/cases", "/api/v1/classify"])
def test_a_figure_too_long_to_be_a_sum_is_not_read_as_one(client: FlaskClient, headers: Headers, endpoint: str) -> None:
    # Found by fuzzing: such figures in the text made the amount reader fail with a 500.
    for figure in ("1" * 30, f"{'9' * 400}.5", "九" * 5_000):
        response = client.post(endpoint, json={"text": f"被告借款{figure}元至今未还"}, headers=headers)
        assert response.status_code in (200, 201), response.get_data(as_text=True)[:200]
        assert response.get_json()["elements"]["amount"]["total"] is None


@pytest.mark.parametrize(("method", "path", "body"), [
    ("get", "/api/v1/cases/{id}", None),
    ("post", "/api/v1/cases/{id}/events", {"status": "accepted"}),
    ("post", "/api/v1/cases/{id}/corrections", {"label": "finance", "reason": "金融借款"}),
])
def test_case_number_with_a_nul_character_is_not_found(client: FlaskClient, headers: Headers, case_id: str,
                                                       count_rows: Callable[[], dict[str, int]], method: str,
                                                       path: str, body: dict[str, Any] | None) -> None:
    # Found by fuzzing: PostgreSQL refuses to compare a text with NUL in it, which was a 500.
    before = count_rows()
    for public_id in ("%00", f"{case_id}%00", f"MR-%00{case_id[3:]}"):
        response = getattr(client, method)(path.format(id=public_id), json=body, headers=headers)
        assert_error(response, 404, "not_found")
    assert count_rows() == before


def test_405_names_the_allowed_methods(client: FlaskClient, headers: Headers) -> None:
    for method, path, allowed in [("delete", "/api/v1/cases", {"GET", "POST"}), ("get", "/api/v1/classify", {"POST"}),
                                  ("put", "/api/v1/queues", {"GET"}), ("post", "/api/v1/cases/MR-0000000000", {"GET"})]:
        response = getattr(client, method)(path, headers=headers)
        assert_error(response, 405, "method_not_allowed")
        allow = {m.strip() for m in response.headers["Allow"].split(",")}
        assert allowed <= allow and method.upper() not in allow, (path, allow)


@pytest.mark.parametrize("path", ["/api/v1/queues", "/api/v1/models"])
def test_endpoints_without_parameters_reject_unknown_ones(client: FlaskClient, headers: Headers, path: str) -> None:
    assert client.get(path, headers=headers).status_code == 200
    invalid(client.get(path, query_string={"destination": "fast_track", "page": "2"}, headers=headers),
            "destination", "page")
    invalid(client.get(f"{path}?page=1&page=2", headers=headers), "page")


def test_a_byte_order_mark_before_the_json_is_ignored(client: FlaskClient, headers: Headers) -> None:
    """Integration review: Windows tools write a BOM, which RFC 8259 lets a parser ignore; it was a 400."""
    body = "\ufeff" + json.dumps({"text": CASE_TEXT}, ensure_ascii=False)
    response = client.post("/api/v1/classify", data=body.encode(), content_type="application/json")
    assert response.status_code == 200, response.get_json()


def test_a_number_too_long_for_python_is_named_as_such(client: FlaskClient, headers: Headers) -> None:
    """A 5000-digit number was reported as a JSON syntax error."""
    response = client.post("/api/v1/classify", data=b'{"text": "x", "fields": {"amount": ' + b"9" * 5000 + b"}}",
                           content_type="application/json")
    error = invalid(response, "body", code="invalid_json")
    assert error["message"] == "请求体中的数字位数过多。"
