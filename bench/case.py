"""One measured case, run in its own process: `python -m bench.case KIND PATH [ROOT]`.

Prints one JSON line: wall seconds, CPU seconds and peak resident memory (MiB) of this process,
plus what the case did. Kinds:
- `openpyxl PATH`: load and save the file (the baseline);
- `sync PATH ROOT`: what `complaints sync PATH --root ROOT` does: one sync through
  XlsxRegister, then the publication export into ROOT (`export_seconds` is the export's share);
- `publish PATH ROOT [CHANGED]`: the export alone, of the register as read and evaluated (not
  timed): anonymizing every published text and writing the export, as `complaints sync` runs
  it. With CHANGED (a fraction), that share of the rows is first given a new complainant and
  a text that names them, as a day's new complaints and updates do, so the export keeps the
  rest from the last one. Peak memory is the whole process's, the register's reading
  included.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

NOW = datetime(2026, 11, 22, 10, 0)
RULES = Path(__file__).resolve().parent.parent / "rules.yaml"


def baseline(path: Path) -> Callable[[], dict[str, object]]:
    import openpyxl

    return lambda: _load_and_save(openpyxl, path)


def _load_and_save(openpyxl, path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, rich_text=True)
    with tempfile.NamedTemporaryFile(suffix=".xlsx", dir=path.parent) as out:
        book.save(out)
    return {}


def sync(path: Path, root: str) -> Callable[[], dict[str, object]]:
    from sync.api import export_publication, load_policy, open_xlsx, sync_register

    # The policy and imports load before the clock starts: the baseline has no such step.
    # sync.export is imported by the export, inside the clock, as in `complaints sync`.
    rules, calendar = load_policy(RULES)

    def run() -> dict[str, object]:
        report = sync_register(open_xlsx(path, rules), rules, calendar, NOW)
        start = time.perf_counter()
        export_publication(report, rules, Path(root))
        return {
            "cells": report.cells_changed,
            "written": report.written,
            "export_seconds": time.perf_counter() - start,
        }

    return run


def publish(path: Path, root: str, changed: str = "0") -> Callable[[], dict[str, object]]:
    from sync.api import SyncReport, export_publication, load_policy, open_xlsx, read_and_evaluate
    from sync.core.table import ChangeSet

    rules, calendar = load_policy(RULES)
    _, records, evaluations = read_and_evaluate(open_xlsx(path, rules), rules, calendar, NOW)
    records = _changed(records, float(changed))
    report = SyncReport(path.name, NOW, records, evaluations, ChangeSet(), written=False)

    def run() -> dict[str, object]:
        written = export_publication(report, rules, Path(root))
        return {"rows": len(records), "notices": lambda: _notices(written)}

    return run


def _changed(records: list, share: float) -> list:
    """`records` with `share` of them (chosen afresh each run) from a new complainant, whose
    name their text also gives."""
    import random

    from bench.office import Office
    from sync.core.model import Record

    rng = random.Random()
    office = Office(rng)
    out = list(records)
    for i in rng.sample(range(len(out)), int(len(out) * share)):
        name, values = office.name(), out[i].values
        content = f"{values.get('content') or ''}（{name}补充：已拍照留证）"
        out[i] = Record(out[i].row, {**values, "complainant": name, "content": content})
    return out


def _notices(export: Path) -> int:
    return sum(1 for c in json.loads(export.read_bytes())["complaints"] if c["notice"])


def main(kind: str, path: str, *args: str) -> None:
    run = {"openpyxl": baseline, "sync": sync, "publish": publish}[kind](Path(path), *args)
    wall, cpu = time.perf_counter(), time.process_time()
    did = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # Figures that take work to get (a callable) are got after the clock stops.
    did = {k: v() if callable(v) else v for k, v in did.items()}
    print(json.dumps({"seconds": wall, "cpu": cpu, "peak_mib": _peak_mib(), **did}))


def _peak_mib() -> float:
    # VmHWM starts afresh at exec; ru_maxrss keeps the forking parent's peak on Linux.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main(*sys.argv[1:])
