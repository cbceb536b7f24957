"""Session epoch: signing out (or a new password) ends every session of the user, also a copied cookie.

Revision ID: 0006_session_epoch
Revises: 0005_filed_from
Create Date: 2026-11-28 21:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_session_epoch"
down_revision: str | None = "0005_filed_from"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("app_user", sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # In place (SQLite 3.35+), as 0005 does: batch mode's table copy trips over the foreign keys once there are rows.
        op.execute("ALTER TABLE app_user DROP COLUMN session_epoch")
    else:
        op.drop_column("app_user", "session_epoch")
