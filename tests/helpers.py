"""Test helpers shared by several modules (fixtures live in conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from training.data import read_jsonl
from training.publish import activate, save_version
from training.train import train_model

DATA = Path(__file__).parent / "data"
TINY = DATA / "tiny.jsonl"


def train_tiny(model_dir: Path, *, activate_it: bool = True) -> str:
    """Train a model on tests/data/tiny.jsonl into ``model_dir``; return its version."""
    pipeline, metadata = train_model(read_jsonl(TINY), holdout=False)
    save_version(model_dir, metadata["version"], pipeline, metadata)
    if activate_it:
        activate(model_dir, metadata["version"])
    return str(metadata["version"])


def writable_copy(model_dir: Path, tmp_path: Path) -> Path:
    """A copy of the session's tiny model directory, for tests that write new versions or CURRENT into it."""
    copy = tmp_path / "models"
    shutil.copytree(model_dir, copy)
    return copy
