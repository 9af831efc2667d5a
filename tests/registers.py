"""Build registers the way office staff fill them, and snapshot what staff own in them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from sync.core.schema import BY_HEADER, COLUMNS, SHEET_TITLE


def register_book(rows: Iterable[Sequence[object]]) -> tuple[Workbook, Worksheet]:
    """A workbook whose register sheet holds `rows`, the header first, for a test to add to."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    for row in rows:
        sheet.append(list(row))
    return book, sheet


def plain_register(path: Path, rows: Iterable[Sequence[object]]) -> Path:
    """A register with just a header row and `rows` under it, saved at `path`."""
    book, _ = register_book(rows)
    book.save(path)
    return path


def staff_layout_register(path: Path, rows: list[dict[str, object]]) -> Path:
    """A register made by hand: a merged title row above the header, columns in the office's
    own order, an extra column the contract does not know, a blank row in the middle, a
    second sheet, a staff comment, a coloured staff cell and a custom width."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    headers = [
        "受理时间",
        "编号",
        "投诉人",
        "房号",
        "楼栋区域",
        "投诉对象",
        "渠道",
        "投诉内容",
        "楼层",
        "等级",
        "是否有效",
        "索赔金额",
        "安全隐患",
        "关联事项",
        "首次响应时间",
        "答复时间",
        "办结时间",
        "处理结果",
        "回访时间",
        "联系电话",
    ]
    ws.append(["阳光花园物业服务中心投诉登记表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for i, row in enumerate(rows):
        if i == 2:
            ws.append([])  # a blank row left in the middle
        ws.append([row.get(h) for h in headers])
    ws.column_dimensions["H"].width = 44
    ws["C3"].fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    ws["H3"].comment = openpyxl.comments.Comment("业主要求书面答复", "王经理")
    other = wb.create_sheet("月报")
    other["A1"] = "十一月投诉汇总"
    wb.save(path)
    return path


def staff_snapshot(path: Path, register: str = SHEET_TITLE) -> dict[tuple[str, int, int], tuple]:
    """Every cell staff own (all sheets; on the register sheet, called `register`, every
    non-computed column): value, number format, font, fill, border, and a comment that is
    not the sync's."""
    wb = openpyxl.load_workbook(path, rich_text=True)
    snap: dict[tuple[str, int, int], tuple] = {}
    for ws in wb.worksheets:
        computed_cols = set()
        if ws.title == register:
            # The header is the row naming the most columns (a staff cell may hold "校验").
            header = max(ws.iter_rows(min_row=1, max_row=20), key=_known_headers)
            computed_cols = {
                c.column
                for c in header
                if _header(c) in BY_HEADER and BY_HEADER[_header(c)].computed
            }
        for row in ws.iter_rows():
            for c in row:
                comment = c.comment.text if c.comment else None
                if comment and comment.startswith("【校验】"):
                    comment = None  # the sync's own problem notes
                if c.column in computed_cols or (c.value is None and comment is None and _plain(c)):
                    continue  # a computed cell, or an empty one that looks like no cell
                snap[(ws.title, c.row, c.column)] = (
                    c.value,
                    c.number_format,
                    repr(c.font),
                    repr(c.fill),
                    repr(c.border),
                    comment,
                )
        for letter, dim in ws.column_dimensions.items():
            snap[(ws.title, "width", letter)] = dim.width
        snap[(ws.title, "merged", 0)] = tuple(sorted(str(r) for r in ws.merged_cells.ranges))
        snap[(ws.title, "validation", 0)] = tuple(
            sorted(str(dv.sqref) for dv in ws.data_validations.dataValidation)
        )
        snap[(ws.title, "conditional", 0)] = tuple(
            sorted(str(r.sqref) for r in ws.conditional_formatting)
        )
    snap[("workbook", "sheets", 0)] = tuple(wb.sheetnames)
    snap[("workbook", "names", 0)] = tuple(sorted(wb.defined_names))
    return snap


def _header(c) -> str:
    return c.value.strip() if isinstance(c.value, str) else ""


def _known_headers(row) -> int:
    return sum(_header(c) in BY_HEADER for c in row)


def _plain(c) -> bool:
    b = c.border
    return (
        c.fill.patternType is None
        and c.number_format == "General"
        and not (c.font.b or c.font.i or c.font.u or c.font.strike)
        and not any(side.style for side in (b.left, b.right, b.top, b.bottom))
    )


def assert_staff_unchanged(before: dict, after: dict, filled_numbers: set[tuple] = frozenset()):
    """Every staff-owned thing in `before` stands unchanged in `after`; the one allowed
    change is an empty 编号 cell the sync filled (listed in filled_numbers)."""
    changed = [k for k, v in before.items() if k not in filled_numbers and after.get(k) != v]
    # A staff cell that appeared (with a value, style or a person's comment) is a change too.
    changed += [
        k for k in after.keys() - before.keys() if isinstance(k[1], int) and k not in filled_numbers
    ]
    assert not changed, [(k, before.get(k), after.get(k)) for k in changed[:5]]


def column_values(path: Path, header: str) -> dict[int, object]:
    """The values of one column by sheet row, found by its header text."""
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.active
    for row in ws.iter_rows(min_row=1, max_row=20):
        for c in row:
            if c.value == header:
                return {r: ws.cell(r, c.column).value for r in range(c.row + 1, ws.max_row + 1)}
    raise KeyError(header)


ALL_HEADERS = [c.header for c in COLUMNS]
