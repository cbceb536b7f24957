"""Regenerate the request/answer examples in docs/routing.md (one per destination).

    python -m training train --out /tmp/routing_docs/models          # the shipped corpus, as scripts/serve does
    python docs/routing_examples.py /tmp/routing_docs/models > /tmp/examples.md
    python docs/routing_examples.py --summary /tmp/routing_docs/models   # the README's table

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
    ("labour_arbitration", {"text": "老板拖欠我三个月工资不给怎么办，工资8000元/月共3个月",
                            "fields": {"case_date": DAY}}),
    ("labour_mediation", {"text": "老板拖欠我三个月工资不给，工资8000元/月共3个月，他给我打了工资欠条",
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
    ("clerk_review", {"text": "对方欠我两万块钱一直不还怎么办", "fields": {"case_date": DAY}}),
]


def answers(model_dir: str) -> list[tuple[str, dict[str, object], int, dict[str, object]]]:
    """POST every example to the real app; (expected destination, request, status, answer)."""
    app = create_app(Settings(model_dir=Path(model_dir), environment="test", testing=True, database_url="sqlite://"))
    client = app.test_client()
    out = []
    for expected, body in EXAMPLES:
        response = client.post("/api/v1/classify", json=body)
        out.append((expected, body, response.status_code, response.get_json()))
    return out


def full(model_dir: str) -> None:
    for expected, body, status, answer in answers(model_dir):
        got = answer["decision"]["destination"]
        print(f"### {expected}{'' if got == expected else f' (got {got})'}\n")
        print("```http\nPOST /api/v1/classify\nContent-Type: application/json\n\n"
              + json.dumps(body, ensure_ascii=False) + "\n```\n")
        print(f"```json\n// HTTP {status}\n{json.dumps(answer, ensure_ascii=False, indent=1)}\n```\n")


def summary(model_dir: str) -> None:
    """One row per destination for the README: the request and the parts of the answer a clerk reads first."""
    print("| request (`POST /api/v1/classify`) | category (confidence) | destination · track | rules fired | "
          "first due date |")
    print("|---|---|---|---|---|")
    for _, body, _, answer in answers(model_dir):
        prediction, decision = answer["prediction"], answer["decision"]
        fields = body.get("fields") or {}
        extra = {k: v for k, v in fields.items() if k != "case_date"}  # type: ignore[union-attr]
        request = body["text"] + (f" `{json.dumps(extra, ensure_ascii=False)}`" if extra else "")
        dues = sorted(decision["due_dates"], key=lambda d: d["date"])
        due = f"{dues[0]['date']} {dues[0]['name']}" if dues else "-"
        track = f" · {decision['track_name']}" if decision.get("track_name") else ""
        print(f"| {request} | {prediction['label_name']} ({prediction['confidence']:.2f}) | "
              f"**{decision['destination_name']}**{track} | {', '.join(r['rule_id'] for r in decision['reasons'])} | "
              f"{due} |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--summary":
        summary(sys.argv[2])
    else:
        full(sys.argv[1])
