"""MkDocs hooks (mkdocs.yml `hooks:`): numbers from rules.yaml, the nav, notices as HTML,
a Content-Security-Policy on every page.

- Handbook pages say `{{ time_limits.reply.业户之间 }}` and get "3 个工作日" from rules.yaml
  at build time; a placeholder that names nothing fails the build. Generated pages (notices,
  statistics) are never filled: what they hold comes from the register.
- The nav lists handbook pages, then one entry per month of notices and statistics.
- A month of notices arrives as finished HTML after a marker (sync/pages.py): it is kept
  from Markdown and added to the page afterwards, with its table of contents.
- Every page gets a Content-Security-Policy <meta>: scripts only from the site itself plus
  the theme's own inline scripts, allowed by their digests (see `CSP`).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path
from typing import Any

import jinja2
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink

from sync.core.rules import Limit, format_limit
from sync.policy.describe import approval_spans
from sync.policy.rules import handbook_view
from sync.publish.pages import NOTICES, NOTICES_HTML, STATS

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


def on_config(config):
    docs_dir = Path(config.docs_dir)
    nav: list[Any] = [{"首页": "index.md"}, {"处理手册": HANDBOOK}]
    if (docs_dir / "notices/index.md").exists():
        nav.append({"投诉公告": ["notices/index.md", *_months(docs_dir, "notices")]})
    if (docs_dir / "stats/index.md").exists():
        nav.append({"每月分析": ["stats/index.md", *_months(docs_dir, "stats")]})
    config.nav = nav
    rules = yaml.safe_load(_rules_path(config).read_text(encoding="utf-8")) or {}
    config.extra["rules"] = handbook_view(rules)
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
    bands = [(band.get("below"), band["level"]) for band in rules.get("approval", [])]
    spans = approval_spans(bands, amount=lambda value: f"{value:,}", unit=" ")
    return "\n".join(
        ["| 赔付金额（元） | 审批层级 |", "| --- | --- |"]
        + [f"| {span} | {level} |" for span, level in spans]
    )


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
    if page.file.src_uri.startswith((f"{NOTICES}/", f"{STATS}/")):
        return _split_notices(markdown, page)
    rules = config.extra["rules"]

    def fill(match):
        try:
            return resolve(rules, match.group(1))
        except KeyError:
            raise PluginError(
                f"{page.file.src_path}：占位符 {{{{ {match.group(1)} }}}} 在 rules.yaml 中找不到对应的设置，请改正占位符或补上设置。"
            ) from None

    return PLACEHOLDER.sub(fill, markdown)


_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)<a class="headerlink"')
_after_markdown: dict[str, str] = {}


def _split_notices(markdown: str, page) -> str:
    """Keep a month page's notices (finished HTML after the marker) away from Markdown."""
    head, marker, notices = markdown.partition(NOTICES_HTML)
    if marker:
        _after_markdown[page.file.src_uri] = notices
    return head


def on_page_content(html, page, config, files):
    notices = _after_markdown.pop(page.file.src_uri, None)
    if notices is None:
        return html
    # What Markdown would have done for these headings: the days in the page's contents,
    # under its title, and every anchor (days and notices) known for links to check.
    found = _HEADING.findall(notices)
    title = page.toc.items[0]
    title.children += [AnchorLink(name, id_, 2) for level, id_, name in found if level == "2"]
    page.present_anchor_ids |= {id_ for _, id_, _ in found}
    return html + notices


# No script but the site's own files and the theme's inline scripts (named by digest), no
# plugins, no <base>; styles may be inline (the theme, tables' alignment and mermaid use them).
# `frame-ancestors` cannot be set from a <meta>: a server that frames nothing sets it itself.
CSP = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
# The theme's main.html (which only extends base.html) with the policy at the top of <head>.
# The digests are of the theme's inline scripts as rendered for this page (base_url differs
# with depth), never of anything in the page's content.
_MAIN = """{% extends "base.html" %}
{% block site_meta %}
  {%- set features = config.theme.features or [] -%}
  {%- set scripts -%}
    {% include "partials/javascripts/base.html" %}
    {% include "partials/javascripts/content.html" %}
    {% if not config.theme.palette is mapping %}{% include "partials/javascripts/palette.html" %}{% endif %}
  {%- endset %}
  {{ super() }}
  <meta http-equiv="Content-Security-Policy" content="{{ scripts | csp_policy }}">
{% endblock %}
"""
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def csp_policy(scripts: str) -> str:
    """The policy allowing exactly the inline scripts in `scripts` (HTML)."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(scripts)
    )
    return CSP.format(hashes=hashes)


def on_env(env, config, files):
    env.filters["csp_policy"] = csp_policy
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"main.html": _MAIN}), env.loader])
    return env
