"""Labelled data: reading JSONL files with clear errors, the shipped corpus, hashing."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from service.labels import LABELS

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


class DataError(Exception):
    """A data file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    source: str = ""


def read_jsonl(path: Path, *, source: str | None = None) -> list[Sample]:
    """Read ``{"text", "label"}`` lines (other fields ignored).

    :raise DataError: missing file, malformed line, missing field, empty text or unknown label,
        naming the line number.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    samples = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise DataError(f"{path}:{number}: expected a JSON object")
            text, label = row.get("text"), row.get("label")
            if not isinstance(text, str) or not text.strip():
                raise DataError(f"{path}:{number}: missing or empty \"text\"")
            if label not in LABELS:
                raise DataError(f"{path}:{number}: unknown label {label!r} (expected one of {', '.join(LABELS)})")
            samples.append(Sample(text=text, label=label, source=source or path.stem))
    if not samples:
        raise DataError(f"{path}: no labelled lines")
    return samples


def shipped_corpus_files() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.jsonl"))


def load_files(paths: Iterable[Path]) -> list[Sample]:
    samples: list[Sample] = []
    for path in paths:
        samples.extend(read_jsonl(path))
    return samples


def dedupe(samples: Iterable[Sample]) -> list[Sample]:
    """Drop repeated texts; the last label given for a text wins (later sources override earlier ones)."""
    by_text: dict[str, Sample] = {}
    for sample in samples:
        by_text.pop(sample.text, None)
        by_text[sample.text] = sample
    return list(by_text.values())


def data_hash(samples: Iterable[Sample]) -> str:
    """A stable hash of the (text, label) pairs, independent of order."""
    digest = hashlib.sha256()
    for line in sorted(f"{s.label}\t{s.text}" for s in samples):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def counts(samples: Iterable[Sample]) -> dict[str, dict[str, int]]:
    samples = list(samples)
    return {
        "by_label": dict(sorted(Counter(s.label for s in samples).items())),
        "by_source": dict(sorted(Counter(s.source for s in samples).items())),
        "total": {"samples": len(samples)},
    }
