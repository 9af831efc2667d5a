"""The evaluation core against the procedures' defaults (DESIGN.md, DOMAIN.md)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.core.evaluate import (
    DONE_BY,
    approval_level,
    assign_numbers,
    done_times,
    evaluate,
    group_sizes,
)
from sync.core.model import Record
from sync.core.rules import Limit
from sync.core.workdays import LAST, WorkCalendar, deadline, deadline_counter
from sync.policy.rules import LONGEST, load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(str(ROOT / "rules.yaml"))
CALENDAR = WorkCalendar.from_rules(RULES, holiday_days={}, file_years=frozenset())
NOW = datetime(2026, 11, 22, 10, 0)


def t(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def rec(row: int = 2, **values) -> Record:
    values.setdefault("number", f"TS-{row:03d}")
    for key, value in values.items():
        if isinstance(value, str) and key in {
            "received",
            "responded",
            "replied",
            "closed",
            "callback",
        }:
            values[key] = t(value)
    return Record(row=row, values=values)


def one(now: datetime = NOW, **values):
    return evaluate([rec(**values)], RULES, CALENDAR, now)[0]


# --- time limits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "received", "due"),
    [
        # 管理处: 24 clock hours, whatever the day.
        ("管理处", "2026-09-30 10:00", "2026-10-01 10:00"),
        # 业户之间: end of the 3rd working day after the day of receipt; National Day
        # 10-01..10-07 is off and Saturday 10-10 is a makeup working day.
        ("业户之间", "2026-09-30 10:00", "2026-10-10 18:00"),
        # Received late on the evening before a holiday: counting still starts next day.
        ("业户之间", "2026-09-30 23:59", "2026-10-10 18:00"),
        # 开发商 and 政府及公共事业: 7 working days; a Friday receipt skips two weekends.
        ("开发商", "2026-11-20 15:00", "2026-12-01 18:00"),
        ("政府及公共事业", "2026-11-20 15:00", "2026-12-01 18:00"),
        # Spring Festival 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 on.
        ("业户之间", "2025-01-24 09:00", "2025-02-05 18:00"),
        ("业户之间", "2025-01-26 09:00", "2025-02-06 18:00"),  # received on makeup Sunday
    ],
)
def test_reply_limit_by_target(target, received, due):
    e = one(target=target, received=received)
    assert e.deadlines["reply"].at == t(due)


def test_response_limit_is_24_hours_for_every_complaint():
    e = one(target="开发商", received="2026-11-21 16:30")
    assert e.deadlines["response"].at == t("2026-11-22 16:30")


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-03-15 09:00", "2026-04-15 09:00"),
        ("2026-01-31 09:00", "2026-02-28 09:00"),  # clamped to the month's last day
    ],
)
def test_close_limit_is_one_calendar_month(received, due):
    assert one(received=received, validity="有效").deadlines["close"].at == t(due)


def test_invalid_complaint_has_no_close_limit():
    assert "close" not in one(received="2026-11-01 09:00", validity="无效").deadlines


def test_callback_limit_counts_makeup_saturdays_and_skips_spring_festival():
    # Closed Thursday 2026-02-12: 02-13 (1), Sat 02-14 makeup (2), 02-15..02-23 off,
    # 02-24..02-27 (3-6), Sat 02-28 makeup (7).
    e = one(received="2026-02-10 09:00", closed="2026-02-12 16:00", result="已修复")
    assert e.deadlines["callback"].at == t("2026-02-28 18:00")
    assert e.deadlines["callback"].explanation


def test_deadline_into_an_unknown_year_is_provisional_and_said():
    e = one(received="2026-12-20 09:00", closed="2026-12-28 10:00", target="开发商")
    assert e.deadlines["callback"].provisional
    assert e.provisional
    assert any("暂按周一至周五" in n for n in e.notes)


# --- overdue, late, due soon ---------------------------------------------------------------


def test_open_clock_past_its_deadline_is_overdue():
    e = one(received="2026-11-20 09:00", target="管理处")
    assert e.overdue == ("response", "reply")
    assert e.status == "待响应"


def test_a_reply_also_stops_the_response_clock():
    e = one(received="2026-11-20 09:00", target="管理处", replied="2026-11-20 15:00")
    assert e.overdue == ()
    assert e.status == "已答复"


def test_done_after_the_deadline_is_late_not_overdue():
    e = one(
        received="2026-11-18 09:00",
        target="管理处",
        responded="2026-11-20 09:00",
        replied="2026-11-20 10:00",
    )
    assert e.overdue == ()
    assert e.late == ("response", "reply")


def test_each_clock_stops_at_the_earliest_of_the_times_that_stop_it():
    # Any mix of filled and empty step times, in any order: the chain the evaluation reads
    # (a closing answers the reply, a reply the response) must be exactly DONE_BY.
    times = (None, t("2026-11-02 09:00"), t("2026-11-01 09:00"), t("2026-11-03 09:00"))
    keys = ("responded", "replied", "closed", "callback")
    for combination in itertools.product(times, repeat=len(keys)):
        values = {k: v for k, v in zip(keys, combination, strict=True) if v is not None}
        stopped = done_times(values)
        for clock, by in DONE_BY.items():
            when = [values[k] for k in by if k in values]
            assert stopped[clock] == (min(when) if when else None), (clock, values)


def test_clock_due_within_the_warning_window_is_due_soon():
    e = one(received="2026-11-21 12:00", target="业户之间")
    assert "response" in e.due_soon  # due 2026-11-22 12:00, two hours after now
    assert "reply" not in e.due_soon  # due 2026-11-25 18:00


@pytest.mark.parametrize(
    ("values", "status"),
    [
        ({}, "待响应"),
        ({"responded": "2026-11-20 10:00"}, "处理中"),
        ({"replied": "2026-11-20 12:00"}, "已答复"),
        ({"closed": "2026-11-21 12:00", "result": "已处理"}, "已办结"),
        ({"closed": "2026-11-21 12:00", "callback": "2026-11-22 09:00"}, "已回访"),
    ],
)
def test_status(values, status):
    assert one(received="2026-11-20 09:00", **values).status == status


# --- escalation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "level", "reason"),
    [
        ({}, "一般", None),
        ({"complaint_count": 1}, "一般", None),
        ({"complaint_count": 2}, "重要", "投诉次数 2 次"),
        ({"contact_count": 2}, "一般", None),
        ({"contact_count": 3}, "重要", "沟通 3 轮"),
        ({"claim": 19999.0}, "一般", None),
        ({"claim": 20000.0}, "重大", "索赔 20,000 元"),
        ({"households": 9}, "一般", None),
        ({"households": 10}, "重大", "同类户数 10 户"),
        ({"safety": True}, "重大", "安全隐患"),
        ({"safety": False}, "一般", None),
        ({"media": True}, "重大", "媒体或政府关注"),
    ],
)
def test_escalation_rules_with_their_boundaries(values, level, reason):
    e = one(received="2026-11-20 09:00", **values)
    assert e.level == level
    if reason is None:
        assert e.reasons == ()
    else:
        assert any(reason in r for r in e.reasons), e.reasons


def test_valid_complaint_open_past_the_close_limit_becomes_major_from_that_moment():
    received = "2026-10-22 09:00"  # close limit 2026-11-22 09:00
    # 004 §3.1.2 c: a valid (A类) complaint about the office's own service.
    own = {"received": received, "validity": "有效", "responded": received, "target": "管理处"}
    at_limit = one(now=t("2026-11-22 09:00"), **own)
    past = one(now=t("2026-11-22 09:01"), **own)
    assert at_limit.level == "一般"
    assert past.level == "重大"
    assert "超过办结时限" in past.reasons[0]
    # Notification limits run from the moment it became major, not from receipt.
    assert past.notify == {
        "office_head": t("2026-11-22 09:15"),
        "quality_department": t("2026-11-22 10:00"),
    }


@pytest.mark.parametrize("validity", ["无效", "待定"])
def test_only_a_valid_complaint_escalates_for_the_close_limit(validity):
    e = one(now=t("2026-11-22 10:00"), received="2026-10-01 09:00", validity=validity)
    assert e.level == "一般"


def test_important_complaint_open_over_three_months_becomes_major():
    base = {"received": "2026-08-22 09:00", "level": "重要", "validity": "待定"}
    assert one(now=t("2026-11-22 09:00"), **base).level == "重要"
    e = one(now=t("2026-11-22 09:01"), **base)
    assert e.level == "重大"
    assert any("超过 3 个月" in r for r in e.reasons)


def test_system_level_is_never_below_the_staff_level():
    e = one(received="2026-11-20 09:00", level="重大")
    assert e.level == "重大"
    assert e.reasons == ()
    assert e.notify["office_head"] == t("2026-11-20 09:15")


def test_major_notification_limits_from_receipt():
    e = one(received="2026-11-20 09:00", safety=True)
    assert e.notify == {
        "office_head": t("2026-11-20 09:15"),
        "quality_department": t("2026-11-20 10:00"),
    }


def test_no_notification_limits_below_major():
    assert one(received="2026-11-20 09:00", complaint_count=3).notify == {}


# --- approval, groups, numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "level"),
    [
        (None, None),
        (0, None),
        (4999.99, "职能负责人"),
        (5000, "地区公司总经理"),
        (19999, "地区公司总经理"),
        (20000, "集团赔付委员会"),
        (1_000_000, "集团赔付委员会"),
    ],
)
def test_approval_bands(claim, level):
    assert approval_level(claim, RULES) == level


def test_group_size_counts_distinct_units_of_a_matter_and_at_least_the_households():
    records = [
        rec(2, matter="地库渗水", unit="3栋1101"),
        rec(3, matter="地库渗水", unit="3栋 1101"),  # the same unit typed with a space
        rec(4, matter="地库渗水", unit="3栋1102"),
        rec(5, matter="电梯", unit="1栋101", households=6),
        rec(6, unit="2栋202"),
        rec(7),
    ]
    assert group_sizes(records) == {2: 2, 3: 2, 4: 2, 5: 6, 6: 1, 7: None}


def test_ten_units_sharing_a_matter_make_every_one_of_them_major():
    records = [
        rec(r, matter="2026-地库渗水", unit=f"5栋{r:02d}01", received="2026-11-20 09:00")
        for r in range(2, 12)
    ]
    evaluations = evaluate(records, RULES, CALENDAR, NOW)
    assert {e.level for e in evaluations} == {"重大"}
    assert all(e.group_size == 10 for e in evaluations)


def test_empty_numbers_are_filled_uniquely_by_day_of_receipt():
    records = [
        Record(2, {"number": "TS-20261120-001", "received": t("2026-11-20 09:00")}),
        Record(3, {"received": t("2026-11-20 10:00")}),
        Record(4, {"received": t("2026-11-20 11:00")}),
        Record(5, {}),
    ]
    assert assign_numbers(records, RULES, NOW) == {
        2: "TS-20261120-001",
        3: "TS-20261120-002",
        4: "TS-20261120-003",
        5: "TS-20261122-001",
    }


# --- the end of the calendar --------------------------------------------------------------

DATES = ("received", "responded", "replied", "closed", "callback")


@settings(max_examples=400, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2000, 1, 1)),
    unit=st.sampled_from(sorted(LONGEST)),
    data=st.data(),
)
def test_every_limit_counted_from_any_date_ends_inside_the_calendar(start, unit, data):
    """Hours, days, months and working days (and the notification limits, counted the same
    way) never fail, whatever the start: past year 9999 a deadline is its last minute."""
    limit = Limit(data.draw(st.integers(1, LONGEST[unit])), unit)
    counted = deadline_counter(limit, CALENDAR, RULES.closing_time)(start)
    direct = deadline(start, limit, CALENDAR, RULES.closing_time)
    assert counted == direct
    assert start <= counted.at <= max(start, LAST)


@settings(max_examples=60, deadline=None)
@given(
    now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=LAST),
    offsets=st.lists(st.integers(0, 400 * 24 * 60), min_size=len(DATES), max_size=len(DATES)),
    level=st.sampled_from(["一般", "重要", "重大"]),
)
def test_a_register_near_the_end_of_the_calendar_evaluates(now, offsets, level):
    """Every clock, escalation and notification deadline of a complaint whose times are at
    most a day ahead of `now`, with `now` anywhere up to the calendar's last minute."""
    latest = min(now + timedelta(days=1), LAST) if now < LAST else LAST
    times = {
        k: max(datetime(2000, 1, 1), latest - timedelta(minutes=m))
        for k, m in zip(DATES, offsets, strict=True)
    }
    record = Record(
        2, {"number": "TS-1", "level": level, "claim": 50000.0, "validity": "有效", **times}
    )
    (evaluation,) = evaluate([record], RULES, CALENDAR, now)
    assert evaluation.level == "重大" and set(evaluation.notify) == set(RULES.notify)
    assert all(d.at <= LAST for d in evaluation.deadlines.values())
