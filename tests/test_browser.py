"""The built site in Debian's headless Chromium: pages load, Chinese search finds a notice.

Skipped when chromium is not installed (CI installs it: apt-get install chromium).
"""

from __future__ import annotations

import shutil
import threading

import pytest
from publication_samples import sample_rules
from test_site import make_project

from sync.site import build_site, make_server

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


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("browser"))
    report = build_site(root, sample_rules())
    server = make_server(report.site_dir, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
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


def test_flowchart_is_drawn_from_the_local_script(page, site_url):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(site_url + "handbook/time-limits/")
    # Material draws the chart into a closed shadow root of div.mermaid, replacing the pre.
    page.locator("div.mermaid").first.wait_for()
    assert page.locator("div.mermaid").first.bounding_box()["height"] > 200
    assert all(url.startswith(site_url) for url in requested)


def test_chinese_search_finds_a_notice_by_a_word_of_its_matter(page, site_url):
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("积水")
    box.press("End")  # Material reads the box on keyup only
    meta = page.locator(".md-search-result__meta")
    # The line reads 键入以开始搜索 / 正在初始化搜索引擎 until the results are in.
    page.wait_for_function("el => el.textContent.includes('结果')", arg=meta.element_handle())
    assert "没有找到" not in meta.inner_text()
    links = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")
    assert any("/notices/20" in link and "#n-ts-" in link for link in links), links
