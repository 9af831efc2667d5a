"""The monthly report's figures: a pure function of records, evaluations, the month and `now`.

Scope, as a manager reads it:
- counts, closing rate, on-time rates, repeat complainants and 重大 complaints are about the
  complaints received in the month;
- open and overdue complaints are every complaint received before the month's end (earlier
  months' backlog included) that was still open at the month's end (or at `now`, for the
  current month);
- 回访 satisfaction counts the callbacks made in the month.
Only 编号, categories, departments and times appear: no name, phone, unit or area.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ..core.model import CLOCK_DONE_BY, CLOCK_NAMES, CLOCKS, Evaluation, Record
from ..core.rules import Rules

# 回访结果 that count as satisfied, and those that count against; the rest (未联系上) neither.
SATISFIED = ("满意", "基本满意")
DISSATISFIED = ("不满意", "不接受处理")
UNFILLED = "（未填）"

# The tables of counts: title -> the column key (schema.py); 等级 is the system's 系统等级.
COUNTED = (
    ("投诉类别", "category"),
    ("投诉对象", "target"),
    ("系统等级", "level"),
    ("渠道", "channel"),
    ("责任部门", "department"),
    ("是否有效", "validity"),
)


@dataclass(frozen=True)
class ClockRate:
    name: str  # 响应, 答复, 办结, 回访
    done: int  # done before the cut-off
    on_time: int
    open_overdue: int  # still open at the cut-off, past the deadline

    @property
    def rate(self) -> float | None:
        return self.on_time / self.done if self.done else None


@dataclass(frozen=True)
class Overdue:
    number: str
    department: str
    clocks: tuple[str, ...]  # the clocks past their deadline, by name
    days: int  # whole days since the earliest of those deadlines


@dataclass(frozen=True)
class Repeat:
    number: str
    count: int
    earlier: tuple[str, ...]  # the earlier complaints' 编号


@dataclass(frozen=True)
class Reporting:
    role: str  # its display name (主任, 品质部)
    due: datetime
    known: datetime | None  # when it knew (typed or a notification sent), None: not yet

    @property
    def state(self) -> str:
        if self.known is None:
            return "未报告"
        return "按时" if self.known <= self.due else "超时"


@dataclass(frozen=True)
class MajorCase:
    number: str
    received: datetime
    department: str
    reasons: str
    reporting: tuple[Reporting, ...]
    closed: bool


@dataclass(frozen=True)
class MonthFigures:
    month: str  # 2026-11
    start: datetime
    end: datetime  # the first moment of the next month
    cutoff: datetime  # min(end, now): the state "at the month's end" is taken here
    received: int
    counts: tuple[
        tuple[str, tuple[tuple[str, int], ...]], ...
    ]  # title -> (value, n), largest first
    closed: int
    clocks: tuple[ClockRate, ...]
    open_at_end: int
    overdue: tuple[Overdue, ...]  # most days first
    repeats: tuple[Repeat, ...]
    callbacks: tuple[tuple[str, int], ...]  # 回访结果 -> n, in the list's order
    majors: tuple[MajorCase, ...]

    @property
    def closing_rate(self) -> float | None:
        return self.closed / self.received if self.received else None

    @property
    def satisfaction(self) -> float | None:
        """Satisfied callbacks among those that reached the resident and gave a verdict."""
        by = dict(self.callbacks)
        judged = sum(by.get(r, 0) for r in (*SATISFIED, *DISSATISFIED))
        return sum(by.get(r, 0) for r in SATISFIED) / judged if judged else None

    def summary(self) -> str:
        """One line for the chat robots (Chinese)."""
        parts = [
            f"{self.month} 投诉分析：受理 {self.received} 宗",
            f"办结 {self.closed} 宗（办结率 {percent(self.closing_rate)}）",
            f"月末未办结 {self.open_at_end} 宗，其中超期 {len(self.overdue)} 宗",
            f"重大 {len(self.majors)} 宗",
            f"重复投诉 {len(self.repeats)} 宗",
            f"回访满意率 {percent(self.satisfaction)}",
        ]
        return "，".join(parts) + "。"


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """ "2026-11" -> (2026-11-01 00:00, 2026-12-01 00:00); ValueError when it is no month."""
    start = datetime.strptime(month, "%Y-%m")
    if start.month == 12:
        return start, start.replace(year=start.year + 1, month=1)
    return start, start.replace(month=start.month + 1)


def previous_month(now: datetime) -> str:
    year, month = (now.year - 1, 12) if now.month == 1 else (now.year, now.month - 1)
    return f"{year:04d}-{month:02d}"


def month_figures(
    records: list[Record], evaluations: list[Evaluation], rules: Rules, month: str, now: datetime
) -> MonthFigures:
    """The month's figures from the register as evaluated at `now`."""
    start, end = month_bounds(month)
    cutoff = min(end, now)
    rows = list(zip(records, evaluations, strict=True))
    received = [(r, e, at) for r, e in rows if (at := _at(r, "received")) is not None]
    received_before = [(r, e) for r, e, at in received if at < cutoff]
    in_month = [(r, e) for r, e, at in received if start <= at < cutoff]
    return MonthFigures(
        month=month,
        start=start,
        end=end,
        cutoff=cutoff,
        received=len(in_month),
        counts=tuple((title, _count(in_month, key)) for title, key in COUNTED),
        closed=sum(1 for r, _ in in_month if _done_by(r, "closed", cutoff)),
        clocks=tuple(_clock_rate(in_month, clock, cutoff) for clock in CLOCKS),
        open_at_end=sum(1 for r, _ in received_before if not _done_by(r, "closed", cutoff)),
        overdue=_overdue(received_before, cutoff),
        repeats=tuple(
            Repeat(e.number or "", e.repeat_count, e.repeat_of)
            for _, e in in_month
            if e.repeat_count is not None and e.repeat_count > 1
        ),
        callbacks=_callbacks(rows, rules, start, cutoff),
        majors=tuple(_major(r, e, rules, cutoff) for r, e in in_month if e.major),
    )


def _at(record: Record, key: str) -> datetime | None:
    value = record.get(key)
    return value if isinstance(value, datetime) else None


def _done_by(record: Record, key: str, cutoff: datetime) -> bool:
    at = _at(record, key)
    return at is not None and at < cutoff


def _count(rows: list[tuple[Record, Evaluation]], key: str) -> tuple[tuple[str, int], ...]:
    values = Counter(e.level if key == "level" else str(r.get(key) or UNFILLED) for r, e in rows)
    return tuple(sorted(values.items(), key=lambda item: (-item[1], item[0])))


def _clock_done(record: Record, e: Evaluation, clock: str, cutoff: datetime) -> datetime | None:
    """When the clock stopped before the cut-off (a callback nobody answered never stops it)."""
    at = _at(record, CLOCK_DONE_BY[clock])
    if at is None or at >= cutoff or clock not in e.done:
        return None
    return at


def _clock_rate(rows: list[tuple[Record, Evaluation]], clock: str, cutoff: datetime) -> ClockRate:
    done = on_time = open_overdue = 0
    for record, e in rows:
        deadline = e.deadlines.get(clock)
        if deadline is None:
            continue
        at = _clock_done(record, e, clock, cutoff)
        if at is not None:
            done += 1
            on_time += at <= deadline.at
        elif deadline.at < cutoff:
            open_overdue += 1
    return ClockRate(CLOCK_NAMES[clock], done, on_time, open_overdue)


def _overdue(rows: list[tuple[Record, Evaluation]], cutoff: datetime) -> tuple[Overdue, ...]:
    out: list[Overdue] = []
    for record, e in rows:
        if _done_by(record, "closed", cutoff):
            continue
        late = [
            (clock, d.at)
            for clock, d in e.deadlines.items()
            if d.at < cutoff and _clock_done(record, e, clock, cutoff) is None
        ]
        if late:
            earliest = min(at for _, at in late)
            out.append(
                Overdue(
                    e.number or "",
                    str(record.get("department") or UNFILLED),
                    tuple(CLOCK_NAMES[c] for c, _ in late),
                    (cutoff - earliest).days,
                )
            )
    return tuple(sorted(out, key=lambda o: (-o.days, o.number)))


def _callbacks(
    rows: list[tuple[Record, Evaluation]], rules: Rules, start: datetime, cutoff: datetime
) -> tuple[tuple[str, int], ...]:
    made = Counter(
        str(r.get("callback_result") or UNFILLED)
        for r, _ in rows
        if (at := _at(r, "callback")) is not None and start <= at < cutoff
    )
    order = [*rules.lists.get("callback_results", ()), UNFILLED]
    known = [(result, made[result]) for result in order if made[result]]
    return tuple(known + sorted((k, n) for k, n in made.items() if k not in order))


def _major(record: Record, e: Evaluation, rules: Rules, cutoff: datetime) -> MajorCase:
    reporting = tuple(
        Reporting(
            rules.roles.get(role, role),
            due,
            known if (known := e.notify_met.get(role)) is not None and known < cutoff else None,
        )
        for role, due in e.notify.items()
    )
    received = _at(record, "received")
    assert received is not None  # only complaints received in the month get here
    return MajorCase(
        e.number or "",
        received,
        str(record.get("department") or UNFILLED),
        "；".join(e.reasons) or "登记为重大",
        reporting,
        _done_by(record, "closed", cutoff),
    )
