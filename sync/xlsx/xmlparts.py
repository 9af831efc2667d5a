"""What the .xlsx patching modules share: namespaces, a safe parser, cell references.

Parts are parsed with lxml only when small (styles, comments, relationships); no DTD reaches
here (xlsx_guard refuses them first) and entities are never expanded.
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
