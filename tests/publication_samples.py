"""A small register's worth of records and evaluations for the export and site tests.

Built directly as plain dataclasses, so these tests do not depend on parsing or evaluation.
The free texts carry the personal details a real register holds.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sync.core.model import Deadline, Evaluation, Record
from sync.core.rules import Rules
from sync.policy.rules import load_rules

NOW = datetime(2026, 11, 20, 9, 0)

NAMES = ["张伟", "李秀英", "王建国", "刘芳", "陈静", "杨帆", "赵磊", "黄丽"]
UNITS = ["3栋2单元1102室", "5-1-302", "7栋801", "2栋1单元502室", "9-2-1201", "1栋303"]
PHONES = ["13800138000", "13912345678", "0755-87654321", "15087654321"]
CATEGORIES = ["设备设施", "服务态度", "相邻关系", "服务质量", "管理费用", "房屋质量"]
CHANNELS = ["来电", "来访", "网络", "来函"]
TARGETS = ["管理处", "业户之间", "开发商", "管理处"]
MATTERS = [
    "地下车库积水，车辆无法进出，业主{name}（电话{phone}）要求尽快抽水",
    "{unit}楼上装修噪音扰民，晚上十点后仍在施工，{name}先生多次反映",
    "电梯频繁停运，{name}阿姨被困二十分钟，身份证11010119900307123X已登记",
    "保洁人员态度生硬，{name}女士投诉，联系 {phone}",
    "管理费账单与合同不符，业主要求退还多收部分，车牌粤B12345的车位费重复收取",
    "外墙渗水导致墙面发霉，住户{name}要求开发商维修，邮箱 owner88@example.com",
]


def sample_rules() -> Rules:
    """The project's own rules.yaml (its defaults are what the procedures say)."""
    return load_rules(Path(__file__).resolve().parent.parent / "rules.yaml")


def sample(i: int) -> tuple[Record, Evaluation]:
    """Complaint i: spread over the last 12 months, most closed, some late, some major."""
    received = NOW - timedelta(days=9 * i + 2, hours=i % 7)
    name, unit, phone = NAMES[i % len(NAMES)], UNITS[i % len(UNITS)], PHONES[i % len(PHONES)]
    closed = received + timedelta(hours=20 + 13 * (i % 5)) if i % 6 != 1 else None
    values: dict[str, object] = {
        "number": f"TS-{received:%Y%m%d}-{i:03d}",
        "received": received,
        "channel": CHANNELS[i % len(CHANNELS)],
        "project": "滨江花园",
        "area": unit.split("单元")[0] if "栋" in unit else "北区",
        "unit": unit,
        "complainant": name,
        "phone": phone,
        "target": TARGETS[i % len(TARGETS)],
        "category": CATEGORIES[i % len(CATEGORIES)],
        "content": MATTERS[i % len(MATTERS)].format(name=name, unit=unit, phone=phone),
        "measures": f"工程部到场查看，{name}在场确认，已联系{phone}",
        "result": "已修复，业主确认" if closed else "",
        "precautions": "雨季请留意车库排水沟，发现积水及时致电客服中心",
        "receiver": "周敏",
        "follower": "吴刚",
        "responsible": "郑经理",
        "department": "工程部",
        "responded": received + timedelta(hours=2),
        "publish": "否" if i % 9 == 4 else None,
    }
    if closed:
        values["closed"] = closed
        values["replied"] = closed
        values["callback"] = closed + timedelta(days=2)
        values["callback_result"] = ["满意", "基本满意", "不满意", "满意"][i % 4]
    late = ("reply",) if i % 5 == 3 else ()
    evaluation = Evaluation(
        row=i + 2,
        number=str(values["number"]),
        status="已回访" if closed else "处理中",
        level="重大" if i % 8 == 2 else ("重要" if i % 5 == 0 else "一般"),
        reasons=("同类户数 12 ≥ 10",) if i % 8 == 2 else (),
        deadlines={
            clock: Deadline(received + timedelta(hours=24 * (n + 1)))
            for n, clock in enumerate(("response", "reply", "close", "callback"))
        },
        notify={},
        overdue=() if closed else ("close",),
        late=late,
        due_soon=(),
        approval=None,
        group_size=1,
        done=("response", "reply", "close", "callback") if closed else ("response",),
    )
    return Record(row=i + 2, values=values), evaluation


def sample_register(n: int = 40) -> tuple[list[Record], list[Evaluation]]:
    pairs = [sample(i) for i in range(n)]
    return [p[0] for p in pairs], [p[1] for p in pairs]
