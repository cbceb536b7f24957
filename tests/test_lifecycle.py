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
    restart_on_acceptance,
)

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
    later = restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 9))
    assert [d["date"] for d in later] == ["2026-03-24", "2026-04-23", "2026-06-02"]
    assert current_due_date(CaseStatus.accepted, later) == dt.date(2026, 3, 24)
    # Accepted the same day, or "before" the decision on a skewed clock: the dates stay as decided.
    assert restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == decided
    assert restart_on_acceptance(decided, dt.date(2026, 3, 2), dt.date(2026, 3, 1)) == decided


def test_court_day_is_beijing_time() -> None:
    assert court_day(dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.UTC)) == dt.date(2026, 3, 2)
    assert court_day(dt.datetime(2026, 3, 1, 15, 59, tzinfo=dt.UTC)) == dt.date(2026, 3, 1)
