"""A fast reader for the register sheet of an .xlsx: the cells as RawCells, without openpyxl.

openpyxl builds a Python object per cell, style and row and takes seconds for a register
of tens of thousands of rows. Values come from python-calamine (Rust) instead; what
calamine does not give (formula text, error values, notes, fills) is read from the package
directly: the few `<f>` and `t="e"` cells found by a search of the sheet's XML, notes from
its comments part, fills from the style ids of the cells whose style has a solid fill.
Values are normalised to what openpyxl's reader gives: 29256 not 29256.0, None not '',
datetimes for dates, the text of rich text.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import compress, count

import python_calamine
from lxml import etree

from ..core.header import column_index
from ..core.table import CellValue, RawCell
from .sheetxml import SheetXml
from .xmlparts import PARSER, WORKBOOK, relations, rels_path

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_REF = re.compile(r"([A-Z]+)(\d+)")


@dataclass(frozen=True)
class SheetCells:
    """The register sheet as read: cells by row then column (1-based), only those present."""

    title: str
    path: str  # the sheet's part name in the package, e.g. xl/worksheets/sheet1.xml
    cells: dict[int, dict[int, RawCell]]


def read_sheet(data: bytes, title: str) -> SheetCells:
    """The sheet called `title`, else the workbook's first sheet. Raises on a damaged file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        name, path = find_sheet(archive, names, title)
        styles = _Styles.read(archive, names)
        notes = _notes(archive, path, names)
        sheet = SheetXml(archive.read(path))
        special, fills = _special_cells(sheet), _fills(sheet, styles)
        del sheet  # 60 MB at 20,000 rows: gone before calamine builds its cells
    cells = _cells(data, name, special, fills)
    for (row, col), text in notes.items():
        cell = cells.setdefault(row, {}).get(col, RawCell())
        cells[row][col] = RawCell(cell.value, cell.formula, cell.error, text, cell.fill)
    return SheetCells(name, path, cells)


def find_sheet(archive: zipfile.ZipFile, names: set[str], title: str) -> tuple[str, str]:
    """(name, part) of the sheet called `title`, else of the first. Raises on a damaged file."""
    book = etree.fromstring(archive.read(WORKBOOK), PARSER)
    sheets = [(s.get("name", ""), s.get(f"{_REL}id", "")) for s in book.iter(f"{_MAIN}sheet")]
    if not sheets:
        raise ValueError("工作簿中没有工作表")
    name, rel_id = next((s for s in sheets if s[0] == title), sheets[0])
    return name, _relations(archive, WORKBOOK, names)[rel_id][1]


def _relations(archive: zipfile.ZipFile, part: str, names: set[str]) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target part name)."""
    rels = rels_path(part)
    return relations(archive.read(rels), part) if rels in names else {}


@dataclass(frozen=True)
class _Styles:
    fills: dict[int, str]  # cell style id -> solid fill RGB

    @classmethod
    def read(cls, archive: zipfile.ZipFile, names: set[str]) -> _Styles:
        if "xl/styles.xml" not in names:
            return cls({})
        root = etree.fromstring(archive.read("xl/styles.xml"), PARSER)
        fills = [_solid(f) for f in root.iterfind(f"{_MAIN}fills/{_MAIN}fill")]
        style_fills = {}
        for index, xf in enumerate(root.iterfind(f"{_MAIN}cellXfs/{_MAIN}xf")):
            fill_id = int(xf.get("fillId", "0"))
            if fill_id < len(fills) and fills[fill_id]:
                style_fills[index] = fills[fill_id]
        return cls(style_fills)


def _solid(fill: etree._Element) -> str | None:
    pattern = fill.find(f"{_MAIN}patternFill")
    if pattern is None or pattern.get("patternType") != "solid":
        return None
    colour = pattern.find(f"{_MAIN}fgColor")
    if colour is None:
        return None
    if colour.get("rgb"):
        return colour.get("rgb", "")[-6:].upper()
    indexed = colour.get("indexed")
    if indexed is not None and 0 <= int(indexed) < len(_INDEXED):
        return _INDEXED[int(indexed)]
    return None  # theme colours: not one the sync writes


# The default indexed colours (ECMA-376 Part 1, 18.8.27), as openpyxl's COLOR_INDEX has them:
# importing openpyxl for this table alone would cost the sync some 30 MiB.
# fmt: off
_INDEXED = (
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",  # 0-7
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",  # 8-15
    "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",  # 16-23
    "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",  # 24-31
    "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",  # 32-39
    "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",  # 40-47
    "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",  # 48-55
    "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",  # 56-63
)
# fmt: on


def _notes(archive: zipfile.ZipFile, sheet: str, names: set[str]) -> dict[tuple[int, int], str]:
    notes: dict[tuple[int, int], str] = {}
    for kind, target in _relations(archive, sheet, names).values():
        if not kind.endswith("/comments") or target not in names:
            continue
        xml = archive.read(target)
        readings = b"rPh" in xml  # phonetic readings are rare: look for them only when present
        for comment in etree.fromstring(xml, PARSER).iter(_COMMENT):
            match = _REF.fullmatch(comment.get("ref", "").replace("$", ""))
            text = comment.find(_TEXT)
            if match is None or text is None:
                continue
            if readings:
                runs = [t.text or "" for t in text.iter(_T) if not _phonetic(t)]
            else:
                runs = [t.text or "" for t in text.iter(_T)]
            notes[(int(match[2]), column_index(match[1]))] = "".join(runs)
    return notes


def _phonetic(run: etree._Element) -> bool:
    """A <t> of a phonetic reading (rPh), which is not part of the note's text."""
    parent = run.getparent()
    return parent is not None and parent.tag == _PHONETIC


_COMMENT, _TEXT, _PHONETIC, _T = (f"{_MAIN}{tag}" for tag in ("comment", "text", "rPh", "t"))


def _cells(
    data: bytes,
    title: str,
    special: dict[tuple[int, int], RawCell],
    fills: dict[tuple[int, int], str],
) -> dict[int, dict[int, RawCell]]:
    top, left, rows = _values(data, title)
    out: dict[int, dict[int, RawCell]] = {}
    cell_of = _CellCache().__getitem__
    for r, values in enumerate(rows, start=top + 1):
        got = list(map(cell_of, values))
        # Per cell work stays in C: empty cells map to None, which compress() drops.
        row = dict(compress(zip(count(left + 1), got), got))
        if row:
            out[r] = row
    for (r, c), cell in special.items():
        out.setdefault(r, {})[c] = cell
    for (r, c), fill in fills.items():
        cell = out.setdefault(r, {}).get(c, _EMPTY)
        out[r][c] = RawCell(cell.value, cell.formula, cell.error, cell.note, fill)
    return out


def _values(data: bytes, title: str) -> tuple[int, int, list[list[object]]]:
    """The sheet's top row and left column (0-based) and its values as calamine gives them.
    calamine's own copy of the cells is freed on return, before RawCells are built."""
    sheet = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(
        title
    )
    top, left = sheet.start or (0, 0)
    return top, left, sheet.to_python(skip_empty_area=True)


class _CellCache(dict):
    """calamine value -> its RawCell (None when empty), one per distinct value.

    Registers repeat their words, numbers and times, so most cells are a dict hit. Bools and
    numbers equal to 0 or 1 are never keys: True == 1.0, so a cached 1.0 would answer for True.
    """

    def __init__(self) -> None:
        super().__init__({"": None, None: None})

    def __missing__(self, value: object) -> RawCell:
        if type(value) is float and value in _UNIT_CELLS:
            return _UNIT_CELLS[value]  # counts and flags: too common to rebuild each time
        cell = RawCell(value) if type(value) is str else RawCell(_normal(value))
        if type(value) is not bool and not (value == 0 or value == 1):
            self[value] = cell
        return cell


_UNIT_CELLS = {0: RawCell(0), 1: RawCell(1)}

_EMPTY = RawCell()
_WHITESPACE = b" \t\r\n"


def _special_cells(sheet: SheetXml) -> dict[tuple[int, int], RawCell]:
    """Formula and error cells: calamine gives their cached value, openpyxl their formula."""
    out: dict[tuple[int, int], RawCell] = {}
    for at in sorted(_special_marks(sheet)):
        cell = sheet.locate(at)
        if cell is None:
            continue  # not inside a cell's tag or content
        inner = cell.match.group(3) or b""
        key = (cell.row, cell.col)
        formula = sheet.formula.search(inner)
        if formula is not None:
            text = (formula.group(2) or b"").decode()
            out[key] = RawCell(formula="=" + (html.unescape(text) if "&" in text else text))
        elif (value := sheet.value.search(inner)) is not None:
            out[key] = RawCell(error=value.group(1).decode())
    return out


def _special_marks(sheet: SheetXml) -> set[int]:
    """Where a `<f` tag or a ` t="e"` attribute starts. The patterns start with a literal, which
    the regex engine scans for faster than bytes.find does for these short needles."""
    xml = sheet.xml
    marks = {found.start() for found in re.finditer(re.escape(sheet.tag(b"f")) + rb"[\s>/]", xml)}
    for found in _ERROR_MARK.finditer(xml):
        if found.start() and xml[found.start() - 1] in _WHITESPACE:
            marks.add(found.start())
    return marks


_ERROR_MARK = re.compile(rb"""t\s*=\s*["']e["']""")


def _fills(sheet: SheetXml, styles: _Styles) -> dict[tuple[int, int], str]:
    """Cells whose style has a solid fill, found by their style ids alone."""
    if not styles.fills:
        return {}
    ids = b"|".join(b"%d" % i for i in sorted(styles.fills))
    xml = sheet.xml
    out: dict[tuple[int, int], str] = {}
    # A literal start lets the regex engine skip ahead; the whitespace before is checked after.
    for found in re.finditer(rb"""s\s*=\s*["'](%s)["']""" % ids, xml):
        if not found.start() or xml[found.start() - 1] not in _WHITESPACE:
            continue
        place = sheet.place_of_tag(found.start())
        if place is not None:  # else a row's style, or no cell's
            out[place] = styles.fills[int(found[1])]
    return out


def _normal(value: object) -> CellValue:
    """calamine's value as openpyxl's reader gives it."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return _plain(value)


def _plain(value: object) -> CellValue:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time | timedelta):
        return str(value)  # a time without a date is no moment: let parsing flag the text
    return value
