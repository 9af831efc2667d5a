"""MkDocs hooks (mkdocs.yml `hooks:`): numbers from rules.yaml, the nav, and search fixes.

- Handbook pages say `{{ time_limits.reply.业户之间 }}` and get "3 个工作日" from rules.yaml
  at build time; a placeholder that names nothing fails the build.
- The nav lists handbook pages, then one entry per month of notices and statistics.
- Chinese search matches by prefix: 车库 inside the jieba word 停车库 is found only when
  the index also carries the word's parts, which `on_post_build` adds.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import jieba
import yaml
from mkdocs.exceptions import PluginError

from sync.rules import Limit, format_limit

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
_LIMIT_UNITS = {"minutes", "hours", "working_days", "days", "months"}


def _rules_path(config) -> Path:
    env = os.environ.get("COMPLAINTS_RULES")
    return Path(env) if env else Path(config.config_file_path).parent / "rules.yaml"


def _months(docs_dir: Path, folder: str) -> list[dict[str, str]]:
    pages = sorted((docs_dir / folder).glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].md"), reverse=True)
    return [{f"{p.stem[:4]}年{int(p.stem[5:])}月": f"{folder}/{p.name}"} for p in pages]


def on_config(config):
    docs_dir = Path(config.docs_dir)
    nav: list[Any] = [{"首页": "index.md"}, {"处理手册": HANDBOOK}]
    if (docs_dir / "notices/index.md").exists():
        nav.append({"投诉公告": ["notices/index.md", *_months(docs_dir, "notices")]})
    if (docs_dir / "stats/index.md").exists():
        nav.append({"每月分析": ["stats/index.md", *_months(docs_dir, "stats")]})
    config.nav = nav
    rules = yaml.safe_load(_rules_path(config).read_text(encoding="utf-8")) or {}
    config.extra["rules"] = rules
    return config


def format_value(value: Any) -> str:
    """A rules.yaml value as the handbook prints it."""
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
    rows = ["| 索赔金额（元） | 审批层级 |", "| --- | --- |"]
    low = 0
    for band in rules.get("approval", []):
        below = band.get("below")
        span = f"{low:,} 至 {below:,} 以下" if below is not None else f"{low:,} 及以上"
        if below is not None and low == 0:
            span = f"{below:,} 以下"
        rows.append(f"| {span} | {band['level']} |")
        low = below if below is not None else low
    return "\n".join(rows)


def resolve(rules: dict[str, Any], path: str) -> str:
    if path == "approval_table":
        return _approval_table(rules)
    node: Any = rules
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(path)
    return format_value(node)


def on_page_markdown(markdown, page, config, files):
    rules = config.extra["rules"]

    def fill(match):
        try:
            return resolve(rules, match.group(1))
        except KeyError:
            raise PluginError(
                f"{page.file.src_path}：占位符 {{{{ {match.group(1)} }}}} 在 rules.yaml 中找不到对应的设置，请改正占位符或补上设置。"
            ) from None

    return PLACEHOLDER.sub(fill, markdown)


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{3,}")


def word_parts(text: str) -> list[str]:
    """The shorter words inside each long Chinese word of `text` (停车库 -> 停车, 车库)."""
    parts: list[str] = []
    for word in set(_CJK_WORD.findall(text)):
        parts += [p for p in jieba.cut_for_search(word) if p != word and len(p) >= 2]
    return sorted(set(parts))


def on_post_build(config):
    index_path = Path(config.site_dir) / "search" / "search_index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    for doc in index.get("docs", []):
        parts = word_parts(doc.get("title", "") + doc.get("text", ""))
        if parts:
            doc["text"] = doc.get("text", "") + "\u200b" + "\u200b".join(parts)
    index_path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
