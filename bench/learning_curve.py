"""Benchmark: the learning curve of clerk corrections.

    python bench/learning_curve.py [--steps 50 100 200 400] [--seed 0] [--other-seeds 1 2] [--render]

Starts from the shipped model (trained from training/corpus exactly as `python -m training train` does), then
in steps feeds court cases from ../shared/data/disputes_dev.jsonl through the real API (POST /api/v1/cases, then
POST /api/v1/cases/{id}/corrections with the true label: a clerk's review) and runs the real retrain command
(`python -m training retrain`, gate included, no --force) after each step; each step adds to the previous ones.
Two ways of choosing the cases, each on its own fresh database and model directory:
- stratified: a stratified random sample (fixed seed) drawn once; the rest is every line not in the final sample
  (repeated with further seeds, by default 1 and 2, to show how much the figures depend on the sample);
- queue: at each step the cases the served model is least confident about (the clerk-review queue); the rest is
  every line not reviewed so far.
Candidate, served and shipped model are scored on the rest, all lines and civil-only.

The app runs in-process (Flask test client) on a temporary SQLite database and model directory.  The court's
texts are read from ../shared/data and never copied into the repo.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from common import GENERIC_CONTRACT, RESULTS, environment, is_civil, labels_agree, load_dev, write_result
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sqlmodel import Session

from service import auth, create_app, db, registry
from service.classifier import load_version
from service.config import Settings
from service.labels import LABELS
from training.__main__ import main as training_main
from training.data import Sample, dedupe, load_files, shipped_corpus_files
from training.train import evaluate_pipeline

STEPS = (50, 100, 200, 400)
# Further random samples drawn with these seeds (random corrections only): how much the headline depends on its sample.
OTHER_SEEDS = (1, 2)
TARGET = 0.85


def nested_sample(rows: list[dict[str, Any]], sizes: list[int], seed: int) -> list[dict[str, Any]]:
    """Rows ordered so that every prefix of length ``sizes[i]`` is a stratified (by label) random sample."""
    chosen: list[dict[str, Any]] = []
    remaining = list(rows)
    for size in sizes:
        take = size - len(chosen)
        picked, remaining = train_test_split(remaining, train_size=take, random_state=seed,
                                             stratify=[r["label"] for r in remaining])
        chosen.extend(picked)
    return chosen


@dataclass(frozen=True)
class CourtSplit:
    """One sample's 400 corrections as training samples, and the rest of the file with its labels and civil mask."""

    court: list[Sample]
    rest: list[dict[str, Any]]
    truth: np.ndarray
    civil: np.ndarray


def court_split(rows: list[dict[str, Any]], seed: int) -> CourtSplit:
    """The split of seed ``seed``'s stratified sample (``nested_sample``): all of it as court lines, and the rest."""
    sample = nested_sample(rows, list(STEPS), seed)
    taken = {r["id"] for r in sample}
    rest = [r for r in rows if r["id"] not in taken]
    return CourtSplit(court=[Sample(text=r["text"], label=r["label"], source="court") for r in sample], rest=rest,
                      truth=np.array([r["label"] for r in rest]), civil=np.array([is_civil(r) for r in rest]))


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    return round(float(f1_score(truth, predicted, labels=list(LABELS), average="macro", zero_division=0)), 4)


def run_on_samples(name: str, description: str,
                   run_seed: Callable[[int, list[dict[str, Any]], list[Sample]], dict[str, Any]],
                   markdown: Callable[[dict[str, Any]], str]) -> None:
    """The ``main`` of a benchmark on these samples: ``run_seed`` for each ``--seeds`` (every sample by default) with
    the dev rows and the shipped corpus, then ``markdown`` of the whole, written as ``bench/results/<name>``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, *OTHER_SEEDS])
    args = parser.parse_args()
    started = time.monotonic()
    rows = load_dev()
    corpus = dedupe(load_files(shipped_corpus_files()))
    seeds = {str(seed): run_seed(seed, rows, corpus) for seed in args.seeds}
    result = {"environment": environment(), "seconds": round(time.monotonic() - started), "seeds": seeds}
    write_result(name, markdown(result), result)


def versus_shipped(result: dict[str, Any], *, title: str, script: str, intro: str, best: str) -> str:
    """The markdown of a ``run_on_samples`` result whose seeds hold ``scores`` {model: civil macro-F1}, the first the
    shipped pipeline and the second its SVM: one row per model with its mean and its mean difference from the first,
    and the best of the others (``best`` names them in the closing line)."""
    seeds = list(result["seeds"])
    names = list(result["seeds"][seeds[0]]["scores"])

    def gain(name: str) -> float:
        return float(np.mean([result["seeds"][s]["scores"][name] - result["seeds"][s]["scores"][names[0]]
                              for s in seeds]))

    lines = [
        f"# {title}", "", f"`python bench/{script}` · {result['environment']} · {result['seconds']} s", "",
        f"{intro}civil macro-F1 on the rest of the dev file.  Target of issue 6 (4): at least {TARGET}.  Last column: "
        "the mean difference from the shipped pipeline.", "",
        "| model | " + " | ".join(f"seed {s}" for s in seeds) + " | mean | vs shipped |",
        "|---|" + "---|" * (len(seeds) + 2),
    ]
    for name in names:
        cells = [result["seeds"][s]["scores"][name] for s in seeds]
        lines.append(f"| {name} | " + " | ".join(map(str, cells)) + f" | {np.mean(cells):.4f} | {gain(name):+.4f} |")
    top = max(names[2:], key=lambda n: np.mean([result["seeds"][s]["scores"][n] for s in seeds]))
    lines += ["", f"{best}: {top}, {gain(top):+.4f} on average over the shipped pipeline."]
    return "\n".join(lines) + "\n"


def score(model_dir: Path, version: str, rest: list[dict[str, Any]]) -> dict[str, Any]:
    pipeline = load_version(model_dir, version).pipeline
    everything = evaluate_pipeline(pipeline, [Sample(r["text"], r["label"]) for r in rest])
    civil = evaluate_pipeline(pipeline, [Sample(r["text"], r["label"]) for r in rest if is_civil(r)])
    agreed = evaluate_pipeline(pipeline, [Sample(r["text"], r["label"]) for r in rest if labels_agree(r)])
    return {"all": everything, "civil": civil, "civil_agreed": agreed}


class Court:
    """The app with a key holding every scope, as the clerks' client would."""

    def __init__(self, workdir: Path) -> None:
        self.model_dir = workdir / "models"
        url = f"sqlite:///{workdir / 'bench.sqlite'}"
        db.upgrade(url)
        self.app = create_app(Settings(database_url=url, model_dir=self.model_dir, environment="test",
                                       model_check_seconds=0))
        with self.app.app_context(), Session(db.get_engine()) as session:
            _, key = auth.create_client(session=session, name="bench", scopes=auth.parse_scopes("submit,read,manage"))
            session.commit()
        self.headers = {"Authorization": f"Bearer {key}"}
        self.client = self.app.test_client()

    def review(self, row: dict[str, Any]) -> bool:
        """Submit a case and correct (or confirm) its label to the true one.  False if the API refused the text."""
        created = self.client.post("/api/v1/cases", json={"text": row["text"], "channel": "court_system"},
                                   headers=self.headers)
        if created.status_code != 201:
            return False
        public_id = created.get_json()["id"]
        corrected = self.client.post(f"/api/v1/cases/{public_id}/corrections", headers=self.headers,
                                     json={"label": row["label"], "reason": "书记员复核（基准测试）"})
        assert corrected.status_code == 201, corrected.get_json()
        return True

    def retrain(self) -> dict[str, Any]:
        out = io.StringIO()
        with self.app.app_context(), contextlib.redirect_stdout(out):
            training_main(["retrain", "--out", str(self.model_dir), "--json", "--by", "bench"],
                          engine=db.get_engine())
        report: dict[str, Any] = json.loads(out.getvalue())
        return report

    def active(self) -> str:
        """The registry's active version; before the first retraining, the one CURRENT names (what workers serve)."""
        with self.app.app_context(), Session(db.get_engine()) as session:
            version = registry.active_version(session=session)
        return version if version is not None else (self.model_dir / "CURRENT").read_text(encoding="utf-8").strip()


def stratified_picker(rows: list[dict[str, Any]], steps: list[int], seed: int) -> tuple[Picker, set[str]]:
    """The cases of a nested stratified random sample, in order; the whole sample is kept out of every rest."""
    sample = nested_sample(rows, steps, seed)

    def pick(court: Court, fed: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
        return sample[len(fed):size]

    return pick, {r["id"] for r in sample}


def queue_picker(rows: list[dict[str, Any]], steps: list[int], seed: int) -> tuple[Picker, set[str]]:
    """The clerk's review queue: the cases not yet reviewed on which the served model is least confident; the rest
    is whatever has not been reviewed yet."""

    def pick(court: Court, fed: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
        seen = {r["id"] for r in fed}
        waiting = [r for r in rows if r["id"] not in seen]
        model = load_version(court.model_dir, court.active())
        confidence = model.pipeline.predict_proba([r["text"] for r in waiting]).max(axis=1)
        return [waiting[i] for i in np.argsort(confidence, kind="stable")[: size - len(fed)]]

    return pick, set()


Picker = Callable[["Court", list[dict[str, Any]], int], list[dict[str, Any]]]
# Each returns the picker and the ids kept out of the rest at every step (besides the cases fed so far).
SAMPLINGS: dict[str, Callable[[list[dict[str, Any]], list[int], int], tuple[Picker, set[str]]]] = {
    "stratified": stratified_picker, "queue": queue_picker}


def train_shipped(model_dir: Path) -> None:
    """The shipped model, trained from the corpus into ``model_dir`` as `python -m training train` does."""
    model_dir.mkdir(parents=True)
    with contextlib.redirect_stdout(io.StringIO()):
        assert training_main(["train", "--out", str(model_dir)]) == 0


def run(steps: list[int], seed: int, workdir: Path, sampling: str, shipped_dir: Path) -> dict[str, Any]:
    """One learning curve, starting from a copy of the shipped model in ``shipped_dir``.  The rest is every line not
    fed so far (stratified: not in the final sample, the same for every step); the shipped model is scored on the
    same rest at each step, as the control."""
    rows = load_dev()
    pick, never_rest = SAMPLINGS[sampling](rows, steps, seed)
    court_dir = workdir / sampling
    shutil.copytree(shipped_dir, court_dir / "models")
    court = Court(court_dir)
    shipped = (court.model_dir / "CURRENT").read_text().strip()
    first_rest = [r for r in rows if r["id"] not in never_rest]
    shipped_scores = _headline(score(court.model_dir, shipped, first_rest))
    results: dict[str, Any] = {"sampling": sampling, "steps": [], "shipped": {"version": shipped, **shipped_scores}}
    fed: list[dict[str, Any]] = []
    refused = 0
    for size in steps:
        started = time.perf_counter()
        batch = pick(court, fed, size)
        for row in batch:
            refused += not court.review(row)
        fed.extend(batch)
        report = court.retrain()
        served = court.active()
        kept_out = never_rest | {r["id"] for r in fed}
        rest = [r for r in rows if r["id"] not in kept_out]
        candidate_scores = score(court.model_dir, report["version"], rest)
        served_scores = candidate_scores if served == report["version"] else score(court.model_dir, served, rest)
        control = served_scores if served == shipped else score(court.model_dir, shipped, rest)
        gate = report["candidate"].get("gate", {})
        results["steps"].append({
            "corrections": size, "refused_by_api": refused, "candidate": report["version"],
            "civil_fed": sum(is_civil(r) for r in fed),
            "promoted": report["promoted"], "gate_reasons": [r["message"] for r in report["gate"]["reasons"]],
            "training_sources": report["data"]["by_source"],
            "gate_n": gate.get("n", 0), "gate_disagreements": report["disagreements"],
            "gate_candidate_macro_f1": gate.get("macro_f1"),
            "gate_active_macro_f1": (report["active"] or {}).get("gate", {}).get("macro_f1"),
            "rest_n": {"all": len(rest), "civil": sum(is_civil(r) for r in rest)},
            "rest_candidate": _headline(candidate_scores), "served": served, "rest_served": _headline(served_scores),
            "rest_shipped": _headline(control),
            "seconds": round(time.perf_counter() - started, 1),
        })
        step = results["steps"][-1]
        print(f"{sampling}, {size} corrections: candidate civil {step['rest_candidate']['civil_macro_f1']}, "
              f"shipped on the same rest {step['rest_shipped']['civil_macro_f1']}, promoted {report['promoted']}",
              flush=True)
    return results


def _headline(scores: dict[str, Any]) -> dict[str, Any]:
    return {"all_macro_f1": scores["all"]["macro_f1"], "civil_macro_f1": scores["civil"]["macro_f1"],
            "civil_agreed_macro_f1": scores["civil_agreed"]["macro_f1"],
            "civil_recall": {label: s["recall"] for label, s in scores["civil"]["per_label"].items()},
            "all": scores["all"], "civil": scores["civil"]}


def _disagreements(step: dict[str, Any]) -> str:
    found = step["gate_disagreements"]
    return f"{found['lost']} / {found['won']}" if found else ""


def _table(results: dict[str, Any]) -> list[str]:
    shipped = results["shipped"]
    lines = [
        "| corrections | civil among them | trained on (court) | gate n | gate macro-F1: active → candidate | "
        "only active right / only candidate right | promoted | rest (civil) | candidate all | candidate civil | "
        "served civil | shipped model civil, same rest |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        f"| 0 (shipped model) | | 0 | | | | | | {shipped['all_macro_f1']} | {shipped['civil_macro_f1']} | "
        f"{shipped['civil_macro_f1']} | {shipped['civil_macro_f1']} |",
    ]
    for step in results["steps"]:
        lines.append(
            f"| {step['corrections']} | {step['civil_fed']} | {step['training_sources'].get('court_reviewed', 0)} | "
            f"{step['gate_n']} | {step['gate_active_macro_f1']} → {step['gate_candidate_macro_f1']} | "
            f"{_disagreements(step)} | {'yes' if step['promoted'] else 'no'} | "
            f"{step['rest_n']['all']} ({step['rest_n']['civil']}) | {step['rest_candidate']['all_macro_f1']} | "
            f"{step['rest_candidate']['civil_macro_f1']} | **{step['rest_served']['civil_macro_f1']}** | "
            f"{step['rest_shipped']['civil_macro_f1']} |")
    labels = list(shipped["civil_recall"])
    lines += ["", "Civil-only recall per label on the rest:", "",
              "| model | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels),
              "| shipped | " + " | ".join(str(v) for v in shipped["civil_recall"].values()) + " |"]
    for step in results["steps"]:
        recall = step["rest_candidate"]["civil_recall"]
        lines.append(f"| candidate @{step['corrections']} | " + " | ".join(str(v) for v in recall.values()) + " |")
    lines += ["", f"Civil-only macro-F1 on the rest without its generic {GENERIC_CONTRACT} lines (where the "
              "dataset's labels and the label definitions agree):", "",
              "| model | " + " | ".join(f"@{step['corrections']}" for step in results["steps"]) + " |",
              "|---|" + "---|" * len(results["steps"]),
              "| candidate | " + " | ".join(str(step["rest_candidate"]["civil_agreed_macro_f1"])
                                            for step in results["steps"]) + " |",
              "| shipped, same lines | " + " | ".join(str(step["rest_shipped"]["civil_agreed_macro_f1"])
                                                      for step in results["steps"]) + " |"]
    for step in results["steps"]:
        if not step["promoted"]:
            lines.append(f"\n- step {step['corrections']}: not promoted: " + " ".join(step["gate_reasons"]))
    return lines + [""]


def _cv_civil() -> str:
    """The corpus + dev cross-validation figure of bench/cv_dev.py, if it has been run."""
    path = RESULTS / "cv_dev.json"
    if not path.is_file():
        return "(run bench/cv_dev.py)"
    return str(json.loads(path.read_text(encoding="utf-8"))["corpus_plus_dev"]["civil"]["macro_f1"])


def _queue_summary(step: dict[str, Any]) -> list[str]:
    served, shipped = step["rest_served"]["civil_macro_f1"], step["rest_shipped"]["civil_macro_f1"]
    candidate = step["rest_candidate"]["civil_macro_f1"]
    lines = [f"After {step['corrections']} reviews from the queue, the cases no clerk looked at "
             f"({step['rest_n']['civil']} civil) score civil-only macro-F1 **{served}** with the served model; the "
             f"shipped model scores {shipped} on the same cases.  The candidate trained on those reviews would "
             f"score {candidate} "
             f"({candidate - shipped:+.4f} against the shipped model on the same cases)."]
    if not step["promoted"]:
        verdict = "rightly" if candidate < served else "although it was no worse there"
        lines[0] += f"  The gate refused it, {verdict}."
    lines += ["", "So the rise of the rest's score from the first row comes from taking the hard cases out, not from "
              "learning: a model trained on the hardest cases alone (plus the corpus) does not get better on the easy "
              "ones.  This set-up is reported for the court's planning (how good automatic routing is on what the "
              "clerks do not review); it does not meet the target, which is about learning."]
    return lines


def _agreed_reading(step: dict[str, Any]) -> list[str]:
    """What the corrections did where the dataset's labels and the label definitions agree."""
    candidate, shipped = step["rest_candidate"], step["rest_shipped"]
    return [f"- Outside the generic {GENERIC_CONTRACT} lines, where the dataset's labels and the label definitions "
            f"agree, the shipped model scores {shipped['civil_agreed_macro_f1']} civil-only on the rest and the "
            f"candidate trained on {step['corrections']} corrections {candidate['civil_agreed_macro_f1']}: the "
            "corrections do not lift the model where its labels are right either, so the target is not missed only "
            "because of the disputed lines."]


def _other_samples(runs: dict[str, Any]) -> list[str]:
    """Section 1b: the random set-up repeated on other samples, served and candidate civil-only macro-F1 per step."""
    samples = {str(runs["seed"]): runs["stratified"], **runs.get("other_samples", {})}
    if len(samples) < 2:
        return []
    steps = [step["corrections"] for step in runs["stratified"]["steps"]]
    lines = ["### 1b. The same on other random samples", "",
             "Each seed draws another stratified sample (its own database, model directory and rest); the first row is "
             "the sample above.  Cells: served civil-only macro-F1 on the rest (the candidate's in brackets, * where "
             "it was promoted).", "",
             "| seed | civil among the 400 | shipped, same rest | " + " | ".join(f"@{n}" for n in steps) + " |",
             "|---|---|---|" + "---|" * len(steps)]
    last_served, last_candidate = [], []
    for seed, results in samples.items():
        cells = [f"{step['rest_served']['civil_macro_f1']} ({step['rest_candidate']['civil_macro_f1']}"
                 f"{'*' if step['promoted'] else ''})" for step in results["steps"]]
        last = results["steps"][-1]
        last_served.append(last["rest_served"]["civil_macro_f1"])
        last_candidate.append(last["rest_candidate"]["civil_macro_f1"])
        lines.append(f"| {seed} | {last['civil_fed']} | {last['rest_shipped']['civil_macro_f1']} | "
                     + " | ".join(cells) + " |")
    met = sum(score >= TARGET for score in last_served)
    lines += ["", f"With {steps[-1]} corrections the served model scores {min(last_served)} to {max(last_served)} "
              f"(median {float(np.median(last_served)):.4f}) over the {len(samples)} samples, and the candidate "
              f"{min(last_candidate)} to {max(last_candidate)}; {met} of the {len(samples)} reach {TARGET}.", ""]
    return lines


def markdown(runs: dict[str, Any]) -> str:
    random_run, queue_run, seconds, seed = runs["stratified"], runs["queue"], runs["seconds"], runs["seed"]
    last, queue_last = random_run["steps"][-1], queue_run["steps"][-1]
    reached = last["rest_served"]["civil_macro_f1"]
    random_gain = round(reached - last["rest_shipped"]["civil_macro_f1"], 4)
    lines = [
        "# Learning curve: clerk corrections → retraining → promotion", "",
        f"`python bench/learning_curve.py` · {runs['environment']} · {seconds:.0f} s · seed {seed}", "",
        "Cases from ../shared/data/disputes_dev.jsonl are submitted through `POST /api/v1/cases` and given their "
        "true label with `POST /api/v1/cases/{id}/corrections` (a clerk's review); then `python -m training retrain` "
        "runs with its defaults (shipped corpus at weight 0.3, a fixed 20% of the reviewed cases held back for the "
        "gate, tolerance 0.01, recall margin 0.05, every drop beyond them blocks).  Each step adds to the previous "
        "ones.  Scores are on the rest of the file (never trained on); *served* is the model active after the step "
        "(the candidate if promoted).  The last column scores the shipped model on the same rest: the difference is "
        "what the corrections taught.", "",
        f"Target: civil-only macro-F1 on the rest at least {TARGET} with 400 corrections.", "",
        "## 1. Random corrections (the target's set-up)", "",
        "A stratified (by label) random sample, fixed seed, drawn once; the rest is every line outside the final "
        f"sample of {last['corrections']}.", "",
        *_table(random_run),
        f"With {last['corrections']} corrections the served model reaches civil-only macro-F1 **{reached}** on the "
        f"rest ({random_gain:+.4f} over the shipped model on the same lines; target {TARGET}: "
        f"{'met' if reached >= TARGET else 'not met'}).", "",
        *_other_samples(runs),
        "## 2. Corrections from the review queue (how clerks actually meet cases)", "",
        "Each step takes the cases the served model is least sure of (lowest top-label probability), which is the "
        "order the clerk-review queue presents them in; the rest is every line not reviewed so far, so it shrinks and "
        "loses the hardest cases at each step.  Those are exactly the cases that are routed without a clerk, so this "
        "is the accuracy that matters in service, but it is not a measure of learning on its own: compare with the "
        "last column.", "",
        *_table(queue_run),
        *_queue_summary(queue_last), "",
        "## Reading the figures", "",
        "- The gate compares both models on the held-back fifth of the reviewed cases (column *gate n*); the column "
        "after it counts the held-back cases exactly one of the two models gets right.  With a few dozen cases, most "
        "of them easy criminal `other` lines, the two models rarely disagree, so the gate has little evidence either "
        "way; a fixed `--eval` file of reviewed court cases gives it more.",
    ]
    if reached < TARGET:
        lines += [
            "- Why 400 random corrections do not reach the target: only about 80% of them are trained on (the rest is "
            "the gate's held-out share), and about half of a label-stratified sample is criminal `other` lines, which "
            f"teach the civil labels nothing: {last['corrections']} corrections carry {last['civil_fed']} civil cases.",
            "- Even with four times as many court cases (about 1,600 dev lines per fold) plus the corpus at weight "
            f"0.3, the same pipeline reaches {_cv_civil()} civil-only in 5-fold cross-validation (`bench/cv_dev.py`, "
            "second set-up), short of 0.85; a few hundred corrections cannot be expected to pass it.  Gains now need "
            "a better model or features, not only more corrections.",
            "- The weak labels are the thin ones and the blurred ones: housing has 46 lines in the whole file, and the "
            "dataset files 40 generic 合同纠纷 lines, most of them motor-insurance claims, under `sme` while 保险/追偿 "
            "texts are `finance`; the court cases move the model towards sme and other at the expense of finance and "
            "housing recall.",
            *_agreed_reading(last),
            "- Corpus weight 0.1 and 1.0 and SVM C 0.3 and 3.0 were tried at 400 corrections (with the corpus and "
            "pipeline before corpus round 3): none was better than 0.3 / 1.0 by more than 0.01.",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--steps", type=int, nargs="+", default=list(STEPS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--other-seeds", type=int, nargs="*", default=list(OTHER_SEEDS),
                        help="further random samples (random corrections only), to show the spread of the sample")
    parser.add_argument("--render", action="store_true",
                        help="only rewrite learning_curve.md from the figures in bench/results/learning_curve.json")
    args = parser.parse_args()
    if args.render:
        results = json.loads((RESULTS / "learning_curve.json").read_text(encoding="utf-8"))
        write_result("learning_curve", markdown(results), results)
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        shipped_dir = Path(scratch) / "shipped"
        train_shipped(shipped_dir)  # once: every run starts from its own copy of the same model
        runs: dict[str, Any] = {sampling: run(sorted(args.steps), args.seed, Path(scratch), sampling, shipped_dir)
                                for sampling in SAMPLINGS}
        runs["other_samples"] = {
            str(seed): run(sorted(args.steps), seed, Path(scratch) / f"seed{seed}", "stratified", shipped_dir)
            for seed in args.other_seeds if seed != args.seed}
    runs.update(seconds=round(time.perf_counter() - started, 1), seed=args.seed, environment=environment())
    write_result("learning_curve", markdown(runs), runs)


if __name__ == "__main__":
    main()
