"""Pure parts of the workbench: SVG charts, text highlighting, form parsing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from flask import Flask
from werkzeug.datastructures import MultiDict

from service.errors import InvalidInput
from service.lifecycle import CaseStatus
from service.web import charts, forms, pages
from service.web.highlight import highlight

SVG = "{http://www.w3.org/2000/svg}"


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def test_stacked_columns_heights_add_up_and_labels_are_escaped() -> None:
    svg = _parse(charts.stacked_columns(["11/3", "11/10"], [
        charts.Series("劳动<争议>", (2, 0), "#111"), charts.Series("金融", (2, 1), "#222")], label="每周"))
    bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert [r.find(f"{SVG}title").text for r in bars] == [  # type: ignore[union-attr]
        "11/3 劳动<争议>：2", "11/3 金融：2", "11/10 金融：1"]
    heights = [float(r.get("height", 0)) for r in bars]
    # The axis tops out at 5 (the next 1-2-5 step above 4): 4 cases fill 4/5 of the plot, 1 case 1/5.
    assert heights[0] + heights[1] == pytest.approx(4 * heights[2], rel=1e-2)
    assert svg.get("aria-label") == "每周"


def test_empty_charts_still_render() -> None:
    _parse(charts.stacked_columns([], [], label="空"))
    _parse(charts.horizontal_bars([], label="空"))
    _parse(charts.donut([], label="空", center_text="0"))


def test_horizontal_percent_bars_cap_at_the_scale() -> None:
    svg = _parse(charts.horizontal_bars([charts.Bar("甲", (charts.Segment(0.5, "#1", "50%"),), "50%"),
                                         charts.Bar("乙", (charts.Segment(1.0, "#1", "100%"),), "100%")],
                                        label="成功率", scale_max=1.0, percent=True))
    widths = [float(r.get("width", 0)) for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert widths[1] == pytest.approx(2 * widths[0])


def test_donut_arcs_cover_the_ring() -> None:
    svg = _parse(charts.donut([("a", 1, "#1"), ("b", 3, "#2")], label="状态", center_text="4"))
    arcs = [c for c in svg.iter(f"{SVG}circle") if c.get("stroke-dasharray")]
    lengths = [float(c.get("stroke-dasharray", "0 0").split()[0]) for c in arcs]
    assert lengths[1] == pytest.approx(3 * lengths[0], rel=1e-3)
    assert arcs[1].find(f"{SVG}title").text == "b：3（75%）"  # type: ignore[union-attr]


def test_highlight_marks_terms_and_amounts_amounts_win() -> None:
    text = "公司拖欠工资共计24000元"
    segments = highlight(text, [{"term": "工资", "kind": "word", "weight": 0.5},
                                {"term": "24", "kind": "chars", "weight": 0.1}],
                         [{"text": "24000元", "start": 8, "end": 14, "value": 24000, "role": "total"}])
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.kind) for s in segments] == [("公司拖欠", None), ("工资", "term"), ("共计", None),
                                                    ("24000元", "amount")]
    assert segments[3].title == "金额：24000 元（合计）"


def test_highlight_skips_single_character_terms() -> None:
    """A single character (我, 给, 去: a character n-gram or a one-character word) tells a clerk nothing: only terms of
    two characters or more are marked, though the classifier's term list (the API's) still holds them."""
    text = "老板不给我工资，我去找他要"
    terms = [{"term": "我", "kind": "chars", "weight": 0.3}, {"term": "给", "kind": "word", "weight": 0.2},
             {"term": "去", "kind": "chars", "weight": 0.1}, {"term": "工资", "kind": "chars", "weight": 0.5},
             {"term": "老板", "kind": "word", "weight": 0.4}]
    segments = highlight(text, terms, [])
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.kind == "term"] == ["老板", "工资"]


def test_highlight_lexicon_term_marks_the_area_vocabulary() -> None:
    segments = highlight("借条上写明借款五万", [{"term": "finance", "kind": "lexicon", "weight": 1.2}], [])
    assert [s.text for s in segments if s.kind == "term"] == ["借条", "借款"]
    assert "金融借款领域常用词" in segments[0].title


def test_highlight_ignores_mentions_that_do_not_match_the_text() -> None:
    assert highlight("abc", [], [{"text": "zz", "start": 0, "end": 2, "value": 1, "role": "claim"}]) == [
        highlight("abc", [], [])[0]]


@pytest.mark.parametrize(("raw", "expected"), [("42250", "42250.00"), ("42,250.5", "42250.50"), ("4.2万", "42000.00"),
                                               ("肆万贰仟元", "42000.00"), ("", None), ("  ", None)])
def test_amounts_as_clerks_type_them(raw: str, expected: str | None) -> None:
    assert forms.parse_amount(raw) == expected


def test_bad_amount_is_a_field_error() -> None:
    with pytest.raises(InvalidInput) as caught:
        forms.parse_amount("很多")
    assert caught.value.fields == {"fields.amount": "请填写金额，如 42250 或 4.2万"}


def test_party_rows_skip_empty_names_and_keep_columns_aligned() -> None:
    form = MultiDict([("party_name", ""), ("party_name", "李某"), ("party_role", "plaintiff"),
                      ("party_role", "defendant"), ("party_kind", "person"), ("party_kind", "person"),
                      ("party_id_number", ""), ("party_id_number", "62010219900101109x")])
    assert forms.party_rows(form) == ([{"name": "李某", "role": "defendant", "kind": "person",
                                        "id_number": "62010219900101109X"}], [1], {})


def test_party_rows_are_limited_and_need_a_name_for_an_id_number() -> None:
    rows = MultiDict([("party_name", f"甲{i}") for i in range(forms.MAX_PARTY_ROWS)] + [("party_name", "")])
    assert len(forms.party_rows(rows)[0]) == forms.MAX_PARTY_ROWS and forms.party_rows(rows)[2] == {}
    rows.add("party_name", "多一位")
    assert forms.party_rows(rows)[2] == {"fields.parties": f"最多登记 {forms.MAX_PARTY_ROWS} 位当事人，请删去 1 位"}
    nameless = MultiDict([("party_name", "李某"), ("party_name", " "), ("party_phone", ""),
                          ("party_phone", "13800000000")])
    assert list(forms.party_rows(nameless)[2]) == ["fields.parties.1.name"]


def test_status_codes_read_as_their_chinese_names() -> None:
    text = "案件当前状态为 accepted，不能变更为 under_review。当前允许：mediation_failed、withdrawn"
    assert pages.chinese_statuses(text) == ("案件当前状态为「调解中」，不能变更为「待人工复核」。"
                                            "当前允许：「调解失败」、「已撤回」")
    assert pages.chinese_statuses("not_accepted acceptedly") == "not_accepted acceptedly"


def test_server_paths_are_cut_to_their_last_part() -> None:
    message = "模型版本 v1 无法加载：[Errno 2] No such file or directory: '/srv/models/v1/metadata.json'"
    assert pages.without_paths(message) == ("模型版本 v1 无法加载：[Errno 2] No such file or directory: "
                                            "'metadata.json'")
    assert pages.without_paths("模型目录 /srv/models 中没有模型；1/3 条") == "模型目录 models 中没有模型；1/3 条"


def test_a_case_waiting_for_review_offers_only_withdrawal() -> None:
    assert pages.status_targets(CaseStatus.under_review) == [CaseStatus.withdrawn]
    assert pages.status_targets(CaseStatus.routed) == [CaseStatus.accepted, CaseStatus.filed, CaseStatus.withdrawn,
                                                       CaseStatus.closed]
    assert pages.status_targets(CaseStatus.closed) == []


def test_unknown_page_is_chinese_html_for_browsers_and_json_for_the_api(app: Flask) -> None:
    client = app.test_client()
    page = client.get("/no-such-page", headers={"Accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 404 and page.mimetype == "text/html"
    assert "页面不存在" in page.get_data(as_text=True)
    api = client.get("/api/v1/no-such-thing", headers={"Accept": "text/html"})
    assert api.status_code == 404 and api.get_json()["error"]["code"] == "not_found"
    machine = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert machine.status_code == 404 and machine.get_json()["error"]["code"] == "not_found"
