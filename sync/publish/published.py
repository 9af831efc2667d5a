"""What a register cell becomes when it is published, for the export and the notifications:
control characters removed, and a 楼栋区域 generalized to a building or a part of the estate.
Pure; writes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.rules import Publishing
from .anonymize import RegisterValues, anonymize_many

# A published area is a building or a part of the estate: 3栋, B座, 5号楼, 东区, 二期.
_AREA = re.compile(
    r"(?:\d{1,3}|[A-Za-z]{1,2}|[一二三四五六七八九十东西南北中]{1,2})(?:栋|幢|座|号楼|区|期)"
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}")
# Control characters (and Excel's _x001B_ escapes of them) are removed from every string:
# they make the feed invalid XML and reach consoles raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]|_x[0-9A-Fa-f]{4}_")


def clean(text: str) -> str:
    """`text` without control characters."""
    return _CONTROL.sub("", text)


Place = tuple[object, object]  # (楼栋区域, 项目) as the register holds them


def generalize_areas(
    places: Iterable[Place], pub: Publishing, known: RegisterValues | None = None
) -> dict[Place, str]:
    """Each place's published area: mapped per rules.yaml, else the building or part of the
    estate written first (3栋2单元 -> 3栋, C座2104 -> C座), else a place without numbers in
    which nothing is personal (地下车库), else the project; never a unit. The texts that need
    the anonymizer's judgement go to it together."""
    places = list(dict.fromkeys(places))
    cleaned = {p: (clean(str(p[0] or "")).strip(), clean(str(p[1] or "")).strip()) for p in places}
    # The anonymizer judges only what may be published as written: the projects, and the
    # places that are no building and that rules.yaml does not map.
    asks = sorted(
        {project for _, project in cleaned.values() if project}
        | {
            area
            for area, _ in cleaned.values()
            if _PLACE.fullmatch(area) and not _AREA.search(area) and area not in pub.area_map
        }
    )
    personal = {t for t, out in zip(asks, anonymize_many(asks, known), strict=True) if out != t}
    out = {}
    for place, (area, project) in cleaned.items():
        estate = project if project and project not in personal else "本小区"
        building = _AREA.search(area)
        if area in pub.area_map:
            out[place] = clean(pub.area_map[area])
        elif pub.area_level == "项目" or not area:
            out[place] = estate
        elif building:
            out[place] = building.group()
        elif _PLACE.fullmatch(area) and area not in personal:
            out[place] = area
        else:
            out[place] = estate
    return out
