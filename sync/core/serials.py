"""Dates as spreadsheets store them: serial numbers of days since 1899-12-30 (the 1900 date
system of Excel, WPS, LibreOffice and Google Sheets), the fraction being the time of day.

Excel counts a 29 February 1900 that never was (serial 60), copied from Lotus 1-2-3: its
serials for 1 January to 28 February 1900 are one less than the true count from 1899-12-30.
Google Sheets counts true days. `to_serial(..., excel=True)` is the one place that knows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

EPOCH = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)
_DAY = timedelta(days=1)


def from_serial(serial: float, *, milliseconds: bool = False) -> datetime:
    """The date-time of a serial, rounded to the second (to the millisecond with
    `milliseconds`: floating serials are not exact, and minutes must round-trip). For
    serials of 1 March 1900 on, as a register's are."""
    if milliseconds:
        return EPOCH + timedelta(milliseconds=round(serial * 86_400_000))
    return EPOCH + timedelta(seconds=round(serial * 86400))


def to_serial(value: datetime, *, excel: bool, date1904: bool = False) -> float:
    """The serial of a date-time: Excel's count (`excel`: computed as openpyxl's to_excel
    does, the phantom 1900-02-29 included; `date1904`: days since 1904-01-01, as a workbook
    in the 1904 date system counts), else the true count Google Sheets uses."""
    if not excel:
        return (value.replace(tzinfo=None) - EPOCH) / _DAY
    days = (value - (EPOCH_1904 if date1904 else EPOCH)).days
    if not date1904 and 0 < days <= 60:  # Excel counts a 29 February 1900 that never was
        days -= 1
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 10**6
    return days + seconds / 86400
