"""The pure core (parse, evaluate, plan) on 100,000 rows: CPU seconds and rows per second.

The table is read once from a synced synthetic register of 1,000 rows and repeated (row
numbers shifted, 编号 made unique), so the core sees what a steady-state sync sees.
"""

from __future__ import annotations

import dataclasses
import gc
import tempfile
import time
from pathlib import Path

from bench.common import save, table
from bench.registers import NOW, synthetic_register
from sync.app import load_policy, open_xlsx
from sync.evaluate import evaluate
from sync.parse import parse_table
from sync.plan import plan
from sync.service import sync_register
from sync.table import Row, Table

ROOT = Path(__file__).resolve().parent.parent
TARGET_CPU_SECONDS = 1.0


def core_table(rows: int, seed_rows: int = 1000) -> Table:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        path = synthetic_register(Path(tmp) / "core.xlsx", rules, seed_rows)
        sync_register(open_xlsx(path, rules), rules, calendar, NOW)
        seed = open_xlsx(path, rules).read()
    out: list[Row] = []
    copy = 0
    while len(out) < rows:
        shift = copy * len(seed.rows)
        for row in seed.rows[: rows - len(out)]:
            cells = dict(row.cells)
            number = cells.get("number")
            if copy and number is not None and isinstance(number.value, str):
                cells["number"] = dataclasses.replace(number, value=f"{number.value}-{copy}")
            out.append(Row(row.index + shift, cells))
        copy += 1
    return dataclasses.replace(seed, rows=tuple(out))


def bench_core(rows: int = 100_000) -> dict[str, object]:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    data = core_table(rows)
    gc.collect()
    timings: dict[str, float] = {}
    start = time.process_time()
    records = parse_table(data, rules)
    timings["parse"] = time.process_time() - start
    start = time.process_time()
    evaluations = evaluate(records, rules, calendar, NOW)
    timings["evaluate"] = time.process_time() - start
    start = time.process_time()
    changes = plan(data, records, evaluations, rules)
    timings["plan"] = time.process_time() - start
    # The steps pause the cyclic collector; the full collection they put off is paid here.
    start = time.process_time()
    gc.collect()
    timings["full gc after"] = time.process_time() - start
    total = sum(timings.values())
    print(
        table(
            f"pure core on {rows:,} rows (CPU seconds, one core; target < {TARGET_CPU_SECONDS} s a step)",
            ["step", "cpu s", "rows/s"],
            [[k, v, int(rows / v) if v else 0] for k, v in timings.items()]
            + [["total", total, int(rows / total)]],
        )
    )
    figures = {
        "core": {
            "rows": rows,
            "cpu_seconds": timings,
            "rows_per_second": {k: rows / v for k, v in timings.items() if v},
            "cells_to_write": len(changes.writes),
            "target_cpu_seconds_per_step": TARGET_CPU_SECONDS,
        }
    }
    save("core", figures)
    return figures
