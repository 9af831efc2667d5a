"""The office's policy as the core reads it: plain frozen data, one type per section of rules.yaml.

sync.policy builds a `Rules` from rules.yaml (checking every value first); the core only reads
one. The `publishing:` and `notifications:` sections ride along as `Rules.publishing` and
`Rules.notifications` for the export, the site and the notifier; the core never looks at them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

Unit = Literal["minutes", "hours", "working_days", "days", "months"]

UNITS: dict[str, str] = {
    "minutes": "分钟",
    "hours": "小时",
    "working_days": "个工作日",
    "days": "天",
    "months": "个月",
}


@dataclass(frozen=True)
class Limit:
    """A time limit such as {hours: 24} or {working_days: 3}."""

    amount: int
    unit: Unit


def format_limit(limit: Limit) -> str:
    """'24 小时', '3 个工作日', '1 个月', '15 分钟'."""
    return f"{limit.amount} {UNITS[limit.unit]}"


@dataclass(frozen=True)
class ApprovalBand:
    level: str
    below: float | None  # None: the open top band


@dataclass(frozen=True)
class Major:
    households: int | None
    claim_amount: float | None
    safety_hazard: bool
    media_or_government: bool
    open_past_close_limit: tuple[str, ...] | None  # the 投诉对象 it applies to; None: off
    important_open_for: Limit | None


@dataclass(frozen=True)
class Important:
    complaint_count: int | None
    communication_count: int | None
    repeat_window: Limit | None = Limit(3, "months")  # 重复投诉 counts within it; None: off


@dataclass(frozen=True)
class Colours:
    overdue: str
    due_soon: str
    major: str
    problem: str
    computed_header: str


# --- publishing: what the public site shows and where the export goes --------------------

AREA_LEVELS = ("楼栋", "项目")
# The site's folders under the project root: mkdocs builds from the first into the second
# (through .public-building); a file written under either is published.
SITE_FOLDERS = ("site", "public")


def _default_staff_roles() -> dict[str, str]:
    return {
        "receiver": "客服中心接待员",
        "follower": "责任部门跟进人",
        "responsible": "责任部门负责人",
    }


@dataclass(frozen=True)
class Publishing:
    title: str = "物业服务中心投诉公告"
    export: str = "build/export/publication.json"  # relative to the project root
    personal: str = "build/private/personal-values.json"  # kept outside the site, mode 0600
    closed_only: bool = True  # publish a notice only once the complaint is closed
    public_default: bool = True  # a blank 公开 counts as 是; 否 never publishes
    min_cell: int = 3  # k: a statistics cell with fewer complaints is suppressed
    area_level: str = "楼栋"  # 楼栋: keep the building (3栋), drop units; 项目: the project only
    area_map: dict[str, str] = field(default_factory=dict)  # exact 楼栋区域 -> published area
    staff_roles: dict[str, str] = field(default_factory=_default_staff_roles)


# --- notifications: who hears of which event, through which channels ---------------------

EVENT_KINDS = ("major", "overdue", "due_soon", "problem", "report")
EVENT_NAMES = {
    "major": "升级为重大",
    "overdue": "时限超期",
    "due_soon": "时限即将到期",
    "problem": "填写有误",
    "report": "每月投诉分析",
}


def default_events() -> dict[str, tuple[str, ...]]:
    """Which roles hear of each event kind when rules.yaml does not say."""
    return {
        "major": ("office_head", "quality_department"),
        "overdue": ("office_head",),
        "due_soon": ("office_head",),
        "problem": ("office_head",),
        "report": ("office_head",),
    }


@dataclass(frozen=True)
class NotifySettings:
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> channel URLs
    events: dict[str, tuple[str, ...]] = field(default_factory=default_events)  # kind -> roles
    validation_problems: bool = False  # also notify new 校验 problems on open complaints

    def roles_for(self, kind: str) -> tuple[str, ...]:
        return self.events.get(kind, ())

    def channels_of(self, role: str) -> tuple[str, ...]:
        return self.targets.get(role, ())


@dataclass(frozen=True)
class Rules:
    timezone: str
    closing_time: time
    number_prefix: str
    response: Limit
    reply: dict[str, Limit]  # by 投诉对象
    close: Limit
    callback: Limit
    notify: dict[str, Limit]  # by role key: office_head, quality_department
    major: Major
    important: Important
    approval: tuple[ApprovalBand, ...]  # ascending; the last has below=None
    roles: dict[str, str]  # role key -> display name
    lists: dict[str, tuple[str, ...]]  # channels, targets, categories, validity, levels, ...
    due_soon: Limit
    colours: Colours
    extra_holidays: frozenset[date]
    extra_workdays: frozenset[date]
    holiday_files: tuple[str, ...]  # resolved absolute paths
    backups_keep: int
    publishing: Publishing = field(default_factory=Publishing)  # the public site (issue 4)
    notifications: NotifySettings = field(default_factory=NotifySettings)  # issue 5
    close_agreed_max: Limit = Limit(3, "months")  # the latest 约定完成时间 after receipt
    callback_max_attempts: int | None = 3  # unanswered callbacks before 未能联系; None: no end
    report_day: int = 5  # from this day of a month, `complaints run` writes last month's report
