"""Registers saved by real programs: Excel (Windows, Mac, Online, 2007), WPS, Tencent Docs
and LibreOffice, from public test corpora (tests/fixtures/real/README.md), plus registers
re-saved by the LibreOffice installed here.

For every file: the first sync computes the cells a plain register gets; the second changes
no byte and makes no backup; staff cells read the same before and after, by openpyxl and by
LibreOffice (tests/libreoffice.py: they skip without it, but fail in .ci/run).
"""

from __future__ import annotations

import csv
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from libreoffice import convert, soffice
from real_registers import register_from
from registers import assert_staff_unchanged, register_book, staff_snapshot

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import BY_HEADER

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "fixtures" / "real"
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
HEADERS = [
    "编号",
    "受理时间",
    "渠道",
    "投诉人",
    "房号",
    "投诉对象",
    "投诉内容",
    "是否有效",
    "索赔金额",
]
ROWS = [
    ["TS-20261101-001", datetime(2026, 11, 1, 9, 0), "来电", "张三", "3-101", "管理处", "漏水", "有效"],
    [None, datetime(2026, 11, 20, 9, 0), "来访", "李四", "5-202", "业户之间", "楼上装修噪音"],
    ["TS-20261121-001", "2026/11/21 16:30", "网络", "王五", "1-1", "开发商", "=停车", "有效", 25000],
    ["TS-20261119-002", datetime(2026, 11, 19, 14, 5), "来函", "赵六", "2-303", "政府及公共事业",
     "停水通知未张贴", "待定", 300.5],
    ["TS-20261122-001", "2026年11月22日 8时", "其他", "钱七", "8-808", "管理处", "保安态度差"],
]  # fmt: skip
FILLED = (3, 1)  # the empty 编号 the sync fills: the one staff cell it may write
SOURCES = sorted(p.name for p in REAL.glob("*.xlsx"))


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def sync(path: Path) -> bool:
    return sync_register(open_xlsx(path, RULES), RULES, CALENDAR, NOW).written


def backups(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / ".backups").glob("*")) if folder.is_dir() else []


def computed_cells(path: Path) -> dict[tuple[int, str], tuple]:
    """The computed cells of the first sheet as openpyxl reads them: value and fill."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    headers = {c.column: c.value for c in sheet[1]}
    return {
        (c.row, headers[c.column]): (
            c.value,
            c.fill.fgColor.rgb[-6:] if c.fill.patternType else None,
        )
        for row in sheet.iter_rows(min_row=2)
        for c in row
        if headers.get(c.column) in BY_HEADER and BY_HEADER[headers[c.column]].computed
    }


def plain_register(path: Path) -> Path:
    """The same register as openpyxl writes it."""
    path.parent.mkdir(exist_ok=True)
    book, sheet = register_book([HEADERS, *ROWS])
    sheet["G4"].data_type = "s"  # "=停车" is text staff typed, not a formula
    book.save(path)
    return path


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], tuple]:
    """What the first sync computes for these rows in a plain register."""
    path = plain_register(tmp_path_factory.mktemp("plain") / "register.xlsx")
    assert sync(path)
    cells = computed_cells(path)
    assert cells[(2, "状态")][0] == "待响应" and cells[(4, "系统等级")][0] == "重大"
    return cells


def real_register(folder: Path, source: str) -> Path:
    folder.mkdir()
    path = folder / source
    path.write_bytes(register_from((REAL / source).read_bytes(), [HEADERS, *ROWS]))
    return path


@pytest.mark.parametrize("source", SOURCES)
def test_the_first_sync_computes_the_right_cells(tmp_path: Path, source: str, expected) -> None:
    path = real_register(tmp_path / "office", source)
    assert sync(path)
    assert computed_cells(path) == expected


@pytest.mark.parametrize("source", SOURCES)
def test_the_second_sync_changes_no_byte_and_makes_no_backup(tmp_path: Path, source: str) -> None:
    path = real_register(tmp_path / "office", source)
    assert sync(path)
    data, saved = path.read_bytes(), backups(path.parent)

    assert not sync(path)
    assert path.read_bytes() == data and backups(path.parent) == saved


@pytest.mark.parametrize("source", SOURCES)
def test_staff_cells_read_the_same_by_openpyxl(tmp_path: Path, source: str) -> None:
    path = real_register(tmp_path / "office", source)
    title = openpyxl.load_workbook(path, read_only=True).sheetnames[0]
    before = staff_snapshot(path, title)
    sync(path)
    assert_staff_unchanged(before, staff_snapshot(path, title), {(title, *FILLED)})


@pytest.fixture(scope="module")
def libreoffice_reads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """Every corpus register's first sheet as LibreOffice reads it, before and after a sync
    (two LibreOffice runs for the whole corpus), and the synced file."""
    soffice()
    base = tmp_path_factory.mktemp("libreoffice")
    before, after = base / "before", base / "after"
    before.mkdir(), after.mkdir()
    paths = [real_register(base / Path(s).stem, s) for s in SOURCES]
    convert(paths, "csv", before)
    for path in paths:
        sync(path)
    convert(paths, "csv", after)
    return {
        p.name: (csv_rows(before / f"{p.stem}.csv"), csv_rows(after / f"{p.stem}.csv"), p)
        for p in paths
    }


@pytest.mark.parametrize("source", SOURCES)
def test_staff_cells_read_the_same_by_libreoffice(source: str, libreoffice_reads) -> None:
    before, after, _ = libreoffice_reads[source]
    staff = len(HEADERS)
    assert [r[:staff] for r in before[1:]] != [r[:staff] for r in after[1:]]  # 编号 filled
    row, col = FILLED
    assert after[row - 1][col - 1] == "TS-20261120-001"
    unfilled = [list(r) for r in after]  # the module's reading stays as it is
    unfilled[row - 1][col - 1] = before[row - 1][col - 1]
    assert [r[:staff] for r in unfilled] == [r[:staff] for r in before]
    assert after[0][staff:] and after[1][staff] == "待响应"


@pytest.mark.parametrize("source", SOURCES)
def test_libreoffice_and_openpyxl_read_the_same_staff_cells(source: str, libreoffice_reads):
    """Text and numbers (dates are shown in each program's own format)."""
    _, after, path = libreoffice_reads[source]
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = {
        (c.row, c.column): c.value if isinstance(c.value, str) else repr(c.value)
        for row in sheet.iter_rows(max_col=len(HEADERS))
        for c in row
        if isinstance(c.value, str | int | float)
    }
    assert (
        len(cells)
        == len(HEADERS) + sum(1 for r in ROWS for v in r if isinstance(v, str | int | float)) + 1
    )  # the 编号 the sync filled
    assert {(r, c): after[r - 1][c - 1] for r, c in cells} == cells


# --- registers re-saved by LibreOffice ------------------------------------------------------------


def test_a_register_resaved_by_libreoffice_syncs_like_a_plain_one(tmp_path: Path, expected):
    plain = plain_register(tmp_path / "plain" / "register.xlsx")
    convert([plain], "xlsx", tmp_path / "office")
    path = tmp_path / "office" / "register.xlsx"
    assert b"sharedStrings" in zipfile.ZipFile(path).read("[Content_Types].xml")

    assert sync(path)
    assert computed_cells(path) == expected
    data = path.read_bytes()
    assert not sync(path) and path.read_bytes() == data


def test_a_synced_register_resaved_by_libreoffice_needs_no_write(tmp_path: Path):
    """LibreOffice rewrites every part (its styles, shared strings, notes); the computed
    cells, their fills and notes must still read as the sync left them."""
    plain = plain_register(tmp_path / "synced" / "register.xlsx")
    assert sync(plain)
    convert([plain], "xlsx", tmp_path / "office")
    path = tmp_path / "office" / "register.xlsx"
    data = path.read_bytes()

    assert not sync(path)
    assert path.read_bytes() == data and backups(path.parent) == []
