"""Fidelity corpus for the patching writer: after a sync, every part of the package other than
the register sheet, styles, shared strings, notes, relationships and content types is byte for
byte what it was; the workbook opens with the computed values, fills and notes; LibreOffice
converts it (where installed), which a damaged package would not survive."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from libreoffice import convert
from lxml import etree
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PILImage
from registers import register_book

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import SHEET_TITLE
from sync.core.table import CellWrite, ChangeSet
from sync.xlsx.patch import CellEdit, patch_workbook
from sync.xlsx.register import XlsxRegister

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
SHEET = "xl/worksheets/sheet1.xml"
HEADERS = ["编号", "受理时间", "渠道", "投诉人", "房号", "投诉对象", "投诉内容", "是否有效", "等级"]
ROWS = [
    # overdue: received weeks ago, never responded to
    ["TS-20261101-001", datetime(2026, 11, 1, 9, 0), "来电", "张三", "3-101", "管理处", "漏水"],
    # a date staff mistyped: the sync notes the problem on the row
    [None, "十一月五号", "来访", "李四", "5-202", "管理处", "噪音"],
    ["TS-20261121-001", datetime(2026, 11, 21, 16, 30), "网络", "王五", "1-1", "管理处", "停车"],
]
# The parts a sync may rewrite; everything else must come through byte for byte.
MAY_CHANGE = re.compile(
    r"xl/worksheets/sheet1\.xml|xl/styles\.xml|xl/sharedStrings\.xml|xl/comments[\w/]*\.xml"
    r"|xl/drawings/\w+\.vml|xl/worksheets/_rels/sheet1\.xml\.rels|\[Content_Types\]\.xml"
)
X14_VALIDATION = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    b'<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'&#26376;&#25253;\'!$A$1:$A$3</xm:f>'
    b"</x14:formula1><xm:sqref>C2:C100</xm:sqref></x14:dataValidation></x14:dataValidations>"
    b"</ext></extLst></worksheet>"
)
CELL_IMAGES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" '
    b'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_0A1B"/><xdr:cNvPicPr/>'
    b'</xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic>'
    b"</etc:cellImage></etc:cellImages>"
)
CELL_IMAGES_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/image" Target="media/cellimage1.png"/></Relationships>'
)


def rich_register(path: Path, *, staff_note: bool = True) -> Path:
    """A register using most of what Excel offers, as an office's own file might."""
    book, sheet = register_book([HEADERS, *ROWS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet["G2"] = CellRichText(["业主称", TextBlock(InlineFont(b=True), "多次"), "漏水"])
    if staff_note:
        sheet["G3"].comment = Comment("请工程部核实", "李经理")
    sheet["D4"].fill = PatternFill("solid", start_color="FFFF00")
    sheet.merge_cells("J1:K1")
    sheet.column_dimensions["G"].width = 40
    sheet.freeze_panes = "B2"
    sheet.conditional_formatting.add(
        "I2:I100",
        CellIsRule(operator="equal", formula=['"重大"'], fill=PatternFill("solid", "FFC7CE")),
    )
    validation = DataValidation(type="list", formula1='"来电,来访,来函,网络"')
    validation.add("C2:C100")
    sheet.add_data_validation(validation)
    sheet.cell(2, 12).hyperlink = "https://example.com/case/1"
    book.defined_names["登记范围"] = DefinedName(
        "登记范围", attr_text=f"'{SHEET_TITLE}'!$A$1:$I$100"
    )

    report = book.create_sheet("月报")
    for n, (label, count) in enumerate([("来电", 3), ("来访", 2), ("网络", 1)], start=1):
        report.cell(n, 1, label)
        report.cell(n, 2, count)
    chart = BarChart()
    chart.add_data(Reference(report, min_col=2, min_row=1, max_row=3))
    report.add_chart(chart, "D2")
    picture = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(picture, format="PNG")
    report.add_image(Image(picture), "D20")
    book.save(path)
    return path


def rezip(path: Path, add: dict[str, bytes] = {}, edit: dict = {}) -> None:  # noqa: B006
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    for name, change in edit.items():
        parts[name] = change(parts[name])
    parts.update(add)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def wps_register(path: Path) -> Path:
    """A WPS file with an in-cell picture (xl/cellimages.xml, shown by a DISPIMG formula)."""
    rich_register(path)
    png = io.BytesIO()
    PILImage.new("RGB", (4, 4), "blue").save(png, format="PNG")
    rezip(
        path,
        add={
            "xl/cellimages.xml": CELL_IMAGES,
            "xl/_rels/cellimages.xml.rels": CELL_IMAGES_RELS,
            "xl/media/cellimage1.png": png.getvalue(),
        },
        edit={
            SHEET: lambda x: x.replace(
                b"</row></sheetData>",
                b'<c r="M4" t="str"><f>_xlfn.DISPIMG("ID_0A1B",1)</f><v>=DISPIMG("ID_0A1B",1)</v>'
                b"</c></row></sheetData>",
            ),
            "[Content_Types].xml": lambda x: x.replace(
                b"</Types>",
                b'<Override PartName="/xl/cellimages.xml" '
                b'ContentType="application/vnd.wps-officedocument.cellimage+xml"/></Types>',
            ),
        },
    )
    return path


def x14_register(path: Path, *, staff_note: bool = True) -> Path:
    """A register whose drop-down list lives in an extension list (a list on another sheet)."""
    rich_register(path, staff_note=staff_note)
    rezip(path, edit={SHEET: lambda x: x.replace(b"</worksheet>", X14_VALIDATION)})
    return path


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def sync(path: Path) -> None:
    report = sync_register(open_xlsx(path, RULES), RULES, CALENDAR, NOW)
    assert report.written


CORPUS = [rich_register, wps_register, x14_register]


@pytest.mark.parametrize(
    "make", CORPUS, ids=["excel-features", "wps-cell-images", "x14-validation"]
)
def test_a_sync_leaves_every_other_part_byte_for_byte(tmp_path: Path, make) -> None:
    path = make(tmp_path / "register.xlsx")
    before = parts(path)
    sync(path)
    after = parts(path)
    assert after.keys() >= before.keys()
    changed = {n for n in before if before[n] != after[n]}
    assert {n for n in changed if not MAY_CHANGE.fullmatch(n)} == set()
    assert {n for n in after.keys() - before.keys() if not MAY_CHANGE.fullmatch(n)} == set()


@pytest.mark.parametrize(
    "make", CORPUS, ids=["excel-features", "wps-cell-images", "x14-validation"]
)
def test_the_synced_workbook_opens_with_values_fills_and_notes(tmp_path: Path, make) -> None:
    path = make(tmp_path / "register.xlsx")
    sync(path)
    book = openpyxl.load_workbook(path, rich_text=True)
    sheet = book[SHEET_TITLE]
    header = {c.value: c.column for c in sheet[1] if c.value}
    assert {"状态", "超期", "校验", "答复时限"} <= header.keys()
    assert sheet.cell(2, header["状态"]).value == "待响应"
    assert "响应超期" in sheet.cell(2, header["超期"]).value
    assert sheet.cell(2, header["超期"]).fill.fill_type == "solid"
    due = sheet.cell(2, header["响应时限"])
    assert isinstance(due.value, datetime) and due.number_format == "yyyy-mm-dd hh:mm"
    assert "受理时间" in sheet.cell(3, header["校验"]).value
    assert sheet.cell(3, header["编号"]).value.startswith("TS-")  # an empty 编号 filled
    # Staff content comes through: rich text, the staff note, the fill, the hyperlink.
    assert str(sheet["G2"].value) == "业主称多次漏水"
    assert sheet["G3"].comment.text == "请工程部核实"
    assert sheet["D4"].fill.fgColor.rgb == "00FFFF00"
    assert sheet.cell(2, 12).hyperlink.target == "https://example.com/case/1"
    assert sheet.freeze_panes == "B2"
    assert "登记范围" in book.defined_names
    assert book["月报"]["B3"].value == 1


def test_notes_live_in_comments_and_vml_with_the_legacy_drawing_in_schema_order(
    tmp_path: Path,
) -> None:
    path = x14_register(tmp_path / "register.xlsx", staff_note=False)
    before = parts(path)
    sync(path)
    after = parts(path)
    assert b"legacyDrawing" not in before[SHEET]
    sheet = after[SHEET]
    # legacyDrawing sits before the extension list, as the schema's sequence requires.
    assert sheet.index(b"<legacyDrawing") < sheet.index(b"<extLst")
    rels = after["xl/worksheets/_rels/sheet1.xml.rels"].decode()
    vml = next(n for n in after if n.endswith(".vml"))
    comments = next(n for n in after if re.fullmatch(r"xl/comments[\w/]*\.xml", n))
    assert vml.rsplit("/", 1)[1] in rels and comments.rsplit("/", 1)[1] in rels
    notes = re.findall(rb'<comment ref="([A-Z]+\d+)"', after[comments])
    shapes = re.findall(rb'ObjectType="Note"', after[vml])
    assert len(notes) == len(shapes) >= 1
    etree.fromstring(after[vml])  # well-formed, every prefix declared
    types = after["[Content_Types].xml"].decode()
    assert f'PartName="/{comments}"' in types and 'Extension="vml"' in types


def test_removing_a_note_removes_its_comment_and_shape(tmp_path: Path) -> None:
    path = rich_register(tmp_path / "register.xlsx")
    register = XlsxRegister(path, backups_keep=0)
    register.read()
    register.apply(ChangeSet(("problems",), (CellWrite(2, "problems", value="x", note="改一下"),)))
    with_note = parts(path)
    register.apply(ChangeSet(writes=(CellWrite(2, "problems", note=None),)))
    after = parts(path)
    vml = next(n for n in after if n.endswith(".vml"))
    assert after[vml].count(b'ObjectType="Note"') == 1  # the staff note's shape stays
    assert with_note[vml].count(b'ObjectType="Note"') == 2
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    column = register.read().columns["problems"]
    assert sheet.cell(2, column).comment is None
    assert sheet["G3"].comment.text == "请工程部核实"


# openpyxl brings numpy and Pillow (some 30 MiB); xml.sax brings urllib, http and ssl.
NOT_ON_THE_SYNC_PATH = {"openpyxl", "numpy", "PIL", "xml.sax", "http.client", "ssl"}


def test_a_sync_that_writes_imports_no_module_it_does_not_need(tmp_path: Path) -> None:
    path = rich_register(tmp_path / "register.xlsx")
    script = f"""
import datetime
import sys
from sync.api import load_policy, open_xlsx
from sync.api import sync_register
rules, calendar = load_policy({str(ROOT / "rules.yaml")!r})
report = sync_register(open_xlsx({str(path)!r}, rules), rules, calendar, {NOW!r})
assert report.written
print(sorted(set(sys.modules) & {NOT_ON_THE_SYNC_PATH!r}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_a_second_sync_with_nothing_new_adds_no_styles(tmp_path: Path) -> None:
    path = rich_register(tmp_path / "register.xlsx")
    sync(path)
    styles = parts(path)["xl/styles.xml"]
    register = XlsxRegister(path, backups_keep=0)
    table = register.read()
    overdue = table.columns["overdue"]
    # Writing the fill a cell already has reuses its cell format: styles.xml stays as it was.
    fill = table.rows[0].cell("overdue").fill
    register.apply(ChangeSet(writes=(CellWrite(2, "overdue", fill=fill),)))
    assert parts(path)["xl/styles.xml"] == styles
    assert openpyxl.load_workbook(path)[SHEET_TITLE].cell(2, overdue).fill.fgColor.rgb[-6:] == fill


SMALL_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<dimension ref="A1:B3"/><sheetData>'
    b'<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>1</v></c></row>'
    b'<row r="3"><c r="B3"><v>3</v></c></row>'
    b"</sheetData></worksheet>"
)


def small_package() -> bytes:
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as old, zipfile.ZipFile(out, "w") as new:
        for name in old.namelist():
            new.writestr(name, SMALL_SHEET if name == SHEET else old.read(name))
    return out.getvalue()


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        (  # a cell inserted between two, in column order; spans widened
            [CellEdit(1, 3, "=SUM(A:A)")],
            b'<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1">'
            b'<v>1</v></c><c r="C1" t="inlineStr"><is><t>=SUM(A:A)</t></is></c></row>',
        ),
        (  # a missing row created in its place
            [CellEdit(2, 1, 7)],
            b'</row><row r="2"><c r="A2"><v>7</v></c></row><row r="3">',
        ),
        (  # a row after the last one
            [CellEdit(5, 2, True)],
            b'</row><row r="5"><c r="B5" t="b"><v>1</v></c></row></sheetData>',
        ),
        (  # a value cleared: the unstyled cell goes
            [CellEdit(3, 2, None)],
            b'<row r="3"/>',
        ),
        (  # text with a bare CR and surrounding spaces stays exactly that text
            [CellEdit(1, 1, " a\r\nb ")],
            b'<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a&#13;\nb </t></is></c>',
        ),
        (  # markup characters are escaped, quotes need not be
            [CellEdit(1, 1, 'a<b & "c">d')],
            b'<c r="A1" t="inlineStr"><is><t>a&lt;b &amp; "c"&gt;d</t></is></c>',
        ),
    ],
    ids=["insert-cell", "insert-row", "append-row", "clear", "cr-and-spaces", "markup"],
)
def test_sheet_rows_are_patched_in_place(edits: list[CellEdit], expected: bytes) -> None:
    patched = patch_workbook(small_package(), SHEET, edits)
    with zipfile.ZipFile(io.BytesIO(patched.data)) as archive:
        assert expected in archive.read(SHEET)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 3, 14, 5),
        datetime(2027, 1, 1, 23, 59, 59, 500_000),
        datetime(1900, 3, 1),
        datetime(1900, 2, 28, 12),  # before Excel's phantom 29 February 1900
    ],
)
def test_date_times_get_the_serial_numbers_openpyxl_gives_them(moment: datetime) -> None:
    data = patch_workbook(small_package(), SHEET, [CellEdit(1, 4, moment)]).data
    xml = zipfile.ZipFile(io.BytesIO(data)).read(SHEET)
    assert b"<v>%s</v>" % repr(to_excel(moment)).encode() in xml


def test_formula_looking_text_stays_text_and_dates_get_the_date_format() -> None:
    edits = [CellEdit(1, 3, "=1+1"), CellEdit(1, 4, datetime(2026, 11, 3, 14, 5), fill="FFC7CE")]
    data = patch_workbook(small_package(), SHEET, edits).data
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert (sheet["C1"].value, sheet["C1"].data_type) == ("=1+1", "s")
    assert sheet["D1"].value == datetime(2026, 11, 3, 14, 5)
    assert sheet["D1"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["D1"].fill.fgColor.rgb == "00FFC7CE"
    assert b'<dimension ref="A1:D3"/>' in zipfile.ZipFile(io.BytesIO(data)).read(SHEET)


@pytest.mark.parametrize(
    "make", CORPUS, ids=["excel-features", "wps-cell-images", "x14-validation"]
)
def test_libreoffice_converts_the_synced_workbook(tmp_path: Path, make) -> None:
    path = make(tmp_path / "register.xlsx")
    sync(path)
    (out,) = convert([path], "csv", tmp_path / "out")
    csv = out.read_text(encoding="utf-8")
    assert "待响应" in csv and "TS-20261101-001" in csv
