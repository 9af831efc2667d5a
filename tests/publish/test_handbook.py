"""The handbook's placeholders: values from rules.yaml sit in Chinese sentences as typeset."""

from __future__ import annotations

import pytest

from sync.publish.handbook import fill

RULES = {
    "time_limits": {"notify": {"office_head": {"minutes": 15}}, "response": {"hours": 24}},
    "roles": {"office_head": "主任"},
    "escalation": {"major": {"households": 10}},
    "callback": {"max_attempts": 3},
    "notifications": {"events": {"report": ["office_head"]}},
}


@pytest.mark.parametrize(
    ("page", "printed"),
    [
        # Between two Chinese words a written space goes: "15 分钟内", not "15 分钟 内".
        ("{{ time_limits.notify.office_head }} 内报告", "15 分钟内报告"),
        ("受理后 {{ time_limits.response }}。", "受理后 24 小时。"),
        ("在 {{ time_limits.response }}内", "在 24 小时内"),
        ("内报 {{ roles.office_head }} 。", "内报主任。"),
        ("达到 {{ escalation.major.households }} 户", "达到 10 户"),
        ("| {{ time_limits.response }} |", "| 24 小时 |"),
        ("{{ time_limits.response }}", "24 小时"),
    ],
)
def test_a_value_sits_in_its_sentence_without_a_stray_space(page, printed):
    assert fill(page, RULES, "handbook/x.md") == printed


def test_unanswered_callbacks_read_right_with_a_limit_and_without_one():
    page = "{{ callback_unreached }}"
    assert fill(page, RULES, "x") == "尝试达到 3 次仍联系不上的，回访记为“未能联系”（不计为满意）。"
    off = {**RULES, "callback": {"max_attempts": None}}
    text = fill(page, off, "x")
    assert "None" not in text and "不限尝试次数" in text and "待回访" in text


def test_a_disabled_setting_never_prints_none():
    off = {**RULES, "escalation": {"major": {"households": None}}}
    assert fill("达到 {{ escalation.major.households }} 户", off, "x") == "达到（不启用）户"


def test_the_monthly_report_names_its_receivers_by_role():
    assert fill("发给{{ report_receivers }}。", RULES, "x") == "发给主任。"
    nobody = {**RULES, "notifications": {"events": {}}}
    assert "无人" in fill("{{ report_receivers }}", nobody, "x")
