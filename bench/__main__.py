"""`python -m bench [--full] [--only NAME]`: run the benchmarks, print tables, write JSON.

Quick mode (the default) measures .xlsx at 1,000, 5,000 and 20,000 rows, the publication
export at 5,000, 20,000 and 100,000, and Google Sheets at 100, 1,250 and 5,000; --full adds
50,000 rows to .xlsx and Sheets and 25,000 to the export (25,000 -> 100,000 is 4x too).
Figures land in bench/results/*.json, with the machine they were taken on; they are committed,
and `python -m bench.readme` (run by `make bench`) writes the README's "How fast" from them.
Each section imports only what it measures.
"""

from __future__ import annotations

import argparse

from bench.common import machine

QUICK_SIZES = [1_000, 5_000, 20_000]
FULL_SIZES = [1_000, 5_000, 20_000, 50_000]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--full", action="store_true", help="also the 50,000-row register")
    parser.add_argument(
        "--only",
        choices=["core", "xlsx", "publish", "sheets", "site"],
        help="run one benchmark",
    )
    args = parser.parse_args()
    info = machine()
    print(f"machine: {info['cpus']} CPUs, {info['cpu_model']}, Python {info['python']}\n")
    if args.only in (None, "core"):
        from bench.core_bench import bench_core

        bench_core()
        print()
    if args.only in (None, "xlsx"):
        from bench.xlsx_bench import bench_xlsx

        bench_xlsx(FULL_SIZES if args.full else QUICK_SIZES)
        print()
    if args.only in (None, "publish"):
        from bench.publish_bench import FULL_SIZES as PUBLISH_FULL
        from bench.publish_bench import QUICK_SIZES as PUBLISH_QUICK
        from bench.publish_bench import bench_publish

        bench_publish(PUBLISH_FULL if args.full else PUBLISH_QUICK)
        print()
    if args.only in (None, "sheets"):
        from bench.sheets_bench import FULL_SIZES as SHEETS_FULL
        from bench.sheets_bench import QUICK_SIZES as SHEETS_QUICK
        from bench.sheets_bench import bench_sheets

        bench_sheets(SHEETS_FULL if args.full else SHEETS_QUICK)
        print()
    if args.only in (None, "site"):
        from bench.site_bench import bench_site

        bench_site()
        print()


if __name__ == "__main__":
    main()
