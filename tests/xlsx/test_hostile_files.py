"""Hostile and broken files handed to `complaints sync`: each is refused with a clear message,
in bounded time and memory, and nothing is written. The sync runs in a subprocess with an
address-space limit and a timeout, as a guard: a defence that fails shows as a crash or a
kill, not as a hung test run."""

from __future__ import annotations

import io
import random
import re
import resource
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from registers import plain_register

from sync.api import load_policy, open_xlsx
from sync.core.schema import SHEET_TITLE
from sync.errors import RegisterUnreadable
from sync.xlsx.guard import check_package

ROOT = Path(__file__).resolve().parents[2]
RULES = str(ROOT / "rules.yaml")
NOW = "2026-11-22 10:00"
MEMORY = 1536 << 20  # address space for the whole sync process
RULES_LOADED, _ = load_policy(RULES)
UNREADABLE = (
    "错误：无法打开登记表 {name}：它不是有效的 .xlsx 工作簿（可能已损坏、不完整、被加密，"
    "或是旧版 .xls 格式）。请用 Excel 或 WPS 打开后另存为 .xlsx 再同步。（"
)


def project(path: Path) -> Path:
    """The folder the command runs in, beside the register's: the sync writes its
    publication export there, never into this repository or the register's folder."""
    folder = path.parent.with_name(path.parent.name + "-project")
    folder.mkdir(exist_ok=True)
    return folder


def bounded_sync(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    return subprocess.run(
        [sys.executable, "-m", "sync", "sync", str(path), "--rules", RULES, "--now", NOW, *extra],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        cwd=project(path),
    )


def register(path: Path) -> Path:
    return plain_register(
        path,
        [
            ["编号", "受理时间", "投诉对象", "渠道", "投诉内容"],
            ["TS-1", datetime(2026, 11, 20, 9, 0), "管理处", "来电", "电梯停运"],
        ],
    )


def rezip(path: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    parts.update(replace)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def assert_refused(folder: Path, result, before: dict[str, bytes]) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert result.stdout == ""
    assert folder_state(folder) == before  # nothing written, no temporary file, no backup


# --- a zip bomb ---------------------------------------------------------------------------


def deflated_bomb(path: Path, megabytes: int) -> int:
    """Replace the sheet with `megabytes` MiB of blanks that deflate about 1000 to 1."""
    register(path)
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    head = parts.pop("xl/worksheets/sheet1.xml").split(b"<sheetData")[0]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
        with new.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(head + b"<sheetData>")
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    path.write_bytes(buffer.getvalue())
    with zipfile.ZipFile(path) as done:
        return sum(i.file_size for i in done.infolist())


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    declared = deflated_bomb(path, 2048)
    assert path.stat().st_size < 4 << 20  # 2 GiB packed into a few MiB
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr == (
        f"错误：无法打开登记表 bomb.xlsx：文件解压后过大（声明约 {declared / (1 << 20):,.0f} MB，"
        "或压缩比异常），可能已损坏或是被恶意构造的压缩包。为安全起见没有读取，也没有写入。"
        "请用 Excel 或 WPS 打开后另存为 .xlsx，或改用登记表模板，再同步。\n"
    )


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused_as_damaged(tmp_path):
    path = register(tmp_path / "liar.xlsx")
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        header_at, true_size = info.header_offset, info.file_size
    # Shrink the declared size in both the local header and the central directory.
    data = bytearray(path.read_bytes())
    small = (true_size // 4).to_bytes(4, "little")
    data[header_at + 22 : header_at + 26] = small
    central = data.rindex(b"PK\x01\x02", 0, data.rindex(b"xl/worksheets/sheet1.xml") + 1)
    data[central + 24 : central + 28] = small
    path.write_bytes(bytes(data))
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr.startswith(
        "错误：无法打开登记表 liar.xlsx：文件已损坏（xl/worksheets/sheet1.xml 无法解压："
    )
    assert result.stderr.endswith(
        "）。为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
        "或从 .backups/ 中的备份恢复，再同步。\n"
    )


# --- an XML entity bomb -------------------------------------------------------------------

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)


@pytest.mark.parametrize(
    ("part", "body"),
    [
        (
            "xl/sharedStrings.xml",
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
            b'uniqueCount="1"><si><t>&lol9;</t></si></sst>',
        ),
        (
            "xl/worksheets/sheet1.xml",
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
            b"</sheetData></worksheet>",
        ),
    ],
    ids=["shared-strings", "sheet"],
)
def test_an_xml_entity_bomb_is_refused_before_any_parser_expands_it(tmp_path, part, body):
    path = rezip(register(tmp_path / "laughs.xlsx"), {part: LAUGHS + body})
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr == (
        f"错误：无法打开登记表 laughs.xlsx：文件中的 {part} 含有 XML 实体声明（DOCTYPE），"
        "Excel 和 WPS 保存的文件不会有，可能是被恶意构造的文件。为安全起见没有读取，也没有写入。"
        "请用 Excel 或 WPS 打开后另存为 .xlsx，或改用登记表模板，再同步。\n"
    )


# --- broken or foreign files --------------------------------------------------------------


def _truncated(path: Path) -> None:
    data = register(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _one_byte_flipped_in_the_sheet(path: Path) -> None:
    register(path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(path.read_bytes())
    data[start + 10] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "detail"),
    [
        (_truncated, "BadZipFile"),
        (lambda p: p.write_bytes(b""), "BadZipFile"),
        (
            lambda p: p.write_text("编号,受理时间\nTS-1,2026-11-20\n", encoding="utf-8"),
            "BadZipFile",
        ),
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504),
            "BadZipFile",
        ),
        (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "BadZipFile"),
        (
            lambda p: rezip(register(p), {"xl/workbook.xml": b"<workbook>"}),
            "",
        ),
    ],
    ids=["truncated", "empty", "csv", "old-xls", "pdf", "broken-xml"],
)
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, make, detail):
    path = tmp_path / "register.xlsx"
    make(path)
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr.startswith(UNREADABLE.format(name="register.xlsx"))
    assert detail in result.stderr and result.stderr.endswith("）\n")


def test_a_damaged_part_is_refused_before_any_reader_tries_it(tmp_path):
    path = tmp_path / "register.xlsx"
    _one_byte_flipped_in_the_sheet(path)
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr.startswith(
        "错误：无法打开登记表 register.xlsx：文件已损坏（xl/worksheets/sheet1.xml 无法解压："
    )


# --- features the writer would drop ---------------------------------------------------------

_SHAPE = (
    b'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
    b"<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>"
)
_VALIDATION_EXTENSION = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
)


def _with_validation_extension(path: Path) -> None:
    with zipfile.ZipFile(register(path)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    rezip(path, {"xl/worksheets/sheet1.xml": sheet.replace(b"</worksheet>", _VALIDATION_EXTENSION)})


@pytest.mark.parametrize(
    ("make", "part"),
    [
        (
            lambda p: rezip(register(p), {"xl/drawings/drawing1.xml": _SHAPE}),
            "xl/drawings/drawing1.xml",
        ),
        (_with_validation_extension, None),
        (
            lambda p: rezip(register(p), {"xl/cellimages.xml": b"<cellImages/>"}),
            "xl/cellimages.xml",
        ),
    ],
    ids=["shapes", "validation-extension", "wps-cell-images"],
)
def test_content_openpyxl_would_drop_is_kept_by_the_write(tmp_path, make, part):
    path = tmp_path / "register.xlsx"
    make(path)
    with zipfile.ZipFile(path) as archive:
        before = archive.read(part) if part else _VALIDATION_EXTENSION

    synced = bounded_sync(path)

    assert synced.returncode == 0, synced.stderr
    assert "已写入" in synced.stdout
    with zipfile.ZipFile(path) as archive:
        if part:
            assert archive.read(part) == before
        else:
            assert archive.read("xl/worksheets/sheet1.xml").endswith(before)
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    assert [c.value for c in sheet[1]][5] == "状态"


# --- a broken rules.yaml ----------------------------------------------------------------------


def line_of(text: str, anchor: str) -> int:
    return text[: text.index(anchor)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        (
            "number_prefix: TS",
            "number_prefix: TS: x",
            "number_prefix",
            "YAML 格式错误（mapping values are not allowed here），"
            "请检查这一行及上一行的缩进、冒号和引号。",
        ),
        (
            "households: 10",
            "households: 十户",
            "households:",
            "escalation.major.households：应为数字，现在是“十户”，请填写如 10 的数字（不加引号）。",
        ),
        (
            "claim_amount: 20000",
            "claim_amount: -1",
            "claim_amount:",
            "escalation.major.claim_amount：应大于 0，现在是 -1，请填写如 20000 的正数。",
        ),
        (
            "backups:\n",
            "backups:\n  kept: 10\n",
            "kept:",
            "backups.kept：未知的设置项，可用的设置项：keep。是否想写“keep”？",
        ),
        (
            "    管理处: {hours: 24}",
            "    物业公司: {hours: 24}",
            "物业公司:",
            "time_limits.reply.物业公司：“物业公司”不在 lists.targets 中，请改为 管理处、业户之间、"
            "开发商、政府及公共事业 之一，或把它加入 lists.targets。",
        ),
    ],
    ids=["broken-yaml", "wrong-type", "negative-limit", "unknown-key", "unknown-category"],
)
def test_a_broken_rules_file_names_its_line_and_nothing_is_written(
    tmp_path, old, new, anchor, message
):
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    path = register(tmp_path / "register.xlsx")
    before = folder_state(tmp_path)

    result = subprocess.run(
        [sys.executable, "-m", "sync", "sync", str(path), "--rules", str(rules), "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=project(path),
    )

    assert result.returncode == 2
    assert f"rules.yaml:{line_of(text, anchor)}: {message}\n" in result.stderr
    assert result.stderr.startswith("错误：")
    assert folder_state(tmp_path) == before
    assert list(project(path).iterdir()) == []


# --- a register sheet too large to read ------------------------------------------------------

SHEET = "xl/worksheets/sheet1.xml"
OFFICE = [
    ["编号", "受理时间", "投诉人", "房号", "联系电话", "投诉对象", "渠道", "投诉内容"],
    ["TS-1", datetime(2026, 11, 18, 9, 5), "周建华", "3栋1102", "13911112201", "管理处"]
    + ["来电", "电梯停在12楼不动，困了二十分钟"],
    ["TS-2", datetime(2026, 11, 19, 14, 30), "吴秀英", "5栋601", "13911112202", "业户之间"]
    + ["来访", "楼上每晚十一点后拖椅子"],
    ["TS-3", datetime(2026, 11, 20, 10, 0), "郑国强", "8栋2304", "13911112203", "开发商"]
    + ["来函", "外墙瓷砖脱落砸到车"],
]
TOO_LARGE = (
    "错误：无法同步登记表 register.xlsx：工作表“投诉登记表”的{cells}超出了登记表的范围"
    "（最多 200,000 行、100 列），读取它要为整张表分配内存，所以没有读取，也没有写入。"
    "这通常是误操作留在远处的单元格：请在 Excel 或 WPS 中删除该单元格，或清除最后一条记录"
    "以下的多余行和最后一列右侧的多余列后保存，再同步。如果确实有这么多行，"
    "请把往年的记录移到另一个文件归档。\n"
)


def office_register(path: Path, cells: bytes = b"", dimension: str | None = None) -> Path:
    """The office's register with `cells` (row XML) added to its sheet, as a keystroke in a
    far cell leaves them, and `dimension` as the range the sheet declares."""
    plain_register(path, OFFICE)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(SHEET).replace(b"</sheetData>", cells + b"</sheetData>")
    if dimension is not None:
        sheet = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), sheet)
    return rezip(path, {SHEET: sheet})


def far(ref: str, cell: str = "c", attrs: str = "") -> bytes:
    row = re.sub(r"\D", "", ref)
    return f'<row r="{row}"><{cell} r="{ref}"{attrs} t="inlineStr"><is><t>1</t></is></{cell}></row>'.encode()


@pytest.mark.parametrize(
    ("cells", "dimension"),
    [(far("XFD1048576"), None), (far("AU1048576"), "A1:H4")],
    ids=["XFD1048576", "AU1048576-behind-a-dimension-that-hides-it"],
)
def test_a_stray_cell_far_away_is_refused_before_any_reader_allocates(tmp_path, cells, dimension):
    """calamine would allocate the whole rectangle: 512 GiB (an abort) for XFD1048576, 2 GB
    for AU1048576. The sync runs in a process limited to 1.5 GiB: an allocation would fail
    it, so the refusal shows it never came."""
    path = office_register(tmp_path / "register.xlsx", cells, dimension)
    assert path.stat().st_size < 12 << 10
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    ref = re.search(rb'r="([A-Z]+\d+)"', cells)[1].decode()
    assert result.stderr == TOO_LARGE.format(cells=f"单元格 {ref} ")


def test_a_declared_range_beyond_the_limits_is_refused(tmp_path):
    path = office_register(tmp_path / "register.xlsx", dimension="A1:XFD1048576")
    before = folder_state(tmp_path)

    result = bounded_sync(path)

    assert_refused(tmp_path, result, before)
    assert result.stderr == (
        "错误：无法同步登记表 register.xlsx：工作表“投诉登记表”声明的使用范围是 A1:XFD1048576，"
        "超出了登记表的范围（最多 200,000 行、100 列），所以没有读取，也没有写入。"
        "请在 Excel 或 WPS 中清除最后一条记录以下的多余行和最后一列右侧的多余列后保存，再同步。\n"
    )


MAIN = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@pytest.mark.parametrize(
    ("cells", "named"),
    [
        (far("h300001"), "单元格 h300001 "),  # calamine reads lower case too
        (
            far("H300001").replace(b' r="H300001" t=', b" t='inlineStr' r='H300001' x="),
            "单元格 H300001 ",
        ),
        (far("H300001", "x:c", f" {MAIN}"), "单元格 H300001 "),
        (b'<row r="300001"><c t="inlineStr"><is><t>1</t></is></c></row>', "单元格 A300001 "),
        (b'<row r="5">' + b"<c><v>1</v></c>" * 120 + b"</row>", "CW5、CX5、CY5 等 20 个单元格"),
    ],
    ids=["lower-case", "single-quotes-r-last", "prefixed", "no-reference", "120-columns"],
)
def test_cells_written_in_unusual_forms_are_placed_as_a_reader_places_them(tmp_path, cells, named):
    path = office_register(tmp_path / "register.xlsx", cells)
    with pytest.raises(RegisterUnreadable) as refused:
        open_xlsx(path, RULES_LOADED).read()
    assert f"错误：{refused.value}\n" == TOO_LARGE.format(cells=named)


@pytest.mark.parametrize(
    ("last", "refused"),
    [
        ("BH50001", False),  # 50,000 complaints in 60 columns
        ("CV200000", False),  # both limits
        ("CW2", True),
        ("A200001", True),
        ("AAA2", True),
    ],
)
def test_the_limits_let_every_real_register_through(tmp_path, last, refused):
    path = office_register(tmp_path / "register.xlsx", far(last))
    data = path.read_bytes()
    if refused:
        with pytest.raises(RegisterUnreadable, match=f"的单元格 {last} 超出了登记表的范围"):
            check_package(data, "register.xlsx")
    else:
        check_package(data, "register.xlsx")


@pytest.mark.parametrize("before_end", [1, 5, 20, 63, 64, 65, 100, 300])
@pytest.mark.parametrize("cell", ["c", "x:c"])
def test_a_stray_cell_across_the_guards_read_boundary_is_found(tmp_path, before_end, cell):
    """The guard reads the sheet a megabyte at a time: a cell tag cut in two is seen whole."""
    plain_register(tmp_path / "register.xlsx", OFFICE)
    with zipfile.ZipFile(tmp_path / "register.xlsx") as archive:
        head, tail = archive.read(SHEET).split(b"</sheetData>")
    fill = (b'<row r="9"><c r="A9" t="inlineStr"><is><t>', b"</t></is></c></row>")
    pad = (1 << 20) - before_end - len(head) - len(fill[0]) - len(fill[1])
    stray = far("AU1048576", cell, f" {MAIN}" if ":" in cell else "")
    text = bytes(random.Random(pad).choices(b"abcdefghij", k=pad))  # no bomb: it compresses 2:1
    sheet = head + fill[0] + text + fill[1] + stray + b"</sheetData>" + tail
    assert sheet.index(stray) == (1 << 20) - before_end
    path = rezip(tmp_path / "register.xlsx", {SHEET: sheet})

    with pytest.raises(RegisterUnreadable, match="的单元格 AU1048576 超出了登记表的范围"):
        check_package(path.read_bytes(), "register.xlsx")


# --- rules.yaml paths outside the office folder -----------------------------------------------


@pytest.mark.parametrize("command", ["check", "sync", "run", "site"])
def test_an_export_path_outside_the_folder_is_refused_by_every_command(tmp_path, command):
    """`publishing.export: /srv/www/index.html` once passed check and the sync overwrote it."""
    outside = tmp_path.with_name(tmp_path.name + "-www") / "index.html"
    outside.parent.mkdir()
    outside.write_text("<h1>物业服务中心</h1>", encoding="utf-8")
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    old = "  export: build/export/publication.json"
    text = text.replace(old, f"  export: {outside}", 1)
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    path = office_register(tmp_path / "register.xlsx")
    before = folder_state(tmp_path)
    args = {
        "check": ["check"],
        "sync": ["sync", str(path), "--now", NOW],
        "run": ["run", str(path), "--now", NOW],
        "site": ["site", "build"],
    }[command]

    result = subprocess.run(
        [sys.executable, "-m", "sync", *args, "--rules", str(rules)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=project(path),
    )

    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"错误：rules.yaml:{line_of(text, 'export:')}: publishing.export：“{outside}”不是相对路径"
        "（以 /、\\、~ 或盘符开头），会指向项目目录之外；请改为项目目录内的相对路径，"
        "如 build/export/publication.json。\n"
    )
    assert folder_state(tmp_path) == before
    assert outside.read_text(encoding="utf-8") == "<h1>物业服务中心</h1>"
    assert list(project(path).iterdir()) == []
