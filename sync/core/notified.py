"""The 通知记录 cell: what `complaints run` sent, one entry per event, e.g. "重大 2026-11-22
10:03；答复超期 2026-11-23 09:00". An entry may end in "（未送达：品质部）": those roles have
not heard of it yet. The notifier writes it; the evaluation reads it to tell whether a 重大
complaint reached each role in time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

_ENTRY = re.compile(
    r"^(?P<label>\S+) (?P<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2})(?:（未送达：(?P<pending>[^）]*)）)?$"
)
FORMAT = "%Y-%m-%d %H:%M"
MAJOR_LABEL = "重大"  # the entry of the 重大 notice


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
            at = datetime.strptime(match["at"], FORMAT)
            entries[match["label"]] = Sent(match["label"], at, pending)
    return entries


def format_record(entries: Iterable[Sent]) -> str:
    parts = []
    for e in entries:
        pending = f"（未送达：{'、'.join(e.pending)}）" if e.pending else ""
        parts.append(f"{e.label} {e.at:{FORMAT}}{pending}")
    return "；".join(parts)
