"""A new office folder from the package's templates, and the check that a command runs in one.

The templates are package data: a pip-installed `complaints` needs no checkout of this
repository. The repository's own rules.yaml, mkdocs.yml, site/ and deploy/ are the same
files (a test keeps them equal), so `make demo` builds what a new office starts from.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import SyncError

# Stored without its dot: package data globs skip dot files.
_RENAMED = {"gitignore": ".gitignore"}
# What each part of an office folder is, for the message naming what is missing.
PARTS = {
    "rules.yaml": "本办公室的规则",
    "mkdocs.yml": "网站设置",
    "site": "处理手册页面",
}
NEXT_STEPS = (
    ("complaints init sheets/投诉登记表.xlsx", "新建登记表（已有登记表就复制到 sheets/）"),
    ("complaints sync sheets/投诉登记表.xlsx", "校验、计算时限并写回，导出匿名公告"),
    ("complaints site build", "生成网站到 public/ 并核对没有个人信息"),
)


class OfficeExists(SyncError):
    """`complaints new` would overwrite files of an existing folder."""


class NotAnOffice(SyncError):
    """A command runs outside an office folder: rules.yaml, mkdocs.yml or site/ is missing."""


def template_files() -> Iterator[tuple[str, bytes]]:
    """(path in an office folder, bytes) of every template file."""
    stack: list[tuple[str, Traversable]] = [("", files(__package__) / "template")]
    while stack:
        prefix, folder = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name == "__pycache__":
                continue
            rel = f"{prefix}{_RENAMED.get(entry.name, entry.name)}"
            if entry.is_dir():
                stack.append((f"{rel}/", entry))
            else:
                yield rel, entry.read_bytes()


def create_office(folder: Path) -> list[str]:
    """Write a new office folder; returns the paths written. Writes nothing when any of
    them exists already."""
    templates = dict(template_files())
    taken = sorted(rel for rel in templates if (folder / rel).exists())
    if taken:
        raise OfficeExists(
            f"{folder} 里已有 {'、'.join(taken[:5])}{' 等' if len(taken) > 5 else ''}，"
            "为免覆盖，没有写入任何文件。请换一个新的文件夹名，或先移走这些文件。"
        )
    for rel, data in templates.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (folder / "sheets").mkdir(exist_ok=True)
    return sorted(templates)


def require_office(rules: Path, root: Path | None = None) -> None:
    """Raise NotAnOffice naming what is missing: the rules file, and with `root` (commands
    that build the site) mkdocs.yml and site/ there too."""
    missing = [] if rules.is_file() else [(str(rules), PARTS["rules.yaml"])]
    if root is not None:
        missing += [
            (f"{name}/" if name == "site" else name, what)
            for name, what in PARTS.items()
            if name != "rules.yaml" and not (root / name).exists()
        ]
    if missing:
        where = (root or rules.parent).resolve()
        listed = "、".join(f"{name}（{what}）" for name, what in missing)
        raise NotAnOffice(
            f"{where} 不是办公室文件夹：缺少 {listed}。\n"
            "新建一个办公室文件夹：complaints new 文件夹名，再进入它运行命令；"
            "或用 --rules、--root 指向已有的办公室文件夹。"
        )
