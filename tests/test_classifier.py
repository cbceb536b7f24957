"""Loading artifacts safely, predictions, explanations and the hot-swapping ModelStore."""

from __future__ import annotations

import logging
import shutil
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio

from service.classifier import TRUSTED_TYPES, ModelStore, current_file_source, load_version, write_current
from service.errors import EmptyText, ModelUnavailable
from service.labels import LABELS
from tests.helpers import TINY, train_tiny
from training.data import read_jsonl


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("models")
    train_tiny(directory)
    return directory


def _version(model_dir: Path) -> str:
    return (model_dir / "CURRENT").read_text(encoding="utf-8").strip()


def test_round_trip_predicts_like_the_trained_pipeline(model_dir: Path) -> None:
    model = load_version(model_dir, _version(model_dir))
    texts = [s.text for s in read_jsonl(TINY)]
    direct = model.pipeline.predict_proba(texts)
    reloaded = sio.load(model_dir / _version(model_dir) / "model.skops", trusted=TRUSTED_TYPES)
    np.testing.assert_allclose(reloaded.predict_proba(texts), direct)
    for text, row in zip(texts[:5], direct[:5], strict=True):
        prediction = model.predict(text)
        assert prediction.probabilities[prediction.label] == pytest.approx(row.max())


def test_artifact_is_compressed(model_dir: Path) -> None:
    with zipfile.ZipFile(model_dir / _version(model_dir) / "model.skops") as artifact:
        members = artifact.infolist()
    assert members and all(m.compress_type == zipfile.ZIP_DEFLATED for m in members)
    assert sum(m.compress_size for m in members) < sum(m.file_size for m in members) / 2


def test_prediction_shape_and_explanation(model_dir: Path) -> None:
    prediction = load_version(model_dir, _version(model_dir)).predict("公司拖欠我三个月工资，还不给经济补偿")
    assert prediction.label in LABELS
    assert set(prediction.probabilities) == set(LABELS)
    assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
    assert prediction.confidence == max(prediction.probabilities.values())
    assert prediction.terms, "a prediction names the terms that drove it"
    weights = [t.weight for t in prediction.terms]
    assert all(w > 0 for w in weights) and weights == sorted(weights, reverse=True)
    assert all(t.kind in {"word", "chars", "lexicon"} for t in prediction.terms)
    body = prediction.to_dict()
    assert body["label_name"] and body["model_version"] == _version(model_dir)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused(model_dir: Path, text: str) -> None:
    with pytest.raises(EmptyText):
        load_version(model_dir, _version(model_dir)).predict(text)


def test_untrusted_types_are_refused(model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("service.classifier.TRUSTED_TYPES", ["service.text.normalize"])
    with pytest.raises(ModelUnavailable, match="不受信任"):
        load_version(model_dir, _version(model_dir))


def test_missing_or_corrupt_version(tmp_path: Path, model_dir: Path) -> None:
    with pytest.raises(ModelUnavailable):
        load_version(tmp_path, "nope")
    broken = tmp_path / "broken"
    shutil.copytree(model_dir / _version(model_dir), broken)
    (broken / "model.skops").write_bytes(b"not a zip file")
    with pytest.raises(ModelUnavailable):
        load_version(tmp_path, "broken")


def test_a_zip_damaged_inside_is_reported_like_any_broken_version(tmp_path: Path, model_dir: Path) -> None:
    """Bytes flipped in the middle of the archive keep it a zip (its directory is at the end), so the damage shows
    only when a member is inflated (zlib.error, or a CRC error): still a version that does not load, not a crash."""
    damaged = tmp_path / "damaged"
    shutil.copytree(model_dir / _version(model_dir), damaged)
    artifact = damaged / "model.skops"
    with zipfile.ZipFile(artifact) as archive:
        largest = max(archive.infolist(), key=lambda info: info.compress_size)
    assert largest.compress_type == zipfile.ZIP_DEFLATED
    data = bytearray(artifact.read_bytes())
    name_length, extra_length = struct.unpack("<HH", data[largest.header_offset + 26:largest.header_offset + 30])
    start = largest.header_offset + 30 + name_length + extra_length  # the member's deflated bytes
    data[start:start + 2000] = bytes(b ^ 0xFF for b in data[start:start + 2000])
    artifact.write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match="damaged 无法加载"):
        load_version(tmp_path, "damaged")


def test_store_without_any_model_reports_why(tmp_path: Path) -> None:
    store = ModelStore(tmp_path, current_file_source(tmp_path), check_seconds=0)
    with pytest.raises(ModelUnavailable, match="python -m training train"):
        store.get()


def test_store_swaps_on_new_version_and_keeps_serving_on_bad_one(tmp_path: Path, model_dir: Path) -> None:
    first = _version(model_dir)
    shutil.copytree(model_dir / first, tmp_path / first)
    write_current(tmp_path, first)
    store = ModelStore(tmp_path, current_file_source(tmp_path), check_seconds=0)
    held = store.get()
    assert held.version == first

    shutil.copytree(model_dir / first, tmp_path / "second")
    write_current(tmp_path, "second")
    assert store.get().version == "second"
    assert held.version == first, "a reference taken before the swap is not changed under the caller"

    (tmp_path / "third").mkdir()
    write_current(tmp_path, "third")
    assert store.get().version == "second"
    assert store.last_error and "third" in store.last_error


def test_store_reports_the_served_versions_files_gone_and_keeps_serving(
        tmp_path: Path, model_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Files deleted under a loaded version: this worker serves from memory, but the next one to start would fail,
    so the store says so (in /ready and /models through last_error), logs it once, and clears it when they return."""
    version = _version(model_dir)
    shutil.copytree(model_dir / version, tmp_path / version)
    write_current(tmp_path, version)
    store = ModelStore(tmp_path, current_file_source(tmp_path), check_seconds=0)
    assert store.get().version == version and store.last_error is None
    artifact = tmp_path / version / "model.skops"
    kept = artifact.read_bytes()
    artifact.unlink()
    with caplog.at_level(logging.ERROR, logger="service.classifier"):
        for _ in range(3):
            assert store.get().predict("信用卡逾期三个月").model_version == version
    assert store.last_error and version in store.last_error and "model.skops" in store.last_error
    assert "rollback" in store.last_error and store.status()["last_error"] == store.last_error
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "files missing" in errors[0]  # once, not at every check
    artifact.write_bytes(kept)
    assert store.get().version == version and store.last_error is None


def test_store_checks_no_more_often_than_configured(tmp_path: Path, model_dir: Path) -> None:
    calls: list[int] = []
    version = _version(model_dir)

    def source() -> str:
        calls.append(1)
        return version

    store = ModelStore(model_dir, source, check_seconds=3600)
    for _ in range(5):
        store.get()
    assert len(calls) == 1


def test_classify_python_api(model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from service.classifier import classify

    prediction = classify("信用卡逾期三个月，银行打电话催收", model_dir=model_dir)
    assert prediction.label in LABELS and prediction.model_version == _version(model_dir)
    monkeypatch.setenv("DISPUTES_MODEL_DIR", str(model_dir))
    assert classify("信用卡逾期三个月，银行打电话催收") == prediction
    with pytest.raises(EmptyText):
        classify("  ", model_dir=model_dir)
    with pytest.raises(ModelUnavailable, match="python -m training train"):
        classify("欠薪", model_dir=tmp_path)
