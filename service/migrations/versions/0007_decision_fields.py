"""Every routing decision keeps the structured fields it assessed (``routing_decision.fields``): the case keeps only
the latest, which an amount correction rewrites, so the fields as submitted were kept nowhere.  Decisions stored
before this revision stay null (their elements still hold the amount and parties read from them).

Revision ID: 0007_decision_fields
Revises: 0006_session_epoch
Create Date: 2026-11-28 22:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_decision_fields"
down_revision: str | None = "0006_session_epoch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("routing_decision", sa.Column("fields", sa.JSON(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # In place (SQLite 3.35+), as 0006 does: batch mode's table copy trips over the foreign keys once there are rows.
        op.execute("ALTER TABLE routing_decision DROP COLUMN fields")
    else:
        op.drop_column("routing_decision", "fields")
