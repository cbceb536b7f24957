"""Figures for the dashboard: cases over time by category, destination and status; mediation outcomes per centre;
overdue cases.  Keyword-only, no Flask.  Weeks are counted in ``zone`` (the court's calendar)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from service import crud
from service.lifecycle import CaseStatus
from service.tables import Case, MediationExtension, StatusEvent


@dataclass(frozen=True)
class WeeklyCounts:
    """Cases submitted per week (weeks start on Monday), split by one attribute."""

    weeks: tuple[dt.date, ...]
    counts: dict[str, tuple[int, ...]]  # value -> one count per week


@dataclass(frozen=True)
class MediationOutcome:
    destination: str
    succeeded: int
    failed: int
    extended: int = 0  # of these cases, how many had their mediation extended by agreement (mediation_extension)

    @property
    def rate(self) -> float | None:
        done = self.succeeded + self.failed
        return self.succeeded / done if done else None


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_counts(*, session: Session, attribute: str, weeks: int, today: dt.date, zone: dt.tzinfo
                  ) -> WeeklyCounts:
    """Cases submitted in the last ``weeks`` weeks (this one included) per week and per value of ``attribute``
    ("label", "destination" or "status")."""
    first = week_start(today) - dt.timedelta(weeks=weeks - 1)
    since = dt.datetime.combine(first, dt.time(), zone).astimezone(dt.UTC)
    # A filed case counts where it was before filing (the router's destination, or the one a clerk corrected it to),
    # not with the trial team it went to when filed.
    routed_to = func.coalesce(col(Case.filed_from), col(Case.destination))
    column = {"label": col(Case.label), "destination": routed_to, "status": col(Case.status)}[attribute]
    rows = session.exec(select(Case.created_at, column).where(col(Case.created_at) >= since)).all()
    starts = tuple(first + dt.timedelta(weeks=i) for i in range(weeks))
    tally: Counter[tuple[str, dt.date]] = Counter()
    for created_at, value in rows:
        tally[(str(value), week_start(created_at.astimezone(zone).date()))] += 1
    values = sorted({value for value, _ in tally})
    return WeeklyCounts(weeks=starts, counts={v: tuple(tally[(v, w)] for w in starts) for v in values})


def mediation_outcomes(*, session: Session) -> list[MediationOutcome]:
    """Per destination: cases whose mediation succeeded or failed (each case counted once, by its first outcome), and
    how many of them the parties agreed to extend; a case filed after its mediation failed counts for the centre it
    came from."""
    outcomes = (CaseStatus.mediation_succeeded, CaseStatus.mediation_failed)
    first_outcome = (select(StatusEvent.case_id, func.min(StatusEvent.id).label("event_id"))
                     .where(col(StatusEvent.to_status).in_([str(s) for s in outcomes]))
                     .group_by(col(StatusEvent.case_id)).subquery())
    centre = func.coalesce(col(Case.filed_from), col(Case.destination))
    statement = (select(centre, StatusEvent.to_status, func.count())
                 .join(first_outcome, first_outcome.c.case_id == Case.id)
                 .join(StatusEvent, col(StatusEvent.id) == first_outcome.c.event_id)
                 .group_by(centre, col(StatusEvent.to_status)))
    found: dict[str, Counter[str]] = {}
    for destination, status, count in session.exec(statement).all():
        found.setdefault(destination, Counter())[status] += int(count)
    extended_cases = (select(centre, func.count(func.distinct(col(MediationExtension.case_id))))
                      .join(first_outcome, first_outcome.c.case_id == Case.id)
                      .join(MediationExtension, col(MediationExtension.case_id) == Case.id)
                      .group_by(centre))
    extended = {destination: int(count) for destination, count in session.exec(extended_cases).all()}
    return [MediationOutcome(destination=d, succeeded=c[CaseStatus.mediation_succeeded],
                             failed=c[CaseStatus.mediation_failed], extended=extended.get(d, 0))
            for d, c in sorted(found.items())]


def open_and_overdue(*, session: Session, today: dt.date) -> dict[str, tuple[int, int]]:
    """destination -> (open cases, overdue open cases)."""
    result: dict[str, tuple[int, int]] = {}
    for destination, _status, count, overdue in crud.queue_counts(session=session, today=today):
        open_, late = result.get(destination, (0, 0))
        result[destination] = (open_ + count, late + overdue)
    return result


def status_counts(*, session: Session) -> dict[str, int]:
    """Every case by its current status."""
    rows = session.exec(select(Case.status, func.count()).group_by(col(Case.status))).all()
    return {str(status): int(count) for status, count in rows}
