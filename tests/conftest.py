"""Shared pytest set-up: the database fixtures live in tests/fixtures/db.py, the fetch ones in
tests/fixtures/ingest_server.py, the sending pace in pace.py, the bot processes a test starts
in bot_env.py."""

pytest_plugins = [
    "tests.fixtures.db",
    "tests.fixtures.ingest_server",
    "tests.fixtures.pace",
    "tests.fixtures.bot_env",
]
