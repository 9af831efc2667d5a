"""Registers as offices really fill them, generated: random strings, numbers, dates, booleans,
formulas, Excel error values, very long texts, emoji and full-width characters in every staff
column; rows of blanks; duplicate, missing and extra headers. Whatever comes, the sync
finishes or stops with a clear Chinese message, no staff cell changes, and the second sync
writes nothing. A stateful test edits, syncs and edits again."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from sync.api import load_policy, open_xlsx, sync_register
from sync.core.schema import BY_HEADER, REQUIRED_KEYS, SHEET_TITLE, STAFF_COLUMNS
from sync.errors import DuplicateColumns, MissingColumns
from tests.registers import assert_staff_unchanged, staff_snapshot

ROOT = Path(__file__).resolve().parents[2]
RULES, CALENDAR = load_policy(ROOT / "rules.yaml")
NOW = datetime(2026, 11, 22, 10, 0)
STAFF = [c.header for c in STAFF_COLUMNS]
REQUIRED = {h for h, c in BY_HEADER.items() if c.key in REQUIRED_KEYS}
ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]
FORMULAS = ["=1+1", "=TODAY()", '=A1&"x"', "=SUM(A:A)", '=IF(B2="","",B2)', "=NOW()-1"]

# Mostly plausible times, and any a cell can hold: 9999-12-31, 1900, 2062 for 2026.
moments = st.one_of(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
).map(lambda d: d.replace(microsecond=0))
texts = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.text(alphabet="０１２３４５６７８９－：／　年月日时分ＡＢ是否有效", max_size=20),
    st.text(alphabet="😀🏠🚰⚠️👍🀄️\u200b\u3000", max_size=10),
    st.sampled_from(["投诉" * 4000, "漏" * 32000, "a\nb\r\nc", " 是 ", "有效 ", "=来电"]),
)
value = st.one_of(
    st.none(),
    texts,
    st.integers(-(10**15), 10**15),
    st.floats(-1e15, 1e15),  # Excel keeps 15 significant digits; larger is no staff value
    st.booleans(),
    moments,
    moments.map(lambda d: d.strftime("%Y/%m/%d %H:%M")),
    moments.map(lambda d: d.strftime("%Y年%m月%d日 %H时%M分")),
    st.sampled_from(ERRORS),
    st.sampled_from(FORMULAS),
)


def cell_value(header: str) -> st.SearchStrategy:
    column = BY_HEADER[header]
    if column.kind == "enum":
        return st.one_of(st.sampled_from(RULES.lists[column.list_key]), value)
    return value


row = st.fixed_dictionaries({h: cell_value(h) for h in STAFF})
blank_row = st.just({})


@st.composite
def header_rows(draw) -> list[str]:
    """The staff headers in any order, some left out (编号 too), one maybe twice, some extra ones."""
    headers = list(draw(st.permutations(STAFF)))
    keep = draw(st.lists(st.booleans(), min_size=len(headers), max_size=len(headers)))
    headers = [h for h, k in zip(headers, keep, strict=True) if k or h in REQUIRED]
    if draw(st.integers(0, 9)) == 0:
        headers.remove(draw(st.sampled_from(sorted(REQUIRED))))
    if headers and draw(st.integers(0, 9)) == 0:
        headers.append(draw(st.sampled_from(headers)))
    for extra in draw(
        st.lists(
            st.sampled_from(["楼层", "自定义列", "业主微信", "Notes"]), max_size=2, unique=True
        )
    ):
        headers.insert(draw(st.integers(0, len(headers))), extra)
    return headers


def write_register(path: Path, headers: list[str], rows: list[dict]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    sheet.append(headers)
    for data in rows:
        sheet.append([data.get(h) if h in BY_HEADER else "自定义内容" for h in headers])
    book.save(path)


def blank_numbers(path: Path) -> set[tuple[str, int, int]]:
    """The empty 编号 cells: the one kind of staff cell the sync may fill (all of a 编号
    column it adds after the last used one, when the register has none)."""
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    header = [c.value for c in sheet[1]]
    if "编号" not in header:
        used = [c.column for row in sheet.iter_rows() for c in row if c.value is not None]
        return {(SHEET_TITLE, r, max(used, default=0) + 1) for r in range(1, sheet.max_row + 1)}
    col = header.index("编号") + 1
    return {
        (SHEET_TITLE, r, col)
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, col).value is None or str(sheet.cell(r, col).value).strip() == ""
    }


def sync_once_and_again(path: Path, now: datetime) -> None:
    """The invariants of one sync: staff cells unchanged, then a second sync writes nothing."""
    before = staff_snapshot(path)
    filled = blank_numbers(path)
    sync_register(open_xlsx(path, RULES), RULES, CALENDAR, now)
    assert_staff_unchanged(before, staff_snapshot(path), filled)
    data = path.read_bytes()
    second = sync_register(open_xlsx(path, RULES), RULES, CALENDAR, now)
    assert second.changes.empty, second.changes.writes[:3]
    assert not second.written and path.read_bytes() == data


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    headers=header_rows(),
    rows=st.lists(st.one_of(row, blank_row), min_size=0, max_size=6),
    gap=st.integers(-400, 400),
)
def test_any_register_syncs_or_stops_with_a_clear_message(headers, rows, gap):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        write_register(path, headers, rows)
        data = path.read_bytes()
        duplicated = len(set(headers)) < len(headers)
        missing = REQUIRED - set(headers)
        try:
            sync_once_and_again(path, NOW + timedelta(days=gap))
        except DuplicateColumns as exc:
            assert duplicated, exc
            assert str(exc).endswith("请删除多余的列或改名后再同步。")
            assert path.read_bytes() == data
        except MissingColumns as exc:
            assert missing and not duplicated, exc
            assert "登记表缺少必需的列：" in str(exc) and all(h in str(exc) for h in missing)
            assert path.read_bytes() == data
        else:
            assert not duplicated and not missing


class EditSyncEdit(RuleBasedStateMachine):
    """Staff keep editing a register between syncs; every sync keeps their cells and the
    next one, with nothing changed, writes nothing."""

    @initialize(rows=st.lists(row, min_size=1, max_size=4))
    def start(self, rows):
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "register.xlsx"
        self.now = NOW
        write_register(self.path, STAFF, rows)

    @rule(r=st.integers(0, 5), header=st.sampled_from(STAFF), data=st.data())
    def staff_edit(self, r, header, data):
        new = data.draw(cell_value(header))
        book = openpyxl.load_workbook(self.path, rich_text=True)
        sheet = book[SHEET_TITLE]
        sheet.cell(2 + r, STAFF.index(header) + 1).value = new
        book.save(self.path)

    @rule(r=st.integers(0, 5))
    def staff_clear_row(self, r):
        book = openpyxl.load_workbook(self.path, rich_text=True)
        sheet = book[SHEET_TITLE]
        for c in range(1, len(STAFF) + 1):
            sheet.cell(2 + r, c).value = None
        book.save(self.path)

    @rule(hours=st.integers(0, 24 * 60))
    def time_passes(self, hours):
        self.now += timedelta(hours=hours)

    @rule()
    def sync(self):
        sync_once_and_again(self.path, self.now)

    @invariant()
    def still_a_workbook(self):
        if hasattr(self, "path"):
            assert openpyxl.load_workbook(self.path).sheetnames[0] == SHEET_TITLE

    def teardown(self):
        if hasattr(self, "folder"):
            self.folder.cleanup()


EditSyncEdit.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_edit_sync_edit = EditSyncEdit.TestCase
