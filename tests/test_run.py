"""`complaints run` end to end: a real register, real robots and SMTP on loopback, the
通知记录 read back from the register, retry after a failed send, and two runs at once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from registers import plain_register

from sync.cli import cli
from sync.core.schema import SHEET_TITLE
from tests.robots import RobotServer, SmtpServer

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-22 10:00"
WECOM = "/cgi-bin/webhook/send"
DINGTALK = "/robot/send"
FEISHU = "/open-apis/bot/v2/hook/hook-7"
SECRETS = {"WECOM_KEY": "wk-1", "DT_TOKEN": "dt-1", "DT_SECRET": "SECdt", "FS_HOOK": "hook-7"}

HEADERS = ["编号", "受理时间", "项目", "楼栋区域", "房号", "投诉人", "联系电话", "投诉对象",
           "投诉类别", "投诉内容", "安全隐患", "是否有效", "责任部门", "办结时间"]  # fmt: skip
ROWS = [
    ["TS-001", datetime(2026, 11, 22, 9, 50), "阳光花园", "3栋2单元", "3-2-501", "张建国",
     "13800138000", "管理处", "设备设施", "地库电梯井积水，有漏电危险", "是", "有效", "工程部", None],
    ["TS-002", datetime(2026, 11, 20, 9, 0), "阳光花园", "北区", "8-1-202", "李秀英",
     "13900139000", "管理处", "服务态度", "门岗态度差", "否", "有效", "秩序维护部", None],
    ["TS-003", datetime(2026, 11, 2, 9, 0), "阳光花园", "5栋", "5-1-101", "王美兰",
     "13700137000", "管理处", "服务质量", "保洁不及时", "否", "有效", "清洁绿化部",
     datetime(2026, 11, 2, 15, 0)],
]  # fmt: skip
PERSONAL = ("3-2-501", "501", "2单元", "张建国", "13800138000", "8-1-202", "李秀英", "13900139000")


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    return SECRETS


def make_register(path: Path) -> Path:
    return plain_register(path, [HEADERS, *ROWS])


def make_rules(tmp_path: Path, robots: RobotServer, smtp: SmtpServer | None) -> Path:
    """The shipped rules.yaml with targets: the office head on WeCom and email, the quality
    department on DingTalk, a staff role on Feishu that hears of overdue clocks."""
    base = robots.base
    email = (
        [f'      - "mailto://127.0.0.1:{smtp.port}?from=robot@example.com&to=head@example.com"']
        if smtp
        else []
    )
    targets = "\n".join(
        [
            "  targets:",
            "    office_head:",
            f'      - "wecomrobot://{{env:WECOM_KEY}}?base={base}"',
            *email,
            "    quality_department:",
            f'      - "dingtalkrobot://{{env:DT_TOKEN}}?secret={{env:DT_SECRET}}&base={base}"',
            "    staff_on_duty:",
            f'      - "feishurobot://{{env:FS_HOOK}}?base={base}"',
        ]
    )  # fmt: skip
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    text = text.replace("  targets: {}", targets, 1)
    text = text.replace(
        "    overdue: [office_head]", "    overdue: [office_head, staff_on_duty]", 1
    )
    text = text.replace(
        "  quality_department: 品质部\n",
        "  quality_department: 品质部\n  staff_on_duty: 值班客服\n",
        1,
    )
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(path: Path, rules: Path, now: str = NOW, *extra: str):
    args = ["run", str(path), "--rules", str(rules), "--now", now, "--no-site", *extra]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def notified(path: Path) -> dict[str, str | None]:
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    headers = [c.value for c in ws[1]]
    number, record = headers.index("编号"), headers.index("通知记录")
    return {row[number]: row[record] for row in ws.iter_rows(min_row=2, values_only=True)}


def test_one_digest_per_target_naming_number_area_reason_and_deadline(
    tmp_path, robots, smtp, secrets
):
    register = make_register(tmp_path / "登记表.xlsx")
    result = run(register, make_rules(tmp_path, robots, smtp))
    assert result.exit_code == 0, result.output

    (head,) = robots.to(WECOM)
    (quality,) = robots.to(DINGTALK)
    (staff,) = robots.to(FEISHU)
    (mail,) = smtp.mails
    assert head.query["key"] == "wk-1"
    assert mail.text.strip().splitlines() == head.text.splitlines()  # email uses CRLF
    assert "TS-001【重大】3栋 设备设施" in head.text
    assert "原因：存在安全隐患 → 重大" in head.text
    assert "通知时限：主任（2026-11-22 10:05 前）、品质部（2026-11-22 10:50 前）知悉" in head.text
    assert "请主任、品质部知悉，工程部立即指定专人跟进" in head.text
    assert "TS-002【答复超期】北区 服务态度" in head.text
    assert "时限：2026-11-21 09:00（已过）" in head.text
    assert "请秩序维护部立即答复投诉人" in head.text
    assert "TS-003【回访超期】5栋 服务质量" in head.text  # closed, but nobody called back
    assert "TS-001" in quality.text and "TS-002" not in quality.text
    assert "TS-002" in staff.text and "TS-001" not in staff.text
    for text in (head.text, quality.text, staff.text, mail.text):
        assert not [value for value in PERSONAL if value in text]

    record = notified(register)
    assert record["TS-001"].startswith("重大 2026-11-22 10:00")
    assert "答复超期 2026-11-22 10:00" in record["TS-002"]
    assert record["TS-003"].startswith("回访超期 2026-11-22 10:00")
    assert "已发送 1 条消息" in result.output


def test_nothing_is_sent_twice_and_the_second_sync_writes_nothing(tmp_path, robots, smtp, secrets):
    register = make_register(tmp_path / "登记表.xlsx")
    rules = make_rules(tmp_path, robots, smtp)
    run(register, rules)
    robots.reset()
    smtp.mails.clear()

    again = run(register, rules, "2026-11-22 10:05")
    assert robots.requests == [] and smtp.mails == []
    assert "没有需要发送的新提醒" in again.output
    synced = CliRunner().invoke(
        cli,
        ["sync", str(register), "--rules", str(rules), "--now", "2026-11-22 10:05", "--dry-run"],
    )
    assert "应更新 0 个单元格" in synced.output


def test_a_failed_send_is_reported_and_retried_for_that_role_only(tmp_path, robots, secrets):
    register = make_register(tmp_path / "登记表.xlsx")
    rules = make_rules(tmp_path, robots, smtp=None)
    robots.fail_next(DINGTALK, 200, {"errcode": 130101, "errmsg": "send too fast"})

    first = run(register, rules)
    assert first.exit_code == 0
    assert "130101" in first.output and "下次运行时重试" in first.output
    assert notified(register)["TS-001"].startswith("重大 2026-11-22 10:00（未送达：品质部）")

    robots.reset()
    second = run(register, rules, "2026-11-22 10:05")
    assert second.exit_code == 0
    (retry,) = robots.requests
    assert retry.path == DINGTALK and "TS-001【重大】" in retry.text
    assert notified(register)["TS-001"].startswith("重大 2026-11-22 10:00；")

    robots.reset()
    run(register, rules, "2026-11-22 10:10")
    assert robots.requests == []


def test_a_server_error_never_blocks_the_write_back(tmp_path, robots, secrets):
    register = make_register(tmp_path / "登记表.xlsx")
    rules = make_rules(tmp_path, robots, smtp=None)
    for path in (WECOM, DINGTALK, FEISHU):
        robots.fail_next(path, 500)
    result = run(register, rules)
    assert result.exit_code == 0
    assert "HTTP 500" in result.output
    ws = openpyxl.load_workbook(register)[SHEET_TITLE]
    headers = [c.value for c in ws[1]]
    assert ws.cell(2, headers.index("系统等级") + 1).value == "重大"
    assert set(notified(register).values()) == {None}


def test_without_targets_the_run_still_syncs_and_says_nothing_was_sent(tmp_path):
    register = make_register(tmp_path / "登记表.xlsx")
    args = [
        "run",
        str(register),
        "--rules",
        str(ROOT / "rules.yaml"),
        "--now",
        NOW,
        "--root",
        str(tmp_path),
    ]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "未配置通知地址" in result.output and "提醒未发送" in result.output
    assert "已写入" in result.output
    assert (tmp_path / "build/export/publication.json").is_file()
    assert "跳过网站生成" in result.output


def test_a_missing_secret_is_named_in_the_summary(tmp_path, robots, monkeypatch):
    register = make_register(tmp_path / "登记表.xlsx")
    for name in SECRETS:
        monkeypatch.delenv(name, raising=False)
    result = run(register, make_rules(tmp_path, robots, smtp=None))
    assert result.exit_code == 0
    assert "环境变量 WECOM_KEY 未设置" in result.output
    assert robots.requests == []


def test_two_runs_at_once_one_waits_out_and_the_register_stays_intact(tmp_path, robots, secrets):
    register = make_register(tmp_path / "登记表.xlsx")
    rules = make_rules(tmp_path, robots, smtp=None)
    command = [sys.executable, "-m", "sync", "run", str(register), "--rules", str(rules), "--now", NOW, "--no-site"]  # fmt: skip
    env = {**os.environ, **SECRETS}
    robots.hold()  # the first run stops inside its first send, holding the lock
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert robots.arrived.wait(timeout=120), "the first run never reached the robot"
        second = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        robots.release()
        out, _ = first.communicate(timeout=120)
    assert second.returncode == 0
    assert "另一个 complaints run 正在处理同一登记表" in second.stdout
    assert "已写入" not in second.stdout
    assert first.returncode == 0, out
    assert "已写入" in out

    assert notified(register)["TS-001"].startswith("重大 2026-11-22 10:00")
    assert len(robots.to(DINGTALK)) == 1  # the second run sent nothing
    synced = CliRunner().invoke(
        cli, ["sync", str(register), "--rules", str(rules), "--now", NOW, "--dry-run"]
    )
    assert "应更新 0 个单元格" in synced.output
