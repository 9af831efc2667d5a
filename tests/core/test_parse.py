"""Cell parsing: what staff may type in each kind of column, and what they are told to fix."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.core.parse import (
    InvalidCell,
    parse_cell,
    parse_choice,
    parse_count,
    parse_datetime,
    parse_money,
    parse_phone,
    parse_table,
    parse_text,
    parse_yes_no,
)
from sync.core.schema import BY_HEADER, BY_KEY
from sync.core.table import RawCell, Row, Table
from sync.policy.rules import load_rules

RULES = load_rules(str(Path(__file__).resolve().parents[2] / "rules.yaml"))
NOW = datetime(2026, 11, 22, 10, 0)
FULL = str.maketrans("0123456789:", "０１２３４５６７８９：")


def full_width(text: str) -> str:
    return text.translate(FULL)


# ---- dates and times ----------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-11-03 14:05", datetime(2026, 11, 3, 14, 5)),
        ("2026-11-03 14:05:30", datetime(2026, 11, 3, 14, 5, 30)),
        ("2026-11-03", datetime(2026, 11, 3)),
        ("2026-11-03T14:05", datetime(2026, 11, 3, 14, 5)),
        ("2026/11/3", datetime(2026, 11, 3)),
        ("2026/11/3 9:05", datetime(2026, 11, 3, 9, 5)),
        ("2026.11.3", datetime(2026, 11, 3)),
        ("2026年11月3日", datetime(2026, 11, 3)),
        ("2026年11月3号", datetime(2026, 11, 3)),
        ("2026年11月3日 14时05分", datetime(2026, 11, 3, 14, 5)),
        ("2026年11月3日14:05", datetime(2026, 11, 3, 14, 5)),
        ("2026年11月3日 14点05分", datetime(2026, 11, 3, 14, 5)),
        ("2026年11月3日 14点", datetime(2026, 11, 3, 14)),
        ("2026年11月3日 下午3点半", datetime(2026, 11, 3, 15, 30)),
        ("2026年11月3日 晚上8点", datetime(2026, 11, 3, 20)),
        ("２０２６年１１月３日　１４：０５", datetime(2026, 11, 3, 14, 5)),
        ("  2026-11-03 14:05  ", datetime(2026, 11, 3, 14, 5)),
        (datetime(2026, 11, 3, 14, 5), datetime(2026, 11, 3, 14, 5)),
        (date(2026, 11, 3), datetime(2026, 11, 3)),
        (46000, datetime(2025, 12, 9)),
        (46000.5, datetime(2025, 12, 9, 12)),
        (46329.586805555555, datetime(2026, 11, 3, 14, 5)),
    ],
)
def test_datetime_accepted(value, expected):
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        (
            "2026-13-01",
            "日期“2026-13-01”不存在，请检查年月日和时间，写成 2026-11-03 14:05 这样的格式",
        ),
        (
            "2026-02-30",
            "日期“2026-02-30”不存在，请检查年月日和时间，写成 2026-11-03 14:05 这样的格式",
        ),
        (
            "2026-11-03 25:00",
            "日期“2026-11-03 25:00”不存在，请检查年月日和时间，写成 2026-11-03 14:05 这样的格式",
        ),
        ("11月3日", "无法识别的日期“11月3日”，请写成 2026-11-03 14:05 这样的格式"),
        ("14:05", "无法识别的日期“14:05”，请写成 2026-11-03 14:05 这样的格式"),
        ("昨天下午", "无法识别的日期“昨天下午”，请写成 2026-11-03 14:05 这样的格式"),
        (3, "数字“3”不是日期，请写成 2026-11-03 14:05 这样的格式"),
        (20261103, "数字“20261103”不是日期，请写成 2026-11-03 14:05 这样的格式"),
        (True, "无法识别的日期“TRUE”，请写成 2026-11-03 14:05 这样的格式"),
    ],
)
def test_datetime_rejected(value, message):
    with pytest.raises(InvalidCell) as exc:
        parse_datetime(value)
    assert str(exc.value) == message


@given(st.datetimes(min_value=datetime(1000, 1, 1)))
def test_every_written_form_reads_back(when):
    when = when.replace(second=0, microsecond=0)
    forms = [
        when.strftime("%Y-%m-%d %H:%M"),
        f"{when.year}/{when.month}/{when.day} {when.hour}:{when.minute:02d}",
        f"{when.year}年{when.month}月{when.day}日 {when.hour}时{when.minute}分",
        full_width(f"{when.year}年{when.month}月{when.day}日 {when.hour}:{when.minute:02d}"),
    ]
    assert [parse_datetime(f) for f in forms] == [when] * len(forms)


# ---- counts and money ---------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [(3, 3), (0, 0), (3.0, 3), ("3", 3), ("３", 3), ("3户", 3), ("3次", 3), (" 12 户 ", 12)],
)
def test_count_accepted(value, expected):
    assert parse_count(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        (-1, "“-1”是负数，请填写 0 或正整数"),
        ("-2户", "“-2户”是负数，请填写 0 或正整数"),
        (2.5, "“2.5”不是整数，请填写整数，如 3"),
        ("三", "“三”不是数字，请用阿拉伯数字填写，如 3"),
        ("若干", "“若干”不是数字，请用阿拉伯数字填写，如 3"),
        ("٣", "“٣”不是数字，请用阿拉伯数字填写，如 3"),  # other scripts' digits are not ours
    ],
)
def test_count_rejected(value, message):
    with pytest.raises(InvalidCell) as exc:
        parse_count(value)
    assert str(exc.value) == message


@pytest.mark.parametrize(
    "value, expected",
    [
        (5000, 5000.0),
        (4999.5, 4999.5),
        ("5000", 5000.0),
        ("20,000", 20000.0),
        ("20，000", 20000.0),
        ("1,234,567.5", 1234567.5),
        ("2万", 20000.0),
        ("1.5万", 15000.0),
        ("1.15万", 11500.0),
        ("2万元", 20000.0),
        ("¥5000", 5000.0),
        ("￥５０００", 5000.0),
        ("5000元", 5000.0),
        ("0", 0.0),
    ],
)
def test_money_accepted(value, expected):
    assert parse_money(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("五千", "无法识别的金额“五千”，请用阿拉伯数字填写，如 5000、20,000 或 2万"),
        ("2,00", "无法识别的金额“2,00”，请用阿拉伯数字填写，如 5000、20,000 或 2万"),
        ("约5000", "无法识别的金额“约5000”，请用阿拉伯数字填写，如 5000、20,000 或 2万"),
        (-200, "金额“-200”是负数，请填写 0 或正数"),
        ("-1万", "金额“-1万”是负数，请填写 0 或正数"),
        ("1" * 400, f"金额“{'1' * 23}…”过大，请检查是否多打了数字，如 5000、2万"),
        (1e12, "金额“1000000000000”过大，请检查是否多打了数字，如 5000、2万"),
    ],
)
def test_money_rejected(value, message):
    with pytest.raises(InvalidCell) as exc:
        parse_money(value)
    assert str(exc.value) == message


# ---- lists ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [("来电", "来电"), (" 来 电 ", "来电"), ("委托转告\n", "委托转告")],
)
def test_choice_accepted(value, expected):
    assert parse_choice(value, RULES.lists["channels"]) == expected


def test_choice_rejected_lists_the_allowed_values():
    with pytest.raises(InvalidCell) as exc:
        parse_choice("电话", RULES.lists["channels"])
    assert (
        str(exc.value) == "“电话”不是可选的值，请从 来电、来访、来函、网络、委托转告、其他 中选择"
    )


@pytest.mark.parametrize(
    "value, expected", [("是", True), ("否", False), (" 是", True), (True, True)]
)
def test_yes_no(value, expected):
    assert parse_yes_no(value) is expected


def test_yes_no_rejects_other_words():
    with pytest.raises(InvalidCell, match="“有”不是可选的值，请从 是、否 中选择"):
        parse_yes_no("有")


# ---- phones ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+86-13800138000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("0755-8888 6666", "0755-88886666"),
        ("0755-88886666", "0755-88886666"),
        ("075588886666", "0755-88886666"),
        ("(0755)88886666", "0755-88886666"),
        ("010-62345678", "010-62345678"),
        ("020 8765 4321", "020-87654321"),
        ("0731-2345678", "0731-2345678"),
        ("+86 755 8888 6666", "0755-88886666"),
        ("0755-88886666-123", "0755-88886666转123"),
        ("0755-88886666转8012", "0755-88886666转8012"),
        ("88886666", "88886666"),
        ("2345678", "2345678"),
        ("400-123-4567", "400-123-4567"),
        ("8008100123", "800-810-0123"),
        ("13800138000、0755-88886666", "13800138000、0755-88886666"),
        ("13800138000，13900139000；4001234567", "13800138000、13900139000、400-123-4567"),
        ("13800138000/13900139000", "13800138000、13900139000"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (75588886666, "0755-88886666"),  # Excel dropped the leading 0
    ],
)
def test_phone_accepted(value, expected):
    assert parse_phone(value) == expected


@pytest.mark.parametrize(
    "value, shown",
    [
        ("12345", "12345"),
        ("1380013800", "1380013800"),  # one digit short
        ("138001380001", "138001380001"),  # one digit long
        ("12800138000", "12800138000"),  # no mobile starts 12
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("13800138000 13900139000", "13800138000 13900139000"),
        ("13800138000、138", "138"),  # every number in the cell must be valid
        ("王先生", "王先生"),
        ("0755-123", "0755-123"),
    ],
)
def test_phone_rejected(value, shown):
    with pytest.raises(InvalidCell) as exc:
        parse_phone(value)
    assert str(exc.value) == (
        f"无法识别的电话“{shown}”，请写 11 位手机号（如 13800138000）"
        "或带区号的固定电话（如 0755-12345678），多个号码用顿号分隔"
    )


@given(
    st.one_of(
        st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
        st.from_regex(r"0[3-9][0-9]{2}[2-9][0-9]{6,7}", fullmatch=True),
        st.from_regex(r"0[12][0-9][2-9][0-9]{7}", fullmatch=True),
    )
)
def test_a_normalised_phone_stays_as_it_is(digits):
    normalised = parse_phone(digits)
    assert parse_phone(normalised) == normalised
    assert normalised.replace("-", "") == digits


# ---- text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [(" 3栋 ", "3栋"), (1201, "1201"), (1201.0, "1201"), (3.5, "3.5"), ("张三", "张三")],
)
def test_text(value, expected):
    assert parse_text(value) == expected


@pytest.mark.parametrize(
    "cell, message",
    [
        (RawCell(value=3, formula="=A2+1"), "单元格是公式，请直接填写值"),
        (RawCell(error="#N/A"), "单元格是错误值“#N/A”，请改为正确的值"),
        (RawCell(error="#VALUE!"), "单元格是错误值“#VALUE!”，请改为正确的值"),
    ],
)
@pytest.mark.parametrize("key", ["households", "received", "content", "channel", "phone"])
def test_formula_and_error_cells_are_problems_in_every_kind(key, cell, message):
    with pytest.raises(InvalidCell) as exc:
        parse_cell(BY_KEY[key], cell, RULES)
    assert str(exc.value) == message


@pytest.mark.parametrize(
    "key, value, expected",
    [
        ("received", "2026/11/3 9:05", datetime(2026, 11, 3, 9, 5)),
        ("households", "12户", 12),
        ("claim", "2万", 20000.0),
        ("channel", "来访", "来访"),
        ("safety", "是", True),
        ("publish", "否", False),
        ("phone", "+86 138 0013 8000", "13800138000"),
        ("number", 20261103001.0, "20261103001"),
        ("unit", " 3-1201 ", "3-1201"),
    ],
)
def test_each_column_uses_its_kind(key, value, expected):
    assert parse_cell(BY_KEY[key], RawCell(value=value), RULES) == expected


# ---- whole tables ---------------------------------------------------------------------


def make_table(*rows: dict[str, object | RawCell]) -> Table:
    """Rows from row 2 down, given as {column key: value or RawCell}."""
    keys = sorted({k for r in rows for k in r} | {"number", "received"})
    built = tuple(
        Row(
            i,
            {
                k: v if isinstance(v, RawCell) else RawCell(value=v)
                for k, v in ({k: None for k in keys} | r).items()
            },
        )
        for i, r in enumerate(rows, start=2)
    )
    return Table(header_row=1, columns={k: n for n, k in enumerate(keys, 1)}, rows=built)


def messages(record) -> list[str]:
    return [p.describe() for p in record.problems]


def test_a_clean_row_parses_into_values_without_problems():
    (record,) = parse_table(
        make_table(
            {
                "number": "TS-20261103-001",
                "received": "2026年11月3日 14:05",
                "channel": "来电",
                "target": "管理处",
                "households": "3户",
                "claim": "1.5万",
                "safety": "否",
                "phone": "138 0013 8000",
                "closed": "2026-11-04 10:00",
                "result": "已修复",
                "status": "处理中",  # a computed column: not parsed
            }
        ),
        RULES,
        NOW,
    )
    assert record.row == 2
    assert record.problems == ()
    assert record.values == {
        "number": "TS-20261103-001",
        "received": datetime(2026, 11, 3, 14, 5),
        "channel": "来电",
        "target": "管理处",
        "households": 3,
        "claim": 15000.0,
        "safety": False,
        "phone": "13800138000",
        "closed": datetime(2026, 11, 4, 10),
        "result": "已修复",
    }


def test_blank_rows_are_skipped_even_with_computed_leftovers():
    table = make_table(
        {"number": "A1", "received": "2026-11-03"},
        {"status": "处理中", "problems": "旧的校验"},
        {"number": "A2", "received": "  "},
    )
    assert [r.row for r in parse_table(table, RULES, NOW)] == [2, 4]


def test_a_row_with_problems_keeps_its_other_values():
    (record,) = parse_table(
        make_table(
            {
                "number": "A1",
                "received": "2026-02-30 09:00",
                "channel": "电话",
                "households": "三户",
                "claim": "五千",
                "phone": "12345",
                "content": "地库渗水",
                "area": "3栋",
            }
        ),
        RULES,
        NOW,
    )
    assert record.values == {"number": "A1", "content": "地库渗水", "area": "3栋"}
    assert messages(record) == [
        "第 2 行「受理时间」：日期“2026-02-30 09:00”不存在，请检查年月日和时间，写成 2026-11-03 14:05 这样的格式",
        "第 2 行「渠道」：“电话”不是可选的值，请从 来电、来访、来函、网络、委托转告、其他 中选择",
        "第 2 行「联系电话」：无法识别的电话“12345”，请写 11 位手机号（如 13800138000）或带区号的固定电话（如 0755-12345678），多个号码用顿号分隔",
        "第 2 行「涉及户数」：“三户”不是数字，请用阿拉伯数字填写，如 3",
        "第 2 行「索赔金额」：无法识别的金额“五千”，请用阿拉伯数字填写，如 5000、20,000 或 2万",
    ]


def test_formula_and_error_cells_in_a_row():
    (record,) = parse_table(
        make_table(
            {
                "number": "A1",
                "received": RawCell(value=datetime(2026, 11, 3), formula="=TODAY()"),
                "households": RawCell(error="#VALUE!"),
                "area": "北区",
            }
        ),
        RULES,
        NOW,
    )
    assert record.values == {"number": "A1", "area": "北区"}
    # The broken 受理时间 is reported once, not again as missing.
    assert messages(record) == [
        "第 2 行「受理时间」：单元格是公式，请直接填写值",
        "第 2 行「涉及户数」：单元格是错误值“#VALUE!”，请改为正确的值",
    ]


def test_missing_receipt_time_is_a_problem():
    (record,) = parse_table(make_table({"number": "A1", "content": "噪音"}), RULES, NOW)
    assert messages(record) == [
        "第 2 行「受理时间」：受理时间未填写，无法计算时限，请填写接到投诉的日期和时间"
    ]


def test_duplicate_numbers_name_the_first_row():
    records = parse_table(
        make_table(
            {"number": "TS-001", "received": "2026-11-03"},
            {"number": "TS-002", "received": "2026-11-03"},
            {"number": "ts-001 ", "received": "2026-11-04"},
            {"number": "", "received": "2026-11-04"},  # empty: the sync will number it
            {"number": "TS-001", "received": "2026-11-05"},
        ),
        RULES,
        NOW,
    )
    assert {r.row: messages(r) for r in records} == {
        2: [],
        3: [],
        4: ["第 4 行「编号」：编号“ts-001”与第 2 行重复，请改为唯一的编号（或清空由同步重新编号）"],
        5: [],
        6: ["第 6 行「编号」：编号“TS-001”与第 2 行重复，请改为唯一的编号（或清空由同步重新编号）"],
    }
    assert records[2].values["number"] == "ts-001"  # the value itself is kept


RECEIVED = "2026-11-03 14:05"


@pytest.mark.parametrize(
    "cells, expected",
    [
        (
            {"closed": "2026-11-02 10:00", "result": "已处理"},
            ["第 2 行「办结时间」：早于受理时间（2026-11-03 14:05），请检查日期"],
        ),
        (
            {"responded": "2026-11-03 14:00"},
            ["第 2 行「首次响应时间」：早于受理时间（2026-11-03 14:05），请检查日期"],
        ),
        (
            {"replied": "2026-11-01"},
            ["第 2 行「答复时间」：早于受理时间（2026-11-03 14:05），请检查日期"],
        ),
        (
            {"closed": "2026-11-05 10:00", "result": "已处理", "callback": "2026-11-04"},
            ["第 2 行「回访时间」：早于办结时间（2026-11-05 10:00），请检查日期"],
        ),
        (  # before both: one problem, the more basic one
            {"closed": "2026-11-05 10:00", "result": "已处理", "callback": "2026-11-01"},
            ["第 2 行「回访时间」：早于受理时间（2026-11-03 14:05），请检查日期"],
        ),
        (
            {"closed": "2026-11-05 10:00", "result": ""},
            ["第 2 行「处理结果」：已填写办结时间，请填写处理结果"],
        ),
        (  # a register without a 处理结果 column does not ask for one
            {"closed": "2026-11-05 10:00"},
            [],
        ),
        (
            {"responded": RECEIVED, "closed": RECEIVED, "result": "当场解决", "callback": RECEIVED},
            [],
        ),
    ],
)
def test_times_and_results_agree_with_each_other(cells, expected):
    (record,) = parse_table(make_table({"number": "A1", "received": RECEIVED} | cells), RULES, NOW)
    assert messages(record) == expected
    # Values that contradict each other are still parsed; the problem flags them.
    assert {k for k, v in cells.items() if v} <= set(record.values)


# ---- dates that cannot be real ---------------------------------------------------------

ACTUAL = "请填写实际日期时间，如 2026-11-03 14:20"
AHEAD = f"还没有到来（现在是 2026-11-22 10:00）；{ACTUAL}"
EARLY = f"早于 2000 年，不是实际的日期；{ACTUAL}"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (  # a typed date cell: Excel accepts any year up to 9999
            {"received": datetime(9999, 12, 20, 9, 0)},
            f"第 2 行「受理时间」：日期“9999-12-20 09:00”{AHEAD}",
        ),
        (
            {"received": "2062-03-01 10:00"},  # 2026 typed with its digits swapped
            f"第 2 行「受理时间」：日期“2062-03-01 10:00”{AHEAD}",
        ),
        (
            {"received": datetime(1900, 1, 1)},  # Excel's day 1: a cleared serial
            f"第 2 行「受理时间」：日期“1900-01-01 00:00”{EARLY}",
        ),
        ({"received": "0026-11-03"}, f"第 2 行「受理时间」：日期“0026-11-03”{EARLY}"),
        ({"received": 36000}, f"第 2 行「受理时间」：日期“36000”{EARLY}"),  # 1998 as a serial
        (
            {"received": "2026-11-20 09:00", "closed": datetime(9999, 12, 31), "result": "已修复"},
            f"第 2 行「办结时间」：日期“9999-12-31 00:00”{AHEAD}",
        ),
        (
            {"received": "2026-11-20 09:00", "callback": "2119年1月1日"},
            f"第 2 行「回访时间」：日期“2119年1月1日”{AHEAD}",
        ),
    ],
)
def test_a_date_that_cannot_be_real_is_a_row_problem_and_is_not_used(cells, expected):
    (record,) = parse_table(
        make_table({"number": "TS-1", "content": "电梯停运"} | cells), RULES, NOW
    )
    assert messages(record) == [expected]  # once: a bad 受理时间 is not also "未填写"
    key = expected.split("「")[1].split("」")[0]
    assert BY_HEADER[key].key not in record.values
    assert record.values["content"] == "电梯停运"  # the rest of the row is used


@pytest.mark.parametrize(
    ("received", "used"),
    [
        (datetime(2000, 1, 1), True),
        (datetime(1999, 12, 31, 23, 59), False),
        (NOW + timedelta(days=1), True),  # a clock a little fast, a time typed before midnight
        (NOW + timedelta(days=1, minutes=1), False),
    ],
)
def test_the_span_of_real_dates_runs_from_2000_to_a_day_after_now(received, used):
    (record,) = parse_table(make_table({"number": "TS-1", "received": received}), RULES, NOW)
    assert ("received" in record.values) is used
    assert bool(record.problems) is not used


def test_a_clock_at_the_end_of_the_calendar_does_not_overflow():
    end = datetime(9999, 12, 31, 23, 59)
    (record,) = parse_table(make_table({"number": "TS-1", "received": end}), RULES, end)
    assert record.values["received"] == end and record.problems == ()


@pytest.mark.parametrize("agreed", [datetime(2027, 1, 15, 18, 0), "2027年1月15日 18时"])
def test_an_agreed_date_may_lie_ahead(agreed):
    # 约定完成时间 is a promise for later (000 约时处理); the evaluation bounds it by receipt.
    cells = {"number": "TS-1", "received": "2026-11-20 09:00", "agreed_due": agreed}
    (record,) = parse_table(make_table(cells), RULES, NOW)
    assert record.values["agreed_due"] == datetime(2027, 1, 15, 18, 0)
    assert record.problems == ()
    (typo,) = parse_table(make_table({**cells, "agreed_due": "2027年1月"}), RULES, NOW)
    assert [p.key for p in typo.problems] == ["agreed_due"]
