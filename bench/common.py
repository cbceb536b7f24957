"""Shared helpers for the benchmarks: where the real data is, and writing results."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
# The court's labelled texts live outside the repo and are never copied into it.
DEV_DATA = Path(os.environ.get("DISPUTES_DEV_DATA", ROOT.parent / "shared" / "data" / "disputes_dev.jsonl"))

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_or_train(model_arg: Path | None, scratch: Path) -> Any:
    """The model ``--model`` names, or else one trained from the shipped corpus (as `python -m training train`
    does) into ``scratch``.  Returns a ``service.classifier.LoadedModel``."""
    from service.classifier import load_version
    from training.__main__ import resolve_model
    from training.data import dedupe, load_files, shipped_corpus_files
    from training.publish import save_version
    from training.train import train_model

    if model_arg is not None:
        return load_version(*resolve_model(model_arg))
    pipeline, metadata = train_model(dedupe(load_files(shipped_corpus_files())), holdout=False)
    save_version(scratch, metadata["version"], pipeline, metadata)
    return load_version(scratch, metadata["version"])


def require_dev_data() -> Path:
    if not DEV_DATA.is_file():
        print(f"benchmark needs {DEV_DATA} (set DISPUTES_DEV_DATA); it is not part of the repo", file=sys.stderr)
        raise SystemExit(2)
    return DEV_DATA


def load_dev() -> list[dict[str, Any]]:
    with require_dev_data().open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# The dataset files every generic 合同纠纷 under sme although 39 of its 40 lines are an insured party's claim against
# its own motor insurer, which the label definitions place under finance.  Reported separately, never
# dropped from a headline.
GENERIC_CONTRACT = "合同纠纷"


def is_civil(row: dict[str, Any]) -> bool:
    return not str(row.get("source_label", "")).endswith("罪")


def labels_agree(row: dict[str, Any]) -> bool:
    """A civil line outside the generic 合同纠纷 lines, where the dataset's label and the label definitions agree."""
    return is_civil(row) and row.get("source_label") != GENERIC_CONTRACT


def environment() -> str:
    return (f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} · Python {platform.python_version()} · "
            f"{platform.machine()} · {os.cpu_count()} cores")


def write_result(name: str, markdown: str, data: dict[str, Any]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.md").write_text(markdown, encoding="utf-8")
    (RESULTS / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(markdown)
