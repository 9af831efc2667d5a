"""The handbook's numbers from rules.yaml, and the site's nav: written before the build.

Handbook pages say `{{ time_limits.reply.业户之间 }}` and get "3 个工作日" from rules.yaml
before any site generator runs; a placeholder that names nothing stops the build. A space
written between a placeholder and Chinese text is kept only where a number or Latin letter
meets Chinese ("受理后 24 小时"), never between two Chinese words ("15 分钟内", not "15 分钟 内"). Generated
pages (notices, statistics) are never filled: what they hold comes from the register.
The nav lists the handbook, then one entry per month of notices and statistics.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..core.rules import Limit, format_limit
from ..policy.describe import approval_spans
from .builders import SiteBuildFailed

HANDBOOK = [
    {"总则与处理原则": "handbook/index.md"},
    {"受理与登记": "handbook/intake.md"},
    {"投诉分类": "handbook/classification.md"},
    {"等级、升级与审批": "handbook/severity.md"},
    {"时限、流程与回访": "handbook/time-limits.md"},
    {"沟通与接待": "handbook/communication.md"},
    {"群诉案例与减少投诉": "handbook/cases.md"},
    {"前台速查卡": "handbook/quick-card.md"},
]
PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s]+)\s*\}\}")
_SPACED = re.compile(r"(?P<pre> ?)\{\{\s*(?P<path>[^{}\s]+)\s*\}\}(?P<post> ?)")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]")
_LIMIT_UNITS = {"minutes", "hours", "working_days", "days", "months"}


class UnknownPlaceholder(SiteBuildFailed):
    """A handbook page names a rules.yaml setting that does not exist."""


def format_value(value: Any) -> str:
    """A rules.yaml value as the handbook prints it."""
    if value is None:
        return "（不启用）"
    if isinstance(value, dict) and len(value) == 1 and set(value) <= _LIMIT_UNITS:
        ((unit, amount),) = value.items()
        return format_limit(Limit(amount, unit))
    if isinstance(value, list):
        return "、".join(format_value(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and value >= 10000:
        return f"{value:,}"
    return str(value)


def _approval_table(rules: dict[str, Any]) -> str:
    bands = [(band.get("below"), band["level"]) for band in rules.get("approval", [])]
    spans = approval_spans(bands, amount=lambda value: f"{value:,}", unit=" ")
    return "\n".join(
        ["| 赔付金额（元） | 审批层级 |", "| --- | --- |"]
        + [f"| {span} | {level} |" for span, level in spans]
    )


def _callback_unreached(rules: dict[str, Any]) -> str:
    """What happens after unanswered callback attempts: a limit, or none (`max_attempts: null`)."""
    attempts = (rules.get("callback") or {}).get("max_attempts")
    if attempts is None:
        return "本中心不限尝试次数：联系上之前，回访一直为“待回访”，时限照常计算。"
    return f"尝试达到 {format_value(attempts)} 次仍联系不上的，回访记为“未能联系”（不计为满意）。"


def _report_receivers(rules: dict[str, Any]) -> str:
    """The roles the monthly report goes to, by the names rules.yaml gives them."""
    names = rules.get("roles") or {}
    events = (rules.get("notifications") or {}).get("events") or {}
    receivers = events.get("report") or []
    return "、".join(str(names.get(r, r)) for r in receivers) or "（无人，只生成文件）"


COMPUTED = {
    "approval_table": _approval_table,
    "callback_unreached": _callback_unreached,
    "report_receivers": _report_receivers,
}


def resolve(rules: dict[str, Any], path: str) -> str:
    if path in COMPUTED:
        return COMPUTED[path](rules)
    node: Any = rules
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(path)
    return format_value(node)


def fill(markdown: str, rules: dict[str, Any], page: str) -> str:
    """`markdown` with every placeholder replaced by its rules.yaml value; the first one that
    names nothing raises UnknownPlaceholder, naming the page."""

    def value(match: re.Match[str]) -> str:
        path = match.group("path")
        try:
            text = resolve(rules, path)
        except KeyError:
            raise UnknownPlaceholder(
                f"网站未生成，上次发布的网站保持不变：{page}：占位符 {{{{ {path} }}}} 在 rules.yaml 中找不到对应的设置，"
                "请改正占位符或补上设置。"
            ) from None
        before = markdown[match.start() - 1] if match.start() > 0 else ""
        after = markdown[match.end()] if match.end() < len(markdown) else ""
        pre = match.group("pre") if not _between_words(before, text[:1]) else ""
        post = match.group("post") if not _between_words(text[-1:], after) else ""
        return f"{pre}{text}{post}"

    return _SPACED.sub(value, markdown)


def _between_words(left: str, right: str) -> bool:
    """Whether a space between these two characters would sit between two Chinese words."""
    return bool(_CJK.fullmatch(left or " ") and _CJK.fullmatch(right or " "))


def _months(docs_dir: Path, folder: str) -> list[dict[str, list[dict[str, str]]]]:
    """Month pages grouped by year, newest first. With `navigation.prune` a page carries
    only its own year's months: the nav of a register kept for years stays small."""
    pages = sorted((docs_dir / folder).glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].md"), reverse=True)
    years: dict[str, list[dict[str, str]]] = {}
    for p in pages:
        years.setdefault(f"{p.stem[:4]}年", []).append(
            {f"{int(p.stem[5:])}月": f"{folder}/{p.name}"}
        )
    return [{year: months} for year, months in years.items()]


def site_nav(docs_dir: Path, generated: tuple[str, str]) -> list[Any]:
    """The nav of the pages in docs_dir: home, the handbook, then the generated sections."""
    notices, stats = generated
    nav: list[Any] = [{"首页": "index.md"}, {"处理手册": HANDBOOK}]
    if (docs_dir / notices / "index.md").exists():
        nav.append({"投诉公告": [f"{notices}/index.md", *_months(docs_dir, notices)]})
    if (docs_dir / stats / "index.md").exists():
        nav.append({"每月分析": [f"{stats}/index.md", *_months(docs_dir, stats)]})
    return nav
