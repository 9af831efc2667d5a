"""What every benchmark shares: running one measured case in a fresh process, tables, JSON."""

from __future__ import annotations

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
    """Where one size is four times another (per `by` group): how `value` grew, as
    {case, size, to, value, to_value, ratio}. A cost per row gives a ratio of 4."""
    groups: dict[object, dict[int, float]] = {}
    for r in results:
        groups.setdefault(r[by] if by else "", {})[int(r[size])] = float(r[value])  # type: ignore[arg-type]
    return [
        {
            "case": case,
            "size": n,
            "to": 4 * n,
            "value": at[n],
            "to_value": at[4 * n],
            "ratio": at[4 * n] / at[n],
        }
        for case, at in groups.items()
        for n in sorted(at)
        if n and 4 * n in at
    ]


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
