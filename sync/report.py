"""What a sync prints: a summary table, the problems to fix, and a progress line on slow runs."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .service import SyncReport

MAX_PROBLEMS_SHOWN = 30


def print_report(report: SyncReport, *, dry_run: bool, backups: bool = True) -> None:
    """`backups`: the backend keeps a copy of the original before writing (.xlsx does)."""
    figures = report.figures
    width = max(_width(k) for k in figures)
    click.echo(f"登记表：{report.register}（计算时间 {report.now:%Y-%m-%d %H:%M}）")
    for label, value in figures.items():
        click.echo(f"  {label}{' ' * (width - _width(label))}  {value:>6}")
    problems = [p for e in report.evaluations for p in e.problems]
    if problems:
        click.echo(f"需要更正的单元格（{len(problems)} 处）：")
        for p in problems[:MAX_PROBLEMS_SHOWN]:
            click.echo(f"  - {p.describe()}")
        if len(problems) > MAX_PROBLEMS_SHOWN:
            click.echo(f"  …… 其余 {len(problems) - MAX_PROBLEMS_SHOWN} 处见登记表的“校验”列")
    if report.hand_edits:
        click.echo(f"计算列由同步填写，以下手工改动{'将被' if dry_run else '已'}恢复为计算结果：")
        for where in report.hand_edits[:MAX_PROBLEMS_SHOWN]:
            click.echo(f"  - {where}")
    if figures["时限暂估"]:
        click.echo("注意：部分时限跨入节假日尚未公布的年份，暂按周一至周五计算（见“校验”列）。")
    if dry_run:
        click.echo(f"试运行：应更新 {report.cells_changed} 个单元格，未写入。")
    elif report.written:
        kept = "，原文件已备份到 .backups/" if backups else ""
        click.echo(f"已写入 {report.cells_changed} 个单元格{kept}。")
    else:
        click.echo("登记表无需更新，未写入。")


def _width(text: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


@contextmanager
def progress_after(delay: float, label: str) -> Iterator[None]:
    """Show a moving progress line on a terminal once the work has run `delay` seconds."""
    if not sys.stderr.isatty():
        yield
        return
    done = threading.Event()

    def spin() -> None:
        if done.wait(delay):
            return
        frames = "▏▎▍▌▋▊▉█"
        start = time.monotonic() - delay
        i = 0
        while not done.wait(0.1):
            i += 1
            bar = "".join(frames[(i + k) % len(frames)] for k in range(12))
            sys.stderr.write(f"\r{label} {bar} {time.monotonic() - start:5.1f}s")
            sys.stderr.flush()
        sys.stderr.write("\r" + " " * 40 + "\r")

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
