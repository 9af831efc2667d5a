"""What a built site must show, checked on the output: Zensical ignores `--strict` and exits 0
whatever it left out, so the pages are read instead.

- no `{{` in any page (a placeholder no one filled),
- the flowchart as `<pre class="mermaid">` wherever the handbook has a mermaid fence,
- every script a page links to by a relative path in the site (from the page's depth),
- every month page of notices and statistics linked from the nav,
- every notice on a month page in the search index,
- nothing loaded from Google Fonts.
"""

from __future__ import annotations

import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import SyncError
from .pages import NOTICES, STATS
from .search import ZENSICAL_INDEX

_MONTH_PAGE = re.compile(rf"^(?:{NOTICES}|{STATS})/\d{{4}}-\d{{2}}/index\.html$")
_NOTICE_ID = re.compile(r'<h3 id="(n-[0-9a-z-]+)"')
_GOOGLE_FONTS = re.compile(r"fonts\.(?:googleapis|gstatic)\.com")
_MERMAID_FENCE = re.compile(r"^\s*```+\s*mermaid", re.M)
_SCRIPT_SRC = re.compile(r'<script\b[^>]*\bsrc="([^":]+)"')


class SiteOutputIncomplete(SyncError):
    """The built site lacks something it must show."""


class _NavLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        href = found.get("href") or ""
        # Links within the page (its table of contents is an md-nav too) say nothing of the nav.
        if tag == "a" and "md-nav__link" in (found.get("class") or "").split() and href[:1] != "#":
            self.links.append(href)


def _target(page: str, href: str) -> str:
    """The site path of the page an href on `page` leads to (directory URLs)."""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), href.split("#")[0]))
    return "index.html" if path == "." else posixpath.join(path, "index.html")


def _in_site(site_dir: Path, page: str, src: str) -> bool:
    """Whether a relative link on `page` leads to a file of the site (not above its root)."""
    if src.startswith("/"):
        return True  # an address from the server's root: the site cannot tell
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), src.split("?")[0]))
    return not path.startswith("../") and (site_dir / path).is_file()


def problems(site_dir: Path, docs_dir: Path) -> list[str]:
    """What the site in `site_dir`, built from `docs_dir`, fails to show (nothing: it passes)."""
    pages = {p.relative_to(site_dir).as_posix(): p for p in sorted(site_dir.rglob("*.html"))}
    found: list[str] = []
    in_nav: set[str] = set()
    notice_ids: set[str] = set()
    mermaid = False
    for rel, path in pages.items():
        html = path.read_text(encoding="utf-8")
        if "{{" in html:
            found.append(f"{rel}：含未填写的占位符 {{{{ … }}}}")
        mermaid = mermaid or '<pre class="mermaid">' in html
        found += [
            f"{rel}：脚本 {src} 不在网站里"
            for src in _SCRIPT_SRC.findall(html)
            if not _in_site(site_dir, rel, src)
        ]
        nav = _NavLinks()
        nav.feed(html)
        in_nav.update(_target(rel, href) for href in nav.links)
        if _MONTH_PAGE.match(rel) and rel.startswith(NOTICES):
            notice_ids.update(_NOTICE_ID.findall(html))
    for path in site_dir.rglob("*"):
        if path.suffix in {".html", ".css", ".js", ".xml"} and _GOOGLE_FONTS.search(
            path.read_text(encoding="utf-8", errors="replace")
        ):
            found.append(f"{path.relative_to(site_dir).as_posix()}：加载 Google 字体")
    fences = any(
        _MERMAID_FENCE.search(p.read_text(encoding="utf-8")) for p in docs_dir.rglob("*.md")
    )
    if fences and not mermaid:
        found.append('处理流程图没有生成为 <pre class="mermaid">')
    found += [
        f"{rel}：导航中没有这个月的页面"
        for rel in pages
        if _MONTH_PAGE.match(rel) and rel not in in_nav
    ]
    found += _unsearchable(site_dir, notice_ids)
    return found


def _unsearchable(site_dir: Path, notice_ids: set[str]) -> list[str]:
    index = site_dir / ZENSICAL_INDEX
    if not index.exists():
        return [f"没有搜索索引 {ZENSICAL_INDEX}"]
    items = json.loads(index.read_text(encoding="utf-8"))["items"]
    searchable = {item["location"].rpartition("#")[2] for item in items}
    missing = sorted(notice_ids - searchable)
    return [f"搜索索引中缺少 {len(missing)} 则公告（如 {missing[0]}）"] if missing else []


def check_output(site_dir: Path, docs_dir: Path) -> None:
    """Raise SiteOutputIncomplete listing what the built site fails to show."""
    found = problems(site_dir, docs_dir)
    if found:
        shown = "\n".join(f"  {line}" for line in found[:20])
        raise SiteOutputIncomplete(
            f"生成的网站不完整，未发布，上次发布的网站保持不变：\n{shown}\n"
            "请把这条消息告知维护人员。"
        )
