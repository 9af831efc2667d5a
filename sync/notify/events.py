"""Notifications, the pure part: which events are due, what was already sent, the digest text.

An event is one thing a role must hear once: a complaint became 重大, a clock went overdue,
a clock is due soon, a new 校验 problem on an open complaint. What was sent lives in the
register's 通知记录 cell as one entry per event, e.g. "重大 2026-11-22 10:03；答复超期
2026-11-23 09:00". An entry may end in "（未送达：品质部）": those roles still have to hear
of it, so the next run sends it to them only. Messages name the 编号, the area (the building,
never the unit) and staff roles; never a resident's name, phone or unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ..core.model import CLOCK_NAMES, Evaluation, Record
from ..core.notified import FORMAT, Sent, format_record, parse_record
from ..core.rules import Rules
from ..core.schema import BY_KEY
from ..publish.published import generalize_areas

# What the clock asks of staff, for "who must do what".
_CLOCK_ACTS = {"response": "首次响应", "reply": "答复投诉人", "close": "办结", "callback": "回访"}
_FORMAT = FORMAT


@dataclass(frozen=True)
class Event:
    row: int
    number: str
    kind: str  # major, overdue, due_soon, problem (notify_settings.EVENT_KINDS)
    label: str  # its key in 通知记录: 重大, 答复超期, 答复将到期, 校验-联系电话
    roles: tuple[str, ...]  # role keys that still have to hear of it
    lines: tuple[str, ...]  # the message text, a few short lines


def role_name(role: str, rules: Rules) -> str:
    return rules.roles.get(role, role)


def due_events(
    records: list[Record],
    evaluations: list[Evaluation],
    recorded: Mapping[int, object],
    rules: Rules,
) -> list[Event]:
    """Every event not yet sent to every role that should hear it (recorded: row -> 通知记录)."""
    settings = rules.notifications
    events: list[Event] = []
    for record, e in zip(records, evaluations, strict=True):
        if not e.number:
            continue
        sent = parse_record(recorded.get(e.row))
        for kind, label, lines in _candidates(record, e, rules):
            roles = _still_owed(settings.roles_for(kind), sent.get(label), rules)
            if roles:
                events.append(Event(e.row, e.number, kind, label, roles, lines))
    return events


def _still_owed(roles: tuple[str, ...], sent: Sent | None, rules: Rules) -> tuple[str, ...]:
    if sent is None:
        return roles
    return tuple(r for r in roles if role_name(r, rules) in sent.pending)


def _candidates(
    record: Record, e: Evaluation, rules: Rules
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each item's first line starts with the 编号; its last says who must act by when."""
    is_open = record.get("closed") is None
    number, place = e.number or "", _place(record, rules)
    act = _who_acts(record)
    out: list[tuple[str, str, tuple[str, ...]]] = []

    def first(tag: str) -> str:
        return f"{number}【{tag}】{place}".rstrip()

    if e.major and is_open:
        owed = [
            f"{role_name(role, rules)}（{at:{_FORMAT}} 前）"
            for role, at in e.notify.items()
            if role not in e.notify_met
        ]
        names = "、".join(role_name(r, rules) for r in rules.notifications.roles_for("major"))
        major = [first("重大"), f"原因：{'；'.join(e.reasons) or '登记为重大'}"]
        if owed:
            major.append(f"通知时限：{'、'.join(owed)}知悉")
        major.append(f"处理：请{names}知悉，{act}立即指定专人跟进并书面报告调查结果")
        out.append(("major", "重大", tuple(major)))
    for clock in e.overdue:
        name, at, what = _clock_due(e, clock, rules)
        lines = (
            first(f"{name}超期"),
            f"时限：{what}{at:{_FORMAT}}（已过）",
            f"处理：请{'接待人' if clock == 'notify' else act}立即{_act(clock, e, rules)}",
        )
        out.append(("overdue", f"{name}超期", lines))
    for clock in e.due_soon:
        name, at, what = _clock_due(e, clock, rules)
        lines = (
            first(f"{name}即将到期"),
            f"时限：{what}{at:{_FORMAT}} 前",
            f"处理：请{act}在 {at:{_FORMAT}} 前{_act(clock, e, rules)}",
        )
        out.append(("due_soon", f"{name}将到期", lines))
    if rules.notifications.validation_problems and is_open:
        for key in dict.fromkeys(p.key for p in e.problems):
            header = BY_KEY[key].header
            lines = (
                first("填写有误"),
                f"原因：「{header}」填写有误（详见登记表“校验”列）",
                "处理：请接待人尽快在登记表中更正",
            )
            out.append(("problem", f"校验-{header}", lines))
    return out


def _clock_due(e: Evaluation, clock: str, rules: Rules) -> tuple[str, datetime, str]:
    """The clock's name, its deadline and what the deadline is ("与业主约定于" for an
    agreed date). The notify clock is due at the earliest deadline of a role not told."""
    if clock == "notify":
        owed = [at for role, at in e.notify.items() if role not in e.notify_met]
        return CLOCK_NAMES[clock], min(owed or e.notify.values()), ""
    what = "与业主约定于 " if clock == "close" and e.agreed else ""
    return CLOCK_NAMES[clock], e.deadlines[clock].at, what


def _act(clock: str, e: Evaluation, rules: Rules) -> str:
    if clock == "notify":
        owed = [role_name(r, rules) for r in e.notify if r not in e.notify_met]
        return f"报告{'、'.join(owed)}，并在登记表中填写知悉时间"
    if clock == "close" and e.agreed:
        return "按与业主的约定完成"
    return _CLOCK_ACTS[clock]


def _place(record: Record, rules: Rules) -> str:
    """The building and the category: with the 编号, enough to find the row, nothing personal."""
    place = (record.get("area"), record.get("project"))
    area = generalize_areas([place], rules.publishing)[place]
    category = record.get("category")
    return " ".join(str(p) for p in (area, category) if p)


def _who_acts(record: Record) -> str:
    department = record.get("department")
    return f"{department}" if department else "接待人（尚未填写责任部门）"


_HEADER_ROOM = 120  # bytes kept for the header line ("投诉登记表提醒 …（第 1/2 条），共 N 项")


def digests(events: list[Event], max_bytes: int) -> list[list[Event]]:
    """Split events into messages of at most `max_bytes` (UTF-8), whole events each, in order."""
    parts: list[list[Event]] = []
    size = max_bytes
    for event in events:
        cost = len(_event_text(999, event).encode()) + 1
        if size + cost > max_bytes - _HEADER_ROOM:
            parts.append([])
            size = 0
        parts[-1].append(event)
        size += cost
    return parts


def digest_text(events: list[Event], now: datetime, part: int = 1, parts: int = 1) -> str:
    """One message: a header line, then each event numbered, a few lines each."""
    which = f"（第 {part}/{parts} 条）" if parts > 1 else ""
    header = f"投诉登记表提醒 {now:{_FORMAT}}{which}，共 {len(events)} 项："
    body = [_event_text(i, e) for i, e in enumerate(events, 1)]
    return "\n".join([header, *body])


def _event_text(index: int, event: Event) -> str:
    first, *rest = event.lines
    return "\n".join([f"{index}. {first}", *(f"   {line}" for line in rest)])


def record_after(
    before: object,
    outcomes: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]],
    now: datetime,
    rules: Rules,
) -> str:
    """The 通知记录 text after a run. `outcomes`: label -> (roles reached, roles not reached).

    An event nobody was reached for stays unrecorded (the whole event is retried); otherwise
    it is recorded with the roles still owed, and those alone hear of it next time.
    """
    entries = parse_record(before)
    for label, (reached, missed) in outcomes.items():
        old = entries.get(label)
        if not reached and old is None:
            continue
        pending = tuple(role_name(r, rules) for r in missed)
        entries[label] = Sent(label, old.at if old else now, pending)
    return format_record(entries.values())
