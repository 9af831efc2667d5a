"""Both site generators build the same site from what was written before the build, and the
output check catches what Zensical would silently leave out."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from publication_samples import sample_rules
from test_site import make_project, snapshot

from sync.publish.outputcheck import SiteOutputIncomplete, _target, check_output, problems
from sync.publish.prebuild import BUILD_CONFIG, BUILD_DOCS
from sync.publish.search import SearchIndexMissing, complete_index
from sync.publish.site import PersonalDataLeak, build_site

zensical = pytest.importorskip(
    "zensical", reason="Zensical is not installed (pip install '.[zensical]')"
)


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def built(request, tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp(request.param))
    before = snapshot(root / "site")
    report = build_site(root, sample_rules(), builder=request.param)
    return root, report, before


def page(root: Path, rel: str) -> str:
    return (root / "public" / rel).read_text(encoding="utf-8")


def test_the_site_holds_the_handbook_with_rules_numbers_notices_and_statistics(built):
    root, report, _ = built
    assert report.notices > 0
    assert "5 个工作日" not in page(root, "handbook/quick-card/index.html")
    assert "3 个工作日" in page(root, "handbook/quick-card/index.html")
    month = page(root, "notices/2026-11/index.html")
    assert month.count('<h3 id="n-') > 0 and "<!-- notices d-" not in month
    assert 'href="#d-2026-11-' in month  # the days in the page's contents
    assert "每月分析" in page(root, "stats/index.html")
    assert "Content-Security-Policy" in page(root, "notices/2026-11/index.html")


def test_both_index_formats_carry_the_notices(built):
    root, _, _ = built
    material = json.loads(page(root, "search/search_index.json"))["docs"]
    zensical_items = json.loads(page(root, "search.json"))["items"]
    for docs in (material, zensical_items):
        assert any("#n-" in doc["location"] for doc in docs)
        assert all("\u200b" in doc["text"] for doc in docs if "#n-" in doc["location"])


def test_the_build_leaves_the_office_s_pages_as_they_were_and_tidies_up(built):
    root, _, before = built
    assert snapshot(root / "site") == before
    assert not (root / BUILD_DOCS).exists() and not (root / BUILD_CONFIG).exists()


def test_the_output_passes_the_check(built):
    root, _, _ = built
    assert problems(root / "public", root / "site") == []


@pytest.mark.parametrize(
    ("spoil", "found"),
    [
        (lambda s: _edit(s / "handbook/intake/index.html", "</h1>", "</h1>{{ time_limits.x }}"), "占位符"),
        (lambda s: _edit(s / "handbook/time-limits/index.html", '<pre class="mermaid">', "<pre>"), "流程图"),
        (lambda s: _edit(s / "handbook/time-limits/index.html", 'src="../../assets', 'src="../../../assets'), "脚本 ../../../assets/javascripts/mermaid.min.js 不在网站里"),
        (lambda s: _edit(s / "index.html", "</head>", '<link href="https://fonts.googleapis.com/css">'), "Google 字体"),
        (lambda s: _drop_nav_links(s, "notices/2026-10/"), "导航中没有这个月的页面"),
        (lambda s: _drop_search_entries(s), "搜索索引中缺少"),
    ],
)  # fmt: skip
def test_the_check_finds_what_a_builder_left_out(built, tmp_path, spoil, found):
    root, _, _ = built
    site = tmp_path / "public"
    shutil.copytree(root / "public", site)
    spoil(site)
    with pytest.raises(SiteOutputIncomplete, match=found):
        check_output(site, root / "site")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _drop_nav_links(site: Path, month: str) -> None:
    """Every nav link to the month's page pointed elsewhere, as if the nav had lost it."""
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()

        def unlink(m: re.Match[str], rel: str = rel) -> str:
            return (
                'href="../elsewhere/"'
                if _target(rel, m.group(1)) == f"{month}index.html"
                else m.group(0)
            )

        text = _NAV_HREF.sub(unlink, path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")


_NAV_HREF = re.compile(r'href="([^"]*)"(?= class="md-nav__link)')


def _drop_search_entries(site: Path) -> None:
    index = site / "search.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["items"] = [item for item in data["items"] if "#n-" not in item["location"]]
    index.write_text(json.dumps(data), encoding="utf-8")


def test_a_site_without_a_search_index_is_an_error(tmp_path):
    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(SearchIndexMissing, match="没有搜索索引"):
        complete_index(tmp_path, [])


def test_the_gate_reads_zensical_s_output_and_its_search_index(tmp_path):
    root = make_project(tmp_path)
    (root / "site/handbook/leak.md").write_text("# 说明\n\n电话 138 0013 8000\n", "utf-8")
    with pytest.raises(PersonalDataLeak) as caught:
        build_site(root, sample_rules(), builder="zensical")
    message = str(caught.value)
    assert "handbook/leak/index.html：含电话" in message
    assert "search.json：含电话" in message
    assert not (root / "public").exists()
