"""The Google Sheets backend, driven through the real gspread HTTP client against the local
Sheets API server (tests/sheets_server.py) over real HTTP."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from sync.core.schema import SHEET_TITLE, STAFF_COLUMNS
from sync.core.table import KEEP, CellWrite, ChangeSet
from sync.errors import (
    GoogleAccessDenied,
    GoogleCredentialsInvalid,
    GoogleNotFound,
    GoogleQuotaExceeded,
    GoogleUnavailable,
    MissingColumns,
    RegisterChanged,
)
from sync.gsheets.cells import datetime_to_serial
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister, spreadsheet_key
from tests.sheets_server import Sheet, SheetsServer, local_sheets

HEADERS = [c.header for c in STAFF_COLUMNS]
COL = {c.key: i for i, c in enumerate(STAFF_COLUMNS, start=1)}
DATE_FORMAT = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
FAST = Retry(attempts=3, base=0.0)


def make_register(server: SheetsServer, key: str, rows: list[dict[str, object]]) -> Sheet:
    """A register sheet as staff keep it: the header row, then one row per complaint."""
    sheet = server.create(key, SHEET_TITLE, "月报").sheets[0]
    for j, header in enumerate(HEADERS, start=1):
        sheet.set(1, j, header)
    for i, row in enumerate(rows, start=2):
        for key_, value in row.items():
            if isinstance(value, datetime):
                sheet.set(i, COL[key_], datetime_to_serial(value), userEnteredFormat=DATE_FORMAT)
            elif value is not None:
                sheet.set(i, COL[key_], value)
    return sheet


def numbered(n: int) -> list[dict[str, object]]:
    return [
        {
            "number": f"TS-20261120-{i:04d}",
            "received": datetime(2026, 11, 20, 9, i % 60),
            "content": "电梯停运",
        }
        for i in range(1, n + 1)
    ]


def open_register(key: str, **kw) -> GoogleRegister:
    return GoogleRegister.open(key, transport=local_sheets(), retry=FAST, **kw)


# --- read ----------------------------------------------------------------------------------------


def test_read_types_cells_like_the_xlsx_backend(sheets):
    sheet = make_register(sheets, "types", [{"number": "TS-1"}])
    sheet.set(2, COL["received"], 46346.5)  # a serial number in a datetime column, no format
    sheet.set(2, COL["households"], 3)
    sheet.set(2, COL["claim"], 2500.5)
    sheet.set(2, COL["phone"], "13800138000", note="只在下午接电话")
    sheet.set(2, COL["content"], "=A1&B1", effectiveValue={"stringValue": "x"})
    sheet.set(
        2,
        COL["matter"],
        None,
        effectiveValue={"errorValue": {"type": "N_A"}},
        formattedValue="#N/A",
    )
    sheet.set(
        2, COL["remarks"], "加急", userEnteredFormat={"backgroundColor": {"red": 1.0, "green": 1.0}}
    )
    sheet.set(2, len(HEADERS) + 1, "x")
    sheet.set(1, len(HEADERS) + 1, "楼层")

    table = open_register("types").read()

    row = table.rows[0]
    assert table.header_row == 1 and row.index == 2
    assert row.cell("received").value == datetime(2026, 11, 20, 12, 0)
    assert row.cell("households").value == 3 and isinstance(row.cell("households").value, int)
    assert row.cell("claim").value == 2500.5
    assert row.cell("phone").value == "13800138000" and row.cell("phone").note == "只在下午接电话"
    assert row.cell("content").formula == "=A1&B1" and row.cell("content").value is None
    assert row.cell("matter").error == "#N/A"
    assert row.cell("remarks").fill == "FFFF00"
    assert table.unknown_headers == ("楼层",)
    assert "status" not in table.columns


def test_read_finds_a_header_below_a_title_row(sheets):
    sheet = sheets.create("titled", SHEET_TITLE).sheets[0]
    sheet.set(1, 1, "阳光花园投诉登记表")
    sheet.set(2, 1, "受理时间")
    sheet.set(2, 2, "编号")
    sheet.set(3, 1, datetime_to_serial(datetime(2026, 11, 3, 14, 5)), userEnteredFormat=DATE_FORMAT)

    table = open_register("titled").read()

    assert table.header_row == 2 and table.columns == {"received": 1, "number": 2}
    assert [r.index for r in table.rows] == [3]
    assert table.rows[0].cell("received").value == datetime(2026, 11, 3, 14, 5)


def test_read_without_the_required_headers_says_which_are_missing(sheets):
    sheets.create("noheader", SHEET_TITLE).sheets[0].set(1, 1, "编号")
    with pytest.raises(MissingColumns, match="受理时间"):
        open_register("noheader").read()


# --- apply ---------------------------------------------------------------------------------------


def test_apply_writes_values_fills_and_notes_in_one_batch_update(sheets):
    sheet = make_register(sheets, "apply", [{"received": datetime(2026, 11, 20, 9)}])
    register = open_register("apply")
    register.read()
    due = datetime(2026, 11, 21, 9, 0)
    changes = ChangeSet(
        new_columns=("status", "response_due", "problems"),
        writes=(
            CellWrite(2, "status", value="处理中", fill="FFC7CE"),
            CellWrite(2, "response_due", value=due, note="【时限说明】24 小时"),
            CellWrite(2, "problems", value="=SUM(A1)"),
            CellWrite(2, "number", value="TS-20261120-001"),
            CellWrite(2, "phone", note="【校验】手机号应为 11 位"),
        ),
    )
    sheets.reset()
    register.apply(changes)

    assert [r.kind for r in sheets.log] == ["values.batchGet", "batchUpdate"]
    status, due_col, problems = (len(HEADERS) + i for i in (1, 2, 3))
    assert [sheet.value(1, c) for c in (status, due_col, problems)] == ["状态", "响应时限", "校验"]
    assert sheet.get(1, status)["userEnteredFormat"]["backgroundColor"]["blue"] == pytest.approx(
        0xF7 / 255, abs=1e-3
    )
    assert sheet.get(2, problems)["userEnteredValue"] == {
        "stringValue": "=SUM(A1)"
    }  # text, never a formula
    assert sheet.get(2, due_col)["userEnteredFormat"]["numberFormat"]["type"] == "DATE_TIME"
    assert sheet.get(2, COL["phone"])["note"] == "【校验】手机号应为 11 位"
    assert sheet.value(2, COL["number"]) == "TS-20261120-001"

    again = open_register("apply").read().rows[0]
    assert again.cell("response_due").value == due
    assert again.cell("response_due").note == "【时限说明】24 小时"
    assert again.cell("status").value == "处理中" and again.cell("status").fill == "FFC7CE"


def test_apply_removes_fills_and_notes_and_keeps_what_it_is_told_to_keep(sheets):
    make_register(sheets, "clear", [{"number": "TS-1", "received": datetime(2026, 11, 20, 9)}])
    register = open_register("clear")
    register.read()
    register.apply(
        ChangeSet(("status",), (CellWrite(2, "status", value="处理中", fill="FFC7CE", note="a"),))
    )
    register.read()
    register.apply(ChangeSet((), (CellWrite(2, "status", value=KEEP, fill=None, note=None),)))

    cell = open_register("clear").read().rows[0].cell("status")
    assert (cell.value, cell.fill, cell.note) == ("处理中", None, None)


def test_new_columns_grow_a_sheet_that_has_no_room_for_them(sheets):
    sheet = make_register(sheets, "narrow", [{"number": "TS-1"}])
    sheet.column_count = len(HEADERS)
    register = open_register("narrow")
    register.read()
    register.apply(ChangeSet(("status", "problems"), (CellWrite(2, "problems", value="ok"),)))
    assert sheet.column_count == len(HEADERS) + 2
    assert sheet.value(2, len(HEADERS) + 2) == "ok"


# --- request counts ------------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [100, 5000])
def test_a_sync_costs_two_reads_and_one_write_whatever_the_row_count(sheets, rows):
    make_register(sheets, f"count{rows}", numbered(rows))
    register = open_register(f"count{rows}")

    table = register.read()
    register.apply(
        ChangeSet(
            ("status",), tuple(CellWrite(r.index, "status", value="处理中") for r in table.rows)
        )
    )

    assert len(table.rows) == rows
    assert sheets.count(writes=False) == 2 and sheets.count(writes=True) == 1
    sheets.reset()
    table = open_register(f"count{rows}").read()
    assert all(r.cell("status").value == "处理中" for r in table.rows)


def test_nothing_to_change_sends_no_write_and_no_check(sheets):
    make_register(sheets, "idle", numbered(3))
    register = open_register("idle")
    register.read()
    register.apply(ChangeSet())
    assert [r.kind for r in sheets.log] == ["get"]


def test_opening_a_register_sends_no_request(sheets):
    open_register("https://docs.google.com/spreadsheets/d/abc123/edit#gid=0")
    assert sheets.log == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("https://docs.google.com/spreadsheets/d/1AbC-d_9/edit#gid=0", "1AbC-d_9"),
        ("1AbC-d_9", "1AbC-d_9"),
        ("  1AbC-d_9 ", "1AbC-d_9"),
    ],
)
def test_spreadsheet_key_from_url_or_id(text, key):
    assert spreadsheet_key(text) == key


# --- retries -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 503])
def test_a_transient_failure_is_retried_then_succeeds(sheets, status):
    make_register(sheets, f"retry{status}", numbered(2))
    register = open_register(f"retry{status}")
    sheets.fail(status, times=2, kind="get")
    table = register.read()
    register.read()
    sheets.fail(status, times=2, kind="batchUpdate")
    register.apply(ChangeSet(("status",), (CellWrite(2, "status", value="处理中"),)))

    assert len(table.rows) == 2
    assert sheets.count("get") == 2 + 1 + 1 and sheets.count("batchUpdate") == 3
    assert open_register(f"retry{status}").read().rows[0].cell("status").value == "处理中"


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [(429, GoogleQuotaExceeded, "配额"), (500, GoogleUnavailable, "暂时出错")],
)
def test_after_the_bound_the_sync_stops_with_the_sheet_unchanged(sheets, status, error, words):
    sheet = make_register(sheets, f"giveup{status}", numbered(2))
    register = open_register(f"giveup{status}")
    register.read()
    before = dict(sheet.cells)
    sheets.fail(status, times=FAST.attempts, kind="batchUpdate")

    with pytest.raises(error, match=words) as caught:
        register.apply(ChangeSet(("status",), (CellWrite(2, "status", value="处理中"),)))

    assert "未被修改" in str(caught.value)
    assert sheets.count("batchUpdate") == FAST.attempts
    assert sheet.cells == before


def test_a_request_that_is_not_idempotent_is_never_retried(sheets):
    sheets.create("once", "Sheet1")
    client = open_register("once").client
    sheets.fail(503, times=1)
    with pytest.raises(GoogleUnavailable):
        client.batch_update("once", {"requests": [{"addSheet": {"properties": {"title": "新表"}}}]})
    assert sheets.count("batchUpdate") == 1


# --- row identity --------------------------------------------------------------------------------


def test_a_row_inserted_above_the_data_between_read_and_write_misdirects_nothing(sheets):
    rows = numbered(3) + [{"received": datetime(2026, 11, 21, 10), "content": "新登记，未编号"}]
    sheet = make_register(sheets, "moved", rows)
    register = open_register("moved")
    table = register.read()
    sheets.before("values.batchGet", lambda: sheet.insert_rows(before=2))  # staff insert a row
    register.apply(
        ChangeSet(
            ("status",),
            tuple(CellWrite(r.index, "status", value=f"R{r.index}") for r in table.rows)
            + (CellWrite(5, "number", value="TS-20261121-001"),),
        )
    )

    status = len(HEADERS) + 1
    assert sheet.value(1, status) == "状态"
    assert sheet.value(2, status) is None  # the inserted row got nothing
    # Each numbered record got the value planned for it, one row lower.
    assert [(sheet.value(r, COL["number"]), sheet.value(r, status)) for r in (3, 4, 5)] == [
        ("TS-20261120-0001", "R2"),
        ("TS-20261120-0002", "R3"),
        ("TS-20261120-0003", "R4"),
    ]
    # The unnumbered row cannot be recognised for sure: skipped until the next sync.
    assert sheet.value(6, COL["number"]) is None and sheet.value(6, status) is None
    assert register.skipped_rows == (5,)
    assert sheets.count(writes=False) == 2 and sheets.count(writes=True) == 1


def test_a_record_whose_receipt_time_changed_meanwhile_is_skipped(sheets):
    sheet = make_register(sheets, "edited", numbered(2))
    register = open_register("edited")
    register.read()
    sheets.before("values.batchGet", lambda: sheet.set(3, COL["received"], "2026-11-22 08:00"))
    sheet_after = len(HEADERS) + 1
    register.apply(
        ChangeSet(
            ("status",), (CellWrite(2, "status", value="A"), CellWrite(3, "status", value="B"))
        )
    )
    assert sheet.value(2, sheet_after) == "A" and sheet.value(3, sheet_after) is None
    assert register.skipped_rows == (3,)


def test_a_header_changed_meanwhile_stops_the_write(sheets):
    sheet = make_register(sheets, "columns", numbered(2))
    register = open_register("columns")
    register.read()
    sheets.before("values.batchGet", lambda: sheet.set(1, 3, "新列"))
    with pytest.raises(RegisterChanged, match="表头"):
        register.apply(ChangeSet(("status",), (CellWrite(2, "status", value="A"),)))
    assert sheets.count("batchUpdate") == 0


# --- Google-side failures, in Chinese ------------------------------------------------------------


def service_account_file(tmp_path) -> str:
    path = tmp_path / "sa.json"
    info = {
        "type": "service_account",
        "client_email": "complaints-sync@office-123.iam.gserviceaccount.com",
        "private_key": "-----BEGIN PRIVATE KEY-----\nSECRET-KEY-MATERIAL\n-----END PRIVATE KEY-----\n",
        "private_key_id": "SECRET-KEY-ID",
    }
    path.write_text(json.dumps(info))
    return str(path)


def test_a_sheet_not_shared_names_the_service_account_to_share_it_with(
    sheets, tmp_path, monkeypatch
):
    make_register(sheets, "private", numbered(1))
    sheets.spreadsheets["private"].denied = True
    monkeypatch.setenv("COMPLAINTS_GOOGLE_CREDENTIALS", service_account_file(tmp_path))
    with pytest.raises(GoogleAccessDenied) as caught:
        open_register("private").read()
    message = str(caught.value)
    assert "complaints-sync@office-123.iam.gserviceaccount.com" in message and "共享" in message
    assert "SECRET" not in message


@pytest.mark.parametrize(
    ("setup", "error", "words"),
    [
        (lambda s: None, GoogleNotFound, "找不到这份 Google 表格"),
        (lambda s: s.create("nosheet", "Sheet1"), MissingColumns, "中没有登记表.*Sheet1"),
    ],
)
def test_a_missing_sheet_or_worksheet_is_named(sheets, setup, error, words):
    setup(sheets)
    with pytest.raises(error, match=words):
        open_register("nosheet").read()


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"type": "authorized_user"})])
def test_an_unusable_credentials_file_is_explained_without_its_content(sheets, tmp_path, content):
    path = tmp_path / "creds.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(GoogleCredentialsInvalid, match="服务账号") as caught:
        open_register("any", credentials_path=str(path))
    assert str(path) in str(caught.value) and "not json" not in str(caught.value)


def test_a_service_account_file_with_a_broken_key_is_refused_before_any_request(
    tmp_path, monkeypatch
):
    with pytest.raises(GoogleCredentialsInvalid):
        GoogleRegister.open(
            "abc", credentials_path=service_account_file(tmp_path)
        )  # the key is not real


def test_a_server_that_answers_too_slowly_is_given_up_on_with_nothing_written(sheets):
    sheet = make_register(sheets, "slow", numbered(1))
    register = open_register("slow")
    register.read()
    before = dict(sheet.cells)
    register.client.set_timeout(0.05)
    sheets.latency = 0.5
    with pytest.raises(GoogleUnavailable, match="无法连接"):
        register.apply(ChangeSet(("status",), (CellWrite(2, "status", value="处理中"),)))
    assert sheets.count("values.batchGet") == FAST.attempts and sheet.cells == before
