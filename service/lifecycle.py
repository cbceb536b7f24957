"""The case lifecycle: statuses, the transitions allowed between them, and which deadline applies when.

Pure: no Flask, no database.  The routing decision supplies the due dates; this module only says which of them is
running in a given status and whether it has passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from service.periods import DueDate, HolidayCalendar, recount

# Deadlines are counted in the court's calendar, whatever the server's timezone.
COURT_TIMEZONE = ZoneInfo("Asia/Shanghai")


class CaseStatus(StrEnum):
    routed = "routed"  # sent to its destination, waiting to be accepted there
    under_review = "under_review"  # the router was unsure; a clerk decides the destination
    accepted = "accepted"  # accepted by the mediation centre (or the court queue): mediation is running
    mediation_succeeded = "mediation_succeeded"
    mediation_failed = "mediation_failed"
    confirmation_applied = "confirmation_applied"  # 司法确认 applied for
    filed = "filed"  # 立案: the case goes to trial
    withdrawn = "withdrawn"
    closed = "closed"


STATUS_NAMES: Mapping[CaseStatus, str] = {
    CaseStatus.routed: "已分流待受理",
    CaseStatus.under_review: "待人工复核",
    CaseStatus.accepted: "调解中",
    CaseStatus.mediation_succeeded: "调解成功",
    CaseStatus.mediation_failed: "调解失败",
    CaseStatus.confirmation_applied: "已申请司法确认",
    CaseStatus.filed: "已立案",
    CaseStatus.withdrawn: "已撤回",
    CaseStatus.closed: "已结案",
}

S = CaseStatus
TRANSITIONS: Mapping[CaseStatus, frozenset[CaseStatus]] = {
    # A case waiting for review first gets a destination (routed); nobody can mediate or file it before that.
    S.under_review: frozenset({S.routed, S.withdrawn}),
    # Closed straight from routed: a referral done (told to apply to the labour arbitration commission) or a dispute
    # settled before anyone took it up; the event's note says which.
    S.routed: frozenset({S.accepted, S.filed, S.withdrawn, S.closed}),
    S.accepted: frozenset({S.mediation_succeeded, S.mediation_failed, S.withdrawn}),
    # A successful mediation ends with a 司法确认 application (within 30 days), or the case simply closes
    # (performance on the spot, withdrawal of the claim).
    S.mediation_succeeded: frozenset({S.confirmation_applied, S.closed, S.withdrawn}),
    # A failed mediation goes to trial, or the party gives up.
    S.mediation_failed: frozenset({S.filed, S.withdrawn, S.closed}),
    # Confirmation granted closes the case; refused, the party may still sue.
    S.confirmation_applied: frozenset({S.closed, S.filed}),
    S.filed: frozenset({S.closed, S.withdrawn}),
    S.withdrawn: frozenset(),
    S.closed: frozenset(),
}
TERMINAL: frozenset[CaseStatus] = frozenset(s for s, targets in TRANSITIONS.items() if not targets)
OPEN: frozenset[CaseStatus] = frozenset(CaseStatus) - TERMINAL

# Which deadline runs in which status.  Kinds not listed here (unknown to this table) are used as a fallback
# for any open status, so a new kind of due date from the rules is never silently ignored.
# The extended mediation deadline of a decision is for information: an extension the parties agree to is recorded
# (intake.extend_mediation) and lengthens the running mediation_deadline itself.
_DEADLINE_KINDS: Mapping[CaseStatus, tuple[str, ...]] = {
    # Held for a clerk: only the review's own limit runs.  The provisional route's limits are shown with the decision
    # but are not its deadline here (a case is never overdue for a mediation that has not begun); once it is sent on
    # they run as for any routed case.
    S.under_review: ("review_deadline",),
    S.routed: ("mediation_deadline", "trial_deadline", "confirmation_application_deadline"),
    S.accepted: ("mediation_deadline",),
    S.mediation_succeeded: ("confirmation_application_deadline",),
    S.mediation_failed: (),
    S.confirmation_applied: ("confirmation_decision_deadline",),
    S.filed: ("trial_deadline",),
}

# A case routed to a trial team (速裁, 精审: a trial deadline and no mediation limit) that the team still mediates
# keeps its 审限 running while it mediates and after mediation fails: 调解 in court counts in the trial limit.  (Not
# after a success: a centre's case the router had sent to a trial team then starts its 30 days to apply for 司法确认;
# a trial team's own success keeps its 审限 by intake.record_event, which knows where the case is.)
_TRIAL_TEAM_KINDS: Mapping[CaseStatus, tuple[str, ...]] = {S.accepted: ("trial_deadline",),
                                                           S.mediation_failed: ("trial_deadline",)}

_KNOWN_KINDS = frozenset({"mediation_extended_deadline"}).union(*_DEADLINE_KINDS.values())


def initial_status(destination: str, *, needs_review: bool) -> CaseStatus:
    """The status a new case starts in."""
    if needs_review or destination == "clerk_review":
        return CaseStatus.under_review
    return CaseStatus.routed


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in TRANSITIONS[current]


def current_due_date(status: CaseStatus, due_dates: Iterable[Mapping[str, Any]]) -> dt.date | None:
    """The earliest due date that applies in ``status`` (``None`` in a terminal status or when none applies)."""
    if status in TERMINAL:
        return None
    kinds = _DEADLINE_KINDS.get(status, ())
    due_dates = list(due_dates)
    if status in _TRIAL_TEAM_KINDS and not any(d.get("kind") == "mediation_deadline" for d in due_dates):
        kinds = kinds + _TRIAL_TEAM_KINDS[status]
    known = _KNOWN_KINDS
    dates = []
    for due in due_dates:
        kind = str(due.get("kind", ""))
        if kind in kinds or kind not in known:
            dates.append(dt.date.fromisoformat(str(due["date"])))
    return min(dates, default=None)


def court_day(moment: dt.datetime) -> dt.date:
    """The court's calendar day of a timezone-aware instant."""
    return moment.astimezone(COURT_TIMEZONE).date()


# Deadlines that run from the mediator's signed receipt (2025 意见 §3: "自调解员签收之日起"), which the
# centre's acceptance stands for; at routing time they were counted from the decision day (the case date if sent).
_RESTART_ON_ACCEPTANCE = frozenset({"mediation_deadline", "mediation_extended_deadline"})


def restart_on_acceptance(due_dates: Iterable[Mapping[str, Any]], decided_on: dt.date, accepted_on: dt.date,
                          calendar: HolidayCalendar) -> list[dict[str, Any]]:
    """The decision's due dates with the mediation limits counted again from ``accepted_on`` (rest days from
    ``calendar``, the app's: ``RuleSet.calendar``).

    Each limit is counted afresh from the acceptance day, as it was counted at routing (days, rest-day rule), whatever
    day it was counted from then: the case date sent with the case may lie months back.  ``decided_on`` is that day
    for due dates stored without it (decisions made before due dates recorded how they were counted); those are
    moved by the days between it and ``accepted_on``.  A limit counted from the acceptance day or later (accepted the
    same day, or "earlier" on a skewed clock) keeps its date.
    """
    out = []
    for due in due_dates:
        item = dict(due)
        if item.get("kind") in _RESTART_ON_ACCEPTANCE:
            counted_from = dt.date.fromisoformat(str(item.get("counted_from") or decided_on))
            if accepted_on > counted_from:
                again = recount(item, accepted_on, calendar)
                if again is None:  # stored without its period: shift it by the days that passed
                    shifted = dt.date.fromisoformat(str(item["date"])) + (accepted_on - counted_from)
                    again = {**item, "date": shifted.isoformat()}
                item = again
        out.append(item)
    return out


def trial_deadline_on_filing(trial_period: Mapping[str, Any] | None, filed_on: dt.date,
                             calendar: HolidayCalendar) -> dict[str, Any] | None:
    """The 审限 of a case filed on ``filed_on``: the decision's ``trial_period`` (track and months) counted from the day
    after filing (民事诉讼法第一百五十二、一百六十四、一百六十八条: 自立案之日起), or ``None`` without one."""
    if not trial_period or not trial_period.get("months"):
        return None
    months = int(trial_period["months"])
    postpone = bool(trial_period.get("postpone_on_rest_day"))
    detail = f"{trial_period['track_name']}，{months}个月，自立案次日起算"
    due = DueDate.counted("trial_deadline", "审理期限届满日", detail, str(trial_period.get("basis") or ""), filed_on,
                          months=months, calendar=calendar if postpone else None)
    return due.to_dict()


def on_filing(due_dates: Iterable[Mapping[str, Any]], trial_period: Mapping[str, Any] | None, filed_on: dt.date,
              calendar: HolidayCalendar) -> list[dict[str, Any]]:
    """The due dates once the case is filed: the trial deadline counted from ``filed_on`` replaces the one counted at
    routing (if any).  Without a trial period (G2 special procedures, decisions stored before it was recorded) the
    decision's own trial deadline, if any, stays."""
    trial = trial_deadline_on_filing(trial_period, filed_on, calendar)
    kept = [dict(d) for d in due_dates if trial is None or d.get("kind") != "trial_deadline"]
    return kept + ([trial] if trial else [])


def is_overdue(status: CaseStatus, due_date: dt.date | None, today: dt.date) -> bool:
    return status in OPEN and due_date is not None and due_date < today
