"""The procedure's steps the register tracks (issue 17): repeat and dissatisfied complaints,
callbacks that reached someone, major-complaint reporting, agreed dates, the one-month rule's
scope, approval by the compensation, and reminders that name the complaint. Each case names
the procedure and clause it comes from (seeds in ../shared/seeds, summarized in DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from sync.core.evaluate import evaluate
from sync.core.model import Record
from sync.core.plan import computed_cells, overdue_text
from sync.core.rules import Limit
from sync.core.workdays import WorkCalendar
from sync.policy.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(str(ROOT / "rules.yaml"))
CALENDAR = WorkCalendar.from_rules(RULES, holiday_days={}, file_years=frozenset())
NOW = datetime(2026, 11, 22, 10, 0)
TIMES = {
    "received",
    "responded",
    "replied",
    "closed",
    "callback",
    "agreed_due",
    "head_informed",
    "quality_informed",
}


def t(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def rec(row: int = 2, **values: object) -> Record:
    values.setdefault("number", f"TS-{row:03d}")
    for key in TIMES & values.keys():
        if isinstance(values[key], str):
            values[key] = t(str(values[key]))
    return Record(row=row, values=values)  # type: ignore[arg-type]


def run(*records: Record, now: datetime = NOW, rules=RULES, notified=None):
    return evaluate(list(records), rules, CALENDAR, now, notified)


def one(now: datetime = NOW, rules=RULES, **values: object):
    return run(rec(**values), now=now, rules=rules)[0]


# --- 1. repeat complaints are found, not typed (001 §2.1: the same customer complaining ----
# about the same service two or more times is 重要) --------------------------------------

CUSTOMER = {"phone": "13800138000", "unit": "3栋1201", "project": "锦绣花园"}


@pytest.mark.parametrize(
    ("second", "count"),
    [
        # Same phone, same category, within three months: a repeat.
        ({"phone": "13800138000", "category": "服务态度"}, 2),
        # Same unit of the same project, another phone, same 关联事项.
        ({"unit": "3栋 1201", "project": "锦绣花园", "matter": "地库渗水"}, 2),
        # A second number in the cell still identifies the customer.
        ({"phone": "0755-12345678、13800138000", "category": "服务态度"}, 2),
        # The same unit number in another project is another customer.
        ({"unit": "3栋1201", "project": "碧水湾", "category": "服务态度"}, None),
        # Same customer, another category and matter: not the same service.
        ({"phone": "13800138000", "category": "管理费用"}, None),
    ],
)
def test_repeat_complaints_are_found_by_phone_or_unit_on_category_or_matter(second, count):
    first = rec(2, received="2026-10-01 09:00", category="服务态度", matter="地库渗水", **CUSTOMER)
    later = rec(3, received="2026-11-20 09:00", **second)
    e1, e2 = run(first, later)
    assert e1.repeat_count is None  # the first complaint is no repeat
    assert e2.repeat_count == count
    if count:
        assert e2.level == "重要"
        assert e2.repeat_of == ("TS-002",)
        assert any("重复投诉" in r and "TS-002" in r for r in e2.reasons), e2.reasons
    else:
        assert e2.level == "一般"


def test_a_repeat_counts_within_the_window_only():
    # 3 months from 2026-08-20 09:00 ends 2026-11-20 09:00: a minute later is outside.
    first = rec(2, received="2026-08-20 09:00", category="服务态度", phone="13800138000")
    inside = rec(3, received="2026-11-20 09:00", category="服务态度", phone="13800138000")
    outside = rec(4, received="2026-11-20 09:01", category="服务态度", phone="13800138000")
    assert run(first, inside)[1].repeat_count == 2
    assert run(first, outside)[1].repeat_count is None


def test_repeat_count_includes_every_earlier_complaint_once():
    rows = [
        rec(r, received=f"2026-11-{10 + r} 09:00", category="服务时效", **CUSTOMER)
        for r in (2, 3, 4)
    ]
    # Row 5 matches by phone and by unit: each earlier complaint counts once.
    evaluations = run(*rows)
    assert [e.repeat_count for e in evaluations] == [None, 2, 3]
    assert evaluations[2].repeat_of == ("TS-002", "TS-003")


def test_a_typed_complaint_count_still_counts_the_larger_wins():
    first = rec(2, received="2026-11-01 09:00", category="服务态度", phone="13800138000")
    typed = rec(3, received="2026-11-20 09:00", category="服务态度", phone="13800138000")
    typed = replace(typed, values={**typed.values, "complaint_count": 4})
    e = run(first, typed)[1]
    assert e.repeat_count == 2
    assert e.level == "重要"
    assert any("投诉次数 4 次" in r for r in e.reasons), e.reasons


def test_repeat_detection_switched_off_in_rules():
    rules = replace(RULES, important=replace(RULES.important, repeat_window=None))
    first = rec(2, received="2026-11-01 09:00", category="服务态度", phone="13800138000")
    later = rec(3, received="2026-11-20 09:00", category="服务态度", phone="13800138000")
    e = run(first, later, rules=rules)[1]
    assert (e.repeat_count, e.level) == (None, "一般")


def test_repeat_count_is_written_to_its_computed_column():
    first = rec(2, received="2026-11-01 09:00", category="服务态度", phone="13800138000")
    later = rec(3, received="2026-11-20 09:00", category="服务态度", phone="13800138000")
    e1, e2 = run(first, later)
    assert computed_cells(e2, RULES)["repeat_count"][0] == 2
    assert computed_cells(e1, RULES)["repeat_count"][0] is None


# --- 2. dissatisfaction escalates (001 §2.1 重要; 002 §(三)4: the callback confirms the -----
# customer is really satisfied) -----------------------------------------------------------

CLOSED = {
    "received": "2026-11-10 09:00",
    "responded": "2026-11-10 09:30",
    "closed": "2026-11-12 09:00",
    "result": "已修复",
    "callback": "2026-11-13 10:00",
}


@pytest.mark.parametrize(
    ("result", "status", "level", "reason"),
    [
        ("满意", "已回访", "一般", None),
        ("基本满意", "已回访", "一般", None),
        ("不满意", "回访不满意，待重新处理", "重要", "回访不满意"),
        # A compensation the customer rejected does the same.
        ("不接受处理", "回访不满意，待重新处理", "重要", "不接受处理"),
    ],
)
def test_a_dissatisfied_callback_reopens_the_complaint_as_important(result, status, level, reason):
    e = one(callback_result=result, **CLOSED)
    assert (e.status, e.level) == (status, level)
    if reason:
        assert any(reason in r for r in e.reasons), e.reasons


def test_dissatisfaction_never_lowers_a_major_complaint():
    assert one(callback_result="不满意", level="重大", **CLOSED).level == "重大"


# --- 3. a callback that reached nobody is not a callback (001 §3: callback within 7 working
# days of closing; 000 art. 2 §3.4.4: every complaint gets one) --------------------------


def test_an_unanswered_callback_leaves_the_clock_open_until_it_runs_out():
    # Closed Thursday 11-12: the 7th working day after is Monday 11-23, 18:00.
    values = {**CLOSED, "callback_result": "未联系上", "callback_attempts": 1}
    before = one(now=t("2026-11-22 10:00"), **values)
    after = one(now=t("2026-11-23 18:01"), **values)
    assert before.status == "待回访"
    assert "callback" not in before.done
    assert before.overdue == ()
    assert after.overdue == ("callback",)
    assert overdue_text(after) == "回访超期"


def test_an_unanswered_callback_is_not_on_time_in_the_statistics():
    from sync.publish.export import clock_outcomes

    r = rec(**CLOSED, callback_result="未联系上")
    e = run(r, now=t("2026-11-24 09:00"))[0]
    assert clock_outcomes(r, e)["callback"] == "overdue"
    answered = rec(**CLOSED, callback_result="满意")
    assert clock_outcomes(answered, run(answered)[0])["callback"] == "on_time"


@pytest.mark.parametrize(
    ("attempts", "status", "done"),
    [
        (None, "待回访", False),  # an empty 回访次数 is one attempt
        (2, "待回访", False),
        (3, "未能联系", True),  # callback.max_attempts: the clock closes as 未能联系
        (5, "未能联系", True),
    ],
)
def test_after_the_last_attempt_the_callback_closes_as_unreachable(attempts, status, done):
    values = {**CLOSED, "callback_result": "未联系上"}
    if attempts is not None:
        values["callback_attempts"] = attempts
    e = one(now=t("2026-11-24 09:00"), **values)
    assert e.status == status
    assert ("callback" in e.done) is done
    assert ("callback" in e.overdue) is not done


def test_without_an_attempt_limit_the_callback_waits_for_an_answer():
    rules = replace(RULES, callback_max_attempts=None)
    e = one(rules=rules, callback_result="未联系上", callback_attempts=9, **CLOSED)
    assert e.status == "待回访"


# --- 4. major-complaint reporting is a tracked clock (000 功略六.5: office head within 15 ----
# minutes, company quality department within 1 hour) -------------------------------------

MAJOR = {"received": "2026-11-22 08:00", "safety": True}


def test_major_complaint_not_reported_in_time_is_overdue_and_red():
    e = one(now=t("2026-11-22 08:20"), **MAJOR)
    assert "notify" in e.overdue
    assert "通知超期" in overdue_text(e)
    cells = computed_cells(e, RULES)
    assert cells["status"][1] == RULES.colours.overdue


def test_reporting_typed_in_time_meets_the_limits():
    e = one(
        now=t("2026-11-22 10:00"),
        head_informed="2026-11-22 08:10",
        quality_informed="2026-11-22 08:50",
        **MAJOR,
    )
    assert "notify" not in e.overdue and "notify" not in e.late
    assert e.notify_met == {
        "office_head": t("2026-11-22 08:10"),
        "quality_department": t("2026-11-22 08:50"),
    }
    assert "已知悉 2026-11-22 08:10" in computed_cells(e, RULES)["notify_due"][0]


def test_reporting_after_the_limit_is_late():
    e = one(
        now=t("2026-11-22 10:00"),
        head_informed="2026-11-22 08:30",  # 15 minutes after it was past
        quality_informed="2026-11-22 08:50",
        **MAJOR,
    )
    assert "notify" in e.late
    assert "通知迟办" in overdue_text(e)


def test_one_role_not_told_keeps_the_clock_open():
    e = one(now=t("2026-11-22 10:00"), head_informed="2026-11-22 08:05", **MAJOR)
    assert "notify" in e.overdue
    assert set(e.notify_met) == {"office_head"}


def test_a_notification_recorded_by_run_meets_the_limit_of_the_roles_it_reached():
    notified = {2: "重大 2026-11-22 08:03（未送达：品质部）"}
    e = run(rec(**MAJOR), now=t("2026-11-22 10:00"), notified=notified)[0]
    assert e.notify_met == {"office_head": t("2026-11-22 08:03")}
    assert "notify" in e.overdue  # the quality department never heard
    reached = run(rec(**MAJOR), now=t("2026-11-22 10:00"), notified={2: "重大 2026-11-22 08:03"})
    assert reached[0].overdue == ()


def test_the_limit_runs_from_when_the_complaint_became_major():
    # 004 §3.1.2 c: a valid complaint against the office open past one month becomes 重大
    # at 2026-11-22 09:00; the office head must know by 09:15.
    base = {"received": "2026-10-22 09:00", "validity": "有效", "target": "管理处"}
    base["responded"] = base["received"]
    assert "notify" not in one(now=t("2026-11-22 09:10"), **base).overdue
    assert "notify" in one(now=t("2026-11-22 09:16"), **base).overdue


# --- 5. agreed dates (000 功略五 及时原则: 约时处理; 002 §(二): tell the customer the ----------
# expected time) --------------------------------------------------------------------------


def test_the_close_clock_runs_to_the_agreed_time():
    e = one(
        received="2026-10-01 09:00",
        validity="有效",
        target="管理处",
        agreed_due="2026-12-15 18:00",
        agreed_reason="需等待厂家配件",
    )
    assert e.deadlines["close"].at == t("2026-12-15 18:00")
    assert e.agreed
    assert e.level == "一般"  # not 重大 after one month: the agreed date replaces it
    assert e.overdue == ("response", "reply")


def test_open_past_the_agreed_time_is_major_for_a_valid_complaint_against_the_office():
    e = one(
        now=t("2026-11-22 10:00"),
        received="2026-10-01 09:00",
        responded="2026-10-01 10:00",
        validity="有效",
        target="管理处",
        agreed_due="2026-11-20 18:00",
    )
    assert "close" in e.overdue
    assert e.level == "重大"
    assert any("约定完成时间" in r for r in e.reasons), e.reasons


@pytest.mark.parametrize(
    ("agreed", "message"),
    [
        # time_limits.close_agreed_max: at most 3 months after receipt.
        ("2027-01-02 09:01", "晚于受理后允许约定的最晚时间（2027-01-01 09:00）"),
        ("2026-09-30 09:00", "早于受理时间"),
    ],
)
def test_an_agreed_time_out_of_bounds_is_a_problem_and_not_used(agreed, message):
    e = one(received="2026-10-01 09:00", validity="有效", agreed_due=agreed)
    assert e.deadlines["close"].at == t("2026-11-01 09:00")
    assert not e.agreed
    assert [p.key for p in e.problems] == ["agreed_due"]
    assert message in e.problems[0].message


def test_the_agreed_limit_comes_from_the_rules():
    rules = replace(RULES, close_agreed_max=Limit(6, "months"))
    e = one(rules=rules, received="2026-10-01 09:00", agreed_due="2027-03-01 09:00")
    assert e.agreed and not e.problems


# --- 6. the one-month rule applies where the seeds apply it (004 §3.1.1 a, §3.1.2 c) -------


@pytest.mark.parametrize(
    ("target", "level"),
    [("管理处", "重大"), ("开发商", "一般"), ("政府及公共事业", "一般"), ("业户之间", "一般")],
)
def test_only_a_valid_complaint_about_the_office_is_major_by_age(target, level):
    e = one(
        received="2026-10-01 09:00", responded="2026-10-01 10:00", validity="有效", target=target
    )
    assert e.level == level


def test_the_targets_of_the_one_month_rule_come_from_the_rules():
    rules = replace(RULES, major=replace(RULES.major, open_past_close_limit=("开发商",)))
    e = one(rules=rules, received="2026-10-01 09:00", validity="有效", target="开发商")
    assert e.level == "重大"


# --- 7. approval follows the compensation, not the claim (001 §3 赔付审批, §4.1) ---------------


@pytest.mark.parametrize(
    ("values", "approval", "level"),
    [
        # A large claim, a small compensation: 重大 by the claim, approved by the project.
        ({"claim": 50000.0, "compensation": 3000.0}, "职能负责人", "重大"),
        ({"claim": 8000.0, "compensation": 20000.0}, "集团赔付委员会", "一般"),
        ({"compensation": 5000.0}, "地区公司总经理", "一般"),
        # No compensation proposed yet: no approval level, whatever the claim.
        ({"claim": 50000.0}, None, "重大"),
    ],
)
def test_approval_by_the_compensation_and_major_by_the_claim(values, approval, level):
    e = one(received="2026-11-20 09:00", **values)
    assert (e.approval, e.level) == (approval, level)


def test_a_register_without_the_informed_columns_does_not_track_reporting():
    # The columns are optional: a register made before them works as before.
    columns = {"number", "received", "safety", "notified"}
    e = evaluate([rec(**MAJOR)], RULES, CALENDAR, t("2026-11-22 10:00"), None, columns)[0]
    assert e.level == "重大" and e.notify and "notify" not in e.overdue
    tracked = evaluate(
        [rec(**MAJOR)], RULES, CALENDAR, t("2026-11-22 10:00"), None, columns | {"head_informed"}
    )[0]
    assert "notify" in tracked.overdue
