"""A local Sheets API v4 server for the tests: the endpoints our backend calls, over real HTTP.

It keeps state like a spreadsheet (cells with userEnteredValue, formats, notes, validation;
row insertion shifts cells; a batchUpdate applies all of its requests or none), logs every
request, and can inject failures (429, 500), latency, and edits "by staff" between two of
our requests. Field masks are honoured on reads and on updateCells, as Google does; a
sub-object the mask empties stays as {}, as protobuf's field-mask trimming leaves it (if
Google drops it, byte counts here err high). Answers are indented JSON unless the query says prettyPrint=false, and
gzipped for a client that accepts gzip and names it in its user agent, as Google does.

Every request is first held against Google's own contract (tests/sheets_contract.py, from
the Sheets API v4 discovery document): a path, parameter, field mask or body Google would
refuse is refused here too, with Google's error answer, and nothing is applied. Its own
answers are held to the answer schema as well: one with a field Google's has not is a 500.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sync.gsheets.cells import datetime_to_serial
from sync.gsheets.client import Transport
from tests.sheets_contract import Contract, Refused, mask_paths, parse_mask

Cell = dict[str, Any]


@dataclass
class Sheet:
    sheet_id: int
    title: str
    row_count: int = 1000
    column_count: int = 26
    frozen_rows: int = 0
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # 0-based (row, col)
    protected: list[dict] = field(default_factory=list)

    # --- helpers for tests (1-based rows and columns, as a user sees them) ---------------
    def set(self, row: int, col: int, value: Any = None, **extra: Any) -> None:
        """Put a value the way a person typing would; `extra` sets raw CellData fields."""
        cell = dict(extra)
        if value is not None:
            cell["userEnteredValue"] = _typed(value)
        self.cells[(row - 1, col - 1)] = cell
        self.row_count = max(self.row_count, row)
        self.column_count = max(self.column_count, col)

    def get(self, row: int, col: int) -> Cell:
        return self.cells.get((row - 1, col - 1), {})

    def value(self, row: int, col: int) -> Any:
        v = self.get(row, col).get("userEnteredValue", {})
        return next(iter(v.values()), None)

    def insert_rows(self, before: int, count: int = 1) -> None:
        """Insert empty rows above 1-based row `before`, shifting everything below down."""
        at = before - 1
        self.cells = {((r + count) if r >= at else r, c): v for (r, c), v in self.cells.items()}
        self.row_count += count

    def used_rows(self) -> int:
        return max((r + 1 for r, _ in self.cells), default=0)


@dataclass
class Spreadsheet:
    id: str
    title: str
    sheets: list[Sheet]
    denied: bool = False  # answer 403, as Google does for a sheet not shared with the caller

    def sheet(self, title: str) -> Sheet:
        return next(s for s in self.sheets if s.title == title)


@dataclass
class Logged:
    method: str
    kind: str  # get, values.get, values.batchGet, batchUpdate, ...
    path: str
    query: dict[str, list[str]]
    body: Any
    refused: str | None = None  # why the contract refused it (the answer Google would give)

    @property
    def is_write(self) -> bool:
        return self.method == "POST"


class SheetsServer:
    def __init__(self) -> None:
        self.spreadsheets: dict[str, Spreadsheet] = {}
        self.log: list[Logged] = []
        self.latency = 0.0
        self._failures: list[tuple[str | None, int]] = []
        self._hooks: list[tuple[str, Callable[[], None]]] = []
        self._lock = threading.Lock()
        self._next_sheet_id = 0
        self.contract = Contract.google()
        self.checked = 0  # requests the contract let through, since the server started
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def transport(self) -> Transport:
        """What the backend is given to send its requests here (plain HTTP, no sign-in)."""
        return Transport(self.host)

    def start(self) -> SheetsServer:
        global _running
        self.thread.start()
        _running = self
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- test controls ----------------------------------------------------------------------
    def create(self, key: str, *titles: str, title: str = "登记表") -> Spreadsheet:
        sheets = []
        for t in titles or ("Sheet1",):
            sheets.append(Sheet(self._next_sheet_id, t))
            self._next_sheet_id += 1
        self.spreadsheets[key] = Spreadsheet(key, title, sheets)
        return self.spreadsheets[key]

    def fail(self, status: int, times: int = 1, kind: str | None = None) -> None:
        """Answer the next `times` requests (of `kind`, if given) with `status`."""
        self._failures += [(kind, status)] * times

    def before(self, kind: str, action: Callable[[], None]) -> None:
        """Run `action` once, just before the next request of `kind` is answered."""
        self._hooks.append((kind, action))

    def reset(self) -> None:
        """Forget the log and any pending failures, hooks and latency (between tests)."""
        with self._lock:
            self.log.clear()
            self._failures.clear()
            self._hooks.clear()
            self.latency = 0.0

    def count(self, kind: str | None = None, *, writes: bool | None = None) -> int:
        return sum(
            1
            for r in self.log
            if (kind is None or r.kind == kind) and (writes is None or r.is_write == writes)
        )

    # --- request handling -------------------------------------------------------------------
    def handle(self, method: str, raw_path: str, body: Any) -> tuple[int, Any]:
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query)
        path = parts.path
        kind, key, rng = _route(method, path)
        try:
            called = self.contract.check(method, path, query, body)
            refused = None
        except Refused as exc:
            refused = exc
        with self._lock:
            self.log.append(Logged(method, kind, path, query, body, refused and str(refused)))
            if refused is not None:
                return refused.status, refused.answer()
            self.checked += 1
            hook = next((h for h in self._hooks if h[0] == kind), None)
            if hook:
                self._hooks.remove(hook)
            failure = next((f for f in self._failures if f[0] in (None, kind)), None)
            if failure:
                self._failures.remove(failure)
        if self.latency:
            time.sleep(self.latency)
        if hook:
            hook[1]()
        if failure:
            return _error(failure[1], "injected failure")
        if kind == "unknown":
            return _error(400, f"the local server does not model {method} {path}")
        book = self.spreadsheets.get(key)
        if book is None:
            return _error(404, "Requested entity was not found.")
        if book.denied:
            return _error(403, "The caller does not have permission")
        with self._lock:
            try:
                answer = self._dispatch(kind, book, query, body, rng)
            except ApiError as exc:
                return _error(exc.status, str(exc))
        try:
            self.contract.check_answer(called, answer)
        except Refused as exc:  # a bug of this server, not of the client: fail loudly
            return _error(500, f"the local server answered outside Google's schema: {exc}")
        return 200, answer

    def _dispatch(self, kind: str, book: Spreadsheet, query: dict, body: Any, rng: str) -> Any:
        if kind == "get":
            return self._get(book, query)
        if kind == "values.get":
            return _values(book, rng, query)
        if kind == "values.batchGet":
            ranges = query.get("ranges", [])
            return {
                "spreadsheetId": book.id,
                "valueRanges": [_values(book, r, query) for r in ranges],
            }
        if kind == "batchUpdate":
            work = copy.deepcopy(book.sheets)
            replies = [_apply(book, work, req, self) for req in body.get("requests", [])]
            # All requests or none, like Google; keep the Sheet objects tests hold.
            before = {s.sheet_id: s for s in book.sheets}
            for sheet in work:
                if sheet.sheet_id in before:
                    before[sheet.sheet_id].__dict__.update(sheet.__dict__)
            book.sheets = [before.get(s.sheet_id, s) for s in work]
            return {"spreadsheetId": book.id, "replies": replies}
        raise ApiError(400, f"unsupported: {kind}")

    def _get(self, book: Spreadsheet, query: dict) -> Any:
        grid = query.get("includeGridData", ["false"])[0] == "true"
        wanted = [_parse_range(book, r) for r in query.get("ranges", [])]
        sheets = []
        for sheet in book.sheets:
            ranges = [rg for rg in wanted if rg[0] is sheet]
            if wanted and not ranges:
                continue
            out: dict[str, Any] = {
                "properties": {
                    "sheetId": sheet.sheet_id,
                    "title": sheet.title,
                    "index": book.sheets.index(sheet),
                    "gridProperties": {
                        "rowCount": sheet.row_count,
                        "columnCount": sheet.column_count,
                        "frozenRowCount": sheet.frozen_rows,
                    },
                },
                "protectedRanges": sheet.protected,
            }
            if grid:
                out["data"] = [_grid(sheet, rg) for rg in ranges or [(sheet, 0, None, 0, None)]]
            sheets.append(out)
        result = {"spreadsheetId": book.id, "properties": {"title": book.title}, "sheets": sheets}
        fields = query.get("fields", [None])[0]
        return _mask(result, parse_mask(fields)) if fields else result


_running: SheetsServer | None = None


def sheet_rows(sheet: Sheet, headers: list[str], rows: list[dict[str, object]]) -> None:
    """A header and rows typed into a sheet of the local server as staff type them: dates as
    date cells, text as text (a leading = included), numbers as numbers."""
    for j, header in enumerate(headers, start=1):
        sheet.set(1, j, header)
    date_format = {"numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}}
    for i, row in enumerate(rows, start=2):
        for j, header in enumerate(headers, start=1):
            value = row.get(header)
            if isinstance(value, datetime):
                sheet.set(i, j, datetime_to_serial(value), userEnteredFormat=date_format)
            elif isinstance(value, str):
                sheet.cells[(i - 1, j - 1)] = {"userEnteredValue": {"stringValue": value}}
            elif value is not None:
                sheet.set(i, j, value)


def local_sheets() -> Transport:
    """The transport to the local server the session fixture started, for helpers that open
    a GoogleRegister outside a fixture's reach."""
    assert _running is not None, "the sheets_server fixture starts the server"
    return _running.transport


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


_STATUS = {
    400: "INVALID_ARGUMENT",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def _error(status: int, message: str) -> tuple[int, Any]:
    return status, {
        "error": {"code": status, "message": message, "status": _STATUS.get(status, "UNKNOWN")}
    }


def _route(method: str, path: str) -> tuple[str, str, str]:
    m = re.fullmatch(r"/v4/spreadsheets/([^/:]+)(.*)", path)
    if not m:
        return "unknown", "", ""
    key, rest = m.group(1), m.group(2)
    if rest == "" and method == "GET":
        return "get", key, ""
    if rest == ":batchUpdate" and method == "POST":
        return "batchUpdate", key, ""
    if rest == "/values:batchGet" and method == "GET":
        return "values.batchGet", key, ""
    if rest.startswith("/values/") and method == "GET":
        return "values.get", key, unquote(rest[len("/values/") :])
    return "unknown", key, ""


# --- ranges ------------------------------------------------------------------------------------


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _parse_range(book: Spreadsheet, text: str) -> tuple[Sheet, int, int | None, int, int | None]:
    """'Title'!A2:C -> (sheet, row0, row_end_exclusive, col0, col_end_exclusive)."""
    if "!" in text:
        name, _, cells = text.rpartition("!")
    elif any(s.title == text.strip("'").replace("''", "'") for s in book.sheets):
        name, cells = text, ""
    else:
        name, cells = "", text
    name = name.strip("'").replace("''", "'") if name else book.sheets[0].title
    sheet = next((s for s in book.sheets if s.title == name), None)
    if sheet is None:
        raise ApiError(400, f"Unable to parse range: {text}")
    if not cells:
        return sheet, 0, None, 0, None
    ends = []
    for part in cells.split(":"):
        m = re.fullmatch(r"([A-Z]*)(\d*)", part)
        if not m:
            raise ApiError(400, f"Unable to parse range: {text}")
        ends.append(
            (
                _col_index(m.group(1)) if m.group(1) else None,
                int(m.group(2)) - 1 if m.group(2) else None,
            )
        )
    (c0, r0), (c1, r1) = ends[0], ends[-1]
    return sheet, r0 or 0, None if r1 is None else r1 + 1, c0 or 0, None if c1 is None else c1 + 1


def _grid(sheet: Sheet, rg: tuple) -> dict:
    _, r0, r1, c0, c1 = rg
    by_row: dict[int, list[int]] = {}
    for r, c in sheet.cells:
        if r >= r0 and c >= c0 and (c1 is None or c < c1):
            by_row.setdefault(r, []).append(c)
    last_row = max(by_row, default=r0 - 1) + 1
    rows = []
    for r in range(r0, last_row if r1 is None else min(r1, last_row)):
        last_col = max(by_row.get(r, ()), default=c0 - 1)
        values = [_render(sheet.cells.get((r, c), {})) for c in range(c0, last_col + 1)]
        rows.append({"values": values} if values else {})
    return {"startRow": r0, "startColumn": c0, "rowData": rows}


def _render(cell: Cell) -> Cell:
    """A stored cell as the API returns it: with effective value, format and formatted text."""
    out = copy.deepcopy(cell)
    entered = cell.get("userEnteredValue")
    if entered and "formulaValue" not in entered and "effectiveValue" not in cell:
        out["effectiveValue"] = dict(entered)
    if "userEnteredFormat" in cell:
        out.setdefault("effectiveFormat", copy.deepcopy(cell["userEnteredFormat"]))
    ev = out.get("effectiveValue")
    if ev and "formattedValue" not in out:
        v = next(iter(ev.values()))
        out["formattedValue"] = (
            _ERROR_TEXT.get(v.get("type"), "#ERROR!") if isinstance(v, dict) else str(v)
        )
    return out


_ERROR_TEXT = {
    "N_A": "#N/A",
    "DIVIDE_BY_ZERO": "#DIV/0!",
    "VALUE": "#VALUE!",
    "REF": "#REF!",
    "NAME": "#NAME?",
    "NUM": "#NUM!",
    "NULL_VALUE": "#NULL!",
}


def _values(book: Spreadsheet, text: str, query: dict) -> dict:
    sheet, r0, r1, c0, c1 = _parse_range(book, text)
    option = query.get("valueRenderOption", ["FORMATTED_VALUE"])[0]
    rows = []
    for row in _grid(sheet, (sheet, r0, r1, c0, c1))["rowData"]:
        out = []
        for cell in row.get("values", []):
            cell = _render(cell)
            if option == "FORMULA" and "formulaValue" in cell.get("userEnteredValue", {}):
                out.append(cell["userEnteredValue"]["formulaValue"])
            elif option == "UNFORMATTED_VALUE" and "effectiveValue" in cell:
                v = next(iter(cell["effectiveValue"].values()))
                out.append(cell.get("formattedValue") if isinstance(v, dict) else v)
            else:
                out.append(cell.get("formattedValue", ""))
        while out and out[-1] == "":
            out.pop()
        rows.append(out)
    while rows and not rows[-1]:
        rows.pop()
    return (
        {"range": text, "majorDimension": "ROWS", "values": rows}
        if rows
        else {"range": text, "majorDimension": "ROWS"}
    )


# --- field masks -------------------------------------------------------------------------------


def _mask(obj: Any, tree: dict) -> Any:
    if not tree or "*" in tree:
        return obj
    if isinstance(obj, list):
        return [_mask(x, tree) for x in obj]
    if isinstance(obj, dict):
        return {k: _mask(v, tree[k]) for k, v in obj.items() if k in tree}
    return obj


def _set_masked(target: Cell, source: Cell, fields: str) -> Cell:
    """updateCells semantics: each masked field is set from `source`, or cleared if absent."""
    result = copy.deepcopy(target)
    paths = mask_paths(fields)
    if ("*",) in paths:
        return copy.deepcopy(source)
    for path in paths:
        src: Any = source
        for name in path:
            src = src.get(name) if isinstance(src, dict) else None
        node = result
        for name in path[:-1]:
            node = node.setdefault(name, {})
        if src is None:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = copy.deepcopy(src)
        if path[0] == "userEnteredValue":
            result.pop("effectiveValue", None)
            result.pop("formattedValue", None)
    return {k: v for k, v in result.items() if v != {}}


# --- batchUpdate requests ----------------------------------------------------------------------


def _sheet_by_id(sheets: list[Sheet], sheet_id: int) -> Sheet:
    sheet = next((s for s in sheets if s.sheet_id == sheet_id), None)
    if sheet is None:
        raise ApiError(400, f"No grid with id: {sheet_id}")
    return sheet


def _apply(book: Spreadsheet, sheets: list[Sheet], request: dict, server: SheetsServer) -> dict:
    ((name, body),) = request.items()
    if name == "updateCells":
        start = body.get("start") or body["range"]
        sheet = _sheet_by_id(sheets, start.get("sheetId", 0))
        r0, c0 = start.get("rowIndex", 0), start.get("columnIndex", 0)
        for i, row in enumerate(body.get("rows", [])):
            for j, cell in enumerate(row.get("values", [])):
                if r0 + i >= sheet.row_count or c0 + j >= sheet.column_count:
                    raise ApiError(400, f"Range ({r0 + i},{c0 + j}) exceeds grid limits")
                new = _set_masked(sheet.cells.get((r0 + i, c0 + j), {}), cell, body["fields"])
                sheet.cells[(r0 + i, c0 + j)] = new
        return {}
    if name == "updateSheetProperties":
        props = body["properties"]
        sheet = _sheet_by_id(sheets, props.get("sheetId", 0))
        grid = props.get("gridProperties", {})
        for path in mask_paths(body["fields"]):
            if path == ("title",):
                sheet.title = props["title"]
            elif path == ("gridProperties", "columnCount"):
                sheet.column_count = grid["columnCount"]
            elif path == ("gridProperties", "rowCount"):
                sheet.row_count = grid["rowCount"]
            elif path == ("gridProperties", "frozenRowCount"):
                sheet.frozen_rows = grid.get("frozenRowCount", 0)
            else:
                raise ApiError(400, f"unsupported property: {'.'.join(path)}")
        return {}
    if name == "addSheet":
        props = body.get("properties", {})
        if any(s.title == props.get("title") for s in sheets):
            raise ApiError(400, f'A sheet with the name "{props.get("title")}" already exists.')
        sheet_id = props.get("sheetId", server._next_sheet_id)
        if any(s.sheet_id == sheet_id for s in sheets):
            raise ApiError(400, f"A sheet with id {sheet_id} already exists.")
        sheet = Sheet(sheet_id, props.get("title", f"Sheet{len(sheets) + 1}"))
        server._next_sheet_id = max(server._next_sheet_id, sheet_id) + 1
        sheets.insert(props.get("index", len(sheets)), sheet)
        return {"addSheet": {"properties": {"sheetId": sheet.sheet_id, "title": sheet.title}}}
    if name in ("repeatCell", "setDataValidation"):
        rg = body["range"]
        sheet = _sheet_by_id(sheets, rg.get("sheetId", 0))
        cell, fields = (
            (body["cell"], body["fields"])
            if name == "repeatCell"
            else ({"dataValidation": body.get("rule")}, "dataValidation")
        )
        for r in range(rg.get("startRowIndex", 0), rg.get("endRowIndex", sheet.row_count)):
            for c in range(
                rg.get("startColumnIndex", 0), rg.get("endColumnIndex", sheet.column_count)
            ):
                sheet.cells[(r, c)] = _set_masked(sheet.cells.get((r, c), {}), cell, fields)
        return {}
    if name == "addProtectedRange":
        rng = body["protectedRange"]
        _sheet_by_id(sheets, rng["range"].get("sheetId", 0)).protected.append(copy.deepcopy(rng))
        return {"addProtectedRange": {"protectedRange": rng}}
    if name == "updateDimensionProperties":
        return {}  # column widths: accepted, not modelled
    raise ApiError(400, f"unsupported request: {name}")


def _typed(value: Any) -> dict:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int | float):
        return {"numberValue": value}
    if isinstance(value, str) and value.startswith("="):
        return {"formulaValue": value}
    return {"stringValue": str(value)}


def _handler(server: SheetsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                refused = Refused(400, "Invalid JSON payload received. Unexpected token.")
                status, payload = refused.status, refused.answer()
            else:
                status, payload = server.handle(method, self.path, body)
            compact = parse_qs(urlsplit(self.path).query).get("prettyPrint") == ["false"]
            layout: dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 2}
            data = json.dumps(payload, ensure_ascii=False, **layout).encode()
            zipped = "gzip" in self.headers.get(
                "Accept-Encoding", ""
            ) and "gzip" in self.headers.get("User-Agent", "")
            if zipped:
                data = gzip.compress(data, compresslevel=6)
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            if zipped:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802
            self._answer("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:  # the request log is `server.log`
            pass

    return Handler
