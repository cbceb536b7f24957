"""The training command line end to end: train, evaluate, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import skops.io as sio

from service.classifier import TRUSTED_TYPES
from service.labels import LABELS
from tests.helpers import TINY
from training.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-models")
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(out)]) == 0
    return out


def test_train_publishes_a_version_with_metadata(trained: Path) -> None:
    version = (trained / "CURRENT").read_text(encoding="utf-8").strip()
    metadata = json.loads((trained / version / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["version"] == version
    assert metadata["labels"] == list(LABELS)
    assert metadata["data"]["by_label"] == dict.fromkeys(sorted(LABELS), 8)
    assert len(metadata["data"]["hash"]) == 64
    assert set(metadata["versions"]) >= {"scikit-learn", "skops", "jieba", "python"}
    assert 0.0 <= metadata["evaluation"]["holdout"]["macro_f1"] <= 1.0
    # The artifact loads only with our explicit trusted-types list.
    assert set(sio.get_untrusted_types(file=trained / version / "model.skops")) <= set(TRUSTED_TYPES)


def test_training_is_deterministic(tmp_path: Path, trained: Path) -> None:
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(tmp_path)]) == 0
    first = (trained / (trained / "CURRENT").read_text().strip() / "metadata.json")
    second = (tmp_path / (tmp_path / "CURRENT").read_text().strip() / "metadata.json")
    scores_a = json.loads(first.read_text())["evaluation"]
    scores_b = json.loads(second.read_text())["evaluation"]
    assert scores_a == scores_b


def test_evaluate_prints_one_json_object(trained: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--data", str(TINY), "--model", str(trained)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {"macro_f1", "accuracy", "per_label", "confusion_matrix"}
    assert set(report["per_label"]) == set(LABELS)
    assert set(report["per_label"]["labour"]) == {"precision", "recall", "f1", "support"}
    matrix = report["confusion_matrix"]["rows_true_cols_pred"]
    assert sum(map(sum, matrix)) == report["n"] == 40
    # A model evaluated on its own training data fits it closely.
    assert report["macro_f1"] >= 0.9


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "欠薪", "label": "labour"}\n{"text": "x", "label": \n', "bad.jsonl:2: not valid JSON"),
        ('{"text": "欠薪", "label": "wages"}\n', "bad.jsonl:1: unknown label 'wages'"),
        ('{"text": "   ", "label": "labour"}\n', 'bad.jsonl:1: missing or empty "text"'),
        ('["text", "label"]\n', "bad.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_data_gives_line_number_and_exit_2(
    tmp_path: Path, trained: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    assert main(["evaluate", "--data", str(bad), "--model", str(trained)]) == 2
    assert message in capsys.readouterr().err
    assert main(["train", "--no-corpus", "--data", str(bad), "--out", str(tmp_path / "m")]) == 2
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(("content", "message"), [
    # A court's export is often GBK; line 2 holds its first non-UTF-8 byte (operator review, 2026-11-29).
    ('{"text": "欠薪", "label": "labour"}\n'.encode() + '{"text": "拖欠工资", "label": "labour"}\n'.encode("gbk"),
     "bad.jsonl:2: not UTF-8 text"),
    ('{"text": "欠薪", "label": "labour"}\n'.encode("utf-16"), "bad.jsonl:1: not UTF-8 text"),
])
def test_a_file_that_is_not_utf8_is_named_with_its_line(
    tmp_path: Path, trained: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    assert main(["evaluate", "--data", str(bad), "--model", str(trained)]) == 2
    assert message in capsys.readouterr().err


def test_old_mac_line_endings_are_lines(tmp_path: Path, trained: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cr = tmp_path / "cr.jsonl"
    cr.write_bytes(TINY.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    assert main(["evaluate", "--data", str(cr), "--model", str(trained)]) == 0, capsys.readouterr().err


def test_a_byte_order_mark_and_a_directory(tmp_path: Path, trained: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_bom = tmp_path / "bom.jsonl"
    with_bom.write_bytes("\ufeff".encode() + TINY.read_bytes())
    assert main(["evaluate", "--data", str(with_bom), "--model", str(trained)]) == 0
    capsys.readouterr()
    assert main(["evaluate", "--data", str(tmp_path), "--model", str(trained)]) == 2
    assert "is a directory, not a JSONL file" in capsys.readouterr().err


def test_missing_file_and_missing_model(tmp_path: Path, trained: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--data", str(tmp_path / "nope.jsonl"), "--model", str(trained)]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["evaluate", "--data", str(TINY), "--model", str(tmp_path)]) == 2
    assert "no model version" in capsys.readouterr().err


def test_cli_runs_as_a_module_with_progress_on_stderr(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "training", "train", "--no-corpus", "--data", str(TINY), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "[training]" in result.stderr
    assert json.loads(result.stdout)["version"] == (tmp_path / "CURRENT").read_text().strip()


def test_unknown_subcommand_exits_non_zero() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["fly"])
    assert exc.value.code == 2


def test_too_little_data_is_bad_input_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    two = tmp_path / "two.jsonl"
    two.write_text('{"text": "老板拖欠工资不给", "label": "labour"}\n'
                   '{"text": "信用卡逾期银行起诉", "label": "finance"}\n', encoding="utf-8")
    assert main(["train", "--no-corpus", "--data", str(two), "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "not enough training data (finance 1, labour 1): each label needs at least 4 examples" in err
    assert not (tmp_path / "m").exists()
    # Enough per label, but too few in all for the held-out share to hold one example of each of the five labels.
    rows = [line for line in TINY.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_label: dict[str, list[str]] = {}
    for line in rows:
        per_label.setdefault(json.loads(line)["label"], []).append(line)
    five = tmp_path / "five.jsonl"
    five.write_text("".join(line + "\n" for lines in per_label.values() for line in lines[:5]), encoding="utf-8")
    assert main(["train", "--no-corpus", "--data", str(five), "--out", str(tmp_path / "m")]) == 2
    assert "at least 27 examples in all" in capsys.readouterr().err


def test_no_corpus_without_data_says_the_flag_left_it_out(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "--no-corpus", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "--no-corpus leaves out the shipped corpus, so give --data FILE" in err and "missing" not in err


def test_two_evaluation_files_with_one_name_are_both_kept(tmp_path: Path) -> None:
    """data/eval.jsonl and data/week2/eval.jsonl: the first was dropped when both were keyed "eval"."""
    first, second = tmp_path / "eval.jsonl", tmp_path / "week2" / "eval.jsonl"
    second.parent.mkdir()
    lines = TINY.read_text(encoding="utf-8").splitlines()
    first.write_text("\n".join(lines[:20]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[20:]) + "\n", encoding="utf-8")
    out = tmp_path / "m"
    assert main(["train", "--no-corpus", "--data", str(TINY), "--eval", str(first), str(second),
                 "--out", str(out)]) == 0
    version = (out / "CURRENT").read_text(encoding="utf-8").strip()
    evaluation = json.loads((out / version / "metadata.json").read_text(encoding="utf-8"))["evaluation"]
    assert {str(first), str(second)} <= set(evaluation)
    assert evaluation[str(first)]["n"] + evaluation[str(second)]["n"] == len([x for x in lines if x.strip()])


def test_a_model_that_cannot_be_written_is_one_line_and_leaves_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--out naming a file, or a disk that fills up while skops writes: tracebacks (exit 1), and a half-written
    .<version>.<pid>.tmp directory that nothing removed (operator review, 2026-11-29)."""
    a_file = tmp_path / "not-a-dir"
    a_file.write_text("x", encoding="utf-8")
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(a_file)]) == 2
    err = capsys.readouterr().err
    assert "error: cannot write model version" in err and "nothing was registered or activated" in err

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("training.publish.sio.dump", full)
    out = tmp_path / "models"
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(out.iterdir()) == []  # no temp directory, no version, no CURRENT


def test_ctrl_c_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("training.__main__.train_model", interrupted)
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(tmp_path / "m")]) == 130
    assert capsys.readouterr().err.strip().splitlines()[-1] == "interrupted (Ctrl+C)"


def test_train_says_what_current_means(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It said "(active)", but a service with a database registry serves the registry's active version once there
    is one (operator review, 2026-11-29)."""
    assert main(["train", "--no-corpus", "--data", str(TINY), "--out", str(tmp_path / "m")]) == 0
    err = capsys.readouterr().err
    assert "(active)" not in err and "CURRENT" in err and "until it has an active version" in err
