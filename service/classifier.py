"""The served classifier: loading artifacts safely, predicting, explaining, hot-swapping.

A model version is a directory ``<model_dir>/<version>/`` holding ``model.skops``
and ``metadata.json``.  Which version is active is read from an
``ActiveVersionSource`` (the ``CURRENT`` file by default), re-checked every
``check_seconds``; a worker keeps its loaded model when a new one fails to load.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio
from sklearn.pipeline import Pipeline

from service.errors import EmptyText, ModelUnavailable
from service.fastpath import LinearScorer, UnsupportedPipeline, calibrated_part
from service.labels import DISPLAY_NAMES
from service.neighbours import NeighbourVote

log = logging.getLogger(__name__)

# Types skops does not trust by default that our artifacts contain: our own text
# functions and scikit-learn's private calibration helpers.  skops refuses anything else.
TRUSTED_TYPES = [
    "service.features.LexiconCounts",
    "service.neighbours.NeighbourVote",
    "service.text.normalize",
    "service.text.tokenize",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]
MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
CURRENT_FILE = "CURRENT"
TOP_TERMS = 8
# Feature-union block name -> the kind of term reported to clients.
_TERM_KINDS = {"words": "word", "chars": "chars", "lexicon": "lexicon"}


@dataclass(frozen=True)
class Term:
    """A feature that pushed the decision, with its contribution to the winning label's score."""

    term: str
    kind: str  # "word", "chars" or "lexicon" (an area's pooled vocabulary)
    weight: float


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float
    probabilities: dict[str, float]
    terms: tuple[Term, ...]
    model_version: str
    # Where the calibrated SVM was unsure: the share of the nearest training texts' vote each label got (averaged
    # into ``probabilities``); None when the SVM decided alone (service/neighbours.py).
    neighbour_vote: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "label_name": DISPLAY_NAMES.get(self.label, self.label),
            "confidence": round(self.confidence, 4),
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
            "terms": [{"term": t.term, "kind": t.kind, "weight": round(t.weight, 4)} for t in self.terms],
            "model_version": self.model_version,
            "neighbour_vote": None if self.neighbour_vote is None else {
                label: round(share, 4) for label, share in self.neighbour_vote.items() if share > 0},
        }


@dataclass
class LoadedModel:
    """A loaded artifact with the lookups needed to explain its decisions."""

    version: str
    pipeline: Pipeline
    metadata: dict[str, Any]
    labels: tuple[str, ...] = field(init=False)
    _coef: np.ndarray = field(init=False, repr=False)
    _names: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        classifier = self.pipeline.named_steps["classifier"]
        self.labels = tuple(str(c) for c in classifier.classes_)
        svm = calibrated_part(classifier).calibrated_classifiers_[0].estimator
        self._coef = np.asarray(svm.coef_, dtype=np.float64)
        self._names = self.pipeline.named_steps["features"].get_feature_names_out()
        try:
            self._scorer: LinearScorer | None = LinearScorer(self.pipeline)
        except UnsupportedPipeline as exc:
            log.warning("model %s: no fast path (%s); using scikit-learn per call", self.version, exc)
            self._scorer = None

    def predict(self, text: str) -> Prediction:
        """Classify one text.  :raise EmptyText: if ``text`` is empty or blank."""
        if not text or not text.strip():
            raise EmptyText()
        shares: np.ndarray | None = None
        if self._scorer is not None:
            indices, values = self._scorer.features(text)
            proba, shares = self._scorer.decide(indices, values)
        else:
            row = self.pipeline.named_steps["features"].transform([text]).tocsr()
            indices, values = row.indices, row.data
            step = self.pipeline.named_steps["classifier"]
            if isinstance(step, NeighbourVote):
                proba, shares = step.decide(step.estimator_.predict_proba(row)[0], indices, values)
            else:
                proba = step.predict_proba(row)[0]
        best = int(np.argmax(proba))
        return Prediction(
            label=self.labels[best],
            confidence=float(proba[best]),
            probabilities={label: float(p) for label, p in zip(self.labels, proba, strict=True)},
            terms=self._explain(indices, values, best),
            model_version=self.version,
            neighbour_vote=None if shares is None else {
                label: float(share) for label, share in zip(self.labels, shares, strict=True)},
        )

    def _explain(self, indices: np.ndarray, values: np.ndarray, best: int) -> tuple[Term, ...]:
        # Linear model: each feature contributes value * weight to the label's score.
        contributions = values * self._coef[best, indices]
        order = np.argsort(-contributions)[:TOP_TERMS]
        terms = []
        for i in order:
            if contributions[i] <= 0:
                break
            block, _, term = str(self._names[indices[i]]).partition("__")
            terms.append(Term(term=term, kind=_TERM_KINDS.get(block, block), weight=float(contributions[i])))
        return tuple(terms)


def load_version(model_dir: Path, version: str) -> LoadedModel:
    """Load ``model_dir/version`` with the explicit trusted-types list.

    :raise ModelUnavailable: if the files are missing or the artifact is not loadable.
    """
    path = Path(model_dir) / version
    try:
        metadata = json.loads((path / METADATA_FILE).read_text(encoding="utf-8"))
        pipeline = sio.load(path / MODEL_FILE, trusted=TRUSTED_TYPES)
        return LoadedModel(version=version, pipeline=pipeline, metadata=metadata)
    except sio.exceptions.UntrustedTypesFoundException as exc:
        raise ModelUnavailable(f"模型版本 {version} 含有不受信任的类型：{exc}") from exc
    except (OSError, ValueError, KeyError, AttributeError, TypeError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        # zlib.error: an archive damaged inside a deflated member (its directory, at the end, still reads)
        raise ModelUnavailable(f"模型版本 {version} 无法加载：{exc}") from exc


def classify(text: str, *, model_dir: Path | None = None) -> Prediction:
    """Classify one text with the version ``<model_dir>/CURRENT`` names (default: ``DISPUTES_MODEL_DIR``).

    The Python API for scripts and notebooks.  The model is loaded once per process and directory and not
    swapped afterwards; the web service uses ``ModelStore`` instead, which follows the active version.

    :raise EmptyText: if ``text`` is empty or blank.
    :raise ModelUnavailable: if no version is published there or it does not load.
    """
    if not text or not text.strip():
        raise EmptyText()
    if model_dir is None:
        from service.config import Settings  # settings are read at call time, never at import

        model_dir = Settings().model_dir
    return _published_model(Path(model_dir).resolve()).predict(text)


@functools.cache
def _published_model(model_dir: Path) -> LoadedModel:
    version = current_file_source(model_dir)()
    if version is None:
        raise ModelUnavailable(f"模型目录 {model_dir} 中没有已发布的模型，请先运行 python -m training train。")
    return load_version(model_dir, version)


ActiveVersionSource = Callable[[], str | None]


def current_file_source(model_dir: Path) -> ActiveVersionSource:
    """Read the active version from ``<model_dir>/CURRENT`` (one line)."""

    def read() -> str | None:
        try:
            return (Path(model_dir) / CURRENT_FILE).read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    return read


def write_current(model_dir: Path, version: str) -> None:
    """Atomically repoint ``CURRENT`` at ``version``."""
    tmp = Path(model_dir) / f".{CURRENT_FILE}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, Path(model_dir) / CURRENT_FILE)


def missing_files(model_dir: Path, version: str) -> list[str]:
    """The files of ``version`` that are not in ``model_dir`` (empty: it can be loaded, as far as files go)."""
    path = Path(model_dir) / version
    return [name for name in (METADATA_FILE, MODEL_FILE) if not (path / name).is_file()]


class ModelStore:
    """This worker's classifier, swapped when the active version changes.

    Callers take a reference from ``get()`` and keep it for the request, so a
    swap never tears a request in half.  A version that fails to load is
    reported (log, ``last_error``, ``status()``) and retried at the next check
    (its files may not have reached this host's volume yet); meanwhile the
    loaded model keeps serving.
    """

    def __init__(self, model_dir: Path, source: ActiveVersionSource, check_seconds: float,
                 fallback: ActiveVersionSource | None = None) -> None:
        self._model_dir = Path(model_dir)
        self._source = source
        # Used only while nothing is loaded and ``source`` fails (e.g. a database not migrated yet).
        self._fallback = fallback
        self._check_every = check_seconds
        self._lock = threading.Lock()
        self._model: LoadedModel | None = None
        self._checked_at = float("-inf")
        self.last_error: str | None = None
        self.wanted_version: str | None = None
        self.last_checked: float | None = None  # wall-clock time of the last check

    def get(self) -> LoadedModel:
        """The model to use now.  :raise ModelUnavailable: if no version could ever be loaded."""
        if time.monotonic() - self._checked_at >= self._check_every:
            # With a model loaded, a request never waits for another thread's reload: it serves the old model.
            self.refresh(wait=self._model is None)
        model = self._model
        if model is None:
            raise ModelUnavailable(self.last_error or "没有可用的分类模型。")
        return model

    def refresh(self, *, wait: bool = True) -> bool:
        """Load the active version if it changed; return whether the model was swapped."""
        if not self._lock.acquire(blocking=wait):
            return False
        try:
            self._checked_at = time.monotonic()
            self.last_checked = time.time()
            source_error = ""
            try:
                version = self._source()
            except Exception as exc:  # the source may be a database that is briefly down or not migrated yet
                source_error = f"无法读取当前模型版本：{type(exc).__name__}"
                if source_error != self.last_error:
                    log.warning("could not read the active model version: %s", exc)
                self.last_error = source_error
                if self._model is not None or self._fallback is None:
                    return False
                version = self._fallback()
            self.wanted_version = version
            if version is None:
                if self._model is None:
                    self.last_error = (f"模型目录 {self._model_dir} 中没有已发布的模型，请先运行 python -m training "
                                       f"train。" + (f"（{source_error}）" if source_error else ""))
                return False
            if self._model is not None and version == self._model.version:
                self.last_error = self._files_gone(version)
                return False
            return self._swap(version)
        finally:
            self._lock.release()

    def active_version(self) -> str | None:
        """The version workers are to serve, read from the source now (``None``: none published).  :raise: what the
        source raises (a database that is down)."""
        return self._source()

    def _files_gone(self, version: str) -> str | None:
        """Why the served version's files, deleted or moved since it was loaded, would stop a new worker (and this
        one after a restart) from loading it; ``None`` while they are there.  This worker keeps serving from memory.
        Two ``stat`` calls per check."""
        path = self._model_dir / version
        missing = missing_files(self._model_dir, version)
        if not missing:
            return None
        message = (f"模型版本 {version} 的文件已不在模型目录中（缺少 {'、'.join(missing)}）："
                   "本进程仍以已加载的模型服务，但重启或新启动的进程将无法加载。"
                   "请恢复该目录，或运行 python -m training rollback 改用其他版本。")
        if message != self.last_error:  # once, not at every check
            log.error("model %s: files missing from %s (%s); serving it from memory until this worker restarts",
                      version, path, ", ".join(missing))
        return message

    def _swap(self, version: str) -> bool:
        try:
            loaded = load_version(self._model_dir, version)
        except ModelUnavailable as exc:
            if exc.message != self.last_error:  # once per failure, not at every check
                log.error("model %s failed to load; keeping %s: %s",
                          version, self._model.version if self._model else None, exc.message)
            self.last_error = exc.message
            return False
        previous = self._model.version if self._model else None
        self._model = loaded
        self.last_error = None
        log.info("model swapped: %s -> %s", previous, version)
        return True

    @property
    def version(self) -> str | None:
        return self._model.version if self._model else None

    def status(self) -> dict[str, Any]:
        """What this worker serves, what it was asked to serve, and the last load error (for /ready, /models)."""
        return {"version": self.version, "active_version": self.wanted_version, "last_error": self.last_error,
                "check_seconds": self._check_every}
