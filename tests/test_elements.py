"""Element extraction: the number parser (property-based), a table of realistic phrases, flags, fields override."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from service.elements import CaseFields, Flag, Party, extract_elements, find_amounts, find_flags, parse_number

# ------------------------------------------------------------------------------------------- number parser


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trips(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=10**8))
def test_wan_units_round_trip(n: int) -> None:
    # n 万 and n/10000 万 (e.g. 12.5万) in Arabic digits.
    assert parse_number(f"{n}万") == n * 10_000
    assert parse_number(f"{Decimal(n) / 10_000}万") == n


@given(st.integers(min_value=0, max_value=10**12))
@example(500_001_000)  # cn2an writes 伍亿壹仟 (no 零) and then refused to read it: Hypothesis found it
def test_chinese_uppercase_and_lowercase_round_trip(n: int) -> None:
    assert parse_number(cn2an.an2cn(n, "up")) == n
    assert parse_number(cn2an.an2cn(n, "low")) == n


@given(st.integers(min_value=1, max_value=10**9))
def test_amount_in_a_sentence_is_found_with_its_span(n: int) -> None:
    text = f"被告至今尚欠原告人民币{cn2an.an2cn(n, 'up')}元整，经多次催要未果"
    mentions = find_amounts(text)
    assert [m.value for m in mentions] == [n]
    assert text[mentions[0].start:mentions[0].end] == mentions[0].text
    assert extract_elements(text=text).amount == n


@given(st.text(alphabet="的了是在我有他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"))
def test_text_without_numbers_has_no_amount(text: str) -> None:
    assert extract_elements(text=text).amount is None


@pytest.mark.parametrize(("text", "expected"), [
    ("两万五", 25_000), ("一万二", 12_000), ("3万5千", 35_000), ("3万5", 35_000), ("12.5万", 125_000),
    ("3千", 3_000), ("5千8", 5_800), ("二十多万", 200_000), ("10余万", 100_000), ("1.2亿", 120_000_000),
    ("４２２５０", 42_250), ("42,251", 42_251), ("壹拾贰万叁仟肆佰伍拾陆", 123_456), ("三十二万六千", 326_000),
    ("零", 0), ("一百万零三", 1_000_003), ("abc", None), ("", None),
])
def test_parse_number_forms(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "1" * 27, "9" * 40, "9" * 5_000, f"{'9' * 400}.5", f"{'9' * 23}万", "九" * 27, "九" * 5_000,
])
def test_parse_number_does_not_read_figures_too_long_to_be_a_sum(text: str) -> None:
    # Found by fuzzing the API: such figures raised InvalidOperation (Decimal's 28 digits) or ValueError (an int
    # of over 4300 digits), a 500.
    assert parse_number(text) is None
    assert extract_elements(text=f"借款{text}元").amount is None


def test_parse_number_reads_the_longest_figure_a_sum_may_have() -> None:
    assert parse_number("9" * 26) == Decimal("9" * 26)
    assert parse_number(f"{'9' * 26}.99") == Decimal(f"{'9' * 26}.99")
    assert parse_number("九" * 26) == Decimal("9" * 26)


# ------------------------------------------------------------------------------------------- realistic phrases
# (text, claimed total in yuan or None, approximate).  Phrased as parties and judgments phrase them.

PHRASES: list[tuple[str, float | None, bool]] = [
    ("借款3万元", 30_000, False),
    ("人民币伍万元整", 50_000, False),
    ("朋友借了我12.5万，一直不还", 125_000, False),
    ("欠我3千块", 3_000, False),
    ("借了我两万五，说好年底还", 25_000, False),
    ("工资8000元/月共3个月没发", 24_000, False),
    ("每月工资4500元，拖欠了5个月", 22_500, False),
    ("原告诉请被告归还借款本金10万元及利息", 100_000, False),
    ("客户欠我们公司货款二十多万，拖了一年了", 200_000, True),
    ("被告仅支付部分货款，尚欠货款326000元，经多次催要未果", 326_000, False),
    ("约定借款20万元，期限一年，被告逾期未还本付息，原告诉请被告归还借款本金20万元及利息", 200_000, False),
    ("2019年5月被告因资金周转向原告借款8万元并出具借条，约定月息1%", 80_000, False),
    ("借了5万，已还2万，尚欠3万元", 30_000, False),
    ("医疗费3000元、误工费2500元、护理费1200元", 6_700, False),
    ("以上各项共计42,250元", 42_250, False),
    ("被告人盗窃电动车一辆，经鉴定价值人民币2600元", None, False),
    ("壹拾贰万叁仟肆佰伍拾陆元柒角", 123_456.7, False),
    ("租金每月2000元", None, False),
    ("23名农民工讨要工资", None, False),
    ("老板拖欠我三个月工资不给怎么办", None, False),
    ("物业费一直在交，可电梯坏了半年没人修", None, False),
    ("自2018年起拖欠物业费共计6800元，经催要未果", 6_800, False),
    ("请求支付拖欠工资18000元及解除劳动合同经济补偿金", 18_000, False),
    ("保险公司赔付后，请求被告赔偿车辆损失36000元", 36_000, False),
    ("被告尚欠工程款及质保金共计85万元", 850_000, False),
    ("房东不退押金2000元", 2_000, False),
    ("定金5万元，要求双倍返还定金10万元", 100_000, False),
    ("网购手机花了3999元，是翻新机", 3_999, False),
    ("信用卡透支本金48,000元，利息及滞纳金另计", 48_000, False),
    ("请求判令被告偿还借款42250元", 42_250, False),
    ("请求判令被告偿还借款42251元", 42_251, False),
    ("请求判令被告偿还借款8.45万元", 84_500, False),
    ("请求判令被告偿还借款16.9万元", 169_000, False),
    ("标的额约五十万元", 500_000, False),
    ("要求赔偿医药费一千二百元", 1_200, False),
    ("欠款￥15000，另有利息", 15_000, False),
    ("欠款¥ 8,800.50元", 8_800.5, False),
    ("货款人民币叁万贰仟元", 32_000, False),
    ("装修款两千五百元没结", 2_500, False),
    ("干了半年活，包工头还欠我一万八", 18_000, False),
    ("日工资300元，干了20天", None, False),
    ("月薪6000元，公司拖欠2个月工资", 12_000, False),
    ("要求返还彩礼八万八千元", 88_000, False),
    ("购房款100万元已付清，开发商逾期交房", 1_000_000, False),
    ("已付首付30万元，尚欠尾款20万元", 200_000, False),
    ("3个人合伙投资了60万", 600_000, False),
    ("借条写明借款肆万元整，月息2分", 40_000, False),
    ("赔偿精神损害抚慰金5万元、医疗费2万元", 70_000, False),
    ("工程款总计1.5亿元", 150_000_000, False),
    ("涉案金额10余万元", 100_000, True),
    ("保险理赔款7万多", 70_000, True),
    ("2021年6月被告无故解除劳动合同", None, False),
    ("小区共有300户业主", None, False),
    ("房屋面积120平方米", None, False),
    ("离婚的时候房子怎么分", None, False),
    ("车辆维修费5600元，拖车费400元", 6_000, False),
    ("诉请：1.支付货款12万元；2.支付违约金2万元", 140_000, False),
    ("拖欠工资共计人民币壹万伍仟元", 15_000, False),
    ("要求退还押金3000元及赔偿损失5000元", 8_000, False),
    ("原告借给被告50000元，被告已偿还10000元，尚欠40000元", 40_000, False),
    ("请求支付工资2万元，已经仲裁", 20_000, False),
    ("租金每年12万元，拖欠两年", None, False),
]


def test_phrase_table_is_large_enough() -> None:
    assert len(PHRASES) >= 60


@pytest.mark.parametrize(("text", "total", "approximate"), PHRASES)
def test_claimed_amount(text: str, total: float | None, approximate: bool) -> None:
    elements = extract_elements(text=text)
    if total is None:
        assert elements.amount is None
        return
    assert elements.amount == Decimal(str(total))
    assert elements.amount_source == "text"
    assert elements.amount_approximate is approximate
    for mention in elements.amounts:
        assert text[mention.start:mention.end] == mention.text


def test_monthly_wage_product_carries_its_span() -> None:
    text = "工资8000元/月共3个月没发"
    product = [m for m in find_amounts(text) if m.role == "product"]
    assert [(m.text, m.value) for m in product] == [("8000元/月共3个月", 24_000)]


def test_open_items_are_listed() -> None:
    assert extract_elements(text="原告诉请被告归还借款本金10万元及利息").open_items == ("利息",)


# ------------------------------------------------------------------------------------------- flags and parties

FLAG_CASES: list[tuple[str, set[Flag]]] = [
    ("需要对房屋质量进行鉴定", {Flag.appraisal}),
    ("无需鉴定，事实清楚", set()),
    ("被告系外籍人士", {Flag.foreign}),
    ("被告下落不明，需公告送达", {Flag.whereabouts_unknown}),
    ("现在找不到老板了", {Flag.whereabouts_unknown}),
    ("被告提起反诉", {Flag.counterclaim}),
    ("原告不服劳动仲裁裁决，诉至法院", {Flag.arbitrated}),
    ("没有仲裁，直接来法院", set()),
    ("包工头给我打了工资欠条", {Flag.wage_iou}),
    ("有老板写的欠条，是拖欠的工资", {Flag.wage_iou}),
    ("双方在人民调解委员会达成调解协议，申请司法确认", {Flag.mediation_agreement}),
    ("申请支付令", {Flag.special_procedure}),
    ("申请宣告失踪", {Flag.special_procedure}),
    ("请求判令离婚", {Flag.personal_status}),
    ("请求确认房屋所有权归原告", {Flag.ownership}),
    ("被告明确表示拒绝调解", {Flag.refuses_mediation}),
    ("本案系发回重审", {Flag.remand}),
    ("检察院提起公益诉讼", {Flag.public_interest}),
    ("要求支付经济补偿金2万元", {Flag.other_labour_claims}),
    ("仲裁委作出不予受理通知书", {Flag.arbitration_refused}),
    ("朋友借了我五万块钱", set()),
]


@pytest.mark.parametrize(("text", "flags"), FLAG_CASES)
def test_flags(text: str, flags: set[Flag]) -> None:
    assert set(find_flags(text)) == flags


def test_many_claimants_from_headcount() -> None:
    elements = extract_elements(text="我们23名农民工被包工头拖欠工资")
    assert Flag.many_claimants in elements.flags
    assert elements.party_count == 23
    assert Flag.many_claimants not in extract_elements(text="我们3名工人被拖欠工资").flags


def test_party_kinds_and_count() -> None:
    elements = extract_elements(text="原告兰州银行股份有限公司与被告王某签订《个人借款合同》")
    assert elements.party_count == 2
    assert set(elements.party_kinds) == {"person", "company"}
    assert "individual_business" in extract_elements(text="我在个体户小卖部买的过期食品").party_kinds


@pytest.mark.parametrize(("text", "count"), [
    # the same unnamed company three times, with the words before it (helper review: counted as three companies)
    ("我跟公司签了合同，仲裁裁决公司支付经济补偿金4千元，我对裁决不服，要求公司支付赔偿金2万元", None),
    ("我在兰州某农村商业银行股份有限公司贷款200万，银行起诉我", None),  # the bank named, then 银行: one
    ("客户欠我们公司货款二十多万，他们公司也欠", None),
    ("原告兰州某物流有限公司诉被告甘肃某建设有限公司", 2),
    ("原告甘肃银行与被告兰州银行", 2),
    ("兰州某在线科技有限公司欠原告张某工资", 2),  # 在线 is part of the name
    # names holding 的, 我, 支付 or 在 are kept whole (code review: they were cut and merged)
    ("广东美的制冷设备有限公司、芜湖美的制冷设备有限公司与张某", 3),
    ("原告易宝支付有限公司诉被告兰州某商贸有限公司、张某", 3),
    ("北京我爱我家房地产经纪有限公司、兰州我爱我家房地产经纪有限公司与李某", 3),
    # the same name again after the words that ran into it the first time (second review)
    ("张某在兰州某物流有限公司工作三年，兰州某物流有限公司拖欠张某工资两万元", 2),
    ("我在兰州某物流有限公司工作三年，兰州某物流有限公司拖欠我工资两万元", None),
])
def test_a_company_is_counted_once_however_it_is_mentioned(text: str, count: int | None) -> None:
    assert extract_elements(text=text).party_count == count


def test_refusal_in_text_means_no_consent() -> None:
    assert extract_elements(text="被告拒绝调解").consent_to_mediation is False


# ------------------------------------------------------------------------------------------- fields override


def test_fields_override_extraction() -> None:
    fields = CaseFields(
        amount=Decimal("42251"), consent_to_mediation=True, filed=True, case_date=dt.date(2026, 1, 5),
        parties=[Party(name="张三", kind="person", role="plaintiff", domicile_in_gansu=True),
                 Party(name="某公司", kind="company", role="defendant", domicile_in_gansu=False)],
    )
    elements = extract_elements(text="借款3万元，被告不同意调解", fields=fields)
    assert elements.amount == Decimal("42251") and elements.amount_source == "fields"
    assert elements.consent_to_mediation is True and Flag.refuses_mediation not in elements.flags
    assert elements.party_count == 2 and elements.party_kinds == ("person", "company")
    assert elements.parties_outside_gansu == 1 and elements.parties_in_gansu == 1
    assert elements.to_dict()["parties"]["in_gansu"] == 1
    assert elements.case_date == dt.date(2026, 1, 5) and elements.filed is True
    assert [m.value for m in elements.amounts] == [30_000]  # the text's sums are still shown


def test_to_dict_is_json_ready() -> None:
    data = extract_elements(text="工资8000元/月共3个月没发，老板打了工资欠条").to_dict()
    assert data["amount"]["total"] == 24_000
    assert {"id": "wage_iou", "name": "持有工资欠条"} in data["flags"]


def test_elements_module_is_pure() -> None:
    import service.elements as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not imported & {"flask", "sqlmodel", "sqlalchemy", "service"}
