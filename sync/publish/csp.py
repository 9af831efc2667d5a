"""A Content-Security-Policy <meta> on every built page, added after the build.

Scripts run only from the site itself, plus the theme's own inline scripts, each allowed by
its digest as rendered in that page. Scripts inside the page's content are never allowed:
nothing from the register or a hand-written page can run. Added to the built HTML, so it
works for whichever site generator built it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# No script but the site's own files and the theme's inline scripts (named by digest), no
# plugins, no <base>; styles may be inline (the theme, tables' alignment and mermaid use them).
# `frame-ancestors` cannot be set from a <meta>: a server that frames nothing sets it itself.
CSP = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CONTENT = re.compile(r"<article\b.*?</article>", re.S)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def csp_policy(scripts: str) -> str:
    """The policy allowing exactly the inline scripts in `scripts` (HTML)."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(scripts)
    )
    return CSP.format(hashes=hashes)


def with_policy(page: str) -> str:
    """`page` with its policy first in <head> (after the charset): the digests are of the
    theme's inline scripts, outside the page's content."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp_policy(_CONTENT.sub("", page))}">'
    at = _CHARSET.search(page) or _HEAD.search(page)
    if at is None:
        return page  # not a page (an HTML fragment): nothing runs in it without a page
    return page[: at.end()] + meta + page[at.end() :]


def add_policies(site_dir: Path) -> None:
    for path in site_dir.rglob("*.html"):
        path.write_text(with_policy(path.read_text(encoding="utf-8")), encoding="utf-8")
