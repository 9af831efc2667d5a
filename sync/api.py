"""The library API: everything `complaints` does, as functions (the CLI is a thin layer on them).

    from sync import load_policy, office_now, open_register, sync_register

    rules, calendar = load_policy("rules.yaml")
    register = open_register("sheets/登记表.xlsx", rules)
    report = sync_register(register, rules, calendar, office_now(rules))

This module is the shell around the pure core: it loads the policy and the calendar, picks
a backend, reads the clock, and strings the steps together (read → parse → evaluate → plan
→ write → export → site). Everything here touches files, the network or the clock so that
the core never has to.

`run` is what a scheduler calls (`complaints run`): one read of the register, one change set
written: the sync's computed cells together with the 通知记录 of the events sent
successfully. A failed send is not recorded, so the next run retries it; it never stops the
write-back. If the write-back itself fails after a send (the file is open in Excel, say),
the next run sends those events again: the register is the only record of what was sent.
Two runs never overlap: a lock file on this machine's local disk (never on a shared drive,
where locks are unreliable). The second run does nothing and says so.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from filelock import FileLock, Timeout

from .core.evaluate import evaluate
from .core.model import Evaluation, Record
from .core.parse import parse_table
from .core.plan import NOTIFIED_KEY, hand_edits, plan
from .core.register import Register
from .core.rules import Rules
from .core.table import ChangeSet, Table
from .core.workdays import WorkCalendar
from .errors import SyncError
from .policy.calendar import load_holiday_files
from .policy.rules import load_rules
from .xlsx.register import XlsxRegister

if TYPE_CHECKING:
    from .gsheets.client import Transport
    from .notify.channels import Delivery
    from .notify.events import Event
    from .publish.site import BuildReport
    from .report.figures import MonthFigures

# --- the policy, the clock and the register ---------------------------------------------


class BadNow(SyncError):
    """--now is not a date and time."""


class NoRegister(SyncError):
    """Neither a .xlsx path nor --google was given (or both were)."""


def load_policy(rules_path: str | Path) -> tuple[Rules, WorkCalendar]:
    """The office's rules from rules.yaml (checked; `RulesError` lists every problem) and the
    working-day calendar they make with the holiday files they name."""
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


@dataclass(frozen=True)
class Seams:
    """What a caller may put where the library meets the outside world; the defaults are what
    an office runs. Tests pass a save hook that kills the process at a step of an .xlsx save,
    or a transport to their local Sheets API server (`cli.main(obj=Seams(...))` for the CLI)."""

    save_hook: Callable[[str], None] | None = None  # XlsxRegister: called at each save step
    sheets: Transport | None = None  # GoogleRegister: where the Sheets requests go


def open_xlsx(
    path: str | Path,
    rules: Rules,
    *,
    allow_lossy: bool = False,
    save_hook: Callable[[str], None] | None = None,
) -> XlsxRegister:
    """A local .xlsx register, with the backups and the header colour rules.yaml sets."""
    hook = {"save_hook": save_hook} if save_hook is not None else {}
    return XlsxRegister(
        path,
        backups_keep=rules.backups_keep,
        allow_lossy=allow_lossy,
        header_fill=rules.colours.computed_header,
        **hook,
    )


def open_register(
    path: str | None,
    rules: Rules,
    *,
    google: str | None = None,
    worksheet: str | None = None,
    credentials: str | None = None,
    allow_lossy: bool = False,
    seams: Seams | None = None,
) -> Register:
    """The register a command names: a local .xlsx file, or a Google Sheet with `google`
    (a link or the spreadsheet's ID; `worksheet` the register's worksheet, else the one whose
    header matches; `credentials` a service account's JSON key)."""
    seams = seams or Seams()
    if (path is None) == (google is None):
        raise NoRegister(
            "请给出登记表：本地文件路径（如 sheets/登记表.xlsx），或 --google 表格链接，二者选一。"
        )
    if google is not None:
        from .gsheets.register import GoogleRegister

        return GoogleRegister.open(
            google,
            worksheet=worksheet,
            credentials_path=credentials,
            header_fill=rules.colours.computed_header,
            transport=seams.sheets,
        )
    assert path is not None
    return open_xlsx(path, rules, allow_lossy=allow_lossy, save_hook=seams.save_hook)


# --- one sync ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncReport:
    """What one sync read, computed and wrote."""

    register: str
    now: datetime
    records: list[Record]
    evaluations: list[Evaluation]
    changes: ChangeSet
    written: bool  # False for a dry run and when nothing changed
    hand_edits: tuple[str, ...] = ()  # computed cells someone typed into, restored by this sync

    @property
    def cells_changed(self) -> int:
        return len(self.changes.writes)

    def count(self, predicate: Callable[[Evaluation], object]) -> int:
        return sum(1 for e in self.evaluations if predicate(e))

    @property
    def figures(self) -> dict[str, int]:
        """The summary a user reads after a sync, in display order."""
        return {
            "登记行数": len(self.records),
            "有填写问题的行": self.count(lambda e: e.problems),
            "超期": self.count(lambda e: e.overdue),
            "重大": self.count(lambda e: e.major),
            "重要": self.count(lambda e: e.level == "重要"),
            "即将到期": self.count(lambda e: e.due_soon),
            "待办结": sum(1 for r in self.records if r.get("closed") is None),
            "时限暂估": self.count(lambda e: e.provisional),
            "更新单元格": self.cells_changed,
        }


def read_and_evaluate(
    register: Register, rules: Rules, calendar: WorkCalendar, now: datetime
) -> tuple[Table, list[Record], list[Evaluation]]:
    """Read the register once and run the pure core over it (everything before the plan)."""
    table = register.read()
    records = parse_table(table, rules, now)
    notified = {row.index: cell.value for row in table.rows if (cell := row.cells.get("notified"))}
    return table, records, evaluate(records, rules, calendar, now, notified, table.columns)


def report_of(
    register: Register,
    now: datetime,
    table: Table,
    records: list[Record],
    evaluations: list[Evaluation],
    changes: ChangeSet,
    *,
    written: bool,
) -> SyncReport:
    # A hand edit is a computed cell the plan restores: with nothing to write, there is none.
    edits = () if changes.empty else tuple(hand_edits(table))
    return SyncReport(register.name, now, records, evaluations, changes, written, edits)


def sync_register(
    register: Register,
    rules: Rules,
    calendar: WorkCalendar,
    now: datetime,
    *,
    dry_run: bool = False,
) -> SyncReport:
    """One sync (`complaints sync`): read the register, check and compute every row, and
    write back only the computed cells that differ (nothing at all when none do)."""
    table, records, evaluations = read_and_evaluate(register, rules, calendar, now)
    changes = plan(table, records, evaluations, rules)
    write = not dry_run and not changes.empty
    if write:
        register.apply(changes)
    return report_of(register, now, table, records, evaluations, changes, written=write)


# --- publishing -------------------------------------------------------------------------


def export_publication(report: SyncReport, rules: Rules, root: Path) -> Path:
    """Write the anonymized publication export (and the private gate list) the site reads;
    kept as it is when it would be made from the same inputs. Returns its path."""
    from .publish.export import (
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


def build_site(
    root: Path,
    rules: Rules,
    rules_path: Path | None = None,
    *,
    when_changed: bool = False,
    builder: str = "mkdocs",
) -> BuildReport:
    """Build the public site from the export into `root`/public with `builder` (mkdocs or
    zensical), after the privacy gate passed (`complaints site build`); `when_changed` keeps
    a site built from the same inputs."""
    from .publish.site import build_site as build

    return build(root, rules, rules_path, when_changed=when_changed, builder=builder)


# --- a scheduled run --------------------------------------------------------------------


class RunInProgress(SyncError):
    """Another `complaints run` for the same register holds the lock on this machine."""


@dataclass(frozen=True)
class RunReport:
    """What one scheduled run synced, sent and published."""

    sync: SyncReport
    events: list[Event]
    deliveries: list[Delivery]
    targets_configured: bool
    write_error: str | None = None  # the write-back failed after the sends
    steps: list[str] = field(default_factory=list)  # export and site: done or skipped, in Chinese


def lock_path(register_id: str) -> Path:
    """A lock file per register in the local temporary folder."""
    digest = hashlib.sha256(register_id.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"complaints-run-{digest}.lock"


def run_locked(register_id: str, work: Callable[[], RunReport]) -> RunReport:
    """`work()` while holding the run lock of `register_id`; RunInProgress when another holds it."""
    lock = FileLock(lock_path(register_id), timeout=0)
    try:
        with lock:
            return work()
    except Timeout:
        raise RunInProgress(
            f"另一个 complaints run 正在处理同一登记表（锁文件 {lock.lock_file}），本次未做任何事。"
            "计划任务会在下次按时运行；如确认没有其他运行，可删除该锁文件。"
        ) from None


def run(
    register: Register,
    rules: Rules,
    calendar: WorkCalendar,
    now: datetime,
    *,
    publish: Callable[[SyncReport], list[str]] | None = None,
    environ: Mapping[str, str] | None = None,
    report_root: Path | None = None,
) -> RunReport:
    """One scheduled run (the caller holds the lock): sync, notify, write the computed cells
    and the 通知记录 back at once, then `publish` (export and site, see `publish_step`), and
    on `report.day` of a month the monthly report under `report_root` (see `monthly_step`)."""
    from .notify.channels import deliver, outcomes
    from .notify.events import due_events, record_after

    table, records, evaluations = read_and_evaluate(register, rules, calendar, now)
    recorded = {row.index: row.cell(NOTIFIED_KEY).value for row in table.rows}
    events = due_events(records, evaluations, recorded, rules)
    settings = rules.notifications
    deliveries = deliver(events, settings, now, environ)
    notified = {
        row: record_after(recorded.get(row), by_label, now, rules)
        for row, by_label in outcomes(events, deliveries, settings).items()
    }
    if notified:  # a 重大 notice that reached a role meets its reporting limit: say so now
        after = {**recorded, **notified}
        evaluations = evaluate(records, rules, calendar, now, after, table.columns)
    changes = plan(table, records, evaluations, rules, notified)
    write_error = None
    written = False
    if not changes.empty:
        try:
            register.apply(changes)
            written = True
        except SyncError as exc:
            write_error = str(exc)
    report = report_of(register, now, table, records, evaluations, changes, written=written)
    steps = publish(report) if publish else []
    if report_root is not None:
        steps += monthly_step(report, rules, report_root, environ)
    return RunReport(
        report, events, deliveries, bool(settings.targets), write_error=write_error, steps=steps
    )


def summary(report: RunReport, rules: Rules) -> list[str]:
    """What the run did about notifications and publishing, in Chinese, one line each."""
    from .notify.events import role_name

    lines: list[str] = []
    if not report.targets_configured:
        lines.append(
            f"提醒：rules.yaml 未配置通知地址（notifications.targets），{len(report.events)} 项提醒未发送。"
        )
    elif not report.events:
        lines.append("提醒：没有需要发送的新提醒。")
    else:
        lines.append(f"提醒：{len(report.events)} 项待发送。")
        for d in report.deliveries:
            state = f"已发送 {d.messages} 条消息（{len(d.sent)} 项）"
            if d.failed:
                state += f"，{len(d.failed)} 项未送达，下次运行时重试：{d.error}"
            lines.append(f"  {d.channel}：{state}")
        unserved = {
            role_name(r, rules)
            for e in report.events
            for r in e.roles
            if not rules.notifications.channels_of(r)
        }
        if unserved:
            lines.append(f"  未配置通知地址的角色：{'、'.join(sorted(unserved))}（这些提醒未发送）")
    if report.write_error:
        lines.append(
            f"写回登记表失败：{report.write_error}\n"
            "本次已发出的提醒未能记入“通知记录”，下次运行时会再次发送。"
        )
    lines.extend(report.steps)
    return lines


def publish_step(root: Path, rules: Rules, rules_path: Path) -> Callable[[SyncReport], list[str]]:
    """The `publish` step of a run: export the publication and build the site from it when
    something it is built from changed."""

    def step(report: SyncReport) -> list[str]:
        lines = [f"公告导出：{export_publication(report, rules, root)}"]
        if not (root / "mkdocs.yml").is_file():
            return [*lines, f"网站：{root} 下没有 mkdocs.yml，跳过网站生成。"]
        built = build_site(root, rules, rules_path, when_changed=True)
        if not built.rebuilt:
            return [*lines, f"网站：内容没有变化，沿用 {built.site_dir}（{built.notices} 篇公告）"]
        return [*lines, f"网站：已生成 {built.site_dir}（{built.notices} 篇公告）"]

    return step


# --- the monthly management report (internal, never published) ---------------------------


class BadMonth(SyncError):
    """--month is not a month such as 2026-11."""


def month_of(text: str | None, now: datetime) -> str:
    """The month --month names ("2026-11"), or the month before `now` when it names none."""
    from .report.figures import month_bounds, previous_month

    if text is None:
        return previous_month(now)
    try:
        start, _ = month_bounds(text.strip())
    except ValueError:
        raise BadMonth(f"--month “{text}” 不是有效的月份，请写成 2026-11 这样的格式。") from None
    return f"{start:%Y-%m}"


def month_report(
    report: SyncReport, rules: Rules, month: str, root: Path
) -> tuple[Path, MonthFigures]:
    """Write the month's report under `root`/reports from a sync's records and evaluations."""
    from .report.figures import month_figures
    from .report.workbook import report_path, write_report

    figures = month_figures(report.records, report.evaluations, rules, month, report.now)
    return write_report(figures, report_path(root, month), report.now), figures


def send_month_report(
    path: Path, figures: MonthFigures, rules: Rules, environ: Mapping[str, str] | None = None
) -> list[str]:
    """Send the report to the roles `notifications.events.report` names; one line each, Chinese."""
    from .notify.report import send_report

    roles = rules.notifications.roles_for("report")
    if not any(rules.notifications.channels_of(r) for r in roles):
        return ["报表未发送：notifications.events.report 中的角色都没有配置通知地址。"]
    lines = []
    for d in send_report(path, figures.summary(), rules.notifications, environ):
        lines.append(f"  {d.channel}：{'已发送' if d.error is None else '发送失败：' + d.error}")
    if any("发送失败" in line for line in lines):
        lines.append(
            f"  报表不会自动重发，请稍后运行 complaints report --month {figures.month} --send。"
        )
    return lines


def monthly_step(
    report: SyncReport, rules: Rules, root: Path, environ: Mapping[str, str] | None = None
) -> list[str]:
    """On `report.day` of a month, write and send last month's report once: a report already
    in reports/ is the record that it was done, so the day's later runs leave it. A day the
    scheduler missed is made up with `complaints report --send`."""
    from .report.figures import previous_month
    from .report.workbook import report_path

    if report.now.day != rules.report_day:
        return []
    month = previous_month(report.now)
    if report_path(root, month).exists():
        return []
    path, figures = month_report(report, rules, month, root)
    return [f"每月投诉分析：已生成 {path}", *send_month_report(path, figures, rules, environ)]
