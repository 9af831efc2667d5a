"""The register's column contract: which columns exist, who writes them, what they hold.

Columns are found by their header text, in any order. Code refers to a column by its
English key; the header a user sees comes from here (Simplified Chinese by default).
The value lists of enumerated columns live in rules.yaml (`lists:`), so an office can
extend them; `Column.list_key` names the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "datetime", "enum", "int", "money", "bool", "phone", "id"]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Kind
    computed: bool = False
    list_key: str | None = None  # for kind "enum": the rules.yaml list it draws from
    width: int = 12
    explain: str = ""
    future: bool = False  # a datetime that may lie ahead of now (an agreed date)


YES_NO = ("是", "否")

STAFF_COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        "编号",
        "id",
        width=18,
        explain="投诉编号。留空时由同步自动填写，例如 TS-20261122-001，全表唯一。",
    ),
    Column(
        "received",
        "受理时间",
        "datetime",
        width=17,
        explain="接到投诉的日期和时间，所有时限都从这里起算。可写 2026-11-03 14:05、2026/11/3 或 2026年11月3日 14时05分。",
    ),
    Column(
        "channel",
        "渠道",
        "enum",
        list_key="channels",
        width=10,
        explain="受理投诉的渠道。",
    ),
    Column("project", "项目", "text", width=12, explain="小区或项目名称。"),
    Column(
        "area",
        "楼栋区域",
        "text",
        width=12,
        explain="楼栋或区域（如 3栋、北区）。公告只显示区域，不显示房号。",
    ),
    Column("unit", "房号", "text", width=12, explain="投诉人的房号。只在登记表内使用，绝不公开。"),
    Column("complainant", "投诉人", "text", width=10, explain="投诉人姓名。绝不公开。"),
    Column(
        "phone",
        "联系电话",
        "phone",
        width=15,
        explain="手机号（11 位，1 开头）或固定电话（区号-号码）。绝不公开。",
    ),
    Column(
        "target",
        "投诉对象",
        "enum",
        list_key="targets",
        width=14,
        explain="投诉针对谁。决定答复时限。",
    ),
    Column(
        "category",
        "投诉类别",
        "enum",
        list_key="categories",
        width=12,
        explain="投诉原因分类，取值见下拉列表（rules.yaml 中可修改）。",
    ),
    Column(
        "content",
        "投诉内容",
        "text",
        width=36,
        explain="投诉的事项和诉求，向投诉人复述确认后记录。",
    ),
    Column(
        "matter",
        "关联事项",
        "text",
        width=14,
        explain="同一事项的多宗投诉填写相同的关键词（如 2026-地库渗水），用于统计同类户数。",
    ),
    Column("households", "涉及户数", "int", width=9, explain="本宗投诉涉及的户数。"),
    Column(
        "claim",
        "索赔金额",
        "money",
        width=11,
        explain="投诉人提出的索赔金额（元）。可写 5000、20,000 或 2万。用于判断是否重大；审批层级看赔付金额。",
    ),
    Column(
        "safety",
        "安全隐患",
        "enum",
        list_key="yes_no",
        width=9,
        explain="是否存在实际或潜在安全隐患。",
    ),
    Column(
        "media",
        "媒体或政府关注",
        "enum",
        list_key="yes_no",
        width=14,
        explain="是否有媒体曝光、诉讼或政府部门督办。",
    ),
    Column(
        "complaint_count",
        "投诉次数",
        "int",
        width=9,
        explain="同一客户就同一事项投诉的次数。同步另会自动统计重复投诉，两者取较大者。",
    ),
    Column("contact_count", "沟通次数", "int", width=9, explain="与投诉人沟通的轮数。"),
    Column("validity", "是否有效", "enum", list_key="validity", width=9, explain="投诉是否有效。"),
    Column(
        "level",
        "等级",
        "enum",
        list_key="levels",
        width=8,
        explain="人工判定的等级。系统等级不会低于它。",
    ),
    Column("department", "责任部门", "text", width=12, explain="负责处理的部门。"),
    Column("receiver", "接待人", "text", width=10, explain="受理投诉的员工。"),
    Column("follower", "跟进人", "text", width=10, explain="跟进处理的员工。"),
    Column("responsible", "负责人", "text", width=10, explain="对处理结果负责的员工。"),
    Column("responded", "首次响应时间", "datetime", width=17, explain="第一次联系投诉人的时间。"),
    Column("replied", "答复时间", "datetime", width=17, explain="向投诉人答复处理意见的时间。"),
    Column("measures", "处理措施", "text", width=30, explain="采取了哪些措施。"),
    Column("result", "处理结果", "text", width=30, explain="处理的结果。办结时必须填写。"),
    Column(
        "closed", "办结时间", "datetime", width=17, explain="投诉办结的时间，不能早于受理时间。"
    ),
    Column("callback", "回访时间", "datetime", width=17, explain="办结后回访投诉人的时间。"),
    Column(
        "callback_result",
        "回访结果",
        "enum",
        list_key="callback_results",
        width=10,
        explain="回访的结果。不满意或不接受处理时投诉至少为重要，并待重新处理；未联系上不算完成回访。",
    ),
    Column(
        "callback_attempts",
        "回访次数",
        "int",
        width=9,
        explain="已尝试回访的次数（含未联系上的）。",
    ),
    Column(
        "precautions",
        "注意事项",
        "text",
        width=24,
        explain="从本案总结出的、提醒住户的注意事项，可在公告中发布。",
    ),
    Column(
        "publish",
        "公开",
        "enum",
        list_key="yes_no",
        width=7,
        explain="是否在投诉公告中发布（匿名）。",
    ),
    Column("remarks", "备注", "text", width=20, explain="其他说明。"),
    # Optional: a register without these works as before (their features are off).
    Column(
        "agreed_due",
        "约定完成时间",
        "datetime",
        width=17,
        future=True,
        explain="与业主约定的完成时间（约时处理、预计时限）。填写后办结时限以它为准。",
    ),
    Column("agreed_reason", "约定原因", "text", width=20, explain="为什么与业主约定了完成时间。"),
    Column(
        "compensation",
        "赔付金额",
        "money",
        width=11,
        explain="拟定或已商定的补偿、整改金额（元），写法同索赔金额。审批层级按它确定；留空则不定审批层级。",
    ),
    Column(
        "head_informed",
        "主任知悉时间",
        "datetime",
        width=17,
        explain="重大投诉当面或电话报告后，填写报告的时间；complaints run 发出并送达的重大提醒也算已通知。",
    ),
    Column(
        "quality_informed",
        "品质部知悉时间",
        "datetime",
        width=17,
        explain="重大投诉当面或电话报告后，填写报告的时间；complaints run 发出并送达的重大提醒也算已通知。",
    ),
)

COMPUTED_COLUMNS: tuple[Column, ...] = (
    Column(
        "status",
        "状态",
        "text",
        computed=True,
        width=10,
        explain="系统计算：待响应、处理中、已答复、已办结、待回访、已回访、未能联系、回访不满意（待重新处理）。",
    ),
    Column(
        "sys_level",
        "系统等级",
        "text",
        computed=True,
        width=9,
        explain="系统计算的等级，不低于人工等级；升级规则见升级原因。",
    ),
    Column(
        "reason",
        "升级原因",
        "text",
        computed=True,
        width=30,
        explain="系统计算：触发了哪些升级规则。",
    ),
    Column(
        "response_due",
        "响应时限",
        "datetime",
        computed=True,
        width=17,
        explain="首次响应的截止时间。",
    ),
    Column(
        "reply_due",
        "答复时限",
        "datetime",
        computed=True,
        width=17,
        explain="答复的截止时间，按投诉对象计算；按工作日计算的时限附有说明批注。",
    ),
    Column(
        "close_due",
        "办结时限",
        "datetime",
        computed=True,
        width=17,
        explain="有效投诉办结的截止时间。",
    ),
    Column(
        "callback_due",
        "回访时限",
        "datetime",
        computed=True,
        width=17,
        explain="办结后回访的截止时间。",
    ),
    Column(
        "notify_due",
        "通知时限",
        "text",
        computed=True,
        width=30,
        explain="重大投诉通知各角色的截止时间；已知悉的写明知悉时间，超过时限未知悉的在超期列记为通知超期。",
    ),
    Column(
        "overdue",
        "超期",
        "text",
        computed=True,
        width=18,
        explain="当前已超期的时限；“迟办”表示已完成但晚于时限。",
    ),
    Column(
        "approval",
        "审批层级",
        "text",
        computed=True,
        width=14,
        explain="按赔付金额（拟定的补偿或整改金额，不是索赔金额）确定的审批层级。",
    ),
    Column(
        "group_size",
        "同类户数",
        "int",
        computed=True,
        width=9,
        explain="同一关联事项涉及的不同房号数（不少于涉及户数）。",
    ),
    Column(
        "repeat_count",
        "重复投诉",
        "int",
        computed=True,
        width=9,
        explain="系统计算：同一客户（同一联系电话或房号）就同一投诉类别或关联事项在规定期限内的投诉宗数，含本宗；只有一宗时留空。",
    ),
    Column(
        "problems", "校验", "text", computed=True, width=36, explain="本行填写有误的地方和改法。"
    ),
    Column(
        "notified",
        "通知记录",
        "text",
        computed=True,
        width=30,
        explain="系统记录：已发出的提醒（重大、超期、即将到期）及发送时间，同一提醒不会重复发送。",
    ),
)

COLUMNS: tuple[Column, ...] = STAFF_COLUMNS + COMPUTED_COLUMNS
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
BY_HEADER: dict[str, Column] = {c.header: c for c in COLUMNS}

# The staff column where each notified role's knowing of a 重大 complaint is typed.
INFORMED_BY: dict[str, str] = {
    "office_head": "head_informed",
    "quality_department": "quality_informed",
}

# Without these a register cannot be evaluated at all.
# 编号 is not required: a register without it gets the column, numbered, on its first sync.
REQUIRED_KEYS: tuple[str, ...] = ("received",)

SHEET_TITLE = "投诉登记表"
EXPLAIN_SHEET_TITLE = "填写说明"


def column(key: str) -> Column:
    return BY_KEY[key]
