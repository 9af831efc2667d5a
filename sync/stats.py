"""Monthly statistics from the publication export, with small cells suppressed. Pure.

A breakdown cell with fewer than k complaints shows as "<k". When only one cell of a
breakdown is suppressed, the next smallest is suppressed too, so the hidden count cannot
be worked out from the month's total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
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


@dataclass(frozen=True)
class Cell:
    label: str
    count: int
    shown: str  # the count, or "<k" when suppressed


@dataclass(frozen=True)
class Rate:
    label: str
    on_time: int
    due: int
    shown: str  # "92%" or a note that there are too few to say


@dataclass(frozen=True)
class MonthStats:
    month: str
    total: int
    breakdowns: dict[str, list[Cell]]
    rates: list[Rate]
    average_hours: str
    longest_hours: str
    satisfaction: list[Cell]
    satisfaction_rate: str
    major: list[dict[str, Any]]


def suppress(counts: Counter, k: int) -> list[Cell]:
    """Cells in descending order; those under k (and one more if needed) shown as "<k"."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    hidden = {label for label, n in items if n < k}
    if len(hidden) == 1 and len(items) > 1:
        rest = [(n, label) for label, n in items if label not in hidden]
        hidden.add(min(rest)[1])
    return [Cell(label, n, f"<{k}" if label in hidden else str(n)) for label, n in items]


def _percent(part: int, whole: int, k: int) -> str:
    if whole < k:
        return f"不足 {k} 宗，不统计"
    return f"{round(100 * part / whole)}%"


def month_stats(complaints: Sequence[dict[str, Any]], month: str, k: int) -> MonthStats:
    rows = [c for c in complaints if c["month"] == month]
    breakdowns = {title: suppress(Counter(c[key] for c in rows), k) for key, title in BREAKDOWNS}
    rates = []
    for clock, title in RATE_CLOCKS:
        due = [c["clocks"][clock] for c in rows if c["clocks"].get(clock) not in (None, "open")]
        on_time = due.count("on_time")
        rates.append(Rate(title, on_time, len(due), _percent(on_time, len(due), k)))
    hours = [c["handling_hours"] for c in rows if c["handling_hours"] is not None]
    enough = len(hours) >= k
    results = Counter(c["callback_result"] for c in rows if c["callback_result"])
    reached = sum(n for r, n in results.items() if r != "未联系上")
    satisfied = sum(results[r] for r in SATISFIED)
    return MonthStats(
        month=month,
        total=len(rows),
        breakdowns=breakdowns,
        rates=rates,
        average_hours=f"{sum(hours) / len(hours):.1f} 小时" if enough else f"不足 {k} 宗，不统计",
        longest_hours=f"{max(hours):.1f} 小时" if enough else f"不足 {k} 宗，不统计",
        satisfaction=suppress(results, k),
        satisfaction_rate=_percent(satisfied, reached, k),
        major=[c for c in rows if c["level"] == "重大"],
    )


def months_of(complaints: Sequence[dict[str, Any]]) -> list[str]:
    """Months with complaints, newest first."""
    return sorted({c["month"] for c in complaints}, reverse=True)


def last_months(latest: str, n: int = 12) -> list[str]:
    """The n months ending with `latest` (YYYY-MM), oldest first."""
    year, month = map(int, latest.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def trend(complaints: Sequence[dict[str, Any]], months: Sequence[str], k: int) -> dict[str, list]:
    """Per month: complaints, reply on-time rate and satisfaction (None where too few)."""
    totals, reply, satisfied = [], [], []
    for month in months:
        rows = [c for c in complaints if c["month"] == month]
        totals.append(len(rows))
        due = [c["clocks"]["reply"] for c in rows if c["clocks"].get("reply") not in (None, "open")]
        reply.append(round(100 * due.count("on_time") / len(due)) if len(due) >= k else None)
        reached = [
            c["callback_result"] for c in rows if c["callback_result"] not in (None, "未联系上")
        ]
        good = sum(1 for r in reached if r in SATISFIED)
        satisfied.append(round(100 * good / len(reached)) if len(reached) >= k else None)
    return {"months": list(months), "totals": totals, "reply": reply, "satisfied": satisfied}
