"""Properties of the write-back over generated registers: staff cells never change, and a
second sync with nothing changed writes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import SHEET_TITLE, STAFF_COLUMNS
from tests.registers import assert_staff_unchanged, staff_snapshot

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)

moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 3, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
# Dates a cell can hold and no complaint can have: they are row problems, never a crash.
impossible = st.sampled_from(
    [datetime(9999, 12, 20, 9, 0), datetime(9999, 12, 31), datetime(1900, 1, 1), "2062-03-01 10:00"]
)
junk = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.integers(-10, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    moments,
    st.sampled_from(
        [
            "=1+1",
            "+86 138 0013 8000",
            "-",
            "@张",
            "#N/A",
            "2万",
            "2026年3月5日 9时30分",
            "２０２６-１１-０３",
            "😀" * 3,
            "   ",
            "TS-20261120-001",
        ]
    ),
)


def cell_values(column) -> st.SearchStrategy:
    if column.kind == "enum":
        return st.one_of(st.sampled_from(RULES.lists[column.list_key]), junk)
    if column.kind == "datetime":
        return st.one_of(
            moments, moments.map(lambda d: d.strftime("%Y/%m/%d %H:%M")), impossible, junk
        )
    return junk


row_strategy = st.fixed_dictionaries({c.header: cell_values(c) for c in STAFF_COLUMNS})


def write_register(path: Path, rows: list[dict], headers: list[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws.append(headers)
    for row in rows:
        ws.append([row.get(h) for h in headers])
    wb.save(path)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=st.lists(row_strategy, min_size=1, max_size=6),
    order=st.permutations([c.header for c in STAFF_COLUMNS]),
    gap=st.integers(0, 120),
)
def test_staff_cells_never_change_and_the_second_sync_is_a_no_op(tmp_path, rows, order, gap):
    path = tmp_path / f"r{abs(hash((str(rows), gap)))}.xlsx"
    write_register(path, rows, list(order))
    before = staff_snapshot(path)
    number_col = list(order).index("编号") + 1
    empty_numbers = {
        (SHEET_TITLE, i + 2, number_col)
        for i, r in enumerate(rows)
        if r["编号"] is None or (isinstance(r["编号"], str) and not r["编号"].strip())
    }
    now = NOW + timedelta(days=gap)

    sync_register(open_xlsx(path, RULES), RULES, CALENDAR, now)
    assert_staff_unchanged(before, staff_snapshot(path), empty_numbers)

    data = path.read_bytes()
    second = sync_register(open_xlsx(path, RULES), RULES, CALENDAR, now)
    assert second.changes.empty, second.changes.writes[:3]
    assert not second.written
    assert path.read_bytes() == data
