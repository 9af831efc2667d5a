"""Faults during an .xlsx sync, run as an office meets them: `complaints sync` in a subprocess,
killed at each step of the save, out of disk space, on a read-only file or folder, with the
register open in Excel, LibreOffice or WPS, or changed or briefly missing mid-sync. Nothing
is lost: the register is the old file or the new one, never a broken one."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from registers import plain_register

from sync.api import load_policy, sync_register
from sync.core.schema import SHEET_TITLE
from sync.errors import RegisterChanged
from sync.xlsx.register import XlsxRegister
from tests.registers import column_values

ROOT = Path(__file__).resolve().parents[2]
RULES = str(ROOT / "rules.yaml")
NOW = "2026-11-22 10:00"


def register(path: Path) -> Path:
    return plain_register(
        path,
        [
            ["编号", "受理时间", "投诉对象", "渠道", "投诉内容"],
            ["TS-1", datetime(2026, 11, 20, 9, 0), "管理处", "来电", "电梯停运"],
            ["TS-2", datetime(2026, 11, 21, 9, 0), "业户之间", "来访", "装修噪音"],
        ],
    )


def project(path: Path) -> Path:
    """The folder the command runs in, beside the register's: the sync writes its
    publication export there, never into this repository or the register's folder."""
    folder = path.parent.with_name(path.parent.name + "-project")
    folder.mkdir(exist_ok=True)
    return folder


# `complaints sync`, with a save hook that exits at once, as a kill would (no cleanup, no
# flush), at the named step of the .xlsx save.
KILLED_AT = (
    "import os, sys; from sync.api import Seams; from sync.cli import cli; step = sys.argv.pop(1); "
    "cli.main(sys.argv[1:], prog_name='complaints', "
    "obj=Seams(save_hook=lambda at: os._exit(70) if at == step else None))"
)


def run_sync(path: Path, *, env: dict[str, str] | None = None, preexec=None, kill_at: str = ""):
    command = (
        [sys.executable, "-c", KILLED_AT, kill_at] if kill_at else [sys.executable, "-m", "sync"]
    )
    return subprocess.run(
        [*command, "sync", str(path), "--rules", RULES, "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        preexec_fn=preexec,
        cwd=project(path),
    )


def synced(path: Path) -> bool:
    """A whole workbook holding the sync's result (the new file)."""
    return column_values(path, "状态") == {2: "待响应", 3: "待响应"}


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".sync-tmp-"))


# --- killed mid-save ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "outcome"),
    [
        ("temp-written", "old"),
        ("backup-written", "old"),
        ("before-replace", "old"),
        ("replaced", "new"),
    ],
)
def test_a_sync_killed_at_any_step_of_the_save_leaves_the_old_file_or_the_new(
    tmp_path, step, outcome
):
    path = register(tmp_path / "register.xlsx")
    original = path.read_bytes()

    killed = run_sync(path, kill_at=step)

    assert killed.returncode == 70, killed.stderr
    if outcome == "old":
        assert path.read_bytes() == original
    else:
        assert synced(path)
    backups = list((tmp_path / ".backups").glob("register-*.xlsx"))
    if step != "temp-written":
        assert [b.read_bytes() for b in backups] == [original]

    # The next run finishes the job.
    again = run_sync(path)
    assert again.returncode == 0, again.stderr
    assert synced(path)
    assert visible(tmp_path) == [".backups", "register.xlsx"]


# --- disk full, read-only ---------------------------------------------------------------------


def test_a_full_disk_leaves_the_register_as_it_was(tmp_path):
    path = register(tmp_path / "register.xlsx")
    original = path.read_bytes()

    def small_disk() -> None:
        # Writes past 2 KB fail (EFBIG) as they would on a full disk (ENOSPC).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    result = run_sync(path, preexec=small_disk)

    assert result.returncode == 2
    assert result.stderr == (
        "错误：无法写入登记表 register.xlsx：文件超出系统允许的大小（磁盘或配额已满）。"
        "原文件没有改动；请检查磁盘空间和文件夹的写入权限后再同步。\n"
    )
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


def test_a_read_only_register_is_not_replaced(tmp_path):
    path = register(tmp_path / "register.xlsx")
    path.chmod(0o444)
    original = path.read_bytes()

    result = run_sync(path)

    assert result.returncode == 2
    assert result.stderr == (
        "错误：登记表 register.xlsx 是只读文件，本次未写入。"
        "如需同步写回，请取消文件的只读属性（或改回可写权限）后再同步。\n"
    )
    assert path.read_bytes() == original and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


@pytest.fixture
def read_only(tmp_path):
    """Make a folder read-only for whoever runs the sync; root ignores permissions, so for
    root the folder is made immutable instead (chattr +i, as an administrator might)."""
    locked: list[Path] = []

    def lock(folder: Path) -> None:
        if os.geteuid() != 0:
            folder.chmod(0o555)
        elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("running as root where chattr +i is unavailable")
        locked.append(folder)

    yield lock
    for folder in locked:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_leaves_the_register_as_it_was(tmp_path, read_only):
    folder = tmp_path / "office"
    folder.mkdir()
    path = register(folder / "register.xlsx")
    original = path.read_bytes()
    read_only(folder)

    result = run_sync(path)

    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "错误：无法写入登记表 register.xlsx：没有写入权限。原文件没有改动；"
        "请检查磁盘空间和文件夹的写入权限后再同步。\n"
    )
    assert path.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == ["register.xlsx"]


@pytest.mark.parametrize("mode", [0o640, 0o600, 0o664])
def test_the_registers_permissions_survive_the_replace(tmp_path, mode):
    path = register(tmp_path / "register.xlsx")
    path.chmod(mode)

    result = run_sync(path)

    assert result.returncode == 0, result.stderr
    assert synced(path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    backup = next((tmp_path / ".backups").iterdir())
    assert stat.S_IMODE(backup.stat().st_mode) == mode  # the backup is no more readable


# --- open in an office suite ------------------------------------------------------------------


def excel_owner_file(user: str) -> bytes:
    ansi = user.encode("gbk")
    head = (bytes([len(ansi)]) + ansi).ljust(54, b" ")
    return (head + len(user).to_bytes(2, "little") + user.encode("utf-16-le")).ljust(165, b" ")


@pytest.mark.parametrize(
    ("lock_name", "content", "holder"),
    [
        (
            "~$register.xlsx",
            excel_owner_file("张三"),
            "正被 张三 在 Excel 中打开（~$register.xlsx）",
        ),
        (
            ".~lock.register.xlsx#",
            "李四,lisi,OFFICE-PC,28.11.2026 10:15,file:///home/lisi/.config/libreoffice/4;".encode(),
            "正被 李四 在 LibreOffice 中打开（.~lock.register.xlsx#）",
        ),
        (".~register.xlsx", b"\x00" * 16, "正被他人在 WPS 中打开（.~register.xlsx）"),
    ],
    ids=["excel", "libreoffice", "wps"],
)
def test_a_register_open_in_an_office_suite_is_not_written(tmp_path, lock_name, content, holder):
    path = register(tmp_path / "register.xlsx")
    (tmp_path / lock_name).write_bytes(content)
    original = path.read_bytes()

    result = run_sync(path)

    assert result.returncode == 2
    assert result.stderr == (f"错误：登记表{holder}，本次未写入；关闭文件后会在下次同步时写入。\n")
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([lock_name, "register.xlsx"])

    (tmp_path / lock_name).unlink()  # the file is closed
    assert run_sync(path).returncode == 0 and synced(path)


# --- changed or missing between read and write -----------------------------------------------


class StaffMeanwhile(XlsxRegister):
    """The real register; right after the sync reads it, a person does `action` to the file."""

    def __init__(self, path: Path, action) -> None:
        super().__init__(path, backups_keep=3)
        self.action = action

    def read(self):
        table = super().read()
        self.action(self.path)
        return table


def _excel_mid_save(path: Path) -> None:
    path.rename(path.with_name("A1B2C3D4"))  # Excel's save: the name is briefly gone


def _staff_edit(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    book[SHEET_TITLE]["E2"] = "电梯停运三天"
    book.save(path)


@pytest.mark.parametrize("action", [_excel_mid_save, _staff_edit], ids=["missing", "edited"])
def test_a_register_changed_or_missing_mid_sync_is_left_for_the_next_run(tmp_path, action):
    path = register(tmp_path / "register.xlsx")
    rules, calendar = load_policy(RULES)
    now = datetime(2026, 11, 22, 10, 0)

    with pytest.raises(RegisterChanged) as caught:
        sync_register(StaffMeanwhile(path, action), rules, calendar, now)

    assert str(caught.value) == "登记表在同步期间被修改或正在保存，本次未写入，下次同步会重试。"
    assert not (tmp_path / ".backups").exists()
    if action is _excel_mid_save:
        assert visible(tmp_path) == ["A1B2C3D4"]
        (tmp_path / "A1B2C3D4").rename(path)  # Excel finishes its save
    assert "状态" not in [c.value for c in openpyxl.load_workbook(path)[SHEET_TITLE][1]]

    assert run_sync(path).returncode == 0
    assert synced(path)
    if action is _staff_edit:
        assert openpyxl.load_workbook(path)[SHEET_TITLE]["E2"].value == "电梯停运三天"
