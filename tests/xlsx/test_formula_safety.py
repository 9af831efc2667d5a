"""Text the sync writes into cells never becomes a formula, whatever staff typed and whatever
names the office chose in rules.yaml: on both backends it goes in as text."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from registers import register_book

from sync.api import load_policy, sync_register
from sync.cli import cli
from sync.core.schema import BY_HEADER, SHEET_TITLE
from sync.gsheets.cells import datetime_to_serial
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister
from tests.registers import column_values
from tests.sheets_server import local_sheets

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-22 10:00"
# Every lead that makes Excel, WPS or Sheets take a text for a formula.
LEADS = ["=", "+", "-", "@"]
ROLE_NAMES = {
    "office_head": '=HYPERLINK("http://evil.example","主任")',
    "quality_department": "+品质部",
}
APPROVAL = {"职能负责人": "-职能负责人", "地区公司总经理": "@地区公司总经理"}

HEADERS = ["编号", "受理时间", "投诉对象", "渠道", "投诉内容", "房号", "关联事项", "安全隐患",
           "赔付金额", "升级原因", "校验", "通知时限", "审批层级", "备注"]  # fmt: skip
# Staff typed formula leads everywhere, and someone typed formulas into computed columns.
ROWS = [
    ["TS-1", datetime(2026, 11, 20, 9, 0), "管理处", "=来电", "=1+1", "@3栋", "+关联", "是",
     3000, "=SUM(A1:A3)", "+86 138", None, None, "-备注"],
    ["TS-2", "=NOW()", "-开发商", "来电", "-电梯坏", "=A1", "=B2", "@是", "+2万",
     None, "=1/0", "@人", "=HYPERLINK(\"x\")", "@备注"],
    ["TS-3", datetime(2026, 11, 21, 9, 0), "管理处", "来访", "楼道漏水", "5-1-302", "+关联", "是",
     8000, None, None, None, None, None],
]  # fmt: skip
FORMULA_CELLS = {("升级原因", 2), ("校验", 3), ("审批层级", 3)}


def hostile_rules(tmp_path: Path) -> Path:
    """rules.yaml whose role and approval names themselves start with formula leads."""
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    text = text.replace("office_head: 主任", f"office_head: '{ROLE_NAMES['office_head']}'")
    text = text.replace("quality_department: 品质部", "quality_department: '+品质部'")
    for old, new in APPROVAL.items():
        text = text.replace(f"level: {old}}}", f"level: '{new}'}}")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def staff_register(path: Path) -> Path:
    book, sheet = register_book([HEADERS, *ROWS])
    for header, row in FORMULA_CELLS:
        sheet.cell(row, HEADERS.index(header) + 1).value = "=1+1"
    book.save(path)
    return path


def formulas_in_package(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    return re.findall(r'<c r="([A-Z]+\d+)"[^>]*>\s*<f', xml)


def test_xlsx_cells_the_sync_writes_are_text_even_when_they_start_like_formulas(tmp_path):
    rules = hostile_rules(tmp_path)
    path = staff_register(tmp_path / "register.xlsx")
    staff_formulas = {c for c in formulas_in_package(path)}

    result = CliRunner().invoke(
        cli,
        ["sync", str(path), "--rules", str(rules), "--now", NOW, "--root", str(tmp_path)],
        catch_exceptions=False,
    )

    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    header = {c.value: c.column for c in sheet[1]}
    computed = [h for h in header if h in BY_HEADER and BY_HEADER[h].computed]
    # The staff formulas typed into computed cells are gone; no computed cell holds a formula.
    left = {c for c in formulas_in_package(path)}
    assert left <= staff_formulas
    assert not [
        (h, r) for h in computed for r in (2, 3, 4) if sheet.cell(r, header[h]).data_type == "f"
    ]
    notify = column_values(path, "通知时限")
    assert notify[2].startswith('=HYPERLINK("http://evil.example","主任") 2026-11-20 09:15')
    assert "；+品质部 2026-11-20 10:00" in notify[2]
    assert sheet.cell(2, header["通知时限"]).data_type == "s"
    approval = column_values(path, "审批层级")
    assert (approval[2], approval[4]) == ("-职能负责人", "@地区公司总经理")
    assert sheet.cell(4, header["审批层级"]).data_type == "s"
    # A formula staff typed into a staff cell is kept, and the problem is a note beside it.
    assert sheet.cell(3, header["受理时间"]).data_type == "f"
    assert sheet.cell(3, header["受理时间"]).comment.text == "【校验】单元格是公式，请直接填写值"


def test_a_second_sync_sees_its_own_text_and_writes_nothing(tmp_path):
    rules = hostile_rules(tmp_path)
    path = staff_register(tmp_path / "register.xlsx")
    args = ["sync", str(path), "--rules", str(rules), "--now", NOW, "--root", str(tmp_path)]
    CliRunner().invoke(cli, args, catch_exceptions=False)
    data = path.read_bytes()

    result = CliRunner().invoke(cli, args, catch_exceptions=False)

    assert result.exit_code == 0 and "登记表无需更新，未写入。" in result.output, result.output
    assert path.read_bytes() == data


@pytest.fixture
def google_sheet(sheets):
    sheet = sheets.create("formula-key", SHEET_TITLE).sheets[0]
    date_format = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
    for j, header in enumerate(HEADERS, start=1):
        sheet.set(1, j, header)
    for i, values in enumerate(ROWS, start=2):
        for j, value in enumerate(values, start=1):
            if isinstance(value, datetime):
                sheet.set(i, j, datetime_to_serial(value), userEnteredFormat=date_format)
            elif isinstance(value, str) and value.startswith(tuple(LEADS)):
                sheet.cells[(i - 1, j - 1)] = {"userEnteredValue": {"stringValue": value}}
            elif value is not None:
                sheet.set(i, j, value)
    for header, row in FORMULA_CELLS:
        sheet.set(row, HEADERS.index(header) + 1, "=1+1")
    return sheet


def test_google_cells_the_sync_writes_are_string_values(sheets, google_sheet, tmp_path):
    rules, calendar = load_policy(hostile_rules(tmp_path))
    register = GoogleRegister.open(
        "formula-key", transport=local_sheets(), retry=Retry(attempts=2, base=0.0)
    )

    sync_register(register, rules, calendar, datetime(2026, 11, 22, 10, 0))

    headers = {c: google_sheet.value(1, c + 1) for (r, c) in google_sheet.cells if r == 0}
    computed_cols = {c for c, h in headers.items() if h in BY_HEADER and BY_HEADER[h].computed}
    assert len(computed_cols) == len([h for h in BY_HEADER.values() if h.computed])
    entered = [
        cell.get("userEnteredValue", {})
        for (r, c), cell in google_sheet.cells.items()
        if r > 0 and c in computed_cols
    ]
    assert not [v for v in entered if "formulaValue" in v]
    texts = [v["stringValue"] for v in entered if "stringValue" in v]
    assert any(t.startswith('=HYPERLINK("http://evil.example","主任")') for t in texts)
    assert {"-职能负责人", "@地区公司总经理"} <= set(texts)
