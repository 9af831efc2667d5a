"""After the build: the notices put into their built month pages, in place of each day's
marker, and the scripts we ship linked from the page's own depth.

A month page goes through the site generator with its days as headings (its contents list
them) and a marker under each; the notices, finished and escaped HTML, replace the markers
afterwards: Markdown has nothing to do in them, and 10,000 of them as raw HTML took most of
the build. A marker that did not survive the build is an error, never a page without notices.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import SyncError
from .pages import NOTICES
from .prebuild import MERMAID


class NoticesNotPlaced(SyncError):
    """A built month page lacks the place for its notices."""


def month_page(site_dir: Path, month: str) -> Path:
    """The built page of a month's notices, with directory URLs or without."""
    page = site_dir / NOTICES / month / "index.html"
    return page if page.exists() else site_dir / NOTICES / f"{month}.html"


def put_notices(site_dir: Path, sections: dict[str, dict[str, str]]) -> None:
    for month, days in sections.items():
        page = month_page(site_dir, month)
        html = page.read_text(encoding="utf-8")
        for marker, notices in days.items():
            if marker not in html:
                raise NoticesNotPlaced(
                    f"生成的网站页面 {page.relative_to(site_dir).as_posix()} 里找不到放公告的位置"
                    f"（{marker}），网站未发布，上次发布的网站保持不变。请把这条消息告知维护人员。"
                )
            html = html.replace(marker, notices, 1)
        page.write_text(html, encoding="utf-8")


_MERMAID_SRC = re.compile(rf'(<script src=")[^"]*?{re.escape(MERMAID)}"')


def link_scripts(site_dir: Path) -> None:
    """Point every page's link to the mermaid script we ship at the script, from that page's
    depth. A handbook page says `../../assets/…` (right from handbook/time-limits/ as MkDocs
    serves it); Zensical rewrites a relative link in raw HTML as if from the Markdown file,
    which leaves the root on a site served under a path (a GitHub Pages project site)."""
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if MERMAID not in html:
            continue
        up = "../" * (len(page.relative_to(site_dir).parts) - 1)
        page.write_text(_MERMAID_SRC.sub(rf'\g<1>{up}{MERMAID}"', html), encoding="utf-8")
