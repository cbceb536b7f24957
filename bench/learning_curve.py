"""Benchmark: the learning curve of clerk corrections.

    python bench/learning_curve.py [--steps 50 100 200 400] [--seed 0]

Starts from the shipped model (trained from training/corpus exactly as `python -m training train` does), then
in steps feeds court cases from ../shared/data/disputes_dev.jsonl through the real API (POST /api/v1/cases, then
POST /api/v1/cases/{id}/corrections with the true label: a clerk's review) and runs the real retrain command
(`python -m training retrain`, gate included, no --force) after each step.  The cases are a stratified random
sample (fixed seed) drawn once; each step adds to the previous ones.  Candidate and served model are scored on
the rest of the file (every line not in the sample, the same for all steps), all lines and civil-only.

The app runs in-process (Flask test client) on a temporary SQLite database and model directory.  The court's
texts are read from ../shared/data and never copied into the repo.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from common import environment, is_civil, load_dev, write_result
from sklearn.model_selection import train_test_split
from sqlmodel import Session

from service import auth, create_app, db, registry
from service.classifier import load_version
from service.config import Settings
from training.__main__ import main as training_main
from training.data import Sample
from training.train import evaluate_pipeline

STEPS = (50, 100, 200, 400)
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


def score(model_dir: Path, version: str, rest: list[dict[str, Any]]) -> dict[str, Any]:
    pipeline = load_version(model_dir, version).pipeline
    everything = evaluate_pipeline(pipeline, [Sample(r["text"], r["label"]) for r in rest])
    civil = evaluate_pipeline(pipeline, [Sample(r["text"], r["label"]) for r in rest if is_civil(r)])
    return {"all": everything, "civil": civil}


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
        with self.app.app_context(), Session(db.get_engine()) as session:
            version = registry.active_version(session=session)
        assert version is not None
        return version


def run(steps: list[int], seed: int, workdir: Path) -> dict[str, Any]:
    rows = load_dev()
    sample = nested_sample(rows, steps, seed)
    sampled = {r["id"] for r in sample}
    rest = [r for r in rows if r["id"] not in sampled]
    court_dir = workdir
    (court_dir / "models").mkdir()
    with contextlib.redirect_stdout(io.StringIO()):
        assert training_main(["train", "--out", str(court_dir / "models")]) == 0
    court = Court(court_dir)
    shipped = (court.model_dir / "CURRENT").read_text().strip()
    results: dict[str, Any] = {"shipped": {"version": shipped, **_headline(score(court.model_dir, shipped, rest))},
                               "steps": []}
    fed, refused = 0, 0
    for size in steps:
        started = time.perf_counter()
        for row in sample[fed:size]:
            refused += not court.review(row)
        fed = size
        report = court.retrain()
        served = court.active()
        candidate_scores = score(court.model_dir, report["version"], rest)
        served_scores = candidate_scores if served == report["version"] else score(court.model_dir, served, rest)
        gate = report["candidate"].get("gate", {})
        results["steps"].append({
            "corrections": size, "refused_by_api": refused, "candidate": report["version"],
            "promoted": report["promoted"], "gate_reasons": [r["message"] for r in report["gate"]["reasons"]],
            "training_sources": report["data"]["by_source"],
            "gate_n": gate.get("n", 0), "gate_disagreements": report["disagreements"],
            "gate_candidate_macro_f1": gate.get("macro_f1"),
            "gate_active_macro_f1": (report["active"] or {}).get("gate", {}).get("macro_f1"),
            "rest_candidate": _headline(candidate_scores), "served": served, "rest_served": _headline(served_scores),
            "seconds": round(time.perf_counter() - started, 1),
        })
        step = results["steps"][-1]
        print(f"{size} corrections: candidate civil {step['rest_candidate']['civil_macro_f1']}, "
              f"promoted {report['promoted']}", flush=True)
    results["rest_n"] = {"all": len(rest), "civil": sum(is_civil(r) for r in rest)}
    return results


def _headline(scores: dict[str, Any]) -> dict[str, Any]:
    return {"all_macro_f1": scores["all"]["macro_f1"], "civil_macro_f1": scores["civil"]["macro_f1"],
            "civil_recall": {label: s["recall"] for label, s in scores["civil"]["per_label"].items()},
            "all": scores["all"], "civil": scores["civil"]}


def _disagreements(step: dict[str, Any]) -> str:
    found = step["gate_disagreements"]
    return f"{found['lost']} / {found['won']}" if found else ""


def markdown(results: dict[str, Any], seconds: float, seed: int) -> str:
    shipped = results["shipped"]
    last = results["steps"][-1]
    lines = [
        "# Learning curve: clerk corrections → retraining → promotion", "",
        f"`python bench/learning_curve.py` · {environment()} · {seconds:.0f} s · seed {seed}", "",
        "Cases from ../shared/data/disputes_dev.jsonl (stratified by label, fixed seed; each step adds to the "
        "previous) are submitted through `POST /api/v1/cases` and given their true label with "
        "`POST /api/v1/cases/{id}/corrections`; then `python -m training retrain` runs with its defaults "
        "(shipped corpus at weight 0.3, a fixed 20% of the reviewed cases held back for the gate, tolerance 0.01, "
        "recall margin 0.05, every drop beyond them blocks).  "
        "Scores are on the rest of the file "
        f"({results['rest_n']['all']} lines, {results['rest_n']['civil']} civil), never trained on.", "",
        f"Target: civil-only macro-F1 on the rest at least {TARGET} with 400 corrections.", "",
        "| corrections | trained on (court) | gate n | gate macro-F1: active → candidate | only active right / "
        "only candidate right | promoted | candidate all | candidate civil | served all | served civil |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| 0 (shipped model) | 0 | | | | | {shipped['all_macro_f1']} | {shipped['civil_macro_f1']} | "
        f"{shipped['all_macro_f1']} | {shipped['civil_macro_f1']} |",
    ]
    for step in results["steps"]:
        lines.append(
            f"| {step['corrections']} | {step['training_sources'].get('court_reviewed', 0)} | {step['gate_n']} | "
            f"{step['gate_active_macro_f1']} → {step['gate_candidate_macro_f1']} | {_disagreements(step)} | "
            f"{'yes' if step['promoted'] else 'no'} | {step['rest_candidate']['all_macro_f1']} | "
            f"{step['rest_candidate']['civil_macro_f1']} | {step['rest_served']['all_macro_f1']} | "
            f"{step['rest_served']['civil_macro_f1']} |")
    labels = list(shipped["civil_recall"])
    lines += ["", "Civil-only recall per label on the rest:", "",
              "| model | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    lines.append("| shipped | " + " | ".join(str(v) for v in shipped["civil_recall"].values()) + " |")
    for step in results["steps"]:
        recall = step["rest_candidate"]["civil_recall"]
        lines.append(f"| candidate @{step['corrections']} | " + " | ".join(str(v) for v in recall.values()) + " |")
    reached = last["rest_served"]["civil_macro_f1"]
    lines += ["", f"With {last['corrections']} corrections the served model reaches civil-only macro-F1 "
              f"**{reached}** on the rest (target {TARGET}: {'met' if reached >= TARGET else 'not met'})."]
    lines += ["", "The gate compares both models on the held-back fifth of the reviewed cases (column *gate n*); the "
              "column after it counts the held-back cases exactly one of the two models gets right.  With a few dozen "
              "cases, most of them easy criminal `other` lines, the two models rarely disagree, so the gate has "
              "little evidence either way; a fixed `--eval` file of reviewed court cases gives it more."]
    for step in results["steps"]:
        if not step["promoted"]:
            lines.append(f"- step {step['corrections']}: not promoted: " + " ".join(step["gate_reasons"]))
    if reached < TARGET:
        lines += ["", "Why the target is not reached:", "",
                  "- Only about 80% of the corrections are trained on (the rest is the gate's held-out share), and "
                  "about half of a label-stratified sample is criminal `other` lines, which teach the civil labels "
                  "nothing: 400 corrections give roughly 160 civil training cases.",
                  "- Even with four times as many court cases (about 1,600 dev lines per fold) plus the corpus at "
                  "weight 0.3, the same pipeline reaches 0.841 civil-only in 5-fold cross-validation "
                  "(`bench/cv_dev.py`, second set-up), still short of 0.85; a few hundred corrections cannot be "
                  "expected to pass it.  Gains now need a better model or features, not only more corrections.",
                  "- The weak labels are the thin ones and the blurred ones: housing has 46 lines in the whole "
                  "file (about 7 in the 400 sampled, 5 of them trained on), and the dataset files 40 generic 合同纠纷 "
                  "lines, most of them motor-insurance claims, under `sme` while 保险/追偿 texts are `finance`; the "
                  "court cases move the model towards sme and other at the expense of finance and housing recall.",
                  "- Corpus weight 0.1 and 1.0 and SVM C 0.3 and 3.0 were tried at 400 corrections (with the corpus "
                  "and pipeline before corpus round 3): none was better than 0.3 / 1.0 by more than 0.01."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--steps", type=int, nargs="+", default=list(STEPS))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        results = run(sorted(args.steps), args.seed, Path(scratch))
    seconds = time.perf_counter() - started
    results["seconds"] = round(seconds, 1)
    write_result("learning_curve", markdown(results, seconds, args.seed), results)


if __name__ == "__main__":
    main()
