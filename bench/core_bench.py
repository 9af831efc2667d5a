"""The pure core (parse, evaluate, plan) on 25,000 and 100,000 rows: CPU seconds, rows per
second, and how each step grows with four times the rows (1 per row is linear).

Each table is a synthetic register of distinct rows as a sync reads it once the register has
been synced: its first sync's writes applied to what was read, so the core sees what a
steady-state sync sees.
"""

from __future__ import annotations

import dataclasses
import gc
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import save, scaling, table
from bench.registers import NOW, synthetic_register
from sync.api import load_policy, open_xlsx
from sync.core.evaluate import evaluate
from sync.core.parse import parse_table
from sync.core.plan import plan
from sync.core.table import EMPTY, KEEP, ChangeSet, RawCell, Row, Table

ROOT = Path(__file__).resolve().parent.parent
SIZES = [25_000, 100_000]
TARGET_CPU_SECONDS = 1.0


def core_table(rows: int) -> Table:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        path = synthetic_register(Path(tmp) / "core.xlsx", rows)
        data = open_xlsx(path, rules).read()
    records = parse_table(data, rules, NOW)
    return synced(data, plan(data, records, evaluate(records, rules, calendar, NOW), rules))


def synced(data: Table, changes: ChangeSet) -> Table:
    """`data` as read back after `changes` were written (the register has every column)."""
    assert not changes.new_columns
    writes: dict[int, list] = {}
    for write in changes.writes:
        writes.setdefault(write.row, []).append(write)
    rows = []
    for row in data.rows:
        if row.index in writes:
            cells = dict(row.cells)
            for w in writes[row.index]:
                old = cells.get(w.key, EMPTY)
                cells[w.key] = RawCell(
                    old.value if w.value is KEEP else w.value,
                    old.formula,
                    old.error,
                    old.note if w.note is KEEP else w.note,
                    old.fill if w.fill is KEEP else w.fill,
                )
            row = Row(row.index, cells)
        rows.append(row)
    return dataclasses.replace(data, rows=tuple(rows))


def steps(rows: int, rules: Any, calendar: Any) -> dict[str, object]:
    """CPU seconds of each step on a steady-state table of `rows` rows."""
    data = core_table(rows)
    gc.collect()
    timings: dict[str, float] = {}
    start = time.process_time()
    records = parse_table(data, rules, NOW)
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
    timings["total"] = sum(timings.values())
    return {"rows": rows, "cpu_seconds": timings, "cells_to_write": len(changes.writes)}


def bench_core(sizes: list[int] = SIZES) -> dict[str, object]:
    rules, calendar = load_policy(ROOT / "rules.yaml")
    runs = [steps(rows, rules, calendar) for rows in sizes]
    flat = [
        {"rows": r["rows"], "step": step, "cpu": cpu}
        for r in runs
        for step, cpu in r["cpu_seconds"].items()  # type: ignore[attr-defined]
    ]
    growth = scaling(flat, "rows", "cpu", by="step")
    last = {g["case"]: g for g in growth if g["to"] == runs[-1]["rows"]}
    largest = runs[-1]
    rows = int(largest["rows"])  # type: ignore[call-overload]
    timings: dict[str, float] = largest["cpu_seconds"]  # type: ignore[assignment]
    print(
        table(
            f"pure core (CPU seconds, one core; target at {rows:,} rows < {TARGET_CPU_SECONDS} s"
            " a step; per row x: time x / rows x to the largest, 1 is linear)",
            ["step", *(f"{r['rows']:,} rows" for r in runs), "time x", "per row x", "rows/s"],
            [
                [
                    step,
                    *(r["cpu_seconds"][step] for r in runs),  # type: ignore[index]
                    last[step]["ratio"] if step in last else "",
                    last[step]["per_row"] if step in last else "",
                    int(rows / cpu) if cpu else 0,
                ]
                for step, cpu in timings.items()
            ],
        )
    )
    figures = {
        "core": {
            "rows": rows,
            "cpu_seconds": timings,
            "rows_per_second": {k: rows / v for k, v in timings.items() if v},
            "cells_to_write": largest["cells_to_write"],
            "target_cpu_seconds_per_step": TARGET_CPU_SECONDS,
        },
        "sizes": runs,
        "scaling": growth,
    }
    save("core", figures)
    return figures
