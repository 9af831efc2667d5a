"""The policy in words: one source for the texts `complaints check`, the handbook and the
填写说明 sheet of a new register show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..core.rules import ApprovalBand, Rules, format_limit
from ..core.schema import (
    COLUMNS,
    COMPUTED_COLUMNS,
    INFORMED_BY,
    SHEET_TITLE,
    STAFF_COLUMNS,
    Column,
)


def amount_text(value: float) -> str:
    """5000.0 -> '5000', 5000.5 -> '5000.5'."""
    return str(int(value)) if float(value).is_integer() else str(value)


def approval_spans(
    bands: Iterable[tuple[float | None, str]],
    amount: Callable[[float], str] = amount_text,
    unit: str = " 元",
) -> list[tuple[str, str]]:
    """(amount span, level) of each approval band, lowest first: '5000 元以下',
    '5000 元至 20000 元以下', '20000 元及以上'. `bands` are (below, level), the open top band's
    below None. One source for `complaints check` and the handbook's table (which writes
    amounts as 5,000 and puts 元 in its header)."""
    spans, low = [], None
    for below, level in bands:
        if below is None:
            span = f"{amount(low)}{unit}及以上" if low is not None else "任何金额"
        elif low is None:
            span = f"{amount(below)}{unit}以下"
        else:
            span = f"{amount(low)}{unit}至 {amount(below)}{unit}以下"
        spans.append((span, level))
        low = below
    return spans


def _approval_lines(bands: tuple[ApprovalBand, ...]) -> list[str]:
    return [
        f"  {span}：{level}" for span, level in approval_spans((b.below, b.level) for b in bands)
    ]


def _dates(days: frozenset[date]) -> str:
    return "、".join(d.isoformat() for d in sorted(days)) or "无"


def describe_rules(rules: Rules) -> str:
    """The effective policy as Chinese text, one setting a line, for `complaints check`."""
    major, important = rules.major, rules.important
    lines = [
        f"时区：{rules.timezone}",
        f"下班时间：{rules.closing_time:%H:%M}（按工作日计算的时限截止于此）",
        f"编号前缀：{rules.number_prefix}",
        f"响应时限：{format_limit(rules.response)}",
        *(f"答复时限（{target}）：{format_limit(limit)}" for target, limit in rules.reply.items()),
        f"办结时限：{format_limit(rules.close)}",
        f"约定完成时间：最晚为受理后 {format_limit(rules.close_agreed_max)}，填写后办结时限以它为准",
        f"回访时限：办结后 {format_limit(rules.callback)}",
        f"回访未联系上：{_attempts_text(rules)}",
        *(
            f"重大投诉通知时限（{rules.roles.get(role, role)}）：{format_limit(limit)}"
            for role, limit in rules.notify.items()
        ),
        "升级为重大（满足任一条）：",
    ]
    if major.households is not None:
        lines.append(f"  同类户数达到 {major.households} 户")
    if major.claim_amount is not None:
        lines.append(f"  索赔金额达到 {amount_text(major.claim_amount)} 元")
    if major.safety_hazard:
        lines.append("  存在安全隐患")
    if major.media_or_government:
        lines.append("  媒体曝光或政府关注")
    if major.open_past_close_limit is not None:
        targets = "、".join(major.open_past_close_limit)
        lines.append(f"  有效投诉超过办结时限（或约定完成时间）仍未办结（投诉对象：{targets}）")
    if major.important_open_for is not None:
        lines.append(f"  重要投诉处理超过 {format_limit(major.important_open_for)}仍未办结")
    lines.append("升级为重要（满足任一条）：")
    if important.complaint_count is not None:
        lines.append(f"  投诉次数达到 {important.complaint_count} 次")
        if important.repeat_window is not None:
            lines.append(
                f"    （同步自动统计重复投诉：{format_limit(important.repeat_window)}内同一联系电话"
                "或房号、同一投诉类别或关联事项，与投诉次数列取较大者）"
            )
    if important.communication_count is not None:
        lines.append(f"  沟通次数达到 {important.communication_count} 次")
    lines.append("  回访结果为不满意或不接受处理")
    lines += ["赔付审批层级（按赔付金额）：", *_approval_lines(rules.approval), "下拉列表："]
    for key, values in rules.lists.items():
        headers = "、".join(c.header for c in STAFF_COLUMNS if c.list_key == key) or key
        lines.append(f"  {headers}：{'、'.join(values)}")
    colours = rules.colours
    lines += [
        f"即将到期提醒：到期前 {format_limit(rules.due_soon)}",
        f"颜色：超期 {colours.overdue}，即将到期 {colours.due_soon}，重大 {colours.major}，"
        f"填写有误 {colours.problem}，计算列表头 {colours.computed_header}",
        f"额外休息日：{_dates(rules.extra_holidays)}",
        f"额外上班日：{_dates(rules.extra_workdays)}",
        f"节假日文件：{'、'.join(rules.holiday_files) or '无'}",
        f"备份：每次写入前保留 {rules.backups_keep} 份",
        f"每月投诉分析：每月 {rules.report_day} 日生成上月报表（reports/ 下，内部资料），发给"
        f"{'、'.join(rules.roles.get(r, r) for r in rules.notifications.roles_for('report')) or '（无人）'}",
    ]
    return "\n".join(lines)


# --- the 填写说明 sheet of a new register (both backends) --------------------------------

EXPLANATION_TITLE = "物业投诉登记表 填写说明"
EXPLANATION_HEADERS = ("列名", "由谁填写", "类型与可选值", "说明")
KIND_TEXTS = {
    "text": "文字",
    "datetime": "日期时间，如 2026-11-03 14:05",
    "int": "整数",
    "money": "金额（元），如 5000、20,000 或 2万",
    "phone": "手机号或固定电话",
    "id": "编号，全表唯一",
    "bool": "是或否",
}


def kind_text(col: Column, rules: Rules) -> str:
    """What a column takes, for staff: its list's choices, or its kind in words."""
    if col.list_key in rules.lists:
        return "下拉选择：" + "、".join(rules.lists[col.list_key])
    return KIND_TEXTS.get(col.kind, "文字")


def limits_text(rules: Rules) -> str:
    """The time limits in one sentence, as the 填写说明 sheet states them."""
    replies = "；".join(f"{target} {format_limit(lim)}" for target, lim in rules.reply.items())
    return (
        f"时限：首次响应 {format_limit(rules.response)}；答复按投诉对象：{replies}；"
        f"有效投诉办结 {format_limit(rules.close)}（与业主约定完成时间的，以约定为准，最晚受理后 "
        f"{format_limit(rules.close_agreed_max)}）；办结后回访 {format_limit(rules.callback)}。"
        f"工作日不含法定节假日，含调休上班日，截止于当天 {rules.closing_time:%H:%M}。"
    )


def _attempts_text(rules: Rules) -> str:
    if rules.callback_max_attempts is None:
        return "不算已回访，回访时限继续计算，直到联系上为止"
    return (
        f"不算已回访，回访时限继续计算；尝试 {rules.callback_max_attempts} 次"
        "（回访次数）仍未联系上的，记为未能联系"
    )


def _rule_texts(rules: Rules) -> dict[str, str]:
    """What rules.yaml adds to a column's explanation: its numbers, roles and lists."""
    important, major = rules.important, rules.major
    repeat = (
        f"统计期限为 {format_limit(important.repeat_window)}；"
        if important.repeat_window is not None
        else "本办公室未启用（rules.yaml 中 repeat_window 为 null）；"
    )
    if important.complaint_count is not None:
        repeat += f"达到 {important.complaint_count} 宗时投诉为重要，升级原因列出此前投诉的编号。"
    bands = "；".join(
        f"{span}：{level}"
        for span, level in approval_spans((b.below, b.level) for b in rules.approval)
    )
    notify = "；".join(
        f"{rules.roles.get(role, role)} {format_limit(limit)}"
        for role, limit in rules.notify.items()
    )
    informed = {
        column: f"报告对象：{rules.roles.get(role, role)}；"
        f"时限为 {format_limit(rules.notify[role])}（自受理或升级为重大时起）。"
        for role, column in INFORMED_BY.items()
        if role in rules.notify
    }
    texts = {
        **informed,
        "repeat_count": repeat,
        "target": "答复时限："
        + "；".join(f"{target} {format_limit(lim)}" for target, lim in rules.reply.items())
        + "。",
        "callback_attempts": f"未联系上：{_attempts_text(rules)}。",
        "agreed_due": f"最晚为受理后 {format_limit(rules.close_agreed_max)}，晚于此会在校验列提示。",
        "compensation": f"审批层级：{bands}。",
        "approval": f"{bands}。",
        "notify_due": f"通知时限（自受理或升级为重大时起）：{notify}。",
    }
    if major.claim_amount is not None:
        texts["claim"] = f"达到 {amount_text(major.claim_amount)} 元为重大。"
    if major.open_past_close_limit is not None:
        targets = "、".join(major.open_past_close_limit)
        texts["close_due"] = f"投诉对象为{targets}的有效投诉超过此时限仍未办结即为重大。"
    return texts


def column_note(col: Column, rules: Rules, extra: dict[str, str] | None = None) -> str:
    """How to fill a column: the schema's words, then the numbers, roles and lists rules.yaml
    gives it. The header's note in a new register and its row in 填写说明 both say this."""
    return col.explain + (_rule_texts(rules) if extra is None else extra).get(col.key, "")


def explanation_rows(rules: Rules) -> list[tuple[str, str, str, str]]:
    """The 填写说明 table: each column's header, who fills it, what it takes, how to fill it.
    One function for both backends' sheets; the numbers come from rules.yaml."""
    extra = _rule_texts(rules)
    return [
        (
            col.header,
            "系统" if col.computed else "员工",
            kind_text(col, rules),
            column_note(col, rules, extra),
        )
        for col in COLUMNS
    ]


def explanation_intro(rules: Rules, google: bool) -> list[str]:
    """The 填写说明 sheet's title and paragraphs above its table, for both backends: only
    how the computed columns are protected differs between an .xlsx file and Google Sheets."""
    important = rules.important
    repeat = "重复投诉（同一联系电话或房号就同一投诉类别或关联事项的投诉宗数"
    if important.repeat_window is not None:
        repeat += f"，统计 {format_limit(important.repeat_window)}内"
    if important.complaint_count is not None:
        repeat += f"，达到 {important.complaint_count} 宗为重要"
    repeat += "）"
    first = COMPUTED_COLUMNS[0].header
    if google:
        protection = (
            f"「{SHEET_TITLE}」中员工填写白色表头的列；表头有底色的列（从「{first}」起）由同步程序"
            "计算并回写，已设为受保护范围：手工修改时会弹出警告，修改的内容也会在下次同步时被重新计算覆盖。"
        )
        command = "complaints sync --google"
    else:
        protection = (
            f"「{SHEET_TITLE}」中由员工填写的列表头为白色；从「{first}」起、表头有底色的列"
            "由同步程序计算并回写，已锁定，请勿手工修改。"
        )
        command = "complaints sync"
    lines = [
        EXPLANATION_TITLE,
        protection,
        f"同步（{command}）定时读取每一行：检查填写是否有误并写在「校验」列，按 rules.yaml "
        f"计算时限、状态、系统等级、审批层级、同类户数和{repeat}，并把超期、即将到期、重大投诉和"
        "填写错误标上颜色。编号留空时自动填写；员工填写的内容同步从不改动。",
        limits_text(rules),
    ]
    if not google:
        lines.append(
            "工作表已保护，但没有密码：需要改表头或加列时，点 审阅 → 撤销工作表保护，改完再保护工作表。"
            "受保护时可以筛选；排序若提示单元格受保护，请先撤销保护再排序，系统列会在下次同步时重算。"
        )
    lines.append(
        "下拉列表的选项在 rules.yaml 的 lists 中设置；选了列表以外的值时，表格只提示，同步会在「校验」列说明。"
        if google
        else "下拉列表的选项在 rules.yaml 的 lists 中设置。"
    )
    return lines
