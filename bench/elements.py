"""Element extraction (要素: amounts, flags, parties) time per text, in process.

    python bench/elements.py

Extraction runs on every request beside the classifier, on texts up to DISPUTES_MAX_TEXT_CHARS (20,000 characters).
Timed, interleaved in rounds so that the figures are comparable on a noisy machine:
- the real court texts of ../shared (never stored; median 576 characters), when they are there;
- the shipped corpus's texts;
- long texts of 2,000 and 20,000 characters cut from the corpus run together (many sums, claims, negations);
- the worst case found in review: a 20,000-character text made of one paragraph with a counterclaim, a penalty base,
  a monthly wage and a bare figure, repeated: 35 s per call at commit 504540d, whose counterclaim check split the whole
  text before every sum; 35 ms on the code of the morning of 2026-11-28 (af1aceb), which read fewer of these forms.
Each text is given a distinct last character so that no cache answers for it.
"""

from __future__ import annotations

import math
import statistics
import time

from common import DEV_DATA, environment, load_dev, write_result

from service.elements import extract_elements
from training.data import load_files, shipped_corpus_files

ROUNDS = 5
PARAGRAPH = ("原告诉称，被告于2023年向原告借款3万元，约定月息1%，后被告反诉要求原告赔偿损失2000元，"
             "原告请求判令被告偿还借款本金3万元及利息（以3万元为基数按LPR计算），工资是9000，欠了五个月，"
             "医药费花了两千八。")


def sets() -> dict[str, list[str]]:
    corpus = [s.text for s in load_files(shipped_corpus_files())]
    stream = "".join(corpus)
    found = {
        "shipped corpus texts (500)": corpus[:500],
        "2,000-character cuts of the corpus (50)": [stream[i * 2000:(i + 1) * 2000] for i in range(50)],
        "20,000-character cuts of the corpus (10)": [stream[i * 20000:(i + 1) * 20000] for i in range(10)],
        "20,000 characters of the review's paragraph, repeated (3)": [(PARAGRAPH * 200)[:19999] + str(i)
                                                                        for i in range(3)],
    }
    if DEV_DATA.is_file():
        found = {"court texts of ../shared (1,997)": [row["text"] for row in load_dev()]} | found
    return found


def main() -> None:
    texts = sets()
    times: dict[str, list[float]] = {name: [] for name in texts}
    for round_ in range(ROUNDS):
        for name, group in texts.items():
            for text in group:
                text = text[:-1] + ("甲乙丙丁戊"[round_] if text else "")
                start = time.perf_counter()
                extract_elements(text=text)
                times[name].append(time.perf_counter() - start)
    rows = {name: {"texts": len(texts[name]), "calls": len(t), "median_ms": round(statistics.median(t) * 1000, 3),
                   "p99_ms": round(sorted(t)[math.ceil(len(t) * 0.99) - 1] * 1000, 3),
                   "max_ms": round(max(t) * 1000, 3)}
            for name, t in times.items()}
    lines = [
        "# Element extraction time per text", "",
        f"`python bench/elements.py` · {environment()}", "",
        f"{ROUNDS} interleaved rounds over every set; each call's text made distinct.", "",
        "| texts | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|",
        *[f"| {name} | {r['calls']} | {r['median_ms']} | {r['p99_ms']} | {r['max_ms']} |" for name, r in rows.items()],
    ]
    write_result("elements", "\n".join(lines) + "\n", {"environment": environment(), "rounds": ROUNDS, "sets": rows})


if __name__ == "__main__":
    main()
