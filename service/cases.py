"""Case endpoints under /api/v1: intake, lookup, listing, status events, corrections, queues.  Views stay thin:
parse, authorise, call a flow in service.intake, serialise."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, url_for

from service import crud, intake
from service.actors import Actor
from service.auth import Scope, current_client, require_scope
from service.db import get_session
from service.errors import NotFound
from service.extensions import get_model_store, get_rules, get_settings
from service.idempotency import transactional
from service.labels import DISPLAY_NAMES
from service.lifecycle import COURT_TIMEZONE, STATUS_NAMES, CaseStatus, is_overdue
from service.parsing import parse_body, parse_query
from service.rules import TRACK_NAMES, Track
from service.schemas import (
    DESTINATIONS,
    RELATED_SHOWN,
    CaseCreate,
    CasePublic,
    CaseQuery,
    CasesPublic,
    CaseSummary,
    CorrectionCreate,
    CorrectionPublic,
    DecisionPublic,
    EventCreate,
    EventPublic,
    ExtensionCreate,
    ExtensionPublic,
    NoQuery,
    PredictionPublic,
    QueuePublic,
    QueuesPublic,
    RelatedCasePublic,
)
from service.tables import Case

bp = Blueprint("cases", __name__)


def today() -> dt.date:
    """Today in the court's calendar (deadlines are dates in Lanzhou, whatever the server's timezone)."""
    return dt.datetime.now(COURT_TIMEZONE).date()


def _load(public_id: str, *, for_update: bool = False) -> Case:
    """:raise NotFound: if there is no case ``public_id``."""
    # Case numbers are upper case; one typed or spoken in lower case (mr-3f2a…) is the same case, as in the workbench.
    case = crud.get_case(session=get_session(), public_id=public_id.upper(), for_update=for_update)
    if case is None:
        raise NotFound(f"案件 {public_id} 不存在。", fields={"id": public_id})
    return case


@bp.post("/cases")
@require_scope(Scope.submit)
@transactional
def create_case() -> tuple[dict[str, Any], int, dict[str, str]]:
    case_in = parse_body(CaseCreate, max_text_chars=get_settings().max_text_chars)
    case = intake.submit_case(session=get_session(), case_in=case_in, actor=Actor.of_client(current_client()),
                              model=get_model_store().get(), rules=get_rules(), today=today())
    return case_detail(case), 201, {"Location": url_for("cases.get_case", public_id=case.public_id)}


@bp.get("/cases/<public_id>")
@require_scope(Scope.read)
def get_case(public_id: str) -> dict[str, Any]:
    return case_detail(_load(public_id))


@bp.get("/cases")
@require_scope(Scope.read)
def list_cases() -> dict[str, Any]:
    query = parse_query(CaseQuery)
    cases, total = crud.list_cases(session=get_session(), query=query, today=today(), zone=COURT_TIMEZONE)
    page = CasesPublic(items=[case_summary(c) for c in cases], page=query.page, per_page=query.per_page, total=total)
    return page.model_dump(mode="json")


@bp.post("/cases/<public_id>/events")
@require_scope(Scope.manage)
@transactional
def add_event(public_id: str) -> tuple[dict[str, Any], int]:
    event_in = parse_body(EventCreate)
    case = _load(public_id, for_update=True)
    intake.record_event(session=get_session(), case=case, event_in=event_in, actor=Actor.of_client(current_client()),
                        rules=get_rules())
    return case_detail(case), 201


@bp.post("/cases/<public_id>/corrections")
@require_scope(Scope.manage)
@transactional
def add_correction(public_id: str) -> tuple[dict[str, Any], int]:
    correction_in = parse_body(CorrectionCreate)
    case = _load(public_id, for_update=True)
    intake.correct_case(session=get_session(), case=case, correction_in=correction_in,
                        actor=Actor.of_client(current_client()), rules=get_rules())
    return case_detail(case), 201


@bp.post("/cases/<public_id>/extensions")
@require_scope(Scope.manage)
@transactional
def add_extension(public_id: str) -> tuple[dict[str, Any], int]:
    extension_in = parse_body(ExtensionCreate)
    case = _load(public_id, for_update=True)
    intake.extend_mediation(session=get_session(), case=case, extension_in=extension_in,
                            actor=Actor.of_client(current_client()), rules=get_rules())
    return case_detail(case), 201


@bp.get("/queues")
@require_scope(Scope.read)
def queues() -> dict[str, Any]:
    parse_query(NoQuery)
    as_of = today()
    rows = crud.queue_counts(session=get_session(), today=as_of)
    result = []
    for destination in DESTINATIONS:
        mine = [row for row in rows if row[0] == destination]
        name = intake.destination_name(get_rules(), destination)
        result.append(QueuePublic(destination=destination, destination_name=name, open=sum(r[2] for r in mine),
                                  overdue=sum(r[3] for r in mine), by_status={r[1]: r[2] for r in mine}))
    return QueuesPublic(as_of=as_of, queues=result).model_dump(mode="json")


# --- serialisation ------------------------------------------------------------------------------------------------


def case_summary(case: Case) -> CaseSummary:
    status = CaseStatus(case.status)
    return CaseSummary(
        id=case.public_id, status=status, status_name=STATUS_NAMES[status], label=case.label,
        label_name=DISPLAY_NAMES.get(case.label, case.label), destination=case.destination,
        destination_name=intake.destination_name(get_rules(), case.destination), track=case.track,
        track_name=TRACK_NAMES[Track(case.track)] if case.track else None, filed_from=case.filed_from,
        filed_from_name=intake.destination_name(get_rules(), case.filed_from) if case.filed_from else None,
        channel=case.channel, submitter=case.submitter, due_date=case.due_date,  # type: ignore[arg-type]
        overdue=is_overdue(status, case.due_date, today()), created_at=case.created_at, updated_at=case.updated_at,
    )


def case_detail(case: Case) -> dict[str, Any]:
    session = get_session()
    assert case.id is not None
    decision = crud.latest_decision(session=session, case_id=case.id)
    related = crud.related_cases(session=session, case_id=case.id)
    detail = CasePublic(
        **case_summary(case).model_dump(), text=case.text, fields=case.fields,
        prediction=PredictionPublic.model_validate(decision.prediction), elements=decision.elements,
        decision=DecisionPublic.model_validate(decision.decision),
        related_cases=[RelatedCasePublic(id=c.public_id, matched_on=m, status=CaseStatus(c.status),  # type: ignore[arg-type]
                                         status_name=STATUS_NAMES[CaseStatus(c.status)], destination=c.destination,
                                         destination_name=intake.destination_name(get_rules(), c.destination))
                       for c, m in related[-RELATED_SHOWN:]],
        related_total=len(related),
        events=[EventPublic(from_status=CaseStatus(e.from_status) if e.from_status else None,
                            to_status=CaseStatus(e.to_status), status_name=STATUS_NAMES[CaseStatus(e.to_status)],
                            note=e.note, actor=e.actor, created_at=e.created_at)
                for e in crud.events(session=session, case_id=case.id)],
        corrections=[CorrectionPublic(field=c.field, old_value=c.old_value, new_value=c.new_value,  # type: ignore[arg-type]
                                      reason=c.reason, actor=c.actor, created_at=c.created_at)
                     for c in crud.corrections(session=session, case_id=case.id)],
        extensions=[ExtensionPublic(days=e.days, previous_due=e.previous_due, due_date=e.due_date,
                                    calendar_warning=e.calendar_warning, note=e.note, actor=e.actor,
                                    created_at=e.created_at)
                    for e in crud.extensions(session=session, case_id=case.id)],
    )
    return detail.model_dump(mode="json")
