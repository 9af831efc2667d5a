"""Everything the site needs, written before the site generator runs.

The office's hand-written pages are copied to `.public-docs/` beside `public/`, the handbook's
placeholders filled from rules.yaml there, the notices and statistics pages written beside
them, the mermaid script added, and a configuration `.public-config.yml` written that inherits
mkdocs.yml and adds the nav. A site generator is then only asked to turn Markdown into pages:
MkDocs and Zensical build the same site, and neither needs a hook or a plugin of ours.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path
from typing import Any

import yaml

from ..core.rules import SITE_FOLDERS
from ..policy.rules import handbook_view
from .gate import digest
from .handbook import fill, site_nav
from .pages import NOTICES, STATS, render_pages

DOCS_DIR, SITE_DIR = SITE_FOLDERS
GENERATED = (NOTICES, STATS)
# Beside public/ and named like its staging folders: never an export path (rules.yaml).
BUILD_DOCS = f".{SITE_DIR}-docs"
BUILD_CONFIG = f".{SITE_DIR}-config.yml"

VENDOR = Path(__file__).parent / "vendor"
# Served from the site itself, never a CDN (blocked or slow in mainland China, and offline).
# Kept compressed in the package (3.5 MB as served) and written into the docs at build time.
MERMAID = "assets/javascripts/mermaid.min.js"
MERMAID_LICENSE = "assets/javascripts/mermaid.LICENSE.txt"
# Pictures the office put beside its handbook (a logo, the office's QR code): published as
# they are, verified as the office's own bytes; no picture comes from the register.
PICTURES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico"}


class _Config(yaml.SafeLoader):
    """mkdocs.yml read for its plain settings: `!!python/name:` and `!ENV` tags become None."""


_Config.add_multi_constructor("", lambda loader, suffix, node: None)


def site_url(mkdocs_yml: Path) -> str:
    """mkdocs.yml's `site_url`, or '' when it has none."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Config) or {}
    return str(config.get("site_url") or "")


def write_pages(export: dict[str, Any], docs_dir: Path, site_url: str) -> None:
    """Replace the generated folders under docs_dir with freshly rendered pages."""
    for name in GENERATED:
        shutil.rmtree(docs_dir / name, ignore_errors=True)
    for rel, text in render_pages(export, site_url).items():
        target = docs_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def office_pictures(docs_dir: Path) -> dict[str, str]:
    """{path in the site: sha256} of the pictures in docs_dir outside the generated folders."""
    generated = {docs_dir / name for name in GENERATED}
    return {
        path.relative_to(docs_dir).as_posix(): digest(path.read_bytes())
        for path in docs_dir.rglob("*")
        if path.suffix.lower() in PICTURES and path.is_file() and not generated & set(path.parents)
    }


def vendored_files() -> dict[str, bytes]:
    """{path in docs_dir: bytes} of what we ship with the site, from the package's own copy."""
    return {
        MERMAID: gzip.decompress((VENDOR / "mermaid.min.js.gz").read_bytes()),
        MERMAID_LICENSE: (VENDOR / "mermaid.LICENSE.txt").read_bytes(),
    }


def write_vendored(docs_dir: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = docs_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def prepare(
    root: Path, rules_file: Path, export: dict[str, Any], site_dir: Path
) -> tuple[Path, dict[str, str]]:
    """Write the docs and the configuration for a build into `site_dir`. Returns the
    configuration's path and {path in the site: sha256} of the files we ship as they are
    (the mermaid script, the office's pictures), which the gate verifies by digest."""
    docs = root / BUILD_DOCS
    shutil.rmtree(docs, ignore_errors=True)
    own = root / DOCS_DIR
    shutil.copytree(own, docs, ignore=lambda folder, names: _generated(own, folder, names))
    rules = handbook_view(yaml.safe_load(rules_file.read_text(encoding="utf-8")) or {})
    for page in sorted(docs.rglob("*.md")):
        page_name = f"{DOCS_DIR}/{page.relative_to(docs).as_posix()}"
        page.write_text(fill(page.read_text(encoding="utf-8"), rules, page_name), "utf-8")
    write_pages(export, docs, site_url(root / "mkdocs.yml"))
    vendored = vendored_files()
    write_vendored(docs, vendored)
    config = root / BUILD_CONFIG
    settings = {
        "INHERIT": "mkdocs.yml",
        "docs_dir": BUILD_DOCS,
        "site_dir": site_dir.relative_to(root).as_posix(),
        "nav": site_nav(docs, GENERATED),
    }
    config.write_text(
        "# Written by `complaints site build` for one build, then deleted.\n"
        + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    shipped = {rel: digest(data) for rel, data in vendored.items()}
    return config, shipped | office_pictures(docs)


def _generated(own: Path, folder: str, names: list[str]) -> set[str]:
    """What a copy of the office's docs leaves out: generated folders an older version wrote
    into the docs, and the mermaid script it put there."""
    if Path(folder) == own:
        return {name for name in names if name in GENERATED}
    return set()


def clean_prepared(root: Path) -> None:
    shutil.rmtree(root / BUILD_DOCS, ignore_errors=True)
    (root / BUILD_CONFIG).unlink(missing_ok=True)
