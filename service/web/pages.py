"""What each page shows, built from the database rows (read-only; the flows in service.intake do the writing)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup
from sqlmodel import Session

from service import crud, stats, users
from service.intake import (
    REROUTABLE,
    allowed_targets,
    destination_kind,
    extension_allowance,
    is_referral,
    mediation_barred,
    review_target,
    trial_team,
    why_no_mediation,
)
from service.labels import DISPLAY_NAMES, LABELS
from service.lifecycle import STATUS_NAMES, TERMINAL, TRANSITIONS, CaseStatus, is_overdue
from service.periods import calendar_gap_warning
from service.rules import TRACK_NAMES, Destination, RuleSet, Track
from service.schemas import RELATED_SHOWN, ModelsPublic
from service.tables import Case, RoutingDecision
from service.users import ROLE_NAMES, Role
from service.web import charts
from service.web.highlight import highlight

# The button that moves a case to each status (the status names say where it is, these what you do).
ACTION_NAMES: dict[CaseStatus, str] = {
    CaseStatus.routed: "确认分流",
    CaseStatus.accepted: "受理，开始调解",
    CaseStatus.mediation_succeeded: "调解成功",
    CaseStatus.mediation_failed: "调解失败",
    CaseStatus.confirmation_applied: "已申请司法确认",
    CaseStatus.filed: "转立案",
    CaseStatus.withdrawn: "撤回",
    CaseStatus.closed: "结案",
}
CHANNEL_NAMES = {"mobile_micro_court": "移动微法院", "court_system": "其他法院系统", "counter": "诉讼服务中心窗口",
                 "other": "其他"}
STATUS_COLORS = {
    "routed": "#2f6db5", "under_review": "#d08a1d", "accepted": "#3aa0a8", "mediation_succeeded": "#2e8b57",
    "mediation_failed": "#c0504d", "confirmation_applied": "#8a56b8", "filed": "#5b6abf", "withdrawn": "#9aa3ad",
    "closed": "#4d5660",
}
LABEL_COLORS = dict(zip(LABELS, charts.PALETTE, strict=False))
# A status code as a word of its own (Chinese characters count as word characters for \b, so ASCII is spelt out),
# with the spaces that set it off in a Chinese sentence.
_CODES = "|".join(sorted(CaseStatus, key=len, reverse=True))
_STATUS_CODE = re.compile(rf" ?(?<![A-Za-z0-9_])({_CODES})(?![A-Za-z0-9_]) ?")
# A status the flows already wrote for both audiences, 调解中（accepted）: the clerk keeps only the name.
_NAMED_STATUS = re.compile(rf"「?([\u4e00-\u9fa5]+)」?（({_CODES})）")
# An absolute server path in an error text (a model directory, a missing file): clerks never see those.
_SERVER_PATH = re.compile(r"(?<![\w./])(?:/[^\s/'\"：:，,；;)）]+)+")


def status_targets(status: CaseStatus) -> list[CaseStatus]:
    """The statuses the workbench offers to move a case in ``status`` to, in lifecycle order.

    ``routed`` is reached through 确认/更正 (the review), never as a plain status change.  (A case waiting for review
    can then only be withdrawn: the lifecycle lets nobody accept or file it before it has a destination.)
    """
    targets = TRANSITIONS[status] - {CaseStatus.routed}
    return [s for s in CaseStatus if s in targets]


def chinese_statuses(text: str) -> str:
    """``text`` with every status code (``accepted``, ``withdrawn`` ...) replaced by its Chinese name."""
    text = _NAMED_STATUS.sub(lambda m: f"「{m.group(1)}」" if STATUS_NAMES[CaseStatus(m.group(2))] == m.group(1)
                             else m.group(0), text)
    return _STATUS_CODE.sub(lambda m: f"「{STATUS_NAMES[CaseStatus(m.group(1))]}」", text)


def without_paths(text: str) -> str:
    """``text`` with absolute server paths cut to their last component (``/srv/models/v1/metadata.json`` →
    ``metadata.json``), for messages shown in the browser."""
    return _SERVER_PATH.sub(lambda m: m.group(0).rsplit("/", 1)[-1], text)


@dataclass(frozen=True)
class TimelineItem:
    at: dt.datetime
    kind: str  # "decision", "correction", "status", "extension", "review"
    title: str
    detail: str
    actor: str | None


def destination_names(rules: RuleSet) -> dict[str, str]:
    return {str(d): info.name for d, info in rules.destinations.items()}


def short_names(rules: RuleSet) -> dict[str, str]:
    """Destination names without their parenthesised partners, for chart labels."""
    return {d: re.sub(r"[（(].*?[）)]", "", name) or name for d, name in destination_names(rules).items()}


def age_days(case: Case, now: dt.datetime) -> int:
    return max(0, (now - case.created_at).days)


def row(case: Case, *, today: dt.date, now: dt.datetime, rules: RuleSet) -> dict[str, Any]:
    """A case as a queue row."""
    status = CaseStatus(case.status)
    return {
        "case": case, "status_name": STATUS_NAMES[status], "label_name": DISPLAY_NAMES.get(case.label, case.label),
        "destination_name": destination_names(rules).get(case.destination, case.destination),
        "age": age_days(case, now), "overdue": is_overdue(status, case.due_date, today),
        "days_left": (case.due_date - today).days if case.due_date else None,
    }


def timeline(*, session: Session, case: Case, rules: RuleSet,
             decisions: Sequence[RoutingDecision]) -> list[TimelineItem]:
    """Every decision (``decisions``: the case's, oldest first), correction, review and status change of ``case``,
    oldest first."""
    assert case.id is not None
    names = destination_names(rules)
    items: list[TimelineItem] = []
    for i, decision in enumerate(decisions):
        amount = (decision.elements.get("amount") or {}).get("total")
        detail = (f"分类：{DISPLAY_NAMES.get(decision.label, decision.label)}（置信度 {decision.confidence:.0%}）；"
                  f"去向：{names.get(decision.destination, decision.destination)}"
                  + (f"；金额：{amount} 元" if amount is not None else "")
                  + f"；模型 {decision.model_version}，规则 {decision.rules_version}")
        title = "自动分流" if i == 0 else "重新分流"
        items.append(TimelineItem(decision.created_at, "decision", title + (f"：{decision.note}" if decision.note
                                                                            else ""), detail, decision.actor))
    field_names = {"label": "分类", "destination": "去向"}
    for correction in crud.corrections(session=session, case_id=case.id):
        show = DISPLAY_NAMES if correction.field == "label" else names
        change = (f"{show.get(correction.old_value, correction.old_value)} → "
                  f"{show.get(correction.new_value, correction.new_value)}")
        items.append(TimelineItem(correction.created_at, "correction",
                                  f"更正{field_names.get(correction.field, correction.field)}",
                                  f"{change}；理由：{correction.reason}", correction.actor))
    for event in crud.events(session=session, case_id=case.id):
        before = STATUS_NAMES[CaseStatus(event.from_status)] if event.from_status else None
        after = STATUS_NAMES[CaseStatus(event.to_status)]
        title = f"状态：{before} → {after}" if before else f"状态：{after}"
        items.append(TimelineItem(event.created_at, "status", title, event.note or "", event.actor))
    for extension in crud.extensions(session=session, case_id=case.id):
        change = f"期限 {extension.previous_due or '—'} → {extension.due_date}" + (
            f"（⚠ {extension.calendar_warning}）" if extension.calendar_warning else "")
        items.append(TimelineItem(extension.created_at, "extension", f"延长调解期限 {extension.days} 日",
                                  f"{change}；依据：{extension.note}", extension.actor))
    # A case sent back to a clerk waits for review again: its send-back (a correction) is in the timeline, and it is
    # not shown as reviewed until someone confirms or corrects it.
    if case.reviewed_at is not None and case.status != CaseStatus.under_review:
        items.append(TimelineItem(case.reviewed_at, "review", "已人工审核", "分流结果已由工作人员确认或更正。",
                                  case.reviewed_by))
    order = {"decision": 0, "status": 1, "correction": 2, "extension": 3, "review": 4}
    return sorted(items, key=lambda item: (item.at, order[item.kind]))


def case_view(*, session: Session, case: Case, rules: RuleSet, today: dt.date) -> dict[str, Any]:
    """Everything the case page shows besides the forms' state."""
    assert case.id is not None
    decisions = crud.decisions(session=session, case_id=case.id)
    latest = decisions[-1]
    prediction, decision, elements = latest.prediction, latest.decision, latest.elements
    status = CaseStatus(case.status)
    # G2, G5 (a procedure without mediation, a party whose whereabouts are unknown): the trial team files the case,
    # it cannot mediate it; the status card says why 受理，开始调解 is missing.
    barred = CaseStatus.accepted in status_targets(status) and mediation_barred(case, latest)
    allowed = allowed_targets(case, latest, rules)
    related = crud.related_cases(session=session, case_id=case.id)
    probabilities = sorted(prediction.get("probabilities", {}).items(), key=lambda kv: -kv[1])
    return {
        "case": case, "status": status, "status_name": STATUS_NAMES[status],
        "label_name": DISPLAY_NAMES.get(case.label, case.label),
        "destination_name": destination_names(rules).get(case.destination, case.destination),
        "track_name": TRACK_NAMES[Track(case.track)] if case.track else None,
        "channel_name": CHANNEL_NAMES.get(case.channel, case.channel),
        "prediction": prediction, "decision": decision, "elements": elements,
        "probabilities": [(DISPLAY_NAMES.get(k, k), v, k) for k, v in probabilities],
        # Decisions stored before the neighbour vote have no such key.
        "neighbour_vote": [(DISPLAY_NAMES.get(k, k), v) for k, v in sorted(
            (prediction.get("neighbour_vote") or {}).items(), key=lambda kv: -kv[1])],
        "segments": highlight(case.text, prediction.get("terms", []), elements.get("amount", {}).get("mentions", [])),
        "timeline": timeline(session=session, case=case, rules=rules, decisions=decisions),
        "actions": [(s, ACTION_NAMES[s]) for s in CaseStatus if s in allowed and s != CaseStatus.routed],
        "no_mediation": why_no_mediation(latest, rules) if barred else None,
        # L1: told to apply for labour arbitration; nobody here mediates or files it.
        "referral": status == CaseStatus.routed and is_referral(rules, case.destination),
        "final_statuses": TERMINAL,  # the status form asks before ending a case
        "decision_id": latest.id,  # the forms say which routing they showed (views._stale_note)
        # An amount given in the fields: at intake, or corrected by a clerk later (a later decision's fields differ).
        "amount_corrected": (latest.fields or {}).get("amount") != (decisions[0].fields or {}).get("amount"),
        # Where 确认 sends a case waiting at the clerk's desk (its provisional destination, or the router's before a
        # person sent it back); none: the clerk must choose one.
        "confirm_to_name": destination_names(rules).get(review_target(case, latest) or "")
        if status == CaseStatus.under_review else None,
        "open": status not in TERMINAL,
        "reroutable": status in REROUTABLE,
        "overdue": is_overdue(status, case.due_date, today),
        "related": related[-RELATED_SHOWN:], "related_total": len(related),
        "label_options": [(label, DISPLAY_NAMES[label]) for label in LABELS],
        "destination_options": [(str(d), rules.destinations[d].name) for d in Destination],
        "corrected_label": case.label != latest.label,
        # A filed case moved on to its trial team (case.filed_from): that move is no correction of the routing, but a
        # corrected centre before filing, or another team than its trial track's after, is one.
        "corrected_destination": (case.destination != latest.destination if not case.filed_from else
                                  case.filed_from != latest.destination
                                  or case.destination != trial_team(latest.decision.get("trial_period"))),
        "filed_from_name": destination_names(rules).get(case.filed_from, case.filed_from) if case.filed_from else None,
        "extension": _extension_view(session, case, rules, status),
    }


def _extension_view(session: Session, case: Case, rules: RuleSet, status: CaseStatus) -> dict[str, int] | None:
    """Days agreed, allowed and left for a case in mediation at a centre (the 延长调解期限 form); ``None`` elsewhere."""
    if status != CaseStatus.accepted or destination_kind(rules, case.destination) != "mediation":
        return None
    agreed, allowed = extension_allowance(session, case, rules)
    return {"agreed": agreed, "allowed": allowed, "left": max(0, allowed - agreed)}


def calendar_notice(years: list[int], *, for_admin: bool) -> str | None:
    """The dashboard's line on ``years`` missing from the holiday calendar: for admins, who can add them, the
    operators' warning with the file to edit; for clerks and mediators only what it means for their deadlines."""
    if not years:
        return None
    if for_admin:
        return calendar_gap_warning(years)
    return f"{'、'.join(map(str, years))} 年节假日安排尚未录入，期限按周末顺延计算，请以人工核对为准。"


def dashboard(*, session: Session, rules: RuleSet, today: dt.date, zone: ZoneInfo, for_admin: bool = False,
              weeks: int = 8) -> dict[str, Any]:
    """The dashboard's charts and figures (``for_admin``: the calendar warning says what to fix, and where)."""
    names = short_names(rules)
    by_label = stats.weekly_counts(session=session, attribute="label", weeks=weeks, today=today, zone=zone)
    by_destination = stats.weekly_counts(session=session, attribute="destination", weeks=weeks, today=today,
                                         zone=zone)
    open_overdue = stats.open_and_overdue(session=session, today=today)
    statuses = stats.status_counts(session=session)
    outcomes = stats.mediation_outcomes(session=session)
    label_series = [charts.Series(DISPLAY_NAMES.get(k, k), by_label.counts[k], LABEL_COLORS.get(k, "#999"))
                    for k in LABELS if k in by_label.counts]
    destination_series = [charts.Series(names.get(k, k), by_destination.counts[k], DESTINATION_COLORS.get(k, "#999"))
                          for k in DESTINATION_ORDER if k in by_destination.counts]
    weeks_shown = [f"{w.month}/{w.day}" for w in by_label.weeks]
    return {
        "weeks": weeks, "total": sum(statuses.values()),
        "open_total": sum(o for o, _ in open_overdue.values()),
        "overdue_total": sum(late for _, late in open_overdue.values()),
        "submitted_this_week": sum(v[-1] for v in by_label.counts.values()),
        "by_label_chart": charts.stacked_columns(weeks_shown, label_series, label="各类纠纷每周收案数"),
        "by_destination_chart": charts.stacked_columns(weeks_shown, destination_series, label="各去向每周分流数"),
        "status_chart": charts.donut(
            [(STATUS_NAMES[CaseStatus(s)], statuses.get(s, 0), STATUS_COLORS[s]) for s in CaseStatus
             if statuses.get(s)], label="案件状态分布", center_text=str(sum(statuses.values()))),
        "overdue_chart": _queue_chart(open_overdue, names),
        "mediation_chart": _mediation_chart(outcomes, names),
        "has_outcomes": bool(outcomes),
        "calendar_warning": calendar_notice(rules.calendar_gaps(today), for_admin=for_admin),
    }


DESTINATION_ORDER = tuple(str(d) for d in Destination)
DESTINATION_COLORS = dict(zip(DESTINATION_ORDER, charts.PALETTE, strict=False))


def _queue_chart(open_overdue: dict[str, tuple[int, int]], names: dict[str, str]) -> Markup:
    bars = []
    for destination in DESTINATION_ORDER:
        if destination not in open_overdue:
            continue
        total, late = open_overdue[destination]
        bars.append(charts.Bar(names.get(destination, destination), (
            charts.Segment(total - late, "#7fa7d6", f"未逾期 {total - late}"),
            charts.Segment(late, charts.OVERDUE, f"逾期 {late}")), note=f"{total} 件 / 逾期 {late}"))
    return charts.horizontal_bars(bars, label="各队列未结与逾期案件")


def _mediation_chart(outcomes: list[stats.MediationOutcome], names: dict[str, str]) -> Markup:
    bars = [charts.Bar(names.get(o.destination, o.destination),
                       (charts.Segment(o.rate or 0.0, "#2e8b57", f"成功率 {(o.rate or 0):.0%}"),),
                       note=f"{(o.rate or 0):.0%}（{o.succeeded}/{o.succeeded + o.failed}）"
                            + (f" · 延长 {o.extended} 件" if o.extended else "")) for o in outcomes]
    return charts.horizontal_bars(bars, label="各调解组织调解成功率", scale_max=1.0, percent=True)


# The holdout share comes out of the training data, mostly the synthetic corpus: say so, since its scores run far
# above what the model achieves on real court texts (bench/results/dev_eval.md).
EVALUATION_SET_NAMES = {"holdout": "训练数据留出集（以合成语料为主，会高估真实案件上的准确率）", "dev": "开发集"}


def model_view(metadata: dict[str, Any], version: str) -> dict[str, Any]:
    """The active model's version and evaluation scores (holdout, and any extra evaluation sets)."""
    evaluation = metadata.get("evaluation", {})
    sets = []
    for name, report in evaluation.items():
        per_label = report.get("per_label", {})
        sets.append({
            "name": EVALUATION_SET_NAMES.get(name, name), "n": report.get("n"),
            "macro_f1": report.get("macro_f1"), "accuracy": report.get("accuracy"),
            "chart": charts.horizontal_bars(
                [charts.Bar(DISPLAY_NAMES.get(label, label),
                            (charts.Segment(float(scores.get("f1", 0)), LABEL_COLORS.get(label, "#999"),
                                            f"F1 {float(scores.get('f1', 0)):.3f}"),),
                            note=f"F1 {float(scores.get('f1', 0)):.3f}") for label, scores in per_label.items()],
                label=f"{name} 各类别 F1", scale_max=1.0, percent=True),
        })
    total = metadata.get("data", {}).get("total", {})
    samples = total.get("samples") if isinstance(total, dict) else total
    return {"version": version, "created_at": metadata.get("created_at"), "samples": samples, "sets": sets}


DECISION_NAMES = {"import": "导入（基线）", "forced": "强制启用", "promoted": "通过闸门，已启用",
                  "rejected": "未通过闸门"}


def _score(scores: dict[str, Any]) -> tuple[str, float | None]:
    """The figure a version is judged by: the gate set, else the first evaluation set it has."""
    for name in ("gate", "holdout", *scores):
        if name in scores and scores[name].get("macro_f1") is not None:
            return name, float(scores[name]["macro_f1"])
    return "", None


def registry_view(overview: ModelsPublic) -> dict[str, Any]:
    """The model registry for the dashboard: every version with its scores and the gate's verdict, the active one
    marked, and what this worker serves (with the last load error)."""
    rows = []
    for item in overview.items:
        set_name, macro_f1 = _score(item.scores)
        compared = item.decision.get("compared_scores", {}).get(set_name, {}).get("macro_f1")
        kind = ("import" if item.trained_by == "import" else "forced" if item.forced
                else "promoted" if item.decision.get("promoted") else "rejected")
        sources = item.counts.get("by_source", {})
        rows.append({
            "version": item.version, "active": item.active, "created_at": item.created_at,
            "trained_by": "导入" if item.trained_by == "import" else item.trained_by,
            "samples": item.counts.get("total", {}).get("samples"), "court": sources.get("court_reviewed", 0),
            "set": {"gate": "闸门评估集", "holdout": "留出集"}.get(set_name, set_name), "macro_f1": macro_f1,
            "compared": compared, "decision": DECISION_NAMES[kind], "kind": kind,
            "reasons": [r.get("message", "") for r in item.decision.get("gate", {}).get("reasons", [])],
        })
    bars = [charts.Bar(f"{row['version']}{' ★' if row['active'] else ''}",
                       (charts.Segment(row["macro_f1"] or 0.0, "#2e8b57" if row["active"] else "#9aa3ad",
                                       f"宏平均 F1 {row['macro_f1'] or 0:.3f}"),),
                       note=f"{row['macro_f1']:.3f}" if row["macro_f1"] is not None else "无评估")
            for row in reversed(rows[:8])]
    chart = charts.horizontal_bars(bars, label="各模型版本的宏平均 F1（★ 为当前版本）", scale_max=1.0, percent=True)
    serving = overview.serving
    load_error = without_paths(serving.last_error) if serving.last_error else None
    return {"rows": rows, "chart": chart if bars else None, "serving": serving, "load_error": load_error,
            "active": overview.active, "running": overview.running}


def user_rows(*, session: Session, rules: RuleSet, now: dt.datetime) -> list[dict[str, Any]]:
    """Every workbench account for the admin's page, by username: role and centre in Chinese, locked or not."""
    names = destination_names(rules)
    return [{"user": user, "role_name": ROLE_NAMES[Role(user.role)],
             "destination_name": names.get(user.destination, user.destination) if user.destination else None,
             "locked": users.is_locked(user, now)}
            for user in users.list_users(session=session)]


def centre_options(rules: RuleSet) -> list[tuple[str, str]]:
    """The destinations a mediator can be bound to, with their Chinese names."""
    names = destination_names(rules)
    return [(centre, names[centre]) for centre in users.MEDIATION_CENTRES]
