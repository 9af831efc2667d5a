"""Google Sheets syncs against the tests' local Sheets server: requests, bytes, time.

For each size: the first sync (every computed cell new), the no-change sync, and a sync
after staff changed one cell. Bytes are counted on the server's socket (request and answer,
headers included), so they are what would cross the network: `read B/row` is the answers to
the read and the identity check over the register's rows (gzipped when the client asks, as
Google does), `JSON B/row` the same answers as compact JSON, before compression: what the
field mask decides. `written KiB` is the write requests,
`largest KiB` the largest single request sent (Google recommends under 2 MB). The server
runs in this process: `wall s` includes its work, `client cpu s` is the sync's own thread only.
How the client's CPU time grows with the rows is printed too (1,250 -> 5,000 is 4x).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.common import growth_table, save, scaling, table
from bench.registers import NOW, office_rows
from sync.api import load_policy, sync_register
from sync.core.schema import BY_KEY, SHEET_TITLE, STAFF_COLUMNS
from sync.gsheets.cells import DATE_TIME_FORMAT, datetime_to_serial
from sync.gsheets.client import Retry
from sync.gsheets.register import GoogleRegister
from tests.sheets_server import Sheet, SheetsServer

ROOT = Path(__file__).resolve().parent.parent
QUICK_SIZES = [100, 1_250, 5_000]
FULL_SIZES = [100, 1_250, 5_000, 50_000]


class _Counting:
    """A socket file that counts the bytes through it."""

    def __init__(self, inner: Any, add: Callable[[int], None]) -> None:
        self._inner, self._add = inner, add

    def read(self, *args: Any) -> bytes:
        data = self._inner.read(*args)
        self._add(len(data))
        return data

    def readline(self, *args: Any) -> bytes:
        data = self._inner.readline(*args)
        self._add(len(data))
        return data

    def write(self, data: bytes) -> int:
        self._add(len(data))
        return self._inner.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class CountedServer(SheetsServer):
    """The tests' server with a byte count per request: [bytes in, bytes out], and the size of
    each answer as compact JSON."""

    def __init__(self) -> None:
        super().__init__()
        self.traffic: list[list[int]] = []
        self.answers: list[int] = []
        handler = self.httpd.RequestHandlerClass
        traffic = self.traffic

        class Counted(handler):  # type: ignore[misc, valid-type]
            def setup(self) -> None:
                super().setup()
                counts = [0, 0]
                traffic.append(counts)
                self.rfile = _Counting(self.rfile, lambda n: counts.__setitem__(0, counts[0] + n))
                self.wfile = _Counting(self.wfile, lambda n: counts.__setitem__(1, counts[1] + n))

        self.httpd.RequestHandlerClass = Counted

    def handle(self, method: str, raw_path: str, body: Any) -> tuple[int, Any]:
        status, payload = super().handle(method, raw_path, body)
        self.answers.append(len(json.dumps(payload, ensure_ascii=False, separators=(",", ":"))))
        return status, payload

    def reset(self) -> None:
        super().reset()
        self.traffic.clear()
        self.answers.clear()


def staff_rows(rows: int) -> list[dict[str, object]]:
    """The staff cells of a synthetic register of `rows` rows, nothing computed."""
    return [{k: v for k, v in r.items() if not BY_KEY[k].computed} for r in office_rows(rows)]


def fill_sheet(sheet: Sheet, rows: list[dict[str, object]]) -> None:
    """Staff cells as a person typing into Google Sheets leaves them."""
    keys = [c.key for c in STAFF_COLUMNS]
    for j, key in enumerate(keys):
        sheet.cells[(0, j)] = {"userEnteredValue": {"stringValue": BY_KEY[key].header}}
    for i, cells in enumerate(rows, start=1):
        for j, key in enumerate(keys):
            value = cells.get(key)
            if value is None:
                continue
            sheet.cells[(i, j)] = _cell(value)
    sheet.row_count = len(rows) + 1
    sheet.column_count = len(keys)


def _cell(value: object) -> dict[str, Any]:
    if isinstance(value, datetime):
        return {
            "userEnteredValue": {"numberValue": datetime_to_serial(value)},
            "userEnteredFormat": {"numberFormat": DATE_TIME_FORMAT},
        }
    if isinstance(value, bool):
        return {"userEnteredValue": {"boolValue": value}}
    if isinstance(value, int | float):
        return {"userEnteredValue": {"numberValue": value}}
    return {"userEnteredValue": {"stringValue": str(value)}}


def bench_sheets(sizes: list[int]) -> dict[str, object]:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    server = CountedServer().start()
    results: list[dict[str, object]] = []
    try:
        for rows in sizes:
            key = f"bench-{rows}"
            sheet = server.create(key, SHEET_TITLE).sheets[0]
            fill_sheet(sheet, staff_rows(rows))

            def sync(key: str = key) -> dict[str, object]:
                server.reset()
                register = GoogleRegister.open(
                    key,
                    header_fill=rules.colours.computed_header,
                    retry=Retry(base=0),
                    transport=server.transport,
                )
                wall, cpu = time.perf_counter(), time.thread_time()
                report = sync_register(register, rules, calendar, NOW)
                wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
                reads = [
                    t for r, t in zip(server.log, server.traffic, strict=True) if not r.is_write
                ]
                writes = [t for r, t in zip(server.log, server.traffic, strict=True) if r.is_write]
                return {
                    "requests": [r.kind for r in server.log],
                    "reads": len(reads),
                    "writes": len(writes),
                    "bytes_sent": sum(t[0] for t in server.traffic),
                    "bytes_received": sum(t[1] for t in server.traffic),
                    "bytes_read": sum(t[1] for t in reads),
                    "json_read": sum(
                        n for r, n in zip(server.log, server.answers, strict=True) if not r.is_write
                    ),
                    "bytes_written": sum(t[0] for t in writes),
                    "largest_request": max(t[0] for t in server.traffic),
                    "cells_changed": report.cells_changed,
                    "wall_seconds": wall,
                    "client_cpu_seconds": cpu,
                }

            first = sync()
            unchanged = sync()
            # Staff close one open complaint: its status, deadlines and flags change.
            row = _open_row(sheet)
            closed_col = [c.key for c in STAFF_COLUMNS].index("closed")
            sheet.cells[(row, closed_col)] = _cell(datetime(2026, 11, 21, 16, 30))
            one_cell = sync()
            for case, figures in (
                ("first sync", first),
                ("no change", unchanged),
                ("one cell changed", one_cell),
            ):
                results.append({"rows": rows, "case": case, **figures})
            del server.spreadsheets[key]
    finally:
        server.stop()
    print(
        table(
            "Google Sheets sync against the local Sheets server"
            " (target: 1 read + 1 check + 1 write, none when unchanged;"
            " a write over 2 MB in parts)",
            [
                "rows",
                "case",
                "reads",
                "writes",
                "read B/row",
                "JSON B/row",
                "written KiB",
                "largest KiB",
                "cells",
                "wall s",
                "client cpu s",
            ],
            [
                [
                    r["rows"],
                    r["case"],
                    r["reads"],
                    r["writes"],
                    r["bytes_read"] / r["rows"],  # type: ignore[operator]
                    r["json_read"] / r["rows"],  # type: ignore[operator]
                    r["bytes_written"] / 1024,  # type: ignore[operator]
                    r["largest_request"] / 1024,  # type: ignore[operator]
                    r["cells_changed"],
                    r["wall_seconds"],
                    r["client_cpu_seconds"],
                ]
                for r in results
            ],
        )
    )
    growth = scaling(results, "rows", "client_cpu_seconds", by="case")
    print()
    print(growth_table("Google Sheets client cpu as the register grows", "case", "cpu s", growth))
    figures = {"sheets": results, "scaling": growth}
    save("sheets", figures)
    return figures


def _open_row(sheet: Sheet) -> int:
    """A 0-based grid row with no 办结时间 yet, from the middle of the register."""
    closed_col = [c.key for c in STAFF_COLUMNS].index("closed")
    rows = sheet.used_rows()
    for i in [*range(rows // 2, rows), *range(1, rows // 2)]:
        if (i, closed_col) not in sheet.cells:
            return i
    raise LookupError("every complaint is closed")
