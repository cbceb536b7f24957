"""The case flows: submit (assess → persist case, decision, first status event), status changes, corrections.

Each flow adds rows to the caller's session and flushes; the caller commits once, so a request that fails at any
step leaves no row behind.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlmodel import Session

from service import crud
from service.assess import assess
from service.classifier import LoadedModel
from service.elements import CaseFields
from service.errors import InvalidTransition
from service.lifecycle import TERMINAL, TRANSITIONS, CaseStatus, can_transition, current_due_date, initial_status
from service.rules import Destination, RuleSet
from service.schemas import CaseCreate, CaseFieldsIn, CorrectionCreate, EventCreate
from service.tables import ApiClient, Case, CaseLink, CaseParty, Correction, RoutingDecision, StatusEvent, utcnow

log = logging.getLogger(__name__)

K1_BASIS = "最高人民法院《关于进一步推进案件繁简分流优化司法资源配置的若干意见》（法发〔2016〕21号）第2条"


def destination_name(rules: RuleSet, destination: str) -> str:
    """The Chinese name the rules file gives ``destination``."""
    return rules.destinations[Destination(destination)].name


def case_fields(fields: CaseFieldsIn | None) -> CaseFields | None:
    """The API's (stricter) input fields as the routing work's ``CaseFields``."""
    return CaseFields.model_validate(fields.model_dump()) if fields is not None else None


def party_keys(fields: CaseFieldsIn | None) -> list[tuple[str, str]]:
    """Normalised (kind, value) keys of the parties: names without spaces, ID numbers upper-cased."""
    keys: set[tuple[str, str]] = set()
    for party in (fields.parties or []) if fields else []:
        name = "".join(party.name.split())
        if name:
            keys.add(("name", name))
        if party.id_number:
            keys.add(("id_number", party.id_number.upper()))
    return sorted(keys)


def _apply_k1(decision: dict[str, Any], related: list[tuple[Case, str]], rules: RuleSet) -> dict[str, Any]:
    """Rule K1: a case related to an open case goes where that case went (the oldest one if several)."""
    if not related:
        return decision
    anchor, matched_on = related[0]
    what = "身份证号码相同的当事人" if matched_on == "id_number" else "同名当事人"
    reason = {
        "rule_id": "K1",
        "basis": K1_BASIS,
        "explanation": f"与未结案件 {anchor.public_id} 存在{what}，作为关联案件分配至同一去向"
                       f"（{destination_name(rules, anchor.destination)}）。",
    }
    return {
        **decision,
        "destination": anchor.destination,
        "destination_name": destination_name(rules, anchor.destination),
        "track": anchor.track,
        "reasons": [*decision.get("reasons", []), reason],
        "needs_review": anchor.destination == "clerk_review",
    }


def submit_case(*, session: Session, case_in: CaseCreate, client: ApiClient, model: LoadedModel, rules: RuleSet,
                today: dt.date) -> Case:
    """Assess a new case and store it with its decision and first status event.  Related open cases (K1) are linked
    and decide the destination."""
    assessment = assess(text=case_in.text, fields=case_fields(case_in.fields), model=model, rules=rules,
                        today=today).to_dict()
    keys = party_keys(case_in.fields)
    related = crud.find_open_related(session=session, keys=keys)
    decision = _apply_k1(assessment["decision"], related, rules)
    prediction = assessment["prediction"]
    status = initial_status(decision["destination"], needs_review=bool(decision.get("needs_review")))
    case = Case(
        text=case_in.text,
        fields=case_in.fields.model_dump(mode="json", exclude_none=True) if case_in.fields else None,
        channel=str(case_in.channel), submitter=case_in.submitter, client_id=_id(client),
        label=prediction["label"], destination=decision["destination"], track=decision.get("track"),
        status=str(status), due_date=current_due_date(status, decision.get("due_dates", [])),
    )
    session.add(case)
    session.flush()
    session.add(RoutingDecision(
        case_id=_id(case), model_version=prediction["model_version"], rules_version=str(decision["rules_version"]),
        label=prediction["label"], confidence=prediction["confidence"], probabilities=prediction["probabilities"],
        prediction=prediction, elements=assessment["elements"], destination=decision["destination"],
        track=decision.get("track"), reasons=decision.get("reasons", []), due_dates=decision.get("due_dates", []),
        decision=decision,
    ))
    session.add(StatusEvent(case_id=_id(case), from_status=None, to_status=str(status), note="案件已提交并完成分流。",
                            actor=client.name, client_id=_id(client)))
    session.add_all(CaseParty(case_id=_id(case), kind=kind, value=value) for kind, value in keys)
    session.add_all(CaseLink(case_id=_id(case), related_case_id=_id(other), matched_on=matched)
                    for other, matched in related)
    session.flush()
    log.info("case %s submitted by %s: %s -> %s (%s)", case.public_id, client.name, case.label, case.destination,
             case.status)
    return case


def record_event(*, session: Session, case: Case, event_in: EventCreate, client: ApiClient) -> StatusEvent:
    """Move ``case`` to a new status.  :raise InvalidTransition: if the lifecycle does not allow the move."""
    current = CaseStatus(case.status)
    target = CaseStatus(event_in.status)
    if not can_transition(current, target):
        allowed = "、".join(sorted(s.value for s in TRANSITIONS[current])) or "无（已终结）"
        raise InvalidTransition(f"案件当前状态为 {current.value}，不能变更为 {target.value}。",
                                fields={"status": f"当前允许：{allowed}"})
    decision = crud.latest_decision(session=session, case_id=_id(case))
    event = StatusEvent(case_id=_id(case), from_status=str(current), to_status=str(target), note=event_in.note,
                        actor=event_in.actor or client.name, client_id=_id(client))
    case.status = str(target)
    case.due_date = current_due_date(target, decision.due_dates)
    case.updated_at = utcnow()
    session.add_all([event, case])
    session.flush()
    log.info("case %s: %s -> %s by %s", case.public_id, current, target, event.actor)
    return event


def correct_case(
    *, session: Session, case: Case, correction_in: CorrectionCreate, client: ApiClient, rules: RuleSet
) -> list[Correction]:
    """Override the label and/or destination of an open case.  A case under review that gets a destination is routed.
    A label given unchanged is recorded as the clerk's confirmation of it.

    :raise InvalidTransition: if the case is already closed or withdrawn.
    """
    if CaseStatus(case.status) in TERMINAL:
        raise InvalidTransition("已终结的案件不能更正。", fields={"status": case.status})
    actor = correction_in.actor or client.name
    made = []
    for field, new in (("label", correction_in.label), ("destination", correction_in.destination)):
        old = getattr(case, field)
        # A label confirmed as it is is still recorded (old == new): the clerk reviewed it, so retraining may use it.
        if new is None or (new == old and field != "label"):
            continue
        made.append(Correction(case_id=_id(case), field=field, old_value=old, new_value=new,
                               reason=correction_in.reason, actor=actor, client_id=_id(client)))
        setattr(case, field, new)
    if correction_in.destination and case.status == CaseStatus.under_review and case.destination != "clerk_review":
        session.add(StatusEvent(case_id=_id(case), from_status=case.status, to_status=str(CaseStatus.routed),
                                note=f"人工复核后分配至{destination_name(rules, case.destination)}。", actor=actor,
                                client_id=_id(client)))
        case.status = str(CaseStatus.routed)
    case.updated_at = utcnow()
    session.add_all([*made, case])
    session.flush()
    return made


def _id(row: Case | ApiClient) -> int:
    assert row.id is not None, "flush before using the id"
    return row.id
