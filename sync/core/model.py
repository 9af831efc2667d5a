"""Plain data passed between the core's steps: parsed records and their evaluations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import NamedTuple, TypedDict


@dataclass(frozen=True, slots=True)
class Problem:
    """A cell staff must fix. `message` is Chinese and says what is wrong and how to fix it."""

    row: int
    key: str  # column key (schema.py)
    message: str

    def describe(self) -> str:
        from .schema import BY_KEY

        return f"第 {self.row} 行「{BY_KEY[self.key].header}」：{self.message}"


class RecordValues(TypedDict, total=False):
    """A record's parsed staff cells by column key (schema.py), each of its column's type.

    A plain dict at run time; the keys name what mypy checks. A cell that did not parse is
    absent (its Problem says why), as is an empty one.
    """

    number: str
    received: datetime
    channel: str
    project: str
    area: str
    unit: str
    complainant: str
    phone: str
    target: str
    category: str
    content: str
    matter: str
    households: int
    claim: float
    safety: bool
    media: bool
    complaint_count: int
    contact_count: int
    validity: str
    level: str
    department: str
    receiver: str
    follower: str
    responsible: str
    responded: datetime
    replied: datetime
    measures: str
    result: str
    closed: datetime
    callback: datetime
    callback_result: str
    precautions: str
    publish: bool
    remarks: str
    callback_attempts: int
    agreed_due: datetime
    agreed_reason: str
    compensation: float
    head_informed: datetime
    quality_informed: datetime


@dataclass(frozen=True, slots=True)
class Record:
    """One register row with its staff cells parsed into Python values.

    `values` holds only cells that parsed: datetime for datetime columns, int for counts,
    float for money, str for text and enumerations (already checked against the lists),
    bool for 是/否 columns. A cell that did not parse is absent and has a Problem instead.
    """

    row: int
    values: RecordValues
    problems: tuple[Problem, ...] = ()
    # The staff cells with a note (ours or a person's), by key: the plan looks at notes
    # only where a row has one, and parse reads every staff cell anyway.
    noted: tuple[str, ...] = ()

    def get(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)


# A NamedTuple for the same reason as Evaluation: one or two are built per row, in half a
# frozen dataclass's time (its __init__ calls object.__setattr__ once per field).
class Deadline(NamedTuple):
    at: datetime
    provisional: bool = False  # counted Monday-Friday for a year the calendar does not know
    explanation: str = ""  # for working-day deadlines: which days were skipped or added


CLOCKS: tuple[str, ...] = ("response", "reply", "close", "callback")
CLOCK_NAMES: dict[str, str] = {
    "response": "响应",
    "reply": "答复",
    "close": "办结",
    "callback": "回访",
    "notify": "通知",  # a 重大 complaint's reporting to the roles (Evaluation.notify)
}
# The staff column whose time stops each clock.
CLOCK_DONE_BY: dict[str, str] = {
    "response": "responded",
    "reply": "replied",
    "close": "closed",
    "callback": "callback",
}


# A NamedTuple, immutable: one is built per row, and a frozen dataclass's __init__ (a
# setattr call per field, nineteen here) costs 1.6 times a NamedTuple's.
_NOBODY: Mapping[str, datetime] = MappingProxyType({})


class Evaluation(NamedTuple):
    row: int
    number: str | None  # 编号 as it will stand after the sync (filled when it was empty)
    status: str
    level: str  # 系统等级
    reasons: tuple[str, ...]  # one per rule that fired, in Chinese
    deadlines: dict[str, Deadline]  # by clock: response, reply, close, callback
    notify: dict[str, datetime]  # by role key, only for 重大
    overdue: tuple[str, ...]  # clocks open past their deadline at `now` ("notify" included)
    late: tuple[str, ...]  # clocks done, but after their deadline ("notify" included)
    due_soon: tuple[str, ...]  # open clocks due within the warning window
    approval: str | None
    group_size: int | None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()  # extra remarks for 校验 (provisional)
    repeat_count: int | None = None  # 重复投诉: this customer's complaints on the topic, if > 1
    repeat_of: tuple[str, ...] = ()  # the earlier complaints' 编号, oldest first
    done: tuple[str, ...] = ()  # clocks that stopped (a callback nobody answered does not)
    agreed: bool = False  # the close clock runs to the 约定完成时间
    notify_met: Mapping[str, datetime] = _NOBODY  # role -> when it knew

    @property
    def major(self) -> bool:
        return self.level == "重大"

    @property
    def provisional(self) -> bool:
        return any(d.provisional for d in self.deadlines.values())
