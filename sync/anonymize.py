"""Removing personal details from free text before anything leaves the register.

Pure functions. `anonymize(text, known)` replaces the register's own values (names, units,
phones) first, then whatever the patterns find: e-mail addresses, ID card numbers, phone
numbers in any spacing or width, car plates, unit and room numbers, and a surname with an
honorific (李阿姨, 刘先生). What replaces a detail says what kind it was, never what it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Full-width digits, letters and signs people type on phones become ASCII first, so one
# pattern catches both ０１３８ and 0138.
_WIDE = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９＋－＠．"}
_WIDE |= {ord(chr(c)): c - 0xFEE0 for c in range(ord("Ａ"), ord("Ｚ") + 1)}
_WIDE |= {ord(chr(c)): c - 0xFEE0 for c in range(ord("ａ"), ord("ｚ") + 1)}
_WIDE[0x3000] = ord(" ")  # ideographic space
# Only the characters _WIDE maps: most text has none, and finding them is far cheaper than
# translating every character (the site gate reads tens of megabytes).
_WIDE_CHARS = re.compile("[" + "".join(map(chr, _WIDE)) + "]")

NAME = "某某"
PHONE = "〔电话〕"
ID_NUMBER = "〔证件号〕"
EMAIL = "〔邮箱〕"
PLATE = "〔车牌〕"
UNIT = "〔房号〕"

HONORIFICS = (
    "先生", "女士", "小姐", "阿姨", "叔叔", "大爷", "大妈", "大姐", "大哥", "老师",
    "师傅", "太太", "奶奶", "爷爷", "阿婆", "阿伯", "老伯", "伯伯", "姐", "哥",
)  # fmt: skip
_HONORIFIC = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# Common surnames. Characters that also start everyday words after 小/老 (区, 高, 时, 方,
# 于, 田) are kept out of the 小X/老X pattern below.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
    "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|司徒|夏侯|尉迟|长孙|宇文|公孙"
_NICK_SURNAMES = "".join(c for c in _SURNAMES[:60] if c not in "高田方于时区")

_CJK_OR_DIGIT_EDGE = r"(?<![0-9A-Za-z])"
_END = r"(?![0-9A-Za-z])"
_SEP = r"[\s\-.·]*"


def _digits(n: int) -> str:
    """n digits, with any spaces, dashes or dots between them."""
    return r"\d" + (_SEP + r"\d") * (n - 1)


_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        (r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", EMAIL),
        # 18-digit ID card numbers (the last may be X), also written in groups; 15-digit old ones.
        (_CJK_OR_DIGIT_EDGE + _digits(17) + _SEP + r"[\dX]" + _END, ID_NUMBER),
        (_CJK_OR_DIGIT_EDGE + r"\d{15}" + _END, ID_NUMBER),
        # Mobiles, optionally with +86, in any grouping (138 0013 8000, 138-0013-8000).
        (_CJK_OR_DIGIT_EDGE + r"(?:\+?86" + _SEP + r")?1[3-9]" + _SEP + _digits(9) + _END, PHONE),
        # Landlines with an area code: 020-12345678, (0755) 8765 4321, 0571 88886666.
        (
            r"[(（]?"
            + _CJK_OR_DIGIT_EDGE
            + r"0\d{2,3}[)）]?"
            + _SEP
            + _digits(7)
            + r"(?:"
            + _SEP
            + r"\d)?"
            + _END,
            PHONE,
        ),
        # Any other long run of digits is a number someone could call or look up.
        (_CJK_OR_DIGIT_EDGE + r"\d{7,}" + _END, PHONE),
        # Plates: 粤B12345, 粤B·D12345 (new-energy, 8 characters), 京A-1234学.
        (
            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]"
            r"[A-Z][\s·.\-]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]" + _END,
            PLATE,
        ),
        # Units: 3栋2单元1102室, B座1203, 5号楼402, 2单元301, 5-1-302, 5-302, 1102室, 1102房.
        (
            r"(?:\d+|[A-Z])\s*(?:栋|幢|座|号楼|楼)\s*(?:\d+\s*单元\s*)?(?:\d+\s*层\s*)?\d{2,4}\s*(?:室|房|号|户)?",
            UNIT,
        ),
        (r"\d+\s*单元\s*\d{2,4}\s*(?:室|房|号|户)?", UNIT),
        (_CJK_OR_DIGIT_EDGE + r"\d{1,3}-\d{1,2}-\d{2,4}" + _END, UNIT),
        (_CJK_OR_DIGIT_EDGE + r"\d{1,3}-\d{3,4}" + _END, UNIT),
        (_CJK_OR_DIGIT_EDGE + r"\d{3,4}\s*(?:室|房|号房)", UNIT),
        # A bare room number next to the word that makes it one: 楼上1102, 1102业主.
        (r"(?<=楼上|楼下|隔壁|对门|对面)\s*\d{3,4}" + _END, UNIT),
        (_CJK_OR_DIGIT_EDGE + r"\d{3,4}(?=\s*(?:的)?(?:业主|住户|户主|租户|房东))", UNIT),
    )
)

_HONORIFIC_NAME = re.compile(rf"(?:{_COMPOUND}|[{_SURNAMES}])(?={_HONORIFIC})")
# 老王, 小李 as a speaker or a household: 老王家, 小李说.
_NICKNAME = re.compile(
    rf"[小老][{_NICK_SURNAMES}](?=$|[^\u4e00-\u9fff]|[说讲反投称打来去在和与也都要的家])"
)


def normalize_width(text: str) -> str:
    """Full-width digits, Latin letters and signs as ASCII; everything else unchanged."""
    return _WIDE_CHARS.sub(lambda m: m.group().translate(_WIDE), text)


def _known_pattern(value: str) -> str:
    """A register value as a pattern: digits may be spaced or dashed, as people write them."""
    value = normalize_width(value).strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and len(digits) >= len(value) - 3:
        return _CJK_OR_DIGIT_EDGE + _SEP.join(digits) + _END
    # 302 must not match inside 13025 or a.302b: Latin and digit edges are boundaries.
    start = _CJK_OR_DIGIT_EDGE if re.match(r"[0-9A-Za-z]", value) else ""
    end = _END if re.search(r"[0-9A-Za-z]$", value) else ""
    return start + re.escape(value) + end


def anonymize(text: str, known: Iterable[str] = ()) -> str:
    """`text` with every personal detail replaced by a marker of its kind.

    `known` holds the register's own names, units and phones; they are removed wherever they
    appear, whatever the patterns would say. A known name followed by an honorific keeps the
    honorific (张伟先生 -> 某先生).
    """
    if not text:
        return ""
    out = normalize_width(text)
    values = tuple(
        sorted({v.strip() for v in known if v and len(v.strip()) >= 2}, key=len, reverse=True)
    )
    if values:
        out = _known_regex(values).sub(_replace_known, out)
    for pattern, marker in _PATTERNS:
        out = pattern.sub(marker, out)
    out = _HONORIFIC_NAME.sub("某", out)
    return _NICKNAME.sub("某人", out)


@lru_cache(maxsize=4)
def _known_regex(values: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of the register's values, longest first, compiled once per export
    (a pattern per value per text cost minutes on a 300-row register)."""
    return re.compile("(?:" + "|".join(_known_pattern(v) for v in values) + rf")({_HONORIFIC})?")


def _replace_known(m: re.Match[str]) -> str:
    honorific = m.group(1)
    if honorific:
        return "某" + honorific
    return _marker_for(m.group(0))


def _marker_for(value: str) -> str:
    digits = re.sub(r"\D", "", normalize_width(value))
    if len(digits) >= 7:
        return PHONE
    if digits:
        return UNIT
    return NAME


def found_personal(text: str) -> list[str]:
    """Personal details the patterns find in `text` (phones, IDs, plates, e-mails, units,
    honorific names), as written, for the build gate's list."""
    if not text:
        return []
    wide = normalize_width(text)
    found = [m.group(0).strip() for p, _ in _PATTERNS for m in p.finditer(wide)]
    found += [
        m.group(0) for m in re.finditer(rf"(?:{_COMPOUND}|[{_SURNAMES}])(?:{_HONORIFIC})", wide)
    ]
    return [f for f in found if len(f) >= 2]
