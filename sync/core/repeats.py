"""重复投诉: the same customer complaining again about the same thing (001 §2.1: the same
customer complaining about the same service two or more times makes a complaint 重要).

A customer is a phone number (each of a cell's numbers) or a unit (房号 within its 项目); a
topic is a 投诉类别 or a 关联事项. Two complaints repeat each other when they share a customer
and a topic and the later was received within the window of the earlier. The rows are
grouped once by (customer, topic); each group is swept once in order of receipt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .model import Deadline, Record, RecordValues


@dataclass(frozen=True)
class Repeat:
    count: int  # the complaints in the window, this one included
    earlier: tuple[int, ...]  # rows of the earlier ones, oldest first


def repeats(
    records: list[Record], window: Callable[[datetime], Deadline] | None
) -> dict[int, Repeat]:
    """By row, for each complaint with an earlier one in its window; none when `window` is off."""
    if window is None:
        return {}
    groups: dict[tuple[str, str], list[tuple[datetime, int]]] = defaultdict(list)
    for r in records:
        values = r.values
        received = values.get("received")
        if received is None:
            continue
        topics = _topics(values)
        if not topics:
            continue
        for customer in _customers(values):
            for topic in topics:
                groups[customer, topic].append((received, r.row))
    earlier: dict[int, set[tuple[datetime, int]]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        ends = [window(at).at for at, _ in members]
        first = 0
        for i, (at, row) in enumerate(members):
            while ends[first] < at:
                first += 1
            if first < i:
                earlier.setdefault(row, set()).update(members[first:i])
    return {
        row: Repeat(len(before) + 1, tuple(r for _, r in sorted(before)))
        for row, before in earlier.items()
    }


def _topics(values: RecordValues) -> list[str]:
    topics = []
    if category := values.get("category"):
        topics.append(f"类别:{category}")
    if matter := values.get("matter"):
        topics.append(f"事项:{''.join(matter.split()).upper()}")
    return topics


def _customers(values: RecordValues) -> list[str]:
    customers = [f"电话:{p}" for p in values.get("phone", "").split("、") if p]
    if unit := values.get("unit"):
        project = "".join(values.get("project", "").split())
        customers.append(f"房号:{project}|{''.join(unit.split()).upper()}")
    return list(dict.fromkeys(customers))  # a number typed twice is one customer
