"""route(): table-driven over every rule and destination, cap boundaries, exclusions, deadlines, review."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import pytest

from service.elements import CaseFields, Party, extract_elements
from service.routing import TRIAL_BASIS, Decision, add_months, route
from service.rules import Destination, RuleSet, Track, load_rules

RULES = load_rules()
TODAY = dt.date(2026, 3, 2)


@dataclass(frozen=True)
class FakePrediction:
    label: str
    confidence: float = 0.9
    probabilities: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.probabilities:
            object.__setattr__(self, "probabilities", {self.label: self.confidence, "_other": 1 - self.confidence})


def decide(label: str, text: str, *, rules: RuleSet = RULES, confidence: float = 0.9,
           probabilities: dict[str, float] | None = None, **fields: Any) -> Decision:
    prediction = FakePrediction(label, confidence, probabilities or {})
    elements = extract_elements(text=text, fields=CaseFields(**fields) if fields else None)
    return route(prediction, elements, rules, TODAY)


REFUSED = {"consent_to_mediation": False}
OUTSIDE = [Party(name="甲公司", kind="company", role="plaintiff", domicile_in_gansu=False),
           Party(name="乙公司", kind="company", role="defendant", domicile_in_gansu=True)]

# (case id, label, text, fields, destination, track, rule ids that must fire)
D, T = Destination, Track
CASES: list[tuple[str, str, str, dict[str, Any], Destination, Track | None, set[str]]] = [
    ("labour-no-arbitration", "labour", "老板拖欠我三个月工资不给", {}, D.labour_arbitration, None, {"L1"}),
    ("labour-wage-iou", "labour", "包工头给我打了工资欠条，欠8000元", {},
     D.labour_mediation, T.mediation, {"L2", "L3", "M2L"}),
    ("labour-arbitrated", "labour", "原告不服劳动仲裁裁决，请求支付加班费2万元",
     {"filed": True, "consent_to_mediation": True},
     D.labour_mediation, T.mediation, {"L3", "M2", "L3N"}),
    ("labour-arbitration-refused", "labour", "仲裁委作出不予受理通知书，公司拖欠我工资1万元", REFUSED,
     D.fast_track, T.small_claims, {"L1R", "G1", "G4", "P1"}),
    ("labour-bankruptcy-case", "labour", "法院已受理公司的破产申请，拖欠我工资2万元", {},
     D.clerk_review, None, {"G2L"}),
    ("finance", "finance", "信用卡逾期了银行说要起诉我", {}, D.finance_mediation, T.mediation, {"F1"}),
    ("housing", "housing", "租的房子到期了房东不退押金2000元", {}, D.housing_mediation, T.mediation, {"H1"}),
    ("sme", "sme", "客户欠我们公司货款二十多万", {}, D.sme_mediation, T.mediation, {"S1"}),
    ("other", "other", "被邻居家的狗咬了，对方不肯赔医药费", {}, D.people_mediation, T.mediation, {"O1", "M1"}),
    ("judicial-confirmation", "other", "双方在人民调解委员会达成调解协议，申请司法确认", {},
     D.judicial_confirmation, None, {"J1"}),
    ("special-procedure", "finance", "申请法院向债务人发出支付令", {}, D.ordinary_trial, None, {"G2"}),
    ("refused-small-claims", "finance", "借款", {"amount": Decimal(42_250), **REFUSED},
     D.fast_track, T.small_claims, {"G1", "P1"}),
    ("refused-in-text", "finance", "借款3万元，被告拒绝调解", {}, D.fast_track, T.small_claims, {"G1", "P1"}),
    ("cap-plus-one", "finance", "借款", {"amount": Decimal(42_251), **REFUSED}, D.fast_track, T.simple, {"P4"}),
    ("approximate-near-cap", "finance", "朋友借了我四万多一直不还", REFUSED,
     D.fast_track, T.small_claims, {"P1N", "P1"}),
    ("cap-plus-one-consent", "finance", "借款",
     {"amount": Decimal(42_251), "consent_to_small_claims": True, **REFUSED},
     D.fast_track, T.small_claims_by_consent, {"P2"}),
    ("twice-cap-consent", "finance", "借款", {"amount": Decimal(84_500), "consent_to_small_claims": True, **REFUSED},
     D.fast_track, T.small_claims_by_consent, {"P2"}),
    ("consent-cap", "finance", "借款", {"amount": Decimal(169_000), "consent_to_small_claims": True, **REFUSED},
     D.fast_track, T.small_claims_by_consent, {"P2"}),
    ("consent-cap-plus-one", "finance", "借款",
     {"amount": Decimal(169_001), "consent_to_small_claims": True, **REFUSED},
     D.fast_track, T.simple, {"P4"}),
    ("twice-cap-no-consent", "finance", "借款", {"amount": Decimal(84_500), **REFUSED},
     D.fast_track, T.simple, {"P4"}),
    ("unknown-amount", "other", "对方不肯赔钱", REFUSED, D.fast_track, T.simple, {"P4"}),
    ("excl-personal-status", "other", "请求判令离婚，分割存款1万元", REFUSED, D.fast_track, T.simple, {"P3"}),
    ("excl-ownership", "housing", "请求确认房屋所有权归原告，补偿1万元", REFUSED, D.fast_track, T.simple, {"P3"}),
    ("excl-foreign", "finance", "被告系外籍人士，借款1万元", REFUSED, D.fast_track, T.simple, {"P3"}),
    ("excl-appraisal", "housing", "装修质量需鉴定，索赔1万元", REFUSED, D.fast_track, T.simple, {"P3", "P8"}),
    ("excl-counterclaim", "sme", "货款1万元，被告提起反诉", REFUSED, D.fast_track, T.simple, {"P3", "P8"}),
    ("excl-whereabouts", "finance", "借款1万元，被告下落不明", {},
     D.ordinary_trial, T.ordinary, {"G5", "P5", "P3", "P6"}),
    ("excl-remand", "finance", "本案系发回重审，借款1万元", REFUSED, D.ordinary_trial, T.collegial, {"G7", "P7"}),
    ("many-claimants", "labour", "我们23名农民工不服仲裁裁决，追讨工资", REFUSED,
     D.ordinary_trial, T.collegial, {"P7", "K1"}),
    ("complex-score", "sme", "香港公司拖欠货款，需对设备价值评估，货款80万元", REFUSED,
     D.ordinary_trial, T.ordinary, {"C1", "P6"}),
    ("intermediate-court", "sme", "货款", {"amount": Decimal(600_000_000)},
     D.ordinary_trial, T.collegial, {"G3", "G3C"}),
    ("intermediate-court-mixed", "sme", "货款", {"amount": Decimal(150_000_000), "parties": OUTSIDE},
     D.ordinary_trial, T.collegial, {"G3", "G3C"}),
    ("intermediate-court-domicile-unknown", "sme", "货款", {"amount": Decimal(150_000_000)},
     D.ordinary_trial, T.collegial, {"G3U", "G3C"}),
    ("filed-finance", "finance", "借款2万元", {"filed": True}, D.finance_mediation, T.mediation, {"M2U"}),
    ("filed-finance-consent", "finance", "借款2万元", {"filed": True, "consent_to_mediation": True},
     D.finance_mediation, T.mediation, {"M2"}),
    ("low-confidence", "finance", "借款2万元", {}, D.clerk_review, T.mediation, {"F1", "R1"}),
    ("prior-proceedings", "finance", "判决生效后被告仍不履行，原告申请强制执行借款2万元", {}, D.clerk_review,
     T.mediation, {"F1", "R4"}),
    ("arbitration-clause", "sme", "合同约定争议提交兰州仲裁委员会仲裁，被告欠货款2万元", {}, D.clerk_review,
     T.mediation, {"S1", "R5"}),
    ("status-confirmation", "other", "请求确认原告与被告之间存在亲子关系", {}, D.fast_track, T.simple, {"G2S", "P3"}),
    ("public-interest", "other", "检察院提起环境民事公益诉讼，请求被告赔偿生态修复费用80万元", {}, D.ordinary_trial,
     T.collegial, {"G3P", "G3C"}),
    ("labour-service", "labour", "我已经退休了，在饭店打工，老板欠我工资8000元", {}, D.clerk_review, None,
     {"L1", "R6"}),
    # 2026-11-28 review of the routes against domain.md and the statutes
    ("confirmation-personal-status", "other",
     "我和丈夫在社区人民调解委员会达成调解协议，约定解除婚姻关系，想申请司法确认", {}, D.clerk_review, None, {"J4"}),
    ("confirmation-intermediate-court", "sme", "双方在商事调解中心达成调解协议，共同申请司法确认",
     {"amount": Decimal(600_000_000)}, D.judicial_confirmation, None, {"J2", "J1"}),
    ("confirmation-domicile-unknown", "sme", "双方达成调解协议，约定被告支付货款，申请司法确认",
     {"amount": Decimal(200_000_000)}, D.judicial_confirmation, None, {"J2U", "J1"}),
    ("foreign-intermediate-court", "sme", "被告系外籍商人，拖欠货款", {"amount": Decimal(20_000_000), **REFUSED},
     D.ordinary_trial, T.collegial, {"G3F", "G3C", "P3F"}),
    ("non-monetary", "housing", "被告拖欠租金5000元，请求判令解除租赁合同、被告腾退房屋并支付租金5000元", REFUSED,
     D.fast_track, T.simple, {"P3M", "P4"}),
    ("open-item-near-cap", "finance", "请求判令被告偿还借款本金42000元及利息", REFUSED,
     D.fast_track, T.small_claims, {"P1O", "P1"}),
    ("unreadable", "other", "abc", {}, D.clerk_review, T.mediation, {"O1", "R0"}),
    ("award-set-aside", "labour", "公司不服劳动仲裁终局裁决，裁决公司支付工资8000元，公司想申请撤销仲裁裁决", {},
     D.clerk_review, None, {"G6"}),
    ("wage-iou-but-finance", "finance", "老板给我写了工资欠条", {}, D.clerk_review, T.mediation, {"R3"}),
]


@pytest.mark.parametrize(("case", "label", "text", "fields", "destination", "track", "rule_ids"), CASES,
                         ids=[c[0] for c in CASES])
def test_route_table(case: str, label: str, text: str, fields: dict[str, Any], destination: Destination,
                     track: Track | None, rule_ids: set[str]) -> None:
    decision = decide(label, text, confidence=0.3 if case == "low-confidence" else 0.9, **fields)
    assert decision.destination == destination
    assert decision.track == track
    assert rule_ids <= set(decision.rule_ids), decision.rule_ids
    assert decision.destination_name == RULES.destinations[destination].name
    for reason in decision.reasons:
        assert reason.basis and reason.explanation


def test_table_covers_every_destination_and_rule() -> None:
    assert {c[4] for c in CASES} == set(Destination)
    fired = {rule_id for c in CASES for rule_id in c[6]} | {"M3", "R2"}  # M3 and R2 have their own tests below
    assert fired == {r.id for r in RULES.rules}


def test_not_excluded_small_claim_has_no_p3() -> None:
    decision = decide("finance", "借款1万元", **REFUSED)
    assert "P3" not in decision.rule_ids and decision.track == Track.small_claims


def test_wage_iou_is_eligible_for_small_claims_and_has_no_arbitration_notice() -> None:
    decision = decide("labour", "老板打了工资欠条，欠我8000元", **REFUSED)
    assert decision.track == Track.small_claims
    assert not any("仲裁前置" in n for n in decision.notices)


@pytest.mark.parametrize(("text", "fields"), [
    ("没有仲裁，公司拖欠我工资1万元", REFUSED),
    ("公司拖欠我工资1万元，老板跑了联系不上", {}),
    ("公司拖欠我工资1万元，老板跑了联系不上", REFUSED),
    ("公司拖欠我工资1万元", {"consent_to_mediation": True, "filed": True}),
])
def test_unarbitrated_labour_goes_to_arbitration_even_when_mediation_is_refused(text: str,
                                                                                fields: dict[str, Any]) -> None:
    """调解仲裁法第五条: no court (小额, 简易, 普通) for a labour dispute never arbitrated, refusal or not."""
    decision = decide("labour", text, **fields)
    assert decision.destination == Destination.labour_arbitration and decision.track is None
    assert decision.rule_ids[0] == "L1" and not {"G1", "G5", "P1", "P4", "P6"} & set(decision.rule_ids)
    assert decision.due_dates == () and decision.to_dict()["trial_period"] is None
    assert any("劳动人事争议仲裁委员会申请仲裁" in n for n in decision.notices)
    assert "劳动争议调解仲裁法第五条" in decision.reasons[0].basis


def test_unarbitrated_labour_with_a_doubtful_label_is_reviewed() -> None:
    decision = decide("labour", "公司拖欠我工资1万元", confidence=0.3, **REFUSED)
    assert decision.destination == Destination.clerk_review
    assert decision.provisional_destination == Destination.labour_arbitration and "R1" in decision.rule_ids


@pytest.mark.parametrize("text", [
    "老板打了工资欠条8000元，我还要求支付经济补偿金2万元",
    "公司出具了工资欠条，欠我工资8000元，另外要求支付加班费3000元",
    "包工头给我打了工资欠条，欠8000元，还要求确认劳动关系",
])
def test_wage_iou_with_other_claims_still_needs_arbitration(text: str) -> None:
    """解释（一）第十五条: the IOU opens the court only for a claim that 不涉及劳动关系其他争议."""
    decision = decide("labour", text, **REFUSED)
    assert decision.destination == Destination.labour_arbitration and "L2" not in decision.rule_ids


@pytest.mark.parametrize("text", [
    "仲裁委员会以超过仲裁时效为由不予受理，公司拖欠我工资1万元",
    "劳动仲裁不予受理，公司拖欠工资1万元",
    "仲裁委逾期未作出受理决定，公司拖欠工资1万元",
    "劳动仲裁委说不受理，公司拖欠工资1万元",
    "劳动仲裁委受理后超过45天没有作出裁决，公司拖欠工资1万元",
])
def test_arbitration_commission_refusal_opens_the_court(text: str) -> None:
    """调解仲裁法第二十九条 (不予受理 or no decision in time) and 第四十三条 (no award in time): the worker may sue."""
    decision = decide("labour", text)
    assert "L1R" in decision.rule_ids and decision.destination == Destination.labour_mediation
    assert "第二十九条、第四十三条" in next(r.basis for r in decision.reasons if r.rule_id == "L1R")


@pytest.mark.parametrize("text", [
    "没有仲裁，法院不予受理，公司拖欠工资1万元",
    "仲裁委没有作出不予受理决定，公司拖欠工资1万元",
])
def test_a_court_refusal_or_a_denied_one_is_no_arbitration_refusal(text: str) -> None:
    decision = decide("labour", text)
    assert "L1R" not in decision.rule_ids and decision.destination == Destination.labour_arbitration


@pytest.mark.parametrize("text", [
    "包工头给我打了工资欠条，欠8000元，不要求经济补偿金",
    "老板打了工资欠条8000元，并不主张加班费",
])
def test_wage_iou_with_other_claims_waived_opens_the_court(text: str) -> None:
    """A waived claim is no other dispute (解释（一）第十五条): the IOU alone, L2."""
    decision = decide("labour", text)
    assert "L2" in decision.rule_ids and decision.destination == Destination.labour_mediation


def test_wage_iou_with_a_social_insurance_grievance_needs_arbitration() -> None:
    decision = decide("labour", "老板没给我交社保，打了工资欠条8000元")
    assert "L2" not in decision.rule_ids and decision.destination == Destination.labour_arbitration


@pytest.mark.parametrize("text", [
    "法院已受理公司的破产申请，拖欠我工资2万元",
    "管理人没有把我的工资列入职工债权清单，公司拖欠我工资2万元",
])
def test_bankruptcy_proceedings_in_a_labour_text_are_for_a_clerk_not_ordinary_trial(text: str) -> None:
    decision = decide("labour", text, **REFUSED)
    assert decision.destination == Destination.clerk_review and decision.needs_review
    assert decision.provisional_destination is None and decision.rule_ids == ("G2L",)
    assert "管理人" in decision.reasons[0].explanation and "第四十八条第二款" in decision.reasons[0].basis
    # A special procedure outside labour is still filed without mediation (G2).
    assert decide("finance", "申请法院向债务人发出支付令").destination == Destination.ordinary_trial


def test_an_employer_that_went_bankrupt_is_still_a_labour_dispute() -> None:
    """公司已经破产了 is no bankruptcy case: arbitration first (L1), not a clerk (G2L) or a special procedure (G2)."""
    decision = decide("labour", "公司已经破产了，拖欠我工资2万元", **REFUSED)
    assert decision.destination == Destination.labour_arbitration and decision.rule_ids[0] == "L1"
    assert not {"G2", "G2L"} & set(decision.rule_ids)


@pytest.mark.parametrize(("label", "text", "destination"), [
    ("sme", "对方公司快破产了，欠我货款3万元", Destination.sme_mediation),
    ("sme", "客户公司倒闭了，拖欠货款5万元", Destination.sme_mediation),
    ("sme", "债务人公司已进入破产程序，我们要向管理人申报债权", Destination.ordinary_trial),
    ("sme", "请求确认对管理人享有取回权", Destination.ordinary_trial),
])
def test_a_debtor_that_went_bankrupt_is_no_special_procedure(label: str, text: str,
                                                             destination: Destination) -> None:
    """G2 is for a bankruptcy case or a suit derived from one, not for a creditor who mentions the debtor's 破产."""
    decision = decide(label, text)
    assert decision.destination == destination and ("G2" in decision.rule_ids) is (destination == D.ordinary_trial)


def test_entrusted_mediation_asks_for_consent_when_none_was_stated() -> None:
    stated = decide("finance", "借款2万元", filed=True, consent_to_mediation=True)
    unstated = decide("finance", "借款2万元", filed=True)
    assert "M2" in stated.rule_ids and not any("须经当事人同意" in n for n in stated.notices)
    assert "M2U" in unstated.rule_ids and any("须经当事人同意" in n for n in unstated.notices)
    assert _due(stated) == _due(unstated)


def test_low_confidence_keeps_the_provisional_route() -> None:
    decision = decide("finance", "借款2万元", confidence=0.3)
    assert decision.needs_review
    assert decision.provisional_destination == Destination.finance_mediation
    data = decision.to_dict()
    assert data["destination"] == "clerk_review" and data["provisional_destination"] == "finance_mediation"
    # The provisional route's deadline is still computed, after the clerk's own (the one that runs while held).
    assert [d.kind for d in decision.due_dates] == ["review_deadline", "mediation_deadline"]


def test_a_case_held_for_review_must_be_sent_on_within_seven_days() -> None:
    """民诉法 第一百二十六条's seven days, counted from the day after the case date, moved off a rest day."""
    decision = decide("finance", "借款2万元", confidence=0.3)
    review = decision.due_dates[0]
    assert review.kind == "review_deadline" and review.days == 7 and review.counted_from == TODAY
    assert review.date == dt.date(2026, 3, 9) and "第一百二十六条" in review.basis
    # Received on 2026-04-26: the seventh day, 05-03, falls in the 劳动节 span (05-01 to 05-05) and moves to 05-06.
    held = decide("finance", "借款2万元", confidence=0.3, case_date=dt.date(2026, 4, 26)).due_dates[0]
    assert (held.date, held.postponed_from) == (dt.date(2026, 5, 6), dt.date(2026, 5, 3))
    assert not [d for d in decide("finance", "借款2万元").due_dates if d.kind == "review_deadline"]


def test_the_review_limit_is_the_rules_figure() -> None:
    shorter = replace(RULES, deadlines={**RULES.deadlines, "review_days": 3})
    assert decide("finance", "借款2万元", rules=shorter, confidence=0.3).due_dates[0].date == dt.date(2026, 3, 5)


def test_confidence_at_threshold_is_not_reviewed() -> None:
    threshold = float(RULES.settings["review_threshold"])
    spread = {"finance": threshold, "sme": (1 - threshold) / 2, "other": (1 - threshold) / 2}
    assert not decide("finance", "借款2万元", confidence=threshold, probabilities=spread).needs_review


def test_judicial_confirmation_is_not_held_for_a_doubtful_label() -> None:
    decision = decide("other", "双方达成调解协议，申请司法确认", confidence=0.2)
    assert decision.destination == Destination.judicial_confirmation and not decision.needs_review


def test_close_top_two_is_conflicting() -> None:
    # R2 only matters when the review threshold is set low enough that a confident-looking top label can have a
    # close runner-up (the shipped 0.8 leaves at most 0.2 for the second label); isolate it from R1.
    close = {"finance": 0.5, "sme": 0.45, "other": 0.05}
    decision = decide("finance", "借款2万元", rules=RULES.with_overrides(review_threshold=0.4), confidence=0.5,
                      probabilities=close)
    assert "R1" not in decision.rule_ids
    assert decision.destination == Destination.clerk_review and "R2" in decision.rule_ids


def test_review_threshold_override() -> None:
    stricter = RULES.with_overrides(review_threshold=0.95)
    assert decide("finance", "借款2万元", rules=stricter).destination == Destination.clerk_review


def _parties(*domiciles: bool | None) -> list[Party]:
    return [Party(name=f"公司{i}", kind="company", role="plaintiff" if i == 0 else "defendant", domicile_in_gansu=d)
            for i, d in enumerate(domiciles)]


@pytest.mark.parametrize(("amount", "domiciles", "rule"), [
    (150_000_000, (False, True), "G3"),           # one outside Gansu, one inside: 1亿
    (150_000_000, (False, True, None), "G3"),     # known to be mixed, whatever the third party
    (150_000_000, (False, False), None),          # all outside: 5亿 (法发〔2021〕27号)
    (150_000_000, (True, True), None),            # all inside: 5亿
    (150_000_000, (False, None), "G3U"),          # the other might live inside: a doubt goes up, and says so
    (150_000_000, (True, None), "G3U"),           # the other might live outside
    (150_000_000, (None, None), "G3U"),           # nothing known
    (150_000_000, None, "G3U"),                   # no parties sent
    (150_000_000, (), "G3U"),
    (99_999_999, (False, True), None),
    (99_999_999, None, None),
    (500_000_000, (False, False), "G3"),
    (500_000_000, (True, True), "G3"),
    (500_000_000, (None, None), "G3"),
])
def test_intermediate_court_thresholds(amount: int, domiciles: tuple[bool | None, ...] | None,
                                       rule: str | None) -> None:
    parties = {} if domiciles is None else {"parties": _parties(*domiciles)}
    decision = decide("sme", "货款", amount=Decimal(amount), **parties)
    assert {"G3", "G3U"} & set(decision.rule_ids) == ({rule} if rule else set())
    assert decision.court == ("intermediate" if rule else "district")


def test_an_unknown_domicile_that_sends_a_case_up_says_so() -> None:
    decision = decide("sme", "货款", amount=Decimal(150_000_000), parties=_parties(False, None))
    reason = next(r for r in decision.reasons if r.rule_id == "G3U")
    assert "未全部查明" in reason.explanation and "第三十九条" in reason.basis
    assert any("补录后重新分流" in n for n in decision.notices)
    assert (decision.destination, decision.track) == (Destination.ordinary_trial, Track.collegial)


NEAR_CAP = "小额诉讼标的额上限"


@pytest.mark.parametrize(("text", "fields", "noticed"), [
    ("朋友借了我四万多一直不还", REFUSED, True),           # 40,000 or more: within 10% below 42,250
    ("朋友借了我4万余元一直不还", REFUSED, True),
    ("欠我38100多元", REFUSED, True),
    ("欠我3万8千多元", REFUSED, False),                  # 38,000: more than 10% below the cap
    ("朋友借了我三万多一直不还", REFUSED, False),
    ("朋友借了我40000元一直不还", REFUSED, False),         # exact
    ("朋友借了我四万多一直不还", {"amount": Decimal(40_000), **REFUSED}, False),  # the clerk's amount is exact
    ("朋友借了我四万多一直不还", {}, True),                 # mediation: the provisional track is 小额
    ("朋友借了我四万多一直不还", {"filed": True}, True),
])
def test_approximate_amount_near_the_cap_keeps_small_claims_with_a_notice(text: str, fields: dict[str, Any],
                                                                          noticed: bool) -> None:
    decision = decide("finance", text, **fields)
    assert decision.to_dict()["trial_period"]["track"] == "small_claims"
    assert any(NEAR_CAP in n for n in decision.notices) is noticed
    assert ("P1N" in decision.rule_ids) is (noticed and decision.track == Track.small_claims)


def test_no_near_cap_notice_outside_small_claims() -> None:
    assert not any(NEAR_CAP in n for n in decide("finance", "借款四万多，被告下落不明").notices)  # P5: no 小额
    assert not any(NEAR_CAP in n for n in decide("labour", "公司拖欠我工资四万多").notices)  # L1: arbitration


# ------------------------------------------------------------------------------------------- deadlines


def _due(decision: Decision) -> dict[str, dt.date]:
    return {d.kind: d.date for d in decision.due_dates}


def test_mediation_2025_filed_simple_is_7_days_plus_30() -> None:
    due = _due(decide("finance", "借款2万元", filed=True))
    assert due["mediation_deadline"] == TODAY + dt.timedelta(days=7)
    assert due["mediation_extended_deadline"] == TODAY + dt.timedelta(days=37)


def test_mediation_2025_filed_ordinary_is_15_days() -> None:
    decision = decide("sme", "香港公司拖欠货款，需对设备价值评估，货款80万元", filed=True)
    assert _due(decision)["mediation_deadline"] == TODAY + dt.timedelta(days=15)


def test_mediation_not_filed_is_people_mediation_month() -> None:
    decision = decide("other", "邻居漏水泡了我家天花板")
    assert "M1" in decision.rule_ids
    assert _due(decision)["mediation_deadline"] == TODAY + dt.timedelta(days=30)


def test_legacy_policy_is_30_days() -> None:
    decision = decide("finance", "借款2万元", filed=True, rules=RULES.with_overrides(mediation_policy="legacy"))
    assert "M3" in decision.rule_ids
    assert _due(decision) == {"mediation_deadline": TODAY + dt.timedelta(days=30)}


@pytest.mark.parametrize(("amount", "months", "expected"), [
    (10_000, 2, dt.date(2026, 5, 6)),  # 2026-05-02 falls in the 劳动节 holidays (May 1-5)
    (100_000, 3, dt.date(2026, 6, 2)),
])
def test_trial_deadlines(amount: int, months: int, expected: dt.date) -> None:
    decision = decide("finance", "借款", amount=Decimal(amount), **REFUSED)
    assert add_months(TODAY, months) <= _due(decision)["trial_deadline"] == expected


def test_ordinary_trial_deadline_is_six_months() -> None:
    assert _due(decide("finance", "借款1万元，被告下落不明"))["trial_deadline"] == dt.date(2026, 9, 2)


def test_judicial_confirmation_application_deadline() -> None:
    decision = decide("other", "已达成调解协议", case_date=dt.date(2026, 1, 10))
    assert _due(decision) == {"confirmation_application_deadline": dt.date(2026, 2, 9)}


def test_case_date_overrides_today() -> None:
    decision = decide("other", "邻居吵架", case_date=dt.date(2025, 12, 1))
    assert _due(decision)["mediation_deadline"] == dt.date(2025, 12, 31)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)), (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2026, 11, 15), 3, dt.date(2027, 2, 15)), (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
])
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_trial_period_for_filing() -> None:
    """The track (and limit) the case takes when it is filed: for mediation routes the provisional court track."""
    mediation = decide("finance", "借款2万元").to_dict()
    assert mediation["track"] == "mediation"
    assert mediation["trial_period"] == {"track": "small_claims", "track_name": "小额诉讼程序", "months": 2,
                                         "basis": TRIAL_BASIS["trial_small_claims_months"],
                                         "postpone_on_rest_day": True}
    court = decide("finance", "借款1万元，被告下落不明").to_dict()
    assert court["trial_period"]["track"] == court["track"] == "ordinary" and court["trial_period"]["months"] == 6
    assert decide("other", "双方达成调解协议，申请司法确认", amount=Decimal(100_000)).to_dict()["trial_period"][
        "track"] == "simple"
    assert decide("finance", "申请法院向债务人发出支付令").to_dict()["trial_period"] is None  # G2


def test_a_missing_party_or_a_special_procedure_excludes_mediation() -> None:
    """G5: with a party whose whereabouts are unknown no one can agree to mediate; G2: special procedures and the
    like take no mediation.  The decision says so.  A refusal (G1) sends the case to trial too, but the trial team may
    still mediate if the parties later agree."""
    missing = decide("finance", "借款1万元，被告下落不明")
    assert "G5" in missing.rule_ids and missing.mediation_excluded and missing.to_dict()["mediation_excluded"] is True
    special = decide("other", "申请人张某申请宣告张某某失踪。张某某于2022年离家出走，至今下落不明。")
    assert special.rule_ids[0] == "G2" and special.mediation_excluded
    assert decide("finance", "申请法院向债务人发出支付令").mediation_excluded
    refused = decide("finance", "借款1万元", consent_to_mediation=False)
    assert "G1" in refused.rule_ids and refused.destination in (D.fast_track, D.ordinary_trial)
    assert not refused.mediation_excluded
    assert decide("finance", "借款2万元").to_dict()["mediation_excluded"] is False


# ------------------------------------------------------------------------------------------- dated caps


def test_cap_in_force_on_the_case_date() -> None:
    later = RULES.caps[0].__class__(effective_from=dt.date(2026, 1, 1), mandatory_cap=Decimal(50_000),
                                    consent_cap=Decimal(200_000))
    rules = RuleSet(**{**RULES.__dict__, "caps": (*RULES.caps, later)})
    before = decide("finance", "借款", rules=rules, amount=Decimal(45_000), case_date=dt.date(2025, 12, 31), **REFUSED)
    after = decide("finance", "借款", rules=rules, amount=Decimal(45_000), case_date=dt.date(2026, 1, 1), **REFUSED)
    assert before.track == Track.simple
    assert after.track == Track.small_claims


# ------------------------------------------------------------------------------------------- complexity


def test_complexity_factors_are_reported() -> None:
    decision = decide("sme", "香港公司拖欠货款，需对设备价值评估，货款80万元", **REFUSED)
    factors = {f.id: f.contribution for f in decision.complexity.factors}
    assert factors == {"amount_100k": 10, "amount_500k": 15, "appraisal": 25, "foreign": 30, "category_sme": 10}
    assert decision.complexity.score == 90 and decision.complexity.is_complex


def test_complexity_threshold_override() -> None:
    rules = RULES.with_overrides(complexity_threshold=100)
    decision = decide("sme", "香港公司拖欠货款，需对设备价值评估，货款80万元", rules=rules, **REFUSED)
    assert not decision.complexity.is_complex and decision.track == Track.simple


def test_decision_to_dict_shape() -> None:
    data = decide("finance", "借款3万元，被告拒绝调解").to_dict()
    assert set(data) >= {"destination", "destination_name", "track", "track_name", "reasons", "notices", "complexity",
                         "due_dates", "needs_review", "rules_version"}
    assert data["track_name"] == "小额诉讼程序"
    assert data["due_dates"][0]["date"] == "2026-05-06"
    assert data["due_dates"][0]["postponed_from"] == "2026-05-02"
    assert data["rules_version"].startswith("2026.6+")


def test_foreign_related_case_has_no_trial_limit() -> None:
    """涉外: the trial is not bound by the 普通程序/简易程序 limits (P3F), so no 审限 deadline and no months to count
    on filing; a domestic case of the same kind keeps its limit."""
    foreign = decide("finance", "被告系美国公民，借款1万元", **REFUSED)
    domestic = decide("finance", "被告系兰州市民，借款1万元", **REFUSED)
    assert foreign.track == Track.simple and "P3F" in foreign.rule_ids
    assert not [d for d in foreign.due_dates if d.kind == "trial_deadline"]
    assert foreign.to_dict()["trial_period"]["months"] is None
    assert [d.kind for d in domestic.due_dates] == ["trial_deadline"]
    assert domestic.to_dict()["trial_period"]["months"] == 2


@pytest.mark.parametrize(("amount", "court"), [(Decimal(19_999_999), "district"), (Decimal(20_000_000), "intermediate"),
                                               (Decimal(600_000_000), "intermediate")])
def test_foreign_related_jurisdiction_follows_its_own_threshold(amount: Decimal, court: str) -> None:
    """法释〔2022〕18号第二条: a Gansu 中院 hears foreign-related cases from 2000万; the 27号 thresholds (G3) do not
    apply to them, so 6亿 goes up through G3F, not G3."""
    decision = decide("sme", "被告系外籍商人，拖欠货款", amount=amount, **REFUSED)
    assert decision.court == court
    assert "G3" not in decision.rule_ids
    assert ("G3F" in decision.rule_ids) is (court == "intermediate")


def test_confirmation_of_a_personal_status_agreement_goes_to_a_clerk() -> None:
    """J4 (民诉法解释第三百五十七条, 2015 numbering): no 司法确认 of a divorce or an ownership agreement."""
    for text in ("我和丈夫在社区人民调解委员会达成调解协议，约定解除婚姻关系，想申请法院司法确认",
                 "双方在人民调解委员会达成调解协议，确认老宅的所有权归我，申请司法确认"):
        decision = decide("other", text)
        assert decision.destination == Destination.clerk_review and decision.rule_ids[0] == "J4"
        assert [d.kind for d in decision.due_dates] == ["review_deadline"]  # the clerk's own, nothing provisional
        assert any("仍可申请司法确认" in n for n in decision.notices)


def test_colloquial_refusal_sends_a_wage_iou_claim_to_court() -> None:
    decision = decide("labour", "公司欠我工资两万三，给我写了欠条，我不想调解，直接起诉", filed=True)
    assert decision.destination == Destination.fast_track and decision.track == Track.small_claims
    assert {"L2", "G1", "P1"} <= set(decision.rule_ids) and "M2U" not in decision.rule_ids


def test_unquantified_interest_near_the_cap_asks_for_the_exact_amount() -> None:
    near = decide("finance", "请求判令被告偿还借款本金42000元及自2025年1月1日起的利息", **REFUSED)
    far = decide("finance", "请求判令被告偿还借款本金20000元及利息", **REFUSED)
    assert "P1O" in near.rule_ids and any("利息、违约金" in n for n in near.notices)
    assert "P1O" not in far.rule_ids and far.track == Track.small_claims


def test_a_claim_to_end_the_lease_and_vacate_is_not_small_claims() -> None:
    """第一百六十五条: 小额 is for simple money claims; a contract ended in the narrative is no such claim."""
    claim = decide("housing", "被告拖欠租金5000元，请求判令解除租赁合同、被告腾退房屋并支付租金5000元", **REFUSED)
    narrative = decide("housing", "双方已解除租赁合同，被告拖欠租金5000元，请求判令被告支付租金5000元", **REFUSED)
    assert claim.track == Track.simple and "P3M" in claim.rule_ids
    assert narrative.track == Track.small_claims and "P3M" not in narrative.rule_ids


@pytest.mark.parametrize("text", ["abc", "123456", "？？", "钱"])
def test_text_without_chinese_content_goes_to_a_clerk(text: str) -> None:
    decision = decide("other", text, confidence=0.97)
    assert decision.destination == Destination.clerk_review and "R0" in decision.rule_ids


def test_setting_aside_an_award_goes_to_the_intermediate_court_through_a_clerk() -> None:
    """调解仲裁法第四十九条 / 仲裁法第五十八条: the 中院 reviews it; not a suit, not mediation, not L3."""
    decision = decide("labour", "公司不服劳动仲裁终局裁决，裁决公司支付工资8000元，公司想申请撤销仲裁裁决")
    assert decision.destination == Destination.clerk_review and decision.court == "intermediate"
    assert decision.rule_ids == ("G6",) and [d.kind for d in decision.due_dates] == ["review_deadline"]
    assert any("十五日内" in n for n in decision.notices)


def test_a_declaration_of_absence_is_a_special_procedure_with_its_own_limit() -> None:
    decision = decide("other", "申请人张某申请宣告张某某失踪。张某某于2022年离家出走，至今下落不明。")
    assert decision.rule_ids[0] == "G2" and decision.destination == Destination.ordinary_trial
    assert not [d for d in decision.due_dates if d.kind == "trial_deadline"]
    assert any("三十日内" in n and "特别程序" in n for n in decision.notices)


def test_an_unfiled_wage_iou_claim_is_filed_then_entrusted_to_the_studio() -> None:
    """The studio is the court's (2025 意见: mediation after filing), so its limit is the entrusted one (7 days on
    the simple tracks), not the people's mediation month, and no reason says the case stays outside court."""
    decision = decide("labour", "包工头给我打了工资欠条，欠8000元")
    assert decision.destination == Destination.labour_mediation
    assert "M2L" in decision.rule_ids and "M1" not in decision.rule_ids
    assert [(d.kind, (d.date - TODAY).days) for d in decision.due_dates][0] == ("mediation_deadline", 7)
    assert any("先为当事人登记立案" in n for n in decision.notices)



def test_an_agreement_of_intermediate_size_with_domiciles_unknown_goes_up_like_g3u() -> None:
    decision = decide("sme", "双方达成调解协议，约定被告支付货款，申请司法确认", amount=Decimal(200_000_000))
    assert decision.destination == Destination.judicial_confirmation and decision.court == "intermediate"
    assert "J2U" in decision.rule_ids and any("住所地未全部查明" in n for n in decision.notices)


def test_a_foreign_related_case_on_a_mediation_route_says_why_it_has_no_trial_limit() -> None:
    decision = decide("finance", "被告系美国公民，借款1万元")
    assert decision.track == Track.mediation and decision.to_dict()["trial_period"]["months"] is None
    assert any("审理期间不受" in n for n in decision.notices)
