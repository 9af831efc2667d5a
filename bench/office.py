"""What office staff type into a register: distinct people, phones and flats, and free text.

Every complainant, phone number and flat is new to the register, as in a real one where the
values the anonymizer must find grow with the rows. Names follow real surname frequencies;
flats are written in each estate's own house style and, within it, the several ways staff
write them; free text mentions neighbours, guards, managers, flats, phones, plates and chat
ids the way staff type them. One `Office` per register, seeded: the same seed gives the same
values.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

# Surnames with their rough share of the population (per mille); the tail shares the rest.
_COMMON = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 21), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 14), ("马", 13), ("朱", 13),
    ("胡", 12), ("郭", 11), ("何", 11), ("高", 10), ("林", 10), ("罗", 9), ("郑", 9),
    ("梁", 9), ("谢", 8), ("宋", 8), ("唐", 7), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7),
    ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5), ("袁", 5), ("潘", 5),
    ("于", 5), ("蒋", 5), ("蔡", 5), ("余", 5), ("杜", 5), ("叶", 4), ("程", 4), ("苏", 4),
    ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 4),
)  # fmt: skip
_TAIL = (
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
    "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "司徒")
SURNAMES = tuple(s for s, _ in _COMMON) + tuple(_TAIL) + _COMPOUND
_SURNAME_WEIGHTS = tuple(w for _, w in _COMMON) + (1,) * len(_TAIL) + (0.3,) * len(_COMPOUND)
_SURNAME_CUM = tuple(accumulate(_SURNAME_WEIGHTS))
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌浩宇欣怡子涵梓萱俊佳琪"
    "晨雨海波鹏飞辉翔婷雪梅琳慧颖晓东亮健宁凯旭阳琦蕾倩瑶欢萍鑫昊睿博泽轩宏彬锋丹凤燕莉云"
    "霖嘉诚思远德福春秋丰立新永康金荣庆祥瑞淑珍秀凤娥玲琴荷月兵卫坤峰毅光耀林森茂德清源"
)
HONORIFICS = ("先生", "女士", "阿姨", "师傅", "老师", "小姐", "大爷", "大姐")
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "155", "157", "158", "159", "166", "173", "177", "180", "181", "182", "186", "187", "188",
    "189", "191", "198", "199",
)  # fmt: skip
_AREA_CODES = ("0571", "0755", "020", "021", "010", "0512", "0574", "028", "027")
_PROVINCES = "粤浙苏沪京鲁川鄂湘闽"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_CN_DIGITS = "零一二三四五六七八九"
_GUARD_POSTS = ("东门岗", "南门岗", "地库入口", "监控室")
STAFF_ROLES = ("前台", "客服", "值班客服", "客服主管", "主任", "经理", "工程部", "保安队长")


@dataclass(frozen=True)
class Estate:
    """A managed estate: how its flats are numbered, and how big it is."""

    name: str
    style: str  # 栋单元 | 区栋 | 幢 | 座 | 号楼 | 井
    buildings: int
    units: int  # entrances per building (1 where the estate does not use them)
    floors: int
    per_floor: int

    @property
    def flats(self) -> int:
        return self.buildings * self.units * (self.floors - 1) * self.per_floor


# The estates of one property company, the demo's three first (its group matters name them):
# room for about 230,000 distinct flats.
ESTATES = (
    Estate("锦绣华庭", "栋单元", 24, 3, 33, 4),
    Estate("翠湖湾", "区栋", 20, 2, 18, 4),
    Estate("悦澜府", "幢", 18, 1, 34, 6),
    Estate("金地商务中心", "座", 6, 1, 41, 12),
    Estate("滨江壹号", "号楼", 22, 3, 27, 2),
    Estate("阳光花园", "井", 30, 1, 19, 6),
    Estate("书香名邸", "栋单元", 16, 2, 26, 4),
    Estate("御景湾", "号楼", 20, 2, 33, 4),
    Estate("江南华府", "幢", 26, 1, 18, 4),
    Estate("世纪城", "区栋", 30, 3, 25, 4),
    Estate("万象新城", "栋单元", 60, 4, 34, 4),
    Estate("龙湾国际", "号楼", 50, 3, 34, 4),
    Estate("丽景苑", "井", 80, 1, 19, 8),
    Estate("海棠湾", "区栋", 60, 2, 34, 4),
    Estate("星河湾", "栋单元", 50, 3, 34, 6),
    Estate("金色家园", "幢", 60, 1, 34, 6),
    Estate("城市之光", "座", 12, 1, 41, 16),
    Estate("绿洲花园", "号楼", 60, 2, 26, 6),
    Estate("天悦湾", "栋单元", 40, 4, 34, 4),
    Estate("中央公园", "区栋", 48, 3, 34, 4),
)


@dataclass(frozen=True)
class Flat:
    estate: Estate
    building: int
    unit: int
    floor: int
    number: int  # on its floor

    @property
    def room(self) -> str:
        """The room number alone, as people say it: 1102."""
        return f"{self.floor}{self.number:02d}"

    @property
    def block(self) -> str:
        """The building as the estate names it: 3栋, 北区5栋, B座, 12号楼, 7#."""
        b, style = self.building, self.estate.style
        if style == "区栋":
            zone = ("北区", "南区", "东区")[b % 3]
            return f"{zone}{b}栋"
        if style == "座":
            return f"{chr(64 + b)}座"
        return f"{b}{_BUILDING_WORD[style]}"


class Office:
    """A seeded source of the values one register holds: each person, phone and flat new."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._names: set[str] = set()
        self._phones: set[str] = set()
        self._flats: set[tuple[int, int]] = set()
        self._capacity = [e.flats for e in ESTATES]
        self.staff = [self.name() for _ in range(24)]
        self.guards = [self.name() for _ in range(8)]

    # People

    def name(self) -> str:
        """A full name nobody in this register has had yet."""
        rng = self.rng
        while True:
            surname = rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]
            given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.75 else "")
            name = surname + given
            if name not in self._names and given[:1] != given[1:]:
                self._names.add(name)
                return name

    def complainant(self, name: str) -> str:
        """The 投诉人 cell for a resident called `name`, as staff fill it in."""
        rng, roll = self.rng, self.rng.random()
        surname = _surname(name)
        if roll < 0.64:
            return name
        if roll < 0.74:
            return name + rng.choice(HONORIFICS[:5])  # 黄晓明先生
        if roll < 0.84:
            return surname + rng.choice(HONORIFICS)  # 王女士: all staff wrote down
        if roll < 0.92:
            other = self.name()
            return f"{name}{rng.choice(('、', '，', ',', '/', ' ', '和'))}{other}"  # a couple
        if roll < 0.96:
            return f"{name}（{rng.choice(('业主', '租户', '业主家属', '业主父亲'))}）"
        others = "、".join(self.name() for _ in range(rng.randint(2, 7)))
        return f"{name}、{others}等{rng.randint(4, 30)}户"  # a joint complaint

    def staff_cell(self, roles: tuple[str, ...], share: float, among: int | None = None) -> str:
        """A staff column: a colleague's name (one of the first `among` staff), or, by
        `share`, a role."""
        if self.rng.random() < share:
            return self.rng.choice(roles)
        return self.rng.choice(self.staff[:among])

    # Phones

    def mobile(self) -> str:
        """Eleven digits no one in this register has given yet."""
        while True:
            digits = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if digits not in self._phones:
                self._phones.add(digits)
                return digits

    def landline(self) -> tuple[str, str]:
        """(area code, 8-digit local number), new to this register."""
        while True:
            area = self.rng.choice(_AREA_CODES)
            local = f"{self.rng.randint(2, 8)}{self.rng.randrange(10**7):07d}"
            if area + local not in self._phones:
                self._phones.add(area + local)
                return area, local

    def phone_cell(self) -> str:
        """The 联系电话 cell: mostly plain mobiles; spaced, dashed, landlines, two numbers."""
        rng, roll = self.rng, self.rng.random()
        if roll < 0.12:
            area, local = self.landline()
            return rng.choice((f"{area}-{local}", f"{area} {local}", f"({area}){local}"))
        number = self.mobile()
        if roll < 0.70:
            return number
        if roll < 0.80:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        if roll < 0.87:
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"
        if roll < 0.92:
            return f"{number}、{self.mobile()}"
        if roll < 0.95:
            area, local = self.landline()
            return f"{number}/{area}-{local}"
        if roll < 0.98:
            return f"+86 {number}"
        return number.translate(_FULL_WIDTH)

    def phone_in_text(self) -> str:
        """A phone number as staff type it into free text, separators and all."""
        rng, roll = self.rng, self.rng.random()
        if roll < 0.15:
            area, local = self.landline()
            return rng.choice((local, f"{local[:4]} {local[4:]}", f"{area}-{local}"))
        n = self.mobile()
        if roll < 0.45:
            return n
        if roll < 0.60:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if roll < 0.70:
            return f"{n[:3]}/{n[3:7]}/{n[7:]}"
        if roll < 0.80:
            return f"{n[:3]}—{n[3:7]}—{n[7:]}"
        if roll < 0.88:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if roll < 0.95:
            return n.translate(_FULL_WIDTH)
        return "".join(_CN_DIGITS[int(d)] for d in n)

    # Flats

    def flat(self, estate: str | None = None) -> Flat:
        """A flat no one in this register has complained from yet (in `estate` if given)."""
        rng = self.rng
        while True:
            if estate is None:
                index = rng.choices(range(len(ESTATES)), weights=self._capacity)[0]
            else:
                index = next(i for i, e in enumerate(ESTATES) if e.name == estate)
            e = ESTATES[index]
            slot = rng.randrange(e.flats)
            if (index, slot) in self._flats:
                continue
            self._flats.add((index, slot))
            self._capacity[index] -= 1
            slot, number = divmod(slot, e.per_floor)
            slot, floor = divmod(slot, e.floors - 1)
            building, unit = divmod(slot, e.units)
            return Flat(e, building + 1, unit + 1, floor + 2, number + 1)

    def unit_cell(self, flat: Flat) -> str:
        """The 房号 cell, in one of the ways staff write this estate's flats."""
        b, u, room = flat.building, flat.unit, flat.room
        roll, style = self.rng.random(), flat.estate.style
        if roll < 0.55:  # the estate's own way
            return {
                "栋单元": f"{b}栋{u}单元{room}",
                "区栋": f"{flat.block}{u}单元{room}",
                "幢": f"{b}幢{room}室",
                "座": f"{chr(64 + b)}座{room}",
                "号楼": f"{b}号楼{u}单元{room}",
                "井": f"{b}#{room}",
            }[style]
        if roll < 0.82:  # dashes
            return f"{chr(64 + b)}-{room}" if style == "座" else f"{b}-{u}-{room}"
        return {  # shortened
            "栋单元": f"{b}栋{u}单元{room}室",
            "区栋": f"{flat.block}{room}",
            "幢": f"{b}#{room}",
            "座": f"{chr(64 + b)}{room}",
            "号楼": f"{b}号楼{room}房",
            "井": f"{b}栋{room}",
        }[style]

    def area_cell(self, flat: Flat) -> str | None:
        """The 楼栋区域 cell: the building, sometimes more of the flat, sometimes a place."""
        roll = self.rng.random()
        if roll < 0.05:
            return None
        if roll < 0.08:
            return self.rng.choice(("地库B1", "负一层车库", "小区东门", "中心花园", *_GUARD_POSTS))
        if roll < 0.10:  # the unit typed into the wrong column
            return f"{flat.block}{flat.room}" if self.rng.random() < 0.5 else self.unit_cell(flat)
        return flat.block

    def other_room(self, flat: Flat) -> str:
        """A neighbouring flat, written the way people point at it."""
        rng = self.rng
        floor = max(2, flat.floor + rng.choice((-1, 1, 0)))
        room = f"{floor}{rng.randint(1, flat.estate.per_floor):02d}"
        return rng.choice(
            (
                room,
                room,
                f"{flat.building}#{room}",
                f"{room}号",
                f"{chr(64 + flat.building)}-{room}",
            )
        )

    # Free text

    def fields(self, name: str, flat: Flat) -> _Fields:
        """What a row's free texts may mention, each made when first used: the complainant
        and their flat, and people and numbers that are in no column of the register."""
        rng = self.rng
        surname = _surname(name)
        return _Fields(
            {
                "n": lambda: name,
                "s": lambda: surname,
                "h": lambda: rng.choice(HONORIFICS[:4]),
                "room": lambda: flat.room,
                "unit": lambda: self.unit_cell(flat),
                "phone": self.phone_in_text,
                "phone2": self.phone_in_text,
                "room2": lambda: self.other_room(flat),
                "nb": self.name,
                "nb2": self.name,
                "ns": lambda: _surname(self.name()),
                "guard": lambda: rng.choice(self.guards),
                "gs": lambda: _surname(rng.choice(self.guards)),
                "staff": lambda: rng.choice(self.staff),
                "ms": lambda: _surname(rng.choice(self.staff[:4])),
                "plate": self.plate,
                "chat": self.chat_id,
                "email": self.email,
                "idn": self.id_number,
                "rel": lambda: rng.choice(("儿子", "女儿", "老伴", "母亲", "女婿")),
            }
        )

    def content(self, body: str, fields: _Fields) -> str:
        """投诉内容: what the resident said, with the details staff add around it."""
        rng = self.rng
        opener = rng.choices(_OPENERS, cum_weights=_OPENER_CUM)[0]
        details = rng.sample(_DETAILS, rng.choices((0, 1, 2, 3), cum_weights=(3, 7, 9, 10))[0])
        text = opener.format_map(fields) + body
        if details:
            text = text.rstrip("。") + "，" + "，".join(d.format_map(fields) for d in details)
            text += rng.choice(("。", "。", ""))
        return text

    def note(self, text: str, notes: tuple[str, ...], chance: float, fields: _Fields) -> str:
        """`text` with, by `chance`, a note such as who went to look or who was told."""
        if self.rng.random() >= chance:
            return text
        return f"{text.rstrip('。')}，{self.rng.choice(notes).format_map(fields)}。"

    # Other details

    def plate(self) -> str:
        rng = self.rng
        province, letter = rng.choice(_PROVINCES), rng.choice(_PLATE_LETTERS)
        tail = "".join(rng.choice("0123456789" + _PLATE_LETTERS[:8]) for _ in range(5))
        return rng.choice(
            (
                f"{province}{letter}{tail}",
                f"{province} {letter}{tail}",
                f"{province}{letter}·{tail}",
                f"{province}{letter}D{tail}",  # new energy: eight characters
            )
        )

    def chat_id(self) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            return f"QQ{rng.randint(10**6, 10**10)}"
        letters = "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 8))
        )
        return f"微信{rng.choice(('', '号', '：', ' '))}{letters}{rng.randint(0, 9999)}"

    def email(self) -> str:
        rng = self.rng
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
        host = rng.choice(("qq.com", "163.com", "126.com", "sina.com", "Gmail.com"))
        return f"{local}{rng.randint(1, 999)}@{host}"

    def id_number(self) -> str:
        """An 18-character 身份证 number with a valid check character."""
        rng = self.rng
        body = (
            f"{rng.choice((330106, 440305, 310115, 110105, 510107))}"
            f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randrange(1000):03d}"
        )
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
        return body + check


_BUILDING_WORD = {"栋单元": "栋", "幢": "幢", "号楼": "号楼", "井": "栋"}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _surname(name: str) -> str:
    return name[:2] if name[:2] in _COMPOUND else name[:1]


class _Fields(dict[str, str]):
    """Values for str.format_map, each made the first time a template asks for it."""

    def __init__(self, makers: dict[str, Callable[[], str]]) -> None:
        super().__init__()
        self._makers = makers

    def __missing__(self, key: str) -> str:
        value = self[key] = self._makers[key]()
        return value


_OPENERS = (
    "",
    "{n}来电反映：",
    "业主{s}{h}来电，",
    "{unit}业主来访，",
    "住{room}的{s}{h}说",
    "{n}（{phone}）投诉：",
    "租户{n}反映，",
    "业主群里{s}{h}说",
    "{n} 来电，",
    "{s}{h}（{room}）：",
)
_OPENER_CUM = tuple(accumulate((8, 4, 4, 3, 2, 2, 1, 1, 1, 1)))
_DETAILS = (
    "楼下{room2}的{nb}也反映同样问题",
    "隔壁{room2}{ns}阿姨说上周就这样了",
    "保安{guard}说当晚没看到人",
    "门岗保安老{gs}当时在场",
    "值班保安{gs}师傅已拍照",
    "{ms}经理答应周五前处理",
    "已跟物业{staff}说过两次，没人管",
    "请回电{phone2}",
    "业主电话{phone2}，微信同号",
    "另留家人电话{phone2}",
    "车牌{plate}的车一直停在消防通道",
    "业主留了{chat}",
    "{room2}业主{nb}说不是他家的问题",
    "{nb}、{nb2}几户一起来的",
    "对门{room2}{nb}家也受影响",
    "业主要求书面答复",
    "情绪比较激动，说要打12345",
    "让回邮件到{email}",
)
MEASURE_NOTES = (
    "{staff}上门查看",
    "已电话联系{s}{h}",
    "约{nb}到场协商",
    "{staff}和保安{guard}一起去{room}看过",
    "已发短信到{phone}",
)
RESULT_NOTES = (
    "{s}{h}表示满意",
    "已告知{room}业主",
    "回访时{n}说还没彻底修好",
    "{nb}同意承担维修费用",
    "{s}{h}不接电话，已发短信",
)
REMARK_NOTES = (
    "业主另一电话{phone2}",
    "车牌{plate}",
    "{chat}",
    "邮箱{email}",
    "身份证{idn}",
    "{n}的{rel}{nb}代为投诉",
)
