"""Database reads and writes on cases.  Keyword-only, no Flask; callers own the transaction (nothing here commits)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from service.lifecycle import OPEN, TERMINAL
from service.schemas import ID_NUMBER, MOBILE, CaseQuery
from service.tables import (
    Case,
    CaseLink,
    CaseParty,
    Correction,
    IdempotencyRecord,
    MediationExtension,
    RoutingDecision,
    StatusEvent,
)
from service.text import compact

# The words of a search that count (each is a few LIKEs and a subquery; a clerk types two or three).
MAX_WORDS = 8


def get_case(*, session: Session, public_id: str, for_update: bool = False) -> Case | None:
    """The case with ``public_id``; ``for_update`` locks it until the transaction ends, so status changes serialise:
    FOR UPDATE on PostgreSQL; on SQLite, which has no row locks, the database's write lock, taken by a write that
    changes nothing before the case is read (another request waits for it, then reads what this one committed)."""
    if "\x00" in public_id:  # in no case number; PostgreSQL refuses to even compare a text holding NUL
        return None
    if for_update and session.get_bind().dialect.name == "sqlite":
        session.exec(sa.update(Case).where(col(Case.public_id) == public_id).values(public_id=col(Case.public_id)))
    statement = select(Case).where(Case.public_id == public_id)
    if for_update:
        statement = statement.with_for_update()
    return session.exec(statement).first()


def _filters(query: CaseQuery, today: dt.date, zone: dt.tzinfo) -> list[sa.ColumnElement[bool]]:
    filters: list[sa.ColumnElement[bool]] = []
    if query.destination is not None:
        filters.append(col(Case.destination) == query.destination)
    if query.status is not None:
        filters.append(col(Case.status) == str(query.status))
    if query.label is not None:
        filters.append(col(Case.label) == query.label)
    if query.created_from is not None:
        filters.append(col(Case.created_at) >= _utc_midnight(query.created_from, zone))
    if query.created_to is not None and query.created_to < dt.date.max:  # every case is before the last day
        filters.append(col(Case.created_at) < _utc_midnight(query.created_to + dt.timedelta(days=1), zone))
    if query.overdue is not None:
        overdue = overdue_clause(today)
        filters.append(overdue if query.overdue else sa.not_(overdue))
    return filters


def _utc_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The start of ``day`` in ``zone``, in UTC (the column is UTC).

    The API accepts only dates of recent years; at the ends of the calendar, where the conversion would leave the
    range of ``datetime``, this gives the earliest or latest representable moment instead of raising.
    """
    try:
        return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
    except OverflowError:
        return (dt.datetime.min if day.year == dt.MINYEAR else dt.datetime.max).replace(tzinfo=dt.UTC)


def overdue_clause(today: dt.date) -> sa.ColumnElement[bool]:
    return sa.and_(col(Case.status).in_([str(s) for s in OPEN]), col(Case.due_date).is_not(None),
                   col(Case.due_date) < today)


def list_cases(*, session: Session, query: CaseQuery, today: dt.date, zone: dt.tzinfo = dt.UTC
               ) -> tuple[Sequence[Case], int]:
    """One page of cases matching ``query``, newest first, with the total number of matches.  Dates in ``query``
    are calendar days in ``zone``."""
    filters = _filters(query, today, zone)
    total = session.exec(select(func.count()).select_from(Case).where(*filters)).one()
    statement = (select(Case).where(*filters).order_by(col(Case.created_at).desc(), col(Case.id).desc())
                 .offset((query.page - 1) * query.per_page).limit(query.per_page))
    return session.exec(statement).all(), int(total)


def latest_decision(*, session: Session, case_id: int) -> RoutingDecision:
    statement = (select(RoutingDecision).where(RoutingDecision.case_id == case_id)
                 .order_by(col(RoutingDecision.id).desc()).limit(1))
    return session.exec(statement).one()


def events(*, session: Session, case_id: int) -> Sequence[StatusEvent]:
    return session.exec(select(StatusEvent).where(StatusEvent.case_id == case_id).order_by(col(StatusEvent.id))).all()


def corrections(*, session: Session, case_id: int) -> Sequence[Correction]:
    return session.exec(select(Correction).where(Correction.case_id == case_id).order_by(col(Correction.id))).all()


def extensions(*, session: Session, case_id: int) -> Sequence[MediationExtension]:
    return session.exec(select(MediationExtension).where(MediationExtension.case_id == case_id)
                        .order_by(col(MediationExtension.id))).all()


def related_cases(*, session: Session, case_id: int) -> list[tuple[Case, str]]:
    """Cases linked to ``case_id`` in either direction, with what matched."""
    outgoing = select(Case, CaseLink.matched_on).join(CaseLink, col(CaseLink.related_case_id) == Case.id).where(
        CaseLink.case_id == case_id)
    incoming = select(Case, CaseLink.matched_on).join(CaseLink, col(CaseLink.case_id) == Case.id).where(
        CaseLink.related_case_id == case_id)
    rows = [*session.exec(outgoing).all(), *session.exec(incoming).all()]
    return sorted(((case, matched) for case, matched in rows), key=lambda row: row[0].id or 0)


def cases_by_user_since(*, session: Session, user_id: int, since: dt.datetime) -> Sequence[Case]:
    """The cases ``user_id`` registered at or after ``since``, newest first."""
    statement = (select(Case).where(Case.user_id == user_id, col(Case.created_at) >= since)
                 .order_by(col(Case.created_at).desc(), col(Case.id).desc()))
    return session.exec(statement).all()


def find_open_related(*, session: Session, keys: Iterable[tuple[str, str]]) -> list[tuple[Case, str]]:
    """Open cases sharing a party key (kind, value) with the new case, oldest first; ID numbers win over names."""
    keys = list(keys)
    if not keys:
        return []
    key_match = sa.or_(*(sa.and_(col(CaseParty.kind) == kind, col(CaseParty.value) == value) for kind, value in keys))
    statement = (select(Case, CaseParty.kind).join(CaseParty, col(CaseParty.case_id) == Case.id)
                 .where(key_match, col(Case.status).not_in([str(s) for s in TERMINAL]))
                 .order_by(col(Case.id)))
    found: dict[int, tuple[Case, str]] = {}
    for case, kind in session.exec(statement).all():
        assert case.id is not None
        if case.id not in found or kind == "id_number":
            found[case.id] = (case, kind)
    return list(found.values())


def queue_counts(*, session: Session, today: dt.date) -> list[tuple[str, str, int, int]]:
    """(destination, status, cases, overdue cases) for every open case, grouped."""
    overdue = func.sum(sa.case((overdue_clause(today), 1), else_=0))
    statement = (select(Case.destination, Case.status, func.count(), overdue)
                 .where(col(Case.status).in_([str(s) for s in OPEN]))
                 .group_by(col(Case.destination), col(Case.status)))
    return [(d, s, int(n), int(o or 0)) for d, s, n, o in session.exec(statement).all()]


def get_idempotency_record(*, session: Session, client_id: int, key: str) -> IdempotencyRecord | None:
    statement = select(IdempotencyRecord).where(IdempotencyRecord.client_id == client_id,
                                                IdempotencyRecord.key == key)
    return session.exec(statement).first()


def decisions(*, session: Session, case_id: int) -> Sequence[RoutingDecision]:
    return session.exec(select(RoutingDecision).where(RoutingDecision.case_id == case_id)
                        .order_by(col(RoutingDecision.id))).all()


def _named(name: str) -> SelectOfScalar[int]:
    """The cases with a party whose name (as stored for rule K1, without spaces) contains ``name``."""
    return select(CaseParty.case_id).where(CaseParty.kind == "name",
                                           col(CaseParty.value).contains(name, autoescape=True))


def _matches(word: str) -> sa.ColumnElement[bool]:
    """A case whose number, submitter, text or a party's name contains ``word``."""
    return sa.or_(col(Case.public_id).contains(word.upper(), autoescape=True),
                  col(Case.submitter).contains(word, autoescape=True),
                  col(Case.text).contains(word, autoescape=True),
                  col(Case.id).in_(_named(word)))


def search_cases(*, session: Session, destination: str | None, statuses: Sequence[str] | None,
                 overdue: bool | None, text: str | None, today: dt.date, page: int = 1, per_page: int = 50
                 ) -> tuple[Sequence[Case], int]:
    """A work queue: cases of ``destination`` (all when ``None``) in ``statuses``, optionally only overdue ones, and
    matching ``text`` in the case number, the submitter, the dispute text or a party's name (as stored for rule K1,
    without spaces); the most urgent deadline first."""
    if text and "\x00" in text:  # in no case; PostgreSQL refuses to even compare a text holding NUL
        return [], 0
    filters: list[sa.ColumnElement[bool]] = []
    if destination is not None:
        filters.append(col(Case.destination) == destination)
    if statuses:
        filters.append(col(Case.status).in_(list(statuses)))
    if overdue is not None:
        filters.append(overdue_clause(today) if overdue else sa.not_(overdue_clause(today)))
    if text:
        # Words separated by spaces must each be found somewhere (银行 信用卡: both); the words run together may also be
        # a party's name (张 三 is 张三).
        words = list(dict.fromkeys(text.split()))[:MAX_WORDS] or [text]
        matches = [sa.and_(*[_matches(word) for word in words])]
        name = "".join(words)
        if len(words) > 1:
            matches.append(col(Case.id).in_(_named(name)))
        number = compact(text).upper()  # a party calling in reads out a number
        if re.fullmatch(ID_NUMBER, number):  # an ID number, as stored for rule K1 (upper-case X)
            holders = select(CaseParty.case_id).where(CaseParty.kind == "id_number", CaseParty.value == number)
            matches.append(col(Case.id).in_(holders))
        if re.fullmatch(MOBILE, number):  # a mobile number, kept only in the case's fields as submitted
            matches.append(sa.cast(col(Case.fields), sa.Text).contains(f'"{number}"', autoescape=True))
        filters.append(sa.or_(*matches))
    total = session.exec(select(func.count()).select_from(Case).where(*filters)).one()
    statement = (select(Case).where(*filters)
                 .order_by(sa.nulls_last(col(Case.due_date).asc()), col(Case.created_at), col(Case.id))
                 .offset((page - 1) * per_page).limit(per_page))
    return session.exec(statement).all(), int(total)
