"""Request and response models of the API.  The views validate with these and the OpenAPI document is generated
from them (service/openapi.py), so the documentation cannot drift from what the code accepts and returns.

Input models are strict (no "123" for a number, no 1 for true) and forbid unknown fields; amounts may also be sent
as strings (the recommended form), and dates are ``YYYY-MM-DD`` strings because JSON has no date type.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from service.labels import LABELS
from service.lifecycle import COURT_TIMEZONE, CaseStatus
from service.rules import Destination
from service.text import compact

# Destination ids are the routing work's (service.rules.Destination); their display names live in the rules file.
DESTINATIONS: tuple[str, ...] = tuple(Destination)

# C0/C1 control characters other than tab and newlines, and lone surrogates (which no database can store).
FORBIDDEN_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# ASCII digits only: \d would also take fullwidth and other Unicode digits, which never match the ASCII form.
ID_NUMBER = r"^[0-9]{17}[0-9Xx]$"
MOBILE = r"^1[3-9][0-9]{9}$"

# Dates the API accepts (a case's date, the list filters): from this day ...
EARLIEST_DATE = dt.date(2000, 1, 1)
# ... to this many years after today in the court's calendar.  Far-off dates make no sense for a dispute and would
# overflow the deadline arithmetic.
YEARS_AHEAD = 1
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
BLANK_MESSAGE = "不能为空或只含空白字符"
# Characters that are letters or symbols to Unicode but print nothing (Hangul fillers, the blank braille pattern).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _clean(value: str) -> str:
    if FORBIDDEN_CHARS.search(value):
        raise ValueError("不能包含控制字符或无效的 Unicode 字符")
    return value


def is_blank(value: str) -> bool:
    """True if ``value`` shows nothing: empty, whitespace (``\\u3000`` included), invisible format characters
    (zero-width space and joiners, BOM, …) and marks with nothing to mark (variation selectors, lone accents) only."""
    return all(ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) in ("Cf", "Mn", "Me") for ch in value)


def _not_blank(value: str) -> str:
    if is_blank(value):
        raise ValueError(BLANK_MESSAGE)
    return value


# GB 11643-1999: the 18th character of a citizen ID number checks the first 17 (ISO 7064 MOD 11-2).
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _not_a_first_generation_id(value: object) -> object:
    """A 15-digit number is a first-generation card's, no longer valid since 2013-01-01: said so, not 格式不正确."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{15}", value):
        raise ValueError("15 位的第一代居民身份证已停止使用，请填写 18 位号码")
    return value


def _id_number_checks(value: str, info: ValidationInfo) -> str:
    """An ID number that passes the pattern must also carry a real birth date and a matching check character: a
    mistyped digit makes rule K1 miss the party's other cases, so it is caught where it is typed.  Fields stored
    before this check (validated again when a clerk corrects the amount: context ``stored``) are not refused for it."""
    if info.context and info.context.get("stored"):
        return value
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        born = None
    if born is None or born.year < 1900 or born > dt.datetime.now(COURT_TIMEZONE).date():
        raise ValueError("第 7–14 位不是有效的出生日期，请对照证件核对")
    if _ID_CHECK[sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True)) % 11] != value[17].upper():
        raise ValueError("校验位不符，号码中有录入错误，请对照证件核对")
    return value


def _digits(value: object) -> object:
    """A number in a query string is written in digits: Python's int() also reads "1_0" (as 10) and " 1"."""
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{1,9}", value):
        raise ValueError("须为正整数（仅数字）")
    return value


def latest_date() -> dt.date:
    """The latest date the API accepts: today in the court's calendar plus ``YEARS_AHEAD`` years."""
    today = dt.datetime.now(COURT_TIMEZONE).date()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def _court_date(value: object) -> dt.date:
    """A ``YYYY-MM-DD`` string (or a ``date`` from Python callers) between ``EARLIEST_DATE`` and ``latest_date()``;
    numbers, timestamps and times with offsets are refused rather than guessed at."""
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            raise ValueError("须为 YYYY-MM-DD 格式的日期")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("不是有效的日期") from None
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    else:
        raise ValueError("须为 YYYY-MM-DD 格式的日期字符串")
    latest = latest_date()
    if not EARLIEST_DATE <= day <= latest:
        raise ValueError(f"须在 {EARLIEST_DATE.isoformat()} 至 {latest.isoformat()} 之间")
    return day


def _char_class(codes: list[int]) -> str:
    """Code points as the ranges of a regular-expression character class, in ``\\uXXXX`` escapes that JSON Schema
    (ECMA-262) and Python read alike."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


@functools.cache
def _visible_text_classes() -> tuple[str, str]:
    """The control characters _clean refuses, and what is_blank() calls invisible in the Basic Multilingual Plane (an
    ECMA-262 class cannot hold the others), as character classes.  Built for the first OpenAPI document, not at import:
    the second scans every code point of the plane (about 30 ms in each worker)."""
    control = _char_class([c for c in range(0xA0) if FORBIDDEN_CHARS.match(chr(c))])
    invisible = _char_class([c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and is_blank(chr(c))])
    return control, invisible


def _visible_text_schema(schema: dict[str, Any]) -> None:
    """``json_schema_extra``: the document's form of _clean and _not_blank, no control character and not only
    whitespace and invisible characters.  (A lone surrogate, also refused, is left out: an ECMA-262 validator sees
    every character beyond the BMP as two of them.)"""
    control, invisible = _visible_text_classes()
    schema.update({"pattern": f"^[^{control}]*$", "not": {"pattern": f"^[{invisible}]*$"}})


def _text_limit(value: str, info: ValidationInfo) -> str:
    limit = (info.context or {}).get("max_text_chars", 20_000)
    if len(value) > limit:
        raise ValueError(f"最多 {limit} 个字符")
    return value


# The length constraints come before the validators so that pydantic checks them on the string itself (and reports
# string_too_long, not the generic too_long of a wrapped value).
ShortStr = Annotated[str, Field(min_length=1, max_length=200, json_schema_extra=_visible_text_schema),
                     AfterValidator(_clean), AfterValidator(_not_blank)]
NoteStr = Annotated[str, Field(min_length=1, max_length=2000, json_schema_extra=_visible_text_schema),
                    AfterValidator(_clean), AfterValidator(_not_blank)]
DisputeText = Annotated[str, Field(min_length=1, description="纠纷描述（不超过配置的字数上限，默认 20000）",
                                   json_schema_extra=_visible_text_schema),
                        AfterValidator(_clean), AfterValidator(_not_blank), AfterValidator(_text_limit)]
CourtDate = Annotated[dt.date, BeforeValidator(_court_date)]

_AMOUNT_TEXT = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")


def _amount_text(value: Any) -> Any:
    """An amount sent as a string is plain ASCII digits with at most two decimals ("42250.00"): Python's Decimal
    would also take "1_000", full-width "４２", "-0", "1e3" or " 5 ", none of which a client means to send."""
    if isinstance(value, str) and not _AMOUNT_TEXT.fullmatch(value):
        raise ValueError("须为数字字符串，如 \"42250.00\"（半角数字，最多两位小数）")
    return value


def _unsigned_zero(value: Decimal) -> Decimal:
    return abs(value) if value == 0 else value  # -0 (or -0.0 as a JSON number) is stored as 0


AMOUNT_MAX = Decimal("1e12")
# A string amount as _AMOUNT_TEXT reads it, at most AMOUNT_MAX (a power of ten): leading zeros, then at most as many
# digits as its exponent (12), or AMOUNT_MAX itself.
_AMOUNT_TEXT_SCHEMA = rf"^0*(?:[0-9]{{1,{AMOUNT_MAX.adjusted()}}}(?:\.[0-9]{{1,2}})?|{AMOUNT_MAX:f}(?:\.0{{1,2}})?)$"
# The document says what a client may send: a number, or a string of ASCII digits with its limits in the pattern (at
# most two decimals of a number are checked by the service: multipleOf 0.01 is inexact for binary floating point).
Amount = Annotated[
    Decimal, Field(strict=False, ge=0, le=AMOUNT_MAX, decimal_places=2),
    BeforeValidator(_amount_text), AfterValidator(_unsigned_zero),
    WithJsonSchema({"anyOf": [{"type": "number", "minimum": 0, "maximum": float(AMOUNT_MAX)},
                              {"type": "string", "pattern": _AMOUNT_TEXT_SCHEMA}]}),
]
_DATE_RANGE = f"{EARLIEST_DATE.isoformat()} 起，至今后 {YEARS_AHEAD} 年内（北京时间）"


class Channel(StrEnum):
    mobile_micro_court = "mobile_micro_court"  # 移动微法院
    court_system = "court_system"  # another court system (人民法院调解平台 etc.)
    counter = "counter"  # entered by a clerk at the 诉讼服务中心 counter
    other = "other"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _as_typed(value: Any) -> Any:
    """A number as a person typed it (full-width digits, spaces between groups) read as the digits: the workbench's
    form reads it so, and a mobile app passing on what its user typed gets the same answer."""
    return compact(value) if isinstance(value, str) else value


class PartyIn(Strict):
    name: ShortStr
    kind: Literal["person", "company", "individual_business"]
    role: Literal["plaintiff", "defendant", "third_party"]
    id_number: Annotated[str, Field(pattern=ID_NUMBER,
                                    description="18 位居民身份证号（校验出生日期与校验位；全角数字与空格按半角读取）"),
                         BeforeValidator(_not_a_first_generation_id), BeforeValidator(_as_typed),
                         AfterValidator(_id_number_checks)] | None = None
    phone: Annotated[str, Field(pattern=MOBILE, description="11 位手机号（全角数字与空格按半角读取）"),
                     BeforeValidator(_as_typed)] | None = None
    domicile_in_gansu: bool | None = None


class CaseFieldsIn(Strict):
    """Structured fields sent with a case; they override what is extracted from the text."""

    amount: Amount | None = Field(
        default=None, description="争议金额（元），0 至 1000000000000，最多两位小数；建议以字符串传递，如 \"42250.00\"")
    parties: Annotated[list[PartyIn], Field(max_length=50)] | None = None
    consent_to_mediation: bool | None = None
    consent_to_small_claims: bool | None = Field(default=None, description="双方约定适用小额诉讼程序")
    filed: bool | None = None
    case_date: CourtDate | None = Field(default=None, description=f"案件日期，YYYY-MM-DD，{_DATE_RANGE}")


class CaseCreate(Strict):
    text: DisputeText
    fields: CaseFieldsIn | None = None
    channel: Annotated[Channel, Field(strict=False)] = Channel.mobile_micro_court
    submitter: ShortStr | None = Field(default=None, description="提交人或来源系统中的编号")


class EventCreate(Strict):
    status: Annotated[CaseStatus, Field(strict=False)]
    note: NoteStr | None = None
    actor: ShortStr | None = Field(default=None, description="操作人（如调解员、书记员姓名）；缺省为 API 客户端名")


class CorrectionCreate(Strict):
    # The document states what _something_to_correct checks: a label or a destination that is not null.
    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": [name], "properties": {name: {"type": "string"}}} for name in ("label", "destination")]})

    label: Literal[LABELS] | None = None  # type: ignore[valid-type]
    destination: Literal[DESTINATIONS] | None = None  # type: ignore[valid-type]
    reason: NoteStr
    actor: ShortStr | None = None

    @model_validator(mode="after")
    def _something_to_correct(self) -> CorrectionCreate:
        if self.label is None and self.destination is None:
            # A custom error type so that service.errors reports it under each field's name, not the body.
            raise PydanticCustomError("at_least_one_of", "label 与 destination 至少填写一项",
                                      {"fields": "label,destination"})
        return self


class ExtensionCreate(Strict):
    days: int = Field(ge=1, description="双方同意延长的日数；各次合计不超过规则 deadlines.mediation_extension_days"
                                        "（默认 30 日，委托调解的法定日数），超出为 409 extension_refused")
    note: NoteStr = Field(description="延长依据，如：双方当事人书面同意延长调解期限")
    actor: ShortStr | None = Field(default=None, description="操作人（如调解员、书记员姓名）；缺省为 API 客户端名")


# The last page a queue can be asked for (API and workbench): further on, the OFFSET overflows the database's
# integers.
MAX_PAGE = 100_000


class CaseQuery(Strict):
    """Query parameters of ``GET /cases`` (all optional)."""

    model_config = ConfigDict(extra="forbid", strict=False)

    destination: Literal[DESTINATIONS] | None = None  # type: ignore[valid-type]
    status: CaseStatus | None = None
    label: Literal[LABELS] | None = None  # type: ignore[valid-type]
    created_from: CourtDate | None = Field(default=None, description=f"提交日期下限（含），YYYY-MM-DD，{_DATE_RANGE}")
    created_to: CourtDate | None = Field(default=None, description=f"提交日期上限（含），YYYY-MM-DD，{_DATE_RANGE}")
    overdue: bool | None = None
    page: Annotated[int, BeforeValidator(_digits)] = Field(default=1, ge=1, le=MAX_PAGE)
    per_page: Annotated[int, BeforeValidator(_digits)] = Field(default=20, ge=1, le=100)

    @model_validator(mode="after")
    def _a_range_that_can_hold_a_case(self) -> CaseQuery:
        if self.created_from and self.created_to and self.created_from > self.created_to:
            # An empty page would look like "no cases"; the dates were most likely swapped.
            raise PydanticCustomError("fields_conflict", "提交日期下限晚于上限（created_from 晚于 created_to）",
                                      {"fields": "created_from,created_to"})
        return self


class NoQuery(Strict):
    """The query string of an endpoint that takes no parameters (``GET /queues``, ``GET /models``): any parameter is
    reported as unknown, as ``GET /cases`` does."""


# --- responses ----------------------------------------------------------------------------------------------------


class Open(BaseModel):
    """Outputs may gain fields; clients should ignore what they don't know."""

    model_config = ConfigDict(extra="allow")


class TermPublic(Open):
    term: str
    kind: str
    weight: float


class PredictionPublic(Open):
    label: str
    label_name: str
    confidence: float
    probabilities: dict[str, float]
    terms: list[TermPublic]
    model_version: str
    neighbour_vote: dict[str, float] | None = Field(
        default=None,
        description="模型把握不足（线性模型最高概率低于0.9）时，与之最相似的5条训练样本按相似度加权投票，各类别所占份额；"
                    "probabilities 为线性模型概率与该投票的平均。线性模型独立判断时为 null。")


class ReasonPublic(Open):
    rule_id: str
    basis: str
    explanation: str


class DueDatePublic(Open):
    kind: str = Field(description=(
        "期限种类：review_deadline 人工审核期限（待复核时唯一计算的期限）、"
        "mediation_deadline 调解期限、"
        "mediation_extended_deadline 双方同意延长后最长可至之日（仅供参考）、"
        "confirmation_application_deadline 申请司法确认截止日、"
        "confirmation_decision_deadline 司法确认决定期限、"
        "trial_deadline 审理期限；今后可能增加新的种类，客户端应按 name 显示未知种类"))
    name: str
    date: dt.date
    basis: str | None = None
    counted_from: dt.date | None = Field(default=None, description="期间自该日的次日起算（该日不计入）")
    period: dict[str, int] | None = Field(default=None, description="期间长度：{\"days\": n} 或 {\"months\": n}")
    postpone_on_rest_day: bool | None = Field(default=None, description="届满日逢法定休假日是否顺延")
    postponed_from: dt.date | None = Field(default=None, description="顺延前的届满日；未顺延时为 null")
    calendar_warning: str | None = Field(
        default=None, description="届满日所在年度的法定节假日安排尚未录入时的提示（届满日仅按周末顺延，须人工核对）")


class TrialPeriodPublic(Open):
    track: str = Field(description="立案后适用的程序：small_claims、small_claims_by_consent、simple、ordinary、"
                                   "collegial")
    track_name: str
    months: int | None = Field(description="审理期限（月），自立案次日起算；涉外案件不受此限时为 null")
    basis: str | None = None
    postpone_on_rest_day: bool | None = None


class DecisionPublic(Open):
    destination: Destination
    destination_name: str
    track: str | None
    track_name: str | None
    provisional_destination: Destination | None = Field(default=None, description="人工复核前的暂定去向")
    provisional_destination_name: str | None = None
    court: str | None = None
    reasons: list[ReasonPublic]
    notices: list[str]
    complexity: dict[str, Any]
    due_dates: list[DueDatePublic]
    trial_period: TrialPeriodPublic | None = Field(
        default=None, description="调解不成或确认不成而立案后（去向为审判团队时即本案）适用的程序与审理期限；"
                                  "待人工复核的案件为其暂定去向的；不进入审理（劳动仲裁、特别程序等）时为 null")
    needs_review: bool
    mediation_excluded: bool = Field(default=False,
                                     description="不适用或无法调解（特别程序等；一方下落不明）：径行立案审理")
    rules_version: str


class AssessmentPublic(BaseModel):
    prediction: PredictionPublic
    elements: dict[str, Any]
    decision: DecisionPublic


class EventPublic(BaseModel):
    from_status: CaseStatus | None
    to_status: CaseStatus
    status_name: str
    note: str | None
    actor: str
    created_at: dt.datetime


class ExtensionPublic(BaseModel):
    days: int
    previous_due: dt.date | None = Field(description="延长前的期限届满日")
    due_date: dt.date = Field(description="延长后的期限届满日")
    calendar_warning: str | None = Field(description="延长后届满日所在年份的节假日尚未录入时的提示（仅按周末顺延）")
    note: str
    actor: str
    created_at: dt.datetime


class CorrectionPublic(BaseModel):
    field: Literal["label", "destination"]
    old_value: str
    new_value: str
    reason: str
    actor: str
    created_at: dt.datetime


class RelatedCasePublic(BaseModel):
    id: str
    matched_on: Literal["name", "id_number"]
    status: CaseStatus
    status_name: str
    destination: str
    destination_name: str


class CaseSummary(BaseModel):
    id: str = Field(description="案件编号，如 MR-3F2A9C01B7")
    status: CaseStatus
    status_name: str
    label: str
    label_name: str
    destination: str
    destination_name: str
    track: str | None
    track_name: str | None = Field(description="程序名称，如 小额诉讼程序、调解")
    filed_from: str | None = Field(description="转立案移送审判团队的案件原先所在的调解组织或司法确认，否则为 null")
    filed_from_name: str | None
    channel: Channel
    submitter: str | None
    due_date: dt.date | None = Field(description="当前期限届满日：按当前状态与去向计算，含已记录的调解延长；"
                                                 "decision.due_dates 是分流时计算的各项期限")
    overdue: bool
    created_at: dt.datetime
    updated_at: dt.datetime


# The most related cases a case body lists (the newest; ``related_total`` counts them all): a party in thousands of
# cases (a bank) would otherwise make every answer to the mobile app hundreds of kilobytes.
RELATED_SHOWN = 50


class CasePublic(CaseSummary):
    text: str
    fields: dict[str, Any] | None
    prediction: PredictionPublic
    elements: dict[str, Any]
    decision: DecisionPublic
    related_cases: list[RelatedCasePublic] = Field(
        description=f"关联案件（K1），按编号顺序，最多列出最近的 {RELATED_SHOWN} 件；总数见 related_total")
    related_total: int = Field(description="关联案件总数")
    events: list[EventPublic]
    corrections: list[CorrectionPublic]
    extensions: list[ExtensionPublic] = Field(description="经双方同意延长调解期限的记录")


class CasesPublic(BaseModel):
    items: list[CaseSummary]
    page: int
    per_page: int
    total: int


class QueuePublic(BaseModel):
    destination: str
    destination_name: str
    open: int
    overdue: int
    by_status: dict[str, int]


class QueuesPublic(BaseModel):
    as_of: dt.date
    queues: list[QueuePublic]


class ErrorDetail(BaseModel):
    code: str
    message: str
    fields: dict[str, str]


class ErrorBody(BaseModel):
    error: ErrorDetail


class ClassifyIn(Strict):
    """The body of ``POST /classify``: the text and fields of ``CaseCreate``, validated the same way."""

    text: DisputeText
    fields: CaseFieldsIn | None = None


class HealthPublic(Open):
    status: Literal["ok"]


class ReadyPublic(Open):
    status: Literal["ready", "unavailable"]
    checks: dict[str, dict[str, Any]]


# --- model registry -------------------------------------------------------------------------------------------------


class ModelVersionPublic(Open):
    version: str
    active: bool
    created_at: dt.datetime
    trained_by: str
    data_hash: str
    counts: dict[str, Any] = Field(description="训练数据的数量：按类别、按来源、合计")
    scores: dict[str, Any] = Field(description="各评估集上的 macro-F1、准确率与各类别召回率")
    decision: dict[str, Any] = Field(description="晋升闸门的结论及理由")
    forced: bool
    promoted_at: dt.datetime | None
    notes: str | None


class ActivationPublic(BaseModel):
    version: str
    previous_version: str | None
    kind: str
    actor: str
    note: str | None
    created_at: dt.datetime


class ActiveModelPublic(BaseModel):
    version: str
    activated_at: dt.datetime
    activated_by: str


class ServingPublic(Open):
    version: str | None = Field(description="本工作进程正在使用的版本")
    active_version: str | None = Field(description="本工作进程最近一次读到的当前版本")
    last_error: str | None = Field(description="最近一次加载失败的原因（仍使用原模型）")


class RunningJobPublic(BaseModel):
    holder: str = Field(description="谁启动的（用户@主机）")
    started_at: dt.datetime


class ModelsPublic(BaseModel):
    active: ActiveModelPublic | None
    serving: ServingPublic
    items: list[ModelVersionPublic]
    activations: list[ActivationPublic]
    running: RunningJobPublic | None = Field(
        default=None, description="正在进行的重新训练或回滚（同一时间只允许一个）；没有则为 null")
