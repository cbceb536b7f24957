"""Filed cases go to their trial team: ``dispute_case.filed_from`` keeps the mediation centre (or 司法确认) a case
was filed from, its destination becoming the 速裁 or 精审 team of its trial track.  Cases filed before this release
are moved the same way, from their latest decision's ``trial_period``.

Revision ID: 0005_filed_from
Revises: 0004_job_lock
Create Date: 2026-11-29 09:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005_filed_from"
down_revision: str | None = "0004_job_lock"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As service.rules.TRIAL_TEAMS at this revision (a migration does not follow later changes of the application).
_TRIAL_TEAMS = {"small_claims": "fast_track", "small_claims_by_consent": "fast_track", "simple": "fast_track",
                "ordinary": "ordinary_trial", "collegial": "ordinary_trial"}


def upgrade() -> None:
    with op.batch_alter_table("dispute_case") as batch:
        batch.add_column(sa.Column("filed_from", sa.String(length=40), nullable=True))
    conn = op.get_bind()
    filed = conn.execute(sa.text(
        "SELECT c.id, c.destination, d.decision FROM dispute_case c "
        "JOIN routing_decision d ON d.id = (SELECT max(id) FROM routing_decision WHERE case_id = c.id) "
        # As intake.MOVED_ON_FILING: from a mediation centre or 司法确认, never the arbitration referral or a clerk.
        "WHERE c.destination IN ('labour_mediation', 'finance_mediation', 'housing_mediation', 'sme_mediation', "
        "'people_mediation', 'judicial_confirmation') "
        "AND EXISTS (SELECT 1 FROM status_event e WHERE e.case_id = c.id AND e.to_status = 'filed')")).all()
    for case_id, destination, decision in filed:
        data: Any = json.loads(decision) if isinstance(decision, str) else decision
        track = ((data or {}).get("trial_period") or {}).get("track")
        if track in _TRIAL_TEAMS:
            conn.execute(sa.text("UPDATE dispute_case SET filed_from = :centre, destination = :team, track = :track "
                                 "WHERE id = :id"),
                         {"centre": destination, "team": _TRIAL_TEAMS[track], "track": track, "id": case_id})


def downgrade() -> None:
    # Back where it was filed from, with the track it had there: 调解 at a centre, none at 司法确认.
    op.execute("UPDATE dispute_case SET destination = filed_from, track = CASE WHEN filed_from = 'judicial_confirmation' "
               "THEN NULL ELSE 'mediation' END WHERE filed_from IS NOT NULL")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35+) drops a column in place; batch mode's copy-and-rename would drop the table that the other
        # tables' foreign keys point at, which SQLite refuses once there are rows.
        op.execute("ALTER TABLE dispute_case DROP COLUMN filed_from")
    else:
        op.drop_column("dispute_case", "filed_from")
