"""Periods (期间) as the courts count them: days or months from an event, and the move off a rest day at the end.

民事诉讼法第八十五条: the day of the event is not counted (the period starts the next day); a period in months ends on
the corresponding day of the last month (对应日), or on that month's last day when it has none; a period whose last day
is a 法定休假日 ends on the first day after it.  Rest days are weekends and the State Council's announced holiday spans,
except its makeup working days (调休上班); they come from ``service/data/holidays.toml``.  Outside the years that file
lists, only weekends count (see ``HolidayCalendar.covers``), and a deadline ending there says so
(``DueDate.calendar_warning``), so that a clerk checks it against the State Council's notice.

Pure: no Flask, no database, no clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import tomllib
from calendar import monthrange
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeGuard

from service.errors import InvalidRules

PACKAGE_CALENDAR = "data/holidays.toml"
SATURDAY = 5


@dataclass(frozen=True)
class HolidayYear:
    year: int
    notice: str
    holidays: tuple[tuple[str, dt.date, dt.date], ...]  # (name, first day, last day)
    makeup_workdays: frozenset[dt.date]


@dataclass(frozen=True)
class HolidayCalendar:
    """Rest days for deadlines: weekends and announced holidays, minus makeup working days."""

    years: tuple[HolidayYear, ...] = ()
    digest: str = ""

    @functools.cached_property
    def _rest(self) -> frozenset[dt.date]:
        return frozenset(first + dt.timedelta(days=i) for y in self.years for _, first, last in y.holidays
                         for i in range((last - first).days + 1))

    @functools.cached_property
    def _work(self) -> frozenset[dt.date]:
        return frozenset().union(*(y.makeup_workdays for y in self.years))

    def covers(self, year: int) -> bool:
        """Whether the State Council's holidays of ``year`` are known (otherwise only weekends are rest days)."""
        return any(y.year == year for y in self.years)

    def is_rest_day(self, day: dt.date) -> bool:
        if day in self._work:
            return False
        return day in self._rest or day.weekday() >= SATURDAY

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while self.is_rest_day(day):
            day += dt.timedelta(days=1)
        return day


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the last day of a shorter month (1-31 + 1 month = 2-28/29)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


@dataclass(frozen=True)
class PeriodEnd:
    """The last day of a period: ``date``, and ``nominal`` when a rest day moved it (else ``None``).

    ``unknown_year`` is the year of the last day when the calendar does not list that year's holidays: the day was
    moved off weekends only and may still fall on a public holiday.
    """

    date: dt.date
    nominal: dt.date | None = None
    unknown_year: int | None = None


def period_end(start: dt.date, *, days: int = 0, months: int = 0, calendar: HolidayCalendar | None) -> PeriodEnd:
    """The last day of a period of ``days`` or ``months`` counted from the day after ``start``.

    With ``calendar=None`` the nominal day is kept (periods that are no 法定期间, such as the 人民调解 target).
    """
    nominal = add_months(start, months) + dt.timedelta(days=days)
    if calendar is None:
        return PeriodEnd(nominal)
    moved = calendar.next_working_day(nominal)
    unknown = next((year for year in sorted({nominal.year, moved.year}) if not calendar.covers(year)), None)
    return PeriodEnd(moved, nominal if moved != nominal else None, unknown)


REST_DAY_NOTE = "末日逢法定休假日顺延"
UNKNOWN_YEAR_WARNING = "{year}年法定节假日安排尚未录入，届满日仅按周末顺延，请对照国务院办公厅通知人工核对"
REST_DAY_BASIS = ("民事诉讼法第八十五条第三款（期间届满的最后一日是法定休假日的，"
                  "以法定休假日后的第一日为期间届满的日期）")


@dataclass(frozen=True)
class DueDate:
    """A deadline: what it is (``kind``, Chinese ``name``), its last day and legal basis, and how it was counted.

    ``counted_from`` is the day of the event the period runs from (not itself counted), ``days``/``months`` the period,
    ``postpone`` whether a rest day at the end moves it (``postponed_from`` is then the nominal last day, if moved),
    ``calendar_warning`` a note for the clerk when the last day falls in a year whose holidays are not known.
    """

    kind: str
    name: str
    date: dt.date
    basis: str
    counted_from: dt.date | None = None
    days: int = 0
    months: int = 0
    postpone: bool = False
    postponed_from: dt.date | None = None
    calendar_warning: str | None = None

    @classmethod
    def counted(cls, kind: str, title: str, detail: str, basis: str, start: dt.date, *, days: int = 0,
                months: int = 0, calendar: HolidayCalendar | None) -> DueDate:
        """The due date of a period from ``start``; ``calendar=None`` keeps the nominal last day."""
        end = period_end(start, days=days, months=months, calendar=calendar)
        postpone = calendar is not None
        return cls(kind=kind, name=f"{title}（{detail}{'；' + REST_DAY_NOTE if postpone else ''}）", date=end.date,
                   basis=f"{basis}；{REST_DAY_BASIS}" if postpone else basis, counted_from=start, days=days,
                   months=months, postpone=postpone, postponed_from=end.nominal,
                   calendar_warning=_unknown_year_warning(end))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "name": self.name, "date": self.date.isoformat(),
                                "basis": self.basis}
        if self.counted_from is not None:
            data |= {"counted_from": self.counted_from.isoformat(),
                     "period": {"months": self.months} if self.months else {"days": self.days},
                     "postpone_on_rest_day": self.postpone,
                     "postponed_from": self.postponed_from.isoformat() if self.postponed_from else None,
                     "calendar_warning": self.calendar_warning}
        return data


def calendar_gap_warning(years: Iterable[int]) -> str | None:
    """What operators and admins are told when the calendar lacks ``years`` that deadlines can end in (or ``None``);
    clerks and mediators are shown a plain version without file names."""
    listed = "、".join(map(str, years))
    return (f"节假日日历缺少 {listed} 年：届满日落在这些年份的期限仅按周末顺延，请人工核对；"
            "请管理员将国务院办公厅当年节假日安排通知录入节假日日历（service/data/holidays.toml，"
            "或 DISPUTES_HOLIDAYS_FILE 指定的文件）。") if listed else None


def _unknown_year_warning(end: PeriodEnd) -> str | None:
    return UNKNOWN_YEAR_WARNING.format(year=end.unknown_year) if end.unknown_year is not None else None


def recount(due: Mapping[str, Any], start: dt.date, calendar: HolidayCalendar) -> dict[str, Any] | None:
    """A stored due date (``DueDate.to_dict``) counted again from ``start``; ``None`` if it does not say how it was
    counted (decisions stored before periods were recorded)."""
    period = due.get("period")
    if not isinstance(period, Mapping) or due.get("counted_from") is None:
        return None
    days, months = int(period.get("days", 0)), int(period.get("months", 0))
    end = period_end(start, days=days, months=months, calendar=calendar if due.get("postpone_on_rest_day") else None)
    return {**due, "date": end.date.isoformat(), "counted_from": start.isoformat(),
            "postponed_from": end.nominal.isoformat() if end.nominal else None,
            "calendar_warning": _unknown_year_warning(end)}


# --------------------------------------------------------------------------------------------- loading


def default_calendar_path() -> Path:
    return Path(str(resources.files("service").joinpath(PACKAGE_CALENDAR)))


@functools.cache
def default_calendar() -> HolidayCalendar:
    """The packaged calendar, loaded once.  :raise InvalidRules: if it is broken (a packaging error)."""
    return load_calendar(default_calendar_path())


def load_calendar(path: Path | None = None) -> HolidayCalendar:
    """Load and validate a holiday calendar file (the packaged one, loaded once, when ``path`` is ``None``).

    :raise InvalidRules: naming the entry at fault.
    """
    if path is None:
        return default_calendar()
    raw, data = read_toml(path, "节假日日历")
    return parse_calendar(data, digest=hashlib.sha256(raw).hexdigest())


def read_toml(path: Path, what: str) -> tuple[bytes, dict[str, Any]]:
    """A TOML file's bytes (for its digest) and content.  :raise InvalidRules: naming ``what`` and ``path``."""
    try:
        raw = path.read_bytes()
        return raw, tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRules(f"无法读取{what} {path}：{exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InvalidRules(f"{what} {path} 不是有效的 TOML：{exc}") from exc


def parse_calendar(data: Mapping[str, Any], *, digest: str = "") -> HolidayCalendar:
    entries = data.get("years")
    if not isinstance(entries, list) or not entries:
        raise InvalidRules("节假日日历缺少 [[years]] 条目")
    years = tuple(_year(entry) for entry in entries)
    numbers = [y.year for y in years]
    if len(set(numbers)) != len(numbers):
        raise InvalidRules(f"节假日日历年份重复：{sorted(n for n in set(numbers) if numbers.count(n) > 1)}")
    return HolidayCalendar(years=tuple(sorted(years, key=lambda y: y.year)), digest=digest)


def _year(entry: Any) -> HolidayYear:
    if not isinstance(entry, dict) or not isinstance(entry.get("year"), int):
        raise InvalidRules("节假日日历：每个 [[years]] 条目须有整数 year")
    year = entry["year"]
    notice = entry.get("notice")
    if not isinstance(notice, str) or not notice.strip():
        raise InvalidRules(f"节假日日历 {year} 年：缺少 notice（国务院办公厅通知名称）")
    holidays = [_holiday(item, year) for item in _list(entry.get("holidays"), year, "holidays")]
    workdays = _list(entry.get("makeup_workdays", []), year, "makeup_workdays", empty_ok=True)
    for day in workdays:
        if not _is_date(day) or day.weekday() < SATURDAY or day.year not in (year - 1, year):
            raise InvalidRules(f"节假日日历 {year} 年：调休上班日 {day} 须是该年的周六或周日")
    return HolidayYear(year=year, notice=notice, holidays=tuple(holidays), makeup_workdays=frozenset(workdays))


def _holiday(item: Any, year: int) -> tuple[str, dt.date, dt.date]:
    fields = item if isinstance(item, dict) else {}
    name, first, last = fields.get("name"), fields.get("first"), fields.get("last")
    if not isinstance(name, str) or not _is_date(first) or not _is_date(last) or first > last:
        raise InvalidRules(f"节假日日历 {year} 年：假期条目须有 name、first、last 且 first 不晚于 last：{item}")
    if not {first.year, last.year} <= {year - 1, year} or (last - first).days > 15:
        raise InvalidRules(f"节假日日历 {year} 年：{name} {first}–{last} 不在该年或跨度过长")
    return name, first, last


def _list(value: Any, year: int, key: str, *, empty_ok: bool = False) -> list[Any]:
    if not isinstance(value, list) or (not value and not empty_ok):
        raise InvalidRules(f"节假日日历 {year} 年：{key} 必须是列表")
    return value


def _is_date(value: Any) -> TypeGuard[dt.date]:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def uncovered_years(calendar: HolidayCalendar, years: Iterable[int]) -> list[int]:
    """The years among ``years`` whose holidays the calendar does not list."""
    return sorted({y for y in years if not calendar.covers(y)})
