"""The site gate: what a build generated is read for the register's personal details before
anything is published.

Generated files are read as a visitor, a crawler or the search box sees them: page text and
the attribute values a browser shows or follows (not inline SVG geometry, not the theme's
script and style bodies), every string of the search index, the feed, the sitemap and the
charts' text, with entities and %-escapes decoded. Files the theme ships and files we vendor
(mermaid) are not read: their bytes are compared with the installed packages' own, since
minified JavaScript is full of numbers that look like flats. Anything else is read as text,
or refused when it is not text. Matching is `anonymize.scan`: the register's values in all
their variants plus the patterns, linear in the text.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import material
import mkdocs.contrib.search

from ..errors import SyncError
from .anonymize import NOTHING_OWN, Own, RegisterValues, scan


@dataclass(frozen=True)
class Leak:
    file: str  # relative to the site, '/'-separated
    kind: str  # 姓名, 房号, 电话 ... never the value itself
    rows: tuple[int, ...]  # the register rows it came from; () when none is known


@dataclass(frozen=True)
class GateReport:
    leaks: tuple[Leak, ...]
    unchecked: tuple[tuple[str, str], ...]  # (file, why) files the gate cannot read
    scanned: int  # files read
    verified: int  # theme and vendored files whose bytes are the packages' own

    @property
    def passed(self) -> bool:
        return not self.leaks and not self.unchecked


class GateCrashed(SyncError):
    """The gate itself failed on a file: the site counts as unchecked and is not published."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def theme_dirs() -> list[Path]:
    """Where MkDocs copies static files from that no one here wrote, first match first:
    Material's templates and MkDocs' search plugin's."""
    return [
        Path(material.__file__).parent / "templates",
        Path(mkdocs.contrib.search.__file__).parent / "templates",
    ]


@lru_cache(maxsize=1)
def theme_manifest() -> dict[str, str]:
    """{path in the site: sha256} of every file the theme can copy into a site, from the
    installed packages' own bytes."""
    return manifest_of(theme_dirs())


def manifest_of(dirs: list[Path]) -> dict[str, str]:
    """{path in the site: sha256} of the files below `dirs`, the earlier directory winning
    as in MkDocs. Dot folders (Material's icons, inlined into pages and never copied) are
    skipped, as MkDocs skips them."""
    manifest: dict[str, str] = {}
    for base in reversed(dirs):
        for folder, subdirs, files in os.walk(base):
            subdirs[:] = [d for d in subdirs if not d.startswith(".")]
            for name in files:
                path = Path(folder, name)
                manifest[path.relative_to(base).as_posix()] = digest(path.read_bytes())
    return manifest


def check_site(
    site_dir: Path,
    known: RegisterValues,
    notice_rows: Mapping[str, int],
    assets: Mapping[str, str],
    own: Mapping[int, Own] | None = None,
) -> GateReport:
    """Read every file of a built site. `assets` maps paths in the site to the digests of the
    files the theme and we ship; `notice_rows` maps a published notice id to its register row,
    so a finding inside a notice names the row even when the value is in no register column;
    `own` maps a notice's row to its people's given names and its flats, found alone or bare
    in that notice only (丽萍 is a resident in her own complaint, a word elsewhere)."""
    reader = _Reader(known, notice_rows, own or {})
    leaks: list[Leak] = []
    unchecked: list[tuple[str, str]] = []
    scanned = verified = 0
    for path, regular in _entries(site_dir):
        rel = path.relative_to(site_dir).as_posix()
        if not regular:
            unchecked.append((rel, "不是普通文件（链接、管道或设备）"))
            continue
        try:
            data = path.read_bytes()
            if assets.get(rel) == digest(data):
                verified += 1
                continue
            segments = _segments(rel, data, notice_rows)
            if segments is None:
                unchecked.append((rel, "不是文本，也不是主题或本程序自带的文件，无法核对"))
                continue
            leaks += reader.leaks(rel, segments)
        except Exception as exc:  # whatever fails here, the site is unchecked
            raise GateCrashed(
                f"核对网站文件 {rel} 时出错（{type(exc).__name__}），网站未通过核对，未发布。"
                "上次发布的网站保持不变。请把这条消息告知维护人员。"
            ) from exc
        scanned += 1
    return GateReport(tuple(leaks), tuple(unchecked), scanned, verified)


def _entries(site_dir: Path) -> Iterator[tuple[Path, bool]]:
    """Every entry under site_dir except folders, with whether it is a regular file. Links
    are not followed: a link is reported, never read through."""
    folders = [site_dir]
    while folders:
        with os.scandir(folders.pop()) as found:
            entries = sorted(found, key=lambda e: e.name)
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            else:
                yield Path(entry.path), entry.is_file(follow_symlinks=False)


Segment = tuple[str, "int | None"]  # text as read, and the row of the notice it sits in
# The pages' own anchors: days (d-2026-11-18, not flat D-2026) and notices (n-<id>: ids of
# letters we generate, in which an account keyword such as wx can turn up by chance).
_OUR_ANCHOR = re.compile(r"(?<![0-9A-Za-z-])(?:d-\d{4}-\d{2}-\d{2}|n-([0-9a-z-]+))(?![0-9A-Za-z-])")


class _Reader:
    """`scan` over segments, remembering short ones: every page repeats its nav and footer."""

    _REMEMBERED = 200  # characters: longer texts rarely repeat
    _LIMIT = 100_000  # texts remembered before starting afresh, to bound memory

    def __init__(
        self,
        known: RegisterValues,
        notice_rows: Mapping[str, int],
        own: Mapping[int, Own],
    ) -> None:
        self._known = known
        self._notice_rows = notice_rows
        self._own = own
        self._seen: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {}

    def _without_our_anchors(self, text: str) -> str:
        """`text` without the pages' own day and notice anchors, and a feed guid that is a
        notice's id: they are ours, not a resident's."""
        if text in self._notice_rows:
            return ""
        return _OUR_ANCHOR.sub(self._anchor_removed, text) if "-" in text else text

    def _anchor_removed(self, m: re.Match[str]) -> str:
        notice = m.group(1)
        return " " if notice is None or notice in self._notice_rows else m.group()

    def findings(self, text: str, row: int | None) -> tuple[tuple[str, tuple[int, ...]], ...]:
        own = self._own.get(row) if row is not None else None
        # A notice's own text is read with what is its own, and not remembered.
        found = None if own else self._seen.get(text)
        if found is None:
            found = tuple(
                (f.kind, tuple(f.rows)) for f in scan(text, self._known, own or NOTHING_OWN)
            )
            if not own and len(text) <= self._REMEMBERED:
                if len(self._seen) >= self._LIMIT:
                    self._seen.clear()
                self._seen[text] = found
        return found

    def leaks(self, rel: str, segments: list[Segment]) -> list[Leak]:
        rows: dict[str, set[int]] = {}
        for text, notice_row in segments:
            for kind, value_rows in self.findings(self._without_our_anchors(text), notice_row):
                where = value_rows or ((notice_row,) if notice_row is not None else ())
                rows.setdefault(kind, set()).update(where)
        return [Leak(rel, kind, tuple(sorted(r))) for kind, r in sorted(rows.items())]


_MARKUP = {"html", "htm", "xhtml", "xml", "rss", "atom", "svg"}


def _segments(rel: str, data: bytes, notice_rows: Mapping[str, int]) -> list[Segment] | None:
    """The texts of one file as a reader sees them; None for a file that is not text."""
    name = rel.rsplit("/", 1)[-1].lower()
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return None
        name = name[:-3]
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix in _MARKUP:
        # A browser shows what it can of a page with a bad byte; read it the same way.
        text = data.decode("utf-8", errors="replace")
        return _Markup(notice_rows, svg=suffix == "svg").read(text)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    if suffix == "json":
        try:
            document = json.loads(text)
        except ValueError:
            pass
        else:
            return _json_segments(document, notice_rows)
    return [(line, None) for line in text.splitlines() if line.strip()]


def _json_segments(document: object, notice_rows: Mapping[str, int]) -> list[Segment]:
    """Every key and string in a JSON document. An object one of whose strings points at a
    notice (a search entry's location) belongs to that notice's row."""
    out: list[Segment] = []
    stack: list[tuple[object, int | None]] = [(document, None)]
    while stack:
        node, row = stack.pop()
        if isinstance(node, dict):
            row = next(
                (r for v in node.values() if (r := _row_of_link(v, notice_rows)) is not None), row
            )
            out += [(text, row) for key in node for text in _readings(key)]
            stack += [(value, row) for value in reversed(node.values())]
        elif isinstance(node, list):
            stack += [(value, row) for value in reversed(node)]
        elif isinstance(node, str):
            out += [(text, row) for text in _readings(node)]
    return out


_NOTICE_LINK = re.compile(r"(?:^|#)n-([^#/?\s]+)$")


def _row_of_link(value: object, notice_rows: Mapping[str, int]) -> int | None:
    """The register row of the notice an id, a link or an anchor names ('n-<id>', '…#n-<id>')."""
    if not isinstance(value, str):
        return None
    found = _NOTICE_LINK.search(value.strip())
    return notice_rows.get(found.group(1)) if found else None


def _decoded(text: str) -> str:
    """`text` with HTML entities and %-escapes decoded, repeatedly (a value escaped twice
    still reads as itself somewhere)."""
    for _ in range(3):
        if "&" not in text and "%" not in text:
            break
        plain = unquote(html.unescape(text))
        if plain == text:
            break
        text = plain
    return text


def _readings(text: str) -> list[str]:
    """`text` decoded, and when it holds markup (the search box and feed readers show their
    text as HTML) the text of that markup as well: tags can split a value in two."""
    plain = _decoded(text)
    if "<" not in plain:
        return [plain] if plain.strip() else []
    return [plain, *(t for t, _ in _Markup({}, svg=False, nested=True).read(plain))]


# Tags inside a line of text: their text joins the text around them (<b>张</b>伟 reads 张伟).
_INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A link, list item or feed entry belongs to the notice it links to, wherever the link is in it.
_RECORDS = frozenset({"a", "li", "item", "entry", "url"})
# Feed and sitemap elements whose text is a link or a notice's id.
_LINK_TEXT = frozenset({"link", "guid", "loc", "id"})
# The theme's code: bodies are not read (their src and href are).
_CODE = frozenset({"script", "style"})
# Attributes no reader sees and no register text reaches: styling, and digests (random
# letters and digits, where an account or a phone can be read by chance).
_UNREAD = frozenset({"class", "style", "integrity", "nonce"})
# Inside SVG only these attributes are read; the rest is geometry.
_SVG_READ = frozenset({"aria-label", "title", "alt"})


class _Markup(HTMLParser):
    """HTML, XML or SVG as a list of segments: each run of text between block tags, each
    attribute value and comment, with the row of the notice it sits in."""

    def __init__(self, notice_rows: Mapping[str, int], *, svg: bool, nested: bool = False):
        super().__init__(convert_charrefs=True)
        self._notice_rows = notice_rows
        self._nested = nested
        self._svg = 1 if svg else 0
        self._code = 0
        self._link_text = False
        self._run: list[str] = []
        # A notice's heading starts its section; the next heading or the article's end ends it.
        self._row: int | None = None
        self._records: list[list] = []  # open records: [tag, first segment, row]
        self._out: list[list] = []  # [text, row, settled by a record]

    def read(self, markup: str) -> list[Segment]:
        self.feed(markup)
        self.close()
        return [(text, row) for text, row, _ in self._out]

    def close(self) -> None:
        super().close()
        self._flush()
        while self._records:
            self._close_record()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE:
            self._flush()
        if tag in _HEADINGS:
            self._row = None
        if tag == "svg":
            self._svg += 1
        if tag in _CODE:
            self._code += 1
        if tag in _RECORDS:
            self._records.append([tag, len(self._out), None])
        self._link_text = tag in _LINK_TEXT
        # <meta http-equiv> is an instruction to the browser (the CSP and its digests), not text.
        directive = tag == "meta" and any(name == "http-equiv" for name, _ in attrs)
        for name, value in attrs:
            if value and not (directive and name == "content"):
                self._attribute(tag, name, value)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _INLINE:
            self._flush()
        if tag == "svg":
            self._svg = max(self._svg - 1, 0)
        if tag in _CODE:
            self._code = max(self._code - 1, 0)
        if tag == "article":
            self._row = None
        self._link_text = False
        if any(record[0] == tag for record in self._records):
            while self._close_record() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._code:
            return
        self._run.append(data)
        if self._link_text:
            text = data.strip()
            self._belongs_to(self._notice_rows.get(text, _row_of_link(text, self._notice_rows)))

    def handle_comment(self, data: str) -> None:
        self._emit(data)  # in the page's source, for anyone who looks

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA["):
            self.handle_data(data[6:])

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name in _UNREAD or (self._svg and name not in _SVG_READ):
            return
        if name in ("id", "href"):
            row = _row_of_link(value, self._notice_rows)
            if name == "id" and tag in _HEADINGS:
                self._row = row
            self._belongs_to(row)
        self._emit(value)

    def _belongs_to(self, row: int | None) -> None:
        """A notice named inside open records: they are about that notice."""
        if row is not None:
            for record in self._records:
                if record[2] is None:
                    record[2] = row

    def _close_record(self) -> str:
        tag, first, row = self._records.pop()
        if row is not None:
            for segment in self._out[first:]:
                if not segment[2]:
                    segment[1], segment[2] = row, True
        return tag

    def _flush(self) -> None:
        if self._run:
            self._emit("".join(self._run))
            self._run = []

    def _emit(self, text: str) -> None:
        text = " ".join(text.split())  # as a browser lays it out; repeated nav text reads alike
        texts = [_decoded(text)] if self._nested else _readings(text)
        self._out += [[t, self._row, False] for t in texts if t]
