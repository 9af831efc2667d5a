"""What the .xlsx modules share: namespaces, a safe parser, cell references.

One XML toolkit on the .xlsx path: lxml, with PARSER, for every part read as a tree (workbook,
styles, comments, relationships); no DTD reaches here (guard.py refuses them first) and
entities are never expanded. Two measured exceptions, both on the register sheet's XML,
which is tens of MB (20,000 rows × 20 text cells: 37 MB; best of 3, December 2026):
- read.py and patch.py search and patch it as bytes with regular expressions: finding the
  rows and the few formula cells takes 0.02 s, where lxml takes 0.69 s to build the tree
  (0.59 s to stream it with iterparse) before anything is found.
- guard.py streams every part through the standard library's expat before any other parser
  sees it: 0.39 s for that sheet against 0.59 s for lxml's iterparse, and its DOCTYPE
  handler stops at the declaration before an entity is read.
"""

from __future__ import annotations

import posixpath
import re

from lxml import etree

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

M = f"{{{MAIN_NS}}}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
REF = re.compile(r"\$?([A-Z]+)\$?(\d+)")
WORKBOOK = "xl/workbook.xml"


def uses_1904(workbook_xml: bytes) -> bool:
    """Whether the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`), as old Mac
    Excel files do: its serials are 1,462 days less than the same moments' in the 1900 system."""
    found = etree.fromstring(workbook_xml, PARSER).find(f"{M}workbookPr")
    return found is not None and found.get("date1904", "0").lower() in ("1", "true")


def xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rels_path(part: str) -> str:
    """Where the relationships of `part` are kept."""
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def relations(rels_xml: bytes, part: str) -> dict[str, tuple[str, str]]:
    """The internal relationships of `part`, from its .rels XML: id -> (type, part name)."""
    folder = posixpath.dirname(part)
    out = {}
    for rel in etree.fromstring(rels_xml, PARSER):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(full))
    return out
