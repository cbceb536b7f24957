"""Deadlines as the courts count them: the holiday calendar, periods ending on a rest day (民事诉讼法第八十五条)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InvalidRules
from service.periods import DueDate, add_months, default_calendar, load_calendar, period_end, recount
from service.rules import default_rules_path, load_rules, main
from tests.test_routing import REFUSED, _due, decide

CALENDAR = default_calendar()
D = dt.date


# ------------------------------------------------------------------------------------------- the calendar


@pytest.mark.parametrize(("day", "rest"), [
    (D(2026, 3, 7), True),     # Saturday
    (D(2026, 3, 9), False),    # Monday
    (D(2025, 10, 1), True),    # 国庆节、中秋节 2025-10-01..08
    (D(2025, 10, 8), True),    # a swapped weekday inside the holiday span
    (D(2025, 10, 11), False),  # Saturday, makeup working day (调休上班)
    (D(2026, 2, 23), True),    # 春节 2026-02-15..23 (a Monday)
    (D(2026, 2, 28), False),   # Saturday, makeup working day
    (D(2026, 5, 9), False),    # Saturday, makeup working day
    (D(2026, 1, 3), True),     # 元旦 2026 (a Saturday anyway)
    (D(2026, 1, 4), False),    # Sunday, makeup working day
])
def test_rest_days(day: dt.date, rest: bool) -> None:
    assert CALENDAR.is_rest_day(day) is rest


def test_covered_years_and_weekends_only_outside_them() -> None:
    assert CALENDAR.covers(2025) and CALENDAR.covers(2026)
    assert not CALENDAR.covers(2027) and not CALENDAR.covers(2024)
    # 2024-10-01 was a public holiday, but 2024 is not in the file: only weekends count there.
    assert not CALENDAR.is_rest_day(D(2024, 10, 1))
    assert CALENDAR.is_rest_day(D(2027, 5, 1))  # a Saturday


def test_every_listed_notice_is_named() -> None:
    for year in CALENDAR.years:
        assert "国务院办公厅关于" in year.notice and str(year.year) in year.notice


@pytest.mark.parametrize(("start", "days", "months", "end", "nominal"), [
    (D(2026, 1, 7), 0, 2, D(2026, 3, 9), D(2026, 3, 7)),      # ends on a Saturday → Monday
    (D(2025, 9, 24), 7, 0, D(2025, 10, 9), D(2025, 10, 1)),   # ends in National Day → first day after it
    (D(2026, 1, 31), 0, 1, D(2026, 2, 28), None),             # month end (对应日 rule), a makeup working Saturday
    (D(2026, 2, 7), 0, 0, D(2026, 2, 9), D(2026, 2, 7)),
    (D(2026, 3, 2), 7, 0, D(2026, 3, 9), None),
    (D(2027, 3, 1), 0, 2, D(2027, 5, 3), D(2027, 5, 1)),      # 2027 not covered: weekends only
])
def test_period_end(start: dt.date, days: int, months: int, end: dt.date, nominal: dt.date | None) -> None:
    result = period_end(start, days=days, months=months, calendar=CALENDAR)
    assert (result.date, result.nominal) == (end, nominal)
    assert period_end(start, days=days, months=months, calendar=None).date == add_months(start, months) + \
        dt.timedelta(days=days)


@pytest.mark.parametrize(("start", "months", "unknown"), [
    (D(2026, 7, 1), 3, None),       # ends in 2026, whose holidays are listed
    (D(2026, 11, 28), 3, 2027),     # ends in 2027, not listed: moved off weekends only
    (D(2024, 3, 1), 2, 2024),       # before the calendar's first year
])
def test_period_end_names_a_year_whose_holidays_are_unknown(start: dt.date, months: int, unknown: int | None) -> None:
    assert period_end(start, months=months, calendar=CALENDAR).unknown_year == unknown
    assert period_end(start, months=months, calendar=None).unknown_year is None  # not moved at all: nothing to check


def test_a_due_date_in_an_unlisted_year_warns_the_clerk_and_a_recount_updates_the_warning() -> None:
    due = DueDate.counted("trial_deadline", "审理期限届满日", "简易程序，3个月，自立案次日起算", "第一百六十四条",
                          D(2026, 11, 28), months=3, calendar=CALENDAR)
    data = due.to_dict()
    assert data["date"] == "2027-03-01" and data["postponed_from"] == "2027-02-28"  # a Sunday
    assert data["calendar_warning"] is not None and data["calendar_warning"].startswith("2027年法定节假日安排尚未录入")
    back = recount(data, D(2026, 7, 1), CALENDAR)
    assert back is not None and back["date"] == "2026-10-08" and back["calendar_warning"] is None
    forth = recount(back, D(2026, 11, 28), CALENDAR)
    assert forth == data
    covered = DueDate.counted("trial_deadline", "审理期限届满日", "简易程序，3个月，自立案次日起算", "第一百六十四条",
                              D(2026, 7, 1), months=3, calendar=CALENDAR)
    assert covered.calendar_warning is None and covered.to_dict()["calendar_warning"] is None


@pytest.mark.parametrize(("today", "gaps"), [
    (D(2026, 3, 1), []),            # the longest trial limit (6 months) ends in 2026
    (D(2026, 11, 28), [2027]),      # it reaches into 2027
    (D(2024, 12, 1), [2024]),       # before the calendar's first year
])
def test_calendar_gaps_within_the_longest_trial_limit(today: dt.date, gaps: list[int]) -> None:
    assert load_rules().calendar_gaps(today) == gaps


def test_due_date_records_how_it_was_counted_and_recounts() -> None:
    due = DueDate.counted("trial_deadline", "审理期限届满日", "简易程序，3个月，自立案次日起算", "第一百六十四条",
                          D(2026, 7, 1), months=3, calendar=CALENDAR)
    data = due.to_dict()
    assert data["date"] == "2026-10-08" and data["postponed_from"] == "2026-10-01"
    assert data["counted_from"] == "2026-07-01" and data["period"] == {"months": 3}
    assert "末日逢法定休假日顺延" in data["name"] and "第八十五条" in data["basis"]
    again = recount(data, D(2026, 7, 2), CALENDAR)
    assert again is not None and again["date"] == "2026-10-08" and again["counted_from"] == "2026-07-02"
    assert recount(data, D(2026, 7, 10), CALENDAR) == {**data, "date": "2026-10-10", "counted_from": "2026-07-10",
                                                       "postponed_from": None}
    assert recount({"kind": "trial_deadline", "date": "2026-10-01"}, D(2026, 7, 2), CALENDAR) is None


# ------------------------------------------------------------------------------------------- routing


def test_trial_deadline_on_a_saturday_moves_to_monday() -> None:
    decision = decide("finance", "借款", amount=Decimal(10_000), case_date=D(2026, 1, 7), **REFUSED)
    assert _due(decision)["trial_deadline"] == D(2026, 3, 9)


def test_entrusted_mediation_ending_in_national_day_moves_after_it() -> None:
    due = _due(decide("finance", "借款2万元", filed=True, case_date=D(2025, 9, 24)))
    assert due["mediation_deadline"] == D(2025, 10, 9)
    assert due["mediation_extended_deadline"] == D(2025, 10, 31)  # 37 days, a Friday


def test_makeup_working_saturday_is_a_working_day() -> None:
    # 2025-12-28 + 2 months = 2026-02-28, a Saturday but a makeup working day after 春节.
    decision = decide("finance", "借款", amount=Decimal(10_000), case_date=D(2025, 12, 28), **REFUSED)
    assert _due(decision)["trial_deadline"] == D(2026, 2, 28)


def test_judicial_confirmation_period_moves_off_the_holiday() -> None:
    decision = decide("other", "已达成调解协议", case_date=D(2026, 9, 5))
    assert _due(decision) == {"confirmation_application_deadline": D(2026, 10, 8)}


def test_legacy_mediation_limit_moves_off_the_weekend() -> None:
    rules = load_rules().with_overrides(mediation_policy="legacy")
    decision = decide("finance", "借款2万元", filed=True, rules=rules, case_date=D(2026, 2, 5))
    assert _due(decision) == {"mediation_deadline": D(2026, 3, 9)}  # 30 days = Saturday 2026-03-07


def test_people_mediation_target_is_not_moved() -> None:
    decision = decide("other", "邻居吵架", case_date=D(2026, 2, 5))
    due = decision.to_dict()["due_dates"][0]
    assert due["date"] == "2026-03-07" and due["postpone_on_rest_day"] is False and due["postponed_from"] is None


# ------------------------------------------------------------------------------------------- validation and CLI


def write(tmp_path: Path, text: str, name: str = "holidays.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_YEAR = ('[[years]]\nyear = 2030\nnotice = "国务院办公厅关于2030年部分节假日安排的通知"\n'
             'holidays = [{ name = "元旦", first = 2030-01-01, last = 2030-01-01 }]\n')


@pytest.mark.parametrize(("text", "message"), [
    ("", "缺少 [[years]]"),
    (GOOD_YEAR + "makeup_workdays = [2030-01-02]\n", "调休上班日 2030-01-02 须是该年的周六或周日"),
    (GOOD_YEAR.replace("last = 2030-01-01", "last = 2029-12-01"), "first 不晚于 last"),
    (GOOD_YEAR.replace('notice = "国务院办公厅关于2030年部分节假日安排的通知"\n', ""), "缺少 notice"),
    (GOOD_YEAR + GOOD_YEAR, "年份重复"),
    ("[[years]\n", "不是有效的 TOML"),
])
def test_invalid_calendar_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InvalidRules, match=message.replace("[", r"\[")):
        load_calendar(write(tmp_path, text))


def test_postponed_kinds_are_validated(tmp_path: Path) -> None:
    text = default_rules_path().read_text(encoding="utf-8").replace('"review"]', '"hearing"]', 1)
    with pytest.raises(InvalidRules, match="postpone_on_rest_day"):
        load_rules(write(tmp_path, text, "rules.toml"))


def test_rules_version_changes_with_the_calendar(tmp_path: Path) -> None:
    other = load_calendar(write(tmp_path, GOOD_YEAR))
    assert load_rules(calendar=other).version != load_rules().version


@pytest.mark.parametrize(("today", "warned"), [
    (D(2026, 3, 1), []),            # the longest limit (6 months) stays in 2026
    (D(2026, 11, 28), [2027]),      # 6 months from now reach 2027
    (D(2028, 2, 1), [2028]),
])
def test_check_warns_about_years_without_holidays(capsys: pytest.CaptureFixture[str], today: dt.date,
                                                  warned: list[int]) -> None:
    assert main(["check"], today=today) == 0
    err = capsys.readouterr().err
    assert [int(line.split()[8].rstrip(":")) for line in err.splitlines() if line.startswith("warning:")] == warned
