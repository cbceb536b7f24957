"""Normalisation and jieba tokenisation."""

from __future__ import annotations

import json

import jieba
import pytest

from service.text import _tokenizer, normalize, tokenize
from tests.helpers import TINY
from training.data import shipped_corpus_files


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３", "abc0"),                       # full-width folded, digits collapsed
        ("签订&ldquo;合同&rdquo;", "签订“合同”"),       # HTML entities from court databases decoded
        ("原告张x1与被告李某某", "原告张某与被告李某"),  # anonymisation markers folded
        ("被告王×于2019年3月5日", "被告王某于0年0月0日"),
        ("  多个\n\t空白  ", "多个 空白"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("term", ["劳动仲裁", "民间借贷", "物业费", "经济补偿金", "工资欠条", "商品房", "代位求偿"])
def test_legal_terms_stay_whole(term: str) -> None:
    assert term in tokenize(normalize(f"我想问一下{term}的问题怎么处理"))


def test_tokenize_drops_punctuation_and_spaces() -> None:
    tokens = tokenize(normalize("老板拖欠工资，怎么办？！ 急"))
    assert tokens == ["老板", "拖欠工资", "怎么办", "急"]


def test_tokenize_keeps_latin_words_and_number_placeholder() -> None:
    assert tokenize(normalize("APP 借了 3000 元")) == ["app", "借", "了", "0", "元"]


def test_cached_tokenizer_segments_exactly_like_jieba() -> None:
    cached = _tokenizer()
    plain = jieba.Tokenizer()
    plain.initialize()
    plain.FREQ, plain.total = dict(cached.FREQ), cached.total  # the same dictionary, legal words included
    texts = [json.loads(line)["text"] for line in TINY.read_text(encoding="utf-8").splitlines()]
    for path in shipped_corpus_files():
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:100]]
    texts += ["经审理查明：原告于2015年3月入职被告处，月工资5000元，后申请劳动仲裁。",
              "物业费、民间借贷和经济补偿金", "a"]
    for text in texts:
        normalised = normalize(text)
        assert cached.lcut(normalised, HMM=False) == plain.lcut(normalised, HMM=False)
