"""A whole sync against the local Sheets server gives what the same sync gives on .xlsx, and
costs at most two reads and one write (none when nothing changed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from registers import register_book

from sync.api import Seams, load_policy, sync_register
from sync.core.schema import COLUMNS, COMPUTED_COLUMNS, EXPLAIN_SHEET_TITLE, SHEET_TITLE
from sync.errors import SyncError
from sync.gsheets.cells import datetime_to_serial, hex_to_color
from sync.gsheets.client import Retry
from sync.gsheets.init import init_google
from sync.gsheets.register import GoogleRegister
from sync.policy.describe import column_note, explanation_intro, explanation_rows
from sync.xlsx.register import XlsxRegister
from tests.sheets_server import SheetsServer, local_sheets, sheet_rows

RULES = Path(__file__).resolve().parents[2] / "rules.yaml"
NOW = datetime(2026, 11, 22, 10, 0)
HEADERS = ["受理时间", "编号", "投诉人", "房号", "楼栋区域", "投诉对象", "渠道", "投诉内容", "楼层",
           "等级", "是否有效", "索赔金额", "安全隐患", "关联事项", "首次响应时间", "答复时间",
           "办结时间", "处理结果", "回访时间", "联系电话"]  # fmt: skip

# The office's own rows, typed the way staff type them: real dates and dates as text,
# a mistyped channel, an impossible date, a short phone number, an empty 编号, a blank row.
ROWS: list[dict[str, object]] = [
    {"受理时间": datetime(2026, 11, 20, 9, 0), "编号": "TS-20261120-001", "投诉人": "张伟",
     "房号": "3栋2单元1102", "楼栋区域": "3栋", "投诉对象": "管理处", "渠道": "来电",
     "投诉内容": "电梯停运两天无人维修", "等级": "一般", "是否有效": "有效", "联系电话": "13800138000"},
    {"受理时间": "2026/11/21 14:30", "投诉人": "李娜", "房号": "5-1-302", "楼栋区域": "5栋",
     "投诉对象": "业户之间", "渠道": "来访", "投诉内容": "楼上装修噪音", "是否有效": "有效",
     "联系电话": "0755-8888 6666"},
    {},
    {"受理时间": "2026-02-30 10:00", "编号": "TS-20261101-003", "投诉人": "王芳", "房号": "1102",
     "投诉对象": "开发商", "渠道": "微信", "投诉内容": "外墙渗水", "索赔金额": "2万",
     "安全隐患": "是", "联系电话": "1380013800"},
    {"受理时间": datetime(2026, 10, 10, 9, 0), "编号": "TS-20261010-001", "投诉人": "赵强",
     "房号": "2栋101", "投诉对象": "管理处", "渠道": "网络", "投诉内容": "保安态度差",
     "是否有效": "有效", "办结时间": datetime(2026, 10, 12, 9, 0),
     "首次响应时间": datetime(2026, 10, 10, 10, 0), "索赔金额": 25000, "关联事项": "2026-地库渗水"},
    {"受理时间": datetime(2026, 11, 1, 8, 0), "编号": "TS-20261101-001", "房号": "2栋102",
     "投诉对象": "政府及公共事业", "渠道": "来函", "投诉内容": "=停水通知", "关联事项": "2026-地库渗水",
     "楼层": "12"},
]  # fmt: skip


def xlsx_register(path: Path) -> Path:
    wb, ws = register_book([HEADERS, *([row.get(h) for h in HEADERS] for row in ROWS)])
    for cell in ws["H"]:
        cell.data_type = "s"  # "=停水通知" is text that staff typed, not a formula
    wb.save(path)
    return path


def google_register(server: SheetsServer, key: str) -> None:
    sheet_rows(server.create(key, SHEET_TITLE).sheets[0], HEADERS, ROWS)


def cells(table) -> dict[tuple[int, str], tuple]:
    return {
        (row.index, key): (c.value, c.formula, c.error, c.note, c.fill)
        for row in table.rows
        for key, c in row.cells.items()
    }


@pytest.fixture(scope="module")
def policy():
    return load_policy(RULES)


def test_a_google_sync_writes_what_the_xlsx_sync_writes(sheets, tmp_path, policy):
    rules, calendar = policy
    xlsx = XlsxRegister(
        xlsx_register(tmp_path / "r.xlsx"),
        backups_keep=1,
        header_fill=rules.colours.computed_header,
    )
    google_register(sheets, "parity")
    google = GoogleRegister.open(
        "parity",
        transport=local_sheets(),
        header_fill=rules.colours.computed_header,
        retry=Retry(base=0),
    )

    on_xlsx = sync_register(xlsx, rules, calendar, NOW)
    on_google = sync_register(google, rules, calendar, NOW)

    assert on_google.changes == on_xlsx.changes and on_google.written
    from_google = cells(GoogleRegister.open("parity", transport=local_sheets()).read())
    from_xlsx = cells(XlsxRegister(tmp_path / "r.xlsx", backups_keep=1).read())
    assert from_google == from_xlsx
    computed = {c.key for c in COLUMNS if c.computed}
    assert (
        sum(1 for (_, key), v in from_google.items() if key in computed and v[0] is not None) > 20
    )


def test_a_sync_reads_twice_writes_once_and_then_has_nothing_to_write(sheets, policy):
    rules, calendar = policy
    google_register(sheets, "twice")

    first = sync_register(
        GoogleRegister.open("twice", transport=local_sheets(), retry=Retry(base=0)),
        rules,
        calendar,
        NOW,
    )
    assert first.written
    assert [r.kind for r in sheets.log] == ["get", "values.batchGet", "batchUpdate"]

    sheets.reset()
    second = sync_register(
        GoogleRegister.open("twice", transport=local_sheets(), retry=Retry(base=0)),
        rules,
        calendar,
        NOW,
    )
    assert second.changes.empty and not second.written
    assert [r.kind for r in sheets.log] == ["get"]


# --- complaints init --google ---------------------------------------------------------------------


def test_init_prepares_a_new_empty_spreadsheet(sheets, policy):
    rules, calendar = policy
    book = sheets.create("fresh", "Sheet1")

    title = init_google(
        "https://docs.google.com/spreadsheets/d/fresh/edit",
        rules,
        transport=local_sheets(),
        retry=Retry(base=0),
    )

    assert title == book.title
    assert [r.kind for r in sheets.log] == ["get", "batchUpdate"]
    assert [s.title for s in book.sheets] == [SHEET_TITLE, EXPLAIN_SHEET_TITLE]
    sheet = book.sheet(SHEET_TITLE)
    headers = [sheet.value(1, j) for j in range(1, len(COLUMNS) + 1)]
    assert headers == [c.header for c in COLUMNS] and sheet.frozen_rows == 1
    channel = headers.index("渠道") + 1
    rule = sheet.get(2, channel)["dataValidation"]
    assert [v["userEnteredValue"] for v in rule["condition"]["values"]] == list(
        rules.lists["channels"]
    )
    assert rule["strict"] is False
    received = sheet.get(500, headers.index("受理时间") + 1)
    assert received["userEnteredFormat"]["numberFormat"]["type"] == "DATE_TIME"
    status = headers.index("状态") + 1
    assert sheet.get(1, status)["userEnteredFormat"]["backgroundColor"] == hex_to_color(
        rules.colours.computed_header
    )
    protected = {(p["range"]["startColumnIndex"] + 1, p["warningOnly"]) for p in sheet.protected}
    assert protected == {(headers.index(c.header) + 1, True) for c in COLUMNS if c.computed}
    explain = book.sheet(EXPLAIN_SHEET_TITLE)
    assert "列名" in [explain.value(r, 1) for r in range(1, 10)]
    # The same 填写说明 table as the .xlsx template: one function writes it for both.
    first = [explain.value(r, 1) for r in range(1, 20)].index("列名") + 2
    written = [
        tuple(explain.value(r, j) for j in range(1, 5)) for r in range(first, first + len(COLUMNS))
    ]
    assert written == explanation_rows(rules)
    # ... and the same introduction, but for how Google Sheets protects the computed columns.
    intro = explanation_intro(rules, google=True)
    assert [explain.value(r, 1) for r in range(1, len(intro) + 1)] == intro
    assert intro[0] == explanation_intro(rules, google=False)[0]
    assert "受保护范围" in intro[1] and "重复投诉" in intro[2]
    # Each header's note says what its row in 填写说明 says.
    notes = [sheet.get(1, index)["note"] for index in range(1, len(COLUMNS) + 1)]
    assert notes == [column_note(col, rules) for col in COLUMNS]
    assert "报告对象：主任" in notes[headers.index("主任知悉时间")]

    sheets.reset()
    report = sync_register(
        GoogleRegister.open("fresh", transport=local_sheets(), retry=Retry(base=0)),
        rules,
        calendar,
        NOW,
    )
    assert report.changes.empty and [r.kind for r in sheets.log] == ["get"]


def test_init_keeps_the_office_header_and_adds_the_computed_columns(sheets, policy):
    rules, calendar = policy
    google_register(sheets, "existing")
    book = sheets.spreadsheets["existing"]
    sheet = book.sheet(SHEET_TITLE)

    init_google("existing", rules, transport=local_sheets(), retry=Retry(base=0))
    init_google(
        "existing", rules, transport=local_sheets(), retry=Retry(base=0)
    )  # a second run changes nothing more

    headers = [sheet.value(1, j) for j in range(1, len(HEADERS) + len(COMPUTED_COLUMNS) + 1)]
    assert headers == HEADERS + [c.header for c in COMPUTED_COLUMNS]
    assert sheet.value(2, 1) == datetime_to_serial(ROWS[0]["受理时间"])
    assert len(sheet.protected) == len(COMPUTED_COLUMNS)
    assert [s.title for s in book.sheets] == [SHEET_TITLE, EXPLAIN_SHEET_TITLE]
    report = sync_register(
        GoogleRegister.open("existing", transport=local_sheets(), retry=Retry(base=0)),
        rules,
        calendar,
        NOW,
    )
    assert report.changes.new_columns == () and report.written


def test_init_refuses_a_sheet_with_content_but_no_header(sheets, policy):
    sheets.create("notes", SHEET_TITLE).sheets[0].set(1, 1, "十一月会议纪要")
    with pytest.raises(SyncError, match="没有登记表的表头"):
        init_google("notes", policy[0], transport=local_sheets(), retry=Retry(base=0))
    assert sheets.count("batchUpdate") == 0


# --- the CLI, as an office runs it ----------------------------------------------------------------


def test_cli_init_and_sync_a_google_sheet(sheets, tmp_path):
    from click.testing import CliRunner

    from sync.cli import cli

    sheets.create("office", "Sheet1")
    runner = CliRunner()
    seams = Seams(sheets=sheets.transport)  # the local server, in place of Google
    init = runner.invoke(cli, ["init", "--google", "office", "--rules", str(RULES)], obj=seams)
    assert init.exit_code == 0, init.output
    assert "complaints sync --google office" in init.output

    sheet = sheets.spreadsheets["office"].sheets[0]
    header = {sheet.value(1, j): j for j in range(1, 60) if sheet.value(1, j)}
    sheet.set(2, header["受理时间"], datetime_to_serial(datetime(2026, 11, 20, 9, 0)))
    sheet.cells[(1, header["投诉对象"] - 1)] = {"userEnteredValue": {"stringValue": "管理处"}}

    args = [
        "sync",
        "--google",
        "office",
        "--rules",
        str(RULES),
        "--now",
        "2026-11-22 10:00",
        "--root",
        str(tmp_path),
    ]
    first = runner.invoke(cli, args, obj=seams)
    assert first.exit_code == 0, first.output
    assert "已写入" in first.output
    assert sheet.value(2, header["状态"]) == "待响应"
    assert sheet.value(2, header["编号"]) == "TS-20261120-001"

    second = runner.invoke(cli, args, obj=seams)
    assert "无需更新" in second.output


def test_cli_needs_a_file_or_a_sheet():
    from click.testing import CliRunner

    from sync.cli import cli

    result = CliRunner().invoke(cli, ["sync", "--rules", str(RULES)])
    assert result.exit_code == 2
    assert "--google" in result.output
