"""Benchmark (c): single-document classify latency and batch throughput, in process.

    python bench/latency.py [--model DIR]

Without --model a model is trained from the shipped corpus into a temp dir.
Every path is timed side by side in one run (interleaved rounds), so their
ratios are meaningful on a noisy machine:
- the shipped fast path (service/fastpath.py), which adds the nearest-neighbour
  vote (service/neighbours.py) only when the calibrated SVM is unsure;
- the same model with the vote switched off (the linear part alone) and with
  the vote taken on every call: what one search costs;
- scikit-learn's own transform + predict_proba per call.
Each is run on 300-character cuts of the shipped corpus and on the first 300
characters of real court texts (read from ../shared, never stored), where the
model is unsure more often; the share of calls that searched is reported.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from common import DEV_DATA, RESULTS, environment, load_dev, load_or_train, write_result

from service.classifier import LoadedModel
from service.neighbours import NeighbourVote
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


def with_vote_below(model: LoadedModel, threshold: float | None) -> LoadedModel:
    """``model`` with its neighbour vote taken below ``threshold`` (``None``: the fast path switched off, so every
    call goes through scikit-learn as the artifact stands)."""
    pipeline = copy.copy(model.pipeline)
    pipeline.steps = list(pipeline.steps)
    if threshold is not None:
        vote = copy.copy(pipeline.named_steps["classifier"])
        assert isinstance(vote, NeighbourVote)
        vote.vote_below = threshold
        pipeline.steps[-1] = ("classifier", vote)
    variant = LoadedModel(version=model.version, pipeline=pipeline, metadata=model.metadata)
    if threshold is None:
        variant._scorer = None
    return variant


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


def voted_share(model: LoadedModel, texts: list[str]) -> float:
    """The share of ``texts`` on which ``model`` takes the neighbour vote (its answer reports the vote)."""
    return sum(model.predict(t).neighbour_vote is not None for t in texts) / len(texts)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


PATHS = {  # key -> (row title, vote threshold: None = scikit-learn per call, "shipped" = as trained)
    "fast": ("`LoadedModel.predict`, as shipped (fast path; the vote where the SVM is below 0.9)", "shipped"),
    "linear": ("same, the vote switched off (the calibrated SVM alone)", 0.0),
    "always": ("same, the vote taken on every call", 1.1),
    "sklearn": ("as shipped, scikit-learn transform + predict_proba per call", None),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--render", action="store_true",
                        help="only rewrite latency.md from the figures in bench/results/latency.json")
    args = parser.parse_args()
    if args.render:
        figures = json.loads((RESULTS / "latency.json").read_text(encoding="utf-8"))
        sets = [name for name in ("corpus", "court") if f"fast_{name}" in figures]
        write_result("latency", render(figures, sets), figures)
        return
    with tempfile.TemporaryDirectory() as scratch:
        shipped = load_or_train(args.model, Path(scratch))
    vote_below = float(shipped.pipeline.named_steps["classifier"].vote_below)
    models = {key: shipped if how == "shipped" else with_vote_below(shipped, how)  # type: ignore[arg-type]
              for key, (_, how) in PATHS.items()}
    sets = {"corpus": texts_of_300_chars(500), "court": court_texts_of_300_chars(500)}
    sets = {name: texts for name, texts in sets.items() if texts}
    rounds: dict[str, list[float]] = {f"{key}_{name}": [] for key in PATHS for name in sets}
    for _ in range(3):  # interleave so that machine noise hits every path alike
        for key, model in models.items():
            for name, texts in sets.items():
                rounds[f"{key}_{name}"] += time_calls(model, texts)
    batch = texts_of_300_chars(BATCH)
    start = time.perf_counter()
    shipped.pipeline.predict_proba(batch)
    batch_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for text in batch:
        shipped.predict(text)
    loop_seconds = time.perf_counter() - start
    figures: dict[str, Any] = {
        path: {"p50_ms": round(statistics.median(v), 3), "p99_ms": round(percentile(v, 0.99), 3), "calls": len(v)}
        for path, v in rounds.items()
    }
    figures["environment"] = f"{environment()} · model {shipped.version}"
    figures["vote_below"] = vote_below
    figures["voted_share"] = {name: round(voted_share(shipped, texts), 3) for name, texts in sets.items()}
    figures["stored_texts"] = int(shipped.pipeline.named_steps["classifier"].n_stored_)
    for name in sets:
        for key in ("sklearn", "always", "linear"):
            figures[f"ratio_p50_{key}_over_fast_{name}"] = round(
                figures[f"{key}_{name}"]["p50_ms"] / figures[f"fast_{name}"]["p50_ms"], 2)
    figures["batch_docs_per_s_sklearn_predict_proba"] = round(BATCH / batch_seconds)
    figures["batch_docs_per_s_predict_loop"] = round(BATCH / loop_seconds)
    write_result("latency", render(figures, list(sets)), figures)


def render(figures: dict[str, Any], sets: list[str]) -> str:
    titles = {"corpus": "300-character cuts of the shipped corpus", "court": "first 300 characters of court texts"}
    lines = [
        "# Classify latency and throughput", "",
        f"`python bench/latency.py` · {figures['environment']}", "",
        "One 300-character text per call, 500 distinct texts cycled, in process (no HTTP); 3 interleaved rounds of "
        f"{CALLS} calls per path and text set. Target: p50 at most 1 ms. The shipped model searches its "
        f"{figures['stored_texts']} stored training texts only when the calibrated SVM's top probability is below "
        f"{figures['vote_below']}.", "",
        "| path | texts | p50 (ms) | p99 (ms) | calls |", "|---|---|---|---|---|",
    ]
    for key, (title, _) in PATHS.items():
        for name in sets:
            row = figures[f"{key}_{name}"]
            lines.append(f"| {title} | {titles[name]} | {row['p50_ms']} | {row['p99_ms']} | {row['calls']} |")
    lines.append("")
    for name in sets:
        ratio = {key: figures[f"ratio_p50_{key}_over_fast_{name}"] for key in ("linear", "always", "sklearn")}
        lines.append(
            f"- {titles[name]}: the vote was taken on {figures['voted_share'][name]:.1%} of them; p50 ratios to the "
            f"shipped path, same run: vote off {ratio['linear']}x, vote always {ratio['always']}x, "
            f"scikit-learn {ratio['sklearn']}x")
    lines += [
        f"- batch throughput, `pipeline.predict_proba` on {BATCH} texts: "
        f"{figures['batch_docs_per_s_sklearn_predict_proba']} docs/s",
        "- batch throughput, `predict` in a loop (with explanations): "
        f"{figures['batch_docs_per_s_predict_loop']} docs/s",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
