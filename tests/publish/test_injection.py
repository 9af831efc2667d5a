"""Nothing a register cell holds runs, formats or fills anything on the site, in the feed or
on a terminal; opted-out complaints and small counts stay out of everything published.

The pure parts are tested here; tests/publish/test_browser.py opens a site built from a register
full of these payloads in Chromium.
"""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import markdown
import pytest
from click.testing import CliRunner
from publication_samples import NOW, sample_register, sample_rules

from sync.cli import cli, terminal_safe, terminal_safe_output
from sync.publish.export import publication
from sync.publish.handbook import PLACEHOLDER
from sync.publish.pages import (
    html_text,
    md_text,
    month_sections,
    plain,
    render_pages,
    search_entries,
)
from sync.publish.stats import SECONDARY, breakdown, last_months, monthly, suppress, trend
from tests.registers import ALL_HEADERS, plain_register

ROOT = Path(__file__).resolve().parents[2]
RULES = str(ROOT / "rules.yaml")

# What staff might paste into a cell, or what a hostile one might hold. Control characters
# arrive from an .xlsx as Excel's escapes (_x001B_), which the reader decodes.
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[点此查看](javascript:window.__pwned=1)",
    "{{ config }}",
    "{% raw %}",
    "\x1b[31m红字\x1b[0m",
    "\x1b]0;窗口标题\x07响铃",
    "# 井号 | 竖线 **粗体** _斜体_ `代码` ~~删除~~ !!! note",
    "{{ time_limits.reply.业户之间 }}",
]
# What only an opted-out complaint says: it must appear nowhere published.
OPTED_OUT_WORDS = ("化粪池外溢", "18栋", "污水漫进地下室")
# Python-Markdown as mkdocs.yml configures it.
EXTENSIONS = [
    "tables",
    "admonition",
    "attr_list",
    "md_in_html",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
]


def as_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def markdown_contexts(text: str) -> str:
    """Every place the generated Markdown puts register text: a heading, a list item, table
    cells, a link's text."""
    return (
        f"### {text}\n\n- {text}：说明\n\n| 类别 | 宗数 |\n| --- | ---: |\n| {text} | {text} |\n\n"
        f'<ul><li><a href="2026-11/#n-x">{text}</a></li></ul>\n'
    )


def without_ids(html_out: str) -> str:
    return re.sub(r' id="[^"]*"', "", html_out)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_text_renders_as_the_same_page_a_plain_word_would(payload):
    escaped = md_text(payload)
    assert html.unescape(escaped) == plain(payload).strip()
    assert PLACEHOLDER.search(escaped) is None and "{%" not in escaped and "{{" not in escaped
    word = "普通文字"
    expected = without_ids(as_html(markdown_contexts(word))).replace(word, escaped)
    assert without_ids(as_html(markdown_contexts(escaped))) == expected


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_text_is_text(payload):
    escaped = html_text(payload)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    assert "{" not in escaped and "}" not in escaped
    assert html.unescape(escaped) == plain(payload)
    assert "\x1b" not in escaped and "\x07" not in escaped


def test_plain_removes_control_characters_and_line_breaks():
    assert plain("a\x1b[31mb\x07c\x9bd\r\ne\tf\x00g\ud800") == "a[31mbcd e fg"


def payload_export() -> dict:
    """The sample register's export with every register-derived string of every complaint
    (and notice) replaced by payloads."""
    records, evaluations = sample_register()
    export = publication(records, evaluations, sample_rules(), NOW).export
    for i, c in enumerate(export["complaints"]):
        text = "漏水" + "".join(PAYLOADS[(i + j) % len(PAYLOADS)] for j in range(3))
        for key in ("area", "category", "target", "channel", "status"):
            c[key] = text
        c["reasons"] = [text]
        if c["notice"]:
            for key in ("area", "category", "target", "matter", "measures", "result"):
                c["notice"][key] = text
            c["notice"]["precautions"] = c["notice"]["department"] = text
    return export


def test_search_entries_are_escaped_text():
    export = payload_export()
    entries = search_entries(export)
    notices = [e for e in entries if "#n-" in e["location"]]
    assert notices
    for entry in notices:
        for field in ("title", "text"):
            assert not re.search(r"[<>\"\x00-\x1f]", entry[field]), entry[field]
            assert "&lt;script&gt;" in entry[field] or "{{" in entry[field] or "[" in entry[field]


def test_feed_is_valid_xml_and_its_html_shows_the_text():
    export = payload_export()
    feed = render_pages(export)["notices/feed.xml"]
    items = ET.fromstring(feed).find("channel").findall("item")
    notices = sorted(
        (c["notice"] for c in export["complaints"] if c["notice"]),
        key=lambda n: (n["received"], n["id"]),
        reverse=True,
    )
    assert len(items) == len(notices)
    for item, n in zip(items, notices, strict=True):
        assert item.find("title").text == plain(f"{n['category']} · {n['area']} · {n['received']}")
        # Feed readers render a description as HTML: it must hold no tag, only text.
        description = item.find("description").text
        assert "<" not in description
        assert html.unescape(description) == plain(n["matter"] + " 处理结果：" + n["result"])
        assert item.find("guid").text == n["id"]


def test_generated_markdown_pages_hold_no_markup_from_the_register():
    pages = render_pages(payload_export())
    for path, page in pages.items():
        # A month's notices are HTML put into the built page, never Markdown (tested above).
        text = page
        if path.endswith(".md"):
            # The only raw HTML tags are the ones pages.py writes.
            tags = set(re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", text))
            assert tags <= {"h2", "/h2", "h3", "/h3", "a", "/a", "table", "/table", "tbody",
                            "/tbody", "tr", "/tr", "th", "/th", "td", "/td", "ul", "/ul",
                            "li", "/li"}, (path, tags)  # fmt: skip
            assert "{{" not in text and "{%" not in text and "\x1b" not in text, path
            assert "](javascript" not in text, path


# --- a register full of payloads (built into a site by tests/publish/test_browser.py) -----------

# Every free-text column; 投诉类别 is a list, checked against rules.yaml.
TEXT_COLUMNS = ("投诉内容", "处理措施", "处理结果", "注意事项", "楼栋区域", "项目", "责任部门", "备注")  # fmt: skip
# Control characters as Excel writes them into a file (openpyxl refuses them raw).
CELL_PAYLOADS = [p.replace("\x1b", "_x001B_").replace("\x07", "_x0007_") for p in PAYLOADS]
_WORDS = {
    "投诉内容": ["电梯井道漏水，轿厢停在3楼", "楼道灯坏了一周，夜里漏水看不见", "地下车库顶板漏水滴到车上",
                 "垃圾房漏水，异味很大", "门禁失灵，雨天岗亭漏水", "绿化带水管爆裂漏水",
                 "消防通道堆物，旁边消火栓漏水", "外墙瓷砖空鼓，窗台漏水", "泳池边地砖松动，池壁漏水"],
    "处理措施": ["工程部当天到场查看", "更换灯具和感应开关", "封堵顶板裂缝", "加派保洁清洗",
                 "更换门禁读卡器", "关闭阀门更换管段", "清理通道并检修消火栓", "搭吊篮检查外墙",
                 "更换松动地砖"],
    "处理结果": ["已修复", "已更换，业主确认", "已封堵，观察一周无渗漏", "已清理", "已恢复使用",
                 "已恢复供水", "通道已畅通", "已处理完毕", "已完工"],
    "注意事项": ["雨季前检查井道", "每月巡查灯具", "汛期前巡查顶板", "夏季每日清运",
                 "定期测试门禁", "冬季做好防冻", "每周巡查通道", "台风前检查外墙", "开放前检查池边"],
    "楼栋区域": ["3栋", "5栋", "地下车库", "垃圾房", "东门", "中心花园", "7栋", "9栋", "会所"],
    "项目": ["阳光花园"] * 9,
    "责任部门": ["工程部", "工程部", "工程部", "环境部", "秩序部", "环境部", "秩序部", "工程部", "客服部"],
    "备注": ["", "业主要求书面答复", "", "", "", "", "", "", ""],
}  # fmt: skip
_RESIDENTS = [
    ("孙丽", "3栋1单元502", "13901230001"), ("周强", "5栋2单元1203", "13901230002"),
    ("吴敏", "6栋1单元301", "13901230003"), ("郑浩", "2栋1单元801", "13901230004"),
    ("冯婷", "1栋2单元1502", "13901230005"), ("陈刚", "8栋1单元602", "13901230006"),
    ("褚云", "7栋2单元1101", "13901230007"), ("卫东", "9栋1单元401", "13901230008"),
    ("蒋琳", "4栋2单元902", "13901230009"),
]  # fmt: skip
_CATEGORIES = ["设备设施", "设备设施", "房屋质量", "服务质量", "设备设施", "物业配套",
               "服务质量", "房屋质量", "物业配套"]  # fmt: skip


def _row(received: datetime, resident: tuple[str, str, str], **cells: object) -> list[object]:
    name, unit, phone = resident
    closed = received + timedelta(hours=26)
    row = dict.fromkeys(ALL_HEADERS)
    row |= {
        "受理时间": received,
        "渠道": "来电",
        "投诉人": name,
        "房号": unit,
        "联系电话": phone,
        "投诉对象": "管理处",
        "是否有效": "有效",
        "接待人": "周敏",
        "跟进人": "吴刚",
        "负责人": "郑建华",
        "首次响应时间": received + timedelta(hours=1),
        "答复时间": received + timedelta(hours=5),
        "办结时间": closed,
        "回访时间": closed + timedelta(days=2),
        "回访结果": "满意",
        **cells,
    }
    return list(row.values())


def payload_register(path: Path) -> Path:
    """Nine closed November complaints whose every free-text column holds a payload (each
    column every payload once); a major one whose resident said 公开=否; and a month
    (October) with a single complaint."""
    rows = [
        _row(
            datetime(2026, 11, 2 + i, 9, 15 + i),
            resident,
            投诉类别=_CATEGORIES[i],
            **{
                column: _WORDS[column][i] + CELL_PAYLOADS[(i + j) % len(CELL_PAYLOADS)]
                for j, column in enumerate(TEXT_COLUMNS)
            },
        )
        for i, resident in enumerate(_RESIDENTS)
    ]
    rows.append(
        _row(
            datetime(2026, 11, 16, 20, 5),
            ("沈佳怡", "18栋2单元1901", "13755667788"),
            投诉类别="设备设施",
            安全隐患="是",
            公开="否",
            楼栋区域="18栋",
            项目="阳光花园",
            投诉内容=OPTED_OUT_WORDS[0] + "，" + OPTED_OUT_WORDS[2],
            处理措施="清掏化粪池并消毒",
            处理结果="已清理完毕",
        )
    )
    rows.append(
        _row(
            datetime(2026, 10, 12, 14, 40),
            ("韩梅", "2栋2单元702", "13901230010"),
            投诉类别="服务态度",
            楼栋区域="2栋",
            项目="阳光花园",
            投诉内容="前台接待说话不耐烦",
            处理措施="约谈当班人员",
            处理结果="已道歉",
        )
    )
    return plain_register(path, [ALL_HEADERS, *rows])


# --- the terminal -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("第 3 行「渠道」：“\x1b[31m来电\x1b[0m”", "第 3 行「渠道」：“来电”"),
        ("标题\x1b]0;pwned\x07之后", "标题之后"),
        ("链接\x1b]8;;http://x.example/\x1b\\点我\x1b]8;;\x1b\\", "链接点我"),
        ("响铃\x07回车\r退格\x08清屏\x1bc\x9b2J", "响铃回车退格清屏"),
        ("未结束的标题\x1b]0;到行尾\n下一行", "未结束的标题\n下一行"),
        ("制表\t换行\n", "制表\t换行\n"),
    ],
)
def test_terminal_safe_removes_control_sequences(raw, shown):
    assert terminal_safe(raw) == shown


def test_sync_output_quotes_a_cell_without_its_control_sequences(tmp_path):
    row = dict.fromkeys(ALL_HEADERS)
    row |= {
        "受理时间": datetime(2026, 11, 20, 9, 0),
        "投诉人": "钱多多",
        "房号": "6栋1单元701",
        "联系电话": "13622334455",
        "渠道": "来电_x001B_]0;pwned_x0007__x001B_[2J",
        "投诉对象": "管理处",
        "投诉类别": "设备设施",
        "投诉内容": "楼道灯坏了",
    }
    register = plain_register(tmp_path / "登记表.xlsx", [ALL_HEADERS, list(row.values())])
    result = CliRunner().invoke(
        cli,
        ["sync", str(register), "--rules", RULES, "--now", "2026-11-22 10:00", "--root",
         str(tmp_path), "--dry-run"],
    )  # fmt: skip
    assert "不是可选的值" in result.output, result.output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output)


def test_log_lines_lose_their_control_sequences(capsys, caplog):
    # Python prints a warning nobody handles through its last-resort handler.
    unhandled = logging.getLogger("tests.injection.unhandled")
    unhandled.propagate = False
    with terminal_safe_output():
        unhandled.warning("单元格内容 %s", "\x1b[31m红字\x1b]0;标题\x07")
        logging.getLogger("tests.injection").warning("单元格 %s", "\x1b[2J清屏")
    assert capsys.readouterr().err == "单元格内容 红字\n"
    assert caplog.records[-1].getMessage() == "单元格 清屏"


# --- opt-out ----------------------------------------------------------------------------


def register_with_an_opted_out_major() -> tuple[list, list]:
    """The sample register plus a major complaint, closed, whose resident said 公开=否."""
    records, evaluations = sample_register()
    record, evaluation = records[0], evaluations[0]
    received = datetime(2026, 10, 20, 9, 30)
    values = record.values | {
        "number": "TS-20261103-077",
        "received": received,
        "area": "18栋",
        "unit": "18栋2单元1901",
        "complainant": "蒋欣然",
        "phone": "13755667788",
        "content": "化粪池外溢，污水漫进地下室",
        "measures": "清掏化粪池并消毒",
        "result": "已清理完毕",
        "closed": received + timedelta(days=1),
        "publish": "否",
    }
    records.append(replace(record, row=99, values=values))
    evaluations.append(evaluation._replace(row=99, number="TS-20261103-077", level="重大",
                               reasons=("存在安全隐患",)))  # fmt: skip
    return records, evaluations


def test_an_opted_out_complaint_appears_on_no_page_feed_or_search_entry():
    records, evaluations = register_with_an_opted_out_major()
    export = publication(records, evaluations, sample_rules(), NOW).export
    opted_out = next(c for c in export["complaints"] if c["area"] == "18栋")
    assert opted_out["notice"] is None and opted_out["level"] == "重大"
    pages = render_pages(export)
    published = "\n".join(pages.values()) + repr(search_entries(export))
    published += repr(month_sections(export))
    for word in OPTED_OUT_WORDS:
        assert word not in published, word
    # The month's statistics count it, and list only the published major complaints.
    month = pages["stats/2026-10.md"]
    listed = month.split("## 本月重大投诉")[1]
    majors = [c for c in export["complaints"] if c["month"] == "2026-10" and c["level"] == "重大"]
    assert len(majors) == 2 and listed.count("\n- ") == 1
    assert "存在安全隐患" not in listed


# --- small counts -----------------------------------------------------------------------


def export_with_one_complaint_in(month: str) -> dict:
    records, evaluations = sample_register()
    in_month = [i for i, r in enumerate(records) if f"{r.get('received'):%Y-%m}" == month]
    keep = [i for i in range(len(records)) if i not in in_month[1:]]
    return publication(
        [records[i] for i in keep], [evaluations[i] for i in keep], sample_rules(), NOW
    ).export


def test_a_month_with_one_complaint_shows_under_three_in_the_trend_its_chart_and_its_page():
    export = export_with_one_complaint_in("2026-05")
    assert sum(c["month"] == "2026-05" for c in export["complaints"]) == 1
    pages = render_pages(export)
    assert "| 2026年5月 | &#60;3 |" in pages["stats/index.md"]
    month = pages["stats/2026-05.md"]
    assert "本月受理投诉 **&#60;3** 宗" in month
    assert "## 按" not in month and "## 回访满意度" not in month
    # The chart: no bar for the month, only "<3" at its foot.
    t = trend(monthly(export["complaints"], 3), last_months("2026-11"))
    may = next(m for m in t if m.month == "2026-05")
    assert may.total is None and may.total_shown == "<3"
    svg = pages["stats/totals.svg"]
    assert svg.count("fill: #3f6fb5") == sum(1 for m in t if m.total)
    assert svg.count("&lt;3") == sum(1 for m in t if m.total is None)


@pytest.mark.parametrize(
    ("counts", "floors", "hidden"),
    [
        # one small cell: the next smallest goes with it
        ({"一般": 5, "重要": 4, "重大": 1}, {}, {"重要", "重大"}),
        # two small cells whose sum (2) would give both away: the rest is hidden too
        ({"一般": 5, "重要": 1, "重大": 1}, {}, {"一般", "重要", "重大"}),
        # two small cells with room between them: enough
        ({"一般": 6, "重要": 2, "重大": 1}, {}, {"重要", "重大"}),
        # the major list shows 2 published 重大: with the sum 3, 重要 would be 1
        ({"一般": 10, "重要": 1, "重大": 2}, {"重大": 2}, {"一般", "重要", "重大"}),
        # a complement just over k still pins the small cell (4 = 3 + 1): one more goes
        ({"甲": 9, "乙": 8, "丙": 3, "丁": 1}, {}, {"乙", "丙", "丁"}),
        # nothing small
        ({"一般": 3, "重要": 3}, {}, set()),
    ],
)
def test_no_suppressed_count_can_be_worked_out_from_the_total(counts, floors, hidden):
    cells = suppress(Counter(counts), 3, floors)
    assert {c.label for c in cells if c.shown in ("<3", SECONDARY)} == hidden
    assert all(c.shown == str(c.count) for c in cells if c.label not in hidden)
    # "<3" is said only of small counts; a cell hidden to protect one says 隐去.
    assert all((c.shown == "<3") == (0 < c.count < 3) for c in cells)
    # Hidden cells come after the shown ones, in the order of their names.
    hidden_cells = [c.label for c in cells if c.label in hidden]
    assert [c.label for c in cells][len(cells) - len(hidden_cells) :] == hidden_cells


def test_a_breakdown_that_gives_itself_away_even_all_suppressed_is_not_published():
    assert breakdown(Counter({"设备设施": 2, "服务态度": 2}), 3) is None  # 4 = 2 + 2
    assert breakdown(Counter({"设备设施": 2, "服务态度": 1}), 3) is not None  # 3 = 2 + 1 or 1 + 2
    # The notices already show both: nothing unpublished to give away.
    assert breakdown(Counter({"设备设施": 2, "服务态度": 2}), 3, {"设备设施": 2, "服务态度": 2})


def test_rates_and_their_counts_are_given_only_when_no_small_count_can_be_read_from_them():
    export = publication(*sample_register(), sample_rules(), NOW).export
    for s in monthly(export["complaints"], 3).values():
        for rate in s.rates.values():
            if " / " in rate.shown:
                on_time, due = map(int, rate.shown.split(" = ")[0].split(" / "))
                assert all(n == 0 or n >= 3 for n in (on_time, due - on_time))
        hidden = [
            c
            for c in s.satisfaction or []
            if c.shown in ("<3", SECONDARY) and c.label != "未联系上"
        ]
        if hidden:
            assert s.satisfaction_rate.percent is None
