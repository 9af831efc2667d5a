"""The publication export: everything the public site may show, and nothing else.

`publication` is pure. It copies an allow-list of fields from each complaint, runs every
free text through `anonymize` against the register's own values, generalizes areas, and
keeps what the statistics need. Beside it, never published, goes the private part: the
register's personal values for the build gate and which register row each published notice
came from (so a refusal can name the row, never the value). `write_publication` is the
shell that writes both.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import marshal
import os
import pickle
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib.metadata import version
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from ..core.gcpause import without_gc_pauses
from ..core.model import CLOCK_NAMES, CLOCKS, Evaluation, Record
from ..core.parse import AHEAD, EARLIEST
from ..core.rules import Publishing, Rules, format_limit
from .anonymize import (
    CellValues,
    Own,
    RegisterValues,
    anonymize_complaints,
    fold,
    is_role,
    may_mention,
    own_of,
)
from .published import clean, generalize_areas

EXPORT_VERSION = 2
# What export-state holds, and how; another version is not read (every entry is made afresh).
_STATE_VERSION = 4  # 1 kept the mentions as text, 2 no cells, 3 no lines' lengths
# Notice ids: letters only, so no id ever reads as a number the gate would flag.
_ID_LETTERS = "bcdfghjkmnpqrstvwxz"
# Byte b of the digest -> _ID_LETTERS[b % 19], for bytes.translate.
_ID_TABLE = bytes(ord(_ID_LETTERS[b % len(_ID_LETTERS)]) for b in range(256))


class Entry(NamedTuple):
    """A complaint's entry as the export file holds it, one line of JSON, with what the next
    export needs of it without reading it again."""

    # A kept line is never decoded or encoded again, nor copied: it is a view of the last
    # export file's bytes.
    line: bytes | memoryview
    received: str  # for the order, newest first
    notice: str | None  # the notice's id, for the private part's row of each notice
    key: str  # the digest of its inputs and its area: the next export keeps it when equal
    mentions: bytes  # its texts as may_mention reads them: a kept text is never folded again

    @classmethod
    def of(cls, entry: dict[str, Any], key: str = "", mentions: bytes = b"") -> Entry:
        notice = entry["notice"]
        line = _json(entry).encode()
        return cls(line, entry["received"], notice["id"] if notice else None, key, mentions)


@dataclass(frozen=True)
class Publication:
    """What the site is built from (the header, then each complaint's entry, newest first),
    and the private part: the register's values for the gate and each notice's register
    row, never published."""

    header: dict[str, Any]
    entries: list[Entry]
    known: RegisterValues
    notices: dict[str, int]
    own: dict[int, Own]  # per notice's row, its people's given names and its flats

    @classmethod
    def from_export(cls, export: dict[str, Any], private: dict[str, Any]) -> Publication:
        header = {k: v for k, v in export.items() if k != "complaints"}
        entries = [Entry.of(c) for c in export["complaints"]]
        return cls(header, entries, *_private(private))

    @property
    def private(self) -> dict[str, Any]:
        """The private part as the gate reads it."""
        own = {str(row): [list(o.names), sorted(o.flats)] for row, o in self.own.items()}
        return {"values": self.known.to_json(), "notices": self.notices, "own": own}

    def state(self) -> bytes:
        """What the next export keeps from this one, besides the export's lines: each
        entry's key and mentions, the values and surnames its texts were matched with, and
        what each complainant, unit and phone cell added to the values.
        marshal: the fastest to read back of the formats that run no code."""
        entries = [(e.key, e.received, e.notice, e.mentions, len(e.line)) for e in self.entries]
        known = self.known
        state = (entries, known.values, tuple(known.surnames), tuple(known.cells))
        return marshal.dumps((_STATE_VERSION, _CODE, *state))

    @property
    def export(self) -> dict[str, Any]:
        """The export as the site reads it."""
        return {**self.header, "complaints": [json.loads(bytes(e.line)) for e in self.entries]}

    def data(self) -> list[bytes]:
        """The export file, in parts written one after another (joined, its hundred MB would
        be copied twice more): valid JSON, its header on the first line and one complaint a
        line after it, so the next export can keep a line without parsing the file."""
        head = (_json(self.header)[:-1] + _COMPLAINTS).encode()
        return [head + b"\n", b",\n".join([e.line for e in self.entries]), _TAIL]


_COMPLAINTS = ', "complaints": ['
_TAIL = b"\n]}\n"


def notice_id(record: Record, evaluation: Evaluation, key: bytes) -> str:
    """A published notice's id: stable for the complaint, generated by us (a staff-typed 编号
    may hold a name or a unit), and keyed so it cannot be traced back to the 编号."""
    received = record.values.get("received")
    source = f"{evaluation.number or ''}|{received.isoformat() if received else record.row}"
    digest = hmac.new(key, source.encode(), hashlib.sha256).digest()
    return digest[:10].translate(_ID_TABLE).decode()


def clock_outcomes(record: Record, evaluation: Evaluation) -> dict[str, str]:
    """Per clock with a deadline: on_time, late (done after it), overdue (open past it) or open."""
    outcomes = {}
    for clock in CLOCKS:
        if clock not in evaluation.deadlines:
            continue
        if clock in evaluation.late:
            outcomes[clock] = "late"
        elif clock in evaluation.overdue:
            outcomes[clock] = "overdue"
        elif clock in evaluation.done:  # a callback nobody answered is not done
            outcomes[clock] = "on_time"
        else:
            outcomes[clock] = "open"
    return outcomes


def _publishes(record: Record, evaluation: Evaluation, pub: Publishing) -> bool:
    """Whether the complaint gets a notice. One whose row has a 校验 problem waits until
    staff fix it: its dates may contradict each other (办结 before 受理), its 公开 may be a
    word nobody could read as 是 or 否, or a phone may be missing from the values its texts
    are anonymized against."""
    if evaluation.problems or (pub.closed_only and record.get("closed") is None):
        return False
    flag = record.get("publish")
    if flag is None or flag == "":
        return pub.public_default
    return flag is True or flag == "是"


_limit_text = lru_cache(maxsize=64)(format_limit)


def _limits(record: Record, rules: Rules, outcomes: dict[str, str]) -> list[dict[str, Any]]:
    """The time limits that applied to this complaint, in words, and whether each was met."""
    limits = {
        "response": rules.response,
        "reply": rules.reply.get(str(record.get("target"))),
        "close": rules.close,
        "callback": rules.callback,
    }
    return [
        {
            "clock": CLOCK_NAMES[clock],
            "limit": _limit_text(limits[clock]) if limits[clock] else "",
            "met": outcomes[clock] == "on_time",
        }
        for clock in CLOCKS
        if clock in outcomes and outcomes[clock] != "open"
    ]


# The free texts a notice shows, each anonymized.
NOTICE_TEXTS = ("content", "measures", "result", "precautions", "department")


def _notice(record, rules, pub, area, outcomes, texts: dict[str, str]) -> dict[str, Any]:
    callback = record.get("callback")
    return {
        "received": record.get("received").date().isoformat(),
        "closed": record.get("closed").date().isoformat() if record.get("closed") else None,
        "area": area,
        "category": clean(str(record.get("category") or "其他")),
        "target": clean(str(record.get("target") or "")),
        "matter": texts["content"],
        "measures": texts["measures"],
        "result": texts["result"],
        "callback": {
            "date": callback.date().isoformat() if callback else None,
            "result": record.get("callback_result"),
        },
        "precautions": texts["precautions"],
        "limits": _limits(record, rules, outcomes),
        "roles": dict(pub.staff_roles),
        "department": texts["department"],
    }


def _plausible(record: Record, naive_now: datetime) -> bool:
    """A receipt time the statistics can use (the sync reports others as row problems)."""
    received = record.values.get("received")
    return isinstance(received, datetime) and received >= EARLIEST and received - naive_now <= AHEAD


@dataclass(frozen=True)
class Inputs:
    """What an export is made from, digested: per complaint (its cells and evaluation, not
    its row number, so an inserted row keeps the others'), and whole (every complaint with
    its row, the settings, the key, the day and this code)."""

    rows: list[str]
    stamp: str


class Earlier(NamedTuple):
    """What the last export leaves for this one: its complaints' entries by key, and the
    register's values ({value: (kind, replacement)}) and surnames their texts were
    anonymized against, and what each cell added to those values."""

    entries: dict[str, Entry]
    values: dict[str, tuple[str, str]]
    surnames: frozenset[str]
    cells: CellValues


# This module, the anonymizer, the published forms of cells and the libraries that read
# text: a change to any changes every digest.
_CODE = hashlib.blake2b(
    Path(__file__).read_bytes()
    + (Path(__file__).parent / "anonymize.py").read_bytes()
    + (Path(__file__).parent / "published.py").read_bytes()
    + " ".join(version(p) for p in ("rjieba", "opencc", "ahocorasick-rs")).encode(),
    digest_size=16,
).digest()


def publication_inputs(
    records: Sequence[Record],
    evaluations: Sequence[Evaluation],
    rules: Rules,
    now: datetime,
    key: bytes,
) -> Inputs:
    """The digests of everything `publication` reads, its time to the day: when the stamp is
    the last export's, that export stands (most scheduled syncs change nothing); otherwise a
    complaint whose digest is unchanged keeps its entry (re-anonymizing a large register
    costs seconds)."""
    settings = (rules.publishing, rules.response, rules.reply, rules.close, rules.callback)
    salt = hashlib.blake2b(_CODE + repr((settings, key)).encode(), digest_size=16).digest()
    # Keyed once and copied per row: keying a hash per row was a fifth of the digests' time.
    keyed = hashlib.blake2b(key=salt, digest_size=16)
    # The rows' columns, pickled once each set: pickling each row's column names again was
    # about a third of the digests' time.
    columns: dict[tuple[str, ...], bytes] = {}
    rows = [
        _digest(
            keyed.copy(),
            _pickled(columns, tuple(record.values)),
            # pickle: the fastest faithful serialization of cells and evaluations; bytes
            # that differ for equal values only cost a recomputed entry. A pickle ends
            # where it says, so the two joined stand for the pair.
            pickle.dumps(
                (
                    tuple(record.values.values()),
                    evaluation.number,
                    evaluation.status,
                    evaluation.level,
                    evaluation.reasons,
                    tuple(evaluation.deadlines),
                    evaluation.overdue,
                    evaluation.late,
                ),
                protocol=5,
            ),
        )
        for record, evaluation in zip(records, evaluations, strict=True)
    ]
    whole = hashlib.blake2b(salt + now.date().isoformat().encode(), digest_size=16)
    # Each row's number with its digest, all at once (the digests are of one length).
    whole.update(repr([record.row for record in records]).encode())
    whole.update("".join(rows).encode())
    return Inputs(rows, whole.hexdigest())


def _digest(hasher: hashlib.blake2b, columns: bytes, cells: bytes) -> str:
    hasher.update(columns)
    hasher.update(cells)
    return hasher.hexdigest()


def _pickled(known: dict[tuple[str, ...], bytes], columns: tuple[str, ...]) -> bytes:
    """`columns` pickled, once for all rows that have them."""
    if (data := known.get(columns)) is None:
        data = known[columns] = pickle.dumps(columns, protocol=5)
    return data


@without_gc_pauses
def publication(
    records: Sequence[Record],
    evaluations: Sequence[Evaluation],
    rules: Rules,
    now: datetime,
    *,
    key: bytes = b"",
    inputs: Inputs | None = None,
    earlier: Earlier | None = None,
) -> Publication:
    """The anonymized publication export (plain JSON-ready data) and its private part.
    `key` makes notice ids untraceable to the 编号. A complaint whose inputs and area are
    those of an entry in `earlier`, and whose texts hold no register value that changed
    since, keeps that entry: only what changed is anonymized again."""
    pub = rules.publishing
    inputs = inputs or publication_inputs(records, evaluations, rules, now, key)
    known = RegisterValues.from_records(
        records, pub.staff_roles, earlier.cells if earlier else None
    )
    naive_now = now.replace(tzinfo=None)  # once, not once a row
    rows = [
        (r, e, _publishes(r, e, pub), digest)
        for r, e, digest in zip(records, evaluations, inputs.rows, strict=True)
        if _plausible(r, naive_now)
    ]
    areas = generalize_areas(((r.get("area"), r.get("project")) for r, *_ in rows), pub, known)
    keys = [f"{digest}:{areas[(r.get('area'), r.get('project'))]}" for r, _, _, digest in rows]
    kept = _kept(keys, known, earlier)
    made = [i for i, keep in enumerate(kept) if keep is None]
    texts, forms = anonymize_complaints(
        [_texts(*rows[i][:3]) for i in made], known, [_people(rows[i][0], pub) for i in made]
    )
    anonymized = iter(texts)
    for i, mentions in zip(made, forms, strict=True):
        record, evaluation, shown, _ = rows[i]
        area = areas[(record.get("area"), record.get("project"))]
        entry = _complaint(record, evaluation, shown, rules, area, key, anonymized)
        kept[i] = Entry.of(entry, keys[i], mentions)
    entries: list[Entry] = kept  # type: ignore[assignment]  # every None was made above
    notice_rows = {e.notice: r.row for e, (r, *_) in zip(entries, rows, strict=True) if e.notice}
    own = _notices_own(
        [
            (r, areas[(r.get("area"), r.get("project"))])
            for e, (r, *_) in zip(entries, rows, strict=True)
            if e.notice
        ],
        known,
        pub,
    )
    entries.sort(key=lambda e: e.received, reverse=True)
    header = {
        "version": EXPORT_VERSION,
        "generated": now.isoformat(timespec="minutes"),
        "title": clean(pub.title),
        "min_cell": pub.min_cell,
    }
    return Publication(header, entries, known, notice_rows, own)


def _people(record: Record, pub: Publishing) -> list[str]:
    """The cells that name a complaint's own people: its 投诉人, and its staff cells that name
    a person (not a role: 前台)."""
    staff = [str(c) for key in pub.staff_roles if (c := record.get(key)) and not _is_role(str(c))]
    complainant = record.get("complainant")
    return [str(complainant), *staff] if complainant else staff


_is_role = lru_cache(maxsize=4096)(is_role)  # staff cells repeat row after row


def _notices_own(
    notices: list[tuple[Record, str]], known: RegisterValues, pub: Publishing
) -> dict[int, Own]:
    """Per published complaint's row, what is its own for the gate to find in its notice:
    the given names its people's cells give (丽萍说…) and the flats its 房号 cell gives (3408衣柜),
    but not one its area, category or target holds, which the notice shows as they are
    (红梅苑)."""
    own = {}
    for record, area in notices:
        names, flats = own_of(_people(record, pub), str(record.get("unit") or ""), known)
        if names or flats:
            cells = (area, str(record.get("category") or ""), str(record.get("target") or ""))
            shown = _shown_as_is(*cells)
            names = tuple(n for n in names if n not in shown)
            flats = frozenset(f for f in flats if f not in shown)
            if names or flats:
                own[record.row] = Own(names, flats)
    return own


@lru_cache(maxsize=1024)
def _shown_as_is(*cells: str) -> str:
    return fold(" ".join(cells))


def _texts(record: Record, evaluation: Evaluation, shown: bool) -> list[str]:
    """The free texts of a complaint that are published: its notice's, then its reasons."""
    notice = [clean(str(record.get(k) or "")) for k in NOTICE_TEXTS] if shown else []
    return notice + [clean(r) for r in evaluation.reasons]


def _kept(keys: list[str], known: RegisterValues, earlier: Earlier | None) -> list[Entry | None]:
    """Per complaint, the earlier entry it keeps, or None to make it afresh: kept when made
    from the same inputs and area, and its texts hold no register value that is new, gone or
    replaced otherwise since (a new resident's name in an old complaint's text)."""
    if earlier is None:
        return [None] * len(keys)
    kept = [earlier.entries.get(k) for k in keys]
    candidates = [i for i, entry in enumerate(kept) if entry is not None]
    changes = known.changed_since(earlier.values, earlier.surnames)
    forms = [kept[i].mentions for i in candidates]  # type: ignore[union-attr]  # not None
    for i, hit in zip(candidates, may_mention(forms, changes), strict=True):
        if hit:
            kept[i] = None
    return kept


def _complaint(record, evaluation, shown, rules, area, key, anonymized) -> dict[str, Any]:
    """A complaint's entry in the export, its texts taken from `anonymized` in `_texts`'
    order."""
    received = record.get("received")
    outcomes = clock_outcomes(record, evaluation)
    closed = record.get("closed")
    hours = (closed - received).total_seconds() / 3600 if isinstance(closed, datetime) else None
    notice = None
    if shown:
        notice = {"id": notice_id(record, evaluation, key)}
        shown_texts = {k: next(anonymized).strip() for k in NOTICE_TEXTS}
        notice |= _notice(record, rules, rules.publishing, area, outcomes, shown_texts)
    return {
        "month": received.strftime("%Y-%m"),
        "received": received.date().isoformat(),
        "channel": clean(str(record.get("channel") or "其他")),
        "target": clean(str(record.get("target") or "未分类")),
        "category": clean(str(record.get("category") or "未分类")),
        "level": evaluation.level,
        "status": evaluation.status,
        "area": area,
        "clocks": outcomes,
        "handling_hours": round(hours, 1) if hours is not None and hours >= 0 else None,
        "callback_result": record.get("callback_result"),
        "reasons": [next(anonymized) for _ in evaluation.reasons],
        "published": notice is not None,
        "notice": notice,
    }


def export_is_current(root: Path, rules: Rules, stamp: str) -> bool:
    """Whether the export and its private part on disk were made from inputs `stamp`."""
    pub = rules.publishing
    stamp_file = _private_dir(root, pub) / "export-inputs"
    files = (Path(root) / pub.export, Path(root) / pub.personal, _state_path(root, pub))
    try:
        return stamp_file.read_text(encoding="utf-8") == stamp and all(f.exists() for f in files)
    except FileNotFoundError:
        return False


class Private(NamedTuple):
    """What the gate checks a site against: the register's values, each notice's register
    row, and per row what is that notice's own."""

    known: RegisterValues
    notices: dict[str, int]
    own: dict[int, Own]


def read_private(data: bytes) -> Private:
    """The private part, from the private file's bytes."""
    return _private(json.loads(data))


def _private(private: dict[str, Any]) -> Private:
    # A private part written before notices had their own values has none: the gate reads
    # without them.
    own = {
        int(row): Own(tuple(names), frozenset(flats))
        for row, (names, flats) in private.get("own", {}).items()
    }
    return Private(RegisterValues.from_json(private["values"]), dict(private["notices"]), own)


def _json(data: Any) -> str:
    # Our own acyclic data: the circularity check is a tenth of the time and finds nothing.
    return json.dumps(data, ensure_ascii=False, check_circular=False)


def _write_private(path: Path, data: bytes | list[bytes], mode: int) -> None:
    """Write `data` (or its parts, in order) beside the target and replace it, so a reader
    never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.writelines([data] if isinstance(data, bytes) else data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def _private_dir(root: Path, pub: Publishing) -> Path:
    folder = (Path(root) / pub.personal).parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def publication_key(root: Path, rules: Rules) -> bytes:
    """The office's key for notice ids, made once and kept with the private files."""
    path = _private_dir(root, rules.publishing) / "notice-id.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        key = secrets.token_hex(32)
        _write_private(path, key.encode(), 0o600)
        return key.encode()


@without_gc_pauses
def read_earlier(root: Path, rules: Rules) -> Earlier | None:
    """The last export's entries, values and surnames, or None when missing, unreadable or
    of another version (then every complaint is made afresh)."""
    pub = rules.publishing
    try:
        data = (Path(root) / pub.export).read_bytes()
        state = marshal.loads(_state_path(root, pub).read_bytes())
        version, code, entries, values, surnames, cells = state
        if (
            version != _STATE_VERSION
            or code != _CODE  # what a cell adds to the values is this code's reading of it
            or not isinstance(values, dict)
            or json.loads(data[: data.index(b"\n")] + b"]}").get("version") != EXPORT_VERSION
        ):
            return None
        lines = _lines(data, [length for *_, length in entries])
        if lines is None:
            return None
        kept = {
            key: Entry(line, received, notice, key, mentions)
            for (key, received, notice, mentions, _), line in zip(entries, lines, strict=True)
        }
        return Earlier(kept, values, frozenset(surnames), CellValues(*cells))
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _lines(data: bytes, lengths: list[int]) -> list[memoryview] | None:
    """The complaints' lines of an export file `data`, of `lengths` (as the state says), as
    views of it: splitting a large export into copies took a second. None when the file is
    not one of such lines (a raw newline is only ever between lines: JSON escapes it)."""
    start = data.index(b"\n") + 1
    separators = len(lengths) - 1 if lengths else 0
    if (
        data.count(b"\n") != separators + 1 + _TAIL.count(b"\n")
        or start + sum(lengths) + 2 * separators + len(_TAIL) != len(data)
        or not data.endswith(_TAIL)
    ):
        return None
    view = memoryview(data)
    starts = list(accumulate((length + 2 for length in lengths), initial=start))
    return [view[at : at + length] for at, length in zip(starts, lengths, strict=False)]


@without_gc_pauses
def write_publication(publication: Publication, rules: Rules, root: Path, stamp: str = "") -> Path:
    """Write the export JSON and, separately and readable by the owner only, the private
    part and what the next export keeps; then `stamp`, the inputs' digest it was made from.
    Returns the export's path."""
    pub = rules.publishing
    export_path = Path(root) / pub.export
    _private_dir(root, pub)
    _write_private(export_path, publication.data(), 0o644)
    personal = Path(root) / pub.personal
    _write_private(personal, _json(publication.private).encode(), 0o600)
    _write_private(_state_path(root, pub), publication.state(), 0o600)
    # Written last: only an export that was written whole is ever taken as current.
    _write_private(personal.with_name("export-inputs"), stamp.encode(), 0o600)
    return export_path


def _state_path(root: Path, pub: Publishing) -> Path:
    return (Path(root) / pub.personal).with_name("export-state")
