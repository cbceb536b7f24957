"""Commercial disputes between businesses (label ``sme``).

Each scenario is a :class:`Topic`: pools of hand-written colloquial stories,
short questions, formal fact paragraphs, claims, defences and extra findings.
Templates use ``{slot}`` fields (filled from a per-example context) and
``[a|b|c]`` groups (one alternative is picked at random, ``[a|]`` makes ``a``
optional).  The formal texts are assembled in several court styles: complaint
(诉讼请求/事实与理由), 原告诉称, 经审理查明, a clerk's intake note and 被告辩称.

Hard cases kept on purpose: unpaid goods with an IOU (货款欠条), shop and
factory leases, subcontractors suing for 工程款, a vehicle stolen from a paid
parking lot (保管), and so on: all of them are ``sme``.

Round 3 appends ``HARD_TOPICS`` after the rows of rounds 1-2 (which stay as they
were): commercial disputes told with the words of homes, loans and road accidents
(写字楼 and 摊位 leases, land leases, 定金, void contracts, car parks run by 物业,
cargo lost in a crash, fixtures for developers and hotels, residential building
contracts between developer and contractor, fleet repairs after accidents).
A fact tuple may carry its own defences as ``"答：..."`` entries.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypedDict

from training.corpusgen.common import (
    BANKS,
    COLLOQUIAL,
    COMPANY_CORES,
    DISTRICTS,
    ESTATES,
    FORMAL,
    SURNAMES,
    Example,
    amount,
    company,
    home,
    money,
    person,
    place,
    spoken_time,
    strip_final_periods,
)

LABEL = "sme"
TARGET_ROUND2 = 1450  # rows of rounds 1-2, kept byte-identical
TARGET = 1700  # round 3 appends hard cases (HARD_TOPICS) up to this size
HARD_FORMAL_SHARE = 0.68

_CHOICE = re.compile(r"\[([^\[\]]*)\]")
AMOUNT_SLOTS = re.compile(r"\{(?:rest|x|total|paid|fee|comm)\}")


class Swapped(TypedDict, total=False):
    """Field overrides of a ``Topic`` for facts told by the other side of the usual deal."""

    owed: bool
    defence: tuple[str, ...]
    views: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """One dispute scenario with its hand-written phrase pools."""

    slug: str
    cause: str  # 案由 as a court would write it
    parties: tuple[str, str]  # kinds of plaintiff / defendant: "co", "shop", "person", joined by "|"
    span: tuple[int, int, int]  # total amount: low, high, step
    coll: tuple[str, ...]
    short: tuple[str, ...]
    facts: tuple[str | tuple[str, ...], ...]
    claims: tuple[str, ...]
    defence: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)
    trades: tuple[str, str] = ("", "")
    span2: tuple[int, int, int] = (3000, 80_000, 100)
    owed: bool = True  # a plain money debt: generic "chasing the debtor" clauses fit
    long_coll: tuple[str, ...] = ()  # longer first-person stories (150-350 chars)
    clauses: tuple[str, ...] = ()  # contract clauses a finding may quote
    views: tuple[str, ...] = ()  # topic-specific 本院认为 reasoning
    evidence: tuple[str, ...] = ()  # kinds of evidence typical of the topic
    weight: int = 1  # how many turns the topic gets per generation cycle
    swapped: Swapped = field(default_factory=Swapped)  # overrides for "<>" facts told by the other side


# --------------------------------------------------------------------------
# Generic pools shared by all topics (and deliberately ordinary: other labels
# use the same openings and closings, so they carry no label signal).
# --------------------------------------------------------------------------

COLL_OPEN = (
    "", "", "", "", "你好，", "您好，", "请问一下，", "法官你好，", "咨询个事，", "求助！", "想问问，",
    "麻烦问下，", "急，", "我想咨询一下，", "您好我想问个问题，", "老师好，",
)
COLL_LEAD = (
    "说来话长，", "我自己也说不太清楚，", "事情是这样的，", "我是外地来兰州做生意的，",
    "我在兰州干了十来年了头一回碰到这种事，",
    "帮亲戚问的，", "替我老公问一下，", "我们是小本生意，",
)
COLL_CHASE = (
    "找了好几次都说再等等", "现在电话也不接了", "微信把我拉黑了", "每次去要都说下个月", "人跑到外地去了",
    "发了催款函也没回音", "他说有本事你去告", "跑了不下十趟了", "一拖再拖", "说公司账上没钱",
    "去他们公司找，前台说老板出差了", "他那边换了个负责人，说之前的事他不管",
)
COLL_END = (
    "怎么办", "该怎么办啊", "咋办", "咋整啊", "能不能起诉", "可以起诉吗", "我该找谁", "这种情况能告吗",
    "走法律程序需要准备啥材料", "钱还能要回来吗", "请问该怎么处理", "能不能帮忙调解一下", "打官司大概要多久",
    "要去哪个法院立案", "需要请律师吗", "诉讼费大概多少", "我这种情况有没有胜算", "有没有什么办法",
    "请问法院能管吗", "想走调解，可以吗",
)
FORMAL_CHASE = (
    "经{P}多次催要，{D}至今未付。", "{P}多次催讨未果。", "后经{P}多次催收，{D}均以各种理由推脱。",
    "{P}曾于{d3}向{D}发送催款函，{D}签收后仍未付款。", "经催要，{D}拒不履行。", "{P}多方催要无果。",
)
FORMAL_CLOSE = (
    "为维护{P}合法权益，特诉至法院。", "故诉至法院，请求依法判决。", "{P}为维护自身合法权益，诉至本院，望判如所请。",
    "现诉至法院，请求支持{P}的诉讼请求。", "为此，{P}依法提起诉讼。", "故诉至法院。", "",
)
GENERIC_CLAIMS = (
    "判令{D}支付资金占用利息（以欠款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率，自{d3}起计算至实"
    "际付清之日止）",
    "判令{D}承担{P}为实现债权支出的律师费{fee}",
    "判令{D}支付违约金{fee}",
)
COLL_DETAIL = (
    "我手上有聊天记录和转账记录", "对方是{district}的", "我也不想闹到法院，毕竟认识这么多年了",
    "找过律师，律师说能告但是费用不低", "家里人都埋怨我当初太轻信别人", "这事拖了这么久我晚上都睡不着",
)
COLL_DETAIL_DEAL = (
    "当时就是口头说的，没签正式合同", "合同是签了的，就是条款写得比较简单", "中间是一个老乡介绍认识的",
    "一开始合作得挺好，前两年都没出过问题", "去派出所问过，说是经济纠纷让我们找法院",
    "我自己文化不高，合同内容当时也没细看",
    "我们这边全是按他们的要求来的",
)
COLL_DETAIL_OWED = (
    "有对账单，对方盖了章的", "他们公司还在正常经营，就是不给钱", "听说他在外面欠了好多人的钱",
    "我这边也欠着上家的钱，周转不开了",
    "一开始还给点，后来干脆一分不给", "过年前去要，给了几千块打发我", "对方老板天天开着好车，就是说没钱",
)
OWED_CUES = ("欠", "不给", "不付", "拖", "没给", "不退", "没结", "赖")
COLL_WORRY = (
    "我现在最担心的是对方把钱转走了", "听说起诉要先交诉讼费，我的钱都压在外面了",
    "朋友说可以先申请诉前调解，不知道是不是真的",
    "法院能不能先把他的账户冻结", "就算打赢了他还是不给又该咋办", "我手里的证据也就这些，不知道够不够",
    "对方公司在外地注册的，我是不是得去外地告", "拖得越久我越亏",
)
LEGAL_VIEW = (
    "{P}认为，双方之间的合同系真实意思表示，合法有效，{D}未按约履行义务，已构成违约，依法应当承担违约责任。",
    "{D}的行为违背诚实信用原则，严重损害了{P}的合法权益。",
    "依照《中华人民共和国民法典》的相关规定，{D}应当承担相应的民事责任。",
    "{P}认为，{D}的上述行为已构成违约。", "双方之间的合同关系合法有效，应受法律保护，{D}理应依约履行。",
)
COURT_VIEW = (
    "本院认为，依法成立的合同，对当事人具有法律约束力，当事人应当按照约定履行自己的义务。",
    "本院认为，当事人应当遵循诚信原则，按照约定全面履行自己的义务。本案中，双方对合同的订立均无异议，"
    "争议焦点在于{D}是否应当承担责任及责任范围。",
    "本院认为，当事人对自己提出的主张，有责任提供证据。",
)
PERSON_TITLES = ("执行董事", "总经理", "经理", "董事长", "执行董事兼总经理")
GENERIC_DEFENCE = (
    "{P}主张的金额与事实不符，双方尚未进行最终结算",
    "{D}已经履行了大部分义务，剩余款项双方正在协商，{P}起诉不具有必要性",
    "{P}自身存在违约行为，{D}行使的是抗辩权", "{P}的诉讼请求已超过诉讼时效，请求予以驳回",
    "对{P}陈述的基本事实无异议，但{D}目前经营困难，请求分期支付",
)
INTAKE_NOTE = ("对方未到场。", "双方同意先行调解。", "已告知当事人诉讼风险及所需材料。", "拟转诉前调解。", "",
"已登记，待联系对方。")
INTAKE_NOTE_OWED = ("经电话联系{Dn}，对方认可欠款事实，称暂无能力一次性支付。", "{Dn}表示对金额有异议，需要核对账目。")
COURT_HEADER = (
    "原告{Pn}与被告{Dn}{cause}一案，本院于{d4}立案后，依法适用简易程序，公开开庭进行了审理。",
    "原告{Pn}诉被告{Dn}{cause}一案，本院受理后依法适用普通程序公开开庭审理。",
    "",
)
FINDING_OPEN = ("经审理查明：", "本院经审理认定事实如下：", "经审理查明，", "本院认定事实如下：")
FINDING_EXTRA_GENERIC = (
    "上述事实，有合同、转账凭证、微信聊天记录及当事人陈述在案佐证。", "诉讼中，双方未能达成调解协议。",
    "庭审中，双方均认可上述金额。", "{D}经本院合法传唤，无正当理由未到庭参加诉讼。",
)
CLAIM_NUMBERS = (("1.", "2.", "3.", "4."), ("一、", "二、", "三、", "四、"), ("（1）", "（2）", "（3）", "（4）"))
COURT_FEE = ("本案诉讼费由{D}承担", "本案诉讼费用由{D}负担", "本案诉讼费、保全费由{D}承担")
SPOKEN_NUMS = ("两", "三", "四", "五", "六", "七", "八")
REPS = ("法定代表人", "负责人", "委托代理人", "财务人员", "经营者")


def expand(rng: random.Random, template: str) -> str:
    """Resolve every ``[a|b|c]`` group in ``template`` to one of its options."""
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def fill(rng: random.Random, template: str, ctx: dict[str, str]) -> str:
    return expand(rng, template).format_map(ctx)


def ordered_dates(rng: random.Random, n: int) -> list[str]:
    """``n`` increasing dates between 2014 and 2026, formatted 2019年3月5日."""
    day = datetime.date(rng.randint(2014, 2023), rng.randint(1, 12), rng.randint(1, 28))
    out = []
    for _ in range(n):
        day = min(day, datetime.date(2026, 12, 28))
        out.append(f"{day.year}年{day.month}月{day.day}日")
        day += datetime.timedelta(days=rng.randint(25, 420))
    return out


SHOP_SUFFIXES = ("商贸部", "经营部", "门市部", "商行", "批发部", "经销部")
EATERIES = ("牛肉面馆", "火锅店", "烧烤店", "快餐店", "酒楼", "手抓羊肉馆", "川菜馆")


def party(rng: random.Random, kinds: str, trade: str) -> str:
    """A formal party name of one of the ``kinds`` (co / shop / person)."""
    kind = rng.choice(kinds.split("|"))
    if kind == "co":
        return company(rng, trade or None)
    if kind == "eatery":
        return f"{rng.choice(DISTRICTS)}{rng.choice(COMPANY_CORES)}{rng.choice(EATERIES)}"
    if kind == "shop":
        # A neutral trading name fits any trade; a random shop type (干洗店 selling carrots) would not.
        name = f"{rng.choice(DISTRICTS)}{rng.choice(COMPANY_CORES)}{rng.choice(SHOP_SUFFIXES)}"
        return rng.choice((name, "兰州市" + name, f"{person(rng, anonymised=True)}（{name}经营者）"))
    return person(rng, anonymised=rng.random() < 0.7)


def context(rng: random.Random, topic: Topic) -> dict[str, str]:
    """All slot values for one example, amounts consistent with each other."""
    low, high, step = topic.span
    total = amount(rng, low, high, step)
    paid = min(total - step, max(step, round(total * rng.uniform(0.15, 0.75) / step) * step))
    rest = total - paid
    x = amount(rng, *topic.span2)
    d1, dp1, d2, dp2, d3, d4 = ordered_dates(rng, 6)
    pay1 = min(paid - step, max(step, round(paid * rng.uniform(0.3, 0.7) / step) * step))
    rate = rng.choice((1, 1.5, 2, 2.5, 3))
    comm = max(100, round(total * rate / 100 / 100) * 100)
    ctx = {
        "Pn": party(rng, topic.parties[0], topic.trades[0]),
        "Dn": party(rng, topic.parties[1], topic.trades[1]),
        "Tn": company(rng),
        "d1": d1, "d2": d2, "d3": d3, "d4": d4, "dp1": dp1, "dp2": dp2,
        "pay1": money(rng, pay1, FORMAL), "pay2": money(rng, paid - pay1, FORMAL),
        "rate": f"{rate:g}", "comm": money(rng, comm, FORMAL), "comm_c": money(rng, comm, COLLOQUIAL),
        "Xn": person(rng, anonymised=rng.random() < 0.8), "home": home(rng), "split": "yes" if pay1 > 0 else "",
        "total": money(rng, total, FORMAL), "paid": money(rng, paid, FORMAL), "rest": money(rng, rest, FORMAL),
        "x": money(rng, x, FORMAL), "fee": money(rng, amount(rng, 2000, 30_000, 500), FORMAL),
        "total_c": money(rng, total, COLLOQUIAL), "paid_c": money(rng, paid, COLLOQUIAL),
        "rest_c": money(rng, rest, COLLOQUIAL), "x_c": money(rng, x, COLLOQUIAL),
        "t": spoken_time(rng), "t2": spoken_time(rng), "place": place(rng), "district": rng.choice(DISTRICTS),
        "sn": rng.choice(SURNAMES), "sn2": rng.choice(SURNAMES), "co": company(rng),
        "days": rng.choice(("二十", "三十", "四十五", "六十", "九十")),
        "n": str(rng.randint(2, 8)), "nc": rng.choice(SPOKEN_NUMS),
        "pct": str(rng.choice((10, 20, 25, 30, 35, 40, 49, 51, 60))),
    }
    for key, options in topic.slots.items():
        ctx[key] = rng.choice(options)
    # Slots may refer to other slots (e.g. a contract title naming the goods).
    for key in topic.slots:
        ctx[key] = ctx[key].format_map(ctx)
    return ctx


# --------------------------------------------------------------------------
# Colloquial texts
# --------------------------------------------------------------------------

def roughen(rng: random.Random, text: str) -> str:
    """Phone-typing habits: missing final punctuation, spaces for commas, doubled marks."""
    r = rng.random()
    if r < 0.12:
        text = text.replace("，", " ").replace("。", " ")
    elif r < 0.2:
        text = text.replace("？", "??")
    elif r < 0.26:
        text = text.replace("。", "，")
    if rng.random() < 0.3:
        text = text.rstrip("。？！?!，, ")
    return text.strip()


def colloquial(rng: random.Random, topic: Topic) -> str:
    ctx = context(rng, topic)
    if rng.random() < 0.14:
        return roughen(rng, fill(rng, rng.choice(topic.short), ctx))
    if topic.long_coll and rng.random() < 0.2:
        story = fill(rng, rng.choice(topic.long_coll), ctx)
        return roughen(rng, rng.choice(COLL_OPEN) + story)
    body = fill(rng, rng.choice(topic.coll), ctx).rstrip("。，")
    lead = rng.choice(COLL_LEAD) if rng.random() < 0.15 else ""
    details = COLL_DETAIL + (COLL_DETAIL_DEAL if "合同" in topic.cause else ())
    owed = topic.owed and any(w in body for w in OWED_CUES)
    details += COLL_DETAIL_OWED if owed else ()
    rambling = rng.random() < 0.1
    if rambling:
        lead = rng.choice(COLL_LEAD)
    for detail in rng.sample(details, rng.choice((3, 4)) if rambling else rng.choice((0, 0, 0, 1, 1, 2))):
        body += "，" + detail.format_map(ctx)
    if rambling:
        body += "。" + "，".join(rng.sample(COLL_WORRY, 2))
    if owed and rng.random() < 0.35:
        body += "，" + rng.choice(COLL_CHASE)
    if body.endswith(("？", "?", "吗", "呢")):
        text = f"{rng.choice(COLL_OPEN)}{lead}{body}？".replace("？？", "？")
    else:
        ending = rng.choice(COLL_END)
        if rng.random() < 0.25:
            ending += "，" + rng.choice(COLL_END)
        tail = ("？", "", "？？") if ending.endswith(("吗", "呢")) else ("？", "？", "。", "", "啊", "呀")
        opening, mark = rng.choice(COLL_OPEN), rng.choice(tail)
        if mark in ("啊", "呀") and ending.endswith(("啊", "呀")):
            mark = ""  # no "咋整啊啊"
        text = f"{opening}{lead}{body}，{ending}{mark}"
    return roughen(rng, text)


# --------------------------------------------------------------------------
# Formal texts
# --------------------------------------------------------------------------

def party_block(rng: random.Random, ctx: dict[str, str]) -> str:
    """The party header of a judgment: 原告：……。被告：……。"""
    parts = []
    for role, name in (("原告", ctx["Pn"]), ("被告", ctx["Dn"])):
        if name.endswith("公司"):
            rep = person(rng, anonymised=True)
            parts.append(f"{role}：{name}，住所地兰州市{place(rng)}，法定代表人：{rep}，{rng.choice(PERSON_TITLES)}。")
        elif name.endswith("）") or "区" in name or "县" in name:
            parts.append(f"{role}：{name}，经营场所兰州市{place(rng)}。")
        else:
            sex, born = rng.choice("男男女"), rng.randint(1958, 1995)
            parts.append(f"{role}：{name}，{sex}，{born}年出生，汉族，住兰州市{place(rng)}。")
    return "".join(parts)


def claim_list(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> list[str]:
    k = rng.choice((1, 2, 2, 3)) if len(topic.claims) > 1 else 1
    chosen = sorted(rng.sample(range(len(topic.claims)), min(k, len(topic.claims))))
    templates: list[str] = []
    for c in (topic.claims[i] for i in chosen):
        # Two claims for the same sum read like a copy error, unless the second one only refers to it.
        slots = AMOUNT_SLOTS.findall(c)
        if any(slot in t for t in templates for slot in slots) and not any(w in c for w in ("基数", "范围内")):
            continue
        templates.append(c)
    claims = [fill(rng, c, ctx) for c in templates]
    if topic.owed and rng.random() < 0.3:
        generic = rng.choice(GENERIC_CLAIMS)
        if not any(word in generic and any(word in c for c in claims) for word in ("违约金", "利息")):
            claims.append(fill(rng, generic, ctx))
    if rng.random() < 0.8:
        claims.append(fill(rng, rng.choice(COURT_FEE), ctx))
    return claims


def numbered(rng: random.Random, claims: list[str]) -> str:
    if len(claims) == 1:
        return claims[0]
    marks = rng.choice(CLAIM_NUMBERS)
    return "；".join(m + c for m, c in zip(marks, claims, strict=False))


def one_fact(rng: random.Random, topic: Topic) -> str:
    """One of the topic's facts, for a formal style: ``formal`` has already reduced a tuple entry to its fact."""
    fact = rng.choice(topic.facts)
    assert isinstance(fact, str), "formal() passes the styles a topic whose facts are plain strings"
    return fact


def facts_text(rng: random.Random, topic: Topic, ctx: dict[str, str], extra: float = 0.0) -> str:
    text = fill(rng, one_fact(rng, topic), ctx)
    if topic.extra and rng.random() < extra:
        text += rng.choice(("此外，", "另，", "")) + fill(rng, rng.choice(topic.extra), ctx)
    if topic.owed and rng.random() < 0.35 and "催" not in text:
        text += fill(rng, rng.choice(FORMAL_CHASE), ctx)
    return text


def style_complaint(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告"}
    claims = numbered(rng, claim_list(rng, topic, ctx))
    intro = rng.choice(("原告{Pn}向本院提出诉讼请求：", "{Pn}向本院提出诉讼请求：", "诉讼请求：", "原告{Pn}诉讼请求："))
    reason = rng.choice(("事实与理由：", "事实和理由：", "事实与理由："))
    close = fill(rng, rng.choice(FORMAL_CLOSE), ctx)
    view = fill(rng, rng.choice(LEGAL_VIEW), ctx) if rng.random() < 0.5 else ""
    head = party_block(rng, ctx) if rng.random() < 0.3 else ""
    return f"{head}{intro.format_map(ctx)}{claims}。{reason}{facts_text(rng, topic, ctx, 0.4)}{view}{close}"


def style_alleges(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告"}
    intro = rng.choice(("原告{Pn}诉称，", "原告诉称：", "原告{Pn}诉称：", "{Pn}诉称，"))
    claims = claim_list(rng, topic, ctx)
    close = rng.choice((
        "故诉至法院，请求依法判决。", "故诉至法院，请求判如所请。",
        "为此诉至法院，请求判令：" + numbered(rng, claims) + "。",
        "现诉至法院，请求：" + numbered(rng, claims) + "。", "遂诉至法院，请求" + "，".join(claims[:2]) + "。",
    ))
    view = fill(rng, rng.choice(LEGAL_VIEW), ctx) if rng.random() < 0.35 else ""
    return f"{intro.format_map(ctx)}{facts_text(rng, topic, ctx, 0.4)}{view}{close}"


def style_finding(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告", "cause": topic.cause}
    header = fill(rng, rng.choice(COURT_HEADER), ctx)
    if rng.random() < 0.3:
        header = party_block(rng, ctx) + header
    text = header + rng.choice(FINDING_OPEN) + facts_text(rng, topic, ctx)
    extras = [fill(rng, e, ctx) for e in topic.extra]
    if extras and rng.random() < 0.8:
        text += rng.choice(("另查明，", "另查明：", "又查明，")) + rng.choice(extras)
    if rng.random() < 0.5:
        text += fill(rng, rng.choice(FINDING_EXTRA_GENERIC), ctx)
    if "合同" in topic.cause and rng.random() < 0.3:
        text += rng.choice(COURT_VIEW).format_map(ctx)
    return text


def style_intake(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    is_person = not ctx["Pn"].endswith(("公司", "店", "馆", "部", "厂", "市", "城", "）"))
    short_d = ctx["Dn"] if rng.random() < 0.6 else "对方"
    ctx = {**ctx, "P": "其" if is_person else "该公司", "D": short_d}
    if is_person:
        who = f"当事人{ctx['Pn']}（{rng.choice('男男女')}，{rng.randint(28, 64)}岁，住{place(rng)}）反映："
    else:
        agent = person(rng, anonymised=True)
        who = f"{ctx['Pn']}{rng.choice(REPS)}{agent}{rng.choice(('来访反映：', '到中心反映：', '反映：'))}"
    claims = [c.replace("判令", "要求", 1) for c in claim_list(rng, topic, ctx) if "诉讼费" not in c]
    claim = "；".join(claims) if claims else "要求对方依约履行"
    note = fill(rng, rng.choice(INTAKE_NOTE + (INTAKE_NOTE_OWED if topic.owed else ())), ctx)
    return f"{who}{facts_text(rng, topic, ctx)}诉求：{claim}。{note}"


def style_defence(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告"}
    defence = fill(rng, rng.choice(topic.defence or GENERIC_DEFENCE), ctx)
    claims = claim_list(rng, topic, ctx)
    lead = rng.choice((
        f"原告{ctx['Pn']}向本院提出诉讼请求：{numbered(rng, claims)}。",
        f"原告诉称：{facts_text(rng, topic, ctx)}",
        f"原告{ctx['Pn']}诉称：{facts_text(rng, topic, ctx)}请求判令：{numbered(rng, claims)}。",
    ))
    end = rng.choice(("请求驳回原告的诉讼请求。", "请求法院依法驳回原告的诉讼请求。", "原告的诉讼请求不应支持。", ""))
    who = rng.choice(("被告{Dn}辩称，", "被告辩称：", "被告{Dn}答辩称：")).format_map(ctx)
    return f"{lead}{who}{defence}。{end}"


# --------------------------------------------------------------------------
# Long formal texts: multi-part findings and full complaints (300-800 chars)
# --------------------------------------------------------------------------

ARTICLES = ("二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
CLAUSE_REFS = ("合同第{art}条约定：", "该合同第{art}条约定：", "协议第{art}条约定：", "双方在合同第{art}条中约定：")
GENERIC_CLAUSES = (
    "任何一方违反本合同约定的，应当赔偿由此给守约方造成的全部损失",
    "因履行本合同发生争议的，双方应协商解决；协商不成的，任何一方均可向合同履行地人民法院提起诉讼",
    "本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等法律效力",
    "一方违约的，守约方有权解除合同，并要求违约方支付合同总价款百分之二十的违约金",
)
OWED_CLAUSES = (
    "付款方逾期付款的，每逾期一日，按应付未付款项的万分之五向对方支付违约金",
    "结算完成后三十日内付清全部款项，逾期未付的，应承担对方为实现债权支出的诉讼费、律师费等费用",
)
EVIDENCE_ITEMS = (
    "合同", "银行转账凭证", "微信聊天记录", "收据", "对账单", "催款函及邮寄凭证", "增值税发票", "通话录音", "照片",
    "证人证言",
)
EVIDENCE_FRAMES = (
    "上述事实，有{items}及当事人陈述等证据在卷佐证，本院予以确认。",
    "以上事实，有{items}等证据在卷佐证。",
    "上述事实有{items}以及庭审笔录在卷为凭，足以认定。",
)
PAYMENT_LINES = (
    "合同履行过程中，{D}分别于{dp1}、{dp2}向{P}支付{pay1}、{pay2}，合计{paid}，此后再未付款。",
    "另查明，{D}已付的{paid}系分两笔支付：{dp1}支付{pay1}，{dp2}支付{pay2}。",
    "{P}认可收到{D}支付的款项共计{paid}，其中{dp1}银行转账{pay1}，{dp2}微信转账{pay2}。",
)
PROCEDURE_LINES = (
    "{P}于{d4}向本院提起诉讼，并申请财产保全，本院依法作出裁定，冻结{D}名下银行存款或查封其相应价值的财产。",
    "审理中，{D}对{P}提交的证据真实性无异议，但对其证明目的提出异议。",
    "本案审理过程中，经本院主持调解，双方未能达成一致意见。",
    "{D}经本院传票传唤，无正当理由未到庭参加诉讼，亦未提交书面答辩意见及证据。",
    "庭审中，{P}当庭提交了证据原件，{D}质证后对证据的真实性无异议，但对关联性提出异议。",
    "诉讼中，{P}向本院提交了申请书，请求调取{D}相关银行账户的交易明细，本院予以准许。",
)
OWED_VIEWS = (
    "本案中，{D}对欠付{rest}的事实未提出足以反驳的证据，对{P}要求支付该款项的诉讼请求，本院予以支持。",
    "{D}辩称双方尚未最终结算，但未提交相应证据证明，本院不予采信，{D}应向{P}支付{rest}。",
)
FULL_OPEN = (
    "原告{Pn}向本院提出诉讼请求：", "{Pn}向本院起诉请求：", "原告{Pn}诉讼请求：",
)
SETTLED_DEFENCE = (
    "被告{Dn}辩称，", "被告辩称，", "被告{Dn}答辩称，", "被告{Dn}提交书面答辩意见称，",
)


def clause_line(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    pool = topic.clauses or GENERIC_CLAUSES + (OWED_CLAUSES if topic.owed else ())
    ref = rng.choice(CLAUSE_REFS).format(art=rng.choice(ARTICLES))
    return f"{ref}“{fill(rng, rng.choice(pool), ctx)}。”"


def evidence_line(rng: random.Random, topic: Topic) -> str:
    items = rng.sample(topic.evidence, min(2, len(topic.evidence))) if topic.evidence else []
    items += [e for e in rng.sample(EVIDENCE_ITEMS, 3) if e not in items][: 4 - len(items)]
    return rng.choice(EVIDENCE_FRAMES).format(items="、".join(items))


def view_line(rng: random.Random, topic: Topic, ctx: dict[str, str], text: str) -> str:
    view = fill(rng, rng.choice(topic.views or COURT_VIEW), ctx)
    if topic.owed and ctx["rest"] in text and rng.random() < 0.7:
        view += fill(rng, rng.choice(OWED_VIEWS), ctx)
    return view


def defendant_paid(text: str, paid: str) -> bool:
    """True when the sentence naming ``paid`` says the defendant paid it (so a payment list fits)."""
    if paid not in text:
        return False
    sentence = text[: text.index(paid)].rsplit("。", 1)[-1]
    return "付" in sentence[sentence.rfind("被告"):] and sentence.rfind("被告") > sentence.rfind("原告")


def extra_lines(rng: random.Random, topic: Topic, ctx: dict[str, str], text: str) -> list[str]:
    lines = []
    if topic.owed and ctx["split"] and defendant_paid(text, ctx["paid"]) and rng.random() < 0.7:
        lines.append(fill(rng, rng.choice(PAYMENT_LINES), ctx))
    marks = iter(rng.choice((("另查明：", "再查明："), ("另查明，", "又查明，"), ("另查明，", "另查明，"))))
    for extra in rng.sample(topic.extra, min(len(topic.extra), rng.choice((1, 2, 2)))):
        line = fill(rng, extra, ctx)
        if line not in text:
            lines.append(next(marks, "") + line)
    return lines


def assemble(rng: random.Random, head: str, optional: list[str], tail: list[str]) -> str:
    """``head`` plus enough of the ``optional`` parts (kept in order) to land in 350-800 characters."""
    target = rng.randint(360, 700)
    keep = [rng.random() < 0.6 for _ in optional]

    def text() -> str:
        return head + "".join(o for o, k in zip(optional, keep, strict=True) if k) + "".join(tail)

    for i in range(len(optional)):
        if len(text()) >= target:
            break
        keep[i] = True
    while len(text()) > 800 and any(keep):
        keep[max(i for i, k in enumerate(keep) if k)] = False
    while len(text()) > 800 and tail:
        tail = tail[:-1]
    return text()


def style_long_finding(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告", "cause": topic.cause}
    header = fill(rng, rng.choice(COURT_HEADER), ctx)
    if rng.random() < 0.25:
        header = party_block(rng, ctx) + header
    facts = fill(rng, one_fact(rng, topic), ctx)
    head = header + rng.choice(FINDING_OPEN) + facts
    optional = [clause_line(rng, topic, ctx)]
    optional += extra_lines(rng, topic, ctx, head)
    if topic.owed and "催" not in facts:
        optional.append(fill(rng, rng.choice(FORMAL_CHASE), ctx))
    present = [line for line in PROCEDURE_LINES if "未到庭" not in line]
    lines = [PROCEDURE_LINES[3]] if rng.random() < 0.15 else rng.sample(present, 2)
    optional += [fill(rng, line, ctx) for line in lines]
    optional.append(evidence_line(rng, topic))
    tail = [view_line(rng, topic, ctx, head)] if rng.random() < 0.45 else []
    return assemble(rng, head, optional, tail)


def style_long_complaint(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    ctx = {**ctx, "P": "原告", "D": "被告"}
    head = party_block(rng, ctx) if rng.random() < 0.4 else ""
    intro = rng.choice(FULL_OPEN).format_map(ctx)
    facts = fill(rng, one_fact(rng, topic), ctx)
    reason = rng.choice(("事实与理由：", "事实和理由："))
    head += f"{intro}{numbered(rng, claim_list(rng, topic, ctx))}。{reason}{facts}"
    joins = iter(rng.choice((("另，", "此外，"), ("此外，", ""), ("", "另，"))))
    extras = [re.sub("^(另查明|再查明|又查明)[：，]", lambda _: next(joins, ""), e)
              for e in extra_lines(rng, topic, ctx, head)]
    optional = [clause_line(rng, topic, ctx), *extras]
    if topic.owed and "催" not in facts:
        optional.append(fill(rng, rng.choice(FORMAL_CHASE), ctx))
    optional.append(fill(rng, rng.choice(LEGAL_VIEW), ctx))
    tail = [fill(rng, rng.choice(FORMAL_CLOSE[:-1]), ctx)]
    return assemble(rng, head, optional, tail)


def style_full_case(rng: random.Random, topic: Topic, ctx: dict[str, str]) -> str:
    """Claims, defence, then the court's findings: the shape of a judgment's body."""
    ctx = {**ctx, "P": "原告", "D": "被告", "cause": topic.cause}
    claims = numbered(rng, claim_list(rng, topic, ctx))
    defence = fill(rng, rng.choice(topic.defence or GENERIC_DEFENCE), ctx)
    facts = fill(rng, one_fact(rng, topic), ctx)
    head = (f"{rng.choice(FULL_OPEN).format_map(ctx)}{claims}。{rng.choice(SETTLED_DEFENCE).format_map(ctx)}{defence}。"
            f"{rng.choice(('本院经审理认定事实如下：', '经审理查明：', '本院经审理查明：'))}{facts}")
    optional = extra_lines(rng, topic, ctx, head) + [clause_line(rng, topic, ctx), evidence_line(rng, topic)]
    tail = [view_line(rng, topic, ctx, head)] if rng.random() < 0.6 else []
    return assemble(rng, head, optional, tail)


Style = Callable[[random.Random, Topic, dict[str, str]], str]
Styles = tuple[tuple[Style, float], ...]  # style functions with their weights

FORMAL_STYLES: Styles = (
    (style_complaint, 0.14), (style_alleges, 0.1), (style_finding, 0.1), (style_intake, 0.08), (style_defence, 0.05),
    (style_long_finding, 0.24), (style_long_complaint, 0.15), (style_full_case, 0.14),
)
# The hard cases of round 3 lean on long findings and full judgments (300-800 characters).
HARD_STYLES: Styles = (
    (style_complaint, 0.08), (style_alleges, 0.07), (style_finding, 0.08), (style_intake, 0.06), (style_defence, 0.04),
    (style_long_finding, 0.32), (style_long_complaint, 0.17), (style_full_case, 0.18),
)


def formal(rng: random.Random, topic: Topic, styles: Styles = FORMAL_STYLES) -> str:
    # A fact entry may be a tuple (facts, claim, claim, ..., "答：defence", ...) when its claims (and
    # defences) differ from the topic's own.
    entry = rng.choice(topic.facts)
    if isinstance(entry, tuple):
        fact = entry[0]
        if fact.startswith("<>"):  # the claimant is the other side of the usual deal
            fact = fact[2:]
            topic = replace(topic, parties=topic.parties[::-1], trades=topic.trades[::-1])
            topic = replace(topic, extra=())  # extra findings are written for the usual side
            topic = replace(topic, **topic.swapped)
        if fact.startswith("!"):  # a self-contained fact: the topic's extra findings do not fit it
            fact = fact[1:]
            topic = replace(topic, extra=())
        claims = tuple(c for c in entry[1:] if not c.startswith("答："))
        answers = tuple(c[2:] for c in entry[1:] if c.startswith("答："))  # defences that fit only this fact
        topic = replace(topic, facts=(fact,), claims=claims, defence=answers or topic.defence)
    else:
        topic = replace(topic, facts=(entry,))
    ctx = context(rng, topic)
    functions, weights = zip(*styles, strict=True)
    text = rng.choices(functions, weights)[0](rng, topic, ctx)
    text = text.replace("。。", "。").replace("，。", "。")
    return strip_final_periods(rng, text)


def pick_register(rng: random.Random, counts: dict[str, int], formal_share: float | None) -> str:
    """Rounds 1-2 keep the registers balanced (``formal_share`` None); round 3 leans formal."""
    if formal_share is None:
        register = rng.choice((COLLOQUIAL, FORMAL))
        if rng.random() < 0.5:
            register = min(counts, key=counts.__getitem__)
        return register
    return FORMAL if rng.random() < formal_share else COLLOQUIAL


def grow(rng: random.Random, out: list[Example], seen: set[str], counts: dict[str, int], topics: tuple[Topic, ...],
         target: int, formal_share: float | None = None, styles: Styles = FORMAL_STYLES) -> None:
    """Cycle through ``topics`` until ``out`` holds ``target`` distinct texts."""
    i = 0
    cycle = [topic for topic in topics for _ in range(topic.weight)]
    while len(out) < target:
        topic = cycle[i % len(cycle)]
        i += 1
        register = pick_register(rng, counts, formal_share)
        text = colloquial(rng, topic) if register == COLLOQUIAL else formal(rng, topic, styles)
        if text in seen or not (120 if register == FORMAL else 10) <= len(text) <= 800:
            continue
        seen.add(text)
        counts[register] += 1
        out.append(Example(text=text, label=LABEL, register=register, topic=topic.slug))


def generate(rng: random.Random) -> list[Example]:
    """The corpus of rounds 1-2 (balanced registers), then the round-3 hard cases appended after it."""
    out: list[Example] = []
    seen: set[str] = set()
    counts = {COLLOQUIAL: 0, FORMAL: 0}
    grow(rng, out, seen, counts, TOPICS, TARGET_ROUND2)
    grow(rng, out, seen, counts, HARD_TOPICS, TARGET, HARD_FORMAL_SHARE, HARD_STYLES)
    return out


# --------------------------------------------------------------------------
# Topics: sale of goods (买卖合同)
# --------------------------------------------------------------------------

PROJECTS = (
    "安宁区某小区二期项目", "榆中县某中学教学楼项目", "兰州新区某物流园厂房项目", "西固区某安置房项目",
    "七里河区某商业综合体项目", "城关区某医院门诊楼改造项目", "皋兰县某乡镇道路工程", "永登县某光伏电站项目",
    "红古区某棚户区改造项目", "兰州新区某职业学院宿舍楼项目",
)
SHOP_KINDS = ("餐馆", "超市", "农资门市", "饲料店", "便利店", "五金门市", "烟酒店", "汽修厂", "火锅店")

BUILDING_GOODS = Topic(
    slug="building_materials_payment", cause="买卖合同纠纷", parties=("co|shop", "co|person"),
    span=(40_000, 900_000, 100),
    trades=("建材", "建筑工程"),
    slots={
        "goods": ("螺纹钢", "商品混凝土", "水泥", "钢材", "砂石料", "保温板", "防水卷材", "铝型材", "电缆", "加气块"),
        "contract": ("《钢材购销合同》", "《商品混凝土供应合同》", "《建材买卖合同》", "《材料供货协议》",
        "《{goods}采购合同》"),
        "proj": PROJECTS,
    },
    coll=(
        "我们是做[钢材|建材|{goods}]生意的，{t}给{sn}老板的工地[供|送]了一批{goods}，一共{total_c}，当时说好"
        "[完工就结|一个月内结清|按进度付]，结果到现在只给了{paid_c}，剩下{rest_c}一直拖着[，说甲方没给他钱|]",
        "{t}开始往{proj}送{goods}，前前后后送了[大半年|好几个月|十几车]，对账单也签了，还欠我{rest_c}。对方公司现在"
        "说资金紧张让我再等等，"
        "这都等了快[一年|两年]了",
        "我是个体户，开[建材门市|五金建材店]的。一个包工头在我这儿赊了{total_c}的{goods}，[说工程款下来就给|说过年"
        "前一定结]，"
        "现在工程早完了人也不见了[，我只知道他挂靠的是一家建筑公司|]",
        "我们公司给一家建筑公司供{goods}，合同签的月结，头几个月还正常，后来就开始拖，到现在累计欠了{rest_c}。"
        "[对方财务说老板签字才能付|对方说等审计完再说]，我们还要不要继续供货呢",
        "工地上的材料钱要不回来，送货单都是他们项目部的人签的字，但是项目经理换人了，新来的说不认",
    ),
    short=("工地欠我们{goods}钱不给咋办", "建材货款对方拖着不付能起诉吗", "供了{goods}，对方欠{rest_c}不给",
    "送货单只有项目部签字能要到钱吗"),
    facts=(
        "{d1}，{P}与{D}签订{contract}，约定由{P}向{D}承建的{proj}供应{goods}，价格随行就市，货款按月结算，每月25日"
        "前付清上月货款。"
        "合同签订后，{P}按约陆续供货，截至{d2}，共计供货价值{total}，{D}仅支付{paid}，尚欠{rest}未付。{D}以工程款未"
        "到位为由拒绝付款。",
        "{P}与{D}自{d1}起建立{goods}买卖关系，{P}根据{D}的要货通知将货物送至{proj}工地，由{D}现场人员签收送货单。"
        "{d2}，双方进行对账，"
        "确认{D}累计欠付货款{rest}，{D}在对账单上加盖项目部印章。此后{D}未再付款。",
        "{d1}，{D}因承建{proj}需要，向{P}购买{goods}，双方签订{contract}，约定货到验收后三十日内付款，逾期按日万分"
        "之五支付违约金。"
        "{P}于{d2}前全部供货完毕，货物经{D}验收合格，价款合计{total}。{D}支付{paid}后，余款{rest}至今未付。",
    ),
    claims=(
        "判令{D}支付货款{rest}",
        "判令{D}支付逾期付款违约金（以{rest}为基数，按日万分之五自{d3}起计算至实际付清之日止）",
        "判令{D}支付剩余货款{rest}及逾期付款损失",
    ),
    defence=(
        "双方确有供货关系，但{P}供应的部分{goods}规格与约定不符，应当扣减相应货款，且结算金额尚未最终确认",
        "{D}仅为项目施工单位之一，实际采购人为项目部负责人个人，{D}不应承担付款责任",
    ),
    extra=("{D}系{proj}的施工总承包单位。", "{P}提交的送货单上均有{D}项目部人员签字。", "{proj}已于{d3}竣工验收。"),
)

GOODS_IOU = Topic(
    slug="goods_payment_iou", cause="买卖合同纠纷", parties=("co|shop|person", "shop|person|co"),
    span=(8_000, 300_000, 100),
    slots={
        "goods": ("饲料", "化肥", "白酒", "面粉", "牛羊肉", "办公家具", "瓷砖", "电线电缆", "汽车配件", "农药", "清油",
        "饮料"),
        "shopkind": SHOP_KINDS,
    },
    coll=(
        "我给{sn}老板的[饭馆|超市|店里|厂里]供{goods}好几年了，{t}对了一次账，他欠我{rest_c}，当时给我打了个欠条，"
        "写的是货款{rest_c}，"
        "说[半年内|年底前]还清，到现在一分没给。这个欠条有用吗",
        "对方拿了我们{total_c}的{goods}，给了{paid_c}，剩下的打了张欠条，签名按了手印。现在[电话不接|说没钱|说货卖"
        "不出去]，欠条上也没写还款时间",
        "{t}一个客户在我这进{goods}，钱不够就写了个欠条，[欠条上写的是今欠到{rest_c}|他写成了借条，其实是货钱]，这"
        "种算借钱还是算货款啊？我要起诉该怎么写",
        "做{goods}批发的，下面[几个|有个]客户压了我{rest_c}的货款，其中一个还写了欠条，欠条都快三年了，会不会过时效了",
        "开{shopkind}的{sn}某从我这拉货，一直是先拿货后给钱，{t}他说生意不好要关门，给我写了个{rest_c}的欠条，现在"
        "店都转给别人了",
    ),
    short=("客户欠货款写了欠条不还怎么办", "欠条上写的货款{rest_c}，对方赖账咋整", "货款打了欠条多久过期",
    "拿货的欠条能起诉吗"),
    facts=(
        "{P}与{D}之间存在长期{goods}买卖关系，由{P}向{D}供应{goods}，双方定期对账结算。{d2}，经双方对账，{D}向{P}出"
        "具欠条一张，载明："
        "“今欠{Pn}货款{rest}，于{d3}前付清。”欠条到期后，{D}未按约付款。",
        "{d1}至{d2}期间，{D}陆续从{P}处购进{goods}，货款合计{total}。{D}付款{paid}后，就剩余货款{rest}向{P}出具《欠"
        "条》，承诺分期偿还，"
        "但此后仅口头表示待资金回笼后付款，至今未履行。",
        "{D}系经营{shopkind}的个体工商户，自{d1}起从{P}处赊购{goods}。{d2}双方结算，{D}书写欠条确认欠{P}货款{rest}。"
        "{P}多次催收，{D}均以经营困难为由推脱。",
    ),
    claims=("判令{D}支付所欠货款{rest}", "判令{D}以{rest}为基数，自{d3}起按年利率3.85%支付逾期付款利息至付清之日止",
    "判令{D}立即给付货款{rest}"),
    defence=(
        "欠条确系{D}书写，但其中包含{P}单方计算的利息，实际欠款金额低于欠条记载数额",
        "{P}后期供应的{goods}存在质量问题，{D}已退回部分货物，欠款金额应予核减",
    ),
    extra=("{D}出具的欠条载明欠款性质为货款，双方之间不存在借款关系。", "庭审中，{D}对欠条的真实性无异议。"),
)

CONSIGNMENT = Topic(
    slug="supermarket_consignment", cause="买卖合同纠纷", parties=("co|shop", "co|shop"), span=(10_000, 260_000, 100),
    trades=("食品", "商贸"),
    slots={"goods": ("乳制品", "休闲食品", "日化用品", "粮油", "酒水饮料", "冷冻食品", "调味品", "百合干")},
    coll=(
        "我们在一家超市铺了{goods}，说好卖完一月一结，结果{t}超市突然关门了，[货没退|剩下的货也被他们处理了]，算下"
        "来欠我们{rest_c}",
        "给{district}一家连锁超市供{goods}，他们压款压得厉害，一压就是三个月，现在欠了{rest_c}，还扣了我们一堆[条码"
        "费|促销费|陈列费]，这合理吗",
        "做代销的，把{goods}放在对方店里卖，对账单上显示已售{total_c}，可人家只打了{paid_c}，剩下的说是要扣损耗",
        "超市换老板了，新老板说之前欠供应商的钱不归他管，我们{rest_c}的货款找谁要",
    ),
    short=("超市倒闭了供应商的货款找谁要", "超市压货款不给怎么办", "代销的货款对方不结咋弄"),
    facts=(
        "{d1}，{P}与{D}签订《商品购销合同》，约定{P}向{D}经营的超市供应{goods}，{D}按月与{P}对账，次月结清上月已售"
        "货款。合同履行至{d2}，"
        "经对账确认{D}欠付货款{rest}。此后{D}停止营业，既未支付货款也未退还库存商品。",
        "{P}自{d1}起以代销方式在{D}门店销售{goods}，双方约定售出部分按供货价结算，未售部分可退货。{d2}{D}通知终止合作，"
        "双方对账后确认已售未结货款{rest}，{D}承诺一个月内支付，但到期后未付，并以扣除促销服务费为由拒绝全额付款。",
    ),
    claims=("判令{D}支付货款{rest}", "判令{D}返还库存商品或折价赔偿{x}", "判令{D}返还擅自扣除的费用{x}"),
    defence=("双方合同约定{P}应承担促销费、条码费等费用，{D}扣除有合同依据",
    "{D}已将剩余商品退还{P}，实际欠款少于{P}主张"),
    extra=("{D}门店已于{d3}停业。", "双方最后一次对账单由{D}财务人员签字确认。"),
)

EQUIPMENT_QUALITY = Topic(
    slug="equipment_quality", cause="买卖合同纠纷", parties=("co|shop", "co"), span=(30_000, 800_000, 1000),
    trades=("", "机械设备"), span2=(10_000, 200_000, 1000),
    slots={
        "equip": ("数控机床", "燃气锅炉", "注塑机", "制砖机", "冷库制冷机组", "面条机", "螺杆空压机", "光伏组件",
        "柴油发电机组", "包装流水线"),
        "contract": ("《设备买卖合同》", "《设备购销合同》", "《工业品买卖合同》"),
        "shopkind": SHOP_KINDS,
    },
    coll=(
        "我们厂{t}花了{total_c}买了[一台|一套]{equip}，装上没用几天就[出毛病|停机|达不到合同说的产量]，厂家来修了["
        "两三次|好几回]还是不行，现在要求退货他们不同意",
        "开{shopkind}的，从一家公司买了台{equip}，交了{paid_c}，说好调试合格再付尾款。结果机器到现在都没调好，他们"
        "反过来催我付尾款，还说要告我",
        "买的{equip}跟合同上写的型号不一样，[功率小了一截|是翻新机|铭牌都是重新贴的]，找卖家他说差不多，这个能不能"
        "要求退款加赔偿",
        "{t}买设备被坑了，{total_c}的{equip}，售后一直拖，生产线停了[俩月|一个多月]，这个损失谁来赔",
    ),
    short=("买的设备质量不行能退吗", "{equip}坏了厂家不管咋办", "设备调试不合格还要付尾款吗"),
    facts=(
        "{d1}，{P}与{D}签订{contract}，约定{P}向{D}购买{equip}一套，总价款{total}，{D}负责安装调试，质保期一年。合"
        "同签订后{P}支付预付款{paid}。"
        "{D}于{d2}交付设备，但设备安装后频繁故障，无法正常运行，经{D}多次维修仍未达到合同约定的技术参数。{P}要求退"
        "货退款，{D}拒绝。",
        "{P}因生产需要向{D}购买{equip}，双方约定设备到厂验收合格后支付全部价款。{D}于{d2}送货，{P}在验收中发现设备"
        "型号、配置与合同附件不符，"
        "当即提出书面异议，拒绝签收验收单。{D}坚持要求{P}支付剩余货款{rest}，双方协商未果。",
        ("{d1}，{D}向{P}出售{equip}，价款{total}已全部付清。{d3}该设备发生故障致{P}停产，经{P}委托鉴定，故障原因系"
            "设备主要部件存在制造缺陷。"
        "{P}为此支出维修费、鉴定费并遭受停产损失共计{x}。", "判令{D}赔偿{P}停产损失及维修费共计{x}",
        "判令{D}承担鉴定费{fee}"),
    ),
    claims=(
        "解除{P}与{D}签订的{contract}", "判令{D}返还设备款{paid}，并自行取回设备", "判令{D}赔偿{P}停产损失{x}",
        "判令{D}更换符合合同约定的设备", "判令{D}承担鉴定费、维修费共计{x}",
    ),
    defence=("设备交付时经{P}验收合格，后续故障系{P}操作不当、未按说明书保养所致",
    "{P}已使用设备数月，不符合退货条件，{D}同意继续提供维修服务"),
    extra=("鉴定机构出具的意见书载明设备液压系统存在设计缺陷。", "{P}支付了鉴定费{fee}。"),
    owed=False,
)

MATERIAL_QUALITY = Topic(
    slug="building_material_quality", cause="买卖合同纠纷", parties=("co|shop", "co|shop"), span=(20_000, 500_000, 100),
    trades=("装饰工程", "建材"), span2=(5_000, 150_000, 100),
    slots={"goods": ("瓷砖", "防水涂料", "外墙保温板", "断桥铝门窗型材", "石材", "钢化玻璃", "PPR管材", "复合地板",
    "水泥")},
    coll=(
        "我们装修公司从建材商那进了一批{goods}，用到工程上才发现[有色差|强度不够|大面积开裂|漏水]，甲方让我们返工，"
        "返工的钱{x_c}该不该建材商出",
        "{t}进的{goods}有问题，检测报告都是假的，卖家说我们施工有问题，[扯皮|推来推去]好几个月了",
        "从{sn}老板那买了{total_c}的{goods}，货到了发现跟样品不一样，我没付尾款，他现在要起诉我要尾款，我能反诉吗",
        "工程上用的{goods}被质检站判定不合格，我们找供货商退货，他说货已经用了不给退，这事咋弄",
    ),
    short=("进的{goods}质量有问题怎么索赔", "建材不合格供货商不认账能告吗"),
    facts=(
        "{d1}，{P}向{D}采购{goods}，双方约定执行国家标准，价款{total}。{D}于{d2}交货后，{P}将其用于承接的装修工程。"
        "工程使用中陆续出现质量问题，"
        "经检测机构检验，所涉{goods}多项指标不符合标准要求。{P}因此返工，支出费用{x}。",
        "{P}与{D}签订《材料采购合同》，约定{D}供应{goods}，样品封存于双方处。{D}交付的货物与封存样品不一致，{P}于收"
        "货当日提出异议并拍照留存，"
        "{D}拒绝更换。{P}已付货款{paid}，剩余货款暂未支付。",
    ),
    claims=("判令{D}赔偿返工损失{x}", "判令{D}退还货款{paid}", "判令{D}更换合格的{goods}", "判令{D}承担检测费{fee}"),
    defence=("{goods}出厂时检验合格，质量问题系{P}施工工艺不当造成",
    "{P}收货时未在合理期限内提出异议，应视为货物质量合格"),
    extra=("检测报告载明送检样品抗压强度低于设计要求。", "{P}承接的装修工程发包方已就质量问题扣减{P}工程款。"),
    owed=False,
)

AGRI_QUALITY = Topic(
    slug="agri_products_sale", cause="买卖合同纠纷", parties=("co|shop|person", "co|shop|person"),
    span=(20_000, 600_000, 100),
    trades=("农业科技", "食品"),
    slots={
        "crop": ("马铃薯", "百合", "高原夏菜", "苹果", "玉米", "胡萝卜", "娃娃菜", "花牛苹果", "当归", "黄芪", "枸杞"),
        "spot": ("榆中县", "永登县", "皋兰县", "定西", "临洮", "七里河区西果园"),
    },
    coll=(
        "我在{spot}收了一车{crop}发给南方一个客商，到了那边他说[烂了|不合格|规格不对]，只给我付了一半钱，剩下"
        "{rest_c}不给了，他那边也没个检验，我咋知道真假",
        "我们合作社{t}卖给一家公司{total_c}的{crop}，拉走了到现在[钱还没结清|只结了{paid_c}]，对方说是行情跌了要重"
        "新算价",
        "从外地进了一批{crop}种子[种下去出苗率很低|结果长出来不是那个品种]，卖种子的公司不认，我这几十亩地损失找谁",
        "收购商跟我订了{crop}，说好价格，到了收获季节人不来拉了，{crop}全烂在地里，定金才给了{paid_c}",
    ),
    short=("卖出去的{crop}钱不给咋办", "客商说{crop}质量不合格拒付货款", "收购商毁约不拉货怎么办"),
    facts=(
        "{d1}，{P}与{D}约定，由{P}向{D}供应{crop}，单价按双方确认的报价执行，货到后七日内付款。{P}于{d2}分批发货共"
        "计价值{total}，"
        "{D}收货后未提出质量异议，仅付款{paid}，余款{rest}至今未付。",
        "{d1}，{D}向{P}订购{crop}，约定由{D}自行到{spot}产地装车，{P}负责按质分拣。{D}装车{n}车后以市场价格下跌为由"
        "拒绝继续收购，"
        "亦未支付已装车部分的全部货款，尚欠{rest}。",
        ("{P}从{D}处购买{crop}种苗用于种植，{D}承诺品种纯正。种植后，{P}发现长势及品种与{D}宣传严重不符，经农业技术"
            "部门现场鉴定，"
         "确认种苗存在质量问题，{P}减产损失{x}。",
         "判令{D}赔偿{P}减产损失{x}", "判令{D}退还种苗款{paid}"),
    ),
    claims=("判令{D}支付货款{rest}", "判令{D}赔偿{P}损失{x}", "判令{D}支付剩余货款及逾期付款利息"),
    defence=("{P}所供{crop}腐烂率较高，大量货物无法销售，{D}有权拒付相应货款",
    "{P}的减产系天气原因及种植管理不善所致，与种苗质量无关"),
    extra=("{P}系在{spot}登记成立的农民专业合作社。", "双方往来通过微信确认发货数量及单价。"),
)

PREPAID_GOODS = Topic(
    slug="prepaid_goods_undelivered", cause="买卖合同纠纷", parties=("co|shop", "co|shop"), span=(20_000, 500_000, 100),
    trades=("", "商贸"),
    slots={"goods": ("钢管", "PE管材", "饲料原料", "办公电脑", "空调设备", "冷链车厢", "光伏支架", "牛羊育肥料",
    "劳保用品")},
    coll=(
        "我们公司{t}给供货商打了{paid_c}的预付款订{goods}，说好一个月到货，现在[半年了|三个多月了]货没到，钱也不退，"
        "人说在想办法",
        "交了定金订货，厂家后来说原材料涨价要加钱，不加钱就不发货，这个合法吗",
        "订了一批{goods}，对方只发了一部分，剩下的一直说缺货，[我们工期都耽误了|客户都跑了]，已经付的{paid_c}能要回"
        "来吗",
    ),
    short=("付了预付款对方不发货怎么办", "供货商收了货款不交货咋整", "厂家涨价不发货能退定金吗"),
    facts=(
        "{d1}，{P}与{D}签订《采购合同》，约定{P}向{D}购买{goods}，总价{total}，{P}预付{paid}，{D}应于{d2}前交付全部"
        "货物。"
        "{P}依约支付预付款后，{D}未按期交货，经{P}多次催告，{D}至今仍未交付。",
        "{P}向{D}订购{goods}并支付定金{paid}。{D}此后以原材料价格上涨为由要求提高单价，{P}未同意，{D}遂拒绝发货。"
        "{P}于{d3}书面通知解除合同并要求退还定金，{D}未予退还。",
        "{d1}，{P}与{D}签订供货合同，约定{D}应分{n}批交付{goods}，{P}按批次预付货款。{P}依约支付了前两批货款，{D}仅"
        "交付第一批后即以缺货为由停止供货，{P}已付款项超过已交付货物价值{x}，{D}拒不退还差额。",
    ),
    claims=("判令解除双方签订的采购合同", "判令{D}返还预付款{paid}", "判令{D}双倍返还定金",
    "判令{D}返还多收货款{x}并赔偿损失"),
    defence=("延迟交货系原材料价格异常波动导致，属于不可抗力", "{P}未按约定支付第二期款项，{D}行使先履行抗辩权"),
)

RESTAURANT_SUPPLY = Topic(
    slug="restaurant_supplier", cause="买卖合同纠纷", parties=("shop|co|person", "eatery|person"),
    span=(5_000, 120_000, 100),
    slots={
        "goods": ("牛肉", "羊肉", "蔬菜", "面粉", "清油", "啤酒饮料", "鲜奶", "火锅底料", "一次性餐具"),
        "rest_kind": ("牛肉面馆", "火锅店", "烧烤店", "酒楼", "快餐店", "手抓羊肉馆", "川菜馆"),
    },
    coll=(
        "我给一家{rest_kind}送{goods}，每天送货月底结账，他们欠了{nc}个月的钱了，一共{rest_c}，现在店[关了|换了招牌"
        "|转给别人了]，老板人也找不着",
        "我是做{goods}配送的，{district}有个{rest_kind}老板欠我{rest_c}，每次都是账本上记着他签字，这个算证据吗",
        "{rest_kind}从我这拿{goods}，后来说我送的[不新鲜|缺斤少两]，扣了好多钱，剩下的也不给了，可当时收货都签了字",
        "开{rest_kind}的，供货的说我欠他钱要起诉我，可他送来的{goods}有一批坏了我都退了，账根本对不上",
    ),
    short=("饭馆老板欠菜钱不给怎么办", "给{rest_kind}送货欠款要不回来", "{goods}的货钱欠了{nc}个月能告吗"),
    facts=(
        "{P}自{d1}起向{D}经营的{rest_kind}供应{goods}，每次送货由{D}店内人员在送货单上签字，双方约定每月结算一次。"
        "截至{d2}，"
        "{D}累计拖欠货款{rest}。此后{D}将店铺转让他人，未向{P}支付上述款项。",
        "{P}与{D}口头约定由{P}每日配送{goods}至{D}开办的{rest_kind}，货款月结。{d2}双方核对账本，{D}在账本上签字确"
        "认欠款{total}，此后仅零星支付{paid}，余款{rest}至今未付。",
    ),
    claims=("判令{D}支付货款{rest}", "判令{D}支付所欠货款及逾期付款利息"),
    defence=("{P}送货存在短斤缺两及质量问题，{D}已多次退货，账本记载金额不准确",
    "欠款系{rest_kind}原合伙人经手，{D}已退出经营"),
    extra=("{D}为该{rest_kind}的登记经营者。",),
)


# --------------------------------------------------------------------------
# Topics: work made to order (承揽/加工/定作)
# --------------------------------------------------------------------------

PROCESSING = Topic(
    slug="processing_to_order", cause="加工合同纠纷", parties=("co|shop", "co|shop"), span=(20_000, 600_000, 100),
    slots={
        "item": ("钢结构构件", "工装服装", "包装纸箱", "不锈钢橱柜", "铸件", "塑料周转箱", "宣传画册", "门窗",
        "食品礼盒", "定制家具"),
        "contract": ("《加工合同》", "《委托加工协议》", "《定作合同》", "《产品加工承揽合同》"),
    },
    coll=(
        "我们厂给一家公司加工{item}，按他们给的图纸做完了，货也送过去了，对方一会说尺寸不对一会说没钱，加工费"
        "{rest_c}拖了大半年",
        "在一个小厂定做了一批{item}，付了{paid_c}定金，做出来的东西[跟样品差太多|质量一塌糊涂|晚了一个多月]，我不要"
        "了，定金能退吗",
        "{t}接了个单子，帮{co}做{item}，材料是我们垫的，做完他们说客户取消了订单不要了，东西堆在我们车间，钱谁给",
        "我开了个小加工厂，给人家做{item}，口头说好的价钱，交货的时候对方压价压了三成，不同意就不给钱，这个怎么弄",
    ),
    short=("加工费对方不给怎么办", "定做的{item}质量不行能退吗", "帮别人加工东西做好了不要了咋整"),
    facts=(
        "{d1}，{P}与{D}签订{contract}，约定由{P}按照{D}提供的图纸加工{item}，加工费共计{total}，交货后十五日内付清。"
        "{P}按期完成加工并交付，"
        "{D}验收后支付{paid}，剩余加工费{rest}经催告未付。",
        "{D}委托{P}定作{item}，双方约定了规格、数量及交付时间，{P}垫付原材料款进行生产。{P}完成定作物后通知{D}提货，"
        "{D}以终端客户取消订单为由拒绝受领，"
        "致使定作物积压，{P}损失{x}。",
        ("{d1}，{P}向{D}定作{item}，支付定金{paid}。{D}逾期{days}日方交付，且交付的定作物经第三方检测存在明显质量缺"
            "陷，与约定标准不符，"
         "{P}拒收并要求退还定金，{D}未予退还。",
         "判令解除双方签订的{contract}", "判令{D}返还定金{paid}", "判令{D}赔偿检测费及逾期交货损失{x}"),
    ),
    claims=("判令{D}支付加工费{rest}", "判令{D}赔偿原材料及仓储损失{x}", "判令{D}受领定作物并支付全部价款{total}"),
    defence=("{P}交付的{item}尺寸公差超出图纸要求，部分不能使用，{D}有权拒付相应费用",
    "{D}已按实际合格数量结算，不存在欠付"),
    extra=("{P}为生产{item}采购原材料支出款项有发票为证。", "定作物现存放于{P}厂区仓库。"),
)

INSTALL_WORK = Topic(
    slug="fitting_out_contract", cause="承揽合同纠纷", parties=("co|shop|person", "co|shop"),
    span=(10_000, 400_000, 100),
    trades=("装饰工程", ""),
    slots={
        "work": ("门头招牌制作安装", "店铺装修", "办公楼弱电安装", "厂房彩钢棚搭建", "酒店中央空调安装",
        "超市货架安装", "冷库保温工程", "写字楼消防改造"),
        "shopkind": SHOP_KINDS,
    },
    coll=(
        "我们接了{co}的{work}，干完了对方验收也签了字，就是不给尾款，欠{rest_c}，说等他们老板回来",
        "我是做[广告招牌|装修|彩钢|水电]的个体户，给一家{shopkind}做了{work}，做完老板说不满意不给钱，可他一直在用啊",
        "公司找人做{work}，做了一半包工的人不干了，预付的{paid_c}能不能要回来，剩下的活我们又找别人做的",
        "我们店装修，装修队[拖了两个月|偷工减料|水电都没按图纸走]，开业推迟了，房东那边的房租一分没少交，损失能不能"
        "让装修公司赔",
    ),
    short=("做完{work}对方不给钱咋办", "店铺装修质量差能要求赔偿吗", "商铺装修尾款纠纷怎么处理"),
    facts=(
        "{d1}，{P}与{D}签订《{work}合同》，约定由{P}承揽{D}位于{place}的{work}，合同价款{total}，工程完工验收合格后"
        "付清。{P}于{d2}完工并经{D}验收，"
        "{D}仅支付{paid}，尚欠{rest}。",
        "{D}将其经营场所的{work}交由{P}施工，双方未签订书面合同，仅以报价单确定价款{total}。施工完毕后，{D}已实际投"
        "入使用，但以质量不满意为由拒付余款{rest}。",
        ("<>{d1}，{P}将其位于{place}的{work}工程发包给{D}，约定工期{days}日。{D}施工过程中擅自停工，经催告后仍未复"
            "工，{P}另行委托他人完成施工，"
         "多支出费用{x}，并因延期投入使用遭受损失。",
         "判令解除双方之间的承揽合同", "判令{D}返还多收取的款项并赔偿损失{x}"),
    ),
    claims=("判令{D}支付工程款{rest}", "判令{D}支付剩余价款及违约金{x}", "判令{D}支付承揽报酬{rest}"),
    defence=("{P}施工存在多处质量问题，{D}自行维修支出了费用，应从价款中扣除",
    "{P}未完成全部施工内容，实际完成量只占约定的一半"),
    extra=("{P}施工的{work}已由{D}实际使用至今。", "双方微信聊天记录中{D}认可了报价单金额。"),
)


# --------------------------------------------------------------------------
# Topics: construction projects (建设工程)
# --------------------------------------------------------------------------

WORK_SCOPES = ("主体结构", "土石方", "钢筋制作安装", "外墙保温", "水电安装", "室外管网", "幕墙", "消防", "砌体抹灰",
"道路硬化")

SUBCONTRACT = Topic(
    slug="subcontract_payment", cause="建设工程分包合同纠纷", parties=("co|person", "co"),
    span=(200_000, 6_000_000, 1000),
    trades=("建筑工程", "建筑工程"),
    slots={"proj": PROJECTS, "scope": WORK_SCOPES},
    coll=(
        "我们公司从总包那分包了{proj}的{scope}工程，活[早|去年就]干完了，验收也过了，总包一直拖着不结算，说业主没给"
        "他钱，我们下面还有材料款要付",
        "我是带队伍干工程的，从一个建筑公司手里接了{scope}的活，合同是跟公司签的，干完结算是{total_c}，到现在给了"
        "{paid_c}，剩下的推来推去，我能不能直接告业主",
        "分包工程款拖了{nc}年了，总包说要等审计，审计到现在都没出来，这个有没有时间限制啊",
        "{t}我们接了{scope}的分包，签合同的时候总包说背靠背付款，业主不给他就不给我们，这个条款有效吗",
        "工地是{district}的，我们做的{scope}，总包公司项目经理签了结算单，结果公司不认，说项目经理无权签字",
    ),
    short=("分包工程款总包不给怎么办", "总包说业主没付款所以不给分包款合理吗", "分包商能直接起诉发包人吗"),
    facts=(
        "{d1}，{P}与{D}签订《{scope}工程分包合同》，约定{D}将其承建的{proj}中的{scope}工程分包给{P}施工，按实结算。"
        "{P}于{d2}完成施工，"
        "工程经验收合格。{d3}，双方结算确认工程款为{total}，{D}已付{paid}，尚欠{rest}。",
        "{D}系{proj}的施工总承包单位，{Tn}为该项目建设单位。{d1}，{D}将{scope}工程分包给{P}，{P}组织人员、机械进场"
        "施工并全部完工。"
        "{D}以建设单位未支付工程款为由，拒绝向{P}支付剩余工程款{rest}。",
        "{P}承接{D}分包的{proj}{scope}工程，合同约定工程款“背靠背”支付，即{D}收到业主相应款项后七日内支付给{P}。工"
        "程竣工已逾{n}年，"
        "{D}既不提供与业主结算情况，也不支付剩余工程款{rest}。",
    ),
    claims=(
        "判令{D}支付工程款{rest}", "判令{D}支付欠付工程款利息（自{d3}起按同期贷款市场报价利率计算）",
        "确认{P}对其施工的{scope}工程折价或拍卖的价款享有优先受偿权", "判令第三人{Tn}在欠付工程款范围内承担责任",
    ),
    defence=(
        "双方约定背靠背付款，业主至今未与{D}完成结算，付款条件尚未成就",
        "{P}施工存在质量问题，部分工程经返修，返修费用应从工程款中扣除",
        "结算单系项目经理个人签字，未经{D}公司盖章确认，对金额不予认可",
    ),
    extra=("{Tn}与{D}之间的工程款尚未最终结算。", "{P}不具备相应的建筑施工资质。", "{proj}已交付使用。"),
)

LABOUR_SUBCONTRACT = Topic(
    slug="labour_subcontract_team", cause="建设工程分包合同纠纷", parties=("co|person", "co|person"),
    span=(100_000, 2_000_000, 1000),
    trades=("劳务", "建筑工程"),
    slots={"proj": PROJECTS, "scope": ("木工", "钢筋", "砌筑", "抹灰", "架子工", "模板", "水电安装")},
    coll=(
        "我是包工头，带了[二十多个|三十来个|十几个]人在{proj}干{scope}，劳务分包合同是跟总包签的，干完了总包压着我"
        "{rest_c}不给，工人天天找我要钱，我自己也垫了不少",
        "我们劳务公司承包了{scope}的清包工，按平米算钱，结算下来{total_c}，到现在只给了{paid_c}，项目经理说公司资金"
        "紧张",
        "我以班组长的名义跟项目部签了{scope}分包，工人工资我都先垫付了，项目部不给我结账，我这属于欠薪还是合同纠纷",
        "承包{scope}的劳务，总包扣了我们很多[罚款|水电费|管理费]，结算单上比实际少了好多，怎么去告",
    ),
    short=("包工头的劳务分包款总包不给咋办", "劳务分包款被拖欠能起诉吗", "我垫付了工人工资，总包不结账怎么办"),
    facts=(
        "{d1}，{P}与{D}签订《劳务分包合同》，约定{D}将{proj}的{scope}劳务作业分包给{P}，按建筑面积计价。{P}组织劳务"
        "人员完成施工，"
        "{d2}双方结算劳务费总额为{total}，{D}已支付{paid}，剩余{rest}未付。{P}已垫付劳务人员工资。",
        "{P}作为劳务班组负责人，以个人名义承接{D}在{proj}的{scope}清包工程，双方签订《劳务承包协议》。工程完工后，"
        "{D}项目部出具结算单，确认应付{P}劳务分包款{total}，"
        "扣除已付款项，尚欠{rest}。",
        "{P}系具有劳务资质的企业，于{d1}承接{D}发包的{proj}{scope}劳务分包工程。施工过程中{D}多次变更设计，增加工程"
        "量，但结算时未计入签证部分，"
        "{P}认为{D}少算劳务款{x}，另{D}尚欠合同内款项{rest}。",
    ),
    claims=("判令{D}支付劳务分包款{rest}", "判令{D}支付签证增加部分劳务费{x}", "判令{D}支付逾期付款利息"),
    defence=("{P}施工质量不合格，{D}另行雇人返工，返工费用应予扣除", "签证单未经监理单位确认，增加工程量不予认可"),
    extra=("{P}与其雇用的劳务人员之间的工资已由{P}自行结清。", "结算单上加盖有{D}项目部印章。"),
)

CONSTRUCTION_SETTLEMENT = Topic(
    slug="construction_contract_payment", cause="建设工程施工合同纠纷", parties=("co", "co|person"),
    span=(300_000, 12_000_000, 1000),
    trades=("建筑工程", ""),
    slots={
        "building": ("办公楼", "厂房", "仓库", "宾馆", "养殖场圈舍", "加油站罩棚", "学校食堂", "冷链物流库", "商住楼"),
        "contract": ("《建设工程施工合同》", "《建设工程施工合同》", "《工程承包合同》", "《施工总承包合同》"),
    },
    coll=(
        "我们公司给人家盖了个{building}，{t}就交付用上了，结算报告也报了，甲方就是不审，也不付钱，欠了我们{rest_c}",
        "干工程的，甲方是个民营老板，{building}盖完了他说资金链断了，想拿房子顶工程款，这个能接受吗，有风险没",
        "甲方拖工程款，我们能不能对盖的{building}主张优先受偿？听说有时间限制",
        "{t}承建了一个{building}，合同价{total_c}，中途甲方改了好几次设计，增加的工程量他不认账，这怎么弄",
    ),
    short=("甲方不给工程款咋办", "工程结算甲方一直不审怎么办", "工程款优先受偿权怎么主张"),
    facts=(
        "{d1}，{P}与{D}签订{contract}，约定{P}承建{D}位于{place}的{building}工程，合同暂定价{total}，工程竣工验收合"
        "格后{n}个月内付至结算价的97%，"
        "余款作为质保金。{P}于{d2}完工，工程经竣工验收合格并交付{D}使用。{P}于{d3}报送结算资料，{D}至今未予审核，已"
        "付工程款{paid}。",
        "{P}承包{D}的{building}建设工程，施工中{D}多次变更设计并签发工程联系单，增加工程量。工程竣工后，双方对工程"
        "造价产生争议。经{P}申请，本院委托鉴定机构鉴定，"
        "案涉工程造价为{total}，{D}已付{paid}，尚欠{rest}。",
        "{D}将其{building}工程发包给{P}，双方约定固定总价，工程于{d2}竣工验收合格。{d3}双方签订《工程结算书》，确认"
        "结算总额{total}。{D}支付{paid}后，余款{rest}未付。",
    ),
    claims=(
        "判令{D}支付工程款{rest}及利息", "确认{P}在{rest}范围内对案涉{building}工程折价或拍卖所得价款享有优先受偿权",
        "判令{D}支付工程款{rest}", "判令{D}支付逾期付款违约金{x}",
    ),
    defence=("案涉工程存在质量问题，{D}已委托他人维修，维修费用应予扣除", "{P}报送的结算资料不完整，结算条件尚未成就",
    "工期延误{days}日，{P}应承担工期违约金"),
    extra=("{P}具有建筑工程施工总承包二级资质。", "鉴定费{fee}由{P}预交。", "案涉工程已于{d3}投入使用。"),
)

RETENTION_MONEY = Topic(
    slug="construction_retention_money", cause="建设工程施工合同纠纷", parties=("co", "co"),
    span=(1_000_000, 12_000_000, 10_000),
    trades=("建筑工程", ""), span2=(30_000, 600_000, 1000),
    slots={"proj": PROJECTS},
    coll=(
        "工程[两年|三年]质保期都过了，甲方还压着我们的质保金{x_c}不退，说要等整个项目审计，这个合理吗",
        "我们是做{proj}的施工单位，质保金是5%，质保期满了去要，对方说屋面漏水要扣钱，可维修我们早就去修过了",
        "质保金退不回来能起诉吗？合同写的两年，现在都快四年了",
        "{t}做完的工程，审计都出了，甲方拿审计当借口把质保金和尾款一起压着，尾款我们认了分期，质保金{x_c}总该退了吧",
        "我们公司承包了{district}一个项目，质保金约定的是竣工一年后退一半两年后退完，现在两年多了一分没退，甲方换了"
        "领导说不清楚",
    ),
    short=("质保金到期不退怎么办", "工程质保金甲方一直扣着咋整", "质保期过了质保金能要回来吗"),
    facts=(
        "{P}与{D}于{d1}签订施工合同，约定工程结算价款的5%作为质量保证金，缺陷责任期满后{days}日内无息返还。案涉工程"
        "于{d2}竣工验收，"
        "双方已完成结算。缺陷责任期已于{d3}届满，{D}未返还质量保证金{x}。",
        "{P}承建{D}发包的{proj}，工程已竣工结算，{D}扣留质保金{x}。质保期内{P}对{D}通知的问题均已及时维修，质保期满"
        "后{P}多次申请返还，{D}以其他工程存在争议为由拒绝。",
    ),
    claims=("判令{D}返还工程质量保证金{x}", "判令{D}支付逾期返还质保金的利息"),
    defence=("质保期内工程出现渗漏，{P}维修不及时，{D}自行维修支出{fee}，应从质保金中扣除",
    "工程尚未完成审计，质保金返还条件未成就"),
)

CONSTRUCTION_DELAY = Topic(
    slug="construction_delay_defects", cause="建设工程施工合同纠纷", parties=("co|person", "co"),
    span=(300_000, 5_000_000, 1000),
    trades=("", "建筑工程"), span2=(50_000, 900_000, 1000), owed=False,
    slots={"building": ("厂房", "冷库", "办公楼", "酒店", "加工车间", "门面房", "物流仓库", "养殖大棚")},
    coll=(
        "我们公司请施工队盖{building}，合同写的[八个月|十个月]完工，结果拖了快一年还没弄完，我们的设备进不去，租金"
        "损失一大堆，能要求他赔吗",
        "施工单位交的{building}质量太差，[墙体开裂|屋面漏水|地坪起砂]，叫他们来修一直推，我们想扣工程款他们又说要告"
        "我们",
        "建筑公司工期延误了{n}个月，合同上有违约金条款，但他们说是我们设计变更造成的，这怎么算",
    ),
    short=("施工方拖延工期怎么索赔", "厂房漏水施工单位不修咋办"),
    facts=(
        "{d1}，{P}与{D}签订施工合同，约定{D}承建{P}的{building}，合同工期{n}个月，逾期竣工每日按合同价款万分之三支"
        "付违约金。{D}未能按期完工，"
        "实际逾期{days}余日方竣工验收，{P}因此遭受停产及租金损失。",
        "{D}为{P}承建的{building}交付使用后，陆续出现墙体裂缝、屋面渗漏等质量问题。{P}多次通知{D}维修，{D}未予处理。"
        "经鉴定，上述质量问题系施工不符合设计及规范要求所致，"
        "修复费用为{x}。",
    ),
    claims=("判令{D}支付工期延误违约金{x}", "判令{D}赔偿修复费用{x}", "判令{D}对案涉工程质量缺陷进行维修",
    "判令{D}赔偿{P}停产损失{x}"),
    defence=("工期延误系{P}变更设计、迟延支付进度款所致，{D}不应承担责任",
    "质量问题系{P}使用不当造成，不属于施工质量缺陷"),
    extra=("施工过程中，{P}共签发设计变更通知{n}份。", "监理日志记载了停工期间及原因。"),
)

DESIGN_FEE = Topic(
    slug="design_contract", cause="建设工程设计合同纠纷", parties=("co", "co"), span=(50_000, 1_500_000, 1000),
    trades=("建筑设计", "房地产开发"),
    slots={"proj": PROJECTS, "stage": ("方案设计", "初步设计", "施工图设计", "景观设计", "室内装饰设计")},
    coll=(
        "我们设计院给{co}做了{proj}的{stage}，图纸都交了，审图也通过了，设计费还欠{rest_c}没付，对方说项目停了",
        "我们公司请设计公司出图，结果[图纸错误太多|一拖再拖|审图一直过不了]，施工返工花了不少钱，设计费还能不能不给了",
        "设计合同分了好几个阶段付款，甲方做到一半把项目停了，已经做的部分设计费怎么算",
    ),
    short=("设计费甲方不给怎么办", "设计图纸出错造成返工能索赔吗"),
    facts=(
        "{d1}，{P}与{D}签订《建设工程设计合同》，约定{D}委托{P}承担{proj}的{stage}工作，设计费总额{total}，按设计阶"
        "段支付。{P}按约提交了设计成果并通过审查，"
        "{D}仅支付设计费{paid}，尚欠{rest}。",
        "{P}受{D}委托完成了{proj}{stage}，后{D}以项目暂停为由拒绝支付后续设计费。依合同约定，因委托方原因中止设计的，"
        "委托方应按已完成工作量支付设计费，"
        "{P}已完成的工作量对应设计费{rest}。",
        ("<>{d1}，{P}委托{D}进行{proj}{stage}，设计费{total}。{D}提交的设计图纸存在结构计算错误、专业图纸相互矛盾等"
            "多处问题，审图机构出具了整改意见，导致施工中返工，{P}为此多支出工程费用{x}，工期亦因此延误。",
         "判令{D}赔偿因设计错误造成的损失{x}", "判令{D}返还已收取的部分设计费{paid}"),
    ),
    claims=("判令{D}支付设计费{rest}", "判令{D}支付逾期付款违约金{x}"),
    defence=("{P}交付的设计成果存在缺陷，未达到合同约定的深度要求", "项目因政府规划调整停止，属于不可抗力"),
)

SUPERVISION_FEE = Topic(
    slug="supervision_contract", cause="建设工程监理合同纠纷", parties=("co", "co"), span=(40_000, 800_000, 1000),
    trades=("工程监理", ""), span2=(20_000, 300_000, 1000),
    slots={"proj": PROJECTS},
    coll=(
        "我们监理公司给{proj}做监理，工期拖了一年多，我们的人一直在现场，延长期的监理费业主不给，只认合同价",
        "监理费拖欠{rest_c}，业主说工程还没决算，这个跟我们监理有啥关系",
        "业主说我们监理没尽到责任，工程出了质量问题，要扣监理费，我们该怎么应对",
    ),
    short=("监理费业主不给怎么办", "工程延期了监理费能多要吗"),
    facts=(
        "{d1}，{P}与{D}签订《建设工程监理合同》，约定{P}对{proj}进行施工阶段监理，监理费{total}，监理期限{n}个月。"
        "因工程延期，{P}实际提供监理服务延长至{d3}，"
        "{D}仅支付合同内监理费{paid}，延长期间的监理服务费{x}及合同内余款均未支付。",
        "{P}受{D}委托对{proj}实施监理，合同约定监理费{total}，工程竣工验收后付清。{P}派驻总监理工程师及监理人员全程"
        "在岗，工程已于{d2}竣工验收。{D}仅支付{paid}，并以工程审计未完成为由拒绝支付剩余监理费{rest}。",
    ),
    claims=("判令{D}支付监理费{rest}", "判令{D}支付延长服务期监理费{x}", "判令{D}支付监理酬金及逾期付款利息"),
    defence=("{P}监理人员长期不在岗，未履行监理职责，应扣减监理费", "延期非{D}原因造成，合同未约定延期监理费"),
)


# --------------------------------------------------------------------------
# Topics: companies and partnerships
# --------------------------------------------------------------------------

EQUITY_TRANSFER = Topic(
    slug="equity_transfer_price", cause="股权转让纠纷", parties=("person|co", "person|co"),
    span=(100_000, 5_000_000, 10_000),
    slots={"target": ("{co}", "{co}", "兰州某餐饮管理有限公司", "兰州新区某物流有限公司")},
    coll=(
        "我把公司{pct}%的股份转给了另一个股东，协议签了工商也变更了，转让款{total_c}他只给了{paid_c}，剩下的说公司"
        "经营不好不想给了",
        "{t}买了朋友公司的股份，付了{paid_c}，后来发现公司欠了一屁股债，他当时根本没告诉我，能不能退股要回钱",
        "股权转让款分期付，对方第二期就没给，合同里写了违约金，我是直接起诉要钱还是要求解除协议把股权拿回来",
        "公司是我跟{sn}总一起开的，我退出的时候把股份作价{total_c}转给他，他写了个承诺书，到现在一直拖，说等公司回款",
    ),
    short=("股权转让款对方不付怎么办", "股份转让了钱没给全能起诉吗", "受让股权后发现隐瞒债务能退吗"),
    facts=(
        "{d1}，{P}与{D}签订《股权转让协议》，约定{P}将其持有的{target}{pct}%股权以{total}转让给{D}，{D}分两期支付转"
        "让款。协议签订后，{P}配合办理了股权变更登记，"
        "{D}仅支付第一期转让款{paid}，余款{rest}逾期未付。",
        "{P}原为{target}股东，{d1}与{D}签订股权转让协议，将所持股权全部转让给{D}，转让价款{total}。{d2}，公司完成工"
        "商变更登记，{D}成为公司股东。"
        "{D}向{P}出具承诺书，承诺于{d3}前付清剩余转让款{rest}，但到期未付。",
        ("{d1}，{P}受让{D}持有的{target}股权并支付转让款{paid}。{P}接手后发现公司存在大额对外债务及未决诉讼，{D}在"
            "转让时隐瞒上述情况，违反协议中的陈述与保证条款。",
         "判令撤销{P}与{D}签订的《股权转让协议》", "判令{D}返还股权转让款{paid}", "判令{D}赔偿{P}损失{x}"),
    ),
    claims=("判令{D}支付股权转让款{rest}", "判令{D}按协议约定支付违约金{x}", "判令{D}支付逾期付款利息"),
    defence=("{P}转让股权时隐瞒了公司对外负债，{D}有权拒付剩余转让款",
    "转让款已经部分以抵债方式支付，实际欠款少于{P}主张"),
    extra=("{target}于{d2}完成股东变更登记。", "{target}注册资本为{x}。"),
)

SHAREHOLDER_INFO = Topic(
    slug="shareholder_inspection", cause="股东知情权纠纷", parties=("person", "co"), span=(50_000, 2_000_000, 10_000),
    owed=False,
    coll=(
        "我是公司小股东，占{pct}%，这几年公司说一直亏损不分红，我要看账本他们不给，说财务资料是商业秘密",
        "跟人合伙开的公司，我只投钱不管事，大股东说了算，[我连公司一年挣多少都不知道|听说他把公司的钱转到他亲戚的公"
        "司去了]，我能不能查账",
        "股东要求查阅会计账簿被拒绝，需要先发函吗？还是可以直接去法院",
        "我在公司有股份，离开公司后就再也没拿到过财务报表，开股东会也不通知我",
    ),
    short=("小股东怎么查公司账", "公司不让股东看账本咋办", "股东知情权怎么起诉"),
    facts=(
        "{P}系{D}股东，持股{pct}%。{d2}，{P}向{D}邮寄书面申请，要求查阅、复制公司章程、股东会会议记录、财务会计报告，"
        "并查阅会计账簿及会计凭证，"
        "说明目的是了解公司经营及利润分配情况。{D}签收后十五日内未予答复，亦未提供上述资料。",
        "{D}成立于{d1}，{P}为公司登记股东，不参与公司日常经营。{P}多次口头及书面要求查阅公司财务资料，{D}以{P}经营"
        "同类业务、查阅目的不正当为由拒绝。",
    ),
    claims=(
        "判令{D}提供自{d1}至今的公司章程、股东会会议记录、董事会决议和财务会计报告供{P}查阅、复制",
        "判令{D}提供自公司成立至今的会计账簿及会计凭证供{P}查阅", "判令{D}在其住所地置备上述资料供{P}查阅",
    ),
    defence=("{P}另行经营与{D}存在竞争关系的公司，查阅会计账簿可能损害公司合法利益",
    "{P}已于转让股权后不再具有股东资格"),
    extra=("{P}持有的股权已实缴出资。", "{P}于{d2}向{D}发送的书面申请已由{D}签收。"),
)

RESOLUTION_REVOKE = Topic(
    slug="company_resolution", cause="公司决议撤销纠纷", parties=("person", "co"), span=(100_000, 3_000_000, 10_000),
    owed=False,
    slots={"matter": ("增资扩股", "免去小股东监事职务", "对外提供担保", "修改公司章程", "解聘总经理",
    "以公司厂房对外抵押")},
    coll=(
        "公司开股东会没通知我，[大股东一个人|他们几个]就把{matter}的决议做了，我是股东我不认，能不能撤销",
        "股东会决议上的签名不是我签的，是别人冒签的，这个决议有效吗",
        "大股东开会做了决议让公司增资，我没钱跟投，我的股份一下子被稀释了一大截，这合法吗",
        "公司做决议要把厂房抵押出去给大股东的另一个公司担保，我反对也没用，现在该咋办",
    ),
    short=("股东会没通知我做的决议能撤销吗", "股东会决议签名被冒签怎么办", "公司决议撤销要多久内起诉"),
    facts=(
        "{P}系{D}股东，持股{pct}%。{d2}，{D}召开股东会并形成关于{matter}的决议。{D}召开该次股东会未提前十五日通知"
        "{P}，{P}未参加会议，"
        "决议上亦无{P}签字。{P}于{d3}得知该决议内容。",
        ("{d2}，{D}作出股东会决议，决议事项为{matter}。该决议上“{Pn}”的签名并非{P}本人所签，经鉴定，该签名与{P}的签"
        "名样本不是同一人书写。",
         "确认{D}于{d2}作出的股东会决议不成立"),
    ),
    claims=("判令撤销{D}于{d2}作出的股东会决议",),
    defence=("会议通知已通过电话告知{P}，{P}明确表示不参加，召集程序仅有轻微瑕疵，对决议未产生实质影响",
    "{P}起诉已超过法定的六十日期限"),
    extra=("{D}章程规定，召开股东会会议应当于会议召开十五日前通知全体股东。",),
)

DISSOLUTION = Topic(
    slug="company_dissolution", cause="公司解散纠纷", parties=("person", "co"), span=(100_000, 5_000_000, 10_000),
    owed=False,
    coll=(
        "我和另一个股东各占一半，闹翻了好几年了，股东会根本开不起来，公司啥业务都没了，我想把公司解散掉，他不同意",
        "公司两个股东，他管公章营业执照，我啥都碰不到，公司{nc}年没开过会了，这种能申请法院解散公司吗",
        "公司已经停业了，但是大股东拖着不清算，我的投资就一直套在里面",
    ),
    short=("股东僵局能起诉解散公司吗", "公司停业了不清算怎么办", "我想解散公司对方不同意咋整"),
    facts=(
        "{D}成立于{d1}，注册资本{total}，{P}与第三人{Tn}各持股50%。自{d2}起，双方股东因经营理念分歧产生矛盾，{D}连"
        "续两年以上未能召开股东会，无法形成有效决议，"
        "公司经营管理发生严重困难。{P}多次提议协商解决未果。",
        "{P}持有{D}{pct}%股权。{D}自{d2}起已停止经营，公司公章、证照由另一股东控制，{P}作为股东无法参与公司经营管理，"
        "经{district}商会等组织调解，亦未能化解矛盾。",
    ),
    claims=("判令解散{D}",),
    defence=("{D}经营状况良好，仍在正常开展业务，不存在经营管理严重困难的情形",
    "双方矛盾可以通过股权转让等方式解决，不应解散公司"),
    extra=("{D}自{d3}起未再申报纳税。", "庭审中，双方均表示不愿收购对方股权。"),
)

CAPITAL_CONTRIBUTION = Topic(
    slug="capital_withdrawal", cause="股东出资纠纷", parties=("co|person", "person"), span=(100_000, 3_000_000, 10_000),
    coll=(
        "我们公司一个股东验资完第二天就把{total_c}转走了，说是借款，到现在也没还，这算抽逃出资吗",
        "公司欠我的货款执行不了，听说股东当年认缴的钱一直没交，能不能让股东来还",
        "我是公司的股东，另一个股东认缴的{total_c}到期了也不交，公司没钱周转，我们能告他吗",
    ),
    short=("股东抽逃出资怎么起诉", "股东认缴出资不交怎么办", "公司没钱能追股东出资吗"),
    facts=(
        ("{D}系{Tn}股东，认缴出资{total}。{d1}，{D}将出资款缴入公司验资账户，验资完成后次日，该款项即以“往来款”名义"
        "转入{D}个人账户，且无任何真实交易背景。{P}认为{D}构成抽逃出资。",
         "判令{D}向{Tn}返还抽逃出资{total}及利息", "判令{D}在抽逃出资本息范围内对{Tn}不能清偿的债务承担补充赔偿责任"),
        "{Tn}章程约定股东{D}应于{d2}前缴足认缴出资{total}，{D}至今仅实缴{paid}。{P}系{Tn}的债权人，持有生效判决，经"
        "强制执行，{Tn}无财产可供执行。",
    ),
    claims=("判令{D}在未出资本息范围内对{Tn}不能清偿的债务承担补充赔偿责任", "判令{D}向{Tn}缴纳出资{rest}"),
    defence=("转出款项系{Tn}向{D}的正常借款，已有借款合同，不构成抽逃出资", "{D}的认缴出资期限尚未届满，不应加速到期"),
    extra=("{Tn}已被列为失信被执行人。",),
)

PARTNERSHIP_RESTAURANT = Topic(
    slug="partnership_restaurant", cause="合伙合同纠纷", parties=("person", "person"), span=(50_000, 800_000, 1000),
    slots={"venture": ("火锅店", "牛肉面馆", "烧烤店", "手抓羊肉馆", "奶茶店", "川菜馆", "农家乐")},
    coll=(
        "我跟朋友合伙在{district}开了个{venture}，一人一半出资，他负责管账，干了{nc}年说没赚钱，[现在店关了|现在他"
        "想一个人干]，我投的{paid_c}咋算",
        "三个人合伙开{venture}，口头约定按出资分红，后来闹掰了，店里的设备和押金他们拿走了，我退伙了一分没拿到",
        "合伙开饭馆亏了，他非让我一起承担欠供应商的钱，当时说好亏了他兜底的，这个有用吗",
        "合伙开的{venture}我不想干了，让他把我的股份买走，他压价压得很低，不同意就拖着",
        "和亲戚合伙开{venture}，账本都在他手里，我怀疑他做假账，能不能要求清算",
    ),
    short=("合伙开店散伙了钱怎么分", "合伙人退伙不给退钱怎么办", "合伙开饭馆亏损谁承担"),
    facts=(
        "{d1}，{P}与{D}签订《合伙协议》，约定共同出资在{place}经营{venture}，各占50%份额，{D}负责日常经营和账目。经"
        "营至{d2}，双方发生矛盾，{venture}停业。"
        "{D}未与{P}进行合伙清算，店内设备、剩余物资及押金均由{D}处分。",
        "{P}、{D}及案外人三人口头约定合伙经营{venture}，{P}出资{paid}。{d2}，三方签订《退伙协议》，约定{D}于{d3}前"
        "向{P}支付退伙款{rest}，{D}逾期未付。",
        "{P}与{D}合伙开办{venture}，合伙期间由{D}掌管收支。合伙终止后，{P}要求{D}提供账目进行结算，{D}拒绝，{P}认为"
        "{D}截留合伙收入约{x}。",
    ),
    claims=("判令{D}支付退伙款{rest}", "判令对合伙财产进行清算，{D}返还{P}投资款及应得利润{x}",
    "判令{D}提供合伙期间全部账目"),
    defence=("合伙期间一直亏损，{P}作为合伙人应共同承担亏损，不存在可分配财产",
    "{P}已从店里支取过款项，应从退伙款中扣除"),
    extra=("{venture}营业执照登记的经营者为{D}。", "合伙期间的微信收款记录显示营业收入约{x}。"),
)

PARTNERSHIP_OTHER = Topic(
    slug="partnership_business", cause="合伙合同纠纷", parties=("person|shop", "person|shop"),
    span=(50_000, 1_500_000, 1000),
    slots={"venture": ("养牛场", "工程", "砂石场", "物流线路", "洗车行", "苗木基地", "百合种植", "二手车生意",
    "养羊场")},
    coll=(
        "{t}跟{sn}某合伙做{venture}，我出钱他出力，说好利润对半分，干了一年他说赔了，可我听说赚了不少，钱都在他卡上",
        "合伙搞{venture}，合伙人偷偷把设备卖了，钱自己装兜里了，我报警警察说是经济纠纷",
        "我和两个人合伙[包了个工程|弄{venture}]，结束后算账，他俩说我该分{x_c}，到现在一直拖着不给",
    ),
    short=("合伙做生意对方独吞利润怎么办", "合伙分红不给能起诉吗"),
    facts=(
        "{d1}，{P}与{D}约定合伙经营{venture}，{P}出资{paid}，{D}负责经营管理，利润按出资比例分配。{d2}合伙事项结束，"
        "经双方结算，{D}应向{P}支付投资款及利润共计{total}，"
        "{D}出具结算单后仅支付部分款项。",
        ("{d1}起，{P}、{D}合伙经营{venture}，未签订书面协议，{P}出资{paid}，{D}负责日常经营。合伙期间，{D}未经{P}同"
            "意擅自将合伙购置的设备及存货变卖，所得价款{x}未入合伙账户，{P}多次要求分割未果。",
         "判令{D}返还其擅自处分合伙财产所得{x}", "判令对合伙财产进行分割"),
    ),
    claims=("判令{D}支付合伙分配款{rest}", "判令{D}返还其擅自处分合伙财产所得{x}", "判令对合伙财产进行分割"),
    defence=("双方合伙尚未清算，{P}无权直接主张分配款", "{P}出资系借款，双方不存在合伙关系"),
)


# --------------------------------------------------------------------------
# Topics: leases of shops, plants, equipment and vehicles
# --------------------------------------------------------------------------

SHOP_USES = ("牛肉面馆", "服装店", "超市", "火锅店", "药店", "美容院", "培训机构", "五金店", "奶茶店", "手机店",
"烧烤店")

SHOP_RENT = Topic(
    slug="shop_lease_rent", cause="房屋租赁合同纠纷", parties=("person|co", "shop|person|co"),
    span=(20_000, 400_000, 100),
    span2=(3_000, 40_000, 100),
    slots={"use": SHOP_USES, "contract": ("《商铺租赁合同》", "《门面房租赁合同》", "《房屋租赁合同》",
    "《商业用房租赁合同》")},
    coll=(
        "我有个门面租给别人开{use}，一年租金{total_c}，说好半年一交，{t}开始就不交了，欠了{rest_c}，人还在里面营业，"
        "我能不能把门锁了",
        "商铺租出去了，租户欠了[半年|大半年|一年多]房租，电话也不接，店里东西还在，我能不能直接收回来",
        "我租的门面开{use}，房东说我欠租要赶我走，可是我装修花了{x_c}，合同还没到期，他这样我能要求赔装修吗",
        "在{place}租的铺面，生意不好做了交不起房租，房东要求我把三年剩下的租金都付了，这合理吗",
        "租户跑了，欠着房租和水电费，门面里留了一堆[桌椅板凳|货架|设备]，我处理了会不会违法",
    ),
    short=("门面租户欠房租不交怎么办", "商铺租金拖欠{nc}个月能解约吗", "租户跑了铺子里的东西能处理吗"),
    facts=(
        "{d1}，{P}与{D}签订{contract}，约定{P}将位于{place}的商铺出租给{D}经营{use}，租期{n}年，月租金{x}，每半年支"
        "付一次。{D}自{d2}起未再支付租金，"
        "累计拖欠租金{rest}。{P}多次催告，{D}仍未支付。",
        "{P}将其所有的{place}临街门面房出租给{D}，双方签订{contract}，约定租金按季度预付，逾期超过三十日的，{P}有权"
        "解除合同。{D}自{d2}起拖欠租金，"
        "{P}于{d3}向{D}发出解除合同通知，{D}至今未腾退房屋。",
        ("<>{d1}，{P}承租{D}位于{place}的商铺经营{use}，投入装修费用{x}。租赁期间{D}以{P}欠租为由断水断电、锁闭店门，"
            "致使{P}无法经营。",
         "判令{D}赔偿{P}装修损失及停业损失{x}", "判令{D}返还租赁押金{fee}"),
    ),
    claims=(
        "判令解除{P}与{D}签订的{contract}", "判令{D}支付拖欠租金{rest}", "判令{D}腾退并返还位于{place}的商铺",
        "判令{D}支付房屋占用费（按每月{x}计算至实际腾退之日止）", "判令{D}支付拖欠的水电费及物业费{fee}",
    ),
    defence=("{P}出租的商铺存在漏水问题，影响经营，{D}有权减付租金", "疫情期间商铺无法营业，应减免相应期间租金"),
    extra=("{D}已于{d3}停止在该商铺经营。", "{D}交纳的租赁押金为{fee}。"),
)

SHOP_EARLY_TERMINATION = Topic(
    slug="shop_lease_early_termination", cause="房屋租赁合同纠纷", parties=("shop|person|co", "person|co"),
    span=(20_000, 300_000, 100),
    span2=(5_000, 60_000, 1000), owed=False,
    slots={"use": SHOP_USES},
    coll=(
        "我租的门面做{use}，合同签了{nc}年，现在干不下去想提前退租，房东不退押金还要我赔{nc}个月租金，这个要赔吗",
        "租了个商铺，{t}被告知这一片要[拆迁|改造]，房东让我一个月内搬走，我装修刚花了{x_c}，这个损失谁赔",
        "房东把我租的铺面又租给别人了，我合同还没到期呢，锁都给换了",
        "我们公司租的门店，房东中途要涨租金，不同意就让我们搬，合同里没写涨价的事",
    ),
    short=("门面提前退租押金退不退", "房东提前收回商铺要赔偿吗", "商铺还没到期房东换锁怎么办"),
    facts=(
        "{d1}，{P}承租{D}位于{place}的商铺用于经营{use}，租期{n}年，押金{fee}。租赁期间，{D}以该商铺需另作他用为由，"
        "要求{P}提前腾退，并于{d2}擅自更换门锁。"
        "{P}为经营投入的装修、设备损失{x}。",
        "{P}租赁{D}的门面房，合同约定任何一方提前解约应支付三个月租金作为违约金。{P}因经营困难于{d2}书面通知{D}解除"
        "合同并交还钥匙，"
        "{D}扣留押金{fee}，另要求{P}支付剩余租期全部租金。",
        "{P}承租的商铺因所在区域被纳入{district}城市更新改造范围，{D}于{d2}通知{P}解除租赁合同。{P}认为{D}出租时已"
        "知晓改造计划而未告知，应赔偿装修及停业损失。",
    ),
    claims=("判令{D}返还租赁押金{fee}", "判令{D}赔偿装修损失及停业损失{x}", "判令{D}支付违约金{x}",
    "确认{P}与{D}之间的租赁合同于{d2}解除"),
    defence=("{P}单方提前解约构成违约，押金依约不予退还",
    "装修系{P}自行添附，合同约定租赁期满装修归出租人所有，不予补偿"),
)

TRANSFER_FEE = Topic(
    slug="shop_transfer_fee", cause="合同纠纷", parties=("person|shop", "person|shop"), span=(20_000, 300_000, 1000),
    slots={"use": SHOP_USES},
    coll=(
        "我{t}接手了一个{use}，给了上家{total_c}转让费，说好房东那边他去沟通，结果接手[两个月|没几天]房东就说不续租"
        "了，转让费能要回来吗",
        "我把自己的{use}转出去了，下家说好转让费分两次给，第二次的{rest_c}一直拖着，店他倒是一直在开",
        "花了{total_c}转了个店，上家说的月流水都是假的，[设备也是坏的|营业执照办不下来]，能不能退",
        "盘店被坑了，转让费给了，后来才知道这个门面房东早就不打算租了，上家明明知道还收我钱",
    ),
    short=("店铺转让费能退吗", "接手的店房东不续租转让费找谁要", "下家欠转让费不给怎么办"),
    facts=(
        "{d1}，{P}与{D}签订《店铺转让协议》，约定{D}将其经营的位于{place}的{use}连同装修、设备及经营权转让给{P}，转"
        "让费{total}。{P}付清转让费后接手经营，"
        "{d2}，房屋所有权人以原租赁合同到期为由拒绝与{P}续签租赁合同，要求{P}腾退。{P}认为{D}隐瞒了租期即将届满的事"
        "实。",
        ("{P}将其经营的{use}转让给{D}，约定转让费{total}，分两期支付。{D}支付{paid}后接手经营至今，剩余转让费{rest}"
            "经{P}催要未付。",
         "判令{D}支付剩余转让费{rest}", "判令{D}支付逾期付款违约金{x}"),
    ),
    claims=("判令解除{P}与{D}签订的《店铺转让协议》", "判令{D}返还转让费{total}", "判令{D}赔偿损失{x}"),
    defence=("转让时已如实告知租期情况，{P}自行与房东协商不成，与{D}无关", "{P}接手经营已有收益，不应全额退还转让费"),
)

FACTORY_LEASE = Topic(
    slug="plant_warehouse_lease", cause="租赁合同纠纷", parties=("co|person", "co"), span=(50_000, 1_200_000, 1000),
    span2=(20_000, 300_000, 1000),
    slots={"premises": ("厂房", "仓库", "冷库", "物流场地", "车间及办公楼", "院落及库房"), "spot": ("兰州新区",
    "西固区", "安宁区", "红古区", "榆中县和平镇", "七里河区彭家坪")},
    coll=(
        "我们把{spot}的{premises}租给一家公司做生产，租金拖了一年多了，{rest_c}，现在他们停产了设备还堆在里面",
        "公司租别人的{premises}，租了没半年房东说那是违章建筑被查了，我们搬走损失好几十万，房东该不该赔",
        "租的{premises}到期了，出租方扣着我们的押金不退，说我们把地面弄坏了，让我们恢复原状",
        "厂房租金按年付的，今年我们说减点，对方不干，直接拉闸断电了，生产全停了",
    ),
    short=("厂房租金拖欠能收回吗", "租的{premises}被认定违建找谁赔", "仓库押金不退怎么办"),
    facts=(
        "{d1}，{P}与{D}签订《厂房租赁合同》，约定{P}将位于{spot}的{premises}出租给{D}用于生产经营，年租金{x}，租期"
        "{n}年。{D}自{d2}起拖欠租金，至今累计欠付{rest}。",
        ("<>{d1}，{P}承租{D}位于{spot}的{premises}，投入设备安装及改造费用{x}。{d2}，该建筑因未取得建设工程规划许可"
            "被责令拆除，{P}被迫搬迁。",
         "确认{P}与{D}签订的租赁合同无效", "判令{D}返还已收取的租金{paid}", "判令{D}赔偿{P}搬迁及装修损失{x}"),
        "{P}向{D}出租{premises}，租赁期满后{D}未按约定腾退，亦未支付期满后的占用费。{P}于{d3}发函要求腾退，{D}以正"
        "在寻找新场地为由拖延。",
    ),
    claims=("判令{D}支付拖欠的租金{rest}", "判令{D}腾退{premises}并支付占用费{x}", "判令解除双方签订的租赁合同"),
    defence=("{P}未按约定办理消防验收，导致{D}无法正常生产，{D}有权拒付租金", "双方已口头协商减免部分租金"),
)

EQUIPMENT_LEASE = Topic(
    slug="construction_equipment_lease", cause="租赁合同纠纷", parties=("co|shop|person", "co|person"),
    span=(20_000, 900_000, 100),
    trades=("机械设备", "建筑工程"),
    slots={"machine": ("塔吊", "挖掘机", "装载机", "施工升降机", "汽车吊", "压路机", "混凝土泵车", "发电机"),
    "proj": PROJECTS},
    coll=(
        "我有台{machine}租给工地用，说好按月结租金，用了[七八个月|快一年]只给了{paid_c}，现在工地停了，机器还压在那儿",
        "出租{machine}的，对方是个包工头，租赁合同是他签的但是盖的建筑公司项目部的章，这钱找他要还是找公司要",
        "{t}租了人家的{machine}，[机子三天两头坏|司机不听指挥]，耽误了工期，对方还要收全月租金，我们能扣钱吗",
        "我们租赁站的{machine}在工地上被[偷了配件|砸坏了]，承租方说不是他们的责任，维修费谁出",
    ),
    short=("{machine}租金工地拖着不给咋办", "机械租赁费要不回来能告吗", "租出去的设备被损坏谁赔"),
    facts=(
        "{d1}，{P}与{D}签订《{machine}租赁合同》，约定{D}租赁{P}的{machine}用于{proj}施工，月租金{x}，按月结算。{P}"
        "按约将设备运至施工现场，"
        "租赁至{d2}止，经双方结算租金共计{total}，{D}已付{paid}，尚欠{rest}。",
        "{D}在承建{proj}期间，由其项目部负责人与{P}签订设备租赁合同，租用{machine}，合同加盖{D}项目部印章。设备退场"
        "后，{D}项目部出具租金结算单，确认欠款{rest}。",
        "{P}将{machine}出租给{D}使用，租赁期间设备因{D}操作不当发生损坏，{P}支付维修费{x}。租赁结束后{D}拒绝承担维"
        "修费，且拖欠最后{n}个月租金。",
    ),
    claims=("判令{D}支付租赁费{rest}", "判令{D}赔偿设备维修费{x}", "判令{D}支付逾期付款违约金"),
    defence=("结算单系项目部个人签字，{D}公司并未授权", "设备多次故障停机，停机期间不应计算租金"),
    extra=("{P}提交的设备进出场记录显示设备于{d2}退场。",),
)

SCAFFOLD_LEASE = Topic(
    slug="scaffold_lease", cause="租赁合同纠纷", parties=("co|shop|person", "co|person"), span=(20_000, 700_000, 100),
    trades=("", "建筑工程"), span2=(5_000, 200_000, 100),
    slots={"proj": PROJECTS, "kit": ("钢管、扣件", "钢管扣件", "盘扣式脚手架", "钢模板", "木方和模板", "碗扣架")},
    coll=(
        "我开租赁站的，{t}往{proj}租出去一批{kit}，租金一天一算，到现在欠了{rest_c}，还有[一千多套扣件|不少钢管]没"
        "还回来",
        "租出去的{kit}工地还回来少了好多，丢失的按合同该赔，对方只认租金不认丢失",
        "包工头租我的钢管扣件，写了个欠条，后来人不见了，他干活的那个项目是某某建筑公司的，能告公司吗",
        "做{kit}租赁的，对账单上有对方签字，但是签字的人说他只是个库管，这个算数吗",
    ),
    short=("钢管扣件租金要不回来怎么办", "租出去的脚手架丢了谁赔", "扣件租赁费拖欠能起诉吗"),
    facts=(
        "{d1}，{P}与{D}签订《钢管扣件租赁合同》，约定{D}租赁{P}的{kit}用于{proj}，租金按日计算，每月结算一次，丢失"
        "或损坏按约定单价赔偿。"
        "截至{d2}，{D}累计欠付租金{rest}，另有部分租赁物未归还，按约定价格折算赔偿款{x}。",
        "{D}承建{proj}期间陆续从{P}处租赁{kit}，双方以发货单、退货单记载租赁物数量。{d3}双方对账，确认{D}欠付租金"
        "{rest}。此后{D}停止支付租金，剩余租赁物亦未归还。",
    ),
    claims=("判令{D}支付租金{rest}", "判令{D}返还未归还的租赁物，不能返还的按合同约定赔偿{x}",
    "判令{D}支付自{d3}起至租赁物归还之日的租金"),
    defence=("丢失的租赁物系在工地被盗，{D}已报警，不应承担赔偿责任", "{P}主张的租金计算有误，部分租赁物早已退还"),
)

VEHICLE_LEASE = Topic(
    slug="vehicle_lease", cause="租赁合同纠纷", parties=("co|shop", "co|shop|person"), span=(10_000, 400_000, 100),
    trades=("汽车服务", ""), span2=(3_000, 120_000, 100),
    slots={"vehicle": ("商务车", "渣土车", "冷藏车", "轿车", "大客车", "叉车", "半挂牵引车", "洒水车")},
    coll=(
        "我们公司把{n}辆{vehicle}长租给一个单位用，租金按月付，后来他们说业务没了，车也不还，租金欠了{rest_c}",
        "汽车租赁公司的车我们公司包了一年，中途车坏了他们一直不换车，还按天扣我们的押金",
        "我们租给人家的{vehicle}，对方私自把车抵押给别人了，现在车都找不到",
        "公司租了辆{vehicle}跑业务，还车的时候租车公司说车有划痕要赔{x_c}，押金全扣了，这合理吗",
    ),
    short=("租出去的车被对方抵押了怎么办", "车辆租赁押金不退咋办", "公司租的车租金欠着不给能告吗"),
    facts=(
        "{d1}，{P}与{D}签订《车辆租赁合同》，约定{P}将{vehicle}{n}辆出租给{D}用于经营，月租金合计{x}。{D}自{d2}起未"
        "再支付租金，并拒绝返还车辆，累计欠付租金{rest}。",
        ("<>{d1}，{P}向{D}租赁{vehicle}用于公司业务，租期{n}个月，交纳押金{fee}。租赁期满{P}按时还车，交接时双方未"
            "对车况提出异议。此后{D}以车辆存在划痕、需要维修为由扣留全部押金，但未提供维修凭证。",
         "判令{D}返还押金{fee}", "判令{D}支付逾期返还押金的利息"),
        "{d1}，{P}与{D}签订车辆租赁合同，将{vehicle}一辆出租给{D}，月租金{x}。{D}承租后仅支付了两个月租金，并未经"
        "{P}同意将车辆质押给案外人，{P}通过GPS定位发现车辆去向后，多次要求{D}返还车辆未果。",
    ),
    claims=("判令{D}支付租金{rest}", "判令{D}返还租赁车辆，不能返还的赔偿车辆损失{x}", "判令解除车辆租赁合同"),
    defence=("车辆租赁期间多次发生故障，{P}未及时维修替换，影响了{D}的使用", "车辆已由{P}自行收回，此后不应再计算租金"),
)


# --------------------------------------------------------------------------
# Topics: transport and storage
# --------------------------------------------------------------------------

CARGO = ("苹果", "百合", "钢材", "家电", "瓷砖", "药品", "冷冻牛羊肉", "高原夏菜", "玻璃", "化工原料", "家具", "矿泉水")
CITIES = ("西安", "成都", "广州", "乌鲁木齐", "西宁", "郑州", "上海", "银川", "重庆", "武汉")

CARGO_DAMAGE = Topic(
    slug="cargo_damage", cause="公路货物运输合同纠纷", parties=("co|shop|person", "co|person"),
    span=(10_000, 600_000, 100),
    trades=("", "物流"), span2=(5_000, 300_000, 100), owed=False,
    slots={"cargo": CARGO, "city": CITIES, "coldcargo": ("冷冻牛羊肉", "速冻水饺", "鲜奶", "高原夏菜", "冷鲜鸡肉")},
    coll=(
        "我们发了一车{cargo}去{city}，物流公司路上[翻车了|追尾了|淋了雨]，到那边货基本报废了，物流公司只肯按保价赔"
        "一点点",
        "托运的{cargo}到了[碎了一大半|少了好几件|全化了]，司机说装车的时候就那样，可是装车的时候他签了字的",
        "找的物流拉{cargo}，结果晚到了{nc}天，客户拒收了，这损失物流要不要赔",
        "货车司机是物流公司找的个人车，出了事物流说找司机，司机说找公司，我到底告谁",
    ),
    short=("托运的货物损坏物流不赔怎么办", "物流把货弄丢了只按运费赔合理吗", "运输延误客户拒收找谁赔"),
    facts=(
        "{d1}，{P}委托{D}将一批{cargo}从兰州运往{city}，双方签订托运单，约定运费{fee}，{D}应于{n}日内送达。运输途中，"
        "承运车辆发生事故，货物严重受损，"
        "经收货人现场清点并由双方确认，货物损失价值{x}。",
        "{P}将{cargo}交由{D}承运，{D}在托运单上签收，载明货物数量及包装完好。货物运抵{city}后，收货人发现部分货物短"
        "少、破损，拒绝收货，{P}为此向收货人赔偿{x}。",
        "{P}与{D}签订《冷链运输合同》，约定全程温度控制在零下18摄氏度以下。因{D}车辆制冷设备故障，所运{coldcargo}到"
        "达时已解冻变质，{P}损失{x}。",
    ),
    claims=("判令{D}赔偿货物损失{x}", "判令{D}退还运费{fee}并赔偿货物损失",
    "判令{D}赔偿{P}因货损向收货人支付的赔偿款{x}"),
    defence=("{P}未办理保价运输，依照托运单条款，{D}仅按运费的三倍承担赔偿责任",
    "货物损坏系{P}包装不当所致，承运人不应担责"),
    extra=("承运车辆的实际驾驶人系{D}雇用的司机。", "交警部门出具的事故认定书认定驾驶人负事故全部责任。"),
)

FREIGHT_UNPAID = Topic(
    slug="freight_unpaid", cause="运输合同纠纷", parties=("co|person|shop", "co|shop"), span=(8_000, 500_000, 100),
    trades=("物流", ""),
    slots={"cargo": CARGO, "city": CITIES},
    coll=(
        "我是跑运输的，给一家公司拉了[半年|一年多]的{cargo}，运费一直是月结，最后几个月的{rest_c}一直不给，单子上都"
        "有他们签收",
        "我们物流公司给{co}拉货，对账单盖了章，欠运费{rest_c}，他们说要等他们的客户付了钱才能给",
        "{t}帮人拉了一车{cargo}去{city}，说好到了付运费，货卸了人不给钱了，说货有问题",
        "挂在物流公司名下跑车的，帮物流公司拉了十几趟货，运费全压在公司那，公司老板跑路了，我找谁",
    ),
    short=("运费拖欠要不回来怎么办", "拉货到了不给运费能告吗", "物流公司欠运费咋整"),
    facts=(
        "{d1}，{P}与{D}签订《货物运输合同》，约定由{P}承运{D}的{cargo}，运费按吨公里计算，每月对账结算。合同履行期"
        "间，{P}共完成运输{days}余车次，"
        "经对账确认运费总额{total}，{D}已付{paid}，下欠{rest}。",
        "{D}委托{P}将一批{cargo}运往{city}，约定货到付运费{x}。{P}于{d2}将货物安全运抵并由收货人签收，{D}以货物存在"
        "质量问题为由拒付运费。",
    ),
    claims=("判令{D}支付运费{rest}", "判令{D}支付运费{x}及逾期付款利息", "判令{D}支付拖欠运费及违约金"),
    defence=("运输中有货物短少，{D}已向{P}提出扣款，扣款后运费已结清", "{P}超过约定时间送达，应扣减运费"),
)

WAREHOUSE_LOSS = Topic(
    slug="warehouse_storage", cause="仓储合同纠纷", parties=("co|shop", "co"), span=(20_000, 800_000, 100),
    trades=("", "仓储物流"), span2=(10_000, 500_000, 100), owed=False,
    slots={"cargo": ("苹果", "冷冻羊肉", "土豆", "化肥", "纸箱", "电器", "百合", "药材", "服装", "洋葱")},
    coll=(
        "我们的{cargo}存在一家[冷库|仓库]里，{t}去提货发现[少了好多|全坏了|冷库断电了]，仓库说不是他们的责任，可是"
        "仓储费我们一直交着",
        "放在物流园仓库里的货被[偷了|水淹了]，仓库老板说合同里写了不负责，这个条款有效吗",
        "租冷库存{cargo}，冷库老板说我们欠了仓储费，把我们的货扣着不让拉，货再放就坏了",
        "仓库失火把我们存的{cargo}烧了一大半，仓库有没有赔偿责任",
    ),
    short=("放在仓库的货丢了谁负责", "冷库把货存坏了能索赔吗", "仓库扣着货不让提怎么办"),
    facts=(
        "{d1}，{P}与{D}签订《仓储合同》，约定{P}将{cargo}存放于{D}的冷库，仓储费按月计算，{D}负责保持库温并妥善保管。"
        "{d2}{P}提货时发现货物大面积腐烂，"
        "经查系{D}冷库制冷设备故障所致，损失价值{x}。",
        "{P}在{D}经营的物流园仓库存放{cargo}，{D}出具了入库单。{d2}，仓库发生盗窃，{P}存放的货物被盗，公安机关已立"
        "案但尚未破案，{P}损失{x}。",
        ("{d1}起，{P}在{D}仓库存储{cargo}，按月交纳仓储费。{d2}，双方因仓储费单价调整产生争议，{D}留置全部货物拒绝"
            "{P}提取。{P}认为{D}留置货物的价值远超所欠仓储费，且货物具有季节性，延迟出库将造成贬值损失。",
         "判令{D}允许{P}提取存储的货物", "判令{D}赔偿因拒绝提货造成的损失{x}"),
    ),
    claims=("判令{D}赔偿货物损失{x}", "判令{D}退还仓储费{fee}并赔偿损失{x}"),
    defence=("仓储合同约定对不可抗力造成的损失不负责任，设备故障系电网停电导致",
    "{P}未提供入库货物的实际价值证明，损失金额无法确认"),
)

PARKING_MORE_FACTS = (
    "{d1}，{P}为其{car}在{D}经营的{lot}办理月卡，每月交纳停车费，{D}在停车场入口设置道闸，出场须刷卡或核验车牌。"
    "{d2}凌晨，该车辆被他人从停车场内开走，{D}值班人员未予查验即抬杆放行。{P}于当日报警，公安机关立案侦查，车辆至"
    "今下落不明。经价格认证，车辆被盗时价值{x}。{P}要求{D}承担赔偿责任，{D}以停车卡背面载明“本停车场只提供车位，"
    "不负保管责任”为由拒绝。",
    ("{d2}晚，{P}将{car}停放于{D}管理的{lot}，{D}收取停车费并出具了收费凭证。次日上午{P}取车时发现车窗玻璃被砸，"
     "车内放置的笔记本电脑、现金等物品被盗。{P}随即报警，派出所出具了报警回执。事发时停车场值班室无人值守，部分监控"
     "设备损坏无法调取录像。{P}支付车辆维修费{fee}，另主张车内物品损失，{D}仅同意补偿五百元。",
     "判令{D}赔偿车辆维修费{fee}", "判令{D}赔偿车内物品损失{x}"),
    "{P}系从事货物运输的个体经营者。{d2}，{P}驾驶货车进入{D}经营的{lot}停放过夜，{D}按车型收取停车费并开具停车票，"
    "停车票载明“凭票取车，遗失不补”。当晚，该车货厢内的货物被盗，价值{x}。{P}认为{D}收取停车费，双方成立保管合同"
    "关系，{D}未尽保管义务，应赔偿损失；{D}认为其仅负责车辆进出管理，对车内货物不负保管责任。",
    ("!{d1}，{P}将其{car}停放在{D}经营的{lot}，交纳临时停车费。{P}取车时发现车辆左侧车身有明显刮擦痕迹，当即向{D}"
     "工作人员反映，{D}调取监控显示系另一车辆倒车时刮蹭，但该车辆已驶离且车牌无法辨认。{P}花费维修费{fee}，要求{D}"
     "承担，{D}拒绝。", "判令{D}赔偿车辆维修费{fee}"),
    "{P}与{D}于{d1}签订《停车服务协议》，约定{P}的{car}在{D}管理的{lot}固定车位停放，年费三千六百元，{D}负责车辆看"
    "管及车场巡查。协议第六条约定：“因乙方看管不善造成车辆丢失或损坏的，由乙方负责赔偿。”{d2}，该车辆在车场内被盗，"
    "{D}至今未予赔偿。经评估，车辆价值{x}。",
)

PARKING_THEFT = Topic(
    slug="paid_parking_theft", cause="保管合同纠纷", parties=("person|co", "co|shop"), span=(3_000, 300_000, 100),
    trades=("", "物业管理"), span2=(2_000, 200_000, 100), owed=False,
    slots={
        "car": ("轿车", "越野车", "面包车", "商务车", "皮卡车", "摩托车"),
        "lot": ("收费停车场", "小区外的收费车棚", "商场地下停车场", "医院停车场", "物流园停车场",
        "火车站旁的收费停车场"),
    },
    coll=(
        "我的{car}停在{lot}，每个月交[一百五|两百|八十块|三百块]停车费，{t}早上去取车车没了，停车场说他们只收场地费不管丢车，这个该他们赔吧",
        "在{lot}停车，停车收据也有，晚上[车被人撬了|车上东西被偷了|车被人开走了]，停车场的监控说坏了，能不能让停车场赔",
        "我们公司的{car}停在{district}一个收费停车场，车丢了报了警，停车场老板说我们又没签保管合同",
        "车棚每月收钱，我的{car}丢了，管车棚的大爷说丢了不负责，牌子上写了，这个管用吗",
    ),
    short=("收费停车场丢车能让停车场赔吗", "车棚交了钱车丢了谁负责", "停车场车被撬了找谁赔"),
    facts=(
        "{d1}，{P}将其{car}停放于{D}经营的{lot}，按月交纳停车费，{D}向{P}出具了停车卡。{d2}夜间，该车辆在停车场内被"
        "盗，{P}当即报警，公安机关立案侦查，至今未追回。"
        "经评估，被盗车辆价值{x}。",
        "{P}于{d2}将{car}停放在{D}经营的{lot}，交纳停车费并领取了停车凭条。次日取车时发现车辆被撬、车内财物丢失，"
        "{D}以停车场仅提供车位、不负保管责任为由拒绝赔偿。",
        *PARKING_MORE_FACTS,
    ),
    claims=("判令{D}赔偿车辆损失{x}", "判令{D}赔偿车辆维修费及车内物品损失{x}"),
    defence=("{D}收取的是车位使用费而非保管费，双方成立的是场地租赁关系，{D}不承担保管责任",
    "停车场入口已明示“车辆丢失概不负责”", "{P}未能证明车内存放物品的种类及价值，{D}对车内物品不负保管责任"),
    extra=("{D}在停车场入口设有收费岗亭并安排人员值守。", "公安机关出具了立案回执。",
           "{D}的收费标准经物价部门备案，载明为“机动车停放保管费”。",
           "事发当晚停车场值班人员仅一人，且未进行夜间巡查。",
           "涉案停车场出入口设有道闸，车辆出场须核验停车凭证。"),
    views=("本院认为，{P}将车辆停放于{D}经营的收费停车场，{D}收取停车费并出具停车凭证，车辆已处于{D}的管理和控制之下，"
           "双方之间成立保管合同关系。{D}作为保管人，应当妥善保管车辆，因保管不善造成车辆毁损、灭失的，应当承担赔偿责任。"
           "{D}以停车凭证上的免责声明主张免责，该格式条款免除其主要义务，本院不予采纳。",
           "本院认为，停车场经营者收取停车费，对停放车辆负有合理的安全保障和看管义务。"),
    evidence=("停车凭证", "报警回执", "价格认定结论书", "监控录像"),
    weight=2,
)


# --------------------------------------------------------------------------
# Topics: services, franchise, agency and other commercial contracts
# --------------------------------------------------------------------------

FRANCHISE = Topic(
    slug="franchise_fee_refund", cause="特许经营合同纠纷", parties=("person|shop", "co"), span=(20_000, 300_000, 1000),
    trades=("", "品牌管理"), owed=False,
    slots={"brand": ("奶茶", "炸鸡", "麻辣烫", "早教", "洗车", "烘焙", "火锅", "书法培训", "鲜花", "酸菜鱼")},
    coll=(
        "{t}交了{total_c}加盟了一个{brand}品牌，说好的选址培训开业支持全都没有，[店开了三个月就亏得关门了|后来发现"
        "这个牌子根本没备案]，加盟费能退吗",
        "加盟的时候总部说{district}就我一家，结果没过半年隔壁街又开了一家同牌子的，这算违约吧",
        "交了加盟费还没开店，我家里出事了不想做了，公司说加盟费一分不退，合同里也没写不退",
        "加盟{brand}店，总部强制我们进他们的原料，价格比外面贵一倍，不进就罚款",
        "被{brand}加盟骗了，招商的时候说月入几万，我把房子抵押了投进去，现在血本无归",
    ),
    short=("加盟费能退吗", "加盟总部不履行承诺怎么办", "{brand}加盟被骗了怎么维权"),
    facts=(
        "{d1}，{P}与{D}签订《特许经营合同》，约定{D}授权{P}在{district}经营“某某{brand}”品牌门店，{P}向{D}支付加盟"
        "费{total}、保证金{fee}。"
        "{P}付款后，{D}未按约提供选址评估、人员培训及开业支持。{P}经查询得知，{D}签约时不具备两家直营店经营一年以上"
        "的特许经营资质。",
        "{P}加盟{D}的{brand}品牌，合同约定{D}在{P}门店方圆三公里内不再发展加盟商。{d2}，{D}在{P}门店附近另行授权他"
        "人开设同品牌门店，导致{P}营业额大幅下降。",
        "{d1}，{P}与{D}签订加盟合同，向{D}交纳加盟费{total}。此后{D}既未为{P}选址，也未提供培训，{P}亦因个人原因未"
        "开设门店，于{d2}向{D}申请解除合同，{D}拒绝退还任何费用，仅同意将加盟资格转让他人。",
    ),
    claims=("判令解除{P}与{D}签订的《特许经营合同》", "判令{D}返还加盟费{total}", "判令{D}返还保证金{fee}",
    "判令{D}赔偿{P}装修及经营损失{x}"),
    defence=("{D}已按约提供品牌授权、培训及物料，{P}经营不善导致亏损，与{D}无关", "加盟费为品牌使用对价，依约不予退还"),
)

BROKERAGE = Topic(
    slug="brokerage_fee", cause="居间合同纠纷", parties=("person|co", "co|person"), span=(20_000, 800_000, 1000),
    span2=(10_000, 300_000, 1000),
    slots={"deal": ("一块工业用地的转让", "一个厂房的整体出售", "一笔工程分包业务", "一批煤炭采购",
    "一家公司的股权收购", "一个光伏项目的合作")},
    coll=(
        "我给一个老板介绍了{deal}，事先说好成了给我{pct}个点的好处费，现在生意做成了，他说我没出什么力，一分不给",
        "我帮两家公司牵线，合同也签了，中介费写的{total_c}，对方公司付了一部分，剩下的不认了",
        "{t}有人找我介绍{deal}，我带他们见了面，后来他们绕开我私下签了，这个居间费还能要吗",
        "我们公司请了个中间人介绍业务，收了我们{paid_c}，结果啥也没办成，钱能退吗",
    ),
    short=("介绍生意成了对方不给中介费怎么办", "居间费能起诉要吗", "对方跳过我私下成交，中介费咋算"),
    facts=(
        "{d1}，{P}与{D}签订《居间服务协议》，约定{P}为{D}促成{deal}，交易成功后{D}按成交额的{pct}‰向{P}支付居间报酬。"
        "经{P}居间介绍，{D}与{Tn}于{d2}签订合同，"
        "交易已完成。依约{D}应支付居间报酬{total}，{D}仅付{paid}。",
        "{P}接受{D}委托为其寻找交易对象，并向{D}提供了{Tn}的联系方式，安排双方实地考察。{D}此后绕开{P}直接与{Tn}签"
        "约，拒绝支付约定的居间费{x}。",
        ("{d1}，{P}与{D}签订居间协议，委托{D}为其促成{deal}，并预付服务费{paid}，约定交易未成的全额退还。{D}此后未"
            "能促成交易，亦未提供任何实质性服务，{P}于{d3}要求退款，{D}拒不退还已收费用。",
         "判令{D}返还服务费{paid}", "判令{D}支付资金占用利息"),
    ),
    claims=("判令{D}支付居间报酬{rest}", "判令{D}支付居间费{x}", "判令{D}支付居间报酬及逾期付款利息"),
    defence=("交易系{D}与{Tn}自行洽谈达成，{P}仅提供了联系方式，未实际促成交易", "协议约定的报酬比例过高，请求调整"),
)

ADVERTISING = Topic(
    slug="advertising_contract", cause="广告合同纠纷", parties=("co", "co|shop"), span=(10_000, 500_000, 100),
    span2=(5_000, 200_000, 100),
    trades=("文化传媒", ""),
    slots={"ad": ("户外大屏广告", "公交车身广告", "楼宇电梯广告", "短视频推广", "高速公路广告牌", "电台广告",
    "朋友圈广告投放", "地铁灯箱广告"), "shopkind": SHOP_KINDS},
    coll=(
        "我们传媒公司给一家[楼盘|家具城|驾校|医院]做了{nc}个月的{ad}，投放完了对方说效果不好不给钱，欠了{rest_c}",
        "公司找广告公司做{ad}，付了{paid_c}，结果发现[根本没上刊|只投了一半时间|位置跟合同不一样]，要求退钱他们不退",
        "帮一个{shopkind}做了抖音推广，数据都是真的，老板非说我们刷的量，尾款不给了",
        "我们在{place}有块广告牌，租给了一个公司做广告，到期了他不撤画面也不续费",
    ),
    short=("广告费客户不给怎么办", "广告没按合同投放能退款吗", "广告公司收钱不干活咋整"),
    facts=(
        "{d1}，{P}与{D}签订《广告发布合同》，约定{P}为{D}发布{ad}，发布期{n}个月，广告费{total}。{P}按约完成发布并"
        "提供了监测报告，{D}仅支付{paid}，余款{rest}未付。",
        ("<>{d1}，{P}与{D}签订广告代理合同，委托{D}发布{ad}，发布期{n}个月，{P}预付广告费{paid}。经{P}派员核查并拍"
            "照取证，{D}实际发布天数远少于合同约定，且部分点位与合同附件不符，{D}亦未提供发布监测报告。",
         "判令解除双方签订的广告合同", "判令{D}返还广告费{paid}", "判令{D}支付违约金{x}"),
        ("{d1}，{P}将其位于{place}的户外广告位出租给{D}发布广告，年使用费{x}，期限一年。租期届满后双方未续签合同，"
        "{D}未撤除广告画面，继续占用广告位至今，亦未支付期满后的使用费。",
         "判令{D}撤除广告画面并返还广告位", "判令{D}支付广告位占用费{x}"),
    ),
    claims=("判令{D}支付广告费{rest}", "判令{D}支付逾期付款违约金{x}"),
    defence=("{P}发布的广告未达到约定的曝光量，{D}有权扣减费用", "广告画面内容多次出错，{P}存在违约在先"),
    extra=("{P}提交的第三方监测报告载明了各点位的发布时间。",),
)

SOFTWARE = Topic(
    slug="software_tech_service", cause="技术服务合同纠纷", parties=("co", "co|shop"), span=(20_000, 900_000, 1000),
    trades=("信息技术", ""), span2=(10_000, 300_000, 1000),
    slots={"system": ("ERP管理系统", "微信小程序商城", "进销存软件", "智慧工地管理平台", "公司官网", "门店收银系统",
    "物流调度系统", "OA办公系统")},
    coll=(
        "我们是做软件的小公司，给{co}开发{system}，做完上线了，对方一直说还要改，改了无数次，尾款{rest_c}就是不付",
        "公司花{total_c}找人做{system}，拖了快一年还是[一堆bug|用不了|跟当初说的功能差远了]，我们想解除合同退款",
        "签的技术服务合同，每年维护费{x_c}，对方公司服务器挂了好几天都没人管，我们要求退维护费",
        "开发公司说源代码归他们，我们花钱做的{system}想换一家维护都不行，合同写得含糊，该咋办",
    ),
    short=("软件开发尾款客户不给咋办", "做的{system}用不了能退钱吗", "技术服务费拖欠能起诉吗"),
    facts=(
        "{d1}，{P}与{D}签订《软件开发合同》，约定{P}为{D}开发{system}，开发费{total}，分三期支付。{P}于{d2}完成开发"
        "并交付，{D}已实际上线使用，"
        "但以需求未完全实现为由拒付尾款{rest}。",
        ("<>{d1}，{P}委托{D}开发{system}，支付开发费{paid}。{D}逾期交付，交付的系统经测试存在大量功能缺陷，无法满足"
            "合同附件需求说明书的要求，{P}多次要求整改未果。",
         "判令解除双方签订的《软件开发合同》", "判令{D}返还已付开发费{paid}", "判令{D}赔偿损失{x}"),
        "{d1}，{P}与{D}签订《技术服务合同》，约定{P}为{D}提供{system}运行维护及升级服务，年服务费{x}，服务期满后一"
        "次性支付。{P}按约派员驻场并完成了{n}次版本升级，{D}未支付当年服务费。",
    ),
    claims=("判令{D}支付开发费{rest}", "判令{D}支付技术服务费{x}", "判令{D}支付违约金{fee}"),
    defence=("{P}交付的系统未通过验收，付款条件未成就", "合同约定的需求变更费用应由{P}承担，{D}不应额外付费"),
)

SECURITY_SERVICE = Topic(
    slug="security_service", cause="服务合同纠纷", parties=("co", "co"), span=(20_000, 600_000, 100),
    trades=("保安服务", ""),
    slots={"site": ("商场", "工地", "医院", "物流园", "写字楼", "学校", "银行网点", "工厂")},
    coll=(
        "我们保安公司给一个{site}派了{n}个保安，服务费一个月一结，{t}开始就拖，现在欠了{rest_c}，对方说要扣我们的罚款",
        "公司请了保安公司看{site}，结果晚上还是被偷了，保安在岗上睡觉，这损失保安公司得赔吧",
        "保安服务合同还没到期，甲方就说不要我们了，让我们一周内撤人，违约金他们不认",
    ),
    short=("保安服务费拖欠怎么办", "请了保安还被盗保安公司要赔吗"),
    facts=(
        "{d1}，{P}与{D}签订《保安服务合同》，约定{P}向{D}的{site}派驻保安{n}名，服务费按月支付。{P}依约提供服务，"
        "{D}自{d2}起拖欠服务费，截至{d3}共欠{rest}。",
        ("<>{d1}，{P}与{D}签订保安服务合同，由{D}为{P}的{site}提供二十四小时安保服务。{d2}夜间{site}内发生盗窃，造"
            "成{P}财产损失{x}。经调取监控，事发时{D}值班保安脱岗，巡逻记录系事后补填。",
         "判令{D}赔偿{P}财产损失{x}", "判令{D}退还当月服务费{fee}"),
        "{d1}，{P}与{D}签订为期{n}年的保安服务合同，约定任何一方提前解除合同须提前三个月书面通知并支付三个月服务费"
        "作为违约金。合同履行中，{D}于{d2}口头通知{P}次日撤岗，{P}要求{D}依约支付违约金，{D}拒绝。",
    ),
    claims=("判令{D}支付保安服务费{rest}", "判令{D}支付违约金{x}"),
    defence=("{P}派驻的保安人数不足且多次违纪，{D}依约扣款", "{P}提供的服务不符合约定标准，{D}解除合同有合同依据"),
)

TRUCK_AFFILIATION = Topic(
    slug="truck_affiliation", cause="挂靠经营合同纠纷", parties=("person|co", "co|person"),
    span=(20_000, 600_000, 1000), span2=(5_000, 200_000, 100),
    trades=("运输", "物流"),
    slots={"truck": ("半挂车", "重型货车", "渣土车", "危化品运输车", "冷藏车", "客运大巴")},
    coll=(
        "我的{truck}挂靠在一家物流公司，每年交管理费，现在我想把车转出来，公司不给办过户，还说我欠他们[保险费|管理费]",
        "车挂靠在运输公司名下，出了事故保险公司赔了钱，钱打到运输公司账上，公司扣着不给我",
        "{t}花了{total_c}买了辆{truck}挂在公司名下跑运输，公司拿车去做了抵押贷款，现在车被银行扣了",
        "挂靠公司每年收我{x_c}，说帮我们办证年审买保险，结果保险断了都不知道，出事了自己赔了一大笔",
    ),
    short=("挂靠的车公司不给过户怎么办", "挂靠车辆保险理赔款被公司扣了咋办", "退出挂靠公司不同意咋整"),
    facts=(
        "{d1}，{P}出资购买{truck}一辆，挂靠于{D}名下从事运输经营，双方签订《车辆挂靠经营协议》，约定{P}每年向{D}交"
        "纳管理费，车辆实际所有权归{P}。"
        "{d2}挂靠期满，{P}要求解除挂靠并将车辆过户至其名下，{D}拒绝配合。",
        "{P}的{truck}挂靠在{D}名下经营。{d2}车辆发生事故后，承保的保险公司将理赔款{x}支付至{D}账户，{D}以{P}拖欠管"
        "理费为由截留该款项。",
        ("<>{d1}，{D}将其出资购买的{truck}挂靠于{P}名下经营，约定由{D}自行承担车辆保险费、年审费用并按年交纳管理费。"
            "挂靠期间，{P}作为登记车主代为交纳了保险费、年审费用共计{x}，{D}至今未予偿还，亦拖欠挂靠管理费。",
         "判令{D}支付垫付的保险费、年审费等费用{x}", "判令{D}支付拖欠的管理费{rest}"),
    ),
    claims=("判令解除{P}与{D}之间的挂靠经营协议", "判令{D}协助将车辆过户至{P}名下", "判令{D}返还保险理赔款{x}"),
    defence=("{P}尚欠挂靠管理费及代垫费用，{D}有权暂缓办理过户", "车辆登记在{D}名下，理赔款归属应先行结算"),
)

FARM_BUYBACK = Topic(
    slug="farming_buyback_contract", cause="种植、养殖回收合同纠纷", parties=("person|co", "co"),
    span=(20_000, 900_000, 1000),
    trades=("农业科技", "农业科技"), span2=(10_000, 400_000, 1000),
    slots={"product": ("肉牛", "育肥羊", "蛋鸡", "马铃薯", "中药材", "玫瑰", "辣椒", "食用菌", "高原夏菜", "黑山羊")},
    coll=(
        "{t}一家公司来村里推广养{product}，说统一提供[种苗|仔畜]，养成了按保底价回收，我们交了{paid_c}的押金，现在"
        "出栏了公司不收了",
        "跟公司签了{product}种植回收合同，合同写的保底价，今年市场价低了，公司就压价，说质量不达标",
        "我们合作社养了{nc}百只{product}，公司说好回收的，拉走了一半，另一半让我们自己想办法，拉走的钱也没结清",
        "公司卖给我们的种苗有问题，成活率特别低，按合同回收的时候又说我们数量不够要扣保证金",
    ),
    short=("公司不按合同回收{product}怎么办", "养殖回收合同公司压价咋整", "种植回收保证金不退怎么办"),
    facts=(
        "{d1}，{P}与{D}签订《{product}养殖回收合同》，约定{D}向{P}提供种苗及技术指导，{P}交纳保证金{paid}，养殖出栏"
        "后{D}按不低于约定保底价全部回收。"
        "{d2}{P}养殖的{product}达到出栏标准，{D}以市场行情下跌为由拒绝回收。",
        "{d1}，{P}与{D}签订{product}种植收购合同，约定{D}提供种苗，{P}负责种植，收获后由{D}按保底价统一收购。{P}依"
        "约种植并交付产品，{D}收购后按保底价结算应付{total}，已付{paid}，尚欠{rest}。",
        "{d1}，{P}与{D}签订养殖回收协议，交纳保证金{paid}。{D}向{P}提供的{product}种苗经{district}畜牧兽医部门检测"
        "存在病害，导致{P}养殖成活率低，{D}回收时又以数量不足为由扣除{P}全部保证金。",
    ),
    claims=("判令{D}按约定保底价回收并支付价款{total}", "判令{D}赔偿{P}损失{x}", "判令{D}返还保证金{paid}",
    "判令{D}支付回收款{rest}"),
    defence=("{P}交付的{product}未达到合同约定的回收标准", "{P}擅自将部分产品外销，违反独家回收约定"),
    extra=("{P}系{district}某村农户。", "双方约定的保底回收价高于同期市场价。"),
)

BANKRUPTCY_CLAIM = Topic(
    slug="bankruptcy_claim_confirmation", cause="破产债权确认纠纷", parties=("co|shop|person", "co"),
    span=(50_000, 3_000_000, 1000),
    trades=("", "房地产开发"),
    coll=(
        "跟我们做生意的公司破产了，我们去申报了{rest_c}的货款，管理人只认了一半，说剩下的证据不够，这个怎么办",
        "公司进入破产程序了，他欠我们的工程款管理人不认，说我们的结算单没有公司盖章，能不能起诉确认",
        "破产管理人把我们的债权定成普通债权了，我们是施工方，工程款不是应该优先吗",
    ),
    short=("破产管理人不认我们的债权怎么办", "债权申报被驳回能起诉吗", "公司破产了欠的货款还能要回来吗"),
    facts=(
        "{d1}，本院裁定受理{D}破产重整一案，并指定了管理人。{P}向管理人申报债权{total}，系{D}欠付的货款及利息。{d3}，"
        "管理人审查后仅确认债权{paid}，"
        "对其余部分不予确认。{P}对审查结果提出异议，管理人维持原审查意见。",
        "{P}曾于{d1}承建{D}开发的住宅楼工程，工程竣工后{D}尚欠工程款。{D}进入破产清算程序后，{P}向管理人申报工程款"
        "债权{total}并主张优先受偿。管理人确认工程款金额，但认定为普通债权，{P}提出异议未获采纳。",
    ),
    claims=("确认{P}对{D}享有债权{total}",
    "确认{P}对{D}享有的工程款债权{total}在工程折价或拍卖价款范围内享有优先受偿权"),
    defence=("{P}提交的对账单未加盖{D}公章，部分送货单无签收，债权金额无法核实", "{P}主张优先受偿权已超过法定期限"),
    extra=("债权人会议已核查{P}申报的债权。",),
    owed=False,
)

COOPERATION = Topic(
    slug="cooperation_agreement", cause="合同纠纷", parties=("co|shop", "co|shop"), span=(50_000, 2_000_000, 1000),
    span2=(20_000, 500_000, 1000),
    slots={"joint": ("联合投标", "共同开发一个农产品电商平台", "合作经营一个加油站", "合作建设冷链物流中心",
    "合作承办展会", "合作开发文旅项目", "联合经营砂石料场")},
    coll=(
        "我们公司跟另一家公司签了合作协议，{joint}，我们投了{paid_c}，对方说好负责跑手续的，结果手续一直办不下来，"
        "钱也不退",
        "两家公司合作{joint}，说好利润五五分，做了一年多他们那边管账，到现在一分钱没分给我们",
        "合作协议签了，对方一直不履行，我们前期投入的{x_c}都打水漂了，能不能解除合同让他赔",
        "{t}跟一个老板谈合作，签了框架协议交了保证金，后来合作没谈成，保证金他不退",
    ),
    short=("两家公司合作对方违约怎么办", "合作协议保证金不退咋整", "合作项目投资款能要回来吗"),
    facts=(
        "{d1}，{P}与{D}签订《合作协议》，约定双方{joint}，{P}负责出资，{D}负责办理项目审批手续及日常运营，利润按约"
        "定比例分配。{P}依约投入资金{paid}，"
        "{D}至今未取得相关审批手续，项目无法推进。",
        "{P}与{D}于{d1}签订合作协议，约定{joint}，由{D}负责财务管理并按季度向{P}分配收益。合作期间{D}从未向{P}提供"
        "财务报表，也未分配任何收益。",
        ("{d1}，{P}与{D}签订《战略合作框架协议》，约定双方{joint}，{P}向{D}交纳履约保证金{fee}，正式合同未签订的"
         "保证金予以退还。后因{D}提出的合作条件发生重大变化，双方未能签订正式合作合同，{D}拒不退还保证金。",
         "判令{D}返还履约保证金{fee}", "判令{D}支付资金占用利息"),
    ),
    claims=("判令解除{P}与{D}签订的《合作协议》", "判令{D}返还投资款{paid}", "判令{D}赔偿{P}损失{x}",
    "判令{D}返还保证金{fee}", "判令{D}向{P}支付合作收益{x}"),
    defence=("项目审批受政策调整影响，不属于{D}违约", "双方系共同投资、共担风险，{P}要求返还投资款没有依据"),
)

B2B_SERVICE = Topic(
    slug="b2b_service_contract", cause="服务合同纠纷", parties=("co|shop", "co|shop"), span=(10_000, 500_000, 100),
    slots={"svc": ("保洁服务", "员工餐配送", "绿化养护", "电梯维保", "代理记账", "会展搭建", "工程检测", "危废处置")},
    coll=(
        "我们公司给{co}做{svc}，签了一年的合同，干了{n}个月他们就不付钱了，欠了{rest_c}，还让我们继续干",
        "找了家公司做{svc}，服务做得一塌糊涂，我们提前解约，对方反过来要我们付全年的钱",
        "做{svc}的，合同到期了对方一直说在走流程付款，都半年多了，财务那边说老板没签字",
    ),
    short=("{svc}费用对方公司拖着不给", "服务合同提前解约要赔吗"),
    facts=(
        "{d1}，{P}与{D}签订《{svc}合同》，约定{P}为{D}提供{svc}，服务费按月结算。{P}依约提供服务，{D}自{d2}起未支付"
        "服务费，截至合同期满共欠{rest}。",
        "{P}为{D}提供{svc}，双方合同期限{n}年。{D}于{d2}以{P}服务质量不达标为由单方解除合同，{P}认为{D}解除合同缺乏"
        "依据，要求支付已提供服务的费用及违约金。",
    ),
    claims=("判令{D}支付服务费{rest}", "判令{D}支付违约金{x}", "判令{D}支付已提供服务期间的费用及逾期付款损失"),
    defence=("{P}提供的{svc}多次考核不合格，{D}按约扣款后已无欠款", "合同约定考核不达标可单方解除，{D}解除合同合法"),
)


# --------------------------------------------------------------------------
# Topics added in round 2: brokerage (居间), custody (保管), repair, bankruptcy,
# earnest money, contract validity, mandate and instalment sales
# --------------------------------------------------------------------------

ESTATE_AGENCY = Topic(
    slug="estate_agency_fee", cause="居间合同纠纷", parties=("co", "person"), span=(300_000, 2_000_000, 1000),
    trades=("房地产经纪", ""), span2=(5_000, 50_000, 1000), weight=2,
    slots={"rent": ("1800元", "2200元", "2600元", "3000元", "3500元", "4200元"),
           "doc": ("《看房确认书》", "《房屋买卖居间服务合同》", "《独家委托协议》", "《购房意向书》")},
    coll=(
        "{t}通过中介看了一套房，后来房东私下加了我微信，我们绕开中介自己签的合同，现在中介起诉要{comm_c}的中介费，"
        "说我跳单，我需要给吗",
        "我是做房产中介的，带客户看了三次房，{doc}也签了，结果客户跟房东私下成交，过户了我们才知道，这个中介费能要吗",
        "在中介买二手房，中介费交了{comm_c}，后来查出来房子有抵押过不了户，买卖黄了，中介说服务已经完成不退钱",
        "租房交了一个月房租当中介费，住进去才发现房东是二房东，根本没权利往外租，中介费能退吗",
        "卖房子找的中介，说好中介费买方出，结果签完合同中介又找我要{rate}个点，说合同里写了卖方也要付",
        "中介收了我{x_c}的意向金，说帮我跟房东谈价，谈不成全额退，现在没谈成只退一半",
        "买房的时候中介说房子学区没问题，我信了才签的，后来发现根本不是那个学区，中介费我能不给吗",
    ),
    short=("跳单了中介费还要给吗", "买房没买成中介费能退吗", "中介起诉我要居间费怎么办", "房产中介费不退咋整",
           "意向金中介不退怎么办"),
    long_coll=(
        "说一下我的情况。{t}我想在{district}买套二手房，找了一家中介，看房的时候签了个看房单。看中了一套，中介报价"
        "比房东心里价高了不少，房东自己留了电话给我。后来我们俩直接谈，价格便宜了几万，自己去签的合同过的户。现在"
        "中介把我告了，要{comm_c}中介费，说看房单上写了私下成交也要付。我觉得他们就带我看了一次，凭啥要这么多，"
        "法院会不会判我全给",
        "我们是一家小中介公司，{t}接了个客户要买房，前后带看了五六套，最后定了{home}那套，价格都谈好了，约好第二天"
        "来店里签合同。结果客户第二天说不买了，我们一打听，他和房东去另一家中介签了，那家中介费收得低。这两个月我们"
        "的人天天陪着跑，现在一分钱拿不到，想问问这种情况能不能起诉，要多少合适",
    ),
    facts=(
        "{d1}，{D}经{P}居间介绍，实地查看了位于{home}的房屋，并签署{doc}，其中载明：“买方通过居间方看房后，如与房"
        "屋出卖人私下成交，仍应按成交价的{rate}%向居间方支付居间服务费。”{d2}，{D}绕开{P}，与房屋出卖人{Xn}直接签"
        "订《房屋买卖合同》，成交价{total}，并于{d3}办理了产权过户登记。{P}得知后要求{D}支付居间服务费{comm}，{D}拒绝。",
        "{d1}，{P}与{D}签订《房屋买卖居间合同》，约定{P}为{D}购买{home}的房屋提供居间服务，{D}在买卖合同签订之日"
        "向{P}支付居间服务费{comm}。{d2}，在{P}的撮合下，{D}与出卖人{Xn}签订了《存量房买卖合同》，约定房屋总价{total}"
        "。合同签订后，{D}以家人不同意为由拒绝继续履行买卖合同，亦拒绝支付居间服务费。",
        ("<>{d1}，{P}通过{D}购买位于{home}的房屋，向{D}支付中介服务费{comm}。{d2}，{P}与出卖人{Xn}在{D}门店签订买卖"
         "合同后，经不动产登记中心查询，该房屋已设定抵押且被法院查封，无法办理过户登记。{d3}，{P}与{Xn}协商解除买卖"
         "合同。{P}认为{D}作为专业居间机构，未核实房屋权属状况即促成交易，违反了如实报告义务，要求返还中介服务费，{D}"
         "以居间服务已经完成为由拒绝。", "判令{D}返还中介服务费{comm}", "判令{D}赔偿{P}损失{x}"),
        ("<>{d1}，{P}经{D}介绍承租{Xn}名下位于{home}的住房，月租金{rent}，并按约向{D}支付了相当于一个月租金的居间服务"
         "费。{P}入住后得知，{Xn}并非房屋所有权人，系从他人处转租，且转租未经所有权人同意。{d2}，房屋所有权人要求{P}"
         "腾退房屋，{P}被迫搬离，遂要求{D}退还居间服务费并赔偿搬家费用，{D}拒绝。",
         "判令{D}返还居间服务费", "判令{D}赔偿{P}搬家费、误工费等损失{x}"),
        ("<>{d1}，{P}在{D}处交纳购房意向金{x}，委托{D}与房屋出卖人{Xn}协商房屋价格，双方约定：价格谈不成的，意向金全"
         "额退还。此后{D}未能促成交易，{Xn}于{d2}明确表示不再出售该房屋。{P}要求退还意向金，{D}仅同意退还一半，其余"
         "部分以“看房服务费”“误工费”名义扣留。", "判令{D}返还意向金{x}", "判令{D}支付资金占用期间的利息"),
    ),
    claims=("判令{D}支付居间服务费{comm}", "判令{D}支付逾期付款违约金{fee}", "判令{D}支付居间报酬{comm}及逾期付款利息"),
    defence=(
        "{D}系通过其他中介机构的房源信息与出卖人联系成交，并未利用{P}提供的信息和服务",
        "约定的居间服务费明显过高，且{P}仅带看一次，提供的服务有限，请求予以调整",
        "{P}未如实告知房屋存在抵押的情况，依法不得请求支付报酬",
    ),
    extra=("证人{Xn}出庭作证称其系经{P}的介绍与{D}相识。", "涉案房屋在{P}及另外两家中介机构均有挂牌出售信息。",
           "{P}系依法登记的房地产经纪机构，并已在住房和城乡建设部门备案。"),
    clauses=("委托方在看房后六个月内与经居间方介绍的房源业主私下成交的，视为居间成功，委托方应按成交价的{rate}%支付"
             "居间服务费", "居间服务费于买卖双方签订房屋买卖合同之日一次性支付",
             "因居间方原因导致买卖合同不能签订或不能履行的，居间方应全额退还已收取的服务费"),
    views=("本院认为，居间人促成合同成立的，委托人应当按照约定支付报酬；委托人在接受居间人的服务后，利用居间人提供"
           "的交易机会或者媒介服务，绕开居间人直接订立合同的，应当向居间人支付报酬。本案的争议焦点在于{D}是否利用了"
           "{P}提供的交易机会。", "本院认为，居间人应当就有关订立合同的事项向委托人如实报告，故意隐瞒与订立合同有关的"
           "重要事实或者提供虚假情况，损害委托人利益的，不得请求支付报酬。"),
    evidence=("看房确认书", "居间合同", "不动产登记信息查询结果", "带看记录"),
    owed=False,
)

INTRO_FEE = Topic(
    slug="introduction_fee_project_loan", cause="居间合同纠纷", parties=("person|co", "co|person"),
    span=(200_000, 9_000_000, 10_000), span2=(10_000, 300_000, 1000),
    slots={"proj": PROJECTS, "bank": BANKS,
           "job": ("介绍承接工程", "介绍银行贷款", "介绍设备采购客户", "介绍土方工程", "介绍煤炭销售客户")},
    coll=(
        "我给一个建筑老板介绍了{proj}的活，事先说好工程拿下来给我合同价的{rate}个点，现在人家干上了，说我只是牵了个"
        "线，一分不给",
        "帮一个公司介绍到{bank}贷款，他们签了{rate}%的居间服务费协议，钱放下来了就翻脸，说是银行自己审批的跟我没关系",
        "介绍费有没有法律保护？我给朋友的公司介绍了个大客户，签了几百万的合同，当时口头说给我好处费，现在不认了",
        "我们公司找了个中间人帮忙跑贷款，付了{x_c}的服务费，结果贷款没批下来，钱也不退",
        "{t}经人介绍承接了一个土方工程，介绍人现在要{x_c}介绍费，可这个工程干完我们是亏的，还要给吗",
    ),
    short=("介绍工程的好处费能要吗", "帮人介绍贷款服务费不给怎么办", "介绍费口头约定能起诉吗"),
    long_coll=(
        "事情是这样的，{t}我认识的一个老板想找活干，我正好跟{proj}的甲方熟，就牵了线，带他去见了甲方好几次，饭局也是"
        "我张罗的。当时说好了，工程拿下来按合同价给我{rate}个点的介绍费，还写了个条子签了字。后来他中标了，合同价"
        "{total_c}，工程都干了一大半了。我找他要钱，他说工程是他自己投标中的，我那个条子不算数，还说介绍工程收好处"
        "费本来就不合法。我想问问这种情况法院支持吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《工程居间协议》，约定{P}为{D}提供{proj}的工程信息并协助{D}承接该工程，{D}与发包人签订施"
        "工合同后，按合同价款的{rate}%向{P}支付居间费。{d2}，{D}与发包人签订施工合同，合同价款{total}。此后{D}以工"
        "程系其通过公开招投标取得为由，拒付居间费{comm}。",
        "{d1}，{P}与{D}签订《融资居间服务协议》，约定{P}为{D}向{bank}申请流动资金贷款提供居间服务，贷款发放后五日内"
        "{D}按放款金额的{rate}%支付居间服务费。经{P}介绍及协助准备申报材料，{D}于{d2}与{bank}签订借款合同，获得贷款"
        "{total}。{D}至今未支付居间服务费{comm}。",
        ("<>{d1}，{P}与{D}签订《融资咨询服务协议》，约定{D}为{P}联系银行办理贷款，{P}预付服务费{x}，贷款未获批准的"
         "全额退还。{D}收款后，{P}的贷款申请于{d2}未获银行审批通过，{D}拒不退还服务费。",
         "判令{D}返还服务费{x}", "判令{D}支付资金占用利息"),
        ("!{P}经人介绍认识{D}后，于{d1}与{D}签订《居间协议》，约定{P}为{D}介绍煤炭销售客户，按实际成交吨数每吨若干元"
         "计付居间费。经{P}介绍，{D}与{Tn}自{d2}起建立购销关系，截至{d3}累计供货价值{total}。经对账，{D}应付居间费"
         "{x}，至今未付。", "判令{D}支付居间费{x}", "判令{D}支付逾期付款利息"),
    ),
    claims=("判令{D}支付居间费{comm}", "判令{D}支付逾期付款利息（以{comm}为基数，自起诉之日起计算至实际付清之日止）"),
    defence=("{D}系通过公开招投标方式承接工程，与{P}的介绍无因果关系",
             "贷款系{D}凭自身资信条件向银行申请取得，{P}并未提供实质性居间服务",
             "居间协议约定的报酬过高，请求法院依法予以调减"),
    extra=("发包人出具的情况说明载明，{D}系经{P}介绍前往洽谈。", "{P}提交了其与发包人、{D}三方会面的微信聊天记录。",
           "{D}在签订施工合同前向{P}出具了一份承诺书，承诺支付居间费。"),
    views=("本院认为，居间人促成合同成立的，委托人应当按照约定支付报酬。对居间人的报酬没有约定或者约定不明确的，"
           "根据居间人的劳务合理确定。",),
    evidence=("居间协议", "承诺书", "施工合同"),
    owed=False,
)

RESIDENTIAL_PARKING = Topic(
    slug="estate_parking_custody", cause="保管合同纠纷", parties=("person", "co"), span=(2_000, 300_000, 100),
    trades=("", "物业管理"), span2=(1_500, 260_000, 100),
    slots={"car": ("电动自行车", "电动车", "摩托车", "电动三轮车", "电动摩托车"),
           "auto": ("轿车", "越野车", "商务车", "新能源汽车"),
           "bloss": ("2600元", "3400元", "4200元", "5800元", "7600元", "9800元", "12800元"),
           "lot": ("非机动车车棚", "电动车充电车棚", "地下停车场非机动车区", "小区车棚")},
    coll=(
        "我们小区的{lot}是物业在管，每个月收[三十|五十|八十]块停车费，我的{car}停在里面被偷了，物业说只收管理费不管丢，这个物业该赔吗",
        "在小区车棚充电，交了充电费和停车费，电动车电瓶被人偷了，物业说监控没拍到，我能找物业赔吗",
        "交了一年的地下车位停车费，车在车库里被人划了一长道，物业说你去报警，他们不管",
        "小区车库物业收停车费，我的车放里面被水淹了，物业说是天灾，可是他们排水泵坏了好久都没修",
        "我的{car}在小区车棚里丢了，停车卡还在我手上，物业说车棚不是他们的是外包给别人的，那我到底找谁",
    ),
    short=("小区车棚电动车丢了物业要赔吗", "交了停车费车在小区车库被划谁负责", "地下车库车被淹物业赔不赔"),
    long_coll=(
        "想咨询下，我住{district}一个小区，小区的车棚是物业公司管的，每个月收三十块停车费，进出要刷卡，还有个老师傅看"
        "着。{t}我把{car}推进去锁好，第二天早上去就没了。调监控，物业说那个摄像头坏了好几个月了。报了警到现在也没找着。"
        "我找物业赔，物业说收的三十块是场地管理费，又不是保管费，不负责丢车。车是我买了不到一年的，花了好几千。我想问"
        "物业这样说有道理吗，我能不能起诉物业",
    ),
    facts=(
        ("{D}系{home}所在小区的物业服务企业，并负责经营小区{lot}。{d1}，{P}办理了{lot}停车卡，按月向{D}交纳停车费，{D}"
         "安排专人值守、出入须刷卡。{d2}夜间，{P}停放在{lot}内的{car}被盗，{P}当即报警，公安机关已立案。{D}值守人员当晚"
         "离岗，{lot}内监控设备长期损坏未修复。{P}主张车辆损失{bloss}，{D}以其收取的系场地管理费为由拒绝赔偿。",
         "判令{D}赔偿车辆损失{bloss}", "判令{D}退还当月停车费"),
        ("{P}系{home}的业主，其{auto}长期停放于{D}管理的小区地下停车场，{D}按年收取停车管理费。{d2}，当地遭遇强降雨，"
         "地下停车场积水深达一米以上，{P}的车辆被淹。事后查明，停车场的排水泵在降雨前已故障多日，{D}未及时维修，亦未提前"
         "通知车主挪车。{P}支出车辆维修费{x}。", "判令{D}赔偿车辆维修费{x}", "判令{D}赔偿车辆贬值损失{fee}"),
        ("{d1}，{P}与{D}签订《车位服务协议》，约定{P}的{auto}停放在{D}管理的小区停车场，{D}负责车场秩序维护及车辆看管，"
         "每月收取服务费。{d2}，{P}发现停放的车辆车身被人恶意划伤，经与{D}交涉，{D}称无法确定侵权人，拒绝承担责任。{P}"
         "支付维修费{fee}。", "判令{D}赔偿车辆维修费{fee}"),
        ("{P}在{D}管理的小区{lot}内为其{car}充电，每次扫码支付充电费及停车费。{d2}，{P}的{car}在车棚内被盗，派出所出具"
         "了受案回执。{D}辩称车棚系业主共有部分，其收取的费用为充电服务费，双方之间不存在保管关系。",
         "判令{D}赔偿车辆损失{bloss}"),
    ),
    claims=("判令{D}赔偿车辆损失{bloss}",),
    defence=("{D}收取的是车位场地使用费及管理费，并未收取保管费，双方不存在保管合同关系",
             "车辆被淹系特大暴雨所致，属于不可抗力，{D}不应承担责任",
             "{P}未将车辆钥匙及车辆交付{D}控制，保管合同未成立"),
    extra=("{D}在{lot}入口张贴的收费公示载明“车辆看管费每月[三十|五十|八十]元”。", "公安机关出具的立案告知书载明案件"
        "正在侦查中。",
           "{P}提交的购车发票显示车辆购置价为{x}。", "{D}每日的巡查记录在事发当晚为空白。"),
    clauses=("乙方负责车场内车辆的看管，因乙方看管不善造成车辆丢失、损坏的，乙方承担相应赔偿责任",
             "车辆停放期间，车内物品由车主自行保管，乙方不承担保管责任"),
    views=("本院认为，寄存人向保管人交付保管物，保管人出具保管凭证的，保管合同成立。本案中，{D}设置道闸并安排人员值"
           "守、按月收取费用，{P}的车辆已处于{D}的控制之下，双方形成保管合同关系。保管期间，因保管人保管不善造成保管物"
           "毁损、灭失的，保管人应当承担赔偿责任。", "本院认为，停车场经营者是否承担保管责任，应结合收费标准、车辆交付"
           "方式、管理方式等因素综合判断。"),
    evidence=("停车卡", "收费凭证", "报警回执", "监控截图"),
    owed=False,
)

SHOP_CUSTODY = Topic(
    slug="vehicle_left_at_shop", cause="保管合同纠纷", parties=("person|co", "co|shop"), span=(5_000, 400_000, 100),
    trades=("", "汽车服务"), span2=(3_000, 300_000, 100),
    slots={"car": ("轿车", "越野车", "商务车", "皮卡车", "摩托车"),
           "venue": ("4S店", "洗车行", "汽车美容店", "汽修厂", "代驾公司停车点")},
    coll=(
        "车放在{venue}洗车，洗车的员工偷偷开出去兜风，出了事故，车撞坏了，店里说让员工个人赔，这合理吗",
        "车送{venue}做保养，放了一晚上，第二天去取车发现[车门上多了个坑|后视镜碎了|轮毂被刮了]，店里不承认",
        "{t}把车停在{venue}门口让他们洗，钥匙也给他们了，结果车被人开走了，店家说车停在马路上不归他们管",
        "车放在{venue}等配件，放了两个多月，取车的时候说要收停车费，车里的东西还少了，这咋弄",
    ),
    short=("车放洗车店被员工开出去撞了谁赔", "4S店保养车被刮了店里不认怎么办", "车放修理厂丢了东西找谁"),
    long_coll=(
        "我{t}把车开到{district}一家{venue}，说好洗车加打蜡，车钥匙交给店里就去旁边吃饭了。一个小时后回来车不见了，店"
        "里说员工去加油了。又等了半个多小时，员工打电话说路上跟人追尾了。车头撞得挺厉害，4S店报价维修要{x_c}。店老板"
        "说是员工私自开出去的，让我找员工要，员工就是个小年轻，说没钱。我把车交给店里的，难道店里不用负责吗",
    ),
    facts=(
        ("{d2}，{P}将其{car}交由{D}经营的{venue}清洗，并将车钥匙交给{D}店员。清洗期间，{D}店员{Xn}未经{P}同意擅自驾驶"
         "该车辆外出，途中与他车发生碰撞，交警部门认定{Xn}负事故全部责任。{P}车辆维修支出{x}，并产生车辆贬值损失。{D}"
         "认为系员工个人行为，拒绝赔偿。", "判令{D}赔偿车辆维修费{x}", "判令{D}赔偿车辆贬值损失{fee}"),
        ("{d1}，{P}将其{car}送至{D}处进行常规保养，双方签订的《维修委托书》载明车辆外观无损伤。{d2}{P}取车时发现车辆前"
         "保险杠及左前叶子板有新的凹陷和刮痕，{D}否认系其保管期间造成。经调取{D}店内监控，车辆停放于{D}露天停车区期间"
         "被{D}员工挪车时碰撞。{P}支出修复费用{fee}。", "判令{D}赔偿车辆修复费用{fee}"),
        ("{P}于{d2}将{car}交由{D}清洗，{D}将车辆停放于店外路边等候，车钥匙放置于前台。当日下午，车辆被不明身份人员开"
         "走，至今未找回。{P}报警后，公安机关调取监控发现该人员系从{D}前台取走车钥匙。经评估，车辆价值{x}。",
         "判令{D}赔偿车辆损失{x}"),
        ("{P}的{car}因事故送至{D}处维修，{D}以等待配件为由将车辆停放于其厂区[二十|四十|六十]余天。{d3}{P}取车时发现车内"
         "行车记录仪、随车工具及后备箱内物品丢失，价值{fee}，{D}另要求{P}支付停车费，双方发生争议。",
         "判令{D}赔偿车内物品损失{fee}", "确认{P}无须支付停车费"),
    ),
    claims=("判令{D}赔偿车辆损失{x}",),
    defence=("{Xn}私自驾驶车辆系个人行为，与{D}的经营活动无关", "车辆停放于公共道路，不在{D}的控制范围之内",
             "车辆的划痕系{P}送修前即已存在，{P}不能证明损伤发生在保管期间"),
    extra=("{D}的营业执照登记经营范围包括洗车、汽车美容、维修保养服务。", "{D}店内的车辆交接单上有{D}员工签字。",
           "{D}未在接车时向{P}提示车辆的停放位置及看管方式。"),
    views=("本院认为，{P}将车辆及钥匙交付{D}，{D}实际占有、控制车辆，双方之间在提供服务的同时成立保管关系，{D}负有"
           "妥善保管车辆的义务。保管期间，保管人擅自使用保管物或因保管不善造成保管物损坏的，应当承担赔偿责任。",),
    evidence=("维修委托书", "车辆交接单", "监控录像", "维修发票"),
    owed=False,
)

DEPOSIT_CUSTODY = Topic(
    slug="luggage_goods_deposit", cause="保管合同纠纷", parties=("person|co|shop", "co|shop"
        ""), span=(2_000, 300_000, 100),
    span2=(1_000, 200_000, 100),
    slots={"item": ("行李箱", "一批服装", "两箱名酒", "摄影器材", "货物", "一批电脑配件", "家具", "装修材料"),
           "sfee": ("60元", "120元", "300元", "800元", "1500元", "3600元"),
           "spot": ("酒店前台", "火车站行李寄存处", "商场储物柜", "物流公司库房", "客运站小件寄存处", "宾馆行李房")},
    coll=(
        "住酒店的时候把{item}寄存在{spot}，拿到寄存牌了，第二天去取东西少了，酒店说寄存牌上写了贵重物品不负责",
        "在{spot}存了个包，交了寄存费，取的时候被别人冒领了，工作人员说核对了牌子，可那人拿的根本不是我的牌子",
        "{t}搬家把{item}先放在朋友介绍的一个库房里，每月交钱，现在去拉发现受潮发霉了，库房老板不认",
        "我在{spot}存东西，说好存一个星期，我晚了几天去取，他们说超期了把东西处理了",
    ),
    short=("寄存的东西丢了谁赔", "酒店寄存行李丢了能索赔吗", "寄存超期东西被处理了怎么办"),
    long_coll=(
        "我是做服装生意的，{t}从广州进了一批货，到兰州太晚了店里放不下，就存在附近一家物流公司的库房，交了寄存费，拿了个单子，单子上写"
        "了几件几箱。过了三天去拉，少了两箱，对方说收的时候就是那么多，单子是我自己填的。可当时他们的人是点过数才签"
        "字的。两箱货值{x_c}，现在对方就愿意赔两百块寄存费，我想起诉，这个算什么纠纷",
    ),
    facts=(
        "{d2}，{P}入住{D}经营的酒店，退房时将{item}寄存于{D}{spot}，{D}工作人员出具了寄存牌。次日{P}凭牌取物时发现寄存"
        "物品缺失，价值{x}。{D}以寄存牌背面载明“现金及贵重物品不予寄存，丢失概不负责”为由拒绝赔偿。{P}称寄存时已向"
        "{D}工作人员告知内有贵重物品，工作人员未提出异议。",
        "{d1}，{P}在{D}经营的{spot}寄存{item}，交纳寄存费并领取寄存凭证。{d2}{P}前往提取时，{D}告知寄存物品已于前一日被"
        "他人持伪造凭证领走。{P}认为{D}未认真核对凭证，应承担赔偿责任，要求赔偿{x}。",
        "{d1}，{P}与{D}签订《物品保管协议》，约定{P}将{item}存放于{D}库房，保管期六个月，保管费{sfee}，{D}应保持库房干燥、"
        "防火防盗。{d2}{P}提取物品时发现库房屋顶漏水，存放的物品大面积受潮损坏。经{P}委托评估，损失价值{x}。{D}认为"
        "漏水系连续降雨所致，不同意赔偿。",
        "{P}于{d1}在{D}处寄存{item}，双方口头约定寄存十日。{P}因故逾期未取，{d2}前往提取时，{D}称已将物品作为无主物处理。"
        "{P}认为{D}未通知即处分寄存物，应赔偿损失；{D}认为{P}逾期不取应自担后果，并主张超期保管费。",
    ),
    claims=("判令{D}赔偿寄存物品损失{x}", "判令{D}赔偿{P}财产损失{x}", "判令{D}退还保管费{sfee}"),
    defence=("寄存凭证已明确告知贵重物品须声明，{P}未声明，{D}只按一般物品赔偿", "{P}逾期提取，{D}无继续保管义务",
             "寄存物品的种类、数量均系{P}单方陈述，无证据证实"),
    extra=("{D}提供的寄存凭证背面印有须知条款，但字体较小且未作特别提示。", "{P}寄存时未填写物品清单，亦未声明物品价"
        "值。",
           "{D}的营业执照登记经营范围包括物品寄存服务。"),
    views=("本院认为，保管期内，因保管人保管不善造成保管物毁损、灭失的，保管人应当承担赔偿责任。寄存人寄存货币、有"
           "价证券或者其他贵重物品的，应当向保管人声明；未声明的，该物品毁损、灭失后，保管人可以按照一般物品予以赔偿。",),
    evidence=("寄存凭证", "保管协议", "报警回执"),
    owed=False,
)

CAR_REPAIR = Topic(
    slug="vehicle_repair_contract", cause="修理合同纠纷", parties=("co|shop", "co|person|shop"),
    span=(3_000, 200_000, 100), trades=("汽车服务", ""), span2=(2_000, 150_000, 100),
    slots={"car": ("货车", "轿车", "渣土车", "客车", "挖掘机", "装载机", "出租车"),
           "part": ("发动机", "变速箱", "底盘", "液压系统", "电路", "空调系统")},
    coll=(
        "我开修理厂的，给一个车队修了好几辆{car}，修理费一共{total_c}，修好开走了，钱一直拖着，说等车队结账",
        "车送修理厂修{part}，花了{total_c}，开了不到一个月又坏了，一样的毛病，修理厂说是我自己开得不对",
        "修车的时候修理厂说要换新件，结果我后来拆开看换的是旧件，收的是新件的钱，这能告他吗",
        "{car}送去修，修理厂拖了两个多月还没修好，我跑不了车天天损失，修理厂还找我要停车费",
        "车在修理厂修完了，我觉得要价太高没给钱，修理厂就扣着车不让开走，这合法吗",
    ),
    short=("修车费对方拖着不给怎么办", "车越修越坏修理厂要负责吗", "修理厂扣车不放怎么办", "修理厂换旧件收新件钱能告"
        "吗"),
    long_coll=(
        "我是跑运输的，{t}我的{car}{part}出了问题，拖到{district}一家修理厂。老板看了说大修要{total_c}，我先付了"
        "{paid_c}。修了快一个月才修好，开了不到两千公里又开始冒黑烟，拉回去又修，说是我加的油不行。来回折腾了三次，耽"
        "误了好几单活。后来找别的修理厂看，人家说根本没按大修的标准修，好多件都没换。我现在想把修理费要回来，再让他赔"
        "我停运的损失，能行吗",
        "我们是一家小修理厂，{t}给一个物流公司修了{nc}台车，都是他们调度打电话叫修的，修完司机签字开走。说好每月对账结"
        "一次，结果对了三个月的账，欠了{rest_c}就不给了。现在他们说那些车是挂靠司机的，修理费该司机个人出。单子上签字"
        "的确实是司机，但都是公司安排来的。这钱我该找谁要",
    ),
    facts=(
        "{P}经营汽车修理业务。{d1}至{d2}期间，{D}陆续将其所属{car}送至{P}处维修，每次维修均由{D}驾驶员在维修结算单上签"
        "字确认。{d3}，双方对账确认{D}共欠修理费{total}，{D}支付{paid}后，余款{rest}未付。",
        ("<>{d1}，{P}将其{car}送至{D}处维修{part}，双方签订维修委托书，约定维修费{total}，质保期三个月。{P}付清全部维修"
         "费后取车。{d2}，该车辆在质保期内再次出现相同故障，{P}将车辆送回{D}处，{D}以{P}使用不当为由拒绝免费维修。经"
         "{P}申请，鉴定机构鉴定认为，故障系{D}维修时未更换已磨损的关键零部件所致。",
         "判令{D}返还维修费{total}", "判令{D}赔偿停运损失{x}", "判令{D}承担鉴定费{fee}"),
        ("<>{P}的{car}于{d1}送至{D}处修理，{D}出具的维修清单载明更换了原厂配件，收取配件费及工时费{total}。后{P}在其他"
         "修理厂检修时发现，所换配件系拆车旧件。{P}认为{D}的行为构成欺诈，要求退还配件费并赔偿损失。",
         "判令{D}返还配件费{x}", "判令{D}赔偿{P}损失{fee}"),
        ("{d1}，{D}将其{car}交由{P}修理，约定修理费{total}。{P}修理完毕后通知{D}取车，{D}以修理费过高为由拒绝付款。{P}"
         "依法留置该车辆，并于{d2}书面催告{D}在六十日内支付修理费，{D}逾期仍未支付。", "判令{D}支付修理费{total}",
         "确认{P}对留置的车辆享有留置权，并就该车辆折价或者拍卖、变卖所得价款优先受偿"),
    ),
    claims=("判令{D}支付修理费{rest}", "判令{D}支付逾期付款利息"),
    defence=("送修车辆系挂靠车辆，维修费应由实际车主承担，{D}不是适格被告", "维修结算单上的签字人员并非{D}员工，{D}不"
        "予认可",
             "车辆再次出现故障系{P}未按规定保养、超载运输所致，与维修质量无关"),
    extra=("{P}持有道路运输经营许可证，经营范围为二类机动车维修。", "维修结算单载明了更换配件的名称、数量和单价。",
           "鉴定意见书载明维修质量不符合行业标准。"),
    views=("本院认为，承揽人交付的工作成果不符合质量要求的，定作人可以合理选择请求承揽人承担修理、重作、减少报酬、"
           "赔偿损失等违约责任。", "本院认为，定作人未向承揽人支付报酬或者材料费等价款的，承揽人对完成的工作成果享有"
           "留置权。"),
    evidence=("维修结算单", "维修委托书", "对账单", "鉴定意见书"),
)

MACHINE_REPAIR = Topic(
    slug="machine_repair_contract", cause="修理合同纠纷", parties=("co|shop", "co|shop"), span=(10_000, 600_000, 1000),
    span2=(5_000, 300_000, 1000),
    slots={"machine": ("锅炉", "数控机床", "中央空调机组", "制冷机组", "发电机组", "破碎机", "电梯", "变压器", "注塑"
        "机")},
    coll=(
        "我们公司给一个厂子修{machine}，修好运行正常了，对方一直拖着维修费，说设备用了一阵又出问题了，不给钱",
        "厂里的{machine}坏了请人来修，修了一个星期越修越坏，最后整个主板都烧了，维修公司说本来就要坏，这个要赔吗",
        "找人修{machine}，报价{total_c}，修完又加了好多项目，说是拆开了才发现的，多出来的钱我们没签字认可",
    ),
    short=("设备修坏了维修公司要赔吗", "{machine}维修费对方不付怎么办", "维修加价没签字要付吗"),
    long_coll=(
        "我们厂{t}一台{machine}坏了，停产等不起，找了家维修公司上门修。他们的人来了拆了两天，说要换一堆零件，我们也不"
        "懂就同意了。修好试运行了半天又停了，再修又是一个星期。前后给了{paid_c}，现在他们还要{rest_c}，说是后来加的零件"
        "。我们车间停了差不多半个月，订单都耽误了，客户还要罚我们。维修费我们不想再给了，还想让他们赔损失，能行吗",
    ),
    facts=(
        "{d1}，{D}所属{machine}发生故障，委托{P}进行维修，双方签订《设备维修合同》，约定维修费{total}，维修完成并经{D}"
        "验收合格后十日内付清。{P}于{d2}维修完毕，{D}出具了验收单。{D}支付{paid}后，剩余维修费{rest}至今未付。",
        ("<>{d1}，{P}委托{D}维修其{machine}，维修过程中{D}技术人员操作不当，导致设备控制系统烧毁。经{P}委托的鉴定机构鉴"
         "定，设备损坏与{D}维修行为存在因果关系，修复费用为{x}。{P}因设备停用，停产[二十|三十|四十]余日。",
         "判令{D}赔偿设备修复费用{x}", "判令{D}赔偿停产损失{fee}"),
        "{P}与{D}签订年度维保合同，约定{P}负责{D}的{machine}日常维护及故障维修，年维保费{x}，零配件费用另行结算。合同期"
        "内{P}共出勤维修{n}次，更换零配件价值{fee}，{D}对维修记录单均签字确认，但以预算未批为由拖欠维保费及配件费。",
    ),
    claims=("判令{D}支付维修费{rest}", "判令{D}支付维保费{x}及配件费{fee}", "判令{D}支付逾期付款违约金"),
    defence=("{P}维修后设备仍多次故障，维修未达到合同约定效果", "增加的维修项目未经{D}书面确认，{D}不予认可"),
    extra=("验收单由{D}设备科负责人签字。", "{P}提交的维修记录单载明了每次维修的时间及更换的配件。"),
    evidence=("设备维修合同", "验收单", "维修记录单"),
)

ADMINISTRATORS = (
    "甘肃金城律师事务所", "甘肃陇原会计师事务所有限公司", "甘肃恒通律师事务所", "甘肃博远清算事务所有限公司",
    "甘肃华远律师事务所与甘肃瑞丰会计师事务所联合体",
)
COLLATERAL = ("名下位于{place}的国有建设用地使用权及地上厂房", "位于{place}的办公楼", "生产设备一批", "在建工程",
              "名下的商业用房{n}套")

SEPARATE_RIGHT = Topic(
    slug="bankruptcy_separate_right", cause="别除权纠纷", parties=("co|person", "co"
        ""), span=(300_000, 9_000_000, 10_000),
    span2=(50_000, 900_000, 1000), trades=("", "房地产开发"), owed=False,
    slots={"admin": ADMINISTRATORS, "coll": COLLATERAL,
           "debt": ("货款", "借款", "工程款", "设备款", "租金及占用费")},
    coll=(
        "跟我们有业务往来的公司破产了，他们欠我们的{debt}是拿厂房做了抵押的，抵押登记也办了，管理人只给我们定了普通债权，"
        "这合理吗",
        "公司破产清算，我们手里有抵押，想问问抵押物卖了的钱是不是应该先还我们，管理人说要先付破产费用",
        "管理人说我们的抵押登记是在法院受理破产前半年内办的，要撤销，我们的{debt}是早就欠下的，这咋办",
        "我们对破产企业有留置的货物，管理人要求我们交出来，我们的钱还没拿到，能不交吗",
    ),
    short=("有抵押的债权破产了能优先受偿吗", "管理人不认我们的抵押权怎么办", "别除权怎么主张"),
    long_coll=(
        "我们是一家建材公司，{t}一个地产公司欠我们{debt}{total_c}，还不上，就用{place}的一栋楼给我们做了抵押，去不动产"
        "登记中心办了抵押登记。后来这家公司被法院裁定破产清算了，我们按时申报了债权，还交了抵押登记证明。结果管理人的"
        "审查意见说抵押物上还有施工方的工程款优先权和购房户的权利，我们只能排在后面，而且把利息也砍了一大半。我们不认，"
        "提了异议也没用，是不是只能去法院起诉了",
    ),
    facts=(
        "{d1}，{P}与{D}签订合同，{D}因欠付{P}{debt}，以其{coll}为{P}的债权提供抵押担保，双方于{d2}办理了抵押登记，{P}取得"
        "不动产登记证明。{d3}，本院裁定受理{D}破产清算一案，并指定{admin}为管理人。{P}在债权申报期内向管理人申报债权"
        "{total}，并主张对抵押物享有优先受偿权。管理人审查后确认{P}的债权数额，但认定为普通债权，{P}提出异议后，管理人"
        "维持原审查结论。",
        "{P}与{D}之间存在{debt}债权债务关系，{D}以其{coll}设定抵押。本院于{d3}裁定受理{D}重整申请，指定{admin}为管理人。"
        "管理人在第一次债权人会议上提交的债权表将{P}的债权列为有财产担保债权，但认定抵押担保范围仅限于本金{paid}，不包"
        "括利息及违约金。{P}认为抵押合同明确约定担保范围包括主债权、利息、违约金及实现债权的费用，对管理人的认定不服。",
        "{d2}，{D}以其{coll}为其欠付{P}的{debt}设定抵押并办理登记。{d3}，本院裁定受理{D}破产清算申请。管理人认为该抵押"
        "系在人民法院受理破产申请前一年内对没有财产担保的债务提供的担保，依照企业破产法的规定应予撤销，故不确认{P}享"
        "有别除权。{P}认为，其债权形成时双方即约定了以该财产提供担保，抵押登记只是延后办理，不属于可撤销情形。",
        ("!{P}依约为{D}加工设备零部件，{D}欠付加工费{total}。{P}依法留置了{D}交付加工的原材料及半成品。{d3}，本院裁定受"
         "理{D}破产清算，{admin}被指定为管理人。管理人要求{P}交还留置物，{P}主张就留置物变价款优先受偿，管理人仅将{P}的"
         "债权确认为普通债权。", "确认{P}对留置物享有留置权，并就留置物变价款在{total}范围内优先受偿"),
    ),
    claims=("确认{P}对{D}享有的债权{total}对抵押物的变价款享有优先受偿权",
            "确认{P}申报的债权{total}为有财产担保的债权", "判令{D}的管理人将{P}的债权列入有财产担保债权表"),
    defence=("抵押登记系在破产申请受理前一年内对既有债务补设的担保，管理人有权请求撤销",
             "抵押合同约定的担保范围不明确，利息及违约金不属于优先受偿范围",
             "抵押物上存在建设工程价款优先受偿权，其顺位优先于{P}的抵押权"),
    extra=("管理人于{d4}前向{P}送达了债权审查结果通知书。", "抵押物经评估，价值{x}。",
           "债权人会议对{P}申报的债权进行了核查，{P}在法定期限内提出了书面异议。",
           "{D}的资产已由管理人接管，部分资产已进入拍卖程序。"),
    clauses=("抵押担保的范围包括主债权、利息、违约金、损害赔偿金和实现债权的费用",
             "债务人不履行到期债务的，抵押权人有权就抵押财产折价或者拍卖、变卖所得价款优先受偿"),
    views=("本院认为，对破产人的特定财产享有担保权的权利人，对该特定财产享有优先受偿的权利。本案争议焦点为{P}对"
           "抵押财产是否享有优先受偿权及优先受偿的范围。",),
    evidence=("抵押合同", "不动产登记证明", "债权申报材料", "债权审查结果通知书"),
)

DEPOSIT_CONTRACT = Topic(
    slug="earnest_money_contract", cause="定金合同纠纷", parties=("co|shop|person", "co|shop|person"),
    span=(20_000, 800_000, 1000), span2=(5_000, 150_000, 1000), owed=False,
    slots={"deal": ("一批钢材", "一批枸杞", "一套生产线设备", "五百吨玉米", "一批服装", "一辆二手挖掘机", "一批光伏板",
                    "一批牛羊")},
    coll=(
        "我们跟一个公司谈好买{deal}，交了{x_c}定金，后来对方说货卖给别人了，只退定金不肯双倍退，我们能要双倍吗",
        "收了客户{x_c}定金，后来客户自己不要货了，现在他要回定金，我不想给，我货都备好了",
        "写的是“订金”不是“定金”，对方违约了，我能要求双倍返还吗",
        "定金交了合同总价的一半，对方违约了，朋友说超过百分之二十的部分不算定金，是这样吗",
        "交了定金以后对方说价格涨了，要么加钱要么不卖，定金退不退他说看情况",
    ),
    short=("对方违约定金能双倍退吗", "定金和订金有啥区别", "买方不要货了定金还要退吗"),
    long_coll=(
        "我开了个小公司做农产品，{t}跟外地一个老板谈好买{deal}，他让先打{x_c}定金，说收到就安排发货。我打过去了，他也"
        "写了收条，写的是“定金”。过了一个星期说市场价涨了，让我每斤再加钱，我没同意，他就不发货了，现在说定金可以"
        "退，但只退本金。我因为这批货没到，下游的客户也跑了，我想让他双倍退，再赔我的损失，能不能都要",
    ),
    facts=(
        "{d1}，{P}与{D}签订《购销合同》，约定{P}向{D}购买{deal}，总价款{total}，{P}于合同签订之日支付定金{x}，{D}应于"
        "{d2}前交货。{P}依约支付定金后，{D}以原材料价格上涨为由要求提高价格，并于约定交货期届满后仍未交货。{P}于{d3}"
        "书面通知{D}解除合同，要求双倍返还定金，{D}仅同意返还已收取的定金。",
        ("<>{d1}，{D}与{P}约定购买{deal}，{D}向{P}支付定金{x}，约定{d2}提货并付清余款。{P}依约备货并通知{D}提货，{D}"
         "以市场行情变化为由拒绝提货，并要求{P}返还定金。{P}认为{D}违约在先，无权要求返还定金，且{P}因备货产生的仓储"
         "费、贬值损失已超过定金数额。", "判令{D}赔偿超过定金部分的损失{fee}", "确认{P}无须返还定金{x}"),
        "{d1}，{P}与{D}签订《定金协议》，约定双方拟就{deal}的买卖订立正式合同，{P}先行支付定金{x}，任何一方拒绝订立正式"
        "合同的，适用定金罚则。此后{D}于{d2}将该标的另行出售给{Tn}，致使正式合同无法订立。",
        ("!{P}向{D}支付{x}，{D}出具的收条载明“今收到{Pn}订金{x}”。后因{D}未能按约交货，双方"
         "协商解除买卖关系，{P}要求{D}双倍返还，{D}认为该款项系预付款性质的订金，不适用定金罚则，只同意原数返还。",
         "判令{D}双倍返还定金", "判令{D}返还{x}并支付资金占用利息"),
    ),
    claims=("判令{D}双倍返还定金", "判令{D}返还定金{x}", "判令{D}返还定金{x}并赔偿损失{fee}", "判令解除双方签订的合同"),
    defence=("未能按期交货系上游供货商断货所致，{D}不存在过错", "双方约定的定金数额超过主合同标的额百分之二十，超过部分"
             "不产生定金效力", "收条载明的是“订金”，不具有定金性质"),
    extra=("{D}出具的收条载明款项性质为定金。", "{D}已于{d3}将合同项下的货物另行出售给他人。"),
    clauses=("甲方违约的，无权要求返还定金；乙方违约的，应双倍返还定金", "定金在合同履行后抵作价款"),
    views=("本院认为，给付定金的一方不履行债务或者履行债务不符合约定，致使不能实现合同目的的，无权请求返还定金；收"
           "受定金的一方不履行债务或者履行债务不符合约定，致使不能实现合同目的的，应当双倍返还定金。定金的数额不得超"
           "过主合同标的额的百分之二十，超过部分不产生定金的效力。",),
    evidence=("收条", "购销合同", "银行转账凭证"),
)

CONTRACT_VALIDITY = Topic(
    slug="contract_validity", cause="确认合同效力纠纷", parties=("co", "co|person"), span=(100_000, 5_000_000, 10_000),
    span2=(20_000, 900_000, 1000), owed=False, weight=2,
    slots={"doc": ("《工程施工合同》", "《厂房租赁合同》", "《设备买卖合同》", "《合作经营协议》", "《股权代持协议》",
                   "《工程分包协议》", "《补充协议》", "《车辆挂靠协议》"),
           "proj": PROJECTS},
    coll=(
        "我们公司被人拿着一份合同起诉了，合同上的公章根本不是我们公司的，是以前的项目经理私刻的，能不能确认合同无效",
        "我们跟一个公司签的合同，后来发现他们没有资质，合同还算数吗？已经付的钱能要回来吗",
        "对方说我们签的{doc}违法无效，不愿意再履行，我们想请法院确认合同有效，可以这么起诉吗",
        "租的厂房后来才知道是在集体土地上盖的，没有规划许可，房东还要租金，这个租赁合同有效吗",
        "公司原来的法定代表人在被免职以后还以公司名义跟别人签了合同，这份合同对公司有效吗",
    ),
    short=("合同上的公章是假的合同有效吗", "对方没资质签的合同算数吗", "怎么请求法院确认合同无效"),
    long_coll=(
        "我们是一家小建筑公司，{t}突然收到法院的传票，说我们欠一个材料商{total_c}。我们一看证据，是一份以我们公司名义"
        "签的合同，盖的章跟我们在公安备案的章不一样，签字的是之前挂靠我们干活的一个包工头。这个人早就不在我们这了，"
        "我们也从来没授权他签什么合同。现在对方说他是我们项目经理，是表见代理。我们想反过来告，确认这份合同对我们没有"
        "效力，要准备哪些材料",
    ),
    facts=(
        "{d1}，{D}与{P}签订《建设工程施工合同》，约定由{D}承建{proj}。{P}认为，{D}签约时不具备相应的建筑施工企业资质，系借用{Tn}的资质"
        "承揽工程，依照法律规定，该合同应属无效。{D}则主张其已实际完成大部分工程，合同应继续履行。双方就合同效力产生争"
        "议，{P}遂诉至法院。",
        "{d1}，{D}持加盖“{Pn}合同专用章”字样印章的{doc}，主张{P}应履行合同义务。{P}称，其从未与{D}签订该合同，合同上的"
        "印章与{P}在公安机关备案的印章不一致，签字人{Xn}系挂靠{P}的施工人员，并非{P}员工，{P}亦未授权其对外签订合同。"
        "经{P}申请，本院委托鉴定机构对印章进行鉴定，鉴定意见为合同上的印章印文与备案印章印文不是同一枚印章盖印。",
        "{d1}，{P}与{D}签订《厂房租赁合同》，约定{D}将其位于{place}的厂房出租给{P}使用，租期{n}年，年租金{x}。{P}入驻后得知，该厂房"
        "系在集体土地上建设，未取得建设工程规划许可证。{d2}，{P}收到规划部门的限期拆除通知。{P}认为该合同违反法律、行政"
        "法规的强制性规定，应属无效，要求确认合同无效并返还已付租金；{D}认为{P}签约时已知晓厂房状况，合同应当有效。",
        "{P}原法定代表人{Xn}于{d2}被股东会免职，并已办理工商变更登记。{d3}，{Xn}仍以{P}名义与{D}签订《设备买卖合同》，约定{P}以明显"
        "低于市场价的价格向{D}出售其生产设备。{P}认为，{Xn}签约时已无代表权，{D}未尽合理审查义务，该合同对{P}不发生效力。",
        ("<>{d1}，{P}与{D}签订{doc}，双方已按约履行了部分义务，{P}向{D}支付了{paid}。{d2}，{D}以合同未经其上级公司审批"
         "为由，书面通知{P}合同无效，拒绝继续履行。{P}认为合同系双方真实意思表示，不违反法律、行政法规的强制性规定，合"
         "同合法有效。", "确认{P}与{D}于{d1}签订的{doc}合法有效", "判令{D}继续履行合同"),
    ),
    claims=("确认{P}与{D}于{d1}签订的{doc}无效", "确认{doc}对{P}不发生法律效力", "判令{D}返还{P}已支付的款项{x}",
            "确认{P}与{D}之间的{doc}未成立"),
    defence=("合同系双方真实意思表示，签约人具有代理权外观，{D}有理由相信其有代理权，构成表见代理",
             "涉案合同不违反法律、行政法规的效力性强制性规定，应属有效", "{P}已实际履行合同多年，现主张合同无效有违诚"
             "信原则"),
    clauses=("本合同自双方法定代表人或授权代表签字并加盖公章之日起生效",
             "本合同一式四份，双方各执两份，具有同等法律效力"),
    views=("本院认为，违反法律、行政法规的强制性规定的民事法律行为无效，但是该强制性规定不导致该民事法律行为无效的"
           "除外。本案争议焦点为涉案合同的效力如何认定。", "本院认为，行为人没有代理权、超越代理权或者代理权终止后，仍"
           "然实施代理行为，相对人有理由相信行为人有代理权的，代理行为有效。{D}主张构成表见代理，应当就此承担举证责任。"),
    evidence=("工商登记信息", "合同文本", "往来函件"),
)

ENTRUSTMENT = Topic(
    slug="entrustment_contract", cause="委托合同纠纷", parties=("co", "co|person"), span=(20_000, 900_000, 1000),
    span2=(10_000, 300_000, 1000),
    slots={"task": ("办理建设项目环评及审批手续", "代为催收应收账款", "代为采购进口设备", "办理土地使用权证",
                    "代为办理车辆上户及年审", "代理招商引资", "代理产品报关及出口事宜", "代为申报政府补贴项目")},
    coll=(
        "我们公司委托一家咨询公司{task}，付了{paid_c}，拖了一年也没办下来，钱也不退",
        "我们公司受人委托{task}，事情办成了，委托方说我们出力不多，约定的代理费不给了",
        "委托别人代收一笔货款，钱收回来了，他扣着不给我们，说要抵他自己的费用",
        "签了委托协议帮别的公司办事，中途他们单方面说不要我们办了，前期垫的钱和费用能要吗",
    ),
    short=("委托办事没办成费用能退吗", "代理费对方不给怎么办", "受托人收了钱不转交咋整"),
    long_coll=(
        "我们是一家小公司，{t}新上一个项目，要{task}。我们自己不熟悉流程，就找了一家咨询公司，签了委托协议，约定半年内"
        "办完，先付了{paid_c}。结果半年过去了，材料才交了一半，每次问都说在走流程。后来我们自己去窗口问，人家说根本没有"
        "收到过完整的材料。项目就这么耽误了，我们想解除协议把钱要回来，再让他赔点损失，可以吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《委托代理协议》，约定{P}委托{D}{task}，委托费用{total}，{P}签约时支付{paid}，事项办结后支付"
        "余款；{D}应于{d2}前完成委托事项。{P}依约付款后，{D}至期限届满仍未完成委托事项，亦未向{P}报告办理进展。{P}于"
        "{d3}书面通知解除协议，要求{D}退还已付费用，{D}拒绝。",
        ("<>{d1}，{D}委托{P}{task}，双方签订委托合同，约定事项完成后{D}支付委托报酬{total}。{P}于{d2}完成委托事项，{D}"
         "予以确认并实际享有了相应利益，但以{P}工作量不大为由仅支付{paid}，余款{rest}拒不支付。",
         "判令{D}支付委托报酬{rest}", "判令{D}支付逾期付款利息"),
        "{d1}，{P}委托{D}代为催收{P}对{Tn}的应收账款，约定{D}按回款金额的{rate}%收取报酬，回款应于收到之日起五日内转付"
        "{P}。{D}于{d2}从{Tn}处收回款项{total}，扣除报酬后至今未向{P}转付，{D}称该款项已用于抵销{P}欠其的其他费用。",
        ("<>{d1}，{D}委托{P}{task}，{P}为此垫付了相关费用{x}。委托事项办理过程中，{D}于{d2}单方解除委托合同。{P}认为"
         "{D}在不可归责于{P}的情况下解除合同，应偿还{P}垫付的费用并赔偿损失。",
         "判令{D}偿还垫付费用{x}", "判令{D}赔偿{P}可得利益损失{fee}"),
    ),
    claims=("判令解除{P}与{D}签订的委托协议", "判令{D}返还委托费用{paid}", "判令{D}赔偿{P}损失{x}",
            "判令{D}返还代收款{total}"),
    defence=("委托事项未能办结系审批政策调整所致，不可归责于{D}", "{D}已完成大部分委托工作，已收费用不应退还",
             "{P}拖欠{D}的其他费用，{D}依法主张抵销"),
    extra=("{D}向{P}出具了代收款收据。", "审批部门出具的说明载明，{D}未提交完整的申报材料。"),
    views=("本院认为，受托人应当按照委托人的指示处理委托事务，并按照委托人的要求报告委托事务的处理情况。受托人处理"
           "委托事务取得的财产，应当转交给委托人。",),
    evidence=("委托代理协议", "付款凭证", "工作往来函件"),
)

INSTALMENT_SALE = Topic(
    slug="instalment_sale", cause="分期付款买卖合同纠纷", parties=("co", "co|shop|person"
        ""), span=(100_000, 1_500_000, 1000),
    trades=("汽车服务", ""), span2=(10_000, 200_000, 1000),
    slots={"goods": ("重型半挂牵引车", "自卸车", "挖掘机", "装载机", "冷藏车", "混凝土搅拌车", "数控机床", "收割机"),
           "periods": ("十二", "十八", "二十四", "三十六")},
    coll=(
        "{t}分期买了一台{goods}，首付{paid_c}，每个月还一万多，最近活少还不上了，卖车的公司说要把车收回去，已经付的钱也不退",
        "我们公司分期卖给客户一台{goods}，他欠了好几期不还，车还在他手上天天干活，我们能把车拉回来吗",
        "分期买车合同上写着车款没付清之前车归卖方，现在我就欠最后两期，他们就把车开走了，这合法吗",
        "买{goods}分期付款，签合同的时候说是直接从厂家分期，后来才知道是挂在经销商名下，现在要过户他们不给办",
    ),
    short=("分期买的车还不上了车会被收走吗", "分期付款欠几期卖方能解除合同", "客户分期款拖欠能起诉吗"),
    long_coll=(
        "我是在{district}搞土方的，{t}在一家机械公司分期买了一台{goods}，总价{total_c}，首付{paid_c}，剩下的分{periods}期"
        "每月还。前一年都按时还的，后来工地停工，我拖了三期没还上。上个星期机械公司的人直接到工地把车开走了，说合同"
        "约定了所有权没转移。我已经交了一大半的钱了，车收走了我前面交的钱就白交了吗？我现在能把车要回来吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《分期付款买卖合同》，约定{D}向{P}购买{goods}一台，总价款{total}，{D}首付{paid}，余款{rest}"
        "分{periods}期支付，每月25日前付款；{D}未付到期价款达到全部价款五分之一的，{P}有权要求一次性支付全部剩余价款或者"
        "解除合同；价款付清前标的物所有权归{P}所有。合同签订后{P}交付了{goods}，{D}自{d2}起未按期付款。",
        "{d1}，{D}以分期付款方式向{P}购买{goods}，双方约定总价{total}，首付{paid}，余款按月分期支付。{D}支付首付款及部分"
        "分期款后，自{d2}起连续多期未付，累计逾期金额已超过总价款的五分之一。{P}于{d3}向{D}发出催告函，要求其在十五日内"
        "付清全部剩余价款，{D}未予理会。",
        ("<>{d1}，{P}以分期付款方式向{D}购买{goods}，已支付价款{paid}。{d2}，{P}因资金周转困难逾期支付两期款项，{D}即派员"
         "将{goods}强行拉走并扣留。{P}认为其逾期金额未达到全部价款的五分之一，{D}无权解除合同或取回标的物。",
         "判令{D}返还{goods}", "判令{D}赔偿扣留期间的停工损失{x}"),
    ),
    claims=("判令{D}一次性支付剩余全部价款{rest}", "判令{D}支付逾期付款违约金{x}", "判令解除双方签订的分期付款买卖合"
        "同，"
            "{D}返还{goods}", "确认{goods}的所有权归{P}所有"),
    defence=("车辆存在质量问题，多次维修影响使用，{D}暂停付款有正当理由", "合同约定的违约金过高，请求予以调减",
             "{D}已支付的价款超过总价款的一半，{P}解除合同并取回车辆显失公平"),
    extra=("截至起诉之日，{D}逾期未付的分期款已达{n}期。", "{goods}自交付之日起由{D}实际占有使用。", "{P}已于{d3}向{D"
        "}发出解除合同通知书。"),
    clauses=("买受人未支付到期价款的金额达到全部价款的五分之一，经催告后在合理期限内仍未支付的，出卖人有权请求买受人支付"
             "全部价款或者解除合同", "在买受人付清全部价款之前，标的物的所有权属于出卖人"),
    views=("本院认为，分期付款的买受人未支付到期价款的数额达到全部价款的五分之一，经催告后在合理期限内仍未支付到期价"
           "款的，出卖人可以请求买受人支付全部价款或者解除合同。",),
    evidence=("分期付款买卖合同", "车辆交接单", "催告函"),
)

# --------------------------------------------------------------------------
# Topics added in round 3: hard cases. Commercial disputes told with the words
# of homes (写字楼, 小区, 住宅楼, 物业, 商品房), of loans and insurance (定金,
# 保险定损) and of road accidents (侧翻, 追尾, 交警认定书). All are ``sme``:
# both sides are businesses, or the contract is a commercial one.
# --------------------------------------------------------------------------

ROADS = ("连霍高速", "兰海高速", "京藏高速", "G109国道", "G312国道", "南绕城高速", "中川大道", "北滨河路")
OFFICE_TOWERS = ("金城国际大厦", "陇原财富中心", "黄河商务大厦", "瑞丰金融港", "恒通科技大厦", "华远时代广场",
                 "博远创业孵化楼", "兴陇商务中心")
HOTELS = ("{district}某快捷酒店", "某商务酒店", "某精品民宿", "某连锁酒店", "某度假酒店", "某主题酒店")
BUILDERS = ("甘肃某建设集团有限公司", "兰州某建筑工程有限公司", "某建工集团有限公司", "甘肃某建筑安装工程有限公司")
PARENT_GROUPS = ("甘肃某置业集团有限公司", "兰州某房地产集团有限公司", "某控股集团有限公司")
ESTATE_NAMES = tuple(estate.removesuffix("小区") for estate in ESTATES)
RESIDENTIAL_PROJECTS = ("{estate}二期住宅项目", "{estate}小区住宅工程", "{district}{estate}商品房项目",
                        "{estate}安置小区项目", "{estate}高层住宅项目", "{district}某棚户区改造安置住宅项目")

OFFICE_LEASE = Topic(
    slug="office_lease", cause="房屋租赁合同纠纷", parties=("co|person", "co"), span=(60_000, 900_000, 1000),
    swapped={"owed": False, "defence": (
        "{P}未按约定支付首期租金，{D}依约解除合同并无不当", "{P}擅自改变房屋结构，{D}扣除保证金用于修复具有合同依据",
        "漏水系公共管道所致，应由物业服务企业承担责任"), "views": (
        "本院认为，依法成立的租赁合同对双方具有约束力。出租人应当按照约定交付租赁物，并在租赁期内保持租赁物符合约定的"
        "用途。",)},
    span2=(20_000, 300_000, 1000),
    slots={"tower": OFFICE_TOWERS,
           "unit": ("12层1203室", "第8层整层", "21层2105至2108室", "5层东区", "16层1601室", "3层301至305室"),
           "area": ("326平方米", "480平方米", "1260平方米", "186.5平方米", "860平方米", "95平方米"),
           "mrent": ("12800元", "23500元", "41000元", "8600元", "67000元"),
           "freedays": ("两个月", "三个月", "四十五天", "一个月")},
    coll=(
        "我们公司在{tower}租了一层办公，合同签了{nc}年，现在业务缩减想提前退租，房东说押金不退还要赔[三个月|半年]"
        "房租，这个合理吗",
        "我有几间写字楼租给一个[教育公司|直播公司|装修公司|贸易公司]办公，{t}开始就不交房租了，物业费也欠着，人还在"
        "里面上班，我能不能断电",
        "租的写字楼说好有{freedays}免租装修期，结果房东从签合同那天就开始算房租，还说我们晚交了要收滞纳金",
        "公司租的办公室吊顶漏水把电脑和资料都泡了，找房东他说归物业管，物业又说是楼上的事，这损失到底找谁",
        "退租的时候房东说我们装修改了隔墙，要恢复原状才退押金，可签合同的时候他是同意我们装修的",
        "我们把租的写字楼隔成小间转租给几家小公司，房东知道以后说我们违约要收房，合同里也没写不让转租啊",
    ),
    short=("写字楼房租拖欠能起诉吗", "办公室提前退租押金退不退", "写字楼免租期怎么算", "租户公司欠房租和物业费怎么办"),
    long_coll=(
        "我们是一家做[软件|财税咨询|建筑设计]的小公司，[前年|大前年|2021年]在{tower}租了{area}的办公室，签了三年，押二付三，月租"
        "{mrent}。当时房东答应前{freedays}免租让我们装修，我们花了{x_c}把办公室弄好。结果搬进去半年，房东说整栋楼要"
        "卖给别人，让我们三个月内搬走，只肯退押金。装修的钱、搬家的钱、重新找地方耽误的生意都没人管。房东这样单方"
        "面赶人，我们能要哪些赔偿",
        "我是{tower}的业主，名下几间写字楼[前几年|2020年|2021年]整体租给了一家公司，合同签的五年，每季度交一次租金。头一年还按时交，"
        "第二年开始就拖，先说疫情后来说客户没回款，到现在欠了{rest_c}，物业费和空调费也是我垫的。去年年底我去看，他"
        "们公司人少了一大半，剩下几个人说老板在外地。我想解除合同把房子收回来，可屋里还放着他们的电脑家具，我自己清"
        "了会不会有麻烦",
    ),
    facts=(
        "{d1}，{P}与{D}签订《写字楼租赁合同》，约定{P}将位于{district}{tower}{unit}、建筑面积{area}的办公用房出租给"
        "{D}作办公使用，租期{n}年，月租金{mrent}，租金每季度预付，{D}另向{P}交纳租赁保证金{fee}。{P}于{dp1}交付房"
        "屋。{D}自{d2}起未再支付租金，{P}于{d3}发函催告后仍未支付，截至起诉之日累计拖欠租金{rest}。",
        ("<>{d1}，{P}与{D}签订《房屋租赁合同》，承租{D}所有的{tower}{unit}用于公司办公，合同第五条约定：“自房屋交付之"
         "日起{freedays}为免租装修期，免租期内承租方无需支付租金，但应承担物业费及能耗费。”{D}于{dp1}交付房屋，{P}随"
         "即进场装修。{d2}，{D}以{P}未按期支付首期租金为由发出解除合同通知，并于{d3}对房屋断电。{P}认为首期租金应自"
         "免租期届满后起算，{D}断电致其无法办公。", "确认{D}于{d2}发出的解除合同通知不发生效力",
         "判令{D}恢复供电并继续履行合同", "判令{D}赔偿{P}停业损失{x}",
         "答：{P}未按约定支付首期租金，{D}依约解除合同并无不当",
         "答：免租期仅适用于装修期间，{P}提前入驻办公，应自入驻之日起支付租金"),
        ("<>{P}承租{D}的{tower}{unit}办公用房，租期届满后于{d2}将房屋交还{D}，双方签署的《退房交接单》载明“水电费、"
         "物业费已结清，钥匙已交回”。此后{D}以{P}擅自拆除部分隔墙、墙面存在钉孔为由，扣留租赁保证金{fee}不予退还，"
         "亦未提供修复费用的票据。{P}认为其装修改造系经{D}书面同意，交接时{D}未提出异议。",
         "判令{D}返还租赁保证金{fee}", "判令{D}支付逾期返还保证金的利息",
         "答：{P}擅自改变房屋结构，{D}扣除保证金用于修复具有合同依据"),
        ("{d1}，{P}与{D}签订租赁合同，将{tower}{unit}出租给{D}办公，租期五年，合同约定承租方提前退租的，应提前三个月书"
         "面通知，并以三个月租金作为违约金。{d2}，{D}以业务调整为由通知{P}提前解除合同，当月即搬离，拒绝支付违约金并"
         "要求全额退还保证金。{P}重新招租，该房屋至{d3}方才出租，空置期间的租金损失{rest}。",
         "判令{D}支付违约金{x}", "判令{D}赔偿房屋空置期间的租金损失{rest}", "确认{P}有权以租赁保证金{fee}抵扣上述款项",
         "答：{D}提前退租系因{P}未按约提供停车位及空调服务，{D}不构成违约",
         "答：合同约定的违约金过高，且{P}未及时采取措施减少空置损失，请求予以调减"),
        ("{d1}，{P}将{tower}{unit}出租给{D}，合同约定未经出租方书面同意承租方不得转租。{d2}，{P}发现{D}将该房屋分隔为"
         "十余个小间，以“共享办公”名义转租给多家公司并收取租金。{P}于{d3}向{D}发出解除合同通知，要求{D}腾退房屋，"
         "{D}以合同未禁止分租为由拒绝。", "判令解除{P}与{D}签订的租赁合同",
         "判令{D}腾退房屋并按月租金{mrent}的标准支付占用期间的使用费", "判令{D}支付违约金{x}",
         "答：合同并未禁止分租，{D}的分租行为不构成违约",
         "答：{P}知晓分租情况多年未提出异议，应视为同意转租"),
        ("<>{P}承租{D}所有的{tower}{unit}用于办公。{d2}夜间，该房屋吊顶内的空调冷凝水管破裂，积水流入{P}的办公区域，"
         "导致电脑、档案柜及办公家具受损。物业服务企业出具的情况说明载明，漏水点位于出租房屋内的原有管道。{P}要求{D}"
         "修复管道并赔偿损失{x}，{D}称管道维修属于物业服务范围，应由物业公司负责。", "判令{D}赔偿{P}财产损失{x}",
         "判令{D}对出租房屋内的管道进行修复",
         "答：漏水系公共管道所致，应由物业服务企业承担责任",
         "答：{P}主张的财产损失缺乏证据证明"),
    ),
    claims=("判令{D}支付拖欠租金{rest}", "判令解除{P}与{D}签订的《写字楼租赁合同》",
            "判令{D}腾退{tower}{unit}的办公用房",
            "判令{D}支付逾期付款违约金（以欠付租金为基数，按日万分之五计算）",
            "判令{D}支付{P}垫付的物业费及能耗费{fee}"),
    defence=("{P}交付的房屋中央空调长期故障，{D}无法正常办公，有权相应减付租金", "双方曾口头约定延期支付租金，{D}不存"
             "在违约", "{D}交纳的租赁保证金应当抵扣欠付租金"),
    extra=("{D}交纳的租赁保证金为{fee}。", "涉案房屋的物业服务由大厦物业服务企业提供，物业费由承租人承担。",
           "{D}已于{d3}停止在涉案房屋办公，但未办理交接手续。", "涉案房屋的规划用途为商务办公。"),
    clauses=("承租方逾期支付租金超过三十日的，出租方有权解除合同，租赁保证金不予退还",
             "租赁期内物业服务费、水电费、空调能耗费由承租方承担",
             "未经出租方书面同意，承租方不得将房屋全部或部分转租"),
    views=("本院认为，承租人应当按照约定的期限支付租金。承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租"
           "人在合理期限内支付；承租人逾期不支付的，出租人可以解除合同。", "本院认为，依法成立的租赁合同对双方具有约束"
           "力。本案的争议焦点为双方是否存在违约行为以及违约责任的承担。"),
    evidence=("写字楼租赁合同", "房屋交接单", "租金缴纳凭证", "催告函"),
)

STALL_SITE_LEASE = Topic(
    slug="stall_and_site_lease", cause="租赁合同纠纷", parties=("co|person", "shop|person|co"), trades=("市场管理", ""),
    swapped={"owed": False, "defence": (
        "市场改造系落实政府统一规划要求，{D}不存在违约", "{P}修建的设施系其自行添附，{D}不负补偿义务",
        "{P}连续多月未完成保底销售额，{D}依约调整柜位并扣除相应费用")},
    span=(20_000, 600_000, 100), span2=(20_000, 400_000, 1000),
    slots={"market": ("{district}某农贸市场", "{district}某蔬菜批发市场", "某建材家居市场", "某小商品批发市场",
                      "某二手车交易市场"),
           "yard": ("砂石料堆场", "货车停车场", "混凝土搅拌站", "废旧物资回收站", "驾校训练场", "苗木存放场"),
           "spot": ("兰州新区", "西固区", "安宁区", "七里河区", "皋兰县", "榆中县"),
           "acre": ("八", "十二", "二十", "三十五", "六")},
    coll=(
        "我在{market}租了个摊位卖菜，一年摊位费交了{x_c}，才干了几个月市场说要改造，让我们都搬走，摊位费只退一半",
        "我们公司租了一块空地当{yard}，签了五年，现在人家说地要收回盖楼，让我们半个月内清场，几百吨东西往哪放",
        "市场管理公司把我的档口租给别人了，说我晚交了十天租金就算违约，押金也不退",
        "我把自己的一块场地租给别人做{yard}，租金欠了{rest_c}，走的时候场地弄得一塌糊涂，恢复原状得花好几万",
        "在商场里租了个专柜卖衣服，商场说业绩不达标要我撤柜，合同还有一年多，装修和保证金咋算",
    ),
    short=("市场摊位费能退吗", "场地租金拖欠怎么起诉", "市场改造摊位被收回有补偿吗", "租的场地被要求清场怎么办"),
    long_coll=(
        "我在{market}干了六七年了，[前年|大前年|2022年]市场换了管理公司，新公司让我们重新签合同，一次交三年摊位费，说交了就能一直干。"
        "我交了{total_c}，还花钱把档口重新装了。结果不到一年，市场说要整体升级改造，限我们一个月搬走，说改造好了优先"
        "回来。等改造完了，档口全租给了别人，租金翻了一倍，我们这些老商户一个都没回去。剩下两年的摊位费他们一分不退，"
        "装修的钱也白花了，我们几十户商户能一起告吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《摊位租赁合同》，约定{P}将其经营管理的{market}B区{n}号摊位出租给{D}经营，租期三年，摊"
        "位租金按年支付，{D}另按月交纳管理费及卫生费。{D}入场经营后，自第二个租赁年度起未按约支付租金，{P}于{d2}、"
        "{d3}两次书面催告，{D}仍未支付，累计欠付租金及管理费{rest}。",
        ("<>{d1}，{P}承租{D}经营的{market}内商铺一间，一次性交纳三年租金{total}，并投入装修。{d2}，{D}以市场整体升级改"
         "造为由通知全体商户于一个月内搬离，承诺改造后优先返租。{P}搬离后，{D}于{d3}将改造后的商铺以更高租金出租给他"
         "人，拒绝退还剩余租期的租金。", "判令{D}返还剩余租期租金{rest}", "判令{D}赔偿装修损失及停业损失{x}",
         "答：市场改造系落实政府统一规划要求，{D}不存在违约",
         "答：{P}已领取了搬迁补助，无权再主张损失"),
        ("{d1}，{P}与{D}签订《场地租赁合同》，约定{P}将其位于{spot}的空地约{acre}亩出租给{D}用作{yard}，年租金{x}，"
         "租期{n}年，租赁期满{D}应清除堆放物并恢复场地原状。租赁期满后，{D}未按约清场，场地内仍遗留大量砂石及废弃混"
         "凝土块。{P}委托第三方清运平整，支出费用{fee}。{D}另欠最后一个年度的租金{rest}。",
         "判令{D}支付租金{rest}", "判令{D}赔偿场地恢复费用{fee}", "判令{D}支付逾期腾退期间的场地占用费",
         "答：场地内遗留物系{P}此前出租给他人时留下，与{D}无关",
         "答：{P}主张的清运费用过高，且未通知{D}自行清理"),
        ("<>{d1}，{P}租赁{D}位于{spot}的场地用作{yard}，租期五年，{P}投资修建了地坪、围墙及活动板房。{d2}，{D}与{Tn}"
         "签订土地转让协议，要求{P}在十五日内清场，并于{dp2}雇人拆除了围墙。{P}认为{D}在租赁期内擅自收回场地构成违"
         "约，应赔偿其投入损失及搬迁损失。", "判令{D}赔偿地上设施投资损失{x}", "判令{D}赔偿搬迁费用及停产损失{fee}",
         "判令{D}支付违约金",
         "答：{P}修建的设施系其自行添附，{D}不负补偿义务",
         "答：场地被收回系规划调整所致，{D}不存在过错"),
        ("<>{d1}，{P}与{D}签订《专柜租赁合同》，租用{D}经营的商场一层专柜经营服装，合同约定保底销售额，连续三个月未达保"
         "底的，{D}有权调整柜位。{d2}，{D}以{P}未达业绩为由通知{P}撤柜，{P}认为{D}统计的销售额未包括其线上订单，且调"
         "整柜位不等于解除合同。{D}此后扣留{P}的货款及专柜保证金。", "判令{D}返还扣留的货款{x}",
         "判令{D}返还专柜保证金{fee}",
         "答：{P}连续多月未完成保底销售额，{D}依约调整柜位并扣除相应费用"),
    ),
    claims=("判令{D}支付摊位租金及管理费{rest}", "判令解除双方签订的《摊位租赁合同》", "判令{D}腾退摊位并支付占用费",
            "判令{D}支付违约金{fee}"),
    defence=("市场人流稀少，{P}未履行招商宣传承诺，{D}有权减付租金", "{P}未按约定提供水电及排污设施，{D}无法正常经营",
             "双方已口头约定以摊位装修投入抵顶部分租金"),
    extra=("{D}已于{d3}停止经营，但未办理退场交接手续。", "{D}交纳的租赁保证金为{fee}。",
           "{P}系{market}的开办单位，持有市场登记证明。"),
    clauses=("承租方应按照市场管理规定文明经营，不得擅自转租、转让摊位",
             "租赁期满，承租方应于十日内清除场地内的物品并恢复原状，逾期未清除的，出租方有权代为清除，费用由承租方承担",
             "租金按年度预付，承租方逾期付款超过十五日的，出租方有权收回摊位"),
    views=("本院认为，依法成立的租赁合同对双方具有约束力。出租人应当按照约定交付租赁物并保持其符合约定的用途，承租人"
           "应当按照约定支付租金并在租期届满后返还租赁物。",),
    evidence=("摊位租赁合同", "场地交接照片", "催告函", "清运费用票据"),
)

LAND_USE_LEASE = Topic(
    slug="land_use_right_lease", cause="土地租赁合同纠纷", parties=("co", "co|person"),
    swapped={"owed": False, "defence": (
        "征收补偿协议系{D}与征收部门签订，补偿款应归{D}所有", "土地转让系{D}依法处分自己的权利，{P}可向受让方主张权利",
        "{P}签约时已实地查看土地，对土地性质应当知情")},
    span=(100_000, 2_000_000, 10_000), span2=(60_000, 900_000, 1000),
    slots={"land": ("国有建设用地", "工业用地", "集体建设用地"), "mu": ("15", "23.6", "40", "8.5", "60", "12"),
           "spot": ("兰州新区", "西固区", "榆中县", "永登县", "皋兰县", "红古区"),
           "use": ("建设厂房生产新型建材", "建设光伏电站", "开办物流园", "建设冷链仓储中心", "建设砂石料加工厂",
                   "建设汽车配件加工车间")},
    coll=(
        "我们公司租了人家公司的一块工业用地建厂房，合同签了二十年，才用了五年对方就把地卖了，新老板让我们搬，我们盖的"
        "厂房怎么算",
        "公司跟村上签的合同，租了{mu}亩集体建设用地办厂，每年租金都按时交，现在村上换了领导说合同无效要收回，能这么干吗",
        "把公司名下的一块地租给别人堆料，说好一年一付，他两年没给了，还在地上私自盖了几间房",
        "租的地被政府征收了，补偿款下来了，出租方说都是他的，我们在上面盖的厂房和设备的补偿难道不该给我们吗",
        "租地的时候对方说可以盖厂房，后来才知道是农用地，自然资源局来罚款还要拆，我们的损失能找出租方吗",
    ),
    short=("租的地被征收了地上厂房补偿归谁", "租的工业用地对方卖了怎么办", "土地租金欠了两年怎么收回"),
    long_coll=(
        "我们是做{use}的民营企业，[2012年|2015年|十来年前]跟一家公司签了二十年的土地租赁合同，在{spot}租了{mu}亩地，自己投钱盖了厂房、"
        "办公楼，买了生产线。合同里写得清楚，租期内要是被征收，土地补偿归出租方，地上的厂房设备补偿归我们。去年这块"
        "地被划进了征收范围，征收办是跟出租方签的协议，补偿款一次性全打给了出租方，光地上附着物就评估了{total_c}。现在"
        "出租方说合同是他们跟我们签的，钱是政府给他们的，最多给我们一点搬迁费。我们想起诉要回地上物的补偿，行不行",
    ),
    facts=(
        "{d1}，{P}与{D}签订《土地租赁合同》，约定{P}将其名下位于{spot}的{land}使用权{mu}亩出租给{D}用于{use}，租期二十"
        "年，年租金{x}，每年1月31日前支付当年租金。{P}于{dp1}交付土地，{D}在土地上建设了厂房及附属设施并投入生产。自"
        "{d2}起，{D}未再支付租金，截至{d3}累计欠付{rest}。",
        ("<>{d1}，{P}与{D}签订土地租赁合同，承租{D}位于{spot}的{land}{mu}亩用于{use}，租期十五年，合同约定：“租赁期"
         "内如遇国家征收，土地补偿费归出租方所有，地上建筑物及设备的补偿归承租方所有。”{P}在租赁土地上自建厂房、办公"
         "楼并安装了生产设备。{d2}，该宗土地被纳入{spot}的土地征收范围，征收部门与{D}签订补偿协议，其中地上建筑物及设备"
         "补偿{total}。{D}于{d3}领取全部补偿款后，拒绝向{P}支付地上物补偿部分。",
         "判令{D}支付地上建筑物及设备征收补偿款{total}", "判令{D}支付停产停业损失补偿款{fee}",
         "答：征收补偿协议系{D}与征收部门签订，补偿款应归{D}所有",
         "答：{P}建设的厂房未取得规划许可，不应获得补偿"),
        ("<>{d1}，{P}与{D}签订《工业用地租赁协议》，承租{D}位于{spot}的{land}{mu}亩，租期二十年，{P}已一次性支付前五年"
         "租金{paid}。{d2}，{D}将该宗土地使用权转让给{Tn}并办理了变更登记。{d3}，{Tn}以其系土地使用权人为由要求{P}限"
         "期腾退，{P}的厂房被迫停产。{P}认为{D}在租赁期内转让土地未保障其继续使用，应承担违约责任。",
         "判令{D}返还已付未到期的租金", "判令{D}赔偿厂房建设投入及停产损失{x}", "判令{D}支付违约金{fee}",
         "答：土地转让系{D}依法处分自己的权利，{P}可向受让方主张权利"),
        ("<>{d1}，{P}与{D}签订土地租赁合同，约定{D}将位于{spot}的土地{mu}亩出租给{P}建设厂房，{D}在合同中承诺该土地为"
         "建设用地、可以办理建设手续。{P}依约支付租金{paid}并投入建设。{d2}，自然资源部门认定该地块为基本农田，对{P}"
         "作出责令退还土地、限期拆除地上建筑物的行政处罚决定。{P}认为{D}隐瞒土地性质，合同应属无效。",
         "确认{P}与{D}签订的土地租赁合同无效", "判令{D}返还租金{paid}", "判令{D}赔偿{P}建设投入及拆除损失{x}",
         "答：{P}签约时已实地查看土地，对土地性质应当知情",
         "答：{P}未经审批擅自建设厂房，损失应自行承担"),
        ("{d1}，{P}将其位于{spot}的{land}出租给{D}作为临时堆场，合同约定{D}不得在租赁土地上建设永久性建筑物。{d2}，{D}"
         "未经{P}同意在土地上修建砖混结构库房三栋，被当地综合执法部门责令整改。{P}要求{D}拆除违建，{D}拒绝，并"
         "自{d3}起停止支付租金。", "判令{D}拆除在租赁土地上修建的建筑物并恢复原状",
         "判令解除双方签订的土地租赁合同", "判令{D}支付欠付租金{rest}",
         "答：所建库房系临时性建筑，{P}对此知情并默许",
         "答：{D}停付租金系因{P}未按约提供水电接入条件"),
    ),
    claims=("判令{D}支付土地租金{rest}", "判令解除{P}与{D}签订的《土地租赁合同》", "判令{D}返还租赁土地并恢复原状",
            "判令{D}支付逾期付款违约金（以{rest}为基数，按年利率6%计算）"),
    defence=("{P}未能提供土地使用权证，导致{D}的厂房无法办理规划及产权手续，{D}有权暂停支付租金",
             "{D}在租赁土地上投入巨大，{P}主张解除合同显失公平", "{P}主张的租金标准已超出合同约定"),
    extra=("涉案土地的不动产权证书记载权利人为{P}，用途为工业用地。",
           "{D}在涉案土地上建设的厂房未取得建设工程规划许可证。",
           "{D}已于{d3}停止生产经营。"),
    clauses=("承租方应按照约定用途使用土地，不得擅自改变土地用途或者在租赁土地上建设永久性建筑物",
             "租赁期内如遇国家征收，土地补偿费归出租方所有，地上建筑物、附属设施及设备的补偿归承租方所有",
             "出租方在租赁期内转让土地使用权的，应当提前三个月通知承租方，并保证受让方继续履行本合同"),
    views=("本院认为，依法成立的土地租赁合同对双方均具有约束力。本案争议焦点在于双方在租赁期内的权利义务如何认定，以"
           "及相关损失应由谁承担。",),
    evidence=("土地租赁合同", "不动产权证书", "租金支付凭证", "征收补偿协议"),
)

LEASED_VEHICLE_ACCIDENT = Topic(
    slug="leased_vehicle_accident_loss", cause="租赁合同纠纷", parties=("co", "co"), span=(20_000, 600_000, 100),
    swapped={"defence": (
        "合同约定车辆因事故维修期间不免除租金", "车辆维修期间{D}曾提出提供替换车辆，{P}未予接受"), "views": (
        "本院认为，出租人应当履行租赁物的维修义务，因维修租赁物影响承租人使用的，应当相应减少租金或者延长租期。",)},
    trades=("汽车服务", ""), span2=(5_000, 300_000, 100), owed=False,
    slots={"vehicle": ("商务车", "轿车", "重型半挂车", "冷藏车", "渣土车", "大客车", "厢式货车"),
           "machine": ("汽车吊", "塔吊", "履带吊", "高空作业车"), "road": ROADS,
           "crash": ("追尾前车", "侧翻", "与对向车辆相撞", "撞上护栏", "冲出路面"), "proj": PROJECTS},
    coll=(
        "我们租车公司把一辆{vehicle}租给一个公司用，他们的司机开出去{crash}了，车差不多报废，保险只赔了一部分，剩下的"
        "损失和停运的钱他们不认",
        "公司租了辆{vehicle}，路上出了事故，交警判对方全责，租车公司非让我们先赔维修费和折旧费，说合同上写了，我们不也"
        "是受害的吗",
        "租给工地的{machine}在吊装的时候倒了，机器摔坏了，承租方说是地基的问题不赔，维修要{x_c}",
        "我们公司长租了几台车，其中一台出了事故在修理厂修了两个多月，这两个月的租金租赁公司照收，合理吗",
        "租车的时候买了全险，出了事故租车公司还让我们付免赔额和车辆贬值费，这个该付吗",
    ),
    short=("租的车出了事故维修费谁出", "租赁车辆事故后的停运损失要赔吗", "租给别人的吊车倒了谁负责"),
    long_coll=(
        "我们是一家汽车租赁公司，{t}一家物流公司从我们这长租了一台{vehicle}，合同写得清楚，租赁期间出事故，保险赔不够"
        "的和车辆停运的损失都由承租方承担。结果他们的司机在{road}上{crash}，交警认定司机全责。车修了快两个月，修理费"
        "{total_c}，保险赔了一部分，剩下的{rest_c}他们一直拖。我们这两个月车租不出去，损失也不小。他们现在说事故是司机"
        "个人的事，让我们去找司机，司机是他们公司雇的，这个钱我们该找谁要",
    ),
    facts=(
        "{d1}，{P}与{D}签订《车辆租赁合同》，约定{P}将{vehicle}一辆出租给{D}用于经营，租期{n}个月，合同约定：“租赁期间"
        "车辆发生事故的，保险理赔不足部分及车辆停运损失由承租方承担。”{d2}，{D}雇用的驾驶员驾驶该车在{road}{crash}，"
        "交警部门认定该驾驶员负事故全部责任。车辆经修复，维修费用共计{total}，保险公司赔付{paid}，其余{rest}{D}拒绝支"
        "付。车辆维修期间{P}无法出租该车，产生停运损失。",
        ("<>{d1}，{P}向{D}长期租赁{vehicle}{n}辆，租金按月支付。{d2}，其中一辆车在{road}行驶时被他车追尾，交警部门认定"
         "对方车辆负全部责任。{D}将车辆送修六十余日，既未提供替换车辆，又照常收取租金，并要求{P}预付维修费。{P}认为"
         "车辆维修期间无法使用，{D}应减收租金，事故损失应由{D}向肇事方或保险公司主张。",
         "判令{D}返还车辆维修期间的租金{x}", "确认{P}不承担案涉车辆的维修费用"),
        ("!{d1}，{P}与{D}签订《{machine}租赁合同》，约定{D}租用{P}的{machine}用于{proj}施工，由{P}配备操作司机，{D}负"
         "责现场指挥及作业场地的地基处理。{d2}，该设备在吊装作业中发生倾覆，吊臂及底盘严重损坏，所幸未造成人员伤亡。"
         "事故调查报告认定，倾覆原因系作业场地地基承载力不足、{D}现场指挥人员违规指挥。{P}支付维修费用{total}，并主张"
         "维修期间的租金损失。", "判令{D}赔偿设备维修费{total}", "判令{D}赔偿设备停用期间的租金损失{x}",
         "答：设备倾覆系{P}配备的操作司机违规操作所致，{D}不应承担责任",
         "答：{P}主张的租金损失计算期间过长"),
        ("{d1}，{D}向{P}租赁{vehicle}，租赁合同约定租金包含车辆保险，承租方另行购买“不计免赔”服务的，事故损失由出租方承"
         "担。{D}签约时未购买该项服务。{d2}，{D}员工驾车{crash}，车辆受损。保险公司定损后赔付{paid}，{P}要求{D}承担保"
         "险免赔部分、车辆贬值损失及拖车费共计{rest}，{D}仅同意承担拖车费。", "判令{D}支付保险免赔部分、车辆贬值损失及"
         "拖车费共计{rest}"),
        ("{d1}，{P}将{vehicle}出租给{D}，租期一年。租赁期间车辆发生事故，{D}自行将车辆送至其熟悉的修理厂维修，未通知{P}。"
         "租期届满{D}还车时，{P}发现车辆更换的配件多为副厂件，车架存在修复痕迹。经{P}委托评估，车辆因事故及不当维修造"
         "成的贬值损失为{x}。", "判令{D}赔偿车辆贬值损失{x}", "判令{D}承担评估费{fee}"),
    ),
    claims=("判令{D}支付车辆维修费差额{rest}", "判令{D}赔偿车辆停运损失{x}", "判令{D}赔偿车辆贬值损失{fee}"),
    defence=("保险公司已赔付大部分损失，剩余部分应由{P}继续向保险公司主张，{D}不应承担",
             "车辆贬值损失不属于合同约定的赔偿范围，{P}主张的停运损失亦缺乏依据",
             "{P}在交付车辆时未告知车辆制动系统存在故障，事故与车况有关"),
    extra=("交通事故认定书认定{D}的驾驶员负事故全部责任。", "{P}已就案涉车辆投保机动车损失保险。",
           "案涉驾驶员系{D}的员工，事故发生时正在执行{D}的工作任务。", "车辆维修期间共计[四十|五十|六十]余日。"),
    clauses=("承租方应妥善使用租赁车辆，租赁期间因承租方原因造成车辆损坏的，承租方应负责修复并赔偿停运损失",
             "租赁期间发生交通事故的，承租方应及时通知出租方，保险理赔不足部分由承租方承担",
             "车辆维修期间，出租方未提供替换车辆的，相应期间免收租金"),
    views=("本院认为，承租人应当妥善保管租赁物，因保管不善造成租赁物毁损、灭失的，应当承担赔偿责任。本案中，租赁车辆在"
           "租赁期间发生事故受损，双方对损失的承担有明确约定，应按约定处理。",),
    evidence=("车辆租赁合同", "交通事故认定书", "维修发票", "保险理赔单"),
)

BUSINESS_EARNEST = Topic(
    slug="business_deal_earnest", cause="定金合同纠纷", parties=("person|shop|co", "person|shop|co"),
    swapped={"defence": (
        "店铺的经营状况与{P}介绍的严重不符，{D}不再受让有正当理由", "收条上的定金条款系{P}单方书写，{D}并未同意")},
    span=(80_000, 1_500_000, 1000), span2=(10_000, 200_000, 1000), owed=False,
    slots={"biz": ("一家火锅店", "一家牛肉面馆", "一家汽修厂", "一家便利店", "一家洗车行", "一家茶叶店", "一家烧烤店"),
           "thing": ("两台二手挖掘机", "一条面粉生产线", "一批冷库设备", "一辆二手冷藏车", "一套制砖设备"),
           "space": ("写字楼一层", "临街商铺", "厂房一栋", "酒店裙楼三层")},
    coll=(
        "我看中了{biz}想盘下来，跟老板谈好转让费，先交了{x_c}定金，后来房东不同意转租，老板说定金不退，这合理吗",
        "我要把{biz}转出去，下家交了{x_c}定金，约好一周后签合同付钱，结果他反悔了，现在又来要定金，我能不退吗",
        "我们公司准备租{space}，交了{x_c}意向金，后来租金没谈拢，房东说意向金就是定金，不退了",
        "跟供货商订了{thing}，交了定金，他转手卖给了别人，只肯退定金，我们为这批设备已经跟下家签了合同，违约金还得赔人家",
        "收据上写的定金，实际上我们说好是预付款，现在对方说我违约要没收，这能行吗",
    ),
    short=("盘店交了定金房东不同意转租能退吗", "下家反悔了定金要退吗", "意向金算不算定金"),
    long_coll=(
        "{t}我在{place}看中了{biz}，老板说不想干了要转，连装修带设备要{total_c}。我们当场写了个意向书，我交了{x_c}定"
        "金，说好一个礼拜内签正式转让协议，他负责跟房东谈好把租赁合同转到我名下。结果过了一个礼拜，他说房东不同意转"
        "租，要涨房租，让我自己去谈。我去找房东，房东说根本没人跟他说过转店的事。现在店我不要了，老板说是我自己不要"
        "的，定金不退。我觉得是他没办成，定金应该退，甚至该双倍退，我这个想法对吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《店铺转让意向书》，约定{D}将其经营的位于{place}的{biz}连同装修、设备及经营权转让给{P}，转"
        "让费{total}，{P}于签订意向书当日支付定金{x}，双方于{d2}前签订正式转让协议，{D}负责协调房屋出租人与{P}签订租"
        "赁合同。{P}支付定金后，房屋出租人明确表示不同意转租，正式转让协议未能签订。{P}要求{D}返还定金，{D}以{P}主"
        "动放弃为由拒绝。",
        ("<>{d1}，{D}与{P}约定受让{P}经营的{biz}，转让费{total}，{D}向{P}支付定金{x}，收条载明“此款为定金，如受让方反"
         "悔定金不退”。{d2}，{D}以店铺客流不及预期为由通知{P}不再受让，并要求返还定金。{P}为履行转让约定已拒绝了其他"
         "意向受让人，并提前遣散了部分员工。", "确认{P}无须返还定金{x}", "判令{D}赔偿{P}超过定金部分的损失{fee}"),
        ("{d1}，{P}与{D}签订《租赁意向书》，约定{P}拟承租{D}所有的{space}用于公司经营，{P}支付意向金{x}，双方应于三十日"
         "内签订正式租赁合同，意向金届时转为租赁保证金；若因{P}原因未签订正式合同，意向金不予退还。此后双方就租金递增"
         "比例及免租期产生分歧，正式合同未能签订。{D}以意向金具有定金性质为由拒绝退还。",
         "判令{D}返还意向金{x}", "判令{D}支付资金占用期间的利息"),
        ("{d1}，{P}与{D}签订《设备买卖合同》，约定{P}向{D}购买{thing}，总价款{total}，{P}于合同签订后三日内支付定金{x}，"
         "{D}于{d2}前交付设备。{P}依约支付定金后，{D}在交货期前将设备出售给{Tn}，致使合同目的无法实现。{P}为此已与下游"
         "客户签订服务合同，因无法履约支付违约金{fee}。", "判令{D}双倍返还定金",
         "判令{D}赔偿{P}超过定金数额的损失{fee}",
         "判令解除双方签订的《设备买卖合同》",
         "答：{P}迟延支付定金在先，{D}另行出售设备不构成违约",
         "答：{P}与下游客户之间的违约金与本案无关"),
        ("{d1}，{P}与{D}签订《承包经营协议》，约定{D}将其经营的{biz}整体承包给{P}经营，承包期三年，年承包费{total}，"
         "{P}交纳定金{x}。{d2}，{D}以店铺整体转让为由通知{P}协议不再履行。{P}要求双倍返还定金，{D}认为约定的定金数额超"
         "过主合同标的额的百分之二十，超过部分不产生定金效力，且协议未能履行系第三方原因所致。",
         "判令{D}双倍返还定金", "判令{D}赔偿{P}筹备开业支出的损失{fee}",
         "答：约定的定金超过主合同标的额的百分之二十，超过部分不产生定金效力",
         "答：协议未能履行系店铺整体转让所致，不可归责于{D}"),
    ),
    claims=("判令{D}返还定金{x}", "判令{D}双倍返还定金", "判令{D}返还定金{x}并支付资金占用利息"),
    defence=("正式合同未能签订系{P}自身原因造成，{P}无权要求返还定金", "该款项系预付款，不具有定金性质，不适用定金罚则",
             "未能签订或履行合同系因{P}临时提出新的条件，{D}不存在过错"),
    extra=("{D}向{P}出具的收条载明款项性质为“定金”。", "诉讼中，{D}认可收到{x}。"),
    clauses=("任何一方无正当理由拒绝订立或者履行合同的，适用定金罚则", "定金在合同履行后抵作价款或者收回",
             "因不可归责于双方的原因致使合同未能订立或者履行的，定金应予退还"),
    views=("本院认为，当事人约定以交付定金作为订立主合同担保的，给付定金的一方拒绝订立主合同的，无权要求返还定金；收受"
           "定金的一方拒绝订立主合同的，应当双倍返还定金。因不可归责于当事人双方的原因致使主合同未能订立的，应当返还定"
           "金。",),
    evidence=("收条", "意向书", "转账记录", "微信聊天记录"),
)

COMMERCIAL_VOID = Topic(
    slug="commercial_contract_void", cause="确认合同无效纠纷", parties=("co", "co|person"),
    swapped={"defence": (
        "{P}签约时明知借用资质的事实，应对合同无效承担主要责任", "双方已按补充协议实际履行，应以实际履行的合同结算",
        "工程存在质量问题，{D}有权扣减工程款")},
    span=(1_000_000, 30_000_000, 10_000), span2=(50_000, 1_500_000, 10_000), owed=False,
    trades=("房地产开发", "建筑工程"),
    slots={"estate": ESTATE_NAMES, "estate_proj": RESIDENTIAL_PROJECTS, "builder": BUILDERS,
           "shopuse": ("餐厅", "超市", "培训机构", "汽车美容店", "茶楼")},
    coll=(
        "我们公司借了别人的资质去接{estate_proj}，盖了三栋住宅楼，现在开发商说合同无效不按合同价给钱，合同无效了工程款"
        "就不给了吗",
        "我是公司股东，发现前任总经理把公司的几间商铺低价卖给了他老婆开的公司，这个买卖合同能认定无效吗",
        "我们从总包手里转包了住宅楼的主体工程，现在总包说转包违法合同无效，让我们把多拿的钱退回去",
        "跟开发商签了两份施工合同，一份备案的一份私下的，私下那份价格低了一截，现在结算按哪份算",
        "我们公司租了一栋临时建筑开{shopuse}，后来城管说是违建要拆，房东还找我们要房租，这个租赁合同还有效吗",
    ),
    short=("借资质签的施工合同无效工程款还能要吗", "阴阳合同按哪个结算", "公司高管低价卖公司商铺合同能认定无效吗"),
    long_coll=(
        "我们是一个施工队，自己没有资质，[前几年|2019年|2020年]挂在一家建筑公司名下接了{estate_proj}，合同是以那家公司的名义跟开发商签的，"
        "实际从进场到封顶都是我们干的，开发商也知道，工程款大部分是直接打给我们的。现在房子交给业主了，还差{rest_c}"
        "没结。开发商说我们是借用资质，合同无效，不能按合同价算，只肯按审计价打九折。我们想知道合同无效的话，工程款"
        "到底按什么算，我们能不能直接起诉开发商",
    ),
    facts=(
        "{d1}，{P}与{D}签订《建设工程施工合同》，约定{D}承建{P}开发的{estate_proj}，合同价款{total}。施工过程中{P}得知，"
        "{D}系借用{builder}的资质投标并签订合同，项目经理及施工人员均非{builder}员工。{d2}，住建部门对该项目进行检查，认定存在"
        "借用资质施工的违法行为并作出处罚。{P}认为施工合同因违反法律强制性规定而无效，{D}则主张已完成主体结构，合同应"
        "继续履行。",
        ("{P}系{district}某商业综合体的开发企业。{d1}，{P}时任总经理{Xn}代表{P}与{D}签订《商铺买卖合同》，将{P}名下的"
         "{n}间临街商铺以明显低于市场价的价格出售给{D}，成交价不足同期同地段商铺市场价的三分之一。经查，{D}的法定代表人"
         "系{Xn}的配偶。{d2}，{P}股东会免去{Xn}的职务，并于{d3}发现上述交易。{P}认为{Xn}与{D}恶意串通，损害{P}利益。",
         "确认{P}与{D}签订的《商铺买卖合同》无效", "判令{D}返还涉案商铺并配合办理注销备案登记",
         "答：{D}系以合理价格购买商铺，并已支付全部价款",
         "答：交易经{P}当时的股东会认可，不存在恶意串通"),
        ("<>{d1}，{builder}与{D}签订《建设工程施工合同》，承建{D}开发的{estate_proj}。该工程实际由{P}借用{builder}的"
         "资质组织施工，{D}对此知情，并直接与{P}对接工程进度及付款事宜。工程于{d2}竣工验收合格，已交付业主入住，{D}已"
         "付工程款{paid}。{P}主张按合同约定的计价标准结算，{D}则以施工合同因借用资质而无效为由，仅同意按审计价下浮百分"
         "之十后支付剩余款项。", "确认{P}为{estate_proj}的实际施工人", "判令{D}参照合同约定支付剩余工程价款{rest}",
         "答：{P}并非施工合同的当事人，无权直接向{D}主张工程款",
         "答：工程存在质量问题，{D}有权扣减工程款"),
        ("{d1}，{P}与{D}签订施工合同，约定{D}承建{P}开发的{district}棚户区改造安置住宅项目，合同价款{total}。该项目系使用"
         "国有资金投资的安置住房项目，依法必须进行招标，但双方未经招投标程序即签订了施工合同。{d2}，审计部门在专项审计中"
         "指出上述问题。{P}认为施工合同违反招标投标法的强制性规定，应属无效，并要求按实际完成的合格工程量据实结算；{D}主"
         "张合同已履行大半，应当按约结算。", "确认{P}与{D}签订的施工合同无效",
         "确认双方按已完合格工程量据实结算工程价款",
         "答：案涉项目不属于依法必须招标的项目",
         "答：{P}作为发包人，对未招标负有主要责任，现主张合同无效有违诚信"),
        ("<>{P}与{D}就{estate_proj}先后签订两份施工合同：一份经招投标并备案，合同价{total}；另一份于{d2}签订，未备案，"
         "约定工程价款在备案价基础上下浮百分之十二，并约定{P}须无偿施工小区配套道路。工程竣工后，双方就结算依据发生争"
         "议。{P}认为未备案合同系对中标合同实质性内容的变更，应属无效，应以备案合同作为结算依据。",
         "确认{P}与{D}于{d2}签订的施工合同无效", "判令{D}按备案合同约定支付工程款{rest}",
         "答：双方已按补充协议实际履行，应以实际履行的合同结算"),
    ),
    claims=("确认{P}与{D}签订的《建设工程施工合同》无效", "判令{D}撤出施工现场并移交已完工程资料"),
    defence=("{P}在签约时明知相关事实，现以合同无效为由拒绝履行，有违诚信原则",
             "涉案合同不违反效力性强制性规定，应属有效",
             "即便合同无效，{P}亦应对合同无效承担主要过错责任"),
    extra=("双方对合同签订的过程及履行情况均无异议，争议在于合同效力。", "诉讼中，本院向双方释明了合同无效的法律后果。",
           "{P}于{d3}向{D}发出书面函件，主张合同无效。"),
    clauses=("本协议与其他协议约定不一致的，以本协议为准", "承包人不得将工程转包或者违法分包"),
    views=("本院认为，违反法律、行政法规的强制性规定的民事法律行为无效。合同无效后，行为人因该行为取得的财产，应当予以"
           "返还；不能返还或者没有必要返还的，应当折价补偿。有过错的一方应当赔偿对方由此所受到的损失。",),
    evidence=("合同文本", "行政处罚决定书", "工商登记信息", "往来函件"),
)

ESTATE_CARPARK = Topic(
    slug="estate_carpark_custody", cause="保管合同纠纷", parties=("person", "co"), span=(30_000, 600_000, 100),
    trades=("", "物业管理"), span2=(2_000, 80_000, 100), owed=False, weight=2,
    slots={"auto": ("轿车", "越野车", "新能源汽车", "商务车", "皮卡车"),
           "lot": ("地下停车场", "地面停车场", "地下车库", "立体停车库"),
           "cardfee": ("150元", "200元", "260元", "300元", "120元"),
           "item": ("四个轮胎", "车载电瓶", "行车记录仪", "车内的笔记本电脑", "后备箱里的两箱白酒")},
    coll=(
        "我家住{district}一个小区，车停在小区{lot}，每个月给物业交{cardfee}停车费，{t}早上下楼车没了，物业说停车费是车"
        "位占用费，不管丢车",
        "车停在小区{lot}，一晚上过去{item}被偷了，调监控物业说那块是盲区，物业有没有责任",
        "物业的保安挪车的时候把我的车撞了，他们说是帮我挪车是好心，修车的钱让我自己走保险",
        "我不是这个小区的业主，去朋友家临时停车交了十块钱，车被人划了，物业说临时停车不保管",
        "小区车库外包给了一家停车公司，车丢了物业说找停车公司，停车公司说合同是物业签的，来回踢皮球",
        "我们公司的几辆车租的是一个小区的地下车位，每月交停车费，其中一辆车被人砸了玻璃，物业说他们只管收费",
    ),
    short=("小区车库丢车物业赔不赔", "物业收停车费车被偷了能起诉吗", "物业挪车把车撞了谁赔",
           "临时停车交了钱车被划找谁"),
    long_coll=(
        "我住的小区地下车库是物业在管，我办的月卡，每个月{cardfee}，进出都是车牌识别抬杆。{t}一天早上下去开车，车没了。"
        "报警以后警察调监控，发现半夜有人开着我的车直接出去了，道闸自动抬杆，值班室里根本没人。物业一开始说会处理，后"
        "来就说停车费是车位使用费，不是保管费，车丢了他们没责任，让我等公安破案。车是贷款买的，贷款还在还，车没了我"
        "还得接着还。我想问问能不能告物业，让物业赔车钱",
        "说个事，我们家车停小区地面车位，物业收停车费。{t}小区搞消防通道整治，物业通知挪车，我在外地出差，就让他们用"
        "我之前放在物业的备用钥匙帮忙挪。结果保安挪车的时候一脚油门撞到柱子上，车头全毁了，修车报价{x_c}。物业说保安"
        "是好心帮忙，让我走自己的车险，可我走保险明年保费要涨，而且又不是我撞的，这个钱是不是应该物业出",
    ),
    facts=(
        "{P}系{home}的业主。{d1}，{P}与{D}签订《车位租赁及管理协议》，约定{P}的{auto}停放于{D}管理的小区{lot}固定车位，"
        "每月交纳停车管理费{cardfee}，{D}负责车辆进出登记、车场巡查及安全管理。{d2}凌晨，该车辆被他人驾驶驶离小区，出"
        "口道闸自动抬杆，值班人员未予核验。{P}于当日报警，公安机关立案侦查，车辆至今未追回。经价格认定，车辆被盗时价"
        "值{total}。{D}以其收取的是车位使用费、不承担保管责任为由拒绝赔偿。",
        ("{d2}夜间，{P}将{auto}停放于{D}管理的小区{lot}，次日发现车辆{item}被盗、车窗被砸。{P}报警后，派出所出具了受案"
         "回执。监控显示，行窃者于凌晨二时许翻越围墙进入车场，在车场内停留四十余分钟，其间无巡逻人员经过。{D}的巡更"
         "记录显示当晚应有两次巡查，但签到系事后补签。{P}支出维修费及物品损失共计{x}。",
         "判令{D}赔偿车辆维修费及物品损失{x}"),
        ("!{P}系{home}的业主，按月向{D}交纳停车费，并按{D}的要求将车辆备用钥匙寄存于物业服务中心。{d2}，{D}为配合小区"
         "消防通道整治，安排保安员{Xn}将停放在{lot}的车辆集中挪移。{Xn}在未告知{P}的情况下驾驶{P}的{auto}，操作不当撞"
         "上车库立柱，致车辆前部严重受损。{P}支付维修费{x}，维修期间租车代步支出{fee}。{D}仅同意承担部分损失，并建议"
         "{P}通过自己的车辆保险理赔。", "判令{D}赔偿车辆维修费{x}", "判令{D}赔偿代步车费用{fee}",
         "答：挪车系为保障全体业主的消防安全，{D}不存在过错", "答：{P}应通过其投保的车辆损失保险获得赔偿"),
        ("{D}受小区物业服务企业委托，经营管理{home}所在小区的地下停车场，收取临时停车费。{d2}，{P}驾驶{auto}进入该"
         "停车场临时停放，领取了临时停车卡。{P}返回取车时发现车辆右侧车身被划伤，{D}称监控未能拍到划车人。{P}认为{D}收"
         "取停车费即负有保管义务；{D}认为临时停车费仅为场地占用费，车辆划痕系第三人侵权所致。",
         "判令{D}赔偿车辆修复费用{x}"),
        ("!{d2}，{P}将{auto}停入{D}经营的小区机械式立体停车库，车辆在升降过程中因设备故障坠落，车顶及底盘严重受损。{D}系"
         "该立体车库的运营方，按月向{P}收取停车费{cardfee}。市场监督管理部门的检验报告载明，该设备定期检验已过期，防坠"
         "落装置存在缺陷。{P}支出维修费{x}，另主张车辆贬值损失。", "判令{D}赔偿车辆维修费{x}",
         "判令{D}赔偿车辆贬值损失{fee}",
         "答：车辆坠落系{P}未按操作规程停放所致",
         "答：{P}主张的贬值损失没有依据"),
    ),
    claims=("判令{D}赔偿车辆损失{total}", "判令{D}赔偿车辆损失{total}并退还当期停车管理费{cardfee}"),
    defence=("{D}收取的费用为车位场地使用费，双方之间系车位租赁关系而非保管关系",
             "小区停车场系业主共有，{D}仅提供秩序维护服务，物业服务合同未约定车辆保管义务",
             "车辆损失系第三人违法犯罪行为造成，应由侵权人承担，{D}已尽到合理的安全保障义务"),
    extra=("{D}在停车场入口公示的收费标准载明为“机动车停放服务费”。",
           "{D}与小区业主委员会签订的《物业服务合同》约定，停车场的秩序维护及车辆管理由{D}负责。",
           "公安机关出具的立案告知书载明案件正在侦查中。",
           "事发时停车场出入口的车牌识别系统已故障{n}日，{D}未及时维修。"),
    clauses=("乙方负责停车场的车辆进出管理及巡查，因乙方管理不善造成车辆丢失的，由乙方承担相应赔偿责任",
             "停车服务费不包含车辆保管费用，车内贵重物品请车主自行妥善保管",
             "车主应将车辆停放于指定车位，锁好车门车窗"),
    views=("本院认为，停车场管理人收取停车费用，车辆进出须经其核验，车辆即处于其控制和管理之下，双方之间形成保管合同关"
           "系。保管期内因保管人保管不善造成保管物毁损、灭失的，保管人应当承担赔偿责任。",
           "本院认为，物业服务企业在经营停车场时，应当对停放车辆尽到合理的看管义务。{D}主张其收取的仅为车位使用费，但"
           "未能证明已向车主明确告知，本院不予采信。"),
    evidence=("停车管理协议", "停车费收据", "报警回执", "监控录像", "价格认定结论书"),
)

CARGO_CRASH = Topic(
    slug="cargo_lost_in_road_accident", cause="公路货物运输合同纠纷", parties=("co|shop|person", "co|person"),
    span=(30_000, 900_000, 100), trades=("", "物流"), span2=(3_000, 60_000, 100), owed=False,
    slots={"cargo": CARGO, "city": CITIES, "road": ROADS,
           "crash": ("侧翻", "追尾前车", "与对向货车相撞", "冲出路面", "自燃起火"),
           "coldcargo": ("冷冻牛羊肉", "速冻水饺", "冷鲜鸡肉", "冰淇淋", "高原夏菜")},
    coll=(
        "我们一车{cargo}发往{city}，走到{road}货车{crash}了，货全毁了，物流公司说是司机的事，司机说车是挂靠的，到底找谁赔",
        "托运的货在路上出了车祸，交警定了司机全责，物流公司只肯按运费的三倍赔，我们的货值{total_c}",
        "物流公司转手把我们的货交给别的车拉，出了事故才告诉我们，他们说跟他们没关系，是实际拉货的人的责任",
        "我们物流公司的车被人追尾，车上客户的货全坏了，客户找我们赔，我们也是受害的，能不能让客户去找肇事的那边",
        "运输途中车翻了，货散了一地，被附近的人哄抢了一大半，这个损失算谁的",
        "冷链车在路上出了事故，制冷坏了，司机等了一天才转运，一车{coldcargo}全化了，物流说事故不是他们的责任",
    ),
    short=("货车出车祸货物损失谁赔", "托运的货在路上翻车了物流只赔运费咋办", "物流公司转包给别的车出事了能告谁"),
    long_coll=(
        "我是做{cargo}生意的，{t}通过一家物流公司往{city}发了一车货，货值{total_c}，开了托运单，没买保价。车走到{road}"
        "的时候{crash}，交警认定司机疲劳驾驶全责。货基本都毁了，剩下的也卖不上价。物流公司说托运单背面写着没保价的最多"
        "赔运费的三倍，也就几千块。那个背面的字小得根本看不清，签的时候也没人跟我说。下游客户那边还因为没收到货要扣我"
        "的钱。想问一下我能不能让物流公司按货值全赔",
        "我们是一家小物流公司，{t}接了一个客户的{cargo}发往{city}，车是我们找的合作车主的。路上被一辆大货车追尾，交警"
        "判对方全责，客户的货损了一大半。现在客户起诉我们要赔{total_c}，我们觉得应该让撞我们的那辆车和它的保险公司赔。"
        "我们作为承运人是不是得先赔客户，再去找肇事方",
    ),
    facts=(
        "{d1}，{P}与{D}签订《公路货物运输合同》，约定{D}将{P}的一批{cargo}自兰州运至{city}，运费{x}，{D}应于三日内送达"
        "并保证货物完好。{d2}，承运车辆行驶至{road}时{crash}，车上货物大部分损毁。交警部门出具的《道路交通事故认定书》"
        "认定，驾驶员疲劳驾驶，负事故全部责任。经{P}与{D}现场清点，货物损失价值{total}。{D}仅同意按托运单背面条款赔偿"
        "运费的三倍。",
        ("{d1}，{P}委托{D}运输{cargo}至{city}，{D}出具了货物托运单。{D}未自行运输，而是将货物交由个体车主{Xn}的重型货"
         "车承运，未告知{P}。{d2}，{Xn}驾驶该车在{road}与前方车辆追尾，车辆起火，货物全部烧毁。交警部门认定{Xn}负事故"
         "主要责任。{P}要求{D}赔偿货物损失{total}，{D}称其仅为货运代理，应由实际承运人承担责任。",
         "判令{D}赔偿货物损失{total}", "判令实际承运人{Xn}与{D}承担连带赔偿责任"),
        "{d2}，{D}承运{P}的{cargo}途经{road}时，因避让横穿道路的行人，车辆{crash}，部分货物散落。{D}的驾驶员报警后未采"
        "取有效的看护措施，散落货物被周边人员哄抢，现场仅追回少量货物。{P}认为承运人对运输过程中货物的毁损、灭失应当"
        "承担赔偿责任；{D}认为事故系行人横穿道路所致，属于不可抗力。",
        "{d1}，{P}与{D}签订年度冷链运输协议，约定{D}负责将{P}的{coldcargo}从兰州配送至{city}，全程温度不高于零下十八摄"
        "氏度。{d2}，承运车辆在{road}被后方车辆追尾，交警部门认定后车负全部责任。事故导致冷藏车制冷机组损坏，{D}未及时"
        "转运，货物在事故现场滞留二十余小时后解冻变质，收货人拒收。{P}主张{D}赔偿货物损失{total}，{D}认为事故由第三方"
        "造成，{P}应向肇事方索赔。",
        ("{d1}，{D}承运{P}的{cargo}，约定{d2}前运抵{city}并交付收货人{Tn}。运输途中承运车辆在{road}{crash}，{D}转运时"
         "发生二次装卸损坏，货物迟延[四|五|七]日送达。{Tn}依据其与{P}的买卖合同扣除了部分货款，{P}因此损失{x}。",
         "判令{D}赔偿货物损坏损失及{P}被收货人扣减的货款共计{x}", "判令{D}退还运费"),
    ),
    claims=("判令{D}赔偿货物损失{total}", "判令{D}赔偿货物损失{total}并退还运费{x}",
            "判令{D}赔偿货物损失{total}及施救、清点产生的费用"),
    defence=("事故系第三方车辆造成，{D}已尽到谨慎驾驶义务，不应承担赔偿责任",
             "{P}未办理保价运输，依照托运单约定，{D}仅在运费三倍范围内承担赔偿责任",
             "{P}主张的货物价值缺乏购货发票等证据支持", "{D}仅为货运代理人，实际承运人为车辆所有人，{D}不是适格被告"),
    extra=("交通事故认定书载明事故车辆登记在其他运输企业名下，{D}系该车辆的实际经营者。",
           "承运车辆投保的商业保险不包括车上货物责任险。", "{P}与收货人之间的货物买卖合同已因货损解除。",
           "事故发生后，{D}的驾驶员向{P}发送了现场照片及视频。"),
    clauses=("承运人应保证货物在运输途中的安全，货物在运输过程中发生毁损、灭失的，由承运人按照货物的实际价值赔偿",
             "托运人未办理保价的，货物损失按运费的三倍以内赔偿", "承运人未经托运人同意，不得将货物转交他人运输"),
    views=("本院认为，承运人对运输过程中货物的毁损、灭失承担赔偿责任，但能证明系因不可抗力、货物本身的自然性质或者合"
           "理损耗以及托运人、收货人的过错造成的除外。运输途中发生交通事故属于承运人应当承担的经营风险，不属于不可抗力，"
           "{D}承担责任后可另行向事故责任方追偿。", "本院认为，{P}与{D}之间成立公路货物运输合同关系。承运人应当在约定期"
           "间将货物安全运输到约定地点，货物在运输过程中毁损、灭失的，承运人应当承担赔偿责任。"),
    evidence=("托运单", "交通事故认定书", "货物清单", "购货发票", "现场照片"),
    weight=2,
)

DEVELOPER_FIXTURES = Topic(
    slug="developer_fixtures_supply", cause="买卖合同纠纷", parties=("co", "co"), span=(300_000, 8_000_000, 1000),
    trades=("建材", "房地产开发"), span2=(30_000, 800_000, 1000),
    slots={"fixture": ("入户防盗门", "整体橱柜", "实木复合地板", "卫浴洁具", "断桥铝合金窗", "电梯", "外墙真石漆",
                       "户内木门", "智能门锁", "燃气壁挂炉"),
           "estate": ESTATE_NAMES, "estate_proj": RESIDENTIAL_PROJECTS, "parent": PARENT_GROUPS,
           "units": ("六百余套", "四百二十套", "一千一百余户", "三百套", "八百余套")},
    coll=(
        "我们公司给一个开发商的精装修楼盘供{fixture}，{units}都装完了，业主也交房住进去了，开发商还欠我们{rest_c}，"
        "说要等卖房回款",
        "开发商说有业主投诉我们供的{fixture}有质量问题，要扣百分之二十的货款，可是交货的时候都验收过的",
        "我们是做{fixture}的厂家，开发商资金链断了，说拿小区里的商品房抵货款，这个能接受吗，以后能不能过户",
        "给楼盘供货的合同写的是交房后付款，现在楼卖不动一直不交房，是不是我们的钱就永远要不回来了",
        "开发商的项目公司欠我们钱，母公司说项目公司是独立法人跟他们没关系，我们能一起告吗",
    ),
    short=("开发商欠材料款不给怎么办", "精装楼盘的货款开发商拖着不付", "业主投诉开发商就扣我们货款合理吗"),
    long_coll=(
        "我们公司做{fixture}十几年了，[前年|大前年|2021年]中标了{estate_proj}的精装修供货，合同价{total_c}，{units}，按进度付到七成，交"
        "房后付到九成五。我们按时供货安装，去年小区交房了，业主都住进去了。可开发商除了进度款以外一直不付钱，现在欠"
        "{rest_c}。找他们财务，说公司在等银行放款；找工程部，说有几户业主投诉门关不严，要先扣钱再说。几户投诉我们早就派人"
        "修好了，有维修单。这笔钱对我们是大数，工人工资都快发不出来了，我们想起诉，能不能把开发商的母公司一起告上",
    ),
    facts=(
        "{d1}，{P}与{D}签订《{fixture}采购及安装合同》，约定{P}为{D}开发的{estate_proj}精装修住宅供应并安装{fixture}，"
        "共计{units}，合同总价{total}，按安装进度支付至百分之七十，交房验收后支付至百分之九十五，余款作为质保金两年后付"
        "清。{P}于{d2}全部安装完毕，{D}组织了验收，该项目已于{dp2}向业主交付。截至起诉之日，{D}仅付款{paid}，尚欠{rest}。",
        "{P}向{D}开发的{estate_proj}供应{fixture}，双方于{d1}签订采购合同，价款{total}。交房后，部分业主投诉{fixture}"
        "存在质量问题，{D}于{d3}向{P}发出通知，以业主投诉为由扣减货款百分之二十，并拒付剩余货款{rest}。{P}认为其产品"
        "经进场验收合格，业主投诉系个别使用不当所致，{P}已派员逐户维修，{D}单方扣款没有合同依据。",
        ("{d1}，{P}与{D}签订《建材供货合同》，为{D}开发的{estate_proj}供应{fixture}，货款{total}。{D}支付{paid}后无力付"
         "款，双方于{d2}签订《以房抵款协议》，约定{D}以该项目{n}套住宅抵顶货款{rest}，并于三个月内办理网签。此后{D}因"
         "资金问题被多家债权人起诉，所抵房屋于{d3}被法院查封，无法办理网签及过户。{P}要求{D}恢复履行原供货合同的付款"
         "义务。", "判令{D}支付货款{rest}", "判令{D}支付逾期付款利息",
         "答：以房抵款协议签订后，原货款债务已经消灭，{P}只能要求履行以房抵款协议",
         "答：房屋被查封系其他债权人申请所致，{D}不存在过错"),
        ("!{d1}，{P}与{D}签订供货合同，约定{P}供应{fixture}，{D}于“项目交房后三十日内”付清余款{rest}。{P}于{d2}供货完"
         "毕。此后{D}开发的{estate_proj}因资金问题停工，至今未交房。{P}认为，以交房作为付款期限，{D}停工导致期限不能到"
         "来，{D}应在合理期限内付款；{D}认为付款条件尚未成就。", "判令{D}支付货款{rest}",
         "判令{D}支付逾期付款利息（以{rest}为基数，自起诉之日起计算）",
         "答：合同约定的付款条件为项目交房，现项目尚未交房，付款条件未成就"),
        ("!{D}系{parent}为开发{estate_proj}而设立的项目公司。{d1}，{P}与{D}签订买卖及安装合同，约定{P}为该项目住宅楼供应并"
         "安装{fixture}，合同价款{total}。{P}依约履行完毕，项目已竣工交付。{D}支付{paid}后，于{d3}注销了部分银行账户，其"
         "主要资产已转移至{parent}名下。{P}认为{parent}与{D}人员、财务混同，应对{D}的债务承担连带责任。",
         "判令{D}支付货款{rest}", "判令{parent}对{D}的上述债务承担连带清偿责任",
         "答：{parent}与{D}系相互独立的法人，财务及人员均不存在混同"),
    ),
    claims=("判令{D}支付货款{rest}",
            "判令{D}支付逾期付款违约金（以{rest}为基数，自{d3}起按日万分之三计算至实际付清之日止）",
            "判令{D}返还质保金{x}"),
    defence=("项目尚未完成竣工结算，付款条件未成就",
             "{P}供应的{fixture}存在质量问题，业主多次投诉，{D}已支付维修费用，应从货款中扣除",
             "合同约定按销售回款进度付款，目前项目销售不畅"),
    extra=("{estate_proj}已于{dp2}取得竣工验收备案。", "{P}提交的安装验收单上加盖有{D}工程部印章。",
           "{D}曾向{P}出具《应付账款确认函》，确认欠款数额。",
           "部分业主就{fixture}质量问题向{D}投诉，{P}已派员上门维修。"),
    clauses=("乙方提供的产品应符合国家标准及甲方封样要求，质保期为交房之日起两年",
             "甲方应在工程整体交房后三十日内支付至合同价款的百分之九十五"),
    views=("本院认为，{P}已按约履行供货义务，{D}作为买受人应当按照约定支付价款。",
           "本院认为，依法成立的合同，对当事人具有法律约束力。本案的争议焦点为{D}的付款条件是否成就。"),
    evidence=("采购及安装合同", "安装验收单", "应付账款确认函", "交房记录"),
)

HOTEL_FURNISHING = Topic(
    slug="hotel_furnishing_supply", cause="买卖合同纠纷", parties=("co|shop", "co"), span=(50_000, 2_000_000, 1000),
    swapped={"owed": False, "defence": (
        "迟延交货系{P}变更款式、迟延确认样品所致", "家具异味系{P}的装修材料造成，检测结果不能证明系{D}产品所致",
        "{P}已使用家具数月，无权要求退货")},
    trades=("商贸", "酒店管理"), span2=(10_000, 300_000, 1000),
    slots={"goods": ("客房家具", "床垫和床品", "客房电视及小家电", "布草", "大堂灯具", "卫浴五金", "客房窗帘"),
           "hotel": HOTELS,
           "rooms": ("八十六间客房", "一百二十间客房", "四十二间客房", "二百余间客房", "六十八间客房")},
    coll=(
        "我们家具厂给一个新开的酒店做了{rooms}的{goods}，酒店开业快一年了，尾款{rest_c}还没给，说入住率不高",
        "给一家长租公寓公司供了一批{goods}，他们说是放在出租的房子里给租客用的，现在公司暴雷了，老板说房东把房收了东西"
        "归房东，我们的货款咋办",
        "酒店说我们送的{goods}跟样品不一样要退货，可是已经用了好几个月了",
        "酒店换了老板，新老板说之前订的{goods}不要了，我们做好的东西全堆在仓库里",
        "我们酒店订的{goods}晚到了一个多月，开业推迟了，损失能找供货商赔吗",
    ),
    short=("酒店欠家具款不给怎么办", "给长租公寓供的家具对方公司跑路了", "酒店订货后不要了能索赔吗"),
    long_coll=(
        "{t}我们接了{hotel}的单子，{rooms}的{goods}全包，合同{total_c}，付三成定金，装好验收付到九成，剩下一成开业满一"
        "年付。我们按时送货安装，酒店也开业了，验收单上签了字盖了章。结果九成的钱只付到一半多，剩下的一直拖，说装修超"
        "预算了，等营业收入慢慢还。现在酒店生意看着还挺好，就是不给钱。我们厂小，压了{rest_c}在里面周转不开，想起诉，"
        "听说可以先申请查封他们的账户，是真的吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《酒店用品采购合同》，约定{P}为{D}经营的{hotel}供应{rooms}的{goods}，合同总价{total}，预付百"
        "分之三十，货到安装验收合格后付至百分之九十，余款于酒店开业满一年后付清。{P}于{d2}完成供货安装，{D}出具了验收"
        "单，{hotel}于{dp2}开业。{D}累计付款{paid}，尚欠{rest}。",
        ("!{D}系从事住房租赁经营的企业，在{district}承租多处住宅后改造为长租公寓对外出租。{d1}，{P}与{D}签订供货合同，"
         "约定{P}供应{goods}，价款{total}，月结。{P}依约供货，{D}支付{paid}后，自{d2}起停止付款。{d3}，{D}因拖欠房东租"
         "金，多处房源被房东收回，{P}供应的物品仍留在房屋内。", "判令{D}支付货款{rest}", "判令{D}支付逾期付款利息",
         "答：{P}供应的物品留存于出租房屋内，应由房东返还或折价",
         "答：{D}已停业整顿，暂无能力支付"),
        ("<>{d1}，{P}与{D}签订采购合同，向{D}采购{goods}用于{hotel}装修，约定{d2}前交货，逾期每日按合同总价千分之一支付"
         "违约金。{D}迟延{days}余日方交货完毕，致使{hotel}开业日期推迟，{P}已预订的开业活动被迫取消。{D}认为迟延系{P}"
         "变更款式所致。", "判令{D}支付逾期交货违约金{x}", "判令{D}赔偿{P}开业推迟造成的损失{fee}",
         "答：迟延交货系{P}变更款式、迟延确认样品所致"),
        ("<>{P}经营{hotel}，于{d1}向{D}采购客房家具，价款{total}，已付清。使用数月后，家具陆续出现开裂、异味等问题，经"
         "{P}委托检测机构检测，甲醛释放量不符合合同约定的标准，{P}被迫停用部分客房进行更换。{P}要求{D}退货退款并赔偿客"
         "房停业损失。", "判令{D}退还货款{total}", "判令{D}赔偿客房停业损失{x}", "判令{D}承担检测费{fee}",
         "答：家具异味系{P}的装修材料造成，检测结果不能证明系{D}产品所致",
         "答：{P}已使用家具数月，无权要求退货"),
        ("!{d1}，{D}向{P}定购{goods}用于{hotel}改造，约定总价{total}，{D}预付{paid}。{P}按约生产完毕后通知{D}收货，{D}"
         "以酒店经营权已转让他人、改造方案取消为由拒绝收货，亦拒付剩余价款。{P}所生产的货物系按{D}指定规格定制，无法"
         "另行销售。", "判令{D}受领货物并支付剩余价款{rest}", "判令{D}赔偿{P}仓储费用{fee}",
         "答：{D}取消订单时{P}尚未开始生产，{P}主张的损失没有依据",
         "答：酒店经营权已转让，相关合同义务应由受让方承担"),
    ),
    claims=("判令{D}支付货款{rest}", "判令{D}支付逾期付款违约金（以{rest}为基数计算）",
            "判令{D}支付剩余货款{rest}及逾期付款利息"),
    defence=("{P}交付的部分{goods}与样品不符，{D}已要求更换，付款条件未成就",
             "合同约定余款在开业满一年后支付，{D}尚在付"
             "款期限内", "酒店已转让他人经营，相关债务应由受让方承担"),
    extra=("{D}出具的验收单载明“货物数量、规格与合同相符”。", "{hotel}已于{dp2}取得特种行业许可证并开业。",
           "{D}在对账单上加盖了财务专用章，确认欠款数额。"),
    clauses=("产品质量应符合国家环保标准，甲醛释放量不高于E1级", "余款于酒店开业满一年且无质量问题后十五日内付清",
             "乙方逾期交货的，每逾期一日，按合同总价的千分之一支付违约金"),
    evidence=("采购合同", "送货单", "验收单", "对账单"),
)

RESIDENTIAL_CONSTRUCTION = Topic(
    slug="residential_project_construction", cause="建设工程施工合同纠纷", parties=("co", "co"),
    span=(2_000_000, 60_000_000, 10_000), trades=("建筑工程", "房地产开发"), span2=(100_000, 3_000_000, 10_000),
    weight=2,
    slots={"estate": ESTATE_NAMES, "estate_proj": RESIDENTIAL_PROJECTS,
           "bld": ("1号至6号住宅楼", "9栋高层住宅及地下车库", "二期12号、13号住宅楼", "洋房及商业裙楼", "安置住宅楼"),
           "floors": ("十八层", "二十六层", "三十二层", "十一层", "六层")},
    coll=(
        "我们建筑公司给开发商盖了{estate_proj}的{bld}，房子都交给业主住上了，开发商还欠我们{rest_c}工程款，说拿几套房子抵"
        "账，我们不想要房子",
        "住宅楼主体都封顶了，开发商资金断了让我们停工，停工的损失和已经干完的工程款怎么算",
        "开发商当初让我们垫资施工，说房子卖了就给钱，现在小区房子卖了一大半，钱还是不给",
        "楼盘烂尾了，我们施工方欠了一屁股材料款，听说工程款有优先权，比购房户还靠前，是真的吗",
        "开发商拿商品房抵了我们的工程款，协议也签了，结果其中几套他又卖给了别人，我们能告他吗",
    ),
    short=("开发商欠工程款用房子抵可以吗", "住宅楼工程款怎么主张优先受偿", "楼盘停工了施工方的损失谁赔"),
    long_coll=(
        "我们是一家二级资质的建筑公司，[2019年|2020年|前几年]承接了{estate_proj}的{bld}，都是{floors}的住宅楼。合同签的是按进度付款，可"
        "开发商从一开始就没按时付过，我们自己垫了不少钱，材料商和劳务队天天堵门。去年小区终于交房了，业主都住进去了，"
        "结算也做了，还欠我们{rest_c}。开发商现在说资金紧张，要拿小区里没卖掉的房子和车位抵账，价格还按他们的备案价算，"
        "比市场价高不少。我们不想要房子，就想要钱，听说工程款有优先受偿权，但是有期限，我们现在去起诉还来得及吗",
    ),
    facts=(
        "{d1}，{P}与{D}签订《建设工程施工合同》，约定由{P}承建{D}开发的{estate_proj}{bld}，均为{floors}框架剪力墙结构"
        "住宅，合同暂定价{total}，工程款按形象进度支付至已完工程量的百分之七十，竣工验收后付至百分之八十五，结算完成后付"
        "至百分之九十七。{P}于{d2}完成全部施工内容，工程经竣工验收合格，{D}已向购房业主交付房屋。{d3}，双方签订《工程"
        "结算书》，确认工程结算总价{total}。截至起诉之日，{D}累计支付{paid}，尚欠{rest}。",
        ("{P}承建{D}开发的{estate_proj}。因{D}欠付工程进度款，双方于{d2}签订《以房抵工程款协议》，约定{D}以该项目{n}套"
         "商品住宅抵顶工程款{x}，并由{D}为{P}指定的购房人办理商品房买卖合同网签备案。协议签订后，{D}仅为其中部分住宅办"
         "理了网签，其余住宅于{d3}被{D}另行出售给他人。{P}主张以房抵债协议已无法履行，{D}应支付相应工程款。",
         "判令{D}支付未能抵顶的工程款{x}", "判令{D}支付逾期付款利息（以{x}为基数，自{d3}起计算至实际付清之日止）",
         "答：以房抵工程款协议已部分履行，其余住宅未能网签系{P}指定的购房人迟延办理所致"),
        ("!{d1}，{P}与{D}签订施工合同，约定{P}承建{estate_proj}{bld}。{P}施工至主体结构封顶后，{D}因资金链断裂未支付进度"
         "款，并于{d2}书面通知{P}停工。停工期间，{P}的塔吊、脚手架等周转材料滞留现场，管理人员持续驻场。{d3}，{D}通知"
         "解除合同。经鉴定，{P}已完工程造价{total}，停工损失{x}。{D}已付工程款{paid}。", "判令{D}支付已完工程款{rest}",
         "判令{D}赔偿停工损失{x}", "确认{P}在欠付工程款范围内对已完工程折价或拍卖所得价款享有优先受偿权",
         "答：停工系{P}施工进度滞后、质量不合格所致",
         "答：{P}主张的停工损失计算期间过长，其未采取措施减少损失"),
        ("{d1}，{P}与{D}签订施工合同及《补充协议》，补充协议约定{P}垫资施工至{estate_proj}住宅楼主体封顶，{D}在取得商品"
         "房预售资金后按月支付工程款，并按年利率百分之八支付垫资利息。{P}依约垫资施工，{D}于{dp1}取得商品房预售许可证，"
         "此后销售情况良好，但{D}仅向{P}支付{paid}，尚欠工程款{rest}，垫资利息亦分文未付。",
         "判令{D}支付工程款{rest}", "判令{D}支付垫资利息{x}",
         "答：垫资利息约定高于法定标准，超出部分不应支持",
         "答：预售资金受监管，{D}无法自由支配"),
        ("{P}系{estate_proj}的施工总承包人，工程于{d2}竣工验收合格，双方结算价款{total}，{D}尚欠{rest}。{d3}，{D}因其他"
         "债务纠纷，名下未售住宅及地下车位被法院查封并拟拍卖。{P}认为其对案涉工程折价或拍卖的价款享有建设工程价款优先受"
         "偿权，且已在法定期限内向{D}主张该权利。",
         "确认{P}在{rest}范围内对{estate_proj}未售住宅及车位折价或拍卖的价款享有优先受偿权", "判令{D}支付工程款{rest}"),
    ),
    claims=("判令{D}支付工程款{rest}",
            "判令{D}支付欠付工程款利息（以{rest}为基数，自{d3}起按全国银行间同业拆借中心公布的"
            "一年期贷款市场报价利率计算）",
            "确认{P}在欠付工程款范围内对{estate_proj}工程折价或拍卖所得价款享有优先受偿权"),
    defence=("工程存在渗漏等质量问题，多户业主投诉，{D}已支付维修费用，应从工程款中扣除",
             "工期逾期{days}日，{P}应支付逾期竣工违约金，并与欠付工程款相抵", "{P}主张优先受偿权已超过法定期限",
             "结算书系{D}原工作人员签字，未经公司审批，对结算金额不予认可"),
    extra=("{estate_proj}已取得商品房预售许可证，大部分住宅已售出并交付业主。",
           "{P}于{d3}向{D}发出《工程款催收及优先受偿权主张函》，{D}已签收。",
           "案涉工程的竣工验收备案表记载的竣工日期为{d2}。", "{D}向{P}出具的工程款支付计划载明，余款于{d4}前付清。"),
    clauses=("工程竣工验收合格后二十八日内，发包人应完成结算审核，逾期未审核的，视为认可承包人报送的结算文件",
             "发包人逾期支付工程款的，应按同期贷款市场报价利率的一点五倍向承包人支付逾期付款利息",
             "质量保证金为结算价款的百分之三，缺陷责任期满后返还"),
    views=("本院认为，{P}与{D}签订的《建设工程施工合同》系双方真实意思表示，合法有效，双方均应按约履行。{D}作为发包人，"
           "应当按照约定支付工程价款。",
           "本院认为，承包人享有的建设工程价款优先受偿权优于抵押权和其他债权，但不得对抗已支付全部或者大部分购房款的消费"
           "者购房人。"),
    evidence=("建设工程施工合同", "工程结算书", "竣工验收备案表", "工程款支付凭证"),
)

RESIDENTIAL_DEFECTS = Topic(
    slug="residential_project_delay_defects", cause="建设工程施工合同纠纷", parties=("co", "co"),
    swapped={"defence": (
        "住宅楼渗漏问题至今未处理完毕，质保金返还条件尚未成就", "{D}自行维修支出的费用应从质保金中扣除")},
    span=(1_000_000, 30_000_000, 10_000), trades=("房地产开发", "建筑工程"), span2=(100_000, 3_000_000, 10_000),
    owed=False,
    slots={"estate": ESTATE_NAMES, "estate_proj": RESIDENTIAL_PROJECTS,
           "bld": ("1号至6号住宅楼", "9栋高层住宅及地下车库", "二期12号、13号住宅楼", "洋房及商业裙楼"),
           "defect": ("外墙渗漏", "卫生间渗水", "楼板裂缝", "地下车库顶板渗漏", "外墙保温层空鼓脱落", "屋面防水失效"),
           "hh": ("二百三十六户", "四百余户", "一百八十户", "六百余户")},
    coll=(
        "我们是开发商，施工单位拖了好几个月工期，我们给{hh}业主付了逾期交房的违约金，这笔钱能不能找施工单位要回来",
        "交房以后好多业主投诉{defect}，施工单位说过了保修期不管了，我们只好自己找人修，花了{x_c}",
        "我们房地产公司的楼是总包盖的，现在业主集体起诉我们房屋有质量问题，我们赔了以后能不能找施工单位",
        "施工方说工期延误是因为我们改了户型设计，可是改的地方很少，他们就是人手不够",
    ),
    short=("施工单位延期交房开发商赔了业主能追偿吗", "住宅楼渗漏施工方不修开发商怎么办"),
    long_coll=(
        "我在一家房地产公司的工程部，{t}我们的{estate_proj}交房，本来合同约定的交房日期是年中，因为总包单位工期拖了"
        "好几个月，最后推迟到年底才交，公司按购房合同给{hh}业主赔了逾期交房违约金，一共{x_c}。总包说延误是冬季停工和"
        "我们改设计造成的，可监理的记录显示主要是他们劳务队撤场、材料断供。现在公司想起诉总包，把赔给业主的钱要回来，"
        "再扣他们的工期违约金。我们这种情况能不能两样都要",
    ),
    facts=(
        ("{d1}，{P}与{D}签订《建设工程施工合同》，约定{D}承建{P}开发的{estate_proj}{bld}，合同工期[五百四十|六百|七百二"
         "十]日历天，逾期竣工每日按合同价款的万分之五支付违约金。{D}实际于{d3}方通过竣工验收，较约定工期逾期{days}余日。"
         "因工程逾期，{P}未能按商品房买卖合同约定的期限向购房人交付房屋，已向{hh}购房人支付逾期交房违约金共计{x}。",
         "判令{D}支付逾期竣工违约金", "判令{D}赔偿{P}向购房人支付的逾期交房违约金{x}",
         "答：工期延误系{P}设计变更、迟延支付进度款及冬季停工所致",
         "答：{P}与购房人约定的逾期交房违约金系{P}与购房人之间的合同关系，与{D}无关"),
        ("{D}为{P}开发的{estate_proj}的施工总承包单位，工程于{d1}竣工验收并交付业主。交付后两年内，多户业主反映{defect}"
         "等问题，{P}于{d2}、{dp2}多次书面通知{D}维修，{D}仅派员进行了局部处理，问题反复出现。{P}另行委托其他施工单位维修，"
         "支出维修费用{x}。经鉴定，上述质量问题系{D}未按设计图纸及施工规范进行防水施工所致。",
         "判令{D}赔偿维修费用{x}", "判令{D}承担鉴定费{fee}",
         "答：质量问题系业主二次装修破坏防水层所致，不属于施工质量缺陷",
         "答：{P}委托的维修单位报价过高，维修费用应以鉴定意见为准"),
        ("!{P}开发的{estate_proj}交付后，部分业主以房屋存在{defect}为由起诉{P}，本院判决{P}赔偿业主维修费及损失共计{x}，"
         "{P}已于{d3}履行完毕。{P}认为，上述质量问题系承建该工程的{D}施工质量不合格所致，{D}应承担最终赔偿责任。{D}认"
         "为，业主诉讼时{P}未通知其参加诉讼，且部分质量问题超出了保修范围。",
         "判令{D}赔偿{P}已向业主支付的赔偿款{x}", "判令{D}承担{P}在前案中负担的诉讼费用{fee}",
         "答：{P}在前案中未通知{D}参加诉讼，前案确定的赔偿数额对{D}不具有约束力",
         "答：部分质量问题发生在保修期届满之后"),
        ("<>{P}承建{D}开发的{estate_proj}，工程已结算，{D}扣留质量保证金{x}。缺陷责任期满后，{P}申请返还质保金，{D}以住"
         "宅楼存在{defect}、业主投诉未处理完毕为由拒绝返还，并主张从质保金中扣除其自行维修支出的费用。{P}认为其已按约履"
         "行保修义务，{D}扣除的维修费用未经其确认。", "判令{D}返还质量保证金{x}", "判令{D}支付逾期返还质保金的利息"),
        ("{d1}，{P}将{estate_proj}{bld}发包给{D}施工。施工过程中，{D}因劳务班组撤场、材料供应中断等原因多次停工，{P}于"
         "{d2}发出工期警告函。{D}回函称，工期延误系{P}变更户型设计及迟延支付进度款所致。工程最终于{d3}竣工，{P}据此主张"
         "逾期竣工违约金{x}，{D}提交了{n}份设计变更通知单作为抗辩证据。", "判令{D}支付逾期竣工违约金{x}",
         "答：工期延误系{P}变更户型设计及迟延支付进度款所致",
         "答：{P}在施工期间多次签发设计变更通知单，工期应相应顺延"),
    ),
    claims=("判令{D}支付逾期竣工违约金{x}", "判令{D}对{estate_proj}存在的{defect}问题履行保修义务"),
    defence=("工期延误系{P}设计变更、迟延支付进度款及冬季停工所致，{D}不应承担违约责任",
             "{P}与购房人约定的逾期交房违约金系{P}与购房人之间的合同关系，与{D}无关",
             "质量问题系业主二次装修破坏防水层所致，不属于施工质量缺陷",
             "{P}未通知{D}维修即自行委托他人施工，维修费用过高，{D}不予认可"),
    extra=("施工过程中，{P}共签发设计变更通知单{n}份。", "{D}具有建筑工程施工总承包一级资质。",
           "{estate_proj}的工程质量保修书约定防水工程保修期为五年。", "{estate_proj}已于{d4}前全部交付购房人。"),
    clauses=("承包人应在接到保修通知之日起七日内派人保修，承包人不在约定期限内派人保修的，发包人可以委托他人修理，费用由承"
             "包人承担", "因承包人原因造成工期延误的，每延误一日，承包人按合同价款的万分之五支付违约金",
             "屋面防水工程、有防水要求的卫生间和外墙面的防渗漏，保修期为五年"),
    views=("本院认为，依法成立的建设工程施工合同对双方具有约束力。承包人应当按照约定的工期和质量标准完成施工，并在保修期"
           "内履行保修义务。",
           "本院认为，本案争议焦点为工期延误的责任归属、质量问题的成因以及相应损失的承担。"),
    evidence=("建设工程施工合同", "工程质量保修书", "维修费用票据", "鉴定意见书", "业主投诉记录"),
)

FLEET_ACCIDENT_REPAIR = Topic(
    slug="fleet_accident_repair", cause="修理合同纠纷", parties=("co|shop", "co"), span=(20_000, 600_000, 100),
    swapped={"owed": False, "defence": (
        "维修迟延系配件供应商断货所致，不可归责于{D}", "{P}未付清维修费，{D}依法行使留置权",
        "所换配件为同等质量配件，符合行业惯例"), "views": (
        "本院认为，{P}与{D}之间形成修理合同关系，{D}作为承揽人，应当按照约定的期限和质量要求完成维修工作。",)},
    trades=("汽车服务", "物流"), span2=(5_000, 200_000, 100),
    slots={"car": ("重型半挂车", "厢式货车", "公务用车", "出租车", "大客车", "渣土车", "冷藏车"), "road": ROADS,
           "insurer": ("某财产保险公司兰州分公司", "某保险公司甘肃分公司", "某财险公司兰州中心支公司"),
           "nveh": ("三辆", "五辆", "两辆", "七辆", "十一辆")},
    coll=(
        "我是开修理厂的，一家物流公司的货车出了事故拖到我们厂修，保险只定损了{paid_c}，实际修下来{total_c}，差的钱物流"
        "公司说让我找保险公司要",
        "我们公司的车出事故送去修理厂，修了[二十|三十|四十]多天还没修好，车队的活都停了，修理厂还说要先付钱才放车",
        "修理厂给我们的事故车换的是拆车件，保险是按新件赔的，钱都让修理厂赚了，我们能告吗",
        "我们修理厂跟一家出租车公司签了协议，他们的事故车都放我们这修，保险直赔的到账了，公司自己承担的部分一直欠着",
        "事故车在修理厂放了半年，公司说车报废不修了，修理厂要收拆检费和停车费，合理吗",
    ),
    short=("事故车维修费超出保险定损谁出", "修理厂扣着事故车不放怎么办", "车队欠修理费能告公司吗"),
    long_coll=(
        "我们是{district}一家一类修理厂，[去年年初|前年|2023年初]跟一家运输公司签了协议，他们的车出了事故都拖到我们厂，保险定损以后我们修，"
        "保险赔的钱我们直接找保险公司收，超出定损的和免赔的部分由公司每月结。一年下来，他们有{nveh}事故车在我们这修过，"
        "对账单他们车队长签了字，欠我们{rest_c}。现在公司换了个经理，说超出定损的部分是我们自己多修的，没经过保险公司认"
        "可，不给。可每次追加项目都是他们的人在现场签了字的。我们想起诉，这个算保险的事还是修车的合同纠纷",
        "我们公司是做城际客运的，{t}一辆{car}在{road}出了事故，拖到一家修理厂，说好二十天修好。结果拖了两个多月，一会"
        "儿说等配件，一会儿说保险还没定损。车停着一天就少一天的营运收入，我们还得按月交车辆的各种费用。最后修好了，修"
        "理厂要我们先付全款才放车，保险的钱还没下来。我们想问能不能让修理厂赔停运的损失",
    ),
    facts=(
        "{d1}，{P}与{D}签订《车辆维修服务协议》，约定{D}所属车辆的事故维修、保养均由{P}承修，事故车辆由保险公司定损后维"
        "修，保险赔付部分由{P}凭授权向保险公司直接收取，超出定损金额及免赔部分由{D}每月结算。协议履行期间，{D}共有{nveh}"
        "事故车辆在{P}处维修，维修总费用{total}，保险公司直赔{paid}，其余{rest}经{D}车队负责人签字确认，但至今未付。",
        "{d2}，{D}的{car}在{road}发生交通事故，车辆严重受损，由{D}委托拖至{P}处维修。{insurer}定损金额为{paid}。{P}拆检后"
        "发现车辆大梁及发动机受损，经{D}现场人员签字同意追加维修项目，实际维修费用共计{total}。修复后{D}提走车辆，{insurer}"
        "按定损金额赔付后，{D}以超出部分未经保险公司核定为由拒付{rest}。",
        ("<>{d2}，{P}的{car}发生交通事故后送至{D}处维修，双方约定二十日内修复。{D}以等待配件为由拖延，至{dp2}仍未修复，"
         "且要求{P}先行支付全部维修费方可提车。{P}认为{D}迟延履行维修义务，致使车辆长期停运，应赔偿停运损失。",
         "判令{D}交付修复完毕的车辆", "判令{D}赔偿车辆停运损失{x}",
         "答：维修迟延系配件供应商断货所致，不可归责于{D}",
         "答：{P}未付清维修费，{D}依法行使留置权"),
        ("<>{d1}，{P}所属{car}因交通事故在{D}处维修，{D}出具的维修清单载明更换原厂新件若干，维修费{total}，由{insurer}按"
         "清单赔付。后{P}在车辆年检时发现，所换配件多为拆车旧件及副厂件。经{P}委托鉴定，实际更换配件价值与清单所列价值"
         "相差{x}。", "判令{D}返还配件差价{x}", "判令{D}赔偿{P}鉴定费{fee}",
         "答：所换配件为同等质量配件，符合行业惯例",
         "答：配件差价已由保险公司赔付，{P}并无实际损失"),
        ("!{d2}，{D}的{car}发生事故后拖至{P}处。{P}应{D}要求进行了拆检并出具维修方案，报价{total}。{D}与保险公司协商后决"
         "定对车辆推定全损、不再维修，但迟迟未将车辆拖离，直至{d3}方才提车。{P}主张拆检费及车辆占用场地期间的停车费共计"
         "{x}，{D}认为其未委托{P}维修，不应支付任何费用。", "判令{D}支付拆检费及停车费{x}",
         "答：{D}从未委托{P}维修，拆检系{P}为承揽业务自行进行",
         "答：停车费标准过高，且{P}未及时通知{D}提车"),
    ),
    claims=("判令{D}支付维修费{rest}", "判令{D}支付维修费{rest}及逾期付款利息"),
    defence=("维修费用应由保险公司按定损金额支付，超出部分系{P}单方扩大维修范围所致，{D}不予认可",
             "签字人员系驾驶员，无权代表{D}确认追加维修项目", "{P}维修迟延，造成{D}停运损失，{D}主张抵销"),
    extra=("{P}持有一类机动车维修经营备案。", "{insurer}出具的定损单载明，定损项目不包括拆检后发现的隐蔽损伤。",
           "维修结算单上有{D}车队负责人签字。", "交警部门出具的事故认定书认定{D}的驾驶员负事故主要责任。"),
    clauses=("事故车辆经保险公司定损后维修，超出定损金额的部分，经甲方现场人员书面确认后由甲方承担",
             "乙方应使用原厂或同等质量配件，并在维修清单中如实注明配件来源",
             "维修费用每月结算一次，甲方应于次月十日前付清"),
    views=("本院认为，{P}与{D}之间形成修理合同关系。保险公司的定损金额系保险理赔的依据，并不当然约束修理合同双方对维修费"
           "用的约定。{D}的工作人员在追加维修项目确认单上签字，应视为{D}对追加项目的认可。",
           "本院认为，承揽人完成工作并交付工作成果后，定作人应当按照约定支付报酬。"),
    evidence=("维修服务协议", "定损单", "维修结算单", "对账单", "事故认定书"),
)

HOTEL_DOORS_WINDOWS = Topic(
    slug="hotel_doors_windows_order", cause="定作合同纠纷", parties=("co|shop", "co"), span=(30_000, 1_200_000, 1000),
    swapped={"owed": False, "defence": (
        "防火门已按要求更换，{P}推迟开业的损失与{D}无关", "检测方法不符合国家标准，检测结论不应采信",
        "{P}主张的经营损失缺乏证据证明")},
    trades=("门窗", "酒店管理"), span2=(5_000, 300_000, 1000),
    slots={"item": ("客房实木复合门", "甲级防火门", "断桥铝合金窗", "大堂玻璃门", "隔音窗", "卫生间玻璃隔断"),
           "qty": ("一百二十樘", "八十六樘", "二百余樘", "四十二樘", "三百樘"), "hotel": HOTELS},
    coll=(
        "我们门窗厂给一家酒店定做了{qty}{item}，按他们给的尺寸做的，装的时候说尺寸不对要返工，返工的钱让我们出",
        "酒店装修找我们做{item}，都装完了验收也签了字，尾款{rest_c}拖了一年多",
        "我们酒店定做的隔音窗，隔音效果根本达不到合同写的标准，客人天天投诉吵，能不能退",
        "{item}都做好了，酒店说消防验收过不了要换型号，已经做好的不要了，这损失谁担",
    ),
    short=("给酒店定做门窗尾款不给咋办", "定做的防火门消防验收不合格谁负责", "定做的窗户尺寸不对谁担责"),
    long_coll=(
        "我们是一个做门窗的小厂，{t}接了{hotel}的装修单子，{qty}{item}，总价{total_c}。尺寸是酒店装修队量好给我们的，"
        "单子上酒店工程部签了字。结果做好拉过去一装，一半的洞口都小了，原来是装修队后来又贴了一层石材。酒店让我们全部"
        "返工，我们重新做又花了{x_c}，装完验收也过了，酒店也开业了，现在他们不但不给返工的钱，连合同里的尾款{rest_c}也"
        "扣着，说是我们耽误了他们开业。这个钱我们该怎么要",
    ),
    facts=(
        "{d1}，{P}与{D}签订《门窗定作安装合同》，约定{P}按{D}提供的图纸为其{hotel}装修改造工程定作并安装{item}{qty}，合"
        "同价款{total}，安装完毕验收合格后支付至百分之九十五，余款一年后付清。{P}于{d2}安装完毕，{D}于{dp2}组织验收并签"
        "署验收单，酒店已投入运营。{D}支付{paid}后，余款{rest}至今未付。",
        ("{D}委托{P}为其{hotel}定作{item}，双方约定由{D}提供洞口尺寸。{P}按{D}书面确认的尺寸单生产后进场安装，发现部分"
         "洞口因{D}另行施工的墙面装饰层而尺寸缩小，门窗无法安装。{P}按{D}要求返工重做，额外支出材料及人工费{x}。{D}以"
         "合同为包干价为由拒付返工费用，并扣留尾款{rest}。", "判令{D}支付返工费用{x}", "判令{D}支付剩余价款{rest}",
         "答：返工系{P}测量错误所致，应由{P}自行承担",
         "答：合同为包干价，返工费用已包含在合同价款内"),
        ("<>{d1}，{P}与{D}签订定作合同，约定{D}为{P}的{hotel}定作甲级防火门，产品应通过国家消防产品认证并满足消防验收"
         "要求。{D}交付安装后，{d2}消防救援部门在验收中抽检发现，防火门耐火性能不符合标准，{hotel}消防验收未通过，开业"
         "推迟。{D}虽予以更换，但拒绝赔偿推迟开业的损失。", "判令{D}赔偿{P}推迟开业的经营损失{x}",
         "判令{D}承担检测费用{fee}",
         "答：防火门已按要求更换，{P}推迟开业的损失与{D}无关",
         "答：{P}主张的经营损失缺乏证据证明"),
        ("<>{P}经营的{hotel}临近主干道，{d1}，{P}与{D}签订合同，定作隔音窗，约定计权隔声量不低于35分贝。{D}安装完毕后，"
         "{P}陆续接到住客噪声投诉。经{P}委托检测机构检测，所安装窗户隔声量仅为二十余分贝，{P}要求{D}重作，{D}认为检测"
         "方法不当。", "判令{D}重作符合约定标准的隔音窗", "判令{D}返还价款{paid}并赔偿损失{x}",
         "答：检测方法不符合国家标准，检测结论不应采信",
         "答：噪声投诉系酒店墙体隔音不良所致，与窗户无关"),
        ("!{d1}，{D}向{P}定作{item}{qty}用于{hotel}装修，预付{paid}。{P}按约生产完毕，{D}于{d2}通知{P}因装修设计方案调"
         "整不再需要上述门窗。{P}认为定作物系按{D}的规格特制，无法另行销售，{D}应赔偿{P}的全部损失。",
         "判令{D}支付剩余定作价款{rest}", "判令{D}赔偿{P}仓储损失{fee}",
         "答：{D}通知取消时{P}尚未完成生产，{P}主张的损失过高",
         "答：定作物系通用规格产品，{P}可以另行销售"),
    ),
    claims=("判令{D}支付定作价款{rest}", "判令{D}支付逾期付款违约金（以{rest}为基数，自{d3}起按日万分之五计算）"),
    defence=("{P}交付的{item}存在变形、密封不严等质量问题，{D}有权拒付尾款", "余款支付期限尚未届满",
             "返工系{P}测量错误所致，应由{P}自行承担"),
    extra=("验收单由{D}工程部负责人签字确认。", "{hotel}已于{dp2}开业运营。", "{P}持有所供门窗产品的型式检验报告。"),
    clauses=("定作物的规格、尺寸以甲方书面确认的尺寸单为准，因甲方提供的尺寸错误造成的返工费用由甲方承担",
             "乙方交付的产品应符合国家标准及消防验收要求，因产品质量问题导致验收不合格的，乙方负责更换并赔偿甲方由此遭受"
             "的损失"),
    views=("本院认为，{P}与{D}之间的定作合同系双方真实意思表示，合法有效，双方均应按约履行。本案的争议焦点在于违约责任"
           "的认定及损失的数额。",),
    evidence=("定作安装合同", "尺寸确认单", "验收单", "检测报告"),
)

HARD_TOPICS = (
    # non-residential leases, with the words of house leases
    OFFICE_LEASE, STALL_SITE_LEASE, LAND_USE_LEASE, LEASED_VEHICLE_ACCIDENT,
    # earnest money and validity of commercial contracts
    BUSINESS_EARNEST, COMMERCIAL_VOID,
    # custody in residential car parks, transport told as a road accident
    ESTATE_CARPARK, CARGO_CRASH,
    # sales and work for developers and hotels, residential construction, fleet repair
    DEVELOPER_FIXTURES, HOTEL_FURNISHING, RESIDENTIAL_CONSTRUCTION, RESIDENTIAL_DEFECTS, FLEET_ACCIDENT_REPAIR,
    HOTEL_DOORS_WINDOWS,
)

# Longer first-person stories for the topics of the first round, one family at a time.
LONG_STORIES = {
    "building_materials_payment": (
        "我们家是开建材门市的，{t}一个姓{sn}的包工头来店里拉{goods}，说是给{proj}用的，一开始都是现结，后来熟了就赊账，"
        "每次拉货都在本子上签个字。前后拉了大半年，一共{total_c}，中间陆陆续续给了{paid_c}，剩下{rest_c}就一直拖。去年"
        "年底去工地找他，工地的人说他早就不在这干了，总包公司说跟他们没关系，是他个人欠的。我手里只有那个记账本和几张"
        "送货单，送货单上有的签的是他名字，有的是工地上别的人签的。这种情况我该告谁，告总包公司行不行",
    ),
    "goods_payment_iou": (
        "我在{district}做{goods}批发十几年了，有个开{shopkind}的老客户，一直是先拿货月底结。{t}他说资金周转不过来，先欠"
        "着，到年底对账一算欠了{rest_c}，他当场给我写了张欠条，签字按了手印，说第二年开春就还。结果开春以后电话就不怎么"
        "接了，去店里找也说老板不在。后来听说他把店转给别人了，自己去外地了。欠条我一直留着，就是上面没写还款日期。我"
        "想问问现在起诉还来得及吗，他人在外地的话要去哪里告",
    ),
    "subcontract_payment": (
        "我们是一个小的施工公司，{t}从总包那里分包了{proj}的{scope}，合同签的是干完验收合格以后三个月内付到百分之九十五。"
        "我们提前完工，验收也过了，总包只付了一半多，剩下{rest_c}一直说业主那边没拨款。我们为这个活垫了材料款，还欠着"
        "材料商的钱，人家天天上门要。后来一打听，业主早就把钱拨给总包了。我们想起诉总包，能不能把业主也一起告了，"
        "听说发包人在欠款范围内也要承担责任",
    ),
    "construction_equipment_lease": (
        "我有两台{machine}，平时租给工地用。{t}一个建筑公司的项目经理来租，签了租赁合同，按月算租金，说好每月月底付。"
        "前三个月还按时给，后来就开始拖，拖到工程结束一共欠了{rest_c}。机器也是我自己去工地拉回来的，回来一看还坏了好几"
        "个地方，修了好几千。现在项目经理说他已经离职了，公司那边说合同是项目经理签的，盖的是项目部的章，公司不认。我"
        "到底该找谁要这个钱",
    ),
    "partnership_restaurant": (
        "我跟一个老乡{t}合伙在{district}开了一家{venture}，说好一人出一半，我出了{paid_c}，他负责店里的日常经营和账目，我"
        "平时上班偶尔去帮忙。开了一年多，他每次都说刚够本没钱分。后来我去店里看，生意明明挺好的，要看账本他就推三阻四。"
        "上个月他突然说店要转出去，转让费他已经收了，说是抵了之前的亏损。我们当时就写了个简单的合伙协议，我想把我的"
        "出资和该分的钱要回来，这个能告吗",
    ),
    "shop_lease_rent": (
        "我在{place}有一间门面，{t}租给一个人开{use}，合同签了三年，租金半年一交。头一年都正常，第二年开始说生意不好，先"
        "交一部分，后来干脆不交了，算下来欠了{rest_c}。我去店里找，店还开着，人就是说没钱，让我再缓缓。我跟他说不交就"
        "别干了，他说合同没到期我不能赶他走。水电费也是我先垫上的。我想解除合同把门面收回来，再把欠的房租要回来，该怎么"
        "走程序",
    ),
    "freight_unpaid": (
        "我是自己有车跑运输的，{t}通过朋友介绍给一家公司拉{cargo}，主要跑{city}，运费说好一个月一结。前几个月都还行，"
        "后来就开始压着不给，说等客户回款。我又不好意思催得太紧，怕丢了这个客户。就这样拖了大半年，算下来欠了我{rest_c}。"
        "每一趟的运单我都留着，上面有他们仓库的人签字，微信上也有他们调度派活的记录。现在他们公司说换了老板，之前的账要"
        "重新核对，一核就是几个月。我还要还车贷，实在拖不起了",
    ),
    "franchise_fee_refund": (
        "{t}在网上看到一个{brand}的加盟广告，说总部全程扶持，选址、装修、培训、开业都管，月入好几万。我去总部考察了一次，"
        "感觉挺正规的，就交了{total_c}的加盟费，还有保证金。结果签完合同，选址让我自己找，培训就是看了两天视频，原料比"
        "外面贵不少还必须从总部进。开了不到半年亏了十几万，只好关了。后来才查到这个牌子根本没有那么多直营店，好多加盟"
        "的都关了。我想要回加盟费，合同里写的是加盟费不退，还有办法吗",
    ),
}


TOPICS = tuple(replace(topic, long_coll=topic.long_coll + LONG_STORIES.get(topic.slug, ())) for topic in (
    # sale of goods
    BUILDING_GOODS, GOODS_IOU, CONSIGNMENT, EQUIPMENT_QUALITY, MATERIAL_QUALITY, AGRI_QUALITY, PREPAID_GOODS,
    RESTAURANT_SUPPLY,
    # work to order
    PROCESSING, INSTALL_WORK,
    # construction
    SUBCONTRACT, LABOUR_SUBCONTRACT, CONSTRUCTION_SETTLEMENT, RETENTION_MONEY, CONSTRUCTION_DELAY, DESIGN_FEE,
    SUPERVISION_FEE,
    # companies and partnerships
    EQUITY_TRANSFER, SHAREHOLDER_INFO, RESOLUTION_REVOKE, DISSOLUTION, CAPITAL_CONTRIBUTION, PARTNERSHIP_RESTAURANT,
    PARTNERSHIP_OTHER,
    # leases
    SHOP_RENT, SHOP_EARLY_TERMINATION, TRANSFER_FEE, FACTORY_LEASE, EQUIPMENT_LEASE, SCAFFOLD_LEASE, VEHICLE_LEASE,
    # transport and storage
    CARGO_DAMAGE, FREIGHT_UNPAID, WAREHOUSE_LOSS, PARKING_THEFT,
    # services and other commercial contracts
    FRANCHISE, BROKERAGE, ADVERTISING, SOFTWARE, SECURITY_SERVICE, TRUCK_AFFILIATION, FARM_BUYBACK, BANKRUPTCY_CLAIM,
    COOPERATION, B2B_SERVICE,
    # round 2: brokerage, custody, repair, bankruptcy, earnest money, validity, mandate, instalments
    ESTATE_AGENCY, INTRO_FEE, RESIDENTIAL_PARKING, SHOP_CUSTODY, DEPOSIT_CUSTODY, CAR_REPAIR, MACHINE_REPAIR,
    SEPARATE_RIGHT, DEPOSIT_CONTRACT, CONTRACT_VALIDITY, ENTRUSTMENT, INSTALMENT_SALE,
))
