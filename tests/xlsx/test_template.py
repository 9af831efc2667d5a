"""`complaints init` and `complaints demo`: the workbooks as Excel would open them."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sync.core.evaluate import evaluate
from sync.core.parse import parse_table
from sync.core.rules import Rules
from sync.core.schema import (
    COLUMNS,
    COMPUTED_COLUMNS,
    EXPLAIN_SHEET_TITLE,
    SHEET_TITLE,
    STAFF_COLUMNS,
    Column,
)
from sync.core.workdays import WorkCalendar
from sync.errors import RegisterExists, SyncError
from sync.policy.describe import explanation_intro
from sync.policy.rules import load_rules
from sync.xlsx.demo import write_demo
from sync.xlsx.register import XlsxRegister
from sync.xlsx.template import DATETIME_FORMAT, LIST_SHEET_TITLE, TEXT_FORMAT, init_register

RULES_FILE = Path(__file__).parents[2] / "rules.yaml"
NOW = datetime(2026, 11, 22, 10, 0)
ENUM_COLUMNS = [c for c in STAFF_COLUMNS if c.kind == "enum"]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(RULES_FILE)


@pytest.fixture(scope="module")
def blank(rules: Rules, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("init") / "登记表.xlsx"
    init_register(path, rules)
    return path


@pytest.fixture(scope="module")
def sheet(blank: Path) -> Worksheet:
    return openpyxl.load_workbook(blank)[SHEET_TITLE]


@pytest.fixture(scope="module")
def demo(rules: Rules, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "演示.xlsx"
    write_demo(path, rules, NOW)
    return path


def letter(col: Column) -> str:
    return get_column_letter(COLUMNS.index(col) + 1)


def values(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    return list(ws.iter_rows(values_only=True))


def records(path: Path) -> list[dict[str, object]]:
    header, *rows = values(path)
    keys = [next(c.key for c in COLUMNS if c.header == h) for h in header]
    return [dict(zip(keys, row, strict=True)) for row in rows]


# --- init ----------------------------------------------------------------------------------


def test_header_row_holds_every_column_in_order(sheet: Worksheet) -> None:
    assert [cell.value for cell in sheet[1]] == [c.header for c in COLUMNS]
    assert sheet.max_row == 1  # styles live on the columns, not on thousands of cells


def test_header_and_numbering_stay_in_view_and_filter(sheet: Worksheet) -> None:
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}1"


@pytest.mark.parametrize("col", ENUM_COLUMNS, ids=lambda c: c.header)
def test_every_enum_column_has_a_dropdown_of_the_rules_list(
    sheet: Worksheet, rules: Rules, col: Column
) -> None:
    cell = f"{letter(col)}2"
    covering = [dv for dv in sheet.data_validations.dataValidation if cell in dv.sqref]
    assert len(covering) == 1
    dv = covering[0]
    assert dv.type == "list"
    assert dv.formula1 == '"' + ",".join(rules.lists[col.list_key]) + '"'
    assert f"{letter(col)}1048576" in dv.sqref and f"{letter(col)}1" not in dv.sqref
    assert dv.showErrorMessage and dv.errorStyle == "stop"
    assert dv.error.startswith("请从下拉列表中选择")


def test_only_enum_columns_have_dropdowns(sheet: Worksheet) -> None:
    covered = {
        col.header
        for col in COLUMNS
        for dv in sheet.data_validations.dataValidation
        if f"{letter(col)}2" in dv.sqref
    }
    assert covered == {c.header for c in ENUM_COLUMNS}


def test_sheet_is_protected_without_password_and_staff_may_filter(sheet: Worksheet) -> None:
    protection = sheet.protection
    assert protection.sheet
    assert not protection.password and not protection.hashValue
    # In the file format True means "protected", so False means staff may do it.
    assert not protection.sort and not protection.autoFilter
    assert not protection.formatRows and not protection.formatColumns
    assert not protection.formatCells and not protection.insertRows


@pytest.mark.parametrize("col", COLUMNS, ids=lambda c: c.header)
def test_staff_columns_are_open_and_computed_columns_locked(sheet: Worksheet, col: Column) -> None:
    assert sheet.column_dimensions[letter(col)].protection.locked is col.computed
    assert sheet[f"{letter(col)}1"].protection.locked  # headers are never typed over


@pytest.mark.parametrize(
    ("key", "number_format"),
    [
        ("received", DATETIME_FORMAT),
        ("responded", DATETIME_FORMAT),
        ("closed", DATETIME_FORMAT),
        ("callback", DATETIME_FORMAT),
        ("response_due", DATETIME_FORMAT),
        ("unit", TEXT_FORMAT),  # '5-1-302' must not turn into a date
        ("phone", TEXT_FORMAT),  # a landline's leading 0 must survive
        ("claim", "General"),
    ],
)
def test_column_number_formats(sheet: Worksheet, key: str, number_format: str) -> None:
    col = next(c for c in COLUMNS if c.key == key)
    assert sheet.column_dimensions[letter(col)].number_format == number_format


def test_columns_take_their_widths_from_the_schema(sheet: Worksheet) -> None:
    assert [sheet.column_dimensions[letter(c)].width for c in COLUMNS] == [c.width for c in COLUMNS]


def test_computed_columns_are_set_apart(sheet: Worksheet, rules: Rules) -> None:
    for col in COLUMNS:
        header = sheet[f"{letter(col)}1"]
        assert header.font.bold
        colour = header.fill.fgColor.rgb if header.fill.fill_type == "solid" else None
        assert (
            colour is not None and colour.endswith(rules.colours.computed_header)
        ) is col.computed
    first = letter(COMPUTED_COLUMNS[0])
    assert sheet[f"{first}1"].border.left.style == "thick"
    assert sheet.column_dimensions[first].border.left.style == "thick"


def test_explanation_sheet_opens_with_the_shared_introduction(blank: Path, rules: Rules) -> None:
    ws = openpyxl.load_workbook(blank)[EXPLAIN_SHEET_TITLE]
    intro = explanation_intro(rules, google=False)
    assert [ws.cell(row=r, column=1).value for r in range(1, len(intro) + 1)] == intro
    assert ws.cell(row=1, column=1).font.bold
    assert "重复投诉" in intro[2] and "3 个月内" in intro[2] and "达到 2 宗为重要" in intro[2]


def test_explanation_sheet_describes_every_column(blank: Path, rules: Rules) -> None:
    ws = openpyxl.load_workbook(blank)[EXPLAIN_SHEET_TITLE]
    rows = [r for r in ws.iter_rows(values_only=True) if r[0]]
    table = {r[0]: r[1:4] for r in rows if r[0] in {c.header for c in COLUMNS}}
    assert list(table) == [c.header for c in COLUMNS]
    for col in COLUMNS:
        who, kind, explain = table[col.header]
        assert who == ("系统" if col.computed else "员工")
        assert explain.startswith(col.explain)  # then what rules.yaml adds
        if col.kind == "enum":
            assert all(v in kind for v in rules.lists[col.list_key])
    intro = "".join(str(r[0]) for r in rows[:8])
    assert "撤销工作表保护" in intro and "complaints sync" in intro
    # The columns of issue 17, with their numbers from rules.yaml.
    assert "尝试 3 次" in table["回访次数"][2]
    assert "最晚为受理后 3 个月" in table["约定完成时间"][2]
    assert "5000 元以下：职能负责人" in table["赔付金额"][2]
    assert "统计期限为 3 个月" in table["重复投诉"][2] and "达到 2 宗" in table["重复投诉"][2]
    assert "15 分钟" in table["主任知悉时间"][2] and "1 小时" in table["品质部知悉时间"][2]


def test_init_refuses_to_overwrite(tmp_path: Path, rules: Rules) -> None:
    path = tmp_path / "登记表.xlsx"
    path.write_bytes(b"staff data")
    with pytest.raises(RegisterExists, match="已存在") as caught:
        init_register(path, rules)
    assert isinstance(caught.value, SyncError)  # the CLI turns it into a message
    assert path.read_bytes() == b"staff data"


def test_a_long_list_moves_to_a_hidden_sheet(tmp_path: Path, rules: Rules) -> None:
    categories = tuple(f"第{n}类：很长的投诉类别名称" for n in range(30))
    long_rules = dataclasses.replace(rules, lists={**rules.lists, "categories": categories})
    path = tmp_path / "登记表.xlsx"
    init_register(path, long_rules)
    book = openpyxl.load_workbook(path)
    lists = book[LIST_SHEET_TITLE]
    assert lists.sheet_state == "hidden"
    col = next(c for c in COLUMNS if c.key == "category")
    dv = next(
        dv
        for dv in book[SHEET_TITLE].data_validations.dataValidation
        if f"{letter(col)}2" in dv.sqref
    )
    match = re.fullmatch(r"'?下拉列表'?!\$([A-Z]+)\$1:\$\1\$(\d+)", dv.formula1)
    assert match and int(match[2]) == len(categories)
    assert tuple(c.value for c in lists[match[1]]) == categories


# --- demo ----------------------------------------------------------------------------------


def test_demo_has_about_300_complaints_before_now(demo: Path) -> None:
    rows = records(demo)
    assert len(rows) == 300
    times = [v for r in rows for k, v in r.items() if isinstance(v, datetime)]
    past = [v for r in rows for k, v in r.items() if isinstance(v, datetime) and k != "agreed_due"]
    assert past and max(past) <= NOW
    assert max(times) > NOW  # a date agreed with an owner lies ahead
    received = [r["received"] for r in rows if isinstance(r["received"], datetime)]
    assert min(received) >= datetime(2025, 11, 22)
    assert sum(isinstance(r["received"], str) for r in rows) >= 2  # some typed as text


@pytest.mark.parametrize("key", ["channel", "target", "category", "level", "callback_result"])
def test_demo_uses_every_value_of_each_list(demo: Path, rules: Rules, key: str) -> None:
    col = next(c for c in COLUMNS if c.key == key)
    used = {r[key] for r in records(demo)}
    assert set(rules.lists[col.list_key]) <= used


def test_demo_has_a_group_matter_across_ten_households(demo: Path) -> None:
    units: dict[str, set[object]] = defaultdict(set)
    for r in records(demo):
        if r["matter"]:
            units[str(r["matter"])].add(r["unit"])
    assert max(len(u) for u in units.values()) >= 10
    assert all(re.fullmatch(r"20\d\d-.+", m) for m in units)


def claim_yuan(value: object) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.endswith("万"):
        return float(value[:-1]) * 10000
    if isinstance(value, str):
        return float(value.replace(",", ""))
    return None


def test_demo_claims_fall_in_every_approval_band(demo: Path) -> None:
    rows = records(demo)
    claims = [c for r in rows if (c := claim_yuan(r["claim"])) is not None]
    assert any(c < 5000 for c in claims)
    assert any(5000 <= c < 20000 for c in claims)
    assert any(c >= 20000 for c in claims)
    assert any(isinstance(r["claim"], str) and "万" in r["claim"] for r in rows)


def test_demo_flags_and_counts_occur(demo: Path) -> None:
    rows = records(demo)
    assert sum(r["safety"] == "是" for r in rows) >= 3
    assert sum(r["media"] == "是" for r in rows) >= 1
    assert any((r["complaint_count"] or 0) >= 2 for r in rows)
    assert any((r["contact_count"] or 0) >= 3 for r in rows)
    closed = [r for r in rows if r["closed"]]
    assert sum(r["publish"] == "是" for r in closed) > len(closed) / 2
    assert any(r["received"] and not r["closed"] for r in rows)  # still open


def test_demo_carries_the_mistakes_staff_make(demo: Path, rules: Rules) -> None:
    register = XlsxRegister(demo, backups_keep=rules.backups_keep)
    found = {
        (p.key, p.message[:6])
        for rec in parse_table(register.read(), rules, NOW)
        for p in rec.problems
    }
    keys = {key for key, _ in found}
    assert {"channel", "phone", "number", "received", "result", "closed"} <= keys
    assert 5 <= len(found) <= 12
    assert sum(r["number"] is None for r in records(demo)) == 3  # left for the sync to fill


def test_demo_cells_typed_by_staff_are_unlocked(demo: Path) -> None:
    ws = openpyxl.load_workbook(demo)[SHEET_TITLE]
    received = ws[f"{letter(STAFF_COLUMNS[1])}2"]
    assert received.protection.locked is False
    if isinstance(received.value, datetime):
        assert received.number_format == DATETIME_FORMAT


def test_demo_is_deterministic(demo: Path, rules: Rules, tmp_path: Path) -> None:
    again, other = tmp_path / "again.xlsx", tmp_path / "other.xlsx"
    write_demo(again, rules, NOW)
    write_demo(other, rules, NOW, seed=8)
    assert values(again) == values(demo)
    assert values(other) != values(demo)


def test_demo_refuses_to_overwrite(demo: Path, rules: Rules) -> None:
    before = demo.read_bytes()
    with pytest.raises(RegisterExists):
        write_demo(demo, rules, NOW)
    assert demo.read_bytes() == before


def test_demo_shows_each_tracked_step_of_the_procedure(demo: Path, rules: Rules) -> None:
    # Issue 17: a repeat complainant, a 不满意 callback, an unanswered callback, a major
    # complaint reported late, an agreed date, a compensation under a large claim.
    register = XlsxRegister(demo, backups_keep=rules.backups_keep)
    records = parse_table(register.read(), rules, NOW)
    calendar = WorkCalendar.from_rules(rules, holiday_days={}, file_years=frozenset())
    evaluations = evaluate(records, rules, calendar, NOW)
    assert any(e.repeat_count and e.repeat_of and e.level != "一般" for e in evaluations)
    assert any(e.status == "回访不满意，待重新处理" for e in evaluations)
    assert {"待回访", "未能联系"} <= {e.status for e in evaluations}
    assert any("notify" in e.late for e in evaluations)
    assert any(e.agreed and e.deadlines["close"].at > NOW for e in evaluations)
    by_row = {r.row: r for r in records}
    assert any(
        e.approval == "职能负责人" and (by_row[e.row].get("claim") or 0) >= 20000  # type: ignore[operator]
        for e in evaluations
    )
