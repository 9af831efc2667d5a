"""Apply cell edits to an .xlsx by patching its package, not re-serialising the workbook.

openpyxl rebuilds every part of a workbook it saves: it takes seconds per ten thousand rows
and drops what it does not model (pictures, charts, shapes, extension lists, WPS in-cell
pictures). This writer copies every zip part as it is, except:

- the register sheet's XML, streamed row by row: only the rows holding an edited cell are
  rebuilt, and in them only the edited cells (plus, where needed, `<dimension>`, `<cols>`
  and `<legacyDrawing>`);
- styles.xml (xlsx_styles), where a new fill or the date-time format gets a cloned cell
  format (`xf`);
- the sheet's notes (xlsx_notes): its comments part and the VML drawing Excel shows them
  with, created with their relationships and content types when the sheet has none.

Strings go in inline (`t="inlineStr"`), so text starting with "=" stays text and the
shared-string table is never touched.
"""

from __future__ import annotations

import functools
import html
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from ..core.header import column_index, column_letter
from ..core.serials import to_serial
from ..core.table import KEEP, CellValue, Keep
from .notes import NoteParts
from .sheetxml import SheetXml, attributes
from .styles import Styles
from .xmlparts import ILLEGAL, REF, REL_NS, WORKBOOK, uses_1904

_STYLE_ATTR = re.compile(rb'\bs="(\d+)"')
# Worksheet children that come after <legacyDrawing> in the schema's sequence.
_AFTER_LEGACY = {
    b"legacyDrawingHF",
    b"drawingHF",
    b"picture",
    b"oleObjects",
    b"controls",
    b"webPublishItems",
    b"tableParts",
    b"extLst",
}


class CellEdit(NamedTuple):
    """What to change in one cell; KEEP leaves that part as it is. (A tuple: a first sync
    makes one for each of a large register's computed cells.)"""

    row: int
    col: int
    value: CellValue | Keep = KEEP
    fill: str | None | Keep = KEEP  # 6-digit RGB of a solid fill; None removes the fill
    note: str | None | Keep = KEEP  # None removes the note
    style_like: int = 0  # a new cell takes the style of this column's cell in its row


@dataclass(frozen=True)
class Patched:
    data: bytes
    losses: tuple[str, ...]  # what the patch would damage, in Chinese; empty when nothing


def patch_workbook(
    data: bytes,
    sheet_path: str,
    edits: Iterable[CellEdit],
    *,
    widths: dict[int, float] | None = None,
    note_author: str = "",
) -> Patched:
    """The package `data` with `edits` applied to the sheet at `sheet_path`.

    `widths` gives columns a width, unless a `<col>` of the sheet already covers them."""
    by_row: dict[int, dict[int, CellEdit]] = {}
    notes: dict[tuple[int, int], str | None] = {}
    for edit in edits:
        by_row.setdefault(edit.row, {})[edit.col] = edit
        if edit.note is not KEEP:
            notes[(edit.row, edit.col)] = edit.note
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        names = {i.filename for i in infos}
        parts = NoteParts(source, names, sheet_path)
        styles = Styles(source.read("xl/styles.xml")) if "xl/styles.xml" in names else None
        date1904 = WORKBOOK in names and uses_1904(source.read(WORKBOOK))
        sheet = _SheetPatch(_read_large(source, sheet_path), styles, date1904)
        sheet.plan_rows(by_row)
        if widths:
            sheet.add_widths(widths)
        losses: list[str] = []
        if notes:
            losses, new_drawing = parts.patch_notes(notes, note_author, sheet.legacy_drawing_id())
            if new_drawing is not None:
                sheet.add_legacy_drawing(new_drawing)
        changed = parts.changed
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            # The sheet is streamed into the zip as its rows are patched, so the patched XML
            # never sits whole in memory; styles.xml, which that may change, follows it.
            styles_info, sheet_done = None, False
            for info in infos:
                if info.filename == sheet_path:
                    with target.open(_entry(info), "w") as stream:
                        for chunk in sheet.chunks():
                            stream.write(chunk)
                    sheet_done = True
                elif info.filename == "xl/styles.xml":
                    styles_info = info
                elif info.filename in changed:
                    target.writestr(_entry(info), changed.pop(info.filename))
                else:
                    target.writestr(_entry(info), source.read(info))
                if sheet_done and styles_info is not None:
                    restyled = styles is not None and styles.changed
                    body = styles.result() if styles and restyled else source.read(styles_info)
                    target.writestr(_entry(styles_info), body)
                    styles_info = None
            for name, body in changed.items():  # parts new to the package
                target.writestr(name, body)
    return Patched(out.getvalue(), tuple(dict.fromkeys(sheet.losses + losses)))


def _read_large(source: zipfile.ZipFile, name: str) -> bytearray:
    """A part read in pieces into one buffer: ZipFile.read holds near three copies at its peak."""
    info = source.getinfo(name)
    buffer = bytearray(info.file_size)
    view, at = memoryview(buffer), 0
    with source.open(info) as stream:
        while chunk := stream.read(1 << 20):
            view[at : at + len(chunk)] = chunk
            at += len(chunk)
    del view
    return buffer


def _entry(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A fresh entry named and dated as `info` (the source's own entries stay untouched)."""
    entry = zipfile.ZipInfo(info.filename, info.date_time)
    entry.compress_type = info.compress_type
    entry.external_attr = info.external_attr
    entry.create_system = info.create_system
    return entry


# --- the sheet --------------------------------------------------------------------------


class _SheetPatch:
    """The sheet's XML, its rows patched in one pass over the bytes."""

    def __init__(self, xml: bytes | bytearray, styles: Styles | None, date1904: bool) -> None:
        self.scan = SheetXml(xml)
        self.prefix = self.scan.prefix
        found = re.search(re.escape(self.scan.tag(b"sheetData")) + rb"[\s>/]", xml)
        if found is None:
            raise ValueError("worksheet has no sheetData")
        self.date1904 = date1904
        self.styles = styles
        self.losses: list[str] = []
        self.max_col = 0
        self.max_row = 0
        self._xml = xml
        self._head = xml[: found.start()]
        self._valued: dict[int, dict[int, CellEdit]] = {}
        self._pending: list[int] = []
        end = xml.find(b"</" + self.prefix + b"sheetData>", found.start())
        if end < 0:  # <sheetData/>: no rows at all
            self._body = (0, 0)
            self._tail = xml[found.end() - 1 :].split(b">", 1)[1]
        else:
            self._body = (xml.index(b">", found.start()) + 1, end)
            self._tail = xml[end + len(b"</" + self.prefix + b"sheetData>") :]
        self._col_styles = self._column_styles()

    def chunks(self) -> Iterator[bytes | bytearray | memoryview]:
        """The patched XML in pieces: unchanged stretches as views of the original."""
        p = self.prefix
        yield self._dimension(self._head)
        yield b"<" + p + b"sheetData>"
        yield from self._rows()
        yield b"</" + p + b"sheetData>"
        yield self._tail

    # rows

    def plan_rows(self, by_row: dict[int, dict[int, CellEdit]]) -> None:
        self._valued = {
            r: {c: e for c, e in cells.items() if e.value is not KEEP or e.fill is not KEEP}
            for r, cells in by_row.items()
        }
        self._pending = sorted(r for r, cells in self._valued.items() if cells)
        if self._pending:
            self.max_row = self._pending[-1]
            self.max_col = max(max(cells) for cells in self._valued.values() if cells)

    def _rows(self) -> Iterator[bytes | bytearray | memoryview]:
        xml, view, (at, body_end) = self._xml, memoryview(self._xml), self._body
        pending, valued = self._pending, self._valued
        row_end = self.scan.row_end
        wanted = 0
        for found, number in self.scan.rows(at, body_end):
            if wanted >= len(pending):
                break
            while wanted < len(pending) and pending[wanted] < number:
                yield view[at : found.start()]
                at = found.start()
                yield self._new_row(pending[wanted], valued[pending[wanted]])
                wanted += 1
            if wanted < len(pending) and pending[wanted] == number:
                closed = bool(found.group(2))
                end = found.end() if closed else xml.index(row_end, found.end(), body_end)
                inner = b"" if closed else xml[found.end() : end]
                yield view[at : found.start()]
                yield self._row(number, attributes(found.group(1)), inner, valued[number])
                at = end if closed else end + len(row_end)
                wanted += 1
        yield view[at:body_end]
        for number in pending[wanted:]:
            yield self._new_row(number, valued[number])

    def _new_row(self, number: int, edits: dict[int, CellEdit]) -> bytes:
        return self._row(number, {b"r": str(number).encode()}, b"", edits)

    def _row(
        self,
        number: int,
        attrs: dict[bytes, bytes],
        inner: bytes | bytearray,
        edits: dict[int, CellEdit],
    ) -> bytes:
        p = self.prefix
        cells: list[tuple[int, bytes]] = []
        found_at: dict[int, bytes] = {}  # column -> the cell's raw attributes
        trail: bytes | bytearray
        lead, trail, at = inner, b"", None
        for _, col, found, has_ref in self.scan.cells(inner, number):
            raw = found.group(1)
            if at is None:
                lead = inner[: found.start()]
            at = found.end()
            found_at[col] = raw
            if col in edits:
                content = found.group(3)
                new = self._cell(number, col, attributes(raw), content, edits[col], found_at)
            elif not has_ref:  # cells after an inserted one need their place spelled out
                tag = len(b"<" + p + b"c")
                place = b' r="%s%d"' % (_letters(col), number)
                new = found.group(0)[:tag] + place + found.group(0)[tag:]
            else:
                new = found.group(0)
            if new:
                cells.append((col, new))
        if at is not None:
            trail = inner[at:]
        for col, edit in edits.items():
            if col not in found_at:
                new = self._cell(number, col, {}, None, edit, found_at, attrs)
                if new:
                    cells.append((col, new))
        cells.sort(key=lambda c: c[0])
        if cells:
            attrs = _spans(attrs, cells[0][0], cells[-1][0])
        attrs[b"r"] = str(number).encode()
        start = b"<" + p + b"row" + _attr_bytes(attrs)
        if not cells and not lead.strip() and not trail.strip():
            return start + b"/>"
        return start + b">" + lead + b"".join(c for _, c in cells) + trail + b"</" + p + b"row>"

    def _cell(
        self,
        row: int,
        col: int,
        attrs: dict[bytes, bytes],
        content: bytes | None,
        edit: CellEdit,
        row_cells: dict[int, bytes],
        row_attrs: dict[bytes, bytes] | None = None,
    ) -> bytes:
        exists = row_attrs is None
        if exists:
            base = int(attrs.get(b"s", b"0"))
        elif edit.style_like in row_cells:
            like = _STYLE_ATTR.search(row_cells[edit.style_like])
            base = int(like.group(1)) if like else 0
        elif row_attrs and row_attrs.get(b"customFormat") in (b"1", b"true"):
            base = int(row_attrs.get(b"s", b"0"))
        else:
            base = self._col_styles.get(col, 0)
        value = edit.value
        if content and value is not KEEP and _formula_master(content, self.prefix):
            self.losses.append(
                "共享公式或数组公式（同步要改写它们的起始单元格，其余单元格会失去公式）"
            )
        style = base
        if self.styles is not None:
            style = self.styles.restyle(base, edit.fill, isinstance(value, datetime))
        ref = b'r="%s%d"' % (_letters(col), row)
        s = b' s="%d"' % style if style else b""
        p = self.prefix
        if value is KEEP:
            if content is None:
                return b"<" + p + b"c " + ref + s + b"/>" if style else b""
            kept = {k: v for k, v in attrs.items() if k not in (b"r", b"s")}
            open_tag = b"<" + p + b"c " + ref + s + _attr_bytes(kept)
            return open_tag + b">" + content + b"</" + p + b"c>"
        if value is None or (isinstance(value, str) and value == ""):
            return b"<" + p + b"c " + ref + s + b"/>" if style else b""
        return b"<" + p + b"c " + ref + s + _typed(value, p, self.date1904) + b"</" + p + b"c>"

    # columns, dimension

    def _column_styles(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for found in re.finditer(rb"<" + self.prefix + rb"col\b([^>]*?)/?>", self._head):
            attrs = attributes(found.group(1))
            if b"style" in attrs:
                for col in range(int(attrs[b"min"]), min(int(attrs[b"max"]), 16384) + 1):
                    out[col] = int(attrs[b"style"])
        return out

    def add_widths(self, widths: dict[int, float]) -> None:
        p = self.prefix
        covered: list[tuple[int, int]] = [
            (int(a[b"min"]), int(a[b"max"]))
            for a in (
                attributes(m.group(1))
                for m in re.finditer(rb"<" + p + rb"col\b([^>]*?)/?>", self._head)
            )
        ]
        new = [
            (
                col,
                b'<%scol min="%d" max="%d" width="%s" customWidth="1"/>'
                % (p, col, col, repr(float(width)).encode()),
            )
            for col, width in sorted(widths.items())
            if not any(lo <= col <= hi for lo, hi in covered)
        ]
        if not new:
            return
        close = self._head.rfind(b"</" + p + b"cols>")
        if close < 0:
            block = b"<" + p + b"cols>" + b"".join(c for _, c in new) + b"</" + p + b"cols>"
            self._head += block
            return
        opened = self._head.rfind(b"<" + p + b"cols", 0, close)
        inner = self._head[self._head.index(b">", opened) + 1 : close]
        existing = [
            (int(attributes(m.group(1))[b"min"]), m.group(0))
            for m in re.finditer(rb"<" + p + rb"col\b([^>]*?)(?:/>|>\s*</" + p + rb"col>)", inner)
        ]
        merged = b"".join(c for _, c in sorted(existing + new, key=lambda c: c[0]))
        self._head = self._head[: self._head.index(b">", opened) + 1] + merged + self._head[close:]

    def _dimension(self, head: bytes | bytearray) -> bytes | bytearray:
        found = re.search(rb"(<" + self.prefix + rb'dimension\s+ref=")([^"]*)(")', head)
        if found is None or not (self.max_col or self.max_row):
            return head
        parts = found.group(2).decode().split(":")
        first = REF.fullmatch(parts[0])
        last = REF.fullmatch(parts[-1])
        if first is None or last is None:
            return head
        cols = max(column_index(last.group(1).encode()), self.max_col)
        rows = max(int(last.group(2)), self.max_row)
        ref = f"{parts[0]}:{column_letter(cols)}{rows}".encode()
        return head[: found.start(2)] + ref + head[found.end(2) :]

    # top-level children after sheetData

    def legacy_drawing_id(self) -> str | None:
        for name, start, end in _children(self._tail):
            if name == b"legacyDrawing":
                return _attr_ns_id(self._tail[start:end])
        return None

    def add_legacy_drawing(self, rel_id: str) -> None:
        p = self.prefix
        element = b'<%slegacyDrawing xmlns:r="%s" r:id="%s"/>' % (
            p,
            REL_NS.encode(),
            rel_id.encode(),
        )
        for name, start, _ in _children(self._tail):
            if name in _AFTER_LEGACY:
                self._tail = self._tail[:start] + element + self._tail[start:]
                return
        close = self._tail.rindex(b"</" + p + b"worksheet>")
        self._tail = self._tail[:close] + element + self._tail[close:]


def _formula_master(content: bytes, p: bytes) -> bool:
    """Whether the cell starts a shared or array formula that other cells depend on."""
    found = re.search(rb"<" + p + rb"f\b([^>]*)>", content)
    if found is None:
        return False
    attrs = attributes(found.group(1))
    return attrs.get(b"t") == b"array" or (attrs.get(b"t") == b"shared" and b"ref" in attrs)


def _children(tail: bytes | bytearray) -> Iterator[tuple[bytes, int, int]]:
    """The worksheet's own children in `tail` (the XML after </sheetData>): local name, and
    the start and end of the start tag."""
    depth = 0
    for found in re.finditer(
        rb"<(/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(/?)>|<!--.*?-->|<\?.*?\?>", tail, re.S
    ):
        if found.group(2) is None:
            continue
        if found.group(1):
            depth -= 1
            continue
        if depth == 0:
            yield found.group(2), found.start(), found.end()
        if not found.group(3):
            depth += 1


def _attr_ns_id(tag: bytes | bytearray) -> str | None:
    found = re.search(rb'\b[\w]+:id="([^"]+)"', tag)
    return found.group(1).decode() if found else None


def _attr_bytes(attrs: dict[bytes, bytes]) -> bytes:
    return b"".join(b' %s="%s"' % (k, v) for k, v in attrs.items())


def _spans(attrs: dict[bytes, bytes], low: int, high: int) -> dict[bytes, bytes]:
    spans = attrs.get(b"spans")
    if spans is None:
        return attrs
    try:
        lo, hi = (int(x) for x in spans.split(b":"))
    except ValueError:
        return {k: v for k, v in attrs.items() if k != b"spans"}
    return {**attrs, b"spans": b"%d:%d" % (min(lo, low), max(hi, high))}


def _typed(value: CellValue, p: bytes, date1904: bool) -> bytes:
    """The attributes and content of a cell holding `value` (after its r and s)."""
    if isinstance(value, bool):
        return b' t="b"><%sv>%d</%sv>' % (p, value, p)
    if isinstance(value, datetime):
        return b"><%sv>%s</%sv>" % (
            p,
            repr(to_serial(value, excel=True, date1904=date1904)).encode(),
            p,
        )
    if isinstance(value, int):
        return b"><%sv>%d</%sv>" % (p, value, p)
    if isinstance(value, float) and math.isfinite(value):
        return b"><%sv>%s</%sv>" % (p, repr(value).encode(), p)
    text = ILLEGAL.sub("", str(value))
    space = b' xml:space="preserve"' if text != text.strip() else b""
    body = html.escape(text, quote=False).replace("\r", "&#13;").encode("utf-8")  # bare CR: LF
    return b' t="inlineStr"><%sis><%st%s>%s</%st></%sis>' % (p, p, space, body, p, p)


@functools.lru_cache(maxsize=1024)
def _letters(col: int) -> bytes:
    return column_letter(col).encode()
