"""Notifications, pure part: which events are due, the 通知记录 text, digests, and the rules."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from sync.api import load_policy
from sync.core.evaluate import evaluate
from sync.core.model import Record
from sync.core.rules import NotifySettings
from sync.notify.events import (
    Sent,
    digest_text,
    digests,
    due_events,
    format_record,
    parse_record,
    record_after,
)
from sync.policy.rules import RulesError, load_rules

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10, 0)
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")


def record(**values) -> Record:
    base = {"number": "TS-1", "received": datetime(2026, 11, 22, 9, 50), "target": "管理处",
            "area": "3栋2单元", "unit": "3-2-501", "complainant": "张建国", "validity": "有效"}  # fmt: skip
    return Record(2, {**base, **values})


def labels(rec: Record, recorded: str | None = None, **settings) -> list[tuple[str, tuple]]:
    rules = dataclasses.replace(RULES, notifications=NotifySettings(**settings))
    evaluations = evaluate([rec], rules, CALENDAR, NOW)
    return [(e.label, e.roles) for e in due_events([rec], evaluations, {2: recorded}, rules)]


MAJOR = ("重大", ("office_head", "quality_department"))
RESPONSE_SOON = ("响应将到期", ("office_head",))
REPLY_SOON = ("答复将到期", ("office_head",))


@pytest.mark.parametrize(
    ("case", "values", "recorded", "expected"),
    [
        ("a new ordinary complaint: its clocks are due soon", {}, None, [RESPONSE_SOON, REPLY_SOON]),
        ("a safety hazard makes it 重大", {"safety": True}, None, [MAJOR, RESPONSE_SOON, REPLY_SOON]),
        ("already told of everything", {"safety": True}, "重大 2026-11-22 09:55；响应将到期 2026-11-22 09:55；答复将到期 2026-11-22 09:55", []),
        ("the quality department was not reached", {"safety": True},
         "重大 2026-11-22 09:55（未送达：品质部）；响应将到期 2026-11-22 09:55；答复将到期 2026-11-22 09:55",
         [("重大", ("quality_department",))]),
        ("a closed major complaint is history, not news", {"safety": True, "closed": datetime(2026, 11, 22, 9, 58)}, None, []),
        ("overdue clocks, once each", {"received": datetime(2026, 11, 20, 9, 0)}, None,
         [("响应超期", ("office_head",)), ("答复超期", ("office_head",))]),
        ("someone's own notes in the cell do not count as sent", {}, "已电话通知主任", [RESPONSE_SOON, REPLY_SOON]),
    ],
)  # fmt: skip
def test_due_events(case, values, recorded, expected):
    assert labels(record(**values), recorded) == expected, case


def test_validation_problems_only_when_switched_on_and_only_for_open_complaints():
    from sync.core.model import Problem

    bad = Record(2, record().values, (Problem(2, "phone", "电话号码位数不对"),))
    assert "校验-联系电话" not in dict(labels(bad))
    assert dict(labels(bad, validation_problems=True))["校验-联系电话"] == ("office_head",)
    closed = Record(2, {**bad.values, "closed": datetime(2026, 11, 22, 9, 58)}, bad.problems)
    assert "校验-联系电话" not in dict(labels(closed, validation_problems=True))


def test_messages_name_number_building_and_department_never_the_resident():
    rec = record(safety=True, department="工程部", category="设备设施", phone="13800138000")
    evaluations = evaluate([rec], RULES, CALENDAR, NOW)
    events = due_events([rec], evaluations, {}, RULES)
    text = digest_text(events, NOW)
    assert text.splitlines()[:5] == [
        "投诉登记表提醒 2026-11-22 10:00，共 3 项：",
        "1. TS-1【重大】3栋 设备设施",
        "   原因：存在安全隐患 → 重大",
        "   通知时限：主任（2026-11-22 10:05 前）、品质部（2026-11-22 10:50 前）知悉",
        "   处理：请主任、品质部知悉，工程部立即指定专人跟进并书面报告调查结果",
    ]
    for personal in ("2单元", "501", "张建国", "13800138000"):
        assert personal not in text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "重大 2026-11-22 10:03",
        "重大 2026-11-22 10:03；答复超期 2026-11-23 09:00",
        "重大 2026-11-22 10:03（未送达：品质部、主任）；回访将到期 2026-11-30 18:00",
    ],
)
def test_the_record_reads_back_what_it_wrote(text):
    assert format_record(parse_record(text).values()) == text


@pytest.mark.parametrize(
    ("before", "outcome", "after"),
    [
        (None, {"重大": (("office_head", "quality_department"), ())}, "重大 2026-11-22 10:00"),
        (None, {"重大": ((), ("office_head",))}, ""),  # nobody reached: retried in full
        (None, {"重大": (("office_head",), ("quality_department",))}, "重大 2026-11-22 10:00（未送达：品质部）"),
        ("重大 2026-11-22 09:00（未送达：品质部）", {"重大": (("quality_department",), ())}, "重大 2026-11-22 09:00"),
        ("重大 2026-11-22 09:00", {"答复超期": (("office_head",), ())}, "重大 2026-11-22 09:00；答复超期 2026-11-22 10:00"),
    ],
)  # fmt: skip
def test_record_after_a_run(before, outcome, after):
    assert record_after(before, outcome, NOW, RULES) == after


def test_digests_keep_whole_events_within_the_byte_limit():
    rec = [record(received=datetime(2026, 11, 20, 9, 0), number=f"TS-{i}") for i in range(40)]
    rec = [Record(i + 2, r.values) for i, r in enumerate(rec)]
    events = due_events(rec, evaluate(rec, RULES, CALENDAR, NOW), {}, RULES)
    parts = digests(events, 2048)
    assert len(parts) > 1
    assert [e for part in parts for e in part] == events
    for i, part in enumerate(parts, 1):
        assert len(digest_text(part, NOW, i, len(parts)).encode()) <= 2048


def test_sent_entries_are_plain_data():
    assert parse_record("重大 2026-11-22 10:03") == {
        "重大": Sent("重大", datetime(2026, 11, 22, 10, 3))
    }


def test_rules_name_unknown_roles_and_literal_secrets_with_their_line(tmp_path):
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  targets: {}",
        '  targets:\n    engineer: ["wecomrobot://{env:K}"]\n    office_head: ["wecomrobot://abc123"]',
    )
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as failure:
        load_rules(path)
    problems = "\n".join(failure.value.problems)
    assert "notifications.targets.engineer：角色“engineer”在 roles 中没有名称" in problems
    assert "notifications.targets.office_head：机器人密钥不能直接写在规则文件里" in problems
    assert all(p.startswith("rules.yaml:") for p in failure.value.problems)


def _texts(rec: Record, now: datetime, recorded: dict[int, object] | None = None) -> list[str]:
    evaluations = evaluate([rec], RULES, CALENDAR, now, recorded)
    return digest_text(due_events([rec], evaluations, recorded or {}, RULES), now).splitlines()


def test_every_item_starts_with_its_number_and_says_who_acts_by_when():
    # Issue 17 item 8: a reminder names the complaint first.
    lines = _texts(record(department="工程部"), NOW)
    items = [line for line in lines[1:] if not line.startswith("   ")]
    assert items and all(line.split(". ", 1)[1].startswith("TS-1【") for line in items), items
    assert "   处理：请工程部在 2026-11-23 09:50 前首次响应" in lines


def test_a_major_complaint_reported_late_is_a_notify_overdue_reminder():
    # 000 功略六.5: the office head within 15 minutes; the run reached only the office head.
    rec = record(safety=True, department="工程部")
    lines = _texts(
        rec, datetime(2026, 11, 22, 11, 0), {2: "重大 2026-11-22 09:55（未送达：品质部）"}
    )
    assert "2. TS-1【通知超期】3栋" in lines  # after the 重大 notice still owed to 品质部
    assert "   时限：2026-11-22 10:50（已过）" in lines
    assert "   处理：请接待人立即报告品质部，并在登记表中填写知悉时间" in lines


def test_an_agreed_date_is_named_in_the_close_reminder():
    # 000 功略五 及时原则 约时处理: the office keeps the date it agreed with the owner.
    rec = record(
        received=datetime(2026, 10, 1, 9, 0),
        responded=datetime(2026, 10, 1, 9, 30),
        replied=datetime(2026, 10, 1, 10, 0),
        agreed_due=datetime(2026, 11, 20, 18, 0),
        department="工程部",
    )
    lines = _texts(rec, NOW)
    assert "   时限：与业主约定于 2026-11-20 18:00（已过）" in lines
    assert "   处理：请工程部立即按与业主的约定完成" in lines
