"""`complaints run`: what a scheduler calls. Sync, notify, write back once, export, build the site.

One read of the register, one change set written: the sync's computed cells together with
the 通知记录 of the events sent successfully. A failed send is not recorded, so the next run
retries it; it never stops the write-back. If the write-back itself fails after a send (the
file is open in Excel, say), the next run sends those events again: the register is the only
record of what was sent.

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

from filelock import FileLock, Timeout

from .core.plan import NOTIFIED_KEY, plan
from .core.register import Register
from .core.workdays import WorkCalendar
from .errors import SyncError
from .notify.channels import Delivery, deliver, outcomes
from .notify.events import Event, due_events, record_after, role_name
from .policy.rules import Rules
from .service import SyncReport, read_and_evaluate, report_of


class RunInProgress(SyncError):
    """Another `complaints run` for the same register holds the lock on this machine."""


@dataclass(frozen=True)
class RunReport:
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
) -> RunReport:
    """One scheduled run (the caller holds the lock). `publish` does export and site."""
    table, records, evaluations = read_and_evaluate(register, rules, calendar, now)
    recorded = {row.index: row.cell(NOTIFIED_KEY).value for row in table.rows}
    events = due_events(records, evaluations, recorded, rules)
    settings = rules.notifications
    deliveries = deliver(events, settings, now, environ)
    notified = {
        row: record_after(recorded.get(row), by_label, now, rules)
        for row, by_label in outcomes(events, deliveries, settings).items()
    }
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
    return RunReport(
        report, events, deliveries, bool(settings.targets), write_error=write_error, steps=steps
    )


def summary(report: RunReport, rules: Rules) -> list[str]:
    """What the run did about notifications and publishing, in Chinese, one line each."""
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
    """Export the publication and build the site from it (sync/export.py, sync/site.py)."""

    def step(report: SyncReport) -> list[str]:
        from .app import export_publication
        from .publish.site import build_site

        lines = [f"公告导出：{export_publication(report, rules, root)}"]
        if not (root / "mkdocs.yml").is_file():
            return [*lines, f"网站：{root} 下没有 mkdocs.yml，跳过网站生成。"]
        built = build_site(root, rules, rules_path, when_changed=True)
        if not built.rebuilt:
            return [*lines, f"网站：内容没有变化，沿用 {built.site_dir}（{built.notices} 篇公告）"]
        return [*lines, f"网站：已生成 {built.site_dir}（{built.notices} 篇公告）"]

    return step
