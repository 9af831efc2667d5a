"""Pages generated from the publication export (pure): notices as HTML, the bounded index,
and the notices' search entries."""

from __future__ import annotations

import copy

from publication_samples import NOW, sample_register, sample_rules

from sync.publish.export import publication
from sync.publish.pages import (
    INDEX_LATEST,
    day_marker,
    month_sections,
    render_pages,
    search_entries,
)


def sample_export() -> dict:
    records, evaluations = sample_register()
    return publication(records, evaluations, sample_rules(), NOW).export


def notices_of(export: dict) -> list[dict]:
    return [c["notice"] for c in export["complaints"] if c["notice"]]


def test_a_month_page_lists_its_days_and_the_notices_come_as_html_for_each_day():
    export = sample_export()
    page = render_pages(export)["notices/2026-11.md"]
    november = [n for n in notices_of(export) if n["received"].startswith("2026-11")]
    days = sorted({n["received"] for n in november}, reverse=True)
    assert "search:\n  exclude: true" in page and "# 2026年11月投诉公告" in page
    # One Markdown heading per day (the page's contents), each with the marker under it.
    assert page.count("\n## ") == len(days)
    assert all(f"{{#d-{day}}}\n\n{day_marker(day)}" in page for day in days)
    assert "<h3" not in page and "<table" not in page
    sections = month_sections(export)["2026-11"]
    assert list(sections) == [day_marker(day) for day in days]
    html = "".join(sections.values())
    assert html.count("<h3 id=") == len(november)
    assert all(f'href="#n-{n["id"]}"' in html for n in november)


def test_notice_text_is_shown_as_typed_never_as_markup():
    export = sample_export()
    notice = notices_of(export)[0]
    notice["matter"] = "门口 <b>积水</b> **很深** {{ time_limits.nonsense }}"
    html = "".join(month_sections(export)[notice["received"][:7]].values())
    # Braces too as references: no built page holds a `{{` (the output check looks for one).
    assert (
        "门口 &lt;b&gt;积水&lt;/b&gt; **很深** &#123;&#123; time_limits.nonsense &#125;&#125;"
        in html
    )


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
