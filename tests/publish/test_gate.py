"""The site gate on sites written by hand: what it reads, what it verifies by digest, what it
refuses, and which register row a finding names. Real RegisterValues from a sample register;
the full build (real `mkdocs build`) is in test_site.py."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from publication_samples import sample_register, sample_rules

from sync.core.model import Record
from sync.publish.anonymize import Own, RegisterValues
from sync.publish.gate import Leak, check_site, digest, theme_dirs, theme_manifest
from sync.publish.site import MERMAID, vendored_files

# Row 2 of the sample register: 张伟, 3栋2单元1102室, 13800138000. Row 5: 2栋1单元502室.
ZHANG_ROWS = (2, 10, 18, 26, 34)
NOTICE = "gdwxxdwmqf"  # a published notice id, as the export makes them (wx by chance)
NOTICE_ROW = 7


@pytest.fixture(scope="module")
def known() -> RegisterValues:
    records, _ = sample_register()
    return RegisterValues.from_records(records, sample_rules().publishing.staff_roles)


def gate(tmp: Path, known: RegisterValues, files: dict[str, str | bytes], assets=None):
    site = tmp / "site"
    for rel, content in files.items():
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
    return check_site(site, known, {NOTICE: NOTICE_ROW}, assets or {})


def page(body: str) -> str:
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>公告</title></head>'
        f'<body><div class="md-content"><article class="md-typeset">{body}</article></div>'
        "<footer>物业服务中心</footer></body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        "<p>投诉人张伟已回访</p>",
        "<p>投诉人&#24352;&#20255;已回访</p>",  # numeric entities
        "<p>投诉人<b>张</b>伟已回访</p>",  # split by an inline tag
        '<p><a href="/people/%E5%BC%A0%E4%BC%9F/">回访记录</a></p>',  # %-escaped link
        '<p><img src="x.png" alt="张伟家门口"></p>',
        '<p><abbr title="张伟">业主</abbr></p>',
        '<p><span aria-label="张伟">业主</span></p>',
        "<!-- 张伟 -->",  # in the source, for anyone who looks
        '<svg viewBox="0 0 10 10"><text x="1" y="1">张伟</text></svg>',
    ],
)
def test_what_a_reader_or_crawler_sees_is_read(tmp_path, known, body):
    report = gate(tmp_path, known, {"p/index.html": page(body)})
    assert report.leaks == (Leak("p/index.html", "姓名", ZHANG_ROWS),)


def test_meta_content_and_titles_are_read(tmp_path, known):
    html = page("<p>公告</p>").replace(
        "<title>公告</title>", '<title>公告</title><meta name="description" content="业主张伟">'
    )
    report = gate(tmp_path, known, {"index.html": html})
    assert [leak.kind for leak in report.leaks] == ["姓名"]


def test_theme_code_and_svg_geometry_are_not_read_for_flat_numbers(tmp_path, known):
    # 502 is a flat in the register (2栋1单元502室): numbers in code and drawings are not flats.
    body = (
        '<svg viewBox="0 0 502 1102"><path d="M502 1102 L 502 1102 Z"></path></svg>'
        "<script>var width=502,height=1102;</script><style>.x{width:502px}</style>"
        "<p>电梯已修复。</p>"
    )
    report = gate(tmp_path, known, {"index.html": page(body)})
    assert report.passed and report.scanned == 1


def test_digests_in_the_csp_and_integrity_attributes_are_not_read(tmp_path, known):
    # Random base64 reads as an account by chance: "aXVx..." holds vx (WeChat) and letters.
    digests = "'sha256-/8wPdzX9q0NNJXyA5lzsLojXFpkeaXVxhbfkUOQaWy8='"
    html = page("<p>公告</p>").replace(
        "<title>",
        f'<meta http-equiv="Content-Security-Policy" content="script-src \'self\' {digests}">'
        f'<script src="x.js" integrity="sha384-aXVxhbfkUOQaWy8"></script><title>',
    )
    assert gate(tmp_path, known, {"index.html": html}).passed


def test_counts_and_the_themes_404_page_are_not_the_registers_flats(tmp_path):
    # Flats 101 and 404 are in the register; on the pages they are a count and an error code.
    records, _ = sample_register()
    records[0] = Record(row=2, values={**records[0].values, "unit": "1栋101室"})
    records[1] = Record(row=3, values={**records[1].values, "unit": "3栋404室"})
    known = RegisterValues.from_records(records, sample_rules().publishing.staff_roles)
    body = (
        "<h1>404 - Not found</h1><h2>按类别</h2><table><thead><tr><th>类别</th><th>宗数</th>"
        "</tr></thead><tbody><tr><td>设备设施</td><td>101</td></tr></tbody></table>"
    )
    assert gate(tmp_path / "a", known, {"404.html": page(body)}).passed
    report = gate(tmp_path / "b", known, {"index.html": page("<p>楼上404漏水</p>")})
    assert report.leaks == (Leak("index.html", "房号", (3,)),)


def test_a_hit_inside_a_notice_names_the_notices_row(tmp_path, known):
    body = (
        f'<h2 id="d-2026-11-18">11月18日</h2><h3 id="n-{NOTICE}">设备设施 · 3栋 · 2026-11-18'
        f'<a class="headerlink" href="#n-{NOTICE}">&para;</a></h3>'
        "<table><tr><th>处理经过</th><td>已联系业主，电话 139 2233 4455</td></tr></table>"
    )
    report = gate(tmp_path, known, {"notices/2026-11/index.html": page(body)})
    assert report.leaks == (Leak("notices/2026-11/index.html", "电话", (NOTICE_ROW,)),)


def test_a_notices_own_given_name_and_flat_are_found_alone_in_it_only(tmp_path, known):
    """丽萍 is 褚丽萍 in the notice of her complaint (her row), and 3408 her flat, wherever
    that notice's text goes (the page, the feed, the search index); on another notice, or
    outside any, they are a word and a number like any other."""
    section = f'<h3 id="n-{NOTICE}">设备设施</h3><p>丽萍说已修好</p><p>回南天3408衣柜发霉</p>'
    after = '<h2 id="d-2026-11-17">11月17日</h2><p>丽萍花园东门，3408衣柜</p>'
    index = {"docs": [{"location": f"notices/2026-11/#n-{NOTICE}", "text": "丽萍说已修好"}]}
    files = {
        "notices/2026-11/index.html": page(section + after),
        "search/search_index.json": json.dumps(index, ensure_ascii=False),
    }
    site = tmp_path / "site"
    for rel, content in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(content, encoding="utf-8")
    notices = {NOTICE: NOTICE_ROW}
    hers = Own(("丽萍",), frozenset({"3408"}))
    report = check_site(site, known, notices, {}, {NOTICE_ROW: hers})
    assert set(report.leaks) == {
        Leak("notices/2026-11/index.html", "姓名", (NOTICE_ROW,)),
        Leak("notices/2026-11/index.html", "房号", (NOTICE_ROW,)),
        Leak("search/search_index.json", "姓名", (NOTICE_ROW,)),
    }
    assert check_site(site, known, notices, {}, {NOTICE_ROW + 1: hers}).passed
    assert check_site(site, known, notices, {}).passed


def test_the_notice_section_ends_at_the_next_heading(tmp_path, known):
    body = (
        f'<h3 id="n-{NOTICE}">设备设施</h3><p>已修复</p>'
        '<h2 id="d-2026-11-17">11月17日</h2><p>值班电话 139 2233 4455</p>'
    )
    report = gate(tmp_path, known, {"notices/2026-11/index.html": page(body)})
    assert report.leaks == (Leak("notices/2026-11/index.html", "电话", ()),)


def test_a_link_to_a_notice_names_its_row_for_the_whole_list_item(tmp_path, known):
    body = (
        "<ul><li>2026-11-18 设备设施 · 楼下805：同类户数 12 ≥ 10"
        f'（<a href="../../notices/2026-11/#n-{NOTICE}">查看公告</a>）</li></ul>'
    )
    report = gate(tmp_path, known, {"stats/2026-11/index.html": page(body)})
    assert report.leaks == (Leak("stats/2026-11/index.html", "房号", (NOTICE_ROW,)),)


def test_feed_items_are_read_whole_with_their_notices_row(tmp_path, known):
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>公告</title>'
        "<item><title>设备设施 · 住在501 · 2026-11-18</title>"
        f"<link>https://tousu.example.com/notices/2026-11/#n-{NOTICE}</link>"
        f'<guid isPermaLink="false">{NOTICE}</guid>'
        "<description>&lt;p&gt;回访&lt;b&gt;张&lt;/b&gt;伟&lt;/p&gt;</description></item>"
        "</channel></rss>\n"
    )
    report = gate(tmp_path, known, {"notices/feed.xml": feed})
    assert report.leaks == (
        Leak("notices/feed.xml", "姓名", ZHANG_ROWS),
        Leak("notices/feed.xml", "房号", (NOTICE_ROW,)),
    )


def test_search_index_strings_are_decoded_and_read_as_the_search_box_shows_them(tmp_path, known):
    index = {
        "config": {"lang": ["zh"]},
        "docs": [
            {"location": "handbook/", "title": "手册", "text": "<p>受理时请核对房号</p>"},
            {
                "location": f"notices/2026-11/#n-{NOTICE}",
                "title": "设备设施",
                "text": "已修复 &lt;b&gt;回访&lt;/b&gt; 电话 136/2233/4455",
            },
            {"location": "notices/2026-10/", "title": "十月", "text": "<p>\u5f20<i>伟</i></p>"},
        ],
    }
    files = {"search/search_index.json": json.dumps(index, ensure_ascii=True)}
    report = gate(tmp_path, known, files)
    assert report.leaks == (
        Leak("search/search_index.json", "姓名", ZHANG_ROWS),
        Leak("search/search_index.json", "电话", (NOTICE_ROW,)),
    )


def test_the_compressed_sitemap_is_read(tmp_path, known):
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset><url>'
        "<loc>https://tousu.example.com/people/%E5%BC%A0%E4%BC%9F/</loc></url></urlset>"
    )
    report = gate(tmp_path, known, {"sitemap.xml.gz": gzip.compress(sitemap.encode())})
    assert [(leak.file, leak.kind) for leak in report.leaks] == [("sitemap.xml.gz", "姓名")]


def test_chart_text_is_read_and_its_drawing_is_not(tmp_path, known):
    svg = (
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 502 1102">'
        '<path d="M 502 1102 L 1102 502 z" style="fill: #502502"/>'
        '<text transform="translate(502 1102)">{}</text></svg>'
    )
    assert gate(tmp_path / "a", known, {"stats/totals.svg": svg.format("26年11月")}).passed
    report = gate(tmp_path / "b", known, {"stats/totals.svg": svg.format("3栋2单元1102室")})
    assert [leak.kind for leak in report.leaks] == ["房号"]


def test_the_pages_own_anchors_are_not_read_as_flats_or_accounts(tmp_path, known):
    body = (
        '<h2 id="d-2026-11-18">11月18日<a href="#d-2026-11-18">&para;</a></h2>'
        f'<h3 id="n-{NOTICE}">设备设施<a href="#n-{NOTICE}">&para;</a></h3>'
        f'<nav><a href="#d-2026-11-18">11月18日</a><a href="../2026-11/#n-{NOTICE}">公告</a></nav>'
    )
    assert gate(tmp_path / "a", known, {"notices/2026-11/index.html": page(body)}).passed
    # The same shapes typed by staff are a flat and an account: D-2026, 微信 wxxdwmqf.
    typed = "<p>区域 D-2026，微信 wxxdwmqf</p>"
    report = gate(tmp_path / "b", known, {"index.html": page(typed)})
    assert [leak.kind for leak in report.leaks] == ["房号", "账号"]


def test_theme_files_are_verified_by_digest_not_read(tmp_path, known):
    tinyseg = "assets/javascripts/lunr/tinyseg.js"
    theme = theme_dirs()[0]
    data = (theme / tinyseg).read_bytes()
    mermaid = vendored_files()[MERMAID]
    # The flats that used to block builds are in these files: they must not be read for them.
    assert b"502" in mermaid and b"601" in mermaid
    assets = theme_manifest() | {MERMAID: digest(mermaid)}
    report = gate(tmp_path, known, {tinyseg: data, MERMAID: mermaid}, assets)
    assert report.passed and report.verified == 2 and report.scanned == 0


def test_a_theme_file_that_differs_from_the_package_is_read_as_text(tmp_path, known):
    tinyseg = "assets/javascripts/lunr/tinyseg.js"
    data = (theme_dirs()[0] / tinyseg).read_bytes() + "\n// 回访 13800138000\n".encode()
    report = gate(tmp_path, known, {tinyseg: data}, theme_manifest())
    assert report.verified == 0 and report.scanned == 1
    assert Leak(tinyseg, "电话", (2, 6, 10, 14, 18, 22, 26, 30, 34, 38)) in report.leaks


def test_the_manifest_covers_what_material_and_search_ship(known):
    manifest = theme_manifest()
    assert "assets/javascripts/lunr/tinyseg.js" in manifest
    assert any(rel.startswith("assets/javascripts/bundle.") for rel in manifest)
    assert "search/main.js" in manifest  # MkDocs' own search plugin
    assert not any(rel.startswith(".icons/") for rel in manifest)  # inlined, never copied


def test_a_file_that_is_neither_text_nor_a_theme_file_is_refused(tmp_path, known):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    report = gate(tmp_path, known, {"assets/images/photo.png": png, "index.html": page("")})
    assert not report.passed and not report.leaks
    assert [file for file, _ in report.unchecked] == ["assets/images/photo.png"]


def test_other_text_files_are_read(tmp_path, known):
    report = gate(tmp_path, known, {"robots.txt": "User-agent: *\n# 管理员 张伟\n"})
    assert [leak.kind for leak in report.leaks] == ["姓名"]


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_is_refused_not_followed(tmp_path, known):
    private = tmp_path / "private.json"
    private.write_text('["张伟"]', encoding="utf-8")
    report = gate(tmp_path, known, {"index.html": page("")})
    (tmp_path / "site" / "data").symlink_to(tmp_path)
    (tmp_path / "site" / "list.json").symlink_to(private)
    report = check_site(tmp_path / "site", known, {}, {})
    assert sorted(file for file, _ in report.unchecked) == ["data", "list.json"]


def test_a_long_cell_of_households_is_read_without_recursion(tmp_path, known):
    households = "、".join(
        f"{b}栋{u}单元{f}0{r}室住户"
        for b in range(1, 9)
        for u in (1, 2)
        for f, r in ((5, 1), (6, 2), (7, 3))
    )
    text = f"<p>联名投诉：{households * 20}</p>"
    report = gate(tmp_path, known, {"index.html": page(text)})
    assert report.scanned == 1 and [leak.kind for leak in report.leaks] == ["房号"]
