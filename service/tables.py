"""Database tables (SQLModel ``table=True``).  The schema itself is owned by Alembic (service/migrations).

Every case keeps its full history: each routing decision, each clerk correction and each status change is a row of
its own; ``Case`` only caches the current label, destination, status and due date so queues can be counted cheaply.
``StatusEvent`` rows are append-only (the migration installs triggers that refuse UPDATE and DELETE).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp that is always timezone-aware UTC in Python.

    PostgreSQL keeps the zone (``timestamptz``); SQLite stores naive text, so values are converted to UTC before
    they are written and marked UTC when read back.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use timezone-aware UTC")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _timestamp() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def new_public_id() -> str:
    """``MR-`` and 10 random hex digits (40 bits): unguessable, so case numbers can't be enumerated."""
    return "MR-" + secrets.token_hex(5).upper()


class ApiClient(SQLModel, table=True):
    """A machine client (the mobile micro-court, another court system).  Only the key's SHA-256 is stored."""

    __tablename__ = "api_client"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    key_prefix: str = Field(max_length=16, unique=True, index=True)
    key_hash: str = Field(max_length=64)
    scopes: str = Field(max_length=200)  # comma-separated, e.g. "submit,read"
    created_at: dt.datetime = _timestamp()
    revoked_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(s for s in self.scopes.split(",") if s)


class User(SQLModel, table=True):
    """A person signed in to the web workbench.  Only an Argon2 hash of the password is stored.

    ``destination`` binds a mediator to one centre's queue; clerks and admins have none.
    """

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    display_name: str = Field(max_length=100)
    role: str = Field(max_length=16)  # service.users.Role
    destination: str | None = Field(default=None, max_length=40)
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    # Consecutive failed sign-ins; reaching the limit locks the account until locked_until.
    failed_logins: int = Field(default=0)
    locked_until: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_login_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Each session carries the epoch it was signed in under; signing out or a new password moves the epoch on, which
    # ends every session of the user, a cookie copied before included (the session itself is a signed cookie).
    session_epoch: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: dt.datetime = _timestamp()


class Case(SQLModel, table=True):
    __tablename__ = "dispute_case"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=new_public_id, max_length=20, unique=True, index=True)
    text: str = Field(sa_type=sa.Text)
    # The structured fields exactly as submitted (JSON-ready: amounts as strings, dates ISO).
    fields: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    channel: str = Field(max_length=32)
    submitter: str | None = Field(default=None, max_length=200)
    # Who submitted it: an API client or a signed-in user (exactly one of the two).
    client_id: int | None = Field(default=None, foreign_key="api_client.id", index=True)
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    # Current values; the history is in routing_decision, correction and status_event.
    label: str = Field(max_length=32, index=True)
    destination: str = Field(max_length=40, index=True)
    track: str | None = Field(default=None, max_length=40)
    status: str = Field(max_length=32, index=True)
    # The mediation centre (or 司法确认) a filed case came from; its destination is then the trial team that tries it.
    filed_from: str | None = Field(default=None, max_length=40)
    due_date: dt.date | None = Field(default=None, index=True)
    # Set when a person confirmed or corrected the routing; only reviewed cases are used as training labels.
    reviewed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    reviewed_by: str | None = Field(default=None, max_length=200)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    updated_at: dt.datetime = _timestamp()


class RoutingDecision(SQLModel, table=True):
    """One assessment of a case: what the model and the rules said, with the versions that said it."""

    __tablename__ = "routing_decision"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    model_version: str = Field(max_length=80)
    rules_version: str = Field(max_length=80)
    label: str = Field(max_length=32)
    confidence: float
    probabilities: dict[str, float] = Field(sa_type=sa.JSON)
    prediction: dict[str, Any] = Field(sa_type=sa.JSON)
    elements: dict[str, Any] = Field(sa_type=sa.JSON)
    # The structured fields this assessment was given, as the case stores them: the submitted ones for the first
    # decision, the corrected ones (an amount) after; the case keeps only the latest.  {} when none were sent; null
    # only in decisions stored before migration 0007.
    fields: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    destination: str = Field(max_length=40)
    track: str | None = Field(default=None, max_length=40)
    reasons: list[dict[str, Any]] = Field(sa_type=sa.JSON)
    due_dates: list[dict[str, Any]] = Field(sa_type=sa.JSON)
    decision: dict[str, Any] = Field(sa_type=sa.JSON)  # the whole Decision.to_dict(), for audit
    # Who caused this assessment (the submitter, or a clerk who corrected an element and re-ran the routing).
    actor: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, sa_type=sa.Text)
    created_at: dt.datetime = _timestamp()


class Correction(SQLModel, table=True):
    """A clerk's override of the label or the destination; corrected labels feed retraining."""

    __tablename__ = "correction"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    field: str = Field(max_length=20)  # "label" or "destination"
    old_value: str = Field(max_length=40)
    new_value: str = Field(max_length=40)
    reason: str = Field(sa_type=sa.Text)
    actor: str = Field(max_length=200)
    client_id: int | None = Field(default=None, foreign_key="api_client.id")
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: dt.datetime = _timestamp()


class StatusEvent(SQLModel, table=True):
    """The audit trail: one row per status change, never updated or deleted."""

    __tablename__ = "status_event"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    from_status: str | None = Field(default=None, max_length=32)
    to_status: str = Field(max_length=32)
    note: str | None = Field(default=None, sa_type=sa.Text)
    actor: str = Field(max_length=200)
    client_id: int | None = Field(default=None, foreign_key="api_client.id")
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: dt.datetime = _timestamp()


class MediationExtension(SQLModel, table=True):
    """An agreed extension of a running mediation limit (both parties consent): append-only, like status_event."""

    __tablename__ = "mediation_extension"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    days: int
    # The case's deadline before and after this extension.
    previous_due: dt.date | None = None
    due_date: dt.date
    # Set when the new last day falls in a year whose holidays the calendar does not list (only weekends moved it).
    calendar_warning: str | None = Field(default=None, sa_type=sa.Text)
    note: str = Field(sa_type=sa.Text)
    actor: str = Field(max_length=200)
    client_id: int | None = Field(default=None, foreign_key="api_client.id")
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: dt.datetime = _timestamp()


class CaseParty(SQLModel, table=True):
    """Normalised party keys (name, ID number) of a case, for finding related cases (rule K1)."""

    __tablename__ = "case_party"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    kind: str = Field(max_length=16)  # "name" or "id_number"
    value: str = Field(max_length=200, index=True)


class CaseLink(SQLModel, table=True):
    """Two related cases (K1): the new case follows the destination of the open case it matches."""

    __tablename__ = "case_link"
    __table_args__ = (sa.UniqueConstraint("case_id", "related_case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dispute_case.id", index=True)
    related_case_id: int = Field(foreign_key="dispute_case.id", index=True)
    matched_on: str = Field(max_length=16)  # "name" or "id_number"
    created_at: dt.datetime = _timestamp()


class IdempotencyRecord(SQLModel, table=True):
    """The first response to a POST carrying an ``Idempotency-Key``, replayed for retries."""

    __tablename__ = "idempotency_record"
    __table_args__ = (sa.UniqueConstraint("client_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="api_client.id")
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    status_code: int = 0
    response_body: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    location: str | None = Field(default=None, max_length=300)
    created_at: dt.datetime = _timestamp()


class ModelVersion(SQLModel, table=True):
    """One trained classifier version in the registry: what it learnt from, how it scored, what the gate decided.

    Rows are written once per trained candidate, promoted or not, and never change afterwards except for
    ``promoted_at`` (set the first time the version becomes active).  The artifact itself lives on disk under
    ``DISPUTES_MODEL_DIR/<version>/`` (a volume every host mounts).
    """

    __tablename__ = "model_version"

    version: str = Field(primary_key=True, max_length=80)
    created_at: dt.datetime = _timestamp()
    trained_by: str = Field(max_length=200)
    data_hash: str = Field(max_length=64)
    # {"by_label": {...}, "by_source": {...}, "total": {...}} of the training data.
    counts: dict[str, Any] = Field(sa_type=sa.JSON)
    # The artifact's metadata.json (library versions, git SHA, pipeline, settings of the run).
    details: dict[str, Any] = Field(sa_type=sa.JSON)
    # {eval set name: scores} for this version, and the scores of the model it was compared with.
    evaluation: dict[str, Any] = Field(sa_type=sa.JSON)
    # The promotion gate's verdict: {"promoted": bool, "reasons": [...], "compared_with": version, ...}.
    decision: dict[str, Any] = Field(sa_type=sa.JSON)
    forced: bool = False
    promoted_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    notes: str | None = Field(default=None, sa_type=sa.Text)


class ActiveModel(SQLModel, table=True):
    """The single row naming the version every worker on every host serves (the registry's "champion" alias)."""

    __tablename__ = "active_model"
    __table_args__ = (sa.CheckConstraint("id = 1", name="ck_active_model_single_row"),)

    id: int = Field(default=1, primary_key=True)
    version: str = Field(foreign_key="model_version.version", max_length=80)
    activated_at: dt.datetime = _timestamp()
    activated_by: str = Field(max_length=200)


class ModelActivation(SQLModel, table=True):
    """History of the active pointer: every promotion, forced promotion and rollback, by whom and when."""

    __tablename__ = "model_activation"

    id: int | None = Field(default=None, primary_key=True)
    version: str = Field(foreign_key="model_version.version", max_length=80, index=True)
    previous_version: str | None = Field(default=None, max_length=80)
    kind: str = Field(max_length=20)  # "promote", "force", "rollback", "import"
    actor: str = Field(max_length=200)
    note: str | None = Field(default=None, sa_type=sa.Text)
    created_at: dt.datetime = _timestamp()


class JobLock(SQLModel, table=True):
    """A held lock on a job that must not run twice at once on any host sharing the database (``service.locks``).

    The row exists while the job runs; ``token`` is the holder's secret, so only the holder (or a takeover of a stale
    lock, compared on the old token) can release or replace it.
    """

    __tablename__ = "job_lock"

    name: str = Field(primary_key=True, max_length=80)
    token: str = Field(max_length=64)
    holder: str = Field(max_length=200)
    acquired_at: dt.datetime = _timestamp()
