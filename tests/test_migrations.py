"""The Alembic migrations build exactly the schema the SQLModel tables describe, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask import Flask
from sqlmodel import SQLModel

from service import db
from service.extensions import get_settings


def test_migrated_schema_matches_the_tables(app: Flask) -> None:
    with app.app_context(), db.get_engine().connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        assert db.current_revision(conn) == db.head_revision()


def _rows_before_0002(conn: sa.Connection) -> None:
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    conn.execute(sa.text("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes, created_at) "
                         "VALUES (1, 'court', 'abcd', 'x', 'submit', :now)"), {"now": now})
    conn.execute(sa.text(
        "INSERT INTO dispute_case (id, public_id, text, channel, client_id, label, destination, status, created_at, "
        "updated_at) VALUES (1, 'MR-0000000001', '拖欠工资', 'counter', 1, 'labour', 'labour_mediation', 'routed', "
        ":now, :now)"), {"now": now})
    conn.execute(sa.text("INSERT INTO status_event (case_id, to_status, actor, client_id, created_at) "
                         "VALUES (1, 'routed', 'court', 1, :now)"), {"now": now})
    conn.execute(sa.text("INSERT INTO correction (case_id, field, old_value, new_value, reason, actor, client_id, "
                         "created_at) VALUES (1, 'label', 'sme', 'labour', '工资', 'court', 1, :now)"), {"now": now})


def test_0002_keeps_existing_rows_and_the_append_only_trigger(app: Flask) -> None:
    """Upgrading a database that already holds cases: nothing is lost and status_event stays append-only."""
    with app.app_context():
        url = get_settings().database_url
        engine = db.get_engine()
        with engine.begin() as conn:
            config = db.alembic_config(url)
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
            _rows_before_0002(conn)
            command.upgrade(config, "head")
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT client_id, user_id, reviewed_at FROM dispute_case")).one()
            assert tuple(row) == (1, None, None)
            assert conn.execute(sa.text("SELECT count(*) FROM correction WHERE client_id = 1")).scalar_one() == 1
            with pytest.raises(sa.exc.DatabaseError, match="append-only"):
                conn.execute(sa.text("UPDATE status_event SET note = 'x'"))
            conn.rollback()
            with pytest.raises(sa.exc.DatabaseError, match="append-only"):
                conn.execute(sa.text("DELETE FROM status_event"))
            conn.rollback()
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []


def test_0005_moves_cases_filed_before_it_to_their_trial_team(app: Flask) -> None:
    """A case filed from a mediation centre before 0005 goes to the trial team of its decision's trial track, like one
    filed after it; a case never filed, or filed without a trial track, stays."""
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with app.app_context():
        engine = db.get_engine()
        with engine.begin() as conn:
            config = db.alembic_config(get_settings().database_url)
            config.attributes["connection"] = conn
            command.downgrade(config, "0004_job_lock")
            conn.execute(sa.text("INSERT INTO api_client (id, name, key_prefix, key_hash, scopes, created_at) "
                                 "VALUES (1, 'court', 'abcd', 'x', 'submit', :now)"), {"now": now})
            cases = [(1, "filed", '{"track": "small_claims"}'), (2, "routed", '{"track": "ordinary"}'),
                     (3, "closed", '{"track": "ordinary"}'), (4, "filed", "null"),
                     (5, "filed", '{"track": "simple"}')]  # 5 sits at the arbitration referral: it stays
            for case_id, status, period in cases:
                conn.execute(sa.text(
                    "INSERT INTO dispute_case (id, public_id, text, channel, client_id, label, destination, track, "
                    "status, created_at, updated_at) VALUES (:id, :public_id, '借款', 'counter', 1, 'finance', "
                    ":destination, 'mediation', :status, :now, :now)"),
                    {"id": case_id, "public_id": f"MR-000000000{case_id}", "status": status, "now": now,
                     "destination": "labour_arbitration" if case_id == 5 else "finance_mediation"})
                conn.execute(sa.text(
                    "INSERT INTO routing_decision (case_id, model_version, rules_version, label, confidence, "
                    "probabilities, prediction, elements, destination, track, reasons, due_dates, decision, "
                    "created_at) VALUES (:id, 'm', 'r', 'finance', 0.9, '{}', '{}', '{}', 'finance_mediation', "
                    "'mediation', '[]', '[]', :decision, :now)"),
                    {"id": case_id, "decision": f'{{"trial_period": {period}}}', "now": now})
                for before, after in [(None, "routed"), ("routed", "filed")][:1 if status == "routed" else 2]:
                    conn.execute(sa.text("INSERT INTO status_event (case_id, from_status, to_status, actor, "
                                         "client_id, created_at) VALUES (:id, :before, :after, 'court', 1, :now)"),
                                 {"id": case_id, "before": before, "after": after, "now": now})
            command.upgrade(config, "head")
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, destination, filed_from, track FROM dispute_case ORDER BY id"))
            assert [tuple(row) for row in rows] == [
                (1, "fast_track", "finance_mediation", "small_claims"),
                (2, "finance_mediation", None, "mediation"),
                (3, "ordinary_trial", "finance_mediation", "ordinary"),
                (4, "finance_mediation", None, "mediation"),
                (5, "labour_arbitration", None, "mediation")]
        # Downgraded, each case is back where it was filed from, with the track it had there.
        with engine.begin() as conn:
            config = db.alembic_config(get_settings().database_url)
            config.attributes["connection"] = conn
            command.downgrade(config, "0004_job_lock")
            rows = conn.execute(sa.text("SELECT id, destination, track FROM dispute_case ORDER BY id"))
            assert [tuple(row) for row in rows] == [(i, "finance_mediation", "mediation") for i in (1, 2, 3, 4)] + [
                (5, "labour_arbitration", "mediation")]
            command.upgrade(config, "head")
