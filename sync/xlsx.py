"""The .xlsx backend: read a register into a Table, apply a ChangeSet in one atomic save.

The file is read once: its bytes are fingerprinted, inspected for parts openpyxl would
drop, and read by the fast reader (xlsx_read); a sync with nothing to write never loads
openpyxl. `apply` loads those same bytes into openpyxl, edits and saves them, and replaces
the file only if it is still byte-for-byte what was read. A lock file beside the register, content a save would
lose, a change on disk or any OS error means nothing is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import stat
import tempfile
import warnings
import zipfile
from copy import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .errors import (
    DuplicateColumns,
    LossyWrite,
    MissingColumns,
    RegisterChanged,
    RegisterLocked,
    RegisterUnreadable,
    WriteFailed,
    os_reason,
)
from .faults import fault_point
from .lockfiles import find_lock
from .schema import BY_HEADER, BY_KEY, REQUIRED_KEYS, SHEET_TITLE
from .table import EMPTY, KEEP, CellValue, CellWrite, ChangeSet, RawCell, Row, Table
from .xlsx_guard import check_package
from .xlsx_read import read_sheet

HEADER_SEARCH_ROWS = 20
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
NOTE_AUTHOR = "投诉登记同步"
BACKUP_DIR = ".backups"
_FORMULA_LEADS = ("=", "+", "-", "@")  # text starting so must never become a formula

# Parts of an .xlsx that openpyxl does not carry over into the file it saves.
_DROPPED_PARTS: tuple[tuple[str, str], ...] = (
    ("xl/cellimages.xml", "WPS 单元格内嵌图片"),
    ("xl/richData/", "单元格内嵌图片（“放置在单元格中”的图片）"),
    ("xl/charts/", "图表"),
    ("xl/vbaProject.bin", "宏（VBA）"),
    ("xl/embeddings/", "嵌入的对象"),
    ("xl/activeX/", "ActiveX 控件"),
    ("xl/ctrlProps/", "表单控件"),
    ("xl/slicers/", "切片器"),
    ("xl/timelines/", "日程表"),
    ("xl/threadedComments/", "新版批注（对话式批注）"),
)
_SHAPE = re.compile(rb"<(?:\w+:)?(?:sp|cxnSp|grpSp)[\s>/]")
# openpyxl warns when it drops or rewrites something on load; only these warnings are harmless.
_HARMLESS_WARNINGS = ("no default style",)
# Extension-list URIs (upper case) of sheet content openpyxl drops on load.
_EXTENSIONS: tuple[tuple[bytes, str], ...] = (
    (b"{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}", "扩展的数据验证（如引用其他工作表的下拉列表）"),
    (b"{78C0D931-6437-407D-A8EE-F0AAD7539E65}", "扩展的条件格式（如数据条、图标集）"),
    (b"{05C60535-1F16-4FD2-B633-F4F36F0B64E0}", "迷你图"),
    (b"{A8765BA9-456A-4DAB-B4F3-ACF838C121DE}", "切片器"),
    (b"{3A4CF648-6AED-40F4-86FF-DC5316D8AED3}", "切片器"),
)
_KNOWN_WARNINGS: tuple[tuple[str, str], ...] = (
    ("Data Validation extension", "扩展的数据验证（如引用其他工作表的下拉列表）"),
    ("Conditional Formatting extension", "扩展的条件格式（如数据条、图标集）"),
    ("Sparkline Group extension", "迷你图"),
    ("Slicer List extension", "切片器"),
    ("Shapes and drawings will be lost", "形状或绘图"),
)


@dataclass(frozen=True)
class _Fingerprint:
    size: int
    mtime_ns: int
    sha256: str
    mode: int


class XlsxRegister:
    """A register kept in an .xlsx file (satisfies backend.Register)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        backups_keep: int,
        allow_lossy: bool = False,
        header_fill: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.backups_keep = backups_keep
        self.allow_lossy = allow_lossy
        self.header_fill = header_fill
        self.losses: tuple[str, ...] = ()  # why a save would damage this register, in Chinese
        self._book: Workbook | None = None
        self._sheet: Worksheet | None = None
        self._header_row = 0
        self._columns: dict[str, int] = {}
        self._fingerprint: _Fingerprint | None = None
        self._data = b""  # the bytes read() saw: apply() edits exactly these
        self._cells: dict[int, dict[int, RawCell]] = {}

    # --- read ---------------------------------------------------------------------------

    def read(self) -> Table:
        data, fingerprint = self._snapshot()
        check_package(data, self.name)  # a zip bomb or a DTD is refused before any parser
        losses = self._dropped_parts(data)
        try:
            sheet = read_sheet(data, SHEET_TITLE)
        except Exception as exc:  # a damaged file fails in many ways (zip, XML, KeyError)
            raise self._unreadable(f"{type(exc).__name__}: {exc}") from exc
        # Bounds come from the cells found, never the declared used range (WPS may say A1).
        by_row = sheet.cells
        header_row = _find_header_row(by_row)
        columns, unknown = self._header_columns(sheet.title, header_row, by_row.get(header_row, {}))

        self.losses = tuple(dict.fromkeys(losses))
        self._data, self._cells = data, by_row
        self._book = self._sheet = None
        self._header_row, self._columns = header_row, columns
        self._fingerprint = fingerprint
        return Table(
            header_row=header_row,
            columns=dict(columns),
            rows=_rows(by_row, header_row, columns),
            unknown_headers=unknown,
        )

    def _snapshot(self) -> tuple[bytes, _Fingerprint]:
        try:
            before = os.stat(self.path)
            data = self.path.read_bytes()
        except FileNotFoundError as exc:
            raise RegisterUnreadable(
                f"找不到登记表文件 {self.path}。请检查路径；如果有人正在用 Excel 保存它，稍后再同步即可。"
            ) from exc
        except OSError as exc:
            raise RegisterUnreadable(
                f"无法读取登记表 {self.path}：{exc.strerror or exc}。请检查文件是否存在以及读取权限。"
            ) from exc
        return data, _Fingerprint(
            before.st_size, before.st_mtime_ns, hashlib.sha256(data).hexdigest(), before.st_mode
        )

    def _unreadable(self, detail: str) -> RegisterUnreadable:
        return RegisterUnreadable(
            f"无法打开登记表 {self.name}：它不是有效的 .xlsx 工作簿（可能已损坏、不完整、被加密，"
            f"或是旧版 .xls 格式）。请用 Excel 或 WPS 打开后另存为 .xlsx 再同步。（{detail}）"
        )

    def _dropped_parts(self, data: bytes) -> list[str]:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                shapes = any(
                    _SHAPE.search(archive.read(n))
                    for n in names
                    if n.startswith("xl/drawings/") and n.endswith(".xml") and "/_rels/" not in n
                )
                # Extension lists sit at the end of a sheet's XML: openpyxl drops the ones below.
                sheets_xml = b"".join(
                    archive.read(n)[-65536:].upper()
                    for n in names
                    if n.startswith("xl/worksheets/") and n.endswith(".xml")
                )
        except Exception as exc:  # not a zip, truncated, bad compression: all mean unreadable
            raise self._unreadable(f"{type(exc).__name__}: {exc}") from exc
        found = [why for part, why in _DROPPED_PARTS if any(n.startswith(part) for n in names)]
        if shapes:
            found.append("形状或文本框")
        return found + [why for uri, why in _EXTENSIONS if uri in sheets_xml]

    def _header_columns(
        self, title: str, header_row: int, cells: dict[int, RawCell]
    ) -> tuple[dict[str, int], tuple[str, ...]]:
        columns: dict[str, int] = {}
        duplicates: dict[str, list[int]] = {}
        unknown: list[str] = []
        for index in sorted(cells):
            text = _header_text(cells[index].value)
            if not text:
                continue
            col = BY_HEADER.get(text)
            if col is None:
                unknown.append(text)
            elif col.key in columns:
                duplicates.setdefault(col.header, [columns[col.key]]).append(index)
            else:
                columns[col.key] = index
        where = f"工作表“{title}”第 {header_row} 行" if header_row else f"工作表“{title}”"
        if duplicates:
            listed = "；".join(
                f"{header}（第 {'、'.join(get_column_letter(i) for i in at)} 列）"
                for header, at in duplicates.items()
            )
            raise DuplicateColumns(
                f"登记表{where}的表头有重复的列：{listed}。请删除多余的列或改名后再同步。"
            )
        missing = [BY_KEY[k].header for k in REQUIRED_KEYS if k not in columns]
        if missing:
            found = (
                f"在{where}找到表头，"
                if header_row
                else f"在{where}前 {HEADER_SEARCH_ROWS} 行找不到表头，"
            )
            raise MissingColumns(
                f"登记表缺少必需的列：{'、'.join(missing)}（{found}其中没有这些列）。"
                "请在表头行添加这些列，表头文字须与模板一致，然后再同步。"
            )
        return columns, tuple(unknown)

    # --- apply --------------------------------------------------------------------------

    def apply(self, changes: ChangeSet) -> None:
        if changes.empty:
            return
        if self._fingerprint is None:
            raise RuntimeError("XlsxRegister.apply() needs a read() first")
        holder = find_lock(self.path)
        if holder:
            raise RegisterLocked(f"登记表{holder}，本次未写入；关闭文件后会在下次同步时写入。")
        if not self._fingerprint.mode & stat.S_IWUSR:  # an atomic replace would ignore it
            raise WriteFailed(
                f"登记表 {self.name} 是只读文件，本次未写入。"
                "如需同步写回，请取消文件的只读属性（或改回可写权限）后再同步。"
            )
        if self.losses and not self.allow_lossy:
            raise LossyWrite(
                f"登记表 {self.name} 含有保存时会丢失的内容：{'；'.join(self.losses)}。"
                "为免损坏登记表，本次未写入。请删除这些内容，或确认可以丢失后用 --allow-lossy 写入。"
            )
        self._check_writes(changes)
        book, sheet = self._workbook()
        columns = {**self._columns, **self._add_columns(sheet, changes.new_columns)}
        for write in changes.writes:
            self._write(sheet, columns, write)
        self._save(book)
        self._columns = columns

    def _workbook(self) -> tuple[Workbook, Worksheet]:
        """The workbook as read, loaded into openpyxl once, when there is something to write."""
        if self._book is None or self._sheet is None:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    book = openpyxl.load_workbook(io.BytesIO(self._data), rich_text=True)
                except Exception as exc:  # read_sheet coped, but openpyxl cannot: say so
                    raise self._unreadable(f"{type(exc).__name__}: {exc}") from exc
            losses = [
                _warning_loss(str(w.message))
                for w in caught
                if not any(h in str(w.message) for h in _HARMLESS_WARNINGS)
            ]
            if losses and not self.allow_lossy:
                self.losses = tuple(dict.fromkeys((*self.losses, *losses)))
                raise LossyWrite(
                    f"登记表 {self.name} 含有保存时会丢失的内容：{'；'.join(self.losses)}。"
                    "为免损坏登记表，本次未写入。请删除这些内容，或确认可以丢失后用 --allow-lossy 写入。"
                )
            sheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
            self._book, self._sheet = book, sheet
        return self._book, self._sheet

    def _add_columns(self, sheet: Worksheet, new_columns: tuple[str, ...]) -> dict[str, int]:
        """Add computed-column headers after the last used column."""
        added: dict[str, int] = {}
        index = _last_used_column(sheet)
        for key in new_columns:
            if key in self._columns:
                continue
            index += 1
            column = BY_KEY[key]
            cell = sheet.cell(self._header_row, index)
            if _header_text(cell.value) not in ("", column.header):
                raise ValueError(f"column {index} already holds header {cell.value!r}")
            neighbour = sheet.cell(self._header_row, index - 1) if index > 1 else None
            if neighbour is not None and neighbour.has_style:
                cell.font = copy(neighbour.font)
                cell.border = copy(neighbour.border)
                cell.alignment = copy(neighbour.alignment)
            cell.value = column.header
            if self.header_fill:
                cell.fill = _solid(self.header_fill)
            if not any(
                d.min and d.max and d.min <= index <= d.max
                for d in sheet.column_dimensions.values()
            ):
                sheet.column_dimensions[get_column_letter(index)].width = column.width
            added[key] = index
        return added

    def _check_writes(self, changes: ChangeSet) -> None:
        """Refuse a plan that breaks the contract before the workbook is touched."""
        known = set(self._columns) | set(changes.new_columns)
        for write in changes.writes:
            if write.key not in known:
                raise ValueError(f"register has no column {write.key!r}")
            if write.row <= self._header_row:
                raise ValueError(f"row {write.row} is not below the header row {self._header_row}")
            # Invariant: staff cells are never written, save filling an empty 编号.
            if write.value is KEEP or BY_KEY[write.key].computed:
                continue
            cell = self._cells.get(write.row, {}).get(self._columns.get(write.key, 0), EMPTY)
            if write.key != "number" or not cell.blank:
                raise ValueError(
                    f"refusing to overwrite staff cell {write.key!r} in row {write.row}"
                )

    def _write(self, sheet: Worksheet, columns: dict[str, int], write: CellWrite) -> None:
        cell = sheet.cell(write.row, columns[write.key])
        if write.value is not KEEP:
            _set_value(cell, write.value)  # type: ignore[arg-type]
        if write.fill is not KEEP:
            cell.fill = _solid(write.fill) if write.fill else PatternFill(fill_type=None)  # type: ignore[arg-type]
        if write.note is not KEEP:
            cell.comment = _note(write.note) if write.note else None  # type: ignore[arg-type]

    def _save(self, book: Workbook) -> None:
        folder = self.path.parent
        temp: Path | None = None
        try:
            fd, temp_name = tempfile.mkstemp(
                prefix=".sync-tmp-", suffix=self.path.suffix, dir=folder
            )
            temp = Path(temp_name)
            with os.fdopen(fd, "wb") as out:
                # Saved in memory first: a write that fails (disk full) must not leave
                # openpyxl's zip half-closed on the file, to complain at exit.
                buffer = io.BytesIO()
                book.save(buffer)
                out.write(buffer.getbuffer())
                fault_point("temp-written")
                out.flush()
                os.fsync(out.fileno())
            original = self._unchanged_bytes()
            self._backup(original)
            fault_point("backup-written")
            os.chmod(temp, stat.S_IMODE(os.stat(self.path).st_mode))
            self._unchanged_stat()
            fault_point("before-replace")
            os.replace(temp, self.path)
            temp = None
            fault_point("replaced")
            _fsync_dir(folder)
        except OSError as exc:
            raise WriteFailed(
                f"无法写入登记表 {self.name}：{os_reason(exc)}。原文件没有改动；"
                "请检查磁盘空间和文件夹的写入权限后再同步。"
            ) from exc
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    temp.unlink()
        self._prune_backups()
        with contextlib.suppress(RegisterUnreadable):  # gone already: the next apply says so
            self._fingerprint = self._snapshot()[1]

    def _changed(self) -> RegisterChanged:
        return RegisterChanged("登记表在同步期间被修改或正在保存，本次未写入，下次同步会重试。")

    def _unchanged_stat(self) -> os.stat_result:
        assert self._fingerprint is not None
        try:
            now = os.stat(self.path)
        except FileNotFoundError as exc:
            raise self._changed() from exc
        if (now.st_size, now.st_mtime_ns) != (self._fingerprint.size, self._fingerprint.mtime_ns):
            raise self._changed()
        return now

    def _unchanged_bytes(self) -> bytes:
        """The file's bytes, provided they are still exactly what read() saw."""
        assert self._fingerprint is not None
        self._unchanged_stat()
        try:
            data = self.path.read_bytes()
        except FileNotFoundError as exc:
            raise self._changed() from exc
        if hashlib.sha256(data).hexdigest() != self._fingerprint.sha256:
            raise self._changed()
        return data

    def _backup(self, original: bytes) -> None:
        if self.backups_keep <= 0:
            return
        folder = self.path.parent / BACKUP_DIR
        folder.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # the shell may read the clock
        target = folder / f"{self.path.stem}-{stamp}{self.path.suffix}"
        with open(target, "wb") as out:
            out.write(original)
            out.flush()
            os.fsync(out.fileno())
        shutil.copymode(self.path, target)

    def backups(self) -> list[Path]:
        """This register's backups, oldest first."""
        folder = self.path.parent / BACKUP_DIR
        pattern = re.compile(
            rf"{re.escape(self.path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}{re.escape(self.path.suffix)}"
        )
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))

    def _prune_backups(self) -> None:
        if self.backups_keep <= 0:
            return
        for old in self.backups()[: -self.backups_keep]:
            with contextlib.suppress(OSError):  # a stale backup left behind is harmless
                old.unlink()


# --- reading cells ----------------------------------------------------------------------


def _warning_loss(message: str) -> str:
    for marker, what in _KNOWN_WARNINGS:
        if marker in message:
            return what
    return f"openpyxl 无法保留的内容（{message}）"


def _header_text(value: object) -> str:
    return "".join(str(value).split()) if value is not None else ""


def _find_header_row(by_row: dict[int, dict[int, RawCell]]) -> int:
    """The row among the first few whose texts match the most known headers; 0 if none."""
    best_row, best = 0, 0
    for row in range(1, HEADER_SEARCH_ROWS + 1):
        hits = sum(_header_text(c.value) in BY_HEADER for c in by_row.get(row, {}).values())
        if hits > best:
            best_row, best = row, hits
    return best_row


def _rows(
    by_row: dict[int, dict[int, RawCell]], header_row: int, columns: dict[str, int]
) -> tuple[Row, ...]:
    known = set(columns.values())
    rows: list[Row] = []
    last = header_row
    for index in range(header_row + 1, max(by_row, default=header_row) + 1):
        cells = by_row.get(index, {})
        raw = {key: cells.get(col, EMPTY) for key, col in columns.items()}
        rows.append(Row(index, raw))
        used = any(not c.blank or c.note for c in raw.values()) or any(
            not cell.blank for col, cell in cells.items() if col not in known
        )
        if used:
            last = index
    return tuple(rows[: last - header_row])


def _last_used_column(sheet: Worksheet) -> int:
    return max(
        (col for (_, col), cell in sheet._cells.items() if cell.value is not None),
        default=0,
    )


# --- writing cells ----------------------------------------------------------------------


def _set_value(cell: Cell, value: CellValue) -> None:
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, str) and value.startswith(_FORMULA_LEADS):
        cell.data_type = "s"  # openpyxl took "=…" for a formula: keep it text


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _note(text: str) -> Comment:
    # Size the box to the text (about 18 CJK characters a line) so it opens readable.
    lines = sum(max(1, -(-len(line) // 18)) for line in text.splitlines() or [""])
    return Comment(text, NOTE_AUTHOR, width=260, height=min(400, 24 + 18 * lines))


def _fsync_dir(folder: Path) -> None:
    # Make the rename durable where the platform allows it (POSIX); Windows cannot open folders.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
