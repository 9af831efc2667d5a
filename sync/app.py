"""The shell around the core: load the policy and calendar, pick a backend, read the clock.

Everything here touches files or the clock so that the core never has to.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import SyncError
from .rules import Rules, load_rules
from .workdays import WorkCalendar, load_holiday_files
from .xlsx import XlsxRegister


class BadNow(SyncError):
    """--now is not a date and time."""


def load_policy(rules_path: str | Path) -> tuple[Rules, WorkCalendar]:
    rules = load_rules(str(rules_path))
    data = load_holiday_files(rules.holiday_files)
    calendar = WorkCalendar.from_rules(
        rules, holiday_days=data.days, file_years=data.years, holiday_names=data.names
    )
    return rules, calendar


def office_now(rules: Rules, text: str | None = None) -> datetime:
    """The office's local time as a naive datetime: `text` (from --now) or the clock."""
    if text is None:
        return datetime.now(ZoneInfo(rules.timezone)).replace(tzinfo=None, second=0, microsecond=0)
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise BadNow(f"--now “{text}” 不是有效的时间，请写成 2026-11-22 10:00 这样的格式。")


def open_xlsx(path: str | Path, rules: Rules, *, allow_lossy: bool = False) -> XlsxRegister:
    return XlsxRegister(
        path,
        backups_keep=rules.backups_keep,
        allow_lossy=allow_lossy,
        header_fill=rules.colours.computed_header,
    )
