"""Screenshots of the workbench for the README, taken in headless Chromium from the real app.

    python -m training train --out /tmp/shots/models        # a model trained on the shipped corpus (~30 s)
    python docs/screenshots.py /tmp/shots/models              # writes docs/screenshots/*.png

Needs Debian's chromium and a CJK font (``apt-get install -y chromium fonts-noto-cjk``).  The app runs on a
temporary SQLite database with a few demo cases written for this script (invented parties and facts), spread over
the last eight weeks, some mediated, some overdue.  Also prints how long the intake result took.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from service import create_app, db, intake, users  # noqa: E402
from service.actors import Actor  # noqa: E402
from service.api import COURT_TIMEZONE  # noqa: E402
from service.config import Settings  # noqa: E402
from service.schemas import CaseCreate, EventCreate  # noqa: E402
from service.tables import Case  # noqa: E402
from tests.browser import chromium, serve  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
PASSWORD = "screenshot-demo-1"
# (days ago, text, amount, statuses to walk through)
DEMO = [
    (52, "王某在兰州某餐饮管理有限公司做厨师，2025年8月离职，公司尚欠两个月工资共计9600元未发，"
         "出具了工资欠条。", "9600",
     ["accepted", "mediation_succeeded", "confirmation_applied"]),
    (47, "李某向赵某借款5万元用于经营，约定半年归还，现已逾期一年，赵某多次催讨无果，持有借条。", "50000",
     ["accepted", "mediation_failed", "filed"]),
    (43, "某小区业主刘某认为物业公司长期不维修电梯，拒交2024年度物业费3200元，物业公司要求补交。", "3200", []),
    (38, "甘肃某建材有限公司向兰州某装饰工程有限公司供应瓷砖，尚欠货款186000元，对账单已签字确认。", "186000",
     ["accepted"]),
    (33, "张某驾驶电动车与孙某相撞，孙某受伤住院花去医疗费12000元，双方就赔偿数额协商不成。", "12000",
     ["accepted", "mediation_failed"]),
    (29, "周某2024年办理信用卡，透支本金38000元逾期未还，银行起诉要求偿还本金、利息及违约金。", "38000",
     ["accepted"]),
    (24, "吴某在某物流公司工作三年，公司未缴纳社会保险并以经营困难为由辞退，吴某要求经济补偿金24000元，"
         "劳动仲裁委已作出裁决，公司不服裁决。", "24000",
     ["accepted", "mediation_succeeded"]),
    (19, "郑某承租马某门面房一间，租期未满马某要求收回，郑某要求退还押金并赔偿装修损失8万元。", "80000", []),
    (15, "兰州某科技有限公司与某软件开发工作室签订软件开发合同，验收不合格，要求返还开发费12万元。", "120000",
     ["accepted"]),
    (10, "陈某与邻居冯某因院墙排水发生纠纷，陈某家的墙体受损，要求冯某修复并赔偿损失3000元。", "3000", []),
    (6, "某村委会与村民何某就土地承包经营合同发生争议，何某要求继续承包并赔偿青苗损失6000元。", "6000", []),
    (3, "蒋某购买某房地产开发公司商品房一套，开发商逾期交房九个月，蒋某要求支付逾期交房违约金45000元。",
     "45000", []),
]
INTAKE_TEXT = ("申请人马某于2024年9月入职兰州某商贸有限公司任仓库管理员，月工资6500元。公司自2025年4月起拖欠工资，"
               "至今共欠四个月工资26000元，公司为此出具了工资欠条。马某多次找公司负责人讨要未果，现申请调解，"
               "请求公司按欠条支付拖欠工资。")


def build(model_dir: Path, database: Path) -> tuple[object, str]:
    """The app on a fresh database with users and demo cases; returns (app, public id of the newest case)."""
    settings = Settings(database_url=f"sqlite:///{database}", model_dir=model_dir, environment="development",
                        model_check_seconds=3600)
    db.upgrade(settings.database_url)
    app = create_app(settings)
    with app.app_context(), Session(db.get_engine()) as session:
        clerk = users.create_user(session=session, username="wangli", display_name="王丽", role=users.Role.clerk,
                                  password=PASSWORD)
        users.create_user(session=session, username="admin", display_name="赵主任", role=users.Role.admin,
                          password=PASSWORD)
        actor = Actor.of_user(clerk)
        model = app.extensions["model_store"].get()
        rules = app.extensions["rules"]
        today = dt.datetime.now(COURT_TIMEZONE).date()
        for days_ago, text, amount, steps in DEMO:
            case = intake.submit_case(session=session, case_in=CaseCreate.model_validate(
                {"text": text, "channel": "counter", "fields": {"amount": amount}}), actor=actor, model=model,
                rules=rules, today=today - dt.timedelta(days=days_ago))
            intake.review_case(session=session, case=case, actor=actor, rules=rules)
            for status in steps:
                intake.record_event(session=session, case=case, event_in=EventCreate(status=status), actor=actor,
                                    rules=rules)
            _backdate(case, days_ago)
            session.add(case)
        session.commit()
    return app, ""


def _backdate(case: Case, days_ago: int) -> None:
    # Demo only: the dashboard groups by submission week, so older demo cases get older submission times.
    case.created_at = case.created_at - dt.timedelta(days=days_ago, hours=days_ago % 5)


def shoot(base: str, out: Path) -> float:
    """Take the screenshots; return the seconds from submitting the intake form to the loaded result."""
    out.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page.goto(f"{base}/login")
        page.fill("#username", "wangli")
        page.fill("#password", PASSWORD)
        page.press("#password", "Enter")
        page.wait_for_url(f"{base}/intake")
        page.fill("#text", INTAKE_TEXT)
        page.fill("#amount", "26000")
        page.check("input[name=consent_to_mediation][value=yes]")
        page.fill("input[name=party_name] >> nth=0", "马某")
        page.fill("input[name=party_name] >> nth=1", "兰州某商贸有限公司")
        page.select_option("select[name=party_kind] >> nth=1", "company")
        page.screenshot(path=out / "intake-form.png")
        started = time.perf_counter()
        page.click("#submit-intake")
        page.wait_for_url(f"{base}/cases/MR-*")
        page.wait_for_load_state("load")
        elapsed = time.perf_counter() - started
        case_url = page.url
        page.screenshot(path=out / "intake-result.png")
        page.fill("#amount", "31000")
        page.press("#amount", "Enter")
        page.wait_for_load_state("load")
        page.check("input[name=status][value=accepted]")
        page.fill("#note", "已电话通知双方，约定下周二到工作室调解")
        page.click("#status-submit")
        page.wait_for_load_state("load")
        page.screenshot(path=out / "case-timeline.png", full_page=True)
        page.goto(f"{base}/queues/labour_mediation")
        page.screenshot(path=out / "queue.png")
        page.set_viewport_size({"width": 820, "height": 1180})
        page.goto(case_url)
        page.screenshot(path=out / "tablet-case.png")
        page.set_viewport_size({"width": 1280, "height": 800})
        page.click("text=退出")
        page.fill("#username", "admin")
        page.fill("#password", PASSWORD)
        page.press("#password", "Enter")
        page.goto(f"{base}/dashboard")
        page.screenshot(path=out / "dashboard.png", full_page=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, help="a model directory with an active version (CURRENT)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app, _ = build(args.model_dir, Path(tmp) / "demo.sqlite")
        with serve(app) as base:  # type: ignore[arg-type]
            elapsed = shoot(base, args.out)
    print(f"intake result in {elapsed:.2f} s; screenshots in {args.out}")


if __name__ == "__main__":
    main()
