"""`complaints demo`: a register filled with a year of realistic, invented complaints.

Rows read as staff would type them: mostly handled within the limits, some late, some still
open (a few long past their limits), recent ones in progress, three group matters, claims
in every approval band, the procedure's tracked steps (demo_cases.py), and a handful of the
mistakes staff really make, so every feature of the sync has something to show. The same seed and `now` give the same workbook.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from openpyxl.utils import get_column_letter

from ..core.rules import Limit, Rules
from ..core.schema import COLUMNS, SHEET_TITLE
from .demo_cases import showcase
from .template import apply_column_style, build_workbook, save_new

FULL_DEMO_ROWS = 60  # below this, no group matters and no staff mistakes


@dataclass(frozen=True)
class Scenario:
    category: str
    target: str
    department: str
    follower: str
    contents: tuple[str, ...]  # may use {area}, {unit} and {phone}
    measures: tuple[str, ...]
    results: tuple[str, ...]
    precautions: str
    weight: int = 3
    safety: float = 0.0  # chance of 安全隐患 = 是
    media: float = 0.0  # chance of 媒体或政府关注 = 是
    claim: tuple[int, int] | None = None  # yuan, when the complainant claims
    claim_chance: float = 0.0
    invalid: float = 0.05  # chance the complaint is judged 无效


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "设备设施",
        "管理处",
        "工程部",
        "工程主管",
        (
            "{area}电梯近一周多次停在半层，今天早上困人约20分钟，要求彻底检修。",
            "{area}2号电梯运行时异响、抖动明显，老人小孩不敢坐，要求维保单位检查。",
        ),
        (
            "通知电梯维保单位到场救援并全面检修，更换门机皮带。",
            "维保单位当天检查，更换曳引轮钢丝绳并做安全测试。",
        ),
        ("电梯已恢复正常运行，检修记录在电梯厅公示。", "检修完成，复测合格，已向业主说明原因。"),
        "电梯困人时请按警铃或拨打轿厢内电话，不要强行扒门。",
        weight=6,
        safety=0.2,
    ),
    Scenario(
        "设备设施",
        "管理处",
        "工程部",
        "工程主管",
        (
            "{area}门禁人脸识别经常认不出，老人进出不便。",
            "{unit}的门禁卡突然失效，晚上回家进不了单元门。",
        ),
        ("工程部重新录入人脸信息，检查门禁控制器。", "为业主重新授权门禁卡，排查同批卡片。"),
        ("门禁已恢复，业主当场试用正常。", "更换门禁读卡模块，问题解决。"),
        "门禁卡失效可到客服中心登记补办，请勿借用他人卡片。",
        weight=4,
    ),
    Scenario(
        "设备设施",
        "管理处",
        "工程部",
        "工程主管",
        (
            "{area}楼道声控灯坏了一个多月，晚上下楼很黑。",
            "地库{area}附近照明灯大面积不亮，存在安全隐患。",
        ),
        ("安排电工更换灯具并巡查同类故障。", "更换损坏灯管和感应开关。"),
        ("照明已恢复，纳入每周巡检。", "已全部修复。"),
        "发现公共照明损坏可随时报修。",
        weight=3,
        safety=0.2,
    ),
    Scenario(
        "房屋质量",
        "开发商",
        "工程部",
        "工程主管",
        (
            "{unit}卧室外墙渗水，墙纸发霉，要求开发商维修并赔偿。",
            "{unit}窗框四周下雨就渗水，已反映多次未解决。",
        ),
        (
            "联系开发商维保单位现场查勘，确定为外墙防水层破损。",
            "协调开发商安排吊篮施工，重新打胶防水。",
        ),
        ("开发商完成外墙防水修补，淋水试验无渗漏。", "维修完成，墙面由开发商负责恢复。"),
        "雨季前请检查窗户密封胶，发现渗水及时报修。",
        weight=4,
        media=0.05,
        claim=(1000, 8000),
        claim_chance=0.3,
    ),
    Scenario(
        "房屋质量",
        "开发商",
        "工程部",
        "工程主管",
        ("{unit}客厅墙体出现多条裂缝，担心结构安全。", "{unit}卫生间地面空鼓、瓷砖开裂。"),
        ("请开发商工程师现场鉴定，裂缝为抹灰层收缩裂缝。", "开发商维保单位重新铺贴瓷砖。"),
        ("开发商出具说明并完成修补，业主认可。", "已修复，保修期内免费。"),
        "发现墙体裂缝请拍照记录位置和长度，便于判断。",
        weight=3,
        safety=0.1,
    ),
    Scenario(
        "相邻关系",
        "业户之间",
        "客服部",
        "客服主管",
        (
            "楼上住户家中漏水，渗到{unit}天花板，吊顶已变形，要求赔偿。",
            "{unit}厨房天花板滴水，楼上一直没人开门。",
        ),
        ("联系楼上住户关闭阀门，工程部协助查找漏点。", "约双方到场，查明为楼上卫生间防水失效。"),
        (
            "楼上住户修复防水并与投诉人协商赔偿，双方达成一致。",
            "楼上已维修，赔偿由双方自行协商完成。",
        ),
        "长期外出请关闭入户总阀，防止漏水殃及邻居。",
        weight=5,
        claim=(800, 9000),
        claim_chance=0.5,
    ),
    Scenario(
        "相邻关系",
        "业户之间",
        "客服部",
        "客服主管",
        ("{area}楼上装修周末一早就电钻，严重影响休息。", "邻居装修中午和晚上仍在施工，噪音扰民。"),
        ("上门提醒装修户遵守装修时间，巡查装修现场。", "约谈装修负责人，签订装修时间承诺书。"),
        ("装修户已按规定时间施工。", "后续巡查未再发现违规施工。"),
        "装修施工时间为工作日8:00-12:00、14:00-18:00，周末和节假日不得进行产生噪音的施工。",
        weight=6,
    ),
    Scenario(
        "相邻关系",
        "业户之间",
        "秩序维护部",
        "秩序维护主管",
        (
            "{area}楼下广场舞音响声音太大，晚上九点以后还在跳。",
            "邻居家每天深夜大声喧哗、拖动家具。",
        ),
        ("与广场舞队协商调低音量、缩短时间。", "上门沟通，请其注意夜间音量。"),
        ("广场舞已改到21:00前结束，音量降低。", "对方表示会注意，后续未再接到投诉。"),
        "晚上22:00后请降低音量，互相体谅。",
        weight=5,
        invalid=0.1,
    ),
    Scenario(
        "相邻关系",
        "业户之间",
        "秩序维护部",
        "秩序维护主管",
        (
            "邻居的狗经常在楼道里大小便，遛狗不牵绳，小孩很害怕。",
            "{area}有住户养的狗整夜叫，影响休息。",
        ),
        ("上门提醒文明养犬，张贴养犬公约。", "秩序维护员加强巡查，劝导遛狗牵绳。"),
        ("养犬户已清理楼道并承诺遛狗牵绳。", "已与养犬户沟通，情况改善。"),
        "遛狗请牵绳并及时清理粪便，大型犬请戴嘴套。",
        weight=4,
    ),
    Scenario(
        "相邻关系",
        "业户之间",
        "秩序维护部",
        "秩序维护主管",
        ("{area}楼下经常有人高空抛物，今天差点砸到人。", "楼上往下扔烟头，烧坏了晾晒的衣服。"),
        ("调取监控排查，逐户走访宣传。", "在楼栋安装仰拍摄像头，张贴警示。"),
        ("已确认抛物住户并予以劝诫，后续未再发生。", "报派出所备案，加强监控。"),
        "高空抛物可能承担法律责任，请勿从窗口扔东西。",
        weight=1,
        safety=1.0,
    ),
    Scenario(
        "管理费用",
        "管理处",
        "财务部",
        "财务专员",
        ("对物业费账单有异议，认为公摊电费计算不清楚。", "房子空置，要求物业费打折，被前台拒绝。"),
        ("财务部出具公摊电费明细并当面解释。", "按物业服务合同解释空置房收费标准。"),
        ("业主理解收费依据，已缴费。", "业主表示不认可，建议其通过业主委员会反映。"),
        "物业费和公摊费用明细每季度在公告栏公示，可随时到客服中心查询。",
        weight=5,
        invalid=0.25,
    ),
    Scenario(
        "管理费用",
        "管理处",
        "工程部",
        "工程主管",
        ("维修水龙头收了150元，认为上门维修收费太高。", "换一个灯泡也收上门费，不合理。"),
        ("核对有偿服务收费标准，向业主出示价目表。", "复核收费，退还多收部分。"),
        ("业主认可收费标准。", "退还多收费用并致歉。"),
        "有偿维修项目和价格已在客服中心公示，维修前会先告知费用。",
        weight=2,
        invalid=0.2,
    ),
    Scenario(
        "物业配套",
        "管理处",
        "秩序维护部",
        "秩序维护主管",
        ("自己的固定车位经常被外来车辆占用。", "地库车位不够，访客车辆乱停堵住通道。"),
        ("秩序维护员张贴提醒并联系车主挪车，加强道闸管理。", "调整访客车辆登记和临时停车区域。"),
        ("占位车辆已挪走，加装车位地锁。", "访客停车已规范。"),
        "固定车位被占可拨打秩序维护部值班电话，请勿自行堵车。",
        weight=5,
    ),
    Scenario(
        "物业配套",
        "开发商",
        "客服部",
        "客服主管",
        (
            "买房时承诺的会所和游泳池至今没有建，要求开发商兑现。",
            "小区没有充电桩，开发商当初说会配套。",
        ),
        ("转开发商客服并跟进答复。", "协调开发商和供电部门研究安装方案。"),
        ("开发商书面答复了建设计划。", "开发商同意在地库增设充电桩。"),
        "对销售承诺有疑问，请保留购房合同和宣传资料。",
        weight=3,
        media=0.1,
    ),
    Scenario(
        "服务态度",
        "管理处",
        "秩序维护部",
        "秩序维护主管",
        ("门岗保安态度恶劣，送快递的朋友被骂了一顿。", "保安值班时玩手机，问话不理人。"),
        ("调取监控核实，对当班保安进行批评教育。", "秩序维护主管当面向业主致歉，加强培训。"),
        ("当班保安已调岗，业主接受道歉。", "已整改，纳入月度考核。"),
        "对员工服务不满意可拨打客服电话或在公众号留言，我们会核实处理。",
        weight=4,
    ),
    Scenario(
        "服务态度",
        "管理处",
        "客服部",
        "客服主管",
        ("前台客服说话不耐烦，问了两遍就说不是她管的。", "打客服电话没人接，接通后推来推去。"),
        ("客服主管回电致歉，核查通话记录。", "对客服人员进行服务规范培训。"),
        ("业主接受道歉。", "已整改，安排专人接听。"),
        "客服电话工作时间有专人接听，下班后转值班电话。",
        weight=3,
    ),
    Scenario(
        "服务时效",
        "管理处",
        "工程部",
        "工程主管",
        ("报修厨房下水道堵塞三天了还没人来。", "公共区域水管漏水报修一周没处理。"),
        ("当天安排维修人员上门疏通。", "核查派单记录，督促工程部限时完成。"),
        ("已疏通，向业主说明延误原因。", "已维修，完善派单跟踪制度。"),
        "报修后可凭报修单号随时查询进度。",
        weight=4,
    ),
    Scenario(
        "服务质量",
        "管理处",
        "环境部",
        "保洁主管",
        ("{area}垃圾桶满了没人清，味道很大。", "楼道很久没拖，楼梯扶手全是灰。"),
        ("增加垃圾清运频次，清洗垃圾桶。", "安排保洁全面清洁并调整排班。"),
        ("已清理，纳入每日检查。", "保洁质量已改善。"),
        "请按时间分类投放垃圾，大件垃圾请预约清运。",
        weight=5,
    ),
    Scenario(
        "服务质量",
        "管理处",
        "环境部",
        "绿化主管",
        ("小区绿化好久没修剪，树枝挡住了窗户。", "{area}草坪喷药没有提前通知，孩子在旁边玩。"),
        ("安排绿化班修剪树枝。", "今后打药提前一天张贴通知并设置警示牌。"),
        ("已修剪完毕。", "已向业主致歉并规范作业通知。"),
        "绿化打药期间请看好孩子和宠物，远离作业区域。",
        weight=3,
    ),
    Scenario(
        "服务质量",
        "管理处",
        "秩序维护部",
        "秩序维护主管",
        ("{area}消防通道长期堆放杂物、停放电动车。", "楼道里有人给电动车充电，拉了飞线。"),
        ("清理消防通道杂物，张贴禁止堆放通知。", "拆除飞线，劝导到集中充电区充电。"),
        ("消防通道已畅通，纳入日常巡查。", "已整改。"),
        "电动车严禁在楼道和室内充电，请到集中充电棚充电。",
        weight=3,
        safety=0.4,
    ),
    Scenario(
        "服务质量",
        "管理处",
        "秩序维护部",
        "秩序维护主管",
        ("车停在地库被道闸砸坏引擎盖，要求物业赔偿修车费。", "车辆在地库被刮，监控坏了查不到。"),
        ("检修道闸感应器，与保险公司共同定损。", "调取监控查找肇事车辆，与业主协商赔偿。"),
        ("物业按定损金额赔付，业主认可。", "双方协商一致，赔付完成。"),
        "车辆通过道闸时请一车一杆，待道闸完全抬起再通过。",
        weight=2,
        claim=(5000, 15000),
        claim_chance=1.0,
    ),
    Scenario(
        "服务项目",
        "管理处",
        "客服部",
        "客服主管",
        ("快递放在门岗丢了，要求物业负责。", "快递柜满了，快递员把包裹堆在大堂。"),
        ("调取监控查找包裹去向，联系快递公司。", "与快递公司协商增加快递柜。"),
        ("包裹找回。", "新增一组快递柜，大堂不再堆放。"),
        "贵重物品请选择当面签收，门岗不代收贵重包裹。",
        weight=4,
        claim=(100, 3000),
        claim_chance=0.3,
    ),
    Scenario(
        "服务项目",
        "管理处",
        "客服部",
        "客服主管",
        ("小区健身房一直不开放。", "希望物业提供代收洗衣、家政等服务。"),
        ("核查健身房设施安全，制定开放时间。", "收集业主需求，评估增设服务项目。"),
        ("健身房已开放并公示开放时间。", "已引入家政服务并在公众号公布。"),
        "新增便民服务会在公告栏和公众号发布。",
        weight=2,
        invalid=0.2,
    ),
    Scenario(
        "突发事件",
        "政府及公共事业",
        "工程部",
        "工程主管",
        ("小区突然停水，没有提前通知。", "{area}整栋楼停电，冰箱里的东西都坏了。"),
        (
            "联系自来水公司了解抢修进度，张贴停水通知并安排送水。",
            "联系供电公司抢修，期间开放应急照明。",
        ),
        ("市政管网抢修完成，已恢复供水。", "供电已恢复，向业主通报停电原因。"),
        "计划停水停电会提前在公告栏和业主群通知，请留意。",
        weight=4,
        media=0.05,
    ),
    Scenario(
        "突发事件",
        "政府及公共事业",
        "工程部",
        "工程主管",
        ("{area}闻到燃气味，怀疑管道泄漏。", "门口市政道路施工挖断了燃气管，气压不稳。"),
        ("立即疏散、关阀，通知燃气公司抢修。", "协调燃气公司和施工单位现场处理。"),
        ("燃气公司检测无泄漏，已恢复供气。", "管道已修复，加装警示标志。"),
        "闻到燃气味请勿开关电器、勿用明火，立即开窗并拨打燃气公司抢修电话。",
        weight=1,
        safety=1.0,
    ),
    Scenario(
        "突发事件",
        "管理处",
        "工程部",
        "工程主管",
        (
            "{unit}楼上消防水管爆裂，家中被水泡，地板和家具全坏了。",
            "地库水泵故障，负二层被淹，车辆泡水。",
        ),
        ("关闭阀门、组织抽水，保险公司到场定损。", "连夜抢修水泵，逐一登记受损车辆。"),
        ("按定损结果由物业和保险公司赔付。", "已与业主签订赔偿协议。"),
        "发现漏水请第一时间关闭总阀并通知物业值班电话。",
        weight=1,
        media=0.3,
        claim=(20000, 80000),
        claim_chance=1.0,
    ),
    Scenario(
        "服务质量",
        "政府及公共事业",
        "客服部",
        "客服主管",
        ("自来水发黄有异味，怀疑二次供水水箱没清洗。", "小区门口公交站被撤，出行不便。"),
        ("出示水箱清洗记录，联系水务部门取样检测。", "向交通部门反映业主诉求。"),
        ("水质检测合格，已公示检测报告。", "交通部门答复将调整线路。"),
        "二次供水水箱每半年清洗一次，检测报告在公告栏公示。",
        weight=2,
    ),
    Scenario(
        "房屋质量",
        "开发商",
        "工程部",
        "工程主管",
        (
            "交房时的地下储藏室面积比合同少，要求开发商说明。",
            "小区围墙外规划要建垃圾站，买房时没说。",
        ),
        ("转交开发商并跟进答复。", "协调开发商出具规划说明。"),
        ("开发商组织复测并书面答复。", "开发商出具规划文件并解释。"),
        "对规划和面积有疑问，可到住建部门查询备案资料。",
        weight=1,
        invalid=0.3,
    ),
)


@dataclass(frozen=True)
class Group:
    """Many households raising one matter within a few weeks (关联事项)."""

    matter: str  # the key, after the year: '地库渗水' -> '2026-地库渗水'
    project: str
    size: int
    days_ago: tuple[int, int]  # when it started, in days before `now`
    scenario: Scenario
    remarks: tuple[str, ...] = ()


GROUPS: tuple[Group, ...] = (
    Group(
        "地库渗水",
        "锦绣华庭",
        13,
        (120, 200),
        Scenario(
            "房屋质量",
            "开发商",
            "工程部",
            "工程主管",
            (
                "连续降雨后地下车库B1层渗水严重，车位积水，要求开发商尽快堵漏。",
                "负一层储藏室墙面渗水，存放的物品受潮发霉。",
                "地库顶板多处滴水，车身被泡出水渍。",
            ),
            (
                "联系开发商维保单位查勘，临时导流并抽排积水。",
                "开发商制定地库顶板防水整改方案，分区施工。",
            ),
            ("开发商完成地库顶板注浆堵漏，雨后复查无渗水。", "储藏室受损物品由开发商按清单赔付。"),
            "雨季请勿在地下储藏室存放怕潮物品。",
            claim=(2000, 9000),
            claim_chance=0.3,
        ),
        ("业主群里有多户反映同一问题。", "已拍照留存。"),
    ),
    Group(
        "物业费调价",
        "悦澜府",
        6,
        (30, 60),
        Scenario(
            "管理费用",
            "管理处",
            "财务部",
            "财务专员",
            ("不同意物业费上调，要求公开收支明细。", "物业费调价没有征求业主意见。"),
            ("召开业主沟通会，公示上一年度收支。", "向业委会提交调价方案供业主表决。"),
            ("暂缓调价，待业主大会表决。", "业主大会表决通过后执行。"),
            "物业服务收支情况每年在公告栏公示。",
        ),
    ),
    Group(
        "北区5栋电梯",
        "翠湖湾",
        7,
        (3, 12),
        Scenario(
            "设备设施",
            "管理处",
            "工程部",
            "工程主管",
            ("北区5栋两部电梯同时停运，老人上下楼困难。", "5栋电梯又坏了，这个月第三次。"),
            ("通知维保单位抢修，安排人员协助老人上下楼。", "联系电梯厂家更换主板。"),
            ("电梯已修复。", "更换主板后运行正常。"),
            "电梯停运期间请走消防楼梯，行动不便的住户可联系客服协助。",
            safety=0.3,
        ),
    ),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌浩宇欣怡子涵梓萱俊杰佳琪晨雨"
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "177",
    "180",
    "182",
    "186",
    "187",
    "188",
    "189",
    "199",
)
CHANNEL_WEIGHTS = {"来电": 40, "来访": 25, "网络": 18, "来函": 4, "委托转告": 7, "其他": 4}
RECEIVERS = ("客服专员", "前台客服", "值班客服", "客服主管")
RESPONSIBLE = ("管理处主任", "管理处副主任", "客服经理")
REMARKS = (
    "业主要求书面答复。",
    "投诉人情绪激动。",
    "夜间来电，由值班人员登记。",
    "已拍照留存。",
    "业主要求回访时先发短信。",
    "投诉人为租户。",
)
CALLBACK_WEIGHTS = {"满意": 55, "基本满意": 28, "不满意": 10, "未联系上": 7}


@dataclass
class _Row:
    values: dict[str, object] = field(default_factory=dict)
    group: bool = False

    @property
    def received(self) -> datetime:
        value = self.values["received"]
        assert isinstance(value, datetime)
        return value


def write_demo(
    path: str | os.PathLike[str], rules: Rules, now: datetime, seed: int = 7, rows: int = 300
) -> None:
    """Write a demo register of `rows` complaints received in the 12 months before `now`."""
    if now.tzinfo is not None:
        now = now.astimezone(ZoneInfo(rules.timezone)).replace(tzinfo=None)
    rng = random.Random(seed)
    plan = demo_rows(rng, rules, now, rows)
    wb = build_workbook(rules)
    ws = wb[SHEET_TITLE]
    for offset, row in enumerate(plan):
        for index, col in enumerate(COLUMNS, start=1):
            value = row.values.get(col.key)
            if value is None or value == "":
                continue
            cell = ws.cell(row=offset + 2, column=index, value=value)
            apply_column_style(cell)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(plan) + 1}"
    save_new(wb, path)


def demo_rows(rng: random.Random, rules: Rules, now: datetime, rows: int) -> list[_Row]:
    full = rows >= FULL_DEMO_ROWS
    planned = [row for g in GROUPS if full for row in _group_rows(rng, rules, now, g)]
    singles = rows - len(planned)
    # Every scenario once (so every category and target appears), then by weight.
    picks = list(SCENARIOS)
    rng.shuffle(picks)
    weights = [s.weight for s in SCENARIOS]
    picks += rng.choices(SCENARIOS, weights=weights, k=max(0, singles - len(picks)))
    start = now - timedelta(days=365)
    for scenario in picks[:singles]:
        received = _received_at(rng, start + timedelta(days=rng.uniform(0, 364.5)), now)
        project = rng.choice(PROJECTS)
        planned.append(_complaint(rng, rules, now, scenario, project, received))
    planned.sort(key=lambda r: r.received)
    _stall(rng, now, planned)
    _number(rules, planned)
    staged = showcase(rng, now, planned) if full else set()
    _claims_as_typed(planned)
    if full:
        _ensure_channels(rng, rules, planned)
        _mistakes(rng, planned, staged)
    return planned


def _group_rows(rng: random.Random, rules: Rules, now: datetime, group: Group) -> list[_Row]:
    days_ago = rng.randint(*group.days_ago)
    begin = now - timedelta(days=days_ago)
    matter = f"{begin.year}-{group.matter}"
    units: list[str] = []
    result = []
    for n in range(group.size):
        received = _received_at(rng, begin + timedelta(days=rng.uniform(0, min(20, days_ago))), now)
        row = _complaint(rng, rules, now, group.scenario, group.project, received)
        while row.values["unit"] in units:  # distinct households
            row.values["area"], row.values["unit"] = _place(rng, group.project)
        units.append(str(row.values["unit"]))
        row.group = True
        row.values["matter"] = matter
        if n >= 9:  # once ten households have come forward, staff see a major matter
            row.values["level"] = "重大"
        if group.remarks:
            row.values["remarks"] = rng.choice(group.remarks)
        result.append(row)
    if group.size >= 10:
        result[-1].values["media"] = "是"
        result[-1].values["remarks"] = "业主已向住建局反映。"
    return result


PROJECTS = ("锦绣华庭", "翠湖湾", "悦澜府")


def _place(rng: random.Random, project: str) -> tuple[str, str]:
    """楼栋区域 and 房号, written the way each estate numbers its flats."""
    if project == "锦绣华庭":
        building = rng.randint(1, 12)
        unit = f"{building}栋{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}"
        return f"{building}栋", unit
    if project == "翠湖湾":
        zone, building = rng.choice(("北区", "南区")), rng.randint(1, 8)
        return (
            f"{zone}{building}栋",
            f"{building}-{rng.randint(1, 2)}-{rng.randint(1, 11)}{rng.randint(1, 2):02d}",
        )
    building = rng.randint(1, 9)
    return f"{building}幢", f"{building}幢{rng.randint(2, 33)}{rng.randint(1, 4):02d}室"


def _name(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.15:  # staff often write only the honorific
        return surname + rng.choice(("先生", "女士", "阿姨", "师傅"))
    return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.18:
        return f"0571-8{rng.randint(0, 9_999_999):07d}"
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def _received_at(rng: random.Random, moment: datetime, now: datetime) -> datetime:
    hour = rng.choices(range(7, 23), weights=(2, 6, 9, 10, 10, 6, 6, 9, 9, 8, 6, 5, 4, 3, 2, 1))[0]
    at = datetime.combine(moment.date(), time(hour, rng.randint(0, 59)))
    return min(at, now - timedelta(minutes=rng.randint(20, 300)))


def _work_time(rng: random.Random, day: date, closing: time) -> datetime:
    latest = max(9 * 60 + 1, closing.hour * 60 + closing.minute - 10)
    minutes = rng.randint(8 * 60 + 30, latest)
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def _within(
    rng: random.Random, start: datetime, earliest: datetime, limit: Limit, closing: time
) -> datetime:
    """A moment after `earliest`, safely inside the limit counted from `start`.

    Calendar days never outrun working days, so N calendar days is always in time."""
    if limit.unit in ("minutes", "hours"):
        span = timedelta(**{limit.unit: limit.amount})
        low = max(start + span * 0.03, earliest + timedelta(minutes=10))
        high = max(low, start + span * 0.85)
        at = low + (high - low) * rng.random()
        if not 8 <= at.hour < 21:  # nobody calls back at night: next morning, or the evening
            evening_day = at.date() - timedelta(days=0 if at.hour >= 21 else 1)
            morning = datetime.combine(evening_day + timedelta(days=1), time(8))
            morning += timedelta(minutes=rng.randint(0, 210))
            evening = datetime.combine(evening_day, time(19)) + timedelta(
                minutes=rng.randint(0, 110)
            )
            if morning <= start + span * 0.95:
                at = morning
            elif evening >= low:
                at = evening
        return at
    days = {"working_days": limit.amount, "days": limit.amount - 1, "months": 27 * limit.amount}[
        limit.unit
    ]
    if days < 1:
        return earliest + timedelta(hours=rng.uniform(0.5, 12))
    first = max(1, (earliest.date() - start.date()).days)
    day = start.date() + timedelta(days=rng.randint(first, max(first, days)))
    return max(_work_time(rng, day, closing), earliest + timedelta(minutes=30))


def _late(
    rng: random.Random, start: datetime, earliest: datetime, limit: Limit, closing: time
) -> datetime:
    """A moment well after the limit ran out, even across a week-long holiday."""
    if limit.unit in ("minutes", "hours"):
        at = start + timedelta(**{limit.unit: limit.amount}) * rng.uniform(1.3, 3)
    else:
        days = {
            "working_days": limit.amount * 2 + 9,
            "days": limit.amount + 2,
            "months": 31 * limit.amount + 3,
        }[limit.unit]
        at = _work_time(rng, start.date() + timedelta(days=days + rng.randint(0, 10)), closing)
    return max(at, earliest + timedelta(minutes=30))


def _complaint(
    rng: random.Random, rules: Rules, now: datetime, s: Scenario, project: str, received: datetime
) -> _Row:
    area, unit = _place(rng, project)
    phone = _phone(rng)
    variant = rng.randrange(len(s.contents))  # the measures and result that fit this content
    content = s.contents[variant].format(area=area, unit=unit, phone=phone)
    if rng.random() < 0.06:
        content += f"请回电{phone}。"  # real registers carry such details into the text
    claim = None
    if s.claim and rng.random() < s.claim_chance:
        low, high = s.claim
        claim = round(rng.randint(low, high), -2 if high < 20000 else -3)
    safety = rng.random() < s.safety
    complaints = rng.choices((1, 2, 3), weights=(93, 5, 2))[0]
    contacts = rng.choices((1, 2, 3, 4, 5), weights=(58, 34, 5, 2, 1))[0]
    age = now - received
    validity = "有效"
    if rng.random() < s.invalid:
        validity = "无效"
    elif age < timedelta(days=5) and rng.random() < 0.5:
        validity = "待定"
    level = "一般"
    if validity != "无效":
        if (safety or (claim or 0) >= 20000) and rng.random() < 0.6:
            level = "重大"
        elif (complaints >= 2 or contacts >= 3) and rng.random() < 0.7:
            level = "重要"
    values: dict[str, object] = {
        "received": received,
        "channel": rng.choices(tuple(CHANNEL_WEIGHTS), weights=tuple(CHANNEL_WEIGHTS.values()))[0],
        "project": project,
        "area": area,
        "unit": unit,
        "complainant": _name(rng),
        "phone": phone,
        "target": s.target,
        "category": s.category,
        "content": content,
        "households": 1,
        "claim": claim,
        "safety": "是" if safety else rng.choice(("否", "否", None)),
        "media": "是" if rng.random() < s.media else rng.choice(("否", "否", None)),
        "complaint_count": complaints,
        "contact_count": contacts,
        "validity": validity,
        "level": level,
        "department": s.department,
        "receiver": rng.choice(RECEIVERS),
        "follower": s.follower,
        "responsible": rng.choice(RESPONSIBLE),
        "remarks": rng.choice(REMARKS) if rng.random() < 0.12 else None,
    }
    if s.category == "突发事件" and rng.random() < 0.2:
        values["households"] = rng.choice((24, 48, 96, 120))  # a whole building was affected
    _progress(rng, rules, now, s, variant, values)
    return _Row(values)


def _progress(
    rng: random.Random,
    rules: Rules,
    now: datetime,
    s: Scenario,
    variant: int,
    values: dict[str, object],
) -> None:
    """Response, reply, close and callback times, stopping at `now` like a real register."""
    received = values["received"]
    assert isinstance(received, datetime)
    closing = rules.closing_time

    def step(start: datetime, earliest: datetime, limit: Limit) -> datetime:
        late = rng.random() < 0.04
        return (_late if late else _within)(rng, start, earliest, limit, closing)

    # Recent complaints are often still being worked on.
    stop_after = 4
    if now - received < timedelta(days=14):
        stop_after = rng.choice((0, 1, 2, 3, 4))
    responded = step(received, received, rules.response)
    replied = step(received, responded, rules.reply[str(values["target"])])
    # An invalid complaint is closed by the reply that explains why.
    invalid = values["validity"] == "无效"
    closed = replied if invalid else step(received, replied, rules.close)
    callback = step(closed, closed, rules.callback)
    for n, (key, at) in enumerate(
        (("responded", responded), ("replied", replied), ("closed", closed), ("callback", callback))
    ):
        if n >= stop_after or at > now or values["validity"] == "待定" and key == "closed":
            break
        values[key] = at.replace(second=0, microsecond=0)
    if "responded" in values or "replied" in values:
        values["measures"] = s.measures[variant % len(s.measures)]
    if "closed" in values:
        values["result"] = s.results[variant % len(s.results)]
        values["precautions"] = s.precautions if rng.random() < 0.8 else None
        values["publish"] = "是" if values["validity"] == "有效" and rng.random() < 0.85 else "否"
    if "callback" in values:
        values["callback_result"] = rng.choices(
            tuple(CALLBACK_WEIGHTS), weights=tuple(CALLBACK_WEIGHTS.values())
        )[0]


def _ensure_channels(rng: random.Random, rules: Rules, rows: list[_Row]) -> None:
    present = {r.values["channel"] for r in rows}
    for channel in rules.lists["channels"]:
        if channel not in present:
            rng.choice(rows).values["channel"] = channel


def _stall(rng: random.Random, now: datetime, rows: list[_Row]) -> None:
    """A few older complaints got stuck: open long past their limits at `now`."""
    older = [
        r
        for r in rows
        if not r.group and now - r.received > timedelta(days=45) and r.values["validity"] == "有效"
    ]
    for row in rng.sample(older, min(10, len(older))):
        keys = rng.choice(
            (("replied", "closed", "callback"), ("closed", "callback"), ("callback",))
        )
        if "closed" in keys:
            keys += ("result", "precautions", "publish")
        for key in (*keys, "callback_result"):
            row.values.pop(key, None)


def _number(rules: Rules, rows: list[_Row]) -> None:
    per_day: dict[date, int] = {}
    for row in rows:
        day = row.received.date()
        per_day[day] = per_day.get(day, 0) + 1
        row.values["number"] = f"{rules.number_prefix}-{day:%Y%m%d}-{per_day[day]:03d}"


def _claims_as_typed(rows: list[_Row]) -> None:
    """Some amounts typed the way people say them: '2万', '12,000'."""
    big = [r for r in rows if isinstance(r.values["claim"], int) and r.values["claim"] >= 20000]
    middle = [
        r for r in rows if isinstance(r.values["claim"], int) and 5000 <= r.values["claim"] < 20000
    ]
    if big:
        big[0].values["claim"] = "2万"
    if len(big) > 1:
        big[1].values["claim"] = f"{big[1].values['claim'] / 10000:g}万"
    if middle:
        middle[0].values["claim"] = f"{middle[0].values['claim']:,}"


def _mistakes(rng: random.Random, rows: list[_Row], staged: set[int]) -> None:
    """The slips staff really make, each on a different ordinary row (not one staged to show
    a rule)."""
    newest = len(rows) - 10  # the newest rows get the empty numbers
    ordinary = [i for i, r in enumerate(rows[:newest]) if not r.group and i > 0 and i not in staged]
    text_date, slash_date, text_reply, short_phone, duplicate = rng.sample(ordinary, 5)
    used = {text_date, slash_date, text_reply, short_phone, duplicate}

    def free(wanted: Callable[[_Row], bool], newest_first: bool = False) -> int | None:
        """The first ordinary row not used yet that fits."""
        found = next(
            (
                i
                for i in (ordinary[::-1] if newest_first else ordinary)
                if i not in used and wanted(rows[i])
            ),
            None,
        )
        if found is not None:
            used.add(found)
        return found

    # Dates typed as text that are still valid.
    at = rows[text_date].received
    rows[text_date].values["received"] = (
        f"{at.year}年{at.month}月{at.day}日 {at.hour}时{at.minute:02d}分"
    )
    at = rows[slash_date].received
    rows[slash_date].values["received"] = f"{at.year}/{at.month}/{at.day} {at.hour}:{at.minute:02d}"
    replied = rows[text_reply].values.get("replied")
    if isinstance(replied, datetime):
        rows[text_reply].values["replied"] = f"{replied:%Y-%m-%d %H:%M}"
    # A mobile number one digit short.
    rows[short_phone].values["phone"] = (
        rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}"
    )
    # A number copied from the row above.
    rows[duplicate].values["number"] = rows[duplicate - 1].values["number"]
    # An impossible date, typed for a complaint received around the end of February.
    if (i := free(lambda r: r.received.month in (2, 3))) is not None:
        at = rows[i].received
        rows[i].values["received"] = f"{at.year}-02-30 {at:%H:%M}"
    # A channel typed by hand instead of picked from the list.
    if (i := free(lambda r: r.values["channel"] == "来电")) is not None:
        rows[i].values["channel"] = "微信"

    def closed(r: _Row) -> bool:
        return isinstance(r.values.get("closed"), datetime)

    # Closed without saying how it ended.
    if (i := free(closed)) is not None:
        rows[i].values.pop("result", None)
    # Closed "before" it was received: the year typed wrong.
    if (i := free(closed, newest_first=True)) is not None:
        closed_at = rows[i].values["closed"]
        assert isinstance(closed_at, datetime)
        rows[i].values["closed"] = closed_at - timedelta(days=365)
    # Numbers left empty for the sync to fill.
    for row in rows[newest : newest + 3]:
        row.values["number"] = None
