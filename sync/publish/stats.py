"""Monthly statistics from the publication export, with small cells suppressed. Pure.

Every count under k shows as "<k". A month with fewer than k complaints shows only that, no
breakdown. Within a breakdown, suppressed cells must not be recoverable from the month's
total: while the cells shown, the total and what the published notices already show pin a
suppressed count, the next smallest cell is suppressed too (see `suppress`); a breakdown
that gives a count away even with every cell suppressed is not published (`breakdown`).

Complaints that are not published (公开=否, or not closed) count in these aggregates only:
nothing here lists them one by one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

BREAKDOWNS = (
    ("category", "投诉类别"),
    ("target", "投诉对象"),
    ("level", "等级"),
    ("channel", "渠道"),
)
RATE_CLOCKS = (("response", "响应"), ("reply", "答复"), ("callback", "回访"))
SATISFIED = ("满意", "基本满意")
UNREACHED = "未联系上"
MAJOR = "重大"


@dataclass(frozen=True)
class Cell:
    label: str
    count: int
    shown: str  # the count, or "<k" when suppressed


@dataclass(frozen=True)
class Rate:
    label: str
    percent: int | None  # None when there are too few to say
    shown: str  # "18 / 20 = 90%", "90%" (a part under k), or why it is not given


@dataclass(frozen=True)
class MonthStats:
    month: str
    total: int
    total_shown: str  # the total, or "<k"
    # Empty when the month has fewer than k complaints; None for a breakdown not published.
    breakdowns: dict[str, list[Cell] | None]
    rates: dict[str, Rate]  # by clock
    average_hours: str
    satisfaction: list[Cell] | None  # None: not published (or under k complaints)
    satisfaction_rate: Rate
    major: list[dict[str, Any]]  # published complaints only


# What a cell hidden only so that a small one cannot be worked out from the total shows.
SECONDARY = "隐去"


def shown_count(n: int, k: int) -> str:
    """A count as published: "<k" under k (zero is shown: it identifies nobody)."""
    return f"<{k}" if 0 < n < k else str(n)


def suppress(
    counts: Mapping[str, int], k: int, floors: Mapping[str, int] | None = None
) -> list[Cell]:
    """Cells in descending order, those under k shown as "<k"; then the smallest shown cell
    is suppressed too, and the next, while the suppressed cells' sum (the total less the
    cells shown) still pins a small one. `floors`: per label, how many the published
    notices already show (a reader's lower bound)."""
    floors = floors or {}
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    small = {label for label, n in items if n < k}
    hidden = set(small)
    shown = [label for label, _ in reversed(items) if label not in hidden]  # smallest first
    while small and shown and _pinned(counts, hidden, small, k, floors, counts[shown[0]]):
        hidden.add(shown.pop(0))
    # A cell hidden to protect a small one is no small count: it says 隐去, never "<k". Hidden
    # cells follow the shown ones by name, so their order tells nothing of their size.
    ordered = [item for item in items if item[0] not in hidden]
    ordered += sorted(item for item in items if item[0] in hidden - small)
    ordered += sorted(item for item in items if item[0] in small)
    return [
        Cell(label, n, SECONDARY if label in hidden - small else shown_count(n, k))
        for label, n in ordered
    ]


def breakdown(
    counts: Mapping[str, int], k: int, floors: Mapping[str, int] | None = None
) -> list[Cell] | None:
    """`suppress`ed cells, or None when even with every cell suppressed the total gives a
    small count away (4 as 2 + 2): such a breakdown is not published."""
    floors = floors or {}
    cells = suppress(counts, k, floors)
    small = {c.label for c in cells if c.count < k}
    everything_hidden = all(c.shown != str(c.count) for c in cells)
    if small and everything_hidden and _pinned(counts, set(counts), small, k, floors, None):
        return None
    return cells


def _pinned(
    counts: Mapping[str, int],
    hidden: set[str],
    small: set[str],
    k: int,
    floors: Mapping[str, int],
    smallest_shown: int | None,
) -> bool:
    """Whether a reader could work out a small suppressed count, beyond what the notices show,
    from the suppressed cells' sum. The reader is assumed to know the method: a small cell
    lies in 1..k-1; a cell suppressed to protect it is at least k and at most the smallest
    cell still shown (it was the next smallest), or the sum when none is shown."""
    total = sum(counts[h] for h in hidden)
    cap = total if smallest_shown is None else smallest_shown
    bounds = {h: (max(1, floors.get(h, 0)), k - 1) if h in small else (k, cap) for h in hidden}
    least_sum = sum(lo for lo, _ in bounds.values())
    most_sum = sum(hi for _, hi in bounds.values())
    for h in small:
        lo, hi = bounds[h]
        least = max(lo, total - (most_sum - hi))
        most = min(hi, total - (least_sum - lo))
        if least == most > floors.get(h, 0):
            return True
    return False


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole)


def _clock_rate(label: str, outcomes: list[str], k: int) -> Rate:
    """An on-time rate, given only on a base of k or more; its counts only when neither
    the on-time nor the late part is a small count."""
    due, on_time = len(outcomes), outcomes.count("on_time")
    if due < k:
        return Rate(label, None, f"不足 {k} 宗，不统计")
    percent = _percent(on_time, due)
    if all(n == 0 or n >= k for n in (on_time, due - on_time)):
        return Rate(label, percent, f"{on_time} / {due} = {percent}%")
    return Rate(label, percent, f"{percent}%")


def _satisfaction_rate(results: Counter, cells: list[Cell] | None, k: int) -> Rate:
    """满意率 over those reached. With any of its cells suppressed it is not given: the rate
    and the cells shown would give the suppressed count back."""
    rated = {label: n for label, n in results.items() if label != UNREACHED}
    reached = sum(rated.values())
    if reached < k:
        return Rate("满意率", None, f"不足 {k} 宗，不统计")
    if cells is None or any(c.shown != str(c.count) for c in cells if c.label in rated):
        return Rate("满意率", None, f"有分项少于 {k} 宗，不统计")
    percent = _percent(sum(rated.get(label, 0) for label in SATISFIED), reached)
    return Rate("满意率", percent, f"{percent}%")


def _floors(published: list[dict[str, Any]], key: str) -> Counter:
    """What the published notices show of `key`: each notice its category, target and
    callback result; the major list its 重大 complaints (no other level, no channel)."""
    if key in ("category", "target", "callback_result"):
        return Counter(c[key] for c in published)
    if key == "level":
        return Counter(c[key] for c in published if c[key] == MAJOR)
    return Counter()


def month_stats(rows: Sequence[dict[str, Any]], month: str, k: int) -> MonthStats:
    """One month's statistics from its complaints (every complaint of that month)."""
    published = [c for c in rows if c["notice"]]
    total = len(rows)
    enough = total >= k
    breakdowns = {
        title: breakdown(Counter(c[key] for c in rows), k, _floors(published, key))
        for key, title in BREAKDOWNS
        if enough
    }
    rates = {
        clock: _clock_rate(
            title,
            [c["clocks"][clock] for c in rows if c["clocks"].get(clock) not in (None, "open")],
            k,
        )
        for clock, title in RATE_CLOCKS
    }
    hours = [c["handling_hours"] for c in rows if c["handling_hours"] is not None]
    results = Counter(c["callback_result"] for c in rows if c["callback_result"])
    satisfaction = breakdown(results, k, _floors(published, "callback_result")) if enough else None
    return MonthStats(
        month=month,
        total=total,
        total_shown=shown_count(total, k),
        breakdowns=breakdowns,
        rates=rates,
        average_hours=(
            f"{sum(hours) / len(hours):.1f} 小时" if len(hours) >= k else f"不足 {k} 宗，不统计"
        ),
        satisfaction=satisfaction,
        satisfaction_rate=_satisfaction_rate(results, satisfaction, k),
        major=[c for c in published if c["level"] == MAJOR],
    )


def monthly(complaints: Sequence[dict[str, Any]], k: int) -> dict[str, MonthStats]:
    """Every month with complaints, newest first."""
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in complaints:
        by_month[c["month"]].append(c)
    return {m: month_stats(by_month[m], m, k) for m in sorted(by_month, reverse=True)}


def last_months(latest: str, n: int = 12) -> list[str]:
    """The n months ending with `latest` (YYYY-MM), oldest first."""
    year, month = map(int, latest.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


@dataclass(frozen=True)
class TrendMonth:
    month: str
    total: int | None  # None when suppressed
    total_shown: str
    reply: int | None  # percent, None where not given
    satisfied: int | None


def trend(stats: Mapping[str, MonthStats], months: Sequence[str]) -> list[TrendMonth]:
    """The months' totals and rates exactly as their month pages give them."""
    out = []
    for month in months:
        s = stats.get(month)
        if s is None:
            out.append(TrendMonth(month, 0, "0", None, None))
            continue
        suppressed = s.total_shown != str(s.total)
        out.append(
            TrendMonth(
                month,
                None if suppressed else s.total,
                s.total_shown,
                s.rates["reply"].percent,
                s.satisfaction_rate.percent,
            )
        )
    return out
