"""Sheets CellData <-> our RawCell and CellWrite. Pure: no network, no clock.

Values come typed as the xlsx backend gives them: datetime for date cells (Sheets keeps
dates as serial numbers of days since 1899-12-30, in the sheet's local time), int for
whole numbers, float, str, bool; the formula text and error value kept apart.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..core.schema import Kind
from ..core.serials import from_serial, to_serial
from ..core.table import KEEP, CellValue, CellWrite, RawCell

DATE_TIME_PATTERN = "yyyy-mm-dd hh:mm"
DATE_TIME_FORMAT = {"type": "DATE_TIME", "pattern": DATE_TIME_PATTERN}
_DATE_TYPES = frozenset({"DATE", "DATE_TIME"})
_ERRORS = {
    "N_A": "#N/A",
    "DIVIDE_BY_ZERO": "#DIV/0!",
    "VALUE": "#VALUE!",
    "REF": "#REF!",
    "NAME": "#NAME?",
    "NUM": "#NUM!",
    "NULL_VALUE": "#NULL!",
    "ERROR": "#ERROR!",
    "LOADING": "Loading...",
}

# The field mask of the one read, the same for staff and computed cells: each value once
# (the effective value; the entered value only for a formula's text), the note, the fill,
# and the number format's type, which tells a date from a number. The formatted value would
# repeat every value a third time: error texts and header texts are derived instead.
READ_CELL_FIELDS = (
    "userEnteredValue.formulaValue,effectiveValue,note,"
    "userEnteredFormat.backgroundColor,effectiveFormat.numberFormat.type"
)


def serial_to_datetime(serial: float) -> datetime:
    """A Sheets serial as a date-time, to the millisecond."""
    return from_serial(serial, milliseconds=True)


def datetime_to_serial(value: datetime) -> float:
    """A date-time as a Sheets serial (true days: Sheets has no phantom 1900-02-29)."""
    return to_serial(value, excel=False)


def color_to_hex(color: dict[str, float] | None) -> str | None:
    if not color:
        return None
    return "".join(f"{round(color.get(c, 0.0) * 255):02X}" for c in ("red", "green", "blue"))


def hex_to_color(rgb: str) -> dict[str, float]:
    rgb = rgb[-6:]
    # Four decimals keep every 8-bit channel exact and the write small.
    return {
        c: round(int(rgb[i : i + 2], 16) / 255, 4)
        for c, i in (("red", 0), ("green", 2), ("blue", 4))
    }


def raw_cell(cell: dict[str, Any], kind: Kind | None) -> RawCell:
    """One CellData as the core sees it. `kind` is the column's kind, None for unknown columns."""
    entered = cell.get("userEnteredValue") or {}
    shown = cell.get("effectiveValue") or {}
    fill = color_to_hex((cell.get("userEnteredFormat") or {}).get("backgroundColor"))
    note = cell.get("note") or None
    if "formulaValue" in entered:  # as the xlsx backend: the formula, not its result
        return RawCell(formula=entered["formulaValue"], note=note, fill=fill)
    error = None
    value: CellValue = None
    if "errorValue" in shown:
        error = error_text(shown)
    elif "numberValue" in shown:
        number = shown["numberValue"]
        if kind == "datetime" or number_format_type(cell) in _DATE_TYPES:
            value = serial_to_datetime(number)
        elif isinstance(number, float) and number.is_integer():
            value = int(number)
        else:
            value = number
    elif "stringValue" in shown:
        value = shown["stringValue"]
    elif "boolValue" in shown:
        value = shown["boolValue"]
    return RawCell(value=value, error=error, note=note, fill=fill)


def number_format_type(cell: dict[str, Any]) -> str | None:
    """DATE, DATE_TIME, NUMBER, ... as the cell displays its number (None: the default)."""
    return ((cell.get("effectiveFormat") or {}).get("numberFormat") or {}).get("type")


def identity_value(cell: dict[str, Any]) -> object:
    """What values.get(UNFORMATTED_VALUE) shows for this cell: compared before writing."""
    shown = cell.get("effectiveValue") or cell.get("userEnteredValue") or {}
    if "errorValue" in shown:
        return normalize(error_text(shown))
    return normalize(next(iter(shown.values()), None))


def error_text(shown: dict[str, Any]) -> str:
    """What Sheets displays for an error value (#N/A, #REF!, ...)."""
    return _ERRORS.get(shown["errorValue"].get("type"), "#ERROR!")


def display_text(cell: dict[str, Any]) -> str:
    """The text a cell shows, as far as headers and row-in-use checks need it: from the
    effective value when read with READ_CELL_FIELDS, else from the formatted value."""
    shown = cell.get("effectiveValue")
    if not shown:
        text = cell.get("formattedValue")
        return (
            text
            if text is not None
            else (cell.get("userEnteredValue") or {}).get("stringValue", "")
        )
    if "errorValue" in shown:
        return error_text(shown)
    value = next(iter(shown.values()))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def normalize(value: object) -> object:
    """Equal cells compare equal whichever read they came from."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def cell_data(write: CellWrite, *, full: bool = False) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The CellData and field mask for one write; a masked field absent from the data is cleared.

    `full`: a computed cell written whole (value, fill and note), so that every such cell
    shares one mask.
    """
    data: dict[str, Any] = {}
    fields: list[str] = []
    if write.value is not KEEP:
        fields.append("userEnteredValue")
        value = write.value
        if isinstance(value, datetime):
            data["userEnteredValue"] = {"numberValue": datetime_to_serial(value)}
            if not full:  # whole computed columns get the date format once (date_format_requests)
                fields.append("userEnteredFormat.numberFormat")
                data["userEnteredFormat"] = {"numberFormat": DATE_TIME_FORMAT}
        elif isinstance(value, bool):
            data["userEnteredValue"] = {"boolValue": value}
        elif isinstance(value, int | float):
            data["userEnteredValue"] = {"numberValue": value}
        elif value is not None:
            # Always a string value: text starting with = + - @ must never become a formula.
            data["userEnteredValue"] = {"stringValue": str(value)}
    if write.fill is not KEEP:
        fields.append("userEnteredFormat.backgroundColor")
        if write.fill is not None:
            data.setdefault("userEnteredFormat", {})["backgroundColor"] = hex_to_color(write.fill)
    if write.note is not KEEP:
        fields.append("note")
        if write.note is not None:
            data["note"] = write.note
    return data, tuple(fields)
