"""Claimed amounts the domain reviews found wrong (/tmp/domain_review.md, "Amounts", items 5-10; the 2026-11-28
review, items 11-13).

Every case in ``FIXED`` gave a different total or approximate flag before the fix.  ``UNCHANGED`` holds nearby
phrasings whose reading the fix must keep, so they pass before and after it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.elements import extract_elements, find_amounts, parse_number

# (review item, text, claimed total in yuan, approximate)
FIXED: list[tuple[str, str, int, bool]] = [
    # 5. "X万余元" / "X万多元": the marker sits between the unit and 元; the figure is a lower bound.
    ("5", "借款2万余元", 20_000, True),
    ("5", "共计2万余元", 20_000, True),
    ("5", "借款4万多元", 40_000, True),
    ("5", "欠我3000多元", 3_000, True),
    ("5", "欠我一百来块钱", 100, True),
    # 6. A sum restated in brackets right after it counts once.
    ("6", "请求判令被告偿还借款人民币叁万元（¥30,000元）", 30_000, False),
    ("6", "20000元（大写：贰万元整）", 20_000, False),
    ("6", "工资15000元（5000元/月×3个月）", 15_000, False),
    ("6", "被告尚欠货款叁万元(30000元)，经多次催要未果", 30_000, False),
    # ... and so do the parts of a breakdown in brackets (其中/含/包括).
    ("6", "请求判令被告偿还借款3万元（其中利息5000元）", 30_000, False),
    ("6", "请求判令被告支付货款及利息共3万元（其中本金2.5万元、利息5000元）", 30_000, False),
    ("6", "要求赔偿损失2万元（包括医疗费8000元）", 20_000, False),
    # 7. 一/两 starting a word (一直, 一次, 两年) is not the colloquial last digit of 三万一 / 3万两.
    ("7", "欠我3万一直不还", 30_000, False),
    ("7", "剩下4万一直拖着", 40_000, False),
    ("7", "欠我4.2万一直不还", 42_000, False),
    ("7", "借了两万一次也没还过", 20_000, False),
    ("7", "欠我3万两年了", 30_000, False),
    # 8. A range is one claim: its upper end, approximate.
    ("8", "损失2万至3万元", 30_000, True),
    ("8", "损失2万元至3万元", 30_000, True),
    ("8", "2万到3万", 30_000, True),
    ("8", "3-5万元", 50_000, True),
    ("8", "3～5万元", 50_000, True),
    # 9. Instalments repaid are not claimed; the principal stays, marked approximate (repayments not subtracted).
    ("9", "借给他4万元，他每月还2000元，已经还了3个月", 40_000, True),
    ("9", "借款5万元，已还2万元", 50_000, True),
    # 10. An outstanding sum replaces what it restates (the sums before it), not the claims that follow it.
    ("10", "请求判令被告偿还尚欠借款3万元，并赔偿损失2万元", 50_000, False),
    ("10", "剩余工程款3万元；2.违约金2万元", 50_000, False),
    ("10", "截至2019年2月2日，被告尚欠借款本金7.6万元、利息及罚息11961元", 87_961, False),
    ("10", "请求：退还剩余租期租金2700元及押金2700元；赔偿搬家费等损失7200元", 12_600, False),
    # 11 (2026-11-28 review). The base a penalty is computed on is not a second claim.
    ("11", "请求判令被告支付货款25000元及逾期付款违约金（以25000元为基数，按日万分之五计算至实际付清之日止）",
     25_000, False),
    ("11", "请求偿还借款3万元，并以3万元为本金按年利率6%支付利息", 30_000, False),
    # 12. A counterclaim's sums and its 要求 are the defendant's, not the plaintiff's claim.
    ("12", "原告诉称被告欠货款12万元一直不付，被告反诉要求原告赔偿损失3000元。", 120_000, False),
    ("12", "被告提起反诉，要求原告支付违约金5000元。原告请求判令被告支付货款2万元", 20_000, False),
    # 13. A bare figure right after a money word is a sum: 两千八, 2800 (no 元, no 万).
    ("13", "我被车撞了，对方全责，医药费花了两千八，误工费四万", 42_800, False),
    ("13", "朋友欠我2800一直不还", 2_800, False),
    ("13", "误工费三千多", 3_000, True),
    # 14 (second review). A counterclaim ends where the plaintiff's words start again.
    ("14", "被告提出反诉，要求原告支付违约金2万元，原告请求被告支付货款6亿元", 600_000_000, False),
    ("14", "原告请求被告支付货款3万元，被告反诉要求原告赔偿损失2万元，原告还要求被告支付违约金1万元", 40_000, False),
    # 15. A monthly wage or rent and its months: the product, not the month's figure.
    ("15", "包工头欠我工钱，工钱8000一个月，干了6个月", 48_000, False),
    ("15", "工资是9000，欠了五个月", 45_000, False),
    ("15", "房租每月9000，拖了5个月", 45_000, False),
    # 16. The base of interest or a penalty, written before the figure.
    ("16", "请求判令被告支付货款3万元及利息（基数为3万元，按LPR计算）", 30_000, False),
    ("16", "请求判令被告支付货款3万元及违约金（按照3万元的日万分之五计算）", 30_000, False),
    # 17 (code review). A monthly rate written with 按 is still a rate, not a penalty's base.
    ("17", "工资按8000元/月计算，拖欠了3个月", 24_000, False),
    ("17", "租金按3000元/月计算共6个月", 18_000, False),
    # 18. A bare figure before 至今/以来/起诉 is a sum; only a year with its month (2023.05) is a date.
    ("18", "他欠我2000至今未还", 2_000, False),
    ("18", "欠我工资2000以来一直没给", 2_000, False),
    ("18", "欠我2050起诉", 2_050, False),
]

UNCHANGED: list[tuple[str, int, bool]] = [
    ("借款5万元，已还2万元，尚欠3万元", 30_000, False),
    ("请求判令被告偿还借款3万元（另有利息5000元）", 35_000, False),  # 另有 adds: not a breakdown
    ("被告尚欠原告3万元。2020年原告借给被告5万元，被告已归还2万元", 30_000, False),
    ("欠我三万一，一直不还", 31_000, False),
    ("一万二没还", 12_000, False),
    ("朋友借了我3万元一直不还，有借条", 30_000, False),
    # A lower bound close below the cap (42,250): routing gets 40,000 and the approximate flag.
    ("欠我四万多", 40_000, True),
    ("每月工资4500元，拖欠了5个月", 22_500, False),
    ("借款2万元至今未还", 20_000, False),
    # Sums told further on, after an outstanding sum, are narrative, not items of a list.
    ("催要剩余工程款4.47万元，被告以质量问题为由拒付，诉讼中申请鉴定，预交鉴定费15000元", 44_700, False),
    # Figures after a money word that are no sums: a contract number, a measure, a year.
    ("借款合同编号20230101，借款5万元", 50_000, False),
    ("房租每月2000元，租了3个月的房子面积80平", 6_000, False),
    ("欠款是2023年借的，共3万元", 30_000, False),
    ("以3万元的价格卖给他，他没付钱，要求付款3万元", 30_000, False),
]


def test_a_monthly_figure_that_a_penalty_is_computed_on_is_a_base() -> None:
    """按3000元/月的20%计算: the base of a penalty at a percentage, not a wage to multiply by the months overdue."""
    elements = extract_elements(text="逾期付款违约金按3000元/月的20%计算，已逾期5个月")
    assert elements.amount is None and [m.role for m in elements.amounts] == ["base"]


# Counts after a money word are no sums (second review): the claim has no amount, so no 小额 on its strength.
@pytest.mark.parametrize("text", ["赔我2台手机", "他借了我的钱3笔", "网贷欠了2期没还", "房租欠了3期", "还我3本书",
                                  "工资2023.05起一直拖欠", "租金2024/5/1到期"])
def test_a_count_after_a_money_word_is_no_sum(text: str) -> None:
    assert extract_elements(text=text).amount is None


@pytest.mark.parametrize(("text", "figure"), [("他借了我1万美元", 10_000), ("借给他3万港元", 30_000),
                                              ("5000美金没还", 5_000)])
def test_a_foreign_currency_sum_is_listed_not_counted(text: str, figure: int) -> None:
    """Its value in yuan depends on the day's rate: listed, not added, and an open item asks for the converted sum."""
    elements = extract_elements(text=text)
    assert elements.amount is None and "外币金额（需按汇率折算）" in elements.open_items
    assert [(m.value, m.role) for m in elements.amounts] == [(figure, "foreign_currency")]


@pytest.mark.parametrize(("item", "text", "total", "approximate"), FIXED, ids=[f"{c[0]}-{c[1]}" for c in FIXED])
def test_fixed_amount(item: str, text: str, total: int, approximate: bool) -> None:
    elements = extract_elements(text=text)
    assert (elements.amount, elements.amount_approximate) == (Decimal(total), approximate)
    for mention in elements.amounts:
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("text", "total", "approximate"), UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_unchanged_amount(text: str, total: int, approximate: bool) -> None:
    elements = extract_elements(text=text)
    assert (elements.amount, elements.amount_approximate) == (Decimal(total), approximate)


@pytest.mark.parametrize("text", ["2万余", "4万多", "3000多"])
def test_parse_number_still_rejects_a_trailing_approximate_marker(text: str) -> None:
    # The clerk's amount field parses with parse_number and must stay exact; only a text's sums may be approximate.
    assert parse_number(text) is None


def test_restated_sum_stays_visible_but_is_not_counted() -> None:
    text = "20000元（大写：贰万元整）"
    assert [(m.text, m.value, m.role) for m in find_amounts(text)] == [
        ("20000元", 20_000, "claim"), ("贰万元整", 20_000, "restated")]


def test_range_is_one_mention_spanning_both_ends() -> None:
    assert [(m.text, m.value, m.approximate) for m in find_amounts("损失2万至3万元")] == [("2万至3万元", 30_000, True)]


def test_repaid_instalments_are_a_paid_product() -> None:
    text = "借给他4万元，他每月还2000元，已经还了3个月"
    assert [(m.value, m.role) for m in find_amounts(text) if m.role in ("paid", "product")] == [(6_000, "paid")]
