"""Corpus slice for label ``other``: criminal cases, administrative cases, court procedure.

Criminal judgments and complaints often talk about money, loans, wages, bank cards
and houses, yet a criminal matter never goes to a civil mediation centre; the same
holds for suing a government body and for plain questions about how the court
works.  This module writes those texts in both registers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from training.corpusgen.common import (
    BANKS,
    COLLOQUIAL,
    DISTRICTS,
    ESTATES,
    FORMAL,
    RELATIONS,
    STREETS,
    Example,
    amount,
    company,
    date,
    home,
    maybe,
    money,
    money_upper,
    person,
    pick,
    place,
    shop,
    spoken_time,
    strip_final_periods,
)

LABEL = "other"
C, F = COLLOQUIAL, FORMAL

# --------------------------------------------------------------------------- shared bits

COURT_CODES = {
    "城关区": "0102", "七里河区": "0103", "西固区": "0104", "安宁区": "0105",
    "红古区": "0111", "永登县": "0121", "皋兰县": "0122", "榆中县": "0123",
}
VEHICLES = ("小型轿车", "小型普通客车", "重型半挂牵引车", "轻型厢式货车", "二轮摩托车", "小型越野客车", "中型自卸货车")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DRUGS = ("甲基苯丙胺（冰毒）", "海洛因", "甲基苯丙胺片剂（麻古）", "氯胺酮（K粉）")
FAMILY = ("儿子", "老公", "弟弟", "哥哥", "表弟", "侄子", "女儿", "爸", "外甥", "小舅子")
WORRY = ("家里人都急死了", "我一个女人家不知道咋弄", "我们啥也不懂", "一家人愁得睡不着", "孩子还小", "老人身体也不好")


def _hm(rng: random.Random) -> str:
    """A clock time in the judgment style, e.g. 23时40分许."""
    hour = rng.choice((0, 1, 2, 3, 4, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23))
    if rng.random() < 0.4:
        return f"{hour}时许"
    return f"{hour}时{rng.randint(1, 59)}分许"


PROC_ABBR = {
    "城关区": "兰城检", "七里河区": "兰七检", "西固区": "兰西检", "安宁区": "兰安检", "红古区": "兰红检",
    "永登县": "永检", "皋兰县": "皋检", "榆中县": "榆检", "兰州新区": "兰新检",
}


def _local(district: str) -> str:
    """Prefix of a local organ: 兰州市城关区, 榆中县, 兰州新区."""
    return district if district.endswith("县") or district == "兰州新区" else f"兰州市{district}"


def _police(district: str) -> str:
    """The public security organ of a district: 兰州市公安局城关分局, 榆中县公安局."""
    if district.endswith("县") or district == "兰州新区":
        return f"{district}公安局"
    return f"兰州市公安局{district.removesuffix('区')}分局"


def _court(district: str) -> str:
    return f"{_local(district)}人民法院"


def _procuratorate_name(district: str) -> str:
    return f"{_local(district)}人民检察院"


def _procuratorate(rng: random.Random, district: str) -> str:
    name = _procuratorate_name(district)
    return pick(rng, name, "公诉机关", f"公诉机关{name}")


def _case_no(rng: random.Random, district: str, kind: str) -> str:
    code = COURT_CODES.get(district, "0102")
    return f"（{rng.randint(2015, 2025)}）甘{code}{kind}{rng.randint(12, 1890)}号"


def _plate(rng: random.Random) -> str:
    tail = "".join(rng.choice("0123456789" + PLATE_LETTERS[:8]) for _ in range(5))
    return f"甘A{tail}"


def _age(rng: random.Random, low: int = 19, high: int = 62) -> int:
    return rng.randint(low, high)


def _opener(rng: random.Random) -> str:
    return pick(rng, "", "", "", "", "你好，", "请问一下，", "想咨询一下，", "求助，", "律师你好，", "问个事，",
                "麻烦问下，")


class Timeline:
    """Successive dates of one matter, so that events are told in order."""

    def __init__(self, rng: random.Random, start: int = 2015, end: int = 2024) -> None:
        self.rng = rng
        self.y, self.m, self.d = rng.randint(start, end), rng.randint(1, 12), 1

    def next(self, max_months: int = 5) -> str:
        step = self.rng.randint(0, max_months)
        if step == 0:
            self.d = self.rng.randint(self.d, 28)
        else:
            self.m += step
            self.y, self.m = self.y + (self.m - 1) // 12, (self.m - 1) % 12 + 1
            self.d = self.rng.randint(1, 28)
        return f"{self.y}年{self.m}月{self.d}日"


@dataclass(frozen=True)
class Case:
    """The parties and setting of one invented criminal case."""

    who: str
    vic: str
    year: int
    mon: int
    day: int
    at: str
    district: str
    where: str

    @property
    def when(self) -> str:
        return f"{self.year}年{self.mon}月{self.day}日"

    @property
    def month(self) -> str:
        return f"{self.year}年{self.mon}月"

    @property
    def y(self) -> str:
        return f"{self.year}年"

    def span(self, rng: random.Random, short: bool = False) -> str:
        """A period starting at the case date: 2019年3月至7月间, 2019年至2021年间."""
        if short or rng.random() < 0.3:
            end = min(12, self.mon + rng.randint(1, 8))
            return f"{self.month}至{end}月间" if end > self.mon else f"{self.month}间"
        end_year = self.year + rng.randint(1, 4)
        if rng.random() < 0.5:
            return f"{self.y}至{end_year}年间"
        return f"{self.month}至{end_year}年{rng.randint(1, 12)}月间"

    def later(self, rng: random.Random, low: int = 1, high: int = 10) -> str:
        """A date ``low``..``high`` months after the offence (arrest, indictment)."""
        step = rng.randint(low, high)
        m = self.mon + step
        year, mon = self.year + (m - 1) // 12, (m - 1) % 12 + 1
        day = rng.randint(self.day, 28) if step == 0 else rng.randint(1, 28)
        return f"{year}年{mon}月{day}日"

    @classmethod
    def draw(cls, rng: random.Random) -> Case:
        anon = rng.random() < 0.75
        district = rng.choice(DISTRICTS)
        return cls(
            who=person(rng, anonymised=anon),
            vic=person(rng, anonymised=True),
            year=rng.randint(2014, 2025),
            mon=rng.randint(1, 12),
            day=rng.randint(1, 28),
            at=_hm(rng),
            district=district,
            where=district + rng.choice(STREETS),
        )


# --------------------------------------------------------------------------- criminal facts (formal)


THEFT_ITEMS = (
    ("电动自行车一辆", 1200, 4500), ("黄金项链一条、现金若干", 6000, 30000), ("笔记本电脑一台", 2500, 9000),
    ("铜质电缆线约180米", 5000, 26000), ("苹果手机一部", 3000, 8000), ("电动车电瓶四块", 1500, 3000),
    ("香烟二十余条", 3000, 9000), ("钢筋约1.2吨", 3500, 6000), ("现金及购物卡若干", 2000, 15000),
)


def _facts_theft(rng: random.Random, c: Case) -> str:
    item, low, high = rng.choice(THEFT_ITEMS)
    v = amount(rng, low, high)
    target = pick(rng, f"{rng.choice(ESTATES)}小区地下车库", f"被害人{c.vic}经营的"
                                                       f"{rng.choice(('烟酒店', '便利店', '五金店'))}",
                  f"{rng.choice(ESTATES)}{rng.randint(1, 20)}号楼被害人{c.vic}家中", "某在建工地", f"{c.where}一网吧内")
    how = pick(rng, "趁无人之机", "趁店主不备", "趁被害人熟睡之机", "采用撬锁手段", "翻窗入室", "用事先准备的剪线钳")
    single = (f"{c.when}{c.at}，被告人{c.who}窜至{target}，{how}，窃得{item}。经{_local(c.district)}价格认证中心鉴定，"
              f"被盗物品价值人民币{v}元。")
    n = rng.randint(3, 12)
    serial = (f"{c.span(rng, short=True)}，被告人{c.who}先后{n}次在{c.district}{rng.choice(STREETS)}、"
              f"{rng.choice(STREETS)}等地，{pick(rng, '采用技术开锁的方式', '趁车主不备', '以剪断车锁的方式')}盗窃"
              f"{pick(rng, '电动自行车', '电动车电瓶', '车内财物', '快递包裹')}，所盗物品经鉴定共计价值人民币"
              f"{v * n // 2}元，"
              f"销赃后所得赃款{pick(rng, '用于上网及日常开销', '均已挥霍', '用于偿还赌债')}。")
    pocket = (f"{c.when}{c.at}，被告人{c.who}在"
              f"{pick(rng, '1路公交车上', '东方红广场附近', '西关十字地下通道', '火车站候车室')}，"
              f"趁被害人{c.vic}不备，拉开其背包拉链，扒窃{pick(rng, '手机一部', '钱包一个，内有现金')}，价值人民币"
              f"{v}元。")
    return rng.choice((single, single, serial, pocket))


def _facts_fraud(rng: random.Random, c: Case) -> str:
    v = amount(rng, 8000, 380000)
    pretext = pick(
        rng,
        f"谎称认识某单位领导、能帮被害人{c.vic}的儿子安排进国企工作，以“打点关系”“请客送礼”为由",
        "虚构自己是某部队后勤采购人员，以承揽部队蔬菜供应业务需缴纳保证金为由",
        f"谎称能以低于市场价的价格帮被害人{c.vic}购买法拍车辆，以支付车款为由",
        f"冒充{rng.choice(('医院副院长', '教育局工作人员', '银行信贷经理'))}，以帮助办理"
        f"{rng.choice(('孩子入学', '低息贷款', '医院床位'))}为由",
        f"持伪造的房屋所有权证，以房屋作抵押为名向被害人{c.vic}借款，",
    )
    tail = pick(rng, "所得款项用于赌博及个人挥霍。", "后将手机关机，更换住所躲避。", "至案发时未归还分文。",
                "被害人多次催要无果后报案。")
    return (f"{c.month}起，被告人{c.who}{pretext}，先后{rng.randint(2, 9)}次骗取被害人{c.vic}人民币{v}元，"
            f"{tail}").replace("，，", "，")


def _facts_telecom(rng: random.Random, c: Case) -> str:
    v = amount(rng, 3000, 600000)
    role = pick(rng, "“话务员”", "“一线客服”", "“取款人”", "“技术维护”")
    script = pick(rng, "冒充电商平台客服，以商品质量问题需要退款理赔为由", "冒充公安机关工作人员，"
                                                   "以被害人涉嫌洗钱需要资金核查为由",
                  "以网络兼职刷单返利为诱饵", "冒充网络贷款平台客服，以银行卡号填写错误需缴纳解冻金为由",
                  "通过婚恋交友网站结识被害人，以投资虚拟货币平台为名")
    base = rng.choice(("缅甸北部", "柬埔寨西哈努克港", "福建某地", "广东某地", "云南边境某地"))
    if base.endswith("某地"):
        joined = f"{c.month}，被告人{c.who}在{base}加入电信网络诈骗团伙，担任{role}。"
    else:
        joined = f"{c.month}，被告人{c.who}经他人介绍偷越国（边）境前往{base}，加入电信网络诈骗团伙，担任{role}。"
    extra = maybe(rng, f"经查，被告人{c.who}参与期间该团伙共骗取{rng.randint(5, 60)}名被害人财物。")
    return f"{joined}该团伙{script}，诱骗被害人{c.vic}向指定账户转账，骗得人民币{v}元。{extra}"


def _facts_loan_fraud(rng: random.Random, c: Case) -> str:
    v = amount(rng, 200000, 3000000, 10000)
    bank = rng.choice(BANKS)
    docs = pick(rng, "伪造的购销合同及增值税发票", "虚构的工资流水和在职证明", "他人的房屋所有权证", "虚假的财务报表")
    return (f"{c.when}，被告人{c.who}以{company(rng)}名义，使用{docs}向{bank}申请流动资金贷款，骗取贷款人民币{v}元。"
            f"取得贷款后，被告人{c.who}未按约定用途使用，将款项用于"
            f"{pick(rng, '偿还个人高利贷', '赌博', '购买豪车和挥霍')}，"
            f"贷款到期后拒不归还，"
            f"{pick(rng, '并变更联系方式逃匿', '案发时尚有本金' + str(v // 10 * 7) + '元未归还')}。")


def _facts_contract_fraud(rng: random.Random, c: Case) -> str:
    v = amount(rng, 60000, 1500000, 1000)
    goods = pick(rng, "螺纹钢", "水泥", "玉米", "苹果", "电缆", "食用油", "化肥")
    victim_co = company(rng)
    return (f"{c.when}，被告人{c.who}以其实际控制的{company(rng, '商贸')}名义，与被害单位{victim_co}签订《"
            f"{goods}购销合同》，"
            f"约定货到付款。被告人{c.who}"
            f"{pick(rng, '先支付少量定金骗取对方信任后', '隐瞒其公司已无履约能力的事实', '使用虚假身份')}，"
            f"收取对方交付的价值人民币{v}元的{goods}，随即低价变卖，所得款项用于"
            f"{pick(rng, '归还个人债务', '赌博', '挥霍')}，"
            f"后{pick(rng, '关闭公司逃匿', '拒接电话、更换住址', '以各种理由推脱拒不付款')}。")


def _facts_injury(rng: random.Random, c: Case) -> str:
    cause = pick(rng, "停车", "琐事", "债务", "邻里", "喝酒劝酒", "装修噪音", "超车")
    weapon = pick(rng, "随手拿起的啤酒瓶", "木棍", "随身携带的水果刀", "拳脚", "板凳", "砖块")
    hurt = pick(rng, "鼻骨骨折", "左眼眶内侧壁骨折", "头皮裂伤及颅骨骨折", "左侧多发肋骨骨折", "右手掌肌腱断裂",
                "脾破裂")
    level = pick(rng, "轻伤一级", "轻伤二级", "轻伤二级")
    return (f"{c.when}{c.at}，被告人{c.who}在{c.where}因{cause}纠纷与被害人{c.vic}发生争执，继而厮打，"
            f"被告人{c.who}用{weapon}{pick(rng, '击打', '殴打', '捅刺')}被害人{c.vic}，致其{hurt}。"
            f"经{pick(rng, '兰州市公安局物证鉴定所', _police(c.district) + '物证鉴定室', '甘肃某司法鉴定所')}鉴定，"
            f"被害人{c.vic}的损伤程度为{level}。")


def _facts_drunk(rng: random.Random, c: Case) -> str:
    bac = f"{rng.randint(80, 260)}.{rng.randint(0, 9)}"
    veh = rng.choice(("小型轿车", "小型普通客车", "二轮摩托车", "小型越野客车"))
    end = pick(rng, "被执勤民警查获", "与停放的车辆发生碰撞，造成财产损失", "在检查站被民警拦停",
               "与前方车辆追尾，造成两车受损")
    road, stop = rng.sample(STREETS, 2)
    return (f"{c.when}{c.at}，被告人{c.who}饮酒后驾驶车牌号为{_plate(rng)}的{veh}，沿{road}由"
            f"{pick(rng, '东向西', '西向东', '南向北', '北向南')}行驶至{c.district}{stop}路段时，{end}。经抽血检验，"
            f"被告人{c.who}血液中乙醇含量为{bac}mg/100ml。")


def _facts_traffic_crime(rng: random.Random, c: Case) -> str:
    veh = rng.choice(VEHICLES)
    fault = pick(rng, "未注意观察前方路况", "超速行驶", "闯红灯", "疲劳驾驶", "未按规定让行", "夜间会车未减速")
    harm = pick(rng, f"将横过道路的行人{c.vic}撞倒，致{c.vic}经抢救无效死亡",
                f"与{c.vic}驾驶的电动自行车相撞，致{c.vic}当场死亡",
                f"与对向车辆相撞，致乘车人{c.vic}死亡、另两人受伤")
    after = pick(rng, "事故发生后，被告人拨打报警电话并在现场等候处理。",
                 "事故发生后，被告人驾车逃离现场，于次日到公安机关投案。",
                 "事故发生后，被告人弃车逃逸，后被公安机关抓获。")
    duty = pick(rng, "全部责任", "主要责任", "全部责任")
    return (f"{c.when}{c.at}，被告人{c.who}驾驶{_plate(rng)}号{veh}沿{rng.choice(STREETS)}行驶至{c.where}路段时，"
            f"因{fault}，{harm}，车辆受损。{after}经{_agency(rng, 'traffic', c.district)}认定，被告人{c.who}负事故"
            f"{duty}。")


def _facts_drug_sale(rng: random.Random, c: Case) -> str:
    drug = rng.choice(DRUGS)
    g = f"{rng.randint(0, 9)}.{rng.randint(1, 99):02d}"
    price = rng.choice((200, 300, 500, 600, 800, 1000, 1500))
    spot = pick(rng, f"{c.where}路边", f"{c.where}其租住的房屋楼下", f"{c.where}一宾馆房间内", f"{c.where}一小区门口")
    way = pick(rng, "通过微信联系后", "经电话联系后", "与对方约定交易地点后", "")
    base = (f"{c.when}{c.at}，被告人{c.who}{way}在{spot}以人民币{price}元的价格向吸毒人员{c.vic}贩卖{drug}一小包，"
            f"净重{g}克。")
    return base + pick(rng, f"交易完成后，被告人{c.who}被公安民警当场抓获，并从其身上查获{drug}"
                            f"{rng.randint(1, 9)}小包。",
                       f"同年{rng.randint(1, 12)}月，被告人{c.who}又以同样方式向"
                       f"{person(rng, anonymised=True)}贩卖毒品两次。",
                       "经检验，上述毒品检出甲基苯丙胺成分。")


def _facts_drug_house(rng: random.Random, c: Case) -> str:
    n = rng.randint(2, 6)
    return (f"{c.span(rng, short=True)}，被告人{c.who}先后{n}次在其{pick(rng, '租住', '经营')}的"
            f"{pick(rng, home(rng), c.where + '一出租屋', c.where + '一宾馆房间', c.where + '某KTV包厢')}内，"
            f"容留{c.vic}、{person(rng, anonymised=True)}等人吸食甲基苯丙胺。"
            f"同年{c.mon}月{c.day}日，公安民警在该处当场查获正在吸毒的人员，并现场查获吸毒工具“冰壶”一个。")


def _facts_provocation(rng: random.Random, c: Case) -> str:
    v = amount(rng, 800, 20000)
    act = pick(
        rng,
        f"酒后在{c.where}一烧烤店内，因嫌服务员上菜慢，无故殴打店员{c.vic}，并将店内桌椅、餐具砸毁，损失价值{v}元",
        f"伙同他人在{c.where}无故拦截过往车辆，强行索要“过路费”，并殴打驾驶员{c.vic}，致其轻微伤",
        f"在{c.where}的KTV内酒后借故生非，持酒瓶追打{c.vic}等人，造成恶劣社会影响",
        f"驾车在{c.where}与{c.vic}发生刮擦后，纠集多人对其拳打脚踢，并砸毁其车辆，经鉴定损失{v}元",
        f"多次在{c.district}某农贸市场强拿硬要商户蔬菜、水果，商户{c.vic}等人不敢阻拦",
    )
    return f"{c.when}{c.at}，被告人{c.who}{act}。"


def _facts_robbery(rng: random.Random, c: Case) -> str:
    v = amount(rng, 200, 9000)
    return pick(
        rng,
        f"{c.when}{c.at}，被告人{c.who}在{c.where}一偏僻巷道内，持水果刀拦住下夜班回家的被害人{c.vic}，"
        f"以刀相威胁，劫走其手机一部及现金{v}元。经鉴定，被抢手机价值人民币{v // 2 + 500}元。",
        f"{c.when}{c.at}，被告人{c.who}伙同他人以找人为名进入被害人{c.vic}经营的"
        f"{rng.choice(('小卖部', '彩票站', '麻将馆'))}，"
        f"采用捆绑、捂嘴等手段，劫取店内现金{v}元及香烟若干。",
        f"{c.when}{c.at}，被告人{c.who}乘坐被害人{c.vic}驾驶的出租车至{c.where}后，持刀逼迫其交出钱财，"
        f"劫得现金{v}元，后逃离现场。",
    )


def _facts_snatch(rng: random.Random, c: Case) -> str:
    v = amount(rng, 1500, 25000)
    return (f"{c.when}{c.at}，被告人{c.who}{pick(rng, '驾驶无牌二轮摩托车', '骑电动车', '步行尾随')}至{c.where}时，"
            f"趁被害人{c.vic}不备，"
            f"{pick(rng, '抢走其挎包一个', '将其颈部佩戴的金项链拽走', '夺走其手中的手机')}后逃离。"
            f"经鉴定，被抢物品价值人民币{v}元。{maybe(rng, f'被害人{c.vic}在被抢过程中摔倒受伤。')}")


def _facts_extortion(rng: random.Random, c: Case) -> str:
    v = amount(rng, 5000, 200000)
    threat = pick(rng, f"以将被害人{c.vic}的婚外情告知其家人和单位相要挟",
                  f"以在网上曝光被害人{c.vic}经营的{rng.choice(('火锅店', '牛肉面馆', '食品厂'))}“食品安全问题”相要挟",
                  f"以散布被害人{c.vic}的私密照片相威胁",
                  f"以向有关部门举报被害人{c.vic}承建工程存在违规问题相要挟")
    return (f"{c.when}，被告人{c.who}{threat}，先后向其索要人民币{v}元，被害人{c.vic}因害怕被迫通过微信转账"
            f"{pick(rng, '支付' + str(v // 2) + '元', '支付全部款项')}。{maybe(rng, '后被害人报警。', 0.6)}")


def _facts_deposits(rng: random.Random, c: Case) -> str:
    v = amount(rng, 2000000, 60000000, 10000)
    co = company(rng, rng.choice(("农业科技", "信息技术", "文化传媒", "商贸")))
    lure = pick(rng, "投资中药材种植项目", "认购养老公寓床位", "加入“会员理财”"
                                              "计划", "购买所谓“原始股”", "投资生态养殖合作社")
    rate = rng.choice((12, 15, 18, 20, 24, 36))
    return (f"{c.span(rng)}，被告人{c.who}在担任{co}{pick(rng, '法定代表人', '实际控制人', '业务经理')}期间，"
            f"未经国家金融管理部门批准，以{lure}为名，承诺年化收益{rate}%并到期还本，通过发放传单、召开推介会、"
            f"组织老年人旅游等方式向社会不特定公众吸收资金共计人民币{v}元，涉及集资参与人{rng.randint(40, 900)}人，"
            f"案发时尚有{v // 10 * rng.randint(3, 8)}元本金未兑付。")


def _facts_fund_fraud(rng: random.Random, c: Case) -> str:
    v = amount(rng, 3000000, 90000000, 10000)
    return (f"{c.y}以来，被告人{c.who}以非法占有为目的，虚构"
            f"{pick(rng, '承建市政工程急需资金周转', '开发新能源项目', '经营跨境电商平台')}"
            f"的事实，以月息{rng.choice((2, 3, 5))}分的高额回报为诱饵，向社会公众非法集资人民币{v}元。"
            f"所募资金除部分用于支付前期"
            f"集资参与人本息外，大部分被其用于{pick(rng, '购置房产、车辆', '赌博和个人挥霍', '转移至其亲属名下')}，"
            f"造成集资参与人损失共计{v // 10 * 6}元。")


def _facts_job_embezzle(rng: random.Random, c: Case) -> str:
    v = amount(rng, 30000, 1200000)
    co = company(rng)
    post = pick(rng, "出纳", "销售经理", "仓库保管员", "门店店长", "财务主管", "收银员")
    act = pick(rng, "利用收取客户货款的职务便利，将客户支付的货款转入其个人账户",
               "利用管理仓库的职务便利，多次将库存的货物私自运出变卖",
               "利用负责报销的职务便利，虚开发票、重复报销",
               "利用保管公司备用金的职务便利，将备用金据为己有")
    return (f"{c.span(rng)}，被告人{c.who}在担任{co}{post}期间，"
            f"{act}，共计侵占公司资金人民币{v}元，所得款项用于"
            f"{pick(rng, '网络赌博', '偿还个人信用卡欠款', '购车及日常消费')}。")


def _facts_misappropriate(rng: random.Random, c: Case) -> str:
    v = amount(rng, 100000, 2000000, 1000)
    co = company(rng)
    return (f"被告人{c.who}系{co}{pick(rng, '会计', '出纳', '副总经理', '财务负责人')}。{c.when}，被告人"
            f"{c.who}利用职务上的便利，"
            f"未经公司同意，将公司账户内资金人民币{v}元转至其{pick(rng, '个人', '亲属', '朋友')}账户，用于"
            f"{pick(rng, '购买理财产品', '炒股', '借给他人收取利息', '个人经营的门店周转')}，超过三个月未归还。"
            f"{maybe(rng, f'案发前，被告人{c.who}已归还部分款项。')}")


def _facts_wage_refusal(rng: random.Random, c: Case) -> str:
    n = rng.randint(6, 85)
    v = amount(rng, 60000, 1800000)
    job = pick(rng, f"{c.district}某小区住宅楼", "某学校教学楼", "某厂房", "某市政道路", "某商业综合体")
    return (f"被告人{c.who}系{job}建设项目的{pick(rng, '实际施工人', '劳务承包人', '包工头')}。施工期间，被告人"
            f"{c.who}拖欠"
            f"{c.vic}等{n}名农民工工资共计人民币{v}元。{c.when}，{c.district}人力资源和社会保障局向其送达《劳动保障监察"
            f"限期整改指令书》，责令其限期支付，被告人{c.who}在有能力支付的情况下，逾期仍不支付，"
            f"{pick(rng, '并关闭手机逃匿', '并转移财产', '以各种理由推脱')}。")


def _facts_card_fraud(rng: random.Random, c: Case) -> str:
    v = amount(rng, 50000, 600000)
    bank = rng.choice(BANKS)
    return pick(
        rng,
        f"{c.month}，被告人{c.who}在{bank}申领信用卡一张，以非法占有为目的，持卡透支消费和取现后，经银行多次催收超过三个月"
        f"仍不归还，截至案发尚欠透支本金人民币{v}元。",
        f"{c.when}，被告人{c.who}捡拾他人遗失的信用卡后，冒用该卡在{c.where}多家商户刷卡消费，共计人民币{v // 20}元。",
        f"被告人{c.who}以虚假的工作证明和收入证明在{bank}办理信用卡三张，透支后更换手机号码，"
        f"经银行电话、信函催收仍拒不归还，恶意透支本金共计{v}元。",
    )


def _facts_obstruct(rng: random.Random, c: Case) -> str:
    officer = pick(rng, "执勤民警", "交警", "城管执法队员", "疫情防控工作人员", "派出所辅警")
    act = pick(rng, "推搡、撕扯民警并用拳头击打其面部", "抢夺执法记录仪并将其摔坏", "驾车冲撞拦截民警",
               "辱骂并踢打执法人员")
    return (f"{c.when}{c.at}，{_police(c.district)}{officer}在{c.where}依法"
            f"{pick(rng, '处置一起纠纷', '查处违法停车', '检查车辆', '传唤违法嫌疑人')}"
            f"时，被告人{c.who}拒不配合，"
            f"{act}，"
            f"致民警{person(rng, anonymised=True)}{pick(rng, '轻微伤', '面部软组织挫伤', '手指骨折')}。")


def _facts_casino(rng: random.Random, c: Case) -> str:
    v = amount(rng, 5000, 200000)
    way = pick(rng, "在其经营的棋牌室内摆放赌博机", "在其租住的平房内组织他人以“牛牛”“炸金花”方式赌博",
               "建立微信群组织群成员以抢红包方式赌博", "在城郊一农家院组织他人赌博并安排人员放哨")
    return (f"{c.span(rng, short=True)}，被告人{c.who}{way}，从中抽头渔利，"
            f"非法获利人民币{v}元，赌资累计达{v * rng.randint(8, 30)}元。")


def _facts_mining(rng: random.Random, c: Case) -> str:
    vol = rng.randint(800, 40000)
    return (f"{c.month}间，被告人{c.who}在未取得采矿许可证的情况下，雇佣挖掘机、装载机在{c.district}"
            f"{pick(rng, '黄河河道', '湟水河滩', '某村集体荒山', '苑川河河道')}内非法采挖砂石，并销售获利。"
            f"经{pick(rng, '兰州市自然资源局', '甘肃省地质矿产勘查开发局')}鉴定，其非法采挖砂石{vol}立方米，"
            f"价值人民币{vol * rng.randint(20, 45)}元。")


def _facts_logging(rng: random.Random, c: Case) -> str:
    n = rng.randint(40, 600)
    m3 = f"{rng.randint(11, 90)}.{rng.randint(0, 99):02d}"
    county, spot = rng.choice((("永登县", "连城"), ("榆中县", "兴隆山"), ("皋兰县", "什川"), ("榆中县", "哈岘"),
                               ("永登县", "吐鲁沟")))
    return (f"{c.month}，被告人{c.who}在未办理林木采伐许可证的情况下，雇佣他人在{county}{spot}"
            f"一带其承包的林地内，采伐{pick(rng, '杨树', '油松', '落叶松', '柳树')}{n}株。经鉴定，被伐林木立木蓄积为"
            f"{m3}立方米。")


def _facts_gun(rng: random.Random, c: Case) -> str:
    return (f"{c.when}，公安民警在被告人{c.who}位于{home(rng)}的家中，查获其非法持有的"
            f"{pick(rng, '仿五四式手枪一支', '气枪一支及铅弹若干', '自制火药枪一支', '仿真长枪一支')}。"
            f"经{pick(rng, '甘肃省公安厅物证鉴定中心', '兰州市公安局物证鉴定所')}鉴定，"
            f"该枪{pick(rng, '系以压缩气体为动力的枪支', '具有致伤力，认定为枪支', '能正常击发')}。"
            f"被告人{c.who}供称该枪系{pick(rng, '网上购买', '他人寄存', '早年自行制作')}，用于"
            f"{pick(rng, '打猎', '收藏', '防身')}。")


def _facts_fire(rng: random.Random, c: Case) -> str:
    area = f"{rng.randint(2, 95)}.{rng.randint(0, 9)}"
    return (f"{c.when}{c.at}，被告人{c.who}在{c.district}"
            f"{pick(rng, '某村北山坡', '某村自家承包地边', '某林场一处林地旁', '某村后山祖坟处')}"
            f"{pick(rng, '上坟烧纸', '焚烧秸秆', '吸烟后随手丢弃烟头', '烧荒')}，因未采取防范措施，火势蔓延引发火灾，"
            f"过火面积约{area}亩，烧毁{pick(rng, '林木', '他人蔬菜大棚三座', '草地及部分林木', '邻居库房一间')}。"
            f"经鉴定，造成直接经济损失人民币{rng.randint(30000, 300000)}元。")


def _facts_conceal(rng: random.Random, c: Case) -> str:
    v = amount(rng, 3000, 60000)
    return pick(
        rng,
        f"{c.span(rng, short=True)}，被告人{c.who}在其经营的{c.where}二手电动车门市，明知{person(rng, anonymised=True)}"
        f"所售电动车系盗窃所得，仍以明显低于市场的价格收购{rng.randint(5, 30)}辆后加价出售，经鉴定价值人民币{v}元。",
        f"{c.when}，被告人{c.who}明知他人银行账户内资金系电信诈骗犯罪所得，仍受他人指使，"
        f"在{c.where}多家银行网点取现人民币{v}元后交给上线，从中获利{v // 50}元。",
        f"被告人{c.who}明知{person(rng, anonymised=True)}交给其的手机、金首饰系抢劫所得，仍帮助其在{c.where}"
        f"销赃，得款人民币{v}元。",
    )


def _facts_seal(rng: random.Random, c: Case) -> str:
    co = company(rng)
    use = pick(rng, "对外签订工程分包合同", "出具虚假的收入证明用于办理贷款", "伪造工程验收单据骗取工程款",
               "开具虚假的工作证明帮助他人办理签证")
    return (f"{c.month}，被告人{c.who}为{use}，在{c.where}一刻章店私刻{co}公章、财务专用章各一枚，"
            f"并加盖于相关文书使用。经比对，上述印章印文与{co}在公安机关备案的印章印文不一致。")


def _facts_prostitution(rng: random.Random, c: Case) -> str:
    n = rng.randint(3, 12)
    v = amount(rng, 20000, 400000)
    return (f"{c.span(rng, short=True)}，被告人{c.who}在其经营的{c.where}"
            f"{pick(rng, '足浴店', '养生会所', '洗浴中心', '快捷酒店')}内，招募{n}名女性从事卖淫活动，"
            f"制定收费标准、管理制度，安排人员望风，按比例抽成，非法获利人民币{v}元。")


def _facts_damage(rng: random.Random, c: Case) -> str:
    v = amount(rng, 5000, 80000)
    act = pick(rng, f"因与邻居{c.vic}存在矛盾，用钥匙将{c.vic}停放在{rng.choice(ESTATES)}小区的"
                    f"{rng.choice(VEHICLES)}车身多处划伤",
               f"因索要工钱未果，用铁锤砸毁{c.vic}经营的{rng.choice(('汽修厂', '门市', '小超市'))}玻璃门窗及货架",
               f"因感情纠纷，将前女友{c.vic}的手机、电脑摔毁，并砸坏其房间内家电",
               f"酒后在{c.where}连续划伤路边停放的{rng.randint(3, 15)}辆汽车")
    return f"{c.when}{c.at}，被告人{c.who}{act}。经{_local(c.district)}价格认证中心鉴定，损失价值人民币{v}元。"


def _facts_bribery(rng: random.Random, c: Case) -> str:
    v = amount(rng, 30000, 3000000, 1000)
    post = pick(rng, f"{c.district}某局科长", "某村党支部书记、村委会主任", "某国有企业采购部经理", "某学校校长",
                "某医院设备科科长")
    favor = pick(rng, "项目审批", "工程招投标", "设备采购", "拆迁补偿款发放", "职务晋升")
    return (f"{c.span(rng)}，被告人{c.who}利用担任{post}的职务便利，在{favor}等方面为他人谋取利益，"
            f"先后{rng.randint(3, 30)}次非法收受{person(rng, anonymised=True)}等人给予的财物，折合人民币{v}元。"
            f"{maybe(rng, f'案发后，被告人{c.who}主动退缴全部赃款。')}")


def _facts_graft(rng: random.Random, c: Case) -> str:
    v = amount(rng, 20000, 900000)
    fund = pick(rng, "扶贫专项资金", "退耕还林补助款", "村集体土地征收补偿款", "低保金", "公司工程款")
    return (f"被告人{c.who}在担任"
            f"{pick(rng, '某村委会会计', '某乡镇财政所所长', '某国有公司出纳', '某街道社区主任')}期间，"
            f"利用职务便利，采取{pick(rng, '虚报冒领', '虚列支出', '截留不入账', '伪造领取人签名')}等手段，侵吞"
            f"{fund}人民币{v}元，"
            f"用于{pick(rng, '个人消费', '归还个人借款', '购买车辆')}。")


def _facts_refuse_exec(rng: random.Random, c: Case) -> str:
    v = amount(rng, 30000, 900000)
    basis = pick(rng, "借款本金", "工程款", "货款", "损害赔偿款", "房屋租金")
    hide = pick(rng, "将其名下的小型轿车低价转让给亲属", "将收入转入他人账户", "隐匿其经营收入",
                "在被限制高消费期间多次乘坐飞机出行", "将其名下房屋赠与其子")
    return (f"本院于{c.when}作出{_case_no(rng, c.district, '民初')}民事判决，判令被告人{c.who}向{c.vic}支付"
            f"{basis}人民币{v}元。"
            f"判决生效后，被告人{c.who}未履行义务，{c.vic}申请强制执行。执行过程中，被告人{c.who}在有能力履行的情况下，"
            f"{hide}，致使判决无法执行。")


def _facts_helping(rng: random.Random, c: Case) -> str:
    n = rng.randint(1, 6)
    v = amount(rng, 100000, 5000000, 100)
    return (f"{c.month}，被告人{c.who}明知他人利用信息网络实施犯罪，仍将其本人办理的{n}张银行卡及配套U盾、"
            f"手机卡以每张{rng.choice((300, 500, 800, 1000, 1500))}元的价格"
            f"{pick(rng, '出售', '出租', '提供')}给他人使用。"
            f"经查，上述银行卡流入资金共计人民币{v}元，其中电信诈骗被害人{c.vic}等人被骗资金{v // 20}元。")


# --------------------------------------------------------------------------- criminal matters (colloquial)


def _talk_theft(rng: random.Random) -> str:
    v = money(rng, amount(rng, 800, 30000), C)
    fam = rng.choice(FAMILY)
    est = rng.choice(ESTATES)
    return pick(
        rng,
        f"我的电动车{spoken_time(rng)}在{est}楼下被偷了，报警快一个月了一点消息都没有，派出所说在查，这种情况能去法院告吗",
        f"我{fam}在超市拿了几样东西没付钱被保安抓了，超市说价值{v}，现在人在派出所，会不会判刑啊，{rng.choice(WORRY)}",
        f"家里进贼了，丢了金镯子还有{v}现金，{pick(rng, '小偷前几天抓到了', '监控拍到人了')}，"
        f"东西能追回来吗？要不要自己去法院起诉",
        f"我{fam}跟人去工地偷电缆被抓了，警察说价值{v}，是初犯，能不能判缓刑，要赔钱的话赔给谁",
        f"店里装的监控拍到有人晚上撬门进来把收银台的{v}拿走了，人抓到了说没钱退，"
        f"{pick(rng, '咋办', '我该咋整', '法院能帮我要回来吗')}",
        f"在公交车上手机被偷了，{pick(rng, '新买的', '才买俩月')}，报警有用吗",
        f"盗窃多少钱以上会坐牢？我{fam}偷了邻居家{v}，人家已经报警了",
        f"说来话长，我在{rng.choice(ESTATES)}开了个小超市，{spoken_time(rng)}半夜有人把卷帘门撬开了，烟酒和抽屉里的{v}全拿走了。"
        f"报警以后派出所来拍了照做了笔录，说监控太模糊，到现在快两个月了没消息。保险也没买，这损失只能自己扛吗？"
        f"要是以后人抓到了，是派出所帮我要钱还是我得自己去法院告他",
    )


def _talk_fraud(rng: random.Random) -> str:
    v = money(rng, amount(rng, 5000, 300000), C)
    rel = rng.choice(RELATIONS)
    return pick(
        rng,
        f"有个人说认识领导能把我孩子弄进{pick(rng, '兰石', '电力公司', '烟草公司', '银行')}上班，前后收了我{v}“打点费”"
        f"，现在电话打不通了，这算诈骗吧，我该去派出所还是法院",
        f"我{rel}拿一个假房产证说抵押给我，借走{v}，后来去不动产中心一查房子根本不是他的，这是不是诈骗，能报警吗",
        f"{spoken_time(rng)}一个自称部队采购的人找我订菜，让先交{v}保证金，交完人就没了，"
        f"{pick(rng, '怎么办', '钱还能要回来吗', '报警了派出所说立案了，然后呢')}",
        f"我妈被人忽悠说能帮她买到便宜的法拍车，转了{v}过去就联系不上了，已经报案，骗子抓到后钱是法院判还给我们吗",
        f"被骗了{v}，对方已经被抓了，检察院打电话问我要不要出庭，我不出庭有影响吗",
        f"我妈今年七十多了，{spoken_time(rng)}在小区门口听人讲课，那人说自己是什么医院的专家，说能帮她办个“养老床位”，"
        f"前后让她交了{v}，还给了收据盖着章。后来我们去医院问，根本没这个人，章也是假的。已经报警了，"
        f"派出所说按诈骗立案了，老人家气得住院了，这钱还有希望要回来吗",
    )


def _talk_telecom(rng: random.Random) -> str:
    v = money(rng, amount(rng, 2000, 400000), C)
    return pick(
        rng,
        f"我被网上刷单骗了{v}报警了能追回来吗",
        f"接到一个说是{pick(rng, '京东', '淘宝', '抖音')}客服的电话，说要帮我关掉什么百万保障，不关每月扣钱，"
        f"我按他说的操作转了{v}，后来才反应过来被骗了，{pick(rng, '咋办', '还有救吗', '银行能不能帮我追回来')}",
        f"我在网上贷款，对方说我银行卡号填错了账户被冻结，要交解冻金，前前后后转了{v}，一分钱贷款没拿到，这个能起诉谁",
        f"网上认识一个人，聊了俩月，带我在一个平台投资，开始赚了点，后来投了{v}就提不出来了，"
        f"{pick(rng, '是不是杀猪盘', '报警了警察说是诈骗')}，能追回吗",
        f"我{rng.choice(FAMILY)}被电信诈骗骗了{v}，骗子说是公安局的，说他涉嫌洗钱，让他把钱转到安全账户，警察立案了但说追回很难，法院能管吗",
        "电诈的钱追回来一部分了，警察说要等判决以后按比例退，大概要多久",
        f"我是个宝妈，在家带孩子，{spoken_time(rng)}有人拉我进了个群说点赞关注就能赚钱，前几单真的返了几十块，"
        f"后来说要做“任务单”，先垫钱再返佣金，我一步步垫进去了{v}，最后说我操作失误要再交钱才能解冻。"
        f"我老公还不知道，我不敢跟他说，已经去派出所报案了，这种情况钱还能追回来吗，会不会要很久",
    )


def _talk_loan_fraud(rng: random.Random) -> str:
    v = money(rng, amount(rng, 200000, 2000000, 10000), C)
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}用假的流水和合同在银行贷了{v}，还不上了银行报警，现在人被刑拘了，贷款诈骗罪会判多重，把钱还上能不能轻判",
        "公司老板用我们的名字去银行贷款，说是帮公司周转，现在银行说这是骗贷，警察找我做笔录，我会不会也有事",
        f"我{fam}用别人的房本去贷款被发现了，银行报了案，家里想凑钱把贷款还上，还上以后还会追究刑事责任吗",
    )


def _talk_contract_fraud(rng: random.Random) -> str:
    v = money(rng, amount(rng, 50000, 900000, 1000), C)
    goods = rng.choice(("钢材", "水泥", "土豆", "苹果", "百合", "电缆"))
    return pick(
        rng,
        f"我们给一个外地老板发了一车{goods}，他付了点定金货一到就转手卖了，人也跑了，公安已经按合同诈骗立案了，货款{v}还能要回来吗",
        f"对方用假公司跟我签了合同，骗走了{v}的{goods}，现在人抓了，我是等刑事判决还是另外去法院起诉要钱",
        f"合同诈骗和一般的欠货款有啥区别？对方拿了我{v}的货，公司注销了人找不到，我想报警，派出所说是经济纠纷不给立案",
    )


def _talk_injury(rng: random.Random) -> str:
    v = money(rng, amount(rng, 20000, 300000, 1000), C)
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}跟人喝酒吵起来把人打了，鉴定是轻伤二级，对方要{v}才肯写谅解书，给了能不坐牢吗",
        f"我在烧烤店被邻桌几个人打了，鼻梁骨折，鉴定轻伤，派出所立案了，打人的说没钱，"
        f"{pick(rng, '我能要多少赔偿', '我该咋办', '刑事附带民事怎么弄')}",
        "因为停车的事跟邻居动手了，把他头打破了，现在说要刑事立案，能不能私了啊",
        f"故意伤害罪轻伤二级一般判多久？{fam}是初犯，已经赔了{v}",
        "被人拿刀捅伤住院一个多月，对方被抓了，检察院让我提附带民事诉讼，医药费误工费都能要吗",
        f"我{fam}在工地干活，下班跟同宿舍的人因为几句话吵起来，对方先动的手，{fam}顺手拿了根钢管打了他一下，"
        f"把人胳膊打骨折了，鉴定出来是轻伤一级。现在{fam}被刑拘了，对方要{v}才给写谅解书，我们家拿不出这么多，"
        f"是对方先动手的，这个能算正当防卫吗，不写谅解书是不是一定要坐牢",
    )


def _talk_drunk(rng: random.Random) -> str:
    bac = rng.randint(80, 230)
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}喝酒开车被抓了会判多久",
        f"酒驾被查，抽血结果{bac}毫克，算醉驾吗，会不会拘役，"
        f"{pick(rng, '公务员会被开除吗', '工作会不会丢', '以后孩子考公有影响吗')}",
        f"昨天晚上{pick(rng, '同学聚会', '单位聚餐', '朋友过生日')}喝了几杯开车回家，在"
        f"{rng.choice(STREETS)}被交警拦了，吹气{bac}，现在咋办",
        f"醉驾{bac}没出事故，认罪认罚能判缓刑吗，兰州这边一般怎么判",
        f"我{fam}骑摩托车喝了酒被查了，摩托车也算醉驾吗？酒精{bac}",
        f"我{fam}是跑网约车的，{spoken_time(rng)}亲戚家办事中午喝了两杯，以为睡了一下午酒劲过了，晚上开车出门在"
        f"{rng.choice(STREETS)}碰上查酒驾，吹出来超了，抽血结果{bac}。驾照肯定是吊销了，车也扣着，他现在整天在家不说话。"
        f"想问问这种情况一般拘役几个月，认罪认罚能不能缓刑，以后还能不能再考驾照",
    )


def _talk_traffic_crime(rng: random.Random) -> str:
    v = money(rng, amount(rng, 300000, 1200000, 10000), C)
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}开大车在{rng.choice(DISTRICTS)}撞死了人，交警认定全责，保险和我们一共赔了{v}，家属也签了谅解书，还会判刑吗，能缓刑吗",
        f"{fam}晚上开车撞了人吓得跑了，第二天自首的，人没抢救过来，逃逸是不是判得很重",
        "交通肇事罪和一般的交通事故有啥区别？我们这边撞了人对方重伤，交警说我负主要责任",
        f"我{fam}是开货车的，{spoken_time(rng)}早上在{rng.choice(DISTRICTS)}一个路口右转，没看见骑电动车的老人，"
        f"人送到医院没抢救过来。交警认定我们负主要责任，车上有交强险和商业险，保险公司说会赔，"
        f"我们自己也凑了{v}给对方家里，他们答应写谅解书。现在检察院在审查，想知道这种情况能不能判缓刑，需要请律师吗",
    )


def _talk_drug_sale(rng: random.Random) -> str:
    fam = rng.choice(FAMILY)
    g = f"{rng.randint(0, 3)}.{rng.randint(1, 9)}"
    return pick(
        rng,
        f"我{fam}因为卖了一点冰毒被抓了，说是{g}克，这么少也要判刑吗",
        f"我{fam}帮朋友带了点东西给别人，后来才知道是毒品，现在被抓了说是贩卖毒品，他真不知道，能辩解吗",
        f"贩毒{g}克一般判几年，{fam}还有前科",
        f"{fam}被抓了说是卖K粉，家里想请律师，毒品案子能取保候审吗",
        f"我{fam}以前吸过毒，戒了两年了，{spoken_time(rng)}他一个以前的朋友打电话让他帮忙“拿点东西”，"
        f"他就从别人那儿拿了一小包转给了那个朋友，收了三百块钱，结果那个朋友是被警察控制住的，当场就被抓了。"
        f"现在说他贩卖毒品，克数才{g}克，家里人想问问这种算不算贩卖，能不能说是帮忙代购",
    )


def _talk_drug_house(rng: random.Random) -> str:
    return pick(
        rng,
        "朋友在我出租屋里吸毒，我自己没吸，现在警察说我容留他人吸毒，这个罪严重吗",
        f"家里人吸毒被抓了，是去强制戒毒还是要判刑？{rng.choice(WORRY)}",
        f"我{rng.choice(FAMILY)}开宾馆的，有客人在房间里吸毒被查了，说他容留，他根本不知道啊",
        "容留他人吸毒两次会判多久，能不能判缓刑",
    )


def _talk_provocation(rng: random.Random) -> str:
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}喝多了在KTV跟人打架还砸了东西，派出所说是寻衅滋事，要刑拘，能不能赔钱了事",
        f"菜市场有几个人天天来白拿菜，不给就骂人掀摊子，报警也只是教育一下，"
        f"{pick(rng, '这算不算寻衅滋事', '我们该咋办')}",
        "寻衅滋事罪一般判多少年？我们这边就是喝酒后跟人吵了架，对方轻微伤",
        f"我{fam}跟几个朋友晚上在{rng.choice(STREETS)}吃烧烤，喝多了跟邻桌起了冲突，掀了桌子还推了老板一把，"
        f"老板报警了，派出所当时调解了，赔了店里两千块。没想到过了一个月又把他抓了，说是寻衅滋事，要刑事立案。"
        f"都已经赔过钱了怎么还能抓人，这种一般会怎么处理",
    )


def _talk_robbery(rng: random.Random) -> str:
    v = money(rng, amount(rng, 200, 6000), C)
    return pick(
        rng,
        f"晚上下班在巷子里被人拿刀抢了手机和{v}，人吓坏了，报警后抓到了，我能让他赔钱吗",
        f"我{rng.choice(FAMILY)}才十七岁，跟几个人抢了一个学生的手机，这算抢劫吗，未成年会判吗",
        f"开出租的，半夜拉了个客人到{rng.choice(STREETS)}，他拿刀逼我把钱都掏出来了，{v}，人抓到了，法院开庭我要去吗",
    )


def _talk_snatch(rng: random.Random) -> str:
    v = money(rng, amount(rng, 2000, 20000), C)
    return pick(
        rng,
        f"我骑车走在路上包被骑摩托车的人抢了，人也摔伤了，"
        f"{pick(rng, '抢夺和抢劫有啥区别', '现在人抓到了我要去法院吗')}",
        f"有人抢了我妈脖子上的金项链，{v}买的，警察抓到人了，东西已经被卖掉了咋办",
        f"在{rng.choice(STREETS)}打电话的时候手机被人一把夺走了，追都追不上，{v}的手机，能立案吗",
    )


def _talk_extortion(rng: random.Random) -> str:
    v = money(rng, amount(rng, 5000, 100000), C)
    return pick(
        rng,
        f"有人拿着我的聊天记录威胁我，说不给{v}就发给我老婆和单位，我已经给了一部分了，他还要，能报警吗",
        f"店里有人吃饭说吃出了头发，要我们给{v}不然就发到网上曝光，这算敲诈勒索吗",
        f"网上认识的人录了视频威胁我转钱，{pick(rng, '我转了' + v, '我还没转')}，我该怎么办，会不会被曝光",
    )


def _talk_deposits(rng: random.Random) -> str:
    v = money(rng, amount(rng, 30000, 600000, 1000), C)
    rel = pick(rng, "我妈", "我爸", "我们家老人", "我", "我丈人")
    return pick(
        rng,
        f"{rel}在一个养老公司存了{v}，说每个月给利息，现在老板被抓了，说是非法集资，钱还能退吗",
        f"{rel}投了{v}买什么原始股，现在公司被公安查封了，让我们去登记，登记了以后要等多久才能退钱",
        f"{spoken_time(rng)}跟着亲戚在一个合作社入股{v}，说年收益18%，现在说涉嫌非法吸收公众存款，老板判了刑我们的钱怎么办",
        f"非法集资的案子判了，判决书上写着责令退赔，可{rel}的{v}到现在一分没退，该找法院哪个部门",
        f"{rel}退休以后天天去一个“健康养老”公司听课，领鸡蛋领挂面，后来人家说投钱进去每个月有1.5分的利息，"
        f"{rel}前前后后把养老钱{v}都投进去了，头几个月利息按时给，去年年底公司突然关门，老板被抓了。"
        f"公安让我们去登记报案，说是非法吸收公众存款，现在案子到法院了，我们这些受害人能拿回多少，要不要自己请律师",
    )


def _talk_embezzle(rng: random.Random) -> str:
    v = money(rng, amount(rng, 30000, 900000, 1000), C)
    return pick(
        rng,
        f"公司的出纳把客户打来的{v}转到了自己卡上，人现在不来上班了，我们是报警还是起诉",
        f"我们店长私下把店里的货拿出去卖了，算下来有{v}，我是老板，这算职务侵占吗",
        f"我{rng.choice(FAMILY)}在公司管账，挪了公司{v}炒股亏了，公司报警了，现在把钱补上还来得及吗",
        "会计把公司的钱借给她朋友了，说过几个月就还，现在过了半年还没还，能不能告她挪用资金",
        f"我开了个建材门市，雇了个亲戚管账收钱，平时挺信任他的。{spoken_time(rng)}对账发现少了一大块，"
        f"一查才知道他把客户转来的货款{v}转到了自己卡上，说是借去周转，到现在一分没还，人也躲着不见。"
        f"我们是小公司，这种是能报警让公安管，还是只能去法院起诉要钱",
    )


def _talk_wage_crime(rng: random.Random) -> str:
    n = rng.randint(8, 40)
    return pick(
        rng,
        f"包工头欠了我们{n}个人的工钱跑了，劳动监察说已经移送公安了，他被抓了会判刑吗，判了刑工钱是不是就不用给了",
        "老板被以拒不支付劳动报酬罪抓了，我们几个工人需要去法院作证吗，钱谁来给",
        "拒不支付劳动报酬罪是怎么判的，我们这边的老板被公安立案了，他家里人说要先把钱付了求我们写谅解",
    )


def _talk_card_fraud(rng: random.Random) -> str:
    v = money(rng, amount(rng, 20000, 200000, 1000), C)
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}信用卡透支了{v}一直没还，现在银行说报警了，说是信用卡诈骗，真的会坐牢吗",
        "捡了一张信用卡在超市刷了几次，被抓了，这算信用卡诈骗吗",
        "收到公安的电话说我恶意透支涉嫌犯罪，让去派出所，我去了会不会直接被关起来",
    )


def _talk_obstruct(rng: random.Random) -> str:
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"我{fam}喝了酒跟警察推搡了几下，被说妨害公务刑拘了，这个严重吗，能取保吗",
        f"交警查车时我{fam}情绪激动把执法记录仪打掉了，现在说要追究刑事责任，{rng.choice(WORRY)}",
        "城管收摊的时候我爸跟他们吵起来动了手，现在被带走了，会判刑吗",
    )


def _talk_casino(rng: random.Random) -> str:
    return pick(
        rng,
        "我在小区开了个棋牌室，就是收点台费，被派出所说是开设赌场，这咋就成犯罪了",
        f"我{rng.choice(FAMILY)}在微信群里组织人抢红包赌钱，被抓了，开设赌场罪一般判多久",
        "打麻将赌钱和开设赌场罪区别是什么？我们几个朋友玩被抓了，房东也被带走了",
    )


def _talk_mining(rng: random.Random) -> str:
    return pick(
        rng,
        f"我{rng.choice(FAMILY)}在河滩上拉了几车沙子去卖，被说是非法采矿，要判刑吗",
        "村里人都在河道里挖沙，就我们家被抓了，挖掘机也扣了，非法采矿多少方才够罪",
        "承包了个砂场，采矿证过期了还在挖，现在被立案了，补办手续还来得及吗",
    )


def _talk_logging(rng: random.Random) -> str:
    return pick(
        rng,
        f"自家承包地里的杨树砍了{rng.randint(50, 300)}棵，林业站说没办采伐证要追究刑事责任，自己种的树也不能砍吗",
        "滥伐林木罪是按棵算还是按方算，我们砍的树都卖给木材厂了",
        f"我{rng.choice(FAMILY)}把房前屋后的老树卖给了收木头的，被森林公安叫去了，说是滥伐，咋整",
    )


def _talk_fire(rng: random.Random) -> str:
    fam = rng.choice(FAMILY)
    return pick(
        rng,
        f"清明上坟烧纸不小心把山坡点着了，烧了一片林子，{fam}现在被派出所叫去了，会不会坐牢",
        f"我{fam}烧地里的秸秆把邻居大棚烧了，赔了钱还要判刑吗",
        "失火罪是不是过失犯罪，烧了几十亩草山会判几年",
    )


def _talk_gun(rng: random.Random) -> str:
    return pick(
        rng,
        f"我{rng.choice(FAMILY)}在网上买了把气枪玩，被警察查到了，说是非法持有枪支，气枪也算枪吗",
        "老家翻出来一把以前打猎用的土枪，一直没用过，现在自己交到派出所会追究吗",
        "家里有把仿真枪被查了，鉴定说达到枪支标准，这个会判几年",
    )


def _talk_conceal(rng: random.Random) -> str:
    return pick(
        rng,
        "我开二手手机店收了几部手机，后来警察说是偷来的，说我掩饰隐瞒犯罪所得，可我真不知道啊",
        f"朋友让我帮他取钱，给我{rng.choice(('五百', '一千', '两千'))}块好处费，后来才知道是诈骗来的钱，"
        f"我现在会被判刑吗",
        "收废品的时候收了一批电缆线，被说是赃物，我要担什么责任",
    )


def _talk_seal(rng: random.Random) -> str:
    return pick(
        rng,
        "公司有个员工私刻了公司的章对外签合同，这个能报警吗，合同算数吗",
        f"我{rng.choice(FAMILY)}为了办贷款找人刻了单位的章开收入证明，被发现了，会判刑吗",
        "发现有人拿我们公司的假公章在外面签工程合同，公安局说要先做鉴定，伪造印章罪怎么判",
    )


def _talk_vice(rng: random.Random) -> str:
    return pick(
        rng,
        f"我{rng.choice(FAMILY)}在足浴店当店长，店里有人搞卖淫被查了，他也被抓了，说是组织卖淫，他只是个打工的啊",
        "组织卖淫罪和容留卖淫罪有啥区别，判得重吗",
        "老板让我给店里招人，我不知道是干那个的，现在被带走问话，我会不会有事",
    )


def _talk_damage(rng: random.Random) -> str:
    v = money(rng, amount(rng, 3000, 50000), C)
    return pick(
        rng,
        f"邻居把我车划了好几道，监控拍到了，修车要{v}，报警后派出所说够故意毁坏财物了，能追究他刑事责任吗",
        f"我{rng.choice(FAMILY)}要工钱没要到，一气之下把老板店的玻璃砸了，老板报警说损失{v}，这会判刑吗",
        f"前男友把我家里东西砸了个稀巴烂，手机电脑全摔了，值{v}，我想让他坐牢",
    )


def _talk_bribery(rng: random.Random) -> str:
    return pick(
        rng,
        f"我{rng.choice(FAMILY)}在单位当科长，被说收了别人的钱，现在被留置了，家属能见吗，请律师有用吗",
        "送过礼给一个领导办事，现在领导出事了，我会不会被追究行贿",
        "受贿案子退了赃能少判吗，大概收了二十多万",
    )


def _talk_graft(rng: random.Random) -> str:
    return pick(
        rng,
        "村主任把我们村的征地补偿款扣了一部分，好多户都没拿全，这个去哪里举报，法院管不管",
        "我们村会计贪了扶贫款，听说已经被监委带走了，以后钱能退回来给我们吗",
        "社区主任冒领了好几户的低保金，这算贪污吗，我们能去法院告他吗",
    )


def _talk_refuse_exec(rng: random.Random) -> str:
    v = money(rng, amount(rng, 20000, 500000, 1000), C)
    return pick(
        rng,
        f"法院判了对方还我{v}，他名下的车偷偷过户给他小舅子了，就是不给钱，能不能告他拒不执行判决",
        "对方是老赖，限高了还天天坐飞机发朋友圈，执行法官说可以移送公安，拒执罪怎么启动",
        f"判决生效一年多了对方一分没给，{v}，听说可以自诉拒不执行判决裁定罪，要准备什么材料",
        f"打了两年官司，法院判对方还我{v}，判决生效以后他一分不给，执行法官说查不到他名下有财产。"
        f"可是我明明看见他开着新车，还在{rng.choice(ESTATES)}买了房子写的是他老婆的名字。我听说有个罪叫拒不执行判决裁定，"
        f"像这种情况能不能追究他刑事责任，要我自己收集证据吗",
    )


def _talk_helping(rng: random.Random) -> str:
    v = rng.choice(("五百", "八百", "一千", "两千", "三千"))
    return pick(
        rng,
        f"我把银行卡借给别人用了一下给了我{v}块，现在卡被冻结了，警察说我涉嫌帮信罪，咋办",
        f"{rng.choice(FAMILY)}在学校被人拉着办了几张卡卖了，一张{v}，现在公安打电话让去配合调查，他还是学生会不会坐牢",
        "银行卡突然被冻结，说是涉案账户，可能是之前借给朋友用过，我要怎么解冻，会被追究吗",
        "帮信罪一般判多久，我们就卖了两张卡，流水说是上百万",
        f"我{rng.choice(FAMILY)}今年刚毕业，{spoken_time(rng)}有个网友说帮忙“走流水”，把他的银行卡借出去几天一张给{v}块，"
        f"他就办了两张新卡给人家了。结果上个礼拜卡全被冻结了，外地公安打电话说卡里流进去好几十万诈骗的钱，"
        f"要他过去配合调查。他说真不知道是干啥的，这种情况会被定帮信罪吗，去了会不会直接被带走",
    )


# --------------------------------------------------------------------------- criminal assembly


@dataclass(frozen=True)
class Crime:
    """One charge: how the facts read, how the court names the conduct, how a family asks about it."""

    topic: str
    charge: str
    conduct: str
    article: str
    months: tuple[int, int]
    facts: Callable[[random.Random, Case], str]
    talk: Callable[[random.Random], str]
    detention: bool = False
    harm: str = "property"  # property | person | damage | public | fire: what restitution can look like


CRIMES = (
    Crime("crim_theft", "盗窃罪", "以非法占有为目的，秘密窃取他人财物，数额较大", "第二百六十四条", (4, 30),
          _facts_theft, _talk_theft),
    Crime("crim_fraud", "诈骗罪", "以非法占有为目的，虚构事实、隐瞒真相，骗取他人财物，"
                               "数额巨大", "第二百六十六条", (8, 84),
          _facts_fraud, _talk_fraud),
    Crime("crim_telecom_fraud", "诈骗罪", "伙同他人利用电信网络，虚构事实骗取他人财物，"
                                       "数额巨大", "第二百六十六条", (12, 96),
          _facts_telecom, _talk_telecom),
    Crime("crim_loan_fraud", "贷款诈骗罪", "以非法占有为目的，使用虚假证明文件骗取银行贷款，"
                                      "数额巨大", "第一百九十三条", (36, 120),
          _facts_loan_fraud, _talk_loan_fraud),
    Crime("crim_contract_fraud", "合同诈骗罪", "以非法占有为目的，在签订、履行合同过程中骗取对方当事人财物，数额巨大",
          "第二百二十四条", (24, 120), _facts_contract_fraud, _talk_contract_fraud),
    Crime("crim_injury", "故意伤害罪", "故意伤害他人身体，"
                                  "致一人轻伤", "第二百三十四条", (6, 36), _facts_injury, _talk_injury, harm="person"),
    Crime("crim_drunk_driving", "危险驾驶罪", "在道路上醉酒驾驶机动车", "第一百三十三条之一", (1, 6),
          _facts_drunk, _talk_drunk, detention=True, harm="public"),
    Crime("crim_traffic_crime", "交通肇事罪", "违反交通运输管理法规，因而发生重大事故，致一人死亡",
          "第一百三十三条", (10, 48), _facts_traffic_crime, _talk_traffic_crime, harm="person"),
    Crime("crim_drug_sale", "贩卖毒品罪", "明知是毒品而贩卖", "第三百四十七条", (6, 60),
          _facts_drug_sale, _talk_drug_sale, harm="public"),
    Crime("crim_drug_house", "容留他人吸毒罪", "提供场所容留他人吸食毒品", "第三百五十四条", (6, 24),
          _facts_drug_house, _talk_drug_house, harm="public"),
    Crime("crim_provocation", "寻衅滋事罪", "随意殴打他人，强拿硬要、任意毁损他人财物，"
                                       "情节恶劣", "第二百九十三条", (8, 48),
          _facts_provocation, _talk_provocation, harm="person"),
    Crime("crim_robbery", "抢劫罪", "以非法占有为目的，采用暴力、胁迫手段劫取他人财物", "第二百六十三条", (36, 120),
          _facts_robbery, _talk_robbery),
    Crime("crim_snatching", "抢夺罪", "以非法占有为目的，公然夺取他人财物，数额较大", "第二百六十七条", (6, 36),
          _facts_snatch, _talk_snatch),
    Crime("crim_extortion", "敲诈勒索罪", "以非法占有为目的，采用威胁、要挟手段强行索取他人财物，"
                                     "数额较大", "第二百七十四条", (8, 48),
          _facts_extortion, _talk_extortion),
    Crime("crim_illegal_deposits", "非法吸收公众存款罪", "违反国家金融管理法规，变相吸收公众存款，扰乱金融秩序，"
                                                "数额巨大",
          "第一百七十六条", (24, 96), _facts_deposits, _talk_deposits),
    Crime("crim_fundraising_fraud", "集资诈骗罪", "以非法占有为目的，使用诈骗方法非法集资，"
                                             "数额特别巨大", "第一百九十二条",
          (84, 180), _facts_fund_fraud, _talk_deposits),
    Crime("crim_job_embezzlement", "职务侵占罪", "利用职务上的便利，将本单位财物非法占为己有，"
                                            "数额较大", "第二百七十一条",
          (8, 60), _facts_job_embezzle, _talk_embezzle),
    Crime("crim_misappropriation", "挪用资金罪", "利用职务上的便利，挪用本单位资金归个人使用，数额较大、超过三个月未还",
          "第二百七十二条", (8, 48), _facts_misappropriate, _talk_embezzle),
    Crime("crim_wage_refusal", "拒不支付劳动报酬罪", "以逃匿方法逃避支付劳动者的劳动报酬，数额较大，"
                                            "经政府有关部门责令支付仍不支付",
          "第二百七十六条之一", (6, 36), _facts_wage_refusal, _talk_wage_crime),
    Crime("crim_card_fraud", "信用卡诈骗罪", "以非法占有为目的，恶意透支，数额较大", "第一百九十六条", (10, 60),
          _facts_card_fraud, _talk_card_fraud),
    Crime("crim_obstruction", "妨害公务罪", "以暴力方法阻碍国家机关工作人员依法执行职务", "第二百七十七条", (4, 24),
          _facts_obstruct, _talk_obstruct, harm="public"),
    Crime("crim_casino", "开设赌场罪", "以营利为目的，"
                                  "开设赌场", "第三百零三条", (8, 48), _facts_casino, _talk_casino, harm="public"),
    Crime("crim_illegal_mining", "非法采矿罪", "违反矿产资源法的规定，未取得采矿许可证擅自采矿，"
                                          "情节严重", "第三百四十三条",
          (6, 36), _facts_mining, _talk_mining, harm="public"),
    Crime("crim_illegal_logging", "滥伐林木罪", "违反森林法的规定，滥伐林木，数量较大", "第三百四十五条", (6, 36),
          _facts_logging, _talk_logging, harm="public"),
    Crime("crim_gun", "非法持有枪支罪", "违反枪支管理规定，"
                                 "非法持有枪支", "第一百二十八条", (6, 36), _facts_gun, _talk_gun, harm="public"),
    Crime("crim_negligent_fire", "失火罪", "过失引起火灾，造成公私财产重大损失", "第一百一十五条第二款", (6, 36),
          _facts_fire, _talk_fire, harm="fire"),
    Crime("crim_concealment", "掩饰、隐瞒犯罪所得罪", "明知是犯罪所得而予以收购、代为销售", "第三百一十二条", (6, 36),
          _facts_conceal, _talk_conceal),
    Crime("crim_forged_seal", "伪造公司印章罪", "伪造公司印章", "第二百八十条第二款", (6, 30), _facts_seal, _talk_seal,
          harm="public"),
    Crime("crim_prostitution", "组织卖淫罪", "以招募、雇佣等手段组织他人卖淫", "第三百五十八条", (60, 120),
          _facts_prostitution, _talk_vice, harm="public"),
    Crime("crim_property_damage", "故意毁坏财物罪", "故意毁坏他人财物，数额较大", "第二百七十五条", (4, 24),
          _facts_damage, _talk_damage, harm="damage"),
    Crime("crim_bribery", "受贿罪", "身为国家工作人员，利用职务上的便利，非法收受他人财物，为他人谋取利益，数额巨大",
          "第三百八十五条", (36, 120), _facts_bribery, _talk_bribery, harm="public"),
    Crime("crim_embezzlement", "贪污罪", "身为国家工作人员，利用职务上的便利，侵吞公共财物，数额较大", "第三百八十二条",
          (12, 60), _facts_graft, _talk_graft),
    Crime("crim_refuse_judgment", "拒不执行判决、裁定罪", "对人民法院的判决有能力执行而拒不执行，"
                                                "情节严重", "第三百一十三条",
          (6, 36), _facts_refuse_exec, _talk_refuse_exec),
    Crime("crim_helping_network", "帮助信息网络犯罪活动罪", "明知他人利用信息网络实施犯罪，为其犯罪提供支付结算帮助，"
                                                 "情节严重",
          "第二百八十七条之二", (6, 24), _facts_helping, _talk_helping, harm="public"),
)

EVIDENCE = ("被害人陈述", "证人证言", "现场勘验检查笔录", "扣押决定书及扣押清单", "价格认定结论书", "监控视频截图",
            "辨认笔录", "银行交易明细", "户籍证明", "到案经过", "鉴定意见", "手机微信聊天记录", "调取证据通知书")
CAUGHT = (
    "被告人{who}于{d}被公安民警抓获归案，到案后如实供述了上述犯罪事实。",
    "被告人{who}于{d}主动到{police}{pcs}派出所投案，并如实供述了犯罪事实。",
    "{d}，被告人{who}在{place}被抓获。",
    "案发后，被告人{who}经民警电话通知后主动到案。",
    "被告人{who}于{d}被抓获，归案后对其犯罪事实供认不讳。",
)
RESTITUTION = {
    "property": (
        "案发后，涉案财物已部分追回并发还被害人。",
        "被告人{who}的家属代其退赔了被害人的全部经济损失，被害人出具了谅解书。",
        "审理期间，被告人{who}退赔被害人部分经济损失。",
        "赃款已退赔。",
        "公安机关依法冻结了涉案账户内的部分资金。",
        "案发后，被告人{who}未退赔被害人损失。",
    ),
    "person": (
        "案发后，被告人{who}赔偿被害人医疗费等各项经济损失{v}元，取得了被害人的谅解。",
        "被告人{who}与被害人达成刑事和解协议，一次性赔偿{v}元。",
        "被害人提起附带民事诉讼，要求赔偿医疗费、误工费等损失{v}元。",
        "被告人{who}至今未赔偿被害人的经济损失。",
    ),
    "public": (
        "审理期间，被告人{who}预交罚金{v}元。",
        "公安机关依法扣押了涉案手机、车辆等物品。",
        "被告人{who}退缴了全部违法所得。",
        "被告人{who}在审查起诉阶段签署了认罪认罚具结书。",
    ),
    "damage": (
        "案发后，被告人{who}赔偿了被害人的全部损失，取得谅解。",
        "被告人{who}的家属代为赔偿被害人车辆维修费用，被害人表示谅解。",
        "被告人{who}至今未赔偿被害人损失。",
    ),
    "fire": (
        "案发后，被告人{who}赔偿了受损方部分经济损失，并补植树苗。",
        "被告人{who}与受损村民达成赔偿协议，赔偿{v}元。",
    ),
}
PRIOR_CHARGES = ("盗窃罪", "故意伤害罪", "诈骗罪", "寻衅滋事罪", "贩卖毒品罪", "抢夺罪", "危险驾驶罪")
EDUCATION = ("小学", "初中", "初中", "高中", "中专", "大专", "文盲")
JOBS = ("无业", "农民", "个体经营者", "务工人员", "出租车司机", "原某公司职员", "务农")
ETHNIC = ("汉族", "汉族", "汉族", "汉族", "回族", "东乡族", "藏族")
MITIGATION = (
    "被告人{who}到案后如实供述自己的罪行，系坦白，依法可以从轻处罚",
    "被告人{who}自愿认罪认罚，可以依法从宽处理",
    "被告人{who}系累犯，应当从重处罚",
    "被告人{who}有自首情节，可以从轻处罚",
    "被告人{who}积极退赔被害人损失并取得谅解，可以酌情从轻处罚",
    "被告人{who}系初犯、偶犯，认罪悔罪态度较好",
    "被告人{who}曾因犯罪受过刑事处罚，可酌情从重处罚",
)
POLICE_STATIONS = {
    "城关区": ("东岗", "伏龙坪", "白银路", "雁滩"), "七里河区": ("西湖", "敦煌路", "西站", "土门墩"),
    "西固区": ("陈坪", "福利路", "西固城"), "安宁区": ("培黎", "刘家堡", "安宁堡"),
    "红古区": ("海石湾", "窑街", "红古城"),
    "永登县": ("城关", "连城", "中堡"), "皋兰县": ("石洞", "什川", "忠和"), "榆中县": ("城关", "夏官营", "和平"),
    "兰州新区": ("中川", "秦川", "西岔"),
}


def _sentence(rng: random.Random, crime: Crime) -> str:
    lo, hi = crime.months
    n = rng.randint(lo, hi)
    fine = rng.choice((2000, 3000, 5000, 8000, 10000, 20000, 50000))
    if crime.detention:
        text = f"拘役{n}个月"
        if rng.random() < 0.4:
            text += f"，缓刑{n + rng.randint(1, 4)}个月"
        return text + f"，并处罚金人民币{fine}元"
    years, rest = divmod(n, 12)
    term = (f"{years}年" if years else "") + (f"{rest}个月" if rest else "")
    text = f"有期徒刑{term}"
    if n <= 36 and rng.random() < 0.35:
        text += f"，缓刑{rng.randint(max(1, years), 5)}年"
    if crime.charge not in ("妨害公务罪", "交通肇事罪", "非法持有枪支罪", "失火罪", "故意伤害罪") or rng.random() < 0.2:
        text += f"，并处罚金人民币{fine}元"
    return text


def _mitigation(rng: random.Random, crime: Crime, c: Case, k: int) -> str:
    """``k`` sentencing circumstances that do not contradict each other."""
    pool = [m for m in MITIGATION if crime.harm != "public" or "被害人" not in m]
    chosen = rng.sample(pool, min(k, len(pool)))
    if any("自首" in m for m in chosen):
        chosen = [m for m in chosen if "坦白" not in m]
    if any("累犯" in m for m in chosen):
        chosen = [m for m in chosen if "初犯" not in m and "受过刑事处罚" not in m]
    return "；".join(_fill(rng, m, c) for m in chosen)


def _fill(rng: random.Random, template: str, c: Case) -> str:
    return template.format(
        who=c.who, d=c.later(rng, 0, 6), police=_police(c.district),
        pcs=rng.choice(POLICE_STATIONS[c.district]), place=place(rng), v=amount(rng, 3000, 80000),
    )


def _evidence(rng: random.Random, crime: Crime) -> str:
    pool = EVIDENCE if crime.harm != "public" else EVIDENCE[1:4] + EVIDENCE[5:] + ("检验报告",)
    items = rng.sample(pool, rng.randint(3, 6))
    listed = "、".join(items)
    return pick(rng, f"上述事实，有{listed}等证据证实，足以认定。", f"认定上述事实的证据有：{listed}等。",
                f"上述事实，被告人在开庭审理过程中亦无异议，且有{listed}等证据予以证实。",
                f"上述事实，有经庭审举证、质证的{listed}等证据证实，本院予以确认。")


def _aftermath(rng: random.Random, crime: Crime, c: Case) -> str:
    parts = [_fill(rng, rng.choice(CAUGHT), c)]
    if rng.random() < 0.65:
        parts.append(_fill(rng, rng.choice(RESTITUTION[crime.harm]), c))
    rng.shuffle(parts)
    return "".join(parts)


def _defendant_intro(rng: random.Random, crime: Crime, c: Case) -> str:
    """The identity paragraph at the top of a criminal judgment."""
    sex = pick(rng, "男", "男", "男", "女")
    born = f"{c.year - _age(rng, 19, 60)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日出生"
    county = rng.choice(("榆中县", "永登县", "会宁县", "临洮县", "定西市安定区", "天水市秦州区"))
    origin = pick(rng, f"甘肃省{county}人",
                  f"户籍地{rng.choice(DISTRICTS)}", "甘肃省兰州市人")
    held = pick(rng, f"因涉嫌犯{crime.charge}于{c.later(rng, 0, 2)}被刑事拘留，同年经批准被逮捕。"
                     f"现羁押于兰州市第一看守所。",
                f"因涉嫌犯{crime.charge}于{c.later(rng, 0, 2)}被取保候审。",
                f"因本案于{c.later(rng, 0, 2)}被监视居住。")
    prior = maybe(rng, f"曾于{c.year - rng.randint(3, 8)}年因犯{rng.choice(PRIOR_CHARGES)}被判处有期徒刑，"
                       f"刑满释放。", 0.25)
    return (f"被告人{c.who}，{sex}，{born}，{rng.choice(ETHNIC)}，{origin}，{rng.choice(EDUCATION)}文化，"
            f"{rng.choice(JOBS)}，"
            f"住{home(rng)}。{prior}{held}")


def _crim_indictment(rng: random.Random, crime: Crime, c: Case) -> str:
    proc = _procuratorate(rng, c.district)
    opening = pick(rng, f"{proc}指控：", "公诉机关指控：", f"{proc}指控称，", "起诉书指控：")
    tail = pick(rng, f"公诉机关认为，被告人{c.who}{crime.conduct}，其行为已构成{crime.charge}，提请本院依法判处。",
                f"公诉机关认为，应当以{crime.charge}追究被告人{c.who}的刑事责任，并建议判处{_sentence(rng, crime)}。",
                f"据此，公诉机关认为被告人{c.who}的行为触犯了《中华人民共和国刑法》{crime.article}之规定，"
                f"犯罪事实清楚，证据确实、充分，应当以{crime.charge}追究其刑事责任。")
    evidence = maybe(rng, f"公诉机关当庭出示了{'、'.join(rng.sample(EVIDENCE[1:], 4))}等证据。", 0.6)
    intro = maybe(rng, _defendant_intro(rng, crime, c), 0.35)
    return intro + opening + crime.facts(rng, c) + maybe(rng, _aftermath(rng, crime, c), 0.7) + evidence + tail


def _crim_findings(rng: random.Random, crime: Crime, c: Case) -> str:
    facts = crime.facts(rng, c)
    extra = ""
    if rng.random() < 0.35:
        extra = pick(rng, f"另查明，被告人{c.who}曾于{c.year - rng.randint(2, 6)}年因犯"
                          f"{rng.choice(PRIOR_CHARGES)}被判处有期徒刑，"
                          "刑满释放后五年内再犯。",
                     f"另查明，被告人{c.who}在羁押期间表现良好，{pick(rng, '无违规行为', '主动检举他人违法行为')}。",
                     f"另查明，被告人{c.who}系{rng.choice(DISTRICTS)}人，{_age(rng)}岁，{rng.choice(EDUCATION)}文化，"
                     f"{rng.choice(JOBS)}，{pick(rng, '家中有年迈父母需要照顾', '系家庭主要经济来源', '未婚')}。",
                     f"另查明，{_procuratorate_name(c.district)}于{c.later(rng, 4, 10)}对被告人{c.who}提出量刑建议，"
                     "被告人表示同意。")
    return (pick(rng, "经审理查明：", "本院经审理查明：", "经审理查明，", "法院经审理查明：") + facts +
            _aftermath(rng, crime, c) + extra + maybe(rng, _evidence(rng, crime), 0.75))


def _crim_header(rng: random.Random, crime: Crime, c: Case) -> str:
    proc = _procuratorate_name(c.district)
    no = f"{PROC_ABBR[c.district]}刑诉〔{c.later(rng, 3, 10)[:4]}〕{rng.randint(10, 900)}号"
    procedure = pick(rng, "适用简易程序", "适用速裁程序", "依法组成合议庭", "适用普通程序")
    presence = pick(rng, f"{proc}指派检察员{person(rng, anonymised=True)}出庭支持公诉，被告人"
                         f"{c.who}及其辩护人到庭参加诉讼。",
                    "", f"被告人{c.who}到庭参加诉讼。")
    head = (f"{proc}以{no}起诉书指控被告人{c.who}犯{crime.charge}，于{c.later(rng, 10, 14)}"
            f"向本院提起公诉。本院受理后，{procedure}，公开开庭审理了本案。{presence}现已审理终结。")
    return head + "经审理查明：" + crime.facts(rng, c) + maybe(rng, _aftermath(rng, crime, c), 0.8)


def _crim_reasoning(rng: random.Random, crime: Crime, c: Case) -> str:
    mit = _mitigation(rng, crime, c, rng.randint(1, 3))
    head = ""
    if rng.random() < 0.75:
        head = pick(rng, "经审理查明：", "经审理查明，") + crime.facts(rng, c)
        head += maybe(rng, _aftermath(rng, crime, c), 0.5)
    court = pick(rng, "本院认为，", "本院认为：")
    verdict = pick(rng, f"依照《中华人民共和国刑法》{crime.article}、第六十七条第三款之规定，判决如下：被告人{c.who}犯"
                        f"{crime.charge}，"
                        f"判处{_sentence(rng, crime)}。",
                   "公诉机关指控的罪名成立，量刑建议适当，本院予以采纳。",
                   f"综合考虑被告人的犯罪情节和悔罪表现，对其判处{_sentence(rng, crime)}。")
    return f"{head}{court}被告人{c.who}{crime.conduct}，其行为已构成{crime.charge}。{mit}。{verdict}"


def _crim_defence(rng: random.Random, crime: Crime, c: Case) -> str:
    plea = pick(rng, f"被告人{c.who}对公诉机关指控的犯罪事实和罪名均无异议，自愿认罪认罚，"
                     f"并在辩护人见证下签署了认罪认罚具结书。",
                f"被告人{c.who}辩称，其{pick(rng, '并非故意', '对涉案金额有异议', '系受他人指使', '不知道行为违法')}，"
                f"请求从轻处罚。",
                f"被告人{c.who}对指控的基本事实无异议，但辩称"
                f"{pick(rng, '部分款项系正常经营往来', '其未参与全部犯罪', '损失金额计算有误')}。")
    made_good = pick(rng, "退赔全部损失", "取得被害人谅解", "积极赔偿") if crime.harm != "public" else "预交罚金"
    point = pick(rng, "公诉机关指控的数额证据不足", "被告人系从犯，应当减轻处罚", "被告人有立功表现")
    counsel = pick(rng, f"其辩护人提出：被告人{c.who}系初犯，到案后如实供述，且已{made_good}，"
                        "建议对其从轻处罚并适用缓刑。",
                   f"辩护人提出，{point}，请求法庭予以考虑。",
                   "")
    opening = pick(rng, "公诉机关指控：", f"{_procuratorate(rng, c.district)}指控：")
    return opening + crime.facts(rng, c) + maybe(rng, _aftermath(rng, crime, c), 0.5) + plea + counsel


def _crim_long(rng: random.Random, crime: Crime, c: Case) -> str:
    """A longer excerpt: procedure, findings, evidence and the court's reasoning."""
    mit = _mitigation(rng, crime, c, 1)
    reasoning = (f"本院认为，被告人{c.who}{crime.conduct}，其行为已构成{crime.charge}。"
                 f"{_procuratorate_name(c.district)}指控被告人{c.who}犯{crime.charge}的事实清楚，证据确实、充分，"
                 f"指控罪名成立。{mit}。")
    verdict = maybe(rng, f"判决如下：被告人{c.who}犯{crime.charge}，判处{_sentence(rng, crime)}。", 0.6)
    return _crim_header(rng, crime, c) + maybe(rng, _evidence(rng, crime), 0.7) + reasoning + verdict


CRIM_STYLES = (_crim_indictment, _crim_findings, _crim_findings, _crim_header, _crim_reasoning, _crim_defence,
               _crim_long, _crim_long)


def criminal_formal(rng: random.Random, crime: Crime) -> str:
    c = Case.draw(rng)
    return strip_final_periods(rng, rng.choice(CRIM_STYLES)(rng, crime, c))


def criminal_colloquial(rng: random.Random, crime: Crime) -> str:
    text = crime.talk(rng)
    if rng.random() < 0.3:
        text = _opener(rng) + text
    if rng.random() < 0.25 and not text.endswith(("？", "吗", "啊")):
        text += pick(rng, "？", "。", "，谢谢", "，在线等", "，急", "！")
    return text


# --------------------------------------------------------------------------- administrative cases

AGENCIES = {
    "traffic": "兰州市公安局交通警察支队{d}大队",
    "police": "兰州市公安局{d}分局",
    "hrss": "兰州市人力资源和社会保障局",
    "urban": "{d}城市管理综合执法局",
    "registry": "兰州市不动产登记事务中心",
    "market": "{d}市场监督管理局",
    "env": "兰州市生态环境局",
    "gov": "{d}人民政府",
}
REVIEW_BODIES = ("兰州市人民政府", "甘肃省人力资源和社会保障厅", "兰州市公安局", "{d}人民政府")


def _agency(rng: random.Random, key: str, district: str | None = None) -> str:
    district = district or rng.choice(DISTRICTS)
    if key in ("traffic", "police"):
        if district.endswith("县"):
            return f"{district}公安局" + ("交通警察大队" if key == "traffic" else "")
        if district != "兰州新区":
            district = district.removesuffix("区")
    return AGENCIES[key].format(d=district)


def _doc_no(rng: random.Random, prefix: str, year: int) -> str:
    return f"{prefix}〔{year}〕{rng.randint(3, 2999)}号"


def _admin_note(rng: random.Random) -> str:
    return pick(rng, "系依法负责本行政区域内相关工作的行政机关", "在作出被诉行政行为前履行了告知程序",
                "未能提供作出行政行为时的证据", "在法定期限内提交了作出行政行为的证据和依据")


def _admin_frame(rng: random.Random, tl: Timeline, plaintiff: str, defendant: str, facts: str, claim: str) -> str:
    """Wrap administrative facts in one of several document shapes."""
    review = rng.choice(REVIEW_BODIES).format(d=rng.choice(DISTRICTS))
    shape = rng.randrange(4)
    if shape == 0:
        return (f"原告{plaintiff}诉称，{facts}原告不服，"
                f"{maybe(rng, f'曾向{review}申请行政复议，复议机关维持了原行政行为，')}"
                f"现诉至法院，请求：1.{claim}；2.本案诉讼费由被告承担。")
    if shape == 1:
        flaw = pick(rng, "认定事实不清", "程序违法", "适用法律错误") if "履行" not in claim else "属于怠于履行法定职责"
        return (f"原告{plaintiff}向本院提出诉讼请求：{claim}。事实与理由：{facts}被告的行为{flaw}，"
                f"{pick(rng, '严重侵害了原告的合法权益', '故诉至法院，请求依法判决')}。")
    if shape == 2:
        return (f"经审理查明：{facts}"
                f"{maybe(rng, f'原告不服，于{tl.next()}向{review}申请行政复议，{review}作出维持决定。', 0.6)}"
                f"另查明，被告{defendant}{_admin_note(rng)}。")
    if shape == 3 and rng.random() < 0.5:
        return (f"被告{defendant}辩称：{facts.split('。')[0]}。被告作出的行政行为"
                f"{pick(rng, '认定事实清楚，证据确实充分', '程序合法，适用法律正确')}，"
                f"{pick(rng, '原告的诉讼请求缺乏事实和法律依据', '原告的起诉已超过法定起诉期限')}，"
                f"请求依法驳回原告的诉讼请求。")
    who = plaintiff if len(plaintiff) > 3 else (f"{plaintiff}（{pick(rng, '男', '女')}，{_age(rng, 25, 70)}岁，住"
                                                f"{home(rng)}）")
    return (f"当事人{who}到{pick(rng, '兰州铁路运输法院', '本院')}诉讼服务中心反映：{facts}"
            f"诉求：{claim}。{maybe(rng, '经释明，当事人表示坚持提起行政诉讼。')}")


def _admin_traffic(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    fine = rng.choice((100, 150, 200, 500, 1000, 2000))
    pts = rng.choice((3, 6, 9, 12))
    if reg == C:
        return pick(
            rng,
            "交警给我贴了罚单说我违停，我明明停在划线车位里，能告交警吗",
            f"被电子眼拍了说我闯红灯，罚{fine}扣{pts}分，可那天绿灯坏了，行政复议还是直接去法院",
            f"交警说我开车打电话，罚了{fine}，根本没有证据，我不服咋办",
            "车被交警拖走扣了半个月，停车费要交好几千，这合法吗，我想告他们",
            f"驾照被吊销了，说我{pick(rng, '酒驾', '记满分没学习', '肇事逃逸')}，可我觉得处罚太重，"
            f"起诉交警大队去哪个法院",
            f"在{rng.choice(STREETS)}被交警说压实线，罚款{fine}，我看了视频根本没压，这种小事值不值得打官司",
        )
    plaintiff, d = person(rng), rng.choice(DISTRICTS)
    objection = pick(rng, "现场并无禁停标志", "执法视频不能证明其违法", "其车辆当时处于静止状态",
                     "被告未告知其陈述申辩权利")
    facts = (f"{tl.next()}，被告{_agency(rng, 'traffic', d)}以原告驾驶{_plate(rng)}号小型轿车在{d}{rng.choice(STREETS)}"
             f"{pick(rng, '违反禁止标线指示', '驾车时拨打手持电话', '不按规定停放', '闯红灯')}为由，作出编号为"
             f"{rng.randint(10**9, 10**10)}的"
             f"《公安交通管理简易程序处罚决定书》，对原告处以罚款{fine}元、记{pts}分。原告认为{objection}。")
    return _admin_frame(rng, tl, plaintiff, _agency(rng, "traffic", d), facts, "撤销被告作出的公安交通管理处罚决定")


def _admin_demolition(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    if reg == C:
        return pick(
            rng,
            "城管没下任何文书就把我家院子里盖的彩钢房拆了，说是违建，东西都砸坏了，能告城管要赔偿吗",
            f"我在{rng.choice(ESTATES)}顶楼搭了个阳光房，城管限期三天自行拆除，不拆就强拆，我能申请复议吗",
            f"我们门口的{pick(rng, '早餐摊', '水果摊')}被城管收了东西，三轮车也扣了，说罚款才给，找谁说理去",
            f"{spoken_time(rng)}城管把我们村的养殖棚当违建强拆了，我们有村里的批条，起诉城管局告得赢吗",
            "街道办叫人半夜把我家院墙推了，连个通知都没有，这是谁拆的都不承认，该告谁",
        )
    plaintiff, d = person(rng), rng.choice(DISTRICTS)
    structure = pick(rng, "彩钢房两间", "砖混结构房屋一处", "养殖棚", "二层加建部分", "门面房前的钢结构雨棚")
    facts = (f"原告在{d}{rng.choice(STREETS)}建有{structure}。{tl.next()}，被告{_agency(rng, 'urban', d)}作出"
             f"{_doc_no(rng, '兰城执限拆字', tl.y)}《限期拆除决定书》，"
             f"认定该建筑物系未取得建设工程规划许可证的违法建设，责令原告限期自行拆除。"
             f"{tl.next()}，被告组织人员对上述建筑物实施强制拆除，"
             f"{pick(rng, '未依法进行催告和公告', '拆除时未对屋内物品进行清点登记', '未给予原告陈述申辩的机会')}。")
    claim = pick(rng, "确认被告强制拆除原告建筑物的行为违法", "撤销被告作出的限期拆除决定",
                 f"判令被告赔偿原告财产损失{amount(rng, 20000, 300000)}元")
    return _admin_frame(rng, tl, plaintiff, _agency(rng, "urban", d), facts, claim)


def _admin_injury_recognition(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    if reg == C:
        return pick(
            rng,
            "人社局说我老公上班路上出的车祸不算工伤，作了不予认定的决定，这个能去法院告人社局吗",
            "工伤认定被驳回了，说超过了申请时效，我想打行政官司，需要多少钱，去哪个法院",
            f"我在单位加班时突发脑溢血，{pick(rng, '48小时后才走的', '抢救了三天')}，社保局不给认定工伤，能起诉吗",
            "人社局作了工伤认定，公司不服去法院告人社局了，我是第三人，我需要做什么",
            "我们是小公司，员工下班喝完酒出的车祸，人社局却认定成工伤了，公司想打官司撤销这个认定",
            "工伤认定决定书上写着不服可以复议或诉讼，我该先走哪个，会不会耽误时间",
        )
    injured = person(rng, anonymised=True)
    employer = company(rng)
    event = pick(rng, "在下班途中发生交通事故受伤", "在工作时间内突发疾病，经抢救无效死亡", "在车间操作设备时手部受伤",
                 "在出差途中摔伤", "在单位组织的团建活动中摔伤")
    employer_sues = rng.random() < 0.4
    plaintiff = employer if employer_sues else pick(rng, injured, f"{injured}之妻{person(rng, anonymised=True)}")
    decision = "认定工伤决定书" if employer_sues else "不予认定工伤决定书"
    facts = (f"{injured}系{employer}职工。{tl.next()}，{injured}{event}。{tl.next()}，"
             f"{pick(rng, injured, f'{injured}的近亲属')}"
             f"向被告{_agency(rng, 'hrss')}提出工伤认定申请。被告于{tl.next()}作出"
             f"{_doc_no(rng, '兰人社工伤认字', tl.y)}"
             f"《{decision}》，"
             f"{'认定' + injured + '受到的伤害为工伤' if employer_sues else '认为该情形不符合认定工伤的条件'}。")
    claim = (pick(rng, "撤销被告作出的认定工伤决定书", "撤销被告作出的工伤认定决定，"
                                         "并责令被告重新作出行政行为") if employer_sues
             else pick(rng, "撤销被告作出的不予认定工伤决定书", "判令被告依法重新作出工伤认定"))
    return _admin_frame(rng, tl, plaintiff, _agency(rng, "hrss"), facts, claim)


def _admin_info(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    topic = pick(rng, "本村土地征收的批复文件", "小区周边规划调整的审批材料", "棚户区改造项目的补偿方案",
                 "某道路拓宽工程的立项批复", "本村集体资金的使用明细")
    if reg == C:
        return pick(
            rng,
            f"我向区政府申请公开{topic}，过了一个多月也没答复，能不能起诉政府",
            f"政府信息公开申请被拒了，说是内部信息不予公开，{pick(rng, '这个合理吗', '我该怎么办', '可以复议吗')}",
            f"想查一下{topic}，政府那边说不归他们管，到底找谁要",
            f"申请信息公开，{pick(rng, '自然资源局', '住建局', '街道办')}回复说信息不存在，可我明明见过那个文件，"
            f"怎么办",
            "政府信息公开答复超过二十个工作日了，起诉的话告哪个部门",
        )
    plaintiff = person(rng)
    gov = _agency(rng, "gov")
    applied = tl.next()
    answer = pick(rng, "在法定期限内未予答复", "告知原告该信息属于过程性信息，不予公开",
                  f"于{tl.next()}作出《政府信息公开申请答复书》，以该信息不存在为由不予公开")
    facts = (f"{applied}，原告通过{pick(rng, '邮寄', '网上申请', '当面递交')}方式向被告{gov}提出政府信息公开申请，"
             f"要求公开{topic}。被告{answer}。")
    claim = pick(rng, "确认被告未在法定期限内答复的行为违法，并责令被告限期答复", "撤销被告作出的政府信息公开答复，"
                                                      "责令其重新答复")
    return _admin_frame(rng, tl, plaintiff, gov, facts, claim)


def _admin_registry(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    if reg == C:
        return pick(
            rng,
            "不动产登记中心把房子登记到了别人名下，他们审核材料都不看真假的吗，我要告登记中心",
            "去办不动产登记，登记中心说材料不全不给办，让补的东西根本补不了，能不能起诉",
            "发现有人冒用我的身份证在登记中心办了抵押登记，我想撤销这个登记，是走行政诉讼吗",
            "我爸去世前房子被人骗着过户了，登记中心说手续齐全，我能告登记中心撤销过户登记吗",
            f"登记中心把我家的{pick(rng, '面积', '名字', '房号')}登记错了，去改他们让走法院，这是要告谁",
            "不动产登记的行政诉讼有期限吗，我家的房子是五年前被登记到别人名下的",
        )
    plaintiff = person(rng)
    facts = (f"{tl.next()}，第三人{person(rng, anonymised=True)}持"
             f"{pick(rng, '伪造的授权委托书', '与原告签名不符的申请材料', '法院裁定书')}向被告"
             f"{_agency(rng, 'registry')}申请办理位于{home(rng)}的不动产"
             f"{pick(rng, '转移登记', '抵押登记', '变更登记')}，"
             f"被告经审查后于{tl.next()}予以登记，并颁发了不动产权证书。原告认为被告未尽审慎审查义务。")
    claim = pick(rng, "撤销被告作出的不动产登记行为", "判令被告注销案涉抵押登记", "确认被告的登记行为违法")
    return _admin_frame(rng, tl, plaintiff, _agency(rng, "registry"), facts, claim)


def _admin_police(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    days = rng.choice((3, 5, 7, 10, 15))
    if reg == C:
        return pick(
            rng,
            f"跟邻居吵架推了他一下，派出所就给我拘留{days}天，对方打我的反而只罚了款，我不服能告公安局吗",
            f"派出所以赌博为由罚了我{rng.choice((500, 1000, 3000))}块，我们就是打麻将玩，"
            f"{pick(rng, '怎么申请复议', '能不能起诉')}",
            "公安局对我作的行政拘留决定已经执行完了，现在还能起诉撤销吗，有啥用",
            f"派出所说我{pick(rng, '嫖娼', '打架', '阻碍执法')}，没听我解释就罚了{rng.choice((200, 500, 1000))}，"
            f"还要拘留，我不认，能复议吗",
            "被治安拘留之前要不要听证，公安没给我说这些",
        )
    plaintiff = person(rng)
    d = rng.choice(DISTRICTS)
    facts = (f"{tl.next()}，原告与{person(rng, anonymised=True)}因{pick(rng, '车位', '琐事', '噪音')}发生纠纷。被告"
             f"{_agency(rng, 'police', d)}"
             f"于{tl.next()}作出{_doc_no(rng, '兰公' + d[:2] + '行罚决字', tl.y)}《行政处罚决定书》，认定原告"
             f"{pick(rng, '殴打他人', '参与赌博', '扰乱单位秩序')}，"
             f"决定对原告处以行政拘留{days}日{maybe(rng, '并处罚款500元')}。原告认为被告认定事实不清、证据不足。")
    return _admin_frame(rng, tl, plaintiff, _agency(rng, "police", d), facts, "撤销被告作出的行政处罚决定")


def _admin_market(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    fine = amount(rng, 2000, 200000)
    if reg == C:
        return pick(
            rng,
            f"市场监管局说我店里卖的{pick(rng, '食品过期了', '东西没有中文标签', '广告用了最字')}，罚了"
            f"{money(rng, fine, C)}，罚得太重了，能复议吗",
            f"我的{rng.choice(('小饭馆', '药店', '便利店'))}被吊销了营业执照，理由是没有年报，可我从来没收到通知，咋办",
            f"环保局说我们厂{pick(rng, '废气超标', '没办环评')}，罚款{money(rng, fine, C)}还让停产，"
            f"我们这种小作坊咋活，能不能告",
            f"卫生监督所查了我的{rng.choice(('美容店', '诊所', '小饭馆'))}，说证照不全罚{money(rng, fine, C)}，"
            f"我要求听证他们不理",
            "市场监管局罚款的决定书上写的法条跟我的情况对不上，这种能撤销吗",
        )
    plaintiff = pick(rng, shop(rng), company(rng))
    key = rng.choice(("market", "env"))
    agency = _agency(rng, key)
    why = (pick(rng, "销售超过保质期的食品", "发布含有“最佳”“第一”"
                                   "等用语的广告", "未按规定公示营业执照") if key == "market"
           else pick(rng, "未依法进行环境影响评价即投入生产", "大气污染物排放超标", "未采取防尘措施堆放物料"))
    facts = (f"{tl.next()}，被告{agency}对原告经营场所进行检查，以原告{why}为由，于{tl.next()}作出"
             f"{_doc_no(rng, '兰' + ('市监' if key == 'market' else '环') + '罚字', tl.y)}"
             f"《行政处罚决定书》，对原告罚款{money(rng, fine, F)}{maybe(rng, '，没收违法所得', 0.3)}。原告认为被告"
             f"{pick(rng, '处罚明显过重', '未举行听证', '认定事实错误')}。")
    return _admin_frame(rng, tl, plaintiff, agency, facts, "撤销被告作出的行政处罚决定")


def _admin_inaction(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    if reg == C:
        return pick(
            rng,
            "楼下饭馆油烟噪音扰民，我给环保局、城管打了无数次电话都说不归他们管，政府部门不作为可以起诉吗",
            "我举报了小区旁边的非法砂场，半年了没人处理，能不能告相关部门不履行职责",
            "申请办个体户执照，材料交齐了两个月不给办，也不说理由，能告市场监管局吗",
            f"我们{rng.choice(ESTATES)}旁边工地天天半夜施工，打12345也没用，住建局和城管互相推，我想起诉他们不作为",
            "向派出所报案，派出所既不立案也不给回执，这种能不能告公安局行政不作为",
            f"给{rng.choice(DISTRICTS)}政府写了三次信反映村里的问题都没人理，怎么让政府履行职责",
        )
    plaintiff = person(rng)
    key, target = rng.choice((("urban", "小区内的违法建设"), ("env", "附近企业夜间施工噪音污染"),
                              ("env", "周边餐馆油烟超标排放"), ("market", "无证经营的废品收购站"),
                              ("urban", "占道经营的夜市摊点")))
    agency = _agency(rng, key)
    facts = (f"{tl.next()}，原告向被告{agency}书面{pick(rng, '举报', '申请')}，要求其依法查处"
             f"{target}。"
             f"被告收到申请后，"
             f"{pick(rng, '至今未作任何处理和答复', '仅口头告知原告已转交其他部门', '超过法定期限未履行查处职责')}。")
    return _admin_frame(rng, tl, plaintiff, agency, facts, "确认被告不履行法定职责违法，"
                                                           "责令被告在一定期限内依法履行职责")


def _admin_review(rng: random.Random, reg: str) -> str:
    tl = Timeline(rng)
    if reg == C:
        return pick(
            rng,
            "行政复议和行政诉讼有什么区别，是必须先复议吗",
            "收到行政处罚决定书，上面写着六十日内可以申请复议，六个月内可以起诉，我两个都想走行不行",
            "复议机关维持了原来的决定，我起诉的时候是告原机关还是复议机关",
            "告政府的案子是在兰州哪个法院立案，听说不在区法院",
            "行政复议要交钱吗，复议申请书去哪里交",
            f"{pick(rng, '区政府', '市场监管局', '公安分局')}的复议决定下来了，还是维持，我还能起诉吗，期限多久",
            "民告官能赢吗，我不服一个罚款决定，想先问问行政诉讼的流程",
        )
    plaintiff = person(rng)
    review = rng.choice(REVIEW_BODIES).format(d=rng.choice(DISTRICTS))
    facts = (f"原告不服{_agency(rng, rng.choice(('police', 'market', 'urban')))}作出的"
             f"{_doc_no(rng, '兰行决字', tl.y)}行政决定，于{tl.next()}向被告{review}"
             f"申请行政复议。被告"
             f"{pick(rng, '以超过申请期限为由决定不予受理', '作出维持原行政行为的复议决定', '逾期未作出复议决定')}。")
    claim = pick(rng, "撤销被告作出的行政复议决定", "责令被告受理原告的行政复议申请")
    return _admin_frame(rng, tl, plaintiff, review, facts, claim)


ADMIN = (
    ("admin_traffic_penalty", _admin_traffic),
    ("admin_demolition", _admin_demolition),
    ("admin_work_injury_recognition", _admin_injury_recognition),
    ("admin_info_disclosure", _admin_info),
    ("admin_property_registration", _admin_registry),
    ("admin_public_security", _admin_police),
    ("admin_market_env_penalty", _admin_market),
    ("admin_inaction", _admin_inaction),
    ("admin_review", _admin_review),
)


# --------------------------------------------------------------------------- procedural questions (no dispute)

PROC_TALK = {
    "proc_office_hours": (
        "法院几点上班", "请问{court}周六上班吗", "法院中午休息吗，下午几点开门", "诉讼服务中心几点到几点可以立案",
        "国庆节放假期间法院能立案吗", "明天去{court}办事，早上八点半到能进去吗", "法院上班时间是几点到几点啊，"
                                                    "冬季作息变了没",
        "{court}在哪，坐几路车能到", "去法院要不要提前预约，还是直接去就行",
    ),
    "proc_court_fees": (
        "诉讼费怎么交", "诉讼费能不能网上交，用微信可以吗", "诉讼费交了以后赢了能退吗", "交诉讼费的通知单丢了咋办",
        "我家里困难，诉讼费能缓交或者免交吗，要啥证明", "诉讼费是按什么标准收的，标的{n}万大概多少钱",
        "案子撤诉了诉讼费能退一半吗，去哪里办退费", "预交诉讼费超过七天没交会怎么样", "诉讼费发票在哪里开",
    ),
    "proc_filing_materials": (
        "立案需要带什么材料", "去法院起诉要准备啥东西，身份证复印件要几份", "起诉状怎么写，有没有模板",
        "对方只知道名字和电话不知道身份证号，能立案吗", "代别人去立案需要什么手续，授权委托书要公证吗",
        "网上立案怎么操作，在哪个小程序", "立案被退回来了说材料不全，具体缺啥也没说清楚，咋办",
        "法院说先登记立案，多久能正式立上", "去立案要不要带原件",
    ),
    "proc_case_progress": (
        "在哪里查案件进度", "我的案子立了快两个月了一直没消息，怎么查", "案号忘了还能查到案子吗",
        "承办法官电话打不通，咋联系", "怎么知道什么时候开庭，法院会打电话通知吗", "12368能查案子进度吗",
        "移动微法院上怎么看自己的案子", "判决书什么时候能拿到，开完庭一个多月了",
    ),
    "proc_hearing_leave": (
        "开庭能不能请假", "开庭那天我在外地回不来，能申请延期吗", "开庭可以请律师替我去吗，我本人一定要到吗",
        "生病住院了，开庭通知是下周，怎么申请延期开庭", "能不能线上开庭，我在外地打工", "开庭迟到了会怎么样",
        "被告不来开庭法院会怎么处理", "传票上写的时间跟我考试冲突了，咋办",
    ),
    "proc_enforcement_payout": (
        "执行款什么时候到账", "法院说执行款已经扣到了，多久能打到我卡上", "执行款领取要带什么",
        "执行款到法院账户好几天了还没转给我，找谁", "申请强制执行要交钱吗，多久能执行到", "执行法官说终本了，"
                                                     "这是啥意思，钱还能要吗",
        "对方名下没财产，执行案子是不是就结了", "执行款能不能打到别人的卡上",
    ),
    "proc_legal_aid": (
        "怎么申请法律援助", "法律援助在哪申请，要什么条件", "我没钱请律师，法院能给我指派律师吗",
        "{district}法律援助中心在哪里，电话多少", "低保户打官司能免费找律师吗", "法院门口有免费咨询的律师吗",
        "12348法律咨询热线打了没人接，还有别的地方能问吗",
    ),
    "proc_lost_judgment": (
        "判决书丢了怎么办", "调解书找不到了，能补一份吗", "以前的判决书丢了，要去原来判的法院补吗，外地人能网上申请吗",
        "要用生效证明，法院给开吗，怎么开", "判决书能不能在网上下载打印", "判决书上名字写错了一个字怎么改",
    ),
    "proc_mediation_how": (
        "诉前调解是啥意思，不调解能不能直接立案", "法院打电话说先调解，我不想调解可以吗",
        "调解员打电话让我去调解，不去会有什么后果", "调解书和判决书效力一样吗", "调解不成要多久才能转立案",
        "人民调解协议怎么去法院司法确认",
    ),
    "proc_appeal_how": (
        "对一审判决不服怎么上诉", "上诉期是十五天还是三十天，从哪天开始算", "上诉状交给哪个法院",
        "上诉要再交一次诉讼费吗", "二审会不会开庭", "判决生效了还能申诉吗，去哪儿申诉",
    ),
    "proc_service_address": (
        "法院的短信说给我送达了文书，是真的吗，怎么核实", "收到一条短信说是法院的传票，让点链接，是不是诈骗",
        "送达地址确认书是干嘛的，填了以后会怎样", "搬家了，法院的文书寄到老地址了咋办", "电子送达的文书在哪里看",
    ),
}
PROC_FORMAL_ISSUE = {
    "proc_office_hours": "法院工作时间及诉讼服务中心办公地点",
    "proc_court_fees": "诉讼费用的交纳方式、标准及缓减免条件",
    "proc_filing_materials": "立案所需材料及立案方式",
    "proc_case_progress": "案件审理进度的查询方式",
    "proc_hearing_leave": "开庭相关事项",
    "proc_enforcement_payout": "执行款的发放时间及领取手续",
    "proc_legal_aid": "申请法律援助的条件和途径",
    "proc_lost_judgment": "裁判文书遗失后的补发程序",
    "proc_mediation_how": "诉前调解的程序及效力",
    "proc_appeal_how": "不服一审判决提起上诉的期限和方式",
    "proc_service_address": "电子送达及送达地址变更",
}
PROC_ANSWERS = (
    "工作人员告知其可通过“甘肃移动微法院”小程序或12368诉讼服务热线办理，并提供了纸质指引",
    "工作人员已当场予以解答，并告知其具体办理窗口",
    "工作人员释明相关法律规定，来访人表示理解",
    "经查询，工作人员告知其可携带身份证明到诉讼服务中心综合服务窗口办理",
    "工作人员告知了相关程序及所需材料，并发放了诉讼风险提示书",
    "工作人员登记了来访人的联系方式，告知将转交承办部门于三个工作日内回复",
)


PROC_PREFACE = ("我是第一次打官司，", "不好意思打扰一下，", "家里老人让我问问，", "之前没经历过这种事，")


def _proc(rng: random.Random, topic: str, reg: str) -> str:
    court = rng.choice(DISTRICTS)
    fill = {"court": _court(court), "district": court, "n": rng.choice((2, 5, 10, 20, 50))}
    if reg == C:
        text = rng.choice(PROC_TALK[topic]).format(**fill)
        if rng.random() < 0.3:
            text = rng.choice(PROC_PREFACE) + text
        elif rng.random() < 0.5:
            text = _opener(rng) + text
        return text + pick(rng, "", "", "", "？", "，谢谢", "。", "，急")
    who = person(rng) + maybe(rng, f"（{_age(rng, 22, 75)}岁，联系电话尾号{rng.randint(1000, 9999)}）")
    question = rng.choice(PROC_TALK[topic]).format(**fill).rstrip("？")
    return (f"{date(rng, 2020, 2026)}，来访人{who}到{_court(court)}诉讼服务中心{pick(rng, '咨询', '来访', '电话咨询')}"
            f"{PROC_FORMAL_ISSUE[topic]}。来访人称：“{question}？”{rng.choice(PROC_ANSWERS)}。"
            f"{maybe(rng, '来访人未提出具体诉讼请求，本次咨询不涉及具体案件。', 0.5)}"
            f"{pick(rng, '', '处理结果：已答复。', '登记人：' + person(rng, anonymised=True) + '。')}")


# --------------------------------------------------------------------------- special procedures


def _missing(rng: random.Random, reg: str) -> str:
    rel = pick(rng, "丈夫", "妻子", "儿子", "父亲", "哥哥")
    yrs = rng.randint(2, 10)
    if reg == C:
        return pick(
            rng,
            f"我{rel}出去打工{yrs}年了一直联系不上，报了警也没找到，想申请宣告失踪，需要啥材料",
            f"{rel}失踪好几年了，他名下的东西都动不了，宣告失踪和宣告死亡有啥区别",
            f"家里人下落不明满{yrs}年，申请宣告失踪要去哪个法院，要登报吗",
        )
    who, miss = person(rng), person(rng)
    notice = maybe(rng, f"本院受理后，于{date(rng, 2025, 2025)}在《人民法院报》发出寻找下落不明人的公告，"
                        "公告期间为三个月。")
    return (f"申请人{who}称，被申请人{miss}系申请人之{rel}，{_age(rng, 28, 65)}岁，原住{home(rng)}。{2025 - yrs}年"
            f"{rng.randint(1, 12)}月，"
            f"被申请人{pick(rng, '外出务工后', '离家后', '与家人发生争吵后离家')}下落不明，申请人多方寻找并向"
            f"{_police(rng.choice(DISTRICTS))}报案，"
            f"至今已满{yrs}年未有音讯。为{pick(rng, '管理被申请人的财产', '处理家庭事务')}，请求依法宣告"
            f"{miss}为失踪人。"
            f"{notice}")


def _death(rng: random.Random, reg: str) -> str:
    yrs = rng.randint(4, 15)
    if reg == C:
        return pick(
            rng,
            f"我父亲走失{yrs}年了，到现在也没消息，户口一直注销不了，能申请宣告死亡吗",
            "申请宣告死亡公告期是多久，要是人后来回来了怎么办",
            f"{pick(rng, '丈夫', '儿子')}在{pick(rng, '黄河边', '外地工地上')}出事后一直没找到人，"
            f"派出所说不能注销户口，法院能宣告死亡吗",
        )
    who, miss = person(rng), person(rng)
    cause = pick(rng, f"于{2025 - yrs}年{rng.randint(1, 12)}月离家出走后下落不明，至今已满{yrs}年",
                 f"于{date(rng, 2018, 2022)}在黄河{rng.choice(('安宁段', '什川段', '西固段'))}落水，"
                 f"经公安机关和救援队打捞未果，下落不明已满二年")
    return (f"申请人{who}向本院申请宣告{miss}死亡。申请人称，被申请人{miss}{cause}。经"
            f"{_police(rng.choice(DISTRICTS))}出具证明，"
            f"被申请人下落不明的事实属实。本院于{date(rng, 2025, 2025)}发出寻找下落不明人的公告，公告期间为一年，"
            f"公告期满，{miss}仍下落不明。{maybe(rng, '本院认为，申请人的申请符合法律规定。')}")


def _incapacity(rng: random.Random, reg: str) -> str:
    illness = pick(rng, "精神分裂症", "阿尔茨海默病", "重度智力障碍", "脑梗后遗症", "双相情感障碍")
    if reg == C:
        return pick(
            rng,
            f"我妈得了{illness}，银行的存款取不出来，银行让去法院认定无民事行为能力，怎么申请",
            f"{pick(rng, '哥哥', '父亲')}有{illness}，想给他指定监护人方便办事，要做司法鉴定吗，费用多少",
            "认定无民事行为能力的案子要开庭吗，病人本人需要到法院吗",
        )
    who, ward = person(rng), person(rng)
    return (f"申请人{who}称，被申请人{ward}系申请人之{pick(rng, '母亲', '父亲', '儿子', '妻子')}，"
            f"{_age(rng, 20, 88)}岁，"
            f"{pick(rng, '多年前', '于' + date(rng, 2014, 2022))}被诊断为{illness}，"
            f"{pick(rng, '长期卧床', '生活不能自理', '不能辨认自己的行为')}。"
            f"经{pick(rng, '甘肃省第三人民医院', '兰州某司法鉴定所')}鉴定，被申请人{ward}"
            f"{pick(rng, '患有' + illness + '，无民事行为能力', '为无民事行为能力人')}。"
            f"申请人请求：1.宣告{ward}为无民事行为能力人；2.指定申请人为其监护人。")


def _payment_order(rng: random.Random, reg: str) -> str:
    if reg == C:
        return pick(
            rng,
            "支付令是什么，跟起诉有啥区别，哪个快",
            "收到法院寄来的支付令，我不认可上面的金额，要怎么提异议，多少天内",
            "申请支付令要交多少钱，对方不在兰州能申请吗",
            "支付令被对方提了异议，是不是就作废了，接下来怎么办",
        )
    who, other = person(rng), person(rng)
    return pick(
        rng,
        f"申请人{who}向本院申请支付令，请求督促被申请人{other}给付金钱{amount(rng, 5000, 200000)}元。本院受理后，于"
        f"{date(rng)}"
        f"向被申请人发出支付令。被申请人在收到支付令之日起十五日内向本院提出书面异议。本院经审查，异议成立，裁定终结督促程序，"
        f"{pick(rng, '申请人未表示不同意提起诉讼，督促程序转入诉讼程序', '申请人可另行起诉')}。",
        f"{date(rng)}，来访人{who}到诉讼服务中心咨询申请支付令的条件。工作人员告知：债权人请求债务人给付金钱、有价证券，"
        f"且债权人与债务人没有其他债务纠纷、支付令能够送达债务人的，可以向有管辖权的基层人民法院申请支付令，并告知了申请书应载明的事项。",
    )


def _exhortation(rng: random.Random, reg: str) -> str:
    v = amount(rng, 50000, 2000000, 10000)
    if reg == C:
        return pick(
            rng,
            f"公司丢了一张承兑汇票，{money(rng, v, C)}的，去法院申请公示催告要带什么",
            "公示催告期间是多久，要在哪里登公告，费用多少",
            "票据被盗了能申请公示催告吗，还要先去银行挂失止付吗",
        )
    applicant = company(rng)
    return (f"申请人{applicant}因{pick(rng, '保管不善遗失', '财务室被盗', '邮寄途中丢失')}"
            f"{rng.choice(BANKS)}承兑的银行承兑汇票一张"
            f"（票号{rng.randint(10**11, 10**12)}，票面金额人民币"
            f"{money_upper(v) if rng.random() < 0.4 else str(v) + '元'}，"
            f"出票人{company(rng)}，收款人{company(rng)}），向本院申请公示催告。本院决定受理后，于{date(rng)}发出公告，催促利害关系人"
            f"在{pick(rng, '六十日', '公告期间')}内申报权利。"
            f"{pick(rng, '公告期间届满，无人申报权利。', '申请人已向付款行办理挂失止付。', '')}"
            f"{maybe(rng, '申请人请求判决宣告该票据无效。')}")


SPECIAL = (
    ("proc_declare_missing", _missing),
    ("proc_declare_death", _death),
    ("proc_incapacity", _incapacity),
    ("proc_payment_order", _payment_order),
    ("proc_public_exhortation", _exhortation),
)


# --------------------------------------------------------------------------- driver


def _collect(rng: random.Random, make: Callable[[random.Random], str], want: int, seen: set[str],
             min_len: int) -> list[str]:
    """Draw up to ``want`` new distinct texts of at least ``min_len`` characters from ``make``."""
    out: list[str] = []
    for _ in range(want * 40):
        if len(out) == want:
            break
        text = make(rng).strip()
        if min_len <= len(text) <= 800 and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _stripped(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
    """``make``'s texts, sometimes without their full stops (as court texts lifted from judgments are)."""
    return lambda r: strip_final_periods(r, make(r))


def generate(rng: random.Random) -> list[Example]:
    seen: set[str] = set()
    plan: list[tuple[str, str, Callable[[random.Random], str], int]] = []
    for crime in CRIMES:
        plan.append((crime.topic, F, partial(criminal_formal, crime=crime), 8))
        plan.append((crime.topic, C, partial(criminal_colloquial, crime=crime), 5))
    for topic, fn in ADMIN:
        plan.append((topic, F, _stripped(partial(fn, reg=F)), 7))
        plan.append((topic, C, partial(fn, reg=C), 7))
    for topic in PROC_TALK:
        plan.append((topic, F, partial(_proc, topic=topic, reg=F), 2))
        plan.append((topic, C, partial(_proc, topic=topic, reg=C), 9))
    for topic, fn in SPECIAL:
        plan.append((topic, F, _stripped(partial(fn, reg=F)), 6))
        plan.append((topic, C, partial(fn, reg=C), 6))
    examples = [
        Example(text, LABEL, register, topic)
        for topic, register, make, want in plan
        for text in _collect(rng, make, want, seen, 120 if register == F else 10)
    ]
    rng.shuffle(examples)
    return examples
