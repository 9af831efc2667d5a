"""A tenth blind privacy corpus: a year of a 广州 城中村改造 回迁楼 and 商品房 office's register, as typed.

Written on 2026-12-08 without reading sync/ (none of its code) and without reading the cases of
tests/privacy_corpus.py, tests/privacy_holdout.py, tests/privacy_blind.py ...
tests/privacy_blind9.py, nor tests/publish/test_anonymize.py or the data of
tests/publish/test_privacy.py. What was read: privacy_corpus.py's module docstring, its constants
KINDS, TEXT_COLUMNS, STAFF_ROSTER and ROLE_WORDS, its dataclasses and parse() with its helpers
_case() and _items(); the module docstrings (only) of blind4 (its tagging conventions), blind8 and
blind9 (how a docstring is laid out and what was checked); the tail of blind9 from `CASES =
parse(CORPUS)` (the shape of EXTRA_ROWS) and its import lines. (A line range printed to read
blind8's docstring overran it by the line that opens CORPUS and the first case's row and staff
lines; nothing from them was used.) The anonymizer and the privacy tests were never run while these
cases were written. The only checks run were that the module imports and parses, ruff, and a small
script of the writer's own (using parse only) that reports: a tag or keep word not in its text, a
string tagged twice in a case, a register tag not derived from its row's cells (a name of the 投诉人
cell or a staff cell, its surname + 先生/女士/小姐, its given name; the 房号 cell's run; the phone with
separators, full-width or Chinese digits folded), a free tag equal to or holding any row's register
value (names, 房号 runs of three or more digits, phones, staff cells, STAFF_ROSTER and EXTRA_ROWS
values), a free flat equal to or inside a run, a keep word holding a register name or run,
overlapping a tag or being a marker word (姓名 电话 房号 证件号 邮箱 车牌 账号), names, phones and room runs
repeated across rows, a free value repeated across cases or inside another free value, a run inside
another run or inside a phone, a row's whole 房号 cell in another row's text, 18-digit IDs with a
wrong check digit, a row's own name, 姓+先生/女士/小姐, staff name, room run or phone left untagged in its
text, any row's name in the untagged rest of any text, and any row's run or phone (separators,
full-width and Chinese digits folded) inside the untagged rest of any text. Collisions it found were
fixed by renaming or renumbering in the text, never by looking at any output. Phones, landlines,
IDs, the bank card, the QQ number and all room runs were drawn by a seeded generator: 复建区 回迁楼 rooms
are floor (10-45, a few 2-9) + room (01-12, 一梯十二户 towers), 商品房 云玺花园 rooms floor (10-33, a few 3-9) +
room (01-08); a free flat above, below, across the hall from or next to the row's own is its real
neighbour; no two rows share a run, no free flat equals any row's, no run is part of another or of
any kept number (years, amounts, 12345, 95598, work-order, claim and maintenance numbers), and no
phone, ID or card holds a run. Every row's 房号 cell holds a real flat with a run of three or more
digits (5 of them three digits).
Its first run is the honest measure; do not tune the anonymizer against these cases one by one (a
fix should be for the class a failing case stands for), or this corpus stops measuring anything.

First run (anonymizer of commit a2bef30, which had never seen these cases): register values
160/161 (names 129/130, flats 21/21, phones 10/10); free-text names 118/159 (74.2%), free flats
18/19, phones 8/8, IDs 2/2, accounts 5/5, plates 7/7, e-mails 3/3; ordinary words kept 831/857
(97.0%). The lowest of the natural-frequency corpora, for the ways southern neighbours name each
other, which no other corpus had: a birth order or one character of a given name before a kin
word (七叔, 三婆, 细叔公, 琼姨, 辉叔), X仔 (辉仔, 区仔), nicknames by looks or trade (肥仔明, 大头辉,
高佬成, 猪肉荣, 卖鱼胜, 肠粉玲), Cantonese 个仔/个女 before a full name, 社长/师奶/姑娘 after a
surname, and 植, a surname the list lacked. Lost words: 复建区 before 业主/居民/住户 (区 read as
the surname), and words the tagger calls names (白鸽, 温馨, 陈家祠, 麦当劳, 龙舟景).
After the class fixes of that day (and 叔公, 师奶, 社长 counted as titles by the measure, as
某叔公 names nobody): register values 161/161 (嘉慧, a staff cell's given name alone, once the
row's staff cells counted as its people), free names 156/159 (98.1%), kept 842/857. Left: 阿燕
after 同 (before 两公婆), 细B, 区董.

Its focus is blind5's to blind9's, the natural distribution of one office's register over a year,
but of a sixth kind of office: a 广州 白云 office managing 鹤溪新村 复建区, the 回迁楼 of a 城中村改造 (1-22座 towers;
old villagers of a few clans who share surnames, 陈 黄 梁 何 冼 区 麦 邝 谭 植 卢 关, know each other by 阿X, X叔,
X婶, X婆 and nicknames, and deal with the 股份社 (经济联社) over 分红, 车位, 祠堂 and 龙舟), next to 鹤溪·云玺花园, a 商品房
phase (1-9栋) of 外地 young families, 香港 owners who let their flats and tenants in 出租屋 run by 二房东. One
text per row (投诉内容 157, 处理措施 56, 处理结果 45, 备注 8, 注意事项 5). The ground: 回南天 (渗水, 发霉, 地板湿, 抽湿机), 白蚁 (清明
to 端午, 门框 蛀空, 灭蚁公司, 诱杀包, 灌药), 台风 and 水浸 (苏拉, 海葵, 摩羯; 沙包, 挡水板, 大叶榕 down, 地库 浸车), 祠堂 and 股份社 (车位 分给股东,
分红名单 with ID numbers, 太公诞, 大盆菜, 龙舟景, 龙船饭, 龙舟训练 drums), 凉茶铺, 早茶 (一品茶居, 蒸笼, 抽风机, 油烟), 档口 on the ground
floor (猪肉, 烧腊, 鱼档, 牛杂, 肠粉; 血水, 炭炉, 隔油池), 养白鸽 and 养鸡, 天台种菜, 麻将台 in the 楼梯间, 电动车 (飞线, 上楼充电, 改装, 外卖骑手),
车位 and 道闸 (压线, 占访客车位, 新能源车牌, 外地牌), 垃圾分类 (督导员, 厨余桶, 垃圾房), 租客, 二房东 and 隔断 (押金, 电费, 来穗人员 登记, 出租屋 备案),
中介 (满堂红), 12345, 街道, 居委, 网格员, 派出所, 社康, 业委会 筹备, 物业费 (调价, 发票, 律师函, 转数快), 泳池, 健身房, 快递柜 (丰巢, 驿站), 独居老人.
Staff notes are typed in 粤语 where staff would type it (佢, 嘅, 咗, 唔, 冇, 喺, 搞掂, 得咗, 倾, 睇, 讲唔听, 两公婆, 新抱,
细路, 后生仔, 隔篱, 老细, 靓仔, 靓女, 师奶, 阿伯, 阿婆). People are named at about their real frequency: 131 of the 271
cases name someone in no register cell (159 free name tags, by class: 34 full names (tenants, 二房东,
relatives, 律师, 维保 and 快递 staff, a 业委会 list of three); 15 surname + 生, 太, sir or 师奶 (梁生, 黄生, 区太, 邝太,
黄sir, 黄师奶); 13 surname + 伯, 婆, 婆婆, 叔 or 姑娘 (冼伯, 麦伯, 卢婆, 陈婆婆, 植叔, 何姑娘); 19 a given-name character +
伯, 叔, 姨, 婆, 姐 or 哥 (康伯, 根叔, 琼姨, 润娣婆, 娣姐, 秀芳姐, 阿珍姐, 华哥, 雄哥); 9 birth-order and kin-term names (七叔,
九叔, 七婶, 三婆, 九姑, 三叔公, 细叔公, 阿四婶, 细妹姨); 16 阿X and 亚X (阿强, 阿坤, 阿燕, 亚明, 阿May, 阿Wing); 5 X仔 (辉仔, 雄仔, 区仔,
阿乐仔, Ben仔); 13 nicknames by looks and by trade (肥仔明, 大头辉, 高佬成, 靓仔辉, 肥婆芳, 大眼妹, 细B; 猪肉荣, 烧腊华, 卖鱼胜,
鱼档强, 牛杂坤, 肠粉玲); 17 surname + role, 老X and 小X (冼董, 区董, 植总, 陈社长, 黄社长, 植会计, 梁主任, 何警官, 何老师, 冼工, 钟师傅,
彭老板, 老谭, 小邓); 17 Latin names (Alvin, Coco, Ivan, Jacky, Karen, Mandy, Ricky, Vincent, Carrie, Mark;
the 香港 romanised Jason Lau, Yoyo Wong, Tony Ho, Ken Chan; the Nigerian tenant Emeka Okafor; Winnie妈,
乐乐妈); and an old woman's married name 冼何氏); 63 cases hold nothing personal at all. Also: the row's
own name (130 register name tags: full names; 先生/女士/小姐 forms; 14 given names alone such as 家乐, 美玲,
嘉琪, 晓彤; cells typed the Cantonese way, 陈生, 黄太, 区婶, 陈伯, 梁伯, 何sir; a cell Kelvin陈; two-name cells
卢志明/卢太 and 何润生、何嘉琪; traditional characters 陳偉業 and 植国強; the Vietnamese wife 阮氏红; staff 梁嘉慧, 冼伟明, 何婉婷
named in their own rows' texts), room run (bare, after 19座 or 8栋, or in the cell's own 19-1901 form)
and phone (dashes, spaces, full-width digits, full-width with dashes, Chinese numerals, a 020
landline cell written as eight digits), free flats in room context (楼上, 楼下, 对门, 隔壁, 隔篱屋, 3栋 xxxx 同
xxxx), free phones (mobiles plain, with dashes and spaces, a 0757 佛山 and a 020 landline), two IDs (a
广西 tenant's and an old villager's), seven plates (粤A·7K2M9, new-energy 粤AD12876 and 粤A·F29387, 粤A
3Q8P6 with a space, 佛山 粤E·6T2J9, 湘A·8M3K6, 豫P·5R2T8), three e-mails, two WeChat ids, a QQ number and
a bank card; and many ordinary words that must survive (places and roads: 黄埔大道, 陈家祠, 白云区, 佛山, 香港,
深圳; shops, brands and companies: 一品茶居, 何记肠粉, 梁记烧腊, 谭仔米线, 麦当劳, 满堂红, 日立, 丰巢, 顺丰, 美团, 哈啰, 饿了么, 新潮传媒,
舒华, 平安, 穗安白蚁防治, 广东广信君达律师事务所; typhoons 苏拉, 海葵, 摩羯; amounts, dates, times, departments, work-order,
claim and maintenance numbers; words holding surname characters, 区 among them: 复建区 白云区 小区 游乐区 落客区
陈家祠 黄埔大道 麦当劳 谭仔米线 白蚁 白鸽 白话 周末 周六 8平方 1.2万).

Decisions a reader of the tags should know (following tests/privacy_blind4.py's conventions, as
blind5 to blind9 applied them):
- Titles: 先生/女士/小姐 on the row's own surname are register (何女士, 张先生, 刘小姐, 邓小姐, 黄先生); a cell typed as
  an address form (陈生, 黄太, 区婶, 陈伯, 梁伯, 何sir, 卢太 of 卢志明/卢太) is register where its text writes it. The
  row's own surname + 生, 太, sir, 伯, 叔, 婆 or 老师 (梁生, 黄生, 谭生, 区生, 黄sir, 冼伯, 麦伯, 钟伯, 黄伯, 植叔, 卢婆, 何老师)
  and a given-name character of the row's own name + 伯, 姨, 姐 (康伯 of 黄永康, 琼姨 of 梁秀琼, 英姐 of 陈秀英, 娣姐 of
  梁带娣, 芬姐 of 谭少芬, 秀芳姐 of 麦秀芳) are free, as blind5 to blind9 decided for the row's own surname + 阿姨
  or 大爷: they are derived from the cell only by a Cantonese habit the register rule does not spell
  out. Every other surname + title or kinship word is a free name tagged whole (梁太, 区太, 邝太, 区师奶,
  黄师奶, 何伯, 谭伯, 黄婆, 何婆, 陈婆婆, 冼叔, 何姑娘, 冼董, 区董, 植总, 陈社长, 黄社长, 植会计, 梁主任, 何警官, 冼工, 钟师傅, 陆师傅, 彭老板), as are
  老X/小X (老谭, 老卢, 小何, 小邓), 阿X/亚X, X仔, X哥/X姐/X叔/X姨/X婆 with a given-name character, and kin-term names
  by birth order (七叔, 九姑, 三叔公, 阿四婶). A relation + name (佢个女陈慧敏, 佢老公麦国基, 佢新抱何美凤, 鬼佬Mark) tags only
  the name; 乐乐妈 and Winnie妈 are tagged whole, as blind4 tagged 东东妈.
- Not tagged: descriptions (阿伯, 阿婆, 阿爸, 阿妈, 阿爷, 老细, 靓仔, 靓女, 师奶, 后生仔, 细路, 外卖仔, 鬼佬, 凉茶铺老细), some of
  them keep words, and a surname alone.
- Staff named in the row's staff cells and in its text (梁嘉慧 and her given name 嘉慧, 冼伟明, 何婉婷) are
  register names; staff in no cell (阿May, 阿Wing, 细B, 阿彬, 阿健, 老谭, 冼工, 娟姐) are free.
- Register rooms are the 房号 cell's run of three or more digits, also where the text writes the whole
  cell (19-1901, 21座4105房). Free flats are tagged as their digits (楼上xxxx, 对门xxxx, 隔篱屋xxxx,
  3栋xxxx同xxxx). A building or floor alone (七座, 十二座, 3栋, 三楼, 五楼, 二十几层) and parking levels (B1, B2)
  are kept or left.
- Kept: work-order, repair, claim and maintenance numbers (GZ20260613-00872, 95598-2026071800315,
  PA44012026081905, HT2026-0418-77), hotlines (12345, 120), amounts, times and dates.

Doubtful calls made while writing: the row's own surname + 生/太-type forms and given-name character +
伯/姨/姐 forms tagged free, not register (they name the row's own complainant); cells typed as 陈生, 黄太,
区婶, 陈伯, 梁伯 and 何sir (an address form, not a full name) treated as the row's name, so their texts'
uses are register; kin-term names by birth order (七叔, 九叔, 七婶, 三婆, 九姑, 三叔公, 细叔公, 阿四婶, 细妹姨) tagged as
names, as the village uses them for one known person each; trade and looks nicknames (猪肉荣, 肠粉玲, 大眼妹,
细B) tagged whole; 冼何氏 (an old woman's 夫姓+父姓+氏 name) tagged as a name; 鬼佬 before Mark left untagged
(a description) and only Mark tagged; 阿May and 阿Wing (阿 + an English name) tagged whole; Kelvin陈 (a
cell joining an English name and a surname) tagged whole as the cell; 植国強 (a cell with a traditional
強 in a simplified name) tagged as typed; 何姑娘 (a 社康 nurse, surname + 姑娘) tagged whole; 凉茶铺老细 and 老细
left untagged; 阿爸 kept as a word; the bank card with spaces, the QQ number and the WeChat ids
kelvin_chan88, wxid_yoyow520 and xjh_1976lx tagged 账号; 粤AD12876 (new-energy, no separator) tagged
车牌; 苏拉, 海葵 and 摩羯 (typhoon names; 苏 is a surname) kept; 何记肠粉 and 梁记烧腊 kept as shop names.

The format is tests/privacy_corpus.py's (`parse`). The string below is not raw on purpose: it holds
full-width digits as pasted.
"""

from __future__ import annotations

from tests.privacy_corpus import parse

CORPUS = """
# 投诉内容

row: 陈炳坤 | 21座2703 | 19820744874
投诉内容: 阿伯讲楼上2803回南天过后天花一直渗水，墙皮成块跌落，佢屋企神台都湿晒，要求工程部今日上门睇。
free: 房号 2803
keep: 神台 | 工程部

row: 黄丽华 | 6-602 | 189-4321-9649
投诉内容: 黄丽华反映地下车库B2层渗水，车顶滴到全是白印，联系电话18943219649，要求物业出书面答复。
register: 姓名 黄丽华 | 电话 18943219649
keep: 地下车库 | 物业

row: 梁永泰 | 2-3307 | 13917800386
投诉内容: 梁生话对门3308嘅租客成日喺走廊煮嘢食，油烟好大，门口堆满纸皮，讲过几次都唔听。
free: 姓名 梁生 | 房号 3308
keep: 纸皮

row: 何婉仪 | 6栋2907 | 15885394428
投诉内容: 何女士投诉隔壁栋装修电钻声从早上7点半开始，违反装修管理规定，小朋友午睡被吵醒。
register: 姓名 何女士
keep: 电钻 | 装修管理规定 | 午睡

row: 冼耀祖 | 15座2603房 | 15825528904
投诉内容: 冼伯来前台话冼志明（佢个仔）喺股份社登记嘅分红账户唔啱，叫我哋帮手问村委，已解释物业唔管分红。
free: 姓名 冼伯 | 姓名 冼志明
keep: 股份社 | 分红 | 村委

row: 区美玲 | 复建区15座2510 | 13144498786
投诉内容: 美玲姐投诉七座电梯按键失灵，成日停喺三楼唔郁，阿婆拎住菜篮行咗十几层楼梯。
register: 姓名 美玲
keep: 七座 | 菜篮

row: 麦锦棠 | 复建区8座1003 | 020-66272639
投诉内容: 麦伯投诉祠堂门口停车停到塞死，龙舟训练嗰日啲龙船都抬唔出去，要求秩序维护部划线。
free: 姓名 麦伯
keep: 祠堂 | 停车 | 龙舟 | 龙船 | 秩序维护部

row: 邝伟强 | 复建区18座2906 | 19846836587
投诉内容: 业主邝伟强讲佢复建区18座2906门口嘅消防栓玻璃爆咗，唔知边个整烂，怕小朋友割到手。
register: 姓名 邝伟强 | 房号 2906
keep: 消防栓 | 小朋友

row: 谭嘉欣 | 6栋1708 | 19807683533
投诉内容: 租客谭嘉欣话二房东肥仔明收咗两个月押金唔退，问物业可唔可以帮手搵业主，业主电话唔通。
register: 姓名 谭嘉欣
free: 姓名 肥仔明
keep: 二房东 | 业主

row: 植根荣 | 复建区21座1410 | 15691137260
投诉内容: 植叔话白蚁又出咗，1410木门门框已经蛀空，去年灭蚁公司做完冇效，要求物业再搵人处理。
register: 房号 1410
free: 姓名 植叔
keep: 木门 | 物业

row: 张振宇 | 云玺1栋1701 | 18838522320
投诉内容: 张先生投诉地库充电桩被燃油车占用，车牌粤A·7K2M9，已经连续三晚，要求贴单同拖车。
register: 姓名 张先生
free: 车牌 粤A·7K2M9
keep: 地库

row: 刘思琪 | 2栋2902房 | 176 8158 3477
投诉内容: 刘小姐反映楼下2802养咗两只狗，夜晚吠到凌晨，佢已经同Alvin讲过，对方话系佢女朋友嘅狗。
register: 姓名 刘小姐
free: 房号 2802 | 姓名 Alvin
keep: 狗

row: 陈润枝 | 20座3303 | 19184494134
投诉内容: 阿婆陈润枝讲回南天地板湿到行唔稳，前日喺客厅跣低，佢个女陈慧敏要求物业检查排水。
register: 姓名 陈润枝
free: 姓名 陈慧敏
keep: 回南天 | 客厅 | 排水

row: 黄志雄 | 复建区15座1603 | 15309981626
投诉内容: 黄生投诉一楼猪肉荣档口喺消防通道摆猪肉台，地下成地血水，啲苍蝇好多，话街道都唔理。
free: 姓名 黄生 | 姓名 猪肉荣
keep: 一楼 | 消防通道

row: 王梦瑶 | 6-1607 | 13552155028
投诉内容: 王梦瑶（湖南人，租住6-1607）投诉热水器坏咗成个礼拜，业主梁锦源一直话搵人修冇下文。
register: 姓名 王梦瑶 | 房号 1607
free: 姓名 梁锦源
keep: 湖南 | 热水器

row: 何sir | 复建区8座3811 | 13939706547
投诉内容: 何sir打电话嚟话台风“苏拉”之前天台防水层已经爆开，今日落大雨3811房间又渗，叫我哋快啲。
register: 姓名 何sir | 房号 3811
keep: 台风 | 苏拉 | 防水层

row: 梁带娣 | 6座4302房 | 17667699639
投诉内容: 娣姐投诉隔篱屋4303养咗十几只白鸽，鸽屎落晒佢阳台晾衫嗰度，衫都唔敢晒。
free: 姓名 娣姐 | 房号 4303
keep: 白鸽 | 阳台

row: 周文杰 | 3栋1903房 | 18823636693
投诉内容: 业主周文杰投诉物业费由2.8元涨到3.2元冇开业主大会，要求公示收支，电话188-2363-6693。
register: 姓名 周文杰 | 电话 188-2363-6693
keep: 物业费 | 2.8元 | 3.2元 | 收支

row: 陈家乐 | 复建区12座4006 | 15951551029
投诉内容: 家乐投诉佢阿爷屋企门口啲纸皮同泡沫箱系对面阿坤收返嚟卖嘅，堆咗成条走廊。
register: 姓名 家乐
free: 姓名 阿坤
keep: 纸皮 | 泡沫箱

row: 罗美娟 | 云玺4栋2002 | 18556607830
投诉内容: 商品房区3栋业主反映泳池水好浊，小朋友游完皮肤痕，要求公布水质检测报告。
keep: 商品房 | 3栋 | 泳池 | 皮肤 | 水质检测

row: 关志明 | 19座3503房 | 13618893566
投诉内容: 关生话九叔喺天台种菜，淋菜啲水渗落3503厨房，佢唔好意思同老人家讲，想物业出面。
register: 房号 3503
free: 姓名 关生 | 姓名 九叔
keep: 天台 | 菜 | 厨房

row: 杨帆 | 4栋2505房 | 16660114528
投诉内容: 杨先生反映快递柜成日满，丰巢超时收费，要求加快递柜或者开放驿站。
register: 姓名 杨先生
keep: 快递柜 | 丰巢 | 驿站

row: 苏凯琳 | 8栋3107房 | 13269485660
投诉内容: 苏小姐投诉电梯广告屏声音好大，凌晨都仲播，联系电话１３２６９４８５６６０。
register: 姓名 苏小姐 | 电话 １３２６９４８５６６０
keep: 电梯 | 凌晨

row: 钟国华 | 19-4406 | 19571028744
投诉内容: 钟伯讲何三妹每日喺楼下榕树头烧香烛，烟熏到佢屋企，又怕引起火灾。
free: 姓名 钟伯 | 姓名 何三妹
keep: 榕树 | 香烛

row: 黄太 | 6座4109房 | 15759167291
投诉内容: 黄太投诉垃圾分类督导员态度差，话佢厨余倒错桶就影相发上群，要求道歉。
register: 姓名 黄太
keep: 垃圾分类 | 厨余

row: 郭子轩 | 云玺1栋2301 | 13868116019
投诉内容: 郭子轩投诉车位被隔壁车位Coco嘅车压线，每次入车都要倒车好多次，已经影咗相。
register: 姓名 郭子轩
free: 姓名 Coco
keep: 车位 | 倒车

row: 谭伟强 | 2-1406 | 199-2834-2200
投诉内容: 谭生话佢喺2-1406，厕所去水好慢，怀疑主管道塞咗，楼上楼下都有味，要求通渠。
register: 房号 1406
free: 姓名 谭生
keep: 厕所 | 主管道

row: 陈生 | 复建区20座1608 | 18908003285
投诉内容: 陈生投诉阿强喺绿化带泊电动车充电，拉线经过草地，落雨会漏电。
register: 姓名 陈生
free: 姓名 阿强
keep: 绿化带 | 电动车 | 草地

row: 李静怡 | 3栋2508房 | 15551239651
投诉内容: 4栋业主群反映门禁人脸识别好慢，早上返工排长龙，要求物业升级系统。
keep: 4栋 | 门禁 | 物业

row: 潘志刚 | 15座4206 | 15334228323
投诉内容: 潘生投诉佢屋企4206窗台有白蚁飞出嚟，清明前后特别多，要求灭蚁。
register: 房号 4206
free: 姓名 潘生
keep: 窗台 | 白蚁 | 清明 | 灭蚁

row: 区婶 | 14座3906 | 18553467843
投诉内容: 区婶投诉早茶档口（一品茶居）啲抽风机对住佢窗口，成日有叉烧味，夏天唔敢开窗。
register: 姓名 区婶
keep: 早茶 | 一品茶居 | 抽风机 | 叉烧

row: 麦志坚 | 5-4312 | 18262965417
投诉内容: 麦生反映村道入口嘅升降杆成日坏，股份社嘅货车入唔到，冼董叫佢嚟物业问。
free: 姓名 麦生 | 姓名 冼董
keep: 村道 | 升降杆 | 股份社 | 货车

row: 吴晓东 | 1栋2904 | 17728143593
投诉内容: 吴先生反映健身房跑步机坏咗两台，管家小何讲已报修但一个月冇人嚟。
register: 姓名 吴先生
free: 姓名 小何
keep: 健身房 | 管家

row: 梁淑贞 | 1座4002 | 13502631876
投诉内容: 梁淑贞（梁太）话楼上4102拖地板啲水成日漏落阳台，佢晾衫都湿晒。
register: 姓名 梁淑贞
free: 姓名 梁太 | 房号 4102
keep: 阳台 | 晾衫

row: 邝沛霖 | 8座3712房 | 13149070979
投诉内容: 邝生投诉十二座天台门冇锁，啲后生仔夜晚上去饮酒，酒樽掟落楼下。
free: 姓名 邝生
keep: 十二座 | 后生仔 | 饮酒

row: Kelvin陈 | 3-1908 | 13554541529
投诉内容: Kelvin陈（香港业主，租咗俾人）问物业费可唔可以用转数快俾，佢微信账号kelvin_chan88，要求发电子账单。
register: 姓名 Kelvin陈
free: 账号 kelvin_chan88
keep: 香港 | 物业费 | 转数快 | 微信

row: 何玉珍 | 7座3506房 | 13938345504
投诉内容: 阿珍姐投诉烧腊华嘅档口炭炉放喺骑楼底，成日有烟，怕着火。
free: 姓名 阿珍姐 | 姓名 烧腊华
keep: 炭炉 | 骑楼

row: 赵子豪 | 4栋2807 | 19896365734
投诉内容: 赵先生投诉地库照明灯坏咗几盏，B1区好黑，佢老婆前晚差啲跌亲。
register: 姓名 赵先生
keep: 地库 | B1

row: 黄焯林 | 22座1605 | 15823178944
投诉内容: 黄伯话佢屋企1605门口水表被人撬开过，怀疑有人偷水，要求查监控。
register: 房号 1605
free: 姓名 黄伯
keep: 水表 | 监控

row: 陈秀英 | 17座3912房 | 18617834834
投诉内容: 英姐投诉三楼平台有人养鸡，冼叔话系佢老婆养嘅，鸡屎好臭，又怕禽流感。
free: 姓名 英姐 | 姓名 冼叔
keep: 三楼 | 鸡 | 鸡屎 | 禽流感

row: 孙浩然 | 9栋3104 | 13732765164
投诉内容: 孙先生投诉小区内外卖电动车乱窜，差啲撞到佢个仔，要求外卖车唔准入。
register: 姓名 孙先生
keep: 小区 | 外卖

row: 梁嘉俊 | 复建区4座3311 | 15827764627
投诉内容: 梁嘉俊反映龙舟队每晚喺涌边练习打鼓到十点，佢屋企3311对住河涌，小朋友瞓唔着。
register: 姓名 梁嘉俊 | 房号 3311
keep: 龙舟 | 涌边

row: 植慧珊 | 7座1007 | 13455484417
投诉内容: 植小姐投诉电梯里面有人吐痰，要求加装监控同贴告示，电话134-5548-4417。
register: 姓名 植小姐 | 电话 134-5548-4417
keep: 吐痰

row: 方宇航 | 云玺4栋2202 | 13624248158
投诉内容: 5栋有业主反映消防通道被共享单车堆满，美团同哈啰都有，要求清理。
keep: 5栋 | 消防通道 | 共享单车 | 美团 | 哈啰

row: 邓雅文 | 1栋1206 | 155-2856-8993
投诉内容: 邓小姐（租客）投诉中介Ivan带人睇楼唔提前通知，直接用钥匙开门入屋。
register: 姓名 邓小姐
free: 姓名 Ivan
keep: 中介 | 钥匙

row: 陈伯 | 14座3904 | 13345158778
投诉内容: 陈伯话股份社分嘅车位被外人霸咗，个车主系商品房嗰边嘅，车牌粤AD12876，要求处理。
register: 姓名 陈伯
free: 车牌 粤AD12876
keep: 股份社 | 车位 | 商品房

row: 谭美华 | 15座2812 | 16644874143
投诉内容: 九座住户反映水浸过后电梯井有积水，电梯停咗两日，要求出维修进度。
keep: 九座 | 水浸 | 电梯井 | 电梯

row: 何志勇 | 17座4105房 | 18854512541
投诉内容: 何生投诉大头辉喺楼梯间摆麻将台，每晚打到两点，洗牌声好大，佢住4105就喺隔壁。
register: 房号 4105
free: 姓名 何生 | 姓名 大头辉
keep: 楼梯间 | 麻将台

row: 林晓婷 | 6-3006 | 13825839653
投诉内容: 林晓婷投诉二房东蒙家宝将6-3006间成五间出租，消防有隐患，要求物业同街道查。
register: 姓名 林晓婷 | 房号 3006
free: 姓名 蒙家宝
keep: 二房东 | 消防 | 街道

row: 冯子健 | 3栋2207 | 18670936065
投诉内容: 冯先生投诉游乐区滑梯螺丝松脱，佢个女冯乐瑶刮伤手，要求赔医药费。
register: 姓名 冯先生
free: 姓名 冯乐瑶
keep: 游乐区 | 医药费

row: 卢月娥 | 20座1412 | 13351336614
投诉内容: 卢婆话太公诞嘅大盆菜摆喺祠堂前空地，垃圾到今日都未收，好臭。
free: 姓名 卢婆
keep: 太公诞 | 大盆菜 | 祠堂 | 垃圾

row: 黄婉芬 | 6-1006 | 13696399739
投诉内容: 黄婉芬投诉物业群入面Winnie妈发佢屋企门口影相，话佢乱摆鞋柜，要求删相同道歉。
register: 姓名 黄婉芬
free: 姓名 Winnie妈
keep: 物业群 | 鞋柜

row: 冼国荣 | 8座2103房 | 13493794998
投诉内容: 三叔公（股份社老股东）投诉复建区东门篮球场俾商品房嗰边啲后生占晒，村里啲细路冇得打。
free: 姓名 三叔公
keep: 股份社 | 复建区 | 篮球场 | 商品房

row: 莫小燕 | 1栋2704 | 17617423786
投诉内容: 广西租客莫小燕反映出租屋1栋2704电表走得好快，二房东每度收1.5元，问物业系咪合理。
register: 姓名 莫小燕 | 房号 2704
keep: 广西 | 出租屋 | 二房东 | 1.5元

row: 陈锦添 | 14座1404房 | 17764700445
投诉内容: 复建区业主反映凉茶铺门口雪柜拉线过人行道，晚上黑，好易绊亲。
keep: 复建区 | 凉茶铺 | 雪柜 | 人行道

row: 何卓贤 | 19座3801 | 13649058447
投诉内容: 何卓贤讲楼下3701啲租客将电动车推入电梯上楼充电，电梯入面都系电池味。
register: 姓名 何卓贤
free: 房号 3701
keep: 租客 | 电动车 | 电梯 | 电池

row: 许嘉怡 | 4栋2006 | 18382077495
投诉内容: 许嘉怡投诉物业费发票抬头开错咗，应该系佢老公曾俊杰嘅名，已经讲咗两次。
register: 姓名 许嘉怡
free: 姓名 曾俊杰
keep: 物业费

row: 区建明 | 2座1310 | 13817960982
投诉内容: 区生话阿辉（七婶个仔）啲货车长期停喺复建区主路，阻住消防车道。
free: 姓名 区生 | 姓名 阿辉 | 姓名 七婶
keep: 货车 | 复建区 | 消防车道

row: 梁秀琼 | 复建区11座3510 | 020-86965705
投诉内容: 琼姨打电话嚟讲天台水箱盖冇盖好，入咗老鼠，自来水有怪味，佢成家人唔敢饮。
free: 姓名 琼姨
keep: 天台 | 老鼠 | 自来水

row: 韦丽萍 | 2-1506 | 19132868311
投诉内容: 韦女士投诉管家阿May讲嘢好冲，佢问车位续租嘅事，对方话“唔知、自己睇公告”。
register: 姓名 韦女士
free: 姓名 阿May
keep: 管家 | 车位 | 公告

row: 谭振邦 | 18座1109 | 19915885572
投诉内容: 三座住户反映白蚁季节到，走廊灯下面成地翅膀，要求灭蚁同关灯。
keep: 三座 | 白蚁 | 走廊灯 | 翅膀 | 灭蚁

row: 黄永康 | 13座1508 | 19587222885
投诉内容: 康伯投诉对面卖鱼胜将鱼缸放喺楼梯转角，漏水成个梯都湿，老人家跣低冇人负责。
free: 姓名 康伯 | 姓名 卖鱼胜
keep: 鱼缸 | 楼梯转角

row: 马俊熙 | 8栋2408 | 19528668434
投诉内容: 马先生投诉地库出口道闸识别唔到佢新能源车牌粤A·F29387，每次都要保安手动开。
register: 姓名 马先生
free: 车牌 粤A·F29387
keep: 地库 | 道闸 | 新能源 | 保安

row: 邝月明 | 12座2107 | 18994550709
投诉内容: 邝月明话佢老公麦国基喺股份社做嘢，屋企门口被人贴咗催缴单，佢觉得唔应该贴出嚟。
register: 姓名 邝月明
free: 姓名 麦国基
keep: 股份社 | 催缴单

row: 陈淑仪 | 9栋2008 | 19574985578
投诉内容: 商品房业主群反映游泳池开放时间太短，要求暑假延长到晚上九点。
keep: 商品房 | 游泳池 | 暑假

row: 朱浩宇 | 云玺7栋1303 | 19965572361
投诉内容: 朱浩宇投诉楼上1403嘅小朋友成日跳，佢上去讲，个男主人Jacky话“我屋企嘅事你管唔到”。
register: 姓名 朱浩宇
free: 房号 1403 | 姓名 Jacky
keep: 楼上 | 小朋友

row: 何淑娴 | 21座411 | 16676643737
投诉内容: 何淑娴话佢个孙何子朗喺平台玩被电动车撞到，车主系外卖仔，走咗冇留电话。
register: 姓名 何淑娴
free: 姓名 何子朗
keep: 平台 | 电动车

row: 麦家宝 | 12-3709 | 13820165987
投诉内容: 麦家宝投诉十五座楼下早餐档（肠粉玲）凌晨四点就开始斩排骨，好嘈。
register: 姓名 麦家宝
free: 姓名 肠粉玲
keep: 十五座 | 早餐档 | 排骨

row: 覃桂兰 | 云玺1栋1103 | 18554392957
投诉内容: 租客覃桂兰讲佢喺出租屋嘅热水器漏气，燃气公司已经封咗阀，二房东韦志鹏唔肯修。
register: 姓名 覃桂兰
free: 姓名 韦志鹏
keep: 出租屋 | 热水器 | 燃气公司 | 二房东

row: 李志豪 | 1栋1703房 | 16676096609
投诉内容: 李志豪投诉小区入面宠物随地大小便，草地全系狗屎，要求贴告示同罚款。
register: 姓名 李志豪
keep: 小区 | 宠物 | 草地 | 狗屎

row: 冼丽芳 | 6-3305 | 15345844856
投诉内容: 冼丽芳话佢阿妈冼何氏九十几岁，电梯坏咗三日落唔到楼覆诊，要求电梯优先维修。
register: 姓名 冼丽芳
free: 姓名 冼何氏
keep: 电梯

row: 黄俊杰 | 复建区13座1210 | 13464135832
投诉内容: 黄sir（派出所退休）投诉复建区后门成日有外来车辆入嚟乱停，保安冇登记。
free: 姓名 黄sir
keep: 派出所 | 复建区 | 外来车辆 | 保安

row: 蔡文静 | 云玺6栋1204 | 13425470196
投诉内容: 蔡小姐投诉快递员将包裹放喺消防楼梯，佢嘅燕窝唔见咗，联系电话134 2547 0196。
register: 姓名 蔡小姐 | 电话 134 2547 0196
keep: 快递员 | 消防楼梯 | 燕窝

row: 梁伯 | 2座3103 | 15612499715
投诉内容: 梁伯投诉龙舟景嗰日啲外来客将车停到祠堂门口，佢屋企人出唔到门，要求以后封路。
register: 姓名 梁伯
keep: 龙舟景 | 祠堂 | 封路

row: 陈婉婷 | 7-1503 | 15092463387
投诉内容: 陈婉婷投诉邻居Karen将婴儿车、滑板车摆满公共走廊，影响消防。
register: 姓名 陈婉婷
free: 姓名 Karen
keep: 邻居 | 婴儿车 | 滑板车 | 公共走廊 | 消防

row: 区志坚 | 4座3507 | 18881942433
投诉内容: 志坚话佢屋企3507墙身有裂缝，回南天仲渗水，怀疑隔壁3508拆墙装修，要求工程部睇。
register: 姓名 志坚 | 房号 3507
free: 房号 3508
keep: 裂缝 | 回南天 | 隔壁

row: 郑雨桐 | 4-1302 | 19580715678
投诉内容: 郑雨桐投诉4栋大堂空调唔开，夏天等电梯热到出汗。
register: 姓名 郑雨桐
keep: 4栋 | 空调 | 电梯

row: 谭少芬 | 复建区10座2909 | 15770848794
投诉内容: 芬姐投诉垃圾房冇盖，老鼠同蟑螂走晒上嚟，要求每日冲洗垃圾桶。
free: 姓名 芬姐
keep: 垃圾房 | 老鼠 | 蟑螂 | 垃圾桶

row: 植永祥 | 12-1609 | 18759336625
投诉内容: 植永祥讲佢喺12-1609门口装咗摄像头，邻居区太话影到佢屋企，要求物业协调。
register: 姓名 植永祥 | 房号 1609
free: 姓名 区太
keep: 门口 | 摄像头 | 邻居

row: 唐诗雨 | 4栋2905房 | 18315991954
投诉内容: 唐小姐投诉租住屋企空调滴水落楼下，楼下邝太上嚟闹，佢问空调排水管系咪物业负责。
register: 姓名 唐小姐
free: 姓名 邝太
keep: 空调 | 物业

row: 何家豪 | 复建区22座407 | 18784677954
投诉内容: 何家豪反映复建区入口凉茶铺（何伯开嘅）门口煲凉茶嘅炉冇灭火器，好危险。
register: 姓名 何家豪
free: 姓名 何伯
keep: 复建区 | 凉茶铺 | 煲凉茶 | 灭火器

row: 卢锦泉 | 复建区17座1611 | 18878235640
投诉内容: 十座住户投诉电梯内广告贴满招租小广告，要求清理。
keep: 十座 | 电梯 | 广告 | 招租

row: 黄妙玲 | 20-2209 | 15665380034
投诉内容: 妙玲（股份社会计）投诉复建区B座楼道灯坏咗一个月，夜晚返屋企要开手电筒。
register: 姓名 妙玲
keep: 股份社 | 复建区 | 楼道 | 手电筒

row: 吕俊豪 | 7-1201 | 19965056174
投诉内容: 吕俊豪投诉健身房有人唔着上衣，仲将哑铃乱摆，管家唔理。
register: 姓名 吕俊豪
keep: 健身房 | 哑铃 | 管家

row: 陈少华 | 11-3211 | 13136397971
投诉内容: 华哥（陈少华）话龙舟队啲龙船放喺涌边棚度，台风前要帮手绑实，问物业借绳。
register: 姓名 陈少华
free: 姓名 华哥
keep: 龙舟队 | 龙船 | 涌边 | 台风 | 绳

row: 梁诗敏 | 1-1504 | 17663949149
投诉内容: 梁小姐投诉商品房区儿童游乐场晚上有人喺度饮酒，啤酒樽摆到一地。
register: 姓名 梁小姐
keep: 商品房 | 儿童游乐场 | 饮酒 | 啤酒樽

row: 何国栋 | 8-2204 | 17728449948
投诉内容: 何老师投诉靓仔辉成日喺楼下改装电动车，电钻声好嘈，仲占用单车棚。
free: 姓名 何老师 | 姓名 靓仔辉
keep: 改装 | 电钻 | 单车棚

row: 邝慧玲 | 复建区19座4410 | 18903185312
投诉内容: 邝慧玲投诉垃圾分类点设喺佢屋企4410窗口下面，夏天好臭，要求搬走。
register: 姓名 邝慧玲 | 房号 4410
keep: 垃圾分类

row: 谢明轩 | 2栋2201 | 13868483391
投诉内容: 谢明轩投诉小区大门门岗唔俾滴滴入，老人家要行好远，要求开放落客区。
register: 姓名 谢明轩
keep: 小区 | 门岗 | 滴滴 | 老人家 | 落客区

row: 冼美仪 | 6-4501 | 18698483477
投诉内容: 复建区业主投诉篮球场灯开到凌晨一点，要求十点关灯。
keep: 复建区 | 篮球场 | 凌晨一点

row: 黄家明 | 22座3302房 | 17767074336
投诉内容: 黄家明讲佢租咗22座3302房俾一个湖南嘅彭老板开网店，快递每日堆满楼梯，佢想物业出面讲。
register: 姓名 黄家明 | 房号 3302
free: 姓名 彭老板
keep: 湖南 | 网店 | 快递

row: 曾雅琳 | 云玺3栋1802 | 18685245324
投诉内容: 曾雅琳投诉对门1801门口放鞋柜同雨伞桶，佢开门都撞到。
register: 姓名 曾雅琳
free: 房号 1801
keep: 门口 | 鞋柜 | 雨伞桶 | 开门

row: 苏锦辉 | 复建区9座1902 | 19904704268
投诉内容: 锦辉投诉阿杰同阿燕两公婆成日喺楼梯口吵交，有时仲掟嘢，怕出事。
register: 姓名 锦辉
free: 姓名 阿杰 | 姓名 阿燕
keep: 吵交

row: 陈国强 | 20-2806 | 15765197503
投诉内容: 陈国强投诉村道旁化粪池满咗溢出，臭气熏天，要求环卫抽粪。
register: 姓名 陈国强
keep: 村道 | 化粪池 | 臭气 | 环卫

row: 关嘉雯 | 1栋1401 | 19154496403
投诉内容: 关嘉雯投诉快递驿站老细态度差，佢拎件要排半个钟。
register: 姓名 关嘉雯
keep: 快递 | 老细

row: 罗志伟 | 4栋3001房 | 15169406326
投诉内容: 罗先生投诉楼下2901烧烤油烟上嚟，佢已经报咗12345。
register: 姓名 罗先生
free: 房号 2901
keep: 楼下 | 烧烤 | 12345

row: 何燕萍 | 14座2903 | 13166000859
投诉内容: 燕萍话佢婆婆梁亚妹晨早去饮茶返嚟喺电梯被困，电梯维保陆师傅半个钟先到。
register: 姓名 燕萍
free: 姓名 梁亚妹 | 姓名 陆师傅
keep: 饮茶 | 电梯

row: 潘嘉欣 | 云玺9栋2102 | 13870422898
投诉内容: 潘小姐投诉车位上面水管滴水，佢架车（粤A 3Q8P6）成身水渍。
register: 姓名 潘小姐
free: 车牌 粤A 3Q8P6
keep: 车位 | 水管

row: 梁炳辉 | 15座3903房 | 13122711513
投诉内容: 辉叔（梁炳辉）讲太公山坟清明前要修路，股份社叫佢嚟问物业借铲车。
register: 姓名 梁炳辉
free: 姓名 辉叔
keep: 太公 | 清明 | 股份社 | 铲车

row: 王紫涵 | 3栋2406房 | 13848103887
投诉内容: 王紫涵投诉中介喺电梯张贴房源广告，又喺大堂派传单。
register: 姓名 王紫涵
keep: 中介 | 电梯 | 房源 | 大堂

row: 冯嘉豪 | 3栋2501 | 19928758893
投诉内容: 冯嘉豪话佢租客Ben仔退租之后门锁密码冇改，佢要求物业帮手换锁。
register: 姓名 冯嘉豪
free: 姓名 Ben仔
keep: 租客 | 门锁

row: 卢志明/卢太 | 6座3408房 | 15532457014
投诉内容: 卢太投诉回南天3408衣柜全部发霉，怀疑外墙渗水，卢志明放工先得闲，约星期六。
register: 姓名 卢太 | 房号 3408 | 姓名 卢志明
keep: 回南天 | 衣柜 | 星期六

row: 陳偉業 | 8栋1606 | 15124005401
投诉内容: 香港业主陳偉業邮件投诉租客拖欠管理费，佢邮箱wychan_hk@yahoo.com.hk，要求物业直接联系租客Emeka Okafor。
register: 姓名 陳偉業
free: 邮箱 wychan_hk@yahoo.com.hk | 姓名 Emeka Okafor
keep: 香港 | 管理费

row: 何润生、何嘉琪 | 复建区13座4503 | 19886396398
投诉内容: 嘉琪代阿爸何润生投诉股份社分红后车位费同物业费一齐扣，唔清楚，电话一九八八六三九六三九八。
register: 姓名 嘉琪 | 姓名 何润生 | 电话 一九八八六三九六三九八
keep: 股份社 | 车位费 | 物业费

row: 邝小姐 | 6栋2003 | 13497505146
投诉内容: 邝小姐投诉管家成日喺业主群发广告，要求物业规范群管理。
register: 姓名 邝小姐
keep: 管家 | 业主群 | 广告 | 物业

row: 区炳华 | 22座1306房 | 18862113911
投诉内容: 复建区后面河涌水黑过墨，成日有死鱼，臭到二楼都闻到，要求河长处理。
keep: 复建区 | 河涌 | 二楼 | 河长

row: 梁国华 | 2座4307 | 13129562756
投诉内容: 十八座住户反映电梯门开合夹人，老人家同细路都被夹过，要求停梯检修。
keep: 十八座 | 电梯 | 老人家 | 细路

row: 黄惠珍 | 1-1203 | 18753690838
投诉内容: 云玺业主反映地库出入口水浸，台风“海葵”嗰晚浸到B1层车轮，要求加挡水板。
keep: 云玺 | 地库 | 水浸 | 台风 | 海葵 | B1 | 挡水板

row: 潘永年 | 复建区4座1502 | 15260907345
投诉内容: 复建区业主投诉物业冇提前通知停水，早茶档口全部开唔到档。
keep: 复建区 | 物业 | 停水 | 早茶

row: 谭家俊 | 7栋2405 | 19900408204
投诉内容: 谭家俊投诉健身房冷气坏咗，物业话等配件，已经两个礼拜。
register: 姓名 谭家俊
keep: 健身房 | 物业 | 配件

row: 冼嘉慧 | 21-1807 | 19575641651
投诉内容: 五座住户投诉楼下商铺凉茶铺装修占用人行道堆沙石，街坊出入唔方便。
keep: 五座 | 楼下 | 凉茶铺 | 人行道 | 沙石 | 街坊

row: 马晓东 | 云玺4栋2208 | 16623857711
投诉内容: 马晓东（河南人，做外卖）投诉门岗唔俾佢电动车入小区，但佢系业主，电动车已经登记，佢架车豫P·5R2T8都停喺地库。
register: 姓名 马晓东
free: 车牌 豫P·5R2T8
keep: 河南 | 外卖 | 门岗 | 业主 | 电动车 | 地库

row: 何秀琼 | 7座3402 | 13146767825
投诉内容: 八座住户投诉垃圾房旁边有人倒装修垃圾，沙石同瓷砖堆成小山。
keep: 八座 | 垃圾房 | 装修垃圾 | 沙石 | 瓷砖

row: 陈美玉 | 20-1910 | 020-32935881
投诉内容: 陈婆婆（独居，九十岁）个女陈丽霞由佛山打电话嚟，话佢阿妈两日冇听电话，要求上门睇下，佢电话0757-29465562。
free: 姓名 陈婆婆 | 姓名 陈丽霞 | 电话 0757-29465562
keep: 独居 | 佛山

row: 范思远 | 7栋1208 | 13267447237
投诉内容: 云玺业主反映游泳池救生员唔喺岗位，小朋友冇人睇，好危险。
keep: 云玺 | 游泳池

row: 区锦荣 | 1座2308 | 13874438884
投诉内容: 牛杂坤喺复建区门口推车卖牛腩，煲嘅汁倒落沙井，塞咗渠。
free: 姓名 牛杂坤
keep: 复建区 | 推车 | 牛腩 | 沙井

row: 卢慧敏 | 6栋1507房 | 15683687342
投诉内容: 慧敏投诉物业收装修押金两万，装修完三个月都未退，开户行要求退返佢账号6217 4452 2765 8788 896。
register: 姓名 慧敏
free: 账号 6217 4452 2765 8788 896
keep: 物业 | 装修押金 | 装修 | 开户行

row: 黄嘉豪 | 1-3106 | 18654416756
投诉内容: 十一座住户投诉天台有人晒腊肠，天台门长期开，小朋友上去好危险。
keep: 十一座 | 天台 | 晒腊肠 | 天台门 | 小朋友

row: 叶子涵 | 3-2402 | 13774853367
投诉内容: 租客叶子涵投诉空调外机架生锈，台风前要求业主加固，佢联系唔到业主。
register: 姓名 叶子涵
keep: 空调外机 | 台风 | 业主

row: 梁锦华 | 3-2007 | 13256359450
投诉内容: 业主反映电动车停放区充电桩唔够，夜晚排队充电，仲有人拔人哋插头。
keep: 业主 | 电动车 | 充电桩 | 夜晚

row: 陈丽萍 | 9栋1005 | 17680252857
投诉内容: 5栋业主反映中秋期间有人喺花园烧蜡烛同玩孔明灯，烧着草坪。
keep: 5栋 | 中秋 | 花园 | 蜡烛 | 孔明灯 | 草坪

row: 麦伟业 | 8座4007 | 13726931759
投诉内容: 亚明（凉茶铺何婆个孙）日日喺楼梯转角抽烟，烟头掟落4007阳台。
register: 房号 4007
free: 姓名 亚明 | 姓名 何婆
keep: 凉茶铺 | 抽烟

row: 曾凡宇 | 5栋2403 | 13366074894
投诉内容: 曾先生反映云玺北门快递柜旁路灯唔着，夜晚好黑，佢老婆怕。
register: 姓名 曾先生
keep: 云玺 | 快递柜 | 路灯 | 夜晚

row: 邝志文 | 18座1110房 | 17730525296
投诉内容: 股份社公告栏分红名单贴咗出嚟有身份证号，佢要求股份社撕走，物业帮手转达。
keep: 股份社 | 分红

row: 谭惠芳 | 12座3901 | 15708252025
投诉内容: 复建区居民投诉龙舟饭摆咗一条街，垃圾到第二朝仲未清，苍蝇好多。
keep: 复建区 | 龙舟饭 | 垃圾 | 苍蝇

row: 黄丽珊 | 6-3105 | 18241378744
投诉内容: 黄小姐投诉鬼佬Mark（楼上3205租客）夜晚开派对，音响好大声，凌晨两点都未停。
register: 姓名 黄小姐
free: 姓名 Mark | 房号 3205
keep: 派对 | 音响 | 凌晨两点

row: 苏家豪 | 4栋3102 | 15304314563
投诉内容: 车位业主反映地库天花水管渗水，车位地面长期积水，要求修管道。
keep: 车位 | 地库 | 水管 | 管道

row: 冼惠娟 | 11-3710 | 18336199420
投诉内容: 大眼妹（冼惠娟个女）话学校放学返屋企电梯成日停，佢要行二十几层楼。
register: 姓名 冼惠娟
free: 姓名 大眼妹
keep: 学校 | 电梯

row: 何子健 | 1栋2302房 | 18566016843
投诉内容: 云玺业主群反映物业冇公开停车费收支，业委会筹备组要求查账。
keep: 云玺 | 物业 | 停车费 | 业委会

row: 梁家辉 | 复建区16座3312 | 13666792882
投诉内容: 二十座住户投诉楼下有人养狗唔拴绳，仲喺电梯大小便，要求居委处理。
keep: 二十座 | 楼下 | 狗 | 电梯 | 居委

row: 关美仪 | 6栋2705房 | 13859484044
投诉内容: 关小姐投诉保安凌晨巡逻用手电照入屋，佢住6栋2705房一楼。
register: 姓名 关小姐 | 房号 2705
keep: 保安 | 巡逻 | 手电 | 一楼

row: 罗子豪 | 7-3301 | 18691743048
投诉内容: 云玺北门车闸成日升唔起，早上排队出车排到马路，要求维修。
keep: 云玺 | 车闸 | 早上

row: 植丽贞 | 复建区13座1704 | 15988129417
投诉内容: 阿四婶（植丽贞隔篱）成日喺走廊劏鸡，血水流到佢门口，佢讲唔听。
register: 姓名 植丽贞
free: 姓名 阿四婶
keep: 劏鸡

row: 钟志豪 | 9栋1105 | 15735880998
投诉内容: 钟志豪投诉二手房过户后物业唔肯改业主名，要求出不动产证就改。
register: 姓名 钟志豪
keep: 二手房 | 物业 | 业主 | 不动产证

row: 阮氏红 | 8-1511 | 19837343130
投诉内容: 阮氏红（越南人，嫁咗俾村里黄耀荣）投诉门禁卡办唔到，物业话要黄耀荣本人嚟，佢中文唔识写。
register: 姓名 阮氏红
free: 姓名 黄耀荣
keep: 越南 | 门禁卡 | 物业

row: 林志坚 | 7栋2404房 | 13219215830
投诉内容: 4栋业主反映电梯维保记录冇贴，年检合格证过期，要求物业公示。
keep: 4栋 | 电梯 | 年检 | 物业

row: 邝凯欣 | 4栋3207 | 16677875644
投诉内容: 邝凯欣投诉细B（管家）记错佢快递，佢嘅奶粉俾人拎走咗。
register: 姓名 邝凯欣
free: 姓名 细B
keep: 管家 | 快递 | 奶粉

row: 黄展鹏 | 7座1810房 | 13628951743
投诉内容: 复建区业主反映垃圾分类后厨余桶太少，早上七点已经满晒。
keep: 复建区 | 垃圾分类 | 厨余

row: 区伟明 | 复建区22座1309 | 19119559562
投诉内容: 复建区居民反映榕树根拱起人行道地砖，老人家行路跣脚，要求绿化处理。
keep: 复建区 | 榕树 | 人行道 | 老人家 | 绿化

row: 黄桂芳 | 4-4207 | 19862194012
投诉内容: 十四座住户投诉早茶档口蒸笼蒸汽将走廊天花整到发霉。
keep: 十四座 | 早茶 | 蒸笼 | 走廊

row: 宋嘉明 | 云玺2栋3304 | 19913480497
投诉内容: 云玺业主反映东门人行门禁坏咗，访客随便入，要求尽快修。
keep: 云玺 | 东门 | 访客

row: 梁美凤 | 10座3109 | 16626154408
投诉内容: 住户反映复建区篮球场边公厕冇水冲，臭到球场都闻到。
keep: 复建区 | 公厕 | 球场

row: 陈启明 | 21-3802 | 13372882974
投诉内容: 二十二座投诉白蚁飞入电梯厅，灯下面成堆，要求夜晚关部分灯。
keep: 二十二座 | 白蚁 | 电梯厅 | 灯 | 夜晚

row: 杜雨萱 | 1栋1108房 | 13377705386
投诉内容: 3栋业主反映垃圾分类亭刷卡开门唔灵，厨余只可以放喺地下。
keep: 3栋 | 垃圾分类 | 刷卡 | 厨余

row: 何灿明 | 14座4309房 | 17631975978
投诉内容: 复建区业主反映台风吹冧咗花基旁边大叶榕，压住两架电动车，要求清理同定责。
keep: 复建区 | 台风 | 花基 | 大叶榕 | 电动车

row: 覃海燕 | 5栋1806 | 13743657031
投诉内容: 出租屋租客反映2栋楼下快递驿站收件要收1元，问系咪物业收。
keep: 出租屋 | 2栋 | 快递驿站 | 1元 | 物业

row: 谭永基 | 4座4505房 | 18236909632
投诉内容: 村道同复建区交界嘅沙井盖松咗，货车行过“嘭嘭”声，半夜好嘈。
keep: 村道 | 复建区 | 沙井盖 | 货车

row: 黄颖琳 | 云玺2栋1803 | 176 2496 7688
投诉内容: 黄颖琳投诉隔壁1804装修噪音超时，周日都开工，佢电话１７６-２４９６-７６８８。
register: 姓名 黄颖琳 | 电话 １７６-２４９６-７６８８
free: 房号 1804
keep: 装修 | 周日

row: 冼永康 | 复建区22座2211 | 15952167988
投诉内容: 冼永康投诉楼上2311阳台种满盆栽，淋水啲泥水流落嚟，佢窗台全部黑晒。
register: 姓名 冼永康
free: 房号 2311
keep: 阳台 | 盆栽 | 窗台

row: 易建华 | 3-2701 | 15282934804
投诉内容: 易先生投诉地库有湖南车牌湘A·8M3K6嘅车长期占访客车位，已经一个月冇郁过。
register: 姓名 易先生
free: 车牌 湘A·8M3K6
keep: 地库 | 湖南 | 访客车位

row: 邝秀兰 | 15座3206 | 13986159863
投诉内容: 复建区住户投诉电梯轿厢冇空调，夏天入面三十几度，老人家顶唔顺。
keep: 复建区 | 电梯 | 空调 | 夏天 | 老人家

# 处理措施

row: 苏建伟 | 9-1805 | 19908032863
处理措施: 已安排绿化公司修剪4栋门口紫荆花，落叶每日清扫两次。
keep: 绿化 | 4栋 | 紫荆花 | 落叶

row: 梁婉华 | 18-2808 | 19592358750
处理措施: 已向供电局报停电，抢修单号95598-2026071800315，预计下午4点复电。
keep: 供电局 | 停电 | 抢修 | 95598-2026071800315

row: 何泽明 | 复建区9座3310 | 15961322865
处理措施: 工程部已检查对门3309空调冷凝水管，已叫住户改管，唔再滴落走廊。
free: 房号 3309
keep: 工程部 | 空调 | 走廊

row: 陈雪梅 | 3-2504 | 13209770851
处理措施: 秩序维护部已通知佛山牌车主挪车（粤E·6T2J9），拍照留底，24小时后再贴单。
free: 车牌 粤E·6T2J9
keep: 秩序维护部 | 佛山

row: 麦耀明 | 22座3005 | 13504683978
处理措施: 已喺复建区各座大堂贴回南天防潮提示，电梯放防滑垫。
keep: 复建区 | 回南天 | 电梯 | 防滑垫

row: 吴佩珊 | 4栋2303 | 15545802627
处理措施: 已排查3栋1505同1008两户厨房下水管，确认系2805装修时将水泥倒落渠。
free: 房号 1505 | 房号 1008 | 房号 2805
keep: 3栋 | 厨房 | 装修 | 水泥

# 投诉内容

row: 陈慧珊 | 9栋2004 | 15304048848
投诉内容: 陈慧珊投诉小区班车改咗线，唔再经黄埔大道同陈家祠，佢返工要转两次车。
register: 姓名 陈慧珊
keep: 小区 | 黄埔大道 | 陈家祠

row: 谭子聪 | 云玺1栋2801 | 19522744721
投诉内容: 云玺北门谭仔米线同麦当劳外卖骑手成日喺门口等单，电动车塞住人行道。
keep: 云玺 | 谭仔米线 | 麦当劳 | 电动车

row: 梁雪梅 | 5座1004 | 18886522754
投诉内容: 梁雪梅投诉社康何姑娘上门打针嘅时间成日改，佢阿妈等咗成朝，要求居委协调。
register: 姓名 梁雪梅
free: 姓名 何姑娘
keep: 社康 | 居委

row: 何家明 | 12座3812 | 18777581316
投诉内容: 复建区首层何记肠粉同梁记烧腊嘅排污管塞咗，隔油池满晒，成条街都系油。
keep: 复建区 | 何记肠粉 | 梁记烧腊 | 排污管 | 隔油池

row: 区启文 | 20-4308 | 18506529608
投诉内容: 区启文投诉白云区派嚟嘅网格员上门登记出租屋，叫佢交租赁合同，佢话屋企冇租客。
register: 姓名 区启文
keep: 白云区 | 网格员 | 出租屋 | 租赁合同

row: 苏敏仪 | 8栋1402 | 19141648965
投诉内容: 前台个靓女话门禁卡补办要50元，苏敏仪觉得贵，问物业依据。
register: 姓名 苏敏仪
keep: 前台 | 靓女 | 门禁卡 | 50元 | 物业

# 处理措施

row: 黄伟文 | 16-2112 | 18741421868
staff: 梁嘉慧 | 工程部 | 黄志坚
处理措施: 梁嘉慧已致电黄伟文，约咗周六上午10点工程部上门睇天花渗水，佢话屋企有人。
register: 姓名 梁嘉慧 | 姓名 黄伟文
keep: 周六 | 工程部

row: 陈美兰 | 16座1305 | 13847078400
处理措施: 已通知灭蚁公司（穗安白蚁防治）本周四上门，冼工跟进，药剂费由维修基金出。
free: 姓名 冼工
keep: 灭蚁公司 | 穗安白蚁防治 | 药剂费 | 维修基金

row: 梁志豪 | 云玺1栋1907 | 17779461525
staff: 前台 | 冼伟明 | 主任
处理措施: 冼伟明上去楼上2307敲门，屋企冇人，已喺门口贴温馨提示，并留言俾业主Mandy。
register: 姓名 冼伟明
free: 房号 2307 | 姓名 Mandy
keep: 温馨提示 | 业主

row: 何美琪 | 17座3110 | 19550572826
处理措施: 已打12345工单回访，单号GZ20260613-00872，街道梁主任话下周联合城管清理档口。
free: 姓名 梁主任
keep: 12345 | GZ20260613-00872 | 街道 | 城管

row: 区伟业 | 18座1009房 | 18616433390
处理措施: 搵咗阿鸿嘅阿妈细妹姨倾，佢话下个月搬走啲纸皮，已约定月底前清。
free: 姓名 阿鸿 | 姓名 细妹姨
keep: 纸皮 | 月底

row: 谭凯文 | 1栋1106房 | 17712691621
处理措施: 秩序维护部已贴违停告知单，车主Jason Lau电话177-9808-5396打唔通，已拍照存档。
free: 姓名 Jason Lau | 电话 177-9808-5396
keep: 秩序维护部 | 违停告知单

row: 麦秀芳 | 16座3202 | 15246063482
处理措施: 秀芳姐要求今日必须处理，已安排维修班阿彬带通渠机过去，3202同楼下都要睇。
register: 房号 3202
free: 姓名 秀芳姐 | 姓名 阿彬
keep: 维修班 | 通渠机

row: 黄国伟 | 11座2401 | 15349693244
staff: 何婉婷 | 秩序维护部 | 黄志坚
处理措施: 何婉婷已联系股份社黄社长，佢话祠堂门口空地系村集体嘅，停车要社里开会决定。
register: 姓名 何婉婷
free: 姓名 黄社长
keep: 股份社 | 祠堂 | 停车

row: 刘佳慧 | 7-3101 | 18829992518
处理措施: 已联系二房东唐海波（195 0454 6933），佢承认间咗房，已告知须恢复原状并报街道备案。
free: 姓名 唐海波 | 电话 195 0454 6933
keep: 二房东 | 街道

row: 冼志华 | 13-2412 | 15184515097
处理措施: 通知龙舟会冼炳权，龙舟训练改到晚上八点半前结束，佢话会同啲后生讲。
free: 姓名 冼炳权
keep: 龙舟会 | 龙舟

row: 周子健 | 1栋1207 | 15995085481
处理措施: 工程部已更换B2层损坏灯管6支，地库照明恢复，另报开发商保修。
keep: 工程部 | B2 | 地库 | 开发商

row: 梁润好 | 4-4404 | 19519425948
处理措施: 已同佢个女梁凤仪讲，电梯维保公司日立今日下午来换按钮板，费用保修期内。
free: 姓名 梁凤仪
keep: 电梯 | 日立 | 按钮板

row: 邝家俊 | 9座3703 | 18561665318
处理措施: 家俊唔肯俾人入屋睇，已同佢讲要签拒绝维修确认书，佢话要问过阿爸先。
register: 姓名 家俊
keep: 拒绝维修确认书 | 阿爸

row: 陈嘉琪 | 云玺7栋2502 | 18726887877
处理措施: 已喺业主群发通知：泳池7月起开放至21:00，周一清洁停开。
keep: 业主群 | 通知 | 泳池 | 停开

row: 何锦荣 | 复建区13座2009 | 19857942645
处理措施: 工程部老谭去天台睇过，防水层起鼓爆裂约8平方，已报价4600元，等业委会批。
free: 姓名 老谭
keep: 工程部 | 天台 | 防水层 | 8平方 | 4600元 | 业委会

row: 钟慧敏 | 3栋1304 | 15731823826
处理措施: 钟小姐要求调监控，已按流程叫佢写申请，由派出所何警官陪同查阅。
register: 姓名 钟小姐
free: 姓名 何警官
keep: 监控 | 申请 | 派出所

row: 黄炳森 | 21座3509房 | 18212556108
处理措施: 已登记租客覃志强身份证450222199110025473，出租屋备案交来穗人员服务管理站。
free: 姓名 覃志强 | 证件号 450222199110025473
keep: 出租屋 | 来穗人员服务管理站

row: 罗家豪 | 云玺4栋1107 | 15291119168
处理措施: 阿健（维修班）已换门禁读卡器，罗先生试过可以用，已搞掂。
register: 姓名 罗先生
free: 姓名 阿健
keep: 维修班 | 门禁

row: 梁晓彤 | 6栋2601 | 17733515147
staff: 梁嘉慧 | 工程部 | 黄志坚
处理措施: 嘉慧已致电晓彤解释物业费调整依据，佢话要睇业主大会表决结果，已发公示相俾佢。
register: 姓名 嘉慧 | 姓名 晓彤
keep: 物业费 | 业主大会 | 公示

row: 潘炳坤 | 12座3807 | 15753613984
处理措施: 约灭鼠公司周三投放鼠饵，已通知垃圾房保洁黄婆唔好郁。
free: 姓名 黄婆
keep: 灭鼠 | 周三 | 鼠饵 | 垃圾房

row: 吴嘉怡 | 云玺4栋2706 | 13980334524
处理措施: 管家阿Wing已向吴小姐道歉，客服主管已对佢做内部通报。
register: 姓名 吴小姐
free: 姓名 阿Wing
keep: 管家 | 客服主管 | 内部通报

row: 冼建新 | 复建区1座1212 | 13382837337
处理措施: 已上门同九姑（养白鸽嗰户）倾，佢话鸽笼下个月拆，阳台会加挡板。
free: 姓名 九姑
keep: 鸽笼 | 阳台 | 挡板

row: 何伟成 | 18-1612 | 15730308507
处理措施: 高佬成已将麻将台搬走，秩序维护部夜间巡查加楼梯间。
free: 姓名 高佬成
keep: 麻将台 | 秩序维护部 | 楼梯间

row: 杨子轩 | 6栋3003 | 18243179219
处理措施: 已通知中介（满堂红）店长Vincent，带睇前必须预约并登记。
free: 姓名 Vincent
keep: 中介 | 满堂红 | 预约

row: 区永强 | 7座3009 | 13388655782
处理措施: 股份社区董话车位系社里分俾股东嘅，要股东自己签车位协议，已将区永强嘅诉求转社里。
register: 姓名 区永强
free: 姓名 区董
keep: 股份社 | 车位 | 股东 | 车位协议

row: 谭丽娟 | 19座3909 | 18318256919
处理措施: 已通知凉茶铺老细谭伯将雪柜电线用线槽包好，唔准拉过人行道。
free: 姓名 谭伯
keep: 凉茶铺 | 雪柜 | 线槽 | 人行道

row: 陈振华 | 1座3806 | 18958676322
staff: 前台 | 冼伟明 | 主任
处理措施: 冼伟明同灭蚁师傅上1座3806睇，门框同地脚线都有蚁路，已放诱杀包12个。
register: 姓名 冼伟明 | 房号 3806
keep: 灭蚁 | 门框 | 地脚线 | 蚁路 | 诱杀包

row: 梁雅诗 | 5栋702 | 18944581964
处理措施: 已通知Ricky（楼上1102）注意小朋友跳动，佢话会铺地垫。
free: 姓名 Ricky | 房号 1102
keep: 小朋友 | 地垫

row: 黄振东 | 14座3605房 | 16615166990
处理措施: 已致电电梯维保钟师傅（155-5877-8008），佢话配件要从佛山调，礼拜三前搞掂。
free: 姓名 钟师傅 | 电话 155-5877-8008
keep: 电梯 | 配件 | 佛山

row: 麦少华 | 3座1707 | 15286169847
处理措施: 台风“摩羯”预警，已安排沙包80包放地库入口，阿森、阿乐仔值班。
free: 姓名 阿森 | 姓名 阿乐仔
keep: 台风 | 摩羯 | 沙包 | 地库

row: 苏晓琳 | 4栋1501房 | 16669990912
处理措施: 管家已联系乐乐妈，佢同意将婴儿车收返屋企，走廊已清。
free: 姓名 乐乐妈
keep: 管家 | 婴儿车 | 走廊

row: 何嘉欣 | 5栋3306 | 15362039937
处理措施: 已发邮件俾开发商客服kefu_yunxi@gzyunxi-dev.com跟进泳池水质，抄送物业经理。
free: 邮箱 kefu_yunxi@gzyunxi-dev.com
keep: 邮件 | 开发商 | 泳池 | 物业经理

row: 卢国基 | 8-3511 | 15889205727
处理措施: 阿基（业主本人）要求见物业经理，已约周一上午，老卢陪同。
free: 姓名 阿基 | 姓名 老卢
keep: 物业经理 | 周一

row: 谢婉莹 | 7栋1307 | 15822830787
处理措施: 秩序维护部已向外卖平台（美团、饿了么）发函，电动车限速5公里。
keep: 秩序维护部 | 外卖 | 美团 | 饿了么 | 5公里

row: 陈锦辉 | 19座3612房 | 15752776899
处理措施: 已通知环卫站抽化粪池，费用820元由股份社同物业各半，陈社长已同意。
free: 姓名 陈社长
keep: 环卫站 | 化粪池 | 费用 | 股份社

row: 冯晓东 | 云玺7栋2306 | 15006481523
处理措施: 冯晓东要求赔偿医药费，已收发票286元，转保险公司（平安）报案，报案号PA44012026081905。
register: 姓名 冯晓东
keep: 医药费 | 发票 | 保险公司 | 平安 | PA44012026081905

row: 黄家欣 | 1栋1906 | 13273014453
处理措施: 已查车位登记，压线车主系Yoyo Wong（wxid_yoyow520），已发微信提醒。
free: 姓名 Yoyo Wong | 账号 wxid_yoyow520
keep: 车位 | 微信

row: 梁国雄 | 复建区6座2710 | 18294582916
处理措施: 雄哥话天台菜地系七叔嘅，已同七叔个仔梁耀华讲，佢答应月底前清走花盆。
free: 姓名 雄哥 | 姓名 七叔 | 姓名 梁耀华
keep: 天台

row: 邝嘉宝 | 20座4203房 | 18235914977
处理措施: 维修班已换楼道LED灯12盏，阿鹏负责，B座灯已全部着。
free: 姓名 阿鹏
keep: 维修班 | 楼道 | B座

row: 区翠萍 | 4-2011 | 15203783674
处理措施: 同荣叔倾过，佢话只系早上摆，已要求用胶垫接血水，唔准占消防通道。
free: 姓名 荣叔
keep: 早上 | 胶垫 | 消防通道

row: 张晓雯 | 3栋2206 | 18256444424
处理措施: 工程部已检查热水器为租客自购，已告知张小姐联系业主黄永年处理，非物业责任。
register: 姓名 张小姐
free: 姓名 黄永年
keep: 工程部 | 热水器

row: 何炳南 | 14座3112 | 020-30892850
处理措施: 已请白蚁防治所上门，师傅周振海话要整栋做灌药，报价1.2万。
free: 姓名 周振海
keep: 白蚁防治所 | 灌药 | 1.2万

row: 陈俊熙 | 7栋2205 | 15836289918
处理措施: 已电话158-3628-9918联系业主，佢同意周末开门俾工程部入屋检查防水。
register: 电话 158-3628-9918
keep: 周末 | 工程部 | 防水

row: 黄淑仪 | 13座1311 | 17655127799
处理措施: 垃圾分类督导员肥婆芳已被调岗，主任亲自向黄师奶道歉。
free: 姓名 肥婆芳 | 姓名 黄师奶
keep: 垃圾分类 | 主任

row: 梁思远 | 8-1301 | 18638970672
处理措施: 已发律师函催缴物业费，代理律师林振邦（广东广信君达律师事务所）。
free: 姓名 林振邦
keep: 律师函 | 物业费 | 广东广信君达律师事务所

row: 莫家乐 | 云玺8栋2503 | 18689868367
处理措施: 已同二房东农丽华联系，佢话押金下礼拜退，租客莫家乐同意等。
register: 姓名 莫家乐
free: 姓名 农丽华
keep: 二房东

row: 植志伟 | 10座4103 | 18538402462
处理措施: 植总（股份社董事长）同意龙舟景当日封涌边路，秩序维护部出6人。
free: 姓名 植总
keep: 股份社 | 龙舟景 | 涌边路 | 秩序维护部

row: 何月娟 | 4-3608 | 13711744210
处理措施: 已安排保洁每日中午冲垃圾桶两次，娟姐（保洁组长）负责。
free: 姓名 娟姐
keep: 中午 | 垃圾桶

row: 吴志强 | 7栋1104房 | 13859253186
处理措施: 已向街道申请共享单车清理，哈啰运维小邓（13849579188）下午来拖车。
free: 姓名 小邓 | 电话 13849579188
keep: 街道 | 共享单车 | 哈啰

row: 梁少珍 | 20-1101 | 13862398510
处理措施: 已上门，珍姨话佢个仔阿豪会搬走电动车电池，唔再喺屋企充。
free: 姓名 珍姨 | 姓名 阿豪
keep: 电动车

# 处理结果

row: 黄锦标 | 3座1209 | 19925865887
处理结果: 已搞掂，天台防水补好，黄先生话今次落雨冇再渗，满意。
register: 姓名 黄先生
keep: 天台

row: 陈志辉 | 18-4010 | 18507905656
处理结果: 白蚁已处理，灭蚁公司一个月后回访，陈志辉签字确认。
register: 姓名 陈志辉
keep: 白蚁 | 灭蚁公司

row: 梁秀英 | 18-4403 | 020-22676849
处理结果: 已上门，英姨屋企水管爆咗，维修班换咗角阀，收材料费35元，佢电话22676849。
register: 电话 22676849
free: 姓名 英姨
keep: 水管 | 维修班 | 角阀 | 材料费

row: 何振邦 | 3栋3203房 | 15212872719
处理结果: 车位压线问题已同对方车主Tony Ho讲好，佢换咗倒车影像，何先生表示接受。
register: 姓名 何先生
free: 姓名 Tony Ho
keep: 车位 | 倒车影像

row: 谭秀珍 | 复建区21座3404 | 15306052039
处理结果: 鸽笼已拆，三婆话以后唔养，阳台已清洗。
free: 姓名 三婆
keep: 鸽笼 | 阳台

row: 区家宝 | 17座4306房 | 17660480403
处理结果: 龙舟训练时间已调整，家宝表示满意，秩序维护部继续巡查。
register: 姓名 家宝
keep: 龙舟 | 秩序维护部

row: 植家乐 | 7栋1706 | 13138618469
处理结果: 门禁系统升级完成，人脸识别速度正常，已喺业主群通知。
keep: 门禁 | 人脸识别 | 业主群

row: 冼少芬 | 复建区7座4212 | 18252559830
处理结果: 电梯已修好，日立维保单号HT2026-0418-77，冼少芬个老公区耀明试过冇问题。
register: 姓名 冼少芬
free: 姓名 区耀明
keep: 电梯 | 日立 | HT2026-0418-77

row: 麦凯琳 | 云玺1栋2304 | 13369511626
处理结果: 快递柜已加装两组，丰巢同意超时费减半，麦小姐冇再投诉。
register: 姓名 麦小姐
keep: 快递柜 | 丰巢 | 超时费

row: 黄耀祖 | 22-2104 | 15256525008
处理结果: 麻将台已搬走，辉仔签咗承诺书，楼梯间恢复畅通。
free: 姓名 辉仔
keep: 麻将台 | 承诺书 | 楼梯间

row: 李雅婷 | 6栋3108房 | 13760426490
处理结果: 空调滴水已由业主周国平加装排水管，李小姐话楼下冇再投诉。
register: 姓名 李小姐
free: 姓名 周国平
keep: 空调 | 排水管

row: 邝志强 | 6-2001 | 13983924575
处理结果: 化粪池已抽，环卫收据580元，股份社出一半，已贴公告。
keep: 化粪池 | 环卫 | 580元 | 股份社 | 公告

row: 陈家宝 | 10座2005 | 19560048442
处理结果: 已调监控，电动车撞人嘅系美团骑手杨小龙，派出所调解，赔医药费300元。
free: 姓名 杨小龙
keep: 监控 | 电动车 | 美团 | 派出所 | 医药费

row: 何家俊 | 9-3208 | 13885745402
处理结果: 泳池水质复检合格，检测报告已贴泳池入口，何家俊接受。
register: 姓名 何家俊
keep: 泳池 | 检测报告

row: 梁少琪 | 11座3410房 | 18700151485
处理结果: 天台门已换密码锁，密码只俾楼长根叔同物业，后生仔冇再上去。
free: 姓名 根叔
keep: 天台 | 密码锁 | 楼长 | 后生仔

row: 黄子豪 | 7栋1808 | 19894748566
处理结果: 二房东已拆隔断，街道复查合格，租客蒙小凤等人已搬走。
free: 姓名 蒙小凤
keep: 二房东 | 隔断 | 街道

row: 卢嘉欣 | 云玺5栋2305 | 18684226303
处理结果: 装修押金两万已退，银行回单已发俾卢小姐，到账确认。
register: 姓名 卢小姐
keep: 装修押金 | 回单

row: 区美华 | 2座4008房 | 13820450864
处理结果: 已联系村委同股份社，分红名单已重新打印，身份证号已遮挡。
keep: 村委 | 股份社 | 分红

row: 何志强 | 10座3201 | 15700262248
处理结果: 凉茶铺炉已加灭火器两个，消防检查合格，老细德叔好配合。
free: 姓名 德叔
keep: 凉茶铺 | 灭火器 | 消防

row: 陈嘉怡 | 3-2507 | 17645226985
处理结果: 中介（满堂红）已道歉，赔门锁更换费280元，陈小姐收到。
register: 姓名 陈小姐
keep: 中介 | 满堂红 | 门锁

row: 梁惠萍 | 17座4511 | 13724687951
处理结果: 鼠饵投放两周后老鼠明显少咗，阿萍姐话垃圾房冇咁臭。
free: 姓名 阿萍姐
keep: 鼠饵 | 老鼠 | 垃圾房

row: 周嘉乐 | 云玺1栋3204 | 13968924881
处理结果: 周先生物业费发票已重开，抬头改为周嘉乐，备注佢老婆吴慧玲，电子票发jiale.zhou@163.com。
register: 姓名 周先生 | 姓名 周嘉乐
free: 姓名 吴慧玲 | 邮箱 jiale.zhou@163.com
keep: 物业费

row: 黄婉仪 | 复建区11座2312 | 15341959277
处理结果: 独居老人已上门探望，佢跌咗喺屋企，120送红会医院，已通知佢个仔黄国辉（155-3815-9176）。
free: 姓名 黄国辉 | 电话 155-3815-9176
keep: 独居 | 120 | 红会医院

row: 谭志明 | 17座4209房 | 13704691832
处理结果: 化粪池溢出已清，排污管疏通，街坊冇再投诉。
keep: 化粪池 | 排污管 | 街坊

row: 冼振华 | 18座3706房 | 13787518336
处理结果: 天台菜地已清，细叔公同意将花盆移去祠堂后院。
free: 姓名 细叔公
keep: 天台 | 花盆 | 祠堂

row: 张静 | 云玺3栋2203 | 13424319819
处理结果: 健身房跑步机已换新，品牌为舒华，张静满意。
register: 姓名 张静
keep: 健身房 | 品牌 | 舒华

row: 区锦文 | 15座2605 | 13669817234
处理结果: 消防栓玻璃已换，整烂嘅系五楼区仔（细路仔），家长区师奶已赔80元。
free: 姓名 区仔 | 姓名 区师奶
keep: 消防栓 | 五楼 | 80元

row: 麦丽珍 | 7座3610 | 15292558966
处理结果: 凉茶铺电线已入线槽，人行道畅通，丽珍话得咗。
register: 姓名 丽珍
keep: 凉茶铺 | 线槽 | 人行道

row: 何晓峰 | 9栋1405 | 19535004711
处理结果: 外卖电动车已限速，北门设外卖柜，何先生表示认可。
register: 姓名 何先生
keep: 外卖 | 北门 | 外卖柜

row: 梁德昌 | 15-3804 | 13561561843
处理结果: 台风过后地库无水浸，沙包已收返，森哥同保洁组清理。
free: 姓名 森哥
keep: 台风 | 地库 | 沙包

row: 潘丽娟 | 云玺7栋1308 | 18986749484
处理结果: 潘丽娟嘅燕窝快递已由顺丰理赔，金额1680元，快递员刘海峰已被站点处分。
register: 姓名 潘丽娟
free: 姓名 刘海峰
keep: 燕窝 | 顺丰 | 1680元 | 站点

row: 陈耀辉 | 9座3010房 | 13166396282
处理结果: 股份社已开会，祠堂门口空地画临时车位12个，龙舟景当日封闭。
keep: 股份社 | 祠堂 | 临时车位 | 龙舟景

row: 黄雅琪 | 3栋1604房 | 15852663777
处理结果: 广告屏夜间已静音，新潮传媒回复23:00后唔播声。
keep: 广告屏 | 新潮传媒

row: 植国強 | 11座3809房 | 13158382189
处理结果: 植国強（身份证440111195810012679）嘅车位已重新登记，股份社植会计盖章。
register: 姓名 植国強
free: 证件号 440111195810012679 | 姓名 植会计
keep: 车位 | 股份社

row: 冯丽芬 | 2栋2108 | 15690643158
处理结果: 物业已公示停车费收支，业委会筹备组熊志刚、袁丽娜、Carrie三人已核对。
free: 姓名 熊志刚 | 姓名 袁丽娜 | 姓名 Carrie
keep: 物业 | 停车费 | 业委会

row: 谭国雄 | 13座2105 | 15610289191
处理结果: 已同雄仔阿妈讲，佢唔再喺楼下改装电动车，单车棚已清。
free: 姓名 雄仔
keep: 改装 | 单车棚

row: 陈凤仪 | 复建区13座4412 | 19196774424
处理结果: 垃圾分类点已移去十九座侧，凤仪同意。
register: 姓名 凤仪
keep: 垃圾分类 | 十九座

row: 刘子轩 | 2栋3002房 | 19976818891
处理结果: 游乐区滑梯已换螺丝，保险赔医药费，刘子轩签收。
register: 姓名 刘子轩
keep: 游乐区 | 保险 | 医药费

row: 何丽琼 | 16座2910 | 17748826825
处理结果: 楼下鱼档强啲鱼缸已搬，楼梯铺咗防滑条，何丽琼话满意。
register: 姓名 何丽琼
free: 姓名 鱼档强
keep: 楼下 | 鱼缸 | 楼梯 | 防滑条

# 备注

row: 黄少梅 | 17-3808 | 13328414765
备注: 复建区老人多讲粤语，客服接电话要识讲白话，普通话佢哋听唔明。
keep: 复建区 | 粤语 | 客服 | 白话 | 普通话

row: 冼家辉 | 9座1912 | 17687824942
备注: 冼家辉系股份社股东代表，车位问题要同社里一齐倾，电话176-8782-4942，微信xjh_1976lx。
register: 姓名 冼家辉 | 电话 176-8782-4942
free: 账号 xjh_1976lx
keep: 股份社 | 车位 | 微信

row: 邓晓敏 | 2-1205 | 15256213892
备注: 租客邓晓敏唔系业主，物业费由业主庞志远（深圳）交，佢QQ7651583488。
register: 姓名 邓晓敏
free: 姓名 庞志远 | 账号 7651583488
keep: 物业费 | 深圳

row: 梁润娣 | 2座2512房 | 15682495002
备注: 润娣婆耳背，打电话要大声，最好搵佢新抱何美凤，电话13880991899。
free: 姓名 润娣婆 | 姓名 何美凤 | 电话 13880991899

row: 何锦泉 | 19座3210 | 13560500524
备注: 龙舟扒完要食龙船饭，五月初五前后秩序维护部加人。
keep: 龙舟 | 食龙船饭 | 五月初五 | 秩序维护部

row: 区海燕 | 6-2707 | 19903823483
备注: 二房东韦家明手上有云玺3套房，租客多系广西同湖南嚟，街道已备案。
free: 姓名 韦家明
keep: 二房东 | 云玺 | 广西 | 湖南 | 街道

row: 陈锦华 | 复建区3座3910 | 18751417121
备注: 陈锦华个仔喺香港，要港澳通行证返嚟先签得维修基金表决，佢个仔叫Ken Chan。
register: 姓名 陈锦华
free: 姓名 Ken Chan
keep: 香港 | 港澳通行证 | 维修基金

row: 黄美玲 | 5-1705 | 15537143287
备注: 业主外地人为主，物业费多用支付宝，发票走电子发票。
keep: 外地 | 物业费 | 支付宝 | 发票 | 电子发票

# 注意事项

row: 麦嘉文 | 5-1711 | 13694156364
注意事项: 白蚁季节（清明到端午）每日巡查木门同地脚线。
keep: 白蚁 | 清明 | 端午 | 木门 | 地脚线

row: 冼伟健 | 13座3512 | 15777206866
注意事项: 回南天期间电梯井同配电房要开抽湿机，阿聪负责记录。
free: 姓名 阿聪
keep: 回南天 | 电梯井 | 配电房 | 抽湿机

row: 何丽芬 | 3-2908 | 19812963594
注意事项: 台风预警：地库入口放挡水板，车主群发挪车通知，值班电话020-29166099。
free: 电话 020-29166099
keep: 台风 | 地库 | 挡水板 | 挪车通知 | 值班电话

row: 梁志勇 | 21-3505 | 17617138334
注意事项: 太公诞同龙舟景前一周通知股份社，祠堂周边禁停。
keep: 太公诞 | 龙舟景 | 股份社 | 祠堂

row: 区晓琳 | 9栋2804 | 18533560933
注意事项: 出租屋租客登记要收身份证复印件，来穗人员信息报街道。
keep: 出租屋 | 身份证 | 来穗人员 | 街道

# 处理结果

row: 黎卓然 | 云玺6栋2106 | 13697555161
处理结果: 门禁已换新读卡器，北门同东门都正常，访客要前台登记先入。
keep: 门禁 | 北门 | 东门 | 访客 | 前台

row: 区淑芬 | 复建区4座3902 | 15315157789
处理结果: 早茶档口已加装油烟净化器，街道验收合格，楼上几户冇再投诉。
keep: 早茶 | 油烟净化器 | 街道 | 楼上

row: 陈桂英 | 1-3403 | 18951093454
处理结果: 榕树根已由绿化公司切断，人行道地砖重铺，阿伯阿婆行路唔再跣脚。
keep: 榕树 | 绿化 | 人行道 | 阿伯 | 阿婆

row: 黄卓文 | 8栋2708房 | 18823617525
处理结果: 外卖送餐统一放北门外卖柜，送餐嘅靓仔唔再入楼，业主群反映好咗。
keep: 外卖 | 北门 | 靓仔 | 业主群

row: 梁思琪 | 复建区18座409 | 18777665725
处理结果: 垃圾房已加盖，每晚十点后冲洗，楼下几个师奶话冇咁臭。
keep: 垃圾房 | 十点 | 楼下 | 师奶

row: 何德明 | 1座4504 | 18623429612
处理结果: 沙井盖已换防震垫圈，货车经过冇声，村道段交股份社维护。
keep: 沙井盖 | 防震垫圈 | 货车 | 村道 | 股份社
"""

CASES = parse(CORPUS)

# Rows with no case text: short 房号 cells as some staff type them (a bare run, a run + 房, a 座
# or dash form; one complainant cell holds only an English name) and staff columns holding roles.
# Their runs are register values that occur in no text above (the generator kept phones, IDs and
# rooms clear of them), so these rows test only that such short cells make no amount, time, room
# or work-order number above vanish.
EXTRA_ROWS = (
    ("冼桂英", "6座4205", "17698844276", "前台", "工程部", "主任"),
    ("区国栋", "2012", "13566242638", "客服", "维修班", "物业经理"),
    ("Carmen", "8-2101", "15295908824", "前台", "管家", "客服主管"),
    ("麦润好", "1710房", "15269843377", "客服中心", "保洁部", "经理"),
)
