"""The site build (`complaints site build`) with about 1,000, 2,500 and 10,000 published
complaints, against building the handbook alone (an export with no complaints), in the same
run; and what a scheduled run (`complaints run`) pays for the site when its export has not
changed. How the build's time grows with the notices is printed (2,500 -> 10,000 is 4x; the
handbook's fixed share keeps it below linear).

Each export is what `complaints sync` writes (sync.api.export_publication) for a synthetic
register of distinct rows: 1,330 rows over one year for about 1,000 notices, 3,330 over two
years and 13,300 over five, as a register kept for years holds. Each build runs in a fresh
copy of what the build reads. The builds run in rounds (the handbook alone, then each size)
and the fastest of each counts, so the ratio compares builds made under the same load.
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import growth_table, save, scaling, table
from bench.registers import NOW, synthetic_register
from sync.api import SyncReport, export_publication, load_policy, open_xlsx, read_and_evaluate
from sync.core.table import ChangeSet
from sync.publish.site import build_site

ROOT = Path(__file__).resolve().parent.parent
SIZES = {1_000: (1_330, 1), 2_500: (3_330, 2), 10_000: (13_300, 5)}  # notices: (rows, years)
TARGET_RATIO = 3.0
REPEATS = 3  # rounds of builds, each the handbook alone and then every size


def project(tmp: Path, rules: Any, calendar: Any, rows: int, years: int) -> Path:
    """What the build reads: mkdocs.yml, rules.yaml, the handbook, and the export
    of a register of `rows` rows over `years` years."""
    root = tmp / "project"
    root.mkdir()
    shutil.copy(ROOT / "rules.yaml", root / "rules.yaml")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "site", root / "site", ignore=shutil.ignore_patterns("notices", "stats"))
    records, evaluations = [], []
    if rows:
        register = open_xlsx(synthetic_register(tmp / "register.xlsx", rows, years=years), rules)
        _, records, evaluations = read_and_evaluate(register, rules, calendar, NOW)
    report = SyncReport("bench", NOW, records, evaluations, ChangeSet(), written=False)
    export_publication(report, rules, root)
    return root


def _measure(project_dir: Path, rules: Any) -> dict[str, float]:
    """One build of a fresh copy of `project_dir`, and the check a scheduled run makes after."""
    with tempfile.TemporaryDirectory(prefix="bench-site-build-") as tmp:
        root = Path(tmp) / "project"
        shutil.copytree(project_dir, root)
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


def bench_site(
    sizes: dict[int, tuple[int, int]] = SIZES, repeats: int = REPEATS
) -> dict[str, object]:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        projects: dict[int, Path] = {}
        for rows, years in [(0, 1), *sizes.values()]:
            (Path(tmp) / str(rows)).mkdir()
            projects[rows] = project(Path(tmp) / str(rows), rules, calendar, rows, years)
        # Each round builds the handbook alone and then every size, so load from others on
        # the machine falls on baseline and measured builds alike; the fastest of each counts.
        runs: dict[int, list[dict[str, float]]] = {rows: [] for rows in projects}
        for _ in range(repeats):
            for rows, project_dir in projects.items():
                runs[rows].append(_measure(project_dir, rules))
    best = {rows: min(got, key=lambda r: r["seconds"]) for rows, got in runs.items()}
    handbook = best[0]
    results = [
        {"rows": rows, "runs": len(runs[rows]), **b, "ratio": b["seconds"] / handbook["seconds"]}
        for rows, b in best.items()
    ]
    print(
        table(
            f"site build (complaints site build) against the handbook alone"
            f" (target: 10,000 within {TARGET_RATIO:.0f}x)",
            [
                "rows",
                "runs",
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
                    r["rows"],
                    r["runs"],
                    r["notices"],
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
    # Compared by the size asked for: the notices a register gives are about that many.
    asked = [{**r, "asked": n, "what": "build"} for n, r in zip((0, *sizes), results, strict=True)]
    growth = scaling(asked, "asked", "seconds", by="what")
    print()
    print(growth_table("site build time as the notices grow", "site", "wall s", growth))
    figures = {"site": results, "target_ratio": TARGET_RATIO, "scaling": growth}
    save("site", figures)
    return figures
