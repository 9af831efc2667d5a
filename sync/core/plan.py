"""Write-back planning: what the computed cells, their fills and notes should hold, and the
smallest change set that gets the register there. Pure; the backends apply the result."""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter, itemgetter

from .evaluate import LEVELS, STATUSES, problem_text
from .gcpause import without_gc_pauses
from .model import CLOCK_NAMES, Deadline, Evaluation, Record
from .rules import Colours, Rules
from .schema import BY_KEY, COMPUTED_COLUMNS
from .table import KEEP, CellValue, CellWrite, ChangeSet, RawCell, Row, Table, picker

# Notes the sync writes start with one of these; any other note is a person's and is kept.
PROBLEM_MARK = "【校验】"
DEADLINE_MARK = "【时限说明】"
# Written only by `complaints run` (notify.py); a plain sync keeps it untouched.
NOTIFIED_KEY = "notified"

# A computed cell as it should stand: the RawCell's fields in their order (value, fill,
# note, formula, error), never a formula or an error. Plain tuples, so that a row's dozen
# computed cells compare with what the register holds in a few C-level steps.
_Cell = tuple[CellValue, str | None, str | None, None, None]
_NOTHING: _Cell = (None, None, None, None, None)
_COMPUTED_KEYS = tuple(c.key for c in COMPUTED_COLUMNS)
_SYNC_KEYS = tuple(key for key in _COMPUTED_KEYS if key != NOTIFIED_KEY)
_NEW_KEYS = ("number", *_COMPUTED_KEYS)
_UNEVALUATED = (_NOTHING,) * len(_SYNC_KEYS)  # a row with no staff content
_STATE = attrgetter("value", "fill", "note", "formula", "error")
_VALUE = attrgetter("value")
# The cells a count is wanted in, the only ones where True or False could pass for 1 or 0.
_COUNTS = itemgetter(*(_SYNC_KEYS.index(key) for key in ("group_size", "repeat_count")))


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
    sync_cells, all_cells = picker(_SYNC_KEYS), picker(_COMPUTED_KEYS)
    writes: list[CellWrite] = []
    for row in table.rows:
        index, cells = row.index, row.cells
        pair = by_row.get(index)
        desired = _desired(pair[1], rules) if pair else _UNEVALUATED
        keys, have = _SYNC_KEYS, sync_cells(cells)
        if index in notified:
            desired += ((notified[index] or None, None, None, None, None),)
            keys, have = _COMPUTED_KEYS, all_cells(cells)
        if not _same(have, desired):
            for key, cell, want in zip(keys, have, desired, strict=True):
                write = _diff(index, key, cell, want)
                if write is not None:
                    writes.append(write)
        if pair:
            record, e = pair
            if record.problems or record.noted:
                writes.extend(_note_writes(row, record))
            # A 编号 that parsed is not blank: only a row without one may need it filled.
            if e.number and "number" not in record.values:
                writes.extend(_number_write(row, e.number, numbered=numbered))
    return ChangeSet(new_columns=new_columns, writes=tuple(writes))


def _same(have: tuple[RawCell, ...], want: tuple[_Cell, ...]) -> bool:
    """Whether the cells hold exactly the values, fills and notes wanted: the steady state of
    nearly every row. Equal parts make the same cell (see _diff) except True or False where
    a count of 1 or 0 is wanted."""
    return tuple(map(_STATE, have)) == want and bool not in map(type, map(_VALUE, _COUNTS(have)))


def computed_cells(e: Evaluation, rules: Rules) -> dict[str, _Cell]:
    """The computed columns of one evaluated row, as they should stand in the register."""
    return dict(zip(_SYNC_KEYS, _desired(e, rules), strict=True))


def _desired(e: Evaluation, rules: Rules) -> tuple[_Cell, ...]:
    """computed_cells in _SYNC_KEYS order."""
    colours = rules.colours
    urgent = colours.overdue if e.overdue else colours.due_soon if e.due_soon else None
    deadline = e.deadlines.get
    return (
        (e.status, urgent, None, None, None),
        (e.level, colours.major if e.level == "重大" else None, None, None, None),
        ("；".join(e.reasons), None, None, None, None) if e.reasons else _NOTHING,
        _deadline_cell(deadline("response"), "response", e, urgent, colours),
        _deadline_cell(deadline("reply"), "reply", e, urgent, colours),
        _deadline_cell(deadline("close"), "close", e, urgent, colours),
        _deadline_cell(deadline("callback"), "callback", e, urgent, colours),
        (_notify_text(e, rules), colours.major, None, None, None) if e.notify else _NOTHING,
        (overdue_text(e) or None, urgent, None, None, None),
        (e.approval, None, None, None, None),
        (e.group_size, None, None, None, None),
        (e.repeat_count, None, None, None, None),
        (_problems_text(e), colours.problem if e.problems else None, None, None, None),
    )


def _deadline_cell(
    d: Deadline | None, clock: str, e: Evaluation, urgent: str | None, colours: Colours
) -> _Cell:
    if d is None:
        return _NOTHING
    fill = None
    if urgent is not None:  # some clock is overdue or due soon: is it this one?
        fill = (
            colours.overdue
            if clock in e.overdue
            else colours.due_soon
            if clock in e.due_soon
            else None
        )
    note = f"{DEADLINE_MARK}{d.explanation}" if d.explanation else None
    return (d.at, fill, note, None, None)


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
        known = f"（已知悉 {_minute(met)}）" if met else ""
        parts.append(f"{rules.roles.get(role, role)} {_minute(at)}{known}")
    return "；".join(parts)


def _minute(at: datetime) -> str:
    """`at` as 2026-11-03 14:05: isoformat writes it in a fifth of strftime's time, the same
    for a naive time of a four-digit year (strftime writes year 999 as 999)."""
    if at.tzinfo is None and at.year >= 1000:
        return at.isoformat(" ", "minutes")
    return f"{at:%Y-%m-%d %H:%M}"


def _note_writes(row: Row, record: Record) -> list[CellWrite]:
    """A note on each problem cell, and removal of ours once fixed."""
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
    return writes


def _number_write(row: Row, number: str, *, numbered: bool) -> list[CellWrite]:
    """An empty 编号 filled (every 编号, when the register had no such column)."""
    if row.cell("number").blank and ("number" in row.cells or not numbered):
        return [CellWrite(row.index, "number", value=number)]
    return []


def _diff(row: int, key: str, have: RawCell, want: _Cell) -> CellWrite | None:
    want_value, want_fill, want_note, _, _ = want
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
