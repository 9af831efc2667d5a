"""Pages generated from the publication export (pure): notices as HTML, the bounded index,
and the notices' search entries."""

from __future__ import annotations

import copy

from publication_samples import NOW, sample_register, sample_rules

from sync.publish.export import publication
from sync.publish.pages import INDEX_LATEST, NOTICES_HTML, render_pages, search_entries


def sample_export() -> dict:
    records, evaluations = sample_register()
    return publication(records, evaluations, sample_rules(), NOW).export


def notices_of(export: dict) -> list[dict]:
    return [c["notice"] for c in export["complaints"] if c["notice"]]


def test_a_month_page_carries_its_notices_as_html_after_the_marker():
    export = sample_export()
    pages = render_pages(export)
    november = [n for n in notices_of(export) if n["received"].startswith("2026-11")]
    head, _, html = pages["notices/2026-11.md"].partition(NOTICES_HTML)
    assert "search:\n  exclude: true" in head and "# 2026年11月投诉公告" in head
    assert html.count("<h3 id=") == len(november)
    assert html.count("<h2 id=") == len({n["received"] for n in november})  # one per day
    assert all(f'href="#n-{n["id"]}"' in html for n in november)


def test_notice_text_is_shown_as_typed_never_as_markup():
    export = sample_export()
    notice = notices_of(export)[0]
    notice["matter"] = "门口 <b>积水</b> **很深** {{ time_limits.nonsense }}"
    html = render_pages(export)[f"notices/{notice['received'][:7]}.md"]
    assert "门口 &lt;b&gt;积水&lt;/b&gt; **很深** {{ time_limits.nonsense }}" in html


def test_the_index_lists_the_newest_notices_of_each_category_and_counts_the_rest():
    export = sample_export()
    first = next(c for c in export["complaints"] if c["notice"])
    many = []
    for day in range(1, 26):
        c = copy.deepcopy(first)
        c["notice"]["received"] = f"2026-10-{day:02d}"
        c["notice"]["id"] = f"202610{day:02d}-9a9a9a"
        many.append(c)
    export["complaints"] += many
    index = render_pages(export)["notices/index.md"]
    category = first["notice"]["category"]
    total = sum(1 for n in notices_of(export) if n["category"] == category)
    section = index.split(f"### {category}\n")[1].split("###")[0]
    assert f"共 {total} 则，以下是最新的 {INDEX_LATEST} 则" in section
    assert section.count("<li>") == INDEX_LATEST
    assert "#n-20261025-9a9a9a" in section and "#n-20261001-9a9a9a" not in section


def test_search_entries_hold_each_notice_words_at_its_anchor():
    export = sample_export()
    entries = {e["location"]: e for e in search_entries(export)}
    for n in notices_of(export):
        entry = entries[f"notices/{n['received'][:7]}/#n-{n['id']}"]
        assert n["category"] in entry["title"] and n["received"] in entry["title"]
        # Its words only: limits and roles read alike in every notice.
        words = [n["matter"], n["measures"], n["result"], n["precautions"]]
        assert entry["text"] == " ".join(w for w in words if w)
    assert entries["notices/2026-11/"]["title"] == "2026年11月投诉公告"
