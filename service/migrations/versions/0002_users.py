"""Users of the web workbench; cases, corrections and status events may be made by a user instead of an API client;
cases record who reviewed them; routing decisions record who caused them.

Revision ID: 0002_users
Revises: 0001
Create Date: 2026-11-28 06:40:00
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_users"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The append-only triggers of 0001 (SQLite drops them with the table when batch mode rebuilds status_event).
_SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event "
    "BEGIN SELECT RAISE(ABORT, 'status_event is append-only'); END",
    "CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event "
    "BEGIN SELECT RAISE(ABORT, 'status_event is append-only'); END",
)
_ACTOR_TABLES = ("dispute_case", "correction", "status_event")
# Tables whose rows point at dispute_case.
_CASE_CHILDREN = ("routing_decision", "correction", "status_event", "case_party", "case_link")


@contextlib.contextmanager
def _sqlite_children_set_aside() -> Iterator[None]:
    """SQLite only: batch mode rebuilds dispute_case (copy, drop, rename), and with foreign keys on, dropping it
    while other rows point at it fails, deferred or not (the foreign keys pragma cannot be switched off inside the
    migration's transaction).  So the rows pointing at cases wait in temporary tables and come back afterwards."""
    bind = op.get_bind()
    columns = {}
    for table in _CASE_CHILDREN:
        columns[table] = [row[1] for row in bind.execute(sa.text(f"PRAGMA table_info({table})"))]
        op.execute(f"CREATE TEMP TABLE _keep_{table} AS SELECT * FROM {table}")
    for table in reversed(_CASE_CHILDREN):
        op.execute(f"DELETE FROM {table}")
    yield
    for table in _CASE_CHILDREN:
        now = {row[1] for row in bind.execute(sa.text(f"PRAGMA table_info({table})"))}
        names = ", ".join(c for c in columns[table] if c in now)
        op.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _keep_{table}")
        op.execute(f"DROP TABLE _keep_{table}")


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("destination", sa.String(length=40), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_user_username"), ["username"], unique=True)

    with _rebuilding_tables():
        for table in _ACTOR_TABLES:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
                batch_op.alter_column("client_id", existing_type=sa.Integer(), nullable=True)
                batch_op.create_foreign_key(f"fk_{table}_user_id_app_user", "app_user", ["user_id"], ["id"])
                if table == "dispute_case":
                    batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))
                    batch_op.add_column(sa.Column("reviewed_by", sa.String(length=200), nullable=True))
        with op.batch_alter_table("routing_decision", schema=None) as batch_op:
            batch_op.add_column(sa.Column("actor", sa.String(length=200), nullable=True))
            batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


@contextlib.contextmanager
def _rebuilding_tables() -> Iterator[None]:
    """On SQLite: triggers off, children set aside, then both back.  Elsewhere tables are altered in place."""
    if op.get_bind().dialect.name != "sqlite":
        yield
        return
    op.execute("DROP TRIGGER IF EXISTS status_event_no_update")
    op.execute("DROP TRIGGER IF EXISTS status_event_no_delete")
    with _sqlite_children_set_aside():
        yield
    for statement in _SQLITE_APPEND_ONLY:
        op.execute(statement)


def downgrade() -> None:
    with _rebuilding_tables():
        with op.batch_alter_table("routing_decision", schema=None) as batch_op:
            batch_op.drop_column("note")
            batch_op.drop_column("actor")
        for table in reversed(_ACTOR_TABLES):
            with op.batch_alter_table(table, schema=None) as batch_op:
                if table == "dispute_case":
                    batch_op.drop_column("reviewed_by")
                    batch_op.drop_column("reviewed_at")
                batch_op.drop_constraint(f"fk_{table}_user_id_app_user", type_="foreignkey")
                batch_op.drop_column("user_id")
                # Fails if a user made rows: those have no API client to fall back on.
                batch_op.alter_column("client_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_username"))
    op.drop_table("app_user")
