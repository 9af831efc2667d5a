"""The office's policy, loaded from rules.yaml: plain frozen data the core reads.

`load_rules(path)` validates everything and raises `RulesError` carrying every problem as
`rules.yaml:LINE: what is wrong, what is allowed` (in Chinese) before anything runs.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from ..core.rules import (
    AREA_LEVELS,
    EVENT_KINDS,
    SITE_FOLDERS,
    UNITS,
    ApprovalBand,
    Colours,
    Important,
    Limit,
    Major,
    Rules,
)
from ..core.schema import STAFF_COLUMNS
from ..errors import SyncError
from .describe import amount_text
from .notifications import channel_problem, read_notifications
from .publishing import read_publishing


class RulesError(SyncError):
    """rules.yaml cannot be used; `problems` lists each as 'rules.yaml:LINE: ...'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# --- validation -------------------------------------------------------------------------
# Each section is declared as a dict of key -> validator (or a nested dict). A validator is
# `(checker, node, path) -> value`; a leaf may simply raise `_Invalid` with its message. To add
# a section (publishing:, notifications:), add an entry to SCHEMA (wrap it in `OptionalKey` so
# older rules files still load), a field with a default to `Rules`, and a line in `_to_rules`.

# The longest limit of each unit, about ten years: longer than any policy, and short enough
# that every deadline counted from a plausible date stays far inside the calendar.
LONGEST: dict[str, int] = {
    "minutes": 10 * 365 * 24 * 60,
    "hours": 10 * 365 * 24,
    "working_days": 2500,
    "days": 10 * 365,
    "months": 120,
}


MAX_REPORT_DAY = 28  # the monthly report's day exists in every month


class _Invalid(Exception):
    """A leaf value is wrong; the checker records it at the node's line."""

    def __init__(self, message: str, node: yaml.Node | None = None):
        super().__init__(message)
        self.node = node


@dataclass(frozen=True)
class OptionalKey:
    """A key that may be left out; `default` is used then."""

    spec: object
    default: object = None


Validator = Callable[["_Checker", yaml.Node, str], Any]  # the checked value: YAML is untyped


class _Checker:
    def __init__(self, name: str, folder: Path):
        self.name = name
        self.folder = folder
        self.problems: list[tuple[int, str]] = []
        self.lines: dict[str, int] = {}  # path -> line of its key, for cross-checks

    def problem(self, line: int, path: str, message: str) -> None:
        where = f"{path}：" if path else ""
        self.problems.append((line, f"{self.name}:{line}: {where}{message}"))

    def check(self, spec: Any, node: yaml.Node, path: str) -> Any:
        if isinstance(spec, OptionalKey):
            spec = spec.spec
        if isinstance(spec, dict):
            return self.mapping(spec, node, path)
        try:
            return spec(self, node, path)
        except _Invalid as exc:
            self.problem(_line(exc.node or node), path, str(exc))
            return None

    def pairs(self, node: yaml.Node, path: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        """The key/value nodes of a mapping, in file order, each key once."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(_line(node), path, f"应为“键: 值”形式的设置组，现在是“{_raw(node)}”。")
            return []
        out, seen = [], set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = _join(path, key)
            if key in seen:
                self.problem(_line(key_node), sub, "重复出现，请只保留一处。")
                continue
            seen.add(key)
            self.lines[sub] = _line(key_node)
            out.append((key, key_node, value_node))
        return out

    def mapping(self, spec: dict[str, Any], node: yaml.Node, path: str) -> dict[str, Any] | None:
        pairs = self.pairs(node, path)
        if not isinstance(node, yaml.MappingNode):
            return None
        allowed = "、".join(spec)
        out: dict[str, object] = {}
        for key, key_node, value_node in pairs:
            if key not in spec:
                hint = difflib.get_close_matches(key, spec, n=1)
                guess = f"是否想写“{hint[0]}”？" if hint else "请删除或改正。"
                self.problem(
                    _line(key_node),
                    _join(path, key),
                    f"未知的设置项，可用的设置项：{allowed}。{guess}",
                )
                continue
            out[key] = self.check(spec[key], value_node, _join(path, key))
        for key, sub in spec.items():
            if key in out:
                continue
            if isinstance(sub, OptionalKey):
                out[key] = sub.default
            else:
                line = self.lines.get(path, _line(node))
                self.problem(line, path, f"缺少设置项“{key}”，请补上（写法见默认的 rules.yaml）。")
        return out

    def items(self, node: yaml.Node, path: str, *, allow_empty: bool) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(_line(node), path, f"应为列表，如 [甲, 乙]，现在是“{_raw(node)}”。")
            return []
        if not node.value and not allow_empty:
            self.problem(_line(node), path, "列表不能为空，请至少填写一项。")
        return cast(list[yaml.Node], node.value)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _raw(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return node.value or "（空）"
    return "列表" if isinstance(node, yaml.SequenceNode) else "设置组"


def _scalar(node: yaml.Node) -> object:
    """The YAML-typed value of a scalar (int, float, bool, None, str, date)."""
    if not isinstance(node, yaml.ScalarNode):
        raise _Invalid(f"应为单个值，现在是{_raw(node)}。")
    return yaml.SafeLoader("").construct_object(node)


def _text(_c: _Checker, node: yaml.Node, _p: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
        raise _Invalid("应为非空的文字，请填写。")
    return str(node.value).strip()


def _number(node: yaml.Node, *, integer: bool, example: str) -> int | float:
    value = _scalar(node)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Invalid(f"应为数字，现在是“{_raw(node)}”，请填写如 {example} 的数字（不加引号）。")
    if integer and not isinstance(value, int):
        raise _Invalid(f"应为整数，现在是 {node.value}，请填写如 {example} 的整数。")
    if value <= 0:
        raise _Invalid(f"应大于 0，现在是 {node.value}，请填写如 {example} 的正数。")
    return value


def _positive_int(_c: _Checker, node: yaml.Node, _p: str) -> int:
    return int(_number(node, integer=True, example="10"))


def _day_of_month(_c: _Checker, node: yaml.Node, _p: str) -> int:
    day = _number(node, integer=True, example="5")
    if not 1 <= day <= MAX_REPORT_DAY:
        raise _Invalid(
            f"应为 1 到 {MAX_REPORT_DAY} 之间的日期（每个月都有这一天），现在是“{_raw(node)}”。"
        )
    return int(day)


def _positive_amount(_c: _Checker, node: yaml.Node, _p: str) -> float:
    return float(_number(node, integer=False, example="20000"))


def _flag(_c: _Checker, node: yaml.Node, _p: str) -> bool:
    value = _scalar(node)
    if not isinstance(value, bool):
        raise _Invalid(f"应为 true（启用）或 false（不启用），现在是“{node.value}”。")
    return value


def _or_off(validator: Validator) -> Validator:
    """A threshold that `null` switches off."""

    def check(c: _Checker, node: yaml.Node, path: str) -> object:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            return None
        return validator(c, node, path)

    return check


def _limit(_c: _Checker, node: yaml.Node, _p: str) -> Limit:
    units = "、".join(UNITS)
    if not isinstance(node, yaml.MappingNode):
        raise _Invalid(
            f"时限应写成单位和数量，如 {{hours: 24}}，现在是“{_raw(node)}”；可用的单位：{units}。"
        )
    count = len(node.value)
    if count != 1:
        raise _Invalid(
            f"时限应恰好写一个单位，现在写了 {count} 个，如 {{hours: 24}} 或 {{working_days: 3}}；"
            f"可用的单位：{units}。"
        )
    unit_node, amount_node = node.value[0]
    if unit_node.value not in UNITS:
        raise _Invalid(f"时限单位“{unit_node.value}”无法识别，可用的单位：{units}。", unit_node)
    unit = unit_node.value
    amount = int(_number(amount_node, integer=True, example="24"))
    if amount > LONGEST[unit]:
        raise _Invalid(
            f"时限 {amount} {UNITS[unit]}过长，最多 {LONGEST[unit]} {UNITS[unit]}（约 10 年），"
            "请检查数量。",
            amount_node,
        )
    return Limit(amount, unit)


def _each(validator: Validator) -> Validator:
    """A mapping whose keys the office chooses (reply limits by target, role names)."""

    def check(c: _Checker, node: yaml.Node, path: str) -> dict[str, Any] | None:
        pairs = c.pairs(node, path)
        if not isinstance(node, yaml.MappingNode):
            return None
        return {key: c.check(validator, value, _join(path, key)) for key, _, value in pairs}

    return check


def _unique(item: Validator, *, allow_empty: bool) -> Validator:
    """A list whose items pass `item` and appear once each."""

    def check(c: _Checker, node: yaml.Node, path: str) -> tuple[Any, ...] | None:
        out: list[object] = []
        for item_node in c.items(node, path, allow_empty=allow_empty):
            before = len(c.problems)
            value = c.check(item, item_node, path)
            if len(c.problems) > before:
                continue
            if value in out:
                c.problem(_line(item_node), path, f"“{_raw(item_node)}”重复出现，每项只能写一次。")
                continue
            out.append(value)
        return tuple(out) if isinstance(node, yaml.SequenceNode) else None

    return check


def _date(_c: _Checker, node: yaml.Node, _p: str) -> date:
    raw = _raw(node)
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        return date.fromisoformat(raw)
    except ValueError:
        raise _Invalid(f'日期应为 YYYY-MM-DD，如 "2027-01-02"，现在是“{raw}”。') from None


def _timezone(_c: _Checker, node: yaml.Node, _p: str) -> str:
    name = _raw(node)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise _Invalid(f"无法识别的时区“{name}”，请填写 IANA 时区名，如 Asia/Shanghai。") from None
    return name


def _clock(_c: _Checker, node: yaml.Node, _p: str) -> time:
    # Read the raw text: YAML 1.1 turns an unquoted 18:00 into the number 1080.
    raw = _raw(node)
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", raw)
    if not match:
        raise _Invalid(f'时间应为 HH:MM（24 小时制），如 "18:00"，现在是“{raw}”。')
    return time(int(match[1]), int(match[2]))


def _colour(_c: _Checker, node: yaml.Node, _p: str) -> str:
    # Raw text again: an unquoted 000000 would be the number 0.
    raw = _raw(node)
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", raw):
        raise _Invalid(f'颜色应为 6 位十六进制 RGB（不带 #），如 "FFC7CE"，现在是“{raw}”。')
    return raw.upper()


# A path in rules.yaml names a file in the office's own folder: the sync writes the export
# and the private list there, so a path that leaves the folder could overwrite anything.
_ABSOLUTE = re.compile(r"[/\\~]|[A-Za-z]:")  # /x, \\server, \x, ~/x, C:\x and C:x
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _inside(example: str, base: str, *, off_site: bool = False) -> Validator:
    """A relative path without `..`, so it stays inside `base` (said in the message); a
    `off_site` one also stays out of the site's folders, whose files are published."""

    def check(c: _Checker, node: yaml.Node, path: str) -> str:
        raw = _text(c, node, path)
        fix = f"请改为{base}内的相对路径，如 {example}。"
        parts = [p for p in re.split(r"[/\\]", raw) if p not in ("", ".")]
        if _ABSOLUTE.match(raw):
            raise _Invalid(
                f"“{raw}”不是相对路径（以 /、\\、~ 或盘符开头），会指向{base}之外；{fix}"
            )
        if ".." in parts:
            raise _Invalid(f"“{raw}”含有“..”，会指向{base}之外；{fix}")
        if _CONTROL.search(raw):
            raise _Invalid(f"路径中有控制字符（如换行、制表符）；{fix}")
        top = parts[0].lower() if parts else ""
        if off_site and (top in SITE_FOLDERS or top.startswith(f".{SITE_FOLDERS[1]}")):
            raise _Invalid(f"“{raw}”在网站文件夹 {parts[0]}/ 中，会被发布到网站上；{fix}")
        return raw

    return check


_PROJECT_FOLDER = "项目目录"
_RULES_FOLDER = "规则文件所在的文件夹"
_holiday_path = _inside("holidays/2027.json", _RULES_FOLDER)
_export_path = _inside("build/export/publication.json", _PROJECT_FOLDER, off_site=True)
_personal_path = _inside("build/private/personal-values.json", _PROJECT_FOLDER, off_site=True)


def _holiday_file(c: _Checker, node: yaml.Node, path: str) -> str:
    raw = _holiday_path(c, node, path)
    resolved = (c.folder / raw).resolve()
    if not resolved.is_file():
        raise _Invalid(f"找不到节假日文件“{raw}”（{resolved}），路径相对于规则文件所在的文件夹。")
    return str(resolved)


_BAND = {"below": OptionalKey(_positive_amount), "level": _text}


def _approval(c: _Checker, node: yaml.Node, path: str) -> tuple[ApprovalBand, ...] | None:
    items = c.items(node, path, allow_empty=False)
    bands: list[ApprovalBand] = []
    for i, item in enumerate(items, 1):
        where, before = f"{path} 第 {i} 档", len(c.problems)
        band = c.check(_BAND, item, where)
        if len(c.problems) > before:
            continue
        below, last = band["below"], i == len(items)
        previous = bands[-1].below if bands else None
        if last and below is not None:
            message = "最后一档应省略 below，作为“及以上”的开放档，如 {level: 集团赔付委员会}。"
        elif not last and below is None:
            message = "只有最后一档可以省略 below，请填写本档的金额上限。"
        elif below is not None and previous is not None and below <= previous:
            message = (
                f"below（{amount_text(below)}）应大于上一档的 {amount_text(previous)}，"
                "各档应按金额从低到高排列。"
            )
        else:
            bands.append(ApprovalBand(band["level"], below))
            continue
        c.problem(_line(item), where, message)
    return tuple(bands) if isinstance(node, yaml.SequenceNode) else None


def _area_level(_c: _Checker, node: yaml.Node, _p: str) -> str:
    value = _scalar(node)
    if value not in AREA_LEVELS:
        raise _Invalid(f"应为 {'、'.join(AREA_LEVELS)} 之一，现在是“{_raw(node)}”。")
    return str(value)


def _channel(c: _Checker, node: yaml.Node, path: str) -> str:
    url = _text(c, node, path)
    problem = channel_problem(url)
    if problem:
        raise _Invalid(problem)
    return url


_ALL_TARGETS = "all"  # `true`: every 投诉对象 (resolved against lists.targets)


def _close_limit_rule(c: _Checker, node: yaml.Node, path: str) -> object:
    """`{targets: [管理处]}` (the 投诉对象 the rule applies to), `false` (off) or `true` (all)."""
    if isinstance(node, yaml.MappingNode):
        spec = {"targets": _unique(_text, allow_empty=False)}
        value = c.check(spec, node, path)
        return None if value is None else value["targets"]
    try:
        flag = _flag(c, node, path)
    except _Invalid:
        raise _Invalid(
            f"应为 {{targets: [管理处]}}（适用的投诉对象）、true（所有对象）或 false（不启用），"
            f"现在是“{_raw(node)}”。"
        ) from None
    return _ALL_TARGETS if flag else False


def _list_keys() -> dict[str, None]:
    return dict.fromkeys(c.list_key for c in STAFF_COLUMNS if c.list_key)


_TEXT_LIST = _unique(_text, allow_empty=False)
_DATE_LIST = _unique(_date, allow_empty=True)

SCHEMA: dict[str, object] = {
    "office": {"timezone": _timezone, "closing_time": _clock, "number_prefix": _text},
    "time_limits": {
        "response": _limit,
        "reply": _each(_limit),
        "close": _limit,
        "callback": _limit,
        "notify": _each(_limit),
        "close_agreed_max": OptionalKey(_limit, Limit(3, "months")),
    },
    "escalation": {
        "major": {
            "households": _or_off(_positive_int),
            "claim_amount": _or_off(_positive_amount),
            "safety_hazard": _flag,
            "media_or_government": _flag,
            "open_past_close_limit": _close_limit_rule,
            "important_open_for": _or_off(_limit),
        },
        "important": {
            "complaint_count": _or_off(_positive_int),
            "communication_count": _or_off(_positive_int),
            "repeat_window": OptionalKey(_or_off(_limit), Limit(3, "months")),
        },
    },
    "callback": OptionalKey({"max_attempts": OptionalKey(_or_off(_positive_int), 3)}),
    "report": OptionalKey({"day": OptionalKey(_day_of_month, 5)}),
    "approval": _approval,
    "roles": _each(_text),
    "lists": dict.fromkeys(_list_keys(), _TEXT_LIST),
    "highlight": {
        "due_soon": _limit,
        "colours": dict.fromkeys(Colours.__dataclass_fields__, _colour),
    },
    "calendar": {
        "extra_holidays": _DATE_LIST,
        "extra_workdays": _DATE_LIST,
        "holiday_files": _unique(_holiday_file, allow_empty=True),
    },
    "backups": {"keep": _positive_int},
    "publishing": OptionalKey(
        {
            "title": OptionalKey(_text),
            "export": OptionalKey(_export_path),
            "personal": OptionalKey(_personal_path),
            "closed_only": OptionalKey(_flag),
            "public_default": OptionalKey(_flag),
            "min_cell": OptionalKey(_positive_int),
            "area_level": OptionalKey(_area_level),
            "area_map": OptionalKey(_each(_text)),
            "staff_roles": OptionalKey(_each(_text)),
        }
    ),
    "notifications": OptionalKey(
        {
            "targets": OptionalKey(_each(_unique(_channel, allow_empty=True))),
            "events": OptionalKey(
                {kind: OptionalKey(_unique(_text, allow_empty=True)) for kind in EVENT_KINDS}
            ),
            "validation_problems": OptionalKey(_flag),
        }
    ),
}


def _cross_check(c: _Checker, d: dict[str, Any]) -> None:
    """Checks that span sections: every target has a reply limit, every role a name."""
    limits, lists = d.get("time_limits") or {}, d.get("lists") or {}
    reply, targets = limits.get("reply"), lists.get("targets")
    if reply is not None and targets is not None:
        for key in reply:
            if key not in targets:
                c.problem(
                    c.lines[f"time_limits.reply.{key}"],
                    f"time_limits.reply.{key}",
                    f"“{key}”不在 lists.targets 中，请改为 {'、'.join(targets)} 之一，或把它加入 lists.targets。",
                )
        for key in targets:
            if key not in reply:
                c.problem(
                    c.lines["time_limits.reply"],
                    "time_limits.reply",
                    f"缺少投诉对象“{key}”的答复时限，lists.targets 中的每个对象都需要一个，如 {key}: {{working_days: 3}}。",
                )
    rule = ((d.get("escalation") or {}).get("major") or {}).get("open_past_close_limit")
    if isinstance(rule, tuple) and targets is not None:
        path = "escalation.major.open_past_close_limit"
        for key in rule:
            if key not in targets:
                c.problem(
                    c.lines.get(f"{path}.targets", c.lines.get(path, 1)),
                    f"{path}.targets",
                    f"“{key}”不在 lists.targets 中，请改为 {'、'.join(targets)} 之一。",
                )
    notify, roles = limits.get("notify"), d.get("roles")
    if notify is not None and roles is not None:
        for key in notify:
            if key not in roles:
                c.problem(
                    c.lines[f"time_limits.notify.{key}"],
                    f"time_limits.notify.{key}",
                    f"角色“{key}”在 roles 中没有名称，请在 roles 下加上 {key}: 名称。",
                )
    _check_notification_roles(c, d.get("notifications") or {}, roles)


def _check_notification_roles(
    c: _Checker, notifications: dict[str, Any], roles: dict[str, Any] | None
) -> None:
    """Every role that receives notifications has a name under roles."""
    if roles is None:
        return
    for section in ("targets", "events"):
        for key, value in (notifications.get(section) or {}).items():
            names = [key] if section == "targets" else list(value or ())
            for role in names:
                if role not in roles:
                    path = f"notifications.{section}.{key}"
                    c.problem(
                        c.lines.get(path, 1),
                        path,
                        f"角色“{role}”在 roles 中没有名称，请在 roles 下加上 {role}: 名称，或改为 {'、'.join(roles)} 之一。",
                    )


def _to_rules(d: dict[str, Any]) -> Rules:
    office, limits, esc = d["office"], d["time_limits"], d["escalation"]
    major, important = esc["major"], esc["important"]
    return Rules(
        timezone=office["timezone"],
        closing_time=office["closing_time"],
        number_prefix=office["number_prefix"],
        response=limits["response"],
        reply=limits["reply"],
        close=limits["close"],
        callback=limits["callback"],
        notify=limits["notify"],
        major=Major(**{**major, "open_past_close_limit": _close_targets(major, d["lists"])}),
        important=Important(**important),
        approval=d["approval"],
        roles=d["roles"],
        lists=d["lists"],
        due_soon=d["highlight"]["due_soon"],
        colours=Colours(**d["highlight"]["colours"]),
        extra_holidays=frozenset(d["calendar"]["extra_holidays"]),
        extra_workdays=frozenset(d["calendar"]["extra_workdays"]),
        holiday_files=d["calendar"]["holiday_files"],
        backups_keep=d["backups"]["keep"],
        publishing=read_publishing(d.get("publishing")),
        notifications=read_notifications(d.get("notifications")),
        close_agreed_max=limits["close_agreed_max"],
        callback_max_attempts=(d.get("callback") or {"max_attempts": 3})["max_attempts"],
        report_day=(d.get("report") or {"day": 5})["day"],
    )


def _close_targets(major: dict[str, Any], lists: dict[str, Any]) -> tuple[str, ...] | None:
    rule = major["open_past_close_limit"]
    if rule is False:
        return None
    return tuple(lists["targets"]) if rule == _ALL_TARGETS else tuple(rule)


def handbook_view(raw: dict[str, Any]) -> dict[str, Any]:
    """rules.yaml as the handbook's placeholders read it: the settings an older file leaves
    out at their defaults, and the one-month rule as the list of targets it applies to."""
    view = {key: dict(value) if isinstance(value, dict) else value for key, value in raw.items()}
    limits = view.setdefault("time_limits", {})
    limits.setdefault("close_agreed_max", {"months": 3})
    escalation = view.setdefault("escalation", {})
    important = escalation.setdefault("important", {})
    if isinstance(important, dict):
        important = escalation["important"] = dict(important)
        important.setdefault("repeat_window", {"months": 3})
    major = escalation.get("major")
    if isinstance(major, dict):
        major = escalation["major"] = dict(major)
        rule = major.get("open_past_close_limit")
        if isinstance(rule, bool):
            targets = (view.get("lists") or {}).get("targets") or []
            major["open_past_close_limit"] = {"targets": targets if rule else ["（不启用）"]}
    callback = view.get("callback")
    view["callback"] = {"max_attempts": 3, **(callback if isinstance(callback, dict) else {})}
    report = view.get("report")
    view["report"] = {"day": 5, **(report if isinstance(report, dict) else {})}
    return view


def load_rules(path: str | os.PathLike[str]) -> Rules:
    """Read and validate a rules file; raise RulesError listing every problem with its line."""
    file = Path(path)
    name = file.name
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RulesError([f"{name}: 找不到规则文件（{file}），请检查文件名和路径。"]) from None
    except UnicodeDecodeError:
        raise RulesError([f"{name}: 文件不是 UTF-8 编码，请用 UTF-8 编码另存后再试。"]) from None
    except OSError as exc:
        raise RulesError(
            [f"{name}: 无法读取规则文件（{exc.strerror}），请检查文件权限。"]
        ) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise RulesError(
            [
                f"{name}:{line}: YAML 格式错误（{exc.problem}），请检查这一行及上一行的缩进、冒号和引号。"
            ]
        ) from None
    if root is None:
        raise RulesError([f"{name}:1: 文件是空的，请参照默认的 rules.yaml 填写。"])
    checker = _Checker(name, file.resolve().parent)
    plain = checker.mapping(SCHEMA, root, "")
    if plain is not None:
        _cross_check(checker, plain)
    if checker.problems:
        raise RulesError([message for _, message in sorted(checker.problems, key=lambda p: p[0])])
    assert plain is not None  # a file that is no mapping is a problem, raised above
    return _to_rules(plain)
