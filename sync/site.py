"""Building the public site: generate pages from the export, run `mkdocs build`, then the gate.

The build reads only the publication export and the private list of personal values; it
never opens the register. After `mkdocs build` every output file is scanned for every name,
unit, phone and ID number in that list; on a hit the output is deleted and nothing is published.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from .anonymize import normalize_width
from .errors import SyncError
from .pages import NOTICES, STATS, render_pages, search_entries
from .publishing import Publishing
from .rules import Rules
from .search import complete_index

DOCS_DIR = "site"
SITE_DIR = "public"
GENERATED = (NOTICES, STATS)


class ExportMissing(SyncError):
    """The publication export (or the personal-values list) has not been written yet."""


class SiteBuildFailed(SyncError):
    """`mkdocs build` itself failed."""


class PersonalDataLeak(SyncError):
    """The built site contains a personal value from the register; nothing was published."""


@dataclass(frozen=True)
class Leak:
    file: str  # relative to the site directory
    kind: str  # 姓名, 房号, 电话, 证件号 ... never the value itself


@dataclass(frozen=True)
class BuildReport:
    site_dir: Path
    notices: int
    months: int
    files_scanned: int
    rebuilt: bool = True


def kind_of(value: str) -> str:
    """What kind of personal value this is, for a message that must not repeat it."""
    plain = normalize_width(value)
    digits = re.sub(r"\D", "", plain)
    if "@" in plain:
        return "邮箱"
    if re.fullmatch(r"\d{17}[\dXx]|\d{15}", plain):
        return "证件号"
    if len(digits) >= 7:
        return "电话"
    if re.search(
        r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z]", plain
    ):
        return "车牌"
    if digits:
        return "房号"
    return "姓名"


_ALNUM = re.compile(r"[0-9a-z]")
# Separators people put between digits (138 0013 8000, 0755-8765-4321), dropped for matching.
_SEPARATOR = r"[\s\-.·]"
_BETWEEN = re.compile(rf"(?<=[0-9a-z]){_SEPARATOR}+(?=[0-9a-z])")


def _needle(value: str) -> tuple[str, bool, bool]:
    """(text to find, whether it is a long number matched without separators, bounded)."""
    plain = normalize_width(value).strip().lower()
    chars = re.sub(r"[^0-9a-z]", "", plain)
    if sum(c.isdigit() for c in chars) >= 7 and len(chars) >= len(plain) - 3:
        return chars, True, True
    bounded = bool(_ALNUM.match(plain[:1]) or _ALNUM.match(plain[-1:]))
    return plain, False, bounded


def _occurs(text: str, needle: str, bounded: bool) -> bool:
    """`needle` in `text`; when bounded, not as part of a longer run of letters and digits."""
    start = text.find(needle)
    while start != -1:
        before = text[start - 1] if start else ""
        after = text[start + len(needle) : start + len(needle) + 1]
        if not bounded or not (
            (_ALNUM.match(needle[0]) and (_ALNUM.match(before) or before == "."))
            or (_ALNUM.match(needle[-1]) and _ALNUM.match(after))
        ):
            return True
        start = text.find(needle, start + 1)
    return False


def scan(site_dir: Path, personal: list[str]) -> tuple[list[Leak], int]:
    """Every (file, kind) where a personal value appears in the built site, and files scanned."""
    needles = [(_needle(v), kind_of(v)) for v in personal if len(v.strip()) >= 2]
    leaks: list[Leak] = []
    seen: dict[tuple[str, bool], frozenset[str]] = {}
    text_screen = _screen([n for (n, is_number, _), _ in needles if not is_number])
    # Long numbers are matched with the separators people type (138 0013 8000) removed;
    # their screen allows those separators, so only the lines it matches are compacted.
    number_screen = _screen([n for (n, is_number, _), _ in needles if is_number], _SEPARATOR + "*")
    scanned = 0
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        if path.suffix in {".png", ".jpg", ".gif", ".ico", ".woff", ".woff2", ".gz"}:
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        # JSON may escape Chinese as \uXXXX: read it as the browser will.
        if path.suffix == ".json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        text = normalize_width(text).lower()
        scanned += 1
        kinds: set[str] = set()
        # Pages repeat the same navigation and layout lines: look at each distinct line once.
        for line in set(text.split("\n")):
            kinds |= _kinds_in(line, False, needles, text_screen, seen)
            kinds |= _kinds_in(line, True, needles, number_screen, seen)
        leaks += [Leak(str(path.relative_to(site_dir)), kind) for kind in sorted(kinds)]
    return leaks, scanned


def _kinds_in(
    line: str,
    numbers: bool,
    needles: list,
    screen: re.Pattern[str] | None,
    seen: dict[tuple[str, bool], frozenset[str]],
) -> frozenset[str]:
    """The kinds of personal value in one line (numbers: long numbers only, searched in the
    line with the separators between digits removed), remembered across files. `screen`
    matches wherever any needle might: a line it does not match holds none."""
    key = (line, numbers)
    if key not in seen:
        found: frozenset[str] = frozenset()
        if screen is not None and screen.search(line):
            target = _BETWEEN.sub("", line) if numbers else line
            found = frozenset(
                kind
                for (needle, is_number, bounded), kind in needles
                if is_number == numbers and _occurs(target, needle, bounded)
            )
        seen[key] = found
    return seen[key]


def _screen(words: list[str], between: str = "") -> re.Pattern[str] | None:
    """One pattern matching any of `words` (with `between` allowed between characters), as a
    prefix tree so a position costs a needle's length rather than the number of needles."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if "" in node:
            return ""  # a whole word ends here: a match, whatever follows
        branches = [re.escape(ch) + between + pattern(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(pattern(trie)) if words else None


def write_pages(export: dict[str, Any], docs_dir: Path, site_url: str) -> None:
    """Replace the generated folders under docs_dir with freshly rendered pages."""
    for name in GENERATED:
        shutil.rmtree(docs_dir / name, ignore_errors=True)
    for rel, text in render_pages(export, site_url).items():
        target = docs_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


class _Config(yaml.SafeLoader):
    """mkdocs.yml read for its plain settings: `!!python/name:` and `!ENV` tags become None."""


_Config.add_multi_constructor("", lambda loader, suffix, node: None)


def site_url(mkdocs_yml: Path) -> str:
    """mkdocs.yml's `site_url`, or '' when it has none."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Config) or {}
    return str(config.get("site_url") or "")


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ExportMissing(
            f"找不到{what}（{path}）。请先运行 `complaints sync` 生成公告导出，再生成网站。"
        ) from None


def mkdocs_env(rules_path: Path | None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if rules_path is not None:
        env["COMPLAINTS_RULES"] = str(rules_path)
    return env


VENDOR = Path(__file__).parent / "vendor"
# Served from the site itself, never a CDN (blocked or slow in mainland China, and offline).
# Kept compressed in the package (3.5 MB as served) and written into docs_dir at build time.
MERMAID = "assets/javascripts/mermaid.min.js"
MERMAID_LICENSE = "assets/javascripts/mermaid.LICENSE.txt"


def write_vendored(docs_dir: Path) -> None:
    target = docs_dir / MERMAID
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.decompress((VENDOR / "mermaid.min.js.gz").read_bytes()))
    shutil.copy(VENDOR / "mermaid.LICENSE.txt", docs_dir / MERMAID_LICENSE)


# The export's time of writing, of which the pages show only the day.
_GENERATED_TIME = re.compile(rb'("generated": "\d{4}-\d{2}-\d{2})T[^"]*"')


def inputs_fingerprint(root: Path, export: bytes, personal: bytes, rules_file: Path) -> str:
    """A digest of everything a build reads: the export (its time to the day), the gate's
    list, mkdocs.yml, rules.yaml, the hand-written pages, this package and the versions of
    MkDocs and Material. Hashes bytes: parsing a large export would cost more than that."""
    digest = hashlib.sha256()

    def add(name: str, data: bytes) -> None:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())

    add("export", _GENERATED_TIME.sub(rb'\1"', export, count=1))
    add("personal", personal)
    add("mkdocs.yml", (root / "mkdocs.yml").read_bytes())
    add("rules.yaml", rules_file.read_bytes())
    docs = root / DOCS_DIR
    written = {docs / name for name in (*GENERATED, MERMAID, MERMAID_LICENSE)}
    for path in sorted(docs.rglob("*")):
        if path.is_file() and not written & {path, *path.parents}:
            add(f"docs/{path.relative_to(docs).as_posix()}", path.read_bytes())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            add(f"sync/{path.relative_to(package).as_posix()}", path.read_bytes())
    add("versions", f"{version('mkdocs')} {version('mkdocs-material')}".encode())
    return digest.hexdigest()


def build_site(
    root: Path, rules: Rules, rules_path: Path | None = None, *, when_changed: bool = False
) -> BuildReport:
    """Generate pages from the export, run `mkdocs build` into public/, then the gate.
    `when_changed` (the scheduled run) keeps the last site when nothing it was built from
    has changed: most runs change nothing, and a site of 10,000 notices takes seconds."""
    root = Path(root)
    pub: Publishing = rules.publishing
    export_bytes = _read_bytes(root / pub.export, "公告导出文件")
    personal_bytes = _read_bytes(root / pub.personal, "个人信息核对清单")
    site_dir = root / SITE_DIR
    stamp = (root / pub.export).with_name("site-inputs.json")
    rules_file = rules_path or root / "rules.yaml"
    inputs = inputs_fingerprint(root, export_bytes, personal_bytes, rules_file)
    last = _read_stamp(stamp)
    if when_changed and site_dir.is_dir() and last.get("inputs") == inputs:
        return BuildReport(site_dir, last["notices"], last["months"], 0, rebuilt=False)
    stamp.unlink(missing_ok=True)
    export = json.loads(export_bytes)
    personal = json.loads(personal_bytes)
    notices = sum(1 for c in export["complaints"] if c["notice"])
    months = len({c["notice"]["received"][:7] for c in export["complaints"] if c["notice"]})
    write_pages(export, root / DOCS_DIR, site_url(root / "mkdocs.yml"))
    write_vendored(root / DOCS_DIR)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--clean",
            "--quiet",
            "-f",
            str(root / "mkdocs.yml"),
        ],
        cwd=root,
        env=mkdocs_env(rules_file),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        shutil.rmtree(site_dir, ignore_errors=True)
        raise SiteBuildFailed(f"网站生成失败（mkdocs build）：\n{done.stderr.strip()[-2000:]}")
    complete_index(site_dir / "search" / "search_index.json", search_entries(export))
    leaks, scanned = scan(site_dir, personal)
    if leaks:
        shutil.rmtree(site_dir, ignore_errors=True)
        where = "\n".join(f"  {leak.file}：含{leak.kind}" for leak in leaks[:20])
        raise PersonalDataLeak(
            f"网站中发现登记表里的个人信息，已删除生成结果，未发布任何内容：\n{where}\n"
            "请检查登记表中对应投诉的文字（如处理措施、注意事项）是否写入了姓名、房号或电话，改正后重新同步并生成。"
        )
    stamp.write_text(json.dumps({"inputs": inputs, "notices": notices, "months": months}), "utf-8")
    return BuildReport(site_dir, notices, months, scanned)


def _read_stamp(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def make_server(site_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A static server for the built (and gated) site; `serve_forever()` it, or use port 0 in tests."""
    handler = partial(_QuietHandler, directory=str(site_dir))
    return ThreadingHTTPServer((host, port), handler)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        pass
