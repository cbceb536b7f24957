"""Regenerate the shipped corpus: ``python -m training.corpusgen [--only NAME ...]``.

Each generator module writes ``training/corpus/<module>.jsonl``.  The seed of
each module is fixed, so running this twice gives byte-identical files; the
files are committed so that reviewers read the corpus itself, not the code.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import random
import sys
import zlib
from pathlib import Path

GENERATORS = ("labour", "finance", "housing", "sme", "other_civil", "other_misc")
CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


def build(name: str) -> list[dict[str, str]]:
    """Run one generator with its fixed seed and return deduplicated rows."""
    module = importlib.import_module(f"training.corpusgen.{name}")
    rng = random.Random(zlib.crc32(name.encode()))
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for example in module.generate(rng):
        text = example.text.strip()
        if text in seen:
            continue
        seen.add(text)
        rows.append({
            "id": f"{name}-{len(rows) + 1:05d}",
            "text": text,
            "label": example.label,
            "register": example.register,
            "topic": example.topic,
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.corpusgen")
    parser.add_argument("--only", nargs="*", choices=GENERATORS, default=list(GENERATORS))
    parser.add_argument("--out", type=Path, default=CORPUS_DIR)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only:
        rows = build(name)
        path = args.out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        by = collections.Counter((r["label"], r["register"]) for r in rows)
        lengths = sorted(len(r["text"]) for r in rows)
        topics = len({r["topic"] for r in rows})
        print(
            f"{name}: {len(rows)} rows, {topics} topics, {dict(by)}, "
            f"length min/median/max {lengths[0]}/{lengths[len(lengths) // 2]}/{lengths[-1]}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
