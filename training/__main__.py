"""Command line: ``python -m training train|evaluate``.

Exit codes: 0 success, 2 bad input (missing file, malformed line, unknown label), 1 other failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from service.classifier import load_version
from service.config import Settings
from service.errors import ModelUnavailable
from training.data import DataError, dedupe, load_files, read_jsonl, shipped_corpus_files
from training.publish import activate, current_version, save_version
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
    train.add_argument("--no-activate", action="store_true", help="write the version but do not make it active")

    evaluate = sub.add_parser("evaluate", help="print scores of a model on a JSONL file as one JSON object")
    evaluate.add_argument("--data", type=Path, required=True)
    evaluate.add_argument("--model", type=Path, default=None,
                          help="a version directory, or a model directory whose CURRENT version is used")
    return parser


def _model_dir(out: Path | None) -> Path:
    return out if out is not None else Settings().model_dir


def cmd_train(args: argparse.Namespace) -> int:
    files = ([] if args.no_corpus else shipped_corpus_files()) + list(args.data)
    if not files:
        raise DataError("no training data: the shipped corpus is missing and no --data was given")
    progress(f"reading {len(files)} file(s) ...")
    samples = dedupe(load_files(files))
    extra_eval = {path.stem: read_jsonl(path) for path in args.eval}
    pipeline, metadata = train_model(samples, extra_eval=extra_eval)
    model_dir = _model_dir(args.out)
    path = save_version(model_dir, metadata["version"], pipeline, metadata)
    if not args.no_activate:
        activate(model_dir, metadata["version"])
    progress(f"saved {path}{'' if args.no_activate else ' (active)'}")
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


COMMANDS = {"train": cmd_train, "evaluate": cmd_evaluate}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ModelUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
