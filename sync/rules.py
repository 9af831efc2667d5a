"""The office's policy, loaded from rules.yaml: plain frozen data the core reads.

`load_rules(path)` validates everything and raises `RulesError` carrying every problem as
`rules.yaml:LINE: what is wrong, what is allowed` (in Chinese) before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Literal

Unit = Literal["minutes", "hours", "working_days", "days", "months"]


@dataclass(frozen=True)
class Limit:
    """A time limit such as {hours: 24} or {working_days: 3}."""

    amount: int
    unit: Unit


@dataclass(frozen=True)
class ApprovalBand:
    level: str
    below: float | None  # None: the open top band


@dataclass(frozen=True)
class Major:
    households: int | None
    claim_amount: float | None
    safety_hazard: bool
    media_or_government: bool
    open_past_close_limit: bool
    important_open_for: Limit | None


@dataclass(frozen=True)
class Important:
    complaint_count: int | None
    communication_count: int | None


@dataclass(frozen=True)
class Colours:
    overdue: str
    due_soon: str
    major: str
    problem: str
    computed_header: str


@dataclass(frozen=True)
class Rules:
    timezone: str
    closing_time: time
    number_prefix: str
    response: Limit
    reply: dict[str, Limit]  # by 投诉对象
    close: Limit
    callback: Limit
    notify: dict[str, Limit]  # by role key: office_head, quality_department
    major: Major
    important: Important
    approval: tuple[ApprovalBand, ...]  # ascending; the last has below=None
    roles: dict[str, str]  # role key -> display name
    lists: dict[str, tuple[str, ...]]  # channels, targets, categories, validity, levels, ...
    due_soon: Limit
    colours: Colours
    extra_holidays: frozenset[date]
    extra_workdays: frozenset[date]
    holiday_files: tuple[str, ...]  # resolved absolute paths
    backups_keep: int


class RulesError(Exception):
    """rules.yaml cannot be used; `problems` lists each as 'rules.yaml:LINE: ...'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def load_rules(path: str) -> Rules:
    raise NotImplementedError
