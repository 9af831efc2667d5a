"""A sheet's notes for the patching writer: its comments part and the legacy VML drawing Excel
shows them with, created with their relationships and content types when the sheet has none.

Threaded comments (Excel's newer, conversation-style notes) are not edited: a cell that holds
one is reported as a loss instead."""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..core.header import column_index, column_letter
from .xmlparts import (
    ILLEGAL,
    MAIN_NS,
    PARSER,
    REF,
    REL_NS,
    M,
    relations,
    rels_path,
    xml_bytes,
)

PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = REL_NS + "/comments"
VML_TYPE = REL_NS + "/vmlDrawing"
THREADED_TYPE = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing"


@dataclass
class NoteParts:
    """The parts around the sheet that notes need: relationships, content types, comments."""

    source: zipfile.ZipFile
    names: set[str]
    sheet_path: str
    changed: dict[str, bytes] = field(default_factory=dict)

    @property
    def rels_path(self) -> str:
        return rels_path(self.sheet_path)

    def _read(self, name: str) -> bytes:
        return self.changed[name] if name in self.changed else self.source.read(name)

    def patch_notes(
        self, notes: dict[tuple[int, int], str | None], author: str, legacy_id: str | None
    ) -> tuple[list[str], str | None]:
        """Set or remove `notes`, given the sheet's `<legacyDrawing>` relationship id.

        Returns the losses, and the relationship id of a VML drawing made new: the sheet's
        `<legacyDrawing>` must then point at it."""
        rels = self._relations()
        targets = {t: (rel_id, kind) for rel_id, (kind, t) in rels.items()}
        comments = next((t for t, (_, k) in targets.items() if k == COMMENTS_TYPE), None)
        vml = rels[legacy_id][1] if legacy_id in rels else None
        losses = self._threaded_losses(rels, notes)
        if comments is None and not any(notes.values()):
            return losses, None  # nothing to remove, nothing to add
        if comments is None:
            comments = self._new_name("xl/comments{}.xml")
            self._add_relation(COMMENTS_TYPE, comments)
            self._add_content_type(comments, COMMENTS_CT)
        new_drawing = None
        if vml is None:
            vml = self._new_name("xl/drawings/vmlDrawing{}.vml")
            new_drawing = self._add_relation(VML_TYPE, vml)
            self._add_content_type(vml, VML_CT)
        body = self._read(comments) if comments in self.names else None
        self.changed[comments], added, removed = _patch_comments(body, notes, author)
        body = self._read(vml) if vml in self.names else None
        self.changed[vml] = _patch_vml(body, added, removed, notes)
        return losses, new_drawing

    def _relations(self) -> dict[str, tuple[str, str]]:
        """rId -> (type, part name) of the sheet's internal relationships."""
        if self.rels_path not in self.names and self.rels_path not in self.changed:
            return {}
        return relations(self._read(self.rels_path), self.sheet_path)

    def _threaded_losses(
        self, rels: dict[str, tuple[str, str]], notes: dict[tuple[int, int], str | None]
    ) -> list[str]:
        refs: set[str] = set()
        for kind, target in rels.values():
            if kind == THREADED_TYPE and target in self.names:
                refs |= {
                    m.decode() for m in re.findall(rb'\bref="([A-Z]+\d+)"', self._read(target))
                }
        hit = any(f"{column_letter(c)}{r}" in refs for r, c in notes)
        return ["单元格上的新版批注（对话式批注）"] if hit else []

    def _new_name(self, pattern: str) -> str:
        n = 1
        while pattern.format(n) in self.names or pattern.format(n) in self.changed:
            n += 1
        return pattern.format(n)

    def _add_relation(self, kind: str, target: str) -> str:
        if self.rels_path in self.names or self.rels_path in self.changed:
            root = etree.fromstring(self._read(self.rels_path), PARSER)
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
        self.changed[self.rels_path] = xml_bytes(root)
        return f"rId{n}"

    def _add_content_type(self, part: str, content_type: str) -> None:
        name = "[Content_Types].xml"
        root = etree.fromstring(self._read(name), PARSER)
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
        self.changed[name] = xml_bytes(root)


def _patch_comments(
    xml: bytes | None, notes: dict[tuple[int, int], str | None], author: str
) -> tuple[bytes, set[tuple[int, int]], set[tuple[int, int]]]:
    """The comments part with `notes` set or removed; also which cells gained a note and which
    lost one (their VML shapes follow)."""
    if xml is None:
        xml = f'<comments xmlns="{MAIN_NS}"><authors/><commentList/></comments>'.encode()
    root = etree.fromstring(xml, PARSER)
    authors = root.find(M + "authors")
    if authors is None:
        authors = etree.Element(M + "authors")
        root.insert(0, authors)
    listing = root.find(M + "commentList")
    if listing is None:
        listing = etree.SubElement(root, M + "commentList")
    existing: dict[tuple[int, int], etree._Element] = {}
    for comment in listing.findall(M + "comment"):
        found = REF.fullmatch(comment.get("ref", ""))
        if found:
            existing[(int(found.group(2)), column_index(found.group(1).encode()))] = comment
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
            names = [a.text or "" for a in authors.findall(M + "author")]
            if author not in names:
                etree.SubElement(authors, M + "author").text = author
                names.append(author)
            author_id = names.index(author)
        comment = etree.Element(M + "comment")
        comment.set("ref", f"{column_letter(cell[1])}{cell[0]}")
        comment.set("authorId", str(author_id))
        body = etree.SubElement(comment, M + "text")
        run = etree.SubElement(body, M + "t")
        run.text = ILLEGAL.sub("", text)
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
    return xml_bytes(root), added, removed


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
