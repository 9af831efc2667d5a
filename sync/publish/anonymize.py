"""Removing personal details from text before anything leaves the register. Pure.

Text is matched in a folded form (`fold`): full width as ASCII, traditional characters as
simplified, lower case, Chinese digits as digits, zero-width characters dropped, and for the
register's own values spaces dropped too, so 黃 曉明, 黄晓明 and 黄\u200b晓明 are one name.
What matches is replaced in the text as written, by a marker of its kind (某某, 〔电话〕 …),
never by anything of the value.

Three finders, merged:
- the register's values (`RegisterValues`): names (multi-name cells split, honorifics
  stripped), units and their room numbers, phones, staff names (which become their role);
  one Aho-Corasick automaton, built once per export, so a text costs its length whatever
  the register's size;
- patterns: phones with any separator, IDs, passports, e-mails, plates, WeChat/QQ ids,
  units and bare room numbers where the words around them make them rooms;
- free-text names (`anonymize` only, not the gate's `scan`): rjieba's person-name tags,
  names after words that introduce a person (邻居, 保安, 业主 …) or before a verb of
  speech, a surname before an honorific or title (李经理), 老王/小李, nicknames by their
  form or context (强子, 狗蛋, 小帅他爹), and, given the complaint's own 投诉人 cell, that
  resident's given name alone (丽萍 of 褚丽萍).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, count
from operator import add, itemgetter
from typing import Any, NamedTuple

import ahocorasick_rs
import rjieba

from ..core.gcpause import without_gc_pauses
from ..core.model import Record

NAME = "某某"
PHONE = "〔电话〕"
ID_NUMBER = "〔证件号〕"
EMAIL = "〔邮箱〕"
PLATE = "〔车牌〕"
UNIT = "〔房号〕"
ACCOUNT = "〔账号〕"

# Kinds, as a refusal names them (never the value).
KIND_NAME, KIND_UNIT, KIND_PHONE, KIND_ID = "姓名", "房号", "电话", "证件号"
KIND_EMAIL, KIND_PLATE, KIND_ACCOUNT = "邮箱", "车牌", "账号"
MARKERS = {
    KIND_NAME: NAME,
    KIND_UNIT: UNIT,
    KIND_PHONE: PHONE,
    KIND_ID: ID_NUMBER,
    KIND_EMAIL: EMAIL,
    KIND_PLATE: PLATE,
    KIND_ACCOUNT: ACCOUNT,
}
# Where two finds overlap, the merged span takes the stronger kind's marker.
_STRENGTH = (KIND_NAME, KIND_UNIT, KIND_PLATE, KIND_PHONE, KIND_ACCOUNT, KIND_EMAIL, KIND_ID)

HONORIFICS = (
    "老先生", "老太太", "老人家", "先生", "女士", "小姐", "阿姨", "叔叔", "大爷", "大妈", "大姐", "大哥", "老师", "师傅",
    "太太", "奶奶", "爷爷", "阿婆", "阿伯", "老伯", "伯伯", "婆婆", "老太", "姐", "哥", "总",
    "经理", "主任", "主管", "队长", "班长", "组长", "楼长", "医生", "律师", "书记", "会计",
    "工", "老板", "同学", "伯", "叔", "姨", "嫂", "队", "警官", "局", "科", "生", "嬢嬢", "教练",
    "爹爹", "阿嬷", "干事", "教授", "科长", "处长", "局长", "所长", "院长", "校长", "站长", "厂长",
    "部长", "村长", "大娘", "大婶", "大叔", "大姨", "单元长", "娘娘", "孃孃", "婶", "支书", "社长",
    "师奶", "姑娘", "总监", "代表", "娭毑", "嗲嗲", "嗲", "主席", "总工",
)  # fmt: skip
# Titles that follow only a person (官先生, 钭女士): after any character that is no word of
# its own, whether or not it is a surname we list.
PERSON_TITLES = (
    "先生", "女士", "小姐", "太太", "阿姨", "嬢嬢", "奶奶", "爷爷", "大爷", "大妈", "大姐",
    "大哥", "阿婆", "阿伯", "师傅", "老板", "大娘", "大婶", "大叔", "娘娘", "娭毑", "嗲嗲",
)  # fmt: skip
_HONORIFIC = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# Common surnames (about 99% of the population). Characters that also start everyday words
# after 小/老 (区, 高, 时, 方, 于, 田) are kept out of the 小X/老X pattern below.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
    "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝傅赖容奚漆朴阎嵇晁闻蔺禹郜钮鄢庹冀羊郗阚笪郦鞠亓仉隗綦冼谌"
    "郏邰訾萧逄蒯竺厉芮宦於韶郁邴姒荆糜洪毋潭区贝楚湛巫祖薛于鄂莘栾狄巩杭殳屠"
    # Rarer surnames of the 百家姓 and of today's registers that start few everyday words
    "储桓雍逯昝厍禚眭郄酆扈蹇邸璩琚萨裘宓钭戎蓟胥郤濮庾匡阙夔乜佴凤敬封伏仝粟植"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟",
    "长孙", "宇文", "公孙", "端木", "南宫", "西门", "独孤", "万俟", "闻人", "澹台", "轩辕",
    "钟离", "第五", "申屠", "呼延", "赫连", "拓跋", "淳于", "濮阳", "公冶", "太史", "左丘",
    "百里", "东郭", "宗政", "巫马", "漆雕", "乐正", "公良", "司空", "亓官", "司寇", "颛孙",
    "闾丘", "公羊", "梁丘", "太叔", "仲孙", "公西", "谷梁", "夹谷", "宰父", "段干", "东门",
    # Japanese residents' surnames that start no Chinese word
    "田中", "山本", "渡边", "佐藤", "加藤", "斋藤", "山田", "佐佐木", "桥本", "藤田",
)  # fmt: skip
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + f"|[{SURNAMES}])"


def _starts(*words: str) -> str:
    """A lookahead for the first characters of `words`. A pattern that opens with it fails
    at once at most positions of a text, where trying each word, or a lookbehind, would not
    (several times faster; what it matches is the same)."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


_AT_SURNAME = _starts(*COMPOUND_SURNAMES, *SURNAMES)
_SURNAME_IN = re.compile(_SURNAME)
_COMPOUNDS = frozenset(COMPOUND_SURNAMES)
# Staff columns holding one of these (or ending in one) name a role, not a person.
ROLE_WORDS = (
    "前台", "客服", "主任", "经理", "主管", "管家", "保安", "保洁", "秩序", "维修", "工程",
    "值班", "物业", "管理处", "服务中心", "中心", "部", "组", "队", "员", "处", "科", "岗",
    "领班", "负责人", "接待", "文员", "助理", "专员", "总监", "班长", "队长", "师傅",
)  # fmt: skip

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ZERO_WIDTH = "\x00\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE = " \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


@cache
def _fold_table() -> dict[int, int | None]:
    """One str.translate table: width, case, traditional characters, Chinese digits.
    Zero-width characters are dropped before it (`_ZW`), so positions can be mapped back."""
    # Full-width digits, letters and the signs phones and e-mails use; Chinese punctuation
    # (：，（）) stays as typed, so it never reads as a time, a decimal or a path.
    table: dict[int, int | None] = {
        ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９＋＠．＿＃"
    }
    table |= {c: c - 0xFEE0 for c in range(ord("ａ"), ord("ｚ") + 1)}
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = c + 32
        table[c + 0xFEE0] = c + 32
    table |= {ord("—"): ord("-"), ord("－"): ord("-")}
    table |= {ord(c): ord("-") for c in "–‐‑‒―﹣"}
    for c in range(0x2000, 0x200B):
        table[c] = ord(" ")
    table |= {ord(c): ord(" ") for c in "\t\r\n\f\v\u00a0\u1680\u2028\u2029\u202f\u205f\u3000"}
    table.update(_simplified())
    return table


def _simplified() -> dict[int, int]:
    """Traditional -> simplified, character by character (OpenCC's table), so lengths and
    positions stay as written. A character OpenCC maps to more than one is left alone."""
    import opencc

    chars = [chr(c) for c in range(0x3400, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return {
        ord(a): ord(b)
        for a, b in zip(chars, converted, strict=True)
        if len(b) == 1 and a != b and b != "零"
    }


_CN_DIGITS = str.maketrans("零〇一幺二三四五六七八九", "001123456789")
# Chinese numerals read as digits only in a run of three or more (一三八零零…, 五零一):
# 三户, 一楼 and 1816三户 stay words.
_CN_RUN = re.compile("[零〇一幺二三四五六七八九]{3,}")


@cache
def _to_fold() -> re.Pattern[str]:
    """Runs of the characters the fold table changes: most text has few, and translating
    only them is a third of the time of `str.translate` over all of it."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_fold_table())) + "]+")


def _folded(text: str) -> str:
    """`text` translated through the fold table, its runs of Chinese numerals as digits;
    the same length, so positions carry over."""
    table = _fold_table()
    text = _to_fold().sub(lambda m: m.group().translate(table), text)
    return _CN_RUN.sub(lambda m: m.group().translate(_CN_DIGITS), text)


# Texts are looked at together, joined by a character no pattern, value or name contains:
# one pass of each pattern, the automaton and the tagger over all of an export's texts.
_JOIN = "\x00"


def _fold_joined(texts: list[str], spaces: re.Pattern[str]) -> str:
    """`fold` of each text, `spaces` dropped, joined by `_JOIN`: one pass over them all."""
    joined = _JOIN.join(texts)
    if joined.count(_JOIN) != len(texts) - 1:  # a text holds the joining character itself
        joined = _JOIN.join(_ZW.sub("", t) for t in texts)
    return spaces.sub("", _folded(_ZW_BUT_JOIN.sub("", joined)))


def _fold_all(texts: list[str]) -> list[str]:
    """`fold` of each text, in one pass over them all."""
    return _fold_joined(texts, _SPACES).split(_JOIN) if texts else []


def fold(text: str) -> str:
    """The matching form of `text`: width, case, script and digits folded, spaces and
    zero-width characters dropped."""
    return _fold_all([text])[0]


_SPACES = re.compile(f"[{_SPACE}]+")


class _View(NamedTuple):
    """Folded text and, per folded character, where it stood in the text as written: index
    i at i + shifts[bisect_right(gaps, i)]."""

    text: str
    gaps: list[int]  # folded index before which a dropped run was
    shifts: list[int]  # how much was dropped before each gap's characters on; 0 before all

    def joined(self, index: int) -> bool:
        """Whether the characters before and at `index` stood side by side as written (no
        dropped run between): Oliver Smith's Oliver ends a word, Olivera's does not."""
        k = bisect_left(self.gaps, index)
        return k == len(self.gaps) or self.gaps[k] != index

    def restored(self, spans: Iterable[_Span]) -> list[_Span]:
        """`spans` of the view as spans of the text as written."""
        if not self.gaps:
            return list(spans)
        gaps, shifts = self.gaps, self.shifts
        return [
            _Span(
                s.start + shifts[bisect_right(gaps, s.start)],
                s.end + shifts[bisect_right(gaps, s.end - 1)],
                s.kind,
                s.rows,
                s.replacement,
            )
            for s in spans
        ]


def _view(text: str, drop: re.Pattern[str]) -> _View:
    """`text` with `drop`'s matches removed, remembering positions."""
    gaps: list[int] = []
    shifts = [0]
    parts: list[str] = []
    removed = last = 0
    for m in drop.finditer(text):
        parts.append(text[last : m.start()])
        removed += m.end() - m.start()
        gaps.append(m.start() - (removed - (m.end() - m.start())))
        shifts.append(removed)
        last = m.end()
    parts.append(text[last:])
    return _View("".join(parts), gaps, shifts)


_ZW = re.compile(f"[{_ZERO_WIDTH}]+")
_ZW_BUT_JOIN = re.compile(f"[{_ZERO_WIDTH.replace(_JOIN, '')}]+")
_WS = re.compile(r"\s+")


class Finding(NamedTuple):
    kind: str  # 姓名, 房号, 电话, 证件号, 邮箱, 车牌, 账号
    rows: tuple[int, ...]  # register rows the value came from; () for a pattern's find
    start: int  # in the text as given
    end: int


class _Span(NamedTuple):
    start: int
    end: int
    kind: str
    rows: Sequence[int] = ()  # a value's rows are the register's own list: read, never changed
    replacement: str = ""  # '' for the kind's marker


# ---------------------------------------------------------------------------------------
# Patterns (on the folded text with spaces kept: spaces separate numbers)

_SEP = r"[\s\-./_~·()（）]{0,2}"
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
# Words after a run of digits that make it an amount, a count or a time, not a phone.
# (分 of minutes, not of 分机, a flat's intercom extension)
_MEASURE = (
    r"(?:元|块|万|亿|千|百|平|米|㎡|%|个|次|户|人|辆|天|小时|分(?!机)|秒|年|月|日|号楼|栋|层|件|台|度|吨|斤|"
    r"公里|宗|则|项|条)"
)
# Dates and times come first at each position, so their digits never join a phone.
_NUMBERS = re.compile(
    r"(?=[\d+])"
    r"(?:(?P<date>(?<![0-9a-z])(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?:\s*日)?)"
    r"|(?P<time>(?<![0-9a-z])\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?!\d))"
    r"|(?P<grouped>(?<![0-9a-z])1\d{2}[、，,]\d{4}[、，,]\d{4}(?![0-9a-z]))"
    rf"|(?P<run>(?<![0-9a-z])(?:\+\s*)?\d(?:{_SEP}\d)*(?:{_SEP}x)?(?![0-9a-z])))"
)
_EMAIL = re.compile(
    r"(?=[a-z0-9._%+\-])(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}"
)
_PLATE_SIGNS = "·.\\-•・‧∙"
_PLATE = re.compile(
    rf"(?=[{_PROVINCES}\s:：a-z是为])(?:[{_PROVINCES}]|(?<=车牌)|(?<=车牌号)|(?<=车牌号码)|(?<=车号)|"
    r"(?<=车是)|(?<=车系)|"  # 那架车系 UW 3361 (係, folded)
    # a city's e-bike plate (海口D18827, 杭州A·M9271)
    rf"(?<=[{_HAN}]{{2}})(?<=[州口京阳沙门汉海安都庆南宁圳])(?=[a-z]))\s*(?:是|为)?\s*[:：]?\s*"
    # 粤B·12345; a new-energy plate's letter before the dot too (京AD·12579)
    rf"(?:[a-z]\s*(?:[a-z](?=\s*[{_PLATE_SIGNS}]))?\s*"
    rf"[{_PLATE_SIGNS}]?\s*[a-z0-9](?:(?:\s?[a-z0-9]){{4,5}}[挂学警港澳]?|(?:\s?[a-z0-9]){{3}}[港澳])"
    # a Taiwan, Hong Kong or Macau plate after 车号/车牌 (MFK-5273, 1234-AB, UW 3361, MM-26-48)
    rf"|[a-z]{{2}}-\d{{2}}-\d{{2}}|[a-z]{{2,3}}[-\s]?\d{{1,4}}|\d{{3,4}}-[a-z]{{2,3}})(?![0-9a-z])"
)
_PASSPORT = re.compile(
    # passports, home-return permits, and Taiwan's ID numbers (B224716385)
    # Hong Kong's and Macau's ID numbers with their check digit (K357829(4), 1384627(3))
    r"(?=[a-z号:：\s\d])(?:(?<![0-9a-z])(?:[egch]\d{8}|e[a-z]\d{7}|h\d{10}|[a-z][12]\d{8}"
    r"|[a-z]{1,2}\d{6}\s*[(（][0-9a][)）]|[157]\d{6}\s*[(（]\d[)）])(?![0-9a-z])"
    r"|(?:(?<=护照)|(?<=通行证)|(?<=证件))(?:号码?)?\s*[:：]?\s*[a-z]{1,2}\d{7,10}[a-z]?(?![0-9a-z]))"
)
_ACCOUNT = re.compile(
    r"(?=[微wv加留q企支抖银卡账小快b视])(?<![0-9a-z])(?:微信号?|weixin|wechat|(?<!号)wx|(?<!号)vx|v信|加v|留v|v号|qq号?|企鹅号|支付宝账?号?|抖音号?|"
    r"银行卡号?|卡号|账号|小红书号?|快手号?|微博号?|b站号?|视频号)"
    r"\s*(?:号码|号|id)?\s*(?:是|为)?\s*[:：]?\s*([a-z][a-z0-9_\-]{4,19}|\d{5,19})(?![0-9a-z])"
)
# Runs of digits, numerals and letters are possessive (\d{1,3}+; also before 单元 and in a
# list of flats): a shorter run is followed by another of its characters, which starts no
# word that must come next, so trying one (at every digit of a phone) could only fail.
_BUILDING = (
    r"(?=[\d一二三四五六七八九十a-z东西南北中])(?<![月第])(?:\d{1,3}+|[一二三四五六七八九十]{1,3}+|[a-z]{1,2}+\d{0,2}+|[东西南北中]区?\d{0,2})"
    r"\s*(?:栋|幢|座|号楼|号(?![楼线院码])|#|＃|区|期)"
)
_ROOM = r"\d{3,4}(?![0-9a-z])(?!\s*(?:[-./:年月日元块万%]|号线))(?:\s*(?:室|房|号(?![楼线院])|户))?"
_UNITS = (
    # 3栋2单元1102室, B座1203, 5号楼402, 3#502, 东区2栋1单元801; 8栋3单元5号: a door
    # numbered within its entrance
    re.compile(
        rf"{_BUILDING}\s*-?\s*(?:(?:\d{{1,2}}\s*(?:单元|门|梯)\s*-?\s*)?(?:\d{{1,2}}\s*(?:层|楼)\s*)?{_ROOM}"
        rf"|\d{{1,2}}+\s*单元\s*-?\s*\d{{1,2}}\s*号(?![楼线院码]))"
    ),
    re.compile(rf"\d{{1,2}}+\s*单元\s*-?\s*{_ROOM}"),
    # 5-1-302, 5-302, B-1203, B1203
    re.compile(r"(?=\d)(?<![0-9a-z.:/])\d{1,3}-\d{1,2}-\d{3,4}(?![0-9a-z])"),
    re.compile(r"(?=\d)(?<![0-9a-z:/-])\d{1,3}-\d{3,4}(?![0-9a-z])(?!-\d)"),
    re.compile(r"(?=[a-z])(?<![0-9a-z])[a-z]\d{1,2}-\d{3,4}(?![0-9a-z])"),
    # A floor and a door: 18层06号, 16F-03, 9F-E, 7樓B, 2楼东户, 7樓之3 (Taiwan), 32楼05单元 (an
    # office floor's unit); 2排7号 (a row's door); 10號3樓 (Hong Kong's street number, floor)
    re.compile(
        r"(?=\d)(?<![0-9a-z])(?:\d{1,2}\s*(?:"
        r"(?:层|f)\s*-?\s*(?:\d{1,2}\s*号|\d{2,3}|[a-z])(?![0-9a-z])|楼\s*\d{1,2}\s*(?:号(?![楼线院码])|室)"
        r"|楼\s*(?:(?:[a-z]|[东西南北中]户|之\s*\d{1,2})(?![0-9a-z])|\d{1,2}\s*单元)"
        r"|排\s*\d{1,3}\s*号(?![楼线院码]))"
        r"|\d{1,4}+\s*号\s*\d{1,2}\s*楼(?![0-9a-z上下道梯顶层]))"
    ),
    re.compile(r"[一二三四五六七八九十]{1,3}\s*[楼层]\s*\d{1,2}\s*号(?![楼线院码])"),
    # 24D, 2A after a building or a neighbour word; 2-3 (floor-door) after a building
    re.compile(
        r"(?=[\s\da-z])(?:(?<=[栋座幢])|(?<=楼上|楼下|对门|隔壁|隔篱))"
        r"\s*(?:\d{1,2}(?:[a-z]|-\d{1,2}(?!\s*[楼层]))(?![0-9a-z])|[a-z]\s*室)"
    ),
    # A-18, C-28: a villa; B1-23, L2-17: a shop on a mall's floor; F16-06: an office tower's
    re.compile(
        r"(?=[a-z])(?<![0-9a-z号])(?:[a-z]-\d{1,2}(?![0-9a-z])(?!\s*(?:级|型|类|号线|层|楼))"
        r"|(?<![0-9a-z])(?:[a-z]\d|f\d{2})-\d{2}(?![0-9a-z])(?!-\d))"
    ),
    re.compile(
        # not a pipe's size (DN100, De110)
        r"(?=[a-z])(?<![0-9a-z])(?!d[ne]\d)[a-z]{1,2}-?\d{3,4}(?![0-9a-z])(?!-\d)(?!\s*(?:路|型|号线|次))"
    ),
)
# A bare flat number (501) is a room only where the words around it make it one: 住在501,
# 楼下805, 1203号, 907的小孩, 与1924协商, 2208、2217两户; never 502胶, 304不锈钢, 报110,
# 共120户, 601路.
# Not after a dash, unless the dash follows a Han character (a chat label's 老毛-2059).
_BARE = re.compile(r"(?=\d)(?<![0-9a-z.:/+#,\]〕])(?<!(?<![\u4e00-\u9fff])-)\d{3,4}(?![0-9a-z])")
_ROOM_BEFORE = re.compile(
    r"(?:楼上|楼下|隔壁|对门|对面|同层|同楼|单元|住在?|家住|房号|房间|室号|门牌|住户|业主|邻居|"
    r"租户|户主|房东|上门|与|和|跟|找|联系|通知|敲|家|屋企|该户|到|去|(?<!截)至|给|在|要求|约|顶楼|隔篱|"
    r"同栋|同座|同幢|栋的|座的|幢的|我是|俺是|他是|她是|说是|回访|被|\d门|来访|被访|探望|宿舍|寝室|对|"
    r"检查|排查|责令|把|写字楼|办公楼|(?:房号|门牌)[写改录][成为错]|"
    r"[\u4e00-\u9fff][-－]|(?:邻居|住户|业主|租户|房东|对方|楼上|楼下|隔壁|对门)是)的?\s*$"
)
_ROOM_AFTER = re.compile(
    r"\s*(?:室|房(?!子|屋|产|租|价)|号(?![楼线院码文车])|户(?!口|型|籍|数)|家|"
    r"的?(?:业主|住户|户主|租户|租客|房东|邻居|小孩|孩子|老人|狗|猫|阳台|门|窗|空调|卫生间|厨房|"
    r"客厅|卧室|露台|楼板|墙|养|爷爷|奶奶|阿姨|叔叔|伯伯|婆婆|老太|[小老阿][\u4e00-\u9fff])|卫生间|阳台|厨房|客厅|卧室|门铃|门口|窗户|空调|外机|楼下|楼上|"
    r"隔壁|对门|(?:在|正在)?(?:漏水|渗水|装修|施工)|噪音|协商|赔偿|拆(?:除|了|墙|改)|私(?:搭|改|建|接|拉|装)|"
    r"违建|打孔|停工|隔(?:成|断|出)|群租|分机|[一这那整]套|交房|"
    r"[-－]\s*[\u4e00-\u9fff]|[（(](?:租户|业主|住户|户主|空置|空关|已签|未)|"
    r"住(?:的|着|了|咗|在|户|客)|公司|主人|[未不]?在家|无人|那(?:个|位|家|户)|租(?:给|出)|"
    r"宿舍|寝室|档口|访客|学生|家属|走廊|下面|上面|嘅|[-－][a-z](?![a-z])|"
    r"的[\u4e00-\u9fff]{0,4}?(?:租户|租客|业主|住户|住客|老板|房东|邻居|两口子|孩子|一家|员工|行政|同事|"
    r"车(?!位|库|道|场))|"
    rf"[\u4e00-\u9fff](?:{'|'.join(PERSON_TITLES)})|"
    rf"的?{_SURNAME}(?:[\u4e00-\u9fff]{{1,2}}(?:先生|女士|小姐|婆婆|阿姨|奶奶|爷爷|老师|师傅|同学)|"
    r"先生|女士|小姐|太太|阿姨|奶奶|爷爷|叔叔|伯伯|婆婆|大爷|大妈|大姐|大哥|老师|"
    r"师傅|老板|校长|老伯|总|生|伯|叔|姐|哥))"
)
# Never a room after these: a service number, an ordinal, a model, a price, a document's
# number (报110, 第502期, 工单号：2026-1204-0093).
_NOT_ROOM_BEFORE = re.compile(
    r"(?:报|拨|打|转|第|型号|编号|单号|订单号?|合同号|流水号|回执号?|gb|iso|no\.?|¥|￥|\$)\s*[:：]?\s*$"
)
# A count after these (共120户, 约300人), unless the words after make it a flat (约1505户主).
_COUNT_BEFORE = re.compile(r"(?:共|约|近|涉及|影响|合计|总共|超过|多达|达|有)\s*$")
# Never a room: an amount, a date, a product, a line, a phone service (502胶, 601路, 119电话).
_NOT_ROOM_AFTER = re.compile(
    r"\s*(?:元|块|万|亿|%|米|平|年|月|日|号线|号?车位|路|公交|胶|不锈钢|钢|型|版|款|电话|热线|急救|报警|[:：.]\d|"
    r"-\d{1,2}-\d|-\d{3,}-\d)"
)
# A count (300天, 20个): a room only where the words before it make it one (对门1104天天).
_COUNTED = re.compile(r"\s*(?:" + _MEASURE + r"|次|多|余|单|份|张|起|例)")
_EMERGENCY = frozenset({"110", "119", "120", "122", "114", "112", "999"})
_NEIGHBOUR = re.compile(r"(?:楼上|楼下|隔壁|对门|隔篱)\s*$")
_ROOM_WORD = re.compile(r"\s*(?:室|房|号)")
_HOUSEHOLDS = re.compile(r"\s*户(?!主)")  # 120户, not 1205户主
_FLAT = re.compile(r"\d{3,4}")
# 2208、2217两户, 1814/1815/1816三户: a list of flats (its first run possessive, as in _BUILDING).
_ROOM_LIST = re.compile(
    r"\d{3,4}+(?:\s*[、和及与/,，]\s*\d{3,4}(?![0-9a-z]))+"
    r"(?=\s*(?:[两二三四五六七八九几\d][户家]|等|户|业主|住户|家|都))"
)
# 3户在做短租（1805、2204、1009）: the flats a count of households lists in brackets.
_HOUSEHOLD_LIST = re.compile(
    r"户(?<=[\d两二三四五六七八九几]户)[^，。；;（(\d]{0,8}[（(](\d{3,4}(?:\s*[、，,/]\s*\d{3,4})+)[)）]"
)
# 同层305、307: the next flats of a list that began with one.
_NEXT_ROOM = re.compile(r"\s*[、,，/和及与]\s*(\d{3,4})(?![0-9a-z])")


def _next_flats(text: str, end: int) -> list[_Span]:
    """The flats a list goes on with after the one ending at `end`."""
    out = []
    while (more := _NEXT_ROOM.match(text, end)) and not _NOT_ROOM_AFTER.match(text, more.end()):
        out.append(_Span(*more.span(1), KIND_UNIT))
        end = more.end()
    return out


# 全秀云（1215）: a flat in brackets after a name.
_BRACKETED = re.compile(r"[（(](?<=[\u4e00-\u9fff][（(])(\d{3,4})[)）]")


def _room_spans(view: str, rooms: frozenset[str] | set[str] = frozenset()) -> list[_Span]:
    """Bare flat numbers in room context; `rooms` (the register's own, for `anonymize`) also
    count wherever nothing makes them a count, an amount, a product or a phone, and so do the
    flats listed after one of them that are the register's too."""
    spans = []
    for m in _BARE.finditer(view):
        before = view[max(0, m.start() - 6) : m.start()]
        after = view[m.end() : m.end() + 10]
        roomy = _ROOM_AFTER.match(after)
        context = _ROOM_BEFORE.search(before) or roomy
        if not context and not (m.group() in rooms and not _COUNTED.match(after)):
            continue  # nothing makes it a room (most numbers): no need to rule one out
        if _NOT_ROOM_BEFORE.search(before) or _NOT_ROOM_AFTER.match(after):
            continue
        if m.group() in _EMERGENCY and not (_ROOM_WORD.match(after) or _NEIGHBOUR.search(before)):
            continue
        if _COUNT_BEFORE.search(before) and (not roomy or _HOUSEHOLDS.match(after)):
            continue
        spans.append(_Span(m.start(), m.end(), KIND_UNIT))
        spans += [
            s for s in _next_flats(view, m.end()) if context or view[s.start : s.end] in rooms
        ]
    for m in _ROOM_LIST.finditer(view):
        spans += [
            _Span(m.start() + n.start(), m.start() + n.end(), KIND_UNIT)
            for n in _FLAT.finditer(m.group())
        ]
    spans += [_Span(*m.span(1), KIND_UNIT) for m in _BRACKETED.finditer(view)]
    for m in _HOUSEHOLD_LIST.finditer(view):
        spans += [
            _Span(m.start(1) + n.start(), m.start(1) + n.end(), KIND_UNIT)
            for n in _FLAT.finditer(m.group(1))
        ]
    return spans + _floor_doors(view, rooms)


# 16-4, 4-2: a floor and its door, as Chongqing and the north-east write a flat; the same
# shape is a date (12-1) or a range (3-5天, 3-4家), so a room only in room context. So are a
# villa (e8, f11栋, 18号院, 10幢) and a register's own floor and door.
_FLOOR_DOOR = re.compile(r"(?=\d)(?<![0-9a-z.:/\-+#,])\d{1,2}-\d{1,2}(?![0-9a-z.\-])")
_HOME = re.compile(
    r"(?=[\da-z])(?<![0-9a-z.:/\-+#,])"
    r"(?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|[a-z]{1,2}\d{1,2}(?:栋|幢)?|\d{1,3}(?:幢|号院))(?![0-9a-z.\-])"
)
_NOT_DOOR_AFTER = re.compile(
    r"\s*(?:家|户|" + _MEASURE + r"|次|多|余|点|期|季|集|级|岁|周|号|年|上午|下午|晚上|早上|中午|"
    r"凌晨|前|后|起|至|到|期间|\d{1,2}[:：点])"
)


# B1, B2: a garage's floor below ground, not a villa.
_BASEMENT = re.compile(r"b\d")
_FLOOR_RANGE = re.compile(r"\d{1,2}-\d{1,2}")


def _floor_doors(view: str, rooms: frozenset[str] | set[str]) -> list[_Span]:
    spans = []
    for m in _HOME.finditer(view):
        if _BASEMENT.fullmatch(m.group()) and m.group() not in rooms:
            continue
        if _FLOOR_RANGE.fullmatch(m.group()) and view.startswith(("楼", "层"), m.end()):
            continue  # 12-20楼, 3-5层: floors from and to
        before = view[max(0, m.start() - 6) : m.start()]
        after = view[m.end() : m.end() + 10]
        if _NOT_DOOR_AFTER.match(after) or _NOT_ROOM_AFTER.match(after):
            continue
        if _COUNT_BEFORE.search(before) or _NOT_ROOM_BEFORE.search(before):
            continue
        if m.group() in rooms or _ROOM_BEFORE.search(before) or _ROOM_AFTER.match(after):
            spans.append(_Span(m.start(), m.end(), KIND_UNIT))
    return spans


# GB 50016-2014, JGJ 130: a standard's number, not a phone.
# GB 50016-2014, No.0028716, 出警编号20240611-0093, SZJC-2024-0619, SH12345-1108-03317: a
# document's number.
_STANDARD = re.compile(
    r"(?:gb|gb/t|jgj|jg|cj|db|iso|en|no\.?|编号|单号|工单号?|回执号?|文号|合同号|订单号|"
    r"流水号|批次号?|[a-z]\d*-)\s*[:：]?\s*$"
)
# Numbers anyone may call, printed on every notice board: 400-880-6677, 95598.
_MOBILE = re.compile(r"1[3-9]\d(?:\D?\d){8}")
_PUBLIC_NUMBER = re.compile(r"(?:400|800)\d{7}")


_UNIT_SHAPE = re.compile(r"\d{1,3}-\d{1,2}-\d{3,4}|\d{1,3}-\d{3,4}")
_MOBILE_DIGITS = re.compile(r"(?:86)?1[3-9]\d{9}")
_MEASURE_AFTER = re.compile(r"\s*" + _MEASURE)


def _number_kind(digits: str, run: str, after: str) -> str | None:
    """What a run of digits (separators already dropped) is, given what follows it."""
    if len(digits) >= 15 or (run.endswith("x") and len(digits) >= 14):
        return KIND_ID if len(digits) in (15, 17, 18) else KIND_ACCOUNT
    if len(digits) < 7:
        return None
    if _PUBLIC_NUMBER.fullmatch(digits):
        return None
    mobile = _MOBILE_DIGITS.fullmatch(digits) is not None
    if not mobile and (_MEASURE_AFTER.match(after) or _UNIT_SHAPE.fullmatch(run)):
        return None
    return KIND_PHONE


def _pattern_spans(view: str, rooms: frozenset[str] | set[str] = frozenset()) -> list[_Span]:
    """The patterns' finds in `view`, with the bare flat numbers of `_room_spans`."""
    spans: list[_Span] = []
    for m in _NUMBERS.finditer(view):
        if m.lastgroup == "grouped":
            spans.append(_Span(m.start(), m.end(), KIND_PHONE))
        if m.lastgroup != "run":
            continue
        run = m.group()
        if len(run) < 7:
            continue  # fewer than 7 digits: no phone, ID or account (most runs)
        start, end = m.span()
        kind = _number_kind(_NOT_DIGIT.sub("", run), run, view[end : end + 4])
        # A document's number (No.0028716) is no phone; an ID or a mobile stays one. Looked
        # for last: most runs are no phone at all.
        if kind and not (
            kind == KIND_PHONE
            and not _MOBILE.search(run)
            and _STANDARD.search(view, max(0, start - 8), start)
        ):
            spans.append(_Span(start, end, kind))
    spans += [_Span(m.start(), m.end(), KIND_EMAIL) for m in _EMAIL.finditer(view)]
    spans += [_Span(m.start(), m.end(), KIND_PLATE) for m in _PLATE.finditer(view)]
    spans += [_Span(m.start(), m.end(), KIND_ID) for m in _PASSPORT.finditer(view)]
    spans += [_Span(m.start(1), m.end(1), KIND_ACCOUNT) for m in _ACCOUNT.finditer(view)]
    for pattern in _UNITS:
        spans += [_Span(m.start(), m.end(), KIND_UNIT) for m in pattern.finditer(view)]
    return spans + _room_spans(view, rooms)


# ---------------------------------------------------------------------------------------
# The register's values


_IN_BRACKETS = re.compile(r"[（(]([^）)]*)[）)]")
_BETWEEN_NAMES = re.compile(
    rf"[、，,/;；|&：:]+|\s+[和与及跟]\s+|(?<=[{_HAN}]{{2}})[和与及跟](?=[{_HAN}]{{2}})"
)
_DIGIT = re.compile(r"\d")
_ENDS_HONORIFIC = re.compile(rf"(?:{_HONORIFIC})$")


def _name_parts(cell: str) -> tuple[tuple[str, str], ...]:
    """The people a name cell names, each as (name, what replaces it, '' for 某某):
    孙丽、周强 -> 孙丽, 周强; 黄晓明先生 -> 黄晓明; 赖国栋（业主） -> 赖国栋; 冯　雪 -> 冯雪;
    前台小林 -> 小林; 林女士 -> 林女士 (replaced by 某女士)."""
    if (
        _HAN_NAME.fullmatch(cell)
        and cell not in _NOT_CELL_NAMES
        and not _CELL_EXTRAS.search(cell)
        and not _ENDS_HONORIFIC.search(cell, 1)
    ):
        return ((cell, ""),)  # most cells: one name as it is, nothing to split or strip
    names = []
    for part in _BETWEEN_NAMES.split(_IN_BRACKETS.sub(r"、\1、", cell)):
        words = part.split()
        # 冯　雪, 王 秀 芝: spaces inside one name; 孙丽 周强: two names.
        people = ["".join(words)] if any(len(w) < 2 for w in words) else words
        # Vivian 蒋: an English given name beside the surname is written alone too.
        english = [] if part.isascii() else [w for w in words if w.isascii()]
        for word in dict.fromkeys(english + people):
            word = _CELL_EXTRAS.sub("", word).strip("-—_·.:：#")
            if word in _NOT_CELL_NAMES or _DIGIT.search(word):
                continue
            # The longest title the name ends with, after at least one character.
            title = _ENDS_HONORIFIC.search(word, 1)
            if title and title.start() == 1:
                names.append((word, "某" + title.group()))
            elif title:
                names.append((word[: title.start()], ""))
            elif len(word) >= 2:
                names.append((word, ""))
    return tuple(names)


# The dots between the parts of a transliterated name (热依拉·阿不都, 扎西•顿珠).
_NAME_DOTS = re.compile(r"[·•・.．]")
# What a name cell adds around a name: who the person is to the complaint or to the office.
_CELL_EXTRAS = re.compile(
    # a flat (11-1516郑姐, 7栋1004王伟), a role or a team (前台小林, 维修班老郑, 工程部王工)
    r"^[\dA-Za-z#＃\-栋座幢单元室号楼]*\d[\dA-Za-z#＃\-栋座幢单元室号楼]*"
    r"|^(?:[\u4e00-\u9fff]{1,4}?(?:部|班|组|队|中心|处)|业主|住户|租户|投诉人|户主|前台|客服|"
    r"保安|保洁|管家|维修|工程|秩序|值班|物业)+"
    r"|(?:夫妇|夫妻|一家|全家|家属|等人|等[\d一二三四五六七八九十两几]*户?(?:业主)?|本人|父子|母子|"
    r"父女|母女|老人)+$"
    r"|^(?:父子|母子|父女|母女|夫妇|夫妻|一家|全家|家属|本人|老人|代理人)$"
)


def _name_variants(name: str) -> list[str]:
    """How staff also write a resident they know: 欧阳 for 欧阳慧敏, 淑芬姐 for 邓淑芬, 热依拉
    or 热依拉阿不都 for 热依拉·阿不都."""
    parts = _NAME_DOTS.split(name)
    if len(parts) > 1 and all(_ALL_HAN.fullmatch(p) for p in parts):
        return [p for p in parts if len(p) >= 2] + ["".join(parts)]
    compound = name[:2] if name[:2] in _COMPOUNDS else None
    if compound:
        # 东方 and 长孙 are everyday words too (东方雨虹, 长孙子): not on their own.
        return [compound] if len(name) > 2 and compound not in ("东方", "长孙") else []
    if len(name) == 3 and _ALL_HAN.fullmatch(name):
        return [name[1:] + "姐", name[1:] + "哥"]
    return []


@lru_cache(maxsize=65536)
def is_role(value: str) -> bool:
    """A staff column holding a role (前台, 客服, 工程部, 值班经理, 郑经理) rather than a name.
    A surname before a title (郑经理) counts as a role here: the title pattern hides the
    surname wherever the text writes it."""
    folded = fold(value)
    if any(w in folded for w in ROLE_WORDS if len(w) > 1):
        return True
    if any(folded.endswith(w) for w in ROLE_WORDS if len(w) == 1):
        return True
    # A name: a surname first (郑伟, 小林), or an English name (Lily, Jason Wu).
    return not (re.match(f"(?:{_SURNAME}|[小老阿])", folded) or _LATIN_CELL.fullmatch(folded))


_LATIN_CELL = re.compile(r"[a-z]{3,}(?:[ .·'-]+[a-z]+)*")


# The flat number at the end of a folded unit (3栋2单元1102室, 0810-a室, 512-2床 -> 1102, 0810, 512).
_ROOM_AT_END = re.compile(r"(\d{3,4})(?:-?[a-z])?(?:室|房|号|户)?(?:-?\d{1,2}床|床位?\d{1,2})?$")


_PHONES_IN_CELL = re.compile(r"[、，,;；/]|\s{2,}")
# 010-68531274转3306: an extension is no part of the number texts write
_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x)\s*\d{1,6}$")
_NOT_DIGIT = re.compile(r"\D")
_HAN_NAME = re.compile(f"[{_HAN}]{{2,4}}")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_ALL_HAN = re.compile(f"[{_HAN}]+")


# What a cell adds to the register's values: (folded value, kind, replacement) each.
Contributions = tuple[tuple[str, str, str], ...]
# The columns whose cells `CellValues` keeps, in its fields' order.
_CELL_COLUMNS = ("complainant", "unit", "phone")


class CellValues(NamedTuple):
    """What each complainant, unit and phone cell adds to the register's values, by the cell
    as written: an export keeps it for the next one, which reads only cells it has not seen
    (the cells of 100,000 rows take seconds to read)."""

    complainant: dict[str, Contributions]
    unit: dict[str, Contributions]
    phone: dict[str, Contributions]


def _cell_values(complainants: list[str], units: list[str], phones: list[str]) -> CellValues:
    """What each cell adds: every value as written first, then all folded in one pass (a fold
    per value was most of the time at 100,000 rows)."""
    names = {
        cell: [
            pair
            for name, replacement in _name_parts(cell)
            # 淑芬姐 and 欧阳 name the resident: never a staff role's replacement
            for pair in [(name, replacement), *((v, "") for v in _name_variants(name))]
        ]
        for cell in complainants
    }
    parts = {cell: _PHONES_IN_CELL.split(cell) for cell in phones}
    raw = [n for ps in names.values() for n, _ in ps]
    raw += [cell.strip() for cell in units]
    raw += [p for ps in parts.values() for p in ps]
    folded = iter(_fold_all(raw))  # each cell takes its own values from it, in order
    complainant = {
        cell: tuple(
            [
                (value, KIND_NAME, replacement)
                for (_, replacement), value in zip(ps, folded, strict=False)
                if len(value) >= 2
            ]
        )
        for cell, ps in names.items()
    }
    unit = {cell: _unit_values(next(folded)) for cell in units}
    phone = {
        cell: tuple(
            [
                (digits, KIND_PHONE, "")
                for _, value in zip(ps, folded, strict=False)
                if len(digits := _NOT_DIGIT.sub("", _EXTENSION.sub("", value))) >= 7
            ]
        )
        for cell, ps in parts.items()
    }
    return CellValues(complainant, unit, phone)


# The home at the end of a folded unit that has no flat number of three digits or more: a
# floor and door (融汇丽苑3栋16-4), building-entrance-door (8-3-5), a villa (云栖玫瑰园10幢,
# 御园别墅k8, 九龙仓玺园f12栋), a shop (太古汇l2-17, 海港城商铺g-08) or a floor's unit (17楼b).
_HOME_AT_END = re.compile(
    r"(?<![0-9a-z\-])(?:(\d{1,2}-\d{1,2})|(\d{1,2}-\d{1,2}-\d{1,2})|(\d{1,3}幢)"
    r"|([a-z]{1,2}\d{0,2}-?\d{1,3}|\d{1,2}f-?\d{1,3})(栋|幢)?|(\d{1,2})楼([a-z]))$"
)


_LETTERS_DASH = re.compile(r"[a-z]+-")


def _home_values(unit: str) -> list[str]:
    home = _HOME_AT_END.search(unit)
    if home is None or home.start() == 0:  # a cell holding only 16-4 is matched whole
        return []
    door, parts, villa, code, _, floor, letter = home.groups()
    if code:  # g-08 is written g08 too; f12栋 f12
        bare = code.replace("-", "") if _LETTERS_DASH.match(code) else code
        return list(dict.fromkeys([home.group(), code, bare]))
    if floor:
        return [home.group(), floor + letter]
    return [door or parts or villa]


def _unit_values(unit: str) -> Contributions:
    """A folded unit's values: its flat number (1102 of 3栋2单元1102室, and the f11-02 an
    office tower writes for it) or the home it ends with (16-4, k8), and itself."""
    out = []
    if room := _ROOM_AT_END.search(unit):
        flat = room.group(1)
        out += [(flat, KIND_UNIT, ""), (f"f{flat[:-2]}-{flat[-2:]}", KIND_UNIT, "")]
    else:
        out += [(home, KIND_UNIT, "") for home in _home_values(unit) if len(home) >= 2]
    if len(unit) >= 3 or (len(unit) == 2 and not unit.isdigit()):
        out.append((unit, KIND_UNIT, ""))
    return tuple(out)


class Changes(NamedTuple):
    """The register's values since an export, as `may_mention` reads them."""

    values: list[str]  # new, gone or replaced otherwise, but for the names
    names: list[str]  # names new, gone or with another replacement
    # Unchanged values that hold one of `names` (张翔宇 holds 张翔): where one is matched, its
    # span holds the name's, so whether the name is a value changes nothing there.
    covers: list[str]
    surnames: frozenset[str]  # that came or went


class RegisterValues:
    """The register's personal values in their folded variants, each with its kind and what
    replaces it, and the rows it came from; compiled once into one automaton."""

    def __init__(
        self,
        values: dict[str, tuple[str, str]],
        rows: dict[str, list[int]],
        cells: CellValues | None = None,
    ):
        # folded value -> (kind, replacement or ''): what matching reads, and what a later
        # export compares its own values with (`changed_since`)
        self.values = values
        self.rows = rows  # folded value -> its register rows, in order: for the gate's messages
        self.cells = cells or CellValues({}, {}, {})  # what each cell added, for the next export
        # Flats written bare (1102, 16-4): matched in room context, not wherever they occur
        self.rooms = {
            v
            for v, (kind, _) in values.items()
            if kind == KIND_UNIT and (v.isdigit() or _FLOOR_DOOR.fullmatch(v))
        }
        self.digits = {v for v in values if len(v) >= 7 and v.isdigit()}
        # The surnames of the register's people: 官先生 is the row's 官建华 whatever our list
        # of surnames says.
        self.surnames = _surnames(values)

    @cached_property
    def by_key(self) -> dict[str, tuple[int, ...]]:
        """For the gate's message: a unit or phone written another way still names its rows
        (5栋1622 as 5-1622, 0755-87654321 as 8765 4321, 13927788116 as +86 139 2778 8116)."""
        rows_by_key: dict[str, set[int]] = {}
        for value, (kind, _) in self.values.items():
            for key in _keys(value, kind):
                rows_by_key.setdefault(key, set()).update(self.rows[value])
        return {key: tuple(sorted(rows)) for key, rows in rows_by_key.items()}

    @cached_property
    def _words(self) -> list[str]:
        return [v for v in self.values if v not in self.rooms and v not in self.digits]

    @cached_property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick | None:
        # Built when first matched: a sync whose rows are all kept never needs it.
        return ahocorasick_rs.AhoCorasick(self._words) if self._words else None

    @classmethod
    def from_records(
        cls,
        records: Sequence[Record],
        staff_roles: Mapping[str, str] | None = None,
        seen: CellValues | None = None,
    ) -> RegisterValues:
        """The values of `records`' complainant, unit, phone and staff cells; a cell in
        `seen` (what the last export read) is not read again. The cells read are kept in
        `cells`, for the next export."""
        seen = seen or CellValues({}, {}, {})
        columns = [
            [str(cell) if (cell := r.values.get(column)) else "" for r in records]
            for column in _CELL_COLUMNS
        ]
        present = [set(column) - {""} for column in columns]
        cells = CellValues(*(_still_present(k, p) for p, k in zip(present, seen, strict=True)))
        unseen = [list(p.difference(now)) for p, now in zip(present, cells, strict=True)]
        for now, new in zip(cells, _cell_values(*unseen), strict=True):
            now.update(new)
        cells_of = [
            list(map({**now, "": ()}.__getitem__, column))
            for column, now in zip(columns, cells, strict=True)
        ]
        found = _Found({}, {})
        values, rows_of = found.values, found.rows
        # One row's values at a time, inline (no call): this loop runs once per value per row.
        for record, *added in zip(records, *cells_of, strict=True):
            row = record.row
            for contributions in added:
                for value, kind, replacement in contributions:
                    old = values.get(value)
                    if old is None:
                        values[value] = (kind, replacement)
                        rows_of[value] = [row]
                        continue
                    have = rows_of[value]
                    if have[-1] < row:
                        have.append(row)
                    elif have[-1] != row:  # records out of row order
                        have[:] = sorted({*have, row})
                    if old[1] and not replacement:
                        values[value] = (old[0], "")
        # Staff cells repeat row after row: each distinct one is read once, with its rows.
        staff: dict[tuple[str, str], list[int]] = {}
        roles = list((staff_roles or {}).items())
        for record in records:
            for key, role in roles:
                if person := record.values.get(key):
                    staff.setdefault((str(person), role), []).append(record.row)
        staff_names = [
            (name, role, rows)
            for (cell, role), rows in staff.items()
            for name, _ in _name_parts(cell)
            if not is_role(name)
        ]
        folded = _fold_all([name for name, _, _ in staff_names])
        for (_, role, rows), value in zip(staff_names, folded, strict=True):
            if len(value) >= 2:
                found.add(value, KIND_NAME, rows, role)
        return cls(found.values, found.rows, cells)

    def changed_since(
        self, values: Mapping[str, tuple[str, str]], surnames: AbstractSet[str]
    ) -> Changes:
        """What changed since an export made against `values` (as `values` holds them) and
        `surnames`: all a text anonymized then can have been matched differently by."""
        changed = {v for v, _ in self.values.items() ^ values.items()}
        names = [
            v for v in changed if all(d[v][0] == KIND_NAME for d in (self.values, values) if v in d)
        ]
        others = list(changed.difference(names))
        covers = _holding(names, list(self.values), changed) if names else []
        return Changes(others, names, covers, self.surnames ^ surnames)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, RegisterValues)
            and self.values == other.values
            and self.rows == other.rows
        )

    __hash__ = None  # type: ignore[assignment]  # mutable contents

    def to_json(self) -> list[list[Any]]:
        rows = self.rows
        return [[v, k, rows[v], r] for v, (k, r) in self.values.items()]

    @classmethod
    def from_json(cls, data: Iterable[Sequence[Any]]) -> RegisterValues:
        entries = [(str(v), str(k), [int(r) for r in rows], str(r)) for v, k, rows, r in data]
        return cls({v: (k, r) for v, k, _, r in entries}, {v: rows for v, _, rows, _ in entries})

    def __len__(self) -> int:
        return len(self.values)

    def spans(self, compact: _View) -> list[_Span]:
        """Where the register's words (names, whole units) occur in the spaceless view."""
        if self._automaton is None:
            return []
        out = []
        text = compact.text
        # Overlapping: 房东方建国 holds 东方 (a value) and 方建国 (another); both are found and
        # merged, where a leftmost match would hide the name behind the surname.
        for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            value = self._words[index]
            # Inline, not _alnum(value[0]): this runs once per match, millions in an export.
            if (
                value[0].isascii()
                and value[0].isalnum()
                and start
                and _alnum(text[start - 1])
                and compact.joined(start)
            ) or (
                value[-1].isascii()
                and value[-1].isalnum()
                and end < len(text)
                and _alnum(text[end])
                and compact.joined(end)
            ):
                continue  # 302 inside 13025, Oliver inside Olivera: not this value
            if value[0].isdigit() and start and text[start - 1] in "月第":
                continue  # a building's 14号 in 3月14号, 第5幢: a date, an ordinal
            kind, replacement = self.values[value]
            out.append(_Span(start, end, kind, self.rows[value], replacement))
        return out


def _holding(names: list[str], values: list[str], changed: AbstractSet[str]) -> list[str]:
    """The `values` not `changed` that hold one of `names` and whose every match stands as a
    span: matched by the automaton (not digits alone) and never dropped at an ASCII word's
    edge. A span over a name is no weaker than the name's own (a name is the weakest kind)."""
    ends = list(map(add, accumulate(map(len, values)), count()))  # each value's end, in C
    found = ahocorasick_rs.AhoCorasick(names).find_matches_as_indexes(_JOIN.join(values))
    holding = {values[bisect_left(ends, start)] for _, start, _ in found}.difference(changed)
    return [v for v in holding if not v.isdigit() and not _alnum(v[0]) and not _alnum(v[-1])]


def _still_present(known: dict[str, Contributions], present: set[str]) -> dict[str, Contributions]:
    """`known` without the cells no longer `present`: a copy and a few deletions, where a
    comprehension over every cell costs a Python step each."""
    kept = dict(known)
    for gone in kept.keys() - present:
        del kept[gone]
    return kept


def _surnames(values: Mapping[str, tuple[str, str]]) -> frozenset[str]:
    """The surnames of the people among {value: (kind, replacement)}."""
    return frozenset(
        v[0]
        for v, (kind, replacement) in values.items()
        if kind == KIND_NAME
        and not replacement
        and _HAN_NAME.fullmatch(v)
        and v[0] not in "小老阿大"
        and v[-1] not in "姐哥"  # 淑芬姐: a given name's variant, no surname
    )


class _Found(NamedTuple):
    """The register's values as `from_records` finds them: kind and replacement, and rows."""

    values: dict[str, tuple[str, str]]
    rows: dict[str, list[int]]

    def add(self, value: str, kind: str, rows: list[int], replacement: str) -> None:
        """A staff member's name on `rows`, after the residents' values: a person who is
        both staff and resident keeps the resident's 某某, not the role."""
        if value in self.values:
            self.rows[value] = sorted(set(self.rows[value]).union(rows))
        else:
            self.values[value] = (kind, replacement)
            self.rows[value] = list(rows)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ---------------------------------------------------------------------------------------
# Free-text names

# Characters common in given names and rare as the second and third of a word that starts
# with a surname: 严立新, 柯文婷, 范志强 read as words to the tagger (立新, 志强), but where a
# person is expected (after a word for one, a flat or a list's name) they are names.
_GIVEN = frozenset(
    "依小长伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红燕鹏辉健建国林波斌宇浩凯峰鑫亮晨欣雪琳婷倩颖慧晶莉梅琴云丹玲飞雷鸣志海文武成东俊新春畅"
    "秋冬荣宏兵彬佳嘉悦怡雨思梦雅涵轩睿博宁安然梓晓立德永福祥贵富金宝清泉江松柏青庆兴旺喜莲菊凤珍珠翠香芬美善爱惠淑贞洁琼瑶璐露媛妍姝蕾蓉薇菲芸芹"
    "萱岚月星阳光晖旭昊昕晗天航翔龙虎彪威雄豪彦毅诚信义仁礼智忠孝廉良康泰顺利达胜捷坤乾振民力根财全友才正世森川岩坚铁钢锋铭锐钧铮锦绣彩虹雯霏冰凌"
    "霜琪琦瑞璇瑾瑜璟珊珂玮玥钰婧婉娴姗娅妮娇嫣婵鸿雁鹃鸾莺佩琛宸泽洲淼沛澜润源溪潇湘汉中邦卫保伦运昌盛茂展远树培基耀祖宗继承绍延升腾跃扬帆舟彤赤"
    "紫碧黛素晴朗曦辰楠桐桦杨柳枫榕樱桃杏荷芷若茹蓓蕊芮芊苗茜苒莹萌蔓婕娥姣妤怀念恩宜容仪蓝馨菁蓁娣妹弟珏琰琬瑛璋珺君钦章霖峻崇岭峥嵘崧巍湖涌浪滔"
    "潮澄沁汐贤恒增垚尧舜禹汤旋勋励劲勉彭鼎铎锴钊锟镇炎焱煜烨炜灿熠晟昱晏映昭晋普景暄暖曼朋望朝曙玺琨亚"
)


def _given_names(word: str) -> bool:
    """A surname (one character or two) and two characters of given names."""
    surname = 2 if word[:2] in _COMPOUNDS else 1
    return (
        len(word) == surname + 2
        and (surname == 2 or word[0] in SURNAMES)
        and all(c in _GIVEN for c in word[surname:])
    )


# Words that introduce a person: the name follows (邻居黄晓明, 保安刘建军).
_PERSON_WORDS = (
    "业主|住户|租户|户主|房东|邻居|投诉人|来电人|来访人|反映人|联系人|保安|保洁|保洁员|"
    "师傅|经理|主管|队长|班长|楼长|单元长|管家|客服|前台|同事|朋友|亲戚|家属|儿子|女儿|丈夫|妻子|"
    "老公|老婆|母亲|父亲|爸爸|妈妈|爷爷|奶奶|外婆|老人|孩子|维修工|水电工|电工|工人|员工|"
    "司机|装修工|施工方|负责人|对方|其子|其女|其夫|其妻|女士|先生|名叫|姓名|门卫|组长|阿姨|"
    "爱人|老伴|配偶|家人|孙子|孙女|外孙|侄子|女婿|儿媳|保姆|租客|车主|委员|主任|店主|老板|会计|"
    "出纳|律师|民警|警官|网格员|保安员|工长|岳母|岳父|公公|婆婆|其妹|其弟|其兄|其姐|妹妹|弟弟|"
    "哥哥|姐姐|舅舅|姑姑|我爸|我妈|老爸|老妈|小孩|男孩|女孩|室友|房客|钟点工|家政|监理|班组长|安装工|送水工|快递员|"
    "店员|营业员|收银员|老板娘|服务员|屋主|住客|管理员|抄表员|维修员|作业人员|代理人|登记人|"
    "全名|真名|本名|原名|实名|表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|外甥|同事|她妈|他妈|她爸|他爸|"
    "婆娘|维保员|护理员|辅警|唱票人|计票人|发帖人|付款人|收款人|接报人|油漆工|锁匠|干事|名单|名字|"
    "登记名|学徒|徒弟|骑手|理赔员|查勘员|消防员|检查员|监事|同学|女友|男友|前夫|前妻|承租人|同住人|"
    "代投人|收件人|寄件人|总监|群主|团长|设计师|施工员|带班|陪同人|秩序员|技工|水电工|木工|瓦工|"
    "主人|出席|缺席|列席|店长|代表|小伙子|小伙|小姑娘|姑娘|男子|女子|老头|老太太|支书|村支书|媳妇|"
    "他哥|他弟|他姐|他妹|她哥|她弟|她姐|她妹|她男人|俺爹|俺娘|俺哥|俺姐|居民|家长|"
    "个仔|个女|个孙|阿妈|阿爸|老豆|老母|实习生|网管|小妹"
)
# Words after which a name often follows but so does anything else (联系黄晓明, 及时报修).
_LINK_WORDS = "叫|找|由|请|让|转告|通知|告知|提醒|联系|和|与|及|跟|同|向|给|被|据|问|安排"
_PERSON_WORDS = "|".join(sorted(_PERSON_WORDS.split("|"), key=len, reverse=True))
_INTRO = _PERSON_WORDS + "|" + _LINK_WORDS
# Verbs after a name (黄晓明说, 孙丽反映).
_AFTER = (
    "说|称|讲|反映|表示|投诉|来电|来访|致电|告知|要求|同意|认为|确认|答应|签字|签收|回复|"
    "拒绝|承认|提出|报修|报警|家|一家|夫妇|本人|在场|到场|上门|下楼|出面|电话|手机|两户|等人|"
    "骂|辱骂|威胁|殴打|推搡|打人|动手|吼|身份证|护照|出国|住院|去世|搬走|搬离|反对|赞成|弃权|"
    "已经|一直|又把|已把|也说|还说|"
    r"\d+票"  # a tally (景海涛186票)
)
# Lookaheads, so an introducing word inside another's match is still seen (联系车主周建平).
_PERSON_NAME = re.compile(
    rf"{_starts(*_PERSON_WORDS.split('|'))}(?=(?:{_PERSON_WORDS})(?:[（(][^）)]{{1,10}}[）)])?(?:是|系)?[（(：:]?"
    rf"({_SURNAME}[{_HAN}]{{1,2}}))"
)
_LINKED_NAME = re.compile(
    rf"{_starts(*_LINK_WORDS.split('|'))}(?=(?:{_LINK_WORDS})({_SURNAME}[{_HAN}]{{1,2}}))"
)
_ENDS_INTRO = re.compile(rf"(?:{_INTRO})$")
_ENDS_PERSON = re.compile(rf"(?:{_PERSON_WORDS})$")
_PERSON_WORD = re.compile(_PERSON_WORDS)
_NAME_AFTER = re.compile(rf"{_AT_SURNAME}({_SURNAME}[{_HAN}]{{1,2}}?)(?={_AFTER})")
_TITLED = re.compile(
    rf"{_AT_SURNAME}({_SURNAME})(?:{_HONORIFIC}|太(?![挤吵脏贵多少大小高低冷热累远近久快慢差好难重轻深浅长短晚早乱了过"
    rf"不没热闹简单麻烦严危可窄宽]))"
)
_NICKNAME = re.compile(rf"[小老]([{SURNAMES}])")
_ANY_TITLED = re.compile(rf"([{_HAN}])(?=(?:{'|'.join(PERSON_TITLES)}))")
# Characters before a title that make a phrase, not a name (那位先生, 老先生, 男女).
_NOT_BEFORE_TITLE = frozenset(
    "的老该此这那位每各某本男女小大一二三四五六七八九十两几多好众诸先后前新旧上下给和跟与对向"
    "把被让叫请由是在有为称说问找名个家户们同他她我你您它其洁政递姆店馆"
)
# 昵称“岁月静好”, 叫“快乐老头”, 叫伊“水仔”, 群里“向日葵”, 付款人“光哥”: a nickname in quotes.
_QUOTED_NICKNAME = re.compile(
    r"(?:昵称|微信名|网名|群名片?|群昵称|微信昵称|花名|名叫|叫做?|[叫喊](?:他|她|伊)|群里|付款人|收款人|"
    r"发帖人|外号|绰号|小名|自称)\s*[:：]?\s*[“\"「『]([^”\"」』]{1,12})[”\"」』]"
)
# 乐乐妈, 豆豆爸爸: a parent by the child's pet name (天天妈妈: every day, mother).
_PARENT = re.compile("妈妈|爸爸|妈|爸")
_NOT_PET = frozenset(
    ("天天", "常常", "刚刚", "慢慢", "好好", "人人", "偏偏", "渐渐", "妈妈", "爸爸", "哥哥", "姐姐",
     "弟弟", "妹妹", "爷爷", "奶奶", "叔叔", "舅舅", "姑姑", "明明", "宝宝")
)  # fmt: skip


# 狗蛋, 铁柱, 狗剩, 二妮, 三妞, 二愣: a village's nicknames, by their form; 小帅他爹, 二小家的,
# 拴柱媳妇: a nickname before whose parent, household or wife it names.
_VILLAGE_NICKNAME = re.compile(
    "(?:[狗铁黑石钢牛][蛋娃]|[铁拴栓石][柱锁]|狗剩|[满来][仓福囤]"
    "|(?<![一二三四五六七八九十第百千万两])[二三四五六七八九][妮妞丫愣胖孬憨蛋狗]|[二三四五六七八九细]毛(?![钱线衣巾]))"
    "(?![糕汤饼面花卷白黄壳皮])"
)
_KIN_OF = re.compile("(?:他|她)?(?:爹|娘|爸|妈)|媳妇|家的|家(?=[说办])")
_NOT_KIN_OF = re.compile(
    "[他她我你您俺伊这那哪谁咱自人亲东农老的爹娘爸妈囡伢娃和与跟同及是个]|大家|楼|邻|孩|子女|物业|业主|住户|对门|隔壁"
)
_NICKNAME_START = frozenset("小大二三四五六七八九阿")


def _village_names(view: str) -> Iterator[tuple[int, int]]:
    yield from (m.span() for m in _VILLAGE_NICKNAME.finditer(view))
    for m in _KIN_OF.finditer(view):
        at = m.start()
        word = view[at - 2 : at]
        if (
            len(word) == 2
            and _ALL_HAN.fullmatch(word)
            # 他爹/她娘 say whose parent outright (建业他爹); 爹, 家 alone need a nickname's form
            and (
                m.group()[0] in "他她"
                or word[0] in _NICKNAME_START
                or all(c in _GIVEN for c in word)
            )
            and not _NOT_KIN_OF.search(word)
            and word not in _NOT_PET
            and not _PERSON_WORD.fullmatch(word)
            and not (m.group()[-1] in "爹娘爸妈" and rjieba.has_word(view[at - 1 : at + 1]))
            and not _word_ends_kin(view, m.end())  # 他娘家: her family's home
            and _tags(word)[0][1] not in _NOT_NICKNAME_TAGS  # 处理他娘家
            and _word_starts(view, at - 2)  # 小姑|娘, 新娘; not 大家
        ):
            yield at - 2, at


def _word_ends_kin(view: str, end: int) -> bool:
    """Whether the kin word ending at `end` begins a word with what follows (娘家, 爹妈)."""
    pair = view[end - 1 : end + 1]
    return len(pair) == 2 and rjieba.has_word(pair)


def _word_starts(view: str, at: int) -> bool:
    """Whether no word of the dictionary runs across `at` from before it."""
    return not _inside_a_word(view[max(0, at - 3) : at + 1], view[at + 1 : at + 2], hmm=False)


def _pet_parents(view: str) -> Iterator[tuple[int, int]]:
    for m in _PARENT.finditer(view):
        at = m.start()
        pet = view[at - 2 : at]
        if (
            at >= 2
            and pet[0] == pet[1]
            and _HAN_CHAR.match(pet)
            and pet not in _NOT_PET
            # after a clause, or a word that introduces someone (联系乐乐妈), not inside words
            and (
                not (at >= 3 and _HAN_CHAR.match(view, at - 3))
                or _ENDS_INTRO.search(view, max(0, at - 8), at - 2)
            )
        ):
            yield at - 2, at  # the child's name: 东东妈 -> 某某妈, and 东东 wherever it recurs


# 账号是@…, 微博(@…: where an account is named; lookbehinds from the @ (rare), one per width.
_ACCOUNT_BEFORE = "|".join(
    f"(?<={word}{re.escape(sep)}@)"
    for word in ("账号", "帐号", "博主", "用户", "微博", "抖音", "快手", "小红书")
    for sep in ("", "是", "为", ":", "：", "(", "（")
)
# Nicknames by their form: 杨娃儿, 梅老三, 万老四; “飞哥”, “强哥” in quotes; what quotes hold
# before a bracket that says whose it is (“岁月静好”（5栋1302隆女士）, “七彩云朵”（群昵称）) or
# with a flat inside (“燕子(5座1005)”); a handle before one (@南方的风（5栋物业管家）); a name
# before （小名）.
_NICKNAMES = (
    re.compile(rf"{_AT_SURNAME}({_SURNAME}(?:娃儿|老[大二三四五六七八九幺]))"),
    re.compile(rf"{_AT_SURNAME}({_SURNAME}老)(?=要求|说|表示|反映|同意|儿子|女儿|老伴|家)"),
    re.compile(rf"[“\"「『]([{_HAN}]{{1,2}}[哥姐])[”\"」』]"),
    re.compile(
        r"[“\"「『]([^”\"」』\s]{1,12})[”\"」』][（(](?:群昵称|昵称|网名|微信名|群名|"
        r"[^）)]{0,8}\d{3,4}[^）)]{0,4}[）)]|(?:保安|管家|业主|住户)[）)])"
    ),
    re.compile(rf"[“\"「『]([{_HAN}]{{1,6}})[（(][^）)]{{0,8}}\d{{3,4}}[）)][”\"」』]"),
    re.compile(r"@([^\s@，,：:（(]{1,12})[（(]"),
    # 账号是@糖糖的日常: a handle where an account is named (a chat's @管家 is a role)
    re.compile(f"@(?:{_ACCOUNT_BEFORE})" r"([^\s@，,：:（(。；;、！!？?）)]{2,12})"),
    # 小凯（罗凯）: a nickname before the full name in brackets (found from the bracket: fast)
    re.compile(rf"[（(](?<=([小阿][{_HAN}])[（(])(?={_SURNAME}[{_HAN}]{{1,2}}[)）])"),
    re.compile(rf"([{_HAN}]{{2,3}})[（(](?:小名|绰号|外号|昵称|乳名|网名)[）)]"),
)
# さとう けんいち, 山本さん: a name in hiragana (katakana writes loanwords: カラオケ), or before a
# Japanese honorific (found from the honorific, which is rare, then looked behind).
# A run of hiragana (a given name), or of Hangul (a Korean resident's name: 김지훈), in a Chinese
# register.
_HIRAGANA_NAME = re.compile(
    r"[\u3041-\u3096]{2,}(?<!さん)(?<!ちゃん)(?<!くん)(?<!さま)|[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])"
)
_JAPANESE_TITLE = re.compile("さん|ちゃん|くん|さま|様")
# The Han characters that end a window of the text (the window bounds how many).
_HAN_BEFORE = re.compile(f"[{_HAN}]+$")


def _kana_names(view: str) -> Iterator[tuple[int, int]]:
    yield from (m.span() for m in _HIRAGANA_NAME.finditer(view))
    for m in _JAPANESE_TITLE.finditer(view):
        if han := _HAN_BEFORE.search(view, max(0, m.start() - 3), m.start()):
            start = han.start()
            # not into a word for a person before the name (租户|田中さん)
            while start < m.start() - 1 and _ENDS_PERSON.search(view, max(0, start - 5), start + 1):
                start += 1
            yield start, m.start()


# 李春花（朝鲜族管家）: a name before a bracket that says what the person is (found from the
# bracket, then the longest name before it that starts with a surname).
_ROLE_BRACKET = re.compile(rf"[（(](?=[^）)]{{0,8}}(?:{_PERSON_WORDS})[）)])")
_NAME_BEFORE = re.compile(rf"(?:{_SURNAME}[{_HAN}]{{1,2}})$")


def _roles_after(view: str) -> Iterator[tuple[int, int]]:
    for m in _ROLE_BRACKET.finditer(view):
        at = m.start()
        if name := _surname_name_before(view, at):
            yield name
        elif _given_alone(view, at):  # 春雨（1205住户）, 告知文明（物业秩序员）
            yield at - 2, at


def _surname_name_before(view: str, at: int) -> tuple[int, int] | None:
    """The longest surname and given names ending at `at`, when it reads as a name."""
    for size in (4, 3, 2):
        name = _NAME_BEFORE.fullmatch(view, max(0, at - size), at)
        if name and at >= size:
            word = name.group()
            good = _good_name(word, strict=False) and not _ENDS_HONORIFIC.search(word)
            return name.span() if good else None
    return None


# What the tagger reads as a place, a time, a number or a function word: not a name before a
# bracket (通知楼上（1806住户）).
_NOT_NAME_TAGS = {"s", "f", "t", "r", "p", "c", "d", "u", "uj"}


def _given_alone(view: str, at: int) -> bool:
    """春雨（1205住户）, 告知文明（物业秩序员）: two characters before a bracket that says what
    the person is, standing alone (after a stop or a word that introduces someone), are the
    name they are called by, unless a word for a person, a place or a time."""
    word = view[at - 2 : at]
    if at < 2 or not _ALL_HAN.fullmatch(word) or word in _NOT_CELL_NAMES:
        return False
    if (
        at >= 3
        and _HAN_CHAR.match(view, at - 3)
        and not _ENDS_INTRO.search(view, max(0, at - 8), at - 2)
    ):
        return False
    if _ENDS_PERSONAL.search(word) or _ENDS_ROLE.search(word):
        return False  # 物业（管家）
    tags = _tags(word)
    return len(tags) > 1 or tags[0][1] not in _NOT_NAME_TAGS


# 保安格桑, 孩子母亲拉姆: after a word for a person, a word the dictionary knows only as a name.
_NAMED = re.compile(
    rf"{_starts(*_PERSON_WORDS.split('|'))}(?=(?:{_PERSON_WORDS})([{_HAN}]{{2,3}})(?=[（(，,。；;、\s]))"
)
# 老板苏和（手机…）, 师傅其木格（女）: after a word for a person, what a bracket tells of as
# one (a phone, a sex, a people, a home). Found from the bracket (rare), then looked behind.
_DESCRIBING = re.compile(r"[（(](?:手机|电话|女|男|[^）)]{0,4}族|住|\d)")


def _described(view: str) -> Iterator[tuple[int, int]]:
    """Not a title (负责人王师傅（电话…）) or a word (业主微信（手机号…）, 先生来电（12345…）)."""
    for m in _DESCRIBING.finditer(view):
        at = m.start()
        for size in (3, 2):
            word = view[at - size : at]
            if at >= size and _ENDS_PERSON.search(view, max(0, at - size - 6), at - size):
                tags = _tags(word)
                if (
                    _ALL_HAN.fullmatch(word)
                    and word not in _NOT_NAMES
                    and not _ENDS_HONORIFIC.search(word)
                    and (len(tags) > 1 or tags[0][1] in _NAME_TAGS or tags[0][1] == "x")
                ):
                    yield at - size, at
                break


# 买买提·吐尔洪, 艾力·买买提: names joined by a middle dot are transliterated names. Found
# from the dot (rare), then the Han characters before it.
_DOTTED = re.compile(rf"[·•・]([{_HAN}]{{2,3}})")


# 冷军已经…, 监事凌秀英核对, 骑手祁永生，: a surname and two characters of given names,
# anywhere, where neither end is inside a word of the sentence (金华明天, 和平安全).
# Not 和, 于 or 向 ("and", "at", "towards"): 杨树和柳树, 于明年, 向建新 in 转向建新. With
# surnames that start too many words for the patterns above (居慧敏, 谈秀兰, 门振国, 井雅琪):
# here the given names and both ends are checked.
_FULL_NAME = re.compile(
    rf"(?=([{SURNAMES.replace('和', '').replace('于', '').replace('向', '')}隆贲居谈滑茅门井索燕茹慕宿印薄幸束伊秋仰牧巴乌富松惠荀宣危廉昌暨衡满弘]"
    rf"[{''.join(sorted(_GIVEN))}]{{2}}))"
)
_NOT_GIVEN_WORDS = frozenset(["今天", "明天", "后天", "天天", "明年", "今年", "新年", "安全"])


def _full_name(view: str, m: re.Match[str]) -> bool:
    start, end = m.span(1)
    name = m.group(1)
    if name in _NOT_NAMES or name[1:] in _NOT_GIVEN_WORDS or name[:2] in _NOT_NAMES:
        return False
    if _FULL_NAME.match(view, start + 1):  # 回访时雷红国: the name starts one later
        return False
    if rjieba.has_word(name) and not _name_only(name):
        return False
    return _ends_here(view, end) and _surname_starts_here(view, start, name[0])


def _ends_here(view: str, end: int) -> bool:
    """Whether a name may end at `end`: not where its last character begins a word of the
    dictionary (金华明|天, 吴建承|诺; 陶国庆家 does end it). The dictionary's words only: the
    tagger's guesses would glue any unknown pair."""
    glued = rjieba.cut(view[end - 1 : end + 2], hmm=False)[0]
    return len(glued) == 1 or glued[1] == "家"


def _in_title(view: str, at: int) -> bool:
    """Inside a title in 《》 (《红楼梦·前八十回》): one opened before `at` and not closed."""
    return view.rfind("《", 0, at) > view.rfind("》", 0, at)


# Tibetan, Mongolian, Uyghur and Yi names, written as runs of transliterated name words
# (次仁卓玛, 额尔敦巴特尔, 热依拉 艾买提) the dictionary seldom knows: a run of these words is a
# name where no word of the sentence crosses its ends (尾巴|图片) and it goes on into no place
# or thing (呼和浩特, 格桑花, 罗布泊).
_MINORITY_WORDS = (
    "扎西 次仁 卓玛 格桑 平措 拉姆 达瓦 尼玛 央金 多吉 旦增 丹增 索朗 德吉 顿珠 益西 曲珍 白玛 普布 "
    "边巴 巴桑 米玛 洛桑 贡布 仁增 群培 嘎玛 措姆 卓嘎 央宗 拉巴 琼达 强巴 泽仁 斯朗 次旦 罗布 桑珠 "
    "旺堆 晋美 拉珍 巴特尔 其木格 苏日娜 朝鲁 额尔敦 图雅 娜仁 斯琴 敖登 宝音 巴雅尔 萨仁 高娃 "
    "格日勒 吉日嘎拉 那顺 阿拉坦 乌日娜 包力高 呼和 特木尔 巴图 毕力格 满都拉 其其格 塔娜 托娅 "
    "额尔德尼 阿木古楞 乌兰 哈斯 买买提 艾买提 麦麦提 阿不都 阿布都 阿卜杜 热依拉 古丽 艾力 吐尔洪 "
    "吐尔逊 图尔荪 阿依 努尔 热合曼 艾山 依明 买合木提 阿迪力 迪丽 热娜 帕提 米热 祖丽 玛依拉 肉孜 "
    "司马义 艾尔肯 库尔班 吾斯曼 卡德尔 尼加提 再努尔 夏木西 阿力木 帕尔哈提 亚森 沙吾提 阿米娜 "
    "排孜拉 阿西 木呷 沙马 拉则 阿约 吉克 阿苦 俄木 曲比 海来 木乃 伍合"
)
_MINORITY = ahocorasick_rs.AhoCorasick(
    _MINORITY_WORDS.split(), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)
_NOT_MINORITY_AFTER = re.compile("浩特|察布|泊|花|湖|山|县|市|路|街|镇|乡|村|寺|河|江|草原|吧")


def _minority_names(view: str) -> Iterator[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for _, start, end in _MINORITY.find_matches_as_indexes(view):
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    for start, end in runs:
        if not _NOT_MINORITY_AFTER.match(view, end) and _stands_alone(view, start, end):
            yield start, end


def _stands_alone(view: str, start: int, end: int) -> bool:
    """Whether no word of the dictionary crosses either end of view[start:end]."""
    at = max(0, start - 2)
    for word in rjieba.cut(view[at : end + 2], hmm=False):
        if at < start < at + len(word) or at < end < at + len(word):
            return False
        at += len(word)
    return True


def _dotted_names(view: str) -> Iterator[tuple[int, int]]:
    """Dotted names' spans, without a word for a person before one (为其父买买提·…) or a verb
    after it (…艾力说); not in a book's title (《红楼梦·前八十回》)."""
    for m in _DOTTED.finditer(view):
        dot = m.start()
        left = _HAN_BEFORE.search(view, max(0, dot - 8), dot)
        if left is None or _in_title(view, dot):
            continue
        start = left.start()
        if intro := _LAST_INTRO.search(left.group()):
            start += intro.end()
        yield max(start, dot - 4), m.start(1) + len(_trim_name(m.group(1)))


# 狗蛋（大名黄子轩）: what stands before a bracket giving the full name is a nickname.
_FULL_NAME_NEXT = re.compile(
    r"(?=[（(大全真本原学])(?<=[\u4e00-\u9fff])"  # rare first characters: a fast scan
    r"(?:[（(](?:大名|全名|真名|本名|原名|学名)|(?:大名|全名|真名|本名|原名|学名)(?=叫|是))"
)


def _alias(view: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The last word before the bracket, unless a word for a person or a title (业主（全名…）)."""
    words = rjieba.cut(view[max(0, m.start() - 4) : m.start()])
    word = words[-1]
    if len(word) < 2 or word in _NOT_NAMES or _ENDS_PERSONAL.search(word):
        return None
    return m.start() - len(word), m.start()


_LAST_INTRO = re.compile(rf".*(?:{_INTRO}|为|是|的|其父|其母)")
# 保姆（小芳）, 管家-小雯: 小X or 阿X right after a word for a person.
_PERSON_NICKNAME = re.compile(rf"(?<=[{_HAN}（(：:\-])([小阿][{_HAN}])")
# 保安亮子, 儿子强娃子, 保洁四儿: a given name's character and (娃)子, or a number and 儿, right
# after a word for a person (not 儿子, 房子: no given name's character).
_NICKNAME_HEADS = "".join(sorted(_GIVEN - {"小"})) + "柱栓锁"
_NICKNAME_HEAD_SET = frozenset(_NICKNAME_HEADS)
_NICKNAME_END = re.compile("[子儿](?![子女媳])")  # found by its end: 子 and 儿 are rarer
_NICKNAME_NUMBERS = frozenset("二三四五六七八九")


def _suffix_nicknames(view: str) -> Iterator[tuple[int, int]]:
    for m in _NICKNAME_END.finditer(view):
        end = m.end()
        start = end - 2
        if m.group() == "子" and start >= 1 and view[start] == "娃":
            start -= 1  # 强娃子
        if start < 1 or view[start] not in (
            _NICKNAME_HEAD_SET if m.group() == "子" else _NICKNAME_NUMBERS
        ):
            continue
        before = start - (view[start - 1] in "（(：:")
        if (_HAN_CHAR.match(view, start - 1) or before < start) and _ENDS_PERSON.search(
            view, max(0, before - 6), before
        ):
            yield start, end


# 群里“强子”… 强子是1506的租户, 【开心果】… 开心果就是2058的马春梅: a quoted word that the
# text says is a person (a flat's, or a name), there or further on.
_ALIAS_IS = re.compile(
    rf"[“\"「『【]([^”\"」』】\s]{{2,8}})[”\"」』】](?=[^\x00]{{0,40}}?\1(?:就|即|其实|也)?是"
    rf"(?:[\d\-栋楼单元号室#]{{2,12}}的?)?(?:{_PERSON_WORDS}|{_SURNAME}[{_HAN}]{{1,2}})"
    r"(?=[，。；,;！!？?、\x00]|$))"
)
# 老板娘叫翠花。, 来电人自称安静，: what someone is called, ending the clause (叫什么温柔的，
# names 温柔), that the tagger reads as a name.
_CALLED = re.compile(
    rf"(?:叫|自称)(?:他|她|伊)?(?:啥|什么|做)?([{_HAN}]{{2,3}}?)的?(?=[，。、；！？,.;!?）)（(\x00]|$)"
)
# 阿芬, 阿珍: a person, unless a kin word or a thing (阿姨, 阿胶).
_AH_NAME = re.compile(rf"阿([{_HAN}])(?![{_HAN}]{{0,1}}(?:姨|伯|婆|公|爸|妈|哥|嫂|叔|胶|里|拉))")
_NOT_AH = frozenset("姨伯婆公爸妈哥姐嫂叔胶里拉弥佛Q訇富")
# 浩浩, 乐乐: a child's name, after a word for a child.
_CHILD_WORDS = (
    "叫", "儿子", "女儿", "孙子", "孙女", "男孩", "女孩", "孩子", "小孩", "宝宝", "娃娃", "娃儿",
)  # fmt: skip
_CHILD_NAME = re.compile(
    f"(?=([{_HAN}])\\1)(?:" + "|".join(f"(?<={w})" for w in _CHILD_WORDS) + f")([{_HAN}])\\2"
)
# 东门人脸识别: a gate, where a compound surname starts a name only before a title.
_GATES = frozenset(("东门", "西门"))
_COMPOUND_NAME = re.compile("(?:" + "|".join(COMPOUND_SURNAMES) + f")[{_HAN}]{{1,2}}")
# Two or more capitalised words: a foreign name (David Smith) in Chinese text.
_LATIN_NAME = re.compile(
    r"(?=[A-Z\s])(?<![A-Za-z])(?:[A-Z][a-z]+(?:[ .·]{1,2}[A-Z][a-z]+)+|[A-Z][a-z]+(?=\s*(?:先生|女士|小姐))"
    r"|(?:(?<=租客)|(?<=租户)|(?<=业主)|(?<=外籍)|(?<=住户)|(?<=邻居)|(?<=房客))\s*[A-Z][a-z]+"
    rf"|[A-Z][a-z]{{2,}}[{SURNAMES}](?![{_HAN}])"
    # A capitalised word in Chinese text is a person's English name (Kevin, Amy), unless a
    # word staff use for things (below).
    r"|(?<![A-Za-z])[A-Z][a-z]{2,}(?=[^A-Za-z]|$))"
    r"(?![A-Za-z])"
)
# WANG JIANGUO, ZHANG WEI: a name in pinyin capitals, surname first.
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un"
    r"|ia|ua|uo|a|o|e|i|u|v)"
)
_CAPITALS_NAME = re.compile(r"(?=[A-Z])(?<![A-Za-z])([A-Z]{2,6})[ .·]([A-Z]{2,12})(?![A-Za-z])")
_PINYIN_SURNAME = re.compile(f"{_PINYIN}{{1,2}}")
_PINYIN_GIVEN = re.compile(f"{_PINYIN}{{1,3}}")
# X师傅, W经理: a surname's initial before a title (X师傅（姓谢）).
_INITIAL_TITLED = re.compile(
    rf"(?=[A-Z])(?<![A-Za-z0-9])[A-Z](?=\s?(?:{'|'.join(PERSON_TITLES)}|经理|老师|主任|警官))"
)
# 和ZJ两户，ZJ说, 你找XJH也没用: a person's initials, where a person is spoken of (not
# ICU, LED, APP: the initials are checked against words everyone writes in capitals).
_INITIALS = re.compile(r"(?=[A-Z])(?<![A-Za-z0-9@.#\-])[A-Z]{2,3}(?![A-Za-z0-9])")
_INITIALS_AFTER = re.compile("(?:找|和|叫|问|让|给|跟|与|联系|通知|提醒|回访|业主|住户|保安|邻居)$")
_INITIALS_DO = re.compile("说|讲|称|两户|家|本人|反映|表示|投诉|同意")
_NOT_INITIALS = frozenset(
    ("ICU", "LED", "APP", "VIP", "CEO", "HR", "PM", "QQ", "TV", "SOS", "GPS", "ATM", "CBD",
     "KTV", "DIY", "USB", "PVC", "PPR", "SUV", "EMS", "DHL", "UPS", "SF", "JD", "AI", "IT", "OK",
     "PDF", "PPT", "NFC", "ETC", "DN", "PE", "PP", "BIM", "CAD")
)  # fmt: skip
# 黎sir, 陈Sir: a surname and the Cantonese "sir" (a policeman, a teacher, a manager).
_SIR = re.compile(rf"(?=[\ssS])(?<=([{SURNAMES}]))\s?(?:sir|Sir|SIR)(?![A-Za-z])")
# @燕燕 说, @物业小程, ＠1338陶姐: who a chat message is addressed to, past a role or a flat
# (not @所有人, @管家 or @物业客服, which address a post).
_MENTION = re.compile(
    r"[@＠](?<![A-Za-z0-9_.\-][@＠])(?![他她我你您])([^\s@＠，,：:。；;！!？?、（(）)“”\"\x00]{1,8})"
    r"(?=[\s，,：:。；;！!？?、（(）)“”\"\x00]|$)"
)
_MENTION_LEAD = re.compile(rf"(?:{'|'.join(ROLE_WORDS)}|[\d\-#a-zA-Z]*\d[\d\-#]*)+")
# 【大鹏（杜鹏飞）】：, 【物业-小方】：, 【837-李哥】: a chat speaker's label, each part that is
# no role, flat or building a name.
_SPEAKER = re.compile(r"【([^】\n]{1,20})】(?=\s*[：:“\"「])")
_LABEL_PART = re.compile(r"[^\-－—·/\s（()）]+")
_NOT_LABEL = re.compile(r"\d|栋|座|楼|群|截图|转|通知|公告|回复|记录|工单|纪要|摘录|函|物业|管理处")


def _cased_names(cased: str) -> list[_Span]:
    """Names found in the text as typed (case and spaces kept): Latin names, pinyin capitals,
    chat mentions and speakers, 黎sir, X师傅 and initials (找XJH)."""
    spans = [
        _Span(*m.span(), KIND_NAME)
        for m in _LATIN_NAME.finditer(cased)
        if m.group().strip() not in _NOT_LATIN_NAMES
    ]
    spans += [
        _Span(*m.span(), KIND_NAME)
        for m in _CAPITALS_NAME.finditer(cased)
        if _PINYIN_SURNAME.fullmatch(m.group(1).lower())
        and _PINYIN_GIVEN.fullmatch(m.group(2).lower())
    ]
    spans += [_Span(m.start() - 1, m.start(), KIND_NAME) for m in _SIR.finditer(cased)]
    spans += [_Span(*m.span(), KIND_NAME) for m in _INITIAL_TITLED.finditer(cased)]
    spans += [
        _Span(*m.span(), KIND_NAME)
        for m in _INITIALS.finditer(cased)
        if m.group() not in _NOT_INITIALS
        and (
            _INITIALS_DO.match(cased, m.end())
            or _INITIALS_AFTER.search(cased, max(0, m.start() - 2), m.start())
        )
    ]
    for m in _MENTION.finditer(cased):
        lead = _MENTION_LEAD.match(m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)
        if _personal_label(cased[start : m.end(1)]):
            spans.append(_Span(start, m.end(1), KIND_NAME))
    for m in _SPEAKER.finditer(cased):
        for part in _LABEL_PART.finditer(m.group(1)):
            if _personal_label(part.group()) and not _NOT_LABEL.search(part.group()):
                spans.append(_Span(m.start(1) + part.start(), m.start(1) + part.end(), KIND_NAME))
    return spans


def _personal_label(word: str) -> bool:
    """A chat label's part that names a person: not a role or a word for a person (管家,
    小管家, 所有人), not a word the tagger reads as a thing."""
    if not word or (len(word) < 2 and not word.isascii()) or word in _NOT_NAMES:
        return False
    if word.startswith(("所有人", "全体")) or _ENDS_ROLE.search(word):
        return False
    return not word.isascii() or word.isalpha()


_ENDS_ROLE = re.compile(rf"(?:{'|'.join(ROLE_WORDS)}|{_PERSON_WORDS})$")


# Words the tagger calls names that are everyday words in complaints.
_EVERYDAY = (
    "文明 安全 安静 和谐 高兴 明白 明显 常常 平安 温暖 程序 金额 石材 龙头 "
    "白天 方便 向前 高层 高峰 马上 江边 周边 周末 周一 周二 周三 周四 周五 "
    "周六 周日 于是 成功 成本 时间 黄色 白色 金色 林木 柏油 管理 管道 车位 "
    "车库 车辆 房屋 房间 解决 华府 万科 龙湖 保利 碧桂园 恒大 乔木 柴油 "
    "毛坯 包裹 钟点 关门 关闭 关注 关于 任何 任务 严重 曾经 单元 单位 应该 "
    "应当 全部 全体 商铺 商户 沙发 宁静 米饭 易燃 司机 齐全 左右 康复 施工 "
    "牛奶 葛藤 蓝色 谷歌 景观 田园 季度 卫生 宗旨 池塘 查看 武警 戴好 孔洞 "
    "黄梅 萨克斯 维修 谢谢 顾客 师姐 师兄 师妹 师弟 汤圆 童车 梅雨 项目 包括 甘心 庞大 连续 "
    "路灯 路面 游泳 雷雨 华为 苏州 杭州"
)
_EVERYDAY_MORE = (
    "白班 夜班 早班 中班 阳光 安抚 钟点 岳母 岳父 房东 租客 宋体 黑体 楷体 张贴 张卡 张纸 柴犬 "
    "许可 许可证 冷却 冷却塔 蓝光 李宁 周黑鸭 金鼎 康乐 康乐园 古老 古董 古树 "
    "戴帽子 戴眼镜 戴口罩 戴头盔 戴手套 戴安全帽 胡辣汤 牛肉汤 牛肉汤馆 牛肉 盖章 温馨 白鸽"
)
# A name cell holding one of these names no one (先生, 业主, 前台); a resident may well be
# called 宁静 or 高峰, and the cell says so.
# What a name cell holds when the person left no name: no value to look for in every text.
PLACEHOLDERS = (
    "匿名",
    "匿名者",
    "无名氏",
    "不详",
    "未知",
    "无",
    "未留名",
    "未留姓名",
    "不愿透露",
    "保密",
)
_NOT_CELL_NAMES = (
    frozenset(HONORIFICS)
    | frozenset(_PERSON_WORDS.split("|"))
    | frozenset(ROLE_WORDS)
    | frozenset(PLACEHOLDERS)
)
_NOT_NAMES = (
    frozenset(_EVERYDAY.split())
    | frozenset(HONORIFICS)
    | frozenset(_PERSON_WORDS.split("|"))
    | frozenset(_EVERYDAY_MORE.split())
)
# 小X/老X that are words, not people (小区, 老师, 老房子).
# 小X that is a thing, never a person (小区, 小时); and, beside those, 小X that is a word as
# often as a person (小孙: a grandson, 小白: a novice).
_SMALL_THINGS = "时区米康车包于卫商程路管"
_NOT_NICKNAMES = frozenset(
    ["小" + c for c in _SMALL_THINGS + "龙高方田石金白毛孙"] + ["老" + c for c in "师房城毛龙"]
)
# A name's last character is never one of these (麻将馆, 阳光房, 林荫道, 杨树).
_NOT_NAME_ENDS = frozenset(
    "馆房道路门车楼场店厂院室厅局所站库池桥树棚亭廊厕梯口号栋座层区线管箱机器灯"
)

_NAME_TAGS = {"nr", "nrfg", "nrt"}
# A candidate's given name tagged as one of these is a word of the sentence (时报修, 周没法).
_NOT_GIVEN_TAGS = {
    "v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "f", "m", "q",
    "r", "t", "s", "y", "e", "o", "ad", "an",
}  # fmt: skip
_FUNCTION_TAGS = {"d", "p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "f", "m", "q", "r", "y"}
# Not a nickname: a verb or a function word before 他娘 (处理他娘家).
_NOT_NICKNAME_TAGS = _FUNCTION_TAGS | {"v", "vn"}
# Surname + title that is an everyday word (施工, 卫生) rather than a person (王总, 罗队).
_WORD_TAGS = {"v", "vn", "d", "a", "ad", "an", "c", "p", "t", "s", "f", "m", "q"}
_TITLED_WORDS = frozenset(
    ["施工", "童工", "车工", "石工", "师姐", "师哥", "师生", "车队", "余生", "卫生", "和生", "高工"]
)


@lru_cache(maxsize=65536)
def _tags(word: str) -> tuple[tuple[str, str], ...]:
    """The tagger's words for a short candidate; candidates repeat across a register."""
    return tuple(rjieba.tag(word))


@lru_cache(maxsize=65536)
def _good_name(word: str, strict: bool = True) -> bool:
    """A candidate found by its context (邻居黄晓明, 孙丽反映) is a name unless the dictionary
    reads it as words of the sentence (马上, 管理处, 于下雨, 时报修, 方便接). After a word for
    a person (`strict` false: 住户黄建新) a given name may read as a verb."""
    if word in _NOT_NAMES or len(word) < 2:
        return False
    rest = word[2 if word[:2] in _COMPOUNDS else 1 :]
    if rest not in HONORIFICS and _PERSON_WORD.fullmatch(rest):
        return False  # 复建区业主反映: a place's 区 before a word for a person, not 区 the surname
    tags = _tags(word)
    # A surname and two characters: after a word for a person (住户吉淑琴, 业主龙海平), what the
    # dictionary makes of them (one noun; 龙海 a place) still names someone; and a name the
    # dictionary knows whole may end in a character that ends places too (林国栋).
    full = len(word) == 3 and word[0] in SURNAMES
    if full and len(tags) == 1 and tags[0][1] in _NAME_TAGS:
        return True
    if word[-1] in _NOT_NAME_ENDS or word[:2] in _NOT_NAMES:  # 卫生间 after 1203
        return False
    if len(tags) > 1 and tags[0][1] in ("c", "p") and _no_given_name(word[1:], tags[1][1]):
        return False  # 业主和租户, 保安和保洁, 业主于下午: a conjunction, not the surname 和
    if not strict and _given_names(word):
        return True
    if len(tags) == 1:
        return (
            tags[0][1] in _NAME_TAGS
            or tags[0][1] in ("ns", "nz")
            or (not strict and full and tags[0][1] == "n")
            # a word the dictionary does not know (佴军) after a word for a person
            or (not strict and tags[0][1] == "x" and word[0] in SURNAMES)
        )
    if not strict and full and len(tags[0][0]) == 2 and tags[0][1] == "ns":
        return all(tag not in _FUNCTION_TAGS for _, tag in tags[1:])
    surname = tags[0][0]
    not_given = _NOT_GIVEN_TAGS if strict else _FUNCTION_TAGS
    return (surname in COMPOUND_SURNAMES or (len(surname) == 1 and surname in SURNAMES)) and all(
        tag not in not_given for _, tag in tags[1:]
    )


def _unknown_pair(name: str) -> bool:
    """A surname and a given name's character the dictionary does not know as a word (冷军说):
    a name the tagger calls a noun."""
    return (
        len(name) == 2
        and name[1] in _GIVEN
        and name not in _NOT_NAMES
        and not rjieba.has_word(name)
    )


# What a person does, after an unknown pair that names them (冷军说, 冷军已经).
_SAYS = re.compile("说|讲|称|表示|反映|要求|同意|已经|一直")


def _short_name(view: str, start: int, name: str) -> bool:
    """An unknown pair right after a word for a person, ending the clause (二房东石军，; not
    业主方面，)."""
    return (
        _unknown_pair(name)
        and _CLAUSE_END.match(view, start + 2) is not None
        and not _PERSON_WORD.fullmatch(name)
    )


_CLAUSE_END = re.compile(r"[，。、；,;！!？?\x00]|$")


def _no_given_name(rest: str, tag: str) -> bool:
    """What follows 和, 与 or 于 is a word for a person (保洁), or a word (租户, 下午) that is
    neither a name's characters nor read as a name (佳怡, 晓东, 建国 are)."""
    if _PERSON_WORD.fullmatch(rest):
        return True
    return tag not in _NAME_TAGS and tag != "ns" and not all(c in _GIVEN for c in rest)


# After these a name begins (说王伟, 找李姐, 理赔员侯建伟), after a building or a floor (12栋燕姐, 3座王先生,
# 3层冀大爷) and after a department (保安部李队长, 街道办王科长, 后勤处康科长, 声乐系汪教授).
_BEFORE_NAMES = frozenset(
    "说称讲问找和跟与给对向让叫请由是被把将替帮人户员打栋座幢层楼部处办系科访"
)


def _surname_starts_here(view: str, start: int, surname: str, hmm: bool = True) -> bool:
    """Whether the surname at `start` begins a name rather than ending a word (公司联系,
    保安队长, 对方经理): true after an introducing word or a non-Chinese character, false
    where the segmenter reads the surname as the last character of a longer word."""
    before = view[max(0, start - 4) : start]
    if not before or not _HAN_CHAR.match(before[-1]) or _ENDS_INTRO.search(before):
        return True
    if before[-1] in _BEFORE_NAMES:
        return True
    if (before + surname).endswith(_PARTIES):
        return False
    return not _inside_a_word(
        before + surname, view[start + len(surname) : start + len(surname) + 3], hmm
    )


@lru_cache(maxsize=65536)
def _inside_a_word(head: str, tail: str, hmm: bool = True) -> bool:
    """Whether the last character of `head` is inside a longer word of head + tail that
    starts before it (公司, 保安队, 小时工); with `hmm` false, a word of the dictionary only
    (the tagger's guesses glue any unknown pair: 楼小帅)."""
    at = 0
    for word in rjieba.cut(head + tail, hmm=hmm):
        if at + len(word) >= len(head):
            return at < len(head) - 1
        at += len(word)
    return False


def _titled(view: str, m: re.Match[str]) -> bool:
    """李经理, 王总, 罗队, 业主张先生: a person; 施工, 卫生, 保安队长, 物业方经理: words."""
    word = m.group()
    tags = _tags(word)
    if word in _NOT_NAMES or word in _TITLED_WORDS:
        return False
    if len(tags) == 1 and tags[0][1] in _WORD_TAGS:
        # 701业主包生: after a word for a person, a surname and a title name someone
        return _ENDS_PERSON.search(view, max(0, m.start() - 6), m.start()) is not None
    if m.group(1) in _CONJUNCTIONS:
        # 雯雯和工程部, 郭志强和工长黄伟: 和 joins a word the title only begins
        title = word[len(m.group(1)) :]
        first = next(iter(rjieba.cut(view[m.end() - len(title) : m.end() + 3])), "")
        if len(first) > len(title):
            return False
    # Before a post the dictionary knows (社长, 会计, 师傅), a surname the tagger glues to the
    # word before it (股份社|黄社长, 维保|陆师傅) still starts a name: the dictionary decides.
    hmm = word[len(m.group(1)) :] not in _POSTS
    return _surname_starts_here(view, m.start(1), m.group(1), hmm)


_POSTS = frozenset(
    ("社长", "会计", "师傅", "经理", "主任", "主管", "队长", "班长", "组长", "医生", "律师", "书记",
     "老板", "警官", "干事", "科长", "处长", "局长", "所长", "院长", "校长", "站长", "厂长", "部长",
     "村长", "支书", "教练", "老师", "姑娘", "总监", "代表")
)  # fmt: skip


# Surnames that are also words joining two others (和, 与).
_CONJUNCTIONS = frozenset("和与同及")


_PARTIES = (
    "物业方", "业主方", "开发方", "施工方", "建设方", "管理方", "供应方", "甲方", "乙方",
    "对方", "双方", "我方", "各方", "校方", "警方", "厂方", "院方", "商家方", "公司", "上司",
)  # fmt: skip


def _trim_name(name: str) -> str:
    """Two characters after the surname, unless the last is a verb or particle (黄晓说)."""
    if (
        len(name) >= 3
        and name[-1] in "说称讲反投来在和与也都要的家已于对向给被把请等是到去回上下进出"
    ):
        return name[:-1]
    return name


def _name_at(start: int, name: str) -> tuple[int, int]:
    """A name's span, without an honorific it ends in or its surname is followed by (王师傅,
    张工来 -> 王, 张): the honorific stays; not a given name's last character (肖春生)."""
    surname = _SURNAME_IN.match(name)
    if surname and _STARTS_HONORIFIC.match(name, surname.end()):
        return start, start + surname.end()
    m = _ENDS_HONORIFIC.search(name)
    # 肖春生, 王建华: a one-character title (陈生, 刘工) ends a name only after a surname alone
    if m and m.start() >= 1 and (len(m.group()) > 1 or not surname or m.start() == surname.end()):
        name = name[: m.start()]
    return start, start + len(name)


_STARTS_HONORIFIC = re.compile(rf"(?:{_HONORIFIC})")


def _nickname(view: str, m: re.Match[str]) -> bool:
    """小李, 老王 as people; 小区, 老师, 老毛病 as words."""
    if m.group() in _NOT_NICKNAMES:
        return False
    word, tag = _tags(view[m.start() : m.end() + 1])[0]
    # 老丁围起来: the tagger's guess of a word it does not know glued the next character on
    return len(word) <= 2 or tag in _NAME_TAGS or not rjieba.has_word(word)


# What the tagger glues to the end of a name: a verb of saying, or 家 (the household). Fewer
# than _trim_name's: a name the tagger knows whole may well end in 和, 平 or 来.
_GLUED = frozenset("说称讲家")


_CLASSIFIERS = frozenset("只条头匹棵株盆尾羽台辆")


def _tagged_name(view: str, pos: int, word: str, surname: re.Match[str]) -> bool:
    """A tagged name from its surname on: two characters or more; a two-character one read
    as a name on its own too (not 安抚) and not inside a longer word (支付宝)."""
    name = word[surname.start() :]
    at = pos + surname.start()
    counted = view[at - 2 : at - 1]
    if view[at - 1 : at] in _CLASSIFIERS and (counted in _NUMBER_CHARS or counted.isdigit()):
        return False  # 十几只白鸽: counted animals or things, not people
    if len(name) > 2:
        return True
    return (
        len(name) == 2
        and _tags(name)[0][1] in _NAME_TAGS
        and _surname_starts_here(view, pos + surname.start(), surname.group())
    )


def _tagged_word_name(view: str, start: int, name: str) -> str:
    """The name a tagged word at `start` gives: '' for a word of the dictionary that ends in
    no character of given names (毛巾, 朱红色, 黄金周, 高新区), unless it is two characters
    and a given name's character follows (梁家|荣, 李子|刚: the tagger cut the name short)."""
    if len(name) == 2 and name[1] not in _GIVEN:
        after = view[start + 2 : start + 3]
        if after in _GIVEN and _ends_here(view, start + 3):
            return name + after
    if name[-1] in _GIVEN or name[-1] == "家" or not rjieba.has_word(name):
        return name  # 刘家: a household, by its surname
    return ""


def _compound_name(view: str, m: re.Match[str]) -> str:
    """欧阳娜娜, 司马俊 (not 司马俊白, where 白天 follows): a compound surname and one or two
    characters, the second only when it does not begin the next word."""
    if _STARTS_HONORIFIC.match(view, m.start() + 2):  # 欧阳先生: the surname and a title
        return m.group()[:2]
    name = _trim_name(m.group())
    if len(name) == 4 and len(rjieba.cut(view[m.start() + 3 : m.start() + 6])[0]) > 1:
        name = name[:3]
    return name


# 303包美华、504甄志远, 9-201 于海洋, 同楼1023的朴美英: a name right after a flat, as household
# lists write it (not 701房漏水: 房 there ends the flat).
_ROOM_NAME = re.compile(
    rf"(?=[a-z\d])(?<![0-9a-z])(?:[a-z]?\d{{1,3}}[-#])?\d{{3,4}}\s*的?(?![房室号户楼栋座单层])"
    rf"({_SURNAME}[{_HAN}]{{1,2}})"
)
# What ends a list of people (覃秋菊、覃秋兰两姐妹, 刘金鑫、王和平几户都一样).
_LIST_END = "两|二|三|几|等|夫妇|姐妹|兄弟|一家|一起|联名|老师|都|也"
# 樊志强、柯美玲、储建平: the next names of a list that began with one, past a flat or a
# bracket (吴彩霞（5栋932）、…; 蒙嘉怡 1705；…); 老罗（罗振华）: the name a found one is known by.
_NEXT_NAME = re.compile(
    rf"\s*(?:(?:{_HONORIFIC})?(?:[（(][^）)]{{0,12}}[）)]|\d{{3,4}})?[、，,；;]\s*({_SURNAME}[{_HAN}]{{1,2}})"
    rf"(?=\s*(?:[、，,。；;（(）)\x00]|$|\d{{3,4}}|{_LIST_END}))"
    rf"|[”\"」』]?\s*[（(]\s*(?:全名|真名|本名|原名|大名)?\s*[:：]?\s*({_SURNAME}[{_HAN}]{{1,2}})"
    rf"\s*(?=[)）,，、]))"
)

# The flat number that ends what stands before a household's name (9-201 -> 201).
_FLAT_AT_END = re.compile(r"\d{3,4}(?=\s*的?$)")


def _room_names(view: str) -> list[_Span]:
    """The names of a household list and the flats before them: a name the dictionary reads
    as a word (季红) too, where the list's items before or after it are flat and name."""
    found = []
    matches = list(_ROOM_NAME.finditer(view))
    for i, m in enumerate(matches):
        name = _trim_name(m.group(1))
        listed = (i and _LIST_GAP.fullmatch(view, matches[i - 1].end(), m.start())) or (
            i + 1 < len(matches) and _LIST_GAP.fullmatch(view, m.end(), matches[i + 1].start())
        )
        # After 的 (楼下836的…) a thing follows as often (的熊孩子, 的左家装): only what reads
        # as a name whole (的万俟志远) or as a surname and given names (的朴美英).
        if _PERSON_WORD.fullmatch(name):
            named = False  # 208的钟点工阿姨
        elif view[m.start(1) - 1] == "的":
            named = _given_names(name) or all(tag in _NAME_TAGS for _, tag in _tags(name))
        else:
            named = _good_name(name, strict=False) or bool(listed and _listed_name(name))
        if named:
            found.append(_Span(*_name_at(m.start(1), name), KIND_NAME))
            flat = _FLAT_AT_END.search(view, m.start(), m.start(1))
            if flat:
                found.append(_Span(*flat.span(), KIND_UNIT))
    return found


_LIST_GAP = re.compile(r"[、,，;；/]")


def _listed_name(name: str) -> bool:
    """A household list's name that the dictionary reads as a word: a surname and one or
    two characters that are no function word (季红, not 王的)."""
    tags = _tags(name)
    return name not in _NOT_NAMES and all(tag not in _FUNCTION_TAGS for _, tag in tags)


def _person_nickname(view: str, m: re.Match[str]) -> bool:
    """保姆（小芳）, 租客小鲍, 秩序部小满: 小X or 阿X right after a word for a person or a
    department, unless a word."""
    nick = m.group(1)
    if nick in _NOT_NICKNAMES or nick[1] in _NOT_AH:
        return False
    tags = _tags(nick)
    if len(tags) == 1 and tags[0][1] not in _NAME_TAGS and rjieba.has_word(nick):
        return False  # 小心, 小孩, 阿姨 (not 小栓, a word of no dictionary)
    end = m.start() - (view[m.start() - 1] in "（(：:-")
    if end < m.start() and _FLAT_AT_END.search(view, max(0, end - 4), end):
        return True  # a chat label's flat and nickname (1101-小芸)
    return (
        _ENDS_PERSON.search(view, max(0, m.start() - 6), end) is not None
        or _ENDS_DEPARTMENT.search(view, max(0, m.start() - 4), end) is not None
    )


# 秩序部小满, 工程组小颖: a department's member by her nickname.
_ENDS_DEPARTMENT = re.compile(f"[{_HAN}](?:部|组|队|班|科)$")


# 强哥”（黎国强，手机…）, 保安杨娃儿（杨小勇）, 汤家阿姨（汤桂英）, 1704业主（雍小兵）, Queenie
# Ho（何詠詩）, 邻居（买买提江·热合曼）, Mr. Patel（帕特尔先生，…）: the name in brackets after a
# word for a person.
_BRACKET_NAME = re.compile(
    rf"[（(](?<=[{_HAN}”\"」』a-z][（(])(?:全名|真名|本名|原名|大名|姓名)?[:：]?"
    rf"([{_HAN}]{{2,4}}(?:[·•・.][{_HAN}]{{2,6}})?)(?=(?:先生|女士|小姐)?[)）,，、])"
)
_PERSONAL_WORD = re.compile(
    rf"{_PERSON_WORDS}|{_HONORIFIC}|{'|'.join(PERSON_TITLES)}|娃儿|[小老阿][{_HAN}]"
)
_ENDS_PERSONAL = re.compile(
    rf"(?:{_PERSON_WORDS}|{_HONORIFIC}|{'|'.join(PERSON_TITLES)}|娃儿|仔|佬|妹|[”\"」』a-z])$"
)


def _bracket_name(view: str, m: re.Match[str]) -> bool:
    name = m.group(1)
    if name in _NOT_NAMES or not _ENDS_PERSONAL.search(view, max(0, m.start() - 6), m.start()):
        return False
    if _NAME_DOTS.search(name):
        return True
    if _tags(name)[0][1] in _NAME_TAGS:  # 雍 of 雍小兵, 汤桂英
        return True
    return bool(_SURNAME_IN.match(name)) and _good_name(name, strict=False)  # not 英国人


# 汤家阿姨, 于家奶奶: a family by its surname (not 管家阿姨, 商家老板). Found from 家 and the
# word after it (rare), then the surname before.
_FAMILY = re.compile(
    "家(?=阿姨|姆妈|阿婆|阿公|奶奶|爷爷|大爷|大妈|婶|嫂|媳妇|老人|老太|小孩|孩子|"
    "儿子|女儿|孙子|孙女|男人|女人|老头)"
)
_NOT_FAMILIES = frozenset({"管", "商", "农", "亲", "国", "专", "东", "居", "住", "回", "全"})


def _families(view: str) -> Iterator[tuple[int, int]]:
    for m in _FAMILY.finditer(view):
        at = m.start()
        for size, surnames in ((2, _COMPOUNDS), (1, SURNAMES)):
            surname = view[at - size : at]
            if at >= size and surname in surnames:
                if surname not in _NOT_FAMILIES and _surname_starts_here(view, at - size, surname):
                    yield at - size, at
                break


def _name_only(word: str) -> bool:
    tags = _tags(word)
    return word not in _NOT_NAMES and len(tags) == 1 and tags[0][1] in _NAME_TAGS


def _called(view: str, m: re.Match[str]) -> bool:
    """What someone is called (老板娘叫翠花, 保安叫方国庆) is a name when the tagger reads it
    as one or it begins with a surname and reads as no words of the sentence; whatever it
    is where a person is named (室友叫舒雅, 村里都叫她二丫, 都叫他马上, 自称安静), even an
    everyday word, unless a role (都叫他师傅, 自称是业主); not asked (叫他过来)."""
    word = m.group(1)
    if _ENDS_PERSONAL.search(word) and _SURNAME_IN.match(word):
        return False  # 叫贾师傅的: the title's finder takes the surname
    if view.startswith("自称", m.start()) or _NAMING.search(view, max(0, m.start() - 24), m.end(1)):
        return not (_ENDS_ROLE.search(word) or word in HONORIFICS or word.startswith(("是", "为")))
    if word in _NOT_NAMES:
        return False
    if _name_only(word) or (len(word) == 2 and word[1] in "哥姐仔"):
        return True  # 叫翠花, 叫他辉哥
    before = view[max(0, m.start() - 6) : m.start()]
    if _SURNAME_IN.match(word) and _ENDS_PERSON.search(before):
        return True
    return bool(_SURNAME_IN.match(word)) and _good_name(word, strict=False)


# 已派宏亮上门, 派小孙去: who is sent somewhere, by a given name or a nickname (not 派专人上门,
# 派保安去).
_DISPATCHED = re.compile(
    rf"(?<=派)了?([{_HAN}]{{2,3}}?)(?=上门|上楼|去|到|前往|过去|过来|处理|维修|查看|检修|进场|跟进)"
)


def _dispatched(word: str) -> bool:
    if word in _NOT_CELL_NAMES or _ENDS_ROLE.search(word):
        return False
    nickname = word[0] in "小老" and word[1] in SURNAMES and word not in _NOT_NICKNAMES
    given = len(word) == 2 and all(c in _GIVEN for c in word)  # 宏亮, 志刚
    return nickname or given or _given_names(word) or _name_only(word)


# 大家叫他, 村里都叫她: what follows is what a person is called.
_NAMING = re.compile(
    r"(?:都|大家|邻居|人家|村里|我们)叫(?:他|她|伊)"
    r"|名字[^，。；,.;]{0,3}叫"  # 名字好像叫乐天宇
    rf"|(?:{_PERSON_WORDS})[（(][^）)]{{0,16}}[，,]\s*叫"  # 租户（河北来的，叫大军）
)


# 曹杨新村, 曹杨路, 宋庆龄陵园: a name that begins a place's name is the place's.
_PLACE_AFTER = re.compile(
    "新村|大道|路(?![过上口边])|街(?!道办)|公园|陵园|小区|花园|广场|菜场|市场|中学|小学|医院|大厦|商场"
)


def _name_spans(view: str) -> list[_Span]:
    """Names of people in no register column, in text with spaces already dropped."""
    found: set[tuple[int, int]] = set()  # the finders often agree: one span each
    tagged = rjieba.tag(view)
    if tagged:
        # Positions and the name tags' indexes in C (map, accumulate, compress): a loop over
        # every word of a long text was most of this function's time.
        words, tags = zip(*tagged, strict=True)
        starts = list(accumulate(map(len, words), initial=0))
        for i in compress(count(), map(_NAME_TAGS.__contains__, tags)):
            word = words[i]
            if word not in _NOT_NAMES and word[-1] not in _NOT_NAME_ENDS:
                # 长王强, 据罗志华: the tagger glued a character or two before the name.
                m = _SURNAME_IN.search(word)
                if m and m.start() <= 2 and _tagged_name(view, starts[i], word, m):
                    name = _tagged_word_name(view, starts[i] + m.start(), word[m.start() :])
                    if len(name) >= 3 and name[-1] in _GLUED:  # 伏建明家, 粟丽称
                        name = name[:-1]
                    if name:
                        found.add(_name_at(starts[i] + m.start(), name))
    for pattern, strict in ((_PERSON_NAME, False), (_LINKED_NAME, True)):
        for m in pattern.finditer(view):
            name = _trim_name(m.group(1))
            if _good_name(name, strict) or (not strict and _short_name(view, m.start(1), name)):
                if len(name) == 3 and name[1] in _GIVEN and not _ends_here(view, m.start(1) + 3):
                    name = name[:2]  # 设计师吴建|承诺, 经理柏文|同意 (not 艾克|拜尔)
                found.add(_name_at(m.start(1), name))
    for m in _NAME_AFTER.finditer(view):
        name = m.group(1)
        surname = _SURNAME_IN.match(name)
        if (
            surname
            and (_good_name(name) or (_unknown_pair(name) and _SAYS.match(view, m.end(1))))
            and _surname_starts_here(view, m.start(1), surname.group())
        ):
            found.add(_name_at(m.start(1), name))
    # 欧阳娜娜: the tagger splits a compound surname off its given name; not 房东方建国.
    for m in _COMPOUND_NAME.finditer(view):
        if m.group()[:2] not in _GATES and _surname_starts_here(view, m.start(), m.group()[:2]):
            found.add(_name_at(m.start(), _compound_name(view, m)))
    found.update(m.span(1) for m in _TITLED.finditer(view) if _titled(view, m))
    found.update(m.span(1) for m in _NICKNAME.finditer(view) if _nickname(view, m))
    found.update(m.span() for m in _AH_NAME.finditer(view) if m.group(1) not in _NOT_AH)
    found.update(m.span() for m in _CHILD_NAME.finditer(view) if m.group() not in _NOT_PET)
    found.update(m.span(1) for m in _PERSON_NICKNAME.finditer(view) if _person_nickname(view, m))
    found.update(_suffix_nicknames(view))
    found.update(m.span(1) for m in _ANY_TITLED.finditer(view) if _titled_here(view, m))
    found.update(m.span(1) for m in _QUOTED_NICKNAME.finditer(view))
    found.update(m.span(1) for m in _ALIAS_IS.finditer(view))
    found.update(span for m in _COUPLE.finditer(view) for span in _couple(m))
    found.update(
        m.span(1)
        for m in _WHOSE_PET.finditer(view)
        if m.group(1) not in _NOT_PET
        and _ENDS_PERSON.search(
            view, max(0, m.start() - 7), m.start() - (view[m.start() - 1] == "的")
        )
    )
    found.update(_siblings(view))
    found.update(_kin_addresses(view))
    found.update(_head_nicknames(view))
    found.update(_given_names_saying(view))
    found.update(m.span(1) for m in _BRACKET_NAME.finditer(view) if _bracket_name(view, m))
    found.update(m.span(1) for m in _DISPATCHED.finditer(view) if _dispatched(m.group(1)))
    for pattern in _NICKNAMES:
        found.update(m.span(1) for m in pattern.finditer(view))
    found.update(m.span(1) for m in _NAMED.finditer(view) if _name_only(m.group(1)))
    found.update(_described(view))
    found.update(_dotted_names(view))
    found.update(_pet_parents(view))
    found.update(_village_names(view))
    found.update(filter(None, (_alias(view, m) for m in _FULL_NAME_NEXT.finditer(view))))
    found.update(m.span(1) for m in _FULL_NAME.finditer(view) if _full_name(view, m))
    found.update(_kana_names(view))
    found.update(_minority_names(view))
    found.update(_families(view))
    names = [
        _Span(a, b, KIND_NAME)
        for a, b in found
        if view[a:b] not in _NOT_NAMES and not _PLACE_AFTER.match(view, b)
    ]
    # What someone is called, and who a bracket says what they are: the finders have judged
    # the word itself (都叫他马上, 告知文明（物业秩序员）).
    names += [_Span(*m.span(1), KIND_NAME) for m in _CALLED.finditer(view) if _called(view, m)]
    names += [_Span(a, b, KIND_NAME) for a, b in _roles_after(view)]
    names += _room_names(view)
    return names + _listed_names(view, [s for s in names if s.kind == KIND_NAME])


_FIRST_NAME = re.compile(rf"(?:^|(?<=[：:\s\x00]))({_SURNAME}[{_HAN}]{{1,2}})[、，,]$")


def _listed_names(view: str, names: list[_Span]) -> list[_Span]:
    """The names after a found one in a list (樊志强、柯美玲、储建平)."""
    found = []
    starts = {span.start for span in names}
    listed = 0  # where the last list ended: a name inside it starts no second walk
    for span in sorted(names, key=itemgetter(0)):
        end = span.end
        if end <= listed:
            continue
        # 名单：付强、付刚…: the list's first name, before the first one found
        first = _FIRST_NAME.search(view, max(0, span.start - 6), span.start)
        if first and _listed_name(first.group(1)):
            found.append(_Span(*first.span(1), KIND_NAME))
        names_listed = 1
        while True:
            if more := _NEXT_NAME.match(view, end):
                group = 1 if more.group(1) else 2  # the list's next name, or the one in brackets
                if not _good_name(more.group(group), strict=False):
                    break
                found.append(_Span(*more.span(group), KIND_NAME))
            elif (more := _NEXT_ITEM.match(view, end)) and more.start(1) in starts:
                pass  # a name found already: the list goes on
            elif more and names_listed >= 2 and _item_name(more.group(1)):
                found.append(_Span(*more.span(1), KIND_NAME))  # 蔺海燕、茅建军、秀娥（姓不详）
            elif (more := _AND_NICKNAME.match(view, end)) and more.group(1) not in _NOT_PET:
                found.append(_Span(*more.span(1), KIND_NAME))  # 丫丫和豆豆, 老梁和小孙
            else:
                break
            end = more.end()
            names_listed += 1
        listed = end
    return found


# A list's next item of two or three Han characters; after 和, a child's pet name (丫丫和豆豆),
# a surname's nickname (老梁和小孙) or another (亮子和四儿), not a thing (小区, 小时).
_NEXT_ITEM = re.compile(
    rf"\s*[、，,]\s*([{_HAN}]{{2,3}})(?=\s*(?:[、，,。；;（(）)\x00]|$|{_LIST_END}))"
)
_AND_NICKNAME = re.compile(
    rf"\s*[和与跟及]\s*(([{_HAN}])\2(?![{_HAN}]?(?:妈|爸))|[小老](?![{_SMALL_THINGS}])[{SURNAMES}]"
    rf"|[{_NICKNAME_HEADS}]子(?![子女媳])|[二三四五六七八九]儿(?![子女媳]))"
)


# 前台的雯雯, 同事萌萌: a pet name, one given name's character twice, after whose it is.
_WHOSE_PET = re.compile(rf"(([{''.join(sorted(_GIVEN))}])\2)")
# 工程部的建波哥: two given names' characters and 哥 or 姐, where the dictionary knows no word
# of the two; 强哥说, 芳姐来: one, as friends call someone, before what they do (not 大哥,
# 表姐, 帅哥). Both anchored on 哥 and 姐.
_SIBLING = re.compile(rf"[哥姐](?![{_HAN}]?们)")
_SIBLING_HEADS = frozenset(_GIVEN - set("小大老阿"))
_BEFORE_GIVEN = frozenset('的，。、；：:！？!? “"（(\x00')
_BIRTH_ORDER = frozenset("二三四五六七八九十细幺满")
_NUMBER_CHARS = frozenset("第一二三四五六七八九十百千几两")
_SIBLING_DOES = re.compile("说|讲|称|来|家|和|同|也|还|都|已|表示|反映|要求|帮|话|喺|嘅|会|仲")


def _siblings(view: str) -> Iterator[tuple[int, int]]:
    for m in _SIBLING.finditer(view):
        at = m.start()
        if _given_pair(view, at):
            yield at - 2, at
        elif (
            at >= 1
            and view[at - 1] in _SIBLING_HEADS
            and not rjieba.has_word(view[at - 1 : at + 1])
            and (
                (
                    (at == 1 or view[at - 2] in _BEFORE_GIVEN or view[at - 2] in "和与跟")
                    and _SIBLING_DOES.match(view, at + 1)
                )
                # 车主虎哥: after a word for a person, whatever follows
                or _ENDS_PERSON.search(view, max(0, at - 7), at - 1) is not None
            )
        ):
            yield at - 1, at + 1


# 七叔, 三婆, 细叔公 (a birth order), 琼姨, 辉叔, 英姨 (one character of a given name) before a
# kin word, as southern neighbours address their elders; and 辉仔, 雄仔, 区仔, one character of a
# name before 仔. Where a clause, a link word or a word for a person comes before them (not 大叔,
# 表叔, 阿姨, 公仔: those heads make words of their own, which the dictionary knows). Two
# characters of any kind are a given name before 叔, 婶, 嫂 and 姨 where they start a word
# (建国叔, 红旗嫂, 细妹姨), and before the kin words that follow only a person's name (长沙's
# 娭毑 and 嗲嗲, X伢子, X妹子) where an address may start (桂花娭毑, 建平伢子).
_KIN_ADDRESS = re.compile("叔公|伯公|婆婆|娭毑|嗲嗲|伢子|妹子|[叔婶嫂姨姑婆伯仔]")
_AFTER_NAMES_ONLY = frozenset(("娭毑", "嗲嗲", "伢子", "妹子"))
_AFTER_GIVEN_NAMES = frozenset("叔婶嫂姨")
_ADDRESS_HEADS = _SIBLING_HEADS | _BIRTH_ORDER | frozenset(SURNAMES)
_BEFORE_ADDRESS = frozenset("同和与跟俾话说讲搵叫问系及给找楼层座栋室户")


def _kin_addresses(view: str) -> Iterator[tuple[int, int]]:
    for m in _KIN_ADDRESS.finditer(view):
        at = m.start()
        two = view[at - 2 : at] if at >= 2 else ""
        if _given_two(two) and (
            (m.group() in _AFTER_NAMES_ONLY and _opens_address(view, at - 2))
            or (
                m.group() in _AFTER_GIVEN_NAMES
                and not _ENDS_PERSON.search(view, max(0, at - 7), at - 1)  # 楼长|根叔
                and _word_starts(view, at - 2)
            )
        ):
            yield at - 2, at
            continue
        if m.group() == "嫂":
            continue  # 嫂 after one character: 大嫂, 月嫂
        head = view[at - 1 : at]
        if not head or head not in _ADDRESS_HEADS or view[at + 1 : at + 2] == "们":
            continue
        if m.group() == "仔" and head in _BIRTH_ORDER:
            continue  # 细仔: a small boy
        if head not in _BIRTH_ORDER and rjieba.has_word(head + m.group()):
            continue  # 世伯, 牛仔
        counted = head in _BIRTH_ORDER and two[:1] in _NUMBER_CHARS  # 十三叔, 三个叔伯
        if _opens_address(view, at - 1) and not counted:
            yield at - 1, at


def _given_two(two: str) -> bool:
    """Whether two characters before a kin word may be a given name: not a size, an age or a
    kin word's own start (细伢子, 大表姨, 阿姨), not a birth order (系|七叔: the birth order
    alone), not after a count (三个叔伯), not a word for a person or whose kin it is."""
    return (
        len(two) == 2
        and _ALL_HAN.fullmatch(two) is not None
        and two[1] not in "大老小细表堂师阿爷"
        and two[1] not in _BIRTH_ORDER
        and two[0] not in _NUMBER_CHARS
        and not _NOT_KIN_OF.search(two)
        and not _PERSON_WORD.fullmatch(two)
    )


def _opens_address(view: str, at: int) -> bool:
    """Whether a way of addressing someone may start at `at`: a clause's start, or after a
    link word, a home (楼, 室), a character that is not Chinese or a word for a person."""
    before = view[max(0, at - 6) : at]
    return (
        not before
        or before[-1] in _BEFORE_GIVEN
        or before[-1] in _BEFORE_ADDRESS
        or not _HAN_CHAR.match(before[-1])
        or _ENDS_INTRO.search(before) is not None
    )


# 肥仔明, 大头辉, 高佬成 (by looks); 猪肉荣, 卖鱼胜, 肠粉玲 (by trade): how someone looks or what
# they sell before one character of a given name, as southern neighbours name each other.
_HEAD_NICKNAME = re.compile(
    "(?:肥仔|肥婆|肥佬|靓仔|靓女|大头|大眼|高佬|矮仔|瘦仔|黑仔|光头|细佬|猪肉|牛肉|卖鱼|鱼档|菜档|"
    f"烧腊|烧鹅|牛杂|肠粉|豆腐|糖水)[{''.join(sorted(_GIVEN))}]"
)


def _head_nicknames(view: str) -> Iterator[tuple[int, int]]:
    for m in _HEAD_NICKNAME.finditer(view):
        if not rjieba.has_word(m.group()) and _ends_here(view, m.end()):
            yield m.span()


# 晓光反映, 丽萍说: two given names' characters that begin a clause before what a person
# does (anchored on the verb).
def _given_names_saying(view: str) -> Iterator[tuple[int, int]]:
    return (
        (m.start() - 2, m.start()) for m in _SAYS.finditer(view) if _given_pair(view, m.start())
    )


def _given_pair(view: str, at: int) -> bool:
    """Whether the two characters before `at` are given names' characters that begin a clause
    (or follow 的), where the dictionary knows no word of the two or knows them as a proper
    name (建国, 建华, 海燕: given names as common as words)."""
    two = view[at - 2 : at]
    return (
        len(two) == 2
        and (at == 2 or view[at - 3] in _BEFORE_GIVEN)
        and all(c in _SIBLING_HEADS for c in two)
        and two not in _NOT_NAMES
        and (not rjieba.has_word(two) or _tags(two)[0][1] in _PROPER_TAGS)
    )


_PROPER_TAGS = frozenset(("nr", "ns", "nz"))


# 夏天和冬冬两口子, 亮亮跟小雪俩: the two of a couple or a pair, named (anchored on 和).
_COUPLE = re.compile(
    rf"[和与跟](?<=([{_HAN}]{{2}})[和与跟])([{_HAN}]{{2,3}}?)"
    r"(?=两口子|小两口|俩口子|夫妻|夫妇|两个人|俩)"
)
_NOT_IN_COUPLE = re.compile("[他她我你您这那其]|楼|邻|家|户")


def _couple(m: re.Match[str]) -> list[tuple[int, int]]:
    words = m.group(1, 2)
    if any(_NOT_IN_COUPLE.search(w) or not _item_name(w) for w in words):
        return []
    return [m.span(1), m.span(2)]


def _item_name(word: str) -> bool:
    """A list item among names, without a surname (秀娥), unless a word for a person."""
    return _listed_name(word) and not _ENDS_PERSONAL.search(word) and word not in _NOT_PET


# ---------------------------------------------------------------------------------------
# Putting it together


def _spread(spans: Iterable[_Span], texts: Sequence[str]) -> list[list[_Span]]:
    """Spans of the joined texts, handed back to the text each falls in."""
    if len(texts) == 1:
        return [list(spans)]  # a long cell, or the gate's one text: nothing to hand out
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    out: list[list[_Span]] = [[] for _ in texts]
    for s in spans:
        i = bisect_right(starts, s.start) - 1
        at = starts[i]
        out[i].append(_Span(s.start - at, s.end - at, s.kind, s.rows, s.replacement) if at else s)
    return out


def _text_finds(folded_texts: list[str], rooms: frozenset[str] | set[str]) -> list[list[_Span]]:
    """Patterns (with the register's bare `rooms`) and guessed names, texts joined in batches
    (the tagger is fastest on runs of about a hundred thousand characters, and memory stays
    bounded)."""
    out: list[list[_Span]] = []
    batch: list[str] = []
    size = 0
    for text in [*folded_texts, None]:
        if text is None or (batch and size + len(text) > _BATCH):
            joined = _JOIN.join(batch)
            # Names are looked for with spaces dropped (王 秀芝), numbers with them kept.
            compact = _view(joined, _WS)
            names = compact.restored(_name_spans(compact.text))
            out += _spread(_pattern_spans(joined, rooms) + names, batch)
            batch, size = [], 0
        if text is not None:
            batch.append(text)
            size += len(text) + 1
    return out


_BATCH = 100_000


# Capitalised words in complaints that are no one's name: brands, places, English words.
_LATIN_WORDS = (
    "Apple Huawei Xiaomi Oppo Vivo Tesla Toyota Honda Nissan Audi Benz Volvo Ford Haier Midea "
    "Gree Philips Siemens Panasonic Sony Samsung Lenovo Dell Wifi Party Hello Sorry Thanks Please "
    "Room Service Lobby Hotel Mall Park Plaza Tower Garden Center Centre Street Road Coach Sunny "
    "China Shenzhen Beijing Shanghai Guangzhou Hong Kong Macau Taiwan Email Wechat Alipay Taobao "
    "Meituan Didi Excel Word Office Windows Android Iphone Ipad Online Offline Note"
)
_NOT_LATIN_NAMES = frozenset(_LATIN_WORDS.split())


def _finds_many(
    texts: Sequence[str],
    known: RegisterValues | None,
    *,
    guess_names: bool,
    givens: Sequence[tuple[str, ...]] = (),
    flats: frozenset[str] = frozenset(),
) -> tuple[list[list[_Span]], str]:
    """Every personal detail in each text, as spans of the text as given, overlaps merged;
    and the texts folded and spaceless, joined by `_JOIN`, as the register's values were
    matched in them ('' without `known`). `givens`, where given, holds per text the given
    names of its own people, names wherever that text writes them; `flats`, for the gate,
    the flats written bare that are flats wherever `anonymize` counts the register's."""
    if not texts:
        return [], ""
    views = [_view(t, _ZW) if _ZW.search(t) else None for t in texts]
    # Folding keeps every position, so one joined text serves the folded and the cased finds.
    cased = _JOIN.join(v.text if v else t for v, t in zip(views, texts, strict=True))
    joined = _folded(cased)
    folded_texts = joined.split(_JOIN)
    if guess_names:
        latin_names = _spread(_cased_names(cased), folded_texts)
    if not guess_names:
        found = _spread(_pattern_spans(joined, flats), folded_texts)
    else:
        # The register's own flats written bare (501漏水到我家) count for `anonymize` wherever
        # nothing makes them an amount, a count, a product or a service number; the gate counts
        # them only in room context, as the patterns do: a statistics table's 101 or the
        # theme's 404 page is no flat. Found in the patterns' own pass (`anonymize` needs no
        # rows), not in a second one.
        found = _text_finds(folded_texts, known.rooms if known is not None else frozenset())
    if guess_names:
        found = [a + b for a, b in zip(found, latin_names, strict=True)]
    compact = _View("", [], [0])
    if known is not None:
        if not guess_names:
            found = [
                [_with_rows(s, f, known) for s in spans]
                for spans, f in zip(found, folded_texts, strict=True)
            ]
        extra = (
            _register_titled(joined, known) + _register_surnames_told(joined, known)
            if guess_names
            else []
        )
        # Register values are matched with spaces dropped too (黄 晓明): map back twice.
        compact = _view(joined, _WS)
        register = known.spans(compact)
        if guess_names:  # a list that begins with a resident goes on with neighbours
            register += _listed_names(compact.text, [s for s in register if s.kind == KIND_NAME])
        extra += compact.restored(register)
        for spans, more in zip(found, _spread(extra, folded_texts), strict=True):
            spans += more
    for spans, text, names in zip(found, folded_texts, givens, strict=False):
        spans += [_Span(at, at + len(n), KIND_NAME) for n in names for at in _find_all(text, n)]
    for i, view in enumerate(views):
        if view is not None:
            found[i] = view.restored(found[i])
    for text, spans in zip(texts, found, strict=True):
        if not spans:
            continue
        beside = _flats_beside_names(text, spans)
        if guess_names:
            spans += beside
            spans += _other_names(text, spans)
            spans += _listed_flats(text, spans)
            spans += _repeated(text, spans)
        elif beside and known is not None:
            # The gate's flats right before or after a register name (1107邴国栋): it guesses
            # no names, so these stand beside a resident's own, never beside a word of a page.
            folded = _folded(text)
            spans += [_with_rows(s, folded, known) for s in beside]
    merged = [_merge(spans, rows=not guess_names) if len(spans) > 1 else spans for spans in found]
    return merged, compact.text


# 204 Jason Liu, 0603 Ken, 604 李家姆妈: a flat right before a name, as household lists write
# it; 22-6蹇哥, K8滕先生, 17B杭小姐, 29幢金女士, 17号院蒲老师, G08铺佘太, 2701 阿May: a
# home right before a person (a villa or a shop written before its owner is their address);
# 韦海峰 1506（已撤回）, Amy(819)：, 覃丽萍 933；, Sarah Mitchell (908) complained: right after one,
# ending the item or in brackets.
_FLAT_BEFORE = re.compile(
    r"(?<![0-9０-９a-zA-Zａ-ｚＡ-Ｚ./\-+#])"
    r"(?:(?<![,，])(?:[0-9０-９]{3,4}|\d{1,2}-\d{1,2}|\d{1,2}[A-Za-z]|\d{1,3}(?:幢|号院))"
    r"|[A-Za-z]{1,2}\d{1,2}(?:-\d{1,3})?(?:栋|幢)?)"
    r"(?=(?:铺|店|的|家|店长|业主)?\s*[阿小老]?\s*$)"
)
_FLAT_AFTER = re.compile(r"\s*[（(]?([0-9０-９]{3,4})(?:[)）]|(?=\s*(?:[；;，,、。（(：:]|$)))")


def _flats_beside_names(text: str, spans: list[_Span]) -> list[_Span]:
    out = []
    for s in spans:
        if s.kind != KIND_NAME:
            continue
        if before := _FLAT_BEFORE.search(text, max(0, s.start - 8), s.start):
            out.append(_Span(*before.span(), KIND_UNIT))
        after = _FLAT_AFTER.match(text, s.end)
        if after and after.group(1) not in _EMERGENCY:
            out.append(_Span(*after.span(1), KIND_UNIT))
    return out


# LHM（刘慧敏）, KIM MINSU（金敏洙）, 东子（保洁班长刘东）: what stands right before a bracket
# that holds a found name is the same person's other name: Latin letters (up to three
# words), or two or three Han characters when the bracket first says what the person is.
_OPENS = re.compile(r"[（(]([^（()）]{0,8})$")
_LATIN_ALIAS = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?: [A-Za-z]+){0,2}\s*$")
_HAN_ALIAS = re.compile(f"(?<![{_HAN}])[{_HAN}]{{2,3}}$")
_CLOSES = re.compile(r"\s*[）)，,]")


def _other_names(text: str, spans: list[_Span]) -> list[_Span]:
    out = []
    for s in spans:
        if s.kind != KIND_NAME or not _CLOSES.match(text, s.end):
            continue
        opened = _OPENS.search(text, max(0, s.start - 9), s.start)
        if opened and (other := _other_name_before(text, opened)):
            out.append(other)
    return out


def _other_name_before(text: str, opened: re.Match[str]) -> _Span | None:
    said, at = opened.group(1), opened.start()
    if not said:
        latin = _LATIN_ALIAS.search(text, max(0, at - 40), at)
        word = latin.group().rstrip() if latin else ""
        if latin and word and word.capitalize() not in _NOT_LATIN_NAMES:  # not Apple（苹果）
            return _Span(latin.start(), latin.start() + len(word), KIND_NAME)
        return None
    said = said.rstrip("，, ")  # 伊万（俄籍租户，Ivan Petrov）
    han = _HAN_ALIAS.search(text, max(0, at - 3), at) if _ENDS_ROLE.search(said) else None
    if han and han.group() not in _NOT_NAMES and not _ENDS_PERSONAL.search(han.group()):
        return _Span(*han.span(), KIND_NAME)
    return None


def _listed_flats(text: str, spans: list[_Span]) -> list[_Span]:
    """The flats listed after a found one (A座1512、1513、1607): a list of flats."""
    return [f for s in spans if s.kind == KIND_UNIT for f in _next_flats(text, s.end)]


# A flat as a text writes it bare (306, 17C); a name of two characters or more, in Han
# characters or in Latin letters (initials, a chat handle: ZW).
_FLAT_TOKEN = re.compile(r"[0-9０-９]{3,4}|[0-9]{1,2}[A-Za-z]")
_NAME_TOKEN = re.compile(f"[{_HAN}]{{2,4}}|[A-Za-z]{{2,12}}")


def _repeated(text: str, spans: list[_Span]) -> list[_Span]:
    """A flat or a name found once in a text is one wherever the text repeats it (隔壁306噪音 …
    同306嘅; 业主龙海平 … 龙海平赔偿; @ZW … ZW就是), and so is a full name's given name (肖春生 …
    春生修): the words around the second may not say so. Digits and letters only where they
    stand alone (not the 306 of 1306, the ZW of ZWX)."""
    kinds = {
        text[s.start : s.end]: s.kind
        for s in spans
        if (s.kind == KIND_UNIT and _FLAT_TOKEN.fullmatch(text, s.start, s.end))
        or (s.kind == KIND_NAME and _NAME_TOKEN.fullmatch(text, s.start, s.end))
    }
    # 肖春生 … “春生修”: a full name's given name, written alone elsewhere in the text
    kinds |= {given: KIND_NAME for token in list(kinds) if (given := _given_of(token))}
    tokens = list(kinds)
    if len(tokens) * len(text) < _SCAN_LIMIT:  # most texts: a few tokens, a short text
        found = [(at, token) for token in tokens for at in _find_all(text, token)]
    else:  # a long list (a joint complaint): one pass, linear in the text
        matches = ahocorasick_rs.AhoCorasick(tokens).find_matches_as_indexes(text, overlapping=True)
        found = [(start, tokens[i]) for i, start, _ in matches]
    return [
        _Span(at, at + len(token), kinds[token])
        for at, token in found
        if (kinds[token] == KIND_NAME and not token.isascii())
        or (
            (at == 0 or not _word_char(text[at - 1]))
            and (at + len(token) == len(text) or not _word_char(text[at + len(token)]))
        )
    ]


def _given_of(token: str) -> str | None:
    """The given name of a found full name (春生 of 肖春生), not a title or a word for a person
    the span held (王阿姨, 陈业主)."""
    given = _given_part(token)
    if given is None or token[0] not in SURNAMES:
        return None
    return None if given in _NOT_NAMES or _PERSONAL_WORD.fullmatch(given) else given


def _given_part(name: str) -> str | None:
    """The two characters of given names after a Han name's surname (丽萍 of 褚丽萍, 慧敏 of
    欧阳慧敏), or None for a name of another shape."""
    given = name[2 if name[:2] in _COMPOUNDS else 1 :]
    return given if len(given) == 2 and _ALL_HAN.fullmatch(name) else None


# Above this many token-characters, an automaton finds a text's tokens faster than a search
# per token (building one costs tens of microseconds, too much for every short text).
_SCAN_LIMIT = 50_000


def _find_all(text: str, token: str) -> list[int]:
    found = []
    at = text.find(token)
    while at >= 0:
        found.append(at)
        at = text.find(token, at + len(token))
    return found


def _word_char(ch: str) -> bool:
    """A character that makes a flat's digits or a name's letters part of something longer
    (1306, 3.06, 306-2, ZWX)."""
    return ch.isalnum() and not "\u4e00" <= ch <= "\u9fff" or ch in ".-:/．－："


def _keys(value: str, kind: str) -> list[str]:
    """Ways to recognise a unit or phone however it is written: its groups of digits and
    letters (5栋1622 -> 5-1622), its room (1622); a phone's last 11 or 8 digits."""
    if kind == KIND_UNIT:
        groups = _KEY_GROUPS.findall(value)
        return ["u:" + "-".join(groups)] + (["r:" + groups[-1]] if groups else [])
    if kind == KIND_PHONE:  # 3925816: a small city's local number, written without 0771
        return ["p:" + value[-11:], "p:" + value[-8:], "p:" + value[-7:]]
    return []


_KEY_GROUPS = re.compile(r"\d+|[a-z]+")


def _with_rows(span: _Span, text: str, known: RegisterValues) -> _Span:
    """A pattern's find that is also a register value carries that value's rows. `text` is
    folded already: a unit's keys need its spaces dropped, not a fold of its own."""
    found = text[span.start : span.end]
    if span.kind == KIND_UNIT:
        keys = _keys(_SPACES.sub("", found), KIND_UNIT)
    else:
        keys = _keys(_NOT_DIGIT.sub("", found), KIND_PHONE)
    by_key = known.by_key
    for key in keys:
        if key in by_key:
            return span._replace(rows=by_key[key])
    return span


_BEFORE_ANY_TITLE = re.compile(rf"([{_HAN}]){_starts(*HONORIFICS)}(?:{_HONORIFIC})")


def _register_titled(text: str, known: RegisterValues) -> list[_Span]:
    """A register name's surname before any title (官先生, 劳生, 燕姐, 诸小姐), for
    `anonymize`; not where the two make a word (卫生间, 施工). Before a title only a person
    has (先生, 阿姨), whatever the segmenter makes of the word before (预约时寇先生)."""
    return [
        _Span(m.start(1), m.end(1), KIND_NAME)
        for m in _BEFORE_ANY_TITLE.finditer(text)
        if m.group(1) in known.surnames
        and not text[max(0, m.start(1) - 3) : m.end(1)].endswith(_PARTIES)  # 自来水公司师傅
        and (
            (_PERSON_TITLE_AT.match(text, m.end(1)) and m.group(1) not in _NOT_BEFORE_TITLE)
            or _titled(text, m)
        )
    ]


_PERSON_TITLE_AT = re.compile("|".join(PERSON_TITLES))
# 姓訾, 訾姓, 訾读zī: a surname named as one (a rare one is as good as the name).
_SURNAME_TOLD = re.compile(rf"(?<=姓)([{_HAN}])|([{_HAN}])(?=姓|读[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])")


def _register_surnames_told(text: str, known: RegisterValues) -> list[_Span]:
    return [
        _Span(*m.span(group), KIND_NAME)
        for m in _SURNAME_TOLD.finditer(text)
        if m.group(group := 1 if m.group(1) else 2) in known.surnames
    ]


def _titled_here(view: str, m: re.Match[str]) -> bool:
    """A character before a person's title is a surname unless it makes a phrase (那位先生,
    她先生) or ends a word (保洁阿姨)."""
    return m.group(1) not in _NOT_BEFORE_TITLE and _surname_starts_here(
        view, m.start(1), m.group(1)
    )


def _merge(spans: list[_Span], *, rows: bool) -> list[_Span]:
    """Overlapping spans as one, with the strongest kind (and every row, for the gate); a
    staff name's role is kept when the merged span is exactly that name. Finders often agree
    (a list's flat is a unit, a room and a repeat): without rows, each span counts once."""
    if not rows:
        spans = list({(s.start, s.end, s.kind, s.replacement): s for s in spans}.values())
    spans.sort(key=itemgetter(0))
    merged: list[_Span] = []
    group = [spans[0]]
    end = spans[0].end
    for s in spans[1:]:
        if s.start < end:
            group.append(s)
            if s.end > end:
                end = s.end
        else:
            # A span that overlaps none is kept as it is, without a call.
            merged.append(_joined(group, end, rows) if len(group) > 1 else group[0])
            group, end = [s], s.end
    merged.append(_joined(group, end, rows) if len(group) > 1 else group[0])
    return merged


def _joined(group: list[_Span], end: int, rows: bool) -> _Span:
    start = group[0].start
    kind = _STRENGTH[max([_RANK[s.kind] for s in group])]
    roles = [s.replacement for s in group if s.replacement and s.start == start and s.end == end]
    return _Span(
        start,
        end,
        kind,
        tuple(sorted(set().union(*[s.rows for s in group]))) if rows else (),
        roles[0] if roles and kind == KIND_NAME else "",
    )


_RANK = {kind: i for i, kind in enumerate(_STRENGTH)}


_HONORIFIC_AT = re.compile(rf"\s*(?:{_HONORIFIC})")


def anonymize(text: str, known: RegisterValues | None = None, people: Sequence[str] = ()) -> str:
    """`text` with every personal detail replaced by a marker of its kind; `people` are the
    cells that name the people of the complaint it is from (its 投诉人, its staff).

    A name before an honorific or title keeps it (张伟先生 -> 某先生, 李经理 -> 某经理); a
    staff name becomes its role (吴刚 -> 责任部门跟进人).
    """
    return anonymize_many([text], known, [people])[0]


@without_gc_pauses
def anonymize_many(
    texts: Sequence[str],
    known: RegisterValues | None = None,
    people: Sequence[Sequence[str]] = (),
) -> list[str]:
    """`anonymize` for many texts at once: each pattern, the automaton and the tagger pass
    over all of them together (an export's texts cost their length, not their number).
    `people`, where given, holds each text's cells that name its complaint's people: staff
    who know a resident write her given name alone (丽萍说…), and in her own complaint that
    is her; a colleague's alone (嘉慧已致电…) in the complaint she handles is her too."""
    givens = [given_names_of(cells, known) for cells in people] if known else []
    found, _ = _finds_many(texts, known, guess_names=True, givens=givens)
    return [_replaced(text, spans) for text, spans in zip(texts, found, strict=True)]


@without_gc_pauses
def anonymize_complaints(
    texts: Sequence[Sequence[str]], known: RegisterValues, people: Sequence[Sequence[str]]
) -> tuple[list[str], list[bytes]]:
    """`anonymize_many` of each complaint's texts, all in order, with its people; and
    each complaint's texts as `may_mention` reads them, from the same fold: folded,
    spaceless, joined by `_JOIN`, in UTF-8 (searched as bytes, never decoded). An export
    keeps them with its entries, so a kept text is never folded again."""
    flat = [t for ts in texts for t in ts]
    givens = [
        names
        for ts, cells in zip(texts, people, strict=True)
        for names in [given_names_of(cells, known)] * len(ts)
    ]
    found, compact = _finds_many(flat, known, guess_names=True, givens=givens)
    folded = iter(compact.split(_JOIN) if flat else ())
    forms = [_JOIN.join([next(folded) for _ in ts]).encode() for ts in texts]
    return [_replaced(text, spans) for text, spans in zip(flat, found, strict=True)], forms


def given_names_of(cells: Sequence[str], known: RegisterValues) -> tuple[str, ...]:
    """The given names (丽萍 of 褚丽萍, 慧敏 of 欧阳慧敏) of the people `cells` name (a 投诉人
    cell, staff cells), folded; none of a single character (too many words hold it)."""
    names: list[str] = []
    for cell in cells:
        values = known.cells.complainant.get(cell)
        names += _givens_in(values) if values is not None else _cell_given_names(cell)
    return tuple(names)


def _givens_in(values: Contributions) -> tuple[str, ...]:
    return tuple(
        given
        for value, _, replacement in values
        if not replacement and 3 <= len(value) <= 4 and (given := _given_part(value)) is not None
    )


@lru_cache(maxsize=4096)
def _cell_given_names(cell: str) -> tuple[str, ...]:
    """given_names_of a cell the register's values were not read from (a staff cell): staff
    cells repeat row after row."""
    return _givens_in(_cell_values([cell], [], []).complainant[cell]) if cell else ()


def _replaced(text: str, spans: list[_Span]) -> str:
    """`text` with each span replaced by what replaces it."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for s in spans:
        parts.append(text[last : s.start])
        if s.replacement:
            parts.append(s.replacement)
        elif s.kind == KIND_NAME and _HONORIFIC_AT.match(text, s.end):
            parts.append("某")
        else:
            parts.append(MARKERS[s.kind])
        last = s.end
    parts.append(text[last:])
    return "".join(parts)


def may_mention(forms: Sequence[bytes], changes: Changes) -> list[bool]:
    """Whether each complaint's texts (as `anonymize_complaints` folds them) may hold a value
    that changed, or a changed surname before a title: the texts whose anonymization the
    change can alter. Generous: any occurrence counts, but a changed name's only where no
    unchanged value's match holds it."""
    surnames = sorted(changes.surnames)
    words = [*changes.values, *changes.names, *changes.covers]
    if not forms or not (changes.values or changes.names or surnames):
        return [False] * len(forms)
    joined = _JOIN.encode().join(forms)
    found = []
    if words:
        automaton = ahocorasick_rs.BytesAhoCorasick([w.encode() for w in words])
        matches = automaton.find_matches_as_indexes(joined, overlapping=True)
        found += _uncovered(matches, len(changes.values), len(words) - len(changes.covers))
    if surnames:
        # UTF-8 is self-synchronizing: a character's bytes never match inside another's.
        titled = f"(?:{'|'.join(map(re.escape, surnames))})(?:{_HONORIFIC})"
        found += [m.start() for m in re.finditer(titled.encode(), joined)]
    # Where each complaint's forms end in `joined`, in C: its length plus the joins before it.
    ends = list(map(add, accumulate(map(len, forms)), count()))
    hits = [False] * len(forms)
    for at in found:
        hits[bisect_left(ends, at)] = True
    return hits


def _uncovered(matches: list[tuple[int, int, int]], names: int, covers: int) -> list[int]:
    """The starts of the `matches` of changed values (the words before `names`), and of
    changed names (before `covers`) that no cover's match (the rest) holds."""
    starts, named, held = [], [], []
    for index, start, end in matches:
        if index < names:
            starts.append(start)
        elif index < covers:
            named.append((start, end))
        else:
            held.append((start, end))
    held.sort()
    held_starts = [start for start, _ in held]
    reach = list(accumulate((end for _, end in held), max))  # the furthest end so far
    for start, end in named:
        i = bisect_right(held_starts, start) - 1
        if i < 0 or reach[i] < end:
            starts.append(start)
    return starts


class Own(NamedTuple):
    """What is a notice's own: its people's given names and its flats, which the gate finds
    in that notice written alone or bare (丽萍说…, 3408衣柜), as `anonymize` does in its
    complaint; elsewhere they are words and numbers like any other."""

    names: tuple[str, ...] = ()
    flats: frozenset[str] = frozenset()


NOTHING_OWN = Own()


def own_of(people: Sequence[str], unit: str, known: RegisterValues) -> Own:
    """What is a complaint's own: the given names of its people's cells and the flats of its
    房号 cell."""
    flats = frozenset(v for v, *_ in known.cells.unit.get(unit, ()) if v in known.rooms)
    return Own(given_names_of(people, known), flats)


def scan(text: str, known: RegisterValues, own: Own = NOTHING_OWN) -> list[Finding]:
    """The personal details in `text` for the site gate: the register's values in any
    variant and the patterns, but no guessing of names in free text; and what is `own` to
    the notice `text` is part of. Linear in len(text)."""
    (spans,), _ = _finds_many([text], known, guess_names=False, givens=[own.names], flats=own.flats)
    return [Finding(s.kind, tuple(s.rows), s.start, s.end) for s in spans]
