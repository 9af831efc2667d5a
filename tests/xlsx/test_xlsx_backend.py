"""The .xlsx backend against real workbooks written by openpyxl in tmp_path."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Color, Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from sync.core.schema import SHEET_TITLE
from sync.core.table import CellWrite, ChangeSet, RawCell
from sync.errors import (
    DuplicateColumns,
    LossyWrite,
    MissingColumns,
    RegisterChanged,
    RegisterLocked,
    RegisterUnreadable,
    WriteFailed,
)
from sync.xlsx.lockfiles import find_lock
from sync.xlsx.register import XlsxRegister

# Reordered on purpose, with a space inside one header and one column the contract lacks.
HEADERS = ["受理 时间", "投诉人", "编号", "自定义列", "投诉内容", "状态", "答复时限", "备注"]
COL = {h.replace(" ", ""): i for i, h in enumerate(HEADERS, start=1)}
RECEIVED = datetime(2026, 11, 3, 14, 5)


def build(
    path: Path,
    *,
    headers: list[str] = HEADERS,
    title: bool = True,
    rows: int = 2,
    extras: bool = False,
) -> Path:
    """A register: a merged title row, the header row, then `rows` complaints."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    if title:
        sheet.append(["某某物业投诉登记表"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for n in range(rows):
        values = {
            "受理时间": RECEIVED,
            "投诉人": f"住户{n}",
            "编号": f"TS-20261103-00{n + 1}" if n == 0 else None,
            "自定义列": "内部",
            "投诉内容": "地库渗水",
        }
        sheet.append([values.get(h.replace(" ", "")) for h in headers])
    if extras:
        _add_extras(book)
    book.save(path)
    return path


def _add_extras(book: Workbook) -> None:
    """Everything staff add to a register that a sync must leave alone."""
    sheet = book[SHEET_TITLE]
    sheet.cell(3, COL["投诉内容"]).comment = Comment("请工程部核实", "李四")
    sheet.cell(4, COL["投诉内容"]).value = CellRichText(
        ["普通", TextBlock(InlineFont(b=True), "加粗")]
    )
    sheet.cell(3, COL["受理时间"]).number_format = "yyyy年m月d日 hh:mm"
    sheet.cell(3, COL["投诉人"]).font = Font(bold=True, color="FF0000")
    sheet.cell(3, COL["自定义列"]).fill = PatternFill("solid", start_color="FFFF00")
    sheet.column_dimensions["E"].width = 40
    sheet.column_dimensions["B"].width = 11
    sheet.freeze_panes = "A3"
    sheet.conditional_formatting.add(
        "F3:F100",
        CellIsRule(
            operator="equal", formula=['"处理中"'], fill=PatternFill("solid", start_color="FFC7CE")
        ),
    )
    validation = DataValidation(type="list", formula1='"来电,来访,来函"')
    validation.add("D3:D100")
    sheet.add_data_validation(validation)
    book.defined_names["登记范围"] = DefinedName(
        "登记范围", attr_text=f"'{SHEET_TITLE}'!$A$2:$H$100"
    )
    stats = book.create_sheet("统计")
    stats["A1"] = "合计"
    stats["B1"] = f"=COUNTA('{SHEET_TITLE}'!C:C)"
    stats.column_dimensions["A"].width = 20


def describe(path: Path) -> dict[str, object]:
    """Everything we promise to keep, as comparable data."""
    book = load_workbook(path, rich_text=True)
    out: dict[str, object] = {
        "sheets": book.sheetnames,
        "names": sorted((n, d.attr_text) for n, d in book.defined_names.items()),
    }
    for sheet in book.worksheets:
        out[sheet.title] = {
            "widths": {k: d.width for k, d in sheet.column_dimensions.items()},
            "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
            "freeze": sheet.freeze_panes,
            "cf": [
                (str(cf.sqref), [(r.type, r.operator, r.formula) for r in cf.rules])
                for cf in sheet.conditional_formatting
            ],
            "dv": [(str(v.sqref), v.formula1) for v in sheet.data_validations.dataValidation],
        }
    return out


def cells(path: Path) -> dict[tuple[str, str], tuple[object, ...]]:
    """Every non-empty cell of every sheet: value, type, format, font, fill, note."""
    book = load_workbook(path, rich_text=True)
    out = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                if c.value is None and not c.has_style and c.comment is None:
                    continue
                out[(sheet.title, c.coordinate)] = (
                    repr(c.value),
                    c.data_type,
                    c.number_format,
                    c.font.b,
                    c.font.color.rgb if c.font.color else None,
                    c.fill.fill_type,
                    c.fill.fgColor.rgb,
                    c.comment.text if c.comment else None,
                )
    return out


def changed_cells(before: dict, after: dict) -> set[str]:
    return {k[1] for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def register(path: Path, **kwargs: object) -> XlsxRegister:
    kwargs.setdefault("backups_keep", 3)
    return XlsxRegister(path, **kwargs)  # type: ignore[arg-type]


def rezip(
    path: Path,
    add: dict[str, bytes] | None = None,
    edit: dict[str, Callable[[bytes], bytes]] | None = None,
) -> None:
    """Rewrite the workbook's zip: add parts, or edit one part's bytes."""
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    for name, change in (edit or {}).items():
        parts[name] = change(parts[name])
    parts.update(add or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    path.write_bytes(buffer.getvalue())


WRITE_STATUS = ChangeSet(writes=(CellWrite(3, "status", value="处理中"),))


# --- reading ------------------------------------------------------------------------------


def test_header_under_a_merged_title_with_columns_reordered(tmp_path: Path) -> None:
    table = register(build(tmp_path / "demo.xlsx", rows=2)).read()
    assert table.header_row == 2
    assert table.columns == {
        "received": 1,
        "complainant": 2,
        "number": 3,
        "content": 5,
        "status": 6,
        "reply_due": 7,
        "remarks": 8,
    }
    assert table.unknown_headers == ("自定义列",)
    assert [r.index for r in table.rows] == [3, 4]
    first = table.rows[0]
    assert first.cell("received").value == RECEIVED
    assert first.cell("number").value == "TS-20261103-001"
    assert table.rows[1].cell("number") == RawCell()  # an empty known cell is still present
    assert set(table.rows[1].cells) == set(table.columns)


def test_header_in_the_first_row(tmp_path: Path) -> None:
    table = register(build(tmp_path / "demo.xlsx", title=False)).read()
    assert table.header_row == 1
    assert [r.index for r in table.rows] == [2, 3]


def test_register_sheet_is_found_by_title_else_the_first_sheet(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    book = load_workbook(path)
    book.create_sheet("说明", 0)["A1"] = "编号"
    book.save(path)
    assert register(path).read().header_row == 2  # 投诉登记表, not the first sheet 说明

    book[SHEET_TITLE].title = "2026年"
    book.move_sheet("2026年", offset=-1)
    book.save(path)
    assert register(path).read().columns["received"] == 1


def _iso_date(cell) -> None:
    # LibreOffice and WPS may store a date as an ISO string cell (t="d"); openpyxl reads a date.
    cell.parent.parent.iso_dates = True
    cell.value = date(2026, 11, 5)


@pytest.mark.parametrize(
    ("prepare", "expected"),
    [
        (
            lambda c: setattr(c, "value", datetime(2026, 11, 5, 9, 30)),
            RawCell(value=datetime(2026, 11, 5, 9, 30)),
        ),
        (_iso_date, RawCell(value=datetime(2026, 11, 5))),
        (lambda c: setattr(c, "value", "=A3+1"), RawCell(formula="=A3+1")),
        (lambda c: setattr(c, "value", "#N/A"), RawCell(error="#N/A")),
        (
            lambda c: setattr(c, "comment", Comment("按工作日计算", "x")),
            RawCell(note="按工作日计算"),
        ),
        (
            lambda c: setattr(c, "fill", PatternFill("solid", start_color="FFC7CE")),
            RawCell(fill="FFC7CE"),
        ),
        (
            lambda c: setattr(c, "fill", PatternFill("solid", fgColor=Color(indexed=5))),
            RawCell(fill="FFFF00"),
        ),
        (lambda c: setattr(c, "fill", PatternFill("gray125")), RawCell()),
        (
            lambda c: setattr(
                c, "value", CellRichText(["普通", TextBlock(InlineFont(b=True), "加粗")])
            ),
            RawCell(value="普通加粗"),
        ),
    ],
    ids=[
        "datetime",
        "date",
        "formula",
        "error",
        "note",
        "rgb-fill",
        "indexed-fill",
        "pattern",
        "rich-text",
    ],
)
def test_cell_kinds_are_read_into_raw_cells(tmp_path: Path, prepare, expected: RawCell) -> None:
    path = build(tmp_path / "demo.xlsx", rows=1)
    book = load_workbook(path, rich_text=True)
    prepare(book[SHEET_TITLE].cell(3, COL["答复时限"]))
    book.save(path)
    assert register(path).read().rows[0].cell("reply_due") == expected


def test_trailing_empty_rows_are_skipped_but_gaps_kept(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", rows=1)
    book = load_workbook(path)
    sheet = book[SHEET_TITLE]
    sheet.cell(5, COL["投诉内容"], "停车位")  # row 4 left empty between
    for row in range(6, 60):  # pre-formatted rows staff have not used yet
        sheet.cell(row, COL["投诉人"]).fill = PatternFill("solid", start_color="EEEEEE")
    book.save(path)
    rows = register(path).read().rows
    assert [r.index for r in rows] == [3, 4, 5]
    assert rows[1].blank


def test_a_declared_used_range_of_a1_does_not_hide_rows(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", rows=3)
    rezip(
        path,
        edit={
            "xl/worksheets/sheet1.xml": lambda xml: xml.replace(
                b'<dimension ref="A1:H5"/>', b'<dimension ref="A1"/>'
            )
        },
    )
    with zipfile.ZipFile(path) as z:
        assert b'<dimension ref="A1"/>' in z.read("xl/worksheets/sheet1.xml")
    assert [r.index for r in register(path).read().rows] == [3, 4, 5]


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        (["编号", "投诉人", "状态"], ["受理时间"]),
        (["投诉人", "状态"], ["受理时间"]),
    ],
)
def test_missing_required_column_is_named(
    tmp_path: Path, headers: list[str], named: list[str]
) -> None:
    path = build(tmp_path / "demo.xlsx", headers=headers)
    with pytest.raises(MissingColumns) as caught:
        register(path).read()
    message = str(caught.value)
    assert all(h in message for h in named)
    assert "第 2 行" in message


def test_no_header_row_at_all(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", headers=["甲", "乙"])
    with pytest.raises(MissingColumns, match="缺少必需的列：受理时间（.*前 20 行"):
        register(path).read()


def test_duplicate_headers_are_refused(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", headers=["编号", "受理时间", "投诉人", "受理 时间"])
    with pytest.raises(DuplicateColumns, match="受理时间（第 B、D 列）"):
        register(path).read()


def _real_workbook_bytes(tmp_path: Path) -> bytes:
    return build(tmp_path / "source.xlsx").read_bytes()


def _zip_without_workbook(tmp_path: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        lambda tmp: "编号,受理时间\nTS-1,2026-11-03\n".encode(),
        lambda tmp: _real_workbook_bytes(tmp)[: len(_real_workbook_bytes(tmp)) // 2],
        _zip_without_workbook,
        lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),  # an old .xls
        lambda tmp: b"",
    ],
    ids=["csv-text", "truncated", "zip-without-workbook", "old-xls", "empty"],
)
def test_unreadable_files(tmp_path: Path, content) -> None:
    path = tmp_path / "demo.xlsx"
    path.write_bytes(content(tmp_path))
    with pytest.raises(RegisterUnreadable, match="不是有效的 .xlsx 工作簿.*另存为 .xlsx"):
        register(path).read()


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(RegisterUnreadable, match="找不到登记表文件"):
        register(tmp_path / "nowhere.xlsx").read()


# --- applying -----------------------------------------------------------------------------


def test_apply_writes_exactly_the_requested_cells_and_keeps_everything_else(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", extras=True)
    before, before_cells = describe(path), cells(path)
    reg = register(path)
    reg.read()
    reg.apply(
        ChangeSet(
            writes=(
                CellWrite(3, "status", value="处理中", fill="FFC7CE"),
                CellWrite(
                    4,
                    "reply_due",
                    value=datetime(2026, 11, 6, 18, 0),
                    note="【时限说明】3 个工作日",
                ),
                CellWrite(4, "number", value="TS-20261103-002"),
                CellWrite(3, "content", note=None),  # removes the note
            )
        )
    )
    assert describe(path) == before
    after_cells = cells(path)
    assert changed_cells(before_cells, after_cells) == {"F3", "G4", "C4", "E3"}
    assert after_cells[(SHEET_TITLE, "F3")][0] == "'处理中'"
    assert after_cells[(SHEET_TITLE, "F3")][6] == "00FFC7CE"
    assert after_cells[(SHEET_TITLE, "G4")][0] == repr(datetime(2026, 11, 6, 18, 0))
    assert after_cells[(SHEET_TITLE, "G4")][2] == "yyyy-mm-dd hh:mm"
    assert after_cells[(SHEET_TITLE, "G4")][7] == "【时限说明】3 个工作日"
    assert after_cells[(SHEET_TITLE, "E3")][7] is None
    assert isinstance(load_workbook(path, rich_text=True)[SHEET_TITLE]["E4"].value, CellRichText)


@pytest.mark.parametrize("text", ["=SUM(A1:A9)", "+86 138 0000 0000", "-1 天", "@张三"])
def test_formula_looking_text_stays_text(tmp_path: Path, text: str) -> None:
    path = build(tmp_path / "demo.xlsx")
    reg = register(path)
    reg.read()
    reg.apply(ChangeSet(writes=(CellWrite(3, "status", value=text),)))
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    cell = load_workbook(path)[SHEET_TITLE]["F3"]
    assert (cell.value, cell.data_type) == (text, "s")
    assert register(path).read().rows[0].cell("status") == RawCell(value=text)


@pytest.mark.parametrize(
    ("first", "then", "second"),
    [
        (
            CellWrite(3, "reply_due", note="【时限说明】按工作日计算"),
            RawCell(note="【时限说明】按工作日计算"),
            CellWrite(3, "reply_due", note=None),
        ),
        (
            CellWrite(3, "reply_due", fill="FFEB9C"),
            RawCell(fill="FFEB9C"),
            CellWrite(3, "reply_due", fill=None),
        ),
    ],
    ids=["note", "fill"],
)
def test_notes_and_fills_are_set_then_removed(
    tmp_path: Path, first: CellWrite, then: RawCell, second: CellWrite
) -> None:
    path = build(tmp_path / "demo.xlsx")
    reg = register(path)
    reg.read()
    reg.apply(ChangeSet(writes=(first,)))
    reg = register(path)
    assert reg.read().rows[0].cell("reply_due") == then
    reg.apply(ChangeSet(writes=(second,)))
    assert register(path).read().rows[0].cell("reply_due") == RawCell()


def test_new_columns_go_after_the_last_used_column(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx", extras=True)
    reg = register(path, header_fill="DDEBF7")
    reg.read()
    reg.apply(
        ChangeSet(
            new_columns=("sys_level", "overdue"),  # keys only: the backend places them
            writes=(CellWrite(3, "overdue", value="答复超期"),),
        )
    )
    sheet = load_workbook(path)[SHEET_TITLE]
    assert [sheet.cell(2, c).value for c in (9, 10)] == ["系统等级", "超期"]
    assert sheet.cell(2, 9).fill.fgColor.rgb == "00DDEBF7"
    assert sheet.cell(2, 9).font.b  # styled like its neighbour
    assert sheet.column_dimensions["J"].width == 18
    assert sheet["J3"].value == "答复超期"
    table = register(path).read()
    assert table.columns["overdue"] == 10
    assert table.unknown_headers == ("自定义列",)


def test_staff_cells_are_never_overwritten(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    data = path.read_bytes()
    reg = register(path)
    reg.read()
    with pytest.raises(ValueError, match="staff cell"):
        reg.apply(
            ChangeSet(
                writes=(
                    CellWrite(4, "status", value="已办结"),
                    CellWrite(3, "complainant", value="王五"),
                )
            )
        )
    with pytest.raises(ValueError, match="staff cell"):
        reg.apply(ChangeSet(writes=(CellWrite(3, "number", value="TS-X"),)))  # 编号 already set
    assert path.read_bytes() == data
    reg.apply(WRITE_STATUS)  # the refused plans left nothing behind in the workbook
    sheet = load_workbook(path)[SHEET_TITLE]
    assert (sheet["B3"].value, sheet["C3"].value, sheet["F4"].value) == (
        "住户0",
        "TS-20261103-001",
        None,
    )


def test_an_empty_change_set_saves_nothing(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    before = path.stat().st_mtime_ns, path.read_bytes()
    reg = register(path)
    reg.read()
    reg.apply(ChangeSet())
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    assert not (tmp_path / ".backups").exists()


# --- refusing to write --------------------------------------------------------------------


def excel_owner_file(user: str) -> bytes:
    """The layout Excel uses: length + ANSI name padded to 54, then length + UTF-16-LE name."""
    ansi = user.encode("gbk")
    head = (bytes([len(ansi)]) + ansi).ljust(54, b" ")
    return (head + len(user).to_bytes(2, "little") + user.encode("utf-16-le")).ljust(165, b"\x20")


@pytest.mark.parametrize(
    ("lock_name", "content", "holder"),
    [
        ("~$demo.xlsx", excel_owner_file("张三"), "正被 张三 在 Excel 中打开（~$demo.xlsx）"),
        ("~$demo.xlsx", bytes([4]) + "李四".encode("gbk"), "正被 李四 在 Excel 中打开"),
        ("~$mo.xlsx", excel_owner_file("Zhang San"), "正被 Zhang San 在 Excel 中打开（~$mo.xlsx）"),
        (
            ".~lock.demo.xlsx#",
            b",wangwu,OFFICE-PC,28.11.2026 10:15,file:///home/wangwu/.config/libreoffice/4;",
            "正被 wangwu 在 LibreOffice 中打开（.~lock.demo.xlsx#）",
        ),
        (
            ".~lock.demo.xlsx#",
            "王五,wangwu,OFFICE-PC,28.11.2026 10:15,file:///x;".encode(),
            "正被 王五 在 LibreOffice 中打开",
        ),
        (".~demo.xlsx", b"\x00" * 16, "正被他人在 WPS 中打开（.~demo.xlsx）"),
        (".~emo.xlsx", b"", "正被他人在 WPS 中打开（.~emo.xlsx）"),
    ],
    ids=[
        "excel",
        "excel-ansi-only",
        "excel-shortened",
        "libreoffice",
        "libreoffice-full-name",
        "wps",
        "wps-shortened",
    ],
)
def test_a_lock_file_refuses_the_write_and_names_the_holder(
    tmp_path: Path, lock_name: str, content: bytes, holder: str
) -> None:
    path = build(tmp_path / "demo.xlsx")
    reg = register(path)
    reg.read()
    (tmp_path / lock_name).write_bytes(content)
    data = path.read_bytes()
    with pytest.raises(RegisterLocked) as caught:
        reg.apply(WRITE_STATUS)
    assert holder in str(caught.value)
    assert "本次未写入" in str(caught.value)
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["demo.xlsx", lock_name])


@pytest.mark.parametrize(
    "lock_name", ["~$other.xlsx", ".~lock.other.xlsx#", ".~other.xlsx", "~$o.xlsx"]
)
def test_another_workbooks_lock_file_does_not_block(tmp_path: Path, lock_name: str) -> None:
    path = build(tmp_path / "demo.xlsx")
    (tmp_path / lock_name).write_bytes(excel_owner_file("张三"))
    assert find_lock(path) is None
    reg = register(path)
    reg.read()
    reg.apply(WRITE_STATUS)
    assert load_workbook(path)[SHEET_TITLE]["F3"].value == "处理中"


def _rewrite(path: Path) -> None:
    build(path, rows=5)


def _same_size_and_mtime(path: Path) -> None:
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[-30] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.mark.parametrize(
    "change",
    [_rewrite, _same_size_and_mtime, lambda p: p.unlink()],
    ids=["rewritten", "same-size-and-mtime", "missing"],
)
def test_a_register_changed_after_reading_is_not_written(tmp_path: Path, change) -> None:
    path = build(tmp_path / "demo.xlsx")
    reg = register(path)
    reg.read()
    change(path)
    data = path.read_bytes() if path.exists() else None
    with pytest.raises(RegisterChanged, match="本次未写入，下次同步会重试"):
        reg.apply(WRITE_STATUS)
    assert (path.read_bytes() if path.exists() else None) == data
    assert [p.name for p in tmp_path.iterdir() if p.name != "demo.xlsx"] == []


def test_lossless_check_passes_for_a_plain_register(tmp_path: Path) -> None:
    reg = register(build(tmp_path / "demo.xlsx", extras=True))
    reg.read()
    assert reg.losses == ()


_SHAPE_DRAWING = (
    b'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
    b"<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>"
)
_VALIDATION_EXTENSION = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("xl/cellimages.xml", b"<cellImages/>"),
        ("xl/drawings/drawing9.xml", _SHAPE_DRAWING),
        ("xl/vbaProject.bin", b"\x00"),
        ("xl/charts/chart1.xml", b"<c:chartSpace/>"),
    ],
    ids=["wps-cell-images", "shapes", "vba", "chart"],
)
def test_parts_openpyxl_would_drop_are_kept_byte_for_byte(
    tmp_path: Path, name: str, body: bytes
) -> None:
    path = build(tmp_path / "demo.xlsx")
    rezip(path, add={name: body})
    reg = register(path)
    reg.read()
    reg.apply(WRITE_STATUS)
    assert reg.losses == ()
    with zipfile.ZipFile(path) as archive:
        assert archive.read(name) == body
    assert load_workbook(path)[SHEET_TITLE]["F3"].value == "处理中"


def test_extension_list_validation_is_kept(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    rezip(
        path,
        edit={
            "xl/worksheets/sheet1.xml": lambda x: x.replace(b"</worksheet>", _VALIDATION_EXTENSION)
        },
    )
    reg = register(path)
    reg.read()
    reg.apply(WRITE_STATUS)
    with zipfile.ZipFile(path) as archive:
        assert archive.read("xl/worksheets/sheet1.xml").endswith(_VALIDATION_EXTENSION)
    assert load_workbook(path)[SHEET_TITLE]["F3"].value == "处理中"


_SHARED_FORMULA = (
    b'<c r="F3"><f t="shared" ref="F3:F4" si="0">B3</f><v>0</v></c></row><row r="4">',
    b'<c r="F4"><f t="shared" si="0"/><v>0</v></c></row></sheetData>',
)


def test_overwriting_the_start_of_a_shared_formula_refuses_the_write_unless_allowed(
    tmp_path: Path,
) -> None:
    path = build(tmp_path / "demo.xlsx")
    rezip(
        path,
        edit={
            "xl/worksheets/sheet1.xml": lambda x: x.replace(
                b'</row><row r="4">', _SHARED_FORMULA[0]
            ).replace(b"</row></sheetData>", _SHARED_FORMULA[1])
        },
    )
    data = path.read_bytes()
    reg = register(path)
    reg.read()
    with pytest.raises(LossyWrite, match="共享公式"):
        reg.apply(WRITE_STATUS)
    assert path.read_bytes() == data

    reg = register(path, allow_lossy=True)
    reg.read()
    reg.apply(WRITE_STATUS)
    assert load_workbook(path)[SHEET_TITLE]["F3"].value == "处理中"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_read_only_folder_fails_with_the_original_intact(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    path = build(folder / "demo.xlsx")
    data = path.read_bytes()
    reg = register(path)
    reg.read()
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteFailed, match="原文件没有改动"):
            reg.apply(WRITE_STATUS)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == data
    assert [p.name for p in folder.iterdir()] == ["demo.xlsx"]


def test_a_failed_backup_fails_the_write_with_the_original_intact(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    (tmp_path / ".backups").write_text("not a folder")
    data = path.read_bytes()
    reg = register(path)
    reg.read()
    with pytest.raises(WriteFailed, match="无法写入登记表 demo.xlsx"):
        reg.apply(WRITE_STATUS)
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == [".backups", "demo.xlsx"]


# --- saving -------------------------------------------------------------------------------


def test_backups_are_kept_and_pruned_for_this_register_only(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    backups = tmp_path / ".backups"
    backups.mkdir()
    others = [
        "demo-2-20200101-000000-000000.xlsx",
        "other-20200101-000000-000000.xlsx",
        "notes.txt",
    ]
    for name in others:
        (backups / name).write_bytes(b"x")
    seen = []
    for n in range(4):
        seen.append(path.read_bytes())
        reg = register(path, backups_keep=2)
        reg.read()
        reg.apply(ChangeSet(writes=(CellWrite(3, "status", value=f"第{n}次"),)))
    kept = register(path, backups_keep=2).backups()
    assert len(kept) == 2
    assert [p.read_bytes() for p in kept] == seen[-2:]
    assert all(p.name.startswith("demo-") for p in kept)
    assert all((backups / name).exists() for name in others)


def test_permissions_are_preserved(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    path.chmod(0o640)
    reg = register(path)
    reg.read()
    reg.apply(WRITE_STATUS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_workbook(path)[SHEET_TITLE]["F3"].value == "处理中"


def test_a_second_apply_on_the_same_register_builds_on_the_first(tmp_path: Path) -> None:
    path = build(tmp_path / "demo.xlsx")
    reg = register(path)
    reg.read()
    reg.apply(WRITE_STATUS)
    reg.apply(ChangeSet(writes=(CellWrite(4, "status", value="待响应"),)))
    sheet = load_workbook(path)[SHEET_TITLE]
    assert (sheet["F3"].value, sheet["F4"].value) == ("处理中", "待响应")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([], None),
        (["~$demo.xlsx"], "正被他人在 Excel 中打开（~$demo.xlsx）"),
        (["demo.xlsx.bak", "~$demo.xlsx.bak"], None),
        ([".~lock.demo.xlsx#"], "正被他人在 LibreOffice 中打开（.~lock.demo.xlsx#）"),
    ],
)
def test_find_lock(tmp_path: Path, names: list[str], expected: str | None) -> None:
    for name in names:
        (tmp_path / name).write_bytes(b"")
    assert find_lock(tmp_path / "demo.xlsx") == expected


@pytest.mark.parametrize("name", ["~$demo.xlsx", ".~lock.demo.xlsx#", ".~demo.xlsx"])
def test_a_folder_named_like_a_lock_file_is_no_lock(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    assert find_lock(tmp_path / "demo.xlsx") is None
