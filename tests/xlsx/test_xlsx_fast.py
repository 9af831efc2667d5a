"""The fast reader gives every cell what openpyxl's reader gives it, on real workbooks.

Each workbook is written by openpyxl (inline strings) and again with a shared-string table,
the way Excel and WPS save, and read both ways; the two readings must agree cell for cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Color, PatternFill

from sync.core.schema import SHEET_TITLE
from sync.core.table import RawCell
from sync.xlsx.read import read_sheet


def corpus(path: Path) -> Path:
    """A sheet using most kinds of cell a register meets."""
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "不是登记表"
    sheet = book.create_sheet(SHEET_TITLE)
    sheet["A1"] = "标题"
    sheet["B2"] = 29256
    sheet["C2"] = 2.5
    sheet["D2"] = datetime(2026, 11, 3, 14, 5)
    sheet["E2"] = date(2026, 11, 5)
    sheet["F2"] = "=B2+1"
    sheet["G2"] = "#N/A"
    sheet["H2"] = True
    sheet["I2"] = "   "
    sheet["J2"] = CellRichText(["普通", TextBlock(InlineFont(b=True), "加粗")])
    sheet["K2"] = "a < b & c"
    sheet["L2"] = time(9, 30)
    sheet["M2"].fill = PatternFill("solid", start_color="FFC7CE")
    sheet["N2"] = "有填充"
    sheet["N2"].fill = PatternFill("solid", fgColor=Color(indexed=5))
    sheet["O2"].fill = PatternFill("gray125")
    sheet["P2"].comment = Comment("按工作日计算", "x")
    sheet["Q2"] = "带批注"
    sheet["Q2"].comment = Comment("【校验】受理时间不是日期", "投诉登记同步")
    sheet["B40"] = "下面很远的一行"
    sheet.row_dimensions[7].fill = PatternFill("solid", start_color="EEEEEE")
    book.save(path)
    return path


def with_shared_strings(path: Path) -> Path:
    """The same workbook with its inline strings moved to xl/sharedStrings.xml."""
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    strings: list[bytes] = []

    def share(match: re.Match[bytes]) -> bytes:
        strings.append(match[3])
        return match[1] + b' t="s"' + match[2] + b"<v>%d</v></c>" % (len(strings) - 1)

    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        parts[name] = re.sub(
            rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"(>)<is>(.*?)</is></c>',
            share,
            parts[name],
        )
    parts["xl/sharedStrings.xml"] = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"".join(b"<si>" + s + b"</si>" for s in strings)
        + b"</sst>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    out = path.with_name("shared-" + path.name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


EXPECTED = {
    (1, 1): RawCell("标题"),
    (2, 2): RawCell(29256),
    (2, 3): RawCell(2.5),
    (2, 4): RawCell(datetime(2026, 11, 3, 14, 5)),
    (2, 5): RawCell(datetime(2026, 11, 5)),
    (2, 6): RawCell(formula="=B2+1"),
    (2, 7): RawCell(error="#N/A"),
    (2, 8): RawCell(True),
    (2, 9): RawCell("   "),
    (2, 10): RawCell("普通加粗"),
    (2, 11): RawCell("a < b & c"),
    (2, 12): RawCell("09:30:00"),
    (2, 13): RawCell(fill="FFC7CE"),
    (2, 14): RawCell("有填充", fill="FFFF00"),
    (2, 16): RawCell(note="按工作日计算"),
    (2, 17): RawCell("带批注", note="【校验】受理时间不是日期"),
    (40, 2): RawCell("下面很远的一行"),
}


@pytest.mark.parametrize("strings", ["inline", "shared"])
def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path, strings: str) -> None:
    path = corpus(tmp_path / "corpus.xlsx")
    if strings == "shared":
        path = with_shared_strings(path)
        with zipfile.ZipFile(path) as z:
            assert b'<c r="A1" t="s">' in z.read("xl/worksheets/sheet2.xml")
    sheet = read_sheet(path.read_bytes(), SHEET_TITLE)
    assert sheet.title == SHEET_TITLE
    found = {
        (r, c): cell
        for r, row in sheet.cells.items()
        for c, cell in row.items()
        if cell != RawCell()
    }
    assert found == EXPECTED


def test_the_first_sheet_when_none_has_the_registers_title(tmp_path: Path) -> None:
    path = corpus(tmp_path / "corpus.xlsx")
    sheet = read_sheet(path.read_bytes(), "别的名字")
    assert (sheet.title, sheet.cells[1][1]) == ("说明", RawCell("不是登记表"))


def with_note_body(path: Path, ref: str, body: str) -> Path:
    """The workbook with the text of the note on `ref` replaced by the XML `body`."""
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    name = next(n for n in parts if "comments" in n and n.endswith(".xml"))
    pattern = rb'(<comment ref="%s"[^>]*><text>).*?(</text>)' % ref.encode()
    parts[name], hits = re.subn(pattern, rb"\g<1>" + body.encode() + rb"\g<2>", parts[name])
    assert hits == 1
    out = path.with_name("note-" + path.name)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for part, data in parts.items():
            new.writestr(part, data)
    return out


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<t>按工作日计算</t>", "按工作日计算"),
        ("<r><t>已</t></r><r><rPr><b/></rPr><t>超期</t></r>", "已超期"),
        ('<r><t>东区</t></r><rPh sb="0" eb="1"><t>dong</t></rPh><phoneticPr fontId="1"/>', "东区"),
        ('<t>东区</t><rPh sb="0" eb="2"><t>dongqu</t></rPh>', "东区"),
    ],
    ids=["plain", "runs", "runs-and-reading", "text-and-reading"],
)
def test_a_notes_text_is_its_runs_without_phonetic_readings(
    tmp_path: Path, body: str, text: str
) -> None:
    path = with_note_body(corpus(tmp_path / "corpus.xlsx"), "P2", body)
    assert read_sheet(path.read_bytes(), SHEET_TITLE).cells[2][16].note == text
    assert openpyxl.load_workbook(path)[SHEET_TITLE]["P2"].comment.text == text
