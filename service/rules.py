"""Routing rules as data: load ``rules.toml``, validate it, and evaluate conditions.

``load_rules(path)`` returns a frozen ``RuleSet`` or raises ``InvalidRules`` naming the rule (or section) at
fault.  ``python -m service.rules check FILE`` validates a file and prints its rules in order.

Pure: no Flask, no database.  The condition language is documented at the top of ``service/rules.toml``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from service.elements import PARTY_KINDS, Elements, Flag
from service.errors import InvalidRules
from service.labels import LABELS
from service.lifecycle import COURT_TIMEZONE
from service.periods import (
    HolidayCalendar,
    default_calendar,
    default_calendar_path,
    load_calendar,
    read_toml,
    uncovered_years,
)


class Destination(StrEnum):
    labour_arbitration = "labour_arbitration"
    labour_mediation = "labour_mediation"
    finance_mediation = "finance_mediation"
    housing_mediation = "housing_mediation"
    sme_mediation = "sme_mediation"
    people_mediation = "people_mediation"
    fast_track = "fast_track"
    ordinary_trial = "ordinary_trial"
    judicial_confirmation = "judicial_confirmation"
    clerk_review = "clerk_review"


class Track(StrEnum):
    small_claims = "small_claims"
    small_claims_by_consent = "small_claims_by_consent"
    simple = "simple"
    ordinary = "ordinary"
    collegial = "collegial"
    mediation = "mediation"


TRACK_NAMES: dict[Track, str] = {
    Track.small_claims: "小额诉讼程序",
    Track.small_claims_by_consent: "小额诉讼程序（当事人约定）",
    Track.simple: "简易程序",
    Track.ordinary: "普通程序（独任审理）",
    Track.collegial: "普通程序（合议庭）",
    Track.mediation: "调解",
}

# The court's team that tries a case filed (立案) on each trial track: 速裁 takes small claims and 简易程序 (简案快审),
# 精审 takes 普通程序 (独任 or 合议庭).
TRIAL_TEAMS: dict[Track, Destination] = {
    Track.small_claims: Destination.fast_track,
    Track.small_claims_by_consent: Destination.fast_track,
    Track.simple: Destination.fast_track,
    Track.ordinary: Destination.ordinary_trial,
    Track.collegial: Destination.ordinary_trial,
}


class Stage(StrEnum):
    guard = "guard"
    category = "category"
    track = "track"
    mediation = "mediation"
    review = "review"
    advisory = "advisory"


STAGES_WITH_CATCH_ALL = (Stage.category, Stage.track, Stage.mediation)
MEDIATION_POLICIES = ("2025", "legacy")
DEADLINE_KINDS = ("entrusted", "legacy", "people")
# Every period the engine counts: the mediation limits above, the 司法确认 application period, the trial limits, the
# clerk's review.
PERIOD_KINDS = (*DEADLINE_KINDS, "confirmation", "trial", "review")
PACKAGE_RULES = "rules.toml"

# Symbolic numbers a condition may use instead of a literal; resolved against the rule set's settings.
# Those read straight from [settings] (routing resolves them there); the small-claims ones come from the dated caps.
SETTING_SYMBOLS = ("intermediate_court_cap", "intermediate_court_cap_mixed", "foreign_intermediate_court_cap",
                   "review_threshold", "conflict_margin", "complexity_threshold")
_SYMBOLS = ("small_claims_cap", "small_claims_cap_near", "consent_cap", *SETTING_SYMBOLS)
_NUMBER_KEYS = {"amount_le", "amount_gt", "amount_ge", "confidence_lt", "margin_lt", "score_ge"}
_BOOL_KEYS = {"amount_known", "amount_approximate", "amount_open", "consent_to_mediation", "consent_to_small_claims",
              "filed", "always", "domiciles_known"}
_INT_KEYS = {"parties_ge", "parties_outside_gansu_ge", "parties_in_gansu_ge"}
_LIST_KEYS = {"label": LABELS, "label_not": LABELS, "any_flags": tuple(Flag), "all_flags": tuple(Flag),
              "no_flags": tuple(Flag), "party_kinds_any": PARTY_KINDS, "any_tags": None, "no_tags": None}
CONDITION_KEYS = frozenset(_NUMBER_KEYS | _BOOL_KEYS | _INT_KEYS | set(_LIST_KEYS) | {"policy", "any_of"})


@dataclass(frozen=True)
class DestinationInfo:
    id: Destination
    name: str
    kind: str
    details: str = ""
    notice: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    stage: Stage
    when: Mapping[str, Any]
    basis: str
    explanation: str
    destination: Destination | None = None
    track: Track | None = None
    sets: tuple[str, ...] = ()
    notice: str | None = None
    deadline: str | None = None

    def describe(self) -> str:
        target = f"→ {self.destination}" + (f" / {self.track}" if self.track else "") if self.destination else ""
        extra = " ".join(x for x in (target, f"sets {list(self.sets)}" if self.sets else "",
                                      f"deadline {self.deadline}" if self.deadline else "") if x)
        when = ", ".join(f"{k}={v}" for k, v in self.when.items())
        return f"{self.id:<4} [{self.stage}] when {when} {extra}".rstrip()


@dataclass(frozen=True)
class Factor:
    id: str
    name: str
    weight: float
    when: Mapping[str, Any]


@dataclass(frozen=True)
class SmallClaimsCap:
    effective_from: dt.date
    mandatory_cap: Decimal
    consent_cap: Decimal
    province: str = ""
    base_year: int | None = None
    base: Decimal | None = None
    source: str = ""


@dataclass(frozen=True)
class RuleSet:
    """A validated rules file.  ``version`` = declared version + content hash prefix."""

    version: str
    settings: Mapping[str, Any]
    caps: tuple[SmallClaimsCap, ...]
    deadlines: Mapping[str, int]
    destinations: Mapping[Destination, DestinationInfo]
    factors: tuple[Factor, ...]
    rules: tuple[Rule, ...] = field(default=())
    # Period kinds (PERIOD_KINDS) whose last day moves to the next working day when it is a rest day.
    postponed: frozenset[str] = frozenset()
    calendar: HolidayCalendar = field(default_factory=default_calendar)

    def stage(self, stage: Stage) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.stage == stage)

    def cap_on(self, day: dt.date) -> SmallClaimsCap:
        """The small-claims cap in force on ``day``: the newest entry not after it (the oldest if none is)."""
        in_force = [c for c in self.caps if c.effective_from <= day]
        return in_force[-1] if in_force else self.caps[0]  # caps are sorted by effective_from

    def calendar_gaps(self, today: dt.date) -> list[int]:
        """Years a deadline counted from ``today`` can end in (up to the longest trial limit) whose holidays the
        calendar does not list: deadlines there move only off weekends."""
        horizon = max(self.deadlines[k] for k in ("trial_small_claims_months", "trial_simple_months",
                                                  "trial_ordinary_months"))
        return uncovered_years(self.calendar, range(today.year, today.year + (today.month - 1 + horizon) // 12 + 1))

    def with_overrides(self, *, review_threshold: float | None = None, mediation_policy: str | None = None,
                       complexity_threshold: float | None = None) -> RuleSet:
        """A copy with deployment settings applied on top of the file's values."""
        updates = {"review_threshold": review_threshold, "mediation_policy": mediation_policy,
                   "complexity_threshold": complexity_threshold}
        settings = dict(self.settings) | {k: v for k, v in updates.items() if v is not None}
        _check_settings(settings)
        return replace(self, settings=settings)


@dataclass(frozen=True)
class Facts:
    """Everything a condition can test, gathered by the router."""

    label: str
    confidence: float
    margin: float
    elements: Elements
    score: float
    tags: frozenset[str]
    policy: str
    symbols: Mapping[str, Decimal]


# --------------------------------------------------------------------------------------------- evaluation


def _number(value: Any, facts: Facts) -> Decimal:
    return facts.symbols[value] if isinstance(value, str) else Decimal(str(value))


def holds(when: Mapping[str, Any], facts: Facts) -> bool:
    """Whether every key of ``when`` holds for ``facts``."""
    return all(_holds_one(key, value, facts) for key, value in when.items())


def _holds_one(key: str, value: Any, facts: Facts) -> bool:  # noqa: C901 - one flat dispatch table
    e = facts.elements
    match key:
        case "always":
            return bool(value)
        case "label":
            return facts.label in value
        case "label_not":
            return facts.label not in value
        case "any_flags":
            return any(Flag(f) in e.flags for f in value)
        case "all_flags":
            return all(Flag(f) in e.flags for f in value)
        case "no_flags":
            return not any(Flag(f) in e.flags for f in value)
        case "any_tags":
            return any(t in facts.tags for t in value)
        case "no_tags":
            return not any(t in facts.tags for t in value)
        case "party_kinds_any":
            return any(k in e.party_kinds for k in value)
        case "amount_known":
            return bool((e.amount is not None) == value)
        case "amount_approximate":
            return e.amount is not None and e.amount_approximate is value
        case "amount_open":
            return e.amount is not None and bool(e.open_items) is value
        case "amount_le":
            return e.amount is not None and e.amount <= _number(value, facts)
        case "amount_gt":
            return e.amount is not None and e.amount > _number(value, facts)
        case "amount_ge":
            return e.amount is not None and e.amount >= _number(value, facts)
        case "consent_to_mediation" | "consent_to_small_claims" | "filed":
            return getattr(e, key) is value
        case "confidence_lt":
            return Decimal(str(facts.confidence)) < _number(value, facts)
        case "margin_lt":
            return Decimal(str(facts.margin)) < _number(value, facts)
        case "score_ge":
            return Decimal(str(facts.score)) >= _number(value, facts)
        case "parties_ge":
            return e.party_count is not None and e.party_count >= value
        case "parties_outside_gansu_ge":
            return e.parties_outside_gansu is not None and e.parties_outside_gansu >= value
        case "parties_in_gansu_ge":
            return e.parties_in_gansu is not None and e.parties_in_gansu >= value
        case "domiciles_known":
            return domiciles_known(e) is value
        case "policy":
            return bool(facts.policy == value)
        case "any_of":
            return any(holds(sub, facts) for sub in value)
    raise InvalidRules(f"未知的条件键 {key}")  # unreachable after validation


def domiciles_known(e: Elements) -> bool:
    """Whether every party's domicile is known: parties were sent in ``fields`` and each has ``domicile_in_gansu``."""
    if e.parties_source != "fields" or not e.party_count:
        return False
    return (e.parties_in_gansu or 0) + (e.parties_outside_gansu or 0) == e.party_count


# --------------------------------------------------------------------------------------------- loading


def default_rules_path() -> Path:
    return Path(str(resources.files("service").joinpath(PACKAGE_RULES)))


def load_rules(path: Path | None = None, *, calendar: HolidayCalendar | None = None) -> RuleSet:
    """Load and validate a rules file (the packaged ``service/rules.toml`` when ``path`` is ``None``), with the
    holiday calendar (the packaged ``service/data/holidays.toml`` when ``calendar`` is ``None``).

    The version is the file's declared version plus a hash of the rules and the calendar, so a decision names both.

    :raise InvalidRules: unreadable file, bad TOML, or a rule that fails validation (the message names it).
    """
    path = Path(path) if path is not None else default_rules_path()
    raw, data = read_toml(path, "规则文件")
    calendar = calendar if calendar is not None else default_calendar()
    digest = hashlib.sha256(raw + calendar.digest.encode()).hexdigest()[:8]
    return parse_rules(data, version=f"{data.get('version', 'unversioned')}+{digest}", calendar=calendar)


def parse_rules(data: Mapping[str, Any], *, version: str, calendar: HolidayCalendar | None = None) -> RuleSet:
    """Validate parsed TOML and build the ``RuleSet``.  :raise InvalidRules: naming what is wrong."""
    settings = dict(_table(data, "settings"))
    _check_settings(settings)
    destinations = _destinations(_table(data, "destinations"))
    tags = {t for r in data.get("rules", []) if isinstance(r, dict) for t in r.get("sets", [])}
    rules = tuple(_rule(i, r, destinations, tags) for i, r in enumerate(_list(data, "rules")))
    _check_catch_alls(rules)
    factors = tuple(_factor(i, f, tags) for i, f in enumerate(_list(_table(data, "complexity"), "factors")))
    deadlines = _table(data, "deadlines")
    return RuleSet(
        version=version, settings=settings, caps=_caps(_list(data, "small_claims_caps")),
        deadlines=_deadlines(deadlines), destinations=destinations, factors=factors, rules=rules,
        postponed=_postponed(deadlines), calendar=calendar if calendar is not None else default_calendar(),
    )


def _table(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise InvalidRules(f"规则文件缺少 [{name}] 表")
    return value


def _list(data: Mapping[str, Any], name: str) -> list[Any]:
    value = data.get(name)
    if not isinstance(value, list) or not value:
        raise InvalidRules(f"规则文件缺少 [[{name}]] 条目")
    return value


def _check_settings(settings: Mapping[str, Any]) -> None:
    for key in ("review_threshold", "conflict_margin", "approximate_amount_margin"):
        value = settings.get(key)
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise InvalidRules(f"[settings] {key} 必须是 0 到 1 之间的数")
    for key in ("complexity_threshold", "intermediate_court_cap", "intermediate_court_cap_mixed",
                "foreign_intermediate_court_cap"):
        if not isinstance(settings.get(key), int | float):
            raise InvalidRules(f"[settings] {key} 必须是数字")
    if settings.get("mediation_policy") not in MEDIATION_POLICIES:
        raise InvalidRules(f"[settings] mediation_policy 必须是 {' 或 '.join(MEDIATION_POLICIES)}")


def _destinations(table: Mapping[str, Any]) -> dict[Destination, DestinationInfo]:
    result = {}
    for key, entry in table.items():
        if key not in Destination.__members__:
            raise InvalidRules(f"[destinations.{key}]：未知的分流去向 {key}")
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InvalidRules(f"[destinations.{key}] 缺少中文名称 name")
        result[Destination(key)] = DestinationInfo(
            id=Destination(key), name=entry["name"], kind=str(entry.get("kind", "")),
            details=str(entry.get("details", "")), notice=entry.get("notice"),
        )
    missing = [d.value for d in Destination if d not in result]
    if missing:
        raise InvalidRules(f"[destinations] 缺少去向：{', '.join(missing)}")
    return result


def _rule(index: int, raw: Any, destinations: Mapping[Destination, DestinationInfo], tags: set[str]) -> Rule:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise InvalidRules(f"第 {index + 1} 条规则缺少 id")
    rid = raw["id"]
    unknown = set(raw) - {"id", "stage", "when", "destination", "track", "sets", "notice", "basis", "explanation",
                          "deadline"}
    if unknown:
        raise InvalidRules(f"规则 {rid}：未知字段 {', '.join(sorted(unknown))}")
    for key in ("basis", "explanation"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise InvalidRules(f"规则 {rid}：缺少 {key}（法律依据与中文说明必填）")
    if raw.get("stage") not in Stage.__members__:
        raise InvalidRules(f"规则 {rid}：stage 必须是 {', '.join(Stage)} 之一")
    stage = Stage(raw["stage"])
    destination = raw.get("destination")
    if destination is not None and destination not in destinations:
        raise InvalidRules(f"规则 {rid}：未知的去向 {destination}")
    track = raw.get("track")
    if track is not None and track not in Track.__members__:
        raise InvalidRules(f"规则 {rid}：未知的程序 {track}")
    deadline = raw.get("deadline")
    if (stage == Stage.mediation) != (deadline is not None) or (deadline and deadline not in DEADLINE_KINDS):
        kinds = ", ".join(DEADLINE_KINDS)
        raise InvalidRules(f"规则 {rid}：mediation 阶段的规则须有 deadline（{kinds}），其他阶段不得有")
    sets = raw.get("sets", [])
    if not isinstance(sets, list) or not all(isinstance(t, str) for t in sets):
        raise InvalidRules(f"规则 {rid}：sets 必须是字符串列表")
    return Rule(
        id=rid, stage=stage, when=check_condition(raw.get("when"), owner=f"规则 {rid}", tags=tags),
        basis=raw["basis"], explanation=raw["explanation"],
        destination=Destination(destination) if destination else None,
        track=Track(track) if track else None, sets=tuple(sets), notice=raw.get("notice"), deadline=deadline,
    )


def check_condition(when: Any, *, owner: str, tags: set[str]) -> Mapping[str, Any]:
    """Validate one ``when`` table.  :raise InvalidRules: naming ``owner`` and the bad key."""
    if not isinstance(when, dict) or not when:
        raise InvalidRules(f"{owner}：缺少条件 when（兜底规则请写 when = {{ always = true }}）")
    for key, value in when.items():
        problem = _condition_problem(key, value, tags)
        if problem:
            raise InvalidRules(f"{owner}：条件 {key} {problem}")
        if key == "any_of":
            for sub in value:
                check_condition(sub, owner=owner, tags=tags)
    return dict(when)


def _condition_problem(key: str, value: Any, tags: set[str]) -> str | None:  # noqa: C901 - one check per key kind
    if key not in CONDITION_KEYS:
        return f"无法识别（可用：{', '.join(sorted(CONDITION_KEYS))}）"
    if key in _BOOL_KEYS and not isinstance(value, bool):
        return "必须是 true 或 false"
    if key in _INT_KEYS and (not isinstance(value, int) or isinstance(value, bool)):
        return "必须是整数"
    if key in _NUMBER_KEYS and not (isinstance(value, int | float) and not isinstance(value, bool)
                                    or value in _SYMBOLS):
        return f"必须是数字或 {', '.join(_SYMBOLS)} 之一"
    if key == "policy" and value not in MEDIATION_POLICIES:
        return f"必须是 {' 或 '.join(MEDIATION_POLICIES)}"
    if key == "any_of" and (not isinstance(value, list) or not value):
        return "必须是非空的条件列表"
    if key in _LIST_KEYS:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            return "必须是非空的字符串列表"
        listed = _LIST_KEYS[key]
        allowed = listed if listed is not None else tuple(tags)
        bad = [v for v in value if v not in allowed]
        if bad:
            return f"含有未知的值 {', '.join(bad)}（可用：{', '.join(sorted(allowed))}）"
    return None


def _check_catch_alls(rules: Sequence[Rule]) -> None:
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InvalidRules(f"规则 id 重复：{', '.join(duplicates)}")
    for stage in STAGES_WITH_CATCH_ALL:
        staged = [r for r in rules if r.stage == stage]
        last = staged[-1] if staged else None
        decides = last is not None and (last.destination is not None or last.deadline is not None)
        if last is None or last.when != {"always": True} or not decides:
            raise InvalidRules(f"{stage} 阶段缺少兜底规则：最后一条须为 when = {{ always = true }} 且指定去向")


def _factor(index: int, raw: Any, tags: set[str]) -> Factor:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("name"), str):
        raise InvalidRules(f"第 {index + 1} 个繁简因素缺少 id 或 name")
    if not isinstance(raw.get("weight"), int | float):
        raise InvalidRules(f"繁简因素 {raw['id']}：weight 必须是数字")
    when = check_condition(raw.get("when"), owner=f"繁简因素 {raw['id']}", tags=tags)
    return Factor(id=raw["id"], name=raw["name"], weight=float(raw["weight"]), when=when)


def _caps(entries: list[Any]) -> tuple[SmallClaimsCap, ...]:
    caps = []
    for entry in entries:
        try:
            cap = SmallClaimsCap(
                effective_from=entry["effective_from"], mandatory_cap=Decimal(str(entry["mandatory_cap"])),
                consent_cap=Decimal(str(entry["consent_cap"])), province=str(entry.get("province", "")),
                base_year=entry.get("base_year"),
                base=Decimal(str(entry["base"])) if "base" in entry else None, source=str(entry.get("source", "")),
            )
        except (KeyError, TypeError, ArithmeticError) as exc:
            raise InvalidRules(f"[[small_claims_caps]] 条目不完整：{exc}") from exc
        if not isinstance(cap.effective_from, dt.date) or cap.consent_cap < cap.mandatory_cap:
            raise InvalidRules(f"[[small_claims_caps]] {cap.effective_from}：日期无效或约定上限低于小额标准")
        caps.append(cap)
    return tuple(sorted(caps, key=lambda c: c.effective_from))


def _deadlines(table: Mapping[str, Any]) -> dict[str, int]:
    needed = ("mediation_2025_ordinary_days", "mediation_2025_simple_days", "mediation_extension_days",
              "mediation_legacy_days", "people_mediation_days", "judicial_confirmation_apply_days",
              "trial_small_claims_months", "trial_simple_months", "trial_ordinary_months", "review_days")
    for key in needed:
        if not isinstance(table.get(key), int) or table[key] < 0:
            raise InvalidRules(f"[deadlines] {key} 必须是非负整数")
    return {key: int(table[key]) for key in needed}


def _postponed(table: Mapping[str, Any]) -> frozenset[str]:
    kinds = table.get("postpone_on_rest_day", [])
    if not isinstance(kinds, list) or not all(k in PERIOD_KINDS for k in kinds):
        raise InvalidRules(f"[deadlines] postpone_on_rest_day 必须是 {', '.join(PERIOD_KINDS)} 中的若干项")
    return frozenset(kinds)


# --------------------------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None, *, today: dt.date | None = None) -> int:
    """``python -m service.rules check FILE``: 0 and the rules in order, or 1 and the reason.

    Also validates the holiday calendar, and warns (exit code still 0) when it does not list the current year or a
    year that the longest trial limit counted from today reaches into: there only weekends move a deadline.
    """
    parser = argparse.ArgumentParser(prog="python -m service.rules", description="Validate a routing rules file.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate FILE and print its rules in evaluation order")
    check.add_argument("file", type=Path, nargs="?", default=None, help="rules file (default: the packaged one)")
    check.add_argument("--calendar", type=Path, default=None,
                       help=f"holiday calendar (default: the packaged {default_calendar_path().name})")
    args = parser.parse_args(argv)
    try:
        calendar = load_calendar(args.calendar)
        rules = load_rules(args.file, calendar=calendar)
    except InvalidRules as exc:
        print(f"invalid rules file: {exc.message}", file=sys.stderr)
        return 1
    print(f"rules {rules.version}: {len(rules.rules)} rules, {len(rules.factors)} complexity factors, "
          f"{len(rules.caps)} small-claims cap(s); holidays for {', '.join(str(y.year) for y in calendar.years)}")
    for year in rules.calendar_gaps(today or dt.datetime.now(COURT_TIMEZONE).date()):
        print(f"warning: the holiday calendar has no entry for {year}: deadlines in {year} move only off weekends "
              f"(add the State Council's notice for {year} to {args.calendar or default_calendar_path()}; the "
              "service reads the file DISPUTES_HOLIDAYS_FILE names, else the packaged one)", file=sys.stderr)
    for stage in Stage:
        for rule in rules.stage(stage):
            print(rule.describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
