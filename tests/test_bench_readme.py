"""The README's "How fast" figures are the committed benchmark results (bench/results/*.json),
as `python -m bench.readme` writes them."""

from __future__ import annotations

import copy

from bench.readme import BEGIN, END, README, current, load, render, rewrite


def test_the_readme_states_the_committed_results():
    results = load()
    assert set(results) == {"xlsx", "publish", "core", "sheets", "site"}
    assert current(README.read_text(encoding="utf-8")) == render(results), (
        "README.md's How fast section is not what bench/results says: run python -m bench.readme"
    )


def test_a_changed_result_changes_the_section():
    results = load()
    changed = copy.deepcopy(results)
    changed["site"]["site"][-1]["ratio"] += 1.0
    assert render(changed) != render(results)


def test_rewrite_replaces_only_what_stands_between_the_markers():
    text = f"# Title\n\nbefore\n\n{BEGIN}\nold\n{END}\n\nafter\n"
    assert (
        rewrite(text, f"{BEGIN}\nnew\n{END}")
        == f"# Title\n\nbefore\n\n{BEGIN}\nnew\n{END}\n\nafter\n"
    )
