"""Initial schema: API clients, cases, routing decisions, corrections, status events (append-only), links, idempotency.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 06:01:04.467326
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('api_client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('key_prefix', sa.String(length=16), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('scopes', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    with op.batch_alter_table('api_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_client_key_prefix'), ['key_prefix'], unique=True)

    op.create_table('dispute_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('submitter', sa.String(length=200), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('destination', sa.String(length=40), nullable=False),
    sa.Column('track', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['api_client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_case_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_destination'), ['destination'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_label'), ['label'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_public_id'), ['public_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_dispute_case_status'), ['status'], unique=False)

    op.create_table('idempotency_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=False),
    sa.Column('response_body', sa.JSON(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['api_client.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_id', 'key')
    )
    op.create_table('case_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('related_case_id', sa.Integer(), nullable=False),
    sa.Column('matched_on', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], ),
    sa.ForeignKeyConstraint(['related_case_id'], ['dispute_case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'related_case_id')
    )
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_link_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_link_related_case_id'), ['related_case_id'], unique=False)

    op.create_table('case_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_party_value'), ['value'], unique=False)

    op.create_table('correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('old_value', sa.String(length=40), nullable=False),
    sa.Column('new_value', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['api_client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_correction_case_id'), ['case_id'], unique=False)

    op.create_table('routing_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('model_version', sa.String(length=80), nullable=False),
    sa.Column('rules_version', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('probabilities', sa.JSON(), nullable=False),
    sa.Column('prediction', sa.JSON(), nullable=False),
    sa.Column('elements', sa.JSON(), nullable=False),
    sa.Column('destination', sa.String(length=40), nullable=False),
    sa.Column('track', sa.String(length=40), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('due_dates', sa.JSON(), nullable=False),
    sa.Column('decision', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_decision_case_id'), ['case_id'], unique=False)

    op.create_table('status_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=32), nullable=True),
    sa.Column('to_status', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['api_client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('status_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_event_case_id'), ['case_id'], unique=False)

    _make_status_events_append_only()


# The audit trail is append-only in the database itself, not only by convention in the code.
_PG_APPEND_ONLY = """
CREATE FUNCTION status_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'status_event is append-only';
END $$;
CREATE TRIGGER status_event_no_update BEFORE UPDATE OR DELETE ON status_event
    FOR EACH ROW EXECUTE FUNCTION status_event_append_only();
"""
_SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event "
    "BEGIN SELECT RAISE(ABORT, 'status_event is append-only'); END",
    "CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event "
    "BEGIN SELECT RAISE(ABORT, 'status_event is append-only'); END",
)


def _make_status_events_append_only() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_PG_APPEND_ONLY)
    elif dialect == "sqlite":
        for statement in _SQLITE_APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS status_event_no_update ON status_event")
        op.execute("DROP FUNCTION IF EXISTS status_event_append_only()")
    elif dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS status_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS status_event_no_delete")
    with op.batch_alter_table('status_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_event_case_id'))

    op.drop_table('status_event')
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_decision_case_id'))

    op.drop_table('routing_decision')
    with op.batch_alter_table('correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_correction_case_id'))

    op.drop_table('correction')
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_party_value'))
        batch_op.drop_index(batch_op.f('ix_case_party_case_id'))

    op.drop_table('case_party')
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_link_related_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_link_case_id'))

    op.drop_table('case_link')
    op.drop_table('idempotency_record')
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_case_status'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_public_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_label'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_due_date'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_destination'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_created_at'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_client_id'))

    op.drop_table('dispute_case')
    with op.batch_alter_table('api_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_client_key_prefix'))

    op.drop_table('api_client')
