"""Lexicon features: how often a text uses each label's legal vocabulary.

A linear model over n-grams learns each term separately and needs examples of
every one.  These five dense counts pool the terms of each mediation area
(案由 vocabulary from the 民事案件案由规定 and everyday words for the same
things), so a rare term still pushes towards its area.  Part of saved
artifacts by dotted path (``service.features.LexiconCounts``): do not move it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from service.text import normalize

LEXICON: dict[str, tuple[str, ...]] = {
    "labour": (
        "劳动", "劳动合同", "劳动关系", "工资", "加班", "经济补偿", "社会保险", "社保", "工伤", "仲裁委员会",
        "劳动仲裁", "用人单位", "劳动者", "入职", "离职", "辞退", "解除劳动", "劳务派遣", "竞业限制", "失业保险",
        "福利", "劳务费", "劳务", "欠薪", "工资欠条", "包工头", "职工", "上班", "老板", "工钱",
    ),
    "finance": (
        "借款", "借条", "出借", "利息", "利率", "还款", "贷款", "银行", "信用卡", "透支", "保险", "保险人",
        "被保险人", "保险金", "理赔", "代位", "担保", "保证人", "连带保证", "追偿", "抵押", "典当", "融资租赁",
        "债权转让", "票据", "汇票", "理财", "证券", "股票", "虚假陈述", "本金", "逾期", "网贷",
    ),
    "housing": (
        "房屋", "住房", "商品房", "物业", "物业费", "业主", "小区", "房产证", "不动产权", "购房", "房款", "交房",
        "过户", "租房", "房租", "承租", "出租", "拆迁", "安置", "征收", "装修", "装饰", "宅基地", "建房", "住宅",
    ),
    "sme": (
        "货款", "买卖合同", "供货", "购销", "承揽", "加工", "定作", "工程款", "施工", "建设工程", "分包", "发包",
        "股东", "股权", "合伙", "运输", "货物", "仓储", "保管", "停车", "租赁", "设备", "居间", "特许", "加盟",
        "广告", "破产", "管理人", "别除权", "修理", "门面", "商铺",
    ),
    "other": (
        "离婚", "婚姻", "抚养", "子女", "赡养", "继承", "遗产", "遗嘱", "交通事故", "人身损害", "医疗", "侵权",
        "被告人", "公诉", "犯罪", "判处", "有期徒刑", "盗窃", "诈骗", "不当得利", "名誉", "肖像", "商标", "著作权",
        "专利", "相邻", "承包经营", "土地承包", "村委会", "饲养", "受伤", "派出所",
    ),
}

# Longest terms first so that 劳动合同 is counted as itself, not as 劳动 + 合同.
_TERMS = sorted({term for terms in LEXICON.values() for term in terms}, key=len, reverse=True)
_PATTERN = re.compile("|".join(map(re.escape, _TERMS)))
_AREAS = tuple(LEXICON)
_AREAS_OF = {term: [i for i, area in enumerate(_AREAS) if term in LEXICON[area]] for term in _TERMS}


def area_counts(normalised: str) -> list[int]:
    """How many lexicon terms of each area (in ``LEXICON`` order) a normalised text contains."""
    counts = [0] * len(_AREAS)
    for term, n in Counter(_PATTERN.findall(normalised)).items():
        for area in _AREAS_OF[term]:
            counts[area] += n
    return counts


class LexiconCounts(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Dense features: ``scale * log(1 + hits)`` for each area's vocabulary, as a sparse matrix.

    :param scale: weight of these five columns next to the TF-IDF blocks.
    """

    def __init__(self, scale: float = 0.1) -> None:
        self.scale = scale

    def fit(self, X: Iterable[str], y: Any = None) -> LexiconCounts:
        self.n_features_in_ = 1
        return self

    def transform(self, X: Iterable[str]) -> sp.csr_matrix:
        rows = [area_counts(normalize(text)) for text in X]
        return sp.csr_matrix(np.log1p(np.array(rows, dtype=np.float64).reshape(-1, len(_AREAS))) * self.scale)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(_AREAS, dtype=object)
