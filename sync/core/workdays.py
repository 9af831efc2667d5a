"""Chinese working days (调休 included) and deadline arithmetic.

Which days are working days, in order of precedence: the office's overrides in rules.yaml,
holiday files in NateScarlet/holiday-cn JSON format, the `chinese_calendar` package, and for
years none of these cover a Monday-Friday estimate, flagged provisional so staff know to
update once the State Council publishes that year's notice.

Everything here is pure; sync.policy.calendar reads the holiday files.
Datetimes are naive office-local times; this module never looks at time zones.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import MAXYEAR, date, datetime, time, timedelta

import chinese_calendar

from .model import Deadline
from .rules import Limit, Rules

# Years the installed chinese_calendar has data for; it raises NotImplementedError outside.
_PACKAGE_YEARS = range(min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year + 1)

_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
WEEKEND = "周末"
EXTRA_HOLIDAY = "额外休息日"
PUBLIC_HOLIDAY = "法定节假日"  # a day off whose name no source gives


@dataclass(frozen=True)
class WorkCalendar:
    extra_holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    holiday_days: Mapping[date, bool] = field(default_factory=dict)  # True: off, False: makeup
    file_years: frozenset[int] = frozenset()  # years a holiday file fully covers
    holiday_names: Mapping[date, str] = field(default_factory=dict)  # from holiday files
    # Memos: a register asks about the same few hundred days and limits again and again, and
    # chinese_calendar checks its whole table on every call (the profile's hot spot).
    _days: dict[date, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _spans: dict[tuple[object, ...], Deadline] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_rules(
        cls,
        rules: Rules,
        holiday_days: Mapping[date, bool] | None = None,
        file_years: frozenset[int] = frozenset(),
        holiday_names: Mapping[date, str] | None = None,
    ) -> WorkCalendar:
        return cls(
            extra_holidays=rules.extra_holidays,
            extra_workdays=rules.extra_workdays,
            holiday_days=dict(holiday_days or {}),
            file_years=frozenset(file_years),
            holiday_names=dict(holiday_names or {}),
        )

    def knows(self, year: int) -> bool:
        """Whether `year`'s holidays come from data rather than the Monday-Friday estimate."""
        return year in self.file_years or year in _PACKAGE_YEARS

    def is_working_day(self, d: date) -> bool:
        working = self._days.get(d)
        if working is None:
            working = self._days[d] = self._is_working_day(d)
        return working

    def _is_working_day(self, d: date) -> bool:
        if d in self.extra_holidays:
            return False
        if d in self.extra_workdays:
            return True
        if d in self.holiday_days:
            return not self.holiday_days[d]
        if d.year in _PACKAGE_YEARS and d.year not in self.file_years:
            # The package's own tables, as its is_workday reads them: the function first
            # scans every holiday for the supported years, on every call.
            return d in chinese_calendar.workdays or (
                d.weekday() < 5 and d not in chinese_calendar.holidays
            )
        return d.weekday() < 5

    def day_off_reason(self, d: date) -> str:
        """Why `d` is a day off ('周末', '国庆节', ...), or '' for a working day."""
        if self.is_working_day(d):
            return ""
        if d in self.extra_holidays:
            return EXTRA_HOLIDAY
        if d in self.holiday_days:
            return self.holiday_names.get(d) or (WEEKEND if d.weekday() >= 5 else PUBLIC_HOLIDAY)
        if d.year in _PACKAGE_YEARS and d.year not in self.file_years:
            name = chinese_calendar.holidays.get(d)
            if name:
                return _HOLIDAY_NAMES.get(name, PUBLIC_HOLIDAY)
        return WEEKEND


def deadline(start: datetime, limit: Limit, calendar: WorkCalendar, closing: time) -> Deadline:
    """When `limit` counted from `start` runs out.

    Working days count from the calendar day after receipt, whatever the hour, and end at
    `closing` on the Nth working day. A deadline past the end of year 9999 is that end: no
    start the sync accepts comes near it, but arithmetic must never fail on a date.
    """
    n = limit.amount
    step = _STEPS.get(limit.unit)
    if step is not None:
        return Deadline(_after(start, step * n))
    if limit.unit == "months":
        return Deadline(add_months(start, n))
    if limit.unit == "working_days":
        return _remembered_working_days(start, n, calendar, closing)
    raise ValueError(f"unknown time-limit unit {limit.unit!r}")


_STEPS = {"minutes": timedelta(minutes=1), "hours": timedelta(hours=1), "days": timedelta(days=1)}


def deadline_counter(
    limit: Limit, calendar: WorkCalendar, closing: time
) -> Callable[[datetime], Deadline]:
    """`deadline` for one limit as a function of the start alone, the arithmetic chosen once:
    an evaluation counts each limit of the rules from every row's start."""
    step = _STEPS.get(limit.unit)
    if step is not None:
        span = step * limit.amount
        latest = LAST - span  # the last naive start the span fits after

        def after(start: datetime) -> Deadline:
            if start.tzinfo is None:  # a register's times: no calendar end to re-zone
                return Deadline(start + span if start <= latest else max(start, LAST))
            return Deadline(_after(start, span))

        return after
    n = limit.amount
    if limit.unit == "months":
        return _months_after(n)
    if limit.unit == "working_days":
        return _working_days_after(n, calendar, closing)
    return lambda start: deadline(start, limit, calendar, closing)


def _working_days_after(
    n: int, calendar: WorkCalendar, closing: time
) -> Callable[[datetime], Deadline]:
    """_remembered_working_days for one limit, remembered again by the day alone: one lookup
    for a naive start rather than building and hashing the calendar memo's key, and the
    reply and callback limits count one for nearly every row."""
    by_day: dict[date, Deadline] = {}

    def after(start: datetime) -> Deadline:
        if start.tzinfo is not None:
            return _remembered_working_days(start, n, calendar, closing)
        day = start.date()
        span = by_day.get(day)
        if span is None:
            span = by_day[day] = _remembered_working_days(start, n, calendar, closing)
        return span

    return after


def _months_after(n: int) -> Callable[[datetime], Deadline]:
    """add_months(start, n) as a Deadline, the month arithmetic done once per day: receipt
    times are distinct but share a few hundred days, and add_months keeps the time of day, so
    one day's shift from midnight to midnight serves every start on it: half the time of
    counting each start, and the close limit counts one for nearly every row."""
    shifts: dict[date, timedelta | None] = {}  # None: clamped to LAST, counted each time

    def after(start: datetime) -> Deadline:
        if start.tzinfo is not None or start.fold:  # rare; adding a timedelta resets fold
            return Deadline(add_months(start, n))
        day = start.date()
        shift = shifts.get(day, _UNKNOWN)
        if shift is _UNKNOWN:
            midnight = datetime(day.year, day.month, day.day)
            moved = add_months(midnight, n)
            shift = shifts[day] = None if moved == LAST else moved - midnight
        return Deadline(add_months(start, n) if shift is None else start + shift)

    return after


_UNKNOWN = timedelta(-1)  # a sentinel, compared by identity


# The last minute of the calendar, as a register cell holds it (Excel's last day; a
# deadline of datetime.max would round past it when written).
LAST = datetime(MAXYEAR, 12, 31, 23, 59)


def _after(start: datetime, span: timedelta) -> datetime:
    """start + span, or the calendar's last minute where that would pass it."""
    last = LAST.replace(tzinfo=start.tzinfo)
    return start + span if start <= last - span else max(start, last)


def add_months(start: datetime, n: int) -> datetime:
    """Same day and time n months later, clamped to the month's end (Jan 31 + 1 = Feb 28/29)
    and to the calendar's last moment."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + n, 12)
    if year > MAXYEAR:
        return max(start, LAST.replace(tzinfo=start.tzinfo))
    if start.day <= 28:  # every month has the day
        return start.replace(year=year, month=month0 + 1)
    last = _gregorian.monthrange(year, month0 + 1)[1]
    return start.replace(year=year, month=month0 + 1, day=min(start.day, last))


def _remembered_working_days(
    start: datetime, n: int, calendar: WorkCalendar, closing: time
) -> Deadline:
    # Counted from the day after receipt, so the hour of receipt does not matter.
    key = (start.date(), start.tzinfo, n, closing)
    span = calendar._spans.get(key)
    if span is None:
        span = calendar._spans[key] = _working_days(start, n, calendar, closing)
    return span


def _working_days(start: datetime, n: int, calendar: WorkCalendar, closing: time) -> Deadline:
    if n < 1:
        raise ValueError(f"a working-day limit needs at least 1 day, got {n}")
    stepped: list[date] = []
    counted = 0
    day = start.date()
    while counted < n:
        if day == date.max:  # the count runs past the calendar
            return Deadline(max(start, LAST.replace(tzinfo=start.tzinfo)), provisional=True)
        day += timedelta(days=1)
        stepped.append(day)
        counted += calendar.is_working_day(day)
    unknown = sorted({d.year for d in stepped if not calendar.knows(d.year)})
    return Deadline(
        at=datetime.combine(day, closing, tzinfo=start.tzinfo),
        provisional=bool(unknown),
        explanation=_explain(n, stepped, unknown, calendar),
    )


def _explain(n: int, stepped: list[date], unknown: list[int], calendar: WorkCalendar) -> str:
    """E.g. '按 3 个工作日计算：跳过 2026-10-01 至 2026-10-07（国庆节）；2026-10-10 调休上班'."""
    parts = []
    runs = _runs_off(stepped, calendar)
    if runs:
        parts.append("跳过 " + "、".join(runs))
    makeup = [
        d.isoformat()
        for d in stepped
        if calendar.is_working_day(d) and (d.weekday() >= 5 or d in calendar.extra_workdays)
    ]
    if makeup:
        parts.append("、".join(makeup) + " 调休上班")
    if unknown:
        years = "、".join(str(y) for y in unknown)
        parts.append(f"{years} 年节假日尚未公布，暂按周一至周五计算，公布后请更新")
    return f"按 {n} 个工作日计算：" + ("；".join(parts) if parts else "期间没有休息日")


def _runs_off(stepped: list[date], calendar: WorkCalendar) -> list[str]:
    """Consecutive days off as 'FROM 至 TO（reasons）', reasons in order of appearance."""
    runs: list[list[date]] = []
    for d in stepped:
        if calendar.is_working_day(d):
            continue
        if runs and runs[-1][-1] + timedelta(days=1) == d:
            runs[-1].append(d)
        else:
            runs.append([d])
    out = []
    for run in runs:
        reasons = "、".join(dict.fromkeys(calendar.day_off_reason(d) for d in run))
        span = run[0].isoformat()
        if len(run) > 1:
            span += f" 至 {run[-1].isoformat()}"
        out.append(f"{span}（{reasons}）")
    return out
