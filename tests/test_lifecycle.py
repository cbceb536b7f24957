"""The lifecycle table and deadlines (pure)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.lifecycle import (
    OPEN,
    STATUS_NAMES,
    TERMINAL,
    TRANSITIONS,
    CaseStatus,
    can_transition,
    court_day,
    current_due_date,
    initial_status,
    is_overdue,
    on_filing,
    restart_on_acceptance,
    trial_deadline_on_filing,
)
from service.periods import DueDate, default_calendar

CALENDAR = default_calendar()

S = CaseStatus
DUE = [
    {"kind": "mediation_deadline", "date": "2026-03-15"},
    {"kind": "trial_deadline", "date": "2026-06-01"},
    {"kind": "confirmation_application_deadline", "date": "2026-04-14"},
]


def test_every_status_has_a_name_and_a_row() -> None:
    assert set(STATUS_NAMES) == set(CaseStatus) == set(TRANSITIONS)
    assert TERMINAL == {S.withdrawn, S.closed}


def test_every_status_is_reachable_from_the_start() -> None:
    seen, frontier = set(), [S.routed, S.under_review]
    while frontier:
        status = frontier.pop()
        if status not in seen:
            seen.add(status)
            frontier.extend(TRANSITIONS[status])
    assert seen == set(CaseStatus)


@pytest.mark.parametrize(("current", "target", "allowed"), [
    (S.routed, S.accepted, True), (S.accepted, S.mediation_failed, True), (S.mediation_failed, S.filed, True),
    (S.mediation_succeeded, S.confirmation_applied, True), (S.routed, S.mediation_succeeded, False),
    (S.closed, S.accepted, False), (S.withdrawn, S.routed, False), (S.accepted, S.accepted, False),
    (S.routed, S.closed, True), (S.under_review, S.closed, False), (S.under_review, S.accepted, False),
])
def test_transitions(current: CaseStatus, target: CaseStatus, allowed: bool) -> None:
    assert can_transition(current, target) is allowed


def test_initial_status() -> None:
    assert initial_status("labour_mediation", needs_review=False) == S.routed
    assert initial_status("labour_mediation", needs_review=True) == S.under_review
    assert initial_status("clerk_review", needs_review=False) == S.under_review


@pytest.mark.parametrize(("status", "expected"), [
    (S.routed, dt.date(2026, 3, 15)), (S.accepted, dt.date(2026, 3, 15)), (S.filed, dt.date(2026, 6, 1)),
    (S.mediation_succeeded, dt.date(2026, 4, 14)), (S.mediation_failed, None), (S.closed, None),
])
def test_current_due_date(status: CaseStatus, expected: dt.date | None) -> None:
    assert current_due_date(status, DUE) == expected


def test_a_case_under_review_runs_only_the_review_limit() -> None:
    """The provisional route's limits start once the case is sent on: under review it is never overdue for them."""
    held = [{"kind": "review_deadline", "date": "2026-03-09"}, *DUE]
    assert current_due_date(S.under_review, held) == dt.date(2026, 3, 9)
    assert current_due_date(S.under_review, DUE) is None  # a decision stored before review limits existed
    assert current_due_date(S.routed, held) == dt.date(2026, 3, 15)  # sent on: the review limit no longer runs


def test_a_trial_teams_case_keeps_its_trial_deadline_while_mediating() -> None:
    """Routed to 速裁 or 精审 (a trial deadline, no mediation limit), mediation by the team does not stop the 审限."""
    due = [{"kind": "trial_deadline", "date": "2026-06-01"}]
    for status in (S.routed, S.accepted, S.mediation_failed, S.filed):
        assert current_due_date(status, due) == dt.date(2026, 6, 1), status


def test_the_extended_deadline_is_not_the_running_one() -> None:
    due = [{"kind": "mediation_deadline", "date": "2026-03-15"}, {"kind": "mediation_extended_deadline",
                                                                  "date": "2026-04-14"}]
    assert current_due_date(S.accepted, due) == dt.date(2026, 3, 15)
    assert current_due_date(S.mediation_failed, due) is None


def test_unknown_deadline_kinds_still_count() -> None:
    assert current_due_date(S.filed, [{"kind": "new_kind", "date": "2026-01-01"}]) == dt.date(2026, 1, 1)


def test_overdue() -> None:
    today = dt.date(2026, 3, 16)
    assert is_overdue(S.accepted, dt.date(2026, 3, 15), today)
    assert not is_overdue(S.accepted, dt.date(2026, 3, 16), today)
    assert not is_overdue(S.closed, dt.date(2026, 1, 1), today)
    assert not is_overdue(S.routed, None, today)
    assert all(not is_overdue(s, dt.date(2000, 1, 1), today) for s in TERMINAL)
    assert OPEN | TERMINAL == set(CaseStatus)


def test_mediation_limits_restart_from_acceptance() -> None:
    decided = [
        {"kind": "mediation_deadline", "date": "2026-03-17"},
        {"kind": "mediation_extended_deadline", "date": "2026-04-16"},
        {"kind": "trial_deadline", "date": "2026-06-02"},
    ]
    later = restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 9), CALENDAR)
    assert [d["date"] for d in later] == ["2026-03-24", "2026-04-23", "2026-06-02"]
    assert current_due_date(CaseStatus.accepted, later) == dt.date(2026, 3, 24)
    # Accepted the same day, or "before" the decision on a skewed clock: the dates stay as decided.
    assert restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 2), CALENDAR) == decided
    assert restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 1), CALENDAR) == decided


def test_mediation_limits_restart_from_acceptance_not_from_the_case_date() -> None:
    """A case date sent with the case may lie months back: the limit runs from the receipt, as counted at routing."""
    decided = [due.to_dict() for due in (
        DueDate.counted("mediation_deadline", "委托调解期限", "简易程序7日", "2025 意见", dt.date(2026, 1, 10), days=7,
                        calendar=CALENDAR),
        DueDate.counted("mediation_extended_deadline", "延长", "7日另加30日", "2025 意见", dt.date(2026, 1, 10),
                        days=37, calendar=CALENDAR),
        DueDate.counted("trial_deadline", "审理期限届满日", "简易程序", "第一百六十四条", dt.date(2026, 1, 10),
                        months=3, calendar=CALENDAR),
    )]
    # The decision was made on 2026-03-02 with case date 2026-01-10; the mediator signs on 2026-11-28.
    later = restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 11, 28), CALENDAR)
    assert [d["date"] for d in later] == ["2026-12-07", "2027-01-04", decided[2]["date"]]  # 12-05 is a Saturday
    assert later[0]["counted_from"] == "2026-11-28" and later[0]["postponed_from"] == "2026-12-05"
    assert current_due_date(CaseStatus.accepted, later) == dt.date(2026, 12, 7)
    # Due dates stored before they recorded their start: moved by the days since the day they were counted from.
    old = [{"kind": "mediation_deadline", "date": "2026-01-17"}]
    assert restart_on_acceptance(old, dt.date(2026, 1, 10), dt.date(2026, 11, 28), CALENDAR)[0]["date"] == "2026-12-05"


SMALL_CLAIMS = {"track": "small_claims", "track_name": "小额诉讼程序", "months": 2, "basis": "第一百六十八条",
                "postpone_on_rest_day": True}


def test_filing_sets_the_trial_deadline_from_the_filing_day() -> None:
    mediation = [{"kind": "mediation_deadline", "date": "2026-03-31"}]
    filed = on_filing(mediation, SMALL_CLAIMS, dt.date(2026, 7, 1), CALENDAR)
    trial = filed[-1]
    assert trial["kind"] == "trial_deadline" and trial["counted_from"] == "2026-07-01"
    assert trial["date"] == "2026-09-01" and "小额诉讼程序，2个月，自立案次日起算" in trial["name"]
    assert current_due_date(S.filed, filed) == dt.date(2026, 9, 1)
    assert current_due_date(S.mediation_failed, mediation) is None  # before filing, nothing runs
    # Filed on 2026-03-02: two months end on Saturday 2026-05-02, inside the 劳动节 holidays (May 1-5).
    assert trial_deadline_on_filing(SMALL_CLAIMS, dt.date(2026, 3, 2), CALENDAR) == {
        **trial, "date": "2026-05-06", "counted_from": "2026-03-02", "postponed_from": "2026-05-02"}
    assert is_overdue(S.filed, current_due_date(S.filed, filed), dt.date(2026, 9, 2))


def test_filing_replaces_the_trial_deadline_counted_at_routing() -> None:
    routed = [{"kind": "trial_deadline", "date": "2026-03-09", "counted_from": "2026-01-07"}]
    assert [d["date"] for d in on_filing(routed, SMALL_CLAIMS, dt.date(2026, 11, 27), CALENDAR)] == ["2027-01-27"]
    # Without a trial period (special procedures; decisions stored before it existed) the decision's own one stays.
    assert on_filing(routed, None, dt.date(2026, 11, 27), CALENDAR) == routed
    assert on_filing([], None, dt.date(2026, 11, 27), CALENDAR) == []


def test_court_day_is_beijing_time() -> None:
    assert court_day(dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.UTC)) == dt.date(2026, 3, 2)
    assert court_day(dt.datetime(2026, 3, 1, 15, 59, tzinfo=dt.UTC)) == dt.date(2026, 3, 1)
