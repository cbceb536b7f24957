"""Benchmark (c): single-document classify latency and batch throughput, in process.

    python bench/latency.py [--model DIR]

Without --model a model is trained from the shipped corpus into a temp dir.
The fast path (service/fastpath.py) and scikit-learn's own per-call path are
timed side by side in one run, so their ratio is meaningful on a noisy machine.

It also times what a 5-nearest-neighbour vote would add to each call: the
exact cosine search of one text among the shipped corpus's vectors, on the
word and character blocks or on the word block alone, or a dense search in an
LSA projection.  Such a vote, averaged
with the pipeline's probabilities, scores better on the court's texts
(bench/results/cv_variants.md); these rows are its latency price.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from common import DEV_DATA, environment, load_dev, load_or_train, write_result
from sklearn.decomposition import TruncatedSVD

from service.classifier import LoadedModel
from training.data import load_files, shipped_corpus_files

CALLS = 3000
WARMUP = 200
BATCH = 2000


def texts_of_300_chars(count: int) -> list[str]:
    """Distinct 300-character texts cut from the shipped corpus."""
    samples = load_files(shipped_corpus_files())
    stream = "".join(s.text for s in samples)
    return [stream[i * 300:(i + 1) * 300] for i in range(count)]


def court_texts_of_300_chars(count: int) -> list[str]:
    """The first 300 characters of real court texts (read from ../shared, never stored), when they are there."""
    if not DEV_DATA.is_file():
        return []
    return [row["text"][:300] for row in load_dev() if len(row["text"]) >= 300][:count]


def time_calls(model: LoadedModel, texts: list[str]) -> list[float]:
    for text in texts[:WARMUP]:
        model.predict(text)
    timings = []
    for i in range(CALLS):
        text = texts[i % len(texts)]
        start = time.perf_counter()
        model.predict(text)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


Search = Callable[[np.ndarray, np.ndarray], object]


def time_predict_and_search(model: LoadedModel, texts: list[str], search: Search) -> list[float]:
    """Per call: the fast path's predict plus ``search`` over the text's non-zero features (indices, values); the
    features are computed outside the timed part, as the fast path has them already."""
    scorer = model._scorer
    assert scorer is not None
    timings = []
    for i in range(WARMUP + CALLS):
        text = texts[i % len(texts)]
        start = time.perf_counter()
        model.predict(text)
        predicted = time.perf_counter() - start
        indices, values = scorer.features(text)
        start = time.perf_counter()
        search(indices, values)
        searched = time.perf_counter() - start
        if i >= WARMUP:
            timings.append((predicted + searched) * 1000)
    return timings


def corpus_vectors(model: LoadedModel, width: int) -> sp.csr_matrix:
    """The shipped corpus's feature vectors, cut to their first ``width`` columns."""
    corpus = [s.text for s in load_files(shipped_corpus_files())]
    return sp.csr_matrix(model.pipeline.named_steps["features"].transform(corpus))[:, :width]


def exact_search(model: LoadedModel, *, words_only: bool) -> Search:
    """An exact top-5 cosine search among the corpus's vectors.

    The vectors are the pipeline's word and character blocks (as in cv_variants' nearest-neighbour rows) or, with
    ``words_only``, its word block alone.  The search reads an inverted index (one row of document weights per
    feature) and touches only the rows of the query's features.
    """
    assert model._scorer is not None
    features = model.pipeline.named_steps["features"]
    width = len(features.transformer_list[0][1].vocabulary_) if words_only else model._scorer._lexicon_offset
    matrix = corpus_vectors(model, width)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    index = sp.csr_matrix((sp.diags(1.0 / np.maximum(norms, 1e-12)) @ matrix).T)

    def search(indices: np.ndarray, values: np.ndarray) -> object:
        keep = indices < width
        query = values[keep] / max(float(np.linalg.norm(values[keep])), 1e-12)
        return np.argpartition(-(index[indices[keep]].T @ query), 5)[:5]

    return search


def lsa_search(model: LoadedModel, dimensions: int = 256) -> Search:
    """A top-5 search in a ``dimensions``-dimensional LSA projection of the corpus's word and character vectors
    (cv_variants' LSA row): the query is projected (its non-zero features times the projection's rows) and compared
    with every stored text, dense, in float32."""
    assert model._scorer is not None
    width = model._scorer._lexicon_offset
    matrix = corpus_vectors(model, width)
    svd = TruncatedSVD(dimensions, random_state=0).fit(matrix)
    stored = svd.transform(matrix)
    stored = (stored / np.maximum(np.linalg.norm(stored, axis=1, keepdims=True), 1e-12)).astype(np.float32)
    projection = np.ascontiguousarray(svd.components_.T)  # one row per feature

    def search(indices: np.ndarray, values: np.ndarray) -> object:
        keep = indices < width
        query = values[keep] @ projection[indices[keep]]
        similarity = stored @ (query / max(float(np.linalg.norm(query)), 1e-12)).astype(np.float32)
        return np.argpartition(-similarity, 5)[:5]

    return search


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fast = load_or_train(args.model, Path(scratch))
    slow = LoadedModel(version=fast.version, pipeline=fast.pipeline, metadata=fast.metadata)
    slow._scorer = None  # scikit-learn's own transform + predict_proba for each call
    texts = texts_of_300_chars(500)
    court = court_texts_of_300_chars(500)
    rounds: dict[str, list[float]] = {"fast": [], "sklearn": [], "fast_court_texts": [], "fast_plus_neighbours": [],
                                      "fast_plus_word_neighbours": [], "fast_plus_lsa_neighbours": []}
    searches = {"fast_plus_neighbours": exact_search(fast, words_only=False),
                "fast_plus_word_neighbours": exact_search(fast, words_only=True),
                "fast_plus_lsa_neighbours": lsa_search(fast)}
    for _ in range(3):  # interleave so that machine noise hits every path alike
        rounds["fast"] += time_calls(fast, texts)
        rounds["sklearn"] += time_calls(slow, texts)
        for path, search in searches.items():
            rounds[path] += time_predict_and_search(fast, texts, search)
        if court:
            rounds["fast_court_texts"] += time_calls(fast, court)
    if not court:
        del rounds["fast_court_texts"]
    batch = texts_of_300_chars(BATCH)
    start = time.perf_counter()
    fast.pipeline.predict_proba(batch)
    batch_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for text in batch:
        fast.predict(text)
    loop_seconds = time.perf_counter() - start
    figures: dict[str, Any] = {
        path: {"p50_ms": round(statistics.median(v), 3), "p99_ms": round(percentile(v, 0.99), 3), "calls": len(v)}
        for path, v in rounds.items()
    }
    figures["ratio_p50_sklearn_over_fast"] = round(figures["sklearn"]["p50_ms"] / figures["fast"]["p50_ms"], 2)
    figures["corpus_size"] = len(load_files(shipped_corpus_files()))
    for path in ("neighbours", "word_neighbours", "lsa_neighbours"):
        figures[f"ratio_p50_{path}_over_fast"] = round(
            figures[f"fast_plus_{path}"]["p50_ms"] / figures["fast"]["p50_ms"], 2)
    figures["batch_docs_per_s_sklearn_predict_proba"] = round(BATCH / batch_seconds)
    figures["batch_docs_per_s_predict_loop"] = round(BATCH / loop_seconds)
    markdown = "\n".join([
        "# Classify latency and throughput", "",
        f"`python bench/latency.py` · {environment()} · model {fast.version}", "",
        "One 300-character text per call, 500 distinct texts cycled, in process (no HTTP). "
        "Target: p50 at most 1 ms.", "",
        "| path | p50 (ms) | p99 (ms) | calls |", "|---|---|---|---|",
        f"| `LoadedModel.predict` (fast path, with explanation) | {figures['fast']['p50_ms']} | "
        f"{figures['fast']['p99_ms']} | {figures['fast']['calls']} |",
        f"| same, scikit-learn transform + predict_proba per call | {figures['sklearn']['p50_ms']} | "
        f"{figures['sklearn']['p99_ms']} | {figures['sklearn']['calls']} |",
        *([f"| fast path on real court texts (first 300 characters of 500 dev texts) | "
           f"{figures['fast_court_texts']['p50_ms']} | {figures['fast_court_texts']['p99_ms']} | "
           f"{figures['fast_court_texts']['calls']} |"] if "fast_court_texts" in figures else []),
        f"| not shipped: fast path + 5-nearest-neighbour search among the {figures['corpus_size']} corpus vectors "
        f"(words and characters) | {figures['fast_plus_neighbours']['p50_ms']} | "
        f"{figures['fast_plus_neighbours']['p99_ms']} | {figures['fast_plus_neighbours']['calls']} |",
        "| not shipped: fast path + 5-nearest-neighbour search on the word block only | "
        f"{figures['fast_plus_word_neighbours']['p50_ms']} | {figures['fast_plus_word_neighbours']['p99_ms']} | "
        f"{figures['fast_plus_word_neighbours']['calls']} |",
        "| not shipped: fast path + 5-nearest-neighbour search in 256 LSA dimensions | "
        f"{figures['fast_plus_lsa_neighbours']['p50_ms']} | {figures['fast_plus_lsa_neighbours']['p99_ms']} | "
        f"{figures['fast_plus_lsa_neighbours']['calls']} |", "",
        f"- p50 ratio sklearn / fast, measured interleaved in one run: {figures['ratio_p50_sklearn_over_fast']}x",
        "- p50 ratio with a 5-nearest-neighbour search / fast path alone, same run: "
        f"{figures['ratio_p50_neighbours_over_fast']}x (words and characters), "
        f"{figures['ratio_p50_word_neighbours_over_fast']}x (words only), "
        f"{figures['ratio_p50_lsa_neighbours_over_fast']}x (LSA)",
        f"- batch throughput, `pipeline.predict_proba` on {BATCH} texts: "
        f"{figures['batch_docs_per_s_sklearn_predict_proba']} docs/s",
        "- batch throughput, `predict` in a loop (with explanations): "
        f"{figures['batch_docs_per_s_predict_loop']} docs/s",
        "",
    ])
    write_result("latency", markdown, figures)


if __name__ == "__main__":
    main()
