"""``route()``: a classified dispute plus its elements in, a routing decision a court could sign out.

Pure: no I/O, no Flask, no database, no clock (``today`` is an argument).  The rules, thresholds, caps and time
limits all come from the ``RuleSet`` (service/rules.toml); this module only runs the stages in order:

1. guard      G2 special procedures, J1 judicial confirmation, L1 labour arbitration first (decide); G1/G5/G3/G3U send
              the case to court (tags)
2. track      繁简分流 in court: P7 collegial, P5/C1/P3 exclusions, P6 ordinary, P1/P2 small claims (P1N: a notice),
              P4 simple
3. category   when the case goes to mediation: which centre (L3, F1, H1, S1, O1)
4. mediation  which mediation time limit (M1–M3)
5. review     low confidence or conflicting signals → clerk review, keeping the provisional route
              (skipped when a guard rule that does not test the dispute type decided: G2 and J1)
6. advisory   notices that never change the route (P8, K1, ...)

Deadlines are periods counted from the decision day (the case date when one is sent) as 民事诉讼法第八十五条 counts
them (``service/periods.py``); the kinds listed in ``postpone_on_rest_day`` move off weekends and holidays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Protocol

from service.elements import Elements
from service.periods import DueDate, HolidayCalendar, add_months
from service.rules import SETTING_SYMBOLS, TRACK_NAMES, Destination, Facts, Rule, RuleSet, Stage, Track, holds

__all__ = ["Decision", "DueDate", "add_months", "route"]

# The tag a track rule sets (P3F, 涉外) for a case whose trial has no time limit.
NO_TRIAL_LIMIT = "no_trial_limit"
# The tag a guard sets where no one may mediate the case, not even the trial team (G2, procedures that take no
# mediation; G5, a party whose whereabouts are unknown): it is filed without a mediation attempt.
NO_MEDIATION = "no_mediation"
SIMPLE_TRACKS = (Track.small_claims, Track.small_claims_by_consent, Track.simple)
TRIAL_MONTHS_KEY = {
    Track.small_claims: "trial_small_claims_months",
    Track.small_claims_by_consent: "trial_small_claims_months",
    Track.simple: "trial_simple_months",
    Track.ordinary: "trial_ordinary_months",
    Track.collegial: "trial_ordinary_months",
}
TRIAL_BASIS = {
    "trial_small_claims_months": "民事诉讼法第一百六十八条（小额诉讼审限两个月，可延长一个月）",
    "trial_simple_months": "民事诉讼法第一百六十四条（简易程序审限三个月，可延长一个月）",
    "trial_ordinary_months": "民事诉讼法第一百五十二条（普通程序审限六个月，可延长六个月）",
}


class Scored(Protocol):
    """What routing needs from a classifier prediction (``service.classifier.Prediction`` fits).

    Read-only properties, so that frozen dataclasses such as ``Prediction`` match.
    """

    @property
    def label(self) -> str: ...

    @property
    def confidence(self) -> float: ...

    @property
    def probabilities(self) -> dict[str, float]: ...


@dataclass(frozen=True)
class Reason:
    rule_id: str
    basis: str
    explanation: str


@dataclass(frozen=True)
class FactorScore:
    id: str
    name: str
    contribution: float


@dataclass(frozen=True)
class Complexity:
    score: float
    threshold: float
    is_complex: bool
    factors: tuple[FactorScore, ...]


@dataclass(frozen=True)
class Decision:
    destination: Destination
    destination_name: str
    track: Track | None
    reasons: tuple[Reason, ...]
    notices: tuple[str, ...]
    complexity: Complexity
    due_dates: tuple[DueDate, ...]
    needs_review: bool
    rules_version: str
    provisional_destination: Destination | None = None
    provisional_destination_name: str | None = None
    court: str = "district"
    # The track the case takes once it is filed (立案) for trial: a court route's own track, or for mediation and
    # 司法确认 the track it would take when mediation fails; with the limit in months that then runs from filing.
    trial_track: Track | None = None
    trial_months: int | None = None
    trial_basis: str | None = None
    trial_postpone: bool = False
    mediation_excluded: bool = False

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.rule_id for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "destination": self.destination.value,
            "destination_name": self.destination_name,
            "track": self.track.value if self.track else None,
            "track_name": TRACK_NAMES[self.track] if self.track else None,
            "provisional_destination": self.provisional_destination.value if self.provisional_destination else None,
            "provisional_destination_name": self.provisional_destination_name,
            "court": self.court,
            "reasons": [{"rule_id": r.rule_id, "basis": r.basis, "explanation": r.explanation} for r in self.reasons],
            "notices": list(self.notices),
            "complexity": {
                "score": self.complexity.score, "threshold": self.complexity.threshold,
                "is_complex": self.complexity.is_complex,
                "factors": [{"id": f.id, "name": f.name, "contribution": f.contribution}
                            for f in self.complexity.factors],
            },
            "due_dates": [d.to_dict() for d in self.due_dates],
            "trial_period": None if self.trial_track is None else {
                "track": self.trial_track.value, "track_name": TRACK_NAMES[self.trial_track],
                "months": self.trial_months, "basis": self.trial_basis, "postpone_on_rest_day": self.trial_postpone,
            },
            "needs_review": self.needs_review,
            "mediation_excluded": self.mediation_excluded,
            "rules_version": self.rules_version,
        }


@dataclass(frozen=True)
class _StageResult:
    decisive: Rule | None
    fired: tuple[Rule, ...]
    facts: Facts


def _run_stage(rules: RuleSet, stage: Stage, facts: Facts, *, first_only: bool = True) -> _StageResult:
    """Fire matching rules top to bottom, collecting tags, until one with a destination or deadline decides."""
    fired: list[Rule] = []
    for rule in rules.stage(stage):
        if not holds(rule.when, facts):
            continue
        fired.append(rule)
        facts = replace(facts, tags=facts.tags | set(rule.sets))
        if first_only and (rule.destination is not None or rule.deadline is not None):
            return _StageResult(rule, tuple(fired), facts)
    return _StageResult(None, tuple(fired), facts)


def _facts(prediction: Scored, elements: Elements, rules: RuleSet, day: dt.date) -> Facts:
    cap = rules.cap_on(day)
    ranked = sorted(prediction.probabilities.values(), reverse=True)
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else 1.0
    settings = rules.settings
    near = Decimal(1) - Decimal(str(settings["approximate_amount_margin"]))
    symbols = {
        "small_claims_cap": cap.mandatory_cap, "consent_cap": cap.consent_cap,
        "small_claims_cap_near": (cap.mandatory_cap * near).quantize(Decimal("0.01")),
        **{key: Decimal(str(settings[key])) for key in SETTING_SYMBOLS},
    }
    return Facts(label=prediction.label, confidence=prediction.confidence, margin=margin, elements=elements,
                 score=0.0, tags=frozenset(), policy=str(settings["mediation_policy"]), symbols=symbols)


def assess_complexity(facts: Facts, rules: RuleSet) -> Complexity:
    """The 繁简 score: the sum of the weights of the factors that hold, each reported with its contribution."""
    factors = tuple(FactorScore(f.id, f.name, f.weight) for f in rules.factors if holds(f.when, facts))
    score = float(sum(f.contribution for f in factors))
    threshold = float(rules.settings["complexity_threshold"])
    return Complexity(score=score, threshold=threshold, is_complex=score >= threshold, factors=factors)


def route(prediction: Scored, elements: Elements, rules: RuleSet, today: dt.date) -> Decision:
    """Route one case.  ``today`` is used unless the case carries its own ``case_date``.  Rules see the dispute text
    only through its ``elements``."""
    day = elements.case_date or today
    facts = _facts(prediction, elements, rules, day)
    complexity = assess_complexity(facts, rules)
    facts = replace(facts, score=complexity.score)

    guard = _run_stage(rules, Stage.guard, facts)
    track = _run_stage(rules, Stage.track, guard.facts)
    fired: list[Rule] = list(guard.fired)
    mediation_rule = None
    chosen: Rule | None
    if guard.decisive is not None:
        chosen = guard.decisive
    elif "litigation" in guard.facts.tags:
        chosen = track.decisive
        fired += track.fired
    else:
        category = _run_stage(rules, Stage.category, guard.facts)
        mediation = _run_stage(rules, Stage.mediation, category.facts)
        chosen, mediation_rule = category.decisive, mediation.decisive
        fired += [*category.fired, *mediation.fired]
    assert chosen is not None and chosen.destination is not None  # catch-alls are checked when loading
    # A guard rule that does not look at the dispute type (G2, J1) decides whatever the label: a doubtful label is no
    # reason to hold the case for review.  One that does (L1: labour, arbitration first) is reviewed like the rest.
    label_free = guard.decisive is not None and not {"label", "label_not"} & set(guard.decisive.when)
    review = _StageResult(None, (), facts) if label_free else _run_stage(rules, Stage.review, track.facts)
    advisory = _run_stage(rules, Stage.advisory, track.facts, first_only=False)
    fired += [*review.fired, *advisory.fired]

    trial_track = track.decisive.track if track.decisive else None
    on_filing = _track_on_filing(chosen, trial_track)
    # P3F: a foreign-related case has no trial limit, so neither a trial deadline nor months to count on filing.
    unlimited = NO_TRIAL_LIMIT in track.facts.tags
    months_key = TRIAL_MONTHS_KEY.get(on_filing) if on_filing and not unlimited else None
    # A route that comes to trial only when mediation or confirmation fails shows its provisional track's notices (P1N).
    provisional = track.fired if on_filing is not None and chosen is not track.decisive else ()
    notices = _notices(fired, chosen, trial_track, rules, provisional)
    due = _due_dates(chosen, mediation_rule, trial_track, rules, day, trial_limit=not unlimited,
                     agreed_on=elements.agreement_date)
    late = next((d for d in due if d.kind == "confirmation_application_deadline" and d.date < day), None)
    if late is not None:
        notices += (f"按案情所述的调解协议日期，申请司法确认的{rules.deadlines['judicial_confirmation_apply_days']}日"
                    f"期限已于{late.date.isoformat()}届满：请审查申请是否逾期。",)
    if day > today:  # accepted up to a year ahead, for a planned filing; more often a mistyped year
        notices += (f"案件日期（{day.isoformat()}）晚于今天（{today.isoformat()}），各项期限均自该日期起算，"
                    "请核对日期是否填写有误。",)
    first_cap = rules.caps[0]
    if day < first_cap.effective_from:  # cap_on falls back to the oldest cap the rules know: say so
        notices += (f"案件日期（{day.isoformat()}）早于本系统所录小额诉讼标准限额的施行日期"
                    f"（{first_cap.effective_from.isoformat()}），小额诉讼标准暂按{first_cap.mandatory_cap:,}元计算，"
                    "请核对案件日期当时适用的标准。",)
    destination = Destination.clerk_review if review.decisive else chosen.destination
    if destination == Destination.clerk_review:
        due = (review_due(rules, day), *due)
    return Decision(
        destination=destination,
        destination_name=rules.destinations[destination].name,
        track=chosen.track,
        reasons=tuple(Reason(r.id, r.basis, r.explanation) for r in fired),
        notices=notices,
        complexity=complexity,
        due_dates=due,
        needs_review=review.decisive is not None or destination == Destination.clerk_review,
        rules_version=rules.version,
        provisional_destination=chosen.destination if review.decisive else None,
        provisional_destination_name=rules.destinations[chosen.destination].name if review.decisive else None,
        court="intermediate" if "intermediate_court" in guard.facts.tags else "district",
        trial_track=on_filing,
        trial_months=rules.deadlines[months_key] if months_key else None,
        trial_basis=TRIAL_BASIS[months_key] if months_key else None,
        trial_postpone="trial" in rules.postponed,
        mediation_excluded=NO_MEDIATION in guard.facts.tags,
    )


def _track_on_filing(chosen: Rule, trial_track: Track | None) -> Track | None:
    """The trial track once the case is filed: a court route's own track; for mediation and 司法确认 the track stage's
    provisional one (mediation failed, confirmation refused).  ``None`` where the route never comes to trial in these
    tracks (G2: special procedures have limits of their own; L1: arbitration first; a clerk decides)."""
    if chosen.track in TRIAL_MONTHS_KEY:
        return chosen.track
    if chosen.track == Track.mediation or chosen.destination == Destination.judicial_confirmation:
        return trial_track if trial_track in TRIAL_MONTHS_KEY else None
    return None


def _notices(fired: Sequence[Rule], chosen: Rule, trial_track: Track | None, rules: RuleSet,
             provisional: Sequence[Rule]) -> tuple[str, ...]:
    notices = [r.notice for r in fired if r.notice]
    info = rules.destinations[chosen.destination] if chosen.destination else None
    if info and info.notice:
        notices.append(info.notice)
    if chosen.track == Track.mediation and trial_track is not None:
        notices.append(f"调解不成且符合起诉条件的，拟适用{TRACK_NAMES[trial_track]}。")
    notices += [r.notice for r in provisional if r.notice]
    return tuple(dict.fromkeys(notices))


def _rest_days(rules: RuleSet, kind: str) -> HolidayCalendar | None:
    """The calendar a deadline of ``kind`` moves off rest days by, or ``None`` (``postpone_on_rest_day``)."""
    return rules.calendar if kind in rules.postponed else None


@dataclass(frozen=True)
class Confirmed:
    """A label a person confirmed or corrected: certain, as far as the rules can tell."""

    label: str
    confidence: float = 1.0

    @property
    def probabilities(self) -> dict[str, float]:
        return {self.label: 1.0}


def mediation_due_at(destination: Destination, label: str, elements: Elements, trial_track: Track | None,
                     rules: RuleSet, day: dt.date) -> tuple[DueDate, ...]:
    """The mediation limits of ``destination`` for a case a person sent there: those ``route`` would have set had it
    chosen that centre itself (the mediation stage on the case's facts, with the tags of the category rule that
    chooses the centre: the labour studio is the court's, M2L).  Counted from ``day``."""
    facts = _facts(Confirmed(label), elements, rules, day)
    centre = next((r for r in rules.stage(Stage.category) if r.destination == destination), None)
    if centre is not None:
        facts = replace(facts, tags=facts.tags | frozenset(centre.sets))
    mediation = _run_stage(rules, Stage.mediation, facts).decisive
    return _mediation_due(mediation, trial_track, rules, day) if mediation is not None else ()


# 法释〔2011〕5号: the court decides within 3 days whether to accept an application for 司法确认 (第四条) and within
# 15 days of accepting it whether to confirm the agreement (第五条, 2011 numbering; later revisions 待核).
CONFIRMATION_ACCEPT_DAYS, CONFIRMATION_DECIDE_DAYS = 3, 15
CONFIRMATION_BASIS = ("民事诉讼法第二百零一条（2021年修正本）；"
                      "《最高人民法院关于人民调解协议司法确认程序的若干规定》（法释〔2011〕5号）第四、五条")


def confirmation_application_due(rules: RuleSet, agreed_on: dt.date, *, basis: str = CONFIRMATION_BASIS,
                                 how: str | None = None) -> DueDate:
    """The 30 days to apply for 司法确认, from ``agreed_on``, the day the agreement took effect (mediation succeeded,
    or the day the text gives; ``how`` says which when it was inferred)."""
    days = rules.deadlines["judicial_confirmation_apply_days"]
    return DueDate.counted("confirmation_application_deadline", "申请司法确认截止日",
                           f"自调解协议生效起{days}日" + (f"，{how}" if how else ""), basis, agreed_on, days=days,
                           calendar=_rest_days(rules, "confirmation"))


def confirmation_decision_due(rules: RuleSet, applied_on: dt.date) -> DueDate:
    """When the court must have decided an application for 司法确认: 3 days to accept it, 15 to decide."""
    days = CONFIRMATION_ACCEPT_DAYS + CONFIRMATION_DECIDE_DAYS
    return DueDate.counted("confirmation_decision_deadline", "司法确认决定期限",
                           f"收到申请后{CONFIRMATION_ACCEPT_DAYS}日内决定是否受理，受理后{CONFIRMATION_DECIDE_DAYS}日内"
                           "作出是否确认的决定", CONFIRMATION_BASIS, applied_on, days=days,
                           calendar=_rest_days(rules, "confirmation"))


# A case held for a clerk gets its destination within the seven days a court has to decide on filing a complaint
# (rules.toml [deadlines] review_days).
REVIEW_BASIS = ("民事诉讼法第一百二十六条（2021年修正本）；"
                "《最高人民法院关于人民法院登记立案若干问题的规定》（法释〔2015〕8号）第八条")


def review_due(rules: RuleSet, received_on: dt.date) -> DueDate:
    """When a clerk must have given a case held for review its destination: ``review_days`` from ``received_on``.
    While the case waits, this is its running deadline, not the provisional route's limits."""
    days = rules.deadlines["review_days"]
    return DueDate.counted("review_deadline", "人工审核期限", f"{days}日内确定去向", REVIEW_BASIS, received_on,
                           days=days, calendar=_rest_days(rules, "review"))


def _due_dates(chosen: Rule, mediation: Rule | None, trial_track: Track | None, rules: RuleSet,
               day: dt.date, *, trial_limit: bool = True, agreed_on: dt.date | None = None) -> tuple[DueDate, ...]:
    limits = rules.deadlines
    if chosen.destination == Destination.judicial_confirmation:
        # From the agreement's date when the text gives one (not after the case date), else presumed the routing day.
        start, how = ((agreed_on, f"协议日期{agreed_on.isoformat()}读自案情") if agreed_on and agreed_on <= day
                      else (day, "按受理日推定"))
        return (confirmation_application_due(rules, start, basis=chosen.basis, how=how),)
    if mediation is not None:
        return _mediation_due(mediation, trial_track, rules, day)
    if chosen.track in TRIAL_MONTHS_KEY and trial_limit:
        key = TRIAL_MONTHS_KEY[chosen.track]
        months = limits[key]
        return (DueDate.counted("trial_deadline", "审理期限届满日",
                                f"{TRACK_NAMES[chosen.track]}，{months}个月，自立案次日起算", TRIAL_BASIS[key], day,
                                months=months, calendar=_rest_days(rules, "trial")),)
    return ()


def _mediation_due(rule: Rule, trial_track: Track | None, rules: RuleSet, day: dt.date) -> tuple[DueDate, ...]:
    limits = rules.deadlines
    kind = rule.deadline or "people"
    calendar = _rest_days(rules, kind)
    if kind == "entrusted":
        simple = trial_track in SIMPLE_TRACKS
        days = limits["mediation_2025_simple_days" if simple else "mediation_2025_ordinary_days"]
        extra = limits["mediation_extension_days"]
        label = "简易程序" if simple else "普通程序"
        return (
            DueDate.counted("mediation_deadline", "委托调解期限", f"{label}{days}日，自调解员签收起算", rule.basis, day,
                            days=days, calendar=calendar),
            DueDate.counted("mediation_extended_deadline", f"双方同意延长{extra}日后的调解期限",
                            f"{label}{days}日另加{extra}日，延长期间不计入审限", rule.basis, day, days=days + extra,
                            calendar=calendar),
        )
    if kind == "legacy":
        days = limits["mediation_legacy_days"]
        return (DueDate.counted("mediation_deadline", "诉前委派调解期限", f"{days}日", rule.basis, day, days=days,
                                calendar=calendar),)
    days = limits["people_mediation_days"]
    return (DueDate.counted("mediation_deadline", "调解期限", f"一般在{days}日内调结", rule.basis, day, days=days,
                            calendar=calendar),)
