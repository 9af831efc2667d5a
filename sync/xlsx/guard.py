"""Refuse a hostile .xlsx before any parser touches it: a zip bomb, XML with a DTD, or a
register sheet whose extent would exhaust memory.

A register copied from who knows where may be built to exhaust memory. Readers differ
(openpyxl parses with the standard library, python-calamine with quick-xml), so the
defence sits in front of all of them and needs only the zip directory and a short look
at each XML part:

- Declared sizes: the whole package unpacked, and any part's compression ratio, must stay
  within what a real register needs. The parts are then streamed once, which checks that
  they hold no more than they declare (a bomb may lie in its directory).
- DTDs: Excel and WPS never write one; entity declarations are how XML bombs expand. Each
  XML part's prolog is parsed up to its root element and a DOCTYPE refuses the file.
- The register sheet's extent: python-calamine allocates every cell of a sheet's used range
  before it returns any, so one stray cell far away costs memory in proportion to rows ×
  columns. The cells the sheet references and the range its <dimension> declares are read
  while the part streams by (a search of its XML, no tree) and must lie within MAX_ROWS ×
  MAX_COLUMNS.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat  # streams each part; see xmlparts.py for why not lxml

from ..core.header import column_index, column_letter
from ..core.schema import SHEET_TITLE
from ..errors import RegisterUnreadable
from .read import find_sheet
from .xmlparts import WORKBOOK, rels_path

MAX_UNPACKED = 1 << 30  # 1 GiB: a 20,000-row register unpacks to well under 200 MiB
MAX_RATIO = 500  # real XML parts compress 5-50x; deflate tops out near 1,030x
RATIO_FLOOR = 1 << 20  # small parts may compress well; only big ones can be bombs
_CHUNK = 1 << 20

# The register sheet's limits. One stray cell makes calamine allocate 32 bytes for every
# cell of the rectangle up to it: XFD1048576 asks for 512 GiB and aborts the process,
# AU1048576 takes 2 GB and 18 s. A register row is one complaint: 200,000 rows is 50 a day
# for eleven years, four times the largest register benchmarked (50,000 rows); the template
# has 47 columns, and 100 leaves room for the office's own. A sheet filling both limits
# costs calamine about 800 MB and 2 s, the most a file can cost and still be read.
MAX_ROWS = 200_000
MAX_COLUMNS = 100

# A cell tag as Excel, WPS, LibreOffice and openpyxl write it starts `<c r="AU20001"`. The
# search passes over the usual references (columns A-BZ, rows below 200000: registers
# rarely have more) and matches every other cell tag: a reference that may lie beyond the
# limits, checked exactly after, or a cell in another form (no r, r not first, lower case,
# an entity), which sends the sheet to the full scan. So does a cell tag with a prefix
# (`<x:c`), found from its `:c`. Two searches: each keeps the literal start that lets the
# regex engine skip ahead, about 0.1 s for a 20,000-row sheet.
_CELL = re.compile(rb'<c(?! r="(?:[A-Z]|[AB][A-Z])(?:[1-9][0-9]{0,4}|1[0-9]{5})")[\s/>]')
_PREFIXED = re.compile(rb":c[\s/>]")
_CANONICAL = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_PREFIX = re.compile(rb"<[\w.-]{1,32}")
_CONTEXT = 64  # bytes kept before and after a chunk's end: longer than any match above
_DIMENSION = re.compile(rb'<(?:[\w.-]{1,32}:)?dimension\s[^>]*?\bref\s*=\s*["\']([^"\']{1,64})')
_REF = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")
_SHOWN = 3  # stray cells named in the message


class _Prolog(Exception):
    """Raised inside expat to stop at the root element, or at a DOCTYPE."""

    def __init__(self, doctype: bool) -> None:
        self.doctype = doctype


def check_package(data: bytes, name: str) -> None:
    """Raise RegisterUnreadable (Chinese) when `data` is a zip bomb, carries a DTD, has a
    part that does not unpack, or a register sheet too large to read. A file that is not a
    zip at all passes through: the reader says it is not a workbook."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        declared = sum(m.file_size for m in members)
        if declared > MAX_UNPACKED or any(_ratio(m) > MAX_RATIO for m in members):
            raise _bomb(name, declared)
        # The workbook part and its relationships first: once they have passed, they name
        # the register sheet, which is measured as it streams by.
        book = (WORKBOOK, rels_path(WORKBOOK))
        for member in members:
            if member.filename in book:
                _check(archive, member, name, None)
        title, part = _register_sheet(archive)
        extent = _Extent()
        for member in members:
            if member.filename not in book:
                _check(archive, member, name, extent if member.filename == part else None)
        if extent.unusual:  # cells the search cannot place: parse the part to place them
            extent = _parsed_extent(archive, part, name)
        _refuse_if_too_large(extent, name, title)


def _register_sheet(archive: zipfile.ZipFile) -> tuple[str, str]:
    """(title, part) of the sheet the reader will read; no part when the workbook is
    damaged (the reader then refuses it)."""
    try:
        return find_sheet(archive, set(archive.namelist()), SHEET_TITLE)
    except Exception:  # a damaged workbook fails in many ways (XML, KeyError)
        return "", ""


def _check(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, extent: _Extent | None
) -> None:
    try:
        _check_member(archive, member, extent)
    except _Prolog as stop:
        if stop.doctype:
            raise RegisterUnreadable(
                f"无法打开登记表 {name}：文件中的 {member.filename} 含有 XML 实体声明"
                "（DOCTYPE），Excel 和 WPS 保存的文件不会有，可能是被恶意构造的文件。"
                "为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
                "或改用登记表模板，再同步。"
            ) from None
    except Exception as exc:  # bad CRC, bad deflate data, truncated: no reader may try
        raise RegisterUnreadable(
            f"无法打开登记表 {name}：文件已损坏（{member.filename} 无法解压：{exc}）。"
            "为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
            "或从 .backups/ 中的备份恢复，再同步。"
        ) from exc


def _ratio(member: zipfile.ZipInfo) -> float:
    if member.file_size < RATIO_FLOOR:
        return 0.0
    return member.file_size / max(member.compress_size, 1)


def _check_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, extent: _Extent | None
) -> None:
    """Stream the part once; for XML, look for a DOCTYPE in its prolog; for the register
    sheet, measure its extent.

    zipfile stops at the declared size and checks the CRC, so a part that holds more than
    it declares fails here as damaged."""
    parser = _prolog_parser() if member.filename.endswith((".xml", ".rels", ".vml")) else None
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            if extent is not None:
                extent.search(chunk)
            if parser is not None:
                try:
                    parser.Parse(chunk, False)
                except _Prolog as stop:
                    if stop.doctype:
                        raise
                    parser = None  # reached the root element: no DTD can follow
                except expat.ExpatError:
                    parser = None  # not well-formed: the reader will say so
    if extent is not None:
        extent.search(b"")


def _prolog_parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()

    def doctype(*_: object) -> None:
        raise _Prolog(doctype=True)

    def root(*_: object) -> None:
        raise _Prolog(doctype=False)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    return parser


# --- the register sheet's extent ----------------------------------------------------------


@dataclass
class _Extent:
    """What a sheet's XML says of its size: the declared range, the cells beyond the limits."""

    declared: str | None = None  # the <dimension> reference, e.g. A1:AU20001
    stray: list[str] = field(default_factory=list)  # the first few, as A1 references
    strays: int = 0
    unusual: bool = False  # a cell tag the search cannot place
    _tail: bytes = b""  # the end of the last chunk: context, then bytes not yet searched
    _start: int = 0  # where the unsearched bytes begin in the tail
    _seen: int = 0

    def search(self, chunk: bytes) -> None:
        """Search the next chunk of the part (b"" at its end). A match that starts in the
        last _CONTEXT bytes is left for the next call, which sees it whole."""
        if self.unusual:
            return
        text = self._tail + chunk
        if self.declared is None and self._seen < _CHUNK:  # it comes before the cells
            found = _DIMENSION.search(text)
            self.declared = found[1].decode("ascii", "replace") if found else None
        self._seen += len(chunk)
        end = len(text) - _CONTEXT if chunk else len(text)
        self._cells(text, end)
        self._prefixed(text, end)
        keep = max(end - _CONTEXT, 0)
        self._tail, self._start = text[keep:], max(end, 0) - keep

    def _cells(self, text: bytes, end: int) -> None:
        for found in _CELL.finditer(text, self._start):
            if found.start() >= end:
                return
            canonical = _CANONICAL.match(text, found.start())
            if canonical is None:
                self.unusual = True
                return
            letters, digits = canonical.groups()
            if _beyond(int(digits), column_index(letters.decode())):
                self.stray_at((letters + digits).decode())

    def _prefixed(self, text: bytes, end: int) -> None:
        for found in _PREFIXED.finditer(text, self._start):
            if found.start() >= end:
                return
            tag = text.rfind(b"<", max(found.start() - 33, 0), found.start())
            if tag >= 0 and _PREFIX.fullmatch(text, tag, found.start()):
                self.unusual = True
                return

    def stray_at(self, ref: str) -> None:
        self.strays += 1
        if len(self.stray) < _SHOWN:
            self.stray.append(ref[:16])


def _place(ref: str) -> tuple[int, int] | None:
    """(row, column) of an A1 reference, in any case; None if it is not one. A reference
    past 9 digits or 4 letters is far beyond any limit and counts as 10**9 (converting a
    long one would be slow)."""
    found = _REF.fullmatch(ref.strip())
    if found is None:
        return None
    letters, digits = found[1].upper(), found[2]
    row = int(digits) if len(digits) <= 9 else 10**9
    return row, column_index(letters) if len(letters) <= 4 else 10**9


def _beyond(row: int, col: int) -> bool:
    return row > MAX_ROWS or col > MAX_COLUMNS


def _parsed_extent(archive: zipfile.ZipFile, part: str, name: str) -> _Extent:
    """The extent of a sheet written in an unusual form, placing every cell as a reader
    does: a cell without a reference follows the one before it, a row without a number
    follows the row before it. expat streams the part: no tree is built."""
    extent = _Extent()
    row = col = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row, col
        local = tag.rpartition(":")[2]
        if local == "row":
            number = attrs.get("r", "").strip()
            place = _place(f"A{number}")
            row = place[0] if place is not None else row + 1
            col = 0
        elif local == "c":
            ref = attrs.get("r", "")
            place = _place(ref)
            at_row, col = place if place is not None else (row, col + 1)
            if _beyond(at_row, col):
                extent.stray_at(ref if place is not None else f"{column_letter(col)}{at_row}")
        elif local == "dimension":
            extent.declared = attrs.get("ref")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        with archive.open(part) as stream:
            parser.ParseFile(stream)
    except expat.ExpatError as exc:
        raise RegisterUnreadable(
            f"无法打开登记表 {name}：文件已损坏（{part} 不是有效的 XML：{exc}）。"
            "为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
            "或从 .backups/ 中的备份恢复，再同步。"
        ) from exc
    return extent


def _refuse_if_too_large(extent: _Extent, name: str, title: str) -> None:
    limits = f"最多 {MAX_ROWS:,} 行、{MAX_COLUMNS} 列"
    if extent.strays:
        cells = "、".join(extent.stray)
        if extent.strays > len(extent.stray):
            cells = f"{cells} 等 {extent.strays:,} 个单元格"
        else:
            cells = f"单元格 {cells} "
        raise RegisterUnreadable(
            f"无法同步登记表 {name}：工作表“{title}”的{cells}超出了登记表的范围"
            f"（{limits}），读取它要为整张表分配内存，所以没有读取，也没有写入。这通常是"
            "误操作留在远处的单元格：请在 Excel 或 WPS 中删除该单元格，或清除最后一条记录"
            "以下的多余行和最后一列右侧的多余列后保存，再同步。如果确实有这么多行，"
            "请把往年的记录移到另一个文件归档。"
        )
    end = (extent.declared or "").rpartition(":")[2]
    place = _place(end)
    if place is not None and _beyond(*place):
        raise RegisterUnreadable(
            f"无法同步登记表 {name}：工作表“{title}”声明的使用范围是 {extent.declared}，"
            f"超出了登记表的范围（{limits}），所以没有读取，也没有写入。请在 Excel 或 WPS "
            "中清除最后一条记录以下的多余行和最后一列右侧的多余列后保存，再同步。"
        )


def _bomb(name: str, declared: int) -> RegisterUnreadable:
    return RegisterUnreadable(
        f"无法打开登记表 {name}：文件解压后过大（声明约 {declared / (1 << 20):,.0f} MB，"
        "或压缩比异常），可能已损坏或是被恶意构造的压缩包。为安全起见没有读取，也没有写入。"
        "请用 Excel 或 WPS 打开后另存为 .xlsx，或改用登记表模板，再同步。"
    )
