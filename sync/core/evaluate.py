"""Evaluation: records + rules + calendar + now -> one Evaluation per record.

Pure: `now` comes in, nothing is read from the clock, files or network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from .gcpause import without_gc_pauses
from .model import Deadline, Evaluation, Problem, Record, RecordValues
from .notified import MAJOR_LABEL, parse_record
from .repeats import Repeat, repeats
from .rules import Limit, Rules, format_limit
from .schema import BY_KEY, INFORMED_BY
from .workdays import WorkCalendar, deadline, deadline_counter

LEVELS: tuple[str, ...] = ("一般", "重要", "重大")
UNREACHED = "未联系上"  # a callback attempt nobody answered
DISSATISFIED = ("不满意", "不接受处理")  # callback results that reopen the complaint
REOPENED = "回访不满意，待重新处理"
AWAITING_CALLBACK = "待回访"
UNREACHABLE = "未能联系"
STATUSES: tuple[str, ...] = (
    "待响应",
    "处理中",
    "已答复",
    "已办结",
    AWAITING_CALLBACK,
    "已回访",
    UNREACHABLE,
    REOPENED,
)

PROVISIONAL_NOTE = "部分时限跨入节假日尚未公布的年份，暂按周一至周五计算，公布后会自动更新"

# A later step also stops the earlier clocks: a reply is a response, a closing is a reply.
DONE_BY: dict[str, tuple[str, ...]] = {
    "response": ("responded", "replied", "closed"),
    "reply": ("replied", "closed"),
    "close": ("closed",),
    "callback": ("callback",),
}


@dataclass(frozen=True)
class _Fired:
    level: str
    reason: str
    since: datetime | None  # when the rule started to hold, if known


_Counter = Callable[[datetime], Deadline]


@dataclass(frozen=True)
class _Limits:
    """The rules' time limits, each a function of its start (see `deadline_counter`)."""

    response: _Counter
    reply: dict[str, _Counter]  # by 投诉对象; a limit equal to `response` is `response` itself
    close: _Counter
    callback: _Counter
    important_open_for: _Counter | None
    notify: dict[str, _Counter]  # by role
    repeat_window: _Counter | None
    agreed_max: _Counter
    callback_max_attempts: int | None
    track_notify: bool = True  # whether a 重大 complaint's reporting is a clock

    @classmethod
    def of(cls, rules: Rules, calendar: WorkCalendar) -> _Limits:
        def counter(limit: Limit) -> _Counter:
            return deadline_counter(limit, calendar, rules.closing_time)

        response = counter(rules.response)
        open_for = rules.major.important_open_for
        window = rules.important.repeat_window
        return cls(
            response=response,
            reply={
                target: response if limit == rules.response else counter(limit)
                for target, limit in rules.reply.items()
            },
            close=counter(rules.close),
            callback=counter(rules.callback),
            important_open_for=counter(open_for) if open_for is not None else None,
            notify={role: counter(limit) for role, limit in rules.notify.items()},
            repeat_window=counter(window) if window is not None else None,
            agreed_max=counter(rules.close_agreed_max),
            callback_max_attempts=rules.callback_max_attempts,
        )


@without_gc_pauses
def evaluate(
    records: list[Record],
    rules: Rules,
    calendar: WorkCalendar,
    now: datetime,
    notified: Mapping[int, object] | None = None,
    columns: Collection[str] | None = None,
) -> list[Evaluation]:
    """`notified` (row -> 通知记录 text) tells which roles `complaints run` reached; `columns`
    (the register's column keys, all when None) switch off what a missing optional column
    feeds: without 主任知悉时间 and 品质部知悉时间 the reporting of 重大 complaints is not
    tracked, as before those columns existed."""
    sizes = group_sizes(records)
    numbers = assign_numbers(records, rules, now)
    limits = _Limits.of(rules, calendar)
    if columns is not None and not set(INFORMED_BY.values()) & set(columns):
        limits = replace(limits, track_notify=False)
    found = repeats(records, limits.repeat_window)
    soon = deadline(now, rules.due_soon, calendar, rules.closing_time).at  # the same for every row
    notified = notified or {}
    across = _Across(numbers, found, notified)
    return [_evaluate_one(r, sizes[r.row], across, rules, limits, now, soon) for r in records]


@dataclass(frozen=True)
class _Across:
    """What the evaluation found across the register, by row."""

    numbers: dict[int, str]  # 编号 as it will stand
    repeats: dict[int, Repeat]
    notified: Mapping[int, object]  # 通知记录 cells


def group_sizes(records: list[Record]) -> dict[int, int | None]:
    """同类户数: distinct 房号 among the complaints sharing a 关联事项, at least 涉及户数."""
    by_matter = _matter_sizes(records)
    sizes: dict[int, int | None] = {}
    for r in records:
        values = r.values
        own = int(values.get("households") or 0) or (1 if values.get("unit") else 0)
        matter = values.get("matter")
        size = max(by_matter[matter], own) if matter else own
        sizes[r.row] = size or None
    return sizes


def _matter_sizes(records: list[Record]) -> dict[str, int]:
    """By 关联事项: its distinct 房号 or its largest 涉及户数, whichever is more. Few rows
    name a matter, so they are picked out first."""
    units: dict[str, set[str]] = defaultdict(set)
    households: dict[str, int] = defaultdict(int)
    for values in [r.values for r in records if r.values.get("matter")]:
        matter = values["matter"]
        unit = values.get("unit")
        if unit:
            units[matter].add(_unit_key(str(unit)))
        households[matter] = max(households[matter], int(values.get("households") or 0))
    return {matter: max(len(units[matter]), most) for matter, most in households.items()}


def _unit_key(unit: str) -> str:
    return "".join(unit.split()).upper()


def assign_numbers(records: list[Record], rules: Rules, now: datetime) -> dict[int, str]:
    """编号 for every record: its own, or a new unique one where staff left the cell empty."""
    numbers: dict[int, str] = {}
    blank: list[Record] = []  # numbered after every own 编号 is known: few, most rows have one
    for r in records:
        number = r.values.get("number")
        if number:
            numbers[r.row] = str(number)
        else:
            blank.append(r)
    if not blank:
        return numbers
    taken = set(numbers.values())
    counters: dict[str, int] = defaultdict(int)
    for r in blank:
        if any(p.key == "number" for p in r.problems):
            continue  # the cell holds something unusable; staff must fix it, not us
        day = (r.values.get("received") or now).strftime("%Y%m%d")
        stem = f"{rules.number_prefix}-{day}-"
        while True:
            counters[stem] += 1
            candidate = f"{stem}{counters[stem]:03d}"
            if candidate not in taken:
                break
        taken.add(candidate)
        numbers[r.row] = candidate
    return numbers


def _evaluate_one(
    r: Record,
    group_size: int | None,
    across: _Across,
    rules: Rules,
    limits: _Limits,
    now: datetime,
    soon: datetime,
) -> Evaluation:
    values = r.values
    received: datetime | None = values.get("received")
    agreed, agreed_problems = _agreed(r, limits) if "agreed_due" in values else (None, ())
    deadlines = _deadlines(values, limits, agreed)
    overdue: list[str] = []
    late: list[str] = []
    due_soon: list[str] = []
    stopped: list[str] = []
    provisional = False
    done_at = done_times(values, limits.callback_max_attempts)
    for clock, d in deadlines.items():
        done = done_at[clock]
        if done is None:
            if now > d.at:
                overdue.append(clock)
            elif d.at <= soon:
                due_soon.append(clock)
        else:
            stopped.append(clock)
            if done > d.at:
                late.append(clock)
        provisional = provisional or d.provisional
    repeat = across.repeats.get(r.row)
    numbers = across.numbers
    earlier = tuple(numbers[i] for i in repeat.earlier if i in numbers) if repeat else ()
    fired = _escalations(r, group_size, repeat, earlier, deadlines, rules, limits, now)
    base = values.get("level")
    level = base if base in LEVELS else "一般"
    if fired:
        level = max([level, *(f.level for f in fired)], key=LEVELS.index)
    notify = _notify(r, fired, limits) if level == "重大" and received else {}
    met = _notify_met(values, notify, across.notified.get(r.row), rules) if notify else {}
    if notify and limits.track_notify:
        if any(role not in met and now > at for role, at in notify.items()):
            overdue.append("notify")
        elif any(role in met and met[role] > at for role, at in notify.items()):
            late.append("notify")
    # Positional: keyword arguments make a NamedTuple of nineteen fields take more than twice
    # as long to build (2.8 against 1.2 µs), and one is built per row.
    return Evaluation(
        r.row,
        numbers.get(r.row),  # number
        _status(values, limits.callback_max_attempts),  # status
        level,
        tuple([f.reason for f in fired]) if fired else (),  # reasons
        deadlines,
        notify,
        tuple(overdue),
        tuple(late),
        tuple(due_soon),
        approval_level(values.get("compensation"), rules),  # approval
        group_size,
        r.problems + agreed_problems if agreed_problems else r.problems,  # problems
        (PROVISIONAL_NOTE,) if provisional else (),  # notes
        repeat.count if repeat else None,  # repeat_count
        earlier,  # repeat_of
        tuple(stopped),  # done
        agreed is not None,  # agreed
        met,  # notify_met
    )


def _agreed(r: Record, limits: _Limits) -> tuple[datetime | None, tuple[Problem, ...]]:
    """The 约定完成时间 the close clock runs to, or a problem when it cannot be used."""
    values = r.values
    agreed, received = values.get("agreed_due"), values.get("received")
    if agreed is None or received is None:
        return None, ()
    if agreed < received:
        message = f"早于受理时间（{_minute(received)}），请填写与业主约定的完成时间"
        return None, (Problem(r.row, "agreed_due", message),)
    latest = limits.agreed_max(received).at
    if agreed > latest:
        message = (
            f"晚于受理后允许约定的最晚时间（{_minute(latest)}），请与业主重新约定不晚于此的时间；"
            "在改正前办结时限按常规计算"
        )
        return None, (Problem(r.row, "agreed_due", message),)
    return agreed, ()


def _deadlines(
    values: RecordValues, limits: _Limits, agreed: datetime | None = None
) -> dict[str, Deadline]:
    received = values.get("received")
    out: dict[str, Deadline] = {}
    if received is not None:
        out["response"] = response = limits.response(received)
        reply = limits.reply.get(values.get("target", ""))
        if reply is not None:
            # The same limit from the same start: the same deadline, already counted.
            out["reply"] = response if reply is limits.response else reply(received)
        if values.get("validity") != "无效":
            out["close"] = Deadline(agreed) if agreed is not None else limits.close(received)
    closed = values.get("closed")
    if closed is not None:
        out["callback"] = limits.callback(closed)
    return out


def done_times(
    values: RecordValues, callback_max_attempts: int | None = None
) -> dict[str, datetime | None]:
    """When each clock stopped: the earliest of its DONE_BY times, each time read once.

    DONE_BY is a chain (what stops the reply clock also stops the response clock), so a
    clock stops at its own step or when the next clock stopped, whichever came first. A
    callback nobody answered (未联系上) stops nothing until the attempts reach
    `callback_max_attempts` (None: never).
    """
    close = values.get("closed")
    reply = _earliest(values.get("replied"), close)
    callback = values.get("callback")
    if callback is not None and not _callback_done(values, callback_max_attempts):
        callback = None
    return {
        "response": _earliest(values.get("responded"), reply),
        "reply": reply,
        "close": close,
        "callback": callback,
    }


def _callback_done(values: RecordValues, max_attempts: int | None) -> bool:
    if values.get("callback_result") != UNREACHED:
        return True
    return max_attempts is not None and values.get("callback_attempts", 1) >= max_attempts


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return a if b is None or (a is not None and a < b) else b


def _status(values: RecordValues, max_attempts: int | None) -> str:
    result = values.get("callback_result")
    if result is not None and result in DISSATISFIED:
        return REOPENED
    if values.get("closed") is not None:
        if values.get("callback") is None:
            return "已办结"
        if result != UNREACHED:
            return "已回访"
        return UNREACHABLE if _callback_done(values, max_attempts) else AWAITING_CALLBACK
    if values.get("replied") is not None:
        return "已答复"
    if values.get("responded") is not None:
        return "处理中"
    return "待响应"


def _notify_met(
    values: RecordValues, notify: dict[str, datetime], notified: object, rules: Rules
) -> dict[str, datetime]:
    """When each role came to know of the 重大 complaint: the time typed in its column, or
    the 重大 notice `complaints run` recorded as reaching it, whichever came first."""
    sent = parse_record(notified).get(MAJOR_LABEL)
    met: dict[str, datetime] = {}
    for role in notify:
        times: list[datetime] = []
        column = INFORMED_BY.get(role)
        typed = values.get(column) if column else None
        if isinstance(typed, datetime):
            times.append(typed)
        told = role in rules.notifications.roles_for("major")  # the 重大 notice goes to it
        if sent is not None and told and rules.roles.get(role, role) not in sent.pending:
            times.append(sent.at)
        if times:
            met[role] = min(times)
    return met


def _escalations(
    r: Record,
    group_size: int | None,
    repeat: Repeat | None,
    earlier: tuple[str, ...],
    deadlines: dict[str, Deadline],
    rules: Rules,
    limits: _Limits,
    now: datetime,
) -> list[_Fired]:
    """Every escalation rule that holds, in the order rules.yaml lists them."""
    values = r.values
    received: datetime | None = values.get("received")
    is_open = values.get("closed") is None
    imp, maj = rules.important, rules.major
    fired: list[_Fired] = []
    typed = values.get("complaint_count")
    if repeat is not None and repeat.count > (typed or 0) and imp.repeat_window is not None:
        if (n := _at_least(repeat.count, imp.complaint_count)) is not None:
            before = f"（此前：{'、'.join(earlier)}）" if earlier else ""
            fired.append(
                _Fired(
                    "重要",
                    f"重复投诉：{format_limit(imp.repeat_window)}内同一客户就同一类别或事项投诉 "
                    f"{n} 次{before}，达到 {imp.complaint_count} 次 → 重要",
                    received,
                )
            )
    elif (n := _at_least(typed, imp.complaint_count)) is not None:
        fired.append(
            _Fired("重要", f"投诉次数 {n} 次，达到 {imp.complaint_count} 次 → 重要", received)
        )
    if (n := _at_least(values.get("contact_count"), imp.communication_count)) is not None:
        fired.append(
            _Fired("重要", f"沟通 {n} 轮，达到 {imp.communication_count} 轮 → 重要", received)
        )
    result = values.get("callback_result")
    if result in DISSATISFIED:
        what = "回访不满意" if result == "不满意" else "投诉人不接受处理方案"
        fired.append(_Fired("重要", f"{what}，待重新处理 → 重要", values.get("callback")))
    if maj.households is not None and group_size is not None and group_size >= maj.households:
        fired.append(
            _Fired("重大", f"同类户数 {group_size} 户，达到 {maj.households} 户 → 重大", received)
        )
    amount = _at_least(values.get("claim"), maj.claim_amount)
    if amount is not None and maj.claim_amount is not None:
        fired.append(
            _Fired(
                "重大",
                f"索赔 {_yuan(amount)} 元，达到 {_yuan(maj.claim_amount)} 元 → 重大",
                received,
            )
        )
    if maj.safety_hazard and values.get("safety") is True:
        fired.append(_Fired("重大", "存在安全隐患 → 重大", received))
    if maj.media_or_government and values.get("media") is True:
        fired.append(_Fired("重大", "媒体或政府关注 → 重大", received))
    close = deadlines.get("close")
    if (
        maj.open_past_close_limit is not None
        and values.get("target") in maj.open_past_close_limit
        and is_open
        and close is not None
        and values.get("validity") == "有效"
        and now > close.at
    ):
        what = "约定完成时间" if values.get("agreed_due") == close.at else "办结时限"
        fired.append(
            _Fired("重大", f"有效投诉超过{what} {_minute(close.at)} 仍未办结 → 重大", close.at)
        )
    open_for = limits.important_open_for
    if (
        open_for is not None
        and maj.important_open_for is not None  # open_for counts it
        and is_open
        and received is not None
        and (values.get("level") in ("重要", "重大") or any(f.level == "重要" for f in fired))
    ):
        since = open_for(received).at
        if now > since:
            fired.append(
                _Fired(
                    "重大",
                    f"重要投诉处理超过 {format_limit(maj.important_open_for)} 仍未办结 → 重大",
                    since,
                )
            )
    return fired


def _at_least(value: float | None, threshold: float | None) -> float | None:
    return value if threshold is not None and value is not None and value >= threshold else None


def _notify(r: Record, fired: list[_Fired], limits: _Limits) -> dict[str, datetime]:
    """Who must hear of a major complaint, and by when: counted from the moment it became major."""
    received = r.values["received"]  # only a received complaint is evaluated for 重大
    moments = [f.since or received for f in fired if f.level == "重大"]
    if r.get("level") == "重大" or not moments:
        moments.append(received)
    since = min(moments)
    return {role: count(since).at for role, count in limits.notify.items()}


def approval_level(amount: object, rules: Rules) -> str | None:
    """审批层级 by 赔付金额 (001 §3, §4.1: the compensation proposed, not the claim): the first
    band the amount is below; None without an amount."""
    if not isinstance(amount, int | float) or amount <= 0:
        return None
    for band in rules.approval:
        if band.below is None or amount < band.below:
            return band.level
    return rules.approval[-1].level


def _yuan(amount: float) -> str:
    return f"{amount:,.0f}"


def _minute(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def problem_text(problems: Iterable[Problem]) -> str:
    return "；".join(f"「{BY_KEY[p.key].header}」{p.message}" for p in problems)
