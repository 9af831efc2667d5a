"""Building the public site: generate pages from the export, build aside, gate, then swap in.

The build reads only the publication export and the private gate list; it never opens the
register. Everything the site needs is written before the site generator runs
(sync/publish/prebuild.py); MkDocs or Zensical builds into a folder beside `public/`; the
notices are put into their month pages, every page gets its Content-Security-Policy, the
search index is completed there, and the gate (sync/publish/gate.py) reads what was generated. Only a site that passed replaces
`public/`, so `public/` only ever holds a checked site: a failed build or a refusal leaves the
last good one as it was.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..core.rules import Publishing, Rules
from ..errors import SyncError
from .builders import SiteBuildFailed, builder_manifest, builder_versions, run_builder
from .csp import add_policies
from .export import read_private
from .gate import GateCrashed, GateReport, check_site
from .outputcheck import check_output
from .pages import month_sections, search_entries
from .postbuild import link_scripts, put_notices
from .prebuild import (
    BUILD_DOCS,
    DOCS_DIR,
    GENERATED,
    MERMAID,
    MERMAID_LICENSE,
    SITE_DIR,
    clean_prepared,
    prepare,
    vendored_files,
)
from .search import complete_index

__all__ = ["BUILD_DOCS", "MERMAID", "SiteBuildFailed", "vendored_files"]


class ExportMissing(SyncError):
    """The publication export (or the personal-values list) has not been written yet."""


class PersonalDataLeak(SyncError):
    """The built site contains personal details, or a file the gate cannot read; nothing was
    published."""


@dataclass(frozen=True)
class BuildReport:
    site_dir: Path
    notices: int
    months: int
    files_scanned: int  # files the gate read; theme files are verified by digest instead
    rebuilt: bool = True
    assets_verified: int = 0


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ExportMissing(
            f"找不到{what}（{path}）。请先运行 `complaints sync` 生成公告导出，再生成网站。"
        ) from None


# The export's time of writing, of which the pages show only the day.
_GENERATED_TIME = re.compile(rb'("generated": "\d{4}-\d{2}-\d{2})T[^"]*"')


def inputs_fingerprint(
    root: Path, export: bytes, personal: bytes, rules_file: Path, builder: str = "mkdocs"
) -> str:
    """A digest of everything a build reads: the export (its time to the day), the gate's
    list, mkdocs.yml, rules.yaml, the hand-written pages, this package and the builder's
    versions. Hashes bytes: parsing a large export would cost more than that."""
    total = hashlib.sha256()

    def add(name: str, data: bytes) -> None:
        total.update(name.encode() + b"\0" + hashlib.sha256(data).digest())

    add("export", _GENERATED_TIME.sub(rb'\1"', export, count=1))
    add("personal", personal)
    add("mkdocs.yml", (root / "mkdocs.yml").read_bytes())
    add("rules.yaml", rules_file.read_bytes())
    docs = root / DOCS_DIR
    written = {docs / name for name in (*GENERATED, MERMAID, MERMAID_LICENSE)}
    for path in sorted(docs.rglob("*")):
        if path.is_file() and not written & {path, *path.parents}:
            add(f"docs/{path.relative_to(docs).as_posix()}", path.read_bytes())
    package = Path(__file__).parents[1]  # the whole sync package
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            add(f"sync/{path.relative_to(package).as_posix()}", path.read_bytes())
    add("versions", builder_versions(builder).encode())
    return total.hexdigest()


def build_site(
    root: Path,
    rules: Rules,
    rules_path: Path | None = None,
    *,
    when_changed: bool = False,
    builder: str = "mkdocs",
) -> BuildReport:
    """Generate pages from the export, build the site beside public/ with `builder` (mkdocs
    or zensical), gate it, swap it in. `when_changed` (the scheduled run) keeps the last site when nothing it was built from
    has changed: most runs change nothing, and a site of 10,000 notices takes seconds."""
    root = Path(root)
    pub: Publishing = rules.publishing
    export_bytes = _read_bytes(root / pub.export, "公告导出文件")
    personal_bytes = _read_bytes(root / pub.personal, "个人信息核对清单")
    site_dir = root / SITE_DIR
    recover(site_dir)
    stamp = (root / pub.export).with_name("site-inputs.json")
    rules_file = rules_path or root / "rules.yaml"
    inputs = inputs_fingerprint(root, export_bytes, personal_bytes, rules_file, builder)
    last = _read_stamp(stamp)
    if when_changed and site_dir.is_dir() and last.get("inputs") == inputs:
        return BuildReport(site_dir, last["notices"], last["months"], 0, rebuilt=False)
    stamp.unlink(missing_ok=True)
    export = json.loads(export_bytes)
    known, notice_rows, own = read_private(personal_bytes)
    notices = sum(1 for c in export["complaints"] if c["notice"])
    months = len({c["notice"]["received"][:7] for c in export["complaints"] if c["notice"]})
    staging = staging_dir(site_dir)
    try:
        with _stops_the_build("准备网站页面", SiteBuildFailed):
            config, assets = prepare(root, rules_file, export, staging)
        run_builder(builder, root, config)
        with _stops_the_build("补全网站页面", SiteBuildFailed):
            put_notices(staging, month_sections(export))
            link_scripts(staging)
            add_policies(staging)
            complete_index(staging, search_entries(export))
            check_output(staging, root / BUILD_DOCS)
        with _stops_the_build("核对网站", GateCrashed):
            report = check_site(
                staging, known, notice_rows, assets | builder_manifest(builder), own
            )
        if not report.passed:
            raise PersonalDataLeak(refusal(report))
        swap_in(staging, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        clean_prepared(root)
    stamp.write_text(json.dumps({"inputs": inputs, "notices": notices, "months": months}), "utf-8")
    return BuildReport(site_dir, notices, months, report.scanned, assets_verified=report.verified)


def staging_dir(site_dir: Path) -> Path:
    """Where a site is built and checked: beside public/, on the same file system, so that
    putting it in place is a rename."""
    return site_dir.with_name(f".{site_dir.name}-building")


def retired_dir(site_dir: Path) -> Path:
    """Where the last site waits, for a moment, while the new one takes its place."""
    return site_dir.with_name(f".{site_dir.name}-previous")


def recover(site_dir: Path) -> None:
    """Tidy up after a build that was killed: a site set aside by a swap cut off between its
    two renames goes back in place; an unchecked build is deleted."""
    retired = retired_dir(site_dir)
    if retired.is_dir() and not site_dir.exists():
        retired.rename(site_dir)
    shutil.rmtree(retired, ignore_errors=True)
    shutil.rmtree(staging_dir(site_dir), ignore_errors=True)


@contextmanager
def _stops_the_build(step: str, error: type[SyncError]) -> Iterator[None]:
    """Whatever fails in `step`, nothing is published: a Chinese message, not a traceback
    (the exception's name only: its text could hold a value from the register)."""
    try:
        yield
    except SyncError:
        raise
    except Exception as exc:
        raise error(
            f"{step}时出错（{type(exc).__name__}），网站未发布，上次发布的网站保持不变。"
            "请把这条消息告知维护人员。"
        ) from exc


def refusal(report: GateReport, shown: int = 20) -> str:
    """The gate's refusal: file, kind and register rows, never the value itself."""
    lines = [f"  {leak.file}：含{leak.kind}（{_rows(leak.rows)}）" for leak in report.leaks]
    lines += [f"  {file}：{why}" for file, why in report.unchecked]
    more = f"\n  ……另有 {len(lines) - shown} 处" if len(lines) > shown else ""
    advice = []
    if report.leaks:
        advice.append(
            "请改正登记表中所列行的文字（投诉内容、处理措施、处理结果、注意事项等），"
            "去掉其中的姓名、房号、电话等，重新同步后再生成；未对应到行的，请检查网站的手写页面（site/ 文件夹）。"
        )
    if report.unchecked:
        advice.append("无法核对的文件请从 site/ 文件夹中移除，或改为文本。")
    return (
        "网站核对未通过，未发布任何内容，上次发布的网站保持不变：\n"
        + "\n".join(lines[:shown])
        + more
        + "\n"
        + "\n".join(advice)
    )


def _rows(rows: tuple[int, ...], shown: int = 10) -> str:
    if not rows:
        return "未对应到登记表的行"
    listed = "、".join(str(r) for r in rows[:shown])
    return f"登记表第 {listed} 行" + (f" 等共 {len(rows)} 行" if len(rows) > shown else "")


def swap_in(new: Path, live: Path) -> None:
    """Put the checked site `new` where `live` was. On Linux the two folders trade places in
    one step; elsewhere (Windows, macOS, file systems without the exchange) the old site is
    renamed aside and the new one renamed in, a moment apart. The old site is deleted after;
    if it cannot be (a file held open on Windows), the next build deletes it."""
    if not live.exists():
        new.rename(live)
        return
    if _exchange(new, live):
        return  # `new` now holds the old site; the caller deletes it
    retired = retired_dir(live)
    shutil.rmtree(retired, ignore_errors=True)
    try:
        live.rename(retired)
    except OSError as exc:
        raise SiteBuildFailed(
            f"无法替换 {live}（{exc.strerror}）：可能有程序正在使用其中的文件。"
            "新网站已通过核对但未发布，上次发布的网站保持不变；关闭占用的程序后重新生成。"
        ) from None
    try:
        new.rename(live)
    except OSError as exc:
        retired.rename(live)
        raise SiteBuildFailed(
            f"无法把新网站放到 {live}（{exc.strerror}），上次发布的网站已放回原处。"
        ) from None
    shutil.rmtree(retired, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically with renameat2(RENAME_EXCHANGE); False where the system
    or the file system cannot (then nothing has changed)."""
    if sys.platform != "linux":
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:  # C libraries before glibc 2.28
        return False
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


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
