"""assess() and POST /api/v1/classify with a model trained on tests/data/tiny.jsonl."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app
from service.assess import assess
from service.classifier import LoadedModel, load_version
from service.config import Settings
from service.elements import CaseFields
from service.errors import InvalidRules
from service.rules import default_rules_path, load_rules
from tests.helpers import placeholder_calendar
from training.data import read_jsonl
from training.publish import activate, save_version
from training.train import train_model

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("models")
    pipeline, metadata = train_model(read_jsonl(TINY), holdout=False)
    save_version(directory, metadata["version"], pipeline, metadata)
    activate(directory, metadata["version"])
    return directory


@pytest.fixture(scope="session")
def model(model_dir: Path) -> LoadedModel:
    return load_version(model_dir, (model_dir / "CURRENT").read_text(encoding="utf-8").strip())


def settings(model_dir: Path, **overrides: object) -> Settings:
    return Settings(model_dir=model_dir, environment="test", testing=True, database_url="sqlite://", **overrides)


@pytest.fixture
def app(model_dir: Path) -> Flask:
    return create_app(settings(model_dir))


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


def test_assess_combines_prediction_elements_and_decision(model: LoadedModel) -> None:
    result = assess(text="朋友借了我五万块钱一直不还，有借条", fields=CaseFields(consent_to_mediation=False),
                    model=model, rules=load_rules(), today=dt.date(2026, 3, 2))
    data = result.to_dict()
    assert set(data) == {"prediction", "elements", "decision"}
    assert data["elements"]["amount"]["total"] == 50_000
    assert data["decision"]["destination"] in ("fast_track", "clerk_review")
    assert data["decision"]["track"] == "simple"  # 50,000 > 42,250 and no consent to 小额


def test_classify_returns_elements_and_decision(client: FlaskClient) -> None:
    response = client.post("/api/v1/classify", json={
        "text": "老板拖欠我三个月工资不给，工资8000元/月共3个月，给我打了工资欠条",
        "fields": {"filed": True, "consent_to_mediation": True, "case_date": "2026-03-02"},
    })
    assert response.status_code == 200
    body = response.get_json()
    assert body["prediction"]["label"] == "labour"
    assert body["elements"]["amount"]["total"] == 24_000
    decision = body["decision"]
    assert decision["reasons"] and all(r["basis"] for r in decision["reasons"])
    assert decision["due_dates"][0]["date"] == "2026-03-09"  # filed, simple track: 7 days (2025 policy)


def test_classify_sends_unarbitrated_labour_to_arbitration(client: FlaskClient) -> None:
    """The text reaches the rules: a wage IOU with another claim is no L2 case (解释（一）第十五条)."""
    body = client.post("/api/v1/classify", json={
        "text": "老板拖欠我三个月工资不给，打了工资欠条，我还要求支付经济补偿金2万元",
        "fields": {"consent_to_mediation": False},
    }).get_json()
    assert body["prediction"]["label"] == "labour"
    assert body["decision"]["destination"] in ("labour_arbitration", "clerk_review")
    assert "L1" in [r["rule_id"] for r in body["decision"]["reasons"]]


def test_fields_override_text(client: FlaskClient) -> None:
    body = client.post("/api/v1/classify", json={
        "text": "朋友借了我五万块钱一直不还", "fields": {"amount": "42250", "consent_to_mediation": False},
    }).get_json()
    assert body["elements"]["amount"] == {**body["elements"]["amount"], "total": 42_250, "source": "fields"}


def test_invalid_fields_are_a_400_listing_them(client: FlaskClient) -> None:
    response = client.post("/api/v1/classify", json={"text": "借钱不还", "fields": {"amount": -1, "colour": "red"}})
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid_input"
    assert set(error["fields"]) == {"fields.amount", "fields.colour"}


def test_mediation_policy_setting_reaches_the_rules(model_dir: Path) -> None:
    app = create_app(settings(model_dir, mediation_policy="legacy", review_threshold=0.99))
    client = app.test_client()
    body = client.post("/api/v1/classify", json={"text": "物业费一直在交，可电梯坏了半年没人修"}).get_json()
    assert body["decision"]["destination"] == "clerk_review"
    assert "M3" in [r["rule_id"] for r in body["decision"]["reasons"]]


def test_holidays_file_setting_replaces_the_packaged_calendar(model_dir: Path, tmp_path: Path) -> None:
    # A placeholder year (not a real notice): 2030-01-02 and -03 are a Wednesday and a Thursday.
    path = placeholder_calendar(tmp_path / "holidays.toml", [(dt.date(2030, 1, 1), dt.date(2030, 1, 3))],
                                on_packaged=True)
    app = create_app(settings(model_dir, holidays_file=path))
    rules = app.extensions["rules"]
    assert rules.calendar.covers(2030) and rules.calendar.is_rest_day(dt.date(2030, 1, 2))
    assert rules.calendar.next_working_day(dt.date(2030, 1, 2)) == dt.date(2030, 1, 4)
    assert not create_app(settings(model_dir)).extensions["rules"].calendar.covers(2030)
    # Decisions name the calendar too: its hash is part of the rules version they record.
    assert rules.version != load_rules().version
    body = app.test_client().post("/api/v1/classify", json={"text": "公司拖欠我三个月工资一万二，劳动仲裁已经裁决了"})
    assert body.get_json()["decision"]["rules_version"] == rules.version


@pytest.mark.parametrize(("text", "message"), [
    ('[[years]]\nyear = 2030\nnotice = "x"\nholidays = [{ name = "元旦", first = 2030-01-03, last = 2030-01-01 }]\n',
     "first 不晚于 last"),
    (None, "无法读取节假日日历"),
])
def test_broken_holidays_file_stops_the_app(model_dir: Path, tmp_path: Path, text: str | None, message: str) -> None:
    path = tmp_path / "holidays.toml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidRules, match=message):
        create_app(settings(model_dir, holidays_file=path))


def test_broken_rules_file_stops_the_app(model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "rules.toml"
    broken.write_text(default_rules_path().read_text(encoding="utf-8").replace('"finance"]', '"bank"]'),
                      encoding="utf-8")
    with pytest.raises(InvalidRules, match="规则 F1"):
        create_app(settings(model_dir, rules_file=broken))
