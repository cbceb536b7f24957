"""Regenerate the request/answer examples in docs/routing.md (one per destination).

    python -m training train --no-corpus --data tests/data/tiny.jsonl --out /tmp/routing_docs/models
    python docs/routing_examples.py /tmp/routing_docs/models > /tmp/examples.md

Every answer is produced by POSTing to the real app (Flask test client), nothing is edited by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service import create_app  # noqa: E402
from service.config import Settings  # noqa: E402

DAY = "2026-03-02"
EXAMPLES = [
    ("labour_mediation", {"text": "老板拖欠我三个月工资不给怎么办，工资8000元/月共3个月",
                          "fields": {"case_date": DAY}}),
    ("finance_mediation", {"text": "信用卡逾期了银行说要起诉我，欠款本金48000元",
                           "fields": {"filed": True, "case_date": DAY}}),
    ("housing_mediation", {"text": "物业费一直在交，可电梯坏了半年没人修，物业公司要我补交物业费6800元",
                           "fields": {"case_date": DAY}}),
    ("sme_mediation", {"text": "客户欠我们公司货款二十多万，拖了一年了", "fields": {"case_date": DAY}}),
    ("people_mediation", {"text": "被邻居家的狗咬了，对方不肯赔医药费3000元", "fields": {"case_date": DAY}}),
    ("fast_track", {"text": "朋友借了我3万元一直不还，有借条",
                    "fields": {"consent_to_mediation": False, "case_date": DAY}}),
    ("ordinary_trial", {"text": "朋友借了我10万元一直不还，有借条，现在人下落不明，电话也联系不上",
                        "fields": {"case_date": DAY}}),
    ("judicial_confirmation", {"text": "我和邻居在社区人民调解委员会达成了调解协议，想申请法院司法确认",
                               "fields": {"case_date": DAY}}),
    ("clerk_review", {"text": "老板给我写了工资欠条，欠我6000元，现在找不到老板",
                      "fields": {"consent_to_mediation": False, "case_date": DAY}}),
]


def main(model_dir: str) -> int:
    app = create_app(Settings(model_dir=Path(model_dir), environment="test", testing=True, database_url="sqlite://"))
    client = app.test_client()
    for expected, body in EXAMPLES:
        response = client.post("/api/v1/classify", json=body)
        answer = response.get_json()
        got = answer["decision"]["destination"]
        print(f"### {expected}{'' if got == expected else f' (got {got})'}\n")
        print("```http\nPOST /api/v1/classify\nContent-Type: application/json\n\n"
              + json.dumps(body, ensure_ascii=False) + "\n```\n")
        print(f"```json\n// HTTP {response.status_code}\n{json.dumps(answer, ensure_ascii=False, indent=1)}\n```\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
