"""Label ``other``: civil disputes that people's mediation takes (family, torts, neighbours, land, consumers, IP).

Each topic is data: hand-written colloquial stories and short questions, formal fact narratives, claims,
extra findings and defences.  Templates use two small notations:

* ``[a|b|c]`` picks one alternative (alternatives may nest, an empty one makes a phrase optional);
* ``<a|b|c>`` is a coordinated choice: every ``<>`` group of one text takes the same position, so that a fact
  variant and its matching claim go together (resolved after ``[]``, so it may contain them);
* ``{key}`` is filled from a per-text context (names, dates, places, amounts; see ``make_ctx``).

In formal texts ``{P}``/``{D}`` are the party roles: 原告/被告 in court styles, 其/the other's name in a clerk's
intake note.  Many topics are hard cases on purpose: a house, a loan, a company or a wage inside a divorce, an
inheritance, a tort or a consumer dispute still belongs to ``other``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from .common import (
    BANKS,
    COLLOQUIAL,
    DISTRICTS,
    ESTATES,
    FORMAL,
    GIVEN_NAMES,
    SURNAMES,
    Example,
    company,
    home,
    money,
    place,
    shop,
    spoken_time,
    strip_final_periods,
)

LABEL = "other"
TARGET = 1700
DEFAULT_QUOTA = 21

# ---------------------------------------------------------------------------------------------------------------
# Template engine
# ---------------------------------------------------------------------------------------------------------------

_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_LINKED = re.compile(r"<([^<>]*)>")
_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")


@dataclass(frozen=True)
class Topic:
    """One dispute scenario.

    :param amounts: ``key -> (low, high, step)``, ``key -> ("int", low, high)`` or ``key -> ("sum", key1, key2, ...)``.
    :param core: how many leading claims every formal text keeps (the rest are optional).
    :param facts: fact narratives; the one used is the linked position, so ``<a|b>`` in claims follows it.
    :param kin: the two parties are siblings (same surname).
    :param org: template for the defendant when it is an organisation (hospital, school, company).
    :param plaintiff: template for the plaintiff when it is an organisation (bank, village committee); may be empty.
    :param more: further findings for long texts (再查明: payments, clauses, dealings), without the prefix.
    :param views: topic-specific 本院认为 paragraphs for long judgments.
    :param proof: the evidence a long finding cites (有……等证据在卷佐证).
    """

    slug: str
    cause: str
    coll: tuple[str, ...]
    short: tuple[str, ...]
    facts: tuple[str, ...]
    claims: tuple[str, ...]
    extra: tuple[str, ...] = ()
    defence: tuple[str, ...] = ()
    amounts: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # mixed int/str specs, see above
    core: int = 1
    kin: bool = False
    org: str = ""
    plaintiff: str = ""
    more: tuple[str, ...] = ()
    views: tuple[str, ...] = ()
    proof: str = ""


def expand(rng: random.Random, template: str, ctx: dict[str, str]) -> str:
    """Resolve ``[a|b]`` choices (innermost first), then ``<a|b>`` linked choices, then ``{key}`` slots."""
    text = template
    while _CHOICE.search(text):
        text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    linked = int(ctx.get("_v", "0"))

    def pick_linked(m: re.Match[str]) -> str:
        options = m.group(1).split("|")
        return options[linked % len(options)]

    text = _LINKED.sub(pick_linked, text)
    return _SLOT.sub(lambda m: ctx[m.group(1)], text)


# ---------------------------------------------------------------------------------------------------------------
# Context: people, places, dates and amounts for one text
# ---------------------------------------------------------------------------------------------------------------

TOWNS = (
    "榆中县和平镇", "榆中县夏官营镇", "榆中县定远镇", "榆中县金崖镇", "皋兰县石洞镇", "皋兰县忠和镇",
    "永登县中堡镇", "永登县红城镇", "永登县苦水镇", "红古区平安镇", "红古区花庄镇", "七里河区西果园镇",
    "七里河区魏岭乡", "西固区河口镇", "西固区达川镇",
)
VILLAGES = ("上庄村", "下川村", "新庄村", "红柳村", "沙沟村", "马家湾村", "李家坪村", "杏树台村", "中川村", "黄家庄村")
HOSPITALS = (
    "兰州大学第一医院", "兰州大学第二医院", "甘肃省人民医院", "兰州市第一人民医院", "兰州市第二人民医院",
    "榆中县第一人民医院", "永登县人民医院", "兰州市西固区人民医院", "甘肃省中医院", "兰州市七里河区人民医院",
)
INSURERS = (
    ("中国人民财产保险股份有限公司兰州市分公司", "人保"),
    ("中国平安财产保险股份有限公司甘肃分公司", "平安"),
    ("中国太平洋财产保险股份有限公司甘肃分公司", "太平洋保险"),
    ("中华联合财产保险股份有限公司兰州中心支公司", "中华联合"),
    ("中国人寿财产保险股份有限公司兰州市中心支公司", "国寿财险"),
)
MAKER_TRADES = ("机械设备", "农业科技", "电子科技", "环保科技", "机械制造", "新能源科技", "智能装备")
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

ASK = (
    "怎么办", "咋办啊", "该怎么办", "咋整", "能不能起诉", "可以起诉吗", "我该找谁", "法院能管吗", "求助",
    "需要准备啥材料", "走什么程序", "有没有办法", "求懂的人指点一下", "这种情况能立案吗", "请问怎么处理",
    "找哪个部门", "能调解吗", "我该咋办", "怎么维权", "能告吗",
)
SPOUSE_OF_WOMAN = ("老公", "对象", "孩子他爸", "我男人", "老公")
SPOUSE_OF_MAN = ("老婆", "媳妇", "对象", "孩子他妈", "老婆")
SIBLINGS = ("我哥", "我姐", "我弟", "我妹", "我大哥", "我二姐", "我小弟")
SIB_RELATIONS = ("兄妹", "姐弟", "兄弟", "姐妹")


def _dates(rng: random.Random) -> list[tuple[int, int, int]]:
    """Four ascending dates between 2014 and 2026; the last one is the filing date."""
    years = sorted(rng.randint(2014, 2025) for _ in range(3))
    dates = sorted((y, rng.randint(1, 12), rng.randint(1, 28)) for y in years)
    last = dates[-1]
    dates.append((min(2026, last[0] + rng.randint(0, 1)), rng.randint(1, 12), rng.randint(1, 28)))
    if dates[-1] < last:
        dates[-1] = (last[0], 12, 28)
    return dates


def _names(rng: random.Random, topic: Topic, anon: bool, sex: str) -> dict[str, str]:
    used: set[str] = set()

    def name(surname: str) -> str:
        options = ["某", "某某"] if anon else list(GIVEN_NAMES)
        rng.shuffle(options)
        for candidate in [surname + o for o in options] + [surname + "某" + c for c in "甲乙丙丁戊"]:
            if candidate not in used:
                used.add(candidate)
                return candidate
        return surname + "某"

    sur_a = rng.choice(SURNAMES)
    sur_b = sur_a if topic.kin else rng.choice(SURNAMES)
    father = sur_a if (sex == "男" or topic.kin) else sur_b
    return {
        "A": name(sur_a), "B": name(sur_b), "C": name(rng.choice(SURNAMES)), "E": name(rng.choice(SURNAMES)),
        "K": name(father), "dec": name(sur_b), "mom": name(rng.choice(SURNAMES)),
        "b": sur_b + rng.choice(GIVEN_NAMES), "c": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "sur": rng.choice(SURNAMES), "sibA": name(sur_a),
        "lw1": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES), "lw2": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
    }


def _amounts(rng: random.Random, topic: Topic, register: str) -> dict[str, str]:
    values: dict[str, int] = {}
    plain: dict[str, str] = {}
    for key, spec in topic.amounts.items():
        if spec[0] == "sum":
            values[key] = sum(values[k] for k in spec[1:])
        elif spec[0] == "int":
            plain[key] = str(rng.randint(spec[1], spec[2]))
        else:
            low, high, step = spec
            values[key] = max(step, rng.randint(low // step, high // step) * step)
    return plain | {key: money(rng, value, register) for key, value in values.items()}


def make_ctx(rng: random.Random, topic: Topic, register: str, intake: bool = False) -> dict[str, str]:
    """All slots a template of ``topic`` may use."""
    sex = rng.choice("男女")
    anon = register == FORMAL and rng.random() < 0.65
    ctx = _names(rng, topic, anon, sex)
    dates = _dates(rng)
    for i, (y, m, d) in enumerate(dates, start=1):
        ctx[f"d{i}"] = f"{y}年{m}月{d}日"
        ctx[f"y{i}"] = str(y)
        ctx[f"m{i}"] = f"{y}年{m}月"
    insurer, ins_short = rng.choice(INSURERS)
    court = not intake
    ctx.update({
        "P": "原告" if court else "其", "Pz": "原告之" if court else "其", "_v": str(rng.randrange(60)),
        "D": "被告" if court else ctx["B"],
        "INS": ("被告" if court else "") + insurer, "ins": insurer, "ins_s": ins_short,
        "sex": sex, "age": str(rng.randint(24, 68)), "old": str(rng.randint(66, 89)),
        "kage": str(rng.randint(2, 15)), "spouse": "丈夫" if sex == "女" else "妻子",
        "ex": "前夫" if sex == "女" else "前妻",
        "sp": rng.choice(SPOUSE_OF_WOMAN if sex == "女" else SPOUSE_OF_MAN),
        "ta": "他" if sex == "女" else "她", "sib": rng.choice(SIBLINGS), "rel": rng.choice(SIB_RELATIONS),
        "dist": rng.choice(DISTRICTS), "dist2": rng.choice(DISTRICTS), "est": rng.choice(ESTATES),
        "hm": home(rng), "pl": place(rng), "co": company(rng), "co2": company(rng), "shop": shop(rng),
        "bank": rng.choice(BANKS), "hosp": rng.choice(HOSPITALS), "town": rng.choice(TOWNS),
        "vil": rng.choice(VILLAGES), "t": spoken_time(rng), "t2": spoken_time(rng),
        "plate": "甘A" + "".join(rng.choice(PLATE_CHARS) for _ in range(5)),
        "ask": rng.choice(ASK), "ask2": rng.choice(ASK),
        "level": rng.choice(("十级", "九级", "十级", "八级")),
        "hosp2": rng.choice(HOSPITALS), "prop": company(rng, "物业管理"), "mall": company(rng, "商贸"),
        "heat": company(rng, "热力"), "travel": company(rng, "国际旅行社"), "edu": company(rng, "教育科技"),
        "gym": company(rng, "健身服务"), "net": company(rng, "网络科技"), "beauty": company(rng, "医疗美容"),
        "school": f"兰州市{rng.choice(DISTRICTS)}第{rng.choice('一二三四五六七八九')}小学",
        "mfg": company(rng, rng.choice(MAKER_TRADES)), "mfg2": company(rng, rng.choice(MAKER_TRADES)),
        "build": company(rng, "建筑工程"), "pno1": _patent_no(rng, "1"), "pno2": _patent_no(rng, "2"),
    })
    # A developer and a decoration firm, derived without drawing from rng so that earlier rows stay as they were.
    ctx["dev"] = ctx["mall"].replace("商贸", "房地产开发")
    ctx["deco"] = ctx["build"].replace("建筑工程", "装饰工程")
    ctx.update(_amounts(rng, topic, register))
    ctx["law"] = rng.choice(LAWS.get(topic.slug, ("《中华人民共和国民法典》",)) + ("《中华人民共和国民法典》",))
    if topic.org:
        ctx["B"] = expand(rng, topic.org, ctx)
        if intake:
            ctx["D"] = ctx["B"]
    plaintiff = expand(rng, topic.plaintiff, ctx) if topic.plaintiff else ""
    if plaintiff:
        ctx["A"] = plaintiff
    ctx["_org_p"] = "1" if plaintiff else ""
    ctx.update(_role_names(ctx, court))
    return ctx


def _role_names(ctx: dict[str, str], court: bool) -> dict[str, str]:
    """Role plus name (被告王某) in court styles, the bare name in an intake note; for texts with several parties."""
    if court:
        return {"Pn": "原告" + ctx["A"], "Dn": "被告" + ctx["B"], "En": "被告" + ctx["E"]}
    return {"Pn": ctx["A"], "Dn": ctx["B"], "En": ctx["E"]}


def _patent_no(rng: random.Random, kind: str) -> str:
    """A patent number in the ZL format: kind 1 is an invention, 2 a utility model."""
    year = rng.randint(2012, 2023)
    return f"ZL{year}{kind}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"


# ---------------------------------------------------------------------------------------------------------------
# Colloquial texts
# ---------------------------------------------------------------------------------------------------------------


def roughen(rng: random.Random, text: str) -> str:
    """Phone-typed texture: lost or doubled punctuation, commas instead of full stops."""
    roll = rng.random()
    if roll < 0.15:
        text = text.rstrip("。？！?!")
    elif roll < 0.25:
        text = text.replace("。", "，").rstrip("，") + rng.choice(("", "。", "？"))
    elif roll < 0.32:
        text = text.rstrip("。？?") + rng.choice(("？？", "??", "！", "。。。"))
    elif roll < 0.36:
        text = text.replace("，", " ")
    return text.replace("？。", "？").replace("?。", "?")


def _follow_up(rng: random.Random, topic: Topic, ctx: dict[str, str], most: int = 2) -> str:
    """One to ``most`` afterthoughts: topic details and label-neutral asides."""
    own = DETAILS.get(topic.slug, ())
    pool = rng.sample(own, min(len(own), rng.randint(1, most))) if own else []
    if rng.random() < 0.45:
        pool.append(rng.choice(ASIDES))
    rng.shuffle(pool)
    return expand(rng, "，".join(pool), ctx)


def _long_story(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    """A long first-person account, now and then with an afterthought and a question."""
    story = rng.choice(RAMBLE_OPENERS + ("", "", "")) + expand(rng, rng.choice(LONG_STORIES[topic.slug]), ctx)
    roll = rng.random()
    if roll < 0.35:
        story = story.rstrip("？?。") + "。" + _follow_up(rng, topic, ctx, 1) + "。"
    if roll < 0.75 and story[-1] not in "？?":
        story = story.rstrip("。") + "。" + rng.choice(("", "想问一下", "请问")) + ctx["ask2"] + "？"
    return roughen(rng, story + rng.choice(RAMBLE_ENDS))


def colloquial(rng: random.Random, topic: Topic) -> str:
    ctx = make_ctx(rng, topic, COLLOQUIAL)
    if topic.short and rng.random() < 0.16:
        return roughen(rng, rng.choice(OPENERS) + expand(rng, rng.choice(topic.short), ctx))
    if topic.slug in LONG_STORIES and rng.random() < 0.25:
        return _long_story(rng, topic, ctx)
    template = rng.choice(topic.coll)
    own_view = not template.startswith("!")  # "!" marks a story told from the other side: no topic details
    story = expand(rng, template.lstrip("!"), ctx)
    roll = rng.random() if own_view else 1.0
    if roll < 0.1:
        story = rng.choice(RAMBLE_OPENERS) + story.rstrip("？?。") + "。" + _follow_up(rng, topic, ctx, 3) + "。"
        return roughen(rng, story + rng.choice(ASIDES) + "，" + ctx["ask2"] + "？" + rng.choice(RAMBLE_ENDS))
    story = rng.choice(OPENERS) + story
    if roll < 0.4:
        end = "？" if story[-1] in "？?" else "。"
        story = story.rstrip("。？?！") + end + _follow_up(rng, topic, ctx) + "。"
    elif roll < 0.65:
        story = story.rstrip("？?。") + "。" + _follow_up(rng, topic, ctx) + "，" + ctx["ask2"] + "？"
    elif not own_view and rng.random() < 0.3:
        story = story.rstrip("？?。") + "。" + rng.choice(ASIDES) + "。"
    return roughen(rng, story)


# ---------------------------------------------------------------------------------------------------------------
# Formal texts: complaint, 原告诉称 (+ 被告辩称), court findings, clerk's intake note
# ---------------------------------------------------------------------------------------------------------------

COSTS = ("本案诉讼费由被告承担", "本案诉讼费用由被告负担", "诉讼费由被告承担", "本案受理费由被告承担")
COMPLAINT_TAILS = (
    "故诉至法院，请求依法判决。", "为维护原告合法权益，特诉至法院，望判如所请。",
    "现原告为维护自身合法权益，诉至本院。",
    "", "双方协商未果，原告遂诉至法院。", "经多次协商无果，故诉至法院，请求支持原告的诉讼请求。",
)
PROCEDURE = (
    "诉讼中，经本院主持调解，双方未能达成调解协议。", "庭审中，双方对上述事实均无异议。",
    "诉讼中，{D}经本院传票传唤未到庭参加诉讼。",
    "审理中，双方均同意调解，但因分歧较大未能达成一致。",
)
EVIDENCE = (
    "上述事实，有当事人陈述及原告提交的证据在案佐证。", "以上事实，有双方当事人的陈述及相关书证在卷为凭。",
    "", "", "上述事实有庭审笔录及当事人提交的证据予以证实。",
)


LAW_FAMILY = ("《中华人民共和国民法典》婚姻家庭编", "《中华人民共和国民法典》第一千零七十九条")
LAW_HEIRS = ("《中华人民共和国民法典》继承编", "《中华人民共和国民法典》第一千一百二十七条")
LAW_TORT = ("《中华人民共和国民法典》侵权责任编", "《中华人民共和国民法典》第一千一百六十五条")
LAW_CONSUMER = ("《中华人民共和国消费者权益保护法》", "《中华人民共和国民法典》合同编")
LAW_LAND = ("《中华人民共和国农村土地承包法》",)
LAWS = {
    "divorce": LAW_FAMILY, "divorce_house": LAW_FAMILY, "divorce_debt": LAW_FAMILY, "divorce_assets": LAW_FAMILY,
    "post_divorce_property": LAW_FAMILY, "custody_change": LAW_FAMILY, "child_support": LAW_FAMILY,
    "visitation": LAW_FAMILY, "elder_support": ("《中华人民共和国老年人权益保障法》",) + LAW_FAMILY,
    "inheritance_flat": LAW_HEIRS, "will_inheritance": LAW_HEIRS, "heir_debt": LAW_HEIRS,
    "traffic_accident": ("《中华人民共和国道路交通安全法》",) + LAW_TORT, "traffic_nonmotor": LAW_TORT,
    "fight_injury": LAW_TORT, "premises_liability": LAW_TORT, "helper_injured": LAW_TORT, "volunteer_helper": LAW_TORT,
    "medical": LAW_TORT, "cosmetic_dental": LAW_TORT, "dog_bite": LAW_TORT, "falling_object": LAW_TORT,
    "electric_shock": LAW_TORT, "school_injury": LAW_TORT, "land_contract": LAW_LAND, "land_transfer": LAW_LAND,
    "trademark": ("《中华人民共和国商标法》",), "copyright": ("《中华人民共和国著作权法》",),
    "patent_software": ("《中华人民共和国专利法》", "《计算机软件保护条例》"),
    "online_shopping": LAW_CONSUMER + ("《中华人民共和国电子商务法》",), "prepaid_card": LAW_CONSUMER,
    "travel_contract": ("《中华人民共和国旅游法》",) + LAW_CONSUMER,
    "training_refund": LAW_CONSUMER, "telecom": LAW_CONSUMER,
    "heir_debt_bank": LAW_HEIRS, "heir_debt_business": LAW_HEIRS, "heir_debt_estate": LAW_HEIRS,
    "unjust_enrichment": ("《中华人民共和国民法典》第九百八十五条",),
    "unjust_enrichment_payer": ("《中华人民共和国民法典》第九百八十五条",),
    "unjust_enrichment_deal": ("《中华人民共和国民法典》第九百八十五条",),
    "collective_land_lease": LAW_LAND + ("《中华人民共和国民法典》合同编",), "forest_fishery": LAW_LAND,
    "heating_fee": ("《中华人民共和国民法典》合同编",), "property_registration": ("《不动产登记暂行条例》",),
    "patent_invention": ("《中华人民共和国专利法》",),
    "partition_sale": (
        "《中华人民共和国民法典》物权编",
        "《中华人民共和国民法典》第三百零三条",
    ),
    "partition_ex_partner": (
        "《中华人民共和国民法典》物权编",
        "《中华人民共和国民法典》第三百零三条",
    ),
    "neighbour_rebuild": (
        "《中华人民共和国民法典》第二百八十八条",
        "《中华人民共和国民法典》物权编",
    ),
    "flat_leak_damage": (
        "《中华人民共和国民法典》侵权责任编",
        "《中华人民共和国民法典》第二百八十八条",
    ),
    "cohabit_flat": (
        "《中华人民共和国民法典》物权编",
    ),
    "post_divorce_flat": (
        "《中华人民共和国民法典》婚姻家庭编",
        "《中华人民共和国民法典》第一千零九十二条",
    ),
    "divorce_home_money": (
        "《中华人民共和国民法典》婚姻家庭编",
    ),
    "estate_flat": (
        "《中华人民共和国民法典》继承编",
        "《中华人民共和国民法典》第一千一百二十七条",
    ),
    "demolition_heirs": (
        "《中华人民共和国民法典》继承编",
        "《中华人民共和国民法典》第一千一百二十八条",
    ),
    "homestead_split": (
        "《中华人民共和国民法典》物权编",
    ),
    "nominee_house": (
        "《中华人民共和国民法典》物权编",
        "《不动产登记暂行条例》",
    ),
    "relative_refuse_leave": (
        "《中华人民共和国民法典》第二百三十五条",
        "《中华人民共和国民法典》物权编",
    ),
    "execution_objection_flat": (
        "《中华人民共和国民事诉讼法》",
    ),
    "utility_water_heat": (
        "《中华人民共和国民法典》第六百五十六条",
        "《中华人民共和国民法典》合同编",
    ),
    "home_build_injury": (
        "《中华人民共和国民法典》侵权责任编",
        "《中华人民共和国民法典》第一千一百九十二条",
    ),
    "deposit_wrong_payee": (
        "《中华人民共和国民法典》第九百八十五条",
    ),
}
REASONS = (
    "{P}认为，{D}的行为已经侵害了{P}的合法权益，依照{law}的相关规定，应当承担相应的民事责任。",
    "此后{P}多次与{D}协商，{D}均以各种理由推脱。", "事后{P}多次通过电话、微信与{D}沟通，均无结果。",
    "经{dist}人民调解委员会调解，双方未能达成一致意见。", "{P}为维护自身合法权益，依据{law}之规定提起诉讼。",
    "{P}认为，上述事实清楚，{D}理应承担责任。",
)
COURT_VIEWS = (
    "本院认为，当事人对自己提出的诉讼请求所依据的事实，应当提供证据加以证明。",
    "本院认为，公民的合法民事权益受法律保护。", "本院认为，本案的争议焦点为被告应否承担责任以及责任的大小。",
    "本院认为，依照{law}的规定，结合本案查明的事实，对原告的诉讼请求分述如下。",
)


def _defence(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    """A defence; an organisation refers to itself as 被告 rather than repeating its long name."""
    own = dict(ctx, B="被告") if topic.org else ctx
    return expand(rng, rng.choice(topic.defence), own)


def _reason(rng: random.Random, ctx: dict[str, str], p: float) -> str:
    return expand(rng, rng.choice(REASONS), ctx) if rng.random() < p else ""


def _claims(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> list[str]:
    chosen = list(topic.claims[:topic.core]) + [c for c in topic.claims[topic.core:] if rng.random() < 0.6]
    return [text for text in (expand(rng, c, ctx) for c in chosen) if text]


def _facts(rng: random.Random, topic: Topic, ctx: dict[str, str], extra_p: float = 0.5) -> str:
    """A fact narrative, then up to two 另查明 sentences (each with probability ``extra_p``)."""
    text = expand(rng, topic.facts[int(ctx["_v"]) % len(topic.facts)], ctx)
    extras = [e for e in rng.sample(topic.extra, min(2, len(topic.extra))) if rng.random() < extra_p]
    if len(extras) == 2:
        extras[1] = re.sub(r"(^|[<\[|])另查明，", r"\1", extras[1])
        extras[1] = rng.choice(("还查明，", "此外，", "")) + extras[1]
    return text + "".join(expand(rng, e, ctx) for e in extras)


def _enumerate(rng: random.Random, claims: list[str]) -> str:
    style = rng.choice(("{n}.", "{n}、", "（{n}）", "{n}．"))
    return "；".join(style.format(n=i) + c for i, c in enumerate(claims, start=1))


def frame_complaint(rng: random.Random, topic: Topic) -> str:
    ctx = make_ctx(rng, topic, FORMAL)
    claims = _claims(rng, topic, ctx)
    if rng.random() < 0.75:
        claims.append(rng.choice(COSTS))
    head = rng.choice(("原告{A}向本院提出诉讼请求：", "{A}向本院提出诉讼请求：", "诉讼请求：", "原告{A}诉讼请求："))
    body = expand(rng, head, ctx) + _enumerate(rng, claims) + "。"
    facts = _facts(rng, topic, ctx, 0.6) + _reason(rng, ctx, 0.6)
    return body + "事实与理由：" + facts + rng.choice(COMPLAINT_TAILS)


def frame_statement(rng: random.Random, topic: Topic) -> str:
    ctx = make_ctx(rng, topic, FORMAL)
    claims = _claims(rng, topic, ctx)
    head = rng.choice(("原告{A}诉称：", "原告{A}诉称，", "原告{A}向本院起诉称：", "{A}诉称，"))
    ending = rng.choice(("故诉至法院，请求：", "为此诉至法院，请求：", "故诉至法院，请求依法判决：",
           "现诉至本院，要求："))
    facts = _facts(rng, topic, ctx, 0.4) + _reason(rng, ctx, 0.4)
    text = expand(rng, head, ctx) + facts + ending + "；".join(claims) + "。"
    if topic.defence and rng.random() < 0.45:
        text += expand(rng, rng.choice(("被告{B}辩称：", "被告{B}辩称，", "{B}答辩称，")), ctx)
        text += _defence(rng, topic, ctx) + "。"
    return text


def frame_findings(rng: random.Random, topic: Topic) -> str:
    ctx = make_ctx(rng, topic, FORMAL)
    text = ""
    if rng.random() < 0.45:
        text = expand(rng, "原告{A}与被告{B}" + topic.cause + "一案，本院于{d4}立案后，依法适用[简易|普通]程序，"
                      "公开开庭进行了审理。", ctx)
    text += rng.choice(("经审理查明：", "经审理查明，", "本院经审理认定事实如下：", "本院查明："))
    text += _facts(rng, topic, ctx, 0.8) + rng.choice(EVIDENCE)
    if rng.random() < 0.3:
        text += expand(rng, rng.choice(PROCEDURE), ctx)
    if rng.random() < 0.3:
        text += expand(rng, rng.choice(COURT_VIEWS), ctx)
    return text


def frame_intake(rng: random.Random, topic: Topic) -> str:
    ctx = make_ctx(rng, topic, FORMAL, intake=True)
    claims = [c.replace("判令", "要求", 1) if c.startswith("判令") else c for c in _claims(rng, topic, ctx)]
    heads = ORG_INTAKE_HEADS if ctx["_org_p"] else PERSON_INTAKE_HEADS
    head = rng.choice(heads)
    label = rng.choice(("诉求：", "当事人诉求：", "其要求：", "调解请求："))
    text = expand(rng, head, ctx) + _facts(rng, topic, ctx, 0.3) + label + "；".join(claims) + "。"
    return text.replace("其的", "其")


ORG_INTAKE_HEADS = (
    "来访单位：{A}，委托代理人{c}。反映：", "{d4}，{A}工作人员{c}到诉讼服务中心反映：",
    "申请人{A}（委托代理人{c}）申请调解称：",
)
PERSON_INTAKE_HEADS = (
        "当事人{A}（{sex}，{age}岁，住{dist}{est}）反映：",
        "来访人{A}，{sex}，{age}岁，住{hm}。来访反映：",
        "{d4}，{A}（{sex}，{age}岁）到诉讼服务中心反映：",
        "申请人{A}（{sex}，住{dist}）申请调解称：",
        "当事人{A}，{sex}，{age}岁，现住{dist}{est}。据其陈述：",
)


def frame_judgment(rng: random.Random, topic: Topic) -> str:
    """A judgment excerpt: claims, the defence, then the court's findings."""
    ctx = make_ctx(rng, topic, FORMAL)
    claims = _claims(rng, topic, ctx) + [rng.choice(COSTS)]
    text = expand(rng, "原告{A}向本院提出诉讼请求：", ctx) + _enumerate(rng, claims) + "。"
    if topic.defence:
        text += expand(rng, rng.choice(("被告{B}辩称：", "被告{B}辩称，")), ctx) + _defence(rng, topic, ctx) + "。"
    text += rng.choice(("本院经审理认定事实如下：", "经审理查明：", "经审理查明，")) + _facts(rng, topic, ctx, 0.6)
    if rng.random() < 0.4:
        text += expand(rng, rng.choice(COURT_VIEWS), ctx)
    return text


GENERIC_MORE = (
    "{d4}前，{P}通过[微信|电话|短信]多次向{D}主张权利，{D}[未予回应|均以各种理由推脱|表示再考虑]。",
    "{P}曾于{m3}向{dist}人民调解委员会申请调解，因双方分歧较大，调解未成。",
    "诉讼中，{D}[未提交书面答辩意见|申请延期举证，本院予以准许]，[亦未申请证人出庭|后在举证期限内提交了证据]。",
    "{P}为本案支出了[律师代理费|交通费|公证费]，[并提交了相应票据|但未提交相应票据]。",
)
LONG_INTROS = (
    "原告{A}与被告{B}{cause}一案，本院于{d4}立案后，依法适用[简易|普通]程序，公开开庭进行了审理。"
    "[原告{A}及其委托诉讼代理人{lw1}|原告{A}]、[被告{B}|被告{B}的委托诉讼代理人{lw2}]到庭参加诉讼。本案现已审理终结。",
    "原告{A}诉被告{B}{cause}一案，本院受理后，依法[适用普通程序|由审判员独任审理]，公开开庭进行了审理。",
    "原告{A}与被告{B}{cause}一案，本院于{d4}受理后，依法适用简易程序，于[同年|次月]公开开庭进行了审理。",
)
LONG_PROOF = (
    "上述事实，有{proof}及当事人陈述等证据在卷佐证。", "以上事实，有{proof}等证据予以证实，本院予以确认。",
    "上述事实，有双方当事人的陈述及{proof}在卷为凭。",
)


def _long_findings(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> list[str]:
    """Fact narrative, every 另查明, one or two 再查明, then the evidence."""
    parts = [expand(rng, topic.facts[int(ctx["_v"]) % len(topic.facts)], ctx)]
    extras = rng.sample(topic.extra, len(topic.extra))[:rng.randint(2, 3)]
    for i, extra in enumerate(extras):
        if i:
            extra = extra.replace("另查明，", rng.choice(("另查明，", "还查明，", "此外，")), 1)
        parts.append(expand(rng, extra, ctx))
    more = list(topic.more) or list(GENERIC_MORE)
    for i, item in enumerate(rng.sample(more, min(len(more), rng.choice((1, 2, 2, 3))))):
        parts.append(("再查明：" if i == 0 else rng.choice(("", "同时，", "另，"))) + expand(rng, item, ctx))
    if topic.proof:
        parts.append(expand(rng, rng.choice(LONG_PROOF), ctx | {"proof": expand(rng, topic.proof, ctx)}))
    else:
        parts.append(expand(rng, rng.choice(EVIDENCE), ctx))
    return [p for p in parts if p]


def frame_long(rng: random.Random, topic: Topic) -> str:
    """A long judgment excerpt (350-800 characters): intro, claims, defence, multi-part findings, court's view."""
    ctx = make_ctx(rng, topic, FORMAL)
    ctx["cause"] = expand(rng, topic.cause, ctx)
    optional: list[tuple[int, str]] = []  # (priority: lower is dropped first, text)
    if rng.random() < 0.55:
        optional.append((1, expand(rng, rng.choice(LONG_INTROS), ctx)))
    claims = _claims(rng, topic, ctx) + [rng.choice(COSTS)]
    optional.append((4, expand(rng, "原告{A}向本院提出诉讼请求：", ctx) + _enumerate(rng, claims) + "。"))
    if topic.defence and rng.random() < 0.8:
        head = rng.choice(("被告{B}辩称：", "被告{B}辩称，", "被告{B}答辩称，"))
        optional.append((3, expand(rng, head, ctx) + _defence(rng, topic, ctx) + "。"))
    opener = rng.choice(("本院经审理认定事实如下：", "经审理查明：", "经审理查明，", "本院经审理查明："))
    findings = _long_findings(rng, topic, ctx)
    if rng.random() < 0.55:
        views = topic.views or COURT_VIEWS
        optional.append((2, expand(rng, rng.choice(views), ctx)))
    while True:
        head = "".join(t for prio, t in optional if prio in (1, 4, 3))
        tail = "".join(t for prio, t in optional if prio == 2)
        text = head + opener + "".join(findings) + tail
        if len(text) <= 800 or (not optional and len(findings) <= 2):
            return text
        if optional:
            optional.remove(min(optional, key=lambda item: item[0]))
        else:
            findings.pop(-2)


FRAMES = ((frame_complaint, 0.13), (frame_statement, 0.11), (frame_findings, 0.08), (frame_intake, 0.09),
          (frame_judgment, 0.11), (frame_long, 0.48))


def formal(rng: random.Random, topic: Topic) -> str:
    frame = rng.choices([f for f, _ in FRAMES], weights=[w for _, w in FRAMES])[0]
    return strip_final_periods(rng, frame(rng, topic))


# ---------------------------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------------------------

LIMITS = {COLLOQUIAL: (10, 420), FORMAL: (120, 800)}


def generate(rng: random.Random) -> list[Example]:
    """About ``TARGET`` distinct texts.  The round-3 topics are filled after the earlier ones, so that adding them
    left every earlier row as it was."""
    out: list[Example] = []
    seen: set[str] = set()
    for topics in (earlier_topics(), ROUND3):
        _fill(rng, topics, out, seen)
    return out


def _fill(rng: random.Random, topics: tuple[Topic, ...], out: list[Example], seen: set[str]) -> None:
    """Topics in rotation until each has its quota, registers kept at each topic's formal share."""
    counts = {t.slug: {COLLOQUIAL: 0, FORMAL: 0} for t in topics}
    for _ in range(DEFAULT_QUOTA * 12):
        open_topics = [t for t in topics if sum(counts[t.slug].values()) < QUOTAS.get(t.slug, DEFAULT_QUOTA)]
        if not open_topics:
            break
        for topic in open_topics:
            done = counts[topic.slug]
            share = FORMAL_SHARE.get(topic.slug, 0.5)
            register = FORMAL if done[FORMAL] < share * (done[FORMAL] + done[COLLOQUIAL] + 1) else COLLOQUIAL
            text = (colloquial if register == COLLOQUIAL else formal)(rng, topic).strip()
            low, high = LIMITS[register]
            if text in seen or not low <= len(text) <= high:
                continue
            seen.add(text)
            done[register] += 1
            out.append(Example(text=text, label=LABEL, register=register, topic=topic.slug))


# Topics the evaluation found thin get more rows (the rest get DEFAULT_QUOTA); shares of formal texts.
QUOTAS = {
    "heir_debt": 30, "heir_debt_bank": 30, "heir_debt_business": 30, "heir_debt_estate": 30,
    "unjust_enrichment": 25, "unjust_enrichment_payer": 35, "unjust_enrichment_deal": 35,
    "land_contract": 20, "land_transfer": 20, "forest_fishery": 20, "collective_land_lease": 25,
    "heating_power": 12, "heating_fee": 18, "property_registration": 25, "patent_invention": 25,
    "enforcement_objection": 25,
    # round 3
    "partition_sale": 22, "partition_ex_partner": 22, "neighbour_rebuild": 22, "flat_leak_damage": 21,
    "cohabit_flat": 22, "post_divorce_flat": 22, "divorce_home_money": 22, "estate_flat": 22, "demolition_heirs": 22,
    "homestead_split": 21, "nominee_house": 22, "relative_refuse_leave": 22, "execution_objection_flat": 22,
    "utility_water_heat": 22, "home_build_injury": 22, "deposit_wrong_payee": 22,
}
FORMAL_SHARE = {
    "heir_debt_bank": 0.6, "heir_debt_business": 0.6, "heir_debt_estate": 0.6, "unjust_enrichment": 0.6,
    "unjust_enrichment_payer": 0.66, "unjust_enrichment_deal": 0.62, "collective_land_lease": 0.6,
    "heating_fee": 0.6, "property_registration": 0.6, "patent_invention": 0.62, "enforcement_objection": 0.6,
    # round 3: mostly formal (long findings)
    "partition_sale": 0.62, "partition_ex_partner": 0.62, "neighbour_rebuild": 0.6, "flat_leak_damage": 0.6,
    "cohabit_flat": 0.62, "post_divorce_flat": 0.62, "divorce_home_money": 0.6, "estate_flat": 0.62,
    "demolition_heirs": 0.62, "homestead_split": 0.6, "nominee_house": 0.64, "relative_refuse_leave": 0.62,
    "execution_objection_flat": 0.66, "utility_water_heat": 0.62, "home_build_injury": 0.6, "deposit_wrong_payee": 0.62,
}


def earlier_topics() -> tuple[Topic, ...]:
    """The topics of rounds 1 and 2, in their original rotation order."""
    return FAMILY + TORTS + NEIGHBOURS_PROPERTY + LAND + PERSONALITY_IP + CONSUMER + HEIRS_DEBT + UNJUST + THIN


def all_topics() -> tuple[Topic, ...]:
    return earlier_topics() + ROUND3


# ---------------------------------------------------------------------------------------------------------------
# Family: marriage, children, parents, inheritance
# ---------------------------------------------------------------------------------------------------------------

FAMILY = (
    Topic(
        slug="divorce",
        cause="离婚纠纷",
        coll=(
            "我和{sp}是[那年|早些年|{y1}年|在老家的时候][经人介绍|相亲|打工的时候]认识的，[结婚|领证][五六年|七八年|"
            "十来年|三年]了，有个孩子[今年{kage}岁|在上小学]。"
            "{ta}[天天喝酒|爱打牌，输了就回家摔东西|整天不着家|动不动就动手]，[我实在过不下去了|这日子没法过了]，想离"
            "{ta}不同意，"
            "[是不是只能去法院起诉|起诉离婚要准备啥]？",
            "[请问|想问下]，[一方不同意离婚|对方死活不离]，[起诉的话|去法院告]能判离吗？[我们已经分居快两年了|分居一"
            "年多了]。",
            "结婚[十几年|八年]了，{sp}[在外面有人了|出轨被我发现了]，[聊天记录我都截图了|开房记录我有]，我要离婚，"
            "[孩子我想要|孩子必须跟我]，[家里的存款|财产]怎么分？{ask}",
            "第一次起诉离婚法院没判离，[现在又过了半年多|现在分居一年了]，[还能再起诉吗|再起诉能判离吗]",
            "{sp}打我好几次了，[有一次打得我住院|报过两次警]，[派出所有出警记录|有告诫书]，我要离婚，"
            "[现在带着孩子回娘家住着|现在在外面租房住]，[下一步怎么弄|去哪起诉]",
            "我们是在[老家|{dist}]领的证，{ta}现在[在外地打工|不知道去哪了]，[电话也不接|一年多联系不上]，"
            "我想离婚，[一方找不到人能离吗|起诉状怎么写]，{ask}",
            "[刚结婚一年多|结婚才半年]，[天天吵架|婆婆天天挑事]，{sp}什么都听[他妈|家里]的，[我想离了算了|想离婚]，"
            "[彩礼要不要退|我的陪嫁能不能拿回来]？",
        ),
        short=("起诉离婚要多久", "对方不同意离婚咋办", "离婚需要带什么材料", "分居两年能自动离婚吗",
               "想离婚去哪个法院", "离婚冷静期是多久"),
        facts=(
            "{P}与{D}于{y1}年[经人介绍相识|经朋友介绍相识|在打工期间相识]，{d2}登记结婚，婚后[育有一子{K}|育有一女{K}"
            "]。"
            "婚后初期感情尚可，[后因家庭琐事经常发生争吵|后{D}沉迷赌博、不顾家庭|后{D}长期酗酒，酒后对{P}打骂|后双方"
            "因性格不合"
            "缺乏沟通]，[自{d3}起双方分居至今|{y3}年起双方开始分居]，夫妻感情[已彻底破裂|确已破裂，无和好可能]。",
            "{P}与{D}系[自由恋爱|经人介绍]，于{d1}在{dist}民政局登记结婚，[婚后未生育子女|婚生子{K}现年{kage}岁]。因"
            "婚前了解"
            "不足，婚后双方[在生活习惯、子女教育等方面分歧较大|经常为琐事争吵]，{P}曾于{y2}年起诉离婚，法院判决不准离"
            "婚。此后双方"
            "关系仍未改善，[分居已满一年|{D}长期外出务工，对家庭不闻不问]。",
            "{d1}，{P}与{D}登记结婚，[系再婚|均系初婚]。{y2}年起，{D}[多次对{P}实施家庭暴力，{P}曾报警处理|与他人"
            "保持不正当关系]，[{d3}|{m3}]，{P}搬离共同住所，双方分居至今。{P}认为夫妻感情已经破裂。",
        ),
        claims=(
            "判令{P}与{D}离婚",
            "[婚生子|婚生女]{K}由{P}抚养，{D}每月支付抚养费{fee}至{K}年满十八周岁",
            "依法分割夫妻共同财产",
            "判令{D}赔偿{P}[精神损害抚慰金|离婚损害赔偿金]{comp}",
        ),
        extra=(
            "另查明，双方无共同债权债务。", "另查明，{K}现随{P}共同生活，[就读于{dist}某小学|由{P}父母帮助照看]。",
            "另查明，{P}于{y3}年曾向本院起诉离婚，后撤回起诉。",
            "另查明，{d3}，{dist}公安分局对{D}出具了家庭暴力告诫书。",
        ),
        defence=(
            "双方感情并未破裂，争吵系家庭琐事引起，{B}愿意改正，不同意离婚",
            "同意离婚，但孩子应由{B}抚养，{A}主张的抚养费过高", "不同意离婚，{A}所述家暴不属实",
        ),
        amounts={"fee": (600, 2500, 100), "comp": (10000, 50000, 1000)},
    ),
    Topic(
        slug="divorce_house",
        cause="离婚纠纷",
        coll=(
            "[离婚|闹离婚]房子怎么分？房子是[婚前{ta}家|婚前我]付的首付，[婚后一起还的房贷|结婚后俩人一起还贷款]，"
            "[房本上只写了{ta}的名字|房产证是{ta}一个人的名]，我[能分多少|有没有份]",
            "我和{sp}要离婚了，[房子在{est}|住的那套房子]是结婚后买的，[首付我爸妈出了{down}|首付是我家出的]，"
            "[现在{ta}要分一半|{ta}说要平分]，[这合理吗|我不服]，{ask}",
            "结婚时{ta}家说[在房本上加我名字|给我加名]，[后来也没加|一直拖着]，[现在要离婚|现在闹离婚]，"
            "[房子还欠银行{loan}没还完|还有{loan}房贷]，[离婚了房贷谁还|房子归谁]",
            "[公婆|我爸妈]出钱给我们买的房，[写的是我们俩名字|登记在我俩名下]，现在要离婚，[老人说那钱是借给我们的|老"
            "人要把"
            "出的钱要回去]，[这种|这]法院怎么判",
            "要离婚了，{sp}[偷偷把房子卖了|趁我不知道把房子抵押了]，[钱也不知道弄哪去了|钱全转走了]，[我能追回来吗|{a"
            "sk}]",
            "离婚的话[拆迁分的安置房|单位分的房改房|老家的宅基地房子]算不算共同财产？[{ta}说是{ta}家的|是{ta}爸妈那边"
            "分的]。",
        ),
        short=("离婚房子怎么分", "婚前首付婚后还贷离婚怎么分", "离婚房子写谁名字归谁吗", "婚后买的房离婚能分一半吗"),
        facts=(
            "{P}与{D}于{d1}登记结婚。{d2}，双方以[{D}|双方]名义购买位于{hm}的住房一套，总价{price}，首付款{down}[系{P"
            "}父母出资|"
            "由{D}父母支付|由双方共同支付]，余款以银行按揭贷款支付，婚后由双方共同偿还。{y3}年以来，双方因家庭琐事矛"
            "盾不断，"
            "[于{m3}分居|感情破裂]，就上述房屋的归属无法达成一致。",
            "{P}与{D}于{y1}年登记结婚，婚后育有[一子|一女]{K}。[婚前|{d1}]，{D}购买{hm}房屋并支付首付款，婚后双方以夫"
            "妻共同收入"
            "偿还按揭贷款[至{y3}年|]，现尚欠贷款{loan}。因{D}[长期不顾家庭|对{P}冷暴力]，夫妻感情确已破裂。{P}认为婚"
            "后共同还贷"
            "部分及对应的房屋增值部分应依法分割。",
        ),
        claims=(
            "判令{P}与{D}离婚",
            "[判令位于{hm}的房屋归{P}所有，{P}向{D}支付房屋折价款{pay}|依法分割位于{hm}的房屋，剩余按揭贷款由取得房屋"
            "一方偿还|"
            "判令{D}向{P}支付婚后共同还贷及房屋增值部分的补偿款{pay}]",
            "[婚生子|婚生女]{K}由{P}抚养",
        ),
        extra=(
            "另查明，诉讼中经双方同意，本院委托评估机构对涉案房屋进行评估，评估价值为{price}。",
            "另查明，涉案房屋登记在{D}名下，现由{P}居住。", "另查明，截至起诉之日，涉案房屋尚欠{bank}按揭贷款{loan}。",
        ),
        defence=(
            "同意离婚，但涉案房屋系{B}婚前个人财产，首付款由{B}父母出资，{A}无权分割",
            "首付款是{B}父母借给双方的借款，离婚时应一并偿还", "同意离婚，房屋应归{B}所有，{B}愿意给予适当补偿",
        ),
        amounts={"price": (380000, 1200000, 1000), "down": (100000, 400000, 1000), "loan": (80000, 600000, 1000),
                 "pay": (50000, 400000, 1000), "monthly": (1500, 5000, 100)},
        core=2,
    ),
    Topic(
        slug="divorce_debt",
        cause="离婚纠纷",
        coll=(
            "{sp}背着我在网上[借了好多网贷|借了十几万网贷]，[天天有人打电话催|催收都打到我单位了]，[我根本不知道这事|"
            "钱都被{ta}"
            "拿去打游戏了]，离婚的话这债我也要还吗",
            "[要离婚了|正在打离婚官司]，{ta}拿出一张借条说是[结婚期间跟{ta}表哥借的{debt}|婚后借{ta}朋友的{debt}]，让"
            "我承担一半，"
            "[我压根没见过这钱|我根本不知道]，{ask}",
            "离婚的时候[协议写的|说好的]债务[都归{ta}|{ta}自己还]，[现在债主找上我了|现在银行起诉我了]，说是夫妻共同"
            "债务，[我冤不冤啊|我该还吗]",
            "我们[开饭馆|做小生意]的时候[找亲戚借了|贷款贷了]{debt}，[生意赔了|店关了]，现在要离婚，[这钱怎么算|债谁"
            "还]？",
            "[老公|老婆]赌博欠了一屁股债，[我都替{ta}还过两回了|我已经帮着还了{debt}]，[实在受不了了|不想再过了]，离"
            "婚能不能"
            "[把债分开|不背{ta}的债]",
        ),
        short=("离婚了对方欠的债我要还吗", "老公网贷离婚要一起还吗", "夫妻共同债务怎么认定"),
        facts=(
            "{P}与{D}于{d1}登记结婚。婚后{D}[沉迷网络赌博|长期不务正业]，[以个人名义在多个网络平台借款|向他人借款]，{"
            "P}对此"
            "并不知情，借款亦未用于家庭共同生活。{d3}，{P}发现{D}[尚欠各类借款{debt}|对外负债{debt}]，双方为此发生激"
            "烈争吵，"
            "[此后分居至今|{P}回娘家居住至今]，夫妻感情已经破裂。",
            "{P}与{D}于{y1}年结婚，{y2}年双方[在{pl}共同经营{shop}|合伙做建材生意]，经营期间[向{C}借款{debt}|以{D}名"
            "义在{bank}"
            "贷款{debt}]，后因经营不善停业。此后双方因债务问题矛盾激化，{P}认为夫妻感情确已破裂，该笔债务系夫妻共同经"
            "营所负，"
            "应由双方共同偿还。",
        ),
        claims=(
            "判令{P}与{D}离婚",
            "<确认{D}在婚姻关系存续期间所负债务{debt}为{D}个人债务，由{D}个人偿还|确认经营期间以{D}名义所负{debt}债务为夫妻共同债务，"
            "由双方共同偿还>",
            "依法分割夫妻共同财产",
        ),
        extra=(
            "另查明，{D}名下[多个网络借贷平台|信用卡]尚有未结清欠款，部分已被出借人起诉。",
            "另查明，{P}曾于{m3}代{D}偿还借款{part}。",
        ),
        defence=(
            "<借款用于家庭装修及日常开支，属于夫妻共同债务，{A}应共同偿还|同意离婚，但经营期间的借款系{A}个人所借，{B"
            "}不知情，不应由{B}承担>",
        ),
        amounts={"debt": (30000, 300000, 1000), "part": (5000, 50000, 1000)},
    ),
    Topic(
        slug="divorce_assets",
        cause="离婚纠纷",
        coll=(
            "离婚的话车怎么分？车是[婚后买的|结婚以后全款买的]，[写的{ta}名字|登记在{ta}爸名下]，[{ta}说车是{ta}家的|"
            "{ta}不认]",
            "{sp}[自己开公司|跟人合伙开了家公司]，[股份|股权]都在{ta}名下，[要离婚了{ta}说公司不挣钱|{ta}说公司欠着外"
            "债]，"
            "离婚公司股份能分吗？{ask}",
            "[要离婚，|闹离婚的时候]发现{ta}[把存款偷偷转给{ta}妈了|提前把卡里{save}转走了]，[这钱还能要回来吗|法院能"
            "查吗]",
            "我们离婚，{ta}的[公积金|养老保险|年终奖]算不算共同财产？[{ta}在国企上班|{ta}在{co}上班]，[工资比我高|收"
            "入挺高]",
            "[婚后|结婚这几年]{ta}[炒股|买基金|买理财]赔了{save}，[都是用家里的钱|拿的我们的积蓄]，现在离婚[我能让{ta"
            "}赔吗|这个损失怎么算]",
            "[离婚的时候|离婚分东西的时候][彩礼|嫁妆|结婚时的金首饰]归谁？{ta}家说[都是他们出的钱|要全部拿回去]",
        ),
        short=("离婚车子怎么分", "离婚对方转移财产怎么办", "离婚公司股份能分吗", "离婚存款怎么分"),
        facts=(
            "{P}与{D}于{d1}登记结婚。婚后双方<共同购买车牌号为{plate}的小型轿车一辆，登记在{D}名下|以夫妻共同财产出资"
            "设立{co}，"
            "{D}持股[60%|70%|80%]|共同积累存款{save}>。{y3}年以来，双方因[{D}不顾家庭|经济问题]矛盾加剧，{D}在分居期间"
            "<将上述车辆擅自转让他人|将其持有的股权以明显低价转让给其亲属|将上述存款擅自转至其母亲名下>。{P}认为夫妻"
            "感情已经破裂，"
            "{D}隐匿、转移共同财产，应少分或不分。",
            "{P}与{D}于{y1}年结婚，婚后育有[一子|一女]{K}。婚姻关系存续期间，{D}[在{co}任职|个体经营]，取得的[工资、"
            "奖金|经营"
            "收益]及名下的[住房公积金|车辆、存款]均属夫妻共同财产。{m3}起双方分居，现{P}起诉离婚并要求分割上述财产。",
        ),
        claims=(
            "判令{P}与{D}离婚",
            "<依法分割夫妻共同财产，{plate}号车辆归{P}所有|依法分割{D}名下{co}的股权折价款|判令{D}向{P}支付转移存款的"
            "一半{half}>",
            "判令{D}对其隐匿、转移的夫妻共同财产少分或不分",
        ),
        extra=(
            "另查明，{D}名下{bank}账户于{m3}先后向其母亲{C}转账{save}。",
            "另查明，{co}成立于{y2}年，注册资本100万元，{D}为法定代表人。",
        ),
        defence=("所转款项系偿还{B}母亲的借款，并非转移财产", "车辆系{B}父母出资购买，属于赠与{B}个人的财产"),
        amounts={"save": (30000, 300000, 1000), "half": (15000, 150000, 1000)},
        core=2,
    ),
    Topic(
        slug="post_divorce_property",
        cause="离婚后财产纠纷",
        coll=(
            "[离婚协议|协议]上写了房子归我，[离完婚|拿到离婚证后]{ta}[一直不配合过户|拖着不去办过户]，[都一年多了|半"
            "年了]，{ask}",
            "离婚[两年|一年多]了，才发现前夫{ta}[离婚前偷偷买了套房|名下还有一辆车|有一笔存款没说]，[能再分吗|还能起"
            "诉分割吗]",
            "[离婚的时候|协议离婚时]说好{ta}给我{pay}补偿，[到现在一分没给|只给了一半]，[电话也拉黑了|人也找不到]，{a"
            "sk}",
            "离婚后[房子的贷款|房贷]说好[{ta}还|一人一半]，结果{ta}[不还了|断供了]，银行[天天催我|要起诉我们俩]，[我"
            "该怎么办|能告{ta}吗]",
        ),
        short=("离婚后发现对方隐瞒财产怎么办", "离婚协议不履行怎么办", "离婚协议房子归我不过户咋办"),
        facts=(
            "{P}与{D}原系夫妻，于{d2}在{dist}民政局协议离婚。双方签订的《离婚协议书》约定：位于{hm}的房屋归{P}所有，"
            "剩余银行"
            "贷款由{P}偿还；{D}应于离婚后[三十日内|一个月内]协助{P}办理房屋产权变更登记。离婚后{P}按约偿还贷款，[但{D"
            "}以各种理由"
            "拒不配合办理过户手续|{D}至今未协助办理过户]。",
            "{P}与{D}于{d2}经法院调解离婚，调解书对夫妻共同财产进行了分割。{m3}，{P}偶然得知，{D}在婚姻关系存续期间["
            "以其个人"
            "名义购买了车牌号为{plate}的车辆|在{bank}存有定期存款{save}|购买了理财产品{save}]，离婚时故意隐瞒未予申报"
            "。",
            "{P}与{D}于{d2}协议离婚，《离婚协议书》约定{D}于{d3}前向{P}支付财产补偿款{pay}。到期后{D}[仅支付了部分款"
            "项|分文未付]，"
            "经{P}多次催要无果。",
        ),
        claims=(
            "<判令{D}协助{P}办理位于{hm}房屋的产权变更登记手续|判令对{D}隐匿的夫妻共同财产依法予以分割，{D}向{P}支付{"
            "half}|判令{D}"
            "按离婚协议向{P}支付补偿款{pay}>",
            "判令{D}赔偿{P}因逾期履行造成的损失",
        ),
        extra=("<另查明，涉案房屋目前登记在{D}名下，尚未设立抵押。|另查明，离婚时双方均未申报上述财产。|>",
               "另查明，{D}于离婚后再婚。"),
        defence=("离婚协议系{A}胁迫签订，且{A}未履行协议中的其他义务", "所谓隐匿的财产系离婚后取得，与{A}无关"),
        amounts={"pay": (20000, 200000, 1000), "save": (50000, 300000, 1000), "half": (20000, 150000, 1000)},
    ),
    Topic(
        slug="custody_change",
        cause="变更抚养关系纠纷",
        coll=(
            "离婚时孩子判给了{ta}，[现在{ta}再婚了|{ta}常年在外地打工]，孩子[跟着爷爷奶奶|没人管]，[学习一落千丈|瘦了"
            "一大圈]，"
            "我想把孩子抚养权要回来，{ask}",
            "[孩子今年{kage}岁|娃{kage}岁了]，自己说想跟我过，[能不能改抚养权|变更抚养权要啥条件]？",
            "前妻[把孩子带到外地|把娃带回老家]去了，[不让我见|电话都不让打]，[孩子户口还在我这|孩子在那边也不上学]，"
            "我想[要回抚养权|让孩子跟我]，法院会支持吗",
            "离婚时候[我没工作|我收入低]孩子给了对方，[现在我条件好了|我现在在{dist}买了房]，[对方还打孩子|孩子身上有"
            "伤]，[{ask}|抚养权能改吗]",
        ),
        short=("变更抚养权怎么起诉", "孩子多大可以自己选跟谁", "离婚后抚养权还能改吗"),
        facts=(
            "{P}与{D}原系夫妻，于{d2}经[本院|法院]调解离婚，婚生[子|女]{K}由{D}抚养，{P}每月支付抚养费{fee}。离婚后，"
            "{D}[于{y3}年"
            "再婚并另育子女|长期在外地务工]，{K}实际由{D}的父母照看，[学习成绩明显下降|生活和教育得不到保障]。{K}现年"
            "{kage}岁，"
            "[明确表示愿意随{P}生活|多次向{P}表示想跟随{P}生活]。",
            "{P}与{D}于{d2}协议离婚，约定[儿子|女儿]{K}随{D}生活。{m3}，{P}发现{K}[身上多处淤青，经询问系被{D}殴打所"
            "致|已辍学"
            "在家]。{P}认为{D}不宜继续直接抚养子女。",
        ),
        claims=(
            "判令[婚生子|婚生女]{K}变更由{P}直接抚养",
            "判令{D}自{m4}起每月支付抚养费{fee}至{K}年满十八周岁",
        ),
        extra=("另查明，{P}现在{co}工作，月收入约{income}，在{dist}有固定住所。",
               "另查明，庭审中本院征求了{K}的意见，{K}表示愿意随{P}生活。"),
        defence=("{K}一直随{B}生活，已经习惯现有环境，变更抚养关系不利于孩子成长", "{A}经济条件不稳定，不具备抚养能力"),
        amounts={"fee": (500, 2000, 100), "income": (3000, 9000, 100)},
    ),
    Topic(
        slug="child_support",
        cause="抚养费纠纷",
        coll=(
            "离婚[三年|好几年]了，孩子跟我，[对方|孩子他爸]说好每月给{fee}抚养费，[从{t}开始就不给了|一年多没给了]，{"
            "ask}",
            "[孩子上初中了|娃现在上高中]，[补课、学费|花销]越来越大，{fee}根本不够，能不能[起诉要求加抚养费|让{ta}多"
            "出点]",
            "没结婚生的孩子，[男方|孩子爸]不认也不给钱，[孩子{kage}岁了|一直是我一个人带]，[能不能告他要抚养费|非婚生"
            "子女有没有抚养费]？",
            "抚养费判了[{ta}|对方]就是不给，[说自己没工作|说自己欠一屁股债]，但[天天朋友圈晒吃喝|刚换了新车]，[法院能"
            "强制吗|{ask}]",
            "孩子生病住院花了{med}，离婚协议只写了抚养费没写看病的钱，[能不能让{ta}出一半|{ta}该不该承担]",
        ),
        short=("抚养费不给怎么办", "抚养费一般判多少", "孩子抚养费能要求增加吗", "非婚生子女抚养费怎么要"),
        facts=(
            "{P}与{D}原系夫妻，于{d2}离婚，约定[婚生子|婚生女]{K}（现年{kage}岁）随{P}生活，{D}每月支付抚养费{fee}。"
            "[自{m3}起，{D}未再支付抚养费|近年来随着{K}入学，教育、医疗费用大幅增加，原定抚养费已不足以维持{K}的正常"
            "生活]，"
            "{P}多次催要未果。",
            "{P}与{D}于{y1}年起同居生活，{y2}年生育[一子|一女]{K}，后双方分手，{K}一直随{P}生活，{D}[从未支付过抚养费"
            "|仅支付过少量"
            "生活费]。{D}现在{co}工作，有稳定收入。",
        ),
        claims=(
            "判令{D}自{m4}起每月支付{K}抚养费{fee2}至{K}年满十八周岁",
            "判令{D}支付拖欠的抚养费{owed}",
            "{K}的医疗费、教育费凭票据由{D}负担一半",
        ),
        extra=("另查明，{D}现月收入约{income}。", "另查明，{K}现就读于{dist}某[小学|中学]。"),
        defence=("{B}收入微薄，还需抚养再婚后所生子女，无力增加抚养费", "{B}已按约支付抚养费，不存在拖欠"),
        amounts={"fee": (500, 1500, 100), "fee2": (1000, 2500, 100), "owed": (6000, 40000, 500),
                 "income": (3000, 10000, 100), "med": (5000, 60000, 1000)},
    ),
    Topic(
        slug="visitation",
        cause="探望权纠纷",
        coll=(
            "离婚后孩子跟[她|他]，[前妻|前夫]一家[就是不让我见孩子|把孩子藏起来了]，[我每个月都按时给抚养费|抚养费我"
            "一分没少]，{ask}",
            "[探望权|看孩子]怎么起诉？[离婚时没写探望的事|协议里没约定]，现在[孩子奶奶不让见|对方一直推]",
            "[周末|放假]想接孩子过来住两天，[对方说孩子不想见我|对方说我带坏孩子]，[能不能让法院定个时间|法院能判每周"
            "见一次吗]",
            "我是孩子[奶奶|姥姥]，[儿子|女儿]去世了，[儿媳|女婿]再婚后不让我们见孙子，[老人有没有探望权|我们能起诉吗]",
        ),
        short=("不让看孩子怎么办", "探望权怎么起诉", "爷爷奶奶有探望权吗"),
        facts=(
            "{P}与{D}原系夫妻，于{d2}离婚，婚生[子|女]{K}由{D}直接抚养，{P}按时支付抚养费。离婚后，{D}[以各种理由阻挠"
            "{P}探望"
            "子女|将{K}带至外地生活并拒绝告知住址]，{P}自{m3}起已无法见到{K}，多次协商未果。",
            "{P}与{D}于{d2}协议离婚，约定{K}随{D}生活，但未约定探望方式。此后{P}每次前往探望，{D}[均予拒绝|均称孩子不"
            "在家]，"
            "[{d3}，双方在学校门口因探望问题发生争执，{dist}派出所出警处理|社区曾多次调解未果]。",
        ),
        claims=(
            "判令{P}每月探望[婚生子|婚生女]{K}[两次|四次]，每次[于周六上午九时接走，周日下午六时送回|不少于八小时]，{"
            "D}予以协助",
            "寒暑假期间{P}可接{K}共同生活[十五日|七日]",
        ),
        defence=("{K}不愿意见{A}，{B}并未阻挠探望", "{A}探望时曾擅自将孩子带走，影响孩子正常学习"),
    ),
    Topic(
        slug="elder_support",
        cause="赡养纠纷",
        coll=(
            "我[爸|妈]今年{old}了，[三个儿子|几个子女][谁也不管|互相推]，[老人住在老房子里没人照顾|看病的钱都没人出]，"
            "[老人能告子女吗|{ask}]",
            "我[父亲|母亲]{old}岁了，[我一个人照顾了好几年|一直在我家住]，[我哥|我弟|我姐][一分钱不出|过年都不回来看]，"
            "[能不能让{ta}出赡养费|赡养费怎么算]",
            "!儿子[结婚后|娶了媳妇]把我们老两口[赶出来了|的房子占了]，[现在住在亲戚家|在村里借住]，每月就[几百块|一千"
            "来块]养老金，{ask}",
            "我[爸妈|父母]把[房子|拆迁款]都给了[大哥|小儿子]，[现在老人病了|老人瘫在床上]，[大哥说财产给了谁谁养|大哥"
            "不管]，我们其他子女还有赡养义务吗",
            "老人[住院|做手术]花了{med}，[姊妹几个|兄弟姐妹]为了谁出钱[吵翻了|闹得不可开交]，[能不能让法院分一下|{ask"
            "}]",
        ),
        short=("子女不赡养老人怎么办", "赡养费一般给多少", "老人起诉子女要赡养费"),
        facts=(
            "{P}现年{old}岁，系{D}之[父|母]。{P}[配偶已去世|与配偶{mom}]，育有子女[三人|四人]，现[独自居住在{vil}|随{"
            "C}生活]，"
            "[仅靠每月少量养老金生活|无固定收入]，且患有[高血压、糖尿病|脑梗后遗症|慢性支气管炎]等疾病。{D}[长期在{di"
            "st}居住|"
            "经营{shop}]，有经济能力，但[自{y3}年起未支付任何赡养费|对{P}不闻不问]，经村委会调解未果。",
            "{P}育有{D}等子女，[{y2}年|早年]已将[房屋|土地征收补偿款]分给子女。{m3}，{P}因病住院治疗，花费医疗费{med}，"
            "{D}拒绝分担，[亦不到医院照顾|并称已分家不再负担]。",
        ),
        claims=(
            "判令{D}自{m4}起每月支付{P}赡养费{fee}",
            "判令{D}分担{P}住院期间的医疗费{share}",
            "判令{D}[每月探望{P}不少于一次|轮流照顾{P}的日常生活]",
        ),
        extra=("另查明，{P}每月领取城乡居民基本养老金{pension}。", "另查明，{P}的其他子女已按月支付赡养费。"),
        defence=("{A}已将房屋分给其他子女，应由取得财产的子女赡养",
               "{B}收入有限，还需抚养未成年子女，只能每月支付少量赡养费"),
        amounts={"fee": (300, 1500, 100), "med": (8000, 90000, 1000), "share": (3000, 30000, 500),
                 "pension": (150, 2500, 50)},
    ),
    Topic(
        slug="inheritance_flat",
        cause="法定继承纠纷",
        kin=True,
        coll=(
            "我爸{t}去世了，[没留遗嘱|啥也没写]，[留下{est}一套房|留了套楼房]，{sib}[一直住着不让卖|说房子是他的]，"
            "[我们姊妹三个|我们几个]怎么分？{ask}",
            "[老人走了|父母都不在了]，房子[房本还是我爸的名|还在老人名下]，[想过户|想卖掉分钱]，{sib}[不配合|不签字]"
            "，[能不能起诉|{ask}]",
            "我妈去世后，我爸[再婚了|又找了个老伴]，现在我爸也走了，[后妈要分房子|后妈说房子有她一半]，[这个房子怎么"
            "分|我们子女能分多少]",
            "{sib}照顾老人[好几年|比较多]，说[房子该多分|应该全归他]，[我们几个平时也出钱了|我在外地也每月寄钱]，[这"
            "样公平吗|法律上怎么规定的]",
            "[爷爷|外婆]留下的[老房子|平房][拆迁了|要拆了]，补偿款{comp}，[我爸已经不在了|我爸先走的]，[我作为孙子能"
            "分吗|代位继承怎么算]",
            "我爸[银行卡里有钱|还有存款]，[密码不知道|卡在{sib}手里]，[银行说要公证|去银行取不出来]，[继承存款要办啥"
            "手续|{ask}]",
        ),
        short=("父母去世房子怎么分", "没有遗嘱遗产怎么继承", "继承房产过户需要什么", "孙子能继承爷爷的房子吗"),
        facts=(
            "被继承人{dec}与{mom}系夫妻，共生育{P}、{D}[等三名子女|二人]。{mom}于{y1}年病故，{dec}于{d2}去世，生前未"
            "立遗嘱。"
            "{dec}生前留有位于{hm}的房屋一套[（建筑面积约{area}平方米）|]及{bank}存款{save}。被继承人去世后，该房屋["
            "由{D}占有使用|"
            "一直空置]，双方就遗产分割协商未果。",
            "{P}与{D}系{rel}关系，其父{dec}于{d3}去世。{dec}名下有{hm}房屋一套，系其与前妻共同购买。{dec}生前与{C}再"
            "婚，"
            "[{C}主张房屋中有其份额|{C}现居住在该房屋内]。{P}认为该房屋应由法定继承人依法继承。",
            "被继承人{dec}系{P}、{D}之父，{d3}因病去世。{dec}晚年主要由{D}照顾，{P}[在外地工作，每月支付生活费|定期回"
            "家探望]。"
            "被继承人遗留[{est}住房一套|拆迁安置房一套及补偿款{comp}]，{D}以尽了主要赡养义务为由，主张全部继承。",
        ),
        claims=(
            "依法分割被继承人{dec}的遗产，[位于{hm}的房屋由{P}继承[二分之一|三分之一]份额|{P}依法继承{dec}名下存款{sa"
            "ve}的相应份额]",
            "判令{D}协助{P}办理房屋继承过户手续",
            "判令{D}返还其占有的被继承人存款{save}",
        ),
        extra=("另查明，被继承人{dec}的父母均先于其死亡。", "另查明，涉案房屋现市场价值约{price}。",
               "另查明，被继承人的丧葬费用{funeral}由{D}支付。"),
        defence=("{B}长期与被继承人共同生活并尽了主要扶养义务，应当多分", "被继承人生前已口头表示房屋归{B}所有"),
        amounts={"save": (20000, 300000, 1000), "comp": (200000, 900000, 1000), "price": (300000, 1100000, 1000),
                 "funeral": (10000, 40000, 1000), "area": ("int", 60, 130)},
    ),
    Topic(
        slug="will_inheritance",
        cause="遗嘱继承纠纷",
        kin=True,
        coll=(
            "我爸生前[写了遗嘱|留了个手写遗嘱]，房子给我，[{sib}说是假的|{sib}不认]，[非要做鉴定|说老人当时糊涂了]，{"
            "ask}",
            "[老人|我妈]临走前在医院[录了个视频|口头说了]房子归我，[没写纸面的|没去公证]，[这个算不算遗嘱|有没有效]？",
            "我爸[有两份遗嘱|先后立了两份遗嘱]，[一份公证的给{sib}|一份自书的给我]，[到底以哪份为准|该听哪份的]",
            "[邻居|保姆]拿出一份遗嘱，说我[姑姑|舅舅]的房子留给[她|他]了，[我们家属都不知道|字也不像本人写的]，[能不"
            "能起诉确认无效|{ask}]",
        ),
        short=("自书遗嘱有效吗", "录音遗嘱算数吗", "遗嘱要公证才有效吗"),
        facts=(
            "被继承人{dec}于{d3}去世，其配偶先于其死亡，生前育有{P}、{D}等子女。{d2}，{dec}[自书遗嘱一份|在两名见证人"
            "见证下立"
            "代书遗嘱一份|在{dist}公证处办理了遗嘱公证]，载明其名下位于{hm}的房屋由{P}继承。被继承人去世后，{D}[以遗"
            "嘱系伪造为由|"
            "以被继承人立遗嘱时神志不清为由]拒绝配合办理继承手续，并占有该房屋。",
            "被继承人{dec}生前留有两份遗嘱：{y1}年的遗嘱将{hm}房屋留给{D}，{y2}年的自书遗嘱将该房屋留给{P}。{dec}于{d"
            "3}去世后，"
            "双方对遗嘱效力发生争议。",
        ),
        claims=(
            "判令位于{hm}的房屋由{P}依遗嘱继承",
            "判令{D}[于判决生效后十日内迁出涉案房屋|返还涉案房屋的房产证]",
        ),
        extra=("另查明，诉讼中{D}申请对遗嘱签名进行笔迹鉴定，鉴定意见为遗嘱上“{dec}”签名系其本人所写。",
               "另查明，{dec}生前于{y2}年在{hosp}住院，病历记载其意识清楚。"),
        defence=("遗嘱非被继承人本人书写，应属无效", "立遗嘱时被继承人已患阿尔茨海默病，不具备遗嘱能力"),
    ),
    Topic(
        slug="heir_debt",
        cause="被继承人债务清偿纠纷",
        coll=(
            "我[借给朋友|借给老同学]{debt}，[有借条|他打了欠条]，结果他{t}[出车祸去世了|病死了]，[他家里人说不知道这"
            "事|家属不认账]，"
            "这钱还能要吗？找谁要？",
            "!我爸去世后，[突然有人拿着借条上门|有人找我要债]，说我爸生前借了他{debt}，[我们根本不知道|借条上字也不像"
            "我爸的]，"
            "[子女要替父亲还钱吗|我们要还吗]",
            "![老公|老伴]去世了，[留下的房子|遗产]还没分，[银行|债主]起诉[我和孩子|我们]让还[他生前的贷款|他欠的钱]，"
            "[我们放弃继承行不行|{ask}]",
            "!放弃继承了是不是就不用还[父亲|老人]的债了？[老人留了点存款|就一套老房子]，欠了别人{debt}",
        ),
        short=("父债子还有法律依据吗", "借钱的人死了找谁要钱", "放弃继承还用还债吗"),
        facts=(
            "{d1}，{dec}因[资金周转|做生意]向{P}借款{debt}，并出具借条一张，约定于{d2}前归还。借款到期后，{dec}[仅归"
            "还{part}|未归还]。"
            "{d3}，{dec}因病去世。{D}系{dec}的[配偶|儿子|女儿]，[已实际继承{dec}名下位于{hm}的房屋|继承了{dec}的存款"
            "及车辆]。"
            "{P}多次向{D}催要，{D}以不知情为由拒绝偿还。",
            "{P}与{dec}系[朋友|同事|老乡|亲戚]，{dec}生前分[三|数]次向{P}借款共计{debt}，有转账记录及借条为证。{dec}"
            "于{d3}死亡后，其第一顺序"
            "继承人{D}等人均未表示放弃继承，被继承人的遗产尚未分割。",
        ),
        claims=(
            "判令{D}在继承{dec}遗产的实际价值范围内偿还{P}借款{debt}",
            "判令{D}支付逾期利息[（以{debt}为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）|]",
        ),
        extra=("另查明，{dec}名下遗产[包括{hm}房屋一套|包括{bank}存款及车辆一辆]，价值明显高于涉案债务。",
               "另查明，{D}于诉讼中表示放弃继承，但已实际占有被继承人部分遗产。"),
        defence=("对借款不知情，借条非{dec}本人所写", "{B}已放弃继承，不应承担清偿责任"),
        amounts={"debt": (20000, 400000, 1000), "part": (5000, 20000, 1000)},
    ),
    Topic(
        slug="family_partition",
        cause="分家析产纠纷",
        kin=True,
        coll=(
            "[老家|村里]的院子是[我爸|爷爷]那辈盖的，[我们兄弟三个|兄弟几个]一直住在一起，现在{sib}要[分家|把院子卖了"
            "]，[怎么分才合法|{ask}]",
            "[我们家的|老宅]宅基地上有[三间房|五间平房]，[有两间是我后来自己翻盖的|后面加盖的是我出的钱]，[分家的时候"
            "能算我的吗|{sib}要平分]",
            "[兄弟分家|分家]的时候[说好的|立了分家单]，[现在{sib}反悔了|{sib}又不认了]，[分家协议有效吗|能起诉吗]",
            "[一大家子|我们家]住的房子[拆迁了|要征收了]，[按人头|按户]补偿了{comp}，[爸妈、我们兄弟几家|大家族]为了怎"
            "么分吵翻了",
        ),
        short=("农村分家房子怎么分", "分家协议有法律效力吗", "拆迁款家里人怎么分"),
        facts=(
            "{P}与{D}系{rel}关系。[{y1}年|早年]，双方父母在{town}{vil}建有房屋[五间|六间]，{y2}年双方[分别成家后|婚后"
            "]，"
            "{P}出资对其中[两间|三间]进行翻建。{d3}，[该房屋被列入征收范围，获得补偿款{comp}|双方因房屋使用问题发生矛"
            "盾]，"
            "就家庭共有财产的分割协商未果。",
            "{P}与{D}及其父母原系一个家庭共同生活，{y2}年在村委会主持下签订《分家协议》，约定[东侧房屋归{P}|宅基地东"
            "半部分归{P}、"
            "西半部分归{D}]。此后{D}[在{P}分得的宅基地上堆放杂物并搭建棚圈|拒不按协议腾让房屋]。",
        ),
        claims=(
            "<依法分割家庭共有的位于{town}{vil}的房屋|判令{D}按《分家协议》腾让东侧房屋>",
            "<判令{D}向{P}支付应得的征收补偿款{share}|判令{D}清除堆放的杂物并拆除棚圈>",
        ),
        extra=("另查明，涉案房屋所在宅基地登记在双方父亲名下。", "另查明，双方父亲已于{y3}年去世，母亲现随{P}生活。"),
        defence=("<房屋系{B}出资建造，{A}无权分割|《分家协议》系父母单方决定，{B}未签字>",),
        amounts={"comp": (200000, 900000, 1000), "share": (50000, 300000, 1000)},
    ),
    Topic(
        slug="cohabitation",
        cause="同居关系析产纠纷",
        coll=(
            "我们[没领证|没扯结婚证]在一起[过了五六年|住了三年]，现在分手了，[一起买的车|一起攒钱付的首付]写的{ta}名"
            "，我能分吗",
            "[男朋友|女朋友]同居期间[我给{ta}转了不少钱|我每个月给{ta}生活费]，[加起来有{money}|差不多{money}]，分手"
            "了{ta}说是赠与，"
            "[能要回来吗|{ask}]",
            "没结婚生了个孩子，现在分开了，[孩子跟谁|抚养费怎么算]？[{ta}说没结婚不算数|{ta}家里不认]",
            "[和前任|跟对象]同居的时候[一起开了个店|合伙做了个小生意]，分手了[店在{ta}手里|钱都在{ta}那]，[我那份怎么"
            "拿回来|{ask}]",
        ),
        short=("没领证分手财产怎么分", "同居分手能要回转账吗", "同居期间买的房怎么分"),
        facts=(
            "{P}与{D}于{y1}年相识并开始同居生活，未办理结婚登记。同居期间，双方[共同出资购买车牌号为{plate}的车辆，登"
            "记在{D}名下|"
            "以{D}名义购买{hm}房屋，首付款中{money}由{P}支付]，{y3}年双方解除同居关系，就上述财产的分割发生争议。",
            "{P}与{D}于{y1}年起同居生活，{y2}年生育[一女|一子]{K}，双方未办理结婚登记。{m3}双方分手，{K}随{P}生活，{D"
            "}未支付"
            "任何抚养费用。同居期间，{P}向{D}转账共计{money}[用于{D}偿还个人信用卡|用于{D}购车]。",
        ),
        claims=(
            "<依法分割同居期间共同购买的财产，判令{D}返还{P}出资款{money}|判令{D}返还{P}同居期间支付的款项{money}>",
            "<|非婚生[子|女]{K}由{P}抚养，{D}每月支付抚养费{fee}>",
        ),
        extra=("另查明，{P}向{D}的转账中，部分附言为“生活费”“520”。",),
        defence=("{A}的转账系恋爱期间的赠与，不应返还", "车辆系{B}个人出资购买，与{A}无关"),
        amounts={"money": (20000, 200000, 1000), "fee": (600, 1500, 100)},
    ),
    Topic(
        slug="betrothal_gift",
        cause="婚约财产纠纷",
        coll=(
            "[订婚|定亲]的时候给了女方彩礼{gift}，[还有三金|还买了金手镯金项链]，现在[女方悔婚了|没领证就分了]，[彩礼"
            "能要回来吗|{ask}]",
            "[结婚|办了酒席]还没领证，[才住了两个月|没过几个月]就吵着分手，[女方家|她家]说彩礼[不退|已经花了]，[这咋"
            "整|能起诉要彩礼吗]",
            "我们[领证了|结婚登记了]但是[没在一起住过几天|一直没共同生活]，现在离婚，[男方|对方]要我家退彩礼{gift}，["
            "要全退吗|我们要退多少]",
            "彩礼是[借钱|贷款]凑的{gift}，[给了以后|结婚不到一年]女方就回娘家不回来了，[家里穷得叮当响|现在还欠着债]"
            "，[能要回来吗|{ask}]",
            "[媒人|介绍人]收了{fee}介绍费，[亲事黄了|婚没结成]，[能要回来吗|介绍费退不退]",
        ),
        short=("彩礼能要回来吗", "没领证彩礼退不退", "悔婚了彩礼怎么退", "离婚彩礼要退吗"),
        facts=(
            "{P}与{D}经人介绍相识，[{d1}|{m1}]按当地习俗举行订婚仪式，{P}给付{D}彩礼{gift}，另购买[金项链、金戒指|“三"
            "金”]等首饰"
            "价值{gold}。此后双方[未办理结婚登记|虽举办婚礼但未办理结婚登记]，[共同生活时间较短|{y3}年双方因琐事解除"
            "婚约]，"
            "{D}拒不返还彩礼。",
            "{P}与{D}于{d2}登记结婚，婚前{P}[家给付彩礼{gift}|父母向{D}家支付彩礼{gift}]，该款项系{P}家[向亲友借款|贷"
            "款]筹集。"
            "婚后双方[共同生活不足三个月|未共同生活]，{D}即返回娘家居住，{P}[现起诉离婚|认为给付彩礼导致其家庭生活困"
            "难]。",
        ),
        claims=(
            "判令{D}返还彩礼{gift}",
            "判令{D}返还[“三金”首饰|金饰]或折价款{gold}",
            "<|判令{P}与{D}离婚>",
        ),
        extra=("另查明，{D}之父母亦参与了彩礼的收受。", "另查明，双方举办婚礼时{P}一方另支出酒席费用若干。"),
        defence=("彩礼已用于购置嫁妆及婚礼开支，且双方已共同生活，不应返还", "彩礼实际金额并非{gift}，{A}陈述不实"),
        amounts={"gift": (50000, 220000, 1000), "gold": (8000, 40000, 1000), "fee": (1000, 8000, 500)},
    ),
    Topic(
        slug="adoption",
        cause="收养关系纠纷",
        kin=True,
        coll=(
            "我们[老两口|家里][十几年前|二十年前|早些年][收养|抱养]了个孩子，[当时没去民政局办手续|只在村里写了个字据"
            "]，现在孩子[要上学办户口|大了]，"
            "[这收养算不算数|怎么补手续]",
            "[养子|养女]成年后[不管我们了|把我们的存款拿走了]，[我想解除收养关系|能不能断绝关系]，[还能让他补偿我们这"
            "些年的抚养费吗|{ask}]",
            "!我是被[抱养|收养]的，[现在亲生父母找来了|生父母想认回我]，[我和养父母的关系会受影响吗|以后继承怎么算]",
        ),
        short=("收养关系怎么解除", "没办手续的收养有效吗"),
        facts=(
            "[1989|1992|1995|1998|2001]年，{P}[经人介绍收养|在{town}抱养]了出生不久的{D}，并依法办理了收养登记。{P}将"
            "{D}抚养成人，[供其读完大学|"
            "为其操办婚事]。{D}成年后[对{P}不尽赡养义务|多次辱骂{P}]，{y3}年起[与{P}断绝往来|将{P}赶出家门]，双方关系"
            "恶化，"
            "无法继续共同生活。",
        ),
        claims=(
            "判令解除{P}与{D}的收养关系",
            "判令{D}补偿{P}收养期间支出的生活费和教育费{comp}",
        ),
        defence=("{B}一直尽力照顾{A}，双方矛盾系家庭琐事，不同意解除收养关系",),
        amounts={"comp": (30000, 150000, 1000)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Torts: traffic, injuries, helpers, medical, animals, objects, schools
# ---------------------------------------------------------------------------------------------------------------

TORTS = (
    Topic(
        slug="traffic_accident",
        cause="机动车交通事故责任纠纷",
        coll=(
            "{t}在{pl}[等红灯|过斑马线]的时候被一辆[小轿车|网约车|面包车]撞了，[腿骨折|住了二十多天院]，交警定的对方"
            "全责，"
            "[对方保险公司一直拖着不赔|司机垫了点钱就不管了]，[误工费护理费能要多少|{ask}]",
            "[我爸|我妈]骑电动车被车撞了，[现在还在{hosp}住着|做了两次手术]，[花了{med}了|医药费已经{med}]，司机说[等"
            "保险|让保险公司出]，"
            "[保险公司说要等定残|保险公司说超了限额]，我们该怎么弄",
            "被撞了[做伤残鉴定|鉴定了{level}伤残]，[对方有交强险和商业险|对方车上了{ins_s}的保险]，[能直接告保险公司"
            "吗|起诉要告司机还是告保险公司]",
            "[开车|停车]的时候被[后面的车|一辆货车]追尾了，[车修了{repair}|车头撞烂了]，[脖子也扭伤了|人还好]，对方["
            "全责|主责]，"
            "[修车期间打车的钱|车辆贬值]能不能让对方赔",
            "![我|我老公]开车撞了人，[交警认定我主责|我负次要责任]，[买了交强险和一百万三者|保险都有]，[对方要价太高|"
            "对方张口要二十万]，"
            "[我是不是只赔保险不赔的部分|{ask}]",
            "[出车祸|车祸]对方[逃逸了|肇事逃逸]，[后来抓到了|车牌号记下来了]，[他没保险|车没买保险]，[我的医药费找谁"
            "要|{ask}]",
        ),
        short=("车祸误工费怎么算", "交通事故伤残赔偿标准", "被车撞了保险公司不赔咋办", "交通事故对方不赔钱怎么办"),
        facts=(
            "{d2}[8|10|15|18|21]时许，{D}驾驶车牌号为{plate}的小型[普通客车|轿车|越野车]沿{pl}由[东向西|南向北|西向东"
            "]行驶至"
            "[某路口|某小区门口]时，与[步行横过道路的|骑电动自行车的|驾驶二轮摩托车的]{P}相撞，致{P}受伤。{dist}交警"
            "大队认定"
            "{D}负事故[全部|主要]责任，{P}[无责任|负次要责任]。{P}受伤后在{hosp}住院治疗[{days}天|]，花费医疗费{med}。"
            "肇事车辆在{INS}投保了交强险及[商业第三者责任险|商业三者险100万元]，事故发生在保险期间内。",
            "{d2}，{D}驾驶{plate}号车辆[倒车时|变道时|右转弯时]将{P}撞倒，经{dist}公安交警部门认定，{D}承担事故全部责"
            "任。{P}"
            "经{hosp}诊断为[左胫骨平台骨折|右锁骨骨折|腰椎压缩性骨折、多处软组织挫伤]，住院{days}天。经司法鉴定，{P}"
            "的伤情构成"
            "{level}伤残，误工期[120|150|180]日，护理期[60|90]日。{D}已垫付医疗费{paid}。该车在{INS}投保交强险。",
        ),
        claims=(
            "判令{D}、{INS}赔偿{P}医疗费、误工费、护理费、残疾赔偿金等各项损失共计{total}",
            "判令{INS}在交强险及商业三者险责任限额内直接承担赔偿责任",
            "判令{D}赔偿{P}精神损害抚慰金{comfort}",
        ),
        extra=("另查明，{P}[系城镇居民|事发前在{co}工作，月收入{wage}]。",
               "另查明，{D}系{co}员工，事发时系执行工作任务。",
               "另查明，{P}主张的交通费{trans}，未提交相应票据。"),
        defence=("对事故事实及责任认定无异议，但{A}主张的误工费、护理费过高，且{B}已垫付部分医疗费应予扣除",
                 "保险公司同意在交强险限额内赔偿，非医保用药部分不予承担", "{A}的伤残鉴定系单方委托，申请重新鉴定"),
        amounts={"med": (6000, 150000, 100), "lost": (3000, 40000, 100), "care": (1000, 12000, 100),
                 "disab": (0, 160000, 1000), "total": ("sum", "med", "lost", "care",
                 "disab"), "paid": (2000, 20000, 500),
                 "comfort": (3000, 20000, 1000), "wage": (3000, 7000, 100), "trans": (300, 2000, 100),
                 "repair": (3000, 40000, 100), "days": ("int", 7, 45)},
    ),
    Topic(
        slug="traffic_nonmotor",
        cause="非机动车交通事故责任纠纷",
        coll=(
            "[走在人行道上|在小区门口]被[骑电动车的|送外卖的电动车]撞了，[手腕骨折|膝盖缝了六针]，[对方说没钱|那小伙"
            "子说他刚上班没钱]，"
            "[外卖平台管不管|能不能找他们公司]",
            "!我[骑电动车|骑自行车]把一个老人[刮倒了|蹭了一下]，[老人住院了|老人说腰疼]，[家属让我赔{med}|对方要我出"
            "全部医药费]，"
            "[当时没有监控|交警说认定不了责任]，{ask}",
            "[两辆电动车|我和另一辆电瓶车]在路口撞了，[都没买保险|谁也没保险]，[对方伤得比我重|我腿也擦伤了]，[责任一"
            "半一半|交警开了个证明]，这怎么赔",
            "![孩子|我家娃]在小区里骑[平衡车|自行车]撞了人，[对方要赔八千|人家住院了]，[小孩撞人家长要赔多少|{ask}]",
        ),
        short=("被电动车撞了找谁赔", "外卖骑手撞人平台赔吗"),
        facts=(
            "{d2}，{D}驾驶[电动自行车|三轮电动车]沿{pl}行驶时，将[在人行道上行走的|骑自行车的]{P}撞倒，致{P}受伤。{di"
            "st}交警大队"
            "[认定{D}负事故全部责任|因现场无监控，出具了道路交通事故证明]。{P}在{hosp}治疗，花费医疗费{med}。[{D}系{c"
            "o}的外卖配送员，"
            "事发时正在送餐途中|{D}事发后垫付医疗费{paid}]。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费、营养费等各项损失{total}",
            "判令[{co}|用人单位]对上述赔偿承担连带责任",
        ),
        extra=("另查明，{D}驾驶的电动车未购买任何保险。",),
        defence=("{A}横穿道路未注意观察，自身亦有过错", "{B}系众包骑手，与平台公司之间不存在劳动关系，应由{B}个人承担"),
        amounts={"med": (2000, 50000, 100), "lost": (1000, 15000, 100), "total": ("sum", "med", "lost"),
                 "paid": (500, 5000, 100)},
    ),
    Topic(
        slug="fight_injury",
        cause="健康权纠纷",
        coll=(
            "[在{pl}|喝酒的时候|在烧烤摊]跟人[起了冲突|吵了几句]，对方[一酒瓶子砸我头上|把我鼻梁打断了]，[派出所只给"
            "了个行政拘留|派出所说调解]，"
            "我[医药费|住院花的{med}]找谁要？",
            "[因为停车|因为抢车位|因为孩子打架]跟邻居动了手，[我手指骨折了|我被推倒磕破了头]，派出所[调解不成|让我们"
            "自己协商]，"
            "[去法院告他能赔多少|{ask}]",
            "[我儿子|我家孩子]在[网吧|KTV]被人打了，[鉴定了轻微伤|眼睛肿了一星期]，[对方家长不理|对方说是我儿子先动的"
            "手]，"
            "[能不能起诉要赔偿|误工费营养费能要吗]",
            "[村里|老家]因为[浇水|地界]的事，[隔壁|{sib}]拿[铁锹|棍子]打了我[爸|妈]，[老人住了半个月院|肋骨断了两根]"
            "，[这个事能调解吗|{ask}]",
            "[上班路上|在菜市场]被人[推了一把|撞倒了]，[手腕骨折|髋关节骨折]，[对方就是不承认|对方说我自己摔的]，[有"
            "监控|有人看见]，怎么办",
        ),
        short=("被人打了医药费怎么要", "打架对方不赔钱怎么办", "轻微伤能赔多少钱"),
        facts=(
            "{d2}[晚|下午|凌晨]，{P}与{D}在{pl}[一烧烤店内|因停车问题|因琐事]发生争执，{D}[用拳头击打{P}面部|持啤酒瓶"
            "击打{P}头部|"
            "将{P}推倒在地]，致{P}受伤。{P}被送往{hosp}治疗，诊断为[鼻骨骨折|头皮裂伤、脑震荡|左手第五掌骨骨折]，花费"
            "医疗费{med}。"
            "{dist}公安分局对{D}作出行政拘留[五日|十日]的处罚决定。",
            "{P}与{D}系[邻居|同村村民]，{d2}双方因[宅基地界限|浇地用水|孩子之间的矛盾]发生口角，继而互相推搡，{P}被{D"
            "}推倒后"
            "摔伤，经鉴定构成轻[微|]伤。{P}住院治疗{days}天，[经派出所调解，双方未能达成协议|{D}仅支付了{paid}]。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费、交通费等各项损失共计{total}",
            "判令{D}赔偿{P}精神损害抚慰金{comfort}",
        ),
        extra=("另查明，{P}在争执过程中亦有辱骂{D}的行为。",
               "另查明，{D}因该事件被以故意伤害罪追究刑事责任，附带民事部分未处理。"),
        defence=("{A}先动手，{B}系正当防卫", "{A}的伤情与本次纠纷无因果关系，部分医疗费系治疗原有疾病"),
        amounts={"med": (1500, 60000, 100), "lost": (1000, 20000, 100), "total": ("sum", "med", "lost"),
                 "comfort": (2000, 10000, 1000), "paid": (1000, 5000, 100), "days": ("int", 5, 30)},
    ),
    Topic(
        slug="premises_liability",
        cause="违反安全保障义务责任纠纷",
        org="[{mall}|{shop}|{gym}]",
        coll=(
            "在{shop}[刚拖完地没放警示牌|地上有油]，我[滑了一跤|摔倒了]，[尾椎骨裂了|手腕骨折]，店里说[是我自己不小心"
            "|只赔五百块]，{ask}",
            "[在商场|在超市|在万达]坐扶梯[突然停了|摔下来]，[我妈|老人家]头磕破了，商场[只管了当天的医药费|推给物业]"
            "，[后面的检查费谁出|能告商场吗]",
            "[去饭馆吃饭|在酒店吃席]，[服务员把热汤洒我孩子身上|孩子被烫伤了]，[饭店说孩子乱跑|饭店不认]，[烫伤治疗花"
            "了{med}|要做植皮]，{ask}",
            "[在小区|在公园]的[健身器材|滑梯]上[摔了|被夹伤了]，[器材是坏的|螺丝松了]，[物业|管理处]说不归他们管，找"
            "谁赔？",
            "[冬天|下雪天][银行门口|医院门口]台阶结冰没人扫，[我摔断了腿|我爸摔骨折了]，[能找他们赔吗|这算谁的责任]",
            "[去游泳馆|在酒店泳池]孩子[呛水了|差点淹着]，救生员[不在岗|在玩手机]，[住了几天院|现在还在治疗]，[场馆要"
            "不要担责|怎么维权]",
        ),
        short=("在超市摔倒超市赔吗", "商场电梯摔伤谁负责"),
        facts=(
            "{d2}，{P}在{D}经营的[{shop}|超市|餐厅]内[消费|购物]时，因[地面湿滑且未设置警示标志|通道内堆放的货物倒塌|"
            "台阶破损]，"
            "[滑倒|被砸伤|摔倒]受伤。{P}随即被送往{hosp}，诊断为[右桡骨远端骨折|腰椎骨折|头部外伤]，住院{days}天，花"
            "费医疗费{med}。"
            "{D}[仅支付了部分医疗费|事后拒绝承担责任]。",
            "{d2}，{P}携[子|女]{K}（时年{kage}岁）在{D}经营的[游乐场|商场儿童乐园]游玩时，{K}在使用[蹦床|滑梯]过程中"
            "受伤。"
            "经诊断，{K}[左肱骨髁上骨折|颈部软组织损伤]。{P}认为{D}未尽到安全保障义务。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、护理费、误工费、营养费等共计{total}",
            "判令{D}赔偿精神损害抚慰金{comfort}",
        ),
        extra=("另查明，事发区域监控视频显示，{P}摔倒前[工作人员正在拖地|地面有明显水渍]。",
               "另查明，{D}投保了公众责任险。"),
        defence=("{B}已尽到合理的安全保障义务，系{A}自身不慎摔倒", "{A}未看管好未成年子女，应自行承担主要责任"),
        amounts={"med": (2000, 80000, 100), "care": (1000, 10000, 100), "total": ("sum", "med", "care"),
                 "comfort": (2000, 10000, 1000), "days": ("int", 5, 30)},
    ),
    Topic(
        slug="helper_injured",
        cause="提供劳务者受害责任纠纷",
        coll=(
            "我[给村里一户人家|帮邻居家]盖房子，[一天三百块|说好日结工钱]，[从架子上摔下来了|干活时候从房顶掉下来]，["
            "腰椎骨折|腿摔断了]，"
            "[房主说让包工头赔|房主说不是他雇的]，{ask}",
            "![找了个师傅|找人]来家里[换玻璃|装空调|修水管]，[师傅从窗户上掉下去了|人从梯子上摔了]，[家属找我们要赔偿"
            "|让我们赔几十万]，"
            "[我们要赔吗|我们有责任吗]",
            "我[在私人家里|给个人老板][当保姆|做钟点工]，[拖地的时候滑倒|擦玻璃摔下来]，[手腕骨折|摔伤了]，[雇主|东家"
            "]说[是我自己不小心|只给了两千]，"
            "[不是公司没有工伤|没签合同]，[我能要赔偿吗|{ask}]",
            "[我爸|我舅]给人[拉货|卸车]，[干零活|按天算钱]，[被货砸伤了|手被机器轧了]，老板[是个体|就是个人]，[没有保"
            "险|也没签任何东西]，"
            "[算工伤吗|这种能要多少赔偿]",
            "[给人砍树|帮人修房顶|在别人家装修]受伤了，[对方是个人不是公司|雇我的是个人]，[劳动仲裁说不受理|仲裁说不"
            "是劳动关系]，[那我该走什么路|{ask}]",
        ),
        short=("给私人干活受伤谁赔", "雇人干活摔伤雇主要赔吗", "保姆干活受伤怎么赔"),
        facts=(
            "{d2}，{D}雇请{P}为其[在{town}{vil}的自建房屋|位于{hm}的住宅]进行[砌墙|粉刷外墙|安装窗户]作业，约定日工资"
            "{daily}。"
            "当日{P}在作业过程中[从脚手架上坠落|从梯子上摔下]，致[腰椎骨折|右跟骨骨折|颅脑损伤]。{P}在{hosp}住院治疗{"
            "days}天，"
            "花费医疗费{med}。经鉴定，{P}的伤情构成{level}伤残。{D}[垫付医疗费{paid}后|]拒绝继续赔偿。",
            "{P}自{m2}起在{D}家中从事[家政服务|照顾老人]工作，月报酬{monthly}，由{D}个人支付。{d3}，{P}在[擦拭窗户|为"
            "老人洗澡]时"
            "[滑倒|摔倒]受伤，经诊断为[左股骨颈骨折|腰椎压缩性骨折]。双方就赔偿问题协商未果。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费、残疾赔偿金等损失共计{total}",
            "判令{D}承担鉴定费{fee}",
        ),
        extra=("另查明，{P}作业时未佩戴安全带，{D}亦未提供安全防护设施。",
               "另查明，{D}系将房屋建设交由{P}等人完成，按日结算报酬。"),
        defence=("{A}系承揽人，{B}对其受伤不应承担责任", "{A}作业时未注意安全，应自行承担主要责任"),
        amounts={"daily": (150, 400, 10), "monthly": (2500, 5000, 100), "med": (8000, 120000, 100),
                 "disab": (20000, 150000, 1000), "total": ("sum", "med", "disab"), "paid": (2000, 20000, 500),
                 "fee": (1500, 4000, 100), "days": ("int", 10, 60)},
    ),
    Topic(
        slug="volunteer_helper",
        cause="义务帮工人受害责任纠纷",
        coll=(
            "[去亲戚家|去帮邻居]帮忙[收麦子|盖房子|搬家]，[没要一分钱|白帮忙的]，结果[从车上摔下来|被砸伤了脚]，[现在"
            "住院了|花了{med}]，"
            "[他家不管了|他家说是我自己不小心]，{ask}",
            "[村里办红白事|邻居家办丧事]我去帮忙，[搭棚子的时候摔了|被铁架子砸了]，[主家|人家]能不能赔我医药费？",
            "[我爸|我叔]帮[朋友|老乡][杀猪|卸煤|修房顶]，[不小心摔了|被机器伤了手]，[对方说是自愿来帮忙的|对方说不是"
            "他叫的]，[帮工受伤有没有赔偿|怎么要]",
        ),
        short=("义务帮忙受伤能要赔偿吗", "帮亲戚干活受伤了谁负责"),
        facts=(
            "{d2}，{D}[翻修自家房屋|收割小麦|搬家]，{P}[应{D}邀请|主动]前往无偿帮忙。{P}在[搬运木料|爬上房顶铺瓦|装车"
            "]过程中"
            "[不慎摔落|被重物砸伤]，致[左小腿胫腓骨骨折|右手三指离断|腰部受伤]，在{hosp}住院{days}天，花费医疗费{med}。"
            "[事后{D}支付了{paid}|{D}拒绝承担]。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费、营养费等损失共计{total}",
        ),
        extra=("另查明，{D}当时未明确拒绝{P}的帮工。",),
        defence=("{A}系自行前来帮忙，{B}并未邀请", "{A}自身操作不当，应承担主要责任"),
        amounts={"med": (3000, 60000, 100), "lost": (1000, 15000, 100), "total": ("sum", "med", "lost"),
                 "paid": (1000, 8000, 100), "days": ("int", 5, 40)},
    ),
    Topic(
        slug="medical",
        cause="医疗损害责任纠纷",
        org="{hosp2}",
        coll=(
            "我[妈|爸]在[{hosp}|县医院]做了个[阑尾炎|胆囊]手术，[术后一直发烧|感染了]，[又开了一刀|转到省城又住了一个"
            "月]，[医院不认错|医院说是并发症]，"
            "[能不能告医院|{ask}]",
            "[在诊所|在小门诊][打吊瓶|输液]的时候[孩子|我老公]突然[过敏休克|抽搐]，[送到大医院已经|差点没抢救过来]，["
            "诊所老板不见人了|诊所想私了]，怎么办",
            "生孩子的时候[医生处理不当|产钳用得太狠]，[孩子胳膊抬不起来|孩子臂丛神经损伤]，[医院说是难产正常的|医院不"
            "承认]，[能不能做医疗鉴定|{ask}]",
            "[老人|我姥爷]在医院[住院期间从床上摔下来了|输错了液]，[护士半天才来|医院一开始还瞒着]，[现在病情加重了|"
            "骨折了]，医院该不该负责",
        ),
        short=("医疗事故怎么鉴定", "医院误诊能赔多少", "医疗纠纷找哪里调解"),
        facts=(
            "{d2}，{P}因[腹痛|右膝关节疼痛|孕足月待产]入住{D}处治疗，{D}于次日为{P}实施了[腹腔镜胆囊切除术|膝关节置换"
            "术|剖宫产手术]。"
            "术后{P}出现[切口感染、持续高热|胆漏|肠粘连]等症状，后转至{hosp}再次手术，[共住院{days}天|花费医疗费{med}"
            "]。"
            "经司法鉴定，{D}在诊疗过程中存在[术前评估不充分|术后观察不及时|告知义务履行不到位]等过错，与{P}的损害后果"
            "存在"
            "[次要|同等|主要]因果关系。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费等各项损失{total}",
            "判令{D}赔偿精神损害抚慰金{comfort}",
        ),
        extra=("另查明，{P}为本案支付鉴定费{afee}。", "另查明，{P}住院期间的病历资料已由双方共同封存。"),
        defence=("诊疗行为符合规范，损害后果系手术并发症，术前已充分告知", "对鉴定意见的过错参与度有异议"),
        amounts={"med": (10000, 200000, 100), "lost": (2000, 40000, 100), "total": ("sum", "med", "lost"),
                 "fee": (3000, 50000, 100), "comfort": (5000, 30000, 1000), "afee": (4000, 12000, 100),
                 "days": ("int", 10, 60)},
    ),
    Topic(
        slug="cosmetic_dental",
        cause="医疗损害责任纠纷",
        org="{beauty}",
        coll=(
            "[去做双眼皮|在美容院打了玻尿酸|做了个隆鼻]，[结果一大一小|鼻子歪了|脸上起了硬块]，[对方说修复要再加钱|店"
            "家不退钱]，[医美纠纷找谁|{ask}]",
            "[种牙|拔智齿]以后[半边脸一直麻|神经损伤了]，[牙科诊所说过几个月就好了|已经半年了还没好]，[花了{fee}|钱也"
            "花了]，[能要赔偿吗|怎么维权]",
            "[在小区门口的美容店|朋友介绍的工作室]做了[水光针|热玛吉|祛斑]，[脸过敏烂了|留了一片色沉]，后来才知道[她"
            "们没有资质|那人不是医生]，{ask}",
            "[牙齿矫正|做烤瓷牙]花了{fee}，[戴了一年越来越歪|牙龈一直出血]，诊所[换了医生就不认了|说是我自己没护理好]"
            "，[能退钱吗|怎么办]",
        ),
        short=("整容失败怎么维权", "美容院没资质出了事怎么办", "种牙失败能退钱吗"),
        facts=(
            "{d2}，{P}在{D}接受[隆鼻|种植牙|双眼皮整形|光子嫩肤]项目，支付费用{fee}。术后{P}出现[鼻部歪斜|下唇麻木|双"
            "眼不对称|面部"
            "红肿色素沉着]，经{hosp}诊断为[假体移位|下牙槽神经损伤|术后瘢痕]。{D}[拒绝退费|仅同意免费修复|以术前签署"
            "知情同意书为由拒绝赔偿]。",
            "{P}于{d2}起在{D}处进行[牙齿正畸|全瓷牙修复]治疗，共支付费用{fee}。治疗期间主治医生离职，{D}[未妥善安排后"
            "续治疗|更换医生"
            "后重新制定方案并要求加收费用]，{P}的[咬合功能受损|牙齿出现松动]。[经鉴定，{D}的诊疗行为存在过错|{P}多次"
            "投诉未果]。",
        ),
        claims=(
            "判令{D}退还[手术费|治疗费]{fee}",
            "判令{D}赔偿{P}修复治疗费、误工费等损失{loss}",
            "判令{D}赔偿精神损害抚慰金{comfort}",
        ),
        extra=("另查明，实施手术的人员未取得医师执业证书。",
               "另查明，{D}持有医疗机构执业许可证，核准科目包括美容外科。"),
        defence=("术后效果属于个人审美差异，不构成医疗损害", "{A}术后未遵医嘱护理，损害系其自身原因造成"),
        amounts={"fee": (3000, 60000, 100), "loss": (5000, 50000, 100), "comfort": (3000, 20000, 1000)},
    ),
    Topic(
        slug="dog_bite",
        cause="饲养动物损害责任纠纷",
        coll=(
            "在小区[楼下|门口]被[邻居家的狗|一条没拴绳的狗]咬了，[打了五针狂犬疫苗|腿上缝了三针]，[狗主人|那家人]说["
            "他家狗不咬人|是我先惹的狗]，"
            "[医药费都不给|{ask}]",
            "[孩子|我女儿]放学路上被狗[扑倒了|追着咬]，[吓得晚上睡不着|脸上划了道口子]，[狗是楼上{b}家的|狗主人找到了"
            "]，[能要多少赔偿|怎么要精神损失]",
            "[骑电动车|跑步]的时候[一只大狗突然窜出来|被狗追]，[我摔倒了|吓得我摔了一跤]，[没咬着但骨折了|胳膊摔断了]"
            "，[这个算狗主人的责任吗|能找狗主人吗]",
            "![村里|邻居]养的[大狼狗|藏獒]把我家[羊咬死了两只|鸡咬死了十几只]，[他不承认|说不是他家狗干的]，{ask}",
            "!我家狗[咬了人|把快递员咬了]，[打了疫苗|对方要赔三千]，[是他自己踢的狗|是他先拿东西打的]，[我要全赔吗|怎"
            "么办]",
        ),
        short=("被狗咬了找谁赔", "狗咬人主人要赔多少", "流浪狗咬人谁负责"),
        facts=(
            "{d2}，{P}行至{hm}楼下时，被{D}饲养的[一条未拴狗绳的金毛犬|一只大型犬|一条泰迪犬]咬伤[右小腿|左手|臀部]。"
            "{P}当即前往"
            "[{dist}疾病预防控制中心|{hosp}]处置伤口并接种狂犬病疫苗[五针|四针]，另注射免疫球蛋白，共花费{med}。{D}["
            "事后拒绝赔偿|仅支付了"
            "部分费用]。",
            "{d2}，{Pz}[子|女]{K}（时年{kage}岁）在{est}小区内玩耍时，被{D}饲养的犬只扑倒咬伤面部，经{hosp}诊治，[面"
            "部留有疤痕|"
            "需进行疤痕修复]，{K}此后出现惊恐、夜间哭闹等症状。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、交通费、误工费等共计{total}",
            "判令{D}赔偿精神损害抚慰金{comfort}",
        ),
        extra=("另查明，{D}饲养的犬只未办理养犬登记。", "另查明，{est}小区物业监控记录了事发经过。"),
        defence=("事发时{A}逗弄犬只，自身存在过错", "咬人的犬只并非{B}饲养"),
        amounts={"med": (800, 12000, 100), "lost": (500, 6000, 100), "total": ("sum", "med", "lost"),
                 "comfort": (1000, 10000, 1000)},
    ),
    Topic(
        slug="falling_object",
        cause="物件损害责任纠纷",
        org="{prop}",
        coll=(
            "[停在楼下的车|车停小区里]被楼上[掉下来的花盆|扔下来的酒瓶子]砸了，[挡风玻璃碎了|车顶凹了一大块]，[不知道"
            "是哪家扔的|没人承认]，"
            "[能不能告整栋楼|物业管不管]",
            "[走在路上|路过{pl}]被[广告牌|空调外机|楼上掉下来的瓷砖]砸了，[头缝了十几针|肩膀骨折]，[找到是哪个店的了|"
            "那个广告牌是{shop}的]，{ask}",
            "[刮大风|下大雨]小区的[树倒了|树枝断了]，砸了我的车，[物业说是天灾|物业不赔]，[修车花了{repair}|{ask}]",
            "[路上|小区里]有个[井盖没盖好|坑没围挡]，[我晚上没看见|我妈]掉进去了，[脚踝骨折|腿摔伤了]，[这该找谁|谁负"
            "责]",
            "[家里|租的房子]的[吊顶|阳台玻璃]掉下来砸伤了[孩子|我]，[装修公司说质保过了|房东说不管]，[找谁赔|{ask}]",
        ),
        short=("高空抛物砸车谁赔", "楼上掉东西砸伤人怎么办", "井盖没盖摔伤找谁"),
        facts=(
            "{d2}，{P}将车牌号为{plate}的车辆停放在{hm}楼下，[被从楼上坠落的花盆|被高空抛掷的酒瓶|被脱落的外墙瓷砖]砸中"
            "[前挡风玻璃及车顶|引擎盖]。{P}报警后，公安机关经调查未能确定具体侵权人。车辆维修花费{repair}。{D}系该小"
            "区的物业服务企业，"
            "[未采取必要的安全保障措施|事发后未能提供有效监控]。",
            "{d2}，{P}途经{pl}时，{D}管理的[商铺外墙|楼顶][广告牌|空调外机]因固定不牢坠落，将{P}砸伤。{P}在{hosp}治疗，"
            "花费医疗费{med}，[误工{days}天|经鉴定构成{level}伤残]。",
            "{d2}，{P}在{est}小区内行走时，被[楼体脱落的外墙保温层|从楼上坠落的玻璃]砸伤[头部|肩部]，经{hosp}诊断为"
            "[头皮裂伤、脑震荡|左锁骨骨折]，花费医疗费{med}。{D}系该小区的物业服务企业，[此前业主已多次反映外墙空鼓问"
            "题|未及时排查隐患]。",
        ),
        claims=(
            "<判令{D}赔偿{P}车辆维修费{repair}|判令{D}赔偿{P}医疗费、误工费等各项损失{med}|判令{D}赔偿{P}医疗费、护理"
            "费等各项损失{med}>",
            "判令{D}承担本案鉴定费、评估费",
        ),
        extra=("另查明，事发当日{dist}有大风天气预警。", "另查明，{D}未对广告牌进行定期检查维护。"),
        defence=("{B}已尽到管理义务，应由具体侵权人承担责任", "事发系极端天气所致，属于不可抗力"),
        amounts={"repair": (3000, 50000, 100), "med": (3000, 80000, 100), "days": ("int", 10, 90)},
    ),
    Topic(
        slug="electric_shock",
        cause="触电人身损害责任纠纷",
        org="[国网甘肃省电力公司兰州供电公司|{town}{vil}村民委员会]",
        coll=(
            "[村里的电线|地里的高压线]掉下来了[没人管|好几天没人修]，[我家牛|我叔浇地的时候]被电着了，[牛死了|人烧伤"
            "了]，[找供电所|能找电力公司赔吗]",
            "[孩子在小区|孩子在路边]摸了个[路灯杆|配电箱]被电了一下，[手烧伤了|送医院抢救过来了]，[谁负责|这个该找物"
            "业还是找电力公司]",
            "[装修的时候|干活]碰到了[楼里乱拉的电线|漏电的插座]，[被电打了|胳膊电伤了]，[房东|物业]说不关他们的事，{a"
            "sk}",
        ),
        short=("触电受伤找谁赔", "高压线电死牛谁赔"),
        facts=(
            "{d2}，{P}在{town}{vil}[自家承包地内浇地|路边行走]时，[触碰到从电杆上脱落的低压线路|因高压线对地距离不足]"
            "发生触电，"
            "致[双手电击伤|全身多处烧伤]。{P}在{hosp}住院{days}天，花费医疗费{med}。涉事线路系{D}[产权所有|维护管理]。",
        ),
        claims=("判令{D}赔偿{P}医疗费、护理费、误工费、残疾赔偿金等共计{total}",),
        extra=("另查明，事发前村民曾多次向{D}反映线路下垂问题。",),
        defence=("涉事线路产权不属于{B}，{B}不承担维护责任", "{A}擅自在线路下方作业，存在重大过错"),
        amounts={"med": (5000, 90000, 100), "disab": (0, 120000, 1000), "total": ("sum", "med", "disab"),
                 "days": ("int", 7, 50)},
    ),
    Topic(
        slug="school_injury",
        cause="教育机构责任纠纷",
        org="<{school}|{edu}>",
        coll=(
            "孩子在学校[上体育课|课间]被同学[推倒了|撞了]，[门牙磕掉两颗|胳膊骨折]，[学校说是孩子之间的事|老师说没看"
            "见]，"
            "[对方家长也推|对方家长不认]，{ask}",
            "[孩子|我家娃]在幼儿园[被老师打了|被别的小朋友抓伤了脸]，[监控不给看|园长说是意外]，[想追究幼儿园的责任|"
            "怎么维权]",
            "[孩子在课外班|在托管班]从[楼梯上|滑梯上]摔下来，[头磕破了|锁骨骨折]，[机构说家长签了免责协议|机构说他们"
            "没责任]，[免责协议有用吗|{ask}]",
            "[学校组织春游|学校运动会]孩子受伤了，[学校买了保险|学平险赔了一点]，[剩下的钱|后续治疗]谁出",
        ),
        short=("孩子在学校受伤谁负责", "幼儿园受伤怎么赔"),
        facts=(
            "{Pz}[子|女]{K}系{D}[一年级|三年级|五年级]学生。{d2}[课间休息时|体育课上]，{K}在学校[操场|走廊]被同学{C}["
            "推倒|撞倒]，"
            "致[两颗门牙折断|右肱骨骨折]。{K}在{hosp}治疗，花费医疗费{med}，后续还需[种植牙|取出内固定]。{P}认为{D}未"
            "尽到教育、"
            "管理职责，{C}的监护人亦应承担责任。",
            "{Pz}[子|女]{K}（事发时{kage}岁）在{D}开办的[托管中心|舞蹈培训班|课外辅导班]学习期间，于{d2}[从楼梯上摔落"
            "|在练习下腰时受伤]，"
            "经诊断为[锁骨骨折|腰部软组织损伤]。{D}事后[未及时通知家长|仅支付了部分医疗费]。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、护理费、交通费等损失{total}",
            "判令{D}承担后续治疗费用",
        ),
        extra=("<另查明，{D}为学生投保了校方责任险。|另查明，事发时{D}的授课老师不在现场。>",),
        defence=("<学校已尽到教育管理职责，损害系学生之间的意外|家长已签署《安全责任告知书》，{B}已尽到管理职责>",),
        amounts={"med": (3000, 60000, 100), "care": (1000, 8000, 100), "total": ("sum", "med", "care")},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Neighbours and property rights
# ---------------------------------------------------------------------------------------------------------------

NEIGHBOURS_PROPERTY = (
    Topic(
        slug="water_leak",
        cause="相邻关系纠纷",
        coll=(
            "楼上[卫生间|厨房]漏水，[我家天花板都泡烂了|墙皮一块一块往下掉]，[找了他家好几次|敲门不开]，[物业说让我们"
            "自己协商|物业也不管]，{ask}",
            "楼上[装修把防水弄坏了|暖气管爆了]，[水顺着灯往下流|我家木地板全泡了]，[柜子沙发都毁了|损失得有{loss}]，["
            "他家只愿意赔两千|他家说是老房子的问题]",
            "!我家[楼下|下面那户]说我家漏水，非让我[砸开地面|重做防水]，[我家根本没问题|检测了也不是我家]，[他们还堵"
            "了我家下水|天天来敲门骂人]，怎么办",
            "[{est}|我们小区]的老楼，[楼上|四楼]空调水管一直往我家窗台滴，[晚上睡不着|墙都发霉了]，说了几次[不改|没用"
            "]，[这能起诉吗|{ask}]",
            "[租的房子|我家]被[楼上|隔壁]漏水淹了，[电器坏了好几件|冰箱洗衣机都泡了]，[对方是租户|楼上也是租户]，[找"
            "房东还是找租户|该找谁]",
        ),
        short=("楼上漏水不修怎么办", "楼上漏水泡坏东西谁赔", "楼上装修漏水怎么索赔"),
        facts=(
            "{P}系{hm}房屋所有权人，{D}系其楼上住户。{d2}起，{D}房屋[卫生间|厨房]持续向{P}房屋渗水，致{P}房屋[顶棚、"
            "墙面霉变脱落|"
            "木地板起拱、衣柜受损]。经{prop}现场查看，渗水原因系{D}房屋[防水层破损|地暖管道渗漏]。{P}多次要求{D}维修"
            "，{D}"
            "[置之不理|仅作简单处理，渗水问题至今未解决]。",
            "{d2}，{D}居住的房屋[暖气管道破裂|洗衣机进水管脱落]，大量积水渗入楼下{P}家中，致{P}家[家电、家具及装修受"
            "损|吊顶坍塌]。"
            "经评估，{P}的财产损失为{loss}。",
        ),
        claims=(
            "判令{D}对其房屋[卫生间防水层|渗漏管道]进行维修，排除妨害",
            "判令{D}赔偿{P}房屋修复费用及财产损失共计{loss}",
        ),
        extra=("另查明，诉讼中经{P}申请，本院委托鉴定机构对渗水原因及修复费用进行了鉴定。",
               "另查明，{D}房屋现出租给他人居住。"),
        defence=("渗水系楼房公共管道老化所致，与{B}无关", "{A}主张的损失过高，部分装修本身已老化"),
        amounts={"loss": (3000, 60000, 100)},
    ),
    Topic(
        slug="light_passage",
        cause="相邻通行纠纷",
        coll=(
            "[邻居|隔壁]在[院子里|巷道口]盖了个[棚子|门楼]，[把我家出去的路堵死了|车开不进去了]，[我们家就这一条路|绕"
            "路得走二里地]，{ask}",
            "[前面那家|邻居家][加盖了两层|盖了三层楼]，[我家一年四季见不着太阳|挡了我家的光]，[冬天屋里冷得要命|白天"
            "都得开灯]，[能让他拆吗|能要补偿吗]",
            "[村里|老家]邻居把[排水沟|水渠]堵了，[下雨天水都流到我家院子里|我家地被淹了]，[村委会调解了两次|说了不听]"
            "，怎么办",
            "[对门|隔壁]在楼道里[装了个铁门|放了个鞋柜还装了摄像头]，[正对着我家门|挡着我家进出]，[物业说管不了|说了"
            "也不拆]",
            "[邻居|楼下那家]在[窗户下|楼下][开了个烧烤摊|放了个大排风扇]，[油烟全往我家灌|噪音大得睡不着]，[{ask}|能"
            "不能起诉让他挪走]",
        ),
        short=("邻居堵路不让走怎么办", "邻居盖房挡光能起诉吗", "楼道被邻居占了怎么办"),
        facts=(
            "{P}与{D}系[{town}{vil}|{est}小区]相邻住户。{P}家[出入的唯一通道|东侧巷道]系历史形成的公共通道。{d2}，{D}"
            "在该通道上"
            "[修建围墙|搭建彩钢棚|设置铁门并上锁]，致{P}家[车辆无法通行|只能绕行]。经村委会、司法所多次调解，{D}拒不"
            "拆除。",
            "{P}居住于{hm}，{D}系其南侧相邻房屋所有人。{y3}年，{D}在原有房屋上[加盖两层|加高建设]，严重影响{P}房屋的"
            "采光、日照，"
            "冬至日{P}房屋有效日照时间[不足一小时|几乎为零]。",
        ),
        claims=(
            "判令{D}<立即拆除设置在通道上的障碍物，恢复通行|拆除加盖部分，排除妨碍>",
            "判令{D}赔偿{P}<因此造成的损失|采光、日照损失>{loss}",
        ),
        extra=("另查明，{D}加盖部分未取得建设工程规划许可。", "另查明，{town}司法所曾于{m3}组织双方调解。"),
        defence=("<涉案通道位于{B}宅基地范围内，{A}另有通道可走|{B}建房已经相关部门同意，未影响{A}正常采光>",),
        amounts={"loss": (3000, 30000, 500)},
    ),
    Topic(
        slug="nuisance_removal",
        cause="排除妨害纠纷",
        coll=(
            "[我家|我们家]的[地下室|车位|储藏室]被[楼上那家|邻居]占了，[堆满了破烂|停着他家的电动车]，[说了好几次就是"
            "不挪|还骂人]，{ask}",
            "[隔壁|邻居][把坟|把粪堆|把猪圈]弄到我家地头上了，[说是他家的地|一直不挪]，[能不能让法院判他挪走|怎么处理]",
            "[别人|一个亲戚][在我家宅基地上|在我的房子里][住着不走|放了一堆东西]，[也不给房租|说以前我爸同意过]，[能"
            "赶他走吗|{ask}]",
            "[楼顶|房顶]被[顶楼那家|楼上的]私自[圈起来种菜|盖了个阳光房]，[我们楼的防水都压坏了|漏到我家了]，[这个怎"
            "么告|谁管]",
        ),
        short=("别人占我家车位怎么办", "邻居占地不还怎么起诉"),
        facts=(
            "{P}系<{est}地下车位|{hm}房屋|{hm}房屋>的所有权人。{d2}起，{D}未经{P}同意，<在{P}的车位上长期停放车辆|在{"
            "P}房屋"
            "门前及楼道内堆放杂物|在{P}房屋上方楼顶搭建阳光房>，经{P}及{prop}多次劝说，{D}拒不清除。",
            "{P}在{town}{vil}有经依法登记的宅基地一处，{y2}年起，{D}<在{P}宅基地内长期停放农用车辆|在{P}院墙外堆放柴"
            "草、建材|在{P}"
            "宅基地东侧搭建棚圈饲养牲畜>，严重影响{P}的正常生活。",
        ),
        claims=(
            "判令{D}<立即停止占用并移走车辆|立即清除堆放的杂物|拆除搭建物>，排除妨害",
            "判令{D}赔偿{P}[占用期间的损失|车位使用费]{loss}",
        ),
        extra=("另查明，{P}持有涉案[不动产权证书|集体土地使用证]。",),
        defence=("涉案区域系公共区域，{A}无权独占", "{B}的使用已获得{A}父亲生前同意"),
        amounts={"loss": (2000, 20000, 500)},
    ),
    Topic(
        slug="property_confirm",
        cause="所有权确认纠纷",
        coll=(
            "车是我[全款买的|出的钱]，[当时我没有驾照|摇号没摇上]就[挂在我表哥名下|用了朋友的名字上牌]，现在他[不还车"
            "了|说车是他的]，{ask}",
            "[我爸|老人]的房子[登记在我大哥名下|房本是大哥的名]，但钱都是[老人出的|我们几个一起凑的]，[能不能确认房子"
            "是老人的|怎么确权]",
            "[村里|老家]的宅基地[证上是我爷爷的名|一直没办证]，[我家住了几十年|老房子我家翻盖过]，[现在有人说是他的|"
            "堂哥来争]，[怎么确认是我家的|{ask}]",
            "[不动产证|房产证]上的[名字写错了|面积登记错了]，[不动产登记中心说要法院判决|去登记中心办不了]，[这个要起"
            "诉谁|怎么弄]",
        ),
        short=("借名登记的车怎么要回来", "宅基地归属怎么确认", "房产证名字登记错了怎么办"),
        facts=(
            "{d2}，{P}出资{price}购买车牌号为{plate}的小型轿车一辆，因{P}当时未取得驾驶证，"
            "经双方协商登记在{D}名下，车辆[购车款、保险费均由{P}支付|一直由{P}实际使用]。{y3}年，双方发生矛盾，{D}[将"
            "车辆开走并拒绝"
            "归还|主张其为所有权人]。",
            "{P}与{D}系{rel}关系。{y1}年，父母出资在{town}{vil}修建房屋，[宅基地证登记在{D}名下|该房屋至今未办理登记]"
            "，{P}"
            "[在该房屋居住至今|于{y2}年出资翻建]。现双方对房屋权属发生争议。",
        ),
        claims=(
            "确认<车牌号为{plate}的车辆|位于{town}{vil}的房屋>归{P}所有",
            "判令{D}协助{P}办理<车辆|房屋>[过户|变更]登记手续",
        ),
        extra=("<另查明，购车款系从{P}名下{bank}账户支付。|另查明，涉案房屋所在宅基地系{P}父母名下。>",
               "<另查明，涉案车辆保险单的投保人为{P}。|>"),
        defence=("<车辆系{A}赠与{B}的财产|房屋系{B}出资建造，{A}仅是借住>",),
        amounts={"price": (60000, 300000, 1000)},
    ),
    Topic(
        slug="return_property",
        cause="返还原物纠纷",
        coll=(
            "[朋友|同事]借我的车说开两天，[一个多月了还不还|现在电话都不接了]，[车还在他手里|听说他拿我的车去抵押了]"
            "，{ask}",
            "[前女友|前男友]分手的时候把我的[电脑|金项链|狗]带走了，[要了几次不给|说是我送的]，[能要回来吗|能报警吗]",
            "[搬家|离职]的时候[东西|一批家具]寄存在[朋友家|亲戚的仓房]，[回来去拿的时候|现在]他说[东西卖了|没有了]，["
            "能让他赔吗|{ask}]",
            "[我家的羊|我家的牛]跑到[邻村|邻居家]去了，他们[圈起来不给|说是他家的]，[有耳标的|我能认出来]，怎么办",
            "[捡到我钱包的人|一个路人]捡了我的[手机|钱包]，[查到是谁了|监控拍到了]，[他不还|说没捡到]，{ask}",
        ),
        short=("借车不还怎么办", "东西被别人拿走不还", "分手后对方不还东西"),
        facts=(
            "{d2}，{D}以[临时使用|外出办事]为由向{P}借用[车牌号为{plate}的车辆|{P}所有的挖掘机一台|{P}的摄影器材一套]，"
            "约定[三日内|一周后]归还。此后{D}[拒不归还|以各种理由拖延]，{P}多次催要无果。",
            "{P}与{D}原系[恋人|朋友]关系，{y2}年双方[同居期间|合租期间]，{P}将[笔记本电脑、单反相机|黄金首饰|家具家电]"
            "放置于[{D}住处|双方共同租住的房屋]。{d3}双方关系破裂，{D}占有上述物品拒不返还。",
        ),
        claims=(
            "判令{D}返还[上述财物|涉案财物]",
            "[如不能返还，判令{D}折价赔偿{price}|判令{D}赔偿占用期间的损失{loss}]",
        ),
        defence=("涉案物品系{A}赠与，{B}已取得所有权", "{B}已将车辆归还，{A}陈述不实"),
        amounts={"price": (5000, 150000, 500), "loss": (2000, 30000, 500)},
    ),
    Topic(
        slug="co_ownership",
        cause="共有物分割纠纷",
        coll=(
            "我和{sib}[合伙|一起出钱]买了[一间门面|一套房]，[写的我们俩名字|按份共有]，现在{sib}[不让我用|想自己住]，"
            "[能不能强制卖了分钱|{ask}]",
            "[跟朋友|和前妻]合买的房子[离婚协议没写清楚|一直没分]，[对方不同意卖|对方住着不走]，[能不能起诉分割|怎么"
            "分]",
            "[老家的房子|爷爷留下的院子]现在[姑姑、叔叔和我们家|好几户]共有，[有人要卖有人不卖|谁也不让谁]，[怎么弄|{"
            "ask}]",
        ),
        short=("共有的房子怎么分割", "两个人买的房一方不卖怎么办"),
        facts=(
            "{P}与{D}于{d2}共同出资购买位于{hm}的房屋一套，[登记为共同共有|登记为按份共有，各占50%]。{y3}年以来，该房"
            "屋由{D}"
            "[独自居住使用|出租并收取租金]，{P}要求分割，{D}不同意。",
            "{P}与{D}原系夫妻，离婚时未对{hm}房屋进行处理，离婚后该房屋登记为双方共同共有。双方对房屋的分割方式无法协"
            "商一致。",
        ),
        claims=(
            "依法分割位于{hm}的共有房屋，[房屋归{D}所有，{D}向{P}支付折价款{pay}|对房屋拍卖、变卖所得价款由双方各分得"
            "一半]",
            "判令{D}向{P}支付占用期间的使用费{rent}",
        ),
        extra=("另查明，经评估，涉案房屋现市场价值为{price}。",),
        defence=("{B}出资比例更高，应当多分", "房屋系{B}唯一住房，不同意拍卖"),
        amounts={"pay": (100000, 500000, 1000), "rent": (5000, 40000, 500), "price": (300000, 1000000, 1000)},
    ),
    Topic(
        slug="enforcement_objection",
        cause="案外人执行异议之诉",
        coll=(
            "我[买的房子|全款买的二手房]还没过户，[卖房的人欠了别人钱|原房主被人告了]，法院把[房子|这套房]查封了，[房"
            "子是我的凭啥封|{ask}]",
            "法院[查封了我的车|扣了我的账户]，说是[我老公前妻的债|我弟弟欠的钱]，[跟我有什么关系|我根本不是被执行人]"
            "，[怎么提异议|能解封吗]",
            "[执行异议被驳回了|法院驳回了我的异议]，[说十五天内可以起诉|让我另行起诉]，[执行异议之诉怎么写|告谁]",
        ),
        short=("房子被错误查封怎么办", "案外人执行异议怎么提"),
        facts=(
            "{P}与{C}于{d1}签订《房屋买卖合同》，约定{P}以{price}购买{C}名下位于{hm}的房屋，{P}付清全款后于{y2}年入住"
            "，但因"
            "[房屋尚未办理产权证|{C}迟延配合]未办理过户。{D}与{C}民间借贷纠纷一案判决生效后，{D}申请执行，本院于{d3}"
            "查封了上述房屋。"
            "{P}提出执行异议被裁定驳回，遂提起本案诉讼。",
            "本院在执行{D}与{C}[借款合同纠纷|买卖合同纠纷]一案中，于{d3}扣押了登记在{C}名下的车牌号为{plate}的车辆。{"
            "P}主张该车辆系其"
            "[出资购买并借名登记|以分期付款方式购买]，提出执行异议，本院裁定驳回后，{P}在法定期限内提起诉讼。",
            "{P}与{C}原系夫妻，{d1}经法院调解离婚，调解书确认{hm}房屋归{P}所有，但未办理变更登记。{D}与{C}民间借贷纠纷"
            "一案进入执行程序后，本院于{d3}查封了登记在{C}名下的该房屋。{P}提出异议被驳回后提起本案诉讼。",
            "本院在执行{D}与{C}[劳务合同纠纷|买卖合同纠纷]一案中，于{d3}冻结了{C}名下{bank}账户内存款{money}。{P}主张该"
            "账户系其借用{C}的身份开立，账户内资金均为{P}经营{shop}的收入，提出执行异议被驳回。",
        ),
        claims=(
            "判令停止对<位于{hm}的房屋|车牌号为{plate}的车辆|位于{hm}的房屋|{C}名下{bank}账户内存款{money}>的执行",
            "<确认上述房屋归{P}所有|确认上述车辆归{P}所有|确认上述房屋归{P}所有|确认上述存款归{P}所有>",
        ),
        extra=("<另查明，{P}系在人民法院查封之前签订合法有效的书面买卖合同并合法占有该不动产。|另查明，该车辆自购买以来一"
               "直由{P}使用。|另查明，{D}对{C}的债权形成于双方离婚之后。|另查明，该账户的交易对手多为{shop}的供货商和顾"
               "客。>",
               "<另查明，{P}名下无其他用于居住的房屋。|另查明，车辆的保险费、年检费用均由{P}支付。|另查明，离婚后该房屋一"
               "直由{P}及子女居住。|另查明，{C}名下另有其他账户。>"),
        more=(
            "<{P}提交的银行转账凭证显示，{d1}至{m2}，{P}分三次向{C}支付购房款共计{price}。|{P}提交了购车发票、分期还款"
            "记录，付款人均为{P}。|{P}提交的民事调解书载明：“{hm}房屋归{A}所有，{C}协助办理过户手续。”|{P}提交的{shop}"
            "营业执照载明经营者为{A}。>",
            "{D}在庭审中主张{P}与{C}存在亲属关系，其主张的权利形成过程存在疑点，但未提交相应证据。",
        ),
        views=(
            "本院认为，本案的争议焦点为{P}对执行标的是否享有足以排除强制执行的民事权益。",
            "本院认为，金钱债权执行中，案外人就执行标的享有足以排除强制执行的民事权益的，人民法院应予支持。",
        ),
        proof="[买卖合同|民事调解书|购车发票|开户资料]、[付款凭证|交易明细]、执行裁定书",
        defence=("{A}与{C}之间的买卖系恶意串通、逃避执行", "{A}未在查封前支付全部价款，不能排除执行",
                 "{A}主张的权利未经登记，不能对抗申请执行人"),
        amounts={"price": (200000, 900000, 1000), "money": (20000, 300000, 100)},
    ),
    Topic(
        slug="unjust_enrichment",
        cause="不当得利纠纷",
        coll=(
            "[微信|手机银行]转账[转错人了|多按了个零]，[{money}转给了一个不认识的人|转了{money}]，[对方不还|加了好友"
            "就拉黑我]，{ask}",
            "[给工人发钱|给客户打款]的时候[账号输错一位|选错了收款人]，[钱进了别人卡里|{money}到了陌生人账户]，[银行"
            "说没法撤回|银行只能帮联系]，怎么办",
            "![我妈|老人]的[养老金|存款]被[保姆|远房亲戚][偷偷转走了|用手机转了]{money}，[报警说是经济纠纷|派出所让我"
            "们起诉]，[能要回来吗|{ask}]",
            "[前任|朋友]说[家里急用|帮我理财]让我转了{money}，[既没借条也没说清楚|后来他说是我自愿给的]，[这算借钱还"
            "是赠与|能要回来吗]",
            "![房东|中介]多收了我{money}，[说退|答应退]一直没退，[聊天记录有|转账记录都在]，{ask}",
        ),
        short=("转错账对方不还怎么办", "微信转错钱怎么追回", "转账转错人怎么起诉"),
        facts=(
            "{d2}，{P}通过[手机银行|微信|支付宝]向[其客户|其亲属]转账时，因操作失误将{money}错误转入{D}名下[{bank}账"
            "户|微信账户]。"
            "{P}发现后多次联系{D}要求返还，{D}[拒不返还|先承诺返还后又拒接电话]。{D}取得该款项没有合法根据。",
            "{d2}至{d3}期间，{D}[作为{P}母亲{mom}的护工|受托照顾{P}母亲{mom}期间]，利用保管其银行卡的便利，"
            "分[多|二十余]次从该账户转出{money}"
            "至其个人账户，"
            "[用于个人消费|去向不明]，{P}发现后要求返还未果。",
        ),
        claims=(
            "判令{D}返还{P}{money}",
            "判令{D}支付资金占用期间的利息[（按一年期贷款市场报价利率计算）|]",
        ),
        extra=("另查明，{P}与{D}此前素不相识，无任何经济往来。",
               "另查明，{P}曾向{dist}公安分局报案，公安机关告知其通过民事诉讼解决。"),
        defence=("该款项系{A}偿还的借款，并非不当得利", "款项已被他人取走，{B}并未实际获益"),
        amounts={"money": (2000, 200000, 100)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Rural land
# ---------------------------------------------------------------------------------------------------------------

LAND = (
    Topic(
        slug="land_contract",
        cause="土地承包经营权纠纷",
        coll=(
            "[我家|我们家]承包的[三亩地|五亩地]，[村里|组长][收回去分给别人了|说要调整]，[承包证上写的是我家|我们有承"
            "包合同]，{ask}",
            "[嫁到外村|女儿出嫁]后娘家村里[把我的承包地收回了|不给我分地]，[婆家那边也没分到地|我户口还在娘家]，[这合"
            "法吗|{ask}]",
            "[我爸|老人]去世后，他承包的地[被{sib}种着|村里说要收回]，[地能不能继承|我们还有没有份]",
            "[隔壁|邻居][种地的时候|翻地]把地界往我家这边挪了[一米多|好几垄]，[说是原来就这样|拿着老地图说是他的]，["
            "村里不管|{ask}]",
        ),
        short=("承包地被村里收回怎么办", "出嫁女有没有承包地", "土地承包经营权能继承吗"),
        facts=(
            "{P}系{town}{vil}村民，[1998|1999]年二轮承包时以家庭承包方式取得本村[{mu}亩耕地|{mu}亩水浇地]的承包经营权"
            "，并取得农村土地承包经营权证。"
            "{d2}，{D}[以{P}户口迁出为由|以村内土地调整为由]将上述土地收回并[发包给其他村民|用于修建村道]，{P}多次反"
            "映未果。",
            "{P}与{D}系同村村民，双方承包地相邻。{y3}年春耕时，{D}[越界耕种{P}承包地约{mu}亩|将双方地界石移动]，双方"
            "发生争执，"
            "经村委会调解未果。",
        ),
        claims=(
            "判令{D}<返还{P}承包的{mu}亩土地|停止侵害，恢复原地界>",
            "判令{D}赔偿{P}<{y3}年度种植收益损失|地上青苗损失>{loss}",
        ),
        extra=("另查明，{P}的户籍至今仍在{vil}。", "另查明，涉案土地已完成承包经营权确权登记。"),
        defence=("<{A}已举家迁往城市居住，承包地依约应当收回|双方地界历史上即如此，{B}并未越界>",),
        amounts={"loss": (2000, 30000, 500), "mu": ("int", 1, 8)},
        org="<{town}{vil}村民委员会|{B}>",
    ),
    Topic(
        slug="land_transfer",
        cause="土地承包经营权流转纠纷",
        coll=(
            "[把地|我家十亩地]流转给[一个老板|合作社]种[苗木|蔬菜|中药材]，说好每亩每年{rent}，[已经两年没给钱了|今年"
            "流转费不给了]，[人也跑了|老板说亏了]，{ask}",
            "[土地流转合同|流转协议]到期了，[对方不还地|承包的人赖着不走]，[地里盖了大棚|还挖了鱼塘]，[要恢复原样|地"
            "都毁了]，怎么办",
            "我[租了村里人|流转了几户]的地种[玉米|百合|马铃薯]，[投了几十万|大棚都建好了]，[现在地主要收回去|他们看地"
            "涨价了要毁约]，[我的投入怎么办|{ask}]",
        ),
        short=("土地流转费不给怎么办", "流转到期不还地怎么办"),
        facts=(
            "{d1}，{P}与{D}签订《土地流转合同》，约定{P}将其承包的[{town}{vil}|位于{vil}]耕地{mu}亩流转给{D}经营，期"
            "限[十|八|五]年，"
            "流转费每亩每年{rent}，于每年[12月31日|3月1日]前支付。合同履行至{y3}年，{D}[未支付当年度流转费|擅自改变土"
            "地用途修建"
            "[库房|养殖场]]，经{P}催告仍未纠正。",
            "{P}于{d1}通过{town}{vil}村民委员会流转{D}等[五|六]户村民的耕地共{mu}亩，用于种植[高原夏菜|中药材]，并投"
            "资建设"
            "[温室大棚|滴灌设施]。{d3}，{D}以流转费过低为由要求解除合同并强行收回土地。",
        ),
        claims=(
            "<判令解除双方签订的《土地流转合同》，{D}返还土地并恢复原状|判令{D}继续履行土地流转合同>",
            "<判令{D}支付拖欠的流转费{owed}|>",
            "判令{D}赔偿{P}<违约金|地上附着物及投入损失>{loss}",
        ),
        defence=("<因天气原因连续减产，请求减免部分流转费|合同约定的流转费明显低于市场价格，{B}有权解除>",),
        amounts={"rent": (300, 1000, 50), "owed": (5000, 80000, 500), "loss": (10000, 200000, 1000),
                 "mu": ("int", 6, 60)},
    ),
    Topic(
        slug="land_compensation",
        cause="侵害集体经济组织成员权益纠纷",
        org="{town}{vil}[第三村民小组|村民委员会|股份经济合作社]",
        coll=(
            "[村里的地被征了|我们组的地征收了]，[每人分了{share}|按人头分钱]，[就我家没分到|说我嫁出去了不给分]，[我"
            "户口一直在村里|地也一直是我种]，{ask}",
            "我家孩子是[{t}出生的|后来落的户]，[征地补偿款|集体分红]村里说[不算人头|新生儿不给分]，[这合理吗|能告村里"
            "吗]",
            "[离婚后|我和前夫离了]户口迁回娘家村，[村里不认我是村民|分红不给我]，[集体经济组织成员|成员资格]怎么认定？",
            "[村里征地|占地修路]给的[青苗补偿|地上附着物补偿]，[被村干部克扣了|钱到现在还没发下来]，[一亩地就给三千|"
            "和公示的不一样]，怎么办",
        ),
        short=("外嫁女能分征地款吗", "征地补偿款村里不给怎么办", "集体分红不给分怎么起诉"),
        facts=(
            "{P}系{town}{vil}村民，户籍一直在该村，[{y1}年与外村村民结婚后仍在本村生产生活|系本村出生的农业户口]。{y2"
            "}年，该村部分"
            "集体土地被依法征收，{D}经村民会议决议，按人口向本集体经济组织成员分配土地补偿款，每人{share}，但[以{P}系"
            "出嫁女为由|以{P}"
            "户口系新迁入为由]未向{P}分配。",
            "{d2}，{D}召开村民代表大会，决定将集体土地征收补偿款{total}按户分配。{P}[及其子女|一家三口]被认定为非集体"
            "经济组织成员，"
            "未获分配。{P}认为其在本村享有土地承包经营权，应当具有集体经济组织成员资格。",
        ),
        claims=(
            "确认{P}具有{vil}集体经济组织成员资格",
            "判令{D}向{P}支付土地征收补偿款{share}",
        ),
        extra=("另查明，{P}在婚嫁地未取得承包地，亦未享受集体经济组织成员待遇。",
               "另查明，{D}已向其他村民发放了补偿款。"),
        defence=("分配方案系村民会议民主决议通过，{B}依决议执行",
               "{A}结婚后已在外地生活，不再属于本村集体经济组织成员"),
        amounts={"share": (8000, 80000, 100), "total": (2000000, 9000000, 10000)},
    ),
    Topic(
        slug="forest_fishery",
        cause="林业承包合同纠纷",
        coll=(
            "[承包了村里的荒山|包了一片林地]种[花椒|枣树|核桃]，[签了三十年|合同还有十几年]，[现在村里要收回|说要搞开"
            "发]，[我种的树怎么算|{ask}]",
            "[承包的鱼塘|村里的水库][被别人放药了|让人偷着放水了]，[鱼全死了|损失好几万]，[合同|承包]还没到期，找谁赔",
            "[我家林地|我家承包的山]上的树被[邻村的人|别人][偷砍了|砍了几十棵]，[派出所说是林权纠纷|他说是他家的林子]"
            "，[林权证在我手上|{ask}]",
        ),
        short=("承包的林地被收回怎么办", "鱼塘承包合同纠纷"),
        facts=(
            "{d1}，{P}与{D}签订《荒山承包合同》，约定{D}将{vil}[北山|后山]荒坡约{mu}亩发包给{P}植树造林，期限[三十|二"
            "十五]年，"
            "承包费[每年{rent}|一次性支付{rent}]。{P}投入资金栽植[花椒|枣树|核桃树]并已挂果。{d3}，{D}以[项目开发|合"
            "同程序违法]为由"
            "通知{P}收回林地。",
            "{P}于{y1}年承包{D}所有的[水库|鱼塘]从事水产养殖，合同期至{y3}年。{d2}，{D}[在未通知{P}的情况下开闸放水|"
            "改变水库用途]，"
            "致{P}养殖的[鲤鱼、草鱼|虹鳟鱼]大量死亡，损失{loss}。",
        ),
        claims=(
            "[判令{D}继续履行承包合同|判令确认{D}解除合同的行为无效]",
            "判令{D}赔偿{P}<林木及投入损失|养殖损失>{loss}",
        ),
        org="{town}{vil}村民委员会",
        defence=("<合同未经村民会议三分之二以上成员同意，应属无效|鱼死亡系{A}管理不善所致>",),
        amounts={"rent": (2000, 30000, 500), "loss": (20000, 300000, 1000), "mu": ("int", 30, 300)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Personality rights and intellectual property (companies often appear, still ``other``)
# ---------------------------------------------------------------------------------------------------------------

PERSONALITY_IP = (
    Topic(
        slug="reputation_online",
        cause="名誉权纠纷",
        coll=(
            "[前同事|一个熟人]在[微信群|朋友圈|抖音]里[造谣说我|发帖说我][偷东西|作风有问题|欠钱不还]，[好几百人都看"
            "到了|传得整个小区都知道]，"
            "[我想让他公开道歉|{ask}]",
            "[买了东西给了个差评|在网上说了几句实话]，[店家|对方][把我的电话和照片发到网上|说我敲诈]，[天天有人打骚扰"
            "电话|我都不敢出门了]，怎么办",
            "[业主群|家长群]里有人[骂我|污蔑我]，[截图都保存了|群里两百多人]，[这种算侵犯名誉权吗|能告他吗]，[要赔多"
            "少|能要精神损失费吗]",
            "[村里|单位]有人到处说[我家孩子不是亲生的|我老婆在外面有人]，[传得有鼻子有眼的|影响特别坏]，[我想起诉他诽"
            "谤|{ask}]",
            "[公司|老板]在[公司大群|公告栏]里说我[贪污|拿回扣]，[根本没有的事|没有任何证据]，[我已经离职了|还让我赔钱"
            "]，[名誉受损能起诉吗|怎么维权]",
        ),
        short=("网上被人造谣怎么办", "微信群被骂能起诉吗", "名誉权纠纷怎么起诉"),
        facts=(
            "{P}与{D}系[同一小区业主|前同事|同村村民]。{d2}起，{D}在[人数为{n}人的“{est}业主群”|其抖音账号|多个微信群"
            "]中发布"
            "[“{A}偷拿公共财物”|{P}“欠钱不还、骗子”|涉及{P}私生活]等言论，并附有{P}的[照片|姓名、电话]，相关内容被大"
            "量转发、评论，"
            "致{P}的社会评价明显降低。{P}要求{D}删除、道歉，{D}拒绝。",
            "{d2}，{D}在[大众点评|某短视频平台]发布视频，称{P}经营的{shop}[使用过期食材|卖假货]，该视频播放量达{n}"
            "次。经市场监管"
            "部门检查，未发现{D}所称问题。{P}认为{D}捏造事实，侵害其名誉权。",
        ),
        claims=(
            "判令{D}立即删除侵权言论，并在[原微信群|原平台]连续[七日|十日]公开向{P}赔礼道歉",
            "判令{D}赔偿{P}精神损害抚慰金{comfort}",
            "判令{D}赔偿{P}[经营损失|维权支出的公证费]{loss}",
        ),
        extra=("另查明，{P}对相关聊天记录申请了证据保全公证。",),
        defence=("{B}所述内容属实，属于正当的舆论监督", "涉案言论仅在小范围内发布，未造成{A}社会评价降低"),
        amounts={"comfort": (2000, 30000, 1000), "loss": (2000, 50000, 500), "n": ("int", 200, 30000)},
    ),
    Topic(
        slug="portrait_privacy",
        cause="<肖像权纠纷|隐私权纠纷|隐私权、个人信息保护纠纷>",
        coll=(
            "[照相馆|影楼][没经过我同意|偷偷]把我的[婚纱照|写真]放在[店门口|朋友圈|抖音]做广告，[我要求删了|让他撤下"
            "来]他不理，[能要赔偿吗|{ask}]",
            "[邻居|对门]在门口装了个摄像头，[正对着我家门|能拍到我家客厅]，[说了不拆|他说是防小偷]，[这算侵犯隐私吗|{"
            "ask}]",
            "我的[身份证照片|聊天记录|病历]被[前男友|同事]发到网上了，[好多人都看到了|还被人转发]，[能告他侵犯隐私吗|"
            "怎么让他删掉]",
            "[一个美容店|一家医院]拿我[做项目前后的对比照|的照片]当宣传，[P得面目全非|我根本没在那做过]，怎么维权",
            "[孩子的照片|我家娃在幼儿园的视频]被[培训机构|幼儿园]拿去[做招生广告|发公众号]，[家长没同意过|没签过任何"
            "东西]，{ask}",
        ),
        short=("照片被拿去做广告怎么维权", "邻居摄像头对着我家门", "隐私被人发到网上怎么办"),
        facts=(
            "{d2}，{P}在{D}处拍摄[婚纱照|艺术照]。{m3}，{P}发现{D}未经其同意，将其照片用于[店铺门头广告|美团店铺页面|"
            "微信公众号宣传]，"
            "{P}要求删除未果。",
            "{P}与{D}系{hm}所在楼层的对门邻居。{d2}，{D}在其入户门上方安装可视门铃[及监控摄像头|]，镜头正对{P}家入户"
            "门，可拍摄记录"
            "{P}家人员进出及室内情况，{P}多次要求{D}调整，{D}拒绝。",
            "{d2}，{D}在[微信群|微博]中发布{P}的[病历资料|身份证照片及家庭住址|私人聊天记录]，并配有侮辱性文字，{P}认"
            "为{D}侵害了其隐私权。",
        ),
        claims=(
            "判令{D}<立即停止使用并删除{P}的照片|拆除或调整正对{P}家门的摄像头|删除发布的{P}个人信息>",
            "判令{D}向{P}赔礼道歉",
            "判令{D}赔偿{P}[经济损失及精神损害抚慰金|精神损害抚慰金]{comfort}",
        ),
        defence=("<拍摄时{A}已口头同意{B}使用样片宣传|摄像头系出于安全防范需要，未侵害{A}隐私|相关信息系{A}自行在朋友圈公开>",),
        amounts={"comfort": (2000, 20000, 1000)},
    ),
    Topic(
        slug="trademark",
        cause="侵害商标权纠纷",
        org="[{co}|{shop}]",
        coll=(
            "我们[公司|店]注册的商标，[隔壁街|有人在{dist}]开了一家[名字一模一样的店|用了差不多的招牌]，[顾客都搞混了"
            "|生意被抢了]，[能告他商标侵权吗|{ask}]",
            "![我|我们小店]卖的货被人说是假冒[名牌|某品牌]，[品牌方律师发函要赔五万|收到法院传票了]，[我是从批发市场"
            "进的货|我不知道是假的]，[要赔这么多吗|怎么办]",
            "!我开了个[牛肉面馆|烤肉店]，[店名没注册商标|用了好几年了]，[现在有人抢注了|有公司说我侵权]，[让我改名还"
            "要赔钱|{ask}]",
            "![网店|淘宝店]被[投诉商标侵权|平台下架]了，[我卖的是正品|有进货单]，[对方是职业打假的吧|一个月被投诉好几"
            "次]，[怎么应对|能反诉吗]",
        ),
        short=("店名被人抢注了怎么办", "卖假货被告商标侵权要赔多少"),
        facts=(
            "{P}系第[{n}]号“[陇味|金城|黄河]”注册商标的权利人，核定使用商品为[第30类面条、调味品|第43类餐馆服务]。{d2"
            "}，{P}发现{D}在"
            "{pl}经营的店铺[招牌及菜单上突出使用“陇味”字样|销售带有该商标的商品]，且{D}未取得{P}许可。{P}委托公证机构"
            "对{D}的侵权"
            "行为进行了证据保全公证。",
            "{P}经授权在中国境内享有“[某知名运动品牌|某知名白酒|某知名调味品]”商标的维权权利。{d2}，{P}在{D}处购得"
            "带有该商标的商品[两件|若干]，"
            "经鉴定系假冒注册商标的商品。{D}辩称其系从批发市场进货，但不能提供合法来源。",
        ),
        claims=(
            "判令{D}立即停止侵害{P}注册商标专用权的行为",
            "判令{D}赔偿{P}经济损失及维权合理开支共计{loss}",
        ),
        defence=("{B}销售的商品有合法来源，不应承担赔偿责任", "{B}使用的字号早于{A}的商标注册，属于在先使用"),
        amounts={"loss": (5000, 200000, 1000), "n": ("int", 10000000, 59999999)},
    ),
    Topic(
        slug="copyright",
        cause="侵害作品信息网络传播权纠纷",
        org="[{co}|{net}|{shop}]",
        coll=(
            "[我拍的照片|我画的插画|我写的文章]被[一个公众号|一家公司]拿去用了，[连水印都去掉了|也没署我的名]，[联系"
            "他们不理|说网上找的]，[能要赔偿吗|{ask}]",
            "![公司|我们店]公众号用了[网上一张图|一首背景音乐]，[收到律师函|被起诉了]，要赔[两万|八千]，[我们真不知道"
            "有版权|网上到处都有这张图]，怎么办",
            "![我开的KTV|我们饭店]被[音著协|一家版权公司]起诉了，说[播放的歌曲|用的音乐]侵权，[每首要赔几百|要赔好几"
            "万]，[这正常吗|{ask}]",
            "[我做的短视频|我的课程视频]被人[搬运到别的平台|盗录了在卖]，[人家还挣了不少钱|卖了好几百份]，[怎么告|维"
            "权难不难]",
        ),
        short=("图片被盗用怎么维权", "公众号用了网上的图被起诉", "视频被搬运怎么告"),
        facts=(
            "{P}系[摄影作品《{est}之晨》|美术作品《陇上人家》系列|文字作品《兰州往事》]的著作权人。{d2}，{P}发现{D}在"
            "其[微信公众号|"
            "官方网站|网店商品详情页]中未经许可使用了上述作品，且未署名。{P}对侵权页面进行了[公证|时间戳取证]。",
            "{P}经著作权人授权，对[音乐电视作品|影视作品]享有[放映权|信息网络传播权]。{d2}，{P}发现{D}在其经营的[KTV|"
            "网吧|酒店客房点播系统]"
            "中向公众提供上述作品{n}首（部），{D}未取得授权。",
        ),
        claims=(
            "判令{D}立即停止侵权[，删除涉案作品|]",
            "判令{D}赔偿{P}经济损失及合理开支共计{loss}",
        ),
        defence=("涉案图片来自网络公开渠道，{B}不知道有著作权", "{A}主张的赔偿数额明显过高"),
        amounts={"loss": (3000, 100000, 500), "n": ("int", 20, 200)},
    ),
    Topic(
        slug="patent_software",
        cause="<侵害实用新型专利权纠纷|侵害计算机软件著作权纠纷>",
        org="[{co}|{co2}|{net}]",
        coll=(
            "我[自己琢磨的|搞了个]一个[农用小机械|旋耕机零件]，[申请了实用新型专利|拿到专利证书了]，[现在好几家厂在仿"
            "|有人原样照做在卖]，[怎么告|{ask}]",
            "![公司|我们单位]用的软件被[软件公司|厂家]说是[盗版|没授权]，[要我们买正版还要赔钱|要赔十几万]，[当时是电"
            "脑自带的|是外包公司装的]，咋办",
            "[我们做的小程序|我写的代码]被[前合作方|离职员工]拿去[换个皮就上线了|卖给别人了]，[有没有软件著作权|能告"
            "吗]",
        ),
        short=("专利被别人仿了怎么维权", "公司用盗版软件被告了"),
        facts=(
            "{P}系名称为“一种[马铃薯收获机用分离装置|可调节式温室大棚通风装置|多功能牛肉面拉面机]”实用新型专利的专利"
            "权人，该专利于{y1}年"
            "获得授权，现处于有效状态。{d2}，{P}发现{D}[生产、销售|在展会上许诺销售]的产品落入{P}专利权的保护范围。",
            "{P}系[“{C}进销存管理系统”|某设计软件]的著作权人。{d2}，{P}发现{D}在其经营场所的[{n}台|多台]计算机中安装"
            "使用了该软件的未授权版本。",
        ),
        claims=(
            "判令{D}立即停止<制造、销售侵权产品|使用未经授权的软件>",
            "判令{D}赔偿{P}经济损失及合理开支{loss}",
        ),
        defence=("<{B}的产品采用的是现有技术，不构成侵权|涉案软件系电脑销售商预装，{B}无主观过错>",),
        amounts={"loss": (10000, 300000, 1000), "n": ("int", 5, 60)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Consumers and public services
# ---------------------------------------------------------------------------------------------------------------

CONSUMER = (
    Topic(
        slug="online_shopping",
        cause="网络购物合同纠纷",
        org="[{net}|{mall}]",
        coll=(
            "在网上买了个[手机|空调|冰箱]，[收到是翻新机|用了三天就坏了]，[商家不给退|客服一直拖]，[平台也不管|投诉了"
            "也没用]，{ask}",
            "[直播间|抖音直播]买的[玉镯子|羊绒大衣|保健品]，[说是真货|说是正品]，[拿去鉴定是假的|一看就是假的]，[主播"
            "不理人了|店铺都关了]，[能要回钱吗|怎么办]",
            "网购的[食品|奶粉]过期了，[吃了以后孩子拉肚子|发现的时候已经吃了一半]，[听说能退一赔十|商家只同意退款]，["
            "怎么维权|{ask}]",
            "[在{net}的网站上|在网上]订的[家具|定制衣柜]，[尺寸根本不对|做出来和图片完全两样]，[商家说定制不退|要我再"
            "加钱改]，[这合理吗|能起诉吗]",
            "买了个[二手车|二手手机]，[卖家说没事故|说是原装]，[结果是泡水车|拆开是组装机]，[卖家在外地|卖家不承认]，"
            "{ask}",
        ),
        short=("网购退款商家不退怎么办", "直播间买到假货怎么维权", "买到过期食品能退一赔十吗"),
        facts=(
            "{d2}，{P}通过[{D}开设的网店|某电商平台上{D}经营的店铺]购买[“全新未拆封”苹果手机一部|品牌空调一台|和田玉"
            "手镯一只]，"
            "支付货款{price}。收货后{P}发现[该手机系翻新机|商品存在质量问题|经鉴定该手镯材质为石英岩]，要求退货退款，"
            "{D}拒绝。",
            "{d2}，{P}在{D}处购买[进口奶粉|即食海参|月饼礼盒]共计{price}，收货后发现部分商品[已超过保质期|无中文标签]"
            "。{P}认为{D}"
            "经营不符合食品安全标准的食品，应承担惩罚性赔偿责任。",
        ),
        claims=(
            "判令{D}退还{P}货款{price}",
            "判令{D}<支付价款三倍的赔偿金|支付价款十倍的赔偿金>{punitive}",
        ),
        extra=("另查明，{D}在商品详情页中标注“正品保证、假一赔十”。",),
        defence=("商品已经签收且{A}使用，影响二次销售，不同意退货", "{A}系职业打假人，不属于消费者"),
        amounts={"price": (800, 30000, 10), "punitive": (2400, 90000, 10)},
    ),
    Topic(
        slug="prepaid_card",
        cause="服务合同纠纷",
        org="[{gym}|{beauty}|{shop}]",
        coll=(
            "[办了张健身卡|在健身房充了{card}]，[才去了几次|办卡不到半年]健身房就[关门了|跑路了]，[老板电话打不通|门"
            "上贴了个通知]，{ask}",
            "[美容院|理发店]充值[三千送一千|{card}]，[现在换老板了|店搬走了]，[新老板不认以前的卡|说卡作废]，[我的钱"
            "找谁要|能告吗]",
            "[私教课|游泳课]买了{card}，[教练离职了|课一直约不上]，[要退钱说只能退三成|说不退只能转卡]，[这合理吗|怎"
            "么维权]",
            "[洗车店|干洗店]的会员卡里还有{card}，[店关了|人找不到了]，[好多人都被坑了|群里几十个人]，[我们能一起告吗"
            "|{ask}]",
        ),
        short=("健身房跑路了怎么退钱", "理发店办的卡倒闭了怎么办", "预付卡不退钱怎么办"),
        facts=(
            "{d2}，{P}在{D}经营的[健身会所|美容院|游泳馆]办理[年卡|会员卡|私教课程]，支付费用{card}，约定服务期[一年|"
            "两年]。"
            "{m3}，{D}以[场馆装修|经营困难]为由停止营业，此后未恢复服务，亦未退还剩余费用。{P}[实际消费仅{used}|仅使"
            "用了[三|五]次]。",
            "{P}于{d2}向{D}预付[课程费|服务费]{card}。此后{D}[更换经营者|搬迁至他处]，新经营者拒绝按原约定提供服务，{"
            "P}要求退还"
            "剩余预付款未果。",
        ),
        claims=(
            "判令解除{P}与{D}之间的服务合同",
            "判令{D}退还剩余预付款{refund}",
        ),
        extra=("另查明，{D}的办卡合同中载有“本卡一经售出概不退换”的格式条款。",
               "另查明，与{P}情况相同的会员有数十人。"),
        defence=("停业系疫情及房东收回场地所致，属于不可抗力", "{A}所购课程为优惠价，退款应按原价扣除已消费部分"),
        amounts={"card": (1000, 30000, 100), "used": (200, 3000, 100), "refund": (800, 25000, 100)},
    ),
    Topic(
        slug="travel_contract",
        cause="旅游合同纠纷",
        org="{travel}",
        coll=(
            "报了个[去云南的团|新马泰的团|敦煌三日游]，[说好纯玩不进店|合同写的不购物]，[结果天天拉去购物店|导游逼着"
            "买东西]，[不买还甩脸色|威胁不让上车]，{ask}",
            "[旅行社|旅游公司]临时[取消了行程|改了酒店]，[定金{fee}不退|只退一半]，[说是我们违约|说已经订了机票]，[能"
            "全退吗|怎么办]",
            "[跟团旅游|自由行]的时候[在景区摔伤了|坐游船受伤了]，[旅行社说让找景区|景区说让找旅行社]，[到底找谁|{ask}]",
            "[老人|我爸妈]参加了个[免费一日游|低价旅游团]，[回来买了好几万的保健品|被忽悠买了玉石]，[能退吗|这算诈骗"
            "吗]",
        ),
        short=("旅行社强制购物怎么投诉", "旅游团取消了定金不退"),
        facts=(
            "{d1}，{P}与{D}签订《团队境内旅游合同》，参加“[云南双飞六日游|海南五日游|青海湖环线三日游]”，每人团费{fee"
            "}，合同约定"
            "“[纯玩无购物|全程不安排购物点]”。行程中，{D}的导游[擅自增加购物点三处|以不进店则加收费用相威胁]，并[擅自"
            "删减景点|更换"
            "低标准酒店]。{P}返回后要求{D}赔偿，{D}拒绝。",
            "{d2}，{P}参加{D}组织的旅游团，在[景区漂流|乘坐景区观光车]时[摔伤|受伤]，经{hosp}诊断为[左踝骨折|腰部挫伤"
            "]，花费医疗费{med}。",
        ),
        claims=(
            "判令{D}<退还团费{fee}|赔偿{P}医疗费、误工费等损失{med}>",
            "<判令{D}支付违约金{penalty}|>",
        ),
        defence=("<购物系游客自愿，{B}未强迫|{A}受伤系其自身未注意安全所致，且{B}已为游客投保旅游意外险>",),
        amounts={"fee": (1500, 12000, 100), "med": (3000, 50000, 100), "penalty": (1000, 10000, 100)},
    ),
    Topic(
        slug="training_refund",
        cause="教育培训合同纠纷",
        org="{edu}",
        coll=(
            "给孩子报了[一对一辅导|英语网课|编程课]，[一次交了{fee}|分期交了{fee}]，[上了几节课发现老师没资质|课程质"
            "量太差]，[要求退费机构不退|说只能退三分之一]，{ask}",
            "[报了个考公|报了考研|报了个会计]培训班，[签了不过退费协议|说考不过全额退]，[考完没过|面试没过]，[现在机"
            "构不认账|一直拖着不退]，怎么办",
            "[培训机构|托管班][突然倒闭了|老板跑了]，[孩子还有八十多节课没上|我们交了一年的学费]，[好多家长都没拿到退"
            "款|{ask}]",
            "[机构让我办了个培训贷|报课的时候让我刷了一个分期]，[现在课不上了|机构不退钱]，[贷款还得每个月还|每月还扣"
            "钱]，[这钱我还要还吗|怎么处理]",
        ),
        short=("培训机构不退费怎么办", "考不过退费协议机构不认", "培训班倒闭学费怎么要"),
        facts=(
            "{d1}，{P}与{D}签订《培训服务协议》，报名参加[{y2}年公务员考试全程班|{y2}年研究生考试集训营|教师资格证面"
            "试班]，支付"
            "培训费{fee}。协议约定“[笔试|考试]未通过全额退费”。{P}参加考试未通过，按约申请退费，{D}[以{P}缺课为由拒绝"
            "|一直拖延不予办理]。",
            "{d1}，{P}为其[子|女]{K}与{D}签订《培训服务协议》，购买[初中数学一对一辅导|少儿编程|英语外教]课程{n}课时"
            "，支付培训费{fee}。"
            "上课{used}课时后，{D}于{m3}[以场地到期为由停止授课|更换授课老师且课程质量明显下降]，剩余费用未退还。",
        ),
        claims=(
            "判令解除双方签订的《培训服务协议》",
            "判令{D}退还{P}培训费{refund}",
            "判令{D}支付资金占用利息",
        ),
        defence=("{A}未按约定完成全部课程，不符合退费条件", "退费应扣除教材费、服务费"),
        amounts={"fee": (3000, 50000, 100), "refund": (2000, 40000, 100), "n": ("int", 48, 200),
                 "used": ("int", 5, 40)},
    ),
    Topic(
        slug="telecom",
        cause="电信服务合同纠纷",
        org="[中国移动通信集团甘肃有限公司兰州分公司|中国联合网络通信有限公司兰州市分公司|中国电信股份有限公司兰州分公司]",
        coll=(
            "[手机号|我的话费]莫名其妙[被扣了好多钱|每个月多扣几十块]，[查了说是订了什么增值业务|说是我自己订的]，[我"
            "根本没订过|从来没同意过]，{ask}",
            "[办宽带|装宽带]的时候说[送手机|免费]，[结果签了个两年合约|后来每个月扣{fee}]，[想取消要交违约金|销户不让"
            "销]，[这合理吗|能起诉吗]",
            "[老人|我爸]的手机号[被营业厅|被推销员]换成了[高价套餐|188的套餐]，[老人根本不会用|自己都不知道]，[能退钱"
            "吗|怎么投诉]",
            "[我的号|手机号]欠费停机了[几年|很久]，[现在说欠了好几百|被列入什么黑名单了]，[我早就不用了|当时口头说销"
            "户了]，怎么办",
        ),
        short=("手机话费乱扣费怎么投诉", "宽带销户不让销怎么办"),
        facts=(
            "{P}系{D}的[移动电话|宽带]用户。{d2}至{d3}期间，{D}在未经{P}同意的情况下，为{P}的号码开通[视频会员、彩铃"
            "等增值业务|高价"
            "流量套餐]，累计扣费{fee}。{P}发现后要求退还，{D}仅同意[退还部分费用|取消业务]。",
        ),
        claims=(
            "判令{D}退还{P}被扣划的费用{fee}",
            "判令{D}赔偿{P}[三倍费用|损失]{triple}",
        ),
        defence=("{A}曾通过短信回复确认开通业务", "扣费系套餐正常资费"),
        amounts={"fee": (100, 3000, 10), "triple": (500, 9000, 10)},
    ),
    Topic(
        slug="heating_power",
        cause="<供用热力合同纠纷|供用电合同纠纷>",
        org="<{heat}|国网甘肃省电力公司兰州供电公司>",
        coll=(
            "[冬天家里暖气|我家暖气]不热，[屋里才十二三度|温度一直达不到十八度]，[找热力公司来测过|打了好多次电话]，["
            "他们还要收全额取暖费|不给减免]，{ask}",
            "[常年不在家住|房子空着]，[能不能不交暖气费|热力公司要收空置费]，[他们起诉我了|说要告我]，[要交多少|我该"
            "怎么办]",
            "[家里|我们村]老是[停电|电压不稳]，[冰箱烧坏了|电器烧了好几个]，[供电所说是线路老化|说不归他们管]，[能不"
            "能让他们赔|{ask}]",
            "[电费|水费]突然[比平时高了好几倍|一个月好几百]，[怀疑表有问题|可能串户了]，[供电公司说表没问题|不给重新"
            "检测]，[怎么办|去哪投诉]",
        ),
        short=("暖气不热能少交取暖费吗", "停电把电器烧坏了谁赔", "暖气费一定要交吗"),
        facts=(
            "{D}系{est}的供热单位，{P}系该小区[3|5|8|12|16]号楼[1|2|3]单元[302|501|1102|1503|2201]室房屋的业主。{y2}—{y3}年供暖期，{P}房屋室内温度[经多次检测均低于"
            "18℃|长期在"
            "12℃至15℃之间]，{P}多次向{D}反映，{D}未予解决。{D}要求{P}全额缴纳采暖费{fee}，{P}以供热不达标为由拒绝。",
            "{P}系{D}的居民用电客户。{d2}，因[{D}维护的线路发生故障|检修后恢复送电时电压异常]，{P}家中[冰箱、电视机、"
            "空调|多台家用"
            "电器]被烧毁，损失{loss}。",
        ),
        claims=(
            "判令{D}<退还或减免{P}供暖不达标期间的采暖费{fee}|赔偿{P}家电损失{loss}>",
            "判令{D}<保证供热温度不低于18℃|检修线路，保障正常供电>",
        ),
        extra=("<另查明，{P}房屋建筑面积{area}平方米。|另查明，事发当日{dist}多处居民反映电压异常。>",),
        defence=("<室温不达标系{A}自行改造暖气管道所致|事故系雷击引起，属于不可抗力>",),
        amounts={"fee": (1500, 4000, 10), "loss": (2000, 20000, 100), "area": ("int", 60, 140)},
    ),
    Topic(
        slug="passenger_transport",
        cause="公路旅客运输合同纠纷",
        org="[兰州公交集团有限公司|{co}|兰州市{dist}出租汽车有限公司]",
        coll=(
            "坐公交车的时候[司机急刹车|司机猛一脚刹车]，[我摔倒了|老人摔了]，[肋骨骨折|手腕骨折]，[公交公司说我没扶好"
            "|只给报了一部分]，{ask}",
            "[打出租车|坐网约车]把[包|手机|电脑]落车上了，[司机说没看见|联系上了不给]，[车牌号我记着|有行程记录]，{as"
            "k2}",
            "[坐大巴|坐长途车]从[兰州到临夏|兰州到西宁]，[车半路坏了|司机把我们扔在半路]，[又自己打车花了好几百|行程"
            "全耽误了]，[能让客运公司赔吗|怎么维权]",
            "[坐网约车|打车]的时候[出了事故|被追尾]，[我受伤了|头撞到前座]，[司机说找对方|平台说找司机]，[我应该告谁|"
            "找谁赔]",
        ),
        short=("坐公交摔伤谁赔", "网约车出事故乘客找谁赔"),
        facts=(
            "{d2}，{P}乘坐{D}运营的[{n}路公交车|出租车|长途客车]，车辆行驶至{pl}时驾驶员[紧急制动|转弯过急]，致{P}摔"
            "倒受伤。{P}在"
            "{hosp}治疗，诊断为[左侧多发肋骨骨折|右桡骨骨折|腰椎横突骨折]，花费医疗费{med}。{D}[仅支付了部分医疗费|以"
            "{P}未扶好扶手"
            "为由拒绝全部赔偿]。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费等损失共计{total}",
        ),
        extra=("另查明，{D}为车辆投保了承运人责任险。",),
        defence=("驾驶员系为避让突然横穿的行人而紧急制动，无过错", "{A}乘车时未抓好扶手，自身存在过错"),
        amounts={"med": (2000, 60000, 100), "lost": (1000, 15000, 100), "total": ("sum", "med", "lost"),
                 "n": ("int", 1, 160)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Round 2: debts of a deceased person (loan vocabulary, but the issue is the heirs' liability within the estate)
# ---------------------------------------------------------------------------------------------------------------

HEIRS_DEBT = (
    Topic(
        slug="heir_debt_bank",
        cause="被继承人债务清偿纠纷",
        plaintiff="<{bank}|{bank}|{bank}|兰州[金城|陇原]小额贷款有限公司>",
        coll=(
            "![我爸|我老公|老伴]{t}[走了|突发脑梗去世了]，[现在银行|{bank}]打电话说他生前[有一笔{debt}的经营贷|信用卡"
            "欠了{left}]没还，[要我们家属还|让我们继承人还]，[我们什么都没继承|家里就一套老房子]，{ask}",
            "![银行|贷款公司]把我[和我妈|和我弟]告了，说[我爸|公公]生前在[{bank}|银行]贷了款，[要我们在继承遗产范围内"
            "还|让子女还钱]，[老人的房子我们还没过户|我们打算放弃继承]，[放弃了是不是就不用管了|{ask}]",
            "![我哥|我父亲]去世[半年|一年多]了，[他的车贷还欠着|他在银行还有一笔贷款]，[现在法院传票来了|银行起诉到法"
            "院了]，被告写的是[我们几个子女|我和我嫂子]，[我们根本不知道这笔贷款|这个要怎么应诉]",
            "!请问[父亲|母亲]的信用卡欠款，人去世了[银行能找子女要吗|子女要还吗]？[欠了{left}左右|连本带息好几万]，[老"
            "人名下没啥钱|老人就留了点存款]",
            "![老公|丈夫]出车祸走了，[房贷还有{left}没还|他名下还有一笔消费贷]，[银行说要么继续还要么收房|银行说要起诉"
            "我]，[房子写的是他一个人的名字|房子是婚后买的]，我带着孩子[该怎么办|真的还不起]",
        ),
        short=("人去世了信用卡欠款谁还", "父亲的银行贷款子女要还吗", "放弃继承银行还能起诉我吗",
               "死者的贷款家属要还吗"),
        facts=(
            "{d1}，{dec}与{P}签订《个人[经营性|消费]借款合同》，借款{debt}，期限[三十六|二十四]个月，年利率[4.35%|5.6"
            "%|6.5%]，按月等额本息还款。合同签订后，{P}依约发放贷款。{dec}按期还款至{m2}，此后未再还款。{d3}，{dec}因"
            "病去世，尚欠借款本金{left}及相应利息。{D}系{dec}的[长子|女儿|独子]，系其第一顺序继承人。",
            "{dec}生前在{P}处申领信用卡一张，[长期透支消费|用于日常消费及取现]。{d3}，{dec}[因交通事故|因病]死亡。截至"
            "{d4}，该信用卡尚欠透支本金{left}及利息、滞纳金若干。{dec}名下遗留{hm}房屋一套[及车牌号为{plate}的小型轿车"
            "一辆|]，现由{D}[占有使用|居住]。",
            "{d1}，{dec}以其名下位于{hm}的房屋作抵押，向{P}借款{debt}，双方签订《个人抵押借款合同》并办理了抵押登记。"
            "{d3}，{dec}意外死亡，此后借款逾期未还，尚欠本金{left}。{En}、{Dn}分别为{dec}的配偶和[儿子|女儿]，均未明确"
            "表示放弃继承。",
            "{d1}，{dec}向{P}借款{debt}用于[经营养殖场|购买农机]，借期一年，月利率1.2%，{En}作为保证人签字。{dec}于{d"
            "3}死亡，借款到期后未还，尚欠本金{left}。{dec}的遗产由其[子|女]{Dn}继承并管理。",
        ),
        claims=(
            "判令{D}在继承{dec}遗产的实际价值范围内偿还{P}<借款本金{left}及利息|信用卡透支本金{left}及利息、滞纳金|借"
            "款本金{left}及利息|借款本金{left}及利息>",
            "<判令{D}支付自{m2}起至实际清偿之日止的逾期罚息|判令{D}支付截至起诉之日的利息{interest}|判令{P}对{hm}房屋"
            "折价或拍卖、变卖所得价款享有优先受偿权|判令{En}对上述债务承担连带保证责任>",
        ),
        extra=(
            "另查明，{dec}的父母均先于其死亡，[{dec}的配偶{E}亦为第一顺序继承人|{dec}与前妻离婚后未再婚]。",
            "另查明，{dec}名下遗产[包括{hm}房屋一套|包括{bank}存款及车辆一辆]，[尚未办理继承登记|现由{D}实际占有]。",
            "另查明，{dec}生前投保的借款人意外伤害保险，{P}已向保险人申请理赔，尚未获赔。",
            "另查明，{dec}去世后，{D}曾代为偿还{paid2}，此后未再还款。",
        ),
        more=(
            "{d4}前，{P}先后[三|四]次向{D}发送《催收通知书》，{D}回复称{dec}的遗产仅有[存款{estate}|一辆旧车]，不足以"
            "清偿全部债务。",
            "{dec}名下{bank}账户于其去世后被支取{estate}，支取人为{D}。",
            "诉讼中，{D}提交《放弃继承声明书》一份，但该声明系在{dec}部分遗产已被处分之后作出。",
            "经本院委托评估，{dec}遗留的{hm}房屋[价值{value}|市场价值约{value}]。",
        ),
        views=(
            "本院认为，{P}与{dec}之间的借款关系合法有效。{dec}死亡后，其生前所负债务应以其遗产清偿，继承人在所得遗产"
            "实际价值范围内承担责任。{D}未在遗产处理前以书面形式放弃继承，应视为接受继承。",
            "本院认为，本案争议焦点为{D}应否及在何范围内承担清偿责任。继承人对被继承人的债务，以所得遗产实际价值为限"
            "清偿，{P}要求{D}超出遗产范围偿还的部分，本院不予支持。",
        ),
        proof="借款合同、借款借据、还款明细、[死亡证明|居民死亡医学证明书]、户籍证明、[不动产登记信息|亲属关系证明]",
        defence=(
            "{B}对{dec}的借款不知情，且{dec}的遗产已用于支付丧葬费和医疗费，{B}实际未继承任何遗产",
            "{B}已书面放弃继承，不应承担清偿责任", "{A}主张的罚息、复利过高，应予调整",
        ),
        amounts={"left": (20000, 400000, 100), "paid": (5000, 80000, 1000), "debt": ("sum", "left", "paid"),
                 "interest": (2000, 40000, 10), "estate": (3000, 80000, 100), "paid2": (2000, 20000, 500),
                 "value": (300000, 1000000, 1000)},
    ),
    Topic(
        slug="heir_debt_business",
        cause="被继承人债务清偿纠纷",
        coll=(
            "我[开建材店|卖钢材]的，[老客户|一个包工头]在我这赊了{left}的货，[打了欠条|对过账]，{t}他[出车祸没了|突发心"
            "梗去世了]，[他老婆说不知道|他儿子说人死账消]，{ask}",
            "[我给村里一户人家盖房子|我带人给{b}家盖了二层楼]，[房子盖好了|他们都住进去了]，还欠我工钱{left}，[老汉去"
            "年走了|房主去世了]，[他儿子说是老人欠的跟他无关|家里人推来推去]，[这钱找谁要|{ask}]",
            "我的[门面|铺子]租给{b}[开饭馆|卖衣服]，[欠了一年多房租|房租拖了{left}]，后来[他生病去世了|人没了]，[店里"
            "的东西他家人搬走了|他媳妇把店转出去了]，[房租还能要吗|找谁要]",
            "![我爸|公公]去世后有人拿[欠条|对账单]上门，说[老人生前|我爸做生意时]欠他[货款|工程款]{left}，[我们根本"
            "不知道|欠条上的字不像我爸写的]，[子女要替他还吗|{ask}]",
        ),
        short=("欠我货款的人去世了找谁要", "房主去世了盖房的工钱找谁要", "人死了欠的货款还要还吗"),
        facts=(
            "{P}系{shop}的经营者。{y1}年至{y2}年间，{dec}[承揽装修工程|经营建筑队]期间陆续从{P}处赊购[钢材、水泥|瓷砖"
            "、涂料|五金配件、电线]，{d2}经双方对账，{dec}出具欠条一张，载明“今欠{A}货款{left}，于[年底|{y3}年春节]前"
            "付清”。{d3}，{dec}因[突发心脏病|交通事故]去世，欠款未付。{D}系{dec}之[子|女]。",
            "{d1}，{dec}雇请{P}为其在{town}{vil}的宅基地上修建[二层砖混楼房|五间平房]，口头约定工程款{debt}。{P}于{m2}"
            "完工交付，{dec}支付{paid}后，就余款{left}向{P}出具欠条。{d3}，{dec}去世，上述房屋由{D}继承并居住。",
            "{d1}，{dec}租赁{P}所有的位于{pl}的商铺经营{shop}，双方签订《商铺租赁合同》，年租金{debt}。{dec}支付{paid}"
            "后，拖欠剩余租金{left}。{d3}，{dec}病故，{D}作为其继承人[将店内设备、货物变卖|继续经营该店至{m4}]，但未"
            "支付所欠租金。",
        ),
        claims=(
            "判令{D}在继承{dec}遗产的范围内支付{P}<货款|工程款|租金>{left}",
            "<判令{D}支付逾期付款利息（以{left}为基数，自起诉之日起按一年期贷款市场报价利率计算）|判令{D}支付逾期付"
            "款利息|判令{D}支付{dec}去世后的房屋占用费{fee}>",
        ),
        extra=(
            "另查明，{dec}的父母已先于其去世，{dec}的第一顺序继承人为其配偶{E}及子女。",
            "另查明，{dec}生前名下有[{hm}房屋一套|农村宅基地房屋一处]，[尚未办理继承登记|现由{D}实际使用]。",
            "另查明，{E}已向本院书面表示放弃继承，本院依法未将其列为被告。",
            "另查明，{dec}的丧葬费用{funeral}由{D}支付。",
        ),
        more=(
            "{d4}前，{P}[携欠条|多次]到{D}家中催要，{D}称对欠款不知情，[并称遗产已用于办理丧事|表示等遗产分割后再说]"
            "。",
            "诉讼中，{D}申请对欠条上“{dec}”签名的真实性进行鉴定，后又撤回鉴定申请。",
            "<双方对账单载明：{y1}年度发货[{n}|多]笔，已付款{paid}，尚欠{left}。|欠条载明：“今欠{A}盖房工钱{left}，"
            "秋收后付清。”|租赁合同第六条约定：“承租人逾期支付租金超过三个月的，出租人有权解除合同。”>",
        ),
        views=(
            "本院认为，{dec}生前欠{P}<货款|工程款|租金>的事实，有欠条及当事人陈述证实，本院予以确认。{dec}死亡后，其"
            "继承人应在继承遗产的实际价值范围内清偿该债务。",
            "本院认为，{D}虽主张对债务不知情，但未提交相反证据推翻欠条的真实性。{D}已实际继承{dec}的遗产，应在其继承"
            "遗产的范围内承担清偿责任。",
        ),
        proof="欠条、[对账单|送货单]、[死亡证明|火化证明]、户籍证明、[证人证言|微信聊天记录]",
        defence=(
            "<{B}对{dec}赊购货物一事不知情，欠条系{dec}生前所写，真实性无法确认|房屋存在墙体裂缝等质量问题，{dec}生"
            "前已提出异议，故未付清余款|租金已由{dec}生前以现金方式付清>",
            "{dec}的遗产不足以清偿其债务，{B}只在实际继承的范围内承担责任",
        ),
        amounts={"left": (8000, 200000, 100), "paid": (10000, 150000, 1000), "debt": ("sum", "left", "paid"),
                 "fee": (3000, 30000, 100), "funeral": (15000, 60000, 1000), "n": ("int", 8, 40)},
    ),
    Topic(
        slug="heir_debt_estate",
        cause="被继承人债务清偿纠纷",
        coll=(
            "[我借给同村的{b}|我借给老同学]{debt}，[说好一年还，月息一分|利息按一分算]，结果他{t}[病死了|出事走了]，[他"
            "老婆孩子说放弃继承了|家里人说放弃继承，不管这钱]，[可房子他们还住着|他的车还在他儿子开着]，{ask}",
            "!我老公去世了，[他生前跟人借的钱|他借朋友的{debt}]，[借条上我也签了字|我当时在旁边签了个名]，[现在人家起"
            "诉我|债主让我全还]，[我只是见证人啊|我签字就是知道这事]，我该怎么办",
            "借钱的人[死了|去世了]，[他几个孩子都说放弃继承|家里人都不认]，[遗产也没人管|房子空着]，[我能申请法院指定"
            "遗产管理人吗|这钱还有希望吗]",
            "!我们兄妹[三个|四个]，我爸[去世后|走了以后]留下[一套老房子|一些存款]和{debt}的外债，[我大哥想要房子又不想"
            "还债|二姐说她放弃继承]，[债该怎么分摊|{ask}]",
        ),
        short=("放弃继承了房子还能住吗", "借钱的人死了家属放弃继承怎么办", "遗产管理人怎么申请"),
        facts=(
            "{P}与{dec}系[同村村民|多年朋友]。{d1}，{dec}向{P}借款{debt}，约定月利率1%，{dec}出具借条。{d3}，{dec}去世"
            "，生前未立遗嘱。{dec}的第一顺序继承人为其配偶{En}、其[子|女]{Dn}。{dec}去世后，二人书面声明放弃继承，但{dec}名下"
            "的{hm}房屋[仍由二人居住|已被出租，租金由{Dn}收取]。",
            "{dec}生前欠{P}借款{debt}未还，{d3}，{dec}死亡，其继承人均表示放弃继承，遗产处于无人管理状态。{P}申请指定"
            "遗产管理人，本院于{m4}指定{dec}生前住所地的{dist}[民政局|{town}人民政府]为遗产管理人。",
            "{d1}，{dec}以[购车|装修房屋]为由向{P}借款{debt}，借条由{dec}签名，{En}作为[共同借款人|见证人]在借条上签名"
            "。{d3}，{dec}病故，借款未还。{dec}的遗产包括{hm}房屋一半的份额，由其子{Dn}及{En}共同继承。",
        ),
        claims=(
            "<确认{Dn}、{En}放弃继承的声明对{P}不发生效力，判令其在继承{dec}遗产范围内偿还借款{debt}|判令{D}以遗产"
            "管理人身份清理{dec}的遗产，并以遗产偿还{P}借款{debt}|判令{En}偿还借款{debt}，{Dn}在继承{dec}遗产实际价"
            "值范围内承担连带清偿责任>",
            "判令[被告|{D}]支付借款利息[{interest}|（自{d2}起按年利率12%计算至实际清偿之日）]",
        ),
        extra=(
            "另查明，{dec}的父母已先于其死亡，除上述继承人外，{dec}无其他法定继承人。",
            "另查明，{dec}生前另欠{C}借款{other}，{C}已另案起诉。",
            "另查明，{dec}名下的{hm}房屋系其与{E}婚后购买，属夫妻共同财产，其中一半份额为{dec}的遗产。",
        ),
        more=(
            "{d4}前，{P}多次向{dec}的家属催要，家属以“人死债消”为由拒绝。",
            "<{dec}去世后，{Dn}将{hm}房屋出租给他人，每月收取租金{rent}。|遗产管理人清点后确认，{dec}的遗产包括存款"
            "{estate}及车辆一辆。|{En}在庭审中认可借条上的签名系其本人所签，但称仅为见证。>",
            "借条载明：“今借到{A}现金{debt}，月息一分，[一年内|{y3}年底前]归还。借款人：{dec}。”",
        ),
        views=(
            "本院认为，继承人放弃继承应当在遗产处理前以书面形式作出。{D}在声明放弃继承后仍占有、使用遗产并收取收益，"
            "其放弃继承的行为不能对抗债权人，应在所得遗产实际价值范围内清偿被继承人的债务。",
            "本院认为，遗产管理人应当处理被继承人的债权债务。{dec}生前所欠借款有借条为证，应以其遗产清偿。",
        ),
        proof="借条、[银行转账凭证|收条]、[户籍证明|亲属关系证明]、死亡证明、[不动产登记簿|租赁合同]",
        defence=(
            "{B}已于遗产处理前书面放弃继承，不应承担任何责任", "借条上的签名系{B}作为见证人所签，{B}并非借款人",
            "{dec}生前已归还部分借款，{A}主张的数额不实",
        ),
        amounts={"debt": (30000, 500000, 1000), "interest": (3000, 80000, 100), "other": (20000, 200000, 1000),
                 "rent": (800, 2500, 100), "estate": (5000, 120000, 100)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Round 2: unjust enrichment (bank, company and payroll vocabulary; the issue is money held without a legal basis)
# ---------------------------------------------------------------------------------------------------------------

UNJUST = (
    Topic(
        slug="unjust_enrichment_payer",
        cause="不当得利纠纷",
        plaintiff="<{bank}|{co}|{co2}|{town}{vil}村民委员会>",
        org="<{c}|{mall}|{c}|{c}>",
        coll=(
            "[公司|单位]财务说[上个月|年底]多给我发了一个月工资，[要我退回去|让我把{money}退了]，[我早花完了|我已经离职"
            "了]，[不退会怎么样|这钱必须退吗]",
            "我们公司给[供应商|合作方]付款的时候[付重了|同一笔钱付了两次]，{money}，[对方说抵以后的货款|对方不认]，["
            "可我们已经不合作了|{ask}]",
            "[银行|{bank}]打电话说[系统出错|柜员操作失误]多给我卡里转了{money}，[要我还回去|说要起诉我]，[我以为是别人"
            "还我的钱|钱已经拿去还债了]，{ask2}",
            "[村里发补贴|发征地补偿款]的时候，[把我的钱打到了同名的人卡上|会计把钱转错人了]，[那人不还|他说是他应得的]"
            "，[村委会让我自己去要|{ask}]",
        ),
        short=("公司多发的工资要退吗", "银行多打的钱要还吗", "货款付重了对方不退怎么办"),
        facts=(
            "{d2}，{P}柜员在为{D}办理[跨行汇款|现金存款]业务时，因[系统故障|操作失误]，将同一笔款项{money}重复记入{D}在"
            "{P}开立的账户。{P}于次日对账时发现差错，随即通知{D}返还，{D}[已将款项取出|以款项系其本人所有为由拒绝返还]"
            "。",
            "{P}与{D}之间存在[钢材|包装材料|办公用品]买卖业务往来。{d2}，{P}财务人员通过网银向{D}支付货款{money}后，因"
            "[系统重复提交|操作失误]，于{d3}再次支付同一笔款项{money}。双方此后对账确认，{P}已付清全部货款，{D}多收的"
            "款项无合法依据。",
            "{D}原系{P}员工，于{m2}离职。{P}在发放{y3}年[年终奖金|十二月工资]时，因人事系统未及时更新，向{D}的工资卡"
            "发放了{money}。{P}发现后多次通过电话、短信要求{D}退还，{D}置之不理。",
            "{d2}，{P}在发放[退耕还林补助|征地补偿款|种粮补贴]时，误将应付给本村村民{E}的{money}转入与其同名的{D}的账户"
            "。{P}发现后已另行向{E}补发，并要求{D}返还误收款项，{D}以款项系其应得为由拒绝。",
        ),
        claims=(
            "判令{D}返还{P}<多入账款项|重复支付的货款|多发放的款项|误发的补偿款>{money}",
            "判令{D}支付自{d3}起至实际返还之日止的资金占用利息",
        ),
        extra=(
            "另查明，{D}的上述账户于收款后陆续支取，现余额不足百元。",
            "另查明，{P}曾于{d3}向{D}邮寄《退款通知函》，{D}签收后未予回复。",
            "另查明，{P}与{D}之间除上述款项外，无其他经济往来。",
        ),
        more=(
            "{P}提交的[银行流水|记账凭证|转账回单]显示，两笔款项的金额、收款账户完全一致，附言均为“<业务款|货款|工资|"
            "补偿款>”。",
            "{D}在庭审中认可收到上述款项，但主张<系其本人存入|系双方其他业务往来的款项|系公司发放的奖励|系其本人应得"
            "的补贴>，未提交证据证明。",
            "{d4}，{P}向{dist}人民调解委员会申请调解，{D}未到场。",
        ),
        views=(
            "本院认为，没有法律根据取得不当利益的，受损失的人有权请求其返还。{D}取得上述款项既无合同依据，亦无其他合"
            "法根据，{P}因此受到损失，{D}应予返还。",
            "本院认为，{D}主张款项系<其本人存入|抵扣其他货款|公司奖励|应得补贴>，但未提交充分证据，本院不予采信。",
        ),
        proof="[银行交易流水|网银转账回单]、[记账凭证|工资发放表|补贴发放名册]、催款通知及当事人陈述",
        defence=(
            "<款项系{B}本人存入，与{A}无关|多付款项应冲抵{A}尚欠{B}的其他货款|{B}离职时{A}尚欠其加班费，该款应视为补"
            "发|{B}不知道款项系误发，且已用于生活开支>",
            "{A}自身存在重大过失，应自行承担损失",
        ),
        amounts={"money": (3000, 300000, 100)},
    ),
    Topic(
        slug="unjust_enrichment_deal",
        cause="不当得利纠纷",
        coll=(
            "[想买|看中了]一辆二手车，[先给卖家转了{money}定金|转了{money}说是订车]，[后来他把车卖给别人了|车根本过不"
            "了户]，[定金他不退|说定金概不退还]，[也没签合同|就微信上说的]，{ask}",
            "[我妈|我舅]出车祸去世了，[赔偿款|保险赔的钱]让[我二叔|我舅舅]代领了{money}，[到现在只给了我们一小部分|"
            "一分没给我们]，[他说替我们保管|说他也有份]，怎么办",
            "有人说能帮我儿子[进国企|安排到事业单位]，我给他转了{money}[活动经费|打点费]，[事情没办成|等了一年没消息]"
            "，[钱不退|人也不见了]，[能要回来吗|{ask}]",
            "[客户|别人]把应该给我的钱[转到了我以前的合伙人卡上|打到了我前员工的卡里]，{money}，[他收了不给我|他说是"
            "我欠他的]，[我该告他什么|{ask}]",
            "[借给|帮]朋友[办事|代交了钱]，[转了{money}|给了{money}]，[现在他不认|他说是我送的]，[没有借条|只有转账记录"
            "]，[能告不当得利吗|怎么要回来]",
        ),
        short=("定金不退算不当得利吗", "赔偿款被亲戚领走不给怎么办", "找人办事的钱能要回来吗"),
        facts=(
            "{d1}，{P}经人介绍拟向{D}购买[二手货车一辆|羊只一批|{D}果园当年的果品]，当日通过微信向{D}转账{money}，双方"
            "未签订书面合同，对价款、交付时间等亦未达成一致。后因{D}[将车辆另售他人|无法交付]，交易未能进行。{P}要求{D}"
            "退还款项，{D}以“定金不退”为由拒绝。",
            "{P}之母{mom}于{d2}在交通事故中死亡。经调解，肇事方及保险公司支付死亡赔偿金等共计{total}，该款由{D}（{mom}"
            "之弟）代为领取。{D}仅向{P}转交{paid}，余款{money}据为己有。{P}系{mom}的唯一子女。",
            "{d1}，{D}称可通过关系为{P}之子{K}安排[入职国有企业|进入事业单位工作]，{P}先后向{D}转账{money}作为“活动经费"
            "”。此后{K}未能入职，{D}亦未退还款项。{P}向公安机关报案，公安机关认为不构成犯罪，告知其另行主张。",
            "{D}系{P}经营的{shop}的前[合伙人|员工]，{m2}退出经营。{d3}，{P}的客户{C}误将应付给{P}的[货款|服务费]{money}"
            "转入{D}的个人账户，{D}收款后拒不转交{P}。",
        ),
        claims=(
            "判令{D}返还{P}<{money}|死亡赔偿金{money}|{money}|{money}>",
            "判令{D}支付资金占用[损失|利息]（自{d3}起按一年期贷款市场报价利率计算至实际返还之日）",
        ),
        extra=(
            "另查明，{P}与{D}之间无其他借贷或经济往来。", "另查明，{P}曾于{d3}通过律师向{D}发送律师函，{D}未回复。",
            "另查明，{D}名下{bank}账户的交易明细显示，款项到账后当日即被转出。",
        ),
        more=(
            "<双方微信聊天记录显示，{D}曾表示“车没了钱退你”，但此后未退款。|赔偿款收条载明：“今代{A}领取赔偿款{total}"
            "。领款人：{B}。”|{D}出具的收条载明：“今收到{A}办事费用{money}，事情办不成全额退还。”|{C}出具情况说明"
            "，确认该笔款项系误转，应付对象为{P}。>",
            "{d4}前，{P}多次向{D}索要上述款项，{D}[先承诺分期退还后又反悔|以各种理由推脱|拒接电话]。",
        ),
        views=(
            "本院认为，得利人没有法律根据取得不当利益的，受损失的人可以请求返还。本案中，{D}取得上述款项缺乏合法依据"
            "，应当返还。",
            "本院认为，<双方之间买卖合同并未成立，所谓“定金”亦无书面约定|{D}代领赔偿款后负有转交义务|双方约定的“活动"
            "经费”违背公序良俗，应属无效|款项应付对象为{P}>，{D}继续占有该款项没有法律根据。",
        ),
        proof="[微信转账记录|银行交易明细]、[聊天记录|收条]、[证人证言|情况说明]",
        defence=(
            "<{A}违约在先，定金依法不予退还|{B}代领赔偿款后已用于办理丧事及偿还{mom}生前债务|款项已用于为{A}办事，"
            "无法退还|款项系{A}应分给{B}的经营利润>",
        ),
        amounts={"money": (2000, 300000, 100), "paid": (10000, 100000, 1000), "total": ("sum", "money", "paid")},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Round 2: collective land, heating and power fees, property registration, patents between firms
# ---------------------------------------------------------------------------------------------------------------

THIN = (
    Topic(
        slug="collective_land_lease",
        cause="<农村土地承包合同纠纷|农村土地承包合同纠纷|渔业承包合同纠纷|土地租赁合同纠纷>",
        plaintiff="<{town}{vil}村民委员会||{town}{vil}村民委员会|>",
        org="<{B}|{town}{vil}村民委员会|{B}|{town}{vil}[股份经济合作社|村民委员会]>",
        coll=(
            "我[十几年前|{y1}年]承包了村里[{mu}亩河滩地|一片荒沙地]，[合同签了二十年|承包期还有好几年]，[地是我一点点平"
            "整出来的|打了井栽了树]，[现在新村委会要收回|村里说原来的合同不算]，[投的钱谁赔|{ask}]",
            "[村里|村委会]起诉我要[承包费|鱼塘的承包费]，[这两年|前年开始][天旱没收成|鱼价跌得厉害]，[我想少交点|能不"
            "能缓一缓]，[他们还要收回地|说要解除合同]，咋办",
            "[租了村里的一块空地|跟村委会租了{mu}亩地][办养殖场|搞大棚]，[每年交{rent}租金|租金一年一交]，[现在村里说地"
            "要征收|村里要把地租给别人]，[让我一个月内搬走|断了我的水电]，{ask}",
            "[我们村的水库|村里的鱼塘]承包给了[外村人|村长的亲戚]，[承包费低得离谱|没开村民大会]，[村民能不能告|这个合"
            "同有效吗]",
        ),
        short=("村委会提前收回承包地怎么办", "承包费交不上村里要收地", "村里的地租给我又要收回"),
        facts=(
            "{d1}，{P}作为发包方与{D}签订《农村集体土地承包合同》，约定{P}将本村[河滩地|机动地|集体荒地]{mu}亩发包给{D}"
            "[种植果树|建设蔬菜大棚|种植中药材]，承包期二十年，承包费每亩每年{rent}。合同第五条约定：“乙方应于每年十二"
            "月三十一日前交清当年承包费，逾期超过一年的，甲方有权解除合同、收回土地。”{D}缴纳承包费至{y2}年，此后拖欠"
            "至今，共计{owed}。",
            "{d1}，{P}与{D}签订《土地承包合同》，承包{D}集体所有的[荒沙地|坡地]{mu}亩，承包期三十年，承包费[每年{rent}"
            "|一次性支付]。合同签订后，{P}投资平整土地、打井并栽植[枸杞|苹果树|花椒树]。{d3}，{D}以[原合同承包费过低|"
            "合同未经村民代表大会讨论]为由，通知{P}收回土地，并[另行发包给他人|推平了部分树木]。",
            "{d1}，{P}与{D}签订《水库承包合同》，将本村[西沟水库|涝池]发包给{D}从事水产养殖，承包期十年，年承包费{rent}"
            "。合同约定：“乙方不得擅自改变水面用途，不得影响农田灌溉用水。”{D}自{y2}年起拖欠承包费，并于{m3}[擅自在库"
            "区修建农家乐|私自抽干库水捕鱼]，致下游农田灌溉受阻。",
            "{d1}，{D}（出租方）与{P}签订《土地租赁协议》，将{vil}[村西集体空地|集体建设用地]{mu}亩出租给{P}用于[建设养"
            "殖场|堆放农机具]，租期十五年，年租金{rent}。{P}依约缴纳租金至{y3}年，并建成[羊舍|库房]等设施。{d3}，{D}以"
            "[村民会议决议收回集体土地|该地块另有规划]为由，要求{P}限期腾退，并[断水断电|拆除了部分围墙]。",
        ),
        claims=(
            "<判令解除双方签订的《农村集体土地承包合同》，{D}返还承包地|判令确认{D}收回承包地的行为无效，继续履行承包"
            "合同|判令解除《水库承包合同》，{D}返还水库并恢复原状|判令{D}继续履行《土地租赁协议》，停止妨害>",
            "<判令{D}支付拖欠的承包费{owed}|判令{D}赔偿{P}地上附着物及投入损失{loss}|判令{D}支付拖欠的承包费{owed}"
            "|判令{D}赔偿{P}经营损失{loss}>",
        ),
        extra=(
            "另查明，涉案合同经{vil}村民代表会议[讨论通过|表决]，并报{town}人民政府备案。",
            "另查明，{D}在承包期内[未办理土地承包经营权证|已取得林权证]。",
            "<另查明，{D}在承包地上种植的果树已进入挂果期。|另查明，{P}为平整土地、打井等投入有票据的费用为{loss}。|另查"
            "明，{D}在库区修建的建筑未办理任何审批手续。|另查明，{P}的养殖场已取得动物防疫条件合格证。>",
        ),
        more=(
            "{P}于{m3}、{m4}两次向{D}送达《催告通知书》，[{D}签收后未予理会|{D}拒绝签收]。",
            "{town}人民政府曾组织双方调解，因对补偿数额分歧较大未能达成协议。",
            "<{D}对欠付承包费的数额无异议，但称因连续两年干旱减产，请求减免。|经{P}申请，本院委托评估机构对地上附着物"
            "进行评估，评估价值为{loss}。|{D}在庭审中认可拖欠承包费的事实。|经现场勘验，{P}所建羊舍、围墙等设施现仍"
            "在使用。>",
        ),
        views=(
            "本院认为，双方签订的承包合同系真实意思表示，且经本集体经济组织民主议定程序，合法有效。承包期内，发包方不"
            "得随意收回承包地，承包方亦应按约缴纳承包费。",
            "本院认为，依照{law}的规定，结合合同约定及履行情况，对{P}的诉讼请求分述如下。",
        ),
        proof="承包合同、村民代表会议记录、[承包费收据|租金收据]、[催告通知书|现场照片]",
        defence=(
            "<因连续干旱减产，请求减免部分承包费，且{B}在地上的投入应予补偿|原合同承包费明显过低，且未经村民会议讨论，"
            "应属无效|水库修建的设施系为经营需要，未影响灌溉|该地块已纳入规划，{B}有权收回集体土地>",
        ),
        amounts={"rent": (300, 20000, 50), "owed": (6000, 150000, 500), "loss": (30000, 600000, 1000),
                 "mu": ("int", 10, 300)},
    ),
    Topic(
        slug="heating_fee",
        cause="<供用热力合同纠纷|供用热力合同纠纷|供用电合同纠纷>",
        plaintiff="<{heat}|{heat}|国网甘肃省电力公司兰州供电公司>",
        coll=(
            "热力公司[把我告了|起诉我了]，说我欠了[三年|两年]的暖气费{fee}，[可我家暖气根本不热|冬天屋里才十三四度]，["
            "打了多少次电话都没人来修|他们来测过温也不管]，[这钱我还要全交吗|{ask}]",
            "[房子一直空着没人住|我常年在外地]，[之前申请过停暖|跟物业说过不供暖]，[热力公司还是按全额收|现在起诉我要"
            "交全款]，[空置费该交多少|{ask}]",
            "供电所说我家[私拉电线|电表被人动过]，要我[补交电费还罚款|交三倍的违约电费]，[我根本不知道|线是以前的房东拉"
            "的]，[这合法吗|能不交吗]",
            "[我家|我们楼]暖气[从十一月到现在|整个冬天]都是[温的|冰凉的]，[屋里穿着羽绒服|老人孩子都冻感冒了]，热力公司"
            "还[发短信催费|说要起诉]，[不交暖气费犯法吗|能不能少交]",
        ),
        short=("暖气不热被起诉要交取暖费吗", "热力公司起诉我欠费", "供电所说我窃电要罚款"),
        facts=(
            "{P}系{est}的供热单位，{D}系该小区[3|5|8|12|16]号楼[1|2|3]单元[302|501|1102|1503|2201]室房屋的业主，房屋建筑面积{area}平方米。双方签订的《城市供用热合同》"
            "第六条约定：“供热期间，甲方应保证用户卧室、客厅室内温度不低于18℃。”{y2}—{y3}年度至今，{D}未缴纳采暖费，"
            "共计{fee}。{D}称其房屋室内温度长期低于18℃，[其曾多次拨打供热热线反映|{P}派员测温为15℃]。",
            "{P}系{est}的供热单位。{D}名下该小区[3|5|8|12|16]号楼[1|2|3]单元[302|501|1102|1503|2201]室房屋自{y2}年起无人居住，{D}于{m2}向{P}提交停供申请，{P}以[该楼栋"
            "为单管串联系统无法单户停供|申请超过规定期限]为由未予办理，并按全额标准收取采暖费。{D}自{y2}—{y3}年度起拒"
            "交，欠费共计{fee}。",
            "{D}系{P}的居民用电客户，户号[{n}|尾号{n}]。{d3}，{P}工作人员在用电检查中发现{D}[绕越电能表私接线路用电|电"
            "能表封印被破坏]，遂制作《用电检查结果通知书》，要求{D}补交电费并承担违约使用电费，共计{fee}。{D}拒绝缴纳"
            "。",
        ),
        claims=(
            "判令{D}支付<{y2}—{y3}年度采暖费{fee}|{y2}—{y3}年度采暖费{fee}|补交电费及违约使用电费{fee}>",
            "<判令{D}支付逾期缴费违约金{late}|判令{D}支付滞纳金{late}|>",
        ),
        extra=(
            "<另查明，{P}于{d3}对{D}房屋进行入户测温，客厅温度为[15.2℃|16.5℃|14.8℃]。|另查明，{D}所在楼栋其"
            "他住户均正常缴纳采暖费。|另查明，{D}名下电能表自{y2}年以来月均用电量明显偏低。>",
            "另查明，兰州市居民采暖费标准为每平方米每月[{unit}|5.7]元，空置房屋按标准的一定比例收取。",
        ),
        more=(
            "<{D}提交了其自行拍摄的室内温度计照片及供热热线通话记录，显示室温在12℃至16℃之间。|{D}提交了停供申请书回"
            "执一份，{P}对其真实性无异议。|{P}提交了现场检查照片及{D}在检查记录上的签字。>",
            "{P}于{m4}向{D}送达《催缴通知书》，{D}拒绝缴纳。",
        ),
        views=(
            "本院认为，双方之间的供用热合同关系合法有效。供热单位应当按约保证供热质量，用户应按时缴纳采暖费。{P}未能举"
            "证证明其供热达到合同约定标准，{D}要求按比例减少采暖费的抗辩，本院予以部分采纳。",
            "本院认为，供用电合同依法成立。用户应当按照国家有关规定和当事人的约定安全、节约和计划用电，{D}的行为违反了"
            "双方合同约定。",
        ),
        proof="[供用热合同|供用电合同]、[缴费记录|用电检查记录]、[测温记录|现场照片]",
        defence=(
            "<房屋室内温度长期不达标，{B}只同意按{pct}缴纳|房屋空置且已申请停供，不应全额缴费|电能表系{B}购房时即已存"
            "在，{B}未窃电>",
        ),
        amounts={"fee": (2000, 12000, 10), "late": (200, 2000, 10), "area": ("int", 60, 150), "n": ("int", 1000, 9999),
                 "unit": ("int", 4, 6), "pct": ("int", 50, 70)},
    ),
    Topic(
        slug="property_registration",
        cause="<不动产登记纠纷|不动产登记纠纷|不动产登记纠纷|不动产登记纠纷>",
        org="<兰州市不动产登记事务中心|兰州市自然资源局{dist}分局|兰州市不动产登记事务中心|{dist}人民政府>",
        coll=(
            "我家的房子[被人拿假委托书过户了|让人冒名卖了]，[不动产中心说手续齐全|登记中心说他们只做形式审查]，[房本现在"
            "是别人名字|新房主要收房]，[能告登记中心吗|{ask}]",
            "[我爸|老人]走后[我哥|{sib}]拿着[一份继承声明|假的放弃继承书]把房子[登到自己名下了|过户到他名下]，[我根本没"
            "签过字|我们几个都不知道]，[登记能撤销吗|怎么办]",
            "[房本上|不动产证上]把我的名字[写错了一个字|面积登记少了十几平]，去登记中心[更正|改]，[说要我自己证明|不给"
            "办]，[能起诉他们吗|{ask}]",
            "[邻居|隔壁]家[确权|办宅基地证]的时候[把我家院子的一半也划进去了|多登了我家两间房的地]，[证都发下来了|县上"
            "已经发证了]，[我该告谁|{ask}]",
        ),
        short=("房子被冒名过户怎么撤销登记", "不动产证登记错误怎么更正", "宅基地证发错了能告谁"),
        facts=(
            "{P}系{hm}房屋的所有权人。{d2}，第三人{C}持伪造的《授权委托书》及{P}的身份证复印件，向{D}申请将该房屋转移"
            "登记至第三人{E}名下，{D}于{d3}予以登记。{P}于{m4}得知后，向公安机关报案，经鉴定委托书上“{A}”的签名非其本"
            "人所签。",
            "{P}与第三人{sibA}系[兄妹|姐弟|兄弟]。其父亲于{y1}年去世，遗有{hm}房屋一套。{d2}，{sibA}持其单方出具的《继承"
            "权声明书》，称其为唯一继承人，申请将房屋登记至其名下，{D}于{d3}办理了继承转移登记。{P}认为该登记遗漏合法继承人"
            "。",
            "{P}于{y1}年取得{hm}房屋的不动产权证书，证载[权利人姓名有误|建筑面积为{area}平方米，与实测面积不符]。{d3}，{P}"
            "向{D}申请更正登记，{D}以[{P}提交的材料不足以证明登记确有错误|需原开发企业出具证明]为由不予更正。",
            "{P}与第三人{C}系同村村民，宅基地相邻。{d2}，{D}在农村房地一体确权登记中，向{C}颁发不动产权证书，证载宅基地"
            "面积[{area}|两百余]平方米，其中约[三十|四十]平方米为{P}长期使用的院落。{P}提出异议未果。",
        ),
        claims=(
            "判令撤销{D}<于{d3}将{hm}房屋转移登记至第三人{E}名下的登记行为|于{d3}将{hm}房屋登记至第三人{sibA}名下的登记"
            "行为|作出的不予更正登记决定，并判令{D}依法办理更正登记|向第三人{C}颁发的不动产权证书>",
        ),
        extra=(
            "<另查明，第三人{E}购房时支付的价款明显低于市场价格。|另查明，被继承人的法定继承人除{sibA}外，还有{P}等子女。|"
            "另查明，{P}房屋的测绘报告载明的建筑面积与证载面积相差较大。|另查明，{C}申请确权时提交的四邻签字表中无{P}"
            "签名。>",
            "另查明，{P}于{m4}提起本案诉讼，未超过法定起诉期限。",
        ),
        more=(
            "<{dist}公安分局已对{C}涉嫌伪造证件一事立案侦查。|{sibA}在庭审中承认未告知登记机构其他继承人的情况。|{D}在答"
            "辩中认可登记档案中的测绘数据来源于开发企业。|{dist}人民政府在确权前未进行实地勘界。>",
            "诉讼中，本院依法通知第三人参加诉讼，[其到庭陈述了意见|其经传唤未到庭]。",
        ),
        views=(
            "本院认为，不动产登记机构对申请材料负有审慎审查义务。{D}作出的登记行为主要证据不足，依法应予撤销。",
            "本院认为，{D}系依法负责本行政区域不动产登记工作的机构，具有作出被诉行为的法定职权。",
        ),
        proof="不动产登记档案、[司法鉴定意见书|户籍证明|测绘报告|确权公示材料]及当事人陈述",
        defence=(
            "<{B}已尽到法定审查义务，申请材料形式上齐全，不存在过错|继承登记时申请人提交的声明书经公证，{B}依法登记|{A}"
            "提交的材料不足以证明登记错误|宅基地确权经过公示，{A}在公示期内未提出异议>",
        ),
        amounts={"area": ("int", 60, 260)},
    ),
    Topic(
        slug="patent_invention",
        cause="<侵害发明专利权纠纷|侵害实用新型专利权纠纷|侵害实用新型专利权纠纷>",
        plaintiff="{mfg}",
        org="<{mfg2}|{build}|{mfg2}>",
        coll=(
            "我们[厂|公司]研发的[枸杞分级筛选机|马铃薯起垄覆膜机]有发明专利，[一家同行|以前的经销商]照着做了[在网上卖|在"
            "展会上卖]，价钱比我们低一半，[公证购买了一台|收集了证据]，[起诉能赔多少|{ask}]",
            "![公司|我们厂]收到了[法院传票|律师函]，说我们[卖的设备|用的模具]侵犯了[人家的专利|一个实用新型专利]，[可设"
            "备是我们从别的厂买来的|我们用的是公开的老技术]，{ask}",
            "[我们的|我申请的]实用新型专利被[合作过的厂|施工单位]拿去用在[工地上|项目上]，[也没给许可费|合同到期了还在"
            "用]，[怎么维权|能要求赔偿吗]",
            "![对方|那家公司]起诉我们专利侵权，[我们已经向国家知识产权局申请宣告他专利无效了|他的专利早就有人用过]，[案"
            "子能不能先停一停|怎么应诉]",
        ),
        short=("专利被同行仿制怎么起诉", "被告专利侵权但设备是买的", "实用新型专利侵权赔多少"),
        facts=(
            "{P}系名称为“一种[枸杞分级筛选机|高原蔬菜保鲜冷藏装置|牛肉面自动煮面机]”发明专利的专利权人，专利号为{pno1}，"
            "现处于有效状态。{d2}，{P}委托代理人在公证人员监督下，从{D}经营的网店购买被诉侵权产品一台，价款{price}。经"
            "比对，被诉侵权产品具备{P}专利权利要求1的全部技术特征。",
            "{P}系名称为“一种[建筑用铝合金模板连接件|光伏板自动清洗装置|输油管道防腐检测装置]”实用新型专利的专利权人，"
            "专利号为{pno2}。{d1}，{P}与{D}签订《专利实施许可合同》，许可期限至{d2}。许可期满后，{D}未续签合同，仍在"
            "其承建的[{dist}某住宅项目|多个工程项目]中继续使用该技术方案。",
            "{P}系名称为“一种[马铃薯起垄覆膜机|风力发电机叶片除冰装置]”实用新型专利的专利权人，专利号为{pno2}。{d2}，{P}"
            "发现{D}在[兰州投资贸易洽谈会|农机展销会]上展示并许诺销售被诉侵权产品，[产品宣传册|展台照片]载明其生产商为"
            "{D}。",
        ),
        claims=(
            "判令{D}立即停止<制造、销售、许诺销售侵犯{pno1}号发明专利权的产品|使用{pno2}号实用新型专利的技术方案|制造"
            "、许诺销售侵犯{pno2}号实用新型专利权的产品>",
            "判令{D}赔偿{P}经济损失{loss}及为制止侵权行为所支付的合理开支{cost}",
            "[判令{D}销毁库存侵权产品及专用模具|]",
        ),
        extra=(
            "<另查明，{P}专利的权利要求1为：“一种枸杞分级筛选机，包括机架、进料斗、滚筒筛……”。|另查明，双方签订的《专"
            "利实施许可合同》约定许可使用费为每年{fee}。|另查明，{D}的企业宣传册载明其年产该类设备[两百余台|三百余台]。"
            ">",
            "另查明，{D}的经营范围包括[农业机械制造、销售|建筑工程施工|机械设备制造]。",
            "另查明，{P}为本案支付公证费、律师费等共计{cost}。",
        ),
        more=(
            "<{d3}，{D}向国家知识产权局请求宣告涉案专利权无效，国家知识产权局作出审查决定，维持专利权有效。|许可期满后，"
            "{P}于{m3}向{D}发送《停止侵权通知函》，{D}回复称已对方案进行改进。|{P}提交的公证书显示，展会现场有工作人员"
            "向参观者介绍被诉产品的价格及交货期。>",
            "庭审中，经技术比对，{D}认可被诉侵权产品与专利权利要求[记载的技术特征相同|的技术特征构成等同]，但主张[现有"
            "技术抗辩|合法来源抗辩]。",
        ),
        views=(
            "本院认为，{P}的专利权合法有效，应受法律保护。被诉侵权技术方案包含与权利要求记载的全部技术特征相同或者等同"
            "的技术特征，落入专利权的保护范围。",
            "本院认为，{D}未提交证据证明其实施的技术属于现有技术，其抗辩不能成立。关于赔偿数额，综合考虑专利类型、侵权"
            "情节等因素酌定。",
        ),
        proof="专利证书、专利登记簿副本、[公证书|许可合同]、[被诉侵权产品实物|技术比对表]",
        defence=(
            "<被诉产品采用的是申请日前已公开的现有技术，不构成侵权|改进后的施工方案缺少权利要求中的技术特征，未落入保护"
            "范围|{B}仅在展会上展示样机，尚未实际销售>",
            "{A}主张的赔偿数额过高，缺乏依据",
        ),
        amounts={"price": (8000, 80000, 100), "loss": (50000, 1000000, 1000), "cost": (5000, 50000, 100),
                 "fee": (30000, 200000, 1000)},
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Round 3: a house or money inside a dispute that is still ``other`` (co-ownership, neighbours, cohabitation,
# divorce and inheritance of flats, title and eviction, execution objections, utilities, private hire, unjust
# enrichment in house deals).  Filled after the earlier topics, mostly formal.
# ---------------------------------------------------------------------------------------------------------------

ROUND3 = (
    Topic(
        slug="partition_sale",
        cause="<共有物分割纠纷|共有物分割纠纷|共有纠纷>",
        kin=True,
        coll=(
            "我爸妈走了以后，{est}那套房子[过户到了我和{sib}两个人名下|办了继承登记，我和{sib}一人一半]，{sib}[一直住"
            "着不搬|自己住着还不让我进门]，我想把房子卖了分钱，{sib}死活不同意，[能不能让法院判卖掉|{ask}]",
            "房本上是我和{sib}两个人的名字，[当年一起凑钱买的|是给爸妈养老买的]，[现在老人不在了|现在老人住养老院了]"
            "，{sib}[说房子该归自己|想自己留着]，只愿意给我[{pay}|一点点钱]，[市场价都{price}了|这差得也太多了]，[怎"
            "么分才公平|{ask}]",
            "老家院子是我和{sib}[一起盖的|各出一半钱盖的]，[宅基地是我爸名下的|宅基地证上是我爸的名字]，现在{sib}[要"
            "把整个院子卖给外村人|要拆了自己重盖]，[我那一半怎么算|{ask}]",
            "[兄弟姐妹|我们几个]共有一套房，[有人要卖有人不卖|{sib}就是不同意卖]，法院能不能[强制拍卖|判折价]？卖了的"
            "钱[按份分|怎么分]",
            "!{sib}起诉我要分[爸妈留下的房子|我们共有的那套楼房]，[我在里面住了十几年|老人最后几年都是我照顾的]，[装"
            "修也是我花的钱|物业费取暖费都是我交的]，[我能不能多分|能不能让我留着房子折价给{sib}]",
            "共有的房子{sib}[一个人住了好几年|租出去自己收房租]，[我一分钱没见着|也不跟我商量]，[我能不能要使用费|房"
            "租有没有我一半]，[我想干脆分了|{ask}]",
        ),
        short=(
            "共有的房子兄弟不同意卖怎么办",
            "兄妹共有房子怎么分割",
            "继承的房子能强制拍卖分钱吗",
            "共有的房子一个人住着要给使用费吗",
        ),
        facts=(
            "{P}、{D}均系{dec}的子女。{d1}，{dec}去世，{hm}房屋经[公证|本院{y1}年民事判决]由{P}、{D}共同继承，{d2}办"
            "理不动产登记，登记为按份共有，双方各占二分之一份额。此后该房屋一直由{D}[一家居住|出租给他人并收取租金]。"
            "{P}多次提出将房屋出售后分配价款，{D}既不同意出售，亦不同意向{P}支付折价款。",
            "{d1}，{P}与{D}共同出资购买{hm}房屋一套，总价{price}，其中{P}出资{pay}，余款由{D}支付，房屋登记为{P}、{D}"
            "按份共有，供双方母亲{mom}居住。{y3}年{mom}去世后，{D}[自行入住|更换门锁]并拒绝{P}使用。{P}要求对房屋进行"
            "分割，双方协商未果。",
            "{P}、{D}均系{dec}的子女。{y1}年，双方在{dec}名下位于{town}{vil}的宅基地上共同出资修建砖混结构房屋[六间|"
            "八间]及院落，约定东西各半使用。{d3}，{D}[与他人签订房屋买卖协议，欲将整个院落作价{price}出售|擅自拆除西"
            "侧房屋准备翻建]，{P}认为{D}处分共有财产未经其同意，要求分割。",
        ),
        claims=(
            "<依法分割位于{hm}的共有房屋，对该房屋予以变卖，所得价款由{P}、{D}各分得二分之一|依法分割位于{hm}的共有房"
            "屋，房屋归{D}所有，由{D}按市场价向{P}支付折价款|依法分割位于{town}{vil}的共有房屋及院落，东侧房屋归{P}所"
            "有>",
            "<判令{D}向{P}支付房屋占有使用费{rent}|判令{D}向{P}支付占用期间的使用费{rent}|判令{D}停止出售行为，赔偿{P}"
            "损失{rent}>",
        ),
        extra=(
            "另查明，诉讼中经{P}申请，本院委托房地产估价机构对涉案房屋进行评估，评估市场价值为{value}。",
            "另查明，{D}名下另有{est}住房一套。",
            "另查明，<{dec}生前未立遗嘱，其配偶已先于其去世。|购房款中{P}出资部分系通过{bank}转账支付。|涉案宅基地使"
            "用权证登记在{dec}名下，{dec}已于{y2}年去世。>",
            "另查明，涉案房屋<无抵押、查封|尚有部分按揭贷款未还清|未办理不动产登记>。",
        ),
        more=(
            "{d4}前，{P}通过律师向{D}发送《关于分割共有房屋的函》，要求协商出售房屋，{D}回复称“房子是老人留给我的，谁"
            "也别想卖”。",
            "庭审中，{D}表示愿意取得房屋所有权，但仅同意按[{pay}|购房时的价格]支付折价款；{P}同意由{D}取得房屋，但要"
            "求按评估价格补偿。",
            "<{D}自{y2}年起将房屋出租，月租金[1800|2200|2500]元，租金均由{D}收取。|购房后房屋的物业费、采暖费由{D}缴"
            "纳。|村委会出具证明，载明涉案房屋系{P}、{D}二人共同出资修建。>",
        ),
        views=(
            "本院认为，共有人约定不得分割共有的不动产的，应当按照约定，但共有人有重大理由需要分割的，可以请求分割。本"
            "案双方对分割方式不能达成一致，涉案房屋不宜实物分割，{D}亦愿意取得房屋，故由{D}取得房屋并按评估价向{P}支"
            "付折价款。",
            "本院认为，按份共有人对共有的不动产按照其份额享有所有权。共有人可以协商确定分割方式；达不成协议，共有物难"
            "以分割的，应当对折价或者拍卖、变卖取得的价款予以分割。",
        ),
        proof="<不动产权证书、继承公证书|不动产权证书、购房合同|宅基地使用权证、村委会证明>、[评估报告|证人证言]",
        defence=(
            "<房屋是父母留给{B}养老的，{B}为父母尽了主要赡养义务，应当多分|{A}出资比例不足一半，应按实际出资分割|西侧"
            "房屋系{B}后来自行翻建，不属于共有财产>",
            "{B}无力支付折价款，涉案房屋系{B}唯一住房，不同意变卖",
        ),
        amounts={"price": (300000, 1100000, 1000), "pay": (80000, 290000, 1000), "rent": (6000, 60000, 500),
                 "value": (350000, 1200000, 1000)},
    ),
    Topic(
        slug="partition_ex_partner",
        cause="<共有物分割纠纷|共有物分割纠纷|共有纠纷>",
        coll=(
            "离婚的时候[协议上写房子归我们俩共有|房子没分，说等孩子大了再说]，现在{ex}[又结婚了|搬出去了]，[非要卖房|"
            "要我把一半的钱给{ta}]，[我和孩子住哪|{ask}]",
            "和前任合买了一套房，[房本上写的是两个人的名字|按份共有，我占六成]，分手以后[贷款一直是我一个人在还|{ta}"
            "一分钱房贷都不出]，现在{ta}要分一半，[凭什么|{ask}]",
            "离婚好几年了，{ex}把[我们俩共有的房子|那套两个人名下的房]租出去了，[租金全是{ta}收|一年好几万房租我一分"
            "没见]，[我能要一半租金吗|怎么告{ta}]",
            "!{ex}起诉要分割我们共有的房子，[首付是我爸妈出的|房贷这几年都是我一个人还的]，[{ta}只出过几万|{ta}一分钱"
            "没出]，法院会不会按一人一半判？",
            "跟{ex}名下还有一套[{est}的|老城区的]房子没分，[现在想卖了分钱|现在房价掉了想赶紧卖]，{ta}[不配合签字|一"
            "直拖着]，[能不能起诉分割|{ask}]",
        ),
        short=(
            "离婚时房子没分现在能起诉吗",
            "和前任共有的房子怎么分",
            "共有的房子被对方出租了租金怎么分",
        ),
        facts=(
            "{P}与{D}原系夫妻，于{d1}[在{dist}民政局协议离婚|经法院调解离婚]。离婚协议约定：“{hm}房屋归双方共同所有，"
            "待婚生子{K}年满十八周岁后再行处理。”离婚后该房屋一直由{D}居住。{y3}年{K}已成年，{P}要求分割房屋，{D}拒绝"
            "。",
            "{P}与{D}原系恋人关系，{d1}共同购买{hm}房屋，总价{price}，首付款{down}由双方共同支付，余款办理{bank}按揭"
            "贷款，房屋登记为双方按份共有，各占百分之五十。{y2}年双方分手后，按揭贷款由{P}一人偿还至今，累计还款{paid}"
            "。双方就房屋分割协商不成。",
            "{P}与{D}原系夫妻，离婚时未对{hm}房屋进行分割，该房屋登记在双方名下。{d2}起，{D}未经{P}同意将房屋出租给{C}"
            "，月租金{mrent}，租金均由{D}收取，至今累计{rent}。{P}要求{D}分配租金并分割房屋未果。",
        ),
        claims=(
            "<依法分割{hm}房屋，房屋归{P}所有，{P}向{D}支付折价款{pay}|依法分割{hm}房屋，房屋归{P}所有，{P}按扣除其单"
            "独还贷部分后的份额向{D}支付折价款|判令{D}向{P}支付应分得的租金{half}>",
            "<判令{D}腾退房屋|判令{D}协助办理不动产变更登记手续|依法分割{hm}房屋>",
        ),
        extra=(
            "另查明，涉案房屋经评估，市场价值为{value}。",
            "另查明，涉案房屋尚欠{bank}按揭贷款{loan}，按月从{P}账户扣划。",
            "另查明，<{K}现已就业，另行居住。|双方分手后未就房屋另行签订协议。|{C}出具证明，载明其向{D}支付租金至{m4}"
            "。>",
        ),
        more=(
            "{P}于{m3}通过微信向{D}提出<出售房屋平分价款|由其取得房屋并支付补偿|分配租金>，{D}回复“[房子的事以后再说|"
            "你想都别想|等我找到房子再说]”。",
            "<双方离婚协议第三条载明：“双方无其他共同债权债务。”|双方均表示愿意取得房屋所有权，但{D}无力支付折价款。|"
            "{D}主张其收取的租金已用于房屋维修，但未提交相应票据。>",
        ),
        views=(
            "本院认为，共有的基础丧失或者有重大理由需要分割时，共有人可以请求分割。<离婚协议约定的处理条件已经成就|双"
            "方恋爱关系已经终止|双方离婚后对房屋未作处理>，{P}要求分割涉案房屋的诉讼请求，本院予以支持。",
            "本院认为，对共有物的管理费用以及其他负担，有约定的按照约定；没有约定或者约定不明确的，按份共有人按照其份"
            "额负担。{P}单独偿还的按揭贷款，在分割时应予考虑。",
        ),
        proof="<离婚协议书|购房合同|民事判决书>、不动产登记信息、<评估报告|还款明细|租赁合同>",
        defence=(
            "<离婚协议约定房屋由双方共同所有，实际是留给孩子的，{A}无权分割|{B}在恋爱期间向{A}转账多笔，应视为{B}也承"
            "担了房贷|出租收入已用于支付物业费、维修费，所剩无几>",
        ),
        amounts={"price": (400000, 1000000, 1000), "down": (120000, 300000, 1000), "paid": (30000, 250000, 100),
                 "mrent": (1200, 3000, 100), "rent": (20000, 90000, 100), "half": (10000, 45000, 100),
                 "pay": (150000, 450000, 1000), "value": (450000, 1100000, 1000), "loan": (80000, 500000, 1000)},
    ),
    Topic(
        slug="neighbour_rebuild",
        cause="<相邻关系纠纷|相邻用水、排水纠纷|相邻采光、日照纠纷|相邻关系纠纷>",
        coll=(
            "隔壁[拆了旧房盖新房|翻建二层楼]，[挖地基挖得太深|用挖掘机震的]，[我家跟他家共用的那堵墙裂了好几道缝|我家"
            "院墙都歪了]，[找他说他不认|他说我家房子本来就老]，{ask}",
            "[农村的|老家]两家挨着，[邻居家|隔壁]把院子[垫高了半米|打了水泥地]，[一下雨水全往我家院子里灌|排水沟也给"
            "堵了]，[去年屋里都进水了|墙根都泡软了]，[村里调解没用|村干部说让我们自己协商]",
            "邻居[盖房子|起了三层楼]，[离我家窗户不到两米|正好挡在我家南面]，[屋里白天都黑乎乎的|冬天太阳一点都照不进"
            "来]，[能让他拆吗|能要补偿吗]",
            "!我家[翻修房子|重新盖房]，[邻居说把他家墙震裂了|隔壁说我家挡了他家的光]，[要我赔{loss}|让我停工]，[那墙"
            "本来就是裂的|我是在自家宅基地上盖的]，[我要赔吗|{ask}]",
            "[邻居|隔壁家]把[雨水管|房檐水]直接对着我家[院墙|后墙]排，[墙都泡塌了一角|我家后墙返碱发霉]，[说了几回不"
            "改|还骂人]，能不能告他",
            "我家和隔壁[共用一堵山墙|是连在一起的平房]，他家[拆房的时候把墙也拆了一半|在墙上打洞架梁]，[现在我家屋里"
            "漏风漏雨|房子快成危房了]，{ask}",
        ),
        short=(
            "邻居盖房把我家墙震裂了谁赔",
            "邻居院子垫高雨水流我家怎么办",
            "邻居加盖挡光能起诉吗",
            "共用山墙被邻居拆了怎么办",
        ),
        facts=(
            "{P}与{D}系{town}{vil}相邻村民，两家房屋东西相邻，中间为{P}家[土木结构|砖木结构]房屋的西山墙。{d2}，{D}拆"
            "除旧房翻建[两层|三层]砖混结构楼房，施工中[使用挖掘机开挖地基，开挖深度约两米|在山墙上凿洞架设楼板]，致{P}"
            "房屋山墙出现多道裂缝，[屋顶局部塌陷|墙体向西倾斜]。{P}当即要求停工，{D}未予理会。",
            "{P}与{D}系{town}{vil}南北相邻住户。{y2}年，{D}将其院落[整体垫高约五十公分并硬化|修建围墙时堵塞了原有排水"
            "沟]，改变了两家历史形成的自然排水走向。{d3}[暴雨|连续降雨]期间，{D}院内雨水倒灌至{P}院内，[浸泡{P}房屋墙"
            "基|致{P}房屋两间进水、粮食受潮]，造成损失。",
            "{P}系{hm}房屋所有权人，{D}系其南侧[自建房|临街门店]所有人。{d2}起，{D}在原有两层房屋上[加盖第三层|加建彩"
            "钢房]，加建部分距{P}房屋窗户[不足三米|约二点五米]。经鉴定，加建后{P}房屋主要居室冬至日有效日照时间由[两"
            "小时以上|三小时]减少为[不足半小时|零]。",
            "{P}与{D}系相邻住户。{d2}，{D}在房屋东侧安装雨水管，出水口直接朝向{P}房屋[后墙|院墙]，且{D}房檐伸入{P}宅"
            "基地上空约[四十公分|半米]。{y3}年雨季，{P}房屋后墙墙基长期受雨水冲刷，墙体[出现裂缝|返碱剥落]。",
        ),
        claims=(
            "判令{D}<赔偿{P}房屋修复费用{loss}|恢复原有排水沟，保证{P}院落排水畅通|拆除加建部分，排除妨碍|改造雨水管"
            "出水方向，停止侵害>",
            "判令{D}<承担鉴定费{fee}|赔偿{P}财产损失{loss}|赔偿{P}采光、日照损失{loss}|赔偿{P}房屋修复费用{loss}>",
        ),
        extra=(
            "另查明，<经{P}申请，本院委托司法鉴定机构对{P}房屋损坏原因进行鉴定，鉴定意见为：{P}房屋墙体裂缝与{D}施工"
            "存在因果关系，修复费用为{loss}。|{town}{vil}村民委员会出具证明，载明两家之间原有排水沟系历史形成，已使用"
            "三十余年。|{D}加建部分未取得建设工程规划许可证。|{D}房屋的雨水管系其于{y2}年翻修房屋时安装。>",
            "另查明，{P}家中现居住[七十余岁的老人|老人及两名未成年子女]。",
            "另查明，<{D}翻建房屋系雇请当地工匠{c}施工，双方未签订书面合同。|{d3}当地降雨量达暴雨级别。|{P}房屋系{y1}"
            "年以前建成，已使用多年。|{P}曾于{m3}向村委会反映此事。>",
        ),
        more=(
            "{d3}后，{town}司法所组织双方调解，{D}同意<支付修复费用五千元|疏通排水沟|停止加建|改装雨水管>，但事后未履"
            "行。",
            "<庭审中，{D}称施工前曾告知{P}，且{P}房屋本身年久失修，但未提交证据。|经本院现场勘验，{D}院落地面高出{P}"
            "院落约[四十|五十]公分，原排水沟已被填埋。|{D}称其加建部分系在自家宅基地范围内，未侵占{P}土地。|经现场勘"
            "验，{P}房屋后墙墙基有明显水渍及剥落痕迹。>",
        ),
        views=(
            "本院认为，不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。<{D}"
            "翻建房屋时未采取必要防护措施，致{P}房屋受损|{D}擅自改变自然排水走向|{D}加建房屋妨碍了{P}房屋的通风、采光"
            "和日照|{D}房屋雨水管对准{P}房屋排水>，应承担相应民事责任。",
            "本院认为，不动产权利人挖掘土地、建造建筑物，不得危及相邻不动产的安全；建造建筑物，不得妨碍相邻建筑物的通"
            "风、采光和日照。",
        ),
        proof=(
            "<司法鉴定意见书|村委会证明、现场勘验笔录|日照分析鉴定意见书|现场勘验笔录>、现场照片、[调解记录|证人证言]"
        ),
        defence=(
            "<{A}房屋系土坯房，年久失修，裂缝早已存在，与{B}施工无关|{B}系在自家院内硬化地面，{A}院落地势低洼系历史原"
            "因|{B}加建已经村委会同意，且未超出原有宅基地范围|雨水管系按照通常做法安装，并未直接排入{A}院内>",
            "{A}主张的修复费用过高，{B}不予认可",
        ),
        amounts={"loss": (3000, 80000, 100), "fee": (2000, 8000, 100)},
    ),
    Topic(
        slug="flat_leak_damage",
        cause="<财产损害赔偿纠纷|财产损害赔偿纠纷|相邻关系纠纷>",
        coll=(
            "楼上[新买的房子|刚搬来的那家][在装修|把卫生间挪到了卧室那边]，[我家卧室顶上|我家吊顶]天天渗水，[墙纸全泡"
            "掉了|衣柜里的衣服全发霉了]，[物业去看过说是楼上防水没做好|物业只能帮着协调]，楼上说[让装修公司负责|等装"
            "完再说]，{ask}",
            "楼上[地暖管|暖气片]爆了，我家[刚装修好的房子|新装的木地板和吊顶]全泡了，[家具电器坏了一大堆|损失估计{loss}"
            "]，楼上[就来看了一眼|说他们也是受害者]，[该找谁赔|能不能起诉楼上]",
            "我家住{est}[二楼|三楼]，楼上[常年出租|是个群租房]，[卫生间|厨房]下水漏到我家[三年了|好长时间了]，[房东在"
            "外地联系不上|房东说让租户管，租户说是房东的事]，[到底告谁|{ask}]",
            "!楼下[起诉我家|找我要赔偿]，说[我家漏水|我家卫生间渗到他家]，[要{loss}|张口就要好几万]，[我家请人测了没"
            "漏|是公共管道的问题]，[我该怎么应诉|要赔这么多吗]",
            "楼上[洗衣机水管掉了|忘关水龙头]，[水从我家灯口往下流|一晚上把我家淹了]，[电视冰箱都坏了|地板全起拱了]，["
            "楼上愿意赔但只给两千|楼上家里没人]，{ask}",
        ),
        short=(
            "楼上漏水泡坏我家装修怎么索赔",
            "楼上出租房漏水找房东还是租客",
            "楼上暖气爆了淹了我家谁赔",
        ),
        facts=(
            "{P}系{hm}房屋所有权人，{D}系其正上方房屋所有权人。{d2}，{D}对其房屋进行装修，[将卫生间位置移至原卧室区域"
            "|拆除原有防水层重新铺设地砖]。{m3}起，{P}房屋[主卧室顶棚|次卧及走廊吊顶]出现渗水、霉变，墙纸脱落。{P}通"
            "过{prop}多次联系{D}，{D}称系装修公司施工问题，未予维修。",
            "{d2}凌晨，{D}所有的{hm}房屋内[地暖分水器|暖气片连接管]破裂漏水，大量积水渗入楼下{P}房屋，致{P}房屋[吊顶"
            "、墙面、木地板|橱柜、衣柜、床垫及电视机等]受损。{prop}工作人员到场关闭总阀并拍摄照片。事后{D}仅向{P}支付"
            "{paid}，对其余损失拒绝赔偿。",
            "{P}系{hm}房屋的所有权人，{D}系其楼上房屋所有权人，该房屋由{D}出租给{C}等人居住。自{y2}年起，{D}房屋卫生"
            "间下水管道接口处持续渗漏，致{P}房屋卫生间及相邻卧室墙体长期潮湿、发霉。{P}多次联系{D}及租户，{D}称应由租"
            "户负责，至今未修复。",
        ),
        claims=(
            "判令{D}<对其房屋卫生间进行防水维修，停止渗漏|赔偿{P}财产损失{loss}|修复渗漏的下水管道，排除妨害>",
            "判令{D}<赔偿{P}房屋修复费用{loss}|承担鉴定费{fee}|赔偿{P}房屋修复费用及财产损失{loss}>",
            "[判令{D}承担鉴定费{fee}|]",
        ),
        extra=(
            "另查明，经{P}申请，本院委托鉴定机构对渗水原因及修复费用进行鉴定，鉴定意见为：<渗水系楼上卫生间移位后防水"
            "层施工不当所致|渗水系楼上供暖管道破裂所致|渗水系楼上卫生间下水管道接口密封失效所致>，修复费用为{loss}。",
            "另查明，{P}为鉴定支付鉴定费{fee}。",
            "另查明，<{D}装修工程由{deco}承包施工，双方签订有《家庭装饰装修工程施工合同》。|{D}房屋购买后自行改装了供"
            "暖管道，未经{prop}验收。|{D}与{C}签订的《房屋租赁合同》约定房屋设施维修由出租人负责。>",
        ),
        more=(
            "{prop}出具情况说明，载明：“接业主报修后到场查看，确认渗水来自楼上住户，已多次通知楼上业主维修。”",
            "<{D}在庭审中称装修公司应当承担责任，本院释明其可另行向装修公司主张。|{D}对漏水事实无异议，但认为{P}主张"
            "的家具损失系自然老化。|{D}称已多次要求租户注意使用，漏水系租户使用不当。>",
        ),
        views=(
            "本院认为，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。{D}作为楼上房屋所有权人，对其房屋内"
            "设施负有维护管理义务，其房屋渗水致{P}财产受损，应承担赔偿责任。",
            "本院认为，<{D}与装修公司之间的合同关系|{D}所述管道质量问题|{D}与租户之间的约定>不能对抗{P}，{D}承担责任"
            "后可另行向相关责任人追偿。",
        ),
        proof="鉴定意见书、{prop}情况说明、现场照片及[维修票据|视频资料]",
        defence=(
            "<渗水系装修公司施工造成，应由装修公司承担责任|事故系管道质量问题，{B}无过错|房屋已出租，应由实际使用人承"
            "担责任>",
            "{A}房屋装修已使用多年，其主张的损失未扣除折旧",
        ),
        amounts={"loss": (3000, 90000, 100), "fee": (2000, 9000, 100), "paid": (1000, 5000, 500)},
    ),
    Topic(
        slug="cohabit_flat",
        cause="<同居关系析产纠纷|同居关系析产纠纷|同居关系纠纷>",
        coll=(
            "我跟[男朋友|女朋友]没领证，[同居五年了|在一起六七年]，{y2}年买了{est}一套房，[首付我出了{pdown}|首付是我"
            "爸妈给的]，[房本只写了{ta}的名字|因为我征信有问题写的{ta}名]，现在分手了{ta}说房子是{ta}的，{ask}",
            "和对象[谈了好几年|同居期间]一起买了房，[贷款是我们俩一起还的|每个月房贷都从我卡里扣]，现在分了，{ta}[把"
            "锁换了不让我进|要我搬走]，[我还的房贷能要回来吗|房子我有份吗]",
            "没结婚[跟人同居|和前任住一起]，[我出钱把{ta}名下的房子装修了|装修花了{reno}都是我出的]，分手了{ta}说装修"
            "是我自愿的，[能要回来吗|{ask}]",
            "!前任起诉我要分房子，房子是[我认识{ta}之前|我们在一起之前]就[定下的|交了定金的]，{ta}[就帮着还过几个月房"
            "贷|只出过一点装修钱]，[{ta}能分走多少|{ask}]",
            "[同居|没领证]分手了，[一起买的房|两个人出钱的房子]要分，[没有任何协议|当时也没写谁出多少]，[转账记录都有"
            "|我出钱的转账都在]，法院怎么判",
        ),
        short=(
            "同居分手房子写对方名字怎么办",
            "没领证一起还房贷分手了怎么算",
            "同居期间出的首付能要回来吗",
        ),
        facts=(
            "{P}与{D}于{y1}年相识并同居生活，未办理结婚登记。{d2}，双方以{D}名义购买{hm}房屋，总价{price}，首付款{down}"
            "中的{pdown}由{P}通过{bank}账户转入{D}账户后支付，余款以{D}名义办理按揭贷款。同居期间，按揭贷款由双方共同"
            "偿还。{m3}双方解除同居关系，{D}更换门锁，拒绝{P}入住。",
            "{P}与{D}自{y1}年起同居，{y2}年生育[一子|一女]{K}。{d2}，{D}以其个人名义购买{hm}房屋，首付款{down}。{P}自"
            "{m2}起每月向{D}转账{monthly}，附言多为“房贷”，累计{paid}。{d3}双方分手，{K}随{P}生活。",
            "{P}与{D}于{y1}年开始同居，同居前{D}已购买{hm}房屋。同居期间，{P}出资{reno}对该房屋进行装修并购置家具家电"
            "，双方共同居住。{d3}双方因琐事分手，{D}要求{P}搬离，{P}要求{D}返还装修款，{D}拒绝。",
        ),
        claims=(
            "<确认{P}对{hm}房屋享有相应份额，或判令{D}返还{P}首付出资款{pdown}及共同还贷部分|判令{D}返还{P}代为偿还的"
            "按揭贷款{paid}|判令{D}返还{P}装修出资{reno}>",
            "<判令{D}支付房屋增值部分的补偿款{gain}|非婚生[子|女]{K}由{P}抚养，{D}每月支付抚养费{fee}|判令{D}返还{P}"
            "购置的家具家电或折价{goods}>",
        ),
        extra=(
            "另查明，涉案房屋登记在{D}一人名下，经评估现值{value}。",
            "另查明，同居期间双方[未签订任何财产协议|曾口头约定房屋“两人一人一半”]。",
            "另查明，<{P}向{D}转账的首付款附言为“首付”。|{D}同居期间每月亦有固定收入。|{P}提交的装修合同甲方为{P}，装"
            "修款由{P}账户支付。>",
        ),
        more=(
            "双方微信聊天记录显示，{D}曾于{m3}向{P}发送“房子有你的一份，放心”。",
            "<庭审中，{D}认可收到{P}转账，但主张系{P}自愿赠与。|{D}称{P}的转账系共同生活开支，并非还贷款项。|{D}称装"
            "修系{P}为共同生活自愿投入，且{P}已居住使用多年。>",
        ),
        views=(
            "本院认为，解除同居关系时，同居生活期间双方共同所得的收入和购置的财产，按一般共有财产处理。<{P}出资支付首"
            "付款并共同还贷，对涉案房屋享有相应权益|{P}代为偿还的按揭贷款并非赠与|{P}出资装修的房屋归{D}所有，{D}应对"
            "装修添附部分予以补偿>。",
            "本院认为，男女双方未办理结婚登记而同居，其同居期间的财产分割，应根据双方的出资情况、对财产的贡献以及照顾"
            "子女和女方权益的原则予以处理。",
        ),
        proof="<购房合同、银行转账记录|银行转账记录、还款明细|装修合同及票据、银行转账记录>、微信聊天记录",
        defence=(
            "<房屋系{B}个人购买，{A}的转账是恋爱期间的赠与|{A}转账款项已用于双方共同生活，并非还贷|装修系{A}为共同居"
            "住自愿投入，不应返还>",
        ),
        amounts={"price": (400000, 1000000, 1000), "down": (150000, 350000, 1000), "pdown": (50000, 140000, 1000),
                 "paid": (20000, 200000, 100), "monthly": (1500, 4000, 100), "reno": (50000, 200000, 1000),
                 "gain": (30000, 150000, 1000), "fee": (600, 1500, 100), "goods": (10000, 60000, 500),
                 "value": (450000, 1200000, 1000)},
    ),
    Topic(
        slug="post_divorce_flat",
        cause="离婚后财产纠纷",
        coll=(
            "离婚协议写的房子归我，房贷[{ta}还|{ta}每月还一半]，[离了半年{ta}就不还了|{ta}还了几个月就停了]，[银行天"
            "天催|我怕房子被拍卖]，{ask}",
            "离婚都[两年了|好几年了]，才发现{ex}婚内[偷偷用{ta}妈的名字买了套房|在{dist}还有一套房子没说]，[离婚的时"
            "候说只有一套房|协议上根本没写]，[现在还能分吗|{ask}]",
            "离婚协议上写[房子赠与给孩子|房子归孩子，{ta}负责过户]，[到现在也没过户|{ta}反悔了]，[还把房子抵押了|还想"
            "偷偷卖]，[协议还算数吗|能告{ta}吗]",
            "离婚的时候房子[判给了{ta}|归了{ta}]，{ta}答应给我[{pay}补偿|一半的钱]，[只给了一小部分|拖了一年一分没给]"
            "，[怎么要|{ask}]",
            "!离婚后{ex}起诉我，说[我隐瞒了一套房|婚内还房贷的钱要分]，[那房子是我爸妈全款买的|那是我婚前的房]，[{ta}"
            "能分吗|{ask}]",
        ),
        short=(
            "离婚协议写了还房贷对方不还怎么办",
            "离婚后发现对方隐瞒房产怎么办",
            "离婚协议房子给孩子能反悔吗",
            "离婚后房子补偿款不给怎么办",
        ),
        facts=(
            "{P}与{D}原系夫妻，于{d1}在{dist}民政局协议离婚。离婚协议第二条约定：“{hm}房屋归女方所有，剩余按揭贷款由"
            "双方各承担一半，男方每月于十日前将{monthly}转入女方账户。”离婚后{D}仅支付[三个月|半年]，自{m2}起停止支付"
            "。此后该房屋贷款均由{P}偿还，至起诉时{P}代{D}偿还{paid}。",
            "{P}与{D}于{y1}年登记结婚，{d2}经法院调解离婚，调解书确认双方名下房屋一套归{D}所有。离婚后{P}发现，{D}于"
            "婚姻关系存续期间的{m2}以其母{mom}名义购买了{hm}房屋，购房款{price}均由{D}账户支付，该房屋在离婚时未作分"
            "割。",
            "{P}与{D}原系夫妻，{d1}协议离婚，离婚协议约定：“{hm}房屋赠与婚生子{K}，由男方负责于一年内办理过户手续，过"
            "户前任何一方不得处分。”离婚后{D}未办理过户，并于{d3}以该房屋作抵押向{bank}借款{loan}。",
            "{P}与{D}于{d1}协议离婚，协议载明“双方无其他共同财产”。{y3}年，{P}得知{D}在离婚前[三个月|半年]内将双方共"
            "同存款{dep}分多次转入其弟弟账户，并以该款支付了{hm}房屋的首付款。",
        ),
        claims=(
            "<判令{D}向{P}支付代为偿还的按揭贷款{paid}|依法分割{hm}房屋，判令{D}向{P}支付折价款{pay}|判令{D}履行离婚"
            "协议，将{hm}房屋过户至{K}名下，并解除房屋上的抵押|判令{D}返还{P}应分得的共同存款{half}>",
            "<判令{D}继续按离婚协议约定按月偿还剩余按揭贷款|判令{D}少分或不分该房屋|判令{D}在解除抵押前不得处分该房屋"
            "|判令{D}少分或不分被转移的财产>",
        ),
        extra=(
            "另查明，涉案房屋截至起诉之日尚欠{bank}按揭贷款{loan}。",
            "另查明，<{P}提交的还款明细显示，{m2}至{m4}期间每月还款均由{P}账户扣划。|{mom}名下另无其他房产，且无稳定"
            "收入。|{K}现年{kage}岁，随{P}生活。|{D}之弟名下账户在收到转账后当日即转出用于购房。>",
            "另查明，离婚协议系双方在{dist}民政局签订并备案。",
        ),
        more=(
            "{P}于{m3}向{D}发送微信，要求其按协议履行，{D}回复“[房子都给你了，贷款你自己还|房子是我妈的，和你没关系|"
            "我现在没钱，等等再说|那钱是我弟借给我的]”。",
            "<{D}在庭审中认可离婚协议的真实性，但称协议系在{P}胁迫下签订，未提交证据。|{mom}出庭作证称购房款系其多年"
            "积蓄，但未能提供资金来源证明。|{D}称抵押借款系用于孩子的教育开支，未提交证据。|经本院调取银行流水，上述"
            "转账发生在离婚前[两个月|三个月]内。>",
        ),
        views=(
            "本院认为，男女双方协议离婚后就财产分割问题反悔的，应当审查协议订立时是否存在欺诈、胁迫等情形。本案{D}未"
            "能举证证明存在上述情形，离婚协议合法有效，双方均应依约履行。",
            "本院认为，离婚后，一方发现另一方有隐藏、转移、变卖、毁损、挥霍夫妻共同财产行为的，可以向人民法院提起诉讼"
            "，请求再次分割夫妻共同财产。",
        ),
        proof=(
            "<离婚协议书、还款明细|民事调解书、银行流水|离婚协议书、抵押登记资料|离婚协议书、银行流水>、不动产登记信"
            "息"
        ),
        defence=(
            "<离婚时{B}已放弃存款等财产，房贷应由取得房屋的{A}承担|涉案房屋系{mom}出资购买，与{B}无关|房屋赠与孩子属"
            "于赠与合同，在过户前{B}有权撤销|转入其弟账户的款项系偿还婚前借款>",
        ),
        amounts={"monthly": (1200, 4000, 100), "paid": (10000, 150000, 100), "price": (300000, 900000, 1000),
                 "loan": (50000, 500000, 1000), "pay": (80000, 400000, 1000), "dep": (50000, 400000, 1000),
                 "half": (25000, 200000, 1000)},
    ),
    Topic(
        slug="divorce_home_money",
        cause="<离婚纠纷|婚约财产纠纷|离婚纠纷>",
        coll=(
            "结婚的时候我爸妈给我们[装修房子花了{reno}|出了{reno}装修费]，[房子是{ta}家的婚前房|房本只有{ta}的名]，现"
            "在要离婚了，[装修的钱能要回来吗|{ta}说装修都住旧了不值钱]，{ask}",
            "[订婚|定亲]时我家[买了套房加了女方名字|在房本上加了她的名]当彩礼，[结果没过多久就分了|婚没结成]，[她不同"
            "意去掉名字|她要分一半房子]，[这房子还是我的吗|{ask}]",
            "彩礼{gift}给了以后，[女方说拿去付了房子首付|这钱都拿去交了首付]，[结婚一年多就要离|现在闹离婚]，[彩礼还"
            "能退吗|房子怎么分]",
            "![男方|他家]起诉要我退彩礼，说[没领证|才结婚几个月]，可彩礼[早就用来装修婚房了|我们都花在了他家的房子上]"
            "，[我还要退吗|{ask}]",
            "离婚[打官司|起诉]，{ta}家说[首付是借给我们的|装修钱是借的]，还拿出一张我[从没见过的|没签过字的]借条，[这"
            "个要还吗|{ask}]",
        ),
        short=(
            "离婚装修款能要回来吗",
            "订婚加名的房子悔婚了怎么办",
            "彩礼付了首付离婚怎么分",
        ),
        facts=(
            "{P}与{D}于{d1}登记结婚，婚前{D}已购买{hm}房屋并登记在其个人名下。婚后双方对该房屋进行装修，装修款{reno}"
            "系{P}父母出资，通过{bank}转账支付给{deco}。{y3}年起双方因家庭琐事矛盾激化，[于{m3}分居|{D}长期不归家]，{P}"
            "认为夫妻感情确已破裂。",
            "{P}与{D}经人介绍相识，{d1}按当地习俗订婚，{P}父母为双方购买{hm}房屋一套，总价{price}，应{D}家要求将房屋"
            "登记为{P}、{D}共同共有，作为彩礼的一部分。此后双方因琐事矛盾不断，未办理结婚登记，亦未实际共同生活。{d3}"
            "，{D}提出解除婚约，并要求分割该房屋。",
            "{P}与{D}于{y1}年相识，{d2}登记结婚。婚前{P}家向{D}家给付彩礼{gift}，{D}将其中{down}用于支付{hm}房屋首付"
            "款，房屋登记在双方名下，余款以按揭贷款支付。婚后双方共同生活不足[一年|两年]，[未生育子女|育有一女{K}]，{D}"
            "以性格不合为由[搬回娘家|要求离婚]。",
        ),
        claims=(
            "<判令{P}与{D}离婚|判令{hm}房屋归{P}所有|判令{P}与{D}离婚>",
            "<判令{D}返还{P}父母出资的装修款{reno}，或在分割共同财产时予以补偿|判令{D}协助办理不动产变更登记，将{D}从"
            "房屋共有人中除名|判令{D}返还彩礼{ret}>",
            "<依法分割夫妻共同财产|判令{D}返还{P}订婚时给付的礼金及首饰折价款{gold}|依法分割{hm}房屋及婚后共同偿还的"
            "贷款>",
        ),
        core=2,
        extra=(
            "另查明，<{P}提交的装修合同、转账记录显示，装修款均由{P}父亲账户支付。|涉案房屋购房款全部由{P}父母出资，{D}"
            "一方未出资。|彩礼{gift}系{P}家向亲友借款及{bank}贷款筹集。>",
            "另查明，涉案房屋经评估现值{value}[，尚欠按揭贷款{loan}|]。",
            "另查明，双方均认可按当地习俗举办了[订婚|结婚]仪式。",
        ),
        more=(
            "<{D}称装修已使用多年，装修物已添附于房屋，价值大幅贬损。|{D}提交的聊天记录显示，双方父母曾商定“房子写两"
            "个孩子名，是给两个孩子结婚用的”。|{D}主张部分彩礼已用于购置嫁妆，并提交了家具、家电购物小票。>",
            "{D}在庭审中提交{P}签名的借条一份，载明借款{loan2}，{P}称该借条系伪造并申请笔迹鉴定，后{D}撤回该证据。",
        ),
        views=(
            "本院认为，婚前或者婚后父母为双方购置房屋出资的，应当依照约定处理；没有约定或者约定不明确的，按照民法典的"
            "有关规定处理。",
            "本院认为，双方未办理结婚登记，或者办理结婚登记但确未共同生活的，当事人请求返还按照习俗给付的彩礼的，人民"
            "法院应当予以支持。本案应结合彩礼的实际使用情况及共同生活时间，酌定返还比例。",
        ),
        proof="<结婚证、装修合同及转账记录|订婚礼单、购房合同|结婚证、彩礼收据>、不动产登记信息、证人证言",
        defence=(
            "<装修款系{A}父母对双方的赠与，已添附于房屋，不应返还|房屋登记在双方名下，{B}已取得共有份额，不同意变更|"
            "彩礼已用于购房及共同生活，且双方已登记结婚，不应返还>",
        ),
        amounts={"reno": (60000, 250000, 1000), "price": (350000, 900000, 1000), "gift": (60000, 200000, 1000),
                 "down": (50000, 150000, 1000), "ret": (30000, 120000, 1000), "gold": (8000, 40000, 500),
                 "value": (400000, 1100000, 1000), "loan": (100000, 500000, 1000), "loan2": (50000, 200000, 1000)},
    ),
    Topic(
        slug="estate_flat",
        cause="<法定继承纠纷|遗嘱继承纠纷|法定继承纠纷|遗赠纠纷>",
        kin=True,
        coll=(
            "我妈[前年|{y2}年]走了，留下{est}一套房，我爸[还健在|后来也走了]，[房子还有{loan}贷款没还完|房贷这几年一"
            "直是我在还]，[{sib}要平分|{sib}要把房子卖了]，[我还的贷款怎么算|{ask}]",
            "老人[写了遗嘱|留了份手写遗嘱]说房子给我，[{sib}说遗嘱是假的|{sib}说老人写的时候已经糊涂了]，[不让我办过"
            "户|把房本藏起来了]，[遗嘱还有用吗|{ask}]",
            "[我爸|我妈]的[房改房|单位分的房子]，[买的时候是我掏的钱|是我出钱买下来的]，现在老人走了，[{sib}他们都来"
            "分|几个人都要份]，[我出的钱怎么算|{ask}]",
            "[我叔|我大伯]一辈子没结婚没孩子，[最后几年是我照顾的|住院都是我陪的]，[他有套房子|留下一套楼房]，[他写了"
            "遗嘱给我|他立了遗嘱说给我]，[他兄弟姐妹来争|现在他姐妹说要分]，{ask}",
            "房子[房本上还是我爷爷的名字|登记的是我奶奶的名]，[上一辈都走了|我爸也不在了]，现在[要拆迁|想卖房]，[我们"
            "这一辈怎么继承|需要哪些人签字]",
        ),
        short=(
            "父母留下的房子兄妹怎么分",
            "手写遗嘱有效吗房子给谁",
            "继承的房子还有房贷怎么办",
            "没有遗嘱房子怎么继承",
        ),
        facts=(
            "被继承人{dec}于{d2}因病去世，其配偶{mom}先于其去世。{dec}生前与{mom}共有{hm}房屋一套，该房屋系{y1}年购买"
            "，尚欠{bank}按揭贷款。{dec}去世后，剩余按揭贷款{paid}由{P}一人偿还。{dec}未留遗嘱，其法定继承人为{P}、{D}"
            "。双方就房屋继承协商未果。",
            "被继承人{dec}于{d2}去世。{d1}，{dec}在两名见证人见证下立下代书遗嘱一份，载明：“我名下位于{hm}的房屋，在"
            "我去世后由{A}一人继承，其他子女不得干涉。”遗嘱落款处有{dec}签名并按手印。{dec}去世后，{D}持有房屋产权证"
            "，拒绝配合{P}办理继承登记，并主张遗嘱系伪造。",
            "{hm}房屋原系{dec}所在单位的公有住房，{y1}年房改时由{dec}购买，购房款{price}中的{pay}由{P}出资。{dec}于{d2}"
            "去世，未立遗嘱。{dec}去世后，该房屋由{D}居住。{P}主张其出资部分应先行析出，{D}不同意。",
            "{dec}终身未婚、无子女，其父母均已去世。{dec}晚年由{P}（系其[侄子|侄女]）照顾生活。{d1}，{dec}立下遗嘱，"
            "将{hm}房屋遗赠给{P}。{dec}于{d3}去世后，其[弟弟|妹妹]{D}以遗嘱系在{dec}意识不清时所立为由，拒绝交付房屋"
            "产权证书。",
        ),
        claims=(
            "<依法继承{hm}房屋，确认{P}、{D}各享有二分之一份额|确认{dec}所立遗嘱合法有效，{hm}房屋由{P}继承|判令{hm}"
            "房屋由{P}继承，{P}向{D}支付相应折价款{pay2}|确认遗嘱合法有效，{hm}房屋归{P}所有>",
            "<判令{D}向{P}支付其垫付的按揭贷款中应承担的部分{half}|判令{D}交付房屋产权证书并协助办理继承登记|判令在遗"
            "产分割前先行析出{P}的出资份额|判令{D}交付房屋产权证书并协助办理转移登记>",
        ),
        extra=(
            "另查明，{dec}的父母均先于其去世。",
            "另查明，<{dec}去世时涉案房屋尚欠按揭贷款{paid}。|诉讼中{D}申请对遗嘱笔迹进行鉴定，鉴定意见为：遗嘱中签名"
            "系{dec}本人所写。|{P}出资部分系以其个人名义缴纳，有单位开具的收据为证。|{hosp}出具的病历显示{dec}立遗嘱"
            "前后神志清楚。>",
            "另查明，涉案房屋经评估现值{value}。",
        ),
        more=(
            "{dec}生前最后[三年|五年]主要由{P}照顾生活，{D}[在外地工作|偶尔探望]。",
            "<{D}称其曾为{dec}支付住院费用，但仅提交了部分票据。|代书遗嘱见证人{c}、{lw2}出庭作证，陈述遗嘱系{dec}口"
            "述、{c}代书。|{D}称其亦为购房出过钱，但未提交证据。|社区居委会出具证明，载明{P}长期照顾{dec}的生活起居。"
            ">",
        ),
        views=(
            "本院认为，继承开始后，按照法定继承办理；有遗嘱的，按照遗嘱继承或者遗赠办理。同一顺序继承人继承遗产的份额"
            "，一般应当均等；对被继承人尽了主要扶养义务的，分配遗产时可以多分。",
            "本院认为，<被继承人生前所负债务应以遗产实际价值为限清偿，{P}代为偿还的贷款应由各继承人按份承担|代书遗嘱"
            "应当有两个以上见证人在场见证，由其中一人代书，并由遗嘱人、代书人和其他见证人签名，注明年、月、日，本案遗"
            "嘱符合上述形式要件|房改房购买时的出资人可主张相应权益|自然人可以立遗嘱将个人财产赠与法定继承人以外的人>"
            "。",
        ),
        proof="[死亡证明|火化证明]、亲属关系证明、不动产登记资料、<还款明细|代书遗嘱|房改购房收据|遗嘱>",
        defence=(
            "<{B}同为第一顺序继承人，应平均分配，{A}还贷系其自愿行为|遗嘱系伪造，{dec}生前不会写字|房改购房款系{dec}"
            "自己的积蓄，{A}所谓出资实为还钱|{dec}立遗嘱时已患老年痴呆，遗嘱无效>",
        ),
        amounts={"paid": (20000, 200000, 100), "price": (30000, 120000, 1000), "pay": (10000, 30000, 1000),
                 "pay2": (100000, 400000, 1000), "half": (10000, 100000, 100), "value": (300000, 900000, 1000),
                 "loan": (20000, 200000, 1000)},
    ),
    Topic(
        slug="demolition_heirs",
        cause="<法定继承纠纷|继承纠纷|法定继承纠纷>",
        kin=True,
        coll=(
            "[老房子|我家老院子]拆迁了，[补了{comp}|给了两套安置房外加{comp}]，[协议是{sib}一个人签的|钱全打到{sib}卡"
            "上了]，[房子原来是我爸妈的|爸妈都不在了]，[我一分没拿到|只给了我几万块]，{ask}",
            "[我奶奶|我爷爷]的房子[征收了|棚户区改造拆了]，[安置房登记在我叔名下|补偿款被我姑拿走了]，[我爸去世得早|"
            "我爸是长子已经没了]，我[作为孙子|作为孙女]能分吗？",
            "拆迁[按人头|按户口]补偿，[我户口一直在老房子里|我从小就住在那]，{sib}说[房子是爸妈的|我户口是挂靠的]不给"
            "我分，[补偿款怎么分才对|{ask}]",
            "!{sib}告我要分[拆迁款|安置房]，可[老房子是我翻盖的|这些年老人都是我养的]，[搬迁费|过渡费]也是给我家的，["
            "凭什么要平分|{ask}]",
            "[老院子|老家的房子]征收[补偿协议|合同]是{sib}签的字，[补偿款|安置房]全在{sib}手里，[问{sib}要，说老人生"
            "前就给了{sib}|{sib}说没有我的份]，[又没有遗嘱|老人什么都没写]，{ask}",
        ),
        short=(
            "拆迁款兄弟姐妹怎么分",
            "拆迁协议一个人签的其他继承人能分吗",
            "安置房登记在一个人名下其他人有份吗",
        ),
        facts=(
            "{dec}与{mom}系夫妻，生前共有位于{pl}的私有房屋一处。{dec}、{mom}分别于{y1}年、{y2}年去世，未留遗嘱，法定"
            "继承人为{P}、{D}等子女。{d3}，该房屋被列入[棚户区改造|旧城改造]征收范围，{D}以被征收人身份与征收部门签订"
            "《国有土地上房屋征收补偿协议》，取得货币补偿{comp}及安置房一套。{D}拒绝将补偿利益分配给其他继承人。",
            "被继承人{dec}在{town}{vil}有宅基地房屋一院。{dec}于{d2}去世后，该房屋由{D}一家居住。{d3}，该房屋因[高速"
            "公路建设|兰州新区项目建设]被征收，征收补偿款{comp}全部支付至{D}账户。{P}系{dec}之女，主张依法继承其中的"
            "房屋补偿部分，{D}以补偿款中包含其家庭的安置补助为由拒绝。",
            "{P}之父{K}系{dec}长子，先于{dec}去世。{dec}名下{dist}房屋于{d3}被征收，[安置房登记在{D}名下|补偿款{comp}"
            "由{D}领取]。{P}主张代位继承{K}应得份额，{D}称{dec}生前已口头表示房屋归其所有。",
        ),
        claims=(
            "<依法分割{dec}、{mom}的遗产即房屋征收补偿利益，判令{D}向{P}支付补偿款{share}|判令{D}向{P}支付应继承的房"
            "屋征收补偿款{share}|确认{P}代位继承{dec}的遗产份额，判令{D}支付相应补偿款{share}>",
            "<确认安置房屋中的相应份额归{P}所有|判令{D}支付资金占用期间的利息|判令{D}协助办理安置房份额确认手续>",
        ),
        extra=(
            "另查明，<征收补偿协议载明：房屋补偿款{house}，搬迁费、临时安置费{move}，按期签约奖励{bonus}。|征收补偿明"
            "细中，房屋及附属物补偿{house}，青苗及地上附着物补偿{move}，人口安置补助{bonus}。|{dec}的法定继承人为其子"
            "女{D}、{K}（已故）等人。>",
            "另查明，{D}在征收前已在涉案房屋居住[十余年|二十余年]，并于{y2}年对房屋进行了翻修。",
            "另查明，{P}等其他继承人未签署放弃继承的声明。",
        ),
        more=(
            "{D}领取补偿款后，于{m4}向{P}转账[两万元|三万元]，备注“补偿款”，此后未再支付。",
            "<庭审中，双方均认可补偿款中的搬迁费、临时安置费应归实际居住人{D}所有。|{D}提交了翻修房屋的收据若干，主张"
            "翻修费用应从遗产中扣除。|{D}称{dec}生前曾口头表示房屋留给{D}，但未提交遗嘱。>",
        ),
        views=(
            "本院认为，房屋征收补偿款中属于被征收房屋价值补偿的部分，系被继承人遗产的转化形态，应由各法定继承人依法继"
            "承；搬迁费、临时安置费等系对实际居住人的补偿，应归实际居住人所有。",
            "本院认为，被继承人的子女先于被继承人死亡的，由被继承人的子女的直系晚辈血亲代位继承。代位继承人一般只能继"
            "承被代位继承人有权继承的遗产份额。",
        ),
        proof="《房屋征收补偿协议》、补偿款支付凭证、[亲属关系证明|户籍资料]、[死亡证明|村委会证明]",
        defence=(
            "<{B}为老人养老送终，且出资翻修房屋，应多分或全部取得|补偿款中人口安置补助系针对{B}家庭成员，不属遗产|{dec}"
            "生前已将房屋赠与{B}，不属于遗产范围>",
        ),
        amounts={"house": (300000, 1500000, 1000), "move": (10000, 80000, 100), "bonus": (10000, 100000, 100),
                 "comp": ('sum', 'house', 'move', 'bonus'), "share": (60000, 300000, 1000)},
    ),
    Topic(
        slug="homestead_split",
        cause="<分家析产纠纷|分家析产纠纷|共有纠纷>",
        kin=True,
        coll=(
            "我们家[老院子|老宅基地]上有[正房三间、厢房两间|一排平房]，[我爸还在|我妈还活着]，{sib}[结婚后就占了正房|"
            "把东边两间租出去了]，[我回来没地方住|我成家了也要分房]，[怎么分|{ask}]",
            "[分家的时候|早年分家]说好[院子东边归我|老宅归我养老]，[没写东西|只有口头说的]，现在{sib}[不认了|要把院子"
            "卖了]，[口头分家算不算|{ask}]",
            "[村里|老家]宅基地证上是[我爷爷|我爸]的名，[叔伯几家都住在一个院里|三代人都住在里面]，现在[要翻建|有人要"
            "卖给别人]，[谁说了算|{ask}]",
            "!{sib}起诉要分老宅，可[老房子我翻建过|院子里的房子是我自己掏钱盖的]，[花了{cost}|前后花了好几万]，[{sib}"
            "那时候一分钱没出|老人也同意的]，[凭啥要分|{ask}]",
            "[爸妈|老人]还在，[{sib}|兄弟几个]就闹着要分[老宅子|院子]，[老人说不分|老人想留着自己住]，[这能起诉分家吗"
            "|{ask}]",
        ),
        short=(
            "农村老宅兄弟怎么分家",
            "口头分家有没有效",
            "宅基地上的房子兄弟共有吗",
        ),
        facts=(
            "{P}、{D}均系{dec}的子女。{dec}在{town}{vil}有宅基地一处，[{y1}年|早年]建有正房三间、厢房两间。{y2}年{D}"
            "结婚后居住于正房，{P}外出务工。{d3}，{P}返乡后要求分得部分房屋居住，{D}以房屋系其婚后翻修为由拒绝，双方"
            "发生争执，经村委会调解未果。",
            "{y1}年，{P}、{D}之父{dec}主持分家，[请村干部{c}见证|由舅舅{c}主持]，口头约定宅院东半部分归{P}、西半部分"
            "归{D}，[未形成书面协议|仅在家谱上作了记载]。此后双方各自居住使用。{d3}，{D}在东半部分院内[修建猪圈|堆放"
            "建材]，并主张整个宅院应由其继承，{P}遂起诉。",
            "{dec}与{mom}育有{P}、{D}等子女，生前在{town}{vil}建有房屋一院。{y2}年，{P}出资{cost}对其中[四间|三间]房"
            "屋进行翻建，{D}未出资。{dec}、{mom}去世后，{D}要求平分全部房屋，{P}不同意。{d3}，{D}[与{C}签订房屋出租协"
            "议|将院门上锁]，{P}起诉要求析产。",
        ),
        claims=(
            "<依法分割{town}{vil}宅基地上的家庭共有房屋，厢房两间归{P}所有|确认{town}{vil}宅院东半部分房屋归{P}所有使"
            "用|确认{P}出资翻建的房屋归{P}所有>",
            "<判令{D}腾让厢房|判令{D}拆除猪圈并清除杂物|其余房屋依法分割>",
        ),
        extra=(
            "另查明，涉案宅基地[集体土地使用证|宅基地使用权证]登记的使用权人为{dec}。",
            "另查明，<{P}、{D}均系{vil}村民，各自户籍独立成户。|{c}出庭作证，证实{y1}年分家时的约定内容。|{P}提交了翻"
            "建时购买砖瓦、水泥的票据及雇请工匠的收条。>",
            "另查明，{P}在本村无其他宅基地。",
        ),
        more=(
            "{town}{vil}村民委员会于{m3}组织双方调解，调解记录显示{D}认可<{P}有权分得部分房屋|分家时的约定|{P}出资翻"
            "建的事实>，但双方对具体分割方案未能达成一致。",
            "<经现场勘验，正房三间现由{D}一家居住，厢房两间闲置。|{D}称分家时其并未在场，不认可分家内容。|{D}称翻建时"
            "其也曾出工出力，但未提交证据。>",
        ),
        views=(
            "本院认为，家庭共有财产的分割，应当根据各共有人对共有财产的贡献大小，适当照顾共有人生产、生活的实际需要等"
            "情况处理。",
            "本院认为，宅基地使用权属于集体经济组织成员，地上房屋可以在家庭成员之间依法析产，但分割应当有利于生产生活"
            "，不损害房屋的使用价值。",
        ),
        proof="[宅基地使用权证|集体土地使用证]、村委会证明、[调解记录|证人证言|翻建票据]",
        defence=(
            "<正房系{B}婚后自行翻修，不属于家庭共有财产|分家时{B}未到场，口头分家不成立|翻建时{B}也出了工，应平均分割"
            ">",
        ),
        amounts={"cost": (30000, 200000, 1000)},
    ),
    Topic(
        slug="nominee_house",
        cause="<物权确认纠纷|所有权确认纠纷|物权确认纠纷|物权确认纠纷>",
        coll=(
            "{y1}年[因为我名下有房贷|我当时不符合购房条件]，买房的时候[用了我表弟的名字|挂在我弟名下]，[首付和房贷都"
            "是我出的|钱全是我的]，现在他[不肯过户给我|说房子是他的]，[借名买房能要回来吗|{ask}]",
            "[经济适用房|单位集资房]用我[姐|哥]的名额买的，[钱都是我出的|我一直住着]，现在[人家离婚了|人家欠了债]，["
            "前妻要分|怕被法院查封]，[怎么确认是我的|{ask}]",
            "[我爸妈|老人]出全款买的房[写的我弟的名字|登记在我名下]，[现在老人要收回|老人说是借名的]，[到底算谁的|{ask}"
            "]",
            "![我哥|我大哥]起诉我说[我名下的房子|我住的房子]是[借我名买的|他出钱买的]，[首付确实是他出的但是借给我的|"
            "我也还了好几年房贷]，[房子是不是我的|{ask}]",
            "[不动产登记中心|房管局]把我家房子[登记到了别人名下|和对门的登反了]，[手续都是开发商办的|中介给办的]，[现"
            "在对方不配合更正|登记中心说要法院判决]，怎么办",
        ),
        short=(
            "借名买房怎么要回房子",
            "用别人名字买的房子能确权吗",
            "房子登记错人了怎么更正",
        ),
        facts=(
            "{d1}，因{P}名下已有住房[贷款未结清|不符合购房条件]，经与{D}协商，{P}以{D}名义与{dev}签订《商品房买卖合同"
            "》，购买{hm}房屋，总价{price}。首付款{down}由{P}账户支付，余款以{D}名义办理按揭贷款，月供均由{P}向{D}账"
            "户转账后扣划。房屋交付后由{P}装修并居住至今。{d3}，{P}要求{D}配合办理过户，{D}拒绝。",
            "{y1}年，{D}取得经济适用住房购买资格，{P}与{D}口头约定由{P}出资以{D}名义购买{hm}房屋。购房款{price}均由{P}"
            "支付，房屋交付后由{P}居住。{d3}，{D}与其配偶{C}离婚，{C}在离婚诉讼中主张该房屋为夫妻共同财产。",
            "{d1}，{P}与其子{D}共同前往{dev}购买{hm}房屋，购房款{price}全部由{P}以存款支付，房屋登记在{D}名下。{P}称"
            "双方约定房屋归{P}所有，{D}仅为名义登记人；{D}称该房屋系{P}对其的赠与。{y3}年双方关系恶化，{D}要求{P}搬离"
            "。",
            "{P}于{d1}购买{hm}房屋，在办理不动产首次登记时，因[开发商报送资料错误|经办人员录入错误]，该房屋被登记在同"
            "楼层业主{D}名下，{D}购买的房屋则登记在{P}名下。{P}于{y3}年发现后申请更正登记，{D}因[其名下房屋已办理抵押"
            "|不愿承担费用]拒绝配合。",
        ),
        claims=(
            "确认{hm}房屋归{P}所有",
            "<判令{D}协助{P}办理房屋过户登记手续，过户费用由{P}承担|判令{D}协助{P}办理不动产转移登记|判令{D}停止干扰{P}"
            "居住|判令{D}协助办理不动产更正登记>",
        ),
        core=2,
        extra=(
            "另查明，<{P}提交的银行流水显示，首付款及{y2}年至今的月供均由{P}账户转出。|{P}提交了{D}出具的《说明》一份"
            "，载明“房子是借名的，房款都是{A}出的”。|{P}提交的存单取款记录与购房款支付时间、金额一致。|{dev}出具情况"
            "说明，确认登记资料报送时存在错误。>",
            "另查明，涉案房屋的物业费、采暖费缴费单据上的缴费人均为{P}。",
            "另查明，<涉案房屋现无抵押、查封。|该经济适用住房购买已满五年，可以上市交易。|{D}名下另有住房一套。|双方"
            "的购房合同、发票原件均由各自持有。>",
        ),
        more=(
            "{D}在庭审中认可<房屋系借名登记，但称其承担了部分月供|购房款系{P}支付，但称{P}已口头表示房屋给{D}|{P}出资"
            "及长期居住的事实|两套房屋登记互换的事实>。",
            "<{P}提交的微信聊天记录中，{D}表示“等限购放开就给你过户”。|{C}作为第三人参加诉讼，主张该房屋系其与{D}的夫"
            "妻共同财产。|{P}曾于{m3}书面要求{D}返还房屋。|{P}曾于{m3}书面要求{D}配合办理更正登记。>",
        ),
        views=(
            "本院认为，不动产物权的设立、变更、转让和消灭，经依法登记发生效力，但登记仅具有推定效力，有相反证据证明登"
            "记名义人并非真实权利人的，应当依据真实权利状态予以确认。",
            "本院认为，<借名买房的约定系双方真实意思表示，不违反法律、行政法规的强制性规定|借名购买经济适用住房违反政"
            "策规定，{P}可主张返还出资及相应补偿|父母为子女出资购房，没有约定或者约定不明的，视为对子女一方的赠与|登"
            "记错误的，权利人可以申请更正登记>。",
        ),
        proof="[商品房买卖合同|购房发票]、银行流水、[不动产登记资料|书面说明|微信聊天记录]",
        defence=(
            "<{B}承担了部分月供，房屋应属{B}所有|房屋系{B}取得购房资格后购买，{A}仅为出借款项|购房款系{A}对{B}的赠与|"
            "{B}不拒绝更正，但更正费用应由责任方承担>",
        ),
        amounts={"price": (300000, 1000000, 1000), "down": (100000, 290000, 1000)},
    ),
    Topic(
        slug="relative_refuse_leave",
        cause="<返还原物纠纷|排除妨害纠纷|返还原物纠纷|排除妨害纠纷>",
        coll=(
            "离婚[好几年|一年多]了，{ex}[还住在我家|赖在我爸妈给我买的房子里]不走，[房子判给我了|房本是我的名]，[换锁"
            "也不行|报警说是家务事]，{ask}",
            "[我侄子|我外甥|我表弟][来兰州上班|说暂住几个月]，[借住在我家空着的那套房|我让他先住着]，[一住三年了|住了"
            "快两年]，[让他搬死活不搬|还把朋友也叫来住]，[能告他吗|{ask}]",
            "[我爸|我妈]走了以后，[老房子继承给了我|房子过户到我名下了]，[{sib}一家住在里面|{sib}说住了二十年就是自己"
            "的]，[不搬也不给房租|还把房子租出去收钱]，怎么让他们搬走",
            "!我<在女婿家的房子|在我哥名下的房子>里住了好多年，[装修也是我出的钱|当时说好给我养老的]，现在<女儿离婚了"
            "|我哥要卖房>，要我搬走，[我能不搬吗|{ask}]",
            "[法拍|拍卖]买了一套房，[原房主的爸妈|原房主的亲戚]住在里面[不搬|说没地方去]，[过户都办完了|钱都交了]，["
            "咋办|{ask}]",
        ),
        short=(
            "亲戚借住房子不搬怎么办",
            "离婚后对方赖在房子里不走",
            "拍卖买的房子原来的人不搬怎么办",
        ),
        facts=(
            "{P}与{D}原系夫妻，{d1}经法院判决离婚，判决{hm}房屋归{P}所有。判决生效后，{D}[以未找到住处为由|无正当理由"
            "]继续居住于该房屋，{P}多次要求其搬离，{D}拒不腾退。{P}于{d3}取得该房屋的不动产权证书。",
            "{P}系{hm}房屋的所有权人。{y2}年，{P}之[侄子|外甥]{D}来兰务工，经{P}同意暂住于该房屋，双方未约定租金及期"
            "限。{d3}，{P}因[需要出售该房屋|其子结婚需要使用]，书面通知{D}在一个月内搬离，{D}逾期未搬，并更换门锁。",
            "{D}系{P}的[姐夫|妹夫]。{hm}房屋原为{P}父母所有，经本院{y2}年民事判决确认由{P}继承。此后{D}一家仍居住其中"
            "，{d3}，{D}未经{P}同意将其中一间出租给{C}，月租金{mrent}。{P}要求{D}腾退，{D}拒绝。",
            "{d1}，{P}通过司法拍卖竞得{hm}房屋，并于{y2}年办理了不动产转移登记。{D}系该房屋原所有人的[父亲|母亲|亲属]"
            "，以该房屋系其长期居住的住所为由拒绝搬离，{P}至今无法占有使用该房屋。",
        ),
        claims=(
            "判令{D}<立即搬离{hm}房屋，将房屋返还给{P}|立即腾退{hm}房屋|腾退{hm}房屋并停止出租|立即腾退{hm}房屋，排除"
            "妨害>",
            "判令{D}支付<自判决生效之日起至实际腾退之日止的房屋占有使用费，按每月{mrent}计算|{m3}至实际腾退之日的占有"
            "使用费|收取的租金及占有使用费{rent}|房屋占有使用费{rent}>",
        ),
        extra=(
            "另查明，<涉案房屋的物业费、采暖费自离婚后均由{P}缴纳。|{D}在兰州另有租住房屋，其工作单位位于{dist}。|{C}"
            "出具证明，证实其向{D}交纳租金至{m4}。|{P}已交纳全部拍卖价款，法院已作出拍卖成交确认裁定。>",
            "另查明，同地段同类房屋的月租金约为{mrent}。",
            "另查明，{D}名下[无其他住房|另有住房一套]。",
        ),
        more=(
            "{P}于{m3}向{D}邮寄《腾退通知书》，[{D}签收后未予回复|{D}拒收]。{d4}，{P}[报警，民警|向社区反映，社区工作"
            "人员]到场后告知其通过诉讼解决。",
            "<{D}称其离婚时未分得其他财产，应当给予其居住权。|{D}称{P}曾口头同意其长期居住，但未提交证据。|{D}称其妻"
            "子作为继承人之一对房屋亦有份额，但前案判决已确认房屋由{P}继承。|{D}称其年事已高，搬离后生活困难。>",
        ),
        views=(
            "本院认为，无权占有不动产或者动产的，权利人可以请求返还原物。{P}系涉案房屋的所有权人，{D}继续占有使用该房"
            "屋缺乏法律依据，应当腾退。",
            "本院认为，借用关系中，出借人有权要求借用人返还借用物，但应给予必要的准备时间。{D}在{P}通知后仍拒不搬离，"
            "其占有已属无权占有。",
        ),
        proof="不动产权证书、<民事判决书、腾退通知书|腾退通知书|民事判决书、租赁证明|拍卖成交确认裁定、腾退通知书>",
        defence=(
            "<离婚时{A}承诺{B}可以住到找到房子为止|{B}在该房屋居住多年，对房屋进行过修缮，应当补偿|{B}的妻子系继承人"
            "之一，对房屋亦有份额|{B}年事已高无处可去，请求给予合理期限>",
        ),
        amounts={"mrent": (1000, 3000, 100), "rent": (10000, 80000, 500)},
    ),
    Topic(
        slug="execution_objection_flat",
        cause="案外人执行异议之诉",
        coll=(
            "我从开发商那买的房，[钱都交清了|首付加贷款都付了]，[一直没办下房产证|开发商一直没给办证]，[现在开发商欠"
            "了施工队的钱|开发商被人告了]，法院把[我的房子|整栋楼]都查封了，[我的房子怎么办|{ask}]",
            "我{sp}[在外面欠了钱|给别人做了担保]，法院把[我们家的房子|我们住的房]查封了要拍卖，[房子有我一半|首付是我"
            "爸妈出的]，[我那一半能保住吗|{ask}]",
            "[开发商|前房主]欠我钱，[拿一套房抵给我了|签了以房抵债协议]，[还没过户|证一直没办]，[现在被他的债主申请查"
            "封了|法院贴了封条]，[这房子算谁的|{ask}]",
            "房子是我出钱买的，<写的我儿子名|登记在我女儿名下>，<他在外面欠了网贷|女婿做生意欠了钱>，法院要[拍卖|执行"
            "]这套房，[我老两口就住这一套|我们住哪]，{ask}",
            "![我申请执行|我告赢了]，法院查封了[欠钱那人的房子|被执行人的房]，现在[冒出来一个人说房子是他买的|他老婆"
            "说房子有她一半]，[还提了执行异议之诉|法院让我应诉]，[是不是串通好的|{ask}]",
        ),
        short=(
            "买的房子被开发商债主查封怎么办",
            "配偶欠债房子被查封我的一半能保住吗",
            "以房抵债的房子被查封了怎么办",
        ),
        facts=(
            "{d1}，{P}与{dev}签订《商品房买卖合同》，购买其开发的{hm}房屋，总价{price}，{P}已付清全部房款并于{y2}年收"
            "房入住。因{dev}未办理房屋首次登记，该房屋至今未办理转移登记。{D}与{dev}建设工程施工合同纠纷一案判决生效"
            "后，{D}申请强制执行，本院于{d3}查封了包括涉案房屋在内的{dev}名下房产。{P}提出执行异议，本院裁定驳回。",
            "{P}与{C}系夫妻，{y1}年婚后以双方共同财产购买{hm}房屋，登记在{C}一人名下。{D}与{C}[民间借贷|保证合同]纠纷"
            "一案判决{C}个人偿还{D}{debt}。执行中，本院于{d3}查封该房屋并拟拍卖。{P}主张该房屋系夫妻共同财产，其享有"
            "二分之一份额，且该债务系{C}个人债务，提出异议被驳回。",
            "{C}因拖欠{P}[货款|工程款|借款]{debt}，于{d1}与{P}签订《以房抵债协议》，约定将{C}名下{hm}房屋作价{price}"
            "抵偿债务，{P}于{y2}年入住，但未办理过户。{D}与{C}[民间借贷|买卖合同]纠纷一案执行中，本院于{d3}查封了该房"
            "屋。",
            "{hm}房屋登记在{C}名下。{P}系{C}之[父亲|母亲]，主张该房屋系{P}于{y1}年出资购买、借{C}之名登记，一直由{P}"
            "夫妇居住。{D}与{C}[民间借贷|买卖合同]纠纷一案执行中，本院于{d3}查封该房屋，{P}提出执行异议被驳回。",
        ),
        claims=(
            "<判令不得执行{hm}房屋|判令停止对{hm}房屋中{P}所有的二分之一份额的执行|判令不得执行{hm}房屋|判令不得执行{hm}"
            "房屋>",
            "<确认{P}对{hm}房屋享有足以排除强制执行的民事权益|确认{hm}房屋的二分之一份额归{P}所有|确认{hm}房屋归{P}所"
            "有|确认{hm}房屋归{P}所有>",
        ),
        extra=(
            "另查明，<{P}系在查封前签订合法有效的书面买卖合同，已支付全部价款并合法占有，且名下无其他用于居住的房屋。"
            "|{C}与{D}之间的债务发生于{y2}年，{C}借款时{D}未要求{P}签字。|{C}对{P}所负债务真实存在，有{C}出具的欠条及"
            "对账单为证。|{P}提交的购房款转账记录显示付款人均为{P}。>",
            "另查明，<{P}未能办理过户登记系因{dev}未完成房屋首次登记。|{C}与{P}之间的婚姻关系现仍存续。|以房抵债协议"
            "签订时，{C}已被多个债权人起诉。|{P}夫妇在兰州无其他住房。>",
            "另查明，本院作出的执行裁定认定{P}的异议理由不成立，{P}在收到裁定后十五日内提起本案诉讼。",
        ),
        more=(
            "<{P}提交了交房通知书、物业费及采暖费缴费单据，缴费期间自{y2}年起。|{P}提交了结婚证、购房合同及首付款转账"
            "凭证。|{P}提交的以房抵债协议载明：“乙方同意以上述房屋抵偿全部欠款，甲方在三个月内协助办理过户。”|{P}提交"
            "了其退休金账户向售房方转账的凭证。>",
            "{D}在庭审中主张<{P}与出卖人恶意串通倒签合同，但未提交证据|该债务系夫妻共同债务，{P}应共同偿还|以房抵债协"
            "议系在{C}已负债情况下签订，属于规避执行|{P}与{C}系亲属关系，借名登记不能对抗申请执行人>。",
        ),
        views=(
            "本院认为，案外人执行异议之诉的审查重点是案外人对执行标的是否享有足以排除强制执行的民事权益。",
            "本院认为，<买受人在查封前已签订合法有效的书面买卖合同、已合法占有、已支付全部价款，且非因自身原因未办理"
            "过户登记的，其权利可以排除金钱债权的执行|夫妻共同财产被执行时，非被执行人一方可以就其份额主张权利，但不"
            "能当然排除对整个房屋的查封、处置|以房抵债协议在查封前签订但未办理过户，债权人享有的仅为债权，不足以排除"
            "执行|借名登记的实际出资人不能以借名关系对抗申请执行人>。",
        ),
        proof=(
            "<商品房买卖合同、付款凭证|结婚证、购房合同|以房抵债协议、欠条|购房款转账凭证>、执行裁定书、[缴费单据|户"
            "籍证明]"
        ),
        defence=(
            "<{A}与出卖人之间的买卖存在倒签嫌疑，不能排除执行|该债务系用于家庭共同生活的夫妻共同债务，{A}亦应承担|以"
            "房抵债协议未办理过户，{A}仅享有债权|借名登记的风险应由{A}自行承担>",
        ),
        amounts={"price": (250000, 900000, 1000), "debt": (100000, 800000, 1000)},
    ),
    Topic(
        slug="utility_water_heat",
        cause="<供用热力合同纠纷|供用水合同纠纷|供用热力合同纠纷|供用水合同纠纷>",
        plaintiff="<{heat}|兰州[金城|陇原|黄河]供水有限公司|{heat}|兰州[瑞丰|恒通]水务有限公司>",
        coll=(
            "[刚买的二手房|新买的房子]，[前房东欠了三年暖气费|上家欠着暖气费]，热力公司让我[先交清才给供暖|交了才开阀"
            "]，[这钱该我交吗|{ask}]",
            "[这个月水费|自来水公司说我家]一下子[要交两千多|用了几百吨水]，[后来发现是卫生间水管暗漏|家里没人住水表还"
            "在走]，[能不能少交|自来水公司起诉我了]，{ask}",
            "装修的时候[把暖气片拆了|装了壁挂炉自己采暖]，[根本没用集中供暖|一天热力公司的暖气都没用过]，热力公司还要"
            "我交[暖气费|基本热费]，[不交就起诉|已经起诉了]，[合理吗|{ask}]",
            "房子租给别人住，[租客跑了|租客欠了一年水费]，[自来水公司找我要|供水公司起诉我这个房东]，[租客欠的为什么"
            "找我|{ask}]",
            "[房子买了一直没住|新房交了钥匙还没装修]，热力公司让我交[全额|一部分]暖气费，[家里根本没人|连门都没开过]"
            "，[空置房也得交吗|{ask}]",
        ),
        short=(
            "前房东欠的暖气费要我交吗",
            "水管暗漏水费太高能少交吗",
            "拆了暖气片还要交暖气费吗",
            "租客欠水费房东要交吗",
        ),
        facts=(
            "{P}系{est}小区的集中供热单位。{D}于{d2}通过二手房交易取得该小区[6|9|15]号楼[2|3]单元[402|701|1202]室房屋"
            "（建筑面积{area}平方米）的所有权。该房屋{y1}—{y2}年度起[三个|两个]采暖期的采暖费{fee}未缴纳，{P}以房屋现"
            "所有人{D}为被告提起诉讼，{D}辩称欠费发生在其购房之前。",
            "{D}系{P}的居民供水用户，户号尾号{n}，用水地址为{hm}。{m2}至{m3}期间，{D}户水表计量用水量[三百余吨|四百余"
            "吨]，应缴水费{fee}，而此前该户月均用水量不足十吨。{P}多次催缴，{D}以用水量异常为由拒缴。经{P}入户检查，"
            "系{D}户内水表后卫生间暗管破裂漏水所致。",
            "{P}系{est}小区供热单位，{D}系该小区房屋业主。{d2}，{D}在装修时自行拆除室内散热器并安装燃气壁挂炉，未向{P}"
            "申请办理停供手续。此后{D}以未使用集中供热为由，拒绝缴纳{y2}—{y3}年度起的采暖费，{P}主张其应按标准的{pct}"
            "%缴纳基本热费，共计{fee}。",
            "{D}系{hm}房屋所有权人，该房屋为{P}的供水用户。{y2}年起{D}将房屋出租给{C}，租赁合同约定水电费由承租人承担"
            "。{C}居住期间拖欠水费{fee}，于{m3}搬离后下落不明。{P}向{D}催缴，{D}以应由承租人缴纳为由拒绝。",
        ),
        claims=(
            "判令{D}支付<欠缴的采暖费{fee}|欠缴的水费{fee}|{y2}—{y3}年度起的基本热费{fee}|欠缴的水费{fee}>",
            "<判令{D}支付逾期违约金{late}|判令{D}支付滞纳金{late}|判令{D}支付违约金{late}|>",
        ),
        extra=(
            "另查明，<{D}购房时签订的《存量房买卖合同》约定：“交房前的水、电、暖、物业等费用由出卖人承担。”|{P}提供的"
            "水表检定报告显示该水表计量准确。|兰州市有关供热管理规定载明，用户拆改供热设施应当经供热单位同意。|{P}与{D}"
            "签订的《供用水合同》约定用水人为房屋所有权人。>",
            "另查明，{P}于{m4}向{D}送达催缴通知书。",
            "另查明，<原房屋出卖人为{C}，现下落不明。|{D}户内漏水点位于水表之后，属用户自行维护管理范围。|{D}所在楼栋"
            "采用垂直单管串联供热系统。|{D}与{C}的租赁合同已于{y3}年到期。>",
        ),
        more=(
            "<{D}提交了购房合同，主张欠费应由原业主承担。|{D}提交了物业公司出具的维修单，显示{m3}更换了破裂水管。|经"
            "现场勘验，{D}房屋内散热器已拆除，供热立管仍从户内穿过。|{D}提交了租赁合同，证明水费应由承租人负担。>",
            "{P}称其<已在{D}办理过户时告知欠费情况|在用水量异常时曾以短信提醒{D}|多次上门告知拆改暖气需办理手续|与承"
            "租人之间不存在供用水合同关系>。",
        ),
        views=(
            "本院认为，<供用热力合同的当事人为供热单位与用热人，{D}购房前所欠采暖费系原所有人的债务，{P}要求{D}承担缺"
            "乏依据|用户负责水表后管道的维护，因户内管道漏水产生的水费应由{D}负担，但{P}发现用水异常后未及时提醒，可"
            "酌情减少|{D}未经同意擅自拆改供热设施，但立管穿户仍有热量散发，应按一定比例缴纳基本热费|供用水合同的相对"
            "方为房屋所有权人{D}，其与承租人之间的约定不能对抗{P}>。",
            "本院认为，供用水、供用热力合同参照适用供用电合同的有关规定。用户应当按照国家有关规定和当事人的约定及时支"
            "付费用。",
        ),
        proof="<供用热合同|供用水合同|供用热合同|供用水合同>、缴费记录、[催缴通知|现场照片]<|、水表检定报告||>",
        defence=(
            "<欠费发生在{B}取得房屋之前，应由原业主承担|水管破裂属于意外，{B}并未实际用水|{B}已拆除暖气片，未使用集中"
            "供热|水费应由承租人{C}负担，{B}不是实际用水人>",
        ),
        amounts={"fee": (1500, 12000, 10), "late": (100, 2000, 10), "area": ('int', 60, 150),
                 "n": ('int', 1000, 9999), "pct": ('int', 20, 30)},
    ),
    Topic(
        slug="home_build_injury",
        cause="<提供劳务者受害责任纠纷|提供劳务者受害责任纠纷|提供劳务者受害责任纠纷|义务帮工人受害责任纠纷>",
        coll=(
            "我是[干泥瓦活的|小工]，{t}[跟着包工头|经人介绍]给{vil}一户人家[修房顶|盖院墙]，[一天{daily}|说好干完结工"
            "钱]，[房顶的瓦碎了|梯子滑了]我从[三米多高|房顶上]摔下来，[脚后跟摔碎了|腰椎骨折]，[房主说找包工头|包工头"
            "说找房主]，[到底谁赔|{ask}]",
            "[我爸|我老公]给人[砌院墙|垒围墙]，[墙倒了|墙塌下来]把他[腿压断了|砸伤了]，[房主就给了三千块|房主说是我们"
            "自己砌的不结实]，[工钱也没结|干了六天的工钱还欠着]，能告吗",
            "!家里[房顶漏雨|彩钢棚坏了]，[找了个师傅来修|请村里的人来修]，[一天给他三百|说好包工包料两千]，[他从房顶"
            "上掉下去了|他踩空摔下来了]，现在家属[要我们赔{total}|让我们出全部医药费]，[我们又不是公司|是他自己没注意"
            "]，{ask}",
            "[给人家|给个体户老板][装窗户|安防盗网|刷外墙]，[绳子断了|架子倒了]人摔了，[仲裁说不是劳动关系不受理|老板"
            "说是包活的他不管]，[这种该怎么要赔偿|{ask}]",
            "[帮亲戚|给舅舅家]盖房子，[也没说工钱|就是去帮忙]，[在上面绑钢筋的时候|搬水泥的时候][摔下来|被砸了]，[住"
            "院花了{med}|现在还不能下地]，[亲戚只管了一点|他家说是我自己愿意来的]，怎么办",
        ),
        short=(
            "给私人修房顶摔伤找谁赔",
            "包工头和房主谁承担赔偿",
            "农村盖房摔伤算工伤吗",
            "砌墙墙倒了砸伤人谁负责",
        ),
        facts=(
            "{d2}，{D}将其位于{town}{vil}的自建房屋房顶翻修工程交由当地工匠{c}组织施工，约定[包工不包料|按日计酬]。{P}"
            "经{c}介绍参与施工，日工资{daily}，由{D}按日结算。{d3}，{P}在房顶更换瓦片时[踩碎石棉瓦|脚下打滑]，从约[三"
            "米|四米]高处坠落，致[右跟骨粉碎性骨折|腰1椎体压缩性骨折]，在{hosp}住院{days}天，花费医疗费{med}。{D}、{c}"
            "均以对方应承担责任为由拒绝赔偿。",
            "{y3}年，{D}雇请{P}等三人为其[修建院墙|砌筑后院围墙]，约定工钱按天计算，每人每天{daily}，材料由{D}提供。{d3}"
            "，在砌筑过程中，[已砌好的一段墙体因未设构造柱突然倒塌|{P}搬运砖块时墙体倒塌]，将{P}砸伤，经诊断为[左胫腓"
            "骨开放性骨折|骨盆骨折]。{P}住院{days}天，花费医疗费{med}，{D}垫付{paid}后拒绝继续支付。",
            "{d3}，{D}雇请{P}为其[{shop}|{hm}房屋]更换[彩钢顶棚|防盗窗]，约定报酬{daily}。{P}在作业过程中，因[{D}提供"
            "的梯子不稳|固定绳索断裂]从高处坠落受伤，经{hosp}诊断为[颅脑损伤|多发肋骨骨折]，住院{days}天，花费医疗费{med}"
            "。{P}向劳动人事争议仲裁委员会申请仲裁，仲裁委以双方不存在劳动关系为由不予受理。",
            "{d2}，{D}在{town}{vil}翻建住房，{P}系{D}之[表哥|姐夫]，[应邀|主动]前来帮忙，未约定报酬。{d3}，{P}在[二楼"
            "绑扎钢筋|搬运水泥]时不慎从[脚手架|楼板边缘]摔落，致[右股骨骨折|左肩胛骨骨折]，住院{days}天，花费医疗费{med}"
            "。{D}支付{paid}后，以{P}系自愿帮工、自身存在过错为由拒绝继续赔偿。",
        ),
        claims=(
            "判令{D}赔偿{P}医疗费、误工费、护理费、住院伙食补助费、[残疾赔偿金|营养费]等各项损失共计{total}",
            "<判令{c}与{D}承担连带赔偿责任|判令{D}支付拖欠的工钱{wage}|判令{D}承担鉴定费{fee}|>",
        ),
        extra=(
            "另查明，经{P}申请，本院委托司法鉴定机构对{P}的伤残等级进行鉴定，鉴定意见为{level}伤残，{P}支付鉴定费{fee}"
            "。",
            "另查明，<{c}不具备建筑施工资质，{D}对此明知。|{D}未为施工人员提供安全带等防护用具，{P}作业时亦未采取安全"
            "措施。|{D}经营的{shop}系个体工商户，{P}并非其店内员工。|{P}在帮工期间由{D}管吃管住。>",
            "另查明，{P}受伤时年满{age}周岁，[系农村居民|在城镇居住一年以上]。",
        ),
        more=(
            "<{c}出庭陈述，其只负责介绍工人，工钱由{D}支付，{D}对此无异议。|证人{sur}某证实，砌墙所用砖块、水泥均由{D}"
            "提供，施工方式由{D}指定。|{P}提交了仲裁委员会出具的不予受理通知书。|{D}认可{P}系其邀请前来帮忙。>",
            "{P}住院期间由其[妻子|儿子]护理，出院医嘱建议休息[三个月|六个月]。",
        ),
        views=(
            "本院认为，个人之间形成劳务关系，提供劳务一方因劳务受到损害的，根据双方各自的过错承担相应的责任。{D}作为"
            "接受劳务一方，未尽到安全保障和选任义务，应承担主要责任；{P}未注意自身安全，亦有一定过错。",
            "本院认为，<{D}将房屋翻修工程交由不具备资质的{c}施工，存在选任过失|双方之间系雇佣关系而非承揽关系，材料由"
            "{D}提供、施工方式由{D}指定|双方之间不存在劳动关系，但构成个人之间的劳务关系|无偿提供劳务的帮工人因帮工活"
            "动遭受人身损害的，被帮工人应当承担赔偿责任>。",
        ),
        proof="[病历资料|诊断证明]、医疗费票据、司法鉴定意见书、<证人证言|证人证言|不予受理通知书|证人证言>",
        defence=(
            "<{B}将工程包给了{c}，{A}是{c}雇的人，与{B}无关|{A}按天领取工钱，但砌墙方法是其自己决定的，墙体倒塌系其施"
            "工不当所致|{A}系承揽人，按活计价，{B}对其受伤不承担责任|{A}系自愿前来帮忙，{B}并未邀请>",
            "{A}作业时未系安全绳，应自行承担主要责任",
        ),
        amounts={"daily": (180, 400, 10), "med": (10000, 150000, 100), "disab": (30000, 200000, 1000),
                 "total": ('sum', 'med', 'disab'), "paid": (2000, 20000, 500), "fee": (1500, 4000, 100),
                 "wage": (1000, 6000, 100), "days": ('int', 12, 60)},
    ),
    Topic(
        slug="deposit_wrong_payee",
        cause="不当得利纠纷",
        coll=(
            "看房的时候[房主的弟弟|一个说是房东亲戚的人]带我看的，[我把定金{money}转给他了|让我先交了{money}定金]，["
            "结果房主根本不知道这事|房主说从没委托过他]，[房子也不卖了|房主不认]，[钱他也不退|人也联系不上]，{ask}",
            "[租房|我租的房子]，[一直把房租交给二房东|房租转给一个说是房东的人]，[后来真房东找来了|房东说那人早就不是"
            "租客了]，[我交的{money}房租被他拿走了|房东让我重新交]，[能找那人要回来吗|{ask}]",
            "[我买的房子|我刚过户的铺面]，[过户以后|交房以后]租户[还是把房租打给原房主|把房租交给了原来的房东]，[{money}"
            "他不给我|钱被他拿走了]，[房子都是我的了|凭什么他收]，[能要回来吗|{ask}]",
            "[买房|租房]的时候[中介的业务员|一个自称中介的人]让我把[定金|押金]{money}[转到他个人卡上|转给他本人]，后"
            "来才知道[他已经离职了|公司根本没收到]，[公司说跟他们无关|公司不认]，[钱他也不还|人找不到]，{ask}",
            "[离婚以后|离婚判决下来以后]，房子判给我了，可[租金|房租]一直[打到{ex}卡上|是{ex}在收]，[{ta}收的{money}"
            "能要回来吗|{ask}]",
        ),
        short=(
            "定金给了没有权利卖房的人能要回来吗",
            "房租交错人了怎么办",
            "房子过户后原房主还收房租怎么办",
        ),
        facts=(
            "{d2}，{P}经人介绍看中{hm}房屋，该房屋登记在{C}名下。{D}自称系{C}的亲属并受{C}委托出售房屋，收取{P}购房定"
            "金{money}，并出具收条一份。此后{P}联系{C}，{C}表示从未委托{D}出售房屋，亦未收到任何款项。{P}要求{D}退还"
            "定金，{D}[拒不退还|称款项已花用]。",
            "{P}于{d1}购买{hm}房屋，并于{y2}年办理过户。该房屋原由{C}承租，租期至{y3}年。过户后，原房主{D}未告知承租"
            "人产权变更，继续收取{C}支付的租金共计{money}。{P}得知后要求{D}返还，{D}以租赁合同系其签订为由拒绝。",
            "{d2}，{P}拟承租{hm}房屋，经{D}带看后，{D}称其系房东的代理人，{P}遂向{D}转账支付押金及半年租金共计{money}"
            "。后{P}入住时，房屋所有人{C}告知其从未委托{D}出租房屋，{D}系[前承租人|原物业保洁人员]，{P}被迫搬离，{D}"
            "拒不退还款项。",
            "{P}与{D}原系夫妻，{d1}经法院判决离婚，{hm}房屋判归{P}所有。该房屋此前由双方出租给{C}。离婚后，{D}未告知{C}"
            "，继续收取房屋租金至{m3}，共计{money}。{P}要求{D}返还，{D}称其为租赁合同的出租人，有权收取租金。",
        ),
        claims=(
            "判令{D}返还{P}<定金{money}|租金{money}|押金及租金共计{money}|租金{money}>",
            "判令{D}支付资金占用期间的利息（以上述款项为基数，[自{d3}起|自起诉之日起]按一年期贷款市场报价利率计算至实"
            "际返还之日）",
        ),
        extra=(
            "另查明，<{C}到庭陈述，其从未委托{D}出售涉案房屋，亦不认识{P}。|房屋过户后，{P}已与{C}重新签订租赁合同。|"
            "{C}出具书面证明，载明其与{D}之间不存在委托关系。|{C}出具证明，载明离婚后其仍按原约定将租金转入{D}账户。>",
            "另查明，{D}出具的收条载明：“今收到<购房定金|房租|押金及房租|房租>{money}。收款人：{B}。”",
            "另查明，{P}曾就此事向{dist}公安分局报警，公安机关认为属于民事纠纷。",
        ),
        more=(
            "{P}于{m3}通过微信要求{D}退款，{D}回复“[过几天就退|钱已经花了，慢慢还你|这钱本来就该我收]”，此后未再回复"
            "。",
            "<{D}在庭审中称其已将部分款项交给{C}，但{C}予以否认，{D}亦未提交证据。|{D}称{P}买房时知道租赁情况，租金归"
            "属应按原合同处理，但未提交证据。|{D}称其为原承租人，有权转租，但未能提供房东同意转租的证明。|{D}称租金中"
            "部分用于偿还房屋贷款，但房屋贷款已于离婚前结清。>",
        ),
        views=(
            "本院认为，得利人没有法律根据取得不当利益的，受损失的人可以请求得利人返还取得的利益。",
            "本院认为，<{D}未经{C}授权以出售房屋为名收取定金，买卖关系并未成立|房屋所有权转移后，租金归属于新的所有权"
            "人|{D}无权出租涉案房屋，其收取的押金及租金没有合法根据|离婚判决生效后，涉案房屋的租金应归{P}所有>，{D}取"
            "得的款项应予返还。",
        ),
        proof=(
            "[收条|转账记录]、<不动产登记信息|不动产权证书、租赁合同|租赁合同|民事判决书>、微信聊天记录及[证人证言|报"
            "警回执]"
        ),
        defence=(
            "<{B}已将定金交给{C}，不应由{B}返还|租赁合同是{B}与{C}签订的，租金应当由{B}收取|{B}是经原房东口头同意转租"
            "的，不构成不当得利|{B}收取租金后用于房屋维修>",
        ),
        amounts={"money": (3000, 100000, 100)},
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Colloquial follow-ups: what people add after the story (per topic), plus label-neutral asides
# ---------------------------------------------------------------------------------------------------------------

DETAILS = {
    "divorce": ("{ta}家里人还到我单位来闹过", "孩子现在跟着我，我一个人上班带娃", "{ta}说离婚可以孩子归{ta}",
    "我们结婚的时候没有任何财产",
                "民政局那边去了一次{ta}又反悔了"),
    "divorce_house": ("房贷每月{monthly}，一直是从我工资卡扣的", "房子现在值{price}左右", "装修也花了十来万是我出的",
                      "{ta}妈天天打电话骂我想分他们家的房"),
    "divorce_debt": ("借条上只有{ta}一个人签字", "我在银行查了征信，我名下没有欠款", "催收的还给我爸妈打电话",
                     "结婚这几年家里开销都是我在出"),
    "divorce_assets": ("车现在{ta}开着", "我查到{ta}的卡一个月转出去好几笔", "{ta}说公司都是{ta}爸的钱开的",
                       "我手上有{ta}转账的截图"),
    "post_divorce_property": ("离婚证和协议我都留着", "{ta}现在又结婚了", "协议是在民政局签的", "前后催了不下十次"),
    "custody_change": ("孩子班主任也跟我反映过", "我现在有稳定工作也有房子", "孩子奶奶年纪大了根本管不了",
                       "每个月抚养费我一分没少给"),
    "child_support": ("孩子现在上学一年光学费就好几千", "{ta}在{co}上班收入不低", "我一个人打两份工",
                      "要钱的聊天记录我都截图了"),
    "visitation": ("孩子生日我去学校门口等了一下午都没见着", "我每个月按时给抚养费", "上次去还被他们家报了警",
                   "孩子才{kage}岁正是需要爸妈的时候"),
    "elder_support": ("老人一个月就几百块养老金", "老人有高血压还要天天吃药", "村里调解过两次没用",
                      "{sib}在城里有楼房有车就是不管"),
    "inheritance_flat": ("我妈走得早", "老人看病住院都是我出的钱", "房本和户口本都在{sib}手里",
                         "{sib}说要卖也得他说了算", "我们已经好几年不来往了"),
    "will_inheritance": ("遗嘱上有老人的签字和手印", "当时还有两个邻居在场", "{sib}说老人那时候已经不认人了",
                         "老人走之前一直是我在照顾"),
    "heir_debt": ("借条上写了一年内还", "转账记录都在", "他家里把房子都过户了", "家属说人都没了还要什么钱"),
    "family_partition": ("当年盖房子我出了{share}", "分家单上有村干部签字", "老人还住在里面", "村里调解过没谈拢"),
    "cohabitation": ("转账记录我都留着", "我们在一起{kage}年了", "{ta}家里人从来不认我", "车一直是{ta}在开"),
    "betrothal_gift": ("彩礼是当着媒人的面给的", "我们家为了这个彩礼还贷了款", "女方家说东西都买了嫁妆",
                       "办酒席也花了好几万"),
    "adoption": ("当时村里人都知道", "孩子户口现在还在我们家", "这些年供他上学花了不少钱"),
    "traffic_accident": ("交警的责任认定书已经出来了", "对方垫付了五千就再不接电话了", "我现在还拄着拐",
                         "我请假在医院陪护，单位还扣了工资", "保险公司的人说要等鉴定以后再说"),
    "traffic_nonmotor": ("当时有路人拍了视频", "对方也没有保险", "医院开了诊断证明", "交警只给了个事故证明"),
    "fight_injury": ("派出所做了笔录", "旁边好几个人都看见了", "医院诊断是骨折", "他家有钱有势根本不当回事",
                     "对方说最多给两千"),
    "premises_liability": ("当时店里有监控", "店员也承认地是刚拖过的", "现在还在家躺着不能动", "病历发票都有"),
    "helper_injured": ("干了不到一个礼拜就出事了", "钱都是他每天现金给的", "也没签什么合同", "住院押金都是我们自己借的",
                       "现在干不了重活了"),
    "volunteer_helper": ("我一分钱没要", "他家当时还管了饭", "现在还打着石膏", "都是亲戚不好撕破脸"),
    "medical": ("病历我们已经复印了", "医院让我们去医调委", "手术前只让签了个字也没说有什么风险",
                "后来在别的医院检查出来的"),
    "cosmetic_dental": ("付钱的时候说包满意", "店里的人说这是正常反应", "转账记录和聊天记录都有", "现在都不敢出门见人"),
    "dog_bite": ("打疫苗的发票都留着", "那狗平时就不拴绳", "物业说他们管不了", "孩子现在见了狗就哭"),
    "falling_object": ("小区监控没拍到", "我报警了警察也来了", "修车的发票都在", "物业一直推说不是他们的事"),
    "electric_shock": ("那根线垂下来好久了", "之前就跟供电所反映过", "村里人都知道那里危险"),
    "school_injury": ("班主任当时不在教室", "对方孩子家长一直不露面", "学校的监控不给调", "孩子现在都不想去上学了"),
    "water_leak": ("物业来看过说是他家的问题", "照片视频我都拍了", "他家房子是租出去的", "都漏了小半年了"),
    "light_passage": ("村委会来调解过", "他家盖房的时候就没手续", "我家老人出门都不方便", "说了好几次还跟我吵"),
    "nuisance_removal": ("物业说他们管不了", "找过社区也没用", "拍了照片留了证据", "我有房产证和车位的合同"),
    "property_confirm": ("钱都是从我卡上转的", "保险也是我每年交的", "他现在要把车卖了",
    "当时没签什么协议，就是口头说的"),
    "return_property": ("聊天记录里他承认借了", "我报过警，警察说是民事纠纷", "东西值{price}左右"),
    "co_ownership": ("房本上是我们两个人的名字", "首付我出得多", "他一直在里面住还出租了一间"),
    "enforcement_objection": ("买房的钱是银行转账付的", "我一直住在里面", "物业费水电费都是我交的",
    "查封通知贴在门上了"),
    "unjust_enrichment": ("银行转账记录都有", "报警了警察说属于民事纠纷", "对方的手机号我有",
    "我就是个打工的，那是我半年的工资"),
    "land_contract": ("承包证上写的是我家", "我户口一直在村里", "村里其他人都分到了", "找过镇上也没解决"),
    "land_transfer": ("合同是在村委会签的", "当时村里给见证的", "好几户都没拿到钱"),
    "land_compensation": ("我在村里有承包地也一直交着医保", "村里其他出嫁的姐妹有的分了有的没分", "村委会说是开会定的",
                          "分配方案我们根本没见过"),
    "forest_fishery": ("树都栽了七八年了", "合同是跟村委会签的有公章", "前前后后投了二十多万"),
    "reputation_online": ("截图和录屏我都保存了", "群里好多人都信了", "我孩子在学校都被人说", "我要求他道歉他不理"),
    "portrait_privacy": ("截图都留了", "对方一直说没恶意", "我跟他说了好几次让删"),
    "trademark": ("商标证书我有", "我们这个牌子做了十几年了", "对方还在美团上开了店", "进货单我都有"),
    "copyright": ("原图我都有，拍摄时间都在", "对方公众号阅读量好几万", "律师函上要求赔两万"),
    "patent_software": ("专利证书我有", "对方在网上卖得比我还便宜", "对方说是他们自己设计的"),
    "online_shopping": ("聊天记录都截图了", "平台客服说让我找商家", "货到现在还在我家放着", "买了才半个月"),
    "prepaid_card": ("合同上盖着他们的章", "群里好几十个人都没退", "店里的东西都搬空了", "卡里还剩一大半没用"),
    "travel_contract": ("合同上写得清清楚楚", "同团的人都很生气", "导游的录音我们有"),
    "training_refund": ("合同和收据都有", "同班好几个家长都没退", "当时销售拍胸脯保证的"),
    "telecom": ("营业厅说是系统自动开的", "打了10086也没解决", "老人根本不会用智能手机"),
    "heating_power": ("屋里温度计拍了好多照片", "整栋楼都不热", "邻居家也一样", "打了热线说派人来一直没来"),
    "passenger_transport": ("车上有监控", "司机当时还骂了我", "公交公司只赔了两千"),
    "heir_debt_bank": ("老人的房子还在他名下没过户", "丧事都是我们借钱办的", "银行说不还就上征信",
                       "我们兄妹几个谁都不知道这笔贷款"),
    "heir_debt_business": ("欠条我一直留着", "当时还有他们村的人在场", "他家人把店里的东西都卖了",
                           "我就是个小本生意垫不起"),
    "heir_debt_estate": ("借条上写的月息一分", "他们说放弃继承可房子还住着", "转账记录都在"),
    "unjust_enrichment_payer": ("银行流水能查到", "对方电话打通了就是不接", "财务已经被处分了"),
    "unjust_enrichment_deal": ("转账记录和聊天记录都在", "他当时写了个收条", "报过警说是民事纠纷"),
    "collective_land_lease": ("合同上有村委会的章", "承包费我一年没少交过", "树都挂果了"),
    "heating_fee": ("屋里温度计我拍了照片", "整栋楼好几家都不交", "热力公司的人来测过温"),
    "property_registration": ("房本原件一直在我手上", "我从来没签过什么委托书", "公安已经立案了"),
    "patent_invention": ("专利证书和年费缴费单都有", "对方的产品我们买了一台回来", "对方的业务员以前是我们厂的"),
    "partition_sale": (
        "房本上我们俩的名字都有",
        "{sib}说要卖也得等找到房子再说",
        "中介估过价说能卖{price}",
        "爸妈走的时候也没留遗嘱",
    ),
    "partition_ex_partner": (
        "房本上是两个人的名字",
        "离婚协议我还留着",
        "还贷记录银行都能打出来",
        "孩子一直跟着我",
    ),
    "neighbour_rebuild": (
        "村委会来看过",
        "裂缝我都拍了照片",
        "他家盖房也没办手续",
        "我家老人晚上都不敢在屋里睡",
    ),
    "flat_leak_damage": (
        "物业来拍过照",
        "漏水的视频我都录了",
        "我家装修才一年多",
        "维修师傅说是楼上防水的问题",
    ),
    "cohabit_flat": (
        "转账记录都在",
        "房贷扣款记录能打出来",
        "我们在一起好几年了",
        "{ta}家里人现在也不认了",
    ),
    "post_divorce_flat": (
        "离婚协议是在民政局签的",
        "银行催款短信我都留着",
        "孩子现在跟我",
        "{ta}现在又成家了",
    ),
    "divorce_home_money": (
        "装修合同和转账记录都有",
        "彩礼是当着媒人给的",
        "我们家为了这个还借了钱",
        "房本上是两个人的名",
    ),
    "estate_flat": (
        "老人走之前一直是我照顾",
        "房本在{sib}手里",
        "遗嘱上有老人签字按手印",
        "我们好几年不来往了",
    ),
    "demolition_heirs": (
        "补偿协议我复印了一份",
        "村里都知道这房子是老人的",
        "{sib}说钱早花完了",
        "老人走的时候没留遗嘱",
    ),
    "homestead_split": (
        "村干部能作证",
        "宅基地证上是老人的名",
        "翻盖房子的票据我还留着",
        "村里调解过两次",
    ),
    "nominee_house": (
        "首付都是从我卡上转的",
        "房子一直是我住着",
        "物业费暖气费都是我交的",
        "他当时写过一张说明",
    ),
    "relative_refuse_leave": (
        "房本是我的名字",
        "报过警说让我起诉",
        "水电暖气费都是我在交",
        "跟他说了好几次让搬",
    ),
    "execution_objection_flat": (
        "购房款都是银行转账",
        "我一直住在里面",
        "物业费取暖费都是我交的",
        "执行异议已经被驳回了",
    ),
    "utility_water_heat": (
        "缴费单我都留着",
        "物业也说不是我的责任",
        "买房合同上写了之前的费用卖家承担",
        "楼里别的住户也有这个情况",
    ),
    "home_build_injury": (
        "工钱都是现金给的",
        "也没签什么合同",
        "住院押金是借的",
        "现在干不了重活了",
        "医院诊断书都有",
    ),
    "deposit_wrong_payee": (
        "收条还在我手里",
        "转账记录都有",
        "报过警说是民事纠纷",
        "他电话打了不接",
    ),
}

OPENERS = ("", "", "", "你好，", "您好，", "请问一下，", "法官您好，", "麻烦问一下，", "咨询一下，", "打扰一下，",
       "求助！",
           "律师你好，")
RAMBLE_OPENERS = ("事情是这样的，", "说来话长，", "我想咨询个事，", "情况是这样的：", "我把情况说一下，",
       "不好意思打扰了，")
RAMBLE_ENDS = ("", "", "谢谢！", "麻烦给个建议，谢谢", "在线等，急", "万分感谢")
ASIDES = (
    "我们是农村的不太懂法", "找过社区调解没用", "对方态度特别差，说随便我去告", "律师太贵请不起", "已经拖了大半年了",
    "派出所说这是民事纠纷让我去法院", "家里人劝我算了但我咽不下这口气", "能调解最好，实在不行就起诉",
    "打过12345也没结果",
    "我不想闹得太难看", "证据我都留着", "我现在人在外地",
)

# Long first-person accounts, used now and then instead of a short story.
LONG_STORIES = {
    "heir_debt": (
        "我跟{b}是[十几年的老朋友|一个村长大的]，{y1}年他说[跑运输要换车|开饭馆缺钱]，找我借了{debt}，打了借条，说好一年"
        "还，利息按银行的算。头一年还给过我[两千|五千]块利息，后来就说生意不好再等等。{t}他[突发脑溢血|出车祸]走了，我去"
        "他家里吊唁的时候没好意思提。过了半年我去找他媳妇和儿子，他们说根本不知道借钱的事，还说人都没了还要什么钱。可他"
        "名下那套房子和车都让他儿子过户了。",
    ),
    "heir_debt_bank": (
        "我爸{t}[查出来肺癌|突发心梗]，没撑几个月就走了。办完丧事没多久，{bank}给我打电话，说我爸[{y2}年|前几年]在他们"
        "那贷了{debt}，[说是给我弟买车用的|用来装修老房子]，还剩{left}没还，要我们几个子女还。我们兄妹三个谁都不知道这事"
        "，我爸就留下一套[六十多平|七十平]的老房子，还没过户。现在法院传票也来了，被告写的是我们三个，我弟说他要放弃继承"
        "，我也不知道该怎么办。",
    ),
    "heir_debt_business": (
        "我在{pl}开了个[建材店|五金店]，{b}是我[七八年|好几年]的老客户，一直在我这赊货，年底对账一起结。{y2}年对完账他"
        "还欠我{left}，当场给我写了欠条，说过完年就给。结果[年后|没几个月]他出了车祸人没了。我去找他老婆，她说家里的钱"
        "都给他治病花光了，可我知道他在{est}有套房子，现在他儿子住着。我一个小本生意，这钱对我来说不是小数目。",
    ),
    "unjust_enrichment": (
        "{t}我给[老家盖房的工头|供货的老板]转钱，在手机银行上把[账号输错了一位|收款人选错了]，{money}直接转到一个陌生人"
        "卡上了。我马上给银行打电话，银行说钱已经到账了，他们没法撤回，只能帮我联系对方。对方接了一次电话，说会退，后来"
        "就再也不接了，短信也不回。我去派出所报案，警察说这是民事纠纷让我去法院起诉。我只知道对方的名字和卡号，这种情况"
        "能起诉吗？",
    ),
    "unjust_enrichment_deal": (
        "{t}我在网上看中一辆二手[皮卡|货车]，卖家说好多人要，让我先转{money}订车。我转了钱，约好周末去看车过户。到了他"
        "又说车被他弟弟开走了，拖了半个月，最后说车已经卖给别人了，钱不退，说是定金我违约了。我们就是微信上聊的，根本没"
        "签合同，也没说是定金，是他自己没车卖。我找他几次，他就把我拉黑了。",
    ),
    "collective_land_lease": (
        "我是{vil}的，{y1}年村里把河滩上{mu}亩没人要的沙地包给我，签了二十年合同，一年交{rent}承包费。那地原来全是石头，"
        "我雇人拉土平地、打井、栽了[枸杞|苹果树]，前后投了二十多万，这两年刚开始有收成。去年村委会换届，新班子说原来的合"
        "同承包费太低，没开村民大会，不算数，要把地收回去重新包，还说树可以给我点补偿，一棵给几十块钱。承包费我一年没拖"
        "过，凭什么说收就收？",
    ),
    "heating_fee": (
        "我家住在{est}[顶楼|一楼]，从[{y2}年|前年]冬天开始暖气就不怎么热，屋里最冷的时候才十二三度，老人在家穿着棉袄还冻"
        "得腿疼。我给热力公司打了不下二十次电话，来人看了一次说是管道的问题要整栋楼改，就再没下文了。后来我就没交暖气"
        "费，想着什么时候热了再交。结果{t}收到法院的传票，热力公司起诉我欠了三年的采暖费{fee}，还要交违约金。",
    ),
    "property_registration": (
        "我父亲{y1}年去世，留下{est}一套房子，我们兄妹[三个|四个]一直没分。{t}我去办继承手续，才发现房子早就登记到我[大"
        "哥|弟弟]一个人名下了。一查档案，他拿了一张自己写的声明，说家里就他一个继承人，不动产登记中心就给他办了。我们几个"
        "谁都没签过字，也没人通知过我们。我去登记中心问，他们说手续是齐全的，让我去法院。我是该告他还是告登记中心"
        "？",
    ),
    "patent_invention": (
        "我们是{dist}一家小厂，做[马铃薯收获机械|枸杞筛选设备]十几年了，{y1}年自己研发的一个[分离装置|分级机]申请了发明"
        "专利，花了三年才批下来。{t}在展会上看到另一家厂的机器，结构跟我们的几乎一模一样，价钱便宜三分之一。后来才知道那"
        "家厂的技术员以前在我们厂干过。我们公证买了一台回来，拆开对比过，核心部分完全一样。现在好几个老客户都跑到他们那"
        "去了。",
    ),
    "enforcement_objection": (
        "{y1}年我从{b}手里买了[{est}|{dist}]一套二手房，[全款{price}|首付加分期]都是银行转账给他的，当时因为他的房产证还"
        "没下来，就签了合同先住进去了，说好证下来就过户。我一家在里面住了好几年，物业费水电费都是我交的。{t}门上突然贴了"
        "法院的封条，说{b}欠了别人钱，房子被查封了要拍卖。我提了执行异议，被驳回了，让我十五天内起诉。",
    ),
    "divorce": (
        "我跟{sp}结婚[九年|七年]了，刚开始还行，自从{ta}[{y2}年|前几年]去外地跑车以后就变了，[一年回来一两次|过年都不"
        "一定回来]，"
        "钱也不往家里拿，孩子上学、老人看病全是我一个人扛。去年我发现{ta}在外面跟别人[住在一起|好上了]，质问{ta}，{ta"
        "}说我无理取闹，"
        "还当着孩子的面[把我推倒|砸了电视]。我[回娘家住了快一年|带着孩子搬出来租房子住]了，{ta}也不来接也不给生活费。"
        "现在我就想离婚，"
        "孩子必须跟我，[家里那点存款|那辆车]也该有我一份。",
    ),
    "traffic_accident": (
        "[我爸|我妈]今年[六十三|五十八]了，{t}早上骑电动车去买菜，在{pl}路口被一辆[白色轿车|拉货的皮卡]撞了，当场就起"
        "不来了，"
        "送到{hosp}检查是[股骨骨折|骨盆骨折加三根肋骨断了]，做了手术，前后住了[四十多天|一个多月]院，花了{med}。交警"
        "认定对方全责，"
        "司机一开始还挺客气，垫了[五千|一万]块钱，后来就说剩下的等保险公司赔，电话也不怎么接了。保险公司那边说要先做"
        "伤残鉴定，"
        "还说有些进口药不在报销范围。老人现在还下不了床，我请了假在家伺候，单位扣了我工资。",
    ),
    "inheritance_flat": (
        "我们家兄妹[三个|四个]，我妈[前年|{y2}年]走了，我爸{t}也走了，留下{est}一套[八十多平|九十平]的房子，没写遗嘱"
        "。老人最后那两年"
        "是我跟我老公轮流照顾的，{sib}[在外地|就在兰州]，一年回来不了几次。老人一走，{sib}就把房本拿走了，还把锁换了"
        "，说他是儿子房子"
        "就该归他，[我姐|我妹]也不吭声。我不是非要争这个房子，就是觉得不公平，想问问这种情况法律上到底怎么分，照顾老"
        "人多的能不能多分。",
    ),
    "helper_injured": (
        "我老公是[瓦工|木工]，{t}被[村里一户人家|{dist}一个老板]叫去给他家[盖二层小楼|翻修房顶]，说好一天{daily}，干"
        "完结账。"
        "干到第六天，[脚手架一晃|踩的木板断了]，人从[三米多高|二楼]摔下来，[腰椎压缩性骨折|两根腿都骨折了]，在{hosp}"
        "住了一个多月，"
        "花了{med}，房主就拿了[三千|五千]块钱，说剩下的让我们找介绍活的那个人。我们去劳动仲裁，人家说个人雇人干活不算"
        "劳动关系，"
        "不受理。现在我老公躺在家里干不了活，两个孩子上学，家里一下子没了收入。",
    ),
    "water_leak": (
        "我家住{est}[五楼|三楼]，楼上那家[{t}装修|把房子租给了几个年轻人]，从那以后我家卫生间顶上就一直往下滴水，后来"
        "客厅吊顶"
        "也鼓起来了，[墙上全是霉点|木地板也泡起来了]。我上去找了不下十次，[开始说马上修|房东说让租户管]，后来干脆不开"
        "门。物业来看过，"
        "说是他家防水层坏了，但物业说他们只能协调不能强制。我家老人有哮喘，这屋里一股霉味根本住不了人。",
    ),
    "land_compensation": (
        "我是{vil}的，{y1}年嫁到了{town}，但户口一直没迁，婆家那边也没给我分地。{t}我们村的地被征了修路，村里按人头分"
        "补偿款，"
        "一个人{share}，别人家都拿到了，就我跟我女儿没有。村干部说我是出嫁女，开了村民大会投票不给分。我娘家那块承包"
        "地一直是我爸妈在种，"
        "我每年也交着医保和养老保险，凭啥就不算村里的人了？",
    ),
    "prepaid_card": (
        "{t}我在{pl}那边一家健身房办了[两年卡|三年卡]，当时销售说开业优惠，交了{card}，还买了私教课。结果去了没几次，"
        "门口就贴了个"
        "通知说装修暂停营业，一直到现在都没开，老板电话关机，销售也把我们拉黑了。我们几十个会员建了个群，有人去[派出"
        "所|市场监管局]"
        "反映过，说这是合同纠纷让我们去法院。我想问问一个人告还是大家一起告，老板人跑了还能不能要回来。",
    ),
    "dog_bite": (
        "我女儿[六岁|七岁]，{t}晚上在小区里玩，楼上{b}家的大金毛没拴绳冲过来，把孩子扑倒在地上咬了[胳膊|小腿]，血流了"
        "一地。"
        "我们当晚就去打了狂犬疫苗，还打了免疫球蛋白，花了{med}。狗主人当时说会负责，后来就说他家狗从来不咬人，是孩子"
        "先惹的狗，"
        "医药费只愿意出一半。孩子现在晚上经常做噩梦，一听见狗叫就哭。",
    ),
    "elder_support": (
        "我[父亲|母亲]今年{old}岁，住在{town}老家，[我妈|老伴]走了以后一个人住。我们兄妹四个，老人的地和老房子当年都"
        "给了[大哥|老二]，"
        "说好了由他养老。结果这几年他[在城里做生意|跟媳妇搬到兰州]，老人一个人在村里，[摔了一跤在地上躺了半天才被邻居"
        "发现|有病也没人"
        "带着去看]。我们几个姐妹轮流回去照顾，钱也是我们出，[大哥|他]一分不出，还说老人偏心。",
    ),
    "reputation_online": (
        "我在小区开了个[小超市|干洗店]，{t}跟楼上一个业主因为[停车|快递]的事吵了几句，结果他在[三四个业主群|业主群和"
        "朋友圈]里发消息，"
        "说我[卖过期东西|缺斤少两|偷他家快递]，还把我的照片和电话发上去了。好多老顾客都不来了，还有人打电话骂我。我让"
        "他删掉道歉，"
        "他说有本事去告。我手里截图都存着，想问问这种能不能告他名誉侵权，能赔多少。",
    ),
    "online_shopping": (
        "{t}在[直播间|网上一家店]买了个[笔记本电脑|空调]，花了{price}，主播说是全新正品有发票。收到以后用了不到一周就"
        "[开不了机|"
        "不制冷]，拿到官方售后一查，说是[翻新机|返修机]，序列号早就激活过了。我找店家退货，客服先是说让我寄回去检测，"
        "寄回去以后就"
        "说是人为损坏不给退，东西也不给我寄回来。平台介入了两次都判商家有理。",
    ),
    # Round 3: houses and money in disputes that stay ``other``.
    "partition_sale": (
        "我爸妈{y2}年前后脚走的，留下{est}一套[七十多平|八十平]的房子，也没留遗嘱。我们兄妹俩去公证处办了继承，房本上"
        "写的是我跟{sib}两个人的名字，一人一半。{sib}那时候正好离婚没地方住，就先搬进去了，说好住一两年。结果一住就是"
        "[四年|五年]，房租一分没给过。我现在孩子要结婚想用钱，商量着把房子卖了平分，{sib}说要卖也行，得先给[十万|八万"
        "]搬家费，不然就一直住着。",
    ),
    "home_build_injury": (
        "我老公是干瓦工的，{t}村里一户人家翻修房顶，找了包工头{b}，{b}又叫了我老公去干，说好一天{daily}，干完一起结。"
        "干到第四天，房顶上的[石棉瓦|旧瓦]突然碎了，人从三米多高掉下来，[脚后跟摔碎了|腰椎压缩性骨折]，在{hosp}住了一"
        "个多月，花了{med}。房主说活是包给{b}的，让找{b}；{b}说他就是个介绍人，钱都是房主给的。我们去劳动仲裁，人家说"
        "私人盖房不是用人单位，不受理。现在两边互相推，谁也不管。",
    ),
    "relative_refuse_leave": (
        "我[侄子|外甥]{y2}年从老家来兰州打工，我看他一个人租房子贵，就让他住到我在{est}那套空房子里，说好先住着，找到"
        "合适的再搬。当时也没说房租的事，想着都是亲戚。结果一住就是三年，中间还把女朋友接来一起住，水电暖气费都是我交"
        "的。{t}我儿子要结婚，要用这套房子当婚房，提前两个月跟他说了，他满口答应，到时间了又说没找到房子。后来我去一"
        "看，他把门锁都换了，还说我们家当年欠他爸的人情。",
    ),
    "post_divorce_flat": (
        "我跟{ex}{y1}年在民政局协议离婚，房子归我和孩子，协议写得清清楚楚，剩下的房贷两个人一人一半，{ta}每个月十号前"
        "把{monthly}打给我。头几个月还按时给，后来就开始拖，{t}干脆不给了，微信也不回。这一年多都是我一个人在还，一个"
        "月工资一大半都交了房贷。我去找{ta}，{ta}说房子都给我了，贷款就该我还，还说协议是我逼{ta}签的。银行那边只认我"
        "，晚一天就打电话。",
    ),
    "execution_objection_flat": (
        "我{y1}年在{dist}买了开发商的一套期房，总价{price}，首付加贷款都按时交了，{y2}年交的房，装修完一家人就住进去"
        "了。开发商一直说大证没下来，办不了房产证。{t}小区门口突然贴了法院公告，说开发商欠施工单位工程款，整栋楼都被"
        "查封了，要拍卖。我提了执行异议，法院驳回了，让我十五天内起诉。我们全家就这一套房子，钱也是一分不少交给开发商"
        "的，怎么就成了开发商的财产了？",
    ),
    "utility_water_heat": (
        "我{y2}年买了{est}一套二手房，过户的时候中介说水电暖物业都结清了。结果到了冬天，热力公司说这套房子欠了[三年|"
        "两年]的暖气费{fee}，不交清就不给开阀。我拿出买房合同给他们看，上面写着交房前的费用都是卖家承担，他们说合同是"
        "我跟卖家签的，他们只认房子。原房主早就去外地了，电话也打不通。家里老人孩子冻得不行，热力公司还说要去法院起诉"
        "我。",
    ),
}
