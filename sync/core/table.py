"""The seam between the core and the backends: a table of raw cells in, a change set out.

A backend (xlsx, Google Sheets) reads its register into a `Table` and applies a
`ChangeSet`; nothing else crosses. Cells are addressed by sheet row (1-based, as the
user sees it) and column key (see schema.py); the backend maps keys to its columns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from operator import itemgetter
from typing import Final

CellValue = str | int | float | bool | datetime | None


# Slots: a register holds millions of cells, each the smaller for having no __dict__, the
# quicker to read, and the fewer objects for the cyclic collector to walk.
@dataclass(frozen=True, slots=True)
class RawCell:
    """One cell as the backend found it. Date cells arrive as naive local datetimes."""

    value: CellValue = None
    formula: str | None = None  # the formula text, when the cell holds a formula
    error: str | None = None  # an Excel error value such as "#N/A"
    note: str | None = None  # the cell's note/comment text
    fill: str | None = None  # solid fill as 6-digit RGB hex ("FFC7CE"), else None

    @property
    def blank(self) -> bool:
        return (
            self.formula is None
            and self.error is None
            and (self.value is None or (isinstance(self.value, str) and not self.value.strip()))
        )


EMPTY: Final = RawCell()


@dataclass(frozen=True)
class Row:
    index: int  # sheet row number, 1-based
    cells: dict[str, RawCell]  # by column key; columns the register lacks are absent

    def cell(self, key: str) -> RawCell:
        return self.cells.get(key, EMPTY)

    @property
    def blank(self) -> bool:
        """A row with no staff-entered content; computed leftovers do not count."""
        from .schema import BY_KEY

        return all(c.blank for k, c in self.cells.items() if not BY_KEY[k].computed)


def picker(keys: tuple[str, ...]) -> Callable[[Mapping[str, RawCell]], tuple[RawCell, ...]]:
    """A function giving a row's cells of `keys`, EMPTY where the row lacks one: one C-level
    lookup for the rows the backends read, which hold every column of their table."""
    if len(keys) < 2:  # itemgetter of one key gives the cell itself, not a tuple
        return lambda cells: tuple(cells.get(key, EMPTY) for key in keys)
    every = itemgetter(*keys)

    def pick(cells: Mapping[str, RawCell]) -> tuple[RawCell, ...]:
        try:
            return every(cells)  # type: ignore[no-any-return]
        except KeyError:
            return tuple(cells.get(key, EMPTY) for key in keys)

    return pick


@dataclass(frozen=True)
class Table:
    header_row: int  # sheet row number of the header
    columns: dict[str, int]  # column key -> 1-based column index, for columns present
    rows: tuple[Row, ...]  # every row below the header up to the last used one
    unknown_headers: tuple[str, ...] = ()  # headers the contract does not know; kept untouched


class Keep(Enum):
    """Marker: leave this part of the cell as it is (an enum, so that `is KEEP` narrows types)."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP


@dataclass(frozen=True)
class CellWrite:
    row: int
    key: str
    value: CellValue | Keep = KEEP
    fill: str | None | Keep = KEEP  # None removes the fill
    note: str | None | Keep = KEEP  # None removes the note


@dataclass(frozen=True)
class ChangeSet:
    # Computed columns the register lacks, in schema order. The backend appends their
    # headers after its last used column and then resolves writes to them by key.
    new_columns: tuple[str, ...] = ()
    writes: tuple[CellWrite, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.new_columns and not self.writes
