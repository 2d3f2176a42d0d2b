"""Alembic environment: runs on the connection `bot.store.db.migrate` hands over."""

from __future__ import annotations

import os
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from bot.store.db import Base, UTCDateTime, load_all_tables, make_engine

load_all_tables()  # autogenerate compares the database with every table's model


def _render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy ones, so migrations never import `bot`."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    """Migrate the given connection, or DATABASE_URL when run from the alembic command line."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(os.environ.get("DATABASE_URL", "sqlite:///var/digestbot.sqlite3"))
    try:
        with engine.connect() as own_connection:
            _run(own_connection)
    finally:
        engine.dispose()


run()
