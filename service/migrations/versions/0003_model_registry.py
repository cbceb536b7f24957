"""Model registry: every trained classifier version, the single active pointer, and its activation history.

Revision ID: 0003_model_registry
Revises: 0002_users
Create Date: 2026-11-28 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_model_registry"
down_revision: str | None = "0002_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "model_version",
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trained_by", sa.String(length=200), nullable=False),
        sa.Column("data_hash", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.Column("promoted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "active_model",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("activated_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_active_model_single_row"),
        sa.ForeignKeyConstraint(["version"], ["model_version.version"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "model_activation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("previous_version", sa.String(length=80), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["version"], ["model_version.version"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("model_activation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_activation_version"), ["version"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("model_activation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_activation_version"))
    op.drop_table("model_activation")
    op.drop_table("active_model")
    op.drop_table("model_version")
