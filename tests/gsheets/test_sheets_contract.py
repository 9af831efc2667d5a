"""The local Sheets server holds every request to Google's discovery document
(tests/sheets_contract.py): what Google would refuse is refused here, with Google's error
answer, before anything is applied. The client sending is gspread's, over real HTTP."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import requests

from sync.api import load_policy, sync_register
from sync.core.schema import SHEET_TITLE
from sync.errors import GoogleNotFound, SyncError
from sync.gsheets.client import Retry, connect
from sync.gsheets.init import init_google
from sync.gsheets.register import GoogleRegister
from tests.sheets_contract import Contract, Refused, parse_mask
from tests.sheets_server import SheetsServer, local_sheets

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10, 0)
FAST = Retry(attempts=2, base=0.0)
CELL = {"userEnteredValue": {"stringValue": "x"}}


def update_cells(**changes: object) -> dict[str, object]:
    """One updateCells request as the sync sends it, with `changes` merged into it."""
    body = {"start": {"sheetId": 0, "rowIndex": 1, "columnIndex": 0}, "rows": [{"values": [CELL]}]}
    return {"requests": [{"updateCells": {**body, "fields": "userEnteredValue", **changes}}]}


@pytest.fixture
def sheet(sheets: SheetsServer):
    return sheets.create("contract", SHEET_TITLE).sheets[0]


def client():
    return connect(transport=local_sheets(), retry=FAST)


# --- refused: nothing applied, Google's answer ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (update_cells(bogus=1), "Unknown name \"bogus\" at 'requests[0].update_cells'"),
        (
            update_cells(rows=[{"values": [{"userEnteredValue": {"textValue": "x"}}]}]),
            'Unknown name "textValue" at \'requests[0].update_cells.rows[0].values[0]',
        ),
        (update_cells(fields="userEnteredValu"), "field 'userEnteredValu' not found in CellData"),
        (
            update_cells(fields="userEnteredFormat.backgroundColour"),
            "field 'userEnteredFormat.backgroundColour' not found in CellData",
        ),
        (update_cells(fields="note,("), "Invalid field mask"),
        (update_cells(start={"sheetId": 0, "rowIndex": "two"}), "start.row_index' (TYPE_INT32)"),
        (update_cells(rows={"values": [CELL]}), "update_cells.rows' (list)"),
        (
            {
                "requests": [
                    {"updateCells": update_cells()["requests"][0]["updateCells"], "repeatCell": {}}
                ]
            },
            "(oneof)",
        ),
        (
            {
                "requests": [
                    {
                        "updateSheetProperties": {
                            "properties": {"sheetId": 0, "gridProperties": {"rowCount": 5}},
                            "fields": "gridProperties.rowcount",
                        }
                    }
                ]
            },
            "'gridProperties.rowcount' not found in SheetProperties",
        ),
        (
            {
                "requests": [
                    {
                        "repeatCell": {
                            "range": {"sheetId": 0},
                            "cell": {"userEnteredFormat": {"horizontalAlignment": "MIDDLE"}},
                            "fields": "userEnteredFormat.horizontalAlignment",
                        }
                    }
                ]
            },
            'horizontal_alignment\' (enum), "MIDDLE"',
        ),
    ],
)
def test_a_batch_update_google_would_refuse_is_refused_and_changes_nothing(
    sheets, sheet, body, why
):
    sheet.set(2, 1, "staff")

    with pytest.raises(SyncError, match="HTTP 400"):
        client().batch_update("contract", body)

    assert sheets.log[-1].refused is not None and why in sheets.log[-1].refused
    assert sheet.value(2, 1) == "staff" and sheet.row_count == 1000


@pytest.mark.parametrize(
    ("params", "why"),
    [
        ({"includeGridDat": "true"}, 'Unknown name "includeGridDat": Cannot bind query parameter'),
        ({"includeGridData": "yes"}, 'include_grid_data\' (TYPE_BOOL), "yes"'),
        ({"fields": "sheets(propertiez)"}, "Invalid field selection sheets.propertiez"),
        ({"fields": "sheets.data.rowData.values(userEnteredValue,colour)"}, "values.colour"),
        ({"fields": "sheets(properties"}, "Invalid field mask"),
    ],
)
def test_a_read_google_would_refuse_is_refused(sheets, sheet, params, why):
    with pytest.raises(SyncError, match="HTTP 400"):
        client().fetch_sheet_metadata("contract", params=params)
    assert why in sheets.log[-1].refused


def test_the_answer_has_google_s_error_shape(sheets, sheet):
    url = f"http://{sheets.host}/v4/spreadsheets/contract:batchUpdate"
    answer = requests.post(url, json=update_cells(bogus=1), timeout=10)

    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert error["message"].startswith('Invalid JSON payload received. Unknown name "bogus"')
    (detail,) = error["details"]
    assert detail["@type"] == "type.googleapis.com/google.rpc.BadRequest"
    assert detail["fieldViolations"][0]["field"] == "requests[0].update_cells"


def test_a_body_that_is_not_json_is_refused(sheets, sheet):
    url = f"http://{sheets.host}/v4/spreadsheets/contract:batchUpdate"
    answer = requests.post(url, data=b'{"requests": [', timeout=10)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"].startswith("Invalid JSON payload received.")


def test_a_path_or_verb_google_does_not_have_is_not_found(sheets, sheet):
    base = f"http://{sheets.host}/v4/spreadsheets/contract"
    assert requests.post(f"{base}:batchUpdat", json={}, timeout=10).status_code == 404
    assert requests.get(f"{base}:batchUpdate", timeout=10).status_code == 404
    assert requests.get(f"{base}/values:batchGet?ranges=A1", timeout=10).status_code == 200
    with pytest.raises(GoogleNotFound):
        client().request("get", "https://sheets.googleapis.com/v4/spreadsheet/contract")


# --- accepted: what the sync sends ------------------------------------------------------------


def test_init_and_two_syncs_send_only_what_google_accepts(sheets):
    rules, calendar = load_policy(ROOT / "rules.yaml")
    sheets.create("office", SHEET_TITLE)
    init_google("office", rules, transport=local_sheets(), retry=FAST)
    sheet = sheets.spreadsheets["office"].sheet(SHEET_TITLE)
    sheet.set(2, 2, 46346.5)  # 受理时间 as a serial number
    register = GoogleRegister.open("office", transport=local_sheets(), retry=FAST)
    sheets.reset()
    checked = sheets.checked

    first = sync_register(register, rules, calendar, NOW)
    again = sync_register(register, rules, calendar, NOW)

    assert first.written and not again.written
    assert {"get", "batchUpdate"} <= {r.kind for r in sheets.log}
    assert [r.refused for r in sheets.log] == [None] * len(sheets.log)
    assert sheets.checked - checked == len(sheets.log)


def test_the_contract_is_the_discovery_document_s():
    contract = Contract.google()
    method = contract.route("POST", "/v4/spreadsheets/abc:batchUpdate")
    assert method.id == "sheets.spreadsheets.batchUpdate"
    assert method.request == "BatchUpdateSpreadsheetRequest"
    assert contract.route("GET", "/v4/spreadsheets/abc/values:batchGet").response == (
        "BatchGetValuesResponse"
    )
    assert "fields" in method.parameters and "prettyPrint" in method.parameters


def test_the_stand_in_s_own_answers_are_held_to_the_answer_schema():
    contract = Contract.google()
    get = contract.route("GET", "/v4/spreadsheets/abc")
    contract.check_answer(get, {"spreadsheetId": "abc", "sheets": [{"properties": {"index": 0}}]})
    for wrong in (
        {"spreadsheetId": "abc", "sheetz": []},
        {"sheets": [{"data": [{"rowData": [{"values": [{"effectiveValue": {"text": "x"}}]}]}]}]},
        {"sheets": [{"properties": {"gridProperties": {"rowCount": "many"}}}]},
    ):
        with pytest.raises(Refused):
            contract.check_answer(get, wrong)


def test_field_masks_parse_as_google_writes_them():
    assert parse_mask("a,b(c,d.e),f.g") == {
        "a": {},
        "b": {"c": {}, "d": {"e": {}}},
        "f": {"g": {}},
    }
    for bad in ("", "a,", "a(b", "a)b", "a b", "a(b))"):
        with pytest.raises(ValueError):
            parse_mask(bad)
