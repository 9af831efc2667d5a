"""`complaints init`: the blank register workbook.

Formatting, locking and number formats are set per column (openpyxl's ColumnDimension,
written as `<col style=...>`), not cell by cell: Excel gives every cell a user types into a
column that column's style, so the file stays a few kilobytes however many rows staff add.
A cell written by a program does not inherit it; `apply_column_style` gives it the column's.
"""

from __future__ import annotations

import os
from copy import copy

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..core.rules import Rules
from ..core.schema import COLUMNS, COMPUTED_COLUMNS, EXPLAIN_SHEET_TITLE, SHEET_TITLE, Column
from ..errors import RegisterExists, WriteFailed, os_reason
from ..policy.describe import (
    EXPLANATION_HEADERS,
    explanation_intro,
    explanation_rows,
)
from .styles import DATETIME_FORMAT

TEXT_FORMAT = "@"
# Typed as numbers or dates by Excel unless the column is text: '5-1-302' would become a
# date and a landline typed without its dash would lose the leading 0.
TEXT_FORMAT_KEYS = frozenset({"number", "area", "unit", "phone"})
LIST_SHEET_TITLE = "下拉列表"
LAST_ROW = 1_048_576  # Excel's last row: validations cover the whole column below the header
_INLINE_LIST_MAX = 255  # Excel's limit for an inline list validation

_THIN = Side(style="thin", color="808080")
_THICK = Side(style="thick", color="000000")
_HEADER_ROW = 1


def init_register(path: str | os.PathLike[str], rules: Rules) -> None:
    """Write a new, empty register to `path`; never replaces an existing file."""
    save_new(build_workbook(rules), path)


def save_new(workbook: Workbook, path: str | os.PathLike[str]) -> None:
    """Save to a path that must not exist yet (exclusive create: no race with another writer)."""
    try:
        os.makedirs(os.path.dirname(os.fspath(path)) or ".", exist_ok=True)
    except OSError as exc:
        raise WriteFailed(f"无法创建 {os.fspath(path)}：{os_reason(exc)}。请换一个位置。") from exc
    try:
        fh = open(path, "xb")  # noqa: SIM115 - closed below, removed again if saving fails
    except FileExistsError:
        raise RegisterExists(
            f"{os.fspath(path)} 已存在，未做任何改动。请换一个文件名，或先把原文件移走再创建。"
        ) from None
    except OSError as exc:
        raise WriteFailed(f"无法创建 {os.fspath(path)}：{os_reason(exc)}。请换一个位置。") from exc
    try:
        with fh:
            workbook.save(fh)
    except BaseException:
        os.remove(path)
        raise


def build_workbook(rules: Rules) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    _write_header(ws, rules)
    _add_validations(wb, ws, rules)
    ws.protection = SheetProtection(
        sheet=True,  # no password: staff lift it with 审阅 → 撤销工作表保护
        formatCells=False,
        formatColumns=False,
        formatRows=False,
        insertRows=False,
        sort=False,
        autoFilter=False,
    )
    _write_explanation(wb.create_sheet(EXPLAIN_SHEET_TITLE), rules)
    return wb


def apply_column_style(cell: Cell) -> None:
    """Give a cell written by a program the style (format, lock, border) of its column."""
    dim = cell.parent.column_dimensions[cell.column_letter]
    cell._style = copy(dim._style)


def _write_header(ws: Worksheet, rules: Rules) -> None:
    computed_fill = PatternFill("solid", fgColor=rules.colours.computed_header)
    first_computed = COMPUTED_COLUMNS[0].key
    for index, col in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        left = _THICK if col.key == first_computed else _THIN
        cell = ws.cell(row=_HEADER_ROW, column=index, value=col.header)
        cell.font = Font(bold=True)
        cell.border = Border(left=left, right=_THIN, top=_THIN, bottom=_THIN)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.protection = Protection(locked=True)
        if col.computed:
            cell.fill = computed_fill

        dim = ws.column_dimensions[letter]
        dim.width = col.width
        dim.protection = Protection(locked=col.computed)
        dim.number_format = _number_format(col)
        if col.key == first_computed:
            dim.border = Border(left=_THICK)
        if col.kind == "text" and col.width >= 20:
            dim.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[_HEADER_ROW].height = 30
    ws.freeze_panes = "B2"  # header row and 编号 stay in view
    ws.auto_filter.ref = f"A{_HEADER_ROW}:{get_column_letter(len(COLUMNS))}{_HEADER_ROW}"


def _number_format(col: Column) -> str:
    if col.kind == "datetime":
        return DATETIME_FORMAT
    if col.key in TEXT_FORMAT_KEYS:
        return TEXT_FORMAT
    return "General"


def _add_validations(wb: Workbook, ws: Worksheet, rules: Rules) -> None:
    by_list: dict[str, list[int]] = {}
    for index, col in enumerate(COLUMNS, start=1):
        if col.kind == "enum" and not col.computed and col.list_key:
            by_list.setdefault(col.list_key, []).append(index)
    list_sheet: Worksheet | None = None
    list_sheet_columns = 0
    for list_key, indexes in by_list.items():
        values = rules.lists[list_key]
        inline = ",".join(values)
        if len(inline) <= _INLINE_LIST_MAX and not any("," in v or '"' in v for v in values):
            formula = f'"{inline}"'
        else:
            # Too long (or unquotable) for an inline list: keep the values on a hidden sheet.
            if list_sheet is None:
                list_sheet = wb.create_sheet(LIST_SHEET_TITLE)
                list_sheet.sheet_state = "hidden"
            formula = _list_range(list_sheet, list_sheet_columns + 1, values)
            list_sheet_columns += 1
        dv = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop",
            errorTitle="输入有误",
            error=_choice_error(values),
        )
        for index in indexes:
            letter = get_column_letter(index)
            dv.add(f"{letter}{_HEADER_ROW + 1}:{letter}{LAST_ROW}")
        ws.add_data_validation(dv)


def _list_range(sheet: Worksheet, column: int, values: tuple[str, ...]) -> str:
    for row, value in enumerate(values, start=1):
        sheet.cell(row=row, column=column, value=value)
    letter = get_column_letter(column)
    return f"{quote_sheetname(sheet.title)}!${letter}$1:${letter}${len(values)}"


def _choice_error(values: tuple[str, ...]) -> str:
    full = (
        f"请从下拉列表中选择：{'、'.join(values)}。如需增加选项，请在 rules.yaml 的 lists 中添加。"
    )
    return (
        full
        if len(full) <= _INLINE_LIST_MAX
        else "请从下拉列表中选择。如需增加选项，请在 rules.yaml 的 lists 中添加。"
    )


def _write_explanation(ws: Worksheet, rules: Rules) -> None:
    intro = explanation_intro(rules, google=False)
    for row, text in enumerate(intro, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = Font(bold=row == 1, size=14 if row == 1 else 11)

    header_row = len(intro) + 2
    widths = (16, 10, 40, 70)
    for index, (text, width) in enumerate(zip(EXPLANATION_HEADERS, widths, strict=True), start=1):
        cell = ws.cell(row=header_row, column=index, value=text)
        cell.font = Font(bold=True)
        cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
        ws.column_dimensions[get_column_letter(index)].width = width
    for row, values in enumerate(explanation_rows(rules), start=header_row + 1):
        for index, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=index, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
