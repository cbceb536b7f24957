"""The dispute text cut into segments so the page can mark what drove the decision: the classifier's top terms and
the sums of money the element extraction read.  Pure; the template escapes every segment."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from service.features import LEXICON
from service.labels import DISPLAY_NAMES

ROLE_NAMES = {"claim": "诉请金额", "total": "合计", "outstanding": "尚欠", "rate": "单价/月薪等", "paid": "已付",
              "reference": "参考价值", "product": "乘积", "restated": "括号内重述，不重复计算",
              "base": "计算基数，不重复计算", "counterclaim": "反诉请求，不计入本诉标的",
              "foreign_currency": "外币金额，需按汇率折算，未计入"}


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None  # None, "term" or "amount"
    title: str = ""


def _occurrences(text: str, needle: str) -> Iterable[int]:
    start = text.find(needle)
    while needle and start >= 0:
        yield start
        start = text.find(needle, start + 1)


# The shortest term worth marking: a single character (我, 给, 去: a character n-gram or a one-character word) says
# nothing to a clerk, though it stays in the classifier's term list the API returns.
MIN_TERM_CHARS = 2


def _term_strings(term: Mapping[str, Any]) -> tuple[str, ...]:
    """What to look for in the text: the term itself, or for a lexicon feature its area's vocabulary; only strings of
    at least ``MIN_TERM_CHARS`` characters."""
    if term.get("kind") == "lexicon":
        strings: tuple[str, ...] = LEXICON.get(str(term["term"]), ())
    else:
        strings = tuple(str(term["term"]).split())
    return tuple(part for part in strings if len(part) >= MIN_TERM_CHARS)


def _term_title(term: Mapping[str, Any]) -> str:
    if term.get("kind") == "lexicon":
        area = DISPLAY_NAMES.get(str(term["term"]), str(term["term"]))
        return f"分类依据：{area}领域常用词（贡献 {float(term['weight']):.2f}）"
    return f"分类依据：{term['term']}（贡献 {float(term['weight']):.2f}）"


def highlight(text: str, terms: Sequence[Mapping[str, Any]], mentions: Sequence[Mapping[str, Any]]
              ) -> list[Segment]:
    """``text`` as segments; amounts win over terms where they overlap."""
    marks: list[tuple[str, str] | None] = [None] * len(text)
    for term in terms:
        title = _term_title(term)
        for needle in _term_strings(term):
            for start in _occurrences(text, needle):
                for i in range(start, start + len(needle)):
                    marks[i] = marks[i] or ("term", title)
    for mention in mentions:
        start, end = int(mention["start"]), int(mention["end"])
        if 0 <= start < end <= len(text) and text[start:end] == mention["text"]:
            title = f"金额：{mention['value']} 元（{ROLE_NAMES.get(str(mention['role']), mention['role'])}）"
            for i in range(start, end):
                marks[i] = ("amount", title)
    segments: list[Segment] = []
    position = 0
    for mark, run in itertools.groupby(marks):
        length = sum(1 for _ in run)
        kind, title = mark if mark else (None, "")
        segments.append(Segment(text[position:position + length], kind, title))
        position += length
    return segments
