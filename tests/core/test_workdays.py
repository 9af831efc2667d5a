"""The working-day calendar and deadline arithmetic, checked against the official notices."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import chinese_calendar
import holidays
import pytest
from fixtures import official_holidays as official
from hypothesis import given
from hypothesis import strategies as st

from sync.core.rules import Limit
from sync.core.workdays import WorkCalendar, deadline, deadline_counter
from sync.errors import SyncError
from sync.policy.calendar import (
    HolidayFileError,
    load_holiday_file,
    load_holiday_files,
    parse_holiday_json,
)

CLOSING = time(18, 0)
CALENDAR = WorkCalendar()

# Invented for these tests, NOT the official 2027 arrangement: a year no installed
# package knows, shaped like a holiday-cn file.
FAKE_2027 = {
    "year": 2027,
    "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": True},
        {"name": "元旦", "date": "2027-01-02", "isOffDay": True},
        {"name": "元旦", "date": "2027-01-03", "isOffDay": True},
        {"name": "春节", "date": "2027-02-06", "isOffDay": False},
        {"name": "春节", "date": "2027-02-08", "isOffDay": True},
        {"name": "春节", "date": "2027-02-09", "isOffDay": True},
    ],
}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def write_json(path, doc) -> str:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


# ---- the fixture itself, cross-checked against both packages -------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_official_fixture_agrees_with_both_packages(year):
    china = holidays.China(years=year)
    disagree = [
        d
        for d in official.days_of(year)
        if not official.is_working_day(d)
        == chinese_calendar.is_workday(d)
        == china.is_working_day(d)
    ]
    assert disagree == []


# ---- every day of 2025 and 2026 ------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_day_matches_the_official_notice(year):
    wrong = [
        d
        for d in official.days_of(year)
        if CALENDAR.is_working_day(d) != official.is_working_day(d)
    ]
    assert wrong == []


def expected_reasons(d: date) -> set[str]:
    if official.is_working_day(d):
        return {""}
    if d in official.holiday_names(d.year):
        return set(official.holiday_names(d.year)[d].split("、"))
    return {"周末"}


@pytest.mark.parametrize("year", [2025, 2026])
def test_day_off_reason_names_the_holiday_or_the_weekend(year):
    wrong = {
        d: CALENDAR.day_off_reason(d)
        for d in official.days_of(year)
        if CALENDAR.day_off_reason(d) not in expected_reasons(d)
    }
    assert wrong == {}


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_holiday_cn_file_of_an_official_year_gives_the_same_days(tmp_path, year):
    data = load_holiday_files([write_json(tmp_path / f"{year}.json", official.holiday_cn(year))])
    cal = WorkCalendar(holiday_days=data.days, file_years=data.years, holiday_names=data.names)
    for day in official.days_of(year):
        assert cal.is_working_day(day) == official.is_working_day(day), day
    assert cal.day_off_reason(date(year, 1, 1)) == "元旦"


@pytest.mark.parametrize(
    ("year", "known"), [(2003, False), (2004, True), (2025, True), (2026, True), (2027, False)]
)
def test_knows_the_years_the_package_covers(year, known):
    assert CALENDAR.knows(year) is known


# ---- deadlines -----------------------------------------------------------------------

WD3, WD7, WD1 = Limit(3, "working_days"), Limit(7, "working_days"), Limit(1, "working_days")


@pytest.mark.parametrize(
    ("case", "received", "limit", "due"),
    [
        # Spring Festival 2025 (1/28-2/4 off; 1/26 Sun and 2/8 Sat worked)
        ("before 2025 春节, makeup Sunday counts", "2025-01-24 10:00", WD3, "2025-02-05 18:00"),
        ("inside 2025 春节", "2025-01-30 09:00", WD3, "2025-02-07 18:00"),
        ("over 2025 春节, makeup Saturday counts", "2025-01-27 15:00", WD7, "2025-02-12 18:00"),
        # Spring Festival 2026 (2/15-2/23 off; 2/14 Sat and 2/28 Sat worked)
        ("Friday before 2026 春节", "2026-02-13 17:00", WD3, "2026-02-25 18:00"),
        ("over 2026 春节, ends on makeup Sat", "2026-02-12 09:00", WD7, "2026-02-28 18:00"),
        # National Day 2025 (10/1-10/8 off; 9/28 Sun and 10/11 Sat worked)
        ("23:59 the evening before 2025 国庆", "2025-09-30 23:59", WD3, "2025-10-11 18:00"),
        ("Friday evening before 2025 国庆", "2025-09-26 18:30", WD7, "2025-10-13 18:00"),
        # National Day 2026 (10/1-10/7 off; 9/20 Sun and 10/10 Sat worked; 中秋 9/25-9/27)
        ("23:59 the evening before 2026 国庆", "2026-09-30 23:59", WD3, "2026-10-10 18:00"),
        ("over 2026 中秋", "2026-09-18 20:00", WD7, "2026-09-29 18:00"),
        ("23:59 before 2026 元旦, 1/4 Sun worked", "2025-12-31 23:59", WD1, "2026-01-04 18:00"),
        # receipt on a makeup Saturday: counting starts the next calendar day
        ("on makeup Saturday 2026-02-28", "2026-02-28 10:00", WD3, "2026-03-04 18:00"),
        ("on makeup Saturday 2025-10-11", "2025-10-11 09:00", WD7, "2025-10-21 18:00"),
        # ordinary weeks
        ("Friday evening", "2026-11-20 19:30", WD3, "2026-11-25 18:00"),
        ("Monday morning", "2026-11-23 08:00", WD1, "2026-11-24 18:00"),
        ("after closing time still counts next day", "2026-11-23 20:00", WD1, "2026-11-24 18:00"),
        ("7 working days in an ordinary fortnight", "2026-11-23 08:00", WD7, "2026-12-02 18:00"),
        # month-end clamping keeps the clock time
        ("Jan 31 + 1 month", "2026-01-31 10:00", Limit(1, "months"), "2026-02-28 10:00"),
        ("leap year", "2028-01-31 10:00", Limit(1, "months"), "2028-02-29 10:00"),
        ("Mar 31 + 1 month", "2026-03-31 16:45", Limit(1, "months"), "2026-04-30 16:45"),
        ("into next year", "2026-11-30 09:00", Limit(3, "months"), "2027-02-28 09:00"),
        ("Dec 15 + 1 month", "2026-12-15 09:00", Limit(1, "months"), "2027-01-15 09:00"),
        # clock limits ignore the calendar
        ("24 hours across midnight", "2026-11-22 23:30", Limit(24, "hours"), "2026-11-23 23:30"),
        ("hours into a holiday", "2026-09-30 22:00", Limit(4, "hours"), "2026-10-01 02:00"),
        (
            "15 minutes across midnight",
            "2026-11-22 23:50",
            Limit(15, "minutes"),
            "2026-11-23 00:05",
        ),
        ("calendar days over a weekend", "2026-02-26 09:00", Limit(10, "days"), "2026-03-08 09:00"),
    ],
)
def test_deadline(case, received, limit, due):
    result = deadline(at(received), limit, CALENDAR, CLOSING)
    assert result.at == at(due)
    assert not result.provisional
    assert (result.explanation != "") == (limit.unit == "working_days")


def test_explanation_names_the_holiday_and_the_makeup_day():
    result = deadline(at("2026-09-30 23:59"), WD3, CALENDAR, CLOSING)
    assert result.explanation == (
        "按 3 个工作日计算：跳过 2026-10-01 至 2026-10-07（国庆节）；2026-10-10 调休上班"
    )


@pytest.mark.parametrize(
    ("received", "limit", "explanation"),
    [
        (
            "2025-01-24 10:00",
            WD3,
            "按 3 个工作日计算：跳过 2025-01-25（周末）、2025-01-28 至 2025-02-04（春节）；"
            "2025-01-26 调休上班",
        ),
        (
            "2025-09-30 23:59",
            WD3,
            "按 3 个工作日计算：跳过 2025-10-01 至 2025-10-08（国庆节、中秋节）；2025-10-11 调休上班",
        ),
        ("2026-11-23 08:00", WD3, "按 3 个工作日计算：期间没有休息日"),
    ],
)
def test_explanation_collapses_runs_of_days_off(received, limit, explanation):
    assert deadline(at(received), limit, CALENDAR, CLOSING).explanation == explanation


def test_deadline_running_into_an_unpublished_year_is_provisional():
    result = deadline(at("2026-12-28 10:00"), WD7, CALENDAR, CLOSING)
    # 12/29-12/31 known; 2027 estimated Monday-Friday, so 1/1 (a Friday) counts
    assert result.at == at("2027-01-06 18:00")
    assert result.provisional
    assert result.explanation == (
        "按 7 个工作日计算：跳过 2027-01-02 至 2027-01-03（周末）；"
        "2027 年节假日尚未公布，暂按周一至周五计算，公布后请更新"
    )


@pytest.mark.parametrize(
    ("received", "limit", "provisional"),
    [
        ("2026-12-28 10:00", WD3, False),  # ends 12/31: never steps into 2027
        ("2026-12-31 23:00", WD1, True),
        ("2026-12-31 23:00", Limit(24, "hours"), False),  # clock time needs no calendar
    ],
)
def test_provisional_only_when_a_stepped_day_is_in_an_unknown_year(received, limit, provisional):
    assert deadline(at(received), limit, CALENDAR, CLOSING).provisional is provisional


# ---- overrides and holiday files -----------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "due", "explanation"),
    [
        (
            WorkCalendar(),
            "2026-11-25 18:00",
            "按 3 个工作日计算：跳过 2026-11-21 至 2026-11-22（周末）",
        ),
        (
            WorkCalendar(extra_holidays=frozenset({date(2026, 11, 24)})),
            "2026-11-26 18:00",
            "按 3 个工作日计算：跳过 2026-11-21 至 2026-11-22（周末）、2026-11-24（额外休息日）",
        ),
        (
            WorkCalendar(extra_workdays=frozenset({date(2026, 11, 21)})),
            "2026-11-24 18:00",
            "按 3 个工作日计算：跳过 2026-11-22（周末）；2026-11-21 调休上班",
        ),
    ],
    ids=["plain", "extra holiday", "extra workday"],
)
def test_overrides_change_the_deadline(calendar, due, explanation):
    result = deadline(at("2026-11-20 19:30"), WD3, calendar, CLOSING)
    assert (result.at, result.explanation) == (at(due), explanation)


def test_overrides_beat_the_package():
    cal = WorkCalendar(
        extra_holidays=frozenset({date(2026, 2, 14)}),  # official makeup Saturday
        extra_workdays=frozenset({date(2026, 10, 8)}),  # an ordinary Thursday stays worked
    )
    assert not cal.is_working_day(date(2026, 2, 14))
    assert cal.day_off_reason(date(2026, 2, 14)) == "额外休息日"
    assert cal.is_working_day(date(2026, 10, 8))


def test_a_2027_holiday_file_makes_2027_known(tmp_path):
    days, years = load_holiday_file(write_json(tmp_path / "2027.json", FAKE_2027))
    cal = WorkCalendar(holiday_days=days, file_years=years)
    assert cal.knows(2027)
    assert not cal.is_working_day(date(2027, 1, 1))
    assert cal.is_working_day(date(2027, 2, 6))  # a makeup Saturday from the file
    assert cal.is_working_day(date(2027, 3, 1))  # unlisted weekday
    assert not cal.is_working_day(date(2027, 3, 6))  # unlisted Saturday

    result = deadline(at("2026-12-28 10:00"), WD7, cal, CLOSING)
    assert result.at == at("2027-01-07 18:00")
    assert not result.provisional
    assert (
        result.explanation == "按 7 个工作日计算：跳过 2027-01-01 至 2027-01-03（法定节假日、周末）"
    )


def test_holiday_names_from_files_reach_the_explanation(tmp_path):
    data = load_holiday_files([write_json(tmp_path / "2027.json", FAKE_2027)])
    cal = WorkCalendar(holiday_days=data.days, file_years=data.years, holiday_names=data.names)
    result = deadline(at("2027-02-05 12:00"), WD3, cal, CLOSING)
    # 2/6 Sat worked, 2/7 Sun off, 2/8-2/9 off, 2/10, 2/11
    assert result.at == at("2027-02-11 18:00")
    assert result.explanation == (
        "按 3 个工作日计算：跳过 2027-02-07 至 2027-02-09（周末、春节）；2027-02-06 调休上班"
    )


def test_extra_holiday_in_an_unknown_year_still_counts_but_stays_provisional():
    cal = WorkCalendar(extra_holidays=frozenset({date(2027, 1, 1)}))
    result = deadline(at("2026-12-31 09:00"), WD1, cal, CLOSING)
    assert result.at == at("2027-01-04 18:00")
    assert result.provisional


def test_files_that_disagree_are_refused(tmp_path):
    other = {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-02", "isOffDay": False}]}
    a = write_json(tmp_path / "a.json", FAKE_2027)
    b = write_json(tmp_path / "b.json", other)
    with pytest.raises(HolidayFileError, match="2027-01-02 的安排不一致"):
        load_holiday_files([a, b])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "不是有效的 JSON（第 1 行第 2 列）"),
        ("[]", "最外层应是一个对象"),
        ('{"days": []}', '缺少年份 "year"'),
        ('{"year": "2027", "days": []}', '缺少年份 "year"'),
        ('{"year": 2027}', '缺少日期列表 "days"'),
        ('{"year": 2027, "days": []}', "列表为空"),
        ('{"year": 2027, "days": ["2027-01-01"]}', "days 第 1 项应是一个对象"),
        ('{"year": 2027, "days": [{"date": "2027/01/01", "isOffDay": true}]}', "YYYY-MM-DD"),
        ('{"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": true}]}', "YYYY-MM-DD"),
        ('{"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": "是"}]}', "true 或 false"),
        (
            '{"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": true},'
            ' {"date": "2027-01-01", "isOffDay": false}]}',
            "出现了两次",
        ),
    ],
)
def test_bad_holiday_file_names_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "2027.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_holiday_file(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert isinstance(info.value, SyncError)  # so the CLI prints it instead of a traceback


def test_missing_holiday_file_says_where_to_look(tmp_path):
    with pytest.raises(HolidayFileError, match="calendar.holiday_files"):
        load_holiday_file(tmp_path / "2027.json")


def test_holiday_file_with_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(FAKE_2027), encoding="utf-8-sig")
    days, years = load_holiday_file(path)
    assert years == {2027} and days[date(2027, 2, 6)] is False


def test_parse_keeps_names():
    data = parse_holiday_json(json.dumps(FAKE_2027, ensure_ascii=False), "2027.json")
    assert data.names[date(2027, 2, 8)] == "春节"


# ---- properties ----------------------------------------------------------------------

receipts = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31))


@given(received=receipts, n=st.integers(min_value=1, max_value=30))
def test_working_day_deadline_ends_the_nth_working_day_after_receipt(received, n):
    result = deadline(received, Limit(n, "working_days"), CALENDAR, CLOSING)
    due = result.at.date()
    assert result.at.time() == CLOSING
    assert CALENDAR.is_working_day(due)
    between = [
        received.date() + timedelta(days=i) for i in range(1, (due - received.date()).days + 1)
    ]
    assert sum(CALENDAR.is_working_day(d) for d in between) == n
    assert result.provisional == any(not CALENDAR.knows(d.year) for d in between)


@given(received=receipts, n=st.integers(min_value=0, max_value=40))
def test_months_keep_the_time_and_never_overshoot_the_month(received, n):
    due = deadline(received, Limit(n, "months"), CALENDAR, CLOSING).at
    assert due.time() == received.time()
    assert (due.year * 12 + due.month) - (received.year * 12 + received.month) == n
    assert due.day == received.day or due.day < received.day and (due + timedelta(days=1)).day == 1


@given(
    received=receipts,
    unit=st.sampled_from(["minutes", "hours", "days", "months", "working_days"]),
    n=st.integers(min_value=1, max_value=40),
)
def test_a_counter_gives_the_deadline_of_its_limit(received, unit, n):
    limit = Limit(n, unit)
    assert deadline_counter(limit, CALENDAR, CLOSING)(received) == deadline(
        received, limit, CALENDAR, CLOSING
    )
