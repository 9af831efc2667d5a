"""Finding the register's header row and its columns by their texts, for every backend.

Pure: a backend hands in the texts of the first rows; out come the header row, the column
of each known header, the unknown headers, or a Chinese message naming what is wrong.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from ..errors import DuplicateColumns, MissingColumns
from .schema import BY_HEADER, BY_KEY, REQUIRED_KEYS

HEADER_SEARCH_ROWS = 20  # a title, notes or a logo may stand above the header


def header_text(value: object) -> str:
    """A header cell's text with every space removed (staff type 受理 时间 too)."""
    return "".join(str(value).split()) if value is not None else ""


def column_letter(index: int) -> str:
    """1 -> 'A', 27 -> 'AA'."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@functools.lru_cache(maxsize=1024)
def column_index(letters: str | bytes) -> int:
    """'A' (or b'A') -> 1, 'AA' -> 27: the column of a cell reference's letters."""
    index = 0
    for code in letters if isinstance(letters, bytes) else letters.encode("ascii"):
        index = index * 26 + code - 64
    return index


def find_header(rows: Sequence[Mapping[int, str]]) -> int | None:
    """The index of the row, among the first few, whose texts match the most known headers."""
    best, hits = None, 0
    for i, texts in enumerate(rows[:HEADER_SEARCH_ROWS]):
        n = sum(text in BY_HEADER for text in texts.values())
        if n > hits:
            best, hits = i, n
    return best


def header_columns(
    texts: Mapping[int, str], where: str, found: bool, fix: str = ""
) -> tuple[dict[str, int], tuple[str, ...]]:
    """Column key -> 1-based index for each known header in `texts` (index -> text), and the
    unknown headers. `where` names the sheet and row for messages; `fix` adds a remedy."""
    columns: dict[str, int] = {}
    duplicates: dict[str, list[int]] = {}
    unknown: list[str] = []
    for index in sorted(texts):
        text = texts[index]
        if not text:
            continue
        column = BY_HEADER.get(text)
        if column is None:
            unknown.append(text)
        elif column.key in columns:
            duplicates.setdefault(column.header, [columns[column.key]]).append(index)
        else:
            columns[column.key] = index
    if duplicates:
        listed = "；".join(
            f"{header}（第 {'、'.join(column_letter(i) for i in at)} 列）"
            for header, at in duplicates.items()
        )
        raise DuplicateColumns(
            f"登记表{where}的表头有重复的列：{listed}。请删除多余的列或改名后再同步。"
        )
    missing = [BY_KEY[k].header for k in REQUIRED_KEYS if k not in columns]
    if missing:
        place = (
            f"在{where}找到表头，" if found else f"在{where}前 {HEADER_SEARCH_ROWS} 行找不到表头，"
        )
        raise MissingColumns(
            f"登记表缺少必需的列：{'、'.join(missing)}（{place}其中没有这些列）。"
            f"请在表头行添加这些列，表头文字须与模板一致{fix}，然后再同步。"
        )
    return columns, tuple(unknown)
