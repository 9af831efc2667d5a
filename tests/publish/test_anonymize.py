"""Anonymization: every personal detail leaves a published text, the matter stays readable."""

import pytest

from sync.core.model import Record
from sync.publish.anonymize import (
    RegisterValues,
    anonymize,
    anonymize_complaints,
    anonymize_many,
    fold,
    is_role,
    scan,
)

REGISTER = RegisterValues.from_records(
    [
        Record(2, {"complainant": "张伟", "unit": "3栋2单元1102室", "phone": "13800138000"}),
        Record(3, {"complainant": "李秀英", "unit": "5-1-302", "phone": "0755-87654321"}),
    ]
)


def known(*values: str) -> RegisterValues:
    """A register whose one row has these units."""
    return RegisterValues.from_records([Record(2, {"unit": v}) for v in values])


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # names: full names from the register, surnames with honorifics, nicknames
        ("张伟投诉楼上噪音", ["张伟"], ["投诉", "噪音"]),
        ("张伟先生来电", ["张伟"], ["某先生", "来电"]),
        ("业主李阿姨反映电梯故障", ["李阿姨"], ["某阿姨", "电梯故障"]),
        ("刘先生和欧阳女士一起来访", ["刘", "欧阳"], ["某先生", "某女士"]),
        ("小李说老王家在装修", ["小李", "老王"], ["装修"]),
        ("外籍租户David Smith投诉，Mr. Brown也说过", ["David", "Smith", "Brown"], ["外籍租户"]),
        ("李秀英的女儿代为投诉", ["李秀英"], ["女儿"]),
        # a list that begins with a register name goes on with neighbours
        ("业主代表张伟、柯美玲、杨建平，联名要求", ["柯美玲", "杨建平"], ["业主代表", "联名要求"]),
        # a vote by floor, an alias in brackets, what someone is called, a chat handle
        ("2层 杭美兰 反对；3层冀大爷 同意", ["杭美兰", "冀"], ["反对", "某大爷", "同意"]),
        ("保安队长“老罗”（罗振华）在门岗抽烟", ["罗振华"], ["保安队长", "门岗抽烟"]),
        ("隔壁店的老板娘叫翠花。店员小芳摆的", ["翠花", "小芳"], ["老板娘叫", "店员"]),
        ("【管家-小雯】市政抢修", ["小雯"], ["管家", "市政抢修"]),
        ("9-202 吉淑琴，约6月22日", ["吉淑琴"], ["6月22日"]),
        # a name found once is one where the text repeats it; a name the dictionary reads as
        # a place and a character (龙海平) or ending in 栋 (林国栋), after a word for a person
        ("业主龙海平就漏水达成一致，龙海平赔偿4800元", ["龙海平"], ["4800元", "赔偿"]),
        ("业委会主任林国栋也没公示", ["林国栋"], ["业委会主任", "公示"]),
        ("店主阿杰（全名胡俊杰），抄表员卢志成", ["胡俊杰", "卢志成"], ["店主", "抄表员"]),
        # phones: any spacing, dashes, +86, full-width digits, several in one text
        ("电话13800138000", ["13800138000"], ["电话"]),
        ("电话 138 0013 8000 或 139-0013-9000", ["0013", "9000"], ["电话", "或"]),
        ("手机＋８６ １３８００１３８０００", ["１３８", "138"], []),
        ("座机(0755) 8765 4321，晚上打020-12345678", ["8765", "1234"], ["座机", "晚上打"]),
        ("电话0755-87654321", ["87654321"], []),
        # ID card numbers, grouped or not, with X
        ("身份证11010119900307123X", ["1101011990"], ["身份证"]),
        ("证件 110101 19900307 1234", ["19900307"], ["证件"]),
        # plates, including 8-character new-energy plates
        ("粤B12345长期占用消防通道", ["B12345"], ["消防通道"]),
        ("车牌粤B·D12345和京AF1234学", ["D12345", "AF1234"], ["车牌"]),
        ("原车京A·F3D28换为京AD·12579，機車（車號MFK-5273）", ["F3D28", "12579", "5273"], ["原车"]),
        # Taiwan's ID numbers
        ("身分證字號B224716385，申請調閱", ["224716385"], ["申請調閱"]),
        # e-mail addresses
        ("发邮件到 li.ming_88@example.com.cn 说明", ["li.ming", "example"], ["说明"]),
        # unit and room numbers in the ways people write them
        ("3栋2单元1102室漏水", ["1102", "2单元"], ["漏水"]),
        ("5-1-302业主", ["302"], ["业主"]),
        ("B座1203和12号楼402的住户", ["1203", "402"], ["住户"]),
        ("1102室楼上1202漏水到对门1101", ["1102", "1202", "1101"], ["漏水"]),
        ("2单元501反映", ["501"], ["反映"]),
        ("１１０２室", ["1102", "１１０２"], []),
        # a flat right before a name in a household list; a Beijing entrance (4门302)
        ("签收：204 Jason Liu、0603 Ken（租户）", ["204", "0603", "Jason"], ["签收", "租户"]),
        ("好像是4门302的，14:05 张伟来电", ["302", "张伟"], ["4门", "14:05"]),
        # a flat after a name in a list; a flat the text names twice; floor-door flats
        ("候选人：蒙嘉怡 1705；覃丽萍 933；Amy(819)：同意", ["1705", "933", "819"], ["候选人"]),
        ("说隔壁306噪音，上次同306嘅四川妹吵过，共1306户", ["306嘅"], ["1306户", "噪音"]),
        ("幸嬢嬢说楼上5-2家的娃儿；7樓之3林小姐", ["5-2", "7樓之3"], ["娃儿"]),
        # a floor and door in room context (Chongqing, the north-east), not a date or a range
        (
            "16-4卫生间滴水，5-4的邻居刘婆婆，12-1上门，3-5天",
            ["16-4", "5-4"],
            ["12-1上门", "3-5天"],
        ),
        ("鞠家4-2厨房烟道倒灌，楼下老于家", ["4-2"], ["厨房烟道"]),
        # a villa's, a shop's or an office's home before its owner or in room context
        (
            "K8滕先生、29幢金女士、17号院蒲老师、17B杭小姐",
            ["K8", "29幢", "17号院", "17B"],
            ["某先生"],
        ),
        ("建材堆在E8门口，F11栋（户主姓名：严文海）", ["E8", "F11栋", "严文海"], ["门口"]),
        ("商铺B1-23岑老板，L2-17店长Vivian，G08铺佘太", ["B1-23", "L2-17", "G08"], ["商铺"]),
        (
            "32楼05单元；8栋3单元5号；桂花巷2排7号；隔鄰10號3樓住客",
            ["05单元", "3单元5号", "2排7号", "10號3樓"],
            ["住客"],
        ),
        # a bare flat where the words around make it one (顶楼, 至, 同栋, 住的, 隔篱, 公司)
        (
            "顶楼604的热水器，604住的是骆大爷；上门至802；同栋408；隔篱602；1008公司",
            ["604", "802", "408", "602", "1008"],
            ["热水器"],
        ),
        # a name in brackets after a word for a person; a family by its surname; a department
        (
            "保安杨娃儿（杨小勇），1704业主（雍小兵，电话见单），汤家阿姨",
            ["杨小勇", "雍小兵", "汤家"],
            ["阿姨"],
        ),
        (
            "转街道办王科长，保安部李队长，后勤处康科长",
            ["王", "李队长", "康"],
            ["某科长", "某队长"],
        ),
        # flats listed after a found one; 的车, 的两口子, 那个 after a flat; a neighbour's 999
        (
            "A座1512、1513、1607都是他包租；201、662、587几家",
            ["1513", "1607", "662", "587"],
            ["包租"],
        ),
        (
            "2202的车，322的两口子，653那个少年仔，楼下九九九家，隔籬H室",
            ["2202", "322", "653", "九九九", "H室"],
            ["少年仔"],
        ),
        # a flat a household verb or a check is about; flats a count of households lists;
        # a floor and a door
        (
            "说是2708在装修，联合检查1909，为1804住客，是2706私接，责令3708停工，把3004隔成",
            ["2708", "1909", "1804", "2706", "3708", "3004"],
            ["在装修", "联合检查", "住客", "私接", "停工", "隔成"],
        ),
        (
            "共3户在做短租（1805、2204、1009），15楼2号那家",
            ["1805", "2204", "1009", "15楼2号"],
            ["短租"],
        ),
        # names after 叫, in quotes after 叫伊/群里/付款人, after kin and work words, in tallies
        ("保安叫方国庆。大家叫伊“水仔”，付款人“光哥”", ["方国庆", "水仔", "光哥"], ["保安叫"]),
        (
            "她侄子钟离强，其表弟敬小川，维保员沙勇（电话见单）",
            ["钟离强", "敬小川", "沙勇"],
            ["电话见单"],
        ),
        (
            "景海涛 186票、和平 153票、祝春生 97票；覃秋菊、覃秋兰两姐妹",
            ["景海涛", "祝春生", "覃秋兰"],
            ["186票"],
        ),
        # nicknames by their form or by what stands around them
        (
            "保安杨娃儿把快递搞丢了，自称梅老三，邻居叫他辉哥，租户“飞哥”的侄子",
            ["杨", "梅老三", "辉哥", "飞哥"],
            ["保安", "侄子"],
        ),
        (
            "“岁月静好”（5栋1302隆女士）：@南方的风（5栋物业管家）“燕子(5座1005)”",
            ["岁月静好", "南方的风", "燕子"],
            ["物业管家"],
        ),
        (
            "“七彩云朵”（群昵称）的比熊；工人庞小军、石头（小名）",
            ["七彩云朵", "石头"],
            ["比熊", "小名"],
        ),
        # a name the dictionary knows only as one after a word for a person; a post as a title
        (
            "保安格桑（工号待查），孩子母亲拉姆（藏族），声乐系汪教授，回访喻爹爹",
            ["格桑", "拉姆", "汪", "喻"],
            ["某教授", "某爹爹"],
        ),
        # Japanese names in hiragana or before さん; a compound surname before a title
        (
            "佐藤健一（さとう けんいち），山本さん不在家，欧阳先生来电",
            ["さとう", "山本"],
            ["さん", "某先生来电"],
        ),
        # a name before a bracket saying what the person is
        (
            "物业的李春花（朝鲜族管家）翻译后，王先生（业主）说",
            ["李春花", "王"],
            ["某先生（业主）"],
        ),
        # what a person is called, an elder by surname, a name after 登记名係
        (
            "室友叫舒雅，村里都叫她二丫，管老要求，車主登記名係吳德華。",
            ["舒雅", "二丫", "管老", "吳德華"],
            ["室友叫"],
        ),
        # a list that goes on past a flat or a bracket; a name after a person word and a bracket
        (
            "志愿者：邹小梅（2栋1304）、吴彩霞（5栋932）；蒙嘉怡 1705；韦海峰 1506（已撤回）",
            ["吴彩霞", "韦海峰"],
            ["志愿者"],
        ),
        (
            "已联系58栋楼长（房东代理人）邱国华，协调701业主包生承担",
            ["邱国华", "包生"],
            ["楼长", "某生"],
        ),
        # Hong Kong and Macau IDs and plates, a city's e-bike plate, accounts on other apps
        (
            "身份證 K357829(4)，澳门身份证1384627(3)，车牌 MM-26-48",
            ["357829", "1384627", "MM-26"],
            ["身份證"],
        ),
        (
            "车牌：海口D18827，车牌是 RB 6630，粤Z·M138澳，小红书号 tangshiyu0829",
            ["D18827", "6630", "M138", "tangshiyu"],
            ["小红书号"],
        ),
        # a household list's names the dictionary reads as words
        ("名单：1018邸春生、1118季红、1318包桂珍，304未在家", ["季红", "1118", "304"], ["名单"]),
        # given names the tagger reads as words, where a person is expected: after a word for
        # one, after a flat (with or without 的), and a list's first name
        (
            "维保员汤立新18:40才到；充电桩名单：205 鲍文婷 苏A·D12345；漏到楼下604的朴顺姬家",
            ["汤立新", "鲍文婷", "朴顺姬"],
            ["维保员", "的某某家"],
        ),
        ("值班名单：付强、韦刚、邹红军。1203曹建明家漏水", ["付强", "曹建明"], ["某某家漏水"]),
        # a surname and two characters of given names, in no context that announces a person
        (
            "监事凌秀英核对，请示了总监汤振华，是不是陶国庆家的孩子？",
            ["凌秀英", "汤振华", "陶国庆"],
            ["监事", "核对", "总监", "家的孩子"],
        ),
        (
            "女友蒋依依，同学方梓萱在，主人段美华从来不拴绳，理赔员侯建伟下周一来，"
            "保洁部的张秀英和张秀云",
            ["蒋依依", "方梓萱", "段美华", "侯建伟", "张秀英"],
            ["女友", "同学", "主人", "从来不拴绳", "理赔员", "保洁部的"],
        ),
        (
            "居慧敏已同意赔偿，2435户主门振国，均已通知；另有路长明一户弃权，快递单写成王小兵",
            ["居慧敏", "门振国", "路长明", "王小兵"],
            ["已同意赔偿", "户主", "一户弃权", "快递单写成"],
        ),
        # more words for a person; a name ends before a word it would cut (吴建|承诺)
        (
            "设计师吴建承诺15天完工，保安队长孙浩夜间巡逻，群主韦东已提醒，与前夫祝海东之间",
            ["吴建", "孙浩", "韦东", "祝海东"],
            ["设计师", "承诺15天", "夜间巡逻", "群主", "已提醒", "前夫"],
        ),
        # chats: who a message is addressed to, a speaker's label; pinyin capitals; 黎sir
        (
            "群里@燕燕 说她家装修，@物业小程 没回，【大鹏（杜鹏飞）】：明天报警 【物业-小方】：马上处理",
            ["燕燕", "小程", "大鹏", "杜鹏飞", "小方"],
            ["@物业", "【物业-"],
        ),
        (
            "收件人写的是 WANG JIANGUO，佢叫黎sir嚟睇",
            ["WANG", "JIANGUO", "黎"],
            ["收件人写的是", "sir"],
        ),
        # a flat before a word that starts with a surname: not a name (卫 of 卫生间, 韩国人)
        (
            "1203卫生间漏水，住402的韩国人，602的熊孩子",
            ["1203", "402"],
            ["卫生间", "的韩国人", "熊孩子"],
        ),
        # transliterated names joined by a dot; a name a bracket describes as a person
        (
            "申请为其母阿依古丽·吐尔逊办理门禁卡，艾山·买买提说，老板苏和（手机见登记表）",
            ["阿依古丽", "吐尔逊", "艾山", "买买提", "苏和"],
            ["为其母", "办理", "说，老板"],
        ),
        # nicknames: glued to the next word, what a person is called, a parent by the child's
        # pet name, a nickname before the full name, a handle named as an account
        (
            "邻居老万私搭鸡窝，男生名字好像叫乐小川。租客（东北来的，叫二柱）抽烟，305豆豆妈反映",
            ["老万", "乐小川", "二柱", "豆豆妈"],
            ["私搭鸡窝", "租客", "反映"],
        ),
        (
            "孙子小宝（大名邝一鸣）摔伤，中介小帅（邓凯）带人看房，抖音账号是@橘子汽水呀",
            ["小宝", "邝一鸣", "小帅", "邓凯", "橘子汽水"],
            ["孙子", "中介", "抖音账号"],
        ),
        # a name found once is one wherever the text repeats it, in letters too; what stands
        # before a bracket holding a found name is that person's other name
        (
            "群里@LW 说楼道堆了杂物，LW就是三楼陆文涛。回访WJ（王建军），大刘（保安队长刘国庆）到场",
            ["LW", "陆文涛", "WJ", "王建军", "大刘", "刘国庆"],
            ["群里", "三楼", "回访", "保安队长", "到场"],
        ),
        (
            "姓名 PARK JIHOON（朴志勋），与Mr. Brown（布朗先生，英国籍）沟通，业主（何静）签字",
            ["PARK", "JIHOON", "朴志勋", "Brown", "布朗"],
            ["姓名", "英国籍", "业主（"],
        ),
        (
            "与Ms. Olsen（奥尔森女士，丹麦籍）沟通，9-102 维克多（俄籍租户，Victor Petrov）已签字",
            ["Olsen", "奥尔森", "维克多", "Victor", "Petrov"],
            ["女士，丹麦籍）沟通", "（俄籍租户，", "已签字"],
        ),
        # someone named by what they are called, before a bracket that says what they are, or
        # in a list of names; a child's pet name beside another's; a parent by the child's name
        (
            "来电人自称平安，大家都叫他马上，马上说的。联系晓月（1806住户）、告知明珠（物业客服员）",
            ["平安", "马上", "晓月", "明珠"],
            ["来电人", "大家都叫他", "说的", "联系", "住户", "告知", "物业客服员"],
        ),
        (
            "补办：蔺海燕、茅建军、翠兰（姓不详）三人；小孩妞妞和果果在跑，果果妈不管，果果说",
            ["翠兰", "妞妞", "果果"],
            ["补办", "姓不详", "三人", "小孩", "在跑", "妈不管"],
        ),
        # a nickname after a chat label's flat; what someone is called at the end of a long
        # bracket; the name before 大名叫; an everyday word before a bracket giving a role
        (
            "群里“幸福-3栋-1702-小芹”说有烟味，租户（1203业主的表弟，在工地上班，叫大军）抽烟",
            ["小芹", "大军"],
            ["群里", "说有烟味", "在工地上班", "抽烟"],
        ),
        (
            "他弟弟石头大名叫邵国平，石头说的。已告知光明（物业秩序员），让光明处理",
            ["石头", "邵国平", "光明"],
            ["他弟弟", "大名叫", "说的", "已告知", "物业秩序员", "处理"],
        ),
        # Tibetan, Mongolian, Uyghur and Yi names: runs of transliterated name words
        (
            "住户扎西顿珠说漏水，扎西顿珠要赔偿；车借给朋友巴特尔开的，对门的阿依努尔 买买提也说",
            ["扎西顿珠", "巴特尔", "阿依努尔", "买买提"],
            ["住户", "说漏水", "借给朋友", "开的", "对门的", "也说"],
        ),
        # the northern kin titles; who is sent somewhere; a surname's nickname after 和
        (
            "索大娘说不漏了，李大婶和赵大叔。已派宏亮上门查看，派老梁和小孙去楼顶",
            ["索", "李", "赵", "宏亮", "老梁", "小孙"],
            ["某大娘说不漏了", "大婶和", "大叔", "已派", "上门查看", "去楼顶"],
        ),
        ("老张和小时工都说", ["老张"], ["和小时工都说"]),
        # surnames that begin many words, where two given names follow (井雅琪, 索建华); a
        # parent as children write them
        (
            "是我女儿井雅琪用她手机交的，钥匙在索建华家，是给我爸谷长青寄的药",
            ["井雅琪", "索建华", "谷长青"],
            ["我女儿", "用她手机交的", "钥匙在", "家", "我爸", "寄的药"],
        ),
        # a nickname after a word for a person or after 和; a quoted word the text says is a
        # person; a surname's initial before a title; the two of a couple
        (
            "保安亮子和四儿去劝的，四儿说喝多了；给狗主人小芸留言",
            ["亮子", "四儿", "小芸"],
            ["保安", "去劝的", "说喝多了", "给狗主人", "留言"],
        ),
        (
            "群里“强子”撤回了，强子是1506的租户；保安X师傅（姓谢）；楼下的夏天和冬冬两口子吵架",
            ["强子", "1506", "X", "夏天", "冬冬"],
            ["群里", "撤回了", "的租户", "保安某师傅", "楼下的", "两口子吵架"],
        ),
        # a surname and one character after a word for a person, ending the clause; a pet
        # name after whose it is; two given names' characters and 哥; 孃孃 and 娃子 in Sichuan
        (
            "联系二房东石军，前台的雯雯和工程部的建波哥都来了，吴孃孃和她儿子强娃子，我娃娃乐乐",
            ["石军", "雯雯", "建波", "吴", "强娃子", "乐乐"],
            ["联系二房东", "前台的", "和工程部的", "哥都来了", "某孃孃和她儿子", "我娃娃"],
        ),
        # a full name's given name alone elsewhere in the text, and its last character kept
        # by no title (生 of 陈生); a surname and a given name's character the dictionary
        # does not know, before what a person does; 强哥; initials where a person is meant
        (
            "维修记录中“春生修”指的是水电工肖春生，冷军已经把车挪走了，徐萱同意，王金说不是他家",
            ["春生", "肖", "冷军", "徐萱", "王金"],
            ["维修记录中", "修”指的是水电工", "已经把车挪走了", "同意", "说不是他家"],
        ),
        (
            "强哥说他弟弟会来，回访ZJ两户，ZJ说不用了，你找XJH也没用，提醒张伟",
            ["强哥", "ZJ", "XJH", "张伟"],
            ["说他弟弟会来", "两户", "说不用了", "也没用", "提醒"],
        ),
        # after a description of a person or 代表; a flat that is a set of rooms; a floor's 室
        (
            "小伙子叫陶子健，业主代表沙国栋三方碰头，群租！2805一套三房，15楼3室的新业主",
            ["陶子健", "沙国栋", "2805", "15楼3室"],
            ["小伙子叫", "业主代表", "三方碰头", "一套三房", "的新业主"],
        ),
        # a name the tagger cut after its second character (李子|刚, 梁家|荣)
        (
            "拉了飞线，李子刚、梁家荣几户一起来的",
            ["子刚", "家荣", "刚、", "荣几"],
            ["几户一起来的"],
        ),
        # a village's nicknames, and a nickname before whose parent, household or wife it
        # names; a given name before 叔, 婶, 嫂 (建国叔, 红旗嫂); 支书
        (
            "楼下狗蛋他们几个，邻居铁蛋把车停了，七号楼的二愣，监控看是25楼小帅他爹，反映二小家的"
            "电瓶车，拴柱媳妇晒玉米，建国叔说，反映红旗嫂养鸡，村里马支书说过，阿妈细妹姨倾",
            ["狗蛋", "铁蛋", "二愣", "小帅", "二小", "拴柱", "建国", "红旗", "马", "细妹"],
            ["他们几个", "把车停了", "他爹", "家的", "媳妇晒玉米", "叔说", "嫂养鸡", "某支书"],
        ),
        # whose father 他爹 says outright, whatever the name reads as; 小X after a kin word
        (
            "摆摊的建业他爹每天收拾，她儿子小栓的，小栓在外地",
            ["建业", "小栓"],
            ["他爹每天收拾", "她儿子"],
        ),
        # two given names' characters that begin a clause before what a person says
        ("楼上漏水。晓光反映空调外机也漏，丽萍说", ["晓光", "丽萍"], ["反映空调外机也漏", "说"]),
        # southern addresses: a birth order or one given name's character before a kin word
        # or 仔, after a clause, a link word or a word for a person; nicknames by looks or
        # trade; Cantonese 个仔/个女 before a name; 社长, 师奶, 姑娘 after a surname
        (
            "琼姨打电话嚟讲，菜地系七叔嘅，已同七叔个仔梁耀华讲，细叔公同意，楼长根叔同物业，"
            "辉仔签咗，五楼区仔，二房东肥仔明收咗，一楼猪肉荣档口，高佬成已将，佢个女冯乐瑶，"
            "家长区师奶已赔，通知何姑娘上门",
            [
                "琼",
                "七叔",
                "梁耀华",
                "细叔",
                "根叔",
                "辉仔",
                "区仔",
                "肥仔明",
                "猪肉荣",
                "高佬成",
                "冯乐瑶",
                "区师奶",
                "何姑娘",
            ],
            [
                "姨打电话嚟讲",
                "菜地系",
                "个仔",
                "同意",
                "楼长",
                "签咗",
                "五楼",
                "二房东",
                "档口",
                "已将",
                "佢个女",
                "家长",
                "已赔",
                "通知",
            ],
        ),
        # a given name the dictionary knows as a proper name, before what a person says; two
        # characters before 伢子 after what someone says
        (
            "建国说已联系楼下，琼姨讲建平伢子收咗钱",
            ["建国", "建平"],
            ["说已联系楼下", "伢子收咗钱"],
        ),
        # a surname the tagger glues to the word before it, before a post (社长, 会计, 师傅)
        (
            "已联系股份社黄社长，股份社植会计盖章，电梯维保陆师傅到场",
            ["黄", "植", "陆"],
            ["已联系股份社", "社长", "会计盖章", "电梯维保", "师傅到场"],
        ),
        # an office tower's people: 小X after a department or 实习生, a pet name after a
        # colleague, 花名 in quotes, a Korean name in Hangul, 总监 and 代表 after a surname,
        # X哥 after a word for a person
        (
            "秩序部小满在大堂，实习生小鹿，同事萌萌的奶茶，花名“风清扬”，企业微信里“김지훈”，"
            "他们王总监口头订的，韩国公司的崔代表说，车主虎哥 贴的",
            ["小满", "小鹿", "萌萌", "风清扬", "김지훈", "王总监", "崔代表", "虎哥"],
            [
                "秩序部",
                "在大堂",
                "实习生",
                "同事",
                "的奶茶",
                "花名",
                "企业微信里",
                "总监口头订的",
                "韩国公司的",
                "代表说",
                "车主",
            ],
        ),
        # 长沙: a surname or a given name before 娭毑/嗲嗲, X伢子 and X妹子, 满 as a birth
        # order, 三毛, 主席 and 总工 after a surname
        (
            "签字一楼彭娭毑不肯，205的桂花娭毑天天喂，牵头的建平伢子收咯钱，对门的霞妹子占咯，"
            "满娭毑讲，对门的彭嗲天天，工会的聂主席，聂总工讲，林娭毑、三毛屋里",
            ["彭", "桂花", "建平", "霞", "满", "聂", "林", "三毛"],
            [
                "签字一楼",
                "娭毑不肯",
                "天天喂",
                "伢子收咯钱",
                "对门的",
                "妹子占咯",
                "嗲天天",
                "工会的",
                "主席",
                "总工讲",
                "屋里",
            ],
        ),
        # an office tower's floor and door (F16-06)
        (
            "为F16-06租户的网络公司施工误剪，这是F36-06那家装修的",
            ["F16-06", "F36-06"],
            ["租户的网络公司"],
        ),
        # an account's id after 微信id是, 号码为
        (
            "他的微信id是kwonjh_bj，QQ号码为3261578894",
            ["kwonjh_bj", "3261578894"],
            ["他的微信id是"],
        ),
        # a tenant's office before its staff (3111的员工, 2507的行政)
        ("拿错外卖的是3111的员工，2507的行政已同意", ["3111", "2507"], ["的员工", "的行政已同意"]),
        # a flat after 屋企 (Cantonese: home)
        ("佢屋企3311对住河涌", ["3311"], ["佢屋企", "对住河涌"]),
        # a child's pet name before 妈 after a word that introduces someone
        (
            "管家已联系乐乐妈，请豆豆妈把车推走",
            ["乐乐", "豆豆"],
            ["管家已联系", "妈，请", "妈把车推走"],
        ),
        # not a pet name after 和 (天天: every day); a title's surname, not the title
        (
            "王建国和天天来的快递员都说，工头叫贾师傅的",
            ["王建国", "贾"],
            ["和天天来的快递员", "师傅的"],
        ),
    ],
)
def test_personal_details_are_removed(text, gone, kept):
    out = anonymize(text, REGISTER)
    for fragment in gone:
        assert fragment not in out, out
    for fragment in kept:
        assert fragment in out, out


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-03 14:05 地下车库积水，3栋电梯停运约2小时",
        "索赔金额20000元，涉及12户，已于2026年11月5日办结",
        "小区北区绿化带修剪，物业管理处工程部负责",
        "小高层住宅外墙渗水，小时工清洁不到位",
        # what is called something, and votes, that are no people
        "这条路叫长江路。业主叫保安，3层楼高压线改造，5楼高层住户反对加价",
        "住户高度重视，业主方便时再约；回访业主：万科物业已更换井盖",
        # dates, ranges and words in brackets beside the new contexts
        "12-1上门查看，3-5天内完成，影响3-4家，2026-3-1起施行，第3-1条",
        "外籍租户（英国人），业主（空置），管家阿姨说储物间漏水",
        "喊“3、2、1上链接”，楼下的车位，3-5个工作日，在海口等你，封堵了管道，敬请谅解，名单已公示",
        "他说“好的”（业主同意），物业（管家）说，@物业小管家 请处理",
        "叫他过来一下，叫她赶紧搬走，业主是否同意，业主系统升级，古老的房子，供热公司师傅",
        "楼下カラオケ店太吵，铃木摩托车停在楼道，伊藤洋华堂购物卡",
        # after a flat and 的, things; chat mentions of roles, a pet, a title with a dot
        "卫生间漏水，住在楼下的韩国人，楼上的熊孩子，@物业客服 请处理，猫（英短，叫年糕）",
        "天天妈妈都来接，读《红楼梦·前八十回》，保洁员负责人（手机见登记表）",
        # words that start with a surname and go on with characters of given names
        "杨树和柳树已修剪，于明天上午施工，金华明天有雨，和平安全的小区，高新区管委会",
        "计算机3班同学，门卫明天值班，居民安全第一，谈话记录，滑梯松动，茅草屋顶",
        "@所有人 请注意，@物业客服 请处理，@管家 收到，客服在群里@他并公开了，旧邮箱已停用",
        "【业主群截图】：电梯坏了 【12345转办】：请回复，开着 WIFI ON，LED TV 坏了",
        # 和 before a word a title only begins; a word the dictionary knows after a person
        "业主和工程部协商，业主和工长都在，通知业主方面，联系邻居高层，小孩天天跳绳",
        # a brother and a sister as words; capitals everyone writes
        "大哥说，表姐说，帅哥说，找HR，ICU说，联系SF快递，业主和APP都说，高层已经停电",
        # a company's 司 and a word for a person before a title; gates; places named after
        # someone
        "自来水公司师傅讲，楼下的钟点工阿姨，东门人脸识别，曹杨新村，宋庆龄陵园",
        # words the tagger calls names, that end in no character of given names
        "毛巾和洗衣粉，大门换成朱红色，黄金周人多，车库里有辆车，高空作业需系安全带，卫生巾",
        # a kinship word's own words (小姑娘, 爹爹, 爷叔, 大家的), a shop's 店 and 馆 before its boss
        "物业的小姑娘说，他爹爹说，楼上的爷叔天天唱，大家的事，烧烤店老板说，牛肉汤馆，那条路太窄",
        # 他娘家: her family's home; a verb before it
        "说周末回来处理他娘家门口堆的杂物",
        # words of given names' characters before 说 (明天, 平安)
        "明天说，平安说，已说明",
        # what someone wears (戴: a surname too); a work order's number of letters and dashes
        "一个戴帽子的男人，戴眼镜的女娃娃，工单号SH12345-1108-03317",
        # floors from and to, a garage's floor below ground
        "保洁员负责A座12-20楼，在B1充电桩那边，某小姐说",
        # 和, 与, 于 between words, not the surname before a name
        "已向业主说明原因，请看好孩子和宠物，保安和保洁都在，业主和物业协商，住户于下午来电",
        "业主和租户两口子都说，老人和孩子俩在家，楼上和楼下两个人",
        # a pipe's size, a work order's number after 单号
        "抢修队更换DN100管段和De110管，维修单号WX20260118",
        # a bracket after a place or a department, or after a word that is no name
        "通知楼上（住户）关水，物业（管家）说，Apple（苹果）售后，名单：保安部、工程部、客服部",
        # who is sent, when a role or a number of people
        "已派专人上门处理，派保安去现场，派车去接，派人过来",
        # 区 ending a place before a word for a person; kin words after words that are no
        # heads (大叔, 表叔, 阿姨, 公仔, 牛仔); a count of kin; 十几只; 明天 after a head's character
        "复建区业主反映，商品房区居民投诉，小区住户说，大叔说，表叔讲，阿姨话，买公仔，穿牛仔裤，"
        "十三叔公，佢三个叔伯都同意，肥仔明天来，养咗十几只白鸽，3只黄狗，宿管阿姨查寝，已关总阀，"
        "物业方经理说，业主明明说过，请保安看看，业主代表开会，人大代表说，邻居表姐来，2026年的员工大会，一个伢子，两个妹子，他发嗲了，三毛钱，"
        "提醒有细伢子的屋里注意，被咬细伢子已打疫苗，保洁阿姨说，他二姨来了，我小姨说，他的姨妈来",
        # name words inside words, places and things (尾巴|图片, 呼和浩特, 格桑花)
        "尾巴图片已发群里，呼和浩特来的租客，格桑花开了，乌兰察布的快递",
    ],
)
def test_ordinary_text_is_unchanged(text):
    assert anonymize(text, REGISTER) == text


def test_short_register_value_does_not_match_inside_numbers():
    assert anonymize("维修费13025元", known("302")) == "维修费13025元"
    assert "302" not in anonymize("302室窗户", known("302"))


@pytest.mark.parametrize(
    "text", ["外籍租户Oliver Smith办理门禁", "oliver smith来电", "OLIVER  SMITH", "Smith先生"]
)
def test_a_registers_latin_name_is_found_however_it_is_spaced_or_cased(text):
    """The gate reads text with spaces dropped: a word of a Latin name still ends where the
    text as written put a space (Oliver Smith), not inside a longer word (Olivera)."""
    register = RegisterValues.from_records([Record(7, {"complainant": "Oliver Smith"})])
    assert {f.rows for f in scan(text, register)} == {(7,)}
    assert "liver" not in anonymize(text, register).lower()
    assert "mith" not in anonymize(text, register).lower()
    assert scan("Olivera和Smithson来电", register) == []


def test_empty_text():
    assert anonymize("", REGISTER) == ""
    assert scan("", REGISTER) == []
    assert anonymize_many([], REGISTER) == []


def test_texts_anonymized_together_are_anonymized_as_each_alone():
    """An export anonymizes a register's texts joined; a name that ends one text is still
    found (what follows it is the next text, not the end)."""
    texts = [
        "来电人自称平安",
        "名单：付强、柯美玲、储建平",
        "补办：蔺海燕、茅建军、秀娥",
        "群里@小雯",
        "楼上1702漏水",
    ]
    assert anonymize_many(texts, REGISTER) == [anonymize(t, REGISTER) for t in texts]
    assert "平安" not in anonymize_many(texts, REGISTER)[0]


def test_a_residents_given_name_alone_is_hers_in_her_own_complaint():
    """Staff who know a resident write her given name alone, or misspell her surname; in her
    own complaint (its 投诉人 cell given, as the export gives it) that is her."""
    register = RegisterValues.from_records(
        [Record(2, {"complainant": "褚丽萍"}), Record(3, {"complainant": "欧阳慧敏、訾红英"})]
    )
    assert anonymize("群里“丽萍”说楼下烧纸", register, ["褚丽萍"]) == "群里“某某”说楼下烧纸"
    assert (
        anonymize("訾红英说名字被打错成“紫红英”；慧敏同意", register, ["欧阳慧敏、訾红英"])
        == "某某说名字被打错成“紫某某”；某某同意"
    )
    texts = [["丽萍说楼下烧纸"], ["楼下烧纸，丽萍同意"]]
    anonymized, _ = anonymize_complaints(texts, register, [["褚丽萍"], ["褚丽萍"]])
    assert anonymized == ["某某说楼下烧纸", "楼下烧纸，某某同意"]
    # a colleague's given name in the complaint whose staff cell names her
    assert anonymize("嘉慧已致电业主", register, ["褚丽萍", "梁嘉慧"]) == "某某已致电业主"


def test_an_office_towers_floor_and_door_form_of_a_register_flat_is_removed():
    register = RegisterValues.from_records([Record(2, {"unit": "A座2101"})])
    assert (
        anonymize("他们公司是F21-01，门口牌子写错了", register)
        == "他们公司是〔房号〕，门口牌子写错了"
    )
    assert {f.rows for f in scan("F21-01的快递", register)} == {(2,)}


def test_a_japanese_name_before_san_stops_at_a_word_for_a_person():
    assert anonymize("日资租户山本さん反映") == "日资租户某某さん反映"


def test_a_complainant_who_left_no_name_is_no_value_to_look_for():
    register = RegisterValues.from_records(
        [Record(2, {"complainant": "匿名"}), Record(3, {"complainant": "无"})]
    )
    assert len(register) == 0
    assert anonymize("匿名来信：无人管理", register) == "匿名来信：无人管理"


def test_a_register_flat_before_an_extension_is_no_count_of_minutes():
    assert (
        anonymize("发现1512分机线路接触不良，等了15分钟", known("1512"))
        == "发现〔房号〕分机线路接触不良，等了15分钟"
    )


@pytest.mark.parametrize(
    "text",
    [
        "发现1512分机线路接触不良",
        "我们公司在写字楼1512，门口",
        "把我家房号写成1512了",
        "伊爸爸一个人住11号1512，电话打不通",
        "讲1512交房都两个礼拜了",
        "俺是1512的，恁物业啥时候来修",
    ],
)
def test_the_gate_finds_a_register_flat_where_the_words_make_it_one(text):
    """The gate reads short numbers as flats only in room context (a page's 1512 may be a
    count): an intercom's extension, an office tower's floor, a flat written wrong, a flat
    after its lane house's number (11号1512, as Shanghai writes it), a flat handed over, are."""
    assert [f.kind for f in scan(text, known("5栋1512"))] == ["房号"]


def test_a_register_flat_inside_a_longer_number_is_left_to_it():
    """A work order's or a hotline's number that begins like a register flat stays whole: its
    rest alone (〔房号〕-1204-0093) would read to the gate as a phone."""
    register = known("5栋2026", "3栋400")
    text = "工单号：2026-1204-0093，热力公司400-043-1888"
    assert anonymize(text, register) == text
    assert scan(anonymize(text, register), register) == []


def test_a_register_building_is_not_read_in_a_date():
    """A unit cell holding only a building (14号, as Shanghai's lanes number them) is the
    register's; 3月14号 is a date, and 第14号 an ordinal."""
    register = known("14号")
    assert anonymize("14号楼道灯坏了，3月14号晚上修，第14号工单", register) == (
        "〔房号〕楼道灯坏了，3月14号晚上修，第14号工单"
    )


def test_a_shop_floor_is_no_villa():
    assert scan("小龙坎火锅（S-1层）油烟净化器未清洗", known("5栋1512")) == []


def test_scan_names_kind_and_rows_never_the_value():
    found = scan("业主 张 伟，电话 138-0013-8000，住5-1-302", REGISTER)
    assert [(f.kind, f.rows) for f in found] == [("姓名", (2,)), ("电话", (2,)), ("房号", (3,))]


def test_scan_counts_short_numbers_only_as_rooms():
    rooms = known("502")
    assert scan("502元 502胶 共502户 第502期 2026-05-02 601 d-2026-11-18 gdwxxdwmqf", rooms) == []
    assert [(f.kind, f.rows) for f in scan("楼上502漏水", rooms)] == [("房号", (2,))]
    assert [(f.kind, f.rows) for f in scan("楼下601漏水", rooms)] == [("房号", ())]
    assert scan("404 - Not found | 设备设施 | 502 |", rooms) == []
    assert [f.rows for f in scan("群昵称“502-羊羊妈妈”", rooms)] == [(2,)]


@pytest.mark.parametrize(
    "text",
    [
        "来访505，被访505",
        "521寝室、521宿舍、宿舍521的热水器",
        "505访客车辆，505学生家长，505家属，505档口",
        "505孟校长，505徐老伯，505雍桂兰婆婆",
        "505走廊堆放杂物，505下面也有味道，505租给了中介",
        "对505漏水，505-b室友",
        "群昵称“老毛-505”是业主本人",  # a chat label: name, dash, flat
        "邻居是505的，发现505拆除部分墙体",
    ],
)
def test_scan_finds_a_register_flat_in_the_words_of_visits_dormitories_and_shops(text):
    assert {(f.kind, f.rows) for f in scan(text, known("505", "521"))} == {("房号", (2,))}


def test_scan_names_the_rows_of_a_flat_beside_a_resident_and_of_a_phone_written_short():
    register = RegisterValues.from_records(
        [
            Record(2, {"complainant": "邴国栋", "unit": "6栋1107", "phone": "010-68531274转3306"}),
            Record(3, {"unit": "宿舍楼A-305床位3", "phone": "0771-3925816"}),
        ]
    )
    found = {(f.kind, f.rows) for f in scan("联名：1107邴国栋；座机010-68531274", register)}
    assert found == {("房号", (2,)), ("姓名", (2,)), ("电话", (2,))}
    found = {(f.kind, f.rows) for f in scan("宿舍楼A-305床位3，改拨座机3925816", register)}
    assert ("电话", (3,)) in found and ("房号", (3,)) in found
    # a flat before a word of a page is no room to the gate: it guesses no names
    assert scan("1107 设备设施", register) == []
    # in brackets right after a resident's name, whatever follows
    found = {(f.kind, f.rows) for f in scan("邴国栋 (1107) complained again", register)}
    assert found == {("房号", (2,)), ("姓名", (2,))}


def test_scan_finds_a_plate_after_the_words_the_car_is():
    assert [f.kind for f in scan("霸位嗰架車係 UW 3361，那辆车是 KX 8812", known())] == ["车牌"] * 2
    # a parking space is no flat, after a chat label's dash either
    assert scan("负二层-158号车位，158车位", known("158")) == []


def test_a_32767_character_cell_is_handled():
    for cell in ("1" * 32767, "张伟、" * 10922, "a" * 32766 + "@"):
        assert len(anonymize(cell, REGISTER)) <= len(cell) + 10


def test_fold_matches_how_people_write():
    assert fold("黃 曉明\u200b１３８ＡＢ") == "黄晓明138ab"


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("前台", True),
        ("客服", True),
        ("工程部", True),
        ("郑经理", True),
        ("吴刚", False),
        ("小王", False),
        ("HR", True),
        ("Lily", False),  # an English name is a name, in lower case too
        ("Jason Wu", False),
    ],
)
def test_staff_roles_are_not_names(value, role):
    assert is_role(value) is role


def test_staff_names_become_their_role():
    register = RegisterValues.from_records(
        [Record(2, {"follower": "吴刚", "receiver": "前台"})],
        {"follower": "责任部门跟进人", "receiver": "客服中心接待员"},
    )
    assert anonymize("吴刚上门查看，前台已登记", register) == "责任部门跟进人上门查看，前台已登记"


@pytest.mark.parametrize(
    ("cell", "text", "gone"),
    [
        # a resident whose name is also a word: the cell says it is a name
        ("宁静", "协商结果：宁静女士同意", ["宁静"]),
        # an English given name beside a surname, written alone in lower case
        ("Vivian 蒋", "店长vivian说", ["vivian"]),
        # a transliterated name, by its parts or written without the dot
        ("热依拉·阿不都", "已通知2112热依拉家；热依拉阿不都来电", ["热依拉", "阿不都"]),
        # the surname before a title only a person has, however the words before it read
        ("寇宇航", "系访客预约时寇先生助理填错号码", ["寇"]),
        # the surname named as one: a rare one is as good as the name
        ("訾红英", "6栋903訾红英（訾读zī）反映，邻居说姓訾的那家", ["訾"]),
    ],
)
def test_a_register_name_is_found_however_staff_write_it(cell, text, gone):
    register = RegisterValues.from_records([Record(2, {"complainant": cell})])
    out = anonymize(text, register)
    assert not any(fragment in out for fragment in gone), out


@pytest.mark.parametrize(
    ("unit", "text", "gone"),
    [
        # the home a unit ends with when it has no flat number: a floor and door, a villa, a
        # shop, a floor's unit, written alone in a text
        ("解放碑大厦22-6", "22-6反映过道堆物", ["22-6"]),
        ("御园别墅K8", "K8私家花园雨水井", ["K8"]),
        ("云栖玫瑰园10幢", "10幢外墙", ["10幢"]),
        ("海港城商铺G-08", "G08冷气太冻", ["G08"]),
        ("西湖文化广场公寓17楼B", "17B投诉", ["17B"]),
        ("自如寓上地店2号楼0810-A室", "隔壁0810-B室友", ["0810"]),
    ],
)
def test_the_home_a_unit_ends_with_is_found_alone(unit, text, gone):
    out = anonymize(text, known(unit))
    assert not any(fragment in out for fragment in gone), out
    assert fragment_kept(out, text, gone)


def fragment_kept(out: str, text: str, gone: list[str]) -> bool:
    """The rest of the text is as written."""
    rest = text
    for fragment in gone:
        rest = rest.replace(fragment, "")
    return rest in out.replace("〔房号〕", "")
