"""Test helpers shared by several modules (fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable
from pathlib import Path

from service.periods import default_calendar_path
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


def placeholder_calendar(path: Path, spans: Iterable[tuple[dt.date, dt.date]], *, on_packaged: bool) -> Path:
    """Write a holiday calendar with a placeholder holiday (not a real notice) for each (first, last) span, one
    ``[[years]]`` entry per year of the last days, after the packaged calendar's years when ``on_packaged``."""
    years: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for first, last in spans:
        years.setdefault(last.year, []).append((first, last))
    entries = "".join(
        f'\n[[years]]\nyear = {year}\nnotice = "测试用日历 {year}"\nholidays = ['
        + ", ".join(f'{{ name = "测试假期", first = {first}, last = {last} }}' for first, last in pairs) + "]\n"
        for year, pairs in years.items())
    packaged = default_calendar_path().read_text(encoding="utf-8") if on_packaged else ""
    path.write_text(packaged + entries, encoding="utf-8")
    return path
