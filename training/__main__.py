"""Command line: ``python -m training train|evaluate|retrain|rollback``.

Exit codes: 0 success, 2 bad input (missing file, malformed line, unknown label, unknown version, an option out of
range, too little training data), 3 the retrained candidate was not promoted (the gate said it is worse), 4 another
retrain or rollback is running (on any host that shares the database), 5 the database cannot be used by retrain,
rollback or unlock (unreachable, a malformed DISPUTES_DATABASE_URL, or not migrated: run
``flask --app wsgi db-upgrade``), 1 other failure.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import math
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from service import locks
from service.classifier import load_version
from service.cli import DATABASE_UNAVAILABLE, DatabaseUnavailable, database_errors, usable_database
from service.config import InvalidSettings, Settings, load_settings
from service.errors import ModelUnavailable
from service.preflight import report
from training.data import CORPUS_DIR, DataError, dedupe, load_files, read_jsonl, set_names, shipped_corpus_files
from training.gate import GateSettings
from training.publish import PublishError, activate, current_version, save_version
from training.retrain import RetrainOptions, format_report, retrain, rollback
from training.train import evaluate_pipeline, progress, train_model


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m training", description="Train and evaluate the dispute classifier."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    train = sub.add_parser("train", help="train on the shipped corpus (and --data files) and publish a new version")
    train.add_argument("--data", type=Path, nargs="+", action="extend", default=[],
                       help="extra JSONL files of {text, label}; given alone with --no-corpus they replace the corpus")
    train.add_argument("--no-corpus", action="store_true", help="do not include the shipped corpus")
    train.add_argument("--eval", type=Path, nargs="+", action="extend", default=[],
                       help="JSONL files to evaluate the final model on (recorded in metadata.json)")
    train.add_argument("--out", type=Path, default=None,
                       help="model directory (default: DISPUTES_MODEL_DIR or ./models)")
    train.add_argument("--no-activate", action="store_true", help="write the version but do not name it in CURRENT")

    evaluate = sub.add_parser("evaluate", help="print scores of a model on a JSONL file as one JSON object")
    evaluate.add_argument("--data", type=Path, required=True)
    evaluate.add_argument("--model", type=Path, default=None,
                          help="a version directory, or a model directory whose CURRENT version is used")
    _retrain_parsers(sub)
    return parser


def _retrain_parsers(sub: Any) -> None:
    defaults = Settings()
    retrain = sub.add_parser("retrain", help="train a candidate on the corpus, extra files and the reviewed cases in "
                                             "the database; promote it only if it is no worse than the active model")
    retrain.add_argument("--data", type=Path, nargs="+", action="extend", default=[],
                         help="extra JSONL files of {text, label} to train on")
    retrain.add_argument("--no-corpus", action="store_true", help="do not include the shipped corpus")
    retrain.add_argument("--eval", type=Path, nargs="+", action="extend", default=[],
                         help="fixed JSONL evaluation files (never trained on); scored with the held-back cases")
    retrain.add_argument("--out", type=Path, default=None, help="model directory (default: DISPUTES_MODEL_DIR)")
    # Defaults are given as strings so that argparse checks them like typed values (they come from DISPUTES_*).
    retrain.add_argument("--corpus-weight", type=_in_range(float, 0, None), default=str(defaults.corpus_weight),
                         help="weight (>= 0) of a shipped corpus line relative to a reviewed case (%(default)s)")
    retrain.add_argument("--holdout-share", type=_in_range(float, 0, 1, high_open=True),
                         default=str(defaults.review_holdout_share),
                         help="share of reviewed cases held back for evaluation, from 0 (none: the --eval files "
                              "alone gate) to below 1 (%(default)s)")
    retrain.add_argument("--tolerance", type=_in_range(float, 0, 1), default=str(defaults.promotion_tolerance),
                         help="largest allowed macro-F1 drop, 0 to 1 (%(default)s)")
    retrain.add_argument("--recall-margin", type=_in_range(float, 0, 1), default=str(defaults.recall_margin),
                         help="largest allowed drop of any label's recall, 0 to 1 (%(default)s)")
    retrain.add_argument("--min-support", type=_in_range(int, 0, None), default=str(defaults.gate_min_support),
                         help="labels with fewer held-out cases do not gate (%(default)s)")
    retrain.add_argument("--significance", type=_in_range(float, 0, 1, low_open=True),
                         default=str(defaults.gate_significance),
                         help="above 0, at most 1. Below 1: a drop rejects only if significant at this level, by a "
                              "sign test on the cases the two models disagree on; 1 counts every drop (%(default)s)")
    retrain.add_argument("--force", action="store_true", help="promote even if the gate says no (recorded)")
    retrain.add_argument("--by", default=None, help="who trains (default: user@host)")
    retrain.add_argument("--notes", default=None, help="a note stored with the version")
    retrain.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")

    rollback = sub.add_parser("rollback", help="reactivate VERSION, or the version active before the current one")
    rollback.add_argument("version", nargs="?", default=None)
    rollback.add_argument("--out", type=Path, default=None, help="model directory (default: DISPUTES_MODEL_DIR)")
    rollback.add_argument("--by", default=None, help="who rolls back (default: user@host)")
    rollback.add_argument("--no-check", action="store_true", help="do not check that the version loads here")
    rollback.add_argument("--force", action="store_true",
                          help="activate VERSION even if it was never active (a candidate the gate rejected); "
                               "recorded as forced")

    sub.add_parser("unlock", help="clear the retrain/rollback lock left by a run that died (says who held it)")


def _in_range(kind: type[float] | type[int], low: float, high: float | None, *, low_open: bool = False,
              high_open: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite ``kind`` from ``low`` to ``high`` (``None``: no upper bound), each end included
    unless ``*_open``."""
    lower = f"{'above' if low_open else 'at least'} {low:g}"
    upper = "" if high is None else f" and {'below' if high_open else 'at most'} {high:g}"
    wanted = f"{'an integer' if kind is int else 'a number'} {lower}{upper}"

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be {wanted}, not {text!r}") from None
        too_low = value <= low if low_open else value < low
        too_high = high is not None and (value >= high if high_open else value > high)
        if not math.isfinite(value) or too_low or too_high:
            raise argparse.ArgumentTypeError(f"must be {wanted}, not {text}")
        return value

    return parse


def _model_dir(out: Path | None) -> Path:
    return out if out is not None else Settings().model_dir


def cmd_train(args: argparse.Namespace) -> int:
    files = ([] if args.no_corpus else shipped_corpus_files()) + list(args.data)
    if not files:
        raise DataError("no training data: --no-corpus leaves out the shipped corpus, so give --data FILE"
                        if args.no_corpus else
                        f"no training data: the shipped corpus ({CORPUS_DIR}/*.jsonl) is missing and no --data "
                        "was given")
    progress(f"reading {len(files)} file(s) ...")
    samples = dedupe(load_files(files))
    extra_eval = {name: read_jsonl(path) for name, path in set_names(args.eval).items()}
    try:
        pipeline, metadata = train_model(samples, extra_eval=extra_eval)
    except ValueError as exc:  # what data_problem does not foresee (no term left after min_df ...): still input
        raise DataError(f"cannot train on this data: {exc}") from None
    model_dir = _model_dir(args.out)
    path = save_version(model_dir, metadata["version"], pipeline, metadata)
    if not args.no_activate:
        activate(model_dir, metadata["version"])
    # CURRENT is what a file-mode service serves, and what the database registry starts from; once the registry has
    # an active version it decides, so "(active)" said more than was true (operator review, 2026-11-29).
    progress(f"saved {path}" + ("" if args.no_activate else
                                f" and named it in {model_dir / 'CURRENT'}: served in file mode, and by the database "
                                "registry until it has an active version (after that, `retrain` puts models into "
                                "service, through the gate)"))
    print(json.dumps({"version": metadata["version"], "path": str(path), "evaluation": metadata["evaluation"]},
                     ensure_ascii=False))
    return 0


def resolve_model(path: Path | None) -> tuple[Path, str]:
    """A ``--model`` argument as (model_dir, version)."""
    path = path if path is not None else Settings().model_dir
    if (path / "model.skops").is_file():
        return path.parent, path.name
    version = current_version(path)
    if version is None:
        raise DataError(f"{path}: no model version here and no CURRENT file; train one with `python -m training train`")
    return path, version


def cmd_evaluate(args: argparse.Namespace) -> int:
    samples = read_jsonl(args.data)
    model_dir, version = resolve_model(args.model)
    model = load_version(model_dir, version)
    progress(f"evaluating {version} on {len(samples)} samples ...")
    report = {"model_version": version, "data": str(args.data), **evaluate_pipeline(model.pipeline, samples)}
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _actor(by: str | None) -> str:
    return by or f"{getpass.getuser()}@{socket.gethostname()}"


def _database_engine() -> Engine:
    """The engine of the app's database (DISPUTES_DATABASE_URL, or the instance SQLite file create_app defaults to).

    :raise DatabaseUnavailable: a malformed URL.
    """
    from service import create_app

    settings = Settings()
    with database_errors(settings.database_url):
        engine: Engine = create_app(settings).extensions["db_engine"]
    return engine


@contextlib.contextmanager
def _maintenance_lock(engine: Engine, actor: str) -> Iterator[None]:
    """Hold the model-maintenance lock while a retrain or rollback runs; say so if a dead run's lock was taken over.

    :raise locks.LockBusy: another run holds it.
    """
    stale_after = dt.timedelta(seconds=Settings().retrain_lock_stale_seconds)
    with locks.held(engine=engine, name=locks.MODEL_MAINTENANCE, holder=actor, stale_after=stale_after) as lock:
        if lock.took_over is not None:
            progress(f"took over a stale lock held by {lock.took_over.holder} since "
                     f"{lock.took_over.acquired_at.isoformat(timespec='seconds')}")
        yield


def cmd_retrain(args: argparse.Namespace, engine: Engine) -> int:
    options = RetrainOptions(
        model_dir=_model_dir(args.out), trained_by=_actor(args.by), data=args.data, eval_files=args.eval,
        use_corpus=not args.no_corpus, corpus_weight=args.corpus_weight, holdout_share=args.holdout_share,
        gate=GateSettings(tolerance=args.tolerance, recall_margin=args.recall_margin, min_support=args.min_support,
                          significance=args.significance),
        force=args.force, notes=args.notes,
    )
    report = retrain(engine=engine, options=options)
    print(json.dumps(report, ensure_ascii=False) if args.json else format_report(report))
    return 0 if report["promoted"] else 3


def cmd_rollback(args: argparse.Namespace, engine: Engine) -> int:
    try:
        result = rollback(engine=engine, model_dir=_model_dir(args.out), actor=_actor(args.by), version=args.version,
                          check=not args.no_check, force=args.force)
    except LookupError as exc:
        raise DataError(str(exc)) from None
    forced = " (forced: it was never active before)" if result["forced"] else ""
    print(f"active version: {result['version']} (was {result['previous_version']}){forced}")
    return 0


def cmd_unlock(args: argparse.Namespace, engine: Engine) -> int:
    removed = locks.force_release(engine=engine, name=locks.MODEL_MAINTENANCE)
    if removed is None:
        print("no retrain or rollback lock is held")
    else:
        print(f"cleared the lock held by {removed.holder} since {removed.acquired_at.isoformat(timespec='seconds')}")
    return 0


COMMANDS = {"train": cmd_train, "evaluate": cmd_evaluate}
DATABASE_COMMANDS = {"retrain": cmd_retrain, "rollback": cmd_rollback, "unlock": cmd_unlock}
# Commands that change the model registry run one at a time across every host sharing the database.
LOCKED_COMMANDS = {"retrain", "rollback"}


@contextlib.contextmanager
def _terminated_like_interrupted() -> Iterator[None]:
    """SIGTERM (a supervisor stopping the job, ``kill``) ends a run as Ctrl+C does: the ``with`` blocks unwind, so the
    maintenance lock is released instead of blocking the next retrain or rollback until someone runs ``unlock``.
    Only in the main thread, and only where nobody else has claimed the signal (gunicorn, a test runner)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not break off the lock's release
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None, *, engine: Engine | None = None) -> int:
    """Run a command; ``engine`` (the flask commands pass the app's) is used by retrain and rollback."""
    try:
        load_settings()  # every command reads DISPUTES_* settings: a bad value is one line, not a traceback
    except InvalidSettings as exc:
        return report(exc) or 2
    args = _parser().parse_args(argv)
    with _terminated_like_interrupted():
        try:
            return _run(args, engine)
        except KeyboardInterrupt:  # Ctrl+C: the with blocks have released the lock; no traceback for it
            print("interrupted (Ctrl+C)", file=sys.stderr)
            return 130


def _run(args: argparse.Namespace, engine: Engine | None) -> int:
    try:
        if args.command in DATABASE_COMMANDS:
            engine = engine if engine is not None else _database_engine()
            with usable_database(engine), (
                    _maintenance_lock(engine, _actor(args.by)) if args.command in LOCKED_COMMANDS
                    else contextlib.nullcontext()):
                return DATABASE_COMMANDS[args.command](args, engine)
        return COMMANDS[args.command](args)
    except DatabaseUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return DATABASE_UNAVAILABLE
    except PublishError as exc:  # nothing was registered or activated: the version was never complete
        print(f"error: {exc}; nothing was registered or activated", file=sys.stderr)
        return 2
    except locks.LockLeft as exc:
        print(f"error: the database became unavailable and the {exc.lock.name} lock this run held could not be "
              "released. Once the database is back, `python -m training unlock` clears it; until then every retrain "
              "and rollback is refused (it is taken over after "
              f"{Settings().retrain_lock_stale_seconds:.0f} s).", file=sys.stderr)
        return DATABASE_UNAVAILABLE
    except InvalidSettings as exc:  # e.g. the placeholder secret in production, found when the app is built
        return report(exc) or 2
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ModelUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except locks.LockBusy as exc:
        since = exc.held.acquired_at.isoformat(timespec="seconds")
        print(f"error: another retrain or rollback is running: started by {exc.held.holder} at {since}. Wait for it to "
              "finish; if that run is gone, `python -m training unlock` clears its lock (a lock older than "
              f"{Settings().retrain_lock_stale_seconds:.0f} s is taken over automatically).", file=sys.stderr)
        return 4


if __name__ == "__main__":
    raise SystemExit(main())
