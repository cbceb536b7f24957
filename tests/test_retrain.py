"""Learning from clerks: reviewed cases as training data, the model registry, the promotion gate, rollback, and the
active version read from the database by every worker (on SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, select

from service import db, intake, registry
from service.actors import Actor
from service.registry import ActivationKind
from service.tables import ApiClient, Case, ModelActivation, ModelVersion, RoutingDecision
from tests.helpers import TINY, writable_copy
from training.__main__ import main as training_main
from training.evaluate import scores
from training.gate import GateSettings, Paired, judge
from training.reviewed import is_held_out, reviewed_cases

ROOT = Path(__file__).resolve().parent.parent
Headers = dict[str, str]
TINY_ROWS = [json.loads(line) for line in TINY.read_text(encoding="utf-8").splitlines() if line.strip()]
ROTATE = {"labour": "finance", "finance": "housing", "housing": "sme", "sme": "other", "other": "labour"}


@pytest.fixture
def model_dir(model_dir: Path, tmp_path: Path) -> Path:
    """A copy of the session's tiny model: retraining writes new versions and CURRENT into it."""
    return writable_copy(model_dir, tmp_path)


@pytest.fixture
def settings(settings: Any) -> Any:
    return settings.model_copy(update={"model_check_seconds": 0})


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def eval_file(tmp_path: Path) -> Path:
    """The tiny texts, slightly reworded (so they are not the training texts), with their true labels."""
    rows = [{"text": r["text"] + "，请问怎么办？", "label": r["label"]} for r in TINY_ROWS]
    return _jsonl(tmp_path / "eval.jsonl", rows)


@pytest.fixture
def wrong_file(tmp_path: Path) -> Path:
    """Training data with every label wrong: a candidate trained on it must fail the gate."""
    rows = [{"text": r["text"] + "。", "label": ROTATE[r["label"]]} for r in TINY_ROWS]
    return _jsonl(tmp_path / "wrong.jsonl", rows)


def retrain(app: Flask, *args: str) -> int:
    model_dir = str(app.extensions["settings"].model_dir)
    with app.app_context():
        return training_main(["retrain", "--out", model_dir, "--no-corpus", "--by", "tester", *args],
                             engine=db.get_engine())


def versions(app: Flask) -> dict[str, ModelVersion]:
    with app.app_context(), Session(db.get_engine()) as session:
        return {v.version: v for v in registry.list_versions(session=session)}


def active(app: Flask) -> str | None:
    with app.app_context(), Session(db.get_engine()) as session:
        return registry.active_version(session=session)


def submit(client: FlaskClient, headers: Headers, text: str) -> dict[str, Any]:
    response = client.post("/api/v1/cases", json={"text": text}, headers=headers)
    assert response.status_code == 201, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def correct(client: FlaskClient, headers: Headers, public_id: str, label: str) -> None:
    response = client.post(f"/api/v1/cases/{public_id}/corrections", json={"label": label, "reason": "书记员复核"},
                           headers=headers)
    assert response.status_code == 201, response.get_json()


# --- training data from the database ------------------------------------------------------------------------------


def test_only_reviewed_cases_are_used_and_the_clerks_label_wins(app: Flask, client: FlaskClient,
                                                                headers: Headers) -> None:
    corrected = submit(client, headers, "老板拖欠我三个月工资不给")
    confirmed = submit(client, headers, "向银行贷款买车，现在还不上了，银行要起诉")
    submit(client, headers, "小区物业费涨价了，业主委员会不同意")  # nobody reviews it
    new_label = "other" if corrected["label"] != "other" else "sme"
    correct(client, headers, corrected["id"], "finance")
    correct(client, headers, corrected["id"], new_label)  # the last correction counts
    correct(client, headers, confirmed["id"], confirmed["label"])  # confirmed as predicted: still a review
    with app.app_context():
        found = {c.public_id: c.label for c in reviewed_cases(db.get_engine())}
    assert found == {corrected["id"]: new_label, confirmed["id"]: confirmed["label"]}


def test_a_case_accepted_in_the_workbench_is_reviewed_with_its_label(app: Flask, client: FlaskClient,
                                                                      headers: Headers) -> None:
    accepted = submit(client, headers, "老板拖欠我三个月工资不给")
    submit(client, headers, "小区物业费涨价了，业主委员会不同意")
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == accepted["id"])).one()
        clerk = Actor.of_client(session.exec(select(ApiClient)).first())  # type: ignore[arg-type]
        intake.review_case(session=session, case=case, actor=clerk, rules=app.extensions["rules"])
        session.commit()
    with app.app_context():
        found = {c.public_id: c.label for c in reviewed_cases(db.get_engine())}
    assert found == {accepted["id"]: accepted["label"]}


def test_a_label_correction_without_reviewed_at_still_counts(app: Flask, client: FlaskClient,
                                                             headers: Headers) -> None:
    """Corrections made before the workbench's reviewed_at existed have no reviewed_at."""
    case = submit(client, headers, "老板拖欠我三个月工资不给")
    correct(client, headers, case["id"], "sme")
    with app.app_context(), Session(db.get_engine()) as session:
        row = session.exec(select(Case).where(Case.public_id == case["id"])).one()
        row.reviewed_at = None
        session.add(row)
        session.commit()
        assert {c.public_id: c.label for c in reviewed_cases(db.get_engine())} == {case["id"]: "sme"}


def test_the_held_out_share_is_the_same_cases_every_time() -> None:
    ids = [f"MR-{i:010X}" for i in range(2000)]
    held = [i for i in ids if is_held_out(i, 0.2)]
    assert held == [i for i in ids if is_held_out(i, 0.2)]
    assert 0.17 < len(held) / len(ids) < 0.23
    assert not any(is_held_out(i, 0.0) for i in ids) and all(is_held_out(i, 1.0) for i in ids)


# --- the gate -----------------------------------------------------------------------------------------------------


def _scores(macro_f1: float, recalls: dict[str, float], support: int = 10) -> dict[str, Any]:
    labels = ("labour", "finance", "housing", "sme", "other")
    return {"n": support * 5, "macro_f1": macro_f1,
            "per_label": {label: {"recall": recalls.get(label, 0.9), "support": support} for label in labels}}


@pytest.mark.parametrize(("candidate", "passed", "codes"), [
    (_scores(0.80, {}), True, ["no_worse"]),
    (_scores(0.791, {}), True, ["no_worse"]),  # within the tolerance of 0.01
    (_scores(0.785, {}), False, ["macro_f1_drop"]),
    (_scores(0.85, {"housing": 0.84}), False, ["recall_drop"]),  # better overall, but housing recall fell 0.06
    (_scores(0.85, {"housing": 0.86}), True, ["no_worse"]),
    (_scores(0.70, {"sme": 0.5}), False, ["macro_f1_drop", "recall_drop"]),
])
def test_gate(candidate: dict[str, Any], passed: bool, codes: list[str]) -> None:
    verdict = judge(candidate, _scores(0.80, {}), GateSettings(tolerance=0.01, recall_margin=0.05, min_support=5))
    assert verdict.passed is passed
    assert [r["code"] for r in verdict.reasons] == codes


def test_gate_ignores_labels_below_min_support_and_needs_data() -> None:
    settings = GateSettings(min_support=5)
    assert judge(_scores(0.8, {"labour": 0.0}, support=3), _scores(0.8, {}, support=3), settings).passed
    assert not judge(_scores(0.8, {"labour": 0.0}, support=3), _scores(0.8, {}, support=3),
                     GateSettings(min_support=1)).passed
    assert not judge({"n": 0}, _scores(0.8, {}), settings).passed
    assert judge(_scores(0.1, {}), None, settings).passed  # nothing active to be worse than


def _paired(label: str, lost: int, won: int, same: int) -> Paired:
    """Predictions on cases of ``label``: ``lost`` only the active model gets right, ``won`` only the candidate."""
    other = "other" if label != "other" else "sme"
    truth = [label] * (lost + won + same)
    active = [label] * lost + [other] * won + [label] * same
    candidate = [other] * lost + [label] * won + [label] * same
    return Paired(truth=truth, candidate=candidate, active=active)


def test_every_drop_beyond_the_margin_blocks_by_default() -> None:
    # Housing recall 1.0 -> 0.8 on 10 cases: beyond the 0.05 margin, so the default (strict) gate says no.
    active, candidate = _scores(0.80, {"housing": 1.0}), _scores(0.80, {"housing": 0.8})
    strict = judge(candidate, active, GateSettings(), _paired("housing", lost=2, won=0, same=8))
    assert not strict.passed and strict.reasons[0]["code"] == "recall_drop"


def test_opt_in_significance_lets_a_drop_resting_on_a_few_cases_pass() -> None:
    # Two cases, p = 0.25 in a sign test: with significance 0.05 switched on, noted but not blocking.
    active, candidate = _scores(0.80, {"housing": 1.0}), _scores(0.80, {"housing": 0.8})
    verdict = judge(candidate, active, GateSettings(significance=0.05), _paired("housing", lost=2, won=0, same=8))
    assert verdict.passed
    assert [r["code"] for r in verdict.reasons] == ["no_worse", "not_significant_recall_drop"]
    assert verdict.reasons[1]["sign_test"] == {"lost": 2, "won": 0, "p_value": 0.25}


def test_a_significant_drop_blocks() -> None:
    active, candidate = _scores(0.80, {"housing": 1.0}), _scores(0.80, {"housing": 0.6})
    verdict = judge(candidate, active, GateSettings(significance=0.05), _paired("housing", lost=8, won=0, same=12))
    assert not verdict.passed
    assert verdict.reasons[0]["code"] == "recall_drop" and verdict.reasons[0]["sign_test"]["p_value"] < 0.05


def test_a_candidate_right_wherever_the_active_model_is_passes() -> None:
    """Both models are averaged over the same labels (operator review, 2026-11-29): the candidate's one wrong "other",
    a label absent from the gate set, used to add an F1 of 0 to its average only, and it lost 0.8 to 0.63."""
    truth = ["labour"] * 5 + ["finance"] * 5
    active = ["labour"] * 4 + ["finance"] + ["finance"] * 4 + ["labour"]  # 8 of 10
    candidate = ["labour"] * 4 + ["other"] + ["finance"] * 5  # 9 of 10, and every case the active model got
    a, c = scores(truth, active), scores(truth, candidate)
    assert c["macro_f1"] > a["macro_f1"]
    paired = Paired(truth, candidate, active)
    verdict = judge(c, a, GateSettings(), paired)
    assert verdict.passed, verdict.reasons


# --- retrain, registry, promotion, rollback -----------------------------------------------------------------------


def test_retrain_registers_and_promotes_a_no_worse_candidate(app: Flask, client: FlaskClient, headers: Headers,
                                                             eval_file: Path, tmp_path: Path) -> None:
    shipped = active_file_version(app)
    for row in TINY_ROWS[::4]:
        case = submit(client, headers, row["text"] + "，已经拖了很久")
        correct(client, headers, case["id"], row["label"])
    good = _jsonl(tmp_path / "good.jsonl", [{"text": r["text"] + "。", "label": r["label"]} for r in TINY_ROWS])
    assert retrain(app, "--data", str(good), "--eval", str(eval_file), "--holdout-share", "0",
                   "--tolerance", "1", "--recall-margin", "1", "--notes", "first retraining") == 0
    registered = versions(app)
    candidate = next(v for v in registered.values() if v.trained_by == "tester")
    assert set(registered) == {shipped, candidate.version}  # the published version was imported as the baseline
    assert registered[shipped].trained_by == "import"
    assert active(app) == candidate.version
    assert candidate.decision["promoted"] is True and candidate.forced is False
    assert candidate.decision["compared_with"] == shipped
    assert candidate.promoted_at is not None and candidate.notes == "first retraining"
    assert candidate.counts["by_source"] == {"court_reviewed": 10, "good": 40}
    assert set(candidate.evaluation) == {"eval:eval", "gate"}
    assert (app.extensions["settings"].model_dir / "CURRENT").read_text().strip() == candidate.version
    with app.app_context(), Session(db.get_engine()) as session:
        kinds = [a.kind for a in session.exec(select(ModelActivation).order_by(ModelActivation.id)).all()]
    assert kinds == ["import", "promote"]


def active_file_version(app: Flask) -> str:
    return (app.extensions["settings"].model_dir / "CURRENT").read_text().strip()


def test_a_worse_candidate_is_recorded_but_not_promoted(app: Flask, eval_file: Path, wrong_file: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    shipped = active_file_version(app)
    assert retrain(app, "--data", str(wrong_file), "--eval", str(eval_file)) == 3
    out = capsys.readouterr().out
    assert "NOT PROMOTED" in out and "macro-F1" in out and "recall housing" in out
    candidate = next(v for v in versions(app).values() if v.trained_by == "tester")
    assert candidate.decision["promoted"] is False
    assert {r["code"] for r in candidate.decision["gate"]["reasons"]} >= {"macro_f1_drop", "recall_drop"}
    assert candidate.promoted_at is None
    assert active(app) == shipped and active_file_version(app) == shipped


def test_force_promotes_and_says_so_then_rollback_returns(app: Flask, client: FlaskClient, headers: Headers,
                                                          eval_file: Path, wrong_file: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    shipped = active_file_version(app)
    assert retrain(app, "--data", str(wrong_file), "--eval", str(eval_file), "--force", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["promoted"] is True and report["forced"] is True and report["gate"]["passed"] is False
    forced = report["version"]
    assert versions(app)[forced].forced is True and active(app) == forced
    # Every worker reads the pointer from the database: the next request is answered by the forced version.
    assert client.post("/api/v1/classify", json={"text": "老板拖欠工资"}).get_json()["prediction"][
        "model_version"] == forced
    case = submit(client, headers, "老板拖欠我三个月工资不给")
    with app.app_context(), Session(db.get_engine()) as session:
        decision = session.exec(select(RoutingDecision)).one()
    assert decision.model_version == forced and decision.rules_version == case["decision"]["rules_version"]

    runner = app.test_cli_runner()
    result = runner.invoke(args=["model", "rollback", "--by", "admin"])
    assert result.exit_code == 0, result.output
    assert active(app) == shipped and active_file_version(app) == shipped
    assert client.post("/api/v1/classify", json={"text": "老板拖欠工资"}).get_json()["prediction"][
        "model_version"] == shipped
    with app.app_context(), Session(db.get_engine()) as session:
        last = registry.activations(session=session)[0]
    assert (last.kind, last.version, last.previous_version, last.actor) == ("rollback", shipped, forced, "admin")
    # Nothing older than the baseline: a plain rollback has nowhere to go; an unknown version is an error.
    assert runner.invoke(args=["model", "rollback"]).exit_code == 2
    assert runner.invoke(args=["model", "rollback", "20000101-000000-nope"]).exit_code == 2
    assert runner.invoke(args=["model", "rollback", forced]).exit_code == 0  # any registered version, by name
    assert active(app) == forced


def test_models_endpoint_lists_versions_and_marks_the_active_one(app: Flask, client: FlaskClient, headers: Headers,
                                                                eval_file: Path, wrong_file: Path) -> None:
    shipped = active_file_version(app)
    retrain(app, "--data", str(wrong_file), "--eval", str(eval_file))
    body = client.get("/api/v1/models", headers=headers).get_json()
    assert body["active"]["version"] == shipped
    assert body["serving"]["version"] == shipped and body["serving"]["last_error"] is None
    items = {item["version"]: item for item in body["items"]}
    assert len(items) == 2 and items[shipped]["active"] is True
    rejected = next(item for item in body["items"] if item["version"] != shipped)
    assert rejected["active"] is False and rejected["decision"]["promoted"] is False
    assert rejected["scores"]["gate"]["n"] == len(TINY_ROWS)
    assert set(rejected["scores"]["gate"]["per_label"]["housing"]) == {"recall", "f1", "support"}
    assert rejected["decision"]["compared_scores"]["gate"]["macro_f1"] > rejected["scores"]["gate"]["macro_f1"]
    assert [a["kind"] for a in body["activations"]] == ["import"]


def test_a_version_that_fails_to_load_is_reported_and_the_old_one_keeps_serving(
        app: Flask, client: FlaskClient, headers: Headers) -> None:
    model_dir: Path = app.extensions["settings"].model_dir
    shipped = active_file_version(app)
    broken = "20991231-000000-broken"
    (model_dir / broken).mkdir()
    (model_dir / broken / "model.skops").write_bytes(b"not a zip file")
    (model_dir / broken / "metadata.json").write_text("{}", encoding="utf-8")
    assert client.post("/api/v1/classify", json={"text": "老板拖欠工资"}).status_code == 200  # serving the shipped one
    with app.app_context(), Session(db.get_engine()) as session:
        for version in (shipped, broken):
            registry.register(session=session, version=ModelVersion(
                version=version, trained_by="t", data_hash="", counts={}, details={}, evaluation={}, decision={}))
        registry.activate(session=session, version=shipped, actor="t", kind=ActivationKind.import_)
        registry.activate(session=session, version=broken, actor="t", kind=ActivationKind.rollback)
        session.commit()
    answer = client.post("/api/v1/classify", json={"text": "老板拖欠工资"})
    assert answer.status_code == 200 and answer.get_json()["prediction"]["model_version"] == shipped
    ready = client.get("/ready")
    assert ready.status_code == 200
    model_check = ready.get_json()["checks"]["model"]
    assert model_check["version"] == shipped and model_check["active_version"] == broken
    assert broken in model_check["last_error"]
    serving = client.get("/api/v1/models", headers=headers).get_json()["serving"]
    assert serving["version"] == shipped and broken in serving["last_error"]


def test_a_plain_rollback_returns_to_what_served_before(app: Flask) -> None:
    """Operator review, 2026-11-29: after ``rollback --force`` to try an older rejected candidate, a plain rollback
    went back past the version that had been serving, to the baseline, by creation time."""
    with app.app_context(), Session(db.get_engine()) as session:
        for name in ("base", "a", "candidate", "b"):  # created in this order
            registry.register(session=session, version=ModelVersion(
                version=name, trained_by="t", data_hash="", counts={}, details={}, evaluation={}, decision={}))
            session.flush()
        registry.activate(session=session, version="base", actor="t", kind=ActivationKind.import_)
        registry.activate(session=session, version="a", actor="t", kind=ActivationKind.promote)
        registry.activate(session=session, version="b", actor="t", kind=ActivationKind.promote)
        registry.activate(session=session, version="candidate", actor="t", kind=ActivationKind.rollback)  # --force
        assert registry.rollback_target(session=session) == "b"
        registry.activate(session=session, version="b", actor="t", kind=ActivationKind.rollback)
        # Repeated rollbacks step back through what was promoted: b, then a, then the baseline; never forward.
        assert registry.rollback_target(session=session) == "a"
        registry.activate(session=session, version="a", actor="t", kind=ActivationKind.rollback)
        assert registry.rollback_target(session=session) == "base"


def test_file_only_mode_ignores_the_registry(app: Flask, settings: Any) -> None:
    from service import create_app

    file_app = create_app(settings.model_copy(update={"model_source": "file"}))
    assert file_app.test_client().get("/ready").get_json()["checks"]["model"]["version"] == active_file_version(app)
    file_app.extensions["db_engine"].dispose()


@pytest.mark.slow
def test_python_m_training_retrain_and_rollback(tmp_path: Path, model_dir: Path, eval_file: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    db.upgrade(url)
    env = {"DISPUTES_DATABASE_URL": url, "DISPUTES_MODEL_DIR": str(model_dir), "DISPUTES_ENVIRONMENT": "test",
           "PATH": "/usr/bin:/bin"}
    shipped = (model_dir / "CURRENT").read_text().strip()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "training", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300, check=False)

    trained = run("retrain", "--no-corpus", "--data", str(TINY), "--eval", str(eval_file), "--json", "--force")
    assert trained.returncode == 0, trained.stderr
    report = json.loads(trained.stdout)
    assert report["promoted"] and report["active_version"] == shipped
    assert (model_dir / "CURRENT").read_text().strip() == report["version"]
    back = run("rollback")
    assert back.returncode == 0, back.stderr
    assert f"active version: {shipped}" in back.stdout
    assert (model_dir / "CURRENT").read_text().strip() == shipped


def test_dashboard_shows_the_versions_their_scores_and_the_active_one(app: Flask, client: FlaskClient,
                                                                      eval_file: Path, wrong_file: Path) -> None:
    from tests.web_helpers import make_user, sign_in

    shipped = active_file_version(app)
    retrain(app, "--data", str(wrong_file), "--eval", str(eval_file))
    rejected = next(v for v in versions(app) if v != shipped)
    make_user(app, "root", "admin")
    sign_in(client, "root")
    page = client.get("/dashboard").get_data(as_text=True)
    section = page[page.index('id="model-versions"'):]
    assert "各模型版本的宏平均 F1" in section and "<svg" in section
    rows = re.findall(r"<tr(?: class=\"active-version\")?>.*?</tr>", section, flags=re.S)
    active_rows = [r for r in rows if 'class="active-version"' in r]
    assert len(active_rows) == 1 and shipped in active_rows[0] and "当前" in active_rows[0]
    rejected_row = next(r for r in rows if rejected in r)
    assert "未通过闸门" in rejected_row and "tester" in rejected_row
    assert f"{versions(app)[rejected].evaluation['gate']['macro_f1']:.3f}" in rejected_row


def test_the_served_versions_deleted_files_are_reported_where_operators_look(
        app: Flask, client: FlaskClient, headers: Headers) -> None:
    """Files deleted under the served version: answers keep coming from memory, /ready stays 200 but says why a
    restart would fail, and so do /models and the admins' dashboard (without the server path)."""
    from tests.web_helpers import make_user, sign_in

    shipped = active_file_version(app)
    model_dir: Path = app.extensions["settings"].model_dir
    assert client.post("/api/v1/classify", json={"text": "老板拖欠工资"}).status_code == 200
    (model_dir / shipped / "model.skops").unlink()
    answer = client.post("/api/v1/classify", json={"text": "老板拖欠工资"})
    assert answer.status_code == 200 and answer.get_json()["prediction"]["model_version"] == shipped
    ready = client.get("/ready")
    check = ready.get_json()["checks"]["model"]
    assert ready.status_code == 200 and check["version"] == shipped and "model.skops" in check["last_error"]
    assert "rollback" in client.get("/api/v1/models", headers=headers).get_json()["serving"]["last_error"]
    make_user(app, "root", "admin")
    sign_in(client, "root")
    page = client.get("/dashboard").get_data(as_text=True)
    alert = page[page.index('id="model-load-error"'):].split("</p>", 1)[0]
    assert f"仍在使用 <code>{shipped}</code>" in alert and "文件已不在模型目录中" in alert
    assert "新版本加载失败" not in alert and str(model_dir) not in alert


def test_only_admins_see_the_versions(app: Flask, client: FlaskClient) -> None:
    from tests.web_helpers import make_user, sign_in

    make_user(app, "wang", "clerk")
    sign_in(client, "wang")
    assert 'id="model-versions"' not in client.get("/dashboard").get_data(as_text=True)


@pytest.mark.parametrize(("option", "value", "wanted"), [
    ("--corpus-weight", "-1", "a number at least 0"),
    ("--corpus-weight", "nan", "a number at least 0"),
    ("--holdout-share", "5", "a number at least 0 and below 1"),
    ("--holdout-share", "1", "a number at least 0 and below 1"),
    ("--tolerance", "1.5", "a number at least 0 and at most 1"),
    ("--recall-margin", "-0.1", "a number at least 0 and at most 1"),
    ("--min-support", "-3", "an integer at least 0"),
    ("--min-support", "2.5", "an integer at least 0"),
    ("--significance", "0", "a number above 0 and at most 1"),
    ("--significance", "abc", "a number above 0 and at most 1"),
])
def test_retrain_options_out_of_range_are_bad_input(app: Flask, option: str, value: str, wanted: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        retrain(app, option, value)
    assert exited.value.code == 2
    assert f"argument {option}: must be {wanted}" in capsys.readouterr().err
    assert versions(app) == {}  # nothing trained, nothing registered


def test_an_out_of_range_setting_is_refused_like_the_option(app: Flask, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DISPUTES_REVIEW_HOLDOUT_SHARE", "5")
    with pytest.raises(SystemExit) as exited:
        retrain(app)
    assert exited.value.code == 2 and "argument --holdout-share: must be" in capsys.readouterr().err
    # Given on the command line, the setting is not used: the run goes on (and stops for want of data here).
    assert retrain(app, "--holdout-share", "0.5") == 2
    assert "not enough training data" in capsys.readouterr().err


def test_rollback_to_a_version_never_active_needs_force(app: Flask, eval_file: Path, wrong_file: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    shipped = active_file_version(app)
    assert retrain(app, "--data", str(wrong_file), "--eval", str(eval_file)) == 3
    rejected = next(v for v in versions(app) if v != shipped)
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["model", "rollback", rejected])
    assert refused.exit_code == 2
    assert f"model version {rejected} was never active (the promotion gate rejected it)" in refused.output
    assert "--force" in refused.output
    assert active(app) == shipped and active_file_version(app) == shipped
    forced = runner.invoke(args=["model", "rollback", rejected, "--force", "--by", "admin"])
    assert forced.exit_code == 0, forced.output
    assert "(forced: it was never active before)" in forced.output
    assert active(app) == rejected and active_file_version(app) == rejected
    with app.app_context(), Session(db.get_engine()) as session:
        last = registry.activations(session=session)[0]
    assert (last.kind, last.version, last.actor) == ("force", rejected, "admin")
    # Once it has been in service, going back to it is an ordinary rollback.
    assert runner.invoke(args=["model", "rollback", shipped]).exit_code == 0
    assert runner.invoke(args=["model", "rollback", rejected]).exit_code == 0


def test_an_empty_registry_and_a_current_file_naming_a_missing_version(
        app: Flask, capsys: pytest.CaptureFixture[str]) -> None:
    """The first retrain imports the version CURRENT names; a dangling CURRENT was a FileNotFoundError traceback."""
    model_dir: Path = app.extensions["settings"].model_dir
    (model_dir / "CURRENT").write_text("20990101-000000-gone\n", encoding="utf-8")
    assert retrain(app) == 2
    err = capsys.readouterr().err
    assert "names version 20990101-000000-gone, whose metadata.json cannot be read" in err and "Traceback" not in err
    assert versions(app) == {}


def test_rolling_back_to_the_active_version_changes_nothing(app: Flask, capsys: pytest.CaptureFixture[str]) -> None:
    """Operator review: `rollback X` with X active recorded a rollback from X to X."""
    with app.app_context(), Session(db.get_engine()) as session:
        registry.register(session=session, version=ModelVersion(
            version="base", trained_by="t", data_hash="", counts={}, details={}, evaluation={}, decision={}))
        registry.activate(session=session, version="base", actor="t", kind=ActivationKind.import_)
        session.commit()
    assert training_main(["rollback", "base", "--no-check"], engine=app.extensions["db_engine"]) == 2
    assert "already the active version; nothing was changed" in capsys.readouterr().err
    with app.app_context(), Session(db.get_engine()) as session:
        assert len(registry.activations(session=session)) == 1
