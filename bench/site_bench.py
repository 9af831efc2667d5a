"""The site build (`complaints site build`) with 1,000 and 10,000 published complaints, against
building the handbook alone (an export with no complaints), in the same run; and what a
scheduled run (`complaints run`) pays for the site when its export has not changed.

The export comes from the real core: a synthetic register of one year is parsed, evaluated
and exported (build_export); its published complaints are repeated one year earlier per
copy (numbers made unique) until there are as many as asked for, as a register kept for
years would have. Each build runs in a fresh copy of what the build reads.
"""

from __future__ import annotations

import json
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import save, table
from bench.registers import NOW, synthetic_register
from sync.app import load_policy, open_xlsx
from sync.evaluate import evaluate
from sync.export import build_export, personal_values, write_export
from sync.parse import parse_table
from sync.site import build_site

ROOT = Path(__file__).resolve().parent.parent
SIZES = [1_000, 10_000]
TARGET_RATIO = 3.0
BASE_ROWS = 2_500


def base_export(rules: Any, calendar: Any) -> tuple[dict[str, Any], list[str]]:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        path = synthetic_register(Path(tmp) / "site.xlsx", rules, BASE_ROWS)
        data = open_xlsx(path, rules).read()
    records = parse_table(data, rules)
    evaluations = evaluate(records, rules, calendar, NOW)
    return build_export(records, evaluations, rules, NOW), personal_values(records)


def sized_export(base: dict[str, Any], published: int) -> dict[str, Any]:
    """`base` with exactly `published` notices: copies shifted back a year each."""
    notices = [c for c in base["complaints"] if c["notice"]]
    out: list[dict[str, Any]] = []
    copy = 0
    while len(out) < published:
        for c in notices[: published - len(out)]:
            out.append(_years_earlier(c, copy))
        copy += 1
    out.sort(key=lambda c: c["received"], reverse=True)
    return {**base, "complaints": out}


def _years_earlier(complaint: dict[str, Any], years: int) -> dict[str, Any]:
    if not years:
        return complaint
    c = json.loads(json.dumps(complaint))

    def back(day: str | None) -> str | None:
        return f"{int(day[:4]) - years}{day[4:]}" if day else day

    c["received"], c["month"] = back(c["received"]), back(c["month"])
    n = c["notice"]
    n["received"], n["closed"] = back(n["received"]), back(n["closed"])
    n["callback"]["date"] = back(n["callback"]["date"])
    n["number"] = f"{n['number']}-{years}"
    return c


def project(tmp: Path, export: dict[str, Any], personal: list[str], rules: Any) -> Path:
    """What the build reads: mkdocs.yml, rules.yaml, the handbook, the hooks, the export."""
    root = tmp / "project"
    root.mkdir()
    for name in ("mkdocs.yml", "rules.yaml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "site", root / "site", ignore=shutil.ignore_patterns("notices", "stats"))
    (root / "sync").mkdir()
    shutil.copy(ROOT / "sync" / "site_hooks.py", root / "sync" / "site_hooks.py")
    write_export(export, personal, rules, root)
    return root


def _measure(export: dict[str, Any], personal: list[str], rules: Any) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        root = project(Path(tmp), export, personal, rules)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, cpu = time.perf_counter(), time.process_time()
        report = build_site(root, rules, when_changed=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # What the scheduled run pays when the export has not changed: the check, no build.
        unchanged = time.perf_counter()
        assert not build_site(root, rules, when_changed=True).rebuilt
        unchanged = time.perf_counter() - unchanged
        size = sum(f.stat().st_size for f in report.site_dir.rglob("*") if f.is_file())
        index = report.site_dir / "search" / "search_index.json"
        return {
            "seconds": wall,
            # this process (pages, gate) plus `mkdocs build`, which runs as a child
            "cpu": cpu + (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "notices": report.notices,
            "months": report.months,
            "files": report.files_scanned,
            "site_mib": size / 2**20,
            "search_index_mib": index.stat().st_size / 2**20 if index.exists() else 0.0,
            "unchanged_seconds": unchanged,
        }


def bench_site(sizes: list[int] = SIZES) -> dict[str, object]:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    base, personal = base_export(rules, calendar)
    handbook = _measure({**base, "complaints": []}, personal, rules)
    results = [{"published": 0, **handbook, "ratio": 1.0}]
    for n in sizes:
        figures = _measure(sized_export(base, n), personal, rules)
        results.append(
            {"published": n, **figures, "ratio": figures["seconds"] / handbook["seconds"]}
        )
    print(
        table(
            f"site build (complaints site build) against the handbook alone"
            f" (target: 10,000 within {TARGET_RATIO:.0f}x)",
            [
                "published",
                "months",
                "files",
                "wall s",
                "cpu s",
                "ratio",
                "site MiB",
                "index MiB",
                "unchanged s",
            ],
            [
                [
                    r["published"],
                    r["months"],
                    r["files"],
                    r["seconds"],
                    r["cpu"],
                    r["ratio"],
                    r["site_mib"],
                    r["search_index_mib"],
                    r["unchanged_seconds"],
                ]
                for r in results
            ],
        )
    )
    figures = {"site": results, "target_ratio": TARGET_RATIO}
    save("site", figures)
    return figures
