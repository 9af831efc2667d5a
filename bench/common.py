"""What every benchmark shares: running one measured case in a fresh process, tables, JSON."""

from __future__ import annotations

import itertools
import json
import platform
import subprocess
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, object]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    import os

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def run_case(*args: str) -> dict[str, float]:
    """Run `python -m bench.case ARGS` in a fresh process, so peak memory is the case's own."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.case", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"bench.case {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(title: str, headers: list[str], rows: list[list[object]]) -> str:
    cells = [[_fmt(v) for v in row] for row in rows]
    widths = [max([_width(h), *(_width(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = [title, "  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def scaling(
    results: list[dict[str, object]], size: str, value: str, *, by: str | None = None
) -> list[dict[str, object]]:
    """How `value` grows from each size to the next (per `by` group), as {case, size, to,
    rows_ratio, value, to_value, ratio, per_row}. `per_row` is the growth of the value over
    the growth of the size: 1 for a cost per row, far above 1 for a cost that grows faster."""
    groups: dict[object, dict[int, float]] = {}
    for r in results:
        groups.setdefault(r[by] if by else "", {})[int(r[size])] = float(r[value])  # type: ignore[arg-type]
    out: list[dict[str, object]] = []
    for case, at in groups.items():
        sizes = sorted(n for n in at if n)
        for n, to in itertools.pairwise(sizes):
            ratio = at[to] / at[n]
            out.append(
                {
                    "case": case,
                    "size": n,
                    "to": to,
                    "rows_ratio": to / n,
                    "value": at[n],
                    "to_value": at[to],
                    "ratio": ratio,
                    "per_row": ratio / (to / n),
                }
            )
    return out


def growth_table(title: str, case: str, unit: str, growth: list[dict[str, object]]) -> str:
    """`scaling`'s figures as a table: per row x near 1 is linear."""
    return table(
        f"{title} (per row x = time x / rows x: 1 is linear, far above 1 grows faster)",
        [case, "rows", "to rows", "rows x", unit, f"to {unit}", "time x", "per row x"],
        [
            [
                g["case"],
                g["size"],
                g["to"],
                g["rows_ratio"],
                g["value"],
                g["to_value"],
                g["ratio"],
                g["per_row"],
            ]
            for g in growth
        ],
    )


def save(name: str, figures: dict[str, object]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(
        json.dumps({"machine": machine(), **figures}, ensure_ascii=False, indent=2) + "\n"
    )
    return path


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
