"""The .xlsx backend: read a register into a Table, apply a ChangeSet in one atomic save.

The file is read once: its bytes are fingerprinted and read by the fast reader
(xlsx_read). `apply` patches those same bytes (xlsx_patch: only the computed cells, their
styles and notes change; every other part is copied as it was) and replaces the file only
if it is still byte-for-byte what was read. A lock file beside the register, a patch that
would damage something, a change on disk or any OS error means nothing is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from pathlib import Path

from ..core.gcpause import without_gc_pauses
from ..core.header import HEADER_SEARCH_ROWS, find_header, header_columns, header_text
from ..core.schema import BY_KEY, SHEET_TITLE
from ..core.table import EMPTY, KEEP, ChangeSet, RawCell, Row, Table
from ..errors import (
    LossyWrite,
    RegisterChanged,
    RegisterLocked,
    RegisterUnreadable,
    WriteFailed,
    os_reason,
)
from .guard import check_package
from .lockfiles import find_lock
from .patch import CellEdit, patch_workbook
from .read import read_sheet

NOTE_AUTHOR = "投诉登记同步"
BACKUP_DIR = ".backups"


@dataclass(frozen=True)
class _Fingerprint:
    size: int
    mtime_ns: int
    sha256: str
    mode: int


def _no_hook(step: str) -> None:
    pass


class XlsxRegister:
    """A register kept in an .xlsx file (satisfies core.register.Register).

    `save_hook(step)` is called at each step of a save ("temp-written", "backup-written",
    "before-replace", "replaced"): the fault tests pass one that kills the process there, to
    prove that a save killed at any step leaves the old file or the new one.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        backups_keep: int,
        allow_lossy: bool = False,
        header_fill: str | None = None,
        save_hook: Callable[[str], None] = _no_hook,
    ) -> None:
        self.save_hook = save_hook
        self.path = Path(path)
        self.name = self.path.name
        self.backups_keep = backups_keep
        self.allow_lossy = allow_lossy
        self.header_fill = header_fill
        self.losses: tuple[str, ...] = ()  # why the last apply would damage it, in Chinese
        self._sheet_path = ""
        self._header_row = 0
        self._columns: dict[str, int] = {}
        self._fingerprint: _Fingerprint | None = None
        self._data = b""  # the bytes read() saw: apply() edits exactly these
        self._cells: dict[int, dict[int, RawCell]] = {}

    # --- read ---------------------------------------------------------------------------

    @without_gc_pauses  # the cells read are acyclic: reference counting frees them
    def read(self) -> Table:
        data, fingerprint = self._snapshot()
        check_package(data, self.name)  # a zip bomb or a DTD is refused before any parser
        try:
            sheet = read_sheet(data, SHEET_TITLE)
        except Exception as exc:  # a damaged file fails in many ways (zip, XML, KeyError)
            raise self._unreadable(f"{type(exc).__name__}: {exc}") from exc
        # Bounds come from the cells found, never the declared used range (WPS may say A1).
        by_row = sheet.cells
        header_row = _find_header_row(by_row)
        columns, unknown = self._header_columns(sheet.title, header_row, by_row.get(header_row, {}))

        self.losses = ()
        self._data, self._cells, self._sheet_path = data, by_row, sheet.path
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

    def _header_columns(
        self, title: str, header_row: int, cells: dict[int, RawCell]
    ) -> tuple[dict[str, int], tuple[str, ...]]:
        where = f"工作表“{title}”第 {header_row} 行" if header_row else f"工作表“{title}”"
        texts = {i: header_text(c.value) for i, c in cells.items()}
        return header_columns(texts, where, bool(header_row))

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
        columns, edits, widths = self._edits(changes)
        patched = patch_workbook(
            self._data, self._sheet_path, edits, widths=widths, note_author=NOTE_AUTHOR
        )
        self.losses = patched.losses
        if patched.losses and not self.allow_lossy:
            raise LossyWrite(
                f"登记表 {self.name} 含有保存时会损坏的内容：{'；'.join(patched.losses)}。"
                "为免损坏登记表，本次未写入。请删除这些内容，或确认可以丢失后用 --allow-lossy 写入。"
            )
        self._save(patched.data)
        self._data, self._columns = patched.data, columns
        for edit in edits:  # a second apply checks staff cells against what is now there
            if edit.value is not KEEP:
                self._cells.setdefault(edit.row, {})[edit.col] = RawCell(edit.value)

    def _edits(self, changes: ChangeSet) -> tuple[dict[str, int], list[CellEdit], dict[int, float]]:
        """Columns after adding the new ones, the cell edits, and widths for new columns."""
        columns = dict(self._columns)
        edits: list[CellEdit] = []
        widths: dict[int, float] = {}
        index: int | None = None  # the last used column: looked for only when one is added
        header_cells = self._cells.get(self._header_row, {})
        for key in changes.new_columns:
            if key in columns:
                continue
            index = (_last_used_column(self._cells) if index is None else index) + 1
            column = BY_KEY[key]
            if header_text(header_cells.get(index, EMPTY).value) not in ("", column.header):
                raise ValueError(
                    f"column {index} already holds header {header_cells[index].value!r}"
                )
            # Styled like its neighbour (font, border, alignment); computed ones with the
            # header fill that sets them apart, an added 编号 as a staff column.
            fill = self.header_fill if column.computed else KEEP
            edits.append(
                CellEdit(self._header_row, index, column.header, fill, style_like=index - 1)
            )
            widths[index] = column.width
            columns[key] = index
        for write in changes.writes:
            edits.append(
                CellEdit(write.row, columns[write.key], write.value, write.fill, write.note)
            )
        return columns, edits, widths

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

    def _save(self, data: bytes) -> None:
        folder = self.path.parent
        temp: Path | None = None
        try:
            fd, temp_name = tempfile.mkstemp(
                prefix=".sync-tmp-", suffix=self.path.suffix, dir=folder
            )
            temp = Path(temp_name)
            with os.fdopen(fd, "wb") as out:
                # Built in memory first: a write that fails (disk full) leaves no half-made zip.
                out.write(data)
                self.save_hook("temp-written")
                out.flush()
                os.fsync(out.fileno())
            original = self._unchanged_bytes()
            self._backup(original)
            self.save_hook("backup-written")
            os.chmod(temp, stat.S_IMODE(os.stat(self.path).st_mode))
            self._unchanged_stat()
            self.save_hook("before-replace")
            os.replace(temp, self.path)
            temp = None
            self.save_hook("replaced")
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


def _find_header_row(by_row: dict[int, dict[int, RawCell]]) -> int:
    """The sheet row of the header among the first few; 0 if none."""
    rows = [
        {i: header_text(c.value) for i, c in by_row.get(row, {}).items()}
        for row in range(1, HEADER_SEARCH_ROWS + 1)
    ]
    at = find_header(rows)
    return 0 if at is None else at + 1


def _rows(
    by_row: dict[int, dict[int, RawCell]], header_row: int, columns: dict[str, int]
) -> tuple[Row, ...]:
    keys, cols = tuple(columns), tuple(columns.values())
    last = header_row
    for index in sorted((r for r in by_row if r > header_row), reverse=True):
        cells = by_row[index]
        if any(not c.blank for c in cells.values()) or any(
            cells[col].note for col in cols if col in cells
        ):
            last = index
            break
    rows = []
    for index in range(header_row + 1, last + 1):
        get = by_row.get(index, _NO_CELLS).get
        rows.append(Row(index, dict(zip(keys, map(get, cols, repeat(EMPTY)), strict=True))))
    return tuple(rows)


_NO_CELLS: dict[int, RawCell] = {}


def _last_used_column(by_row: dict[int, dict[int, RawCell]]) -> int:
    """The rightmost column a cell with content is in. Each row is read from its right end
    and left once past the last found: most rows cost a cell, not every one."""
    last = 0
    for cells in by_row.values():
        for col in sorted(cells, reverse=True):
            if col <= last:
                break
            if not _empty(cells[col]):
                last = col
                break
    return last


def _empty(cell: RawCell) -> bool:
    return cell.value is None and cell.formula is None and cell.error is None


def _fsync_dir(folder: Path) -> None:
    # Make the rename durable where the platform allows it (POSIX); Windows cannot open folders.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
