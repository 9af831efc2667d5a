"""Notifications, the pure part: which events are due, what was already sent, the digest text.

An event is one thing a role must hear once: a complaint became 重大, a clock went overdue,
a clock is due soon, a new 校验 problem on an open complaint. What was sent lives in the
register's 通知记录 cell as one entry per event, e.g. "重大 2026-11-22 10:03；答复超期
2026-11-23 09:00". An entry may end in "（未送达：品质部）": those roles still have to hear
of it, so the next run sends it to them only. Messages name the 编号, the area (the building,
never the unit) and staff roles; never a resident's name, phone or unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from ..core.model import CLOCK_NAMES, Evaluation, Record
from ..core.rules import Rules
from ..core.schema import BY_KEY
from ..publish.published import generalize_areas

# What the clock asks of staff, for "who must do what".
_CLOCK_ACTS = {"response": "首次响应", "reply": "答复投诉人", "close": "办结", "callback": "回访"}
_ENTRY = re.compile(
    r"^(?P<label>\S+) (?P<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2})(?:（未送达：(?P<pending>[^）]*)）)?$"
)
_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Event:
    row: int
    number: str
    kind: str  # major, overdue, due_soon, problem (notify_settings.EVENT_KINDS)
    label: str  # its key in 通知记录: 重大, 答复超期, 答复将到期, 校验-联系电话
    roles: tuple[str, ...]  # role keys that still have to hear of it
    lines: tuple[str, ...]  # the message text, a few short lines


@dataclass(frozen=True)
class Sent:
    """One entry of a 通知记录 cell."""

    label: str
    at: datetime
    pending: tuple[str, ...] = ()  # role display names that have not heard yet


def parse_record(text: object) -> dict[str, Sent]:
    """The entries of a 通知记录 cell, by label. Text that is not ours is ignored."""
    entries: dict[str, Sent] = {}
    if not isinstance(text, str):
        return entries
    for part in text.split("；"):
        match = _ENTRY.match(part.strip())
        if match:
            pending = tuple(p for p in (match["pending"] or "").split("、") if p)
            at = datetime.strptime(match["at"], _FORMAT)
            entries[match["label"]] = Sent(match["label"], at, pending)
    return entries


def format_record(entries: Iterable[Sent]) -> str:
    parts = []
    for e in entries:
        pending = f"（未送达：{'、'.join(e.pending)}）" if e.pending else ""
        parts.append(f"{e.label} {e.at:{_FORMAT}}{pending}")
    return "；".join(parts)


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
    is_open = record.get("closed") is None
    head = _head(record, rules)
    act = _who_acts(record)
    out: list[tuple[str, str, tuple[str, ...]]] = []
    if e.major and is_open:
        limits = "、".join(
            f"{role_name(role, rules)} {at:{_FORMAT}}" for role, at in e.notify.items()
        )
        names = "、".join(role_name(r, rules) for r in rules.notifications.roles_for("major"))
        major = [f"【重大】{head}", f"原因：{'；'.join(e.reasons) or '登记为重大'}"]
        if limits:
            major.append(f"通知时限：{limits}")
        major.append(f"处理：请{names}知悉，{act}指定专人跟进并书面报告调查结果")
        out.append(("major", "重大", tuple(major)))
    for clock in e.overdue:
        name, at = CLOCK_NAMES[clock], e.deadlines[clock].at
        lines = (
            f"【{name}超期】{head}",
            f"时限：{at:{_FORMAT}}（已过）",
            f"处理：请{act}立即{_CLOCK_ACTS[clock]}",
        )
        out.append(("overdue", f"{name}超期", lines))
    for clock in e.due_soon:
        name, at = CLOCK_NAMES[clock], e.deadlines[clock].at
        lines = (
            f"【{name}即将到期】{head}",
            f"时限：{at:{_FORMAT}} 前",
            f"处理：请{act}按时{_CLOCK_ACTS[clock]}",
        )
        out.append(("due_soon", f"{name}将到期", lines))
    if rules.notifications.validation_problems and is_open:
        for key in dict.fromkeys(p.key for p in e.problems):
            header = BY_KEY[key].header
            lines = (
                f"【填写有误】{head}",
                f"原因：「{header}」填写有误（详见登记表“校验”列）",
                "处理：请接待人在登记表中更正",
            )
            out.append(("problem", f"校验-{header}", lines))
    return out


def _head(record: Record, rules: Rules) -> str:
    """编号, the building and the category: enough to find the row, nothing personal."""
    number = str(record.get("number") or "")
    place = (record.get("area"), record.get("project"))
    area = generalize_areas([place], rules.publishing)[place]
    category = record.get("category")
    return " ".join(str(p) for p in (number, area, category) if p)


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
