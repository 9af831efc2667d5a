"""An eleventh blind privacy corpus: a year of a 北京 写字楼 and 酒店式公寓 office's register, as typed.

Written on 2026-12-08 without reading sync/ (none of its code) and without reading the cases of
tests/privacy_corpus.py, tests/privacy_holdout.py, tests/privacy_blind.py ... tests/privacy_blind9.py
(nor blind10, nor any other privacy_blind*.py), nor tests/publish/test_anonymize.py or the data of
tests/publish/test_privacy.py. What was read: privacy_corpus.py's module docstring, its constants
KINDS, TEXT_COLUMNS, STAFF_ROSTER and ROLE_WORDS, its dataclasses and parse() with its helpers
_case() and _items(); the module docstrings (only) of blind4 (its tagging conventions), blind8 and
blind9 (how a docstring is laid out and what was checked); the tail of blind9 from
`CASES = parse(CORPUS)` (the shape of EXTRA_ROWS) and its import lines. The anonymizer and the
privacy tests were never run while these cases were written. The only checks run were that the
module imports and parses, ruff (check and format), and a small script of the writer's own (using
parse only) that reports: a tag or keep word not in its text, a string tagged twice in a case, a
register tag not derived from its row's cells (a name of the 投诉人 cell or a staff cell, its
surname + 先生/女士/小姐 (and, for the two Japanese cells, + さん/桑), its given name; the 房号
cell's run; the phone with separators, full-width or Chinese digits folded), a free tag equal to or
holding any row's register value (names and their given names, 房号 runs of three or more digits,
phones, staff cells, STAFF_ROSTER and EXTRA_ROWS values), a free flat equal to, inside or holding a
run, a keep word holding a register name or run, overlapping a tag or being a marker word (姓名 电话
房号 证件号 邮箱 车牌 账号), names, phones and room runs repeated across rows, a free value repeated
across cases or inside another free value, a run inside another run or inside a phone, a row's
whole 房号 cell in another row's text, 18-digit IDs with a wrong check digit, a row's own name,
姓+先生/女士/小姐, staff name, room run or phone left untagged in its text, any row's name in the
untagged rest of any text, and any row's run or phone (separators, full-width and Chinese digits
folded; digits run together across dashes, dots, colons and plate letters) inside the untagged rest
of any text. Collisions it found were fixed by renaming or renumbering in the text, never by looking
at any output. Phones, landlines, IDs, the bank card, the QQ number and all room runs were drawn by
a seeded generator: A座 写字楼 rooms are floor (5-38, no 13, 14, 24 or 34, as the building numbers
them) + room (01-12), written 1206, A座1206, 1206室 or F12-06; B座 服务式公寓 rooms floor (3-28, no 4,
13, 14 or 24) + room (15-28). A free flat 楼上 or 楼下 is the same room one real floor up or down,
and one 对门, 隔壁 or 对面 a room of the same floor; no two rows share a run, no free flat equals any row's,
no run is part of another or of any kept number (years, amounts, times, 12345, work-order, waybill
and order numbers, card tails, ID area codes), and no phone (also with +86 or 010 before it), ID or
card holds a run. All phones are distinct.
Its first run is the honest measure; do not tune the anonymizer against these cases one by one
(a fix should be for the class a failing case stands for), or this corpus stops measuring anything.

Its first run is the honest measure; do not tune the anonymizer against these cases one by one
(a fix should be for the class a failing case stands for), or this corpus stops measuring anything.

First run (anonymizer of commit a2bef30, which had never seen these cases): register values
179/180 (names 149/149, flats 18/19, phones 12/12); free-text names 119/144 (82.6%, with 总监
and 代表 counted as titles as below), free flats
22/29, phones 10/10, IDs 3/3, accounts 4/5, plates 7/7, e-mails 4/4; ordinary words kept
1078/1087 (99.2%). English names alone and beside Chinese ones were mostly found already; what
an office tower has and the estates did not: 小X after a department or 实习生 (秩序部小满,
实习生小鹿), a pet name after a colleague without 的 (同事萌萌), 总监 and 代表 after a surname,
花名 in quotes, a Korean name in Hangul, X哥 after a word for a person (车主虎哥).
After the class fixes of that day (总监 and 代表 counted as titles by the measure): register
values 180/180 (F21-01, the tower's form of A座2101, became one of its values), free names
129/144 (89.6%), kept 1078/1087. Left: Japanese names with 桑 or a space (铃木桑, 佐藤 健), a
romanized name in capitals (WONG ALICE), 钱处, 周律, initials (ZJ), 大刘/大壮/老黑/二虎 after
负责人, 网管 or 叫. Free flats 26/29 after 的员工/的行政 became room context and F16-06 a flat.

Its focus is blind5's to blind9's, the natural distribution of one office's register over a year,
but of a sixth kind of office: a 北京 朝阳 望京 office managing a Grade-A 写字楼 (A座, company
tenants on floors: 工位, 前台, 行政, HR, 法务, 财务, 韩资 and 日资 firms, an 影视公司, a 律所, 阿里-style
花名, 企业微信 and 钉钉 display names) with an attached 服务式公寓 tower (B座: long-let residents,
short-let guests booked on 携程/飞猪, foreign residents, 民宿 and 二房东). One text per row (投诉内容
136, 处理措施 59, 处理结果 47, 备注 6, 注意事项 2; 203 A座 rows and 47 B座 rows). The ground: 空调
(温度, 冷热不均, 西晒, 新风, 风机盘管, 机房精密空调) and 加班空调 fees (按小时, 分摊, BMS 记录), 能耗费
and 电表, 电梯 高峰 (排队, 分区, 群控, 困人, 扶梯, 广告屏), 门禁卡 (补办, 挂失, 人脸识别, 权限) and
访客登记 (身份证, 护照, 小程序, 隐私), 停车 (月租车位, 访客车位, 充电桩, 道闸, 外地牌, 进京证, 地锁),
快递 and 外卖 柜 (丰巢, 顺丰, 闪送, 京东, 骑手), 保洁 (纸巾, 工位文件, 地毯), 漏水 from the floor above
(茶水间, 管井, 保险理赔), 装修 noise, dust and smell from another tenant (押金, 罚款, 建筑垃圾), 会议室
(预约, 投影, 超时收费), 发票 (抬头, 红冲, 专票), 物业费 (季付, 催缴函, 冒充财务的诈骗邮件), 退租验房,
消防 演练 and 检查 (电热水壶, 疏散通道, 消防联动), 网络 (专线, 弱电井), 12345 工单 (外立面灯光, 鸣笛),
望京街道 (垃圾分类, 网格员, 企业服务中心, 城管), 共享单车, 班车, 食堂, 公寓 噪音 (派对, 民宿, 狗), 押金
(退款, 钉孔, 错付), 住宿登记 (境外人员, 派出所), 热水器, 门锁, 洗衣房, 健身房, 暖气. Staff notes carry
北京话 where staff would type it (忒慢了, 您甭管). People are named at about their real frequency:
128 of the 250 cases name someone in no register cell (144 free name tags); 59 cases hold nothing
personal at all. The free names are named the way colleagues in such a building name each other:
English given names alone (29: Vivian, Coco, Cathy, Momo, Yvonne ...), an English name glued to a
surname or a title (Kevin张, Kevin总, Wendy姐, Kim姐, Lily老师), English names after a role word (行政Amy,
HR小刘, 财务Linda, 前台Candy, 运营经理Vicky, Manager Chris, office manager Mia), pinyin names (Zhang Lei,
Wu Xiaoyan, Luo Jianguo, Zhou Yiming, Tang Tingting, ZHANG Hao with its 张浩), English given name +
surname (David Liu, Alice Wong and the same written WONG ALICE), foreign full names (Jake Miller, Anna
Petrova), Mr./Ms./Dr. (Mr. Kim, Mr. Lee, Mr. Tanaka, Ms. Park, Dr. Wang), company titles on a surname
(10 X总: 赵总 黄总 杜总 ...; 小贾总; 王总监, 李总监, 张经理, 徐经理, 黄主管, 宋工, 魏工, 郝师傅, 王师傅,
孙老师, 陈律师, 周律, 王律, 谢律, 张导), government titles (钱处, 王科), Korean titles (朴社长, 李社长,
崔代表, 李部长), Japanese honorifics (铃木桑, 高桥さん), a Korean name in Hangul (김지훈), a Japanese
name with a space (佐藤 健), initials (ZJ, LT), a 花名 (风清扬), a group nickname (望京小王子), 老X (8),
小X (18), 大X (大刘, 大壮), 阿杰, X姐/X姨/X哥 (于姐, 刘姐, 吕姐, 袁姐, 田姐, 赵姨, 张阿姨, 强哥, 涛哥, 虎哥),
叠字 and given names alone (萌萌, 丽丽, 晓晓, 二虎), and ten full Chinese names (郭建民, 刘振华 the payee
of a fraud, 郝佳, 王磊 from 企业微信, 张浩, 周一鸣, 刘洋, 冯建业 on a borrowed ID card, 牛小飞 on a
business card, 俞晶 a misspelt payee). Also: the row's own name (149 register name tags: 姓 +
先生/女士 forms, full names, compound surnames 上官先生, 欧阳女士, 司徒先生, 钟离先生, 鲜于女士, 申屠
先生, 皇甫女士, multi-name cells 陈嘉怡/Tony Wang, 尹嘉禾/Jerry and LIU Yang/刘扬, the given name of
a Latin cell: Lisa of Lisa Chen, Sarah of Sarah Johnson, Mohamed of Mohamed Ali, Japanese cells
田中美穂 and 山本健太 written 田中さん and 山本桑, Korean cells 金敏俊 and 朴智贤, names that are words
or places: 濮阳, 韶华, 甘露, 雷鸣, 康宁, 路遥, 秋实, 贝贝 a short-let guest's cell; the office's own
staff in the staff cells: Cindy, Nancy, 常远, 邱晓雯), room run (19 register flats: bare, A座/B座
before it, full-width, written F21-01 against a cell A座2101) and phone (12 register phones: dashes,
spaces, dots, full-width digits, full-width with dashes, Chinese numerals, one with 幺, an 010
landline cell its text writes xxxx-xxxx or (010)xxxxxxxx), free flats in room context (楼上, 楼下,
对门, 隔壁, 对面, F-form F16-06), free phones (mobiles with dashes, spaces, 3+8, +86; 010 landlines
with and without the area code), two IDs and a 9-digit foreign passport, seven plates (京N·8K2L7,
new-energy 京AD·73915 and 京AF·8J3Q2, 京Q 6L9X8 with a space, 冀J·7M56K from 河北, 京P·5R2W9,
京A·2H7K3), four e-mails, two WeChat ids, a QQ number, a 抖音号 and a bank card; and many ordinary
words that must survive (places and roads: 望京, 国贸, 望京SOHO, 阜通东大街, 阜荣街, 花家地小区, 望京南
地铁站, 新加坡, 首尔; shops, brands and companies: 大金, 奥的斯, 海尔, 威露士, 农夫山泉, 分众
传媒, 丰巢, 顺丰, 京东, 闪送, 美团, 哈啰, 携程, 飞猪, 联通, 便利蜂, 招商银行, 阿里, 途远科技, 北京星河
互娱文化传媒有限公司; food: 老北京炸酱面, 煎饼果子, 火锅, 奶茶; amounts, dates, times, floors,
parking spaces B2-117 and B2-086, the card number M20417, work-order, waybill and order numbers
WJ20260418-0073, JD0129847736512, 20261016-3381, 2026031588173421, MT38812, card tails 尾号6621;
words holding surname characters: 高峰 高区 马上 周末 安全 白天 常规 东侧 严重).

Decisions a reader of the tags should know (following tests/privacy_blind4.py's conventions, as
blind5 to blind9 applied them):
- Titles: 先生/女士/小姐 on the row's own surname are register (韩先生, 苏女士, 上官先生, 鲜于女士);
  so are the Japanese さん and 桑 on the row's own Japanese surname (田中さん, 山本桑). Every other
  surname + title or kinship word is a free name tagged whole (赵总, 王总监, 张经理, 黄主管, 宋工, 郝师傅,
  孙老师, 陈律师, 周律, 张导, 钱处, 王科, 朴社长, 崔代表, 李部长, 铃木桑, 高桥さん, 于姐, 赵姨, 张阿姨,
  强哥), as are 老X/小X/大X/阿X (老孙, 小刘, 大刘, 阿杰), 小贾总, and 麻先生 (the owner of another flat).
  The row's own surname + 总 (厉总 in 厉明's row) is free.
- A Latin name with a title glued or spaced is tagged whole (Mr. Kim, Ms. Park, Dr. Wang, Kevin总,
  Wendy姐, Kim姐, Lily老师); Kevin张 (an English name + surname) is one tag. A role or department word
  before a name is not part of the tag (Amy of 行政Amy, 小刘 of HR小刘, Linda of 财务Linda, Candy of
  前台Candy, Vicky of 运营经理Vicky, Chris of Manager Chris, Mia of office manager Mia, Helen of 行政Helen),
  as blind4 tags only the name after a relation word.
- The given name of the row's own Latin cell (Lisa, Sarah, Mohamed) and either name of a two-name
  cell (Tony, 陈嘉怡, Jerry, 尹嘉禾, LIU Yang, 刘扬) are register. Staff named in the row's staff cells
  and in its text (Cindy, Nancy, 常远, 邱晓雯) are register names; staff in no cell (小满, 小覃, 小颖,
  Cathy, Sunny, Jason, 郝师傅, 老柴) are free.
- Two spellings of one person are two tags (Alice Wong and WONG ALICE; ZHANG Hao and 张浩; Zhou
  Yiming and 周一鸣). A surname alone (师傅姓侯, 来电人姓肖) is neither tagged nor kept; descriptions
  (保洁阿姨, 快递小哥, 前台小妹, 短头发的小姑娘, 前台小伙子, 保安队长) are not tagged.
- Register rooms are the 房号 cell's run of three or more digits, also where the text writes it
  full-width (２１０３) or as F21-01 against a cell A座2101. Free flats are tagged as their digits
  (楼上3704, 对门1623) or whole in the office's F-form (F16-06). Floors (二十八层, 28层, 17层, B2层),
  lifts (8号梯, 14号梯), parking spaces (B2-117, B2-086) and A座/B座 alone are kept or left.
- Kept: work-order, waybill and order numbers, 门禁卡 number M20417, 骑手工号 MT38812, card tails
  (尾号6621, 尾号6290, 尾号1178), hotlines (12345, 110), amounts, times and dates. Every e-mail is
  tagged 邮箱, a company's finance mailbox (finance_xhhy@163.com) too. A 抖音号 written as a display name (望京美食达人Tina) is
  one 账号 tag; WeChat ids (kwonjh_bj, gyh_0726), the QQ number and the bank card with spaces are 账号.

Doubtful calls made while writing: 田中さん and 山本桑 (the row's own Japanese surname + さん/桑)
tagged register, like 先生/女士; 铃木桑 and 高桥さん (others' surnames) tagged free whole; role words
before English names (行政, HR, 财务, 前台, 运营经理, Manager, office manager) left out of the tags while
Kevin总, Wendy姐, Kim姐 and Lily老师 are whole; 小贾总 (a young boss) tagged whole; 钱处 and 王科
(surname + 处/科 for 处长/科长) tagged whole; 风清扬 (a 花名, also a novel's character) and 望京小王子
(a group nickname) tagged as names; 望京美食达人Tina tagged 账号 rather than 姓名, and Tina is no
separate tag there; 大壮 (a 网管's nickname, also a dog's name elsewhere) and 二虎 tagged; 俞晶 (a
misspelling of the row's own 俞景 in a payee field) tagged free, since no cell gives it; 贝贝 (a
short-let guest's cell holding a nickname) and 濮阳 (a complainant whose name is also a city)
tagged register where their texts name them; finance_xhhy@163.com (a company's finance mailbox,
not a person's) tagged 邮箱 like kevin.zhao@brightpath.cn, wjhx_wuye@outlook.com (a fraudster's) and
lily_sf_wj@126.com; the 9-digit passport of a Russian guest tagged 证件号; 110 (打了110) kept; F-form free
flats tagged whole; the 010 landline of a 街道 contact and of a tenant's staff member tagged as free
phones; the complainant's company 前台 landline in the 联系电话 cell tagged register where the text
writes it.

The format is tests/privacy_corpus.py's (`parse`). The string below is not raw on purpose: it
holds full-width digits as pasted.
"""

from __future__ import annotations

from tests.privacy_corpus import parse

CORPUS = """
# 空调、温度与加班空调

row: 王思远 | A座1708 | 18956487754
投诉内容: A座1708反映大会议室空调一直吹热风，室内温度28度，下午两点有客户来访，要求马上派人看，现场对接人是他们的小贾总。
register: 房号 1708
free: 姓名 小贾总
keep: 大会议室 | 28度 | 下午两点 | 马上 | 现场对接人

row: Lisa Chen | 1205室 | 15853734039
投诉内容: 途远科技行政Lisa来电，说工位区靠窗那排太冷，员工都穿羽绒服上班，Kevin张他们组已经有两个人感冒了，问能不能把风量调小。电话158-5373-4039。
register: 姓名 Lisa | 电话 158-5373-4039
free: 姓名 Kevin张
keep: 途远科技 | 工位区 | 羽绒服 | 风量

row: 赵立新 | A座1909 | 15542500978
处理措施: 已开加班空调单，周六9:00-18:00，按每小时380元计，费用月底随能耗费一起出账，赵总已在单子上签字。
free: 姓名 赵总
keep: 加班空调单 | 周六 | 9:00-18:00 | 380元 | 能耗费 | 月底

row: 孟繁宇 | A座509 | 19156908857
投诉内容: 租户质疑3月加班空调费多收，账单上写了14个小时，他们说只有周日加过一次班，要求调BMS记录。
keep: 加班空调费 | 14个小时 | 周日 | BMS记录

row: 陈嘉怡/Tony Wang | 3211 | 13700677134
投诉内容: 3211的Tony和陈嘉怡一起来前台，说新风系统有异味，怀疑是过滤网没换，HR小刘也说好几个同事头疼。
register: 姓名 Tony | 姓名 陈嘉怡 | 房号 3211
free: 姓名 小刘
keep: 新风系统 | 异味 | 过滤网 | 头疼

row: 韩东旭 | A座2002 | 13681613151
处理结果: 工程部更换了风机盘管的温控面板，回访韩先生，说现在24度左右，比较满意，他同事Kevin总也说好多了。
register: 姓名 韩先生
free: 姓名 Kevin总
keep: 风机盘管 | 温控面板 | 24度 | 满意

row: 刘佳佳 | A座3607 | 18738986131
投诉内容: 二十八层东侧办公区下午西晒特别严重，空调顶不住，希望物业协调加装遮阳帘。
keep: 二十八层 | 东侧 | 西晒 | 严重 | 遮阳帘

row: 苏婉清 | A座3002 | 18804851937
投诉内容: 行政Amy反映晚上七点以后空调就停了，程序员都在加班，说别的楼都有夜间空调，苏女士要求给个书面答复。
register: 姓名 苏女士
free: 姓名 Amy
keep: 晚上七点 | 程序员 | 夜间空调 | 书面答复

row: 金敏俊 | A座506 | 18455696470
投诉内容: 韩资租户金敏俊部长来电，办公室空调漏水滴在打印机上，朴社长的办公室也有，联系电话184 5569 6470。
register: 姓名 金敏俊 | 电话 184 5569 6470
free: 姓名 朴社长
keep: 韩资 | 打印机

row: 黄志鹏 | A座1611 | 13965437377
处理措施: 和黄总的助理Vivian约了周四上午十点进场，工程部宋工带人清洗冷凝水管。
free: 姓名 黄总 | 姓名 Vivian | 姓名 宋工
keep: 周四上午十点 | 清洗 | 冷凝水管

row: 郑晓楠 | A座1908 | 13177494533
备注: 加班空调申请须提前一个工作日提交，周末及法定节假日统一按大厦标准收费，已发给租户行政群。
keep: 加班空调申请 | 一个工作日 | 法定节假日 | 大厦 | 行政群

row: 吕国庆 | A座3512 | 13920967933
投诉内容: 租户说空调冷热不均，靠核心筒那边冷，靠窗热，温差有五六度，让工程部过来测一下。
keep: 冷热不均 | 核心筒 | 温差 | 五六度

row: Sarah Johnson | A座2001 | 18791528840
投诉内容: 外籍租户Sarah来前台，用英文说办公室太闷、CO2 too high，翻译是她同事Grace，要求提供空气检测报告。
register: 姓名 Sarah
free: 姓名 Grace
keep: 英文 | CO2 | 空气检测报告

row: 曹雨萌 | A座1704 | 13064260341
处理结果: 已按曹女士要求将1704的温控设定从26度改到24度，锁定面板，每周一早上八点提前开机，面板钥匙交其公司IT阿杰保管。
register: 姓名 曹女士 | 房号 1704
free: 姓名 阿杰
keep: 温控设定 | 26度 | 锁定面板 | 早上八点 | 面板钥匙

row: 杜明轩 | A座2007 | 15605105243
投诉内容: 杜总办公室的空调噪音大，像拖拉机，开会录音全是杂音，他的秘书Coco打了三次电话了。
free: 姓名 杜总 | 姓名 Coco
keep: 拖拉机 | 开会录音 | 杂音 | 三次

row: 冯悦 | A座2211 | 13634083250
处理措施: 周末加班空调按楼层开启，本层其他两家不加班也跟着吹，已和三家行政沟通分摊，费用按面积比例。
keep: 周末 | 按楼层开启 | 分摊 | 面积比例

row: 林晓晴 | A座1001 | 13689811323
投诉内容: 林晓晴说他们老板Michael刚从新加坡回来，嫌办公室太热，要求今天下班前必须解决，态度很急。
register: 姓名 林晓晴
free: 姓名 Michael
keep: 新加坡 | 下班前 | 态度很急

row: 田中美穂 | A座3207 | 15993409568
投诉内容: 日资租户田中さん反映会议室空调遥控器丢了，之前铃木桑借走没还，希望物业补一个。
register: 姓名 田中さん
free: 姓名 铃木桑
keep: 日资 | 遥控器

row: 高远航 | A座3008 | 18599898912
处理措施: 加班空调费争议已转财务，财务经理于姐核对了3月BMS开机记录，共计11.5小时，维持原账单。
free: 姓名 于姐
keep: 加班空调费 | 财务 | BMS | 11.5小时 | 原账单

row: 袁诗琪 | A座2902 | 18715641340
投诉内容: 袁诗琪的同事说机房空调又报警了，服务器温度过高，这个是他们自己装的精密空调，问物业能不能帮联系维保，之前维保公司对接的是孙老师。
register: 姓名 袁诗琪
free: 姓名 孙老师
keep: 机房 | 报警 | 服务器 | 精密空调 | 维保 | 维保公司

row: 潘子豪 | A座3508 | 15366879988
注意事项: 该层为24小时运营的客服中心，夜间空调不可按常规时间关闭，交接班务必告知值班工程师。
keep: 24小时 | 客服中心 | 夜间空调 | 常规时间 | 值班工程师

row: 谭浩然 | A座2112 | 18899957996
处理措施: 联系了大金售后，师傅姓侯，约明天上午到2112检修多联机外机，租户方对接人是Jack，电话150-0933-7869。
register: 房号 2112
free: 姓名 Jack | 电话 150-0933-7869
keep: 大金 | 明天上午 | 多联机外机 | 对接人
# 电梯高峰、门禁卡与访客登记

row: 程可欣 | A座3309 | 15153489440
投诉内容: 高区电梯老是在低区停，听说是有人按错了，程可欣建议在大堂放引导员，说国贸那边的楼都这么做，她们老板Mr. Kim也提过好几次。
register: 姓名 程可欣
free: 姓名 Mr. Kim
keep: 高区电梯 | 低区 | 引导员 | 国贸

row: 魏子健 | A座3707 | 15971767378
处理结果: 早高峰已安排秩序部小满在大堂引导分区乘梯，奥的斯维保调整了群控参数，魏先生反馈好一些。
register: 姓名 魏先生
free: 姓名 小满
keep: 早高峰 | 秩序部 | 分区乘梯 | 奥的斯 | 群控参数

row: 宁佳慧 | A座2809 | 15939800261
投诉内容: 8号梯今天上午卡在17层，里面困了三个人，其中有他们公司的Eric，十分钟后才开门，宁女士要求说明原因。
register: 姓名 宁女士
free: 姓名 Eric
keep: 8号梯 | 17层 | 三个人 | 十分钟

row: 武梦洁 | A座2812 | 18781431760
投诉内容: 新入职的员工门禁卡办了一周还没下来，每天都要前台刷访客码，行政说已经把名单发给物业的Cathy了。
free: 姓名 Cathy
keep: 新入职 | 门禁卡 | 一周 | 访客码 | 名单

row: 罗一鸣 | A座3311 | 19976428565
处理措施: 补办门禁卡10张，工本费每张20元，名单由租户HR小宋提供，周三下午前台领取。
free: 姓名 小宋
keep: 补办 | 10张 | 工本费 | 20元 | 周三下午

row: 方子涵 | A座1801 | 13719224223
投诉内容: 客户来访在大堂登记要填身份证号，客户是他们合作律所的陈律师，不愿意，方子涵觉得物业要求太多，问能不能只登记手机号。
register: 姓名 方子涵
free: 姓名 陈律师
keep: 大堂 | 身份证号 | 手机号 | 合作律所

row: 贺俊杰 | A座1508 | 17763080383
投诉内容: 昨天下午有个推销的混进来挨个工位发传单，说是找刘总的，贺先生问访客登记是怎么审核的。
register: 姓名 贺先生
free: 姓名 刘总
keep: 推销 | 工位 | 发传单 | 访客登记

row: 秦雪 | A座3803 | 15960027186
处理结果: 已调监控，推销人员系跟随3803员工刷卡尾随进入，已通知秩序部加强闸机管控，推销人员名片上写的是牛小飞，秦女士认可。
register: 姓名 秦女士 | 房号 3803
free: 姓名 牛小飞
keep: 监控 | 推销人员 | 尾随 | 闸机管控 | 认可 | 名片

row: 雷鸣 | A座3801 | 15669798474
投诉内容: 周末加班进不了大堂，门禁卡只开工作日权限，雷鸣打了客服电话没人接，在门口等了半小时，最后是保安小吴给开的门。
register: 姓名 雷鸣
free: 姓名 小吴
keep: 周末 | 工作日权限 | 客服电话 | 半小时

row: 白晓峰 | A座1902 | 15359184996
处理措施: 门禁权限已改为7×24，由租户负责人白总书面申请，授权人员名单：Peter、Zhang Lei、Wu Xiaoyan三人。
free: 姓名 白总 | 姓名 Peter | 姓名 Zhang Lei | 姓名 Wu Xiaoyan
keep: 门禁权限 | 7×24 | 书面申请 | 授权人员名单

row: 钟雨桐 | A座1507 | 15154282799
投诉内容: 访客系统预约的二维码发不出去，钟女士的客户在楼下等了二十分钟，电话１５１５４２８２７９９。
register: 姓名 钟女士 | 电话 １５１５４２８２７９９
keep: 访客系统 | 二维码 | 二十分钟

row: 上官逸 | A座2804 | 18008803527
投诉内容: 货梯被装修公司占了一上午，上官先生公司搬家的车在B2卸货区等着用不了，要求协调。
register: 姓名 上官先生
keep: 货梯 | 装修公司 | 一上午 | B2卸货区

row: 葛婷 | A座601 | 17798143487
处理措施: 货梯预约表已更新，周五14:00-16:00给601搬家使用，装修单位改到上午，对接人葛婷、搬家公司负责人大刘。
register: 房号 601 | 姓名 葛婷
free: 姓名 大刘
keep: 货梯预约表 | 14:00-16:00 | 搬家 | 装修单位 | 搬家公司

row: 石磊 | A座2312 | 15629112353
处理结果: 与分众传媒沟通，电梯广告屏音量已调低至30%，高峰时段静音，回访石磊表示可以接受，他们的office manager Mia也确认了。
register: 姓名 石磊
free: 姓名 Mia
keep: 分众传媒 | 30% | 高峰时段 | 静音 | office manager

row: 季晨 | A座3109 | 18937396839
投诉内容: 有人丢了门禁卡被别人捡到了刷进来，卡主是他们公司实习生小鹿，季先生要求挂失并查一下刷卡记录。
register: 姓名 季先生
free: 姓名 小鹿
keep: 门禁卡 | 实习生 | 挂失 | 刷卡记录

row: 甘露 | A座1802 | 17747134254
处理措施: 门禁卡卡号M20417已挂失注销，新卡已补办，甘露签收。
register: 姓名 甘露
keep: M20417 | 挂失注销 | 签收

row: 汤明哲 | A座3505 | 13899989155
投诉内容: 客户是外籍，没有身份证，前台要求登记护照，Mr. Lee不太高兴，汤先生要求物业给VIP访客开绿色通道。
register: 姓名 汤先生
free: 姓名 Mr. Lee
keep: 外籍 | 护照 | VIP访客 | 绿色通道

row: 戚宇航 | A座2206 | 18761498691
处理结果: 纸质登记本已撤，改为访客小程序预约，前台只核对预约码，已告知戚宇航。
register: 姓名 戚宇航
keep: 纸质登记本 | 访客小程序 | 预约码

row: 柯嘉欣 | A座2106 | 13261977643
备注: 扶梯急停系有人误按急停按钮，已在按钮处加装保护罩。
keep: 扶梯急停 | 急停按钮 | 保护罩

row: 阎振华 | A座808 | 13189411354
投诉内容: 门禁闸机夹到了他们公司的孕妇，张经理说闸机感应太快，要求调慢，并检查有没有受伤的责任。
free: 姓名 张经理
keep: 门禁闸机 | 孕妇 | 感应 | 调慢
# 停车、快递与外卖

row: 庞海涛 | A座1901 | 15242020189
投诉内容: 月租车位B2-117被别人的车占了，车牌京N·8K2L7，庞先生打电话给秩序部半小时没人来。
register: 姓名 庞先生
free: 车牌 京N·8K2L7
keep: 月租车位 | B2-117 | 秩序部 | 半小时

row: 董一帆 | A座2604 | 18526462830
处理结果: 已联系占位车主，车主是B座公寓的短租客人Daniel，已挪车并道歉，董先生接受。
register: 姓名 董先生
free: 姓名 Daniel
keep: 占位车主 | B座公寓 | 短租客人 | 挪车 | 道歉

row: 关晓彤 | A座2504 | 19140189441
处理措施: 关于车位费调整，已出具书面说明并附2025年12月的调价公告，客服经理Jason约关女士面谈。
register: 姓名 关女士
free: 姓名 Jason
keep: 车位费调整 | 书面说明 | 2025年12月 | 调价公告

row: 欧阳敏 | A座1211 | 18362064155
投诉内容: 新能源车位充电桩一直被燃油车占，那辆白色奥迪车牌京Q 6L9X8，欧阳女士拍了照片。
register: 姓名 欧阳女士
free: 车牌 京Q 6L9X8
keep: 新能源车位 | 充电桩 | 燃油车 | 白色奥迪

row: 侯振宇 | A座710 | 18926006842
投诉内容: 侯振宇的车京AD·73915停在B3充电位，充满后被秩序员锁了地锁，要交超时占位费，他不认可。
register: 姓名 侯振宇
free: 车牌 京AD·73915
keep: B3 | 充电位 | 秩序员 | 地锁 | 超时占位费

row: 滕飞 | A座1102 | 18730176065
投诉内容: 地库出口道闸识别不了外地牌照冀J·7M56K，每次都要人工抬杆，滕先生说早上出去堵一长串。
register: 姓名 滕先生
free: 车牌 冀J·7M56K
keep: 地库出口 | 道闸 | 外地牌照 | 人工抬杆

row: 左丹 | A座1712 | 18968367435
处理措施: 已将左丹的车辆录入道闸白名单，月卡有效期至2026年6月30日，车平时是她先生Frank在开。
register: 姓名 左丹
free: 姓名 Frank
keep: 道闸白名单 | 月卡 | 2026年6月30日

row: 闫思彤 | A座2110 | 17770922864
投诉内容: 外卖不让送上楼，骑手只能放一楼外卖柜，闫女士说午饭经常被人拿错，昨天她点的老北京炸酱面就丢了，同事萌萌的奶茶上周也丢过。
register: 姓名 闫女士
free: 姓名 萌萌
keep: 外卖 | 骑手 | 外卖柜 | 午饭 | 老北京炸酱面 | 奶茶

row: 宫建平 | A座1109 | 13152636843
处理结果: 调取外卖柜监控，拿错外卖的是3111的员工，已协调对方行政赔付35元并道歉。
free: 房号 3111
keep: 外卖柜 | 监控 | 行政 | 赔付 | 35元

row: 车文静 | A座1204 | 17745031439
处理措施: 和顺丰望京站站长沟通，快递员统一到B1收发室分拣，大堂不再堆放，站长电话138-3234-9524。
free: 电话 138-3234-9524
keep: 顺丰望京站 | 站长 | B1收发室 | 堆放

row: 祁东 | A座2912 | 18837855790
投诉内容: 包裹签收显示前台代收，但前台说没收到，祁先生的包裹里是笔记本电脑，价值一万多，京东单号JD0129847736512，系统里签收人写的是“前台-丽丽”。
register: 姓名 祁先生
free: 姓名 丽丽
keep: 前台代收 | 笔记本电脑 | 一万多 | 京东 | JD0129847736512 | 签收人

row: 单晓光 | A座1806 | 15719523881
处理结果: 查监控发现包裹被1106公司的实习生误拿，已追回交给单先生本人。
register: 姓名 单先生
free: 房号 1106
keep: 监控 | 实习生 | 误拿 | 追回 | 本人

row: 廖文斌 | A座2104 | 18938514226
投诉内容: 廖总的司机老孙每天在地库出口临停等人，被秩序员赶了几次，廖先生说访客车位本来就该给他们用。
register: 姓名 廖先生
free: 姓名 廖总 | 姓名 老孙
keep: 司机 | 地库出口 | 临停 | 秩序员 | 访客车位

row: 米娜 | A座3104 | 18178894153
投诉内容: 共享单车堆在大厦正门口，美团和哈啰的都有，米娜说下雨天进出都得绕，她们部门的Abby还被绊倒过。
register: 姓名 米娜
free: 姓名 Abby
keep: 共享单车 | 正门口 | 美团 | 哈啰 | 下雨天

row: 景涛 | A座2004 | 13786224781
处理措施: 已联系美团单车和哈啰运维清运，大门前划定停放区，运维负责人小胡留了电话183 4895 6316。
free: 姓名 小胡 | 电话 183 4895 6316
keep: 美团单车 | 哈啰 | 运维 | 清运 | 停放区

row: 闵浩 | A座2802 | 13889591649
投诉内容: 外卖骑手骑电动车从地库入口逆行进来，差点撞到闵先生，后面跟着一辆车牌京P·5R2W9的面包车也是逆行。
register: 姓名 闵先生
free: 车牌 京P·5R2W9
keep: 外卖骑手 | 电动车 | 地库入口 | 面包车

row: 符天宇 | A座2712 | 18565209799
处理结果: 停车系统同步延迟，已退15元临停费至原支付宝，月卡有效期已更新至年底。
keep: 停车系统 | 同步延迟 | 15元 | 支付宝 | 年底

row: 邬晴 | A座3605 | 15834393011
投诉内容: 闪送小哥把文件放在前台没打电话，前台换班后文件找不到了，是给邬晴的投标文件，明天上午就要交，寄件人是甲方的钱处。
register: 姓名 邬晴
free: 姓名 钱处
keep: 闪送 | 前台 | 换班 | 投标文件 | 明天上午 | 甲方

row: 卞雅琳 | A座602 | 15291870825
备注: 前台代收件须登记收件人、单号、时间，交接班逐件核对，贵重件电话通知本人领取。
keep: 前台代收件 | 收件人 | 单号 | 交接班 | 贵重件
# 保洁、漏水与装修噪音

row: 伍思成 | A座2711 | 15956109096
处理措施: 保洁班长刘姐重新排班，卫生间每两小时巡检补耗材，巡检表贴门后，伍先生已知晓。
register: 姓名 伍先生
free: 姓名 刘姐
keep: 保洁班长 | 排班 | 两小时 | 巡检 | 耗材

row: 喻晓 | A座3604 | 18952714758
投诉内容: 楼上3704漏水，天花板吊顶都泡了，水滴在服务器机柜旁边，喻晓要求马上关楼上的阀门。
register: 姓名 喻晓
free: 房号 3704
keep: 天花板 | 吊顶 | 服务器机柜 | 马上 | 阀门

row: 涂子轩 | A座2307 | 19805299959
处理结果: 漏水源为楼上茶水间洗碗机进水管脱落，2507的行政Helen已同意赔偿吊顶维修，涂先生认可。
register: 姓名 涂先生
free: 房号 2507 | 姓名 Helen
keep: 茶水间 | 洗碗机 | 进水管 | 吊顶维修

row: 桂雪 | A座2505 | 15940490881
投诉内容: 隔壁2503在装修，电钻声从早上九点响到下午，桂女士他们在开线上会，根本听不清。
register: 姓名 桂女士
free: 房号 2503
keep: 电钻声 | 早上九点 | 线上会

row: 尹航 | A座3708 | 15207084093
处理措施: 约谈F6-09装修项目经理魏工，高噪音作业改到晚上七点以后和周末，违反一次扣装修押金500元。
free: 房号 F6-09 | 姓名 魏工
keep: 装修项目经理 | 高噪音作业 | 晚上七点 | 装修押金 | 500元

row: 樊启明 | A座1910 | 19901556369
投诉内容: 装修的油漆味顺着新风管道窜到樊总办公室，熏得头晕，樊先生说装修方用的什么漆要查。
register: 姓名 樊先生
free: 姓名 樊总
keep: 油漆味 | 新风管道 | 头晕 | 装修方

row: 裴玉 | A座2905 | 17335833494
投诉内容: 楼下2805说他们漏水是我们这边导致的，裴玉说他们这周根本没用过茶水间，要求物业查清楚再说。
register: 姓名 裴玉
free: 房号 2805
keep: 这周 | 茶水间 | 查清楚

row: 晏子豪 | A座608 | 13638774907
处理结果: 工程部查为管井内立管接头渗漏，属公共部位，物业负责维修，608和楼下的损失由保险理赔，晏先生接受。
register: 房号 608 | 姓名 晏先生
keep: 管井 | 立管接头 | 公共部位 | 保险理赔

row: 凌薇 | A座1805 | 18811400806
投诉内容: 保洁晚上打扫工位把桌上的文件当垃圾扔了，凌薇说是很重要的合同草稿，草稿是她们法务Yvonne改了三版的，要求查是哪个保洁。
register: 姓名 凌薇
free: 姓名 Yvonne
keep: 保洁 | 工位 | 合同草稿 | 三版

row: 房振东 | A座3705 | 18769049310
处理措施: 查排班为保洁员老周负责该层，已对其批评教育，今后工位桌面只清空垃圾桶，不动桌面物品。
free: 姓名 老周
keep: 保洁员 | 批评教育 | 工位桌面 | 垃圾桶 | 桌面物品

row: 康宁 | A座3012 | 15534339071
投诉内容: 卫生间下水道返臭，一到中午味道就窜到办公区，康宁已经反映过三次了，说再不修就找大厦业主方的资产经理Rachel。
register: 姓名 康宁
free: 姓名 Rachel
keep: 下水道 | 返臭 | 中午 | 办公区 | 三次 | 业主方 | 资产经理

row: 司徒文 | A座1210 | 13258750362
处理措施: 工程部更换地漏防臭芯，疏通排污立管，司徒先生要求一周后复查。
register: 姓名 司徒先生
keep: 地漏防臭芯 | 排污立管 | 一周后 | 复查

row: 卓然 | A座1811 | 17560372741
投诉内容: 雨天落地窗渗水，窗台下面的地毯全湿了，卓然拍了视频发给物业的Sunny，Sunny说要报给业主方。
register: 姓名 卓然
free: 姓名 Sunny
keep: 雨天 | 落地窗 | 渗水 | 窗台 | 地毯

row: 覃思雨 | A座2111 | 15170077922
投诉内容: 装修工人在消防通道抽烟，烟头扔了一地，覃女士说这是F36-06那家装修的，工人头是个叫老黑的。
register: 姓名 覃女士
free: 房号 F36-06 | 姓名 老黑
keep: 装修工人 | 消防通道 | 抽烟 | 烟头 | 工人头

row: 鲍雨辰 | A座2012 | 13714539594
处理结果: 已对装修单位罚款1000元，在装修押金中扣除，施工负责人郭建民签字确认。
free: 姓名 郭建民
keep: 装修单位 | 罚款 | 1000元 | 装修押金 | 签字确认

row: 蓝天翔 | A座2801 | 13252398502
投诉内容: 楼上2901的公司在搬家具，一直在地上拖，咣当咣当响了一上午，蓝天翔说楼上应该铺保护垫。
register: 姓名 蓝天翔
free: 房号 2901
keep: 搬家具 | 咣当咣当 | 一上午 | 保护垫

row: 戴茜 | A座1804 | 18907922817
处理措施: 外窗清洗蜘蛛人作业安排在周六，已提前通知各租户关窗拉帘，A座高区周六上午，低区下午。
keep: 外窗清洗 | 蜘蛛人 | 周六 | 关窗拉帘 | 高区 | 低区

row: 路遥 | A座3308 | 15576575711
投诉内容: 隔壁装修队把建筑垃圾堆在电梯厅，路遥的客户来了以为走错地方，要求今天清走。
register: 姓名 路遥
keep: 装修队 | 建筑垃圾 | 电梯厅 | 走错地方

row: 简宁 | A座2308 | 15634198256
处理结果: 建筑垃圾已于当晚22点前清运，装修单位承诺每日收工前装袋清运，简宁确认。
register: 姓名 简宁
keep: 建筑垃圾 | 22点 | 清运 | 收工前 | 装袋

row: 焦阳 | A座2807 | 18912625188
投诉内容: 对面2810装修拆下来的旧玻璃隔断靠在过道墙上，焦先生说万一倒了砸到人谁负责。
register: 姓名 焦先生
free: 房号 2810
keep: 旧玻璃隔断 | 过道墙 | 砸到人
# 会议室、发票、物业费与能耗费

row: 卢子昂 | A座2611 | 13534385647
投诉内容: 公共会议室预约系统显示空闲，结果到了发现被3006的人占着，对方说是他们王总监口头订的。
free: 房号 3006 | 姓名 王总监
keep: 公共会议室 | 预约系统 | 空闲 | 口头

row: 邢曼 | A座1003 | 18902196910
处理措施: 公共会议室一律线上预约，前台不再接受口头预订，已在租户群发通知，邢曼那边已告知。
register: 姓名 邢曼
keep: 公共会议室 | 线上预约 | 口头预订 | 租户群

row: 严冬 | A座1212 | 18879255768
投诉内容: 物业费发票抬头开错了，开成了母公司北京星河互娱文化传媒有限公司，要开分公司的，财务Linda说下周就要报账。
free: 姓名 Linda
keep: 物业费发票 | 抬头 | 北京星河互娱文化传媒有限公司 | 分公司 | 报账

row: 范雨欣 | A座2009 | 13168385980
处理结果: 已红冲原发票并重开增值税专票，电子版发到财务邮箱finance_xhhy@163.com，范女士确认收到。
register: 姓名 范女士
free: 邮箱 finance_xhhy@163.com
keep: 红冲 | 增值税专票 | 电子版 | 财务邮箱

row: 芦薇 | A座3510 | 13978421137
处理措施: 财务已提供2026年1-3月供电局账单及公摊计算表，芦女士还有疑问，约周四和财务经理面谈。
register: 姓名 芦女士
keep: 2026年1-3月 | 供电局账单 | 公摊计算表 | 周四 | 财务经理

row: 谷雨晴 | A座2109 | 15262096337
投诉内容: 物业费催缴函直接贴在公司门口，谷雨晴说让客户看见多难看，他们只是付款流程慢，要等CFO David Liu出差回来签字，又不是不交。
register: 姓名 谷雨晴
free: 姓名 David Liu
keep: 物业费 | 催缴函 | 公司门口 | 付款流程 | CFO | 出差

row: 乐天宇 | A座1707 | 19852420792
处理结果: 催缴函已撤下，今后改为邮件发送对方财务，对方承诺本月25日前付清第二季度物业费。
keep: 催缴函 | 邮件 | 本月25日 | 第二季度 | 物业费

row: 巩磊 | A座703 | 19152447043
处理措施: 调出退租验房单，签字人为工程部小覃，单据备注“地毯待更换”，已和巩先生说明扣款依据。
register: 姓名 巩先生
free: 姓名 小覃
keep: 退租验房单 | 地毯待更换 | 扣款依据

row: 聂晨曦 | A座706 | 13841450252
投诉内容: 发票寄丢了，物业说是财务小孟用EMS寄的，单号查不到，聂晨曦要求重开电子发票。
register: 姓名 聂晨曦
free: 姓名 小孟
keep: 发票 | EMS | 单号 | 电子发票

row: 鞠明 | A座3306 | 17547776902
投诉内容: 能耗分表的读数和总表对不上，上个月多出三千多度，鞠先生怀疑是隔壁公司的网管大壮私接了他们的电。
register: 姓名 鞠先生
free: 姓名 大壮
keep: 能耗分表 | 总表 | 三千多度 | 接了他们的电 | 网管

row: 虞可 | A座3106 | 19879988075
处理结果: 工程部复核电表，发现电表箱内3106与3107两路标签贴反，已更正，多收的电费下月冲抵。
register: 房号 3106
free: 房号 3107
keep: 电表 | 电表箱 | 两路 | 标签贴反 | 下月冲抵

row: 敖天 | A座3307 | 13157869549
投诉内容: 敖总问物业费能不能按季度付，他们财务制度是季付，物业的徐经理说只能年付，要求给个说法。
free: 姓名 敖总 | 姓名 徐经理
keep: 物业费 | 按季度付 | 财务制度 | 季付 | 年付

row: 帅旭 | A座2511 | 17359340955
处理措施: 经请示项目总经理，同意该租户物业费改为季付，补充协议由法务周律审核后签署。
free: 姓名 周律
keep: 项目总经理 | 物业费 | 季付 | 补充协议 | 法务

row: 蔺楠 | A座1605 | 13103571493
备注: 物业费收款账户为大厦公户，任何个人收款均属违规，租户付款前请电话核实。
keep: 物业费 | 收款账户 | 大厦公户 | 个人收款 | 电话核实

row: 滑晓宇 | A座1604 | 19954363381
投诉内容: 有人冒充物业财务发邮件让租户把物业费转到个人账户，账户名写的是“刘振华”，卡号6228 4840 4722 0428 510，滑先生差点转了。
register: 姓名 滑先生
free: 姓名 刘振华 | 账号 6228 4840 4722 0428 510
keep: 冒充 | 物业财务 | 个人账户 | 差点转了

row: 隋月 | A座1009 | 15977329547
处理结果: 诈骗邮件发件地址为wjhx_wuye@outlook.com，已报望京派出所，大厦发布防骗提醒。
free: 邮箱 wjhx_wuye@outlook.com
keep: 诈骗邮件 | 发件地址 | 望京派出所 | 防骗提醒

row: 茅丽 | A座1004 | 13724227416
处理措施: 会议室超时收费改为按半小时计，超时十五分钟以内不收费，已更新收费标准。
keep: 超时收费 | 半小时 | 十五分钟 | 收费标准

row: 俞嘉 | A座2806 | 15600389212
投诉内容: 物业给的能耗费账单是PDF扫描件，俞嘉说他们审计要原件盖章，麻烦寄到公司，收件人写行政郝佳。
register: 姓名 俞嘉
free: 姓名 郝佳
keep: 能耗费账单 | PDF | 扫描件 | 审计 | 原件盖章
# 消防演练、网络、12345与街道

row: 班淑敏 | A座3009 | 17562460417
处理措施: 年度消防演练定于11月9日（周二）下午3点，各租户消防责任人须到场，3009的责任人为班淑敏。
register: 房号 3009 | 姓名 班淑敏
keep: 年度消防演练 | 11月9日 | 周二 | 下午3点 | 消防责任人

row: 付晓辉 | A座1711 | 15820522927
投诉内容: 租户在办公室里用电热水壶和小太阳，消防巡查拍照了，付先生说他们Manager Chris是从美国来的，不知道规定。
register: 姓名 付先生
free: 姓名 Chris
keep: 电热水壶 | 小太阳 | 消防巡查 | 美国

row: 丁一 | A座2011 | 13266335342
处理结果: 已下达消防整改通知书，违规电器已撤，租户消防责任人在整改单签字，复查合格。
keep: 消防整改通知书 | 违规电器 | 整改单 | 复查合格

row: 计宏 | A座2105 | 18495913436
投诉内容: 朝阳区消防支队检查说疏散通道堆了纸箱，是612堆的，结果整层都被通报了，计先生不服。
register: 姓名 计先生
free: 房号 612
keep: 朝阳区消防支队 | 疏散通道 | 纸箱 | 整层 | 通报

row: 芮安 | A座2212 | 13099752088
处理措施: 联系联通客户经理小邓，租户自行申请专线，物业配合开放弱电井，施工时间另约。
free: 姓名 小邓
keep: 联通客户经理 | 专线 | 弱电井 | 施工时间

row: 尤佳 | A座1002 | 15872029781
处理结果: 查施工登记，为F16-06租户的网络公司施工误剪，已由对方承担修复费用，尤女士接受，不再追究上午损失。
register: 姓名 尤女士
free: 房号 F16-06
keep: 施工登记 | 网络公司 | 误剪 | 修复费用

row: 相国栋 | A座3809 | 18760606941
备注: 12345转来工单：来电人称大厦夜间外立面灯光太亮，影响对面小区居民休息，工单号20261016-3381。
keep: 12345 | 来电人 | 外立面灯光 | 对面小区 | 20261016-3381

row: 迟瑞 | A座2208 | 15586250055
处理措施: 外立面亮化改为每晚22:00关闭，已回复12345，来电人为对面花家地小区的居民张阿姨，已电话解释。
free: 姓名 张阿姨
keep: 外立面亮化 | 22:00 | 12345 | 花家地小区 | 电话解释

row: 牛犇 | A座2209 | 13879183619
处理结果: 与望京街道城管科沟通，整改期两周，大厦增设分类督导员，每天11:30-13:30在B1垃圾房值守。
keep: 望京街道 | 城管科 | 两周 | 分类督导员 | 11:30-13:30 | B1垃圾房

row: 詹文 | A座2309 | 19833421929
投诉内容: 12345工单：来电人反映大厦地库出口车辆鸣笛扰民，来电人姓肖，住阜荣街的小区。
keep: 12345工单 | 地库出口 | 鸣笛扰民 | 阜荣街

row: 宓雪 | A座1201 | 13843425542
投诉内容: 社区网格员小高来通知，街道要统计企业员工人数和法人信息，宓女士问物业为什么要给街道。
register: 姓名 宓女士
free: 姓名 小高
keep: 社区网格员 | 街道 | 企业员工人数 | 法人信息

row: 竺青 | A座2207 | 15701515709
处理措施: 经确认为望京街道企业服务中心统计，表格由企业自行填报，物业只负责转发，已告知竺女士，街道对接人王科座机010-87498411。
register: 姓名 竺女士
free: 姓名 王科 | 电话 010-87498411
keep: 望京街道企业服务中心 | 自行填报 | 转发 | 座机

row: 沙玉 | A座1603 | 18576460313
处理措施: 防汛演练：暴雨预警期间地库入口放挡水板，秩序部和工程部值班到24点，值班长老杜。
free: 姓名 老杜
keep: 防汛演练 | 暴雨预警 | 挡水板 | 24点 | 值班长

row: 韶华 | A座3812 | 15679033729
投诉内容: 演练的时候消防楼梯门打不开，韶华说要是真着火了就完了，门被那边装修的堵住了，工长叫二虎。
register: 姓名 韶华
free: 姓名 二虎
keep: 消防楼梯门 | 着火 | 装修 | 工长

row: 蒲晓 | A座1502 | 18315882139
处理结果: 由大厦消控室配合租户门禁厂商完成消防联动接线，测试合格，消控室值班员小庄签字。
free: 姓名 小庄
keep: 消控室 | 门禁厂商 | 消防联动 | 接线 | 测试合格

row: 娄梅 | A座2903 | 17741956599
处理措施: 以后大厦通知统一中英双语，重要通知加发韩文，望京韩资企业多，已让行政部的Jenny翻译，Jenny的座机6589-4121。
free: 姓名 Jenny | 电话 6589-4121
keep: 中英双语 | 韩文 | 望京 | 韩资企业 | 行政部
# 服务式公寓：噪音、押金与短租客

row: 徐梓萱 | B座1116 | 18146901097
投诉内容: B座1116住户投诉楼上1216半夜开派对，音乐声到凌晨两点，徐女士打了三次管家电话，管家说上去敲门没人开。
register: 房号 1116 | 姓名 徐女士
free: 房号 1216
keep: 半夜 | 派对 | 凌晨两点 | 三次 | 管家电话

row: 崔成浩 | B座2726 | 17791422885
处理结果: 楼上为短租客人，入住人Jake Miller，已由值班经理上门警告，告知再扰民将终止入住，崔先生已知悉。
register: 姓名 崔先生
free: 姓名 Jake Miller
keep: 短租客人 | 入住人 | 值班经理 | 终止入住

row: 朴智贤 | B座716 | 19186471982
投诉内容: 韩国住户朴智贤说退房押金3000元一个月了还没退，她下周回首尔，中文不太好，让她的朋友小崔帮忙打电话191-8647-1982。
register: 姓名 朴智贤 | 电话 191-8647-1982
free: 姓名 小崔
keep: 韩国 | 退房押金 | 3000元 | 一个月 | 首尔

row: 吴昊然 | B座1618 | 15613772181
处理措施: 财务查押金退款单已审批，原路退回招商银行尾号6621的卡，预计3个工作日到账，已通知吴先生。
register: 姓名 吴先生
keep: 押金退款单 | 原路退回 | 招商银行 | 尾号6621 | 3个工作日

row: 邹雨涵 | B座2623 | 18374510943
投诉内容: 隔壁2624每天早上六点遛狗，狗在走廊里叫，邹雨涵说公寓不是不让养宠物吗。
register: 姓名 邹雨涵
free: 房号 2624
keep: 早上六点 | 遛狗 | 走廊 | 公寓 | 养宠物

row: 孔令晨 | B座2816 | 19978409713
处理结果: 917住户为长租客人，入住时签过宠物协议，已提醒遛狗走货梯并牵绳，孔先生表示理解。
register: 姓名 孔先生
free: 房号 917
keep: 长租客人 | 宠物协议 | 走货梯 | 牵绳

row: 田浩 | B座1627 | 18761394339
投诉内容: 短租客入住时前台要登记身份证，客人Anna Petrova是俄罗斯人，护照号登记错了，派出所系统报不上去。
free: 姓名 Anna Petrova
keep: 短租客 | 身份证 | 俄罗斯人 | 护照号 | 派出所系统

row: 安宇 | B座626 | 15241844485
处理措施: 境外人员住宿登记已重新在24小时内补报望京派出所，护照号718259364，入住516。
free: 证件号 718259364 | 房号 516
keep: 境外人员住宿登记 | 24小时 | 补报 | 望京派出所

row: 贝贝 | B座2721 | 15385023714
投诉内容: 公寓热水器一直不出热水，贝贝说洗澡洗到一半变凉水，住了两个月修了三回，来的都是工程部的小杨。
register: 姓名 贝贝
free: 姓名 小杨
keep: 热水器 | 热水 | 凉水 | 两个月 | 三回

row: 殷子墨 | B座1221 | 18546790587
处理结果: 更换海尔燃热点火器，殷先生试用正常，1221的热水问题关单。
register: 姓名 殷先生 | 房号 1221
keep: 海尔 | 燃热点火器 | 热水问题 | 关单

row: 施晓婉 | B座2216 | 18779696322
投诉内容: 房间里有蟑螂，施女士说她是在携程上订的月租，照片跟实际差太多，要求退差价或者换房。
register: 姓名 施女士
keep: 蟑螂 | 携程 | 月租 | 退差价 | 换房

row: 游晓乐 | B座2217 | 15209824403
处理措施: 已安排除四害公司周二上门消杀，同步给客人换到同户型324，差价不退，免当月清洁费。
free: 房号 324
keep: 除四害公司 | 周二 | 消杀 | 同户型 | 清洁费

row: 山本健太 | B座328 | 15807375993
投诉内容: 日本住户山本桑说他的快递被管家签收后找不到了，他的同事高桥さん帮忙翻译。
register: 姓名 山本桑
free: 姓名 高桥さん
keep: 日本 | 快递 | 管家 | 签收 | 翻译

row: 邰明 | B座1719 | 15540701863
处理结果: 查入住交接单，钉孔已记录，押金全额退还，管家小葵向邰先生致歉。
register: 姓名 邰先生
free: 姓名 小葵
keep: 入住交接单 | 钉孔 | 全额退还 | 致歉

row: 莫茜 | B座1121 | 13357405220
投诉内容: 楼下1021的空调外机嗡嗡响，莫茜晚上睡不着，她是倒时差的空乘，白天也要睡。
register: 姓名 莫茜
free: 房号 1021
keep: 空调外机 | 嗡嗡响 | 倒时差 | 空乘 | 白天

row: 万琪 | B座2723 | 17359522724
投诉内容: 公寓前台说月底要涨租金，万女士是签了一年合同的，不认可，她说合同上写的是9800一个月。
register: 姓名 万女士
keep: 月底 | 涨租金 | 一年合同 | 9800

row: 聂霏 | B座2326 | 19939778932
处理措施: 经运营经理Vicky核实，该住户合同期内租金不变，已书面回复，涨价仅针对新签。
free: 姓名 Vicky
keep: 合同期内 | 租金不变 | 书面回复 | 新签

row: 秋实 | B座525 | 18477816502
投诉内容: 住户说公寓的保洁进房间打扫没敲门，直接用房卡开门，秋实正在换衣服，非常生气，当时进门的是保洁组的田姐。
register: 姓名 秋实
free: 姓名 田姐
keep: 保洁 | 房卡 | 换衣服 | 非常生气 | 保洁组

row: 严冰 | B座2717 | 15890124982
处理结果: 涉事保洁员为外包公司的赵姨，已调离公寓，保洁进房一律先敲门三次并报“客房服务”。
free: 姓名 赵姨
keep: 保洁员 | 外包公司 | 调离 | 敲门三次 | 客房服务

row: Mohamed Ali | B座1715 | 13339480550
投诉内容: 住户Mohamed说楼道里有人做饭味道大，他有过敏，希望物业管管，他说英文，由前台Candy翻译。
register: 姓名 Mohamed
free: 姓名 Candy
keep: 楼道 | 做饭 | 过敏 | 英文 | 翻译

row: 利安 | B座1920 | 18866577744
投诉内容: 订的是带阳台的房型，入住发现没阳台，利先生在飞猪上订的，订单号2026031588173421，要求退房。
register: 姓名 利先生
keep: 阳台 | 房型 | 飞猪 | 2026031588173421 | 退房

row: 查思彤 | B座2226 | 19845071846
处理措施: 联系飞猪客服，为客人升级至带阳台的725，差价免收，客人联系方式+86 13196746857。
free: 房号 725 | 电话 +86 13196746857
keep: 飞猪客服 | 升级 | 带阳台 | 差价免收

row: 那英杰 | B座616 | 15603991561
处理措施: 智能门锁更换为低电量自动推送提醒，已为616更换电池，那先生确认能正常开门。
register: 房号 616 | 姓名 那先生
keep: 智能门锁 | 低电量 | 自动推送 | 更换电池

row: 步云 | B座2325 | 17625306132
投诉内容: 对门2323是民宿，每天换一批人，拖着行李箱半夜进出，步先生说公寓成了酒店，保安形同虚设。
register: 姓名 步先生
free: 房号 2323
keep: 民宿 | 行李箱 | 半夜 | 酒店 | 形同虚设

row: 蒯晨 | B座1724 | 17733883403
处理结果: 经核查1527业主私自挂美团民宿，违反公寓管理规约，已发函给业主麻先生，要求停止短租。
free: 房号 1527 | 姓名 麻先生
keep: 美团民宿 | 公寓管理规约 | 发函 | 停止短租

row: 瞿雅 | B座2319 | 15944488741
投诉内容: 房东Luo Jianguo把房子转租给二房东，二房东又隔成了两间，瞿女士说楼道里堆满了租客的快递箱。
register: 姓名 瞿女士
free: 姓名 Luo Jianguo
keep: 房东 | 转租 | 二房东 | 隔成了两间 | 快递箱
# 租户同事、花名与职务称呼

row: 薛凯 | A座2803 | 17541857842
投诉内容: 阿里那边的同事说茶水间的直饮水机有怪味，反映人花名“风清扬”，薛先生帮忙转达，希望尽快换滤芯。
register: 姓名 薛先生
free: 姓名 风清扬
keep: 阿里 | 茶水间 | 直饮水机 | 怪味 | 花名 | 滤芯

row: 唐可 | A座2904 | 17680435790
处理措施: 企业微信上“王磊（HR）”反映的入职门禁卡已办好，共6张，交给前台，通知唐可领取。
register: 姓名 唐可
free: 姓名 王磊
keep: 企业微信 | 入职 | 门禁卡 | 6张

row: 陆天一 | A座1108 | 18524953059
投诉内容: 钉钉群里Lucy-行政部@了物业，说洗手间烘手机坏了，陆天一补充说男卫的也坏了。
register: 姓名 陆天一
free: 姓名 Lucy
keep: 钉钉群 | 行政部 | 洗手间 | 烘手机 | 男卫

row: 杭一诺 | A座2305 | 18371416340
投诉内容: 杭女士说他们李总监上周在电梯里被夹了手，还没人来问一下，李总监的助理Ivy也打过电话。
register: 姓名 杭女士
free: 姓名 李总监 | 姓名 Ivy
keep: 上周 | 电梯 | 夹了手 | 助理

row: 邵楠 | A座2108 | 15204892478
投诉内容: 韩国公司的崔代表说办公室门口的公共区域被隔壁公司放了打印机，李部长去沟通对方不理。
free: 姓名 崔代表 | 姓名 李部长
keep: 韩国公司 | 公共区域 | 打印机 | 沟通

row: 金成民 | A座3112 | 15554215630
处理措施: 已约金成民和隔壁行政小马三方沟通，打印机挪回对方室内，公共区域保持通畅。
register: 姓名 金成民
free: 姓名 小马
keep: 三方沟通 | 打印机 | 室内 | 公共区域

row: 麦嘉琪 | A座3108 | 19897096205
投诉内容: 麦女士说他们新来的总经理ZHANG Hao要办停车月卡，但他的车是公司车，行驶证上是公司名字，物业不给办。
register: 姓名 麦女士
free: 姓名 ZHANG Hao
keep: 总经理 | 停车月卡 | 公司车 | 行驶证

row: 粟雨 | A座1105 | 18307642480
处理结果: 公司车辆凭营业执照复印件和授权书办理月卡，车牌京A·2H7K3，使用人写张浩。
free: 车牌 京A·2H7K3 | 姓名 张浩
keep: 公司车辆 | 营业执照复印件 | 授权书 | 月卡

row: 阮思 | A座1103 | 18998381586
处理措施: 查排班是前台实习生小颖当班，已谈话，安排重新培训接待礼仪，向阮女士致歉。
register: 姓名 阮女士
free: 姓名 小颖
keep: 实习生 | 当班 | 谈话 | 接待礼仪 | 致歉

row: 尚卓 | A座1911 | 18464562746
投诉内容: 表扬：工程部的郝师傅半夜帮忙修好了机房的跳闸，尚总说要给物业送锦旗，并且写了感谢信。
free: 姓名 郝师傅 | 姓名 尚总
keep: 表扬 | 工程部 | 半夜 | 机房 | 跳闸 | 锦旗 | 感谢信

row: 卫嘉 | A座1206 | 15887991414
投诉内容: 租户Alice Wong问物业能不能代收她个人的海外快递，她住B座，快递单上名字写的是WONG ALICE，手机178 74146143。
free: 姓名 Alice Wong | 姓名 WONG ALICE | 电话 178 74146143
keep: 代收 | 海外快递 | B座

row: 骆子轩 | A座2306 | 19941673271
投诉内容: 骆先生说他们法务部的王律被困在电梯里十几分钟，是14号梯，王律当时在打电话给客户。
register: 姓名 骆先生
free: 姓名 王律
keep: 法务部 | 十几分钟 | 14号梯 | 打电话

row: 易航 | A座3102 | 13321314285
处理结果: 易航的同事Zhou Yiming（周一鸣）的工卡信息录错了，已改回正确拼音，重新制卡。
register: 姓名 易航
free: 姓名 Zhou Yiming | 姓名 周一鸣
keep: 工卡信息 | 正确拼音 | 制卡

row: 凤琳 | A座2107 | 15731179085
投诉内容: 影视公司租户经常深夜收工，剧组人员大声说话，凤女士说他们张导昨晚在走廊里打电话吼到一点。
register: 姓名 凤女士
free: 姓名 张导
keep: 影视公司 | 深夜收工 | 剧组人员 | 走廊 | 一点

row: 钟离越 | A座3701 | 13590778140
处理措施: 与影视公司制片主任老鲁沟通，晚上十点后禁止在公共区域大声通话，钟离先生已知悉。
register: 姓名 钟离先生
free: 姓名 老鲁
keep: 影视公司 | 制片主任 | 晚上十点 | 公共区域 | 大声通话

row: 伏思远 | A座2702 | 15005738257
投诉内容: 邮箱kevin.zhao@brightpath.cn的发件人说是租户员工，要调取大厦门口上周三的监控，伏先生问物业是否可以提供。
register: 姓名 伏先生
free: 邮箱 kevin.zhao@brightpath.cn
keep: 发件人 | 租户员工 | 调取 | 上周三 | 监控

row: 佟丽 | A座2704 | 17341417654
投诉内容: 佟丽说她们公司的Wendy姐在大堂滑倒了，地面刚拖完没放警示牌，现在脚踝肿了在医院。
register: 姓名 佟丽
free: 姓名 Wendy姐
keep: 大堂 | 滑倒 | 警示牌 | 脚踝 | 医院

row: 仇海 | A座2006 | 19830898781
处理措施: 保险公司查勘员老齐已到现场拍照，滑倒事件按公众责任险处理，伤者医药费凭票报销。
free: 姓名 老齐
keep: 保险公司 | 查勘员 | 公众责任险 | 医药费 | 凭票报销

row: 权哲 | A座501 | 15599027784
投诉内容: 权先生说韩国总部的李社长下周来考察，要借用大厦贵宾室，问要多少钱，他的微信id是kwonjh_bj。
register: 姓名 权先生
free: 姓名 李社长 | 账号 kwonjh_bj
keep: 韩国总部 | 考察 | 贵宾室

row: 温晴 | A座1912 | 18309443970
投诉内容: 有个人自称是3205公司的HRBP叫Jessica，在大堂给人发招聘传单，温晴问是不是真的租户员工。
register: 姓名 温晴
free: 房号 3205 | 姓名 Jessica
keep: 大堂 | 招聘传单 | 租户员工

row: 雍建和 | A座3310 | 17305368817
处理结果: 核实此人非租户员工，已请离大厦，秩序部交接本上记录“自称Jessica的女子”，前台加强巡视。
keep: 租户员工 | 请离 | 秩序部 | 交接本 | 巡视

row: 裘靖 | A座3208 | 18577448149
投诉内容: 裘先生说隔壁律所的人总借他们的会议室，对方合伙人谢律口头答应付费，一直没付。
register: 姓名 裘先生
free: 姓名 谢律
keep: 律所 | 会议室 | 合伙人 | 口头答应

row: 芦晓东 | A座1505 | 17634263438
投诉内容: 前台小妹小美把一个快递交给了同名的人，两家公司都有叫Emma的，芦先生说应该核对公司名字。
register: 姓名 芦先生
free: 姓名 小美 | 姓名 Emma
keep: 前台小妹 | 快递 | 同名 | 公司名字

row: 单于晴 | A座2205 | 13127686976
处理措施: 和租户沟通，员工收件统一写“公司名+英文名+中文名”，如“途远-Leo-刘洋”，前台按三项核对。
free: 姓名 Leo | 姓名 刘洋
keep: 收件 | 公司名 | 英文名 | 中文名 | 途远 | 三项核对
# 物业自己的人、电话写法与多人单元格

row: 郁晓峰 | A座3206 | 18847991093
staff: Cindy | 工程部 | 邱晓雯
投诉内容: 郁先生来电说茶水间水槽堵了，Cindy接的电话，回拨号码188-4799-1093，已派单。
register: 姓名 郁先生 | 姓名 Cindy | 电话 188-4799-1093
keep: 茶水间 | 水槽 | 回拨号码 | 派单

row: 廉洁 | A座3312 | 15513065873
staff: Cindy | 常远 | 邱晓雯
处理措施: 常远带人疏通，邱晓雯跟进回访，3312已恢复使用。
register: 姓名 常远 | 姓名 邱晓雯 | 房号 3312
keep: 疏通 | 跟进回访 | 恢复使用

row: 蔡梦琪 | A座1904 | 13313323277
staff: 前台 | 常远 | 物业经理
投诉内容: 蔡女士说报修三天了工程部没人来，常远说排期到周五，她说你们物业也忒慢了。
register: 姓名 蔡女士 | 姓名 常远
keep: 报修 | 三天 | 工程部 | 排期 | 周五 | 忒慢了

row: 尹嘉禾/Jerry | A座2606 | 17395745029
staff: Cindy | 工程部 | 客服主管
投诉内容: 2606的Jerry说办公室灯管一闪一闪的，尹嘉禾补了一句最好今天换，电话173 9574 5029。
register: 房号 2606 | 姓名 Jerry | 姓名 尹嘉禾 | 电话 173 9574 5029
keep: 灯管 | 一闪一闪 | 今天换

row: LIU Yang/刘扬 | A座3611 | 18827582646
处理结果: 已为LIU Yang办理车位月租，刘扬的车挂的是外地牌，已提醒办进京证。
register: 姓名 LIU Yang | 姓名 刘扬
keep: 车位月租 | 外地牌 | 进京证

row: 艾米 | A座2510 | 010-58851123
投诉内容: 艾米公司前台座机5885-1123打不出去，说是大厦总机的问题，要求尽快处理，不然客户打不进来。
register: 电话 5885-1123 | 姓名 艾米
keep: 前台座机 | 大厦总机 | 客户打不进来

row: 黄莺 | A座1202 | 010-84064134
处理措施: 联系电信装维师傅，复核(010)84064134线路，为楼层配线架跳线松动，已恢复。
register: 电话 (010)84064134
keep: 电信装维师傅 | 线路 | 楼层配线架 | 跳线松动

row: 邓子安 | A座3503 | 18231846996
staff: 邱晓雯 | 常远 | 物业经理
处理结果: 邱晓雯电话回访邓先生，号码幺八二三幺八四六九九六，对处理结果满意。
register: 姓名 邱晓雯 | 姓名 邓先生 | 电话 幺八二三幺八四六九九六
keep: 电话回访 | 处理结果 | 满意

row: 花语 | A座3810 | 17779614025
投诉内容: 花女士的手机号是一七七七九六一四零二五，她说物业的通知短信发错号了，老发到她前同事手机上。
register: 姓名 花女士 | 电话 一七七七九六一四零二五
keep: 通知短信 | 发错号 | 前同事

row: 任天行 | A座2101 | 18987664338
投诉内容: 任先生说他们公司是F21-01，门口牌子写成了别的号，快递老送不到。
register: 姓名 任先生 | 房号 F21-01
keep: 门口牌子 | 快递

row: 荣浩 | A座2103 | 17555269878
处理措施: 工程部已更换２１０３门牌，同层其他门牌一并核对，荣先生电话１７５-５５２６-９８７８。
register: 房号 ２１０３ | 姓名 荣先生 | 电话 １７５-５５２６-９８７８
keep: 门牌 | 同层 | 一并核对

row: 胥子涵 | B座2527 | 19975496184
staff: Nancy | 管家 | 客服主管
投诉内容: 公寓住户胥女士找管家Nancy，说房间WiFi密码换了没人通知，她加班回来连不上，电话199.7549.6184。
register: 姓名 胥女士 | 姓名 Nancy | 电话 199.7549.6184
keep: 公寓住户 | 房间WiFi | 密码 | 加班

row: 鄢雨 | B座2823 | 17719690072
staff: Nancy | 工程部 | 邱晓雯
处理结果: Nancy已把新WiFi密码贴在2823门后，并在住户群通知，鄢雨确认已连上。
register: 姓名 Nancy | 房号 2823 | 姓名 鄢雨
keep: 新WiFi密码 | 门后 | 住户群

row: 晁阳 | B座521 | 13948070794
投诉内容: 公寓入住登记时前台把晁阳的身份证复印件放在台面上，被别的客人看到了，身份证号110105196801049569，她要求销毁复印件。
register: 姓名 晁阳
free: 证件号 110105196801049569
keep: 入住登记 | 身份证复印件 | 台面 | 销毁复印件

row: 官雪 | A座1907 | 18391590743
投诉内容: 访客登记时有人用别人的身份证，证件上的人叫冯建业，号码210202197704169029，官女士怀疑是冒用。
register: 姓名 官女士
free: 姓名 冯建业 | 证件号 210202197704169029
keep: 访客登记 | 冒用

row: 展鹏 | A座2907 | 18824086257
投诉内容: 楼上3007公司的人每天中午在办公室里煮火锅，味道顺着管井飘下来，展先生说您甭管我们要不要吃，消防允许吗。
register: 姓名 展先生
free: 房号 3007
keep: 中午 | 煮火锅 | 管井 | 您甭管 | 消防

row: 濮阳 | A座2508 | 13636401044
投诉内容: 濮阳的车位被人装了地锁，说是买了这个车位，车位号B2-086，物业说车位只租不售，到底谁说了算，地锁上贴着“车主虎哥 177-7136-9861”。
register: 姓名 濮阳
free: 姓名 虎哥 | 电话 177-7136-9861
keep: 地锁 | 车位号 | B2-086 | 只租不售 | 地锁上贴着

row: 鲜于婷 | A座1810 | 18907071842
投诉内容: 鲜于女士说他们办公室的绿植是物业代管的，结果全蔫了，花卉公司的人一个月没来，负责人叫老蒋。
register: 姓名 鲜于女士
free: 姓名 老蒋
keep: 绿植 | 代管 | 蔫了 | 花卉公司 | 一个月

row: 阙晓 | A座1012 | 17315639151
处理措施: 花卉公司已更换1012绿植12盆，费用由花卉公司承担，对接人吕姐电话130-6789-0510。
register: 房号 1012
free: 姓名 吕姐 | 电话 130-6789-0510
keep: 花卉公司 | 绿植 | 12盆 | 承担

row: 訾云 | B座1619 | 15141190305
投诉内容: 管家群里有个叫“望京小王子”的人一直发租房广告，訾云说是隔壁1620的二房东。
register: 姓名 訾云
free: 姓名 望京小王子 | 房号 1620
keep: 管家群 | 租房广告 | 二房东

row: 申屠俊 | B座2322 | 13977282779
处理结果: 已将该群成员移出，2322住户申屠先生认可，管家群改为实名入群。
register: 房号 2322 | 姓名 申屠先生
keep: 群成员 | 移出 | 实名入群

row: 蒙嘉 | B座1023 | 13697306615
投诉内容: 蒙女士的QQ号2195849366被人冒用，在住户群里借钱，冒充的是蒙女士本人，要求物业在群里辟谣。
register: 姓名 蒙女士
free: 账号 2195849366
keep: 冒用 | 住户群 | 借钱 | 辟谣

row: 厉明 | A座1803 | 18981546656
投诉内容: 有个外卖骑手说厉明欠他配送费，在前台吵，骑手的手机187-2137-5514，留言说要找厉总讨说法。
register: 姓名 厉明
free: 电话 187-2137-5514 | 姓名 厉总
keep: 外卖骑手 | 配送费 | 前台 | 讨说法
# 无个人信息的日常记录

row: 巴特尔 | A座3511 | 17527077476
投诉内容: 大堂旋转门转速太快，老人和小孩进出不安全，希望调慢或者常开侧门。
keep: 大堂 | 旋转门 | 转速 | 不安全 | 侧门

row: 车晓梅 | A座3003 | 18983340411
处理措施: 旋转门转速已由厂家调至低速档，侧门工作日7:30-10:00常开。
keep: 旋转门 | 厂家 | 低速档 | 侧门 | 7:30-10:00

row: 洪亮 | A座3603 | 19167130704
投诉内容: 地库B2灯坏了一片，黑灯瞎火的，女同事下班不敢去取车。
keep: 地库B2 | 黑灯瞎火 | 女同事 | 取车

row: 薄文清 | A座2910 | 17702831412
处理结果: B2层更换LED灯管36根，加装两处应急照明，巡检时同步检查。
keep: B2层 | LED灯管 | 36根 | 应急照明 | 巡检

row: 丛林 | A座2303 | 15863196195
投诉内容: 卫生间洗手液是最便宜的那种，味道刺鼻，洗完手发干，希望换个牌子。
keep: 卫生间 | 洗手液 | 刺鼻 | 换个牌子

row: 邸静 | A座1512 | 17724950413
处理措施: 公共卫生间洗手液统一更换为威露士，下月起执行。
keep: 公共卫生间 | 洗手液 | 威露士 | 下月

row: 谈一凡 | A座3807 | 13739483941
投诉内容: 大厦东门的雨棚漏雨，下雨天进门要淋一下，地上还滑。
keep: 东门 | 雨棚 | 漏雨 | 下雨天 | 地上还滑

row: 皮建新 | A座1705 | 15398658929
处理结果: 东门雨棚玻璃胶老化，已重新打胶，雨天铺防滑垫并放置小心地滑警示牌。
keep: 东门雨棚 | 玻璃胶 | 打胶 | 防滑垫 | 小心地滑

row: 狄晓青 | A座1107 | 18829739421
投诉内容: 午休时间楼道里有人推销保险，一层一层地敲门，挺烦的。
keep: 午休时间 | 推销保险 | 敲门

row: 糜琴 | A座1701 | 17848949559
处理措施: 秩序部中午加强楼层巡逻，发现推销人员劝离，前台登记时问清来访事由。
keep: 秩序部 | 楼层巡逻 | 推销人员 | 劝离 | 来访事由

row: 东方晓 | A座3301 | 18326750387
投诉内容: 大厦门口广场的喷泉一直不开，水池里全是落叶和烟头，不好看。
keep: 广场 | 喷泉 | 水池 | 落叶 | 烟头

row: 令狐云 | A座1504 | 17657842841
处理结果: 喷泉水泵维修完成，五一前恢复开放，水池每天早晚各清理一次。
keep: 喷泉水泵 | 五一前 | 水池 | 早晚各清理一次

row: 鄂卓 | A座3302 | 18329700165
投诉内容: 快递柜旁边的吸烟区离门太近，烟味都飘进大堂了，不抽烟的人受不了。
keep: 快递柜 | 吸烟区 | 烟味 | 大堂

row: 扈鑫 | A座2003 | 13952642459
处理措施: 吸烟区移至北侧绿化带旁，距大门15米以上，设置烟灰柱两个。
keep: 吸烟区 | 北侧绿化带 | 15米 | 烟灰柱

row: 莘宇 | A座3209 | 15228887666
投诉内容: 电梯里的空气太闷，夏天上下班高峰一梯二十个人，一股汗味。
keep: 电梯 | 空气太闷 | 夏天 | 上下班高峰 | 汗味

row: 辛悦 | A座2201 | 17565718193
处理结果: 电梯轿厢风扇已全部检修，加装香氛机，每天消杀两次。
keep: 电梯轿厢 | 风扇 | 香氛机 | 消杀两次

row: 冉庆 | A座3610 | 17890151962
备注: 本周四晚22:00至周五6:00，A座高区电梯轮换维保，每次停用一部。
keep: 本周四晚 | 22:00 | 周五6:00 | 高区电梯 | 轮换维保

row: 禹成 | A座3709 | 13667488431
投诉内容: 大厦的饮水机桶装水总是过期的，生产日期是半年前的，喝着有味。
keep: 饮水机 | 桶装水 | 生产日期 | 半年前

row: 边建疆 | A座1812 | 17595774347
处理措施: 桶装水供应商更换为农夫山泉，送水前核对生产日期，不超过三个月。
keep: 桶装水供应商 | 农夫山泉 | 生产日期 | 三个月

row: 晋昕 | A座1503 | 13059116697
投诉内容: 大厦的洗手间隔间门锁坏了好几个，反映了一周都没修。
keep: 洗手间 | 隔间门锁 | 一周

row: 浦晓东 | A座3202 | 18594178461
处理结果: 更换隔间门锁9把，工程部每周巡检洗手间五金件。
keep: 隔间门锁 | 9把 | 工程部 | 五金件

row: 满秀清 | B座2223 | 13071390250
投诉内容: 公寓的健身房跑步机坏了两台，剩一台大家排队，早上七点排不上。
keep: 公寓 | 健身房 | 跑步机 | 两台 | 早上七点

row: 郗远 | B座2219 | 13814935317
处理措施: 健身器材厂家已来检修，两台跑步机更换电机，下周二恢复使用。
keep: 健身器材厂家 | 跑步机 | 更换电机 | 下周二

row: 经伟 | B座1820 | 17393469947
投诉内容: 公寓的垃圾分类不合理，每层只有一个垃圾桶，厨余垃圾每天都溢出来了。
keep: 垃圾分类 | 每层 | 垃圾桶 | 厨余垃圾 | 溢出来

row: 钭旭 | B座2215 | 15337367737
处理结果: 公寓每层增设厨余垃圾桶一个，保洁晚上8点加收一次。
keep: 厨余垃圾桶 | 保洁 | 晚上8点 | 加收一次

row: 胡晓桃 | B座822 | 19913138471
注意事项: 公寓入住须在24小时内完成住宿登记，境外人员须同时报派出所，不得代登。
keep: 住宿登记 | 境外人员 | 派出所 | 代登

row: 盛夏 | B座1625 | 18263763196
投诉内容: 公寓大堂的密码门总是被人用东西卡着不关，外人随便就能进来，不安全。
keep: 公寓大堂 | 密码门 | 卡着 | 外人 | 不安全

row: 夏志明 | B座2128 | 18546359779
处理措施: 公寓大堂门加装闭门器和开门超时报警，值班室监控屏实时提示。
keep: 闭门器 | 开门超时报警 | 值班室 | 监控屏

row: 门立东 | A座1110 | 19153899401
投诉内容: 28层的男卫生间小便池一直在流水，哗哗响，浪费水。
keep: 28层 | 男卫生间 | 小便池 | 流水 | 浪费水

row: 种天成 | A座3804 | 17704590229
处理结果: 小便池感应冲水器电磁阀更换，已不再长流水。
keep: 小便池 | 感应冲水器 | 电磁阀 | 长流水

row: 鞠晓红 | A座2909 | 17305909144
投诉内容: 大厦食堂的菜太咸，价格还涨了，一份套餐从22涨到26。
keep: 大厦食堂 | 太咸 | 套餐 | 从22涨到26

row: 卜凡 | A座906 | 13600918620
处理措施: 转食堂承包方，已要求减盐，套餐价格维持26元，增加15元简餐档。
keep: 食堂承包方 | 减盐 | 26元 | 15元简餐档

row: 何以宁 | A座1807 | 17398175665
投诉内容: 春节期间大厦关门太早，晚上八点就锁大堂了，值班的同事出不去。
keep: 春节期间 | 晚上八点 | 锁大堂 | 值班的同事

row: 来福生 | A座2701 | 18183858143
处理结果: 春节期间大堂门禁保持刷卡可出，秩序部24小时值守，已发通知。
keep: 春节期间 | 大堂门禁 | 刷卡可出 | 24小时值守

row: 羊志城 | A座3105 | 15356278730
投诉内容: 楼顶的避雷带锈断了一截，挂在外墙上，风大的时候晃，怕砸到人。
keep: 楼顶 | 避雷带 | 锈断 | 外墙 | 风大

row: 况中华 | A座1511 | 17727247380
处理措施: 已拉警戒线，联系外墙维修单位高空作业，周末加固避雷带。
keep: 警戒线 | 外墙维修单位 | 高空作业 | 避雷带

row: 樊雪莲 | B座1628 | 15774911117
投诉内容: 冬天公寓暖气不热，屋里才十八度，开电暖气跳闸。
keep: 冬天 | 暖气不热 | 十八度 | 电暖气 | 跳闸

row: 檀晓香 | B座923 | 19918800096
处理结果: 暖气管道排气后温度升至21度，电暖气功率超限，已建议住户改用空调制热。
keep: 暖气管道 | 排气 | 21度 | 功率超限 | 空调制热

row: 季长风 | A座1011 | 15355931758
投诉内容: 大厦外面的人行道被共享充电宝的柜子占了，还接了电线，像是从大厦里偷接的。
keep: 人行道 | 共享充电宝 | 偷接

row: 阳鹏飞 | A座2304 | 13070824790
处理措施: 查为街边便利蜂私接电源，已断开，告知望京街道城管科。
keep: 便利蜂 | 私接电源 | 断开 | 望京街道城管科
# 更多同事称呼与外籍租户

row: 应晓雯 | A座2705 | 17503564051
投诉内容: 韩国租户的Ms. Park说员工餐厅没有清真和素食，她们公司有印尼同事，希望增加窗口。
free: 姓名 Ms. Park
keep: 韩国租户 | 员工餐厅 | 清真 | 素食 | 印尼同事

row: 臧一鸣 | A座2607 | 18339278434
投诉内容: 企业微信里“김지훈”发消息说办公室门禁刷不开，臧先生帮他翻译了一下，是同一家韩国公司的新员工。
register: 姓名 臧先生
free: 姓名 김지훈
keep: 企业微信 | 门禁 | 翻译 | 韩国公司 | 新员工

row: 蓟晓 | A座3004 | 18682656527
处理措施: 新员工门禁由韩国公司行政Kim姐统一提交名单，前台核对后开通，已回复蓟晓。
register: 姓名 蓟晓
free: 姓名 Kim姐
keep: 新员工 | 门禁 | 韩国公司 | 提交名单 | 开通

row: 伊凡 | A座3802 | 17733375872
投诉内容: 日本公司的佐藤 健来前台，说他们的会议室被隔壁预订了但没来用，空了一上午，要求按规定释放。
free: 姓名 佐藤 健
keep: 日本公司 | 会议室 | 预订 | 一上午 | 释放

row: 谯敏 | A座3203 | 15982646704
投诉内容: 谯敏说他们部门的强哥晚上加班被保安赶走，说过了十点不能待，强哥说在别的楼从来没这规定。
register: 姓名 谯敏
free: 姓名 强哥
keep: 加班 | 保安 | 十点 | 别的楼 | 规定

row: 敬文 | A座3504 | 13636526972
处理结果: 夜间加班须租户行政提前报备，报备后秩序部不再清场，已和涛哥所在公司行政确认流程。
free: 姓名 涛哥
keep: 夜间加班 | 报备 | 秩序部 | 清场 | 确认流程

row: 冼嘉 | A座1209 | 17782121376
投诉内容: 冼先生说同事Dr. Wang的车在地库被刮了，监控拍到是一辆顺丰的货车，车牌京AF·8J3Q2。
register: 姓名 冼先生
free: 姓名 Dr. Wang | 车牌 京AF·8J3Q2
keep: 地库 | 被刮 | 监控 | 顺丰 | 货车

row: 宁远航 | A座3005 | 17304723365
处理措施: 顺丰司机承认刮车，双方走保险，顺丰方对接人Lily老师，邮箱lily_sf_wj@126.com。
free: 姓名 Lily老师 | 邮箱 lily_sf_wj@126.com
keep: 顺丰司机 | 刮车 | 走保险 | 对接人

row: 鲁斌 | A座2908 | 18374312954
投诉内容: 鲁斌说他们公司ZJ和LT两个人的工位被别的部门占了，找了HR也没用，问物业能不能帮贴工位牌。
register: 姓名 鲁斌
free: 姓名 ZJ | 姓名 LT
keep: 工位 | 部门 | 工位牌

row: 商俊 | A座2708 | 18961988864
投诉内容: 商先生反映大厦班车站牌没写时间，等了半小时，司机王师傅说改时刻表了没人通知。
register: 姓名 商先生
free: 姓名 王师傅
keep: 班车站牌 | 半小时 | 司机 | 时刻表

row: 苗欣 | A座1007 | 19188500051
处理结果: 班车时刻表已张贴于大堂和站牌，线路：大厦—望京南地铁站—阜通地铁站，每15分钟一班。
keep: 班车时刻表 | 大堂 | 站牌 | 望京南地铁站 | 阜通地铁站 | 每15分钟一班

row: 郜阳 | B座1622 | 13794303714
投诉内容: 公寓住户投诉对门1623的住客Mr. Tanaka总把鞋架放在走廊，郜先生说走廊是消防通道。
register: 姓名 郜先生
free: 房号 1623 | 姓名 Mr. Tanaka
keep: 住客 | 鞋架 | 走廊 | 消防通道

row: 皇甫静 | B座2023 | 13238507204
投诉内容: 皇甫女士说公寓前台把她的外卖给了别人，前台小伙子说是一个叫晓晓的住客领的。
register: 姓名 皇甫女士
free: 姓名 晓晓
keep: 外卖 | 前台小伙子 | 住客

row: 于洋 | B座1127 | 15361944770
投诉内容: 短租客人在公寓里拍短视频，叫了一群人来，于先生说抖音号叫“望京美食达人Tina”，可以查到。
register: 姓名 于先生
free: 账号 望京美食达人Tina
keep: 短租客人 | 拍短视频 | 抖音号

row: 司空悦 | B座2825 | 15313134443
处理措施: 已联系2517的租客Tang Tingting，提醒不得在公寓内组织聚集拍摄，再有投诉按规约解除合同。
free: 房号 2517 | 姓名 Tang Tingting
keep: 租客 | 聚集拍摄 | 规约 | 解除合同

row: 俞景 | B座1128 | 19987534441
投诉内容: 住户说押金退到了别人的卡上，她的卡是尾号6290，退到的是尾号1178的，银行说是物业填错了收款人，收款人写成了“俞晶”。
free: 姓名 俞晶
keep: 押金 | 尾号6290 | 尾号1178 | 收款人

row: 谷一禾 | B座928 | 13615850798
处理结果: 财务已追回错付押金，重新转到住户本人微信，微信号gyh_0726，财务复核人袁姐。
free: 账号 gyh_0726 | 姓名 袁姐
keep: 错付押金 | 住户本人 | 微信 | 财务复核人

row: 邹明阳 | A座1709 | 13090496998
投诉内容: 大厦保安对外卖小哥态度凶，邹先生看到保安队长推了一个骑手，骑手后来打了110。
register: 姓名 邹先生
keep: 保安 | 外卖小哥 | 保安队长 | 骑手 | 110

row: 雷蕾 | A座2302 | 18414713024
处理措施: 保安队长老柴已停岗检查，秩序部经理向骑手道歉，骑手工号MT38812已留存。
free: 姓名 老柴
keep: 保安队长 | 停岗检查 | 秩序部经理 | 道歉 | MT38812

row: 裴航 | A座3806 | 13839051580
投诉内容: 隔壁3811的猫跑到裴先生办公室来了，他对猫毛过敏，猫主人是个叫Momo的女生。
register: 姓名 裴先生
free: 房号 3811 | 姓名 Momo
keep: 猫毛过敏 | 猫主人 | 女生

row: 储佳楠 | A座1005 | 15245364163
投诉内容: 租户说物业的维修收费单价太高，换个水龙头收了180元，工程部的小卢说是按物业收费标准。
free: 姓名 小卢
keep: 维修收费 | 水龙头 | 180元 | 工程部 | 物业收费标准

row: 暴晓雪 | A座3101 | 13018802727
投诉内容: 投诉物业的黄主管在租户群里说话阴阳怪气，暴女士截了图。
register: 姓名 暴女士
free: 姓名 黄主管
keep: 租户群 | 阴阳怪气 | 截了图
"""

CASES = parse(CORPUS)

# Rows with no case text: short 房号 cells as some staff type them (A座 and 室 around the run,
# a B- prefix, or the run alone) and staff columns holding a role or the office's own staff. Their
# runs are register values that occur in no text above (the generator kept phones, IDs and rooms
# clear of them), so these rows test only that such short cells make no amount, time, room or
# work-order number above vanish.
EXTRA_ROWS = (
    ("那日苏", "1702", "13557208657", "前台", "工程部", "主任"),
    ("Yuki Lin", "A座3712室", "13313925265", "Cindy", "工程部", "物业经理"),
    ("欧阳晓岚", "B-919", "15876793893", "Nancy", "管家", "客服主管"),
    ("宇文昊", "2615", "17304298523", "客服中心", "保洁部", "经理"),
)
