"""Reading the `publishing:` section of rules.yaml (what the public site shows, where the export
goes) into `sync.core.rules.Publishing`.

sync.policy.rules validates the section and keeps the result as `Rules.publishing`;
`read_publishing(data)` builds it from the mapping (defaults for anything left out).
"""

from __future__ import annotations

from typing import Any

from ..core.rules import Publishing


def read_publishing(data: dict[str, Any] | None) -> Publishing:
    """Settings from the `publishing:` mapping; defaults for missing keys."""
    data = {k: v for k, v in (data or {}).items() if v is not None}
    base = Publishing()
    roles = dict(base.staff_roles)
    roles.update({str(k): str(v) for k, v in (data.get("staff_roles") or {}).items()})
    return Publishing(
        title=str(data.get("title", base.title)),
        export=str(data.get("export", base.export)),
        personal=str(data.get("personal", base.personal)),
        closed_only=bool(data.get("closed_only", base.closed_only)),
        public_default=bool(data.get("public_default", base.public_default)),
        min_cell=int(data.get("min_cell", base.min_cell)),
        area_level=str(data.get("area_level", base.area_level)),
        area_map={str(k): str(v) for k, v in (data.get("area_map") or {}).items()},
        staff_roles=roles,
    )
