"""The register in a Google Sheet: one read, one identity check, one write.

`read()` is a single spreadsheets.get with grid data and a field mask. `apply()` first
re-reads the header row and the 编号 and 受理时间 columns (one values:batchGet) to make
sure every target row still holds the record it held when read, follows records that
moved, skips rows it cannot vouch for, and then sends one spreadsheets.batchUpdate of
updateCells requests carrying values, fills and notes together; a write larger than
WRITE_LIMIT (a first sync of thousands of rows) goes in several, cut between rows.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from itertools import groupby
from typing import Any, NamedTuple

from gspread.utils import extract_id_from_url

from ..core import header
from ..core.schema import BY_KEY, SHEET_TITLE
from ..core.table import EMPTY, KEEP, CellWrite, ChangeSet, RawCell, Row, Table
from ..errors import (
    GoogleNotFound,
    GooglePartlyWritten,
    GoogleQuotaExceeded,
    GoogleUnavailable,
    RegisterChanged,
    SyncError,
)
from .cells import (
    DATE_TIME_FORMAT,
    READ_CELL_FIELDS,
    cell_data,
    display_text,
    hex_to_color,
    identity_value,
    normalize,
    number_format_type,
    raw_cell,
)
from .client import Retry, SheetsClient, Transport, connect
from .worksheets import find_register, header_texts, matches, missing_worksheet, quote_sheet

log = logging.getLogger(__name__)

READ_FIELDS = (
    "properties.title,"
    "sheets(properties(sheetId,gridProperties.columnCount),"
    f"data(startRow,rowData.values({READ_CELL_FIELDS})))"
)

RowKey = tuple[object, object]  # (编号, 受理时间) as values.get shows them

# Bytes of one batchUpdate body. Google recommends payloads under 2 MB (NOTES.md); a first
# sync of thousands of rows is larger, so it is sent in parts of at most this size.
WRITE_LIMIT = 2_000_000


class _Out(NamedTuple):
    """One cell as it will be sent."""

    row: int  # the sheet row now (its record may have moved since the read)
    col: int
    write: CellWrite
    data: dict[str, Any]  # CellData
    fields: tuple[str, ...]  # its field mask


@dataclass(frozen=True)
class _Snapshot:
    """What the read saw, for checking the sheet before writing."""

    sheet_id: int
    column_count: int
    header_row: int
    headers: tuple[object, ...]  # normalized header texts, trailing blanks dropped
    columns: dict[str, int]
    last_column: int  # last column holding anything; new columns go after it
    keys: dict[int, RowKey]  # sheet row -> identity
    computed: dict[tuple[int, str], RawCell]  # computed cells as read
    dated: frozenset[tuple[int, str]]  # computed date cells that already show date and time
    title: str  # the worksheet read


class GoogleRegister:
    """A complaint register kept in one worksheet of a Google Sheet (see backend.Register)."""

    def __init__(
        self,
        client: SheetsClient,
        key: str,
        *,
        worksheet: str | None = None,
        header_fill: str = "DDEBF7",
        write_limit: int = WRITE_LIMIT,
    ) -> None:
        """`worksheet` names the register's worksheet; None finds it (worksheets.py)."""
        self.client = client
        self.write_limit = write_limit
        self.key = key
        self.worksheet = worksheet
        self.header_fill = header_fill
        self.name = f"Google 表格 {key}"
        self.skipped_rows: tuple[int, ...] = ()  # rows the last apply left for the next sync
        self._seen: _Snapshot | None = None

    @classmethod
    def open(
        cls,
        key_or_url: str,
        *,
        credentials_path: str | None = None,
        worksheet: str | None = None,
        header_fill: str = "DDEBF7",
        retry: Retry | None = None,
        transport: Transport | None = None,
    ) -> GoogleRegister:
        """Sign in (see client.connect); sends no request until read()."""
        client = connect(credentials_path, retry=retry or Retry(), transport=transport)
        return cls(
            client, spreadsheet_key(key_or_url), worksheet=worksheet, header_fill=header_fill
        )

    # --- read -------------------------------------------------------------------------------
    def read(self) -> Table:
        title, sheet, grid = self._read_register()
        offset = (sheet.get("data") or [{}])[0].get("startRow", 0)
        header_at = find_header(grid)
        header_cells = grid[header_at] if header_at is not None else []
        columns, unknown = header_columns(header_cells, title, header_at)

        rows: list[Row] = []
        keys: dict[int, RowKey] = {}
        dated: set[tuple[int, str]] = set()
        date_columns = [
            (k, j)
            for k, j in columns.items()
            if BY_KEY[k].computed and BY_KEY[k].kind == "datetime"
        ]
        last_used = 0
        for i in range(header_at + 1, len(grid)):
            line = grid[i]
            index = offset + i + 1
            cells = {
                k: raw_cell(_at(line, j), BY_KEY[k].kind) if j <= len(line) else EMPTY
                for k, j in columns.items()
            }
            row = Row(index, cells)
            rows.append(row)
            keys[index] = (
                _identity(line, columns.get("number")),
                _identity(line, columns.get("received")),
            )
            dated.update(
                (index, k)
                for k, j in date_columns
                if number_format_type(_at(line, j)) == DATE_TIME_FORMAT["type"]
            )
            if _used(line, row, set(columns.values())):
                last_used = len(rows)
        rows = rows[:last_used]

        props = sheet["properties"]
        self._seen = _Snapshot(
            sheet_id=props["sheetId"],
            column_count=props.get("gridProperties", {}).get("columnCount", 0),
            header_row=offset + header_at + 1,
            headers=_trim(tuple(identity_value(c) for c in header_cells)),
            columns=columns,
            last_column=max((_last_value_column(line) for line in grid), default=0),
            keys=keys,
            computed={
                (row.index, k): c
                for row in rows
                for k, c in row.cells.items()
                if BY_KEY[k].computed
            },
            dated=frozenset(dated),
            title=title,
        )
        return Table(
            header_row=offset + header_at + 1,
            columns=columns,
            rows=tuple(rows),
            unknown_headers=unknown,
        )

    def _read_register(self) -> tuple[str, dict[str, Any], list[list[dict[str, Any]]]]:
        """The register's worksheet: its title, its sheet resource and its rows. The one
        --worksheet names; else 投诉登记表 when it is a register (one request, as always);
        else the worksheet whose header matches (worksheets.find_register)."""
        if self.worksheet is not None:
            try:
                return self._read_sheet(self.worksheet)
            except GoogleNotFound:
                raise missing_worksheet(self.client, self.key, self.worksheet) from None
        try:
            found = self._read_sheet(SHEET_TITLE)
            if matches(found[2]):
                return found
        except GoogleNotFound:
            pass  # no worksheet of that name (or no spreadsheet: find_register says so)
        return self._read_sheet(find_register(self.client, self.key))

    def _read_sheet(self, title: str) -> tuple[str, dict[str, Any], list[list[dict[str, Any]]]]:
        params = {"ranges": quote_sheet(title), "includeGridData": "true", "fields": READ_FIELDS}
        book = self.client.fetch_sheet_metadata(self.key, params=params)
        sheet = book["sheets"][0]
        self.name = f"Google 表格「{book.get('properties', {}).get('title', self.key)}」"
        data = (sheet.get("data") or [{}])[0]
        return title, sheet, [r.get("values", []) for r in data.get("rowData", [])]

    # --- apply ------------------------------------------------------------------------------
    def apply(self, changes: ChangeSet) -> None:
        if changes.empty:
            return
        seen = self._seen
        if seen is None:
            raise SyncError("内部错误：写入 Google 表格前必须先读取。")
        where = self._check_rows(seen, {w.row for w in changes.writes})
        self.skipped_rows = tuple(sorted(r for r, to in where.items() if to is None))
        if self.skipped_rows:
            log.warning(
                "第 %s 行在同步期间被移动、插入或删除，本次没有写入这些行，下次同步时会补上。",
                "、".join(map(str, self.skipped_rows)),
            )
        columns = dict(seen.columns)
        for n, key in enumerate(changes.new_columns, start=seen.last_column + 1):
            columns[key] = n
        header = self._new_column_requests(seen, changes.new_columns, columns)
        out = sorted(
            (
                _Out(where[w.row], columns[w.key], w, *cell_data(w, full=BY_KEY[w.key].computed))
                for w in _whole_computed_rows(changes.writes, columns, seen.computed)
                if where.get(w.row)
            ),
            key=lambda o: (o.row, o.col),
        )
        parts = _parts(out, self.write_limit)
        for n, part in enumerate(parts):
            requests = (header if n == 0 else []) + _cell_requests(seen.sheet_id, part)
            requests += _date_format_requests(seen.sheet_id, part, seen.dated)
            if not requests:
                continue
            try:
                self.client.batch_update(self.key, {"requests": requests})
            except SyncError as exc:
                if n == 0:
                    raise
                raise _partly_written(exc, parts, n) from None
        self._seen = None  # a second apply needs a fresh read

    def _check_rows(self, seen: _Snapshot, targets: set[int]) -> dict[int, int | None]:
        """Where each target row's record stands now (None: it cannot be found for sure)."""
        if not targets:
            return {}
        h = seen.header_row
        sheet = quote_sheet(seen.title)
        ranges = [f"{sheet}!{h}:{h}"]
        keyed = [k for k in ("number", "received") if k in seen.columns]  # 编号 may be new
        for key in keyed:
            col = header.column_letter(seen.columns[key])
            ranges.append(f"{sheet}!{col}{h + 1}:{col}")
        params = {"valueRenderOption": "UNFORMATTED_VALUE", "dateTimeRenderOption": "SERIAL_NUMBER"}
        answer = self.client.values_batch_get(self.key, ranges, params=params)
        heading, *found = (r.get("values", []) for r in answer["valueRanges"])
        by_key = dict(zip(keyed, found, strict=True))
        numbers, received = by_key.get("number", []), by_key.get("received", [])
        if _trim(tuple(normalize(v) for v in (heading[0] if heading else []))) != seen.headers:
            raise RegisterChanged(
                "同步期间有人修改了 Google 表格的表头（插入、删除或移动了列），本次没有写入任何内容。请稍后重新运行同步。"
            )
        now: dict[int, RowKey] = {}
        for i in range(max(len(numbers), len(received))):
            now[h + 1 + i] = (_first(numbers, i), _first(received, i))
        if all(now.get(r, (None, None)) == k for r, k in seen.keys.items()):
            return {r: r for r in targets}  # nothing moved: the usual case
        rows_of: dict[object, list[int]] = {}
        for r, (number, _) in now.items():
            if number is not None:
                rows_of.setdefault(number, []).append(r)
        where: dict[int, int | None] = {}
        for r in targets:
            number, when = seen.keys.get(r, (None, None))
            if number is not None:
                # Follow the record by its 编号; skip it if ambiguous or its 受理时间 changed.
                found = rows_of.get(number, [])
                where[r] = found[0] if len(found) == 1 and now[found[0]] == (number, when) else None
            else:
                # No 编号 yet: only trust the row if nothing above it changed.
                unchanged = all(
                    now.get(i, (None, None)) == seen.keys.get(i) for i in range(h + 1, r + 1)
                )
                where[r] = r if unchanged else None
        return where

    def _new_column_requests(
        self, seen: _Snapshot, keys: tuple[str, ...], columns: dict[str, int]
    ) -> list[dict]:
        if not keys:
            return []
        requests: list[dict] = []
        needed = max(columns[k] for k in keys)
        if needed > seen.column_count:
            requests.append(
                {
                    "updateSheetProperties": {
                        "properties": {
                            "sheetId": seen.sheet_id,
                            "gridProperties": {"columnCount": needed},
                        },
                        "fields": "gridProperties.columnCount",
                    }
                }
            )
        heading = [
            {
                "userEnteredValue": {"stringValue": BY_KEY[k].header},
                "userEnteredFormat": {"textFormat": {"bold": True}}
                | (
                    {"backgroundColor": hex_to_color(self.header_fill)}
                    if BY_KEY[k].computed
                    else {}
                ),
            }
            for k in keys  # an added 编号 is a staff column: no computed header colour
        ]
        requests.append(
            {
                "updateCells": {
                    "start": {
                        "sheetId": seen.sheet_id,
                        "rowIndex": seen.header_row - 1,
                        "columnIndex": columns[keys[0]] - 1,
                    },
                    "rows": [{"values": heading}],
                    "fields": "userEnteredValue,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold",
                }
            }
        )
        return requests


def _parts(out: list[_Out], limit: int) -> list[list[_Out]]:
    """The writes in parts whose batchUpdate stays under `limit` bytes, cut between rows.

    Each part goes in its own request after the one identity check: a few seconds apart,
    well inside the 60 writes a minute Google allows. A part carries its rows' values, fills,
    notes and date formats together, so a failure between parts leaves whole rows written
    or not. The weight of a row counts its cells as sent plus, for each run of cells, the
    wrapper of a request of its own: an upper bound, so no part exceeds the limit.
    """
    parts: list[list[_Out]] = [[]]
    size = _PART_OVERHEAD
    for _, cells in groupby(out, key=lambda o: o.row):
        line = list(cells)
        runs = sum(
            1
            for i, o in enumerate(line)
            if i == 0 or o.col != line[i - 1].col + 1 or o.fields != line[i - 1].fields
        )
        weight = len(_compact([o.data for o in line])) + _RUN_OVERHEAD * runs
        if parts[-1] and size + weight > limit:
            parts.append([])
            size = _PART_OVERHEAD
        parts[-1] += line
        size += weight
    return parts


# Bytes a part may need beyond its cells: new-column headers and date-format requests
# (at most one per computed column), and the wrapper of an updateCells run.
_PART_OVERHEAD = 16_384
_RUN_OVERHEAD = 160


def _compact(body: object) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _partly_written(exc: SyncError, parts: list[list[_Out]], n: int) -> GooglePartlyWritten:
    done = [o.row for part in parts[:n] for o in part]
    reason = (
        "请求次数超出配额"
        if isinstance(exc, GoogleQuotaExceeded)
        else "无法连接 Google 或服务暂时出错"
        if isinstance(exc, GoogleUnavailable)
        else "Google 拒绝了请求"
    )
    return GooglePartlyWritten(
        f"这次要写入的内容较多，分 {len(parts)} 次发送；前 {n} 次已写入（第 {min(done)}–{max(done)} 行），"
        f"第 {n + 1} 次失败（{reason}）。已写入的只有系统计算的列，员工填写的内容没有改动。"
        "请稍后重新运行同步，其余的行会补上。"
    )


def _cell_requests(sheet_id: int, out: list[_Out]) -> list[dict]:
    """updateCells requests: adjacent cells with one field mask form a run; runs at the same
    columns in consecutive rows form one block, so a first sync of every row is one request.

    `start`, never `range`: with a range, masked fields of cells not sent would be cleared.
    """
    runs: list[tuple[int, int, tuple[str, ...], list[dict]]] = []  # row, first column, mask, cells
    for row, col, _, data, fields in out:
        last = runs[-1] if runs else None
        if last and last[0] == row and last[2] == fields and last[1] + len(last[3]) == col:
            last[3].append(data)
        else:
            runs.append((row, col, fields, [data]))
    requests: list[dict] = []
    open_blocks: dict[tuple, list[tuple[int, int, tuple[str, ...], list[dict]]]] = {}
    for run in runs:
        shape = (run[1], run[2], len(run[3]))
        block = open_blocks.get(shape)
        if block and block[-1][0] + 1 == run[0]:
            block.append(run)
            continue
        if block:
            requests.append(_update(sheet_id, block))
        open_blocks[shape] = [run]
    requests += [_update(sheet_id, block) for block in open_blocks.values()]
    return requests


def _date_format_requests(
    sheet_id: int, out: list[_Out], dated: frozenset[tuple[int, str]]
) -> list[dict]:
    """repeatCell requests giving the computed date cells written their date-time format, instead
    of a number format in every cell: one per span of rows and run of adjacent columns, and
    none for cells that show date and time already (every sync after the first)."""
    spans: dict[int, tuple[int, int]] = {}
    for row, col, w, _, _ in out:
        if (
            BY_KEY[w.key].computed
            and BY_KEY[w.key].kind == "datetime"
            and (w.row, w.key) not in dated
        ):
            low, high = spans.get(col, (row, row))
            spans[col] = (min(low, row), max(high, row))
    blocks: list[tuple[int, int, int, int]] = []  # first column, last column, low, high
    for col, (low, high) in sorted(spans.items()):
        if blocks and blocks[-1][1] + 1 == col and blocks[-1][2:] == (low, high):
            blocks[-1] = (blocks[-1][0], col, low, high)
        else:
            blocks.append((col, col, low, high))
    return [
        {
            "repeatCell": {
                "range": {
                    "sheetId": sheet_id,
                    "startRowIndex": low - 1,
                    "endRowIndex": high,
                    "startColumnIndex": first - 1,
                    "endColumnIndex": last,
                },
                "cell": {"userEnteredFormat": {"numberFormat": DATE_TIME_FORMAT}},
                "fields": "userEnteredFormat.numberFormat",
            }
        }
        for first, last, low, high in blocks
    ]


def _update(sheet_id: int, block: list[tuple[int, int, tuple[str, ...], list[dict]]]) -> dict:
    row, col, fields, _ = block[0]
    return {
        "updateCells": {
            "start": {"sheetId": sheet_id, "rowIndex": row - 1, "columnIndex": col - 1},
            "rows": [{"values": cells} for _, _, _, cells in block],
            "fields": ",".join(fields),
        }
    }


def _whole_computed_rows(
    writes: tuple[CellWrite, ...], columns: dict[str, int], seen: dict[tuple[int, str], RawCell]
) -> list[CellWrite]:
    """Staff-cell writes as planned; in every row with a computed write, every computed cell
    written whole (unchanged parts as read), so that those rows form one updateCells block."""
    out = [w for w in writes if not BY_KEY[w.key].computed]
    planned = {(w.row, w.key): w for w in writes if BY_KEY[w.key].computed}
    computed = [k for k in columns if BY_KEY[k].computed]
    for row in sorted({r for r, _ in planned}):
        for key in computed:
            write = planned.get((row, key), CellWrite(row, key))
            out.append(_complete(write, seen.get((row, key), EMPTY)))
    return out


def _complete(write: CellWrite, have: RawCell) -> CellWrite:
    """A computed cell's write with KEEP parts filled from the read, so that neighbouring
    writes share one field mask (the sync owns these cells: rewriting what it read is safe)."""
    return CellWrite(
        write.row,
        write.key,
        value=have.value if write.value is KEEP else write.value,
        fill=have.fill if write.fill is KEEP else write.fill,
        note=have.note if write.note is KEEP else write.note,
    )


def spreadsheet_key(key_or_url: str) -> str:
    """The spreadsheet ID from a full URL (…/spreadsheets/d/ID/edit) or the ID itself."""
    text = key_or_url.strip()
    if "/" in text:
        try:
            return extract_id_from_url(text)
        except Exception:
            raise SyncError(
                f"无法从“{text}”中识别 Google 表格的 ID。请复制表格的完整链接或其中 /d/ 后面的 ID。"
            ) from None
    return text


def find_header(grid: list[list[dict]]) -> int | None:
    """The index of the header row among the grid's first rows (as the xlsx backend)."""
    return header.find_header([header_texts(line) for line in grid[: header.HEADER_SEARCH_ROWS]])


def header_columns(
    cells: list[dict], worksheet: str, at: int | None
) -> tuple[dict[str, int], tuple[str, ...]]:
    where = f"工作表“{worksheet}”第 {at + 1} 行" if at is not None else f"工作表“{worksheet}”"
    return header.header_columns(
        header_texts(cells), where, at is not None, fix="，或运行 complaints init --google 准备表格"
    )


def _text(cell: dict) -> str:
    return header.header_text(display_text(cell))


def _at(line: list[dict], column: int) -> dict:
    return line[column - 1] if column <= len(line) else {}


def _identity(line: list[dict], column: int | None) -> object:
    return identity_value(_at(line, column)) if column else None


def _used(line: list[dict], row: Row, known: set[int]) -> bool:
    """Staff content, a note, or text in a column the contract does not know (as xlsx)."""
    return any(not c.blank or c.note for c in row.cells.values()) or any(
        _text(c) for j, c in enumerate(line, start=1) if j not in known
    )


def _last_value_column(line: list[dict]) -> int:
    return max(
        (j + 1 for j, c in enumerate(line) if c.get("effectiveValue") or c.get("userEnteredValue")),
        default=0,
    )


def _first(values: list[list], i: int) -> object:
    return normalize(values[i][0]) if i < len(values) and values[i] else None


def _trim(values: tuple[object, ...]) -> tuple[object, ...]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]
