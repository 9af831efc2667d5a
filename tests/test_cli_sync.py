"""The register commands end to end, as an office uses them: real .xlsx files, the real CLI."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sync.cli import cli
from sync.core.schema import SHEET_TITLE
from tests.registers import (
    assert_staff_unchanged,
    column_values,
    staff_layout_register,
    staff_snapshot,
)

ROOT = Path(__file__).resolve().parent.parent
RULES = str(ROOT / "rules.yaml")
NOW = "2026-11-22 10:00"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, [*args], catch_exceptions=False)


def sync(runner: CliRunner, path: Path, *extra: str):
    root = str(path.parent)  # the publication export lands beside the register, not in the repo
    return run(runner, "sync", str(path), "--rules", RULES, "--now", NOW, "--root", root, *extra)


STAFF_ROWS = [
    {
        "受理时间": datetime(2026, 11, 20, 9, 0),
        "编号": "TS-20261120-001",
        "投诉人": "张伟",
        "房号": "3栋2单元1102",
        "楼栋区域": "3栋",
        "投诉对象": "管理处",
        "渠道": "来电",
        "投诉内容": "电梯停运两天无人维修",
        "等级": "一般",
        "是否有效": "有效",
        "联系电话": "13800138000",
    },
    {
        "受理时间": "2026/11/21 14:30",
        "编号": None,
        "投诉人": "李娜",
        "房号": "5-1-302",
        "楼栋区域": "5栋",
        "投诉对象": "业户之间",
        "渠道": "来访",
        "投诉内容": "楼上装修噪音",
        "是否有效": "有效",
        "联系电话": "0755-8888 6666",
    },
    {
        "受理时间": "2026-02-30 10:00",
        "编号": "TS-20261101-003",
        "投诉人": "王芳",
        "房号": "1102",
        "投诉对象": "开发商",
        "渠道": "微信",
        "投诉内容": "外墙渗水",
        "索赔金额": "2万",
        "安全隐患": "是",
        "联系电话": "1380013800",
    },
    {
        "受理时间": datetime(2026, 10, 10, 9, 0),
        "编号": "TS-20261010-001",
        "投诉人": "赵强",
        "房号": "2栋101",
        "投诉对象": "管理处",
        "渠道": "网络",
        "投诉内容": "保安态度差",
        "是否有效": "有效",
        "办结时间": datetime(2026, 10, 12, 9, 0),
        "首次响应时间": datetime(2026, 10, 10, 10, 0),
    },
]


def test_sync_fills_computed_columns_and_keeps_every_staff_cell(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    before = staff_snapshot(path)

    result = sync(runner, path)

    assert result.exit_code == 0, result.output
    assert "已写入" in result.output
    # The title row is kept; the header is found below it; data starts on row 3, and the
    # blank row left in the middle (row 5) stays blank.
    status = column_values(path, "状态")
    assert status[3] == "待响应" and status[4] == "待响应" and status[5] is None
    assert status[7] == "已办结"
    level = column_values(path, "系统等级")
    assert level[6] == "重大"  # 安全隐患 and a 2万 claim
    assert "索赔 20,000 元" in column_values(path, "升级原因")[6]
    # A 2万 claim, but no 赔付金额 proposed yet: no approval level (001 §3, issue 17 item 7).
    assert column_values(path, "审批层级")[6] is None
    assert column_values(path, "答复时限")[3] == datetime(2026, 11, 21, 9, 0)
    assert column_values(path, "答复时限")[4] == datetime(2026, 11, 25, 18, 0)
    assert "响应超期" in column_values(path, "超期")[3]
    problems = column_values(path, "校验")[6]
    assert "受理时间" in problems and "渠道" in problems and "联系电话" in problems
    assert "处理结果" in column_values(path, "校验")[7]  # closed without a result
    # The one staff cell the sync may fill: an empty 编号.
    numbers = column_values(path, "编号")
    assert numbers[4] == "TS-20261121-001"
    # Problem cells carry a note saying what is wrong.
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    phone_col = next(c.column for c in ws[2] if c.value == "联系电话")
    assert ws.cell(6, phone_col).comment.text.startswith("【校验】")
    after = staff_snapshot(path)
    number_col = next(c.column for c in ws[2] if c.value == "编号")
    assert_staff_unchanged(before, after, {(SHEET_TITLE, 4, number_col)})
    assert list((tmp_path / ".backups").iterdir())


def test_second_sync_with_nothing_changed_does_not_save(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    assert sync(runner, path).exit_code == 0
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns

    result = sync(runner, path)

    assert result.exit_code == 0
    assert "无需更新" in result.output
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime
    assert len(list((tmp_path / ".backups").iterdir())) == 1


def test_dry_run_writes_nothing(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    data = path.read_bytes()
    result = sync(runner, path, "--dry-run")
    assert result.exit_code == 0
    assert "试运行" in result.output
    assert path.read_bytes() == data


def test_init_then_fill_then_sync(runner, tmp_path):
    path = tmp_path / "登记表.xlsx"
    result = run(runner, "init", str(path), "--rules", RULES)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TITLE]
    headers = {c.value: c.column for c in ws[1]}
    for col, value in {
        "受理时间": datetime(2026, 11, 21, 16, 0),
        "投诉对象": "开发商",
        "渠道": "来函",
        "房号": "9栋901",
        "索赔金额": 30000,
        "赔付金额": 6000,  # approval follows the compensation, not the 3万 claim
    }.items():
        ws.cell(2, headers[col], value)
    wb.save(path)

    assert sync(runner, path).exit_code == 0

    assert column_values(path, "编号")[2] == "TS-20261121-001"
    assert column_values(path, "审批层级")[2] == "地区公司总经理"
    assert column_values(path, "答复时限")[2] == datetime(2026, 12, 1, 18, 0)
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    reply_col = next(c.column for c in ws[1] if c.value == "答复时限")
    assert "7 个工作日" in ws.cell(2, reply_col).comment.text


def test_summary_counts_what_the_office_needs(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    out = sync(runner, path).output
    for label in ("登记行数", "有填写问题的行", "超期", "重大", "即将到期"):
        assert label in out
    assert "第 6 行「联系电话」" in out


def test_locked_by_excel_writes_nothing_and_names_the_holder(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    name = "张三".encode("gbk")
    (tmp_path / "~$register.xlsx").write_bytes(bytes([len(name)]) + name + b"\0" * 100)
    data = path.read_bytes()

    result = sync(runner, path)

    assert result.exit_code == 2
    assert "张三" in result.output and "Excel" in result.output
    assert path.read_bytes() == data


def test_missing_required_column_is_named(runner, tmp_path):
    path = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["编号", "投诉人", "投诉内容"])
    wb.active.append(["TS-1", "张伟", "噪音"])
    wb.save(path)
    result = sync(runner, path)
    assert result.exit_code == 2
    assert "受理时间" in result.output


def test_not_a_workbook_is_refused_clearly(runner, tmp_path):
    path = tmp_path / "register.xlsx"
    path.write_text("这不是表格")
    result = sync(runner, path)
    assert result.exit_code == 2
    assert "错误：" in result.output


def test_bad_rules_name_the_line_and_nothing_is_written(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    rules = tmp_path / "rules.yaml"
    text = Path(RULES).read_text(encoding="utf-8").replace("households: 10", "households: -10")
    rules.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "households: -10" in s)
    data = path.read_bytes()

    result = run(runner, "sync", str(path), "--rules", str(rules), "--now", NOW)

    assert result.exit_code == 2
    assert f"rules.yaml:{line}:" in result.output
    assert path.read_bytes() == data


def test_a_rules_change_changes_behaviour_without_code(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    rules = tmp_path / "rules.yaml"
    shutil.copy(RULES, rules)
    text = rules.read_text(encoding="utf-8").replace("管理处: {hours: 24}", "管理处: {hours: 48}")
    rules.write_text(text, encoding="utf-8")
    run(runner, "sync", str(path), "--rules", str(rules), "--now", NOW, "--root", str(tmp_path))
    assert column_values(path, "答复时限")[3] == datetime(2026, 11, 22, 9, 0)


def test_check_prints_the_effective_policy(runner):
    result = run(runner, "check", "--rules", RULES)
    assert result.exit_code == 0
    assert "3 个工作日" in result.output


def test_bad_now_is_explained(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    result = run(runner, "sync", str(path), "--rules", RULES, "--now", "下周一")
    assert result.exit_code == 2
    assert "2026-11-22 10:00" in result.output


def test_init_creates_missing_folders_and_explains_an_unwritable_place(runner, tmp_path):
    path = tmp_path / "新目录" / "登记表.xlsx"
    assert run(runner, "init", str(path), "--rules", RULES).exit_code == 0
    assert path.is_file()
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    result = run(runner, "init", str(blocked / "登记表.xlsx"), "--rules", RULES)
    assert result.exit_code == 2
    assert "无法创建" in result.output


def test_a_hand_edit_in_a_computed_column_is_restored_and_named(runner, tmp_path):
    path = staff_layout_register(tmp_path / "register.xlsx", STAFF_ROWS)
    assert sync(runner, path).exit_code == 0
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TITLE]
    header = {c.value: c.column for c in ws[2]}
    ws.cell(3, header["状态"], "已解决")  # not a status the sync writes
    ws.cell(3, header["答复时限"], "明天")  # text in a date column
    wb.save(path)

    result = sync(runner, path)

    assert "以下手工改动已恢复为计算结果" in result.output
    assert "第 3 行「状态」（原为“已解决”）" in result.output
    assert "第 3 行「答复时限」（原为“明天”）" in result.output
    assert column_values(path, "状态")[3] == "待响应"
    assert column_values(path, "答复时限")[3] == datetime(2026, 11, 21, 9, 0)
    assert "手工改动" not in sync(runner, path).output
