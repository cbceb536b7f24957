"""API keys for machine clients: generation, hashed storage, lookup, scopes, and the ``require_scope`` decorator.

A key looks like ``mr_<prefix>_<secret>``.  Only its SHA-256 is stored.  A fast hash is right here, unlike for
passwords: the keys are 256-bit random strings, so there is nothing to brute-force, and a slow hash would only cost
every request time.  The prefix (not secret) finds the row; the hash is compared in constant time.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import secrets
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from flask import g, request
from sqlmodel import Session, select

from service.db import get_session
from service.errors import Forbidden, InvalidInput, Unauthorized
from service.tables import ApiClient, utcnow

F = TypeVar("F", bound=Callable[..., Any])
KEY_PREFIX = "mr"


class Scope(StrEnum):
    submit = "submit"  # submit cases, classify
    read = "read"  # read cases and queues
    manage = "manage"  # status events, corrections


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_scopes(text: str) -> frozenset[Scope]:
    """``"submit,read"`` as scopes.  :raise InvalidInput: on an unknown or missing scope."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in Scope.__members__]
    if unknown or not names:
        raise InvalidInput(f"未知的权限范围：{', '.join(unknown) or '（空）'}；可用：{', '.join(Scope)}",
                           fields={"scopes": "submit, read, manage"})
    return frozenset(Scope(name) for name in names)


def _new_key() -> tuple[str, str]:
    """A new key and its prefix (the part stored in clear, to find the client; the rest is stored hashed)."""
    prefix = secrets.token_hex(4)
    return prefix, f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"


def create_client(*, session: Session, name: str, scopes: frozenset[Scope]) -> tuple[ApiClient, str]:
    """Create a client and return it with its key (shown once, never stored)."""
    prefix, key = _new_key()
    client = ApiClient(name=name, key_prefix=prefix, key_hash=hash_key(key),
                       scopes=",".join(sorted(scopes)))
    session.add(client)
    session.flush()
    return client, key


def rotate_client(*, session: Session, name: str) -> tuple[ApiClient, str, bool] | None:
    """Give client ``name`` a new key, in place: the old key stops working at once, while the name, scopes and the
    history recorded under the client stay.  A revoked client becomes active again (the third value says so).
    ``None`` if there is no such client."""
    client = session.exec(select(ApiClient).where(ApiClient.name == name)).first()
    if client is None:
        return None
    prefix, key = _new_key()
    reactivated = client.revoked_at is not None
    client.key_prefix, client.key_hash, client.revoked_at = prefix, hash_key(key), None
    session.add(client)
    session.flush()
    return client, key, reactivated


def revoke_client(*, session: Session, name: str, now: dt.datetime | None = None) -> ApiClient | None:
    client = session.exec(select(ApiClient).where(ApiClient.name == name)).first()
    if client is not None and client.revoked_at is None:
        client.revoked_at = now or utcnow()
        session.add(client)
    return client


def authenticate(*, session: Session, key: str) -> ApiClient | None:
    """The active client holding ``key``, or ``None``."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    client = session.exec(select(ApiClient).where(ApiClient.key_prefix == parts[1])).first()
    if client is None or client.revoked_at is not None:
        return None
    return client if hmac.compare_digest(client.key_hash, hash_key(key)) else None


def presented_key() -> str | None:
    """The key from ``Authorization: Bearer <key>`` or ``X-API-Key``."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("X-API-Key") or None


def require_scope(scope: Scope) -> Callable[[F], F]:
    """Let the view run only for an active client whose key has ``scope``.

    :raise 401: no key, an unknown key or a revoked key.
    :raise 403: a valid key without ``scope``.
    """

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            key = presented_key()
            client = authenticate(session=get_session(), key=key) if key else None
            if client is None:
                raise Unauthorized("缺少有效的 API 密钥。" if key is None else "API 密钥无效或已被吊销。")
            if scope not in client.scope_set:
                raise Forbidden(f"该 API 密钥没有 {scope} 权限。", fields={"scope": str(scope)})
            g.api_client = client
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def current_client() -> ApiClient:
    client: ApiClient = g.api_client
    return client
