"""Loading and validating rules files; the ``python -m service.rules check`` command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InvalidRules
from service.rules import Stage, default_rules_path, load_rules, main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def rules_text() -> str:
    return default_rules_path().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_rules_load() -> None:
    rules = load_rules()
    assert rules.version.startswith("2026.6+")
    assert [r.id for r in rules.stage(Stage.category)][-1] == "O1"
    assert rules.cap_on(dt.date(2026, 6, 1)).mandatory_cap == Decimal(42_250)
    assert rules.cap_on(dt.date(2026, 6, 1)).consent_cap == Decimal(169_000)
    for rule in rules.rules:
        assert rule.basis.strip() and rule.explanation.strip()


@pytest.mark.parametrize(("old", "new", "message"), [
    ('when = { label = ["finance"] }', 'when = { label = ["banking"] }', "规则 F1：条件 label 含有未知的值 banking"),
    ('destination = "finance_mediation"\n', 'destination = "bank_office"\n', "规则 F1：未知的去向 bank_office"),
    ('when = { label = ["housing"] }', 'when = { labels = ["housing"] }', "规则 H1：条件 labels 无法识别"),
    ('when = { label = ["sme"] }\ndest', 'when = { amount_le = "a lot" }\ndest', "规则 S1：条件 amount_le 必须是数字"),
    ('when = { label = ["sme"] }\ndest', 'when = { any_flags = ["vip"] }\ndest', "规则 S1：条件 any_flags 含有"),
    ('when = { label = ["sme"] }\ndest', "when = {}\ndest", "规则 S1：缺少条件 when"),
    ('when = { label = ["sme"] }\ndest', 'when = { filed = "yes" }\ndest', "规则 S1：条件 filed 必须是 true 或 false"),
    ('when = { any_tags = ["no_simple"] }', 'when = { any_tags = ["nope"] }', "规则 P6：条件 any_tags 含有未知的值"),
    ('track = "small_claims"\n', 'track = "tiny_claims"\n', "规则 P1：未知的程序 tiny_claims"),
    ('id = "H1"\n', 'id = "F1"\n', "规则 id 重复：F1"),
    ('stage = "review"\nwhen = { confidence_lt', 'stage = "triage"\nwhen = { confidence_lt', "规则 R1：stage 必须是"),
    ("review_threshold = 0.8", "review_threshold = 5", "review_threshold 必须是 0 到 1 之间的数"),
    ('mediation_policy = "2025"', 'mediation_policy = "2030"', "mediation_policy 必须是"),
    ("trial_simple_months = 3", 'trial_simple_months = "three"', "[deadlines] trial_simple_months"),
    ("review_days = 7\n", "", "[deadlines] review_days 必须是非负整数"),  # a rules file from before the review limit
    ("[destinations.clerk_review]", "[destinations.clerk_desk]", "未知的分流去向 clerk_desk"),
    ('when = { label = ["sme"] }', 'when = { label = ["smb"] }', "繁简因素 category_sme：条件 label 含有未知的值 smb"),
])
def test_invalid_rules_name_the_problem(tmp_path: Path, rules_text: str, old: str, new: str, message: str) -> None:
    assert old in rules_text
    with pytest.raises(InvalidRules) as info:
        load_rules(write(tmp_path, rules_text.replace(old, new, 1)))
    assert message in info.value.message


def test_missing_catch_all(tmp_path: Path, rules_text: str) -> None:
    broken = rules_text.replace('id = "O1"\nstage = "category"\nwhen = { always = true }',
                                'id = "O1"\nstage = "category"\nwhen = { label = ["other"] }')
    with pytest.raises(InvalidRules, match="category 阶段缺少兜底规则"):
        load_rules(write(tmp_path, broken))


def test_missing_basis(tmp_path: Path, rules_text: str) -> None:
    start = rules_text.index('id = "P4"')
    end = rules_text.index("basis", start)
    broken = rules_text[:end] + "legal = " + rules_text[end + len("basis = "):]
    with pytest.raises(InvalidRules, match="规则 P4"):
        load_rules(write(tmp_path, broken))


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidRules, match="不是有效的 TOML"):
        load_rules(write(tmp_path, "version = \n"))
    with pytest.raises(InvalidRules, match="无法读取规则文件"):
        load_rules(tmp_path / "absent.toml")


def test_later_cap_applies_from_its_date(tmp_path: Path, rules_text: str) -> None:
    extra = ('\n[[small_claims_caps]]\nprovince = "甘肃"\neffective_from = 2027-01-01\nmandatory_cap = 48_000\n'
             'consent_cap = 192_000\n')
    rules = load_rules(write(tmp_path, rules_text + extra))
    assert rules.cap_on(dt.date(2026, 12, 31)).mandatory_cap == 42_250
    assert rules.cap_on(dt.date(2027, 1, 1)).mandatory_cap == 48_000
    assert rules.cap_on(dt.date(2020, 1, 1)).mandatory_cap == 42_250  # before any entry: the oldest


def test_overrides_are_validated() -> None:
    rules = load_rules()
    assert rules.with_overrides(review_threshold=0.7).settings["review_threshold"] == 0.7
    with pytest.raises(InvalidRules):
        rules.with_overrides(mediation_policy="2030")


def test_cli_check_prints_rules_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(default_rules_path())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("rules 2026.6+")
    ids = [line.split()[0] for line in lines[1:]]
    assert ids[:7] == ["G2", "G2S", "G2L", "J4", "J2", "J2U", "J1"]
    assert "O1" in ids and ids.index("O1") < ids.index("P1")


def test_cli_check_invalid_file_exits_non_zero(tmp_path: Path, rules_text: str) -> None:
    path = write(tmp_path, rules_text.replace('when = { label = ["finance"] }', 'when = { label = ["banking"] }'))
    result = subprocess.run([sys.executable, "-m", "service.rules", "check", str(path)], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "规则 F1" in result.stderr and result.stdout == ""
