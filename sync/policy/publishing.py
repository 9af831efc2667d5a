"""The `publishing:` settings of rules.yaml: what the public site shows and where the export goes.

sync.rules validates the section and keeps the result as `Rules.publishing`;
`read_publishing(data)` builds it from the mapping (defaults for anything left out).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

AREA_LEVELS = ("楼栋", "项目")
# The site's folders under the project root: mkdocs builds from the first into the second
# (through .public-building); a file written under either is published.
SITE_FOLDERS = ("site", "public")


@dataclass(frozen=True)
class Publishing:
    title: str = "物业服务中心投诉公告"
    export: str = "build/export/publication.json"  # relative to the project root
    personal: str = "build/private/personal-values.json"  # kept outside the site, mode 0600
    closed_only: bool = True  # publish a notice only once the complaint is closed
    public_default: bool = True  # a blank 公开 counts as 是; 否 never publishes
    min_cell: int = 3  # k: a statistics cell with fewer complaints is suppressed
    area_level: str = "楼栋"  # 楼栋: keep the building (3栋), drop units; 项目: the project only
    area_map: dict[str, str] = field(default_factory=dict)  # exact 楼栋区域 -> published area
    staff_roles: dict[str, str] = field(
        default_factory=lambda: {
            "receiver": "客服中心接待员",
            "follower": "责任部门跟进人",
            "responsible": "责任部门负责人",
        }
    )


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
