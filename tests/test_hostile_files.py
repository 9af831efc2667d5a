"""Hostile and broken files handed to `complaints sync`: each is refused with a clear message,
in bounded time and memory, and nothing is written. The sync runs in a subprocess with an
address-space limit and a timeout, as a guard: a defence that fails shows as a crash or a
kill, not as a hung test run."""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from registers import plain_register

from sync.schema import SHEET_TITLE

ROOT = Path(__file__).resolve().parent.parent
RULES = str(ROOT / "rules.yaml")
NOW = "2026-11-22 10:00"
MEMORY = 1536 << 20  # address space for the whole sync process
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
