"""Synthetic registers of any size for the benchmarks.

The demo generator writes through openpyxl, which is slow at tens of thousands of rows, so a
demo register of a few hundred rows is written once and its row XML repeated (row numbers
shifted, each copy's 编号 made unique) until the register has the rows asked for. The file
keeps everything the template gives a real register: styles, validation, protection.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from sync.demo import write_demo
from sync.rules import Rules

NOW = datetime(2026, 11, 22, 10, 0)
BASE_ROWS = 500
SHEET = "xl/worksheets/sheet1.xml"

_ROW = re.compile(rb'<row r="(\d+)"[^>]*>.*?</row>|<row r="(\d+)"[^>]*/>', re.S)
_REF = re.compile(rb'r="([A-Z]+)(\d+)"')
_NUMBER = re.compile(rb"(<c r=\"A\d+\"[^>]*><is><t>)(TS-[^<]*)(</t>)")


def synthetic_register(path: Path, rules: Rules, rows: int, *, seed: int = 7) -> Path:
    """Write a register of `rows` complaints (computed columns still empty) to `path`."""
    demo = path.with_name(f".demo-{BASE_ROWS}-{seed}.xlsx")
    if not demo.exists():
        write_demo(demo, rules, NOW, seed=seed, rows=BASE_ROWS)
    with zipfile.ZipFile(demo) as source:
        parts = {info: source.read(info) for info in source.infolist()}
    sheet_info = next(i for i in parts if i.filename == SHEET)
    parts[sheet_info] = _repeat_rows(parts[sheet_info], rows)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts.items():
            target.writestr(info.filename, data)
    return path


def _repeat_rows(xml: bytes, wanted: int) -> bytes:
    start = xml.index(b"<sheetData>") + len(b"<sheetData>")
    end = xml.index(b"</sheetData>")
    rows = [m.group(0) for m in _ROW.finditer(xml, start, end)]
    header, body = rows[0], rows[1:]
    out = [header]
    copy = 0
    while len(out) - 1 < wanted:
        shift = copy * len(body)
        for row in body[: wanted - (len(out) - 1)]:
            out.append(_shifted(row, shift, copy))
        copy += 1
    last = wanted + 1
    head = re.sub(
        rb'<dimension ref="A1:([A-Z]+)\d+"/>', rb'<dimension ref="A1:\g<1>%d"/>' % last, xml[:start]
    )
    tail = re.sub(
        rb'<autoFilter ref="A1:([A-Z]+)\d+"', rb'<autoFilter ref="A1:\g<1>%d"' % last, xml[end:]
    )
    return head + b"".join(out) + tail


def _shifted(row: bytes, shift: int, copy: int) -> bytes:
    if not copy:
        return row
    row = re.sub(rb'<row r="(\d+)"', lambda m: b'<row r="%d"' % (int(m[1]) + shift), row, count=1)
    row = _REF.sub(lambda m: b'r="%s%d"' % (m[1], int(m[2]) + shift), row)
    return _NUMBER.sub(lambda m: m[1] + m[2] + b"-%d" % copy + m[3], row)
