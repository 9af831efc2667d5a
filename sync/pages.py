"""Markdown, SVG and RSS for the generated part of the site, from the publication export. Pure.

`render_pages(export, site_url)` returns {path under docs_dir: text}. Notices are sections of
one page per month under a heading per day (the nav lists months, never single notices);
statistics get one page per month plus a 12-month overview with charts, each chart beside a
table of its numbers. `search_entries(export)` gives the notices' entries for the search index.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from .charts import bar_chart, rate_chart
from .stats import MonthStats, last_months, month_stats, months_of, trend

NOTICES = "notices"
STATS = "stats"


def month_title(month: str) -> str:
    return f"{month[:4]}年{int(month[5:])}月"


def anchor(notice: dict[str, Any]) -> str:
    return "n-" + "".join(ch if ch.isalnum() else "-" for ch in notice["number"]).lower()


def _cell(text: Any) -> str:
    """Text as HTML inside a table cell or list item ('—' for nothing)."""
    return html.escape(str(text or "—")).replace("\n", " ")


def notice_title(n: dict[str, Any]) -> str:
    return f"{n['category']} · {n['area']} · {n['received']}"


def _notice_html(n: dict[str, Any]) -> str:
    """A notice: a heading with its permalink over a table, as HTML. Month pages carry it
    past Markdown (see `NOTICES_HTML`)."""
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
        ("受理日期", _cell(n["received"])),
        ("区域", _cell(n["area"])),
        ("类别", f"{_cell(n['category'])}（投诉对象：{_cell(n['target'])}）"),
        ("事项", _cell(n["matter"])),
        ("处理经过", _cell(n["measures"])),
        ("处理结果", f"{_cell(n['result'])}（办结日期 {_cell(n['closed'])}）"),
        ("回访", _cell(callback_text)),
        ("注意事项", _cell(n["precautions"])),
        ("适用时限", _cell(limits)),
        (
            "经办",
            f"接待：{_cell(roles['receiver'])}；跟进：{_cell(roles['follower'])}；"
            f"负责：{_cell(roles['responsible'])}（{_cell(n['department'])}）",
        ),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        _heading(3, anchor(n), _cell(notice_title(n)))
        + f"<table><tbody>{body}</tbody></table>\n"
    )


def _heading(level: int, anchor_id: str, text: str) -> str:
    """A heading with its permalink, as Markdown's toc extension writes one."""
    return (
        f'<h{level} id="{anchor_id}">{text}'
        f'<a class="headerlink" href="#{anchor_id}" title="Permanent link">&para;</a></h{level}>\n'
    )


def _month_html(items: list[dict[str, Any]]) -> str:
    """A month's notices under a heading per day: the page's contents list the days (a
    month can hold hundreds of notices), each notice keeps its own anchor."""
    out: list[str] = []
    for i, n in enumerate(items):
        day = n["received"]
        if i == 0 or items[i - 1]["received"] != day:
            out.append(_heading(2, f"d-{day}", f"{int(day[5:7])}月{int(day[8:])}日"))
        out.append(_notice_html(n))
    return "".join(out)


# Month pages put their notices after this line as finished HTML, which the site hooks add
# to the page after Markdown has run: Markdown's raw-HTML handling of 10,000 notices took
# most of the site build, and there is nothing in them for Markdown to do.
NOTICES_HTML = "<!-- notices as HTML, added after Markdown by sync/site_hooks.py -->"
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
        items.sort(key=lambda n: (n["received"], n["number"]), reverse=True)
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
            f"{_NO_SEARCH}# {heading}\n\n{intro}\n\n{NOTICES_HTML}\n" + _month_html(items)
        )
    newest = [n for items in by_month.values() for n in items]
    pages[f"{NOTICES}/index.md"] = _notice_index(by_month, newest)
    pages[f"{NOTICES}/feed.xml"] = _feed(newest[:50], title, site_url)
    return pages


def search_entries(export: dict[str, Any]) -> list[dict[str, str]]:
    """Search entries for the month pages and each notice on them, in Material's shape
    (location, title, text), before Chinese segmentation."""
    entries = []
    for month, items in _by_month(export["complaints"]).items():
        heading, intro = _month_intro(month, len(items))
        entries.append({"location": f"{NOTICES}/{month}/", "title": heading, "text": intro})
        entries += [
            {
                "location": f"{NOTICES}/{month}/#{anchor(n)}",
                "title": notice_title(n),
                "text": " ".join(n[k] for k in _SEARCHED if n[k]),
            }
            for n in items
        ]
    return entries


def _link(n: dict[str, Any]) -> str:
    # Directory URLs: notices/index.md is served as notices/, a month as notices/2026-11/.
    return f'<li><a href="{n["received"][:7]}/#{anchor(n)}">{_cell(notice_title(n))}</a></li>'


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
            lines += [f"### {name}", ""]
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
            f"<title>{escape(n['category'] + ' · ' + n['area'] + ' · ' + n['received'])}</title>"
            f'<link>{escape(link)}</link><guid isPermaLink="false">{escape(n["number"])}</guid>'
            f"<pubDate>{date}</pubDate>"
            f"<description>{escape(n['matter'] + ' 处理结果：' + n['result'])}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(base + NOTICES + '/')}</link>"
        "<description>已办结投诉的匿名公告</description><language>zh-cn</language>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def _table(header: tuple[str, str], rows: Iterable[tuple[Any, Any]]) -> list[str]:
    out = [f"| {header[0]} | {header[1]} |", "| --- | ---: |"]
    out += [f"| {_cell(a)} | {_cell(b)} |" for a, b in rows]
    return out + [""]


def _month_page(s: MonthStats, k: int) -> str:
    lines = [
        # Counts and rates, every month alike: in search they only crowd out the notices.
        _NO_SEARCH + f"# {month_title(s.month)}投诉情况分析",
        "",
        f"本月受理投诉 **{s.total}** 宗。少于 {k} 宗的分项显示为“<{k}”，以免推断出具体住户。",
        "",
    ]
    for title, cells in s.breakdowns.items():
        lines += [f"## 按{title}", ""] + _table(
            (title, "宗数"), ((c.label, c.shown) for c in cells)
        )
    lines += ["## 时限达成率", ""]
    lines += _table(
        ("时限", "按时 / 应完成 = 达成率"),
        (
            (r.label, f"{r.on_time} / {r.due} = {r.shown}" if r.due >= k else r.shown)
            for r in s.rates
        ),
    )
    lines += ["## 处理时长（受理至办结）", ""]
    lines += _table(("指标", "数值"), (("平均", s.average_hours), ("最长", s.longest_hours)))
    lines += ["## 回访满意度", ""]
    lines += _table(("回访结果", "宗数"), ((c.label, c.shown) for c in s.satisfaction))
    lines += [f"满意率（满意与基本满意占已联系上的比例）：**{s.satisfaction_rate}**", ""]
    lines += ["## 本月重大投诉", ""]
    if not s.major:
        lines.append("本月没有重大投诉。")
    for c in s.major:
        why = "；".join(c["reasons"]) or "人工判定为重大"
        line = f"- {c['received']} {c['category']} · {c['area']}：{why}；当前状态：{c['status']}"
        if c["notice"]:
            line += f"（[查看公告](../{NOTICES}/{c['month']}.md#{anchor(c['notice'])})）"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _stats(complaints: list[dict[str, Any]], k: int, generated: str) -> dict[str, Any]:
    months = months_of(complaints)
    pages: dict[str, Any] = {}
    for month in months:
        pages[f"{STATS}/{month}.md"] = _month_page(month_stats(complaints, month, k), k)
    latest = months[0] if months else generated[:7]
    window = last_months(latest)
    t = trend(complaints, window, k)
    pages[f"{STATS}/totals.svg"] = bar_chart(window, t["totals"], "每月投诉宗数")
    pages[f"{STATS}/rates.svg"] = rate_chart(
        window, {"答复按时率": t["reply"], "回访满意率": t["satisfied"]}, "答复按时率与满意率"
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
    lines += _table(("月份", "宗数"), zip(map(month_title, window), t["totals"], strict=True))
    lines += ["## 答复按时率与满意率", "", "![答复按时率与满意率](rates.svg)", ""]
    lines += [
        "| 月份 | 答复按时率 | 回访满意率 |",
        "| --- | ---: | ---: |",
        *(
            f"| {month_title(m)} | {pct(r)} | {pct(s)} |"
            for m, r, s in zip(window, t["reply"], t["satisfied"], strict=True)
        ),
        "",
        f"“—”表示当月可统计的投诉少于 {k} 宗。",
        "",
        "## 各月分析",
        "",
    ]
    lines += [f"- [{month_title(m)}]({m}.md)" for m in months]
    pages[f"{STATS}/index.md"] = "\n".join(lines) + "\n"
    return pages


def render_pages(export: dict[str, Any], site_url: str = "") -> dict[str, str]:
    complaints = export["complaints"]
    k = int(export["min_cell"])
    pages = _notices(complaints, export["title"], site_url)
    pages.update(_stats(complaints, k, export["generated"]))
    return pages
