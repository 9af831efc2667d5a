"""The site generators: MkDocs with Material (the default) and Zensical, its successor.

Each is asked only to turn the prepared docs into pages (sync/publish/prebuild.py wrote
everything else), in a process of its own. `builder_manifest` names the files each copies
from its own package, which the gate verifies by digest instead of reading them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

from ..errors import SyncError
from .gate import manifest_of, theme_manifest

BUILDERS = ("mkdocs", "zensical")


class SiteBuildFailed(SyncError):
    """The site generator itself failed, or the new site could not be put in place."""


def builder_versions(builder: str) -> str:
    """The versions a build depends on, for the scheduled run's "nothing changed" check."""
    names = ("mkdocs", "mkdocs-material") if builder == "mkdocs" else ("zensical",)
    return " ".join(f"{name} {_version(name)}" for name in names)


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def _command(builder: str, config: Path) -> list[str]:
    if builder == "zensical":
        if find_spec("zensical") is None:
            raise SiteBuildFailed(
                "没有安装 Zensical，无法用它生成网站。"
                "请运行 pip install 'complaint-register[zensical]'，或去掉 --builder zensical。"
            )
        return [sys.executable, "-m", "zensical", "build", "--clean", "-f", str(config)]
    return [sys.executable, "-m", "mkdocs", "build", "--clean", "--quiet", "-f", str(config)]


def run_builder(builder: str, root: Path, config: Path) -> None:
    """Build the site the configuration describes; its `site_dir` is where it lands."""
    done = subprocess.run(
        _command(builder, config),
        cwd=root,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    if done.returncode != 0:
        raise SiteBuildFailed(
            f"网站生成失败（{builder} build），上次发布的网站保持不变：\n"
            f"{mkdocs_errors(done.stderr or done.stdout)}"
        )


def builder_manifest(builder: str) -> dict[str, str]:
    """{path in the site: sha256} of the files the builder copies from its own package."""
    if builder != "zensical":
        return theme_manifest()
    spec = find_spec("zensical")
    if spec is None or spec.origin is None:
        return {}
    return manifest_of([Path(spec.origin).parent / "templates"])


_TERMINAL_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f]"
)


def mkdocs_errors(stderr: str, limit: int = 2000) -> str:
    """What the site generator said, for the office: a Python traceback is cut to the
    exception's own line, and terminal control sequences are taken out."""
    lines: list[str] = []
    in_traceback = False
    for line in _TERMINAL_CONTROL.sub("", stderr).splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
        elif in_traceback and line[:1].isspace():
            pass  # a frame: file, line and code
        elif line.startswith(("During handling of the above", "The above exception was")):
            pass  # between the tracebacks of chained exceptions
        elif line.strip():
            in_traceback = False
            lines.append(line.rstrip())
    return "\n".join(lines)[-limit:] or "（mkdocs 没有给出原因）"
