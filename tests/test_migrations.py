"""The Alembic migrations build exactly the schema the SQLModel tables describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask import Flask
from sqlmodel import SQLModel

from service import db


def test_migrated_schema_matches_the_tables(app: Flask) -> None:
    with app.app_context(), db.get_engine().connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        assert db.current_revision(conn) == db.head_revision()
