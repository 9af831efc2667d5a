"""One measured case, run in its own process: `python -m bench.case KIND PATH`.

Prints one JSON line: wall seconds, CPU seconds and peak resident memory (MiB) of this process,
plus what the case did. Kinds: `openpyxl` (load and save the file: the baseline) and `sync`
(one `complaints sync` of the file through XlsxRegister, as the scheduled job runs it).
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


def baseline(path: Path) -> Callable[[], dict[str, object]]:
    import openpyxl

    return lambda: _load_and_save(openpyxl, path)


def _load_and_save(openpyxl, path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, rich_text=True)
    with tempfile.NamedTemporaryFile(suffix=".xlsx", dir=path.parent) as out:
        book.save(out)
    return {}


def sync(path: Path) -> Callable[[], dict[str, object]]:
    from sync.app import load_policy, open_xlsx
    from sync.service import sync_register

    # The policy and imports load before the clock starts: the baseline has no such step.
    rules, calendar = load_policy(Path(__file__).resolve().parent.parent / "rules.yaml")

    def run() -> dict[str, object]:
        report = sync_register(open_xlsx(path, rules), rules, calendar, NOW)
        return {"cells": report.cells_changed, "written": report.written}

    return run


def main(kind: str, path: str) -> None:
    run = {"openpyxl": baseline, "sync": sync}[kind](Path(path))
    wall, cpu = time.perf_counter(), time.process_time()
    did = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
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
