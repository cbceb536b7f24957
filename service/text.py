"""Text normalisation and jieba tokenisation for dispute texts.

``tokenize`` and ``normalize`` are baked into saved model artifacts by their
dotted path (``service.text.tokenize``): moving or renaming them breaks every
model trained before the move.  No Flask, no database here.
"""

from __future__ import annotations

import functools
import html
import logging
import math
import re
import unicodedata
from importlib import resources

import jieba

# Court documents anonymise names as 张某, 张x1, 张×, 张*; fold them into one marker
# so that a colloquial 老张 and a formal 张某 look alike to the model.
_ANON = re.compile(r"(?<=[\u4e00-\u9fff])(?:[xX×*＊]+\d*|某某|某\d+)")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SPACE = re.compile(r"\s+")
# Tokens kept: CJK words, Latin words, and the digit placeholder.
_KEEP = re.compile(r"[\u4e00-\u9fff]|[a-z]{2,}|0")

LEGAL_DICTIONARY = "legal_dict.txt"


def normalize(text: str) -> str:
    """Canonical form of a dispute text for feature extraction.

    NFKC (full-width to half-width), HTML entities decoded, lower case,
    anonymisation markers folded to 某, every number written as ``0``,
    whitespace collapsed.
    """
    text = unicodedata.normalize("NFKC", html.unescape(text)).lower()
    text = _ANON.sub("某", text)
    text = _DIGITS.sub("0", text)
    return _SPACE.sub(" ", text).strip()


class _CachedLogTokenizer(jieba.Tokenizer):  # type: ignore[misc]
    """jieba's tokenizer with the word log-probabilities of its route search cached.

    ``calc`` is jieba's own dynamic programme, step for step (same sums in the same order, same tie-breaking), but
    jieba recomputes ``log(freq) - log(total)`` for every candidate word of every sentence; caching it, and one
    dictionary lookup instead of two in ``get_DAG``, make segmentation about a third faster.  tests/test_text.py
    checks the output equals plain jieba's.
    """

    def __init__(self) -> None:
        super().__init__()
        self._log_p: dict[str, float] = {}

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        super().add_word(word, freq, tag)
        self._log_p.clear()  # frequencies (and the total) changed

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802 - jieba's name
        # jieba's loop, with one dictionary lookup per step instead of two (`in` and then `[]`).
        self.check_initialized()
        freq, n, dag = self.FREQ, len(sentence), {}
        for k in range(n):
            ends, i, fragment = [], k, sentence[k]
            while i < n:
                count = freq.get(fragment)
                if count is None:
                    break
                if count:
                    ends.append(i)
                i += 1
                fragment = sentence[k:i + 1]
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        n = len(sentence)
        route[n] = (0, 0)
        log_p, freq = self._log_p, self.FREQ
        log_total = math.log(self.total)
        for idx in range(n - 1, -1, -1):
            best: tuple[float, int] | None = None
            for x in DAG[idx]:
                word = sentence[idx:x + 1]
                lp = log_p.get(word)
                if lp is None:
                    lp = log_p[word] = math.log(freq.get(word) or 1) - log_total
                candidate = (lp + route[x + 1][0], x)
                if best is None or candidate > best:
                    best = candidate
            assert best is not None  # jieba's DAG always has the single character
            route[idx] = best


@functools.cache
def _tokenizer() -> jieba.Tokenizer:
    """The process-wide jieba tokenizer with the legal user dictionary (read-only after creation)."""
    # jieba logs its dictionary loading at DEBUG; keep worker logs quiet.
    jieba.setLogLevel(logging.WARNING)
    tokenizer = _CachedLogTokenizer()
    tokenizer.initialize()
    words = resources.files("service.data").joinpath(LEGAL_DICTIONARY).read_text(encoding="utf-8")
    for line in words.splitlines():
        parts = line.split()
        if parts:
            tokenizer.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None)
    return tokenizer


def warm_up() -> None:
    """Load the jieba dictionary now, so the first request is not slow."""
    _tokenizer()


def tokenize(text: str) -> list[str]:
    """Words of a normalised text: jieba's precise mode without HMM, punctuation dropped."""
    # Most tokens are Chinese words: test their first character directly and only run the
    # regular expression on the rest (a regex call per token was a third of the tokenising time).
    return [t for t in _tokenizer().lcut(text, HMM=False) if "\u4e00" <= t[0] <= "\u9fff" or _KEEP.match(t)]


def compact(value: str) -> str:
    """A number or code as typed by a person: full-width characters (a Chinese input method left on) read as their
    ASCII forms (NFKC) and the spaces between groups dropped (620102 19900101 1014, ＭＲ－３Ｆ２Ａ)."""
    return "".join(unicodedata.normalize("NFKC", value).split())
