"""Registers built inside workbooks that real programs saved, keeping their writer's XML shape.

The files in tests/fixtures/real/ come from public test corpora (see the README there): they
were saved by Excel, WPS, Tencent Docs and LibreOffice, but hold other people's test data, not
a register. `register_from` puts a register into such a file the way its writer would have
stored it, and changes nothing else:

- the first worksheet keeps its root element, namespace declarations and prefix (`x:`,
  `ns2:` or none), its sheet properties, views, columns and page set-up; only the rows of
  `<sheetData>` are replaced, and `<dimension>` follows them. What points at the old cells
  and would not fit the new ones goes: merged ranges, hyperlinks, tables, the auto-filter;
- text goes into the workbook's own shared-string table (in its prefix, counts updated)
  when it has one, else inline, as the writer did;
- dates are serials of the workbook's date system (1900 or 1904), in a cell format of its
  own styles.xml that shows a date; cells take the styles the writer gave its first cells;
- the calculation chain, which lists formula cells that are gone, is dropped (Excel rebuilds
  it); every other part is copied byte for byte, in the same order.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from lxml import etree
from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE_FORMATS = range(14, 23)  # built-in number formats that show a date
_REMOVED = ("mergeCells", "hyperlinks", "tableParts", "autoFilter")


def register_from(source: bytes, rows: list[list[object]]) -> bytes:
    """`source` with its first worksheet holding `rows` (the header first)."""
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        infos = archive.infolist()
        parts = {i.filename: archive.read(i) for i in infos}
    sheet_path = _first_sheet(parts)
    strings = _Strings(parts.get("xl/sharedStrings.xml"))
    date1904 = re.search(rb'date1904="(1|true)"', parts["xl/workbook.xml"]) is not None
    date_style = _date_style(parts)
    parts[sheet_path] = _sheet(parts[sheet_path], rows, strings, date1904, date_style)
    if strings.xml is not None:
        parts["xl/sharedStrings.xml"] = strings.result()
    _drop_calc_chain(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            if info.filename in parts:
                target.writestr(info, parts[info.filename])
    return out.getvalue()


def _first_sheet(parts: dict[str, bytes]) -> str:
    book = etree.fromstring(parts["xl/workbook.xml"])
    first = book.find(f"{{{MAIN}}}sheets/{{{MAIN}}}sheet")
    assert first is not None
    rel_id = first.get(f"{{{REL}}}id")
    for rel in etree.fromstring(parts["xl/_rels/workbook.xml.rels"]):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    raise KeyError(rel_id)


class _Strings:
    """The shared-string table, new strings appended in the table's own prefix."""

    def __init__(self, xml: bytes | None) -> None:
        self.xml = xml
        self.added: list[str] = []
        self.uses = 0
        if xml is not None:
            found = re.search(rb"<(\w+:)?sst\b", xml)
            self.prefix = (found.group(1) or b"") if found else b""
            self.count = len(re.findall(rb"<" + self.prefix + rb"si[\s>/]", xml))

    def index(self, text: str) -> int:
        self.uses += 1
        if text not in self.added:
            self.added.append(text)
        return self.count + self.added.index(text)

    def result(self) -> bytes:
        assert self.xml is not None
        p = self.prefix
        new = b"".join(
            b"<%ssi><%st>%s</%st></%ssi>" % (p, p, escape(t).encode(), p, p) for t in self.added
        )
        xml = self.xml.replace(b"</" + p + b"sst>", new + b"</" + p + b"sst>")
        if re.search(rb"<" + p + rb"sst\b[^>]*/>", xml):  # an empty table written as <sst/>
            xml = re.sub(rb"(<" + p + rb"sst\b[^>]*)/>", rb"\1>" + new + b"</" + p + b"sst>", xml)
        unique = self.count + len(self.added)
        xml = re.sub(rb'uniqueCount="\d+"', b'uniqueCount="%d"' % unique, xml, count=1)
        count = re.search(rb'\bcount="(\d+)"', xml)
        if count is not None:
            total = int(count.group(1)) + self.uses
            xml = xml[: count.start(1)] + b"%d" % total + xml[count.end(1) :]
        return xml


def _date_style(parts: dict[str, bytes]) -> int | None:
    """A cell format of the workbook's own that shows a date; one added to its cell formats
    (as the writer adds one when a person formats a cell as a date) when it has none."""
    styles = parts.get("xl/styles.xml")
    if styles is None:
        return None
    found = _own_date_style(styles)
    if found is not None:
        return found
    at = re.search(rb"</(\w+:)?cellXfs>", styles)
    if at is None:
        return None
    p = at.group(1) or b""
    count = len(re.findall(rb"<" + p + rb"xf\b", styles[: at.start()].split(b"cellXfs", 1)[-1]))
    xf = (
        b'<%sxf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        % p
    )
    styles = styles[: at.start()] + xf + styles[at.start() :]
    head = re.search(rb"<" + p + rb'cellXfs\b[^>]*?count="(\d+)"', styles)
    if head is not None:
        styles = styles[: head.start(1)] + b"%d" % (count + 1) + styles[head.end(1) :]
    parts["xl/styles.xml"] = styles
    return count


def _own_date_style(styles: bytes) -> int | None:
    root = etree.fromstring(styles)
    custom = {
        int(f.get("numFmtId", "0"))
        for f in root.iter(f"{{{MAIN}}}numFmt")
        if re.search(r"y", re.sub(r'"[^"]*"', "", f.get("formatCode", "")), re.I)
    }
    xfs = root.find(f"{{{MAIN}}}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else []):
        number = int(xf.get("numFmtId", "0"))
        if number in _DATE_FORMATS or number in custom:
            return index
    return None


def _sheet(
    xml: bytes,
    rows: list[list[object]],
    strings: _Strings,
    date1904: bool,
    date_style: int | None,
) -> bytes:
    root = re.search(rb"<(?:(\w+):)?worksheet\b", xml)
    assert root is not None
    p = root.group(1) + b":" if root.group(1) else b""
    old = re.search(rb"<" + p + rb"sheetData\b[^>]*?(?:/>|>.*?</" + p + rb"sheetData>)", xml, re.S)
    assert old is not None
    body = old.group(0)
    first_row = re.search(rb"<" + p + rb"row\b([^>]*)>", body)
    extra = b""
    if first_row is not None:  # the writer's own row attributes, such as x14ac:dyDescent
        extra = b"".join(
            b" " + a.group(0) for a in re.finditer(rb'[\w.-]+:[\w.-]+="[^"]*"', first_row.group(1))
        )
    styles = [int(s) for s in re.findall(rb"<" + p + rb'c\b[^>]*?\bs="(\d+)"', body)[:2]]
    head_style, cell_style = (styles + [0, 0])[0], (styles + [0, 0])[min(1, len(styles))]
    lines = []
    for r, values in enumerate(rows, start=1):
        cells = b"".join(
            _cell(p, f"{get_column_letter(c)}{r}", v, strings, date1904, date_style,
                  head_style if r == 1 else cell_style)
            for c, v in enumerate(values, start=1)
            if v is not None
        )  # fmt: skip
        lines.append(b'<%srow r="%d"%s>%s</%srow>' % (p, r, extra, cells, p))
    new = b"<" + p + b"sheetData>" + b"".join(lines) + b"</" + p + b"sheetData>"
    xml = xml[: old.start()] + new + xml[old.end() :]
    for name in _REMOVED:
        n = name.encode()
        xml = re.sub(
            rb"<" + p + n + rb"\b[^>]*?(?:/>|>.*?</" + p + n + rb">)", b"", xml, flags=re.S
        )
    last = f"{get_column_letter(max(len(r) for r in rows))}{len(rows)}".encode()
    return re.sub(rb"(<" + p + rb'dimension\s+ref=")[^"]*"', rb"\1A1:" + last + b'"', xml)


def _cell(
    p: bytes,
    ref: str,
    value: object,
    strings: _Strings,
    date1904: bool,
    date_style: int | None,
    style: int,
) -> bytes:
    if isinstance(value, datetime) and date_style is not None:
        epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
        serial = (value - epoch).total_seconds() / 86400
        return b'<%sc r="%s" s="%d"><%sv>%s</%sv></%sc>' % (
            p, ref.encode(), date_style, p, repr(serial).encode(), p, p,
        )  # fmt: skip
    if isinstance(value, datetime):  # no date format in the workbook: typed as text
        value = f"{value:%Y-%m-%d %H:%M}"
    s = b' s="%d"' % style if style else b""
    if isinstance(value, int | float):  # in the default format: the writer's may show dates
        return b'<%sc r="%s"><%sv>%s</%sv></%sc>' % (p, ref.encode(), p, repr(value).encode(), p, p)
    text = str(value)
    if strings.xml is not None:
        index = strings.index(text)
        return b'<%sc r="%s"%s t="s"><%sv>%d</%sv></%sc>' % (p, ref.encode(), s, p, index, p, p)
    body = escape(text).encode()
    return b'<%sc r="%s"%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>' % (
        p, ref.encode(), s, p, p, body, p, p, p,
    )  # fmt: skip


def _drop_calc_chain(parts: dict[str, bytes]) -> None:
    if parts.pop("xl/calcChain.xml", None) is None:
        return
    parts["[Content_Types].xml"] = re.sub(
        rb'<Override[^>]*PartName="/xl/calcChain.xml"[^>]*/>', b"", parts["[Content_Types].xml"]
    )
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'<Relationship[^>]*Target="(?:/xl/)?calcChain.xml"[^>]*/>',
        b"",
        parts["xl/_rels/workbook.xml.rels"],
    )
