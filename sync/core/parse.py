"""Parse register cells into Records: a typed value or a Chinese Problem for each staff cell.

Staff type dates, amounts and phone numbers in many ways (full-width digits, 2万, 2026年11月3日,
numbers Excel stored as serials); each parser accepts the common forms and rejects the rest
with a message that quotes the value and shows a form that works. A date outside the span
in which a complaint can have happened (before 2000, or after `now`) is a typo and is not
used. Pure: `now` is passed in, no clock, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import cast

from .gcpause import without_gc_pauses
from .model import Problem, Record, RecordValues
from .rules import Rules
from .schema import STAFF_COLUMNS, YES_NO, Column
from .serials import from_serial
from .table import CellValue, RawCell, Row, Table


class InvalidCell(ValueError):
    """A cell value the sync cannot use; the message (Chinese) says how to fix it."""


DATETIME_EXAMPLE = "2026-11-03 14:05"
# Excel serials in this range are dates from 1982 to 2119; outside it a number is a typo.
SERIAL_RANGE = (30000, 80000)
# Dates a register can hold: none before 2000, none more than a day ahead of `now` (a clock
# set a little fast, a time typed before midnight). Outside, 9999-12-31 or 2062 for 2026,
# a date is a typo: used, it would distort statistics and overflow deadline arithmetic.
EARLIEST = datetime(2000, 1, 1)
AHEAD = timedelta(days=1)
ACTUAL = "请填写实际日期时间，如 2026-11-03 14:20"
# No claim reaches a trillion yuan; digits that long are a typo, and past about 10**308
# they would be an infinite float in every sum and in the export.
LARGEST_AMOUNT = Decimal(10**12)

_DATE = r"(?P<y>\d{4})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?"
_TIME = (
    r"(?P<noon>上午|早上|中午|下午|晚上)?\s*(?P<h>\d{1,2})\s*"
    r"(?::\s*(?P<mi>\d{1,2})(?:\s*:\s*(?P<s>\d{1,2}))?"
    r"|[时点]\s*(?:(?P<half>半)|(?P<mi2>\d{1,2})\s*分?(?:\s*(?P<s2>\d{1,2})\s*秒)?)?)"
)
_DATETIME_RE = re.compile(rf"{_DATE}(?:\s*T?\s*{_TIME})?", re.ASCII)
_AFTERNOON = {"下午": 12, "晚上": 12, "中午": 12}

_COUNT_RE = re.compile(r"(?P<n>-?\d+(?:\.0+)?)\s*(?:户|次|人|轮|家|个)?", re.ASCII)
_MONEY_RE = re.compile(
    r"(?:¥|RMB|人民币)?\s*(?P<n>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<wan>万)?\s*(?:元|块)?",
    re.IGNORECASE | re.ASCII,
)

_PHONE_SPLIT_RE = re.compile(r"[、,;/\n]+")
_PHONE_EXT_RE = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(?P<ext>\d{1,6})$", re.IGNORECASE | re.ASCII)
_PHONE_CHARS_RE = re.compile(r"\+?[\d\s\-()]+", re.ASCII)
_MOBILE_RE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_SERVICE_RE = re.compile(r"[48]00\d{7}", re.ASCII)
_LOCAL_RE = re.compile(r"[2-9]\d{6,7}", re.ASCII)
_NOT_DIGIT_RE = re.compile(r"[^0-9]")
# The forms most numbers are typed in, which _one_phone's general steps normalise the same way:
# a mobile (spaced or dashed, perhaps after +86) or a landline whose area code has the length
# its second digit implies (3 digits for 01x and 02x, else 4), with a 7- or 8-digit number.
_COMMON_PHONE_RE = re.compile(
    r"(?:\+86[ -]?)?(?P<mobile>1[3-9]\d(?:[ -]?\d){8})"
    r"|\(?(?P<area>0[12]\d|0[3-9]\d\d)\)?[ -]?(?P<local>[2-9]\d{6,7})",
    re.ASCII,
)
_MOBILE_SPACING_RE = re.compile(r"[ -]")
_DIGITS_RE = re.compile(r"[0-9]+")


@without_gc_pauses
def parse_table(table: Table, rules: Rules, now: datetime) -> list[Record]:
    """One Record per non-blank row; a repeated 编号 is a problem on every row after the first."""
    records = []
    first_row_of: dict[str, int] = {}
    columns = _Columns(c for c in STAFF_COLUMNS if c.key in table.columns)
    span = _Span(now)
    for row in table.rows:
        record = _parse_row(row, rules, columns, span)
        if record is None:
            continue  # no staff content; computed leftovers do not count
        number = record.values.get("number")
        if isinstance(number, str):
            key = _squash(number).upper()
            if key in first_row_of:
                dup = Problem(
                    row.index,
                    "number",
                    f"编号“{number}”与第 {first_row_of[key]} 行重复，请改为唯一的编号（或清空由同步重新编号）",
                )
                record = replace(record, problems=(*record.problems, dup))
            else:
                first_row_of[key] = row.index
        records.append(record)
    return records


def parse_row(row: Row, rules: Rules, now: datetime) -> Record:
    """Parse every staff cell the row has, then check the cells against each other.

    A bad cell leaves the rest of the row usable. Values that parsed but contradict each
    other (closing before receipt) stay in `values`, flagged by a Problem.
    """
    record = _parse_row(row, rules, _Columns(STAFF_COLUMNS), _Span(now))
    if record is None:
        return Record(row.index, {}, tuple(_consistency(row, {}, frozenset())))
    return record


# What a cell value parses to in a column: (True, value), (False, problem message), or
# _BLANK. A register repeats the same few values (lists, names, counts) row after row, so
# one table's parse remembers each column's outcomes by value.
_Outcome = tuple[bool, object] | None
_BLANK = None
_UNSEEN: _Outcome = (False, "")  # a sentinel: compared by identity, never used as a value
_TEXT_KINDS = ("text", "id")
_NONE_FAILED: frozenset[str] = frozenset()


class _Columns(list[tuple[str, Column, str, dict[object, _Outcome]]]):
    """The staff columns to parse, in contract order: key, column, kind and memo of outcomes.

    Plain text is its own stripped value, and text columns (content, names, 编号) rarely
    repeat a value, so they take a shortcut instead of filling a memo.
    """

    def __init__(self, columns: Iterable[Column]) -> None:
        super().__init__((c.key, c, _shortcut_kind(c), {}) for c in columns)


def _shortcut_kind(column: Column) -> str:
    """'text' where parse_cell is parse_text, 'phone' for phone columns, 'datetime' for date
    columns of the past (checked against the span), else ''. A date that may lie ahead (an
    agreed date) is not checked here: the evaluation bounds it by the receipt."""
    if column.kind == "bool" or column.list_key == "yes_no" or column.future:
        return ""
    if column.kind in _TEXT_KINDS:
        return "text"
    return column.kind if column.kind in ("phone", "datetime") else ""


class _Span:
    """The moments a date cell may hold, from EARLIEST to a day after `now`."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.latest = min(now, datetime.max - AHEAD) + AHEAD

    def check(self, when: datetime, typed: object) -> tuple[bool, object]:
        """`when` if it can be real, else the problem, quoting the cell as `typed`."""
        if EARLIEST <= when <= self.latest:
            return True, when
        if when < EARLIEST:
            return False, f"日期“{_quote(typed)}”早于 2000 年，不是实际的日期；{ACTUAL}"
        return False, f"日期“{_quote(typed)}”还没有到来（现在是 {_show(self.now)}）；{ACTUAL}"


def _parse_row(row: Row, rules: Rules, columns: _Columns, span: _Span) -> Record | None:
    """parse_row, or None for a row with no staff content."""
    cells = row.cells
    values: dict[str, object] = {}
    problems: list[Problem] = []
    noted: list[str] = []
    latest = span.latest
    for key, column, kind, seen in columns:
        cell = cells.get(key)
        if cell is None:
            continue
        if cell.note is not None:
            noted.append(key)
        value = cell.value
        if cell.formula is not None or cell.error is not None:
            outcome = _outcome(column, cell, rules)
        elif value is None:
            continue
        elif kind == "text" and type(value) is str:
            if value := value.strip():  # blank text is an empty cell
                values[key] = value
            continue
        elif kind == "phone" and type(value) is str:
            # Numbers rarely repeat: no memo. One mobile number as typed is already normal.
            if _MOBILE_RE.fullmatch(value):
                values[key] = value
                continue
            outcome = _outcome(column, cell, rules)
        elif kind == "datetime" and type(value) is datetime:
            # A typed date cell needs no parsing, and rarely repeats.
            if EARLIEST <= value <= latest:
                values[key] = value
                continue
            outcome = True, value
        else:
            # 1, 1.0 and True are equal keys but may parse differently: keep types apart.
            memo_key = value if type(value) is str else (type(value), value)
            outcome = seen.get(memo_key, _UNSEEN)
            if outcome is _UNSEEN:
                outcome = seen[memo_key] = _outcome(column, cell, rules)
        if outcome is None:  # _BLANK
            continue
        ok, result = outcome
        if ok and kind == "datetime":
            ok, result = span.check(result, value)  # type: ignore[arg-type]  # a datetime column's value
        if ok:
            values[key] = result
        else:
            problems.append(Problem(row.index, key, str(result)))
    if not values and not problems:
        return None
    failed = frozenset(p.key for p in problems) if problems else _NONE_FAILED
    problems += _consistency(row, values, failed)
    # The keys are the staff columns' and each value has its column's type (parse_cell).
    return Record(row.index, cast(RecordValues, values), tuple(problems), tuple(noted))


def _outcome(column: Column, cell: RawCell, rules: Rules) -> _Outcome:
    if cell.blank:
        return _BLANK
    try:
        return True, parse_cell(column, cell, rules)
    except InvalidCell as exc:
        return False, str(exc)


def parse_cell(column: Column, cell: RawCell, rules: Rules) -> object:
    """The value of a non-blank staff cell as the core uses it; raises InvalidCell."""
    if cell.formula is not None:
        raise InvalidCell("单元格是公式，请直接填写值")
    if cell.error is not None:
        raise InvalidCell(f"单元格是错误值“{cell.error}”，请改为正确的值")
    value = cell.value
    if column.kind == "bool" or column.list_key == "yes_no":
        return parse_yes_no(value)
    match column.kind:
        case "datetime":
            return parse_datetime(value)
        case "int":
            return parse_count(value)
        case "money":
            return parse_money(value)
        case "enum":
            assert column.list_key is not None
            return parse_choice(value, rules.lists[column.list_key])
        case "phone":
            return parse_phone(value)
        case _:
            return parse_text(value)


def parse_datetime(value: CellValue | date) -> datetime:
    """A date cell, an Excel serial number, or text such as 2026年11月3日 14时05分."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value)
    text = _norm(_as_text(value))
    m = _DATETIME_RE.fullmatch(text)
    if m is None:
        raise InvalidCell(f"无法识别的日期“{_quote(value)}”，请写成 {DATETIME_EXAMPLE} 这样的格式")
    year = int(m["y"])
    hour = int(m["h"] or 0)
    if hour < 12:
        hour += _AFTERNOON.get(m["noon"] or "", 0)
    minute = 30 if m["half"] else int(m["mi"] or m["mi2"] or 0)
    second = int(m["s"] or m["s2"] or 0)
    try:
        return datetime(year, int(m["mo"]), int(m["d"]), hour, minute, second)
    except ValueError:
        raise InvalidCell(
            f"日期“{_quote(value)}”不存在，请检查年月日和时间，写成 {DATETIME_EXAMPLE} 这样的格式"
        ) from None


def _from_serial(number: int | float) -> datetime:
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        raise InvalidCell(f"数字“{_quote(number)}”不是日期，请写成 {DATETIME_EXAMPLE} 这样的格式")
    return from_serial(number)


def parse_count(value: CellValue) -> int:
    """A whole number of households or times: 3, 3.0, ３, 3户, 3次."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        m = _COUNT_RE.fullmatch(_norm(_as_text(value)))
        if m is None:
            raise InvalidCell(f"“{_quote(value)}”不是数字，请用阿拉伯数字填写，如 3")
        number = float(m["n"])
    if number < 0:
        raise InvalidCell(f"“{_quote(value)}”是负数，请填写 0 或正整数")
    if not number.is_integer():
        raise InvalidCell(f"“{_quote(value)}”不是整数，请填写整数，如 3")
    return int(number)


def parse_money(value: CellValue) -> float:
    """An amount in yuan: 5000, 20,000, 2万, 1.5万, ¥5000, 5000元."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        m = _MONEY_RE.fullmatch(_norm(_as_text(value)))
        if m is None:
            raise InvalidCell(
                f"无法识别的金额“{_quote(value)}”，请用阿拉伯数字填写，如 5000、20,000 或 2万"
            )
        amount = Decimal(m["n"].replace(",", "")) * (10000 if m["wan"] else 1)
    if amount < 0:
        raise InvalidCell(f"金额“{_quote(value)}”是负数，请填写 0 或正数")
    if amount >= LARGEST_AMOUNT:
        raise InvalidCell(f"金额“{_quote(value)}”过大，请检查是否多打了数字，如 5000、2万")
    return float(amount)


def parse_choice(value: CellValue, allowed: tuple[str, ...]) -> str:
    """One of `allowed`, ignoring spaces and full-width/half-width differences."""
    text = _squash(_as_text(value))
    for option in allowed:
        if _squash(option) == text:
            return option
    raise InvalidCell(f"“{_quote(value)}”不是可选的值，请从 {'、'.join(allowed)} 中选择")


def parse_yes_no(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    return parse_choice(value, YES_NO) == YES_NO[0]


def parse_phone(value: CellValue) -> str:
    """Mobile, landline or 400/800 numbers, several separated by 、 , ; /, normalised.

    Mobiles become 11 digits, landlines 0755-12345678 (转123 for an extension), service
    numbers 400-123-4567, all joined by 、.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = _as_text(value)
        try:
            return _one_phone(digits, value)
        except InvalidCell:
            # Excel drops a landline's leading 0 when it stores the number as a number.
            return _one_phone("0" + digits, value)
    if type(value) is str and (common := _COMMON_PHONE_RE.fullmatch(value)):
        return _common_phone(common)  # one number, typed in ASCII: nothing to split or widen
    parts = [p.strip() for p in _PHONE_SPLIT_RE.split(_norm(_as_text(value)))]
    return "、".join(_one_phone(p, p) for p in parts if p)


def _one_phone(text: str, shown: object) -> str:
    common = _COMMON_PHONE_RE.fullmatch(text)
    if common is not None:
        return _common_phone(common)
    ext = None
    m = _PHONE_EXT_RE.search(text)
    if m:
        ext, text = m["ext"], text[: m.start()].rstrip(" -")
    if not _PHONE_CHARS_RE.fullmatch(text):
        raise _bad_phone(shown)
    digits = _NOT_DIGIT_RE.sub("", text)
    if text.startswith("+") or digits.startswith("00"):
        digits = digits.removeprefix("00")
        if not digits.startswith("86"):
            raise _bad_phone(shown)  # a number outside mainland China
        digits = digits[2:]
        if digits[:1] not in ("0", "1"):
            digits = "0" + digits  # +86 755 ... drops the trunk 0 of a landline
    elif len(digits) == 13 and _MOBILE_RE.fullmatch(digits[2:]) and digits.startswith("86"):
        digits = digits[2:]
    if _MOBILE_RE.fullmatch(digits) and ext is None:
        return digits
    if _SERVICE_RE.fullmatch(digits) and ext is None:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if digits.startswith("0") and len(digits) > 3:
        area_len = 3 if digits[1] in "12" else 4  # 010 and 02x; every other code has 4 digits
        area, local = digits[:area_len], digits[area_len:]
        groups = _DIGITS_RE.findall(text)
        if len(local) > 8 and ext is None and len(groups) > 2 and len(groups[-1]) <= 6:
            # 0755-12345678-123: the last dash group is an extension
            ext, local = groups[-1], local[: -len(groups[-1])]
        if _LOCAL_RE.fullmatch(local):
            return f"{area}-{local}" + (f"转{ext}" if ext else "")
    elif _LOCAL_RE.fullmatch(digits):
        return digits + (f"转{ext}" if ext else "")
    raise _bad_phone(shown)


def _common_phone(common: re.Match[str]) -> str:
    if mobile := common["mobile"]:
        return _MOBILE_SPACING_RE.sub("", mobile)
    return f"{common['area']}-{common['local']}"


def _bad_phone(shown: object) -> InvalidCell:
    return InvalidCell(
        f"无法识别的电话“{_quote(shown)}”，请写 11 位手机号（如 13800138000）"
        "或带区号的固定电话（如 0755-12345678），多个号码用顿号分隔"
    )


def parse_text(value: CellValue) -> str:
    return _as_text(value).strip()


def _consistency(row: Row, values: dict[str, object], failed: frozenset[str]) -> list[Problem]:
    """Checks across cells of one row; a cell that already has a problem gets no second one."""
    problems = []
    received = values.get("received")
    if received is None and "received" not in failed:
        problems.append(
            Problem(
                row.index, "received", "受理时间未填写，无法计算时限，请填写接到投诉的日期和时间"
            )
        )
    if isinstance(received, datetime):
        for key in ("responded", "replied", "closed", "callback"):
            when = values.get(key)
            if isinstance(when, datetime) and when < received:
                problems.append(
                    Problem(row.index, key, f"早于受理时间（{_show(received)}），请检查日期")
                )
                failed |= {key}  # rare: a new set, the caller's stays as it was
    closed, callback = values.get("closed"), values.get("callback")
    if (
        isinstance(closed, datetime)
        and isinstance(callback, datetime)
        and callback < closed
        and "callback" not in failed
    ):
        problems.append(
            Problem(row.index, "callback", f"早于办结时间（{_show(closed)}），请检查日期")
        )
    if (
        "closed" in values
        and "result" in row.cells
        and "result" not in values
        and "result" not in failed
    ):
        problems.append(Problem(row.index, "result", "已填写办结时间，请填写处理结果"))
    return problems


def _as_text(value: object) -> str:
    """A cell value as staff would read it: 3 not 3.0, dates without seconds."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return _show(value)
    return "" if value is None else str(value)


def _show(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M" if when.time() else "%Y-%m-%d")


def _norm(text: str) -> str:
    """Full-width digits, letters, punctuation and spaces to ASCII, so ２０２６ reads as 2026."""
    return unicodedata.normalize("NFKC", text).strip()


def _squash(text: str) -> str:
    # str.split() drops exactly the characters the regex \s matches in str patterns.
    return "".join(unicodedata.normalize("NFKC", text).split())


def _quote(value: object) -> str:
    text = _as_text(value).strip()
    return text if len(text) <= 24 else text[:23] + "…"
