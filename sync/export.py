"""The publication export: everything the public site may show, and nothing else.

`build_export` is pure. It copies an allow-list of fields from each complaint, runs every
free text through `anonymize`, generalizes areas, and keeps what the statistics need. The
register's personal values (`personal_values`) go to a separate private file for the build
gate; `write_export` is the shell that writes both.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from .anonymize import anonymize, found_personal
from .evaluate import DONE_BY
from .model import CLOCK_NAMES, CLOCKS, Evaluation, Record
from .publishing import Publishing
from .rules import Rules, format_limit

EXPORT_VERSION = 1
# Register columns that name or locate a person; their values feed the build gate.
PERSONAL_KEYS = ("complainant", "unit", "phone", "receiver", "follower", "responsible")
# Free texts scanned for further personal details (phones, IDs, plates, honorific names).
TEXT_KEYS = ("content", "measures", "result", "precautions", "remarks", "matter", "area")
_BUILDING = re.compile(r"^\s*(.*?(?:栋|幢|座|号楼|区))")


def personal_values(records: Sequence[Record]) -> list[str]:
    """Every name, unit, phone and ID number in the register, for anonymizing and the gate."""
    found: set[str] = set()
    for record in records:
        for key in PERSONAL_KEYS:
            value = record.get(key)
            if value not in (None, ""):
                found.add(str(value).strip())
        for key in TEXT_KEYS:
            found.update(found_personal(str(record.get(key) or "")))
    return sorted(v for v in found if len(v) >= 2)


def generalize_area(area: str | None, project: str | None, pub: Publishing) -> str:
    """The published area: mapped per rules.yaml, else the building (3栋2单元 -> 3栋), never a unit."""
    area = (area or "").strip()
    if area in pub.area_map:
        return pub.area_map[area]
    if pub.area_level == "项目" or not area:
        return (project or "").strip() or "本小区"
    building = _BUILDING.match(area)
    if building:
        return anonymize(building.group(1)).split("〔")[0].strip() or "本小区"
    return anonymize(area).split("〔")[0].strip() or "本小区"


def clock_outcomes(record: Record, evaluation: Evaluation) -> dict[str, str]:
    """Per clock with a deadline: on_time, late (done after it), overdue (open past it) or open."""
    outcomes = {}
    for clock in CLOCKS:
        if clock not in evaluation.deadlines:
            continue
        if clock in evaluation.late:
            outcomes[clock] = "late"
        elif clock in evaluation.overdue:
            outcomes[clock] = "overdue"
        elif any(record.get(key) is not None for key in DONE_BY[clock]):
            outcomes[clock] = "on_time"
        else:
            outcomes[clock] = "open"
    return outcomes


def _publishes(record: Record, pub: Publishing) -> bool:
    if pub.closed_only and record.get("closed") is None:
        return False
    flag = record.get("publish")
    if flag is None or flag == "":
        return pub.public_default
    return flag is True or flag == "是"


def _limits(record: Record, rules: Rules, outcomes: dict[str, str]) -> list[dict[str, Any]]:
    """The time limits that applied to this complaint, in words, and whether each was met."""
    limits = {
        "response": rules.response,
        "reply": rules.reply.get(str(record.get("target"))),
        "close": rules.close,
        "callback": rules.callback,
    }
    return [
        {
            "clock": CLOCK_NAMES[clock],
            "limit": format_limit(limits[clock]) if limits[clock] else "",
            "met": outcomes[clock] == "on_time",
        }
        for clock in CLOCKS
        if clock in outcomes and outcomes[clock] != "open"
    ]


def _notice(record, evaluation, rules, pub, area, outcomes, known) -> dict[str, Any]:
    def text(key: str) -> str:
        return anonymize(str(record.get(key) or ""), known).strip()

    callback = record.get("callback")
    return {
        "number": evaluation.number or "",
        "received": record.get("received").date().isoformat(),
        "closed": record.get("closed").date().isoformat() if record.get("closed") else None,
        "area": area,
        "category": record.get("category") or "其他",
        "target": record.get("target") or "",
        "matter": text("content"),
        "measures": text("measures"),
        "result": text("result"),
        "callback": {
            "date": callback.date().isoformat() if callback else None,
            "result": record.get("callback_result"),
        },
        "precautions": text("precautions"),
        "limits": _limits(record, rules, outcomes),
        "roles": dict(pub.staff_roles),
        "department": text("department"),
    }


def build_export(
    records: Sequence[Record], evaluations: Sequence[Evaluation], rules: Rules, now: datetime
) -> dict[str, Any]:
    """The anonymized publication export (plain JSON-ready data) for the site build."""
    pub = rules.publishing
    known = personal_values(records)
    complaints = []
    for record, evaluation in zip(records, evaluations, strict=True):
        received = record.get("received")
        if not isinstance(received, datetime):
            continue
        area = generalize_area(record.get("area"), record.get("project"), pub)
        outcomes = clock_outcomes(record, evaluation)
        closed = record.get("closed")
        hours = (closed - received).total_seconds() / 3600 if isinstance(closed, datetime) else None
        published = _publishes(record, pub)
        complaints.append(
            {
                "month": received.strftime("%Y-%m"),
                "received": received.date().isoformat(),
                "channel": record.get("channel") or "其他",
                "target": record.get("target") or "未分类",
                "category": record.get("category") or "未分类",
                "level": evaluation.level,
                "status": evaluation.status,
                "area": area,
                "clocks": outcomes,
                "handling_hours": round(hours, 1) if hours is not None and hours >= 0 else None,
                "callback_result": record.get("callback_result"),
                "reasons": [anonymize(r, known) for r in evaluation.reasons],
                "notice": (
                    _notice(record, evaluation, rules, pub, area, outcomes, known)
                    if published
                    else None
                ),
            }
        )
    complaints.sort(key=lambda c: c["received"], reverse=True)
    return {
        "version": EXPORT_VERSION,
        "generated": now.isoformat(timespec="minutes"),
        "title": pub.title,
        "min_cell": pub.min_cell,
        "complaints": complaints,
    }


def _write_private(path: Path, text: str, mode: int) -> None:
    """Write beside the target and replace it, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def write_export(export: dict[str, Any], personal: list[str], rules: Rules, root: Path) -> Path:
    """Write the export JSON and, separately and readable by the owner only, the personal
    values for the build gate. Returns the export's path."""
    pub = rules.publishing
    export_path = Path(root) / pub.export
    personal_path = Path(root) / pub.personal
    _write_private(export_path, json.dumps(export, ensure_ascii=False, indent=1), 0o644)
    personal_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _write_private(personal_path, json.dumps(personal, ensure_ascii=False), 0o600)
    return export_path
