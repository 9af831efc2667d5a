"""Markdown, SVG and RSS for the generated part of the site, from the publication export. Pure.

`render_pages(export, site_url)` returns {path under docs_dir: text}. Notices are sections of
one page per month under a heading per day (the nav lists months, never single notices);
statistics get one page per month plus a 12-month overview with charts, each chart beside a
table of its numbers. `search_entries(export)` gives the notices' entries for the search index.

Every string from the register is escaped for where it lands, so nothing a cell holds can
run or format anything: `html_text` in HTML, `md_text` in Markdown (HTML-escaped and inert
to Markdown and to the handbook's placeholders), `_xml_text` / `_feed_html` in the RSS feed.
Only published notices (`notice` set) are shown one by one; the statistics count every
complaint, small counts suppressed (sync/stats.py).
"""

from __future__ import annotations

import html
import re
import string
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from .charts import bar_chart, rate_chart
from .stats import Cell, MonthStats, last_months, monthly, trend

NOTICES = "notices"
STATS = "stats"

# Control characters (ESC, BEL, C1, ...), surrogates and the two non-characters: none may
# appear in XML, and none has a use on a web page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")
# Every ASCII sign as a character reference: Markdown, its extensions and the handbook's
# {{ placeholders }} act on signs only, and a reference is plain text to all of them.
_MD_INERT = {ord(c): f"&#{ord(c)};" for c in string.punctuation}


def plain(text: Any) -> str:
    """Register text as one line: line breaks as spaces, control characters removed."""
    return _CONTROL.sub("", _BREAKS.sub(" ", str(text)))


_BRACES = {ord("{"): "&#123;", ord("}"): "&#125;"}


def html_text(text: Any) -> str:
    """Text as HTML text ('—' for nothing); braces as references, so that no page holds a
    `{{` that would read as a placeholder no one filled."""
    return html.escape(plain(text or "—")).translate(_BRACES)


def md_text(text: Any) -> str:
    """Text for a Markdown line (heading, list item, table cell, link text): shown as typed,
    never as markup, a link, a table column or a placeholder."""
    return plain(text or "—").strip().translate(_MD_INERT)


def _xml_text(text: Any) -> str:
    return escape(plain(text))


def _feed_html(text: Any) -> str:
    """An RSS description is HTML that feed readers render: escaped once for HTML, once for XML."""
    return escape(html.escape(plain(text)))


def month_title(month: str) -> str:
    return f"{month[:4]}年{int(month[5:])}月"


def anchor(notice: dict[str, Any]) -> str:
    """The notice's anchor on its month page, from the id the export generated."""
    return "n-" + re.sub(r"[^0-9a-z-]", "-", str(notice["id"]).lower())


def notice_title(n: dict[str, Any]) -> str:
    """A notice's title as plain text (escape it for where it goes)."""
    return f"{n['category']} · {n['area']} · {n['received']}"


def _notice_html(n: dict[str, Any]) -> str:
    """A notice: a heading with its permalink over a table, as HTML. Month pages carry it
    past Markdown (see `month_sections`)."""
    limits = "；".join(
        f"{x['clock']} {x['limit']}（{'按时' if x['met'] else '超时'}）" for x in n["limits"]
    )
    roles = n["roles"]
    callback = n["callback"]
    callback_text = (
        f"{callback['date']} 回访，{callback['result'] or '结果未记录'}"
        if callback["date"]
        else "尚未回访"
    )
    rows = [
        ("受理日期", html_text(n["received"])),
        ("区域", html_text(n["area"])),
        ("类别", f"{html_text(n['category'])}（投诉对象：{html_text(n['target'])}）"),
        ("事项", html_text(n["matter"])),
        ("处理经过", html_text(n["measures"])),
        ("处理结果", f"{html_text(n['result'])}（办结日期 {html_text(n['closed'])}）"),
        ("回访", html_text(callback_text)),
        ("注意事项", html_text(n["precautions"])),
        ("适用时限", html_text(limits)),
        (
            "经办",
            f"接待：{html_text(roles['receiver'])}；跟进：{html_text(roles['follower'])}；"
            f"负责：{html_text(roles['responsible'])}（{html_text(n['department'])}）",
        ),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        _heading(3, anchor(n), html_text(notice_title(n)))
        + f"<table><tbody>{body}</tbody></table>\n"
    )


def _heading(level: int, anchor_id: str, text: str) -> str:
    """A heading with its permalink, as Markdown's toc extension writes one."""
    return (
        f'<h{level} id="{anchor_id}">{text}'
        f'<a class="headerlink" href="#{anchor_id}" title="Permanent link">&para;</a></h{level}>\n'
    )


def day_marker(day: str) -> str:
    """Where a day's notices go on a built month page (see `month_sections`)."""
    return f"<!-- notices d-{day} -->"


def _month_markdown(items: list[dict[str, Any]]) -> str:
    """A month's days as Markdown headings, each followed by its marker: the page's
    contents list the days (a month can hold hundreds of notices). The notices themselves
    are put in place of the markers in the built page (`month_sections`): Markdown's
    raw-HTML handling of 10,000 notices took most of the site build, and there is nothing
    in them for Markdown to do."""
    days = dict.fromkeys(n["received"] for n in items)
    return "".join(
        f"## {int(day[5:7])}月{int(day[8:])}日 {{#d-{day}}}\n\n{day_marker(day)}\n\n"
        for day in days
    )


def month_sections(export: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{month: {day marker: the day's notices as HTML}}, each notice a heading with its own
    anchor over a table, for the built month pages."""
    sections: dict[str, dict[str, str]] = {}
    for month, items in _by_month(export["complaints"]).items():
        days: dict[str, list[str]] = defaultdict(list)
        for n in items:
            days[day_marker(n["received"])].append(_notice_html(n))
        sections[month] = {marker: "".join(html) for marker, html in days.items()}
    return sections


# Front matter keeping a page out of Material's search: notices get entries from
# `search_entries` instead of being parsed back out of their HTML.
_NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"
# What a notice's search entry holds: its words. The title carries category, area and date;
# limits and staff roles read alike in every notice.
_SEARCHED = ("matter", "measures", "result", "precautions")
# The index lists this many of the newest notices per category and per area.
INDEX_LATEST = 10


def _by_month(complaints: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Published notices per month (newest month first), newest first within a month."""
    by_month: dict[str, list] = defaultdict(list)
    for c in complaints:
        if c["notice"]:
            by_month[c["notice"]["received"][:7]].append(c["notice"])
    for items in by_month.values():
        items.sort(key=lambda n: (n["received"], n["id"]), reverse=True)
    return dict(sorted(by_month.items(), reverse=True))


def _month_intro(month: str, count: int) -> tuple[str, str]:
    return (
        f"{month_title(month)}投诉公告",
        f"本月公告 {count} 则，按受理日期从新到旧排列。公告不含任何住户姓名、房号或联系方式。",
    )


def _notices(complaints: list[dict[str, Any]], title: str, site_url: str) -> dict[str, str]:
    by_month = _by_month(complaints)
    pages = {}
    for month, items in by_month.items():
        heading, intro = _month_intro(month, len(items))
        pages[f"{NOTICES}/{month}.md"] = (
            f"{_NO_SEARCH}# {heading}\n\n{intro}\n\n" + _month_markdown(items)
        )
    newest = [n for items in by_month.values() for n in items]
    pages[f"{NOTICES}/index.md"] = _notice_index(by_month, newest)
    pages[f"{NOTICES}/feed.xml"] = _feed(newest[:50], title, site_url)
    return pages


def search_entries(export: dict[str, Any]) -> list[dict[str, str]]:
    """Search entries for the month pages and each notice on them, in Material's shape
    (location, title, text), before Chinese segmentation. Material shows a result's title
    and text as HTML: both are escaped text."""
    entries = []
    for month, items in _by_month(export["complaints"]).items():
        heading, intro = _month_intro(month, len(items))
        entries.append({"location": f"{NOTICES}/{month}/", "title": heading, "text": intro})
        entries += [
            {
                "location": f"{NOTICES}/{month}/#{anchor(n)}",
                "title": html.escape(plain(notice_title(n))),
                "text": html.escape(plain(" ".join(n[k] for k in _SEARCHED if n[k]))),
            }
            for n in items
        ]
    return entries


def _link(n: dict[str, Any]) -> str:
    # Directory URLs: notices/index.md is served as notices/, a month as notices/2026-11/.
    return f'<li><a href="{n["received"][:7]}/#{anchor(n)}">{md_text(notice_title(n))}</a></li>'


def _notice_index(by_month: dict[str, list], newest: list[dict[str, Any]]) -> str:
    lines = [
        "# 投诉公告",
        "",
        "已办结投诉的处理情况，按月公布。订阅更新：[RSS](feed.xml)。",
        "",
        "## 按月份",
        "",
    ]
    for month, items in by_month.items():
        lines.append(f"- [{month_title(month)}]({month}.md)：{len(items)} 则")
    for key, title in (("category", "按类别"), ("area", "按区域")):
        lines += ["", f"## {title}", ""]
        groups: dict[str, list] = defaultdict(list)
        for n in newest:
            groups[n[key]].append(n)
        for name in sorted(groups):
            shown = groups[name][:INDEX_LATEST]
            lines += [f"### {md_text(name)}", ""]
            if len(groups[name]) > len(shown):
                lines += [
                    f"共 {len(groups[name])} 则，以下是最新的 {len(shown)} 则；更早的请按月份查看或搜索。",
                    "",
                ]
            lines.append("<ul>" + "".join(_link(n) for n in shown) + "</ul>")
            lines.append("")
    return "\n".join(lines) + "\n"


def _feed(notices: Iterable[dict[str, Any]], title: str, site_url: str) -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    items = []
    for n in notices:
        link = f"{base}{NOTICES}/{n['received'][:7]}/#{anchor(n)}"
        date = format_datetime(datetime.fromisoformat(n["received"] + "T12:00:00+08:00"))
        items.append(
            "<item>"
            f"<title>{_xml_text(notice_title(n))}</title>"
            f'<link>{escape(link)}</link><guid isPermaLink="false">{_xml_text(n["id"])}</guid>'
            f"<pubDate>{date}</pubDate>"
            f"<description>{_feed_html(n['matter'] + ' 处理结果：' + n['result'])}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{_xml_text(title)}</title><link>{escape(base + NOTICES + '/')}</link>"
        "<description>已办结投诉的匿名公告</description><language>zh-cn</language>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def _table(header: tuple[str, str], rows: Iterable[tuple[Any, Any]]) -> list[str]:
    out = [f"| {header[0]} | {header[1]} |", "| --- | ---: |"]
    out += [f"| {md_text(a)} | {md_text(b)} |" for a, b in rows]
    return out + [""]


def _breakdown(header: tuple[str, str], cells: list[Cell] | None) -> list[str]:
    if cells is None:
        return ["分项都很少，合在一起可推算出具体数字，不公布。", ""]
    if not cells:
        return ["本月没有记录。", ""]
    return _table(header, ((c.label, c.shown) for c in cells))


def _month_page(s: MonthStats, k: int) -> str:
    lines = [
        # Counts and rates, every month alike: in search they only crowd out the notices.
        _NO_SEARCH + f"# {month_title(s.month)}投诉情况分析",
        "",
        f"本月受理投诉 **{md_text(s.total_shown)}** 宗。少于 {k} 宗的数字显示为“&lt;{k}”，"
        "以免推断出具体住户；由此可能推算出的数字也一并隐去。",
        "",
    ]
    if not s.breakdowns:
        lines += [f"本月投诉少于 {k} 宗，不分项统计。", ""]
    for title, cells in s.breakdowns.items():
        lines += [f"## 按{title}", ""] + _breakdown((title, "宗数"), cells)
    lines += ["## 时限达成率", ""]
    lines += _table(
        ("时限", "按时 / 应完成 = 达成率"), ((r.label, r.shown) for r in s.rates.values())
    )
    lines += ["## 处理时长（受理至办结）", ""]
    lines += _table(("指标", "数值"), (("平均", s.average_hours),))
    if s.breakdowns:
        lines += ["## 回访满意度", ""] + _breakdown(("回访结果", "宗数"), s.satisfaction)
    lines += [
        f"满意率（满意与基本满意占已联系上的比例）：**{md_text(s.satisfaction_rate.shown)}**",
        "",
    ]
    lines += ["## 本月重大投诉", ""]
    if not s.major:
        lines.append("本月没有已公告的重大投诉。")
    for c in s.major:
        why = "；".join(md_text(r) for r in c["reasons"]) or "人工判定为重大"
        lines.append(
            f"- {md_text(c['received'])} {md_text(c['category'])} · {md_text(c['area'])}："
            f"{why}；当前状态：{md_text(c['status'])}"
            f"（[查看公告](../{NOTICES}/{c['month']}.md#{anchor(c['notice'])})）"
        )
    return "\n".join(lines) + "\n"


def _stats(complaints: list[dict[str, Any]], k: int, generated: str) -> dict[str, Any]:
    stats = monthly(complaints, k)
    pages: dict[str, Any] = {}
    for month, s in stats.items():
        pages[f"{STATS}/{month}.md"] = _month_page(s, k)
    window = last_months(next(iter(stats), generated[:7]))
    t = trend(stats, window)
    pages[f"{STATS}/totals.svg"] = bar_chart(
        window, [m.total for m in t], "每月投诉宗数", hidden=f"<{k}"
    )
    pages[f"{STATS}/rates.svg"] = rate_chart(
        window,
        {"答复按时率": [m.reply for m in t], "回访满意率": [m.satisfied for m in t]},
        "答复按时率与满意率",
    )

    def pct(v):
        return "—" if v is None else f"{v}%"

    lines = [
        "# 每月投诉情况分析",
        "",
        f"近 12 个月的趋势（数据截至 {generated[:10]}）。每张图下方列出图中的数字。",
        "",
        "## 每月投诉宗数",
        "",
        "![每月投诉宗数](totals.svg)",
        "",
    ]
    lines += _table(("月份", "宗数"), ((month_title(m.month), m.total_shown) for m in t))
    lines += [
        f"少于 {k} 宗的月份显示为“&lt;{k}”，图中不画出。",
        "",
        "## 答复按时率与满意率",
        "",
        "![答复按时率与满意率](rates.svg)",
        "",
        "| 月份 | 答复按时率 | 回访满意率 |",
        "| --- | ---: | ---: |",
        *(f"| {month_title(m.month)} | {pct(m.reply)} | {pct(m.satisfied)} |" for m in t),
        "",
        f"“—”表示当月可统计的投诉少于 {k} 宗，或有分项少于 {k} 宗。",
        "",
        "## 各月分析",
        "",
    ]
    lines += [f"- [{month_title(m)}]({m}.md)" for m in stats]
    pages[f"{STATS}/index.md"] = "\n".join(lines) + "\n"
    return pages


def render_pages(export: dict[str, Any], site_url: str = "") -> dict[str, str]:
    complaints = export["complaints"]
    k = int(export["min_cell"])
    pages = _notices(complaints, export["title"], site_url)
    pages.update(_stats(complaints, k, export["generated"]))
    return pages
