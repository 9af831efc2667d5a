"""The site's search index: Chinese segmentation, word parts, and the notices' own entries.

Material's search plugin indexes the handbook and statistics pages; the notices are left out
of it (their month pages say `search: exclude`) and their entries, built from the export by
`pages.search_entries`, are added here rather than parsed back out of 10,000 notices' HTML.
Every entry is then cut into words with rjieba (jieba's dictionary and algorithm in Rust:
the same words as jieba, an order of magnitude faster, and no second-long dictionary load).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import rjieba

from ..errors import SyncError

# Material's separator (mkdocs.yml) splits on \u200b, which goes between words.
_SEPARATOR = "\u200b"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LONG_WORD = re.compile(r"[\u4e00-\u9fff]{3,}")


def segment(text: str) -> str:
    """`text` with its Chinese runs cut into words, as Material does with jieba."""

    def cut(match: re.Match[str]) -> str:
        return _SEPARATOR + _SEPARATOR.join(rjieba.cut(match.group())) + _SEPARATOR

    return _HAN.sub(cut, text).strip(_SEPARATOR)


def word_parts(text: str) -> list[str]:
    """The shorter words inside each long Chinese word of `text` (停车库 -> 停车, 车库).
    Search matches by prefix, so 车库 finds 停车库 only when the index also holds its parts."""
    parts: set[str] = set()
    for word in set(_LONG_WORD.findall(text)):
        parts.update(p for p in rjieba.cut_for_search(word) if p != word and len(p) >= 2)
    return sorted(parts)


def _indexed(doc: dict[str, Any]) -> dict[str, Any]:
    title, text = segment(doc["title"]), segment(doc["text"])
    parts = word_parts(title + _SEPARATOR + text)
    if parts:
        text += _SEPARATOR + _SEPARATOR.join(parts)
    return {**doc, "title": title, "text": text}


MATERIAL_INDEX = "search/search_index.json"
ZENSICAL_INDEX = "search.json"


class SearchIndexMissing(SyncError):
    """The site generator wrote no search index."""


def complete_index(site_dir: Path, notices: list[dict[str, str]]) -> None:
    """Add the notices' entries to the index the site generator wrote, segment every entry,
    and write the index in both formats: Material's `search/search_index.json` (`docs`) and
    Zensical's `search.json` (`items`). No index at all is an error: a site whose search
    silently lacks every notice is not published."""
    material, zensical = site_dir / MATERIAL_INDEX, site_dir / ZENSICAL_INDEX
    if material.exists():
        index = json.loads(material.read_text(encoding="utf-8"))
        docs, config = index["docs"], index.get("config", {})
    elif zensical.exists():
        index = json.loads(zensical.read_text(encoding="utf-8"))
        docs, config = index["items"], index.get("config", {})
    else:
        raise SearchIndexMissing(
            f"生成的网站没有搜索索引（{MATERIAL_INDEX} 或 {ZENSICAL_INDEX}），网站未发布，"
            "上次发布的网站保持不变：请在 mkdocs.yml 的 plugins 里保留 search。"
        )
    docs = [_indexed(doc) for doc in docs + notices]
    material.parent.mkdir(exist_ok=True)
    material.write_text(
        json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8"
    )
    items = [{"level": 1, "path": [], "tags": [], **doc} for doc in docs]
    zensical.write_text(
        json.dumps({"config": config, "items": items}, ensure_ascii=False), encoding="utf-8"
    )
