"""styles.xml for the patching writer (xlsx_patch): a fill or cell format the workbook already
has is reused, so a sync run adds each new one once."""

from __future__ import annotations

from lxml import etree

from ..core.table import KEEP, Keep
from .xmlparts import MAIN_NS, PARSER, M, xml_bytes

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


class Styles:
    """styles.xml: cell formats cloned with a new fill or the date-time number format."""

    def __init__(self, xml: bytes) -> None:
        self._xml = xml
        self._root: etree._Element | None = None
        self.changed = False
        self._cache: dict[tuple[int, object, bool], int] = {}

    def _load(self) -> None:
        if self._root is None:
            self._root = etree.fromstring(self._xml, PARSER)
            self._xfs = self._section("cellXfs")
            self._fills = self._section("fills")
            self._known_xfs = {_canonical(x): i for i, x in enumerate(self._xfs)}
            self._known_fills = {_canonical(f): i for i, f in enumerate(self._fills)}
            self._datetime_id: int | None = None

    def _section(self, name: str) -> etree._Element:
        root = self._root
        assert root is not None
        found = root.find(M + name)
        if found is None:
            found = etree.SubElement(root, M + name)
            order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]
            for later in order[order.index(name) + 1 :]:
                after = root.find(M + later)
                if after is not None:
                    after.addprevious(found)
                    break
            else:
                first = next((c for c in root if etree.QName(c).localname not in order), None)
                if first is not None:
                    first.addprevious(found)
        return found

    def restyle(self, base: int, fill: str | None | Keep, as_datetime: bool) -> int:
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
        xf = etree.Element(M + "xf") if source is None else _clone(source)
        for name in ("numFmtId", "fontId", "fillId", "borderId", "xfId"):
            xf.set(name, xf.get(name, "0"))
        if fill is not KEEP:
            xf.set("fillId", str(self._fill_id(fill)))
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
        new = etree.SubElement(formats, M + "numFmt")
        new.set("numFmtId", str(max([163, *ids]) + 1))
        new.set("formatCode", DATETIME_FORMAT)
        formats.set("count", str(len(formats)))
        self.changed = True
        self._datetime_id = int(new.get("numFmtId", "0"))
        return self._datetime_id

    def result(self) -> bytes:
        assert self._root is not None
        return xml_bytes(self._root)


def _clone(element: etree._Element) -> etree._Element:
    copy = etree.fromstring(etree.tostring(element), PARSER)
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
