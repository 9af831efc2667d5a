"""The notices put into their built month pages, in place of each day's marker.

A month page goes through the site generator with its days as headings (its contents list
them) and a marker under each; the notices, finished and escaped HTML, replace the markers
afterwards: Markdown has nothing to do in them, and 10,000 of them as raw HTML took most of
the build. A marker that did not survive the build is an error, never a page without notices.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SyncError
from .pages import NOTICES


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
