"""A whole Google Sheets sync against the local server under faults: 429 storms, 500s, rows
deleted, sorted or duplicated between the read and the write, a duplicated 编号, and staff
typing into a computed column. Nothing lands on the wrong row; a sync that cannot finish
leaves the sheet as it was and says so."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sync.api import load_policy, sync_register
from sync.core.schema import SHEET_TITLE
from sync.errors import GoogleQuotaExceeded, GoogleUnavailable
from sync.gsheets.cells import datetime_to_serial, serial_to_datetime
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister
from tests.sheets_server import local_sheets

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
RETRY = Retry(attempts=3, base=0.0)
HEADERS = ["编号", "受理时间", "投诉对象", "投诉内容"]
DATE_FORMAT = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
# Each complaint to 管理处: its reply is due 24 hours after receipt, so a deadline on a row
# tells which record it was computed for.
RECORDS = [(f"TS-{i:03d}", datetime(2026, 11, 20, 8 + i, 0)) for i in range(1, 6)]


def make_sheet(server, key: str, records=RECORDS):
    sheet = server.create(key, SHEET_TITLE).sheets[0]
    for j, header in enumerate(HEADERS, start=1):
        sheet.set(1, j, header)
    for i, (number, received) in enumerate(records, start=2):
        sheet.set(i, 1, number)
        sheet.set(i, 2, datetime_to_serial(received), userEnteredFormat=DATE_FORMAT)
        sheet.set(i, 3, "管理处")
        sheet.set(i, 4, f"投诉 {number}")
    return sheet


def column(sheet, header: str) -> int:
    return next(c + 1 for (r, c) in sheet.cells if r == 0 and sheet.value(1, c + 1) == header)


def reply_due_by_number(sheet) -> dict[str, datetime | None]:
    due = column(sheet, "答复时限")
    out = {}
    for r in range(2, sheet.used_rows() + 1):
        number = sheet.value(r, 1)
        if number is not None:
            value = sheet.value(r, due)
            out.setdefault(number, []).append(serial_to_datetime(value) if value else None)
    return out


def sync(key: str):
    register = GoogleRegister.open(key, transport=local_sheets(), retry=RETRY)
    return register, sync_register(register, RULES, CALENDAR, NOW)


# --- storms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (
            429,
            GoogleQuotaExceeded,
            "Google 表格的请求次数超出配额（已重试 3 次），登记表未被修改。请过几分钟再运行同步；"
            "如经常出现，请拉长定时同步的间隔。",
        ),
        (
            500,
            GoogleUnavailable,
            "Google 表格服务暂时出错（HTTP 500，已重试 3 次），登记表未被修改。请稍后重试。",
        ),
    ],
)
@pytest.mark.parametrize("kind", ["get", "values.batchGet", "batchUpdate"])
def test_a_storm_at_any_request_stops_the_sync_with_the_sheet_unchanged(
    sheets, status, error, message, kind
):
    sheet = make_sheet(sheets, f"storm-{status}-{kind}")
    before = dict(sheet.cells)
    sheets.fail(status, times=RETRY.attempts, kind=kind)

    with pytest.raises(error) as caught:
        sync(f"storm-{status}-{kind}")

    assert str(caught.value) == message
    assert sheet.cells == before
    assert sheets.count(kind) == RETRY.attempts


def test_a_storm_that_passes_within_the_retries_costs_nothing_but_retries(sheets):
    sheet = make_sheet(sheets, "gusts")
    sheets.fail(429, times=2, kind="get")
    sheets.fail(503, times=2, kind="values.batchGet")
    sheets.fail(500, times=2, kind="batchUpdate")

    _, report = sync("gusts")

    assert report.written
    assert reply_due_by_number(sheet) == {n: [at + timedelta(hours=24)] for n, at in RECORDS}
    sheets.reset()
    _, again = sync("gusts")
    assert not again.written and sheets.count(writes=True) == 0


# --- rows moved between the read and the write -------------------------------------------------


def _delete_row(sheet, row: int) -> None:
    at = row - 1
    sheet.cells = {((r - 1) if r > at else r, c): v for (r, c), v in sheet.cells.items() if r != at}


def _reverse_rows(sheet) -> None:
    last = sheet.used_rows()
    sheet.cells = {
        ((last - r) if r >= 1 else r, c): v for (r, c), v in sheet.cells.items()
    }  # data rows 1..last-1 (0-based) reversed; the header stays


def _copy_row(sheet, row: int) -> None:
    last = sheet.used_rows()
    for (r, c), v in list(sheet.cells.items()):
        if r == row - 1:
            sheet.cells[(last, c)] = dict(v)


@pytest.mark.parametrize(
    ("edit", "expected", "skipped"),
    [
        # Staff delete TS-002's row: the others move up and still get their own values;
        # TS-002's planned values have no row to go to.
        (
            lambda s: _delete_row(s, 3),
            {n: [at + timedelta(hours=24)] for n, at in RECORDS if n != "TS-002"},
            (3,),
        ),
        # Staff sort the sheet newest first.
        (_reverse_rows, {n: [at + timedelta(hours=24)] for n, at in RECORDS}, ()),
        # Staff copy TS-003's row to the bottom: the original, still in place, gets its
        # values; the copy gets none (the next sync flags the duplicate 编号).
        (
            lambda s: _copy_row(s, 4),
            {
                **{n: [at + timedelta(hours=24)] for n, at in RECORDS},
                "TS-003": [datetime(2026, 11, 21, 11, 0), None],
            },
            (),
        ),
    ],
    ids=["deleted", "sorted", "duplicated"],
)  # fmt: skip
def test_rows_moved_between_read_and_write_get_their_own_values_or_none(
    sheets, edit, expected, skipped
):
    sheet = make_sheet(sheets, "moving")
    sheets.before("values.batchGet", lambda: edit(sheet))

    register, report = sync("moving")

    assert report.written
    assert reply_due_by_number(sheet) == expected
    assert register.skipped_rows == skipped


# --- what is in the sheet ----------------------------------------------------------------------


def test_a_duplicated_number_is_flagged_on_both_rows_and_renumbered_by_nobody(sheets):
    records = [*RECORDS[:2], ("TS-001", datetime(2026, 11, 21, 9, 0))]
    sheet = make_sheet(sheets, "twins", records)

    sync("twins")

    problems = column(sheet, "校验")
    assert sheet.value(4, problems) == (
        "「编号」编号“TS-001”与第 2 行重复，请改为唯一的编号（或清空由同步重新编号）"
    )
    assert [sheet.value(r, 1) for r in (2, 3, 4)] == ["TS-001", "TS-002", "TS-001"]
    assert sheet.get(4, 1).get("note", "").startswith("【校验】")


def test_staff_typing_into_a_computed_column_is_restored(sheets):
    sheet = make_sheet(sheets, "typed")
    sync("typed")
    status, due = column(sheet, "状态"), column(sheet, "答复时限")
    sheet.set(2, status, "已办结")  # someone closes a case by hand in the wrong column
    sheet.set(3, due, "=NOW()+1")  # and "fixes" a deadline with a formula
    sheets.reset()

    _, report = sync("typed")

    assert report.cells_changed == 2
    assert sheet.value(2, status) == "待响应"
    assert serial_to_datetime(sheet.value(3, due)) == RECORDS[1][1] + timedelta(hours=24)
    assert "formulaValue" not in sheet.get(3, due).get("userEnteredValue", {})
    # The formula could only have been typed by hand: the summary names it. "已办结" is a
    # status the sync writes itself, so it is restored without being called a hand edit.
    assert report.hand_edits == ("第 3 行「答复时限」（原为“=NOW()+1”）",)
