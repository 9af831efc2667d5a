"""Holiday files in NateScarlet/holiday-cn JSON format, named in rules.yaml `calendar.holiday_files`:
read, checked and merged into the days off and makeup days `WorkCalendar.from_rules` takes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import SyncError


class HolidayFileError(SyncError, ValueError):
    """A holiday file named in rules.yaml cannot be read or is not in holiday-cn format."""


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
