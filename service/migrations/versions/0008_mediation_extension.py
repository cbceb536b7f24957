"""Agreed extensions of a running mediation limit (``mediation_extension``): both parties consent to more time (2025
意见 §3: thirty more days for 委托调解), the case's deadline moves, and the row records who recorded it and why.
Append-only in the database, as status_event is.

Revision ID: 0008_mediation_extension
Revises: 0007_decision_fields
Create Date: 2026-11-29 03:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_mediation_extension"
down_revision: str | None = "0007_decision_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_APPEND_ONLY = """
CREATE FUNCTION mediation_extension_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'mediation_extension is append-only';
END $$;
CREATE TRIGGER mediation_extension_no_update BEFORE UPDATE OR DELETE ON mediation_extension
    FOR EACH ROW EXECUTE FUNCTION mediation_extension_append_only();
"""
_SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER mediation_extension_no_update BEFORE UPDATE ON mediation_extension "
    "BEGIN SELECT RAISE(ABORT, 'mediation_extension is append-only'); END",
    "CREATE TRIGGER mediation_extension_no_delete BEFORE DELETE ON mediation_extension "
    "BEGIN SELECT RAISE(ABORT, 'mediation_extension is append-only'); END",
)


def upgrade() -> None:
    op.create_table(
        "mediation_extension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("previous_due", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("calendar_warning", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["dispute_case.id"]),
        sa.ForeignKeyConstraint(["client_id"], ["api_client.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mediation_extension_case_id", "mediation_extension", ["case_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_APPEND_ONLY)
    else:
        for statement in _SQLITE_APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_mediation_extension_case_id", table_name="mediation_extension")
    op.drop_table("mediation_extension")  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION mediation_extension_append_only()")
