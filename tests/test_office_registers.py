"""Registers as offices keep them: no 编号 column, a worksheet under any name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from registers import assert_staff_unchanged, plain_register, staff_snapshot

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import SHEET_TITLE
from sync.gsheets.cells import datetime_to_serial
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister
from tests.sheets_server import SheetsServer, local_sheets

RULES, CALENDAR = load_policy(Path(__file__).resolve().parents[1] / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
HEADERS = ["受理时间", "投诉人", "房号", "投诉对象", "渠道", "投诉内容"]
ROWS = [
    [datetime(2026, 11, 20, 9, 0), "张伟", "3-1102", "管理处", "来电", "电梯停运"],
    [datetime(2026, 11, 20, 15, 0), "李娜", "5-302", "业户之间", "来访", "装修噪音"],
    [datetime(2026, 11, 21, 8, 30), "王芳", "1-1102", "开发商", "网络", "外墙渗水"],
]
NUMBERS = ["TS-20261120-001", "TS-20261120-002", "TS-20261121-001"]


def google_sync(key: str, **options: object):
    register = GoogleRegister.open(key, transport=local_sheets(), retry=Retry(base=0), **options)
    return sync_register(register, RULES, CALENDAR, NOW)


def google_sheet(server: SheetsServer, key: str, *titles: str, at: int = 0):
    """A spreadsheet whose sheet number `at` holds HEADERS and ROWS."""
    sheet = server.create(key, *titles).sheets[at]
    date_format = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
    for i, row in enumerate([HEADERS, *ROWS], start=1):
        for j, value in enumerate(row, start=1):
            if isinstance(value, datetime):
                sheet.set(i, j, datetime_to_serial(value), userEnteredFormat=date_format)
            else:
                sheet.set(i, j, value)
    return sheet


# --- a register without 编号 ---------------------------------------------------------------------


def test_an_xlsx_register_without_numbers_gets_the_column_on_its_first_sync(tmp_path: Path):
    path = plain_register(tmp_path / "register.xlsx", [HEADERS, *ROWS])
    before = staff_snapshot(path)

    first = sync_register(open_xlsx(path, RULES), RULES, CALENDAR, NOW)

    assert first.written and first.changes.new_columns[0] == "number"
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    column = [c.value for c in sheet[1]].index("编号") + 1
    assert column == len(HEADERS) + 1  # after the office's columns, before the computed ones
    assert [sheet.cell(r, column).value for r in (2, 3, 4)] == NUMBERS
    assert sheet.cell(1, column).fill.patternType is None  # a staff column, not set apart
    assert sheet.cell(1, column + 1).fill.patternType == "solid"
    added = {(SHEET_TITLE, r, column) for r in range(1, 5)}
    assert_staff_unchanged(before, staff_snapshot(path), added)

    data = path.read_bytes()
    second = sync_register(open_xlsx(path, RULES), RULES, CALENDAR, NOW)
    assert not second.written and path.read_bytes() == data


def test_a_google_register_without_numbers_gets_the_column_on_its_first_sync(sheets):
    sheet = google_sheet(sheets, "unnumbered", SHEET_TITLE)

    first = google_sync("unnumbered")

    assert first.written and first.changes.new_columns[0] == "number"
    column = len(HEADERS) + 1  # after the office's columns, before the computed ones
    assert sheet.value(1, column) == "编号"
    assert [sheet.value(r, column) for r in (2, 3, 4)] == NUMBERS
    assert "backgroundColor" not in sheet.get(1, column).get("userEnteredFormat", {})
    assert "backgroundColor" in sheet.get(1, column + 1).get("userEnteredFormat", {})
    assert [sheet.value(r, 2) for r in (2, 3, 4)] == [row[1] for row in ROWS]

    sheets.reset()
    second = google_sync("unnumbered")
    assert not second.written and [r.kind for r in sheets.log] == ["get"]
