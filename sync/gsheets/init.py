"""`complaints init --google`: prepare an existing, shared Google Sheet as the register.

One read of the spreadsheet's sheets and their first rows, then one batchUpdate: the
header row (kept if staff already have one; missing computed columns are appended), a
frozen header, dropdowns from rules.lists, date formats, computed columns set apart by
colour and a warning-only protected range, and the explanation sheet.
"""

from __future__ import annotations

from typing import Any

from ..core.header import HEADER_SEARCH_ROWS
from ..core.rules import Rules
from ..core.schema import (
    COLUMNS,
    COMPUTED_COLUMNS,
    EXPLAIN_SHEET_TITLE,
    SHEET_TITLE,
    Column,
)
from ..errors import SyncError
from ..policy.describe import (
    EXPLANATION_HEADERS,
    column_note,
    explanation_intro,
    explanation_rows,
)
from .cells import DATE_TIME_PATTERN, hex_to_color
from .client import Retry, Transport, connect
from .register import find_header, header_columns, spreadsheet_key

PROTECTION_NOTE = "同步程序计算的列：请勿手工修改，下次同步会重新计算。"
_PIXELS_PER_WIDTH = 7


def init_google(
    key_or_url: str,
    rules: Rules,
    *,
    credentials_path: str | None = None,
    retry: Retry | None = None,
    transport: Transport | None = None,
) -> str:
    """Prepare the sheet; returns the spreadsheet's title for the message the CLI prints."""
    key = spreadsheet_key(key_or_url)
    client = connect(credentials_path, retry=retry or Retry(), transport=transport)
    # Every sheet's values: the register may not exist yet, or be called something else.
    params = {
        "includeGridData": "true",
        "fields": "properties.title,sheets(properties(sheetId,title,gridProperties),"
        "protectedRanges(description),data.rowData.values(userEnteredValue,formattedValue))",
    }
    book = client.fetch_sheet_metadata(key, params=params)
    plan = init_requests(book, rules)
    client.batch_update(key, {"requests": plan})
    return str(book.get("properties", {}).get("title", key))


def init_requests(book: dict[str, Any], rules: Rules) -> list[dict]:
    """The one batchUpdate that prepares the sheet described by `book` (spreadsheets.get)."""
    sheets = {s["properties"]["title"]: s for s in book.get("sheets", [])}
    taken = {s["properties"]["sheetId"] for s in sheets.values()}
    requests: list[dict] = []
    register = sheets.get(SHEET_TITLE)
    if register is None and len(sheets) == 1 and not _rows(next(iter(sheets.values()))):
        register = next(iter(sheets.values()))  # a new, empty spreadsheet: use its only sheet
        requests.append(_props(register["properties"]["sheetId"], {"title": SHEET_TITLE}, "title"))
    if register is None:
        register = {
            "properties": {
                "sheetId": _free_id(taken),
                "gridProperties": {"rowCount": 1000, "columnCount": 26},
            }
        }
        taken.add(register["properties"]["sheetId"])
        requests.append(
            {
                "addSheet": {
                    "properties": {
                        "sheetId": register["properties"]["sheetId"],
                        "title": SHEET_TITLE,
                        "index": 0,
                    }
                }
            }
        )
    sheet_id = register["properties"]["sheetId"]
    grid = register["properties"].get("gridProperties", {})
    rows = _rows(register)

    at = find_header(rows)
    if at is None and any(rows):
        raise SyncError(
            f"工作表“{SHEET_TITLE}”已有内容，但前 {HEADER_SEARCH_ROWS} 行中没有登记表的表头。"
            "请先把表头行改成模板中的列名，或清空这张工作表后再运行 complaints init --google。"
        )
    if at is None:
        columns = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
        header_row, new = 1, list(COLUMNS)
    else:
        columns, _ = header_columns(rows[at], SHEET_TITLE, at)
        header_row = at + 1
        used = max(
            (j for j, c in enumerate(rows[at], start=1) if c.get("userEnteredValue")), default=0
        )
        new = [c for c in COMPUTED_COLUMNS if c.key not in columns]
        for n, col in enumerate(new, start=used + 1):
            columns[col.key] = n
    width = max(columns.values())
    if width > grid.get("columnCount", 26):
        requests.append(
            _props(
                sheet_id, {"gridProperties": {"columnCount": width}}, "gridProperties.columnCount"
            )
        )
    requests.append(
        _props(
            sheet_id,
            {"gridProperties": {"frozenRowCount": header_row}},
            "gridProperties.frozenRowCount",
        )
    )
    last_row = max(grid.get("rowCount", 1000), header_row + 1)
    for col in new:
        requests.append(_header_cell(sheet_id, header_row, columns[col.key], col, rules))
    for col in COLUMNS:
        if col.key in columns:
            requests += _column_requests(
                sheet_id, header_row, last_row, columns[col.key], col, rules
            )
    protected = {p.get("description") for p in register.get("protectedRanges", [])}
    if PROTECTION_NOTE not in protected:
        for col in COMPUTED_COLUMNS:
            requests.append(
                {
                    "addProtectedRange": {
                        "protectedRange": {
                            "range": _span(sheet_id, header_row - 1, last_row, columns[col.key]),
                            "description": PROTECTION_NOTE,
                            "warningOnly": True,  # staff see a warning; the sync still writes
                        }
                    }
                }
            )
    requests += _explanation(sheets.get(EXPLAIN_SHEET_TITLE), taken, rules)
    return requests


def _rows(sheet: dict) -> list[list[dict]]:
    data = (sheet.get("data") or [{}])[0]
    return [r.get("values", []) for r in data.get("rowData", [])][:HEADER_SEARCH_ROWS]


def _free_id(taken: set[int]) -> int:
    n = 1_000_001
    while n in taken:
        n += 1
    return n


def _props(sheet_id: int, props: dict, fields: str) -> dict:
    return {
        "updateSheetProperties": {"properties": {"sheetId": sheet_id, **props}, "fields": fields}
    }


def _span(sheet_id: int, first_row: int, end_row: int, column: int) -> dict:
    return {
        "sheetId": sheet_id,
        "startRowIndex": first_row,
        "endRowIndex": end_row,
        "startColumnIndex": column - 1,
        "endColumnIndex": column,
    }


def _header_cell(sheet_id: int, header_row: int, column: int, col: Column, rules: Rules) -> dict:
    fmt: dict[str, Any] = {"textFormat": {"bold": True}}
    if col.computed:
        fmt["backgroundColor"] = hex_to_color(rules.colours.computed_header)
    return {
        "updateCells": {
            "start": {"sheetId": sheet_id, "rowIndex": header_row - 1, "columnIndex": column - 1},
            "rows": [
                {
                    "values": [
                        {
                            "userEnteredValue": {"stringValue": col.header},
                            "userEnteredFormat": fmt,
                            "note": column_note(col, rules),
                        }
                    ]
                }
            ],
            "fields": "userEnteredValue,userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor,note",
        }
    }


def _column_requests(
    sheet_id: int, header_row: int, last_row: int, column: int, col: Column, rules: Rules
) -> list[dict]:
    body = _span(sheet_id, header_row, last_row, column)
    requests: list[dict] = [
        {
            "updateDimensionProperties": {
                "range": {
                    "sheetId": sheet_id,
                    "dimension": "COLUMNS",
                    "startIndex": column - 1,
                    "endIndex": column,
                },
                "properties": {"pixelSize": col.width * _PIXELS_PER_WIDTH},
                "fields": "pixelSize",
            }
        }
    ]
    if col.kind == "datetime":
        requests.append(
            {
                "repeatCell": {
                    "range": body,
                    "cell": {
                        "userEnteredFormat": {
                            "numberFormat": {"type": "DATE_TIME", "pattern": DATE_TIME_PATTERN}
                        }
                    },
                    "fields": "userEnteredFormat.numberFormat",
                }
            }
        )
    if col.kind == "enum" and col.list_key in rules.lists:
        requests.append(
            {
                "setDataValidation": {
                    "range": body,
                    "rule": {
                        "condition": {
                            "type": "ONE_OF_LIST",
                            "values": [{"userEnteredValue": v} for v in rules.lists[col.list_key]],
                        },
                        "showCustomUi": True,
                        "strict": False,  # warn, never reject: the sync reports wrong values in 校验
                        "inputMessage": f"请从下拉列表中选择：{'、'.join(rules.lists[col.list_key])}",
                    },
                }
            }
        )
    return requests


def _explanation(existing: dict | None, taken: set[int], rules: Rules) -> list[dict]:
    if existing is not None:
        sheet_id, requests = existing["properties"]["sheetId"], []
    else:
        sheet_id = _free_id(taken)
        requests = [
            {"addSheet": {"properties": {"sheetId": sheet_id, "title": EXPLAIN_SHEET_TITLE}}}
        ]
    lines = [[text] for text in explanation_intro(rules, google=True)]
    lines += [[], list(EXPLANATION_HEADERS)]
    lines += [list(row) for row in explanation_rows(rules)]
    rows = [
        {"values": [{"userEnteredValue": {"stringValue": text}} for text in line]} for line in lines
    ]
    requests.append(
        {
            "updateCells": {
                "start": {"sheetId": sheet_id, "rowIndex": 0, "columnIndex": 0},
                "rows": rows,
                "fields": "userEnteredValue",
            }
        }
    )
    return requests
