"""Time at the edges, as the register shows it after a sync: receipt a minute before a
holiday, on a 调休 Saturday, on New Year's Eve with a deadline in a year the calendar does
not know yet; and receipt times typed as text in several formats in one column."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from registers import plain_register

from sync.api import load_policy, open_xlsx, sync_register
from sync.cli import cli
from sync.core.schema import SHEET_TITLE
from tests.registers import column_values

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 12, 31, 17, 0)
HEADERS = ["编号", "受理时间", "投诉对象", "渠道", "投诉内容", "是否有效", "办结时间"]
PROVISIONAL = "部分时限跨入节假日尚未公布的年份，暂按周一至周五计算，公布后会自动更新"


def register(path: Path, rows: list[list[object]]) -> Path:
    return plain_register(path, [HEADERS, *rows])


def synced(tmp_path: Path, rows: list[list[object]], rules=RULES, calendar=CALENDAR):
    path = register(tmp_path / "register.xlsx", rows)
    sync_register(open_xlsx(path, rules), rules, calendar, NOW)
    return path


@pytest.mark.parametrize(
    ("received", "target", "response_due", "reply_due"),
    [
        # 23:59 on the eve of National Day: hours run through the holiday, working days skip
        # 10-01..07 and count the 调休 Saturday 10-10 as the third.
        ("2026-09-30 23:59", "管理处", "2026-10-01 23:59", "2026-10-01 23:59"),
        ("2026-09-30 23:59", "业户之间", "2026-10-01 23:59", "2026-10-10 18:00"),
        ("2026-09-30 23:59", "开发商", "2026-10-01 23:59", "2026-10-15 18:00"),
        # Received on the 调休 Saturday before Spring Festival: the count starts after it and
        # skips the festival (02-15..02-23), then the 调休 Saturday 02-28 counts.
        ("2026-02-14 10:00", "业户之间", "2026-02-15 10:00", "2026-02-26 18:00"),
        ("2026-02-14 10:00", "政府及公共事业", "2026-02-15 10:00", "2026-03-03 18:00"),
        # The minute after closing time on a Friday: the weekend does not count.
        ("2026-11-20 18:01", "业户之间", "2026-11-21 18:01", "2026-11-25 18:00"),
    ],
)
def test_deadlines_around_holidays_and_makeup_days(
    tmp_path, received, target, response_due, reply_due
):
    path = synced(tmp_path, [["TS-1", received, target, "来电", "漏水", "有效"]])

    assert column_values(path, "响应时限")[2] == datetime.fromisoformat(response_due)
    assert column_values(path, "答复时限")[2] == datetime.fromisoformat(reply_due)
    assert column_values(path, "校验")[2] is None


def test_new_years_eve_deadline_in_an_unknown_year_is_estimated_and_says_so(tmp_path):
    path = synced(
        tmp_path,
        [
            ["TS-1", "2026-12-31 23:59", "业户之间", "来电", "漏水", "有效"],
            ["TS-2", "2026-12-31 09:00", "管理处", "来电", "漏水", "有效"],
        ],
    )

    # 2027 is past the calendar's data: Monday to Friday, 2027-01-01 (a Friday) included.
    assert column_values(path, "答复时限")[2] == datetime(2027, 1, 5, 18, 0)
    assert column_values(path, "校验")[2] == PROVISIONAL
    note = openpyxl.load_workbook(path)[SHEET_TITLE].cell(2, HEADERS.index("投诉内容") + 1)
    assert note.comment is None  # the estimate is said in 校验, not on a staff cell
    # An hours-only complaint never touches 2027's working days: no estimate to report.
    assert column_values(path, "答复时限")[3] == datetime(2027, 1, 1, 9, 0)
    assert column_values(path, "校验")[3] is None


def test_the_notice_for_next_year_replaces_the_estimate_on_the_next_sync(tmp_path):
    rows = [["TS-1", "2026-12-31 23:59", "业户之间", "来电", "漏水", "有效"]]
    path = synced(tmp_path, rows)
    assert column_values(path, "答复时限")[2] == datetime(2027, 1, 5, 18, 0)

    # The State Council notice arrives: 2027-01-01..03 off (holiday-cn format).
    days = [{"name": "元旦", "date": f"2027-01-0{d}", "isOffDay": True} for d in (1, 2, 3)]
    (tmp_path / "2027.json").write_text(
        json.dumps({"year": 2027, "papers": [], "days": days}, ensure_ascii=False),
        encoding="utf-8",
    )
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(
        text.replace("holiday_files: []", 'holiday_files: ["2027.json"]'), encoding="utf-8"
    )
    rules, calendar = load_policy(rules_path)
    sync_register(open_xlsx(path, rules), rules, calendar, NOW)

    assert column_values(path, "答复时限")[2] == datetime(2027, 1, 6, 18, 0)
    assert column_values(path, "校验")[2] is None


TYPED = [
    "2026/11/20 09:30",
    "2026-11-20 9:30",
    "2026.11.20 09:30:00",
    "2026年11月20日 9时30分",
    "2026年11月20日上午9点半",
    "２０２６－１１－２０　０９：３０",
    "2026-11-20T09:30",
]


def test_receipt_times_typed_as_text_in_many_formats_all_read_the_same(tmp_path):
    rows = [[f"TS-{i}", typed, "管理处", "来电", "漏水", "有效"] for i, typed in enumerate(TYPED)]
    rows.append(["TS-x", 46346.3958333333, "管理处", "来电", "漏水", "有效"])  # an Excel serial
    rows.append(["TS-y", "11/20/2026 9:30", "管理处", "来电", "漏水", "有效"])  # US order

    path = synced(tmp_path, rows)

    response = column_values(path, "响应时限")
    problems = column_values(path, "校验")
    good = range(2, 2 + len(TYPED) + 1)
    assert {response[r] for r in good} == {datetime(2026, 11, 21, 9, 30)}
    assert all(problems[r] is None for r in good), [problems[r] for r in good]
    # The one it cannot read unambiguously is named, and gets no deadline.
    last = 2 + len(TYPED) + 1
    assert response[last] is None
    assert problems[last] == (
        "「受理时间」无法识别的日期“11/20/2026 9:30”，请写成 2026-11-03 14:05 这样的格式"
    )


# --- dates no complaint can have --------------------------------------------------------------

FULL = ["编号", "受理时间", "投诉人", "房号", "联系电话", "投诉对象", "渠道", "投诉内容"]
FULL += ["是否有效", "办结时间", "处理结果"]
ACTUAL = "请填写实际日期时间，如 2026-11-03 14:20"


def test_impossible_dates_are_row_problems_and_stay_out_of_the_export(tmp_path):
    rows = [
        ["TS-1", datetime(9999, 12, 20, 9, 0), "王建国", "8栋1201", "13912345601", "管理处"]
        + ["来电", "楼上卫生间漏水到我家天花", "有效", None, None],
        ["TS-2", datetime(2026, 11, 20, 9, 0), "陈淑芬", "2栋302", "13912345602", "管理处"]
        + ["来访", "电梯门关不上", "有效", datetime(9999, 12, 31), "已更换门机"],
        ["TS-3", "2062-03-01 10:00", "刘志强", "5栋1903", "13912345603", "业户之间"]
        + ["来电", "楼下烧烤油烟大", "有效", None, None],
        ["TS-4", datetime(1900, 1, 1), "赵丽华", "1栋601", "13912345604", "开发商"]
        + ["来函", "外墙渗水", "有效", None, None],
        ["TS-5", datetime(2026, 11, 18, 9, 0), "孙德胜", "6栋1102", "13912345605", "管理处"]
        + ["来电", "地库灯不亮", "有效", datetime(2026, 11, 19, 16, 0), "已修好"],
    ]
    path = plain_register(tmp_path / "register.xlsx", [FULL, *rows])
    sync_now = "2026-11-22 10:00"
    now_shown = f"还没有到来（现在是 {sync_now}）；{ACTUAL}"

    result = CliRunner().invoke(
        cli,
        ["sync", str(path), "--rules", str(ROOT / "rules.yaml"), "--now", sync_now]
        + ["--root", str(tmp_path)],
    )

    assert result.exit_code == 0, result.output
    problems = column_values(path, "校验")
    assert problems[2] == f"「受理时间」日期“9999-12-20 09:00”{now_shown}"
    assert problems[3] == f"「办结时间」日期“9999-12-31 00:00”{now_shown}"
    assert problems[4] == f"「受理时间」日期“2062-03-01 10:00”{now_shown}"
    assert (
        problems[5] == f"「受理时间」日期“1900-01-01 00:00”早于 2000 年，不是实际的日期；{ACTUAL}"
    )
    assert problems[6] is None
    # Nothing is computed from a date that is not used.
    response = column_values(path, "响应时限")
    assert [response[r] for r in (2, 4, 5)] == [None, None, None]
    assert response[3] == datetime(2026, 11, 21, 9, 0)
    assert column_values(path, "状态")[3] == "待响应"  # the 办结时间 is not taken as closing it
    # The statistics see the two real receipts and none of the impossible years.
    export = next((tmp_path / "build").rglob("publication.json")).read_text(encoding="utf-8")
    years = {int(y) for y in re.findall(r'"(\d{4})-\d\d', export)}
    assert 2026 in years and years <= set(range(2000, 2027))


@pytest.mark.parametrize(
    "at",
    [
        datetime(2026, 11, 3, 14, 5, 59, 999),
        datetime(2026, 1, 1),
        datetime(9999, 12, 31, 23, 59),
        datetime(999, 5, 6, 7, 8),  # strftime writes the year unpadded
        datetime(2026, 11, 3, 14, 5, tzinfo=timezone(timedelta(hours=8))),
    ],
)
def test_minute_text_is_strftimes(at: datetime) -> None:
    from sync.core.plan import _minute

    assert _minute(at) == f"{at:%Y-%m-%d %H:%M}"
