"""Case elements (要素) read from a dispute text, overridden by structured fields sent with the case.

Pure: imports neither Flask nor the database.  ``extract_elements`` finds

* the claimed amount in yuan (Arabic and Chinese numerals, 大写, 万/千/亿 units, monthly wage x months), with the
  text span of every sum it saw and the total it believes is claimed;
* the number and kinds of parties where the text states them;
* flags that change the route (鉴定, 涉外, 下落不明, 反诉, 仲裁裁决, 工资欠条, 人数众多, 调解协议, ...).

Extraction is heuristic and says so: every sum carries its role and span so a clerk can check it, and structured
``CaseFields`` always win over what the text suggests.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal

import cn2an
from pydantic import BaseModel, ConfigDict, Field


class Flag(StrEnum):
    """Facts that change the route.  Values are stable slugs used in rules.toml."""

    appraisal = "appraisal"  # 需鉴定/评估
    foreign = "foreign"  # 涉外（含港澳台）
    whereabouts_unknown = "whereabouts_unknown"  # 一方下落不明 / 需公告送达
    counterclaim = "counterclaim"  # 反诉
    arbitrated = "arbitrated"  # 劳动仲裁已裁决
    wage_iou = "wage_iou"  # 工资欠条
    many_claimants = "many_claimants"  # 一方人数众多（十人以上）
    mediation_agreement = "mediation_agreement"  # 已达成调解协议，申请司法确认
    special_procedure = "special_procedure"  # 特别程序、督促、公示催告、破产程序及其衍生诉讼
    personal_status = "personal_status"  # 身份关系（婚姻、收养、亲子等）
    ownership = "ownership"  # 确权
    refuses_mediation = "refuses_mediation"  # 当事人明确拒绝调解
    remand = "remand"  # 发回重审
    public_interest = "public_interest"  # 国家利益、社会公共利益、公益诉讼
    other_labour_claims = "other_labour_claims"  # 工资以外的劳动争议请求（经济补偿、加班费、社保、工伤……）
    # 劳动人事争议仲裁委员会不予受理、逾期未作出受理决定，或受理后逾期未作出裁决
    arbitration_refused = "arbitration_refused"
    # A claim other than paying money (解除合同, 腾退房屋, 过户, 继续履行): not a 小额 "简单金钱给付" case.
    non_monetary = "non_monetary"
    # An application to set aside an arbitral award (labour or commercial): the 中院's, not a suit
    award_set_aside = "award_set_aside"
    # Too little text to tell what the dispute is (fewer than MIN_READABLE Chinese characters): a clerk asks.
    unreadable = "unreadable"
    # A judgment or ruling already given, or an appeal, retrial or enforcement: maybe no new first-instance suit.
    prior_proceedings = "prior_proceedings"
    # A commercial arbitration clause or agreement: the court does not take the suit unless it is invalid or waived.
    arbitration_clause = "arbitration_clause"
    # A retiree, a household's nanny, a craftsman's apprentice: 劳务, not 劳动 (劳动争议解释（一）第二条、第三十二条).
    labour_service = "labour_service"
    # A claim to confirm or deny parentage or adoption (身份关系确认): tried, never mediated.
    status_confirmation = "status_confirmation"


FLAG_NAMES: dict[Flag, str] = {
    Flag.appraisal: "需要鉴定或评估",
    Flag.foreign: "涉外因素",
    Flag.whereabouts_unknown: "一方当事人下落不明",
    Flag.counterclaim: "存在反诉",
    Flag.arbitrated: "已经劳动仲裁裁决",
    Flag.wage_iou: "持有工资欠条",
    Flag.many_claimants: "一方当事人人数众多",
    Flag.mediation_agreement: "已有调解协议（申请司法确认）",
    Flag.special_procedure: "特别程序、督促程序、公示催告或破产程序（含破产衍生诉讼）",
    Flag.personal_status: "涉及身份关系",
    Flag.ownership: "确权纠纷",
    Flag.refuses_mediation: "当事人拒绝调解",
    Flag.remand: "发回重审",
    Flag.public_interest: "公益诉讼",
    Flag.other_labour_claims: "工资以外的劳动争议请求（经济补偿、加班费、社保、工伤等）",
    Flag.arbitration_refused: "劳动仲裁委不予受理或逾期未作出决定、裁决",
    Flag.non_monetary: "有非金钱给付的诉讼请求（解除合同、腾退、过户等）",
    Flag.award_set_aside: "申请撤销仲裁裁决",
    Flag.unreadable: "纠纷描述过短或无法识别",
    Flag.prior_proceedings: "已有裁判或上诉、再审、执行程序",
    Flag.arbitration_clause: "约定了商事仲裁",
    Flag.labour_service: "可能属于劳务关系（退休人员、家庭保姆、帮工学徒）",
    Flag.status_confirmation: "请求确认或否认亲子关系、收养关系",
}

# 民诉法解释 第七十五条: "人数众多，一般指十人以上".
MANY_CLAIMANTS = 10
MIN_READABLE = 2  # Chinese characters: "abc", "123", "？" or "钱" say too little to route

PartyKind = Literal["person", "company", "individual_business"]
PartyRole = Literal["plaintiff", "defendant", "third_party"]
PARTY_KINDS: tuple[str, ...] = ("person", "company", "individual_business")


class Party(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    kind: PartyKind
    role: PartyRole
    id_number: str | None = None
    phone: str | None = None
    domicile_in_gansu: bool | None = None


class CaseFields(BaseModel):
    """Structured fields sent with a case; each one set here overrides what the text suggests."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: Decimal | None = Field(default=None, ge=0, max_digits=16, decimal_places=2)
    parties: list[Party] | None = None
    consent_to_mediation: bool | None = None
    # Both parties agree to 小额 for 50%-200% of the average wage (民诉法 第一百六十五条第二款).
    consent_to_small_claims: bool | None = None
    filed: bool | None = None
    case_date: dt.date | None = None


# --------------------------------------------------------------------------------------------- numbers

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_UNITS = "十拾百佰千仟万萬亿億"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_APPROX = "多余来"
_ARABIC = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?"
# Characters that, right after a Chinese digit, make it the start of a word rather than part of a numeral:
# 一直, 一起, 一次, 一下, 一共, 两年, 三个月...  So "欠我3万一直不还" is 3万, while the colloquial "三万一" and
# "一万二" stay 31,000 and 12,000.
_WORD_AFTER_DIGIT = "直起次下共定点些般样再切并同向旦时边律概辈生齐个年天月周日笔份张家条回趟位名人只件套辆间部台批号遍"
_CN = rf"(?:[{_CN_UNITS}]|[{_CN_DIGITS}](?![{_WORD_AFTER_DIGIT}]))"
# A number: Arabic or Chinese digits, mixed with units (3万5千, 12.5万, 两万五), possibly "二十多万"/"10余万".  A marker
# after the last unit or digit (2万余元, 4万多, 3000多元, 一百来块) is not part of it: _MONEY reads it as ``approx``.
_NUMBER = rf"(?:{_ARABIC}|{_CN})(?:{_ARABIC}|{_CN}|[{_APPROX}](?=[{_CN_UNITS}]))*"
# 来 is only a marker right before 元/块: in "借了3万来买房" it is a verb.
_TRAILING_APPROX = rf"(?<=[\d{_CN_UNITS}])(?:[多余]|来(?=\s*(?:元|块)))"
_MONEY = re.compile(
    rf"(?P<pre>人民币|￥|¥|RMB)?\s*(?P<num>{_NUMBER})(?P<approx>{_TRAILING_APPROX})?\s*(?P<unit>元|块钱|块|圆)?"
    rf"(?P<jiao>[{_CN_DIGITS}\d]角)?(?P<fen>[{_CN_DIGITS}\d]分)?整?"
)
_MEASURE_AFTER = re.compile(
    r"\s*(?:个|名|人|位|平|米|斤|次|天|日|年|月|份|户|套|辆|件|吨|公里|亩|岁|号|层|栋|倍|%|％|股|台|部|笔|期|本|箱|季度?|小时|分钟"
    r"|张|条|只|头|间|瓶|袋|包|盒|双|趟|周|星期)"
)
# A sum in a foreign currency: its yuan value depends on the day's rate, so it is listed but not added to the claim,
# and the claim gets an open item (the clerk records the converted amount).
_FOREIGN_CURRENCY = re.compile(
    r"\s*(美元|美金|港元|港币|欧元|日元|英镑|澳元|加元|韩元|卢布|新台币|澳门元|澳门币|新加坡元)"
)
_UNIT_VALUES = {"万": Decimal(10_000), "萬": Decimal(10_000), "亿": Decimal(100_000_000), "億": Decimal(100_000_000),
                "千": Decimal(1_000), "仟": Decimal(1_000), "百": Decimal(100), "佰": Decimal(100)}


# The most digits a figure read as a number may have before its decimal point: Decimal's 28 digits hold it with the two
# of its fen (the clerk's amount field rounds to them), and no claim comes near 10^26 yuan.  A longer figure is noise,
# not a numeral; reading it failed requests (Decimal's InvalidOperation, Python's limit on printing a long int).
MAX_FIGURE_DIGITS = 26


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral in Arabic or Chinese form, or ``None`` if ``text`` is not one.

    Handles ``42250``, ``42,250``, ``12.5万``, ``3千``, ``两万五``, ``3万5千``, ``伍万``, ``壹拾贰万叁仟``, ``二十多万``
    (read as 二十万: "多"/"余"/"来" make the figure a lower bound).  Arabic numbers with one unit are computed
    here in ``Decimal``; everything else goes to cn2an's "smart" mode.  A trailing marker (``2万余``) is not read
    here: the clerk's amount field parses with this function and must stay exact; in a text, ``_MONEY`` reads such
    a marker apart from the number and flags the sum approximate.  A figure of more than ``MAX_FIGURE_DIGITS`` digits
    is not a numeral.
    """
    raw = text.translate(_FULLWIDTH).strip()
    raw = re.sub(rf"[{_APPROX}](?=[{_CN_UNITS}])", "", raw)
    raw = re.sub(r"(?<=\d)[,，](?=\d{3})", "", raw)
    raw = raw.removesuffix("整").removesuffix("元").removesuffix("圆")
    if not raw:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([万萬亿億千仟百佰]?)", raw)
    if match:
        value = Decimal(match.group(1)) * _UNIT_VALUES.get(match.group(2), Decimal(1))
        if _too_long(value):
            return None
        return value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))
    try:
        result = cn2an.cn2an(raw, "smart")
    except (ValueError, KeyError, IndexError):
        result = _sections(raw)  # 伍亿壹仟 (cn2an writes it so, without 零, and then refuses to read it)
        if result is None:
            return None
    try:
        value = Decimal(str(result))
    except (InvalidOperation, ValueError):  # str() refuses an int of more than 4300 digits
        return None
    return None if _too_long(value) else value


_CN_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    c: i for i, c in enumerate("〇壹贰叁肆伍陆柒捌玖")} | {"两": 2}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


def _sections(raw: str) -> int | None:
    """A formal Chinese numeral read section by section (亿, 万, then 千百十), or ``None``: only for what cn2an
    refuses, never for a run of bare digits (一二三) or anything else."""
    total = wan = section = digit = 0
    previous = ""
    for ch in raw:
        if ch in _CN_DIGIT_VALUES:
            if previous in _CN_DIGIT_VALUES and _CN_DIGIT_VALUES[previous] and _CN_DIGIT_VALUES[ch]:
                return None
            digit = _CN_DIGIT_VALUES[ch]
        elif ch in _SMALL_UNITS:
            section += (digit or (1 if _SMALL_UNITS[ch] == 10 else 0)) * _SMALL_UNITS[ch]
            digit = 0
        elif ch in "万萬":
            wan += (section + digit) * 10_000
            section = digit = 0
        elif ch in "亿億":
            total = (total + wan + section + digit) * 100_000_000
            wan = section = digit = 0
        else:
            return None
        previous = ch
    return total + wan + section + digit


def _too_long(value: Decimal) -> bool:
    """More than ``MAX_FIGURE_DIGITS`` digits before the point (or not finite)."""
    return not value.is_finite() or value.adjusted() >= MAX_FIGURE_DIGITS


def _fraction(part: str | None, scale: str) -> Decimal:
    if not part:
        return Decimal(0)
    digit = parse_number(part[:-1])
    return (digit or Decimal(0)) * Decimal(scale)


# --------------------------------------------------------------------------------------------- amounts

AmountRole = Literal["claim", "total", "outstanding", "rate", "paid", "reference", "product", "restated", "base",
                     "counterclaim", "foreign_currency"]

_SENTENCE_END = re.compile(r"[。！？!?\n]")
# At most this many characters between the items of one list:
# "，并赔偿因此造成的经济损失", "；2.违约金", "、利息及罚息".
_LIST_GAP = 16
_CLAUSE_BREAK = re.compile(r"[，。；;,！？!?\n]")
_ROLE_BEFORE: tuple[tuple[AmountRole, re.Pattern[str]], ...] = (
    ("rate", re.compile(
        # not "三个月工资一万八": that 月工资 is the months' wages, a total
        r"((?<!个)月工资|(?<!个)月薪|日工资|日薪|每个?月|(?<![\d零一二两三四五六七八九十])一个月|每天|每日|每年|月息|年息|利率"
        r"|(?<!个)月租金?|年租金?|每平方米?"
        r"|单价|时薪)"
    )),
    ("paid", re.compile(r"(已还|已付|已支付|已偿还|已归还|已给付|已退还|还了|付了|给了|已经还|已经付)")),
    ("reference", re.compile(r"(价值|估价|注册资本|月收入|年收入|市值)")),
    ("total", re.compile(r"(共计|合计|总计|累计|总共|一共|总额|总金额|共欠|共$)")),
    ("outstanding", re.compile(r"(尚欠|仍欠|下欠|还欠|剩余|余款|剩下|尚未支付|尚未归还|仍有|余欠|还差|还剩|只剩)")),
)
# The lower end of a range right before a sum: "2万至", "2万元到", "3-", "3～".
_RANGE_LOW = re.compile(
    rf"(?P<low>{_NUMBER})(?:{_TRAILING_APPROX})?\s*(?:元|块)?\s*(?:至|到|-|－|～|~|—|–)\s*$"
)
# An opening bracket right after a sum, and the bracket it opens: 叁万元（¥30,000元）.
_BRACKET = re.compile(r"\s*[（(](?P<inside>[^（()）]{0,40})[）)]")
_BREAKDOWN = re.compile(r"\s*(其中|含|包括|包含|内含)")
_RATE_AFTER = re.compile(r"\s*(/|每|一个?)(月|天|日|年|平方|小时)")
# Near a monthly rate and its months, these make the product instalments paid, not wages owed:
# 每月还2000元，已经还了3个月.
_REPAYMENT = re.compile(r"(偿还|归还|还款|还了|已还|已经还|月还(?![欠有没要是])|付了|已付|已经付|已支付)")
_MONTHS = re.compile(rf"(?:共|合计|干了|拖欠|欠了?|连续)?\s*(?P<n>\d+|[{_CN_DIGITS}十]+)\s*个月")
_PERIOD_BEFORE = re.compile(r"一个月\s*$")
_CLAIM_START = re.compile(r"(诉请|诉讼请求|请求判令|请求法院|请求|要求|主张|索赔|讨要|追讨)")
# A sum that is the base a penalty or interest is computed on (以25000元为基数, 以本金3万元为基数按年利率...): the
# sum itself is claimed elsewhere, so it is not counted again.
_BASE_AFTER = re.compile(r"\s*(?:为|作为)(?:计算)?(?:基数|本金|计算基础|基础)")
# ... also written the other way round (基数为3万元, 按3万元自…起按LPR计算, 按照3万元的日万分之五计算).
_BASE_BEFORE = re.compile(r"基数(?:为|是)?\s*$")
_BY_BEFORE = re.compile(r"(?:按照?|以)\s*$")
_PERCENTAGE = r"利率|LPR|万分之|千分之|百分之|%|％"
_PERCENT_AFTER = re.compile(rf"[^，。；;）)]{{0,24}}?(?:{_PERCENTAGE})")
_COMPUTED_AFTER = re.compile(rf"[^，。；;）)]{{0,24}}?(?:计算|计付|计息|{_PERCENTAGE})")
# A counterclaim, from 反诉 to the end of its sentence or to a clause that gives the plaintiff's words again
# (…，原告请求…): its sums are the defendant's claim, not the plaintiff's, and its 要求 does not open the plaintiff's
# claims.  An announced one (对方说要反诉) is no counterclaim (_INTENTION).
_COUNTERCLAIM = re.compile(r"反诉(?:(?![，,；;]\s*(?:原告|本诉|申请人))[^。！？!?\n])*")
# A bare figure (no 元/块, no 万) is money when a money word stands right before it: 医药费花了两千八, 欠我2800,
# 误工费三千多.  Right before, not near: 借款合同编号20230101 is no sum.
_MONEY_WORD_BEFORE = re.compile(
    r"(?:费|款|钱|工资|工钱|租金|房租|损失|赔偿|欠我|欠了|还我|赔我|给我)(?:每月|每个月|每年)?"
    r"(?:花了|用了|是|为|共|约|有|了|要|花)?\s*$"
)
# ... or a spending or lending verb, or a monthly rate, when the figure is written with 千 or 百 (修好花了3千,
# 每月八千五, 借给他八千五): a bare Arabic figure after them (每月15) is too often a day or a count.  Not 给/赔: what
# the other side offers or paid (他家只愿意赔五千, 只给两千) is no part of the claim.
_MONEY_VERB_BEFORE = re.compile(
    r"(?:花了|花费了?|用了|借(?:了|给)?(?:他|她|对方|朋友)?|垫付了?|每个?月|一个月|还剩的?|还差的?)\s*$")
FOREIGN_CURRENCY_ITEM = "外币金额（需按汇率折算）"
_OPEN_ITEMS = ("利息", "违约金", "经济补偿金", "赔偿金", "加班费", "滞纳金", "逾期利息", "精神损害抚慰金")


@dataclass(frozen=True)
class AmountMention:
    """One sum of money seen in the text: its value in yuan, where it was and what it seems to be."""

    text: str
    start: int
    end: int
    value: Decimal
    role: AmountRole
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": _json_number(self.value),
                "role": self.role, "approximate": self.approximate}


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# Clause heads are read this far back at most: every test on them (a negation within _REACH, an intention, a waiver)
# looks at their last words, and splitting a 20,000-character text up to each cue made long texts quadratic.
_HEAD_WINDOW = 80


def _clause_head(text: str, start: int) -> str:
    """The clause that ends at ``start`` (its last ``_HEAD_WINDOW`` characters at most)."""
    return _CLAUSE_END.split(text[max(0, start - _HEAD_WINDOW):start])[-1]


@functools.lru_cache(maxsize=32)
def _counterclaims(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the counterclaims the text states (not those only announced: 对方说要反诉); cached, as every sum
    of a text asks."""
    return tuple(m.span() for m in _COUNTERCLAIM.finditer(text)
                 if not _INTENTION.search(_clause_head(text, m.start())))


def _in_counterclaim(text: str, position: int) -> bool:
    return any(a <= position < b for a, b in _counterclaims(text))


def _role(text: str, start: int, end: int) -> AmountRole:
    clause = _CLAUSE_BREAK.split(text[max(0, start - 12):start])[-1]
    if _in_counterclaim(text, start):
        return "counterclaim"
    before = text[max(0, start - 4):start]
    # 按8000元/月计算 is a monthly rate; 按3000元/月的20%计算 is the base of a penalty computed at a percentage.
    if _RATE_AFTER.match(text, end) and not (_BY_BEFORE.search(before) and _PERCENT_AFTER.match(text, end)):
        return "rate"
    if (_BASE_AFTER.match(text, end) or _BASE_BEFORE.search(before)
            or (_BY_BEFORE.search(before) and _COMPUTED_AFTER.match(text, end))):
        return "base"
    for role, pattern in _ROLE_BEFORE:
        if pattern.search(clause):
            return role
    return "claim"


_DATE_PARTS_AFTER = re.compile(r"[./-]\d")  # 2024/5/1, 2023-05-01
_YEAR_AND_MONTH = re.compile(r"(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])")  # 2023.05, 2023.5


def _looks_like_a_date(num: str, text: str, end: int) -> bool:
    """A bare figure that is a date (工资2023.05起一直拖欠, 租金2024/5/1到期), not a sum; a bare 2000
    (他欠我2000至今未还) stays a sum."""
    return _DATE_PARTS_AFTER.match(text, end) is not None or _YEAR_AND_MONTH.fullmatch(num) is not None


_WAGE_OR_RENT_BEFORE = re.compile(r"(?:工资|工钱|月薪|薪水|房租|租金)(?:是|为|有|共)?\s*$")


def _monthly(text: str, start: int, end: int) -> bool:
    """A wage or rent stated plainly and followed in its sentence by a number of months (工资是9000，欠了五个月):
    the figure is the monthly one, which ``_wage_products`` multiplies, not the sum claimed."""
    if not _WAGE_OR_RENT_BEFORE.search(text, max(0, start - 6), start):
        return False
    after = _SENTENCE_END.split(text[end:end + 15], maxsplit=1)[0]
    if _BRACKET.match(after):  # 工资15000元（5000元/月×3个月）: the bracket restates a total
        return False
    return _MONTHS.search(after) is not None


def find_amounts(text: str) -> list[AmountMention]:
    """Every sum of money in ``text`` with its role (claim, total, outstanding, rate, paid, reference)."""
    mentions: list[AmountMention] = []
    for match in _MONEY.finditer(text):
        num = match.group("num")
        currency = None if match.group("unit") else _FOREIGN_CURRENCY.match(text, match.end())
        money_like = (match.group("pre") or match.group("unit") or re.search("[万萬亿億]", num) or currency
                      or _MONEY_WORD_BEFORE.search(text, max(0, match.start() - 8), match.start())
                      or (re.search("[千仟百佰]", num)
                          and _MONEY_VERB_BEFORE.search(text, max(0, match.start() - 4), match.start())))
        bare = not (match.group("unit") or match.group("pre") or currency)
        if not money_like or (bare and (_MEASURE_AFTER.match(text, match.end()) or _looks_like_a_date(num, text,
                                                                                                   match.end()))):
            continue
        value = parse_number(num)
        if value is None:
            continue
        value += _fraction(match.group("jiao"), "0.1") + _fraction(match.group("fen"), "0.01")
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        end = currency.end() if currency else match.end()
        role = "foreign_currency" if currency else _role(text, start, match.end())
        if role == "claim" and _monthly(text, start, match.end()):
            role = "rate"
        mentions.append(AmountMention(
            text=text[start:end], start=start, end=end, value=value,
            role=role,
            approximate=bool(match.group("approx")) or any(c in num for c in _APPROX),
        ))
    mentions = _ranges(text, mentions)
    return _restatements(text, mentions + _wage_products(text, mentions))


def _ranges(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """损失2万至3万元, 3-5万元, 2万到3万: one mention spanning the range, worth its upper end and approximate.

    The upper end is the safer reading for routing: a range that reaches over the small-claims cap must not be
    routed to 小额 on the strength of its lower end.  A bare lower end takes the upper end's unit (3-5万 is 3万 to
    5万) and must then be below it, so that "2024-3万" is not a range.
    """
    merged: list[AmountMention] = []
    for mention in mentions:
        low = _RANGE_LOW.search(text, max(0, mention.start - 16), mention.start)
        if low is not None and not re.search(f"[{_CN_UNITS}元块]", low.group(0)):
            unit = re.search(f"[{_CN_UNITS}]", mention.text)
            bare = parse_number(low.group("low"))
            scale = _UNIT_VALUES.get(unit.group(0), Decimal(1)) if unit else Decimal(1)
            if bare is None or bare * scale >= mention.value:
                low = None
        if low is None:
            merged.append(mention)
            continue
        start = low.start("low")
        lower = [m for m in merged if m.start >= start]
        merged = [m for m in merged if m.start < start]
        value = max([mention.value, *(m.value for m in lower)])
        merged.append(AmountMention(text=text[start:mention.end], start=start, end=mention.end, value=value,
                                    role=_role(text, start, mention.end), approximate=True))
    return merged


def _restatements(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """A sum repeated in brackets right after it counts once: 叁万元（¥30,000元）, 20000元（大写：贰万元整）,
    工资15000元（5000元/月×3个月）.  So do the parts of a breakdown in brackets: 借款3万元（其中利息5000元）claims
    30,000, not 35,000 (but 借款3万元（另有利息5000元）adds it).  Repeats and parts stay listed with the role
    ``restated``."""
    repeats: set[int] = set()
    for outer in mentions:
        bracket = _BRACKET.match(text, outer.end)
        if bracket is None:
            continue
        a, b = bracket.span("inside")
        breakdown = _BREAKDOWN.match(text, a) is not None
        repeats |= {i for i, m in enumerate(mentions) if a <= m.start and m.end <= b
                    and (m.value == outer.value or (breakdown and m.value < outer.value))}
    return [replace(m, role="restated") if i in repeats else m for i, m in enumerate(mentions)]


def _wage_products(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """工资8000元/月共3个月 → 24000: a monthly rate times a number of months stated next to it.

    Instalments repaid (每月还2000元，已经还了3个月) make a ``paid`` product, which is never counted as claimed.
    """
    products = []
    for mention in mentions:
        near = text[max(0, mention.start - 6):mention.end + 3]
        if mention.role != "rate" or not re.search(r"(工资|月薪|工钱|薪|月|租)", near):
            continue
        window_start, window_end = max(0, mention.start - 15), min(len(text), mention.end + 15)
        # Not the rate's own "一个月", after it (工钱8000一个月) or before it (工资一个月八千五，欠了六个月): that is
        # its period, not the number of months.
        own = _RATE_AFTER.match(text, mention.end)
        own_before = _PERIOD_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        months = next((m for m in _MONTHS.finditer(text, window_start, window_end)
                       if (own is None or not mention.end <= m.start() < own.end())
                       and (own_before is None or m.end() != own_before.end())), None)
        count = parse_number(months.group("n")) if months else None
        if months is None or not count:
            continue
        start, end = min(mention.start, months.start()), max(mention.end, months.end())
        role: AmountRole = "paid" if _REPAYMENT.search(text, max(0, start - 6), end) else "product"
        products.append(AmountMention(text=text[start:end], start=start, end=end, value=mention.value * count,
                                      role=role, approximate=mention.approximate))
    return products


def claimed_total(text: str, mentions: list[AmountMention]) -> tuple[Decimal | None, bool]:
    """The amount claimed and whether it is approximate.

    Only sums after the first claim phrase (诉请/请求/要求...) count when there are any; a stated total (共计) wins;
    otherwise the sum of plain claims and wage products.  Rates, sums already paid, reference values (价值) and sums
    restated in brackets never count.

    An outstanding sum (尚欠/剩余) replaces the claims before it, which it restates ("借款5万元，已还2万元，尚欠3万元"
    claims 30,000), but not the items listed right after it ("尚欠借款3万元，并赔偿损失2万元", "剩余工程款3万元；
    2.违约金2万元", "尚欠本金7.6万元、利息11961元"), which are added: see ``_listed_after``.

    Sums paid are not subtracted from the claims either: "借给他4万元，他每月还2000元，已经还了3个月" claims 40,000,
    approximate, not 34,000.  What is left owing is the parties' to state (尚欠); guessing it lower could route a
    claim that is over the small-claims cap to 小额, so the total stays the larger figure and is flagged approximate.
    """
    claim = _claim_start(text)
    scoped = [m for m in mentions if claim is not None and m.start >= claim]
    pool = sorted(scoped if any(m.role in ("claim", "total", "outstanding", "product") for m in scoped) else mentions,
                  key=lambda m: m.start)
    totals = [m for m in pool if m.role == "total"]
    if totals:
        return totals[-1].value, totals[-1].approximate
    products = [m for m in pool if m.role == "product"]
    items = products + [m for m in pool if m.role == "claim" and not any(p.start <= m.start < p.end for p in products)]
    paid = [m for m in pool if m.role == "paid"]
    outstanding = [m for m in pool if m.role == "outstanding"]
    if outstanding:
        chosen = outstanding + _listed_after(text, outstanding, items, paid)
        return sum((m.value for m in chosen), Decimal(0)), any(m.approximate for m in chosen)
    if items:
        return sum((m.value for m in items), Decimal(0)), bool(paid) or any(m.approximate for m in items)
    return None, False


def _claim_start(text: str) -> int | None:
    """Where the plaintiff's claims start: the first claim phrase outside a counterclaim."""
    return next((m.start() for m in _CLAIM_START.finditer(text) if not _in_counterclaim(text, m.start())), None)


def _listed_after(text: str, outstanding: list[AmountMention], items: list[AmountMention],
                  paid: list[AmountMention]) -> list[AmountMention]:
    """The claims listed after an outstanding sum, each within ``_LIST_GAP`` characters of the sum before it and in
    the same sentence.  Sums further away are narrative (借款发放, 律师费...), and a claim followed by a sum paid in
    its sentence tells the history of the debt ("尚欠3万元，借款5万元已还2万元"), so neither is added."""

    def same_sentence(a: AmountMention, b: AmountMention) -> bool:
        return a.end <= b.start and not _SENTENCE_END.search(text, a.end, b.start)

    listed: list[AmountMention] = []
    anchor: AmountMention | None = None
    for mention in sorted([*outstanding, *items], key=lambda m: m.start):
        if mention.role == "outstanding":
            anchor = mention
        elif (anchor is not None and mention.start - anchor.end <= _LIST_GAP and same_sentence(anchor, mention)
              and not any(same_sentence(mention, p) for p in paid)):
            listed.append(mention)
            anchor = mention
        else:
            anchor = None
    return listed


def open_items(text: str) -> list[str]:
    """Claimed items without a figure (本金10万元及利息 → ["利息"]), so a clerk knows the total is a lower bound."""
    claim = _claim_start(text)
    if claim is None:
        return []
    scope = text[claim:]
    found: list[str] = []
    for item in _OPEN_ITEMS:
        for match in re.finditer(item, scope):
            if not re.match(rf"\s*[（(]?(?:人民币)?\s*[\d{_CN_DIGITS}]", scope[match.end():match.end() + 6]):
                if not any(item in other and item != other for other in found):
                    found.append(item)
                break
    return [item for item in found if not any(item != other and item in other for other in found)]


# --------------------------------------------------------------------------------------------- parties and flags

_COMPANY = re.compile(r"[\u4e00-\u9fa5A-Za-z（）()]{0,24}?(?:有限责任公司|股份有限公司|有限公司|银行|集团|合作社|公司)")
_ROLE_PREFIX = re.compile(r"^(诉|原告|被告|被申请人|申请人|第三人|与|和|向|系)+")
_INDIVIDUAL_BUSINESS = re.compile(r"(个体工商户|个体户|经营部|商行|门市部|小卖部|超市|饭馆|餐馆|便利店)")
_SURNAMES = (
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_PERSON = re.compile(rf"[{_SURNAMES}]某+[甲乙丙丁]?")
_PERSON_WORDS = re.compile(r"(我|本人|朋友|邻居|表哥|亲戚|老板|包工头|房东|租客|业主|丈夫|妻子|父亲|母亲)")
# Only from the start of a run of digits: tried inside a long run (a text of 20,000 digits), the match would scan
# the rest of the run from every position, which took seconds.
_HEADCOUNT = re.compile(
    rf"(?<![\d{_CN_DIGITS}十百])(?P<n>\d+|[{_CN_DIGITS}十百]+)\s*(?:名|位|个|户|人)\s*(?:原告|申请人|工人|农民工|员工|职工|业主|购房户|购房人|劳动者|债权人|村民)"
)
_COLLECTIVE = re.compile(r"(集体讨薪|群体性|集团诉讼|代表人诉讼|数十名|几十名|上百名|数百名)")

# Where a party or an act is outside the mainland.  香港路, 澳门街, 华侨城 and 华侨大学 are places, not parties.
_PLACE = (r"(?:[东西南北中]?路|[东西南北]?街|大道|道|巷|胡同|小区|新村|花园|广场|大厦|商场|商城|城|苑|社区"
          r"|市场|村|里|公园|宾馆|酒店|饭店|餐厅|大学|学院|医院|中学|小学)")
_REGION = r"(?:港澳台|香港|澳门|台湾)"
_PARTY_NOUN = r"(?:居民|同胞|公民|人|籍|公司|企业|法人|组织|当事人|投资者|商人|客户|买家|卖家|供应商|老板|朋友)"
# Countries whose nationals or firms a Lanzhou court meets most (neighbours, Belt and Road partners, major trading
# partners).  A name alone is not a party (美国的品牌, 去日本旅游): it must be followed by a nationality or party word,
# or by 的/某/一家 and a firm within a few characters (日本某株式会社, 韩国的一家贸易公司), or follow a word that
# puts someone or something there (定居美国, 注册于新加坡).
_COUNTRY = (
    r"(?:美国|英国|法国|德国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|奥地利|爱尔兰|波兰|希腊|捷克|匈牙利"
    r"|俄罗斯|乌克兰|白俄罗斯|日本|韩国|朝鲜|(?<!内)蒙古国?|越南|老挝|柬埔寨|缅甸|泰国|马来西亚|新加坡|印度尼西亚|印尼|菲律宾"
    r"|印度|巴基斯坦|孟加拉国?|尼泊尔|斯里兰卡|阿富汗|伊朗|伊拉克|土耳其|沙特阿拉伯|沙特|阿联酋|以色列|埃及|南非"
    r"|尼日利亚|埃塞俄比亚|肯尼亚|加拿大|墨西哥|巴西|阿根廷|智利|秘鲁|澳大利亚|新西兰|哈萨克斯坦|吉尔吉斯斯坦"
    r"|乌兹别克斯坦|塔吉克斯坦|土库曼斯坦|阿塞拜疆|格鲁吉亚|亚美尼亚|开曼群岛|英属维尔京群岛|维尔京群岛|百慕大)"
)
# What a country's name may be followed by without naming a party: goods (人参), a maker (德国公司生产的), a place
# (新加坡路).
_NOT_A_PARTY_AFTER = rf"(?!参|民|生产|制造|出品|进口|原装|品牌|{_PLACE})"
_FIRM = r"(?:公司|企业|集团|银行|株式会社|商社|商行|工厂|机构)"

# (flag, pattern).  A negation in the cue's clause cancels it (see _states); where only part of the pattern is the
# cue that a negation must reach, that part is the group "cue" (工资8000元，老板不肯打欠条 denies 欠条, not 工资).
# Appraisal is not here: it depends on whether a pre-suit appraisal is disputed (_needs_appraisal).
# A refusal asked about or supposed (不想调解可以直接起诉吗, 如果对方不同意调解怎么办, 对方要是不想调解) is none.
_SUPPOSED = re.compile(r"如果|若是|要是|假如|假设|万一|倘若|一旦|是否")
# Asked: the refusal's own clause ends as a question does (不想调解可以直接起诉吗，谢谢), not a later clause
# (被告拒绝调解，这钱到底还不还？), and not 这么/什么 inside it.
_ASKED_AFTER = re.compile(r"(?:吗|么|行不行|可不可以|能不能|可以不|怎么办|怎么处理)\s*$")

# Words that claim a confirmation (请求确认…, 让法院确认…), and words that name the employer (公司不服终局裁决).
_CLAIM_VERBS = "请求|要求|诉请|起诉|让法院|由法院"
_EMPLOYER = "(?:公司|单位|用人单位|我司|企业|厂里|厂方)"
_FLAG_PATTERNS: tuple[tuple[Flag, re.Pattern[str]], ...] = (
    # 涉外 (民诉法解释 art. 520): a foreign or 港澳台 party, domicile or act abroad.  A foreign brand of goods is not
    # one, nor a 外资/外商投资/中外合资 enterprise set up in China: it is a Chinese legal person.
    (Flag.foreign, re.compile(
        rf"涉外|外籍|境外|台胞|台商|港商|澳商|华侨(?!{_PLACE})|外商(?!投资|独资|合资|合作)"
        rf"|外国(?:的|某|一家)?{_PARTY_NOUN}"
        rf"|{_REGION}(?:特别行政区|地区)?(?:的|某|一家)?{_PARTY_NOUN}"
        rf"|{_REGION}(?:特别行政区|地区)?(?:的|某|一家)[\u4e00-\u9fa5]{{0,6}}?{_FIRM}"
        rf"|{_COUNTRY}(?:国籍|籍|公民|国民|侨民|居民|人|商人|客商|当事人|投资者|客户|买家|卖家|供应商|老板"
        rf"|朋友|{_FIRM}){_NOT_A_PARTY_AFTER}"
        rf"|{_COUNTRY}(?:的|某|一家)[\u4e00-\u9fa5]{{0,6}}?(?:{_FIRM}|{_PARTY_NOUN}){_NOT_A_PARTY_AFTER}"
        r"|株式会社|无国籍|外国留学生|外国学生|(?<![中华])[美英法德日韩俄澳加意泰越印]籍"
        rf"|[（(](?:{_REGION}|{_COUNTRY})[）)]"
        rf"|{_REGION}(?:特别行政区)?永久性居民"
        rf"|(?:定居|居住|住在|身在|远在|移居|来自|位于|注册于|注册在|在){_REGION}(?!{_PLACE})"
        rf"|(?:定居|居住|住在|身在|远在|移居|位于|注册于|注册在){_COUNTRY}(?!{_PLACE})"
        rf"|在(?:{_REGION}|{_COUNTRY})(?:注册|设立|成立)"
        r"|(?:定居|居住|住在|身在|远在|移居|在)(?:国外|海外)"
    )),
    (Flag.whereabouts_unknown, re.compile(
        r"下落不明|去向不明|联系不上|失联|找不[到着](?:人|他|她|对方|老板|被告|借款人)|不知去向|公告送达|跑路"
        # colloquial: 被告找不到了, 人也找不到, 人找不着 -- but not 找不到证据 / 找不到工作
        r"|(?<!证)(?:人|他|她|对方|老板|被告|借款人|包工头|债务人|房东|租客)(?:也|都|现在|已经|早就|一直|根本)*"
        r"(?:找不[到着]|联系不到)(?=了|人|$|[，。；！？,.;!?\s])"
    )),
    (Flag.counterclaim, re.compile(r"反诉")),
    (Flag.arbitrated, re.compile(
        r"(仲裁裁决|裁决书|不服.{0,4}裁决|仲裁后|仲裁委员会裁决|已经仲裁|已仲裁|仲裁.{0,6}裁决)"
    )),
    # Any 欠条 about wages near it (工资每月3500只发了一半，剩下的老板打了欠条), not one for a loan in between (拖欠工资
    # 半年了，我借给他的钱他也打了欠条); the cue is the 欠条 itself, so 老板没有给我打欠条 and 工资欠条我没有 deny it.
    (Flag.wage_iou, re.compile(r"(?:工资|工钱)(?:(?!借)[^。；！？;!?]){0,24}?(?P<cue>欠条)")),
    (Flag.wage_iou, re.compile(r"欠条(?=[^。；！？;!?]{0,8}(?:工资|工钱))")),
    # Only a concluded agreement (J1); one broken since does not count (_agreement_stands).
    (Flag.mediation_agreement, re.compile(
        r"司法确认|调解协议书|(?:签订|签署|签|订立)(?:了|过)?(?:一份)?调解协议|调解协议(?:已经?)?(?:签|达成)"
        r"|达成(?:了)?[^，。；！？,;!?]{0,6}?调解协议"
    )),
    (Flag.mediation_agreement, re.compile(r"调解[^。；！？;!?]{0,20}?(?P<cue>达成)(?:了)?(?:一致|协议)")),
    # A case that is a special, 督促 or 公示催告 procedure, or a bankruptcy case or a suit derived from one (破产申请,
    # 重整, 破产和解, a 管理人 as party, 职工债权 objections, 取回权, 别除权, 破产债权确认).  Not a mere mention that an
    # employer or debtor went bankrupt (公司已经破产了, 快破产了, 倒闭了): that is the dispute it was before.
    (Flag.special_procedure, re.compile(
        r"支付令|督促程序|公示催告|宣告[^，。；！？,;!?]{0,8}?(?:失踪|死亡)|撤销[^，。；！？,;!?]{0,4}?(?:失踪|死亡)宣告"
        r"|认定.{0,6}(无|限制)民事行为能力|认定财产无主|确认婚姻无效"
        r"|实现担保物权"
        r"|破产(?:申请|程序|清算|重整|和解|案件|债权|财产|管理人)|申请[^，。；！？,;!?]{0,10}破产|宣告[^，。；！？,;!?]{0,6}破产"
        r"|裁定[^，。；！？,;!?]{0,8}破产|受理[^，。；！？,;!?]{0,10}破产|重整(?!旗鼓)"
        # 管理人 as the bankruptcy administrator, not an estate, property or car-park manager, nor the building
        # "所有人或管理人" of tort law
        r"|(?<!遗产|财产|物业|资产|基金|信托|项目|账户|小区|车场|场所|房屋|建筑)(?<![或、])管理人(?!员)"
        r"|职工债权|债权申报|申报债权|债权表|取回权|别除权"
    )),
    # Labour claims other than the wages owed (解释（一）第十五条: a wage IOU opens the court only for a claim that
    # "不涉及劳动关系其他争议").  Most negations before these cues are the grievance itself (未缴纳社保, 不给报工伤,
    # 未支付加班费, 未签劳动合同), so only a claim waived or a matter excluded denies one (_states).  Not
    # 死亡/伤残赔偿金 or 拆迁补偿金 of other disputes.
    (Flag.other_labour_claims, re.compile(
        r"经济补偿|(?<!拆迁|安置|征收|征地|搬迁|青苗)补偿金|(?<!死亡|伤残|残疾|丧葬|定金|违约)赔偿金|加班费|加班工资"
        r"|[二两双]倍工资|社会保险|社保(?!卡)|养老保险|医疗保险|失业保险|工伤|年休假|带薪年假|未休年假"
        r"|确认劳动关系|解除劳动合同|违法解除|违法辞退|非法辞退|无故辞退"
        r"|(?:未|没有?|不)(?:和我|与我|跟我|给我)?(?:签|签订|订立)(?:过|了)?(?:书面)?劳动合同"
    )),
    # The 劳动人事争议仲裁委员会 itself refused the case or let the five days pass (调解仲裁法第二十九条), or gave no
    # award within the time of 第四十三条 (45 days, 60 if extended); a court's
    # 不予受理 is no such refusal.  "仲裁委没有作出不予受理决定" denies it.
    (Flag.arbitration_refused, re.compile(
        r"(?:仲裁委|仲裁委员会|仲裁院|劳动仲裁|劳动人事争议仲裁)[^，。；,;！？!?]{0,12}?"
        r"(?P<cue>不予受理|不受理|拒绝受理|不予立案|逾期未(?:作出|做出)|(?:五|5)日内未(?:作出|做出)"
        r"|未在(?:五|5)日内(?:作出|做出)"
        # accepted, but no award within the 45 days (+15 if extended) of 第四十三条
        r"|(?:超过|过了|已过|(?:四十五|45|六十|60)(?:日|天)(?:内|后|了)?)[^，。；,;！？!?]{0,8}?"
        r"(?:还|仍|都|也)?(?:没有?|未)(?:作出|做出|出)?(?:仲裁)?裁决)"
    )),
    # 婚姻关系存续期间 dates a debt (共同债务), it is no dispute about the marriage.
    (Flag.personal_status, re.compile(
        r"(离婚|婚姻关系(?!存续)|收养关系|亲子关系|确认亲子|抚养关系|监护权|解除收养|同居关系)"
    )),
    (Flag.ownership, re.compile(
        r"(确权|确认.{0,10}(所有权|归属|使用权|产权)|权属|产权归属|(?:所有权|使用权|产权)归|(?<!责任)(?<!事故)归属)"
    )),
    # Formal (不同意诉前调解, 拒绝委托调解, 不愿意进行调解) and colloquial (不想和他调解, 不调解了, 没必要调解)
    # refusals; not of a mediator or a proposal (不同意调解员提出的方案, 不接受调解方案), nor in a question or a
    # condition (_states: 不想调解可以直接起诉吗, 如果对方不同意调解怎么办).
    (Flag.refuses_mediation, re.compile(
        r"(?:拒绝|拒不|不同意|不愿意?|不接受|不想|不要|不打算|不准备|不需要|没必要|不必)"
        r"(?:再|去|进行|参加|参与|接受)?(?:(?:和|跟|与|同)[^，。；！？,;!?]{1,6}?)?(?:诉前|委托|先行|诉讼|庭前)?(?:调解|和解)"
        r"(?!员|人|方案|协议|书|结果|意见|程序的)"
        r"|(?:我|我们|本人|原告|对方|被告)(?:坚决|就|也)?不(?:再)?调解(?!员|方案|协议|书)"
        r"|不调解了"
    )),
    (Flag.remand, re.compile(r"(发回重审)")),
    # Applied for, not done (仲裁裁决已被中院撤销, then a suit) nor refused (申请撤销仲裁裁决被驳回, then enforcement).
    (Flag.award_set_aside, re.compile(
        r"(?<!被)撤销[^，。；！？,;!?]{0,30}?(?:仲裁)?裁决(?!已|被|书已)(?![^。；！？;!?]{0,6}?(?:被驳回|驳回|未获|失败))"
        r"|(?:仲裁)?裁决[^。；！？;!?]{0,16}?申请撤销(?![^。；！？;!?]{0,6}?(?:被驳回|驳回|未获|失败))"
        # An employer cannot sue on a final labour award (调解仲裁法第四十七、四十九条): only setting it aside is open.
        # The employer in the same clause (公司拖欠我工资，我不服终局裁决 is the worker, who may sue).
        rf"|{_EMPLOYER}[^，。；！？,;!?]{{0,12}}?不服[^。；！？;!?]{{0,10}}?终局裁决"
        rf"|{_EMPLOYER}[^，。；！？,;!?]{{0,4}}?对[^，。；！？,;!?]{{0,12}}?终局裁决[^，。；！？,;!?]{{0,4}}?不服"
    )),
    # A public-interest suit brought (检察院提起环境民事公益诉讼, 公益诉讼起诉人), not a contract void for harming the
    # public interest, nor one heard of or asked about (消协对这家超市提起过公益诉讼, 能不能搞公益诉讼, 这不算公益诉讼).
    (Flag.public_interest, re.compile(
        r"(?:提起|提出)(?:了)?(?!过)[^，。；！？,;!?过]{0,10}?公益诉讼|公益诉讼起诉人"
    )),
    (Flag.status_confirmation, re.compile(
        # a claim (请求/要求/诉请/起诉 … 确认), or what is to be confirmed (确认…存在/不存在亲子关系): not a test
        # that confirmed it (鉴定确认了亲子关系), a denial by a party (前夫否认亲子关系拒付抚养费), nor 解除收养
        r"(?:请求|要求|诉请|起诉)[^，。；！？,;!?]{0,8}?(?:确认|否认)(?:(?!解除)[^，。；！？,;!?]){0,12}?(?:亲子关系|收养关系)"
        r"|确认(?:(?!解除)[^，。；！？,;!?]){0,12}?(?:存在|不存在)(?:亲子关系|收养关系)|亲子关系(?:确认|否认)之诉"
        # 请求确认被告赵某某为其生父, 让法院确认他是孩子的亲生父亲
        rf"|(?:{_CLAIM_VERBS})[^。；！？;!?]{{0,10}}?确认[^，。；！？,;!?]{{0,12}}?(?:为|是)[^，。；！？,;!?]{{0,6}}?"
        r"(?:生父|生母|亲生父亲|亲生母亲|亲生子女|亲生儿子|亲生女儿)"
    )),
    # Said of this dispute: 不服一审判决想上诉, 申请再审, 判决生效了他还是不给钱, 申请强制执行, 执行异议, 终本, 第三人
    # 撤销之诉.  Not 如上诉讼请求, nor a contract's 有权…申请强制执行 or a question about what may come (_SUPPOSED).
    (Flag.prior_proceedings, re.compile(
        r"不服[^。；！？;!?]{0,16}?(?:判决|裁定)[^。；！？;!?]{0,10}?(?:上诉|再审)|(?:提起|提出|申请)(?:上诉|再审)(?!人)"
        r"|[想要]上诉(?!讼)|再审申请|(?:申请|要求|请求)(?:法院)?强制执行|申请执行(?!人|时效|期限|了?(?:财产)?保全)"
        # 终本 as the court's word (裁定终本, 被终本, 终本后), not 始终本着, 年终本来, 最终本息
        r"|执行异议|终结本次执行|(?:裁定|被)终本|终本(?:裁定|程序|执行|案件|后|了)"
        r"|第三人撤销之诉"
        r"|判决[^。；！？;!?]{0,12}?生效[^。；！？;!?]{0,16}?(?:还是|仍然?|一直|也)?"
        r"(?:不给|不还|不履行|拒不履行|没给|没还|不付|没有?履行|未履行)"
    )),
    # An agreement to arbitrate a commercial dispute (合同里写了发生纠纷提交兰州仲裁委员会仲裁); labour arbitration is
    # the statute's, not a clause's, and the rule that reads this flag leaves labour cases alone.
    (Flag.arbitration_clause, re.compile(
        r"仲裁条款|仲裁协议|争议解决方式为?[^。；！？;!?]{0,6}?仲裁"
        # not a labour commission, whose arbitration the statute orders (约定的试用期超过法定期限，原告向…劳动人事争议
        # 仲裁委员会申请劳动仲裁)
        r"|(?:约定|写明|写了|写着|签了|签订|规定)[^。；！？;!?]{0,24}?(?:提交|提请|由|向|到|去)"
        r"(?:(?!劳动|人事)[^。；！？;!?]){0,12}?仲裁(?:(?:委员会|委|机构)[^。；！？;!?]{0,12}?(?:仲裁|裁决)|解决|(?=[，。；！？,;!?]|$))"
    )),
)

# Negation is clause-scoped: a negation word earlier in the cue's clause denies it (不需要做鉴定, 被告没有提起反诉,
# 老板没有给我打欠条, 并不拒绝调解), unless a word that opens another predicate stands between them (被告不还钱还拒绝
# 调解, 房子没修好需要鉴定, 某某未结清工资即下落不明, 公司不履行仲裁裁决) or the gap is longer than _REACH characters
# (texts without punctuation would otherwise let one negation cancel everything after it).  Clauses end at ，。；！？,
# a colon, whitespace, and their ASCII forms.
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:\s]")
_NEGATION = re.compile(
    r"无需|无须|不必|不用|不需要?|没有必要|没必要|不是|并非|不涉及|不存在|未经|尚未|未能|拒不|拒绝|不肯|不愿意?|没有|没|未|不"
)
_REACH = 10
_ADJACENT_NEGATION = re.compile(r"[无非]$")  # 无/非 only right before the cue (无异议, 非涉外), not 被告无故失联
# Words with a negation character that deny nothing here: 不动产, 不久, 不仅, 质量不合格, 没想到, and questions such as
# 能不能, 是不是, 有没有, 需不需要.
_NOT_NEGATION = re.compile(
    r"([\u4e00-\u9fa5])[不没]\1|不动产|不久|不少|不仅|不但|不过|不断|不停|不管|不论|不料|不光|不幸|不讳|不合格|不符合?|不明"
    r"|不清|不足|没想到|没办法|没多久|不服"
    # other predicates' own negatives, which deny nothing after them: 电话打不通人也找不到了, 微信不回人找不到
    r"|[打拨接]不通|联系不上|不接(?:电话)?|不回(?:复|消息|信息|微信|电话)?"
)
_SCOPE_BREAK = re.compile(
    r"还|又|也|但|却|而|并且|而且|即|便|遂|后|就|才|所以|因此|于是|然后|需要|要求|已经|已|经(?!过)"
    r"|履行|执行|支付|给付|赔偿|偿还|归还|结清|兑现|承认"
)
# Topic flags (特别程序, 身份关系, 确权, 发回重审, 公益) name what the case is about: 对方不同意离婚 is still a divorce.
# Only a negation right before such a cue (不是离婚纠纷, 不涉及确权) denies it.
_TOPICS = frozenset({Flag.special_procedure, Flag.personal_status, Flag.ownership, Flag.remand, Flag.public_interest})
_TOPIC_NEGATION = re.compile(r"(无需|无须|不需要?|不用|没有|没|未|未经|尚未|并非|不是|不涉及|无)\s*$")
# A denial after a 欠条 in the same clause: 工资欠条我没有, 欠条老板一直不肯打.
_DENIAL_AFTER = re.compile(
    r"(?:我|我们|他|她|老板|对方|手里|手上|也|都|还|并|根本|从来|一直)*(?:没有|没|未|不肯|不愿意?|拒绝|拒不)"
    r"(?:打|写|出具|给|开|拿到|有)?(?:给我)?(?:过|了)?"
)
# What denies another labour claim: a claim waived or not made in the clause before it (不要求支付经济补偿金, 并不主张
# 加班费, 放弃二倍工资), or a matter excluded right before it (不涉及社保, 不是工伤).
_CLAIM_WAIVED = re.compile(
    r"(?:(?:不|没有?|未|并未|并不|不再)(?:要求|主张|请求|提出|索要|追讨|追究)|放弃)[^，。；！？,;!?]{0,6}$"
)
_NOT_CONCERNED = re.compile(r"(?:不涉及|不存在|并非|不是|不属于)\s*$")
# An announced or possible counterclaim is not one: 对方说要反诉, 扬言反诉, 被告准备提起反诉, 如果被告反诉.
_INTENTION = re.compile(
    r"(?:要|想|准备|打算|扬言|声称|威胁|可能|将|会|考虑|如果|若|万一|以)(?:被告|对方|他|她|他们)?(?:要|会|将)?"
    r"(?:提起|提出|提|去|来)?$"
)


@dataclass(frozen=True)
class PartyInfo:
    count: int | None
    kinds: tuple[str, ...]
    source: Literal["fields", "text"] | None


def _denied(head: str) -> bool:
    """Whether ``head`` (the cue's clause up to the cue) denies the cue."""
    if _ADJACENT_NEGATION.search(head):
        return True
    head = _NOT_NEGATION.sub(lambda m: "_" * len(m.group()), head)
    negations = list(_NEGATION.finditer(head))
    if not negations:
        return False
    gap = head[negations[-1].end():]
    return len(gap) <= _REACH and not _SCOPE_BREAK.search(gap)


def _states(text: str, flag: Flag, match: re.Match[str]) -> bool:
    """Whether ``match`` states its flag: no negation in its clause (or, for a 欠条, right after it) denies it, a
    counterclaim is brought rather than announced, and a mediation agreement has not been broken since."""
    start, end = match.span("cue") if "cue" in match.re.groupindex else match.span()
    if flag is Flag.remand and _ELSEWHERE.search(_sentence_around(text, start, end)):
        return False
    if flag is Flag.status_confirmation and not _CLAIMED.match(match.group()) and "鉴定" in _sentence_head(text, start):
        return False  # 经亲子鉴定，确认被告与孩子存在亲子关系: a test's finding (but 请求进行亲子鉴定并确认… claims it)
    if flag in _TOPICS:
        return not _TOPIC_NEGATION.search(text[max(0, start - 4):start])
    head = _clause_head(text, start)
    if flag is Flag.other_labour_claims:
        return not (_CLAIM_WAIVED.search(head) or _NOT_CONCERNED.search(text[max(0, start - 4):start]))
    if _denied(head):
        return False
    if flag is Flag.wage_iou:
        return not _DENIAL_AFTER.fullmatch(_CLAUSE_END.split(text[end:], maxsplit=1)[0])
    if flag is Flag.counterclaim:
        return not _INTENTION.search(head)
    if flag is Flag.mediation_agreement:
        return _agreement_stands(text, end)
    if flag is Flag.arbitration_clause and _UNSURE.search(_clause_around(text, start, end)):
        return False  # 平台规则里有仲裁协议吗我不清楚 (but 合同里写了提交仲裁委员会仲裁，能在法院起诉吗 states one)
    if flag is Flag.prior_proceedings:
        if re.fullmatch(r"[想要]上诉", match.group()) and not _JUDGED.search(_sentence_around(text, start, end)):
            return False  # 狗咬了我，对方不肯赔，我想上诉他: 上诉 for 起诉, no judgment to appeal
        sentence = _sentence_head(text, start)  # 如乙方违约，甲方有权起诉并申请强制执行: a contract term, not a fact
        return not (_SUPPOSED.search(sentence) or _TERM.search(sentence))
    if flag is Flag.refuses_mediation:
        breaks = _CLAUSE_BREAK.search(text, end)
        clause_rest = text[end:breaks.start() if breaks else len(text)]
        asked = (breaks is not None and text[breaks.start()] in "？?") or _ASKED_AFTER.search(clause_rest)
        return not (_SUPPOSED.search(head) or asked)
    return True


# A remand of another case, or one that may come (我同事的案子二审被发回重审了; 一审判错了还可能发回重审): this case
# was not sent back.
_ELSEWHERE = re.compile(r"同事|别人|他人|朋友的|另一|另案|其他|别的|以前|之前的|上次|如果|可能|就算|即使|也没用|会不会")
# A claim made (请求确认…, 让法院确认…): a status confirmation asked for, not a test's finding.
_CLAIMED = re.compile(_CLAIM_VERBS)
_JUDGED = re.compile(r"判决|裁定|一审|二审|判了|判我|判的|判输|输了")
# A question or a doubt about an arbitration agreement (有仲裁协议吗, 不清楚有没有仲裁条款).
_UNSURE = re.compile(r"吗|么|？|\?|是否|有没有|不清楚|不知道")


def _around(text: str, start: int, end: int, breaks: re.Pattern[str]) -> str:
    """The stretch between ``breaks`` that holds text[start:end] (up to _HEAD_WINDOW characters each side)."""
    before = breaks.split(text[max(0, start - _HEAD_WINDOW):start])[-1]
    after = breaks.split(text[end:end + _HEAD_WINDOW], maxsplit=1)[0]
    return before + text[start:end] + after


def _clause_around(text: str, start: int, end: int) -> str:
    return _around(text, start, end, _CLAUSE_BREAK)


def _sentence_around(text: str, start: int, end: int) -> str:
    return _around(text, start, end, _FLAG_SENTENCE_END)


def _sentence_head(text: str, start: int) -> str:
    """The sentence up to ``start`` (its last _HEAD_WINDOW characters at most)."""
    return _FLAG_SENTENCE_END.split(text[max(0, start - _HEAD_WINDOW):start])[-1]


# A contract term, a condition or a plan before a prior-proceedings cue (如乙方违约，甲方有权…申请强制执行; 合同约定…
# 可以申请强制执行; 我准备起诉，不行就申请强制执行).
_TERM = re.compile(r"如(?:果|若|不|未|有|到期|逾期|违约|[甲乙]方|对方|被告)|若(?!干)|有权|约定|可以申请|可申请|不行就"
                   r"|准备|打算")

_APPRAISAL = re.compile(r"鉴定|评估|审计")
_APPRAISAL_DONE = re.compile(
    r"(?:已经?|经过?|做了|做过|作了|进行了)[^，。；！？,;!?]{0,8}?(?:鉴定|评估|审计)"
    r"|(?:鉴定|评估|审计)(?:了|过|为|结论|意见|报告|结果|书)"
)
_FLAG_SENTENCE_END = re.compile(r"[。；！？：;!?:\n]")
_APPRAISAL_RESULT = re.compile(r"结论|意见|报告|结果|等级|此")  # 被告对结论有异议, 双方对此均无异议
_OBJECTION = re.compile(r"异议|不认|不承认|不服|不同意|不接受|质疑|重新鉴定|重新评估|补充鉴定")
_ACCEPTANCE = re.compile(r"认可|同意|接受")


def _needs_appraisal(text: str) -> bool:
    """P3: an appraisal is needed, or a pre-suit one is disputed.

    Clause by clause: a clause about an appraisal (it names one, or names a result right after a clause that does)
    with an objection that is not denied (有异议, 不认伤残鉴定, 申请重新鉴定) disputes it; one with only denied
    objections (无异议, 对鉴定结论没有异议) or accepting a result (均认可鉴定结论) accepts it.  Any other
    mention reports an appraisal done (已经鉴定, 经鉴定为) or, unless denied (不需要做鉴定), asks for one.  A done
    appraisal counts while nobody is said to accept it: whether it is disputed is then unknown, and the clerk
    decides.
    """
    needed = disputed = done = accepted = False
    for sentence in _FLAG_SENTENCE_END.split(text):
        after_cue = False
        for clause in _CLAUSE_END.split(sentence):
            cues = list(_APPRAISAL.finditer(clause))
            about = bool(cues) or (after_cue and _APPRAISAL_RESULT.search(clause) is not None)
            after_cue = bool(cues)
            if not about:
                continue
            objections = list(_OBJECTION.finditer(clause))
            if objections:
                if any(not _denied(clause[:m.start()]) for m in objections):
                    disputed = True
                else:
                    accepted = True
                continue
            if _APPRAISAL_RESULT.search(clause) and any(not _denied(clause[:m.start()])
                                                        for m in _ACCEPTANCE.finditer(clause)):
                accepted = True
                continue
            if any(not _denied(clause[:cue.start()]) for cue in cues):
                if _APPRAISAL_DONE.search(clause):
                    done = True
                else:
                    needed = True
    return needed or disputed or (done and not accepted)


# A concluded agreement the other side does not perform (调解协议签了以后对方不履行) is not routed to 司法确认 (J1).
# Choice, from domain.md J1: 司法确认 is applied for by both parties jointly within 30 days of the agreement taking
# effect (民诉法 2021 art. 201), and a party that refuses to perform will not join; the other party's remedy is a suit
# on the agreement (人民调解法 art. 32) or a new mediation, so the text is routed as the dispute it is.  Where the text
# still says a 司法确认 is sought (申请司法确认), the flag stays and the court checks the application (J3/J4).
_BREACH = re.compile(r"(?:不|未|没有?|拒不|拒绝)[^，。；！？,;!?]{0,8}?履行|反悔|不认账|不兑现")
_CONFIRMATION = re.compile(r"司法确认")


def _agreement_stands(text: str, end: int) -> bool:
    """Whether an agreement ending at ``end`` is still for 司法确认: not broken after it, or a confirmation sought."""
    return not _BREACH.search(text, end) or any(
        not _denied(_clause_head(text, m.start())) for m in _CONFIRMATION.finditer(text))


# Claims other than paying money, looked for among the claims only (after 请求/要求...): a contract ended long ago in
# the narrative (双方已解除合同，他还欠我钱) is no claim to end it, nor is the name of a sum owed for ending one
# (违法解除劳动合同赔偿金, 解除劳动合同经济补偿, 解除合同的违约金, 解除劳动合同的赔偿); 解除合同赔偿损失 is both.
_NON_MONETARY = re.compile(
    r"解除[^，。；！？,;!?]{0,8}?(?:合同|协议)(?![的之]?(?:经济补偿|赔偿金|补偿金|违约金)|[的之](?:赔偿|补偿))|腾退|腾空|腾出|搬离|搬出|搬走|返还[^，。；！？,;!?]{0,4}?(?:房屋|房产|车|原物|土地)"
    r"|交付(?:房屋|车辆|货物|土地)|交房|过户|办理[^，。；！？,;!?]{0,8}?(?:登记|过户|手续|证)"
    r"|继续履行(?![^，。；！？,;!?]{0,4}?(?:付款|支付|还款|给付|偿还))|停止侵害|停止侵权|排除妨碍|消除危险|恢复原状"
    r"|赔礼道歉|道歉|确认[^，。；！？,;!?]{0,12}?(?:无效|有效|不成立)|撤销[^，。；！？,;!?]{0,8}?(?:合同|协议|决议|赠与)"
    # 把车还给我, not 把钱还给我
    r"|把(?![^，。；！？,;!?]{0,6}?(?:钱|款|工资|费))[^，。；！？,;!?]{1,6}?还给"
)
_CHINESE = re.compile(r"[\u4e00-\u9fa5]")


def _non_monetary(text: str) -> bool:
    claim = _claim_start(text)
    if claim is None:
        return False

    def stated(m: re.Match[str]) -> bool:
        head = _clause_head(text, m.start())
        return not (_denied(head) or _CLAIM_WAIVED.search(head) or _in_counterclaim(text, m.start()))

    return any(stated(m) for m in _NON_MONETARY.finditer(text, claim))


# 劳务, not 劳动 (劳动争议解释（一）): the speaker already drawing a pension when taken on (第三十二条: 返聘, 我今年62了
# 早就退休领养老金了), working in a household (第二条第四项: 在雇主家里当保姆), a craftsman's apprentice or helper
# (第五项: 跟着装修师傅当学徒).  Not a relative's retirement or pension (我爸已经退休了在家帮我看孩子), a nanny the
# speaker pays (保姆费), a 家政/母婴 company's employee, a factory's apprentice, nor a claim about the employment
# before retirement (在职期间没给我交养老保险, 上班期间受了工伤): that is a labour dispute, arbitration first.
_LABOUR_SERVICE = re.compile(
    r"返聘|我是退休(?:人员|职工)|享受[^，。；！？,;!?]{0,6}?养老保险待遇"
    r"|我(?P<between>[^。；！？;!?]{0,10}?)(?:已经?|早就?|早已)?(?:办理了?)?退休(?:了|在|领|后|(?=[，。；！？,;!?]|$))"
    r"|(?:我|本人)(?:是|系)退休(?:人员|职工)|本人已退休"
    r"|(?:已经|正在|在|每个?月|按月|开始)领(?:取)?着?(?:养老金|退休金)|领着(?:养老金|退休金)"
    r"|退休(?:以?后|了)[^，。；！？,;!?]{0,10}?(?:打工|上班|干活|当|做)"
    r"|(?:当|做|作)(?:住家)?(?:保姆|月嫂)|雇主家"
    r"|(?:个体工匠|手艺人|装修师傅|木匠|瓦工|泥瓦匠)[^。；！？;!?]{0,12}?(?:学徒|帮工)"
    r"|(?:学徒|帮工)[^。；！？;!?]{0,12}?(?:个体工匠|手艺人|装修师傅|木匠|瓦工|泥瓦匠)"
)
_SUBROGATION = re.compile(r"代位权|代位诉讼|直接向原告(?:清偿|支付|履行)|次债务人|怠于行使[^，。；]{0,8}债权")
_FIRST_PERSON = re.compile(r"我(?!们|院|国|方)|本人|俺")
_CANNOT = re.compile(r"(?:无法|不能|未能|没法|不再)\s*$")  # 达到退休年龄后无法享受基本养老保险待遇: a labour claim
_KIN = re.compile(r"爸|妈|父|母|老伴|老公|老婆|爱人|丈夫|妻子|家里|家人|孩子|儿子|女儿")
_EMPLOYED = re.compile(r"家政公司|母婴公司|公司派|签了?劳动合同|工厂|厂里|车间")
_BEFORE_RETIREMENT = re.compile(r"(?:在职|上班|工作|任职)期间|退休前|退休以前|退休之前")


def _labour_service(text: str) -> bool:
    if _EMPLOYED.search(text):
        return False
    for match in _LABOUR_SERVICE.finditer(text):
        head = _clause_head(text, match.start())
        between = match.group("between") or ""
        if (_denied(head) or _CANNOT.search(head) or _KIN.search(between) or _NEGATION.search(between)
                or _KIN.search(text[max(0, match.start() - 4):match.start()])):
            continue
        if "返聘" not in match.group() and _BEFORE_RETIREMENT.search(text):
            continue
        return True
    return False


def find_flags(text: str) -> frozenset[Flag]:
    """The flags the text states; a negation earlier in a cue's clause cancels it (未经鉴定, 被告没有提起反诉)."""
    flags = set()
    for flag, pattern in _FLAG_PATTERNS:
        if flag not in flags and any(_states(text, flag, match) for match in pattern.finditer(text)):
            flags.add(flag)
    if _needs_appraisal(text):
        flags.add(Flag.appraisal)
    if _non_monetary(text):
        flags.add(Flag.non_monetary)
    if _labour_service(text):
        flags.add(Flag.labour_service)
    # A creditor's subrogation suit (代位权: the debtor's debtor sued directly) tells of the judgment and the 终本
    # against the debtor as its ground: it is a new suit against another party.
    if Flag.prior_proceedings in flags and _SUBROGATION.search(text):
        flags.discard(Flag.prior_proceedings)
    # A person's own claim beside a public-interest suit (检察院对化工厂提起了公益诉讼，我家的羊也死了，想找工厂赔5万)
    # is a private suit at the 基层 court: a public-interest suit is brought by a procuratorate or an organisation.
    if Flag.public_interest in flags and _FIRST_PERSON.search(text):
        flags.discard(Flag.public_interest)
    if len(_CHINESE.findall(text)) < MIN_READABLE:
        flags.add(Flag.unreadable)
    if Flag.arbitrated in flags and re.search(r"(未经|没有|尚未|未)(劳动)?仲裁", text) and not re.search("裁决", text):
        flags.discard(Flag.arbitrated)
    return frozenset(flags)


# What runs into a bare company mention from the words before it (我跟公司, 要求公司, 仲裁裁决公司): the generic word
# starts after the last of these.  Not 在线, nor a bare 家 (某家具).
# Not 有限公司: after 支付 or 的 it is the tail of a name (易宝支付有限公司), nobody says 要求有限公司.
_GENERIC_COMPANY = frozenset({"公司", "银行", "集团", "合作社"})
_BEFORE_NAME = re.compile(r".*(?:我们|你们|他们|她们|咱们|我|你|他|她|跟|要求|请求|裁决|支付|判令|起诉"
                          r"|的|这家|那家|一家|该|在(?!线))")


def _companies(text: str) -> set[str]:
    """Company names, with 兰州银行|股份有限公司 joined back together and a leading role word dropped.  A bare 公司 or
    银行 (我跟公司…，要求公司…) is one party however often it is named, and none beside a named company it may
    stand for (兰州某银行股份有限公司 … 银行起诉我)."""
    spans: list[list[int]] = []
    for match in _COMPANY.finditer(text):
        if spans and spans[-1][1] == match.start() and re.fullmatch(r"(股份)?有限(责任)?公司", match.group(0)):
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
    names, bare = set(), set()
    for a, b in spans:
        # Only a mention that is nothing but the generic word after them is cut (我跟公司 → 公司); a name is kept whole,
        # whatever it holds (广东美的…有限公司, 易宝支付有限公司, 兰州市在水一方物业服务有限公司).
        word = _BEFORE_NAME.sub("", text[a:b])
        if word in _GENERIC_COMPANY:
            bare.add(word)
        else:
            names.add(_ROLE_PREFIX.sub("", text[a:b]))
    # The same name found again with the words before it (张某在兰州某物流有限公司 … 兰州某物流有限公司) is one party.
    names = {name for name in names if not any(other != name and name.endswith(other) for other in names)}
    return names | {word for word in bare if not any(word in name for name in names)}


def find_parties(text: str) -> PartyInfo:
    """How many parties and of which kinds, where the text says so; ``count`` is ``None`` when it does not."""
    kinds = []
    companies = _companies(text)
    people = set(_PERSON.findall(text))
    if people or _PERSON_WORDS.search(text):
        kinds.append("person")
    if companies:
        kinds.append("company")
    if _INDIVIDUAL_BUSINESS.search(text):
        kinds.append("individual_business")
    headcounts = [parse_number(m.group("n")) for m in _HEADCOUNT.finditer(text)]
    headcount = max((int(n) for n in headcounts if n is not None), default=0)
    named = len(companies) + len(people)
    count = max(headcount, named) if (headcount or named >= 2) else None
    return PartyInfo(count=count, kinds=tuple(kinds), source="text" if kinds or count else None)


# --------------------------------------------------------------------------------------------- elements


@dataclass(frozen=True)
class Elements:
    """What routing needs to know about a case, with where each piece came from."""

    amount: Decimal | None
    amount_source: Literal["fields", "text"] | None
    amount_approximate: bool
    amounts: tuple[AmountMention, ...]
    open_items: tuple[str, ...]
    party_count: int | None
    party_kinds: tuple[str, ...]
    parties_source: Literal["fields", "text"] | None
    flags: frozenset[Flag]
    consent_to_mediation: bool | None = None
    consent_to_small_claims: bool | None = None
    filed: bool | None = None
    case_date: dt.date | None = None
    # Parties sent in ``fields`` with domicile_in_gansu false / true; ``None`` when no party's domicile was sent.  A
    # party sent without one is in neither count (``domiciles_known`` in service/rules.py).
    parties_outside_gansu: int | None = None
    parties_in_gansu: int | None = None
    # The day a mediation agreement was reached, when the text says so (于2026年11月20日达成调解协议): the 30 days to
    # apply for 司法确认 run from it, not from the routing day.
    agreement_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": {
                "total": _json_number(self.amount) if self.amount is not None else None,
                "source": self.amount_source,
                "approximate": self.amount_approximate,
                "open_items": list(self.open_items),
                "mentions": [m.to_dict() for m in self.amounts],
            },
            "parties": {"count": self.party_count, "kinds": list(self.party_kinds), "source": self.parties_source,
                        "outside_gansu": self.parties_outside_gansu, "in_gansu": self.parties_in_gansu},
            "flags": [{"id": f.value, "name": FLAG_NAMES[f]} for f in sorted(self.flags)],
            "consent_to_mediation": self.consent_to_mediation,
            "consent_to_small_claims": self.consent_to_small_claims,
            "filed": self.filed,
            "case_date": self.case_date.isoformat() if self.case_date else None,
            "agreement_date": self.agreement_date.isoformat() if self.agreement_date else None,
        }


def extract_elements(*, text: str, fields: CaseFields | None = None) -> Elements:
    """Elements of ``text``; every field set in ``fields`` overrides the extracted value."""
    fields = fields or CaseFields()
    mentions = find_amounts(text)
    total, approximate = claimed_total(text, mentions)
    parties = find_parties(text)
    flags = set(find_flags(text))
    if parties.count is not None and parties.count >= MANY_CLAIMANTS or _COLLECTIVE.search(text):
        flags.add(Flag.many_claimants)
    consent = fields.consent_to_mediation
    if consent is None and Flag.refuses_mediation in flags:
        consent = False
    if consent is True:
        flags.discard(Flag.refuses_mediation)
    amount: Decimal | None
    amount_source: Literal["fields", "text"]
    amount, amount_source = (fields.amount, "fields") if fields.amount is not None else (total, "text")
    party_count, kinds, party_source = parties.count, parties.kinds, parties.source
    outside = inside = None
    if fields.parties is not None:
        party_count = len(fields.parties)
        kinds = tuple(k for k in PARTY_KINDS if any(p.kind == k for p in fields.parties))
        party_source = "fields"
        roles = [p.role for p in fields.parties]
        if max(roles.count("plaintiff"), roles.count("defendant")) >= MANY_CLAIMANTS:
            flags.add(Flag.many_claimants)
        known = [p.domicile_in_gansu for p in fields.parties if p.domicile_in_gansu is not None]
        outside, inside = (known.count(False), known.count(True)) if known else (None, None)
    return Elements(
        amount=amount,
        amount_source=amount_source if amount is not None else None,
        amount_approximate=approximate if amount_source == "text" else False,
        amounts=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        open_items=tuple(open_items(text)) + (
            (FOREIGN_CURRENCY_ITEM,) if any(m.role == "foreign_currency" for m in mentions) else ()),
        party_count=party_count,
        party_kinds=kinds,
        parties_source=party_source,
        flags=frozenset(flags),
        consent_to_mediation=consent,
        consent_to_small_claims=fields.consent_to_small_claims,
        filed=fields.filed,
        case_date=fields.case_date,
        parties_outside_gansu=outside,
        parties_in_gansu=inside,
        agreement_date=agreement_date(text) if Flag.mediation_agreement in flags else None,
    )


# A date written in full (2026年11月20日, 2026-11-20, 2026.11.20) in the clause where the agreement is reached or
# signed: 于2026年11月20日达成人民调解协议, 调解协议于2026年11月20日签订.
_FULL_DATE = r"(?P<y>(?:19|20)\d\d)\s*[年./-]\s*(?P<m>\d{1,2})\s*[月./-]\s*(?P<d>\d{1,2})\s*日?"
_AGREED_ON = (
    re.compile(rf"{_FULL_DATE}[^，。；！？,;!?]{{0,16}}?(?:达成|签订|签署|签了|订立)[^，。；！？,;!?]{{0,10}}?调解协议"),
    re.compile(rf"调解协议[^，。；！？,;!?]{{0,10}}?于?{_FULL_DATE}[^，。；！？,;!?]{{0,4}}?(?:达成|签订|签署|订立|生效)"),
)


def agreement_date(text: str) -> dt.date | None:
    """The day the text says the mediation agreement was reached or signed, if it gives a valid full date."""
    for pattern in _AGREED_ON:
        match = pattern.search(text)
        if match is not None:
            try:
                return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            except ValueError:
                return None
    return None
    year, month, day = (next(v for v in (match.group(f"{k}"), match.group(f"{k}2") if f"{k}2" in match.re.groupindex
                                          else None) if v) for k in "ymd")
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
