"""The built site in Debian's headless Chromium: pages load, Chinese search finds a notice,
and a register full of script, HTML, Markdown links and template syntax runs nothing.

Skipped when chromium is not installed (CI installs it: apt-get install chromium).
"""

from __future__ import annotations

import json
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from publication_samples import sample_rules
from test_injection import OPTED_OUT_WORDS, RULES, payload_register
from test_site import make_project

from sync.cli import cli
from sync.publish.pages import plain
from sync.publish.site import build_site, make_server

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="未安装 chromium（apt-get install chromium）"
)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]


@contextmanager
def serving(site_dir: Path) -> Iterator[str]:
    server = make_server(site_dir, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("browser"))
    with serving(build_site(root, sample_rules()).site_dir) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page; the test fails on any console error (a blocked script included) and
    on any dialog (alert, confirm, prompt)."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()
    assert errors == []


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("", "物业服务中心投诉公告与处理手册"),
        ("notices/2026-11/", "2026年11月投诉公告"),
        ("stats/2026-11/", "2026年11月投诉情况分析"),
        ("stats/", "每月投诉情况分析"),
        ("handbook/time-limits/", "时限、流程与回访"),
    ],
)
def test_page_loads_without_console_errors(page, site_url, path, heading):
    page.goto(site_url + path)
    assert page.locator("h1").first.inner_text().strip().rstrip("¶") == heading


def test_every_page_carries_a_content_security_policy(page, site_url):
    page.goto(site_url + "notices/2026-11/")
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert "script-src 'self' 'sha256-" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_flowchart_is_drawn_from_the_local_script(page, site_url):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(site_url + "handbook/time-limits/")
    # Material draws the chart into a closed shadow root of div.mermaid, replacing the pre.
    page.locator("div.mermaid").first.wait_for()
    assert page.locator("div.mermaid").first.bounding_box()["height"] > 200
    assert all(url.startswith(site_url) for url in requested)


def search(page, url: str, word: str) -> list[str]:
    """Type `word` into the search box; the results' links."""
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(word)
    box.press("End")  # Material reads the box on keyup only
    meta = page.locator(".md-search-result__meta")
    # The line reads 键入以开始搜索 / 正在初始化搜索引擎 until the results are in.
    page.wait_for_function("el => el.textContent.includes('结果')", arg=meta.element_handle())
    assert "没有找到" not in meta.inner_text()
    return page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")


def test_chinese_search_finds_a_notice_by_a_word_of_its_matter(page, site_url):
    links = search(page, site_url, "积水")
    assert any("/notices/20" in link and "#n-" in link for link in links), links


# --- a register full of payloads ----------------------------------------------------------


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    """The payload register synced by the real CLI, its export built into a site and served."""
    tmp = tmp_path_factory.mktemp("payloads")
    root = make_project(tmp)
    register = payload_register(tmp / "登记表.xlsx")
    args = ["sync", str(register), "--rules", RULES, "--now", "2026-11-22 10:00"]
    synced = CliRunner().invoke(cli, [*args, "--root", str(root)])
    assert synced.exit_code == 0, synced.output
    site_dir = build_site(root, sample_rules()).site_dir
    export = json.loads((root / "build/export/publication.json").read_text(encoding="utf-8"))
    with serving(site_dir) as url:
        yield url, site_dir, export


def notices(export: dict) -> list[dict]:
    return [c["notice"] for c in export["complaints"] if c["notice"]]


# What would have run: an injected element or script, or the flag any payload sets.
INJECTED = """() => window.__pwned !== undefined
    || document.querySelectorAll('[onerror], img[src="x"], a[href^="javascript:"]').length > 0
    || [...document.scripts].some(s => s.textContent.includes('__pwned'))"""


def test_the_payloads_reached_the_export(payload_site):
    _, _, export = payload_site
    words = " ".join(
        n[k]
        for n in notices(export)
        for k in ("area", "matter", "measures", "result", "precautions", "department")
    )
    for payload in ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">',
                    "(javascript:window.__pwned=1)", "{{ config }}", "{% raw %}", "[31m红字"):  # fmt: skip
        assert payload in words, payload
    assert "\x1b" not in words and "_x001B_" not in words


def test_no_payload_runs_on_any_page(page, payload_site):
    url, site_dir, _ = payload_site
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    assert len(pages) > 15
    for rel in pages:
        page.goto(url + rel.removesuffix("index.html"))
        assert not page.evaluate(INJECTED), rel


def test_payload_text_is_shown_as_typed(page, payload_site):
    url, _, export = payload_site
    november = [n for n in notices(export) if n["received"].startswith("2026-11")]
    page.goto(url + "notices/2026-11/")
    body = page.locator("article").inner_text()
    for n in november:
        for key in ("matter", "measures", "result", "precautions", "area"):
            assert plain(n[key]) in body, (key, n[key])
    # Area and category headings on the index, and in its table of contents.
    page.goto(url + "notices/")
    body = page.locator("article").inner_text()
    toc = page.locator(".md-sidebar--secondary").inner_text()
    for n in november:
        assert plain(n["area"]) in body and plain(n["area"]) in toc
    page.goto(url + "stats/2026-11/")
    assert "本月受理投诉 10 宗" in page.locator("article").inner_text()


def test_search_shows_payload_notices_as_text(page, payload_site):
    url, _, export = payload_site
    links = search(page, url, "漏水")
    assert sum("/notices/2026-11/" in link and "#n-" in link for link in links) >= 5, links
    results = page.locator(".md-search-result").inner_text()
    assert "<script>window.__pwned=1</script>" in results or "{{ config }}" in results
    assert not page.evaluate(INJECTED)


def test_feed_and_sitemap_are_valid_xml(payload_site):
    _, site_dir, export = payload_site
    feed = ET.parse(site_dir / "notices/feed.xml").getroot()
    assert len(feed.find("channel").findall("item")) == len(notices(export))
    ET.parse(site_dir / "sitemap.xml")


def test_an_opted_out_complaint_is_in_no_file_of_the_site(payload_site):
    _, site_dir, export = payload_site
    assert any(c["notice"] is None and c["level"] == "重大" for c in export["complaints"])
    for path in site_dir.rglob("*"):
        if path.suffix in {".html", ".xml", ".json", ".svg", ".txt"}:
            text = path.read_text(encoding="utf-8")
            assert not any(word in text for word in OPTED_OUT_WORDS), path


def test_a_month_with_one_complaint_shows_under_three(page, payload_site):
    url, site_dir, _ = payload_site
    page.goto(url + "stats/")
    row = page.locator("tr", has_text="2026年10月").first
    assert row.locator("td").nth(1).inner_text() == "<3"
    svg = (site_dir / "stats/totals.svg").read_text(encoding="utf-8")
    assert svg.count("&lt;3") == 1
    page.goto(url + "stats/2026-10/")
    assert "本月受理投诉 <3 宗" in page.locator("article").inner_text()


@pytest.fixture(scope="module")
def zensical_site_url(tmp_path_factory):
    pytest.importorskip("zensical", reason="Zensical is not installed (pip install '.[zensical]')")
    root = make_project(tmp_path_factory.mktemp("zensical"))
    with serving(build_site(root, sample_rules(), builder="zensical").site_dir) as url:
        yield url


def test_the_zensical_site_draws_the_flowchart_and_finds_notices(page, zensical_site_url):
    """Zensical's pages run under the same policy (no console error), the flowchart is drawn
    from the script we ship, and its search box (not Material's) finds the notices."""
    page.goto(zensical_site_url + "handbook/time-limits/")
    page.locator("div.mermaid").first.wait_for()
    assert page.locator("div.mermaid").first.bounding_box()["height"] > 200
    page.goto(zensical_site_url)
    page.evaluate("() => document.querySelector('#__search').click()")
    box = page.locator("input[aria-label=Search]")
    box.fill("漏水")
    box.press("End")
    found = page.locator("a[href*='/notices/'][href*='#n-']")
    found.first.wait_for()
    assert found.count() >= 3
