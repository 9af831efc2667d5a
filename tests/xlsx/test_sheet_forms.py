"""Every valid form of SpreadsheetML is read and patched the same way.

The same register is written in the forms other programs use (a namespace prefix as the
.NET Open XML SDK writes, cells and rows without `r`, shared strings with rich text, the
1904 date system); each must sync to the cells the plain form syncs to, and a second sync
must then write nothing: no byte changed, no backup made.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from registers import register_book

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import BY_HEADER, SHEET_TITLE
from sync.xlsx.read import read_sheet

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
SHEET = "xl/worksheets/sheet1.xml"
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADERS = ["编号", "受理时间", "渠道", "投诉人", "房号", "投诉对象", "投诉内容", "是否有效", "等级"]
ROWS = [
    ["TS-20261101-001", datetime(2026, 11, 1, 9, 0), "来电", "张三", "3-101", "管理处", "漏水"],
    [None, "十一月五号", "来访", "李四", "5-202", "管理处", "噪音"],
    ["TS-20261121-001", datetime(2026, 11, 21, 16, 30), "网络", "王五", "1-1", "管理处", "停车"],
    ["TS-20261120-001", datetime(2026, 11, 20, 8, 0), "来电", "赵六", "2-303", "业户之间", "=狗叫"],
]


def plain(path: Path) -> Path:
    book, sheet = register_book([HEADERS, *ROWS])
    sheet["G2"] = CellRichText(["业主称", TextBlock(InlineFont(b=True), "多次"), "漏水"])
    sheet["J5"] = "=LEN(G5)"  # a staff formula beside the register's columns
    book.save(path)
    return path


def rewrite(path: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(path) as old:
        parts = {n: change(n, old.read(n)) for n in old.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def _prefix(name: str, xml: bytes) -> bytes:
    """Every SpreadsheetML part with its namespace bound to `x:`, as the Open XML SDK writes."""
    if not name.endswith(".xml") or b'xmlns="' + MAIN + b'"' not in xml:
        return xml
    xml = xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns:x="' + MAIN + b'"')
    return re.sub(rb"<(/?)([A-Za-z][\w.-]*)(?=[\s/>])", rb"<\1x:\2", xml)


def prefixed(path: Path) -> Path:
    return rewrite(path, _prefix)


def _without_refs(name: str, xml: bytes) -> bytes:
    """Rows and cells drop `r` wherever they are the one after the previous (as the schema
    allows); the others keep it."""
    if name != SHEET:
        return xml
    out, last_row, last_col = [], 0, 0
    for piece in re.split(rb"(<row\b[^>]*>)", xml):
        if piece.startswith(b"<row"):
            number = int(re.search(rb'\br="(\d+)"', piece)[1])
            if number == last_row + 1:
                piece = re.sub(rb'\s+r="\d+"', b"", piece, count=1)
            last_row, last_col = number, 0
        else:
            for found in re.finditer(rb'<c r="([A-Z]+)\d+"', piece):
                col = openpyxl.utils.column_index_from_string(found[1].decode())
                if col == last_col + 1:
                    piece = piece.replace(found[0], b"<c", 1)
                last_col = col
        out.append(piece)
    return b"".join(out)


def no_refs(path: Path) -> Path:
    return rewrite(path, _without_refs)


def date1904(path: Path) -> Path:
    book = openpyxl.load_workbook(path, rich_text=True)
    book.epoch = CALENDAR_MAC_1904
    book.save(path)
    return path


FORMS = {"plain": plain, "prefixed": prefixed, "no-refs": no_refs, "date1904": date1904}


def make(tmp_path: Path, form: str) -> Path:
    path = plain(tmp_path / "register.xlsx")
    return path if form == "plain" else FORMS[form](path)


def computed_cells(path: Path) -> dict[tuple[int, str], tuple]:
    """The computed cells as openpyxl reads them: value and fill, by row and header."""
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    headers = {c.column: c.value for c in sheet[1]}
    return {
        (c.row, headers[c.column]): (c.value, c.fill.fgColor.rgb if c.fill.patternType else None)
        for row in sheet.iter_rows(min_row=2)
        for c in row
        if headers.get(c.column) in BY_HEADER and BY_HEADER[headers[c.column]].computed
    }


def sync(path: Path) -> bool:
    return sync_register(open_xlsx(path, RULES), RULES, CALENDAR, NOW).written


def backups(path: Path) -> list[str]:
    folder = path.parent / ".backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize("form", ["prefixed", "no-refs", "date1904"])
def test_a_form_reads_as_the_plain_form_reads(tmp_path: Path, form: str) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    expected = plain(tmp_path / "a" / "register.xlsx")
    sync(expected)
    path = FORMS[form](plain(tmp_path / "b" / "register.xlsx"))
    sync(path)
    FORMS[form](expected)  # the synced plain register, now in this form too
    got = read_sheet(path.read_bytes(), SHEET_TITLE).cells
    assert got == read_sheet(expected.read_bytes(), SHEET_TITLE).cells
    assert got[5][10].formula == "=LEN(G5)"
    assert any(cell.fill for cell in got[2].values())


@pytest.mark.parametrize("form", ["prefixed", "no-refs", "date1904"])
def test_the_first_sync_computes_what_the_plain_form_gets(tmp_path: Path, form: str) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    expected = make(tmp_path / "a", "plain")
    path = make(tmp_path / "b", form)
    assert sync(expected) and sync(path)
    assert computed_cells(path) == computed_cells(expected)
    assert computed_cells(path)[(2, "响应时限")][0] == datetime(2026, 11, 2, 9, 0)


@pytest.mark.parametrize("form", list(FORMS))
def test_a_second_sync_changes_no_byte_and_makes_no_backup(tmp_path: Path, form: str) -> None:
    path = make(tmp_path, form)
    assert sync(path)
    data, saved = path.read_bytes(), backups(path)

    assert not sync(path)
    assert path.read_bytes() == data
    assert backups(path) == saved


def test_a_register_synced_then_resaved_with_a_prefix_is_not_rewritten(tmp_path: Path) -> None:
    """The reported case: the fills went unread, and every sync rewrote them and backed up."""
    path = plain(tmp_path / "register.xlsx")
    assert sync(path)
    prefixed(path)
    assert b"<x:c " in zipfile.ZipFile(path).read(SHEET)
    data, saved = path.read_bytes(), backups(path)

    assert not sync(path)
    assert path.read_bytes() == data
    assert backups(path) == saved
