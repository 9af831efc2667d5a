"""Secrets never leak: with canary robot secrets and a canary service-account key configured,
no command output, log line (down to DEBUG), error message, register cell or site file
contains them, whether the sends succeed or fail."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from registers import register_book

from sync.core.schema import SHEET_TITLE
from tests.robots import RobotServer

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-22 10:00"
WECOM = "/cgi-bin/webhook/send"
DINGTALK = "/robot/send"
CANARIES = {
    "WECOM_KEY": "canary-wecom-4f1d9a",
    "DT_TOKEN": "canary-dingtalk-token-8c2e",
    "DT_SECRET": "SECcanary-dingtalk-secret-51b7",
    "FS_HOOK": "canary-feishu-hook-3a90",
    "FS_SECRET": "canary-feishu-secret-d4c2",
}
KEY_CANARY = "CANARYPRIVATEKEYc0ffee"
# Everything written or printed by the command goes through this: logging at DEBUG to a file.
# With a host after the log file, the command sends its Sheets requests there (no Google).
LOGGED_CLI = (
    "import logging, sys; "
    "logging.basicConfig(filename=sys.argv.pop(1), level=logging.DEBUG); "
    "host = sys.argv.pop(1); "
    "from sync.api import Seams; from sync.cli import cli; "
    "from sync.gsheets.client import Transport; "
    "cli.main(sys.argv[1:], prog_name='complaints', "
    "obj=Seams(sheets=Transport(host)) if host else None)"
)


def leaks(text: str | bytes) -> list[str]:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return [c for c in (*CANARIES.values(), KEY_CANARY) if c in text]


def everything_in(folder: Path) -> dict[str, list[str]]:
    """Every file under `folder` (xlsx unpacked) that holds a canary."""
    found: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or "sync" in path.relative_to(folder).parts[:1]:
            continue
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                hits = leaks(b"".join(archive.read(n) for n in archive.namelist()))
        else:
            hits = leaks(path.read_bytes())
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def cli(
    folder: Path, *args: str, env: dict[str, str], sheets_host: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LOGGED_CLI, str(folder / "debug.log"), sheets_host, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=folder,
    )


def register(path: Path) -> Path:
    book, sheet = register_book([])
    sheet.append(["编号", "受理时间", "楼栋区域", "房号", "投诉对象", "投诉内容", "安全隐患", "是否有效", "办结时间", "处理结果", "公开"])  # fmt: skip
    sheet.append(["TS-001", datetime(2026, 11, 22, 9, 50), "3栋", "3-2-501", "管理处", "电梯井积水", "是", "有效", None, None, "是"])  # fmt: skip
    sheet.append(["TS-002", datetime(2026, 11, 2, 9, 0), "5栋", "5-1-101", "管理处", "保洁不及时", "否", "有效", datetime(2026, 11, 2, 15, 0), "已重新安排保洁", "是"])  # fmt: skip
    book.save(path)
    return path


def office(tmp_path: Path, robots: RobotServer) -> Path:
    """A project folder: rules.yaml with robots on loopback, the site sources, a register."""
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    shutil.copytree(ROOT / "site", folder / "site")
    base = robots.base
    targets = "\n".join(
        [
            "  targets:",
            "    office_head:",
            f'      - "wecomrobot://{{env:WECOM_KEY}}?base={base}"',
            f'      - "feishurobot://{{env:FS_HOOK}}?secret={{env:FS_SECRET}}&base={base}"',
            "    quality_department:",
            f'      - "dingtalkrobot://{{env:DT_TOKEN}}?secret={{env:DT_SECRET}}&base={base}"',
        ]
    )
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    (folder / "rules.yaml").write_text(text.replace("  targets: {}", targets, 1), encoding="utf-8")
    register(folder / "register.xlsx")
    return folder


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SHEETS_EMULATOR_HOST", "COMPLAINTS_GOOGLE_CREDENTIALS")
    }
    return {**env, "NO_MKDOCS_2_WARNING": "1", **CANARIES, **extra}


@pytest.mark.parametrize(
    "failure",
    [
        None,
        (WECOM, 200, {"errcode": 93000, "errmsg": "invalid webhook url"}),
        (DINGTALK, 500, None),
    ],
    ids=["sent", "robot-refuses", "robot-down"],
)
def test_a_run_with_robots_leaks_no_robot_secret(tmp_path, robots, failure):
    folder = office(tmp_path, robots)
    if failure:
        path, status, answer = failure
        for _ in range(5):  # past any retry
            robots.fail_next(path, status, answer)

    result = cli(folder, "run", "register.xlsx", "--now", NOW, env=clean_env())

    assert result.returncode in (0, 2), result.stderr[-3000:]
    assert robots.requests, "the robots were never called: the test proves nothing"
    assert leaks(result.stdout) == [] and leaks(result.stderr) == []
    assert (folder / "public" / "index.html").is_file(), result.stdout  # the site was built
    assert everything_in(folder) == {}
    # The secrets did reach the robots, so they were really configured.
    sent = " ".join(r.path + str(r.query) for r in robots.requests)
    assert CANARIES["DT_TOKEN"] in sent or CANARIES["WECOM_KEY"] in sent


def service_account(path: Path, private_key: str) -> Path:
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "canary-project",
                "private_key_id": KEY_CANARY,
                "private_key": private_key,
                "client_email": "sync@canary-project.iam.gserviceaccount.com",
                "client_id": "1",
                "token_uri": "https://oauth2.googleapis.com/token",
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_broken_service_account_key_is_refused_without_showing_it(tmp_path):
    key = f"-----BEGIN PRIVATE KEY-----\n{KEY_CANARY}\n-----END PRIVATE KEY-----\n"
    creds = service_account(tmp_path / "key.json", key)

    result = cli(
        tmp_path,
        "sync",
        "--google",
        "sheet-key",
        "--rules",
        str(ROOT / "rules.yaml"),
        env=clean_env(COMPLAINTS_GOOGLE_CREDENTIALS=str(creds)),
    )

    assert result.returncode == 2
    assert result.stderr.startswith(f"错误：无法读取服务账号凭据文件 {creds}：")
    assert leaks(result.stdout + result.stderr) == []
    assert leaks((tmp_path / "debug.log").read_text(encoding="utf-8")) == []


def test_a_google_sync_never_shows_the_key(tmp_path, sheets):
    sheet = sheets.create("canary-sheet", SHEET_TITLE).sheets[0]
    for j, header in enumerate(["编号", "受理时间", "投诉对象", "投诉内容"], start=1):
        sheet.set(1, j, header)
    sheet.set(2, 1, "TS-001")
    sheet.set(2, 2, "2026-11-20 09:00")
    sheet.set(2, 3, "管理处")
    sheets.fail(403, times=1, kind="batchUpdate")  # one refused write, to see its message
    creds = service_account(tmp_path / "key.json", KEY_CANARY)
    env = clean_env(COMPLAINTS_GOOGLE_CREDENTIALS=str(creds))
    args = ["sync", "--google", "canary-sheet", "--rules", str(ROOT / "rules.yaml"), "--now", NOW]

    refused = cli(tmp_path, *args, env=env, sheets_host=sheets.host)
    written = cli(tmp_path, *args, env=env, sheets_host=sheets.host)

    assert (
        refused.returncode == 2 and "sync@canary-project.iam.gserviceaccount.com" in refused.stderr
    )
    assert written.returncode == 0, written.stderr
    for result in (refused, written):
        assert leaks(result.stdout + result.stderr) == []
    assert leaks((tmp_path / "debug.log").read_text(encoding="utf-8")) == []
    assert leaks(json.dumps([r.body for r in sheets.log], ensure_ascii=False)) == []
    assert leaks(json.dumps({str(k): v for k, v in sheet.cells.items()}, ensure_ascii=False)) == []
