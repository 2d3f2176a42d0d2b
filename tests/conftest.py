"""Shared pytest set-up: the database fixtures live in tests/fixtures/db.py, the fetch ones in
tests/fixtures/ingest_server.py."""

pytest_plugins = ["tests.fixtures.db", "tests.fixtures.ingest_server", "tests.fixtures.pace"]
