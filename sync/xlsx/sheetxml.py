"""One scanner of a worksheet's XML, shared by the reader (read.py) and the patching writer
(patch.py), so that a cell one finds is the cell the other edits.

SpreadsheetML allows more than the form openpyxl writes, and this scanner takes all of it:
- a namespace prefix (`<x:worksheet xmlns:x=…><x:c r="A1">`, as the .NET Open XML SDK
  writes): the prefix of the root element is used for every tag;
- rows without `r` (the row after the previous one) and cells without `r` (the column after
  the previous cell of their row, the first column for the first);
- attributes in single or double quotes, in any order, references in either case.

It works on bytes with regular expressions (see xmlparts.py for why not a tree): `locate`
and `place_of_tag` answer for one position (a formula or a style found by a search) without
reading the rest of the sheet, unless rows lack their numbers.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from ..core.header import column_index

ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_REF_ATTR = re.compile(rb"""(?:^|\s)r\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']""")
_ROOT = re.compile(rb"<(?:([\w.-]+):)?worksheet[\s>/]")
_TAG_END = b" \t\r\n>/"


class Cell(NamedTuple):
    """A cell of the sheet: where it is, its start tag's attributes and its content."""

    row: int
    col: int
    match: re.Match[bytes]  # the whole element: group 1 its attributes, group 3 its content
    has_ref: bool  # whether it spells out its place with `r`


def attributes(raw: bytes | bytearray) -> dict[bytes, bytes]:
    """A start tag's attributes, by name as written."""
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in ATTR.finditer(raw)
    }


@functools.lru_cache(maxsize=4096)
def _column(letters: bytes) -> int:
    return column_index(letters)


def cell_ref(raw: bytes | bytearray) -> tuple[int, int] | None:
    """(row, column) from a cell's attributes, if it has an `r`."""
    found = _REF_ATTR.search(raw)
    if found is None:
        return None
    return int(found.group(2)), column_index(found.group(1).upper())


class SheetXml:
    """The XML of one worksheet, with the patterns for its prefix."""

    def __init__(self, xml: bytes | bytearray) -> None:
        root = _ROOT.search(xml)
        prefix = root.group(1) if root is not None and root.group(1) else b""
        self.xml = xml
        self.prefix = prefix + b":" if prefix else b""
        p = re.escape(self.prefix)
        # A cell: its attributes in group 1, the column's letters in group 2 when `r` comes
        # first (as Excel, WPS, LibreOffice and openpyxl write it: a row's cells are placed
        # without a second search each), its content in group 3.
        self.cell = re.compile(
            rb"<"
            + p
            + rb"c(?=[\s>/])((?:\s+r=\"([A-Z]{1,3})\d+\")?[^>]*?)(?:/>|>(.*?)</"
            + p
            + rb"c>)",
            re.S,
        )
        self.row = re.compile(rb"<" + p + rb"row(?=[\s>/])([^>]*?)(/?)>")
        self.row_end = b"</" + self.prefix + b"row>"
        self.formula = re.compile(
            rb"<" + p + rb"f(?:\s([^>]*?))?(?:/>|>(.*?)</" + p + rb"f>)", re.S
        )
        self.value = re.compile(rb"<" + p + rb"v(?:\s[^>]*)?>(.*?)</" + p + rb"v>", re.S)
        self._row_numbers: tuple[list[int], list[int]] | None = None

    def tag(self, name: bytes) -> bytes:
        """`<name` with the sheet's prefix, as a search literal."""
        return b"<" + self.prefix + name

    # rows and cells in order

    def rows(self, start: int, end: int) -> Iterator[tuple[re.Match[bytes], int]]:
        """The start tags of the rows between `start` and `end`, with their numbers."""
        last = 0
        for found in self.row.finditer(self.xml, start, end):
            number = attributes(found.group(1)).get(b"r")
            last = int(number) if number else last + 1
            yield found, last

    def cells(self, inner: bytes | bytearray, row: int) -> Iterator[Cell]:
        """The cells of a row's content `inner`, with their columns."""
        col = 0
        for found in self.cell.finditer(inner):
            if letters := found.group(2):
                col, has_ref = _column(letters), True
            else:  # `r` elsewhere among the attributes, or none: the column after the last
                ref = cell_ref(found.group(1))
                col, has_ref = (ref[1], True) if ref else (col + 1, False)
            yield Cell(row, col, found, has_ref)

    # one cell found by a position

    def locate(self, at: int) -> Cell | None:
        """The cell whose element holds position `at`; None when `at` is in no cell."""
        start = self._tag_before(self.tag(b"c"), at)
        if start < 0:
            return None
        found = self.cell.match(self.xml, start)
        if found is None or found.end() <= at:
            return None
        ref = cell_ref(found.group(1))
        if ref is not None:
            return Cell(ref[0], ref[1], found, True)
        return self._unreferenced(found)

    def place_of_tag(self, at: int) -> tuple[int, int] | None:
        """(row, column) of the cell whose start tag holds position `at` (an attribute found
        by a search); None when `at` is in no cell's start tag."""
        start = self._tag_before(self.tag(b"c"), at)
        if start < 0:
            return None
        end = self.xml.find(b">", start)
        if end < at:
            return None
        ref = cell_ref(self.xml[start:end])
        if ref is not None:
            return ref  # the usual case: no need to match the whole cell
        found = self.cell.match(self.xml, start)
        cell = None if found is None else self._unreferenced(found)
        return None if cell is None else (cell.row, cell.col)

    def _unreferenced(self, found: re.Match[bytes]) -> Cell | None:
        """A cell without `r`, placed by its row and the cells before it in that row."""
        row_at = self._tag_before(self.tag(b"row"), found.start())
        row = None if row_at < 0 else self.row.match(self.xml, row_at)
        if row is None:
            return None
        col = 0
        for cell in self.cells(self.xml[row.end() : found.end()], 0):
            col = cell.col
        return Cell(self._row_number(row), col, found, False)

    def _tag_before(self, tag: bytes, at: int) -> int:
        """Where the last `tag` element starting before `at` starts, or -1."""
        start = self.xml.rfind(tag, 0, at)
        while start >= 0 and self.xml[start + len(tag) : start + len(tag) + 1] not in _TAG_END:
            start = self.xml.rfind(tag, 0, start)
        return start

    def _row_number(self, row: re.Match[bytes]) -> int:
        number = attributes(row.group(1)).get(b"r")
        if number:
            return int(number)
        if self._row_numbers is None:  # rows without numbers: count them all, once
            found = [(m.start(), n) for m, n in self.rows(0, len(self.xml))]
            self._row_numbers = ([s for s, _ in found], [n for _, n in found])
        starts, numbers = self._row_numbers
        return numbers[bisect.bisect_right(starts, row.start()) - 1]
