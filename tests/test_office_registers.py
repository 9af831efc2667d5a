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
from tests.sheets_server import Sheet, SheetsServer, local_sheets

RULES_PATH = Path(__file__).resolve().parents[1] / "rules.yaml"
RULES, CALENDAR = load_policy(RULES_PATH)
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


def fill_register(sheet: Sheet) -> Sheet:
    """`sheet` with HEADERS and ROWS typed in, dates as dates."""
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
    sheet = fill_register(sheets.create("unnumbered", SHEET_TITLE).sheets[0])

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


# --- a Google register under any worksheet name ---------------------------------------------------


def cli_sync(sheets: SheetsServer, tmp_path: Path, key: str, *options: str):
    from click.testing import CliRunner

    from sync.api import Seams
    from sync.cli import cli

    args = ["sync", "--google", key, "--rules", str(RULES_PATH), "--now", "2026-11-22 10:00"]
    return CliRunner().invoke(
        cli, [*args, "--root", str(tmp_path), *options], obj=Seams(sheets=sheets.transport)
    )


def test_the_register_is_the_worksheet_whose_header_matches(sheets, tmp_path: Path):
    report, register = sheets.create("named", "月报", "2026年投诉").sheets
    report.set(1, 1, "十一月投诉汇总")
    fill_register(register)

    first = cli_sync(sheets, tmp_path, "named")

    assert first.exit_code == 0, first.output
    assert "已写入" in first.output
    assert register.value(1, len(HEADERS) + 1) == "编号"
    assert register.value(2, len(HEADERS) + 2) == "待响应"
    assert report.cells == {(0, 0): {"userEnteredValue": {"stringValue": "十一月投诉汇总"}}}

    sheets.reset()
    second = cli_sync(sheets, tmp_path, "named")
    assert "无需更新" in second.output
    # 投诉登记表 is tried first (one read when it is there), then the titles, their first rows
    # and the register.
    assert [r.kind for r in sheets.log] == ["get"] * 4


def test_worksheet_chooses_among_registers(sheets, tmp_path: Path):
    first, second = sheets.create("phases", "一期", "二期").sheets
    fill_register(first), fill_register(second)
    before = dict(first.cells)

    synced = cli_sync(sheets, tmp_path, "phases", "--worksheet", "二期")

    assert synced.exit_code == 0, synced.output
    assert second.value(2, len(HEADERS) + 2) == "待响应"
    assert first.cells == before


def test_when_no_worksheet_matches_the_message_shows_what_each_holds(sheets, tmp_path: Path):
    report, blank, listing = sheets.create("none", "月报", "Sheet2", "名单").sheets
    report.set(1, 1, "十一月投诉汇总")
    report.set(2, 1, "来电")
    report.set(2, 2, 3)
    listing.set(3, 1, "编号")  # a register's word, but no 受理时间
    listing.set(3, 2, "投诉人")
    listing.set(3, 3, "一位业主写了很长很长很长的一段话")
    before = {s.title: dict(s.cells) for s in sheets.spreadsheets["none"].sheets}

    refused = cli_sync(sheets, tmp_path, "none")

    assert refused.exit_code != 0
    assert refused.output == (
        "错误：Google 表格「登记表」中没有登记表：没有哪个工作表的前 20 行有含“受理时间”的表头行。"
        "各工作表的内容：工作表“月报”第 1 行：十一月投诉汇总；工作表“Sheet2”前 20 行是空的；"
        "工作表“名单”第 3 行：编号、投诉人、一位业主写了很长很长很长…。"
        "请在登记表所在工作表的表头行写上与模板一致的列名（至少“受理时间”），"
        "或用 --worksheet 名称 指定登记表所在的工作表，或运行 complaints init --google 准备表格。\n"
    )
    assert {s.title: s.cells for s in sheets.spreadsheets["none"].sheets} == before
    assert sheets.count(writes=True) == 0


def test_a_worksheet_that_is_not_there_is_named_with_those_that_are(sheets, tmp_path: Path):
    fill_register(sheets.create("missing", "登记", "月报").sheets[0])

    refused = cli_sync(sheets, tmp_path, "missing", "--worksheet", "登记表")

    assert refused.exit_code != 0
    assert refused.output == (
        "错误：Google 表格「登记表」中没有名为“登记表”的工作表（现有工作表：“登记”、“月报”）。"
        "请检查 --worksheet 后的名称；不写 --worksheet 时，程序会自动使用表头相符的工作表。\n"
    )
