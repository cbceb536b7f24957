"""Retraining from the clerks' reviews, the promotion gate, and rollback.

``retrain``: gather the shipped corpus, extra labelled files and the reviewed cases in the database; train a
candidate on all of it except the held-out data; score candidate and active model on the same held-out data (fixed
``--eval`` files and the held-back share of reviewed cases); register the candidate with the gate's verdict; promote
it (database pointer, then CURRENT) only if it is no worse, or when forced.

Every candidate is saved under ``<model_dir>/<version>/`` and registered, promoted or not, so a rejected one can
still be inspected or reactivated deliberately with ``rollback VERSION``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline
from sqlalchemy.engine import Engine
from sqlmodel import Session

from service import registry
from service.classifier import LoadedModel, load_version, write_current
from service.errors import ModelUnavailable
from service.labels import LABELS
from service.registry import ActivationKind
from service.tables import ModelVersion
from training.data import DataError, Sample, dedupe, read_jsonl, set_names, shipped_corpus_files
from training.gate import GateSettings, Paired, Verdict, judge
from training.pipeline import CALIBRATION_FOLDS
from training.publish import current_version, save_version
from training.reviewed import reviewed_cases, split_reviewed
from training.train import build_metadata, evaluate_pipeline, fit, progress

CORPUS_SOURCE_PREFIX = "corpus/"
GATE_SET = "gate"
REVIEWED_SET = "reviewed_holdout"


@dataclass(frozen=True)
class RetrainOptions:
    model_dir: Path
    trained_by: str
    data: Sequence[Path] = ()
    eval_files: Sequence[Path] = ()
    use_corpus: bool = True
    corpus_weight: float = 0.3
    holdout_share: float = 0.2
    gate: GateSettings = field(default_factory=GateSettings)
    force: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class TrainingData:
    train: list[Sample]
    eval_sets: dict[str, list[Sample]]

    def weights(self, corpus_weight: float) -> list[float] | None:
        """Court cases (and extra files) weigh 1, shipped corpus lines ``corpus_weight``; all 1 without court data."""
        if all(s.source.startswith(CORPUS_SOURCE_PREFIX) for s in self.train):
            return None
        return [corpus_weight if s.source.startswith(CORPUS_SOURCE_PREFIX) else 1.0 for s in self.train]


def gather(*, engine: Engine, options: RetrainOptions) -> TrainingData:
    """The training samples and the held-out sets; no text of a held-out set is trained on.

    :raise DataError: unreadable files, or no training data at all.
    """
    samples: list[Sample] = []
    if options.use_corpus:
        for path in shipped_corpus_files():
            samples.extend(read_jsonl(path, source=CORPUS_SOURCE_PREFIX + path.stem))
    for path in options.data:
        samples.extend(read_jsonl(path))
    reviewed_train, reviewed_held = split_reviewed(reviewed_cases(engine), options.holdout_share)
    samples.extend(reviewed_train)  # last, so a clerk's label wins over a file's label for the same text
    eval_sets: dict[str, list[Sample]] = {f"eval:{name}": read_jsonl(path)
                                          for name, path in set_names(options.eval_files).items()}
    if reviewed_held:
        eval_sets[REVIEWED_SET] = reviewed_held
    if eval_sets:
        eval_sets[GATE_SET] = dedupe(s for held in eval_sets.values() for s in held)
    held_texts = {s.text for held in eval_sets.values() for s in held}
    train = [s for s in dedupe(samples) if s.text not in held_texts]
    per_label = Counter(s.label for s in train)
    thin = {label: n for label, n in per_label.items() if n < CALIBRATION_FOLDS}
    if len(per_label) < 2 or thin:
        raise DataError(f"not enough training data: {dict(per_label)} (each label needs at least {CALIBRATION_FOLDS} "
                        "samples, and at least two labels are needed)")
    return TrainingData(train=train, eval_sets=eval_sets)


def ensure_baseline(*, session: Session, model_dir: Path) -> None:
    """Before the first retraining, register the version CURRENT names (published by ``python -m training train``)
    and make it the active row, so the registry has something to compare with and to roll back to."""
    if registry.get_active(session=session) is not None:
        return
    version = current_version(model_dir)
    if version is None:
        return
    if registry.get_version(session=session, version=version) is None:
        path = Path(model_dir) / version / "metadata.json"
        try:
            metadata = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(f"{Path(model_dir) / 'CURRENT'} names version {version}, whose {path.name} cannot be read "
                            f"({getattr(exc, 'strerror', None) or exc}); the registry is empty, so retrain starts from "
                            "that version. Point CURRENT at a complete version, or train one with "
                            "`python -m training train`.") from None
        data = metadata.get("data", {})
        registry.register(session=session, version=ModelVersion(
            version=version, trained_by="import", data_hash=str(data.get("hash", "")),
            counts={k: v for k, v in data.items() if k != "hash"}, details=metadata,
            evaluation=metadata.get("evaluation", {}),
            decision={"promoted": True, "reasons": [{"code": "imported",
                                                     "message": "由 CURRENT 文件导入的已发布版本。"}]},
        ))
    registry.activate(session=session, version=version, actor="import", kind=ActivationKind.import_,
                      note="registry started from CURRENT")


def retrain(*, engine: Engine, options: RetrainOptions) -> dict[str, Any]:
    """Train, compare, register and maybe promote a candidate; return the report (see ``format_report``)."""
    with Session(engine) as session:
        ensure_baseline(session=session, model_dir=options.model_dir)
        session.commit()
    data = gather(engine=engine, options=options)
    weights = data.weights(options.corpus_weight)
    progress(f"training a candidate on {len(data.train)} samples ...")
    started = time.perf_counter()
    pipeline = fit(data.train, weights=weights)
    seconds = time.perf_counter() - started
    candidate_scores = {name: evaluate_pipeline(pipeline, held) for name, held in data.eval_sets.items()}
    active_version, active_model, active_error = _load_active(engine=engine, model_dir=options.model_dir)
    active_scores = ({name: evaluate_pipeline(active_model.pipeline, held) for name, held in data.eval_sets.items()}
                     if active_model is not None else None)
    paired = _paired(pipeline, active_model, data.eval_sets.get(GATE_SET))
    verdict = _verdict(candidate_scores, active_scores, active_version, active_error, options.gate, paired)
    promoted = verdict.passed or options.force
    metadata = build_metadata(data.train, pipeline, candidate_scores, seconds=seconds)
    metadata["training"] = {"corpus_weight": options.corpus_weight if weights is not None else None,
                            "holdout_share": options.holdout_share, "extra_files": [str(p) for p in options.data],
                            "eval_files": [str(p) for p in options.eval_files]}
    version = metadata["version"]
    decision = {"promoted": promoted, "forced": options.force and not verdict.passed, "gate": verdict.to_dict(),
                "disagreements": paired.sign_test() if paired else None,
                "compared_with": active_version, "compared_scores": active_scores or {},
                "settings": asdict(options.gate)}
    save_version(options.model_dir, version, pipeline, metadata)
    _register(engine=engine, options=options, metadata=metadata, decision=decision, promoted=promoted)
    if promoted:
        write_current(options.model_dir, version)
    return {"version": version, "promoted": promoted, "forced": decision["forced"], "gate": verdict.to_dict(),
            "disagreements": paired.sign_test() if paired else None,
            "active_version": active_version, "active_error": active_error, "candidate": candidate_scores,
            "active": active_scores, "data": metadata["data"], "training_seconds": round(seconds, 2)}


def _paired(candidate: Pipeline, active: LoadedModel | None, gate_set: list[Sample] | None) -> Paired | None:
    if active is None or not gate_set:
        return None
    texts = [s.text for s in gate_set]
    return Paired(truth=[s.label for s in gate_set], candidate=[str(y) for y in candidate.predict(texts)],
                  active=[str(y) for y in active.pipeline.predict(texts)])


def _verdict(candidate: dict[str, Any], active: dict[str, Any] | None, active_version: str | None,
             active_error: str | None, settings: GateSettings, paired: Paired | None) -> Verdict:
    if active_error is not None:
        return Verdict(False, [{"code": "active_unloadable",
                                "message": f"在用模型 {active_version} 无法加载，无法比较：{active_error}"}])
    if active is None:
        return judge(candidate.get(GATE_SET), None, settings)
    return judge(candidate.get(GATE_SET), active.get(GATE_SET, {"n": 0}), settings, paired)


def _load_active(*, engine: Engine, model_dir: Path) -> tuple[str | None, LoadedModel | None, str | None]:
    """(active version, its loaded model, the load error): the registry's pointer, else CURRENT."""
    with Session(engine) as session:
        version = registry.active_version(session=session) or current_version(model_dir)
    if version is None:
        return None, None, None
    try:
        return version, load_version(model_dir, version), None
    except ModelUnavailable as exc:
        return version, None, exc.message


def _register(*, engine: Engine, options: RetrainOptions, metadata: dict[str, Any], decision: dict[str, Any],
              promoted: bool) -> None:
    data = metadata["data"]
    with Session(engine) as session:
        registry.register(session=session, version=ModelVersion(
            version=metadata["version"], trained_by=options.trained_by, data_hash=data["hash"],
            counts={k: v for k, v in data.items() if k != "hash"}, details=metadata,
            evaluation=metadata["evaluation"], decision=decision, forced=bool(decision["forced"]),
            notes=options.notes,
        ))
        if promoted:
            kind = ActivationKind.force if decision["forced"] else ActivationKind.promote
            registry.activate(session=session, version=metadata["version"], actor=options.trained_by, kind=kind,
                              note="; ".join(r["message"] for r in decision["gate"]["reasons"]))
        session.commit()


def rollback(*, engine: Engine, model_dir: Path, actor: str, version: str | None = None, check: bool = True,
             force: bool = False) -> dict[str, Any]:
    """Reactivate ``version``, or the newest earlier version that was active before the current one.

    A version that was never active (a candidate the gate rejected, or one registered but never promoted) is
    activated only with ``force``, and the activation is recorded as forced.

    :raise LookupError: no such registered version, nothing earlier to go back to, or a never-active version
        without ``force``.
    :raise ModelUnavailable: the version's files do not load on this host (unless ``check`` is off).
    """
    with Session(engine) as session:
        previous = registry.active_version(session=session)
        target = version or registry.rollback_target(session=session)
        if target is None:
            raise LookupError("no earlier version to roll back to")
        row = registry.get_version(session=session, version=target)
        if row is None:
            raise LookupError(f"model version {target} is not in the registry")
        if target == previous:  # recorded as a rollback, it would only muddle the history
            raise LookupError(f"model version {target} is already the active version; nothing was changed")
        never_active = row.promoted_at is None
        if never_active and not force:
            why = "the promotion gate rejected it" if row.decision.get("promoted") is False else "it was never promoted"
            raise LookupError(f"model version {target} was never active ({why}); rollback only returns to versions "
                              "that were in service. Pass --force to activate it anyway (recorded as forced).")
        if check:
            load_version(model_dir, target)
        kind = ActivationKind.force if never_active else ActivationKind.rollback
        note = f"rollback from {previous}" + (" to a version never active before (--force)" if never_active else "")
        registry.activate(session=session, version=target, actor=actor, kind=kind, note=note)
        session.commit()
    write_current(model_dir, target)
    return {"version": target, "previous_version": previous, "forced": never_active}


# --- the side-by-side report --------------------------------------------------------------------------------------


def _recall_of(label: str) -> Callable[[dict[str, Any]], float]:
    """A getter for the recall of ``label`` in an evaluation summary."""
    return lambda s: s["per_label"][label]["recall"]


def format_report(report: dict[str, Any]) -> str:
    """Candidate and active model side by side on every held-out set, then the verdict."""
    active_name = report["active_version"] or "(none)"
    lines = [f"candidate {report['version']}  vs  active {active_name}",
             f"training data: {report['data']['total']['samples']} samples, by source "
             + ", ".join(f"{k} {v}" for k, v in report["data"]["by_source"].items())]
    for name, candidate in report["candidate"].items():
        active = (report["active"] or {}).get(name)
        lines += ["", f"[{name}] n={candidate['n']}", f"{'':<18}{'active':>10}{'candidate':>11}{'change':>9}"]
        rows: list[tuple[str, Callable[[dict[str, Any]], float]]] = [
            ("macro-F1", lambda s: s["macro_f1"]), ("accuracy", lambda s: s["accuracy"])]
        rows += [(f"recall {label}", _recall_of(label)) for label in LABELS]
        for title, get in rows:
            new = get(candidate)
            old = get(active) if active else None
            change = f"{new - old:+.4f}" if old is not None else ""
            old_text = f"{old:.4f}" if old is not None else "-"
            lines.append(f"{title:<18}{old_text:>10}{new:>11.4f}{change:>9}")
    if report["active_error"]:
        lines += ["", f"active model could not be loaded: {report['active_error']}"]
    if report["disagreements"]:
        lost, won = report["disagreements"]["lost"], report["disagreements"]["won"]
        lines += ["", f"[{GATE_SET}] only the active model right: {lost} cases; only the candidate right: {won}"]
    verdict = "PROMOTED (forced)" if report["forced"] else "PROMOTED" if report["promoted"] else "NOT PROMOTED"
    lines += ["", f"decision: {verdict}"] + [f"  - {r['message']}" for r in report["gate"]["reasons"]]
    return "\n".join(lines)
