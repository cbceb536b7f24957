"""Writing a model version directory and repointing the active version."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import skops.io as sio
from sklearn.pipeline import Pipeline

from service.classifier import METADATA_FILE, MODEL_FILE, current_file_source, write_current


class PublishError(Exception):
    """The model could not be written (disk full, a file where the directory should be, no permission)."""


def save_version(model_dir: Path, version: str, pipeline: Pipeline, metadata: dict[str, Any]) -> Path:
    """Write ``model_dir/version`` atomically (a temp dir renamed into place); never overwrite a version.

    :raise PublishError: naming the directory and the system's reason; the temp dir is removed, however the write
        ends (a full disk, Ctrl+C, SIGTERM).
    """
    model_dir = Path(model_dir)
    final = model_dir / version
    tmp = model_dir / f".{version}.{os.getpid()}.tmp"
    try:
        model_dir.mkdir(parents=True, exist_ok=True)
        if final.exists():
            raise FileExistsError(f"model version {version} already exists in {model_dir}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        # Deflated, mostly for the vocabularies skops writes as JSON: the shipped corpus's artifact is 27 MB on the
        # shared model volume instead of 82 MB, for a fraction of a second more at load.
        sio.dump(pipeline, tmp / MODEL_FILE, compression=zipfile.ZIP_DEFLATED)
        (tmp / METADATA_FILE).write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, final)
    except OSError as exc:
        raise PublishError(f"cannot write model version {version} to {model_dir}: {exc.strerror or exc}"
                           f"{f' ({exc.filename})' if exc.filename else ''}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def activate(model_dir: Path, version: str) -> None:
    """Make ``version`` the one served (the file pointer; the database registry may override it)."""
    if not (Path(model_dir) / version / MODEL_FILE).is_file():
        raise FileNotFoundError(f"no model version {version} in {model_dir}")
    write_current(Path(model_dir), version)


def current_version(model_dir: Path) -> str | None:
    """The version ``<model_dir>/CURRENT`` names, or ``None``."""
    return current_file_source(Path(model_dir))()
