"""Spot the lock file an office suite leaves beside a workbook it has open.

Saving over an open workbook loses the user's edits (or ours, when they save), so the
xlsx backend refuses to write while one of these sits beside the register:

- Excel: ``~$name.xlsx``, the owner file (165 bytes). Byte 0 is the length of the user
  name, the name follows in the ANSI code page (GBK on Chinese Windows); at offset 54 a
  2-byte length precedes a UTF-16-LE copy of the name.
- LibreOffice: ``.~lock.name.xlsx#``, one CSV line: the user's full name (often empty),
  the system user name, host, time, profile URL.
- WPS: ``.~name.xlsx``, sometimes with the first characters of the name dropped.

Word-style owner files also drop leading characters of long names, so the Excel and WPS
prefixes match any name that is the register's name less at most two leading characters.
"""

from __future__ import annotations

import os
from pathlib import Path

_MAX_DROPPED = 2  # leading characters Office/WPS may drop from a long name


def find_lock(path: Path) -> str | None:
    """Say who holds the register open, as a Chinese phrase, or None when no lock file exists.

    The phrase reads after “登记表”, e.g. “正被 张三 在 Excel 中打开（~$demo.xlsx）”.
    """
    path = Path(path)
    try:
        # Names first: on a network share each stat is a round trip, and a folder may hold
        # hundreds of files, so only lock-file names are looked at further.
        names = sorted(os.listdir(path.parent))
    except OSError:
        return None
    name = path.name
    for candidate in names:
        sibling = path.parent / candidate
        if candidate == f".~lock.{name}#" and sibling.is_file():
            return _held(_libreoffice_user(sibling), "LibreOffice", candidate)
        if candidate.startswith("~$") and _abbreviates(candidate[2:], name) and sibling.is_file():
            return _held(_excel_user(sibling), "Excel", candidate)
        if (
            candidate.startswith(".~")
            and not candidate.startswith(".~lock.")
            and _abbreviates(candidate[2:], name)
            and sibling.is_file()
        ):
            return _held(None, "WPS", candidate)
    return None


def _abbreviates(rest: str, name: str) -> bool:
    return bool(rest) and name.endswith(rest) and len(name) - len(rest) <= _MAX_DROPPED


def _held(user: str | None, suite: str, lock_name: str) -> str:
    who = f"正被 {user} " if user else "正被他人"
    return f"{who}在 {suite} 中打开（{lock_name}）"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _excel_user(path: Path) -> str | None:
    data = _read(path)
    if len(data) >= 56:
        count = int.from_bytes(data[54:56], "little")
        raw = data[56 : 56 + 2 * count]
        if 0 < count <= 54 and len(raw) == 2 * count:
            try:
                return raw.decode("utf-16-le").strip() or None
            except UnicodeDecodeError:
                pass
    if data:
        raw = data[1 : 1 + data[0]]
        for encoding in ("utf-8", "gbk"):
            try:
                return raw.decode(encoding).strip() or None
            except UnicodeDecodeError:
                continue
    return None


def _libreoffice_user(path: Path) -> str | None:
    text = _read(path).decode("utf-8", errors="replace")
    fields = text.split(",")
    # The full name from LibreOffice's options when set, else the system user name.
    for field in fields[:2]:
        if field.strip():
            return field.strip()
    return None
