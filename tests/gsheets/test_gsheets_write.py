"""How much a Google Sheets sync sends: a write over the size limit goes in parts cut between
rows, after one identity check, and lands exactly as one write would; an everyday sync stays
one read, one check and one small write; the read asks for each value once."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sync.api import load_policy, sync_register
from sync.core.schema import SHEET_TITLE
from sync.errors import GooglePartlyWritten
from sync.gsheets.cells import datetime_to_serial
from sync.gsheets.client import Retry
from sync.gsheets.register import READ_FIELDS, GoogleRegister
from tests.sheets_server import Sheet, SheetsServer, local_sheets

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
RETRY = Retry(attempts=2, base=0.0)
HEADERS = ["编号", "受理时间", "投诉对象", "投诉内容", "办结时间", "处理结果"]
DATE_FORMAT = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
TARGETS = ["管理处", "业户之间", "开发商", "政府及公共事业"]
SMALL_LIMIT = 40_000  # bytes: a 300-row first sync needs several parts


def make_sheet(server: SheetsServer, key: str, rows: int) -> Sheet:
    """A register of `rows` complaints, received an hour apart, to every kind of target."""
    sheet = server.create(key, SHEET_TITLE).sheets[0]
    for j, header in enumerate(HEADERS, start=1):
        sheet.set(1, j, header)
    start = datetime(2026, 10, 1, 8, 0)
    for i in range(rows):
        received = start + timedelta(hours=i)
        sheet.set(i + 2, 1, f"TS-{i:05d}")
        sheet.set(i + 2, 2, datetime_to_serial(received), userEnteredFormat=DATE_FORMAT)
        sheet.set(i + 2, 3, TARGETS[i % len(TARGETS)])
        sheet.set(i + 2, 4, f"投诉 {i}：电梯停运")
    return sheet


def sync(key: str, limit: int | None = None):
    register = GoogleRegister.open(key, transport=local_sheets(), retry=RETRY)
    if limit is not None:
        register.write_limit = limit
    return sync_register(register, RULES, CALENDAR, NOW)


def body_sizes(server: SheetsServer) -> list[int]:
    """Each batchUpdate body as the client sent it (compact UTF-8 JSON)."""
    return [
        len(json.dumps(r.body, ensure_ascii=False, separators=(",", ":")).encode())
        for r in server.log
        if r.kind == "batchUpdate"
    ]


def test_a_write_over_the_limit_goes_in_parts_and_lands_as_one_write_would(sheets):
    whole = make_sheet(sheets, "whole", 300)
    split = make_sheet(sheets, "split", 300)
    sync("whole")
    sheets.reset()

    report = sync("split", limit=SMALL_LIMIT)

    sizes = body_sizes(sheets)
    assert report.written and len(sizes) >= 3
    assert all(size <= SMALL_LIMIT for size in sizes)
    assert [r.kind for r in sheets.log[:2]] == ["get", "values.batchGet"]  # one check, first
    assert sheets.count(writes=False) == 2
    assert split.cells == whole.cells and split.column_count == whole.column_count


def test_every_part_carries_whole_rows_with_their_date_formats(sheets):
    make_sheet(sheets, "rows", 300)
    sync("rows", limit=SMALL_LIMIT)

    seen: set[int] = set()
    for request in (r for r in sheets.log if r.kind == "batchUpdate"):
        rows: set[int] = set()
        formatted: set[int] = set()
        for part in request.body["requests"]:
            cells = part.get("updateCells")
            if cells and cells["start"]["rowIndex"] > 0:
                first = cells["start"]["rowIndex"]
                rows.update(range(first, first + len(cells["rows"])))
            if "repeatCell" in part:
                span = part["repeatCell"]["range"]
                formatted.update(range(span["startRowIndex"], span["endRowIndex"]))
        assert rows and not rows & seen  # no row is cut between two parts
        assert rows <= formatted  # a part's rows get their date format in the same part
        seen |= rows


def test_an_everyday_sync_is_one_read_one_check_and_one_small_write(sheets):
    sheet = make_sheet(sheets, "daily", 300)
    sync("daily", limit=SMALL_LIMIT)
    sheet.set(
        50, HEADERS.index("办结时间") + 1, datetime_to_serial(NOW), userEnteredFormat=DATE_FORMAT
    )
    sheet.set(50, HEADERS.index("处理结果") + 1, "已修复")
    sheets.reset()

    report = sync("daily", limit=SMALL_LIMIT)

    assert report.written
    assert [r.kind for r in sheets.log] == ["get", "values.batchGet", "batchUpdate"]
    (request,) = (r for r in sheets.log if r.kind == "batchUpdate")
    assert body_sizes(sheets) < [2_000]
    # The row's dates already show date and time: their format is not sent again.
    assert not any("repeatCell" in part for part in request.body["requests"])


def test_a_part_that_fails_says_what_landed_and_the_next_sync_completes_it(sheets):
    whole = make_sheet(sheets, "whole2", 300)
    split = make_sheet(sheets, "broken", 300)
    sync("whole2")
    sheets.reset()
    # The first part lands; Google then fails every retry of the second.
    sheets.before("batchUpdate", lambda: sheets.fail(500, times=RETRY.attempts, kind="batchUpdate"))

    with pytest.raises(GooglePartlyWritten, match="前 1 次已写入") as caught:
        sync("broken", limit=SMALL_LIMIT)

    assert "重新运行同步" in str(caught.value) and "未被修改" not in str(caught.value)
    assert split.cells != whole.cells
    sync("broken", limit=SMALL_LIMIT)
    assert split.cells == whole.cells


def test_the_read_asks_each_cell_for_its_value_once(sheets):
    sheet = make_sheet(sheets, "mask", 1)
    sheet.set(2, 4, "=A2", effectiveValue={"stringValue": "TS-00000"}, note="备注")
    query = f"ranges='{SHEET_TITLE}'&includeGridData=true&fields={READ_FIELDS}"

    status, book = sheets.handle("GET", f"/v4/spreadsheets/mask?{query}", None)

    assert status == 200 and set(book) == {"properties", "sheets"}
    (row,) = book["sheets"][0]["data"][0]["rowData"][1:]
    number, received, _, formula = row["values"]
    assert number == {"userEnteredValue": {}, "effectiveValue": {"stringValue": "TS-00000"}}
    assert received["effectiveFormat"] == {"numberFormat": {"type": "DATE_TIME"}}
    assert "userEnteredFormat" in received and received["userEnteredFormat"] == {}
    assert formula == {
        "userEnteredValue": {"formulaValue": "=A2"},
        "effectiveValue": {"stringValue": "TS-00000"},
        "note": "备注",
    }


def test_answers_come_compact_and_gzipped_as_google_sends_them_to_a_client_that_asks(sheets):
    make_sheet(sheets, "wire", 3)
    client = GoogleRegister.open("wire", transport=local_sheets(), retry=RETRY).client

    answer = client.request("get", "https://sheets.googleapis.com/v4/spreadsheets/wire")

    assert answer.headers["Content-Encoding"] == "gzip"
    assert answer.content.startswith(b'{"spreadsheetId":"wire",')  # no indentation
    assert sheets.log[-1].query["prettyPrint"] == ["false"]
