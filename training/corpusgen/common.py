"""Shared building blocks for the synthetic training corpus.

Every generator module in this package writes disputes for one label (or one
slice of a label).  They share people, places, businesses, dates and amounts
from here so that the corpus has one consistent picture of Lanzhou, and so
that no label can be told apart by a name pool of its own.

All names, shops, estates and companies below are invented for this project.
District and county names of Lanzhou are public geography.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COLLOQUIAL = "colloquial"
FORMAL = "formal"


@dataclass(frozen=True)
class Example:
    """One labelled dispute text.

    :param register: ``"colloquial"`` (a party's own words, typed on a phone)
        or ``"formal"`` (a clerk's summary, a complaint, a court finding).
    :param topic: a short ASCII slug for the scenario, used for stratified
        statistics and for reviewing the corpus (e.g. ``"wage_arrears"``).
    """

    text: str
    label: str
    register: str
    topic: str


SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
    "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
    "邓", "曹", "彭", "曾", "田", "董", "苏", "魏", "蒋", "蔡", "余", "杜", "叶", "程",
    "汪", "任", "姚", "卢", "金", "付", "白", "祁", "雷", "安", "牛", "鲁", "石", "包",
)
GIVEN_NAMES = (
    "建国", "红梅", "志强", "秀兰", "海燕", "晓东", "文杰", "玉珍", "春花", "国庆",
    "丽娟", "永福", "小军", "雪莲", "亚楠", "浩然", "子涵", "鹏飞", "明辉", "淑芬",
    "兴旺", "金花", "德福", "伟", "静", "磊", "敏", "勇", "芳", "涛", "娜", "军",
    "霞", "斌", "燕", "强", "艳", "杰", "琳", "凯", "宏伟", "振华", "桂英", "瑞",
    "学军", "成林", "玉兰", "彦明", "有才", "发祥", "晓梅", "思远", "嘉怡", "天佑",
)
DISTRICTS = (
    "城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县", "兰州新区",
)
# Invented streets and places, each attached to a real district name.
STREETS = (
    "东岗西路", "庆阳路", "张掖路", "南关什字", "西津西路", "敦煌路", "读者大道",
    "北滨河路", "南滨河东路", "雁滩路", "焦家湾", "小西湖", "费家营", "培黎街",
    "福利西路", "深沟桥", "刘家堡", "西站十字", "火车站东路", "天水南路", "和政路",
    "定西路", "民主西路", "建宁路", "银滩路", "兰工坪", "崔家大滩", "马滩",
)
ESTATES = (
    "金河苑", "滨河雅居", "安宁花园", "黄河明珠小区", "七里河佳园", "西固新城",
    "雁滩家园", "兰苑小区", "北山阳光城", "金城华府", "榆中福苑", "新区丽景",
    "盛世龙城", "东方花园", "中天和府", "西津景苑", "皋兰丽都", "红古锦园",
)
COMPANY_CORES = (
    "金城", "陇原", "黄河", "西北", "兰石", "鑫达", "恒通", "瑞丰", "华远", "宏达",
    "陇上", "汇丰源", "祥和", "中陇", "天庆", "博远", "兴陇", "安泰", "长城", "万达通",
)
COMPANY_TRADES = (
    "商贸", "建筑工程", "物流", "餐饮管理", "房地产开发", "物业管理", "机械设备", "农业科技",
    "建材", "装饰工程", "电子科技", "食品", "劳务", "汽车服务", "医药", "信息技术", "文化传媒",
)
SHOPS = (
    "牛肉面馆", "便利店", "五金店", "汽修厂", "服装店", "建材门市", "药店", "烧烤店",
    "美发店", "水果批发部", "百货超市", "手机维修店", "家具城", "干洗店",
)
BANKS = (
    "中国农业银行兰州分行", "中国工商银行兰州城关支行", "中国建设银行兰州七里河支行",
    "兰州银行", "甘肃银行", "中国银行兰州西固支行", "兰州农村商业银行", "邮储银行兰州分行",
)
RELATIONS = ("朋友", "同学", "老乡", "同事", "亲戚", "邻居", "战友", "前同事")


def person(rng: random.Random, *, anonymised: bool = False) -> str:
    """A person's name; ``anonymised`` gives the court style (王某, 王某某)."""
    surname = rng.choice(SURNAMES)
    if anonymised:
        return surname + rng.choice(("某", "某某", "某甲", "某乙"))
    return surname + rng.choice(GIVEN_NAMES)


def company(rng: random.Random, trade: str | None = None) -> str:
    """An invented Lanzhou company name."""
    trade = trade or rng.choice(COMPANY_TRADES)
    prefix = rng.choice(("兰州", "甘肃", "兰州新区", "兰州市"))
    return f"{prefix}{rng.choice(COMPANY_CORES)}{trade}有限公司"


def shop(rng: random.Random) -> str:
    """An invented individual business (个体工商户)."""
    return f"{rng.choice(DISTRICTS)}{rng.choice(COMPANY_CORES)}{rng.choice(SHOPS)}"


def place(rng: random.Random) -> str:
    """A street-level place in Lanzhou, e.g. 城关区庆阳路."""
    return rng.choice(DISTRICTS) + rng.choice(STREETS)


def home(rng: random.Random) -> str:
    """A residential address, e.g. 七里河区金河苑3号楼2单元501室."""
    building = rng.randint(1, 28)
    unit = rng.randint(1, 4)
    room = rng.randint(1, 28) * 100 + rng.randint(1, 4)
    return f"{rng.choice(DISTRICTS)}{rng.choice(ESTATES)}{building}号楼{unit}单元{room}室"


def date(rng: random.Random, start_year: int = 2016, end_year: int = 2026) -> str:
    """A formal date, e.g. 2023年5月12日."""
    return f"{rng.randint(start_year, end_year)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def month(rng: random.Random, start_year: int = 2016, end_year: int = 2026) -> str:
    """A formal month, e.g. 2023年5月."""
    return f"{rng.randint(start_year, end_year)}年{rng.randint(1, 12)}月"


def spoken_time(rng: random.Random) -> str:
    """A colloquial time reference."""
    return rng.choice((
        "去年", "前年", "今年年初", "上个月", "去年年底", "三月份", "前几个月", "年前",
        "去年夏天", "疫情那会儿", "上半年", "前段时间", "大前年", "国庆前后",
    ))


_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_UNITS = ((100_000_000, "亿"), (10_000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"))


def money_upper(value: int) -> str:
    """Financial capitals (大写) for a whole yuan amount: 32500 -> 叁万贰仟伍佰元整."""
    if value == 0:
        return "零元整"

    def below_10k(n: int) -> str:
        out, zero = "", False
        for unit_value, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            digit, n = divmod(n, unit_value)
            if digit:
                if zero and out:
                    out += "零"
                out += _CN_DIGITS[digit] + unit
                zero = False
            else:
                zero = True
        return out

    parts = []
    yi, rest = divmod(value, 100_000_000)
    wan, rest = divmod(rest, 10_000)
    if yi:
        parts.append(below_10k(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(below_10k(wan) + "万")
    if rest:
        if (yi or wan) and rest < 1000:
            parts.append("零")
        parts.append(below_10k(rest))
    return "".join(parts) + "元整"


def amount(rng: random.Random, low: int, high: int, step: int = 100) -> int:
    """A whole-yuan amount between ``low`` and ``high``, rounded to ``step``."""
    return max(step, rng.randint(low // step, high // step) * step)


def money(rng: random.Random, value: int, register: str) -> str:
    """Write ``value`` yuan the way the register would.

    Formal: 32500元, 人民币32500元, 3.25万元, 叁万贰仟伍佰元整.
    Colloquial: 三万二千五, 3万多, 32500块, 三万块钱.
    """
    if register == FORMAL:
        options = [f"{value}元", f"人民币{value}元", f"{value:,}元".replace(",", "")]
        if value % 1000 == 0 and value >= 10_000:
            options.append(f"{value / 10_000:g}万元")
        if rng.random() < 0.15:
            options.append(f"人民币{money_upper(value)}（￥{value}元）")
        return rng.choice(options)
    options = [f"{value}块", f"{value}元", f"{value}块钱"]
    if value >= 10_000:
        wan = value / 10_000
        options += [f"{wan:g}万", f"{wan:g}万块", f"{int(wan)}万多" if value % 10_000 else f"{int(wan)}万"]
        if value % 10_000 == 0 and value <= 990_000:
            options.append(_spoken_wan(value // 10_000) + "万块钱")
    elif value % 1000 == 0:
        options.append(_spoken_small(value // 1000) + "千块")
    return rng.choice(options)


_SPOKEN = "零一二三四五六七八九"


def _spoken_small(n: int) -> str:
    if n < 10:
        return "两" if n == 2 else _SPOKEN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _SPOKEN[tens]) + "十" + (_SPOKEN[ones] if ones else "")


def _spoken_wan(n: int) -> str:
    return _spoken_small(n)


def pick(rng: random.Random, *options: str) -> str:
    """Choose one of several phrasings."""
    return rng.choice(options)


def maybe(rng: random.Random, text: str, p: float = 0.5) -> str:
    """``text`` with probability ``p``, else the empty string."""
    return text if rng.random() < p else ""


def strip_final_periods(rng: random.Random, text: str, p: float = 0.2) -> str:
    """Court texts lifted from judgments often lose their full stops; imitate that sometimes."""
    if rng.random() < p:
        return text.replace("。", "")
    return text
