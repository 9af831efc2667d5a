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
    """By row, for each complaint with an earlier one in its window; none when `window` is off.

    Rows are grouped once by customer; only a customer with two or more complaints is then
    grouped by topic and swept in order of receipt.
    """
    if window is None:
        return {}
    first: dict[object, Record] = {}  # each customer's first complaint: most have one
    shared: dict[object, list[Record]] = {}  # customers with two or more
    for r in records:  # inline: one pass over every row of the register
        values = r.values
        if "received" not in values:
            continue
        phone = values.get("phone")
        if phone:
            for number in phone.split("、") if "、" in phone else (phone,):
                if (other := first.setdefault(number, r)) is not r:
                    shared.setdefault(number, [other]).append(r)
        unit = values.get("unit")
        if unit:  # a unit within its project: the same 房号 elsewhere is someone else
            key = (values.get("project", ""), "".join(unit.split()).upper())
            if (other := first.setdefault(key, r)) is not r:
                shared.setdefault(key, [other]).append(r)
    earlier: dict[int, set[tuple[datetime, int]]] = {}
    for complaints in shared.values():
        by_topic: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
        for r in {r.row: r for r in complaints}.values():  # a number typed twice is one
            for topic in _topics(r.values):
                by_topic[topic].append((r.values["received"], r.row))
        for members in by_topic.values():
            if len(members) > 1:
                _sweep(members, window, earlier)
    return {
        row: Repeat(len(before) + 1, tuple(r for _, r in sorted(before)))
        for row, before in earlier.items()
    }


def _sweep(
    members: list[tuple[datetime, int]],
    window: Callable[[datetime], Deadline],
    earlier: dict[int, set[tuple[datetime, int]]],
) -> None:
    """Add to each member the members received before it whose window it falls in."""
    members.sort()
    ends = [window(at).at for at, _ in members]
    first = 0
    for i, (at, row) in enumerate(members):
        while ends[first] < at:
            first += 1
        if first < i:
            earlier.setdefault(row, set()).update(members[first:i])


def _topics(values: RecordValues) -> list[str]:
    topics = []
    if category := values.get("category"):
        topics.append(f"类别:{category}")
    if matter := values.get("matter"):
        topics.append(f"事项:{''.join(matter.split()).upper()}")
    return topics
