"""rules.yaml: the shipped defaults, and every kind of mistake reported with its line."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

import pytest

from sync.core.rules import ApprovalBand, Limit, format_limit
from sync.core.schema import COLUMNS
from sync.policy.describe import column_note, describe_rules
from sync.policy.rules import RulesError, load_rules

SHIPPED = Path(__file__).resolve().parents[2] / "rules.yaml"
TEXT = SHIPPED.read_text(encoding="utf-8")


def edited(old: str, new: str, text: str = TEXT) -> str:
    assert text.count(old) == 1, f"the shipped rules.yaml no longer contains {old!r} once"
    return text.replace(old, new)


def line_of(text: str, marker: str) -> int:
    """1-based line of the first line containing `marker`, so the table survives comment edits."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    return caught.value.problems


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_rules_give_the_design_defaults():
    rules = load_rules(SHIPPED)
    assert rules.timezone == "Asia/Shanghai"
    assert rules.closing_time == time(18, 0)
    assert rules.number_prefix == "TS"
    assert rules.response == Limit(24, "hours")
    assert rules.reply == {
        "管理处": Limit(24, "hours"),
        "业户之间": Limit(3, "working_days"),
        "开发商": Limit(7, "working_days"),
        "政府及公共事业": Limit(7, "working_days"),
    }
    assert rules.close == Limit(1, "months")
    assert rules.callback == Limit(7, "working_days")
    assert rules.notify == {
        "office_head": Limit(15, "minutes"),
        "quality_department": Limit(1, "hours"),
    }
    assert rules.major.households == 10
    assert rules.major.claim_amount == 20000
    assert rules.major.safety_hazard and rules.major.media_or_government
    assert rules.major.open_past_close_limit == ("管理处",)  # 004 §3.1.2 c: A类 only
    assert rules.major.important_open_for == Limit(3, "months")
    assert rules.important.complaint_count == 2
    assert rules.important.communication_count == 3
    assert rules.important.repeat_window == Limit(3, "months")
    assert rules.close_agreed_max == Limit(3, "months")
    assert rules.callback_max_attempts == 3
    assert "不接受处理" in rules.lists["callback_results"]
    assert rules.approval == (
        ApprovalBand("职能负责人", 5000),
        ApprovalBand("地区公司总经理", 20000),
        ApprovalBand("集团赔付委员会", None),
    )
    assert rules.roles == {"office_head": "主任", "quality_department": "品质部"}
    assert rules.lists["targets"] == ("管理处", "业户之间", "开发商", "政府及公共事业")
    assert rules.lists["channels"] == ("来电", "来访", "来函", "网络", "委托转告", "其他")
    assert rules.lists["yes_no"] == ("是", "否")
    assert set(rules.lists) == {
        "channels", "targets", "categories", "validity", "levels", "callback_results", "yes_no",
    }  # fmt: skip
    assert rules.due_soon == Limit(24, "hours")
    assert rules.colours.overdue == "FFC7CE"
    assert rules.colours.computed_header == "DDEBF7"
    assert rules.extra_holidays == frozenset() and rules.extra_workdays == frozenset()
    assert rules.holiday_files == ()
    assert rules.backups_keep == 10


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("households: 10 ", "households: 5 ", ("major", "households", 5)),
        ("claim_amount: 20000", "claim_amount: 30000", ("major", "claim_amount", 30000)),
        ("households: 10 ", "households: null ", ("major", "households", None)),
        ("safety_hazard: true", "safety_hazard: false", ("major", "safety_hazard", False)),
        ("complaint_count: 2", "complaint_count: 3", ("important", "complaint_count", 3)),
    ],
)
def test_changing_a_threshold_changes_the_loaded_value(tmp_path, old, new, expected):
    section, key, value = expected
    rules = load_rules(write(tmp_path, edited(old, new)))
    assert getattr(getattr(rules, section), key) == value


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('closing_time: "18:00"', "closing_time: 17:30", time(17, 30)),  # YAML 1.1 reads 1050
        ('closing_time: "18:00"', 'closing_time: "9:00"', time(9, 0)),
        ('overdue: "FFC7CE"', "overdue: 000000", "000000"),  # unquoted, YAML reads the int 0
        ('overdue: "FFC7CE"', 'overdue: "ffc7ce"', "FFC7CE"),
    ],
)
def test_values_yaml_would_misread_are_taken_as_written(tmp_path, old, new, expected):
    rules = load_rules(write(tmp_path, edited(old, new)))
    assert expected in (rules.closing_time, rules.colours.overdue)


def test_calendar_overrides_and_holiday_files_relative_to_the_rules_folder(tmp_path, monkeypatch):
    (tmp_path / "holidays").mkdir()
    (tmp_path / "holidays" / "2027.json").write_text("{}", encoding="utf-8")
    text = edited(
        "extra_holidays: []", 'extra_holidays: ["2027-01-02", 2027-01-03]'
    )  # quoted or not
    text = edited("extra_workdays: []", "extra_workdays: [2027-02-06]", text)
    text = edited("holiday_files: []", "holiday_files: [holidays/2027.json]", text)
    path = write(tmp_path, text)
    monkeypatch.chdir(tmp_path / "holidays")  # the working folder must not matter
    rules = load_rules(path)
    assert rules.extra_holidays == {date(2027, 1, 2), date(2027, 1, 3)}
    assert rules.extra_workdays == {date(2027, 2, 6)}
    assert rules.holiday_files == (str(tmp_path / "holidays" / "2027.json"),)


UNITS = "minutes、hours、working_days、days、months"
OFFICE_KEYS = "timezone、closing_time、number_prefix"

# (old text, new text, the text on the reported line, the message after "rules.yaml:LINE: ")
BAD = [
    pytest.param(
        "number_prefix: TS ",
        "number_prefix: TS: x ",
        "number_prefix",
        "YAML 格式错误（mapping values are not allowed here），请检查这一行及上一行的缩进、冒号和引号。",
        id="broken-yaml",
    ),
    pytest.param(
        "number_prefix: TS ",
        "number_prefix: TS\n  fax: 123 ",
        "fax:",
        f"office.fax：未知的设置项，可用的设置项：{OFFICE_KEYS}。请删除或改正。",
        id="unknown-key",
    ),
    pytest.param(
        "backups:\n",
        "backups:\n  kept: 10\n",
        "kept:",
        "backups.kept：未知的设置项，可用的设置项：keep。是否想写“keep”？",
        id="unknown-key-near-miss",
    ),
    pytest.param(
        "number_prefix: TS ",
        "number_prefix: TS\n  timezone: UTC ",
        "timezone: UTC",
        "office.timezone：重复出现，请只保留一处。",
        id="duplicate-key",
    ),
    pytest.param(
        "  number_prefix: TS ",
        "  # number_prefix: TS ",
        "office:",
        "office：缺少设置项“number_prefix”，请补上（写法见默认的 rules.yaml）。",
        id="missing-key",
    ),
    pytest.param(
        "households: 10 ",
        "households: 十户 ",
        "households:",
        "escalation.major.households：应为数字，现在是“十户”，请填写如 10 的数字（不加引号）。",
        id="text-for-number",
    ),
    pytest.param(
        "claim_amount: 20000",
        'claim_amount: "20000"',
        "claim_amount:",
        "escalation.major.claim_amount：应为数字，现在是“20000”，请填写如 20000 的数字（不加引号）。",
        id="quoted-number",
    ),
    pytest.param(
        "households: 10 ",
        "households: 2.5 ",
        "households:",
        "escalation.major.households：应为整数，现在是 2.5，请填写如 10 的整数。",
        id="fraction-for-count",
    ),
    pytest.param(
        "claim_amount: 20000",
        "claim_amount: -1",
        "claim_amount:",
        "escalation.major.claim_amount：应大于 0，现在是 -1，请填写如 20000 的正数。",
        id="negative-threshold",
    ),
    pytest.param(
        "safety_hazard: true",
        "safety_hazard: 是",
        "safety_hazard:",
        "escalation.major.safety_hazard：应为 true（启用）或 false（不启用），现在是“是”。",
        id="switch-not-boolean",
    ),
    pytest.param(
        "response: {hours: 24}",
        "response: {hours: 0}",
        "response:",
        "time_limits.response：应大于 0，现在是 0，请填写如 24 的正数。",
        id="zero-limit",
    ),
    pytest.param(
        "response: {hours: 24}",
        "response: {hours: 24, days: 1}",
        "response:",
        f"time_limits.response：时限应恰好写一个单位，现在写了 2 个，如 {{hours: 24}} 或 "
        f"{{working_days: 3}}；可用的单位：{UNITS}。",
        id="two-units",
    ),
    pytest.param(
        "response: {hours: 24}",
        "response: {}",
        "response:",
        f"time_limits.response：时限应恰好写一个单位，现在写了 0 个，如 {{hours: 24}} 或 "
        f"{{working_days: 3}}；可用的单位：{UNITS}。",
        id="no-unit",
    ),
    pytest.param(
        "close: {months: 1}",
        "close: {weeks: 4}",
        "close:",
        f"time_limits.close：时限单位“weeks”无法识别，可用的单位：{UNITS}。",
        id="unknown-unit",
    ),
    pytest.param(
        "callback: {working_days: 7}",
        "callback: 7",
        "callback:",
        f"time_limits.callback：时限应写成单位和数量，如 {{hours: 24}}，现在是“7”；可用的单位：{UNITS}。",
        id="limit-without-unit",
    ),
    pytest.param(
        "    管理处: {hours: 24}",
        "    管理处: {hours: 24}\n    物业公司: {hours: 24}",
        "物业公司:",
        "time_limits.reply.物业公司：“物业公司”不在 lists.targets 中，请改为 "
        "管理处、业户之间、开发商、政府及公共事业 之一，或把它加入 lists.targets。",
        id="reply-key-not-a-target",
    ),
    pytest.param(
        "    开发商: {working_days: 7}\n",
        "",
        "  reply:",
        "time_limits.reply：缺少投诉对象“开发商”的答复时限，lists.targets 中的每个对象都需要一个，"
        "如 开发商: {working_days: 3}。",
        id="target-without-reply-limit",
    ),
    pytest.param(
        "    quality_department: {hours: 1}",
        "    engineer: {hours: 2}",
        "engineer:",
        "time_limits.notify.engineer：角色“engineer”在 roles 中没有名称，请在 roles 下加上 engineer: 名称。",
        id="notify-role-without-name",
    ),
    pytest.param(
        "{below: 5000, level:",
        "{below: 30000, level:",
        "{below: 20000",
        "approval 第 2 档：below（20000）应大于上一档的 30000，各档应按金额从低到高排列。",
        id="bands-not-ascending",
    ),
    pytest.param(
        "- {level: 集团赔付委员会}",
        "- {below: 50000, level: 集团赔付委员会}",
        "集团赔付委员会",
        "approval 第 3 档：最后一档应省略 below，作为“及以上”的开放档，如 {level: 集团赔付委员会}。",
        id="no-open-top-band",
    ),
    pytest.param(
        "{below: 20000, level: 地区公司总经理}",
        "{level: 地区公司总经理}",
        "地区公司总经理",
        "approval 第 2 档：只有最后一档可以省略 below，请填写本档的金额上限。",
        id="open-band-not-last",
    ),
    pytest.param(
        "{below: 5000, level: 职能负责人}",
        "{below: 5000, level: 职能负责人, note: 物业}",
        "note:",
        "approval 第 1 档.note：未知的设置项，可用的设置项：below、level。请删除或改正。",
        id="band-unknown-key",
    ),
    pytest.param(
        "timezone: Asia/Shanghai",
        "timezone: Asia/Shangai",
        "timezone:",
        "office.timezone：无法识别的时区“Asia/Shangai”，请填写 IANA 时区名，如 Asia/Shanghai。",
        id="unknown-timezone",
    ),
    pytest.param(
        'closing_time: "18:00"',
        'closing_time: "6pm"',
        "closing_time:",
        'office.closing_time：时间应为 HH:MM（24 小时制），如 "18:00"，现在是“6pm”。',
        id="closing-time-not-hh-mm",
    ),
    pytest.param(
        'closing_time: "18:00"',
        'closing_time: "24:00"',
        "closing_time:",
        'office.closing_time：时间应为 HH:MM（24 小时制），如 "18:00"，现在是“24:00”。',
        id="closing-time-out-of-range",
    ),
    pytest.param(
        'major: "F8CBAD"',
        "major: red",
        "major: red",
        'highlight.colours.major：颜色应为 6 位十六进制 RGB（不带 #），如 "FFC7CE"，现在是“red”。',
        id="colour-name",
    ),
    pytest.param(
        'problem: "D9D9D9"',
        'problem: "#D9D9D9"',
        "problem:",
        'highlight.colours.problem：颜色应为 6 位十六进制 RGB（不带 #），如 "FFC7CE"，现在是“#D9D9D9”。',
        id="colour-with-hash",
    ),
    pytest.param(
        "extra_holidays: []",
        'extra_holidays: ["2027/01/02"]',
        "extra_holidays:",
        'calendar.extra_holidays：日期应为 YYYY-MM-DD，如 "2027-01-02"，现在是“2027/01/02”。',
        id="date-with-slashes",
    ),
    pytest.param(
        "extra_workdays: []",
        'extra_workdays: ["2027-02-30"]',
        "extra_workdays:",
        'calendar.extra_workdays：日期应为 YYYY-MM-DD，如 "2027-01-02"，现在是“2027-02-30”。',
        id="date-that-does-not-exist",
    ),
    pytest.param(
        "extra_holidays: []",
        "extra_holidays: [2027-01-02, 2027-01-02]",
        "extra_holidays:",
        "calendar.extra_holidays：“2027-01-02”重复出现，每项只能写一次。",
        id="duplicate-date",
    ),
    pytest.param(
        "keep: 10 ",
        "keep: 0 ",
        "keep:",
        "backups.keep：应大于 0，现在是 0，请填写如 10 的正数。",
        id="keep-zero",
    ),
    pytest.param(
        "keep: 10 ",
        "keep: ten ",
        "keep:",
        "backups.keep：应为数字，现在是“ten”，请填写如 10 的数字（不加引号）。",
        id="keep-text",
    ),
    pytest.param(
        "channels: [来电, 来访,",
        "channels: [来电, 来电,",
        "channels:",
        "lists.channels：“来电”重复出现，每项只能写一次。",
        id="duplicate-list-value",
    ),
    pytest.param(
        "validity: [有效, 无效, 待定]",
        "validity: []",
        "validity:",
        "lists.validity：列表不能为空，请至少填写一项。",
        id="empty-list",
    ),
    pytest.param(
        "yes_no: [是, 否]",
        "yes_no: 是",
        "yes_no:",
        "lists.yes_no：应为列表，如 [甲, 乙]，现在是“是”。",
        id="list-not-a-list",
    ),
    pytest.param(
        "  office_head: 主任",
        '  office_head: ""',
        'office_head: ""',
        "roles.office_head：应为非空的文字，请填写。",
        id="empty-role-name",
    ),
]


BAD += [
    pytest.param(
        "open_past_close_limit: {targets: [管理处]}",
        "open_past_close_limit: {targets: [物业公司]}",
        "open_past_close_limit:",
        "escalation.major.open_past_close_limit.targets：“物业公司”不在 lists.targets 中，"
        "请改为 管理处、业户之间、开发商、政府及公共事业 之一。",
        id="close-rule-unknown-target",
    ),
    pytest.param(
        "open_past_close_limit: {targets: [管理处]}",
        "open_past_close_limit: 管理处",
        "open_past_close_limit:",
        "escalation.major.open_past_close_limit：应为 {targets: [管理处]}（适用的投诉对象）、"
        "true（所有对象）或 false（不启用），现在是“管理处”。",
        id="close-rule-not-a-mapping",
    ),
    pytest.param(
        "repeat_window: {months: 3}",
        "repeat_window: {weeks: 3}",
        "repeat_window:",
        "escalation.important.repeat_window：时限单位“weeks”无法识别，"
        "可用的单位：minutes、hours、working_days、days、months。",
        id="repeat-window-unit",
    ),
    pytest.param(
        "close_agreed_max: {months: 3}",
        "close_agreed_max: 3",
        "close_agreed_max:",
        "time_limits.close_agreed_max：时限应写成单位和数量，如 {hours: 24}，现在是“3”；"
        "可用的单位：minutes、hours、working_days、days、months。",
        id="agreed-max-not-a-limit",
    ),
    pytest.param(
        "max_attempts: 3 ",
        "max_attempts: 0 ",
        "max_attempts:",
        "callback.max_attempts：应大于 0，现在是 0，请填写如 10 的正数。",
        id="callback-attempts-zero",
    ),
]


@pytest.mark.parametrize(("old", "new", "at", "message"), BAD)
def test_each_mistake_is_reported_with_its_line(tmp_path, old, new, at, message):
    text = edited(old, new)
    assert problems_of(write(tmp_path, text)) == [f"rules.yaml:{line_of(text, at)}: {message}"]


def test_a_missing_holiday_file_is_reported_with_its_line(tmp_path):
    text = edited("holiday_files: []", "holiday_files: [2027.json]")
    assert problems_of(write(tmp_path, text)) == [
        f"rules.yaml:{line_of(text, 'holiday_files:')}: calendar.holiday_files：找不到节假日文件"
        f"“2027.json”（{tmp_path / '2027.json'}），路径相对于规则文件所在的文件夹。"
    ]


def test_a_missing_section_is_reported(tmp_path):
    text = TEXT[: TEXT.index("backups:")]
    assert problems_of(write(tmp_path, text)) == [
        f"rules.yaml:{line_of(text, 'office:')}: 缺少设置项“backups”，请补上（写法见默认的 rules.yaml）。"
    ]


def test_every_problem_is_reported_at_once_in_file_order(tmp_path):
    text = edited("timezone: Asia/Shanghai", "timezone: Mars/Olympus")
    text = edited("close: {months: 1}", "close: {fortnights: 2}", text)
    text = edited("    开发商: {working_days: 7}", "    開發商: {working_days: 7}", text)
    text = edited("keep: 10 ", "keep: -3 ", text)
    assert problems_of(write(tmp_path, text, name="office-rules.yaml")) == [
        f"office-rules.yaml:{line_of(text, 'timezone:')}: office.timezone：无法识别的时区“Mars/Olympus”，"
        "请填写 IANA 时区名，如 Asia/Shanghai。",
        f"office-rules.yaml:{line_of(text, '  reply:')}: time_limits.reply：缺少投诉对象“开发商”的答复时限，"
        "lists.targets 中的每个对象都需要一个，如 开发商: {working_days: 3}。",
        f"office-rules.yaml:{line_of(text, '開')}: time_limits.reply.開發商：“開發商”不在 lists.targets 中，"
        "请改为 管理处、业户之间、开发商、政府及公共事业 之一，或把它加入 lists.targets。",
        f"office-rules.yaml:{line_of(text, 'close:')}: time_limits.close：时限单位“fortnights”无法识别，"
        f"可用的单位：{UNITS}。",
        f"office-rules.yaml:{line_of(text, 'keep:')}: backups.keep：应大于 0，现在是 -3，请填写如 10 的正数。",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "rules.yaml: 找不到规则文件（{path}），请检查文件名和路径。"),
        (b"", "rules.yaml:1: 文件是空的，请参照默认的 rules.yaml 填写。"),
        (
            "office:\n  timezone: 上海\n".encode("gbk"),
            "rules.yaml: 文件不是 UTF-8 编码，请用 UTF-8 编码另存后再试。",
        ),
        (b"- office\n", "rules.yaml:1: 应为“键: 值”形式的设置组，现在是“列表”。"),
    ],
    ids=["missing-file", "empty-file", "not-utf8", "not-a-mapping"],
)
def test_unusable_files(tmp_path, content, message):
    path = tmp_path / "rules.yaml"
    if content is not None:
        path.write_bytes(content)
    assert problems_of(path) == [message.format(path=path)]


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes(TEXT.encode("utf-8-sig"))  # as Windows Notepad saves
    assert load_rules(path).number_prefix == "TS"


def test_rules_error_is_a_sync_error_so_the_cli_reports_it():
    from sync.errors import SyncError

    assert issubclass(RulesError, SyncError)


@pytest.mark.parametrize(
    ("limit", "text"),
    [
        (Limit(24, "hours"), "24 小时"),
        (Limit(3, "working_days"), "3 个工作日"),
        (Limit(1, "months"), "1 个月"),
        (Limit(15, "minutes"), "15 分钟"),
        (Limit(10, "days"), "10 天"),
    ],
)
def test_format_limit(limit, text):
    assert format_limit(limit) == text


def test_describe_rules_states_the_policy_in_chinese():
    lines = describe_rules(load_rules(SHIPPED)).splitlines()
    for expected in [
        "响应时限：24 小时",
        "答复时限（管理处）：24 小时",
        "答复时限（业户之间）：3 个工作日",
        "答复时限（政府及公共事业）：7 个工作日",
        "办结时限：1 个月",
        "回访时限：办结后 7 个工作日",
        "重大投诉通知时限（主任）：15 分钟",
        "重大投诉通知时限（品质部）：1 小时",
        "  同类户数达到 10 户",
        "  索赔金额达到 20000 元",
        "  重要投诉处理超过 3 个月仍未办结",
        "  投诉次数达到 2 次",
        "    （同步自动统计重复投诉：3 个月内同一联系电话或房号、同一投诉类别或关联事项，与投诉次数列取较大者）",
        "  回访结果为不满意或不接受处理",
        "  有效投诉超过办结时限（或约定完成时间）仍未办结（投诉对象：管理处）",
        "约定完成时间：最晚为受理后 3 个月，填写后办结时限以它为准",
        "回访未联系上：不算已回访，回访时限继续计算；尝试 3 次（回访次数）仍未联系上的，记为未能联系",
        "赔付审批层级（按赔付金额）：",
        "  5000 元以下：职能负责人",
        "  5000 元至 20000 元以下：地区公司总经理",
        "  20000 元及以上：集团赔付委员会",
        "  投诉对象：管理处、业户之间、开发商、政府及公共事业",
        "  安全隐患、媒体或政府关注、公开：是、否",
        "颜色：超期 FFC7CE，即将到期 FFEB9C，重大 F8CBAD，填写有误 D9D9D9，计算列表头 DDEBF7",
        "额外休息日：无",
        "备份：每次写入前保留 10 份",
    ]:
        assert expected in lines


def test_rules_of_the_previous_version_still_load(tmp_path):
    # A rules.yaml written before issue 17: no repeat window, agreed maximum or callback
    # section, and the one-month rule as a plain switch (true: every target, as it said).
    text = edited("open_past_close_limit: {targets: [管理处]}", "open_past_close_limit: true")
    for line in text.splitlines():
        if line.lstrip().startswith(("repeat_window:", "close_agreed_max:", "max_attempts:")):
            text = text.replace(line + "\n", "")
    text = text.replace("callback:\n\n", "\n")
    rules = load_rules(write(tmp_path, text))
    assert rules.important.repeat_window == Limit(3, "months")
    assert rules.close_agreed_max == Limit(3, "months")
    assert rules.callback_max_attempts == 3
    assert rules.major.open_past_close_limit == rules.lists["targets"]
    off = load_rules(
        write(tmp_path, edited("open_past_close_limit: true", "open_past_close_limit: false", text))
    )
    assert off.major.open_past_close_limit is None


def test_describe_rules_follows_the_file(tmp_path):
    text = edited("households: 10 ", "households: null ")
    text = edited("extra_holidays: []", "extra_holidays: [2027-01-04, 2027-01-02]", text)
    text = edited("{below: 5000, level:", "{below: 8000, level:", text)
    lines = describe_rules(load_rules(write(tmp_path, text))).splitlines()
    assert not any("同类户数" in line for line in lines)  # switched off
    assert "额外休息日：2027-01-02、2027-01-04" in lines
    assert "  8000 元以下：职能负责人" in lines
    assert "  8000 元至 20000 元以下：地区公司总经理" in lines


# --- paths stay inside the office's folders ---------------------------------------------------

EXPORT = "  export: build/export/publication.json"
PERSONAL = "  personal: build/private/personal-values.json"
EXPORT_FIX = "请改为项目目录内的相对路径，如 build/export/publication.json。"
PERSONAL_FIX = "请改为项目目录内的相对路径，如 build/private/personal-values.json。"
NOT_RELATIVE = "不是相对路径（以 /、\\、~ 或盘符开头），会指向项目目录之外；"


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            EXPORT,
            "  export: /srv/www/index.html",
            "export:",
            f"publishing.export：“/srv/www/index.html”{NOT_RELATIVE}{EXPORT_FIX}",
            id="posix-absolute",
        ),
        pytest.param(
            EXPORT,
            "  export: 'C:\\Users\\前台\\Desktop\\公告.json'",
            "export:",
            f"publishing.export：“C:\\Users\\前台\\Desktop\\公告.json”{NOT_RELATIVE}{EXPORT_FIX}",
            id="windows-drive",
        ),
        pytest.param(
            EXPORT,
            "  export: 'D:公告.json'",
            "export:",
            f"publishing.export：“D:公告.json”{NOT_RELATIVE}{EXPORT_FIX}",
            id="drive-relative",
        ),
        pytest.param(
            EXPORT,
            "  export: '\\\\fileserver\\share\\公告.json'",
            "export:",
            f"publishing.export：“\\\\fileserver\\share\\公告.json”{NOT_RELATIVE}{EXPORT_FIX}",
            id="unc-share",
        ),
        pytest.param(
            EXPORT,
            "  export: ~/公告.json",
            "export:",
            f"publishing.export：“~/公告.json”{NOT_RELATIVE}{EXPORT_FIX}",
            id="home",
        ),
        pytest.param(
            PERSONAL,
            "  personal: build/../../other-office/personal.json",
            "personal:",
            "publishing.personal：“build/../../other-office/personal.json”含有“..”，"
            f"会指向项目目录之外；{PERSONAL_FIX}",
            id="parent-posix",
        ),
        pytest.param(
            PERSONAL,
            "  personal: 'build\\..\\..\\personal.json'",
            "personal:",
            "publishing.personal：“build\\..\\..\\personal.json”含有“..”，"
            f"会指向项目目录之外；{PERSONAL_FIX}",
            id="parent-windows",
        ),
        pytest.param(
            EXPORT,
            '  export: "build/export\\tpublication.json"',
            "export:",
            f"publishing.export：路径中有控制字符（如换行、制表符）；{EXPORT_FIX}",
            id="control-character",
        ),
        pytest.param(
            PERSONAL,
            "  personal: ./Site/名单.json",
            "personal:",
            f"publishing.personal：“./Site/名单.json”在网站文件夹 Site/ 中，会被发布到网站上；{PERSONAL_FIX}",
            id="personal-in-the-site-sources",
        ),
        pytest.param(
            EXPORT,
            "  export: public/publication.json",
            "export:",
            f"publishing.export：“public/publication.json”在网站文件夹 public/ 中，会被发布到网站上；{EXPORT_FIX}",
            id="export-in-the-built-site",
        ),
        pytest.param(
            PERSONAL,
            "  personal: .public-building/名单.json",
            "personal:",
            "publishing.personal：“.public-building/名单.json”在网站文件夹 .public-building/ 中，"
            f"会被发布到网站上；{PERSONAL_FIX}",
            id="personal-in-the-site-being-built",
        ),
        pytest.param(
            "holiday_files: []",
            "holiday_files: [../shared/2027.json]",
            "holiday_files:",
            "calendar.holiday_files：“../shared/2027.json”含有“..”，会指向规则文件所在的文件夹之外；"
            "请改为规则文件所在的文件夹内的相对路径，如 holidays/2027.json。",
            id="holiday-file-parent",
        ),
        pytest.param(
            "holiday_files: []",
            "holiday_files: [/etc/2027.json]",
            "holiday_files:",
            "calendar.holiday_files：“/etc/2027.json”不是相对路径（以 /、\\、~ 或盘符开头），"
            "会指向规则文件所在的文件夹之外；请改为规则文件所在的文件夹内的相对路径，"
            "如 holidays/2027.json。",
            id="holiday-file-absolute",
        ),
    ],
)
def test_a_path_leaving_the_office_folder_is_refused_with_its_line(tmp_path, old, new, at, message):
    text = edited(old, new)
    assert problems_of(write(tmp_path, text)) == [f"rules.yaml:{line_of(text, at)}: {message}"]


def test_paths_inside_the_folder_are_kept_as_written(tmp_path):
    text = edited(EXPORT, "  export: sitemap-data/导出.json")  # not the site's folder
    text = edited(PERSONAL, "  personal: private\\..名单.json", text)  # `..` inside a name
    publishing = load_rules(write(tmp_path, text)).publishing
    assert (publishing.export, publishing.personal) == (
        "sitemap-data/导出.json",
        "private\\..名单.json",
    )


@pytest.mark.parametrize(
    ("limit", "longest"),
    [("{hours: 87601}", "87600 小时"), ("{months: 121}", "120 个月")],
)
def test_a_limit_longer_than_ten_years_is_refused(tmp_path, limit, longest):
    text = edited("response: {hours: 24}", f"response: {limit}")
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.startswith(f"rules.yaml:{line_of(text, 'response:')}: time_limits.response：")
    assert problem.endswith(f"过长，最多 {longest}（约 10 年），请检查数量。")


def test_column_notes_take_lists_and_roles_from_rules_yaml_not_from_the_schema():
    rules = load_rules(SHIPPED)
    for col in COLUMNS:
        if col.list_key in rules.lists and col.list_key != "yes_no":  # 是否… holds 是 and 否
            values = rules.lists[col.list_key]
            assert not all(v in col.explain for v in values), col.header
        assert not any(role in col.explain for role in rules.roles.values()), col.header
    renamed = dataclasses.replace(rules, roles={**rules.roles, "office_head": "中心经理"})
    head = next(c for c in COLUMNS if c.key == "head_informed")
    assert "报告对象：中心经理；时限为 15 分钟" in column_note(head, renamed)
    target = next(c for c in COLUMNS if c.key == "target")
    assert "业户之间 3 个工作日" in column_note(target, rules)
