"""A register made before issue 17 syncs without loss, on .xlsx and on Google Sheets: the new
computed column 重复投诉 is added like any missing computed column; the new staff columns
(回访次数, 约定完成时间, 约定原因, 赔付金额, 主任知悉时间, 品质部知悉时间) stay optional, so
the rules they feed are off and nothing else changes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from registers import assert_staff_unchanged, column_values, register_book, staff_snapshot

from sync.api import load_policy, sync_register
from sync.core.schema import COLUMNS, SHEET_TITLE
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister
from sync.xlsx.register import XlsxRegister
from tests.sheets_server import SheetsServer, local_sheets, sheet_rows

RULES = Path(__file__).resolve().parents[1] / "rules.yaml"
NOW = datetime(2026, 11, 22, 10, 0)
NEW_STAFF = {
    "callback_attempts",
    "agreed_due",
    "agreed_reason",
    "compensation",
    "head_informed",
    "quality_informed",
}
OLD_HEADERS = [c.header for c in COLUMNS if c.key not in NEW_STAFF | {"repeat_count"}]
ROWS: list[dict[str, object]] = [
    {"编号": "TS-20261001-001", "受理时间": datetime(2026, 10, 1, 9, 0), "投诉对象": "管理处",
     "投诉类别": "服务态度", "联系电话": "13800138000", "房号": "3栋1201", "是否有效": "有效",
     "首次响应时间": datetime(2026, 10, 1, 9, 30), "办结时间": datetime(2026, 10, 2, 9, 0),
     "处理结果": "已道歉", "回访时间": datetime(2026, 10, 3, 9, 0), "回访结果": "未联系上"},
    {"编号": "TS-20261120-001", "受理时间": datetime(2026, 11, 20, 9, 0), "投诉对象": "管理处",
     "投诉类别": "服务态度", "联系电话": "138 0013 8000", "房号": "5栋101", "是否有效": "有效",
     "索赔金额": "2万", "安全隐患": "是", "状态": "待响应"},
]  # fmt: skip


@pytest.fixture(scope="module")
def policy():
    return load_policy(RULES)


def old_xlsx(path: Path) -> Path:
    wb, _ = register_book([OLD_HEADERS, *([row.get(h) for h in OLD_HEADERS] for row in ROWS)])
    wb.save(path)
    return path


def test_an_xlsx_register_of_the_previous_version_syncs_without_loss(tmp_path, policy):
    rules, calendar = policy
    path = old_xlsx(tmp_path / "旧登记表.xlsx")
    before = staff_snapshot(path)

    report = sync_register(XlsxRegister(path, backups_keep=1), rules, calendar, NOW)

    assert report.changes.new_columns == ("repeat_count",)
    assert_staff_unchanged(before, staff_snapshot(path))
    header = [c.value for c in openpyxl.load_workbook(path)[SHEET_TITLE][1]]
    assert header == [*OLD_HEADERS, "重复投诉"]  # no staff column is added for the office
    assert column_values(path, "重复投诉") == {2: None, 3: 2}
    assert "重复投诉" in column_values(path, "升级原因")[3]
    # Without 回访次数 an unanswered callback is one attempt: still waiting, overdue by now.
    assert column_values(path, "状态")[2] == "待回访"
    assert "回访超期" in column_values(path, "超期")[2]
    # Without 赔付金额 no approval level; without the informed columns the reporting of a
    # 重大 complaint is not tracked (as before), though its limits are shown.
    assert column_values(path, "审批层级")[3] is None
    assert column_values(path, "系统等级")[3] == "重大"
    assert "通知" not in (column_values(path, "超期")[3] or "")
    assert column_values(path, "通知时限")[3].startswith("主任 2026-11-20 09:15")

    again = sync_register(XlsxRegister(path, backups_keep=1), rules, calendar, NOW)
    assert again.changes.empty and not again.written


def old_google(server: SheetsServer, key: str) -> None:
    sheet_rows(server.create(key, SHEET_TITLE).sheets[0], OLD_HEADERS, ROWS)


def test_a_google_register_of_the_previous_version_syncs_without_loss(sheets, policy):
    rules, calendar = policy
    old_google(sheets, "old")

    def opened() -> GoogleRegister:
        return GoogleRegister.open("old", transport=local_sheets(), retry=Retry(base=0))

    staff_before = {
        (row.index, key): cell.value
        for row in opened().read().rows
        for key, cell in row.cells.items()
        if key not in {c.key for c in COLUMNS if c.computed}
    }
    report = sync_register(opened(), rules, calendar, NOW)
    assert report.changes.new_columns == ("repeat_count",) and report.written

    table = opened().read()
    assert "repeat_count" in table.columns and not NEW_STAFF & set(table.columns)
    staff_after = {
        (row.index, key): cell.value
        for row in table.rows
        for key, cell in row.cells.items()
        if (row.index, key) in staff_before
    }
    assert staff_after == staff_before
    repeat = {row.index: row.cells["repeat_count"].value for row in table.rows}
    assert repeat == {2: None, 3: 2}

    sheets.reset()
    assert sync_register(opened(), rules, calendar, NOW).changes.empty
