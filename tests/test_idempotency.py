"""Idempotency-Key: retries get the first response; a different body is 422; concurrent duplicates make one case."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import jsonschema
from flask import Flask
from flask.testing import FlaskClient

from service.idempotency import request_fingerprint
from service.openapi import openapi_document

Headers = dict[str, str]
BODY = {"text": "信用卡逾期了银行说要起诉我", "fields": {"amount": "12000"}}


def test_retry_returns_the_first_response(client: FlaskClient, headers: Headers,
                                          count_rows: Callable[[], dict[str, int]]) -> None:
    keyed = {**headers, "Idempotency-Key": "submit-0001"}
    first = client.post("/api/v1/cases", json=BODY, headers=keyed)
    assert first.status_code == 201
    rows = count_rows()
    # Same body, different key order and spacing: still the same request.
    reordered = '{ "fields": {"amount": "12000"},  "text": "信用卡逾期了银行说要起诉我" }'
    again = client.post("/api/v1/cases", data=reordered, content_type="application/json", headers=keyed)
    assert again.status_code == 201
    assert again.get_json() == first.get_json()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert count_rows() == rows
    assert rows["dispute_case"] == 1


def test_same_key_different_body_is_422(client: FlaskClient, headers: Headers) -> None:
    keyed = {**headers, "Idempotency-Key": "submit-0002"}
    assert client.post("/api/v1/cases", json=BODY, headers=keyed).status_code == 201
    response = client.post("/api/v1/cases", json={**BODY, "text": "另一件事"}, headers=keyed)
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "idempotency_key_reused"


def test_same_key_on_another_endpoint_is_422_naming_the_path(client: FlaskClient, headers: Headers) -> None:
    """A client reusing one key for a submission and then a status change is told the path differs, not the body."""
    keyed = {**headers, "Idempotency-Key": "submit-0003"}
    created = client.post("/api/v1/cases", json=BODY, headers=keyed).get_json()
    response = client.post(f"/api/v1/cases/{created['id']}/events", json={"status": "withdrawn"}, headers=keyed)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"Idempotency-Key": "与首次请求的路径或请求体不同"}
    assert client.get(f"/api/v1/cases/{created['id']}", headers=headers).get_json()["status"] != "withdrawn"


def test_keys_belong_to_their_client(client: FlaskClient, make_key: Callable[..., Headers]) -> None:
    one, two = make_key("submit"), make_key("submit")
    first = client.post("/api/v1/cases", json=BODY, headers={**one, "Idempotency-Key": "k"}).get_json()
    second = client.post("/api/v1/cases", json=BODY, headers={**two, "Idempotency-Key": "k"}).get_json()
    assert first["id"] != second["id"]


def test_without_a_key_each_post_creates_a_case(client: FlaskClient, headers: Headers,
                                                count_rows: Callable[[], dict[str, int]]) -> None:
    for _ in range(2):
        assert client.post("/api/v1/cases", json=BODY, headers=headers).status_code == 201
    assert count_rows()["dispute_case"] == 2


def test_a_failed_request_is_not_stored_and_can_be_retried(client: FlaskClient, headers: Headers,
                                                          count_rows: Callable[[], dict[str, int]]) -> None:
    keyed = {**headers, "Idempotency-Key": "submit-0003"}
    assert client.post("/api/v1/cases", json={"text": ""}, headers=keyed).status_code == 400
    assert count_rows()["idempotency_record"] == 0
    assert client.post("/api/v1/cases", json=BODY, headers=keyed).status_code == 201


def test_events_are_idempotent_too(client: FlaskClient, headers: Headers) -> None:
    case = client.post("/api/v1/cases", json=BODY, headers=headers).get_json()
    keyed = {**headers, "Idempotency-Key": "event-1"}
    status = "accepted" if case["status"] == "routed" else "routed"
    first = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": status}, headers=keyed)
    again = client.post(f"/api/v1/cases/{case['id']}/events", json={"status": status}, headers=keyed)
    assert first.status_code == again.status_code == 201  # not a 409 for the "repeated" transition
    assert len(again.get_json()["events"]) == 2


def test_invalid_key_header_is_400(client: FlaskClient, headers: Headers) -> None:
    response = client.post("/api/v1/cases", json=BODY, headers={**headers, "Idempotency-Key": "x" * 256})
    assert response.status_code == 400


def test_the_document_describes_the_keys_the_service_takes(client: FlaskClient, headers: Headers) -> None:
    # Found by fuzzing (schemathesis, positive data): the document allowed keys with non-printable characters.
    parameters = openapi_document()["paths"]["/api/v1/cases"]["post"]["parameters"]
    schema = next(p["schema"] for p in parameters if p["name"] == "Idempotency-Key")
    validator = jsonschema.Draft202012Validator(schema)
    for n, key in enumerate(["k", "x" * 255, "x" * 256, "a b", "a\xa0b", "a\x85b", "a\xadb", "é", "a\x7f", "a\tb"]):
        response = client.post("/api/v1/cases", json={**BODY, "submitter": str(n)},
                               headers={**headers, "Idempotency-Key": key})
        assert response.status_code in (201, 400), response.get_json()
        assert validator.is_valid(key) == (response.status_code == 201), key


def test_concurrent_identical_submissions_create_one_case(app: Flask, headers: Headers,
                                                          count_rows: Callable[[], dict[str, int]]) -> None:
    keyed = {**headers, "Idempotency-Key": "race-1"}
    barrier = threading.Barrier(4)
    results: list[tuple[int, dict[str, Any]]] = []
    lock = threading.Lock()

    def post() -> None:
        client = app.test_client()
        barrier.wait()
        response = client.post("/api/v1/cases", json=BODY, headers=keyed)
        with lock:
            results.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 4
    assert {status for status, _ in results} == {201}, results
    assert len({body["id"] for _, body in results}) == 1
    rows = count_rows()
    assert rows["dispute_case"] == 1 and rows["idempotency_record"] == 1 and rows["routing_decision"] == 1


def test_fingerprint_of_a_body_too_deep_to_parse(app: Flask) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with app.test_request_context("/api/v1/cases", method="POST", data=deep, content_type="application/json"):
        first = request_fingerprint()
    with app.test_request_context("/api/v1/cases", method="POST", data=deep, content_type="application/json"):
        assert request_fingerprint() == first


def test_deeply_nested_retry_is_rejected_and_the_key_stays_free(client: FlaskClient, headers: Headers,
                                                                count_rows: Callable[[], dict[str, int]]) -> None:
    keyed = {**headers, "Idempotency-Key": "deep-2"}
    deep = b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"
    for _ in range(2):
        response = client.post("/api/v1/cases", data=deep, content_type="application/json", headers=keyed)
        assert response.status_code == 400 and response.get_json()["error"]["code"] == "invalid_json"
    assert count_rows()["idempotency_record"] == 0
    assert client.post("/api/v1/cases", json=BODY, headers=keyed).status_code == 201
