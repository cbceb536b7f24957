"""The shipped corpus keeps the shape the issue asks for (and that the generators promise)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from service.labels import LABELS
from training.data import read_jsonl, shipped_corpus_files


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    out = []
    for path in shipped_corpus_files():
        read_jsonl(path)  # every line is valid training data
        with path.open(encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh)
    return out


def test_size_and_labels(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 4000
    per_label = Counter(r["label"] for r in rows)
    assert set(per_label) == set(LABELS)
    assert min(per_label.values()) >= 500


def test_both_registers(rows: list[dict[str, str]]) -> None:
    registers = Counter(r["register"] for r in rows)
    assert set(registers) == {"colloquial", "formal"}
    assert registers["colloquial"] / len(rows) >= 0.40
    assert registers["formal"] / len(rows) >= 0.40
    for label in LABELS:
        of_label = Counter(r["register"] for r in rows if r["label"] == label)
        assert min(of_label.values()) / sum(of_label.values()) >= 0.40, label


def test_lengths_ids_and_no_duplicates(rows: list[dict[str, str]]) -> None:
    lengths = [len(r["text"]) for r in rows]
    assert min(lengths) >= 10 and max(lengths) <= 800
    assert len({r["text"] for r in rows}) == len(rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["topic"] for r in rows}) >= 200
