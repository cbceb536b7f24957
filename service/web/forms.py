"""The workbench's forms read into the API's own input models (service.schemas), so a form accepts exactly what
the API accepts and gets the same Chinese messages; the admin's user forms apply the rules of service.users, which
the command line applies too.  Each function raises ``InvalidInput`` whose ``fields`` are keyed by form field
names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from werkzeug.datastructures import MultiDict

from service import users
from service.elements import parse_number
from service.errors import InvalidInput, invalid_input
from service.schemas import CaseCreate, CaseFieldsIn, CorrectionCreate, EventCreate, ExtensionCreate
from service.text import compact
from service.users import Role

M = TypeVar("M", bound=BaseModel)
PARTY_COLUMNS = ("name", "role", "kind", "id_number", "phone")
MAX_PARTY_ROWS = 20


def _validate(model: type[M], data: dict[str, Any], **context: Any) -> M:
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise invalid_input(exc.errors(include_url=False), "表单填写有误，请按提示修改。") from None


def _optional(form: MultiDict[str, str], name: str) -> str | None:
    value = form.get(name, "").strip()
    return value or None


def parse_amount(raw: str | None) -> str | None:
    """A clerk's amount (``42250``, ``42,250.5``, ``4.2万``, ``肆万贰仟``) as a decimal string; ``None`` if empty.

    :raise InvalidInput: if it is not an amount.
    """
    if raw is None or not raw.strip():
        return None
    value = parse_number(raw.strip().removesuffix("元"))
    if value is None or value < 0:
        raise InvalidInput("金额格式不正确。", fields={"fields.amount": "请填写金额，如 42250 或 4.2万"})
    return str(value.quantize(Decimal("0.01")))


def _tri_state(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


# What a party's fields are called on the intake form, for its error messages.
PARTY_FIELD_NAMES = {"name": "姓名或名称", "role": "诉讼地位", "kind": "类型", "id_number": "身份证号", "phone": "电话"}
# A message that only repeats what is wrong says also what is right.
PARTY_FORMATS = {"id_number": "应为 18 位居民身份证号码", "phone": "应为 11 位手机号码"}


# Numbers a clerk types in full width or in groups are read as the number meant (service.text.compact).
_TYPED_NUMBERS = frozenset({"id_number", "phone"})


def party_rows(form: MultiDict[str, str]) -> tuple[list[dict[str, Any]], list[int], dict[str, str]]:
    """Party rows (parallel lists ``party_name``, ``party_role`` ...), the form row number of each (rows left empty
    are skipped), and the problems found: more than ``MAX_PARTY_ROWS`` parties, or a row with an ID or phone number
    but no name (keyed by the form's row number, as the page shows the rows)."""
    columns = {c: form.getlist(f"party_{c}") for c in PARTY_COLUMNS}
    rows, numbers = [], []
    problems: dict[str, str] = {}
    for i, name in enumerate(columns["name"]):
        row: dict[str, Any] = {"name": name.strip()}
        for column in PARTY_COLUMNS[1:]:
            values = columns[column]
            value = values[i].strip() if i < len(values) else ""
            if column in _TYPED_NUMBERS:
                value = compact(value)
            if value:
                row[column] = value.upper() if column == "id_number" else value
        if not row["name"]:
            given = "、".join(PARTY_FIELD_NAMES[c] for c in ("id_number", "phone") if row.get(c))
            if given:
                problems[f"fields.parties.{i}.name"] = f"填写了{given}，请同时填写姓名或名称"
            continue
        rows.append(row)
        numbers.append(i)
    if len(rows) > MAX_PARTY_ROWS:
        problems["fields.parties"] = f"最多登记 {MAX_PARTY_ROWS} 位当事人，请删去 {len(rows) - MAX_PARTY_ROWS} 位"
    return rows, numbers, problems


_PARTY_KEY = re.compile(r"^fields\.parties\.(\d+)(?=\.|$)")


def _party_rows_as_shown(fields: dict[str, str], numbers: list[int]) -> dict[str, str]:
    """Error keys ``fields.parties.<k>...`` of the k-th party sent renumbered to its row on the form, and their
    messages naming the party's field (``格式不正确`` → ``身份证号格式不正确，应为 18 位居民身份证号码``)."""
    def renumber(match: re.Match[str]) -> str:
        k = int(match.group(1))
        return f"fields.parties.{numbers[k] if k < len(numbers) else k}"

    def named(key: str, text: str) -> str:
        field = key.rsplit(".", 1)[-1]
        if not _PARTY_KEY.match(key) or field not in PARTY_FIELD_NAMES or text.startswith(PARTY_FIELD_NAMES[field]):
            return text
        text = PARTY_FIELD_NAMES[field] + text
        return f"{text}，{PARTY_FORMATS[field]}" if field in PARTY_FORMATS and text.endswith("格式不正确") else text

    return {_PARTY_KEY.sub(renumber, key): named(key, text) for key, text in fields.items()}


def intake_form(form: MultiDict[str, str], *, max_text_chars: int) -> CaseCreate:
    """The intake form as a ``CaseCreate``.  :raise InvalidInput: every field's mistake at once (the parties', the
    amount's and those the API's model finds in what is left)."""
    rows, numbers, problems = party_rows(form)
    try:
        amount = parse_amount(form.get("amount"))
    except InvalidInput as exc:
        amount = None
        problems.update(exc.fields)
    fields: dict[str, Any] = {
        "amount": amount,
        "consent_to_mediation": _tri_state(form.get("consent_to_mediation")),
        # 已登记立案: the 2025 flow (filed, then entrusted mediation); unticked says nothing, as the API's absent field.
        "filed": True if form.get("filed") == "yes" else None,
        # Too many rows is said once, by party_rows; the model checks the rest.
        "parties": (rows or None) if "fields.parties" not in problems else None,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    data: dict[str, Any] = {"text": form.get("text", ""), "channel": form.get("channel") or "counter",
                            "submitter": _optional(form, "submitter")}
    if fields:
        data["fields"] = fields
    case: CaseCreate | None = None
    try:
        case = _validate(CaseCreate, {k: v for k, v in data.items() if v is not None},
                         max_text_chars=max_text_chars)
    except InvalidInput as exc:
        for key, text in _party_rows_as_shown(exc.fields, numbers).items():
            problems.setdefault(key, text)
    if problems or case is None:
        message = "金额格式不正确。" if list(problems) == ["fields.amount"] else "表单填写有误，请按提示修改。"
        raise InvalidInput(message, fields=problems)
    return case


def amount_form(form: MultiDict[str, str], stored: dict[str, Any] | None) -> CaseFieldsIn:
    """The case's stored structured fields with the corrected amount.  :raise InvalidInput: bad amount (keyed
    ``fields.amount``, as on the intake form)."""
    amount = parse_amount(form.get("amount"))
    if amount is None:
        raise InvalidInput("请填写更正后的金额。", fields={"fields.amount": "必填"})
    try:
        return _validate(CaseFieldsIn, {**(stored or {}), "amount": amount}, stored=True)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, fields={f"fields.{key}": text for key, text in exc.fields.items()}) from None


def filed_fields(stored: dict[str, Any] | None) -> CaseFieldsIn:
    """The case's stored structured fields, now saying the case is filed (登记立案 after it was submitted)."""
    return _validate(CaseFieldsIn, {**(stored or {}), "filed": True}, stored=True)


def correction_form(form: MultiDict[str, str]) -> CorrectionCreate:
    """The 更正 form: a new category and/or destination, and a reason.  What is missing is said per field in
    Chinese here (the API model's own message for "neither" is meant for API clients)."""
    data = {"label": _optional(form, "label"), "destination": _optional(form, "destination"),
            "reason": form.get("reason", "").strip()}
    problems = {}
    if data["label"] is None and data["destination"] is None:
        problems["label"] = "分类和去向至少选择一项更正"
    if not data["reason"]:
        problems["reason"] = "不能为空"
    if problems:
        raise InvalidInput("表单填写有误，请按提示修改。", fields=problems)
    return _validate(CorrectionCreate, {k: v for k, v in data.items() if v is not None})


def event_form(form: MultiDict[str, str]) -> EventCreate:
    data = {"status": _optional(form, "status"), "note": _optional(form, "note")}
    return _validate(EventCreate, {k: v for k, v in data.items() if v is not None})


def extension_form(form: MultiDict[str, str]) -> ExtensionCreate:
    """The 延长调解期限 form: the days the parties agreed to and the note saying so (both required)."""
    raw = _optional(form, "days")
    raw = compact(raw) if raw is not None else None
    if raw is not None and not (raw.isascii() and raw.isdigit()):
        raise InvalidInput("表单填写有误，请按提示修改。", fields={"days": "请填写双方同意延长的日数（整数）"})
    data = {"days": int(raw) if raw else None, "note": _optional(form, "note")}
    return _validate(ExtensionCreate, {k: v for k, v in data.items() if v is not None})


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: Role
    destination: str | None
    password: str


def new_user_form(form: MultiDict[str, str]) -> NewUser:
    """The admin's 新建用户 form.  :raise InvalidInput: every broken rule at once, per field."""
    raw_role = form.get("role", "")
    role = Role(raw_role) if raw_role in set(Role) else None
    user = NewUser(username=form.get("username", "").strip(), display_name=form.get("display_name", "").strip(),
                   role=role or Role.clerk, destination=_optional(form, "destination"),
                   password=form.get("password", ""))
    problems = users.new_user_problems(username=user.username, display_name=user.display_name, role=user.role,
                                       password=user.password, destination=user.destination)
    if role is None:
        problems["role"] = "请选择角色。"
        problems.pop("destination", None)  # which destination fits depends on the role
    problems.update(_confirmation(form))
    if problems:
        raise InvalidInput("表单填写有误，请按提示修改。", fields=problems)
    return user


def new_password_form(form: MultiDict[str, str]) -> str:
    """The 重置密码 form's new password.  :raise InvalidInput: too weak, or the two entries differ."""
    password = form.get("password", "")
    problems = _confirmation(form)
    problem = users.password_problem(password)
    if problem is not None:
        problems["password"] = problem
    if problems:
        raise InvalidInput("密码未重置，请按提示修改。", fields=problems)
    return password


def _confirmation(form: MultiDict[str, str]) -> dict[str, str]:
    if form.get("password", "") != form.get("password_confirm", ""):
        return {"password_confirm": "两次输入的密码不一致。"}
    return {}
