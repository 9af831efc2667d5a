"""The shell around the core: load the policy and calendar, pick a backend, read the clock.

Everything here touches files or the clock so that the core never has to.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .backend import Register
from .errors import SyncError
from .rules import Rules, load_rules
from .service import SyncReport
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


class NoRegister(SyncError):
    """Neither a .xlsx path nor --google was given (or both were)."""


def open_register(
    path: str | None,
    rules: Rules,
    *,
    google: str | None = None,
    credentials: str | None = None,
    allow_lossy: bool = False,
) -> Register:
    """The register a command names: a local .xlsx file, or a Google Sheet with --google."""
    if (path is None) == (google is None):
        raise NoRegister(
            "请给出登记表：本地文件路径（如 sheets/登记表.xlsx），或 --google 表格链接，二者选一。"
        )
    if google is not None:
        from .gsheets import GoogleRegister

        return GoogleRegister.open(
            google, credentials_path=credentials, header_fill=rules.colours.computed_header
        )
    return open_xlsx(path, rules, allow_lossy=allow_lossy)


def export_publication(report: SyncReport, rules: Rules, root: Path) -> Path:
    """Write the anonymized publication export (and the private gate list) the site reads."""
    from .export import (
        export_is_current,
        publication,
        publication_inputs,
        publication_key,
        read_earlier,
        write_publication,
    )

    key = publication_key(root, rules)
    inputs = publication_inputs(report.records, report.evaluations, rules, report.now, key)
    if export_is_current(root, rules, inputs.stamp):
        return Path(root) / rules.publishing.export
    made = publication(
        report.records,
        report.evaluations,
        rules,
        report.now,
        key=key,
        inputs=inputs,
        earlier=read_earlier(root, rules),
    )
    return write_publication(made, rules, root, inputs.stamp)
