"""Office-shaped synthetic registers of any size for the benchmarks.

The rows follow the demo's year of complaints (categories, timelines against the limits,
group matters, the slips staff make), but every complainant, phone and flat is new to the
register and the free texts are written around each row's own people and numbers (see
bench/office.py): the values the anonymizer must find grow with the register, as in a real one.

The .xlsx is saved the way Excel, WPS and LibreOffice save: every text in the shared-strings
part (xl/sharedStrings.xml), dates as serial numbers, each cell with its column's style. The
rest of the package (styles, validation, protection, the explanation sheet) is the template's
(`complaints init`). Rows are written as XML directly: openpyxl takes minutes at 100,000 rows.
Deterministic: the same size, seed and span give the same bytes.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from bench.office import MEASURE_NOTES, REMARK_NOTES, RESULT_NOTES, STAFF_ROLES, Office
from sync.api import load_policy
from sync.core.header import column_letter
from sync.core.schema import COLUMNS
from sync.xlsx.demo import demo_rows
from sync.xlsx.template import build_workbook

NOW = datetime(2026, 11, 22, 10, 0)
SHEET = "xl/worksheets/sheet1.xml"
RULES = Path(__file__).resolve().parent.parent / "rules.yaml"
YEAR = timedelta(days=364)  # whole weeks: a year earlier falls on the same weekday

_EPOCH = datetime(1899, 12, 30)
_SST = "xl/sharedStrings.xml"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_INLINE = re.compile(r'<c ([^>]*?) ?t="inlineStr"><is>(.*?)</is></c>', re.S)
_DAY_IN_NUMBER = re.compile(r"-(\d{8})-")


def synthetic_register(path: Path, rows: int, *, seed: int = 7, years: int = 1) -> Path:
    """Write a register of `rows` complaints over the `years` before NOW (computed columns
    still empty) to `path`, for the project's rules.yaml."""
    path.write_bytes(_register_bytes(rows, seed, years))
    return path


def office_rows(rows: int, *, seed: int = 7, years: int = 1) -> list[dict[str, object]]:
    """The staff cells of such a register, by column key, oldest complaint first."""
    rules, _ = load_policy(RULES)
    rng = random.Random(seed)
    office = Office(rng)
    out: list[dict[str, object]] = []
    for year in reversed(range(years)):
        share = rows // years + (1 if year < rows % years else 0)
        for row in demo_rows(rng, rules, NOW, share):
            values = _earlier(row.values, YEAR * year)
            _fill(office, values, group=row.group)
            out.append(values)
    return out


def _earlier(values: dict[str, object], by: timedelta) -> dict[str, object]:
    """A row moved `by` into the past: its times, and the day inside its 编号."""
    if not by:
        return values
    moved = {k: v - by if isinstance(v, datetime) else v for k, v in values.items()}
    number = moved.get("number")
    if isinstance(number, str):
        moved["number"] = _DAY_IN_NUMBER.sub(
            lambda m: f"-{datetime.strptime(m[1], '%Y%m%d') - by:%Y%m%d}-", number, count=1
        )
    return moved


def _fill(office: Office, values: dict[str, object], *, group: bool) -> None:
    """Replace the demo's people, flats and texts with ones new to the register."""
    rng = office.rng
    flat = office.flat(str(values["project"]) if group else None)
    name = office.name()
    fields = office.fields(name, flat)
    old_unit, old_area, old_phone = (str(values.get(k) or "") for k in ("unit", "area", "phone"))
    body = str(values["content"])
    if old_phone:
        body = body.replace(old_phone, fields["phone"])
    if old_unit:
        body = body.replace(old_unit, rng.choice((fields["unit"], flat.room, flat.block)))
    if old_area:
        body = body.replace(old_area, flat.block)
    values["project"] = flat.estate.name
    values["unit"] = office.unit_cell(flat)
    values["area"] = office.area_cell(flat)
    values["complainant"] = office.complainant(name)
    # The demo's one-digit-short mobile stays a slip.
    values["phone"] = office.mobile()[:10] if len(old_phone) == 10 else office.phone_cell()
    values["content"] = office.content(body, fields)
    for key, notes, chance in (
        ("measures", MEASURE_NOTES, 0.4),
        ("result", RESULT_NOTES, 0.3),
    ):
        if values.get(key):
            values[key] = office.note(str(values[key]), notes, chance, fields)
    if rng.random() < 0.12:
        remark = rng.choice(REMARK_NOTES).format_map(fields)
        values["remarks"] = f"{values['remarks']}{remark}" if values.get("remarks") else remark
    values["receiver"] = office.staff_cell(STAFF_ROLES[:3], 0.3)
    values["follower"] = office.staff_cell(STAFF_ROLES[3:], 0.35)
    values["responsible"] = office.staff_cell(STAFF_ROLES[4:6], 0.3, among=3)


@lru_cache(maxsize=8)  # the sections share sizes; 100,000 rows are about 23 MB
def _register_bytes(rows: int, seed: int, years: int) -> bytes:
    rules, _ = load_policy(RULES)
    buffer = io.BytesIO()
    build_workbook(rules).save(buffer)
    with zipfile.ZipFile(buffer) as template:
        parts = {name: template.read(name) for name in template.namelist()}
    strings = _SharedStrings()
    sheets = [n for n in parts if n.startswith("xl/worksheets/sheet")]
    for name in sheets:
        parts[name] = strings.take_inline(parts[name].decode()).encode()
    last = rows + 1
    parts[SHEET] = _with_rows(
        parts[SHEET].decode(), office_rows(rows, seed=seed, years=years), strings
    )
    parts[SHEET] = _last_row(parts[SHEET], last)
    parts["xl/workbook.xml"] = re.sub(
        rb"(\$A\$1:\$[A-Z]+\$)1\b", rb"\g<1>%d" % last, parts["xl/workbook.xml"]
    )
    parts[_SST] = strings.xml()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{_SST}" ContentType="{_SST_TYPE}"/></Types>'.encode()
    )
    rels = "xl/_rels/workbook.xml.rels"
    ids = len(re.findall(rb"<Relationship ", parts[rels]))
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        f'<Relationship Type="{_SST_REL}" Target="sharedStrings.xml" Id="rId{ids + 1}"/>'
        "</Relationships>".encode(),
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            # A fixed time stamp: the same register gives the same bytes on every run.
            target.writestr(zipfile.ZipInfo(name, NOW.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


class _SharedStrings:
    """The shared-strings table: each distinct text once, cells refer to it by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.items: list[str] = []  # each <si>'s inner XML
        self.refs = 0

    def ref(self, text: str) -> int:
        self.refs += 1
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.items)
            space = ' xml:space="preserve"' if text != text.strip() else ""
            self.items.append(f"<t{space}>{_escape(text)}</t>")
        return found

    def take_inline(self, xml: str) -> str:
        """A sheet's inline strings (openpyxl writes those) moved into the table."""

        def shared(m: re.Match[str]) -> str:
            self.refs += 1
            self.items.append(m[2])
            return f'<c {m[1]} t="s"><v>{len(self.items) - 1}</v></c>'

        return _INLINE.sub(shared, xml)

    def xml(self) -> bytes:
        head = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            f' count="{self.refs}" uniqueCount="{len(self.items)}">'
        )
        return (head + "".join(f"<si>{i}</si>" for i in self.items) + "</sst>").encode()


def _with_rows(xml: str, rows: list[dict[str, object]], strings: _SharedStrings) -> str:
    """The template sheet with `rows` under its header, each cell in its column's style."""
    styles = _column_styles(xml)
    columns = [
        (c.key, column_letter(i), f' s="{styles[i]}"' if i in styles else "")
        for i, c in enumerate(COLUMNS, 1)
        if not c.computed
    ]
    out: list[str] = []
    for r, values in enumerate(rows, 2):
        cells = []
        for key, letter, style in columns:
            value = values.get(key)
            if value is None or value == "":
                continue
            if isinstance(value, str):
                cells.append(f'<c r="{letter}{r}"{style} t="s"><v>{strings.ref(value)}</v></c>')
            elif isinstance(value, datetime):
                serial = (value - _EPOCH) / timedelta(days=1)
                cells.append(f'<c r="{letter}{r}"{style}><v>{serial!r}</v></c>')
            else:
                cells.append(f'<c r="{letter}{r}"{style}><v>{value}</v></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    end = xml.index("</sheetData>")
    return xml[:end] + "".join(out) + xml[end:]


def _column_styles(xml: str) -> dict[int, str]:
    """1-based column -> the style id its <col> element gives typed cells."""
    styles: dict[int, str] = {}
    for col in re.finditer(r"<col ([^>]*)/>", xml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', col[1]))
        if "style" in attrs:
            for index in range(int(attrs["min"]), int(attrs["max"]) + 1):
                styles[index] = attrs["style"]
    return styles


def _last_row(xml: str, last: int) -> bytes:
    for element in ("dimension", "autoFilter"):
        xml = re.sub(rf'(<{element} ref="A1:[A-Z]+)\d+"', rf'\g<1>{last}"', xml, count=1)
    return xml.encode()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
