"""The demo's showcase of the procedure's tracked steps (issue 17): a repeat complainant, a
dissatisfied and a rejected callback, unanswered callbacks with their attempts, 重大 complaints
reported in time and one reported late, a date agreed with the owner, and compensations under
the claims. Each changes rows the demo already planned, so the register keeps its size.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Protocol


class _Row(Protocol):
    values: dict[str, object]
    group: bool

    @property
    def received(self) -> datetime: ...


SHOWCASE_REMARK = "业主再次来电，反映同一问题仍未解决。"
REDONE_REMARK = "首次回访不满意，重新处理后再次回访。"
AGREED_REASON = "需等待厂家配件到货，已与业主约定完成时间。"


def showcase(rng: random.Random, now: datetime, rows: Sequence[_Row]) -> set[int]:
    """Stage each case on suitable rows; the indexes changed, so later steps leave them be."""
    used: set[int] = set()
    _informed(rng, now, rows)
    _redone(now, rows)
    _attempts(now, rows)
    _compensations(rng, rows)

    def pick(wanted: Callable[[_Row], bool], newest_first: bool = False) -> int | None:
        order = range(len(rows) - 1, -1, -1) if newest_first else range(len(rows))
        found = next((i for i in order if i not in used and wanted(rows[i])), None)
        if found is not None:
            used.add(found)
        return found

    # A repeat complainant: the same owner complains again about the same kind of problem.
    later = pick(
        lambda r: not r.group and _age(now, r) < timedelta(days=40) and _valid(r), newest_first=True
    )
    if later is not None:
        again = rows[later]
        first = pick(lambda r: _is_first_of(r, again))
        if first is not None:
            content = str(again.values["content"])
            for key in ("project", "area", "unit", "complainant", "phone"):
                old, new = again.values[key], rows[first].values[key]
                if isinstance(old, str) and isinstance(new, str) and key != "project":
                    content = content.replace(old, new)
                again.values[key] = new
            again.values["content"] = content
            again.values["complaint_count"] = 1  # staff did not notice: the sync does
            again.values["remarks"] = SHOWCASE_REMARK
    # A callback the owner was not satisfied with, and a compensation the owner rejected.
    if (i := pick(lambda r: _called_back(r) and not r.group)) is not None:
        rows[i].values["callback_result"] = "不满意"
    if (
        i := pick(lambda r: _called_back(r) and isinstance(r.values.get("claim"), int))
    ) is not None:
        rows[i].values["callback_result"] = "不接受处理"
    # An unanswered callback still within its limit: 待回访.
    if (i := pick(lambda r: _called_back(r) and _age(now, r) < timedelta(days=20))) is not None:
        rows[i].values.update(callback_result="未联系上", callback_attempts=1)
    # A 重大 complaint reported late to both roles.
    reported = pick(
        lambda r: r.values.get("safety") == "是" and not r.group and _age(now, r).days > 1
    )
    if (i := reported) is not None:
        received = rows[i].received
        rows[i].values["head_informed"] = received + timedelta(minutes=rng.randint(35, 55))
        rows[i].values["quality_informed"] = received + timedelta(hours=rng.randint(3, 5))
    # A date agreed with the owner for a repair that waits for parts.
    if (i := pick(_agreeable, newest_first=True)) is not None:
        day = (rows[i].received + timedelta(days=45)).date()
        rows[i].values["agreed_due"] = datetime.combine(day, time(18, 0))
        rows[i].values["agreed_reason"] = AGREED_REASON
    # A large claim, a small compensation: 重大 by the claim, approved by the project.
    if (i := pick(lambda r: _claim(r) >= 20000)) is not None:
        rows[i].values["compensation"] = 3000
    return used


def _informed(rng: random.Random, now: datetime, rows: Sequence[_Row]) -> None:
    """Most 重大 complaints were reported in time: the head within minutes, quality within
    the hour (a time still ahead of `now` is not typed yet)."""
    for row in rows:
        values = row.values
        major = (
            values.get("safety") == "是"
            or values.get("media") == "是"
            or values.get("level") == "重大"
            or _claim(row) >= 20000
            or row.group
        )
        if major:
            head = row.received + timedelta(minutes=rng.randint(3, 12))
            quality = row.received + timedelta(minutes=rng.randint(20, 55))
            values["head_informed"] = head if head <= now else None
            values["quality_informed"] = quality if quality <= now else None


def _redone(now: datetime, rows: Sequence[_Row]) -> None:
    """Older dissatisfied owners were helped again and called back a second time."""
    for row in rows:
        if row.values.get("callback_result") == "不满意" and _age(now, row) > timedelta(days=30):
            row.values["callback_result"] = "基本满意"
            row.values["remarks"] = REDONE_REMARK


def _attempts(now: datetime, rows: Sequence[_Row]) -> None:
    """Unanswered callbacks were tried again: older ones reached the last attempt."""
    for row in rows:
        if row.values.get("callback_result") == "未联系上":
            row.values["callback_attempts"] = 3 if _age(now, row) > timedelta(days=30) else 2


def _compensations(rng: random.Random, rows: Sequence[_Row]) -> None:
    """Closed claims settled on a compensation, mostly below the claim."""
    for row in rows:
        claim = _claim(row)
        if claim and row.values.get("closed"):
            share = rng.choice((0.2, 0.3, 0.5, 0.8, 1.0))
            row.values["compensation"] = int(round(claim * share, -2))


def _claim(row: _Row) -> int:
    claim = row.values.get("claim")
    return claim if isinstance(claim, int) else 0


def _age(now: datetime, row: _Row) -> timedelta:
    return now - row.received


def _valid(row: _Row) -> bool:
    return row.values.get("validity") == "有效"


def _called_back(row: _Row) -> bool:
    return row.values.get("callback_result") in ("满意", "基本满意")


def _is_first_of(row: _Row, again: _Row) -> bool:
    gap = again.received - row.received
    return (
        not row.group
        and row.values.get("category") == again.values.get("category")
        and timedelta(days=10) < gap < timedelta(days=80)
    )


def _agreeable(row: _Row) -> bool:
    values = row.values
    return (
        not row.group
        and values.get("target") == "管理处"
        and _valid(row)
        and "closed" not in values
        and values.get("safety") != "是"
    )
