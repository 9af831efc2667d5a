"""Refuse a hostile .xlsx before any parser touches it: a zip bomb, or XML with a DTD.

A register copied from who knows where may be built to exhaust memory. Readers differ
(openpyxl parses with the standard library, python-calamine with quick-xml), so the
defence sits in front of all of them and needs only the zip directory and a short look
at each XML part:

- Declared sizes: the whole package unpacked, and any part's compression ratio, must stay
  within what a real register needs. The parts are then streamed once, which checks that
  they hold no more than they declare (a bomb may lie in its directory).
- DTDs: Excel and WPS never write one; entity declarations are how XML bombs expand. Each
  XML part's prolog is parsed up to its root element and a DOCTYPE refuses the file.
"""

from __future__ import annotations

import io
import zipfile
from xml.parsers import expat

from .errors import RegisterUnreadable

MAX_UNPACKED = 1 << 30  # 1 GiB: a 20,000-row register unpacks to well under 200 MiB
MAX_RATIO = 500  # real XML parts compress 5-50x; deflate tops out near 1,030x
RATIO_FLOOR = 1 << 20  # small parts may compress well; only big ones can be bombs
_CHUNK = 1 << 20


class _Prolog(Exception):
    """Raised inside expat to stop at the root element, or at a DOCTYPE."""

    def __init__(self, doctype: bool) -> None:
        self.doctype = doctype


def check_package(data: bytes, name: str) -> None:
    """Raise RegisterUnreadable (Chinese) when `data` is a zip bomb, carries a DTD, or has a
    part that does not unpack. A file that is not a zip at all passes through: the reader
    says it is not a workbook."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        declared = sum(m.file_size for m in members)
        if declared > MAX_UNPACKED or any(_ratio(m) > MAX_RATIO for m in members):
            raise _bomb(name, declared)
        for member in members:
            try:
                _check_member(archive, member)
            except _Prolog as stop:
                if stop.doctype:
                    raise RegisterUnreadable(
                        f"无法打开登记表 {name}：文件中的 {member.filename} 含有 XML 实体声明"
                        "（DOCTYPE），Excel 和 WPS 保存的文件不会有，可能是被恶意构造的文件。"
                        "为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
                        "或改用登记表模板，再同步。"
                    ) from None
            except Exception as exc:  # bad CRC, bad deflate data, truncated: no reader may try
                raise RegisterUnreadable(
                    f"无法打开登记表 {name}：文件已损坏（{member.filename} 无法解压：{exc}）。"
                    "为安全起见没有读取，也没有写入。请用 Excel 或 WPS 打开后另存为 .xlsx，"
                    "或从 .backups/ 中的备份恢复，再同步。"
                ) from exc


def _ratio(member: zipfile.ZipInfo) -> float:
    if member.file_size < RATIO_FLOOR:
        return 0.0
    return member.file_size / max(member.compress_size, 1)


def _check_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Stream the part once; for XML, look for a DOCTYPE in its prolog.

    zipfile stops at the declared size and checks the CRC, so a part that holds more than
    it declares fails here as damaged."""
    parser = _prolog_parser() if member.filename.endswith((".xml", ".rels", ".vml")) else None
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            if parser is not None:
                try:
                    parser.Parse(chunk, False)
                except _Prolog as stop:
                    if stop.doctype:
                        raise
                    parser = None  # reached the root element: no DTD can follow
                except expat.ExpatError:
                    parser = None  # not well-formed: the reader will say so


def _prolog_parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()

    def doctype(*_: object) -> None:
        raise _Prolog(doctype=True)

    def root(*_: object) -> None:
        raise _Prolog(doctype=False)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    return parser


def _bomb(name: str, declared: int) -> RegisterUnreadable:
    return RegisterUnreadable(
        f"无法打开登记表 {name}：文件解压后过大（声明约 {declared / (1 << 20):,.0f} MB，"
        "或压缩比异常），可能已损坏或是被恶意构造的压缩包。为安全起见没有读取，也没有写入。"
        "请用 Excel 或 WPS 打开后另存为 .xlsx，或改用登记表模板，再同步。"
    )
