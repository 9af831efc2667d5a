"""The sheet XML scanner places every cell where a spreadsheet program places it."""

from __future__ import annotations

import pytest

from sync.xlsx.sheetxml import SheetXml

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
X = b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet(rows: bytes, prefix: bytes = b"") -> SheetXml:
    p = prefix + b":" if prefix else b""
    root = X if prefix else MAIN
    return SheetXml(
        b"<%sworksheet %s><%ssheetData>%s</%ssheetData></%sworksheet>"
        % (p, root, p, rows.replace(b"<", b"<" + p).replace(b"<" + p + b"/", b"</" + p), p, p)
    )


@pytest.mark.parametrize(
    ("rows", "prefix", "places"),
    [
        (b'<row r="2"><c r="B2" s="1"><v>1</v></c><c r="D2"/></row>', b"", [(2, 2), (2, 4)]),
        (b'<row r="2"><c r="B2" s="1"><v>1</v></c><c r="D2"/></row>', b"x", [(2, 2), (2, 4)]),
        (
            b"<row><c><v>1</v></c><c><v>2</v></c></row><row><c/></row>",
            b"",
            [(1, 1), (1, 2), (2, 1)],
        ),
        (b'<row r="5"><c r="C5"/><c/></row><row><c/></row>', b"x", [(5, 3), (5, 4), (6, 1)]),
        (b"<row r='3'><c s='2' r='aa3'/></row>", b"", [(3, 27)]),
    ],
    ids=["plain", "prefixed", "no-refs", "prefixed-partly-referenced", "single-quotes-lower-case"],
)
def test_cells_are_placed_in_order_and_by_position(rows: bytes, prefix: bytes, places) -> None:
    scan = sheet(rows, prefix)
    found = [
        (cell.row, cell.col)
        for match, number in scan.rows(0, len(scan.xml))
        for cell in scan.cells(
            scan.xml[match.end() : scan.xml.find(scan.row_end, match.end())], number
        )
    ]
    assert found == places
    # Positions just after each cell's tag name, where a searched attribute would be.
    starts = [m.start() + len(scan.tag(b"c")) for m in scan.cell.finditer(scan.xml)]
    assert [(c.row, c.col) for c in map(scan.locate, starts)] == places
    assert [scan.place_of_tag(s) for s in starts] == places


def test_a_position_outside_every_cell_is_in_none() -> None:
    scan = sheet(b'<row r="1" s="4" customFormat="1"><c r="A1"><v>1</v></c></row>')
    row_style = scan.xml.index(b's="4"')
    assert scan.locate(row_style) is None and scan.place_of_tag(row_style) is None
    value = scan.xml.index(b"<v>")
    assert scan.place_of_tag(value) is None  # inside the cell, not its start tag
    assert (scan.locate(value).row, scan.locate(value).col) == (1, 1)


def test_a_tag_that_only_starts_like_a_cell_is_no_cell() -> None:
    scan = SheetXml(
        b"<worksheet %s><cols><col min='1' max='2'/></cols><sheetData>"
        b'<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' % MAIN
    )
    assert scan.locate(scan.xml.index(b"min")) is None
    assert scan.prefix == b""
