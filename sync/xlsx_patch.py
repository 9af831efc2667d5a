"""Apply cell edits to an .xlsx by patching its package, not re-serialising the workbook.

openpyxl rebuilds every part of a workbook it saves: it takes seconds per ten thousand rows
and drops what it does not model (pictures, charts, shapes, extension lists, WPS in-cell
pictures). This writer copies every zip part as it is, except:

- the register sheet's XML, streamed row by row: only the rows holding an edited cell are
  rebuilt, and in them only the edited cells (plus, where needed, `<dimension>`, `<cols>`
  and `<legacyDrawing>`);
- styles.xml, where a new fill or the date-time format gets a cloned cell format (`xf`);
- the sheet's notes: its comments part and the VML drawing Excel shows them with,
  created with their relationships and content types when the sheet has none.

Strings go in inline (`t="inlineStr"`), so text starting with "=" stays text and the
shared-string table is never touched. Parts are parsed with lxml only when small (styles,
comments, relationships); no DTD reaches here (xlsx_guard refuses them first) and entities
are never expanded.
"""

from __future__ import annotations

import functools
import io
import math
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from lxml import etree
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from .table import KEEP, CellValue, _Keep

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = REL_NS + "/comments"
VML_TYPE = REL_NS + "/vmlDrawing"
THREADED_TYPE = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

_M = f"{{{MAIN_NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_CELL_REF = re.compile(rb'\br="([A-Z]+)\d+"')
_STYLE_ATTR = re.compile(rb'\bs="(\d+)"')
_REF = re.compile(r"\$?([A-Z]+)\$?(\d+)")
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


@dataclass(frozen=True)
class CellEdit:
    """What to change in one cell; KEEP leaves that part as it is."""

    row: int
    col: int
    value: CellValue | _Keep = KEEP
    fill: str | None | _Keep = KEEP  # 6-digit RGB of a solid fill; None removes the fill
    note: str | None | _Keep = KEEP  # None removes the note
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
            notes[(edit.row, edit.col)] = edit.note  # type: ignore[assignment]
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        names = {i.filename for i in infos}
        package = _Package(source, names, sheet_path)
        styles = _Styles(source.read("xl/styles.xml")) if "xl/styles.xml" in names else None
        sheet = _SheetPatch(_read_large(source, sheet_path), styles)
        sheet.plan_rows(by_row)
        if widths:
            sheet.add_widths(widths)
        losses = package.patch_notes(sheet, notes, note_author) if notes else []
        changed = package.changed
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
                    changed_styles = styles is not None and styles.changed
                    body = styles.result() if changed_styles else source.read(styles_info)
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

    def __init__(self, xml: bytes | bytearray, styles: _Styles | None) -> None:
        found = re.search(rb"<(\w+:)?sheetData[\s>/]", xml)
        if found is None:
            raise ValueError("worksheet has no sheetData")
        self.prefix = found.group(1) or b""
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
        p = self.prefix
        self._cell_re = re.compile(rb"<" + p + rb"c\b([^>]*?)(?:/>|>(.*?)</" + p + rb"c>)", re.S)

    def chunks(self) -> Iterator[bytes | memoryview]:
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

    def _rows(self) -> Iterator[bytes | memoryview]:
        xml, view, (at, body_end) = self._xml, memoryview(self._xml), self._body
        pending, valued = self._pending, self._valued
        p = self.prefix
        row_start = re.compile(rb"<" + p + rb"row\b([^>]*?)(/?)>")
        row_end = b"</" + p + b"row>"
        last, wanted = 0, 0
        for found in row_start.finditer(xml, at, body_end):
            if wanted >= len(pending):
                break
            attrs = _attrs(found.group(1))
            number = int(attrs.get(b"r", last + 1))
            last = number
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
                yield self._row(number, attrs, inner, valued[number])
                at = end if closed else end + len(row_end)
                wanted += 1
        yield view[at:body_end]
        for number in pending[wanted:]:
            yield self._new_row(number, valued[number])

    def _new_row(self, number: int, edits: dict[int, CellEdit]) -> bytes:
        return self._row(number, {b"r": str(number).encode()}, b"", edits)

    def _row(
        self, number: int, attrs: dict[bytes, bytes], inner: bytes, edits: dict[int, CellEdit]
    ) -> bytes:
        p = self.prefix
        cells: list[tuple[int, bytes]] = []
        found_at: dict[int, bytes] = {}  # column -> the cell's raw attributes
        lead, trail, col, at = inner, b"", 0, None
        for found in self._cell_re.finditer(inner):
            if at is None:
                lead = inner[: found.start()]
            at = found.end()
            raw = found.group(1)
            ref = _CELL_REF.search(raw)
            col = _column_index(ref.group(1)) if ref else col + 1
            found_at[col] = raw
            if col in edits:
                content = found.group(2)
                new = self._cell(number, col, _attrs(raw), content, edits[col], found_at)
            elif ref is None:  # cells after an inserted one need their place spelled out
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
            style = _STYLE_ATTR.search(row_cells[edit.style_like])
            base = int(style.group(1)) if style else 0
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
        return b"<" + p + b"c " + ref + s + _typed(value, p) + b"</" + p + b"c>"

    # columns, dimension

    def _column_styles(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for found in re.finditer(rb"<" + self.prefix + rb"col\b([^>]*?)/?>", self._head):
            attrs = _attrs(found.group(1))
            if b"style" in attrs:
                for col in range(int(attrs[b"min"]), min(int(attrs[b"max"]), 16384) + 1):
                    out[col] = int(attrs[b"style"])
        return out

    def add_widths(self, widths: dict[int, float]) -> None:
        p = self.prefix
        covered: list[tuple[int, int]] = [
            (int(a[b"min"]), int(a[b"max"]))
            for a in (
                _attrs(m.group(1))
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
            (int(_attrs(m.group(1))[b"min"]), m.group(0))
            for m in re.finditer(rb"<" + p + rb"col\b([^>]*?)(?:/>|>\s*</" + p + rb"col>)", inner)
        ]
        merged = b"".join(c for _, c in sorted(existing + new, key=lambda c: c[0]))
        self._head = self._head[: self._head.index(b">", opened) + 1] + merged + self._head[close:]

    def _dimension(self, head: bytes) -> bytes:
        found = re.search(rb"(<" + self.prefix + rb'dimension\s+ref=")([^"]*)(")', head)
        if found is None or not (self.max_col or self.max_row):
            return head
        parts = found.group(2).decode().split(":")
        first = _REF.fullmatch(parts[0])
        last = _REF.fullmatch(parts[-1])
        if first is None or last is None:
            return head
        cols = max(_column_index(last.group(1).encode()), self.max_col)
        rows = max(int(last.group(2)), self.max_row)
        ref = f"{parts[0]}:{get_column_letter(cols)}{rows}".encode()
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
    attrs = _attrs(found.group(1))
    return attrs.get(b"t") == b"array" or (attrs.get(b"t") == b"shared" and b"ref" in attrs)


def _children(tail: bytes) -> Iterator[tuple[bytes, int, int]]:
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


def _attr_ns_id(tag: bytes) -> str | None:
    found = re.search(rb'\b[\w]+:id="([^"]+)"', tag)
    return found.group(1).decode() if found else None


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTR.finditer(raw)
    }


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


def _typed(value: CellValue, p: bytes) -> bytes:
    """The attributes and content of a cell holding `value` (after its r and s)."""
    if isinstance(value, bool):
        return b' t="b"><%sv>%d</%sv>' % (p, value, p)
    if isinstance(value, datetime):
        return b"><%sv>%s</%sv>" % (p, repr(to_excel(value)).encode(), p)
    if isinstance(value, int):
        return b"><%sv>%d</%sv>" % (p, value, p)
    if isinstance(value, float) and math.isfinite(value):
        return b"><%sv>%s</%sv>" % (p, repr(value).encode(), p)
    text = _ILLEGAL.sub("", str(value))
    space = b' xml:space="preserve"' if text != text.strip() else b""
    body = escape(text, {"\r": "&#13;"}).encode("utf-8")  # a bare CR would read back as LF
    return b' t="inlineStr"><%sis><%st%s>%s</%st></%sis>' % (p, p, space, body, p, p)


@functools.lru_cache(maxsize=1024)
def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index


def _letters(col: int) -> bytes:
    return get_column_letter(col).encode()


# --- styles -----------------------------------------------------------------------------


class _Styles:
    """styles.xml: cell formats cloned with a new fill or the date-time number format."""

    def __init__(self, xml: bytes) -> None:
        self._xml = xml
        self._root: etree._Element | None = None
        self.changed = False
        self._cache: dict[tuple[int, object, bool], int] = {}

    def _load(self) -> etree._Element:
        if self._root is None:
            self._root = etree.fromstring(self._xml, _PARSER)
            self._xfs = self._section("cellXfs")
            self._fills = self._section("fills")
            self._known_xfs = {_canonical(x): i for i, x in enumerate(self._xfs)}
            self._known_fills = {_canonical(f): i for i, f in enumerate(self._fills)}
            self._datetime_id: int | None = None
        return self._root

    def _section(self, name: str) -> etree._Element:
        root = self._root
        assert root is not None
        found = root.find(_M + name)
        if found is None:
            found = etree.SubElement(root, _M + name)
            order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]
            for later in order[order.index(name) + 1 :]:
                after = root.find(_M + later)
                if after is not None:
                    after.addprevious(found)
                    break
            else:
                first = next((c for c in root if etree.QName(c).localname not in order), None)
                if first is not None:
                    first.addprevious(found)
        return found

    def restyle(self, base: int, fill: str | None | _Keep, as_datetime: bool) -> int:
        """The index of a cell format like `base` with `fill` and, for a date-time, our
        number format; `base` itself when nothing would change."""
        if fill is KEEP and not as_datetime:
            return base
        key = (base, fill, as_datetime)
        if key in self._cache:
            return self._cache[key]
        self._load()
        xfs = list(self._xfs)
        source = xfs[base] if base < len(xfs) else (xfs[0] if xfs else None)
        xf = etree.Element(_M + "xf") if source is None else _clone(source)
        for name in ("numFmtId", "fontId", "fillId", "borderId", "xfId"):
            xf.set(name, xf.get(name, "0"))
        if fill is not KEEP:
            xf.set("fillId", str(self._fill_id(fill)))  # type: ignore[arg-type]
            xf.set("applyFill", "1")
        if as_datetime:
            xf.set("numFmtId", str(self._datetime_format()))
            xf.set("applyNumberFormat", "1")
        if source is not None and _canonical(xf) == _canonical(source) and base < len(xfs):
            index = base
        else:
            index = self._known_xfs.get(_canonical(xf), -1)
            if index < 0:
                index = self._append(self._xfs, xf, self._known_xfs)
        self._cache[key] = index
        return index

    def _fill_id(self, rgb: str | None) -> int:
        if rgb is None:
            return 0
        colour = "00" + rgb.upper() if len(rgb) == 6 else rgb.upper()
        fill = etree.fromstring(
            f'<fill xmlns="{MAIN_NS}"><patternFill patternType="solid">'
            f'<fgColor rgb="{colour}"/><bgColor rgb="{colour}"/></patternFill></fill>'
        )
        found = self._known_fills.get(_canonical(fill))
        if found is not None:
            return found
        return self._append(self._fills, fill, self._known_fills)

    def _append(self, section: etree._Element, element: etree._Element, known: dict) -> int:
        index = len(section)
        if len(section) and section[-1].tail:
            element.tail = section[-1].tail
        section.append(element)
        section.set("count", str(len(section)))
        known[_canonical(element)] = index
        self.changed = True
        return index

    def _datetime_format(self) -> int:
        if self._datetime_id is not None:
            return self._datetime_id
        formats = self._section("numFmts")
        ids = [int(f.get("numFmtId", "0")) for f in formats]
        for f in formats:
            if f.get("formatCode") == DATETIME_FORMAT:
                self._datetime_id = int(f.get("numFmtId", "0"))
                return self._datetime_id
        new = etree.SubElement(formats, _M + "numFmt")
        new.set("numFmtId", str(max([163, *ids]) + 1))
        new.set("formatCode", DATETIME_FORMAT)
        formats.set("count", str(len(formats)))
        self.changed = True
        self._datetime_id = int(new.get("numFmtId", "0"))
        return self._datetime_id

    def result(self) -> bytes:
        assert self._root is not None
        return etree.tostring(self._root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clone(element: etree._Element) -> etree._Element:
    copy = etree.fromstring(etree.tostring(element), _PARSER)
    copy.tail = None
    return copy


def _canonical(element: etree._Element) -> bytes:
    """An element's content, whitespace and attribute order aside, to find its equal."""
    copy = _clone(element)
    for node in copy.iter():
        node.tail = None
        if node.text is not None and not node.text.strip():
            node.text = None
    return etree.tostring(copy, method="c14n")


# --- notes ------------------------------------------------------------------------------


@dataclass
class _Package:
    """The parts around the sheet that notes need: relationships, content types, comments."""

    source: zipfile.ZipFile
    names: set[str]
    sheet_path: str
    changed: dict[str, bytes] = field(default_factory=dict)

    @property
    def rels_path(self) -> str:
        folder, base = posixpath.split(self.sheet_path)
        return posixpath.join(folder, "_rels", base + ".rels")

    def _read(self, name: str) -> bytes:
        return self.changed[name] if name in self.changed else self.source.read(name)

    def patch_notes(
        self, sheet: _SheetPatch, notes: dict[tuple[int, int], str | None], author: str
    ) -> list[str]:
        rels = self._relations()
        targets = {t: (rel_id, kind) for rel_id, (kind, t) in rels.items()}
        comments = next((t for t, (_, k) in targets.items() if k == COMMENTS_TYPE), None)
        legacy_id = sheet.legacy_drawing_id()
        vml = rels[legacy_id][1] if legacy_id in rels else None
        losses = self._threaded_losses(rels, notes)
        if comments is None and not any(notes.values()):
            return losses  # nothing to remove, nothing to add
        if comments is None:
            comments = self._new_name("xl/comments{}.xml")
            self._add_relation(COMMENTS_TYPE, comments)
            self._add_content_type(comments, COMMENTS_CT)
        if vml is None:
            vml = self._new_name("xl/drawings/vmlDrawing{}.vml")
            rel_id = self._add_relation(VML_TYPE, vml)
            self._add_content_type(vml, VML_CT)
            sheet.add_legacy_drawing(rel_id)
        body = self._read(comments) if comments in self.names else None
        self.changed[comments], added, removed = _patch_comments(body, notes, author)
        body = self._read(vml) if vml in self.names else None
        self.changed[vml] = _patch_vml(body, added, removed, notes)
        return losses

    def _relations(self) -> dict[str, tuple[str, str]]:
        """rId -> (type, part name) of the sheet's internal relationships."""
        if self.rels_path not in self.names and self.rels_path not in self.changed:
            return {}
        root = etree.fromstring(self._read(self.rels_path), _PARSER)
        folder = posixpath.dirname(self.sheet_path)
        out = {}
        for rel in root:
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            out[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(full))
        return out

    def _threaded_losses(
        self, rels: dict[str, tuple[str, str]], notes: dict[tuple[int, int], str | None]
    ) -> list[str]:
        refs: set[str] = set()
        for kind, target in rels.values():
            if kind == THREADED_TYPE and target in self.names:
                refs |= {
                    m.decode() for m in re.findall(rb'\bref="([A-Z]+\d+)"', self._read(target))
                }
        hit = any(f"{get_column_letter(c)}{r}" in refs for r, c in notes)
        return ["单元格上的新版批注（对话式批注）"] if hit else []

    def _new_name(self, pattern: str) -> str:
        n = 1
        while pattern.format(n) in self.names or pattern.format(n) in self.changed:
            n += 1
        return pattern.format(n)

    def _add_relation(self, kind: str, target: str) -> str:
        if self.rels_path in self.names or self.rels_path in self.changed:
            root = etree.fromstring(self._read(self.rels_path), _PARSER)
        else:
            root = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        used = {rel.get("Id") for rel in root}
        n = len(used) + 1
        while f"rId{n}" in used:
            n += 1
        rel = etree.SubElement(root, f"{{{PKG_REL_NS}}}Relationship")
        rel.set("Id", f"rId{n}")
        rel.set("Type", kind)
        rel.set("Target", posixpath.relpath(target, posixpath.dirname(self.sheet_path)))
        self.changed[self.rels_path] = _xml_bytes(root)
        return f"rId{n}"

    def _add_content_type(self, part: str, content_type: str) -> None:
        name = "[Content_Types].xml"
        root = etree.fromstring(self._read(name), _PARSER)
        ext = part.rsplit(".", 1)[-1]
        if ext == "vml":
            if any(
                d.get("Extension", "").lower() == "vml" for d in root.iter(f"{{{CT_NS}}}Default")
            ):
                return
            default = etree.Element(
                f"{{{CT_NS}}}Default", Extension="vml", ContentType=content_type
            )
            root.insert(0, default)
        else:
            etree.SubElement(
                root, f"{{{CT_NS}}}Override", PartName="/" + part, ContentType=content_type
            )
        self.changed[name] = _xml_bytes(root)


def _xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _patch_comments(
    xml: bytes | None, notes: dict[tuple[int, int], str | None], author: str
) -> tuple[bytes, set[tuple[int, int]], set[tuple[int, int]]]:
    """The comments part with `notes` set or removed; also which cells gained a note and which
    lost one (their VML shapes follow)."""
    if xml is None:
        xml = f'<comments xmlns="{MAIN_NS}"><authors/><commentList/></comments>'.encode()
    root = etree.fromstring(xml, _PARSER)
    authors = root.find(_M + "authors")
    if authors is None:
        authors = etree.Element(_M + "authors")
        root.insert(0, authors)
    listing = root.find(_M + "commentList")
    if listing is None:
        listing = etree.SubElement(root, _M + "commentList")
    existing: dict[tuple[int, int], etree._Element] = {}
    for comment in listing.findall(_M + "comment"):
        found = _REF.fullmatch(comment.get("ref", ""))
        if found:
            existing[(int(found.group(2)), _column_index(found.group(1).encode()))] = comment
    added, removed = set(), set()
    author_id = None
    for cell, text in notes.items():
        old = existing.get(cell)
        if text is None:
            if old is not None:
                listing.remove(old)
                removed.add(cell)
            continue
        if author_id is None:
            names = [a.text or "" for a in authors.findall(_M + "author")]
            if author not in names:
                etree.SubElement(authors, _M + "author").text = author
                names.append(author)
            author_id = names.index(author)
        comment = etree.Element(_M + "comment")
        comment.set("ref", f"{get_column_letter(cell[1])}{cell[0]}")
        comment.set("authorId", str(author_id))
        body = etree.SubElement(comment, _M + "text")
        run = etree.SubElement(body, _M + "t")
        run.text = _ILLEGAL.sub("", text)
        if run.text != run.text.strip():
            run.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if old is not None:
            old.addnext(comment)
            listing.remove(old)
        else:
            listing.append(comment)
            added.add(cell)
        existing[cell] = comment
    if added:  # Excel lists notes by row, then column
        order = {id(c): cell for cell, c in existing.items()}
        ordered = sorted(listing, key=lambda c: order.get(id(c), (0, 0)))
        listing[:] = ordered
    return _xml_bytes(root), added, removed


_VML_HEAD = (
    b'<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    b' xmlns:x="urn:schemas-microsoft-com:office:excel">'
    b'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
)
_VML_NOTE_TYPE = (
    b'<v:shapetype xmlns:v="urn:schemas-microsoft-com:vml"'
    b' xmlns:o="urn:schemas-microsoft-com:office:office" id="_x0000_t202" coordsize="21600,21600" o:spt="202"'
    b' path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    b'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
)
_VML_NAMESPACES = (
    b'xmlns:v="urn:schemas-microsoft-com:vml"',
    b'xmlns:o="urn:schemas-microsoft-com:office:office"',
    b'xmlns:x="urn:schemas-microsoft-com:office:excel"',
)
_VML_SHAPE = re.compile(rb"<(\w+:)?shape\b[^>]*?(?:/>|>.*?</\1shape>)", re.S)
_VML_ID = re.compile(rb'\bid="_x0000_s(\d+)"')


def _patch_vml(
    vml: bytes | None,
    added: set[tuple[int, int]],
    removed: set[tuple[int, int]],
    notes: dict[tuple[int, int], str | None],
) -> bytes:
    """The VML drawing with a note shape for each cell in `added` and none for `removed`.

    Excel's VML is often not well-formed XML, so it is edited as text: shapes are found
    by their ClientData's Row and Column, and everything else is left as it was."""
    if vml is None:
        vml = _VML_HEAD + b"</xml>"
    if removed:

        def keep(found: re.Match[bytes]) -> bytes:
            return b"" if _note_cell(found.group(0)) in removed else found.group(0)

        vml = _VML_SHAPE.sub(keep, vml)
    if not added:
        return vml
    if b'"_x0000_t202"' not in vml:
        at = vml.rindex(b"</xml>")
        vml = vml[:at] + _VML_NOTE_TYPE + vml[at:]
    ids = [int(i) for i in _VML_ID.findall(vml)]
    next_id = max([1024, *ids]) + 1
    root = vml[: vml.find(b">") + 1]
    # Prefixes the root does not declare are declared on each shape (openpyxl's VML declares none).
    declare = (
        b"" if all(ns in root for ns in _VML_NAMESPACES) else b" " + b" ".join(_VML_NAMESPACES)
    )
    shapes = []
    for row, col in sorted(added):
        text = notes[(row, col)] or ""
        lines = sum(max(1, -(-len(line) // 18)) for line in text.splitlines() or [""])
        height = min(400, 24 + 18 * lines)
        shapes.append(_note_shape(declare, next_id, row - 1, col - 1, 260, height))
        next_id += 1
    at = vml.rindex(b"</xml>")
    return b"".join([vml[:at], *shapes, vml[at:]])


def _note_cell(shape: bytes) -> tuple[int, int] | None:
    if b'ObjectType="Note"' not in shape:
        return None
    row = re.search(rb"<(?:\w+:)?Row>\s*(\d+)\s*<", shape)
    col = re.search(rb"<(?:\w+:)?Column>\s*(\d+)\s*<", shape)
    if row is None or col is None:
        return None
    return int(row.group(1)) + 1, int(col.group(1)) + 1


def _note_shape(
    declare: bytes, shape_id: int, row: int, col: int, width: int, height: int
) -> bytes:
    return (
        b'<v:shape%s id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
        b"margin-left:59.25pt;margin-top:1.5pt;width:%dpx;height:%dpx;z-index:1;"
        b'visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
        b'<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        b'<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
        b'<div style="text-align:left"></div></v:textbox>'
        b'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
        b"<x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column>"
        b"</x:ClientData></v:shape>"
    ) % (declare, shape_id, width, height, row, col)
