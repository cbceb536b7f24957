"""Benchmark (d): training time of the shipped pipeline for 10k and 100k documents.

    python bench/train_time.py [--sizes 10000 100000]

Documents come from the corpus generators run with further seeds (the shipped
corpus has about 7k), so the vocabulary grows as it would with real data.
One fit per size: `Pipeline.fit` including tokenisation and calibration.  The
part of it that stores the training texts for the neighbour vote is run again
on its own after the fit, on the same features, to time it; and the saved
artifact is weighed as `training.publish` writes it (deflated): what each worker
reads.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import environment, write_result

from service.classifier import MODEL_FILE
from training.corpusgen.__main__ import GENERATORS
from training.pipeline import build_pipeline
from training.publish import save_version


def documents(count: int) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    seen: set[str] = set()
    seed = 1000
    modules = [importlib.import_module(f"training.corpusgen.{name}") for name in GENERATORS]
    while len(texts) < count:
        for module in modules:
            for example in module.generate(random.Random(seed)):
                if example.text not in seen and len(texts) < count:
                    seen.add(example.text)
                    texts.append(example.text)
                    labels.append(example.label)
        seed += 1
        if seed > 5000:
            raise SystemExit("generators cannot produce that many distinct documents")
    return texts, labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        texts, labels = documents(size)
        chars = sum(map(len, texts))
        print(f"{size} documents ({chars / 1e6:.1f} M characters): fitting ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        pipeline = build_pipeline(random_state=0).fit(texts, labels)
        seconds = time.perf_counter() - start
        features = len(pipeline.named_steps["features"].get_feature_names_out())
        vote = pipeline.named_steps["classifier"]
        matrix = pipeline.named_steps["features"].transform(texts)
        start = time.perf_counter()
        vote._store(matrix, np.asarray(labels), None)
        store_seconds = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as scratch:  # written exactly as training publishes it
            megabytes = (save_version(Path(scratch), "bench", pipeline, {}) / MODEL_FILE).stat().st_size / 1e6
        rows.append({"documents": size, "characters": chars, "seconds": round(seconds, 1), "features": features,
                     "vote_store_seconds": round(store_seconds, 2), "stored_texts": int(vote.n_stored_),
                     "artifact_mb": round(megabytes, 1)})
    markdown = "\n".join([
        "# Training time", "",
        f"`python bench/train_time.py` · {environment()}", "",
        "One `Pipeline.fit` per size (jieba tokenisation, TF-IDF, lexicon, LinearSVC with 3-fold sigmoid "
        "calibration, the neighbour vote's store of training texts). Target: 100k documents in at most 120 s.", "",
        "| documents | characters | seconds | of which storing texts for the vote | stored texts | features "
        "| artifact (MB) |", "|---|---|---|---|---|---|---|",
        *[f"| {r['documents']} | {r['characters']} | {r['seconds']} | {r['vote_store_seconds']} | "
          f"{r['stored_texts']} | {r['features']} | {r['artifact_mb']} |" for r in rows], "",
    ])
    write_result("train_time", markdown, {"runs": rows})


if __name__ == "__main__":
    main()
