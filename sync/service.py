"""One sync: read the register, run the pure core, apply the change set. Backend-agnostic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .core.evaluate import evaluate
from .core.model import Evaluation, Record
from .core.parse import parse_table
from .core.plan import hand_edits, plan
from .core.register import Register
from .core.table import ChangeSet, Table
from .core.workdays import WorkCalendar
from .policy.rules import Rules


@dataclass(frozen=True)
class SyncReport:
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

    def count(self, predicate) -> int:
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
    return table, records, evaluate(records, rules, calendar, now)


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
    table, records, evaluations = read_and_evaluate(register, rules, calendar, now)
    changes = plan(table, records, evaluations, rules)
    write = not dry_run and not changes.empty
    if write:
        register.apply(changes)
    return report_of(register, now, table, records, evaluations, changes, written=write)
