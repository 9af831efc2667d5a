"""Chinese working days (调休 included) and deadline arithmetic.

Which days are working days, in order of precedence: the office's overrides in rules.yaml,
holiday files in NateScarlet/holiday-cn JSON format, the `chinese_calendar` package, and for
years none of these cover a Monday-Friday estimate, flagged provisional so staff know to
update once the State Council publishes that year's notice.

Everything here is pure except `load_holiday_file(s)`, which the shell calls to read files.
Datetimes are naive office-local times; this module never looks at time zones.
"""

from __future__ import annotations

import calendar as _gregorian
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import MAXYEAR, date, datetime, time, timedelta
from pathlib import Path

import chinese_calendar

from ..errors import SyncError
from ..policy.rules import Limit, Rules
from .model import Deadline

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


class HolidayFileError(SyncError, ValueError):
    """A holiday file named in rules.yaml cannot be read or is not in holiday-cn format."""


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
        return lambda start: Deadline(_after(start, span))
    n = limit.amount
    if limit.unit == "months":
        return lambda start: Deadline(add_months(start, n))
    if limit.unit == "working_days":
        return lambda start: _remembered_working_days(start, n, calendar, closing)
    return lambda start: deadline(start, limit, calendar, closing)


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


# ---- shell side: reading holiday-cn files ----------------------------------------------


@dataclass(frozen=True)
class HolidayData:
    """What holiday files say: days off (True) and makeup days (False), names, covered years."""

    days: dict[date, bool]
    names: dict[date, str]
    years: frozenset[int]


def load_holiday_file(path: str | Path) -> tuple[dict[date, bool], frozenset[int]]:
    """Read one holiday-cn JSON file: ({date: is_off_day}, {the year it covers})."""
    data = read_holiday_file(path)
    return data.days, data.years


def load_holiday_files(paths: Iterable[str | Path]) -> HolidayData:
    """Read and merge several holiday-cn files; two files disagreeing on a day is an error."""
    days: dict[date, bool] = {}
    names: dict[date, str] = {}
    years: set[int] = set()
    source: dict[date, str] = {}
    for path in paths:
        data = read_holiday_file(path)
        for d, off in data.days.items():
            if d in days and days[d] != off:
                raise HolidayFileError(
                    f"节假日文件 {path} 与 {source[d]} 对 {d.isoformat()} 的安排不一致"
                    "（一个写休息、一个写上班）：请删除过时的那个文件。"
                )
            days[d], source[d] = off, str(path)
        names.update(data.names)
        years |= data.years
    return HolidayData(days, names, frozenset(years))


def read_holiday_file(path: str | Path) -> HolidayData:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise HolidayFileError(
            f"无法读取节假日文件 {path}（{e.strerror or e}）：请检查 rules.yaml 中 "
            "calendar.holiday_files 的路径，路径相对 rules.yaml 所在目录。"
        ) from e
    except UnicodeDecodeError as e:
        raise HolidayFileError(
            f"节假日文件 {path} 不是 UTF-8 编码的文本：请重新下载 holiday-cn 的 JSON 原文件。"
        ) from e
    return parse_holiday_json(text, str(path))


def parse_holiday_json(text: str, source: str) -> HolidayData:
    """Parse holiday-cn JSON: {"year": 2027, "days": [{"name", "date", "isOffDay"}, ...]}."""

    def fail(problem: str) -> HolidayFileError:
        return HolidayFileError(
            f"节假日文件 {source} 格式不对：{problem}。"
            "请使用 holiday-cn（github.com/NateScarlet/holiday-cn）对应年份的 JSON 原文件。"
        )

    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise fail(f"不是有效的 JSON（第 {e.lineno} 行第 {e.colno} 列）") from e
    if not isinstance(doc, dict):
        raise fail("最外层应是一个对象 {…}")
    year = doc.get("year")
    if type(year) is not int or not 1949 < year < 2200:
        raise fail(f'缺少年份 "year" 或年份无效（现为 {year!r}），应写成 "year": 2027')
    entries = doc.get("days")
    if not isinstance(entries, list) or not entries:
        raise fail('缺少日期列表 "days"，或列表为空')
    days: dict[date, bool] = {}
    names: dict[date, str] = {}
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise fail(f"days 第 {i} 项应是一个对象")
        raw, off, name = entry.get("date"), entry.get("isOffDay"), entry.get("name", "")
        try:
            d = date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
        except ValueError:
            d = None
        if d is None:
            raise fail(f'days 第 {i} 项的 "date" 应是 YYYY-MM-DD 格式的日期，现为 {raw!r}')
        if not isinstance(off, bool):
            raise fail(f'days 第 {i} 项（{raw}）的 "isOffDay" 应为 true 或 false，现为 {off!r}')
        if not isinstance(name, str):
            raise fail(f'days 第 {i} 项（{raw}）的 "name" 应是文字，现为 {name!r}')
        if d in days and days[d] != off:
            raise fail(f"{raw} 出现了两次，一次写休息、一次写上班")
        days[d] = off
        if name.strip():
            names[d] = name.strip()
    return HolidayData(days, names, frozenset({year}))
