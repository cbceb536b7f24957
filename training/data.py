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
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a JSONL file")
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    samples = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    # Decoded line by line, so that an undecodable line is named; splitlines() ends lines at \n, \r\n and a lone
    # \r (an old Mac or Excel export) alike.
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            # utf-8-sig: a byte-order mark, as Windows Notepad writes one, is not part of the first line.
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise DataError(f"{path}:{number}: not UTF-8 text (a GBK or UTF-16 export? save it as UTF-8)") from None
        samples.extend(_sample(path, number, line, source))
    if not samples:
        raise DataError(f"{path}: no labelled lines")
    return samples


def _sample(path: Path, number: int, line: str, source: str | None) -> list[Sample]:
    """The sample on line ``number`` (none for a blank line).  :raise DataError: naming the line."""
    if not line.strip():
        return []
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
    return [Sample(text=text, label=label, source=source or path.stem)]


def set_names(paths: Iterable[Path]) -> dict[str, Path]:
    """A name for each evaluation file: its stem, or its path when two files share a stem (data/eval.jsonl and
    data/week2/eval.jsonl); the first was silently dropped when both were named "eval"."""
    paths = list(paths)
    stems = [Path(p).stem for p in paths]
    return {(stem if stems.count(stem) == 1 else str(p)): Path(p) for stem, p in zip(stems, paths, strict=True)}


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
