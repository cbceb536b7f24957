"""The minimal service: factory, /health, /ready and POST /api/v1/classify."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from service import create_app, db
from service.config import Settings
from service.labels import LABELS
from tests.helpers import train_tiny


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("models")
    train_tiny(directory)
    return directory


def _client(model_dir: Path, **overrides: object) -> FlaskClient:
    options: dict[str, object] = {"database_url": "sqlite://", **overrides}
    settings = Settings(model_dir=model_dir, environment="test", testing=True, **options)  # type: ignore[arg-type]
    return create_app(settings).test_client()


@pytest.fixture
def client(model_dir: Path) -> FlaskClient:
    return _client(model_dir)


def test_factory_refuses_placeholder_secret_in_production(model_dir: Path) -> None:
    with pytest.raises(ValueError, match="DISPUTES_SECRET_KEY"):
        create_app(Settings(model_dir=model_dir, environment="production", database_url="sqlite://"))


def test_settings_normalise_postgres_urls() -> None:
    assert Settings(database_url="postgres://u@h/db").database_url == "postgresql+psycopg://u@h/db"
    assert Settings(database_url="postgresql://u@h/db").database_url == "postgresql+psycopg://u@h/db"


def test_health_is_always_ok(tmp_path: Path) -> None:
    assert _client(tmp_path).get("/health").json == {"status": "ok"}


def test_ready_is_503_with_a_clear_message_without_a_model(tmp_path: Path) -> None:
    response = _client(tmp_path).get("/ready")
    assert response.status_code == 503
    assert "python -m training train" in response.json["checks"]["model"]["message"]
    classify = _client(tmp_path).post("/api/v1/classify", json={"text": "老板欠薪"})
    assert classify.status_code == 503
    assert classify.json["error"]["code"] == "model_unavailable"


def test_ready_with_a_model(model_dir: Path, tmp_path: Path) -> None:
    # Ready also needs a migrated database (the intake API's storage).
    url = f"sqlite:///{tmp_path / 'ready.sqlite'}"
    db.upgrade(url)
    response = _client(model_dir, database_url=url).get("/ready")
    assert response.status_code == 200
    assert response.json["checks"]["model"]["ok"] is True


def test_classify_answers_the_prediction(client: FlaskClient) -> None:
    response = client.post("/api/v1/classify", json={"text": "朋友借了我五万块钱，写了借条，到期一直不还"})
    assert response.status_code == 200
    prediction = response.json["prediction"]
    assert prediction["label"] in LABELS
    assert set(prediction["probabilities"]) == set(LABELS)
    assert 0 < prediction["confidence"] <= 1
    assert prediction["terms"] and {"term", "kind", "weight"} <= set(prediction["terms"][0])
    assert response.headers["Content-Type"].startswith("application/json")
    # The tiny test model is unsure of this text, so the nearest training texts voted: shares of labels, summing to 1.
    vote = prediction["neighbour_vote"]
    assert vote and set(vote) <= set(LABELS) and all(share > 0 for share in vote.values())
    assert sum(vote.values()) == pytest.approx(1, abs=1e-3)


@pytest.mark.parametrize(
    ("kwargs", "field", "status"),
    [
        ({"data": "text=abc", "content_type": "application/x-www-form-urlencoded"}, "Content-Type", 415),
        ({"data": "{not json", "content_type": "application/json"}, "body", 400),
        ({"json": ["a list"]}, "body", 400),
        ({"json": {}}, "text", 400),
        ({"json": {"text": 42}}, "text", 400),
        ({"json": {"text": "   "}}, "text", 400),
    ],
)
def test_classify_bad_input_names_the_field(client: FlaskClient, kwargs: dict[str, object], field: str,
                                            status: int) -> None:
    response = client.post("/api/v1/classify", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    error = response.json["error"]
    assert set(error) == {"code", "message", "fields"}
    assert field in error["fields"]


def test_classify_text_over_the_limit(model_dir: Path) -> None:
    response = _client(model_dir, max_text_chars=50).post("/api/v1/classify", json={"text": "欠" * 51})
    assert response.status_code == 400
    assert "text" in response.json["error"]["fields"]


def test_unknown_route_and_method_use_the_json_error_shape(client: FlaskClient) -> None:
    assert client.get("/api/v1/nope").json["error"]["code"] == "not_found"
    response = client.get("/api/v1/classify")
    assert response.status_code == 405
    assert "message" in response.json["error"]
