"""Write-back planning: what the computed cells, their fills and notes should hold, and the
smallest change set that gets the register there. Pure; the backends apply the result."""

from __future__ import annotations

from datetime import datetime

from .evaluate import LEVELS, STATUSES, problem_text
from .gcpause import without_gc_pauses
from .model import CLOCK_NAMES, Evaluation, Record
from .rules import Rules
from .schema import BY_KEY, COMPUTED_COLUMNS
from .table import EMPTY, KEEP, CellValue, CellWrite, ChangeSet, RawCell, Row, Table

# Notes the sync writes start with one of these; any other note is a person's and is kept.
PROBLEM_MARK = "【校验】"
DEADLINE_MARK = "【时限说明】"
# Written only by `complaints run` (notify.py); a plain sync keeps it untouched.
NOTIFIED_KEY = "notified"

_DEADLINE_COLUMNS = {
    "response": "response_due",
    "reply": "reply_due",
    "close": "close_due",
    "callback": "callback_due",
}


# A computed cell as it should stand: (value, fill, note). Plain tuples: a register has
# a dozen computed cells per row, and the plan compares them all.
_Cell = tuple[CellValue, str | None, str | None]
_NOTHING: _Cell = (None, None, None)
_COMPUTED_KEYS = tuple(c.key for c in COMPUTED_COLUMNS)
_SYNC_KEYS = tuple(key for key in _COMPUTED_KEYS if key != NOTIFIED_KEY)
_NEW_KEYS = ("number", *_COMPUTED_KEYS)


@without_gc_pauses
def plan(
    table: Table,
    records: list[Record],
    evaluations: list[Evaluation],
    rules: Rules,
    notified: dict[int, str] | None = None,
) -> ChangeSet:
    """`notified` (row -> 通知记录 text) comes from a run that sent notifications; the sync
    alone never knows what was sent, so without it the 通知记录 cells are kept as they are."""
    notified = notified or {}
    by_row = {e.row: (r, e) for r, e in zip(records, evaluations, strict=True)}
    # A register kept without 编号 gets the column (numbered below) before the computed ones.
    new_columns = tuple(key for key in _NEW_KEYS if key not in table.columns)
    numbered = "number" in table.columns
    writes: list[CellWrite] = []
    for row in table.rows:
        index, cells = row.index, row.cells
        pair = by_row.get(index)
        desired = computed_cells(pair[1], rules) if pair else {}
        keys = _SYNC_KEYS
        if index in notified:
            desired[NOTIFIED_KEY] = (notified[index] or None, None, None)
            keys = _COMPUTED_KEYS
        for key in keys:
            write = _diff(index, key, cells.get(key, EMPTY), desired.get(key, _NOTHING))
            if write is not None:
                writes.append(write)
        if pair:
            writes.extend(_staff_writes(row, *pair, numbered=numbered))
    return ChangeSet(new_columns=new_columns, writes=tuple(writes))


def computed_cells(e: Evaluation, rules: Rules) -> dict[str, _Cell]:
    """The computed columns of one evaluated row, as they should stand in the register."""
    colours = rules.colours
    urgent = colours.overdue if e.overdue else colours.due_soon if e.due_soon else None
    cells: dict[str, _Cell] = {
        "status": (e.status, urgent, None),
        "sys_level": (e.level, colours.major if e.major else None, None),
        "reason": ("；".join(e.reasons) or None, None, None),
        "notify_due": (_notify_text(e, rules), colours.major, None) if e.notify else _NOTHING,
        "overdue": (overdue_text(e) or None, urgent, None),
        "approval": (e.approval, None, None),
        "group_size": (e.group_size, None, None),
        "repeat_count": (e.repeat_count, None, None),
        "problems": (_problems_text(e), colours.problem if e.problems else None, None),
    }
    for clock, key in _DEADLINE_COLUMNS.items():
        d = e.deadlines.get(clock)
        if d is None:
            cells[key] = _NOTHING
            continue
        fill = (
            colours.overdue
            if clock in e.overdue
            else colours.due_soon
            if clock in e.due_soon
            else None
        )
        note = f"{DEADLINE_MARK}{d.explanation}" if d.explanation else None
        cells[key] = (d.at, fill, note)
    return cells


def overdue_text(e: Evaluation) -> str:
    """超期: open clocks past their deadline, then clocks done late (迟办, for statistics)."""
    if not e.overdue and not e.late:
        return ""  # most rows
    parts = [f"{CLOCK_NAMES[c]}超期" for c in e.overdue]
    parts += [f"{CLOCK_NAMES[c]}迟办" for c in e.late]
    return "、".join(parts)


def _problems_text(e: Evaluation) -> str | None:
    """校验: what staff must fix, then remarks such as the provisional-calendar note."""
    if not e.problems and not e.notes:
        return None  # most rows
    return "；".join(filter(None, (problem_text(e.problems), *e.notes))) or None


def _notify_text(e: Evaluation, rules: Rules) -> str:
    parts = []
    for role, at in e.notify.items():
        met = e.notify_met.get(role)
        known = f"（已知悉 {met:%Y-%m-%d %H:%M}）" if met else ""
        parts.append(f"{rules.roles.get(role, role)} {at:%Y-%m-%d %H:%M}{known}")
    return "；".join(parts)


def _staff_writes(row: Row, record: Record, e: Evaluation, *, numbered: bool) -> list[CellWrite]:
    """A note on each problem cell (and removal of ours once fixed), plus an empty 编号 filled
    (every 编号, when the register had no such column)."""
    writes: list[CellWrite] = []
    messages: dict[str, list[str]] = {}
    for p in record.problems:
        messages.setdefault(p.key, []).append(p.message)
    for key, cell in row.cells.items():
        if cell.note is None and key not in messages:
            continue  # no note to add or remove: most cells of most rows
        if BY_KEY[key].computed:
            continue
        ours = cell.note is None or cell.note.startswith(PROBLEM_MARK)
        want = f"{PROBLEM_MARK}{'；'.join(messages[key])}" if key in messages else None
        if ours and _norm_text(cell.note) != _norm_text(want):
            writes.append(CellWrite(row.index, key, note=want))
    if e.number and row.cell("number").blank and ("number" in row.cells or not numbered):
        writes.append(CellWrite(row.index, "number", value=e.number))
    return writes


def _diff(row: int, key: str, have: RawCell, want: _Cell) -> CellWrite | None:
    want_value, want_fill, want_note = want
    if (
        have.value == want_value
        and have.fill == want_fill
        and have.note == want_note
        and type(have.value) is type(want_value)
        and have.formula is None
        and have.error is None
    ):
        return None  # the cell holds exactly what it should: the steady state of nearly all
    same_value = _same_value(have, want_value)
    # Equal parts are the same without normalising.
    same_fill = have.fill == want_fill or _norm_fill(have.fill) == _norm_fill(want_fill)
    same_note = have.note == want_note or _norm_text(have.note) == _norm_text(want_note)
    if same_value and same_fill and same_note:
        return None
    return CellWrite(
        row,
        key,
        value=KEEP if same_value else want_value,
        fill=KEEP if same_fill else want_fill,
        note=KEEP if same_note else want_note,
    )


# Types whose equal values are the same cell value without normalising.
_EXACT = (datetime, int, float, type(None))


def _same_value(have: RawCell, want: CellValue) -> bool:
    if have.formula is not None or have.error is not None:
        return False  # someone typed into a computed cell: restore it
    got = have.value
    kind = type(want)
    if type(got) is kind and kind in _EXACT and got == want:
        return True
    if isinstance(got, str) and not got.strip():
        got = None
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, datetime):
        return isinstance(got, datetime) and got.replace(second=0, microsecond=0) == want.replace(
            second=0, microsecond=0
        )
    if isinstance(want, int | float) and not isinstance(want, bool):
        return isinstance(got, int | float) and not isinstance(got, bool) and got == want
    return isinstance(got, str) and got.strip() == str(want)


def _norm_fill(fill: str | None) -> str | None:
    return fill.upper()[-6:] if fill else None


def _norm_text(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def hand_edits(table: Table) -> list[str]:
    """Computed cells holding what the sync never writes (a formula, an error value, text in a
    date or count column, a status or level outside its list): someone typed there. The
    plan restores them; this says where, in Chinese, for the summary."""
    found = []
    for row in table.rows:
        for key in _COMPUTED_KEYS:
            cell = row.cells.get(key)
            if cell is not None and _typed_by_hand(key, cell):
                shown = cell.formula or cell.error or cell.value
                found.append(f"第 {row.index} 行「{BY_KEY[key].header}」（原为“{shown}”）")
    return found


def _typed_by_hand(key: str, cell: RawCell) -> bool:
    if cell.formula is not None or cell.error is not None:
        return True
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    kind = BY_KEY[key].kind
    if kind == "datetime":
        return not isinstance(value, datetime)
    if kind == "int":
        return isinstance(value, bool) or not isinstance(value, int | float)
    allowed = {"status": STATUSES, "sys_level": LEVELS}.get(key)
    return allowed is not None and value not in allowed
