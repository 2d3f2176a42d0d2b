"""Alembic migrations of the Digestbot database, run by `bot.store.db.migrate`."""
