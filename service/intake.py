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
from service.actors import Actor
from service.assess import assess
from service.classifier import LoadedModel
from service.elements import CaseFields, extract_elements
from service.errors import ExtensionRefused, InvalidTransition
from service.lifecycle import (
    STATUS_NAMES,
    TERMINAL,
    TRANSITIONS,
    CaseStatus,
    court_day,
    current_due_date,
    initial_status,
    on_filing,
    restart_on_acceptance,
    trial_deadline_on_filing,
)
from service.periods import recount
from service.routing import (
    NO_MEDIATION,
    TRIAL_BASIS,
    TRIAL_MONTHS_KEY,
    confirmation_application_due,
    confirmation_decision_due,
    mediation_due_at,
    review_due,
)
from service.rules import TRACK_NAMES, TRIAL_TEAMS, Destination, RuleSet, Track
from service.schemas import CaseCreate, CaseFieldsIn, CorrectionCreate, EventCreate, ExtensionCreate
from service.tables import (
    Case,
    CaseLink,
    CaseParty,
    Correction,
    MediationExtension,
    RoutingDecision,
    StatusEvent,
    new_public_id,
    utcnow,
)

log = logging.getLogger(__name__)

# A case can be re-routed (an element corrected) only before anyone has taken it up.
REROUTABLE = frozenset({CaseStatus.routed, CaseStatus.under_review})
K1_BASIS = "最高人民法院《关于进一步推进案件繁简分流优化司法资源配置的若干意见》（法发〔2016〕21号）第2条"


def destination_name(rules: RuleSet, destination: str) -> str:
    """The Chinese name the rules file gives ``destination``."""
    return rules.destinations[Destination(destination)].name


def case_fields(fields: CaseFieldsIn | None) -> CaseFields | None:
    """The API's (stricter) input fields as the routing work's ``CaseFields``."""
    return CaseFields.model_validate(fields.model_dump()) if fields is not None else None


def stored_fields(fields: CaseFieldsIn | None) -> dict[str, Any] | None:
    """The structured fields as a case stores them (``Case.fields``): JSON values, unset ones left out."""
    return fields.model_dump(mode="json", exclude_none=True) if fields is not None else None


def assessed_with(*, session: Session, case: Case, fields: CaseFieldsIn | None) -> bool:
    """Whether ``case`` was ever assessed with ``fields``: as submitted, or after a correction (an amount) rewrote
    ``case.fields``.  No fields and empty fields are the same; decisions stored before they were kept count with the
    case's current fields only."""
    wanted = stored_fields(fields) or {}
    if wanted == (case.fields or {}):
        return True
    return any(d.fields == wanted for d in crud.decisions(session=session, case_id=_id(case)))


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


def _apply_k1(decision: dict[str, Any], related: list[tuple[Case, str]], strong: set[int],
              rules: RuleSet, received_on: dt.date) -> dict[str, Any]:
    """Rule K1 (法发〔2016〕21号第2条: series and related cases to the same team): a case sharing a party with an open
    case is linked to it, and the decision says so.

    The link alone never moves the case.  Where a case goes follows from its own dispute: a labour dispute never
    arbitrated goes to arbitration, a refused mediation to court, a loan to the finance centre, whatever the related
    case did; and which team takes related cases together is decided by people.  So a related case routed
    elsewhere and found by an ID number or a company's name (``strong``: the ids of those cases) is held for a clerk,
    its own destination kept as the provisional one, and the review's limit counted from ``received_on`` (the day
    the router counted from) runs, as for a case the router holds itself; found only by a person's name, which many
    people share, it is routed as its own dispute says, with the possible link named for the clerk to check.
    """
    if not related:
        return decision
    anchor, matched_on = _k1_anchor(related, strong)
    is_strong = _id(anchor) in strong
    what = ("身份证号码相同的当事人" if matched_on == "id_number"
            else "名称相同的当事人" if is_strong else "同名当事人")
    # Where the related case went: a case filed from a centre was routed there and is tried by the team it moved to
    # on filing, so either matches (a bank's filed loan cases held every new loan case of that bank for a clerk); one
    # still waiting for review has gone nowhere yet.  And this case's own route: held already (R1), the route it
    # would take.
    own = decision.get("provisional_destination") or decision["destination"]
    went = _went(anchor)
    elsewhere = bool(went) and own not in went
    weak = "，仅姓名相同，可能并非同一人" if not is_strong else ""
    if not went:
        tail = f"{weak}，该案尚待人工复核分流：请立案人员一并考虑两案去向；本案按自身纠纷类型分流。"
    elif not elsewhere:
        tail = "，去向相同，宜由同一团队办理。"
    elif is_strong:
        moved = (f"（原调解组织：{destination_name(rules, anchor.filed_from)}）"
                 if anchor.filed_from and anchor.filed_from != anchor.destination else "")
        tail = (f"，该案去向为{destination_name(rules, anchor.destination)}{moved}，与本案不同：请立案人员决定是否合并"
                "或交由同一团队办理，本案按自身纠纷类型暂定去向。")
    else:
        tail = f"{weak}：请立案人员核实；本案按自身纠纷类型分流。"
    reason = {"rule_id": "K1", "basis": K1_BASIS, "explanation": f"与未结案件 {anchor.public_id} 存在{what}{tail}"}
    decision = {**decision, "reasons": [*decision.get("reasons", []), reason]}
    if not (elsewhere and is_strong) or decision["destination"] == Destination.clerk_review:
        return decision
    return {
        **decision,
        "destination": str(Destination.clerk_review),
        "destination_name": destination_name(rules, Destination.clerk_review),
        "provisional_destination": decision["destination"],
        "provisional_destination_name": decision["destination_name"],
        "needs_review": True,
        "due_dates": [review_due(rules, received_on).to_dict(), *decision.get("due_dates", [])],
    }


def _decide(*, session: Session, text: str, fields: CaseFieldsIn | None, model: LoadedModel, rules: RuleSet,
            today: dt.date, before_case_id: int | None = None, label: str | None = None
            ) -> tuple[dict[str, Any], dict[str, Any], list[tuple[str, str]], list[tuple[Case, str]]]:
    """assess() plus rule K1: (assessment, decision, party keys, related open cases).  ``before_case_id`` limits
    the related cases to older ones (re-assessing an existing case); ``label``, a person's, is routed by instead of
    the model's."""
    assessment = assess(text=text, fields=case_fields(fields), model=model, rules=rules, today=today,
                        label=label).to_dict()
    keys = party_keys(fields)
    related = crud.find_open_related(session=session, keys=keys)
    if before_case_id is not None:
        related = [(case, matched) for case, matched in related if _id(case) < before_case_id]
    # An ID number, or the name of a company or an individual business, points at one party; a person's name may not.
    named = {"".join(p.name.split()) for p in (fields.parties or []) if p.kind != "person"} if fields else set()
    strong_keys = [(kind, value) for kind, value in keys if kind == "id_number" or value in named]
    strong = {_id(case) for case, _ in crud.find_open_related(session=session, keys=strong_keys)} if related else set()
    case_date = assessment["elements"].get("case_date")
    received_on = dt.date.fromisoformat(case_date) if case_date else today
    return (assessment, _apply_k1(assessment["decision"], related, strong, rules, received_on), keys,
            _linked(related, strong))


# A bank or a landlord in hundreds of open cases: each new case was linked to every one of them (links growing with
# the square of the cases, and each case body listing them all).  A new case is linked to the case its K1 reason
# names and to the newest others, up to this many.
MAX_LINKS = 20


def _went(case: Case) -> set[str]:
    """Where a related case went: its destination and, filed from a centre, that centre too; nowhere yet while it
    waits for review."""
    return {d for d in (case.destination, case.filed_from) if d and d != Destination.clerk_review}


def _k1_anchor(related: list[tuple[Case, str]], strong: set[int]) -> tuple[Case, str]:
    """The related case K1 names: the oldest found by an ID number or an organisation's name that has gone somewhere
    (one still waiting for review would hide another routed elsewhere), else the oldest such, else the oldest."""
    found = [(c, m) for c, m in related if _id(c) in strong]
    return next(((c, m) for c, m in found if _went(c)), found[0] if found else related[0])


def _linked(related: list[tuple[Case, str]], strong: set[int]) -> list[tuple[Case, str]]:
    """The related cases a new case is linked to: K1's anchor and the newest others, ``MAX_LINKS`` in all."""
    if len(related) <= MAX_LINKS:
        return related
    anchor = _k1_anchor(related, strong)
    newest = [row for row in related if row is not anchor][-(MAX_LINKS - 1):]
    return sorted([anchor, *newest], key=lambda row: _id(row[0]))


def _decision_row(case: Case, assessment: dict[str, Any], decision: dict[str, Any], actor: Actor,
                  fields: dict[str, Any] | None, note: str | None = None) -> RoutingDecision:
    prediction = assessment["prediction"]
    fields = fields or {}  # null is kept for decisions stored before the column existed
    return RoutingDecision(
        case_id=_id(case), model_version=prediction["model_version"], rules_version=str(decision["rules_version"]),
        label=prediction["label"], confidence=prediction["confidence"], probabilities=prediction["probabilities"],
        prediction=prediction, elements=assessment["elements"], fields=fields, destination=decision["destination"],
        track=decision.get("track"), reasons=decision.get("reasons", []), due_dates=decision.get("due_dates", []),
        decision=decision, actor=actor.name, note=note,
    )


def submit_case(*, session: Session, case_in: CaseCreate, actor: Actor, model: LoadedModel, rules: RuleSet,
                today: dt.date, public_id: str | None = None) -> Case:
    """Assess a new case and store it with its decision and first status event.  Related open cases (K1) are linked
    and decide the destination.  ``public_id`` is a case number reserved beforehand (the workbench's intake form);
    being unique, a second case under it fails on insert."""
    assessment, decision, keys, related = _decide(session=session, text=case_in.text, fields=case_in.fields,
                                                  model=model, rules=rules, today=today)
    prediction = assessment["prediction"]
    status = initial_status(decision["destination"], needs_review=bool(decision.get("needs_review")))
    case = Case(
        text=case_in.text,
        fields=stored_fields(case_in.fields),
        channel=str(case_in.channel), submitter=case_in.submitter, **actor.ids,
        label=prediction["label"], destination=decision["destination"], track=decision.get("track"),
        status=str(status), due_date=current_due_date(status, decision.get("due_dates", [])),
    )
    case.public_id = public_id if public_id is not None else unused_public_id(session)
    session.add(case)
    session.flush()
    session.add(_decision_row(case, assessment, decision, actor, case.fields))
    session.add(StatusEvent(case_id=_id(case), from_status=None, to_status=str(status), note="案件已提交并完成分流。",
                            actor=actor.name, **actor.ids))
    session.add_all(CaseParty(case_id=_id(case), kind=kind, value=value) for kind, value in keys)
    session.add_all(CaseLink(case_id=_id(case), related_case_id=_id(other), matched_on=matched)
                    for other, matched in related)
    session.flush()
    log.info("case %s submitted by %s: %s -> %s (%s)", case.public_id, actor.name, case.label, case.destination,
             case.status)
    return case


def unused_public_id(session: Session, attempts: int = 8) -> str:
    """A new case number no case has yet.  40 random bits clash about once in a million numbers drawn among a million
    cases; without a look first, that clash failed the insert (a 500, or a 409 about the idempotency key)."""
    for _ in range(attempts):
        candidate = new_public_id()
        if crud.get_case(session=session, public_id=candidate) is None:
            return candidate
    raise RuntimeError(f"no unused case number in {attempts} attempts: is the random source broken?")


def reassess_case(*, session: Session, case: Case, fields: CaseFieldsIn | None, actor: Actor, model: LoadedModel,
                  rules: RuleSet, today: dt.date, note: str) -> RoutingDecision:
    """Run assess() again with corrected structured fields (e.g. the amount) and store the new decision.

    The case's label and destination follow the new decision unless a person corrected them already (a correction
    wins over the machine: a corrected label is also the one the case is routed by).  Only a case no one has taken
    up yet (routed or under review) can be re-routed.

    :raise InvalidTransition: if the case has been accepted, filed, closed or withdrawn.
    """
    current = CaseStatus(case.status)
    if current not in REROUTABLE:
        raise InvalidTransition(f"案件当前状态为「{STATUS_NAMES[current]}」，已不能重新分流。",
                                fields={"status": _status_text(current)})
    corrected = {c.field for c in crud.corrections(session=session, case_id=_id(case))}
    # A label a clerk corrected is the one routed by (S1 商事 or O1 人民调解 follow it), not the model's again.
    assessment, decision, _, _ = _decide(session=session, text=case.text, fields=fields, model=model, rules=rules,
                                         today=today, before_case_id=_id(case),
                                         label=case.label if "label" in corrected else None)
    case.fields = stored_fields(fields)
    row = _decision_row(case, assessment, decision, actor, case.fields, note)
    if "label" not in corrected:
        case.label = assessment["prediction"]["label"]
    if "destination" not in corrected:
        case.destination, case.track = decision["destination"], decision.get("track")
        status = initial_status(case.destination, needs_review=bool(decision.get("needs_review")))
        if status != current:
            session.add(StatusEvent(case_id=_id(case), from_status=str(current), to_status=str(status),
                                    note="重新分流后状态变更。", actor=actor.name, **actor.ids))
            case.status = str(status)
    # Still waiting for a clerk: the review's limit runs on from the receipt or the send-back, whatever the new
    # decision says (it restarted with each correction, or vanished for a case sent back).
    if not (current == CaseStatus.under_review == CaseStatus(case.status) and case.due_date is not None):
        case.due_date = current_due_date(CaseStatus(case.status), decision.get("due_dates", []))
    case.updated_at = utcnow()
    session.add_all([row, case])
    session.flush()
    log.info("case %s re-assessed by %s: %s -> %s", case.public_id, actor.name, case.label, case.destination)
    return row


def review_case(*, session: Session, case: Case, actor: Actor, rules: RuleSet) -> StatusEvent | None:
    """A person confirms the routing as it stands: the case is marked reviewed, and a case waiting for review goes
    to its (provisional) destination.  Returns the status event if the status changed.

    :raise InvalidTransition: if the case is closed or withdrawn, or waits for review with no destination to confirm.
    """
    current = CaseStatus(case.status)
    if current in TERMINAL:
        raise InvalidTransition("已终结的案件不能再确认分流。", fields={"status": _status_text(current)})
    event = None
    if current == CaseStatus.under_review:
        target = _destination_out_of_review(case, crud.latest_decision(session=session, case_id=_id(case)))
        event = StatusEvent(case_id=_id(case), from_status=str(current), to_status=str(CaseStatus.routed),
                            note=f"人工复核确认分配至{destination_name(rules, target)}。", actor=actor.name,
                            **actor.ids)
        case.destination, case.status = target, str(CaseStatus.routed)
        _follow_destination(session, case, rules, came_from=Destination.clerk_review)
        session.add(event)
    _mark_reviewed(case, actor)
    session.add(case)
    session.flush()
    return event


def review_target(case: Case, decision: RoutingDecision) -> str | None:
    """Where a case waiting for review goes once confirmed: its destination; at the clerk's desk, the router's
    provisional one, or, for a case a person sent back there, where the router had sent it; ``None`` if none."""
    if case.destination != Destination.clerk_review:
        return case.destination
    target = router_destination(decision)
    return target if target != Destination.clerk_review else None


def router_destination(decision: RoutingDecision) -> str:
    """Where the router sent the case: its provisional destination when it held the case for a clerk."""
    return str(decision.decision.get("provisional_destination") or decision.decision.get("destination"))


def _destination_out_of_review(case: Case, decision: RoutingDecision) -> str:
    """``review_target``.  :raise InvalidTransition: if there is none, so someone must choose (a correction)."""
    target = review_target(case, decision)
    if target is None:
        raise InvalidTransition("该案件没有暂定去向，请选择去向并说明理由（更正去向）。",
                                fields={"destination": "需要人工选择"})
    return target


def _mark_reviewed(case: Case, actor: Actor) -> None:
    case.reviewed_at = utcnow()
    case.reviewed_by = actor.name
    case.updated_at = case.reviewed_at


def _not_open_to_confirmation(decision: RoutingDecision, rules: RuleSet) -> str | None:
    """J4's warning, for an application to confirm an agreement on a dispute that touches personal status or who owns
    a thing (a divorce mediated at a centre): such an agreement is not confirmed, one on property or support after a
    divorce is.  The flags cannot tell which, so the event says what to check; ``None`` when neither flag is set."""
    flags = {flag.get("id") for flag in decision.elements.get("flags", [])}
    j4 = next((rule for rule in rules.rules if rule.id == "J4"), None)
    if j4 is None or not flags & {"personal_status", "ownership"}:
        return None
    return f"提示：{j4.explanation}（{j4.basis}）"


def record_event(*, session: Session, case: Case, event_in: EventCreate, actor: Actor, rules: RuleSet) -> StatusEvent:
    """Move ``case`` to a new status; deadlines counted again (acceptance, filing) use ``rules``' holiday calendar.

    :raise InvalidTransition: if the lifecycle does not allow the move.
    """
    current = CaseStatus(case.status)
    target = CaseStatus(event_in.status)
    decision = crud.latest_decision(session=session, case_id=_id(case))
    allowed = allowed_targets(case, decision, rules)
    if target not in allowed:
        offered = "、".join(_status_text(s) for s in sorted(allowed)) or "无（已终结）"
        raise InvalidTransition(_why_not(case, decision, rules, target), fields={"status": f"当前允许：{offered}"})
    if current == CaseStatus.under_review and target == CaseStatus.routed:
        case.destination = _destination_out_of_review(case, decision)  # as the workbench's confirmation does
        _follow_destination(session, case, rules, came_from=Destination.clerk_review)
    actor = actor.named(event_in.actor)
    note = event_in.note
    due_dates = decision.due_dates
    # A trial team mediating its own case (a clerk sent it there, or the router did): 调解 in court runs inside the
    # 审限, which keeps running through the mediation and whatever its outcome (a 调解书, not a 司法确认).
    keeps_trial_limit = at_trial_team(case) and target in (
        CaseStatus.accepted, CaseStatus.mediation_succeeded, CaseStatus.mediation_failed)
    if target == CaseStatus.accepted:
        due_dates = _mediation_limits(session, case, decision, rules, court_day(utcnow()))
    elif target == CaseStatus.mediation_succeeded:
        # The agreement takes effect now: the parties have 30 days to apply for 司法确认 (not the routing day's).
        due_dates = [d for d in due_dates if d.get("kind") != "confirmation_application_deadline"] + [
            confirmation_application_due(rules, court_day(utcnow())).to_dict()]
    elif target == CaseStatus.confirmation_applied:
        due_dates = [*due_dates, confirmation_decision_due(rules, court_day(utcnow())).to_dict()]
        note = "；".join(filter(None, [note, _not_open_to_confirmation(decision, rules)]))
    elif target == CaseStatus.filed:
        centre = case.destination
        period = decision.decision.get("trial_period")
        _to_trial_team(case, period)
        if at_trial_team(case):  # the team's own track, if a clerk chose the other team
            period = trial_period_at(Destination(case.destination), period, rules)
        due_dates = _extension_not_counted(session, case, decision, rules,
                                           on_filing(due_dates, period, filing_day(decision), rules.calendar))
        if case.destination != centre:  # said in the event, so that an API client sees why the case moved
            note = "；".join(filter(None, [note, f"移送{destination_name(rules, case.destination)}（原调解组织："
                                                 f"{destination_name(rules, centre)}）"]))
        trial = next((d for d in due_dates if d.get("kind") == "trial_deadline"), None)
        if trial is not None:
            warning = f"（{trial['calendar_warning']}）" if trial.get("calendar_warning") else ""
            note = "；".join(filter(None, [note, f"{trial['name']}：{trial['date']}{warning}"]))
    event = StatusEvent(case_id=_id(case), from_status=str(current), to_status=str(target), note=note,
                        actor=actor.name, **actor.ids)
    case.status = str(target)
    if not keeps_trial_limit:
        if target in (CaseStatus.accepted, CaseStatus.mediation_failed) and not at_trial_team(case):
            # At a centre no 审限 runs in mediation or after it fails, unless the case came in filed (below): a
            # decision that sent the case to court (its 审限, no mediation limit) is not the case's any more.
            due_dates = [d for d in due_dates if d.get("kind") != "trial_deadline"]
        case.due_date = current_due_date(target, due_dates)
    if target == CaseStatus.mediation_failed and came_in_filed(decision) and not keeps_trial_limit:
        # It came in filed (2025 rule): its 审限 has run since that filing, through the mediation, and keeps running.
        case.due_date = _filed_trial_limit(session, case, decision, rules)
    case.updated_at = utcnow()
    session.add_all([event, case])
    session.flush()
    log.info("case %s: %s -> %s by %s", case.public_id, current, target, event.actor)
    return event


def at_trial_team(case: Case) -> bool:
    """Whether ``case`` is with a trial team (速裁, 精审), which mediates inside its 审限."""
    return case.destination in TRIAL_TEAMS.values()


def allowed_targets(case: Case, decision: RoutingDecision, rules: RuleSet) -> frozenset[CaseStatus]:
    """The statuses ``case`` may move to: the lifecycle's, narrowed or widened by where the case is.

    * A referral out of court (劳动人事争议仲裁委员会) is neither mediated nor filed here: it is closed once the party
      has been told, or withdrawn.  Sent back to court after arbitration, it comes in as a new case.
    * 司法确认: parties who bring an agreement made elsewhere apply for confirmation straight away.
    * No mediation where the decision excludes it (G2, G5) while the case is with a trial team.
    """
    current = CaseStatus(case.status)
    targets = set(TRANSITIONS[current])
    if current == CaseStatus.routed and case.destination == Destination.judicial_confirmation:
        targets.add(CaseStatus.confirmation_applied)
    if is_referral(rules, case.destination):
        targets -= {CaseStatus.accepted, CaseStatus.filed, CaseStatus.mediation_succeeded,
                    CaseStatus.mediation_failed, CaseStatus.confirmation_applied}
    if mediation_barred(case, decision):
        targets.discard(CaseStatus.accepted)
    if at_trial_team(case):
        # Mediation in court ends in a 调解书 (民事诉讼法第一百条), not in an agreement to confirm (第二百零五条 is for
        # agreements of mediation bodies); the case is then closed.
        targets.discard(CaseStatus.confirmation_applied)
    return frozenset(targets)


def _why_not(case: Case, decision: RoutingDecision, rules: RuleSet, target: CaseStatus) -> str:
    """Why ``case`` may not move to ``target``, in the clerk's words."""
    current = CaseStatus(case.status)
    if target == CaseStatus.accepted and mediation_barred(case, decision):
        return why_no_mediation(decision, rules)
    if target == CaseStatus.confirmation_applied and at_trial_team(case):
        return ("本案由审判团队调解：法院调解达成协议的，应当制作调解书（民事诉讼法第一百条），不适用司法确认；"
                "调解书送达后请「结案」。")
    if target in TRANSITIONS[current] and is_referral(rules, case.destination):
        return (f"本案已分流至{destination_name(rules, case.destination)}，属于法院外的转介，法院不受理调解、不立案："
                "告知当事人后请「结案」；当事人经仲裁后起诉的，请另行登记新案件。")
    return f"案件当前状态为「{STATUS_NAMES[current]}」，不能变更为「{STATUS_NAMES[target]}」。"


def _why_not_moved(status: CaseStatus, to: str) -> str:
    """Why a case taken up cannot be corrected to ``to``, and what the clerk can do instead."""
    if status == CaseStatus.filed:
        return (f"本案已立案，不能改送{to}：当事人愿意调解的，由审判团队在审理中调解；"
                "简转普或普转简的，请改为速裁团队或精审团队。")
    if status == CaseStatus.confirmation_applied:
        return f"本案已申请司法确认，不能改送{to}：确认申请被驳回的，请「转立案」。"
    return (f"本案调解已开始（{STATUS_NAMES[status]}），不能直接改送{to}：可改为其他调解组织；"
            "调解不成的，请先记录「调解失败」，再「转立案」。")


def destination_kind(rules: RuleSet, destination: str) -> str:
    """What ``destination`` is (rules.toml ``kind``): mediation, court, referral or review."""
    return rules.destinations[Destination(destination)].kind


def is_referral(rules: RuleSet, destination: str) -> bool:
    """A referral out of court (the labour arbitration commission): nobody here mediates or files the case."""
    return destination_kind(rules, destination) == "referral"


def _group(rules: RuleSet, destination: str) -> str:
    """What a taken-up case may be corrected within: the trial teams, the mediation centres; 司法确认, a court
    destination too, is a group of its own (a filed case went there by a correction, without track or 审限)."""
    return "trial" if destination in TRIAL_TEAMS.values() else (
        "confirmation" if destination == Destination.judicial_confirmation else destination_kind(rules, destination))


def mediation_barred(case: Case, decision: RoutingDecision) -> bool:
    """Whether ``case`` may not be accepted for mediation: its decision excludes mediation (G2, a procedure that takes
    none; G5, a party whose whereabouts are unknown) and it is still with a trial team.  A clerk who corrects it to a
    mediation centre (the flag was wrong, the party was found) lets that centre mediate."""
    return bool(decision.decision.get("mediation_excluded")) and at_trial_team(case)


def why_no_mediation(decision: RoutingDecision, rules: RuleSet) -> str:
    """The clerk's reason a case cannot be accepted for mediation: the explanation of the rule that excluded it."""
    excluding = {rule.id for rule in rules.rules if NO_MEDIATION in rule.sets}
    why = next((str(r.get("explanation")) for r in decision.decision.get("reasons", [])
                if r.get("rule_id") in excluding), "分流决定排除调解。")
    return f"{why}本案不能受理调解，请「转立案」。"


def _to_trial_team(case: Case, trial_period: dict[str, Any] | None) -> None:
    """A case filed (转立案) from a mediation centre or 司法确认 goes to the court's team for its trial track (the
    decision's ``trial_period``): its destination becomes that team, whose queue then holds it, and ``filed_from``
    keeps the centre, to which its mediation outcome still counts.  A case already with a trial team, or without a
    trial track (special procedures, decisions stored before the track was recorded), stays where it is."""
    team = trial_team(trial_period)
    if team is None or case.destination not in MOVED_ON_FILING:
        return
    case.filed_from = case.destination
    case.destination = str(team)
    case.track = str((trial_period or {})["track"])


# Where a filed case leaves for its trial team: a mediation centre (mediation failed) or 司法确认 (refused).  Not a
# trial team (already there), nor the labour arbitration referral or the clerk (never "原调解组织").
MOVED_ON_FILING = frozenset({Destination.labour_mediation, Destination.finance_mediation, Destination.housing_mediation,
                             Destination.sme_mediation, Destination.people_mediation,
                             Destination.judicial_confirmation})


def trial_team(trial_period: dict[str, Any] | None) -> Destination | None:
    """The trial team (速裁 or 精审) that tries a case filed on ``trial_period``'s track, if it names one."""
    track = (trial_period or {}).get("track")
    return TRIAL_TEAMS.get(Track(track)) if track in set(Track) else None


def counted_from(decision: RoutingDecision) -> dt.date:
    """The day a decision counted its deadlines from: the case date sent with the case, else the decision day."""
    case_date = (decision.elements or {}).get("case_date")
    return dt.date.fromisoformat(case_date) if case_date else court_day(decision.created_at)


def came_in_filed(decision: RoutingDecision) -> bool:
    """Whether the case was already filed when it came in (2025 rule: filed, then entrusted to mediation)."""
    return bool((decision.elements or {}).get("filed"))


def filing_day(decision: RoutingDecision) -> dt.date:
    """The day the case was filed (立案), from which its 审限 runs: today, when it is filed now; the day its
    deadlines were counted from, when it came in already filed (2025 rule: filed, then entrusted mediation, whose
    7/15 days run inside the 审限)."""
    if came_in_filed(decision):
        return counted_from(decision)
    return court_day(utcnow())


def correct_case(
    *, session: Session, case: Case, correction_in: CorrectionCreate, actor: Actor, rules: RuleSet
) -> list[Correction]:
    """Override the label and/or destination of an open case.  A case under review that gets a destination is routed.
    The case counts as reviewed (its label, corrected or not, may then serve as a training label).

    :raise InvalidTransition: if the case is already closed or withdrawn.
    """
    status = CaseStatus(case.status)
    if status in TERMINAL:
        raise InvalidTransition("已终结的案件不能更正。", fields={"status": _status_text(status)})
    new = correction_in.destination
    if (new is not None and new != case.destination and status not in REROUTABLE
            and _group(rules, new) != _group(rules, case.destination)):
        # Accepted, mediated or filed: another centre, or the other trial team, still fits what has been done; a
        # move out of mediation into court (or back) is a status change with its own deadlines, not a correction.
        raise InvalidTransition(_why_not_moved(status, destination_name(rules, new)),
                                fields={"destination": f"当前状态：{_status_text(status)}"})
    actor = actor.named(correction_in.actor)
    made = []
    for field, new in (("label", correction_in.label), ("destination", correction_in.destination)):
        old = getattr(case, field)
        if new is None or new == old:
            continue
        made.append(Correction(case_id=_id(case), field=field, old_value=old, new_value=new,
                               reason=correction_in.reason, actor=actor.name, **actor.ids))
        setattr(case, field, new)
    if correction_in.destination == "clerk_review" and case.status == CaseStatus.routed:
        # Sent back to the clerk: the case waits for review again instead of sitting "routed" at the clerk's desk.
        session.add(StatusEvent(case_id=_id(case), from_status=case.status, to_status=str(CaseStatus.under_review),
                                note="退回立案人工复核。", actor=actor.name, **actor.ids))
        case.status = str(CaseStatus.under_review)
    elif correction_in.destination and case.status == CaseStatus.under_review and case.destination != "clerk_review":
        session.add(StatusEvent(case_id=_id(case), from_status=case.status, to_status=str(CaseStatus.routed),
                                note=f"人工复核后分配至{destination_name(rules, case.destination)}。", actor=actor.name,
                                **actor.ids))
        case.status = str(CaseStatus.routed)
    moved = next((c for c in made if c.field == "destination"), None)
    if moved is not None:
        if case.filed_from is not None and not at_trial_team(case):
            case.filed_from = None  # sent back out of court: it is no longer a case filed from that centre
        _follow_destination(session, case, rules, came_from=Destination(moved.old_value))
    _mark_reviewed(case, actor)
    session.add_all([*made, case])
    session.flush()
    return made


# The due dates that belong to each kind of destination (rules.toml [destinations.*] kind).
_DUE_KINDS_BY_DESTINATION_KIND = {
    "mediation": ("mediation_deadline", "mediation_extended_deadline"),
    "court": ("trial_deadline",),
    "referral": (),
}
# A trial team's plain track, for a case sent there whose decision foresaw none of its tracks (TRIAL_TEAMS).
_PLAIN_TRACK = {Destination.fast_track: Track.simple, Destination.ordinary_trial: Track.ordinary}


def _follow_destination(session: Session, case: Case, rules: RuleSet, *, came_from: Destination) -> None:
    """After a person corrects the destination, the case's track and current deadline follow it, so that a case sent
    to a trial team no longer shows 调解 and a mediation limit.  The track is the one the decision foresaw for trial
    when it suits the team (its ``trial_period``), else the team's plain one (简易程序, 普通程序); the deadline is the
    earliest of the decision's due dates that belong to the new kind of destination, none if it has none."""
    destination = Destination(case.destination)
    kind = destination_kind(rules, destination)
    row = crud.latest_decision(session=session, case_id=_id(case))
    decision = row.decision
    if destination in _PLAIN_TRACK:
        foreseen = (decision.get("trial_period") or {}).get("track")
        case.track = str(foreseen if trial_team(decision.get("trial_period")) == destination else
                         _PLAIN_TRACK[destination])
    elif kind == "mediation":
        case.track = str(Track.mediation)
    elif kind != "review":
        case.track = None
    status = CaseStatus(case.status)
    if destination == Destination.clerk_review:
        # Sent back to a clerk: the review's own limit, from today (the decision's, if it has one, ran from routing).
        case.due_date = current_due_date(status, [review_due(rules, court_day(utcnow())).to_dict()])
        return
    if destination in _PLAIN_TRACK and (status in REROUTABLE or came_from in _PLAIN_TRACK):
        # A trial team's 审限 is its track's (简转普: 6 months, not the 速裁 team's 2 or 3), counted from the filing
        # day once filed, else from the day the router counted from, as the router does for a case it sends there.
        trial = trial_deadline_on_filing(trial_period_at(destination, decision.get("trial_period"), rules),
                                         _filed_on(session, case, row) or counted_from(row), rules.calendar)
        # At a trial team the 审限 runs in every open status, its own mediation and that mediation's success included.
        limits = _extension_not_counted(session, case, row, rules, [trial] if trial else [])
        case.due_date = (None if status in TERMINAL else
                         min((dt.date.fromisoformat(str(d["date"])) for d in limits), default=None))
        return
    if status not in REROUTABLE and status != CaseStatus.accepted:
        # Mediated or filed elsewhere: its running deadline stays while the case stays with the same kind of
        # destination; sent to another kind, the case has no deadline that fits it yet (correct_case refuses most
        # such moves).
        if destination_kind(rules, came_from) != kind:
            case.due_date = None
        return
    if status == CaseStatus.accepted:  # another centre took over its mediation: its own limit, from the acceptance
        accepted_on = _last_day(session, case, CaseStatus.accepted)
        if accepted_on is not None:
            case.due_date = current_due_date(status, _mediation_limits(session, case, row, rules, accepted_on))
        return
    wanted = _DUE_KINDS_BY_DESTINATION_KIND.get(kind)
    due_dates = _centre_limits(case, row, rules, counted_from(row)) or decision.get("due_dates", [])
    if destination == Destination.judicial_confirmation:
        wanted = ("confirmation_application_deadline",)
    if wanted is not None:
        due_dates = [d for d in due_dates if d.get("kind") in wanted]
    case.due_date = current_due_date(status, due_dates)


def _centre_limits(case: Case, decision: RoutingDecision, rules: RuleSet, day: dt.date) -> list[dict[str, Any]] | None:
    """The mediation limits of the centre ``case`` is at, counted from ``day``, when a person chose that centre and the
    router's decision has none for it (it sent the case elsewhere: to court, another centre, a referral); ``None``
    when the decision's own limits apply, or the case is at no mediation centre.  They are the limits ``route`` would
    have set for that centre (``mediation_due_at``), from the case's text and fields as they stand."""
    destination = Destination(case.destination)
    if destination_kind(rules, destination) != "mediation":
        return None
    routed = router_destination(decision)
    if routed == destination and any(d.get("kind") == "mediation_deadline" for d in decision.due_dates):
        return None
    elements = extract_elements(text=case.text, fields=CaseFields.model_validate(case.fields) if case.fields else None)
    track = (decision.decision.get("trial_period") or {}).get("track")
    trial_track = Track(track) if track in set(Track) else None
    return [d.to_dict() for d in mediation_due_at(destination, case.label, elements, trial_track, rules, day)]


def _limits_from_acceptance(case: Case, decision: RoutingDecision, rules: RuleSet,
                            accepted_on: dt.date) -> list[dict[str, Any]]:
    """The due dates of a case accepted on ``accepted_on``: its centre's own limits when a person chose the centre
    (``_centre_limits``), else the decision's, the mediation limits counted again from the acceptance."""
    return _centre_limits(case, decision, rules, accepted_on) or restart_on_acceptance(
        decision.due_dates, counted_from(decision), accepted_on, rules.calendar)


def _mediation_limits(session: Session, case: Case, decision: RoutingDecision, rules: RuleSet,
                      accepted_on: dt.date, *, agreed: int | None = None) -> list[dict[str, Any]]:
    """The due dates of a case in mediation since ``accepted_on`` (``_limits_from_acceptance``), its mediation limit
    lengthened by the days the parties agreed to add: ``agreed`` (with an extension about to be recorded), else those
    recorded (``extend_mediation``), if any."""
    limits = _limits_from_acceptance(case, decision, rules, accepted_on)
    if agreed is None:
        agreed = _agreed_days(session, case)
    if not agreed:
        return limits
    return [_lengthened(d, agreed, rules, f"经双方同意延长{agreed}日") if d.get("kind") == "mediation_deadline" else d
            for d in limits]


def _filed_trial_limit(session: Session, case: Case, decision: RoutingDecision, rules: RuleSet) -> dt.date | None:
    """The last day of the 审限 of a case that came in filed, counted from that filing, without the days of an agreed
    extension of its mediation; ``None`` without a trial period."""
    trial = trial_deadline_on_filing(decision.decision.get("trial_period"), filing_day(decision), rules.calendar)
    if trial is None:
        return None
    [trial] = _extension_not_counted(session, case, decision, rules, [trial])
    return dt.date.fromisoformat(str(trial["date"]))


def _why_no_extension(rules: RuleSet, destination: str) -> str:
    """Why a case in ``accepted`` at ``destination`` (no mediation centre) has no mediation limit to extend here."""
    name = destination_name(rules, destination)
    if destination == Destination.judicial_confirmation:
        return "司法确认审查已达成的调解协议，不进行调解，不适用调解期限的延长。"
    if destination_kind(rules, destination) == "court":
        return (f"本案由{name}自行调解：答辩期满前的法院调解经各方当事人同意可以继续，延长的调解期间不计入审理期限"
                "（《最高人民法院关于人民法院民事调解工作若干问题的规定》第四条），由审判团队掌握，本系统不记录其延长。")
    return f"本案在{name}，不在调解组织调解，不适用调解期限的延长。"


def _agreed_days(session: Session, case: Case) -> int:
    """The days the parties agreed to add to ``case``'s mediation, in all."""
    return sum(e.days for e in crud.extensions(session=session, case_id=_id(case)))


def _lengthened(due: dict[str, Any], days: int, rules: RuleSet, why: str) -> dict[str, Any]:
    """A due date ``days`` later, counted as it was itself (from the same day, by the same rest-day rule): a longer
    period, not a second one after the first; ``why`` is added to its name."""
    period = due.get("period") or {}
    if due.get("counted_from") and ("days" in period or "months" in period):
        longer = recount({**due, "period": {**period, "days": int(period.get("days", 0)) + days}},
                         dt.date.fromisoformat(str(due["counted_from"])), rules.calendar)
        if longer is not None:
            return {**longer, "name": f"{due['name']}，{why}"}
    # Stored without its period (decisions before periods were recorded): moved by the days.
    moved = dt.date.fromisoformat(str(due["date"])) + dt.timedelta(days=days)
    return {**due, "date": moved.isoformat(), "name": f"{due['name']}，{why}"}


def _extension_not_counted(session: Session, case: Case, decision: RoutingDecision, rules: RuleSet,
                           due_dates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``due_dates`` with the trial deadline moved by the days of an agreed extension, for a case that came in filed:
    its 审限 runs from that filing through the entrusted mediation, and the extension is not counted in it (2025 意见
    §3).  A case filed after mediation counts its 审限 from that filing, so the extension does not touch it."""
    agreed = _agreed_days(session, case)
    if not agreed or not came_in_filed(decision):
        return due_dates
    used = _extension_used(session, case, decision, rules, agreed)
    if not used:
        return due_dates
    why = f"调解经双方同意延长后进行的{used}日不计入审限"
    return [_lengthened(d, used, rules, why) if d.get("kind") == "trial_deadline" else d for d in due_dates]


def _extension_used(session: Session, case: Case, decision: RoutingDecision, rules: RuleSet, agreed: int) -> int:
    """The days of an agreed extension the mediation actually ran (民事调解规定第四条: 延长的调解期间不计入审理期限):
    from the end of the limit without the extension to the day it failed or succeeded (today while it runs), at most
    the days agreed; none when it ended within its first limit."""
    accepted_on = _accepted_on(session, case, decision)
    first = [dt.date.fromisoformat(str(d["date"])) for d in _limits_from_acceptance(case, decision, rules, accepted_on)
             if d.get("kind") == "mediation_deadline"]
    if not first:
        return 0
    ended = (_last_day(session, case, CaseStatus.mediation_failed)
             or _last_day(session, case, CaseStatus.mediation_succeeded) or court_day(utcnow()))
    return max(0, min(agreed, (ended - min(first)).days))


def extension_allowance(session: Session, case: Case, rules: RuleSet) -> tuple[int, int]:
    """(days already agreed, days the rules allow in all) for ``case``'s mediation."""
    return _agreed_days(session, case), int(rules.deadlines["mediation_extension_days"])


def extend_mediation(*, session: Session, case: Case, extension_in: ExtensionCreate, actor: Actor,
                     rules: RuleSet) -> MediationExtension:
    """Record that both parties agreed to more time for the mediation running at a centre, and move the case's
    deadline: the mediation limit counted again with the days added (2025 意见 §3: 委托调解 may be extended by thirty
    days with both parties' consent, not counted in the trial limit; the rules' ``mediation_extension_days`` caps
    the days agreed in all, for every kind of mediation).

    :raise ExtensionRefused: the case is not in mediation at a centre, its mediation has no running limit, the days
        go beyond the allowance, or the limit extended would still lie before today (it has run out).
    """
    status = CaseStatus(case.status)
    if status != CaseStatus.accepted:
        raise ExtensionRefused(f"案件当前状态为「{STATUS_NAMES[status]}」，只有调解中的案件可以延长调解期限。",
                               fields={"status": _status_text(status)})
    if destination_kind(rules, case.destination) != "mediation":
        raise ExtensionRefused(_why_no_extension(rules, case.destination),
                               fields={"destination": destination_name(rules, case.destination)})
    agreed, allowed = extension_allowance(session, case, rules)
    left = allowed - agreed
    if left <= 0:
        raise ExtensionRefused(f"本案已经双方同意延长调解期限{agreed}日，已达上限{allowed}日，不能再延长；"
                               "调解不成的，请记录「调解失败」。",
                               fields={"days": f"已延长{agreed}日，上限{allowed}日"})
    days = extension_in.days
    if days > left:
        raise ExtensionRefused(f"延长日数超出上限：调解期限经双方同意最多可延长{allowed}日，本案已延长{agreed}日，"
                               f"还可延长{left}日。", fields={"days": f"最多{left}日"})
    row = crud.latest_decision(session=session, case_id=_id(case))
    accepted_on = _accepted_on(session, case, row)
    running = [d for d in _mediation_limits(session, case, row, rules, accepted_on, agreed=agreed + days)
               if d.get("kind") == "mediation_deadline"]
    if not running:
        raise ExtensionRefused("本案没有正在计算的调解期限，无需延长。", fields={"status": _status_text(status)})
    longer = min(running, key=lambda d: str(d["date"]))
    if dt.date.fromisoformat(str(longer["date"])) < court_day(utcnow()):
        raise ExtensionRefused(f"延长{days}日后的届满日（{longer['date']}）仍早于今天，不能记录：请核对双方同意延长的"
                               "日数；调解未成的，请记录「调解失败」。",
                               fields={"days": f"延长后届满日 {longer['date']}"})
    actor = actor.named(extension_in.actor)
    extension = MediationExtension(case_id=_id(case), days=days, previous_due=case.due_date,
                                   due_date=dt.date.fromisoformat(str(longer["date"])),
                                   calendar_warning=longer.get("calendar_warning"), note=extension_in.note,
                                   actor=actor.name, **actor.ids)
    case.due_date = extension.due_date
    case.updated_at = utcnow()
    session.add_all([extension, case])
    session.flush()
    log.info("case %s: mediation extended by %d days to %s by %s", case.public_id, days, case.due_date, actor.name)
    return extension


def _accepted_on(session: Session, case: Case, decision: RoutingDecision) -> dt.date:
    """The day ``case``'s mediation began: its last acceptance, else the day its deadlines were counted from."""
    return _last_day(session, case, CaseStatus.accepted) or counted_from(decision)


def _last_day(session: Session, case: Case, status: CaseStatus) -> dt.date | None:
    """The court day of ``case``'s last move to ``status``, if it made one."""
    days = [court_day(e.created_at) for e in crud.events(session=session, case_id=_id(case)) if e.to_status == status]
    return days[-1] if days else None


def _filed_on(session: Session, case: Case, decision: RoutingDecision) -> dt.date | None:
    """The day ``case`` was filed (立案), if it was: it came in filed, or its last ``filed`` event."""
    if CaseStatus(case.status) != CaseStatus.filed:
        return None
    if came_in_filed(decision):
        return counted_from(decision)
    return _last_day(session, case, CaseStatus.filed)


def trial_period_at(team: Destination, period: dict[str, Any] | None, rules: RuleSet) -> dict[str, Any] | None:
    """The trial period of a case at ``team``: the decision's, when its track is the team's; else the team's plain
    track (简易程序, 普通程序) with the rules' months.  None when the decision foresaw no trial (a referral, a special
    procedure) and no months when it foresaw no limit (涉外, P3F)."""
    if not period or not period.get("months") or trial_team(period) == team:
        return period
    track = _PLAIN_TRACK[team]
    key = TRIAL_MONTHS_KEY[track]
    return {"track": track.value, "track_name": TRACK_NAMES[track], "months": rules.deadlines[key],
            "basis": TRIAL_BASIS[key], "postpone_on_rest_day": "trial" in rules.postponed}


def _status_text(status: CaseStatus) -> str:
    """A status as a clerk reads it, with the API's code for a client: 调解中（accepted）."""
    return f"{STATUS_NAMES[status]}（{status.value}）"


def _id(row: Case) -> int:
    assert row.id is not None, "flush before using the id"
    return row.id
