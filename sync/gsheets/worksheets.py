"""Which worksheet of a Google Sheet holds the register: the one whose header matches.

Offices name their worksheets as they like (工作表1, 2026年投诉, Sheet1). The register is the
worksheet among whose first rows a row names the most of the register's columns, the
required ones included. Finding it costs two small reads (the titles, then the first rows of
every worksheet); GoogleRegister asks only when the worksheet called 投诉登记表 is missing or
is not a register. When none matches, the message shows what each worksheet's first rows
hold, so that staff see at once where the header went wrong.
"""

from __future__ import annotations

from typing import Any

from ..core import header
from ..core.schema import BY_HEADER, BY_KEY, REQUIRED_KEYS
from ..errors import GoogleNotFound, MissingColumns
from .cells import READ_CELL_FIELDS, display_text
from .client import SheetsClient

_SHOWN_CELLS = 6  # cells of a row quoted in the message
_SHOWN_TEXT = 12  # characters of a cell quoted


def matches(grid: list[list[dict[str, Any]]]) -> int:
    """How many of the register's columns the header row of `grid` names; 0 when it has
    no header row or lacks a required column."""
    texts = [header_texts(line) for line in grid[: header.HEADER_SEARCH_ROWS]]
    at = header.find_header(texts)
    if at is None:
        return 0
    keys = {BY_HEADER[t].key for t in texts[at].values() if t in BY_HEADER}
    return len(keys) if all(k in keys for k in REQUIRED_KEYS) else 0


def titles(client: SheetsClient, key: str) -> tuple[str, list[str]]:
    """How the spreadsheet is named to staff (Google 表格「…」), and its worksheets' titles."""
    fields = "properties.title,sheets.properties.title"
    book = client.fetch_sheet_metadata(key, params={"fields": fields})
    name = f"Google 表格「{book.get('properties', {}).get('title', key)}」"
    return name, [s["properties"]["title"] for s in book.get("sheets", [])]


def first_rows(client: SheetsClient, key: str, names: list[str]) -> dict[str, list[list[dict]]]:
    """The first rows of each named worksheet, in one request."""
    rows = header.HEADER_SEARCH_ROWS
    params: dict[str, Any] = {
        "ranges": [f"{quote_sheet(n)}!1:{rows}" for n in names],
        "includeGridData": "true",
        "fields": f"sheets(properties.title,data.rowData.values({READ_CELL_FIELDS}))",
    }
    book = client.fetch_sheet_metadata(key, params=params)
    return {
        s["properties"]["title"]: [
            r.get("values", []) for r in (s.get("data") or [{}])[0].get("rowData", [])
        ]
        for s in book.get("sheets", [])
    }


def find_register(client: SheetsClient, key: str) -> str:
    """The title of the worksheet holding the register. Raises MissingColumns, naming every
    worksheet and what its first rows hold, when none does."""
    book_name, names = titles(client, key)
    grids = first_rows(client, key, names)
    best = max(grids, key=lambda t: matches(grids[t]), default=None)
    if best is not None and matches(grids[best]):
        return best
    required = "、".join(f"“{BY_KEY[k].header}”" for k in REQUIRED_KEYS)
    raise MissingColumns(
        f"{book_name}中没有登记表：没有哪个工作表的前 {header.HEADER_SEARCH_ROWS} 行有含{required}"
        f"的表头行。各工作表的内容：{'；'.join(describe(t, g) for t, g in grids.items())}。"
        f"请在登记表所在工作表的表头行写上与模板一致的列名（至少{required}），"
        "或用 --worksheet 名称 指定登记表所在的工作表，或运行 complaints init --google 准备表格。"
    )


def missing_worksheet(client: SheetsClient, key: str, name: str) -> GoogleNotFound:
    """The error for a --worksheet the spreadsheet does not have, naming those it has."""
    book_name, names = titles(client, key)
    have = "、".join(f"“{t}”" for t in names) or "（无）"
    return GoogleNotFound(
        f"{book_name}中没有名为“{name}”的工作表（现有工作表：{have}）。请检查 --worksheet 后的名称；"
        "不写 --worksheet 时，程序会自动使用表头相符的工作表。"
    )


def describe(title: str, grid: list[list[dict[str, Any]]]) -> str:
    """“月报”第 1 行：十一月投诉汇总、来电、3 (the first row holding anything)."""
    for n, line in enumerate(grid, start=1):
        cells = [t for t in (_shown(c) for c in line) if t]
        if cells:
            more = " 等" if len(cells) > _SHOWN_CELLS else ""
            return f"工作表“{title}”第 {n} 行：{'、'.join(cells[:_SHOWN_CELLS])}{more}"
    return f"工作表“{title}”前 {header.HEADER_SEARCH_ROWS} 行是空的"


def quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def header_texts(line: list[dict]) -> dict[int, str]:
    """A row's cells as header texts, by 1-based column."""
    return {j: header.header_text(display_text(c)) for j, c in enumerate(line, start=1)}


def _shown(cell: dict) -> str:
    text = display_text(cell).strip()
    return text if len(text) <= _SHOWN_TEXT else text[:_SHOWN_TEXT] + "…"
