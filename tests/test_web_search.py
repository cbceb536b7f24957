"""The workbench's search across every queue (/search): a clerk with a case number or a party's name finds the case
without knowing its queue; a mediator finds only their own centre's cases; an empty search lists nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from playwright.sync_api import expect

from service import create_app
from service.config import Settings
from service.web import views
from tests.browser import chromium, serve
from tests.test_web import INTAKE, _submit
from tests.web_helpers import PASSWORD, make_user, post_form, set_case_status, sign_in

HOUSING, FINANCE, PEOPLE = "housing_mediation", "finance_mediation", "people_mediation"
HOUSING_NAME = "房产物业纠纷调解（住建/物业联动）"
FINANCE_NAME = "金融纠纷调解办公室"
RENT = "房东扣着押金三千元不退，说墙面有污渍，合同到期已经搬走一个月了。"
CARD = "信用卡逾期后银行委托的催收公司天天打电话到我单位，要求一次还清全部欠款。"
ROW = re.compile(r'<tr class="[^"]*">\s*<td><a href="/cases/(MR-[0-9A-F]{10})">.*?</tr>', re.S)


def _register(app: Flask, clerk: FlaskClient, text: str, party: str, destination: str,
              status: str = "routed") -> str:
    """A case with ``text`` and one party named ``party``, put in ``status`` at ``destination``."""
    public_id = _submit(clerk, {**INTAKE, "text": text, "party_name": [party], "party_role": ["plaintiff"],
                                "party_kind": ["person"], "party_id_number": [""]})
    set_case_status(app, public_id, status, destination)
    assert clerk.get(f"/cases/{public_id}").status_code == 200  # shows the flash "已登记为 …", so no later page does
    return public_id


def _rows(page: str) -> dict[str, str]:
    """The result table's rows: case number → the row's HTML."""
    return {match.group(1): match.group(0) for match in ROW.finditer(page)}


def _search(client: FlaskClient, **params: object) -> str:
    response = client.get("/search", query_string=params)
    assert response.status_code == 200, (params, response.status_code, response.headers.get("Location"))
    return response.get_data(as_text=True)


def test_a_party_name_or_words_of_the_text_find_the_case_in_any_queue(app: Flask, clerk: FlaskClient) -> None:
    rent = _register(app, clerk, RENT, "张小军", HOUSING)
    card = _register(app, clerk, CARD, "李丽华", FINANCE)
    assert "张小军" not in RENT and "李丽华" not in CARD  # found by the party rows, not by the text
    for query in ("张小军", "小军", "张 小军"):
        rows = _rows(_search(clerk, q=query))
        assert list(rows) == [rent], query
        assert f'<td class="destination">{HOUSING_NAME}</td>' in rows[rent], query
    rows = _rows(_search(clerk, q="催收公司"))
    assert list(rows) == [card]
    assert f'<td class="destination">{FINANCE_NAME}</td>' in rows[card]
    assert list(_rows(_search(clerk, q="押金三千"))) == [rent]
    # A word of both texts (到期, 打电话到): both queues at once, each row naming its own queue.
    page = _search(clerk, q="到")
    rows = _rows(page)
    assert rows.keys() == {rent, card} and "共 2 件" in page
    assert HOUSING_NAME in rows[rent] and FINANCE_NAME in rows[card]


def test_a_closed_case_is_found_unless_the_filter_says_open_only(app: Flask, clerk: FlaskClient) -> None:
    """A party may call about a case that has ended: the search looks at every status unless told otherwise."""
    gone = _register(app, clerk, RENT, "张小军", HOUSING, status="withdrawn")
    assert gone in _rows(_search(clerk, q="张小军"))
    assert gone not in _rows(_search(clerk, q="张小军", status="open"))
    assert gone in _rows(_search(clerk, q="张小军", status="withdrawn"))
    page = _search(clerk, q="张小军", status="bogus")  # read as the default, as the box then shows
    assert gone in _rows(page) and '<option value="all" selected>' in page


def test_an_exact_case_number_opens_the_case(app: Flask, clerk: FlaskClient) -> None:
    public_id = _register(app, clerk, RENT, "张小军", HOUSING, status="closed")
    other = _register(app, clerk, CARD, "李丽华", FINANCE)
    for query in (public_id, public_id.lower(), f"  {public_id.lower()} "):
        response = clerk.get("/search", query_string={"q": query, "status": "open"})
        assert response.status_code == 302, query
        assert response.headers["Location"] == f"/cases/{public_id}", query
    # Part of a number is a search like any other: listed, not opened.
    assert list(_rows(_search(clerk, q=public_id[:-1]))) == [public_id]
    assert list(_rows(_search(clerk, q=other[3:].lower()))) == [other]
    # A number no case has lists nothing.
    page = _search(clerk, q="MR-0000000000")
    assert _rows(page) == {} and "没有符合条件的案件" in page


def test_a_mediator_finds_only_their_own_centres_cases(app: Flask, clerk: FlaskClient) -> None:
    mine = _register(app, clerk, RENT, "张小军", HOUSING)
    theirs = _register(app, clerk, CARD, "张小军", FINANCE)
    assert _rows(_search(clerk, q="张小军")).keys() == {mine, theirs}  # a clerk sees both
    post_form(clerk, "/logout", {})
    make_user(app, "li", "mediator", destination=HOUSING)
    sign_in(clerk, "li")
    page = _search(clerk, q="张小军")
    assert _rows(page).keys() == {mine} and theirs not in page and "共 1 件" in page
    assert f"本中心（{HOUSING_NAME}）" in page
    for query in ("催收公司", theirs[3:9]):  # the other case's words and part of its number reveal nothing
        page = _search(clerk, q=query)
        assert _rows(page) == {} and theirs not in page, query
    # The other centre's case number neither opens it nor lists it; their own opens as for a clerk.
    for query in (theirs, theirs.lower()):
        page = _search(clerk, q=query)
        assert _rows(page) == {} and "没有符合条件的案件" in page, query
        assert f'href="/cases/{theirs}"' not in page, query
    assert clerk.get("/search", query_string={"q": mine.lower()}).headers["Location"] == f"/cases/{mine}"


def test_an_empty_search_lists_nothing(app: Flask, clerk: FlaskClient) -> None:
    public_id = _register(app, clerk, RENT, "张小军", HOUSING)
    for params in ({}, {"q": ""}, {"q": "   "}, {"status": "all"}, {"status": "routed", "overdue": "1"}):
        page = _search(clerk, **params)
        assert public_id not in page and 'id="search-table"' not in page, params
        assert 'id="search-empty"' in page and "请输入案件编号" in page, params
        assert "没有符合条件的案件" not in page, params
    assert public_id in _rows(_search(clerk, q="张小军"))


def test_results_are_paged(app: Flask, clerk: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "QUEUE_PAGE_SIZE", 2)
    texts = [RENT, CARD, "邻居装修把我家卫生间的防水弄坏了，楼下渗水，物业说找不到人，要求赔偿维修费。"]
    cases = {_register(app, clerk, text, "王大海", destination)
             for text, destination in zip(texts, (HOUSING, FINANCE, PEOPLE), strict=True)}
    first = _search(clerk, q="王大海")
    assert "共 3 件" in first and "第 1 / 2 页" in first and "上一页" not in first
    assert len(_rows(first)) == 2
    next_link = re.search(r'<a href="([^"]+)">下一页</a>', first)
    assert next_link, "no link to the next page"
    second_path = next_link.group(1).replace("&amp;", "&")
    assert second_path.startswith("/search?") and "page=2" in second_path and "status=all" in second_path
    second = clerk.get(second_path).get_data(as_text=True)
    assert "第 2 / 2 页" in second and "下一页" not in second and "上一页" in second
    assert len(_rows(second)) == 1
    assert _rows(first).keys() | _rows(second).keys() == cases
    # A page past the last one (an old link) goes to the last page, keeping the search: it showed 「共 3 件」 over an
    # empty table with no pager back.
    past = clerk.get("/search", query_string={"q": "王大海", "status": "all", "page": 3})
    assert past.status_code == 302
    assert _rows(clerk.get(past.headers["Location"]).get_data(as_text=True)) == _rows(second)


def test_an_odd_page_or_search_text_shows_a_page(app: Flask, clerk: FlaskClient) -> None:
    """As in a queue: a page number past 64 bits, or a NUL character (PostgreSQL refuses it), is no error."""
    public_id = _register(app, clerk, RENT, "张小军", HOUSING)
    for params in ({"q": "\x00"}, {"q": f"{public_id}\x00"}):
        response = clerk.get("/search", query_string=params)
        assert response.status_code == 200, params
        assert public_id not in _rows(response.get_data(as_text=True)), params
    past = clerk.get("/search", query_string={"q": "张小军", "page": "99999999999999999999"}, follow_redirects=True)
    assert past.status_code == 200 and public_id in _rows(past.get_data(as_text=True))  # the last page
    assert public_id in _rows(_search(clerk, q="张小军", page="-3"))  # read as the first page


@pytest.mark.parametrize(("query", "meant", "lookalike"), [
    ("20%", "双方约定利息按年20%计算，借款人到期未还。", "双方约定利息按年20厘计算，借款人到期未还。"),
    ("A_7", "快递单号A_7的包裹丢失，快递公司拒绝赔偿。", "快递单号AB7的包裹丢失，快递公司拒绝赔偿。"),
], ids=["percent", "underscore"])
def test_percent_and_underscore_are_matched_as_typed(app: Flask, clerk: FlaskClient, query: str, meant: str,
                                                     lookalike: str) -> None:
    """``%`` and ``_`` are characters a clerk typed, not wildcards of the database's LIKE."""
    wanted = _register(app, clerk, meant, "赵某", HOUSING)
    other = _register(app, clerk, lookalike, "钱某", FINANCE)
    assert list(_rows(_search(clerk, q=query))) == [wanted]
    assert other in _rows(_search(clerk, q=query.replace("%", "厘").replace("_", "B")))


def test_the_menu_has_a_search_box_for_the_signed_in(app: Flask, client: FlaskClient) -> None:
    box = re.compile(r'<form class="top-search" method="get" action="/search" role="search">.*?name="q"', re.S)
    assert not box.search(client.get("/login").get_data(as_text=True))
    assert client.get("/search?q=x").headers["Location"].startswith("/login?next=")
    make_user(app, "wang", "clerk")
    make_user(app, "li", "mediator", destination=HOUSING)
    for username in ("wang", "li"):
        sign_in(client, username)
        for path in ("/queues", "/dashboard"):
            assert box.search(client.get(path, follow_redirects=True).get_data(as_text=True)), (username, path)
        # The search page has its own, fuller form instead: one search box per page.
        search_page = client.get("/search?q=x").get_data(as_text=True)
        assert not box.search(search_page) and search_page.count('name="q"') == 1
        post_form(client, "/logout", {}, "/dashboard")


@pytest.mark.slow
def test_the_menu_search_box_on_a_phone(tmp_path: Path, sqlite_template: Path, model_dir: Path) -> None:
    """At 390 px the menu links to the search page instead of showing the box, the bar stays low, nothing is wider
    than the screen, and Enter searches (a case number opens the case)."""
    shutil.copy(sqlite_template, tmp_path / "web.sqlite")
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'web.sqlite'}", model_dir=model_dir,
                              environment="test", testing=True, model_check_seconds=3600))
    make_user(app, "wang", "clerk", display_name="王书记员")
    client = app.test_client()
    sign_in(client, "wang")
    public_id = _register(app, client, RENT, "张小军", HOUSING)
    try:
        with serve(app) as base, chromium() as browser:
            page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN")
            page.goto(f"{base}/login")
            page.fill("#username", "wang")
            page.fill("#password", PASSWORD)
            page.press("#password", "Enter")
            page.wait_for_url(f"{base}/intake")
            # No box on every page of a phone (the sticky bar grew to a seventh of the screen): the menu's 搜索.
            expect(page.locator("#top-search-q")).to_be_hidden()
            bar = page.locator("header.topbar").bounding_box()
            assert bar and bar["height"] <= 100, bar
            page.click("nav.nav a.nav-search")
            page.wait_for_url(f"{base}/search")
            box = page.locator("#q").bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["width"] >= 200, box
            assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, page.url
            page.fill("#q", "小军")
            page.press("#q", "Enter")
            page.wait_for_url(f"{base}/search?q=*")
            expect(page.locator("#search-table tbody tr")).to_have_count(1)
            expect(page.locator("#search-table td.destination")).to_have_text(HOUSING_NAME)
            page.fill("#q", public_id.lower())
            page.press("#q", "Enter")
            page.wait_for_url(f"{base}/cases/{public_id}")
            page.close()
    finally:
        app.extensions["db_engine"].dispose()


def test_a_party_calling_in_is_found_by_their_id_number(app: Flask, clerk: FlaskClient) -> None:
    """The ID number a party reads out finds their case, typed in groups, in full width or with a small x; a
    mediator of another centre does not find it (review of 2026-11-29: ID numbers found nothing)."""
    public_id = _submit(clerk, {**INTAKE, "text": RENT, "party_name": ["张小军"], "party_role": ["plaintiff"],
                                "party_kind": ["person"], "party_id_number": ["62010219900101109X"]})
    set_case_status(app, public_id, "routed", HOUSING)
    other = _register(app, clerk, CARD, "李丽华", FINANCE)
    for query in ("62010219900101109X", "620102 19900101 109x", "６２０１０２１９９００１０１１０９Ｘ"):
        assert list(_rows(_search(clerk, q=query))) == [public_id], query
    assert other not in _rows(_search(clerk, q="62010219900101109X"))
    assert _rows(_search(clerk, q="620102199001011014")) == {}  # another person's number
    make_user(app, "zhou", "mediator", destination=FINANCE)
    post_form(clerk, "/logout", {}, "/search")
    sign_in(clerk, "zhou")
    assert _rows(_search(clerk, q="62010219900101109X")) == {}


def test_a_case_number_typed_in_full_width_opens_the_case(app: Flask, clerk: FlaskClient) -> None:
    public_id = _register(app, clerk, RENT, "张小军", HOUSING)
    typed = public_id.lower().translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789abcdef-mr"})
    response = clerk.get("/search", query_string={"q": f" {typed} "})
    assert response.status_code == 302 and response.headers["Location"] == f"/cases/{public_id}"


def test_words_separated_by_spaces_must_each_be_found(app: Flask, clerk: FlaskClient) -> None:
    """「押金 污渍」 finds the deposit case whose text has both words apart (it found nothing: the text was searched
    for the words with the space); a word found in no case finds nothing."""
    rent = _register(app, clerk, RENT, "张小军", HOUSING)
    card = _register(app, clerk, CARD, "李丽华", FINANCE)
    assert list(_rows(_search(clerk, q="押金 污渍"))) == [rent]
    assert list(_rows(_search(clerk, q="张小军　押金"))) == [rent]  # a party's name and a word, ideographic space
    assert _rows(_search(clerk, q="押金 催收")) == {}
    assert list(_rows(_search(clerk, q="银行 催收"))) == [card]


@pytest.mark.parametrize("extra", ["endpoint=x", "_method=POST", "_external=1", "_anchor=x",
                                   "destination=finance_mediation"])
def test_the_last_page_link_is_built_from_the_filters_only(app: Flask, clerk: FlaskClient, extra: str) -> None:
    """Names in the query string are not url_for's arguments (review of 2026-11-29: endpoint= was a 500, _external=
    an absolute link, destination= another queue)."""
    _register(app, clerk, RENT, "张小军", HOUSING)
    for path in ("/search?q=张小军", f"/queues/{HOUSING}?q=张小军"):
        response = clerk.get(f"{path}&page=5&{extra}")
        assert response.status_code == 302, (path, extra)
        location = response.headers["Location"]
        assert location.startswith(path.split("?")[0] + "?") and "page=1" in location, (path, extra, location)
        assert extra.split("=")[0] not in location and "#" not in location, (path, extra, location)


def test_a_party_calling_in_is_found_by_their_mobile_number(app: Flask, clerk: FlaskClient) -> None:
    """The mobile number a party gives finds their case, typed in groups or in full width; it must be the whole number
    (a few digits of it are searched as words of the text, which holds none)."""
    public_id = _submit(clerk, {**INTAKE, "text": RENT, "party_name": ["张小军"], "party_role": ["plaintiff"],
                                "party_kind": ["person"], "party_id_number": [""], "party_phone": ["13912345678"]})
    set_case_status(app, public_id, "routed", HOUSING)
    _register(app, clerk, CARD, "李丽华", FINANCE)
    for query in ("13912345678", "139 1234 5678", "１３９１２３４５６７８"):
        assert list(_rows(_search(clerk, q=query))) == [public_id], query
    assert _rows(_search(clerk, q="13912345679")) == {}
    assert _rows(_search(clerk, q="1391234567")) == {}
