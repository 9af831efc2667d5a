"""The monthly report as an .xlsx workbook: tables with native Excel charts beside them.

The shell around figures.py: it writes one file, atomically (a temporary file in the same
folder, then a rename), so a half-written report is never left where `run` would take it
for the month's report.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .figures import MonthFigures, percent

Value = str | int | float | datetime | None  # what a report cell holds

REPORTS_FOLDER = "reports"  # under the office folder; in its .gitignore, outside the site
TIME = "%Y-%m-%d %H:%M"
_HEAD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_TITLE = Font(bold=True, size=14)


def report_path(root: Path, month: str) -> Path:
    """Where the month's report lives: reports/2026-11 投诉分析.xlsx under the office folder."""
    return Path(root) / REPORTS_FOLDER / f"{month} 投诉分析.xlsx"


def write_report(figures: MonthFigures, path: Path, now: datetime) -> Path:
    """Write the workbook to `path` (replacing one there) and return the path."""
    book = Workbook()
    _overview(book.active, figures, now)  # type: ignore[arg-type]
    _counts(book.create_sheet("分类统计"), figures)
    _clocks(book.create_sheet("时限"), figures)
    _overdue(book.create_sheet("超期未办结"), figures)
    _repeats(book.create_sheet("重复投诉"), figures)
    _callbacks(book.create_sheet("回访"), figures)
    _majors(book.create_sheet("重大投诉"), figures)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".report-", suffix=".xlsx")
    os.close(fd)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _table(ws: Worksheet, row: int, header: list[str], rows: list[list[Value]]) -> int:
    """Write a header and rows from `row` (column A); return the row after the table."""
    for col, text in enumerate(header, 1):
        cell = ws.cell(row, col, text)
        cell.font, cell.fill = _HEAD, _HEAD_FILL
    for r, values in enumerate(rows, row + 1):
        for col, value in enumerate(values, 1):
            cell = ws.cell(r, col, value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
    for col in range(1, len(header) + 1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, 14)
    return row + len(rows) + 1


def _bar(ws: Worksheet, title: str, top: int, count: int, anchor: str, *, col: int = 2) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = _chart_height(count), 14
    chart.add_data(
        Reference(ws, min_col=col, min_row=top, max_row=top + count), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=top + count))
    ws.add_chart(chart, anchor)


def _chart_height(bars: int) -> int:
    """A bar chart's height in centimetres: room for each bar's label (a row is about 0.5 cm)."""
    return max(6, round(0.7 * bars + 2))


def _overview(ws: Worksheet, f: MonthFigures, now: datetime) -> None:
    ws.title = "概况"
    ws["A1"] = f"{f.month} 投诉分析（内部资料，不公开）"
    ws["A1"].font = _TITLE
    ws["A2"] = (
        f"统计范围：{f.start:%Y-%m-%d} 至 {f.cutoff:{TIME}} 前受理的投诉；"
        f"未办结和超期按 {f.cutoff:{TIME}} 的状态计；生成于 {now:{TIME}}。"
    )
    ws["A2"].alignment = Alignment(wrap_text=False)
    rows: list[list[Value]] = [
        ["本月受理", f.received],
        ["本月受理中已办结", f.closed],
        ["办结率", percent(f.closing_rate)],
        ["月末未办结（含以前月份）", f.open_at_end],
        ["其中超期", len(f.overdue)],
        ["重大投诉", len(f.majors)],
        ["重复投诉", len(f.repeats)],
        ["本月回访", sum(n for _, n in f.callbacks)],
        ["回访满意率（满意+基本满意）/ 有评价的回访", percent(f.satisfaction)],
    ]
    _table(ws, 4, ["项目", "数值"], rows)
    ws.column_dimensions["A"].width = 40


def _counts(ws: Worksheet, f: MonthFigures) -> None:
    row = 1
    for title, values in f.counts:
        top = row
        after = _table(ws, top, [title, "宗数"], [[k, n] for k, n in values])
        if values:
            _bar(ws, f"按{title}", top, len(values), f"D{top}")
        # leave room for the chart beside the table
        row = max(after, top + 2 * _chart_height(len(values)) + 1) + 1


def _clocks(ws: Worksheet, f: MonthFigures) -> None:
    rows: list[list[Value]] = [
        [c.name, c.done, c.on_time, percent(c.rate), c.open_overdue, round((c.rate or 0) * 100, 1)]
        for c in f.clocks
    ]
    header = ["时限", "已完成", "按时完成", "按时率", "未完成且已超期", "按时率（%）"]
    _table(ws, 1, header, rows)
    _bar(ws, "各时限按时率（%）", 1, len(rows), "H1", col=6)


def _overdue(ws: Worksheet, f: MonthFigures) -> None:
    ws["A1"] = f"{f.cutoff:{TIME}} 时仍未办结且有时限超期的投诉（含以前月份受理的）"
    rows: list[list[Value]] = [
        [o.number, o.department, "、".join(o.clocks), o.days] for o in f.overdue
    ]
    _table(ws, 2, ["编号", "责任部门", "超期的时限", "超期天数"], rows)
    by_department: dict[str, int] = {}
    for o in f.overdue:
        by_department[o.department] = by_department.get(o.department, 0) + 1
    if by_department:
        top = 2
        for i, (name, n) in enumerate(sorted(by_department.items(), key=lambda x: -x[1])):
            ws.cell(top + 1 + i, 7, name)
            ws.cell(top + 1 + i, 8, n)
        ws.cell(top, 7, "责任部门").font = _HEAD
        ws.cell(top, 8, "超期宗数").font = _HEAD
        chart = BarChart()
        chart.title, chart.legend = "超期未办结（按责任部门）", None
        count = len(by_department)
        chart.add_data(
            Reference(ws, min_col=8, min_row=top, max_row=top + count), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=7, min_row=top + 1, max_row=top + count))
        ws.add_chart(chart, "J2")


def _repeats(ws: Worksheet, f: MonthFigures) -> None:
    ws["A1"] = "本月受理的重复投诉（只列编号，不列投诉人）"
    rows: list[list[Value]] = [[r.number, r.count, "、".join(r.earlier)] for r in f.repeats]
    _table(ws, 2, ["编号", "同一客户同类投诉次数", "此前投诉编号"], rows)


def _callbacks(ws: Worksheet, f: MonthFigures) -> None:
    ws["A1"] = f"本月回访 {sum(n for _, n in f.callbacks)} 次，满意率 {percent(f.satisfaction)}"
    _table(ws, 2, ["回访结果", "次数"], [[k, n] for k, n in f.callbacks])
    if f.callbacks:
        chart = PieChart()
        chart.title = "回访结果"
        count = len(f.callbacks)
        chart.add_data(
            Reference(ws, min_col=2, min_row=2, max_row=2 + count), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=2 + count))
        ws.add_chart(chart, "D2")


def _majors(ws: Worksheet, f: MonthFigures) -> None:
    ws["A1"] = "本月受理的重大投诉及其报告时间"
    roles = list(dict.fromkeys(rep.role for m in f.majors for rep in m.reporting))
    header = ["编号", "受理时间", "责任部门", "升级原因", "已办结"]
    for role in roles:
        header += [f"{role}报告时限", f"{role}知悉时间", f"{role}报告情况"]
    rows: list[list[Value]] = []
    for m in f.majors:
        values: list[Value] = [
            m.number,
            m.received,
            m.department,
            m.reasons,
            "是" if m.closed else "否",
        ]
        by_role = {rep.role: rep for rep in m.reporting}
        for role in roles:
            rep = by_role.get(role)
            values += [rep.due, rep.known, rep.state] if rep else [None, None, None]
        rows.append(values)
    _table(ws, 2, header, rows)
    ws.column_dimensions["D"].width = 40
