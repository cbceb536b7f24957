"""Safe retries: ``Idempotency-Key`` on a POST returns the first response again.

The key is claimed by inserting an ``IdempotencyRecord`` as the first write of the request's transaction, and the
record gets the response before that same transaction commits.  Two concurrent requests with one key therefore
cannot both commit: the database's unique constraint on (client, key) makes the second wait for the first and then
fail, and the second replays what the first stored.  A request that fails stores nothing, so it can be retried.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Response, make_response, request
from sqlalchemy.exc import IntegrityError

from service import crud
from service.auth import current_client
from service.db import get_session
from service.errors import Conflict, IdempotencyKeyReused, InvalidInput
from service.tables import IdempotencyRecord

F = TypeVar("F", bound=Callable[..., Any])
HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255


def request_fingerprint() -> str:
    """SHA-256 of method, path and body; JSON bodies are canonicalised so whitespace and key order don't matter.

    A body that cannot be canonicalised (not JSON, not UTF-8, nested too deeply to parse) is hashed as sent; the view
    then rejects it.
    """
    raw = request.get_data(cache=True)
    try:
        body = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    except (ValueError, RecursionError):
        body = raw
    digest = hashlib.sha256(f"{request.method} {request.path}\n".encode())
    digest.update(body)
    return digest.hexdigest()


def _key() -> str | None:
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidInput("Idempotency-Key 无效。", fields={HEADER: f"1 到 {MAX_KEY_LENGTH} 个可打印字符"})
    return key


def _replay(record: IdempotencyRecord | None, fingerprint: str) -> Response:
    if record is None or record.response_body is None:
        raise Conflict("使用相同 Idempotency-Key 的请求正在处理，请稍后重试。", fields={HEADER: "处理中"})
    if record.request_hash != fingerprint:
        raise IdempotencyKeyReused("该 Idempotency-Key 已用于另一个不同的请求。",
                                   fields={HEADER: "与首次请求的路径或请求体不同"})
    response = make_response(record.response_body, record.status_code)
    if record.location:
        response.headers["Location"] = record.location
    response.headers["Idempotent-Replayed"] = "true"
    return response


def transactional(view: F) -> F:
    """Commit the request's session when ``view`` succeeds (2xx/3xx); otherwise nothing is kept.

    With an ``Idempotency-Key`` header the first successful response is stored with the same commit.
    """

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        session = get_session()
        key = _key()
        if key is None:
            response = make_response(view(*args, **kwargs))
            if response.status_code < 400:
                session.commit()
            return response
        client_id = current_client().id
        assert client_id is not None
        fingerprint = request_fingerprint()
        existing = crud.get_idempotency_record(session=session, client_id=client_id, key=key)
        if existing is not None:
            return _replay(existing, fingerprint)
        record = IdempotencyRecord(client_id=client_id, key=key, request_hash=fingerprint)
        try:
            session.add(record)
            session.flush()  # claims the key; a concurrent holder makes this wait, then fail
            response = make_response(view(*args, **kwargs))
            if response.status_code >= 400:
                session.rollback()
                return response
            record.status_code = response.status_code
            record.response_body = response.get_json()
            record.location = response.headers.get("Location")
            session.add(record)
            session.commit()
        except IntegrityError:
            session.rollback()
            return _replay(crud.get_idempotency_record(session=session, client_id=client_id, key=key), fingerprint)
        return response

    return wrapper  # type: ignore[return-value]
